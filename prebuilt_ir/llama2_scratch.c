/*
 * llama2_scratch.c — llama2.c inference for Scratch, reading every model-specific number
 * from the packed memory image (src/pack/). One compiled .ll serves every checkpoint and
 * every layout (float or Q8_0 with any group size).
 *
 * Compiled by prebuilt_ir/regen.sh (clang-19, 32-bit, -O2) to llama2_scratch.ll, and natively
 * with -DSB3_NATIVE by tests/native/host.c as an oracle. src/reference/ does the same
 * arithmetic in Rust, operation for operation: keep the three in step.
 *
 * Style: hot loops (matvec, attention) are one counted loop with one accumulator, pointer +
 * index, no calls, no bitwise ops, no integer division. Every value stored in the image is
 * an sb3_real (one list item); integers are stored as exact numbers and read with (int).
 */
#include "scratch.h"

/* ---- Image header: item indices. Must equal src/pack/header.rs (a test checks). ---- */
#define H_MAGIC 0
#define H_VERSION 1
#define H_DIM 2
#define H_HIDDEN 3
#define H_LAYERS 4
#define H_HEADS 5
#define H_KV_HEADS 6
#define H_VOCAB 7
#define H_SEQ 8
#define H_HEAD_SIZE 9
#define H_KV_DIM 10
#define H_QUANT 11
#define H_GROUP 12
#define H_D_ROW_ITEMS 13
#define H_D_NGROUPS 14
#define H_D_GROUP_ITEMS 15
#define H_D_LAST_ITEMS 16
#define H_D_LAST_LEN 17
#define H_D_PAD_LEN 18
#define H_F_ROW_ITEMS 19
#define H_F_NGROUPS 20
#define H_F_GROUP_ITEMS 21
#define H_F_LAST_ITEMS 22
#define H_F_LAST_LEN 23
#define H_F_PAD_LEN 24
#define H_EMB 25
#define H_RMS_ATT 26
#define H_WQ 27
#define H_WK 28
#define H_WV 29
#define H_WO 30
#define H_RMS_FFN 31
#define H_W1 32
#define H_W2 33
#define H_W3 34
#define H_RMS_FINAL 35
#define H_WCLS 36
#define H_ROPE_COS 37
#define H_ROPE_SIN 38
#define H_X 39
#define H_XB 40
#define H_XB2 41
#define H_HB 42
#define H_HB2 43
#define H_Q 44
#define H_ATT 45
#define H_LOGITS 46
#define H_KEY_CACHE 47
#define H_VALUE_CACHE 48
#define H_QY 49
#define H_QSX 50
#define H_HEAP 51
#define H_TOK_OFF 52
#define H_TOK_LEN 53
#define H_TOK_BYTES 54
#define H_TOK_SCORE 55
#define H_TOK_SORTED 56
#define H_PROMPT_CAP 57
#define H_PROMPT_BYTES 58
#define H_PROMPT_TOKENS 59
#define H_PAIR_ID 60
#define H_PAIR_SCORE 61
#define H_RMS_EPS 62
#define H_PM_MOD 63
#define H_PM_MULT 64
#define H_BOS 65
#define H_DEF_STEPS 66
#define H_DEF_TEMPERATURE 67
#define H_DEF_TOPK 68
#define H_DEF_TOPP 69
#define H_DEF_SEED 70
#define H_IMAGE_ITEMS 71
#define H_SPACE 72
#define H_SIZE 73

/* Functions that must stay custom blocks of their own: the frame loop (generate) is not
 * warp, and whatever it calls must not be inlined into it (it would run without warp).
 * forward's parts (embed, rmsnorm, rope, attention) stay custom blocks too: in TurboWarp
 * each becomes a JS function of its own, which V8 optimises far better than one huge
 * forward (measured: stories260K 6.6 -> 9.5 tokens per 30 fps frame). */
#define NOINLINE __attribute__((noinline))

#define IMAGE_MAGIC 1280127571 /* "LM2S" as a big-endian u32; exact in f32 is not needed */
#define IMAGE_VERSION 1

/* H_QUANT values: 0 float, 1 Q8_0, 2 W8A8 (see matvec_w8a8). */
#define QUANT_W8A8 2

/* ---- Model state, decoded once from the header ------------------------------------- */

/* Row shape of a matrix whose rows have `n` inputs (see src/pack/layout.rs). In the float
 * layout a row is n numbers. In the Q8_0 layout a row is, per group: one scale item, then
 * the group's int8 values four to an item (offset binary b = q + 128, item = b0 + 256 b1 +
 * 65536 b2 + 16777216 b3, a ragged tail padded with b = 0). */
typedef struct {
    int n;           /* inputs per row */
    int row_items;   /* items per row */
    int ngroups;     /* groups per row */
    int group_items; /* packed items of a full group */
    int last_items;  /* packed items of the last group */
    int last_len;    /* values in the last group */
    int group_len;   /* values in a full group */
    int pad_len;     /* length of the transformed input (4 per packed item) */
} Shape;

static sb3_real *img;
static int dim, hidden, n_layers, n_heads, n_kv, vocab, seq, head_size, kv_dim, quant, bos;
static Shape shD, shF;
static sb3_real *w_emb, *w_rms_att, *w_q, *w_k, *w_v, *w_o, *w_rms_ffn, *w_1, *w_2, *w_3;
static sb3_real *w_rms_final, *w_cls, *rope_cos, *rope_sin;
static sb3_real *b_x, *b_xb, *b_xb2, *b_hb, *b_hb2, *b_q, *b_att, *b_logits, *b_kc, *b_vc;
static sb3_real *b_qy, *b_qsx, *b_heap;
static sb3_real *t_off, *t_len, *t_bytes, *t_score, *t_sorted;
static sb3_real *p_bytes, *p_tokens, *p_pair_id, *p_pair_score;
static int prompt_cap;
static sb3_real rms_eps, pm_mod, pm_mult, rng;

static int hdr(int k) { return (int)img[k]; }
static sb3_real *at(int k) { return img + hdr(k); }

static void read_shape(Shape *s, int n, int k) {
    s->n = n;
    s->row_items = hdr(k);
    s->ngroups = hdr(k + 1);
    s->group_items = hdr(k + 2);
    s->last_items = hdr(k + 3);
    s->last_len = hdr(k + 4);
    s->pad_len = hdr(k + 5);
    s->group_len = hdr(H_GROUP);
}

NOINLINE static int load_header(void) {
    img = sb3_image();
    if (hdr(H_MAGIC) != IMAGE_MAGIC || hdr(H_VERSION) != IMAGE_VERSION) return 0;
    dim = hdr(H_DIM); hidden = hdr(H_HIDDEN); n_layers = hdr(H_LAYERS);
    n_heads = hdr(H_HEADS); n_kv = hdr(H_KV_HEADS); vocab = hdr(H_VOCAB); seq = hdr(H_SEQ);
    head_size = hdr(H_HEAD_SIZE); kv_dim = hdr(H_KV_DIM); quant = hdr(H_QUANT);
    bos = hdr(H_BOS);
    read_shape(&shD, dim, H_D_ROW_ITEMS);
    read_shape(&shF, hidden, H_F_ROW_ITEMS);
    w_emb = at(H_EMB); w_rms_att = at(H_RMS_ATT); w_q = at(H_WQ); w_k = at(H_WK);
    w_v = at(H_WV); w_o = at(H_WO); w_rms_ffn = at(H_RMS_FFN); w_1 = at(H_W1);
    w_2 = at(H_W2); w_3 = at(H_W3); w_rms_final = at(H_RMS_FINAL); w_cls = at(H_WCLS);
    rope_cos = at(H_ROPE_COS); rope_sin = at(H_ROPE_SIN);
    b_x = at(H_X); b_xb = at(H_XB); b_xb2 = at(H_XB2); b_hb = at(H_HB); b_hb2 = at(H_HB2);
    b_q = at(H_Q); b_att = at(H_ATT); b_logits = at(H_LOGITS);
    b_kc = at(H_KEY_CACHE); b_vc = at(H_VALUE_CACHE);
    b_qy = at(H_QY); b_qsx = at(H_QSX); b_heap = at(H_HEAP);
    t_off = at(H_TOK_OFF); t_len = at(H_TOK_LEN); t_bytes = at(H_TOK_BYTES);
    t_score = at(H_TOK_SCORE); t_sorted = at(H_TOK_SORTED);
    prompt_cap = hdr(H_PROMPT_CAP);
    p_bytes = at(H_PROMPT_BYTES); p_tokens = at(H_PROMPT_TOKENS);
    p_pair_id = at(H_PAIR_ID); p_pair_score = at(H_PAIR_SCORE);
    rms_eps = img[H_RMS_EPS]; pm_mod = img[H_PM_MOD]; pm_mult = img[H_PM_MULT];
    return 1;
}

