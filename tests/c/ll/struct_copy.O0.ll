; ModuleID = 'tests/c/struct_copy.c'
source_filename = "tests/c/struct_copy.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.S7 = type { [7 x i8] }
%struct.S12 = type { i32, i32, i32 }
%struct.Padded = type { i8, i16, i32, i8 }
%struct.WithD = type { [3 x double], i32 }
%struct.Big = type { [20 x i32] }

@s7_init = hidden global %struct.S7 { [7 x i8] c"copied!" }, align 1
@__const.main.a = private unnamed_addr constant %struct.S12 { i32 1, i32 -2, i32 3 }, align 4
@__const.main.p = private unnamed_addr constant [3 x %struct.Padded] [%struct.Padded { i8 -6, i16 -30000, i32 123456, i8 7 }, %struct.Padded { i8 1, i16 2, i32 3, i8 4 }, %struct.Padded zeroinitializer], align 16
@__const.main.w1 = private unnamed_addr constant %struct.WithD { [3 x double] [double 5.000000e-01, double -1.250000e+00, double 1.000000e+100], i32 3 }, align 8
@big_init = internal constant %struct.Big { [20 x i32] [i32 1, i32 1, i32 2, i32 3, i32 5, i32 8, i32 13, i32 21, i32 34, i32 55, i32 89, i32 144, i32 233, i32 377, i32 610, i32 987, i32 1597, i32 2584, i32 4181, i32 6765] }, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden void @copy_big(ptr noundef %d, ptr noundef %s) #0 {
entry:
  %d.addr = alloca ptr, align 4
  %s.addr = alloca ptr, align 4
  store ptr %d, ptr %d.addr, align 4
  store ptr %s, ptr %s.addr, align 4
  %0 = load ptr, ptr %d.addr, align 4
  %1 = load ptr, ptr %s.addr, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %0, ptr align 4 %1, i32 80, i1 false)
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %a = alloca %struct.S12, align 4
  %b = alloca %struct.S12, align 4
  %s = alloca %struct.S7, align 1
  %t = alloca %struct.S7, align 1
  %i = alloca i32, align 4
  %p = alloca [3 x %struct.Padded], align 16
  %w1 = alloca %struct.WithD, align 8
  %w2 = alloca %struct.WithD, align 8
  %g1 = alloca %struct.Big, align 4
  %g2 = alloca %struct.Big, align 4
  %s2 = alloca i32, align 4
  %i35 = alloca i32, align 4
  %arr = alloca [5 x %struct.S12], align 16
  %arr2 = alloca [5 x %struct.S12], align 16
  %i48 = alloca i32, align 4
  %i63 = alloca i32, align 4
  %i74 = alloca i32, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %a, ptr align 4 @__const.main.a, i32 12, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %b, ptr align 4 %a, i32 12, i1 false)
  %b1 = getelementptr inbounds %struct.S12, ptr %a, i32 0, i32 1
  store i32 100, ptr %b1, align 4
  %a2 = getelementptr inbounds %struct.S12, ptr %b, i32 0, i32 0
  %0 = load i32, ptr %a2, align 4
  %b3 = getelementptr inbounds %struct.S12, ptr %b, i32 0, i32 1
  %1 = load i32, ptr %b3, align 4
  %mul = mul nsw i32 %1, 10
  %add = add nsw i32 %0, %mul
  %c = getelementptr inbounds %struct.S12, ptr %b, i32 0, i32 2
  %2 = load i32, ptr %c, align 4
  %mul4 = mul nsw i32 %2, 100
  %add5 = add nsw i32 %add, %mul4
  call void @sb3_out_int(i32 noundef %add5) #3
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %s, ptr align 1 @s7_init, i32 7, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %t, ptr align 1 %s, i32 7, i1 false)
  %c6 = getelementptr inbounds %struct.S7, ptr %s, i32 0, i32 0
  %arrayidx = getelementptr inbounds [7 x i8], ptr %c6, i32 0, i32 0
  store i8 88, ptr %arrayidx, align 1
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %3 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %3, 7
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %c7 = getelementptr inbounds %struct.S7, ptr %t, i32 0, i32 0
  %4 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds [7 x i8], ptr %c7, i32 0, i32 %4
  %5 = load i8, ptr %arrayidx8, align 1
  %conv = sext i8 %5 to i32
  call void @sb3_out_char(i32 noundef %conv) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %6 = load i32, ptr %i, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %c9 = getelementptr inbounds %struct.S7, ptr %s, i32 0, i32 0
  %arrayidx10 = getelementptr inbounds [7 x i8], ptr %c9, i32 0, i32 0
  %7 = load i8, ptr %arrayidx10, align 1
  %conv11 = sext i8 %7 to i32
  call void @sb3_out_char(i32 noundef %conv11) #3
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %p, ptr align 16 @__const.main.p, i32 36, i1 false)
  %arrayidx12 = getelementptr inbounds [3 x %struct.Padded], ptr %p, i32 0, i32 2
  %arrayidx13 = getelementptr inbounds [3 x %struct.Padded], ptr %p, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %arrayidx12, ptr align 16 %arrayidx13, i32 12, i1 false)
  %arrayidx14 = getelementptr inbounds [3 x %struct.Padded], ptr %p, i32 0, i32 0
  %x = getelementptr inbounds %struct.Padded, ptr %arrayidx14, i32 0, i32 0
  store i8 9, ptr %x, align 16
  %arrayidx15 = getelementptr inbounds [3 x %struct.Padded], ptr %p, i32 0, i32 2
  %x16 = getelementptr inbounds %struct.Padded, ptr %arrayidx15, i32 0, i32 0
  %8 = load i8, ptr %x16, align 8
  %conv17 = zext i8 %8 to i32
  call void @sb3_out_int(i32 noundef %conv17) #3
  %arrayidx18 = getelementptr inbounds [3 x %struct.Padded], ptr %p, i32 0, i32 2
  %y = getelementptr inbounds %struct.Padded, ptr %arrayidx18, i32 0, i32 1
  %9 = load i16, ptr %y, align 2
  %conv19 = sext i16 %9 to i32
  call void @sb3_out_int(i32 noundef %conv19) #3
  %arrayidx20 = getelementptr inbounds [3 x %struct.Padded], ptr %p, i32 0, i32 2
  %z = getelementptr inbounds %struct.Padded, ptr %arrayidx20, i32 0, i32 2
  %10 = load i32, ptr %z, align 4
  call void @sb3_out_int(i32 noundef %10) #3
  %arrayidx21 = getelementptr inbounds [3 x %struct.Padded], ptr %p, i32 0, i32 2
  %w = getelementptr inbounds %struct.Padded, ptr %arrayidx21, i32 0, i32 3
  %11 = load i8, ptr %w, align 8
  %conv22 = zext i8 %11 to i32
  call void @sb3_out_int(i32 noundef %conv22) #3
  %arrayidx23 = getelementptr inbounds [3 x %struct.Padded], ptr %p, i32 0, i32 0
  %x24 = getelementptr inbounds %struct.Padded, ptr %arrayidx23, i32 0, i32 0
  %12 = load i8, ptr %x24, align 16
  %conv25 = zext i8 %12 to i32
  call void @sb3_out_int(i32 noundef %conv25) #3
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %w1, ptr align 8 @__const.main.w1, i32 32, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %w2, ptr align 8 %w1, i32 32, i1 false)
  %d = getelementptr inbounds %struct.WithD, ptr %w1, i32 0, i32 0
  %arrayidx26 = getelementptr inbounds [3 x double], ptr %d, i32 0, i32 1
  store double 0.000000e+00, ptr %arrayidx26, align 8
  %d27 = getelementptr inbounds %struct.WithD, ptr %w2, i32 0, i32 0
  %arrayidx28 = getelementptr inbounds [3 x double], ptr %d27, i32 0, i32 0
  %13 = load double, ptr %arrayidx28, align 8
  %d29 = getelementptr inbounds %struct.WithD, ptr %w2, i32 0, i32 0
  %arrayidx30 = getelementptr inbounds [3 x double], ptr %d29, i32 0, i32 1
  %14 = load double, ptr %arrayidx30, align 8
  %add31 = fadd double %13, %14
  call void @sb3_out_double(double noundef %add31) #3
  %d32 = getelementptr inbounds %struct.WithD, ptr %w2, i32 0, i32 0
  %arrayidx33 = getelementptr inbounds [3 x double], ptr %d32, i32 0, i32 2
  %15 = load double, ptr %arrayidx33, align 8
  call void @sb3_out_double(double noundef %15) #3
  %n = getelementptr inbounds %struct.WithD, ptr %w2, i32 0, i32 1
  %16 = load i32, ptr %n, align 8
  call void @sb3_out_int(i32 noundef %16) #3
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %g1, ptr align 4 @big_init, i32 80, i1 false)
  call void @copy_big(ptr noundef %g2, ptr noundef %g1) #3
  %v = getelementptr inbounds %struct.Big, ptr %g1, i32 0, i32 0
  %arrayidx34 = getelementptr inbounds [20 x i32], ptr %v, i32 0, i32 19
  store i32 0, ptr %arrayidx34, align 4
  store i32 0, ptr %s2, align 4
  store i32 0, ptr %i35, align 4
  br label %for.cond36

