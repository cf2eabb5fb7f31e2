; ModuleID = 'tests/c/vla_alloca.c'
source_filename = "tests/c/vla_alloca.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@sizes = hidden local_unnamed_addr global [5 x i32] [i32 1, i32 5, i32 12, i32 3, i32 20], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @vla_sum(i32 noundef %n) local_unnamed_addr #0 {
entry:
  %vla = alloca i32, i32 %n, align 16
  %cmp21 = icmp sgt i32 %n, 0
  br i1 %cmp21, label %for.body, label %for.cond.cleanup5

for.cond3.preheader:                              ; preds = %for.body
  br i1 %cmp21, label %for.body6, label %for.cond.cleanup5

for.body:                                         ; preds = %entry, %for.body
  %i.022 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %mul = mul nuw nsw i32 %i.022, %i.022
  %sub = sub nsw i32 %mul, %n
  %arrayidx = getelementptr inbounds i32, ptr %vla, i32 %i.022
  store i32 %sub, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.022, 1
  %exitcond.not = icmp eq i32 %inc, %n
  br i1 %exitcond.not, label %for.cond3.preheader, label %for.body, !llvm.loop !6

for.cond.cleanup5:                                ; preds = %for.body6, %entry, %for.cond3.preheader
  %s.0.lcssa = phi i32 [ 0, %for.cond3.preheader ], [ 0, %entry ], [ %add, %for.body6 ]
  ret i32 %s.0.lcssa

for.body6:                                        ; preds = %for.cond3.preheader, %for.body6
  %i1.0.in25 = phi i32 [ %i1.0, %for.body6 ], [ %n, %for.cond3.preheader ]
  %s.024 = phi i32 [ %add, %for.body6 ], [ 0, %for.cond3.preheader ]
  %i1.0 = add nsw i32 %i1.0.in25, -1
  %mul7 = mul nsw i32 %s.024, 3
  %rem = srem i32 %mul7, 10007
  %arrayidx8 = getelementptr inbounds i32, ptr %vla, i32 %i1.0
  %0 = load i32, ptr %arrayidx8, align 4, !tbaa !2
  %add = add nsw i32 %0, %rem
  %cmp4 = icmp ugt i32 %i1.0.in25, 1
  br i1 %cmp4, label %for.body6, label %for.cond.cleanup5, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare ptr @llvm.stacksave.p0() #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn
declare void @llvm.stackrestore.p0(ptr) #1

; Function Attrs: nofree noinline nosync nounwind memory(none)
define hidden i32 @vla_rec(i32 noundef %depth) local_unnamed_addr #2 {
entry:
  %add = add i32 %depth, 1
  %vla = alloca i32, i32 %add, align 16
  %cmp.not30 = icmp slt i32 %depth, 0
  br i1 %cmp.not30, label %for.cond.cleanup6, label %for.body.lr.ph

for.body.lr.ph:                                   ; preds = %entry
  %mul = mul nuw nsw i32 %depth, 10
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  %cmp2.not = icmp eq i32 %depth, 0
  br i1 %cmp2.not, label %for.body7.lr.ph, label %cond.end.thread39

for.body:                                         ; preds = %for.body.lr.ph, %for.body
  %i.031 = phi i32 [ 0, %for.body.lr.ph ], [ %inc, %for.body ]
  %add1 = add nuw nsw i32 %i.031, %mul
  %arrayidx = getelementptr inbounds i32, ptr %vla, i32 %i.031
  store i32 %add1, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw i32 %i.031, 1
  %exitcond.not = icmp eq i32 %i.031, %depth
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !10

cond.end.thread39:                                ; preds = %for.cond.cleanup
  %sub = add nsw i32 %depth, -1
  %call = tail call i32 @vla_rec(i32 noundef %sub) #5
  %0 = shl nsw i32 %call, 1
  br label %for.body7.lr.ph

for.body7.lr.ph:                                  ; preds = %for.cond.cleanup, %cond.end.thread39
  %cond41 = phi i32 [ %0, %cond.end.thread39 ], [ 0, %for.cond.cleanup ]
  %mul9 = mul nuw nsw i32 %depth, 10
  br label %for.body7

