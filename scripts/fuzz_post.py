#!/usr/bin/env python3
"""Seeded random records against POST /briefings of a running `brief serve` (issue 15: no 5xx for
a client's fault). Each record is Wakefield's, as GET /councils/wakefield gives it, with fields
dropped, lists repeated past their limits, numbers past their bounds and text from a pool of
hostile pieces (controls, bidi overrides, noncharacters, CJK, Thai, emoji, long words, bad dates).
Every value is made up. Prints the count of each status and exits 1 if any answer was a 5xx.

Usage: scripts/fuzz_post.py PORT COUNT [SEED]
"""
import json, random, sys, urllib.request, urllib.error
port = int(sys.argv[1]); n = int(sys.argv[2]); random.seed(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
base = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/councils/wakefield"))
pool = ["", " ", "a", "x" * 100, "x" * 101, "Café", "\u0301e", "\u00a0", "\u2060", "\u200b", "\ufeff", "\ud7ff", "\U0001F600", "\U0001F44D",
        "中", "ภ", "ע", "ا", "\u0000", "\u202e", "2025-02-30", "2025-13", "1899", "2101", "9" * 30, "-1", "null", "\\", "\"", "<b>", "%s%n", "\n\n", "\t"]
kinds = ["full inspection", "focused visit", "monitoring visit", "nonsense"]
grades = ["good", "outstanding", "inadequate", "requires improvement", "adequate", "bad", None]
def rnd_text():
    return "".join(random.choice(pool) for _ in range(random.randint(0, 6)))
def mutate(o, depth=0):
    if isinstance(o, dict):
        o = dict(o)
        for k in list(o):
            r = random.random()
            if r < 0.08: del o[k]
            elif r < 0.25: o[k] = mutate(o[k], depth + 1)
        return o
    if isinstance(o, list):
        o = [mutate(x, depth + 1) if random.random() < 0.3 else x for x in o]
        if o and random.random() < 0.2: o = o * random.randint(1, 40)
        return o[:random.choice([100, 101, 3])]
    if isinstance(o, str):
        return random.choice([rnd_text(), o + rnd_text(), random.choice(kinds), str(random.choice(grades)), o * random.randint(1, 60)])
    if isinstance(o, (int, float)) and not isinstance(o, bool):
        return random.choice([0, -1, 1, 10**10, 10**10 + 1, 2**63 - 1, 2**64, 1.5, o])
    return o
statuses = {}
bad = []
for i in range(n):
    rec = mutate(base)
    body = json.dumps(rec).encode()
    req = urllib.request.Request(f"http://127.0.0.1:{port}/briefings", data=body, headers={"Content-Type": "application/json"})
    try:
        r = urllib.request.urlopen(req, timeout=30); code = r.status; r.read()
    except urllib.error.HTTPError as e:
        code = e.code; msg = e.read()[:300]
        if code >= 500: bad.append((code, msg, body[:3000]))
    statuses[code] = statuses.get(code, 0) + 1
print("statuses", statuses, "5xx", len(bad))
for code, msg, body in bad[:5]:
    print(code, msg, body[:500])
sys.exit(1 if bad else 0)
