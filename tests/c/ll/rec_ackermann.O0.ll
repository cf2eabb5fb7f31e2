; ModuleID = 'tests/c/rec_ackermann.c'
source_filename = "tests/c/rec_ackermann.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@calls = internal global i32 0, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @ack(i32 noundef %m, i32 noundef %n) #0 {
entry:
  %retval = alloca i32, align 4
  %m.addr = alloca i32, align 4
  %n.addr = alloca i32, align 4
  store i32 %m, ptr %m.addr, align 4
  store i32 %n, ptr %n.addr, align 4
  %0 = load i32, ptr @calls, align 4
  %inc = add nsw i32 %0, 1
  store i32 %inc, ptr @calls, align 4
  %1 = load i32, ptr %m.addr, align 4
  %cmp = icmp eq i32 %1, 0
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  %2 = load i32, ptr %n.addr, align 4
  %add = add nsw i32 %2, 1
  store i32 %add, ptr %retval, align 4
  br label %return

if.end:                                           ; preds = %entry
  %3 = load i32, ptr %n.addr, align 4
  %cmp1 = icmp eq i32 %3, 0
  br i1 %cmp1, label %if.then2, label %if.end3

if.then2:                                         ; preds = %if.end
  %4 = load i32, ptr %m.addr, align 4
  %sub = sub nsw i32 %4, 1
  %call = call i32 @ack(i32 noundef %sub, i32 noundef 1) #2
  store i32 %call, ptr %retval, align 4
  br label %return

if.end3:                                          ; preds = %if.end
  %5 = load i32, ptr %m.addr, align 4
  %sub4 = sub nsw i32 %5, 1
  %6 = load i32, ptr %m.addr, align 4
  %7 = load i32, ptr %n.addr, align 4
  %sub5 = sub nsw i32 %7, 1
  %call6 = call i32 @ack(i32 noundef %6, i32 noundef %sub5) #2
  %call7 = call i32 @ack(i32 noundef %sub4, i32 noundef %call6) #2
  store i32 %call7, ptr %retval, align 4
  br label %return

return:                                           ; preds = %if.end3, %if.then2, %if.then
  %8 = load i32, ptr %retval, align 4
  ret i32 %8
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @gcd(i32 noundef %a, i32 noundef %b) #0 {
entry:
  %a.addr = alloca i32, align 4
  %b.addr = alloca i32, align 4
  store i32 %a, ptr %a.addr, align 4
  store i32 %b, ptr %b.addr, align 4
  %0 = load i32, ptr %b.addr, align 4
  %tobool = icmp ne i32 %0, 0
  br i1 %tobool, label %cond.true, label %cond.false

cond.true:                                        ; preds = %entry
  %1 = load i32, ptr %b.addr, align 4
  %2 = load i32, ptr %a.addr, align 4
  %3 = load i32, ptr %b.addr, align 4
  %rem = urem i32 %2, %3
  %call = call i32 @gcd(i32 noundef %1, i32 noundef %rem) #2
  br label %cond.end

cond.false:                                       ; preds = %entry
  %4 = load i32, ptr %a.addr, align 4
  br label %cond.end

cond.end:                                         ; preds = %cond.false, %cond.true
  %cond = phi i32 [ %call, %cond.true ], [ %4, %cond.false ]
  ret i32 %cond
}

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %m = alloca i32, align 4
  %n = alloca i32, align 4
  store i32 0, ptr %m, align 4
  br label %for.cond

for.cond:                                         ; preds = %for.inc4, %entry
  %0 = load i32, ptr %m, align 4
  %cmp = icmp sle i32 %0, 2
  br i1 %cmp, label %for.body, label %for.end6

for.body:                                         ; preds = %for.cond
  store i32 0, ptr %n, align 4
  br label %for.cond1

for.cond1:                                        ; preds = %for.inc, %for.body
  %1 = load i32, ptr %n, align 4
  %cmp2 = icmp sle i32 %1, 3
  br i1 %cmp2, label %for.body3, label %for.end

for.body3:                                        ; preds = %for.cond1
  store i32 0, ptr @calls, align 4
  %2 = load i32, ptr %m, align 4
  %3 = load i32, ptr %n, align 4
  %call = call i32 @ack(i32 noundef %2, i32 noundef %3) #2
  call void @sb3_out_int(i32 noundef %call) #2
  %4 = load i32, ptr @calls, align 4
  call void @sb3_out_int(i32 noundef %4) #2
  br label %for.inc

for.inc:                                          ; preds = %for.body3
  %5 = load i32, ptr %n, align 4
  %inc = add nsw i32 %5, 1
  store i32 %inc, ptr %n, align 4
  br label %for.cond1, !llvm.loop !2

for.end:                                          ; preds = %for.cond1
  br label %for.inc4

for.inc4:                                         ; preds = %for.end
  %6 = load i32, ptr %m, align 4
  %inc5 = add nsw i32 %6, 1
  store i32 %inc5, ptr %m, align 4
  br label %for.cond, !llvm.loop !4

for.end6:                                         ; preds = %for.cond
  store i32 0, ptr @calls, align 4
  %call7 = call i32 @ack(i32 noundef 3, i32 noundef 2) #2
  call void @sb3_out_int(i32 noundef %call7) #2
  %7 = load i32, ptr @calls, align 4
  call void @sb3_out_int(i32 noundef %7) #2
  %call8 = call i32 @gcd(i32 noundef 1071, i32 noundef 462) #2
  call void @sb3_out_int(i32 noundef %call8) #2
  %call9 = call i32 @gcd(i32 noundef -1, i32 noundef 65535) #2
  call void @sb3_out_int(i32 noundef %call9) #2
  %call10 = call i32 @gcd(i32 noundef 832040, i32 noundef 514229) #2
  call void @sb3_out_int(i32 noundef %call10) #2
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