/* ---- Matrix-vector products ----------------------------------------------------------- */

/* Unrolled sums (the lowering keeps each as ONE expression, one variable write per step;
 * TurboWarp turns it into one JS expression): `s + a[0]*b[0] + a[1]*b[1] + ...`, left to
 * right, so the order of the additions is that of the plain loop. */
#define MUL2(a, b, k) a[k] * b[k] + a[k + 1] * b[k + 1]
#define MUL4(a, b, k) MUL2(a, b, k) + MUL2(a, b, k + 2)
#define MUL8(a, b, k) MUL4(a, b, k) + MUL4(a, b, k + 4)
#define MUL16(a, b, k) MUL8(a, b, k) + MUL8(a, b, k + 8)

/* s + sum_j a[j] * b[j] for j < 16 * steps + left (left < 16), summed in order: 16 products
 * per step, then one step each of 8, 4, 2 and 1 products where they fit. Indices are constant
 * offsets from two pointers (one pointer update each per step). Called with constant `steps`
 * and `left` (attention's head sizes), the whole sum is ONE expression: no tests and no
 * pointer updates per call. */
__attribute__((always_inline)) static inline sb3_real dot_steps(sb3_real s, const sb3_real *a,
                                                                 const sb3_real *b, int steps,
                                                                 int left) {
    for (int t = 0; t < steps; t++) {
        s = s + MUL16(a, b, 0);
        a += 16;
        b += 16;
    }
    if (left >= 8) {
        s = s + MUL8(a, b, 0);
        a += 8;
        b += 8;
        left -= 8;
    }
    if (left >= 4) {
        s = s + MUL4(a, b, 0);
        a += 4;
        b += 4;
        left -= 4;
    }
    if (left >= 2) {
        s = s + MUL2(a, b, 0);
        a += 2;
        b += 2;
        left -= 2;
    }
    if (left >= 1) s = s + a[0] * b[0];
    return s;
}

/* sum_j a[j] * b[j] for j < n, summed in order from s (dot_steps). */
__attribute__((always_inline)) static inline sb3_real dot_from(sb3_real s, const sb3_real *a,
                                                                const sb3_real *b, int n) {
    int steps = n / 16;
    return dot_steps(s, a, b, steps, n - 16 * steps);
}

/* Whether a row of n (values or groups) that its kernel takes `step` at a time has a long
 * tail (step - n mod step <= n / 8; the same rule as pack::plan's long_tail_reads): its last
 * step then reads past its end, times zeros, and one kernel serves rows with and without a
 * tail (below). */
__attribute__((always_inline)) static inline int long_tail(int n, int step) {
    int t = n - step * (n / step);
    return t != 0 && step - t <= n / 8;
}

/* Float layout: out[i] = sum_j w[i*n + j] * x[j], summed j = 0..n-1 from 0 (dot_from).
 * One kernel per T = n mod 16 (but 15), the products left after the 16-product steps: with T a
 * constant the row's tail is ONE expression, with no tests and no pointer updates per row
 * (a build keeps only the kernels its model's row lengths use: pipeline::matvec_kernels).
 * Rows whose tail is long (16 - T <= n / 8, as 172 = 10 * 16 + 12) take the T = 0 kernel
 * instead, with one more step that reads past the row's end into the next row: every
 * input vector of a float matvec has zeros after its n values (pack::plan pads it to a
 * multiple of 16), so those products are w * 0 and add zero. A model whose rows all end so
 * needs one kernel, not two: in TurboWarp each kernel is a function V8 compiles while the
 * first tokens wait (measured: stories260K-shaped rows of 64 and 176 inputs reach their
 * 40th token 75 ms sooner than rows of 64 and 172). */
__attribute__((always_inline)) static inline int float_reads_past(int n) {
    return long_tail(n, 16);
}
#define MATVEC_FLOAT(T)                                                                     \
    NOINLINE static void matvec_float_t##T(sb3_real *out, const sb3_real *x, const sb3_real *w, \
                                           int n, int d) {                                  \
        int steps = T == 0 ? (n + 15) / 16 : n / 16;                                        \
        for (int i = 0; i < d; i++) {                                                       \
            out[i] = dot_steps(0, w, x, steps, T);                                          \
            w += n;                                                                         \
        }                                                                                   \
    }
MATVEC_FLOAT(0) MATVEC_FLOAT(1) MATVEC_FLOAT(2) MATVEC_FLOAT(3) MATVEC_FLOAT(4) MATVEC_FLOAT(5)
MATVEC_FLOAT(6) MATVEC_FLOAT(7) MATVEC_FLOAT(8) MATVEC_FLOAT(9) MATVEC_FLOAT(10) MATVEC_FLOAT(11)
MATVEC_FLOAT(12) MATVEC_FLOAT(13) MATVEC_FLOAT(14)

/* The float kernel for rows of n inputs: T = 0 for rows that read past their end, else a
 * binary search on n mod 16, four tests a call (inlined into matvec, which then calls the
 * kernels themselves: pipeline::matvec_kernels). */
__attribute__((always_inline)) static inline void matvec_float(sb3_real *out, const sb3_real *x, const sb3_real *w, int n, int d) {
    int t = n - 16 * (n / 16);
    if (float_reads_past(n)) t = 0;
#define PAIR(a, b)                                                                          \
    if (t == a) matvec_float_t##a(out, x, w, n, d);                                         \
    else matvec_float_t##b(out, x, w, n, d)
    if (t < 8) {
        if (t < 4) {
            if (t < 2) PAIR(0, 1); else PAIR(2, 3);
        } else if (t < 6) PAIR(4, 5); else PAIR(6, 7);
    } else if (t < 12) {
        if (t < 10) PAIR(8, 9); else PAIR(10, 11);
    } else if (t < 14) PAIR(12, 13);
    else matvec_float_t14(out, x, w, n, d); /* 15 reads past: 16 - 15 <= n / 8 */
#undef PAIR
}

/* Q8_0 input transform, once per input vector. With f_k = floor(v / 256^k) for a packed
 * item v (f_0 = v), byte b_k = f_k - 256 f_(k+1), so sum_k b_k x_k = sum_k f_k y_k where
 * y_0 = x_0 and y_k = x_k - 256 x_(k-1): the inner loop needs three floors per item and no
 * byte extraction. Positions are per group, four per packed item; padding positions have
 * x = 0. qsx[g] = 128 * (sum of the group's x, summed in order) undoes the +128 offset. */
