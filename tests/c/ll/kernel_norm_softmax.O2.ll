; ModuleID = 'tests/c/kernel_norm_softmax.c'
source_filename = "tests/c/kernel_norm_softmax.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@v = hidden local_unnamed_addr global [12 x float] zeroinitializer, align 16
@w = hidden local_unnamed_addr global [12 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  %o = alloca [12 x float], align 16
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  call void @llvm.lifetime.start.p0(i64 48, ptr nonnull %o) #4
  br label %for.body.i

for.cond.cleanup.i:                               ; preds = %for.body.i
  %div.i = fdiv float %add.i, 1.200000e+01
  %add2.i = fadd float %div.i, 0x3EE4F8B580000000
  %0 = tail call float @llvm.sqrt.f32(float %add2.i)
  %div3.i = fdiv float 1.000000e+00, %0
  br label %for.body9.i

for.body.i:                                       ; preds = %for.body.i, %for.cond.cleanup
  %i.033.i = phi i32 [ 0, %for.cond.cleanup ], [ %inc.i, %for.body.i ]
  %ss.032.i = phi float [ 0.000000e+00, %for.cond.cleanup ], [ %add.i, %for.body.i ]
  %arrayidx.i = getelementptr inbounds float, ptr @v, i32 %i.033.i
  %1 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %mul.i = fmul float %1, %1
  %add.i = fadd float %ss.032.i, %mul.i
  %inc.i = add nuw nsw i32 %i.033.i, 1
  %exitcond.not.i = icmp eq i32 %inc.i, 12
  br i1 %exitcond.not.i, label %for.cond.cleanup.i, label %for.body.i, !llvm.loop !6

for.body9.i:                                      ; preds = %for.body9.i, %for.cond.cleanup.i
  %i4.034.i = phi i32 [ 0, %for.cond.cleanup.i ], [ %inc16.i, %for.body9.i ]
  %arrayidx10.i = getelementptr inbounds float, ptr @w, i32 %i4.034.i
  %2 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds float, ptr @v, i32 %i4.034.i
  %3 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %div3.i, %3
  %mul13.i = fmul float %2, %mul12.i
  %arrayidx14.i = getelementptr inbounds float, ptr %o, i32 %i4.034.i
  store float %mul13.i, ptr %arrayidx14.i, align 4, !tbaa !2
  %inc16.i = add nuw nsw i32 %i4.034.i, 1
  %exitcond35.not.i = icmp eq i32 %inc16.i, 12
  br i1 %exitcond35.not.i, label %for.body10, label %for.body9.i, !llvm.loop !9

for.body:                                         ; preds = %entry, %for.body
  %i.0107 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %4 = trunc nuw i32 %i.0107 to i8
  %rem.lhs.trunc = mul nuw i8 %4, 5
  %rem106 = urem i8 %rem.lhs.trunc, 11
  %rem.zext = zext nneg i8 %rem106 to i32
  %sub = add nsw i32 %rem.zext, -5
  %conv = sitofp i32 %sub to float
  %div = fmul float %conv, 5.000000e-01
  %arrayidx = getelementptr inbounds [12 x float], ptr @v, i32 0, i32 %i.0107
  store float %div, ptr %arrayidx, align 4, !tbaa !2
  %rem1 = and i32 %i.0107, 3
  %add = add nuw nsw i32 %rem1, 1
  %conv2 = uitofp nneg i32 %add to float
  %div3 = fmul float %conv2, 2.500000e-01
  %arrayidx4 = getelementptr inbounds [12 x float], ptr @w, i32 0, i32 %i.0107
  store float %div3, ptr %arrayidx4, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.0107, 1
  %exitcond.not = icmp eq i32 %inc, 12
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !10

for.body.i66:                                     ; preds = %for.body10, %for.body.i66
  %i.09.i = phi i32 [ %inc.i68, %for.body.i66 ], [ 1, %for.body10 ]
  %best.08.i = phi i32 [ %best.1.i, %for.body.i66 ], [ 0, %for.body10 ]
  %arrayidx.i67 = getelementptr inbounds float, ptr @v, i32 %i.09.i
  %5 = load float, ptr %arrayidx.i67, align 4, !tbaa !2
  %arrayidx1.i = getelementptr inbounds float, ptr @v, i32 %best.08.i
  %6 = load float, ptr %arrayidx1.i, align 4, !tbaa !2
  %cmp2.i = fcmp ogt float %5, %6
  %best.1.i = select i1 %cmp2.i, i32 %i.09.i, i32 %best.08.i
  %inc.i68 = add nuw nsw i32 %i.09.i, 1
  %exitcond.not.i69 = icmp eq i32 %inc.i68, 12
  br i1 %exitcond.not.i69, label %argmax.exit, label %for.body.i66, !llvm.loop !11

argmax.exit:                                      ; preds = %for.body.i66
  tail call void @sb3_out_int(i32 noundef %best.1.i) #5
  br label %for.body.i71

for.body.i71:                                     ; preds = %for.body.i71, %argmax.exit
  %i.09.i72 = phi i32 [ 1, %argmax.exit ], [ %inc.i78, %for.body.i71 ]
  %best.08.i73 = phi i32 [ 0, %argmax.exit ], [ %best.1.i77, %for.body.i71 ]
  %arrayidx.i74 = getelementptr inbounds float, ptr %o, i32 %i.09.i72
  %7 = load float, ptr %arrayidx.i74, align 4, !tbaa !2
  %arrayidx1.i75 = getelementptr inbounds float, ptr %o, i32 %best.08.i73
  %8 = load float, ptr %arrayidx1.i75, align 4, !tbaa !2
  %cmp2.i76 = fcmp ogt float %7, %8
  %best.1.i77 = select i1 %cmp2.i76, i32 %i.09.i72, i32 %best.08.i73
  %inc.i78 = add nuw nsw i32 %i.09.i72, 1
  %exitcond.not.i79 = icmp eq i32 %inc.i78, 12
  br i1 %exitcond.not.i79, label %argmax.exit81, label %for.body.i71, !llvm.loop !11

argmax.exit81:                                    ; preds = %for.body.i71
  tail call void @sb3_out_int(i32 noundef %best.1.i77) #5
  %9 = load float, ptr %o, align 16, !tbaa !2
  br label %for.body.i82

for.body.i82:                                     ; preds = %for.body.i82, %argmax.exit81
  %i.044.i = phi i32 [ 1, %argmax.exit81 ], [ %inc.i85, %for.body.i82 ]
  %max.043.i = phi float [ %9, %argmax.exit81 ], [ %max.1.i, %for.body.i82 ]
  %arrayidx1.i83 = getelementptr inbounds float, ptr %o, i32 %i.044.i
  %10 = load float, ptr %arrayidx1.i83, align 4, !tbaa !2
  %cmp2.i84 = fcmp ogt float %10, %max.043.i
  %max.1.i = select i1 %cmp2.i84, float %10, float %max.043.i
  %inc.i85 = add nuw nsw i32 %i.044.i, 1
  %exitcond.not.i86 = icmp eq i32 %inc.i85, 12
  br i1 %exitcond.not.i86, label %for.body8.i, label %for.body.i82, !llvm.loop !12

for.body8.i:                                      ; preds = %for.body.i82, %for.body8.i
  %i4.046.i = phi i32 [ %inc13.i, %for.body8.i ], [ 0, %for.body.i82 ]
  %sum.045.i = phi float [ %add.i87, %for.body8.i ], [ 0.000000e+00, %for.body.i82 ]
  %arrayidx9.i = getelementptr inbounds float, ptr %o, i32 %i4.046.i
  %11 = load float, ptr %arrayidx9.i, align 4, !tbaa !2
  %sub.i = fsub float %11, %max.1.i
  %12 = tail call float @llvm.exp.f32(float %sub.i)
  store float %12, ptr %arrayidx9.i, align 4, !tbaa !2
  %add.i87 = fadd float %sum.045.i, %12
  %inc13.i = add nuw nsw i32 %i4.046.i, 1
  %exitcond48.not.i = icmp eq i32 %inc13.i, 12
  br i1 %exitcond48.not.i, label %for.body19.i, label %for.body8.i, !llvm.loop !13

for.body19.i:                                     ; preds = %for.body8.i, %for.body19.i
  %i15.047.i = phi i32 [ %inc22.i, %for.body19.i ], [ 0, %for.body8.i ]
  %arrayidx20.i = getelementptr inbounds float, ptr %o, i32 %i15.047.i
  %13 = load float, ptr %arrayidx20.i, align 4, !tbaa !2
  %div.i88 = fdiv float %13, %add.i87
  store float %div.i88, ptr %arrayidx20.i, align 4, !tbaa !2
  %inc22.i = add nuw nsw i32 %i15.047.i, 1
  %exitcond49.not.i = icmp eq i32 %inc22.i, 12
  br i1 %exitcond49.not.i, label %for.body24, label %for.body19.i, !llvm.loop !14

for.body10:                                       ; preds = %for.body9.i, %for.body10
  %i5.0108 = phi i32 [ %inc14, %for.body10 ], [ 0, %for.body9.i ]
  %arrayidx11 = getelementptr inbounds [12 x float], ptr %o, i32 0, i32 %i5.0108
  %14 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %conv12 = fpext float %14 to double
  tail call void @sb3_out_double(double noundef %conv12) #5
  %inc14 = add nuw nsw i32 %i5.0108, 1
  %exitcond112.not = icmp eq i32 %inc14, 12
  br i1 %exitcond112.not, label %for.body.i66, label %for.body10, !llvm.loop !15

for.cond.cleanup23:                               ; preds = %for.body24
  %mul.i89 = fmul float %add29, 1.000000e+06
  %add.i90 = fadd float %mul.i89, 5.000000e-01
  %15 = tail call noundef float @llvm.floor.f32(float %add.i90)
  %conv34 = fpext float %15 to double
  tail call void @sb3_out_double(double noundef %conv34) #5
  br label %for.body.i91

for.body.i91:                                     ; preds = %for.body.i91, %for.cond.cleanup23
  %i.09.i92 = phi i32 [ 1, %for.cond.cleanup23 ], [ %inc.i98, %for.body.i91 ]
  %best.08.i93 = phi i32 [ 0, %for.cond.cleanup23 ], [ %best.1.i97, %for.body.i91 ]
  %arrayidx.i94 = getelementptr inbounds float, ptr %o, i32 %i.09.i92
  %16 = load float, ptr %arrayidx.i94, align 4, !tbaa !2
  %arrayidx1.i95 = getelementptr inbounds float, ptr %o, i32 %best.08.i93
  %17 = load float, ptr %arrayidx1.i95, align 4, !tbaa !2
  %cmp2.i96 = fcmp ogt float %16, %17
  %best.1.i97 = select i1 %cmp2.i96, i32 %i.09.i92, i32 %best.08.i93
  %inc.i98 = add nuw nsw i32 %i.09.i92, 1
  %exitcond.not.i99 = icmp eq i32 %inc.i98, 12
  br i1 %exitcond.not.i99, label %argmax.exit101, label %for.body.i91, !llvm.loop !11

argmax.exit101:                                   ; preds = %for.body.i91
  tail call void @sb3_out_int(i32 noundef %best.1.i97) #5
  br label %for.body42

for.body24:                                       ; preds = %for.body19.i, %for.body24
  %i19.0110 = phi i32 [ %inc31, %for.body24 ], [ 0, %for.body19.i ]
  %total.0109 = phi float [ %add29, %for.body24 ], [ 0.000000e+00, %for.body19.i ]
  %arrayidx25 = getelementptr inbounds [12 x float], ptr %o, i32 0, i32 %i19.0110
  %18 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %mul.i102 = fmul float %18, 1.000000e+06
  %add.i103 = fadd float %mul.i102, 5.000000e-01
  %19 = tail call noundef float @llvm.floor.f32(float %add.i103)
  %conv27 = fpext float %19 to double
  tail call void @sb3_out_double(double noundef %conv27) #5
  %add29 = fadd float %total.0109, %18
  %inc31 = add nuw nsw i32 %i19.0110, 1
  %exitcond113.not = icmp eq i32 %inc31, 12
  br i1 %exitcond113.not, label %for.cond.cleanup23, label %for.body24, !llvm.loop !16

for.cond.cleanup41:                               ; preds = %for.body42
  call void @llvm.lifetime.end.p0(i64 48, ptr nonnull %o) #4
  ret i32 0

for.body42:                                       ; preds = %argmax.exit101, %for.body42
  %i37.0111 = phi i32 [ 0, %argmax.exit101 ], [ %add50, %for.body42 ]
  %arrayidx43 = getelementptr inbounds [12 x float], ptr @v, i32 0, i32 %i37.0111
  %20 = load float, ptr %arrayidx43, align 8, !tbaa !2
  %fneg = fneg float %20
  %21 = tail call float @llvm.exp.f32(float %fneg)
  %add44 = fadd float %21, 1.000000e+00
  %div45 = fdiv float 1.000000e+00, %add44
  %mul46 = fmul float %20, %div45
  %mul.i104 = fmul float %mul46, 1.000000e+06
  %add.i105 = fadd float %mul.i104, 5.000000e-01
  %22 = tail call noundef float @llvm.floor.f32(float %add.i105)
  %conv48 = fpext float %22 to double
  tail call void @sb3_out_double(double noundef %conv48) #5
  %add50 = add nuw nsw i32 %i37.0111, 2
  %cmp39 = icmp ult i32 %i37.0111, 10
  br i1 %cmp39, label %for.body42, label %for.cond.cleanup41, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #3

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nounwind }
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
