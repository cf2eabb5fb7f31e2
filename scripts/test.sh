#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every test. This is the README's test command and
# what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

cargo test --release

# The parser's fixtures equal a fresh clang-19 build; our LLVM IR parser agrees with LLVM's
# own on every committed .ll (llvm-19-dev from setup.sh).
bash tests/llvm/regen.sh --check
LLVM_SYS_191_PREFIX=/usr/lib/llvm-19 cargo test --release --features llvm-oracle --test llvm_oracle
