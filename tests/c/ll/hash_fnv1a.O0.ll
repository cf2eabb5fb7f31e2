; ModuleID = 'tests/c/hash_fnv1a.c'
source_filename = "tests/c/hash_fnv1a.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"foobar\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"Scratch\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"hello, world\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"The quick brown fox\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"llm2sb3\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"\FF\80\01\00", align 1
@words = hidden global [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @fnv1a(ptr noundef %s) #0 {
entry:
  %s.addr = alloca ptr, align 4
  %h = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 -2128831035, ptr %h, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %0 = load ptr, ptr %s.addr, align 4
  %1 = load i8, ptr %0, align 1
  %tobool = icmp ne i8 %1, 0
  br i1 %tobool, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %2 = load ptr, ptr %s.addr, align 4
  %incdec.ptr = getelementptr inbounds i8, ptr %2, i32 1
  store ptr %incdec.ptr, ptr %s.addr, align 4
  %3 = load i8, ptr %2, align 1
  %conv = zext i8 %3 to i32
  %4 = load i32, ptr %h, align 4
  %xor = xor i32 %4, %conv
  store i32 %xor, ptr %h, align 4
  %5 = load i32, ptr %h, align 4
  %mul = mul i32 %5, 16777619
  store i32 %mul, ptr %h, align 4
  br label %while.cond, !llvm.loop !2

while.end:                                        ; preds = %while.cond
  %6 = load i32, ptr %h, align 4
  ret i32 %6
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %h = alloca i32, align 4
  %b = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 8
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [8 x ptr], ptr @words, i32 0, i32 %1
  %2 = load ptr, ptr %arrayidx, align 4
  %call = call i32 @fnv1a(ptr noundef %2) #2
  call void @sb3_out_int(i32 noundef %call) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end:                                          ; preds = %for.cond
  store i32 -2128831035, ptr %h, align 4
  store i32 0, ptr %b, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc5, %for.end
  %4 = load i32, ptr %b, align 4
  %cmp2 = icmp slt i32 %4, 256
  br i1 %cmp2, label %for.body3, label %for.end7

for.body3:                                        ; preds = %for.cond1
  %5 = load i32, ptr %h, align 4
  %6 = load i32, ptr %b, align 4
  %xor = xor i32 %5, %6
  %mul = mul i32 %xor, 16777619
  store i32 %mul, ptr %h, align 4
  %7 = load i32, ptr %b, align 4
  %and = and i32 %7, 31
  %cmp4 = icmp eq i32 %and, 31
  br i1 %cmp4, label %if.then, label %if.end

if.then:                                          ; preds = %for.body3
  %8 = load i32, ptr %h, align 4
  call void @sb3_out_int(i32 noundef %8) #2
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body3
  br label %for.inc5

for.inc5:                                         ; preds = %if.end
  %9 = load i32, ptr %b, align 4
  %inc6 = add nsw i32 %9, 1
  store i32 %inc6, ptr %b, align 4
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
