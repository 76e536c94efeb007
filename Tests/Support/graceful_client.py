#!/usr/bin/env python3
"""Graceful shutdown check for `brief serve` (used by ServeCommandTests).

Starts a POST /briefings whose body is only half sent, sends the server SIGTERM, checks that a
new connection is then refused, sends the rest of the body, and expects the in-flight request
to be answered in full with a PDF. Prints one line; exit 0 when all of that held.
"""
import os
import signal
import socket
import sys
import time
import urllib.request

port, pid = int(sys.argv[1]), int(sys.argv[2])
record = urllib.request.urlopen(f"http://127.0.0.1:{port}/councils/wakefield").read()
head = (f"POST /briefings HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        f"Content-Length: {len(record)}\r\nConnection: close\r\n\r\n").encode()
s = socket.create_connection(("127.0.0.1", port), timeout=20)
half = len(record) // 2
s.sendall(head + record[:half])
time.sleep(0.3)
os.kill(pid, signal.SIGTERM)
time.sleep(0.5)
refused = False
try:
    socket.create_connection(("127.0.0.1", port), timeout=2).close()
except OSError:
    refused = True
s.sendall(record[half:])
answer = b""
while True:
    chunk = s.recv(65536)
    if not chunk:
        break
    answer += chunk
s.close()
status = answer.split(b"\r\n", 1)[0].decode(errors="replace")
pdf = b"\r\n\r\n%PDF-" in answer
print(f"in-flight request: {status}, PDF: {pdf}, new connections refused after SIGTERM: {refused}")
sys.exit(0 if status == "HTTP/1.1 200 OK" and pdf and refused else 1)
