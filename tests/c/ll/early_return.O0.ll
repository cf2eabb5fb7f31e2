; ModuleID = 'tests/c/early_return.c'
source_filename = "tests/c/early_return.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden global [12 x i32] [i32 -5, i32 0, i32 1, i32 2, i32 3, i32 9, i32 10, i32 11, i32 49, i32 50, i32 97, i32 100], align 16
@out_count = hidden global i32 0, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @grade(i32 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i32, align 4
  %d = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %0 = load i32, ptr %x.addr, align 4
  %cmp = icmp slt i32 %0, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 -1, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %1 = load i32, ptr %x.addr, align 4
  %cmp1 = icmp eq i32 %1, 0
  br i1 %cmp1, label %if.then2, label %if.end3

if.then2:                                         ; preds = %if.end
  store i32 0, ptr %retval, align 4
  br label %return

if.end3:                                          ; preds = %if.end
  %2 = load i32, ptr %x.addr, align 4
  %cmp4 = icmp slt i32 %2, 10
  br i1 %cmp4, label %if.then5, label %if.end9

if.then5:                                         ; preds = %if.end3
  %3 = load i32, ptr %x.addr, align 4
  %rem = srem i32 %3, 2
  %cmp6 = icmp eq i32 %rem, 0
  br i1 %cmp6, label %if.then7, label %if.end8

if.then7:                                         ; preds = %if.then5
  store i32 2, ptr %retval, align 4
  br label %return

if.end8:                                          ; preds = %if.then5
  store i32 1, ptr %retval, align 4
  br label %return

if.end9:                                          ; preds = %if.end3
  store i32 2, ptr %d, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.end9
  %4 = load i32, ptr %d, align 4
  %5 = load i32, ptr %d, align 4
  %mul = mul nsw i32 %4, %5
  %6 = load i32, ptr %x.addr, align 4
  %cmp10 = icmp sle i32 %mul, %6
  br i1 %cmp10, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %7 = load i32, ptr %x.addr, align 4
  %8 = load i32, ptr %d, align 4
  %rem11 = srem i32 %7, %8
  %cmp12 = icmp eq i32 %rem11, 0
  br i1 %cmp12, label %if.then13, label %if.end14

if.then13:                                        ; preds = %for.body
  %9 = load i32, ptr %d, align 4
  %add = add nsw i32 100, %9
  store i32 %add, ptr %retval, align 4
  br label %return

if.end14:                                         ; preds = %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end14
  %10 = load i32, ptr %d, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, ptr %d, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 999, ptr %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then13, %if.end8, %if.then7, %if.then2, %if.then
  %11 = load i32, ptr %retval, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define hidden void @emit_until(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 10
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %2 = load i32, ptr %x.addr, align 4
  %mul = mul nsw i32 %1, %2
  %cmp1 = icmp sgt i32 %mul, 20
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  br label %return

if.end:                                           ; preds = %for.body
  %3 = load i32, ptr %i, align 4
  %4 = load i32, ptr %x.addr, align 4
  %mul2 = mul nsw i32 %3, %4
  call void @sb3_out_int(i32 noundef %mul2) #2
  %5 = load i32, ptr @out_count, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr @out_count, align 4
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %6 = load i32, ptr %i, align 4
  %inc3 = add nsw i32 %6, 1
  store i32 %inc3, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  %7 = load i32, ptr @out_count, align 4
  %add = add nsw i32 %7, 1000
  store i32 %add, ptr @out_count, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then
  ret void
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 12
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [12 x i32], ptr @xs, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  %call = call i32 @grade(i32 noundef %2) #2
  call void @sb3_out_int(i32 noundef %call) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !5

for.end:                                          ; preds = %for.cond
  call void @emit_until(i32 noundef 3) #2
  call void @emit_until(i32 noundef 0) #2
  call void @emit_until(i32 noundef 7) #2
  %4 = load i32, ptr @out_count, align 4
  call void @sb3_out_int(i32 noundef %4) #2
  ret i32 0
}

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
