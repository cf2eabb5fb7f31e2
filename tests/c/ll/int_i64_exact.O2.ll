; ModuleID = 'tests/c/int_i64_exact.c'
source_filename = "tests/c/int_i64_exact.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@a64 = hidden local_unnamed_addr global [10 x i64] [i64 0, i64 1, i64 -1, i64 4294967296, i64 -4294967296, i64 9007199254740991, i64 -9007199254740991, i64 123456789012, i64 -98765432109, i64 1000000007], align 16
@b32 = hidden local_unnamed_addr global [8 x i32] [i32 1, i32 -1, i32 7, i32 -13, i32 1000, i32 65536, i32 2147483647, i32 -2147483648], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i64 @add64(i64 noundef %a, i64 noundef %b) local_unnamed_addr #0 {
entry:
  %add = add nsw i64 %b, %a
  ret i64 %add
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i64 @mul64(i64 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %conv = sext i32 %b to i64
  %mul = mul nsw i64 %conv, %a
  ret i64 %mul
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.0103 = phi i32 [ 0, %entry ], [ %inc16, %for.cond.cleanup3 ]
  %arrayidx5 = getelementptr inbounds [10 x i64], ptr @a64, i32 0, i32 %i.0103
  br label %for.body4

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3
  %call18 = tail call i64 @mul64(i64 noundef 4294967296, i32 noundef 65536) #3
  %conv.i = sitofp i64 %call18 to double
  tail call void @sb3_out_double(double noundef %conv.i) #4
  %call19 = tail call i64 @mul64(i64 noundef -123456789, i32 noundef 1000000) #3
  %conv.i93 = sitofp i64 %call19 to double
  tail call void @sb3_out_double(double noundef %conv.i93) #4
  %call20 = tail call i64 @mul64(i64 noundef 2097151, i32 noundef -2147483648) #3
  %conv.i94 = sitofp i64 %call20 to double
  tail call void @sb3_out_double(double noundef %conv.i94) #4
  br label %for.body26

for.cond.cleanup3:                                ; preds = %for.body4
  %inc16 = add nuw nsw i32 %i.0103, 1
  %exitcond110.not = icmp eq i32 %inc16, 10
  br i1 %exitcond110.not, label %for.cond.cleanup, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %j.0102 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %arrayidx = getelementptr inbounds [8 x i32], ptr @b32, i32 0, i32 %j.0102
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %conv = sext i32 %0 to i64
  %1 = load i64, ptr %arrayidx5, align 8, !tbaa !9
  %div = sdiv i64 %1, 2
  %call = tail call i64 @add64(i64 noundef %div, i64 noundef %conv) #3
  %conv.i95 = sitofp i64 %call to double
  tail call void @sb3_out_double(double noundef %conv.i95) #4
  %2 = load i64, ptr %arrayidx5, align 8, !tbaa !9
  %div7 = sdiv i64 %2, %conv
  %conv.i96 = sitofp i64 %div7 to double
  tail call void @sb3_out_double(double noundef %conv.i96) #4
  %3 = load i64, ptr %arrayidx5, align 8, !tbaa !9
  %rem = srem i64 %3, %conv
  %conv.i97 = sitofp i64 %rem to double
  tail call void @sb3_out_double(double noundef %conv.i97) #4
  %4 = load i64, ptr %arrayidx5, align 8, !tbaa !9
  %cmp10 = icmp slt i64 %4, %conv
  %conv11 = zext i1 %cmp10 to i32
  tail call void @sb3_out_int(i32 noundef %conv11) #4
  %5 = load i64, ptr %arrayidx5, align 8, !tbaa !9
  %cmp13 = icmp sge i64 %5, %conv
  %conv14 = zext i1 %cmp13 to i32
  tail call void @sb3_out_int(i32 noundef %conv14) #4
  %inc = add nuw nsw i32 %j.0102, 1
  %exitcond.not = icmp eq i32 %inc, 8
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !11

for.body26:                                       ; preds = %for.cond.cleanup, %for.body26
  %j21.0104 = phi i32 [ 0, %for.cond.cleanup ], [ %inc32, %for.body26 ]
  %arrayidx27 = getelementptr inbounds [8 x i32], ptr @b32, i32 0, i32 %j21.0104
  %6 = load i32, ptr %arrayidx27, align 4, !tbaa !5
  %conv28 = sext i32 %6 to i64
  %add = add nuw nsw i32 %j21.0104, 3
  %and = and i32 %add, 7
  %arrayidx29 = getelementptr inbounds [8 x i32], ptr @b32, i32 0, i32 %and
  %7 = load i32, ptr %arrayidx29, align 4, !tbaa !5
  %conv30 = sext i32 %7 to i64
  %mul = mul nsw i64 %conv30, %conv28
  %conv.i98 = sitofp i64 %mul to double
  tail call void @sb3_out_double(double noundef %conv.i98) #4
  %inc32 = add nuw nsw i32 %j21.0104, 1
  %exitcond111.not = icmp eq i32 %inc32, 8
  br i1 %exitcond111.not, label %for.body39, label %for.body26, !llvm.loop !12

for.body39:                                       ; preds = %for.body26, %for.body39
  %i34.0105 = phi i32 [ %inc43, %for.body39 ], [ 0, %for.body26 ]
  %arrayidx40 = getelementptr inbounds [10 x i64], ptr @a64, i32 0, i32 %i34.0105
  %8 = load i64, ptr %arrayidx40, align 8, !tbaa !9
  %conv41 = trunc i64 %8 to i32
  tail call void @sb3_out_int(i32 noundef %conv41) #4
  %inc43 = add nuw nsw i32 %i34.0105, 1
  %exitcond112.not = icmp eq i32 %inc43, 10
  br i1 %exitcond112.not, label %for.body49, label %for.body39, !llvm.loop !13

for.body49:                                       ; preds = %for.body39, %for.body49
  %k.0107 = phi i32 [ %inc54, %for.body49 ], [ 0, %for.body39 ]
  %u.0106 = phi i64 [ %div52, %for.body49 ], [ 9000000000000000, %for.body39 ]
  %u.0106.frozen = freeze i64 %u.0106
  %div50 = udiv i64 %u.0106.frozen, 1000003
  %conv.i99 = uitofp nneg i64 %div50 to double
  tail call void @sb3_out_double(double noundef %conv.i99) #4
  %9 = mul i64 %div50, 1000003
  %rem51.decomposed = sub i64 %u.0106.frozen, %9
  %conv.i100 = uitofp nneg i64 %rem51.decomposed to double
  tail call void @sb3_out_double(double noundef %conv.i100) #4
  %div52 = udiv i64 %u.0106, 7
  %inc54 = add nuw nsw i32 %k.0107, 1
  %exitcond113.not = icmp eq i32 %inc54, 6
  br i1 %exitcond113.not, label %for.body61.preheader, label %for.body49, !llvm.loop !14

for.body61.preheader:                             ; preds = %for.body49
  tail call void @sb3_out_double(double noundef 0x428D220875520000) #4
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

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
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = !{!10, !10, i64 0}
!10 = !{!"long long", !7, i64 0}
!11 = distinct !{!11, !3, !4}
!12 = distinct !{!12, !3, !4}
!13 = distinct !{!13, !3, !4}
!14 = distinct !{!14, !3, !4}
