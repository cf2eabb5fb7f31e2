; ModuleID = 'tests/c/loop_multi_exit.c'
source_filename = "tests/c/loop_multi_exit.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@data = hidden local_unnamed_addr global [10 x i32] [i32 4, i32 8, i32 15, i32 16, i32 23, i32 42, i32 -1, i32 7, i32 0, i32 99], align 16
@__const.main.targets = private unnamed_addr constant [6 x i32] [i32 4, i32 15, i32 42, i32 7, i32 5, i32 99], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define hidden i32 @classify(i32 noundef %limit, i32 noundef %target) local_unnamed_addr #0 {
entry:
  %cmp.not21 = icmp sgt i32 %limit, 0
  br i1 %cmp.not21, label %if.end, label %cleanup

if.end:                                           ; preds = %entry, %if.end11
  %i.022 = phi i32 [ %inc, %if.end11 ], [ 0, %entry ]
  %arrayidx = getelementptr inbounds [10 x i32], ptr @data, i32 0, i32 %i.022
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %cmp1 = icmp eq i32 %0, %target
  br i1 %cmp1, label %cleanup, label %if.end3

if.end3:                                          ; preds = %if.end
  %cmp5 = icmp slt i32 %0, 0
  br i1 %cmp5, label %if.then6, label %if.end7

if.then6:                                         ; preds = %if.end3
  %sub = sub nuw nsw i32 -100, %i.022
  br label %cleanup

if.end7:                                          ; preds = %if.end3
  %cmp9 = icmp ugt i32 %0, 40
  br i1 %cmp9, label %while.end, label %if.end11

if.end11:                                         ; preds = %if.end7
  %inc = add nuw nsw i32 %i.022, 1
  %exitcond.not = icmp eq i32 %inc, %limit
  br i1 %exitcond.not, label %cleanup, label %if.end, !llvm.loop !6

while.end:                                        ; preds = %if.end7
  %add = add nuw nsw i32 %i.022, 1000
  br label %cleanup

cleanup:                                          ; preds = %if.end11, %if.end, %entry, %while.end, %if.then6
  %retval.0 = phi i32 [ %sub, %if.then6 ], [ %add, %while.end ], [ -1, %entry ], [ -1, %if.end11 ], [ %i.022, %if.end ]
  ret i32 %retval.0
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none)
define hidden i32 @find_pair(i32 noundef %sum) local_unnamed_addr #0 {
entry:
  br label %for.body

for.cond.loopexit:                                ; preds = %for.inc, %for.body
  %exitcond31 = icmp eq i32 %add, 10
  br i1 %exitcond31, label %cleanup11, label %for.body, !llvm.loop !8

for.body:                                         ; preds = %entry, %for.cond.loopexit
  %i.028 = phi i32 [ 0, %entry ], [ %add, %for.cond.loopexit ]
  %add = add nuw nsw i32 %i.028, 1
  %cmp226 = icmp ugt i32 %i.028, 8
  br i1 %cmp226, label %for.cond.loopexit, label %for.body4.lr.ph

for.body4.lr.ph:                                  ; preds = %for.body
  %arrayidx = getelementptr inbounds [10 x i32], ptr @data, i32 0, i32 %i.028
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  br label %for.body4

for.body4:                                        ; preds = %for.body4.lr.ph, %for.inc
  %j.027 = phi i32 [ %add, %for.body4.lr.ph ], [ %inc, %for.inc ]
  %arrayidx5 = getelementptr inbounds [10 x i32], ptr @data, i32 0, i32 %j.027
  %1 = load i32, ptr %arrayidx5, align 4, !tbaa !2
  %add6 = add nsw i32 %1, %0
  %cmp7 = icmp eq i32 %add6, %sum
  br i1 %cmp7, label %cleanup.thread, label %for.inc

cleanup.thread:                                   ; preds = %for.body4
  %mul = mul nuw nsw i32 %i.028, 10
  %add8 = add nuw nsw i32 %j.027, %mul
  br label %cleanup11

for.inc:                                          ; preds = %for.body4
  %inc = add nuw nsw i32 %j.027, 1
  %exitcond = icmp eq i32 %inc, 10
  br i1 %exitcond, label %for.cond.loopexit, label %for.body4, !llvm.loop !10

cleanup11:                                        ; preds = %for.cond.loopexit, %cleanup.thread
  %spec.select = phi i32 [ %add8, %cleanup.thread ], [ -1, %for.cond.loopexit ]
  ret i32 %spec.select
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %l.034 = phi i32 [ 0, %entry ], [ %add, %for.cond.cleanup3 ]
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %add = add nuw nsw i32 %l.034, 2
  %cmp = icmp ult i32 %l.034, 9
  br i1 %cmp, label %for.cond1.preheader, label %for.body10, !llvm.loop !11

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %t.033 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %arrayidx = getelementptr inbounds [6 x i32], ptr @__const.main.targets, i32 0, i32 %t.033
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %call = tail call i32 @classify(i32 noundef %l.034, i32 noundef %0) #3
  tail call void @sb3_out_int(i32 noundef %call) #4
  %inc = add nuw nsw i32 %t.033, 1
  %exitcond.not = icmp eq i32 %inc, 6
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !12

for.body10:                                       ; preds = %for.cond.cleanup3, %for.body10
  %s.035 = phi i32 [ %add13, %for.body10 ], [ -1, %for.cond.cleanup3 ]
  %call11 = tail call i32 @find_pair(i32 noundef %s.035) #3
  tail call void @sb3_out_int(i32 noundef %call11) #4
  %add13 = add nsw i32 %s.035, 7
  %cmp8 = icmp slt i32 %s.035, 53
  br i1 %cmp8, label %for.body10, label %for.cond15, !llvm.loop !13

for.cond15:                                       ; preds = %for.body10, %if.end
  %a.0 = phi i32 [ %rem, %if.end ], [ 1, %for.body10 ]
  %b.0 = phi i32 [ %add17, %if.end ], [ 1, %for.body10 ]
  %mul = mul nsw i32 %a.0, 3
  %rem = srem i32 %mul, 1000
  %cmp16 = icmp eq i32 %rem, 1
  br i1 %cmp16, label %for.end21, label %if.end

if.end:                                           ; preds = %for.cond15
  %add17 = add nsw i32 %rem, %b.0
  %cmp18 = icmp sgt i32 %add17, 5000
  br i1 %cmp18, label %for.end21, label %for.cond15, !llvm.loop !14

for.end21:                                        ; preds = %if.end, %for.cond15
  %b.1 = phi i32 [ %add17, %if.end ], [ %b.0, %for.cond15 ]
  %why.0 = phi i32 [ 2, %if.end ], [ 1, %for.cond15 ]
  tail call void @sb3_out_int(i32 noundef %why.0) #4
  tail call void @sb3_out_int(i32 noundef %rem) #4
  tail call void @sb3_out_int(i32 noundef %b.1) #4
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree noinline norecurse nosync nounwind memory(read, argmem: none, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = distinct !{!8, !9, !7}
!9 = !{!"llvm.loop.mustprogress"}
!10 = distinct !{!10, !9, !7}
!11 = distinct !{!11, !9, !7}
!12 = distinct !{!12, !9, !7}
!13 = distinct !{!13, !9, !7}
!14 = distinct !{!14, !7}
