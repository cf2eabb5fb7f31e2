; ModuleID = 'tests/c/goto_irreducible.c'
source_filename = "tests/c/goto_irreducible.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@inputs = hidden global [6 x i32] [i32 0, i32 1, i32 2, i32 3, i32 10, i32 17], align 16
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"   \00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c" two  words \00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"a b c d e f g\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @two_entries(i32 noundef %start, i32 noundef %n) #0 {
entry:
  %start.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  %acc = alloca i32, align 4
  %i = alloca i32, align 4
  store i32 %start, ptr %start.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %acc, align 4
  store i32 0, ptr %i, align 4
  %0 = load i32, ptr %start.addr, align 4
  %and = and i32 %0, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  br label %B

if.end:                                           ; preds = %entry
  br label %A

A:                                                ; preds = %if.then11, %if.then5, %if.end
  %1 = load i32, ptr %i, align 4
  %mul = mul nsw i32 3, %1
  %2 = load i32, ptr %acc, align 4
  %add = add nsw i32 %2, %mul
  store i32 %add, ptr %acc, align 4
  %3 = load i32, ptr %i, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %i, align 4
  %4 = load i32, ptr %i, align 4
  %5 = load i32, ptr %n.addr, align 4
  %cmp = icmp sge i32 %4, %5
  br i1 %cmp, label %if.then1, label %if.end2

if.then1:                                         ; preds = %A
  br label %out

if.end2:                                          ; preds = %A
  %6 = load i32, ptr %acc, align 4
  %7 = load i32, ptr %i, align 4
  %add3 = add nsw i32 %6, %7
  %rem = srem i32 %add3, 5
  %cmp4 = icmp eq i32 %rem, 0
  br i1 %cmp4, label %if.then5, label %if.end6

if.then5:                                         ; preds = %if.end2
  br label %A

if.end6:                                          ; preds = %if.end2
  br label %B

B:                                                ; preds = %if.end6, %if.then
  %8 = load i32, ptr %i, align 4
  %9 = load i32, ptr %i, align 4
  %mul7 = mul nsw i32 %8, %9
  %sub = sub nsw i32 %mul7, 1
  %10 = load i32, ptr %acc, align 4
  %add8 = add nsw i32 %10, %sub
  store i32 %add8, ptr %acc, align 4
  %11 = load i32, ptr %i, align 4
  %inc9 = add nsw i32 %11, 1
  store i32 %inc9, ptr %i, align 4
  %12 = load i32, ptr %i, align 4
  %13 = load i32, ptr %n.addr, align 4
  %cmp10 = icmp slt i32 %12, %13
  br i1 %cmp10, label %if.then11, label %if.end12

if.then11:                                        ; preds = %B
  br label %A

if.end12:                                         ; preds = %B
  br label %out

out:                                              ; preds = %if.end12, %if.then1
  %14 = load i32, ptr %acc, align 4
  %mul13 = mul nsw i32 %14, 10
  %15 = load i32, ptr %start.addr, align 4
  %and14 = and i32 %15, 1
  %add15 = add nsw i32 %mul13, %and14
  ret i32 %add15
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @count_words(ptr noundef %s) #0 {
entry:
  %s.addr = alloca ptr, align 4
  %words = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 0, ptr %words, align 4
  br label %space

space:                                            ; preds = %if.then11, %if.then2, %entry
  %0 = load ptr, ptr %s.addr, align 4
  %1 = load i8, ptr %0, align 1
  %tobool = icmp ne i8 %1, 0
  br i1 %tobool, label %if.end, label %if.then

if.then:                                          ; preds = %space
  br label %done

if.end:                                           ; preds = %space
  %2 = load ptr, ptr %s.addr, align 4
  %3 = load i8, ptr %2, align 1
  %conv = sext i8 %3 to i32
  %cmp = icmp eq i32 %conv, 32
  br i1 %cmp, label %if.then2, label %if.end3

if.then2:                                         ; preds = %if.end
  %4 = load ptr, ptr %s.addr, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %4, i32 1
  store ptr %incdec.ptr, ptr %s.addr, align 4
  br label %space

