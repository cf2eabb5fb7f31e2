; ModuleID = 'tests/c/switch_dense.c'
source_filename = "tests/c/switch_dense.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [35 x i8] c"Scratch Is An Educational Universe\00", align 1
@switch.table.dense = private unnamed_addr constant [9 x i32] [i32 11, i32 22, i32 -33, i32 44, i32 55, i32 66, i32 77, i32 88, i32 99], align 4
@switch.table.around_zero = private unnamed_addr constant [6 x i32] [i32 301, i32 201, i32 101, i32 8, i32 6, i32 9], align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 -33, 100) i32 @dense(i32 noundef %x) local_unnamed_addr #0 {
entry:
  %0 = icmp ult i32 %x, 9
  br i1 %0, label %switch.lookup, label %return

switch.lookup:                                    ; preds = %entry
  %switch.gep = getelementptr inbounds [9 x i32], ptr @switch.table.dense, i32 0, i32 %x
  %switch.load = load i32, ptr %switch.gep, align 4
  br label %return

return:                                           ; preds = %entry, %switch.lookup
  %retval.0 = phi i32 [ %switch.load, %switch.lookup ], [ -1, %entry ]
  ret i32 %retval.0
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 -2147483647, -2147483648) i32 @around_zero(i32 noundef %x) local_unnamed_addr #0 {
entry:
  %switch.tableidx = add i32 %x, 3
  %0 = icmp ult i32 %switch.tableidx, 6
  br i1 %0, label %switch.lookup, label %sw.default

sw.default:                                       ; preds = %entry
  %1 = add nuw nsw i32 %x, 1
  br label %sw.epilog

switch.lookup:                                    ; preds = %entry
  %switch.gep = getelementptr inbounds [6 x i32], ptr @switch.table.around_zero, i32 0, i32 %switch.tableidx
  %switch.load = load i32, ptr %switch.gep, align 4
  br label %sw.epilog

sw.epilog:                                        ; preds = %switch.lookup, %sw.default
  %r.0 = phi i32 [ %1, %sw.default ], [ %switch.load, %switch.lookup ]
  ret i32 %r.0
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 0, 6) i32 @vowel(i8 noundef signext %c) local_unnamed_addr #0 {
entry:
  switch i8 %c, label %sw.default [
    i8 97, label %return
    i8 65, label %return
    i8 101, label %sw.bb1
    i8 69, label %sw.bb1
    i8 105, label %sw.bb2
    i8 73, label %sw.bb2
    i8 111, label %sw.bb3
    i8 79, label %sw.bb3
    i8 117, label %sw.bb4
    i8 85, label %sw.bb4
  ]

sw.bb1:                                           ; preds = %entry, %entry
  br label %return

sw.bb2:                                           ; preds = %entry, %entry
  br label %return

sw.bb3:                                           ; preds = %entry, %entry
  br label %return

sw.bb4:                                           ; preds = %entry, %entry
  br label %return

sw.default:                                       ; preds = %entry
  br label %return

return:                                           ; preds = %entry, %entry, %sw.default, %sw.bb4, %sw.bb3, %sw.bb2, %sw.bb1
  %retval.0 = phi i32 [ 0, %sw.default ], [ 5, %sw.bb4 ], [ 4, %sw.bb3 ], [ 3, %sw.bb2 ], [ 2, %sw.bb1 ], [ 1, %entry ], [ 1, %entry ]
  ret i32 %retval.0
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %x.025 = phi i32 [ -2, %entry ], [ %inc, %for.body ]
  %call = tail call i32 @dense(i32 noundef %x.025) #3
  tail call void @sb3_out_int(i32 noundef %call) #4
  %inc = add nsw i32 %x.025, 1
  %exitcond.not = icmp eq i32 %inc, 11
  br i1 %exitcond.not, label %for.body5, label %for.body, !llvm.loop !2

for.body5:                                        ; preds = %for.body, %for.body5
  %x1.026 = phi i32 [ %inc8, %for.body5 ], [ -5, %for.body ]
  %call6 = tail call i32 @around_zero(i32 noundef %x1.026) #3
  tail call void @sb3_out_int(i32 noundef %call6) #4
  %inc8 = add nsw i32 %x1.026, 1
  %exitcond28.not = icmp eq i32 %inc8, 5
  br i1 %exitcond28.not, label %for.body12, label %for.body5, !llvm.loop !5

for.cond.cleanup11:                               ; preds = %for.body12
  ret i32 0

for.body12:                                       ; preds = %for.body5, %for.body12
  %0 = phi i8 [ %1, %for.body12 ], [ 83, %for.body5 ]
  %i.027 = phi i32 [ %inc16, %for.body12 ], [ 0, %for.body5 ]
  %call14 = tail call i32 @vowel(i8 noundef signext %0) #3
  tail call void @sb3_out_int(i32 noundef %call14) #4
  %inc16 = add nuw nsw i32 %i.027, 1
  %arrayidx = getelementptr inbounds i8, ptr @.str, i32 %inc16
  %1 = load i8, ptr %arrayidx, align 1, !tbaa !6
  %exitcond29 = icmp eq i32 %inc16, 34
  br i1 %exitcond29, label %for.cond.cleanup11, label %for.body12, !llvm.loop !9
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
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = distinct !{!5, !3, !4}
!6 = !{!7, !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !3, !4}
