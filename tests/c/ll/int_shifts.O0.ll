; ModuleID = 'tests/c/int_shifts.c'
source_filename = "tests/c/int_shifts.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@uv = hidden global [7 x i32] [i32 0, i32 1, i32 -2147483648, i32 -1, i32 305419896, i32 -559038737, i32 2147483647], align 16
@sv = hidden global [8 x i32] [i32 0, i32 1, i32 -1, i32 -2147483648, i32 2147483647, i32 -12345678, i32 12345678, i32 -2], align 16
@amounts = hidden global [10 x i32] [i32 0, i32 1, i32 2, i32 7, i32 8, i32 15, i32 16, i32 24, i32 30, i32 31], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @shl(i32 noundef %a, i32 noundef %n) #0 {
entry:
  %a.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %n.addr, align 4
  %shl = shl i32 %0, %1
  ret i32 %shl
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @lshr(i32 noundef %a, i32 noundef %n) #0 {
entry:
  %a.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %n.addr, align 4
  %shr = lshr i32 %0, %1
  ret i32 %shr
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @ashr(i32 noundef %a, i32 noundef %n) #0 {
entry:
  %a.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %n.addr, align 4
  %shr = ashr i32 %0, %1
  ret i32 %shr
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %k = alloca i32, align 4
  %i11 = alloca i32, align 4
  %k15 = alloca i32, align 4
  %i28 = alloca i32, align 4
  %v = alloca i32, align 4
  %u = alloca i32, align 4
  %i40 = alloca i32, align 4
  %b = alloca i8, align 1
  %sb = alloca i8, align 1
  %sh = alloca i16, align 2
  %w = alloca i64, align 8
  %k64 = alloca i32, align 4
  %i77 = alloca i32, align 4
  %k82 = alloca i32, align 4
  %x = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc8, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 7
  br i1 %cmp, label %for.body, label %for.end10

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %k, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %k, align 4
  %cmp2 = icmp slt i32 %1, 10
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [7 x i32], ptr @uv, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  %4 = load i32, ptr %k, align 4
  %arrayidx4 = getelementptr inbounds [10 x i32], ptr @amounts, i32 0, i32 %4
  %5 = load i32, ptr %arrayidx4, align 4
  %call = call i32 @shl(i32 noundef %3, i32 noundef %5) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %6 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [7 x i32], ptr @uv, i32 0, i32 %6
  %7 = load i32, ptr %arrayidx5, align 4
  %8 = load i32, ptr %k, align 4
  %arrayidx6 = getelementptr inbounds [10 x i32], ptr @amounts, i32 0, i32 %8
  %9 = load i32, ptr %arrayidx6, align 4
  %call7 = call i32 @lshr(i32 noundef %7, i32 noundef %9) #2
  call void @sb3_out_int(i32 noundef %call7) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %10 = load i32, ptr %k, align 4
  %inc = add nsw i32 %10, 1
  store i32 %inc, ptr %k, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc8

for.inc8:                                         ; preds = %for.end
  %11 = load i32, ptr %i, align 4
  %inc9 = add nsw i32 %11, 1
  store i32 %inc9, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end10:                                        ; preds = %for.cond
  store i32 0, ptr %i11, align 4
  br label %for.cond12

for.cond12:                                       ; preds = %for.inc25, %for.end10
  %12 = load i32, ptr %i11, align 4
  %cmp13 = icmp slt i32 %12, 8
  br i1 %cmp13, label %for.body14, label %for.end27

for.body14:                                       ; preds = %for.cond12
  store i32 0, ptr %k15, align 4
  br label %for.cond16

for.cond16:                                       ; preds = %for.inc22, %for.body14
  %13 = load i32, ptr %k15, align 4
  %cmp17 = icmp slt i32 %13, 10
  br i1 %cmp17, label %for.body18, label %for.end24

for.body18:                                       ; preds = %for.cond16
  %14 = load i32, ptr %i11, align 4
  %arrayidx19 = getelementptr inbounds [8 x i32], ptr @sv, i32 0, i32 %14
  %15 = load i32, ptr %arrayidx19, align 4
  %16 = load i32, ptr %k15, align 4
  %arrayidx20 = getelementptr inbounds [10 x i32], ptr @amounts, i32 0, i32 %16
  %17 = load i32, ptr %arrayidx20, align 4
  %call21 = call i32 @ashr(i32 noundef %15, i32 noundef %17) #2
  call void @sb3_out_int(i32 noundef %call21) #2
  br label %for.inc22

