; ModuleID = 'tests/c/rec_local_array.c'
source_filename = "tests/c/rec_local_array.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@perms = internal unnamed_addr global i32 0, align 4
@__const.main.a = private unnamed_addr constant [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind
define hidden void @permute(ptr nocapture noundef %a, i32 noundef %k, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp = icmp eq i32 %k, %n
  br i1 %cmp, label %if.then, label %for.cond7.preheader

for.cond7.preheader:                              ; preds = %entry
  %cmp850 = icmp slt i32 %k, %n
  br i1 %cmp850, label %for.body10.lr.ph, label %for.end22

for.body10.lr.ph:                                 ; preds = %for.cond7.preheader
  %arrayidx11 = getelementptr inbounds i32, ptr %a, i32 %k
  %add15 = add nsw i32 %k, 1
  br label %for.body10

if.then:                                          ; preds = %entry
  %0 = load i32, ptr @perms, align 4, !tbaa !2
  %cmp1 = icmp slt i32 %0, 8
  br i1 %cmp1, label %for.cond.preheader, label %if.end

for.cond.preheader:                               ; preds = %if.then
  %cmp352 = icmp sgt i32 %k, 0
  br i1 %cmp352, label %for.body, label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body, %for.cond.preheader
  %v.0.lcssa = phi i32 [ 0, %for.cond.preheader ], [ %add, %for.body ]
  tail call void @sb3_out_int(i32 noundef %v.0.lcssa) #8
  %.pre = load i32, ptr @perms, align 4, !tbaa !2
  br label %if.end

for.body:                                         ; preds = %for.cond.preheader, %for.body
  %v.054 = phi i32 [ %add, %for.body ], [ 0, %for.cond.preheader ]
  %i.053 = phi i32 [ %inc, %for.body ], [ 0, %for.cond.preheader ]
  %mul = mul nsw i32 %v.054, 10
  %arrayidx = getelementptr inbounds i32, ptr %a, i32 %i.053
  %1 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %add = add nsw i32 %1, %mul
  %inc = add nuw nsw i32 %i.053, 1
  %exitcond55.not = icmp eq i32 %inc, %k
  br i1 %exitcond55.not, label %for.cond.cleanup, label %for.body, !llvm.loop !6

if.end:                                           ; preds = %for.cond.cleanup, %if.then
  %2 = phi i32 [ %.pre, %for.cond.cleanup ], [ %0, %if.then ]
  %inc4 = add nsw i32 %2, 1
  store i32 %inc4, ptr @perms, align 4, !tbaa !2
  br label %for.end22

for.body10:                                       ; preds = %for.body10.lr.ph, %for.body10
  %i6.051 = phi i32 [ %k, %for.body10.lr.ph ], [ %inc21, %for.body10 ]
  %3 = load i32, ptr %arrayidx11, align 4, !tbaa !2
  %arrayidx12 = getelementptr inbounds i32, ptr %a, i32 %i6.051
  %4 = load i32, ptr %arrayidx12, align 4, !tbaa !2
  store i32 %4, ptr %arrayidx11, align 4, !tbaa !2
  store i32 %3, ptr %arrayidx12, align 4, !tbaa !2
  tail call void @permute(ptr noundef %a, i32 noundef %add15, i32 noundef %n) #9
  %5 = load i32, ptr %arrayidx11, align 4, !tbaa !2
  %6 = load i32, ptr %arrayidx12, align 4, !tbaa !2
  store i32 %6, ptr %arrayidx11, align 4, !tbaa !2
  store i32 %5, ptr %arrayidx12, align 4, !tbaa !2
  %inc21 = add i32 %i6.051, 1
  %exitcond.not = icmp eq i32 %inc21, %n
  br i1 %exitcond.not, label %for.end22, label %for.body10, !llvm.loop !9

for.end22:                                        ; preds = %for.body10, %for.cond7.preheader, %if.end
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

; Function Attrs: nofree noinline nosync nounwind memory(argmem: readwrite)
define hidden void @msort(ptr noundef %a, i32 noundef %n) local_unnamed_addr #3 {
entry:
  %tmp = alloca [32 x i32], align 16
  %cmp = icmp slt i32 %n, 2
  br i1 %cmp, label %return, label %while.body.preheader

while.body.preheader:                             ; preds = %entry
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %tmp) #10
  %div63 = lshr i32 %n, 1
  tail call void @msort(ptr noundef %a, i32 noundef %div63) #9
  %add.ptr = getelementptr inbounds i32, ptr %a, i32 %div63
  %sub = sub nsw i32 %n, %div63
  tail call void @msort(ptr noundef %add.ptr, i32 noundef %sub) #9
  br label %while.body

while.cond10.preheader:                           ; preds = %while.body
  %cmp1171 = icmp ult i32 %i.1, %div63
  br i1 %cmp1171, label %while.body12, label %while.cond18.preheader

while.body:                                       ; preds = %while.body.preheader, %while.body
  %k.068 = phi i32 [ %inc8, %while.body ], [ 0, %while.body.preheader ]
  %j.067 = phi i32 [ %j.1, %while.body ], [ %div63, %while.body.preheader ]
  %i.066 = phi i32 [ %i.1, %while.body ], [ 0, %while.body.preheader ]
  %arrayidx = getelementptr inbounds i32, ptr %a, i32 %i.066
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %arrayidx3 = getelementptr inbounds i32, ptr %a, i32 %j.067
  %1 = load i32, ptr %arrayidx3, align 4, !tbaa !2
  %cmp4.not = icmp sle i32 %0, %1
  %inc = zext i1 %cmp4.not to i32
  %i.1 = add nuw nsw i32 %i.066, %inc
  %not.cmp4.not = xor i1 %cmp4.not, true
  %inc6 = zext i1 %not.cmp4.not to i32
  %j.1 = add nuw nsw i32 %j.067, %inc6
  %cond = tail call i32 @llvm.smin.i32(i32 %0, i32 %1)
  %inc8 = add nuw nsw i32 %k.068, 1
  %arrayidx9 = getelementptr inbounds [32 x i32], ptr %tmp, i32 0, i32 %k.068
  store i32 %cond, ptr %arrayidx9, align 4, !tbaa !2
  %cmp1 = icmp ult i32 %i.1, %div63
  %cmp2 = icmp slt i32 %j.1, %n
  %2 = select i1 %cmp1, i1 %cmp2, i1 false
  br i1 %2, label %while.body, label %while.cond10.preheader, !llvm.loop !10

while.cond18.preheader:                           ; preds = %while.body12, %while.cond10.preheader
  %k.1.lcssa = phi i32 [ %inc8, %while.cond10.preheader ], [ %inc15, %while.body12 ]
  %cmp1975 = icmp slt i32 %j.1, %n
  br i1 %cmp1975, label %while.body20, label %for.body.preheader

while.body12:                                     ; preds = %while.cond10.preheader, %while.body12
  %k.173 = phi i32 [ %inc15, %while.body12 ], [ %inc8, %while.cond10.preheader ]
  %i.272 = phi i32 [ %inc13, %while.body12 ], [ %i.1, %while.cond10.preheader ]
  %inc13 = add nuw nsw i32 %i.272, 1
  %arrayidx14 = getelementptr inbounds i32, ptr %a, i32 %i.272
  %3 = load i32, ptr %arrayidx14, align 4, !tbaa !2
  %inc15 = add nuw nsw i32 %k.173, 1
  %arrayidx16 = getelementptr inbounds [32 x i32], ptr %tmp, i32 0, i32 %k.173
  store i32 %3, ptr %arrayidx16, align 4, !tbaa !2
  %exitcond.not = icmp eq i32 %inc13, %div63
  br i1 %exitcond.not, label %while.cond18.preheader, label %while.body12, !llvm.loop !11

for.body.preheader:                               ; preds = %while.body20, %while.cond18.preheader
  %smax = tail call i32 @llvm.smax.i32(i32 %n, i32 1)
  br label %for.body

while.body20:                                     ; preds = %while.cond18.preheader, %while.body20
  %k.277 = phi i32 [ %inc23, %while.body20 ], [ %k.1.lcssa, %while.cond18.preheader ]
  %j.276 = phi i32 [ %inc21, %while.body20 ], [ %j.1, %while.cond18.preheader ]
  %inc21 = add nuw nsw i32 %j.276, 1
  %arrayidx22 = getelementptr inbounds i32, ptr %a, i32 %j.276
  %4 = load i32, ptr %arrayidx22, align 4, !tbaa !2
  %inc23 = add nuw nsw i32 %k.277, 1
  %arrayidx24 = getelementptr inbounds [32 x i32], ptr %tmp, i32 0, i32 %k.277
  store i32 %4, ptr %arrayidx24, align 4, !tbaa !2
  %exitcond80.not = icmp eq i32 %inc21, %n
  br i1 %exitcond80.not, label %for.body.preheader, label %while.body20, !llvm.loop !12

for.body:                                         ; preds = %for.body.preheader, %for.body
  %k.379 = phi i32 [ %inc29, %for.body ], [ 0, %for.body.preheader ]
  %arrayidx27 = getelementptr inbounds [32 x i32], ptr %tmp, i32 0, i32 %k.379
  %5 = load i32, ptr %arrayidx27, align 4, !tbaa !2
  %arrayidx28 = getelementptr inbounds i32, ptr %a, i32 %k.379
  store i32 %5, ptr %arrayidx28, align 4, !tbaa !2
  %inc29 = add nuw nsw i32 %k.379, 1
  %exitcond81.not = icmp eq i32 %inc29, %smax
  br i1 %exitcond81.not, label %for.end, label %for.body, !llvm.loop !13

for.end:                                          ; preds = %for.body
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %tmp) #10
  br label %return

