; ModuleID = 'tests/c/loop_do_while.c'
source_filename = "tests/c/loop_do_while.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@vals = hidden local_unnamed_addr global [6 x i32] [i32 0, i32 7, i32 10, i32 12345, i32 2147483647, i32 99], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %do.end
  %i.031 = phi i32 [ 0, %entry ], [ %inc1, %do.end ]
  %arrayidx = getelementptr inbounds [6 x i32], ptr @vals, i32 0, i32 %i.031
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  br label %do.body

do.body:                                          ; preds = %do.body, %for.body
  %v.0 = phi i32 [ %0, %for.body ], [ %div, %do.body ]
  %digits.0 = phi i32 [ 0, %for.body ], [ %inc, %do.body ]
  %v.0.frozen = freeze i32 %v.0
  %div = sdiv i32 %v.0.frozen, 10
  %1 = mul i32 %div, 10
  %rem.decomposed = sub i32 %v.0.frozen, %1
  tail call void @sb3_out_int(i32 noundef %rem.decomposed) #2
  %inc = add nuw nsw i32 %digits.0, 1
  %v.0.off = add i32 %v.0, 9
  %tobool.not = icmp ult i32 %v.0.off, 19
  br i1 %tobool.not, label %do.end, label %do.body, !llvm.loop !6

do.end:                                           ; preds = %do.body
  tail call void @sb3_out_int(i32 noundef %inc) #2
  %inc1 = add nuw nsw i32 %i.031, 1
  %exitcond.not = icmp eq i32 %inc1, 6
  br i1 %exitcond.not, label %do.body2thread-pre-split, label %for.body, !llvm.loop !9

do.body2thread-pre-split:                         ; preds = %do.end
  %.pr = load i32, ptr @vals, align 16, !tbaa !2
  %cmp5 = icmp sgt i32 %.pr, 0
  br label %do.body2

do.body2:                                         ; preds = %do.body2thread-pre-split, %do.body2
  %ran.0 = phi i32 [ %inc3, %do.body2 ], [ 0, %do.body2thread-pre-split ]
  %inc3 = add nuw nsw i32 %ran.0, 1
  br i1 %cmp5, label %do.body2, label %do.end6, !llvm.loop !10

do.end6:                                          ; preds = %do.body2
  tail call void @sb3_out_int(i32 noundef %inc3) #2
  br label %do.body7

do.body7:                                         ; preds = %do.body7, %do.end6
  %u.0 = phi i32 [ 5, %do.end6 ], [ %dec, %do.body7 ]
  tail call void @sb3_out_int(i32 noundef %u.0) #2
  %dec = add nsw i32 %u.0, -1
  %cmp9.not = icmp eq i32 %u.0, 0
  br i1 %cmp9.not, label %do.end10, label %do.body7, !llvm.loop !11

do.end10:                                         ; preds = %do.body7
  tail call void @sb3_out_int(i32 noundef -1) #2
  tail call void @sb3_out_int(i32 noundef 147) #2
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
