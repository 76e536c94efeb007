#!/usr/bin/env python3
"""Per council slug, the latest graded overall grade and every inspection year, read from the
Ofsted dataset with Python's csv module, independently of brief's loader, for `brief all`'s tests.

Usage: latest_grades_by_slug.py OFSTED_FOLDER
Prints one JSON object: {slug: {"years": [year, ...], "grade": grade or null}}. A row's year is
its inspection_start_date's, else the first 20xx in its dates text, else its publication year;
the grade is that of the graded row published last.
"""
import csv, json, re, sys
rows = list(csv.DictReader(open(sys.argv[1] + '/inspections.csv', encoding='utf-8-sig')))
las = {r['urn']: r for r in csv.DictReader(open(sys.argv[1] + '/local-authorities.csv', encoding='utf-8-sig'))}
def slug(n):
    n = n[:-len(', City of')] if n.endswith(', City of') else n
    n = n.lower().replace('&', 'and').replace('.', '').replace("'", '')
    return re.sub('[^a-z0-9]+', '-', n).strip('-')
out = {}
for r in rows:
    s = slug(las[r['urn']]['local_authority_ons_name'])
    y = r['inspection_start_date'][:4] or (re.findall(r'(20\d\d)', r['inspection_dates_text']) or [r['publication_date'][:4]])[0]
    e = out.setdefault(s, {'years': set(), 'graded': []})
    e['years'].add(int(y))
    if r['overall_effectiveness'] in ('outstanding', 'good', 'requires improvement', 'inadequate', 'adequate'):
        e['graded'].append((r['publication_date'], r['overall_effectiveness']))
print(json.dumps({s: {'years': sorted(e['years']), 'grade': (sorted(e['graded'])[-1][1] if e['graded'] else None)} for s, e in out.items()}))
