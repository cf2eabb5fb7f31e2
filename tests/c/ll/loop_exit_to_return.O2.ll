; ModuleID = 'tests/c/loop_exit_to_return.c'
source_filename = "tests/c/loop_exit_to_return.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Shape = type { i32, i32, i32, i32, i32 }

@wbuf = internal global [96 x float] zeroinitializer, align 16
@__const.main.s1 = private unnamed_addr constant %struct.Shape { i32 6, i32 0, i32 3, i32 1, i32 1 }, align 4
@__const.main.s2 = private unnamed_addr constant %struct.Shape { i32 6, i32 0, i32 3, i32 2, i32 2 }, align 4
@__const.main.s3 = private unnamed_addr constant %struct.Shape { i32 6, i32 0, i32 2, i32 3, i32 1 }, align 4
@quant = internal unnamed_addr global i32 0, align 4
@outv = internal unnamed_addr global [16 x float] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.045 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %rem.lhs.trunc = trunc nuw i32 %i.045 to i8
  %rem44 = urem i8 %rem.lhs.trunc, 7
  %conv = uitofp nneg i8 %rem44 to float
  %sub = fadd float %conv, -2.500000e+00
  %arrayidx = getelementptr inbounds [96 x float], ptr @wbuf, i32 0, i32 %i.045
  store float %sub, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.045, 1
  %exitcond.not = icmp eq i32 %inc, 96
  br i1 %exitcond.not, label %for.body5, label %for.body, !llvm.loop !6

for.cond.cleanup4:                                ; preds = %for.cond.cleanup9
  ret i32 0

for.body5:                                        ; preds = %for.body, %for.cond.cleanup9
  %cmp2 = phi i1 [ false, %for.cond.cleanup9 ], [ true, %for.body ]
  %q.047 = phi i32 [ 1, %for.cond.cleanup9 ], [ 0, %for.body ]
  store i32 %q.047, ptr @quant, align 4, !tbaa !9
  br label %for.body10

for.cond.cleanup9:                                ; preds = %show.exit43
  br i1 %cmp2, label %for.body5, label %for.cond.cleanup4, !llvm.loop !11

for.body10:                                       ; preds = %for.body5, %show.exit43
  %d.046 = phi i32 [ 0, %for.body5 ], [ %add, %show.exit43 ]
  tail call fastcc void @dispatch(ptr noundef nonnull @wbuf, ptr noundef nonnull @__const.main.s1, i32 noundef %d.046) #4
  %cmp3.i.not = icmp eq i32 %d.046, 0
  br i1 %cmp3.i.not, label %show.exit35.critedge, label %for.body.i

for.body.i:                                       ; preds = %for.body10, %for.body.i
  %i.04.i = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.body10 ]
  %arrayidx.i = getelementptr inbounds [16 x float], ptr @outv, i32 0, i32 %i.04.i
  %0 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %conv.i = fpext float %0 to double
  tail call void @sb3_out_double(double noundef %conv.i) #5
  %inc.i = add nuw nsw i32 %i.04.i, 1
  %exitcond.not.i = icmp eq i32 %inc.i, %d.046
  br i1 %exitcond.not.i, label %show.exit, label %for.body.i, !llvm.loop !12

show.exit:                                        ; preds = %for.body.i
  tail call void @sb3_out_int(i32 noundef 99) #5
  tail call fastcc void @dispatch(ptr noundef nonnull getelementptr inbounds (i8, ptr @wbuf, i32 4), ptr noundef nonnull @__const.main.s2, i32 noundef %d.046) #4
  br label %for.body.i29

for.body.i29:                                     ; preds = %show.exit, %for.body.i29
  %i.04.i30 = phi i32 [ %inc.i33, %for.body.i29 ], [ 0, %show.exit ]
  %arrayidx.i31 = getelementptr inbounds [16 x float], ptr @outv, i32 0, i32 %i.04.i30
  %1 = load float, ptr %arrayidx.i31, align 4, !tbaa !2
  %conv.i32 = fpext float %1 to double
  tail call void @sb3_out_double(double noundef %conv.i32) #5
  %inc.i33 = add nuw nsw i32 %i.04.i30, 1
  %exitcond.not.i34 = icmp eq i32 %inc.i33, %d.046
  br i1 %exitcond.not.i34, label %show.exit35, label %for.body.i29, !llvm.loop !12

