; ModuleID = 'tests/c/loop_multi_exit.c'
source_filename = "tests/c/loop_multi_exit.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@data = hidden global [10 x i32] [i32 4, i32 8, i32 15, i32 16, i32 23, i32 42, i32 -1, i32 7, i32 0, i32 99], align 16
@__const.main.targets = private unnamed_addr constant [6 x i32] [i32 4, i32 15, i32 42, i32 7, i32 5, i32 99], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @classify(i32 noundef %limit, i32 noundef %target) #0 {
entry:
  %retval = alloca i32, align 4
  %limit.addr = alloca i32, align 4
  %target.addr = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %limit, ptr %limit.addr, align 4
  store i32 %target, ptr %target.addr, align 4
  store i32 0, ptr %i, align 4
  br label %while.body

while.body:                                       ; preds = %entry, %if.end11
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %limit.addr, align 4
  %cmp = icmp sge i32 %0, %1
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %while.body
  store i32 -1, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %while.body
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [10 x i32], ptr @data, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  %4 = load i32, ptr %target.addr, align 4
  %cmp1 = icmp eq i32 %3, %4
  br i1 %cmp1, label %if.then2, label %if.end3

if.then2:                                         ; preds = %if.end
  %5 = load i32, ptr %i, align 4
  store i32 %5, ptr %retval, align 4
  br label %return

if.end3:                                          ; preds = %if.end
  %6 = load i32, ptr %i, align 4
  %arrayidx4 = getelementptr inbounds [10 x i32], ptr @data, i32 0, i32 %6
  %7 = load i32, ptr %arrayidx4, align 4
  %cmp5 = icmp slt i32 %7, 0
  br i1 %cmp5, label %if.then6, label %if.end7

if.then6:                                         ; preds = %if.end3
  %8 = load i32, ptr %i, align 4
  %sub = sub nsw i32 -100, %8
  store i32 %sub, ptr %retval, align 4
  br label %return

if.end7:                                          ; preds = %if.end3
  %9 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds [10 x i32], ptr @data, i32 0, i32 %9
  %10 = load i32, ptr %arrayidx8, align 4
  %cmp9 = icmp sgt i32 %10, 40
  br i1 %cmp9, label %if.then10, label %if.end11

if.then10:                                        ; preds = %if.end7
  br label %while.end

if.end11:                                         ; preds = %if.end7
  %11 = load i32, ptr %i, align 4
  %inc = add nsw i32 %11, 1
  store i32 %inc, ptr %i, align 4
  br label %while.body

while.end:                                        ; preds = %if.then10
  %12 = load i32, ptr %i, align 4
  %add = add nsw i32 1000, %12
  store i32 %add, ptr %retval, align 4
  br label %return

return:                                           ; preds = %while.end, %if.then6, %if.then2, %if.then
  %13 = load i32, ptr %retval, align 4
  ret i32 %13
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @find_pair(i32 noundef %sum) #0 {
entry:
  %retval = alloca i32, align 4
  %sum.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  store i32 %sum, ptr %sum.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc8, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 10
  br i1 %cmp, label %for.body, label %for.end10

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %add = add nsw i32 %1, 1
  store i32 %add, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %2 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %2, 10
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [10 x i32], ptr @data, i32 0, i32 %3
  %4 = load i32, ptr %arrayidx, align 4
  %5 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [10 x i32], ptr @data, i32 0, i32 %5
  %6 = load i32, ptr %arrayidx4, align 4
  %add5 = add nsw i32 %4, %6
  %7 = load i32, ptr %sum.addr, align 4
  %cmp6 = icmp eq i32 %add5, %7
  br i1 %cmp6, label %if.then, label %if.end

if.then:                                          ; preds = %for.body3
  %8 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %8, 10
  %9 = load i32, ptr %j, align 4
  %add7 = add nsw i32 %mul, %9
  store i32 %add7, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %for.body3
  br label %for.inc

for.inc:                                          ; preds = %if.end
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
  store i32 -1, ptr %retval, align 4
  br label %return

