#!/usr/bin/env python3
"""Hostile input against a running `brief serve`: malformed and deeply nested JSON, oversized
bodies, path tricks, and slow clients that trickle bytes, while a well-behaved client keeps
asking for briefings. Passes (exit 0) when every hostile request got a clean 4xx (or was cut off),
the well-behaved client was always answered, the server never answered 5xx, and its memory
stayed flat. Standard library only.

    python3 scripts/hostile.py --url http://127.0.0.1:8080 --pid <server pid>
"""
import argparse
import http.client
import json
import socket
import sys
import threading
import time
import urllib.parse

failures = []
lock = threading.Lock()


def fail(message):
    with lock:
        failures.append(message)


def rss_mb(pid):
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return 0.0


def request(host, port, method, path, body=None, headers=None, timeout=30):
    conn = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        r = conn.getresponse()
        data = r.read()
        return r.status, dict(r.getheaders()), data
    except (ConnectionError, socket.timeout, http.client.HTTPException) as e:
        # The server may close a connection carrying a huge body before reading all of it.
        return None, {}, str(e).encode()
    finally:
        conn.close()


def expect_clean(label, status, allowed):
    if status is None:
        if None not in allowed:
            fail(f"{label}: connection dropped, expected {sorted(a for a in allowed if a)}")
    elif status not in allowed:
        fail(f"{label}: got {status}, expected {sorted(a for a in allowed if a)}")


class GoodClient(threading.Thread):
    """Asks for /health and a briefing every 50 ms and records how long each answer took."""

    def __init__(self, host, port):
        super().__init__(daemon=True)
        self.host, self.port = host, port
        self.latencies, self.errors = [], []
        self.stop = threading.Event()

    def run(self):
        paths = ["/health", "/councils/wakefield/briefing.pdf", "/councils"]
        i = 0
        while not self.stop.is_set():
            path = paths[i % len(paths)]
            start = time.perf_counter()
            status, _, body = request(self.host, self.port, "GET", path, timeout=10)
            self.latencies.append(time.perf_counter() - start)
            if status != 200:
                self.errors.append(f"{path}: {status} {body[:100]!r}")
            i += 1
            time.sleep(0.05)


def malformed_json(host, port):
    bodies = [b"{", b"{\"slug\":", b"nul", b"\xff\xfe\x00", b"{\"slug\": \"wakefield\"} extra", b"[" * 10 + b"]",
              b"{\"slug\": 1e999999}", b"\"\\ud800\"", b"{\"a\":" * 5000 + b"1" + b"}" * 5000]
    for i, body in enumerate(bodies * 5):
        status, _, _ = request(host, port, "POST", "/briefings", body, {"Content-Type": "application/json"})
        expect_clean(f"malformed body {i % len(bodies)}", status, {400, 413, 422})


def deep_json(host, port):
    for depth in (100, 10_000, 100_000):
        body = b"{\"slug\":\"wakefield\",\"name\":\"W\",\"sources\":" + b"[" * depth + b"]" * depth + b"}"
        status, _, _ = request(host, port, "POST", "/briefings", body, {"Content-Type": "application/json"})
        expect_clean(f"nesting {depth}", status, {400, 413, 422})


def oversized(host, port):
    big = b"x" * (8 * 1024 * 1024)
    status, _, _ = request(host, port, "POST", "/briefings", big, {"Content-Type": "application/json"})
    expect_clean("8 MB body with Content-Length", status, {413, None})
    # Chunked, so the server cannot refuse on the header alone.
    def chunks():
        for _ in range(64):
            yield b"x" * (128 * 1024)
    conn = http.client.HTTPConnection(host, port, timeout=30)
    try:
        conn.request("POST", "/briefings", body=chunks(), headers={"Content-Type": "application/json"}, encode_chunked=True)
        status = conn.getresponse().status
    except (ConnectionError, socket.timeout, http.client.HTTPException):
        status = None
    finally:
        conn.close()
    expect_clean("8 MB chunked body", status, {413, None})


def path_tricks(host, port):
    paths = [
        "/councils/../../etc/passwd", "/councils/..%2F..%2Fetc%2Fpasswd/briefing.pdf", "/councils/%2e%2e/briefing.pdf",
        "/councils/wakefield%00/briefing.pdf", "/councils/wakefield%2Fbriefing.pdf",
        "/councils/" + "a" * 5000 + "/briefing.pdf", "/councils/wakefield/briefing.pdf?paper=../../etc/passwd",
        "/councils/WAKEFIELD/briefing.pdf", "/councils/file:%2F%2F%2Fetc%2Fpasswd", "/councils/http:%2F%2Fexample.com",
        "/%2e%2e/%2e%2e/etc/passwd",
    ]
    for p in paths:
        status, _, body = request(host, port, "GET", p)
        expect_clean(f"path {p[:60]}", status, {400, 404, 414, 431})
        if b"root:" in body:
            fail(f"path {p[:60]}: the response holds a system file")


