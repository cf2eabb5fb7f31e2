/* Strings written by hand: strlen, strcmp (ordering and equality), strcpy, strcat,
 * in-place reverse, upper-casing, atoi and itoa round trips. */
#include "scratch.h"

static int my_strlen(const char *s) {
  int n = 0;
  while (s[n]) n++;
  return n;
}

__attribute__((noinline)) int my_strcmp(const char *a, const char *b) {
  while (*a && *a == *b) { a++; b++; }
  return (unsigned char)*a - (unsigned char)*b;
}

static void my_strcpy(char *d, const char *s) { while ((*d++ = *s++)) {} }
static void my_strcat(char *d, const char *s) { my_strcpy(d + my_strlen(d), s); }

__attribute__((noinline)) void reverse(char *s) {
  int n = my_strlen(s);
  for (int i = 0, j = n - 1; i < j; i++, j--) {
    char t = s[i]; s[i] = s[j]; s[j] = t;
  }
}

static int my_atoi(const char *s) {
  int neg = 0;
  unsigned v = 0; /* unsigned: "-2147483648" must not overflow */
  if (*s == '-') { neg = 1; s++; }
  while (*s >= '0' && *s <= '9') v = v * 10 + (unsigned)(*s++ - '0');
  return (int)(neg ? 0u - v : v);
}

static void my_itoa(int v, char *out) {
  char tmp[12];
  int n = 0, neg = v < 0;
  unsigned u = neg ? 0u - (unsigned)v : (unsigned)v;
  do { tmp[n++] = (char)('0' + u % 10); u /= 10; } while (u);
  if (neg) *out++ = '-';
  while (n) *out++ = tmp[--n];
  *out = 0;
}

static void print(const char *s) { while (*s) sb3_out_char(*s++); }

const char *words[] = {"apple", "apples", "banana", "Apple", "", "band", "bandana"};

int main(void) {
  for (int i = 0; i < 7; i++) sb3_out_int(my_strlen(words[i]));
  for (int i = 0; i < 7; i++)
    for (int j = 0; j < 7; j++) {
      int c = my_strcmp(words[i], words[j]);
      sb3_out_int(c < 0 ? -1 : c > 0);
    }
  char buf[64];
  my_strcpy(buf, "Hello");
  my_strcat(buf, ", ");
  my_strcat(buf, "Scratch!");
  print(buf);
  sb3_out_int(my_strlen(buf));
  reverse(buf);
  print(buf);
  for (int i = 0; buf[i]; i++)
    if (buf[i] >= 'a' && buf[i] <= 'z') buf[i] = (char)(buf[i] - 32);
  print(buf);
  int nums[] = {0, 7, -7, 12345, -2147483647 - 1, 2147483647};
  for (int i = 0; i < 6; i++) {
    my_itoa(nums[i], buf);
    print(buf);
    sb3_out_int(my_atoi(buf) == nums[i]);
  }
  return 0;
}
