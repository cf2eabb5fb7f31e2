; ModuleID = 'tests/c/sort_bubble.c'
source_filename = "tests/c/sort_bubble.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@u = hidden local_unnamed_addr global [12 x i32] [i32 5, i32 -1, i32 0, i32 -2147483648, i32 17, i32 3, i32 2147483647, i32 99, i32 1, i32 2, i32 2, i32 0], align 16
@a = hidden local_unnamed_addr global [30 x i32] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %s.0117 = phi i32 [ 1, %entry ], [ %add, %for.body ]
  %i.0116 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %mul = mul i32 %s.0117, 1103515245
  %add = add i32 %mul, 12345
  %shr = lshr i32 %add, 8
  %rem = urem i32 %shr, 1000
  %sub = add nsw i32 %rem, -500
  %arrayidx = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %i.0116
  store i32 %sub, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.0116, 1
  %exitcond.not = icmp eq i32 %inc, 30
  br i1 %exitcond.not, label %for.body4, label %for.body, !llvm.loop !6

for.cond1:                                        ; preds = %for.cond.cleanup10.thread, %for.cond.cleanup10
  %inc5148 = phi i32 [ %inc5144, %for.cond.cleanup10.thread ], [ %inc5, %for.cond.cleanup10 ]
  %swaps.2140146 = phi i32 [ %inc22, %for.cond.cleanup10.thread ], [ %swaps.1118.lcssa, %for.cond.cleanup10 ]
  %dec = add nsw i32 %n.0124, -1
  %exitcond131.not = icmp eq i32 %inc5148, 29
  br i1 %exitcond131.not, label %cleanup29, label %for.body4, !llvm.loop !9

for.body4:                                        ; preds = %for.body, %for.cond1
  %n.0124 = phi i32 [ %dec, %for.cond1 ], [ 30, %for.body ]
  %passes.0123 = phi i32 [ %inc5148, %for.cond1 ], [ 0, %for.body ]
  %swaps.0122 = phi i32 [ %swaps.2140146, %for.cond1 ], [ 0, %for.body ]
  %.pre = load i32, ptr @a, align 16, !tbaa !2
  br label %for.body11.outer

for.cond.cleanup10:                               ; preds = %for.inc23
  %inc5 = add nuw nsw i32 %passes.0123, 1
  %tobool.not.not = icmp eq i32 %swapped.0119.lcssa, 0
  br i1 %tobool.not.not, label %cleanup29, label %for.cond1

for.body11:                                       ; preds = %for.inc23.thread
  %arrayidx14 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %add8138
  %0 = load i32, ptr %arrayidx14, align 4, !tbaa !2
  %cmp15 = icmp sgt i32 %.ph, %0
  br i1 %cmp15, label %for.inc23.thread, label %for.inc23, !llvm.loop !10

for.inc23:                                        ; preds = %for.body11, %for.body11.outer
  %add8121.lcssa = phi i32 [ %add8121.ph, %for.body11.outer ], [ %add8138, %for.body11 ]
  %swapped.0119.lcssa = phi i32 [ %swapped.0119.ph, %for.body11.outer ], [ 1, %for.body11 ]
  %swaps.1118.lcssa = phi i32 [ %swaps.1118.ph, %for.body11.outer ], [ %inc22, %for.body11 ]
  %.lcssa = phi i32 [ %1, %for.body11.outer ], [ %0, %for.body11 ]
  %add8 = add nuw nsw i32 %add8121.lcssa, 1
  %exitcond130.not = icmp eq i32 %add8, %n.0124
  br i1 %exitcond130.not, label %for.cond.cleanup10, label %for.body11.outer, !llvm.loop !10

for.body11.outer:                                 ; preds = %for.inc23, %for.body4
  %.ph = phi i32 [ %.lcssa, %for.inc23 ], [ %.pre, %for.body4 ]
  %add8121.ph = phi i32 [ %add8, %for.inc23 ], [ 1, %for.body4 ]
  %i6.0120.ph = phi i32 [ %add8121.lcssa, %for.inc23 ], [ 0, %for.body4 ]
  %swapped.0119.ph = phi i32 [ %swapped.0119.lcssa, %for.inc23 ], [ 0, %for.body4 ]
  %swaps.1118.ph = phi i32 [ %swaps.1118.lcssa, %for.inc23 ], [ %swaps.0122, %for.body4 ]
  %arrayidx14157 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %add8121.ph
  %1 = load i32, ptr %arrayidx14157, align 4, !tbaa !2
  %cmp15158 = icmp sgt i32 %.ph, %1
  br i1 %cmp15158, label %for.inc23.thread, label %for.inc23

