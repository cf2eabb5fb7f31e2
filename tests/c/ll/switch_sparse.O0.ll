; ModuleID = 'tests/c/switch_sparse.c'
source_filename = "tests/c/switch_sparse.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@keys = hidden global [11 x i32] [i32 0, i32 1, i32 100, i32 1000, i32 -1000, i32 65536, i32 2147483647, i32 -2147483648, i32 12345, i32 7, i32 99999], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @sparse(i32 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %0 = load i32, ptr %x.addr, align 4
  switch i32 %0, label %sw.default [
    i32 1, label %sw.bb
    i32 100, label %sw.bb1
    i32 1000, label %sw.bb2
    i32 -1000, label %sw.bb3
    i32 65536, label %sw.bb4
    i32 2147483647, label %sw.bb5
    i32 -2147483648, label %sw.bb6
    i32 12345, label %sw.bb7
  ]

sw.bb:                                            ; preds = %entry
  store i32 10, ptr %retval, align 4
  br label %return

sw.bb1:                                           ; preds = %entry
  store i32 20, ptr %retval, align 4
  br label %return

sw.bb2:                                           ; preds = %entry
  store i32 30, ptr %retval, align 4
  br label %return

sw.bb3:                                           ; preds = %entry
  store i32 40, ptr %retval, align 4
  br label %return

sw.bb4:                                           ; preds = %entry
  store i32 50, ptr %retval, align 4
  br label %return

sw.bb5:                                           ; preds = %entry
  store i32 60, ptr %retval, align 4
  br label %return

sw.bb6:                                           ; preds = %entry
  store i32 70, ptr %retval, align 4
  br label %return

sw.bb7:                                           ; preds = %entry
  store i32 80, ptr %retval, align 4
  br label %return

sw.default:                                       ; preds = %entry
  store i32 0, ptr %retval, align 4
  br label %return

return:                                           ; preds = %sw.default, %sw.bb7, %sw.bb6, %sw.bb5, %sw.bb4, %sw.bb3, %sw.bb2, %sw.bb1, %sw.bb
  %1 = load i32, ptr %retval, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @usparse(i32 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %0 = load i32, ptr %x.addr, align 4
  switch i32 %0, label %sw.default [
    i32 -1, label %sw.bb
    i32 -2147483648, label %sw.bb1
    i32 -1294967296, label %sw.bb2
    i32 7, label %sw.bb3
  ]

sw.bb:                                            ; preds = %entry
  store i32 1, ptr %retval, align 4
  br label %return

sw.bb1:                                           ; preds = %entry
  store i32 2, ptr %retval, align 4
  br label %return

sw.bb2:                                           ; preds = %entry
  store i32 3, ptr %retval, align 4
  br label %return

sw.bb3:                                           ; preds = %entry
  store i32 4, ptr %retval, align 4
  br label %return

sw.default:                                       ; preds = %entry
  store i32 5, ptr %retval, align 4
  br label %return

return:                                           ; preds = %sw.default, %sw.bb3, %sw.bb2, %sw.bb1, %sw.bb
  %1 = load i32, ptr %retval, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %acc = alloca i32, align 4
  %i5 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 11
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [11 x i32], ptr @keys, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  %call = call i32 @sparse(i32 noundef %2) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %3 = load i32, ptr %i, align 4
  %arrayidx1 = getelementptr inbounds [11 x i32], ptr @keys, i32 0, i32 %3
  %4 = load i32, ptr %arrayidx1, align 4
  %call2 = call i32 @usparse(i32 noundef %4) #2
  call void @sb3_out_int(i32 noundef %call2) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %5 = load i32, ptr %i, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %call3 = call i32 @usparse(i32 noundef -1) #2
  call void @sb3_out_int(i32 noundef %call3) #2
  %call4 = call i32 @usparse(i32 noundef -1294967296) #2
  call void @sb3_out_int(i32 noundef %call4) #2
  store i32 0, ptr %acc, align 4
  store i32 0, ptr %i5, align 4
  br label %for.cond6

for.cond6:                                        ; preds = %for.inc11, %for.end
  %6 = load i32, ptr %i5, align 4
  %cmp7 = icmp slt i32 %6, 64
  br i1 %cmp7, label %for.body8, label %for.end13

for.body8:                                        ; preds = %for.cond6
  %7 = load i32, ptr %i5, align 4
  %and = and i32 %7, 7
  switch i32 %and, label %sw.default [
    i32 0, label %sw.bb
    i32 3, label %sw.bb9
    i32 5, label %sw.bb10
  ]

sw.bb:                                            ; preds = %for.body8
  %8 = load i32, ptr %acc, align 4
  %add = add nsw i32 %8, 1
  store i32 %add, ptr %acc, align 4
  br label %sw.epilog

sw.bb9:                                           ; preds = %for.body8
  %9 = load i32, ptr %acc, align 4
  %mul = mul nsw i32 %9, 2
  store i32 %mul, ptr %acc, align 4
  br label %sw.epilog

sw.bb10:                                          ; preds = %for.body8
  %10 = load i32, ptr %acc, align 4
  %sub = sub nsw i32 %10, 3
  store i32 %sub, ptr %acc, align 4
  br label %sw.epilog

sw.default:                                       ; preds = %for.body8
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.default, %sw.bb10, %sw.bb9, %sw.bb
  %11 = load i32, ptr %acc, align 4
  %rem = srem i32 %11, 10007
  store i32 %rem, ptr %acc, align 4
  br label %for.inc11

for.inc11:                                        ; preds = %sw.epilog
  %12 = load i32, ptr %i5, align 4
  %inc12 = add nsw i32 %12, 1
  store i32 %inc12, ptr %i5, align 4
  br label %for.cond6, !llvm.loop !4

for.end13:                                        ; preds = %for.cond6
  %13 = load i32, ptr %acc, align 4
  call void @sb3_out_int(i32 noundef %13) #2
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