return:                                           ; preds = %entry, %for.end
  ret void
}

; Function Attrs: nofree noinline nosync nounwind memory(none)
define hidden i32 @check_locals(i32 noundef %depth) local_unnamed_addr #4 {
entry:
  %mine = alloca [4 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %mine) #10
  %mul = mul nsw i32 %depth, 10
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  %cmp1 = icmp sgt i32 %depth, 0
  br i1 %cmp1, label %cond.true, label %cond.end

for.body:                                         ; preds = %entry, %for.body
  %i.025 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %add = add nsw i32 %i.025, %mul
  %arrayidx = getelementptr inbounds [4 x i32], ptr %mine, i32 0, i32 %i.025
  store i32 %add, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.025, 1
  %exitcond.not = icmp eq i32 %inc, 4
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !14

cond.true:                                        ; preds = %for.cond.cleanup
  %sub = add nsw i32 %depth, -1
  %call = tail call i32 @check_locals(i32 noundef %sub) #9
  br label %cond.end

cond.end:                                         ; preds = %for.cond.cleanup, %cond.true
  %cond = phi i32 [ %call, %cond.true ], [ 0, %for.cond.cleanup ]
  br label %for.body6

for.cond.cleanup5:                                ; preds = %for.body6
  %add14 = add nsw i32 %and, %cond
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %mine) #10
  ret i32 %add14

