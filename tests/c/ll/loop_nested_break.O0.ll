; ModuleID = 'tests/c/loop_nested_break.c'
source_filename = "tests/c/loop_nested_break.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@limits = hidden global [5 x i32] [i32 5, i32 0, i32 3, i32 9, i32 1], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %found = alloca i32, align 4
  %i18 = alloca i32, align 4
  %j23 = alloca i32, align 4
  %a = alloca i32, align 4
  %s = alloca i32, align 4
  %b = alloca i32, align 4
  %c = alloca i32, align 4
  %count = alloca i32, align 4
  %x = alloca i32, align 4
  %y = alloca i32, align 4
  %z = alloca i32, align 4
  %n = alloca i32, align 4
  %steps = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc15, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 10
  br i1 %cmp, label %for.body, label %for.end17

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %rem = srem i32 %1, 3
  %cmp1 = icmp eq i32 %rem, 1
  br i1 %cmp1, label %if.then, label %if.end

if.then:                                          ; preds = %for.body
  br label %for.inc15

if.end:                                           ; preds = %for.body
  store i32 0, ptr %j, align 4
  br label %for.cond2

for.cond2:                                        ; preds = %for.inc, %if.end
  %2 = load i32, ptr %j, align 4
  %cmp3 = icmp slt i32 %2, 10
  br i1 %cmp3, label %for.body4, label %for.end

for.body4:                                        ; preds = %for.cond2
  %3 = load i32, ptr %j, align 4
  %rem5 = srem i32 %3, 2
  %tobool = icmp ne i32 %rem5, 0
  br i1 %tobool, label %if.then6, label %if.end7

if.then6:                                         ; preds = %for.body4
  br label %for.inc

if.end7:                                          ; preds = %for.body4
  %4 = load i32, ptr %i, align 4
  %5 = load i32, ptr %j, align 4
  %mul = mul nsw i32 %4, %5
  %cmp8 = icmp sgt i32 %mul, 30
  br i1 %cmp8, label %if.then9, label %if.end10

if.then9:                                         ; preds = %if.end7
  br label %for.end

if.end10:                                         ; preds = %if.end7
  %6 = load i32, ptr %i, align 4
  %mul11 = mul nsw i32 %6, 100
  %7 = load i32, ptr %j, align 4
  %add = add nsw i32 %mul11, %7
  call void @sb3_out_int(i32 noundef %add) #2
  br label %for.inc

for.inc:                                          ; preds = %if.end10, %if.then6
  %8 = load i32, ptr %j, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %j, align 4
  br label %for.cond2, !llvm.loop !2

for.end:                                          ; preds = %if.then9, %for.cond2
  %9 = load i32, ptr %i, align 4
  %cmp12 = icmp eq i32 %9, 8
  br i1 %cmp12, label %if.then13, label %if.end14

if.then13:                                        ; preds = %for.end
  br label %for.end17

if.end14:                                         ; preds = %for.end
  br label %for.inc15

for.inc15:                                        ; preds = %if.end14, %if.then
  %10 = load i32, ptr %i, align 4
  %inc16 = add nsw i32 %10, 1
  store i32 %inc16, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end17:                                        ; preds = %if.then13, %for.cond
  store i32 -1, ptr %found, align 4
  store i32 1, ptr %i18, align 4
  br label %for.cond19

for.cond19:                                       ; preds = %for.inc38, %for.end17
  %11 = load i32, ptr %i18, align 4
  %cmp20 = icmp slt i32 %11, 50
  br i1 %cmp20, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %for.cond19
  %12 = load i32, ptr %found, align 4
  %cmp21 = icmp slt i32 %12, 0
  br label %land.end

land.end:                                         ; preds = %land.rhs, %for.cond19
  %13 = phi i1 [ false, %for.cond19 ], [ %cmp21, %land.rhs ]
  br i1 %13, label %for.body22, label %for.end40

for.body22:                                       ; preds = %land.end
  store i32 1, ptr %j23, align 4
  br label %for.cond24

for.cond24:                                       ; preds = %for.inc35, %for.body22
  %14 = load i32, ptr %j23, align 4
  %cmp25 = icmp slt i32 %14, 50
  br i1 %cmp25, label %for.body26, label %for.end37

for.body26:                                       ; preds = %for.cond24
  %15 = load i32, ptr %i18, align 4
  %16 = load i32, ptr %i18, align 4
  %mul27 = mul nsw i32 %15, %16
  %17 = load i32, ptr %j23, align 4
  %18 = load i32, ptr %j23, align 4
  %mul28 = mul nsw i32 %17, %18
  %add29 = add nsw i32 %mul27, %mul28
  %cmp30 = icmp eq i32 %add29, 1000
  br i1 %cmp30, label %if.then31, label %if.end34

