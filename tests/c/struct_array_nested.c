/* Arrays of structs, structs containing arrays, nested structs with mixed field widths
 * (char, short, int, double), and a global array of structs with an initializer. */
#include "scratch.h"
#include <stdint.h>

typedef struct { char name[8]; int16_t age; int32_t score; } Person;
typedef struct { double w; int32_t id; } Item;
typedef struct { Item items[4]; int n; struct { int8_t r, g, b; } color; } Box;

Person people[] = {{"Ada", 36, 1815}, {"Alan", 41, 1912}, {"Grace", 85, 1906},
                   {"Linus", 54, -1969}, {"Mitch", 70, 2007}};

static int32_t name_sum(const Person *p) {
  uint32_t s = 0;
  for (int i = 0; p->name[i]; i++) s = s * 31 + (uint32_t)p->name[i];
  return (int32_t)s;
}

int main(void) {
  for (int i = 0; i < 5; i++) {
    sb3_out_int(people[i].age);
    sb3_out_int(people[i].score);
    sb3_out_int(name_sum(&people[i]));
    sb3_out_char(people[i].name[0]);
  }
  /* Sort people by age descending (selection sort over structs). */
  for (int i = 0; i < 5; i++) {
    int best = i;
    for (int j = i + 1; j < 5; j++)
      if (people[j].age > people[best].age) best = j;
    Person t = people[i];
    people[i] = people[best];
    people[best] = t;
  }
  for (int i = 0; i < 5; i++) sb3_out_char(people[i].name[1]);
  Box boxes[3];
  for (int b = 0; b < 3; b++) {
    boxes[b].n = b + 2;
    for (int k = 0; k < boxes[b].n; k++) {
      boxes[b].items[k].w = 0.5 * (b + 1) * (k + 1);
      boxes[b].items[k].id = b * 10 + k;
    }
    boxes[b].color.r = (int8_t)(b * 100);
    boxes[b].color.g = (int8_t)(-b * 50);
    boxes[b].color.b = (int8_t)(b - 1);
  }
  for (int b = 0; b < 3; b++) {
    double total = 0;
    int ids = 0;
    for (int k = 0; k < boxes[b].n; k++) {
      total += boxes[b].items[k].w;
      ids += boxes[b].items[k].id;
    }
    sb3_out_double(total);
    sb3_out_int(ids);
    sb3_out_int(boxes[b].color.r + boxes[b].color.g * 2 + boxes[b].color.b * 3);
  }
  return 0;
}