show.exit35.critedge:                             ; preds = %for.body10
  tail call void @sb3_out_int(i32 noundef 99) #5
  tail call fastcc void @dispatch(ptr noundef nonnull getelementptr inbounds (i8, ptr @wbuf, i32 4), ptr noundef nonnull @__const.main.s2, i32 noundef 0) #4
  br label %show.exit35

show.exit35:                                      ; preds = %for.body.i29, %show.exit35.critedge
  tail call void @sb3_out_int(i32 noundef 99) #5
  tail call fastcc void @dispatch(ptr noundef nonnull getelementptr inbounds (i8, ptr @wbuf, i32 8), ptr noundef nonnull @__const.main.s3, i32 noundef %d.046) #4
  br i1 %cmp3.i.not, label %show.exit43, label %for.body.i37

for.body.i37:                                     ; preds = %show.exit35, %for.body.i37
  %i.04.i38 = phi i32 [ %inc.i41, %for.body.i37 ], [ 0, %show.exit35 ]
  %arrayidx.i39 = getelementptr inbounds [16 x float], ptr @outv, i32 0, i32 %i.04.i38
  %2 = load float, ptr %arrayidx.i39, align 4, !tbaa !2
  %conv.i40 = fpext float %2 to double
  tail call void @sb3_out_double(double noundef %conv.i40) #5
  %inc.i41 = add nuw nsw i32 %i.04.i38, 1
  %exitcond.not.i42 = icmp eq i32 %inc.i41, %d.046
  br i1 %exitcond.not.i42, label %show.exit43, label %for.body.i37, !llvm.loop !12

show.exit43:                                      ; preds = %for.body.i37, %show.exit35
  tail call void @sb3_out_int(i32 noundef 99) #5
  %add = add nuw nsw i32 %d.046, 2
  %cmp7 = icmp ult i32 %d.046, 3
  br i1 %cmp7, label %for.body10, label %for.cond.cleanup9, !llvm.loop !13
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @dispatch(ptr nocapture noundef readonly %w, ptr nocapture noundef readonly %s, i32 noundef %d) unnamed_addr #1 {
entry:
  %0 = load i32, ptr @quant, align 4, !tbaa !9
  %tobool.not = icmp eq i32 %0, 0
  br i1 %tobool.not, label %if.else25, label %land.lhs.true

land.lhs.true:                                    ; preds = %entry
  %gi = getelementptr inbounds i8, ptr %s, i32 12
  %1 = load i32, ptr %gi, align 4, !tbaa !14
  switch i32 %1, label %if.then23 [
    i32 1, label %land.lhs.true1
    i32 2, label %land.lhs.true17
  ]

land.lhs.true1:                                   ; preds = %land.lhs.true
  %li = getelementptr inbounds i8, ptr %s, i32 16
  %2 = load i32, ptr %li, align 4, !tbaa !16
  %cmp2 = icmp eq i32 %2, 1
  br i1 %cmp2, label %for.cond.preheader, label %if.then23

for.cond.preheader:                               ; preds = %land.lhs.true1
  %cmp367 = icmp sgt i32 %d, 0
  br i1 %cmp367, label %for.cond4.preheader.lr.ph, label %if.end27

for.cond4.preheader.lr.ph:                        ; preds = %for.cond.preheader
  %groups = getelementptr inbounds i8, ptr %s, i32 8
  %3 = load i32, ptr %groups, align 4, !tbaa !17
  %cmp562 = icmp sgt i32 %3, 0
  %4 = shl i32 %3, 3
  br label %for.cond4.preheader

for.cond4.preheader:                              ; preds = %for.cond4.preheader.lr.ph, %for.cond.cleanup6
  %i.069 = phi i32 [ 0, %for.cond4.preheader.lr.ph ], [ %inc11, %for.cond.cleanup6 ]
  %w.addr.068 = phi ptr [ %w, %for.cond4.preheader.lr.ph ], [ %w.addr.1.lcssa, %for.cond.cleanup6 ]
  br i1 %cmp562, label %for.body7, label %for.cond.cleanup6

for.cond.cleanup6.loopexit:                       ; preds = %for.body7
  %scevgep = getelementptr i8, ptr %w.addr.068, i32 %4
  br label %for.cond.cleanup6