for.inc22:                                        ; preds = %for.body18
  %18 = load i32, ptr %k15, align 4
  %inc23 = add nsw i32 %18, 1
  store i32 %inc23, ptr %k15, align 4
  br label %for.cond16, !llvm.loop !5

for.end24:                                        ; preds = %for.cond16
  br label %for.inc25

for.inc25:                                        ; preds = %for.end24
  %19 = load i32, ptr %i11, align 4
  %inc26 = add nsw i32 %19, 1
  store i32 %inc26, ptr %i11, align 4
  br label %for.cond12, !llvm.loop !6

for.end27:                                        ; preds = %for.cond12
  store i32 0, ptr %i28, align 4
  br label %for.cond29

for.cond29:                                       ; preds = %for.inc37, %for.end27
  %20 = load i32, ptr %i28, align 4
  %cmp30 = icmp slt i32 %20, 8
  br i1 %cmp30, label %for.body31, label %for.end39

for.body31:                                       ; preds = %for.cond29
  %21 = load i32, ptr %i28, align 4
  %arrayidx32 = getelementptr inbounds [8 x i32], ptr @sv, i32 0, i32 %21
  %22 = load i32, ptr %arrayidx32, align 4
  store i32 %22, ptr %v, align 4
  %23 = load i32, ptr %v, align 4
  store i32 %23, ptr %u, align 4
  %24 = load i32, ptr %v, align 4
  %shr = ashr i32 %24, 31
  call void @sb3_out_int(i32 noundef %shr) #2
  %25 = load i32, ptr %u, align 4
  %shr33 = lshr i32 %25, 31
  call void @sb3_out_int(i32 noundef %shr33) #2
  %26 = load i32, ptr %u, align 4
  %shl = shl i32 %26, 31
  call void @sb3_out_int(i32 noundef %shl) #2
  %27 = load i32, ptr %v, align 4
  %shr34 = ashr i32 %27, 4
  call void @sb3_out_int(i32 noundef %shr34) #2
  %28 = load i32, ptr %u, align 4
  %shl35 = shl i32 %28, 4
  call void @sb3_out_int(i32 noundef %shl35) #2
  %29 = load i32, ptr %u, align 4
  %shr36 = lshr i32 %29, 0
  call void @sb3_out_int(i32 noundef %shr36) #2
  br label %for.inc37

for.inc37:                                        ; preds = %for.body31
  %30 = load i32, ptr %i28, align 4
  %inc38 = add nsw i32 %30, 1
  store i32 %inc38, ptr %i28, align 4
  br label %for.cond29, !llvm.loop !7

for.end39:                                        ; preds = %for.cond29
  store i32 0, ptr %i40, align 4
  br label %for.cond41

for.cond41:                                       ; preds = %for.inc61, %for.end39
  %31 = load i32, ptr %i40, align 4
  %cmp42 = icmp slt i32 %31, 8
  br i1 %cmp42, label %for.body43, label %for.end63

for.body43:                                       ; preds = %for.cond41
  %32 = load i32, ptr %i40, align 4
  %arrayidx44 = getelementptr inbounds [8 x i32], ptr @sv, i32 0, i32 %32
  %33 = load i32, ptr %arrayidx44, align 4
  %conv = trunc i32 %33 to i8
  store i8 %conv, ptr %b, align 1
  %34 = load i32, ptr %i40, align 4
  %arrayidx45 = getelementptr inbounds [8 x i32], ptr @sv, i32 0, i32 %34
  %35 = load i32, ptr %arrayidx45, align 4
  %conv46 = trunc i32 %35 to i8
  store i8 %conv46, ptr %sb, align 1
  %36 = load i32, ptr %i40, align 4
  %arrayidx47 = getelementptr inbounds [8 x i32], ptr @sv, i32 0, i32 %36
  %37 = load i32, ptr %arrayidx47, align 4
  %conv48 = trunc i32 %37 to i16
  store i16 %conv48, ptr %sh, align 2
  %38 = load i8, ptr %b, align 1
  %conv49 = zext i8 %38 to i32
  %shl50 = shl i32 %conv49, 3
  %conv51 = trunc i32 %shl50 to i8
  %conv52 = zext i8 %conv51 to i32
  call void @sb3_out_int(i32 noundef %conv52) #2
  %39 = load i8, ptr %sb, align 1
  %conv53 = sext i8 %39 to i32
  %shr54 = ashr i32 %conv53, 2
  call void @sb3_out_int(i32 noundef %shr54) #2
  %40 = load i16, ptr %sh, align 2
  %conv55 = zext i16 %40 to i32
  %shl56 = shl i32 %conv55, 5
  %conv57 = trunc i32 %shl56 to i16
  %conv58 = sext i16 %conv57 to i32
  call void @sb3_out_int(i32 noundef %conv58) #2
  %41 = load i16, ptr %sh, align 2
  %conv59 = sext i16 %41 to i32
  %shr60 = ashr i32 %conv59, 9
  call void @sb3_out_int(i32 noundef %shr60) #2
  br label %for.inc61

