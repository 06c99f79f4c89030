#!/usr/bin/env bash
# Checks that README.md's "Public API" list matches the sources (fix: Scripts/public-api.sh --update).
set -euo pipefail
cd "$(dirname "$0")/.."
bash Scripts/public-api.sh --check
