#!/usr/bin/env bash
# Benchmark: in-process render time per page (median over 300 pages) and the whole-process
# time and peak memory of `brief wakefield`, both from a release build. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
# The release binary as it would ship: the Swift runtime and Foundation linked in statically
# (--static-swift-stdlib), which saves the dynamic linker's symbol binding at every start and
# about 4 MB of resident memory. Its own build folder, so other builds are not redone.
swift build -c release --product brief --static-swift-stdlib --scratch-path .build/static >/dev/null
bin=.build/static/release/brief
echo "== in-process (release, $(nproc) cores)"
"$bin" bench --pages "${PAGES:-300}"
echo "== whole process: brief wakefield > /dev/null (release, ${RUNS:-50} runs)"
python3 - "$bin" "${RUNS:-50}" <<'PY'
import os, statistics, subprocess, sys, time
binary, runs = sys.argv[1], int(sys.argv[2])
walls, rss = [], []
for _ in range(runs):
    with open(os.devnull, "wb") as null:
        start = time.perf_counter()
        p = subprocess.Popen([binary, "wakefield"], stdout=null)
        _, status, usage = os.wait4(p.pid, 0)
        walls.append((time.perf_counter() - start) * 1000)
        rss.append(usage.ru_maxrss / 1024)
        assert status == 0, "brief wakefield failed"
walls.sort()
print(f"wall: median {statistics.median(walls):.1f} ms, p90 {walls[int(len(walls) * 0.9)]:.1f} ms, min {walls[0]:.1f} ms")
print(f"peak memory (max RSS): median {statistics.median(rss):.1f} MB, max {max(rss):.1f} MB")
PY
if [ -n "${BRIEF_OFSTED_DATA:-}" ] || [ -d ../shared/data/ofsted ]; then
  data="${BRIEF_OFSTED_DATA:-../shared/data/ofsted}"
  echo "== brief all with the national data (release, $(nproc) jobs, data loading included)"
  python3 - "$bin" "$data" <<'PY'
import json, os, shutil, subprocess, sys, tempfile, time
binary, data = sys.argv[1], sys.argv[2]
slugs = [r["slug"] for r in json.loads(subprocess.run([binary, "list", "--json", "--ofsted", data], capture_output=True, check=True).stdout)]
for count in (10, 50, 100, len(slugs)):
    walls, rss = [], []
    for _ in range(3):
        out = tempfile.mkdtemp()
        start = time.perf_counter()
        p = subprocess.Popen([binary, "all", *slugs[:count], "--ofsted", data, "--output", out], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        walls.append(time.perf_counter() - start)
        rss.append(usage.ru_maxrss / 1024)
        shutil.rmtree(out)
        assert status == 0, "brief all failed"
    print(f"{count:4d} councils: wall best {min(walls):.2f} s (of 3), peak memory {max(rss):.1f} MB")
PY
fi
