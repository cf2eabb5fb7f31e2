; ModuleID = 'llama2_scratch.c'
source_filename = "llama2_scratch.c"
target datalayout = "e-m:e-p:32:32-p10:8:8-p20:8:8-i64:64-n32:64-S128-ni:1:10:20"
target triple = "wasm32-unknown-unknown"

%struct.Shape = type { i32, i32, i32, i32, i32, i32, i32, i32 }

@seq = internal unnamed_addr global i32 0, align 4
@img = internal unnamed_addr global ptr null, align 4
@dim = internal unnamed_addr global i32 0, align 4
@hidden = internal unnamed_addr global i32 0, align 4
@n_layers = internal unnamed_addr global i32 0, align 4
@n_heads = internal unnamed_addr global i32 0, align 4
@n_kv = internal unnamed_addr global i32 0, align 4
@vocab = internal unnamed_addr global i32 0, align 4
@head_size = internal unnamed_addr global i32 0, align 4
@kv_dim = internal unnamed_addr global i32 0, align 4
@quant = internal unnamed_addr global i32 0, align 4
@bos = internal unnamed_addr global i32 0, align 4
@shD = internal global %struct.Shape zeroinitializer, align 4
@shF = internal global %struct.Shape zeroinitializer, align 4
@w_emb = internal unnamed_addr global ptr null, align 4
@w_rms_att = internal unnamed_addr global ptr null, align 4
@w_q = internal unnamed_addr global ptr null, align 4
@w_k = internal unnamed_addr global ptr null, align 4
@w_v = internal unnamed_addr global ptr null, align 4
@w_o = internal unnamed_addr global ptr null, align 4
@w_rms_ffn = internal unnamed_addr global ptr null, align 4
@w_1 = internal unnamed_addr global ptr null, align 4
@w_2 = internal unnamed_addr global ptr null, align 4
@w_3 = internal unnamed_addr global ptr null, align 4
@w_rms_final = internal unnamed_addr global ptr null, align 4
@w_cls = internal unnamed_addr global ptr null, align 4
@rope_cos = internal unnamed_addr global ptr null, align 4
@rope_sin = internal unnamed_addr global ptr null, align 4
@b_x = internal unnamed_addr global ptr null, align 4
@b_xb = internal unnamed_addr global ptr null, align 4
@b_xb2 = internal unnamed_addr global ptr null, align 4
@b_hb = internal unnamed_addr global ptr null, align 4
@b_hb2 = internal unnamed_addr global ptr null, align 4
@b_q = internal unnamed_addr global ptr null, align 4
@b_att = internal unnamed_addr global ptr null, align 4
@b_logits = internal unnamed_addr global ptr null, align 4
@b_kc = internal unnamed_addr global ptr null, align 4
@b_vc = internal unnamed_addr global ptr null, align 4
@b_qy = internal unnamed_addr global ptr null, align 4
@b_qsx = internal unnamed_addr global ptr null, align 4
@b_heap = internal unnamed_addr global ptr null, align 4
@t_off = internal unnamed_addr global ptr null, align 4
@t_len = internal unnamed_addr global ptr null, align 4
@t_bytes = internal unnamed_addr global ptr null, align 4
@t_score = internal unnamed_addr global ptr null, align 4
@t_sorted = internal unnamed_addr global ptr null, align 4
@prompt_cap = internal unnamed_addr global i32 0, align 4
@p_bytes = internal unnamed_addr global ptr null, align 4
@p_tokens = internal unnamed_addr global ptr null, align 4
@p_pair_id = internal unnamed_addr global ptr null, align 4
@p_pair_score = internal unnamed_addr global ptr null, align 4
@rms_eps = internal unnamed_addr global float 0.000000e+00, align 4
@pm_mod = internal unnamed_addr global float 0.000000e+00, align 4
@pm_mult = internal unnamed_addr global float 0.000000e+00, align 4
@rng = internal unnamed_addr global float 0.000000e+00, align 4
@.str = private unnamed_addr constant [11 x i8] c"sb3_nowarp\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [17 x i8] c"llama2_scratch.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [2 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @main, ptr @.str, ptr @.str.1, i32 815, ptr null }, { ptr, ptr, ptr, i32, ptr } { ptr @generate, ptr @.str, ptr @.str.1, i32 788, ptr null }], section "llvm.metadata"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden range(i32 0, 2) i32 @main() #0 {
entry:
  tail call void @sb3_status(i32 noundef 1) #9
  %call = tail call fastcc i32 @load_header() #10
  %tobool.not = icmp eq i32 %call, 0
  br i1 %tobool.not, label %return, label %if.end

if.end:                                           ; preds = %entry
  %call1 = tail call float @sb3_setting(i32 noundef 0) #9
  %conv = fptosi float %call1 to i32
  %call2 = tail call float @sb3_setting(i32 noundef 1) #9
  %call3 = tail call float @sb3_setting(i32 noundef 2) #9
  %conv4 = fptosi float %call3 to i32
  %call5 = tail call float @sb3_setting(i32 noundef 3) #9
  %call6 = tail call float @sb3_setting(i32 noundef 4) #9
  %0 = load float, ptr @pm_mod, align 4, !tbaa !2
  %sub.i = fadd float %0, -1.000000e+00
  %1 = tail call float @llvm.fabs.f32(float %call6)
  %2 = tail call float @llvm.floor.f32(float %1)
  %div.i = fdiv float %2, %sub.i
  %3 = tail call float @llvm.floor.f32(float %div.i)
  %mul.i = fmul float %sub.i, %3
  %sub1.i = fsub float %2, %mul.i
  %cmp.i = fcmp oeq float %sub1.i, 0.000000e+00
  br i1 %cmp.i, label %if.then.i, label %seed_rng.exit

if.then.i:                                        ; preds = %if.end
  %call.i = tail call float @sb3_timer() #9
  %mul2.i = fmul float %call.i, 1.000000e+03
  %4 = tail call float @llvm.floor.f32(float %mul2.i)
  %div3.i = fdiv float %4, %sub.i
  %5 = tail call float @llvm.floor.f32(float %div3.i)
  %mul4.i = fmul float %sub.i, %5
  %sub5.i = fsub float %4, %mul4.i
  %cmp6.i = fcmp oeq float %sub5.i, 0.000000e+00
  br i1 %cmp6.i, label %if.then7.i, label %seed_rng.exit

if.then7.i:                                       ; preds = %if.then.i
  br label %seed_rng.exit

seed_rng.exit:                                    ; preds = %if.end, %if.then.i, %if.then7.i
  %s.0.i = phi float [ 1.000000e+00, %if.then7.i ], [ %sub5.i, %if.then.i ], [ %sub1.i, %if.end ]
  store float %s.0.i, ptr @rng, align 4, !tbaa !2
  %cmp = icmp slt i32 %conv, 1
  %6 = load i32, ptr @seq, align 4
  %7 = tail call i32 @llvm.smin.i32(i32 %6, i32 %conv)
  %steps.0 = select i1 %cmp, i32 %6, i32 %7
  %call12 = tail call fastcc i32 @encode() #10
  %call13 = tail call i32 @generate(i32 noundef %call12, i32 noundef %steps.0, float noundef %call2, i32 noundef %conv4, float noundef %call5) #10
  br label %return

return:                                           ; preds = %entry, %seed_rng.exit
  %.sink = phi i32 [ 2, %seed_rng.exit ], [ 3, %entry ]
  %retval.0 = phi i32 [ 0, %seed_rng.exit ], [ 1, %entry ]
  tail call void @sb3_status(i32 noundef %.sink) #9
  ret i32 %retval.0
}

declare void @sb3_status(i32 noundef) local_unnamed_addr #1

; Function Attrs: noinline nounwind
define internal fastcc range(i32 0, 2) i32 @load_header() unnamed_addr #2 {
entry:
  %call = tail call ptr @sb3_image() #9
  store ptr %call, ptr @img, align 4, !tbaa !6
  %0 = load float, ptr %call, align 4, !tbaa !2
  %conv.i = fptosi float %0 to i32
  %cmp.not = icmp eq i32 %conv.i, 1280127571
  br i1 %cmp.not, label %lor.lhs.false, label %return

lor.lhs.false:                                    ; preds = %entry
  %arrayidx.i = getelementptr inbounds i8, ptr %call, i32 4
  %1 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %conv.i54 = fptosi float %1 to i32
  %cmp3.not = icmp eq i32 %conv.i54, 1
  br i1 %cmp3.not, label %if.end, label %return

if.end:                                           ; preds = %lor.lhs.false
  %arrayidx.i55 = getelementptr inbounds i8, ptr %call, i32 8
  %2 = load float, ptr %arrayidx.i55, align 4, !tbaa !2
  %conv.i56 = fptosi float %2 to i32
  store i32 %conv.i56, ptr @dim, align 4, !tbaa !8
  %arrayidx.i57 = getelementptr inbounds i8, ptr %call, i32 12
  %3 = load float, ptr %arrayidx.i57, align 4, !tbaa !2
  %conv.i58 = fptosi float %3 to i32
  store i32 %conv.i58, ptr @hidden, align 4, !tbaa !8
  %arrayidx.i59 = getelementptr inbounds i8, ptr %call, i32 16
  %4 = load float, ptr %arrayidx.i59, align 4, !tbaa !2
  %conv.i60 = fptosi float %4 to i32
  store i32 %conv.i60, ptr @n_layers, align 4, !tbaa !8
  %arrayidx.i61 = getelementptr inbounds i8, ptr %call, i32 20
  %5 = load float, ptr %arrayidx.i61, align 4, !tbaa !2
  %conv.i62 = fptosi float %5 to i32
  store i32 %conv.i62, ptr @n_heads, align 4, !tbaa !8
  %arrayidx.i63 = getelementptr inbounds i8, ptr %call, i32 24
  %6 = load float, ptr %arrayidx.i63, align 4, !tbaa !2
  %conv.i64 = fptosi float %6 to i32
  store i32 %conv.i64, ptr @n_kv, align 4, !tbaa !8
  %arrayidx.i65 = getelementptr inbounds i8, ptr %call, i32 28
  %7 = load float, ptr %arrayidx.i65, align 4, !tbaa !2
  %conv.i66 = fptosi float %7 to i32
  store i32 %conv.i66, ptr @vocab, align 4, !tbaa !8
  %arrayidx.i67 = getelementptr inbounds i8, ptr %call, i32 32
  %8 = load float, ptr %arrayidx.i67, align 4, !tbaa !2
  %conv.i68 = fptosi float %8 to i32
  store i32 %conv.i68, ptr @seq, align 4, !tbaa !8
  %arrayidx.i69 = getelementptr inbounds i8, ptr %call, i32 36
  %9 = load float, ptr %arrayidx.i69, align 4, !tbaa !2
  %conv.i70 = fptosi float %9 to i32
  store i32 %conv.i70, ptr @head_size, align 4, !tbaa !8
  %arrayidx.i71 = getelementptr inbounds i8, ptr %call, i32 40
  %10 = load float, ptr %arrayidx.i71, align 4, !tbaa !2
  %conv.i72 = fptosi float %10 to i32
  store i32 %conv.i72, ptr @kv_dim, align 4, !tbaa !8
  %arrayidx.i73 = getelementptr inbounds i8, ptr %call, i32 44
  %11 = load float, ptr %arrayidx.i73, align 4, !tbaa !2
  %conv.i74 = fptosi float %11 to i32
  store i32 %conv.i74, ptr @quant, align 4, !tbaa !8
  %arrayidx.i75 = getelementptr inbounds i8, ptr %call, i32 260
  %12 = load float, ptr %arrayidx.i75, align 4, !tbaa !2
  %conv.i76 = fptosi float %12 to i32
  store i32 %conv.i76, ptr @bos, align 4, !tbaa !8
  store i32 %conv.i56, ptr @shD, align 4, !tbaa !10
  %arrayidx.i.i = getelementptr i8, ptr %call, i32 52
  %13 = load float, ptr %arrayidx.i.i, align 4, !tbaa !2
  %conv.i.i = fptosi float %13 to i32
  store i32 %conv.i.i, ptr getelementptr inbounds (i8, ptr @shD, i32 4), align 4, !tbaa !12
  %arrayidx.i24.i = getelementptr i8, ptr %call, i32 56
  %14 = load float, ptr %arrayidx.i24.i, align 4, !tbaa !2
  %conv.i25.i = fptosi float %14 to i32
  store i32 %conv.i25.i, ptr getelementptr inbounds (i8, ptr @shD, i32 8), align 4, !tbaa !13
  %arrayidx.i26.i = getelementptr i8, ptr %call, i32 60
  %15 = load float, ptr %arrayidx.i26.i, align 4, !tbaa !2
  %conv.i27.i = fptosi float %15 to i32
  store i32 %conv.i27.i, ptr getelementptr inbounds (i8, ptr @shD, i32 12), align 4, !tbaa !14
  %arrayidx.i28.i = getelementptr i8, ptr %call, i32 64
  %16 = load float, ptr %arrayidx.i28.i, align 4, !tbaa !2
  %conv.i29.i = fptosi float %16 to i32
  store i32 %conv.i29.i, ptr getelementptr inbounds (i8, ptr @shD, i32 16), align 4, !tbaa !15
  %arrayidx.i30.i = getelementptr i8, ptr %call, i32 68
  %17 = load float, ptr %arrayidx.i30.i, align 4, !tbaa !2
  %conv.i31.i = fptosi float %17 to i32
  store i32 %conv.i31.i, ptr getelementptr inbounds (i8, ptr @shD, i32 20), align 4, !tbaa !16
  %arrayidx.i32.i = getelementptr i8, ptr %call, i32 72
  %18 = load float, ptr %arrayidx.i32.i, align 4, !tbaa !2
  %conv.i33.i = fptosi float %18 to i32
  store i32 %conv.i33.i, ptr getelementptr inbounds (i8, ptr @shD, i32 28), align 4, !tbaa !17
  %arrayidx.i34.i = getelementptr inbounds i8, ptr %call, i32 48
  %19 = load float, ptr %arrayidx.i34.i, align 4, !tbaa !2
  %conv.i35.i = fptosi float %19 to i32
  store i32 %conv.i35.i, ptr getelementptr inbounds (i8, ptr @shD, i32 24), align 4, !tbaa !18
  store i32 %conv.i58, ptr @shF, align 4, !tbaa !10
  %arrayidx.i.i77 = getelementptr i8, ptr %call, i32 76
  %20 = load float, ptr %arrayidx.i.i77, align 4, !tbaa !2
  %conv.i.i78 = fptosi float %20 to i32
  store i32 %conv.i.i78, ptr getelementptr inbounds (i8, ptr @shF, i32 4), align 4, !tbaa !12
  %arrayidx.i24.i79 = getelementptr i8, ptr %call, i32 80
  %21 = load float, ptr %arrayidx.i24.i79, align 4, !tbaa !2
  %conv.i25.i80 = fptosi float %21 to i32
  store i32 %conv.i25.i80, ptr getelementptr inbounds (i8, ptr @shF, i32 8), align 4, !tbaa !13
  %arrayidx.i26.i81 = getelementptr i8, ptr %call, i32 84
  %22 = load float, ptr %arrayidx.i26.i81, align 4, !tbaa !2
  %conv.i27.i82 = fptosi float %22 to i32
  store i32 %conv.i27.i82, ptr getelementptr inbounds (i8, ptr @shF, i32 12), align 4, !tbaa !14
  %arrayidx.i28.i83 = getelementptr i8, ptr %call, i32 88
  %23 = load float, ptr %arrayidx.i28.i83, align 4, !tbaa !2
  %conv.i29.i84 = fptosi float %23 to i32
  store i32 %conv.i29.i84, ptr getelementptr inbounds (i8, ptr @shF, i32 16), align 4, !tbaa !15
  %arrayidx.i30.i85 = getelementptr i8, ptr %call, i32 92
  %24 = load float, ptr %arrayidx.i30.i85, align 4, !tbaa !2
  %conv.i31.i86 = fptosi float %24 to i32
  store i32 %conv.i31.i86, ptr getelementptr inbounds (i8, ptr @shF, i32 20), align 4, !tbaa !16
  %arrayidx.i32.i87 = getelementptr i8, ptr %call, i32 96
  %25 = load float, ptr %arrayidx.i32.i87, align 4, !tbaa !2
  %conv.i33.i88 = fptosi float %25 to i32
  store i32 %conv.i33.i88, ptr getelementptr inbounds (i8, ptr @shF, i32 28), align 4, !tbaa !17
  store i32 %conv.i35.i, ptr getelementptr inbounds (i8, ptr @shF, i32 24), align 4, !tbaa !18
  %arrayidx.i.i91 = getelementptr inbounds i8, ptr %call, i32 100
  %26 = load float, ptr %arrayidx.i.i91, align 4, !tbaa !2
  %conv.i.i92 = fptosi float %26 to i32
  %add.ptr.i = getelementptr inbounds float, ptr %call, i32 %conv.i.i92
  store ptr %add.ptr.i, ptr @w_emb, align 4, !tbaa !6
  %arrayidx.i.i93 = getelementptr inbounds i8, ptr %call, i32 104
  %27 = load float, ptr %arrayidx.i.i93, align 4, !tbaa !2
  %conv.i.i94 = fptosi float %27 to i32
  %add.ptr.i95 = getelementptr inbounds float, ptr %call, i32 %conv.i.i94
  store ptr %add.ptr.i95, ptr @w_rms_att, align 4, !tbaa !6
  %arrayidx.i.i96 = getelementptr inbounds i8, ptr %call, i32 108
  %28 = load float, ptr %arrayidx.i.i96, align 4, !tbaa !2
  %conv.i.i97 = fptosi float %28 to i32
  %add.ptr.i98 = getelementptr inbounds float, ptr %call, i32 %conv.i.i97
  store ptr %add.ptr.i98, ptr @w_q, align 4, !tbaa !6
  %arrayidx.i.i99 = getelementptr inbounds i8, ptr %call, i32 112
  %29 = load float, ptr %arrayidx.i.i99, align 4, !tbaa !2
  %conv.i.i100 = fptosi float %29 to i32
  %add.ptr.i101 = getelementptr inbounds float, ptr %call, i32 %conv.i.i100
  store ptr %add.ptr.i101, ptr @w_k, align 4, !tbaa !6
  %arrayidx.i.i102 = getelementptr inbounds i8, ptr %call, i32 116
  %30 = load float, ptr %arrayidx.i.i102, align 4, !tbaa !2
  %conv.i.i103 = fptosi float %30 to i32
  %add.ptr.i104 = getelementptr inbounds float, ptr %call, i32 %conv.i.i103
  store ptr %add.ptr.i104, ptr @w_v, align 4, !tbaa !6
  %arrayidx.i.i105 = getelementptr inbounds i8, ptr %call, i32 120
  %31 = load float, ptr %arrayidx.i.i105, align 4, !tbaa !2
  %conv.i.i106 = fptosi float %31 to i32
  %add.ptr.i107 = getelementptr inbounds float, ptr %call, i32 %conv.i.i106
  store ptr %add.ptr.i107, ptr @w_o, align 4, !tbaa !6
  %arrayidx.i.i108 = getelementptr inbounds i8, ptr %call, i32 124
  %32 = load float, ptr %arrayidx.i.i108, align 4, !tbaa !2
  %conv.i.i109 = fptosi float %32 to i32
  %add.ptr.i110 = getelementptr inbounds float, ptr %call, i32 %conv.i.i109
  store ptr %add.ptr.i110, ptr @w_rms_ffn, align 4, !tbaa !6
  %arrayidx.i.i111 = getelementptr inbounds i8, ptr %call, i32 128
  %33 = load float, ptr %arrayidx.i.i111, align 4, !tbaa !2
  %conv.i.i112 = fptosi float %33 to i32
  %add.ptr.i113 = getelementptr inbounds float, ptr %call, i32 %conv.i.i112
  store ptr %add.ptr.i113, ptr @w_1, align 4, !tbaa !6
  %arrayidx.i.i114 = getelementptr inbounds i8, ptr %call, i32 132
  %34 = load float, ptr %arrayidx.i.i114, align 4, !tbaa !2
  %conv.i.i115 = fptosi float %34 to i32
  %add.ptr.i116 = getelementptr inbounds float, ptr %call, i32 %conv.i.i115
  store ptr %add.ptr.i116, ptr @w_2, align 4, !tbaa !6
  %arrayidx.i.i117 = getelementptr inbounds i8, ptr %call, i32 136
  %35 = load float, ptr %arrayidx.i.i117, align 4, !tbaa !2
  %conv.i.i118 = fptosi float %35 to i32
  %add.ptr.i119 = getelementptr inbounds float, ptr %call, i32 %conv.i.i118
  store ptr %add.ptr.i119, ptr @w_3, align 4, !tbaa !6
  %arrayidx.i.i120 = getelementptr inbounds i8, ptr %call, i32 140
  %36 = load float, ptr %arrayidx.i.i120, align 4, !tbaa !2
  %conv.i.i121 = fptosi float %36 to i32
  %add.ptr.i122 = getelementptr inbounds float, ptr %call, i32 %conv.i.i121
  store ptr %add.ptr.i122, ptr @w_rms_final, align 4, !tbaa !6
  %arrayidx.i.i123 = getelementptr inbounds i8, ptr %call, i32 144
  %37 = load float, ptr %arrayidx.i.i123, align 4, !tbaa !2
  %conv.i.i124 = fptosi float %37 to i32
  %add.ptr.i125 = getelementptr inbounds float, ptr %call, i32 %conv.i.i124
  store ptr %add.ptr.i125, ptr @w_cls, align 4, !tbaa !6
  %arrayidx.i.i126 = getelementptr inbounds i8, ptr %call, i32 148
  %38 = load float, ptr %arrayidx.i.i126, align 4, !tbaa !2
  %conv.i.i127 = fptosi float %38 to i32
  %add.ptr.i128 = getelementptr inbounds float, ptr %call, i32 %conv.i.i127
  store ptr %add.ptr.i128, ptr @rope_cos, align 4, !tbaa !6
  %arrayidx.i.i129 = getelementptr inbounds i8, ptr %call, i32 152
  %39 = load float, ptr %arrayidx.i.i129, align 4, !tbaa !2
  %conv.i.i130 = fptosi float %39 to i32
  %add.ptr.i131 = getelementptr inbounds float, ptr %call, i32 %conv.i.i130
  store ptr %add.ptr.i131, ptr @rope_sin, align 4, !tbaa !6
  %arrayidx.i.i132 = getelementptr inbounds i8, ptr %call, i32 156
  %40 = load float, ptr %arrayidx.i.i132, align 4, !tbaa !2
  %conv.i.i133 = fptosi float %40 to i32
  %add.ptr.i134 = getelementptr inbounds float, ptr %call, i32 %conv.i.i133
  store ptr %add.ptr.i134, ptr @b_x, align 4, !tbaa !6
  %arrayidx.i.i135 = getelementptr inbounds i8, ptr %call, i32 160
  %41 = load float, ptr %arrayidx.i.i135, align 4, !tbaa !2
  %conv.i.i136 = fptosi float %41 to i32
  %add.ptr.i137 = getelementptr inbounds float, ptr %call, i32 %conv.i.i136
  store ptr %add.ptr.i137, ptr @b_xb, align 4, !tbaa !6
  %arrayidx.i.i138 = getelementptr inbounds i8, ptr %call, i32 164
  %42 = load float, ptr %arrayidx.i.i138, align 4, !tbaa !2
  %conv.i.i139 = fptosi float %42 to i32
  %add.ptr.i140 = getelementptr inbounds float, ptr %call, i32 %conv.i.i139
  store ptr %add.ptr.i140, ptr @b_xb2, align 4, !tbaa !6
  %arrayidx.i.i141 = getelementptr inbounds i8, ptr %call, i32 168
  %43 = load float, ptr %arrayidx.i.i141, align 4, !tbaa !2
  %conv.i.i142 = fptosi float %43 to i32
  %add.ptr.i143 = getelementptr inbounds float, ptr %call, i32 %conv.i.i142
  store ptr %add.ptr.i143, ptr @b_hb, align 4, !tbaa !6
  %arrayidx.i.i144 = getelementptr inbounds i8, ptr %call, i32 172
  %44 = load float, ptr %arrayidx.i.i144, align 4, !tbaa !2
  %conv.i.i145 = fptosi float %44 to i32
  %add.ptr.i146 = getelementptr inbounds float, ptr %call, i32 %conv.i.i145
  store ptr %add.ptr.i146, ptr @b_hb2, align 4, !tbaa !6
  %arrayidx.i.i147 = getelementptr inbounds i8, ptr %call, i32 176
  %45 = load float, ptr %arrayidx.i.i147, align 4, !tbaa !2
  %conv.i.i148 = fptosi float %45 to i32
  %add.ptr.i149 = getelementptr inbounds float, ptr %call, i32 %conv.i.i148
  store ptr %add.ptr.i149, ptr @b_q, align 4, !tbaa !6
  %arrayidx.i.i150 = getelementptr inbounds i8, ptr %call, i32 180
  %46 = load float, ptr %arrayidx.i.i150, align 4, !tbaa !2
  %conv.i.i151 = fptosi float %46 to i32
  %add.ptr.i152 = getelementptr inbounds float, ptr %call, i32 %conv.i.i151
  store ptr %add.ptr.i152, ptr @b_att, align 4, !tbaa !6
  %arrayidx.i.i153 = getelementptr inbounds i8, ptr %call, i32 184
  %47 = load float, ptr %arrayidx.i.i153, align 4, !tbaa !2
  %conv.i.i154 = fptosi float %47 to i32
  %add.ptr.i155 = getelementptr inbounds float, ptr %call, i32 %conv.i.i154
  store ptr %add.ptr.i155, ptr @b_logits, align 4, !tbaa !6
  %arrayidx.i.i156 = getelementptr inbounds i8, ptr %call, i32 188
  %48 = load float, ptr %arrayidx.i.i156, align 4, !tbaa !2
  %conv.i.i157 = fptosi float %48 to i32
  %add.ptr.i158 = getelementptr inbounds float, ptr %call, i32 %conv.i.i157
  store ptr %add.ptr.i158, ptr @b_kc, align 4, !tbaa !6
  %arrayidx.i.i159 = getelementptr inbounds i8, ptr %call, i32 192
  %49 = load float, ptr %arrayidx.i.i159, align 4, !tbaa !2
  %conv.i.i160 = fptosi float %49 to i32
  %add.ptr.i161 = getelementptr inbounds float, ptr %call, i32 %conv.i.i160
  store ptr %add.ptr.i161, ptr @b_vc, align 4, !tbaa !6
  %arrayidx.i.i162 = getelementptr inbounds i8, ptr %call, i32 196
  %50 = load float, ptr %arrayidx.i.i162, align 4, !tbaa !2
  %conv.i.i163 = fptosi float %50 to i32
  %add.ptr.i164 = getelementptr inbounds float, ptr %call, i32 %conv.i.i163
  store ptr %add.ptr.i164, ptr @b_qy, align 4, !tbaa !6
  %arrayidx.i.i165 = getelementptr inbounds i8, ptr %call, i32 200
  %51 = load float, ptr %arrayidx.i.i165, align 4, !tbaa !2
  %conv.i.i166 = fptosi float %51 to i32
  %add.ptr.i167 = getelementptr inbounds float, ptr %call, i32 %conv.i.i166
  store ptr %add.ptr.i167, ptr @b_qsx, align 4, !tbaa !6
  %arrayidx.i.i168 = getelementptr inbounds i8, ptr %call, i32 204
  %52 = load float, ptr %arrayidx.i.i168, align 4, !tbaa !2
  %conv.i.i169 = fptosi float %52 to i32
  %add.ptr.i170 = getelementptr inbounds float, ptr %call, i32 %conv.i.i169
  store ptr %add.ptr.i170, ptr @b_heap, align 4, !tbaa !6
  %arrayidx.i.i171 = getelementptr inbounds i8, ptr %call, i32 208
  %53 = load float, ptr %arrayidx.i.i171, align 4, !tbaa !2
  %conv.i.i172 = fptosi float %53 to i32
  %add.ptr.i173 = getelementptr inbounds float, ptr %call, i32 %conv.i.i172
  store ptr %add.ptr.i173, ptr @t_off, align 4, !tbaa !6
  %arrayidx.i.i174 = getelementptr inbounds i8, ptr %call, i32 212
  %54 = load float, ptr %arrayidx.i.i174, align 4, !tbaa !2
  %conv.i.i175 = fptosi float %54 to i32
  %add.ptr.i176 = getelementptr inbounds float, ptr %call, i32 %conv.i.i175
  store ptr %add.ptr.i176, ptr @t_len, align 4, !tbaa !6
  %arrayidx.i.i177 = getelementptr inbounds i8, ptr %call, i32 216
  %55 = load float, ptr %arrayidx.i.i177, align 4, !tbaa !2
  %conv.i.i178 = fptosi float %55 to i32
  %add.ptr.i179 = getelementptr inbounds float, ptr %call, i32 %conv.i.i178
  store ptr %add.ptr.i179, ptr @t_bytes, align 4, !tbaa !6
  %arrayidx.i.i180 = getelementptr inbounds i8, ptr %call, i32 220
  %56 = load float, ptr %arrayidx.i.i180, align 4, !tbaa !2
  %conv.i.i181 = fptosi float %56 to i32
  %add.ptr.i182 = getelementptr inbounds float, ptr %call, i32 %conv.i.i181
  store ptr %add.ptr.i182, ptr @t_score, align 4, !tbaa !6
  %arrayidx.i.i183 = getelementptr inbounds i8, ptr %call, i32 224
  %57 = load float, ptr %arrayidx.i.i183, align 4, !tbaa !2
  %conv.i.i184 = fptosi float %57 to i32
  %add.ptr.i185 = getelementptr inbounds float, ptr %call, i32 %conv.i.i184
  store ptr %add.ptr.i185, ptr @t_sorted, align 4, !tbaa !6
  %arrayidx.i186 = getelementptr inbounds i8, ptr %call, i32 228
  %58 = load float, ptr %arrayidx.i186, align 4, !tbaa !2
  %conv.i187 = fptosi float %58 to i32
  store i32 %conv.i187, ptr @prompt_cap, align 4, !tbaa !8
  %arrayidx.i.i188 = getelementptr inbounds i8, ptr %call, i32 232
  %59 = load float, ptr %arrayidx.i.i188, align 4, !tbaa !2
  %conv.i.i189 = fptosi float %59 to i32
  %add.ptr.i190 = getelementptr inbounds float, ptr %call, i32 %conv.i.i189
  store ptr %add.ptr.i190, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i.i191 = getelementptr inbounds i8, ptr %call, i32 236
  %60 = load float, ptr %arrayidx.i.i191, align 4, !tbaa !2
  %conv.i.i192 = fptosi float %60 to i32
  %add.ptr.i193 = getelementptr inbounds float, ptr %call, i32 %conv.i.i192
  store ptr %add.ptr.i193, ptr @p_tokens, align 4, !tbaa !6
  %arrayidx.i.i194 = getelementptr inbounds i8, ptr %call, i32 240
  %61 = load float, ptr %arrayidx.i.i194, align 4, !tbaa !2
  %conv.i.i195 = fptosi float %61 to i32
  %add.ptr.i196 = getelementptr inbounds float, ptr %call, i32 %conv.i.i195
  store ptr %add.ptr.i196, ptr @p_pair_id, align 4, !tbaa !6
  %arrayidx.i.i197 = getelementptr inbounds i8, ptr %call, i32 244
  %62 = load float, ptr %arrayidx.i.i197, align 4, !tbaa !2
  %conv.i.i198 = fptosi float %62 to i32
  %add.ptr.i199 = getelementptr inbounds float, ptr %call, i32 %conv.i.i198
  store ptr %add.ptr.i199, ptr @p_pair_score, align 4, !tbaa !6
  %arrayidx = getelementptr inbounds i8, ptr %call, i32 248
  %63 = load float, ptr %arrayidx, align 4, !tbaa !2
  store float %63, ptr @rms_eps, align 4, !tbaa !2
  %arrayidx52 = getelementptr inbounds i8, ptr %call, i32 252
  %64 = load float, ptr %arrayidx52, align 4, !tbaa !2
  store float %64, ptr @pm_mod, align 4, !tbaa !2
  %arrayidx53 = getelementptr inbounds i8, ptr %call, i32 256
  %65 = load float, ptr %arrayidx53, align 4, !tbaa !2
  store float %65, ptr @pm_mult, align 4, !tbaa !2
  br label %return

return:                                           ; preds = %entry, %lor.lhs.false, %if.end
  %retval.0 = phi i32 [ 1, %if.end ], [ 0, %lor.lhs.false ], [ 0, %entry ]
  ret i32 %retval.0
}

declare float @sb3_setting(i32 noundef) local_unnamed_addr #1

; Function Attrs: noinline nounwind
define internal fastcc i32 @encode() unnamed_addr #2 {
entry:
  %call.i = tail call i32 @sb3_prompt_length() #9
  %cmp193.i = icmp sgt i32 %call.i, 0
  br i1 %cmp193.i, label %for.body.i, label %prompt_to_utf8.exit.thread

prompt_to_utf8.exit.thread:                       ; preds = %entry
  %0 = load i32, ptr @bos, align 4, !tbaa !8
  %conv254 = sitofp i32 %0 to float
  %1 = load ptr, ptr @p_tokens, align 4, !tbaa !6
  store float %conv254, ptr %1, align 4, !tbaa !2
  br label %for.cond73.preheader

for.body.i:                                       ; preds = %entry, %for.inc.i
  %n.0195.i = phi i32 [ %n.3.ph.i, %for.inc.i ], [ 0, %entry ]
  %i.0194.i = phi i32 [ %inc80.i, %for.inc.i ], [ 0, %entry ]
  %call1.i = tail call i32 @sb3_prompt_char(i32 noundef %i.0194.i) #9
  %2 = and i32 %call1.i, -1024
  %or.cond.i = icmp eq i32 %2, 55296
  br i1 %or.cond.i, label %land.lhs.true4.i, label %if.end15.i

land.lhs.true4.i:                                 ; preds = %for.body.i
  %add.i = add nsw i32 %i.0194.i, 1
  %cmp5.i = icmp slt i32 %add.i, %call.i
  br i1 %cmp5.i, label %if.then.i, label %if.end15.i

if.then.i:                                        ; preds = %land.lhs.true4.i
  %call7.i = tail call i32 @sb3_prompt_char(i32 noundef %add.i) #9
  %3 = and i32 %call7.i, -1024
  %or.cond84.i = icmp eq i32 %3, 56320
  %sub.i = shl nuw nsw i32 %call1.i, 10
  %sub13.i = add nsw i32 %sub.i, -56613888
  %add14.i = add i32 %sub13.i, %call7.i
  %c.0.i = select i1 %or.cond84.i, i32 %add14.i, i32 %call1.i
  %i.1.i = select i1 %or.cond84.i, i32 %add.i, i32 %i.0194.i
  br label %if.end15.i

if.end15.i:                                       ; preds = %if.then.i, %land.lhs.true4.i, %for.body.i
  %c.1.i = phi i32 [ %c.0.i, %if.then.i ], [ %call1.i, %land.lhs.true4.i ], [ %call1.i, %for.body.i ]
  %i.2.i = phi i32 [ %i.1.i, %if.then.i ], [ %i.0194.i, %land.lhs.true4.i ], [ %i.0194.i, %for.body.i ]
  %or.cond85.i = icmp ugt i32 %c.1.i, 1114111
  %4 = and i32 %c.1.i, 2095104
  %or.cond86.i = icmp eq i32 %4, 55296
  %or.cond135.i = or i1 %or.cond85.i, %or.cond86.i
  %c.2.i = select i1 %or.cond135.i, i32 65533, i32 %c.1.i
  %cmp24.i = icmp eq i32 %c.2.i, 0
  br i1 %cmp24.i, label %for.inc.i, label %if.end26.i

if.end26.i:                                       ; preds = %if.end15.i
  %cmp27.i = icmp slt i32 %c.2.i, 128
  br i1 %cmp27.i, label %cond.end33.i, label %cond.false.i

cond.false.i:                                     ; preds = %if.end26.i
  %cmp28.i = icmp ult i32 %c.2.i, 2048
  br i1 %cmp28.i, label %cond.end33.i, label %cond.false30.i

cond.false30.i:                                   ; preds = %cond.false.i
  %cmp31.i = icmp ult i32 %c.2.i, 65536
  %cond.i = select i1 %cmp31.i, i32 3, i32 4
  br label %cond.end33.i