for.body6:                                        ; preds = %cond.end, %for.body6
  %i2.027 = phi i32 [ 0, %cond.end ], [ %inc12, %for.body6 ]
  %ok.026 = phi i32 [ 1, %cond.end ], [ %and, %for.body6 ]
  %arrayidx7 = getelementptr inbounds [4 x i32], ptr %mine, i32 0, i32 %i2.027
  %0 = load i32, ptr %arrayidx7, align 4, !tbaa !2
  %add9 = add nsw i32 %i2.027, %mul
  %cmp10 = icmp eq i32 %0, %add9
  %and = select i1 %cmp10, i32 %ok.026, i32 0
  %inc12 = add nuw nsw i32 %i2.027, 1
  %exitcond28.not = icmp eq i32 %inc12, 4
  br i1 %exitcond28.not, label %for.cond.cleanup5, label %for.body6, !llvm.loop !15
}

; Function Attrs: nofree noinline nosync nounwind memory(none)
define hidden i32 @hanoi(i32 noundef %n, i32 noundef %from, i32 noundef %to, i32 noundef %via) local_unnamed_addr #4 {
entry:
  %cmp9 = icmp eq i32 %n, 0
  br i1 %cmp9, label %return, label %if.end

if.end:                                           ; preds = %entry, %if.end
  %via.tr13 = phi i32 [ %from.tr12, %if.end ], [ %via, %entry ]
  %from.tr12 = phi i32 [ %via.tr13, %if.end ], [ %from, %entry ]
  %n.tr11 = phi i32 [ %sub, %if.end ], [ %n, %entry ]
  %accumulator.tr10 = phi i32 [ %add3, %if.end ], [ 0, %entry ]
  %sub = add nsw i32 %n.tr11, -1
  %call = tail call i32 @hanoi(i32 noundef %sub, i32 noundef %from.tr12, i32 noundef %via.tr13, i32 noundef %to) #9
  %add = add i32 %accumulator.tr10, 1
  %add3 = add i32 %add, %call
  %cmp = icmp eq i32 %sub, 0
  br i1 %cmp, label %return, label %if.end

