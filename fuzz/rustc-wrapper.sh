#!/bin/sh
# RUSTC_WRAPPER for the fuzz build (scripts/fuzz.sh): adds libFuzzer's coverage
# instrumentation to this repository's crates only. Crates from crates.io (serde_json, zip's
# deflate, ...) stay uninstrumented: their comparisons would only slow every execution
# (a build of the `pipeline` target spent over 40% of its time in comparison callbacks
# inside serde and deflate) and steer the fuzzer towards code that is not ours.
rustc=$1
shift
case "$*" in
  *"/.cargo/registry/"* | *"/.cargo/git/"* | *"/rustlib/"*) exec "$rustc" "$@" ;;
esac
# Only crates compiled for the fuzz target (build scripts and proc macros run on the host).
case "$*" in
  *"--target "*) ;;
  *) exec "$rustc" "$@" ;;
esac
# LLM2SB3_FUZZ_TRACE_CMP=0 keeps edge coverage but drops the comparison callbacks (see the
# `run pipeline` case of scripts/fuzz.sh).
cmp=-Cllvm-args=-sanitizer-coverage-trace-compares
[ "${LLM2SB3_FUZZ_TRACE_CMP:-1}" = 0 ] && cmp=
exec "$rustc" "$@" -Cpasses=sancov-module -Cllvm-args=-sanitizer-coverage-level=4 \
  -Cllvm-args=-sanitizer-coverage-inline-8bit-counters -Cllvm-args=-sanitizer-coverage-pc-table \
  $cmp --cfg fuzzing