cond.end33.i:                                     ; preds = %cond.false30.i, %cond.false.i, %if.end26.i
  %cond34.i = phi i32 [ 1, %if.end26.i ], [ %cond.i, %cond.false30.i ], [ 2, %cond.false.i ]
  %add35.i = add nsw i32 %cond34.i, %n.0195.i
  %5 = load i32, ptr @prompt_cap, align 4, !tbaa !8
  %cmp36.i = icmp sgt i32 %add35.i, %5
  br i1 %cmp36.i, label %prompt_to_utf8.exit, label %if.end38.i

if.end38.i:                                       ; preds = %cond.end33.i
  %cmp.i166.i = icmp sgt i32 %5, %n.0195.i
  switch i32 %cond34.i, label %if.else61.i [
    i32 1, label %if.then40.i
    i32 2, label %if.then43.i
    i32 3, label %if.then50.i
  ]

if.then40.i:                                      ; preds = %if.end38.i
  br i1 %cmp.i166.i, label %if.then.i.i, label %push_byte.exit.i

if.then.i.i:                                      ; preds = %if.then40.i
  %conv.i.i = uitofp nneg i32 %c.2.i to float
  %6 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i.i = getelementptr inbounds float, ptr %6, i32 %n.0195.i
  store float %conv.i.i, ptr %arrayidx.i.i, align 4, !tbaa !2
  br label %push_byte.exit.i

push_byte.exit.i:                                 ; preds = %if.then.i.i, %if.then40.i
  %add.i.i = add nsw i32 %n.0195.i, 1
  br label %for.inc.i

if.then43.i:                                      ; preds = %if.end38.i
  br i1 %cmp.i166.i, label %if.then.i138.i, label %push_byte.exit141.i

if.then.i138.i:                                   ; preds = %if.then43.i
  %div134.i = lshr i32 %c.2.i, 6
  %add44.i = add nuw nsw i32 %div134.i, 192
  %conv.i139.i = uitofp nneg i32 %add44.i to float
  %7 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i140.i = getelementptr inbounds float, ptr %7, i32 %n.0195.i
  store float %conv.i139.i, ptr %arrayidx.i140.i, align 4, !tbaa !2
  br label %push_byte.exit141.i

push_byte.exit141.i:                              ; preds = %if.then.i138.i, %if.then43.i
  %add.i137.i = add nsw i32 %n.0195.i, 1
  %cmp.i142.i = icmp sgt i32 %5, %add.i137.i
  br i1 %cmp.i142.i, label %if.then.i144.i, label %push_byte.exit147.i

if.then.i144.i:                                   ; preds = %push_byte.exit141.i
  %rem.i = and i32 %c.2.i, 63
  %add46.i = or disjoint i32 %rem.i, 128
  %conv.i145.i = uitofp nneg i32 %add46.i to float
  %8 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i146.i = getelementptr inbounds float, ptr %8, i32 %add.i137.i
  store float %conv.i145.i, ptr %arrayidx.i146.i, align 4, !tbaa !2
  br label %push_byte.exit147.i

push_byte.exit147.i:                              ; preds = %if.then.i144.i, %push_byte.exit141.i
  %add.i143.i = add nsw i32 %n.0195.i, 2
  br label %for.inc.i

if.then50.i:                                      ; preds = %if.end38.i
  br i1 %cmp.i166.i, label %if.then.i150.i, label %push_byte.exit153.i

if.then.i150.i:                                   ; preds = %if.then50.i
  %div51132.i = lshr i32 %c.2.i, 12
  %add52.i = add nuw nsw i32 %div51132.i, 224
  %conv.i151.i = uitofp nneg i32 %add52.i to float
  %9 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i152.i = getelementptr inbounds float, ptr %9, i32 %n.0195.i
  store float %conv.i151.i, ptr %arrayidx.i152.i, align 4, !tbaa !2
  br label %push_byte.exit153.i

push_byte.exit153.i:                              ; preds = %if.then.i150.i, %if.then50.i
  %add.i149.i = add nsw i32 %n.0195.i, 1
  %cmp.i154.i = icmp sgt i32 %5, %add.i149.i
  br i1 %cmp.i154.i, label %if.then.i156.i, label %push_byte.exit159.i

if.then.i156.i:                                   ; preds = %push_byte.exit153.i
  %div54133.i = lshr i32 %c.2.i, 6
  %rem55.i = and i32 %div54133.i, 63
  %add56.i = or disjoint i32 %rem55.i, 128
  %conv.i157.i = uitofp nneg i32 %add56.i to float
  %10 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i158.i = getelementptr inbounds float, ptr %10, i32 %add.i149.i
  store float %conv.i157.i, ptr %arrayidx.i158.i, align 4, !tbaa !2
  br label %push_byte.exit159.i

push_byte.exit159.i:                              ; preds = %if.then.i156.i, %push_byte.exit153.i
  %add.i155.i = add nsw i32 %n.0195.i, 2
  %cmp.i160.i = icmp sgt i32 %5, %add.i155.i
  br i1 %cmp.i160.i, label %if.then.i162.i, label %push_byte.exit165.i

if.then.i162.i:                                   ; preds = %push_byte.exit159.i
  %rem58.i = and i32 %c.2.i, 63
  %add59.i = or disjoint i32 %rem58.i, 128
  %conv.i163.i = uitofp nneg i32 %add59.i to float
  %11 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i164.i = getelementptr inbounds float, ptr %11, i32 %add.i155.i
  store float %conv.i163.i, ptr %arrayidx.i164.i, align 4, !tbaa !2
  br label %push_byte.exit165.i

push_byte.exit165.i:                              ; preds = %if.then.i162.i, %push_byte.exit159.i
  %add.i161.i = add nsw i32 %n.0195.i, 3
  br label %for.inc.i

if.else61.i:                                      ; preds = %if.end38.i
  br i1 %cmp.i166.i, label %if.then.i168.i, label %push_byte.exit171.i

if.then.i168.i:                                   ; preds = %if.else61.i
  %div62129.i = lshr i32 %c.2.i, 18
  %add63.i = or disjoint i32 %div62129.i, 240
  %conv.i169.i = uitofp nneg i32 %add63.i to float
  %12 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i170.i = getelementptr inbounds float, ptr %12, i32 %n.0195.i
  store float %conv.i169.i, ptr %arrayidx.i170.i, align 4, !tbaa !2
  br label %push_byte.exit171.i

push_byte.exit171.i:                              ; preds = %if.then.i168.i, %if.else61.i
  %add.i167.i = add nsw i32 %n.0195.i, 1
  %cmp.i172.i = icmp sgt i32 %5, %add.i167.i
  br i1 %cmp.i172.i, label %if.then.i174.i, label %push_byte.exit177.i

if.then.i174.i:                                   ; preds = %push_byte.exit171.i
  %div65130.i = lshr i32 %c.2.i, 12
  %rem66.i = and i32 %div65130.i, 63
  %add67.i = or disjoint i32 %rem66.i, 128
  %conv.i175.i = uitofp nneg i32 %add67.i to float
  %13 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i176.i = getelementptr inbounds float, ptr %13, i32 %add.i167.i
  store float %conv.i175.i, ptr %arrayidx.i176.i, align 4, !tbaa !2
  br label %push_byte.exit177.i

push_byte.exit177.i:                              ; preds = %if.then.i174.i, %push_byte.exit171.i
  %add.i173.i = add nsw i32 %n.0195.i, 2
  %cmp.i178.i = icmp sgt i32 %5, %add.i173.i
  br i1 %cmp.i178.i, label %if.then.i180.i, label %push_byte.exit183.i

if.then.i180.i:                                   ; preds = %push_byte.exit177.i
  %div69131.i = lshr i32 %c.2.i, 6
  %rem70.i = and i32 %div69131.i, 63
  %add71.i = or disjoint i32 %rem70.i, 128
  %conv.i181.i = uitofp nneg i32 %add71.i to float
  %14 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i182.i = getelementptr inbounds float, ptr %14, i32 %add.i173.i
  store float %conv.i181.i, ptr %arrayidx.i182.i, align 4, !tbaa !2
  br label %push_byte.exit183.i

push_byte.exit183.i:                              ; preds = %if.then.i180.i, %push_byte.exit177.i
  %add.i179.i = add nsw i32 %n.0195.i, 3
  %cmp.i184.i = icmp sgt i32 %5, %add.i179.i
  br i1 %cmp.i184.i, label %if.then.i186.i, label %push_byte.exit189.i

if.then.i186.i:                                   ; preds = %push_byte.exit183.i
  %rem73.i = and i32 %c.2.i, 63
  %add74.i = or disjoint i32 %rem73.i, 128
  %conv.i187.i = uitofp nneg i32 %add74.i to float
  %15 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %arrayidx.i188.i = getelementptr inbounds float, ptr %15, i32 %add.i179.i
  store float %conv.i187.i, ptr %arrayidx.i188.i, align 4, !tbaa !2
  br label %push_byte.exit189.i

push_byte.exit189.i:                              ; preds = %if.then.i186.i, %push_byte.exit183.i
  %add.i185.i = add nsw i32 %n.0195.i, 4
  br label %for.inc.i

for.inc.i:                                        ; preds = %push_byte.exit189.i, %push_byte.exit165.i, %push_byte.exit147.i, %push_byte.exit.i, %if.end15.i
  %n.3.ph.i = phi i32 [ %add.i185.i, %push_byte.exit189.i ], [ %add.i161.i, %push_byte.exit165.i ], [ %add.i143.i, %push_byte.exit147.i ], [ %add.i.i, %push_byte.exit.i ], [ %n.0195.i, %if.end15.i ]
  %inc80.i = add nsw i32 %i.2.i, 1
  %cmp.i = icmp slt i32 %inc80.i, %call.i
  br i1 %cmp.i, label %for.body.i, label %prompt_to_utf8.exit, !llvm.loop !19

prompt_to_utf8.exit:                              ; preds = %cond.end33.i, %for.inc.i
  %n.0.lcssa.i = phi i32 [ %n.0195.i, %cond.end33.i ], [ %n.3.ph.i, %for.inc.i ]
  %16 = load i32, ptr @bos, align 4, !tbaa !8
  %conv = sitofp i32 %16 to float
  %17 = load ptr, ptr @p_tokens, align 4, !tbaa !6
  store float %conv, ptr %17, align 4, !tbaa !2
  %cmp = icmp sgt i32 %n.0.lcssa.i, 0
  br i1 %cmp, label %if.then, label %for.cond73.preheader

if.then:                                          ; preds = %prompt_to_utf8.exit
  %18 = load ptr, ptr @img, align 4, !tbaa !6
  %add.ptr = getelementptr inbounds i8, ptr %18, i32 288
  %call2 = tail call fastcc i32 @lookup(ptr noundef nonnull %add.ptr, i32 noundef 1, ptr noundef nonnull %add.ptr, i32 noundef 0) #10
  %cmp3 = icmp sgt i32 %call2, -1
  br i1 %cmp3, label %if.then5, label %for.body.lr.ph

if.then5:                                         ; preds = %if.then
  %conv6 = uitofp nneg i32 %call2 to float
  %arrayidx8 = getelementptr inbounds i8, ptr %17, i32 4
  store float %conv6, ptr %arrayidx8, align 4, !tbaa !2
  br label %for.body.lr.ph

for.body.lr.ph:                                   ; preds = %if.then5, %if.then
  %n.1.ph = phi i32 [ 1, %if.then ], [ 2, %if.then5 ]
  %19 = load ptr, ptr @p_bytes, align 4, !tbaa !6
  %20 = load i32, ptr @vocab, align 4
  br label %for.body

for.cond73.preheader:                             ; preds = %cleanup64, %prompt_to_utf8.exit, %prompt_to_utf8.exit.thread
  %21 = phi ptr [ %17, %prompt_to_utf8.exit ], [ %1, %prompt_to_utf8.exit.thread ], [ %17, %cleanup64 ]
  %n.2.lcssa = phi i32 [ 1, %prompt_to_utf8.exit ], [ 1, %prompt_to_utf8.exit.thread ], [ %n.6, %cleanup64 ]
  %cmp75269 = icmp sgt i32 %n.2.lcssa, 1
  %.pre = load ptr, ptr @p_pair_id, align 4
  %.pre285 = load ptr, ptr @p_pair_score, align 4
  %.pre286 = load ptr, ptr @t_bytes, align 4
  %.pre287 = load ptr, ptr @t_off, align 4
  %.pre288 = load ptr, ptr @t_len, align 4
  %.pre289 = load ptr, ptr @t_score, align 4
  br i1 %cmp75269, label %for.body78, label %for.cond83.preheader

for.body:                                         ; preds = %for.body.lr.ph, %cleanup64
  %indvars.iv = phi i32 [ 1, %for.body.lr.ph ], [ %indvars.iv.next, %cleanup64 ]
  %n.2267 = phi i32 [ %n.1.ph, %for.body.lr.ph ], [ %n.6, %cleanup64 ]
  %start.0266 = phi i32 [ 0, %for.body.lr.ph ], [ %start.2, %cleanup64 ]
  %i.0265 = phi i32 [ 0, %for.body.lr.ph ], [ %add20, %cleanup64 ]
  %arrayidx12 = getelementptr inbounds float, ptr %19, i32 %i.0265
  %22 = load float, ptr %arrayidx12, align 4, !tbaa !2
  %conv13 = fptosi float %22 to i32
  %23 = add i32 %conv13, -192
  %or.cond = icmp ult i32 %23, -64
  %spec.select = select i1 %or.cond, i32 %i.0265, i32 %start.0266
  %sub = sub nsw i32 %i.0265, %spec.select
  %add = add nsw i32 %sub, 1
  %add20 = add nuw nsw i32 %i.0265, 1
  %cmp21 = icmp slt i32 %add20, %n.0.lcssa.i
  br i1 %cmp21, label %if.then23, label %if.end36

if.then23:                                        ; preds = %for.body
  %arrayidx25 = getelementptr inbounds float, ptr %19, i32 %add20
  %24 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %conv26 = fptosi float %24 to i32
  %25 = and i32 %conv26, -64
  %or.cond150 = icmp ne i32 %25, 128
  %cmp32 = icmp sgt i32 %sub, 2
  %or.cond151.not = select i1 %or.cond150, i1 true, i1 %cmp32
  br i1 %or.cond151.not, label %if.end36, label %cleanup64

if.end36:                                         ; preds = %if.then23, %for.body
  %add.ptr37 = getelementptr inbounds float, ptr %19, i32 %spec.select
  %call38 = tail call fastcc i32 @lookup(ptr noundef %add.ptr37, i32 noundef %add, ptr noundef nonnull %19, i32 noundef 0) #10
  %cmp39 = icmp sgt i32 %call38, -1
  br i1 %cmp39, label %if.then41, label %for.cond45.preheader

for.cond45.preheader:                             ; preds = %if.end36
  %cmp46.not261 = icmp sgt i32 %spec.select, %i.0265
  br i1 %cmp46.not261, label %cleanup64, label %for.body49

if.then41:                                        ; preds = %if.end36
  %conv42 = uitofp nneg i32 %call38 to float
  %inc43 = add nsw i32 %n.2267, 1
  %arrayidx44 = getelementptr inbounds float, ptr %17, i32 %n.2267
  store float %conv42, ptr %arrayidx44, align 4, !tbaa !2
  br label %cleanup64

for.body49:                                       ; preds = %for.cond45.preheader, %if.end59
  %n.3263 = phi i32 [ %n.4, %if.end59 ], [ %n.2267, %for.cond45.preheader ]
  %j.0262 = phi i32 [ %inc60, %if.end59 ], [ %spec.select, %for.cond45.preheader ]
  %arrayidx50 = getelementptr inbounds float, ptr %19, i32 %j.0262
  %26 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %conv51 = fptosi float %26 to i32
  %add52 = add nsw i32 %conv51, 3
  %cmp53 = icmp slt i32 %add52, %20
  br i1 %cmp53, label %if.then55, label %if.end59

if.then55:                                        ; preds = %for.body49
  %conv56 = sitofp i32 %add52 to float
  %inc57 = add nsw i32 %n.3263, 1
  %arrayidx58 = getelementptr inbounds float, ptr %17, i32 %n.3263
  store float %conv56, ptr %arrayidx58, align 4, !tbaa !2
  br label %if.end59

if.end59:                                         ; preds = %if.then55, %for.body49
  %n.4 = phi i32 [ %inc57, %if.then55 ], [ %n.3263, %for.body49 ]
  %inc60 = add i32 %j.0262, 1
  %exitcond.not = icmp eq i32 %inc60, %indvars.iv
  br i1 %exitcond.not, label %cleanup64, label %for.body49, !llvm.loop !22

cleanup64:                                        ; preds = %if.end59, %for.cond45.preheader, %if.then41, %if.then23
  %start.2 = phi i32 [ %spec.select, %if.then23 ], [ %add20, %if.then41 ], [ %add20, %for.cond45.preheader ], [ %add20, %if.end59 ]
  %n.6 = phi i32 [ %n.2267, %if.then23 ], [ %inc43, %if.then41 ], [ %n.2267, %for.cond45.preheader ], [ %n.4, %if.end59 ]
  %indvars.iv.next = add nuw i32 %indvars.iv, 1
  %exitcond282.not = icmp eq i32 %add20, %n.0.lcssa.i
  br i1 %exitcond282.not, label %for.cond73.preheader, label %for.body, !llvm.loop !23

for.cond83.preheader:                             ; preds = %pair_update.exit, %for.cond73.preheader
  %cmp87272297 = icmp sgt i32 %n.2.lcssa, 1
  br i1 %cmp87272297, label %for.body90.preheader, label %for.end146

for.body78:                                       ; preds = %for.cond73.preheader, %pair_update.exit
  %add74271 = phi i32 [ %add74, %pair_update.exit ], [ 1, %for.cond73.preheader ]
  %i72.0270 = phi i32 [ %add74271, %pair_update.exit ], [ 0, %for.cond73.preheader ]
  %arrayidx.i = getelementptr inbounds float, ptr %21, i32 %i72.0270
  %27 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %conv.i = fptosi float %27 to i32
  %arrayidx1.i = getelementptr i8, ptr %arrayidx.i, i32 4
  %28 = load float, ptr %arrayidx1.i, align 4, !tbaa !2
  %conv2.i = fptosi float %28 to i32
  %arrayidx3.i = getelementptr inbounds float, ptr %.pre287, i32 %conv.i
  %29 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %conv4.i = fptosi float %29 to i32
  %add.ptr.i = getelementptr inbounds float, ptr %.pre286, i32 %conv4.i
  %arrayidx5.i = getelementptr inbounds float, ptr %.pre287, i32 %conv2.i
  %30 = load float, ptr %arrayidx5.i, align 4, !tbaa !2
  %conv6.i = fptosi float %30 to i32
  %add.ptr7.i = getelementptr inbounds float, ptr %.pre286, i32 %conv6.i
  %arrayidx8.i = getelementptr inbounds float, ptr %.pre288, i32 %conv.i
  %31 = load float, ptr %arrayidx8.i, align 4, !tbaa !2
  %conv9.i = fptosi float %31 to i32
  %arrayidx10.i = getelementptr inbounds float, ptr %.pre288, i32 %conv2.i
  %32 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %conv11.i = fptosi float %32 to i32
  %call.i204 = tail call fastcc i32 @lookup(ptr noundef %add.ptr.i, i32 noundef %conv9.i, ptr noundef %add.ptr7.i, i32 noundef %conv11.i) #10
  %conv12.i = sitofp i32 %call.i204 to float
  %arrayidx13.i = getelementptr inbounds float, ptr %.pre, i32 %i72.0270
  store float %conv12.i, ptr %arrayidx13.i, align 4, !tbaa !2
  %cmp.i205 = icmp sgt i32 %call.i204, -1
  br i1 %cmp.i205, label %cond.true.i, label %pair_update.exit

cond.true.i:                                      ; preds = %for.body78
  %arrayidx15.i = getelementptr inbounds float, ptr %.pre289, i32 %call.i204
  %33 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  br label %pair_update.exit

pair_update.exit:                                 ; preds = %for.body78, %cond.true.i
  %cond.i206 = phi float [ %33, %cond.true.i ], [ 0.000000e+00, %for.body78 ]
  %arrayidx16.i = getelementptr inbounds float, ptr %.pre285, i32 %i72.0270
  store float %cond.i206, ptr %arrayidx16.i, align 4, !tbaa !2
  %add74 = add nuw nsw i32 %add74271, 1
  %exitcond283.not = icmp eq i32 %add74, %n.2.lcssa
  br i1 %exitcond283.not, label %for.cond83.preheader, label %for.body78, !llvm.loop !24

for.body90.preheader:                             ; preds = %for.cond83.preheader, %cleanup142
  %n.7298 = phi i32 [ %dec, %cleanup142 ], [ %n.2.lcssa, %for.cond83.preheader ]
  br label %for.body90

for.cond.cleanup89:                               ; preds = %for.inc101
  %cmp105 = icmp slt i32 %at_i.1, 0
  br i1 %cmp105, label %for.end146, label %if.end108

for.body90:                                       ; preds = %for.body90.preheader, %for.inc101
  %add86276 = phi i32 [ %add86, %for.inc101 ], [ 1, %for.body90.preheader ]
  %i84.0275 = phi i32 [ %add86276, %for.inc101 ], [ 0, %for.body90.preheader ]
  %at_i.0274 = phi i32 [ %at_i.1, %for.inc101 ], [ -1, %for.body90.preheader ]
  %best.0273 = phi float [ %best.1, %for.inc101 ], [ -1.000000e+10, %for.body90.preheader ]
  %arrayidx91 = getelementptr inbounds float, ptr %.pre, i32 %i84.0275
  %34 = load float, ptr %arrayidx91, align 4, !tbaa !2
  %cmp92 = fcmp ult float %34, 0.000000e+00
  br i1 %cmp92, label %for.inc101, label %land.lhs.true94

land.lhs.true94:                                  ; preds = %for.body90
  %arrayidx95 = getelementptr inbounds float, ptr %.pre285, i32 %i84.0275
  %35 = load float, ptr %arrayidx95, align 4, !tbaa !2
  %cmp96 = fcmp ogt float %35, %best.0273
  br i1 %cmp96, label %if.then98, label %for.inc101

if.then98:                                        ; preds = %land.lhs.true94
  br label %for.inc101

for.inc101:                                       ; preds = %for.body90, %land.lhs.true94, %if.then98
  %best.1 = phi float [ %35, %if.then98 ], [ %best.0273, %land.lhs.true94 ], [ %best.0273, %for.body90 ]
  %at_i.1 = phi i32 [ %i84.0275, %if.then98 ], [ %at_i.0274, %land.lhs.true94 ], [ %at_i.0274, %for.body90 ]
  %add86 = add nuw nsw i32 %add86276, 1
  %exitcond284.not = icmp eq i32 %add86, %n.7298
  br i1 %exitcond284.not, label %for.cond.cleanup89, label %for.body90, !llvm.loop !25

if.end108:                                        ; preds = %for.cond.cleanup89
  %arrayidx109 = getelementptr inbounds float, ptr %.pre, i32 %at_i.1
  %36 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %arrayidx110 = getelementptr inbounds float, ptr %21, i32 %at_i.1
  store float %36, ptr %arrayidx110, align 4, !tbaa !2
  %add112 = add nuw nsw i32 %at_i.1, 1
  %add114278 = add nuw nsw i32 %at_i.1, 2
  %cmp115279 = icmp slt i32 %add114278, %n.7298
  br i1 %cmp115279, label %for.body118, label %for.cond.cleanup117

for.cond.cleanup117:                              ; preds = %for.body118, %if.end108
  %dec = add nsw i32 %n.7298, -1
  %cmp132.not = icmp eq i32 %at_i.1, 0
  br i1 %cmp132.not, label %if.end136, label %if.then134

for.body118:                                      ; preds = %if.end108, %for.body118
  %add114281 = phi i32 [ %add114, %for.body118 ], [ %add114278, %if.end108 ]
  %i111.0280 = phi i32 [ %add114281, %for.body118 ], [ %add112, %if.end108 ]
  %arrayidx120 = getelementptr inbounds float, ptr %21, i32 %add114281
  %37 = load float, ptr %arrayidx120, align 4, !tbaa !2
  %arrayidx121 = getelementptr inbounds float, ptr %21, i32 %i111.0280
  store float %37, ptr %arrayidx121, align 4, !tbaa !2
  %arrayidx123 = getelementptr inbounds float, ptr %.pre, i32 %add114281
  %38 = load float, ptr %arrayidx123, align 4, !tbaa !2
  %arrayidx124 = getelementptr inbounds float, ptr %.pre, i32 %i111.0280
  store float %38, ptr %arrayidx124, align 4, !tbaa !2
  %arrayidx126 = getelementptr inbounds float, ptr %.pre285, i32 %add114281
  %39 = load float, ptr %arrayidx126, align 4, !tbaa !2
  %arrayidx127 = getelementptr inbounds float, ptr %.pre285, i32 %i111.0280
  store float %39, ptr %arrayidx127, align 4, !tbaa !2
  %add114 = add nuw nsw i32 %add114281, 1
  %cmp115 = icmp slt i32 %add114, %n.7298
  br i1 %cmp115, label %for.body118, label %for.cond.cleanup117, !llvm.loop !26

if.then134:                                       ; preds = %for.cond.cleanup117
  %sub135 = add nsw i32 %at_i.1, -1
  %arrayidx.i207 = getelementptr inbounds float, ptr %21, i32 %sub135
  %40 = load float, ptr %arrayidx.i207, align 4, !tbaa !2
  %conv.i208 = fptosi float %40 to i32
  %arrayidx1.i209 = getelementptr i8, ptr %arrayidx.i207, i32 4
  %41 = load float, ptr %arrayidx1.i209, align 4, !tbaa !2
  %conv2.i210 = fptosi float %41 to i32
  %arrayidx3.i211 = getelementptr inbounds float, ptr %.pre287, i32 %conv.i208
  %42 = load float, ptr %arrayidx3.i211, align 4, !tbaa !2
  %conv4.i212 = fptosi float %42 to i32
  %add.ptr.i213 = getelementptr inbounds float, ptr %.pre286, i32 %conv4.i212
  %arrayidx5.i214 = getelementptr inbounds float, ptr %.pre287, i32 %conv2.i210
  %43 = load float, ptr %arrayidx5.i214, align 4, !tbaa !2
  %conv6.i215 = fptosi float %43 to i32
  %add.ptr7.i216 = getelementptr inbounds float, ptr %.pre286, i32 %conv6.i215
  %arrayidx8.i217 = getelementptr inbounds float, ptr %.pre288, i32 %conv.i208
  %44 = load float, ptr %arrayidx8.i217, align 4, !tbaa !2
  %conv9.i218 = fptosi float %44 to i32
  %arrayidx10.i219 = getelementptr inbounds float, ptr %.pre288, i32 %conv2.i210
  %45 = load float, ptr %arrayidx10.i219, align 4, !tbaa !2
  %conv11.i220 = fptosi float %45 to i32
  %call.i221 = tail call fastcc i32 @lookup(ptr noundef %add.ptr.i213, i32 noundef %conv9.i218, ptr noundef %add.ptr7.i216, i32 noundef %conv11.i220) #10
  %conv12.i222 = sitofp i32 %call.i221 to float
  %arrayidx13.i223 = getelementptr inbounds float, ptr %.pre, i32 %sub135
  store float %conv12.i222, ptr %arrayidx13.i223, align 4, !tbaa !2
  %cmp.i224 = icmp sgt i32 %call.i221, -1
  br i1 %cmp.i224, label %cond.true.i227, label %pair_update.exit229

cond.true.i227:                                   ; preds = %if.then134
  %arrayidx15.i228 = getelementptr inbounds float, ptr %.pre289, i32 %call.i221
  %46 = load float, ptr %arrayidx15.i228, align 4, !tbaa !2
  br label %pair_update.exit229

pair_update.exit229:                              ; preds = %if.then134, %cond.true.i227
  %cond.i225 = phi float [ %46, %cond.true.i227 ], [ 0.000000e+00, %if.then134 ]
  %arrayidx16.i226 = getelementptr inbounds float, ptr %.pre285, i32 %sub135
  store float %cond.i225, ptr %arrayidx16.i226, align 4, !tbaa !2
  br label %if.end136

if.end136:                                        ; preds = %pair_update.exit229, %for.cond.cleanup117
  %cmp138 = icmp slt i32 %add112, %dec
  br i1 %cmp138, label %if.then140, label %cleanup142

if.then140:                                       ; preds = %if.end136
  %47 = load float, ptr %arrayidx110, align 4, !tbaa !2
  %conv.i231 = fptosi float %47 to i32
  %arrayidx1.i232 = getelementptr i8, ptr %arrayidx110, i32 4
  %48 = load float, ptr %arrayidx1.i232, align 4, !tbaa !2
  %conv2.i233 = fptosi float %48 to i32
  %arrayidx3.i234 = getelementptr inbounds float, ptr %.pre287, i32 %conv.i231
  %49 = load float, ptr %arrayidx3.i234, align 4, !tbaa !2
  %conv4.i235 = fptosi float %49 to i32
  %add.ptr.i236 = getelementptr inbounds float, ptr %.pre286, i32 %conv4.i235
  %arrayidx5.i237 = getelementptr inbounds float, ptr %.pre287, i32 %conv2.i233
  %50 = load float, ptr %arrayidx5.i237, align 4, !tbaa !2
  %conv6.i238 = fptosi float %50 to i32
  %add.ptr7.i239 = getelementptr inbounds float, ptr %.pre286, i32 %conv6.i238
  %arrayidx8.i240 = getelementptr inbounds float, ptr %.pre288, i32 %conv.i231
  %51 = load float, ptr %arrayidx8.i240, align 4, !tbaa !2
  %conv9.i241 = fptosi float %51 to i32
  %arrayidx10.i242 = getelementptr inbounds float, ptr %.pre288, i32 %conv2.i233
  %52 = load float, ptr %arrayidx10.i242, align 4, !tbaa !2
  %conv11.i243 = fptosi float %52 to i32
  %call.i244 = tail call fastcc i32 @lookup(ptr noundef %add.ptr.i236, i32 noundef %conv9.i241, ptr noundef %add.ptr7.i239, i32 noundef %conv11.i243) #10
  %conv12.i245 = sitofp i32 %call.i244 to float
  store float %conv12.i245, ptr %arrayidx109, align 4, !tbaa !2
  %cmp.i247 = icmp sgt i32 %call.i244, -1
  br i1 %cmp.i247, label %cond.true.i250, label %pair_update.exit252

cond.true.i250:                                   ; preds = %if.then140
  %arrayidx15.i251 = getelementptr inbounds float, ptr %.pre289, i32 %call.i244
  %53 = load float, ptr %arrayidx15.i251, align 4, !tbaa !2
  br label %pair_update.exit252

pair_update.exit252:                              ; preds = %if.then140, %cond.true.i250
  %cond.i248 = phi float [ %53, %cond.true.i250 ], [ 0.000000e+00, %if.then140 ]
  %arrayidx16.i249 = getelementptr inbounds float, ptr %.pre285, i32 %at_i.1
  store float %cond.i248, ptr %arrayidx16.i249, align 4, !tbaa !2
  br label %cleanup142

cleanup142:                                       ; preds = %if.end136, %pair_update.exit252
  %cmp87272 = icmp sgt i32 %n.7298, 2
  br i1 %cmp87272, label %for.body90.preheader, label %for.end146

for.end146:                                       ; preds = %for.cond.cleanup89, %cleanup142, %for.cond83.preheader
  %n.7.lcssa = phi i32 [ %n.2.lcssa, %for.cond83.preheader ], [ %n.7298, %for.cond.cleanup89 ], [ %dec, %cleanup142 ]
  ret i32 %n.7.lcssa
}

; Function Attrs: noinline nounwind
define internal noundef i32 @generate(i32 noundef %n_prompt, i32 noundef %steps, float noundef %temperature, i32 noundef %topk, float noundef %topp) #2 {
entry:
  %0 = load ptr, ptr @p_tokens, align 4, !tbaa !6
  %1 = load float, ptr %0, align 4, !tbaa !2
  %call = tail call float @sb3_timer() #9
  %cmp48 = icmp sgt i32 %steps, 0
  br i1 %cmp48, label %while.body.lr.ph, label %while.end

while.body.lr.ph:                                 ; preds = %entry
  %conv = fptosi float %1 to i32
  %sub = add nsw i32 %n_prompt, -1
  br label %while.body

while.body:                                       ; preds = %while.body.lr.ph, %cleanup
  %token.051 = phi i32 [ %conv, %while.body.lr.ph ], [ %next.0, %cleanup ]
  %emitted.050 = phi i32 [ 0, %while.body.lr.ph ], [ %inc26, %cleanup ]
  tail call fastcc void @forward(i32 noundef %token.051, i32 noundef %emitted.050) #10
  %cmp2 = icmp slt i32 %emitted.050, %sub
  br i1 %cmp2, label %if.then, label %if.else

if.then:                                          ; preds = %while.body
  %2 = load ptr, ptr @p_tokens, align 4, !tbaa !6
  %3 = getelementptr inbounds float, ptr %2, i32 %emitted.050
  %arrayidx4 = getelementptr inbounds i8, ptr %3, i32 4
  %4 = load float, ptr %arrayidx4, align 4, !tbaa !2
  %conv5 = fptosi float %4 to i32
  br label %if.end

if.else:                                          ; preds = %while.body
  %5 = load ptr, ptr @b_logits, align 4, !tbaa !6
  %call6 = tail call fastcc i32 @sample(ptr noundef %5, float noundef %temperature, i32 noundef %topk, float noundef %topp) #10
  br label %if.end

if.end:                                           ; preds = %if.else, %if.then
  %next.0 = phi i32 [ %conv5, %if.then ], [ %call6, %if.else ]
  %inc26 = add nuw nsw i32 %emitted.050, 1
  %6 = load i32, ptr @bos, align 4, !tbaa !8
  %cmp7 = icmp eq i32 %next.0, %6
  br i1 %cmp7, label %while.end, label %if.end10

if.end10:                                         ; preds = %if.end
  %cmp11 = icmp eq i32 %token.051, %6
  br i1 %cmp11, label %land.lhs.true, label %cleanup

land.lhs.true:                                    ; preds = %if.end10
  %7 = load ptr, ptr @t_len, align 4, !tbaa !6
  %arrayidx13 = getelementptr inbounds float, ptr %7, i32 %next.0
  %8 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %conv14 = fptosi float %8 to i32
  %cmp15 = icmp sgt i32 %conv14, 0
  br i1 %cmp15, label %land.lhs.true17, label %cleanup

land.lhs.true17:                                  ; preds = %land.lhs.true
  %9 = load ptr, ptr @t_bytes, align 4, !tbaa !6
  %10 = load ptr, ptr @t_off, align 4, !tbaa !6
  %arrayidx18 = getelementptr inbounds float, ptr %10, i32 %next.0
  %11 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %conv19 = fptosi float %11 to i32
  %arrayidx20 = getelementptr inbounds float, ptr %9, i32 %conv19
  %12 = load float, ptr %arrayidx20, align 4, !tbaa !2
  %conv21 = fptosi float %12 to i32
  %cmp22 = icmp eq i32 %conv21, 32
  %spec.select = zext i1 %cmp22 to i32
  br label %cleanup

cleanup:                                          ; preds = %if.end10, %land.lhs.true, %land.lhs.true17
  %skip.0 = phi i32 [ 0, %land.lhs.true ], [ 0, %if.end10 ], [ %spec.select, %land.lhs.true17 ]
  tail call void @sb3_emit_token(i32 noundef %next.0, i32 noundef %skip.0) #9
  %call27 = tail call float @sb3_timer() #9
  %sub28 = fsub float %call27, %call
  tail call void @sb3_report(i32 noundef %inc26, float noundef %sub28) #9
  %exitcond.not = icmp eq i32 %inc26, %steps
  br i1 %exitcond.not, label %while.end, label %while.body

while.end:                                        ; preds = %cleanup, %if.end, %entry
  %emitted.0.lcssa = phi i32 [ 0, %entry ], [ %emitted.050, %if.end ], [ %steps, %cleanup ]
  ret i32 %emitted.0.lcssa
}

declare ptr @sb3_image() local_unnamed_addr #1

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.fabs.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.floor.f32(float) #3

