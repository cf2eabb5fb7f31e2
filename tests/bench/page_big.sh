#!/usr/bin/env bash
# Page build of the big shapes (figures, not pass/fail; not part of the test command): writes
# the stories15M/42M/110M-shaped checkpoints (random weights) like tests/bench/big.sh, builds
# the web app (scripts/build-web.sh, unless NO_BUILD=1) and runs tests/bench/page_big.js, which
# drops each checkpoint on the page in Chromium and builds it there: one JSON line per shape x
# preset (build wall time, worker wasm memory, renderer peak RSS, sizes; or the refusal).
#   SHAPES="15M 42M" PRESETS="quant=q8&group=32&target=turbowarp" bash tests/bench/page_big.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SHAPES=${SHAPES:-"15M 42M 110M"}
PRESETS=${PRESETS:-"quant=q8&group=32&target=turbowarp quant=q8&group=4&target=turbowarp quant=float&target=turbowarp"}
D=target/big-shapes
[ -f "$D/110M.bin" ] || cargo test --release --test big -- --ignored write_benchmark_shapes >&2
[ -n "${NO_BUILD:-}" ] || LLM2SB3_SKIP_SETUP=1 bash scripts/build-web.sh >&2
# shellcheck disable=SC2086
node tests/bench/page_big.js "$D" "$(echo $SHAPES | tr ' ' ',')" $PRESETS
