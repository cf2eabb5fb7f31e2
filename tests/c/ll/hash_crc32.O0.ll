; ModuleID = 'tests/c/hash_crc32.c'
source_filename = "tests/c/hash_crc32.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@table = internal global [256 x i32] zeroinitializer, align 16
@msg = hidden global [53 x i8] c"123456789The quick brown fox jumps over the lazy dog\00", align 16
@__const.main.lengths = private unnamed_addr constant [7 x i32] [i32 0, i32 1, i32 2, i32 3, i32 9, i32 20, i32 51], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @crc_bitwise(ptr noundef %s, i32 noundef %n) #0 {
entry:
  %s.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %crc = alloca i32, align 4
  %i = alloca i32, align 4
  %k = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 -1, ptr %crc, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc7, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end9

for.body:                                         ; preds = %for.cond
  %2 = load ptr, ptr %s.addr, align 4
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i8, ptr %2, i32 %3
  %4 = load i8, ptr %arrayidx, align 1
  %conv = zext i8 %4 to i32
  %5 = load i32, ptr %crc, align 4
  %xor = xor i32 %5, %conv
  store i32 %xor, ptr %crc, align 4
  store i32 0, ptr %k, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %6 = load i32, ptr %k, align 4
  %cmp2 = icmp slt i32 %6, 8
  br i1 %cmp2, label %for.body4, label %for.end

for.body4:                                        ; preds = %for.cond1
  %7 = load i32, ptr %crc, align 4
  %shr = lshr i32 %7, 1
  %8 = load i32, ptr %crc, align 4
  %and = and i32 %8, 1
  %sub = sub i32 0, %and
  %and5 = and i32 -306674912, %sub
  %xor6 = xor i32 %shr, %and5
  store i32 %xor6, ptr %crc, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body4
  %9 = load i32, ptr %k, align 4
  %inc = add nsw i32 %9, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc7

for.inc7:                                         ; preds = %for.end
  %10 = load i32, ptr %i, align 4
  %inc8 = add nsw i32 %10, 1
  store i32 %inc8, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end9:                                         ; preds = %for.cond
  %11 = load i32, ptr %crc, align 4
  %not = xor i32 %11, -1
  ret i32 %not
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @crc_table(ptr noundef %s, i32 noundef %n) #0 {
entry:
  %s.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %crc = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 -1, ptr %crc, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %crc, align 4
  %3 = load ptr, ptr %s.addr, align 4
  %4 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i8, ptr %3, i32 %4
  %5 = load i8, ptr %arrayidx, align 1
  %conv = zext i8 %5 to i32
  %xor = xor i32 %2, %conv
  %and = and i32 %xor, 255
  %arrayidx1 = getelementptr inbounds [256 x i32], ptr @table, i32 0, i32 %and
  %6 = load i32, ptr %arrayidx1, align 4
  %7 = load i32, ptr %crc, align 4
  %shr = lshr i32 %7, 8
  %xor2 = xor i32 %6, %shr
  store i32 %xor2, ptr %crc, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !5