static void q8_prepare(const sb3_real *x, const Shape *s) {
    sb3_real *y = b_qy;
    if (s->group_items == 1 && s->group_len == 4 && s->last_len == 4) {
        /* every group is one full packed item (group 4): the same sums, no loop per group */
        for (int g = 0; g < s->ngroups; g++) {
            sb3_real x0 = x[0], x1 = x[1], x2 = x[2], x3 = x[3];
            sb3_real sum = 0;
            sum = sum + x0;
            sum = sum + x1;
            sum = sum + x2;
            sum = sum + x3;
            b_qsx[g] = 128 * sum;
            y[0] = x0;
            y[1] = x1 - 256 * x0;
            y[2] = x2 - 256 * x1;
            y[3] = x3 - 256 * x2;
            y += 4;
            x += 4;
        }
        return;
    }
    for (int g = 0; g < s->ngroups; g++) {
        int len = g == s->ngroups - 1 ? s->last_len : s->group_len;
        int items = g == s->ngroups - 1 ? s->last_items : s->group_items;
        sb3_real sum = 0;
        for (int t = 0; t < len; t++) sum = sum + x[t];
        b_qsx[g] = 128 * sum;
        const sb3_real *xp = x;
        int left = len; /* values of the group not yet consumed */
        for (int j = 0; j < items; j++) {
            sb3_real x0 = left > 0 ? xp[0] : 0;
            sb3_real x1 = left > 1 ? xp[1] : 0;
            sb3_real x2 = left > 2 ? xp[2] : 0;
            sb3_real x3 = left > 3 ? xp[3] : 0;
            y[0] = x0;
            y[1] = x1 - 256 * x0;
            y[2] = x2 - 256 * x1;
            y[3] = x3 - 256 * x2;
            y += 4;
            xp += 4;
            left -= 4;
        }
        x += len;
    }
}

/* sum over one group's packed items of sum_k f_k y_k, in the order
 * s = s + v*y0 + f1*y1 + f2*y2 + f3*y3 (left to right), starting from 0. */
#define Q8F1(v) sb3_floor((v) * (sb3_real)0.00390625)
#define Q8F2(v) sb3_floor((v) * (sb3_real)0.0000152587890625)
#define Q8F3(v) sb3_floor((v) * (sb3_real)0.000000059604644775390625)
/* The four products of a packed item v with yp[0..3]: v*y0 + f1*y1 + f2*y2 + f3*y3. */
#define Q8V(v, yp) (v) * (yp)[0] + Q8F1(v) * (yp)[1] + Q8F2(v) * (yp)[2] + Q8F3(v) * (yp)[3]
/* Packed item p[k] with y[4k..4k+3]. */
#define Q8ITEM(p, y, k) Q8V(p[k], (y) + 4 * (k))
#define Q8ITEM2(p, y, k) Q8ITEM(p, y, k) + Q8ITEM(p, y, k + 1)
#define Q8ITEM4(p, y, k) Q8ITEM2(p, y, k) + Q8ITEM2(p, y, k + 2)
#define Q8ITEM8(p, y, k) Q8ITEM4(p, y, k) + Q8ITEM4(p, y, k + 4)

__attribute__((always_inline)) static inline sb3_real q8_group(const sb3_real *p,
                                                                const sb3_real *y, int items) {
    sb3_real s = 0;
    /* eight items (32 products) per step, summed in the same order as one at a time */
    int steps = items / 8;
    int left = items - 8 * steps;
    for (int t = 0; t < steps; t++) {
        s = s + Q8ITEM8(p, y, 0);
        p += 8;
        y += 32;
    }
    /* the rest (0..7 items) in at most three steps of 4, 2, 1 items */
    if (left >= 4) {
        s = s + Q8ITEM4(p, y, 0);
        p += 4;
        y += 16;
        left -= 4;
    }
    if (left >= 2) {
        s = s + Q8ITEM2(p, y, 0);
        p += 2;
        y += 8;
        left -= 2;
    }
    if (left >= 1) s = s + Q8ITEM(p, y, 0);
    return s;
}

/* Q8_0 layout (input prepared by q8_prepare): out[i] = sum over groups g, in order, of
 * scale_g * (dot_g - qsx[g]), accumulated from 0. */
NOINLINE static void matvec_q8(sb3_real *out, const sb3_real *w, const Shape *s, int d) {
    int full = s->ngroups - 1;
    int gi = s->group_items;
    int gstep = 4 * gi;
    for (int i = 0; i < d; i++) {
        sb3_real acc = 0;
        const sb3_real *y = b_qy;
        for (int g = 0; g < full; g++) {
            sb3_real dot = q8_group(w + 1, y, gi);
            acc = acc + w[0] * (dot - b_qsx[g]);
            w += gi + 1;
            y += gstep;
        }
        sb3_real dot = q8_group(w + 1, y, s->last_items);
        acc = acc + w[0] * (dot - b_qsx[full]);
        w += s->last_items + 1;
        out[i] = acc;
    }
}

/* Q8_0 with one packed item per group (group size <= 4; the last group then has one item
 * too): a row is ngroups pairs [scale, item]. One loop per row, no inner loop per group:
 * out[i] = sum over g, in order, of scale_g * (dot_g - qsx[g]), accumulated from 0, with
 * dot_g = v*y0 + f1*y1 + f2*y2 + f3*y3 (left to right, not started from 0). */
#define Q8G1(k) w[2 * (k)] * ((Q8V(w[2 * (k) + 1], y + 4 * (k))) - qsx[k])
/* One kernel per T = ngroups mod 4, the groups left after the four-group steps, added to acc
 * in the same order (a build keeps the kernels its row lengths use, as for the float ones).
 * Its tail is one expression: T = 2 is `acc + Q8G1(0) + Q8G1(1)` as one step of two groups.
 * As float rows do, rows with a long tail (4 - T <= ngroups / 8, as 43 groups) take the
 * T = 0 kernel and read past their end: into the next row's [scale, item] pairs, with y
 * and qsx zero there (prepare writes the zeros: q8_g1_pad), so those groups add
 * scale * (0 - 0). One kernel instead of two for stories260K (16 and 43 groups). */
__attribute__((always_inline)) static inline int q8_g1_groups_read(int ngroups) {
    return long_tail(ngroups, 4) ? ngroups + 4 - (ngroups - 4 * (ngroups / 4)) : ngroups;
}
#define MATVEC_Q8_G1(T, TAIL)                                                               \
    NOINLINE static void matvec_q8_g1_t##T(sb3_real *out, const sb3_real *w, int ngroups,   \
                                           int d) {                                         \
        int steps = T == 0 ? (ngroups + 3) / 4 : ngroups / 4;                               \
        /* the tail's pairs, or back from the pairs read past the row */                    \
        int rest = T == 0 ? 2 * (ngroups - 4 * steps) : 2 * T;                              \
        for (int i = 0; i < d; i++) {                                                       \
            sb3_real acc = 0;                                                               \
            const sb3_real *y = b_qy;                                                       \
            const sb3_real *qsx = b_qsx;                                                    \
            for (int t = 0; t < steps; t++) {                                               \
                acc = acc + Q8G1(0) + Q8G1(1) + Q8G1(2) + Q8G1(3);                          \
                w += 8;                                                                     \
                y += 16;                                                                    \
                qsx += 4;                                                                   \
            }                                                                               \
            out[i] = TAIL;                                                                  \
            w += rest;                                                                      \
        }                                                                                   \
    }
MATVEC_Q8_G1(0, acc)
MATVEC_Q8_G1(1, acc + Q8G1(0))
MATVEC_Q8_G1(2, acc + Q8G1(0) + Q8G1(1))
MATVEC_Q8_G1(3, acc + Q8G1(0) + Q8G1(1) + Q8G1(2))

/* The group-4 kernel for rows of ngroups groups (two tests a call). */
__attribute__((always_inline)) static inline void matvec_q8_g1(sb3_real *out, const sb3_real *w, int ngroups, int d) {
    int t = ngroups - 4 * (ngroups / 4);
    if (q8_g1_groups_read(ngroups) != ngroups) t = 0;
    if (t < 2) {
        if (t == 0) matvec_q8_g1_t0(out, w, ngroups, d);
        else matvec_q8_g1_t1(out, w, ngroups, d);
    } else if (t == 2) matvec_q8_g1_t2(out, w, ngroups, d);
    else matvec_q8_g1_t3(out, w, ngroups, d);
}

