; ModuleID = 'tests/c/prng_park_miller.c'
source_filename = "tests/c/prng_park_miller.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @pm64(i32 noundef %s) #0 {
entry:
  %s.addr = alloca i32, align 4
  store i32 %s, ptr %s.addr, align 4
  %0 = load i32, ptr %s.addr, align 4
  %conv = zext i32 %0 to i64
  %mul = mul i64 %conv, 48271
  %rem = urem i64 %mul, 2147483647
  %conv1 = trunc i64 %rem to i32
  ret i32 %conv1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @pm_schrage(i32 noundef %s) #0 {
entry:
  %s.addr = alloca i32, align 4
  %q = alloca i32, align 4
  %r = alloca i32, align 4
  %t = alloca i32, align 4
  store i32 %s, ptr %s.addr, align 4
  store i32 44488, ptr %q, align 4
  store i32 3399, ptr %r, align 4
  %0 = load i32, ptr %s.addr, align 4
  %rem = srem i32 %0, 44488
  %mul = mul nsw i32 48271, %rem
  %1 = load i32, ptr %s.addr, align 4
  %div = sdiv i32 %1, 44488
  %mul1 = mul nsw i32 3399, %div
  %sub = sub nsw i32 %mul, %mul1
  store i32 %sub, ptr %t, align 4
  %2 = load i32, ptr %t, align 4
  %cmp = icmp sgt i32 %2, 0
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %3 = load i32, ptr %t, align 4
  br label %cond.end

cond.false:                                       ; preds = %entry
  %4 = load i32, ptr %t, align 4
  %add = add nsw i32 %4, 2147483647
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %3, %cond.true ], [ %add, %cond.false ]
  ret i32 %cond
}

; Function Attrs: noinline nounwind optnone
define hidden double @pm_double(double noundef %s) #0 {
entry:
  %s.addr = alloca double, align 8
  %p = alloca double, align 8
  store double %s, ptr %s.addr, align 8
  %0 = load double, ptr %s.addr, align 8
  %mul = fmul double %0, 4.827100e+04
  store double %mul, ptr %p, align 8
  %1 = load double, ptr %p, align 8
  %2 = load double, ptr %p, align 8
  %div = fdiv double %2, 0x41DFFFFFFFC00000
  %3 = call double @llvm.floor.f64(double %div)
  %mul1 = fmul double %3, 0x41DFFFFFFFC00000
  %sub = fsub double %1, %mul1
  ret double %sub
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #1

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %c = alloca double, align 8
  %agree = alloca i32, align 4
  %i = alloca i32, align 4
  %hist = alloca [10 x i32], align 16
  %s = alloca i32, align 4
  %i11 = alloca i32, align 4
  %i24 = alloca i32, align 4
  store i32 1, ptr %a, align 4
  store i32 1, ptr %b, align 4
  store double 1.000000e+00, ptr %c, align 8
  store i32 0, ptr %agree, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 500
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %a, align 4
  %call = call i32 @pm64(i32 noundef %1) #4
  store i32 %call, ptr %a, align 4
  %2 = load i32, ptr %b, align 4
  %call1 = call i32 @pm_schrage(i32 noundef %2) #4
  store i32 %call1, ptr %b, align 4
  %3 = load double, ptr %c, align 8
  %call2 = call double @pm_double(double noundef %3) #4
  store double %call2, ptr %c, align 8
  %4 = load i32, ptr %a, align 4
  %5 = load i32, ptr %b, align 4
  %cmp3 = icmp eq i32 %4, %5
  %conv = zext i1 %cmp3 to i32
  %6 = load i32, ptr %a, align 4
  %conv4 = uitofp i32 %6 to double
  %7 = load double, ptr %c, align 8
  %cmp5 = fcmp oeq double %conv4, %7
  %conv6 = zext i1 %cmp5 to i32
  %add = add nsw i32 %conv, %conv6
  %8 = load i32, ptr %agree, align 4
  %add7 = add nsw i32 %8, %add
  store i32 %add7, ptr %agree, align 4
  %9 = load i32, ptr %i, align 4
  %rem = srem i32 %9, 50
  %cmp8 = icmp eq i32 %rem, 0
  br i1 %cmp8, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  %10 = load i32, ptr %a, align 4
  call void @sb3_out_int(i32 noundef %10) #4
  %11 = load i32, ptr %a, align 4
  %conv10 = uitofp i32 %11 to double
  %div = fdiv double %conv10, 0x41DFFFFFFFC00000
  call void @sb3_out_double(double noundef %div) #4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %12 = load i32, ptr %i, align 4
  %inc = add nsw i32 %12, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %13 = load i32, ptr %agree, align 4
  call void @sb3_out_int(i32 noundef %13) #4
  call void @llvm.memset.p0.i32(ptr align 16 %hist, i8 0, i32 40, i1 false)
  store i32 42, ptr %s, align 4
  store i32 0, ptr %i11, align 4
  br label %for.cond12

for.cond12:                                       ; preds = %for.inc21, %for.end
  %14 = load i32, ptr %i11, align 4
  %cmp13 = icmp slt i32 %14, 2000
  br i1 %cmp13, label %for.body15, label %for.end23

for.body15:                                       ; preds = %for.cond12
  %15 = load i32, ptr %s, align 4
  %call16 = call i32 @pm64(i32 noundef %15) #4
  store i32 %call16, ptr %s, align 4
  %16 = load i32, ptr %s, align 4
  %conv17 = uitofp i32 %16 to double
  %div18 = fdiv double %conv17, 0x41DFFFFFFFC00000
  %mul = fmul double %div18, 1.000000e+01
  %conv19 = fptosi double %mul to i32
  %arrayidx = getelementptr inbounds [10 x i32], ptr %hist, i32 0, i32 %conv19
  %17 = load i32, ptr %arrayidx, align 4
  %inc20 = add nsw i32 %17, 1
  store i32 %inc20, ptr %arrayidx, align 4
  br label %for.inc21

for.inc21:                                        ; preds = %for.body15
  %18 = load i32, ptr %i11, align 4
  %inc22 = add nsw i32 %18, 1
  store i32 %inc22, ptr %i11, align 4
  br label %for.cond12, !llvm.loop !4

for.end23:                                        ; preds = %for.cond12
  store i32 0, ptr %i24, align 4
  br label %for.cond25

for.cond25:                                       ; preds = %for.inc30, %for.end23
  %19 = load i32, ptr %i24, align 4
  %cmp26 = icmp slt i32 %19, 10
  br i1 %cmp26, label %for.body28, label %for.end32

for.body28:                                       ; preds = %for.cond25
  %20 = load i32, ptr %i24, align 4
  %arrayidx29 = getelementptr inbounds [10 x i32], ptr %hist, i32 0, i32 %20
  %21 = load i32, ptr %arrayidx29, align 4
  call void @sb3_out_int(i32 noundef %21) #4
  br label %for.inc30

for.inc30:                                        ; preds = %for.body28
  %22 = load i32, ptr %i24, align 4
  %inc31 = add nsw i32 %22, 1
  store i32 %inc31, ptr %i24, align 4
  br label %for.cond25, !llvm.loop !5

for.end32:                                        ; preds = %for.cond25
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #2

declare void @sb3_out_double(double noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #3

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
