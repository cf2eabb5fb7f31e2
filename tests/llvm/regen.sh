#!/usr/bin/env bash
# Regenerates tests/llvm/fixtures/*.ll from the .c files beside them, with the project's pinned
# clang flags (prebuilt_ir/clang-flags), at -O0 and -O2. The parser tests read these files.
# With --check, writes nothing and fails if a committed .ll differs from a fresh build.
set -euo pipefail
cd "$(dirname "$0")/fixtures"
flags=$(grep -v '^#' ../../../prebuilt_ir/clang-flags | tr '\n' ' ')
check=false
[ "${1:-}" = "--check" ] && check=true
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
status=0
for c in *.c; do
  base=${c%.c}
  for opt in O0 O2; do
    # shellcheck disable=SC2086
    clang-19 $flags -$opt "$c" -o "$tmp/$base.$opt.ll"
    if $check; then
      if ! cmp -s "$tmp/$base.$opt.ll" "$base.$opt.ll"; then
        echo "regen.sh: tests/llvm/fixtures/$base.$opt.ll differs from a fresh clang-19 build" >&2
        status=1
      fi
    else
      mv "$tmp/$base.$opt.ll" "$base.$opt.ll"
    fi
  done
done
exit $status
