; ModuleID = 'tests/c/int_casts.c'
source_filename = "tests/c/int_casts.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@vals = hidden local_unnamed_addr global [20 x i32] [i32 0, i32 1, i32 -1, i32 127, i32 128, i32 255, i32 256, i32 -128, i32 -129, i32 32767, i32 32768, i32 65535, i32 65536, i32 -32768, i32 -32769, i32 2147483647, i32 -2147483648, i32 305419896, i32 -305419896, i32 16711935], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 -128, 128) i32 @sext8(i32 noundef %v) local_unnamed_addr #0 {
entry:
  %sext = shl i32 %v, 24
  %conv1 = ashr exact i32 %sext, 24
  ret i32 %conv1
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef range(i32 0, 256) i32 @zext8(i32 noundef %v) local_unnamed_addr #0 {
entry:
  %conv1 = and i32 %v, 255
  ret i32 %conv1
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 -32768, 32768) i32 @sext16(i32 noundef %v) local_unnamed_addr #0 {
entry:
  %sext = shl i32 %v, 16
  %conv1 = ashr exact i32 %sext, 16
  ret i32 %conv1
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef range(i32 0, 65536) i32 @zext16(i32 noundef %v) local_unnamed_addr #0 {
entry:
  %conv1 = and i32 %v, 65535
  ret i32 %conv1
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.053 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [20 x i32], ptr @vals, i32 0, i32 %i.053
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %call = tail call i32 @sext8(i32 noundef %0) #3
  tail call void @sb3_out_int(i32 noundef %call) #4
  %call1 = tail call i32 @zext8(i32 noundef %0) #3
  tail call void @sb3_out_int(i32 noundef %call1) #4
  %call2 = tail call i32 @sext16(i32 noundef %0) #3
  tail call void @sb3_out_int(i32 noundef %call2) #4
  %call3 = tail call i32 @zext16(i32 noundef %0) #3
  tail call void @sb3_out_int(i32 noundef %call3) #4
  %conv4 = sitofp i32 %0 to double
  tail call void @sb3_out_double(double noundef %conv4) #4
  %conv6 = uitofp i32 %0 to double
  tail call void @sb3_out_double(double noundef %conv6) #4
  %sext = shl i32 %0, 24
  %conv9 = ashr exact i32 %sext, 24
  tail call void @sb3_out_int(i32 noundef %conv9) #4
  %conv11 = and i32 %0, 255
  tail call void @sb3_out_int(i32 noundef %conv11) #4
  tail call void @sb3_out_int(i32 noundef %0) #4
  %inc = add nuw nsw i32 %i.053, 1
  %exitcond.not = icmp eq i32 %inc, 20
  br i1 %exitcond.not, label %for.body18, label %for.body, !llvm.loop !6

for.body18:                                       ; preds = %for.body, %for.body18
  %i13.054 = phi i32 [ %inc22, %for.body18 ], [ 0, %for.body ]
  %arrayidx19 = getelementptr inbounds [20 x i32], ptr @vals, i32 0, i32 %i13.054
  %1 = load i32, ptr %arrayidx19, align 4, !tbaa !2
  %tobool = icmp ne i32 %1, 0
  %conv20 = zext i1 %tobool to i32
  tail call void @sb3_out_int(i32 noundef %conv20) #4
  %inc22 = add nuw nsw i32 %i13.054, 1
  %exitcond56.not = icmp eq i32 %inc22, 20
  br i1 %exitcond56.not, label %for.body29, label %for.body18, !llvm.loop !9

for.cond.cleanup28:                               ; preds = %for.body29
  ret i32 0

for.body29:                                       ; preds = %for.body18, %for.body29
  %i24.055 = phi i32 [ %inc36, %for.body29 ], [ 0, %for.body18 ]
  %arrayidx30 = getelementptr inbounds [20 x i32], ptr @vals, i32 0, i32 %i24.055
  %2 = load i32, ptr %arrayidx30, align 4, !tbaa !2
  %tobool31.not = icmp eq i32 %2, 0
  %lnot.ext = zext i1 %tobool31.not to i32
  %mul = select i1 %tobool31.not, i32 0, i32 2
  %add = or disjoint i32 %mul, %lnot.ext
  tail call void @sb3_out_int(i32 noundef %add) #4
  %inc36 = add nuw nsw i32 %i24.055, 1
  %exitcond57.not = icmp eq i32 %inc36, 20
  br i1 %exitcond57.not, label %for.cond.cleanup28, label %for.body29, !llvm.loop !10
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin nounwind "no-builtins" }

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
