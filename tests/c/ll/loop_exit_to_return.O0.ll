; ModuleID = 'tests/c/loop_exit_to_return.c'
source_filename = "tests/c/loop_exit_to_return.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Shape = type { i32, i32, i32, i32, i32 }

@wbuf = internal global [96 x float] zeroinitializer, align 16
@__const.main.s1 = private unnamed_addr constant %struct.Shape { i32 6, i32 0, i32 3, i32 1, i32 1 }, align 4
@__const.main.s2 = private unnamed_addr constant %struct.Shape { i32 6, i32 0, i32 3, i32 2, i32 2 }, align 4
@__const.main.s3 = private unnamed_addr constant %struct.Shape { i32 6, i32 0, i32 2, i32 3, i32 1 }, align 4
@quant = internal global i32 0, align 4
@outv = internal global [16 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %s1 = alloca %struct.Shape, align 4
  %s2 = alloca %struct.Shape, align 4
  %s3 = alloca %struct.Shape, align 4
  %q = alloca i32, align 4
  %d = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 96
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %rem = srem i32 %1, 7
  %conv = sitofp i32 %rem to float
  %sub = fsub float %conv, 2.500000e+00
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [96 x float], ptr @wbuf, i32 0, i32 %2
  store float %sub, ptr %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %s1, ptr align 4 @__const.main.s1, i32 20, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %s2, ptr align 4 @__const.main.s2, i32 20, i1 false)
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %s3, ptr align 4 @__const.main.s3, i32 20, i1 false)
  store i32 0, ptr %q, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc11, %for.end
  %4 = load i32, ptr %q, align 4
  %cmp2 = icmp slt i32 %4, 2
  br i1 %cmp2, label %for.body4, label %for.end13

for.body4:                                        ; preds = %for.cond1
  %5 = load i32, ptr %q, align 4
  store i32 %5, ptr @quant, align 4
  store i32 0, ptr %d, align 4
  br label %for.cond5

for.cond5:                                        ; preds = %for.inc9, %for.body4
  %6 = load i32, ptr %d, align 4
  %cmp6 = icmp slt i32 %6, 5
  br i1 %cmp6, label %for.body8, label %for.end10

for.body8:                                        ; preds = %for.cond5
  %7 = load i32, ptr %d, align 4
  call void @dispatch(ptr noundef @outv, ptr noundef @wbuf, ptr noundef %s1, i32 noundef %7) #3
  %8 = load i32, ptr %d, align 4
  call void @show(i32 noundef %8) #3
  %9 = load i32, ptr %d, align 4
  call void @dispatch(ptr noundef @outv, ptr noundef getelementptr inbounds (float, ptr @wbuf, i32 1), ptr noundef %s2, i32 noundef %9) #3
  %10 = load i32, ptr %d, align 4
  call void @show(i32 noundef %10) #3
  %11 = load i32, ptr %d, align 4
  call void @dispatch(ptr noundef @outv, ptr noundef getelementptr inbounds (float, ptr @wbuf, i32 2), ptr noundef %s3, i32 noundef %11) #3
  %12 = load i32, ptr %d, align 4
  call void @show(i32 noundef %12) #3
  br label %for.inc9

for.inc9:                                         ; preds = %for.body8
  %13 = load i32, ptr %d, align 4
  %add = add nsw i32 %13, 2
  store i32 %add, ptr %d, align 4
  br label %for.cond5, !llvm.loop !4

for.end10:                                        ; preds = %for.cond5
  br label %for.inc11

for.inc11:                                        ; preds = %for.end10
  %14 = load i32, ptr %q, align 4
  %inc12 = add nsw i32 %14, 1
  store i32 %inc12, ptr %q, align 4
  br label %for.cond1, !llvm.loop !5

