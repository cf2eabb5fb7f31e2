; ModuleID = 'tests/c/sort_insertion.c'
source_filename = "tests/c/sort_insertion.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@ds = hidden global [10 x double] [double 3.250000e+00, double -1.500000e+00, double 1.000000e-03, double 1.000000e+02, double -1.000000e+02, double 1.000000e-01, double 1.250000e-01, double 2.000000e+00, double -1.000000e-03, double 7.750000e+00], align 16
@.str = private unnamed_addr constant [5 x i8] c"pear\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"fig\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"cherry\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"date\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"apricot\00", align 1
@names = hidden global [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@xs = hidden global [25 x i32] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @bsearch_int(ptr noundef %a, i32 noundef %n, i32 noundef %key) #0 {
entry:
  %retval = alloca i32, align 4
  %a.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %key.addr = alloca i32, align 4
  %lo = alloca i32, align 4
  %hi = alloca i32, align 4
  %mid = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 %key, ptr %key.addr, align 4
  store i32 0, ptr %lo, align 4
  %0 = load i32, ptr %n.addr, align 4
  %sub = sub nsw i32 %0, 1
  store i32 %sub, ptr %hi, align 4
  br label %while.cond

while.cond:                                       ; preds = %if.end8, %entry
  %1 = load i32, ptr %lo, align 4
  %2 = load i32, ptr %hi, align 4
  %cmp = icmp sle i32 %1, %2
  br i1 %cmp, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %3 = load i32, ptr %lo, align 4
  %4 = load i32, ptr %hi, align 4
  %5 = load i32, ptr %lo, align 4
  %sub1 = sub nsw i32 %4, %5
  %div = sdiv i32 %sub1, 2
  %add = add nsw i32 %3, %div
  store i32 %add, ptr %mid, align 4
  %6 = load ptr, ptr %a.addr, align 4
  %7 = load i32, ptr %mid, align 4
  %arrayidx = getelementptr inbounds i32, ptr %6, i32 %7
  %8 = load i32, ptr %arrayidx, align 4
  %9 = load i32, ptr %key.addr, align 4
  %cmp2 = icmp eq i32 %8, %9
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %while.body
  %10 = load i32, ptr %mid, align 4
  store i32 %10, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %while.body
  %11 = load ptr, ptr %a.addr, align 4
  %12 = load i32, ptr %mid, align 4
  %arrayidx3 = getelementptr inbounds i32, ptr %11, i32 %12
  %13 = load i32, ptr %arrayidx3, align 4
  %14 = load i32, ptr %key.addr, align 4
  %cmp4 = icmp slt i32 %13, %14
  br i1 %cmp4, label %if.then5, label %if.else

if.then5:                                         ; preds = %if.end
  %15 = load i32, ptr %mid, align 4
  %add6 = add nsw i32 %15, 1
  store i32 %add6, ptr %lo, align 4
  br label %if.end8

if.else:                                          ; preds = %if.end
  %16 = load i32, ptr %mid, align 4
  %sub7 = sub nsw i32 %16, 1
  store i32 %sub7, ptr %hi, align 4
  br label %if.end8

if.end8:                                          ; preds = %if.else, %if.then5
  br label %while.cond, !llvm.loop !2

while.end:                                        ; preds = %while.cond
  %17 = load i32, ptr %lo, align 4
  %add9 = add nsw i32 %17, 1
  %sub10 = sub nsw i32 0, %add9
  store i32 %sub10, ptr %retval, align 4
  br label %return

return:                                           ; preds = %while.end, %if.then
  %18 = load i32, ptr %retval, align 4
  ret i32 %18
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %i1 = alloca i32, align 4
  %v = alloca i32, align 4
  %j = alloca i32, align 4
  %i18 = alloca i32, align 4
  %i26 = alloca i32, align 4
  %v30 = alloca double, align 8
  %j32 = alloca i32, align 4
  %i51 = alloca i32, align 4
  %i59 = alloca i32, align 4
  %v63 = alloca ptr, align 4
  %j65 = alloca i32, align 4
  %i84 = alloca i32, align 4
  %k = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 25
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %1, 7919
  %add = add nsw i32 %mul, 13
  %rem = srem i32 %add, 97
  %sub = sub nsw i32 %rem, 40
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %2
  store i32 %sub, ptr %arrayidx, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  store i32 1, ptr %i1, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc15, %for.end
  %4 = load i32, ptr %i1, align 4
  %cmp3 = icmp slt i32 %4, 25
  br i1 %cmp3, label %for.body4, label %for.end17

for.body4:                                        ; preds = %for.cond2
  %5 = load i32, ptr %i1, align 4
  %arrayidx5 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %5
  %6 = load i32, ptr %arrayidx5, align 4
  store i32 %6, ptr %v, align 4
  %7 = load i32, ptr %i1, align 4
  %sub6 = sub nsw i32 %7, 1
  store i32 %sub6, ptr %j, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %for.body4
  %8 = load i32, ptr %j, align 4
  %cmp7 = icmp sge i32 %8, 0
  br i1 %cmp7, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %while.cond
  %9 = load i32, ptr %j, align 4
  %arrayidx8 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %9
  %10 = load i32, ptr %arrayidx8, align 4
  %11 = load i32, ptr %v, align 4
  %cmp9 = icmp sgt i32 %10, %11
  br label %land.end

land.end:                                         ; preds = %land.rhs, %while.cond
  %12 = phi i1 [ false, %while.cond ], [ %cmp9, %land.rhs ]
  br i1 %12, label %while.body, label %while.end

while.body:                                       ; preds = %land.end
  %13 = load i32, ptr %j, align 4
  %arrayidx10 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %13
  %14 = load i32, ptr %arrayidx10, align 4
  %15 = load i32, ptr %j, align 4
  %add11 = add nsw i32 %15, 1
  %arrayidx12 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %add11
  store i32 %14, ptr %arrayidx12, align 4
  %16 = load i32, ptr %j, align 4
  %dec = add nsw i32 %16, -1
  store i32 %dec, ptr %j, align 4
  br label %while.cond, !llvm.loop !5

while.end:                                        ; preds = %land.end
  %17 = load i32, ptr %v, align 4
  %18 = load i32, ptr %j, align 4
  %add13 = add nsw i32 %18, 1
  %arrayidx14 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %add13
  store i32 %17, ptr %arrayidx14, align 4
  br label %for.inc15

for.inc15:                                        ; preds = %while.end
  %19 = load i32, ptr %i1, align 4
  %inc16 = add nsw i32 %19, 1
  store i32 %inc16, ptr %i1, align 4
  br label %for.cond2, !llvm.loop !6

for.end17:                                        ; preds = %for.cond2
  store i32 0, ptr %i18, align 4
  br label %for.cond19

for.cond19:                                       ; preds = %for.inc23, %for.end17
  %20 = load i32, ptr %i18, align 4
  %cmp20 = icmp slt i32 %20, 25
  br i1 %cmp20, label %for.body21, label %for.end25

for.body21:                                       ; preds = %for.cond19
  %21 = load i32, ptr %i18, align 4
  %arrayidx22 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %21
  %22 = load i32, ptr %arrayidx22, align 4
  call void @sb3_out_int(i32 noundef %22) #2
  br label %for.inc23

for.inc23:                                        ; preds = %for.body21
  %23 = load i32, ptr %i18, align 4
  %inc24 = add nsw i32 %23, 1
  store i32 %inc24, ptr %i18, align 4
  br label %for.cond19, !llvm.loop !7

for.end25:                                        ; preds = %for.cond19
  store i32 1, ptr %i26, align 4
  br label %for.cond27

for.cond27:                                       ; preds = %for.inc48, %for.end25
  %24 = load i32, ptr %i26, align 4
  %cmp28 = icmp slt i32 %24, 10
  br i1 %cmp28, label %for.body29, label %for.end50

for.body29:                                       ; preds = %for.cond27
  %25 = load i32, ptr %i26, align 4
  %arrayidx31 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %25
  %26 = load double, ptr %arrayidx31, align 8
  store double %26, ptr %v30, align 8
  %27 = load i32, ptr %i26, align 4
  %sub33 = sub nsw i32 %27, 1
  store i32 %sub33, ptr %j32, align 4
  br label %while.cond34

while.cond34:                                     ; preds = %while.body40, %for.body29
  %28 = load i32, ptr %j32, align 4
  %cmp35 = icmp sge i32 %28, 0
  br i1 %cmp35, label %land.rhs36, label %land.end39

land.rhs36:                                       ; preds = %while.cond34
  %29 = load i32, ptr %j32, align 4
  %arrayidx37 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %29
  %30 = load double, ptr %arrayidx37, align 8
  %31 = load double, ptr %v30, align 8
  %cmp38 = fcmp ogt double %30, %31
  br label %land.end39

land.end39:                                       ; preds = %land.rhs36, %while.cond34
  %32 = phi i1 [ false, %while.cond34 ], [ %cmp38, %land.rhs36 ]
  br i1 %32, label %while.body40, label %while.end45

while.body40:                                     ; preds = %land.end39
  %33 = load i32, ptr %j32, align 4
  %arrayidx41 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %33
  %34 = load double, ptr %arrayidx41, align 8
  %35 = load i32, ptr %j32, align 4
  %add42 = add nsw i32 %35, 1
  %arrayidx43 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %add42
  store double %34, ptr %arrayidx43, align 8
  %36 = load i32, ptr %j32, align 4
  %dec44 = add nsw i32 %36, -1
  store i32 %dec44, ptr %j32, align 4
  br label %while.cond34, !llvm.loop !8

while.end45:                                      ; preds = %land.end39
  %37 = load double, ptr %v30, align 8
  %38 = load i32, ptr %j32, align 4
  %add46 = add nsw i32 %38, 1
  %arrayidx47 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %add46
  store double %37, ptr %arrayidx47, align 8
  br label %for.inc48

for.inc48:                                        ; preds = %while.end45
  %39 = load i32, ptr %i26, align 4
  %inc49 = add nsw i32 %39, 1
  store i32 %inc49, ptr %i26, align 4
  br label %for.cond27, !llvm.loop !9

for.end50:                                        ; preds = %for.cond27
  store i32 0, ptr %i51, align 4
  br label %for.cond52

for.cond52:                                       ; preds = %for.inc56, %for.end50
  %40 = load i32, ptr %i51, align 4
  %cmp53 = icmp slt i32 %40, 10
  br i1 %cmp53, label %for.body54, label %for.end58

for.body54:                                       ; preds = %for.cond52
  %41 = load i32, ptr %i51, align 4
  %arrayidx55 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %41
  %42 = load double, ptr %arrayidx55, align 8
  call void @sb3_out_double(double noundef %42) #2
  br label %for.inc56

for.inc56:                                        ; preds = %for.body54
  %43 = load i32, ptr %i51, align 4
  %inc57 = add nsw i32 %43, 1
  store i32 %inc57, ptr %i51, align 4
  br label %for.cond52, !llvm.loop !10

for.end58:                                        ; preds = %for.cond52
  store i32 1, ptr %i59, align 4
  br label %for.cond60

for.cond60:                                       ; preds = %for.inc81, %for.end58
  %44 = load i32, ptr %i59, align 4
  %cmp61 = icmp slt i32 %44, 7
  br i1 %cmp61, label %for.body62, label %for.end83

for.body62:                                       ; preds = %for.cond60
  %45 = load i32, ptr %i59, align 4
  %arrayidx64 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %45
  %46 = load ptr, ptr %arrayidx64, align 4
  store ptr %46, ptr %v63, align 4
  %47 = load i32, ptr %i59, align 4
  %sub66 = sub nsw i32 %47, 1
  store i32 %sub66, ptr %j65, align 4
  br label %while.cond67

while.cond67:                                     ; preds = %while.body73, %for.body62
  %48 = load i32, ptr %j65, align 4
  %cmp68 = icmp sge i32 %48, 0
  br i1 %cmp68, label %land.rhs69, label %land.end72

land.rhs69:                                       ; preds = %while.cond67
  %49 = load i32, ptr %j65, align 4
  %arrayidx70 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %49
  %50 = load ptr, ptr %arrayidx70, align 4
  %51 = load ptr, ptr %v63, align 4
  %call = call i32 @scmp(ptr noundef %50, ptr noundef %51) #2
  %cmp71 = icmp sgt i32 %call, 0
  br label %land.end72

land.end72:                                       ; preds = %land.rhs69, %while.cond67
  %52 = phi i1 [ false, %while.cond67 ], [ %cmp71, %land.rhs69 ]
  br i1 %52, label %while.body73, label %while.end78

while.body73:                                     ; preds = %land.end72
  %53 = load i32, ptr %j65, align 4
  %arrayidx74 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %53
  %54 = load ptr, ptr %arrayidx74, align 4
  %55 = load i32, ptr %j65, align 4
  %add75 = add nsw i32 %55, 1
  %arrayidx76 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %add75
  store ptr %54, ptr %arrayidx76, align 4
  %56 = load i32, ptr %j65, align 4
  %dec77 = add nsw i32 %56, -1
  store i32 %dec77, ptr %j65, align 4
  br label %while.cond67, !llvm.loop !11

while.end78:                                      ; preds = %land.end72
  %57 = load ptr, ptr %v63, align 4
  %58 = load i32, ptr %j65, align 4
  %add79 = add nsw i32 %58, 1
  %arrayidx80 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %add79
  store ptr %57, ptr %arrayidx80, align 4
  br label %for.inc81

for.inc81:                                        ; preds = %while.end78
  %59 = load i32, ptr %i59, align 4
  %inc82 = add nsw i32 %59, 1
  store i32 %inc82, ptr %i59, align 4
  br label %for.cond60, !llvm.loop !12

for.end83:                                        ; preds = %for.cond60
  store i32 0, ptr %i84, align 4
  br label %for.cond85

for.cond85:                                       ; preds = %for.inc93, %for.end83
  %60 = load i32, ptr %i84, align 4
  %cmp86 = icmp slt i32 %60, 7
  br i1 %cmp86, label %for.body87, label %for.end95

for.body87:                                       ; preds = %for.cond85
  %61 = load i32, ptr %i84, align 4
  %arrayidx88 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %61
  %62 = load ptr, ptr %arrayidx88, align 4
  %arrayidx89 = getelementptr inbounds i8, ptr %62, i32 0
  %63 = load i8, ptr %arrayidx89, align 1
  %conv = sext i8 %63 to i32
  call void @sb3_out_char(i32 noundef %conv) #2
  %64 = load i32, ptr %i84, align 4
  %arrayidx90 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %64
  %65 = load ptr, ptr %arrayidx90, align 4
  %arrayidx91 = getelementptr inbounds i8, ptr %65, i32 1
  %66 = load i8, ptr %arrayidx91, align 1
  %conv92 = sext i8 %66 to i32
  call void @sb3_out_char(i32 noundef %conv92) #2
  br label %for.inc93

for.inc93:                                        ; preds = %for.body87
  %67 = load i32, ptr %i84, align 4
  %inc94 = add nsw i32 %67, 1
  store i32 %inc94, ptr %i84, align 4
  br label %for.cond85, !llvm.loop !13

for.end95:                                        ; preds = %for.cond85
  store i32 -45, ptr %k, align 4
  br label %for.cond96

for.cond96:                                       ; preds = %for.inc101, %for.end95
  %68 = load i32, ptr %k, align 4
  %cmp97 = icmp slt i32 %68, 60
  br i1 %cmp97, label %for.body99, label %for.end103

for.body99:                                       ; preds = %for.cond96
  %69 = load i32, ptr %k, align 4
  %call100 = call i32 @bsearch_int(ptr noundef @xs, i32 noundef 25, i32 noundef %69) #2
  call void @sb3_out_int(i32 noundef %call100) #2
  br label %for.inc101

for.inc101:                                       ; preds = %for.body99
  %70 = load i32, ptr %k, align 4
  %add102 = add nsw i32 %70, 11
  store i32 %add102, ptr %k, align 4
  br label %for.cond96, !llvm.loop !14

for.end103:                                       ; preds = %for.cond96
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

declare void @sb3_out_double(double noundef) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @scmp(ptr noundef %a, ptr noundef %b) #0 {
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
  br label %while.cond, !llvm.loop !15

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

declare void @sb3_out_char(i32 noundef) #1

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
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
!13 = distinct !{!13, !3}
!14 = distinct !{!14, !3}
!15 = distinct !{!15, !3}
