; ModuleID = 'tests/c/array_2d.c'
source_filename = "tests/c/array_2d.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@grid = hidden local_unnamed_addr global [6 x [7 x i32]] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  %t = alloca [7 x [6 x i32]], align 16
  %ps = alloca [7 x [8 x i32]], align 16
  %v = alloca [50 x i32], align 16
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %r.0180 = phi i32 [ 0, %entry ], [ %inc8, %for.cond.cleanup3 ]
  %mul = mul nuw nsw i32 %r.0180, 7
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc8 = add nuw nsw i32 %r.0180, 1
  %exitcond192.not = icmp eq i32 %inc8, 6
  br i1 %exitcond192.not, label %for.body14, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %c.0179 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %add = add nuw nsw i32 %c.0179, %mul
  %sub = sub nsw i32 %r.0180, %c.0179
  %mul5 = mul nsw i32 %add, %sub
  %arrayidx6 = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %r.0180, i32 %c.0179
  store i32 %mul5, ptr %arrayidx6, align 4, !tbaa !5
  %inc = add nuw nsw i32 %c.0179, 1
  %exitcond.not = icmp eq i32 %inc, 7
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9

for.body14:                                       ; preds = %for.cond.cleanup3, %local_sum.exit
  %r10.0181 = phi i32 [ %inc17, %local_sum.exit ], [ 0, %for.cond.cleanup3 ]
  %arrayidx15 = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %r10.0181
  br label %for.body.i

for.body.i:                                       ; preds = %for.body.i, %for.body14
  %i.05.i = phi i32 [ 0, %for.body14 ], [ %inc.i, %for.body.i ]
  %s.04.i = phi i32 [ 0, %for.body14 ], [ %add.i, %for.body.i ]
  %arrayidx.i = getelementptr inbounds i32, ptr %arrayidx15, i32 %i.05.i
  %0 = load i32, ptr %arrayidx.i, align 4, !tbaa !5
  %add.i = add nsw i32 %0, %s.04.i
  %inc.i = add nuw nsw i32 %i.05.i, 1
  %exitcond.not.i = icmp eq i32 %inc.i, 7
  br i1 %exitcond.not.i, label %local_sum.exit, label %for.body.i, !llvm.loop !10

local_sum.exit:                                   ; preds = %for.body.i
  tail call void @sb3_out_int(i32 noundef %add.i) #3
  %inc17 = add nuw nsw i32 %r10.0181, 1
  %exitcond193.not = icmp eq i32 %inc17, 6
  br i1 %exitcond193.not, label %for.cond25.preheader, label %for.body14, !llvm.loop !11

for.cond25.preheader:                             ; preds = %local_sum.exit, %for.cond.cleanup27
  %c19.0184 = phi i32 [ %inc36, %for.cond.cleanup27 ], [ 0, %local_sum.exit ]
  br label %for.body28

for.cond.cleanup22:                               ; preds = %for.cond.cleanup27
  call void @llvm.lifetime.start.p0(i64 168, ptr nonnull %t) #4
  br label %for.cond44.preheader

for.cond.cleanup27:                               ; preds = %for.body28
  tail call void @sb3_out_int(i32 noundef %add31) #3
  %inc36 = add nuw nsw i32 %c19.0184, 1
  %exitcond195.not = icmp eq i32 %inc36, 7
  br i1 %exitcond195.not, label %for.cond.cleanup22, label %for.cond25.preheader, !llvm.loop !12

for.body28:                                       ; preds = %for.cond25.preheader, %for.body28
  %r24.0183 = phi i32 [ 0, %for.cond25.preheader ], [ %inc33, %for.body28 ]
  %s.0182 = phi i32 [ 0, %for.cond25.preheader ], [ %add31, %for.body28 ]
  %arrayidx30 = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %r24.0183, i32 %c19.0184
  %1 = load i32, ptr %arrayidx30, align 4, !tbaa !5
  %add31 = add nsw i32 %1, %s.0182
  %inc33 = add nuw nsw i32 %r24.0183, 1
  %exitcond194.not = icmp eq i32 %inc33, 6
  br i1 %exitcond194.not, label %for.cond.cleanup27, label %for.body28, !llvm.loop !13

