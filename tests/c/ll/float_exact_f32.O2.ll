; ModuleID = 'tests/c/float_exact_f32.c'
source_filename = "tests/c/float_exact_f32.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@fv = hidden local_unnamed_addr global [8 x float] [float 5.000000e-01, float -1.250000e+00, float 3.000000e+00, float 1.024000e+03, float -6.250000e-02, float 9.650000e+01, float 0.000000e+00, float -7.750000e+00], align 16
@facc = hidden local_unnamed_addr global [4 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef float @fmadd(float noundef %a, float noundef %b, float noundef %c) local_unnamed_addr #0 {
entry:
  %mul = fmul float %a, %b
  %add = fadd float %mul, %c
  ret float %add
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef float @fhalf(float noundef %a) local_unnamed_addr #0 {
entry:
  %div = fmul float %a, 5.000000e-01
  ret float %div
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.092 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [8 x float], ptr @fv, i32 0, i32 %i.092
  %0 = load float, ptr %arrayidx, align 4, !tbaa !2
  %add = add nuw nsw i32 %i.092, 3
  %rem = and i32 %add, 7
  %arrayidx1 = getelementptr inbounds [8 x float], ptr @fv, i32 0, i32 %rem
  %1 = load float, ptr %arrayidx1, align 4, !tbaa !2
  %add2 = fadd float %0, %1
  %conv = fpext float %add2 to double
  tail call void @sb3_out_double(double noundef %conv) #3
  %sub = fsub float %0, %1
  %conv3 = fpext float %sub to double
  tail call void @sb3_out_double(double noundef %conv3) #3
  %mul = fmul float %0, %1
  %conv4 = fpext float %mul to double
  tail call void @sb3_out_double(double noundef %conv4) #3
  %call = tail call float @fmadd(float noundef %0, float noundef 4.000000e+00, float noundef %1) #4
  %conv5 = fpext float %call to double
  tail call void @sb3_out_double(double noundef %conv5) #3
  %call6 = tail call float @fhalf(float noundef %0) #4
  %conv7 = fpext float %call6 to double
  tail call void @sb3_out_double(double noundef %conv7) #3
  %cmp8 = fcmp olt float %0, %1
  %conv9 = zext i1 %cmp8 to i32
  tail call void @sb3_out_int(i32 noundef %conv9) #3
  %cmp10 = fcmp oeq float %0, %1
  %conv11 = zext i1 %cmp10 to i32
  tail call void @sb3_out_int(i32 noundef %conv11) #3
  %mul12 = fmul float %0, 4.000000e+00
  %conv13 = fptosi float %mul12 to i32
  tail call void @sb3_out_int(i32 noundef %conv13) #3
  %mul14 = mul nuw nsw i32 %i.092, 3
  %sub15 = add nsw i32 %mul14, -10
  %conv16 = sitofp i32 %sub15 to float
  %conv17 = fpext float %conv16 to double
  tail call void @sb3_out_double(double noundef %conv17) #3
  %inc = add nuw nsw i32 %i.092, 1
  %exitcond.not = icmp eq i32 %inc, 8
  br i1 %exitcond.not, label %for.cond24.preheader, label %for.body, !llvm.loop !6

for.cond24.preheader:                             ; preds = %for.body, %for.cond.cleanup27
  %r.094 = phi i32 [ %add30, %for.cond.cleanup27 ], [ 0, %for.body ]
  %add30 = add nuw nsw i32 %r.094, 1
  %conv31 = uitofp nneg i32 %add30 to float
  br label %for.body28

for.cond.cleanup27:                               ; preds = %for.body28
  %exitcond99.not = icmp eq i32 %add30, 3
  br i1 %exitcond99.not, label %for.body47, label %for.cond24.preheader, !llvm.loop !9

for.body28:                                       ; preds = %for.cond24.preheader, %for.body28
  %i23.093 = phi i32 [ 0, %for.cond24.preheader ], [ %inc37, %for.body28 ]
  %arrayidx29 = getelementptr inbounds [8 x float], ptr @fv, i32 0, i32 %i23.093
  %2 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %mul32 = fmul float %2, %conv31
  %rem33 = and i32 %i23.093, 3
  %arrayidx34 = getelementptr inbounds [4 x float], ptr @facc, i32 0, i32 %rem33
  %3 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %add35 = fadd float %3, %mul32
  store float %add35, ptr %arrayidx34, align 4, !tbaa !2
  %inc37 = add nuw nsw i32 %i23.093, 1
  %exitcond98.not = icmp eq i32 %inc37, 8
  br i1 %exitcond98.not, label %for.cond.cleanup27, label %for.body28, !llvm.loop !10

for.body47:                                       ; preds = %for.cond.cleanup27, %for.body47
  %i42.095 = phi i32 [ %inc51, %for.body47 ], [ 0, %for.cond.cleanup27 ]
  %arrayidx48 = getelementptr inbounds [4 x float], ptr @facc, i32 0, i32 %i42.095
  %4 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %conv49 = fpext float %4 to double
  tail call void @sb3_out_double(double noundef %conv49) #3
  %inc51 = add nuw nsw i32 %i42.095, 1
  %exitcond100.not = icmp eq i32 %inc51, 4
  br i1 %exitcond100.not, label %for.body58, label %for.body47, !llvm.loop !11

for.cond.cleanup57:                               ; preds = %for.body58
  tail call void @sb3_out_double(double noundef %add61) #3
  %5 = load float, ptr getelementptr inbounds (i8, ptr @fv, i32 24), align 8, !tbaa !2
  %fneg = fneg float %5
  %conv65 = fpext float %fneg to double
  tail call void @sb3_out_double(double noundef %conv65) #3
  ret i32 0

for.body58:                                       ; preds = %for.body47, %for.body58
  %i53.097 = phi i32 [ %inc63, %for.body58 ], [ 0, %for.body47 ]
  %d.096 = phi double [ %add61, %for.body58 ], [ 0.000000e+00, %for.body47 ]
  %arrayidx59 = getelementptr inbounds [8 x float], ptr @fv, i32 0, i32 %i53.097
  %6 = load float, ptr %arrayidx59, align 4, !tbaa !2
  %conv60 = fpext float %6 to double
  %add61 = fadd double %d.096, %conv60
  %inc63 = add nuw nsw i32 %i53.097, 1
  %exitcond101.not = icmp eq i32 %inc63, 8
  br i1 %exitcond101.not, label %for.cond.cleanup57, label %for.body58, !llvm.loop !12
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin nounwind "no-builtins" }
attributes #4 = { nobuiltin "no-builtins" }

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
