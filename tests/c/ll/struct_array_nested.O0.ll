; ModuleID = 'tests/c/struct_array_nested.c'
source_filename = "tests/c/struct_array_nested.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Person = type { [8 x i8], i16, i32 }
%struct.Box = type { [4 x %struct.Item], i32, %struct.anon }
%struct.Item = type { double, i32 }
%struct.anon = type { i8, i8, i8 }

@people = hidden global [5 x %struct.Person] [%struct.Person { [8 x i8] c"Ada\00\00\00\00\00", i16 36, i32 1815 }, %struct.Person { [8 x i8] c"Alan\00\00\00\00", i16 41, i32 1912 }, %struct.Person { [8 x i8] c"Grace\00\00\00", i16 85, i32 1906 }, %struct.Person { [8 x i8] c"Linus\00\00\00", i16 54, i32 -1969 }, %struct.Person { [8 x i8] c"Mitch\00\00\00", i16 70, i32 2007 }], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %i6 = alloca i32, align 4
  %best = alloca i32, align 4
  %j = alloca i32, align 4
  %t = alloca %struct.Person, align 4
  %i33 = alloca i32, align 4
  %boxes = alloca [3 x %struct.Box], align 16
  %b = alloca i32, align 4
  %k = alloca i32, align 4
  %b87 = alloca i32, align 4
  %total = alloca double, align 8
  %ids = alloca i32, align 4
  %k92 = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 5
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %1
  %age = getelementptr inbounds %struct.Person, ptr %arrayidx, i32 0, i32 1
  %2 = load i16, ptr %age, align 8
  %conv = sext i16 %2 to i32
  call void @sb3_out_int(i32 noundef %conv) #3
  %3 = load i32, ptr %i, align 4
  %arrayidx1 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %3
  %score = getelementptr inbounds %struct.Person, ptr %arrayidx1, i32 0, i32 2
  %4 = load i32, ptr %score, align 4
  call void @sb3_out_int(i32 noundef %4) #3
  %5 = load i32, ptr %i, align 4
  %arrayidx2 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %5
  %call = call i32 @name_sum(ptr noundef %arrayidx2) #3
  call void @sb3_out_int(i32 noundef %call) #3
  %6 = load i32, ptr %i, align 4
  %arrayidx3 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %6
  %name = getelementptr inbounds %struct.Person, ptr %arrayidx3, i32 0, i32 0
  %arrayidx4 = getelementptr inbounds [8 x i8], ptr %name, i32 0, i32 0
  %7 = load i8, ptr %arrayidx4, align 16
  %conv5 = sext i8 %7 to i32
  call void @sb3_out_char(i32 noundef %conv5) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %i6, align 4
  br label %for.cond7

for.cond7:                                        ; preds = %for.inc30, %for.end
  %9 = load i32, ptr %i6, align 4
  %cmp8 = icmp slt i32 %9, 5
  br i1 %cmp8, label %for.body10, label %for.end32

for.body10:                                       ; preds = %for.cond7
  %10 = load i32, ptr %i6, align 4
  store i32 %10, ptr %best, align 4
  %11 = load i32, ptr %i6, align 4
  %add = add nsw i32 %11, 1
  store i32 %add, ptr %j, align 4
  br label %for.cond11

for.cond11:                                       ; preds = %for.inc23, %for.body10
  %12 = load i32, ptr %j, align 4
  %cmp12 = icmp slt i32 %12, 5
  br i1 %cmp12, label %for.body14, label %for.end25

for.body14:                                       ; preds = %for.cond11
  %13 = load i32, ptr %j, align 4
  %arrayidx15 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %13
  %age16 = getelementptr inbounds %struct.Person, ptr %arrayidx15, i32 0, i32 1
  %14 = load i16, ptr %age16, align 8
  %conv17 = sext i16 %14 to i32
  %15 = load i32, ptr %best, align 4
  %arrayidx18 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %15
  %age19 = getelementptr inbounds %struct.Person, ptr %arrayidx18, i32 0, i32 1
  %16 = load i16, ptr %age19, align 8
  %conv20 = sext i16 %16 to i32
  %cmp21 = icmp sgt i32 %conv17, %conv20
  br i1 %cmp21, label %if.then, label %if.end

if.then:                                          ; preds = %for.body14
  %17 = load i32, ptr %j, align 4
  store i32 %17, ptr %best, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body14
  br label %for.inc23

