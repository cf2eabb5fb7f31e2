; ModuleID = 'tests/c/int_i16_wrap.c'
source_filename = "tests/c/int_i16_wrap.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@s16 = hidden local_unnamed_addr global [8 x i16] [i16 0, i16 1, i16 -1, i16 32767, i16 -32768, i16 12345, i16 -20000, i16 300], align 16
@u16 = hidden local_unnamed_addr global [8 x i16] [i16 0, i16 1, i16 -1, i16 -32768, i16 32767, i16 -15536, i16 4660, i16 999], align 16
@acc = hidden local_unnamed_addr global [8 x i16] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef signext i16 @add16(i16 noundef signext %a, i16 noundef signext %b) local_unnamed_addr #0 {
entry:
  %add = add i16 %b, %a
  ret i16 %add
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef zeroext i16 @mul16(i16 noundef zeroext %a, i16 noundef zeroext %b) local_unnamed_addr #0 {
entry:
  %mul = mul i16 %b, %a
  ret i16 %mul
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef signext i16 @mul16s(i16 noundef signext %a, i16 noundef signext %b) local_unnamed_addr #0 {
entry:
  %mul = mul i16 %b, %a
  ret i16 %mul
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.093 = phi i32 [ 0, %entry ], [ %inc21, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %i.093
  %arrayidx6 = getelementptr inbounds [8 x i16], ptr @u16, i32 0, i32 %i.093
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc21 = add nuw nsw i32 %i.093, 1
  %exitcond98.not = icmp eq i32 %inc21, 8
  br i1 %exitcond98.not, label %for.cond29.preheader, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %j.092 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %0 = load i16, ptr %arrayidx, align 2, !tbaa !5
  %arrayidx5 = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %j.092
  %1 = load i16, ptr %arrayidx5, align 2, !tbaa !5
  %call = tail call signext i16 @add16(i16 noundef signext %0, i16 noundef signext %1) #3
  %conv = sext i16 %call to i32
  tail call void @sb3_out_int(i32 noundef %conv) #4
  %2 = load i16, ptr %arrayidx6, align 2, !tbaa !5
  %arrayidx7 = getelementptr inbounds [8 x i16], ptr @u16, i32 0, i32 %j.092
  %3 = load i16, ptr %arrayidx7, align 2, !tbaa !5
  %call8 = tail call zeroext i16 @mul16(i16 noundef zeroext %2, i16 noundef zeroext %3) #3
  %conv9 = zext i16 %call8 to i32
  tail call void @sb3_out_int(i32 noundef %conv9) #4
  %4 = load i16, ptr %arrayidx, align 2, !tbaa !5
  %5 = load i16, ptr %arrayidx5, align 2, !tbaa !5
  %call12 = tail call signext i16 @mul16s(i16 noundef signext %4, i16 noundef signext %5) #3
  %conv13 = sext i16 %call12 to i32
  tail call void @sb3_out_int(i32 noundef %conv13) #4
  %6 = load i16, ptr %arrayidx6, align 2, !tbaa !5
  %7 = load i16, ptr %arrayidx7, align 2, !tbaa !5
  %sub = sub i16 %6, %7
  %conv19 = zext i16 %sub to i32
  tail call void @sb3_out_int(i32 noundef %conv19) #4
  %inc = add nuw nsw i32 %j.092, 1
  %exitcond.not = icmp eq i32 %inc, 8
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9

for.cond29.preheader:                             ; preds = %for.cond.cleanup3, %for.cond.cleanup32
  %r.095 = phi i32 [ %inc45, %for.cond.cleanup32 ], [ 0, %for.cond.cleanup3 ]
  br label %for.body33

for.cond.cleanup32:                               ; preds = %for.body33
  %inc45 = add nuw nsw i32 %r.095, 1
  %exitcond100.not = icmp eq i32 %inc45, 5
  br i1 %exitcond100.not, label %for.body52, label %for.cond29.preheader, !llvm.loop !10

for.body33:                                       ; preds = %for.cond29.preheader, %for.body33
  %i28.094 = phi i32 [ 0, %for.cond29.preheader ], [ %inc42, %for.body33 ]
  %arrayidx34 = getelementptr inbounds [8 x i16], ptr @acc, i32 0, i32 %i28.094
  %8 = load i16, ptr %arrayidx34, align 2, !tbaa !5
  %conv35 = zext i16 %8 to i32
  %arrayidx36 = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %i28.094
  %9 = load i16, ptr %arrayidx36, align 2, !tbaa !5
  %conv37 = zext i16 %9 to i32
  %mul = mul nuw nsw i32 %conv37, 7
  %add = add nuw nsw i32 %r.095, %conv35
  %add38 = add nuw nsw i32 %add, %mul
  %conv39 = trunc i32 %add38 to i16
  store i16 %conv39, ptr %arrayidx34, align 2, !tbaa !5
  %inc42 = add nuw nsw i32 %i28.094, 1
  %exitcond99.not = icmp eq i32 %inc42, 8
  br i1 %exitcond99.not, label %for.cond.cleanup32, label %for.body33, !llvm.loop !11

for.body52:                                       ; preds = %for.cond.cleanup32, %for.body52
  %i47.096 = phi i32 [ %inc56, %for.body52 ], [ 0, %for.cond.cleanup32 ]
  %arrayidx53 = getelementptr inbounds [8 x i16], ptr @acc, i32 0, i32 %i47.096
  %10 = load i16, ptr %arrayidx53, align 2, !tbaa !5
  %conv54 = sext i16 %10 to i32
  tail call void @sb3_out_int(i32 noundef %conv54) #4
  %inc56 = add nuw nsw i32 %i47.096, 1
  %exitcond101.not = icmp eq i32 %inc56, 8
  br i1 %exitcond101.not, label %for.body63, label %for.body52, !llvm.loop !12

for.cond.cleanup62:                               ; preds = %for.body63
  ret i32 0

for.body63:                                       ; preds = %for.body52, %for.body63
  %i58.097 = phi i32 [ %inc69, %for.body63 ], [ 0, %for.body52 ]
  %arrayidx64 = getelementptr inbounds [8 x i16], ptr @u16, i32 0, i32 %i58.097
  %11 = load i16, ptr %arrayidx64, align 2, !tbaa !5
  %conv65 = sext i16 %11 to i32
  tail call void @sb3_out_int(i32 noundef %conv65) #4
  %arrayidx66 = getelementptr inbounds [8 x i16], ptr @s16, i32 0, i32 %i58.097
  %12 = load i16, ptr %arrayidx66, align 2, !tbaa !5
  %conv67 = zext i16 %12 to i32
  tail call void @sb3_out_int(i32 noundef %conv67) #4
  %inc69 = add nuw nsw i32 %i58.097, 1
  %exitcond102.not = icmp eq i32 %inc69, 8
  br i1 %exitcond102.not, label %for.cond.cleanup62, label %for.body63, !llvm.loop !13
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
!6 = !{!"short", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !3, !4}
!10 = distinct !{!10, !3, !4}
!11 = distinct !{!11, !3, !4}
!12 = distinct !{!12, !3, !4}
!13 = distinct !{!13, !3, !4}
