#!/usr/bin/env bash
# The long fault-injection run: many SIGKILLs of real batches at random points, then the check that the next run
# leaves every report exactly what its input makes. CI runs the same test with 20 kills and a fixed seed.
# Usage: bash tools/fault-run.sh [KILLS] [SEED] [UNITS]   (defaults: 200 kills, seed from the clock, 60 units)
set -euo pipefail
cd "$(dirname "$0")/.."
kills=${1:-200}
seed=${2:-$(date +%s)}
units=${3:-60}
echo "kills=$kills seed=$seed units=$units"
start=$(date +%s)
PERFEVAL_FAULT_KILLS=$kills PERFEVAL_FAULT_SEED=$seed PERFEVAL_FAULT_UNITS=$units \
  dotnet test tests/PerfEvalDocGen.Tests \
  --filter "FullyQualifiedName~FaultInjectionTests.After_kills_at_random_points" --logger "console;verbosity=detailed" \
  | grep -E "Passed|Failed|Error Message|Assert|differs|kills landed|reports equal" || true
echo "elapsed $(( $(date +%s) - start )) s"
