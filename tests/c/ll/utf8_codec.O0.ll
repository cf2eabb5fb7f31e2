; ModuleID = 'tests/c/utf8_codec.c'
source_filename = "tests/c/utf8_codec.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@cps = hidden global [11 x i32] [i32 65, i32 127, i32 128, i32 233, i32 2047, i32 2048, i32 8364, i32 65535, i32 65536, i32 128512, i32 1114111], align 16
@bad = hidden global [7 x i8] c"\C3(\E2\82\F0\9F\98", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @decode(ptr noundef %s, i32 noundef %n, ptr noundef %cp) #0 {
entry:
  %retval = alloca i32, align 4
  %s.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %cp.addr = alloca ptr, align 4
  %b = alloca i8, align 1
  %len = alloca i32, align 4
  %v = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store ptr %cp, ptr %cp.addr, align 4
  %0 = load ptr, ptr %s.addr, align 4
  %arrayidx = getelementptr inbounds i8, ptr %0, i32 0
  %1 = load i8, ptr %arrayidx, align 1
  store i8 %1, ptr %b, align 1
  %2 = load i8, ptr %b, align 1
  %conv = zext i8 %2 to i32
  %cmp = icmp slt i32 %conv, 128
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  br label %cond.end20

cond.false:                                       ; preds = %entry
  %3 = load i8, ptr %b, align 1
  %conv2 = zext i8 %3 to i32
  %and = and i32 %conv2, 224
  %cmp3 = icmp eq i32 %and, 192
  br i1 %cmp3, label %cond.true5, label %cond.false6

cond.true5:                                       ; preds = %cond.false
  br label %cond.end18

cond.false6:                                      ; preds = %cond.false
  %4 = load i8, ptr %b, align 1
  %conv7 = zext i8 %4 to i32
  %and8 = and i32 %conv7, 240
  %cmp9 = icmp eq i32 %and8, 224
  br i1 %cmp9, label %cond.true11, label %cond.false12

cond.true11:                                      ; preds = %cond.false6
  br label %cond.end

cond.false12:                                     ; preds = %cond.false6
  %5 = load i8, ptr %b, align 1
  %conv13 = zext i8 %5 to i32
  %and14 = and i32 %conv13, 248
  %cmp15 = icmp eq i32 %and14, 240
  %6 = zext i1 %cmp15 to i64
  %cond = select i1 %cmp15, i32 4, i32 -1
  br label %cond.end

cond.end:                                         ; preds = %cond.false12, %cond.true11
  %cond17 = phi i32 [ 3, %cond.true11 ], [ %cond, %cond.false12 ]
  br label %cond.end18

cond.end18:                                       ; preds = %cond.end, %cond.true5
  %cond19 = phi i32 [ 2, %cond.true5 ], [ %cond17, %cond.end ]
  br label %cond.end20

cond.end20:                                       ; preds = %cond.end18, %cond.true
  %cond21 = phi i32 [ 1, %cond.true ], [ %cond19, %cond.end18 ]
  store i32 %cond21, ptr %len, align 4
  %7 = load i32, ptr %len, align 4
  %cmp22 = icmp slt i32 %7, 0
  br i1 %cmp22, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %cond.end20
  %8 = load i32, ptr %len, align 4
  %9 = load i32, ptr %n.addr, align 4
  %cmp24 = icmp sgt i32 %8, %9
  br i1 %cmp24, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %cond.end20
  store i32 -1, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %lor.lhs.false
  %10 = load i32, ptr %len, align 4
  %cmp26 = icmp eq i32 %10, 1
  br i1 %cmp26, label %cond.true28, label %cond.false30

cond.true28:                                      ; preds = %if.end
  %11 = load i8, ptr %b, align 1
  %conv29 = zext i8 %11 to i32
  br label %cond.end33

cond.false30:                                     ; preds = %if.end
  %12 = load i8, ptr %b, align 1
  %conv31 = zext i8 %12 to i32
  %13 = load i32, ptr %len, align 4
  %shr = ashr i32 127, %13
  %and32 = and i32 %conv31, %shr
  br label %cond.end33

