; ModuleID = 'tests/c/kernel_norm_softmax.c'
source_filename = "tests/c/kernel_norm_softmax.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@v = hidden global [12 x float] zeroinitializer, align 16
@w = hidden global [12 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %o = alloca [12 x float], align 16
  %i5 = alloca i32, align 4
  %total = alloca float, align 4
  %i18 = alloca i32, align 4
  %i35 = alloca i32, align 4
  %x = alloca float, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 12
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %1, 5
  %rem = srem i32 %mul, 11
  %sub = sub nsw i32 %rem, 5
  %conv = sitofp i32 %sub to float
  %div = fdiv float %conv, 2.000000e+00
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [12 x float], ptr @v, i32 0, i32 %2
  store float %div, ptr %arrayidx, align 4
  %3 = load i32, ptr %i, align 4
  %rem1 = srem i32 %3, 4
  %add = add nsw i32 %rem1, 1
  %conv2 = sitofp i32 %add to float
  %div3 = fdiv float %conv2, 4.000000e+00
  %4 = load i32, ptr %i, align 4
  %arrayidx4 = getelementptr inbounds [12 x float], ptr @w, i32 0, i32 %4
  store float %div3, ptr %arrayidx4, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %5 = load i32, ptr %i, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %arraydecay = getelementptr inbounds [12 x float], ptr %o, i32 0, i32 0
  call void @rmsnorm(ptr noundef %arraydecay, ptr noundef @v, ptr noundef @w, i32 noundef 12) #3
  store i32 0, ptr %i5, align 4
  br label %for.cond6

for.cond6:                                        ; preds = %for.inc12, %for.end
  %6 = load i32, ptr %i5, align 4
  %cmp7 = icmp slt i32 %6, 12
  br i1 %cmp7, label %for.body9, label %for.end14

for.body9:                                        ; preds = %for.cond6
  %7 = load i32, ptr %i5, align 4
  %arrayidx10 = getelementptr inbounds [12 x float], ptr %o, i32 0, i32 %7
  %8 = load float, ptr %arrayidx10, align 4
  %conv11 = fpext float %8 to double
  call void @sb3_out_double(double noundef %conv11) #3
  br label %for.inc12

for.inc12:                                        ; preds = %for.body9
  %9 = load i32, ptr %i5, align 4
  %inc13 = add nsw i32 %9, 1
  store i32 %inc13, ptr %i5, align 4
  br label %for.cond6, !llvm.loop !4

for.end14:                                        ; preds = %for.cond6
  %call = call i32 @argmax(ptr noundef @v, i32 noundef 12) #3
  call void @sb3_out_int(i32 noundef %call) #3
  %arraydecay15 = getelementptr inbounds [12 x float], ptr %o, i32 0, i32 0
  %call16 = call i32 @argmax(ptr noundef %arraydecay15, i32 noundef 12) #3
  call void @sb3_out_int(i32 noundef %call16) #3
  %arraydecay17 = getelementptr inbounds [12 x float], ptr %o, i32 0, i32 0
  call void @softmax(ptr noundef %arraydecay17, i32 noundef 12) #3
  store float 0.000000e+00, ptr %total, align 4
  store i32 0, ptr %i18, align 4
  br label %for.cond19

for.cond19:                                       ; preds = %for.inc28, %for.end14
  %10 = load i32, ptr %i18, align 4
  %cmp20 = icmp slt i32 %10, 12
  br i1 %cmp20, label %for.body22, label %for.end30

for.body22:                                       ; preds = %for.cond19
  %11 = load i32, ptr %i18, align 4
  %arrayidx23 = getelementptr inbounds [12 x float], ptr %o, i32 0, i32 %11
  %12 = load float, ptr %arrayidx23, align 4
  %call24 = call float @round6(float noundef %12) #3
  %conv25 = fpext float %call24 to double
  call void @sb3_out_double(double noundef %conv25) #3
  %13 = load i32, ptr %i18, align 4
  %arrayidx26 = getelementptr inbounds [12 x float], ptr %o, i32 0, i32 %13
  %14 = load float, ptr %arrayidx26, align 4
  %15 = load float, ptr %total, align 4
  %add27 = fadd float %15, %14
  store float %add27, ptr %total, align 4
  br label %for.inc28

for.inc28:                                        ; preds = %for.body22
  %16 = load i32, ptr %i18, align 4
  %inc29 = add nsw i32 %16, 1
  store i32 %inc29, ptr %i18, align 4
  br label %for.cond19, !llvm.loop !5

for.end30:                                        ; preds = %for.cond19
  %17 = load float, ptr %total, align 4
  %call31 = call float @round6(float noundef %17) #3
  %conv32 = fpext float %call31 to double
  call void @sb3_out_double(double noundef %conv32) #3
  %arraydecay33 = getelementptr inbounds [12 x float], ptr %o, i32 0, i32 0
  %call34 = call i32 @argmax(ptr noundef %arraydecay33, i32 noundef 12) #3
  call void @sb3_out_int(i32 noundef %call34) #3
  store i32 0, ptr %i35, align 4
  br label %for.cond36

for.cond36:                                       ; preds = %for.inc46, %for.end30
  %18 = load i32, ptr %i35, align 4
  %cmp37 = icmp slt i32 %18, 12
  br i1 %cmp37, label %for.body39, label %for.end48

for.body39:                                       ; preds = %for.cond36
  %19 = load i32, ptr %i35, align 4
  %arrayidx40 = getelementptr inbounds [12 x float], ptr @v, i32 0, i32 %19
  %20 = load float, ptr %arrayidx40, align 4
  store float %20, ptr %x, align 4
  %21 = load float, ptr %x, align 4
  %22 = load float, ptr %x, align 4
  %fneg = fneg float %22
  %23 = call float @llvm.exp.f32(float %fneg)
  %add41 = fadd float 1.000000e+00, %23
  %div42 = fdiv float 1.000000e+00, %add41
  %mul43 = fmul float %21, %div42
  %call44 = call float @round6(float noundef %mul43) #3
  %conv45 = fpext float %call44 to double
  call void @sb3_out_double(double noundef %conv45) #3
  br label %for.inc46

for.inc46:                                        ; preds = %for.body39
  %24 = load i32, ptr %i35, align 4
  %add47 = add nsw i32 %24, 2
  store i32 %add47, ptr %i35, align 4
  br label %for.cond36, !llvm.loop !6

for.end48:                                        ; preds = %for.cond36
  ret i32 0
}

