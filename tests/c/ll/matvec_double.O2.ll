; ModuleID = 'tests/c/matvec_double.c'
source_filename = "tests/c/matvec_double.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@W = hidden global [12 x [16 x double]] zeroinitializer, align 16
@x = hidden global [16 x double] zeroinitializer, align 16
@y = hidden global [12 x double] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read)
define hidden double @dot(ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp6 = icmp sgt i32 %n, 0
  br i1 %cmp6, label %for.body, label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %s.0.lcssa = phi double [ 0.000000e+00, %entry ], [ %add, %for.body ]
  ret double %s.0.lcssa

for.body:                                         ; preds = %entry, %for.body
  %i.08 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %s.07 = phi double [ %add, %for.body ], [ 0.000000e+00, %entry ]
  %arrayidx = getelementptr inbounds double, ptr %a, i32 %i.08
  %0 = load double, ptr %arrayidx, align 8, !tbaa !2
  %arrayidx1 = getelementptr inbounds double, ptr %b, i32 %i.08
  %1 = load double, ptr %arrayidx1, align 8, !tbaa !2
  %mul = fmul double %0, %1
  %add = fadd double %s.07, %mul
  %inc = add nuw nsw i32 %i.08, 1
  %exitcond.not = icmp eq i32 %inc, %n
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !6
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define hidden void @matvec(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, ptr nocapture noundef readonly %v, i32 noundef %rows, i32 noundef %cols) local_unnamed_addr #1 {
entry:
  %cmp21 = icmp sgt i32 %rows, 0
  br i1 %cmp21, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %cmp217 = icmp sgt i32 %cols, 0
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup3
  %r.022 = phi i32 [ 0, %for.body.lr.ph ], [ %inc8, %for.cond.cleanup3 ]
  br i1 %cmp217, label %for.body4.preheader, label %for.cond.cleanup3

for.body4.preheader:                              ; preds = %for.body
  %mul = mul nuw nsw i32 %r.022, %cols
  %add.ptr = getelementptr inbounds double, ptr %w, i32 %mul
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4, %for.body
  %s.0.lcssa = phi double [ 0.000000e+00, %for.body ], [ %add, %for.body4 ]
  %arrayidx6 = getelementptr inbounds double, ptr %out, i32 %r.022
  store double %s.0.lcssa, ptr %arrayidx6, align 8, !tbaa !2
  %inc8 = add nuw nsw i32 %r.022, 1
  %exitcond23.not = icmp eq i32 %inc8, %rows
  br i1 %exitcond23.not, label %for.cond.cleanup, label %for.body, !llvm.loop !9

for.body4:                                        ; preds = %for.body4.preheader, %for.body4
  %c.020 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body4.preheader ]
  %s.019 = phi double [ %add, %for.body4 ], [ 0.000000e+00, %for.body4.preheader ]
  %row.018 = phi ptr [ %incdec.ptr, %for.body4 ], [ %add.ptr, %for.body4.preheader ]
  %incdec.ptr = getelementptr inbounds i8, ptr %row.018, i32 8
  %0 = load double, ptr %row.018, align 8, !tbaa !2
  %arrayidx = getelementptr inbounds double, ptr %v, i32 %c.020
  %1 = load double, ptr %arrayidx, align 8, !tbaa !2
  %mul5 = fmul double %0, %1
  %add = fadd double %s.019, %mul5
  %inc = add nuw nsw i32 %c.020, 1
  %exitcond.not = icmp eq i32 %inc, %cols
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !10
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %r.080 = phi i32 [ 0, %entry ], [ %inc8, %for.cond.cleanup3 ]
  %mul = mul nuw nsw i32 %r.080, 31
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc8 = add nuw nsw i32 %r.080, 1
  %exitcond85.not = icmp eq i32 %inc8, 12
  br i1 %exitcond85.not, label %for.body15, label %for.cond1.preheader, !llvm.loop !11

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %c.079 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %mul5 = mul nuw nsw i32 %c.079, 17
  %add = add nuw nsw i32 %mul5, %mul
  %rem = urem i32 %add, 23
  %sub = add nsw i32 %rem, -11
  %conv = sitofp i32 %sub to double
  %div = fdiv double %conv, 7.000000e+00
  %arrayidx6 = getelementptr inbounds [12 x [16 x double]], ptr @W, i32 0, i32 %r.080, i32 %c.079
  store double %div, ptr %arrayidx6, align 8, !tbaa !2
  %inc = add nuw nsw i32 %c.079, 1
  %exitcond.not = icmp eq i32 %inc, 16
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !12

