; ModuleID = 'tests/c/local_array_init.c'
source_filename = "tests/c/local_array_init.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.anon = type { i32, i8, double }

@__const.main.a = private unnamed_addr constant [8 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8], align 16
@__const.main.s = private unnamed_addr constant [16 x i8] c"init\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@__const.main.h = private unnamed_addr constant [5 x i16] [i16 -1, i16 -2, i16 -3, i16 -4, i16 -5], align 2
@__const.main.d = private unnamed_addr constant [4 x double] [double 5.000000e-01, double 2.500000e-01, double 0.000000e+00, double 0.000000e+00], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %round = alloca i32, align 4
  %a = alloca [8 x i32], align 16
  %b = alloca [20 x i32], align 16
  %s = alloca [16 x i8], align 16
  %h = alloca [5 x i16], align 2
  %d = alloca [4 x double], align 16
  %st = alloca %struct.anon, align 8
  %sa = alloca i32, align 4
  %sb = alloca i32, align 4
  %sh = alloca i32, align 4
  %i = alloca i32, align 4
  %i6 = alloca i32, align 4
  %i16 = alloca i32, align 4
  %i35 = alloca i32, align 4
  %i46 = alloca i32, align 4
  store i32 0, ptr %round, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc61, %entry
  %0 = load i32, ptr %round, align 4
  %cmp = icmp slt i32 %0, 3
  br i1 %cmp, label %for.body, label %for.end63

for.body:                                         ; preds = %for.cond
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %a, ptr align 16 @__const.main.a, i32 32, i1 false)
  call void @llvm.memset.p0.i32(ptr align 16 %b, i8 0, i32 80, i1 false)
  %1 = getelementptr inbounds <{ i32, i32, i32, [17 x i32] }>, ptr %b, i32 0, i32 0
  store i32 9, ptr %1, align 16
  %2 = getelementptr inbounds <{ i32, i32, i32, [17 x i32] }>, ptr %b, i32 0, i32 1
  store i32 8, ptr %2, align 4
  %3 = getelementptr inbounds <{ i32, i32, i32, [17 x i32] }>, ptr %b, i32 0, i32 2
  store i32 7, ptr %3, align 8
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %s, ptr align 16 @__const.main.s, i32 16, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 2 %h, ptr align 2 @__const.main.h, i32 10, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %d, ptr align 16 @__const.main.d, i32 32, i1 false)
  %x = getelementptr inbounds %struct.anon, ptr %st, i32 0, i32 0
  %4 = load i32, ptr %round, align 4
  store i32 %4, ptr %x, align 8
  %c = getelementptr inbounds %struct.anon, ptr %st, i32 0, i32 1
  store i8 113, ptr %c, align 4
  %y = getelementptr inbounds %struct.anon, ptr %st, i32 0, i32 2
  store double 1.500000e+00, ptr %y, align 8
  store i32 0, ptr %sa, align 4
  store i32 0, ptr %sb, align 4
  store i32 0, ptr %sh, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %5 = load i32, ptr %i, align 4
  %cmp2 = icmp slt i32 %5, 8
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %6 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [8 x i32], ptr %a, i32 0, i32 %6
  %7 = load i32, ptr %arrayidx, align 4
  %8 = load i32, ptr %i, align 4
  %9 = load i32, ptr %round, align 4
  %add = add nsw i32 %8, %9
  %mul = mul nsw i32 %7, %add
  %10 = load i32, ptr %sa, align 4
  %add4 = add nsw i32 %10, %mul
  store i32 %add4, ptr %sa, align 4
  %11 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [8 x i32], ptr %a, i32 0, i32 %11
  store i32 0, ptr %arrayidx5, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %12 = load i32, ptr %i, align 4
  %inc = add nsw i32 %12, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  store i32 0, ptr %i6, align 4
  br label %for.cond7

for.cond7:                                        ; preds = %for.inc13, %for.end
  %13 = load i32, ptr %i6, align 4
  %cmp8 = icmp slt i32 %13, 20
  br i1 %cmp8, label %for.body9, label %for.end15

for.body9:                                        ; preds = %for.cond7
  %14 = load i32, ptr %i6, align 4
  %arrayidx10 = getelementptr inbounds [20 x i32], ptr %b, i32 0, i32 %14
  %15 = load i32, ptr %arrayidx10, align 4
  %16 = load i32, ptr %sb, align 4
  %add11 = add nsw i32 %16, %15
  store i32 %add11, ptr %sb, align 4
  %17 = load i32, ptr %i6, align 4
  %arrayidx12 = getelementptr inbounds [20 x i32], ptr %b, i32 0, i32 %17
  store i32 100, ptr %arrayidx12, align 4
  br label %for.inc13

for.inc13:                                        ; preds = %for.body9
  %18 = load i32, ptr %i6, align 4
  %inc14 = add nsw i32 %18, 1
  store i32 %inc14, ptr %i6, align 4
  br label %for.cond7, !llvm.loop !4

for.end15:                                        ; preds = %for.cond7
  store i32 0, ptr %i16, align 4
  br label %for.cond17

for.cond17:                                       ; preds = %for.inc24, %for.end15
  %19 = load i32, ptr %i16, align 4
  %cmp18 = icmp slt i32 %19, 5
  br i1 %cmp18, label %for.body19, label %for.end26

for.body19:                                       ; preds = %for.cond17
  %20 = load i32, ptr %sh, align 4
  %mul20 = mul nsw i32 %20, 10
  %21 = load i32, ptr %i16, align 4
  %arrayidx21 = getelementptr inbounds [5 x i16], ptr %h, i32 0, i32 %21
  %22 = load i16, ptr %arrayidx21, align 2
  %conv = sext i16 %22 to i32
  %add22 = add nsw i32 %mul20, %conv
  store i32 %add22, ptr %sh, align 4
  %23 = load i32, ptr %i16, align 4
  %arrayidx23 = getelementptr inbounds [5 x i16], ptr %h, i32 0, i32 %23
  store i16 7, ptr %arrayidx23, align 2
  br label %for.inc24