for.inc23:                                        ; preds = %if.end
  %18 = load i32, ptr %j, align 4
  %inc24 = add nsw i32 %18, 1
  store i32 %inc24, ptr %j, align 4
  br label %for.cond11, !llvm.loop !4

for.end25:                                        ; preds = %for.cond11
  %19 = load i32, ptr %i6, align 4
  %arrayidx26 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %19
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %t, ptr align 16 %arrayidx26, i32 16, i1 false)
  %20 = load i32, ptr %i6, align 4
  %arrayidx27 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %20
  %21 = load i32, ptr %best, align 4
  %arrayidx28 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %21
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %arrayidx27, ptr align 16 %arrayidx28, i32 16, i1 false)
  %22 = load i32, ptr %best, align 4
  %arrayidx29 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %22
  call void @llvm.memcpy.p0.p0.i32(ptr align 16 %arrayidx29, ptr align 4 %t, i32 16, i1 false)
  br label %for.inc30

for.inc30:                                        ; preds = %for.end25
  %23 = load i32, ptr %i6, align 4
  %inc31 = add nsw i32 %23, 1
  store i32 %inc31, ptr %i6, align 4
  br label %for.cond7, !llvm.loop !5

for.end32:                                        ; preds = %for.cond7
  store i32 0, ptr %i33, align 4
  br label %for.cond34

for.cond34:                                       ; preds = %for.inc42, %for.end32
  %24 = load i32, ptr %i33, align 4
  %cmp35 = icmp slt i32 %24, 5
  br i1 %cmp35, label %for.body37, label %for.end44

for.body37:                                       ; preds = %for.cond34
  %25 = load i32, ptr %i33, align 4
  %arrayidx38 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %25
  %name39 = getelementptr inbounds %struct.Person, ptr %arrayidx38, i32 0, i32 0
  %arrayidx40 = getelementptr inbounds [8 x i8], ptr %name39, i32 0, i32 1
  %26 = load i8, ptr %arrayidx40, align 1
  %conv41 = sext i8 %26 to i32
  call void @sb3_out_char(i32 noundef %conv41) #3
  br label %for.inc42

for.inc42:                                        ; preds = %for.body37
  %27 = load i32, ptr %i33, align 4
  %inc43 = add nsw i32 %27, 1
  store i32 %inc43, ptr %i33, align 4
  br label %for.cond34, !llvm.loop !6

for.end44:                                        ; preds = %for.cond34
  store i32 0, ptr %b, align 4
  br label %for.cond45

for.cond45:                                       ; preds = %for.inc84, %for.end44
  %28 = load i32, ptr %b, align 4
  %cmp46 = icmp slt i32 %28, 3
  br i1 %cmp46, label %for.body48, label %for.end86

for.body48:                                       ; preds = %for.cond45
  %29 = load i32, ptr %b, align 4
  %add49 = add nsw i32 %29, 2
  %30 = load i32, ptr %b, align 4
  %arrayidx50 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %30
  %n = getelementptr inbounds %struct.Box, ptr %arrayidx50, i32 0, i32 1
  store i32 %add49, ptr %n, align 8
  store i32 0, ptr %k, align 4
  br label %for.cond51

for.cond51:                                       ; preds = %for.inc69, %for.body48
  %31 = load i32, ptr %k, align 4
  %32 = load i32, ptr %b, align 4
  %arrayidx52 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %32
  %n53 = getelementptr inbounds %struct.Box, ptr %arrayidx52, i32 0, i32 1
  %33 = load i32, ptr %n53, align 8
  %cmp54 = icmp slt i32 %31, %33
  br i1 %cmp54, label %for.body56, label %for.end71

for.body56:                                       ; preds = %for.cond51
  %34 = load i32, ptr %b, align 4
  %add57 = add nsw i32 %34, 1
  %conv58 = sitofp i32 %add57 to double
  %mul = fmul double 5.000000e-01, %conv58
  %35 = load i32, ptr %k, align 4
  %add59 = add nsw i32 %35, 1
  %conv60 = sitofp i32 %add59 to double
  %mul61 = fmul double %mul, %conv60
  %36 = load i32, ptr %b, align 4
  %arrayidx62 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %36
  %items = getelementptr inbounds %struct.Box, ptr %arrayidx62, i32 0, i32 0
  %37 = load i32, ptr %k, align 4
  %arrayidx63 = getelementptr inbounds [4 x %struct.Item], ptr %items, i32 0, i32 %37
  %w = getelementptr inbounds %struct.Item, ptr %arrayidx63, i32 0, i32 0
  store double %mul61, ptr %w, align 8
  %38 = load i32, ptr %b, align 4
  %mul64 = mul nsw i32 %38, 10
  %39 = load i32, ptr %k, align 4
  %add65 = add nsw i32 %mul64, %39
  %40 = load i32, ptr %b, align 4
  %arrayidx66 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %40
  %items67 = getelementptr inbounds %struct.Box, ptr %arrayidx66, i32 0, i32 0
  %41 = load i32, ptr %k, align 4
  %arrayidx68 = getelementptr inbounds [4 x %struct.Item], ptr %items67, i32 0, i32 %41
  %id = getelementptr inbounds %struct.Item, ptr %arrayidx68, i32 0, i32 1
  store i32 %add65, ptr %id, align 8
  br label %for.inc69

