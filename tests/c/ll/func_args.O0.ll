; ModuleID = 'tests/c/func_args.c'
source_filename = "tests/c/func_args.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@next_id.id = internal global i32 40, align 4
@pair = hidden global [2 x i32] [i32 -3, i32 11], align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden double @mix(i8 noundef signext %a, i16 noundef signext %b, i32 noundef %c, i64 noundef %d, double noundef %e, ptr noundef %p, i1 noundef zeroext %f, i8 noundef zeroext %g, i16 noundef zeroext %h) #0 {
entry:
  %a.addr = alloca i8, align 1
  %b.addr = alloca i16, align 2
  %c.addr = alloca i32, align 4
  %d.addr = alloca i64, align 8
  %e.addr = alloca double, align 8
  %p.addr = alloca ptr, align 4
  %f.addr = alloca i8, align 1
  %g.addr = alloca i8, align 1
  %h.addr = alloca i16, align 2
  %r = alloca double, align 8
  store i8 %a, ptr %a.addr, align 1
  store i16 %b, ptr %b.addr, align 2
  store i32 %c, ptr %c.addr, align 4
  store i64 %d, ptr %d.addr, align 8
  store double %e, ptr %e.addr, align 8
  store ptr %p, ptr %p.addr, align 4
  %storedv = zext i1 %f to i8
  store i8 %storedv, ptr %f.addr, align 1
  store i8 %g, ptr %g.addr, align 1
  store i16 %h, ptr %h.addr, align 2
  %0 = load i8, ptr %a.addr, align 1
  %conv = sext i8 %0 to i32
  %1 = load i16, ptr %b.addr, align 2
  %conv1 = sext i16 %1 to i32
  %mul = mul nsw i32 %conv1, 2
  %add = add nsw i32 %conv, %mul
  %2 = load i32, ptr %c.addr, align 4
  %mul2 = mul nsw i32 %2, 3
  %add3 = add nsw i32 %add, %mul2
  %conv4 = sitofp i32 %add3 to double
  %3 = load i64, ptr %d.addr, align 8
  %conv5 = sitofp i64 %3 to double
  %mul6 = fmul double %conv5, 4.000000e+00
  %add7 = fadd double %conv4, %mul6
  %4 = load double, ptr %e.addr, align 8
  %mul8 = fmul double %4, 5.000000e+00
  %add9 = fadd double %add7, %mul8
  %5 = load ptr, ptr %p.addr, align 4
  %arrayidx = getelementptr inbounds i32, ptr %5, i32 0
  %6 = load i32, ptr %arrayidx, align 4
  %mul10 = mul nsw i32 %6, 6
  %conv11 = sitofp i32 %mul10 to double
  %add12 = fadd double %add9, %conv11
  %7 = load ptr, ptr %p.addr, align 4
  %arrayidx13 = getelementptr inbounds i32, ptr %7, i32 1
  %8 = load i32, ptr %arrayidx13, align 4
  %mul14 = mul nsw i32 %8, 7
  %conv15 = sitofp i32 %mul14 to double
  %add16 = fadd double %add12, %conv15
  store double %add16, ptr %r, align 8
  %9 = load i8, ptr %f.addr, align 1
  %loadedv = trunc i8 %9 to i1
  br i1 %loadedv, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %10 = load double, ptr %r, align 8
  %11 = load i8, ptr %g.addr, align 1
  %conv18 = zext i8 %11 to i32
  %conv19 = sitofp i32 %conv18 to double
  %add20 = fadd double %10, %conv19
  br label %cond.end

cond.false:                                       ; preds = %entry
  %12 = load double, ptr %r, align 8
  %13 = load i16, ptr %h.addr, align 2
  %conv21 = zext i16 %13 to i32
  %conv22 = sitofp i32 %conv21 to double
  %sub = fsub double %12, %conv22
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi double [ %add20, %cond.true ], [ %sub, %cond.false ]
  ret double %cond
}

; Function Attrs: noinline nounwind optnone
define hidden signext i8 @ret8(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %0 = load i32, ptr %x.addr, align 4
  %mul = mul nsw i32 %0, 3
  %conv = trunc i32 %mul to i8
  ret i8 %conv
}

; Function Attrs: noinline nounwind optnone
define hidden zeroext i16 @retu16(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %0 = load i32, ptr %x.addr, align 4
  %mul = mul nsw i32 %0, 1000
  %conv = trunc i32 %mul to i16
  ret i16 %conv
}

; Function Attrs: noinline nounwind optnone
define hidden zeroext i1 @retbool(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %0 = load i32, ptr %x.addr, align 4
  %rem = srem i32 %0, 3
  %cmp = icmp eq i32 %rem, 1
  ret i1 %cmp
}

