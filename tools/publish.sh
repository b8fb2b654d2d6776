#!/usr/bin/env bash
# Publishes the perfeval command as it is meant to be installed: one native executable (Native AOT), with no .NET needed
# on the target and nothing compiled at run time, which starts fastest. Needs a C toolchain for the final link
# (clang or gcc) and zlib (Debian: apt-get install -y clang zlib1g-dev, or gcc instead of clang).
# For a runtime id other than this machine's (Native AOT does not cross-compile between operating systems), the
# previous form is published instead: self-contained, ReadyToRun composite.
# Usage: bash tools/publish.sh [OUTPUT_DIR] [RUNTIME_ID]   (defaults: publish/perfeval, linux-x64)
# Check a native build against the portable one: bash tools/aot-check.sh OUTPUT_DIR
set -euo pipefail
cd "$(dirname "$0")/.."
output=${1:-publish/perfeval}
rid=${2:-linux-x64}
host_rid="linux-$(uname -m | sed -e 's/x86_64/x64/' -e 's/aarch64/arm64/')"
# A framework-dependent build for the same runtime id leaves intermediate files a self-contained publish must not reuse.
clean() { rm -rf "src/PerfEvalDocGen.Cli/obj/Release/net10.0/$rid" "src/PerfEvalDocGen.Cli/bin/Release/net10.0/$rid"; }
clean
if [[ "$rid" == "$host_rid" ]]; then
  linker=clang
  command -v clang >/dev/null || linker=gcc
  # Reflection stays as it is in the portable build: the library and its model are kept whole (TrimMode=partial trims
  # only assemblies that declare themselves trimmable), and tools/aot-check.sh compares the two builds' output byte for
  # byte, so the analyzers' warnings about reflection are not needed here.
  dotnet publish src/PerfEvalDocGen.Cli -c Release -r "$rid" \
    -p:PublishAot=true -p:TrimMode=partial -p:CppCompilerAndLinker="$linker" \
    -p:EnableTrimAnalyzer=false -p:EnableAotAnalyzer=false -p:SuppressTrimAnalysisWarnings=true -p:TreatWarningsAsErrors=false \
    -o "$output"
  # Debug symbols and XML docs are for developers, not for the installed tool (PERFEVAL_KEEP_SYMBOLS=1 keeps
  # perfeval.dbg, for perf to name the functions of a profile).
  [[ "${PERFEVAL_KEEP_SYMBOLS:-}" == 1 ]] || rm -f "$output"/*.dbg
  rm -f "$output"/*.pdb "$output"/*.xml
else
  dotnet publish src/PerfEvalDocGen.Cli -c Release -r "$rid" --self-contained true \
    -p:PublishReadyToRun=true -p:PublishReadyToRunComposite=true -o "$output"
fi
clean
echo "已发布：$output/perfeval"
