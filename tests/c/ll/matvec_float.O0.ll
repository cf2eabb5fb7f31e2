; ModuleID = 'tests/c/matvec_float.c'
source_filename = "tests/c/matvec_float.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@W = hidden global [8 x [10 x float]] zeroinitializer, align 16
@x = hidden global [10 x float] zeroinitializer, align 16
@y = hidden global [8 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden float @dot(ptr noundef %a, ptr noundef %b, i32 noundef %n) #0 {
entry:
  %a.addr = alloca ptr, align 4
  %b.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %s = alloca float, align 4
  %i = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 4
  store ptr %b, ptr %b.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store float 0.000000e+00, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %a.addr, align 4
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds float, ptr %2, i32 %3
  %4 = load float, ptr %arrayidx, align 4
  %5 = load ptr, ptr %b.addr, align 4
  %6 = load i32, ptr %i, align 4
  %arrayidx1 = getelementptr inbounds float, ptr %5, i32 %6
  %7 = load float, ptr %arrayidx1, align 4
  %mul = fmul float %4, %7
  %8 = load float, ptr %s, align 4
  %add = fadd float %8, %mul
  store float %add, ptr %s, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %9 = load i32, ptr %i, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %10 = load float, ptr %s, align 4
  ret float %10
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %r = alloca i32, align 4
  %c = alloca i32, align 4
  %c10 = alloca i32, align 4
  %r21 = alloca i32, align 4
  %r31 = alloca i32, align 4
  %n2 = alloca float, align 4
  %r43 = alloca i32, align 4
  store i32 0, ptr %r, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc7, %entry
  %0 = load i32, ptr %r, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end9

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %c, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %c, align 4
  %cmp2 = icmp slt i32 %1, 10
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %r, align 4
  %mul = mul nsw i32 %2, 7
  %3 = load i32, ptr %c, align 4
  %mul4 = mul nsw i32 %3, 3
  %add = add nsw i32 %mul, %mul4
  %rem = srem i32 %add, 11
  %sub = sub nsw i32 %rem, 5
  %conv = sitofp i32 %sub to float
  %mul5 = fmul float %conv, 5.000000e-01
  %4 = load i32, ptr %r, align 4
  %arrayidx = getelementptr inbounds [8 x [10 x float]], ptr @W, i32 0, i32 %4
  %5 = load i32, ptr %c, align 4
  %arrayidx6 = getelementptr inbounds [10 x float], ptr %arrayidx, i32 0, i32 %5
  store float %mul5, ptr %arrayidx6, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %6 = load i32, ptr %c, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %c, align 4
  br label %for.cond1, !llvm.loop !4

for.end:                                          ; preds = %for.cond1
  br label %for.inc7

for.inc7:                                         ; preds = %for.end
  %7 = load i32, ptr %r, align 4
  %inc8 = add nsw i32 %7, 1
  store i32 %inc8, ptr %r, align 4
  br label %for.cond, !llvm.loop !5

for.end9:                                         ; preds = %for.cond
  store i32 0, ptr %c10, align 4
  br label %for.cond11

for.cond11:                                       ; preds = %for.inc18, %for.end9
  %8 = load i32, ptr %c10, align 4
  %cmp12 = icmp slt i32 %8, 10
  br i1 %cmp12, label %for.body14, label %for.end20

for.body14:                                       ; preds = %for.cond11
  %9 = load i32, ptr %c10, align 4
  %sub15 = sub nsw i32 %9, 4
  %conv16 = sitofp i32 %sub15 to float
  %10 = load i32, ptr %c10, align 4
  %arrayidx17 = getelementptr inbounds [10 x float], ptr @x, i32 0, i32 %10
  store float %conv16, ptr %arrayidx17, align 4
  br label %for.inc18

for.inc18:                                        ; preds = %for.body14
  %11 = load i32, ptr %c10, align 4
  %inc19 = add nsw i32 %11, 1
  store i32 %inc19, ptr %c10, align 4
  br label %for.cond11, !llvm.loop !6

for.end20:                                        ; preds = %for.cond11
  store i32 0, ptr %r21, align 4
  br label %for.cond22

for.cond22:                                       ; preds = %for.inc28, %for.end20
  %12 = load i32, ptr %r21, align 4
  %cmp23 = icmp slt i32 %12, 8
  br i1 %cmp23, label %for.body25, label %for.end30

for.body25:                                       ; preds = %for.cond22
  %13 = load i32, ptr %r21, align 4
  %arrayidx26 = getelementptr inbounds [8 x [10 x float]], ptr @W, i32 0, i32 %13
  %arraydecay = getelementptr inbounds [10 x float], ptr %arrayidx26, i32 0, i32 0
  %call = call float @dot(ptr noundef %arraydecay, ptr noundef @x, i32 noundef 10) #3
  %14 = load i32, ptr %r21, align 4
  %arrayidx27 = getelementptr inbounds [8 x float], ptr @y, i32 0, i32 %14
  store float %call, ptr %arrayidx27, align 4
  br label %for.inc28

for.inc28:                                        ; preds = %for.body25
  %15 = load i32, ptr %r21, align 4
  %inc29 = add nsw i32 %15, 1
  store i32 %inc29, ptr %r21, align 4
  br label %for.cond22, !llvm.loop !7

for.end30:                                        ; preds = %for.cond22
  store i32 0, ptr %r31, align 4
  br label %for.cond32

for.cond32:                                       ; preds = %for.inc38, %for.end30
  %16 = load i32, ptr %r31, align 4
  %cmp33 = icmp slt i32 %16, 8
  br i1 %cmp33, label %for.body35, label %for.end40

for.body35:                                       ; preds = %for.cond32
  %17 = load i32, ptr %r31, align 4
  %arrayidx36 = getelementptr inbounds [8 x float], ptr @y, i32 0, i32 %17
  %18 = load float, ptr %arrayidx36, align 4
  %conv37 = fpext float %18 to double
  call void @sb3_out_double(double noundef %conv37) #3
  br label %for.inc38

for.inc38:                                        ; preds = %for.body35
  %19 = load i32, ptr %r31, align 4
  %inc39 = add nsw i32 %19, 1
  store i32 %inc39, ptr %r31, align 4
  br label %for.cond32, !llvm.loop !8

for.end40:                                        ; preds = %for.cond32
  %call41 = call float @dot(ptr noundef @y, ptr noundef @y, i32 noundef 8) #3
  store float %call41, ptr %n2, align 4
  %20 = load float, ptr %n2, align 4
  %conv42 = fpext float %20 to double
  call void @sb3_out_double(double noundef %conv42) #3
  store i32 0, ptr %r43, align 4
  br label %for.cond44

for.cond44:                                       ; preds = %for.inc50, %for.end40
  %21 = load i32, ptr %r43, align 4
  %cmp45 = icmp slt i32 %21, 8
  br i1 %cmp45, label %for.body47, label %for.end52

for.body47:                                       ; preds = %for.cond44
  %22 = load i32, ptr %r43, align 4
  %arrayidx48 = getelementptr inbounds [8 x float], ptr @y, i32 0, i32 %22
  %23 = load float, ptr %arrayidx48, align 4
  %24 = load float, ptr %n2, align 4
  %div = fdiv float %23, %24
  %conv49 = fpext float %div to double
  call void @sb3_out_double(double noundef %conv49) #3
  br label %for.inc50

for.inc50:                                        ; preds = %for.body47
  %25 = load i32, ptr %r43, align 4
  %inc51 = add nsw i32 %25, 1
  store i32 %inc51, ptr %r43, align 4
  br label %for.cond44, !llvm.loop !9

for.end52:                                        ; preds = %for.cond44
  %26 = load float, ptr %n2, align 4
  %27 = call float @llvm.sqrt.f32(float %26)
  %conv53 = fpext float %27 to double
  call void @sb3_out_double(double noundef %conv53) #3
  %28 = load float, ptr %n2, align 4
  %div54 = fdiv float %28, 3.000000e+00
  %29 = call float @llvm.floor.f32(float %div54)
  %conv55 = fpext float %29 to double
  call void @sb3_out_double(double noundef %conv55) #3
  %30 = load float, ptr getelementptr inbounds ([8 x float], ptr @y, i32 0, i32 1), align 4
  %31 = load float, ptr getelementptr inbounds ([8 x float], ptr @y, i32 0, i32 2), align 8
  %mul56 = fmul float %31, 3.000000e+00
  %sub57 = fsub float %30, %mul56
  %32 = call float @llvm.fabs.f32(float %sub57)
  %conv58 = fpext float %32 to double
  call void @sb3_out_double(double noundef %conv58) #3
  ret i32 0
}

declare void @sb3_out_double(double noundef) #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

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
