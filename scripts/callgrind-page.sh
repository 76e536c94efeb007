#!/usr/bin/env bash
# Instructions per rendered page, counted by callgrind (repeatable, whatever else the machine
# is doing): `brief bench` renders 100 and then 160 pages (laying out 100 alone either way), and
# the difference is 60 renders.
#   scripts/callgrind-page.sh [BIN] [-- extra bench arguments, e.g. --ofsted DIR]
set -euo pipefail
cd "$(dirname "$0")/.."  # the default binary is this checkout's; give others as absolute paths
bin=${1:-.build/static/release/brief}
shift || true
[ "${1:-}" = "--" ] && shift
count() {
  local pages=$1 out; shift; out=$(mktemp -d)
  valgrind --tool=callgrind --callgrind-out-file="$out/cg" "$bin" bench --pages "$pages" "$@" >/dev/null 2>"$out/log"
  grep -oE "Collected : [0-9]+" "$out/log" | grep -oE "[0-9]+"
  rm -rf "$out"
}
a=$(count 100 "$@"); b=$(count 160 "$@")
python3 -c "import sys; a, b = int(sys.argv[1]), int(sys.argv[2]); print(f'instructions per page: {(b - a) / 60 / 1e6:.2f} M (bench 100 pages {a / 1e9:.3f} G, 160 pages {b / 1e9:.3f} G)')" "$a" "$b"
