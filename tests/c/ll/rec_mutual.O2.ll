; ModuleID = 'tests/c/rec_mutual.c'
source_filename = "tests/c/rec_mutual.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@p = internal unnamed_addr global ptr null, align 4
@.str = private unnamed_addr constant [6 x i8] c"1+2*3\00", align 1
@.str.1 = private unnamed_addr constant [8 x i8] c"(1+2)*3\00", align 1
@.str.2 = private unnamed_addr constant [8 x i8] c"100/7/2\00", align 1
@.str.3 = private unnamed_addr constant [15 x i8] c"-(4-10)*(2+-3)\00", align 1
@.str.4 = private unnamed_addr constant [26 x i8] c"((((7))))-8*(9-(3*(2+1)))\00", align 1
@.str.5 = private unnamed_addr constant [13 x i8] c"-17/5+-17*-3\00", align 1

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline nosync nounwind memory(none)
define hidden range(i32 0, 2) i32 @is_even(i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp = icmp eq i32 %n, 0
  br i1 %cmp, label %cond.end, label %cond.false

cond.false:                                       ; preds = %entry
  %sub = add i32 %n, -1
  %call = tail call i32 @is_odd(i32 noundef %sub) #4
  br label %cond.end

cond.end:                                         ; preds = %entry, %cond.false
  %cond = phi i32 [ %call, %cond.false ], [ 1, %entry ]
  ret i32 %cond
}

; Function Attrs: nofree noinline nosync nounwind memory(none)
define hidden range(i32 0, 2) i32 @is_odd(i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp = icmp eq i32 %n, 0
  br i1 %cmp, label %cond.end, label %cond.false

cond.false:                                       ; preds = %entry
  %sub = add i32 %n, -1
  %call = tail call i32 @is_even(i32 noundef %sub) #4
  br label %cond.end

cond.end:                                         ; preds = %entry, %cond.false
  %cond = phi i32 [ %call, %cond.false ], [ 0, %entry ]
  ret i32 %cond
}

; Function Attrs: nofree noinline nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none)
define hidden i32 @factor() local_unnamed_addr #1 {
entry:
  %0 = load ptr, ptr @p, align 4, !tbaa !2
  %1 = load i8, ptr %0, align 1, !tbaa !6
  switch i8 %1, label %while.cond.preheader [
    i8 40, label %if.then
    i8 45, label %if.then6
  ]

while.cond.preheader:                             ; preds = %entry
  %2 = add i8 %1, -48
  %or.cond22 = icmp ult i8 %2, 10
  br i1 %or.cond22, label %while.body, label %common.ret25

if.then:                                          ; preds = %entry
  %incdec.ptr = getelementptr inbounds i8, ptr %0, i32 1
  store ptr %incdec.ptr, ptr @p, align 4, !tbaa !2
  %call = tail call i32 @expr() #4
  %3 = load ptr, ptr @p, align 4, !tbaa !2
  %incdec.ptr2 = getelementptr inbounds i8, ptr %3, i32 1
  store ptr %incdec.ptr2, ptr @p, align 4, !tbaa !2
  br label %common.ret25

while.cond.common.ret.loopexit_crit_edge:         ; preds = %while.body
  store ptr %incdec.ptr17, ptr @p, align 4, !tbaa !2
  br label %common.ret25

common.ret25:                                     ; preds = %if.then, %while.cond.common.ret.loopexit_crit_edge, %while.cond.preheader, %if.then6
  %common.ret25.op = phi i32 [ %sub, %if.then6 ], [ %call, %if.then ], [ %add, %while.cond.common.ret.loopexit_crit_edge ], [ 0, %while.cond.preheader ]
  ret i32 %common.ret25.op

if.then6:                                         ; preds = %entry
  %incdec.ptr7 = getelementptr inbounds i8, ptr %0, i32 1
  store ptr %incdec.ptr7, ptr @p, align 4, !tbaa !2
  %call8 = tail call i32 @factor() #4
  %sub = sub nsw i32 0, %call8
  br label %common.ret25

while.body:                                       ; preds = %while.cond.preheader, %while.body
  %4 = phi i8 [ %5, %while.body ], [ %1, %while.cond.preheader ]
  %v10.024 = phi i32 [ %add, %while.body ], [ 0, %while.cond.preheader ]
  %incdec.ptr172123 = phi ptr [ %incdec.ptr17, %while.body ], [ %0, %while.cond.preheader ]
  %mul = mul nsw i32 %v10.024, 10
  %incdec.ptr17 = getelementptr inbounds i8, ptr %incdec.ptr172123, i32 1
  %conv18 = zext nneg i8 %4 to i32
  %sub19 = add i32 %mul, -48
  %add = add i32 %sub19, %conv18
  %5 = load i8, ptr %incdec.ptr17, align 1, !tbaa !6
  %6 = add i8 %5, -48
  %or.cond = icmp ult i8 %6, 10
  br i1 %or.cond, label %while.body, label %while.cond.common.ret.loopexit_crit_edge, !llvm.loop !7
}