if.then31:                                        ; preds = %for.body26
  %19 = load i32, ptr %i18, align 4
  %mul32 = mul nsw i32 %19, 1000
  %20 = load i32, ptr %j23, align 4
  %add33 = add nsw i32 %mul32, %20
  store i32 %add33, ptr %found, align 4
  br label %for.end37

if.end34:                                         ; preds = %for.body26
  br label %for.inc35

for.inc35:                                        ; preds = %if.end34
  %21 = load i32, ptr %j23, align 4
  %inc36 = add nsw i32 %21, 1
  store i32 %inc36, ptr %j23, align 4
  br label %for.cond24, !llvm.loop !5

for.end37:                                        ; preds = %if.then31, %for.cond24
  br label %for.inc38

for.inc38:                                        ; preds = %for.end37
  %22 = load i32, ptr %i18, align 4
  %inc39 = add nsw i32 %22, 1
  store i32 %inc39, ptr %i18, align 4
  br label %for.cond19, !llvm.loop !6

for.end40:                                        ; preds = %land.end
  %23 = load i32, ptr %found, align 4
  call void @sb3_out_int(i32 noundef %23) #2
  store i32 0, ptr %a, align 4
  br label %for.cond41

for.cond41:                                       ; preds = %for.inc60, %for.end40
  %24 = load i32, ptr %a, align 4
  %cmp42 = icmp slt i32 %24, 5
  br i1 %cmp42, label %for.body43, label %for.end62

for.body43:                                       ; preds = %for.cond41
  store i32 0, ptr %s, align 4
  store i32 0, ptr %b, align 4
  br label %for.cond44

for.cond44:                                       ; preds = %for.inc57, %for.body43
  %25 = load i32, ptr %b, align 4
  %26 = load i32, ptr %a, align 4
  %arrayidx = getelementptr inbounds [5 x i32], ptr @limits, i32 0, i32 %26
  %27 = load i32, ptr %arrayidx, align 4
  %cmp45 = icmp slt i32 %25, %27
  br i1 %cmp45, label %for.body46, label %for.end59

for.body46:                                       ; preds = %for.cond44
  %28 = load i32, ptr %b, align 4
  store i32 %28, ptr %c, align 4
  br label %for.cond47

for.cond47:                                       ; preds = %for.inc54, %for.body46
  %29 = load i32, ptr %c, align 4
  %30 = load i32, ptr %a, align 4
  %arrayidx48 = getelementptr inbounds [5 x i32], ptr @limits, i32 0, i32 %30
  %31 = load i32, ptr %arrayidx48, align 4
  %cmp49 = icmp slt i32 %29, %31
  br i1 %cmp49, label %for.body50, label %for.end56

for.body50:                                       ; preds = %for.cond47
  %32 = load i32, ptr %b, align 4
  %33 = load i32, ptr %c, align 4
  %mul51 = mul nsw i32 %32, %33
  %add52 = add nsw i32 %mul51, 1
  %34 = load i32, ptr %s, align 4
  %add53 = add nsw i32 %34, %add52
  store i32 %add53, ptr %s, align 4
  br label %for.inc54

for.inc54:                                        ; preds = %for.body50
  %35 = load i32, ptr %c, align 4
  %inc55 = add nsw i32 %35, 1
  store i32 %inc55, ptr %c, align 4
  br label %for.cond47, !llvm.loop !7

for.end56:                                        ; preds = %for.cond47
  br label %for.inc57

for.inc57:                                        ; preds = %for.end56
  %36 = load i32, ptr %b, align 4
  %inc58 = add nsw i32 %36, 1
  store i32 %inc58, ptr %b, align 4
  br label %for.cond44, !llvm.loop !8

for.end59:                                        ; preds = %for.cond44
  %37 = load i32, ptr %s, align 4
  call void @sb3_out_int(i32 noundef %37) #2
  br label %for.inc60

for.inc60:                                        ; preds = %for.end59
  %38 = load i32, ptr %a, align 4
  %inc61 = add nsw i32 %38, 1
  store i32 %inc61, ptr %a, align 4
  br label %for.cond41, !llvm.loop !9

for.end62:                                        ; preds = %for.cond41
  store i32 0, ptr %count, align 4
  store i32 0, ptr %x, align 4
  br label %for.cond63

for.cond63:                                       ; preds = %for.inc88, %for.end62
  %39 = load i32, ptr %x, align 4
  %cmp64 = icmp slt i32 %39, 8
  br i1 %cmp64, label %for.body65, label %for.end90

