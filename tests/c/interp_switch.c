/* A tiny register-machine interpreter: a switch on the opcode inside a loop, with
 * branches, a call stack and a step limit. The program prints factorials mod a prime,
 * the Collatz step count of 27, and a sum of squares computed by a subroutine. */
#include "scratch.h"
#include <stdint.h>

enum { HALT, LI, ADD, ADDI, MUL, DIV, MOD, BGE, BEQ, JMP, CALL, RET, OUT };

/* Each instruction is {op, a, b, c}; branch targets are instruction indices. */
int32_t prog[][4] = {
    /* 0 */ {LI, 1, 1, 0},       /* n = 1 */
    /* 1 */ {LI, 2, 1, 0},       /* f = 1 */
    /* 2 */ {LI, 3, 11, 0},
    /* 3 */ {LI, 4, 1000003, 0},
    /* 4 */ {BGE, 10, 1, 3},     /* if n >= 11 goto 10 */
    /* 5 */ {MUL, 2, 2, 1},
    /* 6 */ {MOD, 2, 2, 4},
    /* 7 */ {OUT, 2, 0, 0},
    /* 8 */ {ADDI, 1, 1, 1},
    /* 9 */ {JMP, 4, 0, 0},
    /* 10 */ {LI, 1, 27, 0},     /* Collatz from 27 */
    /* 11 */ {LI, 5, 0, 0},
    /* 12 */ {LI, 6, 1, 0},
    /* 13 */ {LI, 7, 2, 0},
    /* 14 */ {LI, 8, 3, 0},
    /* 15 */ {BEQ, 24, 1, 6},    /* while n != 1 */
    /* 16 */ {ADDI, 5, 5, 1},
    /* 17 */ {MOD, 9, 1, 7},
    /* 18 */ {BEQ, 22, 9, 0},    /* r0 is always 0 */
    /* 19 */ {MUL, 1, 1, 8},
    /* 20 */ {ADDI, 1, 1, 1},
    /* 21 */ {JMP, 15, 0, 0},
    /* 22 */ {DIV, 1, 1, 7},
    /* 23 */ {JMP, 15, 0, 0},
    /* 24 */ {OUT, 5, 0, 0},
    /* 25 */ {LI, 1, 20, 0},
    /* 26 */ {CALL, 30, 0, 0},
    /* 27 */ {OUT, 2, 0, 0},
    /* 28 */ {HALT, 0, 0, 0},
    /* 29 */ {HALT, 0, 0, 0},
    /* 30 */ {LI, 2, 0, 0},      /* r2 = sum of i*i for i = r1..1 */
    /* 31 */ {BEQ, 36, 1, 0},
    /* 32 */ {MUL, 9, 1, 1},
    /* 33 */ {ADD, 2, 2, 9},
    /* 34 */ {ADDI, 1, 1, -1},
    /* 35 */ {JMP, 31, 0, 0},
    /* 36 */ {RET, 0, 0, 0},
};

/* Returns the number of steps run, or -1 if the step limit was reached, or -2 on a bad
 * opcode. */
__attribute__((noinline)) int run(int32_t (*code)[4], int max_steps) {
  int32_t r[10] = {0};
  int32_t calls[8];
  int csp = 0, pc = 0, steps = 0;
  for (;;) {
    if (steps++ >= max_steps) return -1;
    int32_t *in = code[pc++];
    int32_t a = in[1], b = in[2], c = in[3];
    switch (in[0]) {
    case HALT: return steps;
    case LI: r[a] = b; break;
    case ADD: r[a] = r[b] + r[c]; break;
    case ADDI: r[a] = r[b] + c; break;
    case MUL: r[a] = r[b] * r[c]; break;
    case DIV: r[a] = r[b] / r[c]; break;
    case MOD: r[a] = r[b] % r[c]; break;
    case BGE: if (r[b] >= r[c]) pc = a; break;
    case BEQ: if (r[b] == r[c]) pc = a; break;
    case JMP: pc = a; break;
    case CALL: calls[csp++] = pc; pc = a; break;
    case RET: pc = calls[--csp]; break;
    case OUT: sb3_out_int(r[a]); break;
    default: return -2;
    }
  }
}

int main(void) {
  sb3_out_int(run(prog, 100000));
  sb3_out_int(run(prog, 50)); /* stops early: only some outputs */
  prog[29][0] = 99;  /* a bad opcode, reached once the HALT at 28 becomes a jump to 29 */
  prog[28][0] = JMP;
  prog[28][1] = 29;
  sb3_out_int(run(prog, 100000));
  return 0;
}
