#!/usr/bin/env bash
# Long run of the property tests over generated units (tests/PerfEvalDocGen.Tests/Generated):
#   tools/fuzz.sh [CASES] [SEED]
# CASES generated units (default 2000) and CASES/2 single mutations; SEED replays a failure CsCheck printed.
# A failure prints the shrunk unit as JSON with what it broke. Figures of past runs: docs/generated-units.md.
set -euo pipefail
cd "$(dirname "$0")/.."
export PERFEVAL_GENERATED_CASES="${1:-2000}"
export PERFEVAL_GENERATED_SEED="${2:-random}"
dotnet build tests/PerfEvalDocGen.Tests -v quiet -nologo
start=$(date +%s)
dotnet test tests/PerfEvalDocGen.Tests --no-build --filter "FullyQualifiedName~GeneratedUnitTests" --logger "console;verbosity=normal"
echo "generated units: ${PERFEVAL_GENERATED_CASES}, mutations: $((PERFEVAL_GENERATED_CASES / 2)), $(( $(date +%s) - start )) s"
