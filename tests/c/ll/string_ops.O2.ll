; ModuleID = 'tests/c/string_ops.c'
source_filename = "tests/c/string_ops.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@.str = private unnamed_addr constant [6 x i8] c"apple\00", align 1
@.str.1 = private unnamed_addr constant [7 x i8] c"apples\00", align 1
@.str.2 = private unnamed_addr constant [7 x i8] c"banana\00", align 1
@.str.3 = private unnamed_addr constant [6 x i8] c"Apple\00", align 1
@.str.4 = private unnamed_addr constant [1 x i8] zeroinitializer, align 1
@.str.5 = private unnamed_addr constant [5 x i8] c"band\00", align 1
@.str.6 = private unnamed_addr constant [8 x i8] c"bandana\00", align 1
@words = hidden local_unnamed_addr global [7 x ptr] [ptr @.str, ptr @.str.1, ptr @.str.2, ptr @.str.3, ptr @.str.4, ptr @.str.5, ptr @.str.6], align 16
@.str.7 = private unnamed_addr constant [6 x i8] c"Hello\00", align 1
@.str.8 = private unnamed_addr constant [3 x i8] c", \00", align 1
@.str.9 = private unnamed_addr constant [9 x i8] c"Scratch!\00", align 1
@__const.main.nums = private unnamed_addr constant [6 x i32] [i32 0, i32 7, i32 -7, i32 12345, i32 -2147483648, i32 2147483647], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none)
define hidden range(i32 -255, 256) i32 @my_strcmp(ptr nocapture noundef readonly %a, ptr nocapture noundef readonly %b) local_unnamed_addr #0 {
entry:
  %0 = load i8, ptr %a, align 1, !tbaa !2
  %tobool.not12 = icmp eq i8 %0, 0
  br i1 %tobool.not12, label %while.end, label %land.rhs

land.rhs:                                         ; preds = %entry, %while.body
  %1 = phi i8 [ %3, %while.body ], [ %0, %entry ]
  %b.addr.014 = phi ptr [ %incdec.ptr4, %while.body ], [ %b, %entry ]
  %a.addr.013 = phi ptr [ %incdec.ptr, %while.body ], [ %a, %entry ]
  %2 = load i8, ptr %b.addr.014, align 1, !tbaa !2
  %cmp = icmp eq i8 %1, %2
  br i1 %cmp, label %while.body, label %while.end.loopexit

while.body:                                       ; preds = %land.rhs
  %incdec.ptr = getelementptr inbounds i8, ptr %a.addr.013, i32 1
  %incdec.ptr4 = getelementptr inbounds i8, ptr %b.addr.014, i32 1
  %3 = load i8, ptr %incdec.ptr, align 1, !tbaa !2
  %tobool.not = icmp eq i8 %3, 0
  br i1 %tobool.not, label %while.end.loopexit, label %land.rhs, !llvm.loop !5

while.end.loopexit:                               ; preds = %while.body, %land.rhs
  %b.addr.0.lcssa.ph = phi ptr [ %b.addr.014, %land.rhs ], [ %incdec.ptr4, %while.body ]
  %.lcssa.ph = phi i8 [ %1, %land.rhs ], [ 0, %while.body ]
  %4 = zext i8 %.lcssa.ph to i32
  br label %while.end

while.end:                                        ; preds = %while.end.loopexit, %entry
  %b.addr.0.lcssa = phi ptr [ %b, %entry ], [ %b.addr.0.lcssa.ph, %while.end.loopexit ]
  %.lcssa = phi i32 [ 0, %entry ], [ %4, %while.end.loopexit ]
  %5 = load i8, ptr %b.addr.0.lcssa, align 1, !tbaa !2
  %conv6 = zext i8 %5 to i32
  %sub = sub nsw i32 %.lcssa, %conv6
  ret i32 %sub
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite)
define hidden void @reverse(ptr nocapture noundef %s) local_unnamed_addr #1 {
entry:
  br label %while.cond.i

while.cond.i:                                     ; preds = %while.cond.i, %entry
  %n.0.i = phi i32 [ 0, %entry ], [ %inc.i, %while.cond.i ]
  %arrayidx.i = getelementptr inbounds i8, ptr %s, i32 %n.0.i
  %0 = load i8, ptr %arrayidx.i, align 1, !tbaa !2
  %tobool.not.i = icmp eq i8 %0, 0
  %inc.i = add nuw nsw i32 %n.0.i, 1
  br i1 %tobool.not.i, label %for.cond.preheader, label %while.cond.i, !llvm.loop !8

