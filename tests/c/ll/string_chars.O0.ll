; ModuleID = 'tests/c/string_chars.c'
source_filename = "tests/c/string_chars.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@text = hidden global [55 x i8] c"Tab\09here \22quoted\22 back\\slash\0ANew line; 0123456789 aAzZ\00", align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %c = alloca i32, align 4
  %i = alloca i32, align 4
  %i7 = alloca i32, align 4
  %i16 = alloca i32, align 4
  %diff = alloca i32, align 4
  %i26 = alloca i32, align 4
  store i32 32, ptr %c, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %c, align 4
  %cmp = icmp slt i32 %0, 127
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %c, align 4
  call void @sb3_out_char(i32 noundef %1) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %2 = load i32, ptr %c, align 4
  %inc = add nsw i32 %2, 1
  store i32 %inc, ptr %c, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc4, %for.end
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [55 x i8], ptr @text, i32 0, i32 %3
  %4 = load i8, ptr %arrayidx, align 1
  %tobool = icmp ne i8 %4, 0
  br i1 %tobool, label %for.body2, label %for.end6

for.body2:                                        ; preds = %for.cond1
  %5 = load i32, ptr %i, align 4
  %arrayidx3 = getelementptr inbounds [55 x i8], ptr @text, i32 0, i32 %5
  %6 = load i8, ptr %arrayidx3, align 1
  %conv = sext i8 %6 to i32
  call void @sb3_out_char(i32 noundef %conv) #2
  br label %for.inc4

for.inc4:                                         ; preds = %for.body2
  %7 = load i32, ptr %i, align 4
  %inc5 = add nsw i32 %7, 1
  store i32 %inc5, ptr %i, align 4
  br label %for.cond1, !llvm.loop !4

for.end6:                                         ; preds = %for.cond1
  call void @sb3_out_char(i32 noundef 10) #2
  call void @sb3_out_char(i32 noundef 32) #2
  call void @sb3_out_char(i32 noundef 233) #2
  call void @sb3_out_char(i32 noundef 255) #2
  call void @sb3_out_char(i32 noundef 160) #2
  store i32 0, ptr %i7, align 4
  br label %for.cond8

for.cond8:                                        ; preds = %for.inc13, %for.end6
  %8 = load i32, ptr %i7, align 4
  %cmp9 = icmp slt i32 %8, 26
  br i1 %cmp9, label %for.body11, label %for.end15

for.body11:                                       ; preds = %for.cond8
  %9 = load i32, ptr %i7, align 4
  %add = add nsw i32 97, %9
  call void @sb3_out_char(i32 noundef %add) #2
  %10 = load i32, ptr %i7, align 4
  call void @sb3_out_int(i32 noundef %10) #2
  %11 = load i32, ptr %i7, align 4
  %add12 = add nsw i32 65, %11
  call void @sb3_out_char(i32 noundef %add12) #2
  br label %for.inc13

for.inc13:                                        ; preds = %for.body11
  %12 = load i32, ptr %i7, align 4
  %add14 = add nsw i32 %12, 5
  store i32 %add14, ptr %i7, align 4
  br label %for.cond8, !llvm.loop !5

for.end15:                                        ; preds = %for.cond8
  store i32 0, ptr %i16, align 4
  br label %for.cond17

for.cond17:                                       ; preds = %for.inc23, %for.end15
  %13 = load i32, ptr %i16, align 4
  %cmp18 = icmp slt i32 %13, 5
  br i1 %cmp18, label %for.body20, label %for.end25

for.body20:                                       ; preds = %for.cond17
  %14 = load i32, ptr %i16, align 4
  %arrayidx21 = getelementptr inbounds [55 x i8], ptr @text, i32 0, i32 %14
  %15 = load i8, ptr %arrayidx21, align 1
  %conv22 = sext i8 %15 to i32
  call void @sb3_out_int(i32 noundef %conv22) #2
  br label %for.inc23

for.inc23:                                        ; preds = %for.body20
  %16 = load i32, ptr %i16, align 4
  %inc24 = add nsw i32 %16, 1
  store i32 %inc24, ptr %i16, align 4
  br label %for.cond17, !llvm.loop !6

for.end25:                                        ; preds = %for.cond17
  store i32 0, ptr %diff, align 4
  store i32 0, ptr %i26, align 4
  br label %for.cond27

for.cond27:                                       ; preds = %for.inc36, %for.end25
  %17 = load i32, ptr %i26, align 4
  %cmp28 = icmp slt i32 %17, 26
  br i1 %cmp28, label %for.body30, label %for.end38

for.body30:                                       ; preds = %for.cond27
  %18 = load i32, ptr %i26, align 4
  %add31 = add nsw i32 97, %18
  %19 = load i32, ptr %i26, align 4
  %add32 = add nsw i32 65, %19
  %cmp33 = icmp ne i32 %add31, %add32
  %conv34 = zext i1 %cmp33 to i32
  %20 = load i32, ptr %diff, align 4
  %add35 = add nsw i32 %20, %conv34
  store i32 %add35, ptr %diff, align 4
  br label %for.inc36

for.inc36:                                        ; preds = %for.body30
  %21 = load i32, ptr %i26, align 4
  %inc37 = add nsw i32 %21, 1
  store i32 %inc37, ptr %i26, align 4
  br label %for.cond27, !llvm.loop !7

for.end38:                                        ; preds = %for.cond27
  %22 = load i32, ptr %diff, align 4
  call void @sb3_out_int(i32 noundef %22) #2
  ret i32 0
}

declare void @sb3_out_char(i32 noundef) #1

declare void @sb3_out_int(i32 noundef) #1

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
