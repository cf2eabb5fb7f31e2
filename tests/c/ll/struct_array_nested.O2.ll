; ModuleID = 'tests/c/struct_array_nested.c'
source_filename = "tests/c/struct_array_nested.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Person = type { [8 x i8], i16, i32 }
%struct.Box = type { [4 x %struct.Item], i32, %struct.anon }
%struct.Item = type { double, i32 }
%struct.anon = type { i8, i8, i8 }

@people = hidden local_unnamed_addr global [5 x %struct.Person] [%struct.Person { [8 x i8] c"Ada\00\00\00\00\00", i16 36, i32 1815 }, %struct.Person { [8 x i8] c"Alan\00\00\00\00", i16 41, i32 1912 }, %struct.Person { [8 x i8] c"Grace\00\00\00", i16 85, i32 1906 }, %struct.Person { [8 x i8] c"Linus\00\00\00", i16 54, i32 -1969 }, %struct.Person { [8 x i8] c"Mitch\00\00\00", i16 70, i32 2007 }], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  %t = alloca %struct.Person, align 4
  %boxes = alloca [3 x %struct.Box], align 16
  br label %for.body

for.body:                                         ; preds = %entry, %name_sum.exit
  %i.0186 = phi i32 [ 0, %entry ], [ %inc, %name_sum.exit ]
  %arrayidx = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %i.0186
  %age = getelementptr inbounds i8, ptr %arrayidx, i32 8
  %0 = load i16, ptr %age, align 8, !tbaa !2
  %conv = sext i16 %0 to i32
  tail call void @sb3_out_int(i32 noundef %conv) #4
  %score = getelementptr inbounds i8, ptr %arrayidx, i32 12
  %1 = load i32, ptr %score, align 4, !tbaa !8
  tail call void @sb3_out_int(i32 noundef %1) #4
  %2 = load i8, ptr %arrayidx, align 16, !tbaa !9
  %tobool.not7.i = icmp eq i8 %2, 0
  br i1 %tobool.not7.i, label %name_sum.exit, label %for.body.i

for.body.i:                                       ; preds = %for.body, %for.body.i
  %3 = phi i8 [ %4, %for.body.i ], [ %2, %for.body ]
  %i.09.i = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.body ]
  %s.08.i = phi i32 [ %add.i, %for.body.i ], [ 0, %for.body ]
  %mul.i = mul i32 %s.08.i, 31
  %conv.i = sext i8 %3 to i32
  %add.i = add i32 %mul.i, %conv.i
  %inc.i = add nuw nsw i32 %i.09.i, 1
  %arrayidx.i = getelementptr inbounds [8 x i8], ptr %arrayidx, i32 0, i32 %inc.i
  %4 = load i8, ptr %arrayidx.i, align 1, !tbaa !9
  %tobool.not.i = icmp eq i8 %4, 0
  br i1 %tobool.not.i, label %name_sum.exit, label %for.body.i, !llvm.loop !10

name_sum.exit:                                    ; preds = %for.body.i, %for.body
  %s.0.lcssa.i = phi i32 [ 0, %for.body ], [ %add.i, %for.body.i ]
  tail call void @sb3_out_int(i32 noundef %s.0.lcssa.i) #4
  %5 = load i8, ptr %arrayidx, align 16, !tbaa !9
  %conv5 = sext i8 %5 to i32
  tail call void @sb3_out_char(i32 noundef %conv5) #4
  %inc = add nuw nsw i32 %i.0186, 1
  %exitcond.not = icmp eq i32 %inc, 5
  br i1 %exitcond.not, label %for.body11, label %for.body, !llvm.loop !13

for.body11:                                       ; preds = %name_sum.exit, %for.cond.cleanup15
  %i6.0190 = phi i32 [ %add, %for.cond.cleanup15 ], [ 0, %name_sum.exit ]
  %add = add nuw nsw i32 %i6.0190, 1
  %cmp13187 = icmp ult i32 %i6.0190, 4
  br i1 %cmp13187, label %for.body16, label %for.cond.cleanup15

for.cond.cleanup15:                               ; preds = %for.body16, %for.body11
  %best.0.lcssa = phi i32 [ %i6.0190, %for.body11 ], [ %spec.select, %for.body16 ]
  call void @llvm.lifetime.start.p0(i64 16, ptr nonnull %t)
  %arrayidx28 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %i6.0190
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(16) %t, ptr noundef nonnull align 16 dereferenceable(16) %arrayidx28, i32 16, i1 false), !tbaa.struct !14
  %arrayidx30 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %best.0.lcssa
  tail call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 16 dereferenceable(16) %arrayidx28, ptr noundef nonnull align 16 dereferenceable(16) %arrayidx30, i32 16, i1 false), !tbaa.struct !14
  call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 16 dereferenceable(16) %arrayidx30, ptr noundef nonnull align 4 dereferenceable(16) %t, i32 16, i1 false), !tbaa.struct !14
  call void @llvm.lifetime.end.p0(i64 16, ptr nonnull %t)
  %exitcond203.not = icmp eq i32 %add, 5
  br i1 %exitcond203.not, label %for.body40, label %for.body11, !llvm.loop !17

