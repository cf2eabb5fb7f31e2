#!/usr/bin/env bash
# Installs what the tests and the app need on a fresh machine; idempotent (each step checks
# first). Called by scripts/test.sh and scripts/serve.sh, so a newcomer never runs it by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

need_apt=()
command -v clang-19 >/dev/null || need_apt+=(clang-19)
command -v wasm-ld-19 >/dev/null || need_apt+=(lld-19) # tests/c/wasm_check.sh
dpkg -s llvm-19-dev >/dev/null 2>&1 || need_apt+=(llvm-19-dev libpolly-19-dev zlib1g-dev libzstd-dev)
command -v chromium >/dev/null || need_apt+=(chromium)
command -v c++ >/dev/null || need_apt+=(g++) # libfuzzer-sys compiles libFuzzer (scripts/fuzz.sh)
command -v node >/dev/null || need_apt+=(nodejs)
command -v npm >/dev/null || need_apt+=(npm)
if [ ${#need_apt[@]} -gt 0 ]; then
  echo "setup: apt-get install ${need_apt[*]}"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
fi

# cargo fmt --check and cargo clippy run first in scripts/test.sh.
for component in clippy rustfmt; do
  if ! rustup component list --installed | grep -q "^$component"; then
    echo "setup: rustup component add $component"
    rustup component add "$component"
  fi
done

# npm ci again whenever package-lock.json changed since the last install.
if [ -f tests/vm/package.json ]; then
  lock_sum=$(sha256sum tests/vm/package-lock.json | cut -d' ' -f1)
  if [ "$(cat tests/vm/node_modules/.llm2sb3-lock 2>/dev/null)" != "$lock_sum" ]; then
    echo "setup: npm ci in tests/vm"
    (cd tests/vm && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_sum" > tests/vm/node_modules/.llm2sb3-lock
  fi
fi

# The web app: wasm target, trunk, wasm-bindgen-cli, npm tools for Trunk and browser tests.
bash scripts/setup-web.sh