for.cond.preheader:                               ; preds = %while.cond.i
  %cmp15 = icmp ugt i32 %n.0.i, 1
  br i1 %cmp15, label %for.body.preheader, label %for.cond.cleanup

for.body.preheader:                               ; preds = %for.cond.preheader
  %j.014 = add nsw i32 %n.0.i, -1
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.body, %for.cond.preheader
  ret void

for.body:                                         ; preds = %for.body.preheader, %for.body
  %j.017 = phi i32 [ %j.0, %for.body ], [ %j.014, %for.body.preheader ]
  %i.016 = phi i32 [ %inc, %for.body ], [ 0, %for.body.preheader ]
  %arrayidx = getelementptr inbounds i8, ptr %s, i32 %i.016
  %1 = load i8, ptr %arrayidx, align 1, !tbaa !2
  %arrayidx1 = getelementptr inbounds i8, ptr %s, i32 %j.017
  %2 = load i8, ptr %arrayidx1, align 1, !tbaa !2
  store i8 %2, ptr %arrayidx, align 1, !tbaa !2
  store i8 %1, ptr %arrayidx1, align 1, !tbaa !2
  %inc = add nuw nsw i32 %i.016, 1
  %j.0 = add nsw i32 %j.017, -1
  %cmp = icmp slt i32 %inc, %j.0
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !9
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.start.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite)
declare void @llvm.lifetime.end.p0(i64 immarg, ptr nocapture) #2

; Function Attrs: nounwind
define hidden noundef i32 @main() #3 {
entry:
  %tmp.i = alloca [12 x i8], align 1
  %buf = alloca [64 x i8], align 16
  br label %for.body

for.body:                                         ; preds = %entry, %my_strlen.exit
  %i.0131 = phi i32 [ 0, %entry ], [ %inc, %my_strlen.exit ]
  %arrayidx = getelementptr inbounds [7 x ptr], ptr @words, i32 0, i32 %i.0131
  %0 = load ptr, ptr %arrayidx, align 4, !tbaa !10
  br label %while.cond.i

while.cond.i:                                     ; preds = %while.cond.i, %for.body
  %n.0.i = phi i32 [ 0, %for.body ], [ %inc.i, %while.cond.i ]
  %arrayidx.i = getelementptr inbounds i8, ptr %0, i32 %n.0.i
  %1 = load i8, ptr %arrayidx.i, align 1, !tbaa !2
  %tobool.not.i = icmp eq i8 %1, 0
  %inc.i = add nuw nsw i32 %n.0.i, 1
  br i1 %tobool.not.i, label %my_strlen.exit, label %while.cond.i, !llvm.loop !8

my_strlen.exit:                                   ; preds = %while.cond.i
  tail call void @sb3_out_int(i32 noundef %n.0.i) #6
  %inc = add nuw nsw i32 %i.0131, 1
  %exitcond.not = icmp eq i32 %inc, 7
  br i1 %exitcond.not, label %for.cond6.preheader, label %for.body, !llvm.loop !12

for.cond6.preheader:                              ; preds = %my_strlen.exit, %for.cond.cleanup8
  %i1.0133 = phi i32 [ %inc19, %for.cond.cleanup8 ], [ 0, %my_strlen.exit ]
  %arrayidx10 = getelementptr inbounds [7 x ptr], ptr @words, i32 0, i32 %i1.0133
  br label %for.body9

for.cond.cleanup4:                                ; preds = %for.cond.cleanup8
  call void @llvm.lifetime.start.p0(i64 64, ptr nonnull %buf) #7
  br label %while.cond.i81