for.body16:                                       ; preds = %for.body11, %for.body16
  %j.0189 = phi i32 [ %inc26, %for.body16 ], [ %add, %for.body11 ]
  %best.0188 = phi i32 [ %spec.select, %for.body16 ], [ %i6.0190, %for.body11 ]
  %age18 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %j.0189, i32 1
  %6 = load i16, ptr %age18, align 8, !tbaa !2
  %age21 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %best.0188, i32 1
  %7 = load i16, ptr %age21, align 8, !tbaa !2
  %cmp23 = icmp sgt i16 %6, %7
  %spec.select = select i1 %cmp23, i32 %j.0189, i32 %best.0188
  %inc26 = add nuw nsw i32 %j.0189, 1
  %exitcond202.not = icmp eq i32 %inc26, 5
  br i1 %exitcond202.not, label %for.cond.cleanup15, label %for.body16, !llvm.loop !18

for.cond.cleanup39:                               ; preds = %for.body40
  call void @llvm.lifetime.start.p0(i64 216, ptr nonnull %boxes) #5
  br label %for.body52

for.body40:                                       ; preds = %for.cond.cleanup15, %for.body40
  %i35.0191 = phi i32 [ %inc46, %for.body40 ], [ 0, %for.cond.cleanup15 ]
  %arrayidx43 = getelementptr inbounds [5 x %struct.Person], ptr @people, i32 0, i32 %i35.0191, i32 0, i32 1
  %8 = load i8, ptr %arrayidx43, align 1, !tbaa !9
  %conv44 = sext i8 %8 to i32
  tail call void @sb3_out_char(i32 noundef %conv44) #4
  %inc46 = add nuw nsw i32 %i35.0191, 1
  %exitcond204.not = icmp eq i32 %inc46, 5
  br i1 %exitcond204.not, label %for.cond.cleanup39, label %for.body40, !llvm.loop !19

for.body52:                                       ; preds = %for.cond.cleanup39, %for.cond.cleanup60
  %indvars.iv = phi i32 [ 2, %for.cond.cleanup39 ], [ %indvars.iv.next, %for.cond.cleanup60 ]
  %b.0193 = phi i32 [ 0, %for.cond.cleanup39 ], [ %add62, %for.cond.cleanup60 ]
  %add53 = add nuw nsw i32 %b.0193, 2
  %arrayidx54 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %b.0193
  %n = getelementptr inbounds i8, ptr %arrayidx54, i32 64
  store i32 %add53, ptr %n, align 8, !tbaa !20
  %add62 = add nuw nsw i32 %b.0193, 1
  %conv63 = uitofp nneg i32 %add62 to double
  %mul = fmul double %conv63, 5.000000e-01
  %mul69 = mul nuw nsw i32 %b.0193, 10
  br label %for.body61

for.cond.cleanup60:                               ; preds = %for.body61
  %9 = trunc nuw i32 %b.0193 to i8
  %conv78 = mul i8 %9, 100
  %color = getelementptr inbounds i8, ptr %arrayidx54, i32 68
  store i8 %conv78, ptr %color, align 4, !tbaa !23
  %conv81 = mul i8 %9, -50
  %g = getelementptr inbounds i8, ptr %arrayidx54, i32 69
  store i8 %conv81, ptr %g, align 1, !tbaa !24
  %conv85 = add nsw i8 %9, -1
  %b88 = getelementptr inbounds i8, ptr %arrayidx54, i32 70
  store i8 %conv85, ptr %b88, align 2, !tbaa !25
  %indvars.iv.next = add nuw nsw i32 %indvars.iv, 1
  %exitcond206.not = icmp eq i32 %add62, 3
  br i1 %exitcond206.not, label %for.cond99.preheader, label %for.body52, !llvm.loop !26

for.body61:                                       ; preds = %for.body52, %for.body61
  %k.0192 = phi i32 [ 0, %for.body52 ], [ %add64, %for.body61 ]
  %add64 = add nuw nsw i32 %k.0192, 1
  %conv65 = uitofp nneg i32 %add64 to double
  %mul66 = fmul double %mul, %conv65
  %arrayidx68 = getelementptr inbounds [4 x %struct.Item], ptr %arrayidx54, i32 0, i32 %k.0192
  store double %mul66, ptr %arrayidx68, align 8, !tbaa !27
  %add70 = add nuw nsw i32 %k.0192, %mul69
  %id = getelementptr inbounds i8, ptr %arrayidx68, i32 8
  store i32 %add70, ptr %id, align 8, !tbaa !30
  %exitcond205.not = icmp eq i32 %add64, %indvars.iv
  br i1 %exitcond205.not, label %for.cond.cleanup60, label %for.body61, !llvm.loop !31

