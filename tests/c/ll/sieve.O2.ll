; ModuleID = 'tests/c/sieve.c'
source_filename = "tests/c/sieve.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@composite = internal unnamed_addr global [3001 x i8] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden range(i32 0, 2) i32 @is_prime_trial(i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp = icmp slt i32 %n, 2
  br i1 %cmp, label %return, label %for.cond.preheader

for.cond.preheader:                               ; preds = %entry
  %cmp1.not10 = icmp ult i32 %n, 4
  br i1 %cmp1.not10, label %return, label %for.body

for.cond:                                         ; preds = %for.body
  %inc = add nuw nsw i32 %d.011, 1
  %mul = mul nuw nsw i32 %inc, %inc
  %cmp1.not = icmp sgt i32 %mul, %n
  br i1 %cmp1.not, label %cleanup.loopexit, label %for.body, !llvm.loop !2

for.body:                                         ; preds = %for.cond.preheader, %for.cond
  %d.011 = phi i32 [ %inc, %for.cond ], [ 2, %for.cond.preheader ]
  %rem = urem i32 %n, %d.011
  %cmp2 = icmp ne i32 %rem, 0
  br i1 %cmp2, label %for.cond, label %cleanup.loopexit

cleanup.loopexit:                                 ; preds = %for.body, %for.cond
  %0 = zext i1 %cmp2 to i32
  br label %return

return:                                           ; preds = %for.cond.preheader, %cleanup.loopexit, %entry
  %retval.1 = phi i32 [ 0, %entry ], [ 1, %for.cond.preheader ], [ %0, %cleanup.loopexit ]
  ret i32 %retval.1
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  store i8 1, ptr getelementptr inbounds (i8, ptr @composite, i32 1), align 1, !tbaa !5
  store i8 1, ptr @composite, align 16, !tbaa !5
  br label %for.body

for.body:                                         ; preds = %entry, %for.inc7
  %mul78 = phi i32 [ 4, %entry ], [ %mul, %for.inc7 ]
  %i.076 = phi i32 [ 2, %entry ], [ %inc, %for.inc7 ]
  %arrayidx = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %i.076
  %0 = load i8, ptr %arrayidx, align 1, !tbaa !5
  %tobool.not = icmp eq i8 %0, 0
  %cmp374 = icmp ult i32 %mul78, 3001
  %or.cond = and i1 %tobool.not, %cmp374
  br i1 %or.cond, label %for.body5, label %for.inc7

for.body5:                                        ; preds = %for.body, %for.body5
  %j.075 = phi i32 [ %add, %for.body5 ], [ %mul78, %for.body ]
  %arrayidx6 = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %j.075
  store i8 1, ptr %arrayidx6, align 1, !tbaa !5
  %add = add nuw nsw i32 %j.075, %i.076
  %cmp3 = icmp ult i32 %add, 3001
  br i1 %cmp3, label %for.body5, label %for.inc7, !llvm.loop !8

for.inc7:                                         ; preds = %for.body5, %for.body
  %inc = add nuw nsw i32 %i.076, 1
  %mul = mul nuw nsw i32 %inc, %inc
  %exitcond.not = icmp eq i32 %inc, 55
  br i1 %exitcond.not, label %for.body13, label %for.body, !llvm.loop !9

for.cond.cleanup12:                               ; preds = %for.inc24
  tail call void @sb3_out_int(i32 noundef %count.1) #3
  tail call void @sb3_out_int(i32 noundef %twins.2) #3
  tail call void @sb3_out_int(i32 noundef %sum.1) #3
  br label %for.body31

for.body13:                                       ; preds = %for.inc7, %for.inc24
  %i9.083 = phi i32 [ %inc25, %for.inc24 ], [ 2, %for.inc7 ]
  %last.082 = phi i32 [ %last.1, %for.inc24 ], [ 0, %for.inc7 ]
  %sum.081 = phi i32 [ %sum.1, %for.inc24 ], [ 0, %for.inc7 ]
  %twins.080 = phi i32 [ %twins.2, %for.inc24 ], [ 0, %for.inc7 ]
  %count.079 = phi i32 [ %count.1, %for.inc24 ], [ 0, %for.inc7 ]
  %arrayidx14 = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %i9.083
  %1 = load i8, ptr %arrayidx14, align 1, !tbaa !5
  %tobool15.not = icmp eq i8 %1, 0
  br i1 %tobool15.not, label %if.then16, label %for.inc24

