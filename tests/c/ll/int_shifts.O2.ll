; ModuleID = 'tests/c/int_shifts.c'
source_filename = "tests/c/int_shifts.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@uv = hidden local_unnamed_addr global [7 x i32] [i32 0, i32 1, i32 -2147483648, i32 -1, i32 305419896, i32 -559038737, i32 2147483647], align 16
@sv = hidden local_unnamed_addr global [8 x i32] [i32 0, i32 1, i32 -1, i32 -2147483648, i32 2147483647, i32 -12345678, i32 12345678, i32 -2], align 16
@amounts = hidden local_unnamed_addr global [10 x i32] [i32 0, i32 1, i32 2, i32 7, i32 8, i32 15, i32 16, i32 24, i32 30, i32 31], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @shl(i32 noundef %a, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %shl = shl i32 %a, %n
  ret i32 %shl
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @lshr(i32 noundef %a, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %shr = lshr i32 %a, %n
  ret i32 %shr
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @ashr(i32 noundef %a, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %shr = ashr i32 %a, %n
  ret i32 %shr
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.0139 = phi i32 [ 0, %entry ], [ %inc10, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [7 x i32], ptr @uv, i32 0, i32 %i.0139
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc10 = add nuw nsw i32 %i.0139, 1
  %exitcond147.not = icmp eq i32 %inc10, 7
  br i1 %exitcond147.not, label %for.cond18.preheader, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %k.0138 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %arrayidx5 = getelementptr inbounds [10 x i32], ptr @amounts, i32 0, i32 %k.0138
  %1 = load i32, ptr %arrayidx5, align 4, !tbaa !5
  %call = tail call i32 @shl(i32 noundef %0, i32 noundef %1) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %3 = load i32, ptr %arrayidx5, align 4, !tbaa !5
  %call8 = tail call i32 @lshr(i32 noundef %2, i32 noundef %3) #4
  tail call void @sb3_out_int(i32 noundef %call8) #5
  %inc = add nuw nsw i32 %k.0138, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9

for.cond18.preheader:                             ; preds = %for.cond.cleanup3, %for.cond.cleanup20
  %i12.0141 = phi i32 [ %inc29, %for.cond.cleanup20 ], [ 0, %for.cond.cleanup3 ]
  %arrayidx22 = getelementptr inbounds [8 x i32], ptr @sv, i32 0, i32 %i12.0141
  br label %for.body21

for.cond.cleanup20:                               ; preds = %for.body21
  %inc29 = add nuw nsw i32 %i12.0141, 1
  %exitcond149.not = icmp eq i32 %inc29, 8
  br i1 %exitcond149.not, label %for.body35, label %for.cond18.preheader, !llvm.loop !10

for.body21:                                       ; preds = %for.cond18.preheader, %for.body21
  %k17.0140 = phi i32 [ 0, %for.cond18.preheader ], [ %inc26, %for.body21 ]
  %4 = load i32, ptr %arrayidx22, align 4, !tbaa !5
  %arrayidx23 = getelementptr inbounds [10 x i32], ptr @amounts, i32 0, i32 %k17.0140
  %5 = load i32, ptr %arrayidx23, align 4, !tbaa !5
  %call24 = tail call i32 @ashr(i32 noundef %4, i32 noundef %5) #4
  tail call void @sb3_out_int(i32 noundef %call24) #5
  %inc26 = add nuw nsw i32 %k17.0140, 1
  %exitcond148.not = icmp eq i32 %inc26, 10
  br i1 %exitcond148.not, label %for.cond.cleanup20, label %for.body21, !llvm.loop !11

for.body35:                                       ; preds = %for.cond.cleanup20, %for.body35
  %i31.0142 = phi i32 [ %inc42, %for.body35 ], [ 0, %for.cond.cleanup20 ]
  %arrayidx36 = getelementptr inbounds [8 x i32], ptr @sv, i32 0, i32 %i31.0142
  %6 = load i32, ptr %arrayidx36, align 4, !tbaa !5
  %shr = ashr i32 %6, 31
  tail call void @sb3_out_int(i32 noundef %shr) #5
  %shr37 = lshr i32 %6, 31
  tail call void @sb3_out_int(i32 noundef %shr37) #5
  %shl = shl i32 %6, 31
  tail call void @sb3_out_int(i32 noundef %shl) #5
  %shr38 = ashr i32 %6, 4
  tail call void @sb3_out_int(i32 noundef %shr38) #5
  %shl39 = shl i32 %6, 4
  tail call void @sb3_out_int(i32 noundef %shl39) #5
  tail call void @sb3_out_int(i32 noundef %6) #5
  %inc42 = add nuw nsw i32 %i31.0142, 1
  %exitcond150.not = icmp eq i32 %inc42, 8
  br i1 %exitcond150.not, label %for.body48, label %for.body35, !llvm.loop !12

for.body48:                                       ; preds = %for.body35, %for.body48
  %i44.0143 = phi i32 [ %inc67, %for.body48 ], [ 0, %for.body35 ]
  %arrayidx49 = getelementptr inbounds [8 x i32], ptr @sv, i32 0, i32 %i44.0143
  %7 = load i32, ptr %arrayidx49, align 4, !tbaa !5
  %conv56 = shl i32 %7, 3
  %conv57 = and i32 %conv56, 248
  tail call void @sb3_out_int(i32 noundef %conv57) #5
  %sext = shl i32 %7, 24
  %shr59 = ashr i32 %sext, 26
  tail call void @sb3_out_int(i32 noundef %shr59) #5
  %.tr = trunc i32 %7 to i16
  %conv62 = shl i16 %.tr, 5
  %conv63 = sext i16 %conv62 to i32
  tail call void @sb3_out_int(i32 noundef %conv63) #5
  %sext137 = shl i32 %7, 16
  %shr65 = ashr i32 %sext137, 25
  tail call void @sb3_out_int(i32 noundef %shr65) #5
  %inc67 = add nuw nsw i32 %i44.0143, 1
  %exitcond151.not = icmp eq i32 %inc67, 8
  br i1 %exitcond151.not, label %for.body74, label %for.body48, !llvm.loop !13

for.body74:                                       ; preds = %for.body48, %for.body74
  %indvars.iv = phi i64 [ %indvars.iv.next, %for.body74 ], [ 0, %for.body48 ]
  %shl75 = shl nuw nsw i64 1, %indvars.iv
  %conv76 = uitofp nneg i64 %shl75 to double
  tail call void @sb3_out_double(double noundef %conv76) #5
  %sub = sub nsw i64 0, %shl75
  %shr79 = ashr i64 %sub, 2
  %conv80 = sitofp i64 %shr79 to double
  tail call void @sb3_out_double(double noundef %conv80) #5
  %indvars.iv.next = add nuw nsw i64 %indvars.iv, 3
  %cmp71 = icmp ult i64 %indvars.iv, 49
  br i1 %cmp71, label %for.body74, label %for.cond90.preheader, !llvm.loop !14

for.cond90.preheader:                             ; preds = %for.body74, %for.cond.cleanup93
  %i83.0146 = phi i32 [ %inc103, %for.cond.cleanup93 ], [ 0, %for.body74 ]
  %arrayidx95 = getelementptr inbounds [7 x i32], ptr @uv, i32 0, i32 %i83.0146
  br label %for.body94

for.cond.cleanup87:                               ; preds = %for.cond.cleanup93
  ret i32 0

for.cond.cleanup93:                               ; preds = %for.body94
  %inc103 = add nuw nsw i32 %i83.0146, 1
  %exitcond152.not = icmp eq i32 %inc103, 7
  br i1 %exitcond152.not, label %for.cond.cleanup87, label %for.cond90.preheader, !llvm.loop !15

for.body94:                                       ; preds = %for.cond90.preheader, %for.body94
  %k89.0145 = phi i32 [ 1, %for.cond90.preheader ], [ %add100, %for.body94 ]
  %8 = load i32, ptr %arrayidx95, align 4, !tbaa !5
  %or = tail call i32 @llvm.fshl.i32(i32 %8, i32 %8, i32 %k89.0145)
  tail call void @sb3_out_int(i32 noundef %or) #5
  %add100 = add nuw nsw i32 %k89.0145, 6
  %cmp91 = icmp ult i32 %k89.0145, 26
  br i1 %cmp91, label %for.body94, label %for.cond.cleanup93, !llvm.loop !16
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.fshl.i32(i32, i32, i32) #3

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
!12 = distinct !{!12, !3, !4}
!13 = distinct !{!13, !3, !4}
!14 = distinct !{!14, !3, !4}
!15 = distinct !{!15, !3, !4}
!16 = distinct !{!16, !3, !4}