for.end13:                                        ; preds = %for.cond1
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal void @dispatch(ptr noundef %out, ptr noundef %w, ptr noundef %s, i32 noundef %d) #0 {
entry:
  %out.addr = alloca ptr, align 4
  %w.addr = alloca ptr, align 4
  %s.addr = alloca ptr, align 4
  %d.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %acc = alloca float, align 4
  %g = alloca i32, align 4
  store ptr %out, ptr %out.addr, align 4
  store ptr %w, ptr %w.addr, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 %d, ptr %d.addr, align 4
  %0 = load i32, ptr @quant, align 4
  %tobool = icmp ne i32 %0, 0
  br i1 %tobool, label %land.lhs.true, label %if.else

land.lhs.true:                                    ; preds = %entry
  %1 = load ptr, ptr %s.addr, align 4
  %gi = getelementptr inbounds %struct.Shape, ptr %1, i32 0, i32 3
  %2 = load i32, ptr %gi, align 4
  %cmp = icmp eq i32 %2, 1
  br i1 %cmp, label %land.lhs.true1, label %if.else

land.lhs.true1:                                   ; preds = %land.lhs.true
  %3 = load ptr, ptr %s.addr, align 4
  %li = getelementptr inbounds %struct.Shape, ptr %3, i32 0, i32 4
  %4 = load i32, ptr %li, align 4
  %cmp2 = icmp eq i32 %4, 1
  br i1 %cmp2, label %if.then, label %if.else

if.then:                                          ; preds = %land.lhs.true1
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc9, %if.then
  %5 = load i32, ptr %i, align 4
  %6 = load i32, ptr %d.addr, align 4
  %cmp3 = icmp slt i32 %5, %6
  br i1 %cmp3, label %for.body, label %for.end11

for.body:                                         ; preds = %for.cond
  store float 0.000000e+00, ptr %acc, align 4
  store i32 0, ptr %g, align 4
  br label %for.cond4

for.cond4:                                        ; preds = %for.inc, %for.body
  %7 = load i32, ptr %g, align 4
  %8 = load ptr, ptr %s.addr, align 4
  %groups = getelementptr inbounds %struct.Shape, ptr %8, i32 0, i32 2
  %9 = load i32, ptr %groups, align 4
  %cmp5 = icmp slt i32 %7, %9
  br i1 %cmp5, label %for.body6, label %for.end

for.body6:                                        ; preds = %for.cond4
  %10 = load float, ptr %acc, align 4
  %11 = load ptr, ptr %w.addr, align 4
  %arrayidx = getelementptr inbounds float, ptr %11, i32 0
  %12 = load float, ptr %arrayidx, align 4
  %13 = load ptr, ptr %w.addr, align 4
  %arrayidx7 = getelementptr inbounds float, ptr %13, i32 1
  %14 = load float, ptr %arrayidx7, align 4
  %mul = fmul float %12, %14
  %add = fadd float %10, %mul
  store float %add, ptr %acc, align 4
  %15 = load ptr, ptr %w.addr, align 4
  %add.ptr = getelementptr inbounds float, ptr %15, i32 2
  store ptr %add.ptr, ptr %w.addr, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body6
  %16 = load i32, ptr %g, align 4
  %inc = add nsw i32 %16, 1
  store i32 %inc, ptr %g, align 4
  br label %for.cond4, !llvm.loop !6

for.end:                                          ; preds = %for.cond4
  %17 = load float, ptr %acc, align 4
  %18 = load ptr, ptr %out.addr, align 4
  %19 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds float, ptr %18, i32 %19
  store float %17, ptr %arrayidx8, align 4
  br label %for.inc9

for.inc9:                                         ; preds = %for.end
  %20 = load i32, ptr %i, align 4
  %inc10 = add nsw i32 %20, 1
  store i32 %inc10, ptr %i, align 4
  br label %for.cond, !llvm.loop !7

for.end11:                                        ; preds = %for.cond
  br label %if.end26

