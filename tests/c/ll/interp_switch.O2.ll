; ModuleID = 'tests/c/interp_switch.c'
source_filename = "tests/c/interp_switch.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@prog = hidden global [37 x [4 x i32]] [[4 x i32] [i32 1, i32 1, i32 1, i32 0], [4 x i32] [i32 1, i32 2, i32 1, i32 0], [4 x i32] [i32 1, i32 3, i32 11, i32 0], [4 x i32] [i32 1, i32 4, i32 1000003, i32 0], [4 x i32] [i32 7, i32 10, i32 1, i32 3], [4 x i32] [i32 4, i32 2, i32 2, i32 1], [4 x i32] [i32 6, i32 2, i32 2, i32 4], [4 x i32] [i32 12, i32 2, i32 0, i32 0], [4 x i32] [i32 3, i32 1, i32 1, i32 1], [4 x i32] [i32 9, i32 4, i32 0, i32 0], [4 x i32] [i32 1, i32 1, i32 27, i32 0], [4 x i32] [i32 1, i32 5, i32 0, i32 0], [4 x i32] [i32 1, i32 6, i32 1, i32 0], [4 x i32] [i32 1, i32 7, i32 2, i32 0], [4 x i32] [i32 1, i32 8, i32 3, i32 0], [4 x i32] [i32 8, i32 24, i32 1, i32 6], [4 x i32] [i32 3, i32 5, i32 5, i32 1], [4 x i32] [i32 6, i32 9, i32 1, i32 7], [4 x i32] [i32 8, i32 22, i32 9, i32 0], [4 x i32] [i32 4, i32 1, i32 1, i32 8], [4 x i32] [i32 3, i32 1, i32 1, i32 1], [4 x i32] [i32 9, i32 15, i32 0, i32 0], [4 x i32] [i32 5, i32 1, i32 1, i32 7], [4 x i32] [i32 9, i32 15, i32 0, i32 0], [4 x i32] [i32 12, i32 5, i32 0, i32 0], [4 x i32] [i32 1, i32 1, i32 20, i32 0], [4 x i32] [i32 10, i32 30, i32 0, i32 0], [4 x i32] [i32 12, i32 2, i32 0, i32 0], [4 x i32] zeroinitializer, [4 x i32] zeroinitializer, [4 x i32] [i32 1, i32 2, i32 0, i32 0], [4 x i32] [i32 8, i32 36, i32 1, i32 0], [4 x i32] [i32 4, i32 9, i32 1, i32 1], [4 x i32] [i32 2, i32 2, i32 2, i32 9], [4 x i32] [i32 3, i32 1, i32 1, i32 -1], [4 x i32] [i32 9, i32 31, i32 0, i32 0], [4 x i32] [i32 11, i32 0, i32 0, i32 0]], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind
define hidden i32 @run(ptr nocapture noundef readonly %code, i32 noundef %max_steps) local_unnamed_addr #0 {
entry:
  %r = alloca [10 x i32], align 16
  %calls = alloca [8 x i32], align 16
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %r) #5
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 16 dereferenceable(40) %r, i8 0, i32 40, i1 false)
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %calls) #5
  %cmp.not90 = icmp sgt i32 %max_steps, 0
  br i1 %cmp.not90, label %if.end, label %cleanup51

