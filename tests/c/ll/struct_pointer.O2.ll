; ModuleID = 'tests/c/struct_pointer.c'
source_filename = "tests/c/struct_pointer.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Node = type { i32, ptr }
%struct.List = type { ptr, i32, i16, i16 }

@pool = internal global [40 x %struct.Node] zeroinitializer, align 16
@used = internal unnamed_addr global i32 0, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none)
define hidden void @push(ptr nocapture noundef %l, i32 noundef %v) local_unnamed_addr #0 {
entry:
  %0 = load i32, ptr @used, align 4, !tbaa !2
  %inc = add nsw i32 %0, 1
  store i32 %inc, ptr @used, align 4, !tbaa !2
  %arrayidx = getelementptr inbounds [40 x %struct.Node], ptr @pool, i32 0, i32 %0
  store i32 %v, ptr %arrayidx, align 8, !tbaa !6
  %1 = load ptr, ptr %l, align 4, !tbaa !9
  %next = getelementptr inbounds i8, ptr %arrayidx, i32 4
  store ptr %1, ptr %next, align 4, !tbaa !12
  store ptr %arrayidx, ptr %l, align 4, !tbaa !9
  %count = getelementptr inbounds i8, ptr %l, i32 4
  %2 = load i32, ptr %count, align 4, !tbaa !13
  %inc2 = add nsw i32 %2, 1
  store i32 %inc2, ptr %count, align 4, !tbaa !13
  %cmp = icmp eq i32 %2, 0
  br i1 %cmp, label %if.end.thread33, label %lor.lhs.false

if.end.thread33:                                  ; preds = %entry
  %conv634 = trunc i32 %v to i16
  %min735 = getelementptr inbounds i8, ptr %l, i32 8
  store i16 %conv634, ptr %min735, align 4, !tbaa !14
  br label %if.then15

lor.lhs.false:                                    ; preds = %entry
  %min = getelementptr inbounds i8, ptr %l, i32 8
  %3 = load i16, ptr %min, align 4, !tbaa !14
  %conv = sext i16 %3 to i32
  %cmp4 = icmp sgt i32 %conv, %v
  br i1 %cmp4, label %if.end, label %lor.lhs.false11

if.end:                                           ; preds = %lor.lhs.false
  %conv6 = trunc i32 %v to i16
  %min7 = getelementptr inbounds i8, ptr %l, i32 8
  store i16 %conv6, ptr %min7, align 4, !tbaa !14
  br label %lor.lhs.false11

lor.lhs.false11:                                  ; preds = %lor.lhs.false, %if.end
  %max = getelementptr inbounds i8, ptr %l, i32 10
  %4 = load i16, ptr %max, align 2, !tbaa !15
  %conv12 = sext i16 %4 to i32
  %cmp13 = icmp slt i32 %conv12, %v
  br i1 %cmp13, label %if.then15, label %if.end18

if.then15:                                        ; preds = %if.end.thread33, %lor.lhs.false11
  %conv16 = trunc i32 %v to i16
  %max17 = getelementptr inbounds i8, ptr %l, i32 10
  store i16 %conv16, ptr %max17, align 2, !tbaa !15
  br label %if.end18

if.end18:                                         ; preds = %if.then15, %lor.lhs.false11
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define hidden void @reverse(ptr nocapture noundef %l) local_unnamed_addr #2 {
entry:
  %0 = load ptr, ptr %l, align 4, !tbaa !9
  %tobool.not8 = icmp eq ptr %0, null
  br i1 %tobool.not8, label %while.end, label %while.body

while.body:                                       ; preds = %entry, %while.body
  %prev.010 = phi ptr [ %cur.09, %while.body ], [ null, %entry ]
  %cur.09 = phi ptr [ %1, %while.body ], [ %0, %entry ]
  %next = getelementptr inbounds i8, ptr %cur.09, i32 4
  %1 = load ptr, ptr %next, align 4, !tbaa !12
  store ptr %prev.010, ptr %next, align 4, !tbaa !12
  %tobool.not = icmp eq ptr %1, null
  br i1 %tobool.not, label %while.end, label %while.body, !llvm.loop !16

