; ModuleID = 'tests/c/array_2d.c'
source_filename = "tests/c/array_2d.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@grid = hidden global [6 x [7 x i32]] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %r = alloca i32, align 4
  %c = alloca i32, align 4
  %r9 = alloca i32, align 4
  %c17 = alloca i32, align 4
  %s = alloca i32, align 4
  %r21 = alloca i32, align 4
  %t = alloca [7 x [6 x i32]], align 16
  %r34 = alloca i32, align 4
  %c38 = alloca i32, align 4
  %ps = alloca [7 x [8 x i32]], align 16
  %r56 = alloca i32, align 4
  %c60 = alloca i32, align 4
  %v = alloca [50 x i32], align 16
  %i = alloca i32, align 4
  %acc = alloca i32, align 4
  %i112 = alloca i32, align 4
  store i32 0, ptr %r, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc6, %entry
  %0 = load i32, ptr %r, align 4
  %cmp = icmp slt i32 %0, 6
  br i1 %cmp, label %for.body, label %for.end8

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %c, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %c, align 4
  %cmp2 = icmp slt i32 %1, 7
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %r, align 4
  %mul = mul nsw i32 %2, 7
  %3 = load i32, ptr %c, align 4
  %add = add nsw i32 %mul, %3
  %4 = load i32, ptr %r, align 4
  %5 = load i32, ptr %c, align 4
  %sub = sub nsw i32 %4, %5
  %mul4 = mul nsw i32 %add, %sub
  %6 = load i32, ptr %r, align 4
  %arrayidx = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %6
  %7 = load i32, ptr %c, align 4
  %arrayidx5 = getelementptr inbounds [7 x i32], ptr %arrayidx, i32 0, i32 %7
  store i32 %mul4, ptr %arrayidx5, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %8 = load i32, ptr %c, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %c, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc6

for.inc6:                                         ; preds = %for.end
  %9 = load i32, ptr %r, align 4
  %inc7 = add nsw i32 %9, 1
  store i32 %inc7, ptr %r, align 4
  br label %for.cond, !llvm.loop !4

for.end8:                                         ; preds = %for.cond
  store i32 0, ptr %r9, align 4
  br label %for.cond10

for.cond10:                                       ; preds = %for.inc14, %for.end8
  %10 = load i32, ptr %r9, align 4
  %cmp11 = icmp slt i32 %10, 6
  br i1 %cmp11, label %for.body12, label %for.end16

for.body12:                                       ; preds = %for.cond10
  %11 = load i32, ptr %r9, align 4
  %arrayidx13 = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %11
  %arraydecay = getelementptr inbounds [7 x i32], ptr %arrayidx13, i32 0, i32 0
  %call = call i32 @local_sum(ptr noundef %arraydecay, i32 noundef 7) #2
  call void @sb3_out_int(i32 noundef %call) #2
  br label %for.inc14

for.inc14:                                        ; preds = %for.body12
  %12 = load i32, ptr %r9, align 4
  %inc15 = add nsw i32 %12, 1
  store i32 %inc15, ptr %r9, align 4
  br label %for.cond10, !llvm.loop !5

for.end16:                                        ; preds = %for.cond10
  store i32 0, ptr %c17, align 4
  br label %for.cond18

for.cond18:                                       ; preds = %for.inc31, %for.end16
  %13 = load i32, ptr %c17, align 4
  %cmp19 = icmp slt i32 %13, 7
  br i1 %cmp19, label %for.body20, label %for.end33

for.body20:                                       ; preds = %for.cond18
  store i32 0, ptr %s, align 4
  store i32 0, ptr %r21, align 4
  br label %for.cond22

for.cond22:                                       ; preds = %for.inc28, %for.body20
  %14 = load i32, ptr %r21, align 4
  %cmp23 = icmp slt i32 %14, 6
  br i1 %cmp23, label %for.body24, label %for.end30

for.body24:                                       ; preds = %for.cond22
  %15 = load i32, ptr %r21, align 4
  %arrayidx25 = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %15
  %16 = load i32, ptr %c17, align 4
  %arrayidx26 = getelementptr inbounds [7 x i32], ptr %arrayidx25, i32 0, i32 %16
  %17 = load i32, ptr %arrayidx26, align 4
  %18 = load i32, ptr %s, align 4
  %add27 = add nsw i32 %18, %17
  store i32 %add27, ptr %s, align 4
  br label %for.inc28

