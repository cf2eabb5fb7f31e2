; ModuleID = 'tests/c/matvec_double.c'
source_filename = "tests/c/matvec_double.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@W = hidden global [12 x [16 x double]] zeroinitializer, align 16
@x = hidden global [16 x double] zeroinitializer, align 16
@y = hidden global [12 x double] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden double @dot(ptr noundef %a, ptr noundef %b, i32 noundef %n) #0 {
entry:
  %a.addr = alloca ptr, align 4
  %b.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %s = alloca double, align 8
  %i = alloca i32, align 4
  store ptr %a, ptr %a.addr, align 4
  store ptr %b, ptr %b.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store double 0.000000e+00, ptr %s, align 8
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %a.addr, align 4
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds double, ptr %2, i32 %3
  %4 = load double, ptr %arrayidx, align 8
  %5 = load ptr, ptr %b.addr, align 4
  %6 = load i32, ptr %i, align 4
  %arrayidx1 = getelementptr inbounds double, ptr %5, i32 %6
  %7 = load double, ptr %arrayidx1, align 8
  %mul = fmul double %4, %7
  %8 = load double, ptr %s, align 8
  %add = fadd double %8, %mul
  store double %add, ptr %s, align 8
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %9 = load i32, ptr %i, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %10 = load double, ptr %s, align 8
  ret double %10
}

; Function Attrs: noinline nounwind optnone
define hidden void @matvec(ptr noundef %out, ptr noundef %w, ptr noundef %v, i32 noundef %rows, i32 noundef %cols) #0 {
entry:
  %out.addr = alloca ptr, align 4
  %w.addr = alloca ptr, align 4
  %v.addr = alloca ptr, align 4
  %rows.addr = alloca i32, align 4
  %cols.addr = alloca i32, align 4
  %r = alloca i32, align 4
  %row = alloca ptr, align 4
  %s = alloca double, align 8
  %c = alloca i32, align 4
  store ptr %out, ptr %out.addr, align 4
  store ptr %w, ptr %w.addr, align 4
  store ptr %v, ptr %v.addr, align 4
  store i32 %rows, ptr %rows.addr, align 4
  store i32 %cols, ptr %cols.addr, align 4
  store i32 0, ptr %r, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc6, %entry
  %0 = load i32, ptr %r, align 4
  %1 = load i32, ptr %rows.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end8

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %w.addr, align 4
  %3 = load i32, ptr %r, align 4
  %4 = load i32, ptr %cols.addr, align 4
  %mul = mul nsw i32 %3, %4
  %add.ptr = getelementptr inbounds double, ptr %2, i32 %mul
  store ptr %add.ptr, ptr %row, align 4
  store double 0.000000e+00, ptr %s, align 8
  store i32 0, ptr %c, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %5 = load i32, ptr %c, align 4
  %6 = load i32, ptr %cols.addr, align 4
  %cmp2 = icmp slt i32 %5, %6
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %7 = load ptr, ptr %row, align 4
  %incdec.ptr = getelementptr inbounds double, ptr %7, i32 1
  store ptr %incdec.ptr, ptr %row, align 4
  %8 = load double, ptr %7, align 8
  %9 = load ptr, ptr %v.addr, align 4
  %10 = load i32, ptr %c, align 4
  %arrayidx = getelementptr inbounds double, ptr %9, i32 %10
  %11 = load double, ptr %arrayidx, align 8
  %mul4 = fmul double %8, %11
  %12 = load double, ptr %s, align 8
  %add = fadd double %12, %mul4
  store double %add, ptr %s, align 8
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %13 = load i32, ptr %c, align 4
  %inc = add nsw i32 %13, 1
  store i32 %inc, ptr %c, align 4
  br label %for.cond1, !llvm.loop !4

for.end:                                          ; preds = %for.cond1
  %14 = load double, ptr %s, align 8
  %15 = load ptr, ptr %out.addr, align 4
  %16 = load i32, ptr %r, align 4
  %arrayidx5 = getelementptr inbounds double, ptr %15, i32 %16
  store double %14, ptr %arrayidx5, align 8
  br label %for.inc6