while.cond.i81:                                   ; preds = %while.cond.i81, %for.cond.cleanup4
  %d.addr.0.i.idx = phi i32 [ 0, %for.cond.cleanup4 ], [ %d.addr.0.i.add, %while.cond.i81 ]
  %s.addr.0.i = phi ptr [ @.str.7, %for.cond.cleanup4 ], [ %incdec.ptr.i, %while.cond.i81 ]
  %d.addr.0.i.ptr = getelementptr inbounds i8, ptr %buf, i32 %d.addr.0.i.idx
  %incdec.ptr.i = getelementptr inbounds i8, ptr %s.addr.0.i, i32 1
  %2 = load i8, ptr %s.addr.0.i, align 1, !tbaa !2
  %d.addr.0.i.add = add nuw nsw i32 %d.addr.0.i.idx, 1
  store i8 %2, ptr %d.addr.0.i.ptr, align 1, !tbaa !2
  %exitcond140 = icmp eq i32 %d.addr.0.i.idx, 5
  br i1 %exitcond140, label %while.cond.i.i.preheader, label %while.cond.i81, !llvm.loop !13

while.cond.i.i.preheader:                         ; preds = %while.cond.i81
  %scevgep141 = getelementptr inbounds i8, ptr %buf, i32 2
  br label %while.cond.i.i

while.cond.i.i:                                   ; preds = %while.cond.i.i.preheader, %while.cond.i.i
  %indvars.iv = phi ptr [ %scevgep141, %while.cond.i.i.preheader ], [ %scevgep142, %while.cond.i.i ]
  %n.0.i.i = phi i32 [ 0, %while.cond.i.i.preheader ], [ %inc.i.i, %while.cond.i.i ]
  %arrayidx.i.i = getelementptr inbounds i8, ptr %buf, i32 %n.0.i.i
  %3 = load i8, ptr %arrayidx.i.i, align 1, !tbaa !2
  %tobool.not.i.i = icmp eq i8 %3, 0
  %inc.i.i = add nuw nsw i32 %n.0.i.i, 1
  %scevgep142 = getelementptr i8, ptr %indvars.iv, i32 1
  br i1 %tobool.not.i.i, label %while.cond.i2.i, label %while.cond.i.i, !llvm.loop !8

while.cond.i2.i:                                  ; preds = %while.cond.i.i, %while.cond.i2.i
  %d.addr.0.i.i = phi ptr [ %incdec.ptr1.i.i, %while.cond.i2.i ], [ %arrayidx.i.i, %while.cond.i.i ]
  %s.addr.0.i.i = phi ptr [ %incdec.ptr.i.i, %while.cond.i2.i ], [ @.str.8, %while.cond.i.i ]
  %incdec.ptr.i.i = getelementptr inbounds i8, ptr %s.addr.0.i.i, i32 1
  %4 = load i8, ptr %s.addr.0.i.i, align 1, !tbaa !2
  %incdec.ptr1.i.i = getelementptr inbounds i8, ptr %d.addr.0.i.i, i32 1
  store i8 %4, ptr %d.addr.0.i.i, align 1, !tbaa !2
  %exitcond143 = icmp eq ptr %d.addr.0.i.i, %indvars.iv
  br i1 %exitcond143, label %while.cond.i.i83.preheader, label %while.cond.i2.i, !llvm.loop !13

while.cond.i.i83.preheader:                       ; preds = %while.cond.i2.i
  %scevgep144 = getelementptr inbounds i8, ptr %buf, i32 8
  br label %while.cond.i.i83

while.cond.i.i83:                                 ; preds = %while.cond.i.i83.preheader, %while.cond.i.i83
  %indvars.iv145 = phi ptr [ %scevgep144, %while.cond.i.i83.preheader ], [ %scevgep146, %while.cond.i.i83 ]
  %n.0.i.i84 = phi i32 [ 0, %while.cond.i.i83.preheader ], [ %inc.i.i87, %while.cond.i.i83 ]
  %arrayidx.i.i85 = getelementptr inbounds i8, ptr %buf, i32 %n.0.i.i84
  %5 = load i8, ptr %arrayidx.i.i85, align 1, !tbaa !2
  %tobool.not.i.i86 = icmp eq i8 %5, 0
  %inc.i.i87 = add nuw nsw i32 %n.0.i.i84, 1
  %scevgep146 = getelementptr i8, ptr %indvars.iv145, i32 1
  br i1 %tobool.not.i.i86, label %while.cond.i2.i88, label %while.cond.i.i83, !llvm.loop !8

