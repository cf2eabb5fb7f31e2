; ModuleID = 'tests/c/int_compare.c'
source_filename = "tests/c/int_compare.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@vs = hidden global [9 x i32] [i32 0, i32 1, i32 -1, i32 2, i32 -2, i32 2147483647, i32 -2147483648, i32 1000, i32 -1000], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @cmp_s(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %cmp = icmp slt i32 %0, %1
  %conv = zext i1 %cmp to i32
  %2 = load i32, ptr %a.addr, align 4
  %3 = load i32, ptr %b.addr, align 4
  %cmp1 = icmp sle i32 %2, %3
  %conv2 = zext i1 %cmp1 to i32
  %shl = shl i32 %conv2, 1
  %or = or i32 %conv, %shl
  %4 = load i32, ptr %a.addr, align 4
  %5 = load i32, ptr %b.addr, align 4
  %cmp3 = icmp sgt i32 %4, %5
  %conv4 = zext i1 %cmp3 to i32
  %shl5 = shl i32 %conv4, 2
  %or6 = or i32 %or, %shl5
  %6 = load i32, ptr %a.addr, align 4
  %7 = load i32, ptr %b.addr, align 4
  %cmp7 = icmp sge i32 %6, %7
  %conv8 = zext i1 %cmp7 to i32
  %shl9 = shl i32 %conv8, 3
  %or10 = or i32 %or6, %shl9
  %8 = load i32, ptr %a.addr, align 4
  %9 = load i32, ptr %b.addr, align 4
  %cmp11 = icmp eq i32 %8, %9
  %conv12 = zext i1 %cmp11 to i32
  %shl13 = shl i32 %conv12, 4
  %or14 = or i32 %or10, %shl13
  %10 = load i32, ptr %a.addr, align 4
  %11 = load i32, ptr %b.addr, align 4
  %cmp15 = icmp ne i32 %10, %11
  %conv16 = zext i1 %cmp15 to i32
  %shl17 = shl i32 %conv16, 5
  %or18 = or i32 %or14, %shl17
  ret i32 %or18
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @cmp_u(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %cmp = icmp ult i32 %0, %1
  %conv = zext i1 %cmp to i32
  %2 = load i32, ptr %a.addr, align 4
  %3 = load i32, ptr %b.addr, align 4
  %cmp1 = icmp ule i32 %2, %3
  %conv2 = zext i1 %cmp1 to i32
  %shl = shl i32 %conv2, 1
  %or = or i32 %conv, %shl
  %4 = load i32, ptr %a.addr, align 4
  %5 = load i32, ptr %b.addr, align 4
  %cmp3 = icmp ugt i32 %4, %5
  %conv4 = zext i1 %cmp3 to i32
  %shl5 = shl i32 %conv4, 2
  %or6 = or i32 %or, %shl5
  %6 = load i32, ptr %a.addr, align 4
  %7 = load i32, ptr %b.addr, align 4
  %cmp7 = icmp uge i32 %6, %7
  %conv8 = zext i1 %cmp7 to i32
  %shl9 = shl i32 %conv8, 3
  %or10 = or i32 %or6, %shl9
  %8 = load i32, ptr %a.addr, align 4
  %9 = load i32, ptr %b.addr, align 4
  %cmp11 = icmp eq i32 %8, %9
  %conv12 = zext i1 %cmp11 to i32
  %shl13 = shl i32 %conv12, 4
  %or14 = or i32 %or10, %shl13
  %10 = load i32, ptr %a.addr, align 4
  %11 = load i32, ptr %b.addr, align 4
  %cmp15 = icmp ne i32 %10, %11
  %conv16 = zext i1 %cmp15 to i32
  %shl17 = shl i32 %conv16, 5
  %or18 = or i32 %or14, %shl17
  ret i32 %or18
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %i11 = alloca i32, align 4
  %v = alloca i32, align 4
  %w = alloca i64, align 8
  %c = alloca i32, align 4
  %i56 = alloca i32, align 4
  %j61 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc8, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 9
  br i1 %cmp, label %for.body, label %for.end10

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 9
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  %4 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %4
  %5 = load i32, ptr %arrayidx4, align 4
  %call = call i32 @cmp_s(i32 noundef %3, i32 noundef %5) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %6 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %6
  %7 = load i32, ptr %arrayidx5, align 4
  %8 = load i32, ptr %j, align 4
  %arrayidx6 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %8
  %9 = load i32, ptr %arrayidx6, align 4
  %call7 = call i32 @cmp_u(i32 noundef %7, i32 noundef %9) #2
  call void @sb3_out_int(i32 noundef %call7) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %10 = load i32, ptr %j, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc8

for.inc8:                                         ; preds = %for.end
  %11 = load i32, ptr %i, align 4
  %inc9 = add nsw i32 %11, 1
  store i32 %inc9, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end10:                                        ; preds = %for.cond
  store i32 0, ptr %i11, align 4
  br label %for.cond12

for.cond12:                                       ; preds = %for.inc53, %for.end10
  %12 = load i32, ptr %i11, align 4
  %cmp13 = icmp slt i32 %12, 9
  br i1 %cmp13, label %for.body14, label %for.end55

for.body14:                                       ; preds = %for.cond12
  %13 = load i32, ptr %i11, align 4
  %arrayidx15 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %13
  %14 = load i32, ptr %arrayidx15, align 4
  store i32 %14, ptr %v, align 4
  %15 = load i32, ptr %v, align 4
  %conv = trunc i32 %15 to i8
  %conv16 = sext i8 %conv to i32
  %cmp17 = icmp slt i32 %conv16, 1
  %conv18 = zext i1 %cmp17 to i32
  call void @sb3_out_int(i32 noundef %conv18) #2
  %16 = load i32, ptr %v, align 4
  %conv19 = trunc i32 %16 to i8
  %conv20 = zext i8 %conv19 to i32
  %cmp21 = icmp slt i32 %conv20, 1
  %conv22 = zext i1 %cmp21 to i32
  call void @sb3_out_int(i32 noundef %conv22) #2
  %17 = load i32, ptr %v, align 4
  %conv23 = trunc i32 %17 to i16
  %conv24 = sext i16 %conv23 to i32
  %cmp25 = icmp sgt i32 %conv24, 100
  %conv26 = zext i1 %cmp25 to i32
  call void @sb3_out_int(i32 noundef %conv26) #2
  %18 = load i32, ptr %v, align 4
  %conv27 = trunc i32 %18 to i16
  %conv28 = zext i16 %conv27 to i32
  %cmp29 = icmp sgt i32 %conv28, 100
  %conv30 = zext i1 %cmp29 to i32
  call void @sb3_out_int(i32 noundef %conv30) #2
  %19 = load i32, ptr %v, align 4
  %cmp31 = icmp sgt i32 %19, 0
  br i1 %cmp31, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %for.body14
  %20 = load i32, ptr %v, align 4
  %cmp33 = icmp slt i32 %20, 1001
  br label %land.end

land.end:                                         ; preds = %land.rhs, %for.body14
  %21 = phi i1 [ false, %for.body14 ], [ %cmp33, %land.rhs ]
  %land.ext = zext i1 %21 to i32
  call void @sb3_out_int(i32 noundef %land.ext) #2
  %22 = load i32, ptr %v, align 4
  %cmp35 = icmp ult i32 %22, 5
  %conv36 = zext i1 %cmp35 to i32
  call void @sb3_out_int(i32 noundef %conv36) #2
  %23 = load i32, ptr %v, align 4
  %cmp37 = icmp uge i32 %23, -2147483648
  %conv38 = zext i1 %cmp37 to i32
  call void @sb3_out_int(i32 noundef %conv38) #2
  %24 = load i32, ptr %v, align 4
  %cmp39 = icmp sge i32 %24, -1000
  br i1 %cmp39, label %land.rhs41, label %land.end44

land.rhs41:                                       ; preds = %land.end
  %25 = load i32, ptr %v, align 4
  %cmp42 = icmp sle i32 %25, 2
  br label %land.end44

land.end44:                                       ; preds = %land.rhs41, %land.end
  %26 = phi i1 [ false, %land.end ], [ %cmp42, %land.rhs41 ]
  %land.ext45 = zext i1 %26 to i32
  call void @sb3_out_int(i32 noundef %land.ext45) #2
  %27 = load i32, ptr %v, align 4
  %conv46 = sext i32 %27 to i64
  %mul = mul nsw i64 %conv46, 3
  store i64 %mul, ptr %w, align 8
  %28 = load i64, ptr %w, align 8
  %cmp47 = icmp sgt i64 %28, 2147483647
  %conv48 = zext i1 %cmp47 to i32
  call void @sb3_out_int(i32 noundef %conv48) #2
  %29 = load i64, ptr %w, align 8
  %cmp49 = icmp ugt i64 %29, 4294967295
  %conv50 = zext i1 %cmp49 to i32
  call void @sb3_out_int(i32 noundef %conv50) #2
  %30 = load i64, ptr %w, align 8
  %add = add nsw i64 %30, 8000000000
  %cmp51 = icmp ugt i64 %add, 8000000000
  %conv52 = zext i1 %cmp51 to i32
  call void @sb3_out_int(i32 noundef %conv52) #2
  br label %for.inc53

for.inc53:                                        ; preds = %land.end44
  %31 = load i32, ptr %i11, align 4
  %inc54 = add nsw i32 %31, 1
  store i32 %inc54, ptr %i11, align 4
  br label %for.cond12, !llvm.loop !5

for.end55:                                        ; preds = %for.cond12
  store i32 0, ptr %c, align 4
  store i32 0, ptr %i56, align 4
  br label %for.cond57

for.cond57:                                       ; preds = %for.inc74, %for.end55
  %32 = load i32, ptr %i56, align 4
  %cmp58 = icmp slt i32 %32, 9
  br i1 %cmp58, label %for.body60, label %for.end76

for.body60:                                       ; preds = %for.cond57
  store i32 0, ptr %j61, align 4
  br label %for.cond62

for.cond62:                                       ; preds = %for.inc71, %for.body60
  %33 = load i32, ptr %j61, align 4
  %cmp63 = icmp slt i32 %33, 9
  br i1 %cmp63, label %for.body65, label %for.end73

for.body65:                                       ; preds = %for.cond62
  %34 = load i32, ptr %i56, align 4
  %arrayidx66 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %34
  %35 = load i32, ptr %arrayidx66, align 4
  %36 = load i32, ptr %j61, align 4
  %arrayidx67 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %36
  %37 = load i32, ptr %arrayidx67, align 4
  %cmp68 = icmp ult i32 %35, %37
  %conv69 = zext i1 %cmp68 to i32
  %38 = load i32, ptr %c, align 4
  %add70 = add nsw i32 %38, %conv69
  store i32 %add70, ptr %c, align 4
  br label %for.inc71

for.inc71:                                        ; preds = %for.body65
  %39 = load i32, ptr %j61, align 4
  %inc72 = add nsw i32 %39, 1
  store i32 %inc72, ptr %j61, align 4
  br label %for.cond62, !llvm.loop !6

for.end73:                                        ; preds = %for.cond62
  br label %for.inc74

for.inc74:                                        ; preds = %for.end73
  %40 = load i32, ptr %i56, align 4
  %inc75 = add nsw i32 %40, 1
  store i32 %inc75, ptr %i56, align 4
  br label %for.cond57, !llvm.loop !7

for.end76:                                        ; preds = %for.cond57
  %41 = load i32, ptr %c, align 4
  call void @sb3_out_int(i32 noundef %41) #2
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
