//! Canonical spellings for the oracle test (tests/llvm_oracle.rs): each `their_*` function
//! renders what LLVM parsed (through `llvm-ir`) and each `our_*` function renders what our
//! parser produced, in the same words, so that comparing two strings compares the two parses.

use llm2sb3::llvm as ours;
use llvm_ir as theirs;
/// LLVM's type in our parser's `Display` spelling.
pub fn their_type(t: &theirs::Type) -> String {
    use theirs::types::FPType;
    use theirs::Type as T;
    match t {
        T::VoidType => "void".into(),
        T::IntegerType { bits } => format!("i{bits}"),
        T::PointerType { .. } => "ptr".into(),
        T::FPType(FPType::Half) => "half".into(),
        T::FPType(FPType::Single) => "float".into(),
        T::FPType(FPType::Double) => "double".into(),
        T::FPType(other) => format!("{other:?}"),
        T::FuncType {
            result_type,
            param_types,
            is_var_arg,
        } => {
            let mut ps: Vec<String> = param_types.iter().map(|p| their_type(p)).collect();
            if *is_var_arg {
                ps.push("...".into());
            }
            format!("{} ({})", their_type(result_type), ps.join(", "))
        }
        T::VectorType {
            element_type,
            num_elements,
            ..
        } => format!("<{num_elements} x {}>", their_type(element_type)),
        T::ArrayType {
            element_type,
            num_elements,
        } => format!("[{num_elements} x {}]", their_type(element_type)),
        T::StructType {
            element_types,
            is_packed,
        } => {
            let fs: Vec<String> = element_types.iter().map(|f| their_type(f)).collect();
            let body = if fs.is_empty() {
                "{}".to_string()
            } else {
                format!("{{ {} }}", fs.join(", "))
            };
            if *is_packed {
                format!("<{body}>")
            } else {
                body
            }
        }
        T::NamedStructType { name } => format!("%{name}"),
        T::LabelType => "label".into(),
        T::MetadataType => "metadata".into(),
        other => format!("{other:?}"),
    }
}

/// `their_name`: see the module comment.
pub fn their_name(n: &theirs::Name) -> String {
    match n {
        theirs::Name::Name(s) => s.to_string(),
        theirs::Name::Number(k) => k.to_string(),
    }
}

/// LLVM's constant in a canonical spelling shared with [`our_const`].
pub fn their_const(c: &theirs::Constant) -> String {
    use theirs::Constant as C;
    let list = |v: &Vec<theirs::ConstantRef>| {
        v.iter()
            .map(|e| their_const(e))
            .collect::<Vec<_>>()
            .join(", ")
    };
    match c {
        C::Int { bits, value } => format!("i{bits} {value}"),
        C::Float(theirs::constant::Float::Single(f)) => format!("float {:#x}", f.to_bits()),
        C::Float(theirs::constant::Float::Double(f)) => format!("double {:#x}", f.to_bits()),
        C::Float(f) => format!("{f:?}"),
        C::Null(_) => "null".into(),
        C::AggregateZero(_) => "zero".into(),
        C::Undef(_) => "undef".into(),
        C::Poison(_) => "poison".into(),
        C::Struct { values, .. } => format!("{{{}}}", list(values)),
        C::Array { elements, .. } => format!("[{}]", list(elements)),
        C::GlobalReference { name, .. } => format!("@{}", their_name(name)),
        C::GetElementPtr(g) => {
            let mut parts = vec![their_const(&g.address)];
            parts.extend(g.indices.iter().map(|i| their_const(i)));
            format!("gep({})", parts.join(", "))
        }
        C::PtrToInt(x) => format!("ptrtoint({})", their_const(&x.operand)),
        C::IntToPtr(x) => format!("inttoptr({})", their_const(&x.operand)),
        C::BitCast(x) => format!("bitcast({})", their_const(&x.operand)),
        C::Trunc(x) => format!("trunc({})", their_const(&x.operand)),
        C::Add(x) => format!(
            "add({}, {})",
            their_const(&x.operand0),
            their_const(&x.operand1)
        ),
        C::Sub(x) => format!(
            "sub({}, {})",
            their_const(&x.operand0),
            their_const(&x.operand1)
        ),
        C::Mul(x) => format!(
            "mul({}, {})",
            their_const(&x.operand0),
            their_const(&x.operand1)
        ),
        C::Xor(x) => format!(
            "xor({}, {})",
            their_const(&x.operand0),
            their_const(&x.operand1)
        ),
        other => format!("{other:?}"),
    }
}

