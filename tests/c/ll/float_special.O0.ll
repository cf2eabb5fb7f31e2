; ModuleID = 'tests/c/float_special.c'
source_filename = "tests/c/float_special.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@g = hidden global [8 x double] [double 1.000000e-01, double 2.000000e-01, double 1.000000e+300, double 1.000000e+10, double 0.000000e+00, double -1.000000e+00, double 4.940660e-324, double 0x7FEFFFFFFFFFFFFF], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %inf = alloca double, align 8
  %s = alloca double, align 8
  %k = alloca i32, align 4
  %0 = load double, ptr @g, align 16
  %1 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 1), align 8
  %add = fadd double %0, %1
  call void @sb3_out_double(double noundef %add) #3
  %2 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 2), align 16
  %3 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 3), align 8
  %mul = fmul double %2, %3
  call void @sb3_out_double(double noundef %mul) #3
  %4 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 2), align 16
  %fneg = fneg double %4
  %5 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 3), align 8
  %mul1 = fmul double %fneg, %5
  call void @sb3_out_double(double noundef %mul1) #3
  %6 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 4), align 16
  %7 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 5), align 8
  %mul2 = fmul double %6, %7
  call void @sb3_out_double(double noundef %mul2) #3
  %8 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 4), align 16
  %fneg3 = fneg double %8
  call void @sb3_out_double(double noundef %fneg3) #3
  %9 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 5), align 8
  %10 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 2), align 16
  %11 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 3), align 8
  %mul4 = fmul double %10, %11
  %div = fdiv double %9, %mul4
  call void @sb3_out_double(double noundef %div) #3
  %12 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 4), align 16
  %13 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 4), align 16
  %div5 = fdiv double %12, %13
  call void @sb3_out_double(double noundef %div5) #3
  %14 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 3), align 8
  %15 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 4), align 16
  %div6 = fdiv double %14, %15
  call void @sb3_out_double(double noundef %div6) #3
  %16 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 5), align 8
  %17 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 4), align 16
  %div7 = fdiv double %16, %17
  call void @sb3_out_double(double noundef %div7) #3
  %18 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 6), align 16
  call void @sb3_out_double(double noundef %18) #3
  %19 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 6), align 16
  %div8 = fdiv double %19, 2.000000e+00
  call void @sb3_out_double(double noundef %div8) #3
  %20 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 7), align 8
  call void @sb3_out_double(double noundef %20) #3
  %21 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 7), align 8
  %mul9 = fmul double %21, 2.000000e+00
  %22 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 7), align 8
  %mul10 = fmul double %22, 2.000000e+00
  %sub = fsub double %mul9, %mul10
  call void @sb3_out_double(double noundef %sub) #3
  %23 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 5), align 8
  %24 = call double @llvm.sqrt.f64(double %23)
  call void @sb3_out_double(double noundef %24) #3
  %25 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 2), align 16
  %26 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 3), align 8
  %mul11 = fmul double %25, %26
  store double %mul11, ptr %inf, align 8
  %27 = load double, ptr %inf, align 8
  %28 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 7), align 8
  %cmp = fcmp ogt double %27, %28
  %conv = zext i1 %cmp to i32
  call void @sb3_out_int(i32 noundef %conv) #3
  %29 = load double, ptr %inf, align 8
  %fneg12 = fneg double %29
  %30 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 7), align 8
  %fneg13 = fneg double %30
  %cmp14 = fcmp olt double %fneg12, %fneg13
  %conv15 = zext i1 %cmp14 to i32
  call void @sb3_out_int(i32 noundef %conv15) #3
  %31 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 4), align 16
  %32 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 4), align 16
  %fneg16 = fneg double %32
  %cmp17 = fcmp oeq double %31, %fneg16
  %conv18 = zext i1 %cmp17 to i32
  call void @sb3_out_int(i32 noundef %conv18) #3
  %33 = load double, ptr %inf, align 8
  %div19 = fdiv double 1.000000e+00, %33
  call void @sb3_out_double(double noundef %div19) #3
  %34 = load double, ptr %inf, align 8
  %div20 = fdiv double -1.000000e+00, %34
  call void @sb3_out_double(double noundef %div20) #3
  %35 = load double, ptr getelementptr inbounds ([8 x double], ptr @g, i32 0, i32 4), align 16
  %fneg21 = fneg double %35
  %add22 = fadd double %fneg21, 0.000000e+00
  call void @sb3_out_double(double noundef %add22) #3
  store double 0.000000e+00, ptr %s, align 8
  store i32 0, ptr %k, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %36 = load i32, ptr %k, align 4
  %cmp23 = icmp slt i32 %36, 10
  br i1 %cmp23, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %37 = load double, ptr @g, align 16
  %38 = load double, ptr %s, align 8
  %add25 = fadd double %38, %37
  store double %add25, ptr %s, align 8
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %39 = load i32, ptr %k, align 4
  %inc = add nsw i32 %39, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %40 = load double, ptr %s, align 8
  call void @sb3_out_double(double noundef %40) #3
  %41 = load double, ptr %s, align 8
  %cmp26 = fcmp oeq double %41, 1.000000e+00
  %conv27 = zext i1 %cmp26 to i32
  call void @sb3_out_int(i32 noundef %conv27) #3
  ret i32 0
}

declare void @sb3_out_double(double noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #2

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
