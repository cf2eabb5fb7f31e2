//! LLVM IR fixtures shared by the lowering's unit tests.

/// A float dot product over `n` elements: one counted loop, two pointer walks (one GEP
/// `inbounds`, one not), a float accumulator phi.
pub const DOT: &str = r#"
define float @dot(ptr %a, ptr %b, i32 %n) {
entry:
  br label %body
body:
  %j = phi i32 [ 0, %entry ], [ %inc, %body ]
  %s = phi float [ 0.0, %entry ], [ %add, %body ]
  %pa = getelementptr float, ptr %a, i32 %j
  %x = load float, ptr %pa
  %pb = getelementptr inbounds float, ptr %b, i32 %j
  %y = load float, ptr %pb
  %m = fmul float %x, %y
  %add = fadd float %s, %m
  %inc = add nsw i32 %j, 1
  %c = icmp eq i32 %inc, %n
  br i1 %c, label %exit, label %body
exit:
  ret float %add
}
"#;
