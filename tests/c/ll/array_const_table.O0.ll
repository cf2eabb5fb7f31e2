; ModuleID = 'tests/c/array_const_table.c'
source_filename = "tests/c/array_const_table.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@picks = hidden global [12 x i32] [i32 3, i32 1, i32 4, i32 1, i32 5, i32 9, i32 2, i32 6, i32 5, i32 3, i32 5, i32 8], align 16
@days_in_month = internal constant [12 x i8] c"\1F\1C\1F\1E\1F\1E\1F\1F\1E\1F\1E\1F", align 1
@sine_q = internal constant [16 x i16] [i16 0, i16 3212, i16 6393, i16 9512, i16 12539, i16 15446, i16 18204, i16 20787, i16 23170, i16 25329, i16 27245, i16 28898, i16 30273, i16 31356, i16 32137, i16 32609], align 16
@weights = internal constant [5 x double] [double 1.250000e-01, double -2.500000e+00, double 1.000000e+03, double 0x3FDB6DB6DB6DB6DB, double -0.000000e+00], align 16
@names = internal constant [6 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"three\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"four\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"five\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %p = alloca i32, align 4
  %s = alloca double, align 8
  %i17 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 12
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [12 x i32], ptr @picks, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  store i32 %2, ptr %p, align 4
  %3 = load i32, ptr %p, align 4
  %arrayidx1 = getelementptr inbounds [12 x i8], ptr @days_in_month, i32 0, i32 %3
  %4 = load i8, ptr %arrayidx1, align 1
  %conv = zext i8 %4 to i32
  call void @sb3_out_int(i32 noundef %conv) #2
  %5 = load i32, ptr %p, align 4
  %arrayidx2 = getelementptr inbounds [16 x i16], ptr @sine_q, i32 0, i32 %5
  %6 = load i16, ptr %arrayidx2, align 2
  %conv3 = sext i16 %6 to i32
  call void @sb3_out_int(i32 noundef %conv3) #2
  %7 = load i32, ptr %p, align 4
  %sub = sub nsw i32 15, %7
  %arrayidx4 = getelementptr inbounds [16 x i16], ptr @sine_q, i32 0, i32 %sub
  %8 = load i16, ptr %arrayidx4, align 2
  %conv5 = sext i16 %8 to i32
  %sub6 = sub nsw i32 0, %conv5
  call void @sb3_out_int(i32 noundef %sub6) #2
  %9 = load i32, ptr %p, align 4
  %rem = srem i32 %9, 5
  %arrayidx7 = getelementptr inbounds [5 x double], ptr @weights, i32 0, i32 %rem
  %10 = load double, ptr %arrayidx7, align 8
  call void @sb3_out_double(double noundef %10) #2
  %11 = load i32, ptr %p, align 4
  %rem8 = srem i32 %11, 6
  %arrayidx9 = getelementptr inbounds [6 x ptr], ptr @names, i32 0, i32 %rem8
  %12 = load ptr, ptr %arrayidx9, align 4
  %arrayidx10 = getelementptr inbounds i8, ptr %12, i32 0
  %13 = load i8, ptr %arrayidx10, align 1
  %conv11 = sext i8 %13 to i32
  call void @sb3_out_char(i32 noundef %conv11) #2
  %14 = load i32, ptr %p, align 4
  %rem12 = srem i32 %14, 6
  %arrayidx13 = getelementptr inbounds [6 x ptr], ptr @names, i32 0, i32 %rem12
  %15 = load ptr, ptr %arrayidx13, align 4
  %arrayidx14 = getelementptr inbounds i8, ptr %15, i32 2
  %16 = load i8, ptr %arrayidx14, align 1
  %conv15 = sext i8 %16 to i32
  call void @sb3_out_char(i32 noundef %conv15) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %17 = load i32, ptr %i, align 4
  %inc = add nsw i32 %17, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %call = call i32 @day_of_year(i32 noundef 12, i32 noundef 31) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %call16 = call i32 @day_of_year(i32 noundef 3, i32 noundef 1) #2
  call void @sb3_out_int(i32 noundef %call16) #2
  store double 0.000000e+00, ptr %s, align 8
  store i32 0, ptr %i17, align 4
  br label %for.cond18

for.cond18:                                       ; preds = %for.inc27, %for.end
  %18 = load i32, ptr %i17, align 4
  %cmp19 = icmp slt i32 %18, 12
  br i1 %cmp19, label %for.body21, label %for.end29

for.body21:                                       ; preds = %for.cond18
  %19 = load i32, ptr %i17, align 4
  %arrayidx22 = getelementptr inbounds [12 x i32], ptr @picks, i32 0, i32 %19
  %20 = load i32, ptr %arrayidx22, align 4
  %rem23 = srem i32 %20, 5
  %arrayidx24 = getelementptr inbounds [5 x double], ptr @weights, i32 0, i32 %rem23
  %21 = load double, ptr %arrayidx24, align 8
  %22 = load i32, ptr %i17, align 4
  %arrayidx25 = getelementptr inbounds [12 x i32], ptr @picks, i32 0, i32 %22
  %23 = load i32, ptr %arrayidx25, align 4
  %conv26 = sitofp i32 %23 to double
  %mul = fmul double %21, %conv26
  %24 = load double, ptr %s, align 8
  %add = fadd double %24, %mul
  store double %add, ptr %s, align 8
  br label %for.inc27

for.inc27:                                        ; preds = %for.body21
  %25 = load i32, ptr %i17, align 4
  %inc28 = add nsw i32 %25, 1
  store i32 %inc28, ptr %i17, align 4
  br label %for.cond18, !llvm.loop !4

for.end29:                                        ; preds = %for.cond18
  %26 = load double, ptr %s, align 8
  call void @sb3_out_double(double noundef %26) #2
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

declare void @sb3_out_double(double noundef) #1

declare void @sb3_out_char(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @day_of_year(i32 noundef %month, i32 noundef %day) #0 {
entry:
  %month.addr = alloca i32, align 4
  %day.addr = alloca i32, align 4
  %d = alloca i32, align 4
  %m = alloca i32, align 4
  store i32 %month, ptr %month.addr, align 4
  store i32 %day, ptr %day.addr, align 4
  %0 = load i32, ptr %day.addr, align 4
  store i32 %0, ptr %d, align 4
  store i32 0, ptr %m, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %m, align 4
  %2 = load i32, ptr %month.addr, align 4
  %sub = sub nsw i32 %2, 1
  %cmp = icmp slt i32 %1, %sub
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %3 = load i32, ptr %m, align 4
  %arrayidx = getelementptr inbounds [12 x i8], ptr @days_in_month, i32 0, i32 %3
  %4 = load i8, ptr %arrayidx, align 1
  %conv = zext i8 %4 to i32
  %5 = load i32, ptr %d, align 4
  %add = add nsw i32 %5, %conv
  store i32 %add, ptr %d, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %6 = load i32, ptr %m, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %m, align 4
  br label %for.cond, !llvm.loop !5

for.end:                                          ; preds = %for.cond
  %7 = load i32, ptr %d, align 4
  ret i32 %7
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
!5 = distinct !{!5, !3}
