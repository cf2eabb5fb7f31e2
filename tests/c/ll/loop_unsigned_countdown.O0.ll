; ModuleID = 'tests/c/loop_unsigned_countdown.c'
source_filename = "tests/c/loop_unsigned_countdown.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@n_in = hidden global [5 x i32] [i32 0, i32 1, i32 10, i32 100, i32 1000], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @sum_to(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %s, align 4
  %add = add nsw i32 %3, %2
  store i32 %add, ptr %s, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %4 = load i32, ptr %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %5 = load i32, ptr %s, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @sum_sq(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %s, align 4
  store i32 1, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp ule i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %i, align 4
  %mul = mul i32 %2, %3
  %4 = load i32, ptr %s, align 4
  %add = add i32 %4, %mul
  store i32 %add, ptr %s, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %5 = load i32, ptr %i, align 4
  %inc = add i32 %5, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %s, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @count_step(i32 noundef %from, i32 noundef %to, i32 noundef %step) #0 {
entry:
  %from.addr = alloca i32, align 4
  %to.addr = alloca i32, align 4
  %step.addr = alloca i32, align 4
  %c = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %from, ptr %from.addr, align 4
  store i32 %to, ptr %to.addr, align 4
  store i32 %step, ptr %step.addr, align 4
  store i32 0, ptr %c, align 4
  %0 = load i32, ptr %from.addr, align 4
  store i32 %0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %i, align 4
  %2 = load i32, ptr %to.addr, align 4
  %cmp = icmp slt i32 %1, %2
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %3 = load i32, ptr %c, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %c, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %4 = load i32, ptr %step.addr, align 4
  %5 = load i32, ptr %i, align 4
  %add = add nsw i32 %5, %4
  store i32 %add, ptr %i, align 4
  br label %for.cond, !llvm.loop !5

for.end:                                          ; preds = %for.cond
  %6 = load i32, ptr %c, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %k = alloca i32, align 4
  %u = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  %c = alloca i8, align 1
  %wraps = alloca i32, align 4
  %i12 = alloca i32, align 4
  %h = alloca i16, align 2
  %steps = alloca i32, align 4
  store i32 0, ptr %k, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %k, align 4
  %cmp = icmp slt i32 %0, 5
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %k, align 4
  %arrayidx = getelementptr inbounds [5 x i32], ptr @n_in, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  %call = call i32 @sum_to(i32 noundef %2) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %3 = load i32, ptr %k, align 4
  %arrayidx1 = getelementptr inbounds [5 x i32], ptr @n_in, i32 0, i32 %3
  %4 = load i32, ptr %arrayidx1, align 4
  %call2 = call i32 @sum_sq(i32 noundef %4) #2
  call void @sb3_out_int(i32 noundef %call2) #2
  %5 = load i32, ptr %k, align 4
  %arrayidx3 = getelementptr inbounds [5 x i32], ptr @n_in, i32 0, i32 %5
  %6 = load i32, ptr %arrayidx3, align 4
  %sub = sub nsw i32 0, %6
  %7 = load i32, ptr %k, align 4
  %arrayidx4 = getelementptr inbounds [5 x i32], ptr @n_in, i32 0, i32 %7
  %8 = load i32, ptr %arrayidx4, align 4
  %call5 = call i32 @count_step(i32 noundef %sub, i32 noundef %8, i32 noundef 7) #2
  call void @sb3_out_int(i32 noundef %call5) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %9 = load i32, ptr %k, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  store i32 10, ptr %u, align 4
  store i32 0, ptr %s, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %for.end
  %10 = load i32, ptr %u, align 4
  %dec = add i32 %10, -1
  store i32 %dec, ptr %u, align 4
  %tobool = icmp ne i32 %10, 0
  br i1 %tobool, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %11 = load i32, ptr %u, align 4
  %12 = load i32, ptr %s, align 4
  %add = add nsw i32 %12, %11
  store i32 %add, ptr %s, align 4
  br label %while.cond, !llvm.loop !7

while.end:                                        ; preds = %while.cond
  %13 = load i32, ptr %s, align 4
  call void @sb3_out_int(i32 noundef %13) #2
  %14 = load i32, ptr %u, align 4
  call void @sb3_out_int(i32 noundef %14) #2
  store i32 5, ptr %i, align 4
  br label %for.cond6

for.cond6:                                        ; preds = %for.inc9, %while.end
  %15 = load i32, ptr %i, align 4
  %cmp7 = icmp ne i32 %15, 0
  br i1 %cmp7, label %for.body8, label %for.end11

for.body8:                                        ; preds = %for.cond6
  %16 = load i32, ptr %i, align 4
  call void @sb3_out_int(i32 noundef %16) #2
  br label %for.inc9

for.inc9:                                         ; preds = %for.body8
  %17 = load i32, ptr %i, align 4
  %dec10 = add i32 %17, -1
  store i32 %dec10, ptr %i, align 4
  br label %for.cond6, !llvm.loop !8

for.end11:                                        ; preds = %for.cond6
  store i8 0, ptr %c, align 1
  store i32 0, ptr %wraps, align 4
  store i32 0, ptr %i12, align 4
  br label %for.cond13

for.cond13:                                       ; preds = %for.inc22, %for.end11
  %18 = load i32, ptr %i12, align 4
  %cmp14 = icmp slt i32 %18, 600
  br i1 %cmp14, label %for.body15, label %for.end24

for.body15:                                       ; preds = %for.cond13
  %19 = load i8, ptr %c, align 1
  %conv = zext i8 %19 to i32
  %add16 = add nsw i32 %conv, 3
  %conv17 = trunc i32 %add16 to i8
  store i8 %conv17, ptr %c, align 1
  %20 = load i8, ptr %c, align 1
  %conv18 = zext i8 %20 to i32
  %cmp19 = icmp slt i32 %conv18, 3
  br i1 %cmp19, label %if.then, label %if.end

if.then:                                          ; preds = %for.body15
  %21 = load i32, ptr %wraps, align 4
  %inc21 = add nsw i32 %21, 1
  store i32 %inc21, ptr %wraps, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body15
  br label %for.inc22

for.inc22:                                        ; preds = %if.end
  %22 = load i32, ptr %i12, align 4
  %inc23 = add nsw i32 %22, 1
  store i32 %inc23, ptr %i12, align 4
  br label %for.cond13, !llvm.loop !9

for.end24:                                        ; preds = %for.cond13
  %23 = load i8, ptr %c, align 1
  %conv25 = zext i8 %23 to i32
  call void @sb3_out_int(i32 noundef %conv25) #2
  %24 = load i32, ptr %wraps, align 4
  call void @sb3_out_int(i32 noundef %24) #2
  store i16 32000, ptr %h, align 2
  store i32 0, ptr %steps, align 4
  br label %while.cond26

while.cond26:                                     ; preds = %while.body30, %for.end24
  %25 = load i16, ptr %h, align 2
  %conv27 = sext i16 %25 to i32
  %cmp28 = icmp sgt i32 %conv27, 0
  br i1 %cmp28, label %while.body30, label %while.end35

while.body30:                                     ; preds = %while.cond26
  %26 = load i16, ptr %h, align 2
  %conv31 = sext i16 %26 to i32
  %add32 = add nsw i32 %conv31, 100
  %conv33 = trunc i32 %add32 to i16
  store i16 %conv33, ptr %h, align 2
  %27 = load i32, ptr %steps, align 4
  %inc34 = add nsw i32 %27, 1
  store i32 %inc34, ptr %steps, align 4
  br label %while.cond26, !llvm.loop !10

while.end35:                                      ; preds = %while.cond26
  %28 = load i16, ptr %h, align 2
  %conv36 = sext i16 %28 to i32
  call void @sb3_out_int(i32 noundef %conv36) #2
  %29 = load i32, ptr %steps, align 4
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