if.end3:                                          ; preds = %if.end
  %5 = load i32, ptr %words, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %words, align 4
  br label %word

word:                                             ; preds = %if.end12, %if.end3
  %6 = load ptr, ptr %s.addr, align 4
  %incdec.ptr4 = getelementptr inbounds i8, ptr %6, i32 1
  store ptr %incdec.ptr4, ptr %s.addr, align 4
  %7 = load ptr, ptr %s.addr, align 4
  %8 = load i8, ptr %7, align 1
  %tobool5 = icmp ne i8 %8, 0
  br i1 %tobool5, label %if.end7, label %if.then6

if.then6:                                         ; preds = %word
  br label %done

if.end7:                                          ; preds = %word
  %9 = load ptr, ptr %s.addr, align 4
  %10 = load i8, ptr %9, align 1
  %conv8 = sext i8 %10 to i32
  %cmp9 = icmp eq i32 %conv8, 32
  br i1 %cmp9, label %if.then11, label %if.end12

if.then11:                                        ; preds = %if.end7
  br label %space

if.end12:                                         ; preds = %if.end7
  br label %word

done:                                             ; preds = %if.then6, %if.then
  %11 = load i32, ptr %words, align 4
  ret i32 %11
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %i = alloca i32, align 4
  %s = alloca i32, align 4
  store i32 0, ptr %a, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc5, %entry
  %0 = load i32, ptr %a, align 4
  %cmp = icmp slt i32 %0, 6
  br i1 %cmp, label %for.body, label %for.end7

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %b, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %b, align 4
  %cmp2 = icmp slt i32 %1, 6
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %a, align 4
  %arrayidx = getelementptr inbounds [6 x i32], ptr @inputs, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  %4 = load i32, ptr %b, align 4
  %arrayidx4 = getelementptr inbounds [6 x i32], ptr @inputs, i32 0, i32 %4
  %5 = load i32, ptr %arrayidx4, align 4
  %call = call i32 @two_entries(i32 noundef %3, i32 noundef %5) #2
  call void @sb3_out_int(i32 noundef %call) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %6 = load i32, ptr %b, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %b, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc5

for.inc5:                                         ; preds = %for.end
  %7 = load i32, ptr %a, align 4
  %inc6 = add nsw i32 %7, 1
  store i32 %inc6, ptr %a, align 4
  br label %for.cond, !llvm.loop !4

for.end7:                                         ; preds = %for.cond
  %call8 = call i32 @count_words(ptr noundef @.str) #2
  call void @sb3_out_int(i32 noundef %call8) #2
  %call9 = call i32 @count_words(ptr noundef @.str.1) #2
  call void @sb3_out_int(i32 noundef %call9) #2
  %call10 = call i32 @count_words(ptr noundef @.str.2) #2
  call void @sb3_out_int(i32 noundef %call10) #2
  %call11 = call i32 @count_words(ptr noundef @.str.3) #2
  call void @sb3_out_int(i32 noundef %call11) #2
  %call12 = call i32 @count_words(ptr noundef @.str.4) #2
  call void @sb3_out_int(i32 noundef %call12) #2
  store i32 0, ptr %i, align 4
  store i32 0, ptr %s, align 4
  br label %again

again:                                            ; preds = %if.then, %for.end7
  %8 = load i32, ptr %i, align 4
  %9 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %8, %9
  %10 = load i32, ptr %s, align 4
  %add = add nsw i32 %10, %mul
  store i32 %add, ptr %s, align 4
  %11 = load i32, ptr %i, align 4
  %inc13 = add nsw i32 %11, 1
  store i32 %inc13, ptr %i, align 4
  %cmp14 = icmp slt i32 %inc13, 20
  br i1 %cmp14, label %if.then, label %if.end

if.then:                                          ; preds = %again
  br label %again

if.end:                                           ; preds = %again
  %12 = load i32, ptr %s, align 4
  call void @sb3_out_int(i32 noundef %12) #2
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