/* Q8_0 with two packed items per group (group size 5..8): a full group is a triple
 * [scale, item a, item b] and, as in matvec_q8_g1, has no loop of its own, with
 * dot_g = va*y0 + fa1*y1 + fa2*y2 + fa3*y3 + vb*y4 + fb1*y5 + fb2*y6 + fb3*y7; the last
 * group (one or two items) is summed as in matvec_q8. */
NOINLINE static void matvec_q8_g2(sb3_real *out, const sb3_real *w, const Shape *s, int d) {
    int full = s->ngroups - 1;
    for (int i = 0; i < d; i++) {
        sb3_real acc = 0;
        const sb3_real *y = b_qy;
        for (int g = 0; g < full; g++) {
            sb3_real va = w[1];
            sb3_real fa1 = sb3_floor(va * (sb3_real)0.00390625);
            sb3_real fa2 = sb3_floor(va * (sb3_real)0.0000152587890625);
            sb3_real fa3 = sb3_floor(va * (sb3_real)0.000000059604644775390625);
            sb3_real vb = w[2];
            sb3_real fb1 = sb3_floor(vb * (sb3_real)0.00390625);
            sb3_real fb2 = sb3_floor(vb * (sb3_real)0.0000152587890625);
            sb3_real fb3 = sb3_floor(vb * (sb3_real)0.000000059604644775390625);
            sb3_real dot = va * y[0] + fa1 * y[1] + fa2 * y[2] + fa3 * y[3] + vb * y[4] +
                           fb1 * y[5] + fb2 * y[6] + fb3 * y[7];
            acc = acc + w[0] * (dot - b_qsx[g]);
            w += 3;
            y += 8;
        }
        sb3_real dot = q8_group(w + 1, y, s->last_items);
        acc = acc + w[0] * (dot - b_qsx[full]);
        w += s->last_items + 1;
        out[i] = acc;
    }
}

/* Q8_0 with eight packed items per group (group size 29..32): a full group is [scale, 8
 * items], its 32 products and its scale term ONE expression (no loop per group), with
 * dot_g = the eight items' products left to right, not started from 0 (the same value as
 * q8_group's 0 + ...: acc starts at +0, so a -0 dot cannot change it); the last group is
 * summed as in matvec_q8. One kernel per L = last_items (1..8): with L a constant the last
 * group is one expression too, with no tests per row (a build keeps the kernels its row
 * lengths use). */
#define MATVEC_Q8_G8(L)                                                                     \
    NOINLINE static void matvec_q8_g8_l##L(sb3_real *out, const sb3_real *w, int ngroups,   \
                                           int d) {                                         \
        int full = ngroups - 1;                                                             \
        for (int i = 0; i < d; i++) {                                                       \
            sb3_real acc = 0;                                                               \
            const sb3_real *y = b_qy;                                                       \
            const sb3_real *qsx = b_qsx;                                                    \
            for (int g = 0; g < full; g++) {                                                \
                const sb3_real *p = w + 1;                                                  \
                acc = acc + w[0] * ((Q8ITEM8(p, y, 0)) - qsx[0]);                           \
                w += 9;                                                                     \
                y += 32;                                                                    \
                qsx++;                                                                      \
            }                                                                               \
            out[i] = acc + w[0] * (q8_group(w + 1, y, L) - qsx[0]);                         \
            w += L + 1;                                                                     \
        }                                                                                   \
    }
MATVEC_Q8_G8(1) MATVEC_Q8_G8(2) MATVEC_Q8_G8(3) MATVEC_Q8_G8(4)
MATVEC_Q8_G8(5) MATVEC_Q8_G8(6) MATVEC_Q8_G8(7) MATVEC_Q8_G8(8)

/* The group-32 kernel for rows whose last group has `last` packed items (three tests). */
__attribute__((always_inline)) static inline void matvec_q8_g8(sb3_real *out, const sb3_real *w, int ngroups, int last, int d) {
#define PAIR(a, b)                                                                          \
    if (last == a) matvec_q8_g8_l##a(out, w, ngroups, d);                                   \
    else matvec_q8_g8_l##b(out, w, ngroups, d)
    if (last < 5) {
        if (last < 3) PAIR(1, 2); else PAIR(3, 4);
    } else if (last < 7) PAIR(5, 6); else PAIR(7, 8);
#undef PAIR
}

/* ---- W8A8: int8 weights and int8 activations per group, two rows per item (SWAR) ------
 * Rows go in pairs (i, i+1); an odd last row pairs with a zero row. Per group g of a pair:
 * [scale_a, scale_b, then one item per column: qa + 16777216 * qb] (qa, qb int8 in
 * -127..127 of rows i and i+1). The input is quantized once per vector (w8a8_prepare):
 * per group sx = max|x| / 127 in b_qsx, xq = floor(x * (127 / max) + 0.5) in b_qy
 * (integers in -127..127; 0 for an all-zero group). Then S = sum_k item_k * xq_k is an
 * exact integer A + 2^24 B with A = sum qa*xq and B = sum qb*xq; |A| <= len * 127 * 127 <
 * 2^23 for groups of at most W8A8_MAX_GROUP columns, so B = floor((S + 2^23) / 2^24) and
 * A = S - 2^24 B exactly (every partial sum is an integer below 2^53, so the order of the
 * additions does not matter). out_i += (scale_a * sx) * A, out_(i+1) += (scale_b * sx) * B. */
#define W8A8_HALF ((sb3_real)8388608)                 /* 2^23 */
#define W8A8_LANE ((sb3_real)16777216)                /* 2^24 */
#define W8A8_INV ((sb3_real)0.000000059604644775390625) /* 2^-24 */

/* Whether a group-32 row of n columns reads its last group on past its end as a full one
 * (matvec_w8a8_g32_l32). */
__attribute__((always_inline)) static inline int w8a8_g32_reads_past(int n) {
    return long_tail(n, 32);
}

/* Quantizes x per group into b_qy (xq) and b_qsx (sx), as described above. A custom block
 * of its own, like embed_w8a8: builds of other layouts drop it (pipeline::program_for). */
NOINLINE static void w8a8_prepare(const sb3_real *x, const Shape *s) {
    sb3_real *xq = b_qy;
    for (int g = 0; g < s->ngroups; g++) {
        int len = g == s->ngroups - 1 ? s->last_len : s->group_len;
        sb3_real max = 0;
        for (int t = 0; t < len; t++) {
            sb3_real a = sb3_fabs(x[t]);
            if (a > max) max = a;
        }
        sb3_real inv = 0;
        if (max > 0) inv = 127 / max;
        b_qsx[g] = max / 127;
        for (int t = 0; t < len; t++) xq[t] = sb3_floor(x[t] * inv + (sb3_real)0.5);
        x += len;
        xq += len;
    }
    /* zeros for the columns a group-32 row reads past its end (w8a8_g32_reads_past):
     * another input's prepare may have left values there */
    if (s->group_len == 32 && w8a8_g32_reads_past(s->n))
        for (int t = s->last_len; t < 32; t++) xq[t - s->last_len] = 0;
}

/* Adds one group's lane sums to the two accumulators (S: the group's exact sum). */
#define W8A8_SPLIT(S, sa, sb, sx, acc_a, acc_b)                                            \
    do {                                                                                   \
        sb3_real hi_ = sb3_floor(((S) + W8A8_HALF) * W8A8_INV);                            \
        acc_a = acc_a + (sa) * (sx) * ((S) - W8A8_LANE * hi_);                             \
        acc_b = acc_b + (sb) * (sx) * hi_;                                                 \
    } while (0)

