; ModuleID = 'tests/c/rec_local_array.c'
source_filename = "tests/c/rec_local_array.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@perms = internal global i32 0, align 4
@__const.main.a = private unnamed_addr constant [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden void @permute(ptr noundef %a, i32 noundef %k, i32 noundef %n) #0 {
entry:
  %a.addr = alloca ptr, align 4
  %k.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %v = alloca i32, align 4
  %i = alloca i32, align 4
  %i6 = alloca i32, align 4
  %t = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 4
  store i32 %k, ptr %k.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %k.addr, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp eq i32 %0, %1
  br i1 %cmp, label %if.then, label %if.end5

if.then:                                          ; preds = %entry
  %2 = load i32, ptr @perms, align 4
  %cmp1 = icmp slt i32 %2, 8
  br i1 %cmp1, label %if.then2, label %if.end

if.then2:                                         ; preds = %if.then
  store i32 0, ptr %v, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %if.then2
  %3 = load i32, ptr %i, align 4
  %4 = load i32, ptr %n.addr, align 4
  %cmp3 = icmp slt i32 %3, %4
  br i1 %cmp3, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %5 = load i32, ptr %v, align 4
  %mul = mul nsw i32 %5, 10
  %6 = load ptr, ptr %a.addr, align 4
  %7 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i32, ptr %6, i32 %7
  %8 = load i32, ptr %arrayidx, align 4
  %add = add nsw i32 %mul, %8
  store i32 %add, ptr %v, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %9 = load i32, ptr %i, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %10 = load i32, ptr %v, align 4
  call void @sb3_out_int(i32 noundef %10) #3
  br label %if.end

if.end:                                           ; preds = %for.end, %if.then
  %11 = load i32, ptr @perms, align 4
  %inc4 = add nsw i32 %11, 1
  store i32 %inc4, ptr @perms, align 4
  br label %for.end21

if.end5:                                          ; preds = %entry
  %12 = load i32, ptr %k.addr, align 4
  store i32 %12, ptr %i6, align 4
  br label %for.cond7

for.cond7:                                        ; preds = %for.inc19, %if.end5
  %13 = load i32, ptr %i6, align 4
  %14 = load i32, ptr %n.addr, align 4
  %cmp8 = icmp slt i32 %13, %14
  br i1 %cmp8, label %for.body9, label %for.end21

for.body9:                                        ; preds = %for.cond7
  %15 = load ptr, ptr %a.addr, align 4
  %16 = load i32, ptr %k.addr, align 4
  %arrayidx10 = getelementptr inbounds i32, ptr %15, i32 %16
  %17 = load i32, ptr %arrayidx10, align 4
  store i32 %17, ptr %t, align 4
  %18 = load ptr, ptr %a.addr, align 4
  %19 = load i32, ptr %i6, align 4
  %arrayidx11 = getelementptr inbounds i32, ptr %18, i32 %19
  %20 = load i32, ptr %arrayidx11, align 4
  %21 = load ptr, ptr %a.addr, align 4
  %22 = load i32, ptr %k.addr, align 4
  %arrayidx12 = getelementptr inbounds i32, ptr %21, i32 %22
  store i32 %20, ptr %arrayidx12, align 4
  %23 = load i32, ptr %t, align 4
  %24 = load ptr, ptr %a.addr, align 4
  %25 = load i32, ptr %i6, align 4
  %arrayidx13 = getelementptr inbounds i32, ptr %24, i32 %25
  store i32 %23, ptr %arrayidx13, align 4
  %26 = load ptr, ptr %a.addr, align 4
  %27 = load i32, ptr %k.addr, align 4
  %add14 = add nsw i32 %27, 1
  %28 = load i32, ptr %n.addr, align 4
  call void @permute(ptr noundef %26, i32 noundef %add14, i32 noundef %28) #3
  %29 = load ptr, ptr %a.addr, align 4
  %30 = load i32, ptr %k.addr, align 4
  %arrayidx15 = getelementptr inbounds i32, ptr %29, i32 %30
  %31 = load i32, ptr %arrayidx15, align 4
  store i32 %31, ptr %t, align 4
  %32 = load ptr, ptr %a.addr, align 4
  %33 = load i32, ptr %i6, align 4
  %arrayidx16 = getelementptr inbounds i32, ptr %32, i32 %33
  %34 = load i32, ptr %arrayidx16, align 4
  %35 = load ptr, ptr %a.addr, align 4
  %36 = load i32, ptr %k.addr, align 4
  %arrayidx17 = getelementptr inbounds i32, ptr %35, i32 %36
  store i32 %34, ptr %arrayidx17, align 4
  %37 = load i32, ptr %t, align 4
  %38 = load ptr, ptr %a.addr, align 4
  %39 = load i32, ptr %i6, align 4
  %arrayidx18 = getelementptr inbounds i32, ptr %38, i32 %39
  store i32 %37, ptr %arrayidx18, align 4
  br label %for.inc19

for.inc19:                                        ; preds = %for.body9
  %40 = load i32, ptr %i6, align 4
  %inc20 = add nsw i32 %40, 1
  store i32 %inc20, ptr %i6, align 4
  br label %for.cond7, !llvm.loop !4

for.end21:                                        ; preds = %if.end, %for.cond7
  ret void
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define hidden void @msort(ptr noundef %a, i32 noundef %n) #0 {
entry:
  %a.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %tmp = alloca [32 x i32], align 16
  %h = alloca i32, align 4
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %k = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, 2
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  br label %for.end

if.end:                                           ; preds = %entry
  %1 = load i32, ptr %n.addr, align 4
  %div = sdiv i32 %1, 2
  store i32 %div, ptr %h, align 4
  %2 = load ptr, ptr %a.addr, align 4
  %3 = load i32, ptr %h, align 4
  call void @msort(ptr noundef %2, i32 noundef %3) #3
  %4 = load ptr, ptr %a.addr, align 4
  %5 = load i32, ptr %h, align 4
  %add.ptr = getelementptr inbounds i32, ptr %4, i32 %5
  %6 = load i32, ptr %n.addr, align 4
  %7 = load i32, ptr %h, align 4
  %sub = sub nsw i32 %6, %7
  call void @msort(ptr noundef %add.ptr, i32 noundef %sub) #3
  store i32 0, ptr %i, align 4
  %8 = load i32, ptr %h, align 4
  store i32 %8, ptr %j, align 4
  store i32 0, ptr %k, align 4
  br label %while.cond

while.cond:                                       ; preds = %cond.end, %if.end
  %9 = load i32, ptr %i, align 4
  %10 = load i32, ptr %h, align 4
  %cmp1 = icmp slt i32 %9, %10
  br i1 %cmp1, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %while.cond
  %11 = load i32, ptr %j, align 4
  %12 = load i32, ptr %n.addr, align 4
  %cmp2 = icmp slt i32 %11, %12
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %13 = phi i1 [ false, %while.cond ], [ %cmp2, %land.rhs ]
  br i1 %13, label %while.body, label %while.end

while.body:                                       ; preds = %land.end
  %14 = load ptr, ptr %a.addr, align 4
  %15 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i32, ptr %14, i32 %15
  %16 = load i32, ptr %arrayidx, align 4
  %17 = load ptr, ptr %a.addr, align 4
  %18 = load i32, ptr %j, align 4
  %arrayidx3 = getelementptr inbounds i32, ptr %17, i32 %18
  %19 = load i32, ptr %arrayidx3, align 4
  %cmp4 = icmp sle i32 %16, %19
  br i1 %cmp4, label %cond.true, label %cond.false

cond.true:                                        ; preds = %while.body
  %20 = load ptr, ptr %a.addr, align 4
  %21 = load i32, ptr %i, align 4
  %inc = add nsw i32 %21, 1
  store i32 %inc, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds i32, ptr %20, i32 %21
  %22 = load i32, ptr %arrayidx5, align 4
  br label %cond.end

cond.false:                                       ; preds = %while.body
  %23 = load ptr, ptr %a.addr, align 4
  %24 = load i32, ptr %j, align 4
  %inc6 = add nsw i32 %24, 1
  store i32 %inc6, ptr %j, align 4
  %arrayidx7 = getelementptr inbounds i32, ptr %23, i32 %24
  %25 = load i32, ptr %arrayidx7, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %22, %cond.true ], [ %25, %cond.false ]
  %26 = load i32, ptr %k, align 4
  %inc8 = add nsw i32 %26, 1
  store i32 %inc8, ptr %k, align 4
  %arrayidx9 = getelementptr inbounds [32 x i32], ptr %tmp, i32 0, i32 %26
  store i32 %cond, ptr %arrayidx9, align 4
  br label %while.cond, !llvm.loop !5

