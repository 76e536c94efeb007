#!/usr/bin/env python3
"""Lists Swift files over a line limit and functions over a line limit, for the house rules
(docs/ARCHITECTURE.md): no file in Sources over 250 lines, no function over 50.

Usage: scripts/sizes.py [--file-limit 250] [--function-limit 50] [DIR ...]  (default: Sources)
Prints one line per offender, `path:line: what (N lines)`, and exits 1 if there is any.
A function's length runs from its `func`/`init` line to its closing brace; braces inside
string literals and comments are skipped.
"""
import argparse, os, re, sys

DECL = re.compile(r"^\s*(?:@\w+(?:\([^)]*\))?\s+)*(?:(?:public|package|internal|private|fileprivate|static|final|override|mutating|nonisolated|convenience|required|@inlinable|consuming|borrowing)\s+)*(func\s+[^\s(<]+|init[?!]?|deinit)\b")

def code_chars(line, state):
    """Yields the characters of `line` outside strings and comments; `state` carries multi-line strings and comments."""
    i, out = 0, []
    while i < len(line):
        if state["block"]:
            j = line.find("*/", i)
            if j < 0: return "".join(out)
            state["block"], i = False, j + 2
            continue
        if state["multi"]:
            j = line.find('"""', i)
            if j < 0: return "".join(out)
            state["multi"], i = False, j + 3
            continue
        if line.startswith("//", i): break
        if line.startswith("/*", i): state["block"], i = True, i + 2; continue
        if line.startswith('"""', i): state["multi"], i = True, i + 3; continue
        c = line[i]
        if c == '"':
            i += 1
            while i < len(line) and line[i] != '"':
                i += 2 if line[i] == "\\" else 1
            i += 1
            continue
        out.append(c)
        i += 1
    return "".join(out)

def functions(lines):
    state = {"block": False, "multi": False}
    code = [code_chars(l, state) for l in lines]
    for n, l in enumerate(lines):
        m = DECL.match(code[n])
        if not m: continue
        depth, opened = 0, False
        for k in range(n, len(lines)):
            for c in code[k]:
                if c == "{": depth, opened = depth + 1, True
                elif c == "}": depth -= 1
            if opened and depth <= 0:
                yield n + 1, m.group(1), k - n + 1
                break
            if not opened and k > n and code[k].strip() == "":
                break  # a protocol requirement: no body

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file-limit", type=int, default=250)
    ap.add_argument("--function-limit", type=int, default=50)
    ap.add_argument("dirs", nargs="*", default=["Sources"])
    a = ap.parse_args()
    bad = 0
    for d in a.dirs:
        for root, _, files in sorted(os.walk(d)):
            for f in sorted(files):
                if not f.endswith(".swift"): continue
                p = os.path.join(root, f)
                lines = open(p, encoding="utf-8").read().split("\n")
                if lines and lines[-1] == "": lines.pop()
                if len(lines) > a.file_limit:
                    print(f"{p}:1: file ({len(lines)} lines)"); bad += 1
                for line, name, length in functions(lines):
                    if length > a.function_limit:
                        print(f"{p}:{line}: {name} ({length} lines)"); bad += 1
    print(f"{bad} over the limits (files {a.file_limit} lines, functions {a.function_limit}).")
    sys.exit(1 if bad else 0)

main()
