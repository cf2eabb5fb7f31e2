; ModuleID = 'tests/c/vla_alloca.c'
source_filename = "tests/c/vla_alloca.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@sizes = hidden global [5 x i32] [i32 1, i32 5, i32 12, i32 3, i32 20], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @vla_sum(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  %saved_stack = alloca ptr, align 4
  %__vla_expr0 = alloca i32, align 4
  %i = alloca i32, align 4
  %s = alloca i32, align 4
  %i1 = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %1 = call ptr @llvm.stacksave.p0()
  store ptr %1, ptr %saved_stack, align 4
  %vla = alloca i32, i32 %0, align 16
  store i32 %0, ptr %__vla_expr0, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %2, %3
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %4 = load i32, ptr %i, align 4
  %5 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %4, %5
  %6 = load i32, ptr %n.addr, align 4
  %sub = sub nsw i32 %mul, %6
  %7 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i32, ptr %vla, i32 %7
  store i32 %sub, ptr %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %s, align 4
  %9 = load i32, ptr %n.addr, align 4
  %sub2 = sub nsw i32 %9, 1
  store i32 %sub2, ptr %i1, align 4
  br label %for.cond3

for.cond3:                                        ; preds = %for.inc8, %for.end
  %10 = load i32, ptr %i1, align 4
  %cmp4 = icmp sge i32 %10, 0
  br i1 %cmp4, label %for.body5, label %for.end9

for.body5:                                        ; preds = %for.cond3
  %11 = load i32, ptr %s, align 4
  %mul6 = mul nsw i32 %11, 3
  %rem = srem i32 %mul6, 10007
  %12 = load i32, ptr %i1, align 4
  %arrayidx7 = getelementptr inbounds i32, ptr %vla, i32 %12
  %13 = load i32, ptr %arrayidx7, align 4
  %add = add nsw i32 %rem, %13
  store i32 %add, ptr %s, align 4
  br label %for.inc8

for.inc8:                                         ; preds = %for.body5
  %14 = load i32, ptr %i1, align 4
  %dec = add nsw i32 %14, -1
  store i32 %dec, ptr %i1, align 4
  br label %for.cond3, !llvm.loop !4

for.end9:                                         ; preds = %for.cond3
  %15 = load i32, ptr %s, align 4
  %16 = load ptr, ptr %saved_stack, align 4
  call void @llvm.stackrestore.p0(ptr %16)
  ret i32 %15
}

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

; Function Attrs: nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

; Function Attrs: noinline nounwind optnone
define hidden i32 @vla_rec(i32 noundef %depth) #0 {
entry:
  %depth.addr = alloca i32, align 4
  %saved_stack = alloca ptr, align 4
  %__vla_expr0 = alloca i32, align 4
  %i = alloca i32, align 4
  %below = alloca i32, align 4
  %ok = alloca i32, align 4
  %i3 = alloca i32, align 4
  store i32 %depth, ptr %depth.addr, align 4
  %0 = load i32, ptr %depth.addr, align 4
  %add = add nsw i32 %0, 1
  %1 = call ptr @llvm.stacksave.p0()
  store ptr %1, ptr %saved_stack, align 4
  %vla = alloca i32, i32 %add, align 16
  store i32 %add, ptr %__vla_expr0, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %depth.addr, align 4
  %cmp = icmp sle i32 %2, %3
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %4 = load i32, ptr %depth.addr, align 4
  %mul = mul nsw i32 %4, 10
  %5 = load i32, ptr %i, align 4
  %add1 = add nsw i32 %mul, %5
  %6 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i32, ptr %vla, i32 %6
  store i32 %add1, ptr %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %7 = load i32, ptr %i, align 4
  %inc = add nsw i32 %7, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !5

for.end:                                          ; preds = %for.cond
  %8 = load i32, ptr %depth.addr, align 4
  %cmp2 = icmp sgt i32 %8, 0
  br i1 %cmp2, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.end
  %9 = load i32, ptr %depth.addr, align 4
  %sub = sub nsw i32 %9, 1
  %call = call i32 @vla_rec(i32 noundef %sub) #3
  br label %cond.end

cond.false:                                       ; preds = %for.end
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %call, %cond.true ], [ 0, %cond.false ]
  store i32 %cond, ptr %below, align 4
  store i32 1, ptr %ok, align 4
  store i32 0, ptr %i3, align 4
  br label %for.cond4

