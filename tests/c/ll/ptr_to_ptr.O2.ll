; ModuleID = 'tests/c/ptr_to_ptr.c'
source_filename = "tests/c/ptr_to_ptr.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@r0 = hidden global [3 x i32] [i32 1, i32 2, i32 3], align 4
@r1 = hidden global [2 x i32] [i32 10, i32 20], align 4
@r2 = hidden global [4 x i32] [i32 100, i32 200, i32 300, i32 400], align 16
@rows = hidden global [3 x ptr] [ptr @r0, ptr @r1, ptr @r2], align 4
@lens = hidden local_unnamed_addr global [3 x i32] [i32 3, i32 2, i32 4], align 4
@__const.main.limits = private unnamed_addr constant [5 x i32] [i32 0, i32 5, i32 15, i32 250, i32 1000], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define hidden i32 @find_first_above(ptr nocapture noundef readonly %rs, i32 noundef %n, i32 noundef %limit, ptr nocapture noundef writeonly %where) local_unnamed_addr #0 {
entry:
  %cmp36 = icmp sgt i32 %n, 0
  br i1 %cmp36, label %for.cond1.preheader, label %return

for.cond1.preheader:                              ; preds = %entry, %for.inc10
  %r.037 = phi i32 [ %inc11, %for.inc10 ], [ 0, %entry ]
  %arrayidx = getelementptr inbounds [3 x i32], ptr @lens, i32 0, i32 %r.037
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %cmp2.not34 = icmp sgt i32 %0, 0
  br i1 %cmp2.not34, label %for.body4.lr.ph, label %for.inc10

for.body4.lr.ph:                                  ; preds = %for.cond1.preheader
  %arrayidx5 = getelementptr inbounds ptr, ptr %rs, i32 %r.037
  %1 = load ptr, ptr %arrayidx5, align 4, !tbaa !6
  br label %for.body4

for.cond1:                                        ; preds = %for.body4
  %inc = add nuw nsw i32 %i.035, 1
  %exitcond.not = icmp eq i32 %inc, %0
  br i1 %exitcond.not, label %for.inc10, label %for.body4, !llvm.loop !8

for.body4:                                        ; preds = %for.body4.lr.ph, %for.cond1
  %i.035 = phi i32 [ 0, %for.body4.lr.ph ], [ %inc, %for.cond1 ]
  %arrayidx6 = getelementptr inbounds i32, ptr %1, i32 %i.035
  %2 = load i32, ptr %arrayidx6, align 4, !tbaa !2
  %cmp7 = icmp sgt i32 %2, %limit
  br i1 %cmp7, label %return, label %for.cond1

for.inc10:                                        ; preds = %for.cond1, %for.cond1.preheader
  %inc11 = add nuw nsw i32 %r.037, 1
  %exitcond41.not = icmp eq i32 %inc11, %n
  br i1 %exitcond41.not, label %return, label %for.cond1.preheader, !llvm.loop !11

return:                                           ; preds = %for.inc10, %for.body4, %entry
  %storemerge = phi ptr [ null, %entry ], [ %arrayidx6, %for.body4 ], [ null, %for.inc10 ]
  %retval.3 = phi i32 [ -1, %entry ], [ %r.037, %for.body4 ], [ -1, %for.inc10 ]
  store ptr %storemerge, ptr %where, align 4, !tbaa !6
  ret i32 %retval.3
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  %w = alloca ptr, align 4
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %total.047 = phi i32 [ 0, %entry ], [ %total.1.lcssa, %for.cond.cleanup3 ]
  %r.046 = phi i32 [ 0, %entry ], [ %inc9.pre-phi, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [3 x i32], ptr @lens, i32 0, i32 %r.046
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %cmp243 = icmp sgt i32 %0, 0
  br i1 %cmp243, label %for.body4.lr.ph, label %for.cond1.preheader.for.cond.cleanup3_crit_edge

for.cond1.preheader.for.cond.cleanup3_crit_edge:  ; preds = %for.cond1.preheader
  %.pre = add nuw nsw i32 %r.046, 1
  br label %for.cond.cleanup3

for.body4.lr.ph:                                  ; preds = %for.cond1.preheader
  %arrayidx5 = getelementptr inbounds [3 x ptr], ptr @rows, i32 0, i32 %r.046
  %1 = load ptr, ptr %arrayidx5, align 4, !tbaa !6
  %add = add nuw nsw i32 %r.046, 1
  br label %for.body4

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3
  tail call void @sb3_out_int(i32 noundef %total.1.lcssa) #4
  %2 = load i32, ptr getelementptr inbounds (i8, ptr @r2, i32 12), align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %2) #4
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @r0, i32 8), align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %3) #4
  br label %for.body16