for.inc28:                                        ; preds = %for.body24
  %19 = load i32, ptr %r21, align 4
  %inc29 = add nsw i32 %19, 1
  store i32 %inc29, ptr %r21, align 4
  br label %for.cond22, !llvm.loop !6

for.end30:                                        ; preds = %for.cond22
  %20 = load i32, ptr %s, align 4
  call void @sb3_out_int(i32 noundef %20) #2
  br label %for.inc31

for.inc31:                                        ; preds = %for.end30
  %21 = load i32, ptr %c17, align 4
  %inc32 = add nsw i32 %21, 1
  store i32 %inc32, ptr %c17, align 4
  br label %for.cond18, !llvm.loop !7

for.end33:                                        ; preds = %for.cond18
  store i32 0, ptr %r34, align 4
  br label %for.cond35

for.cond35:                                       ; preds = %for.inc49, %for.end33
  %22 = load i32, ptr %r34, align 4
  %cmp36 = icmp slt i32 %22, 6
  br i1 %cmp36, label %for.body37, label %for.end51

for.body37:                                       ; preds = %for.cond35
  store i32 0, ptr %c38, align 4
  br label %for.cond39

for.cond39:                                       ; preds = %for.inc46, %for.body37
  %23 = load i32, ptr %c38, align 4
  %cmp40 = icmp slt i32 %23, 7
  br i1 %cmp40, label %for.body41, label %for.end48

for.body41:                                       ; preds = %for.cond39
  %24 = load i32, ptr %r34, align 4
  %arrayidx42 = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %24
  %25 = load i32, ptr %c38, align 4
  %arrayidx43 = getelementptr inbounds [7 x i32], ptr %arrayidx42, i32 0, i32 %25
  %26 = load i32, ptr %arrayidx43, align 4
  %27 = load i32, ptr %c38, align 4
  %arrayidx44 = getelementptr inbounds [7 x [6 x i32]], ptr %t, i32 0, i32 %27
  %28 = load i32, ptr %r34, align 4
  %arrayidx45 = getelementptr inbounds [6 x i32], ptr %arrayidx44, i32 0, i32 %28
  store i32 %26, ptr %arrayidx45, align 4
  br label %for.inc46

for.inc46:                                        ; preds = %for.body41
  %29 = load i32, ptr %c38, align 4
  %inc47 = add nsw i32 %29, 1
  store i32 %inc47, ptr %c38, align 4
  br label %for.cond39, !llvm.loop !8

for.end48:                                        ; preds = %for.cond39
  br label %for.inc49

for.inc49:                                        ; preds = %for.end48
  %30 = load i32, ptr %r34, align 4
  %inc50 = add nsw i32 %30, 1
  store i32 %inc50, ptr %r34, align 4
  br label %for.cond35, !llvm.loop !9

for.end51:                                        ; preds = %for.cond35
  %arrayidx52 = getelementptr inbounds [7 x [6 x i32]], ptr %t, i32 0, i32 6
  %arrayidx53 = getelementptr inbounds [6 x i32], ptr %arrayidx52, i32 0, i32 5
  %31 = load i32, ptr %arrayidx53, align 4
  call void @sb3_out_int(i32 noundef %31) #2
  %arrayidx54 = getelementptr inbounds [7 x [6 x i32]], ptr %t, i32 0, i32 3
  %arrayidx55 = getelementptr inbounds [6 x i32], ptr %arrayidx54, i32 0, i32 1
  %32 = load i32, ptr %arrayidx55, align 4
  call void @sb3_out_int(i32 noundef %32) #2
  store i32 0, ptr %r56, align 4
  br label %for.cond57

for.cond57:                                       ; preds = %for.inc88, %for.end51
  %33 = load i32, ptr %r56, align 4
  %cmp58 = icmp sle i32 %33, 6
  br i1 %cmp58, label %for.body59, label %for.end90

for.body59:                                       ; preds = %for.cond57
  store i32 0, ptr %c60, align 4
  br label %for.cond61

