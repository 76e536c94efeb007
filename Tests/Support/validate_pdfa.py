"""Validates PDFs against PDF/A-2u with page-validation (PyPI, pinned by scripts/setup.sh) and
checks what each declares: XMP with pdfaid part 2, conformance U, and no PDF/UA claim (brief's
pages do not meet PDF/UA-1 yet). Prints one line per failing file and a summary; exits 1 if any
file fails.

Usage: python3 validate_pdfa.py FILE.pdf...
"""
import re, sys
import page

failed = 0
for path in sys.argv[1:]:
    report = str(page.validate_pdf(path, profile=page.ValidationProfile.PDF_A_2U))
    problems = [line for line in report.splitlines() if line.startswith("[")]
    if "Result: no failures" not in report and "Result: passed" not in report and not problems:
        problems = [report.splitlines()[2] if len(report.splitlines()) > 2 else report]
    data = open(path, "rb").read()
    xmp = re.findall(rb"<x:xmpmeta.*?</x:xmpmeta>", data, re.S)
    if not xmp:
        problems.append("no XMP packet")
    else:
        last = xmp[-1]
        if b"<pdfaid:part>2</pdfaid:part>" not in last or b"<pdfaid:conformance>U</pdfaid:conformance>" not in last:
            problems.append("XMP does not declare PDF/A-2u")
        if b"pdfuaid" in last:
            problems.append("XMP claims PDF/UA, which the page does not meet")
    if problems:
        failed += 1
        print(f"{path}: " + "; ".join(problems))
print(f"{len(sys.argv) - 1} PDFs, {failed} failed PDF/A-2u")
sys.exit(1 if failed else 0)
