; ModuleID = 'tests/c/int_popcount.c'
source_filename = "tests/c/int_popcount.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden global [11 x i32] [i32 0, i32 1, i32 3, i32 -2147483648, i32 -1, i32 305419896, i32 -559038737, i32 65536, i32 2147483646, i32 -1431655766, i32 255], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @pop_kernighan(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  store i32 0, ptr %n, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load i32, ptr %x.addr, align 4
  %tobool = icmp ne i32 %0, 0
  br i1 %tobool, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %1 = load i32, ptr %x.addr, align 4
  %sub = sub i32 %1, 1
  %2 = load i32, ptr %x.addr, align 4
  %and = and i32 %2, %sub
  store i32 %and, ptr %x.addr, align 4
  %3 = load i32, ptr %n, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %n, align 4
  br label %while.cond, !llvm.loop !2

while.end:                                        ; preds = %while.cond
  %4 = load i32, ptr %n, align 4
  ret i32 %4
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @pop_swar(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  %0 = load i32, ptr %x.addr, align 4
  %1 = load i32, ptr %x.addr, align 4
  %shr = lshr i32 %1, 1
  %and = and i32 %shr, 1431655765
  %sub = sub i32 %0, %and
  store i32 %sub, ptr %x.addr, align 4
  %2 = load i32, ptr %x.addr, align 4
  %and1 = and i32 %2, 858993459
  %3 = load i32, ptr %x.addr, align 4
  %shr2 = lshr i32 %3, 2
  %and3 = and i32 %shr2, 858993459
  %add = add i32 %and1, %and3
  store i32 %add, ptr %x.addr, align 4
  %4 = load i32, ptr %x.addr, align 4
  %5 = load i32, ptr %x.addr, align 4
  %shr4 = lshr i32 %5, 4
  %add5 = add i32 %4, %shr4
  %and6 = and i32 %add5, 252645135
  store i32 %and6, ptr %x.addr, align 4
  %6 = load i32, ptr %x.addr, align 4
  %mul = mul i32 %6, 16843009
  %shr7 = lshr i32 %mul, 24
  ret i32 %shr7
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @clz_loop(i32 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  store i32 0, ptr %n, align 4
  %0 = load i32, ptr %x.addr, align 4
  %cmp = icmp eq i32 %0, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 32, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  br label %while.cond

while.cond:                                       ; preds = %while.body, %if.end
  %1 = load i32, ptr %x.addr, align 4
  %and = and i32 %1, -2147483648
  %tobool = icmp ne i32 %and, 0
  %lnot = xor i1 %tobool, true
  br i1 %lnot, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %2 = load i32, ptr %x.addr, align 4
  %shl = shl i32 %2, 1
  store i32 %shl, ptr %x.addr, align 4
  %3 = load i32, ptr %n, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %n, align 4
  br label %while.cond, !llvm.loop !4

while.end:                                        ; preds = %while.cond
  %4 = load i32, ptr %n, align 4
  store i32 %4, ptr %retval, align 4
  br label %return

return:                                           ; preds = %while.end, %if.then
  %5 = load i32, ptr %retval, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @ctz_loop(i32 noundef %x) #0 {
entry:
  %retval = alloca i32, align 4
  %x.addr = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  store i32 0, ptr %n, align 4
  %0 = load i32, ptr %x.addr, align 4
  %cmp = icmp eq i32 %0, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 32, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  br label %while.cond

while.cond:                                       ; preds = %while.body, %if.end
  %1 = load i32, ptr %x.addr, align 4
  %and = and i32 %1, 1
  %tobool = icmp ne i32 %and, 0
  %lnot = xor i1 %tobool, true
  br i1 %lnot, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %2 = load i32, ptr %x.addr, align 4
  %shr = lshr i32 %2, 1
  store i32 %shr, ptr %x.addr, align 4
  %3 = load i32, ptr %n, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %n, align 4
  br label %while.cond, !llvm.loop !5

while.end:                                        ; preds = %while.cond
  %4 = load i32, ptr %n, align 4
  store i32 %4, ptr %retval, align 4
  br label %return

return:                                           ; preds = %while.end, %if.then
  %5 = load i32, ptr %retval, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @reverse_bits(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  %r = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  store i32 0, ptr %r, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 32
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %r, align 4
  %shl = shl i32 %1, 1
  %2 = load i32, ptr %x.addr, align 4
  %and = and i32 %2, 1
  %or = or i32 %shl, %and
  store i32 %or, ptr %r, align 4
  %3 = load i32, ptr %x.addr, align 4
  %shr = lshr i32 %3, 1
  store i32 %shr, ptr %x.addr, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %4 = load i32, ptr %i, align 4
  %inc = add nsw i32 %4, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  %5 = load i32, ptr %r, align 4
  ret i32 %5
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 11
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [11 x i32], ptr @xs, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  %call = call i32 @pop_kernighan(i32 noundef %2) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %3 = load i32, ptr %i, align 4
  %arrayidx1 = getelementptr inbounds [11 x i32], ptr @xs, i32 0, i32 %3
  %4 = load i32, ptr %arrayidx1, align 4
  %call2 = call i32 @pop_swar(i32 noundef %4) #2
  call void @sb3_out_int(i32 noundef %call2) #2
  %5 = load i32, ptr %i, align 4
  %arrayidx3 = getelementptr inbounds [11 x i32], ptr @xs, i32 0, i32 %5
  %6 = load i32, ptr %arrayidx3, align 4
  %call4 = call i32 @clz_loop(i32 noundef %6) #2
  call void @sb3_out_int(i32 noundef %call4) #2
  %7 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [11 x i32], ptr @xs, i32 0, i32 %7
  %8 = load i32, ptr %arrayidx5, align 4
  %call6 = call i32 @ctz_loop(i32 noundef %8) #2
  call void @sb3_out_int(i32 noundef %call6) #2
  %9 = load i32, ptr %i, align 4
  %arrayidx7 = getelementptr inbounds [11 x i32], ptr @xs, i32 0, i32 %9
  %10 = load i32, ptr %arrayidx7, align 4
  %call8 = call i32 @reverse_bits(i32 noundef %10) #2
  call void @sb3_out_int(i32 noundef %call8) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %11 = load i32, ptr %i, align 4
  %inc = add nsw i32 %11, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !7

for.end:                                          ; preds = %for.cond
  ret i32 0
}

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
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !3}
!7 = distinct !{!7, !3}
