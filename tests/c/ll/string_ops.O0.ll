; ModuleID = 'tests/c/string_ops.c'
source_filename = "tests/c/string_ops.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"apples\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"Apple\00", align 1
@.str.4 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"band\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"bandana\00", align 1
@words = hidden global [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str.7 = private unnamed_addr constant [6 x i8] c"Hello\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c", \00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"Scratch!\00", align 1
@__const.main.nums = private unnamed_addr constant [6 x i32] [i32 0, i32 7, i32 -7, i32 12345, i32 -2147483648, i32 2147483647], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @my_strcmp(ptr noundef %a, ptr noundef %b) #0 {
entry:
  %a.addr = alloca ptr, align 4
  %b.addr = alloca ptr, align 4
  store ptr %a, ptr %a.addr, align 4
  store ptr %b, ptr %b.addr, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %a.addr, align 4
  %1 = load i8, ptr %0, align 1
  %conv = sext i8 %1 to i32
  %tobool = icmp ne i32 %conv, 0
  br i1 %tobool, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %while.cond
  %2 = load ptr, ptr %a.addr, align 4
  %3 = load i8, ptr %2, align 1
  %conv1 = sext i8 %3 to i32
  %4 = load ptr, ptr %b.addr, align 4
  %5 = load i8, ptr %4, align 1
  %conv2 = sext i8 %5 to i32
  %cmp = icmp eq i32 %conv1, %conv2
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %6 = phi i1 [ false, %while.cond ], [ %cmp, %land.rhs ]
  br i1 %6, label %while.body, label %while.end

while.body:                                       ; preds = %land.end
  %7 = load ptr, ptr %a.addr, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %7, i32 1
  store ptr %incdec.ptr, ptr %a.addr, align 4
  %8 = load ptr, ptr %b.addr, align 4
  %incdec.ptr4 = getelementptr inbounds i8, ptr %8, i32 1
  store ptr %incdec.ptr4, ptr %b.addr, align 4
  br label %while.cond, !llvm.loop !2

while.end:                                        ; preds = %land.end
  %9 = load ptr, ptr %a.addr, align 4
  %10 = load i8, ptr %9, align 1
  %conv5 = zext i8 %10 to i32
  %11 = load ptr, ptr %b.addr, align 4
  %12 = load i8, ptr %11, align 1
  %conv6 = zext i8 %12 to i32
  %sub = sub nsw i32 %conv5, %conv6
  ret i32 %sub
}

; Function Attrs: noinline nounwind optnone
define hidden void @reverse(ptr noundef %s) #0 {
entry:
  %s.addr = alloca ptr, align 4
  %n = alloca i32, align 4
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %t = alloca i8, align 1
  store ptr %s, ptr %s.addr, align 4
  %0 = load ptr, ptr %s.addr, align 4
  %call = call i32 @my_strlen(ptr noundef %0) #3
  store i32 %call, ptr %n, align 4
  store i32 0, ptr %i, align 4
  %1 = load i32, ptr %n, align 4
  %sub = sub nsw i32 %1, 1
  store i32 %sub, ptr %j, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %2 = load i32, ptr %i, align 4
  %3 = load i32, ptr %j, align 4
  %cmp = icmp slt i32 %2, %3
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %4 = load ptr, ptr %s.addr, align 4
  %5 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i8, ptr %4, i32 %5
  %6 = load i8, ptr %arrayidx, align 1
  store i8 %6, ptr %t, align 1
  %7 = load ptr, ptr %s.addr, align 4
  %8 = load i32, ptr %j, align 4
  %arrayidx1 = getelementptr inbounds i8, ptr %7, i32 %8
  %9 = load i8, ptr %arrayidx1, align 1
  %10 = load ptr, ptr %s.addr, align 4
  %11 = load i32, ptr %i, align 4
  %arrayidx2 = getelementptr inbounds i8, ptr %10, i32 %11
  store i8 %9, ptr %arrayidx2, align 1
  %12 = load i8, ptr %t, align 1
  %13 = load ptr, ptr %s.addr, align 4
  %14 = load i32, ptr %j, align 4
  %arrayidx3 = getelementptr inbounds i8, ptr %13, i32 %14
  store i8 %12, ptr %arrayidx3, align 1
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %15 = load i32, ptr %i, align 4
  %inc = add nsw i32 %15, 1
  store i32 %inc, ptr %i, align 4
  %16 = load i32, ptr %j, align 4
  %dec = add nsw i32 %16, -1
  store i32 %dec, ptr %j, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @my_strlen(ptr noundef %s) #0 {
