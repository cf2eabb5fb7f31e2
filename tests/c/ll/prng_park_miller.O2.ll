; ModuleID = 'tests/c/prng_park_miller.c'
source_filename = "tests/c/prng_park_miller.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 0, 2147483647) i32 @pm64(i32 noundef %s) local_unnamed_addr #0 {
entry:
  %conv = zext i32 %s to i64
  %mul = mul nuw nsw i64 %conv, 48271
  %rem = urem i64 %mul, 2147483647
  %conv1 = trunc nuw nsw i64 %rem to i32
  ret i32 %conv1
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @pm_schrage(i32 noundef %s) local_unnamed_addr #0 {
entry:
  %div = sdiv i32 %s, 44488
  %0 = mul i32 %s, 48271
  %1 = mul i32 %div, -2147483647
  %sub = add i32 %1, %0
  %cmp = icmp sgt i32 %sub, 0
  %add = add nsw i32 %sub, 2147483647
  %cond = select i1 %cmp, i32 %sub, i32 %add
  ret i32 %cond
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @pm_double(double noundef %s) local_unnamed_addr #0 {
entry:
  %mul = fmul double %s, 4.827100e+04
  %div = fdiv double %mul, 0x41DFFFFFFFC00000
  %0 = tail call double @llvm.floor.f64(double %div)
  %mul1 = fmul double %0, 0x41DFFFFFFFC00000
  %sub = fsub double %mul, %mul1
  ret double %sub
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare double @llvm.floor.f64(double) #2

; Function Attrs: nounwind
define hidden noundef i32 @main() #3 {
entry:
  %hist = alloca [10 x i32], align 16
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.inc
  tail call void @sb3_out_int(i32 noundef %add7) #6
  call void @llvm.lifetime.start.p0(i64 40, ptr nonnull %hist) #7
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 16 dereferenceable(40) %hist, i8 0, i32 40, i1 false)
  br label %for.body16

for.body:                                         ; preds = %entry, %for.inc
  %i.053 = phi i32 [ 0, %entry ], [ %inc, %for.inc ]
  %agree.052 = phi i32 [ 0, %entry ], [ %add7, %for.inc ]
  %c.051 = phi double [ 1.000000e+00, %entry ], [ %call2, %for.inc ]
  %b.050 = phi i32 [ 1, %entry ], [ %call1, %for.inc ]
  %a.049 = phi i32 [ 1, %entry ], [ %call, %for.inc ]
  %call = tail call i32 @pm64(i32 noundef %a.049) #8
  %call1 = tail call i32 @pm_schrage(i32 noundef %b.050) #8
  %call2 = tail call double @pm_double(double noundef %c.051) #8
  %cmp3 = icmp eq i32 %call, %call1
  %conv = zext i1 %cmp3 to i32
  %conv4 = uitofp nneg i32 %call to double
  %cmp5 = fcmp oeq double %call2, %conv4
  %conv6 = zext i1 %cmp5 to i32
  %add = add nuw nsw i32 %agree.052, %conv
  %add7 = add nuw nsw i32 %add, %conv6
  %rem.lhs.trunc = trunc nuw i32 %i.053 to i16
  %rem48 = urem i16 %rem.lhs.trunc, 50
  %cmp8 = icmp eq i16 %rem48, 0
  br i1 %cmp8, label %if.then, label %for.inc

if.then:                                          ; preds = %for.body
  tail call void @sb3_out_int(i32 noundef %call) #6
  %div = fdiv double %conv4, 0x41DFFFFFFFC00000
  tail call void @sb3_out_double(double noundef %div) #6
  br label %for.inc

for.inc:                                          ; preds = %for.body, %if.then
  %inc = add nuw nsw i32 %i.053, 1
  %exitcond.not = icmp eq i32 %inc, 500
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !2

for.body16:                                       ; preds = %for.cond.cleanup, %for.body16
  %i11.055 = phi i32 [ 0, %for.cond.cleanup ], [ %inc23, %for.body16 ]
  %s.054 = phi i32 [ 42, %for.cond.cleanup ], [ %call17, %for.body16 ]
  %call17 = tail call i32 @pm64(i32 noundef %s.054) #8
  %conv18 = uitofp nneg i32 %call17 to double
  %div19 = fdiv double %conv18, 0x41DFFFFFFFC00000
  %mul = fmul double %div19, 1.000000e+01
  %conv20 = fptosi double %mul to i32
  %arrayidx = getelementptr inbounds [10 x i32], ptr %hist, i32 0, i32 %conv20
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %inc21 = add nsw i32 %0, 1
  store i32 %inc21, ptr %arrayidx, align 4, !tbaa !5
  %inc23 = add nuw nsw i32 %i11.055, 1
  %exitcond57.not = icmp eq i32 %inc23, 2000
  br i1 %exitcond57.not, label %for.body30, label %for.body16, !llvm.loop !9

for.cond.cleanup29:                               ; preds = %for.body30
  call void @llvm.lifetime.end.p0(i64 40, ptr nonnull %hist) #7
  ret i32 0

for.body30:                                       ; preds = %for.body16, %for.body30
  %i25.056 = phi i32 [ %inc33, %for.body30 ], [ 0, %for.body16 ]
  %arrayidx31 = getelementptr inbounds [10 x i32], ptr %hist, i32 0, i32 %i25.056
  %1 = load i32, ptr %arrayidx31, align 4, !tbaa !5
  tail call void @sb3_out_int(i32 noundef %1) #6
  %inc33 = add nuw nsw i32 %i25.056, 1
  %exitcond58.not = icmp eq i32 %inc33, 10
  br i1 %exitcond58.not, label %for.cond.cleanup29, label %for.body30, !llvm.loop !10
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #4

declare void @sb3_out_double(double noundef) local_unnamed_addr #4

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #3 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #6 = { nobuiltin nounwind "no-builtins" }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = !{!6, !6, i64 0}
!6 = !{!"int", !7, i64 0}
!7 = !{!"omnipotent char", !8, i64 0}
!8 = !{!"Simple C/C++ TBAA"}
!9 = distinct !{!9, !3, !4}
!10 = distinct !{!10, !3, !4}
