; ModuleID = 'tests/c/struct_bitfields.c'
source_filename = "tests/c/struct_bitfields.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Packed = type { i32, i8 }

@table = hidden global [4 x %struct.Packed] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite)
define hidden void @bump(ptr nocapture noundef %p, i32 noundef %k) local_unnamed_addr #0 {
entry:
  %bf.load = load i32, ptr %p, align 4
  %add = add i32 %bf.load, %k
  %bf.value = and i32 %add, 7
  %bf.shl = shl i32 %bf.load, 24
  %bf.ashr = ashr i32 %bf.shl, 27
  %mul.neg = mul i32 %k, -3
  %sub = add i32 %bf.ashr, %mul.neg
  %cmp = icmp sgt i32 %sub, -16
  %0 = shl i32 %sub, 3
  %1 = and i32 %0, 248
  %cond = select i1 %cmp, i32 %1, i32 120
  %add1769 = mul i32 %k, 256000
  %bf.lshr70 = add i32 %bf.load, %add1769
  %bf.shl20 = and i32 %bf.lshr70, 1048320
  %2 = and i32 %k, 1
  %tobool.not = icmp eq i32 %2, 0
  %3 = xor i32 %k, 2048
  %sub26 = sub nsw i32 2047, %k
  %cond28 = select i1 %tobool.not, i32 %sub26, i32 %3
  %bf.value30 = shl i32 %cond28, 20
  %bf.set22 = or disjoint i32 %bf.value, %bf.value30
  %bf.set13 = or disjoint i32 %bf.set22, %bf.shl20
  %bf.set33 = or disjoint i32 %bf.set13, %cond
  store i32 %bf.set33, ptr %p, align 4
  %e = getelementptr inbounds i8, ptr %p, i32 4
  %bf.load36 = load i8, ptr %e, align 4
  %bf.clear37 = and i8 %bf.load36, 1
  %4 = trunc i32 %k to i8
  %bf.value4971 = mul i8 %4, 74
  %bf.load36.masked = and i8 %bf.load36, -2
  %bf.shl50 = xor i8 %bf.load36.masked, %bf.value4971
  %5 = or disjoint i8 %bf.shl50, %bf.clear37
  %bf.set52 = xor i8 %5, 1
  store i8 %bf.set52, ptr %e, align 4
  ret void
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.0105 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %arrayidx = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %i.0105
  %.neg = mul nuw nsw i32 %i.0105, 248
  %bf.shl = and i32 %.neg, 248
  %bf.shl9 = mul nuw nsw i32 %i.0105, 284416
  %0 = or disjoint i32 %bf.shl, %bf.shl9
  %bf.value16 = mul nsw i32 %i.0105, -104857600
  %1 = add nuw nsw i32 %0, %bf.value16
  %bf.set19 = add nuw nsw i32 %1, %i.0105
  store i32 %bf.set19, ptr %arrayidx, align 8
  %e = getelementptr inbounds i8, ptr %arrayidx, i32 4
  %2 = trunc nuw i32 %i.0105 to i8
  %3 = and i8 %2, 1
  %bf.shl31 = mul nuw i8 %2, 80
  %bf.set33 = or disjoint i8 %3, %bf.shl31
  store i8 %bf.set33, ptr %e, align 4
  %inc = add nuw nsw i32 %i.0105, 1
  %exitcond.not = icmp eq i32 %inc, 4
  br i1 %exitcond.not, label %for.cond40.preheader, label %for.body, !llvm.loop !2

for.cond40.preheader:                             ; preds = %for.body, %for.cond.cleanup42
  %round.0107 = phi i32 [ %inc49, %for.cond.cleanup42 ], [ 1, %for.body ]
  br label %for.body43

for.cond.cleanup42:                               ; preds = %for.body43
  %inc49 = add nuw nsw i32 %round.0107, 1
  %exitcond110.not = icmp eq i32 %inc49, 6
  br i1 %exitcond110.not, label %for.body55, label %for.cond40.preheader, !llvm.loop !5

for.body43:                                       ; preds = %for.cond40.preheader, %for.body43
  %i39.0106 = phi i32 [ 0, %for.cond40.preheader ], [ %inc46, %for.body43 ]
  %arrayidx44 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %i39.0106
  %add = add nuw nsw i32 %i39.0106, %round.0107
  tail call void @bump(ptr noundef nonnull %arrayidx44, i32 noundef %add) #3
  %inc46 = add nuw nsw i32 %i39.0106, 1
  %exitcond109.not = icmp eq i32 %inc46, 4
  br i1 %exitcond109.not, label %for.cond.cleanup42, label %for.body43, !llvm.loop !6

for.cond.cleanup54:                               ; preds = %for.body55
  ret i32 0

for.body55:                                       ; preds = %for.cond.cleanup42, %for.body55
  %i51.0108 = phi i32 [ %inc78, %for.body55 ], [ 0, %for.cond.cleanup42 ]
  %arrayidx56 = getelementptr inbounds [4 x %struct.Packed], ptr @table, i32 0, i32 %i51.0108
  %bf.load57 = load i32, ptr %arrayidx56, align 8
  %bf.clear58 = and i32 %bf.load57, 7
  tail call void @sb3_out_int(i32 noundef %bf.clear58) #4
  %bf.load60 = load i32, ptr %arrayidx56, align 8
  %bf.shl61 = shl i32 %bf.load60, 24
  %bf.ashr = ashr i32 %bf.shl61, 27
  tail call void @sb3_out_int(i32 noundef %bf.ashr) #4
  %bf.load63 = load i32, ptr %arrayidx56, align 8
  %bf.lshr = lshr i32 %bf.load63, 8
  %bf.clear64 = and i32 %bf.lshr, 4095
  tail call void @sb3_out_int(i32 noundef %bf.clear64) #4
  %bf.load66 = load i32, ptr %arrayidx56, align 8
  %bf.ashr67 = ashr i32 %bf.load66, 20
  tail call void @sb3_out_int(i32 noundef %bf.ashr67) #4
  %e69 = getelementptr inbounds i8, ptr %arrayidx56, i32 4
  %bf.load70 = load i8, ptr %e69, align 4
  %bf.clear71 = and i8 %bf.load70, 1
  %bf.cast = zext nneg i8 %bf.clear71 to i32
  tail call void @sb3_out_int(i32 noundef %bf.cast) #4
  %bf.load74 = load i8, ptr %e69, align 4
  %bf.lshr75 = lshr i8 %bf.load74, 1
  %bf.cast76 = zext nneg i8 %bf.lshr75 to i32
  tail call void @sb3_out_int(i32 noundef %bf.cast76) #4
  %inc78 = add nuw nsw i32 %i51.0108, 1
  %exitcond111.not = icmp eq i32 %inc78, 4
  br i1 %exitcond111.not, label %for.cond.cleanup54, label %for.body55, !llvm.loop !7
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin "no-builtins" }
attributes #4 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3, !4}
!3 = !{!"llvm.loop.mustprogress"}
!4 = !{!"llvm.loop.unroll.disable"}
!5 = distinct !{!5, !3, !4}
!6 = distinct !{!6, !3, !4}
!7 = distinct !{!7, !3, !4}
