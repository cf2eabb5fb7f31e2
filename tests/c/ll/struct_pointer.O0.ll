; ModuleID = 'tests/c/struct_pointer.c'
source_filename = "tests/c/struct_pointer.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Node = type { i32, ptr }
%struct.List = type { ptr, i32, i16, i16 }

@pool = internal global [40 x %struct.Node] zeroinitializer, align 16
@used = internal global i32 0, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden void @push(ptr noundef %l, i32 noundef %v) #0 {
entry:
  %l.addr = alloca ptr, align 4
  %v.addr = alloca i32, align 4
  %n = alloca ptr, align 4
  store ptr %l, ptr %l.addr, align 4
  store i32 %v, ptr %v.addr, align 4
  %0 = load i32, ptr @used, align 4
  %inc = add nsw i32 %0, 1
  store i32 %inc, ptr @used, align 4
  %arrayidx = getelementptr inbounds [40 x %struct.Node], ptr @pool, i32 0, i32 %0
  store ptr %arrayidx, ptr %n, align 4
  %1 = load i32, ptr %v.addr, align 4
  %2 = load ptr, ptr %n, align 4
  %value = getelementptr inbounds %struct.Node, ptr %2, i32 0, i32 0
  store i32 %1, ptr %value, align 4
  %3 = load ptr, ptr %l.addr, align 4
  %head = getelementptr inbounds %struct.List, ptr %3, i32 0, i32 0
  %4 = load ptr, ptr %head, align 4
  %5 = load ptr, ptr %n, align 4
  %next = getelementptr inbounds %struct.Node, ptr %5, i32 0, i32 1
  store ptr %4, ptr %next, align 4
  %6 = load ptr, ptr %n, align 4
  %7 = load ptr, ptr %l.addr, align 4
  %head1 = getelementptr inbounds %struct.List, ptr %7, i32 0, i32 0
  store ptr %6, ptr %head1, align 4
  %8 = load ptr, ptr %l.addr, align 4
  %count = getelementptr inbounds %struct.List, ptr %8, i32 0, i32 1
  %9 = load i32, ptr %count, align 4
  %inc2 = add nsw i32 %9, 1
  store i32 %inc2, ptr %count, align 4
  %10 = load ptr, ptr %l.addr, align 4
  %count3 = getelementptr inbounds %struct.List, ptr %10, i32 0, i32 1
  %11 = load i32, ptr %count3, align 4
  %cmp = icmp eq i32 %11, 1
  br i1 %cmp, label %if.then, label %lor.lhs.false

lor.lhs.false:                                    ; preds = %entry
  %12 = load i32, ptr %v.addr, align 4
  %13 = load ptr, ptr %l.addr, align 4
  %min = getelementptr inbounds %struct.List, ptr %13, i32 0, i32 2
  %14 = load i16, ptr %min, align 4
  %conv = sext i16 %14 to i32
  %cmp4 = icmp slt i32 %12, %conv
  br i1 %cmp4, label %if.then, label %if.end

if.then:                                          ; preds = %lor.lhs.false, %entry
  %15 = load i32, ptr %v.addr, align 4
  %conv6 = trunc i32 %15 to i16
  %16 = load ptr, ptr %l.addr, align 4
  %min7 = getelementptr inbounds %struct.List, ptr %16, i32 0, i32 2
  store i16 %conv6, ptr %min7, align 4
  br label %if.end

if.end:                                           ; preds = %if.then, %lor.lhs.false
  %17 = load ptr, ptr %l.addr, align 4
  %count8 = getelementptr inbounds %struct.List, ptr %17, i32 0, i32 1
  %18 = load i32, ptr %count8, align 4
  %cmp9 = icmp eq i32 %18, 1
  br i1 %cmp9, label %if.then15, label %lor.lhs.false11

lor.lhs.false11:                                  ; preds = %if.end
  %19 = load i32, ptr %v.addr, align 4
  %20 = load ptr, ptr %l.addr, align 4
  %max = getelementptr inbounds %struct.List, ptr %20, i32 0, i32 3
  %21 = load i16, ptr %max, align 2
  %conv12 = sext i16 %21 to i32
  %cmp13 = icmp sgt i32 %19, %conv12
  br i1 %cmp13, label %if.then15, label %if.end18