while.end:                                        ; preds = %land.end
  br label %while.cond10

while.cond10:                                     ; preds = %while.body12, %while.end
  %27 = load i32, ptr %i, align 4
  %28 = load i32, ptr %h, align 4
  %cmp11 = icmp slt i32 %27, %28
  br i1 %cmp11, label %while.body12, label %while.end17

while.body12:                                     ; preds = %while.cond10
  %29 = load ptr, ptr %a.addr, align 4
  %30 = load i32, ptr %i, align 4
  %inc13 = add nsw i32 %30, 1
  store i32 %inc13, ptr %i, align 4
  %arrayidx14 = getelementptr inbounds i32, ptr %29, i32 %30
  %31 = load i32, ptr %arrayidx14, align 4
  %32 = load i32, ptr %k, align 4
  %inc15 = add nsw i32 %32, 1
  store i32 %inc15, ptr %k, align 4
  %arrayidx16 = getelementptr inbounds [32 x i32], ptr %tmp, i32 0, i32 %32
  store i32 %31, ptr %arrayidx16, align 4
  br label %while.cond10, !llvm.loop !6

while.end17:                                      ; preds = %while.cond10
  br label %while.cond18

while.cond18:                                     ; preds = %while.body20, %while.end17
  %33 = load i32, ptr %j, align 4
  %34 = load i32, ptr %n.addr, align 4
  %cmp19 = icmp slt i32 %33, %34
  br i1 %cmp19, label %while.body20, label %while.end25