cond.end33:                                       ; preds = %cond.false30, %cond.true28
  %cond34 = phi i32 [ %conv29, %cond.true28 ], [ %and32, %cond.false30 ]
  store i32 %cond34, ptr %v, align 4
  store i32 1, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %cond.end33
  %14 = load i32, ptr %i, align 4
  %15 = load i32, ptr %len, align 4
  %cmp35 = icmp slt i32 %14, %15
  br i1 %cmp35, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %16 = load ptr, ptr %s.addr, align 4
  %17 = load i32, ptr %i, align 4
  %arrayidx37 = getelementptr inbounds i8, ptr %16, i32 %17
  %18 = load i8, ptr %arrayidx37, align 1
  %conv38 = zext i8 %18 to i32
  %and39 = and i32 %conv38, 192
  %cmp40 = icmp ne i32 %and39, 128
  br i1 %cmp40, label %if.then42, label %if.end43

if.then42:                                        ; preds = %for.body
  store i32 -1, ptr %retval, align 4
  br label %return

if.end43:                                         ; preds = %for.body
  %19 = load i32, ptr %v, align 4
  %shl = shl i32 %19, 6
  %20 = load ptr, ptr %s.addr, align 4
  %21 = load i32, ptr %i, align 4
  %arrayidx44 = getelementptr inbounds i8, ptr %20, i32 %21
  %22 = load i8, ptr %arrayidx44, align 1
  %conv45 = zext i8 %22 to i32
  %and46 = and i32 %conv45, 63
  %or = or i32 %shl, %and46
  store i32 %or, ptr %v, align 4
  br label %for.inc

for.inc:                                          ; preds = %if.end43
  %23 = load i32, ptr %i, align 4
  %inc = add nsw i32 %23, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %24 = load i32, ptr %v, align 4
  %25 = load ptr, ptr %cp.addr, align 4
  store i32 %24, ptr %25, align 4
  %26 = load i32, ptr %len, align 4
  store i32 %26, ptr %retval, align 4
  br label %return

return:                                           ; preds = %for.end, %if.then42, %if.then
  %27 = load i32, ptr %retval, align 4
  ret i32 %27
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %buf = alloca [64 x i8], align 16
  %n = alloca i32, align 4
  %i = alloca i32, align 4
  %len = alloca i32, align 4
  %k = alloca i32, align 4
  %chars = alloca i32, align 4
  %at = alloca i32, align 4
  %cp = alloca i32, align 4
  %len11 = alloca i32, align 4
  %i22 = alloca i32, align 4
  %cp27 = alloca i32, align 4
  store i32 0, ptr %n, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc6, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 11
  br i1 %cmp, label %for.body, label %for.end8

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [11 x i32], ptr @cps, i32 0, i32 %1
  %2 = load i32, ptr %arrayidx, align 4
  %arraydecay = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  %3 = load i32, ptr %n, align 4
  %add.ptr = getelementptr inbounds i8, ptr %arraydecay, i32 %3
  %call = call i32 @encode(i32 noundef %2, ptr noundef %add.ptr) #2
  store i32 %call, ptr %len, align 4
  %4 = load i32, ptr %len, align 4
  call void @sb3_out_int(i32 noundef %4) #2
  store i32 0, ptr %k, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %5 = load i32, ptr %k, align 4
  %6 = load i32, ptr %len, align 4
  %cmp2 = icmp slt i32 %5, %6
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %7 = load i32, ptr %n, align 4
  %8 = load i32, ptr %k, align 4
  %add = add nsw i32 %7, %8
  %arrayidx4 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 %add
  %9 = load i8, ptr %arrayidx4, align 1
  %conv = zext i8 %9 to i32
  call void @sb3_out_int(i32 noundef %conv) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %10 = load i32, ptr %k, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond1, !llvm.loop !4

for.end:                                          ; preds = %for.cond1
  %11 = load i32, ptr %len, align 4
  %12 = load i32, ptr %n, align 4
  %add5 = add nsw i32 %12, %11
  store i32 %add5, ptr %n, align 4
  br label %for.inc6

for.inc6:                                         ; preds = %for.end
  %13 = load i32, ptr %i, align 4
  %inc7 = add nsw i32 %13, 1
  store i32 %inc7, ptr %i, align 4
  br label %for.cond, !llvm.loop !5

for.end8:                                         ; preds = %for.cond
  %14 = load i32, ptr %n, align 4
  call void @sb3_out_int(i32 noundef %14) #2
  store i32 0, ptr %chars, align 4
  store i32 0, ptr %at, align 4
  br label %while.cond

