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

# pip may put `aws` in the interpreter's or the user's scripts folder; make sure both are on PATH.
scripts_dir=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')
user_scripts=$(python3 -c 'import site, os; print(os.path.join(site.getuserbase(), "bin"))')
export PATH="$scripts_dir:$user_scripts:$PATH"
command -v aws > /dev/null || { echo "ci-moto-e2e: the AWS CLI is not installed (pip install -r Scripts/requirements-ci.txt)"; exit 1; }

work=$(mktemp -d)
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2> /dev/null || true
        wait "$server_pid" 2> /dev/null || true
    fi
    rm -rf "$work"
}
trap cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
endpoint="http://127.0.0.1:$port"

# Dummy credentials and a private AWS CLI config (with the s3control plugin); nothing of the user's is read.
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_SESSION_TOKEN=testing
export AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1
export AWS_CONFIG_FILE="$work/aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/aws-credentials"
export AWS_RETRY_MODE=standard AWS_MAX_ATTEMPTS=2  # moto answers unimplemented APIs with HTTP 500
unset AWS_PROFILE AWS_DEFAULT_PROFILE
export PYTHONPATH="$repo/Scripts/moto${PYTHONPATH:+:$PYTHONPATH}"
printf '[default]\nregion = us-east-1\n\n[plugins]\nbulwark_s3control = bulwark_s3control_localhost\n' > "$AWS_CONFIG_FILE"
: > "$AWS_SHARED_CREDENTIALS_FILE"

phase "starting moto_server on $endpoint"
MOTO_IAM_LOAD_MANAGED_POLICIES=true python3 -m moto.server -H 127.0.0.1 -p "$port" > "$work/moto.log" 2>&1 &
server_pid=$!
for _ in $(seq 1 120); do
    if python3 -c "import urllib.request; urllib.request.urlopen('$endpoint/moto-api/', timeout=1)" 2> /dev/null; then
        break
    fi
    kill -0 "$server_pid" 2> /dev/null || { echo "moto_server exited:"; cat "$work/moto.log"; exit 1; }
    sleep 0.5
done
python3 -c "import urllib.request; urllib.request.urlopen('$endpoint/moto-api/', timeout=2)"

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