if.else:                                          ; preds = %land.lhs.true1, %land.lhs.true, %entry
  %21 = load i32, ptr @quant, align 4
  %tobool12 = icmp ne i32 %21, 0
  br i1 %tobool12, label %land.lhs.true13, label %if.else20

land.lhs.true13:                                  ; preds = %if.else
  %22 = load ptr, ptr %s.addr, align 4
  %gi14 = getelementptr inbounds %struct.Shape, ptr %22, i32 0, i32 3
  %23 = load i32, ptr %gi14, align 4
  %cmp15 = icmp eq i32 %23, 2
  br i1 %cmp15, label %land.lhs.true16, label %if.else20

land.lhs.true16:                                  ; preds = %land.lhs.true13
  %24 = load ptr, ptr %s.addr, align 4
  %li17 = getelementptr inbounds %struct.Shape, ptr %24, i32 0, i32 4
  %25 = load i32, ptr %li17, align 4
  %cmp18 = icmp eq i32 %25, 2
  br i1 %cmp18, label %if.then19, label %if.else20

if.then19:                                        ; preds = %land.lhs.true16
  %26 = load ptr, ptr %out.addr, align 4
  %27 = load ptr, ptr %w.addr, align 4
  %28 = load ptr, ptr %s.addr, align 4
  %29 = load i32, ptr %d.addr, align 4
  call void @rows_g2(ptr noundef %26, ptr noundef %27, ptr noundef %28, i32 noundef %29) #3
  br label %if.end25

if.else20:                                        ; preds = %land.lhs.true16, %land.lhs.true13, %if.else
  %30 = load i32, ptr @quant, align 4
  %tobool21 = icmp ne i32 %30, 0
  br i1 %tobool21, label %if.then22, label %if.else24

if.then22:                                        ; preds = %if.else20
  %31 = load ptr, ptr %out.addr, align 4
  %32 = load ptr, ptr %w.addr, align 4
  %33 = load ptr, ptr %s.addr, align 4
  %groups23 = getelementptr inbounds %struct.Shape, ptr %33, i32 0, i32 2
  %34 = load i32, ptr %groups23, align 4
  %35 = load i32, ptr %d.addr, align 4
  call void @rows_g1(ptr noundef %31, ptr noundef %32, i32 noundef %34, i32 noundef %35) #3
  br label %if.end

if.else24:                                        ; preds = %if.else20
  %36 = load ptr, ptr %out.addr, align 4
  %37 = load ptr, ptr %w.addr, align 4
  %38 = load ptr, ptr %s.addr, align 4
  %n = getelementptr inbounds %struct.Shape, ptr %38, i32 0, i32 0
  %39 = load i32, ptr %n, align 4
  %40 = load i32, ptr %d.addr, align 4
  call void @rows_plain(ptr noundef %36, ptr noundef %37, i32 noundef %39, i32 noundef %40) #3
  br label %if.end

if.end:                                           ; preds = %if.else24, %if.then22
  br label %if.end25

if.end25:                                         ; preds = %if.end, %if.then19
  br label %if.end26

if.end26:                                         ; preds = %if.end25, %for.end11
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @show(i32 noundef %d) #0 {
entry:
  %d.addr = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %d, ptr %d.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %d.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [16 x float], ptr @outv, i32 0, i32 %2
  %3 = load float, ptr %arrayidx, align 4
  %conv = fpext float %3 to double
  call void @sb3_out_double(double noundef %conv) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %4 = load i32, ptr %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !8