for.end:                                          ; preds = %for.cond
  %9 = load i32, ptr %crc, align 4
  %xor3 = xor i32 %9, -1
  ret i32 %xor3
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @adler32(ptr noundef %s, i32 noundef %n) #0 {
entry:
  %s.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %s, ptr %s.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  store i32 1, ptr %a, align 4
  store i32 0, ptr %b, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %1 = load i32, ptr %n.addr, align 4
  %cmp = icmp slt i32 %0, %1
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %2 = load i32, ptr %a, align 4
  %3 = load ptr, ptr %s.addr, align 4
  %4 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i8, ptr %3, i32 %4
  %5 = load i8, ptr %arrayidx, align 1
  %conv = zext i8 %5 to i32
  %add = add i32 %2, %conv
  %rem = urem i32 %add, 65521
  store i32 %rem, ptr %a, align 4
  %6 = load i32, ptr %b, align 4
  %7 = load i32, ptr %a, align 4
  %add1 = add i32 %6, %7
  %rem2 = urem i32 %add1, 65521
  store i32 %rem2, ptr %b, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  %9 = load i32, ptr %b, align 4
  %shl = shl i32 %9, 16
  %10 = load i32, ptr %a, align 4
  %or = or i32 %shl, %10
  ret i32 %or
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %lengths = alloca [7 x i32], align 16
  %k = alloca i32, align 4
  %n = alloca i32, align 4
  call void @make_table() #3
  %0 = load i32, ptr getelementptr inbounds ([256 x i32], ptr @table, i32 0, i32 1), align 4
  call void @sb3_out_int(i32 noundef %0) #3
  %1 = load i32, ptr getelementptr inbounds ([256 x i32], ptr @table, i32 0, i32 255), align 4
  call void @sb3_out_int(i32 noundef %1) #3
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %lengths, ptr align 16 @__const.main.lengths, i32 28, i1 false)
  store i32 0, ptr %k, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %2 = load i32, ptr %k, align 4
  %cmp = icmp slt i32 %2, 7
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %3 = load i32, ptr %k, align 4
  %arrayidx = getelementptr inbounds [7 x i32], ptr %lengths, i32 0, i32 %3
  %4 = load i32, ptr %arrayidx, align 4
  store i32 %4, ptr %n, align 4
  %5 = load i32, ptr %n, align 4
  %call = call i32 @crc_bitwise(ptr noundef @msg, i32 noundef %5) #3
  call void @sb3_out_int(i32 noundef %call) #3
  %6 = load i32, ptr %n, align 4
  %call1 = call i32 @crc_table(ptr noundef @msg, i32 noundef %6) #3
  call void @sb3_out_int(i32 noundef %call1) #3
  %7 = load i32, ptr %n, align 4
  %call2 = call i32 @adler32(ptr noundef @msg, i32 noundef %7) #3
  call void @sb3_out_int(i32 noundef %call2) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %k, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond, !llvm.loop !7

for.end:                                          ; preds = %for.cond
  %call3 = call i32 @crc_table(ptr noundef @msg, i32 noundef 9) #3
  call void @sb3_out_int(i32 noundef %call3) #3
  ret i32 0
}

; Function Attrs: noinline nounwind optnone
define internal void @make_table() #0 {
entry:
  %n = alloca i32, align 4
  %c = alloca i32, align 4
  %k = alloca i32, align 4
  store i32 0, ptr %n, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc5, %entry
  %0 = load i32, ptr %n, align 4
  %cmp = icmp ult i32 %0, 256
  br i1 %cmp, label %for.body, label %for.end7

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %n, align 4
  store i32 %1, ptr %c, align 4
  store i32 0, ptr %k, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %2 = load i32, ptr %k, align 4
  %cmp2 = icmp slt i32 %2, 8
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %3 = load i32, ptr %c, align 4
  %and = and i32 %3, 1
  %tobool = icmp ne i32 %and, 0
  br i1 %tobool, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.body3
  %4 = load i32, ptr %c, align 4
  %shr = lshr i32 %4, 1
  %xor = xor i32 -306674912, %shr
  br label %cond.end

cond.false:                                       ; preds = %for.body3
  %5 = load i32, ptr %c, align 4
  %shr4 = lshr i32 %5, 1
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %xor, %cond.true ], [ %shr4, %cond.false ]
  store i32 %cond, ptr %c, align 4
  br label %for.inc

for.inc:                                          ; preds = %cond.end
  %6 = load i32, ptr %k, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond1, !llvm.loop !8

for.end:                                          ; preds = %for.cond1
  %7 = load i32, ptr %c, align 4
  %8 = load i32, ptr %n, align 4
  %arrayidx = getelementptr inbounds [256 x i32], ptr @table, i32 0, i32 %8
  store i32 %7, ptr %arrayidx, align 4
  br label %for.inc5

for.inc5:                                         ; preds = %for.end
  %9 = load i32, ptr %n, align 4
  %inc6 = add i32 %9, 1
  store i32 %inc6, ptr %n, align 4
  br label %for.cond, !llvm.loop !9

for.end7:                                         ; preds = %for.cond
  ret void
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #2

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nobuiltin "no-builtins" }

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
