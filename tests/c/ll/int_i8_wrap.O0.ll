; ModuleID = 'tests/c/int_i8_wrap.c'
source_filename = "tests/c/int_i8_wrap.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@s8 = hidden global [8 x i8] c"\00\01\FF\7F\80d\9C7", align 1
@u8 = hidden global [8 x i8] c"\00\01\FF\80\7F\C8\11c", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden signext i8 @add8(i8 noundef signext %a, i8 noundef signext %b) #0 {
entry:
  %a.addr = alloca i8, align 1
  %b.addr = alloca i8, align 1
  store i8 %a, ptr %a.addr, align 1
  store i8 %b, ptr %b.addr, align 1
  %0 = load i8, ptr %a.addr, align 1
  %conv = sext i8 %0 to i32
  %1 = load i8, ptr %b.addr, align 1
  %conv1 = sext i8 %1 to i32
  %add = add nsw i32 %conv, %conv1
  %conv2 = trunc i32 %add to i8
  ret i8 %conv2
}

; Function Attrs: noinline nounwind optnone
define hidden zeroext i8 @mul8(i8 noundef zeroext %a, i8 noundef zeroext %b) #0 {
entry:
  %a.addr = alloca i8, align 1
  %b.addr = alloca i8, align 1
  store i8 %a, ptr %a.addr, align 1
  store i8 %b, ptr %b.addr, align 1
  %0 = load i8, ptr %a.addr, align 1
  %conv = zext i8 %0 to i32
  %1 = load i8, ptr %b.addr, align 1
  %conv1 = zext i8 %1 to i32
  %mul = mul nsw i32 %conv, %conv1
  %conv2 = trunc i32 %mul to i8
  ret i8 %conv2
}

; Function Attrs: noinline nounwind optnone
define hidden signext i8 @neg8(i8 noundef signext %a) #0 {
entry:
  %a.addr = alloca i8, align 1
  store i8 %a, ptr %a.addr, align 1
  %0 = load i8, ptr %a.addr, align 1
  %conv = sext i8 %0 to i32
  %sub = sub nsw i32 0, %conv
  %conv1 = trunc i32 %sub to i8
  ret i8 %conv1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %c = alloca i8, align 1
  %k = alloca i32, align 4
  %d = alloca i8, align 1
  %k30 = alloca i32, align 4
  %i41 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc18, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end20

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 8
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [8 x i8], ptr @s8, i32 0, i32 %2
  %3 = load i8, ptr %arrayidx, align 1
  %4 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [8 x i8], ptr @s8, i32 0, i32 %4
  %5 = load i8, ptr %arrayidx4, align 1
  %call = call signext i8 @add8(i8 noundef signext %3, i8 noundef signext %5) #2
  %conv = sext i8 %call to i32
  call void @sb3_out_int(i32 noundef %conv) #2
  %6 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [8 x i8], ptr @u8, i32 0, i32 %6
  %7 = load i8, ptr %arrayidx5, align 1
  %8 = load i32, ptr %j, align 4
  %arrayidx6 = getelementptr inbounds [8 x i8], ptr @u8, i32 0, i32 %8
  %9 = load i8, ptr %arrayidx6, align 1
  %call7 = call zeroext i8 @mul8(i8 noundef zeroext %7, i8 noundef zeroext %9) #2
  %conv8 = zext i8 %call7 to i32
  call void @sb3_out_int(i32 noundef %conv8) #2
  %10 = load i32, ptr %i, align 4
  %arrayidx9 = getelementptr inbounds [8 x i8], ptr @u8, i32 0, i32 %10
  %11 = load i8, ptr %arrayidx9, align 1
  %conv10 = zext i8 %11 to i32
  %12 = load i32, ptr %j, align 4
  %arrayidx11 = getelementptr inbounds [8 x i8], ptr @u8, i32 0, i32 %12
  %13 = load i8, ptr %arrayidx11, align 1
  %conv12 = zext i8 %13 to i32
  %sub = sub nsw i32 %conv10, %conv12
  %conv13 = trunc i32 %sub to i8
  %conv14 = zext i8 %conv13 to i32
  call void @sb3_out_int(i32 noundef %conv14) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %14 = load i32, ptr %j, align 4
  %inc = add nsw i32 %14, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  %15 = load i32, ptr %i, align 4
  %arrayidx15 = getelementptr inbounds [8 x i8], ptr @s8, i32 0, i32 %15
  %16 = load i8, ptr %arrayidx15, align 1
  %call16 = call signext i8 @neg8(i8 noundef signext %16) #2
  %conv17 = sext i8 %call16 to i32
  call void @sb3_out_int(i32 noundef %conv17) #2
  br label %for.inc18

