; ModuleID = 'tests/c/rec_mutual.c'
source_filename = "tests/c/rec_mutual.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@p = internal global ptr null, align 4
@.str = private unnamed_addr constant [6 x i8] c"1+2*3\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"(1+2)*3\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"100/7/2\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"-(4-10)*(2+-3)\00", align 1
@.str.4 = private unnamed_addr constant [26 x i8] c"((((7))))-8*(9-(3*(2+1)))\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"-17/5+-17*-3\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @is_even(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp eq i32 %0, 0
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  br label %cond.end

cond.false:                                       ; preds = %entry
  %1 = load i32, ptr %n.addr, align 4
  %sub = sub i32 %1, 1
  %call = call i32 @is_odd(i32 noundef %sub) #2
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ 1, %cond.true ], [ %call, %cond.false ]
  ret i32 %cond
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @is_odd(i32 noundef %n) #0 {
entry:
  %n.addr = alloca i32, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %n.addr, align 4
  %cmp = icmp eq i32 %0, 0
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  br label %cond.end

cond.false:                                       ; preds = %entry
  %1 = load i32, ptr %n.addr, align 4
  %sub = sub i32 %1, 1
  %call = call i32 @is_even(i32 noundef %sub) #2
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ 0, %cond.true ], [ %call, %cond.false ]
  ret i32 %cond
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @factor() #0 {
entry:
  %retval = alloca i32, align 4
  %v = alloca i32, align 4
  %v10 = alloca i32, align 4
  %0 = load ptr, ptr @p, align 4
  %1 = load i8, ptr %0, align 1
  %conv = sext i8 %1 to i32
  %cmp = icmp eq i32 %conv, 40
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %2 = load ptr, ptr @p, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %2, i32 1
  store ptr %incdec.ptr, ptr @p, align 4
  %call = call i32 @expr() #2
  store i32 %call, ptr %v, align 4
  %3 = load ptr, ptr @p, align 4
  %incdec.ptr2 = getelementptr inbounds i8, ptr %3, i32 1
  store ptr %incdec.ptr2, ptr @p, align 4
  %4 = load i32, ptr %v, align 4
  store i32 %4, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %5 = load ptr, ptr @p, align 4
  %6 = load i8, ptr %5, align 1
  %conv3 = sext i8 %6 to i32
  %cmp4 = icmp eq i32 %conv3, 45
  br i1 %cmp4, label %if.then6, label %if.end9

if.then6:                                         ; preds = %if.end
  %7 = load ptr, ptr @p, align 4
  %incdec.ptr7 = getelementptr inbounds i8, ptr %7, i32 1
  store ptr %incdec.ptr7, ptr @p, align 4
  %call8 = call i32 @factor() #2
  %sub = sub nsw i32 0, %call8
  store i32 %sub, ptr %retval, align 4
  br label %return

if.end9:                                          ; preds = %if.end
  store i32 0, ptr %v10, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %if.end9
  %8 = load ptr, ptr @p, align 4
  %9 = load i8, ptr %8, align 1
  %conv11 = sext i8 %9 to i32
  %cmp12 = icmp sge i32 %conv11, 48
  br i1 %cmp12, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %while.cond
  %10 = load ptr, ptr @p, align 4
  %11 = load i8, ptr %10, align 1
  %conv14 = sext i8 %11 to i32
  %cmp15 = icmp sle i32 %conv14, 57
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %12 = phi i1 [ false, %while.cond ], [ %cmp15, %land.rhs ]
  br i1 %12, label %while.body, label %while.end

while.body:                                       ; preds = %land.end
  %13 = load i32, ptr %v10, align 4
  %mul = mul nsw i32 %13, 10
  %14 = load ptr, ptr @p, align 4
  %incdec.ptr17 = getelementptr inbounds i8, ptr %14, i32 1
  store ptr %incdec.ptr17, ptr @p, align 4
  %15 = load i8, ptr %14, align 1
  %conv18 = sext i8 %15 to i32
  %sub19 = sub nsw i32 %conv18, 48
  %add = add nsw i32 %mul, %sub19
  store i32 %add, ptr %v10, align 4
  br label %while.cond, !llvm.loop !2

while.end:                                        ; preds = %land.end
  %16 = load i32, ptr %v10, align 4
  store i32 %16, ptr %retval, align 4
  br label %return

return:                                           ; preds = %while.end, %if.then6, %if.then
  %17 = load i32, ptr %retval, align 4
  ret i32 %17
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @expr() #0 {
entry:
  %v = alloca i32, align 4
  %op = alloca i8, align 1
  %r = alloca i32, align 4
  %call = call i32 @term() #2
  store i32 %call, ptr %v, align 4
  br label %while.cond

while.cond:                                       ; preds = %cond.end, %entry
  %0 = load ptr, ptr @p, align 4
  %1 = load i8, ptr %0, align 1
  %conv = sext i8 %1 to i32
  %cmp = icmp eq i32 %conv, 43
  br i1 %cmp, label %lor.end, label %lor.rhs

lor.rhs:                                          ; preds = %while.cond
  %2 = load ptr, ptr @p, align 4
  %3 = load i8, ptr %2, align 1
  %conv2 = sext i8 %3 to i32
  %cmp3 = icmp eq i32 %conv2, 45
  br label %lor.end

lor.end:                                          ; preds = %lor.rhs, %while.cond
  %4 = phi i1 [ true, %while.cond ], [ %cmp3, %lor.rhs ]
  br i1 %4, label %while.body, label %while.end

