; ModuleID = 'tests/c/sort_insertion.c'
source_filename = "tests/c/sort_insertion.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@ds = hidden local_unnamed_addr global [10 x double] [double 3.250000e+00, double -1.500000e+00, double 1.000000e-03, double 1.000000e+02, double -1.000000e+02, double 1.000000e-01, double 1.250000e-01, double 2.000000e+00, double -1.000000e-03, double 7.750000e+00], align 16
@.str = private unnamed_addr constant [5 x i8] c"pear\00", align 1
@.str.1 = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.2 = private unnamed_addr constant [4 x i8] c"fig\00", align 1
@.str.3 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.4 = private unnamed_addr constant [7 x i8] c"cherry\00", align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"date\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"apricot\00", align 1
@names = hidden local_unnamed_addr global [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@xs = hidden global [25 x i32] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: read)
define hidden i32 @bsearch_int(ptr nocapture noundef readonly %a, i32 noundef %n, i32 noundef %key) local_unnamed_addr #0 {
entry:
  %cmp.not27 = icmp slt i32 %n, 1
  br i1 %cmp.not27, label %cleanup11, label %while.body.preheader

while.body.preheader:                             ; preds = %entry
  %sub = add nsw i32 %n, -1
  br label %while.body

while.body:                                       ; preds = %while.body.preheader, %cleanup
  %hi.029 = phi i32 [ %hi.1, %cleanup ], [ %sub, %while.body.preheader ]
  %lo.028 = phi i32 [ %lo.1, %cleanup ], [ 0, %while.body.preheader ]
  %sub1 = sub nsw i32 %hi.029, %lo.028
  %div = sdiv i32 %sub1, 2
  %add = add nsw i32 %div, %lo.028
  %arrayidx = getelementptr inbounds i32, ptr %a, i32 %add
  %0 = load i32, ptr %arrayidx, align 4, !tbaa !2
  %cmp2.not = icmp eq i32 %0, %key
  br i1 %cmp2.not, label %cleanup11, label %cleanup

cleanup:                                          ; preds = %while.body
  %cmp4 = icmp slt i32 %0, %key
  %add6 = add nsw i32 %add, 1
  %sub7 = add nsw i32 %add, -1
  %lo.1 = select i1 %cmp4, i32 %add6, i32 %lo.028
  %hi.1 = select i1 %cmp4, i32 %hi.029, i32 %sub7
  %cmp.not = icmp sgt i32 %lo.1, %hi.1
  br i1 %cmp.not, label %while.end.loopexit, label %while.body

while.end.loopexit:                               ; preds = %cleanup
  %1 = xor i32 %lo.1, -1
  br label %cleanup11

cleanup11:                                        ; preds = %while.body, %entry, %while.end.loopexit
  %retval.2 = phi i32 [ -1, %entry ], [ %1, %while.end.loopexit ], [ %add, %while.body ]
  ret i32 %retval.2
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.0151 = phi i32 [ 0, %entry ], [ %inc, %for.body ]
  %mul = mul nuw nsw i32 %i.0151, 7919
  %add = add nuw nsw i32 %mul, 13
  %rem = urem i32 %add, 97
  %sub = add nsw i32 %rem, -40
  %arrayidx = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %i.0151
  store i32 %sub, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.0151, 1
  %exitcond.not = icmp eq i32 %inc, 25
  br i1 %exitcond.not, label %for.body5, label %for.body, !llvm.loop !6

for.body5:                                        ; preds = %for.body, %while.end
  %i1.0155 = phi i32 [ %inc17, %while.end ], [ 1, %for.body ]
  %arrayidx6 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %i1.0155
  %0 = load i32, ptr %arrayidx6, align 4, !tbaa !2
  br label %land.rhs

land.rhs:                                         ; preds = %for.body5, %while.body
  %j.0.in153 = phi i32 [ %i1.0155, %for.body5 ], [ %j.0154, %while.body ]
  %j.0154 = add nsw i32 %j.0.in153, -1
  %arrayidx9 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %j.0154
  %1 = load i32, ptr %arrayidx9, align 4, !tbaa !2
  %cmp10 = icmp sgt i32 %1, %0
  br i1 %cmp10, label %while.body, label %while.end

while.body:                                       ; preds = %land.rhs
  %arrayidx13 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %j.0.in153
  store i32 %1, ptr %arrayidx13, align 4, !tbaa !2
  %cmp8 = icmp sgt i32 %j.0.in153, 1
  br i1 %cmp8, label %land.rhs, label %while.end, !llvm.loop !9

while.end:                                        ; preds = %while.body, %land.rhs
  %j.0.in.lcssa = phi i32 [ 0, %while.body ], [ %j.0.in153, %land.rhs ]
  %arrayidx15 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %j.0.in.lcssa
  store i32 %0, ptr %arrayidx15, align 4, !tbaa !2
  %inc17 = add nuw nsw i32 %i1.0155, 1
  %exitcond168.not = icmp eq i32 %inc17, 25
  br i1 %exitcond168.not, label %for.body23, label %for.body5, !llvm.loop !10