for.end:                                          ; preds = %for.cond
  call void @sb3_out_int(i32 noundef 99) #3
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @rows_g2(ptr noundef %out, ptr noundef %w, ptr noundef %s, i32 noundef %d) #0 {
entry:
  %out.addr = alloca ptr, align 4
  %w.addr = alloca ptr, align 4
  %s.addr = alloca ptr, align 4
  %d.addr = alloca i32, align 4
  %full = alloca i32, align 4
  %i = alloca i32, align 4
  %acc = alloca float, align 4
  %g = alloca i32, align 4
  store ptr %out, ptr %out.addr, align 4
  store ptr %w, ptr %w.addr, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 %d, ptr %d.addr, align 4
  %0 = load ptr, ptr %s.addr, align 4
  %groups = getelementptr inbounds %struct.Shape, ptr %0, i32 0, i32 2
  %1 = load i32, ptr %groups, align 4
  %sub = sub nsw i32 %1, 1
  store i32 %sub, ptr %full, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc11, %entry
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %d.addr, align 4
  %cmp = icmp slt i32 %2, %3
  br i1 %cmp, label %for.body, label %for.end13

for.body:                                         ; preds = %for.cond
  store float 0.000000e+00, ptr %acc, align 4
  store i32 0, ptr %g, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %4 = load i32, ptr %g, align 4
  %5 = load i32, ptr %full, align 4
  %cmp2 = icmp slt i32 %4, %5
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %6 = load float, ptr %acc, align 4
  %7 = load ptr, ptr %w.addr, align 4
  %arrayidx = getelementptr inbounds float, ptr %7, i32 0
  %8 = load float, ptr %arrayidx, align 4
  %9 = load ptr, ptr %w.addr, align 4
  %arrayidx4 = getelementptr inbounds float, ptr %9, i32 1
  %10 = load float, ptr %arrayidx4, align 4
  %11 = load ptr, ptr %w.addr, align 4
  %arrayidx5 = getelementptr inbounds float, ptr %11, i32 2
  %12 = load float, ptr %arrayidx5, align 4
  %add = fadd float %10, %12
  %mul = fmul float %8, %add
  %add6 = fadd float %6, %mul
  store float %add6, ptr %acc, align 4
  %13 = load ptr, ptr %w.addr, align 4
  %add.ptr = getelementptr inbounds float, ptr %13, i32 3
  store ptr %add.ptr, ptr %w.addr, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %14 = load i32, ptr %g, align 4
  %inc = add nsw i32 %14, 1
  store i32 %inc, ptr %g, align 4
  br label %for.cond1, !llvm.loop !9

for.end:                                          ; preds = %for.cond1
  %15 = load float, ptr %acc, align 4
  %16 = load ptr, ptr %w.addr, align 4
  %arrayidx7 = getelementptr inbounds float, ptr %16, i32 0
  %17 = load float, ptr %arrayidx7, align 4
  %add8 = fadd float %15, %17
  store float %add8, ptr %acc, align 4
  %18 = load ptr, ptr %w.addr, align 4
  %add.ptr9 = getelementptr inbounds float, ptr %18, i32 1
  store ptr %add.ptr9, ptr %w.addr, align 4
  %19 = load float, ptr %acc, align 4
  %20 = load ptr, ptr %out.addr, align 4
  %21 = load i32, ptr %i, align 4
  %arrayidx10 = getelementptr inbounds float, ptr %20, i32 %21
  store float %19, ptr %arrayidx10, align 4
  br label %for.inc11

for.inc11:                                        ; preds = %for.end
  %22 = load i32, ptr %i, align 4
  %inc12 = add nsw i32 %22, 1
  store i32 %inc12, ptr %i, align 4
  br label %for.cond, !llvm.loop !10

for.end13:                                        ; preds = %for.cond
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @rows_g1(ptr noundef %out, ptr noundef %w, i32 noundef %groups, i32 noundef %d) #0 {
entry:
  %out.addr = alloca ptr, align 4
  %w.addr = alloca ptr, align 4
  %groups.addr = alloca i32, align 4
  %d.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %acc = alloca float, align 4
  %g = alloca i32, align 4
  store ptr %out, ptr %out.addr, align 4
  store ptr %w, ptr %w.addr, align 4
  store i32 %groups, ptr %groups.addr, align 4
  store i32 %d, ptr %d.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc6, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %d.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end8

