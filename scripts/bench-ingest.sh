#!/usr/bin/env bash
# Time and peak memory of `brief ingest` (release build): one seed article, the five seeds through
# ingest-accuracy, and a made-up 4 MB document (the limit) of a seed repeated, three runs each.
# Usage: scripts/bench-ingest.sh [path/to/brief]   (default: .build/release/brief, built if missing)
set -euo pipefail
cd "$(dirname "$0")/.."
brief=${1:-.build/release/brief}
[ -x "$brief" ] || swift build -c release --product brief
seeds=${BRIEF_SEEDS:-../shared/seeds}
big=$(mktemp --suffix=.txt)
trap 'rm -f "$big"' EXIT
python3 - "$seeds" "$big" <<'PY'
import sys, glob
text = open(sorted(glob.glob(sys.argv[1] + "/000_*.txt"))[0], encoding="utf-8").read().split("More from")[0]
out = open(sys.argv[2], "w", encoding="utf-8")
size = 0
while size + len(text.encode()) < 4 << 20:
    out.write(text + "\n\n")
    size += len(text.encode()) + 2
PY
run() {
  local label=$1; shift
  for i in 1 2 3; do /usr/bin/time -f "$label: %e s, %M KB peak" "$@" > /dev/null; done
}
run "one article (Wakefield seed, 5 KB)" "$brief" ingest "$seeds"/000_*.txt
run "ingest-accuracy over the five seeds" "$brief" ingest-accuracy --seeds "$seeds"
run "a 4 MB document, $(grep -c '“' "$big") quoted paragraphs" "$brief" ingest "$big"
