; ModuleID = 'recursion.c'
source_filename = "recursion.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree nosync nounwind memory(none)
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

; Function Attrs: nofree nosync nounwind memory(none)
define hidden range(i32 -2147483647, -2147483648) i32 @ack(i32 noundef %m, i32 noundef %n) local_unnamed_addr #0 {
entry:
  %cmp13 = icmp eq i32 %m, 0
  br i1 %cmp13, label %if.then, label %if.end

if.then:                                          ; preds = %tailrecurse.backedge, %entry
  %n.tr.lcssa = phi i32 [ %n, %entry ], [ %n.tr.be, %tailrecurse.backedge ]
  %add = add nsw i32 %n.tr.lcssa, 1
  ret i32 %add

if.end:                                           ; preds = %entry, %tailrecurse.backedge
  %n.tr15 = phi i32 [ %n.tr.be, %tailrecurse.backedge ], [ %n, %entry ]
  %m.tr14 = phi i32 [ %m.tr.be, %tailrecurse.backedge ], [ %m, %entry ]
  %cmp1 = icmp eq i32 %n.tr15, 0
  br i1 %cmp1, label %tailrecurse.backedge, label %if.end3

tailrecurse.backedge:                             ; preds = %if.end, %if.end3
  %n.tr.be = phi i32 [ %call6, %if.end3 ], [ 1, %if.end ]
  %m.tr.be = add nsw i32 %m.tr14, -1
  %cmp = icmp eq i32 %m.tr.be, 0
  br i1 %cmp, label %if.then, label %if.end

if.end3:                                          ; preds = %if.end
  %sub5 = add nsw i32 %n.tr15, -1
  %call6 = tail call i32 @ack(i32 noundef %m.tr14, i32 noundef %sub5) #4
  br label %tailrecurse.backedge
}

; Function Attrs: nofree norecurse nosync nounwind memory(none)
define hidden i64 @fact(i32 noundef %n) local_unnamed_addr #1 {
entry:
  %cmp3 = icmp slt i32 %n, 2
  br i1 %cmp3, label %cond.end, label %cond.false.preheader

cond.false.preheader:                             ; preds = %entry
  %0 = zext nneg i32 %n to i64
  br label %cond.false

cond.false:                                       ; preds = %cond.false.preheader, %cond.false
  %indvars.iv = phi i64 [ %0, %cond.false.preheader ], [ %indvars.iv.next, %cond.false ]
  %accumulator.tr4 = phi i64 [ 1, %cond.false.preheader ], [ %mul, %cond.false ]
  %indvars.iv.next = add nsw i64 %indvars.iv, -1
  %mul = mul nuw nsw i64 %accumulator.tr4, %indvars.iv
  %cmp = icmp ult i64 %indvars.iv, 3
  br i1 %cmp, label %cond.end, label %cond.false

cond.end:                                         ; preds = %cond.false, %entry
  %accumulator.tr.lcssa = phi i64 [ 1, %entry ], [ %mul, %cond.false ]
  ret i64 %accumulator.tr.lcssa
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #2 {
entry:
  %call = tail call i32 @fib(i32 noundef 15) #4
  tail call void @sb3_out_int(i32 noundef %call) #5
  %call1 = tail call i32 @ack(i32 noundef 2, i32 noundef 3) #4
  tail call void @sb3_out_int(i32 noundef %call1) #5
  tail call void @sb3_out_int(i32 noundef 1) #5
  tail call void @sb3_out_int(i32 noundef 3628800) #5
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

attributes #0 = { nofree nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree norecurse nosync nounwind memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nobuiltin "no-builtins" }
attributes #5 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