declare float @sb3_timer() local_unnamed_addr #1

; Function Attrs: nofree norecurse nosync nounwind memory(read, inaccessiblemem: none)
define internal fastcc i32 @lookup(ptr nocapture noundef readonly %a, i32 noundef %la, ptr nocapture noundef readonly %b, i32 noundef %lb) unnamed_addr #4 {
entry:
  %0 = load i32, ptr @vocab, align 4, !tbaa !8
  %cmp74 = icmp sgt i32 %0, 0
  br i1 %cmp74, label %while.body.lr.ph, label %while.end

while.body.lr.ph:                                 ; preds = %entry
  %1 = load ptr, ptr @t_sorted, align 4, !tbaa !6
  %2 = load ptr, ptr @t_bytes, align 4, !tbaa !6
  %3 = load ptr, ptr @t_off, align 4, !tbaa !6
  %4 = load ptr, ptr @t_len, align 4, !tbaa !6
  %add.i = add i32 %lb, %la
  %cmp.not55.i = icmp sgt i32 %add.i, 0
  br label %while.body

while.body:                                       ; preds = %while.body.lr.ph, %cmp_token.exit
  %hi.076 = phi i32 [ %0, %while.body.lr.ph ], [ %hi.1, %cmp_token.exit ]
  %lo.075 = phi i32 [ 0, %while.body.lr.ph ], [ %lo.1, %cmp_token.exit ]
  %add = add nuw nsw i32 %hi.076, %lo.075
  %div27 = lshr i32 %add, 1
  %arrayidx = getelementptr inbounds float, ptr %1, i32 %div27
  %5 = load float, ptr %arrayidx, align 4, !tbaa !2
  %conv = fptosi float %5 to i32
  %arrayidx.i = getelementptr inbounds float, ptr %3, i32 %conv
  %6 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %conv.i = fptosi float %6 to i32
  %add.ptr.i = getelementptr inbounds float, ptr %2, i32 %conv.i
  %arrayidx1.i = getelementptr inbounds float, ptr %4, i32 %conv
  %7 = load float, ptr %arrayidx1.i, align 4, !tbaa !2
  %conv2.i = fptosi float %7 to i32
  br i1 %cmp.not55.i, label %for.body.preheader.i, label %cleanup22.thread.i

cleanup22.thread.i:                               ; preds = %while.body
  %cmp2564.i = icmp slt i32 %add.i, %conv2.i
  %cond2765.i = sext i1 %cmp2564.i to i32
  br label %cmp_token.exit

for.body.preheader.i:                             ; preds = %while.body
  %smax.i = tail call i32 @llvm.smax.i32(i32 %conv2.i, i32 0)
  br label %for.body.i

for.cond.i:                                       ; preds = %if.end.i
  %inc.i = add nuw i32 %i.056.i, 1
  %cmp.not.i = icmp slt i32 %inc.i, %add.i
  %exitcond61.not.i = icmp eq i32 %inc.i, %add.i
  br i1 %exitcond61.not.i, label %cleanup22.i, label %for.body.i, !llvm.loop !27

for.body.i:                                       ; preds = %for.cond.i, %for.body.preheader.i
  %cmp.not57.i = phi i1 [ %cmp.not.i, %for.cond.i ], [ true, %for.body.preheader.i ]
  %i.056.i = phi i32 [ %inc.i, %for.cond.i ], [ 0, %for.body.preheader.i ]
  %exitcond.not.i = icmp eq i32 %i.056.i, %smax.i
  br i1 %exitcond.not.i, label %cleanup22.i, label %if.end.i

if.end.i:                                         ; preds = %for.body.i
  %cmp6.i = icmp slt i32 %i.056.i, %la
  %arrayidx8.i = getelementptr inbounds float, ptr %a, i32 %i.056.i
  %sub.i = sub nsw i32 %i.056.i, %la
  %arrayidx10.i = getelementptr inbounds float, ptr %b, i32 %sub.i
  %cond.in.in.i = select i1 %cmp6.i, ptr %arrayidx8.i, ptr %arrayidx10.i
  %cond.in.i = load float, ptr %cond.in.in.i, align 4, !tbaa !2
  %cond.i = fptosi float %cond.in.i to i32
  %arrayidx12.i = getelementptr inbounds float, ptr %add.ptr.i, i32 %i.056.i
  %8 = load float, ptr %arrayidx12.i, align 4, !tbaa !2
  %conv13.i = fptosi float %8 to i32
  %cmp14.not.i = icmp eq i32 %cond.i, %conv13.i
  br i1 %cmp14.not.i, label %for.cond.i, label %cleanup22.split.loop.exit51.i

cleanup22.split.loop.exit51.i:                    ; preds = %if.end.i
  %cmp17.le.i = icmp slt i32 %cond.i, %conv13.i
  %cond19.le.i = select i1 %cmp17.le.i, i32 -1, i32 1
  %cmp2567.i = icmp slt i32 %add.i, %conv2.i
  %cond2768.i = sext i1 %cmp2567.i to i32
  br i1 %cmp.not57.i, label %9, label %cmp_token.exit

cleanup22.i:                                      ; preds = %for.body.i, %for.cond.i
  %cmp.not.lcssa.i = phi i1 [ %cmp.not.i, %for.cond.i ], [ %cmp.not57.i, %for.body.i ]
  %cmp25.i = icmp slt i32 %add.i, %conv2.i
  %cond27.i = sext i1 %cmp25.i to i32
  %cond.fr.i = freeze i1 %cmp.not.lcssa.i
  br i1 %cond.fr.i, label %9, label %cmp_token.exit

9:                                                ; preds = %cleanup22.i, %cleanup22.split.loop.exit51.i
  %retval.270.i = phi i32 [ %cond19.le.i, %cleanup22.split.loop.exit51.i ], [ 1, %cleanup22.i ]
  br label %cmp_token.exit

cmp_token.exit:                                   ; preds = %cleanup22.thread.i, %cleanup22.split.loop.exit51.i, %cleanup22.i, %9
  %10 = phi i32 [ %retval.270.i, %9 ], [ %cond27.i, %cleanup22.i ], [ %cond2765.i, %cleanup22.thread.i ], [ %cond2768.i, %cleanup22.split.loop.exit51.i ]
  %cmp1 = icmp sgt i32 %10, 0
  %add3 = add nuw nsw i32 %div27, 1
  %lo.1 = select i1 %cmp1, i32 %add3, i32 %lo.075
  %hi.1 = select i1 %cmp1, i32 %hi.076, i32 %div27
  %cmp = icmp slt i32 %lo.1, %hi.1
  br i1 %cmp, label %while.body, label %while.end, !llvm.loop !28

while.end:                                        ; preds = %cmp_token.exit, %entry
  %lo.0.lcssa = phi i32 [ 0, %entry ], [ %lo.1, %cmp_token.exit ]
  %cmp4 = icmp slt i32 %lo.0.lcssa, %0
  br i1 %cmp4, label %land.lhs.true, label %cleanup

land.lhs.true:                                    ; preds = %while.end
  %11 = load ptr, ptr @t_sorted, align 4, !tbaa !6
  %arrayidx6 = getelementptr inbounds float, ptr %11, i32 %lo.0.lcssa
  %12 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %conv7 = fptosi float %12 to i32
  %13 = load ptr, ptr @t_bytes, align 4, !tbaa !6
  %14 = load ptr, ptr @t_off, align 4, !tbaa !6
  %arrayidx.i28 = getelementptr inbounds float, ptr %14, i32 %conv7
  %15 = load float, ptr %arrayidx.i28, align 4, !tbaa !2
  %conv.i29 = fptosi float %15 to i32
  %add.ptr.i30 = getelementptr inbounds float, ptr %13, i32 %conv.i29
  %16 = load ptr, ptr @t_len, align 4, !tbaa !6
  %arrayidx1.i31 = getelementptr inbounds float, ptr %16, i32 %conv7
  %17 = load float, ptr %arrayidx1.i31, align 4, !tbaa !2
  %conv2.i32 = fptosi float %17 to i32
  %add.i33 = add i32 %lb, %la
  %cmp.not55.i34 = icmp sgt i32 %add.i33, 0
  br i1 %cmp.not55.i34, label %for.body.preheader.i38, label %cmp_token.exit70

for.body.preheader.i38:                           ; preds = %land.lhs.true
  %smax.i39 = tail call i32 @llvm.smax.i32(i32 %conv2.i32, i32 0)
  br label %for.body.i40

for.cond.i61:                                     ; preds = %if.end.i44
  %inc.i62 = add nuw i32 %i.056.i42, 1
  %cmp.not.i63 = icmp slt i32 %inc.i62, %add.i33
  %exitcond61.not.i64 = icmp eq i32 %inc.i62, %add.i33
  br i1 %exitcond61.not.i64, label %cleanup22.i65, label %for.body.i40, !llvm.loop !27

for.body.i40:                                     ; preds = %for.cond.i61, %for.body.preheader.i38
  %cmp.not57.i41 = phi i1 [ %cmp.not.i63, %for.cond.i61 ], [ true, %for.body.preheader.i38 ]
  %i.056.i42 = phi i32 [ %inc.i62, %for.cond.i61 ], [ 0, %for.body.preheader.i38 ]
  %exitcond.not.i43 = icmp eq i32 %i.056.i42, %smax.i39
  br i1 %exitcond.not.i43, label %cleanup22.i65, label %if.end.i44

if.end.i44:                                       ; preds = %for.body.i40
  %cmp6.i45 = icmp slt i32 %i.056.i42, %la
  %arrayidx8.i46 = getelementptr inbounds float, ptr %a, i32 %i.056.i42
  %sub.i47 = sub nsw i32 %i.056.i42, %la
  %arrayidx10.i48 = getelementptr inbounds float, ptr %b, i32 %sub.i47
  %cond.in.in.i49 = select i1 %cmp6.i45, ptr %arrayidx8.i46, ptr %arrayidx10.i48
  %cond.in.i50 = load float, ptr %cond.in.in.i49, align 4, !tbaa !2
  %cond.i51 = fptosi float %cond.in.i50 to i32
  %arrayidx12.i52 = getelementptr inbounds float, ptr %add.ptr.i30, i32 %i.056.i42
  %18 = load float, ptr %arrayidx12.i52, align 4, !tbaa !2
  %conv13.i53 = fptosi float %18 to i32
  %cmp14.not.i54 = icmp eq i32 %cond.i51, %conv13.i53
  br i1 %cmp14.not.i54, label %for.cond.i61, label %cleanup22.split.loop.exit51.i55

cleanup22.split.loop.exit51.i55:                  ; preds = %if.end.i44
  br i1 %cmp.not57.i41, label %cleanup, label %cmp_token.exit70

cleanup22.i65:                                    ; preds = %for.body.i40, %for.cond.i61
  %cmp.not.lcssa.i66 = phi i1 [ %cmp.not.i63, %for.cond.i61 ], [ %cmp.not57.i41, %for.body.i40 ]
  %cond.fr.i69 = freeze i1 %cmp.not.lcssa.i66
  br i1 %cond.fr.i69, label %cleanup, label %cmp_token.exit70

cmp_token.exit70:                                 ; preds = %land.lhs.true, %cleanup22.split.loop.exit51.i55, %cleanup22.i65
  %.in.not = icmp slt i32 %add.i33, %conv2.i32
  %spec.select = select i1 %.in.not, i32 -1, i32 %conv7
  br label %cleanup

cleanup:                                          ; preds = %cmp_token.exit70, %cleanup22.i65, %cleanup22.split.loop.exit51.i55, %while.end
  %retval.0 = phi i32 [ -1, %while.end ], [ -1, %cleanup22.split.loop.exit51.i55 ], [ -1, %cleanup22.i65 ], [ %spec.select, %cmp_token.exit70 ]
  ret i32 %retval.0
}

declare i32 @sb3_prompt_length() local_unnamed_addr #1

declare i32 @sb3_prompt_char(i32 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @forward(i32 noundef %token, i32 noundef %pos) unnamed_addr #5 {
entry:
  %0 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 4), align 4, !tbaa !12
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @shF, i32 4), align 4, !tbaa !12
  %2 = load ptr, ptr @b_x, align 4, !tbaa !6
  %3 = load ptr, ptr @w_emb, align 4, !tbaa !6
  %mul.i = mul nsw i32 %0, %token
  %add.ptr.i = getelementptr inbounds float, ptr %3, i32 %mul.i
  %4 = load i32, ptr @quant, align 4, !tbaa !8
  %tobool.not.i = icmp eq i32 %4, 0
  br i1 %tobool.not.i, label %for.cond.preheader.i, label %for.cond2.preheader.i

for.cond2.preheader.i:                            ; preds = %entry
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 8), align 4, !tbaa !13
  %cmp3109.i = icmp sgt i32 %5, 0
  br i1 %cmp3109.i, label %for.body5.lr.ph.i, label %embed.exit

for.body5.lr.ph.i:                                ; preds = %for.cond2.preheader.i
  %sub.i = add nsw i32 %5, -1
  br label %for.body5.i

for.cond.preheader.i:                             ; preds = %entry
  %6 = load i32, ptr @dim, align 4, !tbaa !8
  %cmp113.i = icmp sgt i32 %6, 0
  br i1 %cmp113.i, label %for.body.i, label %embed.exit

for.body.i:                                       ; preds = %for.cond.preheader.i, %for.body.i
  %j.0114.i = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.preheader.i ]
  %arrayidx.i = getelementptr inbounds float, ptr %add.ptr.i, i32 %j.0114.i
  %7 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %arrayidx1.i = getelementptr inbounds float, ptr %2, i32 %j.0114.i
  store float %7, ptr %arrayidx1.i, align 4, !tbaa !2
  %inc.i = add nuw nsw i32 %j.0114.i, 1
  %exitcond117.not.i = icmp eq i32 %inc.i, %6
  br i1 %exitcond117.not.i, label %embed.exit, label %for.body.i, !llvm.loop !29

for.body5.i:                                      ; preds = %for.cond.cleanup18.i, %for.body5.lr.ph.i
  %out.addr.0112.i = phi ptr [ %2, %for.body5.lr.ph.i ], [ %add.ptr65.i, %for.cond.cleanup18.i ]
  %w.0111.i = phi ptr [ %add.ptr.i, %for.body5.lr.ph.i ], [ %add.ptr64.i, %for.cond.cleanup18.i ]
  %g.0110.i = phi i32 [ 0, %for.body5.lr.ph.i ], [ %inc67.i, %for.cond.cleanup18.i ]
  %cmp6.i = icmp eq i32 %g.0110.i, %sub.i
  %8 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 20), align 4
  %9 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 24), align 4
  %cond.i = select i1 %cmp6.i, i32 %8, i32 %9
  %10 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 16), align 4
  %11 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 12), align 4
  %cond12.i = select i1 %cmp6.i, i32 %10, i32 %11
  %12 = load float, ptr %w.0111.i, align 4, !tbaa !2
  %cmp16105.i = icmp sgt i32 %cond12.i, 0
  br i1 %cmp16105.i, label %for.body19.i, label %for.cond.cleanup18.i

for.cond.cleanup18.i:                             ; preds = %if.end57.i, %for.body5.i
  %add63.i = add nsw i32 %cond12.i, 1
  %add.ptr64.i = getelementptr inbounds float, ptr %w.0111.i, i32 %add63.i
  %add.ptr65.i = getelementptr inbounds float, ptr %out.addr.0112.i, i32 %cond.i
  %inc67.i = add nuw nsw i32 %g.0110.i, 1
  %exitcond116.not.i = icmp eq i32 %inc67.i, %5
  br i1 %exitcond116.not.i, label %embed.exit, label %for.body5.i, !llvm.loop !30

for.body19.i:                                     ; preds = %for.body5.i, %if.end57.i
  %j14.0108.i = phi i32 [ %add.i, %if.end57.i ], [ 0, %for.body5.i ]
  %left.0107.i = phi i32 [ %sub59.i, %if.end57.i ], [ %cond.i, %for.body5.i ]
  %o.0106.i = phi ptr [ %add.ptr58.i, %if.end57.i ], [ %out.addr.0112.i, %for.body5.i ]
  %add.i = add nuw nsw i32 %j14.0108.i, 1
  %arrayidx20.i = getelementptr inbounds float, ptr %w.0111.i, i32 %add.i
  %13 = load float, ptr %arrayidx20.i, align 4, !tbaa !2
  %mul21.i = fmul float %13, 3.906250e-03
  %14 = tail call float @llvm.floor.f32(float %mul21.i)
  %mul22.i = fmul float %13, 0x3EF0000000000000
  %15 = tail call float @llvm.floor.f32(float %mul22.i)
  %mul23.i = fmul float %13, 0x3E70000000000000
  %16 = tail call float @llvm.floor.f32(float %mul23.i)
  %cmp24.i = icmp sgt i32 %left.0107.i, 0
  br i1 %cmp24.i, label %if.end32.i, label %if.end57.i

if.end32.i:                                       ; preds = %for.body19.i
  %mul27.i = fmul float %14, 2.560000e+02
  %sub28.i = fsub float %13, %mul27.i
  %sub29.i = fadd float %sub28.i, -1.280000e+02
  %mul30.i = fmul float %12, %sub29.i
  store float %mul30.i, ptr %o.0106.i, align 4, !tbaa !2
  %cmp33.not.i = icmp eq i32 %left.0107.i, 1
  br i1 %cmp33.not.i, label %if.end57.i, label %if.end41.i

if.end41.i:                                       ; preds = %if.end32.i
  %mul36.i = fmul float %15, 2.560000e+02
  %sub37.i = fsub float %14, %mul36.i
  %sub38.i = fadd float %sub37.i, -1.280000e+02
  %mul39.i = fmul float %12, %sub38.i
  %arrayidx40.i = getelementptr inbounds i8, ptr %o.0106.i, i32 4
  store float %mul39.i, ptr %arrayidx40.i, align 4, !tbaa !2
  %cmp42.i = icmp ugt i32 %left.0107.i, 2
  br i1 %cmp42.i, label %if.end50.i, label %if.end57.i

if.end50.i:                                       ; preds = %if.end41.i
  %mul45.i = fmul float %16, 2.560000e+02
  %sub46.i = fsub float %15, %mul45.i
  %sub47.i = fadd float %sub46.i, -1.280000e+02
  %mul48.i = fmul float %12, %sub47.i
  %arrayidx49.i = getelementptr inbounds i8, ptr %o.0106.i, i32 8
  store float %mul48.i, ptr %arrayidx49.i, align 4, !tbaa !2
  %cmp51.not.i = icmp eq i32 %left.0107.i, 3
  br i1 %cmp51.not.i, label %if.end57.i, label %if.then53.i

if.then53.i:                                      ; preds = %if.end50.i
  %sub54.i = fadd float %16, -1.280000e+02
  %mul55.i = fmul float %12, %sub54.i
  %arrayidx56.i = getelementptr inbounds i8, ptr %o.0106.i, i32 12
  store float %mul55.i, ptr %arrayidx56.i, align 4, !tbaa !2
  br label %if.end57.i

if.end57.i:                                       ; preds = %if.then53.i, %if.end50.i, %if.end41.i, %if.end32.i, %for.body19.i
  %add.ptr58.i = getelementptr inbounds i8, ptr %o.0106.i, i32 16
  %sub59.i = add nsw i32 %left.0107.i, -4
  %exitcond.not.i = icmp eq i32 %add.i, %cond12.i
  br i1 %exitcond.not.i, label %for.cond.cleanup18.i, label %for.body19.i, !llvm.loop !31

embed.exit:                                       ; preds = %for.cond.cleanup18.i, %for.body.i, %for.cond2.preheader.i, %for.cond.preheader.i
  %17 = load ptr, ptr @rope_cos, align 4, !tbaa !6
  %18 = load i32, ptr @head_size, align 4, !tbaa !8
  %div = sdiv i32 %18, 2
  %mul = mul nsw i32 %div, %pos
  %add.ptr = getelementptr inbounds float, ptr %17, i32 %mul
  %19 = load ptr, ptr @rope_sin, align 4, !tbaa !6
  %add.ptr3 = getelementptr inbounds float, ptr %19, i32 %mul
  %20 = load i32, ptr @n_layers, align 4, !tbaa !8
  %cmp232 = icmp sgt i32 %20, 0
  %.pre239 = load i32, ptr @dim, align 4, !tbaa !8
  br i1 %cmp232, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %embed.exit
  %21 = load ptr, ptr @b_kc, align 4, !tbaa !6
  %22 = load i32, ptr @seq, align 4, !tbaa !8
  %23 = load i32, ptr @kv_dim, align 4, !tbaa !8
  %24 = load ptr, ptr @b_vc, align 4, !tbaa !6
  %25 = load ptr, ptr @b_xb, align 4, !tbaa !6
  %26 = load ptr, ptr @w_rms_att, align 4, !tbaa !6
  %cmp33.i118 = icmp sgt i32 %.pre239, 0
  %conv.i121 = sitofp i32 %.pre239 to float
  %27 = load float, ptr @rms_eps, align 4, !tbaa !2
  %28 = load ptr, ptr @b_q, align 4
  %29 = load ptr, ptr @w_q, align 4
  %30 = load ptr, ptr @w_k, align 4
  %factor.op.mul = mul i32 %0, %23
  %31 = load ptr, ptr @w_v, align 4
  %32 = load i32, ptr @n_heads, align 4
  %cmp37.i = icmp sgt i32 %32, 0
  %cmp234.i = icmp sgt i32 %18, 1
  %33 = load i32, ptr @n_kv, align 4
  %cmp37.i153 = icmp sgt i32 %33, 0
  %conv.i181 = sitofp i32 %18 to float
  %34 = tail call float @llvm.sqrt.f32(float %conv.i181)
  %35 = load ptr, ptr @b_att, align 4
  %cmp14.not138.i = icmp slt i32 %pos, 0
  %div.i.i = sdiv i32 %18, 16
  %mul.i.i = shl nsw i32 %div.i.i, 4
  %sub.i.i = sub nsw i32 %18, %mul.i.i
  %cmp.i125.i = icmp sgt i32 %18, 15
  %cmp64.i.i = icmp sgt i32 %sub.i.i, 7
  %sub99.i.i = add nsw i32 %sub.i.i, -8
  %add.i185 = add i32 %pos, 1
  %cmp46.i.i = icmp sgt i32 %pos, 0
  %div23.i = sdiv i32 %add.i185, 4
  %mul25.i = shl nsw i32 %div23.i, 2
  %sub.i186 = sub i32 %add.i185, %mul25.i
  %cmp27155.i = icmp sgt i32 %18, 0
  %cmp35141.i = icmp sgt i32 %pos, 2
  %arrayidx49.idx.i = shl nsw i32 %23, 3
  %arrayidx54.idx.i = mul i32 %23, 12
  %add.ptr59.idx.i = shl nsw i32 %23, 4
  %cmp65149.i = icmp sgt i32 %sub.i186, 0
  %smax.i = tail call i32 @llvm.smax.i32(i32 %div23.i, i32 1)
  %36 = load ptr, ptr @b_xb2, align 4
  %37 = load ptr, ptr @w_o, align 4
  %38 = load ptr, ptr @w_rms_ffn, align 4
  %39 = load ptr, ptr @b_hb, align 4
  %40 = load ptr, ptr @w_1, align 4
  %41 = load i32, ptr @hidden, align 4
  %factor.op.mul234 = mul i32 %0, %41
  %42 = load ptr, ptr @b_hb2, align 4
  %43 = load ptr, ptr @w_3, align 4
  %cmp42228 = icmp sgt i32 %41, 0
  %44 = load ptr, ptr @w_2, align 4
  br label %for.body

for.cond.cleanup.loopexit:                        ; preds = %for.cond.cleanup61
  %.pre = load i32, ptr @dim, align 4, !tbaa !8
  br label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.cond.cleanup.loopexit, %embed.exit
  %45 = phi i32 [ %.pre, %for.cond.cleanup.loopexit ], [ %.pre239, %embed.exit ]
  %46 = load ptr, ptr @w_rms_final, align 4, !tbaa !6
  %cmp33.i = icmp sgt i32 %45, 0
  br i1 %cmp33.i, label %for.body.i112, label %for.cond.cleanup.i

for.cond.cleanup.i:                               ; preds = %for.body.i112, %for.cond.cleanup
  %ss.0.lcssa.i = phi float [ 0.000000e+00, %for.cond.cleanup ], [ %add.i115, %for.body.i112 ]
  %conv.i = sitofp i32 %45 to float
  %div.i = fdiv float %ss.0.lcssa.i, %conv.i
  %47 = load float, ptr @rms_eps, align 4, !tbaa !2
  %add2.i = fadd float %div.i, %47
  %48 = tail call float @llvm.sqrt.f32(float %add2.i)
  %div3.i = fdiv float 1.000000e+00, %48
  br i1 %cmp33.i, label %for.body9.i, label %rmsnorm.exit

for.body.i112:                                    ; preds = %for.cond.cleanup, %for.body.i112
  %j.035.i = phi i32 [ %inc.i116, %for.body.i112 ], [ 0, %for.cond.cleanup ]
  %ss.034.i = phi float [ %add.i115, %for.body.i112 ], [ 0.000000e+00, %for.cond.cleanup ]
  %arrayidx.i113 = getelementptr inbounds float, ptr %2, i32 %j.035.i
  %49 = load float, ptr %arrayidx.i113, align 4, !tbaa !2
  %mul.i114 = fmul float %49, %49
  %add.i115 = fadd float %ss.034.i, %mul.i114
  %inc.i116 = add nuw nsw i32 %j.035.i, 1
  %exitcond.not.i117 = icmp eq i32 %inc.i116, %45
  br i1 %exitcond.not.i117, label %for.cond.cleanup.i, label %for.body.i112, !llvm.loop !32

for.body9.i:                                      ; preds = %for.cond.cleanup.i, %for.body9.i
  %j4.037.i = phi i32 [ %inc16.i, %for.body9.i ], [ 0, %for.cond.cleanup.i ]
  %arrayidx10.i = getelementptr inbounds float, ptr %46, i32 %j4.037.i
  %50 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds float, ptr %2, i32 %j4.037.i
  %51 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %div3.i, %51
  %mul13.i = fmul float %50, %mul12.i
  store float %mul13.i, ptr %arrayidx11.i, align 4, !tbaa !2
  %inc16.i = add nuw nsw i32 %j4.037.i, 1
  %exitcond38.not.i = icmp eq i32 %inc16.i, %45
  br i1 %exitcond38.not.i, label %rmsnorm.exit, label %for.body9.i, !llvm.loop !33

rmsnorm.exit:                                     ; preds = %for.body9.i, %for.cond.cleanup.i
  tail call fastcc void @prepare(ptr noundef %2, ptr noundef nonnull @shD) #10
  %52 = load ptr, ptr @b_logits, align 4, !tbaa !6
  %53 = load ptr, ptr @w_cls, align 4, !tbaa !6
  %54 = load i32, ptr @vocab, align 4, !tbaa !8
  tail call fastcc void @matvec(ptr noundef %52, ptr noundef %2, ptr noundef %53, ptr noundef nonnull @shD, i32 noundef %54) #10
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup61
  %l.0233 = phi i32 [ 0, %for.body.lr.ph ], [ %inc71, %for.cond.cleanup61 ]
  %mul4 = mul nsw i32 %22, %l.0233
  %add = add nsw i32 %mul4, %pos
  %mul5 = mul nsw i32 %add, %23
  %add.ptr6 = getelementptr inbounds float, ptr %21, i32 %mul5
  %add.ptr10 = getelementptr inbounds float, ptr %24, i32 %mul5
  %mul11 = mul nsw i32 %.pre239, %l.0233
  %add.ptr12 = getelementptr inbounds float, ptr %26, i32 %mul11
  br i1 %cmp33.i118, label %for.body.i134, label %rmsnorm.exit142

for.cond.cleanup.i119:                            ; preds = %for.body.i134
  %div.i122 = fdiv float %add.i139, %conv.i121
  %add2.i123 = fadd float %div.i122, %27
  %55 = tail call float @llvm.sqrt.f32(float %add2.i123)
  %div3.i124 = fdiv float 1.000000e+00, %55
  br i1 %cmp33.i118, label %for.body9.i125, label %rmsnorm.exit142

for.body.i134:                                    ; preds = %for.body, %for.body.i134
  %j.035.i135 = phi i32 [ %inc.i140, %for.body.i134 ], [ 0, %for.body ]
  %ss.034.i136 = phi float [ %add.i139, %for.body.i134 ], [ 0.000000e+00, %for.body ]
  %arrayidx.i137 = getelementptr inbounds float, ptr %2, i32 %j.035.i135
  %56 = load float, ptr %arrayidx.i137, align 4, !tbaa !2
  %mul.i138 = fmul float %56, %56
  %add.i139 = fadd float %ss.034.i136, %mul.i138
  %inc.i140 = add nuw nsw i32 %j.035.i135, 1
  %exitcond.not.i141 = icmp eq i32 %inc.i140, %.pre239
  br i1 %exitcond.not.i141, label %for.cond.cleanup.i119, label %for.body.i134, !llvm.loop !32

for.body9.i125:                                   ; preds = %for.cond.cleanup.i119, %for.body9.i125
  %j4.037.i126 = phi i32 [ %inc16.i132, %for.body9.i125 ], [ 0, %for.cond.cleanup.i119 ]
  %arrayidx10.i127 = getelementptr inbounds float, ptr %add.ptr12, i32 %j4.037.i126
  %57 = load float, ptr %arrayidx10.i127, align 4, !tbaa !2
  %arrayidx11.i128 = getelementptr inbounds float, ptr %2, i32 %j4.037.i126
  %58 = load float, ptr %arrayidx11.i128, align 4, !tbaa !2
  %mul12.i129 = fmul float %div3.i124, %58
  %mul13.i130 = fmul float %57, %mul12.i129
  %arrayidx14.i131 = getelementptr inbounds float, ptr %25, i32 %j4.037.i126
  store float %mul13.i130, ptr %arrayidx14.i131, align 4, !tbaa !2
  %inc16.i132 = add nuw nsw i32 %j4.037.i126, 1
  %exitcond38.not.i133 = icmp eq i32 %inc16.i132, %.pre239
  br i1 %exitcond38.not.i133, label %rmsnorm.exit142, label %for.body9.i125, !llvm.loop !33

rmsnorm.exit142:                                  ; preds = %for.body9.i125, %for.body, %for.cond.cleanup.i119
  tail call fastcc void @prepare(ptr noundef %25, ptr noundef nonnull @shD) #10
  %mul14 = mul nsw i32 %mul11, %0
  %add.ptr15 = getelementptr inbounds float, ptr %29, i32 %mul14
  tail call fastcc void @matvec(ptr noundef %28, ptr noundef %25, ptr noundef %add.ptr15, ptr noundef nonnull @shD, i32 noundef %.pre239) #10
  %mul16.reass = mul i32 %l.0233, %factor.op.mul
  %add.ptr18 = getelementptr inbounds float, ptr %30, i32 %mul16.reass
  tail call fastcc void @matvec(ptr noundef %add.ptr6, ptr noundef %25, ptr noundef %add.ptr18, ptr noundef nonnull @shD, i32 noundef %23) #10
  %add.ptr21 = getelementptr inbounds float, ptr %31, i32 %mul16.reass
  tail call fastcc void @matvec(ptr noundef %add.ptr10, ptr noundef %25, ptr noundef %add.ptr21, ptr noundef nonnull @shD, i32 noundef %23) #10
  br i1 %cmp37.i, label %for.cond1.preheader.i, label %rope.exit

for.cond1.preheader.i:                            ; preds = %rmsnorm.exit142, %for.cond.cleanup3.i
  %v.addr.039.i = phi ptr [ %add.ptr15.i, %for.cond.cleanup3.i ], [ %28, %rmsnorm.exit142 ]
  %h.038.i = phi i32 [ %inc17.i, %for.cond.cleanup3.i ], [ 0, %rmsnorm.exit142 ]
  br i1 %cmp234.i, label %for.body4.i, label %for.cond.cleanup3.i

for.cond.cleanup3.i:                              ; preds = %for.body4.i, %for.cond1.preheader.i
  %add.ptr15.i = getelementptr inbounds float, ptr %v.addr.039.i, i32 %18
  %inc17.i = add nuw nsw i32 %h.038.i, 1
  %exitcond40.not.i = icmp eq i32 %inc17.i, %32
  br i1 %exitcond40.not.i, label %rope.exit, label %for.cond1.preheader.i, !llvm.loop !34

for.body4.i:                                      ; preds = %for.cond1.preheader.i, %for.body4.i
  %k.036.i = phi i32 [ %inc.i150, %for.body4.i ], [ 0, %for.cond1.preheader.i ]
  %p.035.i = phi ptr [ %add.ptr.i149, %for.body4.i ], [ %v.addr.039.i, %for.cond1.preheader.i ]
  %59 = load float, ptr %p.035.i, align 4, !tbaa !2
  %arrayidx5.i = getelementptr inbounds i8, ptr %p.035.i, i32 4
  %60 = load float, ptr %arrayidx5.i, align 4, !tbaa !2
  %arrayidx6.i = getelementptr inbounds float, ptr %add.ptr, i32 %k.036.i
  %61 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %mul.i145 = fmul float %59, %61
  %arrayidx7.i = getelementptr inbounds float, ptr %add.ptr3, i32 %k.036.i
  %62 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %60, %62
  %sub.i146 = fsub float %mul.i145, %mul8.i
  store float %sub.i146, ptr %p.035.i, align 4, !tbaa !2
  %63 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul11.i = fmul float %59, %63
  %64 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %mul13.i147 = fmul float %60, %64
  %add.i148 = fadd float %mul11.i, %mul13.i147
  store float %add.i148, ptr %arrayidx5.i, align 4, !tbaa !2
  %add.ptr.i149 = getelementptr inbounds i8, ptr %p.035.i, i32 8
  %inc.i150 = add nuw nsw i32 %k.036.i, 1
  %exitcond.not.i151 = icmp eq i32 %inc.i150, %div
  br i1 %exitcond.not.i151, label %for.cond.cleanup3.i, label %for.body4.i, !llvm.loop !35

rope.exit:                                        ; preds = %for.cond.cleanup3.i, %rmsnorm.exit142
  br i1 %cmp37.i153, label %for.cond1.preheader.i157, label %rope.exit179

for.cond1.preheader.i157:                         ; preds = %rope.exit, %for.cond.cleanup3.i160
  %v.addr.039.i158 = phi ptr [ %add.ptr15.i161, %for.cond.cleanup3.i160 ], [ %add.ptr6, %rope.exit ]
  %h.038.i159 = phi i32 [ %inc17.i162, %for.cond.cleanup3.i160 ], [ 0, %rope.exit ]
  br i1 %cmp234.i, label %for.body4.i164, label %for.cond.cleanup3.i160

for.cond.cleanup3.i160:                           ; preds = %for.body4.i164, %for.cond1.preheader.i157
  %add.ptr15.i161 = getelementptr inbounds float, ptr %v.addr.039.i158, i32 %18
  %inc17.i162 = add nuw nsw i32 %h.038.i159, 1
  %exitcond40.not.i163 = icmp eq i32 %inc17.i162, %33
  br i1 %exitcond40.not.i163, label %rope.exit179, label %for.cond1.preheader.i157, !llvm.loop !34

for.body4.i164:                                   ; preds = %for.cond1.preheader.i157, %for.body4.i164
  %k.036.i165 = phi i32 [ %inc.i177, %for.body4.i164 ], [ 0, %for.cond1.preheader.i157 ]
  %p.035.i166 = phi ptr [ %add.ptr.i176, %for.body4.i164 ], [ %v.addr.039.i158, %for.cond1.preheader.i157 ]
  %65 = load float, ptr %p.035.i166, align 4, !tbaa !2
  %arrayidx5.i167 = getelementptr inbounds i8, ptr %p.035.i166, i32 4
  %66 = load float, ptr %arrayidx5.i167, align 4, !tbaa !2
  %arrayidx6.i168 = getelementptr inbounds float, ptr %add.ptr, i32 %k.036.i165
  %67 = load float, ptr %arrayidx6.i168, align 4, !tbaa !2
  %mul.i169 = fmul float %65, %67
  %arrayidx7.i170 = getelementptr inbounds float, ptr %add.ptr3, i32 %k.036.i165
  %68 = load float, ptr %arrayidx7.i170, align 4, !tbaa !2
  %mul8.i171 = fmul float %66, %68
  %sub.i172 = fsub float %mul.i169, %mul8.i171
  store float %sub.i172, ptr %p.035.i166, align 4, !tbaa !2
  %69 = load float, ptr %arrayidx7.i170, align 4, !tbaa !2
  %mul11.i173 = fmul float %65, %69
  %70 = load float, ptr %arrayidx6.i168, align 4, !tbaa !2
  %mul13.i174 = fmul float %66, %70
  %add.i175 = fadd float %mul11.i173, %mul13.i174
  store float %add.i175, ptr %arrayidx5.i167, align 4, !tbaa !2
  %add.ptr.i176 = getelementptr inbounds i8, ptr %p.035.i166, i32 8
  %inc.i177 = add nuw nsw i32 %k.036.i165, 1
  %exitcond.not.i178 = icmp eq i32 %inc.i177, %div
  br i1 %exitcond.not.i178, label %for.cond.cleanup3.i160, label %for.body4.i164, !llvm.loop !35

