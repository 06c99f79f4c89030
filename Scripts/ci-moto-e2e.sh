#!/usr/bin/env bash
# End-to-end test of `bulwark collect` and `bulwark inventory` against the moto AWS emulator.
#
# Starts moto_server on a free loopback port, creates an account's worth of resources with the AWS CLI
# (Scripts/moto/populate.sh), collects it with the debug `bulwark` binary, and checks the snapshot and
# the inventory (Scripts/moto/check_inventory.py). The server is stopped on exit, whatever happens.
# Needs: python3 with the packages of Scripts/requirements-ci.txt (moto[server], awscli). .ci/run runs
# this after `swift build --build-tests`, which builds .build/debug/bulwark.
set -euo pipefail
cd "$(dirname "$0")/.."
repo="$PWD"
started=$(date +%s)
phase() { echo "-- $1 ($(( $(date +%s) - started )) s)"; }

phase "starting moto_server"
source Scripts/moto/server.sh

phase "creating resources (Scripts/moto/populate.sh)"
bash Scripts/moto/populate.sh "$endpoint" "$work"

bulwark=.build/debug/bulwark
[ -x "$bulwark" ] || swift build --product bulwark
snapshot="$work/snapshot"

phase "bulwark collect"
"$bulwark" collect --output "$snapshot" --endpoint-url "$endpoint" --regions us-east-1

phase "bulwark inventory"
"$bulwark" inventory "$snapshot" --format json > "$work/inventory.json"
python3 Scripts/moto/check_inventory.py "$snapshot" "$work/inventory.json"
phase "done"
