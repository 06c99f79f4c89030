#!/usr/bin/env bash
# Builds the documentation with every docc warning as an error (see Scripts/build-docs.sh).
# Reuses the test build's folder, so only symbol graphs and docc conversions are added.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"
BULWARK_DOCS_SCRATCH=.build bash Scripts/build-docs.sh