for.cond.cleanup14:                               ; preds = %for.body15
  tail call void @matvec(ptr noundef nonnull @y, ptr noundef nonnull @W, ptr noundef nonnull @x, i32 noundef 12, i32 noundef 16) #4
  br label %for.body29

for.body15:                                       ; preds = %for.cond.cleanup3, %for.body15
  %c10.081 = phi i32 [ %add16, %for.body15 ], [ 0, %for.cond.cleanup3 ]
  %add16 = add nuw nsw i32 %c10.081, 1
  %conv17 = uitofp nneg i32 %add16 to double
  %div18 = fdiv double 1.000000e+00, %conv17
  %sub19 = fadd double %div18, -3.000000e-01
  %arrayidx20 = getelementptr inbounds [16 x double], ptr @x, i32 0, i32 %c10.081
  store double %sub19, ptr %arrayidx20, align 8, !tbaa !2
  %exitcond86.not = icmp eq i32 %add16, 16
  br i1 %exitcond86.not, label %for.cond.cleanup14, label %for.body15, !llvm.loop !13

for.body29:                                       ; preds = %for.cond.cleanup14, %for.body29
  %r24.082 = phi i32 [ 0, %for.cond.cleanup14 ], [ %inc32, %for.body29 ]
  %arrayidx30 = getelementptr inbounds [12 x double], ptr @y, i32 0, i32 %r24.082
  %0 = load double, ptr %arrayidx30, align 8, !tbaa !2
  tail call void @sb3_out_double(double noundef %0) #5
  %inc32 = add nuw nsw i32 %r24.082, 1
  %exitcond87.not = icmp eq i32 %inc32, 12
  br i1 %exitcond87.not, label %for.body39, label %for.body29, !llvm.loop !14

for.cond.cleanup38:                               ; preds = %for.body39
  %call46 = tail call double @dot(ptr noundef nonnull @x, ptr noundef nonnull @x, i32 noundef 16) #4
  tail call void @sb3_out_double(double noundef %call46) #5
  %call47 = tail call double @dot(ptr noundef nonnull @y, ptr noundef nonnull @y, i32 noundef 12) #4
  tail call void @sb3_out_double(double noundef %call47) #5
  %call48 = tail call double @dot(ptr noundef nonnull @y, ptr noundef nonnull @y, i32 noundef 12) #4
  br label %for.body54

for.body39:                                       ; preds = %for.body29, %for.body39
  %r34.083 = phi i32 [ %inc44, %for.body39 ], [ 0, %for.body29 ]
  %arrayidx40 = getelementptr inbounds [12 x [16 x double]], ptr @W, i32 0, i32 %r34.083
  %call = tail call double @dot(ptr noundef nonnull %arrayidx40, ptr noundef nonnull @x, i32 noundef 16) #4
  %arrayidx41 = getelementptr inbounds [12 x double], ptr @y, i32 0, i32 %r34.083
  %1 = load double, ptr %arrayidx41, align 8, !tbaa !2
  %sub42 = fsub double %call, %1
  tail call void @sb3_out_double(double noundef %sub42) #5
  %inc44 = add nuw nsw i32 %r34.083, 1
  %exitcond88.not = icmp eq i32 %inc44, 12
  br i1 %exitcond88.not, label %for.cond.cleanup38, label %for.body39, !llvm.loop !15

for.cond.cleanup53:                               ; preds = %for.body54
  ret i32 0

for.body54:                                       ; preds = %for.cond.cleanup38, %for.body54
  %r49.084 = phi i32 [ 0, %for.cond.cleanup38 ], [ %add60, %for.body54 ]
  %arrayidx55 = getelementptr inbounds [12 x double], ptr @y, i32 0, i32 %r49.084
  %2 = load double, ptr %arrayidx55, align 8, !tbaa !2
  %mul57 = fmul double %2, %2
  %div58 = fdiv double %mul57, %call48
  tail call void @sb3_out_double(double noundef %div58) #5
  %add60 = add nuw nsw i32 %r49.084, 3
  %cmp51 = icmp ult i32 %r49.084, 9
  br i1 %cmp51, label %for.body54, label %for.cond.cleanup53, !llvm.loop !16
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #3

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!9 = distinct !{!9, !7, !8}
!10 = distinct !{!10, !7, !8}
!11 = distinct !{!11, !7, !8}
!12 = distinct !{!12, !7, !8}
!13 = distinct !{!13, !7, !8}
!14 = distinct !{!14, !7, !8}
!15 = distinct !{!15, !7, !8}
!16 = distinct !{!16, !7, !8}