for.body:                                         ; preds = %for.cond
  store float 0.000000e+00, ptr %acc, align 4
  store i32 0, ptr %g, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %2 = load i32, ptr %g, align 4
  %3 = load i32, ptr %groups.addr, align 4
  %cmp2 = icmp slt i32 %2, %3
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %4 = load float, ptr %acc, align 4
  %5 = load ptr, ptr %w.addr, align 4
  %arrayidx = getelementptr inbounds float, ptr %5, i32 0
  %6 = load float, ptr %arrayidx, align 4
  %7 = load ptr, ptr %w.addr, align 4
  %arrayidx4 = getelementptr inbounds float, ptr %7, i32 1
  %8 = load float, ptr %arrayidx4, align 4
  %mul = fmul float %6, %8
  %add = fadd float %4, %mul
  store float %add, ptr %acc, align 4
  %9 = load ptr, ptr %w.addr, align 4
  %add.ptr = getelementptr inbounds float, ptr %9, i32 2
  store ptr %add.ptr, ptr %w.addr, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %10 = load i32, ptr %g, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, ptr %g, align 4
  br label %for.cond1, !llvm.loop !11

for.end:                                          ; preds = %for.cond1
  %11 = load float, ptr %acc, align 4
  %12 = load ptr, ptr %out.addr, align 4
  %13 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds float, ptr %12, i32 %13
  store float %11, ptr %arrayidx5, align 4
  br label %for.inc6

for.inc6:                                         ; preds = %for.end
  %14 = load i32, ptr %i, align 4
  %inc7 = add nsw i32 %14, 1
  store i32 %inc7, ptr %i, align 4
  br label %for.cond, !llvm.loop !12

for.end8:                                         ; preds = %for.cond
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @rows_plain(ptr noundef %out, ptr noundef %w, i32 noundef %n, i32 noundef %d) #0 {
entry:
  %out.addr = alloca ptr, align 4
  %w.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %d.addr = alloca i32, align 4
  %i = alloca i32, align 4
  %acc = alloca float, align 4
  %j = alloca i32, align 4
  store ptr %out, ptr %out.addr, align 4
  store ptr %w, ptr %w.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 %d, ptr %d.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc5, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %d.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end7

for.body:                                         ; preds = %for.cond
  store float 0.000000e+00, ptr %acc, align 4
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %2 = load i32, ptr %j, align 4
  %3 = load i32, ptr %n.addr, align 4
  %cmp2 = icmp slt i32 %2, %3
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %4 = load float, ptr %acc, align 4
  %5 = load ptr, ptr %w.addr, align 4
  %6 = load i32, ptr %j, align 4
  %arrayidx = getelementptr inbounds float, ptr %5, i32 %6
  %7 = load float, ptr %arrayidx, align 4
  %add = fadd float %4, %7
  store float %add, ptr %acc, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %8 = load i32, ptr %j, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond1, !llvm.loop !13

for.end:                                          ; preds = %for.cond1
  %9 = load float, ptr %acc, align 4
  %10 = load ptr, ptr %out.addr, align 4
  %11 = load i32, ptr %i, align 4
  %arrayidx4 = getelementptr inbounds float, ptr %10, i32 %11
  store float %9, ptr %arrayidx4, align 4
  %12 = load i32, ptr %n.addr, align 4
  %13 = load ptr, ptr %w.addr, align 4
  %add.ptr = getelementptr inbounds float, ptr %13, i32 %12
  store ptr %add.ptr, ptr %w.addr, align 4
  br label %for.inc5

for.inc5:                                         ; preds = %for.end
  %14 = load i32, ptr %i, align 4
  %inc6 = add nsw i32 %14, 1
  store i32 %inc6, ptr %i, align 4
  br label %for.cond, !llvm.loop !14

for.end7:                                         ; preds = %for.cond
  ret void
}

declare void @sb3_out_double(double noundef) #2

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
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
!13 = distinct !{!13, !3}
!14 = distinct !{!14, !3}
