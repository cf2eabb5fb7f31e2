; ModuleID = 'tests/c/ptr_arith.c'
source_filename = "tests/c/ptr_arith.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@ints = hidden global [12 x i32] [i32 5, i32 3, i32 9, i32 -1, i32 7, i32 2, i32 8, i32 0, i32 6, i32 -4, i32 1, i32 4], align 16
@shorts = hidden local_unnamed_addr global [8 x i16] [i16 -1, i16 2, i16 -3, i16 4, i16 -5, i16 6, i16 -7, i16 8], align 16
@chars = hidden global [19 x i8] c"pointer arithmetic\00", align 16
@dbls = hidden global [5 x double] [double 1.500000e+00, double 2.500000e+00, double 3.500000e+00, double 4.500000e+00, double 5.500000e+00], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none)
define hidden i32 @sum_range(ptr noundef readonly %b, ptr noundef readnone %e) local_unnamed_addr #0 {
entry:
  %cmp3 = icmp ult ptr %b, %e
  br i1 %cmp3, label %while.body, label %while.end

while.body:                                       ; preds = %entry, %while.body
  %s.05 = phi i32 [ %add, %while.body ], [ 0, %entry ]
  %b.addr.04 = phi ptr [ %incdec.ptr, %while.body ], [ %b, %entry ]
  %incdec.ptr = getelementptr inbounds i8, ptr %b.addr.04, i32 4
  %0 = load i32, ptr %b.addr.04, align 4, !tbaa !2
  %add = add nsw i32 %0, %s.05
  %cmp = icmp ult ptr %incdec.ptr, %e
  br i1 %cmp, label %while.body, label %while.end, !llvm.loop !6

while.end:                                        ; preds = %while.body, %entry
  %s.0.lcssa = phi i32 [ 0, %entry ], [ %add, %while.body ]
  ret i32 %s.0.lcssa
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none)
define hidden ptr @find_max(ptr noundef readonly %p, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %add.ptr1.idx = shl nsw i32 %n, 2
  %add.ptr1 = getelementptr inbounds i8, ptr %p, i32 %add.ptr1.idx
  %cmp.not10 = icmp eq i32 %n, 1
  br i1 %cmp.not10, label %for.cond.cleanup, label %for.body.preheader

for.body.preheader:                               ; preds = %entry
  %q.09 = getelementptr inbounds i8, ptr %p, i32 4
  %.pre = load i32, ptr %p, align 4, !tbaa !2
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %best.0.lcssa = phi ptr [ %p, %entry ], [ %spec.select, %for.body ]
  ret ptr %best.0.lcssa

for.body:                                         ; preds = %for.body.preheader, %for.body
  %0 = phi i32 [ %2, %for.body ], [ %.pre, %for.body.preheader ]
  %q.012 = phi ptr [ %q.0, %for.body ], [ %q.09, %for.body.preheader ]
  %best.011 = phi ptr [ %spec.select, %for.body ], [ %p, %for.body.preheader ]
  %1 = load i32, ptr %q.012, align 4, !tbaa !2
  %cmp2 = icmp sgt i32 %1, %0
  %2 = tail call i32 @llvm.smax.i32(i32 %1, i32 %0)
  %spec.select = select i1 %cmp2, ptr %q.012, ptr %best.011
  %q.0 = getelementptr inbounds i8, ptr %q.012, i32 4
  %cmp.not = icmp eq ptr %q.0, %add.ptr1
  br i1 %cmp.not, label %for.cond.cleanup, label %for.body, !llvm.loop !9
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  %call = tail call i32 @sum_range(ptr noundef nonnull @ints, ptr noundef nonnull getelementptr inbounds (i8, ptr @ints, i32 48)) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %call1 = tail call i32 @sum_range(ptr noundef nonnull getelementptr inbounds (i8, ptr @ints, i32 12), ptr noundef nonnull getelementptr inbounds (i8, ptr @ints, i32 28)) #4
  tail call void @sb3_out_int(i32 noundef %call1) #5
  %call2 = tail call i32 @sum_range(ptr noundef nonnull getelementptr inbounds (i8, ptr @ints, i32 20), ptr noundef nonnull getelementptr inbounds (i8, ptr @ints, i32 20)) #4
  tail call void @sb3_out_int(i32 noundef %call2) #5
  %call3 = tail call ptr @find_max(ptr noundef nonnull @ints, i32 noundef 12) #4
  %0 = load i32, ptr %call3, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %0) #5
  %sub.ptr.lhs.cast = ptrtoint ptr %call3 to i32
  %sub.ptr.sub = sub i32 %sub.ptr.lhs.cast, ptrtoint (ptr @ints to i32)
  %sub.ptr.div = ashr exact i32 %sub.ptr.sub, 2
  tail call void @sb3_out_int(i32 noundef %sub.ptr.div) #5
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @ints, i32 20), align 4, !tbaa !2
  %2 = load i32, ptr @ints, align 16, !tbaa !2
  %mul = mul nsw i32 %2, 10
  %add = add nsw i32 %mul, %1
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @ints, i32 44), align 4, !tbaa !2
  %mul6 = mul nsw i32 %3, 100
  %add7 = add nsw i32 %add, %mul6
  tail call void @sb3_out_int(i32 noundef %add7) #5
  %4 = load i32, ptr getelementptr inbounds (i8, ptr @ints, i32 16), align 16, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %4) #5
  tail call void @sb3_out_int(i32 noundef 1) #5
  tail call void @sb3_out_int(i32 noundef 0) #5
  br label %while.body

