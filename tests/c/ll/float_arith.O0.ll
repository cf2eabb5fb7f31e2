; ModuleID = 'tests/c/float_arith.c'
source_filename = "tests/c/float_arith.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden global [12 x double] [double 0.000000e+00, double 1.000000e+00, double -1.000000e+00, double 1.000000e-01, double 2.000000e-01, double 3.000000e-01, double 0x400921FB54442D18, double 0xC005BF0A8B145769, double 1.000000e-10, double 1.000000e+10, double 0x40FE240C9FBE76C9, double -5.000000e-01], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden double @fadd(double noundef %a, double noundef %b) #0 {
entry:
  %a.addr = alloca double, align 8
  %b.addr = alloca double, align 8
  store double %a, ptr %a.addr, align 8
  store double %b, ptr %b.addr, align 8
  %0 = load double, ptr %a.addr, align 8
  %1 = load double, ptr %b.addr, align 8
  %add = fadd double %0, %1
  ret double %add
}

; Function Attrs: noinline nounwind optnone
define hidden double @fsub(double noundef %a, double noundef %b) #0 {
entry:
  %a.addr = alloca double, align 8
  %b.addr = alloca double, align 8
  store double %a, ptr %a.addr, align 8
  store double %b, ptr %b.addr, align 8
  %0 = load double, ptr %a.addr, align 8
  %1 = load double, ptr %b.addr, align 8
  %sub = fsub double %0, %1
  ret double %sub
}

; Function Attrs: noinline nounwind optnone
define hidden double @fmul(double noundef %a, double noundef %b) #0 {
entry:
  %a.addr = alloca double, align 8
  %b.addr = alloca double, align 8
  store double %a, ptr %a.addr, align 8
  store double %b, ptr %b.addr, align 8
  %0 = load double, ptr %a.addr, align 8
  %1 = load double, ptr %b.addr, align 8
  %mul = fmul double %0, %1
  ret double %mul
}

; Function Attrs: noinline nounwind optnone
define hidden double @fdiv(double noundef %a, double noundef %b) #0 {
entry:
  %a.addr = alloca double, align 8
  %b.addr = alloca double, align 8
  store double %a, ptr %a.addr, align 8
  store double %b, ptr %b.addr, align 8
  %0 = load double, ptr %a.addr, align 8
  %1 = load double, ptr %b.addr, align 8
  %div = fdiv double %0, %1
  ret double %div
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %f = alloca double, align 8
  %b = alloca double, align 8
  %k = alloca i32, align 4
  %k23 = alloca i32, align 4
  %x = alloca double, align 8
  %k33 = alloca i32, align 4
  %i44 = alloca i32, align 4
  %t = alloca double, align 8
  %n = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc14, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 12
  br i1 %cmp, label %for.body, label %for.end15

for.body:                                         ; preds = %for.cond
  store i32 1, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 12
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %2
  %3 = load double, ptr %arrayidx, align 8
  %4 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %4
  %5 = load double, ptr %arrayidx4, align 8
  %call = call double @fadd(double noundef %3, double noundef %5) #2
  call void @sb3_out_double(double noundef %call) #2
  %6 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %6
  %7 = load double, ptr %arrayidx5, align 8
  %8 = load i32, ptr %j, align 4
  %arrayidx6 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %8
  %9 = load double, ptr %arrayidx6, align 8
  %call7 = call double @fsub(double noundef %7, double noundef %9) #2
  call void @sb3_out_double(double noundef %call7) #2
  %10 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %10
  %11 = load double, ptr %arrayidx8, align 8
  %12 = load i32, ptr %j, align 4
  %arrayidx9 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %12
  %13 = load double, ptr %arrayidx9, align 8
  %call10 = call double @fmul(double noundef %11, double noundef %13) #2
  call void @sb3_out_double(double noundef %call10) #2
  %14 = load i32, ptr %i, align 4
  %arrayidx11 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %14
  %15 = load double, ptr %arrayidx11, align 8
  %16 = load i32, ptr %j, align 4
  %arrayidx12 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %16
  %17 = load double, ptr %arrayidx12, align 8
  %call13 = call double @fdiv(double noundef %15, double noundef %17) #2
  call void @sb3_out_double(double noundef %call13) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %18 = load i32, ptr %j, align 4
  %add = add nsw i32 %18, 2
  store i32 %add, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc14

for.inc14:                                        ; preds = %for.end
  %19 = load i32, ptr %i, align 4
  %inc = add nsw i32 %19, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end15:                                        ; preds = %for.cond
  store double 0.000000e+00, ptr %f, align 8
  store double 0.000000e+00, ptr %b, align 8
  store i32 1, ptr %k, align 4
  br label %for.cond16

for.cond16:                                       ; preds = %for.inc20, %for.end15
  %20 = load i32, ptr %k, align 4
  %cmp17 = icmp sle i32 %20, 1000
  br i1 %cmp17, label %for.body18, label %for.end22

