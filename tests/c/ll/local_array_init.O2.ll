; ModuleID = 'tests/c/local_array_init.c'
source_filename = "tests/c/local_array_init.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@__const.main.a = private unnamed_addr constant [8 x i32] [i32 1, i32 2, i32 3, i32 4, i32 5, i32 6, i32 7, i32 8], align 16
@__const.main.s = private unnamed_addr constant [16 x i8] c"init\00\00\00\00\00\00\00\00\00\00\00\00", align 16
@__const.main.h = private unnamed_addr constant [5 x i16] [i16 -1, i16 -2, i16 -3, i16 -4, i16 -5], align 2

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  %a = alloca [8 x i32], align 16
  %b = alloca [20 x i32], align 16
  %s = alloca [16 x i8], align 16
  %h = alloca [5 x i16], align 2
  %0 = getelementptr inbounds i8, ptr %b, i32 4
  %1 = getelementptr inbounds i8, ptr %b, i32 8
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup53
  ret i32 0

for.body:                                         ; preds = %entry, %for.cond.cleanup53
  %round.0101 = phi i32 [ 0, %entry ], [ %inc67, %for.cond.cleanup53 ]
  call void @llvm.lifetime.start.p0(i64 32, ptr nonnull %a) #5
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 16 dereferenceable(32) %a, ptr noundef nonnull align 16 dereferenceable(32) @__const.main.a, i32 32, i1 false)
  call void @llvm.lifetime.start.p0(i64 80, ptr nonnull %b) #5
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 16 dereferenceable(80) %b, i8 0, i32 80, i1 false)
  store i32 9, ptr %b, align 16
  store i32 8, ptr %0, align 4
  store i32 7, ptr %1, align 8
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %s) #5
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 16 dereferenceable(16) %s, ptr noundef nonnull align 16 dereferenceable(16) @__const.main.s, i32 16, i1 false)
  call void @llvm.lifetime.start.p0(i64 10, ptr nonnull %h) #5
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 2 dereferenceable(10) %h, ptr noundef nonnull align 2 dereferenceable(10) @__const.main.h, i32 10, i1 false)
  br label %for.body4

for.body4:                                        ; preds = %for.body, %for.body4
  %i.093 = phi i32 [ 0, %for.body ], [ %inc, %for.body4 ]
  %sa.092 = phi i32 [ 0, %for.body ], [ %add5, %for.body4 ]
  %arrayidx = getelementptr inbounds [8 x i32], ptr %a, i32 0, i32 %i.093
  %2 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %add = add nuw nsw i32 %i.093, %round.0101
  %mul = mul nsw i32 %2, %add
  %add5 = add nsw i32 %mul, %sa.092
  store i32 0, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.093, 1
  %exitcond.not = icmp eq i32 %inc, 8
  br i1 %exitcond.not, label %for.body11, label %for.body4, !llvm.loop !6

for.body11:                                       ; preds = %for.body4, %for.body11
  %i7.095 = phi i32 [ %inc16, %for.body11 ], [ 0, %for.body4 ]
  %sb.094 = phi i32 [ %add13, %for.body11 ], [ 0, %for.body4 ]
  %arrayidx12 = getelementptr inbounds [20 x i32], ptr %b, i32 0, i32 %i7.095
  %3 = load i32, ptr %arrayidx12, align 4, !tbaa !2
  %add13 = add nsw i32 %3, %sb.094
  store i32 100, ptr %arrayidx12, align 4, !tbaa !2
  %inc16 = add nuw nsw i32 %i7.095, 1
  %exitcond102.not = icmp eq i32 %inc16, 20
  br i1 %exitcond102.not, label %for.body22, label %for.body11, !llvm.loop !9

for.cond.cleanup21:                               ; preds = %for.body22
  tail call void @sb3_out_int(i32 noundef %add5) #6
  tail call void @sb3_out_int(i32 noundef %add13) #6
  tail call void @sb3_out_int(i32 noundef %add25) #6
  tail call void @sb3_out_double(double noundef 7.500000e-01) #6
  br label %for.body43

