#!/usr/bin/env python3
"""Plants the problems (and clean twins) of a planted-*.json file in a running moto server.

Usage: plant.py ENDPOINT PLANTED_JSON RESOLVED_OUT
Runs each entry's setup lines in one bash shell whose `aws` adds --endpoint-url, expands the entry's
resource names in that shell, and writes [{control, resource, twin}] to RESOLVED_OUT for check_planted.py.
The environment must already hold moto's dummy credentials and region (see ci-moto-e2e.sh).
"""
import json
import subprocess
import sys


def run(endpoint, lines, resource):
    script = 'set -euo pipefail\naws() { command aws --endpoint-url "%s" --output json "$@"; }\n' % endpoint
    script += "\n".join(line if "=$(" in line else line + " > /dev/null" for line in lines)
    script += '\nprintf "%%s" "%s"\n' % resource
    done = subprocess.run(["bash", "-c", script], capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit("plant.py: setup failed (%s):\n%s" % (resource, done.stderr[-2000:]))
    return done.stdout


def main():
    endpoint, planted_path, out_path = sys.argv[1:4]
    with open(planted_path) as handle:
        planted = json.load(handle)
    resolved = []
    for entry in planted["problems"]:
        resource = run(endpoint, entry["setup"], entry["resource"])
        twin = run(endpoint, entry["twin"]["setup"], entry["twin"]["resource"])
        resolved.append({"control": entry["control"], "resource": resource, "twin": twin})
    with open(out_path, "w") as handle:
        json.dump(resolved, handle, indent=2)
    print("plant.py: planted %d problems with clean twins" % len(resolved))


if __name__ == "__main__":
    main()
