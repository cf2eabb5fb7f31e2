; ModuleID = 'tests/c/int_bitwise.c'
source_filename = "tests/c/int_bitwise.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden local_unnamed_addr global [10 x i32] [i32 0, i32 -1, i32 -2147483648, i32 252645135, i32 -252645136, i32 305419896, i32 -559038737, i32 1, i32 2147483647, i32 -1431655766], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @f_and(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %and = and i32 %b, %a
  ret i32 %and
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @f_or(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %or = or i32 %b, %a
  ret i32 %or
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @f_xor(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %xor = xor i32 %b, %a
  ret i32 %xor
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @f_not(i32 noundef %a) local_unnamed_addr #0 {
entry:
  %not = xor i32 %a, -1
  ret i32 %not
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.098 = phi i32 [ 0, %entry ], [ %inc13, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %i.098
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc13 = add nuw nsw i32 %i.098, 1
  %exitcond103.not = icmp eq i32 %inc13, 10
  br i1 %exitcond103.not, label %for.body19, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %j.097 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %arrayidx5 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %j.097
  %1 = load i32, ptr %arrayidx5, align 4, !tbaa !5
  %call = tail call i32 @f_and(i32 noundef %0, i32 noundef %1) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %3 = load i32, ptr %arrayidx5, align 4, !tbaa !5
  %call8 = tail call i32 @f_or(i32 noundef %2, i32 noundef %3) #4
  tail call void @sb3_out_int(i32 noundef %call8) #5
  %4 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %5 = load i32, ptr %arrayidx5, align 4, !tbaa !5
  %call11 = tail call i32 @f_xor(i32 noundef %4, i32 noundef %5) #4
  tail call void @sb3_out_int(i32 noundef %call11) #5
  %inc = add nuw nsw i32 %j.097, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9

for.body19:                                       ; preds = %for.cond.cleanup3, %for.body19
  %i15.099 = phi i32 [ %inc31, %for.body19 ], [ 0, %for.cond.cleanup3 ]
  %arrayidx20 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %i15.099
  %6 = load i32, ptr %arrayidx20, align 4, !tbaa !5
  %call21 = tail call i32 @f_not(i32 noundef %6) #4
  tail call void @sb3_out_int(i32 noundef %call21) #5
  %and = and i32 %6, 255
  tail call void @sb3_out_int(i32 noundef %and) #5
  %or = or i32 %6, 256
  tail call void @sb3_out_int(i32 noundef %or) #5
  %xor = xor i32 %6, 1431655765
  tail call void @sb3_out_int(i32 noundef %xor) #5
  %and22 = and i32 %6, -16
  tail call void @sb3_out_int(i32 noundef %and22) #5
  %or23 = or i32 %6, -256
  tail call void @sb3_out_int(i32 noundef %or23) #5
  %xor24 = xor i32 %6, -1
  tail call void @sb3_out_int(i32 noundef %xor24) #5
  %7 = tail call range(i32 0, 33) i32 @llvm.ctpop.i32(i32 %6)
  %cmp26 = icmp ult i32 %7, 2
  %conv = zext i1 %cmp26 to i32
  tail call void @sb3_out_int(i32 noundef %conv) #5
  %sub27 = sub i32 0, %6
  %and28 = and i32 %6, %sub27
  tail call void @sb3_out_int(i32 noundef %and28) #5
  %shr = lshr i32 %6, 7
  %and29 = and i32 %shr, 1
  tail call void @sb3_out_int(i32 noundef %and29) #5
  %inc31 = add nuw nsw i32 %i15.099, 1
  %exitcond104.not = icmp eq i32 %inc31, 10
  br i1 %exitcond104.not, label %for.body37, label %for.body19, !llvm.loop !10

for.cond.cleanup36:                               ; preds = %for.body37
  ret i32 0

for.body37:                                       ; preds = %for.body19, %for.body37
  %k.0102 = phi i32 [ %add, %for.body37 ], [ 0, %for.body19 ]
  %h.0101 = phi i32 [ %xor56, %for.body37 ], [ -21846, %for.body19 ]
  %b.0100 = phi i32 [ %or45, %for.body37 ], [ 90, %for.body19 ]
  %arrayidx39 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %k.0102
  %8 = load i32, ptr %arrayidx39, align 4, !tbaa !5
  %conv3895 = xor i32 %8, %b.0100
  %xor42 = and i32 %conv3895, 255
  %conv43 = shl nuw nsw i32 %k.0102, 5
  %or45 = or i32 %xor42, %conv43
  %add = add nuw nsw i32 %k.0102, 1
  %arrayidx48 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %add
  %9 = load i32, ptr %arrayidx48, align 4, !tbaa !5
  %and51 = and i32 %9, %h.0101
  %sext = shl i32 %and51, 16
  %conv53 = ashr exact i32 %sext, 16
  %conv54 = mul nuw nsw i32 %k.0102, 1111
  %xor56 = xor i32 %conv53, %conv54
  tail call void @sb3_out_int(i32 noundef %or45) #5
  %sext96 = shl i32 %xor56, 16
  %conv59 = ashr exact i32 %sext96, 16
  tail call void @sb3_out_int(i32 noundef %conv59) #5
  %conv61 = xor i32 %or45, 255
  tail call void @sb3_out_int(i32 noundef %conv61) #5
  %exitcond105.not = icmp eq i32 %add, 8
  br i1 %exitcond105.not, label %for.cond.cleanup36, label %for.body37, !llvm.loop !11
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #3

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin nounwind "no-builtins" }

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