return:                                           ; preds = %for.end10, %if.then
  %12 = load i32, ptr %retval, align 4
  ret i32 %12
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %targets = alloca [6 x i32], align 16
  %l = alloca i32, align 4
  %t = alloca i32, align 4
  %s = alloca i32, align 4
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %why = alloca i32, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %targets, ptr align 16 @__const.main.targets, i32 24, i1 false)
  store i32 0, ptr %l, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc4, %entry
  %0 = load i32, ptr %l, align 4
  %cmp = icmp sle i32 %0, 10
  br i1 %cmp, label %for.body, label %for.end5

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %t, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %t, align 4
  %cmp2 = icmp slt i32 %1, 6
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %l, align 4
  %3 = load i32, ptr %t, align 4
  %arrayidx = getelementptr inbounds [6 x i32], ptr %targets, i32 0, i32 %3
  %4 = load i32, ptr %arrayidx, align 4
  %call = call i32 @classify(i32 noundef %2, i32 noundef %4) #3
  call void @sb3_out_int(i32 noundef %call) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %5 = load i32, ptr %t, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %t, align 4
  br label %for.cond1, !llvm.loop !5

for.end:                                          ; preds = %for.cond1
  br label %for.inc4

for.inc4:                                         ; preds = %for.end
  %6 = load i32, ptr %l, align 4
  %add = add nsw i32 %6, 2
  store i32 %add, ptr %l, align 4
  br label %for.cond, !llvm.loop !6

for.end5:                                         ; preds = %for.cond
  store i32 -1, ptr %s, align 4
  br label %for.cond6

for.cond6:                                        ; preds = %for.inc10, %for.end5
  %7 = load i32, ptr %s, align 4
  %cmp7 = icmp slt i32 %7, 60
  br i1 %cmp7, label %for.body8, label %for.end12

for.body8:                                        ; preds = %for.cond6
  %8 = load i32, ptr %s, align 4
  %call9 = call i32 @find_pair(i32 noundef %8) #3
  call void @sb3_out_int(i32 noundef %call9) #3
  br label %for.inc10

for.inc10:                                        ; preds = %for.body8
  %9 = load i32, ptr %s, align 4
  %add11 = add nsw i32 %9, 7
  store i32 %add11, ptr %s, align 4
  br label %for.cond6, !llvm.loop !7

for.end12:                                        ; preds = %for.cond6
  store i32 1, ptr %a, align 4
  store i32 1, ptr %b, align 4
  store i32 0, ptr %why, align 4
  br label %for.cond13

for.cond13:                                       ; preds = %if.end18, %for.end12
  %10 = load i32, ptr %a, align 4
  %mul = mul nsw i32 %10, 3
  %rem = srem i32 %mul, 1000
  store i32 %rem, ptr %a, align 4
  %11 = load i32, ptr %a, align 4
  %cmp14 = icmp eq i32 %11, 1
  br i1 %cmp14, label %if.then, label %if.end

if.then:                                          ; preds = %for.cond13
  store i32 1, ptr %why, align 4
  br label %for.end19

if.end:                                           ; preds = %for.cond13
  %12 = load i32, ptr %a, align 4
  %13 = load i32, ptr %b, align 4
  %add15 = add nsw i32 %13, %12
  store i32 %add15, ptr %b, align 4
  %14 = load i32, ptr %b, align 4
  %cmp16 = icmp sgt i32 %14, 5000
  br i1 %cmp16, label %if.then17, label %if.end18

if.then17:                                        ; preds = %if.end
  store i32 2, ptr %why, align 4
  br label %for.end19

if.end18:                                         ; preds = %if.end
  br label %for.cond13

for.end19:                                        ; preds = %if.then17, %if.then
  %15 = load i32, ptr %why, align 4
  call void @sb3_out_int(i32 noundef %15) #3
  %16 = load i32, ptr %a, align 4
  call void @sb3_out_int(i32 noundef %16) #3
  %17 = load i32, ptr %b, align 4
  call void @sb3_out_int(i32 noundef %17) #3
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #1

declare void @sb3_out_int(i32 noundef) #2

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
