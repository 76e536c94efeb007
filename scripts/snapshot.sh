#!/usr/bin/env bash
# Writes the sha256 of everything brief makes into DIR/manifest.txt, so two builds can be
# compared byte for byte (a renovation must leave it unchanged):
#   scripts/snapshot.sh BIN DIR   then   diff DIR1/manifest.txt DIR2/manifest.txt
# Covers every national page (A4), the curated five (A4 and Letter), the adversarial fixtures,
# the overview, the HTML twins and one email, with SOURCE_DATE_EPOCH unset for the PDFs
# (their dates come from the data) and set for the email (its Date header).
set -euo pipefail
bin=$(realpath "$1"); out=$2
ofsted=${BRIEF_OFSTED_DATA:-$(dirname "$0")/../../shared/data/ofsted}
root=$(cd "$(dirname "$0")/.." && pwd)
rm -rf "$out"; mkdir -p "$out"
"$bin" all --ofsted "$ofsted" --output "$out/national" >/dev/null
"$bin" all --output "$out/curated" >/dev/null
"$bin" all --paper letter --output "$out/curated-letter" >/dev/null
"$bin" all --data "$root/Tests/Fixtures/councils" --output "$out/fixtures" >/dev/null || true
"$bin" overview --ofsted "$ofsted" -o "$out/overview.pdf"
mkdir -p "$out/html"
slugs() { "$bin" list --json "$@" | python3 -c 'import json,sys; print(" ".join(r["slug"] for r in json.load(sys.stdin)))'; }
for slug in $(slugs); do "$bin" "$slug" --format html -o "$out/html/$slug.html"; done
for slug in $(slugs --ofsted "$ofsted"); do "$bin" "$slug" --format html --ofsted "$ofsted" -o "$out/html/$slug-national.html"; done
SOURCE_DATE_EPOCH=1700000000 "$bin" mail wakefield --to "Jane Doe <jane@example.org>" > "$out/wakefield.eml"
(cd "$out" && find . -type f ! -name '*.tmp*' | sort | xargs sha256sum) > "$out/manifest.txt"
echo "$(wc -l < "$out/manifest.txt") files in $out/manifest.txt"