def slow_body(host, port, seconds):
    """Sends headers for a 2,000-byte body, then one byte every 200 ms."""
    try:
        s = socket.create_connection((host, port), timeout=seconds + 30)
        s.sendall(b"POST /briefings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 2000\r\n\r\n{")
        deadline = time.time() + seconds
        s.settimeout(0.2)
        answer = b""
        while time.time() < deadline:
            try:
                s.sendall(b" ")
            except OSError:
                break
            try:
                answer = s.recv(4096)
                if answer:
                    break
            except socket.timeout:
                pass
        s.close()
        # Either the server gave up on us (408), or we gave up first: both are fine. A 5xx is not.
        if answer.startswith(b"HTTP/1.1 5"):
            fail(f"slow body: {answer[:40]!r}")
    except OSError as e:
        fail(f"slow body: could not connect: {e}")


def slow_headers(host, port, seconds):
    """Trickles a request line and headers one byte at a time (slowloris)."""
    try:
        s = socket.create_connection((host, port), timeout=seconds + 30)
        text = b"GET /councils/wakefield/briefing.pdf HTTP/1.1\r\nHost: x\r\n" + b"X-Slow: " + b"a" * 10_000
        deadline = time.time() + seconds
        for byte in text:
            if time.time() > deadline:
                break
            try:
                s.sendall(bytes([byte]))
            except OSError:
                break
            time.sleep(0.1)
        s.close()
    except OSError as e:
        fail(f"slow headers: could not connect: {e}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True)
    ap.add_argument("--pid", type=int, required=True)
    ap.add_argument("--slow-clients", type=int, default=50)
    ap.add_argument("--slow-seconds", type=float, default=8)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--max-growth-mb", type=float, default=15)
    args = ap.parse_args()
    u = urllib.parse.urlparse(args.url)
    host, port = u.hostname, u.port

    # Warm up: every allocation the service makes once (fonts, caches) happens before the baseline.
    for _ in range(3):
        malformed_json(host, port)
        deep_json(host, port)
        oversized(host, port)
        path_tricks(host, port)
        request(host, port, "GET", "/councils/wakefield/briefing.pdf")
    failures.clear()
    before = rss_mb(args.pid)

    good = GoodClient(host, port)
    good.start()
    for r in range(args.rounds):
        slow = [threading.Thread(target=slow_body, args=(host, port, args.slow_seconds)) for _ in range(args.slow_clients // 2)]
        slow += [threading.Thread(target=slow_headers, args=(host, port, args.slow_seconds)) for _ in range(args.slow_clients // 2)]
        for t in slow:
            t.start()
        noisy = [threading.Thread(target=f, args=(host, port)) for f in (malformed_json, deep_json, oversized, path_tricks)]
        for t in noisy:
            t.start()
        for t in noisy + slow:
            t.join()
    good.stop.set()
    good.join()
    time.sleep(0.5)
    after = rss_mb(args.pid)

    lat = sorted(good.latencies)
    p99 = lat[int(len(lat) * 0.99) - 1] if lat else float("nan")
    print(f"well-behaved client: {len(lat)} requests, {len(good.errors)} errors, p50 {lat[len(lat) // 2] * 1000:.1f} ms, "
          f"p99 {p99 * 1000:.1f} ms, max {lat[-1] * 1000:.1f} ms")
    print(f"server memory (RSS): {before:.1f} MB before, {after:.1f} MB after {args.rounds} rounds "
          f"({args.slow_clients} slow clients each)")
    for e in good.errors[:10]:
        fail(f"well-behaved client: {e}")
    if not lat:
        fail("well-behaved client made no requests")
    elif p99 > 2.0:
        fail(f"well-behaved client waited {p99:.2f} s at p99 while under attack")
    if after - before > args.max_growth_mb:
        fail(f"memory grew {after - before:.1f} MB (limit {args.max_growth_mb} MB)")
    for f in failures:
        print("FAIL:", f)
    print("hostile input: " + ("FAILED" if failures else "passed"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
