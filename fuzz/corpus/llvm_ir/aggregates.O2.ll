; ModuleID = 'aggregates.c'
source_filename = "aggregates.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.cpx = type { float, float }
%struct.quad = type { i32, i32, i32, i32 }

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite)
define hidden void @cmul(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.cpx) align 4 %agg.result, ptr nocapture noundef readonly byval(%struct.cpx) align 4 %x, ptr nocapture noundef readonly byval(%struct.cpx) align 4 %y) local_unnamed_addr #0 {
entry:
  %0 = load float, ptr %x, align 4, !tbaa !2
  %1 = load float, ptr %y, align 4, !tbaa !2
  %mul = fmul float %0, %1
  %im = getelementptr inbounds i8, ptr %x, i32 4
  %2 = load float, ptr %im, align 4, !tbaa !7
  %im3 = getelementptr inbounds i8, ptr %y, i32 4
  %3 = load float, ptr %im3, align 4, !tbaa !7
  %mul4 = fmul float %2, %3
  %sub = fsub float %mul, %mul4
  store float %sub, ptr %agg.result, align 4, !tbaa !2
  %im5 = getelementptr inbounds i8, ptr %agg.result, i32 4
  %mul8 = fmul float %0, %3
  %mul11 = fmul float %1, %2
  %add = fadd float %mul11, %mul8
  store float %add, ptr %im5, align 4, !tbaa !7
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write)
define hidden void @make(ptr dead_on_unwind noalias nocapture writable writeonly sret(%struct.quad) align 4 %agg.result, i32 noundef %v) local_unnamed_addr #1 {
entry:
  store i32 %v, ptr %agg.result, align 4, !tbaa !8
  %b = getelementptr inbounds i8, ptr %agg.result, i32 4
  %add = add nsw i32 %v, 1
  store i32 %add, ptr %b, align 4, !tbaa !11
  %c = getelementptr inbounds i8, ptr %agg.result, i32 8
  %add1 = add nsw i32 %v, 2
  store i32 %add1, ptr %c, align 4, !tbaa !12
  %d = getelementptr inbounds i8, ptr %agg.result, i32 12
  %add2 = add nsw i32 %v, 3
  store i32 %add2, ptr %d, align 4, !tbaa !13
  ret void
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read)
define hidden i32 @total(ptr nocapture noundef readonly byval(%struct.quad) align 4 %q) local_unnamed_addr #2 {
entry:
  %0 = load i32, ptr %q, align 4, !tbaa !8
  %b = getelementptr inbounds i8, ptr %q, i32 4
  %1 = load i32, ptr %b, align 4, !tbaa !11
  %add = add nsw i32 %1, %0
  %c = getelementptr inbounds i8, ptr %q, i32 8
  %2 = load i32, ptr %c, align 4, !tbaa !12
  %add1 = add nsw i32 %add, %2
  %d = getelementptr inbounds i8, ptr %q, i32 12
  %3 = load i32, ptr %d, align 4, !tbaa !13
  %add2 = add nsw i32 %add1, %3
  ret i32 %add2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden i32 @pun(float noundef %f) local_unnamed_addr #3 {
entry:
  %0 = bitcast float %f to i32
  %conv = and i32 %0, 255
  %add = add nsw i32 %conv, %0
  ret i32 %add
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #4

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden i32 @pick(i32 noundef %i, i32 noundef %a, i32 noundef %b) local_unnamed_addr #3 {
entry:
  %arr = alloca [2 x i32], align 4
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %arr) #7
  store i32 %a, ptr %arr, align 4, !tbaa !14
  %arrayinit.element = getelementptr inbounds i8, ptr %arr, i32 4
  store i32 %b, ptr %arrayinit.element, align 4, !tbaa !14
  %and = and i32 %i, 1
  %arrayidx = getelementptr inbounds [2 x i32], ptr %arr, i32 0, i32 %and
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !14
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %arr) #7
  ret i32 %0
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #5 {
entry:
  tail call void @sb3_out_double(double noundef 5.000000e+00) #8
  tail call void @sb3_out_double(double noundef 5.000000e+00) #8
  tail call void @sb3_out_int(i32 noundef 26) #8
  tail call void @sb3_out_int(i32 noundef 1065353216) #8
  tail call void @sb3_out_int(i32 noundef 5) #8
  ret i32 0
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #6

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #6

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: write) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { mustprogress nofree norecurse nosync nounwind willreturn memory(argmem: read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #5 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #6 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !4, i64 0}
!3 = !{!"", !4, i64 0, !4, i64 4}
!4 = !{!"float", !5, i64 0}
!5 = !{!"omnipotent char", !6, i64 0}
!6 = !{!"Simple C/C++ TBAA"}
!7 = !{!3, !4, i64 4}
!8 = !{!9, !10, i64 0}
!9 = !{!"", !10, i64 0, !10, i64 4, !10, i64 8, !10, i64 12}
!10 = !{!"int", !5, i64 0}
!11 = !{!9, !10, i64 4}
!12 = !{!9, !10, i64 8}
!13 = !{!9, !10, i64 12}
!14 = !{!10, !10, i64 0}