; Function Attrs: noinline nounwind optnone
define internal void @rmsnorm(ptr noundef %o, ptr noundef %x, ptr noundef %weight, i32 noundef %n) #0 {
entry:
  %o.addr = alloca ptr, align 4
  %x.addr = alloca ptr, align 4
  %weight.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %ss = alloca float, align 4
  %i = alloca i32, align 4
  %i4 = alloca i32, align 4
  store ptr %o, ptr %o.addr, align 4
  store ptr %x, ptr %x.addr, align 4
  store ptr %weight, ptr %weight.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store float 0.000000e+00, ptr %ss, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %x.addr, align 4
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds float, ptr %2, i32 %3
  %4 = load float, ptr %arrayidx, align 4
  %5 = load ptr, ptr %x.addr, align 4
  %6 = load i32, ptr %i, align 4
  %arrayidx1 = getelementptr inbounds float, ptr %5, i32 %6
  %7 = load float, ptr %arrayidx1, align 4
  %mul = fmul float %4, %7
  %8 = load float, ptr %ss, align 4
  %add = fadd float %8, %mul
  store float %add, ptr %ss, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %9 = load i32, ptr %i, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !7

for.end:                                          ; preds = %for.cond
  %10 = load float, ptr %ss, align 4
  %11 = load i32, ptr %n.addr, align 4
  %conv = sitofp i32 %11 to float
  %div = fdiv float %10, %conv
  %add2 = fadd float %div, 0x3EE4F8B580000000
  store float %add2, ptr %ss, align 4
  %12 = load float, ptr %ss, align 4
  %13 = call float @llvm.sqrt.f32(float %12)
  %div3 = fdiv float 1.000000e+00, %13
  store float %div3, ptr %ss, align 4
  store i32 0, ptr %i4, align 4
  br label %for.cond5

