#!/usr/bin/env python3
"""Writes a small PDF for the tests: made-up text, never a real report.

usage: make_pdf.py OUT.pdf [--created YYYY-MM-DD] < lines

Each line of standard input is set on its own line of an A4 page in Helvetica 10 pt; a line
with "||" in it is set in two columns, the part after it at 330 pt (as a report's judgement
table sets a label and its grade). A page fills at 60 lines, then the next begins. With no
lines at all, the page gets a grey box and no text (a PDF with no text layer). --created sets
the Info dictionary's CreationDate.
"""
import sys


def escape(s):
    return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def page_stream(lines):
    if not lines:
        return b"0.8 g 72 600 300 150 re f\n"
    ops = ["BT /F1 10 Tf"]
    y = 800
    for line in lines:
        parts = line.split("||")
        ops.append(f"1 0 0 1 72 {y} Tm ({escape(parts[0])}) Tj")
        if len(parts) > 1:
            ops.append(f"1 0 0 1 330 {y} Tm ({escape(parts[1])}) Tj")
        y -= 12
    ops.append("ET")
    return ("\n".join(ops) + "\n").encode("latin-1", "replace")


def main():
    out = sys.argv[1]
    created = None
    if "--created" in sys.argv:
        created = sys.argv[sys.argv.index("--created") + 1].replace("-", "")
    lines = [l.rstrip("\n") for l in sys.stdin]
    pages = [lines[i:i + 60] for i in range(0, len(lines), 60)] or [[]]
    objects = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
               3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"}
    kids = []
    n = 4
    for p in pages:
        stream = page_stream(p)
        objects[n] = b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"endstream"
        objects[n + 1] = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
                          b"/Resources << /Font << /F1 3 0 R >> >> /Contents %d 0 R >>" % n)
        kids.append(f"{n + 1} 0 R")
        n += 2
    objects[2] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>".encode()
    info = None
    if created:
        info = n
        objects[n] = f"<< /Producer (brief tests, made up) /CreationDate (D:{created}120000Z) >>".encode()
    body = b"%PDF-1.4\n"
    offsets = {}
    for k in sorted(objects):
        offsets[k] = len(body)
        body += b"%d 0 obj\n" % k + objects[k] + b"\nendobj\n"
    xref = len(body)
    count = max(objects) + 1
    body += b"xref\n0 %d\n0000000000 65535 f \n" % count
    for k in range(1, count):
        body += b"%010d 00000 n \n" % offsets[k]
    trailer = f"<< /Size {count} /Root 1 0 R" + (f" /Info {info} 0 R" if info else "") + " >>"
    body += b"trailer\n" + trailer.encode() + b"\nstartxref\n%d\n%%%%EOF\n" % xref
    with open(out, "wb") as f:
        f.write(body)


main()
