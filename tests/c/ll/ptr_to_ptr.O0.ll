; ModuleID = 'tests/c/ptr_to_ptr.c'
source_filename = "tests/c/ptr_to_ptr.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@r0 = hidden global [3 x i32] [i32 1, i32 2, i32 3], align 4
@r1 = hidden global [2 x i32] [i32 10, i32 20], align 4
@r2 = hidden global [4 x i32] [i32 100, i32 200, i32 300, i32 400], align 16
@rows = hidden global [3 x ptr] [ptr @r0, ptr @r1, ptr @r2], align 4
@lens = hidden global [3 x i32] [i32 3, i32 2, i32 4], align 4
@__const.main.limits = private unnamed_addr constant [5 x i32] [i32 0, i32 5, i32 15, i32 250, i32 1000], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @find_first_above(ptr noundef %rs, i32 noundef %n, i32 noundef %limit, ptr noundef %where) #0 {
entry:
  %retval = alloca i32, align 4
  %rs.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %limit.addr = alloca i32, align 4
  %where.addr = alloca ptr, align 4
  %r = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %rs, ptr %rs.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 %limit, ptr %limit.addr, align 4
  store ptr %where, ptr %where.addr, align 4
  store i32 0, ptr %r, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc9, %entry
  %0 = load i32, ptr %r, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end11

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %i, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %r, align 4
  %arrayidx = getelementptr inbounds [3 x i32], ptr @lens, i32 0, i32 %3
  %4 = load i32, ptr %arrayidx, align 4
  %cmp2 = icmp slt i32 %2, %4
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %5 = load ptr, ptr %rs.addr, align 4
  %6 = load i32, ptr %r, align 4
  %arrayidx4 = getelementptr inbounds ptr, ptr %5, i32 %6
  %7 = load ptr, ptr %arrayidx4, align 4
  %8 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds i32, ptr %7, i32 %8
  %9 = load i32, ptr %arrayidx5, align 4
  %10 = load i32, ptr %limit.addr, align 4
  %cmp6 = icmp sgt i32 %9, %10
  br i1 %cmp6, label %if.then, label %if.end

if.then:                                          ; preds = %for.body3
  %11 = load ptr, ptr %rs.addr, align 4
  %12 = load i32, ptr %r, align 4
  %arrayidx7 = getelementptr inbounds ptr, ptr %11, i32 %12
  %13 = load ptr, ptr %arrayidx7, align 4
  %14 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds i32, ptr %13, i32 %14
  %15 = load ptr, ptr %where.addr, align 4
  store ptr %arrayidx8, ptr %15, align 4
  %16 = load i32, ptr %r, align 4
  store i32 %16, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %for.body3
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %17 = load i32, ptr %i, align 4
  %inc = add nsw i32 %17, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc9

for.inc9:                                         ; preds = %for.end
  %18 = load i32, ptr %r, align 4
  %inc10 = add nsw i32 %18, 1
  store i32 %inc10, ptr %r, align 4
  br label %for.cond, !llvm.loop !4

for.end11:                                        ; preds = %for.cond
  %19 = load ptr, ptr %where.addr, align 4
  store ptr null, ptr %19, align 4
  store i32 -1, ptr %retval, align 4
  br label %return

return:                                           ; preds = %for.end11, %if.then
  %20 = load i32, ptr %retval, align 4
  ret i32 %20
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %total = alloca i32, align 4
  %r = alloca i32, align 4
  %i = alloca i32, align 4
  %p = alloca ptr, align 4
  %q = alloca ptr, align 4
  %limits = alloca [5 x i32], align 16
  %k = alloca i32, align 4
  %w = alloca ptr, align 4
  %r15 = alloca i32, align 4
  %pp = alloca ptr, align 4
  %ppp = alloca ptr, align 4
  store i32 0, ptr %total, align 4
  store i32 0, ptr %r, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc7, %entry
  %0 = load i32, ptr %r, align 4
  %cmp = icmp slt i32 %0, 3
  br i1 %cmp, label %for.body, label %for.end9

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %i, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %i, align 4
  %2 = load i32, ptr %r, align 4
  %arrayidx = getelementptr inbounds [3 x i32], ptr @lens, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  %cmp2 = icmp slt i32 %1, %3
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %4 = load i32, ptr %r, align 4
  %arrayidx4 = getelementptr inbounds [3 x ptr], ptr @rows, i32 0, i32 %4
  %5 = load ptr, ptr %arrayidx4, align 4
  %6 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds i32, ptr %5, i32 %6
  %7 = load i32, ptr %arrayidx5, align 4
  %8 = load i32, ptr %r, align 4
  %add = add nsw i32 %8, 1
  %mul = mul nsw i32 %7, %add
  %9 = load i32, ptr %total, align 4
  %add6 = add nsw i32 %9, %mul
  store i32 %add6, ptr %total, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %10 = load i32, ptr %i, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond1, !llvm.loop !5

for.end:                                          ; preds = %for.cond1
  br label %for.inc7

for.inc7:                                         ; preds = %for.end
  %11 = load i32, ptr %r, align 4
  %inc8 = add nsw i32 %11, 1
  store i32 %inc8, ptr %r, align 4
  br label %for.cond, !llvm.loop !6

