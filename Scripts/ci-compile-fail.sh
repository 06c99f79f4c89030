#!/usr/bin/env bash
# Checks that policy-builder misuse does not compile: every Tests/CompileFail/*.swift must fail to
# type-check against BulwarkIAM with the message on its first line (`// expect: MESSAGE`).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build --target BulwarkIAM >/dev/null
bin=$(swift build --show-bin-path)
modules="$bin/Modules"
[ -d "$modules" ] || modules="$bin"
failures=0
for file in Tests/CompileFail/*.swift; do
    expected=$(head -1 "$file" | sed -n 's|^// expect: ||p')
    if [ -z "$expected" ]; then
        echo "FAIL $file: first line must be '// expect: MESSAGE'"; failures=$((failures + 1)); continue
    fi
    if output=$(swiftc -typecheck -swift-version 6 -I "$modules" "$file" 2>&1); then
        echo "FAIL $file compiled, but should not"; failures=$((failures + 1))
    elif ! grep -qF -- "$expected" <<<"$output"; then
        echo "FAIL $file: expected \"$expected\", got:"; echo "$output" | grep 'error:' | head -5
        failures=$((failures + 1))
    else
        echo "ok   $file: $expected"
    fi
done
[ "$failures" -eq 0 ] || { echo "$failures compile-fail check(s) failed"; exit 1; }
