; ModuleID = 'tests/c/sort_bubble.c'
source_filename = "tests/c/sort_bubble.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@u = hidden global [12 x i32] [i32 5, i32 -1, i32 0, i32 -2147483648, i32 17, i32 3, i32 2147483647, i32 99, i32 1, i32 2, i32 2, i32 0], align 16
@a = hidden global [30 x i32] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  %swaps = alloca i32, align 4
  %passes = alloca i32, align 4
  %n = alloca i32, align 4
  %swapped = alloca i32, align 4
  %i5 = alloca i32, align 4
  %t = alloca i32, align 4
  %i28 = alloca i32, align 4
  %n36 = alloca i32, align 4
  %i40 = alloca i32, align 4
  %t50 = alloca i32, align 4
  %i64 = alloca i32, align 4
  store i32 1, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 30
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %s, align 4
  %mul = mul i32 %1, 1103515245
  %add = add i32 %mul, 12345
  store i32 %add, ptr %s, align 4
  %2 = load i32, ptr %s, align 4
  %shr = lshr i32 %2, 8
  %rem = srem i32 %shr, 1000
  %sub = sub nsw i32 %rem, 500
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %3
  store i32 %sub, ptr %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %4 = load i32, ptr %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %swaps, align 4
  store i32 0, ptr %passes, align 4
  store i32 30, ptr %n, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc26, %for.end
  %5 = load i32, ptr %n, align 4
  %cmp2 = icmp sgt i32 %5, 1
  br i1 %cmp2, label %for.body3, label %for.end27

for.body3:                                        ; preds = %for.cond1
  store i32 0, ptr %swapped, align 4
  %6 = load i32, ptr %passes, align 4
  %inc4 = add nsw i32 %6, 1
  store i32 %inc4, ptr %passes, align 4
  store i32 0, ptr %i5, align 4
  br label %for.cond6

for.cond6:                                        ; preds = %for.inc21, %for.body3
  %7 = load i32, ptr %i5, align 4
  %add7 = add nsw i32 %7, 1
  %8 = load i32, ptr %n, align 4
  %cmp8 = icmp slt i32 %add7, %8
  br i1 %cmp8, label %for.body9, label %for.end23

for.body9:                                        ; preds = %for.cond6
  %9 = load i32, ptr %i5, align 4
  %arrayidx10 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %9
  %10 = load i32, ptr %arrayidx10, align 4
  %11 = load i32, ptr %i5, align 4
  %add11 = add nsw i32 %11, 1
  %arrayidx12 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %add11
  %12 = load i32, ptr %arrayidx12, align 4
  %cmp13 = icmp sgt i32 %10, %12
  br i1 %cmp13, label %if.then, label %if.end

if.then:                                          ; preds = %for.body9
  %13 = load i32, ptr %i5, align 4
  %arrayidx14 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %13
  %14 = load i32, ptr %arrayidx14, align 4
  store i32 %14, ptr %t, align 4
  %15 = load i32, ptr %i5, align 4
  %add15 = add nsw i32 %15, 1
  %arrayidx16 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %add15
  %16 = load i32, ptr %arrayidx16, align 4
  %17 = load i32, ptr %i5, align 4
  %arrayidx17 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %17
  store i32 %16, ptr %arrayidx17, align 4
  %18 = load i32, ptr %t, align 4
  %19 = load i32, ptr %i5, align 4
  %add18 = add nsw i32 %19, 1
  %arrayidx19 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %add18
  store i32 %18, ptr %arrayidx19, align 4
  store i32 1, ptr %swapped, align 4
  %20 = load i32, ptr %swaps, align 4
  %inc20 = add nsw i32 %20, 1
  store i32 %inc20, ptr %swaps, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body9
  br label %for.inc21

for.inc21:                                        ; preds = %if.end
  %21 = load i32, ptr %i5, align 4
  %inc22 = add nsw i32 %21, 1
  store i32 %inc22, ptr %i5, align 4
  br label %for.cond6, !llvm.loop !4

for.end23:                                        ; preds = %for.cond6
  %22 = load i32, ptr %swapped, align 4
  %tobool = icmp ne i32 %22, 0
  br i1 %tobool, label %if.end25, label %if.then24

if.then24:                                        ; preds = %for.end23
  br label %for.end27

if.end25:                                         ; preds = %for.end23
  br label %for.inc26

for.inc26:                                        ; preds = %if.end25
  %23 = load i32, ptr %n, align 4
  %dec = add nsw i32 %23, -1
  store i32 %dec, ptr %n, align 4
  br label %for.cond1, !llvm.loop !5

for.end27:                                        ; preds = %if.then24, %for.cond1
  store i32 0, ptr %i28, align 4
  br label %for.cond29