/* W8A8, any group size: each group's sum by dot_from (16 products per step). */
NOINLINE static void matvec_w8a8(sb3_real *out, const sb3_real *w, const Shape *s, int d) {
    for (int i = 0; i < d; i += 2) {
        sb3_real acc_a = 0, acc_b = 0;
        const sb3_real *xq = b_qy;
        for (int g = 0; g < s->ngroups; g++) {
            int len = g == s->ngroups - 1 ? s->last_len : s->group_len;
            sb3_real sum = dot_from(0, w + 2, xq, len);
            W8A8_SPLIT(sum, w[0], w[1], b_qsx[g], acc_a, acc_b);
            w += len + 2;
            xq += len;
        }
        out[i] = acc_a;
        if (i + 1 < d) out[i + 1] = acc_b;
    }
}

/* W8A8 with groups of 32: a full group's 32 products (64 multiply-adds) are ONE expression
 * (not started from 0: the same integer); a shorter last group as in matvec_w8a8. */
NOINLINE static void matvec_w8a8_g32(sb3_real *out, const sb3_real *w, const Shape *s, int d) {
    int ragged = s->last_len < 32;
    int full = s->ngroups - ragged;
    for (int i = 0; i < d; i += 2) {
        sb3_real acc_a = 0, acc_b = 0;
        const sb3_real *xq = b_qy;
        const sb3_real *sx = b_qsx;
        for (int g = 0; g < full; g++) {
            const sb3_real *p = w + 2;
            sb3_real sum = MUL16(p, xq, 0) + MUL16(p, xq, 16);
            W8A8_SPLIT(sum, w[0], w[1], sx[0], acc_a, acc_b);
            w += 34;
            xq += 32;
            sx++;
        }
        if (ragged) {
            sb3_real sum = dot_from(0, w + 2, xq, s->last_len);
            W8A8_SPLIT(sum, w[0], w[1], sx[0], acc_a, acc_b);
            w += s->last_len + 2;
        }
        out[i] = acc_a;
        if (i + 1 < d) out[i + 1] = acc_b;
    }
}

/* matvec_w8a8_g32 for a last group of L columns, L = 2, 4, .., 14 or 32 (no ragged group;
 * W8A8 rows are even: dim by its even head size, hidden_dim by the preset): with L a
 * constant the last group is one expression with no tests per row pair (a build keeps the
 * kernels its row lengths use; other lengths take matvec_w8a8_g32). As float rows do, rows
 * whose last group is short (32 - last <= n / 8, as 172 = 5 * 32 + 12) take the L = 32
 * kernel and read their last group on past the row pair, into the next pair's items, times
 * zeros in xq (w8a8_prepare writes them): the group's sum is the same integer. */
#define MATVEC_W8A8_G32(L)                                                                  \
    NOINLINE static void matvec_w8a8_g32_l##L(sb3_real *out, const sb3_real *w, int ngroups, \
                                              int last, int d) {                            \
        int full = L == 32 ? ngroups : ngroups - 1;                                         \
        /* back from the columns read past the row pair (L = 32 only) */                    \
        int back = L == 32 ? last - 32 : 0;                                                 \
        for (int i = 0; i < d; i += 2) {                                                    \
            sb3_real acc_a = 0, acc_b = 0;                                                  \
            const sb3_real *xq = b_qy;                                                      \
            const sb3_real *sx = b_qsx;                                                     \
            for (int g = 0; g < full; g++) {                                                \
                const sb3_real *p = w + 2;                                                  \
                sb3_real sum = MUL16(p, xq, 0) + MUL16(p, xq, 16);                          \
                W8A8_SPLIT(sum, w[0], w[1], sx[0], acc_a, acc_b);                           \
                w += 34;                                                                    \
                xq += 32;                                                                   \
                sx++;                                                                       \
            }                                                                               \
            if (L < 32) {                                                                   \
                sb3_real sum = dot_steps(0, w + 2, xq, 0, L % 32);                          \
                W8A8_SPLIT(sum, w[0], w[1], sx[0], acc_a, acc_b);                           \
                w += L % 32 + 2;                                                            \
            }                                                                               \
            w += back;                                                                      \
            out[i] = acc_a;                                                                 \
            if (i + 1 < d) out[i + 1] = acc_b;                                              \
        }                                                                                   \
    }
MATVEC_W8A8_G32(2) MATVEC_W8A8_G32(4) MATVEC_W8A8_G32(6) MATVEC_W8A8_G32(8)
MATVEC_W8A8_G32(10) MATVEC_W8A8_G32(12) MATVEC_W8A8_G32(14) MATVEC_W8A8_G32(32)

/* The W8A8 group-32 kernel for a row shape: by last_len (binary search, four tests). */
__attribute__((always_inline)) static inline void matvec_w8a8_g32_by_tail(sb3_real *out,
                                                                          const sb3_real *w,
                                                                          const Shape *s, int d) {
    int l = s->last_len, ng = s->ngroups;
#define PAIR(a, b)                                                                          \
    if (l == a) matvec_w8a8_g32_l##a(out, w, ng, l, d);                                     \
    else matvec_w8a8_g32_l##b(out, w, ng, l, d)
    if (l == 32 || w8a8_g32_reads_past(s->n)) matvec_w8a8_g32_l32(out, w, ng, l, d);
    else if (l >= 16 || l - 2 * (l / 2)) matvec_w8a8_g32(out, w, s, d);
    else if (l < 8) {
        if (l < 4) matvec_w8a8_g32_l2(out, w, ng, l, d); else PAIR(4, 6);
    } else if (l < 12) PAIR(8, 10); else PAIR(12, 14);
#undef PAIR
}

/* Embedding row `token` of the W8A8 layout: lane token mod 2 of pair token / 2, value =
 * scale * q. */
NOINLINE static void embed_w8a8(sb3_real *out, int token) {
    int pair = (int)sb3_floor((sb3_real)token * (sb3_real)0.5);
    int lane = token - 2 * pair;
    const sb3_real *w = w_emb + pair * (2 * shD.row_items);
    for (int g = 0; g < shD.ngroups; g++) {
        int len = g == shD.ngroups - 1 ? shD.last_len : shD.group_len;
        sb3_real scale = w[lane];
        for (int j = 0; j < len; j++) {
            sb3_real v = w[2 + j];
            sb3_real hi = sb3_floor((v + W8A8_HALF) * W8A8_INV);
            sb3_real q = lane ? hi : v - W8A8_LANE * hi;
            out[j] = scale * q;
        }
        w += len + 2;
        out += len;
    }
}

/* out = W x for d rows of shape s; in the Q8_0 layout x must have been prepared. Groups of
 * one, two or eight packed items (group size 4, 8 or 32) take a path without a loop per
 * group: there the per-group loop set-up cost more than the group's multiply-adds. */
NOINLINE static void matvec(sb3_real *out, const sb3_real *x, const sb3_real *w, const Shape *s, int d) {
    if (quant == QUANT_W8A8) {
        if (s->group_len == 32) matvec_w8a8_g32_by_tail(out, w, s, d);
        else matvec_w8a8(out, w, s, d);
    } else if (quant) {
        /* group_items 1 implies last_items 1: the last group is no longer than a full one */
        if (s->group_items == 1) matvec_q8_g1(out, w, s->ngroups, d);
        else if (s->group_items == 2) matvec_q8_g2(out, w, s, d);
        else if (s->group_items == 8) matvec_q8_g8(out, w, s->ngroups, s->last_items, d);
        else matvec_q8(out, w, s, d);
    } else {
        matvec_float(out, x, w, s->n, d);
    }
}

/* Zeros for the groups a group-4 row reads past its end (q8_g1_groups_read): another
 * input's prepare may have left values there. */