for.end9:                                         ; preds = %for.cond
  %12 = load i32, ptr %total, align 4
  call void @sb3_out_int(i32 noundef %12) #3
  store ptr @r0, ptr %p, align 4
  store ptr @r2, ptr %q, align 4
  call void @swap_ptr(ptr noundef %p, ptr noundef %q) #3
  %13 = load ptr, ptr %p, align 4
  %arrayidx10 = getelementptr inbounds i32, ptr %13, i32 3
  %14 = load i32, ptr %arrayidx10, align 4
  call void @sb3_out_int(i32 noundef %14) #3
  %15 = load ptr, ptr %q, align 4
  %arrayidx11 = getelementptr inbounds i32, ptr %15, i32 2
  %16 = load i32, ptr %arrayidx11, align 4
  call void @sb3_out_int(i32 noundef %16) #3
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %limits, ptr align 16 @__const.main.limits, i32 20, i1 false)
  store i32 0, ptr %k, align 4
  br label %for.cond12

for.cond12:                                       ; preds = %for.inc19, %for.end9
  %17 = load i32, ptr %k, align 4
  %cmp13 = icmp slt i32 %17, 5
  br i1 %cmp13, label %for.body14, label %for.end21

for.body14:                                       ; preds = %for.cond12
  %18 = load i32, ptr %k, align 4
  %arrayidx16 = getelementptr inbounds [5 x i32], ptr %limits, i32 0, i32 %18
  %19 = load i32, ptr %arrayidx16, align 4
  %call = call i32 @find_first_above(ptr noundef @rows, i32 noundef 3, i32 noundef %19, ptr noundef %w) #3
  store i32 %call, ptr %r15, align 4
  %20 = load i32, ptr %r15, align 4
  call void @sb3_out_int(i32 noundef %20) #3
  %21 = load ptr, ptr %w, align 4
  %tobool = icmp ne ptr %21, null
  br i1 %tobool, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.body14
  %22 = load ptr, ptr %w, align 4
  %23 = load i32, ptr %22, align 4
  br label %cond.end

cond.false:                                       ; preds = %for.body14
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %23, %cond.true ], [ -1, %cond.false ]
  call void @sb3_out_int(i32 noundef %cond) #3
  %24 = load ptr, ptr %w, align 4
  %tobool17 = icmp ne ptr %24, null
  br i1 %tobool17, label %if.then, label %if.end

if.then:                                          ; preds = %cond.end
  %25 = load ptr, ptr %w, align 4
  %26 = load i32, ptr %25, align 4
  %add18 = add nsw i32 %26, 1
  store i32 %add18, ptr %25, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %cond.end
  br label %for.inc19

for.inc19:                                        ; preds = %if.end
  %27 = load i32, ptr %k, align 4
  %inc20 = add nsw i32 %27, 1
  store i32 %inc20, ptr %k, align 4
  br label %for.cond12, !llvm.loop !7

for.end21:                                        ; preds = %for.cond12
  store ptr getelementptr inbounds ([3 x ptr], ptr @rows, i32 0, i32 1), ptr %pp, align 4
  store ptr %pp, ptr %ppp, align 4
  %28 = load ptr, ptr %ppp, align 4
  %29 = load ptr, ptr %28, align 4
  %30 = load ptr, ptr %29, align 4
  %arrayidx22 = getelementptr inbounds i32, ptr %30, i32 1
  store i32 99, ptr %arrayidx22, align 4
  %31 = load i32, ptr getelementptr inbounds ([2 x i32], ptr @r1, i32 0, i32 1), align 4
  call void @sb3_out_int(i32 noundef %31) #3
  %32 = load ptr, ptr %ppp, align 4
  %33 = load ptr, ptr %32, align 4
  %add.ptr = getelementptr inbounds ptr, ptr %33, i32 1
  %34 = load ptr, ptr %add.ptr, align 4
  %add.ptr23 = getelementptr inbounds i32, ptr %34, i32 2
  %35 = load i32, ptr %add.ptr23, align 4
  call void @sb3_out_int(i32 noundef %35) #3
  %36 = load i32, ptr @r0, align 4
  %37 = load i32, ptr @r1, align 4
  %add24 = add nsw i32 %36, %37
  %38 = load i32, ptr @r2, align 16
  %add25 = add nsw i32 %add24, %38
  call void @sb3_out_int(i32 noundef %add25) #3
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define internal void @swap_ptr(ptr noundef %a, ptr noundef %b) #0 {
entry:
  %a.addr = alloca ptr, align 4
  %b.addr = alloca ptr, align 4
  %t = alloca ptr, align 4
  store ptr %a, ptr %a.addr, align 4
  store ptr %b, ptr %b.addr, align 4
  %0 = load ptr, ptr %a.addr, align 4
  %1 = load ptr, ptr %0, align 4
  store ptr %1, ptr %t, align 4
  %2 = load ptr, ptr %b.addr, align 4
  %3 = load ptr, ptr %2, align 4
  %4 = load ptr, ptr %a.addr, align 4
  store ptr %3, ptr %4, align 4
  %5 = load ptr, ptr %t, align 4
  %6 = load ptr, ptr %b.addr, align 4
  store ptr %5, ptr %6, align 4
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #2

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