; Function Attrs: noinline nounwind optnone
define hidden i64 @ret64(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %0 = load i32, ptr %x.addr, align 4
  %conv = sext i32 %0 to i64
  %mul = mul nsw i64 %conv, 4000000000
  ret i64 %mul
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @next_id() #0 {
entry:
  %0 = load i32, ptr @next_id.id, align 4
  %inc = add nsw i32 %0, 1
  store i32 %inc, ptr @next_id.id, align 4
  ret i32 %0
}

; Function Attrs: noinline nounwind optnone
define hidden void @divmod(i32 noundef %a, i32 noundef %b, ptr noundef %q, ptr noundef %r) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  %q.addr = alloca ptr, align 4
  %r.addr = alloca ptr, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  store ptr %q, ptr %q.addr, align 4
  store ptr %r, ptr %r.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %div = sdiv i32 %0, %1
  %2 = load ptr, ptr %q.addr, align 4
  store i32 %div, ptr %2, align 4
  %3 = load i32, ptr %a.addr, align 4
  %4 = load i32, ptr %b.addr, align 4
  %rem = srem i32 %3, %4
  %5 = load ptr, ptr %r.addr, align 4
  store i32 %rem, ptr %5, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @sum10(i32 noundef %a0, i32 noundef %a1, i32 noundef %a2, i32 noundef %a3, i32 noundef %a4, i32 noundef %a5, i32 noundef %a6, i32 noundef %a7, i32 noundef %a8, i32 noundef %a9) #0 {
entry:
  %a0.addr = alloca i32, align 4
  %a1.addr = alloca i32, align 4
  %a2.addr = alloca i32, align 4
  %a3.addr = alloca i32, align 4
  %a4.addr = alloca i32, align 4
  %a5.addr = alloca i32, align 4
  %a6.addr = alloca i32, align 4
  %a7.addr = alloca i32, align 4
  %a8.addr = alloca i32, align 4
  %a9.addr = alloca i32, align 4
  store i32 %a0, ptr %a0.addr, align 4
  store i32 %a1, ptr %a1.addr, align 4
  store i32 %a2, ptr %a2.addr, align 4
  store i32 %a3, ptr %a3.addr, align 4
  store i32 %a4, ptr %a4.addr, align 4
  store i32 %a5, ptr %a5.addr, align 4
  store i32 %a6, ptr %a6.addr, align 4
  store i32 %a7, ptr %a7.addr, align 4
  store i32 %a8, ptr %a8.addr, align 4
  store i32 %a9, ptr %a9.addr, align 4
  %0 = load i32, ptr %a0.addr, align 4
  %1 = load i32, ptr %a1.addr, align 4
  %sub = sub nsw i32 %0, %1
  %2 = load i32, ptr %a2.addr, align 4
  %mul = mul nsw i32 %2, 2
  %add = add nsw i32 %sub, %mul
  %3 = load i32, ptr %a3.addr, align 4
  %mul1 = mul nsw i32 %3, 3
  %sub2 = sub nsw i32 %add, %mul1
  %4 = load i32, ptr %a4.addr, align 4
  %mul3 = mul nsw i32 %4, 5
  %add4 = add nsw i32 %sub2, %mul3
  %5 = load i32, ptr %a5.addr, align 4
  %mul5 = mul nsw i32 %5, 7
  %sub6 = sub nsw i32 %add4, %mul5
  %6 = load i32, ptr %a6.addr, align 4
  %mul7 = mul nsw i32 %6, 11
  %add8 = add nsw i32 %sub6, %mul7
  %7 = load i32, ptr %a7.addr, align 4
  %mul9 = mul nsw i32 %7, 13
  %sub10 = sub nsw i32 %add8, %mul9
  %8 = load i32, ptr %a8.addr, align 4
  %mul11 = mul nsw i32 %8, 17
  %add12 = add nsw i32 %sub10, %mul11
  %9 = load i32, ptr %a9.addr, align 4
  %mul13 = mul nsw i32 %9, 19
  %sub14 = sub nsw i32 %add12, %mul13
  ret i32 %sub14
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %i22 = alloca i32, align 4
  %q = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 -2, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 3
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %1, 50
  %conv = trunc i32 %mul to i8
  %2 = load i32, ptr %i, align 4
  %mul1 = mul nsw i32 %2, -3000
  %conv2 = trunc i32 %mul1 to i16
  %3 = load i32, ptr %i, align 4
  %mul3 = mul nsw i32 %3, 100000
  %4 = load i32, ptr %i, align 4
  %conv4 = sext i32 %4 to i64
  %mul5 = mul nsw i64 %conv4, 1099511627776
  %5 = load i32, ptr %i, align 4
  %conv6 = sitofp i32 %5 to double
  %mul7 = fmul double %conv6, 3.750000e-01
  %6 = load i32, ptr %i, align 4
  %and = and i32 %6, 1
  %tobool = icmp ne i32 %and, 0
  %7 = load i32, ptr %i, align 4
  %add = add nsw i32 200, %7
  %conv8 = trunc i32 %add to i8
  %8 = load i32, ptr %i, align 4
  %add9 = add nsw i32 60000, %8
  %conv10 = trunc i32 %add9 to i16
  %call = call double @mix(i8 noundef signext %conv, i16 noundef signext %conv2, i32 noundef %mul3, i64 noundef %mul5, double noundef %mul7, ptr noundef @pair, i1 noundef zeroext %tobool, i8 noundef zeroext %conv8, i16 noundef zeroext %conv10) #2
  call void @sb3_out_double(double noundef %call) #2
  %9 = load i32, ptr %i, align 4
  %mul11 = mul nsw i32 %9, 50
  %call12 = call signext i8 @ret8(i32 noundef %mul11) #2
  %conv13 = sext i8 %call12 to i32
  call void @sb3_out_int(i32 noundef %conv13) #2
  %10 = load i32, ptr %i, align 4
  %mul14 = mul nsw i32 %10, 70
  %call15 = call zeroext i16 @retu16(i32 noundef %mul14) #2
  %conv16 = zext i16 %call15 to i32
  call void @sb3_out_int(i32 noundef %conv16) #2
  %11 = load i32, ptr %i, align 4
  %add17 = add nsw i32 %11, 10
  %call18 = call zeroext i1 @retbool(i32 noundef %add17) #2
  %conv19 = zext i1 %call18 to i32
  call void @sb3_out_int(i32 noundef %conv19) #2
  %12 = load i32, ptr %i, align 4
  %call20 = call i64 @ret64(i32 noundef %12) #2
  %conv21 = sitofp i64 %call20 to double
  call void @sb3_out_double(double noundef %conv21) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %13 = load i32, ptr %i, align 4
  %inc = add nsw i32 %13, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i22, align 4
  br label %for.cond23

