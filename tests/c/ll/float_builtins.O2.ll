; ModuleID = 'tests/c/float_builtins.c'
source_filename = "tests/c/float_builtins.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden local_unnamed_addr global [13 x double] [double 0.000000e+00, double 2.500000e-01, double 1.000000e+00, double 2.000000e+00, double 2.500000e+00, double -2.500000e+00, double 3.700000e+00, double -3.700000e+00, double 1.000000e+01, double 1.000000e+06, double 1.000000e-01, double -1.000000e-01, double 1.234560e+02], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.040 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [13 x double], ptr @xs, i32 0, i32 %i.040
  %0 = load double, ptr %arrayidx, align 8, !tbaa !2
  %1 = tail call double @llvm.fabs.f64(double %0)
  %2 = tail call double @llvm.sqrt.f64(double %1)
  tail call void @sb3_out_double(double noundef %2) #3
  %3 = tail call double @llvm.floor.f64(double %0)
  tail call void @sb3_out_double(double noundef %3) #3
  %4 = tail call double @llvm.ceil.f64(double %0)
  tail call void @sb3_out_double(double noundef %4) #3
  %5 = tail call double @llvm.trunc.f64(double %0)
  tail call void @sb3_out_double(double noundef %5) #3
  tail call void @sb3_out_double(double noundef %1) #3
  %div = fmul double %0, 1.250000e-01
  %6 = tail call double @llvm.exp.f64(double %div)
  %mul = fmul double %6, 1.000000e+06
  %add = fadd double %mul, 5.000000e-01
  %7 = tail call double @llvm.floor.f64(double %add)
  tail call void @sb3_out_double(double noundef %7) #3
  %inc = add nuw nsw i32 %i.040, 1
  %exitcond.not = icmp eq i32 %inc, 13
  br i1 %exitcond.not, label %for.body4, label %for.body, !llvm.loop !6

for.cond.cleanup3:                                ; preds = %for.body4
  tail call void @sb3_out_double(double noundef 5.000000e+00) #3
  br label %while.body

for.body4:                                        ; preds = %for.body, %for.body4
  %k.041 = phi i32 [ %inc7, %for.body4 ], [ 0, %for.body ]
  %mul5 = mul nuw nsw i32 %k.041, %k.041
  %conv = uitofp nneg i32 %mul5 to double
  %8 = tail call double @llvm.sqrt.f64(double %conv)
  tail call void @sb3_out_double(double noundef %8) #3
  %inc7 = add nuw nsw i32 %k.041, 1
  %exitcond44.not = icmp eq i32 %inc7, 20
  br i1 %exitcond44.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9

while.body:                                       ; preds = %for.cond.cleanup3, %while.body
  %steps.043 = phi i32 [ 0, %for.cond.cleanup3 ], [ %inc21, %while.body ]
  %x12.042 = phi double [ 1.000000e+01, %for.cond.cleanup3 ], [ %mul20, %while.body ]
  %div18 = fdiv double 1.000000e+01, %x12.042
  %add19 = fadd double %x12.042, %div18
  %mul20 = fmul double %add19, 5.000000e-01
  %inc21 = add nuw nsw i32 %steps.043, 1
  %mul13 = fmul double %mul20, %mul20
  %sub = fadd double %mul13, -1.000000e+01
  %9 = tail call double @llvm.fabs.f64(double %sub)
  %cmp14 = fcmp ogt double %9, 0x3D719799812DEA11
  %cmp16 = icmp ult i32 %steps.043, 49
  %10 = select i1 %cmp14, i1 %cmp16, i1 false
  br i1 %10, label %while.body, label %while.end, !llvm.loop !10

while.end:                                        ; preds = %while.body
  tail call void @sb3_out_int(i32 noundef %inc21) #3
  tail call void @sb3_out_double(double noundef %mul20) #3
  ret i32 0
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.ceil.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.trunc.f64(double) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.exp.f64(double) #2

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"double", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7, !8}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !7, !8}
!10 = distinct !{!10, !7, !8}