for.cond4:                                        ; preds = %for.inc11, %cond.end
  %10 = load i32, ptr %i3, align 4
  %11 = load i32, ptr %depth.addr, align 4
  %cmp5 = icmp sle i32 %10, %11
  br i1 %cmp5, label %for.body6, label %for.end13

for.body6:                                        ; preds = %for.cond4
  %12 = load i32, ptr %i3, align 4
  %arrayidx7 = getelementptr inbounds i32, ptr %vla, i32 %12
  %13 = load i32, ptr %arrayidx7, align 4
  %14 = load i32, ptr %depth.addr, align 4
  %mul8 = mul nsw i32 %14, 10
  %15 = load i32, ptr %i3, align 4
  %add9 = add nsw i32 %mul8, %15
  %cmp10 = icmp eq i32 %13, %add9
  %conv = zext i1 %cmp10 to i32
  %16 = load i32, ptr %ok, align 4
  %and = and i32 %16, %conv
  store i32 %and, ptr %ok, align 4
  br label %for.inc11

for.inc11:                                        ; preds = %for.body6
  %17 = load i32, ptr %i3, align 4
  %inc12 = add nsw i32 %17, 1
  store i32 %inc12, ptr %i3, align 4
  br label %for.cond4, !llvm.loop !6

for.end13:                                        ; preds = %for.cond4
  %18 = load i32, ptr %below, align 4
  %mul14 = mul nsw i32 %18, 2
  %19 = load i32, ptr %ok, align 4
  %add15 = add nsw i32 %mul14, %19
  %20 = load ptr, ptr %saved_stack, align 4
  call void @llvm.stackrestore.p0(ptr %20)
  ret i32 %add15
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %k = alloca i32, align 4
  %n = alloca i32, align 4
  %saved_stack = alloca ptr, align 4
  %__vla_expr0 = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 0, ptr %k, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc9, %entry
  %0 = load i32, ptr %k, align 4
  %cmp = icmp slt i32 %0, 5
  br i1 %cmp, label %for.body, label %for.end11

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %k, align 4
  %arrayidx = getelementptr inbounds [5 x i32], ptr @sizes, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  store i32 %2, ptr %n, align 4
  %3 = load i32, ptr %n, align 4
  %add = add nsw i32 %3, 1
  %4 = call ptr @llvm.stacksave.p0()
  store ptr %4, ptr %saved_stack, align 4
  %vla = alloca i8, i32 %add, align 16
  store i32 %add, ptr %__vla_expr0, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %5 = load i32, ptr %i, align 4
  %6 = load i32, ptr %n, align 4
  %cmp2 = icmp slt i32 %5, %6
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %7 = load i32, ptr %i, align 4
  %rem = srem i32 %7, 26
  %add4 = add nsw i32 97, %rem
  %conv = trunc i32 %add4 to i8
  %8 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds i8, ptr %vla, i32 %8
  store i8 %conv, ptr %arrayidx5, align 1
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %9 = load i32, ptr %i, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond1, !llvm.loop !7

for.end:                                          ; preds = %for.cond1
  %10 = load i32, ptr %n, align 4
  %arrayidx6 = getelementptr inbounds i8, ptr %vla, i32 %10
  store i8 0, ptr %arrayidx6, align 1
  %11 = load i32, ptr %n, align 4
  %sub = sub nsw i32 %11, 1
  %arrayidx7 = getelementptr inbounds i8, ptr %vla, i32 %sub
  %12 = load i8, ptr %arrayidx7, align 1
  %conv8 = sext i8 %12 to i32
  call void @sb3_out_char(i32 noundef %conv8) #3
  %13 = load i32, ptr %n, align 4
  %call = call i32 @vla_sum(i32 noundef %13) #3
  call void @sb3_out_int(i32 noundef %call) #3
  %14 = load ptr, ptr %saved_stack, align 4
  call void @llvm.stackrestore.p0(ptr %14)
  br label %for.inc9

for.inc9:                                         ; preds = %for.end
  %15 = load i32, ptr %k, align 4
  %inc10 = add nsw i32 %15, 1
  store i32 %inc10, ptr %k, align 4
  br label %for.cond, !llvm.loop !8

for.end11:                                        ; preds = %for.cond
  %call12 = call i32 @vla_rec(i32 noundef 8) #3
  call void @sb3_out_int(i32 noundef %call12) #3
  ret i32 0
}

declare void @sb3_out_char(i32 noundef) #2

declare void @sb3_out_int(i32 noundef) #2

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nosync nounwind willreturn }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin "no-builtins" }

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
