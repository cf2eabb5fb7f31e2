#!/usr/bin/env bash
# Builds the fuzz targets (fuzz/, libFuzzer through libfuzzer-sys on stable Rust) and runs them.
#
#   bash scripts/fuzz.sh smoke            # every target ~20 s from the committed seeds (CI)
#   bash scripts/fuzz.sh run TARGET [N [JOBS]]  # one target for N executions (default
#                                        # 1,000,000), in JOBS processes (default 1)
#   bash scripts/fuzz.sh seeds            # rewrite fuzz/corpus/ with the library's writer
#   bash scripts/fuzz.sh build            # only build
#
# One core per run (the machine is shared). Any crash, panic, timeout or allocation past
# LLM2SB3_FUZZ_MEM_MB (default 512, see fuzz/src/alloc_limit.rs) fails the run and leaves the
# input in fuzz/work/artifacts/. New corpus entries go to fuzz/work/<target>/ (not committed).
set -euo pipefail
cd "$(dirname "$0")/../fuzz"

TARGETS=(checkpoint tokenizer llvm_ir preset pipeline)
TRIPLE=$(rustc -vV | sed -n 's/^host: //p')
BIN="target/$TRIPLE/release"

# What cargo-fuzz passes to rustc, minus the sanitizer (-Zsanitizer needs nightly): libFuzzer's
# coverage instrumentation is reachable through stable -C flags. fuzz/rustc-wrapper.sh adds
# them to this repository's crates only; `--target` keeps them off build scripts.
export RUSTC_WRAPPER="$PWD/rustc-wrapper.sh"
unset RUSTFLAGS

# Not --locked: fuzz/Cargo.lock pins what it lists, and a dependency the library gains later
# is added to it (minimally) instead of failing the test command.
build() { cargo build --release --target "$TRIPLE" --bins; }

max_len() {
  case "$1" in
    preset) echo 1024 ;;
    llvm_ir) echo 32768 ;;
    *) echo 8192 ;;
  esac
}

# Memory bound per target (fuzz/src/alloc_limit.rs): 512 MB; the whole build may hold an
# image of up to pipeline::MAX_BUILD_ITEMS f64 (1 GiB) besides the lowered program.
mem_mb() {
  case "$1" in
    pipeline) echo 1536 ;;
    *) echo 512 ;;
  esac
}

# run TARGET EXTRA_ARGS...: one libFuzzer process from the seeds plus fuzz/work/TARGET.
run() {
  local t=$1
  shift
  mkdir -p "work/$t" work/artifacts
  LLM2SB3_FUZZ_MEM_MB=${LLM2SB3_FUZZ_MEM_MB:-$(mem_mb "$t")} "$BIN/$t" "work/$t" "corpus/$t" -max_len="$(max_len "$t")" -timeout=10 \
    -rss_limit_mb=2048 -artifact_prefix="work/artifacts/$t-" -print_final_stats=1 "$@"
}

case "${1:-smoke}" in
  build) build ;;
  seeds)
    build
    rm -rf corpus
    "$BIN/seeds" corpus
    ;;
  smoke)
    build
    secs=${FUZZ_SMOKE_SECONDS:-20}
    for t in "${TARGETS[@]}"; do
      log="work/smoke-$t.log"
      mkdir -p work
      if ! run "$t" -max_total_time="$secs" >"$log" 2>&1; then
        tail -n 40 "$log"
        echo "fuzz smoke: $t FAILED (input in fuzz/work/artifacts/, log $log)"
        exit 1
      fi
      echo "fuzz smoke: $t ok: $(grep -E '^#[0-9]+.*DONE' "$log" | tail -n 1)"
    done
    ;;
  run)
    t=$2
    n=${3:-1000000}
    jobs=${4:-1}
    if [ "$t" = pipeline ]; then
      # A build writes and compresses a ~1.5 MB project.json; with comparison tracing a
      # run spent ~40% of its time in the callbacks. Its input is decoded into a model (no
      # magic values to find; the parsers have their own targets with tracing), so the long
      # run keeps edge coverage only, built apart in target/edges.
      export LLM2SB3_FUZZ_TRACE_CMP=0 CARGO_TARGET_DIR=target/edges
      BIN="target/edges/$TRIPLE/release"
    fi
    build
    if [ "$jobs" = 1 ]; then
      run "$t" -runs="$n"
    else
      # JOBS processes sharing one corpus directory, N/JOBS executions each. Meant to run
      # niced beside other work: libFuzzer's timeout is wall-clock, so it is raised to 300 s
      # (starved processes took 10 s for a 0.13 s-CPU input and 65 s for a 2.9 s one).
      pids=()
      mkdir -p work
      # pipeline: the corpus drifts to inputs whose header claims long contexts (a 98-byte
      # input builds a 73 MB .sb3, mostly deflate); libFuzzer's own option scales an input's
      # energy down by its execution time, so the long run mutates the fast ones more often.
      scale=()
      [ "$t" = pipeline ] && scale=(-entropic_scale_per_exec_time=1)
      for i in $(seq "$jobs"); do
        run "$t" -runs=$((n / jobs)) -seed="$i" -timeout=300 "${scale[@]}" >"work/$t-job$i.log" 2>&1 &
        pids+=($!)
      done
      status=0
      for p in "${pids[@]}"; do wait "$p" || status=1; done
      for i in $(seq "$jobs"); do
        echo "job $i: $(grep -E '^(#[0-9]+.*DONE|stat::)' "work/$t-job$i.log" | tr '\n' ' ')"
      done
      exit $status
    fi
    ;;
  *)
    echo "usage: $0 [smoke|run TARGET [N]|seeds|build]" >&2
    exit 2
    ;;
esac
