; ModuleID = 'tests/c/switch_dense.c'
source_filename = "tests/c/switch_dense.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [35 x i8] c"Scratch Is An Educational Universe\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @dense(i32 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %0 = load i32, ptr %x.addr, align 4
  switch i32 %0, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb1
    i32 2, label %sw.bb2
    i32 3, label %sw.bb3
    i32 4, label %sw.bb4
    i32 5, label %sw.bb5
    i32 6, label %sw.bb6
    i32 7, label %sw.bb7
    i32 8, label %sw.bb8
  ]

sw.bb:                                            ; preds = %entry
  store i32 11, ptr %retval, align 4
  br label %return

sw.bb1:                                           ; preds = %entry
  store i32 22, ptr %retval, align 4
  br label %return

sw.bb2:                                           ; preds = %entry
  store i32 -33, ptr %retval, align 4
  br label %return

sw.bb3:                                           ; preds = %entry
  store i32 44, ptr %retval, align 4
  br label %return

sw.bb4:                                           ; preds = %entry
  store i32 55, ptr %retval, align 4
  br label %return

sw.bb5:                                           ; preds = %entry
  store i32 66, ptr %retval, align 4
  br label %return

sw.bb6:                                           ; preds = %entry
  store i32 77, ptr %retval, align 4
  br label %return

sw.bb7:                                           ; preds = %entry
  store i32 88, ptr %retval, align 4
  br label %return

sw.bb8:                                           ; preds = %entry
  store i32 99, ptr %retval, align 4
  br label %return

sw.default:                                       ; preds = %entry
  store i32 -1, ptr %retval, align 4
  br label %return

