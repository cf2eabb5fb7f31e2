; ModuleID = 'tests/c/switch_fallthrough.c'
source_filename = "tests/c/switch_fallthrough.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@arr = hidden global [11 x i32] [i32 1, i32 2, i32 4, i32 8, i32 16, i32 32, i32 64, i32 128, i32 256, i32 512, i32 1024], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @fall(i32 noundef %x) #0 {
entry:
  %x.addr = alloca i32, align 4
  %r = alloca i32, align 4
  store i32 %x, ptr %x.addr, align 4
  store i32 0, ptr %r, align 4
  %0 = load i32, ptr %x.addr, align 4
  switch i32 %0, label %sw.default [
    i32 1, label %sw.bb
    i32 2, label %sw.bb1
    i32 5, label %sw.bb4
    i32 6, label %sw.bb6
    i32 7, label %sw.bb8
  ]

sw.bb:                                            ; preds = %entry
  %1 = load i32, ptr %r, align 4
  %add = add nsw i32 %1, 1
  store i32 %add, ptr %r, align 4
  br label %sw.bb1

sw.bb1:                                           ; preds = %entry, %sw.bb
  %2 = load i32, ptr %r, align 4
  %add2 = add nsw i32 %2, 10
  store i32 %add2, ptr %r, align 4
  br label %sw.default

sw.default:                                       ; preds = %entry, %sw.bb1
  %3 = load i32, ptr %r, align 4
  %add3 = add nsw i32 %3, 100
  store i32 %add3, ptr %r, align 4
  br label %sw.bb4

sw.bb4:                                           ; preds = %entry, %sw.default
  %4 = load i32, ptr %r, align 4
  %add5 = add nsw i32 %4, 1000
  store i32 %add5, ptr %r, align 4
  br label %sw.epilog

sw.bb6:                                           ; preds = %entry
  %5 = load i32, ptr %r, align 4
  %add7 = add nsw i32 %5, 10000
  store i32 %add7, ptr %r, align 4
  br label %sw.bb8

sw.bb8:                                           ; preds = %entry, %sw.bb6
  %6 = load i32, ptr %r, align 4
  %add9 = add nsw i32 %6, 100000
  store i32 %add9, ptr %r, align 4
  br label %sw.epilog

sw.epilog:                                        ; preds = %sw.bb8, %sw.bb4
  %7 = load i32, ptr %r, align 4
  ret i32 %7
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @duff_sum(ptr noundef %p, i32 noundef %count) #0 {
entry:
  %retval = alloca i32, align 4
  %p.addr = alloca ptr, align 4
  %count.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %n = alloca i32, align 4
  store ptr %p, ptr %p.addr, align 4
  store i32 %count, ptr %count.addr, align 4
  store i32 0, ptr %s, align 4
  %0 = load i32, ptr %count.addr, align 4
  %add = add nsw i32 %0, 3
  %div = sdiv i32 %add, 4
  store i32 %div, ptr %n, align 4
  %1 = load i32, ptr %count.addr, align 4
  %cmp = icmp eq i32 %1, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  store i32 0, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %2 = load i32, ptr %count.addr, align 4
  %rem = srem i32 %2, 4
  switch i32 %rem, label %sw.epilog [
    i32 0, label %sw.bb
    i32 3, label %sw.bb2
    i32 2, label %sw.bb5
    i32 1, label %sw.bb8
  ]

sw.bb:                                            ; preds = %if.end
  br label %do.body

do.body:                                          ; preds = %do.cond, %sw.bb
  %3 = load ptr, ptr %p.addr, align 4
  %incdec.ptr = getelementptr inbounds i32, ptr %3, i32 1
  store ptr %incdec.ptr, ptr %p.addr, align 4
  %4 = load i32, ptr %3, align 4
  %5 = load i32, ptr %s, align 4
  %add1 = add nsw i32 %5, %4
  store i32 %add1, ptr %s, align 4
  br label %sw.bb2

sw.bb2:                                           ; preds = %if.end, %do.body
  %6 = load ptr, ptr %p.addr, align 4
  %incdec.ptr3 = getelementptr inbounds i32, ptr %6, i32 1
  store ptr %incdec.ptr3, ptr %p.addr, align 4
  %7 = load i32, ptr %6, align 4
  %8 = load i32, ptr %s, align 4
  %add4 = add nsw i32 %8, %7
  store i32 %add4, ptr %s, align 4
  br label %sw.bb5

sw.bb5:                                           ; preds = %if.end, %sw.bb2
  %9 = load ptr, ptr %p.addr, align 4
  %incdec.ptr6 = getelementptr inbounds i32, ptr %9, i32 1
  store ptr %incdec.ptr6, ptr %p.addr, align 4
  %10 = load i32, ptr %9, align 4
  %11 = load i32, ptr %s, align 4
  %add7 = add nsw i32 %11, %10
  store i32 %add7, ptr %s, align 4
  br label %sw.bb8

sw.bb8:                                           ; preds = %if.end, %sw.bb5
  %12 = load ptr, ptr %p.addr, align 4
  %incdec.ptr9 = getelementptr inbounds i32, ptr %12, i32 1
  store ptr %incdec.ptr9, ptr %p.addr, align 4
  %13 = load i32, ptr %12, align 4
  %14 = load i32, ptr %s, align 4
  %add10 = add nsw i32 %14, %13
  store i32 %add10, ptr %s, align 4
  br label %do.cond

do.cond:                                          ; preds = %sw.bb8
  %15 = load i32, ptr %n, align 4
  %dec = add nsw i32 %15, -1
  store i32 %dec, ptr %n, align 4
  %cmp11 = icmp sgt i32 %dec, 0
  br i1 %cmp11, label %do.body, label %do.end, !llvm.loop !2

do.end:                                           ; preds = %do.cond
  br label %sw.epilog

sw.epilog:                                        ; preds = %do.end, %if.end
  %16 = load i32, ptr %s, align 4
  store i32 %16, ptr %retval, align 4
  br label %return

return:                                           ; preds = %sw.epilog, %if.then
  %17 = load i32, ptr %retval, align 4
  ret i32 %17
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %x = alloca i32, align 4
  %c = alloca i32, align 4
  store i32 0, ptr %x, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %x, align 4
  %cmp = icmp slt i32 %0, 9
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %x, align 4
  %call = call i32 @fall(i32 noundef %1) #2
  call void @sb3_out_int(i32 noundef %call) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %2 = load i32, ptr %x, align 4
  %inc = add nsw i32 %2, 1
  store i32 %inc, ptr %x, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %c, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc5, %for.end
  %3 = load i32, ptr %c, align 4
  %cmp2 = icmp sle i32 %3, 11
  br i1 %cmp2, label %for.body3, label %for.end7

for.body3:                                        ; preds = %for.cond1
  %4 = load i32, ptr %c, align 4
  %call4 = call i32 @duff_sum(ptr noundef @arr, i32 noundef %4) #2
  call void @sb3_out_int(i32 noundef %call4) #2
  br label %for.inc5

for.inc5:                                         ; preds = %for.body3
  %5 = load i32, ptr %c, align 4
  %inc6 = add nsw i32 %5, 1
  store i32 %inc6, ptr %c, align 4
  br label %for.cond1, !llvm.loop !5

for.end7:                                         ; preds = %for.cond1
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
