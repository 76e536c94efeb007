#!/usr/bin/env bash
# Benchmark: in-process render time per page (median over 300 pages), the whole-process time and
# peak memory of `brief wakefield` (with the national snapshot, and the curated records alone) and
# `brief all` over every council, all from a release build. Prints figures only.
set -euo pipefail
cd "$(dirname "$0")/.."
# The release binary as it would ship: the Swift runtime and Foundation linked in statically
# (--static-swift-stdlib), which saves the dynamic linker's symbol binding at every start and
# about 4 MB of resident memory. Its own build folder, so other builds are not redone.
swift build -c release --product brief --static-swift-stdlib --scratch-path .build/static >/dev/null
bin=.build/static/release/brief
echo "== in-process, the 5 curated councils alone (release, $(nproc) cores)"
"$bin" bench --pages "${PAGES:-300}" --national none
echo "== in-process, all 153 councils from the national snapshot"
"$bin" bench --pages 306
echo "== whole process: brief wakefield > /dev/null (release, ${RUNS:-50} runs each, alternating)"
python3 - "$bin" "${RUNS:-50}" <<'PY'
import os, statistics, subprocess, sys, time
binary, runs = sys.argv[1], int(sys.argv[2])
modes = {"national snapshot (the default)": [], "curated records alone (--national none)": []}
memory = {k: [] for k in modes}
for _ in range(runs):
    for label, extra in zip(modes, ([], ["--national", "none"])):
        with open(os.devnull, "wb") as null:
            start = time.perf_counter()
            p = subprocess.Popen([binary, "wakefield", *extra], stdout=null)
            _, status, usage = os.wait4(p.pid, 0)
            modes[label].append((time.perf_counter() - start) * 1000)
            memory[label].append(usage.ru_maxrss / 1024)
            assert status == 0, "brief wakefield failed"
for label, walls in modes.items():
    walls.sort()
    print(f"{label}: wall median {statistics.median(walls):.1f} ms, p90 {walls[int(len(walls) * 0.9)]:.1f} ms, "
          f"min {walls[0]:.1f} ms; peak memory median {statistics.median(memory[label]):.1f} MB")
PY
echo "== brief all, every council from the snapshot (release, $(nproc) jobs, data loading included)"
python3 - "$bin" "${BRIEF_OFSTED_DATA:-../shared/data/ofsted}" <<'PY'
import json, os, shutil, subprocess, sys, tempfile, time
binary, data = sys.argv[1], sys.argv[2]
slugs = [r["slug"] for r in json.loads(subprocess.run([binary, "list", "--json"], capture_output=True, check=True).stdout)]
def run(names, extra):
    walls, rss = [], []
    for _ in range(3):
        out = tempfile.mkdtemp()
        start = time.perf_counter()
        p = subprocess.Popen([binary, "all", *names, *extra, "--output", out], stdout=subprocess.DEVNULL)
        _, status, usage = os.wait4(p.pid, 0)
        walls.append(time.perf_counter() - start)
        rss.append(usage.ru_maxrss / 1024)
        shutil.rmtree(out)
        assert status == 0, "brief all failed"
    return min(walls), max(rss)
for count in (10, 50, 100, len(slugs)):
    wall, rss = run(slugs[:count], [])
    print(f"{count:4d} councils: wall best {wall:.2f} s (of 3), peak memory {rss:.1f} MB")
if os.path.isdir(data):
    wall, rss = run([], ["--ofsted", data])
    print(f"{len(slugs):4d} councils read from the raw dataset (--ofsted {data}): wall best {wall:.2f} s (of 3), peak memory {rss:.1f} MB")
PY