for.cond36:                                       ; preds = %for.inc43, %for.end
  %17 = load i32, ptr %i35, align 4
  %cmp37 = icmp slt i32 %17, 20
  br i1 %cmp37, label %for.body39, label %for.end45

for.body39:                                       ; preds = %for.cond36
  %v40 = getelementptr inbounds %struct.Big, ptr %g2, i32 0, i32 0
  %18 = load i32, ptr %i35, align 4
  %arrayidx41 = getelementptr inbounds [20 x i32], ptr %v40, i32 0, i32 %18
  %19 = load i32, ptr %arrayidx41, align 4
  %20 = load i32, ptr %s2, align 4
  %add42 = add nsw i32 %20, %19
  store i32 %add42, ptr %s2, align 4
  br label %for.inc43

for.inc43:                                        ; preds = %for.body39
  %21 = load i32, ptr %i35, align 4
  %inc44 = add nsw i32 %21, 1
  store i32 %inc44, ptr %i35, align 4
  br label %for.cond36, !llvm.loop !4

for.end45:                                        ; preds = %for.cond36
  %22 = load i32, ptr %s2, align 4
  call void @sb3_out_int(i32 noundef %22) #3
  %v46 = getelementptr inbounds %struct.Big, ptr %g1, i32 0, i32 0
  %arrayidx47 = getelementptr inbounds [20 x i32], ptr %v46, i32 0, i32 19
  %23 = load i32, ptr %arrayidx47, align 4
  call void @sb3_out_int(i32 noundef %23) #3
  store i32 0, ptr %i48, align 4
  br label %for.cond49

