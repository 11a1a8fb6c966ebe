#!/usr/bin/env bash
# Installs what building, the demo and the tests need on a fresh Debian machine,
# and skips whatever is already there: Node.js 22 (from the npm registry's `node`
# package, when the machine's Node is older), Debian's Chromium and Firefox ESR,
# a CJK font (so screenshots show 汉字, not boxes), and the npm dependencies from
# the lockfile.
set -euo pipefail
cd "$(dirname "$0")/.."

node_major=$(node -p 'process.versions.node.split(".")[0]' 2>/dev/null || echo 0)
if [ "$node_major" -lt 22 ]; then
  echo "setup: Node $(node --version 2>/dev/null || echo none) is older than 22; installing node@22"
  npm install -g --force --no-audit --no-fund node@22
  hash -r
fi

missing=()
[ -x /usr/lib/chromium/chromium ] || missing+=(chromium)
[ -x /usr/lib/firefox-esr/firefox-esr ] || missing+=(firefox-esr)
dpkg -s fonts-wqy-microhei >/dev/null 2>&1 || dpkg -s fonts-noto-cjk >/dev/null 2>&1 ||
  missing+=(fonts-wqy-microhei)
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing ${missing[*]} with apt"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# npm writes node_modules/.package-lock.json on install: reinstall when it is
# missing or older than the lockfile.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
fi