for.cond99.preheader:                             ; preds = %for.cond.cleanup60, %for.cond.cleanup104
  %b92.0201 = phi i32 [ %inc136, %for.cond.cleanup104 ], [ 0, %for.cond.cleanup60 ]
  %arrayidx100 = getelementptr inbounds [3 x %struct.Box], ptr %boxes, i32 0, i32 %b92.0201
  %n101 = getelementptr inbounds i8, ptr %arrayidx100, i32 64
  %10 = load i32, ptr %n101, align 8, !tbaa !20
  %cmp102194 = icmp sgt i32 %10, 0
  br i1 %cmp102194, label %for.body105, label %for.cond.cleanup104

for.cond.cleanup96:                               ; preds = %for.cond.cleanup104
  call void @llvm.lifetime.end.p0(i64 216, ptr nonnull %boxes) #5
  ret i32 0

for.cond.cleanup104:                              ; preds = %for.body105, %for.cond99.preheader
  %total.0.lcssa = phi double [ 0.000000e+00, %for.cond99.preheader ], [ %add110, %for.body105 ]
  %ids.0.lcssa = phi i32 [ 0, %for.cond99.preheader ], [ %add115, %for.body105 ]
  tail call void @sb3_out_double(double noundef %total.0.lcssa) #4
  tail call void @sb3_out_int(i32 noundef %ids.0.lcssa) #4
  %color120 = getelementptr inbounds i8, ptr %arrayidx100, i32 68
  %11 = load i8, ptr %color120, align 4, !tbaa !23
  %conv122 = sext i8 %11 to i32
  %g125 = getelementptr inbounds i8, ptr %arrayidx100, i32 69
  %12 = load i8, ptr %g125, align 1, !tbaa !24
  %conv126 = sext i8 %12 to i32
  %mul127 = shl nsw i32 %conv126, 1
  %add128 = add nsw i32 %mul127, %conv122
  %b131 = getelementptr inbounds i8, ptr %arrayidx100, i32 70
  %13 = load i8, ptr %b131, align 2, !tbaa !25
  %conv132 = sext i8 %13 to i32
  %mul133 = mul nsw i32 %conv132, 3
  %add134 = add nsw i32 %add128, %mul133
  tail call void @sb3_out_int(i32 noundef %add134) #4
  %inc136 = add nuw nsw i32 %b92.0201, 1
  %exitcond208.not = icmp eq i32 %inc136, 3
  br i1 %exitcond208.not, label %for.cond.cleanup96, label %for.cond99.preheader, !llvm.loop !32

for.body105:                                      ; preds = %for.cond99.preheader, %for.body105
  %k98.0197 = phi i32 [ %inc117, %for.body105 ], [ 0, %for.cond99.preheader ]
  %ids.0196 = phi i32 [ %add115, %for.body105 ], [ 0, %for.cond99.preheader ]
  %total.0195 = phi double [ %add110, %for.body105 ], [ 0.000000e+00, %for.cond99.preheader ]
  %arrayidx108 = getelementptr inbounds [4 x %struct.Item], ptr %arrayidx100, i32 0, i32 %k98.0197
  %14 = load double, ptr %arrayidx108, align 8, !tbaa !27
  %add110 = fadd double %total.0195, %14
  %id114 = getelementptr inbounds i8, ptr %arrayidx108, i32 8
  %15 = load i32, ptr %id114, align 8, !tbaa !30
  %add115 = add nsw i32 %15, %ids.0196
  %inc117 = add nuw nsw i32 %k98.0197, 1
  %exitcond207.not = icmp eq i32 %inc117, %10
  br i1 %exitcond207.not, label %for.cond.cleanup104, label %for.body105, !llvm.loop !33
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #4 = { nobuiltin nounwind "no-builtins" }
attributes #5 = { nounwind }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !6, i64 8}
!3 = !{!"", !4, i64 0, !6, i64 8, !7, i64 12}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!"short", !4, i64 0}
!7 = !{!"int", !4, i64 0}
!8 = !{!3, !7, i64 12}
!9 = !{!4, !4, i64 0}
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !11, !12}
!14 = !{i64 0, i64 8, !9, i64 8, i64 2, !15, i64 12, i64 4, !16}
!15 = !{!6, !6, i64 0}
!16 = !{!7, !7, i64 0}
!17 = distinct !{!17, !11, !12}
!18 = distinct !{!18, !11, !12}
!19 = distinct !{!19, !11, !12}
!20 = !{!21, !7, i64 64}
!21 = !{!"", !4, i64 0, !7, i64 64, !22, i64 68}
!22 = !{!"", !4, i64 0, !4, i64 1, !4, i64 2}
!23 = !{!21, !4, i64 68}
!24 = !{!21, !4, i64 69}
!25 = !{!21, !4, i64 70}
!26 = distinct !{!26, !11, !12}
!27 = !{!28, !29, i64 0}
!28 = !{!"", !29, i64 0, !7, i64 8}
!29 = !{!"double", !4, i64 0}
!30 = !{!28, !7, i64 8}
!31 = distinct !{!31, !11, !12}
!32 = distinct !{!32, !11, !12}
!33 = distinct !{!33, !11, !12}