for.inc69:                                        ; preds = %for.body56
  %42 = load i32, ptr %k, align 4
  %inc70 = add nsw i32 %42, 1
  store i32 %inc70, ptr %k, align 4
  br label %for.cond51, !llvm.loop !7

for.end71:                                        ; preds = %for.cond51
  %43 = load i32, ptr %b, align 4
  %mul72 = mul nsw i32 %43, 100
  %conv73 = trunc i32 %mul72 to i8
  %44 = load i32, ptr %b, align 4
  %arrayidx74 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %44
  %color = getelementptr inbounds %struct.Box, ptr %arrayidx74, i32 0, i32 2
  %r = getelementptr inbounds %struct.anon, ptr %color, i32 0, i32 0
  store i8 %conv73, ptr %r, align 4
  %45 = load i32, ptr %b, align 4
  %sub = sub nsw i32 0, %45
  %mul75 = mul nsw i32 %sub, 50
  %conv76 = trunc i32 %mul75 to i8
  %46 = load i32, ptr %b, align 4
  %arrayidx77 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %46
  %color78 = getelementptr inbounds %struct.Box, ptr %arrayidx77, i32 0, i32 2
  %g = getelementptr inbounds %struct.anon, ptr %color78, i32 0, i32 1
  store i8 %conv76, ptr %g, align 1
  %47 = load i32, ptr %b, align 4
  %sub79 = sub nsw i32 %47, 1
  %conv80 = trunc i32 %sub79 to i8
  %48 = load i32, ptr %b, align 4
  %arrayidx81 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %48
  %color82 = getelementptr inbounds %struct.Box, ptr %arrayidx81, i32 0, i32 2
  %b83 = getelementptr inbounds %struct.anon, ptr %color82, i32 0, i32 2
  store i8 %conv80, ptr %b83, align 2
  br label %for.inc84

for.inc84:                                        ; preds = %for.end71
  %49 = load i32, ptr %b, align 4
  %inc85 = add nsw i32 %49, 1
  store i32 %inc85, ptr %b, align 4
  br label %for.cond45, !llvm.loop !8

for.end86:                                        ; preds = %for.cond45
  store i32 0, ptr %b87, align 4
  br label %for.cond88

for.cond88:                                       ; preds = %for.inc128, %for.end86
  %50 = load i32, ptr %b87, align 4
  %cmp89 = icmp slt i32 %50, 3
  br i1 %cmp89, label %for.body91, label %for.end130

for.body91:                                       ; preds = %for.cond88
  store double 0.000000e+00, ptr %total, align 8
  store i32 0, ptr %ids, align 4
  store i32 0, ptr %k92, align 4
  br label %for.cond93

for.cond93:                                       ; preds = %for.inc109, %for.body91
  %51 = load i32, ptr %k92, align 4
  %52 = load i32, ptr %b87, align 4
  %arrayidx94 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %52
  %n95 = getelementptr inbounds %struct.Box, ptr %arrayidx94, i32 0, i32 1
  %53 = load i32, ptr %n95, align 8
  %cmp96 = icmp slt i32 %51, %53
  br i1 %cmp96, label %for.body98, label %for.end111

