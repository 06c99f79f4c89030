# Sourced by the moto end-to-end scripts: starts moto_server on a free loopback port with dummy
# credentials and a private AWS CLI config, and stops it (and removes $work) on exit.
# Sets: work, endpoint, server_pid. Needs the packages of Scripts/requirements-ci.txt.
scripts_dir=$(python3 -c 'import sysconfig; print(sysconfig.get_path("scripts"))')
user_scripts=$(python3 -c 'import site, os; print(os.path.join(site.getuserbase(), "bin"))')
export PATH="$scripts_dir:$user_scripts:$PATH"
command -v aws > /dev/null || { echo "moto e2e: the AWS CLI is not installed (pip install -r Scripts/requirements-ci.txt)"; exit 1; }

work=$(mktemp -d)
server_pid=""
moto_cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2> /dev/null || true
        wait "$server_pid" 2> /dev/null || true
    fi
    rm -rf "$work"
}
trap moto_cleanup EXIT

port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
endpoint="http://127.0.0.1:$port"
export AWS_ACCESS_KEY_ID=testing AWS_SECRET_ACCESS_KEY=testing AWS_SESSION_TOKEN=testing
export AWS_DEFAULT_REGION=us-east-1 AWS_REGION=us-east-1
export AWS_CONFIG_FILE="$work/aws-config" AWS_SHARED_CREDENTIALS_FILE="$work/aws-credentials"
export AWS_RETRY_MODE=standard AWS_MAX_ATTEMPTS=2
unset AWS_PROFILE AWS_DEFAULT_PROFILE
export PYTHONPATH="$repo/Scripts/moto${PYTHONPATH:+:$PYTHONPATH}"
printf '[default]\nregion = us-east-1\n\n[plugins]\nbulwark_s3control = bulwark_s3control_localhost\n' > "$AWS_CONFIG_FILE"
: > "$AWS_SHARED_CREDENTIALS_FILE"

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