; Function Attrs: nofree noinline nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none)
define hidden i32 @expr() local_unnamed_addr #1 {
entry:
  %call = tail call i32 @term() #4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %v.0 = phi i32 [ %call, %entry ], [ %cond, %while.body ]
  %0 = load ptr, ptr @p, align 4, !tbaa !2
  %1 = load i8, ptr %0, align 1, !tbaa !6
  switch i8 %1, label %while.end [
    i8 43, label %while.body
    i8 45, label %while.body
  ]

while.body:                                       ; preds = %while.cond, %while.cond
  %incdec.ptr = getelementptr inbounds i8, ptr %0, i32 1
  store ptr %incdec.ptr, ptr @p, align 4, !tbaa !2
  %call5 = tail call i32 @term() #4
  %cmp7 = icmp eq i8 %1, 43
  %2 = sub i32 0, %call5
  %cond.p = select i1 %cmp7, i32 %call5, i32 %2
  %cond = add i32 %cond.p, %v.0
  br label %while.cond, !llvm.loop !10

while.end:                                        ; preds = %while.cond
  ret i32 %v.0
}

; Function Attrs: nofree noinline nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none)
define hidden i32 @term() local_unnamed_addr #1 {
entry:
  %call = tail call i32 @factor() #4
  br label %while.cond

while.cond:                                       ; preds = %while.cond.backedge, %entry
  %v.0 = phi i32 [ %call, %entry ], [ %v.0.be, %while.cond.backedge ]
  %0 = load ptr, ptr @p, align 4, !tbaa !2
  %1 = load i8, ptr %0, align 1, !tbaa !6
  switch i8 %1, label %while.end [
    i8 42, label %while.body
    i8 47, label %while.body
  ]

while.body:                                       ; preds = %while.cond, %while.cond
  %incdec.ptr = getelementptr inbounds i8, ptr %0, i32 1
  store ptr %incdec.ptr, ptr @p, align 4, !tbaa !2
  %call5 = tail call i32 @factor() #4
  %cmp7 = icmp eq i8 %1, 42
  br i1 %cmp7, label %cond.true, label %cond.false

cond.true:                                        ; preds = %while.body
  %mul = mul nsw i32 %call5, %v.0
  br label %while.cond.backedge

cond.false:                                       ; preds = %while.body
  %div = sdiv i32 %v.0, %call5
  br label %while.cond.backedge

while.cond.backedge:                              ; preds = %cond.false, %cond.true
  %v.0.be = phi i32 [ %mul, %cond.true ], [ %div, %cond.false ]
  br label %while.cond, !llvm.loop !11

while.end:                                        ; preds = %while.cond
  ret i32 %v.0
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  %call2 = tail call i32 @is_even(i32 noundef 501) #4
  tail call void @sb3_out_int(i32 noundef %call2) #5
  store ptr @.str, ptr @p, align 4, !tbaa !2
  %call.i = tail call i32 @expr() #4
  tail call void @sb3_out_int(i32 noundef %call.i) #5
  store ptr @.str.1, ptr @p, align 4, !tbaa !2
  %call.i12 = tail call i32 @expr() #4
  tail call void @sb3_out_int(i32 noundef %call.i12) #5
  store ptr @.str.2, ptr @p, align 4, !tbaa !2
  %call.i13 = tail call i32 @expr() #4
  tail call void @sb3_out_int(i32 noundef %call.i13) #5
  store ptr @.str.3, ptr @p, align 4, !tbaa !2
  %call.i14 = tail call i32 @expr() #4
  tail call void @sb3_out_int(i32 noundef %call.i14) #5
  store ptr @.str.4, ptr @p, align 4, !tbaa !2
  %call.i15 = tail call i32 @expr() #4
  tail call void @sb3_out_int(i32 noundef %call.i15) #5
  store ptr @.str.5, ptr @p, align 4, !tbaa !2
  %call.i16 = tail call i32 @expr() #4
  tail call void @sb3_out_int(i32 noundef %call.i16) #5
  ret i32 0

for.body:                                         ; preds = %entry, %for.body
  %n.017 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %call = tail call i32 @is_even(i32 noundef %n.017) #4
  %mul = mul nuw nsw i32 %call, 10
  %call1 = tail call i32 @is_odd(i32 noundef %n.017) #4
  %add = or disjoint i32 %mul, %call1
  tail call void @sb3_out_int(i32 noundef %add) #5
  %inc = add nuw nsw i32 %n.017, 1
  %exitcond.not = icmp eq i32 %inc, 12
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !12
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree noinline nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree noinline nosync nounwind memory(readwrite, argmem: read, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"any pointer", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!4, !4, i64 0}
!7 = distinct !{!7, !8, !9}
!8 = !{!"llvm.loop.mustprogress"}
!9 = !{!"llvm.loop.unroll.disable"}
!10 = distinct !{!10, !8, !9}
!11 = distinct !{!11, !8, !9}
!12 = distinct !{!12, !8, !9}
