#!/usr/bin/env bash
# Native outputs of the differential corpus (tests/c/*.c), the oracle the VM runs are
# compared with (tests/corpus.rs). Each program is built for the host with
# tests/c/host.c implementing the scratch.h output externs, and its output is written
# to tests/c/expected/NAME.json as a JSON array, one item per line.
#
#   bash tests/c/expected.sh            rewrite every expected/NAME.json
#   bash tests/c/expected.sh --check    rebuild and fail on any difference from the files
#   bash tests/c/expected.sh --ub       also build at -O0 and -O2, with gcc's
#                                       -fsanitize=undefined and (if present) clang-19,
#                                       and fail if any output differs (a sign of UB)
#   ... [NAME ...]                      only these programs
#
# CC (default cc) is the host compiler.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
mode=write
if [ "${1:-}" = "--check" ] || [ "${1:-}" = "--ub" ]; then mode="${1#--}"; shift; fi
CC="${CC:-cc}"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

names=("$@")
if [ ${#names[@]} -eq 0 ]; then
  for f in "$here"/*.c; do
    n="$(basename "$f" .c)"
    [ "$n" = host ] || names+=("$n")
  done
fi

# run_one OUT_JSON COMPILER FLAGS...: builds NAME natively and writes its JSON output.
run_one() {
  local name="$1" out="$2" cc="$3"
  shift 3
  local exe="$tmp/$name.$$.$RANDOM"
  "$cc" "$@" -Wno-attributes -DSB3_NATIVE -I"$root/prebuilt_ir" -o "$exe" "$here/host.c" "$here/$name.c" -lm ||
    return 1
  timeout 20 "$exe" >"$exe.lines" || { echo "$name: exit status $?" >&2; return 1; }
  { echo "["; sed '$!s/$/,/' "$exe.lines"; echo "]"; } >"$out" || return 1
  rm -f "$exe" "$exe.lines"
}

fail=0
mkdir -p "$here/expected"
for name in "${names[@]}"; do
  [ -f "$here/$name.c" ] || { echo "expected.sh: no program tests/c/$name.c" >&2; exit 2; }
  case "$mode" in
  write)
    run_one "$name" "$here/expected/$name.json" "$CC" -O1
    ;;
  check)
    run_one "$name" "$tmp/$name.json" "$CC" -O1
    if ! diff -q "$here/expected/$name.json" "$tmp/$name.json" >/dev/null 2>&1; then
      echo "expected.sh: tests/c/expected/$name.json differs from a fresh native run" >&2
      diff "$here/expected/$name.json" "$tmp/$name.json" | head -5 >&2 || true
      fail=1
    fi
    ;;
  ub)
    variants=("O0:$CC:-O0" "O2:$CC:-O2" "ubsan:$CC:-O1 -fsanitize=undefined -fno-sanitize-recover=all")
    command -v clang-19 >/dev/null && variants+=("clang-O2:clang-19:-O2")
    for v in "${variants[@]}"; do
      IFS=: read -r tag cc flags <<<"$v"
      # shellcheck disable=SC2086
      if ! run_one "$name" "$tmp/$name.$tag.json" "$cc" $flags 2>"$tmp/err"; then
        echo "expected.sh: $name failed to build or run ($tag):" >&2
        cat "$tmp/err" >&2
        fail=1
      elif ! diff -q "$here/expected/$name.json" "$tmp/$name.$tag.json" >/dev/null; then
        echo "expected.sh: $name output differs at $tag (undefined behaviour?)" >&2
        fail=1
      fi
    done
    ;;
  esac
done
[ "$mode" = write ] && echo "expected.sh: wrote ${#names[@]} files to tests/c/expected/"
exit $fail
