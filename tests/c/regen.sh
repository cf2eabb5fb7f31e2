#!/usr/bin/env bash
# LLVM IR of the differential corpus: compiles every tests/c/NAME.c with clang-19 and the
# project's pinned flags (prebuilt_ir/clang-flags) at -O0 and -O2 into
# tests/c/ll/NAME.O0.ll and tests/c/ll/NAME.O2.ll. The .ll files are committed: the
# parser and the lowering read them without needing clang.
#
#   bash tests/c/regen.sh           rewrite every .ll
#   bash tests/c/regen.sh --check   regenerate into a temporary directory and fail if any
#                                   committed .ll differs (or is missing, or is stale)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
cd "$root" # paths in the IR (source_filename) are relative to the repository root
check=0
[ "${1:-}" = "--check" ] && check=1
command -v clang-19 >/dev/null || { echo "regen.sh: clang-19 not found (Debian package clang-19)" >&2; exit 2; }
mapfile -t flags < <(grep -v '^[[:space:]]*$' prebuilt_ir/clang-flags)
out="tests/c/ll"
if [ $check = 1 ]; then out="$(mktemp -d)"; trap 'rm -rf "$out"' EXIT; fi
mkdir -p "$out"

n=0
for src in tests/c/*.c; do
  name="$(basename "$src" .c)"
  [ "$name" = host ] && continue
  for opt in O0 O2; do
    clang-19 "${flags[@]}" -Iprebuilt_ir "-$opt" "$src" -o "$out/$name.$opt.ll"
  done
  n=$((n + 1))
done

# The corpus must keep an irreducible CFG at both levels (goto_irreducible.c): LLVM's
# fix-irreducible pass changes only a function with an irreducible cycle. (optnone is
# dropped first: passes skip -O0 functions.)
opt=/usr/lib/llvm-19/bin/opt
if [ -x "$opt" ]; then
  for ll in "$out"/goto_irreducible.O0.ll "$out"/goto_irreducible.O2.ll; do
    sed 's/\boptnone\b//g' "$ll" >"$ll.tmp"
    if [ "$("$opt" -S -passes=verify "$ll.tmp" | md5sum)" = "$("$opt" -S -passes=fix-irreducible "$ll.tmp" | md5sum)" ]; then
      echo "regen.sh: $(basename "$ll") no longer has an irreducible CFG" >&2
      exit 1
    fi
    rm -f "$ll.tmp"
  done
fi

if [ $check = 1 ]; then
  if ! diff -r -q tests/c/ll "$out" >&2; then
    echo "regen.sh: tests/c/ll is not what clang-19 generates now; run bash tests/c/regen.sh" >&2
    exit 1
  fi
  echo "regen.sh: $n programs, all .ll up to date"
else
  # Drop .ll files of programs that no longer exist.
  for ll in tests/c/ll/*.ll; do
    base="$(basename "$ll" .ll)"
    [ -f "tests/c/${base%.*}.c" ] || rm -v "$ll"
  done
  echo "regen.sh: wrote $((2 * n)) files to tests/c/ll/"
fi
