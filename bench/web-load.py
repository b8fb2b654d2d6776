#!/usr/bin/env python3
"""Load on a running `perfeval serve`: /api/generate warm latency and a burst of concurrent validate requests.

Sends traffic to the given loopback address only, a bounded number of requests, and stops by itself.
Usage: python3 bench/web-load.py http://127.0.0.1:PORT DATA.json [GENERATE_RUNS] [CONCURRENT]
"""
import asyncio
import json
import os
import http.client
import statistics
import sys
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


async def burst(base, bodies):
    url = urllib.parse.urlsplit(base)
    streams = [await asyncio.open_connection(url.hostname, url.port) for _ in bodies]
    requests = [(f"POST /api/validate HTTP/1.1\r\nHost: {url.hostname}:{url.port}\r\nContent-Type: application/json\r\n"
                 f"Content-Length: {len(body)}\r\n\r\n").encode() + body for body in bodies]

    async def one(reader, writer, request):
        start = time.perf_counter()
        writer.write(request)
        await writer.drain()
        head = await reader.readuntil(b"\r\n\r\n")
        headers = dict(line.split(": ", 1) for line in head.decode().split("\r\n")[1:] if ": " in line)
        await reader.readexactly(int(headers["Content-Length"]))
        elapsed = (time.perf_counter() - start) * 1000
        assert head.startswith(b"HTTP/1.1 200"), head[:40]
        SERVER.append(float(headers.get("Server-Timing", "app;dur=nan").split("dur=")[1]))
        writer.close()
        return elapsed

    start = time.perf_counter()
    times = await asyncio.gather(*(one(r, w, q) for (r, w), q in zip(streams, requests)))
    return list(times), (time.perf_counter() - start) * 1000


def distinct(body, count, seed):
    """count data files, each the example with its executed total changed by a different amount: no two requests are
    the same, and the checks' caches (keyed on the figures) cannot answer one from another."""
    data = json.loads(body)
    executed = data["budget"]["executed"]
    files = []
    for i in range(count):
        data["budget"]["executed"] = round(executed - (seed * count + i + 1) / 100, 2)
        files.append(json.dumps(data, ensure_ascii=False, indent=2).encode())
    return files


def cpu_ms():
    """The server process's CPU time so far (user + system), when bench/web.sh passes its id; CPU time, unlike
    latency, hardly depends on what else the machine is running."""
    pid = os.environ.get("SERVER_PID")
    if not pid:
        return float("nan")
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) * 1000 / os.sysconf("SC_CLK_TCK")


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
    cpu = cpu_ms()
    for _ in range(runs):
        ms, status, size = post(conn, "/api/generate", body)
        assert status == 200 and size > 10000, (status, size)
        generate.append(ms)
    print(f"  server CPU per generate request: {(cpu_ms() - cpu) / runs:.2f} ms")
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

    # A burst: 100 connections opened first, then one validate sent on each at the same moment. One asyncio loop in
    # one thread, so the client's own scheduling (Python threads take turns holding the interpreter lock) is not
    # counted as the server's time.
    # Three bursts of the same file, then three of distinct files (every request checked from scratch).
    for round_no in range(6):
        same = round_no < 3
        bodies = [body] * concurrent if same else distinct(body, concurrent, round_no)
        SERVER.clear()
        cpu = cpu_ms()
        times, wall = asyncio.run(burst(base, bodies))
        print(f"  server CPU for the whole burst: {cpu_ms() - cpu:.0f} ms")
        kind = "the same file" if same else "distinct files"
        summary(f"{concurrent} concurrent POST /api/validate of {kind}, round {round_no % 3 + 1} (burst wall {wall:.0f} ms)", times)
        summary("  of which in the server (Server-Timing)", SERVER)
    print("load average at end:", open("/proc/loadavg").read().split()[:3])


if __name__ == "__main__":
    main()