entry:
  %s.addr = alloca ptr, align 4
  %n = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 0, ptr %n, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %s.addr, align 4
  %1 = load i32, ptr %n, align 4
  %arrayidx = getelementptr inbounds i8, ptr %0, i32 %1
  %2 = load i8, ptr %arrayidx, align 1
  %tobool = icmp ne i8 %2, 0
  br i1 %tobool, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %3 = load i32, ptr %n, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %n, align 4
  br label %while.cond, !llvm.loop !5

while.end:                                        ; preds = %while.cond
  %4 = load i32, ptr %n, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %i1 = alloca i32, align 4
  %j = alloca i32, align 4
  %c = alloca i32, align 4
  %buf = alloca [64 x i8], align 16
  %i26 = alloca i32, align 4
  %nums = alloca [6 x i32], align 16
  %i46 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 7
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [7 x ptr], ptr @words, i32 0, i32 %1
  %2 = load ptr, ptr %arrayidx, align 4
  %call = call i32 @my_strlen(ptr noundef %2) #3
  call void @sb3_out_int(i32 noundef %call) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i1, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc16, %for.end
  %4 = load i32, ptr %i1, align 4
  %cmp3 = icmp slt i32 %4, 7
  br i1 %cmp3, label %for.body4, label %for.end18

for.body4:                                        ; preds = %for.cond2
  store i32 0, ptr %j, align 4
  br label %for.cond5

for.cond5:                                        ; preds = %for.inc13, %for.body4
  %5 = load i32, ptr %j, align 4
  %cmp6 = icmp slt i32 %5, 7
  br i1 %cmp6, label %for.body7, label %for.end15

for.body7:                                        ; preds = %for.cond5
  %6 = load i32, ptr %i1, align 4
  %arrayidx8 = getelementptr inbounds [7 x ptr], ptr @words, i32 0, i32 %6
  %7 = load ptr, ptr %arrayidx8, align 4
  %8 = load i32, ptr %j, align 4
  %arrayidx9 = getelementptr inbounds [7 x ptr], ptr @words, i32 0, i32 %8
  %9 = load ptr, ptr %arrayidx9, align 4
  %call10 = call i32 @my_strcmp(ptr noundef %7, ptr noundef %9) #3
  store i32 %call10, ptr %c, align 4
  %10 = load i32, ptr %c, align 4
  %cmp11 = icmp slt i32 %10, 0
  br i1 %cmp11, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.body7
  br label %cond.end

cond.false:                                       ; preds = %for.body7
  %11 = load i32, ptr %c, align 4
  %cmp12 = icmp sgt i32 %11, 0
  %conv = zext i1 %cmp12 to i32
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ -1, %cond.true ], [ %conv, %cond.false ]
  call void @sb3_out_int(i32 noundef %cond) #3
  br label %for.inc13

for.inc13:                                        ; preds = %cond.end
  %12 = load i32, ptr %j, align 4
  %inc14 = add nsw i32 %12, 1
  store i32 %inc14, ptr %j, align 4
  br label %for.cond5, !llvm.loop !7

for.end15:                                        ; preds = %for.cond5
  br label %for.inc16

for.inc16:                                        ; preds = %for.end15
  %13 = load i32, ptr %i1, align 4
  %inc17 = add nsw i32 %13, 1
  store i32 %inc17, ptr %i1, align 4
  br label %for.cond2, !llvm.loop !8

for.end18:                                        ; preds = %for.cond2
  %arraydecay = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  call void @my_strcpy(ptr noundef %arraydecay, ptr noundef @.str.7) #3
  %arraydecay19 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  call void @my_strcat(ptr noundef %arraydecay19, ptr noundef @.str.8) #3
  %arraydecay20 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  call void @my_strcat(ptr noundef %arraydecay20, ptr noundef @.str.9) #3
  %arraydecay21 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  call void @print(ptr noundef %arraydecay21) #3
  %arraydecay22 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  %call23 = call i32 @my_strlen(ptr noundef %arraydecay22) #3
  call void @sb3_out_int(i32 noundef %call23) #3
  %arraydecay24 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  call void @reverse(ptr noundef %arraydecay24) #3
  %arraydecay25 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  call void @print(ptr noundef %arraydecay25) #3
  store i32 0, ptr %i26, align 4
  br label %for.cond27

