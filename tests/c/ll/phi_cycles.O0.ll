; ModuleID = 'tests/c/phi_cycles.c'
source_filename = "tests/c/phi_cycles.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@seeds = hidden global [5 x i32] [i32 1, i32 2, i32 3, i32 5, i32 8], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @swap_loop(i32 noundef %a, i32 noundef %b, i32 noundef %n) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %t = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %a.addr, align 4
  store i32 %2, ptr %t, align 4
  %3 = load i32, ptr %b.addr, align 4
  store i32 %3, ptr %a.addr, align 4
  %4 = load i32, ptr %t, align 4
  store i32 %4, ptr %b.addr, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %5 = load i32, ptr %i, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %a.addr, align 4
  %mul = mul nsw i32 %6, 1000
  %7 = load i32, ptr %b.addr, align 4
  %add = add nsw i32 %mul, %7
  ret i32 %add
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @rotate3(i32 noundef %a, i32 noundef %b, i32 noundef %c, i32 noundef %n) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  %c.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %t = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  store i32 %c, ptr %c.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %a.addr, align 4
  store i32 %2, ptr %t, align 4
  %3 = load i32, ptr %b.addr, align 4
  store i32 %3, ptr %a.addr, align 4
  %4 = load i32, ptr %c.addr, align 4
  store i32 %4, ptr %b.addr, align 4
  %5 = load i32, ptr %t, align 4
  %6 = load i32, ptr %i, align 4
  %add = add nsw i32 %5, %6
  store i32 %add, ptr %c.addr, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %7 = load i32, ptr %i, align 4
  %inc = add nsw i32 %7, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  %8 = load i32, ptr %a.addr, align 4
  %mul = mul nsw i32 %8, 10000
  %9 = load i32, ptr %b.addr, align 4
  %mul1 = mul nsw i32 %9, 100
  %add2 = add nsw i32 %mul, %mul1
  %10 = load i32, ptr %c.addr, align 4
  %add3 = add nsw i32 %add2, %10
  ret i32 %add3
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @fib_pair(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %t = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %a, align 4
  store i32 1, ptr %b, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load i32, ptr %n.addr, align 4
  %dec = add nsw i32 %0, -1
  store i32 %dec, ptr %n.addr, align 4
  %tobool = icmp ne i32 %0, 0
  br i1 %tobool, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %1 = load i32, ptr %a, align 4
  %2 = load i32, ptr %b, align 4
  %add = add i32 %1, %2
  store i32 %add, ptr %t, align 4
  %3 = load i32, ptr %b, align 4
  store i32 %3, ptr %a, align 4
  %4 = load i32, ptr %t, align 4
  store i32 %4, ptr %b, align 4
  br label %while.cond, !llvm.loop !5

while.end:                                        ; preds = %while.cond
  %5 = load i32, ptr %a, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @gcd_loop(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  %t = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load i32, ptr %b.addr, align 4
  %cmp = icmp ne i32 %0, 0
  br i1 %cmp, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %1 = load i32, ptr %a.addr, align 4
  %2 = load i32, ptr %b.addr, align 4
  %rem = srem i32 %1, %2
  store i32 %rem, ptr %t, align 4
  %3 = load i32, ptr %b.addr, align 4
  store i32 %3, ptr %a.addr, align 4
  %4 = load i32, ptr %t, align 4
  store i32 %4, ptr %b.addr, align 4
  br label %while.cond, !llvm.loop !6

while.end:                                        ; preds = %while.cond
  %5 = load i32, ptr %a.addr, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @lost_copy(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  %x = alloca i32, align 4
  %y = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 1, ptr %x, align 4
  br label %do.body

do.body:                                          ; preds = %do.cond, %entry
  %0 = load i32, ptr %x, align 4
  store i32 %0, ptr %y, align 4
  %1 = load i32, ptr %x, align 4
  %mul = mul nsw i32 %1, 2
  %add = add nsw i32 %mul, 1
  store i32 %add, ptr %x, align 4
  br label %do.cond

do.cond:                                          ; preds = %do.body
  %2 = load i32, ptr %x, align 4
  %3 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %2, %3
  br i1 %cmp, label %do.body, label %do.end, !llvm.loop !7

do.end:                                           ; preds = %do.cond
  %4 = load i32, ptr %y, align 4
  %mul1 = mul nsw i32 %4, 100000
  %5 = load i32, ptr %x, align 4
  %rem = srem i32 %5, 100000
  %add2 = add nsw i32 %mul1, %rem
  ret i32 %add2
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %n = alloca i32, align 4
  %n4 = alloca i32, align 4
  %n15 = alloca i32, align 4
  %x = alloca i32, align 4
  %y = alloca i32, align 4
  %i = alloca i32, align 4
  %nx = alloca i32, align 4
  %ny = alloca i32, align 4
  store i32 0, ptr %n, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n, align 4
  %cmp = icmp slt i32 %0, 5
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4
  %arrayidx = getelementptr inbounds [5 x i32], ptr @seeds, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  %3 = load i32, ptr %n, align 4
  %sub = sub nsw i32 4, %3
  %arrayidx1 = getelementptr inbounds [5 x i32], ptr @seeds, i32 0, i32 %sub
  %4 = load i32, ptr %arrayidx1, align 4
  %5 = load i32, ptr %n, align 4
  %call = call i32 @swap_loop(i32 noundef %2, i32 noundef %4, i32 noundef %5) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %6 = load i32, ptr @seeds, align 16
  %7 = load i32, ptr getelementptr inbounds ([5 x i32], ptr @seeds, i32 0, i32 1), align 4
  %8 = load i32, ptr getelementptr inbounds ([5 x i32], ptr @seeds, i32 0, i32 2), align 8
  %9 = load i32, ptr %n, align 4
  %10 = load i32, ptr %n, align 4
  %arrayidx2 = getelementptr inbounds [5 x i32], ptr @seeds, i32 0, i32 %10
  %11 = load i32, ptr %arrayidx2, align 4
  %add = add nsw i32 %9, %11
  %call3 = call i32 @rotate3(i32 noundef %6, i32 noundef %7, i32 noundef %8, i32 noundef %add) #2
  call void @sb3_out_int(i32 noundef %call3) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %12 = load i32, ptr %n, align 4
  %inc = add nsw i32 %12, 1
  store i32 %inc, ptr %n, align 4
  br label %for.cond, !llvm.loop !8

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %n4, align 4
  br label %for.cond5

for.cond5:                                        ; preds = %for.inc9, %for.end
  %13 = load i32, ptr %n4, align 4
  %cmp6 = icmp slt i32 %13, 60
  br i1 %cmp6, label %for.body7, label %for.end11

for.body7:                                        ; preds = %for.cond5
  %14 = load i32, ptr %n4, align 4
  %call8 = call i32 @fib_pair(i32 noundef %14) #2
  call void @sb3_out_int(i32 noundef %call8) #2
  br label %for.inc9

for.inc9:                                         ; preds = %for.body7
  %15 = load i32, ptr %n4, align 4
  %add10 = add nsw i32 %15, 7
  store i32 %add10, ptr %n4, align 4
  br label %for.cond5, !llvm.loop !9

for.end11:                                        ; preds = %for.cond5
  %call12 = call i32 @gcd_loop(i32 noundef 1071, i32 noundef 462) #2
  call void @sb3_out_int(i32 noundef %call12) #2
  %call13 = call i32 @gcd_loop(i32 noundef -48, i32 noundef 18) #2
  call void @sb3_out_int(i32 noundef %call13) #2
  %call14 = call i32 @gcd_loop(i32 noundef 17, i32 noundef 0) #2
  call void @sb3_out_int(i32 noundef %call14) #2
  store i32 0, ptr %n15, align 4
  br label %for.cond16

for.cond16:                                       ; preds = %for.inc21, %for.end11
  %16 = load i32, ptr %n15, align 4
  %cmp17 = icmp slt i32 %16, 5
  br i1 %cmp17, label %for.body18, label %for.end23

for.body18:                                       ; preds = %for.cond16
  %17 = load i32, ptr %n15, align 4
  %arrayidx19 = getelementptr inbounds [5 x i32], ptr @seeds, i32 0, i32 %17
  %18 = load i32, ptr %arrayidx19, align 4
  %mul = mul nsw i32 %18, 100
  %call20 = call i32 @lost_copy(i32 noundef %mul) #2
  call void @sb3_out_int(i32 noundef %call20) #2
  br label %for.inc21

for.inc21:                                        ; preds = %for.body18
  %19 = load i32, ptr %n15, align 4
  %inc22 = add nsw i32 %19, 1
  store i32 %inc22, ptr %n15, align 4
  br label %for.cond16, !llvm.loop !10

for.end23:                                        ; preds = %for.cond16
  store i32 1, ptr %x, align 4
  store i32 0, ptr %y, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond24

for.cond24:                                       ; preds = %for.inc31, %for.end23
  %20 = load i32, ptr %i, align 4
  %cmp25 = icmp slt i32 %20, 25
  br i1 %cmp25, label %for.body26, label %for.end33

for.body26:                                       ; preds = %for.cond24
  %21 = load i32, ptr %x, align 4
  %22 = load i32, ptr %y, align 4
  %mul27 = mul nsw i32 2, %22
  %add28 = add nsw i32 %21, %mul27
  store i32 %add28, ptr %nx, align 4
  %23 = load i32, ptr %x, align 4
  %24 = load i32, ptr %y, align 4
  %sub29 = sub nsw i32 %23, %24
  store i32 %sub29, ptr %ny, align 4
  %25 = load i32, ptr %nx, align 4
  %rem = srem i32 %25, 10007
  store i32 %rem, ptr %x, align 4
  %26 = load i32, ptr %ny, align 4
  %rem30 = srem i32 %26, 10007
  store i32 %rem30, ptr %y, align 4
  br label %for.inc31

for.inc31:                                        ; preds = %for.body26
  %27 = load i32, ptr %i, align 4
  %inc32 = add nsw i32 %27, 1
  store i32 %inc32, ptr %i, align 4
  br label %for.cond24, !llvm.loop !11

for.end33:                                        ; preds = %for.cond24
  %28 = load i32, ptr %x, align 4
  call void @sb3_out_int(i32 noundef %28) #2
  %29 = load i32, ptr %y, align 4
  call void @sb3_out_int(i32 noundef %29) #2
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
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
