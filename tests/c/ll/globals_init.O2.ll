; ModuleID = 'tests/c/globals_init.c'
source_filename = "tests/c/globals_init.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.anon = type { i32, i8, double, [3 x i16] }

@g8 = hidden local_unnamed_addr global i8 -7, align 1
@gu8 = hidden local_unnamed_addr global i8 -56, align 1
@g16 = hidden local_unnamed_addr global i16 -1234, align 2
@gu16 = hidden local_unnamed_addr global i16 -5536, align 2
@g32 = hidden local_unnamed_addr global i32 -123456789, align 4
@gu32 = hidden local_unnamed_addr global i32 -294967296, align 4
@g64 = hidden local_unnamed_addr global i64 -1234567890123, align 8
@gd = hidden local_unnamed_addr global double 2.500000e-03, align 8
@garr = hidden global [10 x i32] [i32 1, i32 2, i32 3, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0], align 16
@gs = hidden local_unnamed_addr global %struct.anon { i32 42, i8 120, double -1.500000e+00, [3 x i16] [i16 7, i16 -8, i16 9] }, align 8
@gp = hidden local_unnamed_addr global ptr getelementptr inbounds (i8, ptr @garr, i32 8), align 4
@.str = private unnamed_addr constant [8 x i8] c"globals\00", align 1
@gstr = hidden local_unnamed_addr global ptr @.str, align 4
@gbuf = hidden local_unnamed_addr global [8 x i8] c"mutable\00", align 1
@counter = hidden local_unnamed_addr global i32 100, align 4
@gzero = hidden local_unnamed_addr global [5 x i32] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define hidden void @bump(i32 noundef %by) local_unnamed_addr #0 {
entry:
  %0 = load i32, ptr @counter, align 4, !tbaa !2
  %add = add nsw i32 %0, %by
  store i32 %add, ptr @counter, align 4, !tbaa !2
  ret void
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  %0 = load i8, ptr @g8, align 1, !tbaa !6
  %conv = sext i8 %0 to i32
  tail call void @sb3_out_int(i32 noundef %conv) #3
  %1 = load i8, ptr @gu8, align 1, !tbaa !6
  %conv1 = zext i8 %1 to i32
  tail call void @sb3_out_int(i32 noundef %conv1) #3
  %2 = load i16, ptr @g16, align 2, !tbaa !7
  %conv2 = sext i16 %2 to i32
  tail call void @sb3_out_int(i32 noundef %conv2) #3
  %3 = load i16, ptr @gu16, align 2, !tbaa !7
  %conv3 = zext i16 %3 to i32
  tail call void @sb3_out_int(i32 noundef %conv3) #3
  %4 = load i32, ptr @g32, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %4) #3
  %5 = load i32, ptr @gu32, align 4, !tbaa !2
  %conv4 = uitofp i32 %5 to double
  tail call void @sb3_out_double(double noundef %conv4) #3
  %6 = load i64, ptr @g64, align 8, !tbaa !9
  %conv5 = sitofp i64 %6 to double
  tail call void @sb3_out_double(double noundef %conv5) #3
  %7 = load double, ptr @gd, align 8, !tbaa !11
  tail call void @sb3_out_double(double noundef %7) #3
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.071 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [10 x i32], ptr @garr, i32 0, i32 %i.071
  %8 = load i32, ptr %arrayidx, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %8) #3
  %inc = add nuw nsw i32 %i.071, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %for.body12, label %for.body, !llvm.loop !13

for.cond.cleanup11:                               ; preds = %for.body12
  tail call void @sb3_out_int(i32 noundef %or) #3
  %9 = load i32, ptr @gs, align 8, !tbaa !16
  tail call void @sb3_out_int(i32 noundef %9) #3
  %10 = load i8, ptr getelementptr inbounds (i8, ptr @gs, i32 4), align 4, !tbaa !18
  %conv17 = sext i8 %10 to i32
  tail call void @sb3_out_char(i32 noundef %conv17) #3
  %11 = load double, ptr getelementptr inbounds (i8, ptr @gs, i32 8), align 8, !tbaa !19
  tail call void @sb3_out_double(double noundef %11) #3
  %12 = load i16, ptr getelementptr inbounds (i8, ptr @gs, i32 16), align 8, !tbaa !7
  %conv18 = sext i16 %12 to i32
  %13 = load i16, ptr getelementptr inbounds (i8, ptr @gs, i32 18), align 2, !tbaa !7
  %conv19 = sext i16 %13 to i32
  %mul = mul nsw i32 %conv19, 10
  %add = add nsw i32 %mul, %conv18
  %14 = load i16, ptr getelementptr inbounds (i8, ptr @gs, i32 20), align 4, !tbaa !7
  %conv20 = sext i16 %14 to i32
  %mul21 = mul nsw i32 %conv20, 100
  %add22 = add nsw i32 %add, %mul21
  tail call void @sb3_out_int(i32 noundef %add22) #3
  %15 = load ptr, ptr @gp, align 4, !tbaa !20
  %16 = load i32, ptr %15, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %16) #3
  %17 = load ptr, ptr @gp, align 4, !tbaa !20
  %arrayidx23 = getelementptr inbounds i8, ptr %17, i32 4
  %18 = load i32, ptr %arrayidx23, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %18) #3
  %19 = load ptr, ptr @gp, align 4, !tbaa !20
  %arrayidx24 = getelementptr inbounds i8, ptr %19, i32 4
  store i32 77, ptr %arrayidx24, align 4, !tbaa !2
  %20 = load i32, ptr getelementptr inbounds (i8, ptr @garr, i32 12), align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %20) #3
  %21 = load ptr, ptr @gstr, align 4, !tbaa !20
  %22 = load i8, ptr %21, align 1, !tbaa !6
  %tobool.not74 = icmp eq i8 %22, 0
  br i1 %tobool.not74, label %for.body36.preheader, label %for.body27