for.cond49:                                       ; preds = %for.inc60, %for.end45
  %24 = load i32, ptr %i48, align 4
  %cmp50 = icmp slt i32 %24, 5
  br i1 %cmp50, label %for.body52, label %for.end62

for.body52:                                       ; preds = %for.cond49
  %25 = load i32, ptr %i48, align 4
  %26 = load i32, ptr %i48, align 4
  %arrayidx53 = getelementptr inbounds [5 x %struct.S12], ptr %arr, i32 0, i32 %26
  %a54 = getelementptr inbounds %struct.S12, ptr %arrayidx53, i32 0, i32 0
  store i32 %25, ptr %a54, align 4
  %27 = load i32, ptr %i48, align 4
  %28 = load i32, ptr %i48, align 4
  %mul55 = mul nsw i32 %27, %28
  %29 = load i32, ptr %i48, align 4
  %arrayidx56 = getelementptr inbounds [5 x %struct.S12], ptr %arr, i32 0, i32 %29
  %b57 = getelementptr inbounds %struct.S12, ptr %arrayidx56, i32 0, i32 1
  store i32 %mul55, ptr %b57, align 4
  %30 = load i32, ptr %i48, align 4
  %sub = sub nsw i32 0, %30
  %31 = load i32, ptr %i48, align 4
  %arrayidx58 = getelementptr inbounds [5 x %struct.S12], ptr %arr, i32 0, i32 %31
  %c59 = getelementptr inbounds %struct.S12, ptr %arrayidx58, i32 0, i32 2
  store i32 %sub, ptr %c59, align 4
  br label %for.inc60

