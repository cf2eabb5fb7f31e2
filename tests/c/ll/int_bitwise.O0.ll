; ModuleID = 'tests/c/int_bitwise.c'
source_filename = "tests/c/int_bitwise.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden global [10 x i32] [i32 0, i32 -1, i32 -2147483648, i32 252645135, i32 -252645136, i32 305419896, i32 -559038737, i32 1, i32 2147483647, i32 -1431655766], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @f_and(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %and = and i32 %0, %1
  ret i32 %and
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @f_or(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %or = or i32 %0, %1
  ret i32 %or
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @f_xor(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %xor = xor i32 %0, %1
  ret i32 %xor
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @f_not(i32 noundef %a) #0 {
entry:
  %a.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %not = xor i32 %0, -1
  ret i32 %not
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %i14 = alloca i32, align 4
  %x = alloca i32, align 4
  %s = alloca i32, align 4
  %b = alloca i8, align 1
  %h = alloca i16, align 2
  %k = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc11, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 10
  br i1 %cmp, label %for.body, label %for.end13

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 10
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  %4 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %4
  %5 = load i32, ptr %arrayidx4, align 4
  %call = call i32 @f_and(i32 noundef %3, i32 noundef %5) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %6 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %6
  %7 = load i32, ptr %arrayidx5, align 4
  %8 = load i32, ptr %j, align 4
  %arrayidx6 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %8
  %9 = load i32, ptr %arrayidx6, align 4
  %call7 = call i32 @f_or(i32 noundef %7, i32 noundef %9) #2
  call void @sb3_out_int(i32 noundef %call7) #2
  %10 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %10
  %11 = load i32, ptr %arrayidx8, align 4
  %12 = load i32, ptr %j, align 4
  %arrayidx9 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %12
  %13 = load i32, ptr %arrayidx9, align 4
  %call10 = call i32 @f_xor(i32 noundef %11, i32 noundef %13) #2
  call void @sb3_out_int(i32 noundef %call10) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %14 = load i32, ptr %j, align 4
  %inc = add nsw i32 %14, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc11

for.inc11:                                        ; preds = %for.end
  %15 = load i32, ptr %i, align 4
  %inc12 = add nsw i32 %15, 1
  store i32 %inc12, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end13:                                        ; preds = %for.cond
  store i32 0, ptr %i14, align 4
  br label %for.cond15

for.cond15:                                       ; preds = %for.inc28, %for.end13
  %16 = load i32, ptr %i14, align 4
  %cmp16 = icmp slt i32 %16, 10
  br i1 %cmp16, label %for.body17, label %for.end30

for.body17:                                       ; preds = %for.cond15
  %17 = load i32, ptr %i14, align 4
  %arrayidx18 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %17
  %18 = load i32, ptr %arrayidx18, align 4
  store i32 %18, ptr %x, align 4
  %19 = load i32, ptr %x, align 4
  store i32 %19, ptr %s, align 4
  %20 = load i32, ptr %s, align 4
  %call19 = call i32 @f_not(i32 noundef %20) #2
  call void @sb3_out_int(i32 noundef %call19) #2
  %21 = load i32, ptr %x, align 4
  %and = and i32 %21, 255
  call void @sb3_out_int(i32 noundef %and) #2
  %22 = load i32, ptr %x, align 4
  %or = or i32 %22, 256
  call void @sb3_out_int(i32 noundef %or) #2
  %23 = load i32, ptr %x, align 4
  %xor = xor i32 %23, 1431655765
  call void @sb3_out_int(i32 noundef %xor) #2
  %24 = load i32, ptr %s, align 4
  %and20 = and i32 %24, -16
  call void @sb3_out_int(i32 noundef %and20) #2
  %25 = load i32, ptr %s, align 4
  %or21 = or i32 %25, -256
  call void @sb3_out_int(i32 noundef %or21) #2
  %26 = load i32, ptr %s, align 4
  %xor22 = xor i32 %26, -1
  call void @sb3_out_int(i32 noundef %xor22) #2
  %27 = load i32, ptr %x, align 4
  %28 = load i32, ptr %x, align 4
  %sub = sub i32 %28, 1
  %and23 = and i32 %27, %sub
  %cmp24 = icmp eq i32 %and23, 0
  %conv = zext i1 %cmp24 to i32
  call void @sb3_out_int(i32 noundef %conv) #2
  %29 = load i32, ptr %x, align 4
  %30 = load i32, ptr %x, align 4
  %sub25 = sub i32 0, %30
  %and26 = and i32 %29, %sub25
  call void @sb3_out_int(i32 noundef %and26) #2
  %31 = load i32, ptr %x, align 4
  %shr = lshr i32 %31, 7
  %and27 = and i32 %shr, 1
  call void @sb3_out_int(i32 noundef %and27) #2
  br label %for.inc28

for.inc28:                                        ; preds = %for.body17
  %32 = load i32, ptr %i14, align 4
  %inc29 = add nsw i32 %32, 1
  store i32 %inc29, ptr %i14, align 4
  br label %for.cond15, !llvm.loop !5

for.end30:                                        ; preds = %for.cond15
  store i8 90, ptr %b, align 1
  store i16 -21846, ptr %h, align 2
  store i32 0, ptr %k, align 4
  br label %for.cond31

for.cond31:                                       ; preds = %for.inc60, %for.end30
  %33 = load i32, ptr %k, align 4
  %cmp32 = icmp slt i32 %33, 8
  br i1 %cmp32, label %for.body34, label %for.end62

for.body34:                                       ; preds = %for.cond31
  %34 = load i8, ptr %b, align 1
  %conv35 = zext i8 %34 to i32
  %35 = load i32, ptr %k, align 4
  %arrayidx36 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %35
  %36 = load i32, ptr %arrayidx36, align 4
  %conv37 = trunc i32 %36 to i8
  %conv38 = zext i8 %conv37 to i32
  %xor39 = xor i32 %conv35, %conv38
  %37 = load i32, ptr %k, align 4
  %shl = shl i32 %37, 5
  %conv40 = trunc i32 %shl to i8
  %conv41 = zext i8 %conv40 to i32
  %or42 = or i32 %xor39, %conv41
  %conv43 = trunc i32 %or42 to i8
  store i8 %conv43, ptr %b, align 1
  %38 = load i16, ptr %h, align 2
  %conv44 = sext i16 %38 to i32
  %39 = load i32, ptr %k, align 4
  %add = add nsw i32 %39, 1
  %arrayidx45 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %add
  %40 = load i32, ptr %arrayidx45, align 4
  %conv46 = trunc i32 %40 to i16
  %conv47 = sext i16 %conv46 to i32
  %and48 = and i32 %conv44, %conv47
  %conv49 = trunc i32 %and48 to i16
  %conv50 = sext i16 %conv49 to i32
  %41 = load i32, ptr %k, align 4
  %mul = mul nsw i32 %41, 1111
  %conv51 = trunc i32 %mul to i16
  %conv52 = sext i16 %conv51 to i32
  %xor53 = xor i32 %conv50, %conv52
  %conv54 = trunc i32 %xor53 to i16
  store i16 %conv54, ptr %h, align 2
  %42 = load i8, ptr %b, align 1
  %conv55 = zext i8 %42 to i32
  call void @sb3_out_int(i32 noundef %conv55) #2
  %43 = load i16, ptr %h, align 2
  %conv56 = sext i16 %43 to i32
  call void @sb3_out_int(i32 noundef %conv56) #2
  %44 = load i8, ptr %b, align 1
  %conv57 = zext i8 %44 to i32
  %not = xor i32 %conv57, -1
  %conv58 = trunc i32 %not to i8
  %conv59 = zext i8 %conv58 to i32
  call void @sb3_out_int(i32 noundef %conv59) #2
  br label %for.inc60

for.inc60:                                        ; preds = %for.body34
  %45 = load i32, ptr %k, align 4
  %inc61 = add nsw i32 %45, 1
  store i32 %inc61, ptr %k, align 4
  br label %for.cond31, !llvm.loop !6

for.end62:                                        ; preds = %for.cond31
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
