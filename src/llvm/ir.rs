//! The in-memory form of an LLVM module: what the parser produces and the lowering consumes.
//!
//! It covers what clang-19 emits for C on a 32-bit target (`wasm32-unknown-unknown`) at
//! -O0..-O2 without vectorization. Names keep their textual spelling without the sigil
//! (`%x` is `"x"`, `%0` is `"0"`, `@main` is `"main"`). Metadata and debug info are dropped.

use std::collections::BTreeMap;

/// A position in the `.ll` text, 1-based, for error messages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Loc {
    /// Line number, 1-based.
    pub line: u32,
    /// Column number, 1-based.
    pub col: u32,
}

impl std::fmt::Display for Loc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}", self.line, self.col)
    }
}

/// A whole `.ll` file.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Module {
    /// `target datalayout = "..."`, if present.
    pub datalayout: Option<String>,
    /// `target triple = "..."`, if present.
    pub triple: Option<String>,
    /// Named struct types (`%struct.Foo = type { ... }`), by name without `%`.
    pub types: BTreeMap<String, Type>,
    /// Global variables and constants, in file order.
    pub globals: Vec<Global>,
    /// Defined functions, in file order.
    pub functions: Vec<Function>,
    /// Declared (external) functions, in file order: intrinsics and `sb3_*` externs.
    pub declarations: Vec<Declaration>,
    /// Aliases (`@__main_void = hidden alias i32 (), ptr @main`), in file order.
    pub aliases: Vec<Alias>,
}

/// A global alias: another name for a global or function.
#[derive(Debug, Clone, PartialEq)]
pub struct Alias {
    /// Name without `@`.
    pub name: String,
    /// The aliasee's value type (a function type for function aliases).
    pub ty: Type,
    /// What it names (usually [`Constant::GlobalRef`]).
    pub target: Constant,
    /// Where it was defined.
    pub loc: Loc,
}

/// A first-class or aggregate type.
#[derive(Debug, Clone, PartialEq)]
pub enum Type {
    /// `void`
    Void,
    /// `iN`; C uses i1, i8, i16, i32, i64.
    Int(u32),
    /// `half`
    Half,
    /// `float`
    Float,
    /// `double`
    Double,
    /// `ptr` (opaque pointers; address space ignored)
    Ptr,
    /// `[N x T]`
    Array(u64, Box<Type>),
    /// `<N x T>`; parsed so that the lowering can reject it with a location.
    Vector(u64, Box<Type>),
    /// `{ T, ... }` or packed `<{ T, ... }>`
    Struct {
        /// Field types in order.
        fields: Vec<Type>,
        /// Whether the struct is packed (no padding).
        packed: bool,
    },
    /// `%name` referring to [`Module::types`]; `opaque` structs stay named.
    Named(String),
    /// `label` (branch targets)
    Label,
    /// `metadata` (arguments to some intrinsics; values are dropped)
    Metadata,
    /// A function type, as in `declare` or an indirect call's signature.
    Function {
        /// Return type.
        ret: Box<Type>,
        /// Parameter types.
        params: Vec<Type>,
        /// Whether it ends with `...`.
        varargs: bool,
    },
}

/// A global variable or constant.
#[derive(Debug, Clone, PartialEq)]
pub struct Global {
    /// Name without `@`.
    pub name: String,
    /// The value type (what `@name` points to).
    pub ty: Type,
    /// `constant` rather than `global`.
    pub is_constant: bool,
    /// Initializer; `None` for `external global`.
    pub init: Option<Constant>,
    /// `align N`, if given.
    pub align: Option<u32>,
    /// Where it was defined.
    pub loc: Loc,
}

/// A compile-time constant (initializers and constant operands).
#[derive(Debug, Clone, PartialEq)]
pub enum Constant {
    /// An integer of the given bit width; the value is stored sign-agnostic as the low
    /// `bits` bits of `value` (e.g. `i8 -1` is `value = 255`).
    Int {
        /// Bit width.
        bits: u32,
        /// The bits of the value, zero-extended to 128.
        value: u128,
    },
    /// A `float`, `double` or `half` constant, widened to f64 exactly (hex forms included).
    Float {
        /// Which float type.
        ty: Type,
        /// The value.
        value: f64,
    },
    /// `null` pointer.
    Null,
    /// `undef` of a type.
    Undef(Type),
    /// `poison` of a type.
    Poison(Type),
    /// `zeroinitializer` of a type.
    Zero(Type),
    /// `[T v, ...]` array of an element type.
    Array {
        /// Element type.
        elem: Type,
        /// Elements.
        elems: Vec<Constant>,
    },
    /// `c"..."` byte string (escapes decoded), an `[N x i8]`.
    Bytes(Vec<u8>),
    /// `{ T v, ... }` struct value (also packed `<{ }>`).
    Struct {
        /// The struct type.
        ty: Type,
        /// Field values.
        fields: Vec<Constant>,
    },
    /// `@name`: the address of a global or function.
    GlobalRef(String),
    /// A constant expression (`getelementptr (...)`, casts).
    Expr(Box<ConstExpr>),
}