for.cond5:                                        ; preds = %for.inc14, %for.end
  %14 = load i32, ptr %i4, align 4
  %15 = load i32, ptr %n.addr, align 4
  %cmp6 = icmp slt i32 %14, %15
  br i1 %cmp6, label %for.body8, label %for.end16

for.body8:                                        ; preds = %for.cond5
  %16 = load ptr, ptr %weight.addr, align 4
  %17 = load i32, ptr %i4, align 4
  %arrayidx9 = getelementptr inbounds float, ptr %16, i32 %17
  %18 = load float, ptr %arrayidx9, align 4
  %19 = load float, ptr %ss, align 4
  %20 = load ptr, ptr %x.addr, align 4
  %21 = load i32, ptr %i4, align 4
  %arrayidx10 = getelementptr inbounds float, ptr %20, i32 %21
  %22 = load float, ptr %arrayidx10, align 4
  %mul11 = fmul float %19, %22
  %mul12 = fmul float %18, %mul11
  %23 = load ptr, ptr %o.addr, align 4
  %24 = load i32, ptr %i4, align 4
  %arrayidx13 = getelementptr inbounds float, ptr %23, i32 %24
  store float %mul12, ptr %arrayidx13, align 4
  br label %for.inc14

for.inc14:                                        ; preds = %for.body8
  %25 = load i32, ptr %i4, align 4
  %inc15 = add nsw i32 %25, 1
  store i32 %inc15, ptr %i4, align 4
  br label %for.cond5, !llvm.loop !8

for.end16:                                        ; preds = %for.cond5
  ret void
}

declare void @sb3_out_double(double noundef) #1

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @argmax(ptr noundef %x, i32 noundef %n) #0 {
entry:
  %x.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %best = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %x, ptr %x.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %best, align 4
  store i32 1, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %x.addr, align 4
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds float, ptr %2, i32 %3
  %4 = load float, ptr %arrayidx, align 4
  %5 = load ptr, ptr %x.addr, align 4
  %6 = load i32, ptr %best, align 4
  %arrayidx1 = getelementptr inbounds float, ptr %5, i32 %6
  %7 = load float, ptr %arrayidx1, align 4
  %cmp2 = fcmp ogt float %4, %7
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4
  store i32 %8, ptr %best, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %9 = load i32, ptr %i, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !9

for.end:                                          ; preds = %for.cond
  %10 = load i32, ptr %best, align 4
  ret i32 %10
}

; Function Attrs: noinline nounwind optnone
define internal void @softmax(ptr noundef %x, i32 noundef %n) #0 {
entry:
  %x.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %max = alloca float, align 4
  %i = alloca i32, align 4
  %sum = alloca float, align 4
  %i4 = alloca i32, align 4
  %i14 = alloca i32, align 4
  store ptr %x, ptr %x.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load ptr, ptr %x.addr, align 4
  %arrayidx = getelementptr inbounds float, ptr %0, i32 0
  %1 = load float, ptr %arrayidx, align 4
  store float %1, ptr %max, align 4
  store i32 1, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %2, %3
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %4 = load ptr, ptr %x.addr, align 4
  %5 = load i32, ptr %i, align 4
  %arrayidx1 = getelementptr inbounds float, ptr %4, i32 %5
  %6 = load float, ptr %arrayidx1, align 4
  %7 = load float, ptr %max, align 4
  %cmp2 = fcmp ogt float %6, %7
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  %8 = load ptr, ptr %x.addr, align 4
  %9 = load i32, ptr %i, align 4
  %arrayidx3 = getelementptr inbounds float, ptr %8, i32 %9
  %10 = load float, ptr %arrayidx3, align 4
  store float %10, ptr %max, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %11 = load i32, ptr %i, align 4
  %inc = add nsw i32 %11, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !10

