; ModuleID = 'tests/c/func_args.c'
source_filename = "tests/c/func_args.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@next_id.id = internal unnamed_addr global i32 40, align 4
@pair = hidden global [2 x i32] [i32 -3, i32 11], align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read)
define hidden double @mix(i8 noundef signext %a, i16 noundef signext %b, i32 noundef %c, i64 noundef %d, double noundef %e, ptr nocapture noundef readonly %p, i1 noundef zeroext %f, i8 noundef zeroext %g, i16 noundef zeroext %h) local_unnamed_addr #0 {
entry:
  %conv = sext i8 %a to i32
  %conv1 = sext i16 %b to i32
  %mul = shl nsw i32 %conv1, 1
  %add = add nsw i32 %mul, %conv
  %mul2 = mul nsw i32 %c, 3
  %add3 = add nsw i32 %add, %mul2
  %conv4 = sitofp i32 %add3 to double
  %conv5 = sitofp i64 %d to double
  %mul6 = fmul double %conv5, 4.000000e+00
  %add7 = fadd double %mul6, %conv4
  %mul8 = fmul double %e, 5.000000e+00
  %add9 = fadd double %mul8, %add7
  %0 = load i32, ptr %p, align 4, !tbaa !2
  %mul10 = mul nsw i32 %0, 6
  %conv11 = sitofp i32 %mul10 to double
  %add12 = fadd double %add9, %conv11
  %arrayidx13 = getelementptr inbounds i8, ptr %p, i32 4
  %1 = load i32, ptr %arrayidx13, align 4, !tbaa !2
  %mul14 = mul nsw i32 %1, 7
  %conv15 = sitofp i32 %mul14 to double
  %add16 = fadd double %add12, %conv15
  %conv19 = uitofp i8 %g to double
  %conv22 = uitofp i16 %h to double
  %2 = fneg double %conv22
  %cond.p = select i1 %f, double %conv19, double %2
  %cond = fadd double %cond.p, %add16
  ret double %cond
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef signext i8 @ret8(i32 noundef %x) local_unnamed_addr #2 {
entry:
  %0 = trunc i32 %x to i8
  %conv = mul i8 %0, 3
  ret i8 %conv
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef zeroext i16 @retu16(i32 noundef %x) local_unnamed_addr #2 {
entry:
  %0 = trunc i32 %x to i16
  %conv = mul i16 %0, 1000
  ret i16 %conv
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef zeroext i1 @retbool(i32 noundef %x) local_unnamed_addr #2 {
entry:
  %rem = srem i32 %x, 3
  %cmp = icmp eq i32 %rem, 1
  ret i1 %cmp
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i64 -8589934592000000000, 8589934588000000001) i64 @ret64(i32 noundef %x) local_unnamed_addr #2 {
entry:
  %conv = sext i32 %x to i64
  %mul = mul nsw i64 %conv, 4000000000
  ret i64 %mul
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none)
define hidden i32 @next_id() local_unnamed_addr #3 {
entry:
  %0 = load i32, ptr @next_id.id, align 4, !tbaa !2
  %inc = add nsw i32 %0, 1
  store i32 %inc, ptr @next_id.id, align 4, !tbaa !2
  ret i32 %0
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write)
define hidden void @divmod(i32 noundef %a, i32 noundef %b, ptr nocapture noundef writeonly %q, ptr nocapture noundef writeonly %r) local_unnamed_addr #4 {
entry:
  %div = sdiv i32 %a, %b
  store i32 %div, ptr %q, align 4, !tbaa !2
  %0 = mul i32 %div, %b
  %rem.decomposed = sub i32 %a, %0
  store i32 %rem.decomposed, ptr %r, align 4, !tbaa !2
  ret void
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @sum10(i32 noundef %a0, i32 noundef %a1, i32 noundef %a2, i32 noundef %a3, i32 noundef %a4, i32 noundef %a5, i32 noundef %a6, i32 noundef %a7, i32 noundef %a8, i32 noundef %a9) local_unnamed_addr #2 {
entry:
  %sub = sub i32 %a0, %a1
  %mul = shl nsw i32 %a2, 1
  %add = add nsw i32 %sub, %mul
  %mul1.neg = mul i32 %a3, -3
  %sub2 = add i32 %add, %mul1.neg
  %mul3 = mul nsw i32 %a4, 5
  %add4 = add nsw i32 %sub2, %mul3
  %mul5.neg = mul i32 %a5, -7
  %sub6 = add i32 %add4, %mul5.neg
  %mul7 = mul nsw i32 %a6, 11
  %add8 = add nsw i32 %sub6, %mul7
  %mul9.neg = mul i32 %a7, -13
  %sub10 = add i32 %add8, %mul9.neg
  %mul11 = mul nsw i32 %a8, 17
  %add12 = add nsw i32 %sub10, %mul11
  %mul13.neg = mul i32 %a9, -19
  %sub14 = add i32 %add12, %mul13.neg
  ret i32 %sub14
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #5 {
entry:
  %q = alloca i32, align 4
  %r = alloca i32, align 4
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %indvars.iv = phi i64 [ -2, %entry ], [ %indvars.iv.next, %for.body ]
  %0 = trunc i64 %indvars.iv to i32
  %1 = mul i32 %0, 50
  %conv = trunc i32 %1 to i8
  %2 = trunc nsw i64 %indvars.iv to i32
  %3 = trunc i64 %indvars.iv to i16
  %conv2 = mul i16 %3, -3000
  %mul5 = shl nsw i64 %indvars.iv, 40
  %conv6 = sitofp i32 %2 to double
  %mul7 = fmul double %conv6, 3.750000e-01
  %and = and i32 %2, 1
  %tobool = icmp ne i32 %and, 0
  %4 = trunc i64 %indvars.iv to i8
  %conv8 = add i8 %4, -56
  %conv10 = add i16 %3, -5536
  %5 = trunc i64 %indvars.iv to i32
  %6 = mul i32 %5, 100000
  %call = tail call double @mix(i8 noundef signext %conv, i16 noundef signext %conv2, i32 noundef %6, i64 noundef %mul5, double noundef %mul7, ptr noundef nonnull @pair, i1 noundef zeroext %tobool, i8 noundef zeroext %conv8, i16 noundef zeroext %conv10) #7
  tail call void @sb3_out_double(double noundef %call) #8
  %call12 = tail call signext i8 @ret8(i32 noundef %1) #7
  %conv13 = sext i8 %call12 to i32
  tail call void @sb3_out_int(i32 noundef %conv13) #8
  %7 = trunc i64 %indvars.iv to i32
  %8 = mul i32 %7, 70
  %call15 = tail call zeroext i16 @retu16(i32 noundef %8) #7
  %conv16 = zext i16 %call15 to i32
  tail call void @sb3_out_int(i32 noundef %conv16) #8
  %9 = trunc i64 %indvars.iv to i32
  %10 = add i32 %9, 10
  %call18 = tail call zeroext i1 @retbool(i32 noundef %10) #7
  %conv19 = zext i1 %call18 to i32
  tail call void @sb3_out_int(i32 noundef %conv19) #8
  %call20 = tail call i64 @ret64(i32 noundef %2) #7
  %conv21 = sitofp i64 %call20 to double
  tail call void @sb3_out_double(double noundef %conv21) #8
  %indvars.iv.next = add nsw i64 %indvars.iv, 1
  %exitcond.not = icmp eq i64 %indvars.iv.next, 3
  br i1 %exitcond.not, label %for.body27, label %for.body, !llvm.loop !6