for.inc23.thread:                                 ; preds = %for.body11.outer, %for.body11
  %2 = phi i32 [ %0, %for.body11 ], [ %1, %for.body11.outer ]
  %arrayidx14162 = phi ptr [ %arrayidx14, %for.body11 ], [ %arrayidx14157, %for.body11.outer ]
  %swaps.1118161 = phi i32 [ %inc22, %for.body11 ], [ %swaps.1118.ph, %for.body11.outer ]
  %i6.0120160 = phi i32 [ %add8121159, %for.body11 ], [ %i6.0120.ph, %for.body11.outer ]
  %add8121159 = phi i32 [ %add8138, %for.body11 ], [ %add8121.ph, %for.body11.outer ]
  %arrayidx12 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %i6.0120160
  store i32 %2, ptr %arrayidx12, align 4, !tbaa !2
  store i32 %.ph, ptr %arrayidx14162, align 4, !tbaa !2
  %inc22 = add nsw i32 %swaps.1118161, 1
  %add8138 = add nuw nsw i32 %add8121159, 1
  %exitcond130.not139 = icmp eq i32 %add8138, %n.0124
  br i1 %exitcond130.not139, label %for.cond.cleanup10.thread, label %for.body11, !llvm.loop !10

for.cond.cleanup10.thread:                        ; preds = %for.inc23.thread
  %inc5144 = add nuw nsw i32 %passes.0123, 1
  br label %for.cond1

cleanup29:                                        ; preds = %for.cond1, %for.cond.cleanup10
  %swaps.2140147 = phi i32 [ %swaps.2140146, %for.cond1 ], [ %swaps.1118.lcssa, %for.cond.cleanup10 ]
  %inc5.lcssa = phi i32 [ 29, %for.cond1 ], [ %inc5, %for.cond.cleanup10 ]
  br label %for.body35

for.cond.cleanup34:                               ; preds = %for.body35
  tail call void @sb3_out_int(i32 noundef %swaps.2140147) #2
  tail call void @sb3_out_int(i32 noundef %inc5.lcssa) #2
  br label %for.cond47.preheader

for.body35:                                       ; preds = %cleanup29, %for.body35
  %i31.0125 = phi i32 [ 0, %cleanup29 ], [ %inc38, %for.body35 ]
  %arrayidx36 = getelementptr inbounds [30 x i32], ptr @a, i32 0, i32 %i31.0125
  %3 = load i32, ptr %arrayidx36, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %3) #2
  %inc38 = add nuw nsw i32 %i31.0125, 1
  %exitcond132.not = icmp eq i32 %inc38, 30
  br i1 %exitcond132.not, label %for.cond.cleanup34, label %for.body35, !llvm.loop !11

for.cond47.preheader:                             ; preds = %for.cond.cleanup34, %for.cond.cleanup50
  %n41.0128 = phi i32 [ 12, %for.cond.cleanup34 ], [ %dec70, %for.cond.cleanup50 ]
  %.pre135 = load i32, ptr @u, align 16, !tbaa !2
  br label %for.body51

for.cond.cleanup50:                               ; preds = %for.inc65
  %dec70 = add nsw i32 %n41.0128, -1
  %cmp43 = icmp ugt i32 %n41.0128, 2
  br i1 %cmp43, label %for.cond47.preheader, label %for.body77, !llvm.loop !12

for.body51:                                       ; preds = %for.cond47.preheader, %for.inc65
  %4 = phi i32 [ %.pre135, %for.cond47.preheader ], [ %6, %for.inc65 ]
  %add48127 = phi i32 [ 1, %for.cond47.preheader ], [ %add48, %for.inc65 ]
  %i46.0126 = phi i32 [ 0, %for.cond47.preheader ], [ %add48127, %for.inc65 ]
  %arrayidx54 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %add48127
  %5 = load i32, ptr %arrayidx54, align 4, !tbaa !2
  %cmp55 = icmp ult i32 %4, %5
  br i1 %cmp55, label %if.then56, label %for.inc65

if.then56:                                        ; preds = %for.body51
  %arrayidx52 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %i46.0126
  store i32 %5, ptr %arrayidx52, align 4, !tbaa !2
  store i32 %4, ptr %arrayidx54, align 4, !tbaa !2
  br label %for.inc65

for.inc65:                                        ; preds = %for.body51, %if.then56
  %6 = phi i32 [ %5, %for.body51 ], [ %4, %if.then56 ]
  %add48 = add nuw nsw i32 %add48127, 1
  %exitcond133.not = icmp eq i32 %add48, %n41.0128
  br i1 %exitcond133.not, label %for.cond.cleanup50, label %for.body51, !llvm.loop !13

for.cond.cleanup76:                               ; preds = %for.body77
  ret i32 0

for.body77:                                       ; preds = %for.cond.cleanup50, %for.body77
  %i73.0129 = phi i32 [ %inc80, %for.body77 ], [ 0, %for.cond.cleanup50 ]
  %arrayidx78 = getelementptr inbounds [12 x i32], ptr @u, i32 0, i32 %i73.0129
  %7 = load i32, ptr %arrayidx78, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %7) #2
  %inc80 = add nuw nsw i32 %i73.0129, 1
  %exitcond134.not = icmp eq i32 %inc80, 12
  br i1 %exitcond134.not, label %for.cond.cleanup76, label %for.body77, !llvm.loop !14
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7, !8}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !7, !8}
!10 = distinct !{!10, !7, !8}
!11 = distinct !{!11, !7, !8}
!12 = distinct !{!12, !7, !8}
!13 = distinct !{!13, !7, !8}
!14 = distinct !{!14, !7, !8}
