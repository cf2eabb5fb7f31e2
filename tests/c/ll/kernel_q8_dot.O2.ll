; ModuleID = 'tests/c/kernel_q8_dot.c'
source_filename = "tests/c/kernel_q8_dot.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@packed = hidden global [6 x [12 x float]] zeroinitializer, align 16
@scales = hidden global [6 x [3 x float]] zeroinitializer, align 16
@x = hidden global [48 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read)
define hidden float @dot_row(ptr nocapture noundef readonly %p, ptr nocapture noundef readonly %sc, ptr nocapture noundef readonly %v) local_unnamed_addr #0 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %total.059 = phi float [ 0.000000e+00, %entry ], [ %add34, %for.cond.cleanup3 ]
  %g.058 = phi i32 [ 0, %entry ], [ %inc36, %for.cond.cleanup3 ]
  %add.ptr.idx = shl nuw nsw i32 %g.058, 6
  %add.ptr = getelementptr inbounds i8, ptr %v, i32 %add.ptr.idx
  %arrayidx.idx = shl nsw i32 %g.058, 4
  %invariant.gep = getelementptr inbounds i8, ptr %p, i32 %arrayidx.idx
  br label %for.body4

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3
  ret float %add34

for.cond.cleanup3:                                ; preds = %for.body4
  %arrayidx32 = getelementptr inbounds float, ptr %sc, i32 %g.058
  %0 = load float, ptr %arrayidx32, align 4, !tbaa !2
  %mul33 = fmul float %add31, %0
  %add34 = fadd float %total.059, %mul33
  %inc36 = add nuw nsw i32 %g.058, 1
  %exitcond60.not = icmp eq i32 %inc36, 3
  br i1 %exitcond60.not, label %for.cond.cleanup, label %for.cond1.preheader, !llvm.loop !6

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %acc.057 = phi float [ 0.000000e+00, %for.cond1.preheader ], [ %add31, %for.body4 ]
  %k.056 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %gep = getelementptr inbounds float, ptr %invariant.gep, i32 %k.056
  %1 = load float, ptr %gep, align 4, !tbaa !2
  %mul5 = fmul float %1, 3.906250e-03
  %2 = tail call float @llvm.floor.f32(float %mul5)
  %mul6 = fmul float %1, 0x3EF0000000000000
  %3 = tail call float @llvm.floor.f32(float %mul6)
  %mul7 = fmul float %1, 0x3E70000000000000
  %4 = tail call float @llvm.floor.f32(float %mul7)
  %mul8 = fmul float %2, 2.560000e+02
  %sub = fsub float %1, %mul8
  %mul9 = fmul float %3, 2.560000e+02
  %sub10 = fsub float %2, %mul9
  %mul11 = fmul float %4, 2.560000e+02
  %sub12 = fsub float %3, %mul11
  %add.ptr15.idx = shl nuw nsw i32 %k.056, 4
  %add.ptr15 = getelementptr inbounds i8, ptr %add.ptr, i32 %add.ptr15.idx
  %sub16 = fadd float %sub, -1.280000e+02
  %5 = load float, ptr %add.ptr15, align 4, !tbaa !2
  %mul18 = fmul float %5, %sub16
  %sub19 = fadd float %sub10, -1.280000e+02
  %arrayidx20 = getelementptr inbounds i8, ptr %add.ptr15, i32 4
  %6 = load float, ptr %arrayidx20, align 4, !tbaa !2
  %mul21 = fmul float %6, %sub19
  %add22 = fadd float %mul18, %mul21
  %sub23 = fadd float %sub12, -1.280000e+02
  %arrayidx24 = getelementptr inbounds i8, ptr %add.ptr15, i32 8
  %7 = load float, ptr %arrayidx24, align 4, !tbaa !2
  %mul25 = fmul float %7, %sub23
  %add26 = fadd float %mul25, %add22
  %sub27 = fadd float %4, -1.280000e+02
  %arrayidx28 = getelementptr inbounds i8, ptr %add.ptr15, i32 12
  %8 = load float, ptr %arrayidx28, align 4, !tbaa !2
  %mul29 = fmul float %sub27, %8
  %add30 = fadd float %mul29, %add26
  %add31 = fadd float %acc.057, %add30
  %inc = add nuw nsw i32 %k.056, 1
  %exitcond.not = icmp eq i32 %inc, 4
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #1

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup21
  %r.0126 = phi i32 [ 0, %entry ], [ %add23, %for.cond.cleanup21 ]
  %mul.i = mul nuw nsw i32 %r.0126, 131
  br label %for.cond5.preheader