static void q8_g1_pad(const Shape *s) {
    for (int g = s->ngroups; g < q8_g1_groups_read(s->ngroups); g++) {
        b_qsx[g] = 0;
        b_qy[4 * g] = 0;
        b_qy[4 * g + 1] = 0;
        b_qy[4 * g + 2] = 0;
        b_qy[4 * g + 3] = 0;
    }
}

static void prepare(const sb3_real *x, const Shape *s) {
    if (quant == QUANT_W8A8) w8a8_prepare(x, s);
    else if (quant) {
        q8_prepare(x, s);
        if (s->group_items == 1) q8_g1_pad(s);
    }
}

/* Embedding row `token` into out. Q8_0: value = scale * (b - 128). */
NOINLINE static void embed(sb3_real *out, int token) {
    if (quant == QUANT_W8A8) {
        embed_w8a8(out, token);
        return;
    }
    const sb3_real *w = w_emb + token * shD.row_items;
    if (!quant) {
        for (int j = 0; j < dim; j++) out[j] = w[j];
        return;
    }
    for (int g = 0; g < shD.ngroups; g++) {
        int last = g == shD.ngroups - 1;
        int len = last ? shD.last_len : shD.group_len;
        int items = last ? shD.last_items : shD.group_items;
        sb3_real scale = w[0];
        sb3_real *o = out;
        int left = len; /* values still to write in this group */
        for (int j = 0; j < items; j++) {
            sb3_real v = w[1 + j];
            sb3_real f1 = sb3_floor(v * (sb3_real)0.00390625);
            sb3_real f2 = sb3_floor(v * (sb3_real)0.0000152587890625);
            sb3_real f3 = sb3_floor(v * (sb3_real)0.000000059604644775390625);
            if (left > 0) o[0] = scale * (v - 256 * f1 - 128);
            if (left > 1) o[1] = scale * (f1 - 256 * f2 - 128);
            if (left > 2) o[2] = scale * (f2 - 256 * f3 - 128);
            if (left > 3) o[3] = scale * (f3 - 128);
            o += 4;
            left -= 4;
        }
        w += items + 1;
        out += len;
    }
}

/* ---- Transformer ------------------------------------------------------------------------ */

/* o = weight * (ss * x) with ss = 1 / sqrt(sum(x*x) / n + eps), as run.c. */
NOINLINE static void rmsnorm(sb3_real *o, const sb3_real *x, const sb3_real *weight, int n) {
    sb3_real ss = 0;
    for (int j = 0; j < n; j++) ss = ss + x[j] * x[j];
    ss = ss / n;
    ss = ss + rms_eps;
    ss = 1 / sb3_sqrt(ss);
    for (int j = 0; j < n; j++) o[j] = weight[j] * (ss * x[j]);
}

/* In place: x = exp(x - max) / sum, as run.c (first maximum, sums in index order). */
NOINLINE static void softmax(sb3_real *x, int n) {
    sb3_real max = x[0];
    for (int i = 1; i < n; i++)
        if (x[i] > max) max = x[i];
    sb3_real sum = 0;
    for (int i = 0; i < n; i++) {
        x[i] = sb3_exp(x[i] - max);
        sum = sum + x[i];
    }
    for (int i = 0; i < n; i++) x[i] = x[i] / sum;
}

/* Rotates pairs (v[2k], v[2k+1]) of each of `heads` heads by the angle table row. */
NOINLINE static void rope(sb3_real *v, int heads, const sb3_real *c, const sb3_real *s) {
    int half = head_size / 2;
    for (int h = 0; h < heads; h++) {
        sb3_real *p = v;
        for (int k = 0; k < half; k++) {
            sb3_real v0 = p[0];
            sb3_real v1 = p[1];
            p[0] = v0 * c[k] - v1 * s[k];
            p[1] = v0 * s[k] + v1 * c[k];
            p += 2;
        }
        v += head_size;
    }
}

/* att[t] = q.k_t / scale for t = 0..pos (one head; k: k_0, rows kv_dim apart). Head sizes
 * 8 (stories260K) and multiples of 16 (the larger models) take a loop with the dot's shape
 * as constants: one expression per position, no tests. */
NOINLINE static void att_scores(sb3_real *att, const sb3_real *q, const sb3_real *k, int pos,
                                sb3_real scale) {
    if (head_size == 8) {
        for (int t = 0; t <= pos; t++) {
            att[t] = dot_steps(0, q, k, 0, 8) / scale;
            k += kv_dim;
        }
    } else if (head_size == 16 * (head_size / 16)) {
        int steps = head_size / 16;
        for (int t = 0; t <= pos; t++) {
            att[t] = dot_steps(0, q, k, steps, 0) / scale;
            k += kv_dim;
        }
    } else {
        for (int t = 0; t <= pos; t++) {
            att[t] = dot_from(0, q, k, head_size) / scale;
            k += kv_dim;
        }
    }
}

/* xb[i] = sum over t = 0..pos, in order from 0, of att[t] * v_t[i] (one head; vh: v_0 of
 * the head, rows kv_dim apart): one output at a time, eight positions per step in one
 * expression (the order of a loop over t that adds into xb[i]). The last step runs on past
 * pos to the next multiple of 8: att holds zeros there (attention writes them) and v_t is
 * some later row, so those products are 0 * v and add zero. One shape for every position:
 * with a tail of its own, each new branch (first reached at positions 3 and 7) made V8
 * drop the compiled function and compile it again while the first tokens waited. */
NOINLINE static void att_mix(sb3_real *xb, const sb3_real *att, const sb3_real *vh, int pos) {
    int steps = (pos + 8) / 8;
    int kv2 = 2 * kv_dim, kv3 = 3 * kv_dim, kv4 = 4 * kv_dim, kv5 = 5 * kv_dim;
    int kv6 = 6 * kv_dim, kv7 = 7 * kv_dim;
    for (int i = 0; i < head_size; i++) {
        const sb3_real *v = vh + i;
        const sb3_real *a = att;
        sb3_real s = 0;
        for (int t = 0; t < steps; t++) {
            s = s + a[0] * v[0] + a[1] * v[kv_dim] + a[2] * v[kv2] + a[3] * v[kv3] +
                a[4] * v[kv4] + a[5] * v[kv5] + a[6] * v[kv6] + a[7] * v[kv7];
            a += 8;
            v += 8 * kv_dim;
        }
        xb[i] = s;
    }
}

/* Each head's scores, softmax and weighted sum are custom blocks of their own: in TurboWarp
 * small JS functions, which V8 optimises better than one function holding all three. */
NOINLINE static void attention(int layer, int pos) {
    int kv_mul = n_heads / n_kv;
    sb3_real scale = sb3_sqrt((sb3_real)head_size);
    const sb3_real *kc = b_kc + layer * seq * kv_dim;
    const sb3_real *vc = b_vc + layer * seq * kv_dim;
    for (int h = 0; h < n_heads; h++) {
        sb3_real *att = b_att + h * seq;
        int off = (h / kv_mul) * head_size;
        att_scores(att, b_q + h * head_size, kc + off, pos, scale);
        softmax(att, pos + 1);
        for (int t = pos + 1; t < 8 * ((pos + 8) / 8); t++) att[t] = 0; /* att_mix reads on */
        att_mix(b_xb + h * head_size, att, vc + off, pos);
    }
}

