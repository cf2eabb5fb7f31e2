; ModuleID = 'tests/c/select_ternary.c'
source_filename = "tests/c/select_ternary.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@vs = hidden global [10 x i32] [i32 -100, i32 -1, i32 0, i32 1, i32 5, i32 42, i32 99, i32 1000, i32 -2147483647, i32 2147483647], align 16
@ds = hidden global [6 x double] [double -2.500000e+00, double -5.000000e-01, double 0.000000e+00, double 2.500000e-01, double 1.000000e+00, double 7.500000e+00], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @clamp(i32 noundef %v, i32 noundef %lo, i32 noundef %hi) #0 {
entry:
  %v.addr = alloca i32, align 4
  %lo.addr = alloca i32, align 4
  %hi.addr = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  store i32 %lo, ptr %lo.addr, align 4
  store i32 %hi, ptr %hi.addr, align 4
  %0 = load i32, ptr %v.addr, align 4
  %1 = load i32, ptr %lo.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %2 = load i32, ptr %lo.addr, align 4
  br label %cond.end4

cond.false:                                       ; preds = %entry
  %3 = load i32, ptr %v.addr, align 4
  %4 = load i32, ptr %hi.addr, align 4
  %cmp1 = icmp sgt i32 %3, %4
  br i1 %cmp1, label %cond.true2, label %cond.false3

cond.true2:                                       ; preds = %cond.false
  %5 = load i32, ptr %hi.addr, align 4
  br label %cond.end

cond.false3:                                      ; preds = %cond.false
  %6 = load i32, ptr %v.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false3, %cond.true2
  %cond = phi i32 [ %5, %cond.true2 ], [ %6, %cond.false3 ]
  br label %cond.end4

cond.end4:                                        ; preds = %cond.end, %cond.true
  %cond5 = phi i32 [ %2, %cond.true ], [ %cond, %cond.end ]
  ret i32 %cond5
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @sign(i32 noundef %v) #0 {
entry:
  %v.addr = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  %0 = load i32, ptr %v.addr, align 4
  %cmp = icmp sgt i32 %0, 0
  %conv = zext i1 %cmp to i32
  %1 = load i32, ptr %v.addr, align 4
  %cmp1 = icmp slt i32 %1, 0
  %conv2 = zext i1 %cmp1 to i32
  %sub = sub nsw i32 %conv, %conv2
  ret i32 %sub
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @bucket(i32 noundef %v) #0 {
entry:
  %v.addr = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  %0 = load i32, ptr %v.addr, align 4
  %cmp = icmp slt i32 %0, 0
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  br label %cond.end16

cond.false:                                       ; preds = %entry
  %1 = load i32, ptr %v.addr, align 4
  %cmp1 = icmp eq i32 %1, 0
  br i1 %cmp1, label %cond.true2, label %cond.false3

cond.true2:                                       ; preds = %cond.false
  br label %cond.end14

cond.false3:                                      ; preds = %cond.false
  %2 = load i32, ptr %v.addr, align 4
  %cmp4 = icmp slt i32 %2, 10
  br i1 %cmp4, label %cond.true5, label %cond.false6

cond.true5:                                       ; preds = %cond.false3
  br label %cond.end12

cond.false6:                                      ; preds = %cond.false3
  %3 = load i32, ptr %v.addr, align 4
  %cmp7 = icmp slt i32 %3, 100
  br i1 %cmp7, label %cond.true8, label %cond.false9

cond.true8:                                       ; preds = %cond.false6
  br label %cond.end

cond.false9:                                      ; preds = %cond.false6
  %4 = load i32, ptr %v.addr, align 4
  %cmp10 = icmp slt i32 %4, 1000
  %5 = zext i1 %cmp10 to i64
  %cond = select i1 %cmp10, i32 3, i32 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false9, %cond.true8
  %cond11 = phi i32 [ 2, %cond.true8 ], [ %cond, %cond.false9 ]
  br label %cond.end12

cond.end12:                                       ; preds = %cond.end, %cond.true5
  %cond13 = phi i32 [ 1, %cond.true5 ], [ %cond11, %cond.end ]
  br label %cond.end14

cond.end14:                                       ; preds = %cond.end12, %cond.true2
  %cond15 = phi i32 [ 0, %cond.true2 ], [ %cond13, %cond.end12 ]
  br label %cond.end16

cond.end16:                                       ; preds = %cond.end14, %cond.true
  %cond17 = phi i32 [ -1, %cond.true ], [ %cond15, %cond.end14 ]
  ret i32 %cond17
}