for.cond44.preheader:                             ; preds = %for.cond.cleanup22, %for.cond.cleanup46
  %r38.0186 = phi i32 [ 0, %for.cond.cleanup22 ], [ %inc56, %for.cond.cleanup46 ]
  br label %for.body47

for.cond.cleanup41:                               ; preds = %for.cond.cleanup46
  %arrayidx59 = getelementptr inbounds i8, ptr %t, i32 164
  %2 = load i32, ptr %arrayidx59, align 4, !tbaa !5
  tail call void @sb3_out_int(i32 noundef %2) #3
  %arrayidx61 = getelementptr inbounds i8, ptr %t, i32 76
  %3 = load i32, ptr %arrayidx61, align 4, !tbaa !5
  tail call void @sb3_out_int(i32 noundef %3) #3
  call void @llvm.lifetime.start.p0(i64 224, ptr nonnull %ps) #4
  br label %for.cond68.preheader

for.cond.cleanup46:                               ; preds = %for.body47
  %inc56 = add nuw nsw i32 %r38.0186, 1
  %exitcond197.not = icmp eq i32 %inc56, 6
  br i1 %exitcond197.not, label %for.cond.cleanup41, label %for.cond44.preheader, !llvm.loop !14

for.body47:                                       ; preds = %for.cond44.preheader, %for.body47
  %c43.0185 = phi i32 [ 0, %for.cond44.preheader ], [ %inc53, %for.body47 ]
  %arrayidx49 = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %r38.0186, i32 %c43.0185
  %4 = load i32, ptr %arrayidx49, align 4, !tbaa !5
  %arrayidx51 = getelementptr inbounds [7 x [6 x i32]], ptr %t, i32 0, i32 %c43.0185, i32 %r38.0186
  store i32 %4, ptr %arrayidx51, align 4, !tbaa !5
  %inc53 = add nuw nsw i32 %c43.0185, 1
  %exitcond196.not = icmp eq i32 %inc53, 7
  br i1 %exitcond196.not, label %for.cond.cleanup46, label %for.body47, !llvm.loop !15

for.cond68.preheader:                             ; preds = %for.cond.cleanup41, %for.cond.cleanup70
  %r62.0188 = phi i32 [ 0, %for.cond.cleanup41 ], [ %inc97, %for.cond.cleanup70 ]
  %cmp72 = icmp eq i32 %r62.0188, 0
  %sub74 = add nsw i32 %r62.0188, -1
  br label %for.body71

for.cond.cleanup65:                               ; preds = %for.cond.cleanup70
  %arrayidx100 = getelementptr inbounds i8, ptr %ps, i32 220
  %5 = load i32, ptr %arrayidx100, align 4, !tbaa !5
  tail call void @sb3_out_int(i32 noundef %5) #3
  %arrayidx102 = getelementptr inbounds i8, ptr %ps, i32 112
  %6 = load i32, ptr %arrayidx102, align 16, !tbaa !5
  %arrayidx104 = getelementptr inbounds i8, ptr %ps, i32 48
  %7 = load i32, ptr %arrayidx104, align 16, !tbaa !5
  %arrayidx107 = getelementptr inbounds i8, ptr %ps, i32 104
  %8 = load i32, ptr %arrayidx107, align 8, !tbaa !5
  %arrayidx110 = getelementptr inbounds i8, ptr %ps, i32 40
  %9 = load i32, ptr %arrayidx110, align 8, !tbaa !5
  %10 = add i32 %7, %8
  %sub108 = sub i32 %6, %10
  %add111 = add nsw i32 %sub108, %9
  tail call void @sb3_out_int(i32 noundef %add111) #3
  call void @llvm.lifetime.start.p0(i64 200, ptr nonnull %v) #4
  br label %for.body115

for.cond.cleanup70:                               ; preds = %cond.end
  %inc97 = add nuw nsw i32 %r62.0188, 1
  %exitcond199.not = icmp eq i32 %inc97, 7
  br i1 %exitcond199.not, label %for.cond.cleanup65, label %for.cond68.preheader, !llvm.loop !16

