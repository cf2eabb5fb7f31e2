; ModuleID = 'tests/c/struct_copy.c'
source_filename = "tests/c/struct_copy.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.S7 = type { [7 x i8] }
%struct.Big = type { [20 x i32] }
%struct.S12 = type { i32, i32, i32 }

@s7_init = hidden local_unnamed_addr global %struct.S7 { [7 x i8] c"copied!" }, align 1
@big_init = internal unnamed_addr constant %struct.Big { [20 x i32] [i32 1, i32 1, i32 2, i32 3, i32 5, i32 8, i32 13, i32 21, i32 34, i32 55, i32 89, i32 144, i32 233, i32 377, i32 610, i32 987, i32 1597, i32 2584, i32 4181, i32 6765] }, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite)
define hidden void @copy_big(ptr nocapture noundef writeonly %d, ptr nocapture noundef readonly %s) local_unnamed_addr #0 {
entry:
  tail call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(80) %d, ptr noundef nonnull align 4 dereferenceable(80) %s, i32 80, i1 false), !tbaa.struct !2
  ret void
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #1

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  %t = alloca %struct.S7, align 1
  %g2 = alloca %struct.Big, align 4
  %arr = alloca [5 x %struct.S12], align 16
  %arr2 = alloca [5 x %struct.S12], align 16
  tail call void @sb3_out_int(i32 noundef 281) #5
  %s.sroa.0.0.copyload = load i8, ptr @s7_init, align 1
  %s.sroa.6.0.t.sroa_idx = getelementptr inbounds i8, ptr %t, i32 1
  call void @llvm.lifetime.start.p0(i64 7, ptr nonnull %t) #6
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 1 dereferenceable(6) %s.sroa.6.0.t.sroa_idx, ptr noundef nonnull align 1 dereferenceable(6) getelementptr inbounds (i8, ptr @s7_init, i32 1), i32 6, i1 false)
  store i8 %s.sroa.0.0.copyload, ptr %t, align 1
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  tail call void @sb3_out_char(i32 noundef 88) #5
  tail call void @sb3_out_int(i32 noundef 250) #5
  tail call void @sb3_out_int(i32 noundef -30000) #5
  tail call void @sb3_out_int(i32 noundef 123456) #5
  tail call void @sb3_out_int(i32 noundef 7) #5
  tail call void @sb3_out_int(i32 noundef 9) #5
  tail call void @sb3_out_double(double noundef -7.500000e-01) #5
  tail call void @sb3_out_double(double noundef 1.000000e+100) #5
  tail call void @sb3_out_int(i32 noundef 3) #5
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %g2) #6
  call void @copy_big(ptr noundef nonnull %g2, ptr noundef nonnull @big_init) #7
  br label %for.body40

for.body:                                         ; preds = %entry, %for.body
  %i.0124 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx8 = getelementptr inbounds [7 x i8], ptr %t, i32 0, i32 %i.0124
  %0 = load i8, ptr %arrayidx8, align 1, !tbaa !3
  %conv = sext i8 %0 to i32
  tail call void @sb3_out_char(i32 noundef %conv) #5
  %inc = add nuw nsw i32 %i.0124, 1
  %exitcond.not = icmp eq i32 %inc, 7
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !6

for.cond.cleanup39:                               ; preds = %for.body40
  tail call void @sb3_out_int(i32 noundef %add43) #5
  tail call void @sb3_out_int(i32 noundef 0) #5
  call void @llvm.lifetime.start.p0(i64 60, ptr nonnull %arr) #6
  call void @llvm.lifetime.start.p0(i64 60, ptr nonnull %arr2) #6
  br label %for.body54

for.body40:                                       ; preds = %for.cond.cleanup, %for.body40
  %i35.0126 = phi i32 [ 0, %for.cond.cleanup ], [ %inc45, %for.body40 ]
  %s2.0125 = phi i32 [ 0, %for.cond.cleanup ], [ %add43, %for.body40 ]
  %arrayidx42 = getelementptr inbounds [20 x i32], ptr %g2, i32 0, i32 %i35.0126
  %1 = load i32, ptr %arrayidx42, align 4, !tbaa !9
  %add43 = add nsw i32 %1, %s2.0125
  %inc45 = add nuw nsw i32 %i35.0126, 1
  %exitcond130.not = icmp eq i32 %inc45, 20
  br i1 %exitcond130.not, label %for.cond.cleanup39, label %for.body40, !llvm.loop !11

