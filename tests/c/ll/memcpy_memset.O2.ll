; ModuleID = 'tests/c/memcpy_memset.c'
source_filename = "tests/c/memcpy_memset.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@sizes = hidden local_unnamed_addr global [10 x i32] [i32 0, i32 1, i32 3, i32 4, i32 5, i32 7, i32 8, i32 13, i32 16, i32 31], align 16
@src = hidden local_unnamed_addr global [40 x i8] zeroinitializer, align 16
@words = hidden local_unnamed_addr global [16 x i32] zeroinitializer, align 16
@dst = hidden local_unnamed_addr global [40 x i8] zeroinitializer, align 16
@wcopy = hidden local_unnamed_addr global [16 x i32] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.0136 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %0 = trunc nuw i32 %i.0136 to i8
  %1 = mul i8 %0, 37
  %conv = add i8 %1, 11
  %arrayidx = getelementptr inbounds [40 x i8], ptr @src, i32 0, i32 %i.0136
  store i8 %conv, ptr %arrayidx, align 1, !tbaa !2
  %inc = add nuw nsw i32 %i.0136, 1
  %exitcond.not = icmp eq i32 %inc, 40
  br i1 %exitcond.not, label %for.body6, label %for.body, !llvm.loop !5

for.body6:                                        ; preds = %for.body, %for.body6
  %i1.0137 = phi i32 [ %inc10, %for.body6 ], [ 0, %for.body ]
  %mul7 = mul nsw i32 %i1.0137, -100003
  %arrayidx8 = getelementptr inbounds [16 x i32], ptr @words, i32 0, i32 %i1.0137
  store i32 %mul7, ptr %arrayidx8, align 4, !tbaa !8
  %inc10 = add nuw nsw i32 %i1.0137, 1
  %exitcond145.not = icmp eq i32 %inc10, 16
  br i1 %exitcond145.not, label %for.cond17.preheader, label %for.body6, !llvm.loop !10

for.cond17.preheader:                             ; preds = %for.body6, %for.cond.cleanup20
  %k.0139 = phi i32 [ %inc28, %for.cond.cleanup20 ], [ 0, %for.body6 ]
  %arrayidx23 = getelementptr inbounds [10 x i32], ptr @sizes, i32 0, i32 %k.0139
  br label %for.body21

for.cond.cleanup15:                               ; preds = %for.cond.cleanup20
  tail call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 16 dereferenceable(64) @wcopy, ptr noundef nonnull align 16 dereferenceable(64) @words, i32 64, i1 false)
  br label %for.body35

for.cond.cleanup20:                               ; preds = %sum_bytes.exit
  %inc28 = add nuw nsw i32 %k.0139, 1
  %exitcond147.not = icmp eq i32 %inc28, 10
  br i1 %exitcond147.not, label %for.cond.cleanup15, label %for.cond17.preheader, !llvm.loop !11

for.body21:                                       ; preds = %for.cond17.preheader, %sum_bytes.exit
  %off.0138 = phi i32 [ 0, %for.cond17.preheader ], [ %inc25, %sum_bytes.exit ]
  tail call void @llvm.memset.p0.i32(ptr noundef nonnull align 16 dereferenceable(40) @dst, i8 -18, i32 40, i1 false)
  %add.ptr = getelementptr inbounds i8, ptr @dst, i32 %off.0138
  %sub = sub nuw nsw i32 3, %off.0138
  %add.ptr22 = getelementptr inbounds i8, ptr @src, i32 %sub
  %2 = load i32, ptr %arrayidx23, align 4, !tbaa !8
  tail call void @llvm.memcpy.p0.p0.i32(ptr nonnull align 1 %add.ptr, ptr nonnull align 1 %add.ptr22, i32 %2, i1 false)
  br label %for.body.i

for.body.i:                                       ; preds = %for.body.i, %for.body21
  %i.06.i = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.body21 ]
  %s.05.i = phi i32 [ %add.i, %for.body.i ], [ 0, %for.body21 ]
  %mul.i = mul i32 %s.05.i, 7
  %arrayidx.i = getelementptr inbounds i8, ptr @dst, i32 %i.06.i
  %3 = load i8, ptr %arrayidx.i, align 1, !tbaa !2
  %conv.i = zext i8 %3 to i32
  %add.i = add i32 %mul.i, %conv.i
  %inc.i = add nuw nsw i32 %i.06.i, 1
  %exitcond.not.i = icmp eq i32 %inc.i, 40
  br i1 %exitcond.not.i, label %sum_bytes.exit, label %for.body.i, !llvm.loop !12