for.cond18.preheader:                             ; preds = %for.cond.cleanup7
  %add23 = add nuw nsw i32 %r.0126, 1
  %conv24 = uitofp nneg i32 %add23 to float
  br label %for.body22

for.cond5.preheader:                              ; preds = %for.cond1.preheader, %for.cond.cleanup7
  %j.0124 = phi i32 [ 0, %for.cond1.preheader ], [ %inc16, %for.cond.cleanup7 ]
  %mul9 = shl nuw nsw i32 %j.0124, 2
  br label %for.body8

for.cond.cleanup7:                                ; preds = %for.body8
  %arrayidx14 = getelementptr inbounds [6 x [12 x float]], ptr @packed, i32 0, i32 %r.0126, i32 %j.0124
  store float %add12, ptr %arrayidx14, align 4, !tbaa !2
  %inc16 = add nuw nsw i32 %j.0124, 1
  %exitcond132.not = icmp eq i32 %inc16, 12
  br i1 %exitcond132.not, label %for.cond18.preheader, label %for.cond5.preheader, !llvm.loop !10

for.body8:                                        ; preds = %for.cond5.preheader, %for.body8
  %b.0123 = phi i32 [ 0, %for.cond5.preheader ], [ %inc, %for.body8 ]
  %mul.0122 = phi float [ 1.000000e+00, %for.cond5.preheader ], [ %mul13, %for.body8 ]
  %item.0121 = phi float [ 0.000000e+00, %for.cond5.preheader ], [ %add12, %for.body8 ]
  %add = add nuw nsw i32 %b.0123, %mul9
  %mul1.i = mul nuw nsw i32 %add, 31
  %add.i = add nuw nsw i32 %mul1.i, %mul.i
  %0 = mul i32 %add.i, -1640531535
  %mul3.i = add i32 %0, 1401181143
  %shr.i = lshr i32 %mul3.i, 24
  %rem.cmp.not.i = icmp eq i32 %shr.i, 255
  %1 = add nuw nsw i32 %shr.i, 1
  %add10 = select i1 %rem.cmp.not.i, i32 1, i32 %1
  %conv = uitofp nneg i32 %add10 to float
  %mul11 = fmul float %mul.0122, %conv
  %add12 = fadd float %item.0121, %mul11
  %mul13 = fmul float %mul.0122, 2.560000e+02
  %inc = add nuw nsw i32 %b.0123, 1
  %exitcond.not = icmp eq i32 %inc, 4
  br i1 %exitcond.not, label %for.cond.cleanup7, label %for.body8, !llvm.loop !11

for.cond.cleanup21:                               ; preds = %for.body22
  %exitcond134.not = icmp eq i32 %add23, 6
  br i1 %exitcond134.not, label %for.body40, label %for.cond1.preheader, !llvm.loop !12

for.body22:                                       ; preds = %for.cond18.preheader, %for.body22
  %g.0125 = phi i32 [ 0, %for.cond18.preheader ], [ %inc31, %for.body22 ]
  %add25 = add nuw nsw i32 %g.0125, 3
  %conv26 = uitofp nneg i32 %add25 to float
  %div = fdiv float %conv24, %conv26
  %div27 = fmul float %div, 1.562500e-02
  %arrayidx29 = getelementptr inbounds [6 x [3 x float]], ptr @scales, i32 0, i32 %r.0126, i32 %g.0125
  store float %div27, ptr %arrayidx29, align 4, !tbaa !2
  %inc31 = add nuw nsw i32 %g.0125, 1
  %exitcond133.not = icmp eq i32 %inc31, 3
  br i1 %exitcond133.not, label %for.cond.cleanup21, label %for.body22, !llvm.loop !13

