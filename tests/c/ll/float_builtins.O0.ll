; ModuleID = 'tests/c/float_builtins.c'
source_filename = "tests/c/float_builtins.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden global [13 x double] [double 0.000000e+00, double 2.500000e-01, double 1.000000e+00, double 2.000000e+00, double 2.500000e+00, double -2.500000e+00, double 3.700000e+00, double -3.700000e+00, double 1.000000e+01, double 1.000000e+06, double 1.000000e-01, double -1.000000e-01, double 1.234560e+02], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %x = alloca double, align 8
  %k = alloca i32, align 4
  %dx = alloca double, align 8
  %dy = alloca double, align 8
  %x11 = alloca double, align 8
  %steps = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 13
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [13 x double], ptr @xs, i32 0, i32 %1
  %2 = load double, ptr %arrayidx, align 8
  store double %2, ptr %x, align 8
  %3 = load double, ptr %x, align 8
  %4 = call double @llvm.fabs.f64(double %3)
  %5 = call double @llvm.sqrt.f64(double %4)
  call void @sb3_out_double(double noundef %5) #3
  %6 = load double, ptr %x, align 8
  %7 = call double @llvm.floor.f64(double %6)
  call void @sb3_out_double(double noundef %7) #3
  %8 = load double, ptr %x, align 8
  %9 = call double @llvm.ceil.f64(double %8)
  call void @sb3_out_double(double noundef %9) #3
  %10 = load double, ptr %x, align 8
  %11 = call double @llvm.trunc.f64(double %10)
  call void @sb3_out_double(double noundef %11) #3
  %12 = load double, ptr %x, align 8
  %13 = call double @llvm.fabs.f64(double %12)
  call void @sb3_out_double(double noundef %13) #3
  %14 = load double, ptr %x, align 8
  %div = fdiv double %14, 8.000000e+00
  %15 = call double @llvm.exp.f64(double %div)
  %mul = fmul double %15, 1.000000e+06
  %add = fadd double %mul, 5.000000e-01
  %16 = call double @llvm.floor.f64(double %add)
  call void @sb3_out_double(double noundef %16) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %17 = load i32, ptr %i, align 4
  %inc = add nsw i32 %17, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %k, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc5, %for.end
  %18 = load i32, ptr %k, align 4
  %cmp2 = icmp slt i32 %18, 20
  br i1 %cmp2, label %for.body3, label %for.end7

for.body3:                                        ; preds = %for.cond1
  %19 = load i32, ptr %k, align 4
  %20 = load i32, ptr %k, align 4
  %mul4 = mul nsw i32 %19, %20
  %conv = sitofp i32 %mul4 to double
  %21 = call double @llvm.sqrt.f64(double %conv)
  call void @sb3_out_double(double noundef %21) #3
  br label %for.inc5

for.inc5:                                         ; preds = %for.body3
  %22 = load i32, ptr %k, align 4
  %inc6 = add nsw i32 %22, 1
  store i32 %inc6, ptr %k, align 4
  br label %for.cond1, !llvm.loop !4

for.end7:                                         ; preds = %for.cond1
  store double 3.000000e+00, ptr %dx, align 8
  store double 4.000000e+00, ptr %dy, align 8
  %23 = load double, ptr %dx, align 8
  %24 = load double, ptr %dx, align 8
  %mul8 = fmul double %23, %24
  %25 = load double, ptr %dy, align 8
  %26 = load double, ptr %dy, align 8
  %mul9 = fmul double %25, %26
  %add10 = fadd double %mul8, %mul9
  %27 = call double @llvm.sqrt.f64(double %add10)
  call void @sb3_out_double(double noundef %27) #3
  store double 1.000000e+01, ptr %x11, align 8
  store i32 0, ptr %steps, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %for.end7
  %28 = load double, ptr %x11, align 8
  %29 = load double, ptr %x11, align 8
  %mul12 = fmul double %28, %29
  %sub = fsub double %mul12, 1.000000e+01
  %30 = call double @llvm.fabs.f64(double %sub)
  %cmp13 = fcmp ogt double %30, 0x3D719799812DEA11
  br i1 %cmp13, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %while.cond
  %31 = load i32, ptr %steps, align 4
  %cmp15 = icmp slt i32 %31, 50
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %32 = phi i1 [ false, %while.cond ], [ %cmp15, %land.rhs ]
  br i1 %32, label %while.body, label %while.end

while.body:                                       ; preds = %land.end
  %33 = load double, ptr %x11, align 8
  %34 = load double, ptr %x11, align 8
  %div17 = fdiv double 1.000000e+01, %34
  %add18 = fadd double %33, %div17
  %mul19 = fmul double 5.000000e-01, %add18
  store double %mul19, ptr %x11, align 8
  %35 = load i32, ptr %steps, align 4
  %inc20 = add nsw i32 %35, 1
  store i32 %inc20, ptr %steps, align 4
  br label %while.cond, !llvm.loop !5

while.end:                                        ; preds = %land.end
  %36 = load i32, ptr %steps, align 4
  call void @sb3_out_int(i32 noundef %36) #3
  %37 = load double, ptr %x11, align 8
  call void @sb3_out_double(double noundef %37) #3
  ret i32 0
}

declare void @sb3_out_double(double noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.trunc.f64(double) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #2

declare void @sb3_out_int(i32 noundef) #1

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
