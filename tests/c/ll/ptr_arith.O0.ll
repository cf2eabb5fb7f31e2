; ModuleID = 'tests/c/ptr_arith.c'
source_filename = "tests/c/ptr_arith.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@ints = hidden global [12 x i32] [i32 5, i32 3, i32 9, i32 -1, i32 7, i32 2, i32 8, i32 0, i32 6, i32 -4, i32 1, i32 4], align 16
@shorts = hidden global [8 x i16] [i16 -1, i16 2, i16 -3, i16 4, i16 -5, i16 6, i16 -7, i16 8], align 16
@chars = hidden global [19 x i8] c"pointer arithmetic\00", align 16
@dbls = hidden global [5 x double] [double 1.500000e+00, double 2.500000e+00, double 3.500000e+00, double 4.500000e+00, double 5.500000e+00], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @sum_range(ptr noundef %b, ptr noundef %e) #0 {
entry:
  %b.addr = alloca ptr, align 4
  %e.addr = alloca ptr, align 4
  %s = alloca i32, align 4
  store ptr %b, ptr %b.addr, align 4
  store ptr %e, ptr %e.addr, align 4
  store i32 0, ptr %s, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %b.addr, align 4
  %1 = load ptr, ptr %e.addr, align 4
  %cmp = icmp ult ptr %0, %1
  br i1 %cmp, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %2 = load ptr, ptr %b.addr, align 4
  %incdec.ptr = getelementptr inbounds i32, ptr %2, i32 1
  store ptr %incdec.ptr, ptr %b.addr, align 4
  %3 = load i32, ptr %2, align 4
  %4 = load i32, ptr %s, align 4
  %add = add nsw i32 %4, %3
  store i32 %add, ptr %s, align 4
  br label %while.cond, !llvm.loop !2

while.end:                                        ; preds = %while.cond
  %5 = load i32, ptr %s, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone
define hidden ptr @find_max(ptr noundef %p, i32 noundef %n) #0 {
entry:
  %p.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %best = alloca ptr, align 4
  %q = alloca ptr, align 4
  store ptr %p, ptr %p.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load ptr, ptr %p.addr, align 4
  store ptr %0, ptr %best, align 4
  %1 = load ptr, ptr %p.addr, align 4
  %add.ptr = getelementptr inbounds i32, ptr %1, i32 1
  store ptr %add.ptr, ptr %q, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %2 = load ptr, ptr %q, align 4
  %3 = load ptr, ptr %p.addr, align 4
  %4 = load i32, ptr %n.addr, align 4
  %add.ptr1 = getelementptr inbounds i32, ptr %3, i32 %4
  %cmp = icmp ne ptr %2, %add.ptr1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %5 = load ptr, ptr %q, align 4
  %6 = load i32, ptr %5, align 4
  %7 = load ptr, ptr %best, align 4
  %8 = load i32, ptr %7, align 4
  %cmp2 = icmp sgt i32 %6, %8
  br i1 %cmp2, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  %9 = load ptr, ptr %q, align 4
  store ptr %9, ptr %best, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  br label %for.inc

