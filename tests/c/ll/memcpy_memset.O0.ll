; ModuleID = 'tests/c/memcpy_memset.c'
source_filename = "tests/c/memcpy_memset.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@sizes = hidden global [10 x i32] [i32 0, i32 1, i32 3, i32 4, i32 5, i32 7, i32 8, i32 13, i32 16, i32 31], align 16
@src = hidden global [40 x i8] zeroinitializer, align 16
@words = hidden global [16 x i32] zeroinitializer, align 16
@dst = hidden global [40 x i8] zeroinitializer, align 16
@wcopy = hidden global [16 x i32] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %i1 = alloca i32, align 4
  %k = alloca i32, align 4
  %off = alloca i32, align 4
  %i27 = alloca i32, align 4
  %i36 = alloca i32, align 4
  %i45 = alloca i32, align 4
  %i57 = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 40
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %1, 37
  %add = add nsw i32 %mul, 11
  %conv = trunc i32 %add to i8
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [40 x i8], ptr @src, i32 0, i32 %2
  store i8 %conv, ptr %arrayidx, align 1
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %3 = load i32, ptr %i, align 4
  %inc = add nsw i32 %3, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i1, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc8, %for.end
  %4 = load i32, ptr %i1, align 4
  %cmp3 = icmp slt i32 %4, 16
  br i1 %cmp3, label %for.body5, label %for.end10

for.body5:                                        ; preds = %for.cond2
  %5 = load i32, ptr %i1, align 4
  %mul6 = mul nsw i32 %5, -100003
  %6 = load i32, ptr %i1, align 4
  %arrayidx7 = getelementptr inbounds [16 x i32], ptr @words, i32 0, i32 %6
  store i32 %mul6, ptr %arrayidx7, align 4
  br label %for.inc8

for.inc8:                                         ; preds = %for.body5
  %7 = load i32, ptr %i1, align 4
  %inc9 = add nsw i32 %7, 1
  store i32 %inc9, ptr %i1, align 4
  br label %for.cond2, !llvm.loop !4

for.end10:                                        ; preds = %for.cond2
  store i32 0, ptr %k, align 4
  br label %for.cond11

for.cond11:                                       ; preds = %for.inc24, %for.end10
  %8 = load i32, ptr %k, align 4
  %cmp12 = icmp slt i32 %8, 10
  br i1 %cmp12, label %for.body14, label %for.end26

for.body14:                                       ; preds = %for.cond11
  store i32 0, ptr %off, align 4
  br label %for.cond15

for.cond15:                                       ; preds = %for.inc21, %for.body14
  %9 = load i32, ptr %off, align 4
  %cmp16 = icmp slt i32 %9, 4
  br i1 %cmp16, label %for.body18, label %for.end23

for.body18:                                       ; preds = %for.cond15
  call void @llvm.memset.p0.i32(ptr align 16 @dst, i8 -18, i32 40, i1 false)
  %10 = load i32, ptr %off, align 4
  %add.ptr = getelementptr inbounds i8, ptr @dst, i32 %10
  %11 = load i32, ptr %off, align 4
  %sub = sub nsw i32 3, %11
  %add.ptr19 = getelementptr inbounds i8, ptr @src, i32 %sub
  %12 = load i32, ptr %k, align 4
  %arrayidx20 = getelementptr inbounds [10 x i32], ptr @sizes, i32 0, i32 %12
  %13 = load i32, ptr %arrayidx20, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 1 %add.ptr, ptr align 1 %add.ptr19, i32 %13, i1 false)
  %call = call i32 @sum_bytes(ptr noundef @dst, i32 noundef 40) #4
  %and = and i32 %call, 268435455
  call void @sb3_out_int(i32 noundef %and) #4
  br label %for.inc21

for.inc21:                                        ; preds = %for.body18
  %14 = load i32, ptr %off, align 4
  %inc22 = add nsw i32 %14, 1
  store i32 %inc22, ptr %off, align 4
  br label %for.cond15, !llvm.loop !5

