; ModuleID = 'tests/c/nowarp_loop.c'
source_filename = "tests/c/nowarp_loop.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [11 x i8] c"sb3_nowarp\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [22 x i8] c"tests/c/nowarp_loop.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @token_loop, ptr @.str, ptr @.str.1, i32 11, ptr null }], section "llvm.metadata"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @work(i32 noundef %step) #0 {
entry:
  %step.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %step, ptr %step.addr, align 4
  store i32 0, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %step.addr, align 4
  %mul = mul nsw i32 %1, 10
  %cmp = icmp sle i32 %0, %mul
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %step.addr, align 4
  %add = add nsw i32 %3, 2
  %rem = srem i32 %2, %add
  %4 = load i32, ptr %s, align 4
  %add1 = add nsw i32 %4, %rem
  store i32 %add1, ptr %s, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %5 = load i32, ptr %i, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %s, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone
define hidden void @token_loop(i32 noundef %steps) #0 {
entry:
  %steps.addr = alloca i32, align 4
  %total = alloca i32, align 4
  %t = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %steps, ptr %steps.addr, align 4
  store i32 0, ptr %total, align 4
  store i32 0, ptr %t, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %t, align 4
  %1 = load i32, ptr %steps.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %t, align 4
  %call = call i32 @work(i32 noundef %2) #2
  store i32 %call, ptr %r, align 4
  %3 = load i32, ptr %r, align 4
  %4 = load i32, ptr %total, align 4
  %add = add nsw i32 %4, %3
  store i32 %add, ptr %total, align 4
  %5 = load i32, ptr %r, align 4
  call void @sb3_out_int(i32 noundef %5) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %6 = load i32, ptr %t, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %t, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  %7 = load i32, ptr %total, align 4
  call void @sb3_out_int(i32 noundef %7) #2
  ret void
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  call void @token_loop(i32 noundef 12) #2
  ret i32 0
}

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