for.cond.cleanup6.loopexit:                       ; preds = %for.body7
  %1 = add nuw nsw i32 %and, %cond41
  br label %for.cond.cleanup6

for.cond.cleanup6:                                ; preds = %for.cond.cleanup6.loopexit, %entry
  %add16 = phi i32 [ 1, %entry ], [ %1, %for.cond.cleanup6.loopexit ]
  ret i32 %add16

for.body7:                                        ; preds = %for.body7.lr.ph, %for.body7
  %i3.034 = phi i32 [ 0, %for.body7.lr.ph ], [ %inc13, %for.body7 ]
  %ok.033 = phi i32 [ 1, %for.body7.lr.ph ], [ %and, %for.body7 ]
  %arrayidx8 = getelementptr inbounds i32, ptr %vla, i32 %i3.034
  %2 = load i32, ptr %arrayidx8, align 4, !tbaa !2
  %add10 = add nuw nsw i32 %i3.034, %mul9
  %cmp11 = icmp eq i32 %2, %add10
  %and = select i1 %cmp11, i32 %ok.033, i32 0
  %inc13 = add nuw i32 %i3.034, 1
  %exitcond35.not = icmp eq i32 %i3.034, %depth
  br i1 %exitcond35.not, label %for.cond.cleanup6.loopexit, label %for.body7, !llvm.loop !11
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #3 {
entry:
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3
  %call13 = tail call i32 @vla_rec(i32 noundef 8) #5
  tail call void @sb3_out_int(i32 noundef %call13) #6
  ret i32 0

for.body:                                         ; preds = %entry, %for.cond.cleanup3
  %k.025 = phi i32 [ 0, %entry ], [ %inc11, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [5 x i32], ptr @sizes, i32 0, i32 %k.025
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %add = add nsw i32 %0, 1
  %1 = tail call ptr @llvm.stacksave.p0()
  %vla = alloca i8, i32 %add, align 16
  %cmp223 = icmp sgt i32 %0, 0
  br i1 %cmp223, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %arrayidx7.phi.trans.insert = getelementptr inbounds i8, ptr %vla, i32 %0
  %arrayidx8.phi.trans.insert = getelementptr i8, ptr %arrayidx7.phi.trans.insert, i32 -1
  %.pre = load i8, ptr %arrayidx8.phi.trans.insert, align 1, !tbaa !12
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %2 = phi i8 [ %.pre, %for.cond.cleanup3.loopexit ], [ undef, %for.body ]
  %arrayidx7 = getelementptr inbounds i8, ptr %vla, i32 %0
  store i8 0, ptr %arrayidx7, align 1, !tbaa !12
  %conv9 = sext i8 %2 to i32
  tail call void @sb3_out_char(i32 noundef %conv9) #6
  %call = tail call i32 @vla_sum(i32 noundef %0) #5
  tail call void @sb3_out_int(i32 noundef %call) #6
  tail call void @llvm.stackrestore.p0(ptr %1)
  %inc11 = add nuw nsw i32 %k.025, 1
  %exitcond26.not = icmp eq i32 %inc11, 5
  br i1 %exitcond26.not, label %for.cond.cleanup, label %for.body, !llvm.loop !13

for.body4:                                        ; preds = %for.body, %for.body4
  %i.024 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %rem = urem i32 %i.024, 26
  %3 = trunc nuw nsw i32 %rem to i8
  %conv = add nuw nsw i8 %3, 97
  %arrayidx6 = getelementptr inbounds i8, ptr %vla, i32 %i.024
  store i8 %conv, ptr %arrayidx6, align 1, !tbaa !12
  %inc = add nuw nsw i32 %i.024, 1
  %exitcond.not = icmp eq i32 %inc, %0
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !14
}

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #4

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree noinline norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn }
attributes #2 = { nofree noinline nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { nobuiltin "no-builtins" }
attributes #6 = { nobuiltin nounwind "no-builtins" }

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
!12 = !{!4, !4, i64 0}
!13 = distinct !{!13, !7, !8}
!14 = distinct !{!14, !7, !8}
