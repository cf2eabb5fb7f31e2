#!/usr/bin/env bash
# Checks the corpus oracle against the committed IR itself: links every tests/c/ll/*.ll
# into a real WebAssembly module (wasm-ld from Debian lld-19) and runs it in Node with
# the output externs implemented in JavaScript; its output must equal expected/NAME.json.
# A difference means a program is not portable between wasm32 and the native build (or
# clang -O0 and -O2 disagree), so the expected file is no oracle for that .ll.
#
#   bash tests/c/wasm_check.sh [NAME ...]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
command -v clang-19 >/dev/null || { echo "wasm_check.sh: needs clang-19" >&2; exit 2; }
[ -x /usr/lib/llvm-19/bin/wasm-ld ] || { echo "wasm_check.sh: needs wasm-ld (apt-get install lld-19)" >&2; exit 2; }
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
args=()
for ll in "$here"/ll/*.ll; do
  tag="$(basename "$ll" .ll)"
  name="${tag%.*}"
  if [ $# -gt 0 ] && ! printf '%s\n' "$@" | grep -qx "$name"; then continue; fi
  # sb3_real programs compute float in f32 in real wasm, but in doubles in Scratch and in
  # the -DSB3_NATIVE oracle: their expected output is not wasm's.
  if grep -q 'sb3_real' "$here/$name.c"; then
    [ "${tag##*.}" = O0 ] && echo "wasm_check: skipping $name (sb3_real: float is double in Scratch)"
    continue
  fi
  # Undefined symbols (the sb3_* externs, memcpy/memset/memmove, exp) become imports.
  clang-19 --target=wasm32-unknown-unknown -nostdlib -Wl,--no-entry -Wl,--export=main \
    -Wl,--allow-undefined -Wl,--export-memory "$ll" -o "$tmp/$tag.wasm"
  args+=("$tag=$tmp/$tag.wasm")
done
node "$here/wasm_check.js" "${args[@]}"
