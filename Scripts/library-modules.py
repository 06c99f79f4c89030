#!/usr/bin/env python3
"""Prints the package's documented library modules, dependencies first, one per line.

Reads `swift package dump-package` JSON on standard input. A module is documented when a library
product names it; the umbrella `Bulwark` (which only re-exports) is left out.
"""
import json
import sys

package = json.load(sys.stdin)
libraries = {name for product in package["products"] if "library" in product["type"]
             for name in product["targets"]}
libraries.discard("Bulwark")
targets = {target["name"]: target for target in package["targets"]}


def dependencies(name):
    for dependency in targets[name].get("dependencies", []):
        for kind in ("byName", "target"):
            if kind in dependency:
                yield dependency[kind][0]


order, seen = [], set()


def visit(name):
    if name in seen or name not in targets:
        return
    seen.add(name)
    for dependency in dependencies(name):
        visit(dependency)
    if name in libraries:
        order.append(name)


for name in sorted(libraries):
    visit(name)
print("\n".join(order))