while.end:                                        ; preds = %while.body, %entry
  %prev.0.lcssa = phi ptr [ null, %entry ], [ %cur.09, %while.body ]
  store ptr %prev.0.lcssa, ptr %l, align 4, !tbaa !9
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define hidden i32 @remove_if_even(ptr nocapture noundef %l) local_unnamed_addr #2 {
entry:
  %0 = load ptr, ptr %l, align 4, !tbaa !19
  %tobool.not8 = icmp eq ptr %0, null
  br i1 %tobool.not8, label %while.end, label %while.body.lr.ph

while.body.lr.ph:                                 ; preds = %entry
  %count = getelementptr inbounds i8, ptr %l, i32 4
  br label %while.body

while.body:                                       ; preds = %while.body.lr.ph, %if.end
  %1 = phi ptr [ %0, %while.body.lr.ph ], [ %3, %if.end ]
  %removed.010 = phi i32 [ 0, %while.body.lr.ph ], [ %removed.1, %if.end ]
  %pp.09 = phi ptr [ %l, %while.body.lr.ph ], [ %pp.1, %if.end ]
  %2 = load i32, ptr %1, align 4, !tbaa !6
  %and = and i32 %2, 1
  %cmp = icmp eq i32 %and, 0
  %next = getelementptr inbounds i8, ptr %1, i32 4
  %3 = load ptr, ptr %next, align 4, !tbaa !19
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %while.body
  store ptr %3, ptr %pp.09, align 4, !tbaa !19
  %4 = load i32, ptr %count, align 4, !tbaa !13
  %dec = add nsw i32 %4, -1
  store i32 %dec, ptr %count, align 4, !tbaa !13
  %inc = add nsw i32 %removed.010, 1
  br label %if.end

if.end:                                           ; preds = %while.body, %if.then
  %pp.1 = phi ptr [ %pp.09, %if.then ], [ %next, %while.body ]
  %removed.1 = phi i32 [ %inc, %if.then ], [ %removed.010, %while.body ]
  %tobool.not = icmp eq ptr %3, null
  br i1 %tobool.not, label %while.end, label %while.body, !llvm.loop !20

while.end:                                        ; preds = %if.end, %entry
  %removed.0.lcssa = phi i32 [ 0, %entry ], [ %removed.1, %if.end ]
  ret i32 %removed.0.lcssa
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #3 {
entry:
  %l = alloca %struct.List, align 4
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %l) #6
  call void @llvm.memset.p0.i32(ptr noundef nonnull align 4 dereferenceable(12) %l, i8 0, i32 12, i1 false)
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body
  %n.04.i = load ptr, ptr %l, align 4, !tbaa !19
  %tobool.not5.i = icmp eq ptr %n.04.i, null
  br i1 %tobool.not5.i, label %print.exit, label %for.body.i

for.body.i:                                       ; preds = %for.cond.cleanup, %for.body.i
  %n.06.i = phi ptr [ %n.0.i, %for.body.i ], [ %n.04.i, %for.cond.cleanup ]
  %0 = load i32, ptr %n.06.i, align 4, !tbaa !6
  tail call void @sb3_out_int(i32 noundef %0) #7
  %next.i = getelementptr inbounds i8, ptr %n.06.i, i32 4
  %n.0.i = load ptr, ptr %next.i, align 4, !tbaa !19
  %tobool.not.i = icmp eq ptr %n.0.i, null
  br i1 %tobool.not.i, label %print.exit, label %for.body.i, !llvm.loop !21

print.exit:                                       ; preds = %for.body.i, %for.cond.cleanup
  %count.i = getelementptr inbounds i8, ptr %l, i32 4
  %1 = load i32, ptr %count.i, align 4, !tbaa !13
  tail call void @sb3_out_int(i32 noundef %1) #7
  %min = getelementptr inbounds i8, ptr %l, i32 8
  %2 = load i16, ptr %min, align 4, !tbaa !14
  %conv = sext i16 %2 to i32
  tail call void @sb3_out_int(i32 noundef %conv) #7
  %max = getelementptr inbounds i8, ptr %l, i32 10
  %3 = load i16, ptr %max, align 2, !tbaa !15
  %conv1 = sext i16 %3 to i32
  tail call void @sb3_out_int(i32 noundef %conv1) #7
  call void @reverse(ptr noundef nonnull %l) #8
  %n.04.i5 = load ptr, ptr %l, align 4, !tbaa !19
  %tobool.not5.i6 = icmp eq ptr %n.04.i5, null
  br i1 %tobool.not5.i6, label %print.exit13, label %for.body.i7