while.cond.i2.i88:                                ; preds = %while.cond.i.i83, %while.cond.i2.i88
  %d.addr.0.i.i89 = phi ptr [ %incdec.ptr1.i.i92, %while.cond.i2.i88 ], [ %arrayidx.i.i85, %while.cond.i.i83 ]
  %s.addr.0.i.i90 = phi ptr [ %incdec.ptr.i.i91, %while.cond.i2.i88 ], [ @.str.9, %while.cond.i.i83 ]
  %incdec.ptr.i.i91 = getelementptr inbounds i8, ptr %s.addr.0.i.i90, i32 1
  %6 = load i8, ptr %s.addr.0.i.i90, align 1, !tbaa !2
  %incdec.ptr1.i.i92 = getelementptr inbounds i8, ptr %d.addr.0.i.i89, i32 1
  store i8 %6, ptr %d.addr.0.i.i89, align 1, !tbaa !2
  %exitcond147 = icmp eq ptr %d.addr.0.i.i89, %indvars.iv145
  br i1 %exitcond147, label %my_strcat.exit94, label %while.cond.i2.i88, !llvm.loop !13

my_strcat.exit94:                                 ; preds = %while.cond.i2.i88
  %7 = load i8, ptr %buf, align 16, !tbaa !2
  %tobool.not2.i = icmp eq i8 %7, 0
  br i1 %tobool.not2.i, label %while.cond.i97.preheader, label %while.body.i

while.body.i:                                     ; preds = %my_strcat.exit94, %while.body.i
  %8 = phi i8 [ %9, %while.body.i ], [ %7, %my_strcat.exit94 ]
  %s.addr.03.i = phi ptr [ %incdec.ptr.i95, %while.body.i ], [ %buf, %my_strcat.exit94 ]
  %incdec.ptr.i95 = getelementptr inbounds i8, ptr %s.addr.03.i, i32 1
  %conv.i = sext i8 %8 to i32
  tail call void @sb3_out_char(i32 noundef %conv.i) #6
  %9 = load i8, ptr %incdec.ptr.i95, align 1, !tbaa !2
  %tobool.not.i96 = icmp eq i8 %9, 0
  br i1 %tobool.not.i96, label %while.cond.i97.preheader, label %while.body.i, !llvm.loop !14

while.cond.i97.preheader:                         ; preds = %while.body.i, %my_strcat.exit94
  br label %while.cond.i97

while.cond.i97:                                   ; preds = %while.cond.i97.preheader, %while.cond.i97
  %n.0.i98 = phi i32 [ %inc.i101, %while.cond.i97 ], [ 0, %while.cond.i97.preheader ]
  %arrayidx.i99 = getelementptr inbounds i8, ptr %buf, i32 %n.0.i98
  %10 = load i8, ptr %arrayidx.i99, align 1, !tbaa !2
  %tobool.not.i100 = icmp eq i8 %10, 0
  %inc.i101 = add nuw nsw i32 %n.0.i98, 1
  br i1 %tobool.not.i100, label %my_strlen.exit102, label %while.cond.i97, !llvm.loop !8

my_strlen.exit102:                                ; preds = %while.cond.i97
  tail call void @sb3_out_int(i32 noundef %n.0.i98) #6
  call void @reverse(ptr noundef nonnull %buf) #8
  %11 = load i8, ptr %buf, align 16, !tbaa !2
  %tobool.not2.i103 = icmp eq i8 %11, 0
  br i1 %tobool.not2.i103, label %print.exit116, label %while.body.i104

while.body.i104:                                  ; preds = %my_strlen.exit102, %while.body.i104
  %12 = phi i8 [ %13, %while.body.i104 ], [ %11, %my_strlen.exit102 ]
  %s.addr.03.i105 = phi ptr [ %incdec.ptr.i106, %while.body.i104 ], [ %buf, %my_strlen.exit102 ]
  %incdec.ptr.i106 = getelementptr inbounds i8, ptr %s.addr.03.i105, i32 1
  %conv.i107 = sext i8 %12 to i32
  tail call void @sb3_out_char(i32 noundef %conv.i107) #6
  %13 = load i8, ptr %incdec.ptr.i106, align 1, !tbaa !2
  %tobool.not.i108 = icmp eq i8 %13, 0
  br i1 %tobool.not.i108, label %print.exit109, label %while.body.i104, !llvm.loop !14

print.exit109:                                    ; preds = %while.body.i104
  br i1 %tobool.not2.i103, label %print.exit116, label %for.body32

