; ModuleID = 'tests/c/phi_cycles.c'
source_filename = "tests/c/phi_cycles.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@seeds = hidden local_unnamed_addr global [5 x i32] [i32 1, i32 2, i32 3, i32 5, i32 8], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @swap_loop(i32 noundef %a, i32 noundef %b, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %smax = tail call i32 @llvm.smax.i32(i32 %n, i32 0)
  br label %for.cond

for.cond:                                         ; preds = %for.cond, %entry
  %b.addr.0 = phi i32 [ %b, %entry ], [ %a.addr.0, %for.cond ]
  %i.0 = phi i32 [ 0, %entry ], [ %inc, %for.cond ]
  %a.addr.0 = phi i32 [ %a, %entry ], [ %b.addr.0, %for.cond ]
  %inc = add nuw i32 %i.0, 1
  %exitcond.not = icmp eq i32 %i.0, %smax
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.cond, !llvm.loop !2

for.cond.cleanup:                                 ; preds = %for.cond
  %mul = mul nsw i32 %a.addr.0, 1000
  %add = add nsw i32 %mul, %b.addr.0
  ret i32 %add
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @rotate3(i32 noundef %a, i32 noundef %b, i32 noundef %c, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp9 = icmp sgt i32 %n, 0
  br i1 %cmp9, label %for.body, label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %c.addr.0.lcssa = phi i32 [ %c, %entry ], [ %add, %for.body ]
  %b.addr.0.lcssa = phi i32 [ %b, %entry ], [ %c.addr.010, %for.body ]
  %a.addr.0.lcssa = phi i32 [ %a, %entry ], [ %b.addr.011, %for.body ]
  %mul = mul nsw i32 %a.addr.0.lcssa, 10000
  %mul1 = mul nsw i32 %b.addr.0.lcssa, 100
  %add2 = add i32 %mul1, %c.addr.0.lcssa
  %add3 = add i32 %add2, %mul
  ret i32 %add3

for.body:                                         ; preds = %entry, %for.body
  %a.addr.013 = phi i32 [ %b.addr.011, %for.body ], [ %a, %entry ]
  %i.012 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %b.addr.011 = phi i32 [ %c.addr.010, %for.body ], [ %b, %entry ]
  %c.addr.010 = phi i32 [ %add, %for.body ], [ %c, %entry ]
  %add = add nsw i32 %a.addr.013, %i.012
  %inc = add nuw nsw i32 %i.012, 1
  %exitcond.not = icmp eq i32 %inc, %n
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !5
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @fib_pair(i32 noundef %n) local_unnamed_addr #0 {
entry:
  %tobool.not3 = icmp eq i32 %n, 0
  br i1 %tobool.not3, label %while.end, label %while.body

while.body:                                       ; preds = %entry, %while.body
  %n.addr.06 = phi i32 [ %dec, %while.body ], [ %n, %entry ]
  %b.05 = phi i32 [ %add, %while.body ], [ 1, %entry ]
  %a.04 = phi i32 [ %b.05, %while.body ], [ 0, %entry ]
  %dec = add nsw i32 %n.addr.06, -1
  %add = add i32 %b.05, %a.04
  %tobool.not = icmp eq i32 %dec, 0
  br i1 %tobool.not, label %while.end, label %while.body, !llvm.loop !6

while.end:                                        ; preds = %while.body, %entry
  %a.0.lcssa = phi i32 [ 0, %entry ], [ %b.05, %while.body ]
  ret i32 %a.0.lcssa
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @gcd_loop(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %cmp.not4 = icmp eq i32 %b, 0
  br i1 %cmp.not4, label %while.end, label %while.body

while.body:                                       ; preds = %entry, %while.body
  %a.addr.06 = phi i32 [ %b.addr.05, %while.body ], [ %a, %entry ]
  %b.addr.05 = phi i32 [ %rem, %while.body ], [ %b, %entry ]
  %rem = srem i32 %a.addr.06, %b.addr.05
  %cmp.not = icmp eq i32 %rem, 0
  br i1 %cmp.not, label %while.end, label %while.body, !llvm.loop !7

while.end:                                        ; preds = %while.body, %entry
  %a.addr.0.lcssa = phi i32 [ %a, %entry ], [ %b.addr.05, %while.body ]
  ret i32 %a.addr.0.lcssa
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @lost_copy(i32 noundef %n) local_unnamed_addr #0 {
entry:
  br label %do.body

do.body:                                          ; preds = %do.body, %entry
  %x.0 = phi i32 [ 1, %entry ], [ %add, %do.body ]
  %mul = shl nsw i32 %x.0, 1
  %add = or disjoint i32 %mul, 1
  %cmp = icmp slt i32 %add, %n
  br i1 %cmp, label %do.body, label %do.end, !llvm.loop !8

do.end:                                           ; preds = %do.body
  %mul1 = mul nsw i32 %x.0, 100000
  %rem = srem i32 %add, 100000
  %add2 = add nsw i32 %rem, %mul1
  ret i32 %add2
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %n.052 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [5 x i32], ptr @seeds, i32 0, i32 %n.052
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !9
  %sub = sub nuw nsw i32 4, %n.052
  %arrayidx1 = getelementptr inbounds [5 x i32], ptr @seeds, i32 0, i32 %sub
  %1 = load i32, ptr %arrayidx1, align 4, !tbaa !9
  %call = tail call i32 @swap_loop(i32 noundef %0, i32 noundef %1, i32 noundef %n.052) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %2 = load i32, ptr @seeds, align 16, !tbaa !9
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @seeds, i32 4), align 4, !tbaa !9
  %4 = load i32, ptr getelementptr inbounds (i8, ptr @seeds, i32 8), align 8, !tbaa !9
  %5 = load i32, ptr %arrayidx, align 4, !tbaa !9
  %add = add nsw i32 %5, %n.052
  %call3 = tail call i32 @rotate3(i32 noundef %2, i32 noundef %3, i32 noundef %4, i32 noundef %add) #4
  tail call void @sb3_out_int(i32 noundef %call3) #5
  %inc = add nuw nsw i32 %n.052, 1
  %exitcond.not = icmp eq i32 %inc, 5
  br i1 %exitcond.not, label %for.body8, label %for.body, !llvm.loop !13

for.cond.cleanup7:                                ; preds = %for.body8
  %call13 = tail call i32 @gcd_loop(i32 noundef 1071, i32 noundef 462) #4
  tail call void @sb3_out_int(i32 noundef %call13) #5
  %call14 = tail call i32 @gcd_loop(i32 noundef -48, i32 noundef 18) #4
  tail call void @sb3_out_int(i32 noundef %call14) #5
  %call15 = tail call i32 @gcd_loop(i32 noundef 17, i32 noundef 0) #4
  tail call void @sb3_out_int(i32 noundef %call15) #5
  br label %for.body20

for.body8:                                        ; preds = %for.body, %for.body8
  %n4.053 = phi i32 [ %add11, %for.body8 ], [ 0, %for.body ]
  %call9 = tail call i32 @fib_pair(i32 noundef %n4.053) #4
  tail call void @sb3_out_int(i32 noundef %call9) #5
  %add11 = add nuw nsw i32 %n4.053, 7
  %cmp6 = icmp ult i32 %n4.053, 53
  br i1 %cmp6, label %for.body8, label %for.cond.cleanup7, !llvm.loop !14

for.body20:                                       ; preds = %for.cond.cleanup7, %for.body20
  %n16.054 = phi i32 [ 0, %for.cond.cleanup7 ], [ %inc24, %for.body20 ]
  %arrayidx21 = getelementptr inbounds [5 x i32], ptr @seeds, i32 0, i32 %n16.054
  %6 = load i32, ptr %arrayidx21, align 4, !tbaa !9
  %mul = mul nsw i32 %6, 100
  %call22 = tail call i32 @lost_copy(i32 noundef %mul) #4
  tail call void @sb3_out_int(i32 noundef %call22) #5
  %inc24 = add nuw nsw i32 %n16.054, 1
  %exitcond58.not = icmp eq i32 %inc24, 5
  br i1 %exitcond58.not, label %for.body29.preheader, label %for.body20, !llvm.loop !15

for.body29.preheader:                             ; preds = %for.body20
  tail call void @sb3_out_int(i32 noundef 1070) #5
  tail call void @sb3_out_int(i32 noundef 1070) #5
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree noinline norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = distinct !{!5, !3, !4}
!6 = distinct !{!6, !3, !4}
!7 = distinct !{!7, !3, !4}
!8 = distinct !{!8, !3, !4}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !11, i64 0}
!11 = !{!"omnipotent char", !12, i64 0}
!12 = !{!"Simple C/C++ TBAA"}
!13 = distinct !{!13, !3, !4}
!14 = distinct !{!14, !3, !4}
!15 = distinct !{!15, !3, !4}
