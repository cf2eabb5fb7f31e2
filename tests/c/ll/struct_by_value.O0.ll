; ModuleID = 'tests/c/struct_by_value.c'
source_filename = "tests/c/struct_by_value.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Vec2 = type { i32, i32 }
%struct.Seg = type { %struct.Vec2, %struct.Vec2, i16, i8 }

@gv = hidden global %struct.Vec2 { i32 3, i32 4 }, align 4
@__const.main.v = private unnamed_addr constant %struct.Vec2 { i32 10, i32 -20 }, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden void @vadd(ptr dead_on_unwind noalias writable sret(%struct.Vec2) align 4 %agg.result, ptr noundef byval(%struct.Vec2) align 4 %p, ptr noundef byval(%struct.Vec2) align 4 %q) #0 {
entry:
  %x = getelementptr inbounds %struct.Vec2, ptr %agg.result, i32 0, i32 0
  %x1 = getelementptr inbounds %struct.Vec2, ptr %p, i32 0, i32 0
  %0 = load i32, ptr %x1, align 4
  %x2 = getelementptr inbounds %struct.Vec2, ptr %q, i32 0, i32 0
  %1 = load i32, ptr %x2, align 4
  %add = add nsw i32 %0, %1
  store i32 %add, ptr %x, align 4
  %y = getelementptr inbounds %struct.Vec2, ptr %agg.result, i32 0, i32 1
  %y3 = getelementptr inbounds %struct.Vec2, ptr %p, i32 0, i32 1
  %2 = load i32, ptr %y3, align 4
  %y4 = getelementptr inbounds %struct.Vec2, ptr %q, i32 0, i32 1
  %3 = load i32, ptr %y4, align 4
  %add5 = add nsw i32 %2, %3
  store i32 %add5, ptr %y, align 4
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @mutate_copy(ptr noundef byval(%struct.Vec2) align 4 %v) #0 {
entry:
  %x = getelementptr inbounds %struct.Vec2, ptr %v, i32 0, i32 0
  %0 = load i32, ptr %x, align 4
  %mul = mul nsw i32 %0, 100
  store i32 %mul, ptr %x, align 4
  %y = getelementptr inbounds %struct.Vec2, ptr %v, i32 0, i32 1
  %1 = load i32, ptr %y, align 4
  %sub = sub nsw i32 %1, 1
  store i32 %sub, ptr %y, align 4
  %x1 = getelementptr inbounds %struct.Vec2, ptr %v, i32 0, i32 0
  %2 = load i32, ptr %x1, align 4
  %y2 = getelementptr inbounds %struct.Vec2, ptr %v, i32 0, i32 1
  %3 = load i32, ptr %y2, align 4
  %add = add nsw i32 %2, %3
  ret i32 %add
}

