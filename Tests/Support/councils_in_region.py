#!/usr/bin/env python3
"""How many councils of one region `brief all --region` should render: those in the Ofsted
dataset's local-authorities.csv with that region_name and at least one row in inspections.csv.

Usage: councils_in_region.py OFSTED_FOLDER REGION
Prints the count.
"""
import csv, sys
las = list(csv.DictReader(open(sys.argv[1] + '/local-authorities.csv', encoding='utf-8-sig')))
urns = {r['urn'] for r in csv.DictReader(open(sys.argv[1] + '/inspections.csv', encoding='utf-8-sig'))}
print(sum(1 for l in las if l['region_name'] == sys.argv[2] and l['urn'] in urns))