for.cond23:                                       ; preds = %for.inc28, %for.end
  %14 = load i32, ptr %i22, align 4
  %cmp24 = icmp slt i32 %14, 4
  br i1 %cmp24, label %for.body26, label %for.end30

for.body26:                                       ; preds = %for.cond23
  %call27 = call i32 @next_id() #2
  call void @sb3_out_int(i32 noundef %call27) #2
  br label %for.inc28

for.inc28:                                        ; preds = %for.body26
  %15 = load i32, ptr %i22, align 4
  %inc29 = add nsw i32 %15, 1
  store i32 %inc29, ptr %i22, align 4
  br label %for.cond23, !llvm.loop !4

for.end30:                                        ; preds = %for.cond23
  call void @divmod(i32 noundef -47, i32 noundef 5, ptr noundef %q, ptr noundef %r) #2
  %16 = load i32, ptr %q, align 4
  call void @sb3_out_int(i32 noundef %16) #2
  %17 = load i32, ptr %r, align 4
  call void @sb3_out_int(i32 noundef %17) #2
  call void @divmod(i32 noundef 47, i32 noundef -5, ptr noundef %q, ptr noundef %r) #2
  %18 = load i32, ptr %q, align 4
  %mul31 = mul nsw i32 %18, 100
  %19 = load i32, ptr %r, align 4
  %add32 = add nsw i32 %mul31, %19
  call void @sb3_out_int(i32 noundef %add32) #2
  %call33 = call i32 @sum10(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10) #2
  call void @sb3_out_int(i32 noundef %call33) #2
  %20 = load i32, ptr @pair, align 4
  %21 = load i32, ptr getelementptr inbounds ([2 x i32], ptr @pair, i32 0, i32 1), align 4
  %22 = load i32, ptr %q, align 4
  %23 = load i32, ptr %r, align 4
  %call34 = call i32 @sum10(i32 noundef %20, i32 noundef %21, i32 noundef %22, i32 noundef %23, i32 noundef -1, i32 noundef -2, i32 noundef -3, i32 noundef -4, i32 noundef -5, i32 noundef -6) #2
  call void @sb3_out_int(i32 noundef %call34) #2
  ret i32 0
}

declare void @sb3_out_double(double noundef) #1

declare void @sb3_out_int(i32 noundef) #1

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
