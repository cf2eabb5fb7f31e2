; ModuleID = 'tests/c/float_special.c'
source_filename = "tests/c/float_special.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@g = hidden local_unnamed_addr global [8 x double] [double 1.000000e-01, double 2.000000e-01, double 1.000000e+300, double 1.000000e+10, double 0.000000e+00, double -1.000000e+00, double 4.940660e-324, double 0x7FEFFFFFFFFFFFFF], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  %0 = load double, ptr @g, align 16, !tbaa !2
  %1 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 8), align 8, !tbaa !2
  %add = fadd double %0, %1
  tail call void @sb3_out_double(double noundef %add) #3
  %2 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 16), align 16, !tbaa !2
  %3 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 24), align 8, !tbaa !2
  %mul = fmul double %2, %3
  tail call void @sb3_out_double(double noundef %mul) #3
  %4 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 16), align 16, !tbaa !2
  %fneg = fneg double %4
  %5 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 24), align 8, !tbaa !2
  %mul1 = fmul double %5, %fneg
  tail call void @sb3_out_double(double noundef %mul1) #3
  %6 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 32), align 16, !tbaa !2
  %7 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 40), align 8, !tbaa !2
  %mul2 = fmul double %6, %7
  tail call void @sb3_out_double(double noundef %mul2) #3
  %8 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 32), align 16, !tbaa !2
  %fneg3 = fneg double %8
  tail call void @sb3_out_double(double noundef %fneg3) #3
  %9 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 40), align 8, !tbaa !2
  %10 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 16), align 16, !tbaa !2
  %11 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 24), align 8, !tbaa !2
  %mul4 = fmul double %10, %11
  %div = fdiv double %9, %mul4
  tail call void @sb3_out_double(double noundef %div) #3
  %12 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 32), align 16, !tbaa !2
  %div5 = fdiv double %12, %12
  tail call void @sb3_out_double(double noundef %div5) #3
  %13 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 24), align 8, !tbaa !2
  %14 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 32), align 16, !tbaa !2
  %div6 = fdiv double %13, %14
  tail call void @sb3_out_double(double noundef %div6) #3
  %15 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 40), align 8, !tbaa !2
  %16 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 32), align 16, !tbaa !2
  %div7 = fdiv double %15, %16
  tail call void @sb3_out_double(double noundef %div7) #3
  %17 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 48), align 16, !tbaa !2
  tail call void @sb3_out_double(double noundef %17) #3
  %18 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 48), align 16, !tbaa !2
  %div8 = fmul double %18, 5.000000e-01
  tail call void @sb3_out_double(double noundef %div8) #3
  %19 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 56), align 8, !tbaa !2
  tail call void @sb3_out_double(double noundef %19) #3
  %20 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 56), align 8, !tbaa !2
  %mul9 = fmul double %20, 2.000000e+00
  %sub = fsub double %mul9, %mul9
  tail call void @sb3_out_double(double noundef %sub) #3
  %21 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 40), align 8, !tbaa !2
  %22 = tail call double @llvm.sqrt.f64(double %21)
  tail call void @sb3_out_double(double noundef %22) #3
  %23 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 16), align 16, !tbaa !2
  %24 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 24), align 8, !tbaa !2
  %mul11 = fmul double %23, %24
  %25 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 56), align 8, !tbaa !2
  %cmp = fcmp ogt double %mul11, %25
  %conv = zext i1 %cmp to i32
  tail call void @sb3_out_int(i32 noundef %conv) #3
  %26 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 56), align 8, !tbaa !2
  %cmp14 = fcmp ogt double %mul11, %26
  %conv15 = zext i1 %cmp14 to i32
  tail call void @sb3_out_int(i32 noundef %conv15) #3
  %27 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 32), align 16, !tbaa !2
  %cmp17 = fcmp oeq double %27, 0.000000e+00
  %conv18 = zext i1 %cmp17 to i32
  tail call void @sb3_out_int(i32 noundef %conv18) #3
  %div19 = fdiv double 1.000000e+00, %mul11
  tail call void @sb3_out_double(double noundef %div19) #3
  %div20 = fdiv double -1.000000e+00, %mul11
  tail call void @sb3_out_double(double noundef %div20) #3
  %28 = load double, ptr getelementptr inbounds (i8, ptr @g, i32 32), align 16, !tbaa !2
  %add22 = fsub double 0.000000e+00, %28
  tail call void @sb3_out_double(double noundef %add22) #3
  %29 = load double, ptr @g, align 16, !tbaa !2
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  tail call void @sb3_out_double(double noundef %add25) #3
  %cmp26 = fcmp oeq double %add25, 1.000000e+00
  %conv27 = zext i1 %cmp26 to i32
  tail call void @sb3_out_int(i32 noundef %conv27) #3
  ret i32 0

for.body:                                         ; preds = %entry, %for.body
  %k.035 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %s.034 = phi double [ 0.000000e+00, %entry ], [ %add25, %for.body ]
  %add25 = fadd double %s.034, %29
  %inc = add nuw nsw i32 %k.035, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !6
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.sqrt.f64(double) #2

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
