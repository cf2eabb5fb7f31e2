; ModuleID = 'tests/c/bool_logic.c'
source_filename = "tests/c/bool_logic.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@calls = internal unnamed_addr global i32 0, align 4
@vs = hidden local_unnamed_addr global [6 x i32] [i32 0, i32 1, i32 -1, i32 2, i32 0, i32 3], align 16
@flags = hidden local_unnamed_addr global [16 x i8] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define hidden noundef i32 @t(i32 noundef returned %v) local_unnamed_addr #0 {
entry:
  %0 = load i32, ptr @calls, align 4, !tbaa !2
  %mul = mul nsw i32 %0, 3
  %add = add nsw i32 %mul, 1
  store i32 %add, ptr @calls, align 4, !tbaa !2
  ret i32 %v
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define hidden range(i32 0, 2) i32 @f(i32 noundef %v) local_unnamed_addr #0 {
entry:
  %0 = load i32, ptr @calls, align 4, !tbaa !2
  %mul = mul nsw i32 %0, 3
  %add = add nsw i32 %mul, 2
  store i32 %add, ptr @calls, align 4, !tbaa !2
  %tobool.not = icmp eq i32 %v, 0
  %lnot.ext = zext i1 %tobool.not to i32
  ret i32 %lnot.ext
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %tobool.not = phi i1 [ true, %entry ], [ false, %for.cond.cleanup3 ]
  %a.0130 = phi i32 [ 0, %entry ], [ 1, %for.cond.cleanup3 ]
  br label %for.cond5.preheader

for.cond5.preheader:                              ; preds = %for.cond1.preheader, %for.cond.cleanup7
  %tobool23.not = phi i1 [ true, %for.cond1.preheader ], [ false, %for.cond.cleanup7 ]
  %b.0129 = phi i32 [ 0, %for.cond1.preheader ], [ 1, %for.cond.cleanup7 ]
  br label %for.body8

for.cond.cleanup3:                                ; preds = %for.cond.cleanup7
  br i1 %tobool.not, label %for.cond1.preheader, label %for.body45, !llvm.loop !6

for.cond.cleanup7:                                ; preds = %11
  br i1 %tobool23.not, label %for.cond5.preheader, label %for.cond.cleanup3, !llvm.loop !9

for.body8:                                        ; preds = %for.cond5.preheader, %11
  %tobool12 = phi i1 [ false, %for.cond5.preheader ], [ true, %11 ]
  %cmp6 = phi i1 [ true, %for.cond5.preheader ], [ false, %11 ]
  %c.0128 = phi i32 [ 0, %for.cond5.preheader ], [ 1, %11 ]
  store i32 0, ptr @calls, align 4, !tbaa !2
  %call = tail call i32 @t(i32 noundef %a.0130) #3
  br i1 %tobool.not, label %lor.lhs.false, label %land.lhs.true

land.lhs.true:                                    ; preds = %for.body8
  %call9 = tail call i32 @f(i32 noundef %b.0129) #3
  %tobool10.not = icmp eq i32 %call9, 0
  br i1 %tobool10.not, label %land.lhs.true21, label %land.rhs

land.rhs:                                         ; preds = %land.lhs.true
  %call11 = tail call i32 @t(i32 noundef %c.0128) #3
  br label %land.lhs.true21

lor.lhs.false:                                    ; preds = %for.body8
  %0 = load i32, ptr @calls, align 4, !tbaa !2
  store i32 0, ptr @calls, align 4, !tbaa !2
  %call13 = tail call i32 @t(i32 noundef %a.0130) #3
  %call15 = tail call i32 @f(i32 noundef %b.0129) #3
  %tobool16.not = icmp eq i32 %call15, 0
  br i1 %tobool16.not, label %lor.rhs, label %lor.end.thread

lor.rhs:                                          ; preds = %lor.lhs.false
  %call17 = tail call i32 @t(i32 noundef %c.0128) #3
  br label %lor.end.thread

lor.end.thread:                                   ; preds = %lor.rhs, %lor.lhs.false
  %.ph138 = phi i1 [ %tobool12, %lor.rhs ], [ true, %lor.lhs.false ]
  %1 = load i32, ptr @calls, align 4, !tbaa !2
  store i32 0, ptr @calls, align 4, !tbaa !2
  %call19139 = tail call i32 @t(i32 noundef %a.0130) #3
  br label %lor.rhs24

