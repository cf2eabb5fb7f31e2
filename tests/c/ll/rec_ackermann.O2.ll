; ModuleID = 'tests/c/rec_ackermann.c'
source_filename = "tests/c/rec_ackermann.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@calls = internal unnamed_addr global i32 0, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none)
define hidden range(i32 -2147483647, -2147483648) i32 @ack(i32 noundef %m, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %0 = load i32, ptr @calls, align 4, !tbaa !2
  %inc13 = add nsw i32 %0, 1
  store i32 %inc13, ptr @calls, align 4, !tbaa !2
  %cmp14 = icmp eq i32 %m, 0
  br i1 %cmp14, label %if.then, label %if.end

if.then:                                          ; preds = %tailrecurse.backedge, %entry
  %n.tr.lcssa = phi i32 [ %n, %entry ], [ %n.tr.be, %tailrecurse.backedge ]
  %add = add nsw i32 %n.tr.lcssa, 1
  ret i32 %add

if.end:                                           ; preds = %entry, %tailrecurse.backedge
  %1 = phi i32 [ %inc, %tailrecurse.backedge ], [ %inc13, %entry ]
  %n.tr16 = phi i32 [ %n.tr.be, %tailrecurse.backedge ], [ %n, %entry ]
  %m.tr15 = phi i32 [ %m.tr.be, %tailrecurse.backedge ], [ %m, %entry ]
  %cmp1 = icmp eq i32 %n.tr16, 0
  br i1 %cmp1, label %tailrecurse.backedge, label %if.end3

tailrecurse.backedge:                             ; preds = %if.end, %if.end3
  %2 = phi i32 [ %.pre, %if.end3 ], [ %1, %if.end ]
  %n.tr.be = phi i32 [ %call6, %if.end3 ], [ 1, %if.end ]
  %m.tr.be = add nsw i32 %m.tr15, -1
  %inc = add nsw i32 %2, 1
  store i32 %inc, ptr @calls, align 4, !tbaa !2
  %cmp = icmp eq i32 %m.tr.be, 0
  br i1 %cmp, label %if.then, label %if.end

if.end3:                                          ; preds = %if.end
  %sub5 = add nsw i32 %n.tr16, -1
  %call6 = tail call i32 @ack(i32 noundef %m.tr15, i32 noundef %sub5) #4
  %.pre = load i32, ptr @calls, align 4, !tbaa !2
  br label %tailrecurse.backedge
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @gcd(i32 noundef %a, i32 noundef %b) local_unnamed_addr #1 {
entry:
  %tobool.not4 = icmp eq i32 %b, 0
  br i1 %tobool.not4, label %cond.end, label %cond.true

cond.true:                                        ; preds = %entry, %cond.true
  %b.tr6 = phi i32 [ %rem, %cond.true ], [ %b, %entry ]
  %a.tr5 = phi i32 [ %b.tr6, %cond.true ], [ %a, %entry ]
  %rem = urem i32 %a.tr5, %b.tr6
  %tobool.not = icmp eq i32 %rem, 0
  br i1 %tobool.not, label %cond.end, label %cond.true

cond.end:                                         ; preds = %cond.true, %entry
  %a.tr.lcssa = phi i32 [ %a, %entry ], [ %b.tr6, %cond.true ]
  ret i32 %a.tr.lcssa
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %m.017 = phi i32 [ 0, %entry ], [ %inc6, %for.cond.cleanup3 ]
  br label %for.body4

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3
  store i32 0, ptr @calls, align 4, !tbaa !2
  %call8 = tail call i32 @ack(i32 noundef 3, i32 noundef 2) #4
  tail call void @sb3_out_int(i32 noundef %call8) #5
  %0 = load i32, ptr @calls, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %0) #5
  %call9 = tail call i32 @gcd(i32 noundef 1071, i32 noundef 462) #4
  tail call void @sb3_out_int(i32 noundef %call9) #5
  %call10 = tail call i32 @gcd(i32 noundef -1, i32 noundef 65535) #4
  tail call void @sb3_out_int(i32 noundef %call10) #5
  %call11 = tail call i32 @gcd(i32 noundef 832040, i32 noundef 514229) #4
  tail call void @sb3_out_int(i32 noundef %call11) #5
  ret i32 0

for.cond.cleanup3:                                ; preds = %for.body4
  %inc6 = add nuw nsw i32 %m.017, 1
  %exitcond18.not = icmp eq i32 %inc6, 3
  br i1 %exitcond18.not, label %for.cond.cleanup, label %for.cond1.preheader, !llvm.loop !6

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %n.016 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  store i32 0, ptr @calls, align 4, !tbaa !2
  %call = tail call i32 @ack(i32 noundef %m.017, i32 noundef %n.016) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %1 = load i32, ptr @calls, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %1) #5
  %inc = add nuw nsw i32 %n.016, 1
  %exitcond.not = icmp eq i32 %inc, 4
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !9
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree noinline nosync nounwind memory(readwrite, argmem: none, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!9 = distinct !{!9, !7, !8}
