; ModuleID = 'tests/c/minmax_abs.c'
source_filename = "tests/c/minmax_abs.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden local_unnamed_addr global [10 x i32] [i32 0, i32 1, i32 -1, i32 7, i32 -7, i32 2147483647, i32 -2147483647, i32 100000, i32 -99999, i32 3], align 16
@__const.main.ds = private unnamed_addr constant [4 x double] [double -3.500000e+00, double 2.250000e+00, double -1.250000e-01, double 8.000000e+00], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.0135 = phi i32 [ 0, %entry ], [ %inc, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %i.0135
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc = add nuw nsw i32 %i.0135, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %for.body21, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %j.0134 = phi i32 [ 0, %for.cond1.preheader ], [ %add, %for.body4 ]
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %arrayidx5 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %j.0134
  %1 = load i32, ptr %arrayidx5, align 8, !tbaa !5
  %cond.i = tail call noundef i32 @llvm.smin.i32(i32 %0, i32 %1)
  tail call void @sb3_out_int(i32 noundef %cond.i) #4
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %3 = load i32, ptr %arrayidx5, align 8, !tbaa !5
  %cond.i127 = tail call noundef i32 @llvm.smax.i32(i32 %2, i32 %3)
  tail call void @sb3_out_int(i32 noundef %cond.i127) #4
  %4 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %5 = load i32, ptr %arrayidx5, align 8, !tbaa !5
  %cond.i128 = tail call noundef i32 @llvm.umin.i32(i32 %4, i32 %5)
  tail call void @sb3_out_int(i32 noundef %cond.i128) #4
  %6 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %7 = load i32, ptr %arrayidx5, align 8, !tbaa !5
  %cond.i129 = tail call noundef i32 @llvm.umax.i32(i32 %6, i32 %7)
  tail call void @sb3_out_int(i32 noundef %cond.i129) #4
  %add = add nuw nsw i32 %j.0134, 2
  %cmp2 = icmp ult i32 %j.0134, 8
  br i1 %cmp2, label %for.body4, label %for.cond.cleanup3, !llvm.loop !9

for.cond.cleanup20:                               ; preds = %for.body21
  %8 = load i32, ptr @xs, align 16, !tbaa !5
  br label %for.body66

for.body21:                                       ; preds = %for.cond.cleanup3, %for.body21
  %i17.0136 = phi i32 [ %inc59, %for.body21 ], [ 0, %for.cond.cleanup3 ]
  %arrayidx22 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %i17.0136
  %9 = load i32, ptr %arrayidx22, align 4, !tbaa !5
  %cond.i130 = tail call i32 @llvm.abs.i32(i32 %9, i1 true)
  tail call void @sb3_out_int(i32 noundef %cond.i130) #4
  %10 = load i32, ptr %arrayidx22, align 4, !tbaa !5
  %11 = tail call i32 @llvm.abs.i32(i32 %10, i1 true)
  tail call void @sb3_out_int(i32 noundef %11) #4
  %12 = load i32, ptr %arrayidx22, align 4, !tbaa !5
  %sext = shl i32 %12, 24
  %conv28 = ashr exact i32 %sext, 24
  %cond = tail call i32 @llvm.abs.i32(i32 %conv28, i1 true)
  tail call void @sb3_out_int(i32 noundef %cond) #4
  %sext126 = shl i32 %12, 16
  %conv33 = ashr exact i32 %sext126, 16
  %cond45 = tail call i32 @llvm.smax.i32(i32 %conv33, i32 -100)
  %cond47 = tail call i32 @llvm.smin.i32(i32 %cond45, i32 100)
  tail call void @sb3_out_int(i32 noundef %cond47) #4
  %13 = load i32, ptr %arrayidx22, align 4, !tbaa !5
  %conv50 = and i32 %13, 255
  %cond57 = tail call i32 @llvm.umin.i32(i32 %conv50, i32 200)
  tail call void @sb3_out_int(i32 noundef %cond57) #4
  %inc59 = add nuw nsw i32 %i17.0136, 1
  %exitcond143.not = icmp eq i32 %inc59, 10
  br i1 %exitcond143.not, label %for.cond.cleanup20, label %for.body21, !llvm.loop !10

for.cond.cleanup65:                               ; preds = %for.body66
  tail call void @sb3_out_int(i32 noundef %cond.i131) #4
  tail call void @sb3_out_int(i32 noundef %cond.i132) #4
  tail call void @sb3_out_int(i32 noundef %cond.i133) #4
  br label %for.body81

for.body66:                                       ; preds = %for.cond.cleanup20, %for.body66
  %i61.0140 = phi i32 [ 1, %for.cond.cleanup20 ], [ %inc74, %for.body66 ]
  %ulo.0139 = phi i32 [ -1, %for.cond.cleanup20 ], [ %cond.i133, %for.body66 ]
  %hi.0138 = phi i32 [ %8, %for.cond.cleanup20 ], [ %cond.i132, %for.body66 ]
  %lo.0137 = phi i32 [ %8, %for.cond.cleanup20 ], [ %cond.i131, %for.body66 ]
  %arrayidx67 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %i61.0140
  %14 = load i32, ptr %arrayidx67, align 4, !tbaa !5
  %cond.i131 = tail call noundef i32 @llvm.smin.i32(i32 %lo.0137, i32 %14)
  %cond.i132 = tail call noundef i32 @llvm.smax.i32(i32 %hi.0138, i32 %14)
  %or = or i32 %14, 1
  %cond.i133 = tail call noundef i32 @llvm.umin.i32(i32 %ulo.0139, i32 %or)
  %inc74 = add nuw nsw i32 %i61.0140, 1
  %exitcond144.not = icmp eq i32 %inc74, 10
  br i1 %exitcond144.not, label %for.cond.cleanup65, label %for.body66, !llvm.loop !11

for.cond.cleanup80:                               ; preds = %for.body81
  tail call void @sb3_out_double(double noundef %cond88) #4
  ret i32 0

for.body81:                                       ; preds = %for.cond.cleanup65, %for.body81
  %i76.0142 = phi i32 [ 0, %for.cond.cleanup65 ], [ %inc90, %for.body81 ]
  %m.0141 = phi double [ 0.000000e+00, %for.cond.cleanup65 ], [ %cond88, %for.body81 ]
  %arrayidx82 = getelementptr inbounds [4 x double], ptr @__const.main.ds, i32 0, i32 %i76.0142
  %15 = load double, ptr %arrayidx82, align 8, !tbaa !12
  %16 = tail call double @llvm.fabs.f64(double %15)
  %cmp83 = fcmp ogt double %16, %m.0141
  %cond88 = select i1 %cmp83, double %16, double %m.0141
  tail call void @sb3_out_double(double noundef %16) #4
  %inc90 = add nuw nsw i32 %i76.0142, 1
  %exitcond145.not = icmp eq i32 %inc90, 4
  br i1 %exitcond145.not, label %for.cond.cleanup80, label %for.body81, !llvm.loop !14
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.fabs.f64(double) #2

declare void @sb3_out_double(double noundef) local_unnamed_addr #1

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umax.i32(i32, i32) #3

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !3, !4}
!10 = distinct !{!10, !3, !4}
!11 = distinct !{!11, !3, !4}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !7, i64 0}
!14 = distinct !{!14, !3, !4}