for.cond29:                                       ; preds = %for.inc33, %for.end27
  %24 = load i32, ptr %i28, align 4
  %cmp30 = icmp slt i32 %24, 30
  br i1 %cmp30, label %for.body31, label %for.end35

for.body31:                                       ; preds = %for.cond29
  %25 = load i32, ptr %i28, align 4
  %arrayidx32 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %25
  %26 = load i32, ptr %arrayidx32, align 4
  call void @sb3_out_int(i32 noundef %26) #2
  br label %for.inc33

for.inc33:                                        ; preds = %for.body31
  %27 = load i32, ptr %i28, align 4
  %inc34 = add nsw i32 %27, 1
  store i32 %inc34, ptr %i28, align 4
  br label %for.cond29, !llvm.loop !6

for.end35:                                        ; preds = %for.cond29
  %28 = load i32, ptr %swaps, align 4
  call void @sb3_out_int(i32 noundef %28) #2
  %29 = load i32, ptr %passes, align 4
  call void @sb3_out_int(i32 noundef %29) #2
  store i32 12, ptr %n36, align 4
  br label %for.cond37

for.cond37:                                       ; preds = %for.inc61, %for.end35
  %30 = load i32, ptr %n36, align 4
  %cmp38 = icmp sgt i32 %30, 1
  br i1 %cmp38, label %for.body39, label %for.end63

for.body39:                                       ; preds = %for.cond37
  store i32 0, ptr %i40, align 4
  br label %for.cond41

for.cond41:                                       ; preds = %for.inc58, %for.body39
  %31 = load i32, ptr %i40, align 4
  %add42 = add nsw i32 %31, 1
  %32 = load i32, ptr %n36, align 4
  %cmp43 = icmp slt i32 %add42, %32
  br i1 %cmp43, label %for.body44, label %for.end60

for.body44:                                       ; preds = %for.cond41
  %33 = load i32, ptr %i40, align 4
  %arrayidx45 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %33
  %34 = load i32, ptr %arrayidx45, align 4
  %35 = load i32, ptr %i40, align 4
  %add46 = add nsw i32 %35, 1
  %arrayidx47 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %add46
  %36 = load i32, ptr %arrayidx47, align 4
  %cmp48 = icmp ult i32 %34, %36
  br i1 %cmp48, label %if.then49, label %if.end57

if.then49:                                        ; preds = %for.body44
  %37 = load i32, ptr %i40, align 4
  %arrayidx51 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %37
  %38 = load i32, ptr %arrayidx51, align 4
  store i32 %38, ptr %t50, align 4
  %39 = load i32, ptr %i40, align 4
  %add52 = add nsw i32 %39, 1
  %arrayidx53 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %add52
  %40 = load i32, ptr %arrayidx53, align 4
  %41 = load i32, ptr %i40, align 4
  %arrayidx54 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %41
  store i32 %40, ptr %arrayidx54, align 4
  %42 = load i32, ptr %t50, align 4
  %43 = load i32, ptr %i40, align 4
  %add55 = add nsw i32 %43, 1
  %arrayidx56 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %add55
  store i32 %42, ptr %arrayidx56, align 4
  br label %if.end57

if.end57:                                         ; preds = %if.then49, %for.body44
  br label %for.inc58

for.inc58:                                        ; preds = %if.end57
  %44 = load i32, ptr %i40, align 4
  %inc59 = add nsw i32 %44, 1
  store i32 %inc59, ptr %i40, align 4
  br label %for.cond41, !llvm.loop !7

for.end60:                                        ; preds = %for.cond41
  br label %for.inc61

for.inc61:                                        ; preds = %for.end60
  %45 = load i32, ptr %n36, align 4
  %dec62 = add nsw i32 %45, -1
  store i32 %dec62, ptr %n36, align 4
  br label %for.cond37, !llvm.loop !8

for.end63:                                        ; preds = %for.cond37
  store i32 0, ptr %i64, align 4
  br label %for.cond65

for.cond65:                                       ; preds = %for.inc69, %for.end63
  %46 = load i32, ptr %i64, align 4
  %cmp66 = icmp slt i32 %46, 12
  br i1 %cmp66, label %for.body67, label %for.end71

for.body67:                                       ; preds = %for.cond65
  %47 = load i32, ptr %i64, align 4
  %arrayidx68 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %47
  %48 = load i32, ptr %arrayidx68, align 4
  call void @sb3_out_int(i32 noundef %48) #2
  br label %for.inc69

for.inc69:                                        ; preds = %for.body67
  %49 = load i32, ptr %i64, align 4
  %inc70 = add nsw i32 %49, 1
  store i32 %inc70, ptr %i64, align 4
  br label %for.cond65, !llvm.loop !9

for.end71:                                        ; preds = %for.cond65
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
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
