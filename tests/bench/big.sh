#!/usr/bin/env bash
# Benchmark of the big shapes (llama2.c's stories15M/42M/110M shapes, random weights,
# 32,000-token vocabulary): per shape x preset, the CLI build's wall and CPU time and peak RSS,
# project.json and .sb3 sizes (the build report), then TurboWarp's load time, JS heap and
# tokens per second (tests/vm/run.js). Greedy, STEPS positions (default 3).
#   SHAPES="15M 42M" PRESETS="quant=q8&group=32&target=turbowarp" bash tests/bench/big.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SHAPES=${SHAPES:-"15M 42M 110M"}
PRESETS=${PRESETS:-"quant=q8&group=32&target=turbowarp quant=q8&group=4&target=turbowarp quant=float&target=turbowarp"}
STEPS=${STEPS:-3}
D=target/big-shapes
[ -n "${NO_CARGO:-}" ] || cargo build --release --bin llm2sb3 >&2
[ -f "$D/110M.bin" ] || cargo test --release --test big -- --ignored write_benchmark_shapes >&2
for shape in $SHAPES; do
  for preset in $PRESETS; do
    out="$D/$shape-$(echo "$preset" | tr '&=' '_-').sb3"
    echo "== $shape $preset"
    /usr/bin/time -f "build: %e s wall, %U s user + %S s sys, peak RSS %M KiB" \
      target/release/llm2sb3 build --checkpoint "$D/$shape.bin" --tokenizer "$D/tok32000.bin" \
      --preset "$preset&temperature=0&steps=$STEPS" -o "$out" --json || continue
    ls -l "$out" | awk '{print "sb3 bytes: " $5}'
    target/release/llm2sb3 reference --checkpoint "$D/$shape.bin" --tokenizer "$D/tok32000.bin" \
      --preset "$preset&temperature=0&steps=$STEPS" --json |
      node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>console.log("reference tokens: "+JSON.stringify(JSON.parse(s).tokens)))'
    [ -n "${NO_RUN:-}" ] || (cd tests/vm && { node run.js --vm turbowarp --timeout 3000 "../../$out" |
      node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{for(const l of s.trim().split("\n")){const j=JSON.parse(l);delete j.text;delete j.bubble;console.log(JSON.stringify(j))}})'; } || true)
  done
done