for.cond61:                                       ; preds = %for.inc85, %for.body59
  %34 = load i32, ptr %c60, align 4
  %cmp62 = icmp sle i32 %34, 7
  br i1 %cmp62, label %for.body63, label %for.end87

for.body63:                                       ; preds = %for.cond61
  %35 = load i32, ptr %r56, align 4
  %cmp64 = icmp eq i32 %35, 0
  br i1 %cmp64, label %cond.true, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %for.body63
  %36 = load i32, ptr %c60, align 4
  %cmp65 = icmp eq i32 %36, 0
  br i1 %cmp65, label %cond.true, label %cond.false

cond.true:                                        ; preds = %lor.lhs.false, %for.body63
  br label %cond.end

cond.false:                                       ; preds = %lor.lhs.false
  %37 = load i32, ptr %r56, align 4
  %sub66 = sub nsw i32 %37, 1
  %arrayidx67 = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %sub66
  %38 = load i32, ptr %c60, align 4
  %sub68 = sub nsw i32 %38, 1
  %arrayidx69 = getelementptr inbounds [7 x i32], ptr %arrayidx67, i32 0, i32 %sub68
  %39 = load i32, ptr %arrayidx69, align 4
  %40 = load i32, ptr %r56, align 4
  %sub70 = sub nsw i32 %40, 1
  %arrayidx71 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 %sub70
  %41 = load i32, ptr %c60, align 4
  %arrayidx72 = getelementptr inbounds [8 x i32], ptr %arrayidx71, i32 0, i32 %41
  %42 = load i32, ptr %arrayidx72, align 4
  %add73 = add nsw i32 %39, %42
  %43 = load i32, ptr %r56, align 4
  %arrayidx74 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 %43
  %44 = load i32, ptr %c60, align 4
  %sub75 = sub nsw i32 %44, 1
  %arrayidx76 = getelementptr inbounds [8 x i32], ptr %arrayidx74, i32 0, i32 %sub75
  %45 = load i32, ptr %arrayidx76, align 4
  %add77 = add nsw i32 %add73, %45
  %46 = load i32, ptr %r56, align 4
  %sub78 = sub nsw i32 %46, 1
  %arrayidx79 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 %sub78
  %47 = load i32, ptr %c60, align 4
  %sub80 = sub nsw i32 %47, 1
  %arrayidx81 = getelementptr inbounds [8 x i32], ptr %arrayidx79, i32 0, i32 %sub80
  %48 = load i32, ptr %arrayidx81, align 4
  %sub82 = sub nsw i32 %add77, %48
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ 0, %cond.true ], [ %sub82, %cond.false ]
  %49 = load i32, ptr %r56, align 4
  %arrayidx83 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 %49
  %50 = load i32, ptr %c60, align 4
  %arrayidx84 = getelementptr inbounds [8 x i32], ptr %arrayidx83, i32 0, i32 %50
  store i32 %cond, ptr %arrayidx84, align 4
  br label %for.inc85

for.inc85:                                        ; preds = %cond.end
  %51 = load i32, ptr %c60, align 4
  %inc86 = add nsw i32 %51, 1
  store i32 %inc86, ptr %c60, align 4
  br label %for.cond61, !llvm.loop !10

for.end87:                                        ; preds = %for.cond61
  br label %for.inc88

for.inc88:                                        ; preds = %for.end87
  %52 = load i32, ptr %r56, align 4
  %inc89 = add nsw i32 %52, 1
  store i32 %inc89, ptr %r56, align 4
  br label %for.cond57, !llvm.loop !11

