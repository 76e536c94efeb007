#!/usr/bin/env python3
"""How much of each page's lower third is used: for every PDF in a folder, the gap in points
between the last body text of each column and the sources footer, from `pdftotext -bbox-layout`.

    python3 scripts/lower-third.py FOLDER [--json]

Prints the median, quartiles and worst pages per column, or one JSON object with the gaps.
A column is the text left or right of the page's middle; the footer is the block that starts
with "Sources:". Only text below the top of the two columns (the first section heading after
the neighbours strip) counts, so the banner and timeline never hide an empty column.
"""

import html
import json
import re
import statistics
import subprocess
import sys
from pathlib import Path

BLOCK = re.compile(r'<block xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</block>', re.S)
WORD = re.compile(r"<word [^>]*>(.*?)</word>")
HEADINGS = ("WHAT INSPECTORS", "WHAT MUST IMPROVE", "WHAT INSPECTORS AND THE COUNCIL SAID")


def blocks(pdf: Path):
    out = subprocess.run(["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True)
    page = re.search(r'<page width="([\d.]+)"', out.stdout)
    width = float(page.group(1)) if page else 595.0
    found = []
    for m in BLOCK.finditer(out.stdout):
        words = " ".join(html.unescape(w) for w in WORD.findall(m.group(5)))
        found.append((float(m.group(1)), float(m.group(2)), float(m.group(3)), float(m.group(4)), words))
    return width, found


def gaps(pdf: Path):
    """(left gap, right gap) in points, or None when the page has no footer or no columns."""
    width, found = blocks(pdf)
    footer = min((b[1] for b in found if b[4].startswith("Sources:")), default=None)
    top = min((b[1] for b in found if b[4].startswith(HEADINGS)), default=None)
    if footer is None or top is None:
        return None
    middle = width / 2
    body = [b for b in found if top - 1 <= b[1] < footer]
    left = max((b[3] for b in body if b[0] < middle), default=top)
    right = max((b[3] for b in body if b[0] >= middle), default=top)
    return round(footer - left, 1), round(footer - right, 1)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    if len(args) != 1:
        print("usage: lower-third.py FOLDER [--json]", file=sys.stderr)
        return 2
    pdfs = sorted(Path(args[0]).glob("*.pdf"))
    measured = {p.stem: g for p in pdfs if (g := gaps(p)) is not None}
    if "--json" in sys.argv:
        print(json.dumps(measured, indent=1))
        return 0
    if not measured:
        print(f"{args[0]}: no pages with a sources footer", file=sys.stderr)
        return 1
    for i, name in enumerate(("left", "right")):
        values = sorted(g[i] for g in measured.values())
        q = statistics.quantiles(values, n=4) if len(values) > 1 else [values[0]] * 3
        worst = sorted(measured.items(), key=lambda kv: -kv[1][i])[:5]
        print(
            f"{name:5}: median {statistics.median(values):.0f} pt, quartiles {q[0]:.0f}/{q[2]:.0f}, "
            f"max {values[-1]:.0f}; widest: " + ", ".join(f"{k} {v[i]:.0f}" for k, v in worst)
        )
    print(f"{len(measured)} pages measured")
    return 0


if __name__ == "__main__":
    sys.exit(main())
