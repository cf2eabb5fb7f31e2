#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every test. This is the README's test command and
# what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# Formatting and lints first, before the slow tests: natively, and for wasm32 the library
# and the page's two binaries (the CLI, its tests and benches need a native target).
cargo fmt --check
cargo clippy --all-targets -- -D warnings
cargo clippy --target wasm32-unknown-unknown --lib --bin app --bin worker -- -D warnings

# Committed IR must equal a fresh clang-19 regeneration (clang-19 comes from setup.sh):
# the inference program, the corpus, and the LLVM parser's fixtures.
if command -v clang-19 >/dev/null; then
  bash prebuilt_ir/regen.sh --check
  bash tests/c/regen.sh --check
  bash tests/llvm/regen.sh --check
fi
# The differential corpus: committed native outputs must match fresh ones ...
bash tests/c/expected.sh --check
# ... and the committed IR, run as real wasm32, prints the native outputs (portability).
if command -v wasm-ld-19 >/dev/null; then bash tests/c/wasm_check.sh; fi

cargo test --release

# Coverage-guided fuzzing, briefly: every fuzz target ~20 s from its committed seeds (fuzz/).
bash scripts/fuzz.sh smoke

# Our LLVM IR parser agrees with LLVM's own on every committed .ll (llvm-19-dev from setup.sh).
LLVM_SYS_191_PREFIX=/usr/lib/llvm-19 cargo test --release --features llvm-oracle --test llvm_oracle

# The web app in a real browser (release build into dist/, then Chromium).
LLM2SB3_SKIP_SETUP=1 bash scripts/test-web.sh
