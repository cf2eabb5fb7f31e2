; ModuleID = 'tests/c/int_i16_wrap.c'
source_filename = "tests/c/int_i16_wrap.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@s16 = hidden global [8 x i16] [i16 0, i16 1, i16 -1, i16 32767, i16 -32768, i16 12345, i16 -20000, i16 300], align 16
@u16 = hidden global [8 x i16] [i16 0, i16 1, i16 -1, i16 -32768, i16 32767, i16 -15536, i16 4660, i16 999], align 16
@acc = hidden global [8 x i16] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden signext i16 @add16(i16 noundef signext %a, i16 noundef signext %b) #0 {
entry:
  %a.addr = alloca i16, align 2
  %b.addr = alloca i16, align 2
  store i16 %a, ptr %a.addr, align 2
  store i16 %b, ptr %b.addr, align 2
  %0 = load i16, ptr %a.addr, align 2
  %conv = sext i16 %0 to i32
  %1 = load i16, ptr %b.addr, align 2
  %conv1 = sext i16 %1 to i32
  %add = add nsw i32 %conv, %conv1
  %conv2 = trunc i32 %add to i16
  ret i16 %conv2
}

; Function Attrs: noinline nounwind optnone
define hidden zeroext i16 @mul16(i16 noundef zeroext %a, i16 noundef zeroext %b) #0 {
entry:
  %a.addr = alloca i16, align 2
  %b.addr = alloca i16, align 2
  store i16 %a, ptr %a.addr, align 2
  store i16 %b, ptr %b.addr, align 2
  %0 = load i16, ptr %a.addr, align 2
  %conv = zext i16 %0 to i32
  %1 = load i16, ptr %b.addr, align 2
  %conv1 = zext i16 %1 to i32
  %mul = mul nsw i32 %conv, %conv1
  %conv2 = trunc i32 %mul to i16
  ret i16 %conv2
}

; Function Attrs: noinline nounwind optnone
define hidden signext i16 @mul16s(i16 noundef signext %a, i16 noundef signext %b) #0 {
entry:
  %a.addr = alloca i16, align 2
  %b.addr = alloca i16, align 2
  store i16 %a, ptr %a.addr, align 2
  store i16 %b, ptr %b.addr, align 2
  %0 = load i16, ptr %a.addr, align 2
  %conv = sext i16 %0 to i32
  %1 = load i16, ptr %b.addr, align 2
  %conv1 = sext i16 %1 to i32
  %mul = mul nsw i32 %conv, %conv1
  %conv2 = trunc i32 %mul to i16
  ret i16 %conv2
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %r = alloca i32, align 4
  %i26 = alloca i32, align 4
  %i44 = alloca i32, align 4
  %i54 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc19, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end21

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 8
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %2
  %3 = load i16, ptr %arrayidx, align 2
  %4 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %4
  %5 = load i16, ptr %arrayidx4, align 2
  %call = call signext i16 @add16(i16 noundef signext %3, i16 noundef signext %5) #2
  %conv = sext i16 %call to i32
  call void @sb3_out_int(i32 noundef %conv) #2
  %6 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [8 x i16], ptr @u16, i32 0, i32 %6
  %7 = load i16, ptr %arrayidx5, align 2
  %8 = load i32, ptr %j, align 4
  %arrayidx6 = getelementptr inbounds [8 x i16], ptr @u16, i32 0, i32 %8
  %9 = load i16, ptr %arrayidx6, align 2
  %call7 = call zeroext i16 @mul16(i16 noundef zeroext %7, i16 noundef zeroext %9) #2
  %conv8 = zext i16 %call7 to i32
  call void @sb3_out_int(i32 noundef %conv8) #2
  %10 = load i32, ptr %i, align 4
  %arrayidx9 = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %10
  %11 = load i16, ptr %arrayidx9, align 2
  %12 = load i32, ptr %j, align 4
  %arrayidx10 = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %12
  %13 = load i16, ptr %arrayidx10, align 2
  %call11 = call signext i16 @mul16s(i16 noundef signext %11, i16 noundef signext %13) #2
  %conv12 = sext i16 %call11 to i32
  call void @sb3_out_int(i32 noundef %conv12) #2
  %14 = load i32, ptr %i, align 4
  %arrayidx13 = getelementptr inbounds [8 x i16], ptr @u16, i32 0, i32 %14
  %15 = load i16, ptr %arrayidx13, align 2
  %conv14 = zext i16 %15 to i32
  %16 = load i32, ptr %j, align 4
  %arrayidx15 = getelementptr inbounds [8 x i16], ptr @u16, i32 0, i32 %16
  %17 = load i16, ptr %arrayidx15, align 2
  %conv16 = zext i16 %17 to i32
  %sub = sub nsw i32 %conv14, %conv16
  %conv17 = trunc i32 %sub to i16
  %conv18 = zext i16 %conv17 to i32
  call void @sb3_out_int(i32 noundef %conv18) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %18 = load i32, ptr %j, align 4
  %inc = add nsw i32 %18, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc19

