#!/usr/bin/env python3
"""The inspections.csv row of each report PDF in the Ofsted dataset's pdfs/ folder, read with
Python's csv module, independently of brief's loader, for the PDF tests to check against.

Usage: pdf_rows.py DATASET_FOLDER
Prints one JSON list, one object per pdfs/<urn>/<publication_date>.pdf in path order: `pdf` (the
path relative to the folder), `report_file` (the row's text, or ""), and the row's `framework`,
`overall_effectiveness`, `leaders`, `help_and_protection`, `in_care`, `care_leavers`,
`inspection_start_date`, `inspection_end_date` and `inspection_dates_text`. A PDF without a row
has `row` false.
"""
import csv, glob, json, os, sys
folder = sys.argv[1]
rows = {(r['urn'], r['publication_date']): r for r in csv.DictReader(open(os.path.join(folder, 'inspections.csv'), encoding='utf-8-sig'))}
keys = ['report_file', 'framework', 'overall_effectiveness', 'leaders', 'help_and_protection', 'in_care', 'care_leavers',
        'inspection_start_date', 'inspection_end_date', 'inspection_dates_text']
out = []
for path in sorted(glob.glob(os.path.join(folder, 'pdfs', '*', '*.pdf'))):
    urn, date = os.path.basename(os.path.dirname(path)), os.path.basename(path)[:-4]
    r = rows.get((urn, date))
    entry = {'pdf': os.path.relpath(path, folder), 'row': r is not None}
    entry.update({k: (r[k].strip() if r else '') for k in keys})
    out.append(entry)
print(json.dumps(out))
