; ModuleID = 'tests/c/int_i64_exact.c'
source_filename = "tests/c/int_i64_exact.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@a64 = hidden global [10 x i64] [i64 0, i64 1, i64 -1, i64 4294967296, i64 -4294967296, i64 9007199254740991, i64 -9007199254740991, i64 123456789012, i64 -98765432109, i64 1000000007], align 16
@b32 = hidden global [8 x i32] [i32 1, i32 -1, i32 7, i32 -13, i32 1000, i32 65536, i32 2147483647, i32 -2147483648], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i64 @add64(i64 noundef %a, i64 noundef %b) #0 {
entry:
  %a.addr = alloca i64, align 8
  %b.addr = alloca i64, align 8
  store i64 %a, ptr %a.addr, align 8
  store i64 %b, ptr %b.addr, align 8
  %0 = load i64, ptr %a.addr, align 8
  %1 = load i64, ptr %b.addr, align 8
  %add = add nsw i64 %0, %1
  ret i64 %add
}

; Function Attrs: noinline nounwind optnone
define hidden i64 @mul64(i64 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i64, align 8
  %b.addr = alloca i32, align 4
  store i64 %a, ptr %a.addr, align 8
  store i32 %b, ptr %b.addr, align 4
  %0 = load i64, ptr %a.addr, align 8
  %1 = load i32, ptr %b.addr, align 4
  %conv = sext i32 %1 to i64
  %mul = mul nsw i64 %0, %conv
  ret i64 %mul
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %b = alloca i64, align 8
  %s = alloca i64, align 8
  %j20 = alloca i32, align 4
  %i32 = alloca i32, align 4
  %u = alloca i64, align 8
  %k = alloca i32, align 4
  %acc = alloca i64, align 8
  %k52 = alloca i64, align 8
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc14, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 10
  br i1 %cmp, label %for.body, label %for.end16

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 8
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %j, align 4
  %arrayidx = getelementptr inbounds [8 x i32], ptr @b32, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  %conv = sext i32 %3 to i64
  store i64 %conv, ptr %b, align 8
  %4 = load i32, ptr %i, align 4
  %arrayidx4 = getelementptr inbounds [10 x i64], ptr @a64, i32 0, i32 %4
  %5 = load i64, ptr %arrayidx4, align 8
  %div = sdiv i64 %5, 2
  %6 = load i64, ptr %b, align 8
  %call = call i64 @add64(i64 noundef %div, i64 noundef %6) #2
  store i64 %call, ptr %s, align 8
  %7 = load i64, ptr %s, align 8
  call void @out64(i64 noundef %7) #2
  %8 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [10 x i64], ptr @a64, i32 0, i32 %8
  %9 = load i64, ptr %arrayidx5, align 8
  %10 = load i64, ptr %b, align 8
  %div6 = sdiv i64 %9, %10
  call void @out64(i64 noundef %div6) #2
  %11 = load i32, ptr %i, align 4
  %arrayidx7 = getelementptr inbounds [10 x i64], ptr @a64, i32 0, i32 %11
  %12 = load i64, ptr %arrayidx7, align 8
  %13 = load i64, ptr %b, align 8
  %rem = srem i64 %12, %13
  call void @out64(i64 noundef %rem) #2
  %14 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds [10 x i64], ptr @a64, i32 0, i32 %14
  %15 = load i64, ptr %arrayidx8, align 8
  %16 = load i64, ptr %b, align 8
  %cmp9 = icmp slt i64 %15, %16
  %conv10 = zext i1 %cmp9 to i32
  call void @sb3_out_int(i32 noundef %conv10) #2
  %17 = load i32, ptr %i, align 4
  %arrayidx11 = getelementptr inbounds [10 x i64], ptr @a64, i32 0, i32 %17
  %18 = load i64, ptr %arrayidx11, align 8
  %19 = load i64, ptr %b, align 8
  %cmp12 = icmp sge i64 %18, %19
  %conv13 = zext i1 %cmp12 to i32
  call void @sb3_out_int(i32 noundef %conv13) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %20 = load i32, ptr %j, align 4
  %inc = add nsw i32 %20, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc14

for.inc14:                                        ; preds = %for.end
  %21 = load i32, ptr %i, align 4
  %inc15 = add nsw i32 %21, 1
  store i32 %inc15, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end16:                                        ; preds = %for.cond
  %call17 = call i64 @mul64(i64 noundef 4294967296, i32 noundef 65536) #2
  call void @out64(i64 noundef %call17) #2
  %call18 = call i64 @mul64(i64 noundef -123456789, i32 noundef 1000000) #2
  call void @out64(i64 noundef %call18) #2
  %call19 = call i64 @mul64(i64 noundef 2097151, i32 noundef -2147483648) #2
  call void @out64(i64 noundef %call19) #2
  store i32 0, ptr %j20, align 4
  br label %for.cond21

for.cond21:                                       ; preds = %for.inc29, %for.end16
  %22 = load i32, ptr %j20, align 4
  %cmp22 = icmp slt i32 %22, 8
  br i1 %cmp22, label %for.body24, label %for.end31

for.body24:                                       ; preds = %for.cond21
  %23 = load i32, ptr %j20, align 4
  %arrayidx25 = getelementptr inbounds [8 x i32], ptr @b32, i32 0, i32 %23
  %24 = load i32, ptr %arrayidx25, align 4
  %conv26 = sext i32 %24 to i64
  %25 = load i32, ptr %j20, align 4
  %add = add nsw i32 %25, 3
  %and = and i32 %add, 7
  %arrayidx27 = getelementptr inbounds [8 x i32], ptr @b32, i32 0, i32 %and
  %26 = load i32, ptr %arrayidx27, align 4
  %conv28 = sext i32 %26 to i64
  %mul = mul nsw i64 %conv26, %conv28
  call void @out64(i64 noundef %mul) #2
  br label %for.inc29

for.inc29:                                        ; preds = %for.body24
  %27 = load i32, ptr %j20, align 4
  %inc30 = add nsw i32 %27, 1
  store i32 %inc30, ptr %j20, align 4
  br label %for.cond21, !llvm.loop !5

for.end31:                                        ; preds = %for.cond21
  store i32 0, ptr %i32, align 4
  br label %for.cond33

for.cond33:                                       ; preds = %for.inc39, %for.end31
  %28 = load i32, ptr %i32, align 4
  %cmp34 = icmp slt i32 %28, 10
  br i1 %cmp34, label %for.body36, label %for.end41

for.body36:                                       ; preds = %for.cond33
  %29 = load i32, ptr %i32, align 4
  %arrayidx37 = getelementptr inbounds [10 x i64], ptr @a64, i32 0, i32 %29
  %30 = load i64, ptr %arrayidx37, align 8
  %conv38 = trunc i64 %30 to i32
  call void @sb3_out_int(i32 noundef %conv38) #2
  br label %for.inc39

for.inc39:                                        ; preds = %for.body36
  %31 = load i32, ptr %i32, align 4
  %inc40 = add nsw i32 %31, 1
  store i32 %inc40, ptr %i32, align 4
  br label %for.cond33, !llvm.loop !6

for.end41:                                        ; preds = %for.cond33
  store i64 9000000000000000, ptr %u, align 8
  store i32 0, ptr %k, align 4
  br label %for.cond42

for.cond42:                                       ; preds = %for.inc49, %for.end41
  %32 = load i32, ptr %k, align 4
  %cmp43 = icmp slt i32 %32, 6
  br i1 %cmp43, label %for.body45, label %for.end51

for.body45:                                       ; preds = %for.cond42
  %33 = load i64, ptr %u, align 8
  %div46 = udiv i64 %33, 1000003
  call void @out64(i64 noundef %div46) #2
  %34 = load i64, ptr %u, align 8
  %rem47 = urem i64 %34, 1000003
  call void @out64(i64 noundef %rem47) #2
  %35 = load i64, ptr %u, align 8
  %div48 = udiv i64 %35, 7
  store i64 %div48, ptr %u, align 8
  br label %for.inc49

for.inc49:                                        ; preds = %for.body45
  %36 = load i32, ptr %k, align 4
  %inc50 = add nsw i32 %36, 1
  store i32 %inc50, ptr %k, align 4
  br label %for.cond42, !llvm.loop !7

for.end51:                                        ; preds = %for.cond42
  store i64 0, ptr %acc, align 8
  store i64 1, ptr %k52, align 8
  br label %for.cond53

for.cond53:                                       ; preds = %for.inc60, %for.end51
  %37 = load i64, ptr %k52, align 8
  %cmp54 = icmp sle i64 %37, 2000
  br i1 %cmp54, label %for.body56, label %for.end62

for.body56:                                       ; preds = %for.cond53
  %38 = load i64, ptr %k52, align 8
  %39 = load i64, ptr %k52, align 8
  %mul57 = mul nsw i64 %38, %39
  %40 = load i64, ptr %k52, align 8
  %mul58 = mul nsw i64 %mul57, %40
  %41 = load i64, ptr %acc, align 8
  %add59 = add nsw i64 %41, %mul58
  store i64 %add59, ptr %acc, align 8
  br label %for.inc60

for.inc60:                                        ; preds = %for.body56
  %42 = load i64, ptr %k52, align 8
  %inc61 = add nsw i64 %42, 1
  store i64 %inc61, ptr %k52, align 8
  br label %for.cond53, !llvm.loop !8

for.end62:                                        ; preds = %for.cond53
  %43 = load i64, ptr %acc, align 8
  call void @out64(i64 noundef %43) #2
  ret i32 0
}

; Function Attrs: noinline nounwind optnone
define internal void @out64(i64 noundef %v) #0 {
entry:
  %v.addr = alloca i64, align 8
  store i64 %v, ptr %v.addr, align 8
  %0 = load i64, ptr %v.addr, align 8
  %conv = sitofp i64 %0 to double
  call void @sb3_out_double(double noundef %conv) #2
  ret void
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
!6 = distinct !{!6, !3}
!7 = distinct !{!7, !3}
!8 = distinct !{!8, !3}