for.cond.cleanup6:                                ; preds = %for.cond.cleanup6.loopexit, %for.cond4.preheader
  %w.addr.1.lcssa = phi ptr [ %w.addr.068, %for.cond4.preheader ], [ %scevgep, %for.cond.cleanup6.loopexit ]
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.cond4.preheader ], [ %add, %for.cond.cleanup6.loopexit ]
  %arrayidx9 = getelementptr inbounds float, ptr @outv, i32 %i.069
  store float %acc.0.lcssa, ptr %arrayidx9, align 4, !tbaa !2
  %inc11 = add nuw nsw i32 %i.069, 1
  %exitcond72.not = icmp eq i32 %inc11, %d
  br i1 %exitcond72.not, label %if.end27, label %for.cond4.preheader, !llvm.loop !18

for.body7:                                        ; preds = %for.cond4.preheader, %for.body7
  %g.065 = phi i32 [ %inc, %for.body7 ], [ 0, %for.cond4.preheader ]
  %acc.064 = phi float [ %add, %for.body7 ], [ 0.000000e+00, %for.cond4.preheader ]
  %w.addr.163 = phi ptr [ %add.ptr, %for.body7 ], [ %w.addr.068, %for.cond4.preheader ]
  %5 = load float, ptr %w.addr.163, align 4, !tbaa !2
  %arrayidx8 = getelementptr inbounds i8, ptr %w.addr.163, i32 4
  %6 = load float, ptr %arrayidx8, align 4, !tbaa !2
  %mul = fmul float %5, %6
  %add = fadd float %acc.064, %mul
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.163, i32 8
  %inc = add nuw nsw i32 %g.065, 1
  %exitcond.not = icmp eq i32 %inc, %3
  br i1 %exitcond.not, label %for.cond.cleanup6.loopexit, label %for.body7, !llvm.loop !19

land.lhs.true17:                                  ; preds = %land.lhs.true
  %li18 = getelementptr inbounds i8, ptr %s, i32 16
  %7 = load i32, ptr %li18, align 4, !tbaa !16
  %cmp19 = icmp eq i32 %7, 2
  br i1 %cmp19, label %if.then20, label %if.then23

if.then20:                                        ; preds = %land.lhs.true17
  %cmp30.i = icmp sgt i32 %d, 0
  br i1 %cmp30.i, label %for.cond1.preheader.lr.ph.i, label %if.end27

for.cond1.preheader.lr.ph.i:                      ; preds = %if.then20
  %groups.i = getelementptr inbounds i8, ptr %s, i32 8
  %8 = load i32, ptr %groups.i, align 4, !tbaa !17
  %cmp225.i = icmp sgt i32 %8, 1
  %9 = mul i32 %8, 12
  %10 = add i32 %9, -12
  %11 = add nsw i32 %8, -2
  br label %for.cond1.preheader.i

for.cond1.preheader.i:                            ; preds = %for.cond.cleanup3.i, %for.cond1.preheader.lr.ph.i
  %i.032.i = phi i32 [ 0, %for.cond1.preheader.lr.ph.i ], [ %inc13.i, %for.cond.cleanup3.i ]
  %w.addr.031.i = phi ptr [ %w, %for.cond1.preheader.lr.ph.i ], [ %add.ptr10.i, %for.cond.cleanup3.i ]
  br i1 %cmp225.i, label %for.body4.i, label %for.cond.cleanup3.i

for.cond.cleanup3.loopexit.i:                     ; preds = %for.body4.i
  %scevgep.i = getelementptr i8, ptr %w.addr.031.i, i32 %10
  br label %for.cond.cleanup3.i

for.cond.cleanup3.i:                              ; preds = %for.cond.cleanup3.loopexit.i, %for.cond1.preheader.i
  %w.addr.1.lcssa.i = phi ptr [ %w.addr.031.i, %for.cond1.preheader.i ], [ %scevgep.i, %for.cond.cleanup3.loopexit.i ]
  %acc.0.lcssa.i = phi float [ 0.000000e+00, %for.cond1.preheader.i ], [ %add7.i, %for.cond.cleanup3.loopexit.i ]
  %12 = load float, ptr %w.addr.1.lcssa.i, align 4, !tbaa !2
  %add9.i = fadd float %acc.0.lcssa.i, %12
  %add.ptr10.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa.i, i32 4
  %arrayidx11.i = getelementptr inbounds float, ptr @outv, i32 %i.032.i
  store float %add9.i, ptr %arrayidx11.i, align 4, !tbaa !2
  %inc13.i = add nuw nsw i32 %i.032.i, 1
  %exitcond33.not.i = icmp eq i32 %inc13.i, %d
  br i1 %exitcond33.not.i, label %if.end27, label %for.cond1.preheader.i, !llvm.loop !20

