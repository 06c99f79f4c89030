#!/usr/bin/env bash
# Builds the documentation with the toolchain's docc, without any package dependency:
# symbol graphs from the compiler, one archive per module, merged with the guides in
# Documentation/Bulwark.docc. Output: .build-docs/Bulwark.doccarchive (serve it statically,
# or `docc preview Documentation/Bulwark.docc` for the guides alone).
#
# Every docc run uses --warnings-as-errors: a broken symbol link or an undocumented parameter fails
# the script. All modules are converted even when one fails, so one run lists every problem.
# Usage: Scripts/build-docs.sh [--skip-build]   (--skip-build reuses the symbol graphs of the last run)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-docs
graphs="$scratch/symbol-graphs"
archives="$scratch/archives"
modules=(BulwarkIAM BulwarkCatalog BulwarkModels BulwarkTesting)

if [ "${1:-}" != "--skip-build" ]; then
    rm -rf "$graphs"
    mkdir -p "$graphs"
    swift build --scratch-path "$scratch" --target BulwarkTesting \
        -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs" \
        -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public
fi
rm -rf "$archives" "$scratch/Bulwark.doccarchive"
mkdir -p "$archives"

failed=()
for module in "${modules[@]}"; do
    dir="$graphs/$module"
    mkdir -p "$dir"
    cp "$graphs/$module".symbols.json "$dir/"
    cp "$graphs/$module"@*.symbols.json "$dir/" 2>/dev/null || true
    catalog=()
    [ -d "Sources/$module/$module.docc" ] && catalog=("Sources/$module/$module.docc")
    echo "== docc convert $module"
    docc convert "${catalog[@]}" \
        --additional-symbol-graph-dir "$dir" \
        --fallback-display-name "$module" \
        --fallback-bundle-identifier "dev.bulwark.$module" \
        --output-dir "$archives/$module.doccarchive" \
        --warnings-as-errors || failed+=("$module")
done

echo "== docc convert Documentation/Bulwark.docc (guides)"
docc convert Documentation/Bulwark.docc \
    --fallback-display-name Bulwark \
    --fallback-bundle-identifier dev.bulwark.guides \
    --output-dir "$archives/Guides.doccarchive" \
    --warnings-as-errors || failed+=(guides)

if [ ${#failed[@]} -gt 0 ]; then
    echo "Documentation has warnings in: ${failed[*]}" >&2
    exit 1
fi

docc merge "$archives"/*.doccarchive \
    --synthesized-landing-page-name Bulwark \
    --output-path "$scratch/Bulwark.doccarchive"
echo "Documentation written to $scratch/Bulwark.doccarchive"
