; ModuleID = 'tests/c/sieve.c'
source_filename = "tests/c/sieve.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@composite = internal global [3001 x i8] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @is_prime_trial(i32 noundef %n) #0 {
entry:
  %retval = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %d = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, 2
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 0, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  store i32 2, ptr %d, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.end
  %1 = load i32, ptr %d, align 4
  %2 = load i32, ptr %d, align 4
  %mul = mul nsw i32 %1, %2
  %3 = load i32, ptr %n.addr, align 4
  %cmp1 = icmp sle i32 %mul, %3
  br i1 %cmp1, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %4 = load i32, ptr %n.addr, align 4
  %5 = load i32, ptr %d, align 4
  %rem = srem i32 %4, %5
  %cmp2 = icmp eq i32 %rem, 0
  br i1 %cmp2, label %if.then3, label %if.end4

if.then3:                                         ; preds = %for.body
  store i32 0, ptr %retval, align 4
  br label %return

if.end4:                                          ; preds = %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end4
  %6 = load i32, ptr %d, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %d, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 1, ptr %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then3, %if.then
  %7 = load i32, ptr %retval, align 4
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %count = alloca i32, align 4
  %twins = alloca i32, align 4
  %sum = alloca i32, align 4
  %last = alloca i32, align 4
  %i8 = alloca i32, align 4
  %i25 = alloca i32, align 4
  %k = alloca i32, align 4
  %agree = alloca i32, align 4
  %i36 = alloca i32, align 4
  store i8 1, ptr getelementptr inbounds ([3001 x i8], ptr @composite, i32 0, i32 1), align 1
  store i8 1, ptr @composite, align 16
  store i32 2, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc6, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %0, %1
  %cmp = icmp sle i32 %mul, 3000
  br i1 %cmp, label %for.body, label %for.end7

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %2
  %3 = load i8, ptr %arrayidx, align 1
  %tobool = icmp ne i8 %3, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %for.body
  %4 = load i32, ptr %i, align 4
  %5 = load i32, ptr %i, align 4
  %mul1 = mul nsw i32 %4, %5
  store i32 %mul1, ptr %j, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc, %if.then
  %6 = load i32, ptr %j, align 4
  %cmp3 = icmp sle i32 %6, 3000
  br i1 %cmp3, label %for.body4, label %for.end

for.body4:                                        ; preds = %for.cond2
  %7 = load i32, ptr %j, align 4
  %arrayidx5 = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %7
  store i8 1, ptr %arrayidx5, align 1
  br label %for.inc

for.inc:                                          ; preds = %for.body4
  %8 = load i32, ptr %i, align 4
  %9 = load i32, ptr %j, align 4
  %add = add nsw i32 %9, %8
  store i32 %add, ptr %j, align 4
  br label %for.cond2, !llvm.loop !4

for.end:                                          ; preds = %for.cond2
  br label %if.end

if.end:                                           ; preds = %for.end, %for.body
  br label %for.inc6

for.inc6:                                         ; preds = %if.end
  %10 = load i32, ptr %i, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !5

for.end7:                                         ; preds = %for.cond
  store i32 0, ptr %count, align 4
  store i32 0, ptr %twins, align 4
  store i32 0, ptr %sum, align 4
  store i32 0, ptr %last, align 4
  store i32 2, ptr %i8, align 4
  br label %for.cond9

for.cond9:                                        ; preds = %for.inc22, %for.end7
  %11 = load i32, ptr %i8, align 4
  %cmp10 = icmp sle i32 %11, 3000
  br i1 %cmp10, label %for.body11, label %for.end24

for.body11:                                       ; preds = %for.cond9
  %12 = load i32, ptr %i8, align 4
  %arrayidx12 = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %12
  %13 = load i8, ptr %arrayidx12, align 1
  %tobool13 = icmp ne i8 %13, 0
  br i1 %tobool13, label %if.end21, label %if.then14

if.then14:                                        ; preds = %for.body11
  %14 = load i32, ptr %count, align 4
  %inc15 = add nsw i32 %14, 1
  store i32 %inc15, ptr %count, align 4
  %15 = load i32, ptr %i8, align 4
  %16 = load i32, ptr %sum, align 4
  %add16 = add nsw i32 %16, %15
  store i32 %add16, ptr %sum, align 4
  %17 = load i32, ptr %i8, align 4
  %18 = load i32, ptr %last, align 4
  %sub = sub nsw i32 %17, %18
  %cmp17 = icmp eq i32 %sub, 2
  br i1 %cmp17, label %if.then18, label %if.end20

