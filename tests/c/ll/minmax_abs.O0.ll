; ModuleID = 'tests/c/minmax_abs.c'
source_filename = "tests/c/minmax_abs.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden global [10 x i32] [i32 0, i32 1, i32 -1, i32 7, i32 -7, i32 2147483647, i32 -2147483647, i32 100000, i32 -99999, i32 3], align 16
@__const.main.ds = private unnamed_addr constant [4 x double] [double -3.500000e+00, double 2.250000e+00, double -1.250000e-01, double 8.000000e+00], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %i16 = alloca i32, align 4
  %b = alloca i8, align 1
  %h = alloca i16, align 2
  %ub = alloca i8, align 1
  %lo = alloca i32, align 4
  %hi = alloca i32, align 4
  %ulo = alloca i32, align 4
  %i59 = alloca i32, align 4
  %ds = alloca [4 x double], align 16
  %m = alloca double, align 8
  %i73 = alloca i32, align 4
  %a = alloca double, align 8
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc14, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 10
  br i1 %cmp, label %for.body, label %for.end15

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp slt i32 %1, 10
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  %4 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %4
  %5 = load i32, ptr %arrayidx4, align 4
  %call = call i32 @smin(i32 noundef %3, i32 noundef %5) #4
  call void @sb3_out_int(i32 noundef %call) #4
  %6 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %6
  %7 = load i32, ptr %arrayidx5, align 4
  %8 = load i32, ptr %j, align 4
  %arrayidx6 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %8
  %9 = load i32, ptr %arrayidx6, align 4
  %call7 = call i32 @smax(i32 noundef %7, i32 noundef %9) #4
  call void @sb3_out_int(i32 noundef %call7) #4
  %10 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %10
  %11 = load i32, ptr %arrayidx8, align 4
  %12 = load i32, ptr %j, align 4
  %arrayidx9 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %12
  %13 = load i32, ptr %arrayidx9, align 4
  %call10 = call i32 @umin(i32 noundef %11, i32 noundef %13) #4
  call void @sb3_out_int(i32 noundef %call10) #4
  %14 = load i32, ptr %i, align 4
  %arrayidx11 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %14
  %15 = load i32, ptr %arrayidx11, align 4
  %16 = load i32, ptr %j, align 4
  %arrayidx12 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %16
  %17 = load i32, ptr %arrayidx12, align 4
  %call13 = call i32 @umax(i32 noundef %15, i32 noundef %17) #4
  call void @sb3_out_int(i32 noundef %call13) #4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %18 = load i32, ptr %j, align 4
  %add = add nsw i32 %18, 2
  store i32 %add, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc14

for.inc14:                                        ; preds = %for.end
  %19 = load i32, ptr %i, align 4
  %inc = add nsw i32 %19, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end15:                                        ; preds = %for.cond
  store i32 0, ptr %i16, align 4
  br label %for.cond17

for.cond17:                                       ; preds = %for.inc56, %for.end15
  %20 = load i32, ptr %i16, align 4
  %cmp18 = icmp slt i32 %20, 10
  br i1 %cmp18, label %for.body19, label %for.end58

for.body19:                                       ; preds = %for.cond17
  %21 = load i32, ptr %i16, align 4
  %arrayidx20 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %21
  %22 = load i32, ptr %arrayidx20, align 4
  %call21 = call i32 @iabs(i32 noundef %22) #4
  call void @sb3_out_int(i32 noundef %call21) #4
  %23 = load i32, ptr %i16, align 4
  %arrayidx22 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %23
  %24 = load i32, ptr %arrayidx22, align 4
  %25 = call i32 @llvm.abs.i32(i32 %24, i1 true)
  call void @sb3_out_int(i32 noundef %25) #4
  %26 = load i32, ptr %i16, align 4
  %arrayidx23 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %26
  %27 = load i32, ptr %arrayidx23, align 4
  %conv = trunc i32 %27 to i8
  store i8 %conv, ptr %b, align 1
  %28 = load i32, ptr %i16, align 4
  %arrayidx24 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %28
  %29 = load i32, ptr %arrayidx24, align 4
  %conv25 = trunc i32 %29 to i16
  store i16 %conv25, ptr %h, align 2
  %30 = load i8, ptr %b, align 1
  %conv26 = sext i8 %30 to i32
  %cmp27 = icmp slt i32 %conv26, 0
  br i1 %cmp27, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.body19
  %31 = load i8, ptr %b, align 1
  %conv29 = sext i8 %31 to i32
  %sub = sub nsw i32 0, %conv29
  br label %cond.end