for.body98:                                       ; preds = %for.cond93
  %54 = load i32, ptr %b87, align 4
  %arrayidx99 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %54
  %items100 = getelementptr inbounds %struct.Box, ptr %arrayidx99, i32 0, i32 0
  %55 = load i32, ptr %k92, align 4
  %arrayidx101 = getelementptr inbounds [4 x %struct.Item], ptr %items100, i32 0, i32 %55
  %w102 = getelementptr inbounds %struct.Item, ptr %arrayidx101, i32 0, i32 0
  %56 = load double, ptr %w102, align 8
  %57 = load double, ptr %total, align 8
  %add103 = fadd double %57, %56
  store double %add103, ptr %total, align 8
  %58 = load i32, ptr %b87, align 4
  %arrayidx104 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %58
  %items105 = getelementptr inbounds %struct.Box, ptr %arrayidx104, i32 0, i32 0
  %59 = load i32, ptr %k92, align 4
  %arrayidx106 = getelementptr inbounds [4 x %struct.Item], ptr %items105, i32 0, i32 %59
  %id107 = getelementptr inbounds %struct.Item, ptr %arrayidx106, i32 0, i32 1
  %60 = load i32, ptr %id107, align 8
  %61 = load i32, ptr %ids, align 4
  %add108 = add nsw i32 %61, %60
  store i32 %add108, ptr %ids, align 4
  br label %for.inc109

for.inc109:                                       ; preds = %for.body98
  %62 = load i32, ptr %k92, align 4
  %inc110 = add nsw i32 %62, 1
  store i32 %inc110, ptr %k92, align 4
  br label %for.cond93, !llvm.loop !9

for.end111:                                       ; preds = %for.cond93
  %63 = load double, ptr %total, align 8
  call void @sb3_out_double(double noundef %63) #3
  %64 = load i32, ptr %ids, align 4
  call void @sb3_out_int(i32 noundef %64) #3
  %65 = load i32, ptr %b87, align 4
  %arrayidx112 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %65
  %color113 = getelementptr inbounds %struct.Box, ptr %arrayidx112, i32 0, i32 2
  %r114 = getelementptr inbounds %struct.anon, ptr %color113, i32 0, i32 0
  %66 = load i8, ptr %r114, align 4
  %conv115 = sext i8 %66 to i32
  %67 = load i32, ptr %b87, align 4
  %arrayidx116 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %67
  %color117 = getelementptr inbounds %struct.Box, ptr %arrayidx116, i32 0, i32 2
  %g118 = getelementptr inbounds %struct.anon, ptr %color117, i32 0, i32 1
  %68 = load i8, ptr %g118, align 1
  %conv119 = sext i8 %68 to i32
  %mul120 = mul nsw i32 %conv119, 2
  %add121 = add nsw i32 %conv115, %mul120
  %69 = load i32, ptr %b87, align 4
  %arrayidx122 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %69
  %color123 = getelementptr inbounds %struct.Box, ptr %arrayidx122, i32 0, i32 2
  %b124 = getelementptr inbounds %struct.anon, ptr %color123, i32 0, i32 2
  %70 = load i8, ptr %b124, align 2
  %conv125 = sext i8 %70 to i32
  %mul126 = mul nsw i32 %conv125, 3
  %add127 = add nsw i32 %add121, %mul126
  call void @sb3_out_int(i32 noundef %add127) #3
  br label %for.inc128

for.inc128:                                       ; preds = %for.end111
  %71 = load i32, ptr %b87, align 4
  %inc129 = add nsw i32 %71, 1
  store i32 %inc129, ptr %b87, align 4
  br label %for.cond88, !llvm.loop !10

for.end130:                                       ; preds = %for.cond88
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @name_sum(ptr noundef %p) #0 {
entry:
  %p.addr = alloca ptr, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %p, ptr %p.addr, align 4
  store i32 0, ptr %s, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load ptr, ptr %p.addr, align 4
  %name = getelementptr inbounds %struct.Person, ptr %0, i32 0, i32 0
  %1 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [8 x i8], ptr %name, i32 0, i32 %1
  %2 = load i8, ptr %arrayidx, align 1
  %tobool = icmp ne i8 %2, 0
  br i1 %tobool, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %3 = load i32, ptr %s, align 4
  %mul = mul i32 %3, 31
  %4 = load ptr, ptr %p.addr, align 4
  %name1 = getelementptr inbounds %struct.Person, ptr %4, i32 0, i32 0
  %5 = load i32, ptr %i, align 4
  %arrayidx2 = getelementptr inbounds [8 x i8], ptr %name1, i32 0, i32 %5
  %6 = load i8, ptr %arrayidx2, align 1
  %conv = sext i8 %6 to i32
  %add = add i32 %mul, %conv
  store i32 %add, ptr %s, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %7 = load i32, ptr %i, align 4
  %inc = add nsw i32 %7, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !11

for.end:                                          ; preds = %for.cond
  %8 = load i32, ptr %s, align 4
  ret i32 %8
}

declare void @sb3_out_char(i32 noundef) #1

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #2

declare void @sb3_out_double(double noundef) #1

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
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