for.body71:                                       ; preds = %for.cond68.preheader, %cond.end
  %c67.0187 = phi i32 [ 0, %for.cond68.preheader ], [ %inc94, %cond.end ]
  %cmp73 = icmp eq i32 %c67.0187, 0
  %or.cond = or i1 %cmp72, %cmp73
  br i1 %or.cond, label %cond.end, label %cond.false

cond.false:                                       ; preds = %for.body71
  %sub76 = add nsw i32 %c67.0187, -1
  %arrayidx77 = getelementptr inbounds [6 x [7 x i32]], ptr @grid, i32 0, i32 %sub74, i32 %sub76
  %11 = load i32, ptr %arrayidx77, align 4, !tbaa !5
  %arrayidx80 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 %sub74, i32 %c67.0187
  %12 = load i32, ptr %arrayidx80, align 4, !tbaa !5
  %add81 = add nsw i32 %12, %11
  %arrayidx84 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 %r62.0188, i32 %sub76
  %13 = load i32, ptr %arrayidx84, align 4, !tbaa !5
  %add85 = add nsw i32 %add81, %13
  %arrayidx89 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 %sub74, i32 %sub76
  %14 = load i32, ptr %arrayidx89, align 4, !tbaa !5
  %sub90 = sub i32 %add85, %14
  br label %cond.end

cond.end:                                         ; preds = %for.body71, %cond.false
  %cond = phi i32 [ %sub90, %cond.false ], [ 0, %for.body71 ]
  %arrayidx92 = getelementptr inbounds [7 x [8 x i32]], ptr %ps, i32 0, i32 %r62.0188, i32 %c67.0187
  store i32 %cond, ptr %arrayidx92, align 4, !tbaa !5
  %inc94 = add nuw nsw i32 %c67.0187, 1
  %exitcond198.not = icmp eq i32 %inc94, 8
  br i1 %exitcond198.not, label %for.cond.cleanup70, label %for.body71, !llvm.loop !17

for.body115:                                      ; preds = %for.cond.cleanup65, %for.body115
  %i.0189 = phi i32 [ 0, %for.cond.cleanup65 ], [ %inc119, %for.body115 ]
  %mul116 = mul nuw nsw i32 %i.0189, %i.0189
  %rem.lhs.trunc = trunc nuw i32 %mul116 to i16
  %rem175 = urem i16 %rem.lhs.trunc, 17
  %rem.zext = zext nneg i16 %rem175 to i32
  %arrayidx117 = getelementptr inbounds [50 x i32], ptr %v, i32 0, i32 %i.0189
  store i32 %rem.zext, ptr %arrayidx117, align 4, !tbaa !5
  %inc119 = add nuw nsw i32 %i.0189, 1
  %exitcond200.not = icmp eq i32 %inc119, 50
  br i1 %exitcond200.not, label %for.body125, label %for.body115, !llvm.loop !18

for.cond.cleanup124:                              ; preds = %for.body125
  %rem132 = srem i32 %add128, 1000003
  tail call void @sb3_out_int(i32 noundef %rem132) #3
  call void @llvm.lifetime.end.p0(i64 200, ptr nonnull %v) #4
  call void @llvm.lifetime.end.p0(i64 224, ptr nonnull %ps) #4
  call void @llvm.lifetime.end.p0(i64 168, ptr nonnull %t) #4
  ret i32 0

for.body125:                                      ; preds = %for.body115, %for.body125
  %i121.0191 = phi i32 [ %sub130, %for.body125 ], [ 49, %for.body115 ]
  %acc.0190 = phi i32 [ %add128, %for.body125 ], [ 0, %for.body115 ]
  %mul126 = mul nsw i32 %acc.0190, 3
  %arrayidx127 = getelementptr inbounds [50 x i32], ptr %v, i32 0, i32 %i121.0191
  %15 = load i32, ptr %arrayidx127, align 4, !tbaa !5
  %add128 = add nsw i32 %15, %mul126
  %sub130 = add nsw i32 %i121.0191, -3
  %cmp123 = icmp ugt i32 %i121.0191, 2
  br i1 %cmp123, label %for.body125, label %for.cond.cleanup124, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin nounwind "no-builtins" }
attributes #4 = { nounwind }

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
!17 = distinct !{!17, !3, !4}
!18 = distinct !{!18, !3, !4}
!19 = distinct !{!19, !3, !4}
