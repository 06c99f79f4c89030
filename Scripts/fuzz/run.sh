#!/usr/bin/env bash
# Builds (if needed) and runs one fuzz harness: Scripts/fuzz/run.sh NAME SECONDS [extra libFuzzer flags]
# NAME is one of: json policy arn vector matching condition urlencoded snapshot.
# The working corpus lives in .build/fuzz/corpus/NAME (seeded from the test data on first run);
# crashes, timeouts and slow units are written to .build/fuzz/artifacts/NAME/.
set -euo pipefail
name="$1"
seconds="${2:-120}"
shift 2 || shift $#
root="$(cd "$(dirname "$0")/../.." && pwd)"
binary="$root/.build/fuzz/$name"
newest_source="$(find "$root/Sources/BulwarkIAM" "$root/Sources/BulwarkModels" "$root/Scripts/fuzz/harnesses/$name.swift" -newer "$binary" -name '*.swift' 2>/dev/null | head -1 || true)"
if [[ ! -x "$binary" || -n "$newest_source" ]]; then
    "$root/Scripts/fuzz/build.sh" "$name" >/dev/null
fi
corpus="$root/.build/fuzz/corpus/$name"
artifacts="$root/.build/fuzz/artifacts/$name"
mkdir -p "$corpus" "$artifacts"
if [[ -z "$(ls -A "$corpus")" ]]; then
    "$root/Scripts/fuzz/seed.sh" "$name" "$corpus"
fi
max_len=65536
case "$name" in
    arn | matching | condition) max_len=4096 ;;
esac
dict="$root/Scripts/fuzz/json.dict"
export SWIFT_BACKTRACE=enable=no
exec "$binary" "$corpus" \
    -max_total_time="$seconds" -max_len="$max_len" -timeout=2 -rss_limit_mb=2048 \
    -dict="$dict" -artifact_prefix="$artifacts/" -print_final_stats=1 "$@"
