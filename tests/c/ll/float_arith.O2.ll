; ModuleID = 'tests/c/float_arith.c'
source_filename = "tests/c/float_arith.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden local_unnamed_addr global [12 x double] [double 0.000000e+00, double 1.000000e+00, double -1.000000e+00, double 1.000000e-01, double 2.000000e-01, double 3.000000e-01, double 0x400921FB54442D18, double 0xC005BF0A8B145769, double 1.000000e-10, double 1.000000e+10, double 0x40FE240C9FBE76C9, double -5.000000e-01], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @fadd(double noundef %a, double noundef %b) local_unnamed_addr #0 {
entry:
  %add = fadd double %a, %b
  ret double %add
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @fsub(double noundef %a, double noundef %b) local_unnamed_addr #0 {
entry:
  %sub = fsub double %a, %b
  ret double %sub
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @fmul(double noundef %a, double noundef %b) local_unnamed_addr #0 {
entry:
  %mul = fmul double %a, %b
  ret double %mul
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @fdiv(double noundef %a, double noundef %b) local_unnamed_addr #0 {
entry:
  %div = fdiv double %a, %b
  ret double %div
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.094 = phi i32 [ 0, %entry ], [ %inc, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %i.094
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc = add nuw nsw i32 %i.094, 1
  %exitcond.not = icmp eq i32 %inc, 12
  br i1 %exitcond.not, label %for.body20, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %j.093 = phi i32 [ 1, %for.cond1.preheader ], [ %add, %for.body4 ]
  %0 = load double, ptr %arrayidx, align 8, !tbaa !5
  %arrayidx5 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %j.093
  %1 = load double, ptr %arrayidx5, align 8, !tbaa !5
  %call = tail call double @fadd(double noundef %0, double noundef %1) #3
  tail call void @sb3_out_double(double noundef %call) #4
  %2 = load double, ptr %arrayidx, align 8, !tbaa !5
  %3 = load double, ptr %arrayidx5, align 8, !tbaa !5
  %call8 = tail call double @fsub(double noundef %2, double noundef %3) #3
  tail call void @sb3_out_double(double noundef %call8) #4
  %4 = load double, ptr %arrayidx, align 8, !tbaa !5
  %5 = load double, ptr %arrayidx5, align 8, !tbaa !5
  %call11 = tail call double @fmul(double noundef %4, double noundef %5) #3
  tail call void @sb3_out_double(double noundef %call11) #4
  %6 = load double, ptr %arrayidx, align 8, !tbaa !5
  %7 = load double, ptr %arrayidx5, align 8, !tbaa !5
  %call14 = tail call double @fdiv(double noundef %6, double noundef %7) #3
  tail call void @sb3_out_double(double noundef %call14) #4
  %add = add nuw nsw i32 %j.093, 2
  %cmp2 = icmp ult i32 %j.093, 10
  br i1 %cmp2, label %for.body4, label %for.cond.cleanup3, !llvm.loop !9

for.body20:                                       ; preds = %for.cond.cleanup3, %for.body20
  %k.096 = phi i32 [ %inc23, %for.body20 ], [ 1, %for.cond.cleanup3 ]
  %f.095 = phi double [ %add21, %for.body20 ], [ 0.000000e+00, %for.cond.cleanup3 ]
  %conv = uitofp nneg i32 %k.096 to double
  %div = fdiv double 1.000000e+00, %conv
  %add21 = fadd double %f.095, %div
  %inc23 = add nuw nsw i32 %k.096, 1
  %exitcond102.not = icmp eq i32 %inc23, 1001
  br i1 %exitcond102.not, label %for.body30, label %for.body20, !llvm.loop !10

for.cond.cleanup29:                               ; preds = %for.body30
  tail call void @sb3_out_double(double noundef %add21) #4
  tail call void @sb3_out_double(double noundef %add33) #4
  br label %for.body41

for.body30:                                       ; preds = %for.body20, %for.body30
  %k25.098 = phi i32 [ %dec, %for.body30 ], [ 1000, %for.body20 ]
  %b.097 = phi double [ %add33, %for.body30 ], [ 0.000000e+00, %for.body20 ]
  %conv31 = uitofp nneg i32 %k25.098 to double
  %div32 = fdiv double 1.000000e+00, %conv31
  %add33 = fadd double %b.097, %div32
  %dec = add nsw i32 %k25.098, -1
  %cmp27 = icmp ugt i32 %k25.098, 1
  br i1 %cmp27, label %for.body30, label %for.cond.cleanup29, !llvm.loop !11

for.body41:                                       ; preds = %for.cond.cleanup29, %for.body41
  %k36.0100 = phi i32 [ 0, %for.cond.cleanup29 ], [ %inc46, %for.body41 ]
  %x.099 = phi double [ 1.000000e+00, %for.cond.cleanup29 ], [ %div44, %for.body41 ]
  %div42 = fdiv double 2.000000e+00, %x.099
  %add43 = fadd double %x.099, %div42
  %div44 = fmul double %add43, 5.000000e-01
  tail call void @sb3_out_double(double noundef %div44) #4
  %inc46 = add nuw nsw i32 %k36.0100, 1
  %exitcond103.not = icmp eq i32 %inc46, 6
  br i1 %exitcond103.not, label %for.body53, label %for.body41, !llvm.loop !12

for.cond.cleanup52:                               ; preds = %for.body53
  tail call void @sb3_out_double(double noundef 3.000000e+00) #4
  tail call void @sb3_out_double(double noundef 3.500000e+00) #4
  tail call void @sb3_out_double(double noundef 0x3FE6666666666667) #4
  ret i32 0

for.body53:                                       ; preds = %for.body41, %for.body53
  %i48.0101 = phi i32 [ %inc60, %for.body53 ], [ 0, %for.body41 ]
  %arrayidx54 = getelementptr inbounds [12 x double], ptr @xs, i32 0, i32 %i48.0101
  %8 = load double, ptr %arrayidx54, align 8, !tbaa !5
  %mul = fmul double %8, 3.000000e+00
  %sub = fadd double %mul, -2.000000e+00
  %mul55 = fmul double %8, %sub
  %add56 = fadd double %mul55, 5.000000e-01
  %mul57 = fmul double %8, %add56
  %sub58 = fadd double %mul57, -7.000000e+00
  tail call void @sb3_out_double(double noundef %sub58) #4
  %inc60 = add nuw nsw i32 %i48.0101, 1
  %exitcond104.not = icmp eq i32 %inc60, 12
  br i1 %exitcond104.not, label %for.cond.cleanup52, label %for.body53, !llvm.loop !13
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

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
!5 = !{!6, !6, i64 0}
!6 = !{!"double", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !3, !4}
!10 = distinct !{!10, !3, !4}
!11 = distinct !{!11, !3, !4}
!12 = distinct !{!12, !3, !4}
!13 = distinct !{!13, !3, !4}