rope.exit179:                                     ; preds = %for.cond.cleanup3.i160, %rope.exit
  %div.i180 = sdiv i32 %32, %33
  %mul1.i = mul nsw i32 %mul4, %23
  %add.ptr.i183 = getelementptr inbounds float, ptr %21, i32 %mul1.i
  %add.ptr4.i = getelementptr inbounds float, ptr %24, i32 %mul1.i
  br i1 %cmp37.i, label %for.body.i187, label %attention.exit

for.body.i187:                                    ; preds = %rope.exit179, %for.cond.cleanup29.i
  %h.0158.i = phi i32 [ %inc82.i, %for.cond.cleanup29.i ], [ 0, %rope.exit179 ]
  %mul6.i = mul nsw i32 %h.0158.i, %18
  %add.ptr7.i = getelementptr inbounds float, ptr %28, i32 %mul6.i
  %mul8.i188 = mul nsw i32 %h.0158.i, %22
  %add.ptr9.i = getelementptr inbounds float, ptr %35, i32 %mul8.i188
  %div10.i = sdiv i32 %h.0158.i, %div.i180
  %mul11.i189 = mul nsw i32 %div10.i, %18
  br i1 %cmp14.not138.i, label %softmax.exit.i, label %for.body17.preheader.i

for.body17.preheader.i:                           ; preds = %for.body.i187
  %add.ptr12.i = getelementptr inbounds float, ptr %add.ptr.i183, i32 %mul11.i189
  br label %for.body17.i

for.cond.cleanup16.i:                             ; preds = %dot_from.exit.i
  %71 = load float, ptr %add.ptr9.i, align 4, !tbaa !2
  br i1 %cmp46.i.i, label %for.body.i123.i, label %for.cond5.preheader.i.i

for.cond5.preheader.i.i:                          ; preds = %for.body.i123.i, %for.cond.cleanup16.i
  %max.0.lcssa.i.i = phi float [ %71, %for.cond.cleanup16.i ], [ %max.1.i.i, %for.body.i123.i ]
  br label %for.body8.i.i

for.body.i123.i:                                  ; preds = %for.cond.cleanup16.i, %for.body.i123.i
  %i.048.i.i = phi i32 [ %inc.i124.i, %for.body.i123.i ], [ 1, %for.cond.cleanup16.i ]
  %max.047.i.i = phi float [ %max.1.i.i, %for.body.i123.i ], [ %71, %for.cond.cleanup16.i ]
  %arrayidx1.i.i = getelementptr inbounds float, ptr %add.ptr9.i, i32 %i.048.i.i
  %72 = load float, ptr %arrayidx1.i.i, align 4, !tbaa !2
  %cmp2.i.i = fcmp ogt float %72, %max.047.i.i
  %max.1.i.i = select i1 %cmp2.i.i, float %72, float %max.047.i.i
  %inc.i124.i = add nuw nsw i32 %i.048.i.i, 1
  %exitcond.not.i.i = icmp eq i32 %i.048.i.i, %pos
  br i1 %exitcond.not.i.i, label %for.cond5.preheader.i.i, label %for.body.i123.i, !llvm.loop !36

for.body8.i.i:                                    ; preds = %for.cond5.preheader.i.i, %for.body8.i.i
  %i4.051.i.i = phi i32 [ %inc13.i.i, %for.body8.i.i ], [ 0, %for.cond5.preheader.i.i ]
  %sum.050.i.i = phi float [ %add.i120.i, %for.body8.i.i ], [ 0.000000e+00, %for.cond5.preheader.i.i ]
  %arrayidx9.i.i = getelementptr inbounds float, ptr %add.ptr9.i, i32 %i4.051.i.i
  %73 = load float, ptr %arrayidx9.i.i, align 4, !tbaa !2
  %sub.i119.i = fsub float %73, %max.0.lcssa.i.i
  %74 = tail call float @llvm.exp.f32(float %sub.i119.i)
  store float %74, ptr %arrayidx9.i.i, align 4, !tbaa !2
  %add.i120.i = fadd float %sum.050.i.i, %74
  %inc13.i.i = add nuw nsw i32 %i4.051.i.i, 1
  %exitcond55.not.i.i = icmp eq i32 %i4.051.i.i, %pos
  br i1 %exitcond55.not.i.i, label %for.body19.i.i, label %for.body8.i.i, !llvm.loop !37

for.body19.i.i:                                   ; preds = %for.body8.i.i, %for.body19.i.i
  %i15.054.i.i = phi i32 [ %inc23.i.i, %for.body19.i.i ], [ 0, %for.body8.i.i ]
  %arrayidx20.i121.i = getelementptr inbounds float, ptr %add.ptr9.i, i32 %i15.054.i.i
  %75 = load float, ptr %arrayidx20.i121.i, align 4, !tbaa !2
  %div.i122.i = fdiv float %75, %add.i120.i
  store float %div.i122.i, ptr %arrayidx20.i121.i, align 4, !tbaa !2
  %inc23.i.i = add nuw nsw i32 %i15.054.i.i, 1
  %exitcond56.not.i.i = icmp eq i32 %i15.054.i.i, %pos
  br i1 %exitcond56.not.i.i, label %softmax.exit.i, label %for.body19.i.i, !llvm.loop !38

softmax.exit.i:                                   ; preds = %for.body19.i.i, %for.body.i187
  %add.ptr21.i = getelementptr inbounds float, ptr %25, i32 %mul6.i
  br i1 %cmp27155.i, label %for.body30.lr.ph.i, label %for.cond.cleanup29.i

for.body30.lr.ph.i:                               ; preds = %softmax.exit.i
  %add.ptr31.i = getelementptr inbounds float, ptr %add.ptr4.i, i32 %mul11.i189
  br label %for.body30.i

for.body17.i:                                     ; preds = %dot_from.exit.i, %for.body17.preheader.i
  %k.0140.i = phi ptr [ %add.ptr19.i, %dot_from.exit.i ], [ %add.ptr12.i, %for.body17.preheader.i ]
  %t.0139.i = phi i32 [ %inc.i191, %dot_from.exit.i ], [ 0, %for.body17.preheader.i ]
  br i1 %cmp.i125.i, label %for.body.i.i, label %for.cond.cleanup.i.i

for.cond.cleanup.i.i:                             ; preds = %for.body.i.i, %for.body17.i
  %b.addr.0.i.lcssa.i = phi ptr [ %k.0140.i, %for.body17.i ], [ %add.ptr63.i.i, %for.body.i.i ]
  %a.addr.0.i.lcssa.i = phi ptr [ %add.ptr7.i, %for.body17.i ], [ %add.ptr.i.i, %for.body.i.i ]
  %s.addr.0.i.lcssa.i = phi float [ 0.000000e+00, %for.body17.i ], [ %add62.i.i, %for.body.i.i ]
  br i1 %cmp64.i.i, label %if.then.i.i, label %if.end.i.i

for.body.i.i:                                     ; preds = %for.body17.i, %for.body.i.i
  %t.0.i129.i = phi i32 [ %inc.i.i, %for.body.i.i ], [ 0, %for.body17.i ]
  %s.addr.0.i128.i = phi float [ %add62.i.i, %for.body.i.i ], [ 0.000000e+00, %for.body17.i ]
  %a.addr.0.i127.i = phi ptr [ %add.ptr.i.i, %for.body.i.i ], [ %add.ptr7.i, %for.body17.i ]
  %b.addr.0.i126.i = phi ptr [ %add.ptr63.i.i, %for.body.i.i ], [ %k.0140.i, %for.body17.i ]
  %76 = load float, ptr %a.addr.0.i127.i, align 4, !tbaa !2
  %77 = load float, ptr %b.addr.0.i126.i, align 4, !tbaa !2
  %mul2.i.i = fmul float %76, %77
  %add.i.i = fadd float %s.addr.0.i128.i, %mul2.i.i
  %arrayidx3.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 4
  %78 = load float, ptr %arrayidx3.i.i, align 4, !tbaa !2
  %arrayidx4.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 4
  %79 = load float, ptr %arrayidx4.i.i, align 4, !tbaa !2
  %mul5.i.i = fmul float %78, %79
  %add6.i.i = fadd float %add.i.i, %mul5.i.i
  %arrayidx7.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 8
  %80 = load float, ptr %arrayidx7.i.i, align 4, !tbaa !2
  %arrayidx8.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 8
  %81 = load float, ptr %arrayidx8.i.i, align 4, !tbaa !2
  %mul9.i.i = fmul float %80, %81
  %add10.i.i = fadd float %add6.i.i, %mul9.i.i
  %arrayidx11.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 12
  %82 = load float, ptr %arrayidx11.i.i, align 4, !tbaa !2
  %arrayidx12.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 12
  %83 = load float, ptr %arrayidx12.i.i, align 4, !tbaa !2
  %mul13.i.i = fmul float %82, %83
  %add14.i.i = fadd float %add10.i.i, %mul13.i.i
  %arrayidx15.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 16
  %84 = load float, ptr %arrayidx15.i.i, align 4, !tbaa !2
  %arrayidx16.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 16
  %85 = load float, ptr %arrayidx16.i.i, align 4, !tbaa !2
  %mul17.i.i = fmul float %84, %85
  %add18.i.i = fadd float %add14.i.i, %mul17.i.i
  %arrayidx19.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 20
  %86 = load float, ptr %arrayidx19.i.i, align 4, !tbaa !2
  %arrayidx20.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 20
  %87 = load float, ptr %arrayidx20.i.i, align 4, !tbaa !2
  %mul21.i.i = fmul float %86, %87
  %add22.i.i = fadd float %add18.i.i, %mul21.i.i
  %arrayidx23.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 24
  %88 = load float, ptr %arrayidx23.i.i, align 4, !tbaa !2
  %arrayidx24.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 24
  %89 = load float, ptr %arrayidx24.i.i, align 4, !tbaa !2
  %mul25.i.i = fmul float %88, %89
  %add26.i.i = fadd float %add22.i.i, %mul25.i.i
  %arrayidx27.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 28
  %90 = load float, ptr %arrayidx27.i.i, align 4, !tbaa !2
  %arrayidx28.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 28
  %91 = load float, ptr %arrayidx28.i.i, align 4, !tbaa !2
  %mul29.i.i = fmul float %90, %91
  %add30.i.i = fadd float %add26.i.i, %mul29.i.i
  %arrayidx31.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 32
  %92 = load float, ptr %arrayidx31.i.i, align 4, !tbaa !2
  %arrayidx32.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 32
  %93 = load float, ptr %arrayidx32.i.i, align 4, !tbaa !2
  %mul33.i.i = fmul float %92, %93
  %add34.i.i = fadd float %add30.i.i, %mul33.i.i
  %arrayidx35.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 36
  %94 = load float, ptr %arrayidx35.i.i, align 4, !tbaa !2
  %arrayidx36.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 36
  %95 = load float, ptr %arrayidx36.i.i, align 4, !tbaa !2
  %mul37.i.i = fmul float %94, %95
  %add38.i.i = fadd float %add34.i.i, %mul37.i.i
  %arrayidx39.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 40
  %96 = load float, ptr %arrayidx39.i.i, align 4, !tbaa !2
  %arrayidx40.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 40
  %97 = load float, ptr %arrayidx40.i.i, align 4, !tbaa !2
  %mul41.i.i = fmul float %96, %97
  %add42.i.i = fadd float %add38.i.i, %mul41.i.i
  %arrayidx43.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 44
  %98 = load float, ptr %arrayidx43.i.i, align 4, !tbaa !2
  %arrayidx44.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 44
  %99 = load float, ptr %arrayidx44.i.i, align 4, !tbaa !2
  %mul45.i.i = fmul float %98, %99
  %add46.i.i = fadd float %add42.i.i, %mul45.i.i
  %arrayidx47.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 48
  %100 = load float, ptr %arrayidx47.i.i, align 4, !tbaa !2
  %arrayidx48.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 48
  %101 = load float, ptr %arrayidx48.i.i, align 4, !tbaa !2
  %mul49.i.i = fmul float %100, %101
  %add50.i.i = fadd float %add46.i.i, %mul49.i.i
  %arrayidx51.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 52
  %102 = load float, ptr %arrayidx51.i.i, align 4, !tbaa !2
  %arrayidx52.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 52
  %103 = load float, ptr %arrayidx52.i.i, align 4, !tbaa !2
  %mul53.i.i = fmul float %102, %103
  %add54.i.i = fadd float %add50.i.i, %mul53.i.i
  %arrayidx55.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 56
  %104 = load float, ptr %arrayidx55.i.i, align 4, !tbaa !2
  %arrayidx56.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 56
  %105 = load float, ptr %arrayidx56.i.i, align 4, !tbaa !2
  %mul57.i.i = fmul float %104, %105
  %add58.i.i = fadd float %add54.i.i, %mul57.i.i
  %arrayidx59.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 60
  %106 = load float, ptr %arrayidx59.i.i, align 4, !tbaa !2
  %arrayidx60.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 60
  %107 = load float, ptr %arrayidx60.i.i, align 4, !tbaa !2
  %mul61.i.i = fmul float %106, %107
  %add62.i.i = fadd float %add58.i.i, %mul61.i.i
  %add.ptr.i.i = getelementptr inbounds i8, ptr %a.addr.0.i127.i, i32 64
  %add.ptr63.i.i = getelementptr inbounds i8, ptr %b.addr.0.i126.i, i32 64
  %inc.i.i = add nuw nsw i32 %t.0.i129.i, 1
  %exitcond.not.i195 = icmp eq i32 %inc.i.i, %div.i.i
  br i1 %exitcond.not.i195, label %for.cond.cleanup.i.i, label %for.body.i.i, !llvm.loop !39

if.then.i.i:                                      ; preds = %for.cond.cleanup.i.i
  %108 = load float, ptr %a.addr.0.i.lcssa.i, align 4, !tbaa !2
  %109 = load float, ptr %b.addr.0.i.lcssa.i, align 4, !tbaa !2
  %mul67.i.i = fmul float %108, %109
  %add68.i.i = fadd float %s.addr.0.i.lcssa.i, %mul67.i.i
  %arrayidx69.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 4
  %110 = load float, ptr %arrayidx69.i.i, align 4, !tbaa !2
  %arrayidx70.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 4
  %111 = load float, ptr %arrayidx70.i.i, align 4, !tbaa !2
  %mul71.i.i = fmul float %110, %111
  %add72.i.i = fadd float %add68.i.i, %mul71.i.i
  %arrayidx73.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 8
  %112 = load float, ptr %arrayidx73.i.i, align 4, !tbaa !2
  %arrayidx74.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 8
  %113 = load float, ptr %arrayidx74.i.i, align 4, !tbaa !2
  %mul75.i.i = fmul float %112, %113
  %add76.i.i = fadd float %add72.i.i, %mul75.i.i
  %arrayidx77.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 12
  %114 = load float, ptr %arrayidx77.i.i, align 4, !tbaa !2
  %arrayidx78.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 12
  %115 = load float, ptr %arrayidx78.i.i, align 4, !tbaa !2
  %mul79.i.i = fmul float %114, %115
  %add80.i.i = fadd float %add76.i.i, %mul79.i.i
  %arrayidx81.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 16
  %116 = load float, ptr %arrayidx81.i.i, align 4, !tbaa !2
  %arrayidx82.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 16
  %117 = load float, ptr %arrayidx82.i.i, align 4, !tbaa !2
  %mul83.i.i = fmul float %116, %117
  %add84.i.i = fadd float %add80.i.i, %mul83.i.i
  %arrayidx85.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 20
  %118 = load float, ptr %arrayidx85.i.i, align 4, !tbaa !2
  %arrayidx86.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 20
  %119 = load float, ptr %arrayidx86.i.i, align 4, !tbaa !2
  %mul87.i.i = fmul float %118, %119
  %add88.i.i = fadd float %add84.i.i, %mul87.i.i
  %arrayidx89.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 24
  %120 = load float, ptr %arrayidx89.i.i, align 4, !tbaa !2
  %arrayidx90.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 24
  %121 = load float, ptr %arrayidx90.i.i, align 4, !tbaa !2
  %mul91.i.i = fmul float %120, %121
  %add92.i.i = fadd float %add88.i.i, %mul91.i.i
  %arrayidx93.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 28
  %122 = load float, ptr %arrayidx93.i.i, align 4, !tbaa !2
  %arrayidx94.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 28
  %123 = load float, ptr %arrayidx94.i.i, align 4, !tbaa !2
  %mul95.i.i = fmul float %122, %123
  %add96.i.i = fadd float %add92.i.i, %mul95.i.i
  %add.ptr97.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 32
  %add.ptr98.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 32
  br label %if.end.i.i

if.end.i.i:                                       ; preds = %if.then.i.i, %for.cond.cleanup.i.i
  %b.addr.1.i.i = phi ptr [ %add.ptr98.i.i, %if.then.i.i ], [ %b.addr.0.i.lcssa.i, %for.cond.cleanup.i.i ]
  %a.addr.1.i.i = phi ptr [ %add.ptr97.i.i, %if.then.i.i ], [ %a.addr.0.i.lcssa.i, %for.cond.cleanup.i.i ]
  %s.addr.1.i.i = phi float [ %add96.i.i, %if.then.i.i ], [ %s.addr.0.i.lcssa.i, %for.cond.cleanup.i.i ]
  %left.0.i.i = phi i32 [ %sub99.i.i, %if.then.i.i ], [ %sub.i.i, %for.cond.cleanup.i.i ]
  %cmp100.i.i = icmp sgt i32 %left.0.i.i, 3
  br i1 %cmp100.i.i, label %if.then101.i.i, label %if.end121.i.i

if.then101.i.i:                                   ; preds = %if.end.i.i
  %124 = load float, ptr %a.addr.1.i.i, align 4, !tbaa !2
  %125 = load float, ptr %b.addr.1.i.i, align 4, !tbaa !2
  %mul104.i.i = fmul float %124, %125
  %add105.i.i = fadd float %s.addr.1.i.i, %mul104.i.i
  %arrayidx106.i.i = getelementptr inbounds i8, ptr %a.addr.1.i.i, i32 4
  %126 = load float, ptr %arrayidx106.i.i, align 4, !tbaa !2
  %arrayidx107.i.i = getelementptr inbounds i8, ptr %b.addr.1.i.i, i32 4
  %127 = load float, ptr %arrayidx107.i.i, align 4, !tbaa !2
  %mul108.i.i = fmul float %126, %127
  %add109.i.i = fadd float %add105.i.i, %mul108.i.i
  %arrayidx110.i.i = getelementptr inbounds i8, ptr %a.addr.1.i.i, i32 8
  %128 = load float, ptr %arrayidx110.i.i, align 4, !tbaa !2
  %arrayidx111.i.i = getelementptr inbounds i8, ptr %b.addr.1.i.i, i32 8
  %129 = load float, ptr %arrayidx111.i.i, align 4, !tbaa !2
  %mul112.i.i = fmul float %128, %129
  %add113.i.i = fadd float %add109.i.i, %mul112.i.i
  %arrayidx114.i.i = getelementptr inbounds i8, ptr %a.addr.1.i.i, i32 12
  %130 = load float, ptr %arrayidx114.i.i, align 4, !tbaa !2
  %arrayidx115.i.i = getelementptr inbounds i8, ptr %b.addr.1.i.i, i32 12
  %131 = load float, ptr %arrayidx115.i.i, align 4, !tbaa !2
  %mul116.i.i = fmul float %130, %131
  %add117.i.i = fadd float %add113.i.i, %mul116.i.i
  %add.ptr118.i.i = getelementptr inbounds i8, ptr %a.addr.1.i.i, i32 16
  %add.ptr119.i.i = getelementptr inbounds i8, ptr %b.addr.1.i.i, i32 16
  %sub120.i.i = add nsw i32 %left.0.i.i, -4
  br label %if.end121.i.i

if.end121.i.i:                                    ; preds = %if.then101.i.i, %if.end.i.i
  %b.addr.2.i.i = phi ptr [ %add.ptr119.i.i, %if.then101.i.i ], [ %b.addr.1.i.i, %if.end.i.i ]
  %a.addr.2.i.i = phi ptr [ %add.ptr118.i.i, %if.then101.i.i ], [ %a.addr.1.i.i, %if.end.i.i ]
  %s.addr.2.i.i = phi float [ %add117.i.i, %if.then101.i.i ], [ %s.addr.1.i.i, %if.end.i.i ]
  %left.1.i.i = phi i32 [ %sub120.i.i, %if.then101.i.i ], [ %left.0.i.i, %if.end.i.i ]
  %cmp123.i132.i = icmp sgt i32 %left.1.i.i, 0
  br i1 %cmp123.i132.i, label %for.body124.i.i, label %dot_from.exit.i

for.body124.i.i:                                  ; preds = %if.end121.i.i, %for.body124.i.i
  %left.2.i136.i = phi i32 [ %dec.i.i, %for.body124.i.i ], [ %left.1.i.i, %if.end121.i.i ]
  %s.addr.3.i135.i = phi float [ %add128.i.i, %for.body124.i.i ], [ %s.addr.2.i.i, %if.end121.i.i ]
  %a.addr.3.i134.i = phi ptr [ %incdec.ptr.i.i, %for.body124.i.i ], [ %a.addr.2.i.i, %if.end121.i.i ]
  %b.addr.3.i133.i = phi ptr [ %incdec.ptr129.i.i, %for.body124.i.i ], [ %b.addr.2.i.i, %if.end121.i.i ]
  %132 = load float, ptr %a.addr.3.i134.i, align 4, !tbaa !2
  %133 = load float, ptr %b.addr.3.i133.i, align 4, !tbaa !2
  %mul127.i.i = fmul float %132, %133
  %add128.i.i = fadd float %s.addr.3.i135.i, %mul127.i.i
  %incdec.ptr.i.i = getelementptr inbounds i8, ptr %a.addr.3.i134.i, i32 4
  %incdec.ptr129.i.i = getelementptr inbounds i8, ptr %b.addr.3.i133.i, i32 4
  %dec.i.i = add nsw i32 %left.2.i136.i, -1
  %cmp123.i.i = icmp ugt i32 %left.2.i136.i, 1
  br i1 %cmp123.i.i, label %for.body124.i.i, label %dot_from.exit.i, !llvm.loop !40

dot_from.exit.i:                                  ; preds = %for.body124.i.i, %if.end121.i.i
  %s.addr.3.i.lcssa.i = phi float [ %s.addr.2.i.i, %if.end121.i.i ], [ %add128.i.i, %for.body124.i.i ]
  %div18.i = fdiv float %s.addr.3.i.lcssa.i, %34
  %arrayidx.i190 = getelementptr inbounds float, ptr %add.ptr9.i, i32 %t.0139.i
  store float %div18.i, ptr %arrayidx.i190, align 4, !tbaa !2
  %add.ptr19.i = getelementptr inbounds float, ptr %k.0140.i, i32 %23
  %inc.i191 = add nuw i32 %t.0139.i, 1
  %exitcond159.not.i = icmp eq i32 %t.0139.i, %pos
  br i1 %exitcond159.not.i, label %for.cond.cleanup16.i, label %for.body17.i, !llvm.loop !41

for.cond.cleanup29.i:                             ; preds = %for.cond.cleanup67.i, %softmax.exit.i
  %inc82.i = add nuw nsw i32 %h.0158.i, 1
  %exitcond163.not.i = icmp eq i32 %inc82.i, %32
  br i1 %exitcond163.not.i, label %attention.exit, label %for.body.i187, !llvm.loop !42

for.body30.i:                                     ; preds = %for.cond.cleanup67.i, %for.body30.lr.ph.i
  %i.0156.i = phi i32 [ 0, %for.body30.lr.ph.i ], [ %inc79.i, %for.cond.cleanup67.i ]
  %add.ptr32.i = getelementptr inbounds float, ptr %add.ptr31.i, i32 %i.0156.i
  br i1 %cmp35141.i, label %for.body38.i, label %for.cond64.preheader.i

for.cond64.preheader.i:                           ; preds = %for.body38.i, %for.body30.i
  %v.0.lcssa.i = phi ptr [ %add.ptr32.i, %for.body30.i ], [ %add.ptr59.i, %for.body38.i ]
  %a.0.lcssa.i = phi ptr [ %add.ptr9.i, %for.body30.i ], [ %add.ptr57.i, %for.body38.i ]
  %s.0.lcssa.i = phi float [ 0.000000e+00, %for.body30.i ], [ %add56.i, %for.body38.i ]
  br i1 %cmp65149.i, label %for.body68.i, label %for.cond.cleanup67.i

for.body38.i:                                     ; preds = %for.body30.i, %for.body38.i
  %t33.0145.i = phi i32 [ %inc61.i, %for.body38.i ], [ 0, %for.body30.i ]
  %s.0144.i = phi float [ %add56.i, %for.body38.i ], [ 0.000000e+00, %for.body30.i ]
  %a.0143.i = phi ptr [ %add.ptr57.i, %for.body38.i ], [ %add.ptr9.i, %for.body30.i ]
  %v.0142.i = phi ptr [ %add.ptr59.i, %for.body38.i ], [ %add.ptr32.i, %for.body30.i ]
  %134 = load float, ptr %a.0143.i, align 4, !tbaa !2
  %135 = load float, ptr %v.0142.i, align 4, !tbaa !2
  %mul41.i = fmul float %134, %135
  %add42.i = fadd float %s.0144.i, %mul41.i
  %arrayidx43.i = getelementptr inbounds i8, ptr %a.0143.i, i32 4
  %136 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %arrayidx44.i = getelementptr inbounds float, ptr %v.0142.i, i32 %23
  %137 = load float, ptr %arrayidx44.i, align 4, !tbaa !2
  %mul45.i192 = fmul float %136, %137
  %add46.i = fadd float %add42.i, %mul45.i192
  %arrayidx47.i = getelementptr inbounds i8, ptr %a.0143.i, i32 8
  %138 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %arrayidx49.i193 = getelementptr inbounds i8, ptr %v.0142.i, i32 %arrayidx49.idx.i
  %139 = load float, ptr %arrayidx49.i193, align 4, !tbaa !2
  %mul50.i = fmul float %138, %139
  %add51.i = fadd float %add46.i, %mul50.i
  %arrayidx52.i = getelementptr inbounds i8, ptr %a.0143.i, i32 12
  %140 = load float, ptr %arrayidx52.i, align 4, !tbaa !2
  %arrayidx54.i = getelementptr inbounds i8, ptr %v.0142.i, i32 %arrayidx54.idx.i
  %141 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %mul55.i194 = fmul float %140, %141
  %add56.i = fadd float %add51.i, %mul55.i194
  %add.ptr57.i = getelementptr inbounds i8, ptr %a.0143.i, i32 16
  %add.ptr59.i = getelementptr inbounds i8, ptr %v.0142.i, i32 %add.ptr59.idx.i
  %inc61.i = add nuw nsw i32 %t33.0145.i, 1
  %exitcond160.not.i = icmp eq i32 %inc61.i, %smax.i
  br i1 %exitcond160.not.i, label %for.cond64.preheader.i, label %for.body38.i, !llvm.loop !43

for.cond.cleanup67.i:                             ; preds = %for.body68.i, %for.cond64.preheader.i
  %s.1.lcssa.i = phi float [ %s.0.lcssa.i, %for.cond64.preheader.i ], [ %add72.i, %for.body68.i ]
  %arrayidx77.i = getelementptr inbounds float, ptr %add.ptr21.i, i32 %i.0156.i
  store float %s.1.lcssa.i, ptr %arrayidx77.i, align 4, !tbaa !2
  %inc79.i = add nuw nsw i32 %i.0156.i, 1
  %exitcond162.not.i = icmp eq i32 %inc79.i, %18
  br i1 %exitcond162.not.i, label %for.cond.cleanup29.i, label %for.body30.i, !llvm.loop !44

for.body68.i:                                     ; preds = %for.cond64.preheader.i, %for.body68.i
  %t63.0153.i = phi i32 [ %inc75.i, %for.body68.i ], [ 0, %for.cond64.preheader.i ]
  %s.1152.i = phi float [ %add72.i, %for.body68.i ], [ %s.0.lcssa.i, %for.cond64.preheader.i ]
  %a.1151.i = phi ptr [ %incdec.ptr.i, %for.body68.i ], [ %a.0.lcssa.i, %for.cond64.preheader.i ]
  %v.1150.i = phi ptr [ %add.ptr73.i, %for.body68.i ], [ %v.0.lcssa.i, %for.cond64.preheader.i ]
  %142 = load float, ptr %a.1151.i, align 4, !tbaa !2
  %143 = load float, ptr %v.1150.i, align 4, !tbaa !2
  %mul71.i = fmul float %142, %143
  %add72.i = fadd float %s.1152.i, %mul71.i
  %incdec.ptr.i = getelementptr inbounds i8, ptr %a.1151.i, i32 4
  %add.ptr73.i = getelementptr inbounds float, ptr %v.1150.i, i32 %23
  %inc75.i = add nuw nsw i32 %t63.0153.i, 1
  %exitcond161.not.i = icmp eq i32 %inc75.i, %sub.i186
  br i1 %exitcond161.not.i, label %for.cond.cleanup67.i, label %for.body68.i, !llvm.loop !45

attention.exit:                                   ; preds = %for.cond.cleanup29.i, %rope.exit179
  tail call fastcc void @prepare(ptr noundef %25, ptr noundef nonnull @shD) #10
  %add.ptr24 = getelementptr inbounds float, ptr %37, i32 %mul14
  tail call fastcc void @matvec(ptr noundef %36, ptr noundef %25, ptr noundef %add.ptr24, ptr noundef nonnull @shD, i32 noundef %.pre239) #10
  br i1 %cmp33.i118, label %for.body28, label %rmsnorm.exit220

for.cond.cleanup27:                               ; preds = %for.body28
  %add.ptr33 = getelementptr inbounds float, ptr %38, i32 %mul11
  br i1 %cmp33.i118, label %for.body.i212, label %rmsnorm.exit220

for.cond.cleanup.i197:                            ; preds = %for.body.i212
  %div.i200 = fdiv float %add.i217, %conv.i121
  %add2.i201 = fadd float %27, %div.i200
  %144 = tail call float @llvm.sqrt.f32(float %add2.i201)
  %div3.i202 = fdiv float 1.000000e+00, %144
  br label %for.body9.i203

for.body.i212:                                    ; preds = %for.cond.cleanup27, %for.body.i212
  %j.035.i213 = phi i32 [ %inc.i218, %for.body.i212 ], [ 0, %for.cond.cleanup27 ]
  %ss.034.i214 = phi float [ %add.i217, %for.body.i212 ], [ 0.000000e+00, %for.cond.cleanup27 ]
  %arrayidx.i215 = getelementptr inbounds float, ptr %2, i32 %j.035.i213
  %145 = load float, ptr %arrayidx.i215, align 4, !tbaa !2
  %mul.i216 = fmul float %145, %145
  %add.i217 = fadd float %ss.034.i214, %mul.i216
  %inc.i218 = add nuw nsw i32 %j.035.i213, 1
  %exitcond.not.i219 = icmp eq i32 %inc.i218, %.pre239
  br i1 %exitcond.not.i219, label %for.cond.cleanup.i197, label %for.body.i212, !llvm.loop !32

for.body9.i203:                                   ; preds = %for.cond.cleanup.i197, %for.body9.i203
  %j4.037.i204 = phi i32 [ %inc16.i210, %for.body9.i203 ], [ 0, %for.cond.cleanup.i197 ]
  %arrayidx10.i205 = getelementptr inbounds float, ptr %add.ptr33, i32 %j4.037.i204
  %146 = load float, ptr %arrayidx10.i205, align 4, !tbaa !2
  %arrayidx11.i206 = getelementptr inbounds float, ptr %2, i32 %j4.037.i204
  %147 = load float, ptr %arrayidx11.i206, align 4, !tbaa !2
  %mul12.i207 = fmul float %div3.i202, %147
  %mul13.i208 = fmul float %146, %mul12.i207
  %arrayidx14.i209 = getelementptr inbounds float, ptr %25, i32 %j4.037.i204
  store float %mul13.i208, ptr %arrayidx14.i209, align 4, !tbaa !2
  %inc16.i210 = add nuw nsw i32 %j4.037.i204, 1
  %exitcond38.not.i211 = icmp eq i32 %inc16.i210, %.pre239
  br i1 %exitcond38.not.i211, label %rmsnorm.exit220, label %for.body9.i203, !llvm.loop !33

rmsnorm.exit220:                                  ; preds = %for.body9.i203, %attention.exit, %for.cond.cleanup27
  tail call fastcc void @prepare(ptr noundef %25, ptr noundef nonnull @shD) #10
  %mul34.reass = mul i32 %l.0233, %factor.op.mul234
  %add.ptr36 = getelementptr inbounds float, ptr %40, i32 %mul34.reass
  tail call fastcc void @matvec(ptr noundef %39, ptr noundef %25, ptr noundef %add.ptr36, ptr noundef nonnull @shD, i32 noundef %41) #10
  %add.ptr39 = getelementptr inbounds float, ptr %43, i32 %mul34.reass
  tail call fastcc void @matvec(ptr noundef %42, ptr noundef %25, ptr noundef %add.ptr39, ptr noundef nonnull @shD, i32 noundef %41) #10
  br i1 %cmp42228, label %for.body44, label %for.cond.cleanup43

for.body28:                                       ; preds = %attention.exit, %for.body28
  %i.0227 = phi i32 [ %inc, %for.body28 ], [ 0, %attention.exit ]
  %arrayidx = getelementptr inbounds float, ptr %2, i32 %i.0227
  %148 = load float, ptr %arrayidx, align 4, !tbaa !2
  %arrayidx29 = getelementptr inbounds float, ptr %36, i32 %i.0227
  %149 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %add30 = fadd float %148, %149
  store float %add30, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.0227, 1
  %exitcond.not = icmp eq i32 %inc, %.pre239
  br i1 %exitcond.not, label %for.cond.cleanup27, label %for.body28, !llvm.loop !46

for.cond.cleanup43:                               ; preds = %for.body44, %rmsnorm.exit220
  tail call fastcc void @prepare(ptr noundef %39, ptr noundef nonnull @shF) #10
  %mul56 = mul nsw i32 %mul11, %1
  %add.ptr57 = getelementptr inbounds float, ptr %44, i32 %mul56
  tail call fastcc void @matvec(ptr noundef %25, ptr noundef %39, ptr noundef %add.ptr57, ptr noundef nonnull @shF, i32 noundef %.pre239) #10
  br i1 %cmp33.i118, label %for.body62, label %for.cond.cleanup61

for.body44:                                       ; preds = %rmsnorm.exit220, %for.body44
  %i40.0229 = phi i32 [ %inc53, %for.body44 ], [ 0, %rmsnorm.exit220 ]
  %arrayidx45 = getelementptr inbounds float, ptr %39, i32 %i40.0229
  %150 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %fneg = fneg float %150
  %151 = tail call float @llvm.exp.f32(float %fneg)
  %add46 = fadd float %151, 1.000000e+00
  %div47 = fdiv float 1.000000e+00, %add46
  %mul48 = fmul float %150, %div47
  %arrayidx49 = getelementptr inbounds float, ptr %42, i32 %i40.0229
  %152 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %mul50 = fmul float %152, %mul48
  store float %mul50, ptr %arrayidx45, align 4, !tbaa !2
  %inc53 = add nuw nsw i32 %i40.0229, 1
  %exitcond236.not = icmp eq i32 %inc53, %41
  br i1 %exitcond236.not, label %for.cond.cleanup43, label %for.body44, !llvm.loop !47

