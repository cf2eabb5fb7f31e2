; ModuleID = 'tests/c/int_compare.c'
source_filename = "tests/c/int_compare.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@vs = hidden local_unnamed_addr global [9 x i32] [i32 0, i32 1, i32 -1, i32 2, i32 -2, i32 2147483647, i32 -2147483648, i32 1000, i32 -1000], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 0, 64) i32 @cmp_s(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %cmp = icmp slt i32 %a, %b
  %conv = zext i1 %cmp to i32
  %cmp1.not = icmp sgt i32 %a, %b
  %shl = select i1 %cmp1.not, i32 0, i32 2
  %or = or disjoint i32 %shl, %conv
  %shl5 = select i1 %cmp1.not, i32 4, i32 0
  %or6 = or disjoint i32 %or, %shl5
  %shl9 = select i1 %cmp, i32 0, i32 8
  %or10 = or disjoint i32 %or6, %shl9
  %cmp11 = icmp eq i32 %a, %b
  %shl13 = select i1 %cmp11, i32 16, i32 0
  %or14 = or disjoint i32 %or10, %shl13
  %shl17 = select i1 %cmp11, i32 0, i32 32
  %or18 = or disjoint i32 %or14, %shl17
  ret i32 %or18
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 0, 64) i32 @cmp_u(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %cmp = icmp ult i32 %a, %b
  %conv = zext i1 %cmp to i32
  %cmp1.not = icmp ugt i32 %a, %b
  %shl = select i1 %cmp1.not, i32 0, i32 2
  %or = or disjoint i32 %shl, %conv
  %shl5 = select i1 %cmp1.not, i32 4, i32 0
  %or6 = or disjoint i32 %or, %shl5
  %shl9 = select i1 %cmp, i32 0, i32 8
  %or10 = or disjoint i32 %or6, %shl9
  %cmp11 = icmp eq i32 %a, %b
  %shl13 = select i1 %cmp11, i32 16, i32 0
  %or14 = or disjoint i32 %or10, %shl13
  %shl17 = select i1 %cmp11, i32 0, i32 32
  %or18 = or disjoint i32 %or14, %shl17
  ret i32 %or18
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.0107 = phi i32 [ 0, %entry ], [ %inc10, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %i.0107
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc10 = add nuw nsw i32 %i.0107, 1
  %exitcond113.not = icmp eq i32 %inc10, 9
  br i1 %exitcond113.not, label %for.body16, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %j.0106 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %arrayidx5 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %j.0106
  %1 = load i32, ptr %arrayidx5, align 4, !tbaa !5
  %call = tail call i32 @cmp_s(i32 noundef %0, i32 noundef %1) #3
  tail call void @sb3_out_int(i32 noundef %call) #4
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %3 = load i32, ptr %arrayidx5, align 4, !tbaa !5
  %call8 = tail call i32 @cmp_u(i32 noundef %2, i32 noundef %3) #3
  tail call void @sb3_out_int(i32 noundef %call8) #4
  %inc = add nuw nsw i32 %j.0106, 1
  %exitcond.not = icmp eq i32 %inc, 9
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9

for.body16:                                       ; preds = %for.cond.cleanup3, %for.body16
  %i12.0108 = phi i32 [ %inc56, %for.body16 ], [ 0, %for.cond.cleanup3 ]
  %arrayidx17 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %i12.0108
  %4 = load i32, ptr %arrayidx17, align 4, !tbaa !5
  %5 = trunc i32 %4 to i8
  %cmp19 = icmp slt i8 %5, 1
  %conv20 = zext i1 %cmp19 to i32
  tail call void @sb3_out_int(i32 noundef %conv20) #4
  %conv22 = and i32 %4, 255
  %cmp23 = icmp eq i32 %conv22, 0
  %conv24 = zext i1 %cmp23 to i32
  tail call void @sb3_out_int(i32 noundef %conv24) #4
  %6 = trunc i32 %4 to i16
  %cmp27 = icmp sgt i16 %6, 100
  %conv28 = zext i1 %cmp27 to i32
  tail call void @sb3_out_int(i32 noundef %conv28) #4
  %conv30 = and i32 %4, 65535
  %cmp31 = icmp ugt i32 %conv30, 100
  %conv32 = zext i1 %cmp31 to i32
  tail call void @sb3_out_int(i32 noundef %conv32) #4
  %7 = add i32 %4, -1
  %8 = icmp ult i32 %7, 1000
  %land.ext = zext i1 %8 to i32
  tail call void @sb3_out_int(i32 noundef %land.ext) #4
  %cmp37 = icmp ult i32 %4, 5
  %conv38 = zext i1 %cmp37 to i32
  tail call void @sb3_out_int(i32 noundef %conv38) #4
  %.lobit = lshr i32 %4, 31
  tail call void @sb3_out_int(i32 noundef %.lobit) #4
  %9 = add i32 %4, 1000
  %10 = icmp ult i32 %9, 1003
  %land.ext47 = zext i1 %10 to i32
  tail call void @sb3_out_int(i32 noundef %land.ext47) #4
  %conv48 = sext i32 %4 to i64
  %mul = mul nsw i64 %conv48, 3
  %cmp49 = icmp sgt i32 %4, 715827882
  %conv50 = zext i1 %cmp49 to i32
  tail call void @sb3_out_int(i32 noundef %conv50) #4
  %cmp51 = icmp ugt i64 %mul, 4294967295
  %conv52 = zext i1 %cmp51 to i32
  tail call void @sb3_out_int(i32 noundef %conv52) #4
  %11 = add nsw i64 %mul, -1
  %cmp53 = icmp ult i64 %11, -8000000001
  %conv54 = zext i1 %cmp53 to i32
  tail call void @sb3_out_int(i32 noundef %conv54) #4
  %inc56 = add nuw nsw i32 %i12.0108, 1
  %exitcond114.not = icmp eq i32 %inc56, 9
  br i1 %exitcond114.not, label %for.cond65.preheader, label %for.body16, !llvm.loop !10

for.cond65.preheader:                             ; preds = %for.body16, %for.cond.cleanup68
  %i58.0112 = phi i32 [ %inc79, %for.cond.cleanup68 ], [ 0, %for.body16 ]
  %c.0111 = phi i32 [ %add74, %for.cond.cleanup68 ], [ 0, %for.body16 ]
  %arrayidx70 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %i58.0112
  %12 = load i32, ptr %arrayidx70, align 4, !tbaa !5
  br label %for.body69

for.cond.cleanup62:                               ; preds = %for.cond.cleanup68
  tail call void @sb3_out_int(i32 noundef %add74) #4
  ret i32 0

for.cond.cleanup68:                               ; preds = %for.body69
  %inc79 = add nuw nsw i32 %i58.0112, 1
  %exitcond116.not = icmp eq i32 %inc79, 9
  br i1 %exitcond116.not, label %for.cond.cleanup62, label %for.cond65.preheader, !llvm.loop !11

for.body69:                                       ; preds = %for.cond65.preheader, %for.body69
  %j64.0110 = phi i32 [ 0, %for.cond65.preheader ], [ %inc76, %for.body69 ]
  %c.1109 = phi i32 [ %c.0111, %for.cond65.preheader ], [ %add74, %for.body69 ]
  %arrayidx71 = getelementptr inbounds [9 x i32], ptr @vs, i32 0, i32 %j64.0110
  %13 = load i32, ptr %arrayidx71, align 4, !tbaa !5
  %cmp72 = icmp ult i32 %12, %13
  %conv73 = zext i1 %cmp72 to i32
  %add74 = add nsw i32 %c.1109, %conv73
  %inc76 = add nuw nsw i32 %j64.0110, 1
  %exitcond115.not = icmp eq i32 %inc76, 9
  br i1 %exitcond115.not, label %for.cond.cleanup68, label %for.body69, !llvm.loop !12
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin nounwind "no-builtins" }

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