for.inc6:                                         ; preds = %for.end
  %17 = load i32, ptr %r, align 4
  %inc7 = add nsw i32 %17, 1
  store i32 %inc7, ptr %r, align 4
  br label %for.cond, !llvm.loop !5

for.end8:                                         ; preds = %for.cond
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %r = alloca i32, align 4
  %c = alloca i32, align 4
  %c9 = alloca i32, align 4
  %r22 = alloca i32, align 4
  %r31 = alloca i32, align 4
  %n2 = alloca double, align 8
  %r45 = alloca i32, align 4
  store i32 0, ptr %r, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc6, %entry
  %0 = load i32, ptr %r, align 4
  %cmp = icmp slt i32 %0, 12
  br i1 %cmp, label %for.body, label %for.end8

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %c, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %c, align 4
  %cmp2 = icmp slt i32 %1, 16
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %r, align 4
  %mul = mul nsw i32 %2, 31
  %3 = load i32, ptr %c, align 4
  %mul4 = mul nsw i32 %3, 17
  %add = add nsw i32 %mul, %mul4
  %rem = srem i32 %add, 23
  %sub = sub nsw i32 %rem, 11
  %conv = sitofp i32 %sub to double
  %div = fdiv double %conv, 7.000000e+00
  %4 = load i32, ptr %r, align 4
  %arrayidx = getelementptr inbounds [12 x [16 x double]], ptr @W, i32 0, i32 %4
  %5 = load i32, ptr %c, align 4
  %arrayidx5 = getelementptr inbounds [16 x double], ptr %arrayidx, i32 0, i32 %5
  store double %div, ptr %arrayidx5, align 8
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %6 = load i32, ptr %c, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %c, align 4
  br label %for.cond1, !llvm.loop !6

for.end:                                          ; preds = %for.cond1
  br label %for.inc6

for.inc6:                                         ; preds = %for.end
  %7 = load i32, ptr %r, align 4
  %inc7 = add nsw i32 %7, 1
  store i32 %inc7, ptr %r, align 4
  br label %for.cond, !llvm.loop !7

for.end8:                                         ; preds = %for.cond
  store i32 0, ptr %c9, align 4
  br label %for.cond10

for.cond10:                                       ; preds = %for.inc19, %for.end8
  %8 = load i32, ptr %c9, align 4
  %cmp11 = icmp slt i32 %8, 16
  br i1 %cmp11, label %for.body13, label %for.end21

for.body13:                                       ; preds = %for.cond10
  %9 = load i32, ptr %c9, align 4
  %add14 = add nsw i32 %9, 1
  %conv15 = sitofp i32 %add14 to double
  %div16 = fdiv double 1.000000e+00, %conv15
  %sub17 = fsub double %div16, 3.000000e-01
  %10 = load i32, ptr %c9, align 4
  %arrayidx18 = getelementptr inbounds [16 x double], ptr @x, i32 0, i32 %10
  store double %sub17, ptr %arrayidx18, align 8
  br label %for.inc19

for.inc19:                                        ; preds = %for.body13
  %11 = load i32, ptr %c9, align 4
  %inc20 = add nsw i32 %11, 1
  store i32 %inc20, ptr %c9, align 4
  br label %for.cond10, !llvm.loop !8

for.end21:                                        ; preds = %for.cond10
  call void @matvec(ptr noundef @y, ptr noundef @W, ptr noundef @x, i32 noundef 12, i32 noundef 16) #2
  store i32 0, ptr %r22, align 4
  br label %for.cond23

for.cond23:                                       ; preds = %for.inc28, %for.end21
  %12 = load i32, ptr %r22, align 4
  %cmp24 = icmp slt i32 %12, 12
  br i1 %cmp24, label %for.body26, label %for.end30

