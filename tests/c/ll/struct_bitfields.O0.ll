; ModuleID = 'tests/c/struct_bitfields.c'
source_filename = "tests/c/struct_bitfields.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Packed = type { i32, i8 }

@table = hidden global [4 x %struct.Packed] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden void @bump(ptr noundef %p, i32 noundef %k) #0 {
entry:
  %p.addr = alloca ptr, align 4
  %k.addr = alloca i32, align 4
  store ptr %p, ptr %p.addr, align 4
  store i32 %k, ptr %k.addr, align 4
  %0 = load i32, ptr %k.addr, align 4
  %1 = load ptr, ptr %p.addr, align 4
  %bf.load = load i32, ptr %1, align 4
  %bf.clear = and i32 %bf.load, 7
  %add = add nsw i32 %bf.clear, %0
  %bf.load1 = load i32, ptr %1, align 4
  %bf.value = and i32 %add, 7
  %bf.clear2 = and i32 %bf.load1, -8
  %bf.set = or i32 %bf.clear2, %bf.value
  store i32 %bf.set, ptr %1, align 4
  %2 = load ptr, ptr %p.addr, align 4
  %bf.load3 = load i32, ptr %2, align 4
  %bf.shl = shl i32 %bf.load3, 24
  %bf.ashr = ashr i32 %bf.shl, 27
  %3 = load i32, ptr %k.addr, align 4
  %mul = mul nsw i32 %3, 3
  %sub = sub nsw i32 %bf.ashr, %mul
  %cmp = icmp sgt i32 %sub, -16
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %4 = load ptr, ptr %p.addr, align 4
  %bf.load4 = load i32, ptr %4, align 4
  %bf.shl5 = shl i32 %bf.load4, 24
  %bf.ashr6 = ashr i32 %bf.shl5, 27
  %5 = load i32, ptr %k.addr, align 4
  %mul7 = mul nsw i32 %5, 3
  %sub8 = sub nsw i32 %bf.ashr6, %mul7
  br label %cond.end

cond.false:                                       ; preds = %entry
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %sub8, %cond.true ], [ 15, %cond.false ]
  %6 = load ptr, ptr %p.addr, align 4
  %bf.load9 = load i32, ptr %6, align 4
  %bf.value10 = and i32 %cond, 31
  %bf.shl11 = shl i32 %bf.value10, 3
  %bf.clear12 = and i32 %bf.load9, -249
  %bf.set13 = or i32 %bf.clear12, %bf.shl11
  store i32 %bf.set13, ptr %6, align 4
  %bf.result.shl = shl i32 %bf.value10, 27
  %bf.result.ashr = ashr i32 %bf.result.shl, 27
  %7 = load i32, ptr %k.addr, align 4
  %mul14 = mul nsw i32 1000, %7
  %8 = load ptr, ptr %p.addr, align 4
  %bf.load15 = load i32, ptr %8, align 4
  %bf.lshr = lshr i32 %bf.load15, 8
  %bf.clear16 = and i32 %bf.lshr, 4095
  %add17 = add nsw i32 %bf.clear16, %mul14
  %bf.load18 = load i32, ptr %8, align 4
  %bf.value19 = and i32 %add17, 4095
  %bf.shl20 = shl i32 %bf.value19, 8
  %bf.clear21 = and i32 %bf.load18, -1048321
  %bf.set22 = or i32 %bf.clear21, %bf.shl20
  store i32 %bf.set22, ptr %8, align 4
  %9 = load i32, ptr %k.addr, align 4
  %rem = srem i32 %9, 2
  %tobool = icmp ne i32 %rem, 0
  br i1 %tobool, label %cond.true23, label %cond.false25

cond.true23:                                      ; preds = %cond.end
  %10 = load i32, ptr %k.addr, align 4
  %add24 = add nsw i32 -2048, %10
  br label %cond.end27

cond.false25:                                     ; preds = %cond.end
  %11 = load i32, ptr %k.addr, align 4
  %sub26 = sub nsw i32 2047, %11
  br label %cond.end27