for.cond.cleanup8:                                ; preds = %for.body9
  %inc19 = add nuw nsw i32 %i1.0133, 1
  %exitcond139.not = icmp eq i32 %inc19, 7
  br i1 %exitcond139.not, label %for.cond.cleanup4, label %for.cond6.preheader, !llvm.loop !15

for.body9:                                        ; preds = %for.cond6.preheader, %for.body9
  %j.0132 = phi i32 [ 0, %for.cond6.preheader ], [ %inc16, %for.body9 ]
  %14 = load ptr, ptr %arrayidx10, align 4, !tbaa !10
  %arrayidx11 = getelementptr inbounds [7 x ptr], ptr @words, i32 0, i32 %j.0132
  %15 = load ptr, ptr %arrayidx11, align 4, !tbaa !10
  %call12 = tail call i32 @my_strcmp(ptr noundef %14, ptr noundef %15) #8
  %cmp14 = icmp sgt i32 %call12, 0
  %conv = zext i1 %cmp14 to i32
  %cmp13.inv = icmp sgt i32 %call12, -1
  %cond = select i1 %cmp13.inv, i32 %conv, i32 -1
  tail call void @sb3_out_int(i32 noundef %cond) #6
  %inc16 = add nuw nsw i32 %j.0132, 1
  %exitcond138.not = icmp eq i32 %inc16, 7
  br i1 %exitcond138.not, label %for.cond.cleanup8, label %for.body9, !llvm.loop !16

for.cond.cleanup31:                               ; preds = %for.inc45
  %.pre = load i8, ptr %buf, align 16, !tbaa !2
  %tobool.not2.i110 = icmp eq i8 %.pre, 0
  br i1 %tobool.not2.i110, label %print.exit116, label %while.body.i111

while.body.i111:                                  ; preds = %for.cond.cleanup31, %while.body.i111
  %16 = phi i8 [ %17, %while.body.i111 ], [ %.pre, %for.cond.cleanup31 ]
  %s.addr.03.i112 = phi ptr [ %incdec.ptr.i113, %while.body.i111 ], [ %buf, %for.cond.cleanup31 ]
  %incdec.ptr.i113 = getelementptr inbounds i8, ptr %s.addr.03.i112, i32 1
  %conv.i114 = sext i8 %16 to i32
  tail call void @sb3_out_char(i32 noundef %conv.i114) #6
  %17 = load i8, ptr %incdec.ptr.i113, align 1, !tbaa !2
  %tobool.not.i115 = icmp eq i8 %17, 0
  br i1 %tobool.not.i115, label %print.exit116, label %while.body.i111, !llvm.loop !14

print.exit116:                                    ; preds = %while.body.i111, %my_strlen.exit102, %print.exit109, %for.cond.cleanup31
  %incdec.ptr.i121 = getelementptr inbounds i8, ptr %buf, i32 1
  br label %for.body54

for.body32:                                       ; preds = %print.exit109, %for.inc45
  %18 = phi i8 [ %20, %for.inc45 ], [ %11, %print.exit109 ]
  %arrayidx30136 = phi ptr [ %arrayidx30, %for.inc45 ], [ %buf, %print.exit109 ]
  %i28.0135 = phi i32 [ %inc46, %for.inc45 ], [ 0, %print.exit109 ]
  %19 = add i8 %18, -97
  %or.cond = icmp ult i8 %19, 26
  br i1 %or.cond, label %if.then, label %for.inc45

if.then:                                          ; preds = %for.body32
  %narrow = add nsw i8 %18, -32
  store i8 %narrow, ptr %arrayidx30136, align 1, !tbaa !2
  br label %for.inc45

for.inc45:                                        ; preds = %for.body32, %if.then
  %inc46 = add nuw nsw i32 %i28.0135, 1
  %arrayidx30 = getelementptr inbounds [64 x i8], ptr %buf, i32 0, i32 %inc46
  %20 = load i8, ptr %arrayidx30, align 1, !tbaa !2
  %tobool.not = icmp eq i8 %20, 0
  br i1 %tobool.not, label %for.cond.cleanup31, label %for.body32, !llvm.loop !17

for.cond.cleanup53:                               ; preds = %my_atoi.exit
  call void @llvm.lifetime.end.p0(i64 64, ptr nonnull %buf) #7
  ret i32 0