for.body26:                                       ; preds = %for.cond23
  %13 = load i32, ptr %r22, align 4
  %arrayidx27 = getelementptr inbounds [12 x double], ptr @y, i32 0, i32 %13
  %14 = load double, ptr %arrayidx27, align 8
  call void @sb3_out_double(double noundef %14) #2
  br label %for.inc28

for.inc28:                                        ; preds = %for.body26
  %15 = load i32, ptr %r22, align 4
  %inc29 = add nsw i32 %15, 1
  store i32 %inc29, ptr %r22, align 4
  br label %for.cond23, !llvm.loop !9

for.end30:                                        ; preds = %for.cond23
  store i32 0, ptr %r31, align 4
  br label %for.cond32

for.cond32:                                       ; preds = %for.inc39, %for.end30
  %16 = load i32, ptr %r31, align 4
  %cmp33 = icmp slt i32 %16, 12
  br i1 %cmp33, label %for.body35, label %for.end41

for.body35:                                       ; preds = %for.cond32
  %17 = load i32, ptr %r31, align 4
  %arrayidx36 = getelementptr inbounds [12 x [16 x double]], ptr @W, i32 0, i32 %17
  %arraydecay = getelementptr inbounds [16 x double], ptr %arrayidx36, i32 0, i32 0
  %call = call double @dot(ptr noundef %arraydecay, ptr noundef @x, i32 noundef 16) #2
  %18 = load i32, ptr %r31, align 4
  %arrayidx37 = getelementptr inbounds [12 x double], ptr @y, i32 0, i32 %18
  %19 = load double, ptr %arrayidx37, align 8
  %sub38 = fsub double %call, %19
  call void @sb3_out_double(double noundef %sub38) #2
  br label %for.inc39

for.inc39:                                        ; preds = %for.body35
  %20 = load i32, ptr %r31, align 4
  %inc40 = add nsw i32 %20, 1
  store i32 %inc40, ptr %r31, align 4
  br label %for.cond32, !llvm.loop !10

for.end41:                                        ; preds = %for.cond32
  %call42 = call double @dot(ptr noundef @x, ptr noundef @x, i32 noundef 16) #2
  call void @sb3_out_double(double noundef %call42) #2
  %call43 = call double @dot(ptr noundef @y, ptr noundef @y, i32 noundef 12) #2
  call void @sb3_out_double(double noundef %call43) #2
  %call44 = call double @dot(ptr noundef @y, ptr noundef @y, i32 noundef 12) #2
  store double %call44, ptr %n2, align 8
  store i32 0, ptr %r45, align 4
  br label %for.cond46

for.cond46:                                       ; preds = %for.inc54, %for.end41
  %21 = load i32, ptr %r45, align 4
  %cmp47 = icmp slt i32 %21, 12
  br i1 %cmp47, label %for.body49, label %for.end56

for.body49:                                       ; preds = %for.cond46
  %22 = load i32, ptr %r45, align 4
  %arrayidx50 = getelementptr inbounds [12 x double], ptr @y, i32 0, i32 %22
  %23 = load double, ptr %arrayidx50, align 8
  %24 = load i32, ptr %r45, align 4
  %arrayidx51 = getelementptr inbounds [12 x double], ptr @y, i32 0, i32 %24
  %25 = load double, ptr %arrayidx51, align 8
  %mul52 = fmul double %23, %25
  %26 = load double, ptr %n2, align 8
  %div53 = fdiv double %mul52, %26
  call void @sb3_out_double(double noundef %div53) #2
  br label %for.inc54

for.inc54:                                        ; preds = %for.body49
  %27 = load i32, ptr %r45, align 4
  %add55 = add nsw i32 %27, 3
  store i32 %add55, ptr %r45, align 4
  br label %for.cond46, !llvm.loop !11

for.end56:                                        ; preds = %for.cond46
  ret i32 0
}

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
!6 = distinct !{!6, !3}
!7 = distinct !{!7, !3}
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
