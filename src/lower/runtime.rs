//! Runtime helper custom blocks, created on first use: sub-word stores, memcpy/memmove,
//! memset and the general bitwise operation (a loop over bits).

use super::ctx::Ctx;
use super::expr::*;
use super::int_forms::wrap;

fn arg(n: &str) -> E {
    E::Arg(n.to_string())
}

fn helper(
    ctx: &mut Ctx,
    name: &'static str,
    args: &[&str],
    body: impl FnOnce(&mut Ctx) -> Vec<St>,
) -> ProcId {
    if let Some(&p) = ctx.helpers.get(name) {
        return p;
    }
    let args: Vec<String> = args.iter().map(|s| s.to_string()).collect();
    let p = ctx.new_proc(name, &args, true);
    ctx.helpers.insert(name, p);
    let b = body(ctx);
    ctx.procs[p.0].body = b;
    p
}

/// `item (k+1) of pow2` where `k` is the bit offset of byte pointer `p` in its word.
fn byte_shift(ctx: &Ctx, p: E) -> E {
    item(
        ctx.pow2,
        add(mul(modulo(p, E::Num(1.0)), E::Num(32.0)), E::Num(1.0)),
    )
}

/// The unsigned byte at byte pointer `p`.
pub(crate) fn load_byte(ctx: &Ctx, p: E) -> E {
    modulo(
        math(
            MathFn::Floor,
            div(item(ctx.mem, p.clone()), byte_shift(ctx, p)),
        ),
        E::Num(256.0),
    )
}

/// `rt store p v m`: stores the low byte (m = 256) or half-word (m = 65536) of `v` at
/// byte pointer `p`, keeping the rest of the word.
pub(crate) fn store_sub(ctx: &mut Ctx) -> ProcId {
    helper(ctx, "rt store", &["p", "v", "m"], |ctx| {
        let k = ctx.sprite_var("rt k");
        let w = ctx.sprite_var("rt w");
        let old = ctx.sprite_var("rt old");
        let shift = byte_shift(ctx, arg("p"));
        vec![
            St::Set(k, shift),
            St::Set(w, item(ctx.mem, arg("p"))),
            St::Set(
                old,
                modulo(math(MathFn::Floor, div(E::Var(w), E::Var(k))), arg("m")),
            ),
            St::Change(
                w,
                mul(sub(modulo(arg("v"), arg("m")), E::Var(old)), E::Var(k)),
            ),
            St::Replace(ctx.mem, arg("p"), wrap(32, E::Var(w))),
        ]
    })
}

fn cond_words(a: E, b: E, n: E) -> E {
    and(
        and(
            cmp(Cmp::Eq, modulo(a, E::Num(1.0)), E::Num(0.0)),
            cmp(Cmp::Eq, modulo(b, E::Num(1.0)), E::Num(0.0)),
        ),
        cmp(Cmp::Eq, modulo(n, E::Num(4.0)), E::Num(0.0)),
    )
}

/// `rt memcpy d s n`: copies `n` bytes (memmove semantics: overlap-safe), word by word
/// when both pointers and `n` are word-aligned, else byte by byte.
pub(crate) fn memcpy(ctx: &mut Ctx) -> ProcId {
    let store = store_sub(ctx);
    helper(ctx, "rt memcpy", &["d", "s", "n"], move |ctx| {
        let i = ctx.sprite_var("rt i");
        let mem = ctx.mem;
        let words_fwd = vec![
            St::Set(i, E::Num(0.0)),
            St::Repeat(
                div(arg("n"), E::Num(4.0)),
                vec![
                    St::Replace(
                        mem,
                        add(arg("d"), E::Var(i)),
                        item(mem, add(arg("s"), E::Var(i))),
                    ),
                    St::Change(i, E::Num(1.0)),
                ],
            ),
        ];
        let words_bwd = vec![
            St::Set(i, div(arg("n"), E::Num(4.0))),
            St::Repeat(
                div(arg("n"), E::Num(4.0)),
                vec![
                    St::Change(i, E::Num(-1.0)),
                    St::Replace(
                        mem,
                        add(arg("d"), E::Var(i)),
                        item(mem, add(arg("s"), E::Var(i))),
                    ),
                ],
            ),
        ];
        let byte = |ctx: &Ctx| {
            St::Call(
                store,
                vec![
                    add(arg("d"), div(E::Var(i), E::Num(4.0))),
                    load_byte(ctx, add(arg("s"), div(E::Var(i), E::Num(4.0)))),
                    E::Num(256.0),
                ],
            )
        };
        let bytes_fwd = vec![
            St::Set(i, E::Num(0.0)),
            St::Repeat(arg("n"), vec![byte(ctx), St::Change(i, E::Num(1.0))]),
        ];
        let bytes_bwd = vec![
            St::Set(i, arg("n")),
            St::Repeat(arg("n"), vec![St::Change(i, E::Num(-1.0)), byte(ctx)]),
        ];
        let backward = cmp(Cmp::Gt, arg("d"), arg("s"));
        vec![St::IfElse(
            cond_words(arg("d"), arg("s"), arg("n")),
            vec![St::IfElse(backward.clone(), words_bwd, words_fwd)],
            vec![St::IfElse(backward, bytes_bwd, bytes_fwd)],
        )]
    })
}

