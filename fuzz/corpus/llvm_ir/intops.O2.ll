; ModuleID = 'intops.c'
source_filename = "intops.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @udiv(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %div = udiv i32 %a, %b
  %0 = mul i32 %div, %b
  %rem.decomposed = sub i32 %a, %0
  %add = add i32 %rem.decomposed, %div
  ret i32 %add
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden i32 @sdiv(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %div = sdiv i32 %a, %b
  %0 = mul i32 %div, %b
  %rem.decomposed = sub i32 %a, %0
  %add = add nsw i32 %rem.decomposed, %div
  ret i32 %add
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden i32 @shifts(i32 noundef %a, i32 noundef %s) local_unnamed_addr #0 {
entry:
  %shl = shl i32 %a, %s
  %sub = sub nsw i32 32, %s
  %shr = lshr i32 %a, %sub
  %shr1 = ashr i32 %a, 3
  %or = or i32 %shl, %shr1
  %or2 = or i32 %or, %shr
  ret i32 %or2
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef i32 @bits(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %not = xor i32 %b, -1
  ret i32 %not
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden i64 @wide(i64 noundef %a, i64 noundef %b) local_unnamed_addr #0 {
entry:
  %mul = mul nsw i64 %b, %a
  %shr = ashr i64 %a, 5
  %add = add nsw i64 %mul, %shr
  %div.neg = sdiv i64 %b, -7
  %sub = add i64 %add, %div.neg
  ret i64 %sub
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef i64 @uwide(i64 noundef %a, i64 noundef %b) local_unnamed_addr #0 {
entry:
  %div = udiv i64 %a, %b
  %0 = mul i64 %div, %b
  %rem.decomposed = sub i64 %a, %0
  %shl = shl i64 %a, 3
  %add = add i64 %div, %shl
  %add1 = add i64 %add, %rem.decomposed
  ret i64 %add1
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef signext i8 @sc(i8 noundef signext %a, i8 noundef signext %b) local_unnamed_addr #0 {
entry:
  %add = add i8 %b, %a
  ret i8 %add
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef zeroext i16 @us(i16 noundef zeroext %a, i16 noundef zeroext %b) local_unnamed_addr #0 {
entry:
  %mul = mul i16 %b, %a
  ret i16 %mul
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden i32 @minmax(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %cond = tail call i32 @llvm.smax.i32(i32 %a, i32 %b)
  %cond5 = tail call i32 @llvm.umin.i32(i32 %a, i32 %b)
  %cond10 = tail call i32 @llvm.abs.i32(i32 %a, i1 true)
  %add = add i32 %cond5, %cond10
  %add11 = add i32 %add, %cond
  ret i32 %add11
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden range(i32 0, 5) i32 @cmp(i32 noundef %a, i32 noundef %b) local_unnamed_addr #0 {
entry:
  %cmp = icmp ugt i32 %a, 5
  %conv = zext i1 %cmp to i32
  %cmp1 = icmp slt i32 %b, -2
  %conv2 = zext i1 %cmp1 to i32
  %cmp3 = icmp eq i32 %a, 0
  %conv4 = zext i1 %cmp3 to i32
  %cmp6 = icmp ne i32 %b, 7
  %conv7 = zext i1 %cmp6 to i32
  %add = add nuw nsw i32 %conv4, %conv
  %add5 = add nuw nsw i32 %add, %conv2
  %add8 = add nuw nsw i32 %add5, %conv7
  ret i32 %add8
}

; Function Attrs: mustprogress nofree norecurse nosync nounwind willreturn memory(none)
define hidden noundef zeroext i1 @boolish(i32 noundef %x) local_unnamed_addr #0 {
entry:
  %cmp = icmp ne i32 %x, 0
  ret i1 %cmp
}

; Function Attrs: nounwind
define hidden noundef i32 @main() #1 {
entry:
  tail call void @sb3_out_int(i32 noundef 571428574) #4
  tail call void @sb3_out_int(i32 noundef -5) #4
  tail call void @sb3_out_int(i32 noundef -268435432) #4
  tail call void @sb3_out_int(i32 noundef -13108) #4
  tail call void @sb3_out_int(i32 noundef -366512343) #4
  tail call void @sb3_out_int(i32 noundef -513011453) #4
  tail call void @sb3_out_int(i32 noundef -56) #4
  tail call void @sb3_out_int(i32 noundef 24464) #4
  tail call void @sb3_out_int(i32 noundef 11) #4
  tail call void @sb3_out_int(i32 noundef 3) #4
  tail call void @sb3_out_int(i32 noundef 1) #4
  ret i32 0
}

declare void @sb3_out_int(i32 noundef) local_unnamed_addr #2

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.umin.i32(i32, i32) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.abs.i32(i32, i1 immarg) #3

attributes #0 = { mustprogress nofree norecurse nosync nounwind willreturn memory(none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nobuiltin nounwind "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
