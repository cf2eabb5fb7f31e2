; ModuleID = 'tests/c/float_exact_f32.c'
source_filename = "tests/c/float_exact_f32.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@fv = hidden global [8 x float] [float 5.000000e-01, float -1.250000e+00, float 3.000000e+00, float 1.024000e+03, float -6.250000e-02, float 9.650000e+01, float 0.000000e+00, float -7.750000e+00], align 16
@facc = hidden global [4 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden float @fmadd(float noundef %a, float noundef %b, float noundef %c) #0 {
entry:
  %a.addr = alloca float, align 4
  %b.addr = alloca float, align 4
  %c.addr = alloca float, align 4
  store float %a, ptr %a.addr, align 4
  store float %b, ptr %b.addr, align 4
  store float %c, ptr %c.addr, align 4
  %0 = load float, ptr %a.addr, align 4
  %1 = load float, ptr %b.addr, align 4
  %mul = fmul float %0, %1
  %2 = load float, ptr %c.addr, align 4
  %add = fadd float %mul, %2
  ret float %add
}

; Function Attrs: noinline nounwind optnone
define hidden float @fhalf(float noundef %a) #0 {
entry:
  %a.addr = alloca float, align 4
  store float %a, ptr %a.addr, align 4
  %0 = load float, ptr %a.addr, align 4
  %div = fdiv float %0, 2.000000e+00
  ret float %div
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %a = alloca float, align 4
  %b = alloca float, align 4
  %r = alloca i32, align 4
  %i22 = alloca i32, align 4
  %i40 = alloca i32, align 4
  %d = alloca double, align 8
  %i50 = alloca i32, align 4
  %neg = alloca float, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [8 x float], ptr @fv, i32 0, i32 %1
  %2 = load float, ptr %arrayidx, align 4
  store float %2, ptr %a, align 4
  %3 = load i32, ptr %i, align 4
  %add = add nsw i32 %3, 3
  %rem = srem i32 %add, 8
  %arrayidx1 = getelementptr inbounds [8 x float], ptr @fv, i32 0, i32 %rem
  %4 = load float, ptr %arrayidx1, align 4
  store float %4, ptr %b, align 4
  %5 = load float, ptr %a, align 4
  %6 = load float, ptr %b, align 4
  %add2 = fadd float %5, %6
  %conv = fpext float %add2 to double
  call void @sb3_out_double(double noundef %conv) #2
  %7 = load float, ptr %a, align 4
  %8 = load float, ptr %b, align 4
  %sub = fsub float %7, %8
  %conv3 = fpext float %sub to double
  call void @sb3_out_double(double noundef %conv3) #2
  %9 = load float, ptr %a, align 4
  %10 = load float, ptr %b, align 4
  %mul = fmul float %9, %10
  %conv4 = fpext float %mul to double
  call void @sb3_out_double(double noundef %conv4) #2
  %11 = load float, ptr %a, align 4
  %12 = load float, ptr %b, align 4
  %call = call float @fmadd(float noundef %11, float noundef 4.000000e+00, float noundef %12) #2
  %conv5 = fpext float %call to double
  call void @sb3_out_double(double noundef %conv5) #2
  %13 = load float, ptr %a, align 4
  %call6 = call float @fhalf(float noundef %13) #2
  %conv7 = fpext float %call6 to double
  call void @sb3_out_double(double noundef %conv7) #2
  %14 = load float, ptr %a, align 4
  %15 = load float, ptr %b, align 4
  %cmp8 = fcmp olt float %14, %15
  %conv9 = zext i1 %cmp8 to i32
  call void @sb3_out_int(i32 noundef %conv9) #2
  %16 = load float, ptr %a, align 4
  %17 = load float, ptr %b, align 4
  %cmp10 = fcmp oeq float %16, %17
  %conv11 = zext i1 %cmp10 to i32
  call void @sb3_out_int(i32 noundef %conv11) #2
  %18 = load float, ptr %a, align 4
  %mul12 = fmul float %18, 4.000000e+00
  %conv13 = fptosi float %mul12 to i32
  call void @sb3_out_int(i32 noundef %conv13) #2
  %19 = load i32, ptr %i, align 4
  %mul14 = mul nsw i32 %19, 3
  %sub15 = sub nsw i32 %mul14, 10
  %conv16 = sitofp i32 %sub15 to float
  %conv17 = fpext float %conv16 to double
  call void @sb3_out_double(double noundef %conv17) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %20 = load i32, ptr %i, align 4
  %inc = add nsw i32 %20, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %r, align 4
  br label %for.cond18

