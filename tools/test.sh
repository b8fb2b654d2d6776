#!/usr/bin/env bash
# Runs the test suite. The tests open real packages in LibreOffice, read PDFs with pdftotext and drive the web page in
# Chromium, so on a fresh Debian/Ubuntu machine this installs them first (with the free CJK fonts the PDF mapping uses:
# Noto Serif/Sans CJK and AR PL UKai), then runs dotnet test. The font mapping itself travels with each LibreOffice
# start (a private FONTCONFIG_FILE), so nothing is written into /etc.
# Extra arguments go to dotnet test.
set -uo pipefail
cd "$(dirname "$0")/.."

need=()
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui)
command -v pdftotext >/dev/null 2>&1 || need+=(poppler-utils)
fc-list 2>/dev/null | grep -q "Noto Serif CJK" || need+=(fonts-noto-cjk)
fc-list 2>/dev/null | grep -q "AR PL UKai" || need+=(fonts-arphic-ukai)
# The page of `perfeval serve` is tested in Debian's Chromium, driven headless by Playwright (its own browser download
# is not used).
[ -x /usr/bin/chromium ] || need+=(chromium)
if [ ${#need[@]} -gt 0 ]; then
  echo "安装测试所需的软件包：${need[*]}"
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  export DEBIAN_FRONTEND=noninteractive
  $sudo apt-get update -qq && $sudo apt-get install -y -qq "${need[@]}" >/dev/null \
    || { echo "软件包安装失败：${need[*]}" >&2; exit 1; }
fi

exec dotnet test PerfEvalDocGen.sln "$@"
