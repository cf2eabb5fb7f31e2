; ModuleID = 'tests/c/globals_init.c'
source_filename = "tests/c/globals_init.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.anon = type { i32, i8, double, [3 x i16] }

@g8 = hidden global i8 -7, align 1
@gu8 = hidden global i8 -56, align 1
@g16 = hidden global i16 -1234, align 2
@gu16 = hidden global i16 -5536, align 2
@g32 = hidden global i32 -123456789, align 4
@gu32 = hidden global i32 -294967296, align 4
@g64 = hidden global i64 -1234567890123, align 8
@gd = hidden global double 2.500000e-03, align 8
@garr = hidden global [10 x i32] [i32 1, i32 2, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16
@gs = hidden global %struct.anon { i32 42, i8 120, double -1.500000e+00, [3 x i16] [i16 7, i16 -8, i16 9] }, align 8
@gp = hidden global ptr getelementptr (i8, ptr @garr, i64 8), align 4
@.str = private unnamed_addr constant [8 x i8] c"globals\00", align 1
@gstr = hidden global ptr @.str, align 4
@gbuf = hidden global [8 x i8] c"mutable\00", align 1
@counter = hidden global i32 100, align 4
@gzero = hidden global [5 x i32] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden void @bump(i32 noundef %by) #0 {
entry:
  %by.addr = alloca i32, align 4
  store i32 %by, ptr %by.addr, align 4
  %0 = load i32, ptr %by.addr, align 4
  %1 = load i32, ptr @counter, align 4
  %add = add nsw i32 %1, %0
  store i32 %add, ptr @counter, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %z = alloca i32, align 4
  %i7 = alloca i32, align 4
  %p = alloca ptr, align 4
  %i29 = alloca i32, align 4
  %i39 = alloca i32, align 4
  %0 = load i8, ptr @g8, align 1
  %conv = sext i8 %0 to i32
  call void @sb3_out_int(i32 noundef %conv) #2
  %1 = load i8, ptr @gu8, align 1
  %conv1 = zext i8 %1 to i32
  call void @sb3_out_int(i32 noundef %conv1) #2
  %2 = load i16, ptr @g16, align 2
  %conv2 = sext i16 %2 to i32
  call void @sb3_out_int(i32 noundef %conv2) #2
  %3 = load i16, ptr @gu16, align 2
  %conv3 = zext i16 %3 to i32
  call void @sb3_out_int(i32 noundef %conv3) #2
  %4 = load i32, ptr @g32, align 4
  call void @sb3_out_int(i32 noundef %4) #2
  %5 = load i32, ptr @gu32, align 4
  %conv4 = uitofp i32 %5 to double
  call void @sb3_out_double(double noundef %conv4) #2
  %6 = load i64, ptr @g64, align 8
  %conv5 = sitofp i64 %6 to double
  call void @sb3_out_double(double noundef %conv5) #2
  %7 = load double, ptr @gd, align 8
  call void @sb3_out_double(double noundef %7) #2
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %8 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %8, 10
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %9 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [10 x i32], ptr @garr, i32 0, i32 %9
  %10 = load i32, ptr %arrayidx, align 4
  call void @sb3_out_int(i32 noundef %10) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %11 = load i32, ptr %i, align 4
  %inc = add nsw i32 %11, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %z, align 4
  store i32 0, ptr %i7, align 4
  br label %for.cond8

for.cond8:                                        ; preds = %for.inc13, %for.end
  %12 = load i32, ptr %i7, align 4
  %cmp9 = icmp slt i32 %12, 5
  br i1 %cmp9, label %for.body11, label %for.end15

for.body11:                                       ; preds = %for.cond8
  %13 = load i32, ptr %i7, align 4
  %arrayidx12 = getelementptr inbounds [5 x i32], ptr @gzero, i32 0, i32 %13
  %14 = load i32, ptr %arrayidx12, align 4
  %15 = load i32, ptr %z, align 4
  %or = or i32 %15, %14
  store i32 %or, ptr %z, align 4
  br label %for.inc13

for.inc13:                                        ; preds = %for.body11
  %16 = load i32, ptr %i7, align 4
  %inc14 = add nsw i32 %16, 1
  store i32 %inc14, ptr %i7, align 4
  br label %for.cond8, !llvm.loop !4

for.end15:                                        ; preds = %for.cond8
  %17 = load i32, ptr %z, align 4
  call void @sb3_out_int(i32 noundef %17) #2
  %18 = load i32, ptr @gs, align 8
  call void @sb3_out_int(i32 noundef %18) #2
  %19 = load i8, ptr getelementptr inbounds (%struct.anon, ptr @gs, i32 0, i32 1), align 4
  %conv16 = sext i8 %19 to i32
  call void @sb3_out_char(i32 noundef %conv16) #2
  %20 = load double, ptr getelementptr inbounds (%struct.anon, ptr @gs, i32 0, i32 2), align 8
  call void @sb3_out_double(double noundef %20) #2
  %21 = load i16, ptr getelementptr inbounds (%struct.anon, ptr @gs, i32 0, i32 3), align 8
  %conv17 = sext i16 %21 to i32
  %22 = load i16, ptr getelementptr inbounds ([3 x i16], ptr getelementptr inbounds (%struct.anon, ptr @gs, i32 0, i32 3), i32 0, i32 1), align 2
  %conv18 = sext i16 %22 to i32
  %mul = mul nsw i32 %conv18, 10
  %add = add nsw i32 %conv17, %mul
  %23 = load i16, ptr getelementptr inbounds ([3 x i16], ptr getelementptr inbounds (%struct.anon, ptr @gs, i32 0, i32 3), i32 0, i32 2), align 4
  %conv19 = sext i16 %23 to i32
  %mul20 = mul nsw i32 %conv19, 100
  %add21 = add nsw i32 %add, %mul20
  call void @sb3_out_int(i32 noundef %add21) #2
  %24 = load ptr, ptr @gp, align 4
  %25 = load i32, ptr %24, align 4
  call void @sb3_out_int(i32 noundef %25) #2
  %26 = load ptr, ptr @gp, align 4
  %arrayidx22 = getelementptr inbounds i32, ptr %26, i32 1
  %27 = load i32, ptr %arrayidx22, align 4
  call void @sb3_out_int(i32 noundef %27) #2
  %28 = load ptr, ptr @gp, align 4
  %arrayidx23 = getelementptr inbounds i32, ptr %28, i32 1
  store i32 77, ptr %arrayidx23, align 4
  %29 = load i32, ptr getelementptr inbounds ([10 x i32], ptr @garr, i32 0, i32 3), align 4
  call void @sb3_out_int(i32 noundef %29) #2
  %30 = load ptr, ptr @gstr, align 4
  store ptr %30, ptr %p, align 4
  br label %for.cond24

for.cond24:                                       ; preds = %for.inc27, %for.end15
  %31 = load ptr, ptr %p, align 4
  %32 = load i8, ptr %31, align 1
  %tobool = icmp ne i8 %32, 0
  br i1 %tobool, label %for.body25, label %for.end28

for.body25:                                       ; preds = %for.cond24
  %33 = load ptr, ptr %p, align 4
  %34 = load i8, ptr %33, align 1
  %conv26 = sext i8 %34 to i32
  call void @sb3_out_char(i32 noundef %conv26) #2
  br label %for.inc27

for.inc27:                                        ; preds = %for.body25
  %35 = load ptr, ptr %p, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %35, i32 1
  store ptr %incdec.ptr, ptr %p, align 4
  br label %for.cond24, !llvm.loop !5

for.end28:                                        ; preds = %for.cond24
  store i8 77, ptr @gbuf, align 1
  store i8 69, ptr getelementptr inbounds ([8 x i8], ptr @gbuf, i32 0, i32 6), align 1
  store i32 0, ptr %i29, align 4
  br label %for.cond30

for.cond30:                                       ; preds = %for.inc36, %for.end28
  %36 = load i32, ptr %i29, align 4
  %arrayidx31 = getelementptr inbounds [8 x i8], ptr @gbuf, i32 0, i32 %36
  %37 = load i8, ptr %arrayidx31, align 1
  %tobool32 = icmp ne i8 %37, 0
  br i1 %tobool32, label %for.body33, label %for.end38

for.body33:                                       ; preds = %for.cond30
  %38 = load i32, ptr %i29, align 4
  %arrayidx34 = getelementptr inbounds [8 x i8], ptr @gbuf, i32 0, i32 %38
  %39 = load i8, ptr %arrayidx34, align 1
  %conv35 = sext i8 %39 to i32
  call void @sb3_out_char(i32 noundef %conv35) #2
  br label %for.inc36

for.inc36:                                        ; preds = %for.body33
  %40 = load i32, ptr %i29, align 4
  %inc37 = add nsw i32 %40, 1
  store i32 %inc37, ptr %i29, align 4
  br label %for.cond30, !llvm.loop !6

for.end38:                                        ; preds = %for.cond30
  store i32 1, ptr %i39, align 4
  br label %for.cond40

for.cond40:                                       ; preds = %for.inc44, %for.end38
  %41 = load i32, ptr %i39, align 4
  %cmp41 = icmp sle i32 %41, 5
  br i1 %cmp41, label %for.body43, label %for.end46

for.body43:                                       ; preds = %for.cond40
  %42 = load i32, ptr %i39, align 4
  call void @bump(i32 noundef %42) #2
  br label %for.inc44

for.inc44:                                        ; preds = %for.body43
  %43 = load i32, ptr %i39, align 4
  %inc45 = add nsw i32 %43, 1
  store i32 %inc45, ptr %i39, align 4
  br label %for.cond40, !llvm.loop !7

for.end46:                                        ; preds = %for.cond40
  %44 = load i32, ptr @counter, align 4
  call void @sb3_out_int(i32 noundef %44) #2
  %45 = load i8, ptr @g8, align 1
  %conv47 = sext i8 %45 to i32
  %mul48 = mul nsw i32 %conv47, 20
  %conv49 = trunc i32 %mul48 to i8
  store i8 %conv49, ptr @g8, align 1
  %46 = load i16, ptr @gu16, align 2
  %conv50 = zext i16 %46 to i32
  %add51 = add nsw i32 %conv50, 6000
  %conv52 = trunc i32 %add51 to i16
  store i16 %conv52, ptr @gu16, align 2
  %47 = load i8, ptr @g8, align 1
  %conv53 = sext i8 %47 to i32
  call void @sb3_out_int(i32 noundef %conv53) #2
  %48 = load i16, ptr @gu16, align 2
  %conv54 = zext i16 %48 to i32
  call void @sb3_out_int(i32 noundef %conv54) #2
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

declare void @sb3_out_double(double noundef) #1

declare void @sb3_out_char(i32 noundef) #1

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