land.lhs.true21:                                  ; preds = %land.lhs.true, %land.rhs
  %.ph = phi i1 [ %tobool12, %land.rhs ], [ false, %land.lhs.true ]
  %2 = load i32, ptr @calls, align 4, !tbaa !2
  store i32 0, ptr @calls, align 4, !tbaa !2
  %call13137 = tail call i32 @t(i32 noundef %a.0130) #3
  %3 = load i32, ptr @calls, align 4, !tbaa !2
  store i32 0, ptr @calls, align 4, !tbaa !2
  %call19 = tail call i32 @t(i32 noundef %a.0130) #3
  %call22 = tail call i32 @t(i32 noundef %b.0129) #3
  br i1 %tobool23.not, label %lor.rhs24, label %lor.end32.thread

lor.end32.thread:                                 ; preds = %land.lhs.true21
  %mul141 = select i1 %.ph, i32 100, i32 0
  br label %8

lor.rhs24:                                        ; preds = %lor.end.thread, %land.lhs.true21
  %4 = phi i32 [ %1, %lor.end.thread ], [ %3, %land.lhs.true21 ]
  %5 = phi i1 [ %.ph138, %lor.end.thread ], [ true, %land.lhs.true21 ]
  %6 = phi i1 [ false, %lor.end.thread ], [ %.ph, %land.lhs.true21 ]
  %7 = phi i32 [ %0, %lor.end.thread ], [ %2, %land.lhs.true21 ]
  %call25 = tail call i32 @f(i32 noundef %c.0128) #3
  %tobool26.not = icmp eq i32 %call25, 0
  br i1 %tobool26.not, label %lor.end32, label %land.rhs27

land.rhs27:                                       ; preds = %lor.rhs24
  %call28 = tail call i32 @t(i32 noundef %a.0130) #3
  %mul148 = select i1 %6, i32 100, i32 0
  br i1 %5, label %8, label %11

lor.end32:                                        ; preds = %lor.rhs24
  %mul = select i1 %6, i32 100, i32 0
  br i1 %5, label %8, label %11

8:                                                ; preds = %land.rhs27, %lor.end32.thread, %lor.end32
  %mul146 = phi i32 [ %mul141, %lor.end32.thread ], [ %mul, %lor.end32 ], [ %mul148, %land.rhs27 ]
  %lor.ext33144 = phi i32 [ 1, %lor.end32.thread ], [ 0, %lor.end32 ], [ %a.0130, %land.rhs27 ]
  %9 = phi i32 [ %2, %lor.end32.thread ], [ %7, %lor.end32 ], [ %7, %land.rhs27 ]
  %10 = phi i32 [ %3, %lor.end32.thread ], [ %4, %lor.end32 ], [ %4, %land.rhs27 ]
  br label %11

11:                                               ; preds = %land.rhs27, %lor.end32, %8
  %mul145 = phi i32 [ %mul146, %8 ], [ %mul, %lor.end32 ], [ %mul148, %land.rhs27 ]
  %lor.ext33143 = phi i32 [ %lor.ext33144, %8 ], [ 0, %lor.end32 ], [ %a.0130, %land.rhs27 ]
  %12 = phi i32 [ %9, %8 ], [ %7, %lor.end32 ], [ %7, %land.rhs27 ]
  %13 = phi i32 [ %10, %8 ], [ %4, %lor.end32 ], [ %4, %land.rhs27 ]
  %14 = phi i32 [ 10, %8 ], [ 0, %lor.end32 ], [ 0, %land.rhs27 ]
  %add = or disjoint i32 %14, %mul145
  %add35 = or disjoint i32 %add, %lor.ext33143
  tail call void @sb3_out_int(i32 noundef %add35) #4
  tail call void @sb3_out_int(i32 noundef %12) #4
  tail call void @sb3_out_int(i32 noundef %13) #4
  %15 = load i32, ptr @calls, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %15) #4
  br i1 %cmp6, label %for.body8, label %for.cond.cleanup7, !llvm.loop !10

for.body45:                                       ; preds = %for.cond.cleanup3, %for.body45
  %i.0131 = phi i32 [ %inc52, %for.body45 ], [ 0, %for.cond.cleanup3 ]
  %rem.lhs.trunc = trunc nuw i32 %i.0131 to i8
  %rem127 = urem i8 %rem.lhs.trunc, 3
  %cmp46 = icmp eq i8 %rem127, 0
  %and = and i32 %i.0131, 4
  %tobool48 = icmp ne i32 %and, 0
  %16 = or i1 %tobool48, %cmp46
  %arrayidx = getelementptr inbounds [16 x i8], ptr @flags, i32 0, i32 %i.0131
  %storedv = zext i1 %16 to i8
  store i8 %storedv, ptr %arrayidx, align 1, !tbaa !11
  %inc52 = add nuw nsw i32 %i.0131, 1
  %exitcond.not = icmp eq i32 %inc52, 16
  br i1 %exitcond.not, label %for.body58, label %for.body45, !llvm.loop !13

