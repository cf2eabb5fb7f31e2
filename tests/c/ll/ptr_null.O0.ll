; ModuleID = 'tests/c/ptr_null.c'
source_filename = "tests/c/ptr_null.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Link = type { i32, ptr }

@first_global = hidden global i32 5, align 4
@arr = hidden global [4 x i32] [i32 1, i32 2, i32 3, i32 4], align 16
@.str = private unnamed_addr constant [8 x i8] c"literal\00", align 1
@links = hidden global [3 x %struct.Link] zeroinitializer, align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @is_null(ptr noundef %p) #0 {
entry:
  %p.addr = alloca ptr, align 4
  store ptr %p, ptr %p.addr, align 4
  %0 = load ptr, ptr %p.addr, align 4
  %cmp = icmp eq ptr %0, null
  %conv = zext i1 %cmp to i32
  ret i32 %conv
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %local = alloca i32, align 4
  %head = alloca ptr, align 4
  %i = alloca i32, align 4
  %n = alloca i32, align 4
  %s = alloca i32, align 4
  %p = alloca ptr, align 4
  %pp = alloca ptr, align 4
  %p17 = alloca ptr, align 4
  %q = alloca ptr, align 4
  store i32 9, ptr %local, align 4
  %call = call i32 @is_null(ptr noundef @first_global) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %call1 = call i32 @is_null(ptr noundef @arr) #2
  call void @sb3_out_int(i32 noundef %call1) #2
  %call2 = call i32 @is_null(ptr noundef getelementptr inbounds (i32, ptr @arr, i32 3)) #2
  call void @sb3_out_int(i32 noundef %call2) #2
  %call3 = call i32 @is_null(ptr noundef %local) #2
  call void @sb3_out_int(i32 noundef %call3) #2
  %call4 = call i32 @is_null(ptr noundef @.str) #2
  call void @sb3_out_int(i32 noundef %call4) #2
  %call5 = call i32 @is_null(ptr noundef @links) #2
  call void @sb3_out_int(i32 noundef %call5) #2
  %call6 = call i32 @is_null(ptr noundef null) #2
  call void @sb3_out_int(i32 noundef %call6) #2
  store ptr null, ptr %head, align 4
  store i32 2, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp sge i32 %0, 0
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %1, 10
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [3 x %struct.Link], ptr @links, i32 0, i32 %2
  %v = getelementptr inbounds %struct.Link, ptr %arrayidx, i32 0, i32 0
  store i32 %mul, ptr %v, align 8
  %3 = load ptr, ptr %head, align 4
  %4 = load i32, ptr %i, align 4
  %arrayidx7 = getelementptr inbounds [3 x %struct.Link], ptr @links, i32 0, i32 %4
  %next = getelementptr inbounds %struct.Link, ptr %arrayidx7, i32 0, i32 1
  store ptr %3, ptr %next, align 4
  %5 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds [3 x %struct.Link], ptr @links, i32 0, i32 %5
  store ptr %arrayidx8, ptr %head, align 4
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %6 = load i32, ptr %i, align 4
  %dec = add nsw i32 %6, -1
  store i32 %dec, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  store i32 0, ptr %n, align 4
  store i32 0, ptr %s, align 4
  %7 = load ptr, ptr %head, align 4
  store ptr %7, ptr %p, align 4
  br label %for.cond9

for.cond9:                                        ; preds = %for.inc13, %for.end
  %8 = load ptr, ptr %p, align 4
  %tobool = icmp ne ptr %8, null
  br i1 %tobool, label %land.rhs, label %land.end

land.rhs:                                         ; preds = %for.cond9
  %9 = load i32, ptr %n, align 4
  %cmp10 = icmp slt i32 %9, 10
  br label %land.end

land.end:                                         ; preds = %land.rhs, %for.cond9
  %10 = phi i1 [ false, %for.cond9 ], [ %cmp10, %land.rhs ]
  br i1 %10, label %for.body11, label %for.end15

