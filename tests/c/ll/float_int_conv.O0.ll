; ModuleID = 'tests/c/float_int_conv.c'
source_filename = "tests/c/float_int_conv.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@ds = hidden global [17 x double] [double 0.000000e+00, double 4.000000e-01, double 5.000000e-01, double 9.999000e-01, double 1.000000e+00, double -4.000000e-01, double -5.000000e-01, double -9.999000e-01, double -1.000000e+00, double 2.500000e+00, double -2.500000e+00, double 1.000000e+09, double -1.000000e+09, double 0x41DFFFFFFFC00000, double 0xC1E0000000000000, double 0x40FE240C9FBE76C9, double 0xC0FE240C9FBE76C9], align 16
@is = hidden global [7 x i32] [i32 0, i32 1, i32 -1, i32 2147483647, i32 -2147483648, i32 16777217, i32 -16777217], align 16
@us = hidden global [5 x i32] [i32 0, i32 1, i32 -2147483648, i32 -1, i32 -1294967296], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @to_i32(double noundef %d) #0 {
entry:
  %d.addr = alloca double, align 8
  store double %d, ptr %d.addr, align 8
  %0 = load double, ptr %d.addr, align 8
  %conv = fptosi double %0 to i32
  ret i32 %conv
}

; Function Attrs: noinline nounwind optnone
define hidden double @from_u32(i32 noundef %u) #0 {
entry:
  %u.addr = alloca i32, align 4
  store i32 %u, ptr %u.addr, align 4
  %0 = load i32, ptr %u.addr, align 4
  %conv = uitofp i32 %0 to double
  ret double %conv
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %d = alloca double, align 8
  %i9 = alloca i32, align 4
  %i25 = alloca i32, align 4
  %s = alloca double, align 8
  %k = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 17
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [17 x double], ptr @ds, i32 0, i32 %1
  %2 = load double, ptr %arrayidx, align 8
  store double %2, ptr %d, align 8
  %3 = load double, ptr %d, align 8
  %call = call i32 @to_i32(double noundef %3) #3
  call void @sb3_out_int(i32 noundef %call) #3
  %4 = load double, ptr %d, align 8
  %mul = fmul double %4, 1.000000e+03
  %conv = fptosi double %mul to i64
  %conv1 = sitofp i64 %conv to double
  call void @sb3_out_double(double noundef %conv1) #3
  %5 = load double, ptr %d, align 8
  %add = fadd double %5, 5.000000e-01
  %6 = call double @llvm.floor.f64(double %add)
  %conv2 = fptosi double %6 to i32
  call void @sb3_out_int(i32 noundef %conv2) #3
  %7 = load double, ptr %d, align 8
  %cmp3 = fcmp oge double %7, 0.000000e+00
  br i1 %cmp3, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  %8 = load double, ptr %d, align 8
  %conv5 = fptoui double %8 to i32
  call void @sb3_out_int(i32 noundef %conv5) #3
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  %9 = load double, ptr %d, align 8
  %div = fdiv double %9, 1.000000e+05
  %conv6 = fptosi double %div to i32
  %conv7 = trunc i32 %conv6 to i16
  %conv8 = sext i16 %conv7 to i32
  call void @sb3_out_int(i32 noundef %conv8) #3
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %10 = load i32, ptr %i, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i9, align 4
  br label %for.cond10

for.cond10:                                       ; preds = %for.inc22, %for.end
  %11 = load i32, ptr %i9, align 4
  %cmp11 = icmp slt i32 %11, 7
  br i1 %cmp11, label %for.body13, label %for.end24

