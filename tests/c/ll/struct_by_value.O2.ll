; ModuleID = 'tests/c/struct_by_value.c'
source_filename = "tests/c/struct_by_value.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Vec2 = type { i32, i32 }
%struct.Seg = type { %struct.Vec2, %struct.Vec2, i16, i8 }

@gv = hidden global %struct.Vec2 { i32 3, i32 4 }, align 4
@__const.main.v = private unnamed_addr constant %struct.Vec2 { i32 10, i32 -20 }, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite)
define hidden void @vadd(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Vec2) align 4 %agg.result, ptr nocapture noundef readonly byval(%struct.Vec2) align 4 %p, ptr nocapture noundef readonly byval(%struct.Vec2) align 4 %q) local_unnamed_addr #0 {
entry:
  %0 = load i32, ptr %p, align 4, !tbaa !2
  %1 = load i32, ptr %q, align 4, !tbaa !2
  %add = add nsw i32 %1, %0
  store i32 %add, ptr %agg.result, align 4, !tbaa !2
  %y = getelementptr inbounds i8, ptr %agg.result, i32 4
  %y3 = getelementptr inbounds i8, ptr %p, i32 4
  %2 = load i32, ptr %y3, align 4, !tbaa !7
  %y4 = getelementptr inbounds i8, ptr %q, i32 4
  %3 = load i32, ptr %y4, align 4, !tbaa !7
  %add5 = add nsw i32 %3, %2
  store i32 %add5, ptr %y, align 4, !tbaa !7
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read)
define hidden i32 @mutate_copy(ptr nocapture noundef readonly byval(%struct.Vec2) align 4 %v) local_unnamed_addr #1 {
entry:
  %0 = load i32, ptr %v, align 4, !tbaa !2
  %mul = mul nsw i32 %0, 100
  %y = getelementptr inbounds i8, ptr %v, i32 4
  %1 = load i32, ptr %y, align 4, !tbaa !7
  %sub = add nsw i32 %1, -1
  %add = add nsw i32 %sub, %mul
  ret i32 %add
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write)
define hidden void @make_seg(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.Seg) align 4 %agg.result, i32 noundef %i) local_unnamed_addr #2 {
entry:
  store i32 %i, ptr %agg.result, align 4, !tbaa !8
  %sub = sub nsw i32 0, %i
  %y = getelementptr inbounds i8, ptr %agg.result, i32 4
  store i32 %sub, ptr %y, align 4, !tbaa !11
  %mul = mul nsw i32 %i, %i
  %b = getelementptr inbounds i8, ptr %agg.result, i32 8
  store i32 %mul, ptr %b, align 4, !tbaa !12
  %sub3 = sub nsw i32 7, %i
  %y5 = getelementptr inbounds i8, ptr %agg.result, i32 12
  store i32 %sub3, ptr %y5, align 4, !tbaa !13
  %0 = trunc i32 %i to i16
  %1 = mul i16 %0, 1000
  %conv = add i16 %1, -5000
  %tag = getelementptr inbounds i8, ptr %agg.result, i32 16
  store i16 %conv, ptr %tag, align 4, !tbaa !14
  %2 = trunc i32 %i to i8
  %conv9 = mul i8 %2, 37
  %flags = getelementptr inbounds i8, ptr %agg.result, i32 18
  store i8 %conv9, ptr %flags, align 2, !tbaa !15
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read)
define hidden i32 @seg_len2(ptr nocapture noundef readonly byval(%struct.Seg) align 4 %s) local_unnamed_addr #1 {
entry:
  %b = getelementptr inbounds i8, ptr %s, i32 8
  %0 = load i32, ptr %b, align 4, !tbaa !12
  %1 = load i32, ptr %s, align 4, !tbaa !8
  %sub = sub nsw i32 %0, %1
  %y = getelementptr inbounds i8, ptr %s, i32 12
  %2 = load i32, ptr %y, align 4, !tbaa !13
  %y4 = getelementptr inbounds i8, ptr %s, i32 4
  %3 = load i32, ptr %y4, align 4, !tbaa !11
  %sub5 = sub nsw i32 %2, %3
  %mul = mul nsw i32 %sub, %sub
  %mul6 = mul nsw i32 %sub5, %sub5
  %add = add nuw nsw i32 %mul6, %mul
  ret i32 %add
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #3

