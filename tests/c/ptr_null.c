/* Null pointers: no object (first global, first element of a global array, a local, a
 * string literal) has the address of NULL; null checks, a null-terminated list walked
 * through a pointer to the link field, and pointers set to NULL and back. */
#include "scratch.h"
#include <stdint.h>

int first_global = 5;
int arr[4] = {1, 2, 3, 4};
struct Link { int v; struct Link *next; } links[3];

__attribute__((noinline)) int is_null(const void *p) { return p == 0; }

int main(void) {
  int local = 9;
  sb3_out_int(is_null(&first_global));
  sb3_out_int(is_null(&arr[0]));
  sb3_out_int(is_null(arr + 3));
  sb3_out_int(is_null(&local));
  sb3_out_int(is_null("literal"));
  sb3_out_int(is_null(&links[0]));
  sb3_out_int(is_null(0));
  /* A list built from the first array element on: 0 -> 1 -> 2 -> NULL. */
  struct Link *head = 0;
  for (int i = 2; i >= 0; i--) {
    links[i].v = i * 10;
    links[i].next = head;
    head = &links[i];
  }
  int n = 0, s = 0;
  for (struct Link *p = head; p && n < 10; p = p->next, n++) s += p->v;
  sb3_out_int(n);
  sb3_out_int(s);
  /* Unlink the first node through a pointer to the link field. */
  struct Link **pp = &head;
  *pp = (*pp)->next;
  n = 0;
  for (struct Link *p = head; p && n < 10; p = p->next) n++;
  sb3_out_int(n);
  int *q = 0;
  sb3_out_int(q == 0);
  q = &local;
  sb3_out_int(q != 0 ? *q : -1);
  sb3_out_int(first_global + arr[0]);
  return 0;
}