return:                                           ; preds = %sw.default, %sw.bb8, %sw.bb7, %sw.bb6, %sw.bb5, %sw.bb4, %sw.bb3, %sw.bb2, %sw.bb1, %sw.bb
  %1 = load i32, ptr %retval, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @around_zero(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  store i32 0, ptr %r, align 4
  %0 = load i32, ptr %x.addr, align 4
  switch i32 %0, label %sw.default [
    i32 -3, label %sw.bb
    i32 -2, label %sw.bb1
    i32 -1, label %sw.bb2
    i32 0, label %sw.bb3
    i32 1, label %sw.bb4
    i32 2, label %sw.bb5
  ]

sw.bb:                                            ; preds = %entry
  store i32 300, ptr %r, align 4
  br label %sw.epilog

sw.bb1:                                           ; preds = %entry
  store i32 200, ptr %r, align 4
  br label %sw.epilog

sw.bb2:                                           ; preds = %entry
  store i32 100, ptr %r, align 4
  br label %sw.epilog

sw.bb3:                                           ; preds = %entry
  store i32 7, ptr %r, align 4
  br label %sw.epilog

sw.bb4:                                           ; preds = %entry
  %1 = load i32, ptr %x.addr, align 4
  %mul = mul nsw i32 %1, 5
  store i32 %mul, ptr %r, align 4
  br label %sw.epilog

sw.bb5:                                           ; preds = %entry
  %2 = load i32, ptr %x.addr, align 4
  %3 = load i32, ptr %x.addr, align 4
  %mul6 = mul nsw i32 %2, %3
  %4 = load i32, ptr %x.addr, align 4
  %mul7 = mul nsw i32 %mul6, %4
  store i32 %mul7, ptr %r, align 4
  br label %sw.epilog

sw.default:                                       ; preds = %entry
  %5 = load i32, ptr %x.addr, align 4
  store i32 %5, ptr %r, align 4
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.default, %sw.bb5, %sw.bb4, %sw.bb3, %sw.bb2, %sw.bb1, %sw.bb
  %6 = load i32, ptr %r, align 4
  %add = add nsw i32 %6, 1
  ret i32 %add
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @vowel(i8 noundef signext %c) #0 {
entry:
  %retval = alloca i32, align 4
  %c.addr = alloca i8, align 1
  store i8 %c, ptr %c.addr, align 1
  %0 = load i8, ptr %c.addr, align 1
  %conv = sext i8 %0 to i32
  switch i32 %conv, label %sw.default [
    i32 97, label %sw.bb
    i32 65, label %sw.bb
    i32 101, label %sw.bb1
    i32 69, label %sw.bb1
    i32 105, label %sw.bb2
    i32 73, label %sw.bb2
    i32 111, label %sw.bb3
    i32 79, label %sw.bb3
    i32 117, label %sw.bb4
    i32 85, label %sw.bb4
  ]

sw.bb:                                            ; preds = %entry, %entry
  store i32 1, ptr %retval, align 4
  br label %return

sw.bb1:                                           ; preds = %entry, %entry
  store i32 2, ptr %retval, align 4
  br label %return

sw.bb2:                                           ; preds = %entry, %entry
  store i32 3, ptr %retval, align 4
  br label %return

sw.bb3:                                           ; preds = %entry, %entry
  store i32 4, ptr %retval, align 4
  br label %return

sw.bb4:                                           ; preds = %entry, %entry
  store i32 5, ptr %retval, align 4
  br label %return

sw.default:                                       ; preds = %entry
  store i32 0, ptr %retval, align 4
  br label %return

return:                                           ; preds = %sw.default, %sw.bb4, %sw.bb3, %sw.bb2, %sw.bb1, %sw.bb
  %1 = load i32, ptr %retval, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %x = alloca i32, align 4
  %x1 = alloca i32, align 4
  %s = alloca ptr, align 4
  %i = alloca i32, align 4
  store i32 -2, ptr %x, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %x, align 4
  %cmp = icmp slt i32 %0, 11
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %x, align 4
  %call = call i32 @dense(i32 noundef %1) #2
  call void @sb3_out_int(i32 noundef %call) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %2 = load i32, ptr %x, align 4
  %inc = add nsw i32 %2, 1
  store i32 %inc, ptr %x, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 -5, ptr %x1, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc6, %for.end
  %3 = load i32, ptr %x1, align 4
  %cmp3 = icmp slt i32 %3, 5
  br i1 %cmp3, label %for.body4, label %for.end8

for.body4:                                        ; preds = %for.cond2
  %4 = load i32, ptr %x1, align 4
  %call5 = call i32 @around_zero(i32 noundef %4) #2
  call void @sb3_out_int(i32 noundef %call5) #2
  br label %for.inc6

for.inc6:                                         ; preds = %for.body4
  %5 = load i32, ptr %x1, align 4
  %inc7 = add nsw i32 %5, 1
  store i32 %inc7, ptr %x1, align 4
  br label %for.cond2, !llvm.loop !4

for.end8:                                         ; preds = %for.cond2
  store ptr @.str, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond9

for.cond9:                                        ; preds = %for.inc13, %for.end8
  %6 = load ptr, ptr %s, align 4
  %7 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i8, ptr %6, i32 %7
  %8 = load i8, ptr %arrayidx, align 1
  %tobool = icmp ne i8 %8, 0
  br i1 %tobool, label %for.body10, label %for.end15

for.body10:                                       ; preds = %for.cond9
  %9 = load ptr, ptr %s, align 4
  %10 = load i32, ptr %i, align 4
  %arrayidx11 = getelementptr inbounds i8, ptr %9, i32 %10
  %11 = load i8, ptr %arrayidx11, align 1
  %call12 = call i32 @vowel(i8 noundef signext %11) #2
  call void @sb3_out_int(i32 noundef %call12) #2
  br label %for.inc13

for.inc13:                                        ; preds = %for.body10
  %12 = load i32, ptr %i, align 4
  %inc14 = add nsw i32 %12, 1
  store i32 %inc14, ptr %i, align 4
  br label %for.cond9, !llvm.loop !5

for.end15:                                        ; preds = %for.cond9
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

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
!5 = distinct !{!5, !3}
