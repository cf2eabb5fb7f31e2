; ModuleID = 'tests/c/switch_fallthrough.c'
source_filename = "tests/c/switch_fallthrough.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@arr = hidden global [11 x i32] [i32 1, i32 2, i32 4, i32 8, i32 16, i32 32, i32 64, i32 128, i32 256, i32 512, i32 1024], align 16
@switch.table.fall = private unnamed_addr constant [7 x i32] [i32 1111, i32 1110, i32 1100, i32 1100, i32 1000, i32 110000, i32 100000], align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 1000, 110001) i32 @fall(i32 noundef %x) local_unnamed_addr #0 {
entry:
  %switch.tableidx = add i32 %x, -1
  %0 = icmp ult i32 %switch.tableidx, 7
  br i1 %0, label %switch.lookup, label %sw.epilog

switch.lookup:                                    ; preds = %entry
  %switch.gep = getelementptr inbounds [7 x i32], ptr @switch.table.fall, i32 0, i32 %switch.tableidx
  %switch.load = load i32, ptr %switch.gep, align 4
  br label %sw.epilog

sw.epilog:                                        ; preds = %entry, %switch.lookup
  %r.4 = phi i32 [ %switch.load, %switch.lookup ], [ 1100, %entry ]
  ret i32 %r.4
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none)
define hidden i32 @duff_sum(ptr nocapture noundef readonly %p, i32 noundef %count) local_unnamed_addr #1 {
entry:
  %cmp = icmp eq i32 %count, 0
  br i1 %cmp, label %cleanup, label %if.end

if.end:                                           ; preds = %entry
  %add = add nsw i32 %count, 3
  %div = sdiv i32 %add, 4
  %rem = srem i32 %count, 4
  switch i32 %rem, label %cleanup [
    i32 0, label %do.body
    i32 3, label %sw.bb2
    i32 2, label %sw.bb5
    i32 1, label %sw.bb8
  ]

do.body:                                          ; preds = %if.end, %sw.bb8
  %p.addr.0 = phi ptr [ %incdec.ptr9, %sw.bb8 ], [ %p, %if.end ]
  %s.0 = phi i32 [ %add10, %sw.bb8 ], [ %rem, %if.end ]
  %n.0 = phi i32 [ %dec, %sw.bb8 ], [ %div, %if.end ]
  %incdec.ptr = getelementptr inbounds i8, ptr %p.addr.0, i32 4
  %0 = load i32, ptr %p.addr.0, align 4, !tbaa !2
  %add1 = add nsw i32 %0, %s.0
  br label %sw.bb2

sw.bb2:                                           ; preds = %if.end, %do.body
  %p.addr.1 = phi ptr [ %incdec.ptr, %do.body ], [ %p, %if.end ]
  %s.1 = phi i32 [ %add1, %do.body ], [ 0, %if.end ]
  %n.1 = phi i32 [ %n.0, %do.body ], [ %div, %if.end ]
  %incdec.ptr3 = getelementptr inbounds i8, ptr %p.addr.1, i32 4
  %1 = load i32, ptr %p.addr.1, align 4, !tbaa !2
  %add4 = add nsw i32 %1, %s.1
  br label %sw.bb5

sw.bb5:                                           ; preds = %if.end, %sw.bb2
  %p.addr.2 = phi ptr [ %incdec.ptr3, %sw.bb2 ], [ %p, %if.end ]
  %s.2 = phi i32 [ %add4, %sw.bb2 ], [ 0, %if.end ]
  %n.2 = phi i32 [ %n.1, %sw.bb2 ], [ %div, %if.end ]
  %incdec.ptr6 = getelementptr inbounds i8, ptr %p.addr.2, i32 4
  %2 = load i32, ptr %p.addr.2, align 4, !tbaa !2
  %add7 = add nsw i32 %2, %s.2
  br label %sw.bb8

sw.bb8:                                           ; preds = %if.end, %sw.bb5
  %p.addr.3 = phi ptr [ %p, %if.end ], [ %incdec.ptr6, %sw.bb5 ]
  %s.3 = phi i32 [ 0, %if.end ], [ %add7, %sw.bb5 ]
  %n.3 = phi i32 [ %div, %if.end ], [ %n.2, %sw.bb5 ]
  %incdec.ptr9 = getelementptr inbounds i8, ptr %p.addr.3, i32 4
  %3 = load i32, ptr %p.addr.3, align 4, !tbaa !2
  %add10 = add nsw i32 %3, %s.3
  %dec = add nsw i32 %n.3, -1
  %cmp11 = icmp sgt i32 %n.3, 1
  br i1 %cmp11, label %do.body, label %cleanup, !llvm.loop !6

cleanup:                                          ; preds = %if.end, %sw.bb8, %entry
  %retval.0 = phi i32 [ 0, %entry ], [ 0, %if.end ], [ %add10, %sw.bb8 ]
  ret i32 %retval.0
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %x.013 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %call = tail call i32 @fall(i32 noundef %x.013) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %inc = add nuw nsw i32 %x.013, 1
  %exitcond.not = icmp eq i32 %inc, 9
  br i1 %exitcond.not, label %for.body4, label %for.body, !llvm.loop !9

for.cond.cleanup3:                                ; preds = %for.body4
  ret i32 0

for.body4:                                        ; preds = %for.body, %for.body4
  %c.014 = phi i32 [ %inc7, %for.body4 ], [ 0, %for.body ]
  %call5 = tail call i32 @duff_sum(ptr noundef nonnull @arr, i32 noundef %c.014) #4
  tail call void @sb3_out_int(i32 noundef %call5) #5
  %inc7 = add nuw nsw i32 %c.014, 1
  %exitcond15.not = icmp eq i32 %inc7, 12
  br i1 %exitcond15.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !10
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
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
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = distinct !{!6, !7, !8}
!7 = !{!"llvm.loop.mustprogress"}
!8 = !{!"llvm.loop.unroll.disable"}
!9 = distinct !{!9, !7, !8}
!10 = distinct !{!10, !7, !8}
