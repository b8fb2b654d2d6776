#!/usr/bin/env bash
# Publishes the perfeval command as it is meant to be installed: self-contained (no .NET needed on the target) and
# ReadyToRun composite (the tool, its libraries and the runtime precompiled together), which starts fastest.
# Usage: bash tools/publish.sh [OUTPUT_DIR] [RUNTIME_ID]   (defaults: publish/perfeval, linux-x64)
set -euo pipefail
cd "$(dirname "$0")/.."
output=${1:-publish/perfeval}
rid=${2:-linux-x64}
# A framework-dependent build for the same runtime id leaves intermediate files a self-contained publish must not reuse.
rm -rf "src/PerfEvalDocGen.Cli/obj/Release/net10.0/$rid" "src/PerfEvalDocGen.Cli/bin/Release/net10.0/$rid"
dotnet publish src/PerfEvalDocGen.Cli -c Release -r "$rid" --self-contained true \
  -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$output"
rm -rf "src/PerfEvalDocGen.Cli/obj/Release/net10.0/$rid" "src/PerfEvalDocGen.Cli/bin/Release/net10.0/$rid"
echo "已发布：$output/perfeval"
