/* Native implementation of the general-program ABI of prebuilt_ir/scratch.h, used to
 * produce the expected outputs in tests/c/expected/. Each call prints one JSON value on
 * its own line, in the form the VM runner (tests/vm/run.js) prints list items:
 *   sb3_out_int     -> a JSON number
 *   sb3_out_double  -> a JSON number (shortest text that reads back as the same double),
 *                      or the string "NaN", "Infinity", "-Infinity" or "-0"
 *   sb3_out_char    -> a one-character JSON string (Latin-1 code point; control and
 *                      non-ASCII characters as \u00XX escapes)
 * tests/c/expected.sh wraps the lines into a JSON array. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <math.h>

void sb3_out_int(int v) { printf("%d\n", v); }

void sb3_out_double(double v) {
  if (isnan(v)) { puts("\"NaN\""); return; }
  if (isinf(v)) { puts(v > 0 ? "\"Infinity\"" : "\"-Infinity\""); return; }
  if (v == 0 && signbit(v)) { puts("\"-0\""); return; }
  char buf[40];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(buf, sizeof buf, "%.*g", prec, v);
    if (strtod(buf, NULL) == v) break;
  }
  puts(buf);
}

void sb3_out_char(int c) {
  if (c < 0 || c > 255) {
    fprintf(stderr, "sb3_out_char(%d): the ABI allows codes 0..255 only\n", c);
    exit(3);
  }
  if (c == '"' || c == '\\') printf("\"\\%c\"\n", c);
  else if (c < 32 || c > 126) printf("\"\\u%04x\"\n", c);
  else printf("\"%c\"\n", c);
}
