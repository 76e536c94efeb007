#!/usr/bin/env python3
"""Every row of the Ofsted dataset's inspections.csv, read with Python's csv module, independently
of brief's loader, for the national data tests to check against.

Usage: inspections_by_urn.py INSPECTIONS_CSV
Prints one JSON object: per URN, a list of [date, overall_effectiveness, inspection_start_date,
inspection_dates_text, publication_date] per row, where date is the start date or else the
publication date.
"""
import csv, json, sys
rows = list(csv.DictReader(open(sys.argv[1], encoding='utf-8-sig')))
out = {}
for r in rows:
    d = r['inspection_start_date'] or r['publication_date']
    out.setdefault(r['urn'], []).append([d, r['overall_effectiveness'], r['inspection_start_date'], r['inspection_dates_text'], r['publication_date']])
print(json.dumps(out))
