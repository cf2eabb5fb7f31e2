; ModuleID = 'tests/c/utf8_codec.c'
source_filename = "tests/c/utf8_codec.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@cps = hidden local_unnamed_addr global [11 x i32] [i32 65, i32 127, i32 128, i32 233, i32 2047, i32 2048, i32 8364, i32 65535, i32 65536, i32 128512, i32 1114111], align 16
@bad = hidden global [7 x i8] c"\C3(\E2\82\F0\9F\98", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite)
define hidden range(i32 -1, 5) i32 @decode(ptr nocapture noundef readonly %s, i32 noundef %n, ptr nocapture noundef writeonly %cp) local_unnamed_addr #0 {
entry:
  %0 = load i8, ptr %s, align 1, !tbaa !2
  %conv = zext i8 %0 to i32
  %cmp = icmp sgt i8 %0, -1
  br i1 %cmp, label %cond.end20, label %cond.false

cond.false:                                       ; preds = %entry
  %and = and i32 %conv, 224
  %cmp3 = icmp eq i32 %and, 192
  br i1 %cmp3, label %cond.end20, label %cond.false6

cond.false6:                                      ; preds = %cond.false
  %and8 = and i32 %conv, 240
  %cmp9 = icmp eq i32 %and8, 224
  br i1 %cmp9, label %cond.end20, label %cond.false12

cond.false12:                                     ; preds = %cond.false6
  %and14 = and i32 %conv, 248
  %cmp15 = icmp eq i32 %and14, 240
  %cond = select i1 %cmp15, i32 4, i32 -1
  br label %cond.end20

cond.end20:                                       ; preds = %cond.false, %cond.false6, %cond.false12, %entry
  %cond21 = phi i32 [ 1, %entry ], [ 2, %cond.false ], [ %cond, %cond.false12 ], [ 3, %cond.false6 ]
  %cmp22 = icmp slt i32 %cond21, 0
  %cmp24 = icmp sgt i32 %cond21, %n
  %or.cond = or i1 %cmp22, %cmp24
  br i1 %or.cond, label %cleanup48, label %if.end

if.end:                                           ; preds = %cond.end20
  %cmp26 = icmp eq i32 %cond21, 1
  %shr = lshr i32 127, %cond21
  %and32 = select i1 %cmp26, i32 255, i32 %shr
  %cond34 = and i32 %and32, %conv
  %cmp35.not68 = icmp ugt i32 %cond21, 1
  br i1 %cmp35.not68, label %for.body, label %for.end

for.body:                                         ; preds = %if.end, %if.end43
  %i.070 = phi i32 [ %inc, %if.end43 ], [ 1, %if.end ]
  %v.069 = phi i32 [ %or, %if.end43 ], [ %cond34, %if.end ]
  %arrayidx37 = getelementptr inbounds i8, ptr %s, i32 %i.070
  %1 = load i8, ptr %arrayidx37, align 1, !tbaa !2
  %conv38 = zext i8 %1 to i32
  %and39 = and i32 %conv38, 192
  %cmp40.not = icmp eq i32 %and39, 128
  br i1 %cmp40.not, label %if.end43, label %cleanup48

if.end43:                                         ; preds = %for.body
  %shl = shl i32 %v.069, 6
  %and46 = and i32 %conv38, 63
  %or = or disjoint i32 %and46, %shl
  %inc = add nuw nsw i32 %i.070, 1
  %exitcond.not = icmp eq i32 %inc, %cond21
  br i1 %exitcond.not, label %for.end, label %for.body, !llvm.loop !5

for.end:                                          ; preds = %if.end43, %if.end
  %v.0.lcssa = phi i32 [ %cond34, %if.end ], [ %or, %if.end43 ]
  store i32 %v.0.lcssa, ptr %cp, align 4, !tbaa !8
  br label %cleanup48

cleanup48:                                        ; preds = %for.body, %for.end, %cond.end20
  %retval.2 = phi i32 [ -1, %cond.end20 ], [ %cond21, %for.end ], [ -1, %for.body ]
  ret i32 %retval.2
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  %buf = alloca [64 x i8], align 16
  %cp = alloca i32, align 4
  %cp30 = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %buf) #4
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3
  tail call void @sb3_out_int(i32 noundef %add6) #5
  br label %while.body

