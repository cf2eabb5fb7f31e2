; ModuleID = 'tests/c/select_ternary.c'
source_filename = "tests/c/select_ternary.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@vs = hidden local_unnamed_addr global [10 x i32] [i32 -100, i32 -1, i32 0, i32 1, i32 5, i32 42, i32 99, i32 1000, i32 -2147483647, i32 2147483647], align 16
@ds = hidden local_unnamed_addr global [6 x double] [double -2.500000e+00, double -5.000000e-01, double 0.000000e+00, double 2.500000e-01, double 1.000000e+00, double 7.500000e+00], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @clamp(i32 noundef %v, i32 noundef %lo, i32 noundef %hi) local_unnamed_addr #0 {
entry:
  %cmp = icmp slt i32 %v, %lo
  %cond = tail call i32 @llvm.smin.i32(i32 %v, i32 %hi)
  %cond5 = select i1 %cmp, i32 %lo, i32 %cond
  ret i32 %cond5
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 -1, 2) i32 @sign(i32 noundef %v) local_unnamed_addr #0 {
entry:
  %v.lobit.neg = ashr i32 %v, 31
  %isnotnull = icmp ne i32 %v, 0
  %isnotnull.zext = zext i1 %isnotnull to i32
  %sub = or i32 %v.lobit.neg, %isnotnull.zext
  ret i32 %sub
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 -1, 5) i32 @bucket(i32 noundef %v) local_unnamed_addr #0 {
entry:
  %cmp = icmp slt i32 %v, 0
  br i1 %cmp, label %cond.end16, label %cond.false

cond.false:                                       ; preds = %entry
  %cmp1 = icmp eq i32 %v, 0
  br i1 %cmp1, label %cond.end16, label %cond.false3

cond.false3:                                      ; preds = %cond.false
  %cmp4 = icmp ult i32 %v, 10
  br i1 %cmp4, label %cond.end16, label %cond.false6

cond.false6:                                      ; preds = %cond.false3
  %cmp7 = icmp ult i32 %v, 100
  br i1 %cmp7, label %cond.end16, label %cond.false9

cond.false9:                                      ; preds = %cond.false6
  %cmp10 = icmp ult i32 %v, 1000
  %cond = select i1 %cmp10, i32 3, i32 4
  br label %cond.end16

cond.end16:                                       ; preds = %cond.false, %cond.false9, %cond.false6, %cond.false3, %entry
  %cond17 = phi i32 [ -1, %entry ], [ 0, %cond.false ], [ 1, %cond.false3 ], [ %cond, %cond.false9 ], [ 2, %cond.false6 ]
  ret i32 %cond17
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden noundef double @dsel(double noundef %x) local_unnamed_addr #0 {
entry:
  %cmp = fcmp olt double %x, 0.000000e+00
  br i1 %cmp, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %mul = fmul double %x, -2.000000e+00
  br label %cond.end5

cond.false:                                       ; preds = %entry
  %cmp1 = fcmp ogt double %x, 1.000000e+00
  br i1 %cmp1, label %cond.true2, label %cond.false3

cond.true2:                                       ; preds = %cond.false
  %sub = fadd double %x, -1.000000e+00
  br label %cond.end5

cond.false3:                                      ; preds = %cond.false
  %mul4 = fmul double %x, %x
  br label %cond.end5

