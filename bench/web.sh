#!/usr/bin/env bash
# Speed of `perfeval serve`: warm /api/generate latency of the seed-004 package and 100 concurrent validate requests.
# Builds the CLI in Release (or takes the published one named by PERFEVAL, e.g. PERFEVAL=publish/perfeval/perfeval),
# starts the server on a free loopback port, runs bench/web-load.py, stops the server.
# Usage: [PERFEVAL=…] bash bench/web.sh [GENERATE_RUNS] [CONCURRENT]   (defaults 300, 100). Needs python3.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
if [ -n "${PERFEVAL:-}" ]; then
  "$PERFEVAL" serve --port 0 >"$work/serve.log" 2>&1 &
else
  dotnet build -c Release src/PerfEvalDocGen.Cli -o "$work/cli" >/dev/null
  dotnet "$work/cli/perfeval.dll" serve --port 0 >"$work/serve.log" 2>&1 &
fi
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null; rm -rf "$work"' EXIT
for _ in $(seq 100); do
  address=$(grep -o 'http://127.0.0.1:[0-9]*' "$work/serve.log" || true)
  [ -n "$address" ] && break
  sleep 0.1
done
[ -n "$address" ] || { cat "$work/serve.log" >&2; exit 1; }
SERVER_PID=$server python3 bench/web-load.py "$address" examples/yueyanglou-2023.json "${1:-300}" "${2:-100}"
