; ModuleID = 'tests/c/struct_pair_words.c'
source_filename = "tests/c/struct_pair_words.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Pair = type { i32, i32 }
%struct.Packed = type { i16, i16, i8, i8, i8, i8 }

@seeds = hidden global [5 x %struct.Pair] [%struct.Pair { i32 -1, i32 2147483647 }, %struct.Pair { i32 -2147483648, i32 -1 }, %struct.Pair { i32 123456789, i32 -987654321 }, %struct.Pair { i32 0, i32 -2147483648 }, %struct.Pair { i32 2147483647, i32 2147483647 }], align 16
@pk = hidden global [2 x %struct.Packed] [%struct.Packed { i16 -1, i16 1, i8 -1, i8 -128, i8 127, i8 0 }, %struct.Packed { i16 4660, i16 22136, i8 5, i8 -6, i8 7, i8 -8 }], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden void @swap(ptr dead_on_unwind noalias writable sret(%struct.Pair) align 4 %agg.result, ptr noundef byval(%struct.Pair) align 4 %p) #0 {
entry:
  %lo = getelementptr inbounds %struct.Pair, ptr %agg.result, i32 0, i32 0
  %hi = getelementptr inbounds %struct.Pair, ptr %p, i32 0, i32 1
  %0 = load i32, ptr %hi, align 4
  store i32 %0, ptr %lo, align 4
  %hi1 = getelementptr inbounds %struct.Pair, ptr %agg.result, i32 0, i32 1
  %lo2 = getelementptr inbounds %struct.Pair, ptr %p, i32 0, i32 0
  %1 = load i32, ptr %lo2, align 4
  store i32 %1, ptr %hi1, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %ring = alloca [5 x %struct.Pair], align 16
  %i = alloca i32, align 4
  %round = alloca i32, align 4
  %first = alloca %struct.Pair, align 4
  %i6 = alloca i32, align 4
  %tmp = alloca %struct.Pair, align 4
  %i19 = alloca i32, align 4
  %acc = alloca %struct.Pair, align 4
  %i28 = alloca i32, align 4
  %s = alloca %struct.Pair, align 4
  %q = alloca [2 x %struct.Packed], align 16
  %t = alloca %struct.Packed, align 2
  %i51 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 5
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 %1
  %2 = load i32, ptr %i, align 4
  %arrayidx1 = getelementptr inbounds [5 x %struct.Pair], ptr @seeds, i32 0, i32 %2
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %arrayidx, ptr align 8 %arrayidx1, i32 8, i1 false)
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %round, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc16, %for.end
  %4 = load i32, ptr %round, align 4
  %cmp3 = icmp slt i32 %4, 7
  br i1 %cmp3, label %for.body4, label %for.end18

for.body4:                                        ; preds = %for.cond2
  %arrayidx5 = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %first, ptr align 16 %arrayidx5, i32 8, i1 false)
  store i32 0, ptr %i6, align 4
  br label %for.cond7

for.cond7:                                        ; preds = %for.inc12, %for.body4
  %5 = load i32, ptr %i6, align 4
  %cmp8 = icmp slt i32 %5, 4
  br i1 %cmp8, label %for.body9, label %for.end14

for.body9:                                        ; preds = %for.cond7
  %6 = load i32, ptr %i6, align 4
  %arrayidx10 = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 %6
  %7 = load i32, ptr %i6, align 4
  %add = add nsw i32 %7, 1
  %arrayidx11 = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 %add
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %arrayidx10, ptr align 8 %arrayidx11, i32 8, i1 false)
  br label %for.inc12

for.inc12:                                        ; preds = %for.body9
  %8 = load i32, ptr %i6, align 4
  %inc13 = add nsw i32 %8, 1
  store i32 %inc13, ptr %i6, align 4
  br label %for.cond7, !llvm.loop !4

for.end14:                                        ; preds = %for.cond7
  %arrayidx15 = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 4
  %9 = load i32, ptr %round, align 4
  %and = and i32 %9, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.end14
  call void @swap(ptr dead_on_unwind writable sret(%struct.Pair) align 4 %tmp, ptr noundef byval(%struct.Pair) align 4 %first) #4
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %arrayidx15, ptr align 4 %tmp, i32 8, i1 false)
  br label %cond.end

