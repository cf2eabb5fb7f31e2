; ModuleID = 'tests/c/matvec_float.c'
source_filename = "tests/c/matvec_float.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@W = hidden global [8 x [10 x float]] zeroinitializer, align 16
@x = hidden global [10 x float] zeroinitializer, align 16
@y = hidden global [8 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read)
define hidden float @dot(ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp6 = icmp sgt i32 %n, 0
  br i1 %cmp6, label %for.body, label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %s.0.lcssa = phi float [ 0.000000e+00, %entry ], [ %add, %for.body ]
  ret float %s.0.lcssa

for.body:                                         ; preds = %entry, %for.body
  %i.08 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %s.07 = phi float [ %add, %for.body ], [ 0.000000e+00, %entry ]
  %arrayidx = getelementptr inbounds float, ptr %a, i32 %i.08
  %0 = load float, ptr %arrayidx, align 4, !tbaa !2
  %arrayidx1 = getelementptr inbounds float, ptr %b, i32 %i.08
  %1 = load float, ptr %arrayidx1, align 4, !tbaa !2
  %mul = fmul float %0, %1
  %add = fadd float %s.07, %mul
  %inc = add nuw nsw i32 %i.08, 1
  %exitcond.not = icmp eq i32 %inc, %n
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !6
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %r.084 = phi i32 [ 0, %entry ], [ %inc9, %for.cond.cleanup3 ]
  %mul = mul nuw nsw i32 %r.084, 7
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc9 = add nuw nsw i32 %r.084, 1
  %exitcond89.not = icmp eq i32 %inc9, 8
  br i1 %exitcond89.not, label %for.body16, label %for.cond1.preheader, !llvm.loop !9

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %c.083 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %mul5 = mul nuw nsw i32 %c.083, 3
  %add = add nuw nsw i32 %mul5, %mul
  %rem = urem i32 %add, 11
  %sub = add nsw i32 %rem, -5
  %conv = sitofp i32 %sub to float
  %mul6 = fmul float %conv, 5.000000e-01
  %arrayidx7 = getelementptr inbounds [8 x [10 x float]], ptr @W, i32 0, i32 %r.084, i32 %c.083
  store float %mul6, ptr %arrayidx7, align 4, !tbaa !2
  %inc = add nuw nsw i32 %c.083, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !10

for.body16:                                       ; preds = %for.cond.cleanup3, %for.body16
  %c11.085 = phi i32 [ %inc21, %for.body16 ], [ 0, %for.cond.cleanup3 ]
  %sub17 = add nsw i32 %c11.085, -4
  %conv18 = sitofp i32 %sub17 to float
  %arrayidx19 = getelementptr inbounds [10 x float], ptr @x, i32 0, i32 %c11.085
  store float %conv18, ptr %arrayidx19, align 4, !tbaa !2
  %inc21 = add nuw nsw i32 %c11.085, 1
  %exitcond90.not = icmp eq i32 %inc21, 10
  br i1 %exitcond90.not, label %for.body28, label %for.body16, !llvm.loop !11

for.body28:                                       ; preds = %for.body16, %for.body28
  %r23.086 = phi i32 [ %inc32, %for.body28 ], [ 0, %for.body16 ]
  %arrayidx29 = getelementptr inbounds [8 x [10 x float]], ptr @W, i32 0, i32 %r23.086
  %call = tail call float @dot(ptr noundef nonnull %arrayidx29, ptr noundef nonnull @x, i32 noundef 10) #4
  %arrayidx30 = getelementptr inbounds [8 x float], ptr @y, i32 0, i32 %r23.086
  store float %call, ptr %arrayidx30, align 4, !tbaa !2
  %inc32 = add nuw nsw i32 %r23.086, 1
  %exitcond91.not = icmp eq i32 %inc32, 8
  br i1 %exitcond91.not, label %for.body39, label %for.body28, !llvm.loop !12

for.cond.cleanup38:                               ; preds = %for.body39
  %call45 = tail call float @dot(ptr noundef nonnull @y, ptr noundef nonnull @y, i32 noundef 8) #4
  %conv46 = fpext float %call45 to double
  tail call void @sb3_out_double(double noundef %conv46) #5
  br label %for.body52

for.body39:                                       ; preds = %for.body28, %for.body39
  %r34.087 = phi i32 [ %inc43, %for.body39 ], [ 0, %for.body28 ]
  %arrayidx40 = getelementptr inbounds [8 x float], ptr @y, i32 0, i32 %r34.087
  %0 = load float, ptr %arrayidx40, align 4, !tbaa !2
  %conv41 = fpext float %0 to double
  tail call void @sb3_out_double(double noundef %conv41) #5
  %inc43 = add nuw nsw i32 %r34.087, 1
  %exitcond92.not = icmp eq i32 %inc43, 8
  br i1 %exitcond92.not, label %for.cond.cleanup38, label %for.body39, !llvm.loop !13

for.cond.cleanup51:                               ; preds = %for.body52
  %1 = tail call float @llvm.sqrt.f32(float %call45)
  %conv58 = fpext float %1 to double
  tail call void @sb3_out_double(double noundef %conv58) #5
  %div59 = fdiv float %call45, 3.000000e+00
  %2 = tail call float @llvm.floor.f32(float %div59)
  %conv60 = fpext float %2 to double
  tail call void @sb3_out_double(double noundef %conv60) #5
  %3 = load float, ptr getelementptr inbounds (i8, ptr @y, i32 4), align 4, !tbaa !2
  %4 = load float, ptr getelementptr inbounds (i8, ptr @y, i32 8), align 8, !tbaa !2
  %mul61 = fmul float %4, 3.000000e+00
  %sub62 = fsub float %3, %mul61
  %5 = tail call float @llvm.fabs.f32(float %sub62)
  %conv63 = fpext float %5 to double
  tail call void @sb3_out_double(double noundef %conv63) #5
  ret i32 0

for.body52:                                       ; preds = %for.cond.cleanup38, %for.body52
  %r47.088 = phi i32 [ 0, %for.cond.cleanup38 ], [ %inc56, %for.body52 ]
  %arrayidx53 = getelementptr inbounds [8 x float], ptr @y, i32 0, i32 %r47.088
  %6 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %div = fdiv float %6, %call45
  %conv54 = fpext float %div to double
  tail call void @sb3_out_double(double noundef %conv54) #5
  %inc56 = add nuw nsw i32 %r47.088, 1
  %exitcond93.not = icmp eq i32 %inc56, 8
  br i1 %exitcond93.not, label %for.cond.cleanup51, label %for.body52, !llvm.loop !14
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #3

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"float", !4, i64 0}
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