while.cond:                                       ; preds = %if.end, %for.end8
  %15 = load i32, ptr %at, align 4
  %16 = load i32, ptr %n, align 4
  %cmp9 = icmp slt i32 %15, %16
  br i1 %cmp9, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %arraydecay12 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 0
  %17 = load i32, ptr %at, align 4
  %add.ptr13 = getelementptr inbounds i8, ptr %arraydecay12, i32 %17
  %18 = load i32, ptr %n, align 4
  %19 = load i32, ptr %at, align 4
  %sub = sub nsw i32 %18, %19
  %call14 = call i32 @decode(ptr noundef %add.ptr13, i32 noundef %sub, ptr noundef %cp) #2
  store i32 %call14, ptr %len11, align 4
  %20 = load i32, ptr %len11, align 4
  %cmp15 = icmp slt i32 %20, 0
  br i1 %cmp15, label %if.then, label %if.end

if.then:                                          ; preds = %while.body
  br label %while.end

if.end:                                           ; preds = %while.body
  %21 = load i32, ptr %cp, align 4
  %22 = load i32, ptr %chars, align 4
  %arrayidx17 = getelementptr inbounds [11 x i32], ptr @cps, i32 0, i32 %22
  %23 = load i32, ptr %arrayidx17, align 4
  %cmp18 = icmp eq i32 %21, %23
  %conv19 = zext i1 %cmp18 to i32
  call void @sb3_out_int(i32 noundef %conv19) #2
  %24 = load i32, ptr %chars, align 4
  %inc20 = add nsw i32 %24, 1
  store i32 %inc20, ptr %chars, align 4
  %25 = load i32, ptr %len11, align 4
  %26 = load i32, ptr %at, align 4
  %add21 = add nsw i32 %26, %25
  store i32 %add21, ptr %at, align 4
  br label %while.cond, !llvm.loop !6

while.end:                                        ; preds = %if.then, %while.cond
  %27 = load i32, ptr %chars, align 4
  call void @sb3_out_int(i32 noundef %27) #2
  store i32 0, ptr %i22, align 4
  br label %for.cond23

for.cond23:                                       ; preds = %for.inc31, %while.end
  %28 = load i32, ptr %i22, align 4
  %cmp24 = icmp slt i32 %28, 7
  br i1 %cmp24, label %for.body26, label %for.end33

for.body26:                                       ; preds = %for.cond23
  store i32 0, ptr %cp27, align 4
  %29 = load i32, ptr %i22, align 4
  %add.ptr28 = getelementptr inbounds i8, ptr @bad, i32 %29
  %30 = load i32, ptr %i22, align 4
  %sub29 = sub nsw i32 7, %30
  %call30 = call i32 @decode(ptr noundef %add.ptr28, i32 noundef %sub29, ptr noundef %cp27) #2
  call void @sb3_out_int(i32 noundef %call30) #2
  br label %for.inc31

for.inc31:                                        ; preds = %for.body26
  %31 = load i32, ptr %i22, align 4
  %inc32 = add nsw i32 %31, 1
  store i32 %inc32, ptr %i22, align 4
  br label %for.cond23, !llvm.loop !7

for.end33:                                        ; preds = %for.cond23
  ret i32 0
}

; Function Attrs: noinline nounwind optnone
define internal i32 @encode(i32 noundef %cp, ptr noundef %out) #0 {
entry:
  %retval = alloca i32, align 4
  %cp.addr = alloca i32, align 4
  %out.addr = alloca ptr, align 4
  store i32 %cp, ptr %cp.addr, align 4
  store ptr %out, ptr %out.addr, align 4
  %0 = load i32, ptr %cp.addr, align 4
  %cmp = icmp ult i32 %0, 128
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %1 = load i32, ptr %cp.addr, align 4
  %conv = trunc i32 %1 to i8
  %2 = load ptr, ptr %out.addr, align 4
  %arrayidx = getelementptr inbounds i8, ptr %2, i32 0
  store i8 %conv, ptr %arrayidx, align 1
  store i32 1, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %3 = load i32, ptr %cp.addr, align 4
  %cmp1 = icmp ult i32 %3, 2048
  br i1 %cmp1, label %if.then3, label %if.end9

