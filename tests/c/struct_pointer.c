/* Structs through pointers: a linked list in a static pool, field updates through
 * pointers, -> chains and a struct holding a pointer to another struct. */
#include "scratch.h"
#include <stdint.h>

typedef struct Node {
  int32_t value;
  struct Node *next;
} Node;

typedef struct {
  Node *head;
  int32_t count;
  int16_t min, max;
} List;

static Node pool[40];
static int used;

__attribute__((noinline)) void push(List *l, int32_t v) {
  Node *n = &pool[used++];
  n->value = v;
  n->next = l->head;
  l->head = n;
  l->count++;
  if (l->count == 1 || v < l->min) l->min = (int16_t)v;
  if (l->count == 1 || v > l->max) l->max = (int16_t)v;
}

__attribute__((noinline)) void reverse(List *l) {
  Node *prev = 0, *cur = l->head;
  while (cur) {
    Node *nx = cur->next;
    cur->next = prev;
    prev = cur;
    cur = nx;
  }
  l->head = prev;
}

__attribute__((noinline)) int32_t remove_if_even(List *l) {
  Node **pp = &l->head;
  int32_t removed = 0;
  while (*pp) {
    if (((*pp)->value & 1) == 0) {
      *pp = (*pp)->next;
      l->count--;
      removed++;
    } else {
      pp = &(*pp)->next;
    }
  }
  return removed;
}

static void print(const List *l) {
  for (const Node *n = l->head; n; n = n->next) sb3_out_int(n->value);
  sb3_out_int(l->count);
}

int main(void) {
  List l = {0, 0, 0, 0};
  for (int i = 0; i < 15; i++) push(&l, (i * 7919) % 101 - 50);
  print(&l);
  sb3_out_int(l.min);
  sb3_out_int(l.max);
  reverse(&l);
  print(&l);
  sb3_out_int(remove_if_even(&l));
  print(&l);
  sb3_out_int(l.head->next->next->value);
  return 0;
}
