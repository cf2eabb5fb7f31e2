; ModuleID = 'tests/c/interp_switch.c'
source_filename = "tests/c/interp_switch.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@prog = hidden global [37 x [4 x i32]] [[4 x i32] [i32 1, i32 1, i32 1, i32 0], [4 x i32] [i32 1, i32 2, i32 1, i32 0], [4 x i32] [i32 1, i32 3, i32 11, i32 0], [4 x i32] [i32 1, i32 4, i32 1000003, i32 0], [4 x i32] [i32 7, i32 10, i32 1, i32 3], [4 x i32] [i32 4, i32 2, i32 2, i32 1], [4 x i32] [i32 6, i32 2, i32 2, i32 4], [4 x i32] [i32 12, i32 2, i32 0, i32 0], [4 x i32] [i32 3, i32 1, i32 1, i32 1], [4 x i32] [i32 9, i32 4, i32 0, i32 0], [4 x i32] [i32 1, i32 1, i32 27, i32 0], [4 x i32] [i32 1, i32 5, i32 0, i32 0], [4 x i32] [i32 1, i32 6, i32 1, i32 0], [4 x i32] [i32 1, i32 7, i32 2, i32 0], [4 x i32] [i32 1, i32 8, i32 3, i32 0], [4 x i32] [i32 8, i32 24, i32 1, i32 6], [4 x i32] [i32 3, i32 5, i32 5, i32 1], [4 x i32] [i32 6, i32 9, i32 1, i32 7], [4 x i32] [i32 8, i32 22, i32 9, i32 0], [4 x i32] [i32 4, i32 1, i32 1, i32 8], [4 x i32] [i32 3, i32 1, i32 1, i32 1], [4 x i32] [i32 9, i32 15, i32 0, i32 0], [4 x i32] [i32 5, i32 1, i32 1, i32 7], [4 x i32] [i32 9, i32 15, i32 0, i32 0], [4 x i32] [i32 12, i32 5, i32 0, i32 0], [4 x i32] [i32 1, i32 1, i32 20, i32 0], [4 x i32] [i32 10, i32 30, i32 0, i32 0], [4 x i32] [i32 12, i32 2, i32 0, i32 0], [4 x i32] zeroinitializer, [4 x i32] zeroinitializer, [4 x i32] [i32 1, i32 2, i32 0, i32 0], [4 x i32] [i32 8, i32 36, i32 1, i32 0], [4 x i32] [i32 4, i32 9, i32 1, i32 1], [4 x i32] [i32 2, i32 2, i32 2, i32 9], [4 x i32] [i32 3, i32 1, i32 1, i32 -1], [4 x i32] [i32 9, i32 31, i32 0, i32 0], [4 x i32] [i32 11, i32 0, i32 0, i32 0]], align 16

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @run(ptr noundef %code, i32 noundef %max_steps) #0 {
entry:
  %retval = alloca i32, align 4
  %code.addr = alloca ptr, align 4
  %max_steps.addr = alloca i32, align 4
  %r = alloca [10 x i32], align 16
  %calls = alloca [8 x i32], align 16
  %csp = alloca i32, align 4
  %pc = alloca i32, align 4
  %steps = alloca i32, align 4
  %in = alloca ptr, align 4
  %a = alloca i32, align 4
  %b = alloca i32, align 4
  %c = alloca i32, align 4
  store ptr %code, ptr %code.addr, align 4
  store i32 %max_steps, ptr %max_steps.addr, align 4
  call void @llvm.memset.p0.i32(ptr align 16 %r, i8 0, i32 40, i1 false)
  store i32 0, ptr %csp, align 4
  store i32 0, ptr %pc, align 4
  store i32 0, ptr %steps, align 4
  br label %for.cond

