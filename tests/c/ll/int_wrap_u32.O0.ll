; ModuleID = 'tests/c/int_wrap_u32.c'
source_filename = "tests/c/int_wrap_u32.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@in = hidden global [12 x i32] [i32 0, i32 1, i32 2, i32 2147483647, i32 -2147483648, i32 -1, i32 -2, i32 123456789, i32 -559038737, i32 65535, i32 65536, i32 40503], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @add(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %add = add i32 %0, %1
  ret i32 %add
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @sub(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %sub = sub i32 %0, %1
  ret i32 %sub
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @mul(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %a.addr, align 4
  %1 = load i32, ptr %b.addr, align 4
  %mul = mul i32 %0, %1
  ret i32 %mul
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %i = alloca i32, align 4
  %j = alloca i32, align 4
  %int_min = alloca i32, align 4
  %i15 = alloca i32, align 4
  %p = alloca i32, align 4
  %k = alloca i32, align 4
  store i32 0, ptr %i, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc11, %entry
  %0 = load i32, ptr %i, align 4
  %cmp = icmp ult i32 %0, 12
  br i1 %cmp, label %for.body, label %for.end12

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %j, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %j, align 4
  %cmp2 = icmp ult i32 %1, 12
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  %2 = load i32, ptr %i, align 4
  %arrayidx = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %2
  %3 = load i32, ptr %arrayidx, align 4
  %4 = load i32, ptr %j, align 4
  %arrayidx4 = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %4
  %5 = load i32, ptr %arrayidx4, align 4
  %call = call i32 @add(i32 noundef %3, i32 noundef %5) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %6 = load i32, ptr %i, align 4
  %arrayidx5 = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %6
  %7 = load i32, ptr %arrayidx5, align 4
  %8 = load i32, ptr %j, align 4
  %arrayidx6 = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %8
  %9 = load i32, ptr %arrayidx6, align 4
  %call7 = call i32 @sub(i32 noundef %7, i32 noundef %9) #2
  call void @sb3_out_int(i32 noundef %call7) #2
  %10 = load i32, ptr %i, align 4
  %arrayidx8 = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %10
  %11 = load i32, ptr %arrayidx8, align 4
  %12 = load i32, ptr %j, align 4
  %arrayidx9 = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %12
  %13 = load i32, ptr %arrayidx9, align 4
  %call10 = call i32 @mul(i32 noundef %11, i32 noundef %13) #2
  call void @sb3_out_int(i32 noundef %call10) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %14 = load i32, ptr %j, align 4
  %add = add i32 %14, 3
  store i32 %add, ptr %j, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc11

for.inc11:                                        ; preds = %for.end
  %15 = load i32, ptr %i, align 4
  %inc = add i32 %15, 1
  store i32 %inc, ptr %i, align 4
  br label %for.cond, !llvm.loop !4

for.end12:                                        ; preds = %for.cond
  %16 = load i32, ptr getelementptr inbounds ([12 x i32], ptr @in, i32 0, i32 4), align 16
  store i32 %16, ptr %int_min, align 4
  %17 = load i32, ptr %int_min, align 4
  %mul = mul i32 %17, -1
  call void @sb3_out_int(i32 noundef %mul) #2
  %18 = load i32, ptr %int_min, align 4
  %sub = sub i32 %18, 1
  call void @sb3_out_int(i32 noundef %sub) #2
  %19 = load i32, ptr getelementptr inbounds ([12 x i32], ptr @in, i32 0, i32 3), align 4
  %add13 = add i32 %19, 1
  call void @sb3_out_int(i32 noundef %add13) #2
  %20 = load i32, ptr getelementptr inbounds ([12 x i32], ptr @in, i32 0, i32 1), align 4
  %sub14 = sub i32 0, %20
  call void @sb3_out_int(i32 noundef %sub14) #2
  store i32 0, ptr %i15, align 4
  br label %for.cond16

for.cond16:                                       ; preds = %for.inc21, %for.end12
  %21 = load i32, ptr %i15, align 4
  %cmp17 = icmp ult i32 %21, 12
  br i1 %cmp17, label %for.body18, label %for.end23

for.body18:                                       ; preds = %for.cond16
  %22 = load i32, ptr %i15, align 4
  %arrayidx19 = getelementptr inbounds [12 x i32], ptr @in, i32 0, i32 %22
  %23 = load i32, ptr %arrayidx19, align 4
  %sub20 = sub i32 0, %23
  call void @sb3_out_int(i32 noundef %sub20) #2
  br label %for.inc21

for.inc21:                                        ; preds = %for.body18
  %24 = load i32, ptr %i15, align 4
  %inc22 = add i32 %24, 1
  store i32 %inc22, ptr %i15, align 4
  br label %for.cond16, !llvm.loop !5

for.end23:                                        ; preds = %for.cond16
  store i32 1, ptr %p, align 4
  store i32 1, ptr %k, align 4
  br label %for.cond24

for.cond24:                                       ; preds = %for.inc29, %for.end23
  %25 = load i32, ptr %k, align 4
  %cmp25 = icmp ule i32 %25, 40
  br i1 %cmp25, label %for.body26, label %for.end31

for.body26:                                       ; preds = %for.cond24
  %26 = load i32, ptr %p, align 4
  %mul27 = mul i32 %26, -1640531535
  %27 = load i32, ptr %k, align 4
  %add28 = add i32 %mul27, %27
  store i32 %add28, ptr %p, align 4
  %28 = load i32, ptr %p, align 4
  call void @sb3_out_int(i32 noundef %28) #2
  br label %for.inc29

for.inc29:                                        ; preds = %for.body26
  %29 = load i32, ptr %k, align 4
  %inc30 = add i32 %29, 1
  store i32 %inc30, ptr %k, align 4
  br label %for.cond24, !llvm.loop !6

for.end31:                                        ; preds = %for.cond24
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
!6 = distinct !{!6, !3}
