#!/usr/bin/env bash
# Writes every `bulwark scan` format for the bundled example account and validates each: SARIF
# against the 2.1.0 schema, OCSF with py-ocsf-models, HTML in headless Chromium
# (see Tests/Reports/README.md). Installs Chromium when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="/opt/swift/usr/bin:$PATH"

if ! command -v chromium >/dev/null 2>&1; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
python3 -m pip install --quiet --disable-pip-version-check --root-user-action=ignore -r Scripts/requirements-ci.txt

out="${REPORTS_DIR:-$(mktemp -d)}"
mkdir -p "$out"
swift build --product bulwark >/dev/null
bulwark="$(swift build --show-bin-path)/bulwark"
for format in json sarif html text; do
    status=0
    "$bulwark" scan --format "$format" --output "$out/scan.$format" || status=$?
    # 1 means failing findings (expected on the example account); 2 would be bad input.
    if [ "$status" -gt 1 ]; then echo "bulwark scan --format $format exited $status"; exit 1; fi
done
"$bulwark" scan --format ocsf --output "$out/scan.ocsf.json" || [ $? -eq 1 ]
python3 Tests/Reports/validate_reports.py "$out"

# The built-in controls may not exercise every part of a report, so also validate the reports of
# the example controls in the test suite (failing, unknown, suppressed and policy findings).
mkdir -p "$out/examples"
BULWARK_REPORTS_DIR="$out/examples" swift test --filter ReportFilesTests >/dev/null
python3 Tests/Reports/validate_reports.py "$out/examples"