cond.false:                                       ; preds = %for.end14
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %arrayidx15, ptr align 4 %first, i32 8, i1 false)
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  br label %for.inc16

for.inc16:                                        ; preds = %cond.end
  %10 = load i32, ptr %round, align 4
  %inc17 = add nsw i32 %10, 1
  store i32 %inc17, ptr %round, align 4
  br label %for.cond2, !llvm.loop !5

for.end18:                                        ; preds = %for.cond2
  store i32 0, ptr %i19, align 4
  br label %for.cond20

for.cond20:                                       ; preds = %for.inc25, %for.end18
  %11 = load i32, ptr %i19, align 4
  %cmp21 = icmp slt i32 %11, 5
  br i1 %cmp21, label %for.body22, label %for.end27

for.body22:                                       ; preds = %for.cond20
  %12 = load i32, ptr %i19, align 4
  %arrayidx23 = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 %12
  %lo = getelementptr inbounds %struct.Pair, ptr %arrayidx23, i32 0, i32 0
  %13 = load i32, ptr %lo, align 8
  call void @sb3_out_int(i32 noundef %13) #4
  %14 = load i32, ptr %i19, align 4
  %arrayidx24 = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 %14
  %hi = getelementptr inbounds %struct.Pair, ptr %arrayidx24, i32 0, i32 1
  %15 = load i32, ptr %hi, align 4
  call void @sb3_out_int(i32 noundef %15) #4
  br label %for.inc25

for.inc25:                                        ; preds = %for.body22
  %16 = load i32, ptr %i19, align 4
  %inc26 = add nsw i32 %16, 1
  store i32 %inc26, ptr %i19, align 4
  br label %for.cond20, !llvm.loop !6

for.end27:                                        ; preds = %for.cond20
  call void @llvm.memset.p0.i32(ptr align 4 %acc, i8 0, i32 8, i1 false)
  store i32 0, ptr %i28, align 4
  br label %for.cond29

for.cond29:                                       ; preds = %for.inc40, %for.end27
  %17 = load i32, ptr %i28, align 4
  %cmp30 = icmp slt i32 %17, 5
  br i1 %cmp30, label %for.body31, label %for.end42

for.body31:                                       ; preds = %for.cond29
  %18 = load i32, ptr %i28, align 4
  %arrayidx32 = getelementptr inbounds [5 x %struct.Pair], ptr @seeds, i32 0, i32 %18
  call void @swap(ptr dead_on_unwind writable sret(%struct.Pair) align 4 %s, ptr noundef byval(%struct.Pair) align 4 %arrayidx32) #4
  %lo33 = getelementptr inbounds %struct.Pair, ptr %acc, i32 0, i32 0
  %19 = load i32, ptr %lo33, align 4
  %mul = mul i32 %19, 31
  %lo34 = getelementptr inbounds %struct.Pair, ptr %s, i32 0, i32 0
  %20 = load i32, ptr %lo34, align 4
  %add35 = add i32 %mul, %20
  %lo36 = getelementptr inbounds %struct.Pair, ptr %acc, i32 0, i32 0
  store i32 %add35, ptr %lo36, align 4
  %hi37 = getelementptr inbounds %struct.Pair, ptr %acc, i32 0, i32 1
  %21 = load i32, ptr %hi37, align 4
  %hi38 = getelementptr inbounds %struct.Pair, ptr %s, i32 0, i32 1
  %22 = load i32, ptr %hi38, align 4
  %xor = xor i32 %21, %22
  %hi39 = getelementptr inbounds %struct.Pair, ptr %acc, i32 0, i32 1
  store i32 %xor, ptr %hi39, align 4
  br label %for.inc40

for.inc40:                                        ; preds = %for.body31
  %23 = load i32, ptr %i28, align 4
  %inc41 = add nsw i32 %23, 1
  store i32 %inc41, ptr %i28, align 4
  br label %for.cond29, !llvm.loop !7