for.body4.i:                                      ; preds = %for.cond1.preheader.i, %for.body4.i
  %g.028.i = phi i32 [ %inc.i, %for.body4.i ], [ 0, %for.cond1.preheader.i ]
  %acc.027.i = phi float [ %add7.i, %for.body4.i ], [ 0.000000e+00, %for.cond1.preheader.i ]
  %w.addr.126.i = phi ptr [ %add.ptr.i, %for.body4.i ], [ %w.addr.031.i, %for.cond1.preheader.i ]
  %13 = load float, ptr %w.addr.126.i, align 4, !tbaa !2
  %arrayidx5.i = getelementptr inbounds i8, ptr %w.addr.126.i, i32 4
  %14 = load float, ptr %arrayidx5.i, align 4, !tbaa !2
  %arrayidx6.i = getelementptr inbounds i8, ptr %w.addr.126.i, i32 8
  %15 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %add.i = fadd float %14, %15
  %mul.i = fmul float %13, %add.i
  %add7.i = fadd float %acc.027.i, %mul.i
  %add.ptr.i = getelementptr inbounds i8, ptr %w.addr.126.i, i32 12
  %inc.i = add nuw nsw i32 %g.028.i, 1
  %exitcond.not.i = icmp eq i32 %g.028.i, %11
  br i1 %exitcond.not.i, label %for.cond.cleanup3.loopexit.i, label %for.body4.i, !llvm.loop !21

if.then23:                                        ; preds = %land.lhs.true, %land.lhs.true1, %land.lhs.true17
  %groups24 = getelementptr inbounds i8, ptr %s, i32 8
  %16 = load i32, ptr %groups24, align 4, !tbaa !17
  tail call fastcc void @rows_g1(ptr noundef %w, i32 noundef %16, i32 noundef %d) #4
  br label %if.end27

if.else25:                                        ; preds = %entry
  %17 = load i32, ptr %s, align 4, !tbaa !22
  %cmp19.i = icmp sgt i32 %d, 0
  br i1 %cmp19.i, label %for.cond1.preheader.lr.ph.i50, label %if.end27

for.cond1.preheader.lr.ph.i50:                    ; preds = %if.else25
  %cmp216.i = icmp sgt i32 %17, 0
  br label %for.cond1.preheader.i51

for.cond1.preheader.i51:                          ; preds = %for.cond.cleanup3.i52, %for.cond1.preheader.lr.ph.i50
  %i.021.i = phi i32 [ 0, %for.cond1.preheader.lr.ph.i50 ], [ %inc7.i, %for.cond.cleanup3.i52 ]
  %w.addr.020.i = phi ptr [ %w, %for.cond1.preheader.lr.ph.i50 ], [ %add.ptr.i55, %for.cond.cleanup3.i52 ]
  br i1 %cmp216.i, label %for.body4.i56, label %for.cond.cleanup3.i52

for.cond.cleanup3.i52:                            ; preds = %for.body4.i56, %for.cond1.preheader.i51
  %acc.0.lcssa.i53 = phi float [ 0.000000e+00, %for.cond1.preheader.i51 ], [ %add.i57, %for.body4.i56 ]
  %arrayidx5.i54 = getelementptr inbounds float, ptr @outv, i32 %i.021.i
  store float %acc.0.lcssa.i53, ptr %arrayidx5.i54, align 4, !tbaa !2
  %add.ptr.i55 = getelementptr inbounds float, ptr %w.addr.020.i, i32 %17
  %inc7.i = add nuw nsw i32 %i.021.i, 1
  %exitcond22.not.i = icmp eq i32 %inc7.i, %d
  br i1 %exitcond22.not.i, label %if.end27, label %for.cond1.preheader.i51, !llvm.loop !23

