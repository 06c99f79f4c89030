#!/usr/bin/env python3
"""Checks `bulwark access --escalation` and `--exposure` JSON for the cases populate_access.sh makes.

    check_access.py ESCALATION_JSON EXPOSURE_JSON

Prints one line per check and ends with 'N passed, M failed'; exits 1 on any failure.
"""

import json
import sys

ACCOUNT = "123456789012"


def user(name):
    return f"arn:aws:iam::{ACCOUNT}:user/{name}"


def main():
    escalation = json.load(open(sys.argv[1]))
    exposure = json.load(open(sys.argv[2]))
    principals = {p["arn"]: p for p in escalation["principals"]}
    exposed = {e["resource"]: e for e in exposure["exposures"]}
    checks = [
        ("self-attacher is admin-equivalent by iam:AttachUserPolicy",
         principals.get(user("self-attacher"), {}).get("adminEquivalent") is True
         and principals[user("self-attacher")]["paths"][0]["steps"][0]["method"] == "iam:AttachUserPolicy"),
        ("other-attacher, allowed iam:AttachUserPolicy only on another user, has no path",
         user("other-attacher") not in principals),
        ("hopper reaches admin through sts:AssumeRole of break-glass",
         [s["method"] for s in principals.get(user("hopper"), {"paths": [{"steps": []}]})["paths"][0]["steps"]]
         == ["sts:AssumeRole"]),
        ("blocked-hopper is stopped by its explicit deny", user("blocked-hopper") not in principals),
        ("access-public is exposed to anonymous",
         "anonymous" in exposed.get("arn:aws:s3:::access-public", {}).get("exposedTo", [])),
        ("access-internal is not exposed", "arn:aws:s3:::access-internal" not in exposed),
        ("partner-reader is exposed to account 210987654321",
         exposed.get(f"arn:aws:iam::{ACCOUNT}:role/partner-reader", {}).get("exposedTo") == ["account:210987654321"]),
    ]
    failed = 0
    for name, ok in checks:
        print(("ok   " if ok else "FAIL ") + name)
        failed += 0 if ok else 1
    print(f"{len(checks) - failed} passed, {failed} failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
