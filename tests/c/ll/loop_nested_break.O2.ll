; ModuleID = 'tests/c/loop_nested_break.c'
source_filename = "tests/c/loop_nested_break.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@limits = hidden local_unnamed_addr global [5 x i32] [i32 5, i32 0, i32 3, i32 9, i32 1], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.body

for.body:                                         ; preds = %for.body.backedge, %entry
  %i.0166 = phi i32 [ 0, %entry ], [ %i.0166.be, %for.body.backedge ]
  %rem.lhs.trunc = trunc nuw i32 %i.0166 to i8
  %rem163 = urem i8 %rem.lhs.trunc, 3
  %cmp1 = icmp eq i8 %rem163, 1
  br i1 %cmp1, label %for.inc16, label %for.cond2.preheader

for.cond2.preheader:                              ; preds = %for.body
  %mul12 = mul nuw nsw i32 %i.0166, 100
  br label %for.body5

for.body5:                                        ; preds = %for.cond2.preheader, %for.inc
  %j.0165 = phi i32 [ 0, %for.cond2.preheader ], [ %inc, %for.inc ]
  %rem6 = and i32 %j.0165, 1
  %tobool.not = icmp eq i32 %rem6, 0
  br i1 %tobool.not, label %if.end8, label %for.inc

if.end8:                                          ; preds = %for.body5
  %mul = mul nuw nsw i32 %j.0165, %i.0166
  %cmp9 = icmp ugt i32 %mul, 30
  br i1 %cmp9, label %cleanup, label %if.end11

if.end11:                                         ; preds = %if.end8
  %add = add nuw nsw i32 %j.0165, %mul12
  tail call void @sb3_out_int(i32 noundef %add) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body5, %if.end11
  %inc = add nuw nsw i32 %j.0165, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %cleanup, label %for.body5, !llvm.loop !2

cleanup:                                          ; preds = %if.end8, %for.inc
  %or.cond = icmp ult i32 %i.0166, 8
  br i1 %or.cond, label %for.body.backedge, label %for.cond27.preheader.preheader

for.inc16:                                        ; preds = %for.body
  %cmp.old = icmp ult i32 %i.0166, 9
  br i1 %cmp.old, label %for.body.backedge, label %for.cond27.preheader.preheader

for.cond27.preheader.preheader:                   ; preds = %cleanup, %for.inc16
  br label %for.cond27.preheader

for.body.backedge:                                ; preds = %for.inc16, %cleanup
  %i.0166.be = add nuw nsw i32 %i.0166, 1
  br label %for.body, !llvm.loop !5

for.cond27.preheader:                             ; preds = %for.cond27.preheader.preheader, %cleanup41
  %i20.0169 = phi i32 [ %inc44, %cleanup41 ], [ 1, %for.cond27.preheader.preheader ]
  %mul31 = mul nuw nsw i32 %i20.0169, %i20.0169
  br label %for.body30

for.cond.cleanup24:                               ; preds = %cleanup41, %cleanup41.thread
  %found.1205 = phi i32 [ %add37, %cleanup41.thread ], [ -1, %cleanup41 ]
  tail call void @sb3_out_int(i32 noundef %found.1205) #2
  br label %for.cond51.preheader

for.body30:                                       ; preds = %for.cond27.preheader, %for.inc39
  %j26.0167 = phi i32 [ 1, %for.cond27.preheader ], [ %inc40, %for.inc39 ]
  %mul32 = mul nuw nsw i32 %j26.0167, %j26.0167
  %add33 = add nuw nsw i32 %mul32, %mul31
  %cmp34 = icmp eq i32 %add33, 1000
  br i1 %cmp34, label %cleanup41.thread, label %for.inc39

cleanup41.thread:                                 ; preds = %for.body30
  %mul36 = mul nuw nsw i32 %i20.0169, 1000
  %add37 = add nuw nsw i32 %j26.0167, %mul36
  br label %for.cond.cleanup24

for.inc39:                                        ; preds = %for.body30
  %inc40 = add nuw nsw i32 %j26.0167, 1
  %exitcond185.not = icmp eq i32 %inc40, 50
  br i1 %exitcond185.not, label %cleanup41, label %for.body30, !llvm.loop !6