for.cond:                                         ; preds = %sw.epilog, %entry
  %0 = load i32, ptr %steps, align 4
  %inc = add nsw i32 %0, 1
  store i32 %inc, ptr %steps, align 4
  %1 = load i32, ptr %max_steps.addr, align 4
  %cmp = icmp sge i32 %0, %1
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %for.cond
  store i32 -1, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %for.cond
  %2 = load ptr, ptr %code.addr, align 4
  %3 = load i32, ptr %pc, align 4
  %inc1 = add nsw i32 %3, 1
  store i32 %inc1, ptr %pc, align 4
  %arrayidx = getelementptr inbounds [4 x i32], ptr %2, i32 %3
  %arraydecay = getelementptr inbounds [4 x i32], ptr %arrayidx, i32 0, i32 0
  store ptr %arraydecay, ptr %in, align 4
  %4 = load ptr, ptr %in, align 4
  %arrayidx2 = getelementptr inbounds i32, ptr %4, i32 1
  %5 = load i32, ptr %arrayidx2, align 4
  store i32 %5, ptr %a, align 4
  %6 = load ptr, ptr %in, align 4
  %arrayidx3 = getelementptr inbounds i32, ptr %6, i32 2
  %7 = load i32, ptr %arrayidx3, align 4
  store i32 %7, ptr %b, align 4
  %8 = load ptr, ptr %in, align 4
  %arrayidx4 = getelementptr inbounds i32, ptr %8, i32 3
  %9 = load i32, ptr %arrayidx4, align 4
  store i32 %9, ptr %c, align 4
  %10 = load ptr, ptr %in, align 4
  %arrayidx5 = getelementptr inbounds i32, ptr %10, i32 0
  %11 = load i32, ptr %arrayidx5, align 4
  switch i32 %11, label %sw.default [
    i32 0, label %sw.bb
    i32 1, label %sw.bb6
    i32 2, label %sw.bb8
    i32 3, label %sw.bb12
    i32 4, label %sw.bb16
    i32 5, label %sw.bb20
    i32 6, label %sw.bb24
    i32 7, label %sw.bb28
    i32 8, label %sw.bb34
    i32 9, label %sw.bb40
    i32 10, label %sw.bb41
    i32 11, label %sw.bb44
    i32 12, label %sw.bb46
  ]

sw.bb:                                            ; preds = %if.end
  %12 = load i32, ptr %steps, align 4
  store i32 %12, ptr %retval, align 4
  br label %return

sw.bb6:                                           ; preds = %if.end
  %13 = load i32, ptr %b, align 4
  %14 = load i32, ptr %a, align 4
  %arrayidx7 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %14
  store i32 %13, ptr %arrayidx7, align 4
  br label %sw.epilog

sw.bb8:                                           ; preds = %if.end
  %15 = load i32, ptr %b, align 4
  %arrayidx9 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %15
  %16 = load i32, ptr %arrayidx9, align 4
  %17 = load i32, ptr %c, align 4
  %arrayidx10 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %17
  %18 = load i32, ptr %arrayidx10, align 4
  %add = add nsw i32 %16, %18
  %19 = load i32, ptr %a, align 4
  %arrayidx11 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %19
  store i32 %add, ptr %arrayidx11, align 4
  br label %sw.epilog

sw.bb12:                                          ; preds = %if.end
  %20 = load i32, ptr %b, align 4
  %arrayidx13 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %20
  %21 = load i32, ptr %arrayidx13, align 4
  %22 = load i32, ptr %c, align 4
  %add14 = add nsw i32 %21, %22
  %23 = load i32, ptr %a, align 4
  %arrayidx15 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %23
  store i32 %add14, ptr %arrayidx15, align 4
  br label %sw.epilog

sw.bb16:                                          ; preds = %if.end
  %24 = load i32, ptr %b, align 4
  %arrayidx17 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %24
  %25 = load i32, ptr %arrayidx17, align 4
  %26 = load i32, ptr %c, align 4
  %arrayidx18 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %26
  %27 = load i32, ptr %arrayidx18, align 4
  %mul = mul nsw i32 %25, %27
  %28 = load i32, ptr %a, align 4
  %arrayidx19 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %28
  store i32 %mul, ptr %arrayidx19, align 4
  br label %sw.epilog

sw.bb20:                                          ; preds = %if.end
  %29 = load i32, ptr %b, align 4
  %arrayidx21 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %29
  %30 = load i32, ptr %arrayidx21, align 4
  %31 = load i32, ptr %c, align 4
  %arrayidx22 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %31
  %32 = load i32, ptr %arrayidx22, align 4
  %div = sdiv i32 %30, %32
  %33 = load i32, ptr %a, align 4
  %arrayidx23 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %33
  store i32 %div, ptr %arrayidx23, align 4
  br label %sw.epilog

sw.bb24:                                          ; preds = %if.end
  %34 = load i32, ptr %b, align 4
  %arrayidx25 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %34
  %35 = load i32, ptr %arrayidx25, align 4
  %36 = load i32, ptr %c, align 4
  %arrayidx26 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %36
  %37 = load i32, ptr %arrayidx26, align 4
  %rem = srem i32 %35, %37
  %38 = load i32, ptr %a, align 4
  %arrayidx27 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %38
  store i32 %rem, ptr %arrayidx27, align 4
  br label %sw.epilog

