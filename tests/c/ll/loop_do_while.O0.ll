; ModuleID = 'tests/c/loop_do_while.c'
source_filename = "tests/c/loop_do_while.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@vals = hidden global [6 x i32] [i32 0, i32 7, i32 10, i32 12345, i32 2147483647, i32 99], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %v = alloca i32, align 4
  %digits = alloca i32, align 4
  %ran = alloca i32, align 4
  %u = alloca i32, align 4
  %k = alloca i32, align 4
  %s = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 6
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [6 x i32], ptr @vals, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  store i32 %2, ptr %v, align 4
  store i32 0, ptr %digits, align 4
  br label %do.body

do.body:                                          ; preds = %do.cond, %for.body
  %3 = load i32, ptr %v, align 4
  %rem = srem i32 %3, 10
  call void @sb3_out_int(i32 noundef %rem) #2
  %4 = load i32, ptr %v, align 4
  %div = sdiv i32 %4, 10
  store i32 %div, ptr %v, align 4
  %5 = load i32, ptr %digits, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %digits, align 4
  br label %do.cond

do.cond:                                          ; preds = %do.body
  %6 = load i32, ptr %v, align 4
  %tobool = icmp ne i32 %6, 0
  br i1 %tobool, label %do.body, label %do.end, !llvm.loop !2

do.end:                                           ; preds = %do.cond
  %7 = load i32, ptr %digits, align 4
  call void @sb3_out_int(i32 noundef %7) #2
  br label %for.inc

for.inc:                                          ; preds = %do.end
  %8 = load i32, ptr %i, align 4
  %inc1 = add nsw i32 %8, 1
  store i32 %inc1, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %ran, align 4
  br label %do.body2

do.body2:                                         ; preds = %do.cond4, %for.end
  %9 = load i32, ptr %ran, align 4
  %inc3 = add nsw i32 %9, 1
  store i32 %inc3, ptr %ran, align 4
  br label %do.cond4

do.cond4:                                         ; preds = %do.body2
  %10 = load i32, ptr @vals, align 16
  %cmp5 = icmp sgt i32 %10, 0
  br i1 %cmp5, label %do.body2, label %do.end6, !llvm.loop !5

do.end6:                                          ; preds = %do.cond4
  %11 = load i32, ptr %ran, align 4
  call void @sb3_out_int(i32 noundef %11) #2
  store i32 5, ptr %u, align 4
  br label %do.body7

do.body7:                                         ; preds = %do.cond8, %do.end6
  %12 = load i32, ptr %u, align 4
  call void @sb3_out_int(i32 noundef %12) #2
  br label %do.cond8

do.cond8:                                         ; preds = %do.body7
  %13 = load i32, ptr %u, align 4
  %dec = add i32 %13, -1
  store i32 %dec, ptr %u, align 4
  %cmp9 = icmp ugt i32 %13, 0
  br i1 %cmp9, label %do.body7, label %do.end10, !llvm.loop !6

do.end10:                                         ; preds = %do.cond8
  %14 = load i32, ptr %u, align 4
  call void @sb3_out_int(i32 noundef %14) #2
  store i32 0, ptr %k, align 4
  store i32 0, ptr %s, align 4
  br label %do.body11

do.body11:                                        ; preds = %do.cond15, %do.end10
  %15 = load i32, ptr %k, align 4
  %inc12 = add nsw i32 %15, 1
  store i32 %inc12, ptr %k, align 4
  %16 = load i32, ptr %k, align 4
  %rem13 = srem i32 %16, 3
  %cmp14 = icmp eq i32 %rem13, 0
  br i1 %cmp14, label %if.then, label %if.end

if.then:                                          ; preds = %do.body11
  br label %do.cond15

if.end:                                           ; preds = %do.body11
  %17 = load i32, ptr %k, align 4
  %18 = load i32, ptr %s, align 4
  %add = add nsw i32 %18, %17
  store i32 %add, ptr %s, align 4
  br label %do.cond15

do.cond15:                                        ; preds = %if.end, %if.then
  %19 = load i32, ptr %k, align 4
  %cmp16 = icmp slt i32 %19, 20
  br i1 %cmp16, label %do.body11, label %do.end17, !llvm.loop !7

do.end17:                                         ; preds = %do.cond15
  %20 = load i32, ptr %s, align 4
  call void @sb3_out_int(i32 noundef %20) #2
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
!6 = distinct !{!6, !3}
!7 = distinct !{!7, !3}