for.cond.cleanup61:                               ; preds = %for.body62, %for.cond.cleanup43
  %inc71 = add nuw nsw i32 %l.0233, 1
  %exitcond238.not = icmp eq i32 %inc71, %20
  br i1 %exitcond238.not, label %for.cond.cleanup.loopexit, label %for.body, !llvm.loop !48

for.body62:                                       ; preds = %for.cond.cleanup43, %for.body62
  %i58.0231 = phi i32 [ %inc68, %for.body62 ], [ 0, %for.cond.cleanup43 ]
  %arrayidx63 = getelementptr inbounds float, ptr %2, i32 %i58.0231
  %153 = load float, ptr %arrayidx63, align 4, !tbaa !2
  %arrayidx64 = getelementptr inbounds float, ptr %25, i32 %i58.0231
  %154 = load float, ptr %arrayidx64, align 4, !tbaa !2
  %add65 = fadd float %153, %154
  store float %add65, ptr %arrayidx63, align 4, !tbaa !2
  %inc68 = add nuw nsw i32 %i58.0231, 1
  %exitcond237.not = icmp eq i32 %inc68, %.pre239
  br i1 %exitcond237.not, label %for.cond.cleanup61, label %for.body62, !llvm.loop !49
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc i32 @sample(ptr nocapture noundef %logits, float noundef %temperature, i32 noundef %topk, float noundef %topp) unnamed_addr #5 {
entry:
  %cmp = fcmp ugt float %temperature, 0.000000e+00
  %0 = load i32, ptr @vocab, align 4
  br i1 %cmp, label %for.cond.preheader, label %if.then

for.cond.preheader:                               ; preds = %entry
  %cmp1272 = icmp sgt i32 %0, 0
  br i1 %cmp1272, label %for.body, label %softmax.exit

if.then:                                          ; preds = %entry
  %cmp10.i = icmp sgt i32 %0, 1
  br i1 %cmp10.i, label %for.body.preheader.i, label %return

for.body.preheader.i:                             ; preds = %if.then
  %1 = load float, ptr %logits, align 4, !tbaa !2
  br label %for.body.i

for.body.i:                                       ; preds = %for.body.i, %for.body.preheader.i
  %i.013.i = phi i32 [ %inc.i, %for.body.i ], [ 1, %for.body.preheader.i ]
  %max.012.i = phi float [ %max.1.i, %for.body.i ], [ %1, %for.body.preheader.i ]
  %best.011.i = phi i32 [ %best.1.i, %for.body.i ], [ 0, %for.body.preheader.i ]
  %arrayidx1.i = getelementptr inbounds float, ptr %logits, i32 %i.013.i
  %2 = load float, ptr %arrayidx1.i, align 4, !tbaa !2
  %cmp2.i = fcmp ogt float %2, %max.012.i
  %best.1.i = select i1 %cmp2.i, i32 %i.013.i, i32 %best.011.i
  %max.1.i = select i1 %cmp2.i, float %2, float %max.012.i
  %inc.i = add nuw nsw i32 %i.013.i, 1
  %exitcond.not.i = icmp eq i32 %inc.i, %0
  br i1 %exitcond.not.i, label %return, label %for.body.i, !llvm.loop !50

for.cond.cleanup:                                 ; preds = %for.body
  %3 = load float, ptr %logits, align 4, !tbaa !2
  %cmp46.i = icmp ne i32 %0, 1
  br i1 %cmp46.i, label %for.body.i218, label %for.cond5.preheader.i

for.cond5.preheader.i:                            ; preds = %for.body.i218, %for.cond.cleanup
  %cmp46.i301 = phi i1 [ false, %for.cond.cleanup ], [ %cmp46.i, %for.body.i218 ]
  %max.0.lcssa.i = phi float [ %3, %for.cond.cleanup ], [ %max.1.i221, %for.body.i218 ]
  br i1 %cmp1272, label %for.body8.i, label %softmax.exit

for.body.i218:                                    ; preds = %for.cond.cleanup, %for.body.i218
  %i.048.i = phi i32 [ %inc.i222, %for.body.i218 ], [ 1, %for.cond.cleanup ]
  %max.047.i = phi float [ %max.1.i221, %for.body.i218 ], [ %3, %for.cond.cleanup ]
  %arrayidx1.i219 = getelementptr inbounds float, ptr %logits, i32 %i.048.i
  %4 = load float, ptr %arrayidx1.i219, align 4, !tbaa !2
  %cmp2.i220 = fcmp ogt float %4, %max.047.i
  %max.1.i221 = select i1 %cmp2.i220, float %4, float %max.047.i
  %inc.i222 = add nuw nsw i32 %i.048.i, 1
  %exitcond.not.i223 = icmp eq i32 %inc.i222, %0
  br i1 %exitcond.not.i223, label %for.cond5.preheader.i, label %for.body.i218, !llvm.loop !36

for.body8.i:                                      ; preds = %for.cond5.preheader.i, %for.body8.i
  %i4.051.i = phi i32 [ %inc13.i, %for.body8.i ], [ 0, %for.cond5.preheader.i ]
  %sum.050.i = phi float [ %add.i, %for.body8.i ], [ 0.000000e+00, %for.cond5.preheader.i ]
  %arrayidx9.i = getelementptr inbounds float, ptr %logits, i32 %i4.051.i
  %5 = load float, ptr %arrayidx9.i, align 4, !tbaa !2
  %sub.i = fsub float %5, %max.0.lcssa.i
  %6 = tail call float @llvm.exp.f32(float %sub.i)
  store float %6, ptr %arrayidx9.i, align 4, !tbaa !2
  %add.i = fadd float %sum.050.i, %6
  %inc13.i = add nuw nsw i32 %i4.051.i, 1
  %exitcond55.not.i = icmp eq i32 %inc13.i, %0
  br i1 %exitcond55.not.i, label %for.body19.i, label %for.body8.i, !llvm.loop !37

for.body19.i:                                     ; preds = %for.body8.i, %for.body19.i
  %i15.054.i = phi i32 [ %inc23.i, %for.body19.i ], [ 0, %for.body8.i ]
  %arrayidx20.i = getelementptr inbounds float, ptr %logits, i32 %i15.054.i
  %7 = load float, ptr %arrayidx20.i, align 4, !tbaa !2
  %div.i = fdiv float %7, %add.i
  store float %div.i, ptr %arrayidx20.i, align 4, !tbaa !2
  %inc23.i = add nuw nsw i32 %i15.054.i, 1
  %exitcond56.not.i = icmp eq i32 %inc23.i, %0
  br i1 %exitcond56.not.i, label %softmax.exit, label %for.body19.i, !llvm.loop !38

softmax.exit:                                     ; preds = %for.body19.i, %for.cond.preheader, %for.cond5.preheader.i
  %cmp46.i301304 = phi i1 [ %cmp46.i301, %for.cond5.preheader.i ], [ false, %for.cond.preheader ], [ %cmp46.i301, %for.body19.i ]
  %8 = load float, ptr @rng, align 4, !tbaa !2
  %9 = load float, ptr @pm_mult, align 4, !tbaa !2
  %mul.i = fmul float %8, %9
  %10 = load float, ptr @pm_mod, align 4, !tbaa !2
  %div.i224 = fdiv float %mul.i, %10
  %11 = tail call float @llvm.floor.f32(float %div.i224)
  %mul1.i = fmul float %10, %11
  %sub.i225 = fsub float %mul.i, %mul1.i
  store float %sub.i225, ptr @rng, align 4, !tbaa !2
  %sub2.i = fadd float %sub.i225, -1.000000e+00
  %sub3.i = fadd float %10, -1.000000e+00
  %div4.i = fdiv float %sub2.i, %sub3.i
  %cmp4 = icmp sgt i32 %topk, 0
  %cmp5 = icmp sgt i32 %0, %topk
  %12 = and i1 %cmp4, %cmp5
  %cmp6 = fcmp ogt float %topp, 0.000000e+00
  %cmp8 = fcmp olt float %topp, 1.000000e+00
  %13 = and i1 %cmp6, %cmp8
  %or.cond = or i1 %13, %12
  br i1 %or.cond, label %if.end26, label %for.cond14.preheader

for.cond14.preheader:                             ; preds = %softmax.exit
  br i1 %cmp1272, label %for.body17, label %for.end24

for.body:                                         ; preds = %for.cond.preheader, %for.body
  %i.0273 = phi i32 [ %inc, %for.body ], [ 0, %for.cond.preheader ]
  %arrayidx = getelementptr inbounds float, ptr %logits, i32 %i.0273
  %14 = load float, ptr %arrayidx, align 4, !tbaa !2
  %div = fdiv float %14, %temperature
  store float %div, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.0273, 1
  %exitcond.not = icmp eq i32 %inc, %0
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !51

for.body17:                                       ; preds = %for.cond14.preheader, %for.inc22
  %cdf.0276 = phi float [ %add, %for.inc22 ], [ 0.000000e+00, %for.cond14.preheader ]
  %i13.0275 = phi i32 [ %inc23, %for.inc22 ], [ 0, %for.cond14.preheader ]
  %arrayidx18 = getelementptr inbounds float, ptr %logits, i32 %i13.0275
  %15 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %add = fadd float %cdf.0276, %15
  %cmp19 = fcmp olt float %div4.i, %add
  br i1 %cmp19, label %return, label %for.inc22

for.inc22:                                        ; preds = %for.body17
  %inc23 = add nuw nsw i32 %i13.0275, 1
  %exitcond292.not = icmp eq i32 %inc23, %0
  br i1 %exitcond292.not, label %for.end24, label %for.body17, !llvm.loop !52

for.end24:                                        ; preds = %for.inc22, %for.cond14.preheader
  %sub = add nsw i32 %0, -1
  br label %return

if.end26:                                         ; preds = %softmax.exit
  %or.cond154 = and i1 %13, %cmp46.i301304
  br i1 %or.cond154, label %if.then30, label %for.cond57.preheader

if.then30:                                        ; preds = %if.end26
  %sub31 = fsub float 1.000000e+00, %topp
  %sub32 = add nsw i32 %0, -1
  %conv = uitofp nneg i32 %sub32 to float
  %div33 = fdiv float %sub31, %conv
  %16 = load ptr, ptr @b_heap, align 4
  br label %for.body39

for.body39:                                       ; preds = %if.then30, %for.inc48
  %i34.0278 = phi i32 [ 0, %if.then30 ], [ %inc49, %for.inc48 ]
  %n.0277 = phi i32 [ 0, %if.then30 ], [ %n.1, %for.inc48 ]
  %arrayidx40 = getelementptr inbounds float, ptr %logits, i32 %i34.0278
  %17 = load float, ptr %arrayidx40, align 4, !tbaa !2
  %cmp41 = fcmp ult float %17, %div33
  br i1 %cmp41, label %for.inc48, label %if.then43

if.then43:                                        ; preds = %for.body39
  %conv44 = uitofp nneg i32 %i34.0278 to float
  %arrayidx45 = getelementptr inbounds float, ptr %16, i32 %n.0277
  store float %conv44, ptr %arrayidx45, align 4, !tbaa !2
  %inc46 = add nsw i32 %n.0277, 1
  br label %for.inc48

for.inc48:                                        ; preds = %for.body39, %if.then43
  %n.1 = phi i32 [ %inc46, %if.then43 ], [ %n.0277, %for.body39 ]
  %inc49 = add nuw nsw i32 %i34.0278, 1
  %exitcond293.not = icmp eq i32 %inc49, %0
  br i1 %exitcond293.not, label %if.end52, label %for.body39, !llvm.loop !53

if.end52:                                         ; preds = %for.inc48
  %cmp53 = icmp eq i32 %n.1, 0
  br i1 %cmp53, label %for.cond57.preheader, label %if.end52.if.end68_crit_edge

if.end52.if.end68_crit_edge:                      ; preds = %if.end52
  %.pre.pre = load ptr, ptr @b_heap, align 4
  br label %if.end68

for.cond57.preheader:                             ; preds = %if.end26, %if.end52
  %.pre.pre297 = load ptr, ptr @b_heap, align 4
  br i1 %cmp1272, label %for.body61, label %for.cond.cleanup75

for.body61:                                       ; preds = %for.cond57.preheader, %for.body61
  %i56.0280 = phi i32 [ %inc65, %for.body61 ], [ 0, %for.cond57.preheader ]
  %conv62 = uitofp nneg i32 %i56.0280 to float
  %arrayidx63 = getelementptr inbounds float, ptr %.pre.pre297, i32 %i56.0280
  store float %conv62, ptr %arrayidx63, align 4, !tbaa !2
  %inc65 = add nuw nsw i32 %i56.0280, 1
  %exitcond294.not = icmp eq i32 %inc65, %0
  br i1 %exitcond294.not, label %if.end68, label %for.body61, !llvm.loop !54

if.end68:                                         ; preds = %for.body61, %if.end52.if.end68_crit_edge
  %.pre = phi ptr [ %.pre.pre, %if.end52.if.end68_crit_edge ], [ %.pre.pre297, %for.body61 ]
  %n.3 = phi i32 [ %n.1, %if.end52.if.end68_crit_edge ], [ %0, %for.body61 ]
  %cmp73281 = icmp sgt i32 %n.3, 1
  br i1 %cmp73281, label %for.body76.lr.ph, label %for.cond.cleanup75

for.body76.lr.ph:                                 ; preds = %if.end68
  %div70299 = lshr i32 %n.3, 1
  br label %for.body76

for.cond.cleanup75:                               ; preds = %sift_down.exit, %for.cond57.preheader, %if.end68
  %n.3311 = phi i32 [ %n.3, %if.end68 ], [ %0, %for.cond57.preheader ], [ %n.3, %sift_down.exit ]
  %.pre310 = phi ptr [ %.pre, %if.end68 ], [ %.pre.pre297, %for.cond57.preheader ], [ %.pre, %sift_down.exit ]
  %18 = tail call i32 @llvm.smin.i32(i32 %n.3311, i32 %topk)
  %cond = select i1 %12, i32 %18, i32 %n.3311
  %smax = tail call i32 @llvm.smax.i32(i32 %cond, i32 0)
  br label %for.cond85

for.body76:                                       ; preds = %for.body76.lr.ph, %sift_down.exit
  %i69.0.in282 = phi i32 [ %div70299, %for.body76.lr.ph ], [ %i69.0, %sift_down.exit ]
  %i69.0 = add nsw i32 %i69.0.in282, -1
  %mul53.i = shl nuw nsw i32 %i69.0, 1
  %add54.i = or disjoint i32 %mul53.i, 1
  %cmp.not55.i = icmp slt i32 %add54.i, %n.3
  br i1 %cmp.not55.i, label %if.end.i, label %sift_down.exit

if.end.i:                                         ; preds = %for.body76, %cleanup.i
  %add58.i = phi i32 [ %add.i229, %cleanup.i ], [ %add54.i, %for.body76 ]
  %mul57.i = phi i32 [ %mul.i228, %cleanup.i ], [ %mul53.i, %for.body76 ]
  %i.addr.056.i = phi i32 [ %c.0.i, %cleanup.i ], [ %i69.0, %for.body76 ]
  %add1.i = add nuw nsw i32 %mul57.i, 2
  %cmp2.i226 = icmp slt i32 %add1.i, %n.3
  br i1 %cmp2.i226, label %land.lhs.true.i, label %if.end8.i

land.lhs.true.i:                                  ; preds = %if.end.i
  %arrayidx.i = getelementptr inbounds float, ptr %.pre, i32 %add1.i
  %19 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %conv.i = fptosi float %19 to i32
  %arrayidx4.i = getelementptr inbounds float, ptr %.pre, i32 %add58.i
  %20 = load float, ptr %arrayidx4.i, align 4, !tbaa !2
  %conv5.i = fptosi float %20 to i32
  %arrayidx.i.i = getelementptr inbounds float, ptr %logits, i32 %conv.i
  %21 = load float, ptr %arrayidx.i.i, align 4, !tbaa !2
  %arrayidx1.i.i = getelementptr inbounds float, ptr %logits, i32 %conv5.i
  %22 = load float, ptr %arrayidx1.i.i, align 4, !tbaa !2
  %cmp.i.i = fcmp ule float %21, %22
  %cmp4.i.i = fcmp une float %21, %22
  %cmp5.i.i = icmp sge i32 %conv.i, %conv5.i
  %.not51.i = or i1 %cmp5.i.i, %cmp4.i.i
  %narrow.i.not.i = and i1 %cmp.i.i, %.not51.i
  %spec.select.i = select i1 %narrow.i.not.i, i32 %add58.i, i32 %add1.i
  br label %if.end8.i

if.end8.i:                                        ; preds = %land.lhs.true.i, %if.end.i
  %c.0.i = phi i32 [ %add58.i, %if.end.i ], [ %spec.select.i, %land.lhs.true.i ]
  %arrayidx9.i227 = getelementptr inbounds float, ptr %.pre, i32 %c.0.i
  %23 = load float, ptr %arrayidx9.i227, align 4, !tbaa !2
  %conv10.i = fptosi float %23 to i32
  %arrayidx11.i = getelementptr inbounds float, ptr %.pre, i32 %i.addr.056.i
  %24 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %conv12.i = fptosi float %24 to i32
  %arrayidx.i41.i = getelementptr inbounds float, ptr %logits, i32 %conv10.i
  %25 = load float, ptr %arrayidx.i41.i, align 4, !tbaa !2
  %arrayidx1.i42.i = getelementptr inbounds float, ptr %logits, i32 %conv12.i
  %26 = load float, ptr %arrayidx1.i42.i, align 4, !tbaa !2
  %cmp.i43.i = fcmp ule float %25, %26
  %cmp4.i44.i = fcmp une float %25, %26
  %cmp5.i45.i = icmp sge i32 %conv10.i, %conv12.i
  %.not52.i = or i1 %cmp5.i45.i, %cmp4.i44.i
  %narrow.i46.not.i = and i1 %cmp.i43.i, %.not52.i
  br i1 %narrow.i46.not.i, label %sift_down.exit, label %cleanup.i

cleanup.i:                                        ; preds = %if.end8.i
  store float %24, ptr %arrayidx9.i227, align 4, !tbaa !2
  store float %23, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul.i228 = shl nuw nsw i32 %c.0.i, 1
  %add.i229 = or disjoint i32 %mul.i228, 1
  %cmp.not.i = icmp slt i32 %add.i229, %n.3
  br i1 %cmp.not.i, label %if.end.i, label %sift_down.exit

sift_down.exit:                                   ; preds = %if.end8.i, %cleanup.i, %for.body76
  %cmp73 = icmp sgt i32 %i69.0.in282, 1
  br i1 %cmp73, label %for.body76, label %for.cond.cleanup75, !llvm.loop !55

for.cond85:                                       ; preds = %sift_down.exit267, %for.cond.cleanup75
  %cum.0 = phi float [ 0.000000e+00, %for.cond.cleanup75 ], [ %add98, %sift_down.exit267 ]
  %end.0 = phi i32 [ %n.3311, %for.cond.cleanup75 ], [ %sub90, %sift_down.exit267 ]
  %i84.0 = phi i32 [ 0, %for.cond.cleanup75 ], [ %add99, %sift_down.exit267 ]
  %exitcond295.not = icmp eq i32 %i84.0, %smax
  br i1 %exitcond295.not, label %cleanup110, label %for.body89

for.body89:                                       ; preds = %for.cond85
  %sub90 = add nsw i32 %end.0, -1
  %27 = load float, ptr %.pre310, align 4, !tbaa !2
  %conv92 = fptosi float %27 to i32
  %arrayidx93 = getelementptr inbounds float, ptr %.pre310, i32 %sub90
  %28 = load float, ptr %arrayidx93, align 4, !tbaa !2
  store float %28, ptr %.pre310, align 4, !tbaa !2
  %conv95 = sitofp i32 %conv92 to float
  store float %conv95, ptr %arrayidx93, align 4, !tbaa !2
  %cmp.not55.i230 = icmp sgt i32 %end.0, 2
  br i1 %cmp.not55.i230, label %if.end.i231, label %sift_down.exit267

if.end.i231:                                      ; preds = %for.body89, %cleanup.i250
  %add58.i232 = phi i32 [ %add.i252, %cleanup.i250 ], [ 1, %for.body89 ]
  %mul57.i233 = phi i32 [ %mul.i251, %cleanup.i250 ], [ 0, %for.body89 ]
  %i.addr.056.i234 = phi i32 [ %c.0.i238, %cleanup.i250 ], [ 0, %for.body89 ]
  %add1.i235 = add nuw nsw i32 %mul57.i233, 2
  %cmp2.i236 = icmp slt i32 %add1.i235, %sub90
  br i1 %cmp2.i236, label %land.lhs.true.i254, label %if.end8.i237

land.lhs.true.i254:                               ; preds = %if.end.i231
  %arrayidx.i255 = getelementptr inbounds float, ptr %.pre310, i32 %add1.i235
  %29 = load float, ptr %arrayidx.i255, align 4, !tbaa !2
  %conv.i256 = fptosi float %29 to i32
  %arrayidx4.i257 = getelementptr inbounds float, ptr %.pre310, i32 %add58.i232
  %30 = load float, ptr %arrayidx4.i257, align 4, !tbaa !2
  %conv5.i258 = fptosi float %30 to i32
  %arrayidx.i.i259 = getelementptr inbounds float, ptr %logits, i32 %conv.i256
  %31 = load float, ptr %arrayidx.i.i259, align 4, !tbaa !2
  %arrayidx1.i.i260 = getelementptr inbounds float, ptr %logits, i32 %conv5.i258
  %32 = load float, ptr %arrayidx1.i.i260, align 4, !tbaa !2
  %cmp.i.i261 = fcmp ule float %31, %32
  %cmp4.i.i262 = fcmp une float %31, %32
  %cmp5.i.i263 = icmp sge i32 %conv.i256, %conv5.i258
  %.not51.i264 = or i1 %cmp5.i.i263, %cmp4.i.i262
  %narrow.i.not.i265 = and i1 %cmp.i.i261, %.not51.i264
  %spec.select.i266 = select i1 %narrow.i.not.i265, i32 %add58.i232, i32 %add1.i235
  br label %if.end8.i237

if.end8.i237:                                     ; preds = %land.lhs.true.i254, %if.end.i231
  %c.0.i238 = phi i32 [ %add58.i232, %if.end.i231 ], [ %spec.select.i266, %land.lhs.true.i254 ]
  %arrayidx9.i239 = getelementptr inbounds float, ptr %.pre310, i32 %c.0.i238
  %33 = load float, ptr %arrayidx9.i239, align 4, !tbaa !2
  %conv10.i240 = fptosi float %33 to i32
  %arrayidx11.i241 = getelementptr inbounds float, ptr %.pre310, i32 %i.addr.056.i234
  %34 = load float, ptr %arrayidx11.i241, align 4, !tbaa !2
  %conv12.i242 = fptosi float %34 to i32
  %arrayidx.i41.i243 = getelementptr inbounds float, ptr %logits, i32 %conv10.i240
  %35 = load float, ptr %arrayidx.i41.i243, align 4, !tbaa !2
  %arrayidx1.i42.i244 = getelementptr inbounds float, ptr %logits, i32 %conv12.i242
  %36 = load float, ptr %arrayidx1.i42.i244, align 4, !tbaa !2
  %cmp.i43.i245 = fcmp ule float %35, %36
  %cmp4.i44.i246 = fcmp une float %35, %36
  %cmp5.i45.i247 = icmp sge i32 %conv10.i240, %conv12.i242
  %.not52.i248 = or i1 %cmp5.i45.i247, %cmp4.i44.i246
  %narrow.i46.not.i249 = and i1 %cmp.i43.i245, %.not52.i248
  br i1 %narrow.i46.not.i249, label %sift_down.exit267, label %cleanup.i250

cleanup.i250:                                     ; preds = %if.end8.i237
  store float %34, ptr %arrayidx9.i239, align 4, !tbaa !2
  store float %33, ptr %arrayidx11.i241, align 4, !tbaa !2
  %mul.i251 = shl nuw nsw i32 %c.0.i238, 1
  %add.i252 = or disjoint i32 %mul.i251, 1
  %cmp.not.i253 = icmp slt i32 %add.i252, %sub90
  br i1 %cmp.not.i253, label %if.end.i231, label %sift_down.exit267

sift_down.exit267:                                ; preds = %if.end8.i237, %cleanup.i250, %for.body89
  %arrayidx97 = getelementptr inbounds float, ptr %logits, i32 %conv92
  %37 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %add98 = fadd float %cum.0, %37
  %add99 = add nuw i32 %i84.0, 1
  %cmp102 = fcmp ogt float %add98, %topp
  %or.cond217 = select i1 %13, i1 %cmp102, i1 false
  br i1 %or.cond217, label %cleanup110, label %for.cond85, !llvm.loop !56

cleanup110:                                       ; preds = %sift_down.exit267, %for.cond85
  %cum.1 = phi float [ %cum.0, %for.cond85 ], [ %add98, %sift_down.exit267 ]
  %walked.1 = phi i32 [ %smax, %for.cond85 ], [ %add99, %sift_down.exit267 ]
  %end.1 = phi i32 [ %end.0, %for.cond85 ], [ %sub90, %sift_down.exit267 ]
  %mul = fmul float %div4.i, %cum.1
  %cmp116.not284 = icmp sgt i32 %walked.1, 0
  br i1 %cmp116.not284, label %for.body119.preheader, label %for.end136

for.body119.preheader:                            ; preds = %cleanup110
  %38 = getelementptr float, ptr %.pre310, i32 %n.3311
  br label %for.body119

for.cond115:                                      ; preds = %for.body119
  %inc133 = add nuw nsw i32 %i114.0286, 1
  %exitcond296.not = icmp eq i32 %inc133, %walked.1
  br i1 %exitcond296.not, label %for.end136, label %for.body119, !llvm.loop !57

for.body119:                                      ; preds = %for.body119.preheader, %for.cond115
  %.pn.pn = phi ptr [ %popped.0287, %for.cond115 ], [ %38, %for.body119.preheader ]
  %i114.0286 = phi i32 [ %inc133, %for.cond115 ], [ 0, %for.body119.preheader ]
  %cdf112.0285 = phi float [ %add123, %for.cond115 ], [ 0.000000e+00, %for.body119.preheader ]
  %popped.0287 = getelementptr i8, ptr %.pn.pn, i32 -4
  %39 = load float, ptr %popped.0287, align 4, !tbaa !2
  %conv121 = fptosi float %39 to i32
  %arrayidx122 = getelementptr inbounds float, ptr %logits, i32 %conv121
  %40 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %add123 = fadd float %cdf112.0285, %40
  %cmp124 = fcmp uge float %mul, %add123
  br i1 %cmp124, label %for.cond115, label %return

for.end136:                                       ; preds = %for.cond115, %cleanup110
  %arrayidx137 = getelementptr inbounds float, ptr %.pre310, i32 %end.1
  %41 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %conv138 = fptosi float %41 to i32
  br label %return

return:                                           ; preds = %for.body.i, %for.body17, %for.body119, %if.then, %for.end24, %for.end136
  %retval.7 = phi i32 [ %sub, %for.end24 ], [ %conv138, %for.end136 ], [ 0, %if.then ], [ %conv121, %for.body119 ], [ %i13.0275, %for.body17 ], [ %best.1.i, %for.body.i ]
  ret i32 %retval.7
}

declare void @sb3_emit_token(i32 noundef, i32 noundef) local_unnamed_addr #1

declare void @sb3_report(i32 noundef, float noundef) local_unnamed_addr #1

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @prepare(ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %s) unnamed_addr #6 {
entry:
  %0 = load i32, ptr @quant, align 4, !tbaa !8
  %tobool.not = icmp eq i32 %0, 0
  br i1 %tobool.not, label %if.end, label %if.then

if.then:                                          ; preds = %entry
  %ngroups.i = getelementptr inbounds i8, ptr %s, i32 8
  %1 = load i32, ptr %ngroups.i, align 4, !tbaa !13
  %cmp119.i = icmp sgt i32 %1, 0
  br i1 %cmp119.i, label %for.body.lr.ph.i, label %if.end

for.body.lr.ph.i:                                 ; preds = %if.then
  %2 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %sub.i = add nsw i32 %1, -1
  %3 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  br label %for.body.i

for.body.i:                                       ; preds = %for.cond.cleanup17.i, %for.body.lr.ph.i
  %x.addr.0122.i = phi ptr [ %x, %for.body.lr.ph.i ], [ %add.ptr58.i, %for.cond.cleanup17.i ]
  %y.0121.i = phi ptr [ %2, %for.body.lr.ph.i ], [ %y.1.lcssa.i, %for.cond.cleanup17.i ]
  %g.0120.i = phi i32 [ 0, %for.body.lr.ph.i ], [ %inc60.i, %for.cond.cleanup17.i ]
  %cmp2.i = icmp eq i32 %g.0120.i, %sub.i
  %cond.in.v.i = select i1 %cmp2.i, i32 20, i32 24
  %cond.in.i = getelementptr inbounds i8, ptr %s, i32 %cond.in.v.i
  %cond.i = load i32, ptr %cond.in.i, align 4, !tbaa !8
  %cond9.in.v.i = select i1 %cmp2.i, i32 16, i32 12
  %cond9.in.i = getelementptr inbounds i8, ptr %s, i32 %cond9.in.v.i
  %cond9.i = load i32, ptr %cond9.in.i, align 4, !tbaa !8
  %cmp11110.i = icmp sgt i32 %cond.i, 0
  br i1 %cmp11110.i, label %for.body13.i, label %for.cond.cleanup12.i

for.cond.cleanup12.i:                             ; preds = %for.body13.i, %for.body.i
  %sum.0.lcssa.i = phi float [ 0.000000e+00, %for.body.i ], [ %add.i, %for.body13.i ]
  %mul.i = fmul float %sum.0.lcssa.i, 1.280000e+02
  %arrayidx14.i = getelementptr inbounds float, ptr %3, i32 %g.0120.i
  store float %mul.i, ptr %arrayidx14.i, align 4, !tbaa !2
  %cmp16113.i = icmp sgt i32 %cond9.i, 0
  br i1 %cmp16113.i, label %for.body18.i, label %for.cond.cleanup17.i

for.body13.i:                                     ; preds = %for.body.i, %for.body13.i
  %t.0112.i = phi i32 [ %inc.i, %for.body13.i ], [ 0, %for.body.i ]
  %sum.0111.i = phi float [ %add.i, %for.body13.i ], [ 0.000000e+00, %for.body.i ]
  %arrayidx.i = getelementptr inbounds float, ptr %x.addr.0122.i, i32 %t.0112.i
  %4 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %add.i = fadd float %sum.0111.i, %4
  %inc.i = add nuw nsw i32 %t.0112.i, 1
  %exitcond.not.i = icmp eq i32 %inc.i, %cond.i
  br i1 %exitcond.not.i, label %for.cond.cleanup12.i, label %for.body13.i, !llvm.loop !58

for.cond.cleanup17.i:                             ; preds = %cond.end41.i, %for.cond.cleanup12.i
  %y.1.lcssa.i = phi ptr [ %y.0121.i, %for.cond.cleanup12.i ], [ %add.ptr.i, %cond.end41.i ]
  %add.ptr58.i = getelementptr inbounds float, ptr %x.addr.0122.i, i32 %cond.i
  %inc60.i = add nuw nsw i32 %g.0120.i, 1
  %exitcond124.not.i = icmp eq i32 %inc60.i, %1
  br i1 %exitcond124.not.i, label %if.end, label %for.body.i, !llvm.loop !59

for.body18.i:                                     ; preds = %for.cond.cleanup12.i, %cond.end41.i
  %y.1117.i = phi ptr [ %add.ptr.i, %cond.end41.i ], [ %y.0121.i, %for.cond.cleanup12.i ]
  %j.0116.i = phi i32 [ %inc56.i, %cond.end41.i ], [ 0, %for.cond.cleanup12.i ]
  %left.0115.i = phi i32 [ %sub54.i, %cond.end41.i ], [ %cond.i, %for.cond.cleanup12.i ]
  %xp.0114.i = phi ptr [ %add.ptr53.i, %cond.end41.i ], [ %x.addr.0122.i, %for.cond.cleanup12.i ]
  %cmp19.i = icmp sgt i32 %left.0115.i, 0
  br i1 %cmp19.i, label %cond.end23.i, label %cond.end41.i

cond.end23.i:                                     ; preds = %for.body18.i
  %5 = load float, ptr %xp.0114.i, align 4, !tbaa !2
  %cmp25.not.i = icmp eq i32 %left.0115.i, 1
  br i1 %cmp25.not.i, label %cond.end41.i, label %cond.end29.i

cond.end29.i:                                     ; preds = %cond.end23.i
  %arrayidx27.i = getelementptr inbounds i8, ptr %xp.0114.i, i32 4
  %6 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %cmp31.i = icmp ugt i32 %left.0115.i, 2
  br i1 %cmp31.i, label %cond.end35.i, label %cond.end41.i

cond.end35.i:                                     ; preds = %cond.end29.i
  %arrayidx33.i = getelementptr inbounds i8, ptr %xp.0114.i, i32 8
  %7 = load float, ptr %arrayidx33.i, align 4, !tbaa !2
  %cmp37.not.i = icmp eq i32 %left.0115.i, 3
  br i1 %cmp37.not.i, label %cond.end41.i, label %cond.true38.i

cond.true38.i:                                    ; preds = %cond.end35.i
  %arrayidx39.i = getelementptr inbounds i8, ptr %xp.0114.i, i32 12
  %8 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  br label %cond.end41.i

cond.end41.i:                                     ; preds = %cond.true38.i, %cond.end35.i, %cond.end29.i, %cond.end23.i, %for.body18.i
  %cond36109.i = phi float [ %7, %cond.true38.i ], [ %7, %cond.end35.i ], [ 0.000000e+00, %cond.end29.i ], [ 0.000000e+00, %cond.end23.i ], [ 0.000000e+00, %for.body18.i ]
  %cond2497101108.i = phi float [ %5, %cond.true38.i ], [ %5, %cond.end35.i ], [ %5, %cond.end29.i ], [ %5, %cond.end23.i ], [ 0.000000e+00, %for.body18.i ]
  %cond30102107.i = phi float [ %6, %cond.true38.i ], [ %6, %cond.end35.i ], [ %6, %cond.end29.i ], [ 0.000000e+00, %cond.end23.i ], [ 0.000000e+00, %for.body18.i ]
  %cond42.i = phi float [ %8, %cond.true38.i ], [ 0.000000e+00, %cond.end35.i ], [ 0.000000e+00, %cond.end29.i ], [ 0.000000e+00, %cond.end23.i ], [ 0.000000e+00, %for.body18.i ]
  store float %cond2497101108.i, ptr %y.1117.i, align 4, !tbaa !2
  %mul44.i = fmul float %cond2497101108.i, 2.560000e+02
  %sub45.i = fsub float %cond30102107.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %y.1117.i, i32 4
  store float %sub45.i, ptr %arrayidx46.i, align 4, !tbaa !2
  %mul47.i = fmul float %cond30102107.i, 2.560000e+02
  %sub48.i = fsub float %cond36109.i, %mul47.i
  %arrayidx49.i = getelementptr inbounds i8, ptr %y.1117.i, i32 8
  store float %sub48.i, ptr %arrayidx49.i, align 4, !tbaa !2
  %mul50.i = fmul float %cond36109.i, 2.560000e+02
  %sub51.i = fsub float %cond42.i, %mul50.i
  %arrayidx52.i = getelementptr inbounds i8, ptr %y.1117.i, i32 12
  store float %sub51.i, ptr %arrayidx52.i, align 4, !tbaa !2
  %add.ptr.i = getelementptr inbounds i8, ptr %y.1117.i, i32 16
  %add.ptr53.i = getelementptr inbounds i8, ptr %xp.0114.i, i32 16
  %sub54.i = add nsw i32 %left.0115.i, -4
  %inc56.i = add nuw nsw i32 %j.0116.i, 1
  %exitcond123.not.i = icmp eq i32 %inc56.i, %cond9.i
  br i1 %exitcond123.not.i, label %for.cond.cleanup17.i, label %for.body18.i, !llvm.loop !60

