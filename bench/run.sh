#!/usr/bin/env bash
# Whole-process benchmarks: batch throughput and peak memory over a corpus of distinct units, and a cold
# `perfeval generate`, with the CLI published as it is installed (tools/publish.sh: one native executable). In-process figures: bench/PerfEvalDocGen.Bench (BenchmarkDotNet).
# Usage: [PERFEVAL=…] bash bench/run.sh [UNITS]   (default 1000; PERFEVAL names an already published perfeval to measure
# instead of publishing one). Needs hyperfine and GNU time (apt-get install hyperfine time).
set -euo pipefail
cd "$(dirname "$0")/.."
units=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if [ -n "${PERFEVAL:-}" ]; then
  cli=$(realpath "$PERFEVAL")
else
  bash tools/publish.sh "$work/cli" >/dev/null
  cli="$work/cli/perfeval"
fi
dotnet run -c Release --project bench/PerfEvalDocGen.Bench -- corpus "$work/corpus" "$units" >/dev/null

echo "== batch of $units units (all cores, regenerate everything, each into a new folder)"
# Each run writes into a folder of its own: deleting the last run's thousands of files just before would measure ext4
# looking for inodes not recently freed, not this tool (see docs/performance.md).
for size in $((units / 4)) $((units / 2)) "$units"; do
  mkdir -p "$work/subset-$size"
  for file in $(cd "$work/corpus" && ls | sort | head -n "$size" || true); do ln -s "$work/corpus/$file" "$work/subset-$size/$file"; done
  /usr/bin/time -f "%e %M" -o "$work/time" "$cli" batch "$work/subset-$size" -o "$work/out-$size" --force >/dev/null
  read -r seconds kb < "$work/time"
  awk -v n="$size" -v s="$seconds" -v kb="$kb" 'BEGIN { printf "%5d units: %6.2f s, %6.0f packages/s, peak %5.0f MB\n", n, s, n / s, kb / 1024 }'
done

echo "== regenerating $units units into the folder that holds their reports (every report replaced)"
/usr/bin/time -f "%e %M" -o "$work/time" "$cli" batch "$work/subset-$units" -o "$work/out-$units" --force >/dev/null
read -r seconds kb < "$work/time"
awk -v n="$units" -v s="$seconds" -v kb="$kb" 'BEGIN { printf "%5d units: %6.2f s, %6.0f packages/s, peak %5.0f MB\n", n, s, n / s, kb / 1024 }'

echo "== up-to-date check of $units units (nothing to regenerate)"
/usr/bin/time -f "%e %M" -o "$work/time" "$cli" batch "$work/subset-$units" -o "$work/out-$units" >/dev/null
read -r seconds kb < "$work/time"
awk -v n="$units" -v s="$seconds" -v kb="$kb" 'BEGIN { printf "%5d units: %6.2f s, peak %5.0f MB\n", n, s, kb / 1024 }'

echo "== cold perfeval generate (one process per run)"
hyperfine --warmup 3 --runs 20 -N "$cli generate examples/yueyanglou-2023.json -o $work/cold" 2>&1 | grep -E "Time|Range"
