#!/usr/bin/env bash
# Builds the web app for release into dist/ (any static host can serve it, from any folder),
# with the demo model in dist/demo/ when ../shared/models has it. Prints the gzipped size of
# the wasm + JS the page and worker load.
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${LLM2SB3_SKIP_SETUP:-}" = 1 ] || bash scripts/setup.sh
source scripts/web-env.sh
trunk build --release "$@"
total=0
for f in dist/*.wasm dist/*.js; do
  total=$((total + $(gzip -9 -c "$f" | wc -c)))
done
echo "dist/: wasm + JS gzipped = $total bytes ($(awk "BEGIN{printf \"%.2f\", $total/1048576}") MiB; budget 1.5 MiB)"
