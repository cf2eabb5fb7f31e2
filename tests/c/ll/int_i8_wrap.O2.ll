; ModuleID = 'tests/c/int_i8_wrap.c'
source_filename = "tests/c/int_i8_wrap.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@s8 = hidden local_unnamed_addr global [8 x i8] c"\00\01\FF\7F\80d\9C7", align 1
@u8 = hidden local_unnamed_addr global [8 x i8] c"\00\01\FF\80\7F\C8\11c", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef signext i8 @add8(i8 noundef signext %a, i8 noundef signext %b) local_unnamed_addr #0 {
entry:
  %add = add i8 %b, %a
  ret i8 %add
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef zeroext i8 @mul8(i8 noundef zeroext %a, i8 noundef zeroext %b) local_unnamed_addr #0 {
entry:
  %mul = mul i8 %b, %a
  ret i8 %mul
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef signext i8 @neg8(i8 noundef signext %a) local_unnamed_addr #0 {
entry:
  %sub = sub i8 0, %a
  ret i8 %sub
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.075 = phi i32 [ 0, %entry ], [ %inc20, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [8 x i8], ptr @s8, i32 0, i32 %i.075
  %arrayidx6 = getelementptr inbounds [8 x i8], ptr @u8, i32 0, i32 %i.075
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %0 = load i8, ptr %arrayidx, align 1, !tbaa !2
  %call17 = tail call signext i8 @neg8(i8 noundef signext %0) #3
  %conv18 = sext i8 %call17 to i32
  tail call void @sb3_out_int(i32 noundef %conv18) #4
  %inc20 = add nuw nsw i32 %i.075, 1
  %exitcond81.not = icmp eq i32 %inc20, 8
  br i1 %exitcond81.not, label %for.body26, label %for.cond1.preheader, !llvm.loop !5

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %j.074 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %1 = load i8, ptr %arrayidx, align 1, !tbaa !2
  %arrayidx5 = getelementptr inbounds [8 x i8], ptr @s8, i32 0, i32 %j.074
  %2 = load i8, ptr %arrayidx5, align 1, !tbaa !2
  %call = tail call signext i8 @add8(i8 noundef signext %1, i8 noundef signext %2) #3
  %conv = sext i8 %call to i32
  tail call void @sb3_out_int(i32 noundef %conv) #4
  %3 = load i8, ptr %arrayidx6, align 1, !tbaa !2
  %arrayidx7 = getelementptr inbounds [8 x i8], ptr @u8, i32 0, i32 %j.074
  %4 = load i8, ptr %arrayidx7, align 1, !tbaa !2
  %call8 = tail call zeroext i8 @mul8(i8 noundef zeroext %3, i8 noundef zeroext %4) #3
  %conv9 = zext i8 %call8 to i32
  tail call void @sb3_out_int(i32 noundef %conv9) #4
  %5 = load i8, ptr %arrayidx6, align 1, !tbaa !2
  %6 = load i8, ptr %arrayidx7, align 1, !tbaa !2
  %sub = sub i8 %5, %6
  %conv15 = zext i8 %sub to i32
  tail call void @sb3_out_int(i32 noundef %conv15) #4
  %inc = add nuw nsw i32 %j.074, 1
  %exitcond.not = icmp eq i32 %inc, 8
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !8

for.body26:                                       ; preds = %for.cond.cleanup3, %for.body26
  %k.077 = phi i32 [ %inc30, %for.body26 ], [ 0, %for.cond.cleanup3 ]
  %c.076 = phi i8 [ %inc27, %for.body26 ], [ -6, %for.cond.cleanup3 ]
  %inc27 = add nsw i8 %c.076, 1
  %conv28 = zext i8 %inc27 to i32
  tail call void @sb3_out_int(i32 noundef %conv28) #4
  %inc30 = add nuw nsw i32 %k.077, 1
  %exitcond82.not = icmp eq i32 %inc30, 10
  br i1 %exitcond82.not, label %for.body37, label %for.body26, !llvm.loop !9

for.body37:                                       ; preds = %for.body26, %for.body37
  %k32.079 = phi i32 [ %inc42, %for.body37 ], [ 0, %for.body26 ]
  %d.078 = phi i32 [ %add, %for.body37 ], [ 0, %for.body26 ]
  %sext = shl i32 %d.078, 24
  %conv38 = ashr exact i32 %sext, 24
  %add = add nsw i32 %conv38, 50
  %sext73 = shl i32 %add, 24
  %conv40 = ashr exact i32 %sext73, 24
  tail call void @sb3_out_int(i32 noundef %conv40) #4
  %inc42 = add nuw nsw i32 %k32.079, 1
  %exitcond83.not = icmp eq i32 %inc42, 8
  br i1 %exitcond83.not, label %for.body49, label %for.body37, !llvm.loop !10

for.cond.cleanup48:                               ; preds = %for.body49
  ret i32 0

for.body49:                                       ; preds = %for.body37, %for.body49
  %i44.080 = phi i32 [ %inc55, %for.body49 ], [ 0, %for.body37 ]
  %arrayidx50 = getelementptr inbounds [8 x i8], ptr @u8, i32 0, i32 %i44.080
  %7 = load i8, ptr %arrayidx50, align 1, !tbaa !2
  %conv51 = sext i8 %7 to i32
  tail call void @sb3_out_int(i32 noundef %conv51) #4
  %arrayidx52 = getelementptr inbounds [8 x i8], ptr @s8, i32 0, i32 %i44.080
  %8 = load i8, ptr %arrayidx52, align 1, !tbaa !2
  %conv53 = zext i8 %8 to i32
  tail call void @sb3_out_int(i32 noundef %conv53) #4
  %inc55 = add nuw nsw i32 %i44.080, 1
  %exitcond84.not = icmp eq i32 %inc55, 8
  br i1 %exitcond84.not, label %for.cond.cleanup48, label %for.body49, !llvm.loop !11
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
!2 = !{!3, !3, i64 0}
!3 = !{!"omnipotent char", !4, i64 0}
!4 = !{!"Simple C/C++ TBAA"}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = distinct !{!8, !6, !7}
!9 = distinct !{!9, !6, !7}
!10 = distinct !{!10, !6, !7}
!11 = distinct !{!11, !6, !7}