/// A constant expression.
#[derive(Debug, Clone, PartialEq)]
pub enum ConstExpr {
    /// `getelementptr [inbounds] (T, ptr base, idx...)`
    Gep {
        /// The source element type `T`.
        source: Type,
        /// Base pointer.
        base: Constant,
        /// Typed indices.
        indices: Vec<(Type, Constant)>,
    },
    /// A cast (`ptrtoint`, `inttoptr`, `bitcast`, `trunc`, ...).
    Cast {
        /// Which cast.
        op: CastOp,
        /// Operand type.
        from: Type,
        /// Operand.
        value: Constant,
        /// Result type.
        to: Type,
    },
    /// `add`/`sub`/... between constants (rare in C output).
    Binary {
        /// The operation.
        op: BinOp,
        /// Operand type.
        ty: Type,
        /// Left operand.
        lhs: Constant,
        /// Right operand.
        rhs: Constant,
    },
}

/// An operand: a local SSA value or a constant, with its type.
#[derive(Debug, Clone, PartialEq)]
pub struct Value {
    /// The operand's type.
    pub ty: Type,
    /// What it is.
    pub kind: ValueKind,
}

/// The two kinds of operand.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueKind {
    /// `%name`: a parameter or an instruction result.
    Local(String),
    /// A constant (including `@global` addresses).
    Const(Constant),
}

/// A declared, not defined, function.
#[derive(Debug, Clone, PartialEq)]
pub struct Declaration {
    /// Name without `@` (e.g. `llvm.memcpy.p0.p0.i32`, `sb3_out_int`).
    pub name: String,
    /// Return type.
    pub ret: Type,
    /// Parameter types.
    pub params: Vec<Type>,
    /// Whether it ends with `...`.
    pub varargs: bool,
    /// Where it was declared.
    pub loc: Loc,
}

/// A function parameter.
#[derive(Debug, Clone, PartialEq)]
pub struct Param {
    /// Name without `%` (clang numbers unnamed ones: `"0"`, `"1"`).
    pub name: String,
    /// Type.
    pub ty: Type,
    /// Attributes that change what the parameter means (`byval`, `sret`, extension).
    pub attrs: ParamAttrs,
}

/// Parameter attributes the lowering may need; the others are parsed and dropped.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ParamAttrs {
    /// `byval(T)`: the pointer argument is a private copy of a `T` made by the caller
    /// (clang wasm32 passes structs by value this way).
    pub byval: Option<Type>,
    /// `sret(T)`: the pointer argument is where a returned struct `T` is written.
    pub sret: Option<Type>,
    /// `align N` on the parameter.
    pub align: Option<u32>,
    /// `signext`: the caller sign-extended this small integer.
    pub signext: bool,
    /// `zeroext`: the caller zero-extended this small integer.
    pub zeroext: bool,
}

/// A defined function.
#[derive(Debug, Clone, PartialEq)]
pub struct Function {
    /// Name without `@`.
    pub name: String,
    /// Return type.
    pub ret: Type,
    /// Parameters.
    pub params: Vec<Param>,
    /// Function attributes that matter to lowering, e.g. `noinline`, `nounwind`, and
    /// `annotate` strings from `@llvm.global.annotations` (`"sb3_nowarp"`).
    pub attrs: Vec<String>,
    /// Basic blocks; the first is the entry.
    pub blocks: Vec<Block>,
    /// Where it was defined.
    pub loc: Loc,
}

/// A basic block.
#[derive(Debug, Clone, PartialEq)]
pub struct Block {
    /// Label without `%` (clang numbers unnamed ones; the entry may be `"0"` or `"entry"`).
    pub name: String,
    /// Non-terminator instructions in order (phis first).
    pub instrs: Vec<Instr>,
    /// The terminator.
    pub term: Terminator,
    /// Where the terminator is.
    pub term_loc: Loc,
}

/// One instruction and the local it defines, if any.
#[derive(Debug, Clone, PartialEq)]
pub struct Instr {
    /// The defined local, without `%`.
    pub result: Option<String>,
    /// What it does.
    pub op: Op,
    /// Where it is.
    pub loc: Loc,
}

/// Integer and float binary operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum BinOp {
    /// `add`
    Add,
    /// `sub`
    Sub,
    /// `mul`
    Mul,
    /// `udiv`
    UDiv,
    /// `sdiv`
    SDiv,
    /// `urem`
    URem,
    /// `srem`
    SRem,
    /// `shl`
    Shl,
    /// `lshr`
    LShr,
    /// `ashr`
    AShr,
    /// `and`
    And,
    /// `or`
    Or,
    /// `xor`
    Xor,
    /// `fadd`
    FAdd,
    /// `fsub`
    FSub,
    /// `fmul`
    FMul,
    /// `fdiv`
    FDiv,
    /// `frem`
    FRem,
}

/// Flags on integer arithmetic that let the lowering skip wrap-around code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ArithFlags {
    /// `nsw`: no signed wrap (overflow is undefined behaviour).
    pub nsw: bool,
    /// `nuw`: no unsigned wrap.
    pub nuw: bool,
    /// `exact` (on div/shr), or `disjoint` on `or`.
    pub exact: bool,
}

