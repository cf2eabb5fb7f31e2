; ModuleID = 'tests/c/bool_logic.c'
source_filename = "tests/c/bool_logic.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@calls = internal global i32 0, align 4
@vs = hidden global [6 x i32] [i32 0, i32 1, i32 -1, i32 2, i32 0, i32 3], align 16
@flags = hidden global [16 x i8] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @t(i32 noundef %v) #0 {
entry:
  %v.addr = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  %0 = load i32, ptr @calls, align 4
  %mul = mul nsw i32 %0, 3
  %add = add nsw i32 %mul, 1
  store i32 %add, ptr @calls, align 4
  %1 = load i32, ptr %v.addr, align 4
  ret i32 %1
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @f(i32 noundef %v) #0 {
entry:
  %v.addr = alloca i32, align 4
  store i32 %v, ptr %v.addr, align 4
  %0 = load i32, ptr @calls, align 4
  %mul = mul nsw i32 %0, 3
  %add = add nsw i32 %mul, 2
  store i32 %add, ptr @calls, align 4
  %1 = load i32, ptr %v.addr, align 4
  %tobool = icmp ne i32 %1, 0
  %lnot = xor i1 %tobool, true
  %lnot.ext = zext i1 %lnot to i32
  ret i32 %lnot.ext
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %c = alloca i32, align 4
  %r1 = alloca i32, align 4
  %n1 = alloca i32, align 4
  %r2 = alloca i32, align 4
  %n2 = alloca i32, align 4
  %r3 = alloca i32, align 4
  %i = alloca i32, align 4
  %s = alloca i32, align 4
  %i51 = alloca i32, align 4
  %i61 = alloca i32, align 4
  store i32 0, ptr %a, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc37, %entry
  %0 = load i32, ptr %a, align 4
  %cmp = icmp slt i32 %0, 2
  br i1 %cmp, label %for.body, label %for.end39

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %b, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc34, %for.body
  %1 = load i32, ptr %b, align 4
  %cmp2 = icmp slt i32 %1, 2
  br i1 %cmp2, label %for.body3, label %for.end36

for.body3:                                        ; preds = %for.cond1
  store i32 0, ptr %c, align 4
  br label %for.cond4

for.cond4:                                        ; preds = %for.inc, %for.body3
  %2 = load i32, ptr %c, align 4
  %cmp5 = icmp slt i32 %2, 2
  br i1 %cmp5, label %for.body6, label %for.end

for.body6:                                        ; preds = %for.cond4
  store i32 0, ptr @calls, align 4
  %3 = load i32, ptr %a, align 4
  %call = call i32 @t(i32 noundef %3) #2
  %tobool = icmp ne i32 %call, 0
  br i1 %tobool, label %land.lhs.true, label %land.end

land.lhs.true:                                    ; preds = %for.body6
  %4 = load i32, ptr %b, align 4
  %call7 = call i32 @f(i32 noundef %4) #2
  %tobool8 = icmp ne i32 %call7, 0
  br i1 %tobool8, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %land.lhs.true
  %5 = load i32, ptr %c, align 4
  %call9 = call i32 @t(i32 noundef %5) #2
  %tobool10 = icmp ne i32 %call9, 0
  br label %land.end

land.end:                                         ; preds = %land.rhs, %land.lhs.true, %for.body6
  %6 = phi i1 [ false, %land.lhs.true ], [ false, %for.body6 ], [ %tobool10, %land.rhs ]
  %land.ext = zext i1 %6 to i32
  store i32 %land.ext, ptr %r1, align 4
  %7 = load i32, ptr @calls, align 4
  store i32 %7, ptr %n1, align 4
  store i32 0, ptr @calls, align 4
  %8 = load i32, ptr %a, align 4
  %call11 = call i32 @t(i32 noundef %8) #2
  %tobool12 = icmp ne i32 %call11, 0
  br i1 %tobool12, label %lor.end, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %land.end
  %9 = load i32, ptr %b, align 4
  %call13 = call i32 @f(i32 noundef %9) #2
  %tobool14 = icmp ne i32 %call13, 0
  br i1 %tobool14, label %lor.end, label %lor.rhs

lor.rhs:                                          ; preds = %lor.lhs.false
  %10 = load i32, ptr %c, align 4
  %call15 = call i32 @t(i32 noundef %10) #2
  %tobool16 = icmp ne i32 %call15, 0
  br label %lor.end

lor.end:                                          ; preds = %lor.rhs, %lor.lhs.false, %land.end
  %11 = phi i1 [ true, %lor.lhs.false ], [ true, %land.end ], [ %tobool16, %lor.rhs ]
  %lor.ext = zext i1 %11 to i32
  store i32 %lor.ext, ptr %r2, align 4
  %12 = load i32, ptr @calls, align 4
  store i32 %12, ptr %n2, align 4
  store i32 0, ptr @calls, align 4
  %13 = load i32, ptr %a, align 4
  %call17 = call i32 @t(i32 noundef %13) #2
  %tobool18 = icmp ne i32 %call17, 0
  br i1 %tobool18, label %land.lhs.true19, label %lor.rhs22

