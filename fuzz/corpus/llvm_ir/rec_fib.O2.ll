; ModuleID = 'tests/c/rec_fib.c'
source_filename = "tests/c/rec_fib.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline nosync nounwind memory(none)
define hidden i32 @fib(i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp6 = icmp slt i32 %n, 2
  br i1 %cmp6, label %cond.end, label %cond.false

cond.false:                                       ; preds = %entry, %cond.false
  %n.tr8 = phi i32 [ %sub1, %cond.false ], [ %n, %entry ]
  %accumulator.tr7 = phi i32 [ %add, %cond.false ], [ 0, %entry ]
  %sub = add nsw i32 %n.tr8, -1
  %call = tail call i32 @fib(i32 noundef %sub) #4
  %sub1 = add nsw i32 %n.tr8, -2
  %add = add nsw i32 %call, %accumulator.tr7
  %cmp = icmp ult i32 %n.tr8, 4
  br i1 %cmp, label %cond.end, label %cond.false

cond.end:                                         ; preds = %cond.false, %entry
  %accumulator.tr.lcssa = phi i32 [ 0, %entry ], [ %add, %cond.false ]
  %n.tr.lcssa = phi i32 [ %n, %entry ], [ %sub1, %cond.false ]
  %accumulator.ret.tr = add nsw i32 %n.tr.lcssa, %accumulator.tr.lcssa
  ret i32 %accumulator.ret.tr
}

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden i32 @sum_to(i32 noundef %n, i32 noundef %acc) local_unnamed_addr #1 {
entry:
  %cmp4 = icmp eq i32 %n, 0
  br i1 %cmp4, label %return, label %if.end.preheader

if.end.preheader:                                 ; preds = %entry
  %0 = add i32 %n, -1
  %1 = mul i32 %0, %0
  %2 = zext i32 %0 to i33
  %3 = add i32 %n, -2
  %4 = zext i32 %3 to i33
  %5 = mul i33 %2, %4
  %6 = lshr i33 %5, 1
  %7 = trunc nuw i33 %6 to i32
  %8 = add i32 %acc, %n
  %9 = add i32 %8, %1
  %10 = sub i32 %9, %7
  br label %return

return:                                           ; preds = %if.end.preheader, %entry
  %acc.tr.lcssa = phi i32 [ %acc, %entry ], [ %10, %if.end.preheader ]
  ret i32 %acc.tr.lcssa
}

; Function Attrs: nofree noinline nosync nounwind memory(none)
define hidden range(i32 0, 100003) i32 @depth_product(i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp = icmp slt i32 %n, 2
  br i1 %cmp, label %common.ret3, label %if.end

common.ret3:                                      ; preds = %entry, %if.end
  %common.ret3.op = phi i32 [ %rem, %if.end ], [ 1, %entry ]
  ret i32 %common.ret3.op

if.end:                                           ; preds = %entry
  %sub = add nsw i32 %n, -1
  %call = tail call i32 @depth_product(i32 noundef %sub) #4
  %mul = mul nuw nsw i32 %call, 3
  %add = add nuw nsw i32 %mul, %n
  %rem = urem i32 %add, 100003
  br label %common.ret3
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %n.016 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %call = tail call i32 @fib(i32 noundef %n.016) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %inc = add nuw nsw i32 %n.016, 1
  %exitcond.not = icmp eq i32 %inc, 16
  br i1 %exitcond.not, label %for.body5.preheader, label %for.body, !llvm.loop !2

for.body5.preheader:                              ; preds = %for.body
  tail call void @sb3_out_int(i32 noundef 832040) #5
  %call9 = tail call i32 @sum_to(i32 noundef 100, i32 noundef 0) #4
  tail call void @sb3_out_int(i32 noundef %call9) #5
  %call10 = tail call i32 @depth_product(i32 noundef 200) #4
  tail call void @sb3_out_int(i32 noundef %call10) #5
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree noinline nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
