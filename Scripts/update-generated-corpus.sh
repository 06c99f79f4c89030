#!/usr/bin/env bash
# Rewrites Tests/BulwarkIAMTests/Builder/GeneratedCorpusPolicies.swift: the Swift declaration that
# `bulwark policy to-swift` writes for every valid policy of the test corpus. GeneratedCorpusTests checks
# that the committed file is current, so run this after changing the corpus or the Swift writer.
set -euo pipefail
cd "$(dirname "$0")/.."
BULWARK_RECORD=1 swift test --filter 'GeneratedCorpusTests/generatedFileIsCurrent'
swift build --build-tests   # the new declarations must compile