; Function Attrs: noinline nounwind optnone
define hidden void @make_seg(ptr dead_on_unwind noalias writable sret(%struct.Seg) align 4 %agg.result, i32 noundef %i) #0 {
entry:
  %i.addr = alloca i32, align 4
  store i32 %i, ptr %i.addr, align 4
  %0 = load i32, ptr %i.addr, align 4
  %a = getelementptr inbounds %struct.Seg, ptr %agg.result, i32 0, i32 0
  %x = getelementptr inbounds %struct.Vec2, ptr %a, i32 0, i32 0
  store i32 %0, ptr %x, align 4
  %1 = load i32, ptr %i.addr, align 4
  %sub = sub nsw i32 0, %1
  %a1 = getelementptr inbounds %struct.Seg, ptr %agg.result, i32 0, i32 0
  %y = getelementptr inbounds %struct.Vec2, ptr %a1, i32 0, i32 1
  store i32 %sub, ptr %y, align 4
  %2 = load i32, ptr %i.addr, align 4
  %3 = load i32, ptr %i.addr, align 4
  %mul = mul nsw i32 %2, %3
  %b = getelementptr inbounds %struct.Seg, ptr %agg.result, i32 0, i32 1
  %x2 = getelementptr inbounds %struct.Vec2, ptr %b, i32 0, i32 0
  store i32 %mul, ptr %x2, align 4
  %4 = load i32, ptr %i.addr, align 4
  %sub3 = sub nsw i32 7, %4
  %b4 = getelementptr inbounds %struct.Seg, ptr %agg.result, i32 0, i32 1
  %y5 = getelementptr inbounds %struct.Vec2, ptr %b4, i32 0, i32 1
  store i32 %sub3, ptr %y5, align 4
  %5 = load i32, ptr %i.addr, align 4
  %mul6 = mul nsw i32 %5, 1000
  %sub7 = sub nsw i32 %mul6, 5000
  %conv = trunc i32 %sub7 to i16
  %tag = getelementptr inbounds %struct.Seg, ptr %agg.result, i32 0, i32 2
  store i16 %conv, ptr %tag, align 4
  %6 = load i32, ptr %i.addr, align 4
  %mul8 = mul nsw i32 %6, 37
  %conv9 = trunc i32 %mul8 to i8
  %flags = getelementptr inbounds %struct.Seg, ptr %agg.result, i32 0, i32 3
  store i8 %conv9, ptr %flags, align 2
  ret void
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @seg_len2(ptr noundef byval(%struct.Seg) align 4 %s) #0 {
entry:
  %dx = alloca i32, align 4
  %dy = alloca i32, align 4
  %b = getelementptr inbounds %struct.Seg, ptr %s, i32 0, i32 1
  %x = getelementptr inbounds %struct.Vec2, ptr %b, i32 0, i32 0
  %0 = load i32, ptr %x, align 4
  %a = getelementptr inbounds %struct.Seg, ptr %s, i32 0, i32 0
  %x1 = getelementptr inbounds %struct.Vec2, ptr %a, i32 0, i32 0
  %1 = load i32, ptr %x1, align 4
  %sub = sub nsw i32 %0, %1
  store i32 %sub, ptr %dx, align 4
  %b2 = getelementptr inbounds %struct.Seg, ptr %s, i32 0, i32 1
  %y = getelementptr inbounds %struct.Vec2, ptr %b2, i32 0, i32 1
  %2 = load i32, ptr %y, align 4
  %a3 = getelementptr inbounds %struct.Seg, ptr %s, i32 0, i32 0
  %y4 = getelementptr inbounds %struct.Vec2, ptr %a3, i32 0, i32 1
  %3 = load i32, ptr %y4, align 4
  %sub5 = sub nsw i32 %2, %3
  store i32 %sub5, ptr %dy, align 4
  %4 = load i32, ptr %dx, align 4
  %5 = load i32, ptr %dx, align 4
  %mul = mul nsw i32 %4, %5
  %6 = load i32, ptr %dy, align 4
  %7 = load i32, ptr %dy, align 4
  %mul6 = mul nsw i32 %6, %7
  %add = add nsw i32 %mul, %mul6
  ret i32 %add
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %v = alloca %struct.Vec2, align 4
  %w = alloca %struct.Vec2, align 4
  %acc = alloca %struct.Vec2, align 4
  %i = alloca i32, align 4
  %step = alloca %struct.Vec2, align 4
  %tmp = alloca %struct.Vec2, align 4
  %i7 = alloca i32, align 4
  %s = alloca %struct.Seg, align 4
  %t = alloca %struct.Seg, align 4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %v, ptr align 4 @__const.main.v, i32 8, i1 false)
  call void @vadd(ptr dead_on_unwind writable sret(%struct.Vec2) align 4 %w, ptr noundef byval(%struct.Vec2) align 4 %v, ptr noundef byval(%struct.Vec2) align 4 @gv) #4
  %x = getelementptr inbounds %struct.Vec2, ptr %w, i32 0, i32 0
  %0 = load i32, ptr %x, align 4
  call void @sb3_out_int(i32 noundef %0) #4
  %y = getelementptr inbounds %struct.Vec2, ptr %w, i32 0, i32 1
  %1 = load i32, ptr %y, align 4
  call void @sb3_out_int(i32 noundef %1) #4
  %call = call i32 @mutate_copy(ptr noundef byval(%struct.Vec2) align 4 %v) #4
  call void @sb3_out_int(i32 noundef %call) #4
  %x1 = getelementptr inbounds %struct.Vec2, ptr %v, i32 0, i32 0
  %2 = load i32, ptr %x1, align 4
  call void @sb3_out_int(i32 noundef %2) #4
  %y2 = getelementptr inbounds %struct.Vec2, ptr %v, i32 0, i32 1
  %3 = load i32, ptr %y2, align 4
  call void @sb3_out_int(i32 noundef %3) #4
  call void @llvm.memset.p0.i32(ptr align 4 %acc, i8 0, i32 8, i1 false)
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc, %entry
  %4 = load i32, ptr %i, align 4
  %cmp = icmp slt i32 %4, 10
  br i1 %cmp, label %for.body, label %for.end