while.body20:                                     ; preds = %while.cond18
  %35 = load ptr, ptr %a.addr, align 4
  %36 = load i32, ptr %j, align 4
  %inc21 = add nsw i32 %36, 1
  store i32 %inc21, ptr %j, align 4
  %arrayidx22 = getelementptr inbounds i32, ptr %35, i32 %36
  %37 = load i32, ptr %arrayidx22, align 4
  %38 = load i32, ptr %k, align 4
  %inc23 = add nsw i32 %38, 1
  store i32 %inc23, ptr %k, align 4
  %arrayidx24 = getelementptr inbounds [32 x i32], ptr %tmp, i32 0, i32 %38
  store i32 %37, ptr %arrayidx24, align 4
  br label %while.cond18, !llvm.loop !7

while.end25:                                      ; preds = %while.cond18
  store i32 0, ptr %k, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %while.end25
  %39 = load i32, ptr %k, align 4
  %40 = load i32, ptr %n.addr, align 4
  %cmp26 = icmp slt i32 %39, %40
  br i1 %cmp26, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %41 = load i32, ptr %k, align 4
  %arrayidx27 = getelementptr inbounds [32 x i32], ptr %tmp, i32 0, i32 %41
  %42 = load i32, ptr %arrayidx27, align 4
  %43 = load ptr, ptr %a.addr, align 4
  %44 = load i32, ptr %k, align 4
  %arrayidx28 = getelementptr inbounds i32, ptr %43, i32 %44
  store i32 %42, ptr %arrayidx28, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %45 = load i32, ptr %k, align 4
  %inc29 = add nsw i32 %45, 1
  store i32 %inc29, ptr %k, align 4
  br label %for.cond, !llvm.loop !8

for.end:                                          ; preds = %if.then, %for.cond
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @check_locals(i32 noundef %depth) #0 {
entry:
  %depth.addr = alloca i32, align 4
  %mine = alloca [4 x i32], align 16
  %i = alloca i32, align 4
  %below = alloca i32, align 4
  %ok = alloca i32, align 4
  %i2 = alloca i32, align 4
  store i32 %depth, ptr %depth.addr, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 4
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %depth.addr, align 4
  %mul = mul nsw i32 %1, 10
  %2 = load i32, ptr %i, align 4
  %add = add nsw i32 %mul, %2
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [4 x i32], ptr %mine, i32 0, i32 %3
  store i32 %add, ptr %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %4 = load i32, ptr %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !9

for.end:                                          ; preds = %for.cond
  %5 = load i32, ptr %depth.addr, align 4
  %cmp1 = icmp sgt i32 %5, 0
  br i1 %cmp1, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.end
  %6 = load i32, ptr %depth.addr, align 4
  %sub = sub nsw i32 %6, 1
  %call = call i32 @check_locals(i32 noundef %sub) #3
  br label %cond.end

cond.false:                                       ; preds = %for.end
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %call, %cond.true ], [ 0, %cond.false ]
  store i32 %cond, ptr %below, align 4
  store i32 1, ptr %ok, align 4
  store i32 0, ptr %i2, align 4
  br label %for.cond3

for.cond3:                                        ; preds = %for.inc10, %cond.end
  %7 = load i32, ptr %i2, align 4
  %cmp4 = icmp slt i32 %7, 4
  br i1 %cmp4, label %for.body5, label %for.end12

for.body5:                                        ; preds = %for.cond3
  %8 = load i32, ptr %i2, align 4
  %arrayidx6 = getelementptr inbounds [4 x i32], ptr %mine, i32 0, i32 %8
  %9 = load i32, ptr %arrayidx6, align 4
  %10 = load i32, ptr %depth.addr, align 4
  %mul7 = mul nsw i32 %10, 10
  %11 = load i32, ptr %i2, align 4
  %add8 = add nsw i32 %mul7, %11
  %cmp9 = icmp eq i32 %9, %add8
  %conv = zext i1 %cmp9 to i32
  %12 = load i32, ptr %ok, align 4
  %and = and i32 %12, %conv
  store i32 %and, ptr %ok, align 4
  br label %for.inc10

