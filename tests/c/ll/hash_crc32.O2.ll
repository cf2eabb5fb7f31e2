; ModuleID = 'tests/c/hash_crc32.c'
source_filename = "tests/c/hash_crc32.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@table = internal unnamed_addr global [256 x i32] zeroinitializer, align 16
@msg = hidden global [53 x i8] c"123456789The quick brown fox jumps over the lazy dog\00", align 16
@__const.main.lengths = private unnamed_addr constant [7 x i32] [i32 0, i32 1, i32 2, i32 3, i32 9, i32 20, i32 51], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read)
define hidden i32 @crc_bitwise(ptr nocapture noundef readonly %s, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp19 = icmp sgt i32 %n, 0
  br i1 %cmp19, label %for.body, label %for.cond.cleanup

for.cond.cleanup.loopexit:                        ; preds = %for.cond.cleanup4
  %0 = xor i32 %xor7, -1
  br label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.cond.cleanup.loopexit, %entry
  %crc.0.lcssa = phi i32 [ 0, %entry ], [ %0, %for.cond.cleanup.loopexit ]
  ret i32 %crc.0.lcssa

for.body:                                         ; preds = %entry, %for.cond.cleanup4
  %i.021 = phi i32 [ %inc9, %for.cond.cleanup4 ], [ 0, %entry ]
  %crc.020 = phi i32 [ %xor7, %for.cond.cleanup4 ], [ -1, %entry ]
  %arrayidx = getelementptr inbounds i8, ptr %s, i32 %i.021
  %1 = load i8, ptr %arrayidx, align 1, !tbaa !2
  %conv = zext i8 %1 to i32
  %xor = xor i32 %crc.020, %conv
  br label %for.body5

for.cond.cleanup4:                                ; preds = %for.body5
  %inc9 = add nuw nsw i32 %i.021, 1
  %exitcond22.not = icmp eq i32 %inc9, %n
  br i1 %exitcond22.not, label %for.cond.cleanup.loopexit, label %for.body, !llvm.loop !5

for.body5:                                        ; preds = %for.body, %for.body5
  %k.018 = phi i32 [ 0, %for.body ], [ %inc, %for.body5 ]
  %crc.117 = phi i32 [ %xor, %for.body ], [ %xor7, %for.body5 ]
  %shr = lshr i32 %crc.117, 1
  %and = and i32 %crc.117, 1
  %2 = icmp eq i32 %and, 0
  %and6 = select i1 %2, i32 0, i32 -306674912
  %xor7 = xor i32 %and6, %shr
  %inc = add nuw nsw i32 %k.018, 1
  %exitcond.not = icmp eq i32 %inc, 8
  br i1 %exitcond.not, label %for.cond.cleanup4, label %for.body5, !llvm.loop !8
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none)
define hidden i32 @crc_table(ptr nocapture noundef readonly %s, i32 noundef %n) local_unnamed_addr #1 {
entry:
  %cmp8 = icmp sgt i32 %n, 0
  br i1 %cmp8, label %for.body, label %for.cond.cleanup

for.cond.cleanup.loopexit:                        ; preds = %for.body
  %0 = xor i32 %xor2, -1
  br label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.cond.cleanup.loopexit, %entry
  %crc.0.lcssa = phi i32 [ 0, %entry ], [ %0, %for.cond.cleanup.loopexit ]
  ret i32 %crc.0.lcssa

