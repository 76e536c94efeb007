#!/usr/bin/env python3
"""Per council slug, its latest judged inspection's overall grade (or its judgements when it
gave none) and every inspection year, read from the Ofsted dataset with Python's csv module,
independently of brief's loader, for `brief all`'s tests.

Usage: latest_grades_by_slug.py OFSTED_FOLDER
Prints one JSON object: {slug: {"years": [year, ...], "grade": grade or null, "judgements": [grade, ...]}}.
A row's year is its inspection_start_date's, else the first 20xx in its dates text, else its
publication year. The latest judged row is the one published last among rows with an overall
grade or any judgement; "grade" is its overall grade (null from April 2026, when Ofsted gives
none), and "judgements" its judgements' grades when it has no overall grade.
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
    grades = ('outstanding', 'good', 'requires improvement', 'inadequate', 'adequate')
    judgements = [r[c] for c in ('leaders', 'help_and_protection', 'in_care', 'care_leavers') if r[c] in grades]
    if r['overall_effectiveness'] in grades or judgements:
        overall = r['overall_effectiveness'] if r['overall_effectiveness'] in grades else None
        e['graded'].append((r['publication_date'], overall, [] if overall else judgements))
def latest(e):
    return sorted(e['graded'], key=lambda g: g[0])[-1] if e['graded'] else (None, None, [])
print(json.dumps({s: {'years': sorted(e['years']), 'grade': latest(e)[1], 'judgements': latest(e)[2]} for s, e in out.items()}))