/// `icmp` predicates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum IntPred {
    Eq,
    Ne,
    Ugt,
    Uge,
    Ult,
    Ule,
    Sgt,
    Sge,
    Slt,
    Sle,
}

/// `fcmp` predicates.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum FloatPred {
    False,
    Oeq,
    Ogt,
    Oge,
    Olt,
    Ole,
    One,
    Ord,
    Ueq,
    Ugt,
    Uge,
    Ult,
    Ule,
    Une,
    Uno,
    True,
}

/// Cast operations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[allow(missing_docs)]
pub enum CastOp {
    Trunc,
    ZExt,
    SExt,
    FPTrunc,
    FPExt,
    FPToUI,
    FPToSI,
    UIToFP,
    SIToFP,
    PtrToInt,
    IntToPtr,
    BitCast,
    AddrSpaceCast,
}

/// The callee of a `call`.
#[derive(Debug, Clone, PartialEq)]
pub enum Callee {
    /// `@name`: a defined function, a declaration or an intrinsic.
    Direct(String),
    /// A call through a pointer (the lowering rejects it).
    Indirect(Value),
    /// `asm "..."` (the lowering rejects it).
    InlineAsm(String),
}

/// Non-terminator instructions.
#[derive(Debug, Clone, PartialEq)]
pub enum Op {
    /// `add/sub/.../fadd/...`; `ty` is the operand and result type.
    Binary {
        /// The operation.
        op: BinOp,
        /// Flags (integer ops).
        flags: ArithFlags,
        /// Operand and result type.
        ty: Type,
        /// Left operand.
        lhs: Value,
        /// Right operand.
        rhs: Value,
    },
    /// `fneg`
    FNeg {
        /// The operand.
        value: Value,
    },
    /// `icmp pred`; result is i1.
    ICmp {
        /// Predicate.
        pred: IntPred,
        /// Left operand.
        lhs: Value,
        /// Right operand.
        rhs: Value,
    },
    /// `fcmp pred`; result is i1.
    FCmp {
        /// Predicate.
        pred: FloatPred,
        /// Left operand.
        lhs: Value,
        /// Right operand.
        rhs: Value,
    },
    /// A cast to `to`.
    Cast {
        /// Which cast.
        op: CastOp,
        /// The operand.
        value: Value,
        /// Result type.
        to: Type,
    },
    /// `select i1 c, T a, T b`
    Select {
        /// Condition.
        cond: Value,
        /// Value if true.
        then: Value,
        /// Value if false.
        otherwise: Value,
    },
    /// `phi T [v, %label], ...`
    Phi {
        /// Result type.
        ty: Type,
        /// (value, predecessor label) pairs.
        incoming: Vec<(Value, String)>,
    },
    /// `alloca T[, iN count][, align A]`
    Alloca {
        /// Allocated type.
        ty: Type,
        /// Element count, if not 1.
        count: Option<Value>,
        /// Alignment.
        align: Option<u32>,
    },
    /// `load [volatile] T, ptr p[, align A]`
    Load {
        /// Loaded type.
        ty: Type,
        /// Address.
        ptr: Value,
        /// Alignment.
        align: Option<u32>,
    },
    /// `store [volatile] T v, ptr p[, align A]`
    Store {
        /// Stored value.
        value: Value,
        /// Address.
        ptr: Value,
        /// Alignment.
        align: Option<u32>,
    },
    /// `getelementptr [inbounds] T, ptr base, idx...`
    Gep {
        /// Source element type.
        source: Type,
        /// Base pointer.
        base: Value,
        /// Indices (typed values).
        indices: Vec<Value>,
        /// `inbounds` flag.
        inbounds: bool,
    },
    /// `call` (and `tail call`/`musttail`/`notail`).
    Call {
        /// Return type (`Void` for none).
        ret: Type,
        /// What is called.
        callee: Callee,
        /// Arguments.
        args: Vec<Value>,
    },
    /// `extractvalue agg, idx...`
    ExtractValue {
        /// The aggregate.
        agg: Value,
        /// Constant indices.
        indices: Vec<u32>,
    },
    /// `insertvalue agg, v, idx...`
    InsertValue {
        /// The aggregate.
        agg: Value,
        /// The inserted element.
        value: Value,
        /// Constant indices.
        indices: Vec<u32>,
    },
    /// `freeze T v` (identity for the lowering).
    Freeze {
        /// The operand.
        value: Value,
    },
}

/// Block terminators.
#[derive(Debug, Clone, PartialEq)]
pub enum Terminator {
    /// `ret void` / `ret T v`
    Ret(Option<Value>),
    /// `br label %l`
    Br(String),
    /// `br i1 c, label %t, label %f`
    CondBr {
        /// Condition.
        cond: Value,
        /// Target if true.
        then: String,
        /// Target if false.
        otherwise: String,
    },
    /// `switch T v, label %default [ T c, label %l ... ]`
    Switch {
        /// Scrutinee.
        value: Value,
        /// Default target.
        default: String,
        /// (case constant, target) pairs.
        cases: Vec<(Constant, String)>,
    },
    /// `unreachable`
    Unreachable,
}