for.body:                                         ; preds = %entry, %for.cond.cleanup3
  %n.070 = phi i32 [ 0, %entry ], [ %add6, %for.cond.cleanup3 ]
  %i.069 = phi i32 [ 0, %entry ], [ %inc8, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [11 x i32], ptr @cps, i32 0, i32 %i.069
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !8
  %add.ptr = getelementptr inbounds i8, ptr %buf, i32 %n.070
  %cmp.i = icmp ult i32 %0, 128
  br i1 %cmp.i, label %if.then.i, label %if.end.i

if.then.i:                                        ; preds = %for.body
  %conv.i = trunc nuw nsw i32 %0 to i8
  store i8 %conv.i, ptr %add.ptr, align 1, !tbaa !2
  br label %encode.exit

if.end.i:                                         ; preds = %for.body
  %cmp1.i = icmp ult i32 %0, 2048
  br i1 %cmp1.i, label %if.then3.i, label %if.end9.i

if.then3.i:                                       ; preds = %if.end.i
  %shr.i = lshr i32 %0, 6
  %1 = trunc nuw i32 %shr.i to i8
  %conv4.i = or disjoint i8 %1, -64
  store i8 %conv4.i, ptr %add.ptr, align 1, !tbaa !2
  %2 = trunc i32 %0 to i8
  %3 = and i8 %2, 63
  %conv7.i = or disjoint i8 %3, -128
  %arrayidx8.i = getelementptr inbounds i8, ptr %add.ptr, i32 1
  store i8 %conv7.i, ptr %arrayidx8.i, align 1, !tbaa !2
  br label %encode.exit

if.end9.i:                                        ; preds = %if.end.i
  %cmp10.i = icmp ult i32 %0, 65536
  %arrayidx21.i = getelementptr inbounds i8, ptr %add.ptr, i32 1
  br i1 %cmp10.i, label %if.then12.i, label %if.end26.i

if.then12.i:                                      ; preds = %if.end9.i
  %shr13.i = lshr i32 %0, 12
  %4 = trunc nuw i32 %shr13.i to i8
  %conv15.i = or disjoint i8 %4, -32
  store i8 %conv15.i, ptr %add.ptr, align 1, !tbaa !2
  %shr17.i = lshr i32 %0, 6
  %5 = trunc i32 %shr17.i to i8
  %6 = and i8 %5, 63
  %conv20.i = or disjoint i8 %6, -128
  store i8 %conv20.i, ptr %arrayidx21.i, align 1, !tbaa !2
  %7 = trunc i32 %0 to i8
  %8 = and i8 %7, 63
  %conv24.i = or disjoint i8 %8, -128
  %arrayidx25.i = getelementptr inbounds i8, ptr %add.ptr, i32 2
  store i8 %conv24.i, ptr %arrayidx25.i, align 1, !tbaa !2
  br label %encode.exit

if.end26.i:                                       ; preds = %if.end9.i
  %shr27.i = lshr i32 %0, 18
  %9 = trunc i32 %shr27.i to i8
  %conv29.i = or i8 %9, -16
  store i8 %conv29.i, ptr %add.ptr, align 1, !tbaa !2
  %shr31.i = lshr i32 %0, 12
  %10 = trunc i32 %shr31.i to i8
  %11 = and i8 %10, 63
  %conv34.i = or disjoint i8 %11, -128
  store i8 %conv34.i, ptr %arrayidx21.i, align 1, !tbaa !2
  %shr36.i = lshr i32 %0, 6
  %12 = trunc i32 %shr36.i to i8
  %13 = and i8 %12, 63
  %conv39.i = or disjoint i8 %13, -128
  %arrayidx40.i = getelementptr inbounds i8, ptr %add.ptr, i32 2
  store i8 %conv39.i, ptr %arrayidx40.i, align 1, !tbaa !2
  %14 = trunc i32 %0 to i8
  %15 = and i8 %14, 63
  %conv43.i = or disjoint i8 %15, -128
  %arrayidx44.i = getelementptr inbounds i8, ptr %add.ptr, i32 3
  store i8 %conv43.i, ptr %arrayidx44.i, align 1, !tbaa !2
  br label %encode.exit

encode.exit:                                      ; preds = %if.then.i, %if.then3.i, %if.then12.i, %if.end26.i
  %retval.0.i = phi i32 [ 1, %if.then.i ], [ 2, %if.then3.i ], [ 3, %if.then12.i ], [ 4, %if.end26.i ]
  tail call void @sb3_out_int(i32 noundef %retval.0.i) #5
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %add6 = add nuw nsw i32 %retval.0.i, %n.070
  %inc8 = add nuw nsw i32 %i.069, 1
  %exitcond75.not = icmp eq i32 %inc8, 11
  br i1 %exitcond75.not, label %for.cond.cleanup, label %for.body, !llvm.loop !10

for.body4:                                        ; preds = %encode.exit, %for.body4
  %k.068 = phi i32 [ 0, %encode.exit ], [ %inc, %for.body4 ]
  %add = add nuw nsw i32 %k.068, %n.070
  %arrayidx5 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 %add
  %16 = load i8, ptr %arrayidx5, align 1, !tbaa !2
  %conv = zext i8 %16 to i32
  tail call void @sb3_out_int(i32 noundef %conv) #5
  %inc = add nuw nsw i32 %k.068, 1
  %exitcond.not = icmp eq i32 %inc, %retval.0.i
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !11

while.body:                                       ; preds = %for.cond.cleanup, %cleanup
  %at.072 = phi i32 [ 0, %for.cond.cleanup ], [ %add22, %cleanup ]
  %chars.071 = phi i32 [ 0, %for.cond.cleanup ], [ %inc21, %cleanup ]
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %cp) #4
  %add.ptr14 = getelementptr inbounds i8, ptr %buf, i32 %at.072
  %sub = sub nsw i32 %add6, %at.072
  %call15 = call i32 @decode(ptr noundef nonnull %add.ptr14, i32 noundef %sub, ptr noundef nonnull %cp) #6
  %cmp16 = icmp slt i32 %call15, 0
  br i1 %cmp16, label %cleanup.thread, label %cleanup

