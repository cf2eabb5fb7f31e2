; ModuleID = 'tests/c/kernel_q8_dot.c'
source_filename = "tests/c/kernel_q8_dot.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@packed = hidden global [6 x [12 x float]] zeroinitializer, align 16
@scales = hidden global [6 x [3 x float]] zeroinitializer, align 16
@x = hidden global [48 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden float @dot_row(ptr noundef %p, ptr noundef %sc, ptr noundef %v) #0 {
entry:
  %p.addr = alloca ptr, align 4
  %sc.addr = alloca ptr, align 4
  %v.addr = alloca ptr, align 4
  %total = alloca float, align 4
  %g = alloca i32, align 4
  %acc = alloca float, align 4
  %k = alloca i32, align 4
  %item = alloca float, align 4
  %f1 = alloca float, align 4
  %f2 = alloca float, align 4
  %f3 = alloca float, align 4
  %b0 = alloca float, align 4
  %b1 = alloca float, align 4
  %b2 = alloca float, align 4
  %b3 = alloca float, align 4
  %xv = alloca ptr, align 4
  store ptr %p, ptr %p.addr, align 4
  store ptr %sc, ptr %sc.addr, align 4
  store ptr %v, ptr %v.addr, align 4
  store float 0.000000e+00, ptr %total, align 4
  store i32 0, ptr %g, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc34, %entry
  %0 = load i32, ptr %g, align 4
  %cmp = icmp slt i32 %0, 3
  br i1 %cmp, label %for.body, label %for.end36

for.body:                                         ; preds = %for.cond
  store float 0.000000e+00, ptr %acc, align 4
  store i32 0, ptr %k, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %k, align 4
  %cmp2 = icmp slt i32 %1, 4
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load ptr, ptr %p.addr, align 4
  %3 = load i32, ptr %g, align 4
  %mul = mul nsw i32 %3, 4
  %4 = load i32, ptr %k, align 4
  %add = add nsw i32 %mul, %4
  %arrayidx = getelementptr inbounds float, ptr %2, i32 %add
  %5 = load float, ptr %arrayidx, align 4
  store float %5, ptr %item, align 4
  %6 = load float, ptr %item, align 4
  %mul4 = fmul float %6, 3.906250e-03
  %7 = call float @llvm.floor.f32(float %mul4)
  store float %7, ptr %f1, align 4
  %8 = load float, ptr %item, align 4
  %mul5 = fmul float %8, 0x3EF0000000000000
  %9 = call float @llvm.floor.f32(float %mul5)
  store float %9, ptr %f2, align 4
  %10 = load float, ptr %item, align 4
  %mul6 = fmul float %10, 0x3E70000000000000
  %11 = call float @llvm.floor.f32(float %mul6)
  store float %11, ptr %f3, align 4
  %12 = load float, ptr %item, align 4
  %13 = load float, ptr %f1, align 4
  %mul7 = fmul float 2.560000e+02, %13
  %sub = fsub float %12, %mul7
  store float %sub, ptr %b0, align 4
  %14 = load float, ptr %f1, align 4
  %15 = load float, ptr %f2, align 4
  %mul8 = fmul float 2.560000e+02, %15
  %sub9 = fsub float %14, %mul8
  store float %sub9, ptr %b1, align 4
  %16 = load float, ptr %f2, align 4
  %17 = load float, ptr %f3, align 4
  %mul10 = fmul float 2.560000e+02, %17
  %sub11 = fsub float %16, %mul10
  store float %sub11, ptr %b2, align 4
  %18 = load float, ptr %f3, align 4
  store float %18, ptr %b3, align 4
  %19 = load ptr, ptr %v.addr, align 4
  %20 = load i32, ptr %g, align 4
  %mul12 = mul nsw i32 %20, 16
  %add.ptr = getelementptr inbounds float, ptr %19, i32 %mul12
  %21 = load i32, ptr %k, align 4
  %mul13 = mul nsw i32 %21, 4
  %add.ptr14 = getelementptr inbounds float, ptr %add.ptr, i32 %mul13
  store ptr %add.ptr14, ptr %xv, align 4
  %22 = load float, ptr %b0, align 4
  %sub15 = fsub float %22, 1.280000e+02
  %23 = load ptr, ptr %xv, align 4
  %arrayidx16 = getelementptr inbounds float, ptr %23, i32 0
  %24 = load float, ptr %arrayidx16, align 4
  %mul17 = fmul float %sub15, %24
  %25 = load float, ptr %b1, align 4
  %sub18 = fsub float %25, 1.280000e+02
  %26 = load ptr, ptr %xv, align 4
  %arrayidx19 = getelementptr inbounds float, ptr %26, i32 1
  %27 = load float, ptr %arrayidx19, align 4
  %mul20 = fmul float %sub18, %27
  %add21 = fadd float %mul17, %mul20
  %28 = load float, ptr %b2, align 4
  %sub22 = fsub float %28, 1.280000e+02
  %29 = load ptr, ptr %xv, align 4
  %arrayidx23 = getelementptr inbounds float, ptr %29, i32 2
  %30 = load float, ptr %arrayidx23, align 4
  %mul24 = fmul float %sub22, %30
  %add25 = fadd float %add21, %mul24
  %31 = load float, ptr %b3, align 4
  %sub26 = fsub float %31, 1.280000e+02
  %32 = load ptr, ptr %xv, align 4
  %arrayidx27 = getelementptr inbounds float, ptr %32, i32 3
  %33 = load float, ptr %arrayidx27, align 4
  %mul28 = fmul float %sub26, %33
  %add29 = fadd float %add25, %mul28
  %34 = load float, ptr %acc, align 4
  %add30 = fadd float %34, %add29
  store float %add30, ptr %acc, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %35 = load i32, ptr %k, align 4
  %inc = add nsw i32 %35, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  %36 = load float, ptr %acc, align 4
  %37 = load ptr, ptr %sc.addr, align 4
  %38 = load i32, ptr %g, align 4
  %arrayidx31 = getelementptr inbounds float, ptr %37, i32 %38
  %39 = load float, ptr %arrayidx31, align 4
  %mul32 = fmul float %36, %39
  %40 = load float, ptr %total, align 4
  %add33 = fadd float %40, %mul32
  store float %add33, ptr %total, align 4
  br label %for.inc34

for.inc34:                                        ; preds = %for.end
  %41 = load i32, ptr %g, align 4
  %inc35 = add nsw i32 %41, 1
  store i32 %inc35, ptr %g, align 4
  br label %for.cond, !llvm.loop !4

for.end36:                                        ; preds = %for.cond
  %42 = load float, ptr %total, align 4
  ret float %42
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #1

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %r = alloca i32, align 4
  %j = alloca i32, align 4
  %item = alloca float, align 4
  %mul = alloca float, align 4
  %b = alloca i32, align 4
  %g = alloca i32, align 4
  %i = alloca i32, align 4
  %r43 = alloca i32, align 4
  %r56 = alloca i32, align 4
  %s = alloca i32, align 4
  %i61 = alloca i32, align 4
  store i32 0, ptr %r, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc30, %entry
  %0 = load i32, ptr %r, align 4
  %cmp = icmp slt i32 %0, 6
  br i1 %cmp, label %for.body, label %for.end32

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc13, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 12
  br i1 %cmp2, label %for.body3, label %for.end15

for.body3:                                        ; preds = %for.cond1
  store float 0.000000e+00, ptr %item, align 4
  store float 1.000000e+00, ptr %mul, align 4
  store i32 0, ptr %b, align 4
  br label %for.cond4

for.cond4:                                        ; preds = %for.inc, %for.body3
  %2 = load i32, ptr %b, align 4
  %cmp5 = icmp slt i32 %2, 4
  br i1 %cmp5, label %for.body6, label %for.end

for.body6:                                        ; preds = %for.cond4
  %3 = load i32, ptr %r, align 4
  %4 = load i32, ptr %j, align 4
  %mul7 = mul nsw i32 %4, 4
  %5 = load i32, ptr %b, align 4
  %add = add nsw i32 %mul7, %5
  %call = call i32 @qval(i32 noundef %3, i32 noundef %add) #3
  %add8 = add nsw i32 %call, 128
  %conv = sitofp i32 %add8 to float
  %6 = load float, ptr %mul, align 4
  %mul9 = fmul float %conv, %6
  %7 = load float, ptr %item, align 4
  %add10 = fadd float %7, %mul9
  store float %add10, ptr %item, align 4
  %8 = load float, ptr %mul, align 4
  %mul11 = fmul float %8, 2.560000e+02
  store float %mul11, ptr %mul, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body6
  %9 = load i32, ptr %b, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, ptr %b, align 4
  br label %for.cond4, !llvm.loop !5

for.end:                                          ; preds = %for.cond4
  %10 = load float, ptr %item, align 4
  %11 = load i32, ptr %r, align 4
  %arrayidx = getelementptr inbounds [6 x [12 x float]], ptr @packed, i32 0, i32 %11
  %12 = load i32, ptr %j, align 4
  %arrayidx12 = getelementptr inbounds [12 x float], ptr %arrayidx, i32 0, i32 %12
  store float %10, ptr %arrayidx12, align 4
  br label %for.inc13

for.inc13:                                        ; preds = %for.end
  %13 = load i32, ptr %j, align 4
  %inc14 = add nsw i32 %13, 1
  store i32 %inc14, ptr %j, align 4
  br label %for.cond1, !llvm.loop !6

for.end15:                                        ; preds = %for.cond1
  store i32 0, ptr %g, align 4
  br label %for.cond16

for.cond16:                                       ; preds = %for.inc27, %for.end15
  %14 = load i32, ptr %g, align 4
  %cmp17 = icmp slt i32 %14, 3
  br i1 %cmp17, label %for.body19, label %for.end29

for.body19:                                       ; preds = %for.cond16
  %15 = load i32, ptr %r, align 4
  %add20 = add nsw i32 %15, 1
  %conv21 = sitofp i32 %add20 to float
  %16 = load i32, ptr %g, align 4
  %add22 = add nsw i32 %16, 3
  %conv23 = sitofp i32 %add22 to float
  %div = fdiv float %conv21, %conv23
  %div24 = fdiv float %div, 6.400000e+01
  %17 = load i32, ptr %r, align 4
  %arrayidx25 = getelementptr inbounds [6 x [3 x float]], ptr @scales, i32 0, i32 %17
  %18 = load i32, ptr %g, align 4
  %arrayidx26 = getelementptr inbounds [3 x float], ptr %arrayidx25, i32 0, i32 %18
  store float %div24, ptr %arrayidx26, align 4
  br label %for.inc27

for.inc27:                                        ; preds = %for.body19
  %19 = load i32, ptr %g, align 4
  %inc28 = add nsw i32 %19, 1
  store i32 %inc28, ptr %g, align 4
  br label %for.cond16, !llvm.loop !7

for.end29:                                        ; preds = %for.cond16
  br label %for.inc30

for.inc30:                                        ; preds = %for.end29
  %20 = load i32, ptr %r, align 4
  %inc31 = add nsw i32 %20, 1
  store i32 %inc31, ptr %r, align 4
  br label %for.cond, !llvm.loop !8

for.end32:                                        ; preds = %for.cond
  store i32 0, ptr %i, align 4
  br label %for.cond33

for.cond33:                                       ; preds = %for.inc40, %for.end32
  %21 = load i32, ptr %i, align 4
  %cmp34 = icmp slt i32 %21, 48
  br i1 %cmp34, label %for.body36, label %for.end42

for.body36:                                       ; preds = %for.cond33
  %22 = load i32, ptr %i, align 4
  %rem = srem i32 %22, 7
  %sub = sub nsw i32 %rem, 3
  %conv37 = sitofp i32 %sub to float
  %div38 = fdiv float %conv37, 4.000000e+00
  %23 = load i32, ptr %i, align 4
  %arrayidx39 = getelementptr inbounds [48 x float], ptr @x, i32 0, i32 %23
  store float %div38, ptr %arrayidx39, align 4
  br label %for.inc40

for.inc40:                                        ; preds = %for.body36
  %24 = load i32, ptr %i, align 4
  %inc41 = add nsw i32 %24, 1
  store i32 %inc41, ptr %i, align 4
  br label %for.cond33, !llvm.loop !9

for.end42:                                        ; preds = %for.cond33
  store i32 0, ptr %r43, align 4
  br label %for.cond44

for.cond44:                                       ; preds = %for.inc53, %for.end42
  %25 = load i32, ptr %r43, align 4
  %cmp45 = icmp slt i32 %25, 6
  br i1 %cmp45, label %for.body47, label %for.end55

for.body47:                                       ; preds = %for.cond44
  %26 = load i32, ptr %r43, align 4
  %arrayidx48 = getelementptr inbounds [6 x [12 x float]], ptr @packed, i32 0, i32 %26
  %arraydecay = getelementptr inbounds [12 x float], ptr %arrayidx48, i32 0, i32 0
  %27 = load i32, ptr %r43, align 4
  %arrayidx49 = getelementptr inbounds [6 x [3 x float]], ptr @scales, i32 0, i32 %27
  %arraydecay50 = getelementptr inbounds [3 x float], ptr %arrayidx49, i32 0, i32 0
  %call51 = call float @dot_row(ptr noundef %arraydecay, ptr noundef %arraydecay50, ptr noundef @x) #3
  %conv52 = fpext float %call51 to double
  call void @sb3_out_double(double noundef %conv52) #3
  br label %for.inc53

for.inc53:                                        ; preds = %for.body47
  %28 = load i32, ptr %r43, align 4
  %inc54 = add nsw i32 %28, 1
  store i32 %inc54, ptr %r43, align 4
  br label %for.cond44, !llvm.loop !10

for.end55:                                        ; preds = %for.cond44
  store i32 0, ptr %r56, align 4
  br label %for.cond57

for.cond57:                                       ; preds = %for.inc74, %for.end55
  %29 = load i32, ptr %r56, align 4
  %cmp58 = icmp slt i32 %29, 6
  br i1 %cmp58, label %for.body60, label %for.end76

for.body60:                                       ; preds = %for.cond57
  store i32 0, ptr %s, align 4
  store i32 0, ptr %i61, align 4
  br label %for.cond62

for.cond62:                                       ; preds = %for.inc71, %for.body60
  %30 = load i32, ptr %i61, align 4
  %cmp63 = icmp slt i32 %30, 48
  br i1 %cmp63, label %for.body65, label %for.end73

for.body65:                                       ; preds = %for.cond62
  %31 = load i32, ptr %r56, align 4
  %32 = load i32, ptr %i61, align 4
  %call66 = call i32 @qval(i32 noundef %31, i32 noundef %32) #3
  %33 = load i32, ptr %i61, align 4
  %rem67 = srem i32 %33, 7
  %sub68 = sub nsw i32 %rem67, 3
  %mul69 = mul nsw i32 %call66, %sub68
  %34 = load i32, ptr %s, align 4
  %add70 = add nsw i32 %34, %mul69
  store i32 %add70, ptr %s, align 4
  br label %for.inc71

for.inc71:                                        ; preds = %for.body65
  %35 = load i32, ptr %i61, align 4
  %inc72 = add nsw i32 %35, 1
  store i32 %inc72, ptr %i61, align 4
  br label %for.cond62, !llvm.loop !11

for.end73:                                        ; preds = %for.cond62
  %36 = load i32, ptr %s, align 4
  call void @sb3_out_int(i32 noundef %36) #3
  br label %for.inc74

for.inc74:                                        ; preds = %for.end73
  %37 = load i32, ptr %r56, align 4
  %inc75 = add nsw i32 %37, 1
  store i32 %inc75, ptr %r56, align 4
  br label %for.cond57, !llvm.loop !12

for.end76:                                        ; preds = %for.cond57
  %38 = load float, ptr getelementptr inbounds ([12 x float], ptr getelementptr inbounds ([6 x [12 x float]], ptr @packed, i32 0, i32 2), i32 0, i32 5), align 4
  %conv77 = fpext float %38 to double
  call void @sb3_out_double(double noundef %conv77) #3
  ret i32 0
}

; Function Attrs: noinline nounwind optnone
define internal i32 @qval(i32 noundef %r, i32 noundef %i) #0 {
entry:
  %r.addr = alloca i32, align 4
  %i.addr = alloca i32, align 4
  %h = alloca i32, align 4
  store i32 %r, ptr %r.addr, align 4
  store i32 %i, ptr %i.addr, align 4
  %0 = load i32, ptr %r.addr, align 4
  %mul = mul nsw i32 %0, 131
  %1 = load i32, ptr %i.addr, align 4
  %mul1 = mul nsw i32 %1, 31
  %add = add nsw i32 %mul, %mul1
  %add2 = add nsw i32 %add, 7
  store i32 %add2, ptr %h, align 4
  %2 = load i32, ptr %h, align 4
  %mul3 = mul i32 %2, -1640531535
  %shr = lshr i32 %mul3, 24
  store i32 %shr, ptr %h, align 4
  %3 = load i32, ptr %h, align 4
  %rem = urem i32 %3, 255
  %sub = sub nsw i32 %rem, 127
  ret i32 %sub
}

declare void @sb3_out_double(double noundef) #2

declare void @sb3_out_int(i32 noundef) #2

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