for.inc:                                          ; preds = %if.end
  %10 = load ptr, ptr %q, align 4
  %incdec.ptr = getelementptr inbounds i32, ptr %10, i32 1
  store ptr %incdec.ptr, ptr %q, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  %11 = load ptr, ptr %best, align 4
  ret ptr %11
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %m = alloca ptr, align 4
  %mid = alloca ptr, align 4
  %sp = alloca ptr, align 4
  %ss = alloca i32, align 4
  %cp = alloca ptr, align 4
  %end = alloca ptr, align 4
  %q = alloca ptr, align 4
  %dp = alloca ptr, align 4
  %ds = alloca double, align 8
  %x = alloca ptr, align 4
  %y = alloca ptr, align 4
  %t = alloca i32, align 4
  %i = alloca i32, align 4
  %call = call i32 @sum_range(ptr noundef @ints, ptr noundef getelementptr inbounds (i32, ptr @ints, i32 12)) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %call1 = call i32 @sum_range(ptr noundef getelementptr inbounds (i32, ptr @ints, i32 3), ptr noundef getelementptr inbounds (i32, ptr @ints, i32 7)) #2
  call void @sb3_out_int(i32 noundef %call1) #2
  %call2 = call i32 @sum_range(ptr noundef getelementptr inbounds (i32, ptr @ints, i32 5), ptr noundef getelementptr inbounds (i32, ptr @ints, i32 5)) #2
  call void @sb3_out_int(i32 noundef %call2) #2
  %call3 = call ptr @find_max(ptr noundef @ints, i32 noundef 12) #2
  store ptr %call3, ptr %m, align 4
  %0 = load ptr, ptr %m, align 4
  %1 = load i32, ptr %0, align 4
  call void @sb3_out_int(i32 noundef %1) #2
  %2 = load ptr, ptr %m, align 4
  %sub.ptr.lhs.cast = ptrtoint ptr %2 to i32
  %sub.ptr.sub = sub i32 %sub.ptr.lhs.cast, ptrtoint (ptr @ints to i32)
  %sub.ptr.div = sdiv exact i32 %sub.ptr.sub, 4
  call void @sb3_out_int(i32 noundef %sub.ptr.div) #2
  store ptr getelementptr inbounds (i32, ptr @ints, i32 6), ptr %mid, align 4
  %3 = load ptr, ptr %mid, align 4
  %arrayidx = getelementptr inbounds i32, ptr %3, i32 -1
  %4 = load i32, ptr %arrayidx, align 4
  %5 = load ptr, ptr %mid, align 4
  %arrayidx4 = getelementptr inbounds i32, ptr %5, i32 -6
  %6 = load i32, ptr %arrayidx4, align 4
  %mul = mul nsw i32 %6, 10
  %add = add nsw i32 %4, %mul
  %7 = load ptr, ptr %mid, align 4
  %arrayidx5 = getelementptr inbounds i32, ptr %7, i32 5
  %8 = load i32, ptr %arrayidx5, align 4
  %mul6 = mul nsw i32 %8, 100
  %add7 = add nsw i32 %add, %mul6
  call void @sb3_out_int(i32 noundef %add7) #2
  %9 = load ptr, ptr %mid, align 4
  %add.ptr = getelementptr inbounds i32, ptr %9, i32 -2
  %10 = load i32, ptr %add.ptr, align 4
  call void @sb3_out_int(i32 noundef %10) #2
  %11 = load ptr, ptr %mid, align 4
  %cmp = icmp ugt ptr %11, @ints
  %conv = zext i1 %cmp to i32
  call void @sb3_out_int(i32 noundef %conv) #2
  %12 = load ptr, ptr %mid, align 4
  %cmp8 = icmp ule ptr %12, getelementptr inbounds (i32, ptr @ints, i32 5)
  %conv9 = zext i1 %cmp8 to i32
  call void @sb3_out_int(i32 noundef %conv9) #2
  store ptr @shorts, ptr %sp, align 4
  store i32 0, ptr %ss, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %13 = load ptr, ptr %sp, align 4
  %cmp10 = icmp ult ptr %13, getelementptr inbounds (i16, ptr @shorts, i32 8)
  br i1 %cmp10, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %14 = load i32, ptr %ss, align 4
  %mul12 = mul nsw i32 %14, 3
  %15 = load ptr, ptr %sp, align 4
  %16 = load i16, ptr %15, align 2
  %conv13 = sext i16 %16 to i32
  %add14 = add nsw i32 %mul12, %conv13
  store i32 %add14, ptr %ss, align 4
  %17 = load ptr, ptr %sp, align 4
  %add.ptr15 = getelementptr inbounds i16, ptr %17, i32 2
  store ptr %add.ptr15, ptr %sp, align 4
  br label %while.cond, !llvm.loop !5

while.end:                                        ; preds = %while.cond
  %18 = load i32, ptr %ss, align 4
  call void @sb3_out_int(i32 noundef %18) #2
  %19 = load ptr, ptr %sp, align 4
  %sub.ptr.lhs.cast16 = ptrtoint ptr %19 to i32
  %sub.ptr.sub17 = sub i32 %sub.ptr.lhs.cast16, ptrtoint (ptr @shorts to i32)
  %sub.ptr.div18 = sdiv exact i32 %sub.ptr.sub17, 2
  call void @sb3_out_int(i32 noundef %sub.ptr.div18) #2
  store ptr getelementptr inbounds (i8, ptr @chars, i32 8), ptr %cp, align 4
  %20 = load ptr, ptr %cp, align 4
  store ptr %20, ptr %end, align 4
  br label %while.cond19

while.cond19:                                     ; preds = %while.body20, %while.end
  %21 = load ptr, ptr %end, align 4
  %22 = load i8, ptr %21, align 1
  %tobool = icmp ne i8 %22, 0
  br i1 %tobool, label %while.body20, label %while.end21

while.body20:                                     ; preds = %while.cond19
  %23 = load ptr, ptr %end, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %23, i32 1
  store ptr %incdec.ptr, ptr %end, align 4
  br label %while.cond19, !llvm.loop !6

