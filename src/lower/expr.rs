//! The Scratch-level IR the lowering builds before it becomes block trees: reporter
//! expressions ([`E`]) and statements ([`St`]), with constant folding on construction.
//!
//! Variables and lists are referred to by index into the program's declarations
//! ([`VarId`], [`ListId`]); [`super::emit`] turns them into `data_*` blocks with ids.

/// Index of a sprite (or stage) variable in the program's variable table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct VarId(pub usize);

/// Index of a list in the program's list table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct ListId(pub usize);

/// Index of a custom block (procedure) in the program's procedure table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct ProcId(pub usize);

/// Binary arithmetic reporters.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Arith {
    /// `operator_add`
    Add,
    /// `operator_subtract`
    Sub,
    /// `operator_multiply`
    Mul,
    /// `operator_divide`
    Div,
    /// `operator_mod` (floored: the result has the divisor's sign)
    Mod,
}

/// `operator_mathop` functions (and `operator_round`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum MathFn {
    /// `abs`
    Abs,
    /// `floor`
    Floor,
    /// `ceiling`
    Ceiling,
    /// `sqrt`
    Sqrt,
    /// `e ^`
    Exp,
    /// `operator_round` (round half up, as JavaScript's `Math.round`)
    Round,
}

/// Comparison reporters (booleans).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(crate) enum Cmp {
    /// `operator_lt`
    Lt,
    /// `operator_gt`
    Gt,
    /// `operator_equals`
    Eq,
}

/// A reporter expression.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum E {
    /// A number literal.
    Num(f64),
    /// A text literal.
    Text(String),
    /// A variable's value.
    Var(VarId),
    /// A custom block argument, by name.
    Arg(String),
    /// `item (index) of list`.
    Item(ListId, Box<E>),
    /// `days since 2000` (wall-clock time, for timers).
    Days,
    /// `answer` (of the last `ask`).
    Answer,
    /// `costume #` of the running sprite.
    CostumeNumber,
    /// `letter (i) of (text)`.
    LetterOf(Box<E>, Box<E>),
    /// `length of (text)`.
    LengthOf(Box<E>),
    /// `join (a) (b)`.
    Join(Box<E>, Box<E>),
    /// `item # of (value) in list`.
    ItemNum(ListId, Box<E>),
    /// Arithmetic.
    Bin(Arith, Box<E>, Box<E>),
    /// A math function.
    Math(MathFn, Box<E>),
    /// A comparison (boolean).
    Cmp(Cmp, Box<E>, Box<E>),
    /// `<a and b>` (boolean).
    And(Box<E>, Box<E>),
    /// `<a or b>` (boolean).
    Or(Box<E>, Box<E>),
    /// `<not a>` (boolean).
    Not(Box<E>),
}

/// A statement (a stack block).
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum St {
    /// `set var to e`
    Set(VarId, E),
    /// `change var by e`
    Change(VarId, E),
    /// `replace item (index) of list with (value)`
    Replace(ListId, E, E),
    /// `add (value) to list`
    Push(ListId, E),
    /// `delete (index) of list`
    Delete(ListId, E),
    /// `delete all of list`
    DeleteAll(ListId),
    /// `if <c> then`
    If(E, Vec<St>),
    /// `if <c> then else`
    IfElse(E, Vec<St>, Vec<St>),
    /// `repeat (n)`
    Repeat(E, Vec<St>),
    /// `repeat until <c>`
    RepeatUntil(E, Vec<St>),
    /// `forever`
    Forever(Vec<St>),
    /// A custom block call with its arguments.
    Call(ProcId, Vec<E>),
    /// `stop this script` (returns from a custom block).
    StopThisScript,
    /// `ask (question) and wait`.
    Ask(E),
    /// `switch costume to (name)`.
    SwitchCostume(E),
}

impl E {
    /// The literal value, if this is a number literal.
    pub(crate) fn as_num(&self) -> Option<f64> {
        match self {
            E::Num(v) => Some(*v),
            _ => None,
        }
    }

