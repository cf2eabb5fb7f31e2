; ModuleID = 'tests/c/int_mul_large.c'
source_filename = "tests/c/int_mul_large.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@xs = hidden local_unnamed_addr global [10 x i32] [i32 -1, i32 -15, i32 -1640531527, i32 -2048144789, i32 -1028477387, i32 2147483647, i32 -2147483647, i32 -1294967296, i32 46341, i32 -5], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden noundef i32 @main() #0 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %i.054 = phi i32 [ 0, %entry ], [ %inc7, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %i.054
  br label %for.body4

for.cond.cleanup3:                                ; preds = %for.body4
  %inc7 = add nuw nsw i32 %i.054, 1
  %exitcond58.not = icmp eq i32 %inc7, 10
  br i1 %exitcond58.not, label %for.body12, label %for.cond1.preheader, !llvm.loop !2

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %j.053 = phi i32 [ %i.054, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !5
  %arrayidx5 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %j.053
  %1 = load i32, ptr %arrayidx5, align 4, !tbaa !5
  %mul = mul i32 %1, %0
  tail call void @sb3_out_int(i32 noundef %mul) #2
  %inc = add nuw nsw i32 %j.053, 1
  %exitcond.not = icmp eq i32 %inc, 10
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9

for.cond.cleanup11:                               ; preds = %for.inc15
  tail call void @sb3_out_int(i32 noundef %add) #2
  br label %for.body22

for.body12:                                       ; preds = %for.cond.cleanup3, %for.inc15
  %k.056 = phi i32 [ %inc16, %for.inc15 ], [ 0, %for.cond.cleanup3 ]
  %x.055 = phi i32 [ %add, %for.inc15 ], [ 12345, %for.cond.cleanup3 ]
  %mul13 = mul i32 %x.055, 1664525
  %add = add i32 %mul13, 1013904223
  %rem.lhs.trunc = trunc nuw i32 %k.056 to i8
  %rem52 = urem i8 %rem.lhs.trunc, 10
  %cmp14 = icmp eq i8 %rem52, 0
  br i1 %cmp14, label %if.then, label %for.inc15

if.then:                                          ; preds = %for.body12
  tail call void @sb3_out_int(i32 noundef %add) #2
  br label %for.inc15

for.inc15:                                        ; preds = %for.body12, %if.then
  %inc16 = add nuw nsw i32 %k.056, 1
  %exitcond59.not = icmp eq i32 %inc16, 200
  br i1 %exitcond59.not, label %for.cond.cleanup11, label %for.body12, !llvm.loop !10

for.cond.cleanup21:                               ; preds = %for.body22
  ret i32 0

for.body22:                                       ; preds = %for.cond.cleanup11, %for.body22
  %i18.057 = phi i32 [ 0, %for.cond.cleanup11 ], [ %inc31, %for.body22 ]
  %arrayidx23 = getelementptr inbounds [10 x i32], ptr @xs, i32 0, i32 %i18.057
  %2 = load i32, ptr %arrayidx23, align 4, !tbaa !5
  %shr = lshr i32 %2, 16
  %xor = xor i32 %shr, %2
  %mul24 = mul i32 %xor, -2048144789
  %shr25 = lshr i32 %mul24, 13
  %xor26 = xor i32 %shr25, %mul24
  %mul27 = mul i32 %xor26, -1028477387
  %shr28 = lshr i32 %mul27, 16
  %xor29 = xor i32 %shr28, %mul27
  tail call void @sb3_out_int(i32 noundef %xor29) #2
  %inc31 = add nuw nsw i32 %i18.057, 1
  %exitcond60.not = icmp eq i32 %inc31, 10
  br i1 %exitcond60.not, label %for.cond.cleanup21, label %for.body22, !llvm.loop !11
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #1

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nobuiltin nounwind "no-builtins" }

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
!11 = distinct !{!11, !3, !4}