return:                                           ; preds = %if.end, %entry
  %accumulator.tr.lcssa = phi i32 [ 0, %entry ], [ %add3, %if.end ]
  ret i32 %accumulator.tr.lcssa
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #5 {
entry:
  %a = alloca [4 x i32], align 16
  %b = alloca [20 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %a) #10
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 16 dereferenceable(16) %a, ptr noundef nonnull align 16 dereferenceable(16) @__const.main.a, i32 16, i1 false)
  call void @permute(ptr noundef nonnull %a, i32 noundef 0, i32 noundef 4) #9
  %0 = load i32, ptr @perms, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %0) #8
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %b) #10
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  call void @msort(ptr noundef nonnull %b, i32 noundef 20) #9
  br label %for.body6

for.body:                                         ; preds = %entry, %for.body
  %i.019 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %s.018 = phi i32 [ 7, %entry ], [ %add, %for.body ]
  %mul = mul i32 %s.018, 1103515245
  %add = add i32 %mul, 12345
  %shr = lshr i32 %add, 16
  %rem.lhs.trunc = trunc nuw i32 %shr to i16
  %rem17 = urem i16 %rem.lhs.trunc, 100
  %rem.zext = zext nneg i16 %rem17 to i32
  %sub = add nsw i32 %rem.zext, -50
  %arrayidx = getelementptr inbounds [20 x i32], ptr %b, i32 0, i32 %i.019
  store i32 %sub, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.019, 1
  %exitcond.not = icmp eq i32 %inc, 20
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !16

for.cond.cleanup5:                                ; preds = %for.body6
  %call = call i32 @check_locals(i32 noundef 12) #9
  call void @sb3_out_int(i32 noundef %call) #8
  %call11 = call i32 @hanoi(i32 noundef 8, i32 noundef 1, i32 noundef 3, i32 noundef 2) #9
  call void @sb3_out_int(i32 noundef %call11) #8
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %b) #10
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %a) #10
  ret i32 0

for.body6:                                        ; preds = %for.cond.cleanup, %for.body6
  %i2.020 = phi i32 [ 0, %for.cond.cleanup ], [ %inc9, %for.body6 ]
  %arrayidx7 = getelementptr inbounds [20 x i32], ptr %b, i32 0, i32 %i2.020
  %1 = load i32, ptr %arrayidx7, align 4, !tbaa !2
  call void @sb3_out_int(i32 noundef %1) #8
  %inc9 = add nuw nsw i32 %i2.020, 1
  %exitcond21.not = icmp eq i32 %inc9, 20
  br i1 %exitcond21.not, label %for.cond.cleanup5, label %for.body6, !llvm.loop !17
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #6

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #7

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #7

attributes #0 = { noinline nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nofree noinline nosync nounwind memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nofree noinline nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #6 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #7 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #8 = { nobuiltin nounwind "no-builtins" }
attributes #9 = { nobuiltin "no-builtins" }
attributes #10 = { nounwind }

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
!12 = distinct !{!12, !7, !8}
!13 = distinct !{!13, !7, !8}
!14 = distinct !{!14, !7, !8}
!15 = distinct !{!15, !7, !8}
!16 = distinct !{!16, !7, !8}
!17 = distinct !{!17, !7, !8}
