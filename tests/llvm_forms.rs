//! One test per instruction form and constant form, on small hand-written modules in the
//! spelling clang-19 / LLVM 19 print.

use llm2sb3::llvm::{
    parse_module, ArithFlags, BinOp, Callee, CastOp, ConstExpr, Constant, FloatPred, IntPred,
    Module, Op, Terminator, Type, Value, ValueKind,
};

/// Parses `body` as the blocks of `define i32 @f(i32 %a, i32 %b, ptr %p, float %x, double %d, i64 %w, i1 %c)`.
fn body(body: &str) -> Module {
    let text = format!(
        "%struct.S = type {{ i32, [2 x float], ptr }}\n@g = global i32 0\ndeclare i32 @ext(i32, ...)\n\
         declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #1\n\
         define i32 @f(i32 noundef %a, i32 %b, ptr %p, float %x, double %d, i64 %w, i1 %c) {{\n{body}\n}}\n"
    );
    parse_module(&text).unwrap_or_else(|e| panic!("{e}\n{text}"))
}

/// The ops of the first block.
fn ops(m: &Module) -> Vec<Op> {
    m.functions[0].blocks[0]
        .instrs
        .iter()
        .map(|i| i.op.clone())
        .collect()
}

fn local(ty: Type, n: &str) -> Value {
    Value {
        ty,
        kind: ValueKind::Local(n.into()),
    }
}

fn int(bits: u32, v: i128) -> Value {
    let mask = if bits == 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    };
    Value {
        ty: Type::Int(bits),
        kind: ValueKind::Const(Constant::Int {
            bits,
            value: (v as u128) & mask,
        }),
    }
}

#[test]
fn integer_arithmetic_with_flags() {
    let m = body(
        "entry:\n  %0 = add nsw i32 %a, -5\n  %1 = sub nuw nsw i32 %0, %b\n  %2 = udiv exact i32 %1, 3\n\
         %3 = or disjoint i32 %2, 1\n  %4 = ashr i32 %3, 31\n  ret i32 %4",
    );
    let o = ops(&m);
    assert_eq!(
        o[0],
        Op::Binary {
            op: BinOp::Add,
            flags: ArithFlags {
                nsw: true,
                nuw: false,
                exact: false
            },
            ty: Type::Int(32),
            lhs: local(Type::Int(32), "a"),
            rhs: int(32, -5)
        }
    );
    assert!(matches!(
        o[1],
        Op::Binary {
            op: BinOp::Sub,
            flags: ArithFlags {
                nsw: true,
                nuw: true,
                ..
            },
            ..
        }
    ));
    assert!(matches!(
        o[2],
        Op::Binary {
            op: BinOp::UDiv,
            flags: ArithFlags { exact: true, .. },
            ..
        }
    ));
    assert!(matches!(
        o[3],
        Op::Binary {
            op: BinOp::Or,
            flags: ArithFlags { exact: true, .. },
            ..
        }
    ));
    assert!(matches!(
        o[4],
        Op::Binary {
            op: BinOp::AShr,
            ..
        }
    ));
    assert_eq!(
        m.functions[0].blocks[0].term,
        Terminator::Ret(Some(local(Type::Int(32), "4")))
    );
}

#[test]
fn float_ops_with_fast_math_and_constants() {
    let m = body(
        "entry:\n  %y = fadd fast float %x, 0x3FB99999A0000000\n  %z = fmul nnan ninf float %y, 1.500000e+00\n\
         %n = fneg float %z\n  %e = fdiv double %d, -0.000000e+00\n  %q = fcmp olt float %n, 0.0\n  %u = fcmp uno double %e, %e\n  ret i32 0",
    );
    let o = ops(&m);
    let Op::Binary {
        op: BinOp::FAdd,
        rhs,
        ..
    } = &o[0]
    else {
        panic!("{:?}", o[0])
    };
    assert_eq!(
        rhs.kind,
        ValueKind::Const(Constant::Float {
            ty: Type::Float,
            value: 0.1f32 as f64
        })
    );
    let Op::Binary {
        op: BinOp::FMul,
        rhs,
        ..
    } = &o[1]
    else {
        panic!()
    };
    assert_eq!(
        rhs.kind,
        ValueKind::Const(Constant::Float {
            ty: Type::Float,
            value: 1.5
        })
    );
    assert!(matches!(&o[2], Op::FNeg { value } if value.ty == Type::Float));
    let Op::Binary { rhs, .. } = &o[3] else {
        panic!()
    };
    assert!(
        matches!(rhs.kind, ValueKind::Const(Constant::Float { value, .. }) if value == 0.0 && value.is_sign_negative())
    );
    assert!(matches!(
        o[4],
        Op::FCmp {
            pred: FloatPred::Olt,
            ..
        }
    ));
    assert!(matches!(
        o[5],
        Op::FCmp {
            pred: FloatPred::Uno,
            ..
        }
    ));
}

