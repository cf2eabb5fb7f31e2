#!/usr/bin/env bash
# Regenerates tests/llvm/fixtures/*.ll from the .c files beside them, with the project's pinned
# clang flags (prebuilt_ir/clang-flags), at -O0 and -O2. The parser tests read these files.
set -euo pipefail
cd "$(dirname "$0")/fixtures"
flags=$(grep -v '^#' ../../../prebuilt_ir/clang-flags | tr '\n' ' ')
for c in *.c; do
  base=${c%.c}
  for opt in O0 O2; do
    # shellcheck disable=SC2086
    clang-19 $flags -$opt "$c" -o "$base.$opt.ll"
  done
done
