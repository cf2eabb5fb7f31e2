#!/usr/bin/env bash
# Sets up (scripts/setup.sh) and runs every test. This is the README's test command and
# what .ci/run calls.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh

# The committed .ll must equal a fresh clang-19 regeneration (clang-19 comes from setup.sh).
if command -v clang-19 >/dev/null; then
  bash prebuilt_ir/regen.sh --check
fi

cargo test --release