for.body11:                                       ; preds = %land.end
  %11 = load ptr, ptr %p, align 4
  %v12 = getelementptr inbounds %struct.Link, ptr %11, i32 0, i32 0
  %12 = load i32, ptr %v12, align 4
  %13 = load i32, ptr %s, align 4
  %add = add nsw i32 %13, %12
  store i32 %add, ptr %s, align 4
  br label %for.inc13

for.inc13:                                        ; preds = %for.body11
  %14 = load ptr, ptr %p, align 4
  %next14 = getelementptr inbounds %struct.Link, ptr %14, i32 0, i32 1
  %15 = load ptr, ptr %next14, align 4
  store ptr %15, ptr %p, align 4
  %16 = load i32, ptr %n, align 4
  %inc = add nsw i32 %16, 1
  store i32 %inc, ptr %n, align 4
  br label %for.cond9, !llvm.loop !4

for.end15:                                        ; preds = %land.end
  %17 = load i32, ptr %n, align 4
  call void @sb3_out_int(i32 noundef %17) #2
  %18 = load i32, ptr %s, align 4
  call void @sb3_out_int(i32 noundef %18) #2
  store ptr %head, ptr %pp, align 4
  %19 = load ptr, ptr %pp, align 4
  %20 = load ptr, ptr %19, align 4
  %next16 = getelementptr inbounds %struct.Link, ptr %20, i32 0, i32 1
  %21 = load ptr, ptr %next16, align 4
  %22 = load ptr, ptr %pp, align 4
  store ptr %21, ptr %22, align 4
  store i32 0, ptr %n, align 4
  %23 = load ptr, ptr %head, align 4
  store ptr %23, ptr %p17, align 4
  br label %for.cond18

for.cond18:                                       ; preds = %for.inc25, %for.end15
  %24 = load ptr, ptr %p17, align 4
  %tobool19 = icmp ne ptr %24, null
  br i1 %tobool19, label %land.rhs20, label %land.end22

land.rhs20:                                       ; preds = %for.cond18
  %25 = load i32, ptr %n, align 4
  %cmp21 = icmp slt i32 %25, 10
  br label %land.end22

land.end22:                                       ; preds = %land.rhs20, %for.cond18
  %26 = phi i1 [ false, %for.cond18 ], [ %cmp21, %land.rhs20 ]
  br i1 %26, label %for.body23, label %for.end27

for.body23:                                       ; preds = %land.end22
  %27 = load i32, ptr %n, align 4
  %inc24 = add nsw i32 %27, 1
  store i32 %inc24, ptr %n, align 4
  br label %for.inc25

for.inc25:                                        ; preds = %for.body23
  %28 = load ptr, ptr %p17, align 4
  %next26 = getelementptr inbounds %struct.Link, ptr %28, i32 0, i32 1
  %29 = load ptr, ptr %next26, align 4
  store ptr %29, ptr %p17, align 4
  br label %for.cond18, !llvm.loop !5

for.end27:                                        ; preds = %land.end22
  %30 = load i32, ptr %n, align 4
  call void @sb3_out_int(i32 noundef %30) #2
  store ptr null, ptr %q, align 4
  %31 = load ptr, ptr %q, align 4
  %cmp28 = icmp eq ptr %31, null
  %conv = zext i1 %cmp28 to i32
  call void @sb3_out_int(i32 noundef %conv) #2
  store ptr %local, ptr %q, align 4
  %32 = load ptr, ptr %q, align 4
  %cmp29 = icmp ne ptr %32, null
  br i1 %cmp29, label %cond.true, label %cond.false

cond.true:                                        ; preds = %for.end27
  %33 = load ptr, ptr %q, align 4
  %34 = load i32, ptr %33, align 4
  br label %cond.end

cond.false:                                       ; preds = %for.end27
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %34, %cond.true ], [ -1, %cond.false ]
  call void @sb3_out_int(i32 noundef %cond) #2
  %35 = load i32, ptr @first_global, align 4
  %36 = load i32, ptr @arr, align 16
  %add31 = add nsw i32 %35, %36
  call void @sb3_out_int(i32 noundef %add31) #2
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) #1

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
