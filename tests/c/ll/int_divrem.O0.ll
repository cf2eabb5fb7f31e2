; ModuleID = 'tests/c/int_divrem.c'
source_filename = "tests/c/int_divrem.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@num = hidden global [13 x i32] [i32 0, i32 1, i32 -1, i32 7, i32 -7, i32 13, i32 -13, i32 100, i32 -100, i32 2147483647, i32 -2147483648, i32 1000000, i32 -999999], align 16
@den = hidden global [13 x i32] [i32 1, i32 -1, i32 2, i32 -2, i32 3, i32 -3, i32 4, i32 7, i32 -7, i32 16, i32 1000, i32 -2147483648, i32 2147483647], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @sdiv(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %div = sdiv i32 %0, %1
  ret i32 %div
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @srem(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %rem = srem i32 %0, %1
  ret i32 %rem
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @udiv(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %div = udiv i32 %0, %1
  ret i32 %div
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @urem(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %rem = urem i32 %0, %1
  ret i32 %rem
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %i13 = alloca i32, align 4
  %a17 = alloca i32, align 4
  %u = alloca i32, align 4
  %c = alloca i8, align 1
  %s = alloca i16, align 2
  %k = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc10, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 13
  br i1 %cmp, label %for.body, label %for.end12

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 13
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [13 x i32], ptr @num, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  store i32 %3, ptr %a, align 4
  %4 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [13 x i32], ptr @den, i32 0, i32 %4
  %5 = load i32, ptr %arrayidx4, align 4
  store i32 %5, ptr %b, align 4
  %6 = load i32, ptr %a, align 4
  %cmp5 = icmp eq i32 %6, -2147483648
  br i1 %cmp5, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body3
  %7 = load i32, ptr %b, align 4
  %cmp6 = icmp eq i32 %7, -1
  br i1 %cmp6, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  br label %for.inc

if.end:                                           ; preds = %land.lhs.true, %for.body3
  %8 = load i32, ptr %a, align 4
  %9 = load i32, ptr %b, align 4
  %call = call i32 @sdiv(i32 noundef %8, i32 noundef %9) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %10 = load i32, ptr %a, align 4
  %11 = load i32, ptr %b, align 4
  %call7 = call i32 @srem(i32 noundef %10, i32 noundef %11) #2
  call void @sb3_out_int(i32 noundef %call7) #2
  %12 = load i32, ptr %a, align 4
  %13 = load i32, ptr %b, align 4
  %call8 = call i32 @udiv(i32 noundef %12, i32 noundef %13) #2
  call void @sb3_out_int(i32 noundef %call8) #2
  %14 = load i32, ptr %a, align 4
  %15 = load i32, ptr %b, align 4
  %call9 = call i32 @urem(i32 noundef %14, i32 noundef %15) #2
  call void @sb3_out_int(i32 noundef %call9) #2
  br label %for.inc

for.inc:                                          ; preds = %if.end, %if.then
  %16 = load i32, ptr %j, align 4
  %inc = add nsw i32 %16, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc10

for.inc10:                                        ; preds = %for.end
  %17 = load i32, ptr %i, align 4
  %inc11 = add nsw i32 %17, 1
  store i32 %inc11, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end12:                                        ; preds = %for.cond
  store i32 0, ptr %i13, align 4
  br label %for.cond14

for.cond14:                                       ; preds = %for.inc28, %for.end12
  %18 = load i32, ptr %i13, align 4
  %cmp15 = icmp slt i32 %18, 13
  br i1 %cmp15, label %for.body16, label %for.end30

for.body16:                                       ; preds = %for.cond14
  %19 = load i32, ptr %i13, align 4
  %arrayidx18 = getelementptr inbounds [13 x i32], ptr @num, i32 0, i32 %19
  %20 = load i32, ptr %arrayidx18, align 4
  store i32 %20, ptr %a17, align 4
  %21 = load i32, ptr %a17, align 4
  store i32 %21, ptr %u, align 4
  %22 = load i32, ptr %a17, align 4
  %div = sdiv i32 %22, 2
  call void @sb3_out_int(i32 noundef %div) #2
  %23 = load i32, ptr %a17, align 4
  %rem = srem i32 %23, 2
  call void @sb3_out_int(i32 noundef %rem) #2
  %24 = load i32, ptr %a17, align 4
  %div19 = sdiv i32 %24, 8
  call void @sb3_out_int(i32 noundef %div19) #2
  %25 = load i32, ptr %a17, align 4
  %rem20 = srem i32 %25, 8
  call void @sb3_out_int(i32 noundef %rem20) #2
  %26 = load i32, ptr %a17, align 4
  %div21 = sdiv i32 %26, 10
  call void @sb3_out_int(i32 noundef %div21) #2
  %27 = load i32, ptr %a17, align 4
  %rem22 = srem i32 %27, 10
  call void @sb3_out_int(i32 noundef %rem22) #2
  %28 = load i32, ptr %a17, align 4
  %div23 = sdiv i32 %28, -3
  call void @sb3_out_int(i32 noundef %div23) #2
  %29 = load i32, ptr %u, align 4
  %div24 = udiv i32 %29, 2
  call void @sb3_out_int(i32 noundef %div24) #2
  %30 = load i32, ptr %u, align 4
  %rem25 = urem i32 %30, 16
  call void @sb3_out_int(i32 noundef %rem25) #2
  %31 = load i32, ptr %u, align 4
  %div26 = udiv i32 %31, 10
  call void @sb3_out_int(i32 noundef %div26) #2
  %32 = load i32, ptr %u, align 4
  %rem27 = urem i32 %32, 1000
  call void @sb3_out_int(i32 noundef %rem27) #2
  br label %for.inc28

for.inc28:                                        ; preds = %for.body16
  %33 = load i32, ptr %i13, align 4
  %inc29 = add nsw i32 %33, 1
  store i32 %inc29, ptr %i13, align 4
  br label %for.cond14, !llvm.loop !5

for.end30:                                        ; preds = %for.cond14
  store i8 -100, ptr %c, align 1
  store i16 -30000, ptr %s, align 2
  store i32 1, ptr %k, align 4
  br label %for.cond31

for.cond31:                                       ; preds = %for.inc48, %for.end30
  %34 = load i32, ptr %k, align 4
  %cmp32 = icmp slt i32 %34, 6
  br i1 %cmp32, label %for.body33, label %for.end50

for.body33:                                       ; preds = %for.cond31
  %35 = load i8, ptr %c, align 1
  %conv = sext i8 %35 to i32
  %36 = load i32, ptr %k, align 4
  %div34 = sdiv i32 %conv, %36
  %conv35 = trunc i32 %div34 to i8
  %conv36 = sext i8 %conv35 to i32
  call void @sb3_out_int(i32 noundef %conv36) #2
  %37 = load i8, ptr %c, align 1
  %conv37 = sext i8 %37 to i32
  %38 = load i32, ptr %k, align 4
  %rem38 = srem i32 %conv37, %38
  %conv39 = trunc i32 %rem38 to i8
  %conv40 = sext i8 %conv39 to i32
  call void @sb3_out_int(i32 noundef %conv40) #2
  %39 = load i16, ptr %s, align 2
  %conv41 = sext i16 %39 to i32
  %40 = load i32, ptr %k, align 4
  %mul = mul nsw i32 %40, 7
  %div42 = sdiv i32 %conv41, %mul
  %conv43 = trunc i32 %div42 to i16
  %conv44 = sext i16 %conv43 to i32
  call void @sb3_out_int(i32 noundef %conv44) #2
  %41 = load i16, ptr %s, align 2
  %conv45 = zext i16 %41 to i32
  %42 = load i32, ptr %k, align 4
  %mul46 = mul nsw i32 %42, 7
  %rem47 = srem i32 %conv45, %mul46
  call void @sb3_out_int(i32 noundef %rem47) #2
  br label %for.inc48

for.inc48:                                        ; preds = %for.body33
  %43 = load i32, ptr %k, align 4
  %inc49 = add nsw i32 %43, 1
  store i32 %inc49, ptr %k, align 4
  br label %for.cond31, !llvm.loop !6

for.end50:                                        ; preds = %for.cond31
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