if.end:                                           ; preds = %entry, %cleanup
  %inc93 = phi i32 [ %inc, %cleanup ], [ 1, %entry ]
  %csp.092 = phi i32 [ %csp.2, %cleanup ], [ 0, %entry ]
  %pc.091 = phi i32 [ %pc.2, %cleanup ], [ 0, %entry ]
  %inc1 = add nsw i32 %pc.091, 1
  %arrayidx = getelementptr inbounds [4 x i32], ptr %code, i32 %pc.091
  %arrayidx2 = getelementptr inbounds i8, ptr %arrayidx, i32 4
  %0 = load i32, ptr %arrayidx2, align 4, !tbaa !2
  %arrayidx3 = getelementptr inbounds i8, ptr %arrayidx, i32 8
  %1 = load i32, ptr %arrayidx3, align 4, !tbaa !2
  %arrayidx4 = getelementptr inbounds i8, ptr %arrayidx, i32 12
  %2 = load i32, ptr %arrayidx4, align 4, !tbaa !2
  %3 = load i32, ptr %arrayidx, align 4, !tbaa !2
  switch i32 %3, label %cleanup51 [
    i32 0, label %cleanup51.loopexit
    i32 1, label %sw.bb6
    i32 2, label %sw.bb8
    i32 3, label %sw.bb12
    i32 4, label %sw.bb16
    i32 5, label %sw.bb20
    i32 6, label %sw.bb24
    i32 7, label %sw.bb28
    i32 8, label %sw.bb34
    i32 9, label %cleanup
    i32 10, label %sw.bb41
    i32 11, label %sw.bb44
    i32 12, label %sw.bb46
  ]

sw.bb6:                                           ; preds = %if.end
  %arrayidx7 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %0
  store i32 %1, ptr %arrayidx7, align 4, !tbaa !2
  br label %cleanup

sw.bb8:                                           ; preds = %if.end
  %arrayidx9 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %1
  %4 = load i32, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %2
  %5 = load i32, ptr %arrayidx10, align 4, !tbaa !2
  %add = add nsw i32 %5, %4
  %arrayidx11 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %0
  store i32 %add, ptr %arrayidx11, align 4, !tbaa !2
  br label %cleanup

sw.bb12:                                          ; preds = %if.end
  %arrayidx13 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %1
  %6 = load i32, ptr %arrayidx13, align 4, !tbaa !2
  %add14 = add nsw i32 %6, %2
  %arrayidx15 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %0
  store i32 %add14, ptr %arrayidx15, align 4, !tbaa !2
  br label %cleanup

sw.bb16:                                          ; preds = %if.end
  %arrayidx17 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %1
  %7 = load i32, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %2
  %8 = load i32, ptr %arrayidx18, align 4, !tbaa !2
  %mul = mul nsw i32 %8, %7
  %arrayidx19 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %0
  store i32 %mul, ptr %arrayidx19, align 4, !tbaa !2
  br label %cleanup

sw.bb20:                                          ; preds = %if.end
  %arrayidx21 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %1
  %9 = load i32, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %2
  %10 = load i32, ptr %arrayidx22, align 4, !tbaa !2
  %div = sdiv i32 %9, %10
  %arrayidx23 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %0
  store i32 %div, ptr %arrayidx23, align 4, !tbaa !2
  br label %cleanup

sw.bb24:                                          ; preds = %if.end
  %arrayidx25 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %1
  %11 = load i32, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %2
  %12 = load i32, ptr %arrayidx26, align 4, !tbaa !2
  %rem = srem i32 %11, %12
  %arrayidx27 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %0
  store i32 %rem, ptr %arrayidx27, align 4, !tbaa !2
  br label %cleanup

sw.bb28:                                          ; preds = %if.end
  %arrayidx29 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %1
  %13 = load i32, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %2
  %14 = load i32, ptr %arrayidx30, align 4, !tbaa !2
  %cmp31.not = icmp slt i32 %13, %14
  %spec.select = select i1 %cmp31.not, i32 %inc1, i32 %0
  br label %cleanup

sw.bb34:                                          ; preds = %if.end
  %arrayidx35 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %1
  %15 = load i32, ptr %arrayidx35, align 4, !tbaa !2
  %arrayidx36 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %2
  %16 = load i32, ptr %arrayidx36, align 4, !tbaa !2
  %cmp37 = icmp eq i32 %15, %16
  %spec.select85 = select i1 %cmp37, i32 %0, i32 %inc1
  br label %cleanup

