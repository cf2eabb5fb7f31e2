; ModuleID = 'floats.c'
source_filename = "floats.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@table = hidden local_unnamed_addr constant [3 x float] [float 0x400921FB60000000, float 0x36A0000000000000, float 0x3FD5555560000000], align 4
@__const.main.a = private unnamed_addr constant [4 x float] [float 1.500000e+00, float 2.500000e+00, float -3.250000e+00, float 1.250000e-01], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
define hidden float @fsum(ptr nocapture noundef readonly %a, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp4 = icmp sgt i32 %n, 0
  br i1 %cmp4, label %for.body, label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %s.0.lcssa = phi float [ 0.000000e+00, %entry ], [ %add, %for.body ]
  ret float %s.0.lcssa

for.body:                                         ; preds = %entry, %for.body
  %i.06 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %s.05 = phi float [ %add, %for.body ], [ 0.000000e+00, %entry ]
  %arrayidx = getelementptr inbounds float, ptr %a, i32 %i.06
  %0 = load float, ptr %arrayidx, align 4, !tbaa !2
  %add = fadd float %s.05, %0
  %inc = add nuw nsw i32 %i.06, 1
  %exitcond.not = icmp eq i32 %inc, %n
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !6
}

; Function Attrs: nofree norecurse nosync nounwind memory(argmem: read)
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
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !9
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @mix(double noundef %a, float noundef %b) local_unnamed_addr #1 {
entry:
  %conv = fpext float %b to double
  %mul = fmul double %conv, %a
  %div = fdiv double %a, 3.000000e+00
  %sub = fsub double %mul, %div
  %cmp = fcmp olt float %b, 0.000000e+00
  %fneg = fneg float %b
  %cond = select i1 %cmp, float %fneg, float %b
  %conv2 = fpext float %cond to double
  %add = fadd double %sub, %conv2
  ret double %add
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef float @softmaxish(float noundef %x) local_unnamed_addr #1 {
entry:
  %0 = tail call float @llvm.exp.f32(float %x)
  %add = fadd float %0, 1.000000e+00
  %div = fdiv float %0, %add
  ret float %div
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden float @misc(float noundef %x) local_unnamed_addr #1 {
entry:
  %0 = tail call float @llvm.fabs.f32(float %x)
  %1 = tail call float @llvm.sqrt.f32(float %0)
  %2 = tail call float @llvm.floor.f32(float %x)
  %add = fadd float %2, %1
  %3 = tail call float @llvm.fma.f32(float %x, float %x, float 1.000000e+00)
  %add1 = fadd float %3, %add
  %4 = tail call float @llvm.minnum.f32(float %x, float 2.000000e+00)
  %add2 = fadd float %4, %add1
  %5 = tail call float @llvm.copysign.f32(float 1.000000e+00, float %x)
  %add3 = fadd float %5, %add2
  ret float %add3
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fma.f32(float, float, float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.minnum.f32(float, float) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.copysign.f32(float, float) #2

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden i32 @conv(float noundef %f, double noundef %d) local_unnamed_addr #1 {
entry:
  %conv = fptosi float %f to i32
  %conv1 = fptoui double %d to i32
  %add = add nsw i32 %conv1, %conv
  %cmp = fcmp uno float %f, 0.000000e+00
  %conv2 = zext i1 %cmp to i32
  %add3 = add nsw i32 %add, %conv2
  %cmp4 = fcmp oge double %d, 1.000000e+10
  %conv5 = zext i1 %cmp4 to i32
  %cmp7 = fcmp oeq float %f, 5.000000e-01
  %conv8 = zext i1 %cmp7 to i32
  %add6 = add i32 %add3, %conv8
  %add9 = add i32 %add6, %conv5
  ret i32 %add9
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef float @neg(float noundef %x) local_unnamed_addr #1 {
entry:
  %fneg = fneg float %x
  ret float %fneg
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @inf_nan(i32 noundef %k) local_unnamed_addr #1 {
entry:
  %tobool.not = icmp eq i32 %k, 0
  %. = select i1 %tobool.not, double 0x7FF8000000000000, double 0x7FF0000000000000
  ret double %.
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #3 {
entry:
  br label %for.body.i

for.body.i:                                       ; preds = %for.body.i, %entry
  %i.06.i = phi i32 [ %inc.i, %for.body.i ], [ 0, %entry ]
  %s.05.i = phi float [ %add.i, %for.body.i ], [ 0.000000e+00, %entry ]
  %arrayidx.i = getelementptr inbounds float, ptr @__const.main.a, i32 %i.06.i
  %0 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %add.i = fadd float %s.05.i, %0
  %inc.i = add nuw nsw i32 %i.06.i, 1
  %exitcond.not.i = icmp eq i32 %inc.i, 4
  br i1 %exitcond.not.i, label %fsum.exit, label %for.body.i, !llvm.loop !6

fsum.exit:                                        ; preds = %for.body.i
  %conv = fpext float %add.i to double
  tail call void @sb3_out_double(double noundef %conv) #5
  br label %for.body.i15

for.body.i15:                                     ; preds = %for.body.i15, %fsum.exit
  %i.08.i = phi i32 [ %inc.i18, %for.body.i15 ], [ 0, %fsum.exit ]
  %s.07.i = phi float [ %add.i17, %for.body.i15 ], [ 0.000000e+00, %fsum.exit ]
  %arrayidx.i16 = getelementptr inbounds float, ptr @__const.main.a, i32 %i.08.i
  %1 = load float, ptr %arrayidx.i16, align 4, !tbaa !2
  %mul.i = fmul float %1, %1
  %add.i17 = fadd float %s.07.i, %mul.i
  %inc.i18 = add nuw nsw i32 %i.08.i, 1
  %exitcond.not.i19 = icmp eq i32 %inc.i18, 4
  br i1 %exitcond.not.i19, label %dot.exit, label %for.body.i15, !llvm.loop !9

dot.exit:                                         ; preds = %for.body.i15
  %conv4 = fpext float %add.i17 to double
  tail call void @sb3_out_double(double noundef %conv4) #5
  tail call void @sb3_out_double(double noundef 0xC001555555555555) #5
  tail call void @sb3_out_double(double noundef 0x3FE3EB2FE0000000) #5
  tail call void @sb3_out_double(double noundef 1.256250e+01) #5
  tail call void @sb3_out_int(i32 noundef poison) #5
  tail call void @sb3_out_double(double noundef 0xC0067750C0000000) #5
  tail call void @sb3_out_double(double noundef 0x7FF0000000000000) #5
  tail call void @sb3_out_double(double noundef 0x7FF8000000000000) #5
  ret i32 0
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #4

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #4

attributes #0 = { nofree norecurse nosync nounwind memory(argmem: read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
