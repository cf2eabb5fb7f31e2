; ModuleID = 'tests/c/rec_fib.c'
source_filename = "tests/c/rec_fib.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @fib(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, 2
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %1 = load i32, ptr %n.addr, align 4
  br label %cond.end

cond.false:                                       ; preds = %entry
  %2 = load i32, ptr %n.addr, align 4
  %sub = sub nsw i32 %2, 1
  %call = call i32 @fib(i32 noundef %sub) #2
  %3 = load i32, ptr %n.addr, align 4
  %sub1 = sub nsw i32 %3, 2
  %call2 = call i32 @fib(i32 noundef %sub1) #2
  %add = add nsw i32 %call, %call2
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %1, %cond.true ], [ %add, %cond.false ]
  ret i32 %cond
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @sum_to(i32 noundef %n, i32 noundef %acc) #0 {
entry:
  %retval = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %acc.addr = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 %acc, ptr %acc.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp eq i32 %0, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %1 = load i32, ptr %acc.addr, align 4
  store i32 %1, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load i32, ptr %n.addr, align 4
  %sub = sub nsw i32 %2, 1
  %3 = load i32, ptr %acc.addr, align 4
  %4 = load i32, ptr %n.addr, align 4
  %add = add nsw i32 %3, %4
  %call = call i32 @sum_to(i32 noundef %sub, i32 noundef %add) #2
  store i32 %call, ptr %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %5 = load i32, ptr %retval, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @depth_product(i32 noundef %n) #0 {
entry:
  %retval = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %below = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp sle i32 %0, 1
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 1, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %1 = load i32, ptr %n.addr, align 4
  %sub = sub nsw i32 %1, 1
  %call = call i32 @depth_product(i32 noundef %sub) #2
  store i32 %call, ptr %below, align 4
  %2 = load i32, ptr %below, align 4
  %mul = mul nsw i32 %2, 3
  %3 = load i32, ptr %n.addr, align 4
  %add = add nsw i32 %mul, %3
  %rem = srem i32 %add, 100003
  store i32 %rem, ptr %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %4 = load i32, ptr %retval, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %n = alloca i32, align 4
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %n1 = alloca i32, align 4
  %t = alloca i32, align 4
  store i32 0, ptr %n, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n, align 4
  %cmp = icmp sle i32 %0, 15
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4
  %call = call i32 @fib(i32 noundef %1) #2
  call void @sb3_out_int(i32 noundef %call) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %2 = load i32, ptr %n, align 4
  %inc = add nsw i32 %2, 1
  store i32 %inc, ptr %n, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %a, align 4
  store i32 1, ptr %b, align 4
  store i32 0, ptr %n1, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc5, %for.end
  %3 = load i32, ptr %n1, align 4
  %cmp3 = icmp slt i32 %3, 30
  br i1 %cmp3, label %for.body4, label %for.end7

for.body4:                                        ; preds = %for.cond2
  %4 = load i32, ptr %a, align 4
  %5 = load i32, ptr %b, align 4
  %add = add nsw i32 %4, %5
  store i32 %add, ptr %t, align 4
  %6 = load i32, ptr %b, align 4
  store i32 %6, ptr %a, align 4
  %7 = load i32, ptr %t, align 4
  store i32 %7, ptr %b, align 4
  br label %for.inc5

for.inc5:                                         ; preds = %for.body4
  %8 = load i32, ptr %n1, align 4
  %inc6 = add nsw i32 %8, 1
  store i32 %inc6, ptr %n1, align 4
  br label %for.cond2, !llvm.loop !4

for.end7:                                         ; preds = %for.cond2
  %9 = load i32, ptr %a, align 4
  call void @sb3_out_int(i32 noundef %9) #2
  %call8 = call i32 @sum_to(i32 noundef 100, i32 noundef 0) #2
  call void @sb3_out_int(i32 noundef %call8) #2
  %call9 = call i32 @depth_product(i32 noundef 200) #2
  call void @sb3_out_int(i32 noundef %call9) #2
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
