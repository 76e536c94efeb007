"""Validates PDFs as PDF/UA-1 and PDF/A-2a with page-validation, and for accessibility with
outloud (both from PyPI, pinned by scripts/setup.sh), and checks what each declares: XMP with
pdfaid part 2, conformance A, and pdfuaid part 1. Prints one line per failing file, then each
outloud warning, then a summary; exits 1 if any file fails.

Usage: python3 validate_pdf.py FILE.pdf...
"""
import json, re, subprocess, sys, tempfile
import page

paths = sys.argv[1:]
problems = {path: [] for path in paths}
for path in paths:
    for profile in (page.ValidationProfile.PDF_UA_1, page.ValidationProfile.PDF_A_2A):
        report = page.validate_pdf(path, profile=profile)
        if not report.is_compliant:
            problems[path] += [f"{profile}: {f.rule_id}: {f.message}" for f in report.failures] or [f"{profile}: not compliant"]
    data = open(path, "rb").read()
    xmp = re.findall(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.S)
    if not xmp:
        problems[path].append("no XMP packet")
    else:
        last = xmp[-1]
        for claim in (b"<pdfaid:part>2</pdfaid:part>", b"<pdfaid:conformance>A</pdfaid:conformance>",
                      b"<pdfuaid:part>1</pdfuaid:part>"):
            if claim not in last:
                problems[path].append("XMP lacks " + claim.decode())

# outloud in one process for every file: its start costs a second, each file a twentieth.
warnings = []
with tempfile.NamedTemporaryFile(suffix=".json") as out:
    # Through this interpreter, where setup.sh installed it, whatever is on PATH.
    call = "import sys; from outloud.cli import main; sys.argv[0] = 'outloud'; sys.exit(main())"
    subprocess.run([sys.executable, "-c", call, "--fail-on", "never", "-q", "--json", out.name] + paths, capture_output=True)
    report = json.load(open(out.name))
files = report["results"]
for entry in files:
    path = entry["path"]
    if entry.get("error"):
        problems.setdefault(path, []).append(f"outloud could not read it: {entry['error']}")
    for finding in entry["findings"]:
        line = f"{finding.get('rule')}: {finding.get('message')}"
        if finding.get("severity") == "error":
            problems.setdefault(path, []).append("outloud " + line)
        elif finding.get("severity") == "warning":
            warnings.append(f"{path}: outloud warning {line}")
if len(files) != len(paths):
    problems.setdefault("outloud", []).append(f"reported {len(files)} files of {len(paths)}")

failed = 0
for path, found in problems.items():
    if found:
        failed += 1
        print(f"{path}: " + "; ".join(found))
for w in warnings:
    print(w)
print(f"{len(paths)} PDFs, {failed} failed, {len(warnings)} outloud warnings")
sys.exit(1 if failed else 0)