/// Our constant in the spelling of [`their_const`].
pub fn our_const(c: &ours::Constant) -> String {
    use ours::Constant as C;
    let list = |v: &Vec<ours::Constant>| v.iter().map(our_const).collect::<Vec<_>>().join(", ");
    match c {
        C::Int { bits, value } => format!("i{bits} {value}"),
        C::Float {
            ty: ours::Type::Float,
            value,
        } => format!("float {:#x}", (*value as f32).to_bits()),
        C::Float {
            ty: ours::Type::Double,
            value,
        } => format!("double {:#x}", value.to_bits()),
        C::Float { ty, value } => format!("{ty} {value}"),
        C::Null => "null".into(),
        C::Zero(_) => "zero".into(),
        C::Undef(_) => "undef".into(),
        C::Poison(_) => "poison".into(),
        C::Struct { fields, .. } => format!("{{{}}}", list(fields)),
        C::Array { elems, .. } => format!("[{}]", list(elems)),
        C::Bytes(b) => format!(
            "[{}]",
            b.iter()
                .map(|x| format!("i8 {x}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        C::GlobalRef(n) => format!("@{n}"),
        C::Expr(e) => match &**e {
            ours::ConstExpr::Gep { base, indices, .. } => {
                let mut parts = vec![our_const(base)];
                parts.extend(indices.iter().map(|(_, i)| our_const(i)));
                format!("gep({})", parts.join(", "))
            }
            ours::ConstExpr::Cast { op, value, .. } => {
                format!("{}({})", format!("{op:?}").to_lowercase(), our_const(value))
            }
            ours::ConstExpr::Binary { op, lhs, rhs, .. } => {
                format!(
                    "{}({}, {})",
                    format!("{op:?}").to_lowercase(),
                    our_const(lhs),
                    our_const(rhs)
                )
            }
        },
    }
}

/// `their_opcode`: see the module comment.
pub fn their_opcode(i: &theirs::Instruction) -> &'static str {
    use theirs::Instruction as I;
    match i {
        I::Add(_) => "add",
        I::Sub(_) => "sub",
        I::Mul(_) => "mul",
        I::UDiv(_) => "udiv",
        I::SDiv(_) => "sdiv",
        I::URem(_) => "urem",
        I::SRem(_) => "srem",
        I::And(_) => "and",
        I::Or(_) => "or",
        I::Xor(_) => "xor",
        I::Shl(_) => "shl",
        I::LShr(_) => "lshr",
        I::AShr(_) => "ashr",
        I::FAdd(_) => "fadd",
        I::FSub(_) => "fsub",
        I::FMul(_) => "fmul",
        I::FDiv(_) => "fdiv",
        I::FRem(_) => "frem",
        I::FNeg(_) => "fneg",
        I::ExtractValue(_) => "extractvalue",
        I::InsertValue(_) => "insertvalue",
        I::Alloca(_) => "alloca",
        I::Load(_) => "load",
        I::Store(_) => "store",
        I::GetElementPtr(_) => "getelementptr",
        I::Trunc(_) => "trunc",
        I::ZExt(_) => "zext",
        I::SExt(_) => "sext",
        I::FPTrunc(_) => "fptrunc",
        I::FPExt(_) => "fpext",
        I::FPToUI(_) => "fptoui",
        I::FPToSI(_) => "fptosi",
        I::UIToFP(_) => "uitofp",
        I::SIToFP(_) => "sitofp",
        I::PtrToInt(_) => "ptrtoint",
        I::IntToPtr(_) => "inttoptr",
        I::BitCast(_) => "bitcast",
        I::AddrSpaceCast(_) => "addrspacecast",
        I::ICmp(_) => "icmp",
        I::FCmp(_) => "fcmp",
        I::Phi(_) => "phi",
        I::Select(_) => "select",
        I::Freeze(_) => "freeze",
        I::Call(_) => "call",
        _ => "unsupported",
    }
}

/// `our_opcode`: see the module comment.
pub fn our_opcode(op: &ours::Op) -> String {
    use ours::Op;
    match op {
        Op::Binary { op, .. } => format!("{op:?}").to_lowercase(),
        Op::Cast { op, .. } => format!("{op:?}").to_lowercase(),
        Op::FNeg { .. } => "fneg".into(),
        Op::ICmp { .. } => "icmp".into(),
        Op::FCmp { .. } => "fcmp".into(),
        Op::Select { .. } => "select".into(),
        Op::Phi { .. } => "phi".into(),
        Op::Alloca { .. } => "alloca".into(),
        Op::Load { .. } => "load".into(),
        Op::Store { .. } => "store".into(),
        Op::Gep { .. } => "getelementptr".into(),
        Op::Call { .. } => "call".into(),
        Op::ExtractValue { .. } => "extractvalue".into(),
        Op::InsertValue { .. } => "insertvalue".into(),
        Op::Freeze { .. } => "freeze".into(),
    }
}

/// `their_term`: see the module comment.
pub fn their_term(t: &theirs::Terminator) -> &'static str {
    use theirs::Terminator as T;
    match t {
        T::Ret(_) => "ret",
        T::Br(_) => "br",
        T::CondBr(_) => "condbr",
        T::Switch(_) => "switch",
        T::Unreachable(_) => "unreachable",
        _ => "unsupported",
    }
}

/// `our_term`: see the module comment.
pub fn our_term(t: &ours::Terminator) -> &'static str {
    use ours::Terminator as T;
    match t {
        T::Ret(_) => "ret",
        T::Br(_) => "br",
        T::CondBr { .. } => "condbr",
        T::Switch { .. } => "switch",
        T::Unreachable => "unreachable",
    }
}