cond.end27:                                       ; preds = %cond.false25, %cond.true23
  %cond28 = phi i32 [ %add24, %cond.true23 ], [ %sub26, %cond.false25 ]
  %12 = load ptr, ptr %p.addr, align 4
  %bf.load29 = load i32, ptr %12, align 4
  %bf.value30 = and i32 %cond28, 4095
  %bf.shl31 = shl i32 %bf.value30, 20
  %bf.clear32 = and i32 %bf.load29, 1048575
  %bf.set33 = or i32 %bf.clear32, %bf.shl31
  store i32 %bf.set33, ptr %12, align 4
  %bf.result.shl34 = shl i32 %bf.value30, 20
  %bf.result.ashr35 = ashr i32 %bf.result.shl34, 20
  %13 = load ptr, ptr %p.addr, align 4
  %e = getelementptr inbounds %struct.Packed, ptr %13, i32 0, i32 1
  %bf.load36 = load i8, ptr %e, align 4
  %bf.clear37 = and i8 %bf.load36, 1
  %bf.cast = zext i8 %bf.clear37 to i32
  %tobool38 = icmp ne i32 %bf.cast, 0
  %lnot = xor i1 %tobool38, true
  %lnot.ext = zext i1 %lnot to i32
  %14 = load ptr, ptr %p.addr, align 4
  %e39 = getelementptr inbounds %struct.Packed, ptr %14, i32 0, i32 1
  %15 = trunc i32 %lnot.ext to i8
  %bf.load40 = load i8, ptr %e39, align 4
  %bf.value41 = and i8 %15, 1
  %bf.clear42 = and i8 %bf.load40, -2
  %bf.set43 = or i8 %bf.clear42, %bf.value41
  store i8 %bf.set43, ptr %e39, align 4
  %bf.result.cast = zext i8 %bf.value41 to i32
  %16 = load i32, ptr %k.addr, align 4
  %mul44 = mul nsw i32 %16, 37
  %17 = load ptr, ptr %p.addr, align 4
  %f = getelementptr inbounds %struct.Packed, ptr %17, i32 0, i32 1
  %bf.load45 = load i8, ptr %f, align 4
  %bf.lshr46 = lshr i8 %bf.load45, 1
  %bf.cast47 = zext i8 %bf.lshr46 to i32
  %xor = xor i32 %bf.cast47, %mul44
  %18 = trunc i32 %xor to i8
  %bf.load48 = load i8, ptr %f, align 4
  %bf.value49 = and i8 %18, 127
  %bf.shl50 = shl i8 %bf.value49, 1
  %bf.clear51 = and i8 %bf.load48, 1
  %bf.set52 = or i8 %bf.clear51, %bf.shl50
  store i8 %bf.set52, ptr %f, align 4
  %bf.result.cast53 = zext i8 %bf.value49 to i32
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %round = alloca i32, align 4
  %i38 = alloca i32, align 4
  %i49 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 4
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %2
  %bf.load = load i32, ptr %arrayidx, align 8
  %bf.value = and i32 %1, 7
  %bf.clear = and i32 %bf.load, -8
  %bf.set = or i32 %bf.clear, %bf.value
  store i32 %bf.set, ptr %arrayidx, align 8
  %3 = load i32, ptr %i, align 4
  %sub = sub nsw i32 0, %3
  %4 = load i32, ptr %i, align 4
  %arrayidx1 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %4
  %bf.load2 = load i32, ptr %arrayidx1, align 8
  %bf.value3 = and i32 %sub, 31
  %bf.shl = shl i32 %bf.value3, 3
  %bf.clear4 = and i32 %bf.load2, -249
  %bf.set5 = or i32 %bf.clear4, %bf.shl
  store i32 %bf.set5, ptr %arrayidx1, align 8
  %bf.result.shl = shl i32 %bf.value3, 27
  %bf.result.ashr = ashr i32 %bf.result.shl, 27
  %5 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %5, 1111
  %6 = load i32, ptr %i, align 4
  %arrayidx6 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %6
  %bf.load7 = load i32, ptr %arrayidx6, align 8
  %bf.value8 = and i32 %mul, 4095
  %bf.shl9 = shl i32 %bf.value8, 8
  %bf.clear10 = and i32 %bf.load7, -1048321
  %bf.set11 = or i32 %bf.clear10, %bf.shl9
  store i32 %bf.set11, ptr %arrayidx6, align 8
  %7 = load i32, ptr %i, align 4
  %sub12 = sub nsw i32 0, %7
  %mul13 = mul nsw i32 %sub12, 100
  %8 = load i32, ptr %i, align 4
  %arrayidx14 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %8
  %bf.load15 = load i32, ptr %arrayidx14, align 8
  %bf.value16 = and i32 %mul13, 4095
  %bf.shl17 = shl i32 %bf.value16, 20
  %bf.clear18 = and i32 %bf.load15, 1048575
  %bf.set19 = or i32 %bf.clear18, %bf.shl17
  store i32 %bf.set19, ptr %arrayidx14, align 8
  %bf.result.shl20 = shl i32 %bf.value16, 20
  %bf.result.ashr21 = ashr i32 %bf.result.shl20, 20
  %9 = load i32, ptr %i, align 4
  %and = and i32 %9, 1
  %10 = load i32, ptr %i, align 4
  %arrayidx22 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %10
  %e = getelementptr inbounds %struct.Packed, ptr %arrayidx22, i32 0, i32 1
  %11 = trunc i32 %and to i8
  %bf.load23 = load i8, ptr %e, align 4
  %bf.value24 = and i8 %11, 1
  %bf.clear25 = and i8 %bf.load23, -2
  %bf.set26 = or i8 %bf.clear25, %bf.value24
  store i8 %bf.set26, ptr %e, align 4
  %bf.result.cast = zext i8 %bf.value24 to i32
  %12 = load i32, ptr %i, align 4
  %mul27 = mul nsw i32 %12, 40
  %13 = load i32, ptr %i, align 4
  %arrayidx28 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %13
  %f = getelementptr inbounds %struct.Packed, ptr %arrayidx28, i32 0, i32 1
  %14 = trunc i32 %mul27 to i8
  %bf.load29 = load i8, ptr %f, align 4
  %bf.value30 = and i8 %14, 127
  %bf.shl31 = shl i8 %bf.value30, 1
  %bf.clear32 = and i8 %bf.load29, 1
  %bf.set33 = or i8 %bf.clear32, %bf.shl31
  store i8 %bf.set33, ptr %f, align 4
  %bf.result.cast34 = zext i8 %bf.value30 to i32
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %15 = load i32, ptr %i, align 4
  %inc = add nsw i32 %15, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 1, ptr %round, align 4
  br label %for.cond35