for.inc18:                                        ; preds = %for.end
  %17 = load i32, ptr %i, align 4
  %inc19 = add nsw i32 %17, 1
  store i32 %inc19, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end20:                                        ; preds = %for.cond
  store i8 -6, ptr %c, align 1
  store i32 0, ptr %k, align 4
  br label %for.cond21

for.cond21:                                       ; preds = %for.inc27, %for.end20
  %18 = load i32, ptr %k, align 4
  %cmp22 = icmp slt i32 %18, 10
  br i1 %cmp22, label %for.body24, label %for.end29

for.body24:                                       ; preds = %for.cond21
  %19 = load i8, ptr %c, align 1
  %inc25 = add i8 %19, 1
  store i8 %inc25, ptr %c, align 1
  %20 = load i8, ptr %c, align 1
  %conv26 = zext i8 %20 to i32
  call void @sb3_out_int(i32 noundef %conv26) #2
  br label %for.inc27

for.inc27:                                        ; preds = %for.body24
  %21 = load i32, ptr %k, align 4
  %inc28 = add nsw i32 %21, 1
  store i32 %inc28, ptr %k, align 4
  br label %for.cond21, !llvm.loop !5

for.end29:                                        ; preds = %for.cond21
  store i8 0, ptr %d, align 1
  store i32 0, ptr %k30, align 4
  br label %for.cond31

for.cond31:                                       ; preds = %for.inc38, %for.end29
  %22 = load i32, ptr %k30, align 4
  %cmp32 = icmp slt i32 %22, 8
  br i1 %cmp32, label %for.body34, label %for.end40

for.body34:                                       ; preds = %for.cond31
  %23 = load i8, ptr %d, align 1
  %conv35 = sext i8 %23 to i32
  %add = add nsw i32 %conv35, 50
  %conv36 = trunc i32 %add to i8
  store i8 %conv36, ptr %d, align 1
  %24 = load i8, ptr %d, align 1
  %conv37 = sext i8 %24 to i32
  call void @sb3_out_int(i32 noundef %conv37) #2
  br label %for.inc38

for.inc38:                                        ; preds = %for.body34
  %25 = load i32, ptr %k30, align 4
  %inc39 = add nsw i32 %25, 1
  store i32 %inc39, ptr %k30, align 4
  br label %for.cond31, !llvm.loop !6

for.end40:                                        ; preds = %for.cond31
  store i32 0, ptr %i41, align 4
  br label %for.cond42

for.cond42:                                       ; preds = %for.inc50, %for.end40
  %26 = load i32, ptr %i41, align 4
  %cmp43 = icmp slt i32 %26, 8
  br i1 %cmp43, label %for.body45, label %for.end52

for.body45:                                       ; preds = %for.cond42
  %27 = load i32, ptr %i41, align 4
  %arrayidx46 = getelementptr inbounds [8 x i8], ptr @u8, i32 0, i32 %27
  %28 = load i8, ptr %arrayidx46, align 1
  %conv47 = sext i8 %28 to i32
  call void @sb3_out_int(i32 noundef %conv47) #2
  %29 = load i32, ptr %i41, align 4
  %arrayidx48 = getelementptr inbounds [8 x i8], ptr @s8, i32 0, i32 %29
  %30 = load i8, ptr %arrayidx48, align 1
  %conv49 = zext i8 %30 to i32
  call void @sb3_out_int(i32 noundef %conv49) #2
  br label %for.inc50

for.inc50:                                        ; preds = %for.body45
  %31 = load i32, ptr %i41, align 4
  %inc51 = add nsw i32 %31, 1
  store i32 %inc51, ptr %i41, align 4
  br label %for.cond42, !llvm.loop !7

for.end52:                                        ; preds = %for.cond42
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