for.cond.cleanup26:                               ; preds = %for.body27
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %q) #9
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %r) #9
  call void @divmod(i32 noundef -47, i32 noundef 5, ptr noundef nonnull %q, ptr noundef nonnull %r) #7
  %11 = load i32, ptr %q, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %11) #8
  %12 = load i32, ptr %r, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %12) #8
  call void @divmod(i32 noundef 47, i32 noundef -5, ptr noundef nonnull %q, ptr noundef nonnull %r) #7
  %13 = load i32, ptr %q, align 4, !tbaa !2
  %mul32 = mul nsw i32 %13, 100
  %14 = load i32, ptr %r, align 4, !tbaa !2
  %add33 = add nsw i32 %mul32, %14
  tail call void @sb3_out_int(i32 noundef %add33) #8
  %call34 = tail call i32 @sum10(i32 noundef 1, i32 noundef 2, i32 noundef 3, i32 noundef 4, i32 noundef 5, i32 noundef 6, i32 noundef 7, i32 noundef 8, i32 noundef 9, i32 noundef 10) #7
  tail call void @sb3_out_int(i32 noundef %call34) #8
  %15 = load i32, ptr @pair, align 4, !tbaa !2
  %16 = load i32, ptr getelementptr inbounds (i8, ptr @pair, i32 4), align 4, !tbaa !2
  %call35 = tail call i32 @sum10(i32 noundef %15, i32 noundef %16, i32 noundef %13, i32 noundef %14, i32 noundef -1, i32 noundef -2, i32 noundef -3, i32 noundef -4, i32 noundef -5, i32 noundef -6) #7
  tail call void @sb3_out_int(i32 noundef %call35) #8
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %r) #9
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %q) #9
  ret i32 0

for.body27:                                       ; preds = %for.body, %for.body27
  %i22.051 = phi i32 [ %inc30, %for.body27 ], [ 0, %for.body ]
  %call28 = tail call i32 @next_id() #7
  tail call void @sb3_out_int(i32 noundef %call28) #8
  %inc30 = add nuw nsw i32 %i22.051, 1
  %exitcond56.not = icmp eq i32 %inc30, 4
  br i1 %exitcond56.not, label %for.cond.cleanup26, label %for.body27, !llvm.loop !9
}

declare void @sb3_out_double(double noundef) local_unnamed_addr #6

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #6

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, argmem: none, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: write) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #6 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #7 = { nobuiltin "no-builtins" }
attributes #8 = { nobuiltin nounwind "no-builtins" }
attributes #9 = { nounwind }

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