while.body:                                       ; preds = %entry, %while.body
  %sp.0.idx79 = phi i32 [ 0, %entry ], [ %sp.0.add, %while.body ]
  %ss.078 = phi i32 [ 0, %entry ], [ %add14, %while.body ]
  %sp.0.ptr = getelementptr inbounds i8, ptr @shorts, i32 %sp.0.idx79
  %mul12 = mul nsw i32 %ss.078, 3
  %5 = load i16, ptr %sp.0.ptr, align 4, !tbaa !10
  %conv13 = sext i16 %5 to i32
  %add14 = add nsw i32 %mul12, %conv13
  %sp.0.add = add nuw nsw i32 %sp.0.idx79, 4
  %cmp10 = icmp ult i32 %sp.0.idx79, 12
  br i1 %cmp10, label %while.body, label %while.end, !llvm.loop !12

while.end:                                        ; preds = %while.body
  tail call void @sb3_out_int(i32 noundef %add14) #5
  tail call void @sb3_out_int(i32 noundef 8) #5
  br label %while.cond19

while.cond19:                                     ; preds = %while.cond19, %while.end
  %end.0 = phi ptr [ getelementptr inbounds (i8, ptr @chars, i32 8), %while.end ], [ %incdec.ptr, %while.cond19 ]
  %6 = load i8, ptr %end.0, align 1, !tbaa !13
  %tobool.not = icmp eq i8 %6, 0
  %incdec.ptr = getelementptr inbounds i8, ptr %end.0, i32 1
  br i1 %tobool.not, label %while.end21, label %while.cond19, !llvm.loop !14

while.end21:                                      ; preds = %while.cond19
  %sub.ptr.lhs.cast22 = ptrtoint ptr %end.0 to i32
  %sub.ptr.sub23 = sub i32 %sub.ptr.lhs.cast22, ptrtoint (ptr getelementptr inbounds (i8, ptr @chars, i32 8) to i32)
  tail call void @sb3_out_int(i32 noundef %sub.ptr.sub23) #5
  %add.ptr24 = getelementptr inbounds i8, ptr %end.0, i32 -1
  %cmp25.not80 = icmp ult ptr %add.ptr24, getelementptr inbounds (i8, ptr @chars, i32 8)
  br i1 %cmp25.not80, label %while.body32.preheader, label %for.body