sw.bb41:                                          ; preds = %if.end
  %inc42 = add nsw i32 %csp.092, 1
  %arrayidx43 = getelementptr inbounds [8 x i32], ptr %calls, i32 0, i32 %csp.092
  store i32 %inc1, ptr %arrayidx43, align 4, !tbaa !2
  br label %cleanup

sw.bb44:                                          ; preds = %if.end
  %dec = add nsw i32 %csp.092, -1
  %arrayidx45 = getelementptr inbounds [8 x i32], ptr %calls, i32 0, i32 %dec
  %17 = load i32, ptr %arrayidx45, align 4, !tbaa !2
  br label %cleanup

sw.bb46:                                          ; preds = %if.end
  %arrayidx47 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %0
  %18 = load i32, ptr %arrayidx47, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %18) #6
  br label %cleanup

cleanup:                                          ; preds = %if.end, %sw.bb34, %sw.bb28, %sw.bb6, %sw.bb8, %sw.bb12, %sw.bb16, %sw.bb20, %sw.bb24, %sw.bb41, %sw.bb44, %sw.bb46
  %pc.2 = phi i32 [ %inc1, %sw.bb46 ], [ %17, %sw.bb44 ], [ %0, %sw.bb41 ], [ %inc1, %sw.bb24 ], [ %inc1, %sw.bb20 ], [ %inc1, %sw.bb16 ], [ %inc1, %sw.bb12 ], [ %inc1, %sw.bb8 ], [ %inc1, %sw.bb6 ], [ %spec.select, %sw.bb28 ], [ %spec.select85, %sw.bb34 ], [ %0, %if.end ]
  %csp.2 = phi i32 [ %csp.092, %sw.bb46 ], [ %dec, %sw.bb44 ], [ %inc42, %sw.bb41 ], [ %csp.092, %sw.bb24 ], [ %csp.092, %sw.bb20 ], [ %csp.092, %sw.bb16 ], [ %csp.092, %sw.bb12 ], [ %csp.092, %sw.bb8 ], [ %csp.092, %sw.bb6 ], [ %csp.092, %sw.bb28 ], [ %csp.092, %sw.bb34 ], [ %csp.092, %if.end ]
  %inc = add nuw i32 %inc93, 1
  %exitcond.not = icmp eq i32 %inc93, %max_steps
  br i1 %exitcond.not, label %cleanup51, label %if.end, !llvm.loop !6

cleanup51.loopexit:                               ; preds = %if.end
  br label %cleanup51

cleanup51:                                        ; preds = %cleanup, %if.end, %cleanup51.loopexit, %entry
  %retval.2 = phi i32 [ -1, %entry ], [ -2, %if.end ], [ -1, %cleanup ], [ %inc93, %cleanup51.loopexit ]
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %calls) #5
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %r) #5
  ret i32 %retval.2
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #2

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
define hidden noundef i32 @main() #4 {
entry:
  %call = tail call i32 @run(ptr noundef nonnull @prog, i32 noundef 100000) #7
  tail call void @sb3_out_int(i32 noundef %call) #6
  %call1 = tail call i32 @run(ptr noundef nonnull @prog, i32 noundef 50) #7
  tail call void @sb3_out_int(i32 noundef %call1) #6
  store i32 99, ptr getelementptr inbounds (i8, ptr @prog, i32 464), align 16, !tbaa !2
  store i32 9, ptr getelementptr inbounds (i8, ptr @prog, i32 448), align 16, !tbaa !2
  store i32 29, ptr getelementptr inbounds (i8, ptr @prog, i32 452), align 4, !tbaa !2
  %call2 = tail call i32 @run(ptr noundef nonnull @prog, i32 noundef 100000) #7
  tail call void @sb3_out_int(i32 noundef %call2) #6
  ret i32 0
}

attributes #0 = { noinline nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin nounwind "no-builtins" }
attributes #7 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7}
!7 = !{!"llvm.loop.unroll.disable"}