for.body54:                                       ; preds = %for.cond.cleanup39, %for.body54
  %i49.0127 = phi i32 [ 0, %for.cond.cleanup39 ], [ %inc63, %for.body54 ]
  %arrayidx55 = getelementptr inbounds [5 x %struct.S12], ptr %arr, i32 0, i32 %i49.0127
  store i32 %i49.0127, ptr %arrayidx55, align 4, !tbaa !12
  %mul57 = mul nuw nsw i32 %i49.0127, %i49.0127
  %b59 = getelementptr inbounds i8, ptr %arrayidx55, i32 4
  store i32 %mul57, ptr %b59, align 4, !tbaa !14
  %sub = sub nsw i32 0, %i49.0127
  %c61 = getelementptr inbounds i8, ptr %arrayidx55, i32 8
  store i32 %sub, ptr %c61, align 4, !tbaa !15
  %inc63 = add nuw nsw i32 %i49.0127, 1
  %exitcond131.not = icmp eq i32 %inc63, 5
  br i1 %exitcond131.not, label %for.body70, label %for.body54, !llvm.loop !16

for.body70:                                       ; preds = %for.body54, %for.body70
  %i65.0128 = phi i32 [ %inc75, %for.body70 ], [ 0, %for.body54 ]
  %sub71 = sub nuw nsw i32 4, %i65.0128
  %arrayidx72 = getelementptr inbounds [5 x %struct.S12], ptr %arr2, i32 0, i32 %sub71
  %arrayidx73 = getelementptr inbounds [5 x %struct.S12], ptr %arr, i32 0, i32 %i65.0128
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(12) %arrayidx72, ptr noundef nonnull align 4 dereferenceable(12) %arrayidx73, i32 12, i1 false), !tbaa.struct !17
  %inc75 = add nuw nsw i32 %i65.0128, 1
  %exitcond132.not = icmp eq i32 %inc75, 5
  br i1 %exitcond132.not, label %for.body82, label %for.body70, !llvm.loop !18

for.cond.cleanup81:                               ; preds = %for.body82
  call void @llvm.lifetime.end.p0(i64 60, ptr nonnull %arr2) #6
  call void @llvm.lifetime.end.p0(i64 60, ptr nonnull %arr) #6
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %g2) #6
  call void @llvm.lifetime.end.p0(i64 7, ptr nonnull %t) #6
  ret i32 0

for.body82:                                       ; preds = %for.body70, %for.body82
  %i77.0129 = phi i32 [ %inc94, %for.body82 ], [ 0, %for.body70 ]
  %arrayidx83 = getelementptr inbounds [5 x %struct.S12], ptr %arr2, i32 0, i32 %i77.0129
  %2 = load i32, ptr %arrayidx83, align 4, !tbaa !12
  %mul85 = mul nsw i32 %2, 100
  %b87 = getelementptr inbounds i8, ptr %arrayidx83, i32 4
  %3 = load i32, ptr %b87, align 4, !tbaa !14
  %mul88 = mul nsw i32 %3, 10
  %add89 = add nsw i32 %mul88, %mul85
  %c91 = getelementptr inbounds i8, ptr %arrayidx83, i32 8
  %4 = load i32, ptr %c91, align 4, !tbaa !15
  %add92 = add nsw i32 %add89, %4
  tail call void @sb3_out_int(i32 noundef %add92) #5
  %inc94 = add nuw nsw i32 %i77.0129, 1
  %exitcond133.not = icmp eq i32 %inc94, 5
  br i1 %exitcond133.not, label %for.cond.cleanup81, label %for.body82, !llvm.loop !19
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #4

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

declare void @sb3_out_double(double noundef) local_unnamed_addr #4

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { nobuiltin nounwind "no-builtins" }
attributes #6 = { nounwind }
attributes #7 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{i64 0, i64 80, !3}
!3 = !{!4, !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7, !8}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !4, i64 0}
!11 = distinct !{!11, !7, !8}
!12 = !{!13, !10, i64 0}
!13 = !{!"", !10, i64 0, !10, i64 4, !10, i64 8}
!14 = !{!13, !10, i64 4}
!15 = !{!13, !10, i64 8}
!16 = distinct !{!16, !7, !8}
!17 = !{i64 0, i64 4, !9, i64 4, i64 4, !9, i64 8, i64 4, !9}
!18 = distinct !{!18, !7, !8}
!19 = distinct !{!19, !7, !8}