for.body12:                                       ; preds = %for.body, %for.body12
  %i7.073 = phi i32 [ %inc15, %for.body12 ], [ 0, %for.body ]
  %z.072 = phi i32 [ %or, %for.body12 ], [ 0, %for.body ]
  %arrayidx13 = getelementptr inbounds [5 x i32], ptr @gzero, i32 0, i32 %i7.073
  %23 = load i32, ptr %arrayidx13, align 4, !tbaa !2
  %or = or i32 %23, %z.072
  %inc15 = add nuw nsw i32 %i7.073, 1
  %exitcond79.not = icmp eq i32 %inc15, 5
  br i1 %exitcond79.not, label %for.cond.cleanup11, label %for.body12, !llvm.loop !22

for.body36.preheader:                             ; preds = %for.body27, %for.cond.cleanup11
  store i8 77, ptr @gbuf, align 1, !tbaa !6
  store i8 69, ptr getelementptr inbounds (i8, ptr @gbuf, i32 6), align 1, !tbaa !6
  br label %for.body36

for.body27:                                       ; preds = %for.cond.cleanup11, %for.body27
  %24 = phi i8 [ %25, %for.body27 ], [ %22, %for.cond.cleanup11 ]
  %p.075 = phi ptr [ %incdec.ptr, %for.body27 ], [ %21, %for.cond.cleanup11 ]
  %conv28 = sext i8 %24 to i32
  tail call void @sb3_out_char(i32 noundef %conv28) #3
  %incdec.ptr = getelementptr inbounds i8, ptr %p.075, i32 1
  %25 = load i8, ptr %incdec.ptr, align 1, !tbaa !6
  %tobool.not = icmp eq i8 %25, 0
  br i1 %tobool.not, label %for.body36.preheader, label %for.body27, !llvm.loop !23

for.body36:                                       ; preds = %for.body36.preheader, %for.body36
  %26 = phi i8 [ %27, %for.body36 ], [ 77, %for.body36.preheader ]
  %i31.077 = phi i32 [ %inc40, %for.body36 ], [ 0, %for.body36.preheader ]
  %conv38 = sext i8 %26 to i32
  tail call void @sb3_out_char(i32 noundef %conv38) #3
  %inc40 = add nuw nsw i32 %i31.077, 1
  %arrayidx33 = getelementptr inbounds [8 x i8], ptr @gbuf, i32 0, i32 %inc40
  %27 = load i8, ptr %arrayidx33, align 1, !tbaa !6
  %tobool34.not = icmp eq i8 %27, 0
  br i1 %tobool34.not, label %for.body47, label %for.body36, !llvm.loop !24

for.cond.cleanup46:                               ; preds = %for.body47
  %28 = load i32, ptr @counter, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %28) #3
  %29 = load i8, ptr @g8, align 1, !tbaa !6
  %mul52 = mul i8 %29, 20
  store i8 %mul52, ptr @g8, align 1, !tbaa !6
  %30 = load i16, ptr @gu16, align 2, !tbaa !7
  %add55 = add i16 %30, 6000
  store i16 %add55, ptr @gu16, align 2, !tbaa !7
  %conv57 = sext i8 %mul52 to i32
  tail call void @sb3_out_int(i32 noundef %conv57) #3
  %31 = load i16, ptr @gu16, align 2, !tbaa !7
  %conv58 = zext i16 %31 to i32
  tail call void @sb3_out_int(i32 noundef %conv58) #3
  ret i32 0

for.body47:                                       ; preds = %for.body36, %for.body47
  %i42.078 = phi i32 [ %inc49, %for.body47 ], [ 1, %for.body36 ]
  tail call void @bump(i32 noundef %i42.078) #4
  %inc49 = add nuw nsw i32 %i42.078, 1
  %exitcond80.not = icmp eq i32 %inc49, 6
  br i1 %exitcond80.not, label %for.cond.cleanup46, label %for.body47, !llvm.loop !25
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!6 = !{!4, !4, i64 0}
!7 = !{!8, !8, i64 0}
!8 = !{!"short", !4, i64 0}
!9 = !{!10, !10, i64 0}
!10 = !{!"long long", !4, i64 0}
!11 = !{!12, !12, i64 0}
!12 = !{!"double", !4, i64 0}
!13 = distinct !{!13, !14, !15}
!14 = !{!"llvm.loop.mustprogress"}
!15 = !{!"llvm.loop.unroll.disable"}
!16 = !{!17, !3, i64 0}
!17 = !{!"", !3, i64 0, !4, i64 4, !12, i64 8, !4, i64 16}
!18 = !{!17, !4, i64 4}
!19 = !{!17, !12, i64 8}
!20 = !{!21, !21, i64 0}
!21 = !{!"any pointer", !4, i64 0}
!22 = distinct !{!22, !14, !15}
!23 = distinct !{!23, !14, !15}
!24 = distinct !{!24, !14, !15}
!25 = distinct !{!25, !14, !15}
