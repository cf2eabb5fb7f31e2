; ModuleID = 'globals.c'
source_filename = "globals.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@init_int = hidden global i32 42, align 4
@const_int = hidden constant i32 7, align 4
@bytes = hidden global [5 x i8] c"\01\02\FF\00\80", align 1
@shorts = hidden global [3 x i16] [i16 -1, i16 32767, i16 -32768], align 2
@bigs = hidden global [2 x i64] [i64 9007199254740993, i64 -1], align 16
@floats = hidden global [4 x float] [float 0x3FB99999A0000000, float -0.000000e+00, float 0x46293E5940000000, float 3.000000e+00], align 16
@doubles = hidden global [3 x double] [double 1.000000e-01, double 1.000000e-300, double -2.500000e+00], align 16
@matrix = hidden global [2 x [3 x i32]] [[3 x i32] [i32 1, i32 2, i32 3], [3 x i32] [i32 4, i32 5, i32 6]], align 16
@ptr_to_global = hidden global ptr @init_int, align 4
@ptr_into_array = hidden global ptr getelementptr (i8, ptr @matrix, i64 20), align 4
@.str = private unnamed_addr constant [2 x i8] c"x\00", align 1
@.str.1 = private unnamed_addr constant [3 x i8] c"yz\00", align 1
@strtab = hidden constant [2 x ptr] [ptr @.str, ptr @.str.1], align 4
@sparse = hidden global [100 x i32] [i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 1, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 0, i32 2], align 16
@flag = hidden global i8 1, align 1
@zero_int = hidden global i32 0, align 4
@static_int = internal global i32 -5, align 4
@ext_int = external global i32, align 4
@counter.c = internal global i32 0, align 4

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: noinline nounwind optnone
define hidden i32 @main() #0 {
entry:
  %call = call i32 @counter() #2
  %call1 = call i32 @counter() #2
  %0 = load i32, ptr @zero_int, align 4
  %1 = load i32, ptr @init_int, align 4
  %add = add nsw i32 %0, %1
  %2 = load i32, ptr @static_int, align 4
  %add2 = add nsw i32 %add, %2
  %add3 = add nsw i32 %add2, 7
  %3 = load i8, ptr getelementptr inbounds ([5 x i8], ptr @bytes, i32 0, i32 2), align 1
  %conv = zext i8 %3 to i32
  %add4 = add nsw i32 %add3, %conv
  %4 = load i16, ptr getelementptr inbounds ([3 x i16], ptr @shorts, i32 0, i32 2), align 2
  %conv5 = sext i16 %4 to i32
  %add6 = add nsw i32 %add4, %conv5
  %5 = load i64, ptr getelementptr inbounds ([2 x i64], ptr @bigs, i32 0, i32 1), align 8
  %conv7 = trunc i64 %5 to i32
  %add8 = add nsw i32 %add6, %conv7
  call void @sb3_out_int(i32 noundef %add8) #2
  %6 = load float, ptr @floats, align 16
  %conv9 = fpext float %6 to double
  %7 = load double, ptr getelementptr inbounds ([3 x double], ptr @doubles, i32 0, i32 1), align 8
  %add10 = fadd double %conv9, %7
  call void @sb3_out_double(double noundef %add10) #2
  %8 = load ptr, ptr @ptr_to_global, align 4
  %9 = load i32, ptr %8, align 4
  %10 = load ptr, ptr @ptr_into_array, align 4
  %11 = load i32, ptr %10, align 4
  %add11 = add nsw i32 %9, %11
  %12 = load ptr, ptr getelementptr inbounds ([2 x ptr], ptr @strtab, i32 0, i32 1), align 4
  %arrayidx = getelementptr inbounds i8, ptr %12, i32 1
  %13 = load i8, ptr %arrayidx, align 1
  %conv12 = sext i8 %13 to i32
  %add13 = add nsw i32 %add11, %conv12
  %14 = load i32, ptr getelementptr inbounds ([100 x i32], ptr @sparse, i32 0, i32 50), align 8
  %add14 = add nsw i32 %add13, %14
  %15 = load i8, ptr @flag, align 1
  %loadedv = trunc i8 %15 to i1
  %conv15 = zext i1 %loadedv to i32
  %add16 = add nsw i32 %add14, %conv15
  %call17 = call i32 @counter() #2
  %add18 = add nsw i32 %add16, %call17
  call void @sb3_out_int(i32 noundef %add18) #2
  %16 = load i32, ptr @ext_int, align 4
  store i32 %16, ptr @static_int, align 4
  %17 = load i32, ptr @static_int, align 4
  ret i32 %17
}

; Function Attrs: noinline nounwind optnone
define internal i32 @counter() #0 {
entry:
  %0 = load i32, ptr @counter.c, align 4
  %inc = add nsw i32 %0, 1
  store i32 %inc, ptr @counter.c, align 4
  ret i32 %inc
}

declare void @sb3_out_int(i32 noundef) #1

declare void @sb3_out_double(double noundef) #1

attributes #0 = { noinline nounwind optnone "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