if.then16:                                        ; preds = %for.body13
  %inc17 = add nsw i32 %count.079, 1
  %add18 = add nsw i32 %i9.083, %sum.081
  %sub = sub nsw i32 %i9.083, %last.082
  %cmp19 = icmp eq i32 %sub, 2
  %inc21 = zext i1 %cmp19 to i32
  %spec.select = add nsw i32 %twins.080, %inc21
  br label %for.inc24

for.inc24:                                        ; preds = %for.body13, %if.then16
  %count.1 = phi i32 [ %count.079, %for.body13 ], [ %inc17, %if.then16 ]
  %twins.2 = phi i32 [ %twins.080, %for.body13 ], [ %spec.select, %if.then16 ]
  %sum.1 = phi i32 [ %sum.081, %for.body13 ], [ %add18, %if.then16 ]
  %last.1 = phi i32 [ %last.082, %for.body13 ], [ %i9.083, %if.then16 ]
  %inc25 = add nuw nsw i32 %i9.083, 1
  %exitcond88.not = icmp eq i32 %inc25, 3001
  br i1 %exitcond88.not, label %for.cond.cleanup12, label %for.body13, !llvm.loop !10

for.body31:                                       ; preds = %for.cond.cleanup12, %for.inc37
  %k.085 = phi i32 [ 0, %for.cond.cleanup12 ], [ %k.1, %for.inc37 ]
  %i27.084 = phi i32 [ 3000, %for.cond.cleanup12 ], [ %dec, %for.inc37 ]
  %arrayidx32 = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %i27.084
  %2 = load i8, ptr %arrayidx32, align 1, !tbaa !5
  %tobool33.not = icmp eq i8 %2, 0
  br i1 %tobool33.not, label %if.then34, label %for.inc37

if.then34:                                        ; preds = %for.body31
  tail call void @sb3_out_int(i32 noundef %i27.084) #3
  %inc35 = add nsw i32 %k.085, 1
  br label %for.inc37

for.inc37:                                        ; preds = %for.body31, %if.then34
  %k.1 = phi i32 [ %k.085, %for.body31 ], [ %inc35, %if.then34 ]
  %dec = add nsw i32 %i27.084, -1
  %cmp29 = icmp slt i32 %k.1, 5
  br i1 %cmp29, label %for.body31, label %for.body43, !llvm.loop !11

for.cond.cleanup42:                               ; preds = %for.body43
  tail call void @sb3_out_int(i32 noundef %add47) #3
  ret i32 0

for.body43:                                       ; preds = %for.inc37, %for.body43
  %i39.087 = phi i32 [ %inc49, %for.body43 ], [ 0, %for.inc37 ]
  %agree.086 = phi i32 [ %add47, %for.body43 ], [ 0, %for.inc37 ]
  %arrayidx44 = getelementptr inbounds [3001 x i8], ptr @composite, i32 0, i32 %i39.087
  %3 = load i8, ptr %arrayidx44, align 1, !tbaa !5
  %tobool45.not = icmp eq i8 %3, 0
  %lnot.ext = zext i1 %tobool45.not to i32
  %call = tail call i32 @is_prime_trial(i32 noundef %i39.087) #4
  %cmp46 = icmp eq i32 %call, %lnot.ext
  %conv = zext i1 %cmp46 to i32
  %add47 = add nuw nsw i32 %agree.086, %conv
  %inc49 = add nuw nsw i32 %i39.087, 1
  %exitcond89.not = icmp eq i32 %inc49, 401
  br i1 %exitcond89.not, label %for.cond.cleanup42, label %for.body43, !llvm.loop !12
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree noinline norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin nounwind "no-builtins" }
attributes #4 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = !{!6, !6, i64 0}
!6 = !{!"omnipotent char", !7, i64 0}
!7 = !{!"Simple C/C++ TBAA"}
!8 = distinct !{!8, !3, !4}
!9 = distinct !{!9, !3, !4}
!10 = distinct !{!10, !3, !4}
!11 = distinct !{!11, !3, !4}
!12 = distinct !{!12, !3, !4}
