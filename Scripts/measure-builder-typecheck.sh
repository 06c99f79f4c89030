#!/usr/bin/env bash
# Type-checks the 20-statement policy body of Tests/BulwarkIAMTests/Builder/TwentyStatementPolicyTests.swift
# with -debug-time-function-bodies and prints the time of its function (median of 5 runs).
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
swift build --target BulwarkIAM >/dev/null
bin=$(swift build --show-bin-path)
modules="$bin/Modules"
[ -d "$modules" ] || modules="$bin"
file=Tests/BulwarkIAMTests/Builder/TwentyStatementPolicyTests.swift
for _ in 1 2 3 4 5; do
    swiftc -typecheck -swift-version 6 -I "$modules" -I "$bin" -parse-as-library \
        -Xfrontend -debug-time-function-bodies "$file" 2>&1 |
        grep 'twentyStatementPolicy(account' | awk '{print $1}' | tr -d 'ms'
done | sort -n | awk '{v[NR]=$1} END {print "twentyStatementPolicy type-check: median " v[3] " ms (runs: " v[1] "…" v[5] " ms)"}'