for.body22:                                       ; preds = %for.body11, %for.body22
  %i18.097 = phi i32 [ %inc28, %for.body22 ], [ 0, %for.body11 ]
  %sh.096 = phi i32 [ %add25, %for.body22 ], [ 0, %for.body11 ]
  %mul23 = mul nsw i32 %sh.096, 10
  %arrayidx24 = getelementptr inbounds [5 x i16], ptr %h, i32 0, i32 %i18.097
  %4 = load i16, ptr %arrayidx24, align 2, !tbaa !10
  %conv = sext i16 %4 to i32
  %add25 = add nsw i32 %mul23, %conv
  store i16 7, ptr %arrayidx24, align 2, !tbaa !10
  %inc28 = add nuw nsw i32 %i18.097, 1
  %exitcond103.not = icmp eq i32 %inc28, 5
  br i1 %exitcond103.not, label %for.cond.cleanup21, label %for.body22, !llvm.loop !12

for.cond.cleanup42:                               ; preds = %for.body43
  %arrayidx49 = getelementptr inbounds [16 x i8], ptr %s, i32 0, i32 %round.0101
  store i8 88, ptr %arrayidx49, align 1, !tbaa !13
  %5 = load i8, ptr %s, align 16, !tbaa !13
  %tobool.not99 = icmp eq i8 %5, 0
  br i1 %tobool.not99, label %for.cond.cleanup53, label %for.body54

for.body43:                                       ; preds = %for.cond.cleanup21, %for.body43
  %i38.098 = phi i32 [ 0, %for.cond.cleanup21 ], [ %inc47, %for.body43 ]
  %arrayidx44 = getelementptr inbounds [16 x i8], ptr %s, i32 0, i32 %i38.098
  %6 = load i8, ptr %arrayidx44, align 1, !tbaa !13
  %conv45 = sext i8 %6 to i32
  tail call void @sb3_out_int(i32 noundef %conv45) #6
  %inc47 = add nuw nsw i32 %i38.098, 1
  %exitcond104.not = icmp eq i32 %inc47, 16
  br i1 %exitcond104.not, label %for.cond.cleanup42, label %for.body43, !llvm.loop !14

for.cond.cleanup53:                               ; preds = %for.body54, %for.cond.cleanup42
  tail call void @sb3_out_int(i32 noundef %round.0101) #6
  tail call void @sb3_out_char(i32 noundef 113) #6
  %conv64 = uitofp nneg i32 %round.0101 to double
  %mul65 = fmul double %conv64, 1.500000e+00
  tail call void @sb3_out_double(double noundef %mul65) #6
  call void @llvm.lifetime.end.p0(i64 10, ptr nonnull %h) #5
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %s) #5
  call void @llvm.lifetime.end.p0(i64 80, ptr nonnull %b) #5
  call void @llvm.lifetime.end.p0(i64 32, ptr nonnull %a) #5
  %inc67 = add nuw nsw i32 %round.0101, 1
  %exitcond105.not = icmp eq i32 %inc67, 3
  br i1 %exitcond105.not, label %for.cond.cleanup, label %for.body, !llvm.loop !15

for.body54:                                       ; preds = %for.cond.cleanup42, %for.body54
  %7 = phi i8 [ %8, %for.body54 ], [ %5, %for.cond.cleanup42 ]
  %i50.0100 = phi i32 [ %inc58, %for.body54 ], [ 0, %for.cond.cleanup42 ]
  %conv56 = sext i8 %7 to i32
  tail call void @sb3_out_char(i32 noundef %conv56) #6
  %inc58 = add nuw nsw i32 %i50.0100, 1
  %arrayidx52 = getelementptr inbounds [16 x i8], ptr %s, i32 0, i32 %inc58
  %8 = load i8, ptr %arrayidx52, align 1, !tbaa !13
  %tobool.not = icmp eq i8 %8, 0
  br i1 %tobool.not, label %for.cond.cleanup53, label %for.body54, !llvm.loop !16
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #4

declare void @sb3_out_double(double noundef) local_unnamed_addr #4

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #4

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { nounwind }
attributes #6 = { nobuiltin nounwind "no-builtins" }

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
!16 = distinct !{!16, !7, !8}