if.then15:                                        ; preds = %lor.lhs.false11, %if.end
  %22 = load i32, ptr %v.addr, align 4
  %conv16 = trunc i32 %22 to i16
  %23 = load ptr, ptr %l.addr, align 4
  %max17 = getelementptr inbounds %struct.List, ptr %23, i32 0, i32 3
  store i16 %conv16, ptr %max17, align 2
  br label %if.end18

if.end18:                                         ; preds = %if.then15, %lor.lhs.false11
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden void @reverse(ptr noundef %l) #0 {
entry:
  %l.addr = alloca ptr, align 4
  %prev = alloca ptr, align 4
  %cur = alloca ptr, align 4
  %nx = alloca ptr, align 4
  store ptr %l, ptr %l.addr, align 4
  store ptr null, ptr %prev, align 4
  %0 = load ptr, ptr %l.addr, align 4
  %head = getelementptr inbounds %struct.List, ptr %0, i32 0, i32 0
  %1 = load ptr, ptr %head, align 4
  store ptr %1, ptr %cur, align 4
  br label %while.cond

while.cond:                                       ; preds = %while.body, %entry
  %2 = load ptr, ptr %cur, align 4
  %tobool = icmp ne ptr %2, null
  br i1 %tobool, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %3 = load ptr, ptr %cur, align 4
  %next = getelementptr inbounds %struct.Node, ptr %3, i32 0, i32 1
  %4 = load ptr, ptr %next, align 4
  store ptr %4, ptr %nx, align 4
  %5 = load ptr, ptr %prev, align 4
  %6 = load ptr, ptr %cur, align 4
  %next1 = getelementptr inbounds %struct.Node, ptr %6, i32 0, i32 1
  store ptr %5, ptr %next1, align 4
  %7 = load ptr, ptr %cur, align 4
  store ptr %7, ptr %prev, align 4
  %8 = load ptr, ptr %nx, align 4
  store ptr %8, ptr %cur, align 4
  br label %while.cond, !llvm.loop !2

while.end:                                        ; preds = %while.cond
  %9 = load ptr, ptr %prev, align 4
  %10 = load ptr, ptr %l.addr, align 4
  %head2 = getelementptr inbounds %struct.List, ptr %10, i32 0, i32 0
  store ptr %9, ptr %head2, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @remove_if_even(ptr noundef %l) #0 {
entry:
  %l.addr = alloca ptr, align 4
  %pp = alloca ptr, align 4
  %removed = alloca i32, align 4
  store ptr %l, ptr %l.addr, align 4
  %0 = load ptr, ptr %l.addr, align 4
  %head = getelementptr inbounds %struct.List, ptr %0, i32 0, i32 0
  store ptr %head, ptr %pp, align 4
  store i32 0, ptr %removed, align 4
  br label %while.cond

while.cond:                                       ; preds = %if.end, %entry
  %1 = load ptr, ptr %pp, align 4
  %2 = load ptr, ptr %1, align 4
  %tobool = icmp ne ptr %2, null
  br i1 %tobool, label %while.body, label %while.end

while.body:                                       ; preds = %while.cond
  %3 = load ptr, ptr %pp, align 4
  %4 = load ptr, ptr %3, align 4
  %value = getelementptr inbounds %struct.Node, ptr %4, i32 0, i32 0
  %5 = load i32, ptr %value, align 4
  %and = and i32 %5, 1
  %cmp = icmp eq i32 %and, 0
  br i1 %cmp, label %if.then, label %if.else

if.then:                                          ; preds = %while.body
  %6 = load ptr, ptr %pp, align 4
  %7 = load ptr, ptr %6, align 4
  %next = getelementptr inbounds %struct.Node, ptr %7, i32 0, i32 1
  %8 = load ptr, ptr %next, align 4
  %9 = load ptr, ptr %pp, align 4
  store ptr %8, ptr %9, align 4
  %10 = load ptr, ptr %l.addr, align 4
  %count = getelementptr inbounds %struct.List, ptr %10, i32 0, i32 1
  %11 = load i32, ptr %count, align 4
  %dec = add nsw i32 %11, -1
  store i32 %dec, ptr %count, align 4
  %12 = load i32, ptr %removed, align 4
  %inc = add nsw i32 %12, 1
  store i32 %inc, ptr %removed, align 4
  br label %if.end