/// `their_operand`: see the module comment.
pub fn their_operand(o: &theirs::Operand) -> String {
    match o {
        theirs::Operand::LocalOperand { name, .. } => format!("%{}", their_name(name)),
        theirs::Operand::ConstantOperand(c) => their_const(c),
        theirs::Operand::MetadataOperand => "metadata".into(),
    }
}

/// `our_value`: see the module comment.
pub fn our_value(v: &ours::Value) -> String {
    match &v.kind {
        ours::ValueKind::Local(n) => format!("%{n}"),
        ours::ValueKind::Const(ours::Constant::Undef(ours::Type::Metadata)) => "metadata".into(),
        ours::ValueKind::Const(c) => our_const(c),
    }
}

/// LLVM's operands, flags and predicates of an instruction, in a canonical spelling.
pub fn their_detail(i: &theirs::Instruction) -> String {
    use theirs::Instruction as I;
    let op = their_operand;
    let two = |a: &theirs::Operand, b: &theirs::Operand| format!("{}, {}", op(a), op(b));
    let wrap = |nuw: bool, nsw: bool, a: &theirs::Operand, b: &theirs::Operand| {
        format!("nuw={nuw} nsw={nsw} {}", two(a, b))
    };
    let exact =
        |e: bool, a: &theirs::Operand, b: &theirs::Operand| format!("exact={e} {}", two(a, b));
    match i {
        I::Add(x) => wrap(x.nuw, x.nsw, &x.operand0, &x.operand1),
        I::Sub(x) => wrap(x.nuw, x.nsw, &x.operand0, &x.operand1),
        I::Mul(x) => wrap(x.nuw, x.nsw, &x.operand0, &x.operand1),
        I::Shl(x) => wrap(x.nuw, x.nsw, &x.operand0, &x.operand1),
        I::UDiv(x) => exact(x.exact, &x.operand0, &x.operand1),
        I::SDiv(x) => exact(x.exact, &x.operand0, &x.operand1),
        I::LShr(x) => exact(x.exact, &x.operand0, &x.operand1),
        I::AShr(x) => exact(x.exact, &x.operand0, &x.operand1),
        I::URem(x) => two(&x.operand0, &x.operand1),
        I::SRem(x) => two(&x.operand0, &x.operand1),
        I::And(x) => two(&x.operand0, &x.operand1),
        I::Or(x) => two(&x.operand0, &x.operand1),
        I::Xor(x) => two(&x.operand0, &x.operand1),
        I::FAdd(x) => two(&x.operand0, &x.operand1),
        I::FSub(x) => two(&x.operand0, &x.operand1),
        I::FMul(x) => two(&x.operand0, &x.operand1),
        I::FDiv(x) => two(&x.operand0, &x.operand1),
        I::FRem(x) => two(&x.operand0, &x.operand1),
        I::FNeg(x) => op(&x.operand),
        I::Freeze(x) => op(&x.operand),
        I::ICmp(x) => format!("{:?} {}", x.predicate, two(&x.operand0, &x.operand1)).to_uppercase(),
        I::FCmp(x) => format!("{:?} {}", x.predicate, two(&x.operand0, &x.operand1)).to_uppercase(),
        I::Trunc(x) => op(&x.operand),
        I::ZExt(x) => op(&x.operand),
        I::SExt(x) => op(&x.operand),
        I::FPTrunc(x) => op(&x.operand),
        I::FPExt(x) => op(&x.operand),
        I::FPToUI(x) => op(&x.operand),
        I::FPToSI(x) => op(&x.operand),
        I::UIToFP(x) => op(&x.operand),
        I::SIToFP(x) => op(&x.operand),
        I::PtrToInt(x) => op(&x.operand),
        I::IntToPtr(x) => op(&x.operand),
        I::BitCast(x) => op(&x.operand),
        I::Select(x) => format!(
            "{}, {}, {}",
            op(&x.condition),
            op(&x.true_value),
            op(&x.false_value)
        ),
        I::Phi(x) => x
            .incoming_values
            .iter()
            .map(|(v, b)| format!("[{}, %{}]", op(v), their_name(b)))
            .collect::<Vec<_>>()
            .join(" "),
        I::Alloca(x) => format!(
            "{} x {} align {}",
            their_type(&x.allocated_type),
            op(&x.num_elements),
            x.alignment
        ),
        I::Load(x) => format!(
            "{} from {} align {}",
            their_type(&x.loaded_ty),
            op(&x.address),
            x.alignment
        ),
        I::Store(x) => format!(
            "{} to {} align {}",
            op(&x.value),
            op(&x.address),
            x.alignment
        ),
        I::GetElementPtr(x) => format!(
            "inbounds={} {} {} [{}]",
            x.in_bounds,
            their_type(&x.source_element_type),
            op(&x.address),
            x.indices.iter().map(op).collect::<Vec<_>>().join(", ")
        ),
        I::Call(x) => {
            // `function` is an `either::Either<InlineAssembly, Operand>`.
            let callee = x.function.as_ref().right().map_or("asm".into(), op);
            format!(
                "{callee}({})",
                x.arguments
                    .iter()
                    .map(|(a, _)| op(a))
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        }
        I::ExtractValue(x) => format!("{} {:?}", op(&x.aggregate), x.indices),
        I::InsertValue(x) => format!("{}, {} {:?}", op(&x.aggregate), op(&x.element), x.indices),
        other => format!("{other:?}"),
    }
}

/// Ours in the spelling of [`their_detail`].
pub fn our_detail(o: &ours::Op) -> String {
    use ours::{BinOp, Op};
    let v = our_value;
    match o {
        Op::Binary {
            op,
            flags,
            lhs,
            rhs,
            ..
        } => {
            let two = format!("{}, {}", v(lhs), v(rhs));
            match op {
                BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Shl => {
                    format!("nuw={} nsw={} {two}", flags.nuw, flags.nsw)
                }
                BinOp::UDiv | BinOp::SDiv | BinOp::LShr | BinOp::AShr => {
                    format!("exact={} {two}", flags.exact)
                }
                _ => two,
            }
        }
        Op::FNeg { value } | Op::Freeze { value } | Op::Cast { value, .. } => v(value),
        Op::ICmp { pred, lhs, rhs } => format!("{pred:?} {}, {}", v(lhs), v(rhs)).to_uppercase(),
        Op::FCmp { pred, lhs, rhs } => format!("{pred:?} {}, {}", v(lhs), v(rhs)).to_uppercase(),
        Op::Select {
            cond,
            then,
            otherwise,
        } => format!("{}, {}, {}", v(cond), v(then), v(otherwise)),
        Op::Phi { incoming, .. } => incoming
            .iter()
            .map(|(x, b)| format!("[{}, %{b}]", v(x)))
            .collect::<Vec<_>>()
            .join(" "),
        Op::Alloca { ty, count, align } => {
            let n = count.as_ref().map_or("i32 1".to_string(), v);
            format!("{ty} x {n} align {}", align.unwrap_or(0))
        }
        Op::Load { ty, ptr, align } => format!("{ty} from {} align {}", v(ptr), align.unwrap_or(0)),
        Op::Store { value, ptr, align } => {
            format!("{} to {} align {}", v(value), v(ptr), align.unwrap_or(0))
        }
        Op::Gep {
            source,
            base,
            indices,
            inbounds,
        } => format!(
            "inbounds={inbounds} {source} {} [{}]",
            v(base),
            indices.iter().map(v).collect::<Vec<_>>().join(", ")
        ),
        Op::Call { callee, args, .. } => {
            let c = match callee {
                ours::Callee::Direct(n) => format!("@{n}"),
                ours::Callee::Indirect(x) => v(x),
                ours::Callee::InlineAsm(_) => "asm".into(),
            };
            format!("{c}({})", args.iter().map(v).collect::<Vec<_>>().join(", "))
        }
        Op::ExtractValue { agg, indices } => format!("{} {indices:?}", v(agg)),
        Op::InsertValue {
            agg,
            value,
            indices,
        } => format!("{}, {} {indices:?}", v(agg), v(value)),
    }
}

/// Operands and targets of a terminator.
pub fn their_term_detail(t: &theirs::Terminator) -> String {
    use theirs::Terminator as T;
    match t {
        T::Ret(r) => r
            .return_operand
            .as_ref()
            .map_or("void".into(), their_operand),
        T::Br(b) => format!("%{}", their_name(&b.dest)),
        T::CondBr(b) => format!(
            "{} %{} %{}",
            their_operand(&b.condition),
            their_name(&b.true_dest),
            their_name(&b.false_dest)
        ),
        T::Switch(s) => format!(
            "{} default %{} [{}]",
            their_operand(&s.operand),
            their_name(&s.default_dest),
            s.dests
                .iter()
                .map(|(c, l)| format!("{} %{}", their_const(c), their_name(l)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => String::new(),
    }
}

/// `our_term_detail`: see the module comment.
pub fn our_term_detail(t: &ours::Terminator) -> String {
    use ours::Terminator as T;
    match t {
        T::Ret(r) => r.as_ref().map_or("void".into(), our_value),
        T::Br(l) => format!("%{l}"),
        T::CondBr {
            cond,
            then,
            otherwise,
        } => format!("{} %{then} %{otherwise}", our_value(cond)),
        T::Switch {
            value,
            default,
            cases,
        } => format!(
            "{} default %{default} [{}]",
            our_value(value),
            cases
                .iter()
                .map(|(c, l)| format!("{} %{l}", our_const(c)))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        T::Unreachable => String::new(),
    }
}

/// The result type our IR implies for an instruction with a result.
pub fn our_result_type(m: &ours::Module, op: &ours::Op) -> String {
    use ours::Op;
    match op {
        Op::Binary { ty, .. } | Op::Phi { ty, .. } | Op::Load { ty, .. } => ty.to_string(),
        Op::FNeg { value } | Op::Freeze { value } => value.ty.to_string(),
        Op::ICmp { .. } | Op::FCmp { .. } => "i1".into(),
        Op::Cast { to, .. } => to.to_string(),
        Op::Select { then, .. } => then.ty.to_string(),
        Op::Alloca { .. } | Op::Gep { .. } => "ptr".into(),
        Op::Call { ret, .. } => ret.to_string(),
        Op::InsertValue { agg, .. } => agg.ty.to_string(),
        Op::ExtractValue { agg, indices } => m
            .member_type(&agg.ty, indices)
            .map_or("(bad indices)".into(), |t| t.to_string()),
        Op::Store { .. } => "void".into(),
    }
}
