#!/usr/bin/env bash
# Builds the documentation with the toolchain's docc, without any package dependency:
# symbol graphs from the compiler, one archive per module, merged with the guides in
# Documentation/Bulwark.docc. Output: .build-docs/Bulwark.doccarchive (serve it statically,
# or `docc preview Documentation/Bulwark.docc` for the guides alone).
set -euo pipefail
cd "$(dirname "$0")/.."
scratch=.build-docs
graphs="$scratch/symbol-graphs"
archives="$scratch/archives"
rm -rf "$graphs" "$archives" "$scratch/Bulwark.doccarchive"
mkdir -p "$graphs" "$archives"

swift build --scratch-path "$scratch" --target BulwarkTesting \
    -Xswiftc -emit-symbol-graph -Xswiftc -emit-symbol-graph-dir -Xswiftc "$PWD/$graphs" \
    -Xswiftc -symbol-graph-minimum-access-level -Xswiftc public

for module in BulwarkIAM BulwarkCatalog BulwarkModels BulwarkTesting; do
    dir="$graphs/$module"
    mkdir -p "$dir"
    cp "$graphs/$module".symbols.json "$dir/"
    cp "$graphs/$module"@*.symbols.json "$dir/" 2>/dev/null || true
    catalog=()
    [ -d "Sources/$module/$module.docc" ] && catalog=("Sources/$module/$module.docc")
    docc convert "${catalog[@]}" \
        --additional-symbol-graph-dir "$dir" \
        --fallback-display-name "$module" \
        --fallback-bundle-identifier "dev.bulwark.$module" \
        --output-dir "$archives/$module.doccarchive" \
        --warnings-as-errors
done

docc convert Documentation/Bulwark.docc \
    --fallback-display-name Bulwark \
    --fallback-bundle-identifier dev.bulwark.guides \
    --output-dir "$archives/Guides.doccarchive"

docc merge "$archives"/*.doccarchive \
    --synthesized-landing-page-name Bulwark \
    --output-path "$scratch/Bulwark.doccarchive"
echo "Documentation written to $scratch/Bulwark.doccarchive"