if.then18:                                        ; preds = %if.then14
  %19 = load i32, ptr %twins, align 4
  %inc19 = add nsw i32 %19, 1
  store i32 %inc19, ptr %twins, align 4
  br label %if.end20

if.end20:                                         ; preds = %if.then18, %if.then14
  %20 = load i32, ptr %i8, align 4
  store i32 %20, ptr %last, align 4
  br label %if.end21

if.end21:                                         ; preds = %if.end20, %for.body11
  br label %for.inc22

for.inc22:                                        ; preds = %if.end21
  %21 = load i32, ptr %i8, align 4
  %inc23 = add nsw i32 %21, 1
  store i32 %inc23, ptr %i8, align 4
  br label %for.cond9, !llvm.loop !6

for.end24:                                        ; preds = %for.cond9
  %22 = load i32, ptr %count, align 4
  call void @sb3_out_int(i32 noundef %22) #2
  %23 = load i32, ptr %twins, align 4
  call void @sb3_out_int(i32 noundef %23) #2
  %24 = load i32, ptr %sum, align 4
  call void @sb3_out_int(i32 noundef %24) #2
  store i32 3000, ptr %i25, align 4
  store i32 0, ptr %k, align 4
  br label %for.cond26

for.cond26:                                       ; preds = %for.inc34, %for.end24
  %25 = load i32, ptr %k, align 4
  %cmp27 = icmp slt i32 %25, 5
  br i1 %cmp27, label %for.body28, label %for.end35

for.body28:                                       ; preds = %for.cond26
  %26 = load i32, ptr %i25, align 4
  %arrayidx29 = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %26
  %27 = load i8, ptr %arrayidx29, align 1
  %tobool30 = icmp ne i8 %27, 0
  br i1 %tobool30, label %if.end33, label %if.then31

if.then31:                                        ; preds = %for.body28
  %28 = load i32, ptr %i25, align 4
  call void @sb3_out_int(i32 noundef %28) #2
  %29 = load i32, ptr %k, align 4
  %inc32 = add nsw i32 %29, 1
  store i32 %inc32, ptr %k, align 4
  br label %if.end33

if.end33:                                         ; preds = %if.then31, %for.body28
  br label %for.inc34

for.inc34:                                        ; preds = %if.end33
  %30 = load i32, ptr %i25, align 4
  %dec = add nsw i32 %30, -1
  store i32 %dec, ptr %i25, align 4
  br label %for.cond26, !llvm.loop !7

for.end35:                                        ; preds = %for.cond26
  store i32 0, ptr %agree, align 4
  store i32 0, ptr %i36, align 4
  br label %for.cond37

for.cond37:                                       ; preds = %for.inc44, %for.end35
  %31 = load i32, ptr %i36, align 4
  %cmp38 = icmp sle i32 %31, 400
  br i1 %cmp38, label %for.body39, label %for.end46

for.body39:                                       ; preds = %for.cond37
  %32 = load i32, ptr %i36, align 4
  %arrayidx40 = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %32
  %33 = load i8, ptr %arrayidx40, align 1
  %tobool41 = icmp ne i8 %33, 0
  %lnot = xor i1 %tobool41, true
  %lnot.ext = zext i1 %lnot to i32
  %34 = load i32, ptr %i36, align 4
  %call = call i32 @is_prime_trial(i32 noundef %34) #2
  %cmp42 = icmp eq i32 %lnot.ext, %call
  %conv = zext i1 %cmp42 to i32
  %35 = load i32, ptr %agree, align 4
  %add43 = add nsw i32 %35, %conv
  store i32 %add43, ptr %agree, align 4
  br label %for.inc44

for.inc44:                                        ; preds = %for.body39
  %36 = load i32, ptr %i36, align 4
  %inc45 = add nsw i32 %36, 1
  store i32 %inc45, ptr %i36, align 4
  br label %for.cond37, !llvm.loop !8

for.end46:                                        ; preds = %for.cond37
  %37 = load i32, ptr %agree, align 4
  call void @sb3_out_int(i32 noundef %37) #2
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
