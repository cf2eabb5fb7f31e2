; ModuleID = 'tests/c/switch_sparse.c'
source_filename = "tests/c/switch_sparse.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@keys = hidden local_unnamed_addr global [11 x i32] [i32 0, i32 1, i32 100, i32 1000, i32 -1000, i32 65536, i32 2147483647, i32 -2147483648, i32 12345, i32 7, i32 99999], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 0, 81) i32 @sparse(i32 noundef %x) local_unnamed_addr #0 {
entry:
  switch i32 %x, label %sw.default [
    i32 1, label %return
    i32 100, label %sw.bb1
    i32 1000, label %sw.bb2
    i32 -1000, label %sw.bb3
    i32 65536, label %sw.bb4
    i32 2147483647, label %sw.bb5
    i32 -2147483648, label %sw.bb6
    i32 12345, label %sw.bb7
  ]

sw.bb1:                                           ; preds = %entry
  br label %return

sw.bb2:                                           ; preds = %entry
  br label %return

sw.bb3:                                           ; preds = %entry
  br label %return

sw.bb4:                                           ; preds = %entry
  br label %return

sw.bb5:                                           ; preds = %entry
  br label %return

sw.bb6:                                           ; preds = %entry
  br label %return

sw.bb7:                                           ; preds = %entry
  br label %return

sw.default:                                       ; preds = %entry
  br label %return

return:                                           ; preds = %entry, %sw.default, %sw.bb7, %sw.bb6, %sw.bb5, %sw.bb4, %sw.bb3, %sw.bb2, %sw.bb1
  %retval.0 = phi i32 [ 0, %sw.default ], [ 80, %sw.bb7 ], [ 70, %sw.bb6 ], [ 60, %sw.bb5 ], [ 50, %sw.bb4 ], [ 40, %sw.bb3 ], [ 30, %sw.bb2 ], [ 20, %sw.bb1 ], [ 10, %entry ]
  ret i32 %retval.0
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 1, 6) i32 @usparse(i32 noundef %x) local_unnamed_addr #0 {
entry:
  switch i32 %x, label %sw.default [
    i32 -1, label %return
    i32 -2147483648, label %sw.bb1
    i32 -1294967296, label %sw.bb2
    i32 7, label %sw.bb3
  ]

sw.bb1:                                           ; preds = %entry
  br label %return

sw.bb2:                                           ; preds = %entry
  br label %return

sw.bb3:                                           ; preds = %entry
  br label %return

sw.default:                                       ; preds = %entry
  br label %return

return:                                           ; preds = %entry, %sw.default, %sw.bb3, %sw.bb2, %sw.bb1
  %retval.0 = phi i32 [ 5, %sw.default ], [ 4, %sw.bb3 ], [ 3, %sw.bb2 ], [ 2, %sw.bb1 ], [ 1, %entry ]
  ret i32 %retval.0
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  %call3 = tail call i32 @usparse(i32 noundef -1) #3
  tail call void @sb3_out_int(i32 noundef %call3) #4
  %call4 = tail call i32 @usparse(i32 noundef -1294967296) #3
  tail call void @sb3_out_int(i32 noundef %call4) #4
  br label %for.body9

for.body:                                         ; preds = %entry, %for.body
  %i.024 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [11 x i32], ptr @keys, i32 0, i32 %i.024
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %call = tail call i32 @sparse(i32 noundef %0) #3
  tail call void @sb3_out_int(i32 noundef %call) #4
  %1 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %call2 = tail call i32 @usparse(i32 noundef %1) #3
  tail call void @sb3_out_int(i32 noundef %call2) #4
  %inc = add nuw nsw i32 %i.024, 1
  %exitcond.not = icmp eq i32 %inc, 11
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !6

for.cond.cleanup8:                                ; preds = %sw.epilog
  tail call void @sb3_out_int(i32 noundef %rem) #4
  ret i32 0

for.body9:                                        ; preds = %for.cond.cleanup, %sw.epilog
  %i5.026 = phi i32 [ 0, %for.cond.cleanup ], [ %inc13, %sw.epilog ]
  %acc.025 = phi i32 [ 0, %for.cond.cleanup ], [ %rem, %sw.epilog ]
  %and = and i32 %i5.026, 7
  switch i32 %and, label %sw.epilog [
    i32 0, label %sw.bb
    i32 3, label %sw.bb10
    i32 5, label %sw.bb11
  ]

sw.bb:                                            ; preds = %for.body9
  %add = add nsw i32 %acc.025, 1
  br label %sw.epilog

sw.bb10:                                          ; preds = %for.body9
  %mul = shl nsw i32 %acc.025, 1
  br label %sw.epilog

sw.bb11:                                          ; preds = %for.body9
  %sub = add nsw i32 %acc.025, -3
  br label %sw.epilog

sw.epilog:                                        ; preds = %for.body9, %sw.bb11, %sw.bb10, %sw.bb
  %acc.1 = phi i32 [ %acc.025, %for.body9 ], [ %sub, %sw.bb11 ], [ %mul, %sw.bb10 ], [ %add, %sw.bb ]
  %rem = srem i32 %acc.1, 10007
  %inc13 = add nuw nsw i32 %i5.026, 1
  %exitcond27.not = icmp eq i32 %inc13, 64
  br i1 %exitcond27.not, label %for.cond.cleanup8, label %for.body9, !llvm.loop !9
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!6 = distinct !{!6, !7, !8}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !7, !8}