if.end:                                           ; preds = %for.cond.cleanup17.i, %if.then, %entry
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr noundef readonly %w, ptr nocapture noundef readonly %s, i32 noundef %d) unnamed_addr #7 {
entry:
  %0 = load i32, ptr @quant, align 4, !tbaa !8
  %tobool.not = icmp eq i32 %0, 0
  br i1 %tobool.not, label %if.else7, label %if.then

if.then:                                          ; preds = %entry
  %group_items = getelementptr inbounds i8, ptr %s, i32 12
  %1 = load i32, ptr %group_items, align 4, !tbaa !14
  switch i32 %1, label %if.else5 [
    i32 1, label %if.then1
    i32 2, label %if.then4
  ]

if.then1:                                         ; preds = %if.then
  %cmp222.i = icmp sgt i32 %d, 0
  br i1 %cmp222.i, label %for.body.lr.ph.i, label %if.end8

for.body.lr.ph.i:                                 ; preds = %if.then1
  %ngroups = getelementptr inbounds i8, ptr %s, i32 8
  %2 = load i32, ptr %ngroups, align 4, !tbaa !13
  %3 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %4 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %div.i = sdiv i32 %2, 4
  %mul.i = shl nsw i32 %div.i, 2
  %sub.i = sub nsw i32 %2, %mul.i
  %cmp2205.i = icmp sgt i32 %2, 3
  %cmp110214.i = icmp sgt i32 %sub.i, 0
  %5 = shl i32 %div.i, 5
  %6 = shl i32 %div.i, 6
  %scevgep225.i = getelementptr i8, ptr %3, i32 %6
  %7 = shl i32 %div.i, 4
  %scevgep226.i = getelementptr i8, ptr %4, i32 %7
  %8 = shl i32 %2, 3
  %9 = sub i32 %8, %5
  br label %for.body.i

for.body.i:                                       ; preds = %for.end139.i, %for.body.lr.ph.i
  %w.addr.0224.i = phi ptr [ %w, %for.body.lr.ph.i ], [ %w.addr.2.lcssa.i, %for.end139.i ]
  %i.0223.i = phi i32 [ 0, %for.body.lr.ph.i ], [ %inc142.i, %for.end139.i ]
  br i1 %cmp2205.i, label %for.body4.i, label %for.cond109.preheader.i

for.cond109.preheader.loopexit.i:                 ; preds = %for.body4.i
  %scevgep.i = getelementptr i8, ptr %w.addr.0224.i, i32 %5
  br label %for.cond109.preheader.i

for.cond109.preheader.i:                          ; preds = %for.cond109.preheader.loopexit.i, %for.body.i
  %acc.0.lcssa.i = phi float [ 0.000000e+00, %for.body.i ], [ %add105.i, %for.cond109.preheader.loopexit.i ]
  %y.0.lcssa.i = phi ptr [ %3, %for.body.i ], [ %scevgep225.i, %for.cond109.preheader.loopexit.i ]
  %qsx.0.lcssa.i = phi ptr [ %4, %for.body.i ], [ %scevgep226.i, %for.cond109.preheader.loopexit.i ]
  %w.addr.1.lcssa.i = phi ptr [ %w.addr.0224.i, %for.body.i ], [ %scevgep.i, %for.cond109.preheader.loopexit.i ]
  br i1 %cmp110214.i, label %for.body111.i, label %for.end139.i

for.body4.i:                                      ; preds = %for.body.i, %for.body4.i
  %t.0210.i = phi i32 [ %inc.i, %for.body4.i ], [ 0, %for.body.i ]
  %w.addr.1209.i = phi ptr [ %add.ptr106.i, %for.body4.i ], [ %w.addr.0224.i, %for.body.i ]
  %qsx.0208.i = phi ptr [ %add.ptr108.i, %for.body4.i ], [ %4, %for.body.i ]
  %y.0207.i = phi ptr [ %add.ptr107.i, %for.body4.i ], [ %3, %for.body.i ]
  %acc.0206.i = phi float [ %add105.i, %for.body4.i ], [ 0.000000e+00, %for.body.i ]
  %10 = load float, ptr %w.addr.1209.i, align 4, !tbaa !2
  %arrayidx5.i = getelementptr inbounds i8, ptr %w.addr.1209.i, i32 4
  %11 = load float, ptr %arrayidx5.i, align 4, !tbaa !2
  %12 = load float, ptr %y.0207.i, align 4, !tbaa !2
  %mul7.i = fmul float %11, %12
  %mul9.i = fmul float %11, 3.906250e-03
  %13 = tail call float @llvm.floor.f32(float %mul9.i)
  %arrayidx10.i = getelementptr inbounds i8, ptr %y.0207.i, i32 4
  %14 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %mul11.i = fmul float %13, %14
  %add.i = fadd float %mul7.i, %mul11.i
  %mul13.i = fmul float %11, 0x3EF0000000000000
  %15 = tail call float @llvm.floor.f32(float %mul13.i)
  %arrayidx14.i = getelementptr inbounds i8, ptr %y.0207.i, i32 8
  %16 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %mul15.i = fmul float %15, %16
  %add16.i = fadd float %add.i, %mul15.i
  %mul18.i = fmul float %11, 0x3E70000000000000
  %17 = tail call float @llvm.floor.f32(float %mul18.i)
  %arrayidx19.i = getelementptr inbounds i8, ptr %y.0207.i, i32 12
  %18 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %17, %18
  %add21.i = fadd float %add16.i, %mul20.i
  %19 = load float, ptr %qsx.0208.i, align 4, !tbaa !2
  %sub23.i = fsub float %add21.i, %19
  %mul24.i = fmul float %10, %sub23.i
  %add25.i = fadd float %acc.0206.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %w.addr.1209.i, i32 8
  %20 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %w.addr.1209.i, i32 12
  %21 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %add.ptr.i = getelementptr inbounds i8, ptr %y.0207.i, i32 16
  %22 = load float, ptr %add.ptr.i, align 4, !tbaa !2
  %mul29.i = fmul float %21, %22
  %mul31.i = fmul float %21, 3.906250e-03
  %23 = tail call float @llvm.floor.f32(float %mul31.i)
  %arrayidx33.i = getelementptr inbounds i8, ptr %y.0207.i, i32 20
  %24 = load float, ptr %arrayidx33.i, align 4, !tbaa !2
  %mul34.i = fmul float %23, %24
  %add35.i = fadd float %mul29.i, %mul34.i
  %mul37.i = fmul float %21, 0x3EF0000000000000
  %25 = tail call float @llvm.floor.f32(float %mul37.i)
  %arrayidx39.i = getelementptr inbounds i8, ptr %y.0207.i, i32 24
  %26 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %25, %26
  %add41.i = fadd float %add35.i, %mul40.i
  %mul43.i = fmul float %21, 0x3E70000000000000
  %27 = tail call float @llvm.floor.f32(float %mul43.i)
  %arrayidx45.i = getelementptr inbounds i8, ptr %y.0207.i, i32 28
  %28 = load float, ptr %arrayidx45.i, align 4, !tbaa !2
  %mul46.i = fmul float %27, %28
  %add47.i = fadd float %add41.i, %mul46.i
  %arrayidx48.i = getelementptr inbounds i8, ptr %qsx.0208.i, i32 4
  %29 = load float, ptr %arrayidx48.i, align 4, !tbaa !2
  %sub49.i = fsub float %add47.i, %29
  %mul50.i = fmul float %20, %sub49.i
  %add51.i = fadd float %add25.i, %mul50.i
  %arrayidx52.i = getelementptr inbounds i8, ptr %w.addr.1209.i, i32 16
  %30 = load float, ptr %arrayidx52.i, align 4, !tbaa !2
  %arrayidx53.i = getelementptr inbounds i8, ptr %w.addr.1209.i, i32 20
  %31 = load float, ptr %arrayidx53.i, align 4, !tbaa !2
  %add.ptr54.i = getelementptr inbounds i8, ptr %y.0207.i, i32 32
  %32 = load float, ptr %add.ptr54.i, align 4, !tbaa !2
  %mul56.i = fmul float %31, %32
  %mul58.i = fmul float %31, 3.906250e-03
  %33 = tail call float @llvm.floor.f32(float %mul58.i)
  %arrayidx60.i = getelementptr inbounds i8, ptr %y.0207.i, i32 36
  %34 = load float, ptr %arrayidx60.i, align 4, !tbaa !2
  %mul61.i = fmul float %33, %34
  %add62.i = fadd float %mul56.i, %mul61.i
  %mul64.i = fmul float %31, 0x3EF0000000000000
  %35 = tail call float @llvm.floor.f32(float %mul64.i)
  %arrayidx66.i = getelementptr inbounds i8, ptr %y.0207.i, i32 40
  %36 = load float, ptr %arrayidx66.i, align 4, !tbaa !2
  %mul67.i = fmul float %35, %36
  %add68.i = fadd float %add62.i, %mul67.i
  %mul70.i = fmul float %31, 0x3E70000000000000
  %37 = tail call float @llvm.floor.f32(float %mul70.i)
  %arrayidx72.i = getelementptr inbounds i8, ptr %y.0207.i, i32 44
  %38 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %mul73.i = fmul float %37, %38
  %add74.i = fadd float %add68.i, %mul73.i
  %arrayidx75.i = getelementptr inbounds i8, ptr %qsx.0208.i, i32 8
  %39 = load float, ptr %arrayidx75.i, align 4, !tbaa !2
  %sub76.i = fsub float %add74.i, %39
  %mul77.i = fmul float %30, %sub76.i
  %add78.i = fadd float %add51.i, %mul77.i
  %arrayidx79.i = getelementptr inbounds i8, ptr %w.addr.1209.i, i32 24
  %40 = load float, ptr %arrayidx79.i, align 4, !tbaa !2
  %arrayidx80.i = getelementptr inbounds i8, ptr %w.addr.1209.i, i32 28
  %41 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %add.ptr81.i = getelementptr inbounds i8, ptr %y.0207.i, i32 48
  %42 = load float, ptr %add.ptr81.i, align 4, !tbaa !2
  %mul83.i = fmul float %41, %42
  %mul85.i = fmul float %41, 3.906250e-03
  %43 = tail call float @llvm.floor.f32(float %mul85.i)
  %arrayidx87.i = getelementptr inbounds i8, ptr %y.0207.i, i32 52
  %44 = load float, ptr %arrayidx87.i, align 4, !tbaa !2
  %mul88.i = fmul float %43, %44
  %add89.i = fadd float %mul83.i, %mul88.i
  %mul91.i = fmul float %41, 0x3EF0000000000000
  %45 = tail call float @llvm.floor.f32(float %mul91.i)
  %arrayidx93.i = getelementptr inbounds i8, ptr %y.0207.i, i32 56
  %46 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %45, %46
  %add95.i = fadd float %add89.i, %mul94.i
  %mul97.i = fmul float %41, 0x3E70000000000000
  %47 = tail call float @llvm.floor.f32(float %mul97.i)
  %arrayidx99.i = getelementptr inbounds i8, ptr %y.0207.i, i32 60
  %48 = load float, ptr %arrayidx99.i, align 4, !tbaa !2
  %mul100.i = fmul float %47, %48
  %add101.i = fadd float %add95.i, %mul100.i
  %arrayidx102.i = getelementptr inbounds i8, ptr %qsx.0208.i, i32 12
  %49 = load float, ptr %arrayidx102.i, align 4, !tbaa !2
  %sub103.i = fsub float %add101.i, %49
  %mul104.i = fmul float %40, %sub103.i
  %add105.i = fadd float %add78.i, %mul104.i
  %add.ptr106.i = getelementptr inbounds i8, ptr %w.addr.1209.i, i32 32
  %add.ptr107.i = getelementptr inbounds i8, ptr %y.0207.i, i32 64
  %add.ptr108.i = getelementptr inbounds i8, ptr %qsx.0208.i, i32 16
  %inc.i = add nuw nsw i32 %t.0210.i, 1
  %exitcond.not.i = icmp eq i32 %inc.i, %div.i
  br i1 %exitcond.not.i, label %for.cond109.preheader.loopexit.i, label %for.body4.i, !llvm.loop !61

for.body111.i:                                    ; preds = %for.cond109.preheader.i, %for.body111.i
  %left.0219.i = phi i32 [ %dec.i, %for.body111.i ], [ %sub.i, %for.cond109.preheader.i ]
  %w.addr.2218.i = phi ptr [ %add.ptr135.i, %for.body111.i ], [ %w.addr.1.lcssa.i, %for.cond109.preheader.i ]
  %qsx.1217.i = phi ptr [ %add.ptr137.i, %for.body111.i ], [ %qsx.0.lcssa.i, %for.cond109.preheader.i ]
  %y.1216.i = phi ptr [ %add.ptr136.i, %for.body111.i ], [ %y.0.lcssa.i, %for.cond109.preheader.i ]
  %acc.1215.i = phi float [ %add134.i, %for.body111.i ], [ %acc.0.lcssa.i, %for.cond109.preheader.i ]
  %50 = load float, ptr %w.addr.2218.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %w.addr.2218.i, i32 4
  %51 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %52 = load float, ptr %y.1216.i, align 4, !tbaa !2
  %mul115.i = fmul float %51, %52
  %mul117.i = fmul float %51, 3.906250e-03
  %53 = tail call float @llvm.floor.f32(float %mul117.i)
  %arrayidx118.i = getelementptr inbounds i8, ptr %y.1216.i, i32 4
  %54 = load float, ptr %arrayidx118.i, align 4, !tbaa !2
  %mul119.i = fmul float %53, %54
  %add120.i = fadd float %mul115.i, %mul119.i
  %mul122.i = fmul float %51, 0x3EF0000000000000
  %55 = tail call float @llvm.floor.f32(float %mul122.i)
  %arrayidx123.i = getelementptr inbounds i8, ptr %y.1216.i, i32 8
  %56 = load float, ptr %arrayidx123.i, align 4, !tbaa !2
  %mul124.i = fmul float %55, %56
  %add125.i = fadd float %add120.i, %mul124.i
  %mul127.i = fmul float %51, 0x3E70000000000000
  %57 = tail call float @llvm.floor.f32(float %mul127.i)
  %arrayidx128.i = getelementptr inbounds i8, ptr %y.1216.i, i32 12
  %58 = load float, ptr %arrayidx128.i, align 4, !tbaa !2
  %mul129.i = fmul float %57, %58
  %add130.i = fadd float %add125.i, %mul129.i
  %59 = load float, ptr %qsx.1217.i, align 4, !tbaa !2
  %sub132.i = fsub float %add130.i, %59
  %mul133.i = fmul float %50, %sub132.i
  %add134.i = fadd float %acc.1215.i, %mul133.i
  %add.ptr135.i = getelementptr inbounds i8, ptr %w.addr.2218.i, i32 8
  %add.ptr136.i = getelementptr inbounds i8, ptr %y.1216.i, i32 16
  %add.ptr137.i = getelementptr inbounds i8, ptr %qsx.1217.i, i32 4
  %dec.i = add nsw i32 %left.0219.i, -1
  %cmp110.i = icmp ugt i32 %left.0219.i, 1
  br i1 %cmp110.i, label %for.body111.i, label %for.end139.loopexit.i, !llvm.loop !62

for.end139.loopexit.i:                            ; preds = %for.body111.i
  %scevgep227.i = getelementptr i8, ptr %w.addr.1.lcssa.i, i32 %9
  br label %for.end139.i

for.end139.i:                                     ; preds = %for.end139.loopexit.i, %for.cond109.preheader.i
  %acc.1.lcssa.i = phi float [ %acc.0.lcssa.i, %for.cond109.preheader.i ], [ %add134.i, %for.end139.loopexit.i ]
  %w.addr.2.lcssa.i = phi ptr [ %w.addr.1.lcssa.i, %for.cond109.preheader.i ], [ %scevgep227.i, %for.end139.loopexit.i ]
  %arrayidx140.i = getelementptr inbounds float, ptr %out, i32 %i.0223.i
  store float %acc.1.lcssa.i, ptr %arrayidx140.i, align 4, !tbaa !2
  %inc142.i = add nuw nsw i32 %i.0223.i, 1
  %exitcond228.not.i = icmp eq i32 %inc142.i, %d
  br i1 %exitcond228.not.i, label %if.end8, label %for.body.i, !llvm.loop !63

if.then4:                                         ; preds = %if.then
  %ngroups.i = getelementptr inbounds i8, ptr %s, i32 8
  %60 = load i32, ptr %ngroups.i, align 4, !tbaa !13
  %sub.i23 = add i32 %60, -1
  %cmp104.i = icmp sgt i32 %d, 0
  br i1 %cmp104.i, label %for.body.lr.ph.i24, label %if.end8

for.body.lr.ph.i24:                               ; preds = %if.then4
  %61 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %cmp283.i = icmp sgt i32 %60, 1
  %62 = load ptr, ptr @b_qsx, align 4
  %last_items.i = getelementptr inbounds i8, ptr %s, i32 16
  %63 = load i32, ptr %last_items.i, align 4, !tbaa !15
  %div.i.i = sdiv i32 %63, 8
  %mul.i.i = shl nsw i32 %div.i.i, 3
  %sub.i.i = sub nsw i32 %63, %mul.i.i
  %cmp.i90.i = icmp sgt i32 %63, 7
  %cmp185.i98.i = icmp sgt i32 %sub.i.i, 0
  %arrayidx42.i = getelementptr inbounds float, ptr %62, i32 %sub.i23
  %add47.i25 = add nsw i32 %63, 1
  %64 = mul i32 %60, 12
  %65 = add i32 %64, -12
  %66 = shl i32 %60, 5
  %67 = getelementptr i8, ptr %61, i32 %66
  %scevgep107.i = getelementptr i8, ptr %67, i32 -32
  %68 = shl i32 %div.i.i, 5
  %69 = or disjoint i32 %68, 4
  %70 = shl i32 %div.i.i, 7
  br label %for.body.i26

for.body.i26:                                     ; preds = %q8_group.exit.i, %for.body.lr.ph.i24
  %w.addr.0106.i = phi ptr [ %w, %for.body.lr.ph.i24 ], [ %add.ptr48.i, %q8_group.exit.i ]
  %i.0105.i = phi i32 [ 0, %for.body.lr.ph.i24 ], [ %inc51.i, %q8_group.exit.i ]
  br i1 %cmp283.i, label %for.body4.i30, label %for.cond.cleanup3.i

for.cond.cleanup3.loopexit.i:                     ; preds = %for.body4.i30
  %scevgep.i39 = getelementptr i8, ptr %w.addr.0106.i, i32 %65
  br label %for.cond.cleanup3.i

for.cond.cleanup3.i:                              ; preds = %for.cond.cleanup3.loopexit.i, %for.body.i26
  %y.0.lcssa.i27 = phi ptr [ %61, %for.body.i26 ], [ %scevgep107.i, %for.cond.cleanup3.loopexit.i ]
  %acc.0.lcssa.i28 = phi float [ 0.000000e+00, %for.body.i26 ], [ %add37.i, %for.cond.cleanup3.loopexit.i ]
  %w.addr.1.lcssa.i29 = phi ptr [ %w.addr.0106.i, %for.body.i26 ], [ %scevgep.i39, %for.cond.cleanup3.loopexit.i ]
  %add.ptr40.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa.i29, i32 4
  br i1 %cmp.i90.i, label %for.body.i.i, label %for.cond184.i.preheader.i

for.cond184.i.preheader.loopexit.i:               ; preds = %for.body.i.i
  %scevgep108.i = getelementptr i8, ptr %w.addr.1.lcssa.i29, i32 %69
  %scevgep109.i = getelementptr i8, ptr %y.0.lcssa.i27, i32 %70
  br label %for.cond184.i.preheader.i

for.cond184.i.preheader.i:                        ; preds = %for.cond184.i.preheader.loopexit.i, %for.cond.cleanup3.i
  %y.addr.0.i.lcssa.i = phi ptr [ %y.0.lcssa.i27, %for.cond.cleanup3.i ], [ %scevgep109.i, %for.cond184.i.preheader.loopexit.i ]
  %s.0.i.lcssa.i = phi float [ 0.000000e+00, %for.cond.cleanup3.i ], [ %add181.i.i, %for.cond184.i.preheader.loopexit.i ]
  %p.addr.0.i.lcssa.i = phi ptr [ %add.ptr40.i, %for.cond.cleanup3.i ], [ %scevgep108.i, %for.cond184.i.preheader.loopexit.i ]
  br i1 %cmp185.i98.i, label %for.body186.i.i, label %q8_group.exit.i

for.body.i.i:                                     ; preds = %for.cond.cleanup3.i, %for.body.i.i
  %t.0.i94.i = phi i32 [ %inc.i.i, %for.body.i.i ], [ 0, %for.cond.cleanup3.i ]
  %p.addr.0.i93.i = phi ptr [ %add.ptr182.i.i, %for.body.i.i ], [ %add.ptr40.i, %for.cond.cleanup3.i ]
  %s.0.i92.i = phi float [ %add181.i.i, %for.body.i.i ], [ 0.000000e+00, %for.cond.cleanup3.i ]
  %y.addr.0.i91.i = phi ptr [ %add.ptr183.i.i, %for.body.i.i ], [ %y.0.lcssa.i27, %for.cond.cleanup3.i ]
  %71 = load float, ptr %p.addr.0.i93.i, align 4, !tbaa !2
  %72 = load float, ptr %y.addr.0.i91.i, align 4, !tbaa !2
  %mul2.i.i = fmul float %71, %72
  %add.i.i = fadd float %s.0.i92.i, %mul2.i.i
  %mul4.i.i = fmul float %71, 3.906250e-03
  %73 = tail call float @llvm.floor.f32(float %mul4.i.i)
  %arrayidx6.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 4
  %74 = load float, ptr %arrayidx6.i.i, align 4, !tbaa !2
  %mul7.i.i = fmul float %73, %74
  %add8.i.i = fadd float %add.i.i, %mul7.i.i
  %mul10.i.i = fmul float %71, 0x3EF0000000000000
  %75 = tail call float @llvm.floor.f32(float %mul10.i.i)
  %arrayidx12.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 8
  %76 = load float, ptr %arrayidx12.i.i, align 4, !tbaa !2
  %mul13.i.i = fmul float %75, %76
  %add14.i.i = fadd float %add8.i.i, %mul13.i.i
  %mul16.i.i = fmul float %71, 0x3E70000000000000
  %77 = tail call float @llvm.floor.f32(float %mul16.i.i)
  %arrayidx18.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 12
  %78 = load float, ptr %arrayidx18.i.i, align 4, !tbaa !2
  %mul19.i.i = fmul float %77, %78
  %add20.i.i = fadd float %add14.i.i, %mul19.i.i
  %arrayidx21.i.i = getelementptr inbounds i8, ptr %p.addr.0.i93.i, i32 4
  %79 = load float, ptr %arrayidx21.i.i, align 4, !tbaa !2
  %add.ptr22.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 16
  %80 = load float, ptr %add.ptr22.i.i, align 4, !tbaa !2
  %mul24.i.i = fmul float %79, %80
  %add25.i.i = fadd float %add20.i.i, %mul24.i.i
  %mul27.i.i = fmul float %79, 3.906250e-03
  %81 = tail call float @llvm.floor.f32(float %mul27.i.i)
  %arrayidx29.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 20
  %82 = load float, ptr %arrayidx29.i.i, align 4, !tbaa !2
  %mul30.i.i = fmul float %81, %82
  %add31.i.i = fadd float %add25.i.i, %mul30.i.i
  %mul33.i.i = fmul float %79, 0x3EF0000000000000
  %83 = tail call float @llvm.floor.f32(float %mul33.i.i)
  %arrayidx35.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 24
  %84 = load float, ptr %arrayidx35.i.i, align 4, !tbaa !2
  %mul36.i.i = fmul float %83, %84
  %add37.i.i = fadd float %add31.i.i, %mul36.i.i
  %mul39.i.i = fmul float %79, 0x3E70000000000000
  %85 = tail call float @llvm.floor.f32(float %mul39.i.i)
  %arrayidx41.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 28
  %86 = load float, ptr %arrayidx41.i.i, align 4, !tbaa !2
  %mul42.i.i = fmul float %85, %86
  %add43.i.i = fadd float %add37.i.i, %mul42.i.i
  %arrayidx44.i.i = getelementptr inbounds i8, ptr %p.addr.0.i93.i, i32 8
  %87 = load float, ptr %arrayidx44.i.i, align 4, !tbaa !2
  %add.ptr45.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 32
  %88 = load float, ptr %add.ptr45.i.i, align 4, !tbaa !2
  %mul47.i.i = fmul float %87, %88
  %add48.i.i = fadd float %add43.i.i, %mul47.i.i
  %mul50.i.i = fmul float %87, 3.906250e-03
  %89 = tail call float @llvm.floor.f32(float %mul50.i.i)
  %arrayidx52.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 36
  %90 = load float, ptr %arrayidx52.i.i, align 4, !tbaa !2
  %mul53.i.i = fmul float %89, %90
  %add54.i.i = fadd float %add48.i.i, %mul53.i.i
  %mul56.i.i = fmul float %87, 0x3EF0000000000000
  %91 = tail call float @llvm.floor.f32(float %mul56.i.i)
  %arrayidx58.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 40
  %92 = load float, ptr %arrayidx58.i.i, align 4, !tbaa !2
  %mul59.i.i = fmul float %91, %92
  %add60.i.i = fadd float %add54.i.i, %mul59.i.i
  %mul62.i.i = fmul float %87, 0x3E70000000000000
  %93 = tail call float @llvm.floor.f32(float %mul62.i.i)
  %arrayidx64.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 44
  %94 = load float, ptr %arrayidx64.i.i, align 4, !tbaa !2
  %mul65.i.i = fmul float %93, %94
  %add66.i.i = fadd float %add60.i.i, %mul65.i.i
  %arrayidx67.i.i = getelementptr inbounds i8, ptr %p.addr.0.i93.i, i32 12
  %95 = load float, ptr %arrayidx67.i.i, align 4, !tbaa !2
  %add.ptr68.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 48
  %96 = load float, ptr %add.ptr68.i.i, align 4, !tbaa !2
  %mul70.i.i = fmul float %95, %96
  %add71.i.i = fadd float %add66.i.i, %mul70.i.i
  %mul73.i.i = fmul float %95, 3.906250e-03
  %97 = tail call float @llvm.floor.f32(float %mul73.i.i)
  %arrayidx75.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 52
  %98 = load float, ptr %arrayidx75.i.i, align 4, !tbaa !2
  %mul76.i.i = fmul float %97, %98
  %add77.i.i = fadd float %add71.i.i, %mul76.i.i
  %mul79.i.i = fmul float %95, 0x3EF0000000000000
  %99 = tail call float @llvm.floor.f32(float %mul79.i.i)
  %arrayidx81.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 56
  %100 = load float, ptr %arrayidx81.i.i, align 4, !tbaa !2
  %mul82.i.i = fmul float %99, %100
  %add83.i.i = fadd float %add77.i.i, %mul82.i.i
  %mul85.i.i = fmul float %95, 0x3E70000000000000
  %101 = tail call float @llvm.floor.f32(float %mul85.i.i)
  %arrayidx87.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 60
  %102 = load float, ptr %arrayidx87.i.i, align 4, !tbaa !2
  %mul88.i.i = fmul float %101, %102
  %add89.i.i = fadd float %add83.i.i, %mul88.i.i
  %arrayidx90.i.i = getelementptr inbounds i8, ptr %p.addr.0.i93.i, i32 16
  %103 = load float, ptr %arrayidx90.i.i, align 4, !tbaa !2
  %add.ptr91.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 64
  %104 = load float, ptr %add.ptr91.i.i, align 4, !tbaa !2
  %mul93.i.i = fmul float %103, %104
  %add94.i.i = fadd float %add89.i.i, %mul93.i.i
  %mul96.i.i = fmul float %103, 3.906250e-03
  %105 = tail call float @llvm.floor.f32(float %mul96.i.i)
  %arrayidx98.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 68
  %106 = load float, ptr %arrayidx98.i.i, align 4, !tbaa !2
  %mul99.i.i = fmul float %105, %106
  %add100.i.i = fadd float %add94.i.i, %mul99.i.i
  %mul102.i.i = fmul float %103, 0x3EF0000000000000
  %107 = tail call float @llvm.floor.f32(float %mul102.i.i)
  %arrayidx104.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 72
  %108 = load float, ptr %arrayidx104.i.i, align 4, !tbaa !2
  %mul105.i.i = fmul float %107, %108
  %add106.i.i = fadd float %add100.i.i, %mul105.i.i
  %mul108.i.i = fmul float %103, 0x3E70000000000000
  %109 = tail call float @llvm.floor.f32(float %mul108.i.i)
  %arrayidx110.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 76
  %110 = load float, ptr %arrayidx110.i.i, align 4, !tbaa !2
  %mul111.i.i = fmul float %109, %110
  %add112.i.i = fadd float %add106.i.i, %mul111.i.i
  %arrayidx113.i.i = getelementptr inbounds i8, ptr %p.addr.0.i93.i, i32 20
  %111 = load float, ptr %arrayidx113.i.i, align 4, !tbaa !2
  %add.ptr114.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 80
  %112 = load float, ptr %add.ptr114.i.i, align 4, !tbaa !2
  %mul116.i.i = fmul float %111, %112
  %add117.i.i = fadd float %add112.i.i, %mul116.i.i
  %mul119.i.i = fmul float %111, 3.906250e-03
  %113 = tail call float @llvm.floor.f32(float %mul119.i.i)
  %arrayidx121.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 84
  %114 = load float, ptr %arrayidx121.i.i, align 4, !tbaa !2
  %mul122.i.i = fmul float %113, %114
  %add123.i.i = fadd float %add117.i.i, %mul122.i.i
  %mul125.i.i = fmul float %111, 0x3EF0000000000000
  %115 = tail call float @llvm.floor.f32(float %mul125.i.i)
  %arrayidx127.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 88
  %116 = load float, ptr %arrayidx127.i.i, align 4, !tbaa !2
  %mul128.i.i = fmul float %115, %116
  %add129.i.i = fadd float %add123.i.i, %mul128.i.i
  %mul131.i.i = fmul float %111, 0x3E70000000000000
  %117 = tail call float @llvm.floor.f32(float %mul131.i.i)
  %arrayidx133.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 92
  %118 = load float, ptr %arrayidx133.i.i, align 4, !tbaa !2
  %mul134.i.i = fmul float %117, %118
  %add135.i.i = fadd float %add129.i.i, %mul134.i.i
  %arrayidx136.i.i = getelementptr inbounds i8, ptr %p.addr.0.i93.i, i32 24
  %119 = load float, ptr %arrayidx136.i.i, align 4, !tbaa !2
  %add.ptr137.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 96
  %120 = load float, ptr %add.ptr137.i.i, align 4, !tbaa !2
  %mul139.i.i = fmul float %119, %120
  %add140.i.i = fadd float %add135.i.i, %mul139.i.i
  %mul142.i.i = fmul float %119, 3.906250e-03
  %121 = tail call float @llvm.floor.f32(float %mul142.i.i)
  %arrayidx144.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 100
  %122 = load float, ptr %arrayidx144.i.i, align 4, !tbaa !2
  %mul145.i.i = fmul float %121, %122
  %add146.i.i = fadd float %add140.i.i, %mul145.i.i
  %mul148.i.i = fmul float %119, 0x3EF0000000000000
  %123 = tail call float @llvm.floor.f32(float %mul148.i.i)
  %arrayidx150.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 104
  %124 = load float, ptr %arrayidx150.i.i, align 4, !tbaa !2
  %mul151.i.i = fmul float %123, %124
  %add152.i.i = fadd float %add146.i.i, %mul151.i.i
  %mul154.i.i = fmul float %119, 0x3E70000000000000
  %125 = tail call float @llvm.floor.f32(float %mul154.i.i)
  %arrayidx156.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 108
  %126 = load float, ptr %arrayidx156.i.i, align 4, !tbaa !2
  %mul157.i.i = fmul float %125, %126
  %add158.i.i = fadd float %add152.i.i, %mul157.i.i
  %arrayidx159.i.i = getelementptr inbounds i8, ptr %p.addr.0.i93.i, i32 28
  %127 = load float, ptr %arrayidx159.i.i, align 4, !tbaa !2
  %add.ptr160.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 112
  %128 = load float, ptr %add.ptr160.i.i, align 4, !tbaa !2
  %mul162.i.i = fmul float %127, %128
  %add163.i.i = fadd float %add158.i.i, %mul162.i.i
  %mul165.i.i = fmul float %127, 3.906250e-03
  %129 = tail call float @llvm.floor.f32(float %mul165.i.i)
  %arrayidx167.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 116
  %130 = load float, ptr %arrayidx167.i.i, align 4, !tbaa !2
  %mul168.i.i = fmul float %129, %130
  %add169.i.i = fadd float %add163.i.i, %mul168.i.i
  %mul171.i.i = fmul float %127, 0x3EF0000000000000
  %131 = tail call float @llvm.floor.f32(float %mul171.i.i)
  %arrayidx173.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 120
  %132 = load float, ptr %arrayidx173.i.i, align 4, !tbaa !2
  %mul174.i.i = fmul float %131, %132
  %add175.i.i = fadd float %add169.i.i, %mul174.i.i
  %mul177.i.i = fmul float %127, 0x3E70000000000000
  %133 = tail call float @llvm.floor.f32(float %mul177.i.i)
  %arrayidx179.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 124
  %134 = load float, ptr %arrayidx179.i.i, align 4, !tbaa !2
  %mul180.i.i = fmul float %133, %134
  %add181.i.i = fadd float %add175.i.i, %mul180.i.i
  %add.ptr182.i.i = getelementptr inbounds i8, ptr %p.addr.0.i93.i, i32 32
  %add.ptr183.i.i = getelementptr inbounds i8, ptr %y.addr.0.i91.i, i32 128
  %inc.i.i = add nuw nsw i32 %t.0.i94.i, 1
  %exitcond110.not.i = icmp eq i32 %inc.i.i, %div.i.i
  br i1 %exitcond110.not.i, label %for.cond184.i.preheader.loopexit.i, label %for.body.i.i, !llvm.loop !64

for.body186.i.i:                                  ; preds = %for.cond184.i.preheader.i, %for.body186.i.i
  %left.0.i102.i = phi i32 [ %dec.i.i, %for.body186.i.i ], [ %sub.i.i, %for.cond184.i.preheader.i ]
  %p.addr.1.i101.i = phi ptr [ %incdec.ptr.i.i, %for.body186.i.i ], [ %p.addr.0.i.lcssa.i, %for.cond184.i.preheader.i ]
  %s.1.i100.i = phi float [ %add209.i.i, %for.body186.i.i ], [ %s.0.i.lcssa.i, %for.cond184.i.preheader.i ]
  %y.addr.1.i99.i = phi ptr [ %add.ptr210.i.i, %for.body186.i.i ], [ %y.addr.0.i.lcssa.i, %for.cond184.i.preheader.i ]
  %135 = load float, ptr %p.addr.1.i101.i, align 4, !tbaa !2
  %136 = load float, ptr %y.addr.1.i99.i, align 4, !tbaa !2
  %mul190.i.i = fmul float %135, %136
  %add191.i.i = fadd float %s.1.i100.i, %mul190.i.i
  %mul193.i.i = fmul float %135, 3.906250e-03
  %137 = tail call float @llvm.floor.f32(float %mul193.i.i)
  %arrayidx195.i.i = getelementptr inbounds i8, ptr %y.addr.1.i99.i, i32 4
  %138 = load float, ptr %arrayidx195.i.i, align 4, !tbaa !2
  %mul196.i.i = fmul float %137, %138
  %add197.i.i = fadd float %add191.i.i, %mul196.i.i
  %mul199.i.i = fmul float %135, 0x3EF0000000000000
  %139 = tail call float @llvm.floor.f32(float %mul199.i.i)
  %arrayidx201.i.i = getelementptr inbounds i8, ptr %y.addr.1.i99.i, i32 8
  %140 = load float, ptr %arrayidx201.i.i, align 4, !tbaa !2
  %mul202.i.i = fmul float %139, %140
  %add203.i.i = fadd float %add197.i.i, %mul202.i.i
  %mul205.i.i = fmul float %135, 0x3E70000000000000
  %141 = tail call float @llvm.floor.f32(float %mul205.i.i)
  %arrayidx207.i.i = getelementptr inbounds i8, ptr %y.addr.1.i99.i, i32 12
  %142 = load float, ptr %arrayidx207.i.i, align 4, !tbaa !2
  %mul208.i.i = fmul float %141, %142
  %add209.i.i = fadd float %add203.i.i, %mul208.i.i
  %incdec.ptr.i.i = getelementptr inbounds i8, ptr %p.addr.1.i101.i, i32 4
  %add.ptr210.i.i = getelementptr inbounds i8, ptr %y.addr.1.i99.i, i32 16
  %dec.i.i = add nsw i32 %left.0.i102.i, -1
  %cmp185.i.i = icmp ugt i32 %left.0.i102.i, 1
  br i1 %cmp185.i.i, label %for.body186.i.i, label %q8_group.exit.i, !llvm.loop !65

