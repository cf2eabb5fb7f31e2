; ModuleID = 'tests/c/early_return.c'
source_filename = "tests/c/early_return.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden local_unnamed_addr global [12 x i32] [i32 -5, i32 0, i32 1, i32 2, i32 3, i32 9, i32 10, i32 11, i32 49, i32 50, i32 97, i32 100], align 16
@out_count = hidden local_unnamed_addr global i32 0, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @grade(i32 noundef %x) local_unnamed_addr #0 {
entry:
  %cmp = icmp slt i32 %x, 0
  br i1 %cmp, label %return, label %if.end

if.end:                                           ; preds = %entry
  %cmp1 = icmp eq i32 %x, 0
  br i1 %cmp1, label %return, label %if.end3

if.end3:                                          ; preds = %if.end
  %cmp4 = icmp ult i32 %x, 10
  br i1 %cmp4, label %if.then5, label %for.body

if.then5:                                         ; preds = %if.end3
  %rem = and i32 %x, 1
  %cmp6 = icmp eq i32 %rem, 0
  %. = select i1 %cmp6, i32 2, i32 1
  br label %return

for.body:                                         ; preds = %if.end3, %for.inc
  %d.026 = phi i32 [ %inc, %for.inc ], [ 2, %if.end3 ]
  %rem11 = urem i32 %x, %d.026
  %cmp12 = icmp eq i32 %rem11, 0
  br i1 %cmp12, label %if.then13, label %for.inc

if.then13:                                        ; preds = %for.body
  %add = add nuw nsw i32 %d.026, 100
  br label %return

for.inc:                                          ; preds = %for.body
  %inc = add nuw nsw i32 %d.026, 1
  %mul = mul nuw nsw i32 %inc, %inc
  %cmp10.not = icmp sgt i32 %mul, %x
  br i1 %cmp10.not, label %return, label %for.body, !llvm.loop !2

return:                                           ; preds = %for.inc, %if.then13, %if.then5, %if.end, %entry
  %retval.1 = phi i32 [ -1, %entry ], [ 0, %if.end ], [ %., %if.then5 ], [ %add, %if.then13 ], [ 999, %for.inc ]
  ret i32 %retval.1
}

; Function Attrs: noinline nounwind
define hidden void @emit_until(i32 noundef %x) local_unnamed_addr #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %if.end
  %i.011 = phi i32 [ 0, %entry ], [ %inc3, %if.end ]
  %mul = mul nsw i32 %i.011, %x
  %cmp1 = icmp sgt i32 %mul, 20
  br i1 %cmp1, label %return, label %if.end

if.end:                                           ; preds = %for.body
  tail call void @sb3_out_int(i32 noundef %mul) #4
  %0 = load i32, ptr @out_count, align 4, !tbaa !5
  %inc = add nsw i32 %0, 1
  store i32 %inc, ptr @out_count, align 4, !tbaa !5
  %inc3 = add nuw nsw i32 %i.011, 1
  %exitcond.not = icmp eq i32 %inc3, 10
  br i1 %exitcond.not, label %for.end, label %for.body, !llvm.loop !9

for.end:                                          ; preds = %if.end
  %add = add nsw i32 %0, 1001
  store i32 %add, ptr @out_count, align 4, !tbaa !5
  br label %return

return:                                           ; preds = %for.body, %for.end
  ret void
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define hidden noundef i32 @main() #3 {
entry:
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  tail call void @emit_until(i32 noundef 3) #5
  tail call void @emit_until(i32 noundef 0) #5
  tail call void @emit_until(i32 noundef 7) #5
  %0 = load i32, ptr @out_count, align 4, !tbaa !5
  tail call void @sb3_out_int(i32 noundef %0) #4
  ret i32 0

for.body:                                         ; preds = %entry, %for.body
  %i.03 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [12 x i32], ptr @xs, i32 0, i32 %i.03
  %1 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %call = tail call i32 @grade(i32 noundef %1) #5
  tail call void @sb3_out_int(i32 noundef %call) #4
  %inc = add nuw nsw i32 %i.03, 1
  %exitcond.not = icmp eq i32 %inc, 12
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !10
}

attributes #0 = { nofree noinline norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { noinline nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nobuiltin nounwind "no-builtins" }
attributes #5 = { nobuiltin "no-builtins" }

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