for.end23:                                        ; preds = %for.cond15
  br label %for.inc24

for.inc24:                                        ; preds = %for.end23
  %15 = load i32, ptr %k, align 4
  %inc25 = add nsw i32 %15, 1
  store i32 %inc25, ptr %k, align 4
  br label %for.cond11, !llvm.loop !6

for.end26:                                        ; preds = %for.cond11
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 @wcopy, ptr align 16 @words, i32 64, i1 false)
  store i32 0, ptr %i27, align 4
  br label %for.cond28

for.cond28:                                       ; preds = %for.inc33, %for.end26
  %16 = load i32, ptr %i27, align 4
  %cmp29 = icmp slt i32 %16, 16
  br i1 %cmp29, label %for.body31, label %for.end35

for.body31:                                       ; preds = %for.cond28
  %17 = load i32, ptr %i27, align 4
  %arrayidx32 = getelementptr inbounds [16 x i32], ptr @wcopy, i32 0, i32 %17
  %18 = load i32, ptr %arrayidx32, align 4
  call void @sb3_out_int(i32 noundef %18) #4
  br label %for.inc33

for.inc33:                                        ; preds = %for.body31
  %19 = load i32, ptr %i27, align 4
  %add34 = add nsw i32 %19, 3
  store i32 %add34, ptr %i27, align 4
  br label %for.cond28, !llvm.loop !7

for.end35:                                        ; preds = %for.cond28
  call void @llvm.memset.p0.i32(ptr align 16 @wcopy, i8 0, i32 32, i1 false)
  call void @llvm.memset.p0.i32(ptr align 4 getelementptr inbounds (i32, ptr @wcopy, i32 8), i8 -1, i32 16, i1 false)
  call void @llvm.memset.p0.i32(ptr align 1 getelementptr inbounds (i8, ptr @wcopy, i32 49), i8 1, i32 2, i1 false)
  store i32 0, ptr %i36, align 4
  br label %for.cond37

for.cond37:                                       ; preds = %for.inc42, %for.end35
  %20 = load i32, ptr %i36, align 4
  %cmp38 = icmp slt i32 %20, 16
  br i1 %cmp38, label %for.body40, label %for.end44

for.body40:                                       ; preds = %for.cond37
  %21 = load i32, ptr %i36, align 4
  %arrayidx41 = getelementptr inbounds [16 x i32], ptr @wcopy, i32 0, i32 %21
  %22 = load i32, ptr %arrayidx41, align 4
  call void @sb3_out_int(i32 noundef %22) #4
  br label %for.inc42

for.inc42:                                        ; preds = %for.body40
  %23 = load i32, ptr %i36, align 4
  %inc43 = add nsw i32 %23, 1
  store i32 %inc43, ptr %i36, align 4
  br label %for.cond37, !llvm.loop !8

for.end44:                                        ; preds = %for.cond37
  store i32 0, ptr %i45, align 4
  br label %for.cond46

for.cond46:                                       ; preds = %for.inc52, %for.end44
  %24 = load i32, ptr %i45, align 4
  %cmp47 = icmp slt i32 %24, 40
  br i1 %cmp47, label %for.body49, label %for.end54

for.body49:                                       ; preds = %for.cond46
  %25 = load i32, ptr %i45, align 4
  %conv50 = trunc i32 %25 to i8
  %26 = load i32, ptr %i45, align 4
  %arrayidx51 = getelementptr inbounds [40 x i8], ptr @dst, i32 0, i32 %26
  store i8 %conv50, ptr %arrayidx51, align 1
  br label %for.inc52

for.inc52:                                        ; preds = %for.body49
  %27 = load i32, ptr %i45, align 4
  %inc53 = add nsw i32 %27, 1
  store i32 %inc53, ptr %i45, align 4
  br label %for.cond46, !llvm.loop !9