    /// Whether this reporter is hexagonal (a boolean).
    pub(crate) fn is_bool(&self) -> bool {
        matches!(self, E::Cmp(..) | E::And(..) | E::Or(..) | E::Not(..))
    }

    /// Number of blocks this expression costs (literals are free).
    pub(crate) fn cost(&self) -> usize {
        match self {
            E::Num(_) | E::Text(_) => 0,
            E::Var(_) | E::Arg(_) | E::Days | E::Answer | E::CostumeNumber => 1,
            E::Item(_, i) | E::Math(_, i) | E::Not(i) | E::LengthOf(i) | E::ItemNum(_, i) => {
                1 + i.cost()
            }
            E::LetterOf(a, b) | E::Join(a, b) => 1 + a.cost() + b.cost(),
            E::Bin(_, a, b) | E::Cmp(_, a, b) | E::And(a, b) | E::Or(a, b) => {
                1 + a.cost() + b.cost()
            }
        }
    }

    /// Whether this expression reads variable `v`.
    pub(crate) fn reads_var(&self, v: VarId) -> bool {
        match self {
            E::Var(x) => *x == v,
            E::Num(_) | E::Text(_) | E::Arg(_) | E::Days | E::Answer | E::CostumeNumber => false,
            E::Item(_, i) | E::Math(_, i) | E::Not(i) | E::LengthOf(i) | E::ItemNum(_, i) => {
                i.reads_var(v)
            }
            E::LetterOf(a, b) | E::Join(a, b) => a.reads_var(v) || b.reads_var(v),
            E::Bin(_, a, b) | E::Cmp(_, a, b) | E::And(a, b) | E::Or(a, b) => {
                a.reads_var(v) || b.reads_var(v)
            }
        }
    }
}

/// Whether `c` is a multiple of 1/4 small enough that integer/address sums stay exact.
fn exact_step(c: f64) -> bool {
    (c * 4.0).fract() == 0.0 && c.abs() < 1e12
}

/// `a + b`, folded (for integers and addresses: reassociates literal steps).
pub(crate) fn add(a: E, b: E) -> E {
    match (a.as_num(), b.as_num()) {
        (Some(x), Some(y)) => E::Num(x + y),
        (Some(z), None) if z == 0.0 && !b.is_bool() => b,
        (None, Some(z)) if z == 0.0 && !a.is_bool() => a,
        _ => {
            // (x + c1) + c2 -> x + (c1 + c2); (x - c1) + c2 -> x + (c2 - c1)
            if let Some(c2) = b.as_num() {
                match &a {
                    E::Bin(Arith::Add, x, c1)
                        if c1.as_num().is_some_and(exact_step) && exact_step(c2) =>
                    {
                        return add((**x).clone(), E::Num(c1.as_num().unwrap_or(0.0) + c2));
                    }
                    E::Bin(Arith::Sub, x, c1)
                        if c1.as_num().is_some_and(exact_step) && exact_step(c2) =>
                    {
                        return add((**x).clone(), E::Num(c2 - c1.as_num().unwrap_or(0.0)));
                    }
                    _ => {}
                }
                if c2 < 0.0 {
                    return E::Bin(Arith::Sub, Box::new(a), Box::new(E::Num(-c2)));
                }
            }
            E::Bin(Arith::Add, Box::new(a), Box::new(b))
        }
    }
}

/// An arithmetic reporter folded only when both sides are literals (float ops: no
/// reassociation, no identities that would change rounding or signed zeros).
pub(crate) fn float_bin(op: Arith, a: E, b: E) -> E {
    if let (Some(x), Some(y)) = (a.as_num(), b.as_num()) {
        let v = match op {
            Arith::Add => x + y,
            Arith::Sub => x - y,
            Arith::Mul => x * y,
            Arith::Div => x / y,
            Arith::Mod => return modulo(a, b),
        };
        if v.is_finite() {
            return E::Num(v);
        }
    }
    E::Bin(op, Box::new(a), Box::new(b))
}