for.cond18:                                       ; preds = %for.inc37, %for.end
  %21 = load i32, ptr %r, align 4
  %cmp19 = icmp slt i32 %21, 3
  br i1 %cmp19, label %for.body21, label %for.end39

for.body21:                                       ; preds = %for.cond18
  store i32 0, ptr %i22, align 4
  br label %for.cond23

for.cond23:                                       ; preds = %for.inc34, %for.body21
  %22 = load i32, ptr %i22, align 4
  %cmp24 = icmp slt i32 %22, 8
  br i1 %cmp24, label %for.body26, label %for.end36

for.body26:                                       ; preds = %for.cond23
  %23 = load i32, ptr %i22, align 4
  %arrayidx27 = getelementptr inbounds [8 x float], ptr @fv, i32 0, i32 %23
  %24 = load float, ptr %arrayidx27, align 4
  %25 = load i32, ptr %r, align 4
  %add28 = add nsw i32 %25, 1
  %conv29 = sitofp i32 %add28 to float
  %mul30 = fmul float %24, %conv29
  %26 = load i32, ptr %i22, align 4
  %rem31 = srem i32 %26, 4
  %arrayidx32 = getelementptr inbounds [4 x float], ptr @facc, i32 0, i32 %rem31
  %27 = load float, ptr %arrayidx32, align 4
  %add33 = fadd float %27, %mul30
  store float %add33, ptr %arrayidx32, align 4
  br label %for.inc34

for.inc34:                                        ; preds = %for.body26
  %28 = load i32, ptr %i22, align 4
  %inc35 = add nsw i32 %28, 1
  store i32 %inc35, ptr %i22, align 4
  br label %for.cond23, !llvm.loop !4

for.end36:                                        ; preds = %for.cond23
  br label %for.inc37

for.inc37:                                        ; preds = %for.end36
  %29 = load i32, ptr %r, align 4
  %inc38 = add nsw i32 %29, 1
  store i32 %inc38, ptr %r, align 4
  br label %for.cond18, !llvm.loop !5

for.end39:                                        ; preds = %for.cond18
  store i32 0, ptr %i40, align 4
  br label %for.cond41

for.cond41:                                       ; preds = %for.inc47, %for.end39
  %30 = load i32, ptr %i40, align 4
  %cmp42 = icmp slt i32 %30, 4
  br i1 %cmp42, label %for.body44, label %for.end49

for.body44:                                       ; preds = %for.cond41
  %31 = load i32, ptr %i40, align 4
  %arrayidx45 = getelementptr inbounds [4 x float], ptr @facc, i32 0, i32 %31
  %32 = load float, ptr %arrayidx45, align 4
  %conv46 = fpext float %32 to double
  call void @sb3_out_double(double noundef %conv46) #2
  br label %for.inc47

for.inc47:                                        ; preds = %for.body44
  %33 = load i32, ptr %i40, align 4
  %inc48 = add nsw i32 %33, 1
  store i32 %inc48, ptr %i40, align 4
  br label %for.cond41, !llvm.loop !6

for.end49:                                        ; preds = %for.cond41
  store double 0.000000e+00, ptr %d, align 8
  store i32 0, ptr %i50, align 4
  br label %for.cond51

for.cond51:                                       ; preds = %for.inc58, %for.end49
  %34 = load i32, ptr %i50, align 4
  %cmp52 = icmp slt i32 %34, 8
  br i1 %cmp52, label %for.body54, label %for.end60

for.body54:                                       ; preds = %for.cond51
  %35 = load i32, ptr %i50, align 4
  %arrayidx55 = getelementptr inbounds [8 x float], ptr @fv, i32 0, i32 %35
  %36 = load float, ptr %arrayidx55, align 4
  %conv56 = fpext float %36 to double
  %37 = load double, ptr %d, align 8
  %add57 = fadd double %37, %conv56
  store double %add57, ptr %d, align 8
  br label %for.inc58

for.inc58:                                        ; preds = %for.body54
  %38 = load i32, ptr %i50, align 4
  %inc59 = add nsw i32 %38, 1
  store i32 %inc59, ptr %i50, align 4
  br label %for.cond51, !llvm.loop !7

for.end60:                                        ; preds = %for.cond51
  %39 = load double, ptr %d, align 8
  call void @sb3_out_double(double noundef %39) #2
  %40 = load float, ptr getelementptr inbounds ([8 x float], ptr @fv, i32 0, i32 6), align 8
  %fneg = fneg float %40
  store float %fneg, ptr %neg, align 4
  %41 = load float, ptr %neg, align 4
  %conv61 = fpext float %41 to double
  call void @sb3_out_double(double noundef %conv61) #2
  ret i32 0
}

declare void @sb3_out_double(double noundef) #1

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