sum_bytes.exit:                                   ; preds = %for.body.i
  %and = and i32 %add.i, 268435455
  tail call void @sb3_out_int(i32 noundef %and) #4
  %inc25 = add nuw nsw i32 %off.0138, 1
  %exitcond146.not = icmp eq i32 %inc25, 4
  br i1 %exitcond146.not, label %for.cond.cleanup20, label %for.body21, !llvm.loop !13

for.cond.cleanup34:                               ; preds = %for.body35
  tail call void @llvm.memset.p0.i32(ptr noundef nonnull align 16 dereferenceable(32) @wcopy, i8 0, i32 32, i1 false)
  tail call void @llvm.memset.p0.i32(ptr noundef nonnull align 16 dereferenceable(16) getelementptr inbounds (i8, ptr @wcopy, i32 32), i8 -1, i32 16, i1 false)
  store i16 257, ptr getelementptr inbounds (i8, ptr @wcopy, i32 49), align 1
  br label %for.body45

for.body35:                                       ; preds = %for.cond.cleanup15, %for.body35
  %i30.0140 = phi i32 [ 0, %for.cond.cleanup15 ], [ %add38, %for.body35 ]
  %arrayidx36 = getelementptr inbounds [16 x i32], ptr @wcopy, i32 0, i32 %i30.0140
  %4 = load i32, ptr %arrayidx36, align 4, !tbaa !8
  tail call void @sb3_out_int(i32 noundef %4) #4
  %add38 = add nuw nsw i32 %i30.0140, 3
  %cmp32 = icmp ult i32 %i30.0140, 13
  br i1 %cmp32, label %for.body35, label %for.cond.cleanup34, !llvm.loop !14

for.body45:                                       ; preds = %for.cond.cleanup34, %for.body45
  %i40.0141 = phi i32 [ 0, %for.cond.cleanup34 ], [ %inc48, %for.body45 ]
  %arrayidx46 = getelementptr inbounds [16 x i32], ptr @wcopy, i32 0, i32 %i40.0141
  %5 = load i32, ptr %arrayidx46, align 4, !tbaa !8
  tail call void @sb3_out_int(i32 noundef %5) #4
  %inc48 = add nuw nsw i32 %i40.0141, 1
  %exitcond148.not = icmp eq i32 %inc48, 16
  br i1 %exitcond148.not, label %for.body55, label %for.body45, !llvm.loop !15

for.cond.cleanup54:                               ; preds = %for.body55
  tail call void @llvm.memmove.p0.p0.i32(ptr noundef nonnull align 1 dereferenceable(20) getelementptr inbounds (i8, ptr @dst, i32 3), ptr noundef nonnull align 16 dereferenceable(20) @dst, i32 20, i1 false)
  br label %for.body.i106

for.body.i106:                                    ; preds = %for.body.i106, %for.cond.cleanup54
  %i.06.i107 = phi i32 [ %inc.i113, %for.body.i106 ], [ 0, %for.cond.cleanup54 ]
  %s.05.i108 = phi i32 [ %add.i112, %for.body.i106 ], [ 0, %for.cond.cleanup54 ]
  %mul.i109 = mul i32 %s.05.i108, 7
  %arrayidx.i110 = getelementptr inbounds i8, ptr @dst, i32 %i.06.i107
  %6 = load i8, ptr %arrayidx.i110, align 1, !tbaa !2
  %conv.i111 = zext i8 %6 to i32
  %add.i112 = add i32 %mul.i109, %conv.i111
  %inc.i113 = add nuw nsw i32 %i.06.i107, 1
  %exitcond.not.i114 = icmp eq i32 %inc.i113, 40
  br i1 %exitcond.not.i114, label %sum_bytes.exit115, label %for.body.i106, !llvm.loop !12

sum_bytes.exit115:                                ; preds = %for.body.i106
  tail call void @sb3_out_int(i32 noundef %add.i112) #4
  tail call void @llvm.memmove.p0.p0.i32(ptr noundef nonnull align 16 dereferenceable(30) @dst, ptr noundef nonnull align 1 dereferenceable(30) getelementptr inbounds (i8, ptr @dst, i32 5), i32 30, i1 false)
  br label %for.body.i116

for.body.i116:                                    ; preds = %for.body.i116, %sum_bytes.exit115
  %i.06.i117 = phi i32 [ %inc.i123, %for.body.i116 ], [ 0, %sum_bytes.exit115 ]
  %s.05.i118 = phi i32 [ %add.i122, %for.body.i116 ], [ 0, %sum_bytes.exit115 ]
  %mul.i119 = mul i32 %s.05.i118, 7
  %arrayidx.i120 = getelementptr inbounds i8, ptr @dst, i32 %i.06.i117
  %7 = load i8, ptr %arrayidx.i120, align 1, !tbaa !2
  %conv.i121 = zext i8 %7 to i32
  %add.i122 = add i32 %mul.i119, %conv.i121
  %inc.i123 = add nuw nsw i32 %i.06.i117, 1
  %exitcond.not.i124 = icmp eq i32 %inc.i123, 40
  br i1 %exitcond.not.i124, label %sum_bytes.exit125, label %for.body.i116, !llvm.loop !12