for.cond27:                                       ; preds = %for.inc42, %for.end18
  %14 = load i32, ptr %i26, align 4
  %arrayidx28 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 %14
  %15 = load i8, ptr %arrayidx28, align 1
  %tobool = icmp ne i8 %15, 0
  br i1 %tobool, label %for.body29, label %for.end44

for.body29:                                       ; preds = %for.cond27
  %16 = load i32, ptr %i26, align 4
  %arrayidx30 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 %16
  %17 = load i8, ptr %arrayidx30, align 1
  %conv31 = sext i8 %17 to i32
  %cmp32 = icmp sge i32 %conv31, 97
  br i1 %cmp32, label %land.lhs.true, label %if.end

land.lhs.true:                                    ; preds = %for.body29
  %18 = load i32, ptr %i26, align 4
  %arrayidx34 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 %18
  %19 = load i8, ptr %arrayidx34, align 1
  %conv35 = sext i8 %19 to i32
  %cmp36 = icmp sle i32 %conv35, 122
  br i1 %cmp36, label %if.then, label %if.end

if.then:                                          ; preds = %land.lhs.true
  %20 = load i32, ptr %i26, align 4
  %arrayidx38 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 %20
  %21 = load i8, ptr %arrayidx38, align 1
  %conv39 = sext i8 %21 to i32
  %sub = sub nsw i32 %conv39, 32
  %conv40 = trunc i32 %sub to i8
  %22 = load i32, ptr %i26, align 4
  %arrayidx41 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 %22
  store i8 %conv40, ptr %arrayidx41, align 1
  br label %if.end

if.end:                                           ; preds = %if.then, %land.lhs.true, %for.body29
  br label %for.inc42

for.inc42:                                        ; preds = %if.end
  %23 = load i32, ptr %i26, align 4
  %inc43 = add nsw i32 %23, 1
  store i32 %inc43, ptr %i26, align 4
  br label %for.cond27, !llvm.loop !9

for.end44:                                        ; preds = %for.cond27
  %arraydecay45 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  call void @print(ptr noundef %arraydecay45) #3
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %nums, ptr align 16 @__const.main.nums, i32 24, i1 false)
  store i32 0, ptr %i46, align 4
  br label %for.cond47

for.cond47:                                       ; preds = %for.inc59, %for.end44
  %24 = load i32, ptr %i46, align 4
  %cmp48 = icmp slt i32 %24, 6
  br i1 %cmp48, label %for.body50, label %for.end61

for.body50:                                       ; preds = %for.cond47
  %25 = load i32, ptr %i46, align 4
  %arrayidx51 = getelementptr inbounds [6 x i32], ptr %nums, i32 0, i32 %25
  %26 = load i32, ptr %arrayidx51, align 4
  %arraydecay52 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  call void @my_itoa(i32 noundef %26, ptr noundef %arraydecay52) #3
  %arraydecay53 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  call void @print(ptr noundef %arraydecay53) #3
  %arraydecay54 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  %call55 = call i32 @my_atoi(ptr noundef %arraydecay54) #3
  %27 = load i32, ptr %i46, align 4
  %arrayidx56 = getelementptr inbounds [6 x i32], ptr %nums, i32 0, i32 %27
  %28 = load i32, ptr %arrayidx56, align 4
  %cmp57 = icmp eq i32 %call55, %28
  %conv58 = zext i1 %cmp57 to i32
  call void @sb3_out_int(i32 noundef %conv58) #3
  br label %for.inc59

for.inc59:                                        ; preds = %for.body50
  %29 = load i32, ptr %i46, align 4
  %inc60 = add nsw i32 %29, 1
  store i32 %inc60, ptr %i46, align 4
  br label %for.cond47, !llvm.loop !10