#[test]
fn casts_with_flags() {
    let m = body(
        "entry:\n  %0 = zext nneg i32 %a to i64\n  %1 = trunc nuw nsw i64 %0 to i8\n  %2 = sext i8 %1 to i32\n\
         %3 = sitofp i32 %2 to float\n  %4 = fpext float %3 to double\n  %5 = fptosi double %4 to i32\n\
         %6 = ptrtoint ptr %p to i32\n  %7 = inttoptr i32 %6 to ptr\n  %8 = uitofp nneg i32 %a to double\n  %9 = bitcast float %x to i32\n  ret i32 %5",
    );
    let o = ops(&m);
    let kinds: Vec<CastOp> = o
        .iter()
        .map(|op| match op {
            Op::Cast { op, .. } => *op,
            _ => panic!(),
        })
        .collect();
    use CastOp::*;
    assert_eq!(
        kinds,
        vec![ZExt, Trunc, SExt, SIToFP, FPExt, FPToSI, PtrToInt, IntToPtr, UIToFP, BitCast]
    );
    assert!(matches!(&o[1], Op::Cast { to: Type::Int(8), value, .. } if value.ty == Type::Int(64)));
}

#[test]
fn compares_select_phi_and_switch() {
    let m = body(
        "entry:\n  %cmp = icmp slt i32 %a, %b\n  %u = icmp ugt i32 %a, 4000000000\n  %eq = icmp eq ptr %p, null\n\
         %s = select i1 %cmp, i32 %a, i32 %b\n  switch i32 %s, label %def [\n    i32 0, label %one\n    i32 -1, label %two\n  ]\n\
         one:\n  br label %two\ntwo:\n  %ph = phi i32 [ 1, %entry ], [ %s, %one ]\n  br i1 %u, label %def, label %exit\n\
         def:\n  %ph2 = phi i32 [ 0, %entry ], [ %ph, %two ]\n  br label %exit\nexit:\n  %r = phi i32 [ %ph2, %def ], [ 7, %two ]\n  ret i32 %r",
    );
    let f = &m.functions[0];
    let o = ops(&m);
    assert!(matches!(
        o[0],
        Op::ICmp {
            pred: IntPred::Slt,
            ..
        }
    ));
    assert!(
        matches!(&o[1], Op::ICmp { pred: IntPred::Ugt, rhs, .. } if rhs == &int(32, 4000000000))
    );
    assert!(matches!(
        &o[2],
        Op::ICmp {
            pred: IntPred::Eq,
            rhs: Value {
                kind: ValueKind::Const(Constant::Null),
                ..
            },
            ..
        }
    ));
    assert!(matches!(&o[3], Op::Select { cond, .. } if cond.ty == Type::Int(1)));
    let Terminator::Switch { default, cases, .. } = &f.blocks[0].term else {
        panic!()
    };
    assert_eq!(default, "def");
    assert_eq!(
        cases,
        &vec![
            (Constant::Int { bits: 32, value: 0 }, "one".into()),
            (
                Constant::Int {
                    bits: 32,
                    value: 0xffff_ffff
                },
                "two".into()
            )
        ]
    );
    let Op::Phi { incoming, .. } = &f.blocks[2].instrs[0].op else {
        panic!()
    };
    assert_eq!(incoming[0], (int(32, 1), "entry".to_string()));
    assert_eq!(incoming[1], (local(Type::Int(32), "s"), "one".to_string()));
    assert_eq!(
        f.blocks[2].term,
        Terminator::CondBr {
            cond: local(Type::Int(1), "u"),
            then: "def".into(),
            otherwise: "exit".into()
        }
    );
}

#[test]
fn memory_gep_and_metadata_attachments() {
    let m = body(
        "entry:\n  %arr = alloca [4 x i32], align 16\n  %n = alloca i32, i32 %a, align 4\n\
         %v = load volatile i32, ptr %p, align 4, !tbaa !5\n  store i32 %v, ptr %arr, align 16, !tbaa !5\n\
         %q = getelementptr inbounds nuw [4 x i32], ptr %arr, i32 0, i32 %a\n  %r = getelementptr i8, ptr %q, i32 -4\n\
         %s = getelementptr inbounds %struct.S, ptr %p, i32 0, i32 1, i32 1\n  %t = getelementptr nusw i8, ptr %p, i64 %w, !dbg !7\n  ret i32 %v, !dbg !9",
    );
    let o = ops(&m);
    assert_eq!(
        o[0],
        Op::Alloca {
            ty: Type::Array(4, Box::new(Type::Int(32))),
            count: None,
            align: Some(16)
        }
    );
    assert_eq!(
        o[1],
        Op::Alloca {
            ty: Type::Int(32),
            count: Some(local(Type::Int(32), "a")),
            align: Some(4)
        }
    );
    assert_eq!(
        o[2],
        Op::Load {
            ty: Type::Int(32),
            ptr: local(Type::Ptr, "p"),
            align: Some(4)
        }
    );
    assert_eq!(
        o[3],
        Op::Store {
            value: local(Type::Int(32), "v"),
            ptr: local(Type::Ptr, "arr"),
            align: Some(16)
        }
    );
    assert!(matches!(&o[4], Op::Gep { inbounds: true, indices, .. } if indices.len() == 2));
    assert!(matches!(&o[5], Op::Gep { inbounds: false, indices, .. } if indices[0] == int(32, -4)));
    assert!(
        matches!(&o[6], Op::Gep { source: Type::Named(n), indices, .. } if n == "struct.S" && indices.len() == 3)
    );
    assert!(matches!(&o[7], Op::Gep { indices, .. } if indices[0].ty == Type::Int(64)));
}