while.end21:                                      ; preds = %while.cond19
  %24 = load ptr, ptr %end, align 4
  %25 = load ptr, ptr %cp, align 4
  %sub.ptr.lhs.cast22 = ptrtoint ptr %24 to i32
  %sub.ptr.rhs.cast = ptrtoint ptr %25 to i32
  %sub.ptr.sub23 = sub i32 %sub.ptr.lhs.cast22, %sub.ptr.rhs.cast
  call void @sb3_out_int(i32 noundef %sub.ptr.sub23) #2
  %26 = load ptr, ptr %end, align 4
  %add.ptr24 = getelementptr inbounds i8, ptr %26, i32 -1
  store ptr %add.ptr24, ptr %q, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %while.end21
  %27 = load ptr, ptr %q, align 4
  %28 = load ptr, ptr %cp, align 4
  %cmp25 = icmp uge ptr %27, %28
  br i1 %cmp25, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %29 = load ptr, ptr %q, align 4
  %30 = load i8, ptr %29, align 1
  %conv27 = sext i8 %30 to i32
  call void @sb3_out_char(i32 noundef %conv27) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %31 = load ptr, ptr %q, align 4
  %add.ptr28 = getelementptr inbounds i8, ptr %31, i32 -3
  store ptr %add.ptr28, ptr %q, align 4
  br label %for.cond, !llvm.loop !7

for.end:                                          ; preds = %for.cond
  store ptr getelementptr inbounds ([5 x double], ptr @dbls, i32 0, i32 4), ptr %dp, align 4
  store double 0.000000e+00, ptr %ds, align 8
  br label %while.cond29

while.cond29:                                     ; preds = %while.body32, %for.end
  %32 = load ptr, ptr %dp, align 4
  %cmp30 = icmp uge ptr %32, @dbls
  br i1 %cmp30, label %while.body32, label %while.end36

while.body32:                                     ; preds = %while.cond29
  %33 = load double, ptr %ds, align 8
  %mul33 = fmul double %33, 2.000000e+00
  %34 = load ptr, ptr %dp, align 4
  %35 = load double, ptr %34, align 8
  %add34 = fadd double %mul33, %35
  store double %add34, ptr %ds, align 8
  %36 = load ptr, ptr %dp, align 4
  %incdec.ptr35 = getelementptr inbounds double, ptr %36, i32 -1
  store ptr %incdec.ptr35, ptr %dp, align 4
  br label %while.cond29, !llvm.loop !8

while.end36:                                      ; preds = %while.cond29
  %37 = load double, ptr %ds, align 8
  call void @sb3_out_double(double noundef %37) #2
  store ptr @ints, ptr %x, align 4
  store ptr getelementptr inbounds ([12 x i32], ptr @ints, i32 0, i32 11), ptr %y, align 4
  br label %while.cond37

while.cond37:                                     ; preds = %while.body40, %while.end36
  %38 = load ptr, ptr %x, align 4
  %39 = load ptr, ptr %y, align 4
  %cmp38 = icmp ult ptr %38, %39
  br i1 %cmp38, label %while.body40, label %while.end43

while.body40:                                     ; preds = %while.cond37
  %40 = load ptr, ptr %x, align 4
  %41 = load i32, ptr %40, align 4
  store i32 %41, ptr %t, align 4
  %42 = load ptr, ptr %y, align 4
  %43 = load i32, ptr %42, align 4
  %44 = load ptr, ptr %x, align 4
  %incdec.ptr41 = getelementptr inbounds i32, ptr %44, i32 1
  store ptr %incdec.ptr41, ptr %x, align 4
  store i32 %43, ptr %44, align 4
  %45 = load i32, ptr %t, align 4
  %46 = load ptr, ptr %y, align 4
  %incdec.ptr42 = getelementptr inbounds i32, ptr %46, i32 -1
  store ptr %incdec.ptr42, ptr %y, align 4
  store i32 %45, ptr %46, align 4
  br label %while.cond37, !llvm.loop !9

while.end43:                                      ; preds = %while.cond37
  store i32 0, ptr %i, align 4
  br label %for.cond44

for.cond44:                                       ; preds = %for.inc49, %while.end43
  %47 = load i32, ptr %i, align 4
  %cmp45 = icmp slt i32 %47, 12
  br i1 %cmp45, label %for.body47, label %for.end50

for.body47:                                       ; preds = %for.cond44
  %48 = load i32, ptr %i, align 4
  %arrayidx48 = getelementptr inbounds [12 x i32], ptr @ints, i32 0, i32 %48
  %49 = load i32, ptr %arrayidx48, align 4
  call void @sb3_out_int(i32 noundef %49) #2
  br label %for.inc49

for.inc49:                                        ; preds = %for.body47
  %50 = load i32, ptr %i, align 4
  %inc = add nsw i32 %50, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond44, !llvm.loop !10

for.end50:                                        ; preds = %for.cond44
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

declare void @sb3_out_char(i32 noundef) #1

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