cond.false:                                       ; preds = %for.body19
  %32 = load i8, ptr %b, align 1
  %conv30 = sext i8 %32 to i32
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %sub, %cond.true ], [ %conv30, %cond.false ]
  call void @sb3_out_int(i32 noundef %cond) #4
  %33 = load i16, ptr %h, align 2
  %conv31 = sext i16 %33 to i32
  %cmp32 = icmp sgt i32 %conv31, 100
  br i1 %cmp32, label %cond.true34, label %cond.false35

cond.true34:                                      ; preds = %cond.end
  br label %cond.end44

cond.false35:                                     ; preds = %cond.end
  %34 = load i16, ptr %h, align 2
  %conv36 = sext i16 %34 to i32
  %cmp37 = icmp slt i32 %conv36, -100
  br i1 %cmp37, label %cond.true39, label %cond.false40

cond.true39:                                      ; preds = %cond.false35
  br label %cond.end42

cond.false40:                                     ; preds = %cond.false35
  %35 = load i16, ptr %h, align 2
  %conv41 = sext i16 %35 to i32
  br label %cond.end42

cond.end42:                                       ; preds = %cond.false40, %cond.true39
  %cond43 = phi i32 [ -100, %cond.true39 ], [ %conv41, %cond.false40 ]
  br label %cond.end44

cond.end44:                                       ; preds = %cond.end42, %cond.true34
  %cond45 = phi i32 [ 100, %cond.true34 ], [ %cond43, %cond.end42 ]
  call void @sb3_out_int(i32 noundef %cond45) #4
  %36 = load i32, ptr %i16, align 4
  %arrayidx46 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %36
  %37 = load i32, ptr %arrayidx46, align 4
  %conv47 = trunc i32 %37 to i8
  store i8 %conv47, ptr %ub, align 1
  %38 = load i8, ptr %ub, align 1
  %conv48 = zext i8 %38 to i32
  %cmp49 = icmp sgt i32 %conv48, 200
  br i1 %cmp49, label %cond.true51, label %cond.false52

cond.true51:                                      ; preds = %cond.end44
  br label %cond.end54

cond.false52:                                     ; preds = %cond.end44
  %39 = load i8, ptr %ub, align 1
  %conv53 = zext i8 %39 to i32
  br label %cond.end54

cond.end54:                                       ; preds = %cond.false52, %cond.true51
  %cond55 = phi i32 [ 200, %cond.true51 ], [ %conv53, %cond.false52 ]
  call void @sb3_out_int(i32 noundef %cond55) #4
  br label %for.inc56

for.inc56:                                        ; preds = %cond.end54
  %40 = load i32, ptr %i16, align 4
  %inc57 = add nsw i32 %40, 1
  store i32 %inc57, ptr %i16, align 4
  br label %for.cond17, !llvm.loop !5

for.end58:                                        ; preds = %for.cond17
  %41 = load i32, ptr @xs, align 16
  store i32 %41, ptr %lo, align 4
  %42 = load i32, ptr @xs, align 16
  store i32 %42, ptr %hi, align 4
  store i32 -1, ptr %ulo, align 4
  store i32 1, ptr %i59, align 4
  br label %for.cond60

for.cond60:                                       ; preds = %for.inc70, %for.end58
  %43 = load i32, ptr %i59, align 4
  %cmp61 = icmp slt i32 %43, 10
  br i1 %cmp61, label %for.body63, label %for.end72

for.body63:                                       ; preds = %for.cond60
  %44 = load i32, ptr %lo, align 4
  %45 = load i32, ptr %i59, align 4
  %arrayidx64 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %45
  %46 = load i32, ptr %arrayidx64, align 4
  %call65 = call i32 @smin(i32 noundef %44, i32 noundef %46) #4
  store i32 %call65, ptr %lo, align 4
  %47 = load i32, ptr %hi, align 4
  %48 = load i32, ptr %i59, align 4
  %arrayidx66 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %48
  %49 = load i32, ptr %arrayidx66, align 4
  %call67 = call i32 @smax(i32 noundef %47, i32 noundef %49) #4
  store i32 %call67, ptr %hi, align 4
  %50 = load i32, ptr %ulo, align 4
  %51 = load i32, ptr %i59, align 4
  %arrayidx68 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %51
  %52 = load i32, ptr %arrayidx68, align 4
  %or = or i32 %52, 1
  %call69 = call i32 @umin(i32 noundef %50, i32 noundef %or) #4
  store i32 %call69, ptr %ulo, align 4
  br label %for.inc70

