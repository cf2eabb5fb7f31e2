; ModuleID = 'tests/c/ptr_null.c'
source_filename = "tests/c/ptr_null.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Link = type { i32, ptr }

@first_global = hidden global i32 5, align 4
@arr = hidden global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16
@links = hidden global [3 x %struct.Link] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 0, 2) i32 @is_null(ptr noundef readnone %p) local_unnamed_addr #0 {
entry:
  %cmp = icmp eq ptr %p, null
  %conv = zext i1 %cmp to i32
  ret i32 %conv
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  %local = alloca i32, align 4
  call void @llvm.lifetime.start.p0(i64 4, ptr nonnull %local) #4
  store i32 9, ptr %local, align 4, !tbaa !2
  %call = tail call i32 @is_null(ptr noundef nonnull @first_global) #5
  tail call void @sb3_out_int(i32 noundef %call) #6
  %call1 = tail call i32 @is_null(ptr noundef nonnull @arr) #5
  tail call void @sb3_out_int(i32 noundef %call1) #6
  %call2 = tail call i32 @is_null(ptr noundef nonnull getelementptr inbounds (i8, ptr @arr, i32 12)) #5
  tail call void @sb3_out_int(i32 noundef %call2) #6
  %call3 = call i32 @is_null(ptr noundef nonnull %local) #5
  call void @sb3_out_int(i32 noundef %call3) #6
  call void @sb3_out_int(i32 noundef 0) #6
  %call5 = call i32 @is_null(ptr noundef nonnull @links) #5
  call void @sb3_out_int(i32 noundef %call5) #6
  call void @sb3_out_int(i32 noundef 1) #6
  br label %for.body

for.body:                                         ; preds = %entry, %for.body
  %i.055 = phi i32 [ 2, %entry ], [ %dec, %for.body ]
  %head.054 = phi ptr [ null, %entry ], [ %arrayidx, %for.body ]
  %mul = mul nuw nsw i32 %i.055, 10
  %arrayidx = getelementptr inbounds [3 x %struct.Link], ptr @links, i32 0, i32 %i.055
  store i32 %mul, ptr %arrayidx, align 8, !tbaa !6
  %next = getelementptr inbounds i8, ptr %arrayidx, i32 4
  store ptr %head.054, ptr %next, align 4, !tbaa !9
  %dec = add nsw i32 %i.055, -1
  %cmp.not = icmp eq i32 %i.055, 0
  br i1 %cmp.not, label %for.body12, label %for.body, !llvm.loop !10

for.cond.cleanup11:                               ; preds = %for.body12
  call void @sb3_out_int(i32 noundef %inc) #6
  call void @sb3_out_int(i32 noundef %add) #6
  br label %for.cond19

for.body12:                                       ; preds = %for.body, %for.body12
  %p.058 = phi ptr [ %1, %for.body12 ], [ @links, %for.body ]
  %s.057 = phi i32 [ %add, %for.body12 ], [ 0, %for.body ]
  %n.056 = phi i32 [ %inc, %for.body12 ], [ 0, %for.body ]
  %0 = load i32, ptr %p.058, align 4, !tbaa !6
  %add = add nsw i32 %0, %s.057
  %next15 = getelementptr inbounds i8, ptr %p.058, i32 4
  %1 = load ptr, ptr %next15, align 4, !tbaa !9
  %inc = add nuw nsw i32 %n.056, 1
  %tobool = icmp ne ptr %1, null
  %cmp10 = icmp ult i32 %n.056, 9
  %2 = select i1 %tobool, i1 %cmp10, i1 false
  br i1 %2, label %for.body12, label %for.cond.cleanup11, !llvm.loop !13

for.cond19:                                       ; preds = %for.cond19, %for.cond.cleanup11
  %n.1 = phi i32 [ 0, %for.cond.cleanup11 ], [ %inc26, %for.cond19 ]
  %head.0.pn = phi ptr [ @links, %for.cond.cleanup11 ], [ %p18.0, %for.cond19 ]
  %p18.0.in = getelementptr inbounds i8, ptr %head.0.pn, i32 4
  %p18.0 = load ptr, ptr %p18.0.in, align 4, !tbaa !9
  %tobool20 = icmp ne ptr %p18.0, null
  %cmp22 = icmp ult i32 %n.1, 10
  %3 = select i1 %tobool20, i1 %cmp22, i1 false
  %inc26 = add nuw nsw i32 %n.1, 1
  br i1 %3, label %for.cond19, label %for.cond.cleanup24, !llvm.loop !14

for.cond.cleanup24:                               ; preds = %for.cond19
  call void @sb3_out_int(i32 noundef %n.1) #6
  call void @sb3_out_int(i32 noundef 1) #6
  %4 = load i32, ptr %local, align 4, !tbaa !2
  call void @sb3_out_int(i32 noundef %4) #6
  %5 = load i32, ptr @first_global, align 4, !tbaa !2
  %6 = load i32, ptr @arr, align 16, !tbaa !2
  %add33 = add nsw i32 %6, %5
  call void @sb3_out_int(i32 noundef %add33) #6
  call void @llvm.lifetime.end.p0(i64 4, ptr nonnull %local) #4
  ret i32 0
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

attributes #0 = { mustprogress nofree noinline norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { nounwind }
attributes #5 = { nobuiltin "no-builtins" }
attributes #6 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"int", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!7, !3, i64 0}
!7 = !{!"Link", !3, i64 0, !8, i64 4}
!8 = !{!"any pointer", !4, i64 0}
!9 = !{!7, !8, i64 4}
!10 = distinct !{!10, !11, !12}
!11 = !{!"llvm.loop.mustprogress"}
!12 = !{!"llvm.loop.unroll.disable"}
!13 = distinct !{!13, !11, !12}
!14 = distinct !{!14, !11, !12}
