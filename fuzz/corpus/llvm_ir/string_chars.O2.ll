; ModuleID = 'tests/c/string_chars.c'
source_filename = "tests/c/string_chars.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@text = hidden local_unnamed_addr global [55 x i8] c"Tab\09here \22quoted\22 back\\slash\0ANew line; 0123456789 aAzZ\00", align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.body

for.cond1.preheader:                              ; preds = %for.body
  %0 = load i8, ptr @text, align 16, !tbaa !2
  %tobool.not58 = icmp eq i8 %0, 0
  br i1 %tobool.not58, label %for.cond.cleanup2, label %for.body3

for.body:                                         ; preds = %entry, %for.body
  %c.057 = phi i32 [ 32, %entry ], [ %inc, %for.body ]
  tail call void @sb3_out_char(i32 noundef %c.057) #2
  %inc = add nuw nsw i32 %c.057, 1
  %exitcond.not = icmp eq i32 %inc, 127
  br i1 %exitcond.not, label %for.cond1.preheader, label %for.body, !llvm.loop !5

for.cond.cleanup2:                                ; preds = %for.body3, %for.cond1.preheader
  tail call void @sb3_out_char(i32 noundef 10) #2
  tail call void @sb3_out_char(i32 noundef 32) #2
  tail call void @sb3_out_char(i32 noundef 233) #2
  tail call void @sb3_out_char(i32 noundef 255) #2
  tail call void @sb3_out_char(i32 noundef 160) #2
  br label %for.body13

for.body3:                                        ; preds = %for.cond1.preheader, %for.body3
  %1 = phi i8 [ %2, %for.body3 ], [ %0, %for.cond1.preheader ]
  %i.059 = phi i32 [ %inc6, %for.body3 ], [ 0, %for.cond1.preheader ]
  %conv = sext i8 %1 to i32
  tail call void @sb3_out_char(i32 noundef %conv) #2
  %inc6 = add nuw nsw i32 %i.059, 1
  %arrayidx = getelementptr inbounds [55 x i8], ptr @text, i32 0, i32 %inc6
  %2 = load i8, ptr %arrayidx, align 1, !tbaa !2
  %tobool.not = icmp eq i8 %2, 0
  br i1 %tobool.not, label %for.cond.cleanup2, label %for.body3, !llvm.loop !8

for.body13:                                       ; preds = %for.cond.cleanup2, %for.body13
  %i8.060 = phi i32 [ 0, %for.cond.cleanup2 ], [ %add16, %for.body13 ]
  %add = add nuw nsw i32 %i8.060, 97
  tail call void @sb3_out_char(i32 noundef %add) #2
  tail call void @sb3_out_int(i32 noundef %i8.060) #2
  %add14 = add nuw nsw i32 %i8.060, 65
  tail call void @sb3_out_char(i32 noundef %add14) #2
  %add16 = add nuw nsw i32 %i8.060, 5
  %cmp10 = icmp ult i32 %i8.060, 21
  br i1 %cmp10, label %for.body13, label %for.body23, !llvm.loop !9

for.body23:                                       ; preds = %for.body13, %for.body23
  %i18.061 = phi i32 [ %inc27, %for.body23 ], [ 0, %for.body13 ]
  %arrayidx24 = getelementptr inbounds [55 x i8], ptr @text, i32 0, i32 %i18.061
  %3 = load i8, ptr %arrayidx24, align 1, !tbaa !2
  %conv25 = sext i8 %3 to i32
  tail call void @sb3_out_int(i32 noundef %conv25) #2
  %inc27 = add nuw nsw i32 %i18.061, 1
  %exitcond64.not = icmp eq i32 %inc27, 5
  br i1 %exitcond64.not, label %for.body34.preheader, label %for.body23, !llvm.loop !10

for.body34.preheader:                             ; preds = %for.body23
  tail call void @sb3_out_int(i32 noundef 26) #2
  ret i32 0
}

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #1

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nobuiltin nounwind "no-builtins" }

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