for.end61:                                        ; preds = %for.cond47
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define internal void @my_strcpy(ptr noundef %d, ptr noundef %s) #0 {
entry:
  %d.addr = alloca ptr, align 4
  %s.addr = alloca ptr, align 4
  store ptr %d, ptr %d.addr, align 4
  store ptr %s, ptr %s.addr, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %s.addr, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %0, i32 1
  store ptr %incdec.ptr, ptr %s.addr, align 4
  %1 = load i8, ptr %0, align 1
  %2 = load ptr, ptr %d.addr, align 4
  %incdec.ptr1 = getelementptr inbounds i8, ptr %2, i32 1
  store ptr %incdec.ptr1, ptr %d.addr, align 4
  store i8 %1, ptr %2, align 1
  %tobool = icmp ne i8 %1, 0
  br i1 %tobool, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  br label %while.cond, !llvm.loop !11

while.end:                                        ; preds = %while.cond
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @my_strcat(ptr noundef %d, ptr noundef %s) #0 {
entry:
  %d.addr = alloca ptr, align 4
  %s.addr = alloca ptr, align 4
  store ptr %d, ptr %d.addr, align 4
  store ptr %s, ptr %s.addr, align 4
  %0 = load ptr, ptr %d.addr, align 4
  %1 = load ptr, ptr %d.addr, align 4
  %call = call i32 @my_strlen(ptr noundef %1) #3
  %add.ptr = getelementptr inbounds i8, ptr %0, i32 %call
  %2 = load ptr, ptr %s.addr, align 4
  call void @my_strcpy(ptr noundef %add.ptr, ptr noundef %2) #3
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal void @print(ptr noundef %s) #0 {
entry:
  %s.addr = alloca ptr, align 4
  store ptr %s, ptr %s.addr, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %s.addr, align 4
  %1 = load i8, ptr %0, align 1
  %tobool = icmp ne i8 %1, 0
  br i1 %tobool, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %2 = load ptr, ptr %s.addr, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %2, i32 1
  store ptr %incdec.ptr, ptr %s.addr, align 4
  %3 = load i8, ptr %2, align 1
  %conv = sext i8 %3 to i32
  call void @sb3_out_char(i32 noundef %conv) #3
  br label %while.cond, !llvm.loop !12

while.end:                                        ; preds = %while.cond
  ret void
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #2

; Function Attrs: noinline nounwind optnone
define internal void @my_itoa(i32 noundef %v, ptr noundef %out) #0 {
entry:
  %v.addr = alloca i32, align 4
  %out.addr = alloca ptr, align 4
  %tmp = alloca [12 x i8], align 1
  %n = alloca i32, align 4
  %neg = alloca i32, align 4
  %u = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  store ptr %out, ptr %out.addr, align 4
  store i32 0, ptr %n, align 4
  %0 = load i32, ptr %v.addr, align 4
  %cmp = icmp slt i32 %0, 0
  %conv = zext i1 %cmp to i32
  store i32 %conv, ptr %neg, align 4
  %1 = load i32, ptr %neg, align 4
  %tobool = icmp ne i32 %1, 0
  br i1 %tobool, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %2 = load i32, ptr %v.addr, align 4
  %sub = sub i32 0, %2
  br label %cond.end

cond.false:                                       ; preds = %entry
  %3 = load i32, ptr %v.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %sub, %cond.true ], [ %3, %cond.false ]
  store i32 %cond, ptr %u, align 4
  br label %do.body

do.body:                                          ; preds = %do.cond, %cond.end
  %4 = load i32, ptr %u, align 4
  %rem = urem i32 %4, 10
  %add = add i32 48, %rem
  %conv1 = trunc i32 %add to i8
  %5 = load i32, ptr %n, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %n, align 4
  %arrayidx = getelementptr inbounds [12 x i8], ptr %tmp, i32 0, i32 %5
  store i8 %conv1, ptr %arrayidx, align 1
  %6 = load i32, ptr %u, align 4
  %div = udiv i32 %6, 10
  store i32 %div, ptr %u, align 4
  br label %do.cond

do.cond:                                          ; preds = %do.body
  %7 = load i32, ptr %u, align 4
  %tobool2 = icmp ne i32 %7, 0
  br i1 %tobool2, label %do.body, label %do.end, !llvm.loop !13