for.inc70:                                        ; preds = %for.body63
  %53 = load i32, ptr %i59, align 4
  %inc71 = add nsw i32 %53, 1
  store i32 %inc71, ptr %i59, align 4
  br label %for.cond60, !llvm.loop !6

for.end72:                                        ; preds = %for.cond60
  %54 = load i32, ptr %lo, align 4
  call void @sb3_out_int(i32 noundef %54) #4
  %55 = load i32, ptr %hi, align 4
  call void @sb3_out_int(i32 noundef %55) #4
  %56 = load i32, ptr %ulo, align 4
  call void @sb3_out_int(i32 noundef %56) #4
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %ds, ptr align 16 @__const.main.ds, i32 32, i1 false)
  store double 0.000000e+00, ptr %m, align 8
  store i32 0, ptr %i73, align 4
  br label %for.cond74

for.cond74:                                       ; preds = %for.inc85, %for.end72
  %57 = load i32, ptr %i73, align 4
  %cmp75 = icmp slt i32 %57, 4
  br i1 %cmp75, label %for.body77, label %for.end87

for.body77:                                       ; preds = %for.cond74
  %58 = load i32, ptr %i73, align 4
  %arrayidx78 = getelementptr inbounds [4 x double], ptr %ds, i32 0, i32 %58
  %59 = load double, ptr %arrayidx78, align 8
  %60 = call double @llvm.fabs.f64(double %59)
  store double %60, ptr %a, align 8
  %61 = load double, ptr %a, align 8
  %62 = load double, ptr %m, align 8
  %cmp79 = fcmp ogt double %61, %62
  br i1 %cmp79, label %cond.true81, label %cond.false82

cond.true81:                                      ; preds = %for.body77
  %63 = load double, ptr %a, align 8
  br label %cond.end83

cond.false82:                                     ; preds = %for.body77
  %64 = load double, ptr %m, align 8
  br label %cond.end83

cond.end83:                                       ; preds = %cond.false82, %cond.true81
  %cond84 = phi double [ %63, %cond.true81 ], [ %64, %cond.false82 ]
  store double %cond84, ptr %m, align 8
  %65 = load double, ptr %a, align 8
  call void @sb3_out_double(double noundef %65) #4
  br label %for.inc85

for.inc85:                                        ; preds = %cond.end83
  %66 = load i32, ptr %i73, align 4
  %inc86 = add nsw i32 %66, 1
  store i32 %inc86, ptr %i73, align 4
  br label %for.cond74, !llvm.loop !7

for.end87:                                        ; preds = %for.cond74
  %67 = load double, ptr %m, align 8
  call void @sb3_out_double(double noundef %67) #4
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @smin(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %2 = load i32, ptr %a.addr, align 4
  br label %cond.end

cond.false:                                       ; preds = %entry
  %3 = load i32, ptr %b.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %2, %cond.true ], [ %3, %cond.false ]
  ret i32 %cond
}

; Function Attrs: noinline nounwind optnone
define internal i32 @smax(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %cmp = icmp sgt i32 %0, %1
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %2 = load i32, ptr %a.addr, align 4
  br label %cond.end

cond.false:                                       ; preds = %entry
  %3 = load i32, ptr %b.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %2, %cond.true ], [ %3, %cond.false ]
  ret i32 %cond
}

; Function Attrs: noinline nounwind optnone
define internal i32 @umin(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %cmp = icmp ult i32 %0, %1
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %2 = load i32, ptr %a.addr, align 4
  br label %cond.end

cond.false:                                       ; preds = %entry
  %3 = load i32, ptr %b.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %2, %cond.true ], [ %3, %cond.false ]
  ret i32 %cond
}

; Function Attrs: noinline nounwind optnone
define internal i32 @umax(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %cmp = icmp ugt i32 %0, %1
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %2 = load i32, ptr %a.addr, align 4
  br label %cond.end

cond.false:                                       ; preds = %entry
  %3 = load i32, ptr %b.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %2, %cond.true ], [ %3, %cond.false ]
  ret i32 %cond
}

; Function Attrs: noinline nounwind optnone
define internal i32 @iabs(i32 noundef %a) #0 {
entry:
  %a.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %cmp = icmp slt i32 %0, 0
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %1 = load i32, ptr %a.addr, align 4
  %sub = sub nsw i32 0, %1
  br label %cond.end

cond.false:                                       ; preds = %entry
  %2 = load i32, ptr %a.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %sub, %cond.true ], [ %2, %cond.false ]
  ret i32 %cond
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

declare void @sb3_out_double(double noundef) #1

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nobuiltin "no-builtins" }

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