for.body.i7:                                      ; preds = %print.exit, %for.body.i7
  %n.06.i8 = phi ptr [ %n.0.i10, %for.body.i7 ], [ %n.04.i5, %print.exit ]
  %4 = load i32, ptr %n.06.i8, align 4, !tbaa !6
  tail call void @sb3_out_int(i32 noundef %4) #7
  %next.i9 = getelementptr inbounds i8, ptr %n.06.i8, i32 4
  %n.0.i10 = load ptr, ptr %next.i9, align 4, !tbaa !19
  %tobool.not.i11 = icmp eq ptr %n.0.i10, null
  br i1 %tobool.not.i11, label %print.exit13, label %for.body.i7, !llvm.loop !21

print.exit13:                                     ; preds = %for.body.i7, %print.exit
  %5 = load i32, ptr %count.i, align 4, !tbaa !13
  tail call void @sb3_out_int(i32 noundef %5) #7
  %call = call i32 @remove_if_even(ptr noundef nonnull %l) #8
  tail call void @sb3_out_int(i32 noundef %call) #7
  %n.04.i14 = load ptr, ptr %l, align 4, !tbaa !19
  %tobool.not5.i15 = icmp eq ptr %n.04.i14, null
  br i1 %tobool.not5.i15, label %print.exit22, label %for.body.i16

for.body.i16:                                     ; preds = %print.exit13, %for.body.i16
  %n.06.i17 = phi ptr [ %n.0.i19, %for.body.i16 ], [ %n.04.i14, %print.exit13 ]
  %6 = load i32, ptr %n.06.i17, align 4, !tbaa !6
  tail call void @sb3_out_int(i32 noundef %6) #7
  %next.i18 = getelementptr inbounds i8, ptr %n.06.i17, i32 4
  %n.0.i19 = load ptr, ptr %next.i18, align 4, !tbaa !19
  %tobool.not.i20 = icmp eq ptr %n.0.i19, null
  br i1 %tobool.not.i20, label %print.exit22, label %for.body.i16, !llvm.loop !21

print.exit22:                                     ; preds = %for.body.i16, %print.exit13
  %7 = load i32, ptr %count.i, align 4, !tbaa !13
  tail call void @sb3_out_int(i32 noundef %7) #7
  %next = getelementptr inbounds i8, ptr %n.04.i14, i32 4
  %8 = load ptr, ptr %next, align 4, !tbaa !12
  %next2 = getelementptr inbounds i8, ptr %8, i32 4
  %9 = load ptr, ptr %next2, align 4, !tbaa !12
  %10 = load i32, ptr %9, align 4, !tbaa !6
  tail call void @sb3_out_int(i32 noundef %10) #7
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %l) #6
  ret i32 0

for.body:                                         ; preds = %entry, %for.body
  %i.023 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %mul = mul nuw nsw i32 %i.023, 7919
  %rem = urem i32 %mul, 101
  %sub = add nsw i32 %rem, -50
  call void @push(ptr noundef nonnull %l, i32 noundef %sub) #8
  %inc = add nuw nsw i32 %i.023, 1
  %exitcond.not = icmp eq i32 %inc, 15
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !22
}

; Function Attrs: mustprogress nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #4

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #5

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { mustprogress nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #5 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #6 = { nounwind }
attributes #7 = { nobuiltin nounwind "no-builtins" }
attributes #8 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!7, !3, i64 0}
!7 = !{!"Node", !3, i64 0, !8, i64 4}
!8 = !{!"any pointer", !4, i64 0}
!9 = !{!10, !8, i64 0}
!10 = !{!"", !8, i64 0, !3, i64 4, !11, i64 8, !11, i64 10}
!11 = !{!"short", !4, i64 0}
!12 = !{!7, !8, i64 4}
!13 = !{!10, !3, i64 4}
!14 = !{!10, !11, i64 8}
!15 = !{!10, !11, i64 10}
!16 = distinct !{!16, !17, !18}
!17 = !{!"llvm.loop.mustprogress"}
!18 = !{!"llvm.loop.unroll.disable"}
!19 = !{!8, !8, i64 0}
!20 = distinct !{!20, !17, !18}
!21 = distinct !{!21, !17, !18}
!22 = distinct !{!22, !17, !18}