for.inc10:                                        ; preds = %for.body5
  %13 = load i32, ptr %i2, align 4
  %inc11 = add nsw i32 %13, 1
  store i32 %inc11, ptr %i2, align 4
  br label %for.cond3, !llvm.loop !10

for.end12:                                        ; preds = %for.cond3
  %14 = load i32, ptr %below, align 4
  %15 = load i32, ptr %ok, align 4
  %add13 = add nsw i32 %14, %15
  ret i32 %add13
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @hanoi(i32 noundef %n, i32 noundef %from, i32 noundef %to, i32 noundef %via) #0 {
entry:
  %retval = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %from.addr = alloca i32, align 4
  %to.addr = alloca i32, align 4
  %via.addr = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 %from, ptr %from.addr, align 4
  store i32 %to, ptr %to.addr, align 4
  store i32 %via, ptr %via.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp eq i32 %0, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 0, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %1 = load i32, ptr %n.addr, align 4
  %sub = sub nsw i32 %1, 1
  %2 = load i32, ptr %from.addr, align 4
  %3 = load i32, ptr %via.addr, align 4
  %4 = load i32, ptr %to.addr, align 4
  %call = call i32 @hanoi(i32 noundef %sub, i32 noundef %2, i32 noundef %3, i32 noundef %4) #3
  %add = add nsw i32 %call, 1
  %5 = load i32, ptr %n.addr, align 4
  %sub1 = sub nsw i32 %5, 1
  %6 = load i32, ptr %via.addr, align 4
  %7 = load i32, ptr %to.addr, align 4
  %8 = load i32, ptr %from.addr, align 4
  %call2 = call i32 @hanoi(i32 noundef %sub1, i32 noundef %6, i32 noundef %7, i32 noundef %8) #3
  %add3 = add nsw i32 %add, %call2
  store i32 %add3, ptr %retval, align 4
  br label %return

return:                                           ; preds = %if.end, %if.then
  %9 = load i32, ptr %retval, align 4
  ret i32 %9
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %a = alloca [4 x i32], align 16
  %b = alloca [20 x i32], align 16
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  %i2 = alloca i32, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %a, ptr align 16 @__const.main.a, i32 16, i1 false)
  %arraydecay = getelementptr inbounds [4 x i32], ptr %a, i32 0, i32 0
  call void @permute(ptr noundef %arraydecay, i32 noundef 0, i32 noundef 4) #3
  %0 = load i32, ptr @perms, align 4
  call void @sb3_out_int(i32 noundef %0) #3
  store i32 7, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %1 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %1, 20
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %s, align 4
  %mul = mul i32 %2, 1103515245
  %add = add i32 %mul, 12345
  store i32 %add, ptr %s, align 4
  %3 = load i32, ptr %s, align 4
  %shr = lshr i32 %3, 16
  %rem = srem i32 %shr, 100
  %sub = sub nsw i32 %rem, 50
  %4 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [20 x i32], ptr %b, i32 0, i32 %4
  store i32 %sub, ptr %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %5 = load i32, ptr %i, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !11

for.end:                                          ; preds = %for.cond
  %arraydecay1 = getelementptr inbounds [20 x i32], ptr %b, i32 0, i32 0
  call void @msort(ptr noundef %arraydecay1, i32 noundef 20) #3
  store i32 0, ptr %i2, align 4
  br label %for.cond3

for.cond3:                                        ; preds = %for.inc7, %for.end
  %6 = load i32, ptr %i2, align 4
  %cmp4 = icmp slt i32 %6, 20
  br i1 %cmp4, label %for.body5, label %for.end9

for.body5:                                        ; preds = %for.cond3
  %7 = load i32, ptr %i2, align 4
  %arrayidx6 = getelementptr inbounds [20 x i32], ptr %b, i32 0, i32 %7
  %8 = load i32, ptr %arrayidx6, align 4
  call void @sb3_out_int(i32 noundef %8) #3
  br label %for.inc7

for.inc7:                                         ; preds = %for.body5
  %9 = load i32, ptr %i2, align 4
  %inc8 = add nsw i32 %9, 1
  store i32 %inc8, ptr %i2, align 4
  br label %for.cond3, !llvm.loop !12

for.end9:                                         ; preds = %for.cond3
  %call = call i32 @check_locals(i32 noundef 12) #3
  call void @sb3_out_int(i32 noundef %call) #3
  %call10 = call i32 @hanoi(i32 noundef 8, i32 noundef 1, i32 noundef 3, i32 noundef 2) #3
  call void @sb3_out_int(i32 noundef %call10) #3
  ret i32 0
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
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
