; ModuleID = 'tests/c/float_int_conv.c'
source_filename = "tests/c/float_int_conv.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@ds = hidden local_unnamed_addr global [17 x double] [double 0.000000e+00, double 4.000000e-01, double 5.000000e-01, double 9.999000e-01, double 1.000000e+00, double -4.000000e-01, double -5.000000e-01, double -9.999000e-01, double -1.000000e+00, double 2.500000e+00, double -2.500000e+00, double 1.000000e+09, double -1.000000e+09, double 0x41DFFFFFFFC00000, double 0xC1E0000000000000, double 0x40FE240C9FBE76C9, double 0xC0FE240C9FBE76C9], align 16
@is = hidden local_unnamed_addr global [7 x i32] [i32 0, i32 1, i32 -1, i32 2147483647, i32 -2147483648, i32 16777217, i32 -16777217], align 16
@us = hidden local_unnamed_addr global [5 x i32] [i32 0, i32 1, i32 -2147483648, i32 -1, i32 -1294967296], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @to_i32(double noundef %d) local_unnamed_addr #0 {
entry:
  %conv = fptosi double %d to i32
  ret i32 %conv
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @from_u32(i32 noundef %u) local_unnamed_addr #0 {
entry:
  %conv = uitofp i32 %u to double
  ret double %conv
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %if.end
  %i.069 = phi i32 [ 0, %entry ], [ %inc, %if.end ]
  %arrayidx = getelementptr inbounds [17 x double], ptr @ds, i32 0, i32 %i.069
  %0 = load double, ptr %arrayidx, align 8, !tbaa !2
  %call = tail call i32 @to_i32(double noundef %0) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %mul = fmul double %0, 1.000000e+03
  %conv = fptosi double %mul to i64
  %conv1 = sitofp i64 %conv to double
  tail call void @sb3_out_double(double noundef %conv1) #5
  %add = fadd double %0, 5.000000e-01
  %1 = tail call double @llvm.floor.f64(double %add)
  %conv2 = fptosi double %1 to i32
  tail call void @sb3_out_int(i32 noundef %conv2) #5
  %cmp3 = fcmp ult double %0, 0.000000e+00
  br i1 %cmp3, label %if.end, label %if.then

if.then:                                          ; preds = %for.body
  %conv5 = fptoui double %0 to i32
  tail call void @sb3_out_int(i32 noundef %conv5) #5
  br label %if.end

if.end:                                           ; preds = %if.then, %for.body
  %div = fdiv double %0, 1.000000e+05
  %conv6 = fptosi double %div to i32
  %sext = shl i32 %conv6, 16
  %conv8 = ashr exact i32 %sext, 16
  tail call void @sb3_out_int(i32 noundef %conv8) #5
  %inc = add nuw nsw i32 %i.069, 1
  %exitcond.not = icmp eq i32 %inc, 17
  br i1 %exitcond.not, label %for.body14, label %for.body, !llvm.loop !6

for.body14:                                       ; preds = %if.end, %for.body14
  %i9.070 = phi i32 [ %inc24, %for.body14 ], [ 0, %if.end ]
  %arrayidx15 = getelementptr inbounds [7 x i32], ptr @is, i32 0, i32 %i9.070
  %2 = load i32, ptr %arrayidx15, align 4, !tbaa !9
  %conv16 = sitofp i32 %2 to double
  tail call void @sb3_out_double(double noundef %conv16) #5
  %3 = load i32, ptr %arrayidx15, align 4, !tbaa !9
  %conv18 = sitofp i32 %3 to double
  %div19 = fdiv double %conv18, 3.000000e+00
  tail call void @sb3_out_double(double noundef %div19) #5
  %4 = load i32, ptr %arrayidx15, align 4, !tbaa !9
  %conv21 = sitofp i32 %4 to double
  %mul22 = fmul double %conv21, 5.000000e-01
  %sub = fadd double %mul22, -1.000000e+00
  tail call void @sb3_out_double(double noundef %sub) #5
  %inc24 = add nuw nsw i32 %i9.070, 1
  %exitcond74.not = icmp eq i32 %inc24, 7
  br i1 %exitcond74.not, label %for.body31, label %for.body14, !llvm.loop !11

for.body31:                                       ; preds = %for.body14, %for.body31
  %i26.071 = phi i32 [ %inc39, %for.body31 ], [ 0, %for.body14 ]
  %arrayidx32 = getelementptr inbounds [5 x i32], ptr @us, i32 0, i32 %i26.071
  %5 = load i32, ptr %arrayidx32, align 4, !tbaa !9
  %call33 = tail call double @from_u32(i32 noundef %5) #4
  tail call void @sb3_out_double(double noundef %call33) #5
  %6 = load i32, ptr %arrayidx32, align 4, !tbaa !9
  %call35 = tail call double @from_u32(i32 noundef %6) #4
  %div36 = fmul double %call35, 5.000000e-01
  %conv37 = fptoui double %div36 to i32
  tail call void @sb3_out_int(i32 noundef %conv37) #5
  %inc39 = add nuw nsw i32 %i26.071, 1
  %exitcond75.not = icmp eq i32 %inc39, 5
  br i1 %exitcond75.not, label %for.body45, label %for.body31, !llvm.loop !12

for.cond.cleanup44:                               ; preds = %for.body45
  tail call void @sb3_out_double(double noundef %add48) #5
  ret i32 0

for.body45:                                       ; preds = %for.body31, %for.body45
  %k.073 = phi i32 [ %inc50, %for.body45 ], [ -50, %for.body31 ]
  %s.072 = phi double [ %add48, %for.body45 ], [ 0.000000e+00, %for.body31 ]
  %conv46 = sitofp i32 %k.073 to double
  %div47 = fmul double %conv46, 2.500000e-01
  %add48 = fadd double %s.072, %div47
  %inc50 = add nsw i32 %k.073, 1
  %exitcond76.not = icmp eq i32 %inc50, 51
  br i1 %exitcond76.not, label %for.cond.cleanup44, label %for.body45, !llvm.loop !13
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #3

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!3 = !{!"double", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7, !8}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !4, i64 0}
!11 = distinct !{!11, !7, !8}
!12 = distinct !{!12, !7, !8}
!13 = distinct !{!13, !7, !8}
