; ModuleID = 'tests/c/nowarp_loop.c'
source_filename = "tests/c/nowarp_loop.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [11 x i8] c"sb3_nowarp\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [22 x i8] c"tests/c/nowarp_loop.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [1 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @token_loop, ptr @.str, ptr @.str.1, i32 11, ptr null }], section "llvm.metadata"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @work(i32 noundef %step) local_unnamed_addr #0 {
entry:
  %cmp.not6 = icmp slt i32 %step, 0
  br i1 %cmp.not6, label %for.cond.cleanup, label %for.body.lr.ph

for.body.lr.ph:                                   ; preds = %entry
  %mul = mul i32 %step, 10
  %add = add nuw nsw i32 %step, 2
  %smax = tail call i32 @llvm.smax.i32(i32 %mul, i32 0)
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %s.0.lcssa = phi i32 [ 0, %entry ], [ %add1, %for.body ]
  ret i32 %s.0.lcssa

for.body:                                         ; preds = %for.body.lr.ph, %for.body
  %i.08 = phi i32 [ 0, %for.body.lr.ph ], [ %inc, %for.body ]
  %s.07 = phi i32 [ 0, %for.body.lr.ph ], [ %add1, %for.body ]
  %rem = urem i32 %i.08, %add
  %add1 = add nuw nsw i32 %rem, %s.07
  %inc = add nuw nsw i32 %i.08, 1
  %exitcond.not = icmp eq i32 %i.08, %smax
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !2
}

; Function Attrs: noinline nounwind
define hidden void @token_loop(i32 noundef %steps) #1 {
entry:
  %cmp5 = icmp sgt i32 %steps, 0
  br i1 %cmp5, label %for.body, label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %total.0.lcssa = phi i32 [ 0, %entry ], [ %add, %for.body ]
  tail call void @sb3_out_int(i32 noundef %total.0.lcssa) #5
  ret void

for.body:                                         ; preds = %entry, %for.body
  %total.07 = phi i32 [ %add, %for.body ], [ 0, %entry ]
  %t.06 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %call = tail call i32 @work(i32 noundef %t.06) #6
  %add = add nsw i32 %call, %total.07
  tail call void @sb3_out_int(i32 noundef %call) #5
  %inc = add nuw nsw i32 %t.06, 1
  %exitcond.not = icmp eq i32 %inc, %steps
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !5
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

; Function Attrs: nounwind
define hidden noundef i32 @main() #3 {
entry:
  tail call void @token_loop(i32 noundef 12) #6
  ret i32 0
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #4

attributes #0 = { nofree noinline norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { noinline nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nobuiltin nounwind "no-builtins" }
attributes #6 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = distinct !{!5, !3, !4}