for.cond.cleanup3:                                ; preds = %for.body4, %for.cond1.preheader.for.cond.cleanup3_crit_edge
  %inc9.pre-phi = phi i32 [ %.pre, %for.cond1.preheader.for.cond.cleanup3_crit_edge ], [ %add, %for.body4 ]
  %total.1.lcssa = phi i32 [ %total.047, %for.cond1.preheader.for.cond.cleanup3_crit_edge ], [ %add7, %for.body4 ]
  %exitcond49.not = icmp eq i32 %inc9.pre-phi, 3
  br i1 %exitcond49.not, label %for.cond.cleanup, label %for.cond1.preheader, !llvm.loop !12

for.body4:                                        ; preds = %for.body4.lr.ph, %for.body4
  %total.145 = phi i32 [ %total.047, %for.body4.lr.ph ], [ %add7, %for.body4 ]
  %i.044 = phi i32 [ 0, %for.body4.lr.ph ], [ %inc, %for.body4 ]
  %arrayidx6 = getelementptr inbounds i32, ptr %1, i32 %i.044
  %4 = load i32, ptr %arrayidx6, align 4, !tbaa !2
  %mul = mul nsw i32 %4, %add
  %add7 = add nsw i32 %mul, %total.145
  %inc = add nuw nsw i32 %i.044, 1
  %exitcond.not = icmp eq i32 %inc, %0
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !13

for.cond.cleanup15:                               ; preds = %if.end
  %5 = load ptr, ptr getelementptr inbounds (i8, ptr @rows, i32 4), align 4, !tbaa !6
  %arrayidx24 = getelementptr inbounds i8, ptr %5, i32 4
  store i32 99, ptr %arrayidx24, align 4, !tbaa !2
  %6 = load i32, ptr getelementptr inbounds (i8, ptr @r1, i32 4), align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %6) #4
  %7 = load ptr, ptr getelementptr inbounds (i8, ptr @rows, i32 8), align 4, !tbaa !6
  %add.ptr25 = getelementptr inbounds i8, ptr %7, i32 8
  %8 = load i32, ptr %add.ptr25, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %8) #4
  %9 = load i32, ptr @r0, align 4, !tbaa !2
  %10 = load i32, ptr @r1, align 4, !tbaa !2
  %add26 = add nsw i32 %10, %9
  %11 = load i32, ptr @r2, align 16, !tbaa !2
  %add27 = add nsw i32 %add26, %11
  tail call void @sb3_out_int(i32 noundef %add27) #4
  ret i32 0

for.body16:                                       ; preds = %for.cond.cleanup, %if.end
  %k.048 = phi i32 [ 0, %for.cond.cleanup ], [ %inc22, %if.end ]
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %w) #5
  %arrayidx18 = getelementptr inbounds [5 x i32], ptr @__const.main.limits, i32 0, i32 %k.048
  %12 = load i32, ptr %arrayidx18, align 4, !tbaa !2
  %call = call i32 @find_first_above(ptr noundef nonnull @rows, i32 noundef 3, i32 noundef %12, ptr noundef nonnull %w) #6
  tail call void @sb3_out_int(i32 noundef %call) #4
  %13 = load ptr, ptr %w, align 4, !tbaa !6
  %tobool.not = icmp eq ptr %13, null
  br i1 %tobool.not, label %cond.end.thread, label %if.then

cond.end.thread:                                  ; preds = %for.body16
  tail call void @sb3_out_int(i32 noundef -1) #4
  br label %if.end

if.then:                                          ; preds = %for.body16
  %14 = load i32, ptr %13, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %14) #4
  %15 = load i32, ptr %13, align 4, !tbaa !2
  %add20 = add nsw i32 %15, 1
  store i32 %add20, ptr %13, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %cond.end.thread, %if.then
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %w) #5
  %inc22 = add nuw nsw i32 %k.048, 1
  %exitcond50.not = icmp eq i32 %inc22, 5
  br i1 %exitcond50.not, label %for.cond.cleanup15, label %for.body16, !llvm.loop !14
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nobuiltin nounwind "no-builtins" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!7, !7, i64 0}
!7 = !{!"any pointer", !4, i64 0}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = distinct !{!12, !9, !10}
!13 = distinct !{!13, !9, !10}
!14 = distinct !{!14, !9, !10}
