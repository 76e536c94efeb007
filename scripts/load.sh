#!/usr/bin/env bash
# Load benchmark for `brief serve` on loopback, driven by wrk (Debian's package): uncached
# renders cycling through every council, then 304s, with the server's memory sampled as it goes.
# Prints figures only. Options through the environment:
#   SECONDS_PER_RUN (10), RENDER_RUNS (3), CONNECTIONS (8), TOTAL (100000: requests before the last memory reading),
#   BRIEF_BINARY (another build to measure, for example an older commit's, run alternately with this one)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "load.sh: wrk is missing; run scripts/setup.sh (it installs wrk)" >&2; exit 1; }
# The same static release binary as scripts/bench.sh builds.
build=(swift build -c release --product brief --static-swift-stdlib --scratch-path .build/static)
"${build[@]}" >/dev/null 2>&1 || "${build[@]}"
exec python3 - "${BRIEF_OFSTED_DATA:-../shared/data/ofsted}" <<'PY'
import json, os, re, subprocess, sys, tempfile, time, urllib.request

data = sys.argv[1]
secs = int(os.environ.get("SECONDS_PER_RUN", "10"))
render_runs = int(os.environ.get("RENDER_RUNS", "3"))
conns = int(os.environ.get("CONNECTIONS", "8"))
total_target = int(os.environ.get("TOTAL", "100000"))
binary = os.environ.get("BRIEF_BINARY", ".build/static/release/brief")  # another build, to compare
ofsted = ["--ofsted", data] if os.path.isdir(data) else []


def start(*extra):
    p = subprocess.Popen([binary, "serve", "--port", "0", *ofsted, *extra], stdout=subprocess.PIPE,
                         stderr=subprocess.DEVNULL, env={**os.environ, "LOG_LEVEL": "error"})
    line = p.stdout.readline().decode()
    port = int(re.search(r":(\d+) \(", line).group(1))
    return p, port


def rss(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024


def cpu(pid):
    """The server's CPU seconds so far, and the machine's busy and stolen time (/proc/stat ticks)."""
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    ticks = os.sysconf("SC_CLK_TCK")
    total = [int(x) for x in open("/proc/stat").readline().split()[1:]]
    return (int(fields[11]) + int(fields[12])) / ticks, sum(total), total[7]


def wrk(port, pid, script=None, path="/", headers=()):
    before = cpu(pid)
    args = ["wrk", "-t2", f"-c{conns}", f"-d{secs}s", "--latency", "--timeout", "5s"]
    for h in headers:
        args += ["-H", h]
    if script:
        args += ["-s", script]
    out = subprocess.run(args + [f"http://127.0.0.1:{port}{path}"], capture_output=True, text=True, check=True).stdout
    def latency(p):
        m = re.search(rf"^\s+{p}%\s+([\d.]+)(us|ms|s)", out, re.M)
        v, unit = float(m.group(1)), m.group(2)
        return v / 1000 if unit == "us" else v * 1000 if unit == "s" else v
    reqs = int(re.search(r"(\d+) requests in", out).group(1))
    after = cpu(pid)
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sock = re.search(r"Socket errors: (.*)", out)
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)), "requests": reqs,
            "p50": latency(50), "p90": latency(90), "p99": latency(99),
            "errors": (int(bad.group(1)) if bad else 0), "socket": sock.group(1) if sock else "none",
            # The server's CPU time behind each request, and the share of the machine's time the
            # host gave this virtual machine's cores to others.
            "cpu_ms": 1000 * (after[0] - before[0]) / max(reqs, 1),
            "steal": 100 * (after[2] - before[2]) / max(after[1] - before[1], 1)}


def show(label, r, memory):
    print(f"{label}: {r['rps']:.0f} req/s, p50 {r['p50']:.1f} ms, p90 {r['p90']:.1f} ms, p99 {r['p99']:.1f} ms, "
          f"non-2xx/3xx {r['errors']}, socket errors {r['socket']}, server RSS {memory:.1f} MB, "
          f"server CPU {r['cpu_ms']:.2f} ms a request, steal {r['steal']:.1f}%")


print(f"== brief serve under wrk on loopback ({os.cpu_count()} cores, {conns} connections, {secs} s per run, release build)")
slugs = [c["slug"] for c in json.loads(subprocess.run([binary, "list", "--json", *ofsted], capture_output=True, check=True).stdout)]
lua = tempfile.NamedTemporaryFile("w", suffix=".lua", delete=False)
lua.write("slugs = {" + ",".join(f'"{s}"' for s in slugs) + "}\ni = 0\n"
          "request = function()\n  i = i + 1\n"
          "  return wrk.format('GET', '/councils/' .. slugs[(i % #slugs) + 1] .. '/briefing.pdf')\nend\n")
lua.close()

server, port = start("--cache", "0")
try:
    served = 0
    start_rss = rss(server.pid)
    print(f"uncached renders, cycling {len(slugs)} councils (--cache 0); server RSS at start {start_rss:.1f} MB")
    for n in range(render_runs):
        r = wrk(port, server.pid, script=lua.name)
        served += r["requests"]
        show(f"  run {n + 1}", r, rss(server.pid))
finally:
    server.terminate()
    server.wait()

server, port = start()
try:
    req = urllib.request.Request(f"http://127.0.0.1:{port}/councils/wakefield/briefing.pdf")
    tag = urllib.request.urlopen(req).headers["ETag"]
    start_rss = rss(server.pid)
    print(f"304 Not Modified for a matching If-None-Match; server RSS at start {start_rss:.1f} MB")
    done, n = 0, 0
    while done < total_target or n == 0:
        r = wrk(port, server.pid, path="/councils/wakefield/briefing.pdf", headers=[f"If-None-Match: {tag}"])
        done += r["requests"]
        n += 1
        show(f"  run {n} ({done} requests so far)", r, rss(server.pid))
finally:
    server.terminate()
    server.wait()
os.unlink(lua.name)
PY
