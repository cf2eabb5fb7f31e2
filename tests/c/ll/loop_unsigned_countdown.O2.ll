; ModuleID = 'tests/c/loop_unsigned_countdown.c'
source_filename = "tests/c/loop_unsigned_countdown.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@n_in = hidden local_unnamed_addr global [5 x i32] [i32 0, i32 1, i32 10, i32 100, i32 1000], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @sum_to(i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp4 = icmp sgt i32 %n, 0
  br i1 %cmp4, label %for.body.preheader, label %for.cond.cleanup

for.body.preheader:                               ; preds = %entry
  %0 = add nsw i32 %n, -1
  %1 = zext nneg i32 %0 to i33
  %2 = add nsw i32 %n, -2
  %3 = zext i32 %2 to i33
  %4 = mul i33 %1, %3
  %5 = lshr i33 %4, 1
  %6 = trunc nuw i33 %5 to i32
  %7 = add i32 %6, %n
  %8 = add i32 %7, -1
  br label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body.preheader, %entry
  %s.0.lcssa = phi i32 [ 0, %entry ], [ %8, %for.body.preheader ]
  ret i32 %s.0.lcssa
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @sum_sq(i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp.not5 = icmp eq i32 %n, 0
  br i1 %cmp.not5, label %for.cond.cleanup, label %for.body.preheader

for.body.preheader:                               ; preds = %entry
  %0 = add i32 %n, 1
  %umax = tail call i32 @llvm.umax.i32(i32 %0, i32 2)
  %1 = add i32 %umax, -2
  %2 = zext i32 %1 to i33
  %3 = add i32 %umax, -3
  %4 = zext i32 %3 to i33
  %5 = mul i33 %2, %4
  %6 = add i32 %umax, -4
  %7 = zext i32 %6 to i33
  %8 = mul i33 %5, %7
  %9 = lshr i33 %8, 1
  %10 = trunc nuw i33 %9 to i32
  %11 = mul i32 %10, 1431655766
  %12 = lshr i33 %5, 1
  %13 = trunc nuw i33 %12 to i32
  %14 = mul i32 %13, 5
  %15 = add i32 %11, %14
  %16 = shl i32 %umax, 2
  %17 = add i32 %15, %16
  %18 = add i32 %17, -7
  br label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body.preheader, %entry
  %s.0.lcssa = phi i32 [ 0, %entry ], [ %18, %for.body.preheader ]
  ret i32 %s.0.lcssa
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @count_step(i32 noundef %from, i32 noundef %to, i32 noundef %step) local_unnamed_addr #1 {
entry:
  %cmp3 = icmp slt i32 %from, %to
  br i1 %cmp3, label %for.body, label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %c.0.lcssa = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  ret i32 %c.0.lcssa

for.body:                                         ; preds = %entry, %for.body
  %i.05 = phi i32 [ %add, %for.body ], [ %from, %entry ]
  %c.04 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %inc = add nuw nsw i32 %c.04, 1
  %add = add nsw i32 %i.05, %step
  %cmp = icmp slt i32 %add, %to
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !2
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %k.056 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [5 x i32], ptr @n_in, i32 0, i32 %k.056
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %call = tail call i32 @sum_to(i32 noundef %0) #5
  tail call void @sb3_out_int(i32 noundef %call) #6
  %1 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %call2 = tail call i32 @sum_sq(i32 noundef %1) #5
  tail call void @sb3_out_int(i32 noundef %call2) #6
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %sub = sub nsw i32 0, %2
  %call5 = tail call i32 @count_step(i32 noundef %sub, i32 noundef %2, i32 noundef 7) #5
  tail call void @sb3_out_int(i32 noundef %call5) #6
  %inc = add nuw nsw i32 %k.056, 1
  %exitcond.not = icmp eq i32 %inc, 5
  br i1 %exitcond.not, label %while.cond.preheader, label %for.body, !llvm.loop !9

while.cond.preheader:                             ; preds = %for.body
  tail call void @sb3_out_int(i32 noundef 45) #6
  tail call void @sb3_out_int(i32 noundef -1) #6
  br label %for.body9

for.body9:                                        ; preds = %while.cond.preheader, %for.body9
  %i.057 = phi i32 [ 5, %while.cond.preheader ], [ %dec11, %for.body9 ]
  tail call void @sb3_out_int(i32 noundef %i.057) #6
  %dec11 = add nsw i32 %i.057, -1
  %cmp7.not = icmp eq i32 %dec11, 0
  br i1 %cmp7.not, label %for.body17, label %for.body9, !llvm.loop !10

for.cond.cleanup16:                               ; preds = %for.body17
  tail call void @sb3_out_int(i32 noundef 8) #6
  tail call void @sb3_out_int(i32 noundef %spec.select) #6
  tail call void @sb3_out_int(i32 noundef -32736) #6
  tail call void @sb3_out_int(i32 noundef 8) #6
  ret i32 0

for.body17:                                       ; preds = %for.body9, %for.body17
  %i13.060 = phi i32 [ %inc25, %for.body17 ], [ 0, %for.body9 ]
  %wraps.059 = phi i32 [ %spec.select, %for.body17 ], [ 0, %for.body9 ]
  %c.058 = phi i8 [ %add18, %for.body17 ], [ 0, %for.body9 ]
  %add18 = add i8 %c.058, 3
  %cmp21 = icmp ugt i8 %c.058, -4
  %inc23 = zext i1 %cmp21 to i32
  %spec.select = add nuw nsw i32 %wraps.059, %inc23
  %inc25 = add nuw nsw i32 %i13.060, 1
  %exitcond63.not = icmp eq i32 %inc25, 600
  br i1 %exitcond63.not, label %for.cond.cleanup16, label %for.body17, !llvm.loop !11
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #4

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nobuiltin "no-builtins" }
attributes #6 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !3, !4}
!10 = distinct !{!10, !3, !4}
!11 = distinct !{!11, !3, !4}