for.end54:                                        ; preds = %for.cond46
  call void @llvm.memmove.p0.p0.i32(ptr align 1 getelementptr inbounds (i8, ptr @dst, i32 3), ptr align 16 @dst, i32 20, i1 false)
  %call55 = call i32 @sum_bytes(ptr noundef @dst, i32 noundef 40) #4
  call void @sb3_out_int(i32 noundef %call55) #4
  call void @llvm.memmove.p0.p0.i32(ptr align 16 @dst, ptr align 1 getelementptr inbounds (i8, ptr @dst, i32 5), i32 30, i1 false)
  %call56 = call i32 @sum_bytes(ptr noundef @dst, i32 noundef 40) #4
  call void @sb3_out_int(i32 noundef %call56) #4
  call void @llvm.memmove.p0.p0.i32(ptr align 4 getelementptr inbounds (i32, ptr @words, i32 1), ptr align 16 @words, i32 40, i1 false)
  store i32 0, ptr %i57, align 4
  br label %for.cond58

for.cond58:                                       ; preds = %for.inc63, %for.end54
  %28 = load i32, ptr %i57, align 4
  %cmp59 = icmp slt i32 %28, 12
  br i1 %cmp59, label %for.body61, label %for.end65

for.body61:                                       ; preds = %for.cond58
  %29 = load i32, ptr %i57, align 4
  %arrayidx62 = getelementptr inbounds [16 x i32], ptr @words, i32 0, i32 %29
  %30 = load i32, ptr %arrayidx62, align 4
  call void @sb3_out_int(i32 noundef %30) #4
  br label %for.inc63

for.inc63:                                        ; preds = %for.body61
  %31 = load i32, ptr %i57, align 4
  %inc64 = add nsw i32 %31, 1
  store i32 %inc64, ptr %i57, align 4
  br label %for.cond58, !llvm.loop !10

for.end65:                                        ; preds = %for.cond58
  store i32 0, ptr %n, align 4
  br label %for.cond66

for.cond66:                                       ; preds = %for.inc72, %for.end65
  %32 = load i32, ptr %n, align 4
  %cmp67 = icmp slt i32 %32, 12
  br i1 %cmp67, label %for.body69, label %for.end74

for.body69:                                       ; preds = %for.cond66
  %33 = load i32, ptr %n, align 4
  %add70 = add nsw i32 %33, 1
  %34 = trunc i32 %add70 to i8
  %35 = load i32, ptr %n, align 4
  call void @llvm.memset.p0.i32(ptr align 16 @dst, i8 %34, i32 %35, i1 false)
  %call71 = call i32 @sum_bytes(ptr noundef @dst, i32 noundef 16) #4
  call void @sb3_out_int(i32 noundef %call71) #4
  br label %for.inc72

for.inc72:                                        ; preds = %for.body69
  %36 = load i32, ptr %n, align 4
  %add73 = add nsw i32 %36, 5
  store i32 %add73, ptr %n, align 4
  br label %for.cond66, !llvm.loop !11

for.end74:                                        ; preds = %for.cond66
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #2

declare void @sb3_out_int(i32 noundef) #3

; Function Attrs: noinline nounwind optnone
define internal i32 @sum_bytes(ptr noundef %p, i32 noundef %n) #0 {
entry:
  %p.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %p, ptr %p.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 0, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %s, align 4
  %mul = mul i32 %2, 7
  %3 = load ptr, ptr %p.addr, align 4
  %4 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i8, ptr %3, i32 %4
  %5 = load i8, ptr %arrayidx, align 1
  %conv = zext i8 %5 to i32
  %add = add i32 %mul, %conv
  store i32 %add, ptr %s, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %6 = load i32, ptr %i, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !12

for.end:                                          ; preds = %for.cond
  %7 = load i32, ptr %s, align 4
  ret i32 %7
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i32(ptr nocapture writeonly, ptr nocapture readonly, i32, i1 immarg) #2

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!8 = distinct !{!8, !3}
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