for.body40:                                       ; preds = %for.cond.cleanup21, %for.body40
  %i.0127 = phi i32 [ %inc45, %for.body40 ], [ 0, %for.cond.cleanup21 ]
  %rem.lhs.trunc = trunc nuw i32 %i.0127 to i8
  %rem119 = urem i8 %rem.lhs.trunc, 7
  %rem.zext = zext nneg i8 %rem119 to i32
  %sub = add nsw i32 %rem.zext, -3
  %conv41 = sitofp i32 %sub to float
  %div42 = fmul float %conv41, 2.500000e-01
  %arrayidx43 = getelementptr inbounds [48 x float], ptr @x, i32 0, i32 %i.0127
  store float %div42, ptr %arrayidx43, align 4, !tbaa !2
  %inc45 = add nuw nsw i32 %i.0127, 1
  %exitcond135.not = icmp eq i32 %inc45, 48
  br i1 %exitcond135.not, label %for.body52, label %for.body40, !llvm.loop !14

for.body52:                                       ; preds = %for.body40, %for.body52
  %r47.0128 = phi i32 [ %inc59, %for.body52 ], [ 0, %for.body40 ]
  %arrayidx53 = getelementptr inbounds [6 x [12 x float]], ptr @packed, i32 0, i32 %r47.0128
  %arrayidx54 = getelementptr inbounds [6 x [3 x float]], ptr @scales, i32 0, i32 %r47.0128
  %call56 = tail call float @dot_row(ptr noundef nonnull %arrayidx53, ptr noundef nonnull %arrayidx54, ptr noundef nonnull @x) #4
  %conv57 = fpext float %call56 to double
  tail call void @sb3_out_double(double noundef %conv57) #5
  %inc59 = add nuw nsw i32 %r47.0128, 1
  %exitcond136.not = icmp eq i32 %inc59, 6
  br i1 %exitcond136.not, label %for.cond68.preheader, label %for.body52, !llvm.loop !15

for.cond68.preheader:                             ; preds = %for.body52, %for.cond.cleanup71
  %r61.0131 = phi i32 [ %inc82, %for.cond.cleanup71 ], [ 0, %for.body52 ]
  %mul.i112 = mul nuw nsw i32 %r61.0131, 131
  br label %for.body72

for.cond.cleanup65:                               ; preds = %for.cond.cleanup71
  %2 = load float, ptr getelementptr inbounds (i8, ptr @packed, i32 116), align 4, !tbaa !2
  %conv84 = fpext float %2 to double
  tail call void @sb3_out_double(double noundef %conv84) #5
  ret i32 0

for.cond.cleanup71:                               ; preds = %for.body72
  tail call void @sb3_out_int(i32 noundef %add77) #5
  %inc82 = add nuw nsw i32 %r61.0131, 1
  %exitcond138.not = icmp eq i32 %inc82, 6
  br i1 %exitcond138.not, label %for.cond.cleanup65, label %for.cond68.preheader, !llvm.loop !16

for.body72:                                       ; preds = %for.cond68.preheader, %for.body72
  %i67.0130 = phi i32 [ 0, %for.cond68.preheader ], [ %inc79, %for.body72 ]
  %s.0129 = phi i32 [ 0, %for.cond68.preheader ], [ %add77, %for.body72 ]
  %mul1.i113 = mul nuw nsw i32 %i67.0130, 31
  %add.i114 = add nuw nsw i32 %mul1.i113, %mul.i112
  %3 = mul i32 %add.i114, -1640531535
  %mul3.i115 = add i32 %3, 1401181143
  %shr.i116 = lshr i32 %mul3.i115, 24
  %rem.cmp.not.i117 = icmp eq i32 %shr.i116, 255
  %4 = add nsw i32 %shr.i116, -127
  %sub.i118 = select i1 %rem.cmp.not.i117, i32 -127, i32 %4
  %rem74.lhs.trunc = trunc nuw i32 %i67.0130 to i8
  %rem74120 = urem i8 %rem74.lhs.trunc, 7
  %rem74.zext = zext nneg i8 %rem74120 to i32
  %sub75 = add nsw i32 %rem74.zext, -3
  %mul76 = mul nsw i32 %sub.i118, %sub75
  %add77 = add nsw i32 %mul76, %s.0129
  %inc79 = add nuw nsw i32 %i67.0130, 1
  %exitcond137.not = icmp eq i32 %inc79, 48
  br i1 %exitcond137.not, label %for.cond.cleanup71, label %for.body72, !llvm.loop !17
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #3

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!15 = distinct !{!15, !7, !8}
!16 = distinct !{!16, !7, !8}
!17 = distinct !{!17, !7, !8}