/// `a - b`, folded.
pub(crate) fn sub(a: E, b: E) -> E {
    match (a.as_num(), b.as_num()) {
        (Some(x), Some(y)) => E::Num(x - y),
        (None, Some(z)) => add(a, E::Num(-z)),
        _ => E::Bin(Arith::Sub, Box::new(a), Box::new(b)),
    }
}

/// `a * b`, folded (`x * 1 = x`; `x * 0` is not folded because of infinities).
pub(crate) fn mul(a: E, b: E) -> E {
    match (a.as_num(), b.as_num()) {
        (Some(x), Some(y)) => E::Num(x * y),
        (Some(o), None) if o == 1.0 && !b.is_bool() => b,
        (None, Some(o)) if o == 1.0 && !a.is_bool() => a,
        _ => E::Bin(Arith::Mul, Box::new(a), Box::new(b)),
    }
}

/// `a / b`, folded (`(x * c) / c = x` for integer-valued power-of-two `c`).
pub(crate) fn div(a: E, b: E) -> E {
    match (a.as_num(), b.as_num()) {
        (Some(x), Some(y)) if y != 0.0 => E::Num(x / y),
        (None, Some(o)) if o == 1.0 && !a.is_bool() => a,
        (None, Some(c)) => {
            if let E::Bin(Arith::Mul, x, k) = &a {
                if let Some(k) = k.as_num() {
                    if k == c && c.abs().log2().fract() == 0.0 {
                        return (**x).clone();
                    }
                    if k != 0.0
                        && c != 0.0
                        && (k / c).fract() == 0.0
                        && (k / c).abs() < 1e15
                        && c.abs().log2().fract() == 0.0
                    {
                        return mul((**x).clone(), E::Num(k / c));
                    }
                }
            }
            E::Bin(Arith::Div, Box::new(a), Box::new(b))
        }
        _ => E::Bin(Arith::Div, Box::new(a), Box::new(b)),
    }
}

/// Floored `a mod b`, folded.
pub(crate) fn modulo(a: E, b: E) -> E {
    match (a.as_num(), b.as_num()) {
        (Some(x), Some(y)) if y != 0.0 => {
            let r = x % y;
            E::Num(if r != 0.0 && (r < 0.0) != (y < 0.0) {
                r + y
            } else {
                r
            })
        }
        _ => E::Bin(Arith::Mod, Box::new(a), Box::new(b)),
    }
}

/// A math function, folded on literals.
pub(crate) fn math(f: MathFn, a: E) -> E {
    if let Some(x) = a.as_num() {
        let v = match f {
            MathFn::Abs => x.abs(),
            MathFn::Floor => x.floor(),
            MathFn::Ceiling => x.ceil(),
            MathFn::Sqrt => x.sqrt(),
            MathFn::Exp => x.exp(),
            MathFn::Round => (x + 0.5).floor(),
        };
        if v.is_finite() {
            return E::Num(v);
        }
    }
    if matches!(f, MathFn::Floor | MathFn::Ceiling | MathFn::Round) {
        // floor of something already integral (a floor, or a literal) is itself
        if let E::Math(MathFn::Floor | MathFn::Ceiling | MathFn::Round, _) = &a {
            return a;
        }
    }
    E::Math(f, Box::new(a))
}

/// A comparison, folded on literals.
pub(crate) fn cmp(c: Cmp, a: E, b: E) -> E {
    E::Cmp(c, Box::new(a), Box::new(b))
}

/// `not a`, simplifying double negation.
pub(crate) fn not(a: E) -> E {
    match a {
        E::Not(x) => *x,
        other => E::Not(Box::new(other)),
    }
}

/// `a and b`.
pub(crate) fn and(a: E, b: E) -> E {
    E::And(Box::new(a), Box::new(b))
}

