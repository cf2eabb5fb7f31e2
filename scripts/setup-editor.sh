#!/usr/bin/env bash
# Installs what tests/editor needs; idempotent (each step checks first). Called by
# scripts/setup.sh.
# - tests/editor/node_modules: playwright-core (npm ci whenever package-lock.json changed).
# - tests/editor/vendor/scratch-gui-standalone: the official Scratch 3 editor, npm
#   @scratch/scratch-gui-standalone at a pinned version and integrity. Its dist/ is a built,
#   self-contained editor, so `npm pack` fetches just that package (150 MB, ~20 s) instead of
#   `npm install`, which would pull its ~740 build-time dependencies (1.1 GB, ~3 min).
set -euo pipefail
cd "$(dirname "$0")/.."

GUI_VERSION=15.1.1
GUI_INTEGRITY=sha512-PJu+9HlhtETpKeVvIAVA7GTcbemBcLrXEe35GP4dnET2/AKP9riAAUAd0aP5jsddIGA2PzHyHjWihHMe3Ix7vw==

dir=tests/editor
lock_sum=$(sha256sum "$dir/package-lock.json" | cut -d' ' -f1)
if [ "$(cat "$dir/node_modules/.llm2sb3-lock" 2>/dev/null)" != "$lock_sum" ]; then
  echo "setup: npm ci in $dir"
  (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  echo "$lock_sum" > "$dir/node_modules/.llm2sb3-lock"
fi

gui=$dir/vendor/scratch-gui-standalone
if [ "$(cat "$gui/.llm2sb3-integrity" 2>/dev/null)" != "$GUI_INTEGRITY" ]; then
  echo "setup: npm pack @scratch/scratch-gui-standalone@$GUI_VERSION into $gui"
  tmp=$(mktemp -d)
  (cd "$tmp" && npm pack "@scratch/scratch-gui-standalone@$GUI_VERSION" --silent >/dev/null)
  tgz=("$tmp"/*.tgz)
  got=sha512-$(openssl dgst -sha512 -binary "${tgz[0]}" | base64 -w0)
  if [ "$got" != "$GUI_INTEGRITY" ]; then
    echo "setup: scratch-gui-standalone $GUI_VERSION has integrity $got, expected $GUI_INTEGRITY" >&2
    rm -rf "$tmp"
    exit 1
  fi
  rm -rf "$gui"
  mkdir -p "$gui"
  tar -xzf "${tgz[0]}" -C "$gui" --strip-components=1 package/dist package/LICENSE package/package.json
  echo "$GUI_INTEGRITY" > "$gui/.llm2sb3-integrity"
  rm -rf "$tmp"
fi
