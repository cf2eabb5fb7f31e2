; ModuleID = 'tests/c/int_popcount.c'
source_filename = "tests/c/int_popcount.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden local_unnamed_addr global [11 x i32] [i32 0, i32 1, i32 3, i32 -2147483648, i32 -1, i32 305419896, i32 -559038737, i32 65536, i32 2147483646, i32 -1431655766, i32 255], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @pop_kernighan(i32 noundef %x) local_unnamed_addr #0 {
entry:
  %0 = tail call range(i32 0, 33) i32 @llvm.ctpop.i32(i32 %x)
  ret i32 %0
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 0, 256) i32 @pop_swar(i32 noundef %x) local_unnamed_addr #0 {
entry:
  %0 = tail call range(i32 0, 33) i32 @llvm.ctpop.i32(i32 %x)
  ret i32 %0
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @clz_loop(i32 noundef %x) local_unnamed_addr #1 {
entry:
  %cmp = icmp eq i32 %x, 0
  br i1 %cmp, label %cleanup, label %while.cond.preheader

while.cond.preheader:                             ; preds = %entry
  %tobool.not4 = icmp sgt i32 %x, -1
  br i1 %tobool.not4, label %while.body, label %cleanup

while.body:                                       ; preds = %while.cond.preheader, %while.body
  %n.06 = phi i32 [ %inc, %while.body ], [ 0, %while.cond.preheader ]
  %x.addr.05 = phi i32 [ %shl, %while.body ], [ %x, %while.cond.preheader ]
  %shl = shl nuw i32 %x.addr.05, 1
  %inc = add nuw nsw i32 %n.06, 1
  %tobool.not = icmp sgt i32 %shl, -1
  br i1 %tobool.not, label %while.body, label %cleanup, !llvm.loop !2

cleanup:                                          ; preds = %while.body, %while.cond.preheader, %entry
  %retval.0 = phi i32 [ 32, %entry ], [ 0, %while.cond.preheader ], [ %inc, %while.body ]
  ret i32 %retval.0
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @ctz_loop(i32 noundef %x) local_unnamed_addr #1 {
entry:
  %cmp = icmp eq i32 %x, 0
  br i1 %cmp, label %cleanup, label %while.cond.preheader

while.cond.preheader:                             ; preds = %entry
  %and4 = and i32 %x, 1
  %tobool.not5 = icmp eq i32 %and4, 0
  br i1 %tobool.not5, label %while.body, label %cleanup

while.body:                                       ; preds = %while.cond.preheader, %while.body
  %n.07 = phi i32 [ %inc, %while.body ], [ 0, %while.cond.preheader ]
  %x.addr.06 = phi i32 [ %shr, %while.body ], [ %x, %while.cond.preheader ]
  %shr = lshr exact i32 %x.addr.06, 1
  %inc = add nuw nsw i32 %n.07, 1
  %0 = and i32 %x.addr.06, 2
  %tobool.not = icmp eq i32 %0, 0
  br i1 %tobool.not, label %while.body, label %cleanup, !llvm.loop !5

cleanup:                                          ; preds = %while.body, %while.cond.preheader, %entry
  %retval.0 = phi i32 [ 32, %entry ], [ 0, %while.cond.preheader ], [ %inc, %while.body ]
  ret i32 %retval.0
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @reverse_bits(i32 noundef %x) local_unnamed_addr #1 {
entry:
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  ret i32 %or

for.body:                                         ; preds = %entry, %for.body
  %i.06 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %r.05 = phi i32 [ 0, %entry ], [ %or, %for.body ]
  %x.addr.04 = phi i32 [ %x, %entry ], [ %shr, %for.body ]
  %shl = shl i32 %r.05, 1
  %and = and i32 %x.addr.04, 1
  %or = or disjoint i32 %shl, %and
  %shr = lshr i32 %x.addr.04, 1
  %inc = add nuw nsw i32 %i.06, 1
  %exitcond.not = icmp eq i32 %inc, 32
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !6
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  ret i32 0

for.body:                                         ; preds = %entry, %for.body
  %i.015 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [11 x i32], ptr @xs, i32 0, i32 %i.015
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !7
  %call = tail call i32 @pop_kernighan(i32 noundef %0) #5
  tail call void @sb3_out_int(i32 noundef %call) #6
  %1 = load i32, ptr %arrayidx, align 4, !tbaa !7
  %call2 = tail call i32 @pop_swar(i32 noundef %1) #5
  tail call void @sb3_out_int(i32 noundef %call2) #6
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !7
  %call4 = tail call i32 @clz_loop(i32 noundef %2) #5
  tail call void @sb3_out_int(i32 noundef %call4) #6
  %3 = load i32, ptr %arrayidx, align 4, !tbaa !7
  %call6 = tail call i32 @ctz_loop(i32 noundef %3) #5
  tail call void @sb3_out_int(i32 noundef %call6) #6
  %4 = load i32, ptr %arrayidx, align 4, !tbaa !7
  %call8 = tail call i32 @reverse_bits(i32 noundef %4) #5
  tail call void @sb3_out_int(i32 noundef %call8) #6
  %inc = add nuw nsw i32 %i.015, 1
  %exitcond.not = icmp eq i32 %inc, 11
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !11
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.ctpop.i32(i32) #4

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #5 = { nobuiltin "no-builtins" }
attributes #6 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = distinct !{!5, !3, !4}
!6 = distinct !{!6, !3, !4}
!7 = !{!8, !8, i64 0}
!8 = !{!"int", !9, i64 0}
!9 = !{!"omnipotent char", !10, i64 0}
!10 = !{!"Simple C/C++ TBAA"}
!11 = distinct !{!11, !3, !4}
