#!/usr/bin/env bash
# End-to-end test of `bulwark access` against the moto AWS emulator: creates escalation and exposure
# cases (Scripts/moto/populate_access.sh), collects them, and checks `bulwark access --escalation`
# and `--exposure` (Scripts/moto/check_access.py). Needs the packages of Scripts/requirements-ci.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
source Scripts/moto/server.sh

bash Scripts/moto/populate_access.sh "$endpoint"
bulwark=.build/debug/bulwark
[ -x "$bulwark" ] || swift build --product bulwark
"$bulwark" collect --output "$work/snapshot" --endpoint-url "$endpoint" --regions us-east-1 > "$work/collect.log" 2>&1
"$bulwark" access "$work/snapshot" --escalation --format json > "$work/escalation.json"
"$bulwark" access "$work/snapshot" --exposure --format json > "$work/exposure.json"
python3 Scripts/moto/check_access.py "$work/escalation.json" "$work/exposure.json"