q8_group.exit.i:                                  ; preds = %for.body186.i.i, %for.cond184.i.preheader.i
  %s.1.i.lcssa.i = phi float [ %s.0.i.lcssa.i, %for.cond184.i.preheader.i ], [ %add209.i.i, %for.body186.i.i ]
  %143 = load float, ptr %w.addr.1.lcssa.i29, align 4, !tbaa !2
  %144 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %sub43.i = fsub float %s.1.i.lcssa.i, %144
  %mul44.i = fmul float %143, %sub43.i
  %add45.i = fadd float %acc.0.lcssa.i28, %mul44.i
  %add.ptr48.i = getelementptr inbounds float, ptr %w.addr.1.lcssa.i29, i32 %add47.i25
  %arrayidx49.i = getelementptr inbounds float, ptr %out, i32 %i.0105.i
  store float %add45.i, ptr %arrayidx49.i, align 4, !tbaa !2
  %inc51.i = add nuw nsw i32 %i.0105.i, 1
  %exitcond111.not.i = icmp eq i32 %inc51.i, %d
  br i1 %exitcond111.not.i, label %if.end8, label %for.body.i26, !llvm.loop !66

for.body4.i30:                                    ; preds = %for.body.i26, %for.body4.i30
  %w.addr.187.i = phi ptr [ %add.ptr.i36, %for.body4.i30 ], [ %w.addr.0106.i, %for.body.i26 ]
  %acc.086.i = phi float [ %add37.i, %for.body4.i30 ], [ 0.000000e+00, %for.body.i26 ]
  %y.085.i = phi ptr [ %add.ptr38.i, %for.body4.i30 ], [ %61, %for.body.i26 ]
  %g.084.i = phi i32 [ %inc.i37, %for.body4.i30 ], [ 0, %for.body.i26 ]
  %arrayidx.i = getelementptr inbounds i8, ptr %w.addr.187.i, i32 4
  %145 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %mul.i31 = fmul float %145, 3.906250e-03
  %146 = tail call float @llvm.floor.f32(float %mul.i31)
  %mul5.i = fmul float %145, 0x3EF0000000000000
  %147 = tail call float @llvm.floor.f32(float %mul5.i)
  %mul6.i = fmul float %145, 0x3E70000000000000
  %148 = tail call float @llvm.floor.f32(float %mul6.i)
  %arrayidx7.i = getelementptr inbounds i8, ptr %w.addr.187.i, i32 8
  %149 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %149, 3.906250e-03
  %150 = tail call float @llvm.floor.f32(float %mul8.i)
  %mul9.i32 = fmul float %149, 0x3EF0000000000000
  %151 = tail call float @llvm.floor.f32(float %mul9.i32)
  %mul10.i = fmul float %149, 0x3E70000000000000
  %152 = tail call float @llvm.floor.f32(float %mul10.i)
  %153 = load float, ptr %y.085.i, align 4, !tbaa !2
  %mul12.i = fmul float %145, %153
  %arrayidx13.i = getelementptr inbounds i8, ptr %y.085.i, i32 4
  %154 = load float, ptr %arrayidx13.i, align 4, !tbaa !2
  %mul14.i = fmul float %146, %154
  %add.i33 = fadd float %mul12.i, %mul14.i
  %arrayidx15.i = getelementptr inbounds i8, ptr %y.085.i, i32 8
  %155 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %147, %155
  %add17.i = fadd float %add.i33, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %y.085.i, i32 12
  %156 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %mul19.i = fmul float %148, %156
  %add20.i = fadd float %add17.i, %mul19.i
  %arrayidx21.i = getelementptr inbounds i8, ptr %y.085.i, i32 16
  %157 = load float, ptr %arrayidx21.i, align 4, !tbaa !2
  %mul22.i = fmul float %149, %157
  %add23.i = fadd float %add20.i, %mul22.i
  %arrayidx24.i = getelementptr inbounds i8, ptr %y.085.i, i32 20
  %158 = load float, ptr %arrayidx24.i, align 4, !tbaa !2
  %mul25.i = fmul float %150, %158
  %add26.i = fadd float %add23.i, %mul25.i
  %arrayidx27.i34 = getelementptr inbounds i8, ptr %y.085.i, i32 24
  %159 = load float, ptr %arrayidx27.i34, align 4, !tbaa !2
  %mul28.i = fmul float %151, %159
  %add29.i = fadd float %add26.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %y.085.i, i32 28
  %160 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %mul31.i35 = fmul float %152, %160
  %add32.i = fadd float %add29.i, %mul31.i35
  %161 = load float, ptr %w.addr.187.i, align 4, !tbaa !2
  %arrayidx34.i = getelementptr inbounds float, ptr %62, i32 %g.084.i
  %162 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %sub35.i = fsub float %add32.i, %162
  %mul36.i = fmul float %161, %sub35.i
  %add37.i = fadd float %acc.086.i, %mul36.i
  %add.ptr.i36 = getelementptr inbounds i8, ptr %w.addr.187.i, i32 12
  %add.ptr38.i = getelementptr inbounds i8, ptr %y.085.i, i32 32
  %inc.i37 = add nuw nsw i32 %g.084.i, 1
  %exitcond.not.i38 = icmp eq i32 %inc.i37, %sub.i23
  br i1 %exitcond.not.i38, label %for.cond.cleanup3.loopexit.i, label %for.body4.i30, !llvm.loop !67

if.else5:                                         ; preds = %if.then
  %ngroups.i40 = getelementptr inbounds i8, ptr %s, i32 8
  %163 = load i32, ptr %ngroups.i40, align 4, !tbaa !13
  %sub.i41 = add i32 %163, -1
  %cmp244.i = icmp sgt i32 %d, 0
  br i1 %cmp244.i, label %for.body.lr.ph.i42, label %if.end8

for.body.lr.ph.i42:                               ; preds = %if.else5
  %164 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %cmp2222.i = icmp sgt i32 %163, 1
  %div.i45.i = sdiv i32 %1, 8
  %mul.i46.i = shl nsw i32 %div.i45.i, 3
  %sub.i47.i = sub nsw i32 %1, %mul.i46.i
  %cmp.i53209.i = icmp sgt i32 %1, 7
  %cmp185.i59216.i = icmp sgt i32 %sub.i47.i, 0
  %165 = load ptr, ptr @b_qsx, align 4
  %add8.i = add nsw i32 %1, 1
  %add.ptr10.idx.i = shl nsw i32 %1, 4
  %last_items.i43 = getelementptr inbounds i8, ptr %s, i32 16
  %166 = load i32, ptr %last_items.i43, align 4, !tbaa !15
  %div.i.i44 = sdiv i32 %166, 8
  %mul.i.i45 = shl nsw i32 %div.i.i44, 3
  %sub.i.i46 = sub nsw i32 %166, %mul.i.i45
  %cmp.i230.i = icmp sgt i32 %166, 7
  %cmp185.i238.i = icmp sgt i32 %sub.i.i46, 0
  %arrayidx15.i47 = getelementptr inbounds float, ptr %165, i32 %sub.i41
  %add20.i48 = add nsw i32 %166, 1
  %167 = shl i32 %163, 4
  %168 = add i32 %167, -16
  %169 = mul i32 %168, %1
  %scevgep.i49 = getelementptr i8, ptr %164, i32 %169
  %170 = shl i32 %div.i.i44, 5
  %171 = or disjoint i32 %170, 4
  %172 = shl i32 %div.i.i44, 7
  br label %for.body.i50

for.body.i50:                                     ; preds = %q8_group.exit.i59, %for.body.lr.ph.i42
  %w.addr.0246.i = phi ptr [ %w, %for.body.lr.ph.i42 ], [ %add.ptr21.i, %q8_group.exit.i59 ]
  %i.0245.i = phi i32 [ 0, %for.body.lr.ph.i42 ], [ %inc24.i, %q8_group.exit.i59 ]
  br i1 %cmp2222.i, label %for.body4.i212, label %for.cond.cleanup3.i51

for.cond.cleanup3.i51:                            ; preds = %q8_group.exit208.i, %for.body.i50
  %acc.0.lcssa.i52 = phi float [ 0.000000e+00, %for.body.i50 ], [ %add.i216, %q8_group.exit208.i ]
  %y.0.lcssa.i53 = phi ptr [ %164, %for.body.i50 ], [ %scevgep.i49, %q8_group.exit208.i ]
  %w.addr.1.lcssa.i54 = phi ptr [ %w.addr.0246.i, %for.body.i50 ], [ %add.ptr9.i, %q8_group.exit208.i ]
  %add.ptr12.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa.i54, i32 4
  br i1 %cmp.i230.i, label %for.body.i.i81, label %for.cond184.i.preheader.i55

for.cond184.i.preheader.loopexit.i211:            ; preds = %for.body.i.i81
  %scevgep248.i = getelementptr i8, ptr %w.addr.1.lcssa.i54, i32 %171
  %scevgep249.i = getelementptr i8, ptr %y.0.lcssa.i53, i32 %172
  br label %for.cond184.i.preheader.i55

for.cond184.i.preheader.i55:                      ; preds = %for.cond184.i.preheader.loopexit.i211, %for.cond.cleanup3.i51
  %y.addr.0.i.lcssa.i56 = phi ptr [ %y.0.lcssa.i53, %for.cond.cleanup3.i51 ], [ %scevgep249.i, %for.cond184.i.preheader.loopexit.i211 ]
  %s.0.i.lcssa.i57 = phi float [ 0.000000e+00, %for.cond.cleanup3.i51 ], [ %add181.i.i207, %for.cond184.i.preheader.loopexit.i211 ]
  %p.addr.0.i.lcssa.i58 = phi ptr [ %add.ptr12.i, %for.cond.cleanup3.i51 ], [ %scevgep248.i, %for.cond184.i.preheader.loopexit.i211 ]
  br i1 %cmp185.i238.i, label %for.body186.i.i61, label %q8_group.exit.i59

for.body.i.i81:                                   ; preds = %for.cond.cleanup3.i51, %for.body.i.i81
  %t.0.i234.i = phi i32 [ %inc.i.i210, %for.body.i.i81 ], [ 0, %for.cond.cleanup3.i51 ]
  %p.addr.0.i233.i = phi ptr [ %add.ptr182.i.i208, %for.body.i.i81 ], [ %add.ptr12.i, %for.cond.cleanup3.i51 ]
  %s.0.i232.i = phi float [ %add181.i.i207, %for.body.i.i81 ], [ 0.000000e+00, %for.cond.cleanup3.i51 ]
  %y.addr.0.i231.i = phi ptr [ %add.ptr183.i.i209, %for.body.i.i81 ], [ %y.0.lcssa.i53, %for.cond.cleanup3.i51 ]
  %173 = load float, ptr %p.addr.0.i233.i, align 4, !tbaa !2
  %174 = load float, ptr %y.addr.0.i231.i, align 4, !tbaa !2
  %mul2.i.i82 = fmul float %173, %174
  %add.i.i83 = fadd float %s.0.i232.i, %mul2.i.i82
  %mul4.i.i84 = fmul float %173, 3.906250e-03
  %175 = tail call float @llvm.floor.f32(float %mul4.i.i84)
  %arrayidx6.i.i85 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 4
  %176 = load float, ptr %arrayidx6.i.i85, align 4, !tbaa !2
  %mul7.i.i86 = fmul float %175, %176
  %add8.i.i87 = fadd float %add.i.i83, %mul7.i.i86
  %mul10.i.i88 = fmul float %173, 0x3EF0000000000000
  %177 = tail call float @llvm.floor.f32(float %mul10.i.i88)
  %arrayidx12.i.i89 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 8
  %178 = load float, ptr %arrayidx12.i.i89, align 4, !tbaa !2
  %mul13.i.i90 = fmul float %177, %178
  %add14.i.i91 = fadd float %add8.i.i87, %mul13.i.i90
  %mul16.i.i92 = fmul float %173, 0x3E70000000000000
  %179 = tail call float @llvm.floor.f32(float %mul16.i.i92)
  %arrayidx18.i.i93 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 12
  %180 = load float, ptr %arrayidx18.i.i93, align 4, !tbaa !2
  %mul19.i.i94 = fmul float %179, %180
  %add20.i.i95 = fadd float %add14.i.i91, %mul19.i.i94
  %arrayidx21.i.i96 = getelementptr inbounds i8, ptr %p.addr.0.i233.i, i32 4
  %181 = load float, ptr %arrayidx21.i.i96, align 4, !tbaa !2
  %add.ptr22.i.i97 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 16
  %182 = load float, ptr %add.ptr22.i.i97, align 4, !tbaa !2
  %mul24.i.i98 = fmul float %181, %182
  %add25.i.i99 = fadd float %add20.i.i95, %mul24.i.i98
  %mul27.i.i100 = fmul float %181, 3.906250e-03
  %183 = tail call float @llvm.floor.f32(float %mul27.i.i100)
  %arrayidx29.i.i101 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 20
  %184 = load float, ptr %arrayidx29.i.i101, align 4, !tbaa !2
  %mul30.i.i102 = fmul float %183, %184
  %add31.i.i103 = fadd float %add25.i.i99, %mul30.i.i102
  %mul33.i.i104 = fmul float %181, 0x3EF0000000000000
  %185 = tail call float @llvm.floor.f32(float %mul33.i.i104)
  %arrayidx35.i.i105 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 24
  %186 = load float, ptr %arrayidx35.i.i105, align 4, !tbaa !2
  %mul36.i.i106 = fmul float %185, %186
  %add37.i.i107 = fadd float %add31.i.i103, %mul36.i.i106
  %mul39.i.i108 = fmul float %181, 0x3E70000000000000
  %187 = tail call float @llvm.floor.f32(float %mul39.i.i108)
  %arrayidx41.i.i109 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 28
  %188 = load float, ptr %arrayidx41.i.i109, align 4, !tbaa !2
  %mul42.i.i110 = fmul float %187, %188
  %add43.i.i111 = fadd float %add37.i.i107, %mul42.i.i110
  %arrayidx44.i.i112 = getelementptr inbounds i8, ptr %p.addr.0.i233.i, i32 8
  %189 = load float, ptr %arrayidx44.i.i112, align 4, !tbaa !2
  %add.ptr45.i.i113 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 32
  %190 = load float, ptr %add.ptr45.i.i113, align 4, !tbaa !2
  %mul47.i.i114 = fmul float %189, %190
  %add48.i.i115 = fadd float %add43.i.i111, %mul47.i.i114
  %mul50.i.i116 = fmul float %189, 3.906250e-03
  %191 = tail call float @llvm.floor.f32(float %mul50.i.i116)
  %arrayidx52.i.i117 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 36
  %192 = load float, ptr %arrayidx52.i.i117, align 4, !tbaa !2
  %mul53.i.i118 = fmul float %191, %192
  %add54.i.i119 = fadd float %add48.i.i115, %mul53.i.i118
  %mul56.i.i120 = fmul float %189, 0x3EF0000000000000
  %193 = tail call float @llvm.floor.f32(float %mul56.i.i120)
  %arrayidx58.i.i121 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 40
  %194 = load float, ptr %arrayidx58.i.i121, align 4, !tbaa !2
  %mul59.i.i122 = fmul float %193, %194
  %add60.i.i123 = fadd float %add54.i.i119, %mul59.i.i122
  %mul62.i.i124 = fmul float %189, 0x3E70000000000000
  %195 = tail call float @llvm.floor.f32(float %mul62.i.i124)
  %arrayidx64.i.i125 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 44
  %196 = load float, ptr %arrayidx64.i.i125, align 4, !tbaa !2
  %mul65.i.i126 = fmul float %195, %196
  %add66.i.i127 = fadd float %add60.i.i123, %mul65.i.i126
  %arrayidx67.i.i128 = getelementptr inbounds i8, ptr %p.addr.0.i233.i, i32 12
  %197 = load float, ptr %arrayidx67.i.i128, align 4, !tbaa !2
  %add.ptr68.i.i129 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 48
  %198 = load float, ptr %add.ptr68.i.i129, align 4, !tbaa !2
  %mul70.i.i130 = fmul float %197, %198
  %add71.i.i131 = fadd float %add66.i.i127, %mul70.i.i130
  %mul73.i.i132 = fmul float %197, 3.906250e-03
  %199 = tail call float @llvm.floor.f32(float %mul73.i.i132)
  %arrayidx75.i.i133 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 52
  %200 = load float, ptr %arrayidx75.i.i133, align 4, !tbaa !2
  %mul76.i.i134 = fmul float %199, %200
  %add77.i.i135 = fadd float %add71.i.i131, %mul76.i.i134
  %mul79.i.i136 = fmul float %197, 0x3EF0000000000000
  %201 = tail call float @llvm.floor.f32(float %mul79.i.i136)
  %arrayidx81.i.i137 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 56
  %202 = load float, ptr %arrayidx81.i.i137, align 4, !tbaa !2
  %mul82.i.i138 = fmul float %201, %202
  %add83.i.i139 = fadd float %add77.i.i135, %mul82.i.i138
  %mul85.i.i140 = fmul float %197, 0x3E70000000000000
  %203 = tail call float @llvm.floor.f32(float %mul85.i.i140)
  %arrayidx87.i.i141 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 60
  %204 = load float, ptr %arrayidx87.i.i141, align 4, !tbaa !2
  %mul88.i.i142 = fmul float %203, %204
  %add89.i.i143 = fadd float %add83.i.i139, %mul88.i.i142
  %arrayidx90.i.i144 = getelementptr inbounds i8, ptr %p.addr.0.i233.i, i32 16
  %205 = load float, ptr %arrayidx90.i.i144, align 4, !tbaa !2
  %add.ptr91.i.i145 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 64
  %206 = load float, ptr %add.ptr91.i.i145, align 4, !tbaa !2
  %mul93.i.i146 = fmul float %205, %206
  %add94.i.i147 = fadd float %add89.i.i143, %mul93.i.i146
  %mul96.i.i148 = fmul float %205, 3.906250e-03
  %207 = tail call float @llvm.floor.f32(float %mul96.i.i148)
  %arrayidx98.i.i149 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 68
  %208 = load float, ptr %arrayidx98.i.i149, align 4, !tbaa !2
  %mul99.i.i150 = fmul float %207, %208
  %add100.i.i151 = fadd float %add94.i.i147, %mul99.i.i150
  %mul102.i.i152 = fmul float %205, 0x3EF0000000000000
  %209 = tail call float @llvm.floor.f32(float %mul102.i.i152)
  %arrayidx104.i.i153 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 72
  %210 = load float, ptr %arrayidx104.i.i153, align 4, !tbaa !2
  %mul105.i.i154 = fmul float %209, %210
  %add106.i.i155 = fadd float %add100.i.i151, %mul105.i.i154
  %mul108.i.i156 = fmul float %205, 0x3E70000000000000
  %211 = tail call float @llvm.floor.f32(float %mul108.i.i156)
  %arrayidx110.i.i157 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 76
  %212 = load float, ptr %arrayidx110.i.i157, align 4, !tbaa !2
  %mul111.i.i158 = fmul float %211, %212
  %add112.i.i159 = fadd float %add106.i.i155, %mul111.i.i158
  %arrayidx113.i.i160 = getelementptr inbounds i8, ptr %p.addr.0.i233.i, i32 20
  %213 = load float, ptr %arrayidx113.i.i160, align 4, !tbaa !2
  %add.ptr114.i.i161 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 80
  %214 = load float, ptr %add.ptr114.i.i161, align 4, !tbaa !2
  %mul116.i.i162 = fmul float %213, %214
  %add117.i.i163 = fadd float %add112.i.i159, %mul116.i.i162
  %mul119.i.i164 = fmul float %213, 3.906250e-03
  %215 = tail call float @llvm.floor.f32(float %mul119.i.i164)
  %arrayidx121.i.i165 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 84
  %216 = load float, ptr %arrayidx121.i.i165, align 4, !tbaa !2
  %mul122.i.i166 = fmul float %215, %216
  %add123.i.i167 = fadd float %add117.i.i163, %mul122.i.i166
  %mul125.i.i168 = fmul float %213, 0x3EF0000000000000
  %217 = tail call float @llvm.floor.f32(float %mul125.i.i168)
  %arrayidx127.i.i169 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 88
  %218 = load float, ptr %arrayidx127.i.i169, align 4, !tbaa !2
  %mul128.i.i170 = fmul float %217, %218
  %add129.i.i171 = fadd float %add123.i.i167, %mul128.i.i170
  %mul131.i.i172 = fmul float %213, 0x3E70000000000000
  %219 = tail call float @llvm.floor.f32(float %mul131.i.i172)
  %arrayidx133.i.i173 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 92
  %220 = load float, ptr %arrayidx133.i.i173, align 4, !tbaa !2
  %mul134.i.i174 = fmul float %219, %220
  %add135.i.i175 = fadd float %add129.i.i171, %mul134.i.i174
  %arrayidx136.i.i176 = getelementptr inbounds i8, ptr %p.addr.0.i233.i, i32 24
  %221 = load float, ptr %arrayidx136.i.i176, align 4, !tbaa !2
  %add.ptr137.i.i177 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 96
  %222 = load float, ptr %add.ptr137.i.i177, align 4, !tbaa !2
  %mul139.i.i178 = fmul float %221, %222
  %add140.i.i179 = fadd float %add135.i.i175, %mul139.i.i178
  %mul142.i.i180 = fmul float %221, 3.906250e-03
  %223 = tail call float @llvm.floor.f32(float %mul142.i.i180)
  %arrayidx144.i.i181 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 100
  %224 = load float, ptr %arrayidx144.i.i181, align 4, !tbaa !2
  %mul145.i.i182 = fmul float %223, %224
  %add146.i.i183 = fadd float %add140.i.i179, %mul145.i.i182
  %mul148.i.i184 = fmul float %221, 0x3EF0000000000000
  %225 = tail call float @llvm.floor.f32(float %mul148.i.i184)
  %arrayidx150.i.i185 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 104
  %226 = load float, ptr %arrayidx150.i.i185, align 4, !tbaa !2
  %mul151.i.i186 = fmul float %225, %226
  %add152.i.i187 = fadd float %add146.i.i183, %mul151.i.i186
  %mul154.i.i188 = fmul float %221, 0x3E70000000000000
  %227 = tail call float @llvm.floor.f32(float %mul154.i.i188)
  %arrayidx156.i.i189 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 108
  %228 = load float, ptr %arrayidx156.i.i189, align 4, !tbaa !2
  %mul157.i.i190 = fmul float %227, %228
  %add158.i.i191 = fadd float %add152.i.i187, %mul157.i.i190
  %arrayidx159.i.i192 = getelementptr inbounds i8, ptr %p.addr.0.i233.i, i32 28
  %229 = load float, ptr %arrayidx159.i.i192, align 4, !tbaa !2
  %add.ptr160.i.i193 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 112
  %230 = load float, ptr %add.ptr160.i.i193, align 4, !tbaa !2
  %mul162.i.i194 = fmul float %229, %230
  %add163.i.i195 = fadd float %add158.i.i191, %mul162.i.i194
  %mul165.i.i196 = fmul float %229, 3.906250e-03
  %231 = tail call float @llvm.floor.f32(float %mul165.i.i196)
  %arrayidx167.i.i197 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 116
  %232 = load float, ptr %arrayidx167.i.i197, align 4, !tbaa !2
  %mul168.i.i198 = fmul float %231, %232
  %add169.i.i199 = fadd float %add163.i.i195, %mul168.i.i198
  %mul171.i.i200 = fmul float %229, 0x3EF0000000000000
  %233 = tail call float @llvm.floor.f32(float %mul171.i.i200)
  %arrayidx173.i.i201 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 120
  %234 = load float, ptr %arrayidx173.i.i201, align 4, !tbaa !2
  %mul174.i.i202 = fmul float %233, %234
  %add175.i.i203 = fadd float %add169.i.i199, %mul174.i.i202
  %mul177.i.i204 = fmul float %229, 0x3E70000000000000
  %235 = tail call float @llvm.floor.f32(float %mul177.i.i204)
  %arrayidx179.i.i205 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 124
  %236 = load float, ptr %arrayidx179.i.i205, align 4, !tbaa !2
  %mul180.i.i206 = fmul float %235, %236
  %add181.i.i207 = fadd float %add175.i.i203, %mul180.i.i206
  %add.ptr182.i.i208 = getelementptr inbounds i8, ptr %p.addr.0.i233.i, i32 32
  %add.ptr183.i.i209 = getelementptr inbounds i8, ptr %y.addr.0.i231.i, i32 128
  %inc.i.i210 = add nuw nsw i32 %t.0.i234.i, 1
  %exitcond250.not.i = icmp eq i32 %inc.i.i210, %div.i.i44
  br i1 %exitcond250.not.i, label %for.cond184.i.preheader.loopexit.i211, label %for.body.i.i81, !llvm.loop !64

for.body186.i.i61:                                ; preds = %for.cond184.i.preheader.i55, %for.body186.i.i61
  %left.0.i242.i = phi i32 [ %dec.i.i78, %for.body186.i.i61 ], [ %sub.i.i46, %for.cond184.i.preheader.i55 ]
  %p.addr.1.i241.i = phi ptr [ %incdec.ptr.i.i76, %for.body186.i.i61 ], [ %p.addr.0.i.lcssa.i58, %for.cond184.i.preheader.i55 ]
  %s.1.i240.i = phi float [ %add209.i.i75, %for.body186.i.i61 ], [ %s.0.i.lcssa.i57, %for.cond184.i.preheader.i55 ]
  %y.addr.1.i239.i = phi ptr [ %add.ptr210.i.i77, %for.body186.i.i61 ], [ %y.addr.0.i.lcssa.i56, %for.cond184.i.preheader.i55 ]
  %237 = load float, ptr %p.addr.1.i241.i, align 4, !tbaa !2
  %238 = load float, ptr %y.addr.1.i239.i, align 4, !tbaa !2
  %mul190.i.i62 = fmul float %237, %238
  %add191.i.i63 = fadd float %s.1.i240.i, %mul190.i.i62
  %mul193.i.i64 = fmul float %237, 3.906250e-03
  %239 = tail call float @llvm.floor.f32(float %mul193.i.i64)
  %arrayidx195.i.i65 = getelementptr inbounds i8, ptr %y.addr.1.i239.i, i32 4
  %240 = load float, ptr %arrayidx195.i.i65, align 4, !tbaa !2
  %mul196.i.i66 = fmul float %239, %240
  %add197.i.i67 = fadd float %add191.i.i63, %mul196.i.i66
  %mul199.i.i68 = fmul float %237, 0x3EF0000000000000
  %241 = tail call float @llvm.floor.f32(float %mul199.i.i68)
  %arrayidx201.i.i69 = getelementptr inbounds i8, ptr %y.addr.1.i239.i, i32 8
  %242 = load float, ptr %arrayidx201.i.i69, align 4, !tbaa !2
  %mul202.i.i70 = fmul float %241, %242
  %add203.i.i71 = fadd float %add197.i.i67, %mul202.i.i70
  %mul205.i.i72 = fmul float %237, 0x3E70000000000000
  %243 = tail call float @llvm.floor.f32(float %mul205.i.i72)
  %arrayidx207.i.i73 = getelementptr inbounds i8, ptr %y.addr.1.i239.i, i32 12
  %244 = load float, ptr %arrayidx207.i.i73, align 4, !tbaa !2
  %mul208.i.i74 = fmul float %243, %244
  %add209.i.i75 = fadd float %add203.i.i71, %mul208.i.i74
  %incdec.ptr.i.i76 = getelementptr inbounds i8, ptr %p.addr.1.i241.i, i32 4
  %add.ptr210.i.i77 = getelementptr inbounds i8, ptr %y.addr.1.i239.i, i32 16
  %dec.i.i78 = add nsw i32 %left.0.i242.i, -1
  %cmp185.i.i79 = icmp ugt i32 %left.0.i242.i, 1
  br i1 %cmp185.i.i79, label %for.body186.i.i61, label %q8_group.exit.i59, !llvm.loop !65

q8_group.exit.i59:                                ; preds = %for.body186.i.i61, %for.cond184.i.preheader.i55
  %s.1.i.lcssa.i60 = phi float [ %s.0.i.lcssa.i57, %for.cond184.i.preheader.i55 ], [ %add209.i.i75, %for.body186.i.i61 ]
  %245 = load float, ptr %w.addr.1.lcssa.i54, align 4, !tbaa !2
  %246 = load float, ptr %arrayidx15.i47, align 4, !tbaa !2
  %sub16.i = fsub float %s.1.i.lcssa.i60, %246
  %mul17.i = fmul float %245, %sub16.i
  %add18.i = fadd float %acc.0.lcssa.i52, %mul17.i
  %add.ptr21.i = getelementptr inbounds float, ptr %w.addr.1.lcssa.i54, i32 %add20.i48
  %arrayidx22.i = getelementptr inbounds float, ptr %out, i32 %i.0245.i
  store float %add18.i, ptr %arrayidx22.i, align 4, !tbaa !2
  %inc24.i = add nuw nsw i32 %i.0245.i, 1
  %exitcond251.not.i = icmp eq i32 %inc24.i, %d
  br i1 %exitcond251.not.i, label %if.end8, label %for.body.i50, !llvm.loop !68

for.body4.i212:                                   ; preds = %for.body.i50, %q8_group.exit208.i
  %w.addr.1226.i = phi ptr [ %add.ptr9.i, %q8_group.exit208.i ], [ %w.addr.0246.i, %for.body.i50 ]
  %g.0225.i = phi i32 [ %inc.i217, %q8_group.exit208.i ], [ 0, %for.body.i50 ]
  %y.0224.i = phi ptr [ %add.ptr10.i, %q8_group.exit208.i ], [ %164, %for.body.i50 ]
  %acc.0223.i = phi float [ %add.i216, %q8_group.exit208.i ], [ 0.000000e+00, %for.body.i50 ]
  %add.ptr.i213 = getelementptr inbounds i8, ptr %w.addr.1226.i, i32 4
  br i1 %cmp.i53209.i, label %for.body.i78.i, label %for.cond184.i54.preheader.i

for.cond184.i54.preheader.i:                      ; preds = %for.body.i78.i, %for.body4.i212
  %y.addr.0.i49.lcssa.i = phi ptr [ %y.0224.i, %for.body4.i212 ], [ %add.ptr183.i206.i, %for.body.i78.i ]
  %s.0.i50.lcssa.i = phi float [ 0.000000e+00, %for.body4.i212 ], [ %add181.i204.i, %for.body.i78.i ]
  %p.addr.0.i51.lcssa.i = phi ptr [ %add.ptr.i213, %for.body4.i212 ], [ %add.ptr182.i205.i, %for.body.i78.i ]
  br i1 %cmp185.i59216.i, label %for.body186.i60.i, label %q8_group.exit208.i

