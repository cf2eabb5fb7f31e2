; ModuleID = 'tests/c/union_bytes.c'
source_filename = "tests/c/union_bytes.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%union.Word = type { i32 }

@words = hidden global [3 x %union.Word] [%union.Word { i32 305419896 }, %union.Word { i32 -559038737 }, %union.Word { i32 -2130771841 }], align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %x = alloca %union.Word, align 4
  %k = alloca i32, align 4
  %k5 = alloca i32, align 4
  %y = alloca %union.Word, align 4
  %k19 = alloca i32, align 4
  %arr = alloca [2 x i32], align 4
  %bytes = alloca ptr, align 4
  %k37 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc34, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 3
  br i1 %cmp, label %for.body, label %for.end36

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [3 x %union.Word], ptr @words, i32 0, i32 %1
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %x, ptr align 4 %arrayidx, i32 4, i1 false)
  store i32 0, ptr %k, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %2 = load i32, ptr %k, align 4
  %cmp2 = icmp slt i32 %2, 4
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %3 = load i32, ptr %k, align 4
  %arrayidx4 = getelementptr inbounds [4 x i8], ptr %x, i32 0, i32 %3
  %4 = load i8, ptr %arrayidx4, align 1
  %conv = zext i8 %4 to i32
  call void @sb3_out_int(i32 noundef %conv) #4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %5 = load i32, ptr %k, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  store i32 0, ptr %k5, align 4
  br label %for.cond6

for.cond6:                                        ; preds = %for.inc12, %for.end
  %6 = load i32, ptr %k5, align 4
  %cmp7 = icmp slt i32 %6, 4
  br i1 %cmp7, label %for.body9, label %for.end14

for.body9:                                        ; preds = %for.cond6
  %7 = load i32, ptr %k5, align 4
  %arrayidx10 = getelementptr inbounds [4 x i8], ptr %x, i32 0, i32 %7
  %8 = load i8, ptr %arrayidx10, align 1
  %conv11 = sext i8 %8 to i32
  call void @sb3_out_int(i32 noundef %conv11) #4
  br label %for.inc12

for.inc12:                                        ; preds = %for.body9
  %9 = load i32, ptr %k5, align 4
  %inc13 = add nsw i32 %9, 1
  store i32 %inc13, ptr %k5, align 4
  br label %for.cond6, !llvm.loop !4

for.end14:                                        ; preds = %for.cond6
  %arrayidx15 = getelementptr inbounds [2 x i16], ptr %x, i32 0, i32 0
  %10 = load i16, ptr %arrayidx15, align 4
  %conv16 = zext i16 %10 to i32
  call void @sb3_out_int(i32 noundef %conv16) #4
  %arrayidx17 = getelementptr inbounds [2 x i16], ptr %x, i32 0, i32 1
  %11 = load i16, ptr %arrayidx17, align 2
  %conv18 = zext i16 %11 to i32
  call void @sb3_out_int(i32 noundef %conv18) #4
  store i32 0, ptr %k19, align 4
  br label %for.cond20

for.cond20:                                       ; preds = %for.inc26, %for.end14
  %12 = load i32, ptr %k19, align 4
  %cmp21 = icmp slt i32 %12, 4
  br i1 %cmp21, label %for.body23, label %for.end28

for.body23:                                       ; preds = %for.cond20
  %13 = load i32, ptr %k19, align 4
  %sub = sub nsw i32 3, %13
  %arrayidx24 = getelementptr inbounds [4 x i8], ptr %x, i32 0, i32 %sub
  %14 = load i8, ptr %arrayidx24, align 1
  %15 = load i32, ptr %k19, align 4
  %arrayidx25 = getelementptr inbounds [4 x i8], ptr %y, i32 0, i32 %15
  store i8 %14, ptr %arrayidx25, align 1
  br label %for.inc26

for.inc26:                                        ; preds = %for.body23
  %16 = load i32, ptr %k19, align 4
  %inc27 = add nsw i32 %16, 1
  store i32 %inc27, ptr %k19, align 4
  br label %for.cond20, !llvm.loop !5

for.end28:                                        ; preds = %for.cond20
  %17 = load i32, ptr %y, align 4
  call void @sb3_out_int(i32 noundef %17) #4
  %arrayidx29 = getelementptr inbounds [2 x i16], ptr %x, i32 0, i32 1
  %18 = load i16, ptr %arrayidx29, align 2
  %conv30 = zext i16 %18 to i32
  %add = add nsw i32 %conv30, 1
  %conv31 = trunc i32 %add to i16
  %arrayidx32 = getelementptr inbounds [2 x i16], ptr %x, i32 0, i32 1
  store i16 %conv31, ptr %arrayidx32, align 2
  %19 = load i32, ptr %x, align 4
  call void @sb3_out_int(i32 noundef %19) #4
  %arrayidx33 = getelementptr inbounds [4 x i8], ptr %x, i32 0, i32 0
  store i8 0, ptr %arrayidx33, align 4
  %20 = load i32, ptr %x, align 4
  call void @sb3_out_int(i32 noundef %20) #4
  br label %for.inc34

for.inc34:                                        ; preds = %for.end28
  %21 = load i32, ptr %i, align 4
  %inc35 = add nsw i32 %21, 1
  store i32 %inc35, ptr %i, align 4
  br label %for.cond, !llvm.loop !6

for.end36:                                        ; preds = %for.cond
  call void @llvm.memset.p0.i32(ptr align 4 %arr, i8 0, i32 8, i1 false)
  %arraydecay = getelementptr inbounds [2 x i32], ptr %arr, i32 0, i32 0
  store ptr %arraydecay, ptr %bytes, align 4
  store i32 0, ptr %k37, align 4
  br label %for.cond38

for.cond38:                                       ; preds = %for.inc45, %for.end36
  %22 = load i32, ptr %k37, align 4
  %cmp39 = icmp slt i32 %22, 8
  br i1 %cmp39, label %for.body41, label %for.end47

for.body41:                                       ; preds = %for.cond38
  %23 = load i32, ptr %k37, align 4
  %mul = mul nsw i32 %23, 33
  %add42 = add nsw i32 %mul, 1
  %conv43 = trunc i32 %add42 to i8
  %24 = load ptr, ptr %bytes, align 4
  %25 = load i32, ptr %k37, align 4
  %arrayidx44 = getelementptr inbounds i8, ptr %24, i32 %25
  store i8 %conv43, ptr %arrayidx44, align 1
  br label %for.inc45

for.inc45:                                        ; preds = %for.body41
  %26 = load i32, ptr %k37, align 4
  %inc46 = add nsw i32 %26, 1
  store i32 %inc46, ptr %k37, align 4
  br label %for.cond38, !llvm.loop !7

for.end47:                                        ; preds = %for.cond38
  %arrayidx48 = getelementptr inbounds [2 x i32], ptr %arr, i32 0, i32 0
  %27 = load i32, ptr %arrayidx48, align 4
  call void @sb3_out_int(i32 noundef %27) #4
  %arrayidx49 = getelementptr inbounds [2 x i32], ptr %arr, i32 0, i32 1
  %28 = load i32, ptr %arrayidx49, align 4
  call void @sb3_out_int(i32 noundef %28) #4
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