for.body23:                                       ; preds = %while.end, %for.body23
  %i19.0156 = phi i32 [ %inc26, %for.body23 ], [ 0, %while.end ]
  %arrayidx24 = getelementptr inbounds [25 x i32], ptr @xs, i32 0, i32 %i19.0156
  %2 = load i32, ptr %arrayidx24, align 4, !tbaa !2
  tail call void @sb3_out_int(i32 noundef %2) #3
  %inc26 = add nuw nsw i32 %i19.0156, 1
  %exitcond169.not = icmp eq i32 %inc26, 25
  br i1 %exitcond169.not, label %for.body32, label %for.body23, !llvm.loop !11

for.body32:                                       ; preds = %for.body23, %while.end48
  %i28.0160 = phi i32 [ %inc52, %while.end48 ], [ 1, %for.body23 ]
  %arrayidx34 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %i28.0160
  %3 = load double, ptr %arrayidx34, align 8, !tbaa !12
  br label %land.rhs39

land.rhs39:                                       ; preds = %for.body32, %while.body43
  %j35.0.in158 = phi i32 [ %i28.0160, %for.body32 ], [ %j35.0159, %while.body43 ]
  %j35.0159 = add nsw i32 %j35.0.in158, -1
  %arrayidx40 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %j35.0159
  %4 = load double, ptr %arrayidx40, align 8, !tbaa !12
  %cmp41 = fcmp ogt double %4, %3
  br i1 %cmp41, label %while.body43, label %while.end48

while.body43:                                     ; preds = %land.rhs39
  %arrayidx46 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %j35.0.in158
  store double %4, ptr %arrayidx46, align 8, !tbaa !12
  %cmp38 = icmp sgt i32 %j35.0.in158, 1
  br i1 %cmp38, label %land.rhs39, label %while.end48, !llvm.loop !14

while.end48:                                      ; preds = %while.body43, %land.rhs39
  %j35.0.in.lcssa = phi i32 [ 0, %while.body43 ], [ %j35.0.in158, %land.rhs39 ]
  %arrayidx50 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %j35.0.in.lcssa
  store double %3, ptr %arrayidx50, align 8, !tbaa !12
  %inc52 = add nuw nsw i32 %i28.0160, 1
  %exitcond170.not = icmp eq i32 %inc52, 10
  br i1 %exitcond170.not, label %for.body58, label %for.body32, !llvm.loop !15

for.body58:                                       ; preds = %while.end48, %for.body58
  %i54.0161 = phi i32 [ %inc61, %for.body58 ], [ 0, %while.end48 ]
  %arrayidx59 = getelementptr inbounds [10 x double], ptr @ds, i32 0, i32 %i54.0161
  %5 = load double, ptr %arrayidx59, align 8, !tbaa !12
  tail call void @sb3_out_double(double noundef %5) #3
  %inc61 = add nuw nsw i32 %i54.0161, 1
  %exitcond171.not = icmp eq i32 %inc61, 10
  br i1 %exitcond171.not, label %for.body67, label %for.body58, !llvm.loop !16

for.body67:                                       ; preds = %for.body58, %while.end83
  %i63.0165 = phi i32 [ %inc87, %while.end83 ], [ 1, %for.body58 ]
  %arrayidx69 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %i63.0165
  %6 = load ptr, ptr %arrayidx69, align 4, !tbaa !17
  br label %land.rhs74

land.rhs74:                                       ; preds = %for.body67, %while.body78
  %j70.0.in163 = phi i32 [ %i63.0165, %for.body67 ], [ %j70.0164, %while.body78 ]
  %j70.0164 = add nsw i32 %j70.0.in163, -1
  %arrayidx75 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %j70.0164
  %7 = load ptr, ptr %arrayidx75, align 4, !tbaa !17
  %8 = load i8, ptr %7, align 1, !tbaa !19
  %tobool.not12.i = icmp eq i8 %8, 0
  br i1 %tobool.not12.i, label %while.end83, label %land.rhs.i

land.rhs.i:                                       ; preds = %land.rhs74, %while.body.i
  %9 = phi i8 [ %11, %while.body.i ], [ %8, %land.rhs74 ]
  %b.addr.014.i = phi ptr [ %incdec.ptr4.i, %while.body.i ], [ %6, %land.rhs74 ]
  %a.addr.013.i = phi ptr [ %incdec.ptr.i, %while.body.i ], [ %7, %land.rhs74 ]
  %10 = load i8, ptr %b.addr.014.i, align 1, !tbaa !19
  %cmp.i = icmp eq i8 %9, %10
  br i1 %cmp.i, label %while.body.i, label %scmp.exit

