#!/usr/bin/env bash
# Whole-process benchmarks: batch throughput and peak memory over a corpus of distinct units, and a cold
# `perfeval generate`, with the CLI published ReadyToRun. In-process figures: bench/PerfEvalDocGen.Bench (BenchmarkDotNet).
# Usage: bash bench/run.sh [UNITS]   (default 1000). Needs hyperfine and GNU time (apt-get install hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

dotnet publish src/PerfEvalDocGen.Cli -c Release -r linux-x64 --self-contained false -p:PublishReadyToRun=true -o "$work/cli" >/dev/null
dotnet run -c Release --project bench/PerfEvalDocGen.Bench -- corpus "$work/corpus" "$units" >/dev/null
cli="$work/cli/perfeval"

echo "== batch of $units units (all cores, regenerate everything)"
for size in $((units / 4)) $((units / 2)) "$units"; do
  rm -rf "$work/out"
  mkdir -p "$work/subset"; rm -f "$work/subset"/*.json
  for file in $(cd "$work/corpus" && ls | sort | head -n "$size" || true); do ln -s "$work/corpus/$file" "$work/subset/$file"; done
  /usr/bin/time -f "%e %M" -o "$work/time" "$cli" batch "$work/subset" -o "$work/out" --force >/dev/null
  read -r seconds kb < "$work/time"
  awk -v n="$size" -v s="$seconds" -v kb="$kb" 'BEGIN { printf "%5d units: %6.2f s, %6.0f packages/s, peak %5.0f MB\n", n, s, n / s, kb / 1024 }'
done

echo "== up-to-date check of $units units (nothing to regenerate)"
/usr/bin/time -f "%e %M" -o "$work/time" "$cli" batch "$work/subset" -o "$work/out" >/dev/null
read -r seconds kb < "$work/time"
awk -v n="$units" -v s="$seconds" -v kb="$kb" 'BEGIN { printf "%5d units: %6.2f s, peak %5.0f MB\n", n, s, kb / 1024 }'

echo "== cold perfeval generate (one process per run)"
hyperfine --warmup 3 --runs 20 -N "$cli generate examples/yueyanglou-2023.json -o $work/cold" 2>&1 | grep -E "Time|Range"