/* Logits for `token` at `pos` into b_logits. */
NOINLINE static void forward(int token, int pos) {
    int dr = shD.row_items, fr = shF.row_items;
    embed(b_x, token);
    const sb3_real *rc = rope_cos + pos * (head_size / 2);
    const sb3_real *rs = rope_sin + pos * (head_size / 2);
    for (int l = 0; l < n_layers; l++) {
        sb3_real *kslot = b_kc + (l * seq + pos) * kv_dim;
        sb3_real *vslot = b_vc + (l * seq + pos) * kv_dim;
        rmsnorm(b_xb, b_x, w_rms_att + l * dim, dim);
        prepare(b_xb, &shD);
        matvec(b_q, b_xb, w_q + l * dim * dr, &shD, dim);
        matvec(kslot, b_xb, w_k + l * kv_dim * dr, &shD, kv_dim);
        matvec(vslot, b_xb, w_v + l * kv_dim * dr, &shD, kv_dim);
        rope(b_q, n_heads, rc, rs);
        rope(kslot, n_kv, rc, rs);
        attention(l, pos);
        prepare(b_xb, &shD);
        matvec(b_xb2, b_xb, w_o + l * dim * dr, &shD, dim);
        for (int i = 0; i < dim; i++) b_x[i] = b_x[i] + b_xb2[i];
        rmsnorm(b_xb, b_x, w_rms_ffn + l * dim, dim);
        prepare(b_xb, &shD);
        matvec(b_hb, b_xb, w_1 + l * hidden * dr, &shD, hidden);
        matvec(b_hb2, b_xb, w_3 + l * hidden * dr, &shD, hidden);
        for (int i = 0; i < hidden; i++) {
            sb3_real val = b_hb[i];
            val = val * (1 / (1 + sb3_exp(-val)));
            b_hb[i] = val * b_hb2[i];
        }
        prepare(b_hb, &shF);
        matvec(b_xb, b_hb, w_2 + l * dim * fr, &shF, dim);
        for (int i = 0; i < dim; i++) b_x[i] = b_x[i] + b_xb[i];
    }
    rmsnorm(b_x, b_x, w_rms_final, dim);
    prepare(b_x, &shD);
    matvec(b_logits, b_x, w_cls, &shD, vocab);
}

/* ---- Sampling ----------------------------------------------------------------------------
 * Park–Miller "minimal standard" PRNG, exact in doubles: M = 2^31 - 1 and A = 48271 come from
 * the header (M is not an f32). State s in [1, M-1].
 *   seed:  s = floor(|seed|) mod (M - 1)          (mod as a - b*floor(a/b)); if s = 0:
 *          s = floor(sb3_timer() * 1000) mod (M - 1), and 1 if that is 0 too (fresh seed)
 *   next:  t = s * A (< 2^47, exact); s = t - M * floor(t / M)
 *   coin:  (s - 1) / (M - 1), in [0, 1); one coin per sampled token, drawn after softmax.
 * Sampler (temperature > 0): logits /= temperature; softmax; coin.
 *   - no top-k (topk <= 0 or >= vocab) and no top-p (topp <= 0 or >= 1): run.c sample_mult:
 *     first i with coin < cdf(i), cdf summed in id order; else vocab - 1.
 *   - otherwise: candidates = all ids, or with top-p only those with p >= (1 - topp) /
 *     (vocab - 1) (run.c's cutoff); ordered by p descending, ties by lower id (a heap pops
 *     them in that order; no full sort; if the cutoff keeps nothing, all ids). Walk the order, at most topk entries if top-k is
 *     on: cum += p; with top-p on, stop at the first entry where cum > topp (last = it).
 *     r = coin * cum; return the first walked entry with r < cdf (cdf summed over the walk
 *     order), else the last walked entry.
 * temperature <= 0: argmax, first maximum. */

static sb3_real next_coin(void) {
    sb3_real t = rng * pm_mult;
    rng = t - pm_mod * sb3_floor(t / pm_mod);
    return (rng - 1) / (pm_mod - 1);
}

static void seed_rng(sb3_real seed) {
    sb3_real m1 = pm_mod - 1;
    sb3_real s = sb3_floor(sb3_fabs(seed));
    s = s - m1 * sb3_floor(s / m1);
    if (s == 0) { /* seed 0: a fresh seed from the timer */
        s = sb3_floor(sb3_timer() * 1000);
        s = s - m1 * sb3_floor(s / m1);
        if (s == 0) s = 1;
    }
    rng = s;
}

static int argmax(const sb3_real *p, int n) {
    int best = 0;
    sb3_real max = p[0];
    for (int i = 1; i < n; i++)
        if (p[i] > max) { max = p[i]; best = i; }
    return best;
}

/* Whether id a comes before id b: higher probability first, then lower id. */
static int before(const sb3_real *p, int a, int b) {
    return p[a] > p[b] || (p[a] == p[b] && a < b);
}

static void sift_down(const sb3_real *p, sb3_real *heap, int n, int i) {
    for (;;) {
        int c = 2 * i + 1;
        if (c >= n) return;
        if (c + 1 < n && before(p, (int)heap[c + 1], (int)heap[c])) c = c + 1;
        if (!before(p, (int)heap[c], (int)heap[i])) return;
        sb3_real tmp = heap[c];
        heap[c] = heap[i];
        heap[i] = tmp;
        i = c;
    }
}

NOINLINE static int sample(sb3_real *logits, sb3_real temperature, int topk, sb3_real topp) {
    if (temperature <= 0) return argmax(logits, vocab);
    for (int i = 0; i < vocab; i++) logits[i] = logits[i] / temperature;
    softmax(logits, vocab);
    sb3_real coin = next_coin();
    int use_k = topk > 0 && topk < vocab;
    int use_p = topp > 0 && topp < 1;
    if (!use_k && !use_p) {
        sb3_real cdf = 0;
        for (int i = 0; i < vocab; i++) {
            cdf = cdf + logits[i];
            if (coin < cdf) return i;
        }
        return vocab - 1;
    }
    int n = 0;
    if (use_p && vocab > 1) {
        sb3_real cutoff = (1 - topp) / (vocab - 1);
        for (int i = 0; i < vocab; i++)
            if (logits[i] >= cutoff) { b_heap[n] = i; n++; }
    }
    if (n == 0) { /* no top-p, or the cutoff kept nothing: every id is a candidate */
        for (int i = 0; i < vocab; i++) b_heap[i] = i;
        n = vocab;
    }
    for (int i = n / 2 - 1; i >= 0; i--) sift_down(logits, b_heap, n, i);
    int limit = use_k && topk < n ? topk : n;
    /* pop in order: the heap shrinks to b_heap[0..end), the i-th popped id lands at
     * b_heap[n - 1 - i] */
    sb3_real cum = 0;
    int walked = 0;
    int end = n;
    for (int i = 0; i < limit; i++) {
        end = end - 1;
        int top = (int)b_heap[0];
        b_heap[0] = b_heap[end];
        b_heap[end] = top;
        sift_down(logits, b_heap, end, 0);
        cum = cum + logits[top];
        walked = i + 1;
        if (use_p && cum > topp) break;
    }
    sb3_real r = coin * cum;
    sb3_real cdf = 0;
    const sb3_real *popped = b_heap + (n - 1);
    for (int i = 0; i < walked; i++) {
        int id = (int)popped[0];
        cdf = cdf + logits[id];
        if (r < cdf) return id;
        popped = popped - 1;
    }
    return (int)b_heap[end];
}

/* ---- BPE encode, as llama2.c run.c encode(text, bos=1, eos=0) ------------------------- */

/* Compares the byte string a[0..la) ++ b[0..lb) with token t's bytes (strcmp order). */
static int cmp_token(const sb3_real *a, int la, const sb3_real *b, int lb, int t) {
    const sb3_real *p = t_bytes + (int)t_off[t];
    int lt = (int)t_len[t];
    for (int i = 0; i < la + lb; i++) {
        if (i >= lt) return 1;
        int c = i < la ? (int)a[i] : (int)b[i - la];
        int d = (int)p[i];
        if (c != d) return c < d ? -1 : 1;
    }
    return la + lb < lt ? -1 : 0;
}

/* Lowest token id whose bytes equal a ++ b, or -1 (binary search of the sorted index). */
static int lookup(const sb3_real *a, int la, const sb3_real *b, int lb) {
    int lo = 0, hi = vocab;
    while (lo < hi) {
        int mid = (lo + hi) / 2;
        if (cmp_token(a, la, b, lb, (int)t_sorted[mid]) > 0) lo = mid + 1;
        else hi = mid;
    }
    if (lo < vocab && cmp_token(a, la, b, lb, (int)t_sorted[lo]) == 0) return (int)t_sorted[lo];
    return -1;
}