for.body:                                         ; preds = %while.end21, %for.body
  %q.081 = phi ptr [ %add.ptr28, %for.body ], [ %add.ptr24, %while.end21 ]
  %7 = load i8, ptr %q.081, align 1, !tbaa !13
  %conv27 = sext i8 %7 to i32
  tail call void @sb3_out_char(i32 noundef %conv27) #5
  %add.ptr28 = getelementptr inbounds i8, ptr %q.081, i32 -3
  %cmp25.not = icmp ult ptr %add.ptr28, getelementptr inbounds (i8, ptr @chars, i32 8)
  br i1 %cmp25.not, label %while.body32.preheader, label %for.body, !llvm.loop !15

while.body32.preheader:                           ; preds = %for.body, %while.end21
  br label %while.body32

while.body32:                                     ; preds = %while.body32.preheader, %while.body32
  %ds.083 = phi double [ %add34, %while.body32 ], [ 0.000000e+00, %while.body32.preheader ]
  %dp.082 = phi ptr [ %incdec.ptr35, %while.body32 ], [ getelementptr inbounds (i8, ptr @dbls, i32 32), %while.body32.preheader ]
  %mul33 = fmul double %ds.083, 2.000000e+00
  %8 = load double, ptr %dp.082, align 8, !tbaa !16
  %add34 = fadd double %mul33, %8
  %incdec.ptr35 = getelementptr inbounds i8, ptr %dp.082, i32 -8
  %cmp30.not = icmp ult ptr %incdec.ptr35, @dbls
  br i1 %cmp30.not, label %while.end36, label %while.body32, !llvm.loop !18

while.end36:                                      ; preds = %while.body32
  tail call void @sb3_out_double(double noundef %add34) #5
  br label %while.body40

while.body40:                                     ; preds = %while.end36, %while.body40
  %y.085 = phi ptr [ getelementptr inbounds (i8, ptr @ints, i32 44), %while.end36 ], [ %incdec.ptr42, %while.body40 ]
  %x.084 = phi ptr [ @ints, %while.end36 ], [ %incdec.ptr41, %while.body40 ]
  %9 = load i32, ptr %x.084, align 4, !tbaa !2
  %10 = load i32, ptr %y.085, align 4, !tbaa !2
  %incdec.ptr41 = getelementptr inbounds i8, ptr %x.084, i32 4
  store i32 %10, ptr %x.084, align 4, !tbaa !2
  %incdec.ptr42 = getelementptr inbounds i8, ptr %y.085, i32 -4
  store i32 %9, ptr %y.085, align 4, !tbaa !2
  %cmp38 = icmp ult ptr %incdec.ptr41, %incdec.ptr42
  br i1 %cmp38, label %while.body40, label %for.body48, !llvm.loop !19

for.cond.cleanup47:                               ; preds = %for.body48
  ret i32 0

for.body48:                                       ; preds = %while.body40, %for.body48
  %i.086 = phi i32 [ %inc, %for.body48 ], [ 0, %while.body40 ]
  %arrayidx49 = getelementptr inbounds [12 x i32], ptr @ints, i32 0, i32 %i.086
  %11 = load i32, ptr %arrayidx49, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %11) #5
  %inc = add nuw nsw i32 %i.086, 1
  %exitcond.not = icmp eq i32 %inc, 12
  br i1 %exitcond.not, label %for.cond.cleanup47, label %for.body48, !llvm.loop !20
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #2

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin nounwind "no-builtins" }

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
!10 = !{!11, !11, i64 0}
!11 = !{!"short", !4, i64 0}
!12 = distinct !{!12, !7, !8}
!13 = !{!4, !4, i64 0}
!14 = distinct !{!14, !7, !8}
!15 = distinct !{!15, !7, !8}
!16 = !{!17, !17, i64 0}
!17 = !{!"double", !4, i64 0}
!18 = distinct !{!18, !7, !8}
!19 = distinct !{!19, !7, !8}
!20 = distinct !{!20, !7, !8}