for.inc61:                                        ; preds = %for.body43
  %42 = load i32, ptr %i40, align 4
  %inc62 = add nsw i32 %42, 1
  store i32 %inc62, ptr %i40, align 4
  br label %for.cond41, !llvm.loop !8

for.end63:                                        ; preds = %for.cond41
  store i64 1, ptr %w, align 8
  store i32 0, ptr %k64, align 4
  br label %for.cond65

for.cond65:                                       ; preds = %for.inc75, %for.end63
  %43 = load i32, ptr %k64, align 4
  %cmp66 = icmp slt i32 %43, 52
  br i1 %cmp66, label %for.body68, label %for.end76

for.body68:                                       ; preds = %for.cond65
  %44 = load i64, ptr %w, align 8
  %45 = load i32, ptr %k64, align 4
  %sh_prom = zext i32 %45 to i64
  %shl69 = shl i64 %44, %sh_prom
  %conv70 = sitofp i64 %shl69 to double
  call void @sb3_out_double(double noundef %conv70) #2
  %46 = load i64, ptr %w, align 8
  %47 = load i32, ptr %k64, align 4
  %sh_prom71 = zext i32 %47 to i64
  %shl72 = shl i64 %46, %sh_prom71
  %sub = sub nsw i64 0, %shl72
  %shr73 = ashr i64 %sub, 2
  %conv74 = sitofp i64 %shr73 to double
  call void @sb3_out_double(double noundef %conv74) #2
  br label %for.inc75

for.inc75:                                        ; preds = %for.body68
  %48 = load i32, ptr %k64, align 4
  %add = add nsw i32 %48, 3
  store i32 %add, ptr %k64, align 4
  br label %for.cond65, !llvm.loop !9

for.end76:                                        ; preds = %for.cond65
  store i32 0, ptr %i77, align 4
  br label %for.cond78

for.cond78:                                       ; preds = %for.inc94, %for.end76
  %49 = load i32, ptr %i77, align 4
  %cmp79 = icmp slt i32 %49, 7
  br i1 %cmp79, label %for.body81, label %for.end96

for.body81:                                       ; preds = %for.cond78
  store i32 1, ptr %k82, align 4
  br label %for.cond83

for.cond83:                                       ; preds = %for.inc91, %for.body81
  %50 = load i32, ptr %k82, align 4
  %cmp84 = icmp slt i32 %50, 32
  br i1 %cmp84, label %for.body86, label %for.end93

for.body86:                                       ; preds = %for.cond83
  %51 = load i32, ptr %i77, align 4
  %arrayidx87 = getelementptr inbounds [7 x i32], ptr @uv, i32 0, i32 %51
  %52 = load i32, ptr %arrayidx87, align 4
  store i32 %52, ptr %x, align 4
  %53 = load i32, ptr %x, align 4
  %54 = load i32, ptr %k82, align 4
  %shl88 = shl i32 %53, %54
  %55 = load i32, ptr %x, align 4
  %56 = load i32, ptr %k82, align 4
  %sub89 = sub nsw i32 32, %56
  %shr90 = lshr i32 %55, %sub89
  %or = or i32 %shl88, %shr90
  call void @sb3_out_int(i32 noundef %or) #2
  br label %for.inc91

for.inc91:                                        ; preds = %for.body86
  %57 = load i32, ptr %k82, align 4
  %add92 = add nsw i32 %57, 6
  store i32 %add92, ptr %k82, align 4
  br label %for.cond83, !llvm.loop !10

for.end93:                                        ; preds = %for.cond83
  br label %for.inc94

for.inc94:                                        ; preds = %for.end93
  %58 = load i32, ptr %i77, align 4
  %inc95 = add nsw i32 %58, 1
  store i32 %inc95, ptr %i77, align 4
  br label %for.cond78, !llvm.loop !11

for.end96:                                        ; preds = %for.cond78
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

declare void @sb3_out_double(double noundef) #1

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