for.cond.cleanup57:                               ; preds = %for.body58
  tail call void @sb3_out_int(i32 noundef %add61) #4
  br label %for.body70

for.body58:                                       ; preds = %for.body45, %for.body58
  %i54.0133 = phi i32 [ %inc63, %for.body58 ], [ 0, %for.body45 ]
  %s.0132 = phi i32 [ %add61, %for.body58 ], [ 0, %for.body45 ]
  %mul59 = shl nsw i32 %s.0132, 1
  %arrayidx60 = getelementptr inbounds [16 x i8], ptr @flags, i32 0, i32 %i54.0133
  %17 = load i8, ptr %arrayidx60, align 1, !tbaa !11, !range !14, !noundef !15
  %loadedv = zext nneg i8 %17 to i32
  %add61 = or disjoint i32 %mul59, %loadedv
  %inc63 = add nuw nsw i32 %i54.0133, 1
  %exitcond135.not = icmp eq i32 %inc63, 16
  br i1 %exitcond135.not, label %for.cond.cleanup57, label %for.body58, !llvm.loop !16

for.cond.cleanup69:                               ; preds = %lor.end95
  ret i32 0

for.body70:                                       ; preds = %for.cond.cleanup57, %lor.end95
  %i65.0134 = phi i32 [ 0, %for.cond.cleanup57 ], [ %add91, %lor.end95 ]
  %arrayidx71 = getelementptr inbounds [6 x i32], ptr @vs, i32 0, i32 %i65.0134
  %18 = load i32, ptr %arrayidx71, align 4, !tbaa !2
  %tobool72.not = icmp eq i32 %18, 0
  %lnot.ext = zext i1 %tobool72.not to i32
  tail call void @sb3_out_int(i32 noundef %lnot.ext) #4
  %19 = load i32, ptr %arrayidx71, align 4, !tbaa !2
  %tobool74 = icmp ne i32 %19, 0
  %lnot.ext78 = zext i1 %tobool74 to i32
  tail call void @sb3_out_int(i32 noundef %lnot.ext78) #4
  %20 = load i32, ptr %arrayidx71, align 4, !tbaa !2
  %tobool80.not = icmp eq i32 %20, 0
  br i1 %tobool80.not, label %land.end86, label %land.rhs81

land.rhs81:                                       ; preds = %for.body70
  %add82 = add nuw nsw i32 %i65.0134, 1
  %rem83.cmp.not = icmp eq i32 %i65.0134, 5
  %rem83 = select i1 %rem83.cmp.not, i32 0, i32 %add82
  %arrayidx84 = getelementptr inbounds [6 x i32], ptr @vs, i32 0, i32 %rem83
  %21 = load i32, ptr %arrayidx84, align 4, !tbaa !2
  %tobool85 = icmp ne i32 %21, 0
  br label %land.end86

land.end86:                                       ; preds = %land.rhs81, %for.body70
  %22 = phi i1 [ false, %for.body70 ], [ %tobool85, %land.rhs81 ]
  %land.ext87 = zext i1 %22 to i32
  tail call void @sb3_out_int(i32 noundef %land.ext87) #4
  %23 = load i32, ptr %arrayidx71, align 4, !tbaa !2
  %tobool89.not = icmp eq i32 %23, 0
  %add91 = add nuw nsw i32 %i65.0134, 1
  br i1 %tobool89.not, label %lor.rhs90, label %lor.end95

lor.rhs90:                                        ; preds = %land.end86
  %rem92.cmp.not = icmp eq i32 %i65.0134, 5
  %rem92 = select i1 %rem92.cmp.not, i32 0, i32 %add91
  %arrayidx93 = getelementptr inbounds [6 x i32], ptr @vs, i32 0, i32 %rem92
  %24 = load i32, ptr %arrayidx93, align 4, !tbaa !2
  %tobool94 = icmp ne i32 %24, 0
  br label %lor.end95

lor.end95:                                        ; preds = %land.end86, %lor.rhs90
  %25 = phi i1 [ %tobool94, %lor.rhs90 ], [ true, %land.end86 ]
  %lor.ext96 = zext i1 %25 to i32
  tail call void @sb3_out_int(i32 noundef %lor.ext96) #4
  %exitcond136.not = icmp eq i32 %add91, 6
  br i1 %exitcond136.not, label %for.cond.cleanup69, label %for.body70, !llvm.loop !17
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!11 = !{!12, !12, i64 0}
!12 = !{!"_Bool", !4, i64 0}
!13 = distinct !{!13, !7, !8}
!14 = !{i8 0, i8 2}
!15 = !{}
!16 = distinct !{!16, !7, !8}
!17 = distinct !{!17, !7, !8}
