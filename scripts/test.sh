#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every test. This is the README's test command and
# what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# The differential corpus: committed IR and native outputs must match fresh ones.
if command -v clang-19 >/dev/null; then bash tests/c/regen.sh --check; fi
bash tests/c/expected.sh --check
# ... and the committed IR, run as real wasm32, prints the native outputs (portability).
if command -v wasm-ld-19 >/dev/null; then bash tests/c/wasm_check.sh; fi

cargo test --release