#[test]
fn calls_with_attributes() {
    let m = body(
        "entry:\n  %r = tail call noundef i32 (i32, ...) @ext(i32 noundef signext %a, ptr nonnull %p) #3\n\
         call void @llvm.memcpy.p0.p0.i32(ptr align 4 %p, ptr align 4 @g, i32 16, i1 false)\n\
         %s = musttail call fast i32 @f(i32 %a, i32 %b, ptr %p, float %x, double %d, i64 %w, i1 true)\n\
         %t = notail call i32 %p(i32 1)\n  ret i32 %r",
    );
    let o = ops(&m);
    let Op::Call { ret, callee, args } = &o[0] else {
        panic!()
    };
    assert_eq!(
        (ret, callee),
        (&Type::Int(32), &Callee::Direct("ext".into()))
    );
    assert_eq!(args.len(), 2);
    let Op::Call { ret, args, .. } = &o[1] else {
        panic!()
    };
    assert_eq!(ret, &Type::Void);
    assert_eq!(
        args[1].kind,
        ValueKind::Const(Constant::GlobalRef("g".into()))
    );
    assert_eq!(
        args[3],
        Value {
            ty: Type::Int(1),
            kind: ValueKind::Const(Constant::Int { bits: 1, value: 0 })
        }
    );
    assert!(
        matches!(&o[3], Op::Call { callee: Callee::Indirect(v), .. } if v == &local(Type::Ptr, "p"))
    );
    assert_eq!(m.functions[0].blocks[0].instrs[1].result, None);
}

#[test]
fn aggregates_freeze_unreachable_and_numbered_values() {
    let m = parse_module(
        "%pair = type { i32, float }\ndefine { i32, float } @f(i32 %0, float %1) {\n  %3 = insertvalue %pair undef, i32 %0, 0\n\
         %4 = extractvalue %pair %3, 1\n  %5 = freeze i32 %0\n  %6 = insertvalue { i32, float } poison, i32 %5, 0\n  br label %7\n\
         7:\n  ret { i32, float } %6\n8:\n  unreachable\n}\n",
    )
    .unwrap();
    let f = &m.functions[0];
    // The unlabeled entry block takes the next number after the parameters.
    assert_eq!(
        f.blocks.iter().map(|b| b.name.as_str()).collect::<Vec<_>>(),
        vec!["2", "7", "8"]
    );
    assert!(
        matches!(&f.blocks[0].instrs[1].op, Op::ExtractValue { indices, .. } if indices == &vec![1])
    );
    assert_eq!(
        m.member_type(&Type::Named("pair".into()), &[1]),
        Some(Type::Float)
    );
    assert!(matches!(&f.blocks[0].instrs[2].op, Op::Freeze { .. }));
    assert_eq!(f.blocks[2].term, Terminator::Unreachable);
}

