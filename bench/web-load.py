#!/usr/bin/env python3
"""Load on a running `perfeval serve`: /api/generate warm latency and a burst of concurrent validate requests.

Sends traffic to the given loopback address only, a bounded number of requests, and stops by itself.
Usage: python3 bench/web-load.py http://127.0.0.1:PORT DATA.json [GENERATE_RUNS] [CONCURRENT]
"""
import http.client
import statistics
import sys
import threading
import time
import urllib.parse

# The server's own time for each request (its Server-Timing header), beside the time the client saw.
SERVER = []


def connect(base):
    url = urllib.parse.urlsplit(base)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        sys.exit("only a server on this machine (127.0.0.1) is measured")
    return http.client.HTTPConnection(url.hostname, url.port, timeout=30)


def post(conn, path, body):
    start = time.perf_counter()
    conn.request("POST", path, body=body, headers={"Content-Type": "application/json"})
    response = conn.getresponse()
    data = response.read()
    timing = response.getheader("Server-Timing") or "app;dur=nan"
    SERVER.append(float(timing.split("dur=")[1]))
    return (time.perf_counter() - start) * 1000, response.status, len(data)


def summary(name, ms):
    ms = sorted(ms)
    p95 = ms[max(0, int(len(ms) * 0.95) - 1)]
    print(f"{name}: n={len(ms)} median {statistics.median(ms):.2f} ms, p95 {p95:.2f} ms, max {ms[-1]:.2f} ms, min {ms[0]:.2f} ms")


def main():
    base, data_file = sys.argv[1], sys.argv[2]
    runs = int(sys.argv[3]) if len(sys.argv) > 3 else 300
    concurrent = int(sys.argv[4]) if len(sys.argv) > 4 else 100
    body = open(data_file, "rb").read()

    print("load average at start:", open("/proc/loadavg").read().split()[:3])
    conn = connect(base)
    about = []
    for _ in range(runs):
        start = time.perf_counter()
        conn.request("GET", "/api/about")
        conn.getresponse().read()
        about.append((time.perf_counter() - start) * 1000)
    summary("GET /api/about (the HTTP path alone, for comparison)", about)
    for _ in range(50):  # warm-up: JIT, template compilation, connection
        _, status, _ = post(conn, "/api/generate", body)
        assert status == 200, status
    generate = []
    SERVER.clear()
    for _ in range(runs):
        ms, status, size = post(conn, "/api/generate", body)
        assert status == 200 and size > 10000, (status, size)
        generate.append(ms)
    summary("POST /api/generate (warm, one client, keep-alive)", generate)
    summary("  of which in the server (Server-Timing)", SERVER)
    validate = []
    SERVER.clear()
    for _ in range(runs):
        ms, status, _ = post(conn, "/api/validate", body)
        assert status == 200, status
        validate.append(ms)
    summary("POST /api/validate (warm, one client, keep-alive)", validate)
    summary("  of which in the server (Server-Timing)", SERVER)
    conn.close()

    # A burst: every client connects first, then all send one validate at the same moment.
    for round_no in range(3):
        barrier = threading.Barrier(concurrent)
        results = [None] * concurrent

        def client(i):
            c = connect(base)
            c.connect()
            barrier.wait()
            results[i] = post(c, "/api/validate", body)
            c.close()

        SERVER.clear()
        threads = [threading.Thread(target=client, args=(i,)) for i in range(concurrent)]
        start = time.perf_counter()
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        wall = (time.perf_counter() - start) * 1000
        assert all(r[1] == 200 for r in results), [r[1] for r in results]
        summary(f"{concurrent} concurrent POST /api/validate, round {round_no + 1} (burst wall {wall:.0f} ms)", [r[0] for r in results])
        summary("  of which in the server (Server-Timing)", SERVER)
    print("load average at end:", open("/proc/loadavg").read().split()[:3])


if __name__ == "__main__":
    main()