for.body:                                         ; preds = %entry, %for.body
  %i.010 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %crc.09 = phi i32 [ %xor2, %for.body ], [ -1, %entry ]
  %arrayidx = getelementptr inbounds i8, ptr %s, i32 %i.010
  %1 = load i8, ptr %arrayidx, align 1, !tbaa !2
  %crc.0.tr = trunc i32 %crc.09 to i8
  %xor.narrow = xor i8 %1, %crc.0.tr
  %and = zext i8 %xor.narrow to i32
  %arrayidx1 = getelementptr inbounds [256 x i32], ptr @table, i32 0, i32 %and
  %2 = load i32, ptr %arrayidx1, align 4, !tbaa !9
  %shr = lshr i32 %crc.09, 8
  %xor2 = xor i32 %2, %shr
  %inc = add nuw nsw i32 %i.010, 1
  %exitcond.not = icmp eq i32 %inc, %n
  br i1 %exitcond.not, label %for.cond.cleanup.loopexit, label %for.body, !llvm.loop !11
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read)
define hidden i32 @adler32(ptr nocapture noundef readonly %s, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp8 = icmp sgt i32 %n, 0
  br i1 %cmp8, label %for.body, label %for.cond.cleanup

for.cond.cleanup.loopexit:                        ; preds = %for.body
  %0 = shl nuw i32 %rem2, 16
  %1 = or disjoint i32 %0, %rem
  br label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.cond.cleanup.loopexit, %entry
  %or = phi i32 [ 1, %entry ], [ %1, %for.cond.cleanup.loopexit ]
  ret i32 %or

for.body:                                         ; preds = %entry, %for.body
  %i.011 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %b.010 = phi i32 [ %rem2, %for.body ], [ 0, %entry ]
  %a.09 = phi i32 [ %rem, %for.body ], [ 1, %entry ]
  %arrayidx = getelementptr inbounds i8, ptr %s, i32 %i.011
  %2 = load i8, ptr %arrayidx, align 1, !tbaa !2
  %conv = zext i8 %2 to i32
  %add = add nuw nsw i32 %a.09, %conv
  %rem = urem i32 %add, 65521
  %add1 = add nuw nsw i32 %rem, %b.010
  %rem2 = urem i32 %add1, 65521
  %inc = add nuw nsw i32 %i.011, 1
  %exitcond.not = icmp eq i32 %inc, %n
  br i1 %exitcond.not, label %for.cond.cleanup.loopexit, label %for.body, !llvm.loop !12
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.cond1.preheader.i

for.cond1.preheader.i:                            ; preds = %for.cond.cleanup3.i, %entry
  %n.018.i = phi i32 [ 0, %entry ], [ %inc7.i, %for.cond.cleanup3.i ]
  br label %for.body4.i

for.cond.cleanup3.i:                              ; preds = %for.body4.i
  %arrayidx.i = getelementptr inbounds [256 x i32], ptr @table, i32 0, i32 %n.018.i
  store i32 %cond.i, ptr %arrayidx.i, align 4, !tbaa !9
  %inc7.i = add nuw nsw i32 %n.018.i, 1
  %exitcond19.not.i = icmp eq i32 %inc7.i, 256
  br i1 %exitcond19.not.i, label %make_table.exit, label %for.cond1.preheader.i, !llvm.loop !13

for.body4.i:                                      ; preds = %for.body4.i, %for.cond1.preheader.i
  %k.017.i = phi i32 [ 0, %for.cond1.preheader.i ], [ %inc.i, %for.body4.i ]
  %c.016.i = phi i32 [ %n.018.i, %for.cond1.preheader.i ], [ %cond.i, %for.body4.i ]
  %and.i = and i32 %c.016.i, 1
  %tobool.not.i = icmp eq i32 %and.i, 0
  %shr.i = lshr i32 %c.016.i, 1
  %xor.i = xor i32 %shr.i, -306674912
  %cond.i = select i1 %tobool.not.i, i32 %shr.i, i32 %xor.i
  %inc.i = add nuw nsw i32 %k.017.i, 1
  %exitcond.not.i = icmp eq i32 %inc.i, 8
  br i1 %exitcond.not.i, label %for.cond.cleanup3.i, label %for.body4.i, !llvm.loop !14

make_table.exit:                                  ; preds = %for.cond.cleanup3.i
  %0 = load i32, ptr getelementptr inbounds (i8, ptr @table, i32 4), align 4, !tbaa !9
  tail call void @sb3_out_int(i32 noundef %0) #4
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @table, i32 1020), align 4, !tbaa !9
  tail call void @sb3_out_int(i32 noundef %1) #4
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  %call3 = tail call i32 @crc_table(ptr noundef nonnull @msg, i32 noundef 9) #5
  tail call void @sb3_out_int(i32 noundef %call3) #4
  ret i32 0

for.body:                                         ; preds = %make_table.exit, %for.body
  %k.08 = phi i32 [ 0, %make_table.exit ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [7 x i32], ptr @__const.main.lengths, i32 0, i32 %k.08
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !9
  %call = tail call i32 @crc_bitwise(ptr noundef nonnull @msg, i32 noundef %2) #5
  tail call void @sb3_out_int(i32 noundef %call) #4
  %call1 = tail call i32 @crc_table(ptr noundef nonnull @msg, i32 noundef %2) #5
  tail call void @sb3_out_int(i32 noundef %call1) #4
  %call2 = tail call i32 @adler32(ptr noundef nonnull @msg, i32 noundef %2) #5
  tail call void @sb3_out_int(i32 noundef %call2) #4
  %inc = add nuw nsw i32 %k.08, 1
  %exitcond.not = icmp eq i32 %inc, 7
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !15
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nobuiltin nounwind "no-builtins" }
attributes #5 = { nobuiltin "no-builtins" }

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
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !3, i64 0}
!11 = distinct !{!11, !6, !7}
!12 = distinct !{!12, !6, !7}
!13 = distinct !{!13, !6, !7}
!14 = distinct !{!14, !6, !7}
!15 = distinct !{!15, !6, !7}