/// `a or b`.
pub(crate) fn or(a: E, b: E) -> E {
    E::Or(Box::new(a), Box::new(b))
}

/// `item (i) of list`.
pub(crate) fn item(l: ListId, i: E) -> E {
    E::Item(l, Box::new(i))
}

/// A boolean reporter turned into a number 0/1 (`b + 0`); numbers pass unchanged.
pub(crate) fn bool_to_num(b: E) -> E {
    if b.is_bool() {
        E::Bin(Arith::Add, Box::new(b), Box::new(E::Num(0.0)))
    } else {
        b
    }
}

/// A number 0/1 (or a stored boolean) turned into a boolean reporter (`x = 1`).
pub(crate) fn num_to_bool(x: E) -> E {
    if x.is_bool() {
        return x;
    }
    if let Some(v) = x.as_num() {
        // constant conditions: `1 = 1` or `0 = 1`
        return cmp(
            Cmp::Eq,
            E::Num(if v != 0.0 { 1.0 } else { 0.0 }),
            E::Num(1.0),
        );
    }
    cmp(Cmp::Eq, x, E::Num(1.0))
}

/// The value of a constant boolean expression, if it is one (`1 = 1`, `0 = 1`).
pub(crate) fn const_bool(e: &E) -> Option<bool> {
    if let E::Cmp(Cmp::Eq, a, b) = e {
        if let (Some(x), Some(y)) = (a.as_num(), b.as_num()) {
            return Some(x == y);
        }
    }
    None
}

/// A conservative range `[lo, hi]` of an integer-valued expression, when one is known.
pub(crate) fn range(e: &E) -> Option<(f64, f64)> {
    match e {
        E::Num(v) => Some((*v, *v)),
        E::Bin(Arith::Mod, _, m) => {
            let m = m.as_num()?;
            (m > 0.0 && m.fract() == 0.0).then_some((0.0, m - 1.0))
        }
        E::Bin(Arith::Add, a, b) => {
            let ((a0, a1), (b0, b1)) = (range(a)?, range(b)?);
            Some((a0 + b0, a1 + b1))
        }
        E::Bin(Arith::Sub, a, b) => {
            let ((a0, a1), (b0, b1)) = (range(a)?, range(b)?);
            Some((a0 - b1, a1 - b0))
        }
        E::Bin(Arith::Mul, a, b) => {
            let ((a0, a1), (b0, b1)) = (range(a)?, range(b)?);
            let c = [a0 * b0, a0 * b1, a1 * b0, a1 * b1];
            Some((
                c.iter().cloned().fold(f64::INFINITY, f64::min),
                c.iter().cloned().fold(f64::NEG_INFINITY, f64::max),
            ))
        }
        E::Cmp(..) | E::And(..) | E::Or(..) | E::Not(..) => Some((0.0, 1.0)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folds_address_arithmetic() {
        let v = E::Var(VarId(0));
        assert_eq!(add(v.clone(), E::Num(0.0)), v);
        assert_eq!(div(mul(v.clone(), E::Num(4.0)), E::Num(4.0)), v);
        assert_eq!(
            add(add(v.clone(), E::Num(2.0)), E::Num(3.0)),
            add(v.clone(), E::Num(5.0))
        );
        assert_eq!(
            add(v.clone(), E::Num(-1.0)),
            E::Bin(Arith::Sub, Box::new(v.clone()), Box::new(E::Num(1.0)))
        );
        assert_eq!(modulo(E::Num(-5.0), E::Num(4.0)), E::Num(3.0));
        assert_eq!(
            div(mul(v.clone(), E::Num(8.0)), E::Num(4.0)),
            mul(v, E::Num(2.0))
        );
    }

    #[test]
    fn cost_counts_blocks() {
        let e = mul(
            item(ListId(0), E::Var(VarId(1))),
            item(ListId(0), E::Var(VarId(2))),
        );
        assert_eq!(e.cost(), 5);
    }
}
