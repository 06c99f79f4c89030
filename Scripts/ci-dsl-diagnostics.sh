#!/usr/bin/env bash
# Checks the controls DSL at compile time:
# 1. a wrong control body (Tests/CompileChecks/WrongControlBody.swift) fails with the DSL's
#    catch-all message, not "no exact matches in call";
# 2. a file of ten typical controls (Tests/CompileChecks/TenControls.swift) type-checks, and prints
#    how long: every expression over 1 ms (-warn-long-expression-type-checking), their sum, and the
#    wall time of `swiftc -typecheck` against a file with the same imports and no controls.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build --target BulwarkControls >/dev/null
bin=$(swift build --show-bin-path)
typecheck() { swiftc -typecheck -swift-version 6 -I "$bin/Modules" "$@"; }

message="a control body may only contain checks"
if typecheck Tests/CompileChecks/WrongControlBody.swift >/tmp/bulwark-wrong-body.log 2>&1; then
    echo "WrongControlBody.swift compiled, but it must not"; exit 1
fi
grep -q "$message" /tmp/bulwark-wrong-body.log || { cat /tmp/bulwark-wrong-body.log; echo "missing: $message"; exit 1; }
echo "wrong body: rejected with \"$message …\""

baseline=$(mktemp --suffix=.swift)
printf 'import BulwarkControls\nimport BulwarkModels\n' >"$baseline"
seconds() {
    local start=$EPOCHREALTIME
    typecheck "$@" >/dev/null 2>&1
    awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.2f", b - a }'
}
base=$(seconds "$baseline")
ten=$(seconds Tests/CompileChecks/TenControls.swift)
typecheck Tests/CompileChecks/TenControls.swift -Xfrontend -warn-long-expression-type-checking=1 2>&1 \
    | sed -nE 's/.*TenControls.swift:([0-9]+):[0-9]+: warning: expression took ([0-9]+)ms.*/\2 \1/p' | sort -u -k2,2n \
    | sort -rn >/tmp/bulwark-ten-controls.txt
total=$(awk '{ s += $1 } END { print s + 0 }' /tmp/bulwark-ten-controls.txt)
slowest=$(head -n 1 /tmp/bulwark-ten-controls.txt)
echo "ten controls: expressions over 1 ms sum to ${total} ms (slowest: ${slowest% *} ms at line ${slowest#* });" \
    "swiftc -typecheck ${ten}s vs ${base}s for the imports alone"
rm -f "$baseline"