/// `rt memset d v n`: sets `n` bytes at `d` to the byte `v`.
pub(crate) fn memset(ctx: &mut Ctx) -> ProcId {
    let store = store_sub(ctx);
    helper(ctx, "rt memset", &["d", "v", "n"], move |ctx| {
        let i = ctx.sprite_var("rt i");
        let w = ctx.sprite_var("rt fill");
        let mem = ctx.mem;
        vec![
            St::Set(i, E::Num(0.0)),
            St::IfElse(
                cond_words(arg("d"), E::Num(0.0), arg("n")),
                vec![
                    St::Set(
                        w,
                        wrap(32, mul(modulo(arg("v"), E::Num(256.0)), E::Num(16843009.0))),
                    ),
                    St::Repeat(
                        div(arg("n"), E::Num(4.0)),
                        vec![
                            St::Replace(mem, add(arg("d"), E::Var(i)), E::Var(w)),
                            St::Change(i, E::Num(1.0)),
                        ],
                    ),
                ],
                vec![St::Repeat(
                    arg("n"),
                    vec![
                        St::Call(
                            store,
                            vec![
                                add(arg("d"), div(E::Var(i), E::Num(4.0))),
                                arg("v"),
                                E::Num(256.0),
                            ],
                        ),
                        St::Change(i, E::Num(1.0)),
                    ],
                )],
            ),
        ]
    })
}

/// `rt bitop a b op bits`: and (op 1), or (2), xor (3) of the low `bits` bits; the unsigned
/// result is left in the returned variable.
pub(crate) fn bitwise(ctx: &mut Ctx) -> (ProcId, VarId) {
    if let Some(&p) = ctx.helpers.get("rt bitop") {
        let r = ctx
            .vars
            .iter()
            .position(|v| v.name == "rt bits")
            .map(VarId)
            .unwrap_or(VarId(0));
        return (p, r);
    }
    let r = ctx.sprite_var("rt bits");
    let p = helper(ctx, "rt bitop", &["a", "b", "op", "n"], move |ctx| {
        let (x, y, pw) = (
            ctx.sprite_var("rt x"),
            ctx.sprite_var("rt y"),
            ctx.sprite_var("rt p"),
        );
        let (bx, by) = (ctx.sprite_var("rt bx"), ctx.sprite_var("rt by"));
        let modulus = item(ctx.pow2, add(arg("n"), E::Num(1.0)));
        let bit = |op: f64| -> E {
            let (a, b) = (E::Var(bx), E::Var(by));
            match op as u32 {
                1 => mul(a, b),
                2 => sub(add(a.clone(), b.clone()), mul(a, b)),
                _ => modulo(add(a, b), E::Num(2.0)),
            }
        };
        vec![
            St::Set(x, modulo(arg("a"), modulus.clone())),
            St::Set(y, modulo(arg("b"), modulus)),
            St::Set(r, E::Num(0.0)),
            St::Set(pw, E::Num(1.0)),
            St::Repeat(
                arg("n"),
                vec![
                    St::Set(bx, modulo(E::Var(x), E::Num(2.0))),
                    St::Set(by, modulo(E::Var(y), E::Num(2.0))),
                    St::IfElse(
                        cmp(Cmp::Eq, arg("op"), E::Num(1.0)),
                        vec![St::Change(r, mul(bit(1.0), E::Var(pw)))],
                        vec![St::IfElse(
                            cmp(Cmp::Eq, arg("op"), E::Num(2.0)),
                            vec![St::Change(r, mul(bit(2.0), E::Var(pw)))],
                            vec![St::Change(r, mul(bit(3.0), E::Var(pw)))],
                        )],
                    ),
                    St::Set(x, math(MathFn::Floor, div(E::Var(x), E::Num(2.0)))),
                    St::Set(y, math(MathFn::Floor, div(E::Var(y), E::Num(2.0)))),
                    St::Set(pw, mul(E::Var(pw), E::Num(2.0))),
                ],
            ),
        ]
    });
    (p, r)
}

/// `rt bitcount a n mode`: population count (mode 1), leading zeros (2) or trailing zeros
/// (3) of the low `n` bits of `a`; the count is left in the returned variable.
pub(crate) fn bitcount(ctx: &mut Ctx) -> (ProcId, VarId) {
    let r = ctx.sprite_var("rt count");
    let p = helper(ctx, "rt bitcount", &["a", "n", "mode"], move |ctx| {
        let x = ctx.sprite_var("rt cx");
        let k = ctx.sprite_var("rt ck");
        let half = |v: VarId| St::Set(v, math(MathFn::Floor, div(E::Var(v), E::Num(2.0))));
        vec![
            St::Set(
                x,
                modulo(arg("a"), item(ctx.pow2, add(arg("n"), E::Num(1.0)))),
            ),
            St::Set(r, E::Num(0.0)),
            St::IfElse(
                cmp(Cmp::Eq, arg("mode"), E::Num(1.0)),
                vec![St::Repeat(
                    arg("n"),
                    vec![St::Change(r, modulo(E::Var(x), E::Num(2.0))), half(x)],
                )],
                vec![St::IfElse(
                    cmp(Cmp::Eq, arg("mode"), E::Num(2.0)),
                    vec![
                        St::Set(k, E::Num(0.0)),
                        St::RepeatUntil(
                            cmp(Cmp::Eq, E::Var(x), E::Num(0.0)),
                            vec![half(x), St::Change(k, E::Num(1.0))],
                        ),
                        St::Set(r, sub(arg("n"), E::Var(k))),
                    ],
                    vec![St::IfElse(
                        cmp(Cmp::Eq, E::Var(x), E::Num(0.0)),
                        vec![St::Set(r, arg("n"))],
                        vec![St::RepeatUntil(
                            cmp(Cmp::Eq, modulo(E::Var(x), E::Num(2.0)), E::Num(1.0)),
                            vec![half(x), St::Change(r, E::Num(1.0))],
                        )],
                    )],
                )],
            ),
        ]
    });
    (p, r)
}