land.lhs.true19:                                  ; preds = %lor.end
  %14 = load i32, ptr %b, align 4
  %call20 = call i32 @t(i32 noundef %14) #2
  %tobool21 = icmp ne i32 %call20, 0
  br i1 %tobool21, label %lor.end30, label %lor.rhs22

lor.rhs22:                                        ; preds = %land.lhs.true19, %lor.end
  %15 = load i32, ptr %c, align 4
  %call23 = call i32 @f(i32 noundef %15) #2
  %tobool24 = icmp ne i32 %call23, 0
  br i1 %tobool24, label %land.rhs25, label %land.end28

land.rhs25:                                       ; preds = %lor.rhs22
  %16 = load i32, ptr %a, align 4
  %call26 = call i32 @t(i32 noundef %16) #2
  %tobool27 = icmp ne i32 %call26, 0
  br label %land.end28

land.end28:                                       ; preds = %land.rhs25, %lor.rhs22
  %17 = phi i1 [ false, %lor.rhs22 ], [ %tobool27, %land.rhs25 ]
  br label %lor.end30

lor.end30:                                        ; preds = %land.end28, %land.lhs.true19
  %18 = phi i1 [ true, %land.lhs.true19 ], [ %17, %land.end28 ]
  %lor.ext31 = zext i1 %18 to i32
  store i32 %lor.ext31, ptr %r3, align 4
  %19 = load i32, ptr %r1, align 4
  %mul = mul nsw i32 %19, 100
  %20 = load i32, ptr %r2, align 4
  %mul32 = mul nsw i32 %20, 10
  %add = add nsw i32 %mul, %mul32
  %21 = load i32, ptr %r3, align 4
  %add33 = add nsw i32 %add, %21
  call void @sb3_out_int(i32 noundef %add33) #2
  %22 = load i32, ptr %n1, align 4
  call void @sb3_out_int(i32 noundef %22) #2
  %23 = load i32, ptr %n2, align 4
  call void @sb3_out_int(i32 noundef %23) #2
  %24 = load i32, ptr @calls, align 4
  call void @sb3_out_int(i32 noundef %24) #2
  br label %for.inc

for.inc:                                          ; preds = %lor.end30
  %25 = load i32, ptr %c, align 4
  %inc = add nsw i32 %25, 1
  store i32 %inc, ptr %c, align 4
  br label %for.cond4, !llvm.loop !2

for.end:                                          ; preds = %for.cond4
  br label %for.inc34

for.inc34:                                        ; preds = %for.end
  %26 = load i32, ptr %b, align 4
  %inc35 = add nsw i32 %26, 1
  store i32 %inc35, ptr %b, align 4
  br label %for.cond1, !llvm.loop !4

for.end36:                                        ; preds = %for.cond1
  br label %for.inc37

for.inc37:                                        ; preds = %for.end36
  %27 = load i32, ptr %a, align 4
  %inc38 = add nsw i32 %27, 1
  store i32 %inc38, ptr %a, align 4
  br label %for.cond, !llvm.loop !5

for.end39:                                        ; preds = %for.cond
  store i32 0, ptr %i, align 4
  br label %for.cond40

for.cond40:                                       ; preds = %for.inc48, %for.end39
  %28 = load i32, ptr %i, align 4
  %cmp41 = icmp slt i32 %28, 16
  br i1 %cmp41, label %for.body42, label %for.end50

for.body42:                                       ; preds = %for.cond40
  %29 = load i32, ptr %i, align 4
  %rem = srem i32 %29, 3
  %cmp43 = icmp eq i32 %rem, 0
  br i1 %cmp43, label %lor.end46, label %lor.rhs44

lor.rhs44:                                        ; preds = %for.body42
  %30 = load i32, ptr %i, align 4
  %and = and i32 %30, 4
  %tobool45 = icmp ne i32 %and, 0
  br label %lor.end46

lor.end46:                                        ; preds = %lor.rhs44, %for.body42
  %31 = phi i1 [ true, %for.body42 ], [ %tobool45, %lor.rhs44 ]
  %32 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [16 x i8], ptr @flags, i32 0, i32 %32
  %storedv = zext i1 %31 to i8
  store i8 %storedv, ptr %arrayidx, align 1
  br label %for.inc48

for.inc48:                                        ; preds = %lor.end46
  %33 = load i32, ptr %i, align 4
  %inc49 = add nsw i32 %33, 1
  store i32 %inc49, ptr %i, align 4
  br label %for.cond40, !llvm.loop !6

for.end50:                                        ; preds = %for.cond40
  store i32 0, ptr %s, align 4
  store i32 0, ptr %i51, align 4
  br label %for.cond52

for.cond52:                                       ; preds = %for.inc58, %for.end50
  %34 = load i32, ptr %i51, align 4
  %cmp53 = icmp slt i32 %34, 16
  br i1 %cmp53, label %for.body54, label %for.end60