for.end42:                                        ; preds = %for.cond29
  %lo43 = getelementptr inbounds %struct.Pair, ptr %acc, i32 0, i32 0
  %24 = load i32, ptr %lo43, align 4
  call void @sb3_out_int(i32 noundef %24) #4
  %hi44 = getelementptr inbounds %struct.Pair, ptr %acc, i32 0, i32 1
  %25 = load i32, ptr %hi44, align 4
  call void @sb3_out_int(i32 noundef %25) #4
  %arrayidx45 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %arrayidx45, ptr align 8 getelementptr inbounds ([2 x %struct.Packed], ptr @pk, i32 0, i32 1), i32 8, i1 false)
  %arrayidx46 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %arrayidx46, ptr align 16 @pk, i32 8, i1 false)
  %arrayidx47 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 0
  call void @llvm.memcpy.p0.p0.i32(ptr align 2 %t, ptr align 16 %arrayidx47, i32 8, i1 false)
  %arrayidx48 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 0
  %arrayidx49 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %arrayidx48, ptr align 8 %arrayidx49, i32 8, i1 false)
  %arrayidx50 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 1
  call void @llvm.memcpy.p0.p0.i32(ptr align 8 %arrayidx50, ptr align 2 %t, i32 8, i1 false)
  store i32 0, ptr %i51, align 4
  br label %for.cond52

for.cond52:                                       ; preds = %for.inc66, %for.end42
  %26 = load i32, ptr %i51, align 4
  %cmp53 = icmp slt i32 %26, 2
  br i1 %cmp53, label %for.body54, label %for.end68

for.body54:                                       ; preds = %for.cond52
  %27 = load i32, ptr %i51, align 4
  %arrayidx55 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 %27
  %a = getelementptr inbounds %struct.Packed, ptr %arrayidx55, i32 0, i32 0
  %28 = load i16, ptr %a, align 8
  %conv = zext i16 %28 to i32
  call void @sb3_out_int(i32 noundef %conv) #4
  %29 = load i32, ptr %i51, align 4
  %arrayidx56 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 %29
  %b = getelementptr inbounds %struct.Packed, ptr %arrayidx56, i32 0, i32 1
  %30 = load i16, ptr %b, align 2
  %conv57 = zext i16 %30 to i32
  call void @sb3_out_int(i32 noundef %conv57) #4
  %31 = load i32, ptr %i51, align 4
  %arrayidx58 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 %31
  %c = getelementptr inbounds %struct.Packed, ptr %arrayidx58, i32 0, i32 2
  %32 = load i8, ptr %c, align 4
  %conv59 = sext i8 %32 to i32
  call void @sb3_out_int(i32 noundef %conv59) #4
  %33 = load i32, ptr %i51, align 4
  %arrayidx60 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 %33
  %d = getelementptr inbounds %struct.Packed, ptr %arrayidx60, i32 0, i32 3
  %34 = load i8, ptr %d, align 1
  %conv61 = sext i8 %34 to i32
  call void @sb3_out_int(i32 noundef %conv61) #4
  %35 = load i32, ptr %i51, align 4
  %arrayidx62 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 %35
  %e = getelementptr inbounds %struct.Packed, ptr %arrayidx62, i32 0, i32 4
  %36 = load i8, ptr %e, align 2
  %conv63 = sext i8 %36 to i32
  call void @sb3_out_int(i32 noundef %conv63) #4
  %37 = load i32, ptr %i51, align 4
  %arrayidx64 = getelementptr inbounds [2 x %struct.Packed], ptr %q, i32 0, i32 %37
  %f = getelementptr inbounds %struct.Packed, ptr %arrayidx64, i32 0, i32 5
  %38 = load i8, ptr %f, align 1
  %conv65 = sext i8 %38 to i32
  call void @sb3_out_int(i32 noundef %conv65) #4
  br label %for.inc66

for.inc66:                                        ; preds = %for.body54
  %39 = load i32, ptr %i51, align 4
  %inc67 = add nsw i32 %39, 1
  store i32 %inc67, ptr %i51, align 4
  br label %for.cond52, !llvm.loop !8

for.end68:                                        ; preds = %for.cond52
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #1

declare void @sb3_out_int(i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #3

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!6 = distinct !{!6, !3}
!7 = distinct !{!7, !3}
!8 = distinct !{!8, !3}