static int push_byte(int n, int b) {
    if (n < prompt_cap) p_bytes[n] = b;
    return n + 1;
}

/* UTF-8 bytes of the prompt into p_bytes; returns the count (whole characters that fit).
 * Surrogate pairs are combined; unknown characters (-1) and lone surrogates become U+FFFD;
 * U+0000 is dropped (it would end run.c's C string). */
static int prompt_to_utf8(void) {
    int len = sb3_prompt_length();
    int n = 0;
    for (int i = 0; i < len; i++) {
        int c = sb3_prompt_char(i);
        if (c >= 0xD800 && c < 0xDC00 && i + 1 < len) {
            int d = sb3_prompt_char(i + 1);
            if (d >= 0xDC00 && d < 0xE000) {
                c = 0x10000 + (c - 0xD800) * 1024 + (d - 0xDC00);
                i++;
            }
        }
        if (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c < 0xE000)) c = 0xFFFD;
        if (c == 0) continue;
        int need = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
        if (n + need > prompt_cap) break;
        if (need == 1) {
            n = push_byte(n, c);
        } else if (need == 2) {
            n = push_byte(n, 192 + c / 64);
            n = push_byte(n, 128 + c % 64);
        } else if (need == 3) {
            n = push_byte(n, 224 + c / 4096);
            n = push_byte(n, 128 + (c / 64) % 64);
            n = push_byte(n, 128 + c % 64);
        } else {
            n = push_byte(n, 240 + c / 262144);
            n = push_byte(n, 128 + (c / 4096) % 64);
            n = push_byte(n, 128 + (c / 64) % 64);
            n = push_byte(n, 128 + c % 64);
        }
    }
    return n;
}

static void pair_update(int i) {
    int a = (int)p_tokens[i], b = (int)p_tokens[i + 1];
    const sb3_real *pa = t_bytes + (int)t_off[a];
    const sb3_real *pb = t_bytes + (int)t_off[b];
    int id = lookup(pa, (int)t_len[a], pb, (int)t_len[b]);
    p_pair_id[i] = id;
    p_pair_score[i] = id >= 0 ? t_score[id] : 0;
}

/* Encodes the prompt into p_tokens (BOS first); returns the token count. */
NOINLINE static int encode(void) {
    int nb = prompt_to_utf8();
    int n = 0;
    p_tokens[n++] = bos;
    if (nb > 0) {
        const sb3_real *space = img + H_SPACE; /* holds the byte 32 */
        int dummy = lookup(space, 1, space, 0);
        if (dummy >= 0) p_tokens[n++] = dummy;
    }
    int start = 0;
    for (int i = 0; i < nb; i++) {
        int c = (int)p_bytes[i];
        if (c < 128 || c >= 192) start = i;
        int len = i - start + 1;
        if (i + 1 < nb) {
            int next = (int)p_bytes[i + 1];
            if (next >= 128 && next < 192 && len < 4) continue;
        }
        int id = lookup(p_bytes + start, len, p_bytes, 0);
        if (id >= 0) {
            p_tokens[n++] = id;
        } else {
            for (int j = start; j <= i; j++) {
                int t = (int)p_bytes[j] + 3;
                if (t < vocab) p_tokens[n++] = t;
            }
        }
        start = i + 1;
    }
    for (int i = 0; i + 1 < n; i++) pair_update(i);
    for (;;) {
        sb3_real best = -1e10;
        int at_i = -1;
        for (int i = 0; i + 1 < n; i++) {
            if (p_pair_id[i] >= 0 && p_pair_score[i] > best) {
                best = p_pair_score[i];
                at_i = i;
            }
        }
        if (at_i < 0) break;
        p_tokens[at_i] = p_pair_id[at_i];
        for (int i = at_i + 1; i + 1 < n; i++) {
            p_tokens[i] = p_tokens[i + 1];
            p_pair_id[i] = p_pair_id[i + 1];
            p_pair_score[i] = p_pair_score[i + 1];
        }
        n--;
        if (at_i > 0) pair_update(at_i - 1);
        if (at_i + 1 < n) pair_update(at_i);
    }
    return n;
}

/* ---- The run ------------------------------------------------------------------------------ */

/* The run's state between frames (generate and generate_frame share it). */
static int g_token, g_pos, g_emitted, g_steps, g_n_prompt, g_topk;
static sb3_real g_temperature, g_topp, g_t0;

/* Seconds of tokens per frame: a frame runs tokens while the next one, as long as the last,
 * still ends within this budget (at least one token), then yields once so Scratch redraws
 * the speech bubble. Just under a 30 fps frame (33.3 ms) and far below the warp timer
 * (500 ms): the editor stays responsive. An exact f32 (1/32). */
#define FRAME_SECONDS ((sb3_real)0.03125)

/* One position, run.c semantics: `steps` counts prompt positions too; stops at BOS; prompt
 * tokens are printed as they are forced. Returns whether another position follows. */
static int step(void) {
    forward(g_token, g_pos);
    int next;
    if (g_pos < g_n_prompt - 1) next = (int)p_tokens[g_pos + 1];
    else next = sample(b_logits, g_temperature, g_topk, g_topp);
    g_pos++;
    if (next == bos) return 0;
    int skip = 0;
    if (g_token == bos && (int)t_len[next] > 0 && (int)t_bytes[(int)t_off[next]] == 32) skip = 1;
    sb3_emit_token(next, skip);
    g_emitted++;
    g_token = next;
    return g_pos < g_steps;
}

/* Warp: as many tokens as FRAME_SECONDS allows (at least one), then the progress report.
 * Returns whether the run goes on. */
NOINLINE static int generate_frame(void) {
    sb3_real start = sb3_timer();
    sb3_real now = start;
    int more = 1;
    while (more) {
        sb3_real before = now;
        more = step();
        now = sb3_timer();
        if ((now - start) + (now - before) > FRAME_SECONDS) break;
    }
    sb3_report(g_emitted, now - g_t0);
    return more;
}

/* One frame's worth of tokens per iteration; not warp, so Scratch redraws between frames
 * (everything inside a frame is a warp custom block). */
SB3_NOWARP NOINLINE static int generate(int n_prompt, int steps, sb3_real temperature, int topk,
                                        sb3_real topp) {
    g_token = (int)p_tokens[0];
    g_pos = 0;
    g_emitted = 0;
    g_steps = steps;
    g_n_prompt = n_prompt;
    g_temperature = temperature;
    g_topk = topk;
    g_topp = topp;
    g_t0 = sb3_timer();
    while (generate_frame()) {
    }
    return g_emitted;
}

/* SB3_BENCH: tests/bench/matvec_real.c includes this file for its functions, with its own
 * main (the matvec benchmark times the real matvec). */
#ifndef SB3_BENCH
SB3_NOWARP int main(void) {
    sb3_status(SB3_STATUS_THINKING);
    if (!load_header()) {
        sb3_status(SB3_STATUS_ERROR);
        return 1;
    }
    int steps = (int)sb3_setting(SB3_SETTING_STEPS);
    sb3_real temperature = sb3_setting(SB3_SETTING_TEMPERATURE);
    int topk = (int)sb3_setting(SB3_SETTING_TOPK);
    sb3_real topp = sb3_setting(SB3_SETTING_TOPP);
    seed_rng(sb3_setting(SB3_SETTING_SEED));
    if (steps <= 0 || steps > seq) steps = seq;
    int n_prompt = encode();
    generate(n_prompt, steps, temperature, topk, topp);
    sb3_status(SB3_STATUS_DONE);
    return 0;
}
#endif