for.body4.i56:                                    ; preds = %for.cond1.preheader.i51, %for.body4.i56
  %j.018.i = phi i32 [ %inc.i58, %for.body4.i56 ], [ 0, %for.cond1.preheader.i51 ]
  %acc.017.i = phi float [ %add.i57, %for.body4.i56 ], [ 0.000000e+00, %for.cond1.preheader.i51 ]
  %arrayidx.i = getelementptr inbounds float, ptr %w.addr.020.i, i32 %j.018.i
  %18 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %add.i57 = fadd float %acc.017.i, %18
  %inc.i58 = add nuw nsw i32 %j.018.i, 1
  %exitcond.not.i59 = icmp eq i32 %inc.i58, %17
  br i1 %exitcond.not.i59, label %for.cond.cleanup3.i52, label %for.body4.i56, !llvm.loop !24

if.end27:                                         ; preds = %for.cond.cleanup3.i, %for.cond.cleanup6, %for.cond.cleanup3.i52, %for.cond.preheader, %if.else25, %if.then20, %if.then23
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none)
define internal fastcc void @rows_g1(ptr nocapture noundef readonly %w, i32 noundef %groups, i32 noundef %d) unnamed_addr #2 {
entry:
  %cmp21 = icmp sgt i32 %d, 0
  br i1 %cmp21, label %for.cond1.preheader.lr.ph, label %for.cond.cleanup

for.cond1.preheader.lr.ph:                        ; preds = %entry
  %cmp216 = icmp sgt i32 %groups, 0
  %0 = shl i32 %groups, 3
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %for.cond1.preheader.lr.ph, %for.cond.cleanup3
  %i.023 = phi i32 [ 0, %for.cond1.preheader.lr.ph ], [ %inc8, %for.cond.cleanup3 ]
  %w.addr.022 = phi ptr [ %w, %for.cond1.preheader.lr.ph ], [ %w.addr.1.lcssa, %for.cond.cleanup3 ]
  br i1 %cmp216, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.022, i32 %0
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.cond1.preheader
  %w.addr.1.lcssa = phi ptr [ %w.addr.022, %for.cond1.preheader ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.cond1.preheader ], [ %add, %for.cond.cleanup3.loopexit ]
  %arrayidx6 = getelementptr inbounds float, ptr @outv, i32 %i.023
  store float %acc.0.lcssa, ptr %arrayidx6, align 4, !tbaa !2
  %inc8 = add nuw nsw i32 %i.023, 1
  %exitcond24.not = icmp eq i32 %inc8, %d
  br i1 %exitcond24.not, label %for.cond.cleanup, label %for.cond1.preheader, !llvm.loop !25

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %g.019 = phi i32 [ %inc, %for.body4 ], [ 0, %for.cond1.preheader ]
  %acc.018 = phi float [ %add, %for.body4 ], [ 0.000000e+00, %for.cond1.preheader ]
  %w.addr.117 = phi ptr [ %add.ptr, %for.body4 ], [ %w.addr.022, %for.cond1.preheader ]
  %1 = load float, ptr %w.addr.117, align 4, !tbaa !2
  %arrayidx5 = getelementptr inbounds i8, ptr %w.addr.117, i32 4
  %2 = load float, ptr %arrayidx5, align 4, !tbaa !2
  %mul = fmul float %1, %2
  %add = fadd float %acc.018, %mul
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.117, i32 8
  %inc = add nuw nsw i32 %g.019, 1
  %exitcond.not = icmp eq i32 %inc, %groups
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !26
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #3

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"float", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7, !8}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = !{!10, !10, i64 0}
!10 = !{!"int", !4, i64 0}
!11 = distinct !{!11, !7, !8}
!12 = distinct !{!12, !7, !8}
!13 = distinct !{!13, !7, !8}
!14 = !{!15, !10, i64 12}
!15 = !{!"", !10, i64 0, !10, i64 4, !10, i64 8, !10, i64 12, !10, i64 16}
!16 = !{!15, !10, i64 16}
!17 = !{!15, !10, i64 8}
!18 = distinct !{!18, !7, !8}
!19 = distinct !{!19, !7, !8}
!20 = distinct !{!20, !7, !8}
!21 = distinct !{!21, !7, !8}
!22 = !{!15, !10, i64 0}
!23 = distinct !{!23, !7, !8}
!24 = distinct !{!24, !7, !8}
!25 = distinct !{!25, !7, !8}
!26 = distinct !{!26, !7, !8}