for.body54:                                       ; preds = %print.exit116, %my_atoi.exit
  %i49.0137 = phi i32 [ 0, %print.exit116 ], [ %inc64, %my_atoi.exit ]
  %arrayidx55 = getelementptr inbounds [6 x i32], ptr @__const.main.nums, i32 0, i32 %i49.0137
  %21 = load i32, ptr %arrayidx55, align 4, !tbaa !18
  call void @llvm.lifetime.start.p0(i64 12, ptr nonnull %tmp.i) #7
  %cond.i = tail call i32 @llvm.abs.i32(i32 %21, i1 false)
  br label %do.body.i

do.body.i:                                        ; preds = %do.body.i, %for.body54
  %n.0.i117 = phi i32 [ 0, %for.body54 ], [ %inc.i118, %do.body.i ]
  %u.0.i = phi i32 [ %cond.i, %for.body54 ], [ %div.i, %do.body.i ]
  %u.0.i.frozen = freeze i32 %u.0.i
  %div.i = udiv i32 %u.0.i.frozen, 10
  %22 = mul i32 %div.i, 10
  %rem.i.decomposed = sub i32 %u.0.i.frozen, %22
  %23 = trunc nuw nsw i32 %rem.i.decomposed to i8
  %conv1.i = or disjoint i8 %23, 48
  %inc.i118 = add nuw nsw i32 %n.0.i117, 1
  %arrayidx.i119 = getelementptr inbounds [12 x i8], ptr %tmp.i, i32 0, i32 %n.0.i117
  store i8 %conv1.i, ptr %arrayidx.i119, align 1, !tbaa !2
  %tobool2.not.i = icmp ult i32 %u.0.i, 10
  br i1 %tobool2.not.i, label %do.end.i, label %do.body.i, !llvm.loop !20

do.end.i:                                         ; preds = %do.body.i
  switch i32 %i49.0137, label %while.body.i120.preheader [
    i32 4, label %if.then.i
    i32 2, label %if.then.i
  ]

if.then.i:                                        ; preds = %do.end.i, %do.end.i
  store i8 45, ptr %buf, align 16, !tbaa !2
  br label %while.body.i120.preheader

while.body.i120.preheader:                        ; preds = %do.end.i, %if.then.i
  %out.addr.117.i.ph = phi ptr [ %buf, %do.end.i ], [ %incdec.ptr.i121, %if.then.i ]
  br label %while.body.i120

while.body.i120:                                  ; preds = %while.body.i120.preheader, %while.body.i120
  %out.addr.117.i = phi ptr [ %incdec.ptr6.i, %while.body.i120 ], [ %out.addr.117.i.ph, %while.body.i120.preheader ]
  %n.116.i = phi i32 [ %dec.i, %while.body.i120 ], [ %inc.i118, %while.body.i120.preheader ]
  %dec.i = add nsw i32 %n.116.i, -1
  %arrayidx5.i = getelementptr inbounds [12 x i8], ptr %tmp.i, i32 0, i32 %dec.i
  %24 = load i8, ptr %arrayidx5.i, align 1, !tbaa !2
  %incdec.ptr6.i = getelementptr inbounds i8, ptr %out.addr.117.i, i32 1
  store i8 %24, ptr %out.addr.117.i, align 1, !tbaa !2
  %tobool4.not.i = icmp eq i32 %dec.i, 0
  br i1 %tobool4.not.i, label %my_itoa.exit, label %while.body.i120, !llvm.loop !21

my_itoa.exit:                                     ; preds = %while.body.i120
  store i8 0, ptr %incdec.ptr6.i, align 1, !tbaa !2
  call void @llvm.lifetime.end.p0(i64 12, ptr nonnull %tmp.i) #7
  %25 = load i8, ptr %buf, align 16, !tbaa !2
  %tobool.not2.i122 = icmp eq i8 %25, 0
  br i1 %tobool.not2.i122, label %print.exit128, label %while.body.i123