while.body.i:                                     ; preds = %land.rhs.i
  %incdec.ptr.i = getelementptr inbounds i8, ptr %a.addr.013.i, i32 1
  %incdec.ptr4.i = getelementptr inbounds i8, ptr %b.addr.014.i, i32 1
  %11 = load i8, ptr %incdec.ptr.i, align 1, !tbaa !19
  %tobool.not.i = icmp eq i8 %11, 0
  br i1 %tobool.not.i, label %scmp.exit, label %land.rhs.i, !llvm.loop !20

scmp.exit:                                        ; preds = %land.rhs.i, %while.body.i
  %b.addr.0.lcssa.ph.i = phi ptr [ %b.addr.014.i, %land.rhs.i ], [ %incdec.ptr4.i, %while.body.i ]
  %.lcssa.ph.i = phi i8 [ %9, %land.rhs.i ], [ 0, %while.body.i ]
  %12 = load i8, ptr %b.addr.0.lcssa.ph.i, align 1, !tbaa !19
  %cmp76 = icmp ugt i8 %.lcssa.ph.i, %12
  br i1 %cmp76, label %while.body78, label %while.end83

while.body78:                                     ; preds = %scmp.exit
  %arrayidx81 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %j70.0.in163
  store ptr %7, ptr %arrayidx81, align 4, !tbaa !17
  %cmp73 = icmp sgt i32 %j70.0.in163, 1
  br i1 %cmp73, label %land.rhs74, label %while.end83, !llvm.loop !21

while.end83:                                      ; preds = %land.rhs74, %while.body78, %scmp.exit
  %j70.0.in.lcssa = phi i32 [ 0, %while.body78 ], [ %j70.0.in163, %scmp.exit ], [ %j70.0.in163, %land.rhs74 ]
  %arrayidx85 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %j70.0.in.lcssa
  store ptr %6, ptr %arrayidx85, align 4, !tbaa !17
  %inc87 = add nuw nsw i32 %i63.0165, 1
  %exitcond172.not = icmp eq i32 %inc87, 7
  br i1 %exitcond172.not, label %for.body93, label %for.body67, !llvm.loop !22

for.body93:                                       ; preds = %while.end83, %for.body93
  %i89.0166 = phi i32 [ %inc100, %for.body93 ], [ 0, %while.end83 ]
  %arrayidx94 = getelementptr inbounds [7 x ptr], ptr @names, i32 0, i32 %i89.0166
  %13 = load ptr, ptr %arrayidx94, align 4, !tbaa !17
  %14 = load i8, ptr %13, align 1, !tbaa !19
  %conv = sext i8 %14 to i32
  tail call void @sb3_out_char(i32 noundef %conv) #3
  %15 = load ptr, ptr %arrayidx94, align 4, !tbaa !17
  %arrayidx97 = getelementptr inbounds i8, ptr %15, i32 1
  %16 = load i8, ptr %arrayidx97, align 1, !tbaa !19
  %conv98 = sext i8 %16 to i32
  tail call void @sb3_out_char(i32 noundef %conv98) #3
  %inc100 = add nuw nsw i32 %i89.0166, 1
  %exitcond173.not = icmp eq i32 %inc100, 7
  br i1 %exitcond173.not, label %for.body106, label %for.body93, !llvm.loop !23

for.cond.cleanup105:                              ; preds = %for.body106
  ret i32 0

for.body106:                                      ; preds = %for.body93, %for.body106
  %k.0167 = phi i32 [ %add109, %for.body106 ], [ -45, %for.body93 ]
  %call107 = tail call i32 @bsearch_int(ptr noundef nonnull @xs, i32 noundef 25, i32 noundef %k.0167) #4
  tail call void @sb3_out_int(i32 noundef %call107) #3
  %add109 = add nsw i32 %k.0167, 11
  %cmp103 = icmp slt i32 %k.0167, 49
  br i1 %cmp103, label %for.body106, label %for.cond.cleanup105, !llvm.loop !24
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

declare void @sb3_out_double(double noundef) local_unnamed_addr #2

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #2

attributes #0 = { nofree noinline norecurse nosync nounwind memory(argmem: read) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin nounwind "no-builtins" }
attributes #4 = { nobuiltin "no-builtins" }

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
!11 = distinct !{!11, !7, !8}
!12 = !{!13, !13, i64 0}
!13 = !{!"double", !4, i64 0}
!14 = distinct !{!14, !7, !8}
!15 = distinct !{!15, !7, !8}
!16 = distinct !{!16, !7, !8}
!17 = !{!18, !18, i64 0}
!18 = !{!"any pointer", !4, i64 0}
!19 = !{!4, !4, i64 0}
!20 = distinct !{!20, !7, !8}
!21 = distinct !{!21, !7, !8}
!22 = distinct !{!22, !7, !8}
!23 = distinct !{!23, !7, !8}
!24 = distinct !{!24, !7, !8}