cleanup.thread:                                   ; preds = %while.body
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %cp) #4
  br label %while.end

cleanup:                                          ; preds = %while.body
  %17 = load i32, ptr %cp, align 4, !tbaa !8
  %arrayidx18 = getelementptr inbounds [11 x i32], ptr @cps, i32 0, i32 %chars.071
  %18 = load i32, ptr %arrayidx18, align 4, !tbaa !8
  %cmp19 = icmp eq i32 %17, %18
  %conv20 = zext i1 %cmp19 to i32
  tail call void @sb3_out_int(i32 noundef %conv20) #5
  %inc21 = add nuw nsw i32 %chars.071, 1
  %add22 = add nuw nsw i32 %call15, %at.072
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %cp) #4
  %cmp10 = icmp slt i32 %add22, %add6
  br i1 %cmp10, label %while.body, label %while.end

while.end:                                        ; preds = %cleanup, %cleanup.thread
  %chars.067 = phi i32 [ %chars.071, %cleanup.thread ], [ %inc21, %cleanup ]
  tail call void @sb3_out_int(i32 noundef %chars.067) #5
  br label %for.body29

for.cond.cleanup28:                               ; preds = %for.body29
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %buf) #4
  ret i32 0

for.body29:                                       ; preds = %while.end, %for.body29
  %i24.073 = phi i32 [ 0, %while.end ], [ %inc35, %for.body29 ]
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %cp30) #4
  %add.ptr31 = getelementptr inbounds i8, ptr @bad, i32 %i24.073
  %sub32 = sub nuw nsw i32 7, %i24.073
  %call33 = call i32 @decode(ptr noundef nonnull %add.ptr31, i32 noundef %sub32, ptr noundef nonnull %cp30) #6
  tail call void @sb3_out_int(i32 noundef %call33) #5
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %cp30) #4
  %inc35 = add nuw nsw i32 %i24.073, 1
  %exitcond76.not = icmp eq i32 %inc35, 7
  br i1 %exitcond76.not, label %for.cond.cleanup28, label %for.body29, !llvm.loop !12
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin nounwind "no-builtins" }
attributes #6 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"omnipotent char", !4, i64 0}
!4 = !{!"Simple C/C++ TBAA"}
!5 = distinct !{!5, !6, !7}
!6 = !{!"llvm.loop.mustprogress"}
!7 = !{!"llvm.loop.unroll.disable"}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !3, i64 0}
!10 = distinct !{!10, !6, !7}
!11 = distinct !{!11, !6, !7}
!12 = distinct !{!12, !6, !7}