; Function Attrs: noinline nounwind optnone
define hidden double @dsel(double noundef %x) #0 {
entry:
  %x.addr = alloca double, align 8
  store double %x, ptr %x.addr, align 8
  %0 = load double, ptr %x.addr, align 8
  %cmp = fcmp olt double %0, 0.000000e+00
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %1 = load double, ptr %x.addr, align 8
  %fneg = fneg double %1
  %mul = fmul double %fneg, 2.000000e+00
  br label %cond.end5

cond.false:                                       ; preds = %entry
  %2 = load double, ptr %x.addr, align 8
  %cmp1 = fcmp ogt double %2, 1.000000e+00
  br i1 %cmp1, label %cond.true2, label %cond.false3

cond.true2:                                       ; preds = %cond.false
  %3 = load double, ptr %x.addr, align 8
  %sub = fsub double %3, 1.000000e+00
  br label %cond.end

cond.false3:                                      ; preds = %cond.false
  %4 = load double, ptr %x.addr, align 8
  %5 = load double, ptr %x.addr, align 8
  %mul4 = fmul double %4, %5
  br label %cond.end

cond.end:                                         ; preds = %cond.false3, %cond.true2
  %cond = phi double [ %sub, %cond.true2 ], [ %mul4, %cond.false3 ]
  br label %cond.end5

cond.end5:                                        ; preds = %cond.end, %cond.true
  %cond6 = phi double [ %mul, %cond.true ], [ %cond, %cond.end ]
  ret double %cond6
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %v = alloca i32, align 4
  %i5 = alloca i32, align 4
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %p = alloca ptr, align 4
  %pos = alloca i32, align 4
  %neg = alloca i32, align 4
  %big = alloca i32, align 4
  %i19 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 10
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [10 x i32], ptr @vs, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  store i32 %2, ptr %v, align 4
  %3 = load i32, ptr %v, align 4
  %call = call i32 @clamp(i32 noundef %3, i32 noundef -5, i32 noundef 50) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %4 = load i32, ptr %v, align 4
  %call1 = call i32 @sign(i32 noundef %4) #2
  call void @sb3_out_int(i32 noundef %call1) #2
  %5 = load i32, ptr %v, align 4
  %call2 = call i32 @bucket(i32 noundef %5) #2
  call void @sb3_out_int(i32 noundef %call2) #2
  %6 = load i32, ptr %v, align 4
  %and = and i32 %6, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.body
  %7 = load i32, ptr %v, align 4
  br label %cond.end

cond.false:                                       ; preds = %for.body
  %8 = load i32, ptr %v, align 4
  %sub = sub nsw i32 0, %8
  %div = sdiv i32 %sub, 2
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %7, %cond.true ], [ %div, %cond.false ]
  call void @sb3_out_int(i32 noundef %cond) #2
  %9 = load i32, ptr %v, align 4
  %cmp3 = icmp ugt i32 %9, 100
  %10 = zext i1 %cmp3 to i64
  %cond4 = select i1 %cmp3, i32 1, i32 2
  call void @sb3_out_int(i32 noundef %cond4) #2
  br label %for.inc

for.inc:                                          ; preds = %cond.end
  %11 = load i32, ptr %i, align 4
  %inc = add nsw i32 %11, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i5, align 4
  br label %for.cond6

for.cond6:                                        ; preds = %for.inc11, %for.end
  %12 = load i32, ptr %i5, align 4
  %cmp7 = icmp slt i32 %12, 6
  br i1 %cmp7, label %for.body8, label %for.end13

for.body8:                                        ; preds = %for.cond6
  %13 = load i32, ptr %i5, align 4
  %arrayidx9 = getelementptr inbounds [6 x double], ptr @ds, i32 0, i32 %13
  %14 = load double, ptr %arrayidx9, align 8
  %call10 = call double @dsel(double noundef %14) #2
  call void @sb3_out_double(double noundef %call10) #2
  br label %for.inc11

for.inc11:                                        ; preds = %for.body8
  %15 = load i32, ptr %i5, align 4
  %inc12 = add nsw i32 %15, 1
  store i32 %inc12, ptr %i5, align 4
  br label %for.cond6, !llvm.loop !4