sum_bytes.exit125:                                ; preds = %for.body.i116
  tail call void @sb3_out_int(i32 noundef %add.i122) #4
  tail call void @llvm.memmove.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(40) getelementptr inbounds (i8, ptr @words, i32 4), ptr noundef nonnull align 16 dereferenceable(40) @words, i32 40, i1 false)
  br label %for.body68

for.body55:                                       ; preds = %for.body45, %for.body55
  %i50.0142 = phi i32 [ %inc59, %for.body55 ], [ 0, %for.body45 ]
  %conv56 = trunc nuw i32 %i50.0142 to i8
  %arrayidx57 = getelementptr inbounds [40 x i8], ptr @dst, i32 0, i32 %i50.0142
  store i8 %conv56, ptr %arrayidx57, align 1, !tbaa !2
  %inc59 = add nuw nsw i32 %i50.0142, 1
  %exitcond149.not = icmp eq i32 %inc59, 40
  br i1 %exitcond149.not, label %for.cond.cleanup54, label %for.body55, !llvm.loop !16

for.body68:                                       ; preds = %sum_bytes.exit125, %for.body68
  %i63.0143 = phi i32 [ 0, %sum_bytes.exit125 ], [ %inc71, %for.body68 ]
  %arrayidx69 = getelementptr inbounds [16 x i32], ptr @words, i32 0, i32 %i63.0143
  %8 = load i32, ptr %arrayidx69, align 4, !tbaa !8
  tail call void @sb3_out_int(i32 noundef %8) #4
  %inc71 = add nuw nsw i32 %i63.0143, 1
  %exitcond150.not = icmp eq i32 %inc71, 12
  br i1 %exitcond150.not, label %for.body77, label %for.body68, !llvm.loop !17

for.cond.cleanup76:                               ; preds = %sum_bytes.exit135
  ret i32 0

for.body77:                                       ; preds = %for.body68, %sum_bytes.exit135
  %n.0144 = phi i32 [ %add81, %sum_bytes.exit135 ], [ 0, %for.body68 ]
  %9 = trunc nuw i32 %n.0144 to i8
  %10 = add nuw nsw i8 %9, 1
  tail call void @llvm.memset.p0.i32(ptr nonnull align 16 @dst, i8 %10, i32 %n.0144, i1 false)
  br label %for.body.i126

for.body.i126:                                    ; preds = %for.body.i126, %for.body77
  %i.06.i127 = phi i32 [ %inc.i133, %for.body.i126 ], [ 0, %for.body77 ]
  %s.05.i128 = phi i32 [ %add.i132, %for.body.i126 ], [ 0, %for.body77 ]
  %mul.i129 = mul i32 %s.05.i128, 7
  %arrayidx.i130 = getelementptr inbounds i8, ptr @dst, i32 %i.06.i127
  %11 = load i8, ptr %arrayidx.i130, align 1, !tbaa !2
  %conv.i131 = zext i8 %11 to i32
  %add.i132 = add i32 %mul.i129, %conv.i131
  %inc.i133 = add nuw nsw i32 %i.06.i127, 1
  %exitcond.not.i134 = icmp eq i32 %inc.i133, 16
  br i1 %exitcond.not.i134, label %sum_bytes.exit135, label %for.body.i126, !llvm.loop !12

sum_bytes.exit135:                                ; preds = %for.body.i126
  tail call void @sb3_out_int(i32 noundef %add.i132) #4
  %add81 = add nuw nsw i32 %n.0144, 5
  %cmp74 = icmp ult i32 %n.0144, 7
  br i1 %cmp74, label %for.body77, label %for.cond.cleanup76, !llvm.loop !18
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #2

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i32(ptr nocapture writeonly, ptr nocapture readonly, i32, i1 immarg) #2

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !3, i64 0}
!10 = distinct !{!10, !6, !7}
!11 = distinct !{!11, !6, !7}
!12 = distinct !{!12, !6, !7}
!13 = distinct !{!13, !6, !7}
!14 = distinct !{!14, !6, !7}
!15 = distinct !{!15, !6, !7}
!16 = distinct !{!16, !6, !7}
!17 = distinct !{!17, !6, !7}
!18 = distinct !{!18, !6, !7}
