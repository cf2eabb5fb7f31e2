; ModuleID = 'tests/c/array_const_table.c'
source_filename = "tests/c/array_const_table.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@picks = hidden local_unnamed_addr global [12 x i32] [i32 3, i32 1, i32 4, i32 1, i32 5, i32 9, i32 2, i32 6, i32 5, i32 3, i32 5, i32 8], align 16
@days_in_month = internal unnamed_addr constant [12 x i8] c"\1F\1C\1F\1E\1F\1E\1F\1F\1E\1F\1E\1F", align 1
@sine_q = internal unnamed_addr constant [16 x i16] [i16 0, i16 3212, i16 6393, i16 9512, i16 12539, i16 15446, i16 18204, i16 20787, i16 23170, i16 25329, i16 27245, i16 28898, i16 30273, i16 31356, i16 32137, i16 32609], align 16
@weights = internal unnamed_addr constant [5 x double] [double 1.250000e-01, double -2.500000e+00, double 1.000000e+03, double 0x3FDB6DB6DB6DB6DB, double -0.000000e+00], align 16
@names = internal unnamed_addr constant [6 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5], align 16
@.str = private unnamed_addr constant [5 x i8] c"zero\00", align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"two\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"three\00", align 1
@.str.4 = private unnamed_addr constant [5 x i8] c"four\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"five\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.051 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [12 x i32], ptr @picks, i32 0, i32 %i.051
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %arrayidx1 = getelementptr inbounds [12 x i8], ptr @days_in_month, i32 0, i32 %0
  %1 = load i8, ptr %arrayidx1, align 1, !tbaa !6
  %conv = zext i8 %1 to i32
  tail call void @sb3_out_int(i32 noundef %conv) #2
  %arrayidx2 = getelementptr inbounds [16 x i16], ptr @sine_q, i32 0, i32 %0
  %2 = load i16, ptr %arrayidx2, align 2, !tbaa !7
  %conv3 = sext i16 %2 to i32
  tail call void @sb3_out_int(i32 noundef %conv3) #2
  %sub = sub nsw i32 15, %0
  %arrayidx4 = getelementptr inbounds [16 x i16], ptr @sine_q, i32 0, i32 %sub
  %3 = load i16, ptr %arrayidx4, align 2, !tbaa !7
  %conv5 = sext i16 %3 to i32
  %sub6 = sub nsw i32 0, %conv5
  tail call void @sb3_out_int(i32 noundef %sub6) #2
  %rem = srem i32 %0, 5
  %arrayidx7 = getelementptr inbounds [5 x double], ptr @weights, i32 0, i32 %rem
  %4 = load double, ptr %arrayidx7, align 8, !tbaa !9
  tail call void @sb3_out_double(double noundef %4) #2
  %rem8 = srem i32 %0, 6
  %arrayidx9 = getelementptr inbounds [6 x ptr], ptr @names, i32 0, i32 %rem8
  %5 = load ptr, ptr %arrayidx9, align 4, !tbaa !11
  %6 = load i8, ptr %5, align 1, !tbaa !6
  %conv11 = sext i8 %6 to i32
  tail call void @sb3_out_char(i32 noundef %conv11) #2
  %arrayidx14 = getelementptr inbounds i8, ptr %5, i32 2
  %7 = load i8, ptr %arrayidx14, align 1, !tbaa !6
  %conv15 = sext i8 %7 to i32
  tail call void @sb3_out_char(i32 noundef %conv15) #2
  %inc = add nuw nsw i32 %i.051, 1
  %exitcond.not = icmp eq i32 %inc, 12
  br i1 %exitcond.not, label %for.body.i.preheader, label %for.body, !llvm.loop !13

for.body.i.preheader:                             ; preds = %for.body
  tail call void @sb3_out_int(i32 noundef 365) #2
  tail call void @sb3_out_int(i32 noundef 60) #2
  br label %for.body22

for.cond.cleanup21:                               ; preds = %for.body22
  tail call void @sb3_out_double(double noundef %add) #2
  ret i32 0

for.body22:                                       ; preds = %for.body.i.preheader, %for.body22
  %i17.053 = phi i32 [ 0, %for.body.i.preheader ], [ %inc29, %for.body22 ]
  %s.052 = phi double [ 0.000000e+00, %for.body.i.preheader ], [ %add, %for.body22 ]
  %arrayidx23 = getelementptr inbounds [12 x i32], ptr @picks, i32 0, i32 %i17.053
  %8 = load i32, ptr %arrayidx23, align 4, !tbaa !2
  %rem24 = srem i32 %8, 5
  %arrayidx25 = getelementptr inbounds [5 x double], ptr @weights, i32 0, i32 %rem24
  %9 = load double, ptr %arrayidx25, align 8, !tbaa !9
  %conv27 = sitofp i32 %8 to double
  %mul = fmul double %9, %conv27
  %add = fadd double %s.052, %mul
  %inc29 = add nuw nsw i32 %i17.053, 1
  %exitcond54.not = icmp eq i32 %inc29, 12
  br i1 %exitcond54.not, label %for.cond.cleanup21, label %for.body22, !llvm.loop !16
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #1

declare void @sb3_out_double(double noundef) local_unnamed_addr #1

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!4, !4, i64 0}
!7 = !{!8, !8, i64 0}
!8 = !{!"short", !4, i64 0}
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !4, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"any pointer", !4, i64 0}
!13 = distinct !{!13, !14, !15}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.unroll.disable"}
!16 = distinct !{!16, !14, !15}