for.body.i78.i:                                   ; preds = %for.body4.i212, %for.body.i78.i
  %t.0.i52213.i = phi i32 [ %inc.i207.i, %for.body.i78.i ], [ 0, %for.body4.i212 ]
  %p.addr.0.i51212.i = phi ptr [ %add.ptr182.i205.i, %for.body.i78.i ], [ %add.ptr.i213, %for.body4.i212 ]
  %s.0.i50211.i = phi float [ %add181.i204.i, %for.body.i78.i ], [ 0.000000e+00, %for.body4.i212 ]
  %y.addr.0.i49210.i = phi ptr [ %add.ptr183.i206.i, %for.body.i78.i ], [ %y.0224.i, %for.body4.i212 ]
  %247 = load float, ptr %p.addr.0.i51212.i, align 4, !tbaa !2
  %248 = load float, ptr %y.addr.0.i49210.i, align 4, !tbaa !2
  %mul2.i79.i = fmul float %247, %248
  %add.i80.i = fadd float %s.0.i50211.i, %mul2.i79.i
  %mul4.i81.i = fmul float %247, 3.906250e-03
  %249 = tail call float @llvm.floor.f32(float %mul4.i81.i)
  %arrayidx6.i82.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 4
  %250 = load float, ptr %arrayidx6.i82.i, align 4, !tbaa !2
  %mul7.i83.i = fmul float %249, %250
  %add8.i84.i = fadd float %add.i80.i, %mul7.i83.i
  %mul10.i85.i = fmul float %247, 0x3EF0000000000000
  %251 = tail call float @llvm.floor.f32(float %mul10.i85.i)
  %arrayidx12.i86.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 8
  %252 = load float, ptr %arrayidx12.i86.i, align 4, !tbaa !2
  %mul13.i87.i = fmul float %251, %252
  %add14.i88.i = fadd float %add8.i84.i, %mul13.i87.i
  %mul16.i89.i = fmul float %247, 0x3E70000000000000
  %253 = tail call float @llvm.floor.f32(float %mul16.i89.i)
  %arrayidx18.i90.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 12
  %254 = load float, ptr %arrayidx18.i90.i, align 4, !tbaa !2
  %mul19.i91.i = fmul float %253, %254
  %add20.i92.i = fadd float %add14.i88.i, %mul19.i91.i
  %arrayidx21.i93.i = getelementptr inbounds i8, ptr %p.addr.0.i51212.i, i32 4
  %255 = load float, ptr %arrayidx21.i93.i, align 4, !tbaa !2
  %add.ptr22.i94.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 16
  %256 = load float, ptr %add.ptr22.i94.i, align 4, !tbaa !2
  %mul24.i95.i = fmul float %255, %256
  %add25.i96.i = fadd float %add20.i92.i, %mul24.i95.i
  %mul27.i97.i = fmul float %255, 3.906250e-03
  %257 = tail call float @llvm.floor.f32(float %mul27.i97.i)
  %arrayidx29.i98.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 20
  %258 = load float, ptr %arrayidx29.i98.i, align 4, !tbaa !2
  %mul30.i99.i = fmul float %257, %258
  %add31.i100.i = fadd float %add25.i96.i, %mul30.i99.i
  %mul33.i101.i = fmul float %255, 0x3EF0000000000000
  %259 = tail call float @llvm.floor.f32(float %mul33.i101.i)
  %arrayidx35.i102.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 24
  %260 = load float, ptr %arrayidx35.i102.i, align 4, !tbaa !2
  %mul36.i103.i = fmul float %259, %260
  %add37.i104.i = fadd float %add31.i100.i, %mul36.i103.i
  %mul39.i105.i = fmul float %255, 0x3E70000000000000
  %261 = tail call float @llvm.floor.f32(float %mul39.i105.i)
  %arrayidx41.i106.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 28
  %262 = load float, ptr %arrayidx41.i106.i, align 4, !tbaa !2
  %mul42.i107.i = fmul float %261, %262
  %add43.i108.i = fadd float %add37.i104.i, %mul42.i107.i
  %arrayidx44.i109.i = getelementptr inbounds i8, ptr %p.addr.0.i51212.i, i32 8
  %263 = load float, ptr %arrayidx44.i109.i, align 4, !tbaa !2
  %add.ptr45.i110.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 32
  %264 = load float, ptr %add.ptr45.i110.i, align 4, !tbaa !2
  %mul47.i111.i = fmul float %263, %264
  %add48.i112.i = fadd float %add43.i108.i, %mul47.i111.i
  %mul50.i113.i = fmul float %263, 3.906250e-03
  %265 = tail call float @llvm.floor.f32(float %mul50.i113.i)
  %arrayidx52.i114.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 36
  %266 = load float, ptr %arrayidx52.i114.i, align 4, !tbaa !2
  %mul53.i115.i = fmul float %265, %266
  %add54.i116.i = fadd float %add48.i112.i, %mul53.i115.i
  %mul56.i117.i = fmul float %263, 0x3EF0000000000000
  %267 = tail call float @llvm.floor.f32(float %mul56.i117.i)
  %arrayidx58.i118.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 40
  %268 = load float, ptr %arrayidx58.i118.i, align 4, !tbaa !2
  %mul59.i119.i = fmul float %267, %268
  %add60.i120.i = fadd float %add54.i116.i, %mul59.i119.i
  %mul62.i121.i = fmul float %263, 0x3E70000000000000
  %269 = tail call float @llvm.floor.f32(float %mul62.i121.i)
  %arrayidx64.i122.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 44
  %270 = load float, ptr %arrayidx64.i122.i, align 4, !tbaa !2
  %mul65.i123.i = fmul float %269, %270
  %add66.i124.i = fadd float %add60.i120.i, %mul65.i123.i
  %arrayidx67.i125.i = getelementptr inbounds i8, ptr %p.addr.0.i51212.i, i32 12
  %271 = load float, ptr %arrayidx67.i125.i, align 4, !tbaa !2
  %add.ptr68.i126.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 48
  %272 = load float, ptr %add.ptr68.i126.i, align 4, !tbaa !2
  %mul70.i127.i = fmul float %271, %272
  %add71.i128.i = fadd float %add66.i124.i, %mul70.i127.i
  %mul73.i129.i = fmul float %271, 3.906250e-03
  %273 = tail call float @llvm.floor.f32(float %mul73.i129.i)
  %arrayidx75.i130.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 52
  %274 = load float, ptr %arrayidx75.i130.i, align 4, !tbaa !2
  %mul76.i131.i = fmul float %273, %274
  %add77.i132.i = fadd float %add71.i128.i, %mul76.i131.i
  %mul79.i133.i = fmul float %271, 0x3EF0000000000000
  %275 = tail call float @llvm.floor.f32(float %mul79.i133.i)
  %arrayidx81.i134.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 56
  %276 = load float, ptr %arrayidx81.i134.i, align 4, !tbaa !2
  %mul82.i135.i = fmul float %275, %276
  %add83.i136.i = fadd float %add77.i132.i, %mul82.i135.i
  %mul85.i137.i = fmul float %271, 0x3E70000000000000
  %277 = tail call float @llvm.floor.f32(float %mul85.i137.i)
  %arrayidx87.i138.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 60
  %278 = load float, ptr %arrayidx87.i138.i, align 4, !tbaa !2
  %mul88.i139.i = fmul float %277, %278
  %add89.i140.i = fadd float %add83.i136.i, %mul88.i139.i
  %arrayidx90.i141.i = getelementptr inbounds i8, ptr %p.addr.0.i51212.i, i32 16
  %279 = load float, ptr %arrayidx90.i141.i, align 4, !tbaa !2
  %add.ptr91.i142.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 64
  %280 = load float, ptr %add.ptr91.i142.i, align 4, !tbaa !2
  %mul93.i143.i = fmul float %279, %280
  %add94.i144.i = fadd float %add89.i140.i, %mul93.i143.i
  %mul96.i145.i = fmul float %279, 3.906250e-03
  %281 = tail call float @llvm.floor.f32(float %mul96.i145.i)
  %arrayidx98.i146.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 68
  %282 = load float, ptr %arrayidx98.i146.i, align 4, !tbaa !2
  %mul99.i147.i = fmul float %281, %282
  %add100.i148.i = fadd float %add94.i144.i, %mul99.i147.i
  %mul102.i149.i = fmul float %279, 0x3EF0000000000000
  %283 = tail call float @llvm.floor.f32(float %mul102.i149.i)
  %arrayidx104.i150.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 72
  %284 = load float, ptr %arrayidx104.i150.i, align 4, !tbaa !2
  %mul105.i151.i = fmul float %283, %284
  %add106.i152.i = fadd float %add100.i148.i, %mul105.i151.i
  %mul108.i153.i = fmul float %279, 0x3E70000000000000
  %285 = tail call float @llvm.floor.f32(float %mul108.i153.i)
  %arrayidx110.i154.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 76
  %286 = load float, ptr %arrayidx110.i154.i, align 4, !tbaa !2
  %mul111.i155.i = fmul float %285, %286
  %add112.i156.i = fadd float %add106.i152.i, %mul111.i155.i
  %arrayidx113.i157.i = getelementptr inbounds i8, ptr %p.addr.0.i51212.i, i32 20
  %287 = load float, ptr %arrayidx113.i157.i, align 4, !tbaa !2
  %add.ptr114.i158.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 80
  %288 = load float, ptr %add.ptr114.i158.i, align 4, !tbaa !2
  %mul116.i159.i = fmul float %287, %288
  %add117.i160.i = fadd float %add112.i156.i, %mul116.i159.i
  %mul119.i161.i = fmul float %287, 3.906250e-03
  %289 = tail call float @llvm.floor.f32(float %mul119.i161.i)
  %arrayidx121.i162.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 84
  %290 = load float, ptr %arrayidx121.i162.i, align 4, !tbaa !2
  %mul122.i163.i = fmul float %289, %290
  %add123.i164.i = fadd float %add117.i160.i, %mul122.i163.i
  %mul125.i165.i = fmul float %287, 0x3EF0000000000000
  %291 = tail call float @llvm.floor.f32(float %mul125.i165.i)
  %arrayidx127.i166.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 88
  %292 = load float, ptr %arrayidx127.i166.i, align 4, !tbaa !2
  %mul128.i167.i = fmul float %291, %292
  %add129.i168.i = fadd float %add123.i164.i, %mul128.i167.i
  %mul131.i169.i = fmul float %287, 0x3E70000000000000
  %293 = tail call float @llvm.floor.f32(float %mul131.i169.i)
  %arrayidx133.i170.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 92
  %294 = load float, ptr %arrayidx133.i170.i, align 4, !tbaa !2
  %mul134.i171.i = fmul float %293, %294
  %add135.i172.i = fadd float %add129.i168.i, %mul134.i171.i
  %arrayidx136.i173.i = getelementptr inbounds i8, ptr %p.addr.0.i51212.i, i32 24
  %295 = load float, ptr %arrayidx136.i173.i, align 4, !tbaa !2
  %add.ptr137.i174.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 96
  %296 = load float, ptr %add.ptr137.i174.i, align 4, !tbaa !2
  %mul139.i175.i = fmul float %295, %296
  %add140.i176.i = fadd float %add135.i172.i, %mul139.i175.i
  %mul142.i177.i = fmul float %295, 3.906250e-03
  %297 = tail call float @llvm.floor.f32(float %mul142.i177.i)
  %arrayidx144.i178.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 100
  %298 = load float, ptr %arrayidx144.i178.i, align 4, !tbaa !2
  %mul145.i179.i = fmul float %297, %298
  %add146.i180.i = fadd float %add140.i176.i, %mul145.i179.i
  %mul148.i181.i = fmul float %295, 0x3EF0000000000000
  %299 = tail call float @llvm.floor.f32(float %mul148.i181.i)
  %arrayidx150.i182.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 104
  %300 = load float, ptr %arrayidx150.i182.i, align 4, !tbaa !2
  %mul151.i183.i = fmul float %299, %300
  %add152.i184.i = fadd float %add146.i180.i, %mul151.i183.i
  %mul154.i185.i = fmul float %295, 0x3E70000000000000
  %301 = tail call float @llvm.floor.f32(float %mul154.i185.i)
  %arrayidx156.i186.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 108
  %302 = load float, ptr %arrayidx156.i186.i, align 4, !tbaa !2
  %mul157.i187.i = fmul float %301, %302
  %add158.i188.i = fadd float %add152.i184.i, %mul157.i187.i
  %arrayidx159.i189.i = getelementptr inbounds i8, ptr %p.addr.0.i51212.i, i32 28
  %303 = load float, ptr %arrayidx159.i189.i, align 4, !tbaa !2
  %add.ptr160.i190.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 112
  %304 = load float, ptr %add.ptr160.i190.i, align 4, !tbaa !2
  %mul162.i191.i = fmul float %303, %304
  %add163.i192.i = fadd float %add158.i188.i, %mul162.i191.i
  %mul165.i193.i = fmul float %303, 3.906250e-03
  %305 = tail call float @llvm.floor.f32(float %mul165.i193.i)
  %arrayidx167.i194.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 116
  %306 = load float, ptr %arrayidx167.i194.i, align 4, !tbaa !2
  %mul168.i195.i = fmul float %305, %306
  %add169.i196.i = fadd float %add163.i192.i, %mul168.i195.i
  %mul171.i197.i = fmul float %303, 0x3EF0000000000000
  %307 = tail call float @llvm.floor.f32(float %mul171.i197.i)
  %arrayidx173.i198.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 120
  %308 = load float, ptr %arrayidx173.i198.i, align 4, !tbaa !2
  %mul174.i199.i = fmul float %307, %308
  %add175.i200.i = fadd float %add169.i196.i, %mul174.i199.i
  %mul177.i201.i = fmul float %303, 0x3E70000000000000
  %309 = tail call float @llvm.floor.f32(float %mul177.i201.i)
  %arrayidx179.i202.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 124
  %310 = load float, ptr %arrayidx179.i202.i, align 4, !tbaa !2
  %mul180.i203.i = fmul float %309, %310
  %add181.i204.i = fadd float %add175.i200.i, %mul180.i203.i
  %add.ptr182.i205.i = getelementptr inbounds i8, ptr %p.addr.0.i51212.i, i32 32
  %add.ptr183.i206.i = getelementptr inbounds i8, ptr %y.addr.0.i49210.i, i32 128
  %inc.i207.i = add nuw nsw i32 %t.0.i52213.i, 1
  %exitcond.not.i218 = icmp eq i32 %inc.i207.i, %div.i45.i
  br i1 %exitcond.not.i218, label %for.cond184.i54.preheader.i, label %for.body.i78.i, !llvm.loop !64

for.body186.i60.i:                                ; preds = %for.cond184.i54.preheader.i, %for.body186.i60.i
  %left.0.i58220.i = phi i32 [ %dec.i77.i, %for.body186.i60.i ], [ %sub.i47.i, %for.cond184.i54.preheader.i ]
  %p.addr.1.i57219.i = phi ptr [ %incdec.ptr.i75.i, %for.body186.i60.i ], [ %p.addr.0.i51.lcssa.i, %for.cond184.i54.preheader.i ]
  %s.1.i56218.i = phi float [ %add209.i74.i, %for.body186.i60.i ], [ %s.0.i50.lcssa.i, %for.cond184.i54.preheader.i ]
  %y.addr.1.i55217.i = phi ptr [ %add.ptr210.i76.i, %for.body186.i60.i ], [ %y.addr.0.i49.lcssa.i, %for.cond184.i54.preheader.i ]
  %311 = load float, ptr %p.addr.1.i57219.i, align 4, !tbaa !2
  %312 = load float, ptr %y.addr.1.i55217.i, align 4, !tbaa !2
  %mul190.i61.i = fmul float %311, %312
  %add191.i62.i = fadd float %s.1.i56218.i, %mul190.i61.i
  %mul193.i63.i = fmul float %311, 3.906250e-03
  %313 = tail call float @llvm.floor.f32(float %mul193.i63.i)
  %arrayidx195.i64.i = getelementptr inbounds i8, ptr %y.addr.1.i55217.i, i32 4
  %314 = load float, ptr %arrayidx195.i64.i, align 4, !tbaa !2
  %mul196.i65.i = fmul float %313, %314
  %add197.i66.i = fadd float %add191.i62.i, %mul196.i65.i
  %mul199.i67.i = fmul float %311, 0x3EF0000000000000
  %315 = tail call float @llvm.floor.f32(float %mul199.i67.i)
  %arrayidx201.i68.i = getelementptr inbounds i8, ptr %y.addr.1.i55217.i, i32 8
  %316 = load float, ptr %arrayidx201.i68.i, align 4, !tbaa !2
  %mul202.i69.i = fmul float %315, %316
  %add203.i70.i = fadd float %add197.i66.i, %mul202.i69.i
  %mul205.i71.i = fmul float %311, 0x3E70000000000000
  %317 = tail call float @llvm.floor.f32(float %mul205.i71.i)
  %arrayidx207.i72.i = getelementptr inbounds i8, ptr %y.addr.1.i55217.i, i32 12
  %318 = load float, ptr %arrayidx207.i72.i, align 4, !tbaa !2
  %mul208.i73.i = fmul float %317, %318
  %add209.i74.i = fadd float %add203.i70.i, %mul208.i73.i
  %incdec.ptr.i75.i = getelementptr inbounds i8, ptr %p.addr.1.i57219.i, i32 4
  %add.ptr210.i76.i = getelementptr inbounds i8, ptr %y.addr.1.i55217.i, i32 16
  %dec.i77.i = add nsw i32 %left.0.i58220.i, -1
  %cmp185.i59.i = icmp ugt i32 %left.0.i58220.i, 1
  br i1 %cmp185.i59.i, label %for.body186.i60.i, label %q8_group.exit208.i, !llvm.loop !65

q8_group.exit208.i:                               ; preds = %for.body186.i60.i, %for.cond184.i54.preheader.i
  %s.1.i56.lcssa.i = phi float [ %s.0.i50.lcssa.i, %for.cond184.i54.preheader.i ], [ %add209.i74.i, %for.body186.i60.i ]
  %319 = load float, ptr %w.addr.1226.i, align 4, !tbaa !2
  %arrayidx5.i214 = getelementptr inbounds float, ptr %165, i32 %g.0225.i
  %320 = load float, ptr %arrayidx5.i214, align 4, !tbaa !2
  %sub6.i = fsub float %s.1.i56.lcssa.i, %320
  %mul7.i215 = fmul float %319, %sub6.i
  %add.i216 = fadd float %acc.0223.i, %mul7.i215
  %add.ptr9.i = getelementptr inbounds float, ptr %w.addr.1226.i, i32 %add8.i
  %add.ptr10.i = getelementptr inbounds i8, ptr %y.0224.i, i32 %add.ptr10.idx.i
  %inc.i217 = add nuw nsw i32 %g.0225.i, 1
  %exitcond247.not.i = icmp eq i32 %inc.i217, %sub.i41
  br i1 %exitcond247.not.i, label %for.cond.cleanup3.i51, label %for.body4.i212, !llvm.loop !69

if.else7:                                         ; preds = %entry
  %321 = load i32, ptr %s, align 4, !tbaa !10
  %cmp18.i = icmp sgt i32 %d, 0
  br i1 %cmp18.i, label %for.body.lr.ph.i219, label %if.end8

for.body.lr.ph.i219:                              ; preds = %if.else7
  %div.i.i220 = sdiv i32 %321, 16
  %mul.i.i221 = shl nsw i32 %div.i.i220, 4
  %sub.i.i222 = sub nsw i32 %321, %mul.i.i221
  %cmp.i5.i = icmp sgt i32 %321, 15
  %cmp64.i.i = icmp sgt i32 %sub.i.i222, 7
  %sub99.i.i = add nsw i32 %sub.i.i222, -8
  %322 = shl i32 %div.i.i220, 6
  %scevgep.i223 = getelementptr i8, ptr %x, i32 %322
  br label %for.body.i224

for.body.i224:                                    ; preds = %dot_from.exit.i, %for.body.lr.ph.i219
  %i.020.i = phi i32 [ 0, %for.body.lr.ph.i219 ], [ %inc.i227, %dot_from.exit.i ]
  %w.addr.019.i = phi ptr [ %w, %for.body.lr.ph.i219 ], [ %add.ptr.i226, %dot_from.exit.i ]
  br i1 %cmp.i5.i, label %for.body.i.i237, label %for.cond.cleanup.i.i

for.cond.cleanup.i.i:                             ; preds = %for.body.i.i237, %for.body.i224
  %b.addr.0.i.lcssa.i = phi ptr [ %x, %for.body.i224 ], [ %scevgep.i223, %for.body.i.i237 ]
  %a.addr.0.i.lcssa.i = phi ptr [ %w.addr.019.i, %for.body.i224 ], [ %add.ptr.i.i, %for.body.i.i237 ]
  %s.addr.0.i.lcssa.i = phi float [ 0.000000e+00, %for.body.i224 ], [ %add62.i.i, %for.body.i.i237 ]
  br i1 %cmp64.i.i, label %if.then.i.i, label %if.end.i.i

for.body.i.i237:                                  ; preds = %for.body.i224, %for.body.i.i237
  %t.0.i9.i = phi i32 [ %inc.i.i249, %for.body.i.i237 ], [ 0, %for.body.i224 ]
  %s.addr.0.i8.i = phi float [ %add62.i.i, %for.body.i.i237 ], [ 0.000000e+00, %for.body.i224 ]
  %a.addr.0.i7.i = phi ptr [ %add.ptr.i.i, %for.body.i.i237 ], [ %w.addr.019.i, %for.body.i224 ]
  %b.addr.0.i6.i = phi ptr [ %add.ptr63.i.i, %for.body.i.i237 ], [ %x, %for.body.i224 ]
  %323 = load float, ptr %a.addr.0.i7.i, align 4, !tbaa !2
  %324 = load float, ptr %b.addr.0.i6.i, align 4, !tbaa !2
  %mul2.i.i238 = fmul float %323, %324
  %add.i.i239 = fadd float %s.addr.0.i8.i, %mul2.i.i238
  %arrayidx3.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 4
  %325 = load float, ptr %arrayidx3.i.i, align 4, !tbaa !2
  %arrayidx4.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 4
  %326 = load float, ptr %arrayidx4.i.i, align 4, !tbaa !2
  %mul5.i.i = fmul float %325, %326
  %add6.i.i = fadd float %add.i.i239, %mul5.i.i
  %arrayidx7.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 8
  %327 = load float, ptr %arrayidx7.i.i, align 4, !tbaa !2
  %arrayidx8.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 8
  %328 = load float, ptr %arrayidx8.i.i, align 4, !tbaa !2
  %mul9.i.i = fmul float %327, %328
  %add10.i.i = fadd float %add6.i.i, %mul9.i.i
  %arrayidx11.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 12
  %329 = load float, ptr %arrayidx11.i.i, align 4, !tbaa !2
  %arrayidx12.i.i240 = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 12
  %330 = load float, ptr %arrayidx12.i.i240, align 4, !tbaa !2
  %mul13.i.i241 = fmul float %329, %330
  %add14.i.i242 = fadd float %add10.i.i, %mul13.i.i241
  %arrayidx15.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 16
  %331 = load float, ptr %arrayidx15.i.i, align 4, !tbaa !2
  %arrayidx16.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 16
  %332 = load float, ptr %arrayidx16.i.i, align 4, !tbaa !2
  %mul17.i.i = fmul float %331, %332
  %add18.i.i = fadd float %add14.i.i242, %mul17.i.i
  %arrayidx19.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 20
  %333 = load float, ptr %arrayidx19.i.i, align 4, !tbaa !2
  %arrayidx20.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 20
  %334 = load float, ptr %arrayidx20.i.i, align 4, !tbaa !2
  %mul21.i.i = fmul float %333, %334
  %add22.i.i = fadd float %add18.i.i, %mul21.i.i
  %arrayidx23.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 24
  %335 = load float, ptr %arrayidx23.i.i, align 4, !tbaa !2
  %arrayidx24.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 24
  %336 = load float, ptr %arrayidx24.i.i, align 4, !tbaa !2
  %mul25.i.i = fmul float %335, %336
  %add26.i.i = fadd float %add22.i.i, %mul25.i.i
  %arrayidx27.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 28
  %337 = load float, ptr %arrayidx27.i.i, align 4, !tbaa !2
  %arrayidx28.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 28
  %338 = load float, ptr %arrayidx28.i.i, align 4, !tbaa !2
  %mul29.i.i = fmul float %337, %338
  %add30.i.i = fadd float %add26.i.i, %mul29.i.i
  %arrayidx31.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 32
  %339 = load float, ptr %arrayidx31.i.i, align 4, !tbaa !2
  %arrayidx32.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 32
  %340 = load float, ptr %arrayidx32.i.i, align 4, !tbaa !2
  %mul33.i.i243 = fmul float %339, %340
  %add34.i.i = fadd float %add30.i.i, %mul33.i.i243
  %arrayidx35.i.i244 = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 36
  %341 = load float, ptr %arrayidx35.i.i244, align 4, !tbaa !2
  %arrayidx36.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 36
  %342 = load float, ptr %arrayidx36.i.i, align 4, !tbaa !2
  %mul37.i.i = fmul float %341, %342
  %add38.i.i = fadd float %add34.i.i, %mul37.i.i
  %arrayidx39.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 40
  %343 = load float, ptr %arrayidx39.i.i, align 4, !tbaa !2
  %arrayidx40.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 40
  %344 = load float, ptr %arrayidx40.i.i, align 4, !tbaa !2
  %mul41.i.i = fmul float %343, %344
  %add42.i.i = fadd float %add38.i.i, %mul41.i.i
  %arrayidx43.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 44
  %345 = load float, ptr %arrayidx43.i.i, align 4, !tbaa !2
  %arrayidx44.i.i245 = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 44
  %346 = load float, ptr %arrayidx44.i.i245, align 4, !tbaa !2
  %mul45.i.i = fmul float %345, %346
  %add46.i.i = fadd float %add42.i.i, %mul45.i.i
  %arrayidx47.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 48
  %347 = load float, ptr %arrayidx47.i.i, align 4, !tbaa !2
  %arrayidx48.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 48
  %348 = load float, ptr %arrayidx48.i.i, align 4, !tbaa !2
  %mul49.i.i = fmul float %347, %348
  %add50.i.i = fadd float %add46.i.i, %mul49.i.i
  %arrayidx51.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 52
  %349 = load float, ptr %arrayidx51.i.i, align 4, !tbaa !2
  %arrayidx52.i.i246 = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 52
  %350 = load float, ptr %arrayidx52.i.i246, align 4, !tbaa !2
  %mul53.i.i247 = fmul float %349, %350
  %add54.i.i248 = fadd float %add50.i.i, %mul53.i.i247
  %arrayidx55.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 56
  %351 = load float, ptr %arrayidx55.i.i, align 4, !tbaa !2
  %arrayidx56.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 56
  %352 = load float, ptr %arrayidx56.i.i, align 4, !tbaa !2
  %mul57.i.i = fmul float %351, %352
  %add58.i.i = fadd float %add54.i.i248, %mul57.i.i
  %arrayidx59.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 60
  %353 = load float, ptr %arrayidx59.i.i, align 4, !tbaa !2
  %arrayidx60.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 60
  %354 = load float, ptr %arrayidx60.i.i, align 4, !tbaa !2
  %mul61.i.i = fmul float %353, %354
  %add62.i.i = fadd float %add58.i.i, %mul61.i.i
  %add.ptr.i.i = getelementptr inbounds i8, ptr %a.addr.0.i7.i, i32 64
  %add.ptr63.i.i = getelementptr inbounds i8, ptr %b.addr.0.i6.i, i32 64
  %inc.i.i249 = add nuw nsw i32 %t.0.i9.i, 1
  %exitcond.not.i250 = icmp eq i32 %inc.i.i249, %div.i.i220
  br i1 %exitcond.not.i250, label %for.cond.cleanup.i.i, label %for.body.i.i237, !llvm.loop !39

if.then.i.i:                                      ; preds = %for.cond.cleanup.i.i
  %355 = load float, ptr %a.addr.0.i.lcssa.i, align 4, !tbaa !2
  %356 = load float, ptr %b.addr.0.i.lcssa.i, align 4, !tbaa !2
  %mul67.i.i = fmul float %355, %356
  %add68.i.i = fadd float %s.addr.0.i.lcssa.i, %mul67.i.i
  %arrayidx69.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 4
  %357 = load float, ptr %arrayidx69.i.i, align 4, !tbaa !2
  %arrayidx70.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 4
  %358 = load float, ptr %arrayidx70.i.i, align 4, !tbaa !2
  %mul71.i.i = fmul float %357, %358
  %add72.i.i = fadd float %add68.i.i, %mul71.i.i
  %arrayidx73.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 8
  %359 = load float, ptr %arrayidx73.i.i, align 4, !tbaa !2
  %arrayidx74.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 8
  %360 = load float, ptr %arrayidx74.i.i, align 4, !tbaa !2
  %mul75.i.i = fmul float %359, %360
  %add76.i.i = fadd float %add72.i.i, %mul75.i.i
  %arrayidx77.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 12
  %361 = load float, ptr %arrayidx77.i.i, align 4, !tbaa !2
  %arrayidx78.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 12
  %362 = load float, ptr %arrayidx78.i.i, align 4, !tbaa !2
  %mul79.i.i234 = fmul float %361, %362
  %add80.i.i = fadd float %add76.i.i, %mul79.i.i234
  %arrayidx81.i.i235 = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 16
  %363 = load float, ptr %arrayidx81.i.i235, align 4, !tbaa !2
  %arrayidx82.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 16
  %364 = load float, ptr %arrayidx82.i.i, align 4, !tbaa !2
  %mul83.i.i = fmul float %363, %364
  %add84.i.i = fadd float %add80.i.i, %mul83.i.i
  %arrayidx85.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 20
  %365 = load float, ptr %arrayidx85.i.i, align 4, !tbaa !2
  %arrayidx86.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 20
  %366 = load float, ptr %arrayidx86.i.i, align 4, !tbaa !2
  %mul87.i.i = fmul float %365, %366
  %add88.i.i = fadd float %add84.i.i, %mul87.i.i
  %arrayidx89.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 24
  %367 = load float, ptr %arrayidx89.i.i, align 4, !tbaa !2
  %arrayidx90.i.i236 = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 24
  %368 = load float, ptr %arrayidx90.i.i236, align 4, !tbaa !2
  %mul91.i.i = fmul float %367, %368
  %add92.i.i = fadd float %add88.i.i, %mul91.i.i
  %arrayidx93.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 28
  %369 = load float, ptr %arrayidx93.i.i, align 4, !tbaa !2
  %arrayidx94.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 28
  %370 = load float, ptr %arrayidx94.i.i, align 4, !tbaa !2
  %mul95.i.i = fmul float %369, %370
  %add96.i.i = fadd float %add92.i.i, %mul95.i.i
  %add.ptr97.i.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa.i, i32 32
  %add.ptr98.i.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa.i, i32 32
  br label %if.end.i.i

if.end.i.i:                                       ; preds = %if.then.i.i, %for.cond.cleanup.i.i
  %b.addr.1.i.i = phi ptr [ %add.ptr98.i.i, %if.then.i.i ], [ %b.addr.0.i.lcssa.i, %for.cond.cleanup.i.i ]
  %a.addr.1.i.i = phi ptr [ %add.ptr97.i.i, %if.then.i.i ], [ %a.addr.0.i.lcssa.i, %for.cond.cleanup.i.i ]
  %s.addr.1.i.i = phi float [ %add96.i.i, %if.then.i.i ], [ %s.addr.0.i.lcssa.i, %for.cond.cleanup.i.i ]
  %left.0.i.i = phi i32 [ %sub99.i.i, %if.then.i.i ], [ %sub.i.i222, %for.cond.cleanup.i.i ]
  %cmp100.i.i = icmp sgt i32 %left.0.i.i, 3
  br i1 %cmp100.i.i, label %if.then101.i.i, label %if.end121.i.i

if.then101.i.i:                                   ; preds = %if.end.i.i
  %371 = load float, ptr %a.addr.1.i.i, align 4, !tbaa !2
  %372 = load float, ptr %b.addr.1.i.i, align 4, !tbaa !2
  %mul104.i.i = fmul float %371, %372
  %add105.i.i = fadd float %s.addr.1.i.i, %mul104.i.i
  %arrayidx106.i.i = getelementptr inbounds i8, ptr %a.addr.1.i.i, i32 4
  %373 = load float, ptr %arrayidx106.i.i, align 4, !tbaa !2
  %arrayidx107.i.i = getelementptr inbounds i8, ptr %b.addr.1.i.i, i32 4
  %374 = load float, ptr %arrayidx107.i.i, align 4, !tbaa !2
  %mul108.i.i230 = fmul float %373, %374
  %add109.i.i = fadd float %add105.i.i, %mul108.i.i230
  %arrayidx110.i.i231 = getelementptr inbounds i8, ptr %a.addr.1.i.i, i32 8
  %375 = load float, ptr %arrayidx110.i.i231, align 4, !tbaa !2
  %arrayidx111.i.i = getelementptr inbounds i8, ptr %b.addr.1.i.i, i32 8
  %376 = load float, ptr %arrayidx111.i.i, align 4, !tbaa !2
  %mul112.i.i = fmul float %375, %376
  %add113.i.i = fadd float %add109.i.i, %mul112.i.i
  %arrayidx114.i.i = getelementptr inbounds i8, ptr %a.addr.1.i.i, i32 12
  %377 = load float, ptr %arrayidx114.i.i, align 4, !tbaa !2
  %arrayidx115.i.i = getelementptr inbounds i8, ptr %b.addr.1.i.i, i32 12
  %378 = load float, ptr %arrayidx115.i.i, align 4, !tbaa !2
  %mul116.i.i232 = fmul float %377, %378
  %add117.i.i233 = fadd float %add113.i.i, %mul116.i.i232
  %add.ptr118.i.i = getelementptr inbounds i8, ptr %a.addr.1.i.i, i32 16
  %add.ptr119.i.i = getelementptr inbounds i8, ptr %b.addr.1.i.i, i32 16
  %sub120.i.i = add nsw i32 %left.0.i.i, -4
  br label %if.end121.i.i

if.end121.i.i:                                    ; preds = %if.then101.i.i, %if.end.i.i
  %b.addr.2.i.i = phi ptr [ %add.ptr119.i.i, %if.then101.i.i ], [ %b.addr.1.i.i, %if.end.i.i ]
  %a.addr.2.i.i = phi ptr [ %add.ptr118.i.i, %if.then101.i.i ], [ %a.addr.1.i.i, %if.end.i.i ]
  %s.addr.2.i.i = phi float [ %add117.i.i233, %if.then101.i.i ], [ %s.addr.1.i.i, %if.end.i.i ]
  %left.1.i.i = phi i32 [ %sub120.i.i, %if.then101.i.i ], [ %left.0.i.i, %if.end.i.i ]
  %cmp123.i12.i = icmp sgt i32 %left.1.i.i, 0
  br i1 %cmp123.i12.i, label %for.body124.i.i, label %dot_from.exit.i

for.body124.i.i:                                  ; preds = %if.end121.i.i, %for.body124.i.i
  %left.2.i16.i = phi i32 [ %dec.i.i229, %for.body124.i.i ], [ %left.1.i.i, %if.end121.i.i ]
  %s.addr.3.i15.i = phi float [ %add128.i.i, %for.body124.i.i ], [ %s.addr.2.i.i, %if.end121.i.i ]
  %a.addr.3.i14.i = phi ptr [ %incdec.ptr.i.i228, %for.body124.i.i ], [ %a.addr.2.i.i, %if.end121.i.i ]
  %b.addr.3.i13.i = phi ptr [ %incdec.ptr129.i.i, %for.body124.i.i ], [ %b.addr.2.i.i, %if.end121.i.i ]
  %379 = load float, ptr %a.addr.3.i14.i, align 4, !tbaa !2
  %380 = load float, ptr %b.addr.3.i13.i, align 4, !tbaa !2
  %mul127.i.i = fmul float %379, %380
  %add128.i.i = fadd float %s.addr.3.i15.i, %mul127.i.i
  %incdec.ptr.i.i228 = getelementptr inbounds i8, ptr %a.addr.3.i14.i, i32 4
  %incdec.ptr129.i.i = getelementptr inbounds i8, ptr %b.addr.3.i13.i, i32 4
  %dec.i.i229 = add nsw i32 %left.2.i16.i, -1
  %cmp123.i.i = icmp ugt i32 %left.2.i16.i, 1
  br i1 %cmp123.i.i, label %for.body124.i.i, label %dot_from.exit.i, !llvm.loop !40

dot_from.exit.i:                                  ; preds = %for.body124.i.i, %if.end121.i.i
  %s.addr.3.i.lcssa.i = phi float [ %s.addr.2.i.i, %if.end121.i.i ], [ %add128.i.i, %for.body124.i.i ]
  %arrayidx.i225 = getelementptr inbounds float, ptr %out, i32 %i.020.i
  store float %s.addr.3.i.lcssa.i, ptr %arrayidx.i225, align 4, !tbaa !2
  %add.ptr.i226 = getelementptr inbounds float, ptr %w.addr.019.i, i32 %321
  %inc.i227 = add nuw nsw i32 %i.020.i, 1
  %exitcond21.not.i = icmp eq i32 %inc.i227, %d
  br i1 %exitcond21.not.i, label %if.end8, label %for.body.i224, !llvm.loop !70

if.end8:                                          ; preds = %q8_group.exit.i, %for.end139.i, %q8_group.exit.i59, %dot_from.exit.i, %if.else7, %if.else5, %if.then4, %if.then1
  ret void
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #3

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #3

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #8

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #8

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { noinline nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #6 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #7 = { nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #8 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #9 = { nobuiltin nounwind "no-builtins" }
attributes #10 = { nobuiltin "no-builtins" }

!llvm.module.flags = !{!0}
!llvm.ident = !{!1}

!0 = !{i32 1, !"wchar_size", i32 4}
!1 = !{!"Debian clang version 19.1.7 (3~deb12u1)"}
!2 = !{!3, !3, i64 0}
!3 = !{!"float", !4, i64 0}
!4 = !{!"omnipotent char", !5, i64 0}
!5 = !{!"Simple C/C++ TBAA"}
!6 = !{!7, !7, i64 0}
!7 = !{!"any pointer", !4, i64 0}
!8 = !{!9, !9, i64 0}
!9 = !{!"int", !4, i64 0}
!10 = !{!11, !9, i64 0}
!11 = !{!"", !9, i64 0, !9, i64 4, !9, i64 8, !9, i64 12, !9, i64 16, !9, i64 20, !9, i64 24, !9, i64 28}
!12 = !{!11, !9, i64 4}
!13 = !{!11, !9, i64 8}
!14 = !{!11, !9, i64 12}
!15 = !{!11, !9, i64 16}
!16 = !{!11, !9, i64 20}
!17 = !{!11, !9, i64 28}
!18 = !{!11, !9, i64 24}
!19 = distinct !{!19, !20, !21}
!20 = !{!"llvm.loop.mustprogress"}
!21 = !{!"llvm.loop.unroll.disable"}
!22 = distinct !{!22, !20, !21}
!23 = distinct !{!23, !20, !21}
!24 = distinct !{!24, !20, !21}
!25 = distinct !{!25, !20, !21}
!26 = distinct !{!26, !20, !21}
!27 = distinct !{!27, !20, !21}
!28 = distinct !{!28, !20, !21}
!29 = distinct !{!29, !20, !21}
!30 = distinct !{!30, !20, !21}
!31 = distinct !{!31, !20, !21}
!32 = distinct !{!32, !20, !21}
!33 = distinct !{!33, !20, !21}
!34 = distinct !{!34, !20, !21}
!35 = distinct !{!35, !20, !21}
!36 = distinct !{!36, !20, !21}
!37 = distinct !{!37, !20, !21}
!38 = distinct !{!38, !20, !21}
!39 = distinct !{!39, !20, !21}
!40 = distinct !{!40, !20, !21}
!41 = distinct !{!41, !20, !21}
!42 = distinct !{!42, !20, !21}
!43 = distinct !{!43, !20, !21}
!44 = distinct !{!44, !20, !21}
!45 = distinct !{!45, !20, !21}
!46 = distinct !{!46, !20, !21}
!47 = distinct !{!47, !20, !21}
!48 = distinct !{!48, !20, !21}
!49 = distinct !{!49, !20, !21}
!50 = distinct !{!50, !20, !21}
!51 = distinct !{!51, !20, !21}
!52 = distinct !{!52, !20, !21}
!53 = distinct !{!53, !20, !21}
!54 = distinct !{!54, !20, !21}
!55 = distinct !{!55, !20, !21}
!56 = distinct !{!56, !20, !21}
!57 = distinct !{!57, !20, !21}
!58 = distinct !{!58, !20, !21}
!59 = distinct !{!59, !20, !21}
!60 = distinct !{!60, !20, !21}
!61 = distinct !{!61, !20, !21}
!62 = distinct !{!62, !20, !21}
!63 = distinct !{!63, !20, !21}
!64 = distinct !{!64, !20, !21}
!65 = distinct !{!65, !20, !21}
!66 = distinct !{!66, !20, !21}
!67 = distinct !{!67, !20, !21}
!68 = distinct !{!68, !20, !21}
!69 = distinct !{!69, !20, !21}
!70 = distinct !{!70, !20, !21}
