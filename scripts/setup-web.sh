#!/usr/bin/env bash
# Installs what the web app's build and browser tests need; idempotent (each step checks
# first). Called by scripts/setup.sh. Trunk then builds offline: wasm-bindgen from the
# installed CLI (same version as the crate's `=` pin in Cargo.toml), wasm-opt from npm binaryen.
set -euo pipefail
cd "$(dirname "$0")/.."

TRUNK_VERSION=0.21.14       # trunk 0.22 needs a newer rustc than 1.95
WASM_BINDGEN_VERSION=0.2.130 # must equal the wasm-bindgen pin in Cargo.toml

if ! rustup target list --installed | grep -qx wasm32-unknown-unknown; then
  echo "setup: rustup target add wasm32-unknown-unknown"
  rustup target add wasm32-unknown-unknown
fi
if ! trunk --version 2>/dev/null | grep -q " $TRUNK_VERSION\$"; then
  echo "setup: cargo install trunk $TRUNK_VERSION (about 11 minutes on 2 cores)"
  cargo install --locked trunk --version "$TRUNK_VERSION"
fi
if ! wasm-bindgen --version 2>/dev/null | grep -q " $WASM_BINDGEN_VERSION\$"; then
  echo "setup: cargo install wasm-bindgen-cli $WASM_BINDGEN_VERSION"
  # not --locked: its lockfile names a dependency version the registry no longer has
  cargo install wasm-bindgen-cli --version "$WASM_BINDGEN_VERSION"
fi

# npm ci again whenever a package-lock.json changed since the last install.
for dir in web/tools tests/web; do
  lock_sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
  if [ "$(cat "$dir/node_modules/.llm2sb3-lock" 2>/dev/null)" != "$lock_sum" ]; then
    echo "setup: npm ci in $dir"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
    echo "$lock_sum" > "$dir/node_modules/.llm2sb3-lock"
  fi
done