if.then3:                                         ; preds = %if.end
  %4 = load i32, ptr %cp.addr, align 4
  %shr = lshr i32 %4, 6
  %or = or i32 192, %shr
  %conv4 = trunc i32 %or to i8
  %5 = load ptr, ptr %out.addr, align 4
  %arrayidx5 = getelementptr inbounds i8, ptr %5, i32 0
  store i8 %conv4, ptr %arrayidx5, align 1
  %6 = load i32, ptr %cp.addr, align 4
  %and = and i32 %6, 63
  %or6 = or i32 128, %and
  %conv7 = trunc i32 %or6 to i8
  %7 = load ptr, ptr %out.addr, align 4
  %arrayidx8 = getelementptr inbounds i8, ptr %7, i32 1
  store i8 %conv7, ptr %arrayidx8, align 1
  store i32 2, ptr %retval, align 4
  br label %return

if.end9:                                          ; preds = %if.end
  %8 = load i32, ptr %cp.addr, align 4
  %cmp10 = icmp ult i32 %8, 65536
  br i1 %cmp10, label %if.then12, label %if.end26

if.then12:                                        ; preds = %if.end9
  %9 = load i32, ptr %cp.addr, align 4
  %shr13 = lshr i32 %9, 12
  %or14 = or i32 224, %shr13
  %conv15 = trunc i32 %or14 to i8
  %10 = load ptr, ptr %out.addr, align 4
  %arrayidx16 = getelementptr inbounds i8, ptr %10, i32 0
  store i8 %conv15, ptr %arrayidx16, align 1
  %11 = load i32, ptr %cp.addr, align 4
  %shr17 = lshr i32 %11, 6
  %and18 = and i32 %shr17, 63
  %or19 = or i32 128, %and18
  %conv20 = trunc i32 %or19 to i8
  %12 = load ptr, ptr %out.addr, align 4
  %arrayidx21 = getelementptr inbounds i8, ptr %12, i32 1
  store i8 %conv20, ptr %arrayidx21, align 1
  %13 = load i32, ptr %cp.addr, align 4
  %and22 = and i32 %13, 63
  %or23 = or i32 128, %and22
  %conv24 = trunc i32 %or23 to i8
  %14 = load ptr, ptr %out.addr, align 4
  %arrayidx25 = getelementptr inbounds i8, ptr %14, i32 2
  store i8 %conv24, ptr %arrayidx25, align 1
  store i32 3, ptr %retval, align 4
  br label %return

if.end26:                                         ; preds = %if.end9
  %15 = load i32, ptr %cp.addr, align 4
  %shr27 = lshr i32 %15, 18
  %or28 = or i32 240, %shr27
  %conv29 = trunc i32 %or28 to i8
  %16 = load ptr, ptr %out.addr, align 4
  %arrayidx30 = getelementptr inbounds i8, ptr %16, i32 0
  store i8 %conv29, ptr %arrayidx30, align 1
  %17 = load i32, ptr %cp.addr, align 4
  %shr31 = lshr i32 %17, 12
  %and32 = and i32 %shr31, 63
  %or33 = or i32 128, %and32
  %conv34 = trunc i32 %or33 to i8
  %18 = load ptr, ptr %out.addr, align 4
  %arrayidx35 = getelementptr inbounds i8, ptr %18, i32 1
  store i8 %conv34, ptr %arrayidx35, align 1
  %19 = load i32, ptr %cp.addr, align 4
  %shr36 = lshr i32 %19, 6
  %and37 = and i32 %shr36, 63
  %or38 = or i32 128, %and37
  %conv39 = trunc i32 %or38 to i8
  %20 = load ptr, ptr %out.addr, align 4
  %arrayidx40 = getelementptr inbounds i8, ptr %20, i32 2
  store i8 %conv39, ptr %arrayidx40, align 1
  %21 = load i32, ptr %cp.addr, align 4
  %and41 = and i32 %21, 63
  %or42 = or i32 128, %and41
  %conv43 = trunc i32 %or42 to i8
  %22 = load ptr, ptr %out.addr, align 4
  %arrayidx44 = getelementptr inbounds i8, ptr %22, i32 3
  store i8 %conv43, ptr %arrayidx44, align 1
  store i32 4, ptr %retval, align 4
  br label %return

return:                                           ; preds = %if.end26, %if.then12, %if.then3, %if.then
  %23 = load i32, ptr %retval, align 4
  ret i32 %23
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
