/*
 * host.c — runs prebuilt_ir/llama2_scratch.c natively (the native oracle), implementing the
 * Model ABI externs of scratch.h on the host. Built by tests/native.rs:
 *   cc -O2 -ffp-contract=off -DSB3_NATIVE -Iprebuilt_ir -c llama2_scratch.c -Dmain=llama2_main
 *   cc -O2 -ffp-contract=off -DSB3_NATIVE -Iprebuilt_ir host.c llama2_scratch.o -lm
 * Usage: host IMAGE STEPS TEMPERATURE TOPK TOPP SEED [PROMPT]
 *   IMAGE is the packed image as little-endian f64; PROMPT is UTF-8.
 * Prints one line "T <token> <skip>" per sb3_emit_token, "S <code>" per status change.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include "scratch.h"

int llama2_main(void);

static double *image;
static double settings[5];
static int *prompt;
static int prompt_len;

sb3_real *sb3_image(void) { return image; }
sb3_real sb3_setting(int which) { return which >= 0 && which < 5 ? settings[which] : 0; }
int sb3_prompt_length(void) { return prompt_len; }
int sb3_prompt_char(int i) { return i >= 0 && i < prompt_len ? prompt[i] : -1; }
void sb3_emit_token(int token, int skip) { printf("T %d %d\n", token, skip); }
void sb3_status(int code) { printf("S %d\n", code); }
sb3_real sb3_timer(void) { return (double)clock() / CLOCKS_PER_SEC; }
void sb3_report(int tokens, sb3_real seconds) { (void)tokens; (void)seconds; }

/* UTF-8 argv into code points (the Scratch side may also pass UTF-16 units). */
static void decode_prompt(const unsigned char *s) {
    size_t n = strlen((const char *)s);
    prompt = malloc((n + 1) * sizeof(int));
    prompt_len = 0;
    for (size_t i = 0; i < n;) {
        unsigned c = s[i];
        int len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        unsigned cp = len == 1 ? c : len == 2 ? c & 0x1F : len == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < len && i + k < n; k++) cp = cp * 64 + (s[i + k] & 0x3F);
        prompt[prompt_len++] = (int)cp;
        i += len;
    }
}

int main(int argc, char **argv) {
    if (argc < 7) {
        fprintf(stderr, "usage: host IMAGE STEPS TEMPERATURE TOPK TOPP SEED [PROMPT]\n");
        return 2;
    }
    FILE *f = fopen(argv[1], "rb");
    if (!f) { perror(argv[1]); return 2; }
    fseek(f, 0, SEEK_END);
    long bytes = ftell(f);
    fseek(f, 0, SEEK_SET);
    image = malloc((size_t)bytes + 64);
    if (!image || fread(image, 1, (size_t)bytes, f) != (size_t)bytes) { perror("read"); return 2; }
    fclose(f);
    for (int i = 0; i < 5; i++) settings[i] = strtod(argv[2 + i], NULL);
    decode_prompt((const unsigned char *)(argc > 7 ? argv[7] : ""));
    int rc = llama2_main();
    fflush(stdout);
    return rc;
}
