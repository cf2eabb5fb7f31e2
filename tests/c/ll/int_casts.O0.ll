; ModuleID = 'tests/c/int_casts.c'
source_filename = "tests/c/int_casts.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@vals = hidden global [20 x i32] [i32 0, i32 1, i32 -1, i32 127, i32 128, i32 255, i32 256, i32 -128, i32 -129, i32 32767, i32 32768, i32 65535, i32 65536, i32 -32768, i32 -32769, i32 2147483647, i32 -2147483648, i32 305419896, i32 -305419896, i32 16711935], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @sext8(i32 noundef %v) #0 {
entry:
  %v.addr = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  %0 = load i32, ptr %v.addr, align 4
  %conv = trunc i32 %0 to i8
  %conv1 = sext i8 %conv to i32
  ret i32 %conv1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @zext8(i32 noundef %v) #0 {
entry:
  %v.addr = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  %0 = load i32, ptr %v.addr, align 4
  %conv = trunc i32 %0 to i8
  %conv1 = zext i8 %conv to i32
  ret i32 %conv1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @sext16(i32 noundef %v) #0 {
entry:
  %v.addr = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  %0 = load i32, ptr %v.addr, align 4
  %conv = trunc i32 %0 to i16
  %conv1 = sext i16 %conv to i32
  ret i32 %conv1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @zext16(i32 noundef %v) #0 {
entry:
  %v.addr = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  %0 = load i32, ptr %v.addr, align 4
  %conv = trunc i32 %0 to i16
  %conv1 = zext i16 %conv to i32
  ret i32 %conv1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %v = alloca i32, align 4
  %i13 = alloca i32, align 4
  %i23 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 20
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [20 x i32], ptr @vals, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  store i32 %2, ptr %v, align 4
  %3 = load i32, ptr %v, align 4
  %call = call i32 @sext8(i32 noundef %3) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %4 = load i32, ptr %v, align 4
  %call1 = call i32 @zext8(i32 noundef %4) #2
  call void @sb3_out_int(i32 noundef %call1) #2
  %5 = load i32, ptr %v, align 4
  %call2 = call i32 @sext16(i32 noundef %5) #2
  call void @sb3_out_int(i32 noundef %call2) #2
  %6 = load i32, ptr %v, align 4
  %call3 = call i32 @zext16(i32 noundef %6) #2
  call void @sb3_out_int(i32 noundef %call3) #2
  %7 = load i32, ptr %v, align 4
  %conv = sext i32 %7 to i64
  %conv4 = sitofp i64 %conv to double
  call void @sb3_out_double(double noundef %conv4) #2
  %8 = load i32, ptr %v, align 4
  %conv5 = zext i32 %8 to i64
  %conv6 = uitofp i64 %conv5 to double
  call void @sb3_out_double(double noundef %conv6) #2
  %9 = load i32, ptr %v, align 4
  %conv7 = trunc i32 %9 to i8
  %conv8 = sext i8 %conv7 to i16
  %conv9 = sext i16 %conv8 to i32
  call void @sb3_out_int(i32 noundef %conv9) #2
  %10 = load i32, ptr %v, align 4
  %conv10 = trunc i32 %10 to i8
  %conv11 = zext i8 %conv10 to i16
  %conv12 = sext i16 %conv11 to i32
  call void @sb3_out_int(i32 noundef %conv12) #2
  %11 = load i32, ptr %v, align 4
  call void @sb3_out_int(i32 noundef %11) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %12 = load i32, ptr %i, align 4
  %inc = add nsw i32 %12, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i13, align 4
  br label %for.cond14

for.cond14:                                       ; preds = %for.inc20, %for.end
  %13 = load i32, ptr %i13, align 4
  %cmp15 = icmp slt i32 %13, 20
  br i1 %cmp15, label %for.body17, label %for.end22

for.body17:                                       ; preds = %for.cond14
  %14 = load i32, ptr %i13, align 4
  %arrayidx18 = getelementptr inbounds [20 x i32], ptr @vals, i32 0, i32 %14
  %15 = load i32, ptr %arrayidx18, align 4
  %tobool = icmp ne i32 %15, 0
  %conv19 = zext i1 %tobool to i32
  call void @sb3_out_int(i32 noundef %conv19) #2
  br label %for.inc20

for.inc20:                                        ; preds = %for.body17
  %16 = load i32, ptr %i13, align 4
  %inc21 = add nsw i32 %16, 1
  store i32 %inc21, ptr %i13, align 4
  br label %for.cond14, !llvm.loop !4

for.end22:                                        ; preds = %for.cond14
  store i32 0, ptr %i23, align 4
  br label %for.cond24

for.cond24:                                       ; preds = %for.inc33, %for.end22
  %17 = load i32, ptr %i23, align 4
  %cmp25 = icmp slt i32 %17, 20
  br i1 %cmp25, label %for.body27, label %for.end35

for.body27:                                       ; preds = %for.cond24
  %18 = load i32, ptr %i23, align 4
  %arrayidx28 = getelementptr inbounds [20 x i32], ptr @vals, i32 0, i32 %18
  %19 = load i32, ptr %arrayidx28, align 4
  %tobool29 = icmp ne i32 %19, 0
  %lnot = xor i1 %tobool29, true
  %lnot.ext = zext i1 %lnot to i32
  %20 = load i32, ptr %i23, align 4
  %arrayidx30 = getelementptr inbounds [20 x i32], ptr @vals, i32 0, i32 %20
  %21 = load i32, ptr %arrayidx30, align 4
  %cmp31 = icmp ne i32 %21, 0
  %conv32 = zext i1 %cmp31 to i32
  %mul = mul nsw i32 %conv32, 2
  %add = add nsw i32 %lnot.ext, %mul
  call void @sb3_out_int(i32 noundef %add) #2
  br label %for.inc33

for.inc33:                                        ; preds = %for.body27
  %22 = load i32, ptr %i23, align 4
  %inc34 = add nsw i32 %22, 1
  store i32 %inc34, ptr %i23, align 4
  br label %for.cond24, !llvm.loop !5

for.end35:                                        ; preds = %for.cond24
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

declare void @sb3_out_double(double noundef) #1

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