while.body:                                       ; preds = %lor.end
  %5 = load ptr, ptr @p, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %5, i32 1
  store ptr %incdec.ptr, ptr @p, align 4
  %6 = load i8, ptr %5, align 1
  store i8 %6, ptr %op, align 1
  %call5 = call i32 @term() #2
  store i32 %call5, ptr %r, align 4
  %7 = load i8, ptr %op, align 1
  %conv6 = sext i8 %7 to i32
  %cmp7 = icmp eq i32 %conv6, 43
  br i1 %cmp7, label %cond.true, label %cond.false

cond.true:                                        ; preds = %while.body
  %8 = load i32, ptr %v, align 4
  %9 = load i32, ptr %r, align 4
  %add = add nsw i32 %8, %9
  br label %cond.end

cond.false:                                       ; preds = %while.body
  %10 = load i32, ptr %v, align 4
  %11 = load i32, ptr %r, align 4
  %sub = sub nsw i32 %10, %11
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %add, %cond.true ], [ %sub, %cond.false ]
  store i32 %cond, ptr %v, align 4
  br label %while.cond, !llvm.loop !4

while.end:                                        ; preds = %lor.end
  %12 = load i32, ptr %v, align 4
  ret i32 %12
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @term() #0 {
entry:
  %v = alloca i32, align 4
  %op = alloca i8, align 1
  %r = alloca i32, align 4
  %call = call i32 @factor() #2
  store i32 %call, ptr %v, align 4
  br label %while.cond

while.cond:                                       ; preds = %cond.end, %entry
  %0 = load ptr, ptr @p, align 4
  %1 = load i8, ptr %0, align 1
  %conv = sext i8 %1 to i32
  %cmp = icmp eq i32 %conv, 42
  br i1 %cmp, label %lor.end, label %lor.rhs

lor.rhs:                                          ; preds = %while.cond
  %2 = load ptr, ptr @p, align 4
  %3 = load i8, ptr %2, align 1
  %conv2 = sext i8 %3 to i32
  %cmp3 = icmp eq i32 %conv2, 47
  br label %lor.end

lor.end:                                          ; preds = %lor.rhs, %while.cond
  %4 = phi i1 [ true, %while.cond ], [ %cmp3, %lor.rhs ]
  br i1 %4, label %while.body, label %while.end

while.body:                                       ; preds = %lor.end
  %5 = load ptr, ptr @p, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %5, i32 1
  store ptr %incdec.ptr, ptr @p, align 4
  %6 = load i8, ptr %5, align 1
  store i8 %6, ptr %op, align 1
  %call5 = call i32 @factor() #2
  store i32 %call5, ptr %r, align 4
  %7 = load i8, ptr %op, align 1
  %conv6 = sext i8 %7 to i32
  %cmp7 = icmp eq i32 %conv6, 42
  br i1 %cmp7, label %cond.true, label %cond.false

cond.true:                                        ; preds = %while.body
  %8 = load i32, ptr %v, align 4
  %9 = load i32, ptr %r, align 4
  %mul = mul nsw i32 %8, %9
  br label %cond.end

cond.false:                                       ; preds = %while.body
  %10 = load i32, ptr %v, align 4
  %11 = load i32, ptr %r, align 4
  %div = sdiv i32 %10, %11
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %mul, %cond.true ], [ %div, %cond.false ]
  store i32 %cond, ptr %v, align 4
  br label %while.cond, !llvm.loop !5

while.end:                                        ; preds = %lor.end
  %12 = load i32, ptr %v, align 4
  ret i32 %12
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %n = alloca i32, align 4
  store i32 0, ptr %n, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %n, align 4
  %cmp = icmp ult i32 %0, 12
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4
  %call = call i32 @is_even(i32 noundef %1) #2
  %mul = mul nsw i32 %call, 10
  %2 = load i32, ptr %n, align 4
  %call1 = call i32 @is_odd(i32 noundef %2) #2
  %add = add nsw i32 %mul, %call1
  call void @sb3_out_int(i32 noundef %add) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %3 = load i32, ptr %n, align 4
  %inc = add i32 %3, 1
  store i32 %inc, ptr %n, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  %call2 = call i32 @is_even(i32 noundef 501) #2
  call void @sb3_out_int(i32 noundef %call2) #2
  %call3 = call i32 @eval(ptr noundef @.str) #2
  call void @sb3_out_int(i32 noundef %call3) #2
  %call4 = call i32 @eval(ptr noundef @.str.1) #2
  call void @sb3_out_int(i32 noundef %call4) #2
  %call5 = call i32 @eval(ptr noundef @.str.2) #2
  call void @sb3_out_int(i32 noundef %call5) #2
  %call6 = call i32 @eval(ptr noundef @.str.3) #2
  call void @sb3_out_int(i32 noundef %call6) #2
  %call7 = call i32 @eval(ptr noundef @.str.4) #2
  call void @sb3_out_int(i32 noundef %call7) #2
  %call8 = call i32 @eval(ptr noundef @.str.5) #2
  call void @sb3_out_int(i32 noundef %call8) #2
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @eval(ptr noundef %s) #0 {
entry:
  %s.addr = alloca ptr, align 4
  store ptr %s, ptr %s.addr, align 4
  %0 = load ptr, ptr %s.addr, align 4
  store ptr %0, ptr @p, align 4
  %call = call i32 @expr() #2
  ret i32 %call
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
!6 = distinct !{!6, !3}