for.body18:                                       ; preds = %for.cond16
  %21 = load i32, ptr %k, align 4
  %conv = sitofp i32 %21 to double
  %div = fdiv double 1.000000e+00, %conv
  %22 = load double, ptr %f, align 8
  %add19 = fadd double %22, %div
  store double %add19, ptr %f, align 8
  br label %for.inc20

for.inc20:                                        ; preds = %for.body18
  %23 = load i32, ptr %k, align 4
  %inc21 = add nsw i32 %23, 1
  store i32 %inc21, ptr %k, align 4
  br label %for.cond16, !llvm.loop !5

for.end22:                                        ; preds = %for.cond16
  store i32 1000, ptr %k23, align 4
  br label %for.cond24

for.cond24:                                       ; preds = %for.inc31, %for.end22
  %24 = load i32, ptr %k23, align 4
  %cmp25 = icmp sge i32 %24, 1
  br i1 %cmp25, label %for.body27, label %for.end32

for.body27:                                       ; preds = %for.cond24
  %25 = load i32, ptr %k23, align 4
  %conv28 = sitofp i32 %25 to double
  %div29 = fdiv double 1.000000e+00, %conv28
  %26 = load double, ptr %b, align 8
  %add30 = fadd double %26, %div29
  store double %add30, ptr %b, align 8
  br label %for.inc31

for.inc31:                                        ; preds = %for.body27
  %27 = load i32, ptr %k23, align 4
  %dec = add nsw i32 %27, -1
  store i32 %dec, ptr %k23, align 4
  br label %for.cond24, !llvm.loop !6

for.end32:                                        ; preds = %for.cond24
  %28 = load double, ptr %f, align 8
  call void @sb3_out_double(double noundef %28) #2
  %29 = load double, ptr %b, align 8
  call void @sb3_out_double(double noundef %29) #2
  store double 1.000000e+00, ptr %x, align 8
  store i32 0, ptr %k33, align 4
  br label %for.cond34

for.cond34:                                       ; preds = %for.inc41, %for.end32
  %30 = load i32, ptr %k33, align 4
  %cmp35 = icmp slt i32 %30, 6
  br i1 %cmp35, label %for.body37, label %for.end43

for.body37:                                       ; preds = %for.cond34
  %31 = load double, ptr %x, align 8
  %32 = load double, ptr %x, align 8
  %div38 = fdiv double 2.000000e+00, %32
  %add39 = fadd double %31, %div38
  %div40 = fdiv double %add39, 2.000000e+00
  store double %div40, ptr %x, align 8
  %33 = load double, ptr %x, align 8
  call void @sb3_out_double(double noundef %33) #2
  br label %for.inc41

for.inc41:                                        ; preds = %for.body37
  %34 = load i32, ptr %k33, align 4
  %inc42 = add nsw i32 %34, 1
  store i32 %inc42, ptr %k33, align 4
  br label %for.cond34, !llvm.loop !7

for.end43:                                        ; preds = %for.cond34
  store i32 0, ptr %i44, align 4
  br label %for.cond45

for.cond45:                                       ; preds = %for.inc54, %for.end43
  %35 = load i32, ptr %i44, align 4
  %cmp46 = icmp slt i32 %35, 12
  br i1 %cmp46, label %for.body48, label %for.end56

for.body48:                                       ; preds = %for.cond45
  %36 = load i32, ptr %i44, align 4
  %arrayidx49 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %36
  %37 = load double, ptr %arrayidx49, align 8
  store double %37, ptr %t, align 8
  %38 = load double, ptr %t, align 8
  %mul = fmul double 3.000000e+00, %38
  %sub = fsub double %mul, 2.000000e+00
  %39 = load double, ptr %t, align 8
  %mul50 = fmul double %sub, %39
  %add51 = fadd double %mul50, 5.000000e-01
  %40 = load double, ptr %t, align 8
  %mul52 = fmul double %add51, %40
  %sub53 = fsub double %mul52, 7.000000e+00
  call void @sb3_out_double(double noundef %sub53) #2
  br label %for.inc54

for.inc54:                                        ; preds = %for.body48
  %41 = load i32, ptr %i44, align 4
  %inc55 = add nsw i32 %41, 1
  store i32 %inc55, ptr %i44, align 4
  br label %for.cond45, !llvm.loop !8

for.end56:                                        ; preds = %for.cond45
  store i32 7, ptr %n, align 4
  %42 = load i32, ptr %n, align 4
  %div57 = sdiv i32 %42, 2
  %conv58 = sitofp i32 %div57 to double
  call void @sb3_out_double(double noundef %conv58) #2
  %43 = load i32, ptr %n, align 4
  %conv59 = sitofp i32 %43 to double
  %div60 = fdiv double %conv59, 2.000000e+00
  call void @sb3_out_double(double noundef %div60) #2
  %44 = load i32, ptr %n, align 4
  %conv61 = sitofp i32 %44 to double
  %mul62 = fmul double %conv61, 1.000000e-01
  call void @sb3_out_double(double noundef %mul62) #2
  ret i32 0
}

declare void @sb3_out_double(double noundef) #1

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