for.body13:                                       ; preds = %for.cond10
  %12 = load i32, ptr %i9, align 4
  %arrayidx14 = getelementptr inbounds [7 x i32], ptr @is, i32 0, i32 %12
  %13 = load i32, ptr %arrayidx14, align 4
  %conv15 = sitofp i32 %13 to double
  call void @sb3_out_double(double noundef %conv15) #3
  %14 = load i32, ptr %i9, align 4
  %arrayidx16 = getelementptr inbounds [7 x i32], ptr @is, i32 0, i32 %14
  %15 = load i32, ptr %arrayidx16, align 4
  %conv17 = sitofp i32 %15 to double
  %div18 = fdiv double %conv17, 3.000000e+00
  call void @sb3_out_double(double noundef %div18) #3
  %16 = load i32, ptr %i9, align 4
  %arrayidx19 = getelementptr inbounds [7 x i32], ptr @is, i32 0, i32 %16
  %17 = load i32, ptr %arrayidx19, align 4
  %conv20 = sitofp i32 %17 to double
  %mul21 = fmul double %conv20, 5.000000e-01
  %sub = fsub double %mul21, 1.000000e+00
  call void @sb3_out_double(double noundef %sub) #3
  br label %for.inc22

for.inc22:                                        ; preds = %for.body13
  %18 = load i32, ptr %i9, align 4
  %inc23 = add nsw i32 %18, 1
  store i32 %inc23, ptr %i9, align 4
  br label %for.cond10, !llvm.loop !4

for.end24:                                        ; preds = %for.cond10
  store i32 0, ptr %i25, align 4
  br label %for.cond26

for.cond26:                                       ; preds = %for.inc36, %for.end24
  %19 = load i32, ptr %i25, align 4
  %cmp27 = icmp slt i32 %19, 5
  br i1 %cmp27, label %for.body29, label %for.end38

for.body29:                                       ; preds = %for.cond26
  %20 = load i32, ptr %i25, align 4
  %arrayidx30 = getelementptr inbounds [5 x i32], ptr @us, i32 0, i32 %20
  %21 = load i32, ptr %arrayidx30, align 4
  %call31 = call double @from_u32(i32 noundef %21) #3
  call void @sb3_out_double(double noundef %call31) #3
  %22 = load i32, ptr %i25, align 4
  %arrayidx32 = getelementptr inbounds [5 x i32], ptr @us, i32 0, i32 %22
  %23 = load i32, ptr %arrayidx32, align 4
  %call33 = call double @from_u32(i32 noundef %23) #3
  %div34 = fdiv double %call33, 2.000000e+00
  %conv35 = fptoui double %div34 to i32
  call void @sb3_out_int(i32 noundef %conv35) #3
  br label %for.inc36

for.inc36:                                        ; preds = %for.body29
  %24 = load i32, ptr %i25, align 4
  %inc37 = add nsw i32 %24, 1
  store i32 %inc37, ptr %i25, align 4
  br label %for.cond26, !llvm.loop !5

for.end38:                                        ; preds = %for.cond26
  store double 0.000000e+00, ptr %s, align 8
  store i32 -50, ptr %k, align 4
  br label %for.cond39

for.cond39:                                       ; preds = %for.inc46, %for.end38
  %25 = load i32, ptr %k, align 4
  %cmp40 = icmp sle i32 %25, 50
  br i1 %cmp40, label %for.body42, label %for.end48

for.body42:                                       ; preds = %for.cond39
  %26 = load i32, ptr %k, align 4
  %conv43 = sitofp i32 %26 to double
  %div44 = fdiv double %conv43, 4.000000e+00
  %27 = load double, ptr %s, align 8
  %add45 = fadd double %27, %div44
  store double %add45, ptr %s, align 8
  br label %for.inc46

for.inc46:                                        ; preds = %for.body42
  %28 = load i32, ptr %k, align 4
  %inc47 = add nsw i32 %28, 1
  store i32 %inc47, ptr %k, align 4
  br label %for.cond39, !llvm.loop !6

for.end48:                                        ; preds = %for.cond39
  %29 = load double, ptr %s, align 8
  call void @sb3_out_double(double noundef %29) #3
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

declare void @sb3_out_double(double noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !3}