for.body:                                         ; preds = %for.cond
  %x3 = getelementptr inbounds %struct.Vec2, ptr %step, i32 0, i32 0
  %5 = load i32, ptr %i, align 4
  store i32 %5, ptr %x3, align 4
  %y4 = getelementptr inbounds %struct.Vec2, ptr %step, i32 0, i32 1
  %6 = load i32, ptr %i, align 4
  %7 = load i32, ptr %i, align 4
  %mul = mul nsw i32 %6, %7
  store i32 %mul, ptr %y4, align 4
  call void @vadd(ptr dead_on_unwind writable sret(%struct.Vec2) align 4 %tmp, ptr noundef byval(%struct.Vec2) align 4 %acc, ptr noundef byval(%struct.Vec2) align 4 %step) #4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %acc, ptr align 4 %tmp, i32 8, i1 false)
  br label %for.inc

for.inc:                                          ; preds = %for.body
  %8 = load i32, ptr %i, align 4
  %inc = add nsw i32 %8, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !2

for.end:                                          ; preds = %for.cond
  %x5 = getelementptr inbounds %struct.Vec2, ptr %acc, i32 0, i32 0
  %9 = load i32, ptr %x5, align 4
  call void @sb3_out_int(i32 noundef %9) #4
  %y6 = getelementptr inbounds %struct.Vec2, ptr %acc, i32 0, i32 1
  %10 = load i32, ptr %y6, align 4
  call void @sb3_out_int(i32 noundef %10) #4
  store i32 0, ptr %i7, align 4
  br label %for.cond8

for.cond8:                                        ; preds = %for.inc17, %for.end
  %11 = load i32, ptr %i7, align 4
  %cmp9 = icmp slt i32 %11, 6
  br i1 %cmp9, label %for.body10, label %for.end19

for.body10:                                       ; preds = %for.cond8
  %12 = load i32, ptr %i7, align 4
  call void @make_seg(ptr dead_on_unwind writable sret(%struct.Seg) align 4 %s, i32 noundef %12) #4
  call void @llvm.memcpy.p0.p0.i32(ptr align 4 %t, ptr align 4 %s, i32 20, i1 false)
  %a = getelementptr inbounds %struct.Seg, ptr %t, i32 0, i32 0
  %x11 = getelementptr inbounds %struct.Vec2, ptr %a, i32 0, i32 0
  %13 = load i32, ptr %x11, align 4
  %add = add nsw i32 %13, 1
  store i32 %add, ptr %x11, align 4
  %call12 = call i32 @seg_len2(ptr noundef byval(%struct.Seg) align 4 %s) #4
  call void @sb3_out_int(i32 noundef %call12) #4
  %call13 = call i32 @seg_len2(ptr noundef byval(%struct.Seg) align 4 %t) #4
  call void @sb3_out_int(i32 noundef %call13) #4
  %tag = getelementptr inbounds %struct.Seg, ptr %s, i32 0, i32 2
  %14 = load i16, ptr %tag, align 4
  %conv = sext i16 %14 to i32
  call void @sb3_out_int(i32 noundef %conv) #4
  %flags = getelementptr inbounds %struct.Seg, ptr %s, i32 0, i32 3
  %15 = load i8, ptr %flags, align 2
  %conv14 = zext i8 %15 to i32
  call void @sb3_out_int(i32 noundef %conv14) #4
  %a15 = getelementptr inbounds %struct.Seg, ptr %s, i32 0, i32 0
  %x16 = getelementptr inbounds %struct.Vec2, ptr %a15, i32 0, i32 0
  %16 = load i32, ptr %x16, align 4
  call void @sb3_out_int(i32 noundef %16) #4
  br label %for.inc17

for.inc17:                                        ; preds = %for.body10
  %17 = load i32, ptr %i7, align 4
  %inc18 = add nsw i32 %17, 1
  store i32 %inc18, ptr %i7, align 4
  br label %for.cond8, !llvm.loop !4

for.end19:                                        ; preds = %for.cond8
  ret i32 0
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: readwrite)
declare void @llvm.memcpy.p0.p0.i32(ptr noalias nocapture writeonly, ptr noalias nocapture readonly, i32, i1 immarg) #1

declare void @sb3_out_int(i32 noundef) #2

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #3

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: readwrite) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #4 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = distinct !{!2, !3}
!3 = !{!"llvm.loop.mustprogress"}
!4 = distinct !{!4, !3}
