#!/usr/bin/env bash
# Checks a native (AOT) build of perfeval against the portable build of the same source: every command's output and
# every package must be byte-identical. Native AOT compiles reflection ahead of time, so a difference would show here
# first (the test suite runs the portable build).
# Usage: bash tools/aot-check.sh [PUBLISHED_DIR] [UNITS]   (defaults: publish/perfeval, 200 generated units)
set -euo pipefail
cd "$(dirname "$0")/.."
native=$(realpath "${1:-publish/perfeval}")/perfeval
units=${2:-200}
work=$(mktemp -d)
trap 'rm -rf "$work"; [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null || true' EXIT

dotnet build -c Release src/PerfEvalDocGen.Cli -o "$work/portable" >/dev/null
dotnet build -c Release bench/PerfEvalDocGen.Bench >/dev/null
dotnet bench/PerfEvalDocGen.Bench/bin/Release/net10.0/PerfEvalDocGen.Bench.dll corpus "$work/corpus" "$units" >/dev/null
portable=(dotnet "$work/portable/perfeval.dll")
failures=0
same() { # label, file A, file B
  if cmp -s "$2" "$3"; then return 0; fi
  echo "不同：$1"; failures=$((failures + 1))
}
run() { # dir, command...: stdout, stderr and exit code into dir
  local dir=$1; shift
  mkdir -p "$dir"
  (cd "$dir" && { "$@" >stdout 2>stderr; echo $? >code; } || true)
}

# Single commands over the examples, a starter file, a broken file and the corpus (validate only, to keep it short).
cp examples/*.json "$work/corpus/"
"$native" init --unit 测试单位 --year 2024 -o "$work/corpus/starter.json" >/dev/null
sed -e 's/"fullYearBudget": [0-9.]*/"fullYearBudget": 055/' examples/yueyanglou-2023.json >"$work/corpus/broken.json"
checked=0
for file in "$work"/corpus/*.json; do
  name=$(basename "$file" .json)
  # One process per command is slow for the portable build: the batch below covers the rest of the corpus.
  if [[ $name == unit-* && $name > unit-00019 ]]; then continue; fi
  for build in native portable; do
    if [[ $build == native ]]; then cli=("$native"); else cli=("${portable[@]}"); fi
    run "$work/$build/$name/validate" "${cli[@]}" validate "$file" --format json
    run "$work/$build/$name/generate" "${cli[@]}" generate "$file" -o "$work/$build/$name/generate/out"
  done
  for part in stdout stderr code; do
    same "$name validate $part" "$work/native/$name/validate/$part" "$work/portable/$name/validate/$part"
  done
  for part in stderr code; do
    same "$name generate $part" "$work/native/$name/generate/$part" "$work/portable/$name/generate/$part"
  done
  for package in "$work/native/$name/generate/out"/*.docx; do
    [[ -e "$package" ]] && same "$name package" "$package" "$work/portable/$name/generate/out/$(basename "$package")"
  done
  checked=$((checked + 1))
done

# A batch over all of them, then the schema and the template sets.
run "$work/native/batch" "$native" batch "$work/corpus" -o "$work/native/batch/out" --report "$work/native/batch/report.json"
run "$work/portable/batch" "${portable[@]}" batch "$work/corpus" -o "$work/portable/batch/out" --report "$work/portable/batch/report.json"
same "batch exit code" "$work/native/batch/code" "$work/portable/batch/code"
for package in "$work/native/batch/out"/*.docx; do
  same "batch $(basename "$package")" "$package" "$work/portable/batch/out/$(basename "$package")"
done
for command in schema "templates list" "--version"; do
  run "$work/native/$command" "$native" $command
  run "$work/portable/$command" "${portable[@]}" $command
  same "$command" "$work/native/$command/stdout" "$work/portable/$command/stdout"
done

# The web server: a package from POST /api/generate is the one generate writes.
port=$((20000 + RANDOM % 20000))
"$native" serve --port "$port" >"$work/serve.log" 2>&1 & server=$!
for _ in $(seq 50); do curl -sf "http://127.0.0.1:$port/api/about" >/dev/null && break; sleep 0.1; done
curl -sf -X POST --data-binary @examples/yueyanglou-2023.json "http://127.0.0.1:$port/api/generate" -o "$work/web.docx"
same "serve /api/generate" "$work/web.docx" "$(ls "$work"/portable/yueyanglou-2023/generate/out/*.docx)"

packages=$(ls "$work"/native/*/generate/out/*.docx "$work"/native/batch/out/*.docx 2>/dev/null | wc -l)
echo "$checked 个数据文件逐条命令、$units 个单位批量，$packages 个文档包比较完毕：$failures 处不同"
[[ $failures -eq 0 ]]
