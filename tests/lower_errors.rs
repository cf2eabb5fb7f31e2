//! The lowering rejects what Scratch cannot express with a typed error naming the
//! function, block, line:column and construct, never a panic.

use llm2sb3::lower::{lower_module, LowerOptions};

fn lower_err(ll: &str) -> String {
    let m = llm2sb3::llvm::parse_module(ll).unwrap_or_else(|e| panic!("test IR must parse: {e}"));
    match lower_module(&m, &LowerOptions::default()) {
        Ok(_) => panic!("expected a lowering error"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn unknown_extern_is_named_with_its_location() {
    let e = lower_err(
        "declare void @mystery(i32)\n\ndefine i32 @main() {\nentry:\n  call void @mystery(i32 1)\n  ret i32 0\n}\n",
    );
    assert!(e.contains("@mystery"), "{e}");
    assert!(e.contains("5:3"), "{e}");
    assert!(e.contains("@main") && e.contains("%entry"), "{e}");
}

#[test]
fn function_pointer_calls_are_rejected() {
    let e = lower_err(
        "define i32 @f() {\nentry:\n  ret i32 1\n}\n\ndefine i32 @main() {\nentry:\n  %p = alloca ptr\n  %r = call i32 %p()\n  ret i32 %r\n}\n",
    );
    assert!(e.contains("function pointers"), "{e}");
    assert!(e.contains("9:"), "{e}");
}

#[test]
fn float_bit_reinterpretation_is_rejected() {
    let e = lower_err(
        "define i32 @main() {\nentry:\n  %b = bitcast float 1.0 to i32\n  ret i32 %b\n}\n",
    );
    assert!(e.contains("reinterprets bits"), "{e}");
    assert!(e.contains("3:"), "{e}");
}

#[test]
fn missing_main_is_reported() {
    let m = llm2sb3::llvm::parse_module("define i32 @f() {\nentry:\n  ret i32 0\n}\n").unwrap();
    let e = lower_module(&m, &LowerOptions::default())
        .unwrap_err()
        .to_string();
    assert!(e.contains("main"), "{e}");
}

#[test]
fn wide_bitwise_is_rejected() {
    let e = lower_err(
        "define i64 @main() {\nentry:\n  %a = add i64 0, 5\n  %x = xor i64 %a, 3\n  ret i64 %x\n}\n",
    );
    assert!(e.contains("64-bit bitwise") || e.contains("i64"), "{e}");
}