for.body65:                                       ; preds = %for.cond63
  store i32 0, ptr %y, align 4
  br label %for.cond66

for.cond66:                                       ; preds = %for.inc85, %for.body65
  %40 = load i32, ptr %y, align 4
  %cmp67 = icmp slt i32 %40, 8
  br i1 %cmp67, label %for.body68, label %for.end87

for.body68:                                       ; preds = %for.cond66
  %41 = load i32, ptr %x, align 4
  %42 = load i32, ptr %y, align 4
  %add69 = add nsw i32 %41, %42
  %rem70 = srem i32 %add69, 4
  %cmp71 = icmp eq i32 %rem70, 0
  br i1 %cmp71, label %if.then72, label %if.end73

if.then72:                                        ; preds = %for.body68
  br label %for.inc85

if.end73:                                         ; preds = %for.body68
  store i32 0, ptr %z, align 4
  br label %for.cond74

for.cond74:                                       ; preds = %for.inc82, %if.end73
  %43 = load i32, ptr %z, align 4
  %cmp75 = icmp slt i32 %43, 8
  br i1 %cmp75, label %for.body76, label %for.end84

for.body76:                                       ; preds = %for.cond74
  %44 = load i32, ptr %z, align 4
  %45 = load i32, ptr %y, align 4
  %cmp77 = icmp sgt i32 %44, %45
  br i1 %cmp77, label %if.then78, label %if.end79

if.then78:                                        ; preds = %for.body76
  br label %for.end84

if.end79:                                         ; preds = %for.body76
  %46 = load i32, ptr %x, align 4
  %47 = load i32, ptr %y, align 4
  %xor = xor i32 %46, %47
  %48 = load i32, ptr %z, align 4
  %xor80 = xor i32 %xor, %48
  %49 = load i32, ptr %count, align 4
  %add81 = add nsw i32 %49, %xor80
  store i32 %add81, ptr %count, align 4
  br label %for.inc82

for.inc82:                                        ; preds = %if.end79
  %50 = load i32, ptr %z, align 4
  %inc83 = add nsw i32 %50, 1
  store i32 %inc83, ptr %z, align 4
  br label %for.cond74, !llvm.loop !10

for.end84:                                        ; preds = %if.then78, %for.cond74
  br label %for.inc85

for.inc85:                                        ; preds = %for.end84, %if.then72
  %51 = load i32, ptr %y, align 4
  %inc86 = add nsw i32 %51, 1
  store i32 %inc86, ptr %y, align 4
  br label %for.cond66, !llvm.loop !11

for.end87:                                        ; preds = %for.cond66
  br label %for.inc88

for.inc88:                                        ; preds = %for.end87
  %52 = load i32, ptr %x, align 4
  %inc89 = add nsw i32 %52, 1
  store i32 %inc89, ptr %x, align 4
  br label %for.cond63, !llvm.loop !12

for.end90:                                        ; preds = %for.cond63
  %53 = load i32, ptr %count, align 4
  call void @sb3_out_int(i32 noundef %53) #2
  store i32 27, ptr %n, align 4
  store i32 0, ptr %steps, align 4
  br label %while.body

while.body:                                       ; preds = %for.end90, %cond.end
  %54 = load i32, ptr %n, align 4
  %cmp91 = icmp eq i32 %54, 1
  br i1 %cmp91, label %if.then92, label %if.end93

if.then92:                                        ; preds = %while.body
  br label %while.end

if.end93:                                         ; preds = %while.body
  %55 = load i32, ptr %n, align 4
  %rem94 = srem i32 %55, 2
  %tobool95 = icmp ne i32 %rem94, 0
  br i1 %tobool95, label %cond.true, label %cond.false

cond.true:                                        ; preds = %if.end93
  %56 = load i32, ptr %n, align 4
  %mul96 = mul nsw i32 3, %56
  %add97 = add nsw i32 %mul96, 1
  br label %cond.end

cond.false:                                       ; preds = %if.end93
  %57 = load i32, ptr %n, align 4
  %div = sdiv i32 %57, 2
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %add97, %cond.true ], [ %div, %cond.false ]
  store i32 %cond, ptr %n, align 4
  %58 = load i32, ptr %steps, align 4
  %inc98 = add nsw i32 %58, 1
  store i32 %inc98, ptr %steps, align 4
  br label %while.body

while.end:                                        ; preds = %if.then92
  %59 = load i32, ptr %steps, align 4
  call void @sb3_out_int(i32 noundef %59) #2
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
!9 = distinct !{!9, !3}
!10 = distinct !{!10, !3}
!11 = distinct !{!11, !3}
!12 = distinct !{!12, !3}