cleanup41:                                        ; preds = %for.inc39
  %inc44 = add nuw nsw i32 %i20.0169, 1
  %cmp22 = icmp ult i32 %i20.0169, 49
  br i1 %cmp22, label %for.cond27.preheader, label %for.cond.cleanup24, !llvm.loop !7

for.cond51.preheader:                             ; preds = %for.cond.cleanup24, %for.cond.cleanup53
  %a.0175 = phi i32 [ 0, %for.cond.cleanup24 ], [ %inc72, %for.cond.cleanup53 ]
  %arrayidx = getelementptr inbounds [5 x i32], ptr @limits, i32 0, i32 %a.0175
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !8
  %cmp52172 = icmp sgt i32 %0, 0
  br i1 %cmp52172, label %for.cond55.preheader.preheader, label %for.cond.cleanup53

for.cond55.preheader.preheader:                   ; preds = %for.cond51.preheader
  %1 = shl nuw i32 %0, 1
  %2 = add i32 %1, -4
  %3 = add i32 %1, -8
  %4 = add nsw i32 %0, -2
  br label %for.cond55.preheader

for.cond55.preheader:                             ; preds = %for.cond55.preheader.preheader, %for.cond55.preheader
  %indvars.iv192 = phi i32 [ %4, %for.cond55.preheader.preheader ], [ %indvars.iv.next193, %for.cond55.preheader ]
  %indvars.iv190.in = phi i32 [ %0, %for.cond55.preheader.preheader ], [ %indvars.iv190, %for.cond55.preheader ]
  %indvars.iv188 = phi i32 [ %0, %for.cond55.preheader.preheader ], [ %indvars.iv.next189, %for.cond55.preheader ]
  %indvars.iv186 = phi i32 [ %2, %for.cond55.preheader.preheader ], [ %indvars.iv.next187, %for.cond55.preheader ]
  %indvars.iv = phi i32 [ %3, %for.cond55.preheader.preheader ], [ %indvars.iv.next, %for.cond55.preheader ]
  %b.0174 = phi i32 [ 0, %for.cond55.preheader.preheader ], [ %inc68, %for.cond55.preheader ]
  %s.0173 = phi i32 [ 0, %for.cond55.preheader.preheader ], [ %12, %for.cond55.preheader ]
  %indvars.iv190 = add i32 %indvars.iv190.in, -1
  %5 = zext i32 %indvars.iv190 to i33
  %6 = zext i32 %indvars.iv192 to i33
  %7 = mul i33 %5, %6
  %8 = lshr i33 %7, 1
  %9 = trunc nuw i33 %8 to i32
  %10 = mul i32 %b.0174, %9
  %11 = add i32 %s.0173, %indvars.iv188
  %12 = add i32 %11, %10
  %inc68 = add nuw nsw i32 %b.0174, 1
  %indvars.iv.next = add i32 %indvars.iv, -6
  %indvars.iv.next187 = add i32 %indvars.iv186, %indvars.iv
  %indvars.iv.next189 = add i32 %indvars.iv188, %indvars.iv186
  %indvars.iv.next193 = add i32 %indvars.iv192, -1
  %exitcond194.not = icmp eq i32 %inc68, %0
  br i1 %exitcond194.not, label %for.cond.cleanup53, label %for.cond55.preheader, !llvm.loop !12

for.cond.cleanup53:                               ; preds = %for.cond55.preheader, %for.cond51.preheader
  %s.0.lcssa = phi i32 [ 0, %for.cond51.preheader ], [ %12, %for.cond55.preheader ]
  tail call void @sb3_out_int(i32 noundef %s.0.lcssa) #2
  %inc72 = add nuw nsw i32 %a.0175, 1
  %exitcond195.not = icmp eq i32 %inc72, 5
  br i1 %exitcond195.not, label %for.cond79.preheader, label %for.cond51.preheader, !llvm.loop !13

for.cond79.preheader:                             ; preds = %for.cond.cleanup53, %for.cond.cleanup81
  %x.0181 = phi i32 [ %inc106, %for.cond.cleanup81 ], [ 0, %for.cond.cleanup53 ]
  %count.0180 = phi i32 [ %count.3, %for.cond.cleanup81 ], [ 0, %for.cond.cleanup53 ]
  br label %for.body82