cond.end5:                                        ; preds = %cond.true2, %cond.false3, %cond.true
  %cond6 = phi double [ %mul, %cond.true ], [ %sub, %cond.true2 ], [ %mul4, %cond.false3 ]
  ret double %cond6
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.066 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [10 x i32], ptr @vs, i32 0, i32 %i.066
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %call = tail call i32 @clamp(i32 noundef %0, i32 noundef -5, i32 noundef 50) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %call1 = tail call i32 @sign(i32 noundef %0) #4
  tail call void @sb3_out_int(i32 noundef %call1) #5
  %call2 = tail call i32 @bucket(i32 noundef %0) #4
  tail call void @sb3_out_int(i32 noundef %call2) #5
  %and = and i32 %0, 1
  %tobool.not = icmp eq i32 %and, 0
  %div.neg = ashr exact i32 %0, 1
  %div = sub nsw i32 0, %div.neg
  %cond = select i1 %tobool.not, i32 %div, i32 %0
  tail call void @sb3_out_int(i32 noundef %cond) #5
  %cmp3 = icmp ugt i32 %0, 100
  %cond4 = select i1 %cmp3, i32 1, i32 2
  tail call void @sb3_out_int(i32 noundef %cond4) #5
  %inc = add nuw nsw i32 %i.066, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %for.body9, label %for.body, !llvm.loop !6

for.cond.cleanup8:                                ; preds = %for.body9
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @vs, i32 16), align 16, !tbaa !2
  %2 = load i32, ptr getelementptr inbounds (i8, ptr @vs, i32 12), align 4, !tbaa !2
  %cmp15 = icmp sgt i32 %1, %2
  %spec.select = select i1 %cmp15, i32 103, i32 3
  %spec.select65 = select i1 %cmp15, i32 9, i32 109
  tail call void @sb3_out_int(i32 noundef %spec.select) #5
  tail call void @sb3_out_int(i32 noundef %spec.select65) #5
  br label %for.body24

for.body9:                                        ; preds = %for.body, %for.body9
  %i5.067 = phi i32 [ %inc13, %for.body9 ], [ 0, %for.body ]
  %arrayidx10 = getelementptr inbounds [6 x double], ptr @ds, i32 0, i32 %i5.067
  %3 = load double, ptr %arrayidx10, align 8, !tbaa !9
  %call11 = tail call double @dsel(double noundef %3) #4
  tail call void @sb3_out_double(double noundef %call11) #5
  %inc13 = add nuw nsw i32 %i5.067, 1
  %exitcond72.not = icmp eq i32 %inc13, 6
  br i1 %exitcond72.not, label %for.cond.cleanup8, label %for.body9, !llvm.loop !11

for.cond.cleanup23:                               ; preds = %for.body24
  %mul = mul nuw nsw i32 %add28, 100
  %add43 = add nuw nsw i32 %mul, %add31
  tail call void @sb3_out_int(i32 noundef %add43) #5
  tail call void @sb3_out_int(i32 noundef %.big.0) #5
  ret i32 0

for.body24:                                       ; preds = %for.cond.cleanup8, %for.body24
  %i20.071 = phi i32 [ 0, %for.cond.cleanup8 ], [ %inc41, %for.body24 ]
  %big.070 = phi i32 [ 0, %for.cond.cleanup8 ], [ %.big.0, %for.body24 ]
  %neg.069 = phi i32 [ 0, %for.cond.cleanup8 ], [ %add31, %for.body24 ]
  %pos.068 = phi i32 [ 0, %for.cond.cleanup8 ], [ %add28, %for.body24 ]
  %arrayidx25 = getelementptr inbounds [10 x i32], ptr @vs, i32 0, i32 %i20.071
  %4 = load i32, ptr %arrayidx25, align 4, !tbaa !2
  %cmp26 = icmp sgt i32 %4, 0
  %cond27 = zext i1 %cmp26 to i32
  %add28 = add nuw nsw i32 %pos.068, %cond27
  %.lobit = lshr i32 %4, 31
  %add31 = add nuw nsw i32 %.lobit, %neg.069
  %.big.0 = tail call i32 @llvm.smax.i32(i32 %4, i32 %big.070)
  %inc41 = add nuw nsw i32 %i20.071, 1
  %exitcond73.not = icmp eq i32 %inc41, 10
  br i1 %exitcond73.not, label %for.cond.cleanup23, label %for.body24, !llvm.loop !12
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!9 = !{!10, !10, i64 0}
!10 = !{!"double", !4, i64 0}
!11 = distinct !{!11, !7, !8}
!12 = distinct !{!12, !7, !8}