for.end90:                                        ; preds = %for.cond57
  %arrayidx91 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 6
  %arrayidx92 = getelementptr inbounds [8 x i32], ptr %arrayidx91, i32 0, i32 7
  %53 = load i32, ptr %arrayidx92, align 4
  call void @sb3_out_int(i32 noundef %53) #2
  %arrayidx93 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 3
  %arrayidx94 = getelementptr inbounds [8 x i32], ptr %arrayidx93, i32 0, i32 4
  %54 = load i32, ptr %arrayidx94, align 16
  %arrayidx95 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 1
  %arrayidx96 = getelementptr inbounds [8 x i32], ptr %arrayidx95, i32 0, i32 4
  %55 = load i32, ptr %arrayidx96, align 16
  %sub97 = sub nsw i32 %54, %55
  %arrayidx98 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 3
  %arrayidx99 = getelementptr inbounds [8 x i32], ptr %arrayidx98, i32 0, i32 2
  %56 = load i32, ptr %arrayidx99, align 8
  %sub100 = sub nsw i32 %sub97, %56
  %arrayidx101 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 1
  %arrayidx102 = getelementptr inbounds [8 x i32], ptr %arrayidx101, i32 0, i32 2
  %57 = load i32, ptr %arrayidx102, align 8
  %add103 = add nsw i32 %sub100, %57
  call void @sb3_out_int(i32 noundef %add103) #2
  store i32 0, ptr %i, align 4
  br label %for.cond104

for.cond104:                                      ; preds = %for.inc109, %for.end90
  %58 = load i32, ptr %i, align 4
  %cmp105 = icmp slt i32 %58, 50
  br i1 %cmp105, label %for.body106, label %for.end111

for.body106:                                      ; preds = %for.cond104
  %59 = load i32, ptr %i, align 4
  %60 = load i32, ptr %i, align 4
  %mul107 = mul nsw i32 %59, %60
  %rem = srem i32 %mul107, 17
  %61 = load i32, ptr %i, align 4
  %arrayidx108 = getelementptr inbounds [50 x i32], ptr %v, i32 0, i32 %61
  store i32 %rem, ptr %arrayidx108, align 4
  br label %for.inc109

for.inc109:                                       ; preds = %for.body106
  %62 = load i32, ptr %i, align 4
  %inc110 = add nsw i32 %62, 1
  store i32 %inc110, ptr %i, align 4
  br label %for.cond104, !llvm.loop !12

for.end111:                                       ; preds = %for.cond104
  store i32 0, ptr %acc, align 4
  store i32 49, ptr %i112, align 4
  br label %for.cond113

for.cond113:                                      ; preds = %for.inc119, %for.end111
  %63 = load i32, ptr %i112, align 4
  %cmp114 = icmp sge i32 %63, 0
  br i1 %cmp114, label %for.body115, label %for.end121

for.body115:                                      ; preds = %for.cond113
  %64 = load i32, ptr %acc, align 4
  %mul116 = mul nsw i32 %64, 3
  %65 = load i32, ptr %i112, align 4
  %arrayidx117 = getelementptr inbounds [50 x i32], ptr %v, i32 0, i32 %65
  %66 = load i32, ptr %arrayidx117, align 4
  %add118 = add nsw i32 %mul116, %66
  store i32 %add118, ptr %acc, align 4
  br label %for.inc119

for.inc119:                                       ; preds = %for.body115
  %67 = load i32, ptr %i112, align 4
  %sub120 = sub nsw i32 %67, 3
  store i32 %sub120, ptr %i112, align 4
  br label %for.cond113, !llvm.loop !13

for.end121:                                       ; preds = %for.cond113
  %68 = load i32, ptr %acc, align 4
  %rem122 = srem i32 %68, 1000003
  call void @sb3_out_int(i32 noundef %rem122) #2
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

; Function Attrs: noinline nounwind optnone
define internal i32 @local_sum(ptr noundef %row, i32 noundef %n) #0 {
entry:
  %row.addr = alloca ptr, align 4
  %n.addr = alloca i32, align 4
  %s = alloca i32, align 4
  %i = alloca i32, align 4
  store ptr %row, ptr %row.addr, align 4
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
  %2 = load ptr, ptr %row.addr, align 4
  %3 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds i32, ptr %2, i32 %3
  %4 = load i32, ptr %arrayidx, align 4
  %5 = load i32, ptr %s, align 4
  %add = add nsw i32 %5, %4
  store i32 %add, ptr %s, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %6 = load i32, ptr %i, align 4
  %inc = add nsw i32 %6, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !14

for.end:                                          ; preds = %for.cond
  %7 = load i32, ptr %s, align 4
  ret i32 %7
}

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
!13 = distinct !{!13, !3}
!14 = distinct !{!14, !3}