for.inc19:                                        ; preds = %for.end
  %19 = load i32, ptr %i, align 4
  %inc20 = add nsw i32 %19, 1
  store i32 %inc20, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end21:                                        ; preds = %for.cond
  store i32 0, ptr %r, align 4
  br label %for.cond22

for.cond22:                                       ; preds = %for.inc41, %for.end21
  %20 = load i32, ptr %r, align 4
  %cmp23 = icmp slt i32 %20, 5
  br i1 %cmp23, label %for.body25, label %for.end43

for.body25:                                       ; preds = %for.cond22
  store i32 0, ptr %i26, align 4
  br label %for.cond27

for.cond27:                                       ; preds = %for.inc38, %for.body25
  %21 = load i32, ptr %i26, align 4
  %cmp28 = icmp slt i32 %21, 8
  br i1 %cmp28, label %for.body30, label %for.end40

for.body30:                                       ; preds = %for.cond27
  %22 = load i32, ptr %i26, align 4
  %arrayidx31 = getelementptr inbounds [8 x i16], ptr @acc, i32 0, i32 %22
  %23 = load i16, ptr %arrayidx31, align 2
  %conv32 = sext i16 %23 to i32
  %24 = load i32, ptr %i26, align 4
  %arrayidx33 = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %24
  %25 = load i16, ptr %arrayidx33, align 2
  %conv34 = sext i16 %25 to i32
  %mul = mul nsw i32 %conv34, 7
  %add = add nsw i32 %conv32, %mul
  %26 = load i32, ptr %r, align 4
  %add35 = add nsw i32 %add, %26
  %conv36 = trunc i32 %add35 to i16
  %27 = load i32, ptr %i26, align 4
  %arrayidx37 = getelementptr inbounds [8 x i16], ptr @acc, i32 0, i32 %27
  store i16 %conv36, ptr %arrayidx37, align 2
  br label %for.inc38

for.inc38:                                        ; preds = %for.body30
  %28 = load i32, ptr %i26, align 4
  %inc39 = add nsw i32 %28, 1
  store i32 %inc39, ptr %i26, align 4
  br label %for.cond27, !llvm.loop !5

for.end40:                                        ; preds = %for.cond27
  br label %for.inc41

for.inc41:                                        ; preds = %for.end40
  %29 = load i32, ptr %r, align 4
  %inc42 = add nsw i32 %29, 1
  store i32 %inc42, ptr %r, align 4
  br label %for.cond22, !llvm.loop !6

for.end43:                                        ; preds = %for.cond22
  store i32 0, ptr %i44, align 4
  br label %for.cond45

for.cond45:                                       ; preds = %for.inc51, %for.end43
  %30 = load i32, ptr %i44, align 4
  %cmp46 = icmp slt i32 %30, 8
  br i1 %cmp46, label %for.body48, label %for.end53

for.body48:                                       ; preds = %for.cond45
  %31 = load i32, ptr %i44, align 4
  %arrayidx49 = getelementptr inbounds [8 x i16], ptr @acc, i32 0, i32 %31
  %32 = load i16, ptr %arrayidx49, align 2
  %conv50 = sext i16 %32 to i32
  call void @sb3_out_int(i32 noundef %conv50) #2
  br label %for.inc51

for.inc51:                                        ; preds = %for.body48
  %33 = load i32, ptr %i44, align 4
  %inc52 = add nsw i32 %33, 1
  store i32 %inc52, ptr %i44, align 4
  br label %for.cond45, !llvm.loop !7

for.end53:                                        ; preds = %for.cond45
  store i32 0, ptr %i54, align 4
  br label %for.cond55

for.cond55:                                       ; preds = %for.inc63, %for.end53
  %34 = load i32, ptr %i54, align 4
  %cmp56 = icmp slt i32 %34, 8
  br i1 %cmp56, label %for.body58, label %for.end65

for.body58:                                       ; preds = %for.cond55
  %35 = load i32, ptr %i54, align 4
  %arrayidx59 = getelementptr inbounds [8 x i16], ptr @u16, i32 0, i32 %35
  %36 = load i16, ptr %arrayidx59, align 2
  %conv60 = sext i16 %36 to i32
  call void @sb3_out_int(i32 noundef %conv60) #2
  %37 = load i32, ptr %i54, align 4
  %arrayidx61 = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %37
  %38 = load i16, ptr %arrayidx61, align 2
  %conv62 = zext i16 %38 to i32
  call void @sb3_out_int(i32 noundef %conv62) #2
  br label %for.inc63

for.inc63:                                        ; preds = %for.body58
  %39 = load i32, ptr %i54, align 4
  %inc64 = add nsw i32 %39, 1
  store i32 %inc64, ptr %i54, align 4
  br label %for.cond55, !llvm.loop !8

for.end65:                                        ; preds = %for.cond55
  ret i32 0
}

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
!8 = distinct !{!8, !3}
