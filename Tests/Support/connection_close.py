"""Issue 15, point 9: requests that do not keep the connection alive get their response and an
immediate close, not a connection held for the idle timeout. Prints one line per case and exits 1
if any connection stayed open longer than 3 s or gave the wrong number of responses."""
import socket, sys, time

port = int(sys.argv[1])
cases = [
    ("HTTP/1.0 without keep-alive", b"GET /health HTTP/1.0\r\n\r\n", 1),
    ("HTTP/1.1 Connection: close, te", b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close, te\r\n\r\n", 1),
    ("two pipelined, the second closing", b"GET /health HTTP/1.1\r\nHost: x\r\n\r\nGET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 2),
]
failed = 0
for name, request, responses in cases:
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(3)
    start = time.time()
    s.sendall(request)
    data, closed = b"", False
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                closed = True
                break
            data += chunk
    except socket.timeout:
        pass
    s.close()
    count = data.count(b"HTTP/1.1 200")
    ok = closed and count == responses
    failed += not ok
    print(f"{name}: {count} responses, {'closed' if closed else 'still open'} after {time.time() - start:.2f} s", "ok" if ok else "FAILED")
sys.exit(1 if failed else 0)
