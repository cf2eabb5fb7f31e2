; ModuleID = 'tests/c/union_bytes.c'
source_filename = "tests/c/union_bytes.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%union.Word = type { i32 }

@words = hidden local_unnamed_addr global [3 x %union.Word] [%union.Word { i32 305419896 }, %union.Word { i32 -559038737 }, %union.Word { i32 -2130771841 }], align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  %x = alloca %union.Word, align 4
  %y = alloca %union.Word, align 4
  %arr = alloca [2 x i32], align 8
  %arrayidx19 = getelementptr inbounds i8, ptr %x, i32 2
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup25
  call void @llvm.lifetime.start.p0(i64 8, ptr nonnull %arr) #3
  store i64 0, ptr %arr, align 8
  br label %for.body45

for.body:                                         ; preds = %entry, %for.cond.cleanup25
  %i.069 = phi i32 [ 0, %entry ], [ %inc38, %for.cond.cleanup25 ]
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %x) #3
  %arrayidx = getelementptr inbounds [3 x %union.Word], ptr @words, i32 0, i32 %i.069
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  store i32 %0, ptr %x, align 4, !tbaa !2
  %1 = lshr i32 %0, 16
  %2 = trunc nuw i32 %1 to i16
  br label %for.body4

for.body4:                                        ; preds = %for.body, %for.body4
  %k.066 = phi i32 [ 0, %for.body ], [ %inc, %for.body4 ]
  %arrayidx5 = getelementptr inbounds [4 x i8], ptr %x, i32 0, i32 %k.066
  %3 = load i8, ptr %arrayidx5, align 1, !tbaa !2
  %conv = zext i8 %3 to i32
  tail call void @sb3_out_int(i32 noundef %conv) #4
  %inc = add nuw nsw i32 %k.066, 1
  %exitcond.not = icmp eq i32 %inc, 4
  br i1 %exitcond.not, label %for.body11, label %for.body4, !llvm.loop !5

for.cond.cleanup10:                               ; preds = %for.body11
  %conv18 = and i32 %0, 65535
  tail call void @sb3_out_int(i32 noundef %conv18) #4
  tail call void @sb3_out_int(i32 noundef %1) #4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %y) #3
  br label %for.body26

for.body11:                                       ; preds = %for.body4, %for.body11
  %k6.067 = phi i32 [ %inc15, %for.body11 ], [ 0, %for.body4 ]
  %arrayidx12 = getelementptr inbounds [4 x i8], ptr %x, i32 0, i32 %k6.067
  %4 = load i8, ptr %arrayidx12, align 1, !tbaa !2
  %conv13 = sext i8 %4 to i32
  tail call void @sb3_out_int(i32 noundef %conv13) #4
  %inc15 = add nuw nsw i32 %k6.067, 1
  %exitcond71.not = icmp eq i32 %inc15, 4
  br i1 %exitcond71.not, label %for.cond.cleanup10, label %for.body11, !llvm.loop !8

for.cond.cleanup25:                               ; preds = %for.body26
  %5 = load i32, ptr %y, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %5) #4
  %add = add i16 %2, 1
  store i16 %add, ptr %arrayidx19, align 2, !tbaa !2
  %6 = load i32, ptr %x, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %6) #4
  store i8 0, ptr %x, align 4, !tbaa !2
  %7 = load i32, ptr %x, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %7) #4
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %y) #3
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %x) #3
  %inc38 = add nuw nsw i32 %i.069, 1
  %exitcond73.not = icmp eq i32 %inc38, 3
  br i1 %exitcond73.not, label %for.cond.cleanup, label %for.body, !llvm.loop !9

for.body26:                                       ; preds = %for.cond.cleanup10, %for.body26
  %k21.068 = phi i32 [ 0, %for.cond.cleanup10 ], [ %inc30, %for.body26 ]
  %sub = sub nuw nsw i32 3, %k21.068
  %arrayidx27 = getelementptr inbounds [4 x i8], ptr %x, i32 0, i32 %sub
  %8 = load i8, ptr %arrayidx27, align 1, !tbaa !2
  %arrayidx28 = getelementptr inbounds [4 x i8], ptr %y, i32 0, i32 %k21.068
  store i8 %8, ptr %arrayidx28, align 1, !tbaa !2
  %inc30 = add nuw nsw i32 %k21.068, 1
  %exitcond72.not = icmp eq i32 %inc30, 4
  br i1 %exitcond72.not, label %for.cond.cleanup25, label %for.body26, !llvm.loop !10

for.cond.cleanup44:                               ; preds = %for.body45
  %9 = load i32, ptr %arr, align 8, !tbaa !11
  tail call void @sb3_out_int(i32 noundef %9) #4
  %arrayidx53 = getelementptr inbounds i8, ptr %arr, i32 4
  %10 = load i32, ptr %arrayidx53, align 4, !tbaa !11
  tail call void @sb3_out_int(i32 noundef %10) #4
  call void @llvm.lifetime.end.p0(i64 8, ptr nonnull %arr) #3
  ret i32 0

for.body45:                                       ; preds = %for.cond.cleanup, %for.body45
  %k40.070 = phi i32 [ 0, %for.cond.cleanup ], [ %inc50, %for.body45 ]
  %11 = trunc nuw i32 %k40.070 to i8
  %12 = mul nuw i8 %11, 33
  %conv47 = add nuw i8 %12, 1
  %arrayidx48 = getelementptr inbounds i8, ptr %arr, i32 %k40.070
  store i8 %conv47, ptr %arrayidx48, align 1, !tbaa !2
  %inc50 = add nuw nsw i32 %k40.070, 1
  %exitcond74.not = icmp eq i32 %inc50, 8
  br i1 %exitcond74.not, label %for.cond.cleanup44, label %for.body45, !llvm.loop !13
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nounwind }
attributes #4 = { nobuiltin nounwind "no-builtins" }

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
!8 = distinct !{!8, !6, !7}
!9 = distinct !{!9, !6, !7}
!10 = distinct !{!10, !6, !7}
!11 = !{!12, !12, i64 0}
!12 = !{!"int", !3, i64 0}
!13 = distinct !{!13, !6, !7}
