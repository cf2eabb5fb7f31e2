; ModuleID = 'tests/c/hash_fnv1a.c'
source_filename = "tests/c/hash_fnv1a.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.1 = private unnamed_addr constant [2 x i8] c"a\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"foobar\00", align 1
@.str.3 = private unnamed_addr constant [8 x i8] c"Scratch\00", align 1
@.str.4 = private unnamed_addr constant [13 x i8] c"hello, world\00", align 1
@.str.5 = private unnamed_addr constant [20 x i8] c"The quick brown fox\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"llm2sb3\00", align 1
@.str.7 = private unnamed_addr constant [4 x i8] c"\FF\80\01\00", align 1
@words = hidden local_unnamed_addr global [8 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6, ptr @.str.7], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none)
define hidden i32 @fnv1a(ptr nocapture noundef readonly %s) local_unnamed_addr #0 {
entry:
  %0 = load i8, ptr %s, align 1, !tbaa !2
  %tobool.not4 = icmp eq i8 %0, 0
  br i1 %tobool.not4, label %while.end, label %while.body

while.body:                                       ; preds = %entry, %while.body
  %1 = phi i8 [ %2, %while.body ], [ %0, %entry ]
  %h.06 = phi i32 [ %mul, %while.body ], [ -2128831035, %entry ]
  %s.addr.05 = phi ptr [ %incdec.ptr, %while.body ], [ %s, %entry ]
  %incdec.ptr = getelementptr inbounds i8, ptr %s.addr.05, i32 1
  %conv = zext i8 %1 to i32
  %xor = xor i32 %h.06, %conv
  %mul = mul i32 %xor, 16777619
  %2 = load i8, ptr %incdec.ptr, align 1, !tbaa !2
  %tobool.not = icmp eq i8 %2, 0
  br i1 %tobool.not, label %while.end, label %while.body, !llvm.loop !5

while.end:                                        ; preds = %while.body, %entry
  %h.0.lcssa = phi i32 [ -2128831035, %entry ], [ %mul, %while.body ]
  ret i32 %h.0.lcssa
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.015 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [8 x ptr], ptr @words, i32 0, i32 %i.015
  %0 = load ptr, ptr %arrayidx, align 4, !tbaa !8
  %call = tail call i32 @fnv1a(ptr noundef %0) #3
  tail call void @sb3_out_int(i32 noundef %call) #4
  %inc = add nuw nsw i32 %i.015, 1
  %exitcond.not = icmp eq i32 %inc, 8
  br i1 %exitcond.not, label %for.body4, label %for.body, !llvm.loop !10

for.cond.cleanup3:                                ; preds = %for.inc6
  ret i32 0

for.body4:                                        ; preds = %for.body, %for.inc6
  %b.017 = phi i32 [ %inc7, %for.inc6 ], [ 0, %for.body ]
  %h.016 = phi i32 [ %mul, %for.inc6 ], [ -2128831035, %for.body ]
  %xor = xor i32 %b.017, %h.016
  %mul = mul i32 %xor, 16777619
  %and = and i32 %b.017, 31
  %cmp5 = icmp eq i32 %and, 31
  br i1 %cmp5, label %if.then, label %for.inc6

if.then:                                          ; preds = %for.body4
  tail call void @sb3_out_int(i32 noundef %mul) #4
  br label %for.inc6

for.inc6:                                         ; preds = %for.body4, %if.then
  %inc7 = add nuw nsw i32 %b.017, 1
  %exitcond18.not = icmp eq i32 %inc7, 256
  br i1 %exitcond18.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !11
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin "no-builtins" }
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
!8 = !{!9, !9, i64 0}
!9 = !{!"any pointer", !3, i64 0}
!10 = distinct !{!10, !6, !7}
!11 = distinct !{!11, !6, !7}
