/* The matvec benchmark's compiled side: the inference program's own matvec (the functions
 * of prebuilt_ir/llama2_scratch.c, included as they are), timed on an image written by
 * benches/matvec.rs (src/scratch/handbuilt.rs `harness_image`):
 *   [0] quant  [1] n  [2] d  [3] reps  [4..9] row_items ngroups group_items last_items
 *   last_len pad_len  [10] group_len  [11..15] offsets of W, x, qy, qsx, out
 * The input is prepared once (Q8_0), then `matvec` runs `reps` times. Output, as
 * tests/vm/bench_matvec.js expects: [checksum (sum of out, in order), seconds, multiply-adds].
 * Compile with prebuilt_ir/clang-flags at -O2 and -I prebuilt_ir. */
#define SB3_BENCH
#include "llama2_scratch.c"

/* Keeps the timed call a call of `matvec`, as in `forward`. */
NOINLINE static void bench_run(sb3_real *out, const sb3_real *x, const sb3_real *w, const Shape *s,
                               int d, int reps) {
    for (int r = 0; r < reps; r++) matvec(out, x, w, s, d);
}

int main(void) {
    sb3_real *m = sb3_image();
    quant = (int)m[0];
    int n = (int)m[1], d = (int)m[2], reps = (int)m[3];
    Shape s;
    s.n = n;
    s.row_items = (int)m[4];
    s.ngroups = (int)m[5];
    s.group_items = (int)m[6];
    s.last_items = (int)m[7];
    s.last_len = (int)m[8];
    s.pad_len = (int)m[9];
    s.group_len = (int)m[10];
    sb3_real *w = m + (int)m[11], *x = m + (int)m[12], *out = m + (int)m[15];
    b_qy = m + (int)m[13];
    b_qsx = m + (int)m[14];
    prepare(x, &s);
    sb3_real t0 = sb3_timer();
    bench_run(out, x, w, &s, d, reps);
    sb3_real seconds = sb3_timer() - t0;
    sb3_real check = 0;
    for (int i = 0; i < d; i++) check = check + out[i];
    sb3_out_double(check);
    sb3_out_double(seconds);
    sb3_out_double((double)reps * n * d);
    return 0;
}