for.end:                                          ; preds = %for.cond
  store float 0.000000e+00, ptr %sum, align 4
  store i32 0, ptr %i4, align 4
  br label %for.cond5

for.cond5:                                        ; preds = %for.inc11, %for.end
  %12 = load i32, ptr %i4, align 4
  %13 = load i32, ptr %n.addr, align 4
  %cmp6 = icmp slt i32 %12, %13
  br i1 %cmp6, label %for.body7, label %for.end13

for.body7:                                        ; preds = %for.cond5
  %14 = load ptr, ptr %x.addr, align 4
  %15 = load i32, ptr %i4, align 4
  %arrayidx8 = getelementptr inbounds float, ptr %14, i32 %15
  %16 = load float, ptr %arrayidx8, align 4
  %17 = load float, ptr %max, align 4
  %sub = fsub float %16, %17
  %18 = call float @llvm.exp.f32(float %sub)
  %19 = load ptr, ptr %x.addr, align 4
  %20 = load i32, ptr %i4, align 4
  %arrayidx9 = getelementptr inbounds float, ptr %19, i32 %20
  store float %18, ptr %arrayidx9, align 4
  %21 = load ptr, ptr %x.addr, align 4
  %22 = load i32, ptr %i4, align 4
  %arrayidx10 = getelementptr inbounds float, ptr %21, i32 %22
  %23 = load float, ptr %arrayidx10, align 4
  %24 = load float, ptr %sum, align 4
  %add = fadd float %24, %23
  store float %add, ptr %sum, align 4
  br label %for.inc11

for.inc11:                                        ; preds = %for.body7
  %25 = load i32, ptr %i4, align 4
  %inc12 = add nsw i32 %25, 1
  store i32 %inc12, ptr %i4, align 4
  br label %for.cond5, !llvm.loop !11

for.end13:                                        ; preds = %for.cond5
  store i32 0, ptr %i14, align 4
  br label %for.cond15

for.cond15:                                       ; preds = %for.inc19, %for.end13
  %26 = load i32, ptr %i14, align 4
  %27 = load i32, ptr %n.addr, align 4
  %cmp16 = icmp slt i32 %26, %27
  br i1 %cmp16, label %for.body17, label %for.end21

for.body17:                                       ; preds = %for.cond15
  %28 = load float, ptr %sum, align 4
  %29 = load ptr, ptr %x.addr, align 4
  %30 = load i32, ptr %i14, align 4
  %arrayidx18 = getelementptr inbounds float, ptr %29, i32 %30
  %31 = load float, ptr %arrayidx18, align 4
  %div = fdiv float %31, %28
  store float %div, ptr %arrayidx18, align 4
  br label %for.inc19

for.inc19:                                        ; preds = %for.body17
  %32 = load i32, ptr %i14, align 4
  %inc20 = add nsw i32 %32, 1
  store i32 %inc20, ptr %i14, align 4
  br label %for.cond15, !llvm.loop !12

for.end21:                                        ; preds = %for.cond15
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal float @round6(float noundef %x) #0 {
entry:
  %x.addr = alloca float, align 4
  store float %x, ptr %x.addr, align 4
  %0 = load float, ptr %x.addr, align 4
  %mul = fmul float %0, 1.000000e+06
  %add = fadd float %mul, 5.000000e-01
  %1 = call float @llvm.floor.f32(float %add)
  ret float %1
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #2

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
!7 = distinct !{!7, !3}
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