while.body.i123:                                  ; preds = %my_itoa.exit, %while.body.i123
  %26 = phi i8 [ %27, %while.body.i123 ], [ %25, %my_itoa.exit ]
  %s.addr.03.i124 = phi ptr [ %incdec.ptr.i125, %while.body.i123 ], [ %buf, %my_itoa.exit ]
  %incdec.ptr.i125 = getelementptr inbounds i8, ptr %s.addr.03.i124, i32 1
  %conv.i126 = sext i8 %26 to i32
  tail call void @sb3_out_char(i32 noundef %conv.i126) #6
  %27 = load i8, ptr %incdec.ptr.i125, align 1, !tbaa !2
  %tobool.not.i127 = icmp eq i8 %27, 0
  br i1 %tobool.not.i127, label %print.exit128, label %while.body.i123, !llvm.loop !14

print.exit128:                                    ; preds = %while.body.i123, %my_itoa.exit
  %cmp.not.i = icmp eq i8 %25, 45
  %spec.select.idx.i = zext i1 %cmp.not.i to i32
  %spec.select.i = getelementptr inbounds i8, ptr %buf, i32 %spec.select.idx.i
  %28 = load i8, ptr %spec.select.i, align 1, !tbaa !2
  %29 = add i8 %28, -48
  %or.cond17.i = icmp ult i8 %29, 10
  br i1 %or.cond17.i, label %while.body.i130, label %my_atoi.exit

while.body.i130:                                  ; preds = %print.exit128, %while.body.i130
  %30 = phi i8 [ %31, %while.body.i130 ], [ %28, %print.exit128 ]
  %v.019.i = phi i32 [ %add.i, %while.body.i130 ], [ 0, %print.exit128 ]
  %s.addr.118.i = phi ptr [ %incdec.ptr8.i, %while.body.i130 ], [ %spec.select.i, %print.exit128 ]
  %mul.i = mul i32 %v.019.i, 10
  %incdec.ptr8.i = getelementptr inbounds i8, ptr %s.addr.118.i, i32 1
  %narrow.i = add nsw i8 %30, -48
  %sub.i = zext nneg i8 %narrow.i to i32
  %add.i = add i32 %mul.i, %sub.i
  %31 = load i8, ptr %incdec.ptr8.i, align 1, !tbaa !2
  %32 = add i8 %31, -48
  %or.cond.i = icmp ult i8 %32, 10
  br i1 %or.cond.i, label %while.body.i130, label %my_atoi.exit, !llvm.loop !22

my_atoi.exit:                                     ; preds = %while.body.i130, %print.exit128
  %v.0.lcssa.i = phi i32 [ 0, %print.exit128 ], [ %add.i, %while.body.i130 ]
  %sub10.i = sub i32 0, %v.0.lcssa.i
  %cond.i129 = select i1 %cmp.not.i, i32 %sub10.i, i32 %v.0.lcssa.i
  %cmp61 = icmp eq i32 %cond.i129, %21
  %conv62 = zext i1 %cmp61 to i32
  tail call void @sb3_out_int(i32 noundef %conv62) #6
  %inc64 = add nuw nsw i32 %i49.0137, 1
  %exitcond148.not = icmp eq i32 %inc64, 6
  br i1 %exitcond148.not, label %for.cond.cleanup53, label %for.body54, !llvm.loop !23
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #4

declare void @sb3_out_char(i32 noundef) local_unnamed_addr #4

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #5

attributes #0 = { nofree noinline norecurse nosync nounwind memory(read, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { mustprogress nocallback nofree nosync nounwind willreturn memory(argmem: readwrite) }
attributes #3 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #4 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #6 = { nobuiltin nounwind "no-builtins" }
attributes #7 = { nounwind }
attributes #8 = { nobuiltin "no-builtins" }

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
!8 = distinct !{!8, !6, !7}
!9 = distinct !{!9, !6, !7}
!10 = !{!11, !11, i64 0}
!11 = !{!"any pointer", !3, i64 0}
!12 = distinct !{!12, !6, !7}
!13 = distinct !{!13, !6, !7}
!14 = distinct !{!14, !6, !7}
!15 = distinct !{!15, !6, !7}
!16 = distinct !{!16, !6, !7}
!17 = distinct !{!17, !6, !7}
!18 = !{!19, !19, i64 0}
!19 = !{!"int", !3, i64 0}
!20 = distinct !{!20, !6, !7}
!21 = distinct !{!21, !6, !7}
!22 = distinct !{!22, !6, !7}
!23 = distinct !{!23, !6, !7}
