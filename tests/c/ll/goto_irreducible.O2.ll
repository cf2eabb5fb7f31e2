; ModuleID = 'tests/c/goto_irreducible.c'
source_filename = "tests/c/goto_irreducible.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@inputs = hidden local_unnamed_addr global [6 x i32] [i32 0, i32 1, i32 2, i32 3, i32 10, i32 17], align 16
@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [4 x i8] c"   \00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"one\00", align 1
@.str.3 = private unnamed_addr constant [13 x i8] c" two  words \00", align 1
@.str.4 = private unnamed_addr constant [14 x i8] c"a b c d e f g\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(none)
define hidden i32 @two_entries(i32 noundef %start, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %and = and i32 %start, 1
  %tobool.not = icmp eq i32 %and, 0
  br i1 %tobool.not, label %A.preheader, label %B

A.preheader:                                      ; preds = %entry, %B
  %acc.0.ph = phi i32 [ %add8, %B ], [ 0, %entry ]
  %i.0.ph = phi i32 [ %inc9, %B ], [ 0, %entry ]
  br label %A

A:                                                ; preds = %A.preheader, %if.end2
  %acc.0 = phi i32 [ %add, %if.end2 ], [ %acc.0.ph, %A.preheader ]
  %i.0 = phi i32 [ %inc, %if.end2 ], [ %i.0.ph, %A.preheader ]
  %mul = mul nsw i32 %i.0, 3
  %add = add nsw i32 %mul, %acc.0
  %inc = add nsw i32 %i.0, 1
  %cmp.not = icmp slt i32 %inc, %n
  br i1 %cmp.not, label %if.end2, label %out

if.end2:                                          ; preds = %A
  %add3 = add nsw i32 %add, %inc
  %rem = srem i32 %add3, 5
  %cmp4 = icmp eq i32 %rem, 0
  br i1 %cmp4, label %A, label %B

B:                                                ; preds = %if.end2, %entry
  %acc.1 = phi i32 [ 0, %entry ], [ %add, %if.end2 ]
  %i.1 = phi i32 [ 0, %entry ], [ %inc, %if.end2 ]
  %mul7 = mul nsw i32 %i.1, %i.1
  %sub = add i32 %acc.1, -1
  %add8 = add i32 %sub, %mul7
  %inc9 = add nsw i32 %i.1, 1
  %cmp10 = icmp slt i32 %inc9, %n
  br i1 %cmp10, label %A.preheader, label %out

out:                                              ; preds = %A, %B
  %acc.2 = phi i32 [ %add8, %B ], [ %add, %A ]
  %mul13 = mul nsw i32 %acc.2, 10
  %add15 = or disjoint i32 %mul13, %and
  ret i32 %add15
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none)
define hidden i32 @count_words(ptr nocapture noundef readonly %s) local_unnamed_addr #1 {
entry:
  br label %spacethread-pre-split

spacethread-pre-split:                            ; preds = %entry, %if.then2
  %s.addr.0.ph = phi ptr [ %incdec.ptr, %if.then2 ], [ %s, %entry ]
  %words.0.ph = phi i32 [ %words.0, %if.then2 ], [ 0, %entry ]
  %.pr = load i8, ptr %s.addr.0.ph, align 1, !tbaa !2
  br label %space

space:                                            ; preds = %word, %spacethread-pre-split
  %0 = phi i8 [ %.pr, %spacethread-pre-split ], [ %1, %word ]
  %s.addr.0 = phi ptr [ %s.addr.0.ph, %spacethread-pre-split ], [ %incdec.ptr4, %word ]
  %words.0 = phi i32 [ %words.0.ph, %spacethread-pre-split ], [ %inc, %word ]
  switch i8 %0, label %if.end3 [
    i8 0, label %done
    i8 32, label %if.then2
  ]

if.then2:                                         ; preds = %space
  %incdec.ptr = getelementptr inbounds i8, ptr %s.addr.0, i32 1
  br label %spacethread-pre-split

if.end3:                                          ; preds = %space
  %inc = add nsw i32 %words.0, 1
  br label %word

word:                                             ; preds = %word, %if.end3
  %s.addr.1 = phi ptr [ %s.addr.0, %if.end3 ], [ %incdec.ptr4, %word ]
  %incdec.ptr4 = getelementptr inbounds i8, ptr %s.addr.1, i32 1
  %1 = load i8, ptr %incdec.ptr4, align 1, !tbaa !2
  switch i8 %1, label %word [
    i8 0, label %done
    i8 32, label %space
  ]

done:                                             ; preds = %space, %word
  %words.1 = phi i32 [ %inc, %word ], [ %words.0, %space ]
  ret i32 %words.1
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %entry, %for.cond.cleanup3
  %a.024 = phi i32 [ 0, %entry ], [ %inc7, %for.cond.cleanup3 ]
  %arrayidx = getelementptr inbounds [6 x i32], ptr @inputs, i32 0, i32 %a.024
  br label %for.body4

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3
  %call9 = tail call i32 @count_words(ptr noundef nonnull @.str) #4
  tail call void @sb3_out_int(i32 noundef %call9) #5
  %call10 = tail call i32 @count_words(ptr noundef nonnull @.str.1) #4
  tail call void @sb3_out_int(i32 noundef %call10) #5
  %call11 = tail call i32 @count_words(ptr noundef nonnull @.str.2) #4
  tail call void @sb3_out_int(i32 noundef %call11) #5
  %call12 = tail call i32 @count_words(ptr noundef nonnull @.str.3) #4
  tail call void @sb3_out_int(i32 noundef %call12) #5
  %call13 = tail call i32 @count_words(ptr noundef nonnull @.str.4) #4
  tail call void @sb3_out_int(i32 noundef %call13) #5
  tail call void @sb3_out_int(i32 noundef 2470) #5
  ret i32 0

for.cond.cleanup3:                                ; preds = %for.body4
  %inc7 = add nuw nsw i32 %a.024, 1
  %exitcond25.not = icmp eq i32 %inc7, 6
  br i1 %exitcond25.not, label %for.cond.cleanup, label %for.cond1.preheader, !llvm.loop !5

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %b.023 = phi i32 [ 0, %for.cond1.preheader ], [ %inc, %for.body4 ]
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !8
  %arrayidx5 = getelementptr inbounds [6 x i32], ptr @inputs, i32 0, i32 %b.023
  %1 = load i32, ptr %arrayidx5, align 4, !tbaa !8
  %call = tail call i32 @two_entries(i32 noundef %0, i32 noundef %1) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %inc = add nuw nsw i32 %b.023, 1
  %exitcond.not = icmp eq i32 %inc, 6
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !10
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree noinline norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin nounwind "no-builtins" }

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
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !3, i64 0}
!10 = distinct !{!10, !6, !7}