; Function Attrs: nounwind
define hidden noundef i32 @main() #4 {
entry:
  %w = alloca %struct.Vec2, align 4
  %acc = alloca %struct.Vec2, align 8
  %step = alloca %struct.Vec2, align 4
  %tmp = alloca %struct.Vec2, align 8
  %s = alloca %struct.Seg, align 4
  %t = alloca %struct.Seg, align 4
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %w) #7
  call void @vadd(ptr dead_on_unwind nonnull writable sret(%struct.Vec2) align 4 %w, ptr noundef nonnull byval(%struct.Vec2) align 4 @__const.main.v, ptr noundef nonnull byval(%struct.Vec2) align 4 @gv) #8
  %0 = load i32, ptr %w, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %0) #9
  %y = getelementptr inbounds i8, ptr %w, i32 4
  %1 = load i32, ptr %y, align 4, !tbaa !7
  tail call void @sb3_out_int(i32 noundef %1) #9
  %call = tail call i32 @mutate_copy(ptr noundef nonnull byval(%struct.Vec2) align 4 @__const.main.v) #8
  tail call void @sb3_out_int(i32 noundef %call) #9
  tail call void @sb3_out_int(i32 noundef 10) #9
  tail call void @sb3_out_int(i32 noundef -20) #9
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %acc) #7
  store i64 0, ptr %acc, align 8
  %y4 = getelementptr inbounds i8, ptr %step, i32 4
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  %2 = lshr i64 %5, 32
  %3 = trunc nuw i64 %2 to i32
  %4 = trunc i64 %5 to i32
  tail call void @sb3_out_int(i32 noundef %4) #9
  tail call void @sb3_out_int(i32 noundef %3) #9
  %tag = getelementptr inbounds i8, ptr %s, i32 16
  %flags = getelementptr inbounds i8, ptr %s, i32 18
  br label %for.body11

for.body:                                         ; preds = %entry, %for.body
  %i.027 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %step) #7
  store i32 %i.027, ptr %step, align 4, !tbaa !2
  %mul = mul nuw nsw i32 %i.027, %i.027
  store i32 %mul, ptr %y4, align 4, !tbaa !7
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %tmp) #7
  call void @vadd(ptr dead_on_unwind nonnull writable sret(%struct.Vec2) align 4 %tmp, ptr noundef nonnull byval(%struct.Vec2) align 4 %acc, ptr noundef nonnull byval(%struct.Vec2) align 4 %step) #8
  %5 = load i64, ptr %tmp, align 8
  store i64 %5, ptr %acc, align 8
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %tmp) #7
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %step) #7
  %inc = add nuw nsw i32 %i.027, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !16

for.cond.cleanup10:                               ; preds = %for.body11
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %acc) #7
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %w) #7
  ret i32 0

for.body11:                                       ; preds = %for.cond.cleanup, %for.body11
  %i7.028 = phi i32 [ 0, %for.cond.cleanup ], [ %inc19, %for.body11 ]
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %s) #7
  call void @make_seg(ptr dead_on_unwind nonnull writable sret(%struct.Seg) align 4 %s, i32 noundef %i7.028) #8
  call void @llvm.lifetime.start.p0(i64 20, ptr nonnull %t) #7
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(20) %t, ptr noundef nonnull align 4 dereferenceable(20) %s, i32 20, i1 false), !tbaa.struct !19
  %6 = load i32, ptr %t, align 4, !tbaa !8
  %add = add nsw i32 %6, 1
  store i32 %add, ptr %t, align 4, !tbaa !8
  %call13 = tail call i32 @seg_len2(ptr noundef nonnull byval(%struct.Seg) align 4 %s) #8
  tail call void @sb3_out_int(i32 noundef %call13) #9
  %call14 = tail call i32 @seg_len2(ptr noundef nonnull byval(%struct.Seg) align 4 %t) #8
  tail call void @sb3_out_int(i32 noundef %call14) #9
  %7 = load i16, ptr %tag, align 4, !tbaa !14
  %conv = sext i16 %7 to i32
  tail call void @sb3_out_int(i32 noundef %conv) #9
  %8 = load i8, ptr %flags, align 2, !tbaa !15
  %conv15 = zext i8 %8 to i32
  tail call void @sb3_out_int(i32 noundef %conv15) #9
  %9 = load i32, ptr %s, align 4, !tbaa !8
  tail call void @sb3_out_int(i32 noundef %9) #9
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %t) #7
  call void @llvm.lifetime.end.p0(i64 20, ptr nonnull %s) #7
  %inc19 = add nuw nsw i32 %i7.028, 1
  %exitcond29.not = icmp eq i32 %inc19, 6
  br i1 %exitcond29.not, label %for.cond.cleanup10, label %for.body11, !llvm.loop !23
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #5

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #6

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #6 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin "no-builtins" }
attributes #9 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !4, i64 0}
!3 = !{!"", !4, i64 0, !4, i64 4}
!4 = !{!"int", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!3, !4, i64 4}
!8 = !{!9, !4, i64 0}
!9 = !{!"", !3, i64 0, !3, i64 8, !10, i64 16, !5, i64 18}
!10 = !{!"short", !5, i64 0}
!11 = !{!9, !4, i64 4}
!12 = !{!9, !4, i64 8}
!13 = !{!9, !4, i64 12}
!14 = !{!9, !10, i64 16}
!15 = !{!9, !5, i64 18}
!16 = distinct !{!16, !17, !18}
!17 = !{!"llvm.loop.mustprogress"}
!18 = !{!"llvm.loop.unroll.disable"}
!19 = !{i64 0, i64 4, !20, i64 4, i64 4, !20, i64 8, i64 4, !20, i64 12, i64 4, !20, i64 16, i64 2, !21, i64 18, i64 1, !22}
!20 = !{!4, !4, i64 0}
!21 = !{!10, !10, i64 0}
!22 = !{!5, !5, i64 0}
!23 = distinct !{!23, !17, !18}
