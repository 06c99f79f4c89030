#!/usr/bin/env bash
# Builds the documentation with the toolchain's docc, without any package dependency:
# symbol graphs extracted from the built modules, one archive per module, merged with the guides in
# Documentation/Bulwark.docc. Output: .build-docs/Bulwark.doccarchive (serve it statically at the
# site root, or `docc preview Documentation/Bulwark.docc` for the guides alone).
#
# Every docc run uses --warnings-as-errors: a broken symbol link or an undocumented parameter fails
# the script. All modules are converted even when one fails, so one run lists every problem.
# Each module's archive may link to the modules below it (``BulwarkIAM/PolicySet``): archives are
# built in dependency order and passed to the next conversions with --dependency.
# Usage: Scripts/build-docs.sh [--skip-build]   (--skip-build reuses the last build's modules)
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-docs
graphs="$scratch/symbol-graphs"
archives="$scratch/archives"
modules=(BulwarkIAM BulwarkCatalog BulwarkModels BulwarkControls BulwarkTesting) # dependencies first

if [ "${1:-}" != "--skip-build" ]; then
    swift build --scratch-path "$scratch" --target BulwarkTesting
fi
bin=$(swift build --scratch-path "$scratch" --show-bin-path)
triple=$(swiftc -print-target-info | sed -n 's/.*"triple": *"\([^"]*\)".*/\1/p' | head -n 1)
rm -rf "$graphs" "$archives" "$scratch/Bulwark.doccarchive"
mkdir -p "$graphs" "$archives"

failed=()
dependencies=()
for module in "${modules[@]}"; do
    dir="$graphs/$module"
    mkdir -p "$dir"
    # symbolgraph-extract (unlike -emit-symbol-graph) leaves out what a module re-exports, so
    # BulwarkTesting's pages hold BulwarkTesting's API only, and extensions of other modules' types
    # go to Module@Other.symbols.json.
    swift symbolgraph-extract -module-name "$module" -I "$bin/Modules" -I "$bin" -target "$triple" \
        -minimum-access-level public -skip-synthesized-members -emit-extension-block-symbols -output-dir "$dir"
    catalog=()
    [ -d "Sources/$module/$module.docc" ] && catalog=("Sources/$module/$module.docc")
    echo "== docc convert $module"
    docc convert "${catalog[@]}" \
        --additional-symbol-graph-dir "$dir" \
        --fallback-display-name "$module" \
        --fallback-bundle-identifier "dev.bulwark.$module" \
        --output-dir "$archives/$module.doccarchive" \
        --enable-experimental-external-link-support \
        "${dependencies[@]}" \
        --warnings-as-errors || failed+=("$module")
    dependencies+=(--dependency "$archives/$module.doccarchive")
done

echo "== docc convert Documentation/Bulwark.docc (guides)"
docc convert Documentation/Bulwark.docc \
    --fallback-display-name Bulwark \
    --fallback-bundle-identifier dev.bulwark.guides \
    --output-dir "$archives/Guides.doccarchive" \
    "${dependencies[@]}" \
    --warnings-as-errors || failed+=(guides)

if [ ${#failed[@]} -gt 0 ]; then
    echo "Documentation has warnings in: ${failed[*]}" >&2
    exit 1
fi

docc merge "$archives"/*.doccarchive \
    --synthesized-landing-page-name Bulwark \
    --output-path "$scratch/Bulwark.doccarchive"
echo "Documentation written to $scratch/Bulwark.doccarchive"
