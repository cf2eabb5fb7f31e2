; ModuleID = 'tests/c/int_mul_large.c'
source_filename = "tests/c/int_mul_large.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden global [10 x i32] [i32 -1, i32 -15, i32 -1640531527, i32 -2048144789, i32 -1028477387, i32 2147483647, i32 -2147483647, i32 -1294967296, i32 46341, i32 -5], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %x = alloca i32, align 4
  %k = alloca i32, align 4
  %i16 = alloca i32, align 4
  %h = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc5, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 10
  br i1 %cmp, label %for.body, label %for.end7

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  store i32 %1, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %2 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %2, 10
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %3
  %4 = load i32, ptr %arrayidx, align 4
  %5 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %5
  %6 = load i32, ptr %arrayidx4, align 4
  %mul = mul i32 %4, %6
  call void @sb3_out_int(i32 noundef %mul) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %7 = load i32, ptr %j, align 4
  %inc = add nsw i32 %7, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc5

for.inc5:                                         ; preds = %for.end
  %8 = load i32, ptr %i, align 4
  %inc6 = add nsw i32 %8, 1
  store i32 %inc6, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end7:                                         ; preds = %for.cond
  store i32 12345, ptr %x, align 4
  store i32 0, ptr %k, align 4
  br label %for.cond8

for.cond8:                                        ; preds = %for.inc13, %for.end7
  %9 = load i32, ptr %k, align 4
  %cmp9 = icmp slt i32 %9, 200
  br i1 %cmp9, label %for.body10, label %for.end15

for.body10:                                       ; preds = %for.cond8
  %10 = load i32, ptr %x, align 4
  %mul11 = mul i32 1664525, %10
  %add = add i32 %mul11, 1013904223
  store i32 %add, ptr %x, align 4
  %11 = load i32, ptr %k, align 4
  %rem = srem i32 %11, 10
  %cmp12 = icmp eq i32 %rem, 0
  br i1 %cmp12, label %if.then, label %if.end

if.then:                                          ; preds = %for.body10
  %12 = load i32, ptr %x, align 4
  call void @sb3_out_int(i32 noundef %12) #2
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body10
  br label %for.inc13

for.inc13:                                        ; preds = %if.end
  %13 = load i32, ptr %k, align 4
  %inc14 = add nsw i32 %13, 1
  store i32 %inc14, ptr %k, align 4
  br label %for.cond8, !llvm.loop !5

for.end15:                                        ; preds = %for.cond8
  %14 = load i32, ptr %x, align 4
  call void @sb3_out_int(i32 noundef %14) #2
  store i32 0, ptr %i16, align 4
  br label %for.cond17

for.cond17:                                       ; preds = %for.inc27, %for.end15
  %15 = load i32, ptr %i16, align 4
  %cmp18 = icmp slt i32 %15, 10
  br i1 %cmp18, label %for.body19, label %for.end29

for.body19:                                       ; preds = %for.cond17
  %16 = load i32, ptr %i16, align 4
  %arrayidx20 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %16
  %17 = load i32, ptr %arrayidx20, align 4
  store i32 %17, ptr %h, align 4
  %18 = load i32, ptr %h, align 4
  %shr = lshr i32 %18, 16
  %19 = load i32, ptr %h, align 4
  %xor = xor i32 %19, %shr
  store i32 %xor, ptr %h, align 4
  %20 = load i32, ptr %h, align 4
  %mul21 = mul i32 %20, -2048144789
  store i32 %mul21, ptr %h, align 4
  %21 = load i32, ptr %h, align 4
  %shr22 = lshr i32 %21, 13
  %22 = load i32, ptr %h, align 4
  %xor23 = xor i32 %22, %shr22
  store i32 %xor23, ptr %h, align 4
  %23 = load i32, ptr %h, align 4
  %mul24 = mul i32 %23, -1028477387
  store i32 %mul24, ptr %h, align 4
  %24 = load i32, ptr %h, align 4
  %shr25 = lshr i32 %24, 16
  %25 = load i32, ptr %h, align 4
  %xor26 = xor i32 %25, %shr25
  store i32 %xor26, ptr %h, align 4
  %26 = load i32, ptr %h, align 4
  call void @sb3_out_int(i32 noundef %26) #2
  br label %for.inc27

for.inc27:                                        ; preds = %for.body19
  %27 = load i32, ptr %i16, align 4
  %inc28 = add nsw i32 %27, 1
  store i32 %inc28, ptr %i16, align 4
  br label %for.cond17, !llvm.loop !6

for.end29:                                        ; preds = %for.cond17
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