for.body54:                                       ; preds = %for.cond52
  %35 = load i32, ptr %s, align 4
  %mul55 = mul nsw i32 %35, 2
  %36 = load i32, ptr %i51, align 4
  %arrayidx56 = getelementptr inbounds [16 x i8], ptr @flags, i32 0, i32 %36
  %37 = load i8, ptr %arrayidx56, align 1
  %loadedv = trunc i8 %37 to i1
  %conv = zext i1 %loadedv to i32
  %add57 = add nsw i32 %mul55, %conv
  store i32 %add57, ptr %s, align 4
  br label %for.inc58

for.inc58:                                        ; preds = %for.body54
  %38 = load i32, ptr %i51, align 4
  %inc59 = add nsw i32 %38, 1
  store i32 %inc59, ptr %i51, align 4
  br label %for.cond52, !llvm.loop !7

for.end60:                                        ; preds = %for.cond52
  %39 = load i32, ptr %s, align 4
  call void @sb3_out_int(i32 noundef %39) #2
  store i32 0, ptr %i61, align 4
  br label %for.cond62

for.cond62:                                       ; preds = %for.inc92, %for.end60
  %40 = load i32, ptr %i61, align 4
  %cmp63 = icmp slt i32 %40, 6
  br i1 %cmp63, label %for.body65, label %for.end94

for.body65:                                       ; preds = %for.cond62
  %41 = load i32, ptr %i61, align 4
  %arrayidx66 = getelementptr inbounds [6 x i32], ptr @vs, i32 0, i32 %41
  %42 = load i32, ptr %arrayidx66, align 4
  %tobool67 = icmp ne i32 %42, 0
  %lnot = xor i1 %tobool67, true
  %lnot.ext = zext i1 %lnot to i32
  call void @sb3_out_int(i32 noundef %lnot.ext) #2
  %43 = load i32, ptr %i61, align 4
  %arrayidx68 = getelementptr inbounds [6 x i32], ptr @vs, i32 0, i32 %43
  %44 = load i32, ptr %arrayidx68, align 4
  %tobool69 = icmp ne i32 %44, 0
  %lnot70 = xor i1 %tobool69, true
  %lnot72 = xor i1 %lnot70, true
  %lnot.ext73 = zext i1 %lnot72 to i32
  call void @sb3_out_int(i32 noundef %lnot.ext73) #2
  %45 = load i32, ptr %i61, align 4
  %arrayidx74 = getelementptr inbounds [6 x i32], ptr @vs, i32 0, i32 %45
  %46 = load i32, ptr %arrayidx74, align 4
  %tobool75 = icmp ne i32 %46, 0
  br i1 %tobool75, label %land.rhs76, label %land.end81

land.rhs76:                                       ; preds = %for.body65
  %47 = load i32, ptr %i61, align 4
  %add77 = add nsw i32 %47, 1
  %rem78 = srem i32 %add77, 6
  %arrayidx79 = getelementptr inbounds [6 x i32], ptr @vs, i32 0, i32 %rem78
  %48 = load i32, ptr %arrayidx79, align 4
  %tobool80 = icmp ne i32 %48, 0
  br label %land.end81

land.end81:                                       ; preds = %land.rhs76, %for.body65
  %49 = phi i1 [ false, %for.body65 ], [ %tobool80, %land.rhs76 ]
  %land.ext82 = zext i1 %49 to i32
  call void @sb3_out_int(i32 noundef %land.ext82) #2
  %50 = load i32, ptr %i61, align 4
  %arrayidx83 = getelementptr inbounds [6 x i32], ptr @vs, i32 0, i32 %50
  %51 = load i32, ptr %arrayidx83, align 4
  %tobool84 = icmp ne i32 %51, 0
  br i1 %tobool84, label %lor.end90, label %lor.rhs85

lor.rhs85:                                        ; preds = %land.end81
  %52 = load i32, ptr %i61, align 4
  %add86 = add nsw i32 %52, 1
  %rem87 = srem i32 %add86, 6
  %arrayidx88 = getelementptr inbounds [6 x i32], ptr @vs, i32 0, i32 %rem87
  %53 = load i32, ptr %arrayidx88, align 4
  %tobool89 = icmp ne i32 %53, 0
  br label %lor.end90

lor.end90:                                        ; preds = %lor.rhs85, %land.end81
  %54 = phi i1 [ true, %land.end81 ], [ %tobool89, %lor.rhs85 ]
  %lor.ext91 = zext i1 %54 to i32
  call void @sb3_out_int(i32 noundef %lor.ext91) #2
  br label %for.inc92

for.inc92:                                        ; preds = %lor.end90
  %55 = load i32, ptr %i61, align 4
  %inc93 = add nsw i32 %55, 1
  store i32 %inc93, ptr %i61, align 4
  br label %for.cond62, !llvm.loop !8

for.end94:                                        ; preds = %for.cond62
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
!8 = distinct !{!8, !3}
