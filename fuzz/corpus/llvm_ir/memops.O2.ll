; ModuleID = 'memops.c'
source_filename = "memops.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.big = type { [16 x i32], [8 x float] }

@g1 = hidden local_unnamed_addr global %struct.big zeroinitializer, align 4
@g2 = hidden local_unnamed_addr global %struct.big zeroinitializer, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  %arr = alloca [32 x i32], align 16
  %cbuf.sroa.0 = alloca [6 x i8], align 16
  call void @llvm.lifetime.start.p0(i64 128, ptr nonnull %arr) #5
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 16 dereferenceable(128) %arr, i8 0, i32 128, i1 false)
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  %other.sroa.3.0.arraydecay2.sroa_idx = getelementptr inbounds i8, ptr %arr, i32 124
  %other.sroa.3.0.copyload = load i32, ptr %other.sroa.3.0.arraydecay2.sroa_idx, align 4
  store i32 9, ptr getelementptr inbounds (i8, ptr @g1, i32 12), align 4, !tbaa !2
  store float 2.500000e+00, ptr getelementptr inbounds (i8, ptr @g1, i32 72), align 4, !tbaa !6
  tail call void @llvm.memcpy.p0.p0.i32(ptr noundef nonnull align 4 dereferenceable(96) @g2, ptr noundef nonnull align 4 dereferenceable(96) @g1, i32 96, i1 false), !tbaa.struct !8
  call void @llvm.lifetime.start.p0(i64 6, ptr nonnull %cbuf.sroa.0)
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 16 dereferenceable(6) %cbuf.sroa.0, i8 120, i32 6, i1 false)
  %cbuf.sroa.0.1.sroa_idx = getelementptr inbounds i8, ptr %cbuf.sroa.0, i32 1
  call void @llvm.memmove.p0.p0.i32(ptr noundef nonnull align 1 dereferenceable(5) %cbuf.sroa.0.1.sroa_idx, ptr noundef nonnull align 16 dereferenceable(5) %cbuf.sroa.0, i32 5, i1 false)
  %0 = load i32, ptr getelementptr inbounds (i8, ptr @g2, i32 12), align 4, !tbaa !2
  %add = add nsw i32 %0, %other.sroa.3.0.copyload
  %1 = load float, ptr getelementptr inbounds (i8, ptr @g2, i32 72), align 4, !tbaa !6
  %conv = fptosi float %1 to i32
  %add11 = add nsw i32 %add, %conv
  %cbuf.sroa.0.3.sroa_idx = getelementptr inbounds i8, ptr %cbuf.sroa.0, i32 3
  %cbuf.sroa.0.3.cbuf.sroa.0.3.cbuf.sroa.0.3.cbuf.sroa.0.3.cbuf.sroa.0.3. = load i8, ptr %cbuf.sroa.0.3.sroa_idx, align 1, !tbaa !9
  %conv13 = sext i8 %cbuf.sroa.0.3.cbuf.sroa.0.3.cbuf.sroa.0.3.cbuf.sroa.0.3.cbuf.sroa.0.3. to i32
  %add14 = add nsw i32 %add11, %conv13
  tail call void @sb3_out_int(i32 noundef %add14) #6
  call void @llvm.lifetime.end.p0(i64 6, ptr nonnull %cbuf.sroa.0)
  call void @llvm.lifetime.end.p0(i64 128, ptr nonnull %arr) #5
  ret i32 0

for.body:                                         ; preds = %entry, %for.body
  %i.022 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %mul = mul nuw nsw i32 %i.022, %i.022
  %arrayidx = getelementptr inbounds [32 x i32], ptr %arr, i32 0, i32 %i.022
  store i32 %mul, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.022, 1
  %exitcond.not = icmp eq i32 %inc, 32
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !10
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #3

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memmove.p0.p0.i32(ptr nocapture writeonly, ptr nocapture readonly, i32, i1 immarg) #3

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #4

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #3 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: readwrite) }
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
!6 = !{!7, !7, i64 0}
!7 = !{!"float", !4, i64 0}
!8 = !{i64 0, i64 64, !9, i64 64, i64 32, !9}
!9 = !{!4, !4, i64 0}
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