for.cond.cleanup77:                               ; preds = %for.cond.cleanup81
  tail call void @sb3_out_int(i32 noundef %count.3) #2
  br label %if.end111

for.cond.cleanup81:                               ; preds = %for.inc101
  %inc106 = add nuw nsw i32 %x.0181, 1
  %exitcond200.not = icmp eq i32 %inc106, 8
  br i1 %exitcond200.not, label %for.cond.cleanup77, label %for.cond79.preheader, !llvm.loop !14

for.body82:                                       ; preds = %for.cond79.preheader, %for.inc101
  %indvars.iv196 = phi i32 [ 1, %for.cond79.preheader ], [ %indvars.iv.next197, %for.inc101 ]
  %y.0179 = phi i32 [ 0, %for.cond79.preheader ], [ %inc102, %for.inc101 ]
  %count.1178 = phi i32 [ %count.0180, %for.cond79.preheader ], [ %count.3, %for.inc101 ]
  %add83 = add nuw nsw i32 %y.0179, %x.0181
  %rem84 = and i32 %add83, 3
  %cmp85 = icmp eq i32 %rem84, 0
  br i1 %cmp85, label %for.inc101, label %for.cond88.preheader

for.cond88.preheader:                             ; preds = %for.body82
  %xor = xor i32 %y.0179, %x.0181
  br label %if.end94

if.end94:                                         ; preds = %for.cond88.preheader, %if.end94
  %z.0177 = phi i32 [ 0, %for.cond88.preheader ], [ %inc98, %if.end94 ]
  %count.2176 = phi i32 [ %count.1178, %for.cond88.preheader ], [ %add96, %if.end94 ]
  %xor95 = xor i32 %xor, %z.0177
  %add96 = add nsw i32 %xor95, %count.2176
  %inc98 = add nuw nsw i32 %z.0177, 1
  %exitcond198.not = icmp eq i32 %inc98, %indvars.iv196
  br i1 %exitcond198.not, label %for.inc101, label %if.end94, !llvm.loop !15

for.inc101:                                       ; preds = %if.end94, %for.body82
  %count.3 = phi i32 [ %count.1178, %for.body82 ], [ %add96, %if.end94 ]
  %inc102 = add nuw nsw i32 %y.0179, 1
  %indvars.iv.next197 = add nuw nsw i32 %indvars.iv196, 1
  %exitcond199.not = icmp eq i32 %inc102, 8
  br i1 %exitcond199.not, label %for.cond.cleanup81, label %for.body82, !llvm.loop !16

if.end111:                                        ; preds = %for.cond.cleanup77, %if.end111
  %steps.0183 = phi i32 [ 0, %for.cond.cleanup77 ], [ %inc116, %if.end111 ]
  %n.0182 = phi i32 [ 27, %for.cond.cleanup77 ], [ %cond, %if.end111 ]
  %13 = and i32 %n.0182, 1
  %tobool113.not = icmp eq i32 %13, 0
  %mul114 = mul nsw i32 %n.0182, 3
  %add115 = add nsw i32 %mul114, 1
  %div = ashr exact i32 %n.0182, 1
  %cond = select i1 %tobool113.not, i32 %div, i32 %add115
  %inc116 = add nuw nsw i32 %steps.0183, 1
  %cmp109 = icmp eq i32 %cond, 1
  br i1 %cmp109, label %while.end, label %if.end111, !llvm.loop !17

while.end:                                        ; preds = %if.end111
  tail call void @sb3_out_int(i32 noundef %inc116) #2
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nobuiltin nounwind "no-builtins" }

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
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !10, i64 0}
!10 = !{!"omnipotent char", !11, i64 0}
!11 = !{!"Simple C/C++ TBAA"}
!12 = distinct !{!12, !3, !4}
!13 = distinct !{!13, !3, !4}
!14 = distinct !{!14, !3, !4}
!15 = distinct !{!15, !3, !4}
!16 = distinct !{!16, !3, !4}
!17 = distinct !{!17, !4}
