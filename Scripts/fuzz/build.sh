#!/usr/bin/env bash
# Builds one libFuzzer harness against the BulwarkIAM sources: Scripts/fuzz/build.sh NAME
# The harness and the library are compiled as one module (so harnesses may use `package` API)
# with -sanitize=fuzzer,address. Output: .build/fuzz/NAME
set -euo pipefail
name="$1"
root="$(cd "$(dirname "$0")/../.." && pwd)"
swiftc="${SWIFTC:-$(command -v swiftc || echo /opt/swift/usr/bin/swiftc)}"
mkdir -p "$root/.build/fuzz"
mapfile -t sources < <(find "$root/Sources/BulwarkIAM" -name '*.swift' | sort)
if [[ "$name" == snapshot ]]; then
    # The models' loaders too, compiled into the same module: copies without `import BulwarkIAM`.
    models="$root/.build/fuzz/models-sources"
    rm -rf "$models" && mkdir -p "$models"
    while IFS= read -r file; do
        copy="$models/$(echo "${file#"$root/Sources/BulwarkModels/"}" | tr '/' '_')"
        sed -E '/^(public |package |internal )?import BulwarkIAM$/d' "$file" >"$copy"
        sources+=("$copy")
    done < <(find "$root/Sources/BulwarkModels" -name '*.swift' | sort)
fi
"$swiftc" -sanitize=fuzzer,address -parse-as-library -O -g \
    -swift-version 6 \
    -enable-upcoming-feature ExistentialAny \
    -enable-upcoming-feature MemberImportVisibility \
    -enable-upcoming-feature InternalImportsByDefault \
    -module-name BulwarkIAMFuzz -package-name bulwark \
    "${sources[@]}" "$root/Scripts/fuzz/harnesses/$name.swift" \
    -o "$root/.build/fuzz/$name" 2>"$root/.build/fuzz/$name.log" || status=$?
# ld.gold warns about every ASan helper symbol; show only the rest.
grep -v "Cannot export local symbol" "$root/.build/fuzz/$name.log" >&2 || true
exit_status="${status:-0}"
[[ "$exit_status" -eq 0 ]] || exit "$exit_status"
echo "$root/.build/fuzz/$name"
