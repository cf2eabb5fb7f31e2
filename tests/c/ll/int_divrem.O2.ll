; ModuleID = 'tests/c/int_divrem.c'
source_filename = "tests/c/int_divrem.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@num = hidden local_unnamed_addr global [13 x i32] [i32 0, i32 1, i32 -1, i32 7, i32 -7, i32 13, i32 -13, i32 100, i32 -100, i32 2147483647, i32 -2147483648, i32 1000000, i32 -999999], align 16
@den = hidden local_unnamed_addr global [13 x i32] [i32 1, i32 -1, i32 2, i32 -2, i32 3, i32 -3, i32 4, i32 7, i32 -7, i32 16, i32 1000, i32 -2147483648, i32 2147483647], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @sdiv(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %div = sdiv i32 %a, %b
  ret i32 %div
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @srem(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %rem = srem i32 %a, %b
  ret i32 %rem
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @udiv(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %div = udiv i32 %a, %b
  ret i32 %div
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @urem(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %rem = urem i32 %a, %b
  ret i32 %rem
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.0103 = phi i32 [ 0, %entry ], [ %inc14, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [13 x i32], ptr @num, i32 0, i32 %i.0103
  br label %for.body4

for.cond.cleanup3:                                ; preds = %cleanup
  %inc14 = add nuw nsw i32 %i.0103, 1
  %exitcond106.not = icmp eq i32 %inc14, 13
  br i1 %exitcond106.not, label %for.body21, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %cleanup
  %j.0102 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %cleanup ]
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %arrayidx5 = getelementptr inbounds [13 x i32], ptr @den, i32 0, i32 %j.0102
  %1 = load i32, ptr %arrayidx5, align 4, !tbaa !5
  %cmp6 = icmp eq i32 %0, -2147483648
  %cmp7 = icmp eq i32 %1, -1
  %or.cond = select i1 %cmp6, i1 %cmp7, i1 false
  br i1 %or.cond, label %cleanup, label %if.end

if.end:                                           ; preds = %for.body4
  %call = tail call i32 @sdiv(i32 noundef %0, i32 noundef %1) #3
  tail call void @sb3_out_int(i32 noundef %call) #4
  %call8 = tail call i32 @srem(i32 noundef %0, i32 noundef %1) #3
  tail call void @sb3_out_int(i32 noundef %call8) #4
  %call9 = tail call i32 @udiv(i32 noundef %0, i32 noundef %1) #3
  tail call void @sb3_out_int(i32 noundef %call9) #4
  %call10 = tail call i32 @urem(i32 noundef %0, i32 noundef %1) #3
  tail call void @sb3_out_int(i32 noundef %call10) #4
  br label %cleanup

cleanup:                                          ; preds = %for.body4, %if.end
  %inc = add nuw nsw i32 %j.0102, 1
  %exitcond.not = icmp eq i32 %inc, 13
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9

for.body21:                                       ; preds = %for.cond.cleanup3, %for.body21
  %i17.0104 = phi i32 [ %inc34, %for.body21 ], [ 0, %for.cond.cleanup3 ]
  %arrayidx23 = getelementptr inbounds [13 x i32], ptr @num, i32 0, i32 %i17.0104
  %2 = load i32, ptr %arrayidx23, align 4, !tbaa !5
  %.frozen = freeze i32 %2
  %div = sdiv i32 %.frozen, 2
  tail call void @sb3_out_int(i32 noundef %div) #4
  %3 = mul i32 %div, 2
  %rem.decomposed = sub i32 %.frozen, %3
  tail call void @sb3_out_int(i32 noundef %rem.decomposed) #4
  %.frozen109 = freeze i32 %2
  %div24 = sdiv i32 %.frozen109, 8
  tail call void @sb3_out_int(i32 noundef %div24) #4
  %4 = mul i32 %div24, 8
  %rem25.decomposed = sub i32 %.frozen109, %4
  tail call void @sb3_out_int(i32 noundef %rem25.decomposed) #4
  %.frozen110 = freeze i32 %2
  %div26 = sdiv i32 %.frozen110, 10
  tail call void @sb3_out_int(i32 noundef %div26) #4
  %5 = mul i32 %div26, 10
  %rem27.decomposed = sub i32 %.frozen110, %5
  tail call void @sb3_out_int(i32 noundef %rem27.decomposed) #4
  %div28 = sdiv i32 %2, -3
  tail call void @sb3_out_int(i32 noundef %div28) #4
  %div2992 = lshr i32 %2, 1
  tail call void @sb3_out_int(i32 noundef %div2992) #4
  %rem30 = and i32 %2, 15
  tail call void @sb3_out_int(i32 noundef %rem30) #4
  %div31 = udiv i32 %2, 10
  tail call void @sb3_out_int(i32 noundef %div31) #4
  %rem32 = urem i32 %2, 1000
  tail call void @sb3_out_int(i32 noundef %rem32) #4
  %inc34 = add nuw nsw i32 %i17.0104, 1
  %exitcond107.not = icmp eq i32 %inc34, 13
  br i1 %exitcond107.not, label %for.body40, label %for.body21, !llvm.loop !10

for.cond.cleanup39:                               ; preds = %for.body40
  ret i32 0

for.body40:                                       ; preds = %for.body21, %for.body40
  %k.0105 = phi i32 [ %inc56, %for.body40 ], [ 1, %for.body21 ]
  %div4193.rhs.trunc = trunc nuw i32 %k.0105 to i8
  %div4193.rhs.trunc.frozen = freeze i8 %div4193.rhs.trunc
  %div419394 = udiv i8 100, %div4193.rhs.trunc.frozen
  %div4193.zext = zext nneg i8 %div419394 to i32
  %div4193.neg = sub nsw i32 0, %div4193.zext
  tail call void @sb3_out_int(i32 noundef %div4193.neg) #4
  %6 = mul i8 %div419394, %div4193.rhs.trunc.frozen
  %rem459697.decomposed = sub i8 100, %6
  %rem4596.zext = zext nneg i8 %rem459697.decomposed to i32
  %rem4596.neg = sub nsw i32 0, %rem4596.zext
  tail call void @sb3_out_int(i32 noundef %rem4596.neg) #4
  %7 = trunc i32 %k.0105 to i16
  %div4999.rhs.trunc = mul i16 %7, 7
  %div4999100 = udiv i16 30000, %div4999.rhs.trunc
  %div4999.zext = zext nneg i16 %div4999100 to i32
  %div4999.neg = sub nsw i32 0, %div4999.zext
  tail call void @sb3_out_int(i32 noundef %div4999.neg) #4
  %rem54101 = urem i16 -30000, %div4999.rhs.trunc
  %rem54.zext = zext nneg i16 %rem54101 to i32
  tail call void @sb3_out_int(i32 noundef %rem54.zext) #4
  %inc56 = add nuw nsw i32 %k.0105, 1
  %exitcond108.not = icmp eq i32 %inc56, 6
  br i1 %exitcond108.not, label %for.cond.cleanup39, label %for.body40, !llvm.loop !11
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

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
!9 = distinct !{!9, !3, !4}
!10 = distinct !{!10, !3, !4}
!11 = distinct !{!11, !3, !4}
