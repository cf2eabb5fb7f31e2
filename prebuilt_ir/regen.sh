#!/usr/bin/env bash
# Regenerates prebuilt_ir/llama2_scratch.ll from llama2_scratch.c with clang-19.
#   bash prebuilt_ir/regen.sh          rewrite the committed .ll
#   bash prebuilt_ir/regen.sh --check  regenerate into a temp file, fail if it differs
#
# Flags: prebuilt_ir/clang-flags (shared by every .ll we generate) plus -O2. Why these:
#   --target=wasm32-unknown-unknown  32-bit pointers and ints: one list item per word
#   -ffreestanding -nostdlib         no libc; the program only calls the sb3_* externs
#   -fno-vectorize -fno-slp-vectorize  no <4 x float> vectors the lowering cannot express
#   -fno-unroll-loops                one loop body per C loop: fewer blocks, simpler CFG
#   -ffp-contract=off                no fused multiply-add: Scratch rounds each * and +,
#                                    and the Rust reference does the same operations
#   -fno-math-errno                  sqrt/exp/floor stay intrinsics, not libm calls
#   -fno-discard-value-names -g0     readable IR (C names kept), no debug metadata
#   -O2                              SSA registers instead of stack slots, inlining of the
#                                    small helpers, loop-invariant code hoisted
set -euo pipefail
cd "$(dirname "$0")"
CLANG=${CLANG:-clang-19}
compile() {
  # shellcheck disable=SC2046
  "$CLANG" $(cat clang-flags) -O2 -I. llama2_scratch.c -o "$1"
  # the module id and source path are the only host-specific lines: normalise them
  sed -i -e 's|^; ModuleID = .*|; ModuleID = '"'"'llama2_scratch.c'"'"'|' \
         -e 's|^source_filename = .*|source_filename = "llama2_scratch.c"|' "$1"
}
if [ "${1:-}" = "--check" ]; then
  tmp=$(mktemp -d)
  trap 'rm -rf "$tmp"' EXIT
  compile "$tmp/llama2_scratch.ll"
  if ! diff -u llama2_scratch.ll "$tmp/llama2_scratch.ll" >"$tmp/diff"; then
    head -40 "$tmp/diff"
    echo "regen.sh --check: prebuilt_ir/llama2_scratch.ll is stale; run bash prebuilt_ir/regen.sh" >&2
    exit 1
  fi
  echo "regen.sh --check: llama2_scratch.ll is up to date"
else
  compile llama2_scratch.ll
  echo "regen.sh: wrote prebuilt_ir/llama2_scratch.ll"
fi