do.end:                                           ; preds = %do.cond
  %8 = load i32, ptr %neg, align 4
  %tobool3 = icmp ne i32 %8, 0
  br i1 %tobool3, label %if.then, label %if.end

if.then:                                          ; preds = %do.end
  %9 = load ptr, ptr %out.addr, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %9, i32 1
  store ptr %incdec.ptr, ptr %out.addr, align 4
  store i8 45, ptr %9, align 1
  br label %if.end

if.end:                                           ; preds = %if.then, %do.end
  br label %while.cond

while.cond:                                       ; preds = %while.body, %if.end
  %10 = load i32, ptr %n, align 4
  %tobool4 = icmp ne i32 %10, 0
  br i1 %tobool4, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %11 = load i32, ptr %n, align 4
  %dec = add nsw i32 %11, -1
  store i32 %dec, ptr %n, align 4
  %arrayidx5 = getelementptr inbounds [12 x i8], ptr %tmp, i32 0, i32 %dec
  %12 = load i8, ptr %arrayidx5, align 1
  %13 = load ptr, ptr %out.addr, align 4
  %incdec.ptr6 = getelementptr inbounds i8, ptr %13, i32 1
  store ptr %incdec.ptr6, ptr %out.addr, align 4
  store i8 %12, ptr %13, align 1
  br label %while.cond, !llvm.loop !14

while.end:                                        ; preds = %while.cond
  %14 = load ptr, ptr %out.addr, align 4
  store i8 0, ptr %14, align 1
  ret void
}

; Function Attrs: noinline nounwind optnone
define internal i32 @my_atoi(ptr noundef %s) #0 {
entry:
  %s.addr = alloca ptr, align 4
  %neg = alloca i32, align 4
  %v = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 0, ptr %neg, align 4
  store i32 0, ptr %v, align 4
  %0 = load ptr, ptr %s.addr, align 4
  %1 = load i8, ptr %0, align 1
  %conv = sext i8 %1 to i32
  %cmp = icmp eq i32 %conv, 45
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 1, ptr %neg, align 4
  %2 = load ptr, ptr %s.addr, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %2, i32 1
  store ptr %incdec.ptr, ptr %s.addr, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %entry
  br label %while.cond

while.cond:                                       ; preds = %while.body, %if.end
  %3 = load ptr, ptr %s.addr, align 4
  %4 = load i8, ptr %3, align 1
  %conv2 = sext i8 %4 to i32
  %cmp3 = icmp sge i32 %conv2, 48
  br i1 %cmp3, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %while.cond
  %5 = load ptr, ptr %s.addr, align 4
  %6 = load i8, ptr %5, align 1
  %conv5 = sext i8 %6 to i32
  %cmp6 = icmp sle i32 %conv5, 57
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %7 = phi i1 [ false, %while.cond ], [ %cmp6, %land.rhs ]
  br i1 %7, label %while.body, label %while.end

while.body:                                       ; preds = %land.end
  %8 = load i32, ptr %v, align 4
  %mul = mul i32 %8, 10
  %9 = load ptr, ptr %s.addr, align 4
  %incdec.ptr8 = getelementptr inbounds i8, ptr %9, i32 1
  store ptr %incdec.ptr8, ptr %s.addr, align 4
  %10 = load i8, ptr %9, align 1
  %conv9 = sext i8 %10 to i32
  %sub = sub nsw i32 %conv9, 48
  %add = add i32 %mul, %sub
  store i32 %add, ptr %v, align 4
  br label %while.cond, !llvm.loop !15

while.end:                                        ; preds = %land.end
  %11 = load i32, ptr %neg, align 4
  %tobool = icmp ne i32 %11, 0
  br i1 %tobool, label %cond.true, label %cond.false

cond.true:                                        ; preds = %while.end
  %12 = load i32, ptr %v, align 4
  %sub10 = sub i32 0, %12
  br label %cond.end

cond.false:                                       ; preds = %while.end
  %13 = load i32, ptr %v, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %sub10, %cond.true ], [ %13, %cond.false ]
  ret i32 %cond
}

declare void @sb3_out_char(i32 noundef) #1

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
!13 = distinct !{!13, !3}
!14 = distinct !{!14, !3}
!15 = distinct !{!15, !3}
