; ModuleID = 'tests/c/int_wrap_u32.c'
source_filename = "tests/c/int_wrap_u32.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@in = hidden local_unnamed_addr global [12 x i32] [i32 0, i32 1, i32 2, i32 2147483647, i32 -2147483648, i32 -1, i32 -2, i32 123456789, i32 -559038737, i32 65535, i32 65536, i32 40503], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @add(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %add = add i32 %b, %a
  ret i32 %add
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @sub(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %sub = sub i32 %a, %b
  ret i32 %sub
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @mul(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %mul = mul i32 %b, %a
  ret i32 %mul
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.050 = phi i32 [ 0, %entry ], [ %inc, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %i.050
  br label %for.body4

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3
  %0 = load i32, ptr getelementptr inbounds (i8, ptr @in, i32 16), align 16, !tbaa !2
  %mul = sub i32 0, %0
  tail call void @sb3_out_int(i32 noundef %mul) #3
  %sub = add i32 %0, -1
  tail call void @sb3_out_int(i32 noundef %sub) #3
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @in, i32 12), align 4, !tbaa !2
  %add14 = add i32 %1, 1
  tail call void @sb3_out_int(i32 noundef %add14) #3
  %2 = load i32, ptr getelementptr inbounds (i8, ptr @in, i32 4), align 4, !tbaa !2
  %sub15 = sub i32 0, %2
  tail call void @sb3_out_int(i32 noundef %sub15) #3
  br label %for.body20

for.cond.cleanup3:                                ; preds = %for.body4
  %inc = add nuw nsw i32 %i.050, 1
  %exitcond.not = icmp eq i32 %inc, 12
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.cond1.preheader, !llvm.loop !6

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %j.049 = phi i32 [ 0, %for.cond1.preheader ], [ %add, %for.body4 ]
  %3 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %arrayidx5 = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %j.049
  %4 = load i32, ptr %arrayidx5, align 4, !tbaa !2
  %call = tail call i32 @add(i32 noundef %3, i32 noundef %4) #4
  tail call void @sb3_out_int(i32 noundef %call) #3
  %5 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %6 = load i32, ptr %arrayidx5, align 4, !tbaa !2
  %call8 = tail call i32 @sub(i32 noundef %5, i32 noundef %6) #4
  tail call void @sb3_out_int(i32 noundef %call8) #3
  %7 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %8 = load i32, ptr %arrayidx5, align 4, !tbaa !2
  %call11 = tail call i32 @mul(i32 noundef %7, i32 noundef %8) #4
  tail call void @sb3_out_int(i32 noundef %call11) #3
  %add = add nuw nsw i32 %j.049, 3
  %cmp2 = icmp ult i32 %j.049, 9
  br i1 %cmp2, label %for.body4, label %for.cond.cleanup3, !llvm.loop !9

for.body20:                                       ; preds = %for.cond.cleanup, %for.body20
  %i16.051 = phi i32 [ 0, %for.cond.cleanup ], [ %inc24, %for.body20 ]
  %arrayidx21 = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %i16.051
  %9 = load i32, ptr %arrayidx21, align 4, !tbaa !2
  %sub22 = sub i32 0, %9
  tail call void @sb3_out_int(i32 noundef %sub22) #3
  %inc24 = add nuw nsw i32 %i16.051, 1
  %exitcond54.not = icmp eq i32 %inc24, 12
  br i1 %exitcond54.not, label %for.body29, label %for.body20, !llvm.loop !10

for.cond.cleanup28:                               ; preds = %for.body29
  ret i32 0

for.body29:                                       ; preds = %for.body20, %for.body29
  %k.053 = phi i32 [ %inc33, %for.body29 ], [ 1, %for.body20 ]
  %p.052 = phi i32 [ %add31, %for.body29 ], [ 1, %for.body20 ]
  %mul30 = mul i32 %p.052, -1640531535
  %add31 = add i32 %mul30, %k.053
  tail call void @sb3_out_int(i32 noundef %add31) #3
  %inc33 = add nuw nsw i32 %k.053, 1
  %exitcond55.not = icmp eq i32 %inc33, 41
  br i1 %exitcond55.not, label %for.cond.cleanup28, label %for.body29, !llvm.loop !11
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin nounwind "no-builtins" }
attributes #4 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7, !8}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !7, !8}
!10 = distinct !{!10, !7, !8}
!11 = distinct !{!11, !7, !8}
