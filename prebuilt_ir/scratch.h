/*
 * scratch.h — the ABI between C programs compiled for llm2sb3 and the lowering
 * (src/lower/). This file is the one place it is written down: every extern declared
 * here is mapped to Scratch blocks by src/lower/externs.rs, and an extern that is not
 * declared here is a compile error naming it.
 *
 * How C maps onto Scratch (the lowering guarantees these; C code may rely on them):
 *   - Target: clang-19 with the flags in prebuilt_ir/clang-flags (wasm32-unknown-unknown:
 *     32-bit pointers, int = long = 32 bits; no vectors, no unrolling, no FMA contraction).
 *   - Memory is one Scratch list. One list item holds one aligned 32-bit word: an int,
 *     a pointer or a float. A double occupies an 8-byte slot but only its first item.
 *     char/short loads and stores work on words that hold integers (not on floats).
 *   - float arithmetic is carried out in doubles (Scratch numbers are IEEE doubles), so
 *     C code whose results must match a native build uses `sb3_real` (float here, double
 *     in native oracle builds with -DSB3_NATIVE) and no float constants that f32 cannot
 *     hold exactly (put such numbers in memory instead).
 *   - Integer arithmetic has exact C semantics at every width (wrap-around, signed and
 *     unsigned division, shifts, bitwise ops). 64-bit integers work while their values
 *     stay within ±2^53; `nsw` arithmetic (signed C ints) is cheapest.
 *   - Not supported: function pointers, inline asm, varargs, vectors.
 *   - Functions become "run without screen refresh" custom blocks, except those marked
 *     SB3_NOWARP, whose loops let Scratch redraw the screen between iterations.
 */
#ifndef SB3_SCRATCH_H
#define SB3_SCRATCH_H

#ifdef SB3_NATIVE
typedef double sb3_real; /* native oracle builds: the arithmetic Scratch does */
#else
typedef float sb3_real; /* one list item; computed as a double in Scratch */
#endif

#define SB3_NOWARP __attribute__((annotate("sb3_nowarp")))

/* Math that maps to one Scratch block each, at sb3_real precision. */
#ifdef SB3_NATIVE
#define sb3_sqrt(x) __builtin_sqrt(x)
#define sb3_exp(x) __builtin_exp(x)
#define sb3_floor(x) __builtin_floor(x)
#define sb3_fabs(x) __builtin_fabs(x)
#else
#define sb3_sqrt(x) __builtin_sqrtf(x)
#define sb3_exp(x) __builtin_expf(x)
#define sb3_floor(x) __builtin_floorf(x)
#define sb3_fabs(x) __builtin_fabsf(x)
#endif

/* ---- General-program ABI (tests, compile-ir) ----------------------------------------
 * Entry point: int main(void), started by the green flag. When main returns, the stage
 * variable `status` becomes "done". Output goes to the stage list `out`, one item a call. */

/* Appends the integer v to `out`. */
void sb3_out_int(int v);
/* Appends the number v to `out` (Scratch prints it as JavaScript does). */
void sb3_out_double(double v);
/* Appends the character with code c (0..255, Latin-1) to `out`, as a one-letter item. */
void sb3_out_char(int c);

/* ---- Model ABI (prebuilt_ir/llama2_scratch.c) ----------------------------------------
 * main() is the whole run: read the settings, encode the prompt, generate, report. The
 * frame loop is SB3_NOWARP (Scratch redraws between its iterations); each iteration is one
 * warp call that generates tokens until a frame's time budget is spent (sb3_timer). The image layout (header fields) is documented in src/pack/header.rs. */

/* Base address of the packed memory image (src/pack/): its header, then the data. The
 * program writes its activation buffers, KV cache and prompt buffers inside the image. */
sb3_real *sb3_image(void);

/* Stage settings (the sliders), ids for sb3_setting. */
#define SB3_SETTING_STEPS 0       /* positions to run, prompt included; <= 0 or > seq: seq */
#define SB3_SETTING_TEMPERATURE 1 /* <= 0: greedy (argmax) */
#define SB3_SETTING_TOPK 2        /* <= 0 or >= vocab: off */
#define SB3_SETTING_TOPP 3        /* <= 0 or >= 1: off */
#define SB3_SETTING_SEED 4        /* Park-Miller seed, any non-negative integer */
/* Current value of the stage setting `which` (a number; the Scratch side reads a slider). */
sb3_real sb3_setting(int which);

/* Number of characters of the prompt (after `ask`; the preset's prompt when the answer is
 * empty). May be 0. */
int sb3_prompt_length(void);
/* Code of the prompt's i-th character (0-based; Scratch letters are UTF-16 code units), -1
 * if the Scratch side cannot tell (the program reads it as U+FFFD). Exact for U+0000..U+33FF
 * (Latin, Greek, Cyrillic, Armenian, Georgian, punctuation, symbols, kana; cased letters too)
 * and for any BMP letter whose lowercase lies in that range (src/lower/char_table.rs); -1
 * for other characters, e.g. CJK ideographs or fullwidth forms. A character beyond the BMP
 * (emoji) is a surrogate pair, two -1s: two U+FFFD (a surrogate code would be joined). */
int sb3_prompt_char(int i);

/* Appends the display text of `token` to the story, without its first `skip` characters
 * (skip is 0 or 1: run.c drops the leading space of the first token after BOS). The display
 * text is run.c's decode of the token alone: "<0xHH>" byte tokens are that byte, a one-byte
 * text that is neither printable ASCII nor whitespace is empty, other tokens are their bytes
 * as UTF-8 (src/pack/tokens.rs: display_text). Called once per generated position. */
void sb3_emit_token(int token, int skip);

/* Status codes for sb3_status. */
#define SB3_STATUS_READY 0
#define SB3_STATUS_THINKING 1
#define SB3_STATUS_DONE 2
#define SB3_STATUS_ERROR 3 /* image/program mismatch (magic or layout version) */
/* Shows the status (the `status` variable reads "done" after SB3_STATUS_DONE). */
void sb3_status(int code);

/* Seconds since an arbitrary origin (Scratch's timer). */
sb3_real sb3_timer(void);
/* Progress after each emitted token: `tokens` emitted so far, `seconds` since generation
 * started (the Scratch side shows the count and tokens / seconds). */
void sb3_report(int tokens, sb3_real seconds);

#endif
