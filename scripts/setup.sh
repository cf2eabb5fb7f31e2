#!/usr/bin/env bash
# Installs what the tests and the app need on a fresh machine; idempotent (each step checks
# first). Called by scripts/test.sh and scripts/serve.sh, so a newcomer never runs it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v clang-19 >/dev/null || need_apt+=(clang-19)
dpkg -s llvm-19-dev >/dev/null 2>&1 || need_apt+=(llvm-19-dev libpolly-19-dev zlib1g-dev libzstd-dev)
command -v chromium >/dev/null || need_apt+=(chromium)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

if [ -f tests/vm/package.json ] && [ ! -d tests/vm/node_modules ]; then
  echo "setup: npm ci in tests/vm"
  (cd tests/vm && npm ci --no-audit --no-fund --loglevel=error)
fi

# The web app: wasm target, trunk, wasm-bindgen-cli, npm tools for Trunk and browser tests.
bash scripts/setup-web.sh
