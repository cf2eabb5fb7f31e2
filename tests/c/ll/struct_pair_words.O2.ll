; ModuleID = 'tests/c/struct_pair_words.c'
source_filename = "tests/c/struct_pair_words.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Pair = type { i32, i32 }
%struct.Packed = type { i16, i16, i8, i8, i8, i8 }

@seeds = hidden global [5 x %struct.Pair] [%struct.Pair { i32 -1, i32 2147483647 }, %struct.Pair { i32 -2147483648, i32 -1 }, %struct.Pair { i32 123456789, i32 -987654321 }, %struct.Pair { i32 0, i32 -2147483648 }, %struct.Pair { i32 2147483647, i32 2147483647 }], align 16
@pk = hidden local_unnamed_addr global [2 x %struct.Packed] [%struct.Packed { i16 -1, i16 1, i8 -1, i8 -128, i8 127, i8 0 }, %struct.Packed { i16 4660, i16 22136, i8 5, i8 -6, i8 7, i8 -8 }], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite)
define hidden void @swap(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Pair) align 4 %agg.result, ptr nocapture noundef readonly byval(%struct.Pair) align 4 %p) local_unnamed_addr #0 {
entry:
  %hi = getelementptr inbounds i8, ptr %p, i32 4
  %0 = load i32, ptr %hi, align 4, !tbaa !2
  store i32 %0, ptr %agg.result, align 4, !tbaa !7
  %hi1 = getelementptr inbounds i8, ptr %agg.result, i32 4
  %1 = load i32, ptr %p, align 4, !tbaa !7
  store i32 %1, ptr %hi1, align 4, !tbaa !2
  ret void
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  %ring = alloca [5 x %struct.Pair], align 16
  %first = alloca %struct.Pair, align 8
  %tmp = alloca %struct.Pair, align 8
  %s = alloca %struct.Pair, align 4
  %q = alloca [2 x %struct.Packed], align 16
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %ring) #4
  %i55.0104.sroa.gep109 = getelementptr inbounds i8, ptr %q, i32 8
  br label %for.body

for.cond2.preheader:                              ; preds = %for.body
  %arrayidx17 = getelementptr inbounds i8, ptr %ring, i32 32
  br label %for.body5

for.body:                                         ; preds = %entry, %for.body
  %i.097 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 %i.097
  %arrayidx1 = getelementptr inbounds [5 x %struct.Pair], ptr @seeds, i32 0, i32 %i.097
  %0 = load i64, ptr %arrayidx1, align 8
  store i64 %0, ptr %arrayidx, align 8
  %inc = add nuw nsw i32 %i.097, 1
  %exitcond.not = icmp eq i32 %inc, 5
  br i1 %exitcond.not, label %for.cond2.preheader, label %for.body, !llvm.loop !8

for.body5:                                        ; preds = %for.cond2.preheader, %cond.end
  %round.099 = phi i32 [ 0, %for.cond2.preheader ], [ %inc19, %cond.end ]
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %first) #4
  %1 = load i64, ptr %ring, align 16
  store i64 %1, ptr %first, align 8
  br label %for.body11

for.cond.cleanup10:                               ; preds = %for.body11
  %and = and i32 %round.099, 1
  %tobool.not = icmp eq i32 %and, 0
  br i1 %tobool.not, label %cond.end, label %cond.true

for.body11:                                       ; preds = %for.body5, %for.body11
  %i7.098 = phi i32 [ 0, %for.body5 ], [ %add, %for.body11 ]
  %arrayidx12 = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 %i7.098
  %add = add nuw nsw i32 %i7.098, 1
  %arrayidx13 = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 %add
  %2 = load i64, ptr %arrayidx13, align 8
  store i64 %2, ptr %arrayidx12, align 8
  %exitcond105.not = icmp eq i32 %add, 4
  br i1 %exitcond105.not, label %for.cond.cleanup10, label %for.body11, !llvm.loop !11

cond.true:                                        ; preds = %for.cond.cleanup10
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %tmp) #4
  call void @swap(ptr dead_on_unwind nonnull writable sret(%struct.Pair) align 4 %tmp, ptr noundef nonnull byval(%struct.Pair) align 4 %first) #5
  %3 = load i64, ptr %tmp, align 8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %tmp) #4
  br label %cond.end

cond.end:                                         ; preds = %for.cond.cleanup10, %cond.true
  %.sink = phi i64 [ %3, %cond.true ], [ %1, %for.cond.cleanup10 ]
  store i64 %.sink, ptr %arrayidx17, align 16
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %first) #4
  %inc19 = add nuw nsw i32 %round.099, 1
  %exitcond106.not = icmp eq i32 %inc19, 7
  br i1 %exitcond106.not, label %for.body25, label %for.body5, !llvm.loop !12

for.cond32.preheader:                             ; preds = %for.body25
  %hi42 = getelementptr inbounds i8, ptr %s, i32 4
  br label %for.body35

for.body25:                                       ; preds = %cond.end, %for.body25
  %i21.0100 = phi i32 [ %inc29, %for.body25 ], [ 0, %cond.end ]
  %arrayidx26 = getelementptr inbounds [5 x %struct.Pair], ptr %ring, i32 0, i32 %i21.0100
  %4 = load i32, ptr %arrayidx26, align 8, !tbaa !7
  tail call void @sb3_out_int(i32 noundef %4) #6
  %hi = getelementptr inbounds i8, ptr %arrayidx26, i32 4
  %5 = load i32, ptr %hi, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %5) #6
  %inc29 = add nuw nsw i32 %i21.0100, 1
  %exitcond107.not = icmp eq i32 %inc29, 5
  br i1 %exitcond107.not, label %for.cond32.preheader, label %for.body25, !llvm.loop !13