#[test]
fn constants_of_every_kind() {
    let m = parse_module(
        r#"%struct.P = type <{ i8, i32 }>
@a = global i1 true
@b = global i8 -1
@c = global i64 -9223372036854775808
@d = global double 0x7FF8000000000000
@e = global float 0x36A0000000000000
@f = global [3 x i8] c"a\5C\00"
@g = global %struct.P <{ i8 1, i32 2 }>
@h = global { ptr, i32 } { ptr @a, i32 ptrtoint (ptr @b to i32) }
@i = global ptr getelementptr inbounds ([3 x i8], ptr @f, i32 0, i32 1)
@j = global [2 x [2 x i16]] [[2 x i16] [i16 1, i16 -2], [2 x i16] zeroinitializer]
@k = global i32 add (i32 ptrtoint (ptr @a to i32), i32 4)
@l = global i32 undef
@m = global ptr null, section "x", align 8
@n = global i128 -1
@o = global half 0xH3C00
@p = global [0 x i32] zeroinitializer
@q = global {} zeroinitializer
@r = global double 1.000000e-300
"#,
    )
    .unwrap();
    let init = |n: &str| {
        m.globals
            .iter()
            .find(|g| g.name == n)
            .unwrap()
            .init
            .clone()
            .unwrap()
    };
    assert_eq!(init("a"), Constant::Int { bits: 1, value: 1 });
    assert_eq!(
        init("b"),
        Constant::Int {
            bits: 8,
            value: 255
        }
    );
    assert_eq!(
        init("c"),
        Constant::Int {
            bits: 64,
            value: 1 << 63
        }
    );
    assert!(matches!(init("d"), Constant::Float { value, .. } if value.is_nan()));
    assert_eq!(
        init("e"),
        Constant::Float {
            ty: Type::Float,
            value: f32::from_bits(1) as f64
        }
    );
    assert_eq!(init("f"), Constant::Bytes(vec![b'a', b'\\', 0]));
    assert!(matches!(init("g"), Constant::Struct { fields, .. } if fields.len() == 2));
    let Constant::Struct { fields, .. } = init("h") else {
        panic!()
    };
    assert_eq!(fields[0], Constant::GlobalRef("a".into()));
    assert!(
        matches!(&fields[1], Constant::Expr(e) if matches!(&**e, ConstExpr::Cast { op: CastOp::PtrToInt, to: Type::Int(32), .. }))
    );
    assert!(
        matches!(init("i"), Constant::Expr(e) if matches!(&*e, ConstExpr::Gep { indices, .. } if indices.len() == 2))
    );
    let Constant::Array { elems, .. } = init("j") else {
        panic!()
    };
    assert_eq!(
        elems[1],
        Constant::Zero(Type::Array(2, Box::new(Type::Int(16))))
    );
    assert!(
        matches!(init("k"), Constant::Expr(e) if matches!(&*e, ConstExpr::Binary { op: BinOp::Add, .. }))
    );
    assert_eq!(init("l"), Constant::Undef(Type::Int(32)));
    assert_eq!(
        m.globals.iter().find(|g| g.name == "m").unwrap().align,
        Some(8)
    );
    assert_eq!(
        init("n"),
        Constant::Int {
            bits: 128,
            value: u128::MAX
        }
    );
    assert_eq!(
        init("o"),
        Constant::Float {
            ty: Type::Half,
            value: 1.0
        }
    );
    assert_eq!(
        init("r"),
        Constant::Float {
            ty: Type::Double,
            value: 1e-300
        }
    );
}

#[test]
fn skips_metadata_and_debug_records() {
    let m = parse_module(
        "source_filename = \"x.c\"\ntarget triple = \"wasm32-unknown-unknown\"\n$c = comdat any\n\
         define void @f(i32 %a) !dbg !4 {\nentry:\n    #dbg_value(i32 %a, !10, !DIExpression(), !12)\n  ret void, !dbg !13\n}\n\
         declare !dbg !164 void @g(i32 noundef) local_unnamed_addr\n\
         !llvm.module.flags = !{!0}\n!0 = !{i32 1, !\"wchar_size\", i32 4}\n!4 = distinct !DISubprogram(name: \"f\", unit: !1)\n",
    )
    .unwrap();
    assert_eq!(m.functions[0].blocks[0].instrs.len(), 0);
    assert_eq!(m.declarations[0].name, "g");
    assert_eq!(m.triple.as_deref(), Some("wasm32-unknown-unknown"));
}

#[test]
fn switch_with_many_cases_and_phi_with_many_incomings() {
    let n = 2000;
    let mut t = String::from("define i32 @f(i32 %x) {\nentry:\n  switch i32 %x, label %done [\n");
    for k in 0..n {
        t += &format!("    i32 {}, label %b{k}\n", k as i64 * 3 - 1000);
    }
    t += "  ]\n";
    for k in 0..n {
        t += &format!("b{k}:\n  br label %done\n");
    }
    t += "done:\n  %r = phi i32 ";
    t += &(0..n)
        .map(|k| format!("[ {k}, %b{k} ]"))
        .chain(std::iter::once("[ -1, %entry ]".into()))
        .collect::<Vec<_>>()
        .join(", ");
    t += "\n  ret i32 %r\n}\n";
    let m = parse_module(&t).unwrap();
    let f = &m.functions[0];
    let Terminator::Switch { cases, .. } = &f.blocks[0].term else {
        panic!()
    };
    assert_eq!(cases.len(), n);
    assert_eq!(
        cases[0].0,
        Constant::Int {
            bits: 32,
            value: (-1000i32) as u32 as u128
        }
    );
    assert_eq!(cases[n - 1].1, format!("b{}", n - 1));
    let Op::Phi { incoming, .. } = &f.blocks.last().unwrap().instrs[0].op else {
        panic!()
    };
    assert_eq!(incoming.len(), n + 1);
    assert_eq!(incoming[n].1, "entry");
}
