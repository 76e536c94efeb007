#!/usr/bin/env python3
"""Checks that each module under Sources imports only what docs/ARCHITECTURE.md's module table
allows (brief's own modules and the C modules; Foundation, Dispatch and packages are not listed).

Usage: scripts/imports.py   Prints one line per import the table does not allow, and exits 1 if any.
"""
import os, re, sys

root = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
table = open(os.path.join(root, "docs", "ARCHITECTURE.md"), encoding="utf-8").read()
allowed = {}
for line in table.splitlines():
    cells = [c.strip() for c in line.strip().strip("|").split("|")]
    if len(cells) == 3 and cells[0].startswith("`"):
        for module in re.findall(r"`(\w+)`", cells[0]):
            allowed[module] = set(re.findall(r"\b(Briefing\w+|CCairo|CPango|CPoppler|CZlib)\b", cells[2]))
ours = set(os.listdir(os.path.join(root, "Sources")))
bad = 0
for module in sorted(ours):
    if module not in allowed:
        print(f"Sources/{module}: not in docs/ARCHITECTURE.md's module table"); bad += 1
        continue
    for dirpath, _, files in os.walk(os.path.join(root, "Sources", module)):
        for f in sorted(files):
            if not f.endswith(".swift"): continue
            path = os.path.join(dirpath, f)
            for n, line in enumerate(open(path, encoding="utf-8"), 1):
                m = re.match(r"\s*(?:@testable\s+|internal\s+|public\s+|package\s+)?import\s+(\w+)", line)
                if m and m.group(1) in ours and m.group(1) != module and m.group(1) not in allowed[module]:
                    print(f"{os.path.relpath(path, root)}:{n}: {module} may not import {m.group(1)}"); bad += 1
print(f"{bad} imports against docs/ARCHITECTURE.md ({len(allowed)} modules).")
sys.exit(1 if bad else 0)