for.inc60:                                        ; preds = %for.body52
  %32 = load i32, ptr %i48, align 4
  %inc61 = add nsw i32 %32, 1
  store i32 %inc61, ptr %i48, align 4
  br label %for.cond49, !llvm.loop !5

for.end62:                                        ; preds = %for.cond49
  store i32 0, ptr %i63, align 4
  br label %for.cond64

for.cond64:                                       ; preds = %for.inc71, %for.end62
  %33 = load i32, ptr %i63, align 4
  %cmp65 = icmp slt i32 %33, 5
  br i1 %cmp65, label %for.body67, label %for.end73

for.body67:                                       ; preds = %for.cond64
  %34 = load i32, ptr %i63, align 4
  %sub68 = sub nsw i32 4, %34
  %arrayidx69 = getelementptr inbounds [5 x %struct.S12], ptr %arr2, i32 0, i32 %sub68
  %35 = load i32, ptr %i63, align 4
  %arrayidx70 = getelementptr inbounds [5 x %struct.S12], ptr %arr, i32 0, i32 %35
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %arrayidx69, ptr align 4 %arrayidx70, i32 12, i1 false)
  br label %for.inc71

for.inc71:                                        ; preds = %for.body67
  %36 = load i32, ptr %i63, align 4
  %inc72 = add nsw i32 %36, 1
  store i32 %inc72, ptr %i63, align 4
  br label %for.cond64, !llvm.loop !6

for.end73:                                        ; preds = %for.cond64
  store i32 0, ptr %i74, align 4
  br label %for.cond75

for.cond75:                                       ; preds = %for.inc89, %for.end73
  %37 = load i32, ptr %i74, align 4
  %cmp76 = icmp slt i32 %37, 5
  br i1 %cmp76, label %for.body78, label %for.end91

for.body78:                                       ; preds = %for.cond75
  %38 = load i32, ptr %i74, align 4
  %arrayidx79 = getelementptr inbounds [5 x %struct.S12], ptr %arr2, i32 0, i32 %38
  %a80 = getelementptr inbounds %struct.S12, ptr %arrayidx79, i32 0, i32 0
  %39 = load i32, ptr %a80, align 4
  %mul81 = mul nsw i32 %39, 100
  %40 = load i32, ptr %i74, align 4
  %arrayidx82 = getelementptr inbounds [5 x %struct.S12], ptr %arr2, i32 0, i32 %40
  %b83 = getelementptr inbounds %struct.S12, ptr %arrayidx82, i32 0, i32 1
  %41 = load i32, ptr %b83, align 4
  %mul84 = mul nsw i32 %41, 10
  %add85 = add nsw i32 %mul81, %mul84
  %42 = load i32, ptr %i74, align 4
  %arrayidx86 = getelementptr inbounds [5 x %struct.S12], ptr %arr2, i32 0, i32 %42
  %c87 = getelementptr inbounds %struct.S12, ptr %arrayidx86, i32 0, i32 2
  %43 = load i32, ptr %c87, align 4
  %add88 = add nsw i32 %add85, %43
  call void @sb3_out_int(i32 noundef %add88) #3
  br label %for.inc89

for.inc89:                                        ; preds = %for.body78
  %44 = load i32, ptr %i74, align 4
  %inc90 = add nsw i32 %44, 1
  store i32 %inc90, ptr %i74, align 4
  br label %for.cond75, !llvm.loop !7

for.end91:                                        ; preds = %for.cond75
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #2

declare void @sb3_out_char(i32 noundef) #2

declare void @sb3_out_double(double noundef) #2

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