for.end13:                                        ; preds = %for.cond6
  store i32 3, ptr %a, align 4
  store i32 9, ptr %b, align 4
  %16 = load i32, ptr getelementptr inbounds ([10 x i32], ptr @vs, i32 0, i32 4), align 16
  %17 = load i32, ptr getelementptr inbounds ([10 x i32], ptr @vs, i32 0, i32 3), align 4
  %cmp14 = icmp sgt i32 %16, %17
  br i1 %cmp14, label %cond.true15, label %cond.false16

cond.true15:                                      ; preds = %for.end13
  br label %cond.end17

cond.false16:                                     ; preds = %for.end13
  br label %cond.end17

cond.end17:                                       ; preds = %cond.false16, %cond.true15
  %cond18 = phi ptr [ %a, %cond.true15 ], [ %b, %cond.false16 ]
  store ptr %cond18, ptr %p, align 4
  %18 = load ptr, ptr %p, align 4
  %19 = load i32, ptr %18, align 4
  %add = add nsw i32 %19, 100
  store i32 %add, ptr %18, align 4
  %20 = load i32, ptr %a, align 4
  call void @sb3_out_int(i32 noundef %20) #2
  %21 = load i32, ptr %b, align 4
  call void @sb3_out_int(i32 noundef %21) #2
  store i32 0, ptr %pos, align 4
  store i32 0, ptr %neg, align 4
  store i32 0, ptr %big, align 4
  store i32 0, ptr %i19, align 4
  br label %for.cond20

for.cond20:                                       ; preds = %for.inc38, %cond.end17
  %22 = load i32, ptr %i19, align 4
  %cmp21 = icmp slt i32 %22, 10
  br i1 %cmp21, label %for.body22, label %for.end40

for.body22:                                       ; preds = %for.cond20
  %23 = load i32, ptr %i19, align 4
  %arrayidx23 = getelementptr inbounds [10 x i32], ptr @vs, i32 0, i32 %23
  %24 = load i32, ptr %arrayidx23, align 4
  %cmp24 = icmp sgt i32 %24, 0
  %25 = zext i1 %cmp24 to i64
  %cond25 = select i1 %cmp24, i32 1, i32 0
  %26 = load i32, ptr %pos, align 4
  %add26 = add nsw i32 %26, %cond25
  store i32 %add26, ptr %pos, align 4
  %27 = load i32, ptr %i19, align 4
  %arrayidx27 = getelementptr inbounds [10 x i32], ptr @vs, i32 0, i32 %27
  %28 = load i32, ptr %arrayidx27, align 4
  %cmp28 = icmp slt i32 %28, 0
  %conv = zext i1 %cmp28 to i32
  %29 = load i32, ptr %neg, align 4
  %add29 = add nsw i32 %29, %conv
  store i32 %add29, ptr %neg, align 4
  %30 = load i32, ptr %i19, align 4
  %arrayidx30 = getelementptr inbounds [10 x i32], ptr @vs, i32 0, i32 %30
  %31 = load i32, ptr %arrayidx30, align 4
  %32 = load i32, ptr %big, align 4
  %cmp31 = icmp sgt i32 %31, %32
  br i1 %cmp31, label %cond.true33, label %cond.false35

cond.true33:                                      ; preds = %for.body22
  %33 = load i32, ptr %i19, align 4
  %arrayidx34 = getelementptr inbounds [10 x i32], ptr @vs, i32 0, i32 %33
  %34 = load i32, ptr %arrayidx34, align 4
  br label %cond.end36

cond.false35:                                     ; preds = %for.body22
  %35 = load i32, ptr %big, align 4
  br label %cond.end36

cond.end36:                                       ; preds = %cond.false35, %cond.true33
  %cond37 = phi i32 [ %34, %cond.true33 ], [ %35, %cond.false35 ]
  store i32 %cond37, ptr %big, align 4
  br label %for.inc38

for.inc38:                                        ; preds = %cond.end36
  %36 = load i32, ptr %i19, align 4
  %inc39 = add nsw i32 %36, 1
  store i32 %inc39, ptr %i19, align 4
  br label %for.cond20, !llvm.loop !5

for.end40:                                        ; preds = %for.cond20
  %37 = load i32, ptr %pos, align 4
  %mul = mul nsw i32 %37, 100
  %38 = load i32, ptr %neg, align 4
  %add41 = add nsw i32 %mul, %38
  call void @sb3_out_int(i32 noundef %add41) #2
  %39 = load i32, ptr %big, align 4
  call void @sb3_out_int(i32 noundef %39) #2
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

declare void @sb3_out_double(double noundef) #1

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