if.else:                                          ; preds = %while.body
  %13 = load ptr, ptr %pp, align 4
  %14 = load ptr, ptr %13, align 4
  %next1 = getelementptr inbounds %struct.Node, ptr %14, i32 0, i32 1
  store ptr %next1, ptr %pp, align 4
  br label %if.end

if.end:                                           ; preds = %if.else, %if.then
  br label %while.cond, !llvm.loop !4

while.end:                                        ; preds = %while.cond
  %15 = load i32, ptr %removed, align 4
  ret i32 %15
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %l = alloca %struct.List, align 4
  %i = alloca i32, align 4
  call void @llvm.memset.p0.i32(ptr align 4 %l, i8 0, i32 12, i1 false)
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %0, 15
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %1 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %1, 7919
  %rem = srem i32 %mul, 101
  %sub = sub nsw i32 %rem, 50
  call void @push(ptr noundef %l, i32 noundef %sub) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %2 = load i32, ptr %i, align 4
  %inc = add nsw i32 %2, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !5

for.end:                                          ; preds = %for.cond
  call void @print(ptr noundef %l) #3
  %min = getelementptr inbounds %struct.List, ptr %l, i32 0, i32 2
  %3 = load i16, ptr %min, align 4
  %conv = sext i16 %3 to i32
  call void @sb3_out_int(i32 noundef %conv) #3
  %max = getelementptr inbounds %struct.List, ptr %l, i32 0, i32 3
  %4 = load i16, ptr %max, align 2
  %conv1 = sext i16 %4 to i32
  call void @sb3_out_int(i32 noundef %conv1) #3
  call void @reverse(ptr noundef %l) #3
  call void @print(ptr noundef %l) #3
  %call = call i32 @remove_if_even(ptr noundef %l) #3
  call void @sb3_out_int(i32 noundef %call) #3
  call void @print(ptr noundef %l) #3
  %head = getelementptr inbounds %struct.List, ptr %l, i32 0, i32 0
  %5 = load ptr, ptr %head, align 4
  %next = getelementptr inbounds %struct.Node, ptr %5, i32 0, i32 1
  %6 = load ptr, ptr %next, align 4
  %next2 = getelementptr inbounds %struct.Node, ptr %6, i32 0, i32 1
  %7 = load ptr, ptr %next2, align 4
  %value = getelementptr inbounds %struct.Node, ptr %7, i32 0, i32 0
  %8 = load i32, ptr %value, align 4
  call void @sb3_out_int(i32 noundef %8) #3
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #1

; Function Attrs: noinline nounwind optnone
define internal void @print(ptr noundef %l) #0 {
entry:
  %l.addr = alloca ptr, align 4
  %n = alloca ptr, align 4
  store ptr %l, ptr %l.addr, align 4
  %0 = load ptr, ptr %l.addr, align 4
  %head = getelementptr inbounds %struct.List, ptr %0, i32 0, i32 0
  %1 = load ptr, ptr %head, align 4
  store ptr %1, ptr %n, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %2 = load ptr, ptr %n, align 4
  %tobool = icmp ne ptr %2, null
  br i1 %tobool, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %3 = load ptr, ptr %n, align 4
  %value = getelementptr inbounds %struct.Node, ptr %3, i32 0, i32 0
  %4 = load i32, ptr %value, align 4
  call void @sb3_out_int(i32 noundef %4) #3
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %5 = load ptr, ptr %n, align 4
  %next = getelementptr inbounds %struct.Node, ptr %5, i32 0, i32 1
  %6 = load ptr, ptr %next, align 4
  store ptr %6, ptr %n, align 4
  br label %for.cond, !llvm.loop !6

for.end:                                          ; preds = %for.cond
  %7 = load ptr, ptr %l.addr, align 4
  %count = getelementptr inbounds %struct.List, ptr %7, i32 0, i32 1
  %8 = load i32, ptr %count, align 4
  call void @sb3_out_int(i32 noundef %8) #3
  ret void
}

declare void @sb3_out_int(i32 noundef) #2

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
!5 = distinct !{!5, !3}
!6 = distinct !{!6, !3}
