#!/usr/bin/env bash
# Checks that the typed global condition keys match Scripts/catalog/global-condition-keys.tsv.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 Scripts/generate-condition-keys.py --check