for.inc24:                                        ; preds = %for.body19
  %24 = load i32, ptr %i16, align 4
  %inc25 = add nsw i32 %24, 1
  store i32 %inc25, ptr %i16, align 4
  br label %for.cond17, !llvm.loop !5

for.end26:                                        ; preds = %for.cond17
  %25 = load i32, ptr %sa, align 4
  call void @sb3_out_int(i32 noundef %25) #4
  %26 = load i32, ptr %sb, align 4
  call void @sb3_out_int(i32 noundef %26) #4
  %27 = load i32, ptr %sh, align 4
  call void @sb3_out_int(i32 noundef %27) #4
  %arrayidx27 = getelementptr inbounds [4 x double], ptr %d, i32 0, i32 0
  %28 = load double, ptr %arrayidx27, align 16
  %arrayidx28 = getelementptr inbounds [4 x double], ptr %d, i32 0, i32 1
  %29 = load double, ptr %arrayidx28, align 8
  %add29 = fadd double %28, %29
  %arrayidx30 = getelementptr inbounds [4 x double], ptr %d, i32 0, i32 2
  %30 = load double, ptr %arrayidx30, align 16
  %add31 = fadd double %add29, %30
  %arrayidx32 = getelementptr inbounds [4 x double], ptr %d, i32 0, i32 3
  %31 = load double, ptr %arrayidx32, align 8
  %add33 = fadd double %add31, %31
  call void @sb3_out_double(double noundef %add33) #4
  %arrayidx34 = getelementptr inbounds [4 x double], ptr %d, i32 0, i32 3
  store double 9.900000e+01, ptr %arrayidx34, align 8
  store i32 0, ptr %i35, align 4
  br label %for.cond36

for.cond36:                                       ; preds = %for.inc42, %for.end26
  %32 = load i32, ptr %i35, align 4
  %cmp37 = icmp slt i32 %32, 16
  br i1 %cmp37, label %for.body39, label %for.end44

for.body39:                                       ; preds = %for.cond36
  %33 = load i32, ptr %i35, align 4
  %arrayidx40 = getelementptr inbounds [16 x i8], ptr %s, i32 0, i32 %33
  %34 = load i8, ptr %arrayidx40, align 1
  %conv41 = sext i8 %34 to i32
  call void @sb3_out_int(i32 noundef %conv41) #4
  br label %for.inc42

for.inc42:                                        ; preds = %for.body39
  %35 = load i32, ptr %i35, align 4
  %inc43 = add nsw i32 %35, 1
  store i32 %inc43, ptr %i35, align 4
  br label %for.cond36, !llvm.loop !6

for.end44:                                        ; preds = %for.cond36
  %36 = load i32, ptr %round, align 4
  %arrayidx45 = getelementptr inbounds [16 x i8], ptr %s, i32 0, i32 %36
  store i8 88, ptr %arrayidx45, align 1
  store i32 0, ptr %i46, align 4
  br label %for.cond47

for.cond47:                                       ; preds = %for.inc52, %for.end44
  %37 = load i32, ptr %i46, align 4
  %arrayidx48 = getelementptr inbounds [16 x i8], ptr %s, i32 0, i32 %37
  %38 = load i8, ptr %arrayidx48, align 1
  %tobool = icmp ne i8 %38, 0
  br i1 %tobool, label %for.body49, label %for.end54

for.body49:                                       ; preds = %for.cond47
  %39 = load i32, ptr %i46, align 4
  %arrayidx50 = getelementptr inbounds [16 x i8], ptr %s, i32 0, i32 %39
  %40 = load i8, ptr %arrayidx50, align 1
  %conv51 = sext i8 %40 to i32
  call void @sb3_out_char(i32 noundef %conv51) #4
  br label %for.inc52

for.inc52:                                        ; preds = %for.body49
  %41 = load i32, ptr %i46, align 4
  %inc53 = add nsw i32 %41, 1
  store i32 %inc53, ptr %i46, align 4
  br label %for.cond47, !llvm.loop !7

for.end54:                                        ; preds = %for.cond47
  %x55 = getelementptr inbounds %struct.anon, ptr %st, i32 0, i32 0
  %42 = load i32, ptr %x55, align 8
  call void @sb3_out_int(i32 noundef %42) #4
  %c56 = getelementptr inbounds %struct.anon, ptr %st, i32 0, i32 1
  %43 = load i8, ptr %c56, align 4
  %conv57 = sext i8 %43 to i32
  call void @sb3_out_char(i32 noundef %conv57) #4
  %y58 = getelementptr inbounds %struct.anon, ptr %st, i32 0, i32 2
  %44 = load double, ptr %y58, align 8
  %45 = load i32, ptr %round, align 4
  %conv59 = sitofp i32 %45 to double
  %mul60 = fmul double %44, %conv59
  call void @sb3_out_double(double noundef %mul60) #4
  br label %for.inc61

for.inc61:                                        ; preds = %for.end54
  %46 = load i32, ptr %round, align 4
  %inc62 = add nsw i32 %46, 1
  store i32 %inc62, ptr %round, align 4
  br label %for.cond, !llvm.loop !8

for.end63:                                        ; preds = %for.cond
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #2

declare void @sb3_out_int(i32 noundef) #3

declare void @sb3_out_double(double noundef) #3

declare void @sb3_out_char(i32 noundef) #3

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nobuiltin "no-builtins" }

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