sw.bb28:                                          ; preds = %if.end
  %39 = load i32, ptr %b, align 4
  %arrayidx29 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %39
  %40 = load i32, ptr %arrayidx29, align 4
  %41 = load i32, ptr %c, align 4
  %arrayidx30 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %41
  %42 = load i32, ptr %arrayidx30, align 4
  %cmp31 = icmp sge i32 %40, %42
  br i1 %cmp31, label %if.then32, label %if.end33

if.then32:                                        ; preds = %sw.bb28
  %43 = load i32, ptr %a, align 4
  store i32 %43, ptr %pc, align 4
  br label %if.end33

if.end33:                                         ; preds = %if.then32, %sw.bb28
  br label %sw.epilog

sw.bb34:                                          ; preds = %if.end
  %44 = load i32, ptr %b, align 4
  %arrayidx35 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %44
  %45 = load i32, ptr %arrayidx35, align 4
  %46 = load i32, ptr %c, align 4
  %arrayidx36 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %46
  %47 = load i32, ptr %arrayidx36, align 4
  %cmp37 = icmp eq i32 %45, %47
  br i1 %cmp37, label %if.then38, label %if.end39

if.then38:                                        ; preds = %sw.bb34
  %48 = load i32, ptr %a, align 4
  store i32 %48, ptr %pc, align 4
  br label %if.end39

if.end39:                                         ; preds = %if.then38, %sw.bb34
  br label %sw.epilog

sw.bb40:                                          ; preds = %if.end
  %49 = load i32, ptr %a, align 4
  store i32 %49, ptr %pc, align 4
  br label %sw.epilog

sw.bb41:                                          ; preds = %if.end
  %50 = load i32, ptr %pc, align 4
  %51 = load i32, ptr %csp, align 4
  %inc42 = add nsw i32 %51, 1
  store i32 %inc42, ptr %csp, align 4
  %arrayidx43 = getelementptr inbounds [8 x i32], ptr %calls, i32 0, i32 %51
  store i32 %50, ptr %arrayidx43, align 4
  %52 = load i32, ptr %a, align 4
  store i32 %52, ptr %pc, align 4
  br label %sw.epilog

sw.bb44:                                          ; preds = %if.end
  %53 = load i32, ptr %csp, align 4
  %dec = add nsw i32 %53, -1
  store i32 %dec, ptr %csp, align 4
  %arrayidx45 = getelementptr inbounds [8 x i32], ptr %calls, i32 0, i32 %dec
  %54 = load i32, ptr %arrayidx45, align 4
  store i32 %54, ptr %pc, align 4
  br label %sw.epilog

sw.bb46:                                          ; preds = %if.end
  %55 = load i32, ptr %a, align 4
  %arrayidx47 = getelementptr inbounds [10 x i32], ptr %r, i32 0, i32 %55
  %56 = load i32, ptr %arrayidx47, align 4
  call void @sb3_out_int(i32 noundef %56) #3
  br label %sw.epilog

sw.default:                                       ; preds = %if.end
  store i32 -2, ptr %retval, align 4
  br label %return

sw.epilog:                                        ; preds = %sw.bb46, %sw.bb44, %sw.bb41, %sw.bb40, %if.end39, %if.end33, %sw.bb24, %sw.bb20, %sw.bb16, %sw.bb12, %sw.bb8, %sw.bb6
  br label %for.cond

return:                                           ; preds = %sw.default, %sw.bb, %if.then
  %57 = load i32, ptr %retval, align 4
  ret i32 %57
}

; Function Attrs: nocallback nofree nounwind willreturn memory(argmem: write)
declare void @llvm.memset.p0.i32(ptr nocapture writeonly, i8, i32, i1 immarg) #1

declare void @sb3_out_int(i32 noundef) #2

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %call = call i32 @run(ptr noundef @prog, i32 noundef 100000) #3
  call void @sb3_out_int(i32 noundef %call) #3
  %call1 = call i32 @run(ptr noundef @prog, i32 noundef 50) #3
  call void @sb3_out_int(i32 noundef %call1) #3
  store i32 99, ptr getelementptr inbounds ([37 x [4 x i32]], ptr @prog, i32 0, i32 29), align 16
  store i32 9, ptr getelementptr inbounds ([37 x [4 x i32]], ptr @prog, i32 0, i32 28), align 16
  store i32 29, ptr getelementptr inbounds ([4 x i32], ptr getelementptr inbounds ([37 x [4 x i32]], ptr @prog, i32 0, i32 28), i32 0, i32 1), align 4
  %call2 = call i32 @run(ptr noundef @prog, i32 noundef 100000) #3
  call void @sb3_out_int(i32 noundef %call2) #3
  ret i32 0
}

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nocallback nofree nounwind willreturn memory(argmem: write) }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