for.cond.cleanup34:                               ; preds = %for.body35
  tail call void @sb3_out_int(i32 noundef %add39) #6
  tail call void @sb3_out_int(i32 noundef %xor) #6
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %q) #4
  %6 = load i64, ptr getelementptr inbounds (i8, ptr @pk, i32 8), align 8
  %arrayidx50 = getelementptr inbounds i8, ptr %q, i32 8
  %7 = load i64, ptr @pk, align 16
  store i64 %7, ptr %q, align 16
  store i64 %6, ptr %arrayidx50, align 8
  br label %for.body59

for.body35:                                       ; preds = %for.cond32.preheader, %for.body35
  %i31.0103 = phi i32 [ 0, %for.cond32.preheader ], [ %inc45, %for.body35 ]
  %acc.sroa.6.0102 = phi i32 [ 0, %for.cond32.preheader ], [ %xor, %for.body35 ]
  %acc.sroa.0.0101 = phi i32 [ 0, %for.cond32.preheader ], [ %add39, %for.body35 ]
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %s) #4
  %arrayidx36 = getelementptr inbounds [5 x %struct.Pair], ptr @seeds, i32 0, i32 %i31.0103
  call void @swap(ptr dead_on_unwind nonnull writable sret(%struct.Pair) align 4 %s, ptr noundef nonnull byval(%struct.Pair) align 4 %arrayidx36) #5
  %mul = mul i32 %acc.sroa.0.0101, 31
  %8 = load i32, ptr %s, align 4, !tbaa !7
  %add39 = add i32 %8, %mul
  %9 = load i32, ptr %hi42, align 4, !tbaa !2
  %xor = xor i32 %9, %acc.sroa.6.0102
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %s) #4
  %inc45 = add nuw nsw i32 %i31.0103, 1
  %exitcond108.not = icmp eq i32 %inc45, 5
  br i1 %exitcond108.not, label %for.cond.cleanup34, label %for.body35, !llvm.loop !14

for.cond.cleanup58:                               ; preds = %for.body59
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %q) #4
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %ring) #4
  ret i32 0

for.body59:                                       ; preds = %for.cond.cleanup34, %for.body59
  %cmp57 = phi i1 [ true, %for.cond.cleanup34 ], [ false, %for.body59 ]
  %i55.0104.sroa.phi = phi ptr [ %q, %for.cond.cleanup34 ], [ %i55.0104.sroa.gep109, %for.body59 ]
  %10 = load i16, ptr %i55.0104.sroa.phi, align 8, !tbaa !15
  %conv = zext i16 %10 to i32
  tail call void @sb3_out_int(i32 noundef %conv) #6
  %b = getelementptr inbounds i8, ptr %i55.0104.sroa.phi, i32 2
  %11 = load i16, ptr %b, align 2, !tbaa !18
  %conv62 = zext i16 %11 to i32
  tail call void @sb3_out_int(i32 noundef %conv62) #6
  %c = getelementptr inbounds i8, ptr %i55.0104.sroa.phi, i32 4
  %12 = load i8, ptr %c, align 4, !tbaa !19
  %conv64 = sext i8 %12 to i32
  tail call void @sb3_out_int(i32 noundef %conv64) #6
  %d = getelementptr inbounds i8, ptr %i55.0104.sroa.phi, i32 5
  %13 = load i8, ptr %d, align 1, !tbaa !20
  %conv66 = sext i8 %13 to i32
  tail call void @sb3_out_int(i32 noundef %conv66) #6
  %e = getelementptr inbounds i8, ptr %i55.0104.sroa.phi, i32 6
  %14 = load i8, ptr %e, align 2, !tbaa !21
  %conv68 = sext i8 %14 to i32
  tail call void @sb3_out_int(i32 noundef %conv68) #6
  %f = getelementptr inbounds i8, ptr %i55.0104.sroa.phi, i32 7
  %15 = load i8, ptr %f, align 1, !tbaa !22
  %conv70 = sext i8 %15 to i32
  tail call void @sb3_out_int(i32 noundef %conv70) #6
  br i1 %cmp57, label %for.body59, label %for.cond.cleanup58, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin "no-builtins" }
attributes #6 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !4, i64 4}
!3 = !{!"", !4, i64 0, !4, i64 4}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!3, !4, i64 0}
!8 = distinct !{!8, !9, !10}
!9 = !{!"llvm.loop.mustprogress"}
!10 = !{!"llvm.loop.unroll.disable"}
!11 = distinct !{!11, !9, !10}
!12 = distinct !{!12, !9, !10}
!13 = distinct !{!13, !9, !10}
!14 = distinct !{!14, !9, !10}
!15 = !{!16, !17, i64 0}
!16 = !{!"", !17, i64 0, !17, i64 2, !5, i64 4, !5, i64 5, !5, i64 6, !5, i64 7}
!17 = !{!"short", !5, i64 0}
!18 = !{!16, !17, i64 2}
!19 = !{!16, !5, i64 4}
!20 = !{!16, !5, i64 5}
!21 = !{!16, !5, i64 6}
!22 = !{!16, !5, i64 7}
!23 = distinct !{!23, !9, !10}
