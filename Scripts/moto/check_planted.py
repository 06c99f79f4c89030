#!/usr/bin/env python3
"""Checks `bulwark scan --format json` against the problems plant.py planted.

Usage: check_planted.py RESOLVED_JSON SCAN_JSON
Each planted resource must have a `fail` finding from its control; its clean twin must have none.
"""
import json
import sys


def findings_of(scan):
    if isinstance(scan, list):
        return scan
    for key in ("findings", "results"):
        if key in scan:
            return scan[key]
    raise SystemExit("check_planted.py: no findings array in the scan output")


def main():
    with open(sys.argv[1]) as handle:
        resolved = json.load(handle)
    with open(sys.argv[2]) as handle:
        findings = findings_of(json.load(handle))
    failures = {(f.get("controlID") or f.get("control"), f.get("resource")) for f in findings if f.get("status") == "fail"}
    problems = []
    print("%-12s %-8s %-8s %s" % ("control", "planted", "twin", "resource"))
    for entry in resolved:
        planted = (entry["control"], entry["resource"]) in failures
        twin = (entry["control"], entry["twin"]) in failures
        print("%-12s %-8s %-8s %s" % (entry["control"], "fail" if planted else "MISSED", "FAIL" if twin else "clean", entry["resource"]))
        if not planted:
            problems.append("%s did not fail on %s" % (entry["control"], entry["resource"]))
        if twin:
            problems.append("%s failed on the clean twin %s" % (entry["control"], entry["twin"]))
    if problems:
        raise SystemExit("check_planted.py:\n  " + "\n  ".join(problems))
    print("check_planted.py: %d planted problems fail, every twin is clean" % len(resolved))


if __name__ == "__main__":
    main()