for.cond35:                                       ; preds = %for.inc46, %for.end
  %16 = load i32, ptr %round, align 4
  %cmp36 = icmp sle i32 %16, 5
  br i1 %cmp36, label %for.body37, label %for.end48

for.body37:                                       ; preds = %for.cond35
  store i32 0, ptr %i38, align 4
  br label %for.cond39

for.cond39:                                       ; preds = %for.inc43, %for.body37
  %17 = load i32, ptr %i38, align 4
  %cmp40 = icmp slt i32 %17, 4
  br i1 %cmp40, label %for.body41, label %for.end45

for.body41:                                       ; preds = %for.cond39
  %18 = load i32, ptr %i38, align 4
  %arrayidx42 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %18
  %19 = load i32, ptr %round, align 4
  %20 = load i32, ptr %i38, align 4
  %add = add nsw i32 %19, %20
  call void @bump(ptr noundef %arrayidx42, i32 noundef %add) #2
  br label %for.inc43

for.inc43:                                        ; preds = %for.body41
  %21 = load i32, ptr %i38, align 4
  %inc44 = add nsw i32 %21, 1
  store i32 %inc44, ptr %i38, align 4
  br label %for.cond39, !llvm.loop !4

for.end45:                                        ; preds = %for.cond39
  br label %for.inc46

for.inc46:                                        ; preds = %for.end45
  %22 = load i32, ptr %round, align 4
  %inc47 = add nsw i32 %22, 1
  store i32 %inc47, ptr %round, align 4
  br label %for.cond35, !llvm.loop !5

for.end48:                                        ; preds = %for.cond35
  store i32 0, ptr %i49, align 4
  br label %for.cond50

for.cond50:                                       ; preds = %for.inc74, %for.end48
  %23 = load i32, ptr %i49, align 4
  %cmp51 = icmp slt i32 %23, 4
  br i1 %cmp51, label %for.body52, label %for.end76

for.body52:                                       ; preds = %for.cond50
  %24 = load i32, ptr %i49, align 4
  %arrayidx53 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %24
  %bf.load54 = load i32, ptr %arrayidx53, align 8
  %bf.clear55 = and i32 %bf.load54, 7
  call void @sb3_out_int(i32 noundef %bf.clear55) #2
  %25 = load i32, ptr %i49, align 4
  %arrayidx56 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %25
  %bf.load57 = load i32, ptr %arrayidx56, align 8
  %bf.shl58 = shl i32 %bf.load57, 24
  %bf.ashr = ashr i32 %bf.shl58, 27
  call void @sb3_out_int(i32 noundef %bf.ashr) #2
  %26 = load i32, ptr %i49, align 4
  %arrayidx59 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %26
  %bf.load60 = load i32, ptr %arrayidx59, align 8
  %bf.lshr = lshr i32 %bf.load60, 8
  %bf.clear61 = and i32 %bf.lshr, 4095
  call void @sb3_out_int(i32 noundef %bf.clear61) #2
  %27 = load i32, ptr %i49, align 4
  %arrayidx62 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %27
  %bf.load63 = load i32, ptr %arrayidx62, align 8
  %bf.ashr64 = ashr i32 %bf.load63, 20
  call void @sb3_out_int(i32 noundef %bf.ashr64) #2
  %28 = load i32, ptr %i49, align 4
  %arrayidx65 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %28
  %e66 = getelementptr inbounds %struct.Packed, ptr %arrayidx65, i32 0, i32 1
  %bf.load67 = load i8, ptr %e66, align 4
  %bf.clear68 = and i8 %bf.load67, 1
  %bf.cast = zext i8 %bf.clear68 to i32
  call void @sb3_out_int(i32 noundef %bf.cast) #2
  %29 = load i32, ptr %i49, align 4
  %arrayidx69 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %29
  %f70 = getelementptr inbounds %struct.Packed, ptr %arrayidx69, i32 0, i32 1
  %bf.load71 = load i8, ptr %f70, align 4
  %bf.lshr72 = lshr i8 %bf.load71, 1
  %bf.cast73 = zext i8 %bf.lshr72 to i32
  call void @sb3_out_int(i32 noundef %bf.cast73) #2
  br label %for.inc74

for.inc74:                                        ; preds = %for.body52
  %30 = load i32, ptr %i49, align 4
  %inc75 = add nsw i32 %30, 1
  store i32 %inc75, ptr %i49, align 4
  br label %for.cond50, !llvm.loop !6

for.end76:                                        ; preds = %for.cond50
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
