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
@g_token = internal unnamed_addr global i32 0, align 4
@g_pos = internal unnamed_addr global i32 0, align 4
@g_emitted = internal unnamed_addr global i32 0, align 4
@g_steps = internal unnamed_addr global i32 0, align 4
@g_n_prompt = internal unnamed_addr global i32 0, align 4
@g_temperature = internal unnamed_addr global float 0.000000e+00, align 4
@g_topk = internal unnamed_addr global i32 0, align 4
@g_topp = internal unnamed_addr global float 0.000000e+00, align 4
@g_t0 = internal unnamed_addr global float 0.000000e+00, align 4
@.str = private unnamed_addr constant [11 x i8] c"sb3_nowarp\00", section "llvm.metadata"
@.str.1 = private unnamed_addr constant [17 x i8] c"llama2_scratch.c\00", section "llvm.metadata"
@llvm.global.annotations = appending global [2 x { ptr, ptr, ptr, i32, ptr }] [{ ptr, ptr, ptr, i32, ptr } { ptr @main, ptr @.str, ptr @.str.1, i32 1221, ptr null }, { ptr, ptr, ptr, i32, ptr } { ptr @generate, ptr @.str, ptr @.str.1, i32 1202, ptr null }], section "llvm.metadata"

@__main_void = hidden alias i32 (), ptr @main

; Function Attrs: nounwind
define hidden range(i32 0, 2) i32 @main() #0 {
entry:
  tail call void @sb3_status(i32 noundef 1) #10
  %call = tail call fastcc i32 @load_header() #11
  %tobool.not = icmp eq i32 %call, 0
  br i1 %tobool.not, label %return, label %if.end

if.end:                                           ; preds = %entry
  %call1 = tail call float @sb3_setting(i32 noundef 0) #10
  %conv = fptosi float %call1 to i32
  %call2 = tail call float @sb3_setting(i32 noundef 1) #10
  %call3 = tail call float @sb3_setting(i32 noundef 2) #10
  %conv4 = fptosi float %call3 to i32
  %call5 = tail call float @sb3_setting(i32 noundef 3) #10
  %call6 = tail call float @sb3_setting(i32 noundef 4) #10
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
  %call.i = tail call float @sb3_timer() #10
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
  %call12 = tail call fastcc i32 @encode() #11
  %call13 = tail call i32 @generate(i32 noundef %call12, i32 noundef %steps.0, float noundef %call2, i32 noundef %conv4, float noundef %call5) #11
  br label %return

return:                                           ; preds = %entry, %seed_rng.exit
  %.sink = phi i32 [ 2, %seed_rng.exit ], [ 3, %entry ]
  %retval.0 = phi i32 [ 0, %seed_rng.exit ], [ 1, %entry ]
  tail call void @sb3_status(i32 noundef %.sink) #10
  ret i32 %retval.0
}

declare void @sb3_status(i32 noundef) local_unnamed_addr #1

; Function Attrs: noinline nounwind
define internal fastcc range(i32 0, 2) i32 @load_header() unnamed_addr #2 {
entry:
  %call = tail call ptr @sb3_image() #10
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
  %call.i = tail call i32 @sb3_prompt_length() #10
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
  %call1.i = tail call i32 @sb3_prompt_char(i32 noundef %i.0194.i) #10
  %2 = and i32 %call1.i, -1024
  %or.cond.i = icmp eq i32 %2, 55296
  br i1 %or.cond.i, label %land.lhs.true4.i, label %if.end15.i

land.lhs.true4.i:                                 ; preds = %for.body.i
  %add.i = add nsw i32 %i.0194.i, 1
  %cmp5.i = icmp slt i32 %add.i, %call.i
  br i1 %cmp5.i, label %if.then.i, label %if.end15.i

if.then.i:                                        ; preds = %land.lhs.true4.i
  %call7.i = tail call i32 @sb3_prompt_char(i32 noundef %add.i) #10
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
  %call2 = tail call fastcc i32 @lookup(ptr noundef nonnull %add.ptr, i32 noundef 1, ptr noundef nonnull %add.ptr, i32 noundef 0) #11
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
  %call38 = tail call fastcc i32 @lookup(ptr noundef %add.ptr37, i32 noundef %add, ptr noundef nonnull %19, i32 noundef 0) #11
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
  %call.i204 = tail call fastcc i32 @lookup(ptr noundef %add.ptr.i, i32 noundef %conv9.i, ptr noundef %add.ptr7.i, i32 noundef %conv11.i) #11
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
  %call.i221 = tail call fastcc i32 @lookup(ptr noundef %add.ptr.i213, i32 noundef %conv9.i218, ptr noundef %add.ptr7.i216, i32 noundef %conv11.i220) #11
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
  %call.i244 = tail call fastcc i32 @lookup(ptr noundef %add.ptr.i236, i32 noundef %conv9.i241, ptr noundef %add.ptr7.i239, i32 noundef %conv11.i243) #11
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
define internal range(i32 -2147483647, -2147483648) i32 @generate(i32 noundef %n_prompt, i32 noundef %steps, float noundef %temperature, i32 noundef %topk, float noundef %topp) #2 {
entry:
  %0 = load ptr, ptr @p_tokens, align 4, !tbaa !6
  %1 = load float, ptr %0, align 4, !tbaa !2
  %conv = fptosi float %1 to i32
  store i32 %conv, ptr @g_token, align 4, !tbaa !8
  store i32 0, ptr @g_pos, align 4, !tbaa !8
  store i32 0, ptr @g_emitted, align 4, !tbaa !8
  store i32 %steps, ptr @g_steps, align 4, !tbaa !8
  store i32 %n_prompt, ptr @g_n_prompt, align 4, !tbaa !8
  store float %temperature, ptr @g_temperature, align 4, !tbaa !2
  store i32 %topk, ptr @g_topk, align 4, !tbaa !8
  store float %topp, ptr @g_topp, align 4, !tbaa !2
  %call = tail call float @sb3_timer() #10
  store float %call, ptr @g_t0, align 4, !tbaa !2
  br label %while.cond

while.cond:                                       ; preds = %while.cond, %entry
  %call1 = tail call fastcc i32 @generate_frame() #11
  %tobool.not = icmp eq i32 %call1, 0
  br i1 %tobool.not, label %while.end, label %while.cond, !llvm.loop !27

while.end:                                        ; preds = %while.cond
  %2 = load i32, ptr @g_emitted, align 4, !tbaa !8
  ret i32 %2
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
  br i1 %exitcond61.not.i, label %cleanup22.i, label %for.body.i, !llvm.loop !28

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
  br i1 %cmp, label %while.body, label %while.end, !llvm.loop !29

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
  br i1 %exitcond61.not.i64, label %cleanup22.i65, label %for.body.i40, !llvm.loop !28

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

; Function Attrs: noinline nounwind
define internal fastcc range(i32 0, 2) i32 @generate_frame() unnamed_addr #2 {
entry:
  %call = tail call float @sb3_timer() #10
  br label %while.cond

while.cond:                                       ; preds = %step.exit, %entry
  %more.0 = phi i32 [ 1, %entry ], [ %retval.0.i, %step.exit ]
  %now.0 = phi float [ %call, %entry ], [ %call2, %step.exit ]
  %tobool.not = icmp eq i32 %more.0, 0
  br i1 %tobool.not, label %while.end, label %while.body

while.body:                                       ; preds = %while.cond
  %0 = load i32, ptr @g_token, align 4, !tbaa !8
  %1 = load i32, ptr @g_pos, align 4, !tbaa !8
  tail call fastcc void @forward(i32 noundef %0, i32 noundef %1) #11
  %2 = load i32, ptr @g_n_prompt, align 4, !tbaa !8
  %sub.i = add nsw i32 %2, -1
  %cmp.i = icmp slt i32 %1, %sub.i
  br i1 %cmp.i, label %if.then.i, label %if.else.i

if.then.i:                                        ; preds = %while.body
  %3 = load ptr, ptr @p_tokens, align 4, !tbaa !6
  %4 = getelementptr float, ptr %3, i32 %1
  %arrayidx.i = getelementptr i8, ptr %4, i32 4
  %5 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %conv.i = fptosi float %5 to i32
  br label %if.end.i

if.else.i:                                        ; preds = %while.body
  %6 = load ptr, ptr @b_logits, align 4, !tbaa !6
  %7 = load float, ptr @g_temperature, align 4, !tbaa !2
  %8 = load i32, ptr @g_topk, align 4, !tbaa !8
  %9 = load float, ptr @g_topp, align 4, !tbaa !2
  %call.i = tail call fastcc i32 @sample(ptr noundef %6, float noundef %7, i32 noundef %8, float noundef %9) #11
  br label %if.end.i

if.end.i:                                         ; preds = %if.else.i, %if.then.i
  %next.0.i = phi i32 [ %conv.i, %if.then.i ], [ %call.i, %if.else.i ]
  %inc.i = add nsw i32 %1, 1
  store i32 %inc.i, ptr @g_pos, align 4, !tbaa !8
  %10 = load i32, ptr @bos, align 4, !tbaa !8
  %cmp1.i = icmp eq i32 %next.0.i, %10
  br i1 %cmp1.i, label %step.exit, label %if.end4.i

if.end4.i:                                        ; preds = %if.end.i
  %cmp5.i = icmp eq i32 %0, %10
  br i1 %cmp5.i, label %land.lhs.true.i, label %if.end19.i

land.lhs.true.i:                                  ; preds = %if.end4.i
  %11 = load ptr, ptr @t_len, align 4, !tbaa !6
  %arrayidx7.i = getelementptr inbounds float, ptr %11, i32 %next.0.i
  %12 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %conv8.i = fptosi float %12 to i32
  %cmp9.i = icmp sgt i32 %conv8.i, 0
  br i1 %cmp9.i, label %land.lhs.true11.i, label %if.end19.i

land.lhs.true11.i:                                ; preds = %land.lhs.true.i
  %13 = load ptr, ptr @t_bytes, align 4, !tbaa !6
  %14 = load ptr, ptr @t_off, align 4, !tbaa !6
  %arrayidx12.i = getelementptr inbounds float, ptr %14, i32 %next.0.i
  %15 = load float, ptr %arrayidx12.i, align 4, !tbaa !2
  %conv13.i = fptosi float %15 to i32
  %arrayidx14.i = getelementptr inbounds float, ptr %13, i32 %conv13.i
  %16 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %conv15.i = fptosi float %16 to i32
  %cmp16.i = icmp eq i32 %conv15.i, 32
  %spec.select.i = zext i1 %cmp16.i to i32
  br label %if.end19.i

if.end19.i:                                       ; preds = %land.lhs.true11.i, %land.lhs.true.i, %if.end4.i
  %skip.0.i = phi i32 [ 0, %land.lhs.true.i ], [ 0, %if.end4.i ], [ %spec.select.i, %land.lhs.true11.i ]
  tail call void @sb3_emit_token(i32 noundef %next.0.i, i32 noundef %skip.0.i) #10
  %17 = load i32, ptr @g_emitted, align 4, !tbaa !8
  %inc20.i = add nsw i32 %17, 1
  store i32 %inc20.i, ptr @g_emitted, align 4, !tbaa !8
  store i32 %next.0.i, ptr @g_token, align 4, !tbaa !8
  %18 = load i32, ptr @g_pos, align 4, !tbaa !8
  %19 = load i32, ptr @g_steps, align 4, !tbaa !8
  %cmp21.i = icmp slt i32 %18, %19
  %conv22.i = zext i1 %cmp21.i to i32
  br label %step.exit

step.exit:                                        ; preds = %if.end.i, %if.end19.i
  %retval.0.i = phi i32 [ %conv22.i, %if.end19.i ], [ 0, %if.end.i ]
  %call2 = tail call float @sb3_timer() #10
  %sub = fsub float %call2, %call
  %sub3 = fsub float %call2, %now.0
  %add = fadd float %sub, %sub3
  %cmp = fcmp ogt float %add, 3.125000e-02
  br i1 %cmp, label %while.end, label %while.cond

while.end:                                        ; preds = %step.exit, %while.cond
  %more.1 = phi i32 [ %retval.0.i, %step.exit ], [ 0, %while.cond ]
  %now.1 = phi float [ %call2, %step.exit ], [ %now.0, %while.cond ]
  %20 = load i32, ptr @g_emitted, align 4, !tbaa !8
  %21 = load float, ptr @g_t0, align 4, !tbaa !2
  %sub4 = fsub float %now.1, %21
  tail call void @sb3_report(i32 noundef %20, float noundef %sub4) #10
  ret i32 %more.1
}

declare void @sb3_report(i32 noundef, float noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @forward(i32 noundef %token, i32 noundef %pos) unnamed_addr #5 {
entry:
  %0 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 4), align 4, !tbaa !12
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @shF, i32 4), align 4, !tbaa !12
  %2 = load ptr, ptr @b_x, align 4, !tbaa !6
  tail call fastcc void @embed(ptr noundef %2, i32 noundef %token) #11
  %3 = load ptr, ptr @rope_cos, align 4, !tbaa !6
  %4 = load i32, ptr @head_size, align 4, !tbaa !8
  %div = sdiv i32 %4, 2
  %mul = mul nsw i32 %div, %pos
  %add.ptr = getelementptr inbounds float, ptr %3, i32 %mul
  %5 = load ptr, ptr @rope_sin, align 4, !tbaa !6
  %add.ptr3 = getelementptr inbounds float, ptr %5, i32 %mul
  %6 = load i32, ptr @n_layers, align 4, !tbaa !8
  %cmp118 = icmp sgt i32 %6, 0
  %.pre124 = load i32, ptr @dim, align 4, !tbaa !8
  br i1 %cmp118, label %for.body.preheader, label %for.cond.cleanup

for.body.preheader:                               ; preds = %entry
  %.pre = load ptr, ptr @b_xb, align 4, !tbaa !6
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup61, %entry
  %7 = phi i32 [ %.pre124, %entry ], [ %30, %for.cond.cleanup61 ]
  %8 = phi ptr [ %2, %entry ], [ %.pre123, %for.cond.cleanup61 ]
  %9 = load ptr, ptr @w_rms_final, align 4, !tbaa !6
  tail call fastcc void @rmsnorm(ptr noundef %8, ptr noundef %8, ptr noundef %9, i32 noundef %7) #11
  tail call fastcc void @prepare(ptr noundef %8, ptr noundef nonnull @shD) #11
  %10 = load ptr, ptr @b_logits, align 4, !tbaa !6
  %11 = load ptr, ptr @w_cls, align 4, !tbaa !6
  %12 = load i32, ptr @vocab, align 4, !tbaa !8
  tail call fastcc void @matvec(ptr noundef %10, ptr noundef %8, ptr noundef %11, ptr noundef nonnull @shD, i32 noundef %12) #11
  ret void

for.body:                                         ; preds = %for.body.preheader, %for.cond.cleanup61
  %13 = phi i32 [ %30, %for.cond.cleanup61 ], [ %.pre124, %for.body.preheader ]
  %14 = phi ptr [ %.pre123, %for.cond.cleanup61 ], [ %2, %for.body.preheader ]
  %15 = phi ptr [ %27, %for.cond.cleanup61 ], [ %.pre, %for.body.preheader ]
  %l.0119 = phi i32 [ %inc71, %for.cond.cleanup61 ], [ 0, %for.body.preheader ]
  %16 = load ptr, ptr @b_kc, align 4, !tbaa !6
  %17 = load i32, ptr @seq, align 4, !tbaa !8
  %mul4 = mul nsw i32 %17, %l.0119
  %add = add nsw i32 %mul4, %pos
  %18 = load i32, ptr @kv_dim, align 4, !tbaa !8
  %mul5 = mul nsw i32 %add, %18
  %add.ptr6 = getelementptr inbounds float, ptr %16, i32 %mul5
  %19 = load ptr, ptr @b_vc, align 4, !tbaa !6
  %add.ptr10 = getelementptr inbounds float, ptr %19, i32 %mul5
  %20 = load ptr, ptr @w_rms_att, align 4, !tbaa !6
  %mul11 = mul nsw i32 %13, %l.0119
  %add.ptr12 = getelementptr inbounds float, ptr %20, i32 %mul11
  tail call fastcc void @rmsnorm(ptr noundef %15, ptr noundef %14, ptr noundef %add.ptr12, i32 noundef %13) #11
  tail call fastcc void @prepare(ptr noundef %15, ptr noundef nonnull @shD) #11
  %21 = load ptr, ptr @b_q, align 4, !tbaa !6
  %22 = load ptr, ptr @w_q, align 4, !tbaa !6
  %mul14 = mul nsw i32 %mul11, %0
  %add.ptr15 = getelementptr inbounds float, ptr %22, i32 %mul14
  tail call fastcc void @matvec(ptr noundef %21, ptr noundef %15, ptr noundef %add.ptr15, ptr noundef nonnull @shD, i32 noundef %13) #11
  %23 = load ptr, ptr @w_k, align 4, !tbaa !6
  %mul16 = mul i32 %l.0119, %0
  %mul17 = mul i32 %mul16, %18
  %add.ptr18 = getelementptr inbounds float, ptr %23, i32 %mul17
  tail call fastcc void @matvec(ptr noundef %add.ptr6, ptr noundef %15, ptr noundef %add.ptr18, ptr noundef nonnull @shD, i32 noundef %18) #11
  %24 = load ptr, ptr @w_v, align 4, !tbaa !6
  %add.ptr21 = getelementptr inbounds float, ptr %24, i32 %mul17
  tail call fastcc void @matvec(ptr noundef %add.ptr10, ptr noundef %15, ptr noundef %add.ptr21, ptr noundef nonnull @shD, i32 noundef %18) #11
  %25 = load i32, ptr @n_heads, align 4, !tbaa !8
  tail call fastcc void @rope(ptr noundef %21, i32 noundef %25, ptr noundef %add.ptr, ptr noundef %add.ptr3) #11
  %26 = load i32, ptr @n_kv, align 4, !tbaa !8
  tail call fastcc void @rope(ptr noundef %add.ptr6, i32 noundef %26, ptr noundef %add.ptr, ptr noundef %add.ptr3) #11
  tail call fastcc void @attention(i32 noundef %l.0119, i32 noundef %pos) #11
  %27 = load ptr, ptr @b_xb, align 4, !tbaa !6
  tail call fastcc void @prepare(ptr noundef %27, ptr noundef nonnull @shD) #11
  %28 = load ptr, ptr @b_xb2, align 4, !tbaa !6
  %29 = load ptr, ptr @w_o, align 4, !tbaa !6
  %30 = load i32, ptr @dim, align 4, !tbaa !8
  %mul22 = mul nsw i32 %30, %l.0119
  %mul23 = mul nsw i32 %mul22, %0
  %add.ptr24 = getelementptr inbounds float, ptr %29, i32 %mul23
  tail call fastcc void @matvec(ptr noundef %28, ptr noundef %27, ptr noundef %add.ptr24, ptr noundef nonnull @shD, i32 noundef %30) #11
  %cmp26112 = icmp sgt i32 %30, 0
  %.pre123 = load ptr, ptr @b_x, align 4, !tbaa !6
  br i1 %cmp26112, label %for.body28, label %for.cond.cleanup27

for.cond.cleanup27:                               ; preds = %for.body28, %for.body
  %31 = load ptr, ptr @w_rms_ffn, align 4, !tbaa !6
  %add.ptr33 = getelementptr inbounds float, ptr %31, i32 %mul22
  tail call fastcc void @rmsnorm(ptr noundef %27, ptr noundef %.pre123, ptr noundef %add.ptr33, i32 noundef %30) #11
  tail call fastcc void @prepare(ptr noundef %27, ptr noundef nonnull @shD) #11
  %32 = load ptr, ptr @b_hb, align 4, !tbaa !6
  %33 = load ptr, ptr @w_1, align 4, !tbaa !6
  %34 = load i32, ptr @hidden, align 4, !tbaa !8
  %mul35 = mul i32 %mul16, %34
  %add.ptr36 = getelementptr inbounds float, ptr %33, i32 %mul35
  tail call fastcc void @matvec(ptr noundef %32, ptr noundef %27, ptr noundef %add.ptr36, ptr noundef nonnull @shD, i32 noundef %34) #11
  %35 = load ptr, ptr @b_hb2, align 4, !tbaa !6
  %36 = load ptr, ptr @w_3, align 4, !tbaa !6
  %add.ptr39 = getelementptr inbounds float, ptr %36, i32 %mul35
  tail call fastcc void @matvec(ptr noundef %35, ptr noundef %27, ptr noundef %add.ptr39, ptr noundef nonnull @shD, i32 noundef %34) #11
  %cmp42114 = icmp sgt i32 %34, 0
  br i1 %cmp42114, label %for.body44, label %for.cond.cleanup43

for.body28:                                       ; preds = %for.body, %for.body28
  %i.0113 = phi i32 [ %inc, %for.body28 ], [ 0, %for.body ]
  %arrayidx = getelementptr inbounds float, ptr %.pre123, i32 %i.0113
  %37 = load float, ptr %arrayidx, align 4, !tbaa !2
  %arrayidx29 = getelementptr inbounds float, ptr %28, i32 %i.0113
  %38 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %add30 = fadd float %37, %38
  store float %add30, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.0113, 1
  %exitcond.not = icmp eq i32 %inc, %30
  br i1 %exitcond.not, label %for.cond.cleanup27, label %for.body28, !llvm.loop !30

for.cond.cleanup43:                               ; preds = %for.body44, %for.cond.cleanup27
  tail call fastcc void @prepare(ptr noundef %32, ptr noundef nonnull @shF) #11
  %39 = load ptr, ptr @w_2, align 4, !tbaa !6
  %mul56 = mul nsw i32 %mul22, %1
  %add.ptr57 = getelementptr inbounds float, ptr %39, i32 %mul56
  tail call fastcc void @matvec(ptr noundef %27, ptr noundef %32, ptr noundef %add.ptr57, ptr noundef nonnull @shF, i32 noundef %30) #11
  br i1 %cmp26112, label %for.body62, label %for.cond.cleanup61

for.body44:                                       ; preds = %for.cond.cleanup27, %for.body44
  %i40.0115 = phi i32 [ %inc53, %for.body44 ], [ 0, %for.cond.cleanup27 ]
  %arrayidx45 = getelementptr inbounds float, ptr %32, i32 %i40.0115
  %40 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %fneg = fneg float %40
  %41 = tail call float @llvm.exp.f32(float %fneg)
  %add46 = fadd float %41, 1.000000e+00
  %div47 = fdiv float 1.000000e+00, %add46
  %mul48 = fmul float %40, %div47
  %arrayidx49 = getelementptr inbounds float, ptr %35, i32 %i40.0115
  %42 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %mul50 = fmul float %42, %mul48
  store float %mul50, ptr %arrayidx45, align 4, !tbaa !2
  %inc53 = add nuw nsw i32 %i40.0115, 1
  %exitcond120.not = icmp eq i32 %inc53, %34
  br i1 %exitcond120.not, label %for.cond.cleanup43, label %for.body44, !llvm.loop !31

for.cond.cleanup61:                               ; preds = %for.body62, %for.cond.cleanup43
  %inc71 = add nuw nsw i32 %l.0119, 1
  %43 = load i32, ptr @n_layers, align 4, !tbaa !8
  %cmp = icmp slt i32 %inc71, %43
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !32

for.body62:                                       ; preds = %for.cond.cleanup43, %for.body62
  %i58.0117 = phi i32 [ %inc68, %for.body62 ], [ 0, %for.cond.cleanup43 ]
  %arrayidx63 = getelementptr inbounds float, ptr %.pre123, i32 %i58.0117
  %44 = load float, ptr %arrayidx63, align 4, !tbaa !2
  %arrayidx64 = getelementptr inbounds float, ptr %27, i32 %i58.0117
  %45 = load float, ptr %arrayidx64, align 4, !tbaa !2
  %add65 = fadd float %44, %45
  store float %add65, ptr %arrayidx63, align 4, !tbaa !2
  %inc68 = add nuw nsw i32 %i58.0117, 1
  %exitcond121.not = icmp eq i32 %inc68, %30
  br i1 %exitcond121.not, label %for.cond.cleanup61, label %for.body62, !llvm.loop !33
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc i32 @sample(ptr nocapture noundef %logits, float noundef %temperature, i32 noundef %topk, float noundef %topp) unnamed_addr #5 {
entry:
  %cmp = fcmp ugt float %temperature, 0.000000e+00
  %0 = load i32, ptr @vocab, align 4
  br i1 %cmp, label %for.cond.preheader, label %if.then

for.cond.preheader:                               ; preds = %entry
  %cmp1262 = icmp sgt i32 %0, 0
  br i1 %cmp1262, label %for.body, label %for.cond.cleanup

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
  br i1 %exitcond.not.i, label %return, label %for.body.i, !llvm.loop !34

for.cond.cleanup:                                 ; preds = %for.body, %for.cond.preheader
  tail call fastcc void @softmax(ptr noundef %logits, i32 noundef %0) #11
  %3 = load float, ptr @rng, align 4, !tbaa !2
  %4 = load float, ptr @pm_mult, align 4, !tbaa !2
  %mul.i = fmul float %3, %4
  %5 = load float, ptr @pm_mod, align 4, !tbaa !2
  %div.i = fdiv float %mul.i, %5
  %6 = tail call float @llvm.floor.f32(float %div.i)
  %mul1.i = fmul float %5, %6
  %sub.i = fsub float %mul.i, %mul1.i
  store float %sub.i, ptr @rng, align 4, !tbaa !2
  %sub2.i = fadd float %sub.i, -1.000000e+00
  %sub3.i = fadd float %5, -1.000000e+00
  %div4.i = fdiv float %sub2.i, %sub3.i
  %cmp4 = icmp sgt i32 %topk, 0
  %cmp5 = icmp sgt i32 %0, %topk
  %7 = and i1 %cmp4, %cmp5
  %cmp6 = fcmp ogt float %topp, 0.000000e+00
  %cmp8 = fcmp olt float %topp, 1.000000e+00
  %8 = and i1 %cmp6, %cmp8
  %or.cond = or i1 %8, %7
  br i1 %or.cond, label %if.end26, label %for.cond14.preheader

for.cond14.preheader:                             ; preds = %for.cond.cleanup
  br i1 %cmp1262, label %for.body17, label %for.end24

for.body:                                         ; preds = %for.cond.preheader, %for.body
  %i.0263 = phi i32 [ %inc, %for.body ], [ 0, %for.cond.preheader ]
  %arrayidx = getelementptr inbounds float, ptr %logits, i32 %i.0263
  %9 = load float, ptr %arrayidx, align 4, !tbaa !2
  %div = fdiv float %9, %temperature
  store float %div, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nuw nsw i32 %i.0263, 1
  %exitcond.not = icmp eq i32 %inc, %0
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !35

for.body17:                                       ; preds = %for.cond14.preheader, %for.inc22
  %cdf.0266 = phi float [ %add, %for.inc22 ], [ 0.000000e+00, %for.cond14.preheader ]
  %i13.0265 = phi i32 [ %inc23, %for.inc22 ], [ 0, %for.cond14.preheader ]
  %arrayidx18 = getelementptr inbounds float, ptr %logits, i32 %i13.0265
  %10 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %add = fadd float %cdf.0266, %10
  %cmp19 = fcmp olt float %div4.i, %add
  br i1 %cmp19, label %return, label %for.inc22

for.inc22:                                        ; preds = %for.body17
  %inc23 = add nuw nsw i32 %i13.0265, 1
  %exitcond282.not = icmp eq i32 %inc23, %0
  br i1 %exitcond282.not, label %for.end24, label %for.body17, !llvm.loop !36

for.end24:                                        ; preds = %for.inc22, %for.cond14.preheader
  %sub = add nsw i32 %0, -1
  br label %return

if.end26:                                         ; preds = %for.cond.cleanup
  %cmp29 = icmp sgt i32 %0, 1
  %or.cond154 = and i1 %8, %cmp29
  br i1 %or.cond154, label %if.then30, label %for.cond57.preheader

if.then30:                                        ; preds = %if.end26
  %sub31 = fsub float 1.000000e+00, %topp
  %sub32 = add nsw i32 %0, -1
  %conv = uitofp nneg i32 %sub32 to float
  %div33 = fdiv float %sub31, %conv
  %11 = load ptr, ptr @b_heap, align 4
  br label %for.body39

for.body39:                                       ; preds = %if.then30, %for.inc48
  %i34.0268 = phi i32 [ 0, %if.then30 ], [ %inc49, %for.inc48 ]
  %n.0267 = phi i32 [ 0, %if.then30 ], [ %n.1, %for.inc48 ]
  %arrayidx40 = getelementptr inbounds float, ptr %logits, i32 %i34.0268
  %12 = load float, ptr %arrayidx40, align 4, !tbaa !2
  %cmp41 = fcmp ult float %12, %div33
  br i1 %cmp41, label %for.inc48, label %if.then43

if.then43:                                        ; preds = %for.body39
  %conv44 = uitofp nneg i32 %i34.0268 to float
  %arrayidx45 = getelementptr inbounds float, ptr %11, i32 %n.0267
  store float %conv44, ptr %arrayidx45, align 4, !tbaa !2
  %inc46 = add nsw i32 %n.0267, 1
  br label %for.inc48

for.inc48:                                        ; preds = %for.body39, %if.then43
  %n.1 = phi i32 [ %inc46, %if.then43 ], [ %n.0267, %for.body39 ]
  %inc49 = add nuw nsw i32 %i34.0268, 1
  %exitcond283.not = icmp eq i32 %inc49, %0
  br i1 %exitcond283.not, label %if.end52, label %for.body39, !llvm.loop !37

if.end52:                                         ; preds = %for.inc48
  %cmp53 = icmp eq i32 %n.1, 0
  br i1 %cmp53, label %for.cond57.preheader, label %if.end52.if.end68_crit_edge

if.end52.if.end68_crit_edge:                      ; preds = %if.end52
  %.pre.pre = load ptr, ptr @b_heap, align 4
  br label %if.end68

for.cond57.preheader:                             ; preds = %if.end26, %if.end52
  %.pre.pre287 = load ptr, ptr @b_heap, align 4
  br i1 %cmp1262, label %for.body61, label %for.cond.cleanup75

for.body61:                                       ; preds = %for.cond57.preheader, %for.body61
  %i56.0270 = phi i32 [ %inc65, %for.body61 ], [ 0, %for.cond57.preheader ]
  %conv62 = uitofp nneg i32 %i56.0270 to float
  %arrayidx63 = getelementptr inbounds float, ptr %.pre.pre287, i32 %i56.0270
  store float %conv62, ptr %arrayidx63, align 4, !tbaa !2
  %inc65 = add nuw nsw i32 %i56.0270, 1
  %exitcond284.not = icmp eq i32 %inc65, %0
  br i1 %exitcond284.not, label %if.end68, label %for.body61, !llvm.loop !38

if.end68:                                         ; preds = %for.body61, %if.end52.if.end68_crit_edge
  %.pre = phi ptr [ %.pre.pre, %if.end52.if.end68_crit_edge ], [ %.pre.pre287, %for.body61 ]
  %n.3 = phi i32 [ %n.1, %if.end52.if.end68_crit_edge ], [ %0, %for.body61 ]
  %cmp73271 = icmp sgt i32 %n.3, 1
  br i1 %cmp73271, label %for.body76.lr.ph, label %for.cond.cleanup75

for.body76.lr.ph:                                 ; preds = %if.end68
  %div70289 = lshr i32 %n.3, 1
  br label %for.body76

for.cond.cleanup75:                               ; preds = %sift_down.exit, %for.cond57.preheader, %if.end68
  %n.3296 = phi i32 [ %n.3, %if.end68 ], [ %0, %for.cond57.preheader ], [ %n.3, %sift_down.exit ]
  %.pre295 = phi ptr [ %.pre, %if.end68 ], [ %.pre.pre287, %for.cond57.preheader ], [ %.pre, %sift_down.exit ]
  %13 = tail call i32 @llvm.smin.i32(i32 %n.3296, i32 %topk)
  %cond = select i1 %7, i32 %13, i32 %n.3296
  %smax = tail call i32 @llvm.smax.i32(i32 %cond, i32 0)
  br label %for.cond85

for.body76:                                       ; preds = %for.body76.lr.ph, %sift_down.exit
  %i69.0.in272 = phi i32 [ %div70289, %for.body76.lr.ph ], [ %i69.0, %sift_down.exit ]
  %i69.0 = add nsw i32 %i69.0.in272, -1
  %mul53.i = shl nuw nsw i32 %i69.0, 1
  %add54.i = or disjoint i32 %mul53.i, 1
  %cmp.not55.i = icmp slt i32 %add54.i, %n.3
  br i1 %cmp.not55.i, label %if.end.i, label %sift_down.exit

if.end.i:                                         ; preds = %for.body76, %cleanup.i
  %add58.i = phi i32 [ %add.i, %cleanup.i ], [ %add54.i, %for.body76 ]
  %mul57.i = phi i32 [ %mul.i219, %cleanup.i ], [ %mul53.i, %for.body76 ]
  %i.addr.056.i = phi i32 [ %c.0.i, %cleanup.i ], [ %i69.0, %for.body76 ]
  %add1.i = add nuw nsw i32 %mul57.i, 2
  %cmp2.i218 = icmp slt i32 %add1.i, %n.3
  br i1 %cmp2.i218, label %land.lhs.true.i, label %if.end8.i

land.lhs.true.i:                                  ; preds = %if.end.i
  %arrayidx.i = getelementptr inbounds float, ptr %.pre, i32 %add1.i
  %14 = load float, ptr %arrayidx.i, align 4, !tbaa !2
  %conv.i = fptosi float %14 to i32
  %arrayidx4.i = getelementptr inbounds float, ptr %.pre, i32 %add58.i
  %15 = load float, ptr %arrayidx4.i, align 4, !tbaa !2
  %conv5.i = fptosi float %15 to i32
  %arrayidx.i.i = getelementptr inbounds float, ptr %logits, i32 %conv.i
  %16 = load float, ptr %arrayidx.i.i, align 4, !tbaa !2
  %arrayidx1.i.i = getelementptr inbounds float, ptr %logits, i32 %conv5.i
  %17 = load float, ptr %arrayidx1.i.i, align 4, !tbaa !2
  %cmp.i.i = fcmp ule float %16, %17
  %cmp4.i.i = fcmp une float %16, %17
  %cmp5.i.i = icmp sge i32 %conv.i, %conv5.i
  %.not51.i = or i1 %cmp5.i.i, %cmp4.i.i
  %narrow.i.not.i = and i1 %cmp.i.i, %.not51.i
  %spec.select.i = select i1 %narrow.i.not.i, i32 %add58.i, i32 %add1.i
  br label %if.end8.i

if.end8.i:                                        ; preds = %land.lhs.true.i, %if.end.i
  %c.0.i = phi i32 [ %add58.i, %if.end.i ], [ %spec.select.i, %land.lhs.true.i ]
  %arrayidx9.i = getelementptr inbounds float, ptr %.pre, i32 %c.0.i
  %18 = load float, ptr %arrayidx9.i, align 4, !tbaa !2
  %conv10.i = fptosi float %18 to i32
  %arrayidx11.i = getelementptr inbounds float, ptr %.pre, i32 %i.addr.056.i
  %19 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %conv12.i = fptosi float %19 to i32
  %arrayidx.i41.i = getelementptr inbounds float, ptr %logits, i32 %conv10.i
  %20 = load float, ptr %arrayidx.i41.i, align 4, !tbaa !2
  %arrayidx1.i42.i = getelementptr inbounds float, ptr %logits, i32 %conv12.i
  %21 = load float, ptr %arrayidx1.i42.i, align 4, !tbaa !2
  %cmp.i43.i = fcmp ule float %20, %21
  %cmp4.i44.i = fcmp une float %20, %21
  %cmp5.i45.i = icmp sge i32 %conv10.i, %conv12.i
  %.not52.i = or i1 %cmp5.i45.i, %cmp4.i44.i
  %narrow.i46.not.i = and i1 %cmp.i43.i, %.not52.i
  br i1 %narrow.i46.not.i, label %sift_down.exit, label %cleanup.i

cleanup.i:                                        ; preds = %if.end8.i
  store float %19, ptr %arrayidx9.i, align 4, !tbaa !2
  store float %18, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul.i219 = shl nuw nsw i32 %c.0.i, 1
  %add.i = or disjoint i32 %mul.i219, 1
  %cmp.not.i = icmp slt i32 %add.i, %n.3
  br i1 %cmp.not.i, label %if.end.i, label %sift_down.exit

sift_down.exit:                                   ; preds = %if.end8.i, %cleanup.i, %for.body76
  %cmp73 = icmp sgt i32 %i69.0.in272, 1
  br i1 %cmp73, label %for.body76, label %for.cond.cleanup75, !llvm.loop !39

for.cond85:                                       ; preds = %sift_down.exit257, %for.cond.cleanup75
  %cum.0 = phi float [ 0.000000e+00, %for.cond.cleanup75 ], [ %add98, %sift_down.exit257 ]
  %end.0 = phi i32 [ %n.3296, %for.cond.cleanup75 ], [ %sub90, %sift_down.exit257 ]
  %i84.0 = phi i32 [ 0, %for.cond.cleanup75 ], [ %add99, %sift_down.exit257 ]
  %exitcond285.not = icmp eq i32 %i84.0, %smax
  br i1 %exitcond285.not, label %cleanup110, label %for.body89

for.body89:                                       ; preds = %for.cond85
  %sub90 = add nsw i32 %end.0, -1
  %22 = load float, ptr %.pre295, align 4, !tbaa !2
  %conv92 = fptosi float %22 to i32
  %arrayidx93 = getelementptr inbounds float, ptr %.pre295, i32 %sub90
  %23 = load float, ptr %arrayidx93, align 4, !tbaa !2
  store float %23, ptr %.pre295, align 4, !tbaa !2
  %conv95 = sitofp i32 %conv92 to float
  store float %conv95, ptr %arrayidx93, align 4, !tbaa !2
  %cmp.not55.i220 = icmp sgt i32 %end.0, 2
  br i1 %cmp.not55.i220, label %if.end.i221, label %sift_down.exit257

if.end.i221:                                      ; preds = %for.body89, %cleanup.i240
  %add58.i222 = phi i32 [ %add.i242, %cleanup.i240 ], [ 1, %for.body89 ]
  %mul57.i223 = phi i32 [ %mul.i241, %cleanup.i240 ], [ 0, %for.body89 ]
  %i.addr.056.i224 = phi i32 [ %c.0.i228, %cleanup.i240 ], [ 0, %for.body89 ]
  %add1.i225 = add nuw nsw i32 %mul57.i223, 2
  %cmp2.i226 = icmp slt i32 %add1.i225, %sub90
  br i1 %cmp2.i226, label %land.lhs.true.i244, label %if.end8.i227

land.lhs.true.i244:                               ; preds = %if.end.i221
  %arrayidx.i245 = getelementptr inbounds float, ptr %.pre295, i32 %add1.i225
  %24 = load float, ptr %arrayidx.i245, align 4, !tbaa !2
  %conv.i246 = fptosi float %24 to i32
  %arrayidx4.i247 = getelementptr inbounds float, ptr %.pre295, i32 %add58.i222
  %25 = load float, ptr %arrayidx4.i247, align 4, !tbaa !2
  %conv5.i248 = fptosi float %25 to i32
  %arrayidx.i.i249 = getelementptr inbounds float, ptr %logits, i32 %conv.i246
  %26 = load float, ptr %arrayidx.i.i249, align 4, !tbaa !2
  %arrayidx1.i.i250 = getelementptr inbounds float, ptr %logits, i32 %conv5.i248
  %27 = load float, ptr %arrayidx1.i.i250, align 4, !tbaa !2
  %cmp.i.i251 = fcmp ule float %26, %27
  %cmp4.i.i252 = fcmp une float %26, %27
  %cmp5.i.i253 = icmp sge i32 %conv.i246, %conv5.i248
  %.not51.i254 = or i1 %cmp5.i.i253, %cmp4.i.i252
  %narrow.i.not.i255 = and i1 %cmp.i.i251, %.not51.i254
  %spec.select.i256 = select i1 %narrow.i.not.i255, i32 %add58.i222, i32 %add1.i225
  br label %if.end8.i227

if.end8.i227:                                     ; preds = %land.lhs.true.i244, %if.end.i221
  %c.0.i228 = phi i32 [ %add58.i222, %if.end.i221 ], [ %spec.select.i256, %land.lhs.true.i244 ]
  %arrayidx9.i229 = getelementptr inbounds float, ptr %.pre295, i32 %c.0.i228
  %28 = load float, ptr %arrayidx9.i229, align 4, !tbaa !2
  %conv10.i230 = fptosi float %28 to i32
  %arrayidx11.i231 = getelementptr inbounds float, ptr %.pre295, i32 %i.addr.056.i224
  %29 = load float, ptr %arrayidx11.i231, align 4, !tbaa !2
  %conv12.i232 = fptosi float %29 to i32
  %arrayidx.i41.i233 = getelementptr inbounds float, ptr %logits, i32 %conv10.i230
  %30 = load float, ptr %arrayidx.i41.i233, align 4, !tbaa !2
  %arrayidx1.i42.i234 = getelementptr inbounds float, ptr %logits, i32 %conv12.i232
  %31 = load float, ptr %arrayidx1.i42.i234, align 4, !tbaa !2
  %cmp.i43.i235 = fcmp ule float %30, %31
  %cmp4.i44.i236 = fcmp une float %30, %31
  %cmp5.i45.i237 = icmp sge i32 %conv10.i230, %conv12.i232
  %.not52.i238 = or i1 %cmp5.i45.i237, %cmp4.i44.i236
  %narrow.i46.not.i239 = and i1 %cmp.i43.i235, %.not52.i238
  br i1 %narrow.i46.not.i239, label %sift_down.exit257, label %cleanup.i240

cleanup.i240:                                     ; preds = %if.end8.i227
  store float %29, ptr %arrayidx9.i229, align 4, !tbaa !2
  store float %28, ptr %arrayidx11.i231, align 4, !tbaa !2
  %mul.i241 = shl nuw nsw i32 %c.0.i228, 1
  %add.i242 = or disjoint i32 %mul.i241, 1
  %cmp.not.i243 = icmp slt i32 %add.i242, %sub90
  br i1 %cmp.not.i243, label %if.end.i221, label %sift_down.exit257

sift_down.exit257:                                ; preds = %if.end8.i227, %cleanup.i240, %for.body89
  %arrayidx97 = getelementptr inbounds float, ptr %logits, i32 %conv92
  %32 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %add98 = fadd float %cum.0, %32
  %add99 = add nuw i32 %i84.0, 1
  %cmp102 = fcmp ogt float %add98, %topp
  %or.cond217 = select i1 %8, i1 %cmp102, i1 false
  br i1 %or.cond217, label %cleanup110, label %for.cond85, !llvm.loop !40

cleanup110:                                       ; preds = %sift_down.exit257, %for.cond85
  %cum.1 = phi float [ %cum.0, %for.cond85 ], [ %add98, %sift_down.exit257 ]
  %walked.1 = phi i32 [ %smax, %for.cond85 ], [ %add99, %sift_down.exit257 ]
  %end.1 = phi i32 [ %end.0, %for.cond85 ], [ %sub90, %sift_down.exit257 ]
  %mul = fmul float %div4.i, %cum.1
  %cmp116.not274 = icmp sgt i32 %walked.1, 0
  br i1 %cmp116.not274, label %for.body119.preheader, label %for.end136

for.body119.preheader:                            ; preds = %cleanup110
  %33 = getelementptr float, ptr %.pre295, i32 %n.3296
  br label %for.body119

for.cond115:                                      ; preds = %for.body119
  %inc133 = add nuw nsw i32 %i114.0276, 1
  %exitcond286.not = icmp eq i32 %inc133, %walked.1
  br i1 %exitcond286.not, label %for.end136, label %for.body119, !llvm.loop !41

for.body119:                                      ; preds = %for.body119.preheader, %for.cond115
  %.pn.pn = phi ptr [ %popped.0277, %for.cond115 ], [ %33, %for.body119.preheader ]
  %i114.0276 = phi i32 [ %inc133, %for.cond115 ], [ 0, %for.body119.preheader ]
  %cdf112.0275 = phi float [ %add123, %for.cond115 ], [ 0.000000e+00, %for.body119.preheader ]
  %popped.0277 = getelementptr i8, ptr %.pn.pn, i32 -4
  %34 = load float, ptr %popped.0277, align 4, !tbaa !2
  %conv121 = fptosi float %34 to i32
  %arrayidx122 = getelementptr inbounds float, ptr %logits, i32 %conv121
  %35 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %add123 = fadd float %cdf112.0275, %35
  %cmp124 = fcmp uge float %mul, %add123
  br i1 %cmp124, label %for.cond115, label %return

for.end136:                                       ; preds = %for.cond115, %cleanup110
  %arrayidx137 = getelementptr inbounds float, ptr %.pre295, i32 %end.1
  %36 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %conv138 = fptosi float %36 to i32
  br label %return

return:                                           ; preds = %for.body.i, %for.body17, %for.body119, %if.then, %for.end24, %for.end136
  %retval.7 = phi i32 [ %sub, %for.end24 ], [ %conv138, %for.end136 ], [ 0, %if.then ], [ %conv121, %for.body119 ], [ %i13.0265, %for.body17 ], [ %best.1.i, %for.body.i ]
  ret i32 %retval.7
}

declare void @sb3_emit_token(i32 noundef, i32 noundef) local_unnamed_addr #1

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @embed(ptr nocapture noundef writeonly %out, i32 noundef %token) unnamed_addr #5 {
entry:
  %0 = load i32, ptr @quant, align 4, !tbaa !8
  %cmp = icmp eq i32 %0, 2
  br i1 %cmp, label %if.then, label %if.end

if.then:                                          ; preds = %entry
  tail call fastcc void @embed_w8a8(ptr noundef %out, i32 noundef %token) #11
  br label %cleanup.cont

if.end:                                           ; preds = %entry
  %1 = load ptr, ptr @w_emb, align 4, !tbaa !6
  %2 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 4), align 4, !tbaa !12
  %mul = mul nsw i32 %2, %token
  %add.ptr = getelementptr inbounds float, ptr %1, i32 %mul
  %tobool.not = icmp eq i32 %0, 0
  br i1 %tobool.not, label %for.cond.preheader, label %for.cond5.preheader

for.cond5.preheader:                              ; preds = %if.end
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 8), align 4, !tbaa !13
  %cmp6115 = icmp sgt i32 %3, 0
  br i1 %cmp6115, label %for.body8.lr.ph, label %cleanup.cont

for.body8.lr.ph:                                  ; preds = %for.cond5.preheader
  %sub = add nsw i32 %3, -1
  br label %for.body8

for.cond.preheader:                               ; preds = %if.end
  %4 = load i32, ptr @dim, align 4, !tbaa !8
  %cmp2119 = icmp sgt i32 %4, 0
  br i1 %cmp2119, label %for.body, label %cleanup.cont

for.body:                                         ; preds = %for.cond.preheader, %for.body
  %j.0120 = phi i32 [ %inc, %for.body ], [ 0, %for.cond.preheader ]
  %arrayidx = getelementptr inbounds float, ptr %add.ptr, i32 %j.0120
  %5 = load float, ptr %arrayidx, align 4, !tbaa !2
  %arrayidx3 = getelementptr inbounds float, ptr %out, i32 %j.0120
  store float %5, ptr %arrayidx3, align 4, !tbaa !2
  %inc = add nuw nsw i32 %j.0120, 1
  %exitcond123.not = icmp eq i32 %inc, %4
  br i1 %exitcond123.not, label %cleanup.cont, label %for.body, !llvm.loop !42

for.body8:                                        ; preds = %for.body8.lr.ph, %for.cond.cleanup21
  %out.addr.0118 = phi ptr [ %out, %for.body8.lr.ph ], [ %add.ptr68, %for.cond.cleanup21 ]
  %w.0117 = phi ptr [ %add.ptr, %for.body8.lr.ph ], [ %add.ptr67, %for.cond.cleanup21 ]
  %g.0116 = phi i32 [ 0, %for.body8.lr.ph ], [ %inc70, %for.cond.cleanup21 ]
  %cmp9 = icmp eq i32 %g.0116, %sub
  %6 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 20), align 4
  %7 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 24), align 4
  %cond = select i1 %cmp9, i32 %6, i32 %7
  %8 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 16), align 4
  %9 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 12), align 4
  %cond15 = select i1 %cmp9, i32 %8, i32 %9
  %10 = load float, ptr %w.0117, align 4, !tbaa !2
  %cmp19111 = icmp sgt i32 %cond15, 0
  br i1 %cmp19111, label %for.body22, label %for.cond.cleanup21

for.cond.cleanup21:                               ; preds = %if.end60, %for.body8
  %add66 = add nsw i32 %cond15, 1
  %add.ptr67 = getelementptr inbounds float, ptr %w.0117, i32 %add66
  %add.ptr68 = getelementptr inbounds float, ptr %out.addr.0118, i32 %cond
  %inc70 = add nuw nsw i32 %g.0116, 1
  %exitcond122.not = icmp eq i32 %inc70, %3
  br i1 %exitcond122.not, label %cleanup.cont, label %for.body8, !llvm.loop !43

for.body22:                                       ; preds = %for.body8, %if.end60
  %j17.0114 = phi i32 [ %add, %if.end60 ], [ 0, %for.body8 ]
  %left.0113 = phi i32 [ %sub62, %if.end60 ], [ %cond, %for.body8 ]
  %o.0112 = phi ptr [ %add.ptr61, %if.end60 ], [ %out.addr.0118, %for.body8 ]
  %add = add nuw nsw i32 %j17.0114, 1
  %arrayidx23 = getelementptr inbounds float, ptr %w.0117, i32 %add
  %11 = load float, ptr %arrayidx23, align 4, !tbaa !2
  %mul24 = fmul float %11, 3.906250e-03
  %12 = tail call float @llvm.floor.f32(float %mul24)
  %mul25 = fmul float %11, 0x3EF0000000000000
  %13 = tail call float @llvm.floor.f32(float %mul25)
  %mul26 = fmul float %11, 0x3E70000000000000
  %14 = tail call float @llvm.floor.f32(float %mul26)
  %cmp27 = icmp sgt i32 %left.0113, 0
  br i1 %cmp27, label %if.end35, label %if.end60

if.end35:                                         ; preds = %for.body22
  %mul30 = fmul float %12, 2.560000e+02
  %sub31 = fsub float %11, %mul30
  %sub32 = fadd float %sub31, -1.280000e+02
  %mul33 = fmul float %10, %sub32
  store float %mul33, ptr %o.0112, align 4, !tbaa !2
  %cmp36.not = icmp eq i32 %left.0113, 1
  br i1 %cmp36.not, label %if.end60, label %if.end44

if.end44:                                         ; preds = %if.end35
  %mul39 = fmul float %13, 2.560000e+02
  %sub40 = fsub float %12, %mul39
  %sub41 = fadd float %sub40, -1.280000e+02
  %mul42 = fmul float %10, %sub41
  %arrayidx43 = getelementptr inbounds i8, ptr %o.0112, i32 4
  store float %mul42, ptr %arrayidx43, align 4, !tbaa !2
  %cmp45 = icmp ugt i32 %left.0113, 2
  br i1 %cmp45, label %if.end53, label %if.end60

if.end53:                                         ; preds = %if.end44
  %mul48 = fmul float %14, 2.560000e+02
  %sub49 = fsub float %13, %mul48
  %sub50 = fadd float %sub49, -1.280000e+02
  %mul51 = fmul float %10, %sub50
  %arrayidx52 = getelementptr inbounds i8, ptr %o.0112, i32 8
  store float %mul51, ptr %arrayidx52, align 4, !tbaa !2
  %cmp54.not = icmp eq i32 %left.0113, 3
  br i1 %cmp54.not, label %if.end60, label %if.then56

if.then56:                                        ; preds = %if.end53
  %sub57 = fadd float %14, -1.280000e+02
  %mul58 = fmul float %10, %sub57
  %arrayidx59 = getelementptr inbounds i8, ptr %o.0112, i32 12
  store float %mul58, ptr %arrayidx59, align 4, !tbaa !2
  br label %if.end60

if.end60:                                         ; preds = %for.body22, %if.end35, %if.end44, %if.then56, %if.end53
  %add.ptr61 = getelementptr inbounds i8, ptr %o.0112, i32 16
  %sub62 = add nsw i32 %left.0113, -4
  %exitcond.not = icmp eq i32 %add, %cond15
  br i1 %exitcond.not, label %for.cond.cleanup21, label %for.body22, !llvm.loop !44

cleanup.cont:                                     ; preds = %for.cond.cleanup21, %for.body, %for.cond5.preheader, %for.cond.preheader, %if.then
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @rmsnorm(ptr nocapture noundef writeonly %o, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %weight, i32 noundef %n) unnamed_addr #6 {
entry:
  %cmp33 = icmp sgt i32 %n, 0
  br i1 %cmp33, label %for.body, label %for.cond.cleanup

for.cond.cleanup:                                 ; preds = %for.body, %entry
  %ss.0.lcssa = phi float [ 0.000000e+00, %entry ], [ %add, %for.body ]
  %conv = sitofp i32 %n to float
  %div = fdiv float %ss.0.lcssa, %conv
  %0 = load float, ptr @rms_eps, align 4, !tbaa !2
  %add2 = fadd float %div, %0
  %1 = tail call float @llvm.sqrt.f32(float %add2)
  %div3 = fdiv float 1.000000e+00, %1
  br i1 %cmp33, label %for.body9, label %for.cond.cleanup8

for.body:                                         ; preds = %entry, %for.body
  %j.035 = phi i32 [ %inc, %for.body ], [ 0, %entry ]
  %ss.034 = phi float [ %add, %for.body ], [ 0.000000e+00, %entry ]
  %arrayidx = getelementptr inbounds float, ptr %x, i32 %j.035
  %2 = load float, ptr %arrayidx, align 4, !tbaa !2
  %mul = fmul float %2, %2
  %add = fadd float %ss.034, %mul
  %inc = add nuw nsw i32 %j.035, 1
  %exitcond.not = icmp eq i32 %inc, %n
  br i1 %exitcond.not, label %for.cond.cleanup, label %for.body, !llvm.loop !45

for.cond.cleanup8:                                ; preds = %for.body9, %for.cond.cleanup
  ret void

for.body9:                                        ; preds = %for.cond.cleanup, %for.body9
  %j4.037 = phi i32 [ %inc16, %for.body9 ], [ 0, %for.cond.cleanup ]
  %arrayidx10 = getelementptr inbounds float, ptr %weight, i32 %j4.037
  %3 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %arrayidx11 = getelementptr inbounds float, ptr %x, i32 %j4.037
  %4 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %mul12 = fmul float %div3, %4
  %mul13 = fmul float %3, %mul12
  %arrayidx14 = getelementptr inbounds float, ptr %o, i32 %j4.037
  store float %mul13, ptr %arrayidx14, align 4, !tbaa !2
  %inc16 = add nuw nsw i32 %j4.037, 1
  %exitcond38.not = icmp eq i32 %inc16, %n
  br i1 %exitcond38.not, label %for.cond.cleanup8, label %for.body9, !llvm.loop !46
}

; Function Attrs: nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @prepare(ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %s) unnamed_addr #7 {
entry:
  %0 = load i32, ptr @quant, align 4, !tbaa !8
  switch i32 %0, label %if.then1 [
    i32 2, label %if.then
    i32 0, label %if.end5
  ]

if.then:                                          ; preds = %entry
  tail call fastcc void @w8a8_prepare(ptr noundef %x, ptr noundef %s) #11
  br label %if.end5

if.then1:                                         ; preds = %entry
  %1 = load ptr, ptr @b_qy, align 4
  %group_items.i = getelementptr inbounds i8, ptr %s, i32 12
  %2 = load i32, ptr %group_items.i, align 4, !tbaa !14
  %cmp.i = icmp eq i32 %2, 1
  br i1 %cmp.i, label %land.lhs.true.i, label %if.end.i

land.lhs.true.i:                                  ; preds = %if.then1
  %group_len.i = getelementptr inbounds i8, ptr %s, i32 24
  %3 = load i32, ptr %group_len.i, align 4, !tbaa !18
  %cmp1.i = icmp eq i32 %3, 4
  br i1 %cmp1.i, label %land.lhs.true2.i, label %if.end.i

land.lhs.true2.i:                                 ; preds = %land.lhs.true.i
  %last_len.i = getelementptr inbounds i8, ptr %s, i32 20
  %4 = load i32, ptr %last_len.i, align 4, !tbaa !16
  %cmp3.i = icmp eq i32 %4, 4
  br i1 %cmp3.i, label %for.cond.preheader.i, label %if.end.i

for.cond.preheader.i:                             ; preds = %land.lhs.true2.i
  %ngroups.i = getelementptr inbounds i8, ptr %s, i32 8
  %5 = load i32, ptr %ngroups.i, align 4, !tbaa !13
  %cmp4194.i = icmp sgt i32 %5, 0
  %.pre22 = load ptr, ptr @b_qsx, align 4
  br i1 %cmp4194.i, label %for.body.i, label %if.then3

for.body.i:                                       ; preds = %for.cond.preheader.i, %for.body.i
  %x.addr.0197.i = phi ptr [ %add.ptr21.i, %for.body.i ], [ %x, %for.cond.preheader.i ]
  %y.0196.i = phi ptr [ %add.ptr.i, %for.body.i ], [ %1, %for.cond.preheader.i ]
  %g.0195.i = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.preheader.i ]
  %6 = load float, ptr %x.addr.0197.i, align 4, !tbaa !2
  %arrayidx5.i = getelementptr inbounds i8, ptr %x.addr.0197.i, i32 4
  %7 = load float, ptr %arrayidx5.i, align 4, !tbaa !2
  %arrayidx6.i = getelementptr inbounds i8, ptr %x.addr.0197.i, i32 8
  %8 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %x.addr.0197.i, i32 12
  %9 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %add.i = fadd float %6, 0.000000e+00
  %add8.i = fadd float %add.i, %7
  %add9.i = fadd float %add8.i, %8
  %add10.i = fadd float %add9.i, %9
  %mul.i = fmul float %add10.i, 1.280000e+02
  %arrayidx11.i = getelementptr inbounds float, ptr %.pre22, i32 %g.0195.i
  store float %mul.i, ptr %arrayidx11.i, align 4, !tbaa !2
  store float %6, ptr %y.0196.i, align 4, !tbaa !2
  %mul13.i = fmul float %6, 2.560000e+02
  %sub.i = fsub float %7, %mul13.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %y.0196.i, i32 4
  store float %sub.i, ptr %arrayidx14.i, align 4, !tbaa !2
  %mul15.i = fmul float %7, 2.560000e+02
  %sub16.i = fsub float %8, %mul15.i
  %arrayidx17.i = getelementptr inbounds i8, ptr %y.0196.i, i32 8
  store float %sub16.i, ptr %arrayidx17.i, align 4, !tbaa !2
  %mul18.i = fmul float %8, 2.560000e+02
  %sub19.i = fsub float %9, %mul18.i
  %arrayidx20.i = getelementptr inbounds i8, ptr %y.0196.i, i32 12
  store float %sub19.i, ptr %arrayidx20.i, align 4, !tbaa !2
  %add.ptr.i = getelementptr inbounds i8, ptr %y.0196.i, i32 16
  %add.ptr21.i = getelementptr inbounds i8, ptr %x.addr.0197.i, i32 16
  %inc.i = add nuw nsw i32 %g.0195.i, 1
  %exitcond201.not.i = icmp eq i32 %inc.i, %5
  br i1 %exitcond201.not.i, label %q8_prepare.exit, label %for.body.i, !llvm.loop !47

if.end.i:                                         ; preds = %land.lhs.true2.i, %land.lhs.true.i, %if.then1
  %ngroups24.i = getelementptr inbounds i8, ptr %s, i32 8
  %10 = load i32, ptr %ngroups24.i, align 4, !tbaa !13
  %cmp25190.i = icmp sgt i32 %10, 0
  br i1 %cmp25190.i, label %for.body27.lr.ph.i, label %q8_prepare.exit

for.body27.lr.ph.i:                               ; preds = %if.end.i
  %sub29.i = add nsw i32 %10, -1
  %last_items.i = getelementptr inbounds i8, ptr %s, i32 16
  %11 = load ptr, ptr @b_qsx, align 4
  br label %for.body27.i

for.body27.i:                                     ; preds = %for.cond.cleanup55.i, %for.body27.lr.ph.i
  %x.addr.1193.i = phi ptr [ %x, %for.body27.lr.ph.i ], [ %add.ptr101.i, %for.cond.cleanup55.i ]
  %y.1192.i = phi ptr [ %1, %for.body27.lr.ph.i ], [ %y.2.lcssa.i, %for.cond.cleanup55.i ]
  %g22.0191.i = phi i32 [ 0, %for.body27.lr.ph.i ], [ %inc103.i, %for.cond.cleanup55.i ]
  %cmp30.i = icmp eq i32 %g22.0191.i, %sub29.i
  %cond.in.v.i = select i1 %cmp30.i, i32 20, i32 24
  %cond.in.i = getelementptr inbounds i8, ptr %s, i32 %cond.in.v.i
  %cond.i = load i32, ptr %cond.in.i, align 4, !tbaa !8
  %cond40.in.i = select i1 %cmp30.i, ptr %last_items.i, ptr %group_items.i
  %cond40.i = load i32, ptr %cond40.in.i, align 4, !tbaa !8
  %cmp43181.i = icmp sgt i32 %cond.i, 0
  br i1 %cmp43181.i, label %for.body45.i, label %for.cond.cleanup44.i

for.cond.cleanup44.i:                             ; preds = %for.body45.i, %for.body27.i
  %sum41.0.lcssa.i = phi float [ 0.000000e+00, %for.body27.i ], [ %add47.i, %for.body45.i ]
  %mul51.i = fmul float %sum41.0.lcssa.i, 1.280000e+02
  %arrayidx52.i = getelementptr inbounds float, ptr %11, i32 %g22.0191.i
  store float %mul51.i, ptr %arrayidx52.i, align 4, !tbaa !2
  %cmp54184.i = icmp sgt i32 %cond40.i, 0
  br i1 %cmp54184.i, label %for.body56.i, label %for.cond.cleanup55.i

for.body45.i:                                     ; preds = %for.body27.i, %for.body45.i
  %t.0183.i = phi i32 [ %inc49.i, %for.body45.i ], [ 0, %for.body27.i ]
  %sum41.0182.i = phi float [ %add47.i, %for.body45.i ], [ 0.000000e+00, %for.body27.i ]
  %arrayidx46.i = getelementptr inbounds float, ptr %x.addr.1193.i, i32 %t.0183.i
  %12 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %add47.i = fadd float %sum41.0182.i, %12
  %inc49.i = add nuw nsw i32 %t.0183.i, 1
  %exitcond.not.i = icmp eq i32 %inc49.i, %cond.i
  br i1 %exitcond.not.i, label %for.cond.cleanup44.i, label %for.body45.i, !llvm.loop !48

for.cond.cleanup55.i:                             ; preds = %cond.end83.i, %for.cond.cleanup44.i
  %y.2.lcssa.i = phi ptr [ %y.1192.i, %for.cond.cleanup44.i ], [ %add.ptr95.i, %cond.end83.i ]
  %add.ptr101.i = getelementptr inbounds float, ptr %x.addr.1193.i, i32 %cond.i
  %inc103.i = add nuw nsw i32 %g22.0191.i, 1
  %exitcond200.not.i = icmp eq i32 %inc103.i, %10
  br i1 %exitcond200.not.i, label %q8_prepare.exit, label %for.body27.i, !llvm.loop !49

for.body56.i:                                     ; preds = %for.cond.cleanup44.i, %cond.end83.i
  %y.2188.i = phi ptr [ %add.ptr95.i, %cond.end83.i ], [ %y.1192.i, %for.cond.cleanup44.i ]
  %j.0187.i = phi i32 [ %inc99.i, %cond.end83.i ], [ 0, %for.cond.cleanup44.i ]
  %left.0186.i = phi i32 [ %sub97.i, %cond.end83.i ], [ %cond.i, %for.cond.cleanup44.i ]
  %xp.0185.i = phi ptr [ %add.ptr96.i, %cond.end83.i ], [ %x.addr.1193.i, %for.cond.cleanup44.i ]
  %cmp58.i = icmp sgt i32 %left.0186.i, 0
  br i1 %cmp58.i, label %cond.end62.i, label %cond.end83.i

cond.end62.i:                                     ; preds = %for.body56.i
  %13 = load float, ptr %xp.0185.i, align 4, !tbaa !2
  %cmp65.not.i = icmp eq i32 %left.0186.i, 1
  br i1 %cmp65.not.i, label %cond.end83.i, label %cond.end69.i

cond.end69.i:                                     ; preds = %cond.end62.i
  %arrayidx67.i = getelementptr inbounds i8, ptr %xp.0185.i, i32 4
  %14 = load float, ptr %arrayidx67.i, align 4, !tbaa !2
  %cmp72.i = icmp ugt i32 %left.0186.i, 2
  br i1 %cmp72.i, label %cond.end76.i, label %cond.end83.i

cond.end76.i:                                     ; preds = %cond.end69.i
  %arrayidx74.i = getelementptr inbounds i8, ptr %xp.0185.i, i32 8
  %15 = load float, ptr %arrayidx74.i, align 4, !tbaa !2
  %cmp79.not.i = icmp eq i32 %left.0186.i, 3
  br i1 %cmp79.not.i, label %cond.end83.i, label %cond.true80.i

cond.true80.i:                                    ; preds = %cond.end76.i
  %arrayidx81.i = getelementptr inbounds i8, ptr %xp.0185.i, i32 12
  %16 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  br label %cond.end83.i

cond.end83.i:                                     ; preds = %cond.true80.i, %cond.end76.i, %cond.end69.i, %cond.end62.i, %for.body56.i
  %cond77179.i = phi float [ %15, %cond.true80.i ], [ %15, %cond.end76.i ], [ 0.000000e+00, %cond.end69.i ], [ 0.000000e+00, %cond.end62.i ], [ 0.000000e+00, %for.body56.i ]
  %cond63167171178.i = phi float [ %13, %cond.true80.i ], [ %13, %cond.end76.i ], [ %13, %cond.end69.i ], [ %13, %cond.end62.i ], [ 0.000000e+00, %for.body56.i ]
  %cond70172177.i = phi float [ %14, %cond.true80.i ], [ %14, %cond.end76.i ], [ %14, %cond.end69.i ], [ 0.000000e+00, %cond.end62.i ], [ 0.000000e+00, %for.body56.i ]
  %cond84.i = phi float [ %16, %cond.true80.i ], [ 0.000000e+00, %cond.end76.i ], [ 0.000000e+00, %cond.end69.i ], [ 0.000000e+00, %cond.end62.i ], [ 0.000000e+00, %for.body56.i ]
  store float %cond63167171178.i, ptr %y.2188.i, align 4, !tbaa !2
  %mul86.i = fmul float %cond63167171178.i, 2.560000e+02
  %sub87.i = fsub float %cond70172177.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %y.2188.i, i32 4
  store float %sub87.i, ptr %arrayidx88.i, align 4, !tbaa !2
  %mul89.i = fmul float %cond70172177.i, 2.560000e+02
  %sub90.i = fsub float %cond77179.i, %mul89.i
  %arrayidx91.i = getelementptr inbounds i8, ptr %y.2188.i, i32 8
  store float %sub90.i, ptr %arrayidx91.i, align 4, !tbaa !2
  %mul92.i = fmul float %cond77179.i, 2.560000e+02
  %sub93.i = fsub float %cond84.i, %mul92.i
  %arrayidx94.i = getelementptr inbounds i8, ptr %y.2188.i, i32 12
  store float %sub93.i, ptr %arrayidx94.i, align 4, !tbaa !2
  %add.ptr95.i = getelementptr inbounds i8, ptr %y.2188.i, i32 16
  %add.ptr96.i = getelementptr inbounds i8, ptr %xp.0185.i, i32 16
  %sub97.i = add nsw i32 %left.0186.i, -4
  %inc99.i = add nuw nsw i32 %j.0187.i, 1
  %exitcond199.not.i = icmp eq i32 %inc99.i, %cond40.i
  br i1 %exitcond199.not.i, label %for.cond.cleanup55.i, label %for.body56.i, !llvm.loop !50

q8_prepare.exit:                                  ; preds = %for.cond.cleanup55.i, %for.body.i, %if.end.i
  %17 = phi i32 [ %10, %if.end.i ], [ %5, %for.body.i ], [ %10, %for.cond.cleanup55.i ]
  br i1 %cmp.i, label %q8_prepare.exit.if.then3_crit_edge, label %if.end5

q8_prepare.exit.if.then3_crit_edge:               ; preds = %q8_prepare.exit
  %.pre = load ptr, ptr @b_qsx, align 4
  br label %if.then3

if.then3:                                         ; preds = %q8_prepare.exit.if.then3_crit_edge, %for.cond.preheader.i
  %18 = phi ptr [ %.pre22, %for.cond.preheader.i ], [ %.pre, %q8_prepare.exit.if.then3_crit_edge ]
  %19 = phi i32 [ %5, %for.cond.preheader.i ], [ %17, %q8_prepare.exit.if.then3_crit_edge ]
  %20 = srem i32 %19, 4
  %cmp.not.i.i.i = icmp eq i32 %20, 0
  %sub1.i.i.i = sub nsw i32 4, %20
  %div2.i.i.i = sdiv i32 %19, 8
  %cmp3.i.i.not.i = icmp sgt i32 %sub1.i.i.i, %div2.i.i.i
  %add.i.i = add nsw i32 %19, 4
  %sub1.i.i = sub i32 %add.i.i, %20
  %21 = select i1 %cmp.not.i.i.i, i1 true, i1 %cmp3.i.i.not.i
  %cond.i.i = select i1 %21, i32 %19, i32 %sub1.i.i
  %cmp.i1119 = icmp slt i32 %19, %cond.i.i
  br i1 %cmp.i1119, label %for.body.i12, label %if.end5

for.body.i12:                                     ; preds = %if.then3, %for.body.i12
  %g.0.i20 = phi i32 [ %inc.i17, %for.body.i12 ], [ %19, %if.then3 ]
  %arrayidx.i = getelementptr inbounds float, ptr %18, i32 %g.0.i20
  store float 0.000000e+00, ptr %arrayidx.i, align 4, !tbaa !2
  %mul.i13 = shl nsw i32 %g.0.i20, 2
  %arrayidx2.i = getelementptr inbounds float, ptr %1, i32 %mul.i13
  store float 0.000000e+00, ptr %arrayidx2.i, align 4, !tbaa !2
  %add.i14 = or disjoint i32 %mul.i13, 1
  %arrayidx4.i = getelementptr inbounds float, ptr %1, i32 %add.i14
  store float 0.000000e+00, ptr %arrayidx4.i, align 4, !tbaa !2
  %add6.i = or disjoint i32 %mul.i13, 2
  %arrayidx7.i15 = getelementptr inbounds float, ptr %1, i32 %add6.i
  store float 0.000000e+00, ptr %arrayidx7.i15, align 4, !tbaa !2
  %add9.i16 = or disjoint i32 %mul.i13, 3
  %arrayidx10.i = getelementptr inbounds float, ptr %1, i32 %add9.i16
  store float 0.000000e+00, ptr %arrayidx10.i, align 4, !tbaa !2
  %inc.i17 = add nsw i32 %g.0.i20, 1
  %exitcond.not = icmp eq i32 %inc.i17, %cond.i.i
  br i1 %exitcond.not, label %if.end5, label %for.body.i12, !llvm.loop !51

if.end5:                                          ; preds = %for.body.i12, %if.then3, %entry, %q8_prepare.exit, %if.then
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr noundef %w, ptr nocapture noundef readonly %s, i32 noundef %d) unnamed_addr #6 {
entry:
  %0 = load i32, ptr @quant, align 4, !tbaa !8
  switch i32 %0, label %if.then4 [
    i32 2, label %if.then
    i32 0, label %if.else20
  ]

if.then:                                          ; preds = %entry
  %group_len = getelementptr inbounds i8, ptr %s, i32 24
  %1 = load i32, ptr %group_len, align 4, !tbaa !18
  %cmp1 = icmp eq i32 %1, 32
  br i1 %cmp1, label %if.then2, label %if.else

if.then2:                                         ; preds = %if.then
  %last_len.i = getelementptr inbounds i8, ptr %s, i32 20
  %2 = load i32, ptr %last_len.i, align 4, !tbaa !16
  %ngroups.i = getelementptr inbounds i8, ptr %s, i32 8
  %3 = load i32, ptr %ngroups.i, align 4, !tbaa !13
  %cmp.i = icmp eq i32 %2, 32
  br i1 %cmp.i, label %if.then.i, label %lor.lhs.false.i

lor.lhs.false.i:                                  ; preds = %if.then2
  %4 = load i32, ptr %s, align 4, !tbaa !10
  %5 = srem i32 %4, 32
  %cmp.not.i.i = icmp eq i32 %5, 0
  br i1 %cmp.not.i.i, label %if.else.i, label %long_tail.exit.i

long_tail.exit.i:                                 ; preds = %lor.lhs.false.i
  %sub1.i.i = sub nsw i32 32, %5
  %div2.i.i = sdiv i32 %4, 8
  %cmp3.i.i.not = icmp sgt i32 %sub1.i.i, %div2.i.i
  br i1 %cmp3.i.i.not, label %if.else.i, label %if.then.i

if.then.i:                                        ; preds = %long_tail.exit.i, %if.then2
  tail call fastcc void @matvec_w8a8_g32_l32(ptr noundef %out, ptr noundef %w, i32 noundef %3, i32 noundef %2, i32 noundef %d) #11
  br label %if.end22

if.else.i:                                        ; preds = %lor.lhs.false.i, %long_tail.exit.i
  %cmp1.i = icmp slt i32 %2, 16
  %6 = and i32 %2, 1
  %tobool3.not.i = icmp eq i32 %6, 0
  %or.cond.i = and i1 %cmp1.i, %tobool3.not.i
  br i1 %or.cond.i, label %if.else5.i, label %if.then4.i

if.then4.i:                                       ; preds = %if.else.i
  tail call fastcc void @matvec_w8a8_g32(ptr noundef %out, ptr noundef %w, ptr noundef nonnull %s, i32 noundef %d) #11
  br label %if.end22

if.else5.i:                                       ; preds = %if.else.i
  %cmp6.i = icmp slt i32 %2, 8
  br i1 %cmp6.i, label %if.then7.i, label %if.else15.i

if.then7.i:                                       ; preds = %if.else5.i
  %cmp8.i = icmp slt i32 %2, 4
  br i1 %cmp8.i, label %if.then9.i, label %if.else10.i

if.then9.i:                                       ; preds = %if.then7.i
  tail call fastcc void @matvec_w8a8_g32_l2(ptr noundef %out, ptr noundef %w, i32 noundef %3, i32 noundef %d) #11
  br label %if.end22

if.else10.i:                                      ; preds = %if.then7.i
  %cmp11.i = icmp eq i32 %2, 4
  br i1 %cmp11.i, label %if.then12.i, label %if.else13.i

if.then12.i:                                      ; preds = %if.else10.i
  tail call fastcc void @matvec_w8a8_g32_l4(ptr noundef %out, ptr noundef %w, i32 noundef %3, i32 noundef %d) #11
  br label %if.end22

if.else13.i:                                      ; preds = %if.else10.i
  tail call fastcc void @matvec_w8a8_g32_l6(ptr noundef %out, ptr noundef %w, i32 noundef %3, i32 noundef %d) #11
  br label %if.end22

if.else15.i:                                      ; preds = %if.else5.i
  %cmp16.i = icmp ult i32 %2, 12
  br i1 %cmp16.i, label %if.then17.i, label %if.else22.i

if.then17.i:                                      ; preds = %if.else15.i
  %cmp18.i = icmp eq i32 %2, 8
  br i1 %cmp18.i, label %if.then19.i, label %if.else20.i

if.then19.i:                                      ; preds = %if.then17.i
  tail call fastcc void @matvec_w8a8_g32_l8(ptr noundef %out, ptr noundef %w, i32 noundef %3, i32 noundef %d) #11
  br label %if.end22

if.else20.i:                                      ; preds = %if.then17.i
  tail call fastcc void @matvec_w8a8_g32_l10(ptr noundef %out, ptr noundef %w, i32 noundef %3, i32 noundef %d) #11
  br label %if.end22

if.else22.i:                                      ; preds = %if.else15.i
  %cmp23.i = icmp eq i32 %2, 12
  br i1 %cmp23.i, label %if.then24.i, label %if.else25.i

if.then24.i:                                      ; preds = %if.else22.i
  tail call fastcc void @matvec_w8a8_g32_l12(ptr noundef %out, ptr noundef %w, i32 noundef %3, i32 noundef %d) #11
  br label %if.end22

if.else25.i:                                      ; preds = %if.else22.i
  tail call fastcc void @matvec_w8a8_g32_l14(ptr noundef %out, ptr noundef %w, i32 noundef %3, i32 noundef %d) #11
  br label %if.end22

if.else:                                          ; preds = %if.then
  tail call fastcc void @matvec_w8a8(ptr noundef %out, ptr noundef %w, ptr noundef nonnull %s, i32 noundef %d) #11
  br label %if.end22

if.then4:                                         ; preds = %entry
  %group_items = getelementptr inbounds i8, ptr %s, i32 12
  %7 = load i32, ptr %group_items, align 4, !tbaa !14
  switch i32 %7, label %if.else16 [
    i32 1, label %if.then6
    i32 2, label %if.then10
    i32 8, label %if.then14
  ]

if.then6:                                         ; preds = %if.then4
  %ngroups = getelementptr inbounds i8, ptr %s, i32 8
  %8 = load i32, ptr %ngroups, align 4, !tbaa !13
  %sub.i = srem i32 %8, 4
  %cmp.not.i.i.i = icmp eq i32 %sub.i, 0
  br i1 %cmp.not.i.i.i, label %q8_g1_groups_read.exit.i, label %long_tail.exit.i.i

long_tail.exit.i.i:                               ; preds = %if.then6
  %sub1.i.i.i = sub nsw i32 4, %sub.i
  %div2.i.i.i = sdiv i32 %8, 8
  %cmp3.i.i.i.not = icmp sgt i32 %sub1.i.i.i, %div2.i.i.i
  br i1 %cmp3.i.i.i.not, label %q8_g1_groups_read.exit.i, label %cond.true.i.i

cond.true.i.i:                                    ; preds = %long_tail.exit.i.i
  %add.i.i = add nsw i32 %8, 4
  %sub1.i.i53 = sub i32 %add.i.i, %sub.i
  br label %q8_g1_groups_read.exit.i

q8_g1_groups_read.exit.i:                         ; preds = %if.then6, %cond.true.i.i, %long_tail.exit.i.i
  %cond.i.i = phi i32 [ %sub1.i.i53, %cond.true.i.i ], [ %8, %long_tail.exit.i.i ], [ %8, %if.then6 ]
  %cmp.not.i = icmp eq i32 %cond.i.i, %8
  %spec.select.i = select i1 %cmp.not.i, i32 %sub.i, i32 0
  %cmp1.i54 = icmp slt i32 %spec.select.i, 2
  br i1 %cmp1.i54, label %if.then2.i, label %if.else6.i

if.then2.i:                                       ; preds = %q8_g1_groups_read.exit.i
  %cmp3.i = icmp eq i32 %spec.select.i, 0
  br i1 %cmp3.i, label %if.then4.i56, label %if.else.i55

if.then4.i56:                                     ; preds = %if.then2.i
  tail call fastcc void @matvec_q8_g1_t0(ptr noundef %out, ptr noundef %w, i32 noundef %8, i32 noundef %d) #11
  br label %if.end22

if.else.i55:                                      ; preds = %if.then2.i
  tail call fastcc void @matvec_q8_g1_t1(ptr noundef %out, ptr noundef %w, i32 noundef %8, i32 noundef %d) #11
  br label %if.end22

if.else6.i:                                       ; preds = %q8_g1_groups_read.exit.i
  %cmp7.i = icmp eq i32 %spec.select.i, 2
  br i1 %cmp7.i, label %if.then8.i, label %if.else9.i

if.then8.i:                                       ; preds = %if.else6.i
  tail call fastcc void @matvec_q8_g1_t2(ptr noundef %out, ptr noundef %w, i32 noundef %8, i32 noundef %d) #11
  br label %if.end22

if.else9.i:                                       ; preds = %if.else6.i
  tail call fastcc void @matvec_q8_g1_t3(ptr noundef %out, ptr noundef %w, i32 noundef %8, i32 noundef %d) #11
  br label %if.end22

if.then10:                                        ; preds = %if.then4
  tail call fastcc void @matvec_q8_g2(ptr noundef %out, ptr noundef %w, ptr noundef nonnull %s, i32 noundef %d) #11
  br label %if.end22

if.then14:                                        ; preds = %if.then4
  %ngroups15 = getelementptr inbounds i8, ptr %s, i32 8
  %9 = load i32, ptr %ngroups15, align 4, !tbaa !13
  %last_items = getelementptr inbounds i8, ptr %s, i32 16
  %10 = load i32, ptr %last_items, align 4, !tbaa !15
  %cmp.i57 = icmp slt i32 %10, 5
  br i1 %cmp.i57, label %if.then.i58, label %if.else11.i

if.then.i58:                                      ; preds = %if.then14
  %cmp1.i59 = icmp slt i32 %10, 3
  br i1 %cmp1.i59, label %if.then2.i63, label %if.else5.i60

if.then2.i63:                                     ; preds = %if.then.i58
  %cmp3.i64 = icmp eq i32 %10, 1
  br i1 %cmp3.i64, label %if.then4.i66, label %if.else.i65

if.then4.i66:                                     ; preds = %if.then2.i63
  tail call fastcc void @matvec_q8_g8_l1(ptr noundef %out, ptr noundef %w, i32 noundef %9, i32 noundef %d) #11
  br label %if.end22

if.else.i65:                                      ; preds = %if.then2.i63
  tail call fastcc void @matvec_q8_g8_l2(ptr noundef %out, ptr noundef %w, i32 noundef %9, i32 noundef %d) #11
  br label %if.end22

if.else5.i60:                                     ; preds = %if.then.i58
  %cmp6.i61 = icmp eq i32 %10, 3
  br i1 %cmp6.i61, label %if.then7.i62, label %if.else8.i

if.then7.i62:                                     ; preds = %if.else5.i60
  tail call fastcc void @matvec_q8_g8_l3(ptr noundef %out, ptr noundef %w, i32 noundef %9, i32 noundef %d) #11
  br label %if.end22

if.else8.i:                                       ; preds = %if.else5.i60
  tail call fastcc void @matvec_q8_g8_l4(ptr noundef %out, ptr noundef %w, i32 noundef %9, i32 noundef %d) #11
  br label %if.end22

if.else11.i:                                      ; preds = %if.then14
  %cmp12.i = icmp ult i32 %10, 7
  br i1 %cmp12.i, label %if.then13.i, label %if.else18.i

if.then13.i:                                      ; preds = %if.else11.i
  %cmp14.i = icmp eq i32 %10, 5
  br i1 %cmp14.i, label %if.then15.i, label %if.else16.i

if.then15.i:                                      ; preds = %if.then13.i
  tail call fastcc void @matvec_q8_g8_l5(ptr noundef %out, ptr noundef %w, i32 noundef %9, i32 noundef %d) #11
  br label %if.end22

if.else16.i:                                      ; preds = %if.then13.i
  tail call fastcc void @matvec_q8_g8_l6(ptr noundef %out, ptr noundef %w, i32 noundef %9, i32 noundef %d) #11
  br label %if.end22

if.else18.i:                                      ; preds = %if.else11.i
  %cmp19.i = icmp eq i32 %10, 7
  br i1 %cmp19.i, label %if.then20.i, label %if.else21.i

if.then20.i:                                      ; preds = %if.else18.i
  tail call fastcc void @matvec_q8_g8_l7(ptr noundef %out, ptr noundef %w, i32 noundef %9, i32 noundef %d) #11
  br label %if.end22

if.else21.i:                                      ; preds = %if.else18.i
  tail call fastcc void @matvec_q8_g8_l8(ptr noundef %out, ptr noundef %w, i32 noundef %9, i32 noundef %d) #11
  br label %if.end22

if.else16:                                        ; preds = %if.then4
  tail call fastcc void @matvec_q8(ptr noundef %out, ptr noundef %w, ptr noundef nonnull %s, i32 noundef %d) #11
  br label %if.end22

if.else20:                                        ; preds = %entry
  %11 = load i32, ptr %s, align 4, !tbaa !10
  %sub.i67 = srem i32 %11, 16
  %cmp.not.i.i85 = icmp eq i32 %sub.i67, 0
  br i1 %cmp.not.i.i85, label %if.then7.i84, label %float_reads_past.exit

float_reads_past.exit:                            ; preds = %if.else20
  %sub1.i.i87 = sub nsw i32 16, %sub.i67
  %div2.i.i88 = sdiv i32 %11, 8
  %cmp3.i.i89.not = icmp sgt i32 %sub1.i.i87, %div2.i.i88
  %cond.fr = freeze i1 %cmp3.i.i89.not
  br i1 %cond.fr, label %12, label %if.then7.i84

12:                                               ; preds = %float_reads_past.exit
  %cmp.i70 = icmp slt i32 %sub.i67, 8
  br i1 %cmp.i70, label %if.then1.i, label %if.else29.i

if.then1.i:                                       ; preds = %12
  %cmp2.i = icmp slt i32 %sub.i67, 4
  br i1 %cmp2.i, label %if.then3.i, label %if.else15.i71

if.then3.i:                                       ; preds = %if.then1.i
  %cmp4.i = icmp slt i32 %sub.i67, 2
  br i1 %cmp4.i, label %if.else.i83, label %if.else9.i81

if.then7.i84:                                     ; preds = %float_reads_past.exit, %if.else20
  tail call fastcc void @matvec_float_t0(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else.i83:                                      ; preds = %if.then3.i
  tail call fastcc void @matvec_float_t1(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else9.i81:                                     ; preds = %if.then3.i
  %cmp10.i = icmp eq i32 %sub.i67, 2
  br i1 %cmp10.i, label %if.then11.i, label %if.else12.i

if.then11.i:                                      ; preds = %if.else9.i81
  tail call fastcc void @matvec_float_t2(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else12.i:                                      ; preds = %if.else9.i81
  tail call fastcc void @matvec_float_t3(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else15.i71:                                    ; preds = %if.then1.i
  %cmp16.i72 = icmp ult i32 %sub.i67, 6
  br i1 %cmp16.i72, label %if.then17.i77, label %if.else22.i73

if.then17.i77:                                    ; preds = %if.else15.i71
  %cmp18.i78 = icmp eq i32 %sub.i67, 4
  br i1 %cmp18.i78, label %if.then19.i80, label %if.else20.i79

if.then19.i80:                                    ; preds = %if.then17.i77
  tail call fastcc void @matvec_float_t4(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else20.i79:                                    ; preds = %if.then17.i77
  tail call fastcc void @matvec_float_t5(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else22.i73:                                    ; preds = %if.else15.i71
  %cmp23.i74 = icmp eq i32 %sub.i67, 6
  br i1 %cmp23.i74, label %if.then24.i76, label %if.else25.i75

if.then24.i76:                                    ; preds = %if.else22.i73
  tail call fastcc void @matvec_float_t6(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else25.i75:                                    ; preds = %if.else22.i73
  tail call fastcc void @matvec_float_t7(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else29.i:                                      ; preds = %12
  %cmp30.i = icmp ult i32 %sub.i67, 12
  br i1 %cmp30.i, label %if.then31.i, label %if.else44.i

if.then31.i:                                      ; preds = %if.else29.i
  %cmp32.i = icmp ult i32 %sub.i67, 10
  br i1 %cmp32.i, label %if.then33.i, label %if.else38.i

if.then33.i:                                      ; preds = %if.then31.i
  %cmp34.i = icmp eq i32 %sub.i67, 8
  br i1 %cmp34.i, label %if.then35.i, label %if.else36.i

if.then35.i:                                      ; preds = %if.then33.i
  tail call fastcc void @matvec_float_t8(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else36.i:                                      ; preds = %if.then33.i
  tail call fastcc void @matvec_float_t9(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else38.i:                                      ; preds = %if.then31.i
  %cmp39.i = icmp eq i32 %sub.i67, 10
  br i1 %cmp39.i, label %if.then40.i, label %if.else41.i

if.then40.i:                                      ; preds = %if.else38.i
  tail call fastcc void @matvec_float_t10(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else41.i:                                      ; preds = %if.else38.i
  tail call fastcc void @matvec_float_t11(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else44.i:                                      ; preds = %if.else29.i
  %cmp45.i = icmp ult i32 %sub.i67, 14
  br i1 %cmp45.i, label %if.then46.i, label %if.else51.i

if.then46.i:                                      ; preds = %if.else44.i
  %cmp47.i = icmp eq i32 %sub.i67, 12
  br i1 %cmp47.i, label %if.then48.i, label %if.else49.i

if.then48.i:                                      ; preds = %if.then46.i
  tail call fastcc void @matvec_float_t12(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else49.i:                                      ; preds = %if.then46.i
  tail call fastcc void @matvec_float_t13(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.else51.i:                                      ; preds = %if.else44.i
  tail call fastcc void @matvec_float_t14(ptr noundef %out, ptr noundef %x, ptr noundef %w, i32 noundef %11, i32 noundef %d) #11
  br label %if.end22

if.end22:                                         ; preds = %if.else51.i, %if.else49.i, %if.then48.i, %if.else41.i, %if.then40.i, %if.else36.i, %if.then35.i, %if.else25.i75, %if.then24.i76, %if.else20.i79, %if.then19.i80, %if.else12.i, %if.then11.i, %if.else.i83, %if.then7.i84, %if.else21.i, %if.then20.i, %if.else16.i, %if.then15.i, %if.else8.i, %if.then7.i62, %if.else.i65, %if.then4.i66, %if.else9.i, %if.then8.i, %if.else.i55, %if.then4.i56, %if.else25.i, %if.then24.i, %if.else20.i, %if.then19.i, %if.else13.i, %if.then12.i, %if.then9.i, %if.then4.i, %if.then.i, %if.then10, %if.else16, %if.else
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @rope(ptr nocapture noundef %v, i32 noundef %heads, ptr nocapture noundef readonly %c, ptr nocapture noundef readonly %s) unnamed_addr #5 {
entry:
  %0 = load i32, ptr @head_size, align 4, !tbaa !8
  %div = sdiv i32 %0, 2
  %cmp37 = icmp sgt i32 %heads, 0
  br i1 %cmp37, label %for.cond1.preheader.lr.ph, label %for.cond.cleanup

for.cond1.preheader.lr.ph:                        ; preds = %entry
  %cmp234 = icmp sgt i32 %0, 1
  br label %for.cond1.preheader

for.cond1.preheader:                              ; preds = %for.cond1.preheader.lr.ph, %for.cond.cleanup3
  %v.addr.039 = phi ptr [ %v, %for.cond1.preheader.lr.ph ], [ %add.ptr15, %for.cond.cleanup3 ]
  %h.038 = phi i32 [ 0, %for.cond1.preheader.lr.ph ], [ %inc17, %for.cond.cleanup3 ]
  br i1 %cmp234, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.cond.cleanup3:                                ; preds = %for.body4, %for.cond1.preheader
  %add.ptr15 = getelementptr inbounds float, ptr %v.addr.039, i32 %0
  %inc17 = add nuw nsw i32 %h.038, 1
  %exitcond40.not = icmp eq i32 %inc17, %heads
  br i1 %exitcond40.not, label %for.cond.cleanup, label %for.cond1.preheader, !llvm.loop !52

for.body4:                                        ; preds = %for.cond1.preheader, %for.body4
  %k.036 = phi i32 [ %inc, %for.body4 ], [ 0, %for.cond1.preheader ]
  %p.035 = phi ptr [ %add.ptr, %for.body4 ], [ %v.addr.039, %for.cond1.preheader ]
  %1 = load float, ptr %p.035, align 4, !tbaa !2
  %arrayidx5 = getelementptr inbounds i8, ptr %p.035, i32 4
  %2 = load float, ptr %arrayidx5, align 4, !tbaa !2
  %arrayidx6 = getelementptr inbounds float, ptr %c, i32 %k.036
  %3 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %mul = fmul float %1, %3
  %arrayidx7 = getelementptr inbounds float, ptr %s, i32 %k.036
  %4 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %2, %4
  %sub = fsub float %mul, %mul8
  store float %sub, ptr %p.035, align 4, !tbaa !2
  %5 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul11 = fmul float %1, %5
  %6 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %mul13 = fmul float %2, %6
  %add = fadd float %mul11, %mul13
  store float %add, ptr %arrayidx5, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds i8, ptr %p.035, i32 8
  %inc = add nuw nsw i32 %k.036, 1
  %exitcond.not = icmp eq i32 %inc, %div
  br i1 %exitcond.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !53
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @attention(i32 noundef %layer, i32 noundef %pos) unnamed_addr #5 {
entry:
  %0 = load i32, ptr @n_heads, align 4, !tbaa !8
  %1 = load i32, ptr @n_kv, align 4, !tbaa !8
  %div = sdiv i32 %0, %1
  %2 = load i32, ptr @head_size, align 4, !tbaa !8
  %conv = sitofp i32 %2 to float
  %3 = tail call float @llvm.sqrt.f32(float %conv)
  %4 = load ptr, ptr @b_kc, align 4, !tbaa !6
  %5 = load i32, ptr @seq, align 4, !tbaa !8
  %mul = mul nsw i32 %5, %layer
  %6 = load i32, ptr @kv_dim, align 4, !tbaa !8
  %mul1 = mul nsw i32 %mul, %6
  %add.ptr = getelementptr inbounds float, ptr %4, i32 %mul1
  %7 = load ptr, ptr @b_vc, align 4, !tbaa !6
  %add.ptr4 = getelementptr inbounds float, ptr %7, i32 %mul1
  %cmp46 = icmp sgt i32 %0, 0
  br i1 %cmp46, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %8 = load ptr, ptr @b_att, align 4, !tbaa !6
  %9 = load ptr, ptr @b_q, align 4, !tbaa !6
  %add = add nsw i32 %pos, 1
  %add15 = add nsw i32 %pos, 8
  %div16 = sdiv i32 %add15, 8
  %mul17 = shl nsw i32 %div16, 3
  %cmp1844 = icmp slt i32 %add, %mul17
  %10 = load ptr, ptr @b_xb, align 4
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup20, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup20
  %h.047 = phi i32 [ 0, %for.body.lr.ph ], [ %inc26, %for.cond.cleanup20 ]
  %mul6 = mul nsw i32 %h.047, %5
  %add.ptr7 = getelementptr inbounds float, ptr %8, i32 %mul6
  %div8 = sdiv i32 %h.047, %div
  %mul9 = mul nsw i32 %div8, %2
  %mul10 = mul nsw i32 %h.047, %2
  %add.ptr11 = getelementptr inbounds float, ptr %9, i32 %mul10
  %add.ptr12 = getelementptr inbounds float, ptr %add.ptr, i32 %mul9
  tail call fastcc void @att_scores(ptr noundef %add.ptr7, ptr noundef %add.ptr11, ptr noundef %add.ptr12, i32 noundef %pos, float noundef %3) #11
  tail call fastcc void @softmax(ptr noundef %add.ptr7, i32 noundef %add) #11
  br i1 %cmp1844, label %for.body21, label %for.cond.cleanup20

for.cond.cleanup20:                               ; preds = %for.body21, %for.body
  %add.ptr23 = getelementptr inbounds float, ptr %10, i32 %mul10
  %add.ptr24 = getelementptr inbounds float, ptr %add.ptr4, i32 %mul9
  tail call fastcc void @att_mix(ptr noundef %add.ptr23, ptr noundef %add.ptr7, ptr noundef %add.ptr24, i32 noundef %pos) #11
  %inc26 = add nuw nsw i32 %h.047, 1
  %exitcond48.not = icmp eq i32 %inc26, %0
  br i1 %exitcond48.not, label %for.cond.cleanup, label %for.body, !llvm.loop !54

for.body21:                                       ; preds = %for.body, %for.body21
  %t.045 = phi i32 [ %inc, %for.body21 ], [ %add, %for.body ]
  %arrayidx = getelementptr inbounds float, ptr %add.ptr7, i32 %t.045
  store float 0.000000e+00, ptr %arrayidx, align 4, !tbaa !2
  %inc = add nsw i32 %t.045, 1
  %exitcond.not = icmp eq i32 %inc, %mul17
  br i1 %exitcond.not, label %for.cond.cleanup20, label %for.body21, !llvm.loop !55
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.exp.f32(float) #3

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @embed_w8a8(ptr nocapture noundef writeonly %out, i32 noundef %token) unnamed_addr #5 {
entry:
  %conv = sitofp i32 %token to float
  %mul = fmul float %conv, 5.000000e-01
  %0 = tail call float @llvm.floor.f32(float %mul)
  %conv1 = fptosi float %0 to i32
  %mul2 = shl i32 %conv1, 1
  %sub = sub nsw i32 %token, %mul2
  %1 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 8), align 4, !tbaa !13
  %cmp48 = icmp sgt i32 %1, 0
  br i1 %cmp48, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %2 = load ptr, ptr @w_emb, align 4, !tbaa !6
  %3 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 4), align 4, !tbaa !12
  %mul4 = mul i32 %mul2, %3
  %add.ptr = getelementptr inbounds float, ptr %2, i32 %mul4
  %sub6 = add nsw i32 %1, -1
  %tobool.not = icmp eq i32 %mul2, %token
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup12, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup12
  %out.addr.051 = phi ptr [ %out, %for.body.lr.ph ], [ %add.ptr27, %for.cond.cleanup12 ]
  %w.050 = phi ptr [ %add.ptr, %for.body.lr.ph ], [ %add.ptr26, %for.cond.cleanup12 ]
  %g.049 = phi i32 [ 0, %for.body.lr.ph ], [ %inc29, %for.cond.cleanup12 ]
  %cmp7 = icmp eq i32 %g.049, %sub6
  %4 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 20), align 4
  %5 = load i32, ptr getelementptr inbounds (i8, ptr @shD, i32 24), align 4
  %cond = select i1 %cmp7, i32 %4, i32 %5
  %arrayidx = getelementptr inbounds float, ptr %w.050, i32 %sub
  %6 = load float, ptr %arrayidx, align 4, !tbaa !2
  %cmp1046 = icmp sgt i32 %cond, 0
  br i1 %cmp1046, label %for.body13, label %for.cond.cleanup12

for.cond.cleanup12:                               ; preds = %for.body13, %for.body
  %add25 = add nsw i32 %cond, 2
  %add.ptr26 = getelementptr inbounds float, ptr %w.050, i32 %add25
  %add.ptr27 = getelementptr inbounds float, ptr %out.addr.051, i32 %cond
  %inc29 = add nuw nsw i32 %g.049, 1
  %exitcond52.not = icmp eq i32 %inc29, %1
  br i1 %exitcond52.not, label %for.cond.cleanup, label %for.body, !llvm.loop !56

for.body13:                                       ; preds = %for.body, %for.body13
  %j.047 = phi i32 [ %inc, %for.body13 ], [ 0, %for.body ]
  %add = add nuw nsw i32 %j.047, 2
  %arrayidx14 = getelementptr inbounds float, ptr %w.050, i32 %add
  %7 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %add15 = fadd float %7, 0x4160000000000000
  %mul16 = fmul float %add15, 0x3E70000000000000
  %8 = tail call float @llvm.floor.f32(float %mul16)
  %mul19 = fmul float %8, 0x4170000000000000
  %sub20 = fsub float %7, %mul19
  %cond22 = select i1 %tobool.not, float %sub20, float %8
  %mul23 = fmul float %6, %cond22
  %arrayidx24 = getelementptr inbounds float, ptr %out.addr.051, i32 %j.047
  store float %mul23, ptr %arrayidx24, align 4, !tbaa !2
  %inc = add nuw nsw i32 %j.047, 1
  %exitcond.not = icmp eq i32 %inc, %cond
  br i1 %exitcond.not, label %for.cond.cleanup12, label %for.body13, !llvm.loop !57
}

; Function Attrs: mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare float @llvm.sqrt.f32(float) #3

; Function Attrs: nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none)
define internal fastcc void @w8a8_prepare(ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %s) unnamed_addr #5 {
entry:
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %ngroups = getelementptr inbounds i8, ptr %s, i32 8
  %1 = load i32, ptr %ngroups, align 4, !tbaa !13
  %cmp79 = icmp sgt i32 %1, 0
  br i1 %cmp79, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %sub = add nsw i32 %1, -1
  %2 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup16, %entry
  %xq.0.lcssa = phi ptr [ %0, %entry ], [ %add.ptr23, %for.cond.cleanup16 ]
  %group_len27 = getelementptr inbounds i8, ptr %s, i32 24
  %3 = load i32, ptr %group_len27, align 4, !tbaa !18
  %cmp28 = icmp eq i32 %3, 32
  br i1 %cmp28, label %land.lhs.true, label %if.end42

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup16
  %x.addr.082 = phi ptr [ %x, %for.body.lr.ph ], [ %add.ptr, %for.cond.cleanup16 ]
  %xq.081 = phi ptr [ %0, %for.body.lr.ph ], [ %add.ptr23, %for.cond.cleanup16 ]
  %g.080 = phi i32 [ 0, %for.body.lr.ph ], [ %inc25, %for.cond.cleanup16 ]
  %cmp2 = icmp eq i32 %g.080, %sub
  %cond.in.v = select i1 %cmp2, i32 20, i32 24
  %cond.in = getelementptr inbounds i8, ptr %s, i32 %cond.in.v
  %cond = load i32, ptr %cond.in, align 4, !tbaa !8
  %cmp474 = icmp sgt i32 %cond, 0
  br i1 %cmp474, label %for.body6, label %for.cond.cleanup5.thread

for.cond.cleanup5.thread:                         ; preds = %for.body
  %arrayidx1294 = getelementptr inbounds float, ptr %2, i32 %g.080
  store float 0.000000e+00, ptr %arrayidx1294, align 4, !tbaa !2
  br label %for.cond.cleanup16

for.cond.cleanup5:                                ; preds = %for.body6
  %cmp8 = fcmp ogt float %max.1, 0.000000e+00
  %div = fdiv float 1.270000e+02, %max.1
  %inv.0 = select i1 %cmp8, float %div, float 0.000000e+00
  %div11 = fdiv float %max.1, 1.270000e+02
  %arrayidx12 = getelementptr inbounds float, ptr %2, i32 %g.080
  store float %div11, ptr %arrayidx12, align 4, !tbaa !2
  br i1 %cmp474, label %for.body17, label %for.cond.cleanup16

for.body6:                                        ; preds = %for.body, %for.body6
  %t.076 = phi i32 [ %inc, %for.body6 ], [ 0, %for.body ]
  %max.075 = phi float [ %max.1, %for.body6 ], [ 0.000000e+00, %for.body ]
  %arrayidx = getelementptr inbounds float, ptr %x.addr.082, i32 %t.076
  %4 = load float, ptr %arrayidx, align 4, !tbaa !2
  %5 = tail call float @llvm.fabs.f32(float %4)
  %cmp7 = fcmp ogt float %5, %max.075
  %max.1 = select i1 %cmp7, float %5, float %max.075
  %inc = add nuw nsw i32 %t.076, 1
  %exitcond.not = icmp eq i32 %inc, %cond
  br i1 %exitcond.not, label %for.cond.cleanup5, label %for.body6, !llvm.loop !58

for.cond.cleanup16:                               ; preds = %for.body17, %for.cond.cleanup5.thread, %for.cond.cleanup5
  %add.ptr = getelementptr inbounds float, ptr %x.addr.082, i32 %cond
  %add.ptr23 = getelementptr inbounds float, ptr %xq.081, i32 %cond
  %inc25 = add nuw nsw i32 %g.080, 1
  %exitcond87.not = icmp eq i32 %inc25, %1
  br i1 %exitcond87.not, label %for.cond.cleanup, label %for.body, !llvm.loop !59

for.body17:                                       ; preds = %for.cond.cleanup5, %for.body17
  %t13.078 = phi i32 [ %inc21, %for.body17 ], [ 0, %for.cond.cleanup5 ]
  %arrayidx18 = getelementptr inbounds float, ptr %x.addr.082, i32 %t13.078
  %6 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul = fmul float %inv.0, %6
  %add = fadd float %mul, 5.000000e-01
  %7 = tail call float @llvm.floor.f32(float %add)
  %arrayidx19 = getelementptr inbounds float, ptr %xq.081, i32 %t13.078
  store float %7, ptr %arrayidx19, align 4, !tbaa !2
  %inc21 = add nuw nsw i32 %t13.078, 1
  %exitcond86.not = icmp eq i32 %inc21, %cond
  br i1 %exitcond86.not, label %for.cond.cleanup16, label %for.body17, !llvm.loop !60

land.lhs.true:                                    ; preds = %for.cond.cleanup
  %8 = load i32, ptr %s, align 4, !tbaa !10
  %9 = srem i32 %8, 32
  %cmp.not.i = icmp eq i32 %9, 0
  br i1 %cmp.not.i, label %if.end42, label %long_tail.exit

long_tail.exit:                                   ; preds = %land.lhs.true
  %sub1.i = sub nsw i32 32, %9
  %div2.i = sdiv i32 %8, 8
  %cmp3.i.not = icmp sgt i32 %sub1.i, %div2.i
  br i1 %cmp3.i.not, label %if.end42, label %if.then29

if.then29:                                        ; preds = %long_tail.exit
  %last_len31 = getelementptr inbounds i8, ptr %s, i32 20
  %10 = load i32, ptr %last_len31, align 4, !tbaa !16
  %cmp3384 = icmp slt i32 %10, 32
  br i1 %cmp3384, label %for.body35, label %if.end42

for.body35:                                       ; preds = %if.then29, %for.body35
  %t30.085 = phi i32 [ %inc40, %for.body35 ], [ %10, %if.then29 ]
  %sub37 = sub nsw i32 %t30.085, %10
  %arrayidx38 = getelementptr inbounds float, ptr %xq.0.lcssa, i32 %sub37
  store float 0.000000e+00, ptr %arrayidx38, align 4, !tbaa !2
  %inc40 = add i32 %t30.085, 1
  %exitcond88.not = icmp eq i32 %inc40, 32
  br i1 %exitcond88.not, label %if.end42, label %for.body35, !llvm.loop !61

if.end42:                                         ; preds = %for.body35, %if.then29, %land.lhs.true, %long_tail.exit, %for.cond.cleanup
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, ptr nocapture noundef readonly %s, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp70 = icmp sgt i32 %d, 0
  br i1 %cmp70, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %ngroups = getelementptr inbounds i8, ptr %s, i32 8
  %1 = load i32, ptr %ngroups, align 4, !tbaa !13
  %cmp261 = icmp sgt i32 %1, 0
  %sub = add nsw i32 %1, -1
  %2 = load ptr, ptr @b_qsx, align 4
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end
  %w.addr.072 = phi ptr [ %w, %for.body.lr.ph ], [ %w.addr.1.lcssa, %if.end ]
  %i.071 = phi i32 [ 0, %for.body.lr.ph ], [ %add27, %if.end ]
  br i1 %cmp261, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %dot_steps.exit, %for.body
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add12, %dot_steps.exit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add17, %dot_steps.exit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.072, %for.body ], [ %add.ptr19, %dot_steps.exit ]
  %arrayidx21 = getelementptr inbounds float, ptr %out, i32 %i.071
  store float %acc_a.0.lcssa, ptr %arrayidx21, align 4, !tbaa !2
  %add22 = or disjoint i32 %i.071, 1
  %cmp23 = icmp slt i32 %add22, %d
  br i1 %cmp23, label %if.then, label %if.end

for.body4:                                        ; preds = %for.body, %dot_steps.exit
  %w.addr.166 = phi ptr [ %add.ptr19, %dot_steps.exit ], [ %w.addr.072, %for.body ]
  %g.065 = phi i32 [ %inc, %dot_steps.exit ], [ 0, %for.body ]
  %xq.064 = phi ptr [ %add.ptr20, %dot_steps.exit ], [ %0, %for.body ]
  %acc_b.063 = phi float [ %add17, %dot_steps.exit ], [ 0.000000e+00, %for.body ]
  %acc_a.062 = phi float [ %add12, %dot_steps.exit ], [ 0.000000e+00, %for.body ]
  %cmp6 = icmp eq i32 %g.065, %sub
  %cond.in.v = select i1 %cmp6, i32 20, i32 24
  %cond.in = getelementptr inbounds i8, ptr %s, i32 %cond.in.v
  %cond = load i32, ptr %cond.in, align 4, !tbaa !8
  %add.ptr = getelementptr i8, ptr %w.addr.166, i32 8
  %div.i = sdiv i32 %cond, 16
  %mul.i = shl nsw i32 %div.i, 4
  %sub.i = sub nsw i32 %cond, %mul.i
  %cmp.i54 = icmp sgt i32 %cond, 15
  br i1 %cmp.i54, label %for.body.i.preheader, label %for.cond.cleanup.i

for.body.i.preheader:                             ; preds = %for.body4
  %3 = shl i32 %div.i, 6
  %scevgep73 = getelementptr i8, ptr %add.ptr, i32 %3
  br label %for.body.i

for.cond.cleanup.i.loopexit:                      ; preds = %for.body.i
  %scevgep74 = getelementptr i8, ptr %xq.064, i32 %3
  br label %for.cond.cleanup.i

for.cond.cleanup.i:                               ; preds = %for.cond.cleanup.i.loopexit, %for.body4
  %a.addr.0.i.lcssa = phi ptr [ %add.ptr, %for.body4 ], [ %scevgep73, %for.cond.cleanup.i.loopexit ]
  %b.addr.0.i.lcssa = phi ptr [ %xq.064, %for.body4 ], [ %scevgep74, %for.cond.cleanup.i.loopexit ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.body4 ], [ %add61.i, %for.cond.cleanup.i.loopexit ]
  %cmp63.i = icmp sgt i32 %sub.i, 7
  br i1 %cmp63.i, label %if.then.i, label %if.end.i

for.body.i:                                       ; preds = %for.body.i.preheader, %for.body.i
  %t.0.i58 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.body.i.preheader ]
  %s.addr.0.i57 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.body.i.preheader ]
  %b.addr.0.i56 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %xq.064, %for.body.i.preheader ]
  %a.addr.0.i55 = phi ptr [ %add.ptr.i, %for.body.i ], [ %add.ptr, %for.body.i.preheader ]
  %4 = load float, ptr %a.addr.0.i55, align 4, !tbaa !2
  %5 = load float, ptr %b.addr.0.i56, align 4, !tbaa !2
  %mul.i53 = fmul float %4, %5
  %add.i = fadd float %s.addr.0.i57, %mul.i53
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 4
  %6 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 4
  %7 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %6, %7
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 8
  %8 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 8
  %9 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %8, %9
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 12
  %10 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 12
  %11 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %10, %11
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 16
  %12 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 16
  %13 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %12, %13
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 20
  %14 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 20
  %15 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %14, %15
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 24
  %16 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 24
  %17 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %16, %17
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 28
  %18 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 28
  %19 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %18, %19
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 32
  %20 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 32
  %21 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %20, %21
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 36
  %22 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 36
  %23 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %22, %23
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 40
  %24 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 40
  %25 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %24, %25
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 44
  %26 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 44
  %27 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %26, %27
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 48
  %28 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 48
  %29 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %28, %29
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 52
  %30 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 52
  %31 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %30, %31
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 56
  %32 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 56
  %33 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %32, %33
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 60
  %34 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 60
  %35 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %34, %35
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i55, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i56, i32 64
  %inc.i = add nuw nsw i32 %t.0.i58, 1
  %exitcond.not = icmp eq i32 %inc.i, %div.i
  br i1 %exitcond.not, label %for.cond.cleanup.i.loopexit, label %for.body.i, !llvm.loop !62

if.then.i:                                        ; preds = %for.cond.cleanup.i
  %36 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %37 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %36, %37
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %38 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %39 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %38, %39
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %40 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %41 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %40, %41
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %42 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %43 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %42, %43
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %44 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %45 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %44, %45
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %46 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %47 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %46, %47
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %48 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %49 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %48, %49
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %50 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %51 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %50, %51
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 32
  %add.ptr97.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 32
  %sub.i52 = add nsw i32 %sub.i, -8
  br label %if.end.i

if.end.i:                                         ; preds = %if.then.i, %for.cond.cleanup.i
  %a.addr.1.i = phi ptr [ %add.ptr96.i, %if.then.i ], [ %a.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %b.addr.1.i = phi ptr [ %add.ptr97.i, %if.then.i ], [ %b.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %s.addr.1.i = phi float [ %add95.i, %if.then.i ], [ %s.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %left.addr.0.i = phi i32 [ %sub.i52, %if.then.i ], [ %sub.i, %for.cond.cleanup.i ]
  %cmp98.i = icmp sgt i32 %left.addr.0.i, 3
  br i1 %cmp98.i, label %if.then99.i, label %if.end119.i

if.then99.i:                                      ; preds = %if.end.i
  %52 = load float, ptr %a.addr.1.i, align 4, !tbaa !2
  %53 = load float, ptr %b.addr.1.i, align 4, !tbaa !2
  %mul102.i = fmul float %52, %53
  %add103.i = fadd float %s.addr.1.i, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 4
  %54 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 4
  %55 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %54, %55
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 8
  %56 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 8
  %57 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %56, %57
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 12
  %58 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 12
  %59 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %58, %59
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 16
  %add.ptr117.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 16
  %sub118.i = add nsw i32 %left.addr.0.i, -4
  br label %if.end119.i

if.end119.i:                                      ; preds = %if.then99.i, %if.end.i
  %a.addr.2.i = phi ptr [ %add.ptr116.i, %if.then99.i ], [ %a.addr.1.i, %if.end.i ]
  %b.addr.2.i = phi ptr [ %add.ptr117.i, %if.then99.i ], [ %b.addr.1.i, %if.end.i ]
  %s.addr.2.i = phi float [ %add115.i, %if.then99.i ], [ %s.addr.1.i, %if.end.i ]
  %left.addr.1.i = phi i32 [ %sub118.i, %if.then99.i ], [ %left.addr.0.i, %if.end.i ]
  %cmp120.i = icmp sgt i32 %left.addr.1.i, 1
  br i1 %cmp120.i, label %if.then121.i, label %if.end133.i

if.then121.i:                                     ; preds = %if.end119.i
  %60 = load float, ptr %a.addr.2.i, align 4, !tbaa !2
  %61 = load float, ptr %b.addr.2.i, align 4, !tbaa !2
  %mul124.i = fmul float %60, %61
  %add125.i = fadd float %s.addr.2.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.2.i, i32 4
  %62 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.2.i, i32 4
  %63 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %62, %63
  %add129.i = fadd float %add125.i, %mul128.i
  %add.ptr130.i = getelementptr inbounds i8, ptr %a.addr.2.i, i32 8
  %add.ptr131.i = getelementptr inbounds i8, ptr %b.addr.2.i, i32 8
  %sub132.i = add nsw i32 %left.addr.1.i, -2
  br label %if.end133.i

if.end133.i:                                      ; preds = %if.then121.i, %if.end119.i
  %a.addr.3.i = phi ptr [ %add.ptr130.i, %if.then121.i ], [ %a.addr.2.i, %if.end119.i ]
  %b.addr.3.i = phi ptr [ %add.ptr131.i, %if.then121.i ], [ %b.addr.2.i, %if.end119.i ]
  %s.addr.3.i = phi float [ %add129.i, %if.then121.i ], [ %s.addr.2.i, %if.end119.i ]
  %left.addr.2.i = phi i32 [ %sub132.i, %if.then121.i ], [ %left.addr.1.i, %if.end119.i ]
  %cmp134.i = icmp sgt i32 %left.addr.2.i, 0
  br i1 %cmp134.i, label %if.then135.i, label %dot_steps.exit

if.then135.i:                                     ; preds = %if.end133.i
  %64 = load float, ptr %a.addr.3.i, align 4, !tbaa !2
  %65 = load float, ptr %b.addr.3.i, align 4, !tbaa !2
  %mul138.i = fmul float %64, %65
  %add139.i = fadd float %s.addr.3.i, %mul138.i
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %if.end133.i, %if.then135.i
  %s.addr.4.i = phi float [ %add139.i, %if.then135.i ], [ %s.addr.3.i, %if.end133.i ]
  %add = fadd float %s.addr.4.i, 0x4160000000000000
  %mul = fmul float %add, 0x3E70000000000000
  %66 = tail call float @llvm.floor.f32(float %mul)
  %67 = load float, ptr %w.addr.166, align 4, !tbaa !2
  %arrayidx7 = getelementptr inbounds float, ptr %2, i32 %g.065
  %68 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %67, %68
  %mul9 = fmul float %66, 0x4170000000000000
  %sub10 = fsub float %s.addr.4.i, %mul9
  %mul11 = fmul float %mul8, %sub10
  %add12 = fadd float %acc_a.062, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %w.addr.166, i32 4
  %69 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %mul15 = fmul float %68, %69
  %mul16 = fmul float %66, %mul15
  %add17 = fadd float %acc_b.063, %mul16
  %add18 = add nsw i32 %cond, 2
  %add.ptr19 = getelementptr inbounds float, ptr %w.addr.166, i32 %add18
  %add.ptr20 = getelementptr inbounds float, ptr %xq.064, i32 %cond
  %inc = add nuw nsw i32 %g.065, 1
  %exitcond75.not = icmp eq i32 %inc, %1
  br i1 %exitcond75.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !63

if.then:                                          ; preds = %for.cond.cleanup3
  %arrayidx25 = getelementptr inbounds float, ptr %out, i32 %add22
  store float %acc_b.0.lcssa, ptr %arrayidx25, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %if.then, %for.cond.cleanup3
  %add27 = add nuw nsw i32 %i.071, 2
  %cmp = icmp slt i32 %add27, %d
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !64
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g2(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, ptr nocapture noundef readonly %s, i32 noundef %d) unnamed_addr #6 {
entry:
  %ngroups = getelementptr inbounds i8, ptr %s, i32 8
  %0 = load i32, ptr %ngroups, align 4, !tbaa !13
  %sub = add i32 %0, -1
  %cmp98 = icmp sgt i32 %d, 0
  br i1 %cmp98, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %1 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %cmp283 = icmp sgt i32 %0, 1
  %2 = load ptr, ptr @b_qsx, align 4
  %last_items = getelementptr inbounds i8, ptr %s, i32 16
  %3 = load i32, ptr %last_items, align 4, !tbaa !15
  %div.i = sdiv i32 %3, 8
  %mul.i = shl nsw i32 %div.i, 3
  %sub.i = sub nsw i32 %3, %mul.i
  %cmp.i90 = icmp sgt i32 %3, 7
  %cmp184.i = icmp sgt i32 %sub.i, 3
  %sub279.i = add nsw i32 %sub.i, -4
  %arrayidx42 = getelementptr inbounds float, ptr %2, i32 %sub
  %add47 = add nsw i32 %3, 1
  %4 = mul i32 %0, 12
  %5 = add i32 %4, -12
  %6 = shl i32 %0, 5
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep101 = getelementptr i8, ptr %7, i32 -32
  %8 = shl i32 %div.i, 5
  %9 = or disjoint i32 %8, 4
  %10 = shl i32 %div.i, 7
  br label %for.body

for.cond.cleanup:                                 ; preds = %q8_group.exit, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %q8_group.exit
  %w.addr.0100 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr48, %q8_group.exit ]
  %i.099 = phi i32 [ 0, %for.body.lr.ph ], [ %inc51, %q8_group.exit ]
  br i1 %cmp283, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0100, i32 %5
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %y.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep101, %for.cond.cleanup3.loopexit ]
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add37, %for.cond.cleanup3.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0100, %for.body ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %add.ptr40 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  br i1 %cmp.i90, label %for.body.i.preheader, label %for.cond.cleanup.i

for.body.i.preheader:                             ; preds = %for.cond.cleanup3
  %scevgep102 = getelementptr i8, ptr %w.addr.1.lcssa, i32 %9
  br label %for.body.i

for.cond.cleanup.i.loopexit:                      ; preds = %for.body.i
  %scevgep103 = getelementptr i8, ptr %y.0.lcssa, i32 %10
  br label %for.cond.cleanup.i

for.cond.cleanup.i:                               ; preds = %for.cond.cleanup.i.loopexit, %for.cond.cleanup3
  %y.addr.0.i.lcssa = phi ptr [ %y.0.lcssa, %for.cond.cleanup3 ], [ %scevgep103, %for.cond.cleanup.i.loopexit ]
  %s.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.cleanup3 ], [ %add181.i, %for.cond.cleanup.i.loopexit ]
  %p.addr.0.i.lcssa = phi ptr [ %add.ptr40, %for.cond.cleanup3 ], [ %scevgep102, %for.cond.cleanup.i.loopexit ]
  br i1 %cmp184.i, label %if.then.i, label %if.end.i

for.body.i:                                       ; preds = %for.body.i.preheader, %for.body.i
  %t.0.i94 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.body.i.preheader ]
  %p.addr.0.i93 = phi ptr [ %add.ptr182.i, %for.body.i ], [ %add.ptr40, %for.body.i.preheader ]
  %s.0.i92 = phi float [ %add181.i, %for.body.i ], [ 0.000000e+00, %for.body.i.preheader ]
  %y.addr.0.i91 = phi ptr [ %add.ptr183.i, %for.body.i ], [ %y.0.lcssa, %for.body.i.preheader ]
  %11 = load float, ptr %p.addr.0.i93, align 4, !tbaa !2
  %12 = load float, ptr %y.addr.0.i91, align 4, !tbaa !2
  %mul2.i = fmul float %11, %12
  %add.i = fadd float %s.0.i92, %mul2.i
  %mul4.i = fmul float %11, 3.906250e-03
  %13 = tail call float @llvm.floor.f32(float %mul4.i)
  %arrayidx6.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 4
  %14 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %mul7.i = fmul float %13, %14
  %add8.i = fadd float %add.i, %mul7.i
  %mul10.i = fmul float %11, 0x3EF0000000000000
  %15 = tail call float @llvm.floor.f32(float %mul10.i)
  %arrayidx12.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 8
  %16 = load float, ptr %arrayidx12.i, align 4, !tbaa !2
  %mul13.i = fmul float %15, %16
  %add14.i = fadd float %add8.i, %mul13.i
  %mul16.i = fmul float %11, 0x3E70000000000000
  %17 = tail call float @llvm.floor.f32(float %mul16.i)
  %arrayidx18.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 12
  %18 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %mul19.i = fmul float %17, %18
  %add20.i = fadd float %add14.i, %mul19.i
  %arrayidx21.i = getelementptr inbounds i8, ptr %p.addr.0.i93, i32 4
  %19 = load float, ptr %arrayidx21.i, align 4, !tbaa !2
  %add.ptr22.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 16
  %20 = load float, ptr %add.ptr22.i, align 4, !tbaa !2
  %mul24.i = fmul float %19, %20
  %add25.i = fadd float %add20.i, %mul24.i
  %mul27.i = fmul float %19, 3.906250e-03
  %21 = tail call float @llvm.floor.f32(float %mul27.i)
  %arrayidx29.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 20
  %22 = load float, ptr %arrayidx29.i, align 4, !tbaa !2
  %mul30.i = fmul float %21, %22
  %add31.i = fadd float %add25.i, %mul30.i
  %mul33.i = fmul float %19, 0x3EF0000000000000
  %23 = tail call float @llvm.floor.f32(float %mul33.i)
  %arrayidx35.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 24
  %24 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %23, %24
  %add37.i = fadd float %add31.i, %mul36.i
  %mul39.i = fmul float %19, 0x3E70000000000000
  %25 = tail call float @llvm.floor.f32(float %mul39.i)
  %arrayidx41.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 28
  %26 = load float, ptr %arrayidx41.i, align 4, !tbaa !2
  %mul42.i = fmul float %25, %26
  %add43.i = fadd float %add37.i, %mul42.i
  %arrayidx44.i = getelementptr inbounds i8, ptr %p.addr.0.i93, i32 8
  %27 = load float, ptr %arrayidx44.i, align 4, !tbaa !2
  %add.ptr45.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 32
  %28 = load float, ptr %add.ptr45.i, align 4, !tbaa !2
  %mul47.i = fmul float %27, %28
  %add48.i = fadd float %add43.i, %mul47.i
  %mul50.i = fmul float %27, 3.906250e-03
  %29 = tail call float @llvm.floor.f32(float %mul50.i)
  %arrayidx52.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 36
  %30 = load float, ptr %arrayidx52.i, align 4, !tbaa !2
  %mul53.i = fmul float %29, %30
  %add54.i = fadd float %add48.i, %mul53.i
  %mul56.i = fmul float %27, 0x3EF0000000000000
  %31 = tail call float @llvm.floor.f32(float %mul56.i)
  %arrayidx58.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 40
  %32 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %mul59.i = fmul float %31, %32
  %add60.i = fadd float %add54.i, %mul59.i
  %mul62.i = fmul float %27, 0x3E70000000000000
  %33 = tail call float @llvm.floor.f32(float %mul62.i)
  %arrayidx64.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 44
  %34 = load float, ptr %arrayidx64.i, align 4, !tbaa !2
  %mul65.i = fmul float %33, %34
  %add66.i = fadd float %add60.i, %mul65.i
  %arrayidx67.i = getelementptr inbounds i8, ptr %p.addr.0.i93, i32 12
  %35 = load float, ptr %arrayidx67.i, align 4, !tbaa !2
  %add.ptr68.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 48
  %36 = load float, ptr %add.ptr68.i, align 4, !tbaa !2
  %mul70.i = fmul float %35, %36
  %add71.i = fadd float %add66.i, %mul70.i
  %mul73.i = fmul float %35, 3.906250e-03
  %37 = tail call float @llvm.floor.f32(float %mul73.i)
  %arrayidx75.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 52
  %38 = load float, ptr %arrayidx75.i, align 4, !tbaa !2
  %mul76.i = fmul float %37, %38
  %add77.i = fadd float %add71.i, %mul76.i
  %mul79.i = fmul float %35, 0x3EF0000000000000
  %39 = tail call float @llvm.floor.f32(float %mul79.i)
  %arrayidx81.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 56
  %40 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %39, %40
  %add83.i = fadd float %add77.i, %mul82.i
  %mul85.i = fmul float %35, 0x3E70000000000000
  %41 = tail call float @llvm.floor.f32(float %mul85.i)
  %arrayidx87.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 60
  %42 = load float, ptr %arrayidx87.i, align 4, !tbaa !2
  %mul88.i = fmul float %41, %42
  %add89.i = fadd float %add83.i, %mul88.i
  %arrayidx90.i = getelementptr inbounds i8, ptr %p.addr.0.i93, i32 16
  %43 = load float, ptr %arrayidx90.i, align 4, !tbaa !2
  %add.ptr91.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 64
  %44 = load float, ptr %add.ptr91.i, align 4, !tbaa !2
  %mul93.i = fmul float %43, %44
  %add94.i = fadd float %add89.i, %mul93.i
  %mul96.i = fmul float %43, 3.906250e-03
  %45 = tail call float @llvm.floor.f32(float %mul96.i)
  %arrayidx98.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 68
  %46 = load float, ptr %arrayidx98.i, align 4, !tbaa !2
  %mul99.i = fmul float %45, %46
  %add100.i = fadd float %add94.i, %mul99.i
  %mul102.i = fmul float %43, 0x3EF0000000000000
  %47 = tail call float @llvm.floor.f32(float %mul102.i)
  %arrayidx104.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 72
  %48 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %mul105.i = fmul float %47, %48
  %add106.i = fadd float %add100.i, %mul105.i
  %mul108.i = fmul float %43, 0x3E70000000000000
  %49 = tail call float @llvm.floor.f32(float %mul108.i)
  %arrayidx110.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 76
  %50 = load float, ptr %arrayidx110.i, align 4, !tbaa !2
  %mul111.i = fmul float %49, %50
  %add112.i = fadd float %add106.i, %mul111.i
  %arrayidx113.i = getelementptr inbounds i8, ptr %p.addr.0.i93, i32 20
  %51 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %add.ptr114.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 80
  %52 = load float, ptr %add.ptr114.i, align 4, !tbaa !2
  %mul116.i = fmul float %51, %52
  %add117.i = fadd float %add112.i, %mul116.i
  %mul119.i = fmul float %51, 3.906250e-03
  %53 = tail call float @llvm.floor.f32(float %mul119.i)
  %arrayidx121.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 84
  %54 = load float, ptr %arrayidx121.i, align 4, !tbaa !2
  %mul122.i = fmul float %53, %54
  %add123.i = fadd float %add117.i, %mul122.i
  %mul125.i = fmul float %51, 0x3EF0000000000000
  %55 = tail call float @llvm.floor.f32(float %mul125.i)
  %arrayidx127.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 88
  %56 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %55, %56
  %add129.i = fadd float %add123.i, %mul128.i
  %mul131.i = fmul float %51, 0x3E70000000000000
  %57 = tail call float @llvm.floor.f32(float %mul131.i)
  %arrayidx133.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 92
  %58 = load float, ptr %arrayidx133.i, align 4, !tbaa !2
  %mul134.i = fmul float %57, %58
  %add135.i = fadd float %add129.i, %mul134.i
  %arrayidx136.i = getelementptr inbounds i8, ptr %p.addr.0.i93, i32 24
  %59 = load float, ptr %arrayidx136.i, align 4, !tbaa !2
  %add.ptr137.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 96
  %60 = load float, ptr %add.ptr137.i, align 4, !tbaa !2
  %mul139.i = fmul float %59, %60
  %add140.i = fadd float %add135.i, %mul139.i
  %mul142.i = fmul float %59, 3.906250e-03
  %61 = tail call float @llvm.floor.f32(float %mul142.i)
  %arrayidx144.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 100
  %62 = load float, ptr %arrayidx144.i, align 4, !tbaa !2
  %mul145.i = fmul float %61, %62
  %add146.i = fadd float %add140.i, %mul145.i
  %mul148.i = fmul float %59, 0x3EF0000000000000
  %63 = tail call float @llvm.floor.f32(float %mul148.i)
  %arrayidx150.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 104
  %64 = load float, ptr %arrayidx150.i, align 4, !tbaa !2
  %mul151.i = fmul float %63, %64
  %add152.i = fadd float %add146.i, %mul151.i
  %mul154.i = fmul float %59, 0x3E70000000000000
  %65 = tail call float @llvm.floor.f32(float %mul154.i)
  %arrayidx156.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 108
  %66 = load float, ptr %arrayidx156.i, align 4, !tbaa !2
  %mul157.i = fmul float %65, %66
  %add158.i = fadd float %add152.i, %mul157.i
  %arrayidx159.i = getelementptr inbounds i8, ptr %p.addr.0.i93, i32 28
  %67 = load float, ptr %arrayidx159.i, align 4, !tbaa !2
  %add.ptr160.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 112
  %68 = load float, ptr %add.ptr160.i, align 4, !tbaa !2
  %mul162.i = fmul float %67, %68
  %add163.i = fadd float %add158.i, %mul162.i
  %mul165.i = fmul float %67, 3.906250e-03
  %69 = tail call float @llvm.floor.f32(float %mul165.i)
  %arrayidx167.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 116
  %70 = load float, ptr %arrayidx167.i, align 4, !tbaa !2
  %mul168.i = fmul float %69, %70
  %add169.i = fadd float %add163.i, %mul168.i
  %mul171.i = fmul float %67, 0x3EF0000000000000
  %71 = tail call float @llvm.floor.f32(float %mul171.i)
  %arrayidx173.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 120
  %72 = load float, ptr %arrayidx173.i, align 4, !tbaa !2
  %mul174.i = fmul float %71, %72
  %add175.i = fadd float %add169.i, %mul174.i
  %mul177.i = fmul float %67, 0x3E70000000000000
  %73 = tail call float @llvm.floor.f32(float %mul177.i)
  %arrayidx179.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 124
  %74 = load float, ptr %arrayidx179.i, align 4, !tbaa !2
  %mul180.i = fmul float %73, %74
  %add181.i = fadd float %add175.i, %mul180.i
  %add.ptr182.i = getelementptr inbounds i8, ptr %p.addr.0.i93, i32 32
  %add.ptr183.i = getelementptr inbounds i8, ptr %y.addr.0.i91, i32 128
  %inc.i = add nuw nsw i32 %t.0.i94, 1
  %exitcond104.not = icmp eq i32 %inc.i, %div.i
  br i1 %exitcond104.not, label %for.cond.cleanup.i.loopexit, label %for.body.i, !llvm.loop !65

if.then.i:                                        ; preds = %for.cond.cleanup.i
  %75 = load float, ptr %p.addr.0.i.lcssa, align 4, !tbaa !2
  %76 = load float, ptr %y.addr.0.i.lcssa, align 4, !tbaa !2
  %mul188.i = fmul float %75, %76
  %add189.i = fadd float %s.0.i.lcssa, %mul188.i
  %mul191.i = fmul float %75, 3.906250e-03
  %77 = tail call float @llvm.floor.f32(float %mul191.i)
  %arrayidx193.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 4
  %78 = load float, ptr %arrayidx193.i, align 4, !tbaa !2
  %mul194.i = fmul float %77, %78
  %add195.i = fadd float %add189.i, %mul194.i
  %mul197.i = fmul float %75, 0x3EF0000000000000
  %79 = tail call float @llvm.floor.f32(float %mul197.i)
  %arrayidx199.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 8
  %80 = load float, ptr %arrayidx199.i, align 4, !tbaa !2
  %mul200.i = fmul float %79, %80
  %add201.i = fadd float %add195.i, %mul200.i
  %mul203.i = fmul float %75, 0x3E70000000000000
  %81 = tail call float @llvm.floor.f32(float %mul203.i)
  %arrayidx205.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 12
  %82 = load float, ptr %arrayidx205.i, align 4, !tbaa !2
  %mul206.i = fmul float %81, %82
  %add207.i = fadd float %add201.i, %mul206.i
  %arrayidx208.i = getelementptr inbounds i8, ptr %p.addr.0.i.lcssa, i32 4
  %83 = load float, ptr %arrayidx208.i, align 4, !tbaa !2
  %add.ptr209.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 16
  %84 = load float, ptr %add.ptr209.i, align 4, !tbaa !2
  %mul211.i = fmul float %83, %84
  %add212.i = fadd float %add207.i, %mul211.i
  %mul214.i = fmul float %83, 3.906250e-03
  %85 = tail call float @llvm.floor.f32(float %mul214.i)
  %arrayidx216.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 20
  %86 = load float, ptr %arrayidx216.i, align 4, !tbaa !2
  %mul217.i = fmul float %85, %86
  %add218.i = fadd float %add212.i, %mul217.i
  %mul220.i = fmul float %83, 0x3EF0000000000000
  %87 = tail call float @llvm.floor.f32(float %mul220.i)
  %arrayidx222.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 24
  %88 = load float, ptr %arrayidx222.i, align 4, !tbaa !2
  %mul223.i = fmul float %87, %88
  %add224.i = fadd float %add218.i, %mul223.i
  %mul226.i = fmul float %83, 0x3E70000000000000
  %89 = tail call float @llvm.floor.f32(float %mul226.i)
  %arrayidx228.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 28
  %90 = load float, ptr %arrayidx228.i, align 4, !tbaa !2
  %mul229.i = fmul float %89, %90
  %add230.i = fadd float %add224.i, %mul229.i
  %arrayidx231.i = getelementptr inbounds i8, ptr %p.addr.0.i.lcssa, i32 8
  %91 = load float, ptr %arrayidx231.i, align 4, !tbaa !2
  %add.ptr232.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 32
  %92 = load float, ptr %add.ptr232.i, align 4, !tbaa !2
  %mul234.i = fmul float %91, %92
  %add235.i = fadd float %add230.i, %mul234.i
  %mul237.i = fmul float %91, 3.906250e-03
  %93 = tail call float @llvm.floor.f32(float %mul237.i)
  %arrayidx239.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 36
  %94 = load float, ptr %arrayidx239.i, align 4, !tbaa !2
  %mul240.i = fmul float %93, %94
  %add241.i = fadd float %add235.i, %mul240.i
  %mul243.i = fmul float %91, 0x3EF0000000000000
  %95 = tail call float @llvm.floor.f32(float %mul243.i)
  %arrayidx245.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 40
  %96 = load float, ptr %arrayidx245.i, align 4, !tbaa !2
  %mul246.i = fmul float %95, %96
  %add247.i = fadd float %add241.i, %mul246.i
  %mul249.i = fmul float %91, 0x3E70000000000000
  %97 = tail call float @llvm.floor.f32(float %mul249.i)
  %arrayidx251.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 44
  %98 = load float, ptr %arrayidx251.i, align 4, !tbaa !2
  %mul252.i = fmul float %97, %98
  %add253.i = fadd float %add247.i, %mul252.i
  %arrayidx254.i = getelementptr inbounds i8, ptr %p.addr.0.i.lcssa, i32 12
  %99 = load float, ptr %arrayidx254.i, align 4, !tbaa !2
  %add.ptr255.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 48
  %100 = load float, ptr %add.ptr255.i, align 4, !tbaa !2
  %mul257.i = fmul float %99, %100
  %add258.i = fadd float %add253.i, %mul257.i
  %mul260.i = fmul float %99, 3.906250e-03
  %101 = tail call float @llvm.floor.f32(float %mul260.i)
  %arrayidx262.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 52
  %102 = load float, ptr %arrayidx262.i, align 4, !tbaa !2
  %mul263.i = fmul float %101, %102
  %add264.i = fadd float %add258.i, %mul263.i
  %mul266.i = fmul float %99, 0x3EF0000000000000
  %103 = tail call float @llvm.floor.f32(float %mul266.i)
  %arrayidx268.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 56
  %104 = load float, ptr %arrayidx268.i, align 4, !tbaa !2
  %mul269.i = fmul float %103, %104
  %add270.i = fadd float %add264.i, %mul269.i
  %mul272.i = fmul float %99, 0x3E70000000000000
  %105 = tail call float @llvm.floor.f32(float %mul272.i)
  %arrayidx274.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 60
  %106 = load float, ptr %arrayidx274.i, align 4, !tbaa !2
  %mul275.i = fmul float %105, %106
  %add276.i = fadd float %add270.i, %mul275.i
  %add.ptr277.i = getelementptr inbounds i8, ptr %p.addr.0.i.lcssa, i32 16
  %add.ptr278.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 64
  br label %if.end.i

if.end.i:                                         ; preds = %if.then.i, %for.cond.cleanup.i
  %y.addr.1.i = phi ptr [ %add.ptr278.i, %if.then.i ], [ %y.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %s.1.i = phi float [ %add276.i, %if.then.i ], [ %s.0.i.lcssa, %for.cond.cleanup.i ]
  %p.addr.1.i = phi ptr [ %add.ptr277.i, %if.then.i ], [ %p.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %left.0.i = phi i32 [ %sub279.i, %if.then.i ], [ %sub.i, %for.cond.cleanup.i ]
  %cmp280.i = icmp sgt i32 %left.0.i, 1
  br i1 %cmp280.i, label %if.then281.i, label %if.end331.i

if.then281.i:                                     ; preds = %if.end.i
  %107 = load float, ptr %p.addr.1.i, align 4, !tbaa !2
  %108 = load float, ptr %y.addr.1.i, align 4, !tbaa !2
  %mul285.i = fmul float %107, %108
  %add286.i = fadd float %s.1.i, %mul285.i
  %mul288.i = fmul float %107, 3.906250e-03
  %109 = tail call float @llvm.floor.f32(float %mul288.i)
  %arrayidx290.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 4
  %110 = load float, ptr %arrayidx290.i, align 4, !tbaa !2
  %mul291.i = fmul float %109, %110
  %add292.i = fadd float %add286.i, %mul291.i
  %mul294.i = fmul float %107, 0x3EF0000000000000
  %111 = tail call float @llvm.floor.f32(float %mul294.i)
  %arrayidx296.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 8
  %112 = load float, ptr %arrayidx296.i, align 4, !tbaa !2
  %mul297.i = fmul float %111, %112
  %add298.i = fadd float %add292.i, %mul297.i
  %mul300.i = fmul float %107, 0x3E70000000000000
  %113 = tail call float @llvm.floor.f32(float %mul300.i)
  %arrayidx302.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 12
  %114 = load float, ptr %arrayidx302.i, align 4, !tbaa !2
  %mul303.i = fmul float %113, %114
  %add304.i = fadd float %add298.i, %mul303.i
  %arrayidx305.i = getelementptr inbounds i8, ptr %p.addr.1.i, i32 4
  %115 = load float, ptr %arrayidx305.i, align 4, !tbaa !2
  %add.ptr306.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 16
  %116 = load float, ptr %add.ptr306.i, align 4, !tbaa !2
  %mul308.i = fmul float %115, %116
  %add309.i = fadd float %add304.i, %mul308.i
  %mul311.i = fmul float %115, 3.906250e-03
  %117 = tail call float @llvm.floor.f32(float %mul311.i)
  %arrayidx313.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 20
  %118 = load float, ptr %arrayidx313.i, align 4, !tbaa !2
  %mul314.i = fmul float %117, %118
  %add315.i = fadd float %add309.i, %mul314.i
  %mul317.i = fmul float %115, 0x3EF0000000000000
  %119 = tail call float @llvm.floor.f32(float %mul317.i)
  %arrayidx319.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 24
  %120 = load float, ptr %arrayidx319.i, align 4, !tbaa !2
  %mul320.i = fmul float %119, %120
  %add321.i = fadd float %add315.i, %mul320.i
  %mul323.i = fmul float %115, 0x3E70000000000000
  %121 = tail call float @llvm.floor.f32(float %mul323.i)
  %arrayidx325.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 28
  %122 = load float, ptr %arrayidx325.i, align 4, !tbaa !2
  %mul326.i = fmul float %121, %122
  %add327.i = fadd float %add321.i, %mul326.i
  %add.ptr328.i = getelementptr inbounds i8, ptr %p.addr.1.i, i32 8
  %add.ptr329.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 32
  %sub330.i = add nsw i32 %left.0.i, -2
  br label %if.end331.i

if.end331.i:                                      ; preds = %if.then281.i, %if.end.i
  %y.addr.2.i = phi ptr [ %add.ptr329.i, %if.then281.i ], [ %y.addr.1.i, %if.end.i ]
  %s.2.i = phi float [ %add327.i, %if.then281.i ], [ %s.1.i, %if.end.i ]
  %p.addr.2.i = phi ptr [ %add.ptr328.i, %if.then281.i ], [ %p.addr.1.i, %if.end.i ]
  %left.1.i = phi i32 [ %sub330.i, %if.then281.i ], [ %left.0.i, %if.end.i ]
  %cmp332.i = icmp sgt i32 %left.1.i, 0
  br i1 %cmp332.i, label %if.then333.i, label %q8_group.exit

if.then333.i:                                     ; preds = %if.end331.i
  %123 = load float, ptr %p.addr.2.i, align 4, !tbaa !2
  %124 = load float, ptr %y.addr.2.i, align 4, !tbaa !2
  %mul337.i = fmul float %123, %124
  %add338.i = fadd float %s.2.i, %mul337.i
  %mul340.i = fmul float %123, 3.906250e-03
  %125 = tail call float @llvm.floor.f32(float %mul340.i)
  %arrayidx342.i = getelementptr inbounds i8, ptr %y.addr.2.i, i32 4
  %126 = load float, ptr %arrayidx342.i, align 4, !tbaa !2
  %mul343.i = fmul float %125, %126
  %add344.i = fadd float %add338.i, %mul343.i
  %mul346.i = fmul float %123, 0x3EF0000000000000
  %127 = tail call float @llvm.floor.f32(float %mul346.i)
  %arrayidx348.i = getelementptr inbounds i8, ptr %y.addr.2.i, i32 8
  %128 = load float, ptr %arrayidx348.i, align 4, !tbaa !2
  %mul349.i = fmul float %127, %128
  %add350.i = fadd float %add344.i, %mul349.i
  %mul352.i = fmul float %123, 0x3E70000000000000
  %129 = tail call float @llvm.floor.f32(float %mul352.i)
  %arrayidx354.i = getelementptr inbounds i8, ptr %y.addr.2.i, i32 12
  %130 = load float, ptr %arrayidx354.i, align 4, !tbaa !2
  %mul355.i = fmul float %129, %130
  %add356.i = fadd float %add350.i, %mul355.i
  br label %q8_group.exit

q8_group.exit:                                    ; preds = %if.end331.i, %if.then333.i
  %s.3.i = phi float [ %add356.i, %if.then333.i ], [ %s.2.i, %if.end331.i ]
  %131 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %132 = load float, ptr %arrayidx42, align 4, !tbaa !2
  %sub43 = fsub float %s.3.i, %132
  %mul44 = fmul float %131, %sub43
  %add45 = fadd float %acc.0.lcssa, %mul44
  %add.ptr48 = getelementptr inbounds float, ptr %w.addr.1.lcssa, i32 %add47
  %arrayidx49 = getelementptr inbounds float, ptr %out, i32 %i.099
  store float %add45, ptr %arrayidx49, align 4, !tbaa !2
  %inc51 = add nuw nsw i32 %i.099, 1
  %exitcond105.not = icmp eq i32 %inc51, %d
  br i1 %exitcond105.not, label %for.cond.cleanup, label %for.body, !llvm.loop !66

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.187 = phi ptr [ %add.ptr, %for.body4 ], [ %w.addr.0100, %for.body ]
  %acc.086 = phi float [ %add37, %for.body4 ], [ 0.000000e+00, %for.body ]
  %y.085 = phi ptr [ %add.ptr38, %for.body4 ], [ %1, %for.body ]
  %g.084 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %arrayidx = getelementptr inbounds i8, ptr %w.addr.187, i32 4
  %133 = load float, ptr %arrayidx, align 4, !tbaa !2
  %mul = fmul float %133, 3.906250e-03
  %134 = tail call float @llvm.floor.f32(float %mul)
  %mul5 = fmul float %133, 0x3EF0000000000000
  %135 = tail call float @llvm.floor.f32(float %mul5)
  %mul6 = fmul float %133, 0x3E70000000000000
  %136 = tail call float @llvm.floor.f32(float %mul6)
  %arrayidx7 = getelementptr inbounds i8, ptr %w.addr.187, i32 8
  %137 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %137, 3.906250e-03
  %138 = tail call float @llvm.floor.f32(float %mul8)
  %mul9 = fmul float %137, 0x3EF0000000000000
  %139 = tail call float @llvm.floor.f32(float %mul9)
  %mul10 = fmul float %137, 0x3E70000000000000
  %140 = tail call float @llvm.floor.f32(float %mul10)
  %141 = load float, ptr %y.085, align 4, !tbaa !2
  %mul12 = fmul float %133, %141
  %arrayidx13 = getelementptr inbounds i8, ptr %y.085, i32 4
  %142 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %mul14 = fmul float %134, %142
  %add = fadd float %mul12, %mul14
  %arrayidx15 = getelementptr inbounds i8, ptr %y.085, i32 8
  %143 = load float, ptr %arrayidx15, align 4, !tbaa !2
  %mul16 = fmul float %135, %143
  %add17 = fadd float %add, %mul16
  %arrayidx18 = getelementptr inbounds i8, ptr %y.085, i32 12
  %144 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %136, %144
  %add20 = fadd float %add17, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %y.085, i32 16
  %145 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %mul22 = fmul float %137, %145
  %add23 = fadd float %add20, %mul22
  %arrayidx24 = getelementptr inbounds i8, ptr %y.085, i32 20
  %146 = load float, ptr %arrayidx24, align 4, !tbaa !2
  %mul25 = fmul float %138, %146
  %add26 = fadd float %add23, %mul25
  %arrayidx27 = getelementptr inbounds i8, ptr %y.085, i32 24
  %147 = load float, ptr %arrayidx27, align 4, !tbaa !2
  %mul28 = fmul float %139, %147
  %add29 = fadd float %add26, %mul28
  %arrayidx30 = getelementptr inbounds i8, ptr %y.085, i32 28
  %148 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %140, %148
  %add32 = fadd float %add29, %mul31
  %149 = load float, ptr %w.addr.187, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds float, ptr %2, i32 %g.084
  %150 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %sub35 = fsub float %add32, %150
  %mul36 = fmul float %149, %sub35
  %add37 = fadd float %acc.086, %mul36
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.187, i32 12
  %add.ptr38 = getelementptr inbounds i8, ptr %y.085, i32 32
  %inc = add nuw nsw i32 %g.084, 1
  %exitcond.not = icmp eq i32 %inc, %sub
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !67
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, ptr nocapture noundef readonly %s, i32 noundef %d) unnamed_addr #6 {
entry:
  %ngroups = getelementptr inbounds i8, ptr %s, i32 8
  %0 = load i32, ptr %ngroups, align 4, !tbaa !13
  %sub = add i32 %0, -1
  %cmp338 = icmp sgt i32 %d, 0
  br i1 %cmp338, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %group_items = getelementptr inbounds i8, ptr %s, i32 12
  %1 = load i32, ptr %group_items, align 4, !tbaa !14
  %2 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %cmp2322 = icmp sgt i32 %0, 1
  %div.i45 = sdiv i32 %1, 8
  %mul.i46 = shl nsw i32 %div.i45, 3
  %sub.i47 = sub nsw i32 %1, %mul.i46
  %cmp.i53315 = icmp sgt i32 %1, 7
  %cmp184.i55 = icmp sgt i32 %sub.i47, 3
  %sub279.i183 = add nsw i32 %sub.i47, -4
  %3 = load ptr, ptr @b_qsx, align 4
  %add8 = add nsw i32 %1, 1
  %add.ptr10.idx = shl nsw i32 %1, 4
  %last_items = getelementptr inbounds i8, ptr %s, i32 16
  %4 = load i32, ptr %last_items, align 4, !tbaa !15
  %div.i = sdiv i32 %4, 8
  %mul.i = shl nsw i32 %div.i, 3
  %sub.i = sub nsw i32 %4, %mul.i
  %cmp.i330 = icmp sgt i32 %4, 7
  %cmp184.i = icmp sgt i32 %sub.i, 3
  %sub279.i = add nsw i32 %sub.i, -4
  %arrayidx15 = getelementptr inbounds float, ptr %3, i32 %sub
  %add20 = add nsw i32 %4, 1
  %5 = shl i32 %0, 4
  %6 = add i32 %5, -16
  %7 = mul i32 %1, %6
  %scevgep = getelementptr i8, ptr %2, i32 %7
  %8 = shl i32 %div.i, 5
  %9 = or disjoint i32 %8, 4
  %10 = shl i32 %div.i, 7
  br label %for.body

for.cond.cleanup:                                 ; preds = %q8_group.exit, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %q8_group.exit
  %w.addr.0340 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr21, %q8_group.exit ]
  %i.0339 = phi i32 [ 0, %for.body.lr.ph ], [ %inc24, %q8_group.exit ]
  br i1 %cmp2322, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %q8_group.exit314, %for.body
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add, %q8_group.exit314 ]
  %y.0.lcssa = phi ptr [ %2, %for.body ], [ %scevgep, %q8_group.exit314 ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0340, %for.body ], [ %add.ptr9, %q8_group.exit314 ]
  %add.ptr12 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  br i1 %cmp.i330, label %for.body.i.preheader, label %for.cond.cleanup.i

for.body.i.preheader:                             ; preds = %for.cond.cleanup3
  %scevgep342 = getelementptr i8, ptr %w.addr.1.lcssa, i32 %9
  br label %for.body.i

for.cond.cleanup.i.loopexit:                      ; preds = %for.body.i
  %scevgep343 = getelementptr i8, ptr %y.0.lcssa, i32 %10
  br label %for.cond.cleanup.i

for.cond.cleanup.i:                               ; preds = %for.cond.cleanup.i.loopexit, %for.cond.cleanup3
  %y.addr.0.i.lcssa = phi ptr [ %y.0.lcssa, %for.cond.cleanup3 ], [ %scevgep343, %for.cond.cleanup.i.loopexit ]
  %s.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.cleanup3 ], [ %add181.i, %for.cond.cleanup.i.loopexit ]
  %p.addr.0.i.lcssa = phi ptr [ %add.ptr12, %for.cond.cleanup3 ], [ %scevgep342, %for.cond.cleanup.i.loopexit ]
  br i1 %cmp184.i, label %if.then.i, label %if.end.i

for.body.i:                                       ; preds = %for.body.i.preheader, %for.body.i
  %t.0.i334 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.body.i.preheader ]
  %p.addr.0.i333 = phi ptr [ %add.ptr182.i, %for.body.i ], [ %add.ptr12, %for.body.i.preheader ]
  %s.0.i332 = phi float [ %add181.i, %for.body.i ], [ 0.000000e+00, %for.body.i.preheader ]
  %y.addr.0.i331 = phi ptr [ %add.ptr183.i, %for.body.i ], [ %y.0.lcssa, %for.body.i.preheader ]
  %11 = load float, ptr %p.addr.0.i333, align 4, !tbaa !2
  %12 = load float, ptr %y.addr.0.i331, align 4, !tbaa !2
  %mul2.i = fmul float %11, %12
  %add.i = fadd float %s.0.i332, %mul2.i
  %mul4.i = fmul float %11, 3.906250e-03
  %13 = tail call float @llvm.floor.f32(float %mul4.i)
  %arrayidx6.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 4
  %14 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %mul7.i = fmul float %13, %14
  %add8.i = fadd float %add.i, %mul7.i
  %mul10.i = fmul float %11, 0x3EF0000000000000
  %15 = tail call float @llvm.floor.f32(float %mul10.i)
  %arrayidx12.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 8
  %16 = load float, ptr %arrayidx12.i, align 4, !tbaa !2
  %mul13.i = fmul float %15, %16
  %add14.i = fadd float %add8.i, %mul13.i
  %mul16.i = fmul float %11, 0x3E70000000000000
  %17 = tail call float @llvm.floor.f32(float %mul16.i)
  %arrayidx18.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 12
  %18 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %mul19.i = fmul float %17, %18
  %add20.i = fadd float %add14.i, %mul19.i
  %arrayidx21.i = getelementptr inbounds i8, ptr %p.addr.0.i333, i32 4
  %19 = load float, ptr %arrayidx21.i, align 4, !tbaa !2
  %add.ptr22.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 16
  %20 = load float, ptr %add.ptr22.i, align 4, !tbaa !2
  %mul24.i = fmul float %19, %20
  %add25.i = fadd float %add20.i, %mul24.i
  %mul27.i = fmul float %19, 3.906250e-03
  %21 = tail call float @llvm.floor.f32(float %mul27.i)
  %arrayidx29.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 20
  %22 = load float, ptr %arrayidx29.i, align 4, !tbaa !2
  %mul30.i = fmul float %21, %22
  %add31.i = fadd float %add25.i, %mul30.i
  %mul33.i = fmul float %19, 0x3EF0000000000000
  %23 = tail call float @llvm.floor.f32(float %mul33.i)
  %arrayidx35.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 24
  %24 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %23, %24
  %add37.i = fadd float %add31.i, %mul36.i
  %mul39.i = fmul float %19, 0x3E70000000000000
  %25 = tail call float @llvm.floor.f32(float %mul39.i)
  %arrayidx41.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 28
  %26 = load float, ptr %arrayidx41.i, align 4, !tbaa !2
  %mul42.i = fmul float %25, %26
  %add43.i = fadd float %add37.i, %mul42.i
  %arrayidx44.i = getelementptr inbounds i8, ptr %p.addr.0.i333, i32 8
  %27 = load float, ptr %arrayidx44.i, align 4, !tbaa !2
  %add.ptr45.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 32
  %28 = load float, ptr %add.ptr45.i, align 4, !tbaa !2
  %mul47.i = fmul float %27, %28
  %add48.i = fadd float %add43.i, %mul47.i
  %mul50.i = fmul float %27, 3.906250e-03
  %29 = tail call float @llvm.floor.f32(float %mul50.i)
  %arrayidx52.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 36
  %30 = load float, ptr %arrayidx52.i, align 4, !tbaa !2
  %mul53.i = fmul float %29, %30
  %add54.i = fadd float %add48.i, %mul53.i
  %mul56.i = fmul float %27, 0x3EF0000000000000
  %31 = tail call float @llvm.floor.f32(float %mul56.i)
  %arrayidx58.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 40
  %32 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %mul59.i = fmul float %31, %32
  %add60.i = fadd float %add54.i, %mul59.i
  %mul62.i = fmul float %27, 0x3E70000000000000
  %33 = tail call float @llvm.floor.f32(float %mul62.i)
  %arrayidx64.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 44
  %34 = load float, ptr %arrayidx64.i, align 4, !tbaa !2
  %mul65.i = fmul float %33, %34
  %add66.i = fadd float %add60.i, %mul65.i
  %arrayidx67.i = getelementptr inbounds i8, ptr %p.addr.0.i333, i32 12
  %35 = load float, ptr %arrayidx67.i, align 4, !tbaa !2
  %add.ptr68.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 48
  %36 = load float, ptr %add.ptr68.i, align 4, !tbaa !2
  %mul70.i = fmul float %35, %36
  %add71.i = fadd float %add66.i, %mul70.i
  %mul73.i = fmul float %35, 3.906250e-03
  %37 = tail call float @llvm.floor.f32(float %mul73.i)
  %arrayidx75.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 52
  %38 = load float, ptr %arrayidx75.i, align 4, !tbaa !2
  %mul76.i = fmul float %37, %38
  %add77.i = fadd float %add71.i, %mul76.i
  %mul79.i = fmul float %35, 0x3EF0000000000000
  %39 = tail call float @llvm.floor.f32(float %mul79.i)
  %arrayidx81.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 56
  %40 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %39, %40
  %add83.i = fadd float %add77.i, %mul82.i
  %mul85.i = fmul float %35, 0x3E70000000000000
  %41 = tail call float @llvm.floor.f32(float %mul85.i)
  %arrayidx87.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 60
  %42 = load float, ptr %arrayidx87.i, align 4, !tbaa !2
  %mul88.i = fmul float %41, %42
  %add89.i = fadd float %add83.i, %mul88.i
  %arrayidx90.i = getelementptr inbounds i8, ptr %p.addr.0.i333, i32 16
  %43 = load float, ptr %arrayidx90.i, align 4, !tbaa !2
  %add.ptr91.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 64
  %44 = load float, ptr %add.ptr91.i, align 4, !tbaa !2
  %mul93.i = fmul float %43, %44
  %add94.i = fadd float %add89.i, %mul93.i
  %mul96.i = fmul float %43, 3.906250e-03
  %45 = tail call float @llvm.floor.f32(float %mul96.i)
  %arrayidx98.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 68
  %46 = load float, ptr %arrayidx98.i, align 4, !tbaa !2
  %mul99.i = fmul float %45, %46
  %add100.i = fadd float %add94.i, %mul99.i
  %mul102.i = fmul float %43, 0x3EF0000000000000
  %47 = tail call float @llvm.floor.f32(float %mul102.i)
  %arrayidx104.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 72
  %48 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %mul105.i = fmul float %47, %48
  %add106.i = fadd float %add100.i, %mul105.i
  %mul108.i = fmul float %43, 0x3E70000000000000
  %49 = tail call float @llvm.floor.f32(float %mul108.i)
  %arrayidx110.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 76
  %50 = load float, ptr %arrayidx110.i, align 4, !tbaa !2
  %mul111.i = fmul float %49, %50
  %add112.i = fadd float %add106.i, %mul111.i
  %arrayidx113.i = getelementptr inbounds i8, ptr %p.addr.0.i333, i32 20
  %51 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %add.ptr114.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 80
  %52 = load float, ptr %add.ptr114.i, align 4, !tbaa !2
  %mul116.i = fmul float %51, %52
  %add117.i = fadd float %add112.i, %mul116.i
  %mul119.i = fmul float %51, 3.906250e-03
  %53 = tail call float @llvm.floor.f32(float %mul119.i)
  %arrayidx121.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 84
  %54 = load float, ptr %arrayidx121.i, align 4, !tbaa !2
  %mul122.i = fmul float %53, %54
  %add123.i = fadd float %add117.i, %mul122.i
  %mul125.i = fmul float %51, 0x3EF0000000000000
  %55 = tail call float @llvm.floor.f32(float %mul125.i)
  %arrayidx127.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 88
  %56 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %55, %56
  %add129.i = fadd float %add123.i, %mul128.i
  %mul131.i = fmul float %51, 0x3E70000000000000
  %57 = tail call float @llvm.floor.f32(float %mul131.i)
  %arrayidx133.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 92
  %58 = load float, ptr %arrayidx133.i, align 4, !tbaa !2
  %mul134.i = fmul float %57, %58
  %add135.i = fadd float %add129.i, %mul134.i
  %arrayidx136.i = getelementptr inbounds i8, ptr %p.addr.0.i333, i32 24
  %59 = load float, ptr %arrayidx136.i, align 4, !tbaa !2
  %add.ptr137.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 96
  %60 = load float, ptr %add.ptr137.i, align 4, !tbaa !2
  %mul139.i = fmul float %59, %60
  %add140.i = fadd float %add135.i, %mul139.i
  %mul142.i = fmul float %59, 3.906250e-03
  %61 = tail call float @llvm.floor.f32(float %mul142.i)
  %arrayidx144.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 100
  %62 = load float, ptr %arrayidx144.i, align 4, !tbaa !2
  %mul145.i = fmul float %61, %62
  %add146.i = fadd float %add140.i, %mul145.i
  %mul148.i = fmul float %59, 0x3EF0000000000000
  %63 = tail call float @llvm.floor.f32(float %mul148.i)
  %arrayidx150.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 104
  %64 = load float, ptr %arrayidx150.i, align 4, !tbaa !2
  %mul151.i = fmul float %63, %64
  %add152.i = fadd float %add146.i, %mul151.i
  %mul154.i = fmul float %59, 0x3E70000000000000
  %65 = tail call float @llvm.floor.f32(float %mul154.i)
  %arrayidx156.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 108
  %66 = load float, ptr %arrayidx156.i, align 4, !tbaa !2
  %mul157.i = fmul float %65, %66
  %add158.i = fadd float %add152.i, %mul157.i
  %arrayidx159.i = getelementptr inbounds i8, ptr %p.addr.0.i333, i32 28
  %67 = load float, ptr %arrayidx159.i, align 4, !tbaa !2
  %add.ptr160.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 112
  %68 = load float, ptr %add.ptr160.i, align 4, !tbaa !2
  %mul162.i = fmul float %67, %68
  %add163.i = fadd float %add158.i, %mul162.i
  %mul165.i = fmul float %67, 3.906250e-03
  %69 = tail call float @llvm.floor.f32(float %mul165.i)
  %arrayidx167.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 116
  %70 = load float, ptr %arrayidx167.i, align 4, !tbaa !2
  %mul168.i = fmul float %69, %70
  %add169.i = fadd float %add163.i, %mul168.i
  %mul171.i = fmul float %67, 0x3EF0000000000000
  %71 = tail call float @llvm.floor.f32(float %mul171.i)
  %arrayidx173.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 120
  %72 = load float, ptr %arrayidx173.i, align 4, !tbaa !2
  %mul174.i = fmul float %71, %72
  %add175.i = fadd float %add169.i, %mul174.i
  %mul177.i = fmul float %67, 0x3E70000000000000
  %73 = tail call float @llvm.floor.f32(float %mul177.i)
  %arrayidx179.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 124
  %74 = load float, ptr %arrayidx179.i, align 4, !tbaa !2
  %mul180.i = fmul float %73, %74
  %add181.i = fadd float %add175.i, %mul180.i
  %add.ptr182.i = getelementptr inbounds i8, ptr %p.addr.0.i333, i32 32
  %add.ptr183.i = getelementptr inbounds i8, ptr %y.addr.0.i331, i32 128
  %inc.i = add nuw nsw i32 %t.0.i334, 1
  %exitcond344.not = icmp eq i32 %inc.i, %div.i
  br i1 %exitcond344.not, label %for.cond.cleanup.i.loopexit, label %for.body.i, !llvm.loop !65

if.then.i:                                        ; preds = %for.cond.cleanup.i
  %75 = load float, ptr %p.addr.0.i.lcssa, align 4, !tbaa !2
  %76 = load float, ptr %y.addr.0.i.lcssa, align 4, !tbaa !2
  %mul188.i = fmul float %75, %76
  %add189.i = fadd float %s.0.i.lcssa, %mul188.i
  %mul191.i = fmul float %75, 3.906250e-03
  %77 = tail call float @llvm.floor.f32(float %mul191.i)
  %arrayidx193.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 4
  %78 = load float, ptr %arrayidx193.i, align 4, !tbaa !2
  %mul194.i = fmul float %77, %78
  %add195.i = fadd float %add189.i, %mul194.i
  %mul197.i = fmul float %75, 0x3EF0000000000000
  %79 = tail call float @llvm.floor.f32(float %mul197.i)
  %arrayidx199.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 8
  %80 = load float, ptr %arrayidx199.i, align 4, !tbaa !2
  %mul200.i = fmul float %79, %80
  %add201.i = fadd float %add195.i, %mul200.i
  %mul203.i = fmul float %75, 0x3E70000000000000
  %81 = tail call float @llvm.floor.f32(float %mul203.i)
  %arrayidx205.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 12
  %82 = load float, ptr %arrayidx205.i, align 4, !tbaa !2
  %mul206.i = fmul float %81, %82
  %add207.i = fadd float %add201.i, %mul206.i
  %arrayidx208.i = getelementptr inbounds i8, ptr %p.addr.0.i.lcssa, i32 4
  %83 = load float, ptr %arrayidx208.i, align 4, !tbaa !2
  %add.ptr209.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 16
  %84 = load float, ptr %add.ptr209.i, align 4, !tbaa !2
  %mul211.i = fmul float %83, %84
  %add212.i = fadd float %add207.i, %mul211.i
  %mul214.i = fmul float %83, 3.906250e-03
  %85 = tail call float @llvm.floor.f32(float %mul214.i)
  %arrayidx216.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 20
  %86 = load float, ptr %arrayidx216.i, align 4, !tbaa !2
  %mul217.i = fmul float %85, %86
  %add218.i = fadd float %add212.i, %mul217.i
  %mul220.i = fmul float %83, 0x3EF0000000000000
  %87 = tail call float @llvm.floor.f32(float %mul220.i)
  %arrayidx222.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 24
  %88 = load float, ptr %arrayidx222.i, align 4, !tbaa !2
  %mul223.i = fmul float %87, %88
  %add224.i = fadd float %add218.i, %mul223.i
  %mul226.i = fmul float %83, 0x3E70000000000000
  %89 = tail call float @llvm.floor.f32(float %mul226.i)
  %arrayidx228.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 28
  %90 = load float, ptr %arrayidx228.i, align 4, !tbaa !2
  %mul229.i = fmul float %89, %90
  %add230.i = fadd float %add224.i, %mul229.i
  %arrayidx231.i = getelementptr inbounds i8, ptr %p.addr.0.i.lcssa, i32 8
  %91 = load float, ptr %arrayidx231.i, align 4, !tbaa !2
  %add.ptr232.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 32
  %92 = load float, ptr %add.ptr232.i, align 4, !tbaa !2
  %mul234.i = fmul float %91, %92
  %add235.i = fadd float %add230.i, %mul234.i
  %mul237.i = fmul float %91, 3.906250e-03
  %93 = tail call float @llvm.floor.f32(float %mul237.i)
  %arrayidx239.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 36
  %94 = load float, ptr %arrayidx239.i, align 4, !tbaa !2
  %mul240.i = fmul float %93, %94
  %add241.i = fadd float %add235.i, %mul240.i
  %mul243.i = fmul float %91, 0x3EF0000000000000
  %95 = tail call float @llvm.floor.f32(float %mul243.i)
  %arrayidx245.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 40
  %96 = load float, ptr %arrayidx245.i, align 4, !tbaa !2
  %mul246.i = fmul float %95, %96
  %add247.i = fadd float %add241.i, %mul246.i
  %mul249.i = fmul float %91, 0x3E70000000000000
  %97 = tail call float @llvm.floor.f32(float %mul249.i)
  %arrayidx251.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 44
  %98 = load float, ptr %arrayidx251.i, align 4, !tbaa !2
  %mul252.i = fmul float %97, %98
  %add253.i = fadd float %add247.i, %mul252.i
  %arrayidx254.i = getelementptr inbounds i8, ptr %p.addr.0.i.lcssa, i32 12
  %99 = load float, ptr %arrayidx254.i, align 4, !tbaa !2
  %add.ptr255.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 48
  %100 = load float, ptr %add.ptr255.i, align 4, !tbaa !2
  %mul257.i = fmul float %99, %100
  %add258.i = fadd float %add253.i, %mul257.i
  %mul260.i = fmul float %99, 3.906250e-03
  %101 = tail call float @llvm.floor.f32(float %mul260.i)
  %arrayidx262.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 52
  %102 = load float, ptr %arrayidx262.i, align 4, !tbaa !2
  %mul263.i = fmul float %101, %102
  %add264.i = fadd float %add258.i, %mul263.i
  %mul266.i = fmul float %99, 0x3EF0000000000000
  %103 = tail call float @llvm.floor.f32(float %mul266.i)
  %arrayidx268.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 56
  %104 = load float, ptr %arrayidx268.i, align 4, !tbaa !2
  %mul269.i = fmul float %103, %104
  %add270.i = fadd float %add264.i, %mul269.i
  %mul272.i = fmul float %99, 0x3E70000000000000
  %105 = tail call float @llvm.floor.f32(float %mul272.i)
  %arrayidx274.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 60
  %106 = load float, ptr %arrayidx274.i, align 4, !tbaa !2
  %mul275.i = fmul float %105, %106
  %add276.i = fadd float %add270.i, %mul275.i
  %add.ptr277.i = getelementptr inbounds i8, ptr %p.addr.0.i.lcssa, i32 16
  %add.ptr278.i = getelementptr inbounds i8, ptr %y.addr.0.i.lcssa, i32 64
  br label %if.end.i

if.end.i:                                         ; preds = %if.then.i, %for.cond.cleanup.i
  %y.addr.1.i = phi ptr [ %add.ptr278.i, %if.then.i ], [ %y.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %s.1.i = phi float [ %add276.i, %if.then.i ], [ %s.0.i.lcssa, %for.cond.cleanup.i ]
  %p.addr.1.i = phi ptr [ %add.ptr277.i, %if.then.i ], [ %p.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %left.0.i = phi i32 [ %sub279.i, %if.then.i ], [ %sub.i, %for.cond.cleanup.i ]
  %cmp280.i = icmp sgt i32 %left.0.i, 1
  br i1 %cmp280.i, label %if.then281.i, label %if.end331.i

if.then281.i:                                     ; preds = %if.end.i
  %107 = load float, ptr %p.addr.1.i, align 4, !tbaa !2
  %108 = load float, ptr %y.addr.1.i, align 4, !tbaa !2
  %mul285.i = fmul float %107, %108
  %add286.i = fadd float %s.1.i, %mul285.i
  %mul288.i = fmul float %107, 3.906250e-03
  %109 = tail call float @llvm.floor.f32(float %mul288.i)
  %arrayidx290.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 4
  %110 = load float, ptr %arrayidx290.i, align 4, !tbaa !2
  %mul291.i = fmul float %109, %110
  %add292.i = fadd float %add286.i, %mul291.i
  %mul294.i = fmul float %107, 0x3EF0000000000000
  %111 = tail call float @llvm.floor.f32(float %mul294.i)
  %arrayidx296.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 8
  %112 = load float, ptr %arrayidx296.i, align 4, !tbaa !2
  %mul297.i = fmul float %111, %112
  %add298.i = fadd float %add292.i, %mul297.i
  %mul300.i = fmul float %107, 0x3E70000000000000
  %113 = tail call float @llvm.floor.f32(float %mul300.i)
  %arrayidx302.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 12
  %114 = load float, ptr %arrayidx302.i, align 4, !tbaa !2
  %mul303.i = fmul float %113, %114
  %add304.i = fadd float %add298.i, %mul303.i
  %arrayidx305.i = getelementptr inbounds i8, ptr %p.addr.1.i, i32 4
  %115 = load float, ptr %arrayidx305.i, align 4, !tbaa !2
  %add.ptr306.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 16
  %116 = load float, ptr %add.ptr306.i, align 4, !tbaa !2
  %mul308.i = fmul float %115, %116
  %add309.i = fadd float %add304.i, %mul308.i
  %mul311.i = fmul float %115, 3.906250e-03
  %117 = tail call float @llvm.floor.f32(float %mul311.i)
  %arrayidx313.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 20
  %118 = load float, ptr %arrayidx313.i, align 4, !tbaa !2
  %mul314.i = fmul float %117, %118
  %add315.i = fadd float %add309.i, %mul314.i
  %mul317.i = fmul float %115, 0x3EF0000000000000
  %119 = tail call float @llvm.floor.f32(float %mul317.i)
  %arrayidx319.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 24
  %120 = load float, ptr %arrayidx319.i, align 4, !tbaa !2
  %mul320.i = fmul float %119, %120
  %add321.i = fadd float %add315.i, %mul320.i
  %mul323.i = fmul float %115, 0x3E70000000000000
  %121 = tail call float @llvm.floor.f32(float %mul323.i)
  %arrayidx325.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 28
  %122 = load float, ptr %arrayidx325.i, align 4, !tbaa !2
  %mul326.i = fmul float %121, %122
  %add327.i = fadd float %add321.i, %mul326.i
  %add.ptr328.i = getelementptr inbounds i8, ptr %p.addr.1.i, i32 8
  %add.ptr329.i = getelementptr inbounds i8, ptr %y.addr.1.i, i32 32
  %sub330.i = add nsw i32 %left.0.i, -2
  br label %if.end331.i

if.end331.i:                                      ; preds = %if.then281.i, %if.end.i
  %y.addr.2.i = phi ptr [ %add.ptr329.i, %if.then281.i ], [ %y.addr.1.i, %if.end.i ]
  %s.2.i = phi float [ %add327.i, %if.then281.i ], [ %s.1.i, %if.end.i ]
  %p.addr.2.i = phi ptr [ %add.ptr328.i, %if.then281.i ], [ %p.addr.1.i, %if.end.i ]
  %left.1.i = phi i32 [ %sub330.i, %if.then281.i ], [ %left.0.i, %if.end.i ]
  %cmp332.i = icmp sgt i32 %left.1.i, 0
  br i1 %cmp332.i, label %if.then333.i, label %q8_group.exit

if.then333.i:                                     ; preds = %if.end331.i
  %123 = load float, ptr %p.addr.2.i, align 4, !tbaa !2
  %124 = load float, ptr %y.addr.2.i, align 4, !tbaa !2
  %mul337.i = fmul float %123, %124
  %add338.i = fadd float %s.2.i, %mul337.i
  %mul340.i = fmul float %123, 3.906250e-03
  %125 = tail call float @llvm.floor.f32(float %mul340.i)
  %arrayidx342.i = getelementptr inbounds i8, ptr %y.addr.2.i, i32 4
  %126 = load float, ptr %arrayidx342.i, align 4, !tbaa !2
  %mul343.i = fmul float %125, %126
  %add344.i = fadd float %add338.i, %mul343.i
  %mul346.i = fmul float %123, 0x3EF0000000000000
  %127 = tail call float @llvm.floor.f32(float %mul346.i)
  %arrayidx348.i = getelementptr inbounds i8, ptr %y.addr.2.i, i32 8
  %128 = load float, ptr %arrayidx348.i, align 4, !tbaa !2
  %mul349.i = fmul float %127, %128
  %add350.i = fadd float %add344.i, %mul349.i
  %mul352.i = fmul float %123, 0x3E70000000000000
  %129 = tail call float @llvm.floor.f32(float %mul352.i)
  %arrayidx354.i = getelementptr inbounds i8, ptr %y.addr.2.i, i32 12
  %130 = load float, ptr %arrayidx354.i, align 4, !tbaa !2
  %mul355.i = fmul float %129, %130
  %add356.i = fadd float %add350.i, %mul355.i
  br label %q8_group.exit

q8_group.exit:                                    ; preds = %if.end331.i, %if.then333.i
  %s.3.i = phi float [ %add356.i, %if.then333.i ], [ %s.2.i, %if.end331.i ]
  %131 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %132 = load float, ptr %arrayidx15, align 4, !tbaa !2
  %sub16 = fsub float %s.3.i, %132
  %mul17 = fmul float %131, %sub16
  %add18 = fadd float %acc.0.lcssa, %mul17
  %add.ptr21 = getelementptr inbounds float, ptr %w.addr.1.lcssa, i32 %add20
  %arrayidx22 = getelementptr inbounds float, ptr %out, i32 %i.0339
  store float %add18, ptr %arrayidx22, align 4, !tbaa !2
  %inc24 = add nuw nsw i32 %i.0339, 1
  %exitcond345.not = icmp eq i32 %inc24, %d
  br i1 %exitcond345.not, label %for.cond.cleanup, label %for.body, !llvm.loop !68

for.body4:                                        ; preds = %for.body, %q8_group.exit314
  %w.addr.1326 = phi ptr [ %add.ptr9, %q8_group.exit314 ], [ %w.addr.0340, %for.body ]
  %g.0325 = phi i32 [ %inc, %q8_group.exit314 ], [ 0, %for.body ]
  %y.0324 = phi ptr [ %add.ptr10, %q8_group.exit314 ], [ %2, %for.body ]
  %acc.0323 = phi float [ %add, %q8_group.exit314 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1326, i32 4
  br i1 %cmp.i53315, label %for.body.i184, label %for.cond.cleanup.i54

for.cond.cleanup.i54:                             ; preds = %for.body.i184, %for.body4
  %y.addr.0.i49.lcssa = phi ptr [ %y.0324, %for.body4 ], [ %add.ptr183.i312, %for.body.i184 ]
  %s.0.i50.lcssa = phi float [ 0.000000e+00, %for.body4 ], [ %add181.i310, %for.body.i184 ]
  %p.addr.0.i51.lcssa = phi ptr [ %add.ptr, %for.body4 ], [ %add.ptr182.i311, %for.body.i184 ]
  br i1 %cmp184.i55, label %if.then.i118, label %if.end.i56

for.body.i184:                                    ; preds = %for.body4, %for.body.i184
  %t.0.i52319 = phi i32 [ %inc.i313, %for.body.i184 ], [ 0, %for.body4 ]
  %p.addr.0.i51318 = phi ptr [ %add.ptr182.i311, %for.body.i184 ], [ %add.ptr, %for.body4 ]
  %s.0.i50317 = phi float [ %add181.i310, %for.body.i184 ], [ 0.000000e+00, %for.body4 ]
  %y.addr.0.i49316 = phi ptr [ %add.ptr183.i312, %for.body.i184 ], [ %y.0324, %for.body4 ]
  %133 = load float, ptr %p.addr.0.i51318, align 4, !tbaa !2
  %134 = load float, ptr %y.addr.0.i49316, align 4, !tbaa !2
  %mul2.i185 = fmul float %133, %134
  %add.i186 = fadd float %s.0.i50317, %mul2.i185
  %mul4.i187 = fmul float %133, 3.906250e-03
  %135 = tail call float @llvm.floor.f32(float %mul4.i187)
  %arrayidx6.i188 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 4
  %136 = load float, ptr %arrayidx6.i188, align 4, !tbaa !2
  %mul7.i189 = fmul float %135, %136
  %add8.i190 = fadd float %add.i186, %mul7.i189
  %mul10.i191 = fmul float %133, 0x3EF0000000000000
  %137 = tail call float @llvm.floor.f32(float %mul10.i191)
  %arrayidx12.i192 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 8
  %138 = load float, ptr %arrayidx12.i192, align 4, !tbaa !2
  %mul13.i193 = fmul float %137, %138
  %add14.i194 = fadd float %add8.i190, %mul13.i193
  %mul16.i195 = fmul float %133, 0x3E70000000000000
  %139 = tail call float @llvm.floor.f32(float %mul16.i195)
  %arrayidx18.i196 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 12
  %140 = load float, ptr %arrayidx18.i196, align 4, !tbaa !2
  %mul19.i197 = fmul float %139, %140
  %add20.i198 = fadd float %add14.i194, %mul19.i197
  %arrayidx21.i199 = getelementptr inbounds i8, ptr %p.addr.0.i51318, i32 4
  %141 = load float, ptr %arrayidx21.i199, align 4, !tbaa !2
  %add.ptr22.i200 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 16
  %142 = load float, ptr %add.ptr22.i200, align 4, !tbaa !2
  %mul24.i201 = fmul float %141, %142
  %add25.i202 = fadd float %add20.i198, %mul24.i201
  %mul27.i203 = fmul float %141, 3.906250e-03
  %143 = tail call float @llvm.floor.f32(float %mul27.i203)
  %arrayidx29.i204 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 20
  %144 = load float, ptr %arrayidx29.i204, align 4, !tbaa !2
  %mul30.i205 = fmul float %143, %144
  %add31.i206 = fadd float %add25.i202, %mul30.i205
  %mul33.i207 = fmul float %141, 0x3EF0000000000000
  %145 = tail call float @llvm.floor.f32(float %mul33.i207)
  %arrayidx35.i208 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 24
  %146 = load float, ptr %arrayidx35.i208, align 4, !tbaa !2
  %mul36.i209 = fmul float %145, %146
  %add37.i210 = fadd float %add31.i206, %mul36.i209
  %mul39.i211 = fmul float %141, 0x3E70000000000000
  %147 = tail call float @llvm.floor.f32(float %mul39.i211)
  %arrayidx41.i212 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 28
  %148 = load float, ptr %arrayidx41.i212, align 4, !tbaa !2
  %mul42.i213 = fmul float %147, %148
  %add43.i214 = fadd float %add37.i210, %mul42.i213
  %arrayidx44.i215 = getelementptr inbounds i8, ptr %p.addr.0.i51318, i32 8
  %149 = load float, ptr %arrayidx44.i215, align 4, !tbaa !2
  %add.ptr45.i216 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 32
  %150 = load float, ptr %add.ptr45.i216, align 4, !tbaa !2
  %mul47.i217 = fmul float %149, %150
  %add48.i218 = fadd float %add43.i214, %mul47.i217
  %mul50.i219 = fmul float %149, 3.906250e-03
  %151 = tail call float @llvm.floor.f32(float %mul50.i219)
  %arrayidx52.i220 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 36
  %152 = load float, ptr %arrayidx52.i220, align 4, !tbaa !2
  %mul53.i221 = fmul float %151, %152
  %add54.i222 = fadd float %add48.i218, %mul53.i221
  %mul56.i223 = fmul float %149, 0x3EF0000000000000
  %153 = tail call float @llvm.floor.f32(float %mul56.i223)
  %arrayidx58.i224 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 40
  %154 = load float, ptr %arrayidx58.i224, align 4, !tbaa !2
  %mul59.i225 = fmul float %153, %154
  %add60.i226 = fadd float %add54.i222, %mul59.i225
  %mul62.i227 = fmul float %149, 0x3E70000000000000
  %155 = tail call float @llvm.floor.f32(float %mul62.i227)
  %arrayidx64.i228 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 44
  %156 = load float, ptr %arrayidx64.i228, align 4, !tbaa !2
  %mul65.i229 = fmul float %155, %156
  %add66.i230 = fadd float %add60.i226, %mul65.i229
  %arrayidx67.i231 = getelementptr inbounds i8, ptr %p.addr.0.i51318, i32 12
  %157 = load float, ptr %arrayidx67.i231, align 4, !tbaa !2
  %add.ptr68.i232 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 48
  %158 = load float, ptr %add.ptr68.i232, align 4, !tbaa !2
  %mul70.i233 = fmul float %157, %158
  %add71.i234 = fadd float %add66.i230, %mul70.i233
  %mul73.i235 = fmul float %157, 3.906250e-03
  %159 = tail call float @llvm.floor.f32(float %mul73.i235)
  %arrayidx75.i236 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 52
  %160 = load float, ptr %arrayidx75.i236, align 4, !tbaa !2
  %mul76.i237 = fmul float %159, %160
  %add77.i238 = fadd float %add71.i234, %mul76.i237
  %mul79.i239 = fmul float %157, 0x3EF0000000000000
  %161 = tail call float @llvm.floor.f32(float %mul79.i239)
  %arrayidx81.i240 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 56
  %162 = load float, ptr %arrayidx81.i240, align 4, !tbaa !2
  %mul82.i241 = fmul float %161, %162
  %add83.i242 = fadd float %add77.i238, %mul82.i241
  %mul85.i243 = fmul float %157, 0x3E70000000000000
  %163 = tail call float @llvm.floor.f32(float %mul85.i243)
  %arrayidx87.i244 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 60
  %164 = load float, ptr %arrayidx87.i244, align 4, !tbaa !2
  %mul88.i245 = fmul float %163, %164
  %add89.i246 = fadd float %add83.i242, %mul88.i245
  %arrayidx90.i247 = getelementptr inbounds i8, ptr %p.addr.0.i51318, i32 16
  %165 = load float, ptr %arrayidx90.i247, align 4, !tbaa !2
  %add.ptr91.i248 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 64
  %166 = load float, ptr %add.ptr91.i248, align 4, !tbaa !2
  %mul93.i249 = fmul float %165, %166
  %add94.i250 = fadd float %add89.i246, %mul93.i249
  %mul96.i251 = fmul float %165, 3.906250e-03
  %167 = tail call float @llvm.floor.f32(float %mul96.i251)
  %arrayidx98.i252 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 68
  %168 = load float, ptr %arrayidx98.i252, align 4, !tbaa !2
  %mul99.i253 = fmul float %167, %168
  %add100.i254 = fadd float %add94.i250, %mul99.i253
  %mul102.i255 = fmul float %165, 0x3EF0000000000000
  %169 = tail call float @llvm.floor.f32(float %mul102.i255)
  %arrayidx104.i256 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 72
  %170 = load float, ptr %arrayidx104.i256, align 4, !tbaa !2
  %mul105.i257 = fmul float %169, %170
  %add106.i258 = fadd float %add100.i254, %mul105.i257
  %mul108.i259 = fmul float %165, 0x3E70000000000000
  %171 = tail call float @llvm.floor.f32(float %mul108.i259)
  %arrayidx110.i260 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 76
  %172 = load float, ptr %arrayidx110.i260, align 4, !tbaa !2
  %mul111.i261 = fmul float %171, %172
  %add112.i262 = fadd float %add106.i258, %mul111.i261
  %arrayidx113.i263 = getelementptr inbounds i8, ptr %p.addr.0.i51318, i32 20
  %173 = load float, ptr %arrayidx113.i263, align 4, !tbaa !2
  %add.ptr114.i264 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 80
  %174 = load float, ptr %add.ptr114.i264, align 4, !tbaa !2
  %mul116.i265 = fmul float %173, %174
  %add117.i266 = fadd float %add112.i262, %mul116.i265
  %mul119.i267 = fmul float %173, 3.906250e-03
  %175 = tail call float @llvm.floor.f32(float %mul119.i267)
  %arrayidx121.i268 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 84
  %176 = load float, ptr %arrayidx121.i268, align 4, !tbaa !2
  %mul122.i269 = fmul float %175, %176
  %add123.i270 = fadd float %add117.i266, %mul122.i269
  %mul125.i271 = fmul float %173, 0x3EF0000000000000
  %177 = tail call float @llvm.floor.f32(float %mul125.i271)
  %arrayidx127.i272 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 88
  %178 = load float, ptr %arrayidx127.i272, align 4, !tbaa !2
  %mul128.i273 = fmul float %177, %178
  %add129.i274 = fadd float %add123.i270, %mul128.i273
  %mul131.i275 = fmul float %173, 0x3E70000000000000
  %179 = tail call float @llvm.floor.f32(float %mul131.i275)
  %arrayidx133.i276 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 92
  %180 = load float, ptr %arrayidx133.i276, align 4, !tbaa !2
  %mul134.i277 = fmul float %179, %180
  %add135.i278 = fadd float %add129.i274, %mul134.i277
  %arrayidx136.i279 = getelementptr inbounds i8, ptr %p.addr.0.i51318, i32 24
  %181 = load float, ptr %arrayidx136.i279, align 4, !tbaa !2
  %add.ptr137.i280 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 96
  %182 = load float, ptr %add.ptr137.i280, align 4, !tbaa !2
  %mul139.i281 = fmul float %181, %182
  %add140.i282 = fadd float %add135.i278, %mul139.i281
  %mul142.i283 = fmul float %181, 3.906250e-03
  %183 = tail call float @llvm.floor.f32(float %mul142.i283)
  %arrayidx144.i284 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 100
  %184 = load float, ptr %arrayidx144.i284, align 4, !tbaa !2
  %mul145.i285 = fmul float %183, %184
  %add146.i286 = fadd float %add140.i282, %mul145.i285
  %mul148.i287 = fmul float %181, 0x3EF0000000000000
  %185 = tail call float @llvm.floor.f32(float %mul148.i287)
  %arrayidx150.i288 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 104
  %186 = load float, ptr %arrayidx150.i288, align 4, !tbaa !2
  %mul151.i289 = fmul float %185, %186
  %add152.i290 = fadd float %add146.i286, %mul151.i289
  %mul154.i291 = fmul float %181, 0x3E70000000000000
  %187 = tail call float @llvm.floor.f32(float %mul154.i291)
  %arrayidx156.i292 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 108
  %188 = load float, ptr %arrayidx156.i292, align 4, !tbaa !2
  %mul157.i293 = fmul float %187, %188
  %add158.i294 = fadd float %add152.i290, %mul157.i293
  %arrayidx159.i295 = getelementptr inbounds i8, ptr %p.addr.0.i51318, i32 28
  %189 = load float, ptr %arrayidx159.i295, align 4, !tbaa !2
  %add.ptr160.i296 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 112
  %190 = load float, ptr %add.ptr160.i296, align 4, !tbaa !2
  %mul162.i297 = fmul float %189, %190
  %add163.i298 = fadd float %add158.i294, %mul162.i297
  %mul165.i299 = fmul float %189, 3.906250e-03
  %191 = tail call float @llvm.floor.f32(float %mul165.i299)
  %arrayidx167.i300 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 116
  %192 = load float, ptr %arrayidx167.i300, align 4, !tbaa !2
  %mul168.i301 = fmul float %191, %192
  %add169.i302 = fadd float %add163.i298, %mul168.i301
  %mul171.i303 = fmul float %189, 0x3EF0000000000000
  %193 = tail call float @llvm.floor.f32(float %mul171.i303)
  %arrayidx173.i304 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 120
  %194 = load float, ptr %arrayidx173.i304, align 4, !tbaa !2
  %mul174.i305 = fmul float %193, %194
  %add175.i306 = fadd float %add169.i302, %mul174.i305
  %mul177.i307 = fmul float %189, 0x3E70000000000000
  %195 = tail call float @llvm.floor.f32(float %mul177.i307)
  %arrayidx179.i308 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 124
  %196 = load float, ptr %arrayidx179.i308, align 4, !tbaa !2
  %mul180.i309 = fmul float %195, %196
  %add181.i310 = fadd float %add175.i306, %mul180.i309
  %add.ptr182.i311 = getelementptr inbounds i8, ptr %p.addr.0.i51318, i32 32
  %add.ptr183.i312 = getelementptr inbounds i8, ptr %y.addr.0.i49316, i32 128
  %inc.i313 = add nuw nsw i32 %t.0.i52319, 1
  %exitcond.not = icmp eq i32 %inc.i313, %div.i45
  br i1 %exitcond.not, label %for.cond.cleanup.i54, label %for.body.i184, !llvm.loop !65

if.then.i118:                                     ; preds = %for.cond.cleanup.i54
  %197 = load float, ptr %p.addr.0.i51.lcssa, align 4, !tbaa !2
  %198 = load float, ptr %y.addr.0.i49.lcssa, align 4, !tbaa !2
  %mul188.i119 = fmul float %197, %198
  %add189.i120 = fadd float %s.0.i50.lcssa, %mul188.i119
  %mul191.i121 = fmul float %197, 3.906250e-03
  %199 = tail call float @llvm.floor.f32(float %mul191.i121)
  %arrayidx193.i122 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 4
  %200 = load float, ptr %arrayidx193.i122, align 4, !tbaa !2
  %mul194.i123 = fmul float %199, %200
  %add195.i124 = fadd float %add189.i120, %mul194.i123
  %mul197.i125 = fmul float %197, 0x3EF0000000000000
  %201 = tail call float @llvm.floor.f32(float %mul197.i125)
  %arrayidx199.i126 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 8
  %202 = load float, ptr %arrayidx199.i126, align 4, !tbaa !2
  %mul200.i127 = fmul float %201, %202
  %add201.i128 = fadd float %add195.i124, %mul200.i127
  %mul203.i129 = fmul float %197, 0x3E70000000000000
  %203 = tail call float @llvm.floor.f32(float %mul203.i129)
  %arrayidx205.i130 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 12
  %204 = load float, ptr %arrayidx205.i130, align 4, !tbaa !2
  %mul206.i131 = fmul float %203, %204
  %add207.i132 = fadd float %add201.i128, %mul206.i131
  %arrayidx208.i133 = getelementptr inbounds i8, ptr %p.addr.0.i51.lcssa, i32 4
  %205 = load float, ptr %arrayidx208.i133, align 4, !tbaa !2
  %add.ptr209.i134 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 16
  %206 = load float, ptr %add.ptr209.i134, align 4, !tbaa !2
  %mul211.i135 = fmul float %205, %206
  %add212.i136 = fadd float %add207.i132, %mul211.i135
  %mul214.i137 = fmul float %205, 3.906250e-03
  %207 = tail call float @llvm.floor.f32(float %mul214.i137)
  %arrayidx216.i138 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 20
  %208 = load float, ptr %arrayidx216.i138, align 4, !tbaa !2
  %mul217.i139 = fmul float %207, %208
  %add218.i140 = fadd float %add212.i136, %mul217.i139
  %mul220.i141 = fmul float %205, 0x3EF0000000000000
  %209 = tail call float @llvm.floor.f32(float %mul220.i141)
  %arrayidx222.i142 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 24
  %210 = load float, ptr %arrayidx222.i142, align 4, !tbaa !2
  %mul223.i143 = fmul float %209, %210
  %add224.i144 = fadd float %add218.i140, %mul223.i143
  %mul226.i145 = fmul float %205, 0x3E70000000000000
  %211 = tail call float @llvm.floor.f32(float %mul226.i145)
  %arrayidx228.i146 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 28
  %212 = load float, ptr %arrayidx228.i146, align 4, !tbaa !2
  %mul229.i147 = fmul float %211, %212
  %add230.i148 = fadd float %add224.i144, %mul229.i147
  %arrayidx231.i149 = getelementptr inbounds i8, ptr %p.addr.0.i51.lcssa, i32 8
  %213 = load float, ptr %arrayidx231.i149, align 4, !tbaa !2
  %add.ptr232.i150 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 32
  %214 = load float, ptr %add.ptr232.i150, align 4, !tbaa !2
  %mul234.i151 = fmul float %213, %214
  %add235.i152 = fadd float %add230.i148, %mul234.i151
  %mul237.i153 = fmul float %213, 3.906250e-03
  %215 = tail call float @llvm.floor.f32(float %mul237.i153)
  %arrayidx239.i154 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 36
  %216 = load float, ptr %arrayidx239.i154, align 4, !tbaa !2
  %mul240.i155 = fmul float %215, %216
  %add241.i156 = fadd float %add235.i152, %mul240.i155
  %mul243.i157 = fmul float %213, 0x3EF0000000000000
  %217 = tail call float @llvm.floor.f32(float %mul243.i157)
  %arrayidx245.i158 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 40
  %218 = load float, ptr %arrayidx245.i158, align 4, !tbaa !2
  %mul246.i159 = fmul float %217, %218
  %add247.i160 = fadd float %add241.i156, %mul246.i159
  %mul249.i161 = fmul float %213, 0x3E70000000000000
  %219 = tail call float @llvm.floor.f32(float %mul249.i161)
  %arrayidx251.i162 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 44
  %220 = load float, ptr %arrayidx251.i162, align 4, !tbaa !2
  %mul252.i163 = fmul float %219, %220
  %add253.i164 = fadd float %add247.i160, %mul252.i163
  %arrayidx254.i165 = getelementptr inbounds i8, ptr %p.addr.0.i51.lcssa, i32 12
  %221 = load float, ptr %arrayidx254.i165, align 4, !tbaa !2
  %add.ptr255.i166 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 48
  %222 = load float, ptr %add.ptr255.i166, align 4, !tbaa !2
  %mul257.i167 = fmul float %221, %222
  %add258.i168 = fadd float %add253.i164, %mul257.i167
  %mul260.i169 = fmul float %221, 3.906250e-03
  %223 = tail call float @llvm.floor.f32(float %mul260.i169)
  %arrayidx262.i170 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 52
  %224 = load float, ptr %arrayidx262.i170, align 4, !tbaa !2
  %mul263.i171 = fmul float %223, %224
  %add264.i172 = fadd float %add258.i168, %mul263.i171
  %mul266.i173 = fmul float %221, 0x3EF0000000000000
  %225 = tail call float @llvm.floor.f32(float %mul266.i173)
  %arrayidx268.i174 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 56
  %226 = load float, ptr %arrayidx268.i174, align 4, !tbaa !2
  %mul269.i175 = fmul float %225, %226
  %add270.i176 = fadd float %add264.i172, %mul269.i175
  %mul272.i177 = fmul float %221, 0x3E70000000000000
  %227 = tail call float @llvm.floor.f32(float %mul272.i177)
  %arrayidx274.i178 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 60
  %228 = load float, ptr %arrayidx274.i178, align 4, !tbaa !2
  %mul275.i179 = fmul float %227, %228
  %add276.i180 = fadd float %add270.i176, %mul275.i179
  %add.ptr277.i181 = getelementptr inbounds i8, ptr %p.addr.0.i51.lcssa, i32 16
  %add.ptr278.i182 = getelementptr inbounds i8, ptr %y.addr.0.i49.lcssa, i32 64
  br label %if.end.i56

if.end.i56:                                       ; preds = %if.then.i118, %for.cond.cleanup.i54
  %y.addr.1.i57 = phi ptr [ %add.ptr278.i182, %if.then.i118 ], [ %y.addr.0.i49.lcssa, %for.cond.cleanup.i54 ]
  %s.1.i58 = phi float [ %add276.i180, %if.then.i118 ], [ %s.0.i50.lcssa, %for.cond.cleanup.i54 ]
  %p.addr.1.i59 = phi ptr [ %add.ptr277.i181, %if.then.i118 ], [ %p.addr.0.i51.lcssa, %for.cond.cleanup.i54 ]
  %left.0.i60 = phi i32 [ %sub279.i183, %if.then.i118 ], [ %sub.i47, %for.cond.cleanup.i54 ]
  %cmp280.i61 = icmp sgt i32 %left.0.i60, 1
  br i1 %cmp280.i61, label %if.then281.i84, label %if.end331.i62

if.then281.i84:                                   ; preds = %if.end.i56
  %229 = load float, ptr %p.addr.1.i59, align 4, !tbaa !2
  %230 = load float, ptr %y.addr.1.i57, align 4, !tbaa !2
  %mul285.i85 = fmul float %229, %230
  %add286.i86 = fadd float %s.1.i58, %mul285.i85
  %mul288.i87 = fmul float %229, 3.906250e-03
  %231 = tail call float @llvm.floor.f32(float %mul288.i87)
  %arrayidx290.i88 = getelementptr inbounds i8, ptr %y.addr.1.i57, i32 4
  %232 = load float, ptr %arrayidx290.i88, align 4, !tbaa !2
  %mul291.i89 = fmul float %231, %232
  %add292.i90 = fadd float %add286.i86, %mul291.i89
  %mul294.i91 = fmul float %229, 0x3EF0000000000000
  %233 = tail call float @llvm.floor.f32(float %mul294.i91)
  %arrayidx296.i92 = getelementptr inbounds i8, ptr %y.addr.1.i57, i32 8
  %234 = load float, ptr %arrayidx296.i92, align 4, !tbaa !2
  %mul297.i93 = fmul float %233, %234
  %add298.i94 = fadd float %add292.i90, %mul297.i93
  %mul300.i95 = fmul float %229, 0x3E70000000000000
  %235 = tail call float @llvm.floor.f32(float %mul300.i95)
  %arrayidx302.i96 = getelementptr inbounds i8, ptr %y.addr.1.i57, i32 12
  %236 = load float, ptr %arrayidx302.i96, align 4, !tbaa !2
  %mul303.i97 = fmul float %235, %236
  %add304.i98 = fadd float %add298.i94, %mul303.i97
  %arrayidx305.i99 = getelementptr inbounds i8, ptr %p.addr.1.i59, i32 4
  %237 = load float, ptr %arrayidx305.i99, align 4, !tbaa !2
  %add.ptr306.i100 = getelementptr inbounds i8, ptr %y.addr.1.i57, i32 16
  %238 = load float, ptr %add.ptr306.i100, align 4, !tbaa !2
  %mul308.i101 = fmul float %237, %238
  %add309.i102 = fadd float %add304.i98, %mul308.i101
  %mul311.i103 = fmul float %237, 3.906250e-03
  %239 = tail call float @llvm.floor.f32(float %mul311.i103)
  %arrayidx313.i104 = getelementptr inbounds i8, ptr %y.addr.1.i57, i32 20
  %240 = load float, ptr %arrayidx313.i104, align 4, !tbaa !2
  %mul314.i105 = fmul float %239, %240
  %add315.i106 = fadd float %add309.i102, %mul314.i105
  %mul317.i107 = fmul float %237, 0x3EF0000000000000
  %241 = tail call float @llvm.floor.f32(float %mul317.i107)
  %arrayidx319.i108 = getelementptr inbounds i8, ptr %y.addr.1.i57, i32 24
  %242 = load float, ptr %arrayidx319.i108, align 4, !tbaa !2
  %mul320.i109 = fmul float %241, %242
  %add321.i110 = fadd float %add315.i106, %mul320.i109
  %mul323.i111 = fmul float %237, 0x3E70000000000000
  %243 = tail call float @llvm.floor.f32(float %mul323.i111)
  %arrayidx325.i112 = getelementptr inbounds i8, ptr %y.addr.1.i57, i32 28
  %244 = load float, ptr %arrayidx325.i112, align 4, !tbaa !2
  %mul326.i113 = fmul float %243, %244
  %add327.i114 = fadd float %add321.i110, %mul326.i113
  %add.ptr328.i115 = getelementptr inbounds i8, ptr %p.addr.1.i59, i32 8
  %add.ptr329.i116 = getelementptr inbounds i8, ptr %y.addr.1.i57, i32 32
  %sub330.i117 = add nsw i32 %left.0.i60, -2
  br label %if.end331.i62

if.end331.i62:                                    ; preds = %if.then281.i84, %if.end.i56
  %y.addr.2.i63 = phi ptr [ %add.ptr329.i116, %if.then281.i84 ], [ %y.addr.1.i57, %if.end.i56 ]
  %s.2.i64 = phi float [ %add327.i114, %if.then281.i84 ], [ %s.1.i58, %if.end.i56 ]
  %p.addr.2.i65 = phi ptr [ %add.ptr328.i115, %if.then281.i84 ], [ %p.addr.1.i59, %if.end.i56 ]
  %left.1.i66 = phi i32 [ %sub330.i117, %if.then281.i84 ], [ %left.0.i60, %if.end.i56 ]
  %cmp332.i67 = icmp sgt i32 %left.1.i66, 0
  br i1 %cmp332.i67, label %if.then333.i69, label %q8_group.exit314

if.then333.i69:                                   ; preds = %if.end331.i62
  %245 = load float, ptr %p.addr.2.i65, align 4, !tbaa !2
  %246 = load float, ptr %y.addr.2.i63, align 4, !tbaa !2
  %mul337.i70 = fmul float %245, %246
  %add338.i71 = fadd float %s.2.i64, %mul337.i70
  %mul340.i72 = fmul float %245, 3.906250e-03
  %247 = tail call float @llvm.floor.f32(float %mul340.i72)
  %arrayidx342.i73 = getelementptr inbounds i8, ptr %y.addr.2.i63, i32 4
  %248 = load float, ptr %arrayidx342.i73, align 4, !tbaa !2
  %mul343.i74 = fmul float %247, %248
  %add344.i75 = fadd float %add338.i71, %mul343.i74
  %mul346.i76 = fmul float %245, 0x3EF0000000000000
  %249 = tail call float @llvm.floor.f32(float %mul346.i76)
  %arrayidx348.i77 = getelementptr inbounds i8, ptr %y.addr.2.i63, i32 8
  %250 = load float, ptr %arrayidx348.i77, align 4, !tbaa !2
  %mul349.i78 = fmul float %249, %250
  %add350.i79 = fadd float %add344.i75, %mul349.i78
  %mul352.i80 = fmul float %245, 0x3E70000000000000
  %251 = tail call float @llvm.floor.f32(float %mul352.i80)
  %arrayidx354.i81 = getelementptr inbounds i8, ptr %y.addr.2.i63, i32 12
  %252 = load float, ptr %arrayidx354.i81, align 4, !tbaa !2
  %mul355.i82 = fmul float %251, %252
  %add356.i83 = fadd float %add350.i79, %mul355.i82
  br label %q8_group.exit314

q8_group.exit314:                                 ; preds = %if.end331.i62, %if.then333.i69
  %s.3.i68 = phi float [ %add356.i83, %if.then333.i69 ], [ %s.2.i64, %if.end331.i62 ]
  %253 = load float, ptr %w.addr.1326, align 4, !tbaa !2
  %arrayidx5 = getelementptr inbounds float, ptr %3, i32 %g.0325
  %254 = load float, ptr %arrayidx5, align 4, !tbaa !2
  %sub6 = fsub float %s.3.i68, %254
  %mul7 = fmul float %253, %sub6
  %add = fadd float %acc.0323, %mul7
  %add.ptr9 = getelementptr inbounds float, ptr %w.addr.1326, i32 %add8
  %add.ptr10 = getelementptr inbounds i8, ptr %y.0324, i32 %add.ptr10.idx
  %inc = add nuw nsw i32 %g.0325, 1
  %exitcond341.not = icmp eq i32 %inc, %sub
  br i1 %exitcond341.not, label %for.cond.cleanup3, label %for.body4, !llvm.loop !69
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8_g32_l32(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %last, i32 noundef %d) unnamed_addr #6 {
entry:
  %sub = add nsw i32 %last, -32
  %cmp243 = icmp sgt i32 %d, 0
  br i1 %cmp243, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2234 = icmp sgt i32 %ngroups, 0
  %2 = mul i32 %ngroups, 136
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end
  %w.addr.0245 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr145, %if.end ]
  %i.0244 = phi i32 [ 0, %for.body.lr.ph ], [ %add152, %if.end ]
  br i1 %cmp2234, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0245, i32 %2
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add137, %for.cond.cleanup3.loopexit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add142, %for.cond.cleanup3.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0245, %for.body ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %add.ptr145 = getelementptr inbounds float, ptr %w.addr.1.lcssa, i32 %sub
  %arrayidx146 = getelementptr inbounds float, ptr %out, i32 %i.0244
  store float %acc_a.0.lcssa, ptr %arrayidx146, align 4, !tbaa !2
  %add147 = or disjoint i32 %i.0244, 1
  %cmp148 = icmp slt i32 %add147, %d
  br i1 %cmp148, label %if.then, label %if.end

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1240 = phi ptr [ %add.ptr143, %for.body4 ], [ %w.addr.0245, %for.body ]
  %g.0239 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %sx.0238 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %xq.0237 = phi ptr [ %add.ptr144, %for.body4 ], [ %0, %for.body ]
  %acc_b.0236 = phi float [ %add142, %for.body4 ], [ 0.000000e+00, %for.body ]
  %acc_a.0235 = phi float [ %add137, %for.body4 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1240, i32 8
  %3 = load float, ptr %add.ptr, align 4, !tbaa !2
  %4 = load float, ptr %xq.0237, align 4, !tbaa !2
  %mul = fmul float %3, %4
  %arrayidx6 = getelementptr inbounds i8, ptr %w.addr.1240, i32 12
  %5 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %arrayidx7 = getelementptr inbounds i8, ptr %xq.0237, i32 4
  %6 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %5, %6
  %add = fadd float %mul, %mul8
  %arrayidx9 = getelementptr inbounds i8, ptr %w.addr.1240, i32 16
  %7 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds i8, ptr %xq.0237, i32 8
  %8 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %7, %8
  %add12 = fadd float %add, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %w.addr.1240, i32 20
  %9 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %arrayidx14 = getelementptr inbounds i8, ptr %xq.0237, i32 12
  %10 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %mul15 = fmul float %9, %10
  %add16 = fadd float %add12, %mul15
  %arrayidx17 = getelementptr inbounds i8, ptr %w.addr.1240, i32 24
  %11 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds i8, ptr %xq.0237, i32 16
  %12 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %11, %12
  %add20 = fadd float %add16, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %w.addr.1240, i32 28
  %13 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds i8, ptr %xq.0237, i32 20
  %14 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %13, %14
  %add24 = fadd float %add20, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1240, i32 32
  %15 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds i8, ptr %xq.0237, i32 24
  %16 = load float, ptr %arrayidx26, align 4, !tbaa !2
  %mul27 = fmul float %15, %16
  %add28 = fadd float %add24, %mul27
  %arrayidx29 = getelementptr inbounds i8, ptr %w.addr.1240, i32 36
  %17 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds i8, ptr %xq.0237, i32 28
  %18 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %17, %18
  %add32 = fadd float %add28, %mul31
  %arrayidx33 = getelementptr inbounds i8, ptr %w.addr.1240, i32 40
  %19 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds i8, ptr %xq.0237, i32 32
  %20 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %mul35 = fmul float %19, %20
  %add36 = fadd float %add32, %mul35
  %arrayidx37 = getelementptr inbounds i8, ptr %w.addr.1240, i32 44
  %21 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %arrayidx38 = getelementptr inbounds i8, ptr %xq.0237, i32 36
  %22 = load float, ptr %arrayidx38, align 4, !tbaa !2
  %mul39 = fmul float %21, %22
  %add40 = fadd float %add36, %mul39
  %arrayidx41 = getelementptr inbounds i8, ptr %w.addr.1240, i32 48
  %23 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %arrayidx42 = getelementptr inbounds i8, ptr %xq.0237, i32 40
  %24 = load float, ptr %arrayidx42, align 4, !tbaa !2
  %mul43 = fmul float %23, %24
  %add44 = fadd float %add40, %mul43
  %arrayidx45 = getelementptr inbounds i8, ptr %w.addr.1240, i32 52
  %25 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %arrayidx46 = getelementptr inbounds i8, ptr %xq.0237, i32 44
  %26 = load float, ptr %arrayidx46, align 4, !tbaa !2
  %mul47 = fmul float %25, %26
  %add48 = fadd float %add44, %mul47
  %arrayidx49 = getelementptr inbounds i8, ptr %w.addr.1240, i32 56
  %27 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %arrayidx50 = getelementptr inbounds i8, ptr %xq.0237, i32 48
  %28 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %mul51 = fmul float %27, %28
  %add52 = fadd float %add48, %mul51
  %arrayidx53 = getelementptr inbounds i8, ptr %w.addr.1240, i32 60
  %29 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %arrayidx54 = getelementptr inbounds i8, ptr %xq.0237, i32 52
  %30 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %mul55 = fmul float %29, %30
  %add56 = fadd float %add52, %mul55
  %arrayidx57 = getelementptr inbounds i8, ptr %w.addr.1240, i32 64
  %31 = load float, ptr %arrayidx57, align 4, !tbaa !2
  %arrayidx58 = getelementptr inbounds i8, ptr %xq.0237, i32 56
  %32 = load float, ptr %arrayidx58, align 4, !tbaa !2
  %mul59 = fmul float %31, %32
  %add60 = fadd float %add56, %mul59
  %arrayidx61 = getelementptr inbounds i8, ptr %w.addr.1240, i32 68
  %33 = load float, ptr %arrayidx61, align 4, !tbaa !2
  %arrayidx62 = getelementptr inbounds i8, ptr %xq.0237, i32 60
  %34 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %33, %34
  %add64 = fadd float %add60, %mul63
  %arrayidx65 = getelementptr inbounds i8, ptr %w.addr.1240, i32 72
  %35 = load float, ptr %arrayidx65, align 4, !tbaa !2
  %arrayidx66 = getelementptr inbounds i8, ptr %xq.0237, i32 64
  %36 = load float, ptr %arrayidx66, align 4, !tbaa !2
  %mul67 = fmul float %35, %36
  %add68 = fadd float %add64, %mul67
  %arrayidx69 = getelementptr inbounds i8, ptr %w.addr.1240, i32 76
  %37 = load float, ptr %arrayidx69, align 4, !tbaa !2
  %arrayidx70 = getelementptr inbounds i8, ptr %xq.0237, i32 68
  %38 = load float, ptr %arrayidx70, align 4, !tbaa !2
  %mul71 = fmul float %37, %38
  %add72 = fadd float %add68, %mul71
  %arrayidx73 = getelementptr inbounds i8, ptr %w.addr.1240, i32 80
  %39 = load float, ptr %arrayidx73, align 4, !tbaa !2
  %arrayidx74 = getelementptr inbounds i8, ptr %xq.0237, i32 72
  %40 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %39, %40
  %add76 = fadd float %add72, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %w.addr.1240, i32 84
  %41 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %arrayidx78 = getelementptr inbounds i8, ptr %xq.0237, i32 76
  %42 = load float, ptr %arrayidx78, align 4, !tbaa !2
  %mul79 = fmul float %41, %42
  %add80 = fadd float %add76, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1240, i32 88
  %43 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %xq.0237, i32 80
  %44 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %mul83 = fmul float %43, %44
  %add84 = fadd float %add80, %mul83
  %arrayidx85 = getelementptr inbounds i8, ptr %w.addr.1240, i32 92
  %45 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %arrayidx86 = getelementptr inbounds i8, ptr %xq.0237, i32 84
  %46 = load float, ptr %arrayidx86, align 4, !tbaa !2
  %mul87 = fmul float %45, %46
  %add88 = fadd float %add84, %mul87
  %arrayidx89 = getelementptr inbounds i8, ptr %w.addr.1240, i32 96
  %47 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %arrayidx90 = getelementptr inbounds i8, ptr %xq.0237, i32 88
  %48 = load float, ptr %arrayidx90, align 4, !tbaa !2
  %mul91 = fmul float %47, %48
  %add92 = fadd float %add88, %mul91
  %arrayidx93 = getelementptr inbounds i8, ptr %w.addr.1240, i32 100
  %49 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %arrayidx94 = getelementptr inbounds i8, ptr %xq.0237, i32 92
  %50 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %mul95 = fmul float %49, %50
  %add96 = fadd float %add92, %mul95
  %arrayidx97 = getelementptr inbounds i8, ptr %w.addr.1240, i32 104
  %51 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %arrayidx98 = getelementptr inbounds i8, ptr %xq.0237, i32 96
  %52 = load float, ptr %arrayidx98, align 4, !tbaa !2
  %mul99 = fmul float %51, %52
  %add100 = fadd float %add96, %mul99
  %arrayidx101 = getelementptr inbounds i8, ptr %w.addr.1240, i32 108
  %53 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %arrayidx102 = getelementptr inbounds i8, ptr %xq.0237, i32 100
  %54 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %53, %54
  %add104 = fadd float %add100, %mul103
  %arrayidx105 = getelementptr inbounds i8, ptr %w.addr.1240, i32 112
  %55 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %arrayidx106 = getelementptr inbounds i8, ptr %xq.0237, i32 104
  %56 = load float, ptr %arrayidx106, align 4, !tbaa !2
  %mul107 = fmul float %55, %56
  %add108 = fadd float %add104, %mul107
  %arrayidx109 = getelementptr inbounds i8, ptr %w.addr.1240, i32 116
  %57 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %arrayidx110 = getelementptr inbounds i8, ptr %xq.0237, i32 108
  %58 = load float, ptr %arrayidx110, align 4, !tbaa !2
  %mul111 = fmul float %57, %58
  %add112 = fadd float %add108, %mul111
  %arrayidx113 = getelementptr inbounds i8, ptr %w.addr.1240, i32 120
  %59 = load float, ptr %arrayidx113, align 4, !tbaa !2
  %arrayidx114 = getelementptr inbounds i8, ptr %xq.0237, i32 112
  %60 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %59, %60
  %add116 = fadd float %add112, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1240, i32 124
  %61 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %arrayidx118 = getelementptr inbounds i8, ptr %xq.0237, i32 116
  %62 = load float, ptr %arrayidx118, align 4, !tbaa !2
  %mul119 = fmul float %61, %62
  %add120 = fadd float %add116, %mul119
  %arrayidx121 = getelementptr inbounds i8, ptr %w.addr.1240, i32 128
  %63 = load float, ptr %arrayidx121, align 4, !tbaa !2
  %arrayidx122 = getelementptr inbounds i8, ptr %xq.0237, i32 120
  %64 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %mul123 = fmul float %63, %64
  %add124 = fadd float %add120, %mul123
  %arrayidx125 = getelementptr inbounds i8, ptr %w.addr.1240, i32 132
  %65 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %arrayidx126 = getelementptr inbounds i8, ptr %xq.0237, i32 124
  %66 = load float, ptr %arrayidx126, align 4, !tbaa !2
  %mul127 = fmul float %65, %66
  %add128 = fadd float %add124, %mul127
  %add129 = fadd float %add128, 0x4160000000000000
  %mul130 = fmul float %add129, 0x3E70000000000000
  %67 = tail call float @llvm.floor.f32(float %mul130)
  %68 = load float, ptr %w.addr.1240, align 4, !tbaa !2
  %69 = load float, ptr %sx.0238, align 4, !tbaa !2
  %mul133 = fmul float %68, %69
  %mul134 = fmul float %67, 0x4170000000000000
  %sub135 = fsub float %add128, %mul134
  %mul136 = fmul float %mul133, %sub135
  %add137 = fadd float %acc_a.0235, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1240, i32 4
  %70 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %mul140 = fmul float %69, %70
  %mul141 = fmul float %mul140, %67
  %add142 = fadd float %acc_b.0236, %mul141
  %add.ptr143 = getelementptr inbounds i8, ptr %w.addr.1240, i32 136
  %add.ptr144 = getelementptr inbounds i8, ptr %xq.0237, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %sx.0238, i32 4
  %inc = add nuw nsw i32 %g.0239, 1
  %exitcond.not = icmp eq i32 %inc, %ngroups
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !70

if.then:                                          ; preds = %for.cond.cleanup3
  %arrayidx150 = getelementptr inbounds float, ptr %out, i32 %add147
  store float %acc_b.0.lcssa, ptr %arrayidx150, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %if.then, %for.cond.cleanup3
  %add152 = add nuw nsw i32 %i.0244, 2
  %cmp = icmp slt i32 %add152, %d
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !71
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8_g32(ptr nocapture noundef writeonly %out, ptr noundef readonly %w, ptr nocapture noundef readonly %s, i32 noundef %d) unnamed_addr #6 {
entry:
  %last_len = getelementptr inbounds i8, ptr %s, i32 20
  %0 = load i32, ptr %last_len, align 4, !tbaa !16
  %cmp = icmp slt i32 %0, 32
  %conv.neg = sext i1 %cmp to i32
  %ngroups = getelementptr inbounds i8, ptr %s, i32 8
  %1 = load i32, ptr %ngroups, align 4, !tbaa !13
  %sub = add i32 %1, %conv.neg
  %cmp1298 = icmp sgt i32 %d, 0
  br i1 %cmp1298, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %2 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %3 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp4279 = icmp sgt i32 %sub, 0
  %div.i = sdiv i32 %0, 16
  %mul.i = shl nsw i32 %div.i, 4
  %sub.i = sub nsw i32 %0, %mul.i
  %cmp.i290 = icmp sgt i32 %0, 15
  %cmp63.i = icmp sgt i32 %sub.i, 7
  %sub.i277 = add nsw i32 %sub.i, -8
  %add170 = add nsw i32 %0, 2
  %4 = mul i32 %sub, 136
  %5 = shl i32 %sub, 7
  %scevgep301 = getelementptr i8, ptr %2, i32 %5
  %6 = shl i32 %sub, 2
  %scevgep302 = getelementptr i8, ptr %3, i32 %6
  %7 = shl i32 %div.i, 6
  %8 = or disjoint i32 %7, 8
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end179, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end179
  %w.addr.0300 = phi ptr [ %w, %for.body.lr.ph ], [ %w.addr.2, %if.end179 ]
  %i.0299 = phi i32 [ 0, %for.body.lr.ph ], [ %add181, %if.end179 ]
  br i1 %cmp4279, label %for.body7, label %for.cond.cleanup6

for.cond.cleanup6.loopexit:                       ; preds = %for.body7
  %scevgep = getelementptr i8, ptr %w.addr.0300, i32 %4
  br label %for.cond.cleanup6

for.cond.cleanup6:                                ; preds = %for.cond.cleanup6.loopexit, %for.body
  %xq.0.lcssa = phi ptr [ %2, %for.body ], [ %scevgep301, %for.cond.cleanup6.loopexit ]
  %sx.0.lcssa = phi ptr [ %3, %for.body ], [ %scevgep302, %for.cond.cleanup6.loopexit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add145, %for.cond.cleanup6.loopexit ]
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add140, %for.cond.cleanup6.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0300, %for.body ], [ %scevgep, %for.cond.cleanup6.loopexit ]
  br i1 %cmp, label %if.then, label %if.end

for.body7:                                        ; preds = %for.body, %for.body7
  %w.addr.1285 = phi ptr [ %add.ptr146, %for.body7 ], [ %w.addr.0300, %for.body ]
  %acc_a.0284 = phi float [ %add140, %for.body7 ], [ 0.000000e+00, %for.body ]
  %acc_b.0283 = phi float [ %add145, %for.body7 ], [ 0.000000e+00, %for.body ]
  %g.0282 = phi i32 [ %inc, %for.body7 ], [ 0, %for.body ]
  %sx.0281 = phi ptr [ %incdec.ptr, %for.body7 ], [ %3, %for.body ]
  %xq.0280 = phi ptr [ %add.ptr147, %for.body7 ], [ %2, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1285, i32 8
  %9 = load float, ptr %add.ptr, align 4, !tbaa !2
  %10 = load float, ptr %xq.0280, align 4, !tbaa !2
  %mul = fmul float %9, %10
  %arrayidx9 = getelementptr inbounds i8, ptr %w.addr.1285, i32 12
  %11 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds i8, ptr %xq.0280, i32 4
  %12 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %11, %12
  %add = fadd float %mul, %mul11
  %arrayidx12 = getelementptr inbounds i8, ptr %w.addr.1285, i32 16
  %13 = load float, ptr %arrayidx12, align 4, !tbaa !2
  %arrayidx13 = getelementptr inbounds i8, ptr %xq.0280, i32 8
  %14 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %mul14 = fmul float %13, %14
  %add15 = fadd float %add, %mul14
  %arrayidx16 = getelementptr inbounds i8, ptr %w.addr.1285, i32 20
  %15 = load float, ptr %arrayidx16, align 4, !tbaa !2
  %arrayidx17 = getelementptr inbounds i8, ptr %xq.0280, i32 12
  %16 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %mul18 = fmul float %15, %16
  %add19 = fadd float %add15, %mul18
  %arrayidx20 = getelementptr inbounds i8, ptr %w.addr.1285, i32 24
  %17 = load float, ptr %arrayidx20, align 4, !tbaa !2
  %arrayidx21 = getelementptr inbounds i8, ptr %xq.0280, i32 16
  %18 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %mul22 = fmul float %17, %18
  %add23 = fadd float %add19, %mul22
  %arrayidx24 = getelementptr inbounds i8, ptr %w.addr.1285, i32 28
  %19 = load float, ptr %arrayidx24, align 4, !tbaa !2
  %arrayidx25 = getelementptr inbounds i8, ptr %xq.0280, i32 20
  %20 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %mul26 = fmul float %19, %20
  %add27 = fadd float %add23, %mul26
  %arrayidx28 = getelementptr inbounds i8, ptr %w.addr.1285, i32 32
  %21 = load float, ptr %arrayidx28, align 4, !tbaa !2
  %arrayidx29 = getelementptr inbounds i8, ptr %xq.0280, i32 24
  %22 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %mul30 = fmul float %21, %22
  %add31 = fadd float %add27, %mul30
  %arrayidx32 = getelementptr inbounds i8, ptr %w.addr.1285, i32 36
  %23 = load float, ptr %arrayidx32, align 4, !tbaa !2
  %arrayidx33 = getelementptr inbounds i8, ptr %xq.0280, i32 28
  %24 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %mul34 = fmul float %23, %24
  %add35 = fadd float %add31, %mul34
  %arrayidx36 = getelementptr inbounds i8, ptr %w.addr.1285, i32 40
  %25 = load float, ptr %arrayidx36, align 4, !tbaa !2
  %arrayidx37 = getelementptr inbounds i8, ptr %xq.0280, i32 32
  %26 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %mul38 = fmul float %25, %26
  %add39 = fadd float %add35, %mul38
  %arrayidx40 = getelementptr inbounds i8, ptr %w.addr.1285, i32 44
  %27 = load float, ptr %arrayidx40, align 4, !tbaa !2
  %arrayidx41 = getelementptr inbounds i8, ptr %xq.0280, i32 36
  %28 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %mul42 = fmul float %27, %28
  %add43 = fadd float %add39, %mul42
  %arrayidx44 = getelementptr inbounds i8, ptr %w.addr.1285, i32 48
  %29 = load float, ptr %arrayidx44, align 4, !tbaa !2
  %arrayidx45 = getelementptr inbounds i8, ptr %xq.0280, i32 40
  %30 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %29, %30
  %add47 = fadd float %add43, %mul46
  %arrayidx48 = getelementptr inbounds i8, ptr %w.addr.1285, i32 52
  %31 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %arrayidx49 = getelementptr inbounds i8, ptr %xq.0280, i32 44
  %32 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %mul50 = fmul float %31, %32
  %add51 = fadd float %add47, %mul50
  %arrayidx52 = getelementptr inbounds i8, ptr %w.addr.1285, i32 56
  %33 = load float, ptr %arrayidx52, align 4, !tbaa !2
  %arrayidx53 = getelementptr inbounds i8, ptr %xq.0280, i32 48
  %34 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %mul54 = fmul float %33, %34
  %add55 = fadd float %add51, %mul54
  %arrayidx56 = getelementptr inbounds i8, ptr %w.addr.1285, i32 60
  %35 = load float, ptr %arrayidx56, align 4, !tbaa !2
  %arrayidx57 = getelementptr inbounds i8, ptr %xq.0280, i32 52
  %36 = load float, ptr %arrayidx57, align 4, !tbaa !2
  %mul58 = fmul float %35, %36
  %add59 = fadd float %add55, %mul58
  %arrayidx60 = getelementptr inbounds i8, ptr %w.addr.1285, i32 64
  %37 = load float, ptr %arrayidx60, align 4, !tbaa !2
  %arrayidx61 = getelementptr inbounds i8, ptr %xq.0280, i32 56
  %38 = load float, ptr %arrayidx61, align 4, !tbaa !2
  %mul62 = fmul float %37, %38
  %add63 = fadd float %add59, %mul62
  %arrayidx64 = getelementptr inbounds i8, ptr %w.addr.1285, i32 68
  %39 = load float, ptr %arrayidx64, align 4, !tbaa !2
  %arrayidx65 = getelementptr inbounds i8, ptr %xq.0280, i32 60
  %40 = load float, ptr %arrayidx65, align 4, !tbaa !2
  %mul66 = fmul float %39, %40
  %add67 = fadd float %add63, %mul66
  %arrayidx68 = getelementptr inbounds i8, ptr %w.addr.1285, i32 72
  %41 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %arrayidx69 = getelementptr inbounds i8, ptr %xq.0280, i32 64
  %42 = load float, ptr %arrayidx69, align 4, !tbaa !2
  %mul70 = fmul float %41, %42
  %add71 = fadd float %add67, %mul70
  %arrayidx72 = getelementptr inbounds i8, ptr %w.addr.1285, i32 76
  %43 = load float, ptr %arrayidx72, align 4, !tbaa !2
  %arrayidx73 = getelementptr inbounds i8, ptr %xq.0280, i32 68
  %44 = load float, ptr %arrayidx73, align 4, !tbaa !2
  %mul74 = fmul float %43, %44
  %add75 = fadd float %add71, %mul74
  %arrayidx76 = getelementptr inbounds i8, ptr %w.addr.1285, i32 80
  %45 = load float, ptr %arrayidx76, align 4, !tbaa !2
  %arrayidx77 = getelementptr inbounds i8, ptr %xq.0280, i32 72
  %46 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %mul78 = fmul float %45, %46
  %add79 = fadd float %add75, %mul78
  %arrayidx80 = getelementptr inbounds i8, ptr %w.addr.1285, i32 84
  %47 = load float, ptr %arrayidx80, align 4, !tbaa !2
  %arrayidx81 = getelementptr inbounds i8, ptr %xq.0280, i32 76
  %48 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %mul82 = fmul float %47, %48
  %add83 = fadd float %add79, %mul82
  %arrayidx84 = getelementptr inbounds i8, ptr %w.addr.1285, i32 88
  %49 = load float, ptr %arrayidx84, align 4, !tbaa !2
  %arrayidx85 = getelementptr inbounds i8, ptr %xq.0280, i32 80
  %50 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %mul86 = fmul float %49, %50
  %add87 = fadd float %add83, %mul86
  %arrayidx88 = getelementptr inbounds i8, ptr %w.addr.1285, i32 92
  %51 = load float, ptr %arrayidx88, align 4, !tbaa !2
  %arrayidx89 = getelementptr inbounds i8, ptr %xq.0280, i32 84
  %52 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %mul90 = fmul float %51, %52
  %add91 = fadd float %add87, %mul90
  %arrayidx92 = getelementptr inbounds i8, ptr %w.addr.1285, i32 96
  %53 = load float, ptr %arrayidx92, align 4, !tbaa !2
  %arrayidx93 = getelementptr inbounds i8, ptr %xq.0280, i32 88
  %54 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %mul94 = fmul float %53, %54
  %add95 = fadd float %add91, %mul94
  %arrayidx96 = getelementptr inbounds i8, ptr %w.addr.1285, i32 100
  %55 = load float, ptr %arrayidx96, align 4, !tbaa !2
  %arrayidx97 = getelementptr inbounds i8, ptr %xq.0280, i32 92
  %56 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %mul98 = fmul float %55, %56
  %add99 = fadd float %add95, %mul98
  %arrayidx100 = getelementptr inbounds i8, ptr %w.addr.1285, i32 104
  %57 = load float, ptr %arrayidx100, align 4, !tbaa !2
  %arrayidx101 = getelementptr inbounds i8, ptr %xq.0280, i32 96
  %58 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %mul102 = fmul float %57, %58
  %add103 = fadd float %add99, %mul102
  %arrayidx104 = getelementptr inbounds i8, ptr %w.addr.1285, i32 108
  %59 = load float, ptr %arrayidx104, align 4, !tbaa !2
  %arrayidx105 = getelementptr inbounds i8, ptr %xq.0280, i32 100
  %60 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %mul106 = fmul float %59, %60
  %add107 = fadd float %add103, %mul106
  %arrayidx108 = getelementptr inbounds i8, ptr %w.addr.1285, i32 112
  %61 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %arrayidx109 = getelementptr inbounds i8, ptr %xq.0280, i32 104
  %62 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %mul110 = fmul float %61, %62
  %add111 = fadd float %add107, %mul110
  %arrayidx112 = getelementptr inbounds i8, ptr %w.addr.1285, i32 116
  %63 = load float, ptr %arrayidx112, align 4, !tbaa !2
  %arrayidx113 = getelementptr inbounds i8, ptr %xq.0280, i32 108
  %64 = load float, ptr %arrayidx113, align 4, !tbaa !2
  %mul114 = fmul float %63, %64
  %add115 = fadd float %add111, %mul114
  %arrayidx116 = getelementptr inbounds i8, ptr %w.addr.1285, i32 120
  %65 = load float, ptr %arrayidx116, align 4, !tbaa !2
  %arrayidx117 = getelementptr inbounds i8, ptr %xq.0280, i32 112
  %66 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %mul118 = fmul float %65, %66
  %add119 = fadd float %add115, %mul118
  %arrayidx120 = getelementptr inbounds i8, ptr %w.addr.1285, i32 124
  %67 = load float, ptr %arrayidx120, align 4, !tbaa !2
  %arrayidx121 = getelementptr inbounds i8, ptr %xq.0280, i32 116
  %68 = load float, ptr %arrayidx121, align 4, !tbaa !2
  %mul122 = fmul float %67, %68
  %add123 = fadd float %add119, %mul122
  %arrayidx124 = getelementptr inbounds i8, ptr %w.addr.1285, i32 128
  %69 = load float, ptr %arrayidx124, align 4, !tbaa !2
  %arrayidx125 = getelementptr inbounds i8, ptr %xq.0280, i32 120
  %70 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %69, %70
  %add127 = fadd float %add123, %mul126
  %arrayidx128 = getelementptr inbounds i8, ptr %w.addr.1285, i32 132
  %71 = load float, ptr %arrayidx128, align 4, !tbaa !2
  %arrayidx129 = getelementptr inbounds i8, ptr %xq.0280, i32 124
  %72 = load float, ptr %arrayidx129, align 4, !tbaa !2
  %mul130 = fmul float %71, %72
  %add131 = fadd float %add127, %mul130
  %add132 = fadd float %add131, 0x4160000000000000
  %mul133 = fmul float %add132, 0x3E70000000000000
  %73 = tail call float @llvm.floor.f32(float %mul133)
  %74 = load float, ptr %w.addr.1285, align 4, !tbaa !2
  %75 = load float, ptr %sx.0281, align 4, !tbaa !2
  %mul136 = fmul float %74, %75
  %mul137 = fmul float %73, 0x4170000000000000
  %sub138 = fsub float %add131, %mul137
  %mul139 = fmul float %mul136, %sub138
  %add140 = fadd float %acc_a.0284, %mul139
  %arrayidx141 = getelementptr inbounds i8, ptr %w.addr.1285, i32 4
  %76 = load float, ptr %arrayidx141, align 4, !tbaa !2
  %mul143 = fmul float %75, %76
  %mul144 = fmul float %mul143, %73
  %add145 = fadd float %acc_b.0283, %mul144
  %add.ptr146 = getelementptr inbounds i8, ptr %w.addr.1285, i32 136
  %add.ptr147 = getelementptr inbounds i8, ptr %xq.0280, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %sx.0281, i32 4
  %inc = add nuw nsw i32 %g.0282, 1
  %exitcond.not = icmp eq i32 %inc, %sub
  br i1 %exitcond.not, label %for.cond.cleanup6.loopexit, label %for.body7, !llvm.loop !72

if.then:                                          ; preds = %for.cond.cleanup6
  %add.ptr149 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  br i1 %cmp.i290, label %for.body.i.preheader, label %for.cond.cleanup.i

for.body.i.preheader:                             ; preds = %if.then
  %scevgep303 = getelementptr i8, ptr %w.addr.1.lcssa, i32 %8
  br label %for.body.i

for.cond.cleanup.i.loopexit:                      ; preds = %for.body.i
  %scevgep304 = getelementptr i8, ptr %xq.0.lcssa, i32 %7
  br label %for.cond.cleanup.i

for.cond.cleanup.i:                               ; preds = %for.cond.cleanup.i.loopexit, %if.then
  %a.addr.0.i.lcssa = phi ptr [ %add.ptr149, %if.then ], [ %scevgep303, %for.cond.cleanup.i.loopexit ]
  %b.addr.0.i.lcssa = phi ptr [ %xq.0.lcssa, %if.then ], [ %scevgep304, %for.cond.cleanup.i.loopexit ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %if.then ], [ %add61.i, %for.cond.cleanup.i.loopexit ]
  br i1 %cmp63.i, label %if.then.i, label %if.end.i

for.body.i:                                       ; preds = %for.body.i.preheader, %for.body.i
  %t.0.i294 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.body.i.preheader ]
  %s.addr.0.i293 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.body.i.preheader ]
  %b.addr.0.i292 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %xq.0.lcssa, %for.body.i.preheader ]
  %a.addr.0.i291 = phi ptr [ %add.ptr.i, %for.body.i ], [ %add.ptr149, %for.body.i.preheader ]
  %77 = load float, ptr %a.addr.0.i291, align 4, !tbaa !2
  %78 = load float, ptr %b.addr.0.i292, align 4, !tbaa !2
  %mul.i278 = fmul float %77, %78
  %add.i = fadd float %s.addr.0.i293, %mul.i278
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 4
  %79 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 4
  %80 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %79, %80
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 8
  %81 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 8
  %82 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %81, %82
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 12
  %83 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 12
  %84 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %83, %84
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 16
  %85 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 16
  %86 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %85, %86
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 20
  %87 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 20
  %88 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %87, %88
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 24
  %89 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 24
  %90 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %89, %90
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 28
  %91 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 28
  %92 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %91, %92
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 32
  %93 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 32
  %94 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %93, %94
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 36
  %95 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 36
  %96 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %95, %96
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 40
  %97 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 40
  %98 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %97, %98
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 44
  %99 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 44
  %100 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %99, %100
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 48
  %101 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 48
  %102 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %101, %102
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 52
  %103 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 52
  %104 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %103, %104
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 56
  %105 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 56
  %106 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %105, %106
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 60
  %107 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 60
  %108 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %107, %108
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i291, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i292, i32 64
  %inc.i = add nuw nsw i32 %t.0.i294, 1
  %exitcond305.not = icmp eq i32 %inc.i, %div.i
  br i1 %exitcond305.not, label %for.cond.cleanup.i.loopexit, label %for.body.i, !llvm.loop !62

if.then.i:                                        ; preds = %for.cond.cleanup.i
  %109 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %110 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %109, %110
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %111 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %112 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %111, %112
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %113 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %114 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %113, %114
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %115 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %116 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %115, %116
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %117 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %118 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %117, %118
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %119 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %120 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %119, %120
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %121 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %122 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %121, %122
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %123 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %124 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %123, %124
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 32
  %add.ptr97.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 32
  br label %if.end.i

if.end.i:                                         ; preds = %if.then.i, %for.cond.cleanup.i
  %a.addr.1.i = phi ptr [ %add.ptr96.i, %if.then.i ], [ %a.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %b.addr.1.i = phi ptr [ %add.ptr97.i, %if.then.i ], [ %b.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %s.addr.1.i = phi float [ %add95.i, %if.then.i ], [ %s.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %left.addr.0.i = phi i32 [ %sub.i277, %if.then.i ], [ %sub.i, %for.cond.cleanup.i ]
  %cmp98.i = icmp sgt i32 %left.addr.0.i, 3
  br i1 %cmp98.i, label %if.then99.i, label %if.end119.i

if.then99.i:                                      ; preds = %if.end.i
  %125 = load float, ptr %a.addr.1.i, align 4, !tbaa !2
  %126 = load float, ptr %b.addr.1.i, align 4, !tbaa !2
  %mul102.i = fmul float %125, %126
  %add103.i = fadd float %s.addr.1.i, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 4
  %127 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 4
  %128 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %127, %128
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 8
  %129 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 8
  %130 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %129, %130
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 12
  %131 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 12
  %132 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %131, %132
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 16
  %add.ptr117.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 16
  %sub118.i = add nsw i32 %left.addr.0.i, -4
  br label %if.end119.i

if.end119.i:                                      ; preds = %if.then99.i, %if.end.i
  %a.addr.2.i = phi ptr [ %add.ptr116.i, %if.then99.i ], [ %a.addr.1.i, %if.end.i ]
  %b.addr.2.i = phi ptr [ %add.ptr117.i, %if.then99.i ], [ %b.addr.1.i, %if.end.i ]
  %s.addr.2.i = phi float [ %add115.i, %if.then99.i ], [ %s.addr.1.i, %if.end.i ]
  %left.addr.1.i = phi i32 [ %sub118.i, %if.then99.i ], [ %left.addr.0.i, %if.end.i ]
  %cmp120.i = icmp sgt i32 %left.addr.1.i, 1
  br i1 %cmp120.i, label %if.then121.i, label %if.end133.i

if.then121.i:                                     ; preds = %if.end119.i
  %133 = load float, ptr %a.addr.2.i, align 4, !tbaa !2
  %134 = load float, ptr %b.addr.2.i, align 4, !tbaa !2
  %mul124.i = fmul float %133, %134
  %add125.i = fadd float %s.addr.2.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.2.i, i32 4
  %135 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.2.i, i32 4
  %136 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %135, %136
  %add129.i = fadd float %add125.i, %mul128.i
  %add.ptr130.i = getelementptr inbounds i8, ptr %a.addr.2.i, i32 8
  %add.ptr131.i = getelementptr inbounds i8, ptr %b.addr.2.i, i32 8
  %sub132.i = add nsw i32 %left.addr.1.i, -2
  br label %if.end133.i

if.end133.i:                                      ; preds = %if.then121.i, %if.end119.i
  %a.addr.3.i = phi ptr [ %add.ptr130.i, %if.then121.i ], [ %a.addr.2.i, %if.end119.i ]
  %b.addr.3.i = phi ptr [ %add.ptr131.i, %if.then121.i ], [ %b.addr.2.i, %if.end119.i ]
  %s.addr.3.i = phi float [ %add129.i, %if.then121.i ], [ %s.addr.2.i, %if.end119.i ]
  %left.addr.2.i = phi i32 [ %sub132.i, %if.then121.i ], [ %left.addr.1.i, %if.end119.i ]
  %cmp134.i = icmp sgt i32 %left.addr.2.i, 0
  br i1 %cmp134.i, label %if.then135.i, label %dot_steps.exit

if.then135.i:                                     ; preds = %if.end133.i
  %137 = load float, ptr %a.addr.3.i, align 4, !tbaa !2
  %138 = load float, ptr %b.addr.3.i, align 4, !tbaa !2
  %mul138.i = fmul float %137, %138
  %add139.i = fadd float %s.addr.3.i, %mul138.i
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %if.end133.i, %if.then135.i
  %s.addr.4.i = phi float [ %add139.i, %if.then135.i ], [ %s.addr.3.i, %if.end133.i ]
  %add153 = fadd float %s.addr.4.i, 0x4160000000000000
  %mul154 = fmul float %add153, 0x3E70000000000000
  %139 = tail call float @llvm.floor.f32(float %mul154)
  %140 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %141 = load float, ptr %sx.0.lcssa, align 4, !tbaa !2
  %mul157 = fmul float %140, %141
  %mul158 = fmul float %139, 0x4170000000000000
  %sub159 = fsub float %s.addr.4.i, %mul158
  %mul160 = fmul float %mul157, %sub159
  %add161 = fadd float %acc_a.0.lcssa, %mul160
  %arrayidx162 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %142 = load float, ptr %arrayidx162, align 4, !tbaa !2
  %mul164 = fmul float %141, %142
  %mul165 = fmul float %139, %mul164
  %add166 = fadd float %acc_b.0.lcssa, %mul165
  %add.ptr171 = getelementptr inbounds float, ptr %w.addr.1.lcssa, i32 %add170
  br label %if.end

if.end:                                           ; preds = %dot_steps.exit, %for.cond.cleanup6
  %acc_b.1 = phi float [ %add166, %dot_steps.exit ], [ %acc_b.0.lcssa, %for.cond.cleanup6 ]
  %acc_a.1 = phi float [ %add161, %dot_steps.exit ], [ %acc_a.0.lcssa, %for.cond.cleanup6 ]
  %w.addr.2 = phi ptr [ %add.ptr171, %dot_steps.exit ], [ %w.addr.1.lcssa, %for.cond.cleanup6 ]
  %arrayidx172 = getelementptr inbounds float, ptr %out, i32 %i.0299
  store float %acc_a.1, ptr %arrayidx172, align 4, !tbaa !2
  %add173 = or disjoint i32 %i.0299, 1
  %cmp174 = icmp slt i32 %add173, %d
  br i1 %cmp174, label %if.then176, label %if.end179

if.then176:                                       ; preds = %if.end
  %arrayidx178 = getelementptr inbounds float, ptr %out, i32 %add173
  store float %acc_b.1, ptr %arrayidx178, align 4, !tbaa !2
  br label %if.end179

if.end179:                                        ; preds = %if.then176, %if.end
  %add181 = add nuw nsw i32 %i.0299, 2
  %cmp1 = icmp slt i32 %add181, %d
  br i1 %cmp1, label %for.body, label %for.cond.cleanup, !llvm.loop !73
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8_g32_l2(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp277 = icmp sgt i32 %d, 0
  br i1 %cmp277, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2266 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 136
  %3 = add i32 %2, -136
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep280 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep281 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end
  %w.addr.0279 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr165, %if.end ]
  %i.0278 = phi i32 [ 0, %for.body.lr.ph ], [ %add173, %if.end ]
  br i1 %cmp2266, label %for.body4, label %dot_steps.exit

dot_steps.exit.loopexit:                          ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0279, i32 %3
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %dot_steps.exit.loopexit, %for.body
  %xq.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep280, %dot_steps.exit.loopexit ]
  %sx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep281, %dot_steps.exit.loopexit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add142, %dot_steps.exit.loopexit ]
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add137, %dot_steps.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0279, %for.body ], [ %scevgep, %dot_steps.exit.loopexit ]
  %add.ptr146 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %9 = load float, ptr %add.ptr146, align 4, !tbaa !2
  %10 = load float, ptr %xq.0.lcssa, align 4, !tbaa !2
  %mul124.i = fmul float %9, %10
  %add125.i = fadd float %mul124.i, 0.000000e+00
  %arrayidx126.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %11 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 4
  %12 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %11, %12
  %add129.i = fadd float %add125.i, %mul128.i
  %add149 = fadd float %add129.i, 0x4160000000000000
  %mul150 = fmul float %add149, 0x3E70000000000000
  %13 = tail call float @llvm.floor.f32(float %mul150)
  %14 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %15 = load float, ptr %sx.0.lcssa, align 4, !tbaa !2
  %mul153 = fmul float %14, %15
  %mul154 = fmul float %13, 0x4170000000000000
  %sub155 = fsub float %add129.i, %mul154
  %mul156 = fmul float %mul153, %sub155
  %add157 = fadd float %acc_a.0.lcssa, %mul156
  %arrayidx158 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %16 = load float, ptr %arrayidx158, align 4, !tbaa !2
  %add.ptr165 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %arrayidx167 = getelementptr inbounds float, ptr %out, i32 %i.0278
  store float %add157, ptr %arrayidx167, align 4, !tbaa !2
  %add168 = or disjoint i32 %i.0278, 1
  %cmp169 = icmp slt i32 %add168, %d
  br i1 %cmp169, label %if.then, label %if.end

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1272 = phi ptr [ %add.ptr143, %for.body4 ], [ %w.addr.0279, %for.body ]
  %acc_a.0271 = phi float [ %add137, %for.body4 ], [ 0.000000e+00, %for.body ]
  %acc_b.0270 = phi float [ %add142, %for.body4 ], [ 0.000000e+00, %for.body ]
  %g.0269 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %sx.0268 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %xq.0267 = phi ptr [ %add.ptr144, %for.body4 ], [ %0, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1272, i32 8
  %17 = load float, ptr %add.ptr, align 4, !tbaa !2
  %18 = load float, ptr %xq.0267, align 4, !tbaa !2
  %mul = fmul float %17, %18
  %arrayidx6 = getelementptr inbounds i8, ptr %w.addr.1272, i32 12
  %19 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %arrayidx7 = getelementptr inbounds i8, ptr %xq.0267, i32 4
  %20 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %19, %20
  %add = fadd float %mul, %mul8
  %arrayidx9 = getelementptr inbounds i8, ptr %w.addr.1272, i32 16
  %21 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds i8, ptr %xq.0267, i32 8
  %22 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %21, %22
  %add12 = fadd float %add, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %w.addr.1272, i32 20
  %23 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %arrayidx14 = getelementptr inbounds i8, ptr %xq.0267, i32 12
  %24 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %mul15 = fmul float %23, %24
  %add16 = fadd float %add12, %mul15
  %arrayidx17 = getelementptr inbounds i8, ptr %w.addr.1272, i32 24
  %25 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds i8, ptr %xq.0267, i32 16
  %26 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %25, %26
  %add20 = fadd float %add16, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %w.addr.1272, i32 28
  %27 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds i8, ptr %xq.0267, i32 20
  %28 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %27, %28
  %add24 = fadd float %add20, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1272, i32 32
  %29 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds i8, ptr %xq.0267, i32 24
  %30 = load float, ptr %arrayidx26, align 4, !tbaa !2
  %mul27 = fmul float %29, %30
  %add28 = fadd float %add24, %mul27
  %arrayidx29 = getelementptr inbounds i8, ptr %w.addr.1272, i32 36
  %31 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds i8, ptr %xq.0267, i32 28
  %32 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %31, %32
  %add32 = fadd float %add28, %mul31
  %arrayidx33 = getelementptr inbounds i8, ptr %w.addr.1272, i32 40
  %33 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds i8, ptr %xq.0267, i32 32
  %34 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %mul35 = fmul float %33, %34
  %add36 = fadd float %add32, %mul35
  %arrayidx37 = getelementptr inbounds i8, ptr %w.addr.1272, i32 44
  %35 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %arrayidx38 = getelementptr inbounds i8, ptr %xq.0267, i32 36
  %36 = load float, ptr %arrayidx38, align 4, !tbaa !2
  %mul39 = fmul float %35, %36
  %add40 = fadd float %add36, %mul39
  %arrayidx41 = getelementptr inbounds i8, ptr %w.addr.1272, i32 48
  %37 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %arrayidx42 = getelementptr inbounds i8, ptr %xq.0267, i32 40
  %38 = load float, ptr %arrayidx42, align 4, !tbaa !2
  %mul43 = fmul float %37, %38
  %add44 = fadd float %add40, %mul43
  %arrayidx45 = getelementptr inbounds i8, ptr %w.addr.1272, i32 52
  %39 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %arrayidx46 = getelementptr inbounds i8, ptr %xq.0267, i32 44
  %40 = load float, ptr %arrayidx46, align 4, !tbaa !2
  %mul47 = fmul float %39, %40
  %add48 = fadd float %add44, %mul47
  %arrayidx49 = getelementptr inbounds i8, ptr %w.addr.1272, i32 56
  %41 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %arrayidx50 = getelementptr inbounds i8, ptr %xq.0267, i32 48
  %42 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %mul51 = fmul float %41, %42
  %add52 = fadd float %add48, %mul51
  %arrayidx53 = getelementptr inbounds i8, ptr %w.addr.1272, i32 60
  %43 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %arrayidx54 = getelementptr inbounds i8, ptr %xq.0267, i32 52
  %44 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %mul55 = fmul float %43, %44
  %add56 = fadd float %add52, %mul55
  %arrayidx57 = getelementptr inbounds i8, ptr %w.addr.1272, i32 64
  %45 = load float, ptr %arrayidx57, align 4, !tbaa !2
  %arrayidx58 = getelementptr inbounds i8, ptr %xq.0267, i32 56
  %46 = load float, ptr %arrayidx58, align 4, !tbaa !2
  %mul59 = fmul float %45, %46
  %add60 = fadd float %add56, %mul59
  %arrayidx61 = getelementptr inbounds i8, ptr %w.addr.1272, i32 68
  %47 = load float, ptr %arrayidx61, align 4, !tbaa !2
  %arrayidx62 = getelementptr inbounds i8, ptr %xq.0267, i32 60
  %48 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %47, %48
  %add64 = fadd float %add60, %mul63
  %arrayidx65 = getelementptr inbounds i8, ptr %w.addr.1272, i32 72
  %49 = load float, ptr %arrayidx65, align 4, !tbaa !2
  %arrayidx66 = getelementptr inbounds i8, ptr %xq.0267, i32 64
  %50 = load float, ptr %arrayidx66, align 4, !tbaa !2
  %mul67 = fmul float %49, %50
  %add68 = fadd float %add64, %mul67
  %arrayidx69 = getelementptr inbounds i8, ptr %w.addr.1272, i32 76
  %51 = load float, ptr %arrayidx69, align 4, !tbaa !2
  %arrayidx70 = getelementptr inbounds i8, ptr %xq.0267, i32 68
  %52 = load float, ptr %arrayidx70, align 4, !tbaa !2
  %mul71 = fmul float %51, %52
  %add72 = fadd float %add68, %mul71
  %arrayidx73 = getelementptr inbounds i8, ptr %w.addr.1272, i32 80
  %53 = load float, ptr %arrayidx73, align 4, !tbaa !2
  %arrayidx74 = getelementptr inbounds i8, ptr %xq.0267, i32 72
  %54 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %53, %54
  %add76 = fadd float %add72, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %w.addr.1272, i32 84
  %55 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %arrayidx78 = getelementptr inbounds i8, ptr %xq.0267, i32 76
  %56 = load float, ptr %arrayidx78, align 4, !tbaa !2
  %mul79 = fmul float %55, %56
  %add80 = fadd float %add76, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1272, i32 88
  %57 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %xq.0267, i32 80
  %58 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %mul83 = fmul float %57, %58
  %add84 = fadd float %add80, %mul83
  %arrayidx85 = getelementptr inbounds i8, ptr %w.addr.1272, i32 92
  %59 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %arrayidx86 = getelementptr inbounds i8, ptr %xq.0267, i32 84
  %60 = load float, ptr %arrayidx86, align 4, !tbaa !2
  %mul87 = fmul float %59, %60
  %add88 = fadd float %add84, %mul87
  %arrayidx89 = getelementptr inbounds i8, ptr %w.addr.1272, i32 96
  %61 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %arrayidx90 = getelementptr inbounds i8, ptr %xq.0267, i32 88
  %62 = load float, ptr %arrayidx90, align 4, !tbaa !2
  %mul91 = fmul float %61, %62
  %add92 = fadd float %add88, %mul91
  %arrayidx93 = getelementptr inbounds i8, ptr %w.addr.1272, i32 100
  %63 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %arrayidx94 = getelementptr inbounds i8, ptr %xq.0267, i32 92
  %64 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %mul95 = fmul float %63, %64
  %add96 = fadd float %add92, %mul95
  %arrayidx97 = getelementptr inbounds i8, ptr %w.addr.1272, i32 104
  %65 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %arrayidx98 = getelementptr inbounds i8, ptr %xq.0267, i32 96
  %66 = load float, ptr %arrayidx98, align 4, !tbaa !2
  %mul99 = fmul float %65, %66
  %add100 = fadd float %add96, %mul99
  %arrayidx101 = getelementptr inbounds i8, ptr %w.addr.1272, i32 108
  %67 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %arrayidx102 = getelementptr inbounds i8, ptr %xq.0267, i32 100
  %68 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %67, %68
  %add104 = fadd float %add100, %mul103
  %arrayidx105 = getelementptr inbounds i8, ptr %w.addr.1272, i32 112
  %69 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %arrayidx106 = getelementptr inbounds i8, ptr %xq.0267, i32 104
  %70 = load float, ptr %arrayidx106, align 4, !tbaa !2
  %mul107 = fmul float %69, %70
  %add108 = fadd float %add104, %mul107
  %arrayidx109 = getelementptr inbounds i8, ptr %w.addr.1272, i32 116
  %71 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %arrayidx110 = getelementptr inbounds i8, ptr %xq.0267, i32 108
  %72 = load float, ptr %arrayidx110, align 4, !tbaa !2
  %mul111 = fmul float %71, %72
  %add112 = fadd float %add108, %mul111
  %arrayidx113 = getelementptr inbounds i8, ptr %w.addr.1272, i32 120
  %73 = load float, ptr %arrayidx113, align 4, !tbaa !2
  %arrayidx114 = getelementptr inbounds i8, ptr %xq.0267, i32 112
  %74 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %73, %74
  %add116 = fadd float %add112, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1272, i32 124
  %75 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %arrayidx118 = getelementptr inbounds i8, ptr %xq.0267, i32 116
  %76 = load float, ptr %arrayidx118, align 4, !tbaa !2
  %mul119 = fmul float %75, %76
  %add120 = fadd float %add116, %mul119
  %arrayidx121 = getelementptr inbounds i8, ptr %w.addr.1272, i32 128
  %77 = load float, ptr %arrayidx121, align 4, !tbaa !2
  %arrayidx122 = getelementptr inbounds i8, ptr %xq.0267, i32 120
  %78 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %mul123 = fmul float %77, %78
  %add124 = fadd float %add120, %mul123
  %arrayidx125 = getelementptr inbounds i8, ptr %w.addr.1272, i32 132
  %79 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %arrayidx126 = getelementptr inbounds i8, ptr %xq.0267, i32 124
  %80 = load float, ptr %arrayidx126, align 4, !tbaa !2
  %mul127 = fmul float %79, %80
  %add128 = fadd float %add124, %mul127
  %add129 = fadd float %add128, 0x4160000000000000
  %mul130 = fmul float %add129, 0x3E70000000000000
  %81 = tail call float @llvm.floor.f32(float %mul130)
  %82 = load float, ptr %w.addr.1272, align 4, !tbaa !2
  %83 = load float, ptr %sx.0268, align 4, !tbaa !2
  %mul133 = fmul float %82, %83
  %mul134 = fmul float %81, 0x4170000000000000
  %sub135 = fsub float %add128, %mul134
  %mul136 = fmul float %mul133, %sub135
  %add137 = fadd float %acc_a.0271, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1272, i32 4
  %84 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %mul140 = fmul float %83, %84
  %mul141 = fmul float %mul140, %81
  %add142 = fadd float %acc_b.0270, %mul141
  %add.ptr143 = getelementptr inbounds i8, ptr %w.addr.1272, i32 136
  %add.ptr144 = getelementptr inbounds i8, ptr %xq.0267, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %sx.0268, i32 4
  %inc = add nuw nsw i32 %g.0269, 1
  %exitcond.not = icmp eq i32 %g.0269, %8
  br i1 %exitcond.not, label %dot_steps.exit.loopexit, label %for.body4, !llvm.loop !74

if.then:                                          ; preds = %dot_steps.exit
  %mul160 = fmul float %15, %16
  %mul161 = fmul float %mul160, %13
  %add162 = fadd float %acc_b.0.lcssa, %mul161
  %arrayidx171 = getelementptr inbounds float, ptr %out, i32 %add168
  store float %add162, ptr %arrayidx171, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %if.then, %dot_steps.exit
  %add173 = add nuw nsw i32 %i.0278, 2
  %cmp = icmp slt i32 %add173, %d
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !75
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8_g32_l4(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp277 = icmp sgt i32 %d, 0
  br i1 %cmp277, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2266 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 136
  %3 = add i32 %2, -136
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep280 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep281 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end
  %w.addr.0279 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr165, %if.end ]
  %i.0278 = phi i32 [ 0, %for.body.lr.ph ], [ %add173, %if.end ]
  br i1 %cmp2266, label %for.body4, label %dot_steps.exit

dot_steps.exit.loopexit:                          ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0279, i32 %3
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %dot_steps.exit.loopexit, %for.body
  %xq.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep280, %dot_steps.exit.loopexit ]
  %sx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep281, %dot_steps.exit.loopexit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add142, %dot_steps.exit.loopexit ]
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add137, %dot_steps.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0279, %for.body ], [ %scevgep, %dot_steps.exit.loopexit ]
  %add.ptr146 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %9 = load float, ptr %add.ptr146, align 4, !tbaa !2
  %10 = load float, ptr %xq.0.lcssa, align 4, !tbaa !2
  %mul102.i = fmul float %9, %10
  %add103.i = fadd float %mul102.i, 0.000000e+00
  %arrayidx104.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %11 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 4
  %12 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %11, %12
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %13 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 8
  %14 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %13, %14
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %15 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 12
  %16 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %15, %16
  %add115.i = fadd float %add111.i, %mul114.i
  %add149 = fadd float %add115.i, 0x4160000000000000
  %mul150 = fmul float %add149, 0x3E70000000000000
  %17 = tail call float @llvm.floor.f32(float %mul150)
  %18 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %19 = load float, ptr %sx.0.lcssa, align 4, !tbaa !2
  %mul153 = fmul float %18, %19
  %mul154 = fmul float %17, 0x4170000000000000
  %sub155 = fsub float %add115.i, %mul154
  %mul156 = fmul float %mul153, %sub155
  %add157 = fadd float %acc_a.0.lcssa, %mul156
  %arrayidx158 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %20 = load float, ptr %arrayidx158, align 4, !tbaa !2
  %add.ptr165 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %arrayidx167 = getelementptr inbounds float, ptr %out, i32 %i.0278
  store float %add157, ptr %arrayidx167, align 4, !tbaa !2
  %add168 = or disjoint i32 %i.0278, 1
  %cmp169 = icmp slt i32 %add168, %d
  br i1 %cmp169, label %if.then, label %if.end

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1272 = phi ptr [ %add.ptr143, %for.body4 ], [ %w.addr.0279, %for.body ]
  %acc_a.0271 = phi float [ %add137, %for.body4 ], [ 0.000000e+00, %for.body ]
  %acc_b.0270 = phi float [ %add142, %for.body4 ], [ 0.000000e+00, %for.body ]
  %g.0269 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %sx.0268 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %xq.0267 = phi ptr [ %add.ptr144, %for.body4 ], [ %0, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1272, i32 8
  %21 = load float, ptr %add.ptr, align 4, !tbaa !2
  %22 = load float, ptr %xq.0267, align 4, !tbaa !2
  %mul = fmul float %21, %22
  %arrayidx6 = getelementptr inbounds i8, ptr %w.addr.1272, i32 12
  %23 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %arrayidx7 = getelementptr inbounds i8, ptr %xq.0267, i32 4
  %24 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %23, %24
  %add = fadd float %mul, %mul8
  %arrayidx9 = getelementptr inbounds i8, ptr %w.addr.1272, i32 16
  %25 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds i8, ptr %xq.0267, i32 8
  %26 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %25, %26
  %add12 = fadd float %add, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %w.addr.1272, i32 20
  %27 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %arrayidx14 = getelementptr inbounds i8, ptr %xq.0267, i32 12
  %28 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %mul15 = fmul float %27, %28
  %add16 = fadd float %add12, %mul15
  %arrayidx17 = getelementptr inbounds i8, ptr %w.addr.1272, i32 24
  %29 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds i8, ptr %xq.0267, i32 16
  %30 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %29, %30
  %add20 = fadd float %add16, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %w.addr.1272, i32 28
  %31 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds i8, ptr %xq.0267, i32 20
  %32 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %31, %32
  %add24 = fadd float %add20, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1272, i32 32
  %33 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds i8, ptr %xq.0267, i32 24
  %34 = load float, ptr %arrayidx26, align 4, !tbaa !2
  %mul27 = fmul float %33, %34
  %add28 = fadd float %add24, %mul27
  %arrayidx29 = getelementptr inbounds i8, ptr %w.addr.1272, i32 36
  %35 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds i8, ptr %xq.0267, i32 28
  %36 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %35, %36
  %add32 = fadd float %add28, %mul31
  %arrayidx33 = getelementptr inbounds i8, ptr %w.addr.1272, i32 40
  %37 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds i8, ptr %xq.0267, i32 32
  %38 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %mul35 = fmul float %37, %38
  %add36 = fadd float %add32, %mul35
  %arrayidx37 = getelementptr inbounds i8, ptr %w.addr.1272, i32 44
  %39 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %arrayidx38 = getelementptr inbounds i8, ptr %xq.0267, i32 36
  %40 = load float, ptr %arrayidx38, align 4, !tbaa !2
  %mul39 = fmul float %39, %40
  %add40 = fadd float %add36, %mul39
  %arrayidx41 = getelementptr inbounds i8, ptr %w.addr.1272, i32 48
  %41 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %arrayidx42 = getelementptr inbounds i8, ptr %xq.0267, i32 40
  %42 = load float, ptr %arrayidx42, align 4, !tbaa !2
  %mul43 = fmul float %41, %42
  %add44 = fadd float %add40, %mul43
  %arrayidx45 = getelementptr inbounds i8, ptr %w.addr.1272, i32 52
  %43 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %arrayidx46 = getelementptr inbounds i8, ptr %xq.0267, i32 44
  %44 = load float, ptr %arrayidx46, align 4, !tbaa !2
  %mul47 = fmul float %43, %44
  %add48 = fadd float %add44, %mul47
  %arrayidx49 = getelementptr inbounds i8, ptr %w.addr.1272, i32 56
  %45 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %arrayidx50 = getelementptr inbounds i8, ptr %xq.0267, i32 48
  %46 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %mul51 = fmul float %45, %46
  %add52 = fadd float %add48, %mul51
  %arrayidx53 = getelementptr inbounds i8, ptr %w.addr.1272, i32 60
  %47 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %arrayidx54 = getelementptr inbounds i8, ptr %xq.0267, i32 52
  %48 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %mul55 = fmul float %47, %48
  %add56 = fadd float %add52, %mul55
  %arrayidx57 = getelementptr inbounds i8, ptr %w.addr.1272, i32 64
  %49 = load float, ptr %arrayidx57, align 4, !tbaa !2
  %arrayidx58 = getelementptr inbounds i8, ptr %xq.0267, i32 56
  %50 = load float, ptr %arrayidx58, align 4, !tbaa !2
  %mul59 = fmul float %49, %50
  %add60 = fadd float %add56, %mul59
  %arrayidx61 = getelementptr inbounds i8, ptr %w.addr.1272, i32 68
  %51 = load float, ptr %arrayidx61, align 4, !tbaa !2
  %arrayidx62 = getelementptr inbounds i8, ptr %xq.0267, i32 60
  %52 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %51, %52
  %add64 = fadd float %add60, %mul63
  %arrayidx65 = getelementptr inbounds i8, ptr %w.addr.1272, i32 72
  %53 = load float, ptr %arrayidx65, align 4, !tbaa !2
  %arrayidx66 = getelementptr inbounds i8, ptr %xq.0267, i32 64
  %54 = load float, ptr %arrayidx66, align 4, !tbaa !2
  %mul67 = fmul float %53, %54
  %add68 = fadd float %add64, %mul67
  %arrayidx69 = getelementptr inbounds i8, ptr %w.addr.1272, i32 76
  %55 = load float, ptr %arrayidx69, align 4, !tbaa !2
  %arrayidx70 = getelementptr inbounds i8, ptr %xq.0267, i32 68
  %56 = load float, ptr %arrayidx70, align 4, !tbaa !2
  %mul71 = fmul float %55, %56
  %add72 = fadd float %add68, %mul71
  %arrayidx73 = getelementptr inbounds i8, ptr %w.addr.1272, i32 80
  %57 = load float, ptr %arrayidx73, align 4, !tbaa !2
  %arrayidx74 = getelementptr inbounds i8, ptr %xq.0267, i32 72
  %58 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %57, %58
  %add76 = fadd float %add72, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %w.addr.1272, i32 84
  %59 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %arrayidx78 = getelementptr inbounds i8, ptr %xq.0267, i32 76
  %60 = load float, ptr %arrayidx78, align 4, !tbaa !2
  %mul79 = fmul float %59, %60
  %add80 = fadd float %add76, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1272, i32 88
  %61 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %xq.0267, i32 80
  %62 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %mul83 = fmul float %61, %62
  %add84 = fadd float %add80, %mul83
  %arrayidx85 = getelementptr inbounds i8, ptr %w.addr.1272, i32 92
  %63 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %arrayidx86 = getelementptr inbounds i8, ptr %xq.0267, i32 84
  %64 = load float, ptr %arrayidx86, align 4, !tbaa !2
  %mul87 = fmul float %63, %64
  %add88 = fadd float %add84, %mul87
  %arrayidx89 = getelementptr inbounds i8, ptr %w.addr.1272, i32 96
  %65 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %arrayidx90 = getelementptr inbounds i8, ptr %xq.0267, i32 88
  %66 = load float, ptr %arrayidx90, align 4, !tbaa !2
  %mul91 = fmul float %65, %66
  %add92 = fadd float %add88, %mul91
  %arrayidx93 = getelementptr inbounds i8, ptr %w.addr.1272, i32 100
  %67 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %arrayidx94 = getelementptr inbounds i8, ptr %xq.0267, i32 92
  %68 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %mul95 = fmul float %67, %68
  %add96 = fadd float %add92, %mul95
  %arrayidx97 = getelementptr inbounds i8, ptr %w.addr.1272, i32 104
  %69 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %arrayidx98 = getelementptr inbounds i8, ptr %xq.0267, i32 96
  %70 = load float, ptr %arrayidx98, align 4, !tbaa !2
  %mul99 = fmul float %69, %70
  %add100 = fadd float %add96, %mul99
  %arrayidx101 = getelementptr inbounds i8, ptr %w.addr.1272, i32 108
  %71 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %arrayidx102 = getelementptr inbounds i8, ptr %xq.0267, i32 100
  %72 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %71, %72
  %add104 = fadd float %add100, %mul103
  %arrayidx105 = getelementptr inbounds i8, ptr %w.addr.1272, i32 112
  %73 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %arrayidx106 = getelementptr inbounds i8, ptr %xq.0267, i32 104
  %74 = load float, ptr %arrayidx106, align 4, !tbaa !2
  %mul107 = fmul float %73, %74
  %add108 = fadd float %add104, %mul107
  %arrayidx109 = getelementptr inbounds i8, ptr %w.addr.1272, i32 116
  %75 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %arrayidx110 = getelementptr inbounds i8, ptr %xq.0267, i32 108
  %76 = load float, ptr %arrayidx110, align 4, !tbaa !2
  %mul111 = fmul float %75, %76
  %add112 = fadd float %add108, %mul111
  %arrayidx113 = getelementptr inbounds i8, ptr %w.addr.1272, i32 120
  %77 = load float, ptr %arrayidx113, align 4, !tbaa !2
  %arrayidx114 = getelementptr inbounds i8, ptr %xq.0267, i32 112
  %78 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %77, %78
  %add116 = fadd float %add112, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1272, i32 124
  %79 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %arrayidx118 = getelementptr inbounds i8, ptr %xq.0267, i32 116
  %80 = load float, ptr %arrayidx118, align 4, !tbaa !2
  %mul119 = fmul float %79, %80
  %add120 = fadd float %add116, %mul119
  %arrayidx121 = getelementptr inbounds i8, ptr %w.addr.1272, i32 128
  %81 = load float, ptr %arrayidx121, align 4, !tbaa !2
  %arrayidx122 = getelementptr inbounds i8, ptr %xq.0267, i32 120
  %82 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %mul123 = fmul float %81, %82
  %add124 = fadd float %add120, %mul123
  %arrayidx125 = getelementptr inbounds i8, ptr %w.addr.1272, i32 132
  %83 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %arrayidx126 = getelementptr inbounds i8, ptr %xq.0267, i32 124
  %84 = load float, ptr %arrayidx126, align 4, !tbaa !2
  %mul127 = fmul float %83, %84
  %add128 = fadd float %add124, %mul127
  %add129 = fadd float %add128, 0x4160000000000000
  %mul130 = fmul float %add129, 0x3E70000000000000
  %85 = tail call float @llvm.floor.f32(float %mul130)
  %86 = load float, ptr %w.addr.1272, align 4, !tbaa !2
  %87 = load float, ptr %sx.0268, align 4, !tbaa !2
  %mul133 = fmul float %86, %87
  %mul134 = fmul float %85, 0x4170000000000000
  %sub135 = fsub float %add128, %mul134
  %mul136 = fmul float %mul133, %sub135
  %add137 = fadd float %acc_a.0271, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1272, i32 4
  %88 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %mul140 = fmul float %87, %88
  %mul141 = fmul float %mul140, %85
  %add142 = fadd float %acc_b.0270, %mul141
  %add.ptr143 = getelementptr inbounds i8, ptr %w.addr.1272, i32 136
  %add.ptr144 = getelementptr inbounds i8, ptr %xq.0267, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %sx.0268, i32 4
  %inc = add nuw nsw i32 %g.0269, 1
  %exitcond.not = icmp eq i32 %g.0269, %8
  br i1 %exitcond.not, label %dot_steps.exit.loopexit, label %for.body4, !llvm.loop !76

if.then:                                          ; preds = %dot_steps.exit
  %mul160 = fmul float %19, %20
  %mul161 = fmul float %mul160, %17
  %add162 = fadd float %acc_b.0.lcssa, %mul161
  %arrayidx171 = getelementptr inbounds float, ptr %out, i32 %add168
  store float %add162, ptr %arrayidx171, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %if.then, %dot_steps.exit
  %add173 = add nuw nsw i32 %i.0278, 2
  %cmp = icmp slt i32 %add173, %d
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !77
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8_g32_l6(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp277 = icmp sgt i32 %d, 0
  br i1 %cmp277, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2266 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 136
  %3 = add i32 %2, -136
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep280 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep281 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end
  %w.addr.0279 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr165, %if.end ]
  %i.0278 = phi i32 [ 0, %for.body.lr.ph ], [ %add173, %if.end ]
  br i1 %cmp2266, label %for.body4, label %dot_steps.exit

dot_steps.exit.loopexit:                          ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0279, i32 %3
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %dot_steps.exit.loopexit, %for.body
  %xq.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep280, %dot_steps.exit.loopexit ]
  %sx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep281, %dot_steps.exit.loopexit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add142, %dot_steps.exit.loopexit ]
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add137, %dot_steps.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0279, %for.body ], [ %scevgep, %dot_steps.exit.loopexit ]
  %add.ptr146 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %9 = load float, ptr %add.ptr146, align 4, !tbaa !2
  %10 = load float, ptr %xq.0.lcssa, align 4, !tbaa !2
  %mul102.i = fmul float %9, %10
  %add103.i = fadd float %mul102.i, 0.000000e+00
  %arrayidx104.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %11 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 4
  %12 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %11, %12
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %13 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 8
  %14 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %13, %14
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %15 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 12
  %16 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %15, %16
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %add.ptr117.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 16
  %17 = load float, ptr %add.ptr116.i, align 4, !tbaa !2
  %18 = load float, ptr %add.ptr117.i, align 4, !tbaa !2
  %mul124.i = fmul float %17, %18
  %add125.i = fadd float %add115.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 28
  %19 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 20
  %20 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %19, %20
  %add129.i = fadd float %add125.i, %mul128.i
  %add149 = fadd float %add129.i, 0x4160000000000000
  %mul150 = fmul float %add149, 0x3E70000000000000
  %21 = tail call float @llvm.floor.f32(float %mul150)
  %22 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %23 = load float, ptr %sx.0.lcssa, align 4, !tbaa !2
  %mul153 = fmul float %22, %23
  %mul154 = fmul float %21, 0x4170000000000000
  %sub155 = fsub float %add129.i, %mul154
  %mul156 = fmul float %mul153, %sub155
  %add157 = fadd float %acc_a.0.lcssa, %mul156
  %arrayidx158 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %24 = load float, ptr %arrayidx158, align 4, !tbaa !2
  %add.ptr165 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 32
  %arrayidx167 = getelementptr inbounds float, ptr %out, i32 %i.0278
  store float %add157, ptr %arrayidx167, align 4, !tbaa !2
  %add168 = or disjoint i32 %i.0278, 1
  %cmp169 = icmp slt i32 %add168, %d
  br i1 %cmp169, label %if.then, label %if.end

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1272 = phi ptr [ %add.ptr143, %for.body4 ], [ %w.addr.0279, %for.body ]
  %acc_a.0271 = phi float [ %add137, %for.body4 ], [ 0.000000e+00, %for.body ]
  %acc_b.0270 = phi float [ %add142, %for.body4 ], [ 0.000000e+00, %for.body ]
  %g.0269 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %sx.0268 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %xq.0267 = phi ptr [ %add.ptr144, %for.body4 ], [ %0, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1272, i32 8
  %25 = load float, ptr %add.ptr, align 4, !tbaa !2
  %26 = load float, ptr %xq.0267, align 4, !tbaa !2
  %mul = fmul float %25, %26
  %arrayidx6 = getelementptr inbounds i8, ptr %w.addr.1272, i32 12
  %27 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %arrayidx7 = getelementptr inbounds i8, ptr %xq.0267, i32 4
  %28 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %27, %28
  %add = fadd float %mul, %mul8
  %arrayidx9 = getelementptr inbounds i8, ptr %w.addr.1272, i32 16
  %29 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds i8, ptr %xq.0267, i32 8
  %30 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %29, %30
  %add12 = fadd float %add, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %w.addr.1272, i32 20
  %31 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %arrayidx14 = getelementptr inbounds i8, ptr %xq.0267, i32 12
  %32 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %mul15 = fmul float %31, %32
  %add16 = fadd float %add12, %mul15
  %arrayidx17 = getelementptr inbounds i8, ptr %w.addr.1272, i32 24
  %33 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds i8, ptr %xq.0267, i32 16
  %34 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %33, %34
  %add20 = fadd float %add16, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %w.addr.1272, i32 28
  %35 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds i8, ptr %xq.0267, i32 20
  %36 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %35, %36
  %add24 = fadd float %add20, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1272, i32 32
  %37 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds i8, ptr %xq.0267, i32 24
  %38 = load float, ptr %arrayidx26, align 4, !tbaa !2
  %mul27 = fmul float %37, %38
  %add28 = fadd float %add24, %mul27
  %arrayidx29 = getelementptr inbounds i8, ptr %w.addr.1272, i32 36
  %39 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds i8, ptr %xq.0267, i32 28
  %40 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %39, %40
  %add32 = fadd float %add28, %mul31
  %arrayidx33 = getelementptr inbounds i8, ptr %w.addr.1272, i32 40
  %41 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds i8, ptr %xq.0267, i32 32
  %42 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %mul35 = fmul float %41, %42
  %add36 = fadd float %add32, %mul35
  %arrayidx37 = getelementptr inbounds i8, ptr %w.addr.1272, i32 44
  %43 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %arrayidx38 = getelementptr inbounds i8, ptr %xq.0267, i32 36
  %44 = load float, ptr %arrayidx38, align 4, !tbaa !2
  %mul39 = fmul float %43, %44
  %add40 = fadd float %add36, %mul39
  %arrayidx41 = getelementptr inbounds i8, ptr %w.addr.1272, i32 48
  %45 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %arrayidx42 = getelementptr inbounds i8, ptr %xq.0267, i32 40
  %46 = load float, ptr %arrayidx42, align 4, !tbaa !2
  %mul43 = fmul float %45, %46
  %add44 = fadd float %add40, %mul43
  %arrayidx45 = getelementptr inbounds i8, ptr %w.addr.1272, i32 52
  %47 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %arrayidx46 = getelementptr inbounds i8, ptr %xq.0267, i32 44
  %48 = load float, ptr %arrayidx46, align 4, !tbaa !2
  %mul47 = fmul float %47, %48
  %add48 = fadd float %add44, %mul47
  %arrayidx49 = getelementptr inbounds i8, ptr %w.addr.1272, i32 56
  %49 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %arrayidx50 = getelementptr inbounds i8, ptr %xq.0267, i32 48
  %50 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %mul51 = fmul float %49, %50
  %add52 = fadd float %add48, %mul51
  %arrayidx53 = getelementptr inbounds i8, ptr %w.addr.1272, i32 60
  %51 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %arrayidx54 = getelementptr inbounds i8, ptr %xq.0267, i32 52
  %52 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %mul55 = fmul float %51, %52
  %add56 = fadd float %add52, %mul55
  %arrayidx57 = getelementptr inbounds i8, ptr %w.addr.1272, i32 64
  %53 = load float, ptr %arrayidx57, align 4, !tbaa !2
  %arrayidx58 = getelementptr inbounds i8, ptr %xq.0267, i32 56
  %54 = load float, ptr %arrayidx58, align 4, !tbaa !2
  %mul59 = fmul float %53, %54
  %add60 = fadd float %add56, %mul59
  %arrayidx61 = getelementptr inbounds i8, ptr %w.addr.1272, i32 68
  %55 = load float, ptr %arrayidx61, align 4, !tbaa !2
  %arrayidx62 = getelementptr inbounds i8, ptr %xq.0267, i32 60
  %56 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %55, %56
  %add64 = fadd float %add60, %mul63
  %arrayidx65 = getelementptr inbounds i8, ptr %w.addr.1272, i32 72
  %57 = load float, ptr %arrayidx65, align 4, !tbaa !2
  %arrayidx66 = getelementptr inbounds i8, ptr %xq.0267, i32 64
  %58 = load float, ptr %arrayidx66, align 4, !tbaa !2
  %mul67 = fmul float %57, %58
  %add68 = fadd float %add64, %mul67
  %arrayidx69 = getelementptr inbounds i8, ptr %w.addr.1272, i32 76
  %59 = load float, ptr %arrayidx69, align 4, !tbaa !2
  %arrayidx70 = getelementptr inbounds i8, ptr %xq.0267, i32 68
  %60 = load float, ptr %arrayidx70, align 4, !tbaa !2
  %mul71 = fmul float %59, %60
  %add72 = fadd float %add68, %mul71
  %arrayidx73 = getelementptr inbounds i8, ptr %w.addr.1272, i32 80
  %61 = load float, ptr %arrayidx73, align 4, !tbaa !2
  %arrayidx74 = getelementptr inbounds i8, ptr %xq.0267, i32 72
  %62 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %61, %62
  %add76 = fadd float %add72, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %w.addr.1272, i32 84
  %63 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %arrayidx78 = getelementptr inbounds i8, ptr %xq.0267, i32 76
  %64 = load float, ptr %arrayidx78, align 4, !tbaa !2
  %mul79 = fmul float %63, %64
  %add80 = fadd float %add76, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1272, i32 88
  %65 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %xq.0267, i32 80
  %66 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %mul83 = fmul float %65, %66
  %add84 = fadd float %add80, %mul83
  %arrayidx85 = getelementptr inbounds i8, ptr %w.addr.1272, i32 92
  %67 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %arrayidx86 = getelementptr inbounds i8, ptr %xq.0267, i32 84
  %68 = load float, ptr %arrayidx86, align 4, !tbaa !2
  %mul87 = fmul float %67, %68
  %add88 = fadd float %add84, %mul87
  %arrayidx89 = getelementptr inbounds i8, ptr %w.addr.1272, i32 96
  %69 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %arrayidx90 = getelementptr inbounds i8, ptr %xq.0267, i32 88
  %70 = load float, ptr %arrayidx90, align 4, !tbaa !2
  %mul91 = fmul float %69, %70
  %add92 = fadd float %add88, %mul91
  %arrayidx93 = getelementptr inbounds i8, ptr %w.addr.1272, i32 100
  %71 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %arrayidx94 = getelementptr inbounds i8, ptr %xq.0267, i32 92
  %72 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %mul95 = fmul float %71, %72
  %add96 = fadd float %add92, %mul95
  %arrayidx97 = getelementptr inbounds i8, ptr %w.addr.1272, i32 104
  %73 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %arrayidx98 = getelementptr inbounds i8, ptr %xq.0267, i32 96
  %74 = load float, ptr %arrayidx98, align 4, !tbaa !2
  %mul99 = fmul float %73, %74
  %add100 = fadd float %add96, %mul99
  %arrayidx101 = getelementptr inbounds i8, ptr %w.addr.1272, i32 108
  %75 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %arrayidx102 = getelementptr inbounds i8, ptr %xq.0267, i32 100
  %76 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %75, %76
  %add104 = fadd float %add100, %mul103
  %arrayidx105 = getelementptr inbounds i8, ptr %w.addr.1272, i32 112
  %77 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %arrayidx106 = getelementptr inbounds i8, ptr %xq.0267, i32 104
  %78 = load float, ptr %arrayidx106, align 4, !tbaa !2
  %mul107 = fmul float %77, %78
  %add108 = fadd float %add104, %mul107
  %arrayidx109 = getelementptr inbounds i8, ptr %w.addr.1272, i32 116
  %79 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %arrayidx110 = getelementptr inbounds i8, ptr %xq.0267, i32 108
  %80 = load float, ptr %arrayidx110, align 4, !tbaa !2
  %mul111 = fmul float %79, %80
  %add112 = fadd float %add108, %mul111
  %arrayidx113 = getelementptr inbounds i8, ptr %w.addr.1272, i32 120
  %81 = load float, ptr %arrayidx113, align 4, !tbaa !2
  %arrayidx114 = getelementptr inbounds i8, ptr %xq.0267, i32 112
  %82 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %81, %82
  %add116 = fadd float %add112, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1272, i32 124
  %83 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %arrayidx118 = getelementptr inbounds i8, ptr %xq.0267, i32 116
  %84 = load float, ptr %arrayidx118, align 4, !tbaa !2
  %mul119 = fmul float %83, %84
  %add120 = fadd float %add116, %mul119
  %arrayidx121 = getelementptr inbounds i8, ptr %w.addr.1272, i32 128
  %85 = load float, ptr %arrayidx121, align 4, !tbaa !2
  %arrayidx122 = getelementptr inbounds i8, ptr %xq.0267, i32 120
  %86 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %mul123 = fmul float %85, %86
  %add124 = fadd float %add120, %mul123
  %arrayidx125 = getelementptr inbounds i8, ptr %w.addr.1272, i32 132
  %87 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %arrayidx126 = getelementptr inbounds i8, ptr %xq.0267, i32 124
  %88 = load float, ptr %arrayidx126, align 4, !tbaa !2
  %mul127 = fmul float %87, %88
  %add128 = fadd float %add124, %mul127
  %add129 = fadd float %add128, 0x4160000000000000
  %mul130 = fmul float %add129, 0x3E70000000000000
  %89 = tail call float @llvm.floor.f32(float %mul130)
  %90 = load float, ptr %w.addr.1272, align 4, !tbaa !2
  %91 = load float, ptr %sx.0268, align 4, !tbaa !2
  %mul133 = fmul float %90, %91
  %mul134 = fmul float %89, 0x4170000000000000
  %sub135 = fsub float %add128, %mul134
  %mul136 = fmul float %mul133, %sub135
  %add137 = fadd float %acc_a.0271, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1272, i32 4
  %92 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %mul140 = fmul float %91, %92
  %mul141 = fmul float %mul140, %89
  %add142 = fadd float %acc_b.0270, %mul141
  %add.ptr143 = getelementptr inbounds i8, ptr %w.addr.1272, i32 136
  %add.ptr144 = getelementptr inbounds i8, ptr %xq.0267, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %sx.0268, i32 4
  %inc = add nuw nsw i32 %g.0269, 1
  %exitcond.not = icmp eq i32 %g.0269, %8
  br i1 %exitcond.not, label %dot_steps.exit.loopexit, label %for.body4, !llvm.loop !78

if.then:                                          ; preds = %dot_steps.exit
  %mul160 = fmul float %23, %24
  %mul161 = fmul float %mul160, %21
  %add162 = fadd float %acc_b.0.lcssa, %mul161
  %arrayidx171 = getelementptr inbounds float, ptr %out, i32 %add168
  store float %add162, ptr %arrayidx171, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %if.then, %dot_steps.exit
  %add173 = add nuw nsw i32 %i.0278, 2
  %cmp = icmp slt i32 %add173, %d
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !79
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8_g32_l8(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp277 = icmp sgt i32 %d, 0
  br i1 %cmp277, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2266 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 136
  %3 = add i32 %2, -136
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep280 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep281 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end
  %w.addr.0279 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr165, %if.end ]
  %i.0278 = phi i32 [ 0, %for.body.lr.ph ], [ %add173, %if.end ]
  br i1 %cmp2266, label %for.body4, label %dot_steps.exit

dot_steps.exit.loopexit:                          ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0279, i32 %3
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %dot_steps.exit.loopexit, %for.body
  %xq.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep280, %dot_steps.exit.loopexit ]
  %sx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep281, %dot_steps.exit.loopexit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add142, %dot_steps.exit.loopexit ]
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add137, %dot_steps.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0279, %for.body ], [ %scevgep, %dot_steps.exit.loopexit ]
  %add.ptr146 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %9 = load float, ptr %add.ptr146, align 4, !tbaa !2
  %10 = load float, ptr %xq.0.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %9, %10
  %add67.i = fadd float %mul66.i, 0.000000e+00
  %arrayidx68.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %11 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 4
  %12 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %11, %12
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %13 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 8
  %14 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %13, %14
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %15 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 12
  %16 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %15, %16
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %17 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 16
  %18 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %17, %18
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 28
  %19 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 20
  %20 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %19, %20
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 32
  %21 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 24
  %22 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %21, %22
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 36
  %23 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 28
  %24 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %23, %24
  %add95.i = fadd float %add91.i, %mul94.i
  %add149 = fadd float %add95.i, 0x4160000000000000
  %mul150 = fmul float %add149, 0x3E70000000000000
  %25 = tail call float @llvm.floor.f32(float %mul150)
  %26 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %27 = load float, ptr %sx.0.lcssa, align 4, !tbaa !2
  %mul153 = fmul float %26, %27
  %mul154 = fmul float %25, 0x4170000000000000
  %sub155 = fsub float %add95.i, %mul154
  %mul156 = fmul float %mul153, %sub155
  %add157 = fadd float %acc_a.0.lcssa, %mul156
  %arrayidx158 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %28 = load float, ptr %arrayidx158, align 4, !tbaa !2
  %add.ptr165 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 40
  %arrayidx167 = getelementptr inbounds float, ptr %out, i32 %i.0278
  store float %add157, ptr %arrayidx167, align 4, !tbaa !2
  %add168 = or disjoint i32 %i.0278, 1
  %cmp169 = icmp slt i32 %add168, %d
  br i1 %cmp169, label %if.then, label %if.end

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1272 = phi ptr [ %add.ptr143, %for.body4 ], [ %w.addr.0279, %for.body ]
  %acc_a.0271 = phi float [ %add137, %for.body4 ], [ 0.000000e+00, %for.body ]
  %acc_b.0270 = phi float [ %add142, %for.body4 ], [ 0.000000e+00, %for.body ]
  %g.0269 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %sx.0268 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %xq.0267 = phi ptr [ %add.ptr144, %for.body4 ], [ %0, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1272, i32 8
  %29 = load float, ptr %add.ptr, align 4, !tbaa !2
  %30 = load float, ptr %xq.0267, align 4, !tbaa !2
  %mul = fmul float %29, %30
  %arrayidx6 = getelementptr inbounds i8, ptr %w.addr.1272, i32 12
  %31 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %arrayidx7 = getelementptr inbounds i8, ptr %xq.0267, i32 4
  %32 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %31, %32
  %add = fadd float %mul, %mul8
  %arrayidx9 = getelementptr inbounds i8, ptr %w.addr.1272, i32 16
  %33 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds i8, ptr %xq.0267, i32 8
  %34 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %33, %34
  %add12 = fadd float %add, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %w.addr.1272, i32 20
  %35 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %arrayidx14 = getelementptr inbounds i8, ptr %xq.0267, i32 12
  %36 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %mul15 = fmul float %35, %36
  %add16 = fadd float %add12, %mul15
  %arrayidx17 = getelementptr inbounds i8, ptr %w.addr.1272, i32 24
  %37 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds i8, ptr %xq.0267, i32 16
  %38 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %37, %38
  %add20 = fadd float %add16, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %w.addr.1272, i32 28
  %39 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds i8, ptr %xq.0267, i32 20
  %40 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %39, %40
  %add24 = fadd float %add20, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1272, i32 32
  %41 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds i8, ptr %xq.0267, i32 24
  %42 = load float, ptr %arrayidx26, align 4, !tbaa !2
  %mul27 = fmul float %41, %42
  %add28 = fadd float %add24, %mul27
  %arrayidx29 = getelementptr inbounds i8, ptr %w.addr.1272, i32 36
  %43 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds i8, ptr %xq.0267, i32 28
  %44 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %43, %44
  %add32 = fadd float %add28, %mul31
  %arrayidx33 = getelementptr inbounds i8, ptr %w.addr.1272, i32 40
  %45 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds i8, ptr %xq.0267, i32 32
  %46 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %mul35 = fmul float %45, %46
  %add36 = fadd float %add32, %mul35
  %arrayidx37 = getelementptr inbounds i8, ptr %w.addr.1272, i32 44
  %47 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %arrayidx38 = getelementptr inbounds i8, ptr %xq.0267, i32 36
  %48 = load float, ptr %arrayidx38, align 4, !tbaa !2
  %mul39 = fmul float %47, %48
  %add40 = fadd float %add36, %mul39
  %arrayidx41 = getelementptr inbounds i8, ptr %w.addr.1272, i32 48
  %49 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %arrayidx42 = getelementptr inbounds i8, ptr %xq.0267, i32 40
  %50 = load float, ptr %arrayidx42, align 4, !tbaa !2
  %mul43 = fmul float %49, %50
  %add44 = fadd float %add40, %mul43
  %arrayidx45 = getelementptr inbounds i8, ptr %w.addr.1272, i32 52
  %51 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %arrayidx46 = getelementptr inbounds i8, ptr %xq.0267, i32 44
  %52 = load float, ptr %arrayidx46, align 4, !tbaa !2
  %mul47 = fmul float %51, %52
  %add48 = fadd float %add44, %mul47
  %arrayidx49 = getelementptr inbounds i8, ptr %w.addr.1272, i32 56
  %53 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %arrayidx50 = getelementptr inbounds i8, ptr %xq.0267, i32 48
  %54 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %mul51 = fmul float %53, %54
  %add52 = fadd float %add48, %mul51
  %arrayidx53 = getelementptr inbounds i8, ptr %w.addr.1272, i32 60
  %55 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %arrayidx54 = getelementptr inbounds i8, ptr %xq.0267, i32 52
  %56 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %mul55 = fmul float %55, %56
  %add56 = fadd float %add52, %mul55
  %arrayidx57 = getelementptr inbounds i8, ptr %w.addr.1272, i32 64
  %57 = load float, ptr %arrayidx57, align 4, !tbaa !2
  %arrayidx58 = getelementptr inbounds i8, ptr %xq.0267, i32 56
  %58 = load float, ptr %arrayidx58, align 4, !tbaa !2
  %mul59 = fmul float %57, %58
  %add60 = fadd float %add56, %mul59
  %arrayidx61 = getelementptr inbounds i8, ptr %w.addr.1272, i32 68
  %59 = load float, ptr %arrayidx61, align 4, !tbaa !2
  %arrayidx62 = getelementptr inbounds i8, ptr %xq.0267, i32 60
  %60 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %59, %60
  %add64 = fadd float %add60, %mul63
  %arrayidx65 = getelementptr inbounds i8, ptr %w.addr.1272, i32 72
  %61 = load float, ptr %arrayidx65, align 4, !tbaa !2
  %arrayidx66 = getelementptr inbounds i8, ptr %xq.0267, i32 64
  %62 = load float, ptr %arrayidx66, align 4, !tbaa !2
  %mul67 = fmul float %61, %62
  %add68 = fadd float %add64, %mul67
  %arrayidx69 = getelementptr inbounds i8, ptr %w.addr.1272, i32 76
  %63 = load float, ptr %arrayidx69, align 4, !tbaa !2
  %arrayidx70 = getelementptr inbounds i8, ptr %xq.0267, i32 68
  %64 = load float, ptr %arrayidx70, align 4, !tbaa !2
  %mul71 = fmul float %63, %64
  %add72 = fadd float %add68, %mul71
  %arrayidx73 = getelementptr inbounds i8, ptr %w.addr.1272, i32 80
  %65 = load float, ptr %arrayidx73, align 4, !tbaa !2
  %arrayidx74 = getelementptr inbounds i8, ptr %xq.0267, i32 72
  %66 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %65, %66
  %add76 = fadd float %add72, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %w.addr.1272, i32 84
  %67 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %arrayidx78 = getelementptr inbounds i8, ptr %xq.0267, i32 76
  %68 = load float, ptr %arrayidx78, align 4, !tbaa !2
  %mul79 = fmul float %67, %68
  %add80 = fadd float %add76, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1272, i32 88
  %69 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %xq.0267, i32 80
  %70 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %mul83 = fmul float %69, %70
  %add84 = fadd float %add80, %mul83
  %arrayidx85 = getelementptr inbounds i8, ptr %w.addr.1272, i32 92
  %71 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %arrayidx86 = getelementptr inbounds i8, ptr %xq.0267, i32 84
  %72 = load float, ptr %arrayidx86, align 4, !tbaa !2
  %mul87 = fmul float %71, %72
  %add88 = fadd float %add84, %mul87
  %arrayidx89 = getelementptr inbounds i8, ptr %w.addr.1272, i32 96
  %73 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %arrayidx90 = getelementptr inbounds i8, ptr %xq.0267, i32 88
  %74 = load float, ptr %arrayidx90, align 4, !tbaa !2
  %mul91 = fmul float %73, %74
  %add92 = fadd float %add88, %mul91
  %arrayidx93 = getelementptr inbounds i8, ptr %w.addr.1272, i32 100
  %75 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %arrayidx94 = getelementptr inbounds i8, ptr %xq.0267, i32 92
  %76 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %mul95 = fmul float %75, %76
  %add96 = fadd float %add92, %mul95
  %arrayidx97 = getelementptr inbounds i8, ptr %w.addr.1272, i32 104
  %77 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %arrayidx98 = getelementptr inbounds i8, ptr %xq.0267, i32 96
  %78 = load float, ptr %arrayidx98, align 4, !tbaa !2
  %mul99 = fmul float %77, %78
  %add100 = fadd float %add96, %mul99
  %arrayidx101 = getelementptr inbounds i8, ptr %w.addr.1272, i32 108
  %79 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %arrayidx102 = getelementptr inbounds i8, ptr %xq.0267, i32 100
  %80 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %79, %80
  %add104 = fadd float %add100, %mul103
  %arrayidx105 = getelementptr inbounds i8, ptr %w.addr.1272, i32 112
  %81 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %arrayidx106 = getelementptr inbounds i8, ptr %xq.0267, i32 104
  %82 = load float, ptr %arrayidx106, align 4, !tbaa !2
  %mul107 = fmul float %81, %82
  %add108 = fadd float %add104, %mul107
  %arrayidx109 = getelementptr inbounds i8, ptr %w.addr.1272, i32 116
  %83 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %arrayidx110 = getelementptr inbounds i8, ptr %xq.0267, i32 108
  %84 = load float, ptr %arrayidx110, align 4, !tbaa !2
  %mul111 = fmul float %83, %84
  %add112 = fadd float %add108, %mul111
  %arrayidx113 = getelementptr inbounds i8, ptr %w.addr.1272, i32 120
  %85 = load float, ptr %arrayidx113, align 4, !tbaa !2
  %arrayidx114 = getelementptr inbounds i8, ptr %xq.0267, i32 112
  %86 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %85, %86
  %add116 = fadd float %add112, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1272, i32 124
  %87 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %arrayidx118 = getelementptr inbounds i8, ptr %xq.0267, i32 116
  %88 = load float, ptr %arrayidx118, align 4, !tbaa !2
  %mul119 = fmul float %87, %88
  %add120 = fadd float %add116, %mul119
  %arrayidx121 = getelementptr inbounds i8, ptr %w.addr.1272, i32 128
  %89 = load float, ptr %arrayidx121, align 4, !tbaa !2
  %arrayidx122 = getelementptr inbounds i8, ptr %xq.0267, i32 120
  %90 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %mul123 = fmul float %89, %90
  %add124 = fadd float %add120, %mul123
  %arrayidx125 = getelementptr inbounds i8, ptr %w.addr.1272, i32 132
  %91 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %arrayidx126 = getelementptr inbounds i8, ptr %xq.0267, i32 124
  %92 = load float, ptr %arrayidx126, align 4, !tbaa !2
  %mul127 = fmul float %91, %92
  %add128 = fadd float %add124, %mul127
  %add129 = fadd float %add128, 0x4160000000000000
  %mul130 = fmul float %add129, 0x3E70000000000000
  %93 = tail call float @llvm.floor.f32(float %mul130)
  %94 = load float, ptr %w.addr.1272, align 4, !tbaa !2
  %95 = load float, ptr %sx.0268, align 4, !tbaa !2
  %mul133 = fmul float %94, %95
  %mul134 = fmul float %93, 0x4170000000000000
  %sub135 = fsub float %add128, %mul134
  %mul136 = fmul float %mul133, %sub135
  %add137 = fadd float %acc_a.0271, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1272, i32 4
  %96 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %mul140 = fmul float %95, %96
  %mul141 = fmul float %mul140, %93
  %add142 = fadd float %acc_b.0270, %mul141
  %add.ptr143 = getelementptr inbounds i8, ptr %w.addr.1272, i32 136
  %add.ptr144 = getelementptr inbounds i8, ptr %xq.0267, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %sx.0268, i32 4
  %inc = add nuw nsw i32 %g.0269, 1
  %exitcond.not = icmp eq i32 %g.0269, %8
  br i1 %exitcond.not, label %dot_steps.exit.loopexit, label %for.body4, !llvm.loop !80

if.then:                                          ; preds = %dot_steps.exit
  %mul160 = fmul float %27, %28
  %mul161 = fmul float %mul160, %25
  %add162 = fadd float %acc_b.0.lcssa, %mul161
  %arrayidx171 = getelementptr inbounds float, ptr %out, i32 %add168
  store float %add162, ptr %arrayidx171, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %if.then, %dot_steps.exit
  %add173 = add nuw nsw i32 %i.0278, 2
  %cmp = icmp slt i32 %add173, %d
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !81
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8_g32_l10(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp277 = icmp sgt i32 %d, 0
  br i1 %cmp277, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2266 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 136
  %3 = add i32 %2, -136
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep280 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep281 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end
  %w.addr.0279 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr165, %if.end ]
  %i.0278 = phi i32 [ 0, %for.body.lr.ph ], [ %add173, %if.end ]
  br i1 %cmp2266, label %for.body4, label %dot_steps.exit

dot_steps.exit.loopexit:                          ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0279, i32 %3
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %dot_steps.exit.loopexit, %for.body
  %xq.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep280, %dot_steps.exit.loopexit ]
  %sx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep281, %dot_steps.exit.loopexit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add142, %dot_steps.exit.loopexit ]
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add137, %dot_steps.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0279, %for.body ], [ %scevgep, %dot_steps.exit.loopexit ]
  %add.ptr146 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %9 = load float, ptr %add.ptr146, align 4, !tbaa !2
  %10 = load float, ptr %xq.0.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %9, %10
  %add67.i = fadd float %mul66.i, 0.000000e+00
  %arrayidx68.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %11 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 4
  %12 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %11, %12
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %13 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 8
  %14 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %13, %14
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %15 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 12
  %16 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %15, %16
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %17 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 16
  %18 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %17, %18
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 28
  %19 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 20
  %20 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %19, %20
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 32
  %21 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 24
  %22 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %21, %22
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 36
  %23 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 28
  %24 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %23, %24
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 40
  %add.ptr97.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 32
  %25 = load float, ptr %add.ptr96.i, align 4, !tbaa !2
  %26 = load float, ptr %add.ptr97.i, align 4, !tbaa !2
  %mul124.i = fmul float %25, %26
  %add125.i = fadd float %add95.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 44
  %27 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 36
  %28 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %27, %28
  %add129.i = fadd float %add125.i, %mul128.i
  %add149 = fadd float %add129.i, 0x4160000000000000
  %mul150 = fmul float %add149, 0x3E70000000000000
  %29 = tail call float @llvm.floor.f32(float %mul150)
  %30 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %31 = load float, ptr %sx.0.lcssa, align 4, !tbaa !2
  %mul153 = fmul float %30, %31
  %mul154 = fmul float %29, 0x4170000000000000
  %sub155 = fsub float %add129.i, %mul154
  %mul156 = fmul float %mul153, %sub155
  %add157 = fadd float %acc_a.0.lcssa, %mul156
  %arrayidx158 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %32 = load float, ptr %arrayidx158, align 4, !tbaa !2
  %add.ptr165 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 48
  %arrayidx167 = getelementptr inbounds float, ptr %out, i32 %i.0278
  store float %add157, ptr %arrayidx167, align 4, !tbaa !2
  %add168 = or disjoint i32 %i.0278, 1
  %cmp169 = icmp slt i32 %add168, %d
  br i1 %cmp169, label %if.then, label %if.end

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1272 = phi ptr [ %add.ptr143, %for.body4 ], [ %w.addr.0279, %for.body ]
  %acc_a.0271 = phi float [ %add137, %for.body4 ], [ 0.000000e+00, %for.body ]
  %acc_b.0270 = phi float [ %add142, %for.body4 ], [ 0.000000e+00, %for.body ]
  %g.0269 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %sx.0268 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %xq.0267 = phi ptr [ %add.ptr144, %for.body4 ], [ %0, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1272, i32 8
  %33 = load float, ptr %add.ptr, align 4, !tbaa !2
  %34 = load float, ptr %xq.0267, align 4, !tbaa !2
  %mul = fmul float %33, %34
  %arrayidx6 = getelementptr inbounds i8, ptr %w.addr.1272, i32 12
  %35 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %arrayidx7 = getelementptr inbounds i8, ptr %xq.0267, i32 4
  %36 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %35, %36
  %add = fadd float %mul, %mul8
  %arrayidx9 = getelementptr inbounds i8, ptr %w.addr.1272, i32 16
  %37 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds i8, ptr %xq.0267, i32 8
  %38 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %37, %38
  %add12 = fadd float %add, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %w.addr.1272, i32 20
  %39 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %arrayidx14 = getelementptr inbounds i8, ptr %xq.0267, i32 12
  %40 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %mul15 = fmul float %39, %40
  %add16 = fadd float %add12, %mul15
  %arrayidx17 = getelementptr inbounds i8, ptr %w.addr.1272, i32 24
  %41 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds i8, ptr %xq.0267, i32 16
  %42 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %41, %42
  %add20 = fadd float %add16, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %w.addr.1272, i32 28
  %43 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds i8, ptr %xq.0267, i32 20
  %44 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %43, %44
  %add24 = fadd float %add20, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1272, i32 32
  %45 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds i8, ptr %xq.0267, i32 24
  %46 = load float, ptr %arrayidx26, align 4, !tbaa !2
  %mul27 = fmul float %45, %46
  %add28 = fadd float %add24, %mul27
  %arrayidx29 = getelementptr inbounds i8, ptr %w.addr.1272, i32 36
  %47 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds i8, ptr %xq.0267, i32 28
  %48 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %47, %48
  %add32 = fadd float %add28, %mul31
  %arrayidx33 = getelementptr inbounds i8, ptr %w.addr.1272, i32 40
  %49 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds i8, ptr %xq.0267, i32 32
  %50 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %mul35 = fmul float %49, %50
  %add36 = fadd float %add32, %mul35
  %arrayidx37 = getelementptr inbounds i8, ptr %w.addr.1272, i32 44
  %51 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %arrayidx38 = getelementptr inbounds i8, ptr %xq.0267, i32 36
  %52 = load float, ptr %arrayidx38, align 4, !tbaa !2
  %mul39 = fmul float %51, %52
  %add40 = fadd float %add36, %mul39
  %arrayidx41 = getelementptr inbounds i8, ptr %w.addr.1272, i32 48
  %53 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %arrayidx42 = getelementptr inbounds i8, ptr %xq.0267, i32 40
  %54 = load float, ptr %arrayidx42, align 4, !tbaa !2
  %mul43 = fmul float %53, %54
  %add44 = fadd float %add40, %mul43
  %arrayidx45 = getelementptr inbounds i8, ptr %w.addr.1272, i32 52
  %55 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %arrayidx46 = getelementptr inbounds i8, ptr %xq.0267, i32 44
  %56 = load float, ptr %arrayidx46, align 4, !tbaa !2
  %mul47 = fmul float %55, %56
  %add48 = fadd float %add44, %mul47
  %arrayidx49 = getelementptr inbounds i8, ptr %w.addr.1272, i32 56
  %57 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %arrayidx50 = getelementptr inbounds i8, ptr %xq.0267, i32 48
  %58 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %mul51 = fmul float %57, %58
  %add52 = fadd float %add48, %mul51
  %arrayidx53 = getelementptr inbounds i8, ptr %w.addr.1272, i32 60
  %59 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %arrayidx54 = getelementptr inbounds i8, ptr %xq.0267, i32 52
  %60 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %mul55 = fmul float %59, %60
  %add56 = fadd float %add52, %mul55
  %arrayidx57 = getelementptr inbounds i8, ptr %w.addr.1272, i32 64
  %61 = load float, ptr %arrayidx57, align 4, !tbaa !2
  %arrayidx58 = getelementptr inbounds i8, ptr %xq.0267, i32 56
  %62 = load float, ptr %arrayidx58, align 4, !tbaa !2
  %mul59 = fmul float %61, %62
  %add60 = fadd float %add56, %mul59
  %arrayidx61 = getelementptr inbounds i8, ptr %w.addr.1272, i32 68
  %63 = load float, ptr %arrayidx61, align 4, !tbaa !2
  %arrayidx62 = getelementptr inbounds i8, ptr %xq.0267, i32 60
  %64 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %63, %64
  %add64 = fadd float %add60, %mul63
  %arrayidx65 = getelementptr inbounds i8, ptr %w.addr.1272, i32 72
  %65 = load float, ptr %arrayidx65, align 4, !tbaa !2
  %arrayidx66 = getelementptr inbounds i8, ptr %xq.0267, i32 64
  %66 = load float, ptr %arrayidx66, align 4, !tbaa !2
  %mul67 = fmul float %65, %66
  %add68 = fadd float %add64, %mul67
  %arrayidx69 = getelementptr inbounds i8, ptr %w.addr.1272, i32 76
  %67 = load float, ptr %arrayidx69, align 4, !tbaa !2
  %arrayidx70 = getelementptr inbounds i8, ptr %xq.0267, i32 68
  %68 = load float, ptr %arrayidx70, align 4, !tbaa !2
  %mul71 = fmul float %67, %68
  %add72 = fadd float %add68, %mul71
  %arrayidx73 = getelementptr inbounds i8, ptr %w.addr.1272, i32 80
  %69 = load float, ptr %arrayidx73, align 4, !tbaa !2
  %arrayidx74 = getelementptr inbounds i8, ptr %xq.0267, i32 72
  %70 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %69, %70
  %add76 = fadd float %add72, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %w.addr.1272, i32 84
  %71 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %arrayidx78 = getelementptr inbounds i8, ptr %xq.0267, i32 76
  %72 = load float, ptr %arrayidx78, align 4, !tbaa !2
  %mul79 = fmul float %71, %72
  %add80 = fadd float %add76, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1272, i32 88
  %73 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %xq.0267, i32 80
  %74 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %mul83 = fmul float %73, %74
  %add84 = fadd float %add80, %mul83
  %arrayidx85 = getelementptr inbounds i8, ptr %w.addr.1272, i32 92
  %75 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %arrayidx86 = getelementptr inbounds i8, ptr %xq.0267, i32 84
  %76 = load float, ptr %arrayidx86, align 4, !tbaa !2
  %mul87 = fmul float %75, %76
  %add88 = fadd float %add84, %mul87
  %arrayidx89 = getelementptr inbounds i8, ptr %w.addr.1272, i32 96
  %77 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %arrayidx90 = getelementptr inbounds i8, ptr %xq.0267, i32 88
  %78 = load float, ptr %arrayidx90, align 4, !tbaa !2
  %mul91 = fmul float %77, %78
  %add92 = fadd float %add88, %mul91
  %arrayidx93 = getelementptr inbounds i8, ptr %w.addr.1272, i32 100
  %79 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %arrayidx94 = getelementptr inbounds i8, ptr %xq.0267, i32 92
  %80 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %mul95 = fmul float %79, %80
  %add96 = fadd float %add92, %mul95
  %arrayidx97 = getelementptr inbounds i8, ptr %w.addr.1272, i32 104
  %81 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %arrayidx98 = getelementptr inbounds i8, ptr %xq.0267, i32 96
  %82 = load float, ptr %arrayidx98, align 4, !tbaa !2
  %mul99 = fmul float %81, %82
  %add100 = fadd float %add96, %mul99
  %arrayidx101 = getelementptr inbounds i8, ptr %w.addr.1272, i32 108
  %83 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %arrayidx102 = getelementptr inbounds i8, ptr %xq.0267, i32 100
  %84 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %83, %84
  %add104 = fadd float %add100, %mul103
  %arrayidx105 = getelementptr inbounds i8, ptr %w.addr.1272, i32 112
  %85 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %arrayidx106 = getelementptr inbounds i8, ptr %xq.0267, i32 104
  %86 = load float, ptr %arrayidx106, align 4, !tbaa !2
  %mul107 = fmul float %85, %86
  %add108 = fadd float %add104, %mul107
  %arrayidx109 = getelementptr inbounds i8, ptr %w.addr.1272, i32 116
  %87 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %arrayidx110 = getelementptr inbounds i8, ptr %xq.0267, i32 108
  %88 = load float, ptr %arrayidx110, align 4, !tbaa !2
  %mul111 = fmul float %87, %88
  %add112 = fadd float %add108, %mul111
  %arrayidx113 = getelementptr inbounds i8, ptr %w.addr.1272, i32 120
  %89 = load float, ptr %arrayidx113, align 4, !tbaa !2
  %arrayidx114 = getelementptr inbounds i8, ptr %xq.0267, i32 112
  %90 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %89, %90
  %add116 = fadd float %add112, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1272, i32 124
  %91 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %arrayidx118 = getelementptr inbounds i8, ptr %xq.0267, i32 116
  %92 = load float, ptr %arrayidx118, align 4, !tbaa !2
  %mul119 = fmul float %91, %92
  %add120 = fadd float %add116, %mul119
  %arrayidx121 = getelementptr inbounds i8, ptr %w.addr.1272, i32 128
  %93 = load float, ptr %arrayidx121, align 4, !tbaa !2
  %arrayidx122 = getelementptr inbounds i8, ptr %xq.0267, i32 120
  %94 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %mul123 = fmul float %93, %94
  %add124 = fadd float %add120, %mul123
  %arrayidx125 = getelementptr inbounds i8, ptr %w.addr.1272, i32 132
  %95 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %arrayidx126 = getelementptr inbounds i8, ptr %xq.0267, i32 124
  %96 = load float, ptr %arrayidx126, align 4, !tbaa !2
  %mul127 = fmul float %95, %96
  %add128 = fadd float %add124, %mul127
  %add129 = fadd float %add128, 0x4160000000000000
  %mul130 = fmul float %add129, 0x3E70000000000000
  %97 = tail call float @llvm.floor.f32(float %mul130)
  %98 = load float, ptr %w.addr.1272, align 4, !tbaa !2
  %99 = load float, ptr %sx.0268, align 4, !tbaa !2
  %mul133 = fmul float %98, %99
  %mul134 = fmul float %97, 0x4170000000000000
  %sub135 = fsub float %add128, %mul134
  %mul136 = fmul float %mul133, %sub135
  %add137 = fadd float %acc_a.0271, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1272, i32 4
  %100 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %mul140 = fmul float %99, %100
  %mul141 = fmul float %mul140, %97
  %add142 = fadd float %acc_b.0270, %mul141
  %add.ptr143 = getelementptr inbounds i8, ptr %w.addr.1272, i32 136
  %add.ptr144 = getelementptr inbounds i8, ptr %xq.0267, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %sx.0268, i32 4
  %inc = add nuw nsw i32 %g.0269, 1
  %exitcond.not = icmp eq i32 %g.0269, %8
  br i1 %exitcond.not, label %dot_steps.exit.loopexit, label %for.body4, !llvm.loop !82

if.then:                                          ; preds = %dot_steps.exit
  %mul160 = fmul float %31, %32
  %mul161 = fmul float %mul160, %29
  %add162 = fadd float %acc_b.0.lcssa, %mul161
  %arrayidx171 = getelementptr inbounds float, ptr %out, i32 %add168
  store float %add162, ptr %arrayidx171, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %if.then, %dot_steps.exit
  %add173 = add nuw nsw i32 %i.0278, 2
  %cmp = icmp slt i32 %add173, %d
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !83
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8_g32_l12(ptr nocapture noundef writeonly %out, ptr noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp277 = icmp sgt i32 %d, 0
  br i1 %cmp277, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2266 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 136
  %3 = add i32 %2, -136
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep280 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep281 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end
  %w.addr.0279 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr165, %if.end ]
  %i.0278 = phi i32 [ 0, %for.body.lr.ph ], [ %add173, %if.end ]
  br i1 %cmp2266, label %for.body4, label %dot_steps.exit

dot_steps.exit.loopexit:                          ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0279, i32 %3
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %dot_steps.exit.loopexit, %for.body
  %xq.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep280, %dot_steps.exit.loopexit ]
  %sx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep281, %dot_steps.exit.loopexit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add142, %dot_steps.exit.loopexit ]
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add137, %dot_steps.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0279, %for.body ], [ %scevgep, %dot_steps.exit.loopexit ]
  %add.ptr146 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %9 = load float, ptr %add.ptr146, align 4, !tbaa !2
  %10 = load float, ptr %xq.0.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %9, %10
  %add67.i = fadd float %mul66.i, 0.000000e+00
  %arrayidx68.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %11 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 4
  %12 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %11, %12
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %13 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 8
  %14 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %13, %14
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %15 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 12
  %16 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %15, %16
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %17 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 16
  %18 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %17, %18
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 28
  %19 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 20
  %20 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %19, %20
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 32
  %21 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 24
  %22 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %21, %22
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 36
  %23 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 28
  %24 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %23, %24
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 40
  %add.ptr97.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 32
  %25 = load float, ptr %add.ptr96.i, align 4, !tbaa !2
  %26 = load float, ptr %add.ptr97.i, align 4, !tbaa !2
  %mul102.i = fmul float %25, %26
  %add103.i = fadd float %add95.i, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 44
  %27 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 36
  %28 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %27, %28
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 48
  %29 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 40
  %30 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %29, %30
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 52
  %31 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 44
  %32 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %31, %32
  %add115.i = fadd float %add111.i, %mul114.i
  %add149 = fadd float %add115.i, 0x4160000000000000
  %mul150 = fmul float %add149, 0x3E70000000000000
  %33 = tail call float @llvm.floor.f32(float %mul150)
  %34 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %35 = load float, ptr %sx.0.lcssa, align 4, !tbaa !2
  %mul153 = fmul float %34, %35
  %mul154 = fmul float %33, 0x4170000000000000
  %sub155 = fsub float %add115.i, %mul154
  %mul156 = fmul float %mul153, %sub155
  %add157 = fadd float %acc_a.0.lcssa, %mul156
  %arrayidx158 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %36 = load float, ptr %arrayidx158, align 4, !tbaa !2
  %add.ptr165 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 56
  %arrayidx167 = getelementptr inbounds float, ptr %out, i32 %i.0278
  store float %add157, ptr %arrayidx167, align 4, !tbaa !2
  %add168 = or disjoint i32 %i.0278, 1
  %cmp169 = icmp slt i32 %add168, %d
  br i1 %cmp169, label %if.then, label %if.end

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1272 = phi ptr [ %add.ptr143, %for.body4 ], [ %w.addr.0279, %for.body ]
  %acc_a.0271 = phi float [ %add137, %for.body4 ], [ 0.000000e+00, %for.body ]
  %acc_b.0270 = phi float [ %add142, %for.body4 ], [ 0.000000e+00, %for.body ]
  %g.0269 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %sx.0268 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %xq.0267 = phi ptr [ %add.ptr144, %for.body4 ], [ %0, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1272, i32 8
  %37 = load float, ptr %add.ptr, align 4, !tbaa !2
  %38 = load float, ptr %xq.0267, align 4, !tbaa !2
  %mul = fmul float %37, %38
  %arrayidx6 = getelementptr inbounds i8, ptr %w.addr.1272, i32 12
  %39 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %arrayidx7 = getelementptr inbounds i8, ptr %xq.0267, i32 4
  %40 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %39, %40
  %add = fadd float %mul, %mul8
  %arrayidx9 = getelementptr inbounds i8, ptr %w.addr.1272, i32 16
  %41 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds i8, ptr %xq.0267, i32 8
  %42 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %41, %42
  %add12 = fadd float %add, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %w.addr.1272, i32 20
  %43 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %arrayidx14 = getelementptr inbounds i8, ptr %xq.0267, i32 12
  %44 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %mul15 = fmul float %43, %44
  %add16 = fadd float %add12, %mul15
  %arrayidx17 = getelementptr inbounds i8, ptr %w.addr.1272, i32 24
  %45 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds i8, ptr %xq.0267, i32 16
  %46 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %45, %46
  %add20 = fadd float %add16, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %w.addr.1272, i32 28
  %47 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds i8, ptr %xq.0267, i32 20
  %48 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %47, %48
  %add24 = fadd float %add20, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1272, i32 32
  %49 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds i8, ptr %xq.0267, i32 24
  %50 = load float, ptr %arrayidx26, align 4, !tbaa !2
  %mul27 = fmul float %49, %50
  %add28 = fadd float %add24, %mul27
  %arrayidx29 = getelementptr inbounds i8, ptr %w.addr.1272, i32 36
  %51 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds i8, ptr %xq.0267, i32 28
  %52 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %51, %52
  %add32 = fadd float %add28, %mul31
  %arrayidx33 = getelementptr inbounds i8, ptr %w.addr.1272, i32 40
  %53 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds i8, ptr %xq.0267, i32 32
  %54 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %mul35 = fmul float %53, %54
  %add36 = fadd float %add32, %mul35
  %arrayidx37 = getelementptr inbounds i8, ptr %w.addr.1272, i32 44
  %55 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %arrayidx38 = getelementptr inbounds i8, ptr %xq.0267, i32 36
  %56 = load float, ptr %arrayidx38, align 4, !tbaa !2
  %mul39 = fmul float %55, %56
  %add40 = fadd float %add36, %mul39
  %arrayidx41 = getelementptr inbounds i8, ptr %w.addr.1272, i32 48
  %57 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %arrayidx42 = getelementptr inbounds i8, ptr %xq.0267, i32 40
  %58 = load float, ptr %arrayidx42, align 4, !tbaa !2
  %mul43 = fmul float %57, %58
  %add44 = fadd float %add40, %mul43
  %arrayidx45 = getelementptr inbounds i8, ptr %w.addr.1272, i32 52
  %59 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %arrayidx46 = getelementptr inbounds i8, ptr %xq.0267, i32 44
  %60 = load float, ptr %arrayidx46, align 4, !tbaa !2
  %mul47 = fmul float %59, %60
  %add48 = fadd float %add44, %mul47
  %arrayidx49 = getelementptr inbounds i8, ptr %w.addr.1272, i32 56
  %61 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %arrayidx50 = getelementptr inbounds i8, ptr %xq.0267, i32 48
  %62 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %mul51 = fmul float %61, %62
  %add52 = fadd float %add48, %mul51
  %arrayidx53 = getelementptr inbounds i8, ptr %w.addr.1272, i32 60
  %63 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %arrayidx54 = getelementptr inbounds i8, ptr %xq.0267, i32 52
  %64 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %mul55 = fmul float %63, %64
  %add56 = fadd float %add52, %mul55
  %arrayidx57 = getelementptr inbounds i8, ptr %w.addr.1272, i32 64
  %65 = load float, ptr %arrayidx57, align 4, !tbaa !2
  %arrayidx58 = getelementptr inbounds i8, ptr %xq.0267, i32 56
  %66 = load float, ptr %arrayidx58, align 4, !tbaa !2
  %mul59 = fmul float %65, %66
  %add60 = fadd float %add56, %mul59
  %arrayidx61 = getelementptr inbounds i8, ptr %w.addr.1272, i32 68
  %67 = load float, ptr %arrayidx61, align 4, !tbaa !2
  %arrayidx62 = getelementptr inbounds i8, ptr %xq.0267, i32 60
  %68 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %67, %68
  %add64 = fadd float %add60, %mul63
  %arrayidx65 = getelementptr inbounds i8, ptr %w.addr.1272, i32 72
  %69 = load float, ptr %arrayidx65, align 4, !tbaa !2
  %arrayidx66 = getelementptr inbounds i8, ptr %xq.0267, i32 64
  %70 = load float, ptr %arrayidx66, align 4, !tbaa !2
  %mul67 = fmul float %69, %70
  %add68 = fadd float %add64, %mul67
  %arrayidx69 = getelementptr inbounds i8, ptr %w.addr.1272, i32 76
  %71 = load float, ptr %arrayidx69, align 4, !tbaa !2
  %arrayidx70 = getelementptr inbounds i8, ptr %xq.0267, i32 68
  %72 = load float, ptr %arrayidx70, align 4, !tbaa !2
  %mul71 = fmul float %71, %72
  %add72 = fadd float %add68, %mul71
  %arrayidx73 = getelementptr inbounds i8, ptr %w.addr.1272, i32 80
  %73 = load float, ptr %arrayidx73, align 4, !tbaa !2
  %arrayidx74 = getelementptr inbounds i8, ptr %xq.0267, i32 72
  %74 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %73, %74
  %add76 = fadd float %add72, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %w.addr.1272, i32 84
  %75 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %arrayidx78 = getelementptr inbounds i8, ptr %xq.0267, i32 76
  %76 = load float, ptr %arrayidx78, align 4, !tbaa !2
  %mul79 = fmul float %75, %76
  %add80 = fadd float %add76, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1272, i32 88
  %77 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %xq.0267, i32 80
  %78 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %mul83 = fmul float %77, %78
  %add84 = fadd float %add80, %mul83
  %arrayidx85 = getelementptr inbounds i8, ptr %w.addr.1272, i32 92
  %79 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %arrayidx86 = getelementptr inbounds i8, ptr %xq.0267, i32 84
  %80 = load float, ptr %arrayidx86, align 4, !tbaa !2
  %mul87 = fmul float %79, %80
  %add88 = fadd float %add84, %mul87
  %arrayidx89 = getelementptr inbounds i8, ptr %w.addr.1272, i32 96
  %81 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %arrayidx90 = getelementptr inbounds i8, ptr %xq.0267, i32 88
  %82 = load float, ptr %arrayidx90, align 4, !tbaa !2
  %mul91 = fmul float %81, %82
  %add92 = fadd float %add88, %mul91
  %arrayidx93 = getelementptr inbounds i8, ptr %w.addr.1272, i32 100
  %83 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %arrayidx94 = getelementptr inbounds i8, ptr %xq.0267, i32 92
  %84 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %mul95 = fmul float %83, %84
  %add96 = fadd float %add92, %mul95
  %arrayidx97 = getelementptr inbounds i8, ptr %w.addr.1272, i32 104
  %85 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %arrayidx98 = getelementptr inbounds i8, ptr %xq.0267, i32 96
  %86 = load float, ptr %arrayidx98, align 4, !tbaa !2
  %mul99 = fmul float %85, %86
  %add100 = fadd float %add96, %mul99
  %arrayidx101 = getelementptr inbounds i8, ptr %w.addr.1272, i32 108
  %87 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %arrayidx102 = getelementptr inbounds i8, ptr %xq.0267, i32 100
  %88 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %87, %88
  %add104 = fadd float %add100, %mul103
  %arrayidx105 = getelementptr inbounds i8, ptr %w.addr.1272, i32 112
  %89 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %arrayidx106 = getelementptr inbounds i8, ptr %xq.0267, i32 104
  %90 = load float, ptr %arrayidx106, align 4, !tbaa !2
  %mul107 = fmul float %89, %90
  %add108 = fadd float %add104, %mul107
  %arrayidx109 = getelementptr inbounds i8, ptr %w.addr.1272, i32 116
  %91 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %arrayidx110 = getelementptr inbounds i8, ptr %xq.0267, i32 108
  %92 = load float, ptr %arrayidx110, align 4, !tbaa !2
  %mul111 = fmul float %91, %92
  %add112 = fadd float %add108, %mul111
  %arrayidx113 = getelementptr inbounds i8, ptr %w.addr.1272, i32 120
  %93 = load float, ptr %arrayidx113, align 4, !tbaa !2
  %arrayidx114 = getelementptr inbounds i8, ptr %xq.0267, i32 112
  %94 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %93, %94
  %add116 = fadd float %add112, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1272, i32 124
  %95 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %arrayidx118 = getelementptr inbounds i8, ptr %xq.0267, i32 116
  %96 = load float, ptr %arrayidx118, align 4, !tbaa !2
  %mul119 = fmul float %95, %96
  %add120 = fadd float %add116, %mul119
  %arrayidx121 = getelementptr inbounds i8, ptr %w.addr.1272, i32 128
  %97 = load float, ptr %arrayidx121, align 4, !tbaa !2
  %arrayidx122 = getelementptr inbounds i8, ptr %xq.0267, i32 120
  %98 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %mul123 = fmul float %97, %98
  %add124 = fadd float %add120, %mul123
  %arrayidx125 = getelementptr inbounds i8, ptr %w.addr.1272, i32 132
  %99 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %arrayidx126 = getelementptr inbounds i8, ptr %xq.0267, i32 124
  %100 = load float, ptr %arrayidx126, align 4, !tbaa !2
  %mul127 = fmul float %99, %100
  %add128 = fadd float %add124, %mul127
  %add129 = fadd float %add128, 0x4160000000000000
  %mul130 = fmul float %add129, 0x3E70000000000000
  %101 = tail call float @llvm.floor.f32(float %mul130)
  %102 = load float, ptr %w.addr.1272, align 4, !tbaa !2
  %103 = load float, ptr %sx.0268, align 4, !tbaa !2
  %mul133 = fmul float %102, %103
  %mul134 = fmul float %101, 0x4170000000000000
  %sub135 = fsub float %add128, %mul134
  %mul136 = fmul float %mul133, %sub135
  %add137 = fadd float %acc_a.0271, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1272, i32 4
  %104 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %mul140 = fmul float %103, %104
  %mul141 = fmul float %mul140, %101
  %add142 = fadd float %acc_b.0270, %mul141
  %add.ptr143 = getelementptr inbounds i8, ptr %w.addr.1272, i32 136
  %add.ptr144 = getelementptr inbounds i8, ptr %xq.0267, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %sx.0268, i32 4
  %inc = add nuw nsw i32 %g.0269, 1
  %exitcond.not = icmp eq i32 %g.0269, %8
  br i1 %exitcond.not, label %dot_steps.exit.loopexit, label %for.body4, !llvm.loop !84

if.then:                                          ; preds = %dot_steps.exit
  %mul160 = fmul float %35, %36
  %mul161 = fmul float %mul160, %33
  %add162 = fadd float %acc_b.0.lcssa, %mul161
  %arrayidx171 = getelementptr inbounds float, ptr %out, i32 %add168
  store float %add162, ptr %arrayidx171, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %if.then, %dot_steps.exit
  %add173 = add nuw nsw i32 %i.0278, 2
  %cmp = icmp slt i32 %add173, %d
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !85
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_w8a8_g32_l14(ptr nocapture noundef writeonly %out, ptr noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp277 = icmp sgt i32 %d, 0
  br i1 %cmp277, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2266 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 136
  %3 = add i32 %2, -136
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep280 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep281 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %if.end, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %if.end
  %w.addr.0279 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr165, %if.end ]
  %i.0278 = phi i32 [ 0, %for.body.lr.ph ], [ %add173, %if.end ]
  br i1 %cmp2266, label %for.body4, label %dot_steps.exit

dot_steps.exit.loopexit:                          ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0279, i32 %3
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %dot_steps.exit.loopexit, %for.body
  %xq.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep280, %dot_steps.exit.loopexit ]
  %sx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep281, %dot_steps.exit.loopexit ]
  %acc_b.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add142, %dot_steps.exit.loopexit ]
  %acc_a.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add137, %dot_steps.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0279, %for.body ], [ %scevgep, %dot_steps.exit.loopexit ]
  %add.ptr146 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %9 = load float, ptr %add.ptr146, align 4, !tbaa !2
  %10 = load float, ptr %xq.0.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %9, %10
  %add67.i = fadd float %mul66.i, 0.000000e+00
  %arrayidx68.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %11 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 4
  %12 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %11, %12
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %13 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 8
  %14 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %13, %14
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %15 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 12
  %16 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %15, %16
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %17 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 16
  %18 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %17, %18
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 28
  %19 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 20
  %20 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %19, %20
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 32
  %21 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 24
  %22 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %21, %22
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 36
  %23 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 28
  %24 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %23, %24
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 40
  %add.ptr97.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 32
  %25 = load float, ptr %add.ptr96.i, align 4, !tbaa !2
  %26 = load float, ptr %add.ptr97.i, align 4, !tbaa !2
  %mul102.i = fmul float %25, %26
  %add103.i = fadd float %add95.i, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 44
  %27 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 36
  %28 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %27, %28
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 48
  %29 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 40
  %30 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %29, %30
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 52
  %31 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 44
  %32 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %31, %32
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 56
  %add.ptr117.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 48
  %33 = load float, ptr %add.ptr116.i, align 4, !tbaa !2
  %34 = load float, ptr %add.ptr117.i, align 4, !tbaa !2
  %mul124.i = fmul float %33, %34
  %add125.i = fadd float %add115.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 60
  %35 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %xq.0.lcssa, i32 52
  %36 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %35, %36
  %add129.i = fadd float %add125.i, %mul128.i
  %add149 = fadd float %add129.i, 0x4160000000000000
  %mul150 = fmul float %add149, 0x3E70000000000000
  %37 = tail call float @llvm.floor.f32(float %mul150)
  %38 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %39 = load float, ptr %sx.0.lcssa, align 4, !tbaa !2
  %mul153 = fmul float %38, %39
  %mul154 = fmul float %37, 0x4170000000000000
  %sub155 = fsub float %add129.i, %mul154
  %mul156 = fmul float %mul153, %sub155
  %add157 = fadd float %acc_a.0.lcssa, %mul156
  %arrayidx158 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %40 = load float, ptr %arrayidx158, align 4, !tbaa !2
  %add.ptr165 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 64
  %arrayidx167 = getelementptr inbounds float, ptr %out, i32 %i.0278
  store float %add157, ptr %arrayidx167, align 4, !tbaa !2
  %add168 = or disjoint i32 %i.0278, 1
  %cmp169 = icmp slt i32 %add168, %d
  br i1 %cmp169, label %if.then, label %if.end

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1272 = phi ptr [ %add.ptr143, %for.body4 ], [ %w.addr.0279, %for.body ]
  %acc_a.0271 = phi float [ %add137, %for.body4 ], [ 0.000000e+00, %for.body ]
  %acc_b.0270 = phi float [ %add142, %for.body4 ], [ 0.000000e+00, %for.body ]
  %g.0269 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %sx.0268 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %xq.0267 = phi ptr [ %add.ptr144, %for.body4 ], [ %0, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1272, i32 8
  %41 = load float, ptr %add.ptr, align 4, !tbaa !2
  %42 = load float, ptr %xq.0267, align 4, !tbaa !2
  %mul = fmul float %41, %42
  %arrayidx6 = getelementptr inbounds i8, ptr %w.addr.1272, i32 12
  %43 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %arrayidx7 = getelementptr inbounds i8, ptr %xq.0267, i32 4
  %44 = load float, ptr %arrayidx7, align 4, !tbaa !2
  %mul8 = fmul float %43, %44
  %add = fadd float %mul, %mul8
  %arrayidx9 = getelementptr inbounds i8, ptr %w.addr.1272, i32 16
  %45 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %arrayidx10 = getelementptr inbounds i8, ptr %xq.0267, i32 8
  %46 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %45, %46
  %add12 = fadd float %add, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %w.addr.1272, i32 20
  %47 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %arrayidx14 = getelementptr inbounds i8, ptr %xq.0267, i32 12
  %48 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %mul15 = fmul float %47, %48
  %add16 = fadd float %add12, %mul15
  %arrayidx17 = getelementptr inbounds i8, ptr %w.addr.1272, i32 24
  %49 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds i8, ptr %xq.0267, i32 16
  %50 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %49, %50
  %add20 = fadd float %add16, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %w.addr.1272, i32 28
  %51 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds i8, ptr %xq.0267, i32 20
  %52 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %51, %52
  %add24 = fadd float %add20, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1272, i32 32
  %53 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds i8, ptr %xq.0267, i32 24
  %54 = load float, ptr %arrayidx26, align 4, !tbaa !2
  %mul27 = fmul float %53, %54
  %add28 = fadd float %add24, %mul27
  %arrayidx29 = getelementptr inbounds i8, ptr %w.addr.1272, i32 36
  %55 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds i8, ptr %xq.0267, i32 28
  %56 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %55, %56
  %add32 = fadd float %add28, %mul31
  %arrayidx33 = getelementptr inbounds i8, ptr %w.addr.1272, i32 40
  %57 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds i8, ptr %xq.0267, i32 32
  %58 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %mul35 = fmul float %57, %58
  %add36 = fadd float %add32, %mul35
  %arrayidx37 = getelementptr inbounds i8, ptr %w.addr.1272, i32 44
  %59 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %arrayidx38 = getelementptr inbounds i8, ptr %xq.0267, i32 36
  %60 = load float, ptr %arrayidx38, align 4, !tbaa !2
  %mul39 = fmul float %59, %60
  %add40 = fadd float %add36, %mul39
  %arrayidx41 = getelementptr inbounds i8, ptr %w.addr.1272, i32 48
  %61 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %arrayidx42 = getelementptr inbounds i8, ptr %xq.0267, i32 40
  %62 = load float, ptr %arrayidx42, align 4, !tbaa !2
  %mul43 = fmul float %61, %62
  %add44 = fadd float %add40, %mul43
  %arrayidx45 = getelementptr inbounds i8, ptr %w.addr.1272, i32 52
  %63 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %arrayidx46 = getelementptr inbounds i8, ptr %xq.0267, i32 44
  %64 = load float, ptr %arrayidx46, align 4, !tbaa !2
  %mul47 = fmul float %63, %64
  %add48 = fadd float %add44, %mul47
  %arrayidx49 = getelementptr inbounds i8, ptr %w.addr.1272, i32 56
  %65 = load float, ptr %arrayidx49, align 4, !tbaa !2
  %arrayidx50 = getelementptr inbounds i8, ptr %xq.0267, i32 48
  %66 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %mul51 = fmul float %65, %66
  %add52 = fadd float %add48, %mul51
  %arrayidx53 = getelementptr inbounds i8, ptr %w.addr.1272, i32 60
  %67 = load float, ptr %arrayidx53, align 4, !tbaa !2
  %arrayidx54 = getelementptr inbounds i8, ptr %xq.0267, i32 52
  %68 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %mul55 = fmul float %67, %68
  %add56 = fadd float %add52, %mul55
  %arrayidx57 = getelementptr inbounds i8, ptr %w.addr.1272, i32 64
  %69 = load float, ptr %arrayidx57, align 4, !tbaa !2
  %arrayidx58 = getelementptr inbounds i8, ptr %xq.0267, i32 56
  %70 = load float, ptr %arrayidx58, align 4, !tbaa !2
  %mul59 = fmul float %69, %70
  %add60 = fadd float %add56, %mul59
  %arrayidx61 = getelementptr inbounds i8, ptr %w.addr.1272, i32 68
  %71 = load float, ptr %arrayidx61, align 4, !tbaa !2
  %arrayidx62 = getelementptr inbounds i8, ptr %xq.0267, i32 60
  %72 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %71, %72
  %add64 = fadd float %add60, %mul63
  %arrayidx65 = getelementptr inbounds i8, ptr %w.addr.1272, i32 72
  %73 = load float, ptr %arrayidx65, align 4, !tbaa !2
  %arrayidx66 = getelementptr inbounds i8, ptr %xq.0267, i32 64
  %74 = load float, ptr %arrayidx66, align 4, !tbaa !2
  %mul67 = fmul float %73, %74
  %add68 = fadd float %add64, %mul67
  %arrayidx69 = getelementptr inbounds i8, ptr %w.addr.1272, i32 76
  %75 = load float, ptr %arrayidx69, align 4, !tbaa !2
  %arrayidx70 = getelementptr inbounds i8, ptr %xq.0267, i32 68
  %76 = load float, ptr %arrayidx70, align 4, !tbaa !2
  %mul71 = fmul float %75, %76
  %add72 = fadd float %add68, %mul71
  %arrayidx73 = getelementptr inbounds i8, ptr %w.addr.1272, i32 80
  %77 = load float, ptr %arrayidx73, align 4, !tbaa !2
  %arrayidx74 = getelementptr inbounds i8, ptr %xq.0267, i32 72
  %78 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %77, %78
  %add76 = fadd float %add72, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %w.addr.1272, i32 84
  %79 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %arrayidx78 = getelementptr inbounds i8, ptr %xq.0267, i32 76
  %80 = load float, ptr %arrayidx78, align 4, !tbaa !2
  %mul79 = fmul float %79, %80
  %add80 = fadd float %add76, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1272, i32 88
  %81 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %xq.0267, i32 80
  %82 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %mul83 = fmul float %81, %82
  %add84 = fadd float %add80, %mul83
  %arrayidx85 = getelementptr inbounds i8, ptr %w.addr.1272, i32 92
  %83 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %arrayidx86 = getelementptr inbounds i8, ptr %xq.0267, i32 84
  %84 = load float, ptr %arrayidx86, align 4, !tbaa !2
  %mul87 = fmul float %83, %84
  %add88 = fadd float %add84, %mul87
  %arrayidx89 = getelementptr inbounds i8, ptr %w.addr.1272, i32 96
  %85 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %arrayidx90 = getelementptr inbounds i8, ptr %xq.0267, i32 88
  %86 = load float, ptr %arrayidx90, align 4, !tbaa !2
  %mul91 = fmul float %85, %86
  %add92 = fadd float %add88, %mul91
  %arrayidx93 = getelementptr inbounds i8, ptr %w.addr.1272, i32 100
  %87 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %arrayidx94 = getelementptr inbounds i8, ptr %xq.0267, i32 92
  %88 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %mul95 = fmul float %87, %88
  %add96 = fadd float %add92, %mul95
  %arrayidx97 = getelementptr inbounds i8, ptr %w.addr.1272, i32 104
  %89 = load float, ptr %arrayidx97, align 4, !tbaa !2
  %arrayidx98 = getelementptr inbounds i8, ptr %xq.0267, i32 96
  %90 = load float, ptr %arrayidx98, align 4, !tbaa !2
  %mul99 = fmul float %89, %90
  %add100 = fadd float %add96, %mul99
  %arrayidx101 = getelementptr inbounds i8, ptr %w.addr.1272, i32 108
  %91 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %arrayidx102 = getelementptr inbounds i8, ptr %xq.0267, i32 100
  %92 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %91, %92
  %add104 = fadd float %add100, %mul103
  %arrayidx105 = getelementptr inbounds i8, ptr %w.addr.1272, i32 112
  %93 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %arrayidx106 = getelementptr inbounds i8, ptr %xq.0267, i32 104
  %94 = load float, ptr %arrayidx106, align 4, !tbaa !2
  %mul107 = fmul float %93, %94
  %add108 = fadd float %add104, %mul107
  %arrayidx109 = getelementptr inbounds i8, ptr %w.addr.1272, i32 116
  %95 = load float, ptr %arrayidx109, align 4, !tbaa !2
  %arrayidx110 = getelementptr inbounds i8, ptr %xq.0267, i32 108
  %96 = load float, ptr %arrayidx110, align 4, !tbaa !2
  %mul111 = fmul float %95, %96
  %add112 = fadd float %add108, %mul111
  %arrayidx113 = getelementptr inbounds i8, ptr %w.addr.1272, i32 120
  %97 = load float, ptr %arrayidx113, align 4, !tbaa !2
  %arrayidx114 = getelementptr inbounds i8, ptr %xq.0267, i32 112
  %98 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %97, %98
  %add116 = fadd float %add112, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1272, i32 124
  %99 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %arrayidx118 = getelementptr inbounds i8, ptr %xq.0267, i32 116
  %100 = load float, ptr %arrayidx118, align 4, !tbaa !2
  %mul119 = fmul float %99, %100
  %add120 = fadd float %add116, %mul119
  %arrayidx121 = getelementptr inbounds i8, ptr %w.addr.1272, i32 128
  %101 = load float, ptr %arrayidx121, align 4, !tbaa !2
  %arrayidx122 = getelementptr inbounds i8, ptr %xq.0267, i32 120
  %102 = load float, ptr %arrayidx122, align 4, !tbaa !2
  %mul123 = fmul float %101, %102
  %add124 = fadd float %add120, %mul123
  %arrayidx125 = getelementptr inbounds i8, ptr %w.addr.1272, i32 132
  %103 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %arrayidx126 = getelementptr inbounds i8, ptr %xq.0267, i32 124
  %104 = load float, ptr %arrayidx126, align 4, !tbaa !2
  %mul127 = fmul float %103, %104
  %add128 = fadd float %add124, %mul127
  %add129 = fadd float %add128, 0x4160000000000000
  %mul130 = fmul float %add129, 0x3E70000000000000
  %105 = tail call float @llvm.floor.f32(float %mul130)
  %106 = load float, ptr %w.addr.1272, align 4, !tbaa !2
  %107 = load float, ptr %sx.0268, align 4, !tbaa !2
  %mul133 = fmul float %106, %107
  %mul134 = fmul float %105, 0x4170000000000000
  %sub135 = fsub float %add128, %mul134
  %mul136 = fmul float %mul133, %sub135
  %add137 = fadd float %acc_a.0271, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1272, i32 4
  %108 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %mul140 = fmul float %107, %108
  %mul141 = fmul float %mul140, %105
  %add142 = fadd float %acc_b.0270, %mul141
  %add.ptr143 = getelementptr inbounds i8, ptr %w.addr.1272, i32 136
  %add.ptr144 = getelementptr inbounds i8, ptr %xq.0267, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %sx.0268, i32 4
  %inc = add nuw nsw i32 %g.0269, 1
  %exitcond.not = icmp eq i32 %g.0269, %8
  br i1 %exitcond.not, label %dot_steps.exit.loopexit, label %for.body4, !llvm.loop !86

if.then:                                          ; preds = %dot_steps.exit
  %mul160 = fmul float %39, %40
  %mul161 = fmul float %mul160, %37
  %add162 = fadd float %acc_b.0.lcssa, %mul161
  %arrayidx171 = getelementptr inbounds float, ptr %out, i32 %add168
  store float %add162, ptr %arrayidx171, align 4, !tbaa !2
  br label %if.end

if.end:                                           ; preds = %if.then, %dot_steps.exit
  %add173 = add nuw nsw i32 %i.0278, 2
  %cmp = icmp slt i32 %add173, %d
  br i1 %cmp, label %for.body, label %for.cond.cleanup, !llvm.loop !87
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g1_t0(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %add = add nsw i32 %ngroups, 3
  %div = sdiv i32 %add, 4
  %0 = shl i32 %div, 3
  %1 = shl i32 %ngroups, 1
  %mul1 = sub i32 %1, %0
  %cmp174 = icmp sgt i32 %d, 0
  br i1 %cmp174, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %2 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %3 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp3167 = icmp sgt i32 %ngroups, 0
  %smax = tail call i32 @llvm.smax.i32(i32 %div, i32 1)
  %4 = shl i32 %smax, 5
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup4, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup4
  %i.0176 = phi i32 [ 0, %for.body.lr.ph ], [ %inc118, %for.cond.cleanup4 ]
  %w.addr.0175 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr116, %for.cond.cleanup4 ]
  br i1 %cmp3167, label %for.body5, label %for.cond.cleanup4

for.cond.cleanup4.loopexit:                       ; preds = %for.body5
  %scevgep = getelementptr i8, ptr %w.addr.0175, i32 %4
  br label %for.cond.cleanup4

for.cond.cleanup4:                                ; preds = %for.cond.cleanup4.loopexit, %for.body
  %w.addr.1.lcssa = phi ptr [ %w.addr.0175, %for.body ], [ %scevgep, %for.cond.cleanup4.loopexit ]
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add111, %for.cond.cleanup4.loopexit ]
  %arrayidx115 = getelementptr inbounds float, ptr %out, i32 %i.0176
  store float %acc.0.lcssa, ptr %arrayidx115, align 4, !tbaa !2
  %add.ptr116 = getelementptr inbounds float, ptr %w.addr.1.lcssa, i32 %mul1
  %inc118 = add nuw nsw i32 %i.0176, 1
  %exitcond177.not = icmp eq i32 %inc118, %d
  br i1 %exitcond177.not, label %for.cond.cleanup, label %for.body, !llvm.loop !88

for.body5:                                        ; preds = %for.body, %for.body5
  %t.0172 = phi i32 [ %inc, %for.body5 ], [ 0, %for.body ]
  %qsx.0171 = phi ptr [ %add.ptr114, %for.body5 ], [ %3, %for.body ]
  %y.0170 = phi ptr [ %add.ptr113, %for.body5 ], [ %2, %for.body ]
  %acc.0169 = phi float [ %add111, %for.body5 ], [ 0.000000e+00, %for.body ]
  %w.addr.1168 = phi ptr [ %add.ptr112, %for.body5 ], [ %w.addr.0175, %for.body ]
  %5 = load float, ptr %w.addr.1168, align 4, !tbaa !2
  %arrayidx6 = getelementptr inbounds i8, ptr %w.addr.1168, i32 4
  %6 = load float, ptr %arrayidx6, align 4, !tbaa !2
  %7 = load float, ptr %y.0170, align 4, !tbaa !2
  %mul8 = fmul float %6, %7
  %mul10 = fmul float %6, 3.906250e-03
  %8 = tail call float @llvm.floor.f32(float %mul10)
  %arrayidx12 = getelementptr inbounds i8, ptr %y.0170, i32 4
  %9 = load float, ptr %arrayidx12, align 4, !tbaa !2
  %mul13 = fmul float %8, %9
  %add14 = fadd float %mul8, %mul13
  %mul16 = fmul float %6, 0x3EF0000000000000
  %10 = tail call float @llvm.floor.f32(float %mul16)
  %arrayidx18 = getelementptr inbounds i8, ptr %y.0170, i32 8
  %11 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %10, %11
  %add20 = fadd float %add14, %mul19
  %mul22 = fmul float %6, 0x3E70000000000000
  %12 = tail call float @llvm.floor.f32(float %mul22)
  %arrayidx24 = getelementptr inbounds i8, ptr %y.0170, i32 12
  %13 = load float, ptr %arrayidx24, align 4, !tbaa !2
  %mul25 = fmul float %12, %13
  %add26 = fadd float %add20, %mul25
  %14 = load float, ptr %qsx.0171, align 4, !tbaa !2
  %sub28 = fsub float %add26, %14
  %mul29 = fmul float %5, %sub28
  %add30 = fadd float %acc.0169, %mul29
  %arrayidx31 = getelementptr inbounds i8, ptr %w.addr.1168, i32 8
  %15 = load float, ptr %arrayidx31, align 4, !tbaa !2
  %arrayidx32 = getelementptr inbounds i8, ptr %w.addr.1168, i32 12
  %16 = load float, ptr %arrayidx32, align 4, !tbaa !2
  %add.ptr33 = getelementptr inbounds i8, ptr %y.0170, i32 16
  %17 = load float, ptr %add.ptr33, align 4, !tbaa !2
  %mul35 = fmul float %16, %17
  %mul37 = fmul float %16, 3.906250e-03
  %18 = tail call float @llvm.floor.f32(float %mul37)
  %arrayidx39 = getelementptr inbounds i8, ptr %y.0170, i32 20
  %19 = load float, ptr %arrayidx39, align 4, !tbaa !2
  %mul40 = fmul float %18, %19
  %add41 = fadd float %mul35, %mul40
  %mul43 = fmul float %16, 0x3EF0000000000000
  %20 = tail call float @llvm.floor.f32(float %mul43)
  %arrayidx45 = getelementptr inbounds i8, ptr %y.0170, i32 24
  %21 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %20, %21
  %add47 = fadd float %add41, %mul46
  %mul49 = fmul float %16, 0x3E70000000000000
  %22 = tail call float @llvm.floor.f32(float %mul49)
  %arrayidx51 = getelementptr inbounds i8, ptr %y.0170, i32 28
  %23 = load float, ptr %arrayidx51, align 4, !tbaa !2
  %mul52 = fmul float %22, %23
  %add53 = fadd float %add47, %mul52
  %arrayidx54 = getelementptr inbounds i8, ptr %qsx.0171, i32 4
  %24 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %sub55 = fsub float %add53, %24
  %mul56 = fmul float %15, %sub55
  %add57 = fadd float %add30, %mul56
  %arrayidx58 = getelementptr inbounds i8, ptr %w.addr.1168, i32 16
  %25 = load float, ptr %arrayidx58, align 4, !tbaa !2
  %arrayidx59 = getelementptr inbounds i8, ptr %w.addr.1168, i32 20
  %26 = load float, ptr %arrayidx59, align 4, !tbaa !2
  %add.ptr60 = getelementptr inbounds i8, ptr %y.0170, i32 32
  %27 = load float, ptr %add.ptr60, align 4, !tbaa !2
  %mul62 = fmul float %26, %27
  %mul64 = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul64)
  %arrayidx66 = getelementptr inbounds i8, ptr %y.0170, i32 36
  %29 = load float, ptr %arrayidx66, align 4, !tbaa !2
  %mul67 = fmul float %28, %29
  %add68 = fadd float %mul62, %mul67
  %mul70 = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul70)
  %arrayidx72 = getelementptr inbounds i8, ptr %y.0170, i32 40
  %31 = load float, ptr %arrayidx72, align 4, !tbaa !2
  %mul73 = fmul float %30, %31
  %add74 = fadd float %add68, %mul73
  %mul76 = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul76)
  %arrayidx78 = getelementptr inbounds i8, ptr %y.0170, i32 44
  %33 = load float, ptr %arrayidx78, align 4, !tbaa !2
  %mul79 = fmul float %32, %33
  %add80 = fadd float %add74, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %qsx.0171, i32 8
  %34 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %sub82 = fsub float %add80, %34
  %mul83 = fmul float %25, %sub82
  %add84 = fadd float %add57, %mul83
  %arrayidx85 = getelementptr inbounds i8, ptr %w.addr.1168, i32 24
  %35 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %arrayidx86 = getelementptr inbounds i8, ptr %w.addr.1168, i32 28
  %36 = load float, ptr %arrayidx86, align 4, !tbaa !2
  %add.ptr87 = getelementptr inbounds i8, ptr %y.0170, i32 48
  %37 = load float, ptr %add.ptr87, align 4, !tbaa !2
  %mul89 = fmul float %36, %37
  %mul91 = fmul float %36, 3.906250e-03
  %38 = tail call float @llvm.floor.f32(float %mul91)
  %arrayidx93 = getelementptr inbounds i8, ptr %y.0170, i32 52
  %39 = load float, ptr %arrayidx93, align 4, !tbaa !2
  %mul94 = fmul float %38, %39
  %add95 = fadd float %mul89, %mul94
  %mul97 = fmul float %36, 0x3EF0000000000000
  %40 = tail call float @llvm.floor.f32(float %mul97)
  %arrayidx99 = getelementptr inbounds i8, ptr %y.0170, i32 56
  %41 = load float, ptr %arrayidx99, align 4, !tbaa !2
  %mul100 = fmul float %40, %41
  %add101 = fadd float %add95, %mul100
  %mul103 = fmul float %36, 0x3E70000000000000
  %42 = tail call float @llvm.floor.f32(float %mul103)
  %arrayidx105 = getelementptr inbounds i8, ptr %y.0170, i32 60
  %43 = load float, ptr %arrayidx105, align 4, !tbaa !2
  %mul106 = fmul float %42, %43
  %add107 = fadd float %add101, %mul106
  %arrayidx108 = getelementptr inbounds i8, ptr %qsx.0171, i32 12
  %44 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %sub109 = fsub float %add107, %44
  %mul110 = fmul float %35, %sub109
  %add111 = fadd float %add84, %mul110
  %add.ptr112 = getelementptr inbounds i8, ptr %w.addr.1168, i32 32
  %add.ptr113 = getelementptr inbounds i8, ptr %y.0170, i32 64
  %add.ptr114 = getelementptr inbounds i8, ptr %qsx.0171, i32 16
  %inc = add nuw nsw i32 %t.0172, 1
  %exitcond.not = icmp eq i32 %inc, %smax
  br i1 %exitcond.not, label %for.cond.cleanup4.loopexit, label %for.body5, !llvm.loop !89
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g1_t1(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %ngroups, 4
  %cmp207 = icmp sgt i32 %d, 0
  br i1 %cmp207, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2198 = icmp sgt i32 %ngroups, 3
  %2 = shl i32 %div, 5
  %3 = shl i32 %div, 6
  %scevgep210 = getelementptr i8, ptr %0, i32 %3
  %4 = shl i32 %div, 4
  %scevgep211 = getelementptr i8, ptr %1, i32 %4
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup3
  %i.0209 = phi i32 [ 0, %for.body.lr.ph ], [ %inc141, %for.cond.cleanup3 ]
  %w.addr.0208 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr139, %for.cond.cleanup3 ]
  br i1 %cmp2198, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0208, i32 %2
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %w.addr.1.lcssa = phi ptr [ %w.addr.0208, %for.body ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add107, %for.cond.cleanup3.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep210, %for.cond.cleanup3.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep211, %for.cond.cleanup3.loopexit ]
  %5 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %arrayidx112 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %6 = load float, ptr %arrayidx112, align 4, !tbaa !2
  %7 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul115 = fmul float %6, %7
  %mul117 = fmul float %6, 3.906250e-03
  %8 = tail call float @llvm.floor.f32(float %mul117)
  %arrayidx119 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %9 = load float, ptr %arrayidx119, align 4, !tbaa !2
  %mul120 = fmul float %8, %9
  %add121 = fadd float %mul115, %mul120
  %mul123 = fmul float %6, 0x3EF0000000000000
  %10 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %11 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %10, %11
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %6, 0x3E70000000000000
  %12 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %13 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %12, %13
  %add133 = fadd float %add127, %mul132
  %14 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub135 = fsub float %add133, %14
  %mul136 = fmul float %5, %sub135
  %add137 = fadd float %acc.0.lcssa, %mul136
  %arrayidx138 = getelementptr inbounds float, ptr %out, i32 %i.0209
  store float %add137, ptr %arrayidx138, align 4, !tbaa !2
  %add.ptr139 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %inc141 = add nuw nsw i32 %i.0209, 1
  %exitcond212.not = icmp eq i32 %inc141, %d
  br i1 %exitcond212.not, label %for.cond.cleanup, label %for.body, !llvm.loop !90

for.body4:                                        ; preds = %for.body, %for.body4
  %t.0203 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0202 = phi ptr [ %add.ptr110, %for.body4 ], [ %1, %for.body ]
  %y.0201 = phi ptr [ %add.ptr109, %for.body4 ], [ %0, %for.body ]
  %acc.0200 = phi float [ %add107, %for.body4 ], [ 0.000000e+00, %for.body ]
  %w.addr.1199 = phi ptr [ %add.ptr108, %for.body4 ], [ %w.addr.0208, %for.body ]
  %15 = load float, ptr %w.addr.1199, align 4, !tbaa !2
  %arrayidx5 = getelementptr inbounds i8, ptr %w.addr.1199, i32 4
  %16 = load float, ptr %arrayidx5, align 4, !tbaa !2
  %17 = load float, ptr %y.0201, align 4, !tbaa !2
  %mul = fmul float %16, %17
  %mul8 = fmul float %16, 3.906250e-03
  %18 = tail call float @llvm.floor.f32(float %mul8)
  %arrayidx10 = getelementptr inbounds i8, ptr %y.0201, i32 4
  %19 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %18, %19
  %add = fadd float %mul, %mul11
  %mul13 = fmul float %16, 0x3EF0000000000000
  %20 = tail call float @llvm.floor.f32(float %mul13)
  %arrayidx15 = getelementptr inbounds i8, ptr %y.0201, i32 8
  %21 = load float, ptr %arrayidx15, align 4, !tbaa !2
  %mul16 = fmul float %20, %21
  %add17 = fadd float %add, %mul16
  %mul19 = fmul float %16, 0x3E70000000000000
  %22 = tail call float @llvm.floor.f32(float %mul19)
  %arrayidx21 = getelementptr inbounds i8, ptr %y.0201, i32 12
  %23 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %mul22 = fmul float %22, %23
  %add23 = fadd float %add17, %mul22
  %24 = load float, ptr %qsx.0202, align 4, !tbaa !2
  %sub = fsub float %add23, %24
  %mul25 = fmul float %15, %sub
  %add26 = fadd float %acc.0200, %mul25
  %arrayidx27 = getelementptr inbounds i8, ptr %w.addr.1199, i32 8
  %25 = load float, ptr %arrayidx27, align 4, !tbaa !2
  %arrayidx28 = getelementptr inbounds i8, ptr %w.addr.1199, i32 12
  %26 = load float, ptr %arrayidx28, align 4, !tbaa !2
  %add.ptr29 = getelementptr inbounds i8, ptr %y.0201, i32 16
  %27 = load float, ptr %add.ptr29, align 4, !tbaa !2
  %mul31 = fmul float %26, %27
  %mul33 = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul33)
  %arrayidx35 = getelementptr inbounds i8, ptr %y.0201, i32 20
  %29 = load float, ptr %arrayidx35, align 4, !tbaa !2
  %mul36 = fmul float %28, %29
  %add37 = fadd float %mul31, %mul36
  %mul39 = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul39)
  %arrayidx41 = getelementptr inbounds i8, ptr %y.0201, i32 24
  %31 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %mul42 = fmul float %30, %31
  %add43 = fadd float %add37, %mul42
  %mul45 = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul45)
  %arrayidx47 = getelementptr inbounds i8, ptr %y.0201, i32 28
  %33 = load float, ptr %arrayidx47, align 4, !tbaa !2
  %mul48 = fmul float %32, %33
  %add49 = fadd float %add43, %mul48
  %arrayidx50 = getelementptr inbounds i8, ptr %qsx.0202, i32 4
  %34 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %sub51 = fsub float %add49, %34
  %mul52 = fmul float %25, %sub51
  %add53 = fadd float %add26, %mul52
  %arrayidx54 = getelementptr inbounds i8, ptr %w.addr.1199, i32 16
  %35 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %arrayidx55 = getelementptr inbounds i8, ptr %w.addr.1199, i32 20
  %36 = load float, ptr %arrayidx55, align 4, !tbaa !2
  %add.ptr56 = getelementptr inbounds i8, ptr %y.0201, i32 32
  %37 = load float, ptr %add.ptr56, align 4, !tbaa !2
  %mul58 = fmul float %36, %37
  %mul60 = fmul float %36, 3.906250e-03
  %38 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0201, i32 36
  %39 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %38, %39
  %add64 = fadd float %mul58, %mul63
  %mul66 = fmul float %36, 0x3EF0000000000000
  %40 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0201, i32 40
  %41 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %40, %41
  %add70 = fadd float %add64, %mul69
  %mul72 = fmul float %36, 0x3E70000000000000
  %42 = tail call float @llvm.floor.f32(float %mul72)
  %arrayidx74 = getelementptr inbounds i8, ptr %y.0201, i32 44
  %43 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %42, %43
  %add76 = fadd float %add70, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %qsx.0202, i32 8
  %44 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %sub78 = fsub float %add76, %44
  %mul79 = fmul float %35, %sub78
  %add80 = fadd float %add53, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1199, i32 24
  %45 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %w.addr.1199, i32 28
  %46 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %add.ptr83 = getelementptr inbounds i8, ptr %y.0201, i32 48
  %47 = load float, ptr %add.ptr83, align 4, !tbaa !2
  %mul85 = fmul float %46, %47
  %mul87 = fmul float %46, 3.906250e-03
  %48 = tail call float @llvm.floor.f32(float %mul87)
  %arrayidx89 = getelementptr inbounds i8, ptr %y.0201, i32 52
  %49 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %mul90 = fmul float %48, %49
  %add91 = fadd float %mul85, %mul90
  %mul93 = fmul float %46, 0x3EF0000000000000
  %50 = tail call float @llvm.floor.f32(float %mul93)
  %arrayidx95 = getelementptr inbounds i8, ptr %y.0201, i32 56
  %51 = load float, ptr %arrayidx95, align 4, !tbaa !2
  %mul96 = fmul float %50, %51
  %add97 = fadd float %add91, %mul96
  %mul99 = fmul float %46, 0x3E70000000000000
  %52 = tail call float @llvm.floor.f32(float %mul99)
  %arrayidx101 = getelementptr inbounds i8, ptr %y.0201, i32 60
  %53 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %mul102 = fmul float %52, %53
  %add103 = fadd float %add97, %mul102
  %arrayidx104 = getelementptr inbounds i8, ptr %qsx.0202, i32 12
  %54 = load float, ptr %arrayidx104, align 4, !tbaa !2
  %sub105 = fsub float %add103, %54
  %mul106 = fmul float %45, %sub105
  %add107 = fadd float %add80, %mul106
  %add.ptr108 = getelementptr inbounds i8, ptr %w.addr.1199, i32 32
  %add.ptr109 = getelementptr inbounds i8, ptr %y.0201, i32 64
  %add.ptr110 = getelementptr inbounds i8, ptr %qsx.0202, i32 16
  %inc = add nuw nsw i32 %t.0203, 1
  %exitcond.not = icmp eq i32 %inc, %div
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !91
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g1_t2(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %ngroups, 4
  %cmp244 = icmp sgt i32 %d, 0
  br i1 %cmp244, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2235 = icmp sgt i32 %ngroups, 3
  %2 = shl i32 %div, 5
  %3 = shl i32 %div, 6
  %scevgep247 = getelementptr i8, ptr %0, i32 %3
  %4 = shl i32 %div, 4
  %scevgep248 = getelementptr i8, ptr %1, i32 %4
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup3
  %i.0246 = phi i32 [ 0, %for.body.lr.ph ], [ %inc168, %for.cond.cleanup3 ]
  %w.addr.0245 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr166, %for.cond.cleanup3 ]
  br i1 %cmp2235, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0245, i32 %2
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %w.addr.1.lcssa = phi ptr [ %w.addr.0245, %for.body ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add107, %for.cond.cleanup3.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep247, %for.cond.cleanup3.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep248, %for.cond.cleanup3.loopexit ]
  %5 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %arrayidx112 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %6 = load float, ptr %arrayidx112, align 4, !tbaa !2
  %7 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul115 = fmul float %6, %7
  %mul117 = fmul float %6, 3.906250e-03
  %8 = tail call float @llvm.floor.f32(float %mul117)
  %arrayidx119 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %9 = load float, ptr %arrayidx119, align 4, !tbaa !2
  %mul120 = fmul float %8, %9
  %add121 = fadd float %mul115, %mul120
  %mul123 = fmul float %6, 0x3EF0000000000000
  %10 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %11 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %10, %11
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %6, 0x3E70000000000000
  %12 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %13 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %12, %13
  %add133 = fadd float %add127, %mul132
  %14 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub135 = fsub float %add133, %14
  %mul136 = fmul float %5, %sub135
  %add137 = fadd float %acc.0.lcssa, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %15 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %arrayidx139 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %16 = load float, ptr %arrayidx139, align 4, !tbaa !2
  %add.ptr140 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 16
  %17 = load float, ptr %add.ptr140, align 4, !tbaa !2
  %mul142 = fmul float %16, %17
  %mul144 = fmul float %16, 3.906250e-03
  %18 = tail call float @llvm.floor.f32(float %mul144)
  %arrayidx146 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 20
  %19 = load float, ptr %arrayidx146, align 4, !tbaa !2
  %mul147 = fmul float %18, %19
  %add148 = fadd float %mul142, %mul147
  %mul150 = fmul float %16, 0x3EF0000000000000
  %20 = tail call float @llvm.floor.f32(float %mul150)
  %arrayidx152 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 24
  %21 = load float, ptr %arrayidx152, align 4, !tbaa !2
  %mul153 = fmul float %20, %21
  %add154 = fadd float %add148, %mul153
  %mul156 = fmul float %16, 0x3E70000000000000
  %22 = tail call float @llvm.floor.f32(float %mul156)
  %arrayidx158 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 28
  %23 = load float, ptr %arrayidx158, align 4, !tbaa !2
  %mul159 = fmul float %22, %23
  %add160 = fadd float %add154, %mul159
  %arrayidx161 = getelementptr inbounds i8, ptr %qsx.0.lcssa, i32 4
  %24 = load float, ptr %arrayidx161, align 4, !tbaa !2
  %sub162 = fsub float %add160, %24
  %mul163 = fmul float %15, %sub162
  %add164 = fadd float %add137, %mul163
  %arrayidx165 = getelementptr inbounds float, ptr %out, i32 %i.0246
  store float %add164, ptr %arrayidx165, align 4, !tbaa !2
  %add.ptr166 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %inc168 = add nuw nsw i32 %i.0246, 1
  %exitcond249.not = icmp eq i32 %inc168, %d
  br i1 %exitcond249.not, label %for.cond.cleanup, label %for.body, !llvm.loop !92

for.body4:                                        ; preds = %for.body, %for.body4
  %t.0240 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0239 = phi ptr [ %add.ptr110, %for.body4 ], [ %1, %for.body ]
  %y.0238 = phi ptr [ %add.ptr109, %for.body4 ], [ %0, %for.body ]
  %acc.0237 = phi float [ %add107, %for.body4 ], [ 0.000000e+00, %for.body ]
  %w.addr.1236 = phi ptr [ %add.ptr108, %for.body4 ], [ %w.addr.0245, %for.body ]
  %25 = load float, ptr %w.addr.1236, align 4, !tbaa !2
  %arrayidx5 = getelementptr inbounds i8, ptr %w.addr.1236, i32 4
  %26 = load float, ptr %arrayidx5, align 4, !tbaa !2
  %27 = load float, ptr %y.0238, align 4, !tbaa !2
  %mul = fmul float %26, %27
  %mul8 = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul8)
  %arrayidx10 = getelementptr inbounds i8, ptr %y.0238, i32 4
  %29 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %28, %29
  %add = fadd float %mul, %mul11
  %mul13 = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul13)
  %arrayidx15 = getelementptr inbounds i8, ptr %y.0238, i32 8
  %31 = load float, ptr %arrayidx15, align 4, !tbaa !2
  %mul16 = fmul float %30, %31
  %add17 = fadd float %add, %mul16
  %mul19 = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul19)
  %arrayidx21 = getelementptr inbounds i8, ptr %y.0238, i32 12
  %33 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %mul22 = fmul float %32, %33
  %add23 = fadd float %add17, %mul22
  %34 = load float, ptr %qsx.0239, align 4, !tbaa !2
  %sub = fsub float %add23, %34
  %mul25 = fmul float %25, %sub
  %add26 = fadd float %acc.0237, %mul25
  %arrayidx27 = getelementptr inbounds i8, ptr %w.addr.1236, i32 8
  %35 = load float, ptr %arrayidx27, align 4, !tbaa !2
  %arrayidx28 = getelementptr inbounds i8, ptr %w.addr.1236, i32 12
  %36 = load float, ptr %arrayidx28, align 4, !tbaa !2
  %add.ptr29 = getelementptr inbounds i8, ptr %y.0238, i32 16
  %37 = load float, ptr %add.ptr29, align 4, !tbaa !2
  %mul31 = fmul float %36, %37
  %mul33 = fmul float %36, 3.906250e-03
  %38 = tail call float @llvm.floor.f32(float %mul33)
  %arrayidx35 = getelementptr inbounds i8, ptr %y.0238, i32 20
  %39 = load float, ptr %arrayidx35, align 4, !tbaa !2
  %mul36 = fmul float %38, %39
  %add37 = fadd float %mul31, %mul36
  %mul39 = fmul float %36, 0x3EF0000000000000
  %40 = tail call float @llvm.floor.f32(float %mul39)
  %arrayidx41 = getelementptr inbounds i8, ptr %y.0238, i32 24
  %41 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %mul42 = fmul float %40, %41
  %add43 = fadd float %add37, %mul42
  %mul45 = fmul float %36, 0x3E70000000000000
  %42 = tail call float @llvm.floor.f32(float %mul45)
  %arrayidx47 = getelementptr inbounds i8, ptr %y.0238, i32 28
  %43 = load float, ptr %arrayidx47, align 4, !tbaa !2
  %mul48 = fmul float %42, %43
  %add49 = fadd float %add43, %mul48
  %arrayidx50 = getelementptr inbounds i8, ptr %qsx.0239, i32 4
  %44 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %sub51 = fsub float %add49, %44
  %mul52 = fmul float %35, %sub51
  %add53 = fadd float %add26, %mul52
  %arrayidx54 = getelementptr inbounds i8, ptr %w.addr.1236, i32 16
  %45 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %arrayidx55 = getelementptr inbounds i8, ptr %w.addr.1236, i32 20
  %46 = load float, ptr %arrayidx55, align 4, !tbaa !2
  %add.ptr56 = getelementptr inbounds i8, ptr %y.0238, i32 32
  %47 = load float, ptr %add.ptr56, align 4, !tbaa !2
  %mul58 = fmul float %46, %47
  %mul60 = fmul float %46, 3.906250e-03
  %48 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0238, i32 36
  %49 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %48, %49
  %add64 = fadd float %mul58, %mul63
  %mul66 = fmul float %46, 0x3EF0000000000000
  %50 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0238, i32 40
  %51 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %50, %51
  %add70 = fadd float %add64, %mul69
  %mul72 = fmul float %46, 0x3E70000000000000
  %52 = tail call float @llvm.floor.f32(float %mul72)
  %arrayidx74 = getelementptr inbounds i8, ptr %y.0238, i32 44
  %53 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %52, %53
  %add76 = fadd float %add70, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %qsx.0239, i32 8
  %54 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %sub78 = fsub float %add76, %54
  %mul79 = fmul float %45, %sub78
  %add80 = fadd float %add53, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1236, i32 24
  %55 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %w.addr.1236, i32 28
  %56 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %add.ptr83 = getelementptr inbounds i8, ptr %y.0238, i32 48
  %57 = load float, ptr %add.ptr83, align 4, !tbaa !2
  %mul85 = fmul float %56, %57
  %mul87 = fmul float %56, 3.906250e-03
  %58 = tail call float @llvm.floor.f32(float %mul87)
  %arrayidx89 = getelementptr inbounds i8, ptr %y.0238, i32 52
  %59 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %mul90 = fmul float %58, %59
  %add91 = fadd float %mul85, %mul90
  %mul93 = fmul float %56, 0x3EF0000000000000
  %60 = tail call float @llvm.floor.f32(float %mul93)
  %arrayidx95 = getelementptr inbounds i8, ptr %y.0238, i32 56
  %61 = load float, ptr %arrayidx95, align 4, !tbaa !2
  %mul96 = fmul float %60, %61
  %add97 = fadd float %add91, %mul96
  %mul99 = fmul float %56, 0x3E70000000000000
  %62 = tail call float @llvm.floor.f32(float %mul99)
  %arrayidx101 = getelementptr inbounds i8, ptr %y.0238, i32 60
  %63 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %mul102 = fmul float %62, %63
  %add103 = fadd float %add97, %mul102
  %arrayidx104 = getelementptr inbounds i8, ptr %qsx.0239, i32 12
  %64 = load float, ptr %arrayidx104, align 4, !tbaa !2
  %sub105 = fsub float %add103, %64
  %mul106 = fmul float %55, %sub105
  %add107 = fadd float %add80, %mul106
  %add.ptr108 = getelementptr inbounds i8, ptr %w.addr.1236, i32 32
  %add.ptr109 = getelementptr inbounds i8, ptr %y.0238, i32 64
  %add.ptr110 = getelementptr inbounds i8, ptr %qsx.0239, i32 16
  %inc = add nuw nsw i32 %t.0240, 1
  %exitcond.not = icmp eq i32 %inc, %div
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !93
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g1_t3(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %ngroups, 4
  %cmp281 = icmp sgt i32 %d, 0
  br i1 %cmp281, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2272 = icmp sgt i32 %ngroups, 3
  %2 = shl i32 %div, 5
  %3 = shl i32 %div, 6
  %scevgep284 = getelementptr i8, ptr %0, i32 %3
  %4 = shl i32 %div, 4
  %scevgep285 = getelementptr i8, ptr %1, i32 %4
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup3
  %i.0283 = phi i32 [ 0, %for.body.lr.ph ], [ %inc195, %for.cond.cleanup3 ]
  %w.addr.0282 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr193, %for.cond.cleanup3 ]
  br i1 %cmp2272, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0282, i32 %2
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %w.addr.1.lcssa = phi ptr [ %w.addr.0282, %for.body ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add107, %for.cond.cleanup3.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep284, %for.cond.cleanup3.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep285, %for.cond.cleanup3.loopexit ]
  %5 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %arrayidx112 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %6 = load float, ptr %arrayidx112, align 4, !tbaa !2
  %7 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul115 = fmul float %6, %7
  %mul117 = fmul float %6, 3.906250e-03
  %8 = tail call float @llvm.floor.f32(float %mul117)
  %arrayidx119 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %9 = load float, ptr %arrayidx119, align 4, !tbaa !2
  %mul120 = fmul float %8, %9
  %add121 = fadd float %mul115, %mul120
  %mul123 = fmul float %6, 0x3EF0000000000000
  %10 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %11 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %10, %11
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %6, 0x3E70000000000000
  %12 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %13 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %12, %13
  %add133 = fadd float %add127, %mul132
  %14 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub135 = fsub float %add133, %14
  %mul136 = fmul float %5, %sub135
  %add137 = fadd float %acc.0.lcssa, %mul136
  %arrayidx138 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %15 = load float, ptr %arrayidx138, align 4, !tbaa !2
  %arrayidx139 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %16 = load float, ptr %arrayidx139, align 4, !tbaa !2
  %add.ptr140 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 16
  %17 = load float, ptr %add.ptr140, align 4, !tbaa !2
  %mul142 = fmul float %16, %17
  %mul144 = fmul float %16, 3.906250e-03
  %18 = tail call float @llvm.floor.f32(float %mul144)
  %arrayidx146 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 20
  %19 = load float, ptr %arrayidx146, align 4, !tbaa !2
  %mul147 = fmul float %18, %19
  %add148 = fadd float %mul142, %mul147
  %mul150 = fmul float %16, 0x3EF0000000000000
  %20 = tail call float @llvm.floor.f32(float %mul150)
  %arrayidx152 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 24
  %21 = load float, ptr %arrayidx152, align 4, !tbaa !2
  %mul153 = fmul float %20, %21
  %add154 = fadd float %add148, %mul153
  %mul156 = fmul float %16, 0x3E70000000000000
  %22 = tail call float @llvm.floor.f32(float %mul156)
  %arrayidx158 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 28
  %23 = load float, ptr %arrayidx158, align 4, !tbaa !2
  %mul159 = fmul float %22, %23
  %add160 = fadd float %add154, %mul159
  %arrayidx161 = getelementptr inbounds i8, ptr %qsx.0.lcssa, i32 4
  %24 = load float, ptr %arrayidx161, align 4, !tbaa !2
  %sub162 = fsub float %add160, %24
  %mul163 = fmul float %15, %sub162
  %add164 = fadd float %add137, %mul163
  %arrayidx165 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %25 = load float, ptr %arrayidx165, align 4, !tbaa !2
  %arrayidx166 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %26 = load float, ptr %arrayidx166, align 4, !tbaa !2
  %add.ptr167 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 32
  %27 = load float, ptr %add.ptr167, align 4, !tbaa !2
  %mul169 = fmul float %26, %27
  %mul171 = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul171)
  %arrayidx173 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 36
  %29 = load float, ptr %arrayidx173, align 4, !tbaa !2
  %mul174 = fmul float %28, %29
  %add175 = fadd float %mul169, %mul174
  %mul177 = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul177)
  %arrayidx179 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 40
  %31 = load float, ptr %arrayidx179, align 4, !tbaa !2
  %mul180 = fmul float %30, %31
  %add181 = fadd float %add175, %mul180
  %mul183 = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul183)
  %arrayidx185 = getelementptr inbounds i8, ptr %y.0.lcssa, i32 44
  %33 = load float, ptr %arrayidx185, align 4, !tbaa !2
  %mul186 = fmul float %32, %33
  %add187 = fadd float %add181, %mul186
  %arrayidx188 = getelementptr inbounds i8, ptr %qsx.0.lcssa, i32 8
  %34 = load float, ptr %arrayidx188, align 4, !tbaa !2
  %sub189 = fsub float %add187, %34
  %mul190 = fmul float %25, %sub189
  %add191 = fadd float %add164, %mul190
  %arrayidx192 = getelementptr inbounds float, ptr %out, i32 %i.0283
  store float %add191, ptr %arrayidx192, align 4, !tbaa !2
  %add.ptr193 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %inc195 = add nuw nsw i32 %i.0283, 1
  %exitcond286.not = icmp eq i32 %inc195, %d
  br i1 %exitcond286.not, label %for.cond.cleanup, label %for.body, !llvm.loop !94

for.body4:                                        ; preds = %for.body, %for.body4
  %t.0277 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0276 = phi ptr [ %add.ptr110, %for.body4 ], [ %1, %for.body ]
  %y.0275 = phi ptr [ %add.ptr109, %for.body4 ], [ %0, %for.body ]
  %acc.0274 = phi float [ %add107, %for.body4 ], [ 0.000000e+00, %for.body ]
  %w.addr.1273 = phi ptr [ %add.ptr108, %for.body4 ], [ %w.addr.0282, %for.body ]
  %35 = load float, ptr %w.addr.1273, align 4, !tbaa !2
  %arrayidx5 = getelementptr inbounds i8, ptr %w.addr.1273, i32 4
  %36 = load float, ptr %arrayidx5, align 4, !tbaa !2
  %37 = load float, ptr %y.0275, align 4, !tbaa !2
  %mul = fmul float %36, %37
  %mul8 = fmul float %36, 3.906250e-03
  %38 = tail call float @llvm.floor.f32(float %mul8)
  %arrayidx10 = getelementptr inbounds i8, ptr %y.0275, i32 4
  %39 = load float, ptr %arrayidx10, align 4, !tbaa !2
  %mul11 = fmul float %38, %39
  %add = fadd float %mul, %mul11
  %mul13 = fmul float %36, 0x3EF0000000000000
  %40 = tail call float @llvm.floor.f32(float %mul13)
  %arrayidx15 = getelementptr inbounds i8, ptr %y.0275, i32 8
  %41 = load float, ptr %arrayidx15, align 4, !tbaa !2
  %mul16 = fmul float %40, %41
  %add17 = fadd float %add, %mul16
  %mul19 = fmul float %36, 0x3E70000000000000
  %42 = tail call float @llvm.floor.f32(float %mul19)
  %arrayidx21 = getelementptr inbounds i8, ptr %y.0275, i32 12
  %43 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %mul22 = fmul float %42, %43
  %add23 = fadd float %add17, %mul22
  %44 = load float, ptr %qsx.0276, align 4, !tbaa !2
  %sub = fsub float %add23, %44
  %mul25 = fmul float %35, %sub
  %add26 = fadd float %acc.0274, %mul25
  %arrayidx27 = getelementptr inbounds i8, ptr %w.addr.1273, i32 8
  %45 = load float, ptr %arrayidx27, align 4, !tbaa !2
  %arrayidx28 = getelementptr inbounds i8, ptr %w.addr.1273, i32 12
  %46 = load float, ptr %arrayidx28, align 4, !tbaa !2
  %add.ptr29 = getelementptr inbounds i8, ptr %y.0275, i32 16
  %47 = load float, ptr %add.ptr29, align 4, !tbaa !2
  %mul31 = fmul float %46, %47
  %mul33 = fmul float %46, 3.906250e-03
  %48 = tail call float @llvm.floor.f32(float %mul33)
  %arrayidx35 = getelementptr inbounds i8, ptr %y.0275, i32 20
  %49 = load float, ptr %arrayidx35, align 4, !tbaa !2
  %mul36 = fmul float %48, %49
  %add37 = fadd float %mul31, %mul36
  %mul39 = fmul float %46, 0x3EF0000000000000
  %50 = tail call float @llvm.floor.f32(float %mul39)
  %arrayidx41 = getelementptr inbounds i8, ptr %y.0275, i32 24
  %51 = load float, ptr %arrayidx41, align 4, !tbaa !2
  %mul42 = fmul float %50, %51
  %add43 = fadd float %add37, %mul42
  %mul45 = fmul float %46, 0x3E70000000000000
  %52 = tail call float @llvm.floor.f32(float %mul45)
  %arrayidx47 = getelementptr inbounds i8, ptr %y.0275, i32 28
  %53 = load float, ptr %arrayidx47, align 4, !tbaa !2
  %mul48 = fmul float %52, %53
  %add49 = fadd float %add43, %mul48
  %arrayidx50 = getelementptr inbounds i8, ptr %qsx.0276, i32 4
  %54 = load float, ptr %arrayidx50, align 4, !tbaa !2
  %sub51 = fsub float %add49, %54
  %mul52 = fmul float %45, %sub51
  %add53 = fadd float %add26, %mul52
  %arrayidx54 = getelementptr inbounds i8, ptr %w.addr.1273, i32 16
  %55 = load float, ptr %arrayidx54, align 4, !tbaa !2
  %arrayidx55 = getelementptr inbounds i8, ptr %w.addr.1273, i32 20
  %56 = load float, ptr %arrayidx55, align 4, !tbaa !2
  %add.ptr56 = getelementptr inbounds i8, ptr %y.0275, i32 32
  %57 = load float, ptr %add.ptr56, align 4, !tbaa !2
  %mul58 = fmul float %56, %57
  %mul60 = fmul float %56, 3.906250e-03
  %58 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0275, i32 36
  %59 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %58, %59
  %add64 = fadd float %mul58, %mul63
  %mul66 = fmul float %56, 0x3EF0000000000000
  %60 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0275, i32 40
  %61 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %60, %61
  %add70 = fadd float %add64, %mul69
  %mul72 = fmul float %56, 0x3E70000000000000
  %62 = tail call float @llvm.floor.f32(float %mul72)
  %arrayidx74 = getelementptr inbounds i8, ptr %y.0275, i32 44
  %63 = load float, ptr %arrayidx74, align 4, !tbaa !2
  %mul75 = fmul float %62, %63
  %add76 = fadd float %add70, %mul75
  %arrayidx77 = getelementptr inbounds i8, ptr %qsx.0276, i32 8
  %64 = load float, ptr %arrayidx77, align 4, !tbaa !2
  %sub78 = fsub float %add76, %64
  %mul79 = fmul float %55, %sub78
  %add80 = fadd float %add53, %mul79
  %arrayidx81 = getelementptr inbounds i8, ptr %w.addr.1273, i32 24
  %65 = load float, ptr %arrayidx81, align 4, !tbaa !2
  %arrayidx82 = getelementptr inbounds i8, ptr %w.addr.1273, i32 28
  %66 = load float, ptr %arrayidx82, align 4, !tbaa !2
  %add.ptr83 = getelementptr inbounds i8, ptr %y.0275, i32 48
  %67 = load float, ptr %add.ptr83, align 4, !tbaa !2
  %mul85 = fmul float %66, %67
  %mul87 = fmul float %66, 3.906250e-03
  %68 = tail call float @llvm.floor.f32(float %mul87)
  %arrayidx89 = getelementptr inbounds i8, ptr %y.0275, i32 52
  %69 = load float, ptr %arrayidx89, align 4, !tbaa !2
  %mul90 = fmul float %68, %69
  %add91 = fadd float %mul85, %mul90
  %mul93 = fmul float %66, 0x3EF0000000000000
  %70 = tail call float @llvm.floor.f32(float %mul93)
  %arrayidx95 = getelementptr inbounds i8, ptr %y.0275, i32 56
  %71 = load float, ptr %arrayidx95, align 4, !tbaa !2
  %mul96 = fmul float %70, %71
  %add97 = fadd float %add91, %mul96
  %mul99 = fmul float %66, 0x3E70000000000000
  %72 = tail call float @llvm.floor.f32(float %mul99)
  %arrayidx101 = getelementptr inbounds i8, ptr %y.0275, i32 60
  %73 = load float, ptr %arrayidx101, align 4, !tbaa !2
  %mul102 = fmul float %72, %73
  %add103 = fadd float %add97, %mul102
  %arrayidx104 = getelementptr inbounds i8, ptr %qsx.0276, i32 12
  %74 = load float, ptr %arrayidx104, align 4, !tbaa !2
  %sub105 = fsub float %add103, %74
  %mul106 = fmul float %65, %sub105
  %add107 = fadd float %add80, %mul106
  %add.ptr108 = getelementptr inbounds i8, ptr %w.addr.1273, i32 32
  %add.ptr109 = getelementptr inbounds i8, ptr %y.0275, i32 64
  %add.ptr110 = getelementptr inbounds i8, ptr %qsx.0276, i32 16
  %inc = add nuw nsw i32 %t.0277, 1
  %exitcond.not = icmp eq i32 %inc, %div
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !95
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g8_l1(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp287 = icmp sgt i32 %d, 0
  br i1 %cmp287, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2278 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 36
  %3 = add i32 %2, -36
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep290 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep291 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %q8_group.exit, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %q8_group.exit
  %w.addr.0289 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr199, %q8_group.exit ]
  %i.0288 = phi i32 [ 0, %for.body.lr.ph ], [ %inc201, %q8_group.exit ]
  br i1 %cmp2278, label %for.body4, label %q8_group.exit

q8_group.exit.loopexit:                           ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0289, i32 %3
  br label %q8_group.exit

q8_group.exit:                                    ; preds = %q8_group.exit.loopexit, %for.body
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add189, %q8_group.exit.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep290, %q8_group.exit.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep291, %q8_group.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0289, %for.body ], [ %scevgep, %q8_group.exit.loopexit ]
  %9 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %add.ptr193 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %10 = load float, ptr %add.ptr193, align 4, !tbaa !2
  %11 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul337.i = fmul float %10, %11
  %add338.i = fadd float %mul337.i, 0.000000e+00
  %mul340.i = fmul float %10, 3.906250e-03
  %12 = tail call float @llvm.floor.f32(float %mul340.i)
  %arrayidx342.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %13 = load float, ptr %arrayidx342.i, align 4, !tbaa !2
  %mul343.i = fmul float %12, %13
  %add344.i = fadd float %add338.i, %mul343.i
  %mul346.i = fmul float %10, 0x3EF0000000000000
  %14 = tail call float @llvm.floor.f32(float %mul346.i)
  %arrayidx348.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %15 = load float, ptr %arrayidx348.i, align 4, !tbaa !2
  %mul349.i = fmul float %14, %15
  %add350.i = fadd float %add344.i, %mul349.i
  %mul352.i = fmul float %10, 0x3E70000000000000
  %16 = tail call float @llvm.floor.f32(float %mul352.i)
  %arrayidx354.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %17 = load float, ptr %arrayidx354.i, align 4, !tbaa !2
  %mul355.i = fmul float %16, %17
  %add356.i = fadd float %add350.i, %mul355.i
  %18 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub195 = fsub float %add356.i, %18
  %mul196 = fmul float %9, %sub195
  %add197 = fadd float %acc.0.lcssa, %mul196
  %arrayidx198 = getelementptr inbounds float, ptr %out, i32 %i.0288
  store float %add197, ptr %arrayidx198, align 4, !tbaa !2
  %add.ptr199 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %inc201 = add nuw nsw i32 %i.0288, 1
  %exitcond292.not = icmp eq i32 %inc201, %d
  br i1 %exitcond292.not, label %for.cond.cleanup, label %for.body, !llvm.loop !96

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1283 = phi ptr [ %add.ptr190, %for.body4 ], [ %w.addr.0289, %for.body ]
  %g.0282 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0281 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %y.0280 = phi ptr [ %add.ptr191, %for.body4 ], [ %0, %for.body ]
  %acc.0279 = phi float [ %add189, %for.body4 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1283, i32 4
  %19 = load float, ptr %w.addr.1283, align 4, !tbaa !2
  %20 = load float, ptr %add.ptr, align 4, !tbaa !2
  %21 = load float, ptr %y.0280, align 4, !tbaa !2
  %mul = fmul float %20, %21
  %mul9 = fmul float %20, 3.906250e-03
  %22 = tail call float @llvm.floor.f32(float %mul9)
  %arrayidx11 = getelementptr inbounds i8, ptr %y.0280, i32 4
  %23 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %mul12 = fmul float %22, %23
  %add = fadd float %mul, %mul12
  %mul14 = fmul float %20, 0x3EF0000000000000
  %24 = tail call float @llvm.floor.f32(float %mul14)
  %arrayidx16 = getelementptr inbounds i8, ptr %y.0280, i32 8
  %25 = load float, ptr %arrayidx16, align 4, !tbaa !2
  %mul17 = fmul float %24, %25
  %add18 = fadd float %add, %mul17
  %mul20 = fmul float %20, 0x3E70000000000000
  %26 = tail call float @llvm.floor.f32(float %mul20)
  %arrayidx22 = getelementptr inbounds i8, ptr %y.0280, i32 12
  %27 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %26, %27
  %add24 = fadd float %add18, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1283, i32 8
  %28 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %add.ptr26 = getelementptr inbounds i8, ptr %y.0280, i32 16
  %29 = load float, ptr %add.ptr26, align 4, !tbaa !2
  %mul28 = fmul float %28, %29
  %add29 = fadd float %add24, %mul28
  %mul31 = fmul float %28, 3.906250e-03
  %30 = tail call float @llvm.floor.f32(float %mul31)
  %arrayidx33 = getelementptr inbounds i8, ptr %y.0280, i32 20
  %31 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %mul34 = fmul float %30, %31
  %add35 = fadd float %add29, %mul34
  %mul37 = fmul float %28, 0x3EF0000000000000
  %32 = tail call float @llvm.floor.f32(float %mul37)
  %arrayidx39 = getelementptr inbounds i8, ptr %y.0280, i32 24
  %33 = load float, ptr %arrayidx39, align 4, !tbaa !2
  %mul40 = fmul float %32, %33
  %add41 = fadd float %add35, %mul40
  %mul43 = fmul float %28, 0x3E70000000000000
  %34 = tail call float @llvm.floor.f32(float %mul43)
  %arrayidx45 = getelementptr inbounds i8, ptr %y.0280, i32 28
  %35 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %34, %35
  %add47 = fadd float %add41, %mul46
  %arrayidx48 = getelementptr inbounds i8, ptr %w.addr.1283, i32 12
  %36 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %add.ptr49 = getelementptr inbounds i8, ptr %y.0280, i32 32
  %37 = load float, ptr %add.ptr49, align 4, !tbaa !2
  %mul51 = fmul float %36, %37
  %add52 = fadd float %add47, %mul51
  %mul54 = fmul float %36, 3.906250e-03
  %38 = tail call float @llvm.floor.f32(float %mul54)
  %arrayidx56 = getelementptr inbounds i8, ptr %y.0280, i32 36
  %39 = load float, ptr %arrayidx56, align 4, !tbaa !2
  %mul57 = fmul float %38, %39
  %add58 = fadd float %add52, %mul57
  %mul60 = fmul float %36, 0x3EF0000000000000
  %40 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0280, i32 40
  %41 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %40, %41
  %add64 = fadd float %add58, %mul63
  %mul66 = fmul float %36, 0x3E70000000000000
  %42 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0280, i32 44
  %43 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %42, %43
  %add70 = fadd float %add64, %mul69
  %arrayidx71 = getelementptr inbounds i8, ptr %w.addr.1283, i32 16
  %44 = load float, ptr %arrayidx71, align 4, !tbaa !2
  %add.ptr72 = getelementptr inbounds i8, ptr %y.0280, i32 48
  %45 = load float, ptr %add.ptr72, align 4, !tbaa !2
  %mul74 = fmul float %44, %45
  %add75 = fadd float %add70, %mul74
  %mul77 = fmul float %44, 3.906250e-03
  %46 = tail call float @llvm.floor.f32(float %mul77)
  %arrayidx79 = getelementptr inbounds i8, ptr %y.0280, i32 52
  %47 = load float, ptr %arrayidx79, align 4, !tbaa !2
  %mul80 = fmul float %46, %47
  %add81 = fadd float %add75, %mul80
  %mul83 = fmul float %44, 0x3EF0000000000000
  %48 = tail call float @llvm.floor.f32(float %mul83)
  %arrayidx85 = getelementptr inbounds i8, ptr %y.0280, i32 56
  %49 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %mul86 = fmul float %48, %49
  %add87 = fadd float %add81, %mul86
  %mul89 = fmul float %44, 0x3E70000000000000
  %50 = tail call float @llvm.floor.f32(float %mul89)
  %arrayidx91 = getelementptr inbounds i8, ptr %y.0280, i32 60
  %51 = load float, ptr %arrayidx91, align 4, !tbaa !2
  %mul92 = fmul float %50, %51
  %add93 = fadd float %add87, %mul92
  %arrayidx94 = getelementptr inbounds i8, ptr %w.addr.1283, i32 20
  %52 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %add.ptr95 = getelementptr inbounds i8, ptr %y.0280, i32 64
  %53 = load float, ptr %add.ptr95, align 4, !tbaa !2
  %mul97 = fmul float %52, %53
  %add98 = fadd float %add93, %mul97
  %mul100 = fmul float %52, 3.906250e-03
  %54 = tail call float @llvm.floor.f32(float %mul100)
  %arrayidx102 = getelementptr inbounds i8, ptr %y.0280, i32 68
  %55 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %54, %55
  %add104 = fadd float %add98, %mul103
  %mul106 = fmul float %52, 0x3EF0000000000000
  %56 = tail call float @llvm.floor.f32(float %mul106)
  %arrayidx108 = getelementptr inbounds i8, ptr %y.0280, i32 72
  %57 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %mul109 = fmul float %56, %57
  %add110 = fadd float %add104, %mul109
  %mul112 = fmul float %52, 0x3E70000000000000
  %58 = tail call float @llvm.floor.f32(float %mul112)
  %arrayidx114 = getelementptr inbounds i8, ptr %y.0280, i32 76
  %59 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %58, %59
  %add116 = fadd float %add110, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1283, i32 24
  %60 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %add.ptr118 = getelementptr inbounds i8, ptr %y.0280, i32 80
  %61 = load float, ptr %add.ptr118, align 4, !tbaa !2
  %mul120 = fmul float %60, %61
  %add121 = fadd float %add116, %mul120
  %mul123 = fmul float %60, 3.906250e-03
  %62 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0280, i32 84
  %63 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %62, %63
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %60, 0x3EF0000000000000
  %64 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0280, i32 88
  %65 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %64, %65
  %add133 = fadd float %add127, %mul132
  %mul135 = fmul float %60, 0x3E70000000000000
  %66 = tail call float @llvm.floor.f32(float %mul135)
  %arrayidx137 = getelementptr inbounds i8, ptr %y.0280, i32 92
  %67 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %mul138 = fmul float %66, %67
  %add139 = fadd float %add133, %mul138
  %arrayidx140 = getelementptr inbounds i8, ptr %w.addr.1283, i32 28
  %68 = load float, ptr %arrayidx140, align 4, !tbaa !2
  %add.ptr141 = getelementptr inbounds i8, ptr %y.0280, i32 96
  %69 = load float, ptr %add.ptr141, align 4, !tbaa !2
  %mul143 = fmul float %68, %69
  %add144 = fadd float %add139, %mul143
  %mul146 = fmul float %68, 3.906250e-03
  %70 = tail call float @llvm.floor.f32(float %mul146)
  %arrayidx148 = getelementptr inbounds i8, ptr %y.0280, i32 100
  %71 = load float, ptr %arrayidx148, align 4, !tbaa !2
  %mul149 = fmul float %70, %71
  %add150 = fadd float %add144, %mul149
  %mul152 = fmul float %68, 0x3EF0000000000000
  %72 = tail call float @llvm.floor.f32(float %mul152)
  %arrayidx154 = getelementptr inbounds i8, ptr %y.0280, i32 104
  %73 = load float, ptr %arrayidx154, align 4, !tbaa !2
  %mul155 = fmul float %72, %73
  %add156 = fadd float %add150, %mul155
  %mul158 = fmul float %68, 0x3E70000000000000
  %74 = tail call float @llvm.floor.f32(float %mul158)
  %arrayidx160 = getelementptr inbounds i8, ptr %y.0280, i32 108
  %75 = load float, ptr %arrayidx160, align 4, !tbaa !2
  %mul161 = fmul float %74, %75
  %add162 = fadd float %add156, %mul161
  %arrayidx163 = getelementptr inbounds i8, ptr %w.addr.1283, i32 32
  %76 = load float, ptr %arrayidx163, align 4, !tbaa !2
  %add.ptr164 = getelementptr inbounds i8, ptr %y.0280, i32 112
  %77 = load float, ptr %add.ptr164, align 4, !tbaa !2
  %mul166 = fmul float %76, %77
  %add167 = fadd float %add162, %mul166
  %mul169 = fmul float %76, 3.906250e-03
  %78 = tail call float @llvm.floor.f32(float %mul169)
  %arrayidx171 = getelementptr inbounds i8, ptr %y.0280, i32 116
  %79 = load float, ptr %arrayidx171, align 4, !tbaa !2
  %mul172 = fmul float %78, %79
  %add173 = fadd float %add167, %mul172
  %mul175 = fmul float %76, 0x3EF0000000000000
  %80 = tail call float @llvm.floor.f32(float %mul175)
  %arrayidx177 = getelementptr inbounds i8, ptr %y.0280, i32 120
  %81 = load float, ptr %arrayidx177, align 4, !tbaa !2
  %mul178 = fmul float %80, %81
  %add179 = fadd float %add173, %mul178
  %mul181 = fmul float %76, 0x3E70000000000000
  %82 = tail call float @llvm.floor.f32(float %mul181)
  %arrayidx183 = getelementptr inbounds i8, ptr %y.0280, i32 124
  %83 = load float, ptr %arrayidx183, align 4, !tbaa !2
  %mul184 = fmul float %82, %83
  %add185 = fadd float %add179, %mul184
  %84 = load float, ptr %qsx.0281, align 4, !tbaa !2
  %sub187 = fsub float %add185, %84
  %mul188 = fmul float %19, %sub187
  %add189 = fadd float %acc.0279, %mul188
  %add.ptr190 = getelementptr inbounds i8, ptr %w.addr.1283, i32 36
  %add.ptr191 = getelementptr inbounds i8, ptr %y.0280, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %qsx.0281, i32 4
  %inc = add nuw nsw i32 %g.0282, 1
  %exitcond.not = icmp eq i32 %g.0282, %8
  br i1 %exitcond.not, label %q8_group.exit.loopexit, label %for.body4, !llvm.loop !97
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g8_l2(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp287 = icmp sgt i32 %d, 0
  br i1 %cmp287, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2278 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 36
  %3 = add i32 %2, -36
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep290 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep291 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %q8_group.exit, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %q8_group.exit
  %w.addr.0289 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr199, %q8_group.exit ]
  %i.0288 = phi i32 [ 0, %for.body.lr.ph ], [ %inc201, %q8_group.exit ]
  br i1 %cmp2278, label %for.body4, label %q8_group.exit

q8_group.exit.loopexit:                           ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0289, i32 %3
  br label %q8_group.exit

q8_group.exit:                                    ; preds = %q8_group.exit.loopexit, %for.body
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add189, %q8_group.exit.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep290, %q8_group.exit.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep291, %q8_group.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0289, %for.body ], [ %scevgep, %q8_group.exit.loopexit ]
  %9 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %add.ptr193 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %10 = load float, ptr %add.ptr193, align 4, !tbaa !2
  %11 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul285.i = fmul float %10, %11
  %add286.i = fadd float %mul285.i, 0.000000e+00
  %mul288.i = fmul float %10, 3.906250e-03
  %12 = tail call float @llvm.floor.f32(float %mul288.i)
  %arrayidx290.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %13 = load float, ptr %arrayidx290.i, align 4, !tbaa !2
  %mul291.i = fmul float %12, %13
  %add292.i = fadd float %add286.i, %mul291.i
  %mul294.i = fmul float %10, 0x3EF0000000000000
  %14 = tail call float @llvm.floor.f32(float %mul294.i)
  %arrayidx296.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %15 = load float, ptr %arrayidx296.i, align 4, !tbaa !2
  %mul297.i = fmul float %14, %15
  %add298.i = fadd float %add292.i, %mul297.i
  %mul300.i = fmul float %10, 0x3E70000000000000
  %16 = tail call float @llvm.floor.f32(float %mul300.i)
  %arrayidx302.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %17 = load float, ptr %arrayidx302.i, align 4, !tbaa !2
  %mul303.i = fmul float %16, %17
  %add304.i = fadd float %add298.i, %mul303.i
  %arrayidx305.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %18 = load float, ptr %arrayidx305.i, align 4, !tbaa !2
  %add.ptr306.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 16
  %19 = load float, ptr %add.ptr306.i, align 4, !tbaa !2
  %mul308.i = fmul float %18, %19
  %add309.i = fadd float %add304.i, %mul308.i
  %mul311.i = fmul float %18, 3.906250e-03
  %20 = tail call float @llvm.floor.f32(float %mul311.i)
  %arrayidx313.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 20
  %21 = load float, ptr %arrayidx313.i, align 4, !tbaa !2
  %mul314.i = fmul float %20, %21
  %add315.i = fadd float %add309.i, %mul314.i
  %mul317.i = fmul float %18, 0x3EF0000000000000
  %22 = tail call float @llvm.floor.f32(float %mul317.i)
  %arrayidx319.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 24
  %23 = load float, ptr %arrayidx319.i, align 4, !tbaa !2
  %mul320.i = fmul float %22, %23
  %add321.i = fadd float %add315.i, %mul320.i
  %mul323.i = fmul float %18, 0x3E70000000000000
  %24 = tail call float @llvm.floor.f32(float %mul323.i)
  %arrayidx325.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 28
  %25 = load float, ptr %arrayidx325.i, align 4, !tbaa !2
  %mul326.i = fmul float %24, %25
  %add327.i = fadd float %add321.i, %mul326.i
  %26 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub195 = fsub float %add327.i, %26
  %mul196 = fmul float %9, %sub195
  %add197 = fadd float %acc.0.lcssa, %mul196
  %arrayidx198 = getelementptr inbounds float, ptr %out, i32 %i.0288
  store float %add197, ptr %arrayidx198, align 4, !tbaa !2
  %add.ptr199 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %inc201 = add nuw nsw i32 %i.0288, 1
  %exitcond292.not = icmp eq i32 %inc201, %d
  br i1 %exitcond292.not, label %for.cond.cleanup, label %for.body, !llvm.loop !98

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1283 = phi ptr [ %add.ptr190, %for.body4 ], [ %w.addr.0289, %for.body ]
  %g.0282 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0281 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %y.0280 = phi ptr [ %add.ptr191, %for.body4 ], [ %0, %for.body ]
  %acc.0279 = phi float [ %add189, %for.body4 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1283, i32 4
  %27 = load float, ptr %w.addr.1283, align 4, !tbaa !2
  %28 = load float, ptr %add.ptr, align 4, !tbaa !2
  %29 = load float, ptr %y.0280, align 4, !tbaa !2
  %mul = fmul float %28, %29
  %mul9 = fmul float %28, 3.906250e-03
  %30 = tail call float @llvm.floor.f32(float %mul9)
  %arrayidx11 = getelementptr inbounds i8, ptr %y.0280, i32 4
  %31 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %mul12 = fmul float %30, %31
  %add = fadd float %mul, %mul12
  %mul14 = fmul float %28, 0x3EF0000000000000
  %32 = tail call float @llvm.floor.f32(float %mul14)
  %arrayidx16 = getelementptr inbounds i8, ptr %y.0280, i32 8
  %33 = load float, ptr %arrayidx16, align 4, !tbaa !2
  %mul17 = fmul float %32, %33
  %add18 = fadd float %add, %mul17
  %mul20 = fmul float %28, 0x3E70000000000000
  %34 = tail call float @llvm.floor.f32(float %mul20)
  %arrayidx22 = getelementptr inbounds i8, ptr %y.0280, i32 12
  %35 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %34, %35
  %add24 = fadd float %add18, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1283, i32 8
  %36 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %add.ptr26 = getelementptr inbounds i8, ptr %y.0280, i32 16
  %37 = load float, ptr %add.ptr26, align 4, !tbaa !2
  %mul28 = fmul float %36, %37
  %add29 = fadd float %add24, %mul28
  %mul31 = fmul float %36, 3.906250e-03
  %38 = tail call float @llvm.floor.f32(float %mul31)
  %arrayidx33 = getelementptr inbounds i8, ptr %y.0280, i32 20
  %39 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %mul34 = fmul float %38, %39
  %add35 = fadd float %add29, %mul34
  %mul37 = fmul float %36, 0x3EF0000000000000
  %40 = tail call float @llvm.floor.f32(float %mul37)
  %arrayidx39 = getelementptr inbounds i8, ptr %y.0280, i32 24
  %41 = load float, ptr %arrayidx39, align 4, !tbaa !2
  %mul40 = fmul float %40, %41
  %add41 = fadd float %add35, %mul40
  %mul43 = fmul float %36, 0x3E70000000000000
  %42 = tail call float @llvm.floor.f32(float %mul43)
  %arrayidx45 = getelementptr inbounds i8, ptr %y.0280, i32 28
  %43 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %42, %43
  %add47 = fadd float %add41, %mul46
  %arrayidx48 = getelementptr inbounds i8, ptr %w.addr.1283, i32 12
  %44 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %add.ptr49 = getelementptr inbounds i8, ptr %y.0280, i32 32
  %45 = load float, ptr %add.ptr49, align 4, !tbaa !2
  %mul51 = fmul float %44, %45
  %add52 = fadd float %add47, %mul51
  %mul54 = fmul float %44, 3.906250e-03
  %46 = tail call float @llvm.floor.f32(float %mul54)
  %arrayidx56 = getelementptr inbounds i8, ptr %y.0280, i32 36
  %47 = load float, ptr %arrayidx56, align 4, !tbaa !2
  %mul57 = fmul float %46, %47
  %add58 = fadd float %add52, %mul57
  %mul60 = fmul float %44, 0x3EF0000000000000
  %48 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0280, i32 40
  %49 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %48, %49
  %add64 = fadd float %add58, %mul63
  %mul66 = fmul float %44, 0x3E70000000000000
  %50 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0280, i32 44
  %51 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %50, %51
  %add70 = fadd float %add64, %mul69
  %arrayidx71 = getelementptr inbounds i8, ptr %w.addr.1283, i32 16
  %52 = load float, ptr %arrayidx71, align 4, !tbaa !2
  %add.ptr72 = getelementptr inbounds i8, ptr %y.0280, i32 48
  %53 = load float, ptr %add.ptr72, align 4, !tbaa !2
  %mul74 = fmul float %52, %53
  %add75 = fadd float %add70, %mul74
  %mul77 = fmul float %52, 3.906250e-03
  %54 = tail call float @llvm.floor.f32(float %mul77)
  %arrayidx79 = getelementptr inbounds i8, ptr %y.0280, i32 52
  %55 = load float, ptr %arrayidx79, align 4, !tbaa !2
  %mul80 = fmul float %54, %55
  %add81 = fadd float %add75, %mul80
  %mul83 = fmul float %52, 0x3EF0000000000000
  %56 = tail call float @llvm.floor.f32(float %mul83)
  %arrayidx85 = getelementptr inbounds i8, ptr %y.0280, i32 56
  %57 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %mul86 = fmul float %56, %57
  %add87 = fadd float %add81, %mul86
  %mul89 = fmul float %52, 0x3E70000000000000
  %58 = tail call float @llvm.floor.f32(float %mul89)
  %arrayidx91 = getelementptr inbounds i8, ptr %y.0280, i32 60
  %59 = load float, ptr %arrayidx91, align 4, !tbaa !2
  %mul92 = fmul float %58, %59
  %add93 = fadd float %add87, %mul92
  %arrayidx94 = getelementptr inbounds i8, ptr %w.addr.1283, i32 20
  %60 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %add.ptr95 = getelementptr inbounds i8, ptr %y.0280, i32 64
  %61 = load float, ptr %add.ptr95, align 4, !tbaa !2
  %mul97 = fmul float %60, %61
  %add98 = fadd float %add93, %mul97
  %mul100 = fmul float %60, 3.906250e-03
  %62 = tail call float @llvm.floor.f32(float %mul100)
  %arrayidx102 = getelementptr inbounds i8, ptr %y.0280, i32 68
  %63 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %62, %63
  %add104 = fadd float %add98, %mul103
  %mul106 = fmul float %60, 0x3EF0000000000000
  %64 = tail call float @llvm.floor.f32(float %mul106)
  %arrayidx108 = getelementptr inbounds i8, ptr %y.0280, i32 72
  %65 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %mul109 = fmul float %64, %65
  %add110 = fadd float %add104, %mul109
  %mul112 = fmul float %60, 0x3E70000000000000
  %66 = tail call float @llvm.floor.f32(float %mul112)
  %arrayidx114 = getelementptr inbounds i8, ptr %y.0280, i32 76
  %67 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %66, %67
  %add116 = fadd float %add110, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1283, i32 24
  %68 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %add.ptr118 = getelementptr inbounds i8, ptr %y.0280, i32 80
  %69 = load float, ptr %add.ptr118, align 4, !tbaa !2
  %mul120 = fmul float %68, %69
  %add121 = fadd float %add116, %mul120
  %mul123 = fmul float %68, 3.906250e-03
  %70 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0280, i32 84
  %71 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %70, %71
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %68, 0x3EF0000000000000
  %72 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0280, i32 88
  %73 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %72, %73
  %add133 = fadd float %add127, %mul132
  %mul135 = fmul float %68, 0x3E70000000000000
  %74 = tail call float @llvm.floor.f32(float %mul135)
  %arrayidx137 = getelementptr inbounds i8, ptr %y.0280, i32 92
  %75 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %mul138 = fmul float %74, %75
  %add139 = fadd float %add133, %mul138
  %arrayidx140 = getelementptr inbounds i8, ptr %w.addr.1283, i32 28
  %76 = load float, ptr %arrayidx140, align 4, !tbaa !2
  %add.ptr141 = getelementptr inbounds i8, ptr %y.0280, i32 96
  %77 = load float, ptr %add.ptr141, align 4, !tbaa !2
  %mul143 = fmul float %76, %77
  %add144 = fadd float %add139, %mul143
  %mul146 = fmul float %76, 3.906250e-03
  %78 = tail call float @llvm.floor.f32(float %mul146)
  %arrayidx148 = getelementptr inbounds i8, ptr %y.0280, i32 100
  %79 = load float, ptr %arrayidx148, align 4, !tbaa !2
  %mul149 = fmul float %78, %79
  %add150 = fadd float %add144, %mul149
  %mul152 = fmul float %76, 0x3EF0000000000000
  %80 = tail call float @llvm.floor.f32(float %mul152)
  %arrayidx154 = getelementptr inbounds i8, ptr %y.0280, i32 104
  %81 = load float, ptr %arrayidx154, align 4, !tbaa !2
  %mul155 = fmul float %80, %81
  %add156 = fadd float %add150, %mul155
  %mul158 = fmul float %76, 0x3E70000000000000
  %82 = tail call float @llvm.floor.f32(float %mul158)
  %arrayidx160 = getelementptr inbounds i8, ptr %y.0280, i32 108
  %83 = load float, ptr %arrayidx160, align 4, !tbaa !2
  %mul161 = fmul float %82, %83
  %add162 = fadd float %add156, %mul161
  %arrayidx163 = getelementptr inbounds i8, ptr %w.addr.1283, i32 32
  %84 = load float, ptr %arrayidx163, align 4, !tbaa !2
  %add.ptr164 = getelementptr inbounds i8, ptr %y.0280, i32 112
  %85 = load float, ptr %add.ptr164, align 4, !tbaa !2
  %mul166 = fmul float %84, %85
  %add167 = fadd float %add162, %mul166
  %mul169 = fmul float %84, 3.906250e-03
  %86 = tail call float @llvm.floor.f32(float %mul169)
  %arrayidx171 = getelementptr inbounds i8, ptr %y.0280, i32 116
  %87 = load float, ptr %arrayidx171, align 4, !tbaa !2
  %mul172 = fmul float %86, %87
  %add173 = fadd float %add167, %mul172
  %mul175 = fmul float %84, 0x3EF0000000000000
  %88 = tail call float @llvm.floor.f32(float %mul175)
  %arrayidx177 = getelementptr inbounds i8, ptr %y.0280, i32 120
  %89 = load float, ptr %arrayidx177, align 4, !tbaa !2
  %mul178 = fmul float %88, %89
  %add179 = fadd float %add173, %mul178
  %mul181 = fmul float %84, 0x3E70000000000000
  %90 = tail call float @llvm.floor.f32(float %mul181)
  %arrayidx183 = getelementptr inbounds i8, ptr %y.0280, i32 124
  %91 = load float, ptr %arrayidx183, align 4, !tbaa !2
  %mul184 = fmul float %90, %91
  %add185 = fadd float %add179, %mul184
  %92 = load float, ptr %qsx.0281, align 4, !tbaa !2
  %sub187 = fsub float %add185, %92
  %mul188 = fmul float %27, %sub187
  %add189 = fadd float %acc.0279, %mul188
  %add.ptr190 = getelementptr inbounds i8, ptr %w.addr.1283, i32 36
  %add.ptr191 = getelementptr inbounds i8, ptr %y.0280, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %qsx.0281, i32 4
  %inc = add nuw nsw i32 %g.0282, 1
  %exitcond.not = icmp eq i32 %g.0282, %8
  br i1 %exitcond.not, label %q8_group.exit.loopexit, label %for.body4, !llvm.loop !99
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g8_l3(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp287 = icmp sgt i32 %d, 0
  br i1 %cmp287, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2278 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 36
  %3 = add i32 %2, -36
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep290 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep291 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup3
  %w.addr.0289 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr199, %for.cond.cleanup3 ]
  %i.0288 = phi i32 [ 0, %for.body.lr.ph ], [ %inc201, %for.cond.cleanup3 ]
  br i1 %cmp2278, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0289, i32 %3
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add189, %for.cond.cleanup3.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep290, %for.cond.cleanup3.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep291, %for.cond.cleanup3.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0289, %for.body ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %9 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %add.ptr193 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %10 = load float, ptr %add.ptr193, align 4, !tbaa !2
  %11 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul285.i = fmul float %10, %11
  %add286.i = fadd float %mul285.i, 0.000000e+00
  %mul288.i = fmul float %10, 3.906250e-03
  %12 = tail call float @llvm.floor.f32(float %mul288.i)
  %arrayidx290.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %13 = load float, ptr %arrayidx290.i, align 4, !tbaa !2
  %mul291.i = fmul float %12, %13
  %add292.i = fadd float %add286.i, %mul291.i
  %mul294.i = fmul float %10, 0x3EF0000000000000
  %14 = tail call float @llvm.floor.f32(float %mul294.i)
  %arrayidx296.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %15 = load float, ptr %arrayidx296.i, align 4, !tbaa !2
  %mul297.i = fmul float %14, %15
  %add298.i = fadd float %add292.i, %mul297.i
  %mul300.i = fmul float %10, 0x3E70000000000000
  %16 = tail call float @llvm.floor.f32(float %mul300.i)
  %arrayidx302.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %17 = load float, ptr %arrayidx302.i, align 4, !tbaa !2
  %mul303.i = fmul float %16, %17
  %add304.i = fadd float %add298.i, %mul303.i
  %arrayidx305.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %18 = load float, ptr %arrayidx305.i, align 4, !tbaa !2
  %add.ptr306.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 16
  %19 = load float, ptr %add.ptr306.i, align 4, !tbaa !2
  %mul308.i = fmul float %18, %19
  %add309.i = fadd float %add304.i, %mul308.i
  %mul311.i = fmul float %18, 3.906250e-03
  %20 = tail call float @llvm.floor.f32(float %mul311.i)
  %arrayidx313.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 20
  %21 = load float, ptr %arrayidx313.i, align 4, !tbaa !2
  %mul314.i = fmul float %20, %21
  %add315.i = fadd float %add309.i, %mul314.i
  %mul317.i = fmul float %18, 0x3EF0000000000000
  %22 = tail call float @llvm.floor.f32(float %mul317.i)
  %arrayidx319.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 24
  %23 = load float, ptr %arrayidx319.i, align 4, !tbaa !2
  %mul320.i = fmul float %22, %23
  %add321.i = fadd float %add315.i, %mul320.i
  %mul323.i = fmul float %18, 0x3E70000000000000
  %24 = tail call float @llvm.floor.f32(float %mul323.i)
  %arrayidx325.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 28
  %25 = load float, ptr %arrayidx325.i, align 4, !tbaa !2
  %mul326.i = fmul float %24, %25
  %add327.i = fadd float %add321.i, %mul326.i
  %add.ptr328.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %add.ptr329.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 32
  %26 = load float, ptr %add.ptr328.i, align 4, !tbaa !2
  %27 = load float, ptr %add.ptr329.i, align 4, !tbaa !2
  %mul337.i = fmul float %26, %27
  %add338.i = fadd float %add327.i, %mul337.i
  %mul340.i = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul340.i)
  %arrayidx342.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 36
  %29 = load float, ptr %arrayidx342.i, align 4, !tbaa !2
  %mul343.i = fmul float %28, %29
  %add344.i = fadd float %add338.i, %mul343.i
  %mul346.i = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul346.i)
  %arrayidx348.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 40
  %31 = load float, ptr %arrayidx348.i, align 4, !tbaa !2
  %mul349.i = fmul float %30, %31
  %add350.i = fadd float %add344.i, %mul349.i
  %mul352.i = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul352.i)
  %arrayidx354.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 44
  %33 = load float, ptr %arrayidx354.i, align 4, !tbaa !2
  %mul355.i = fmul float %32, %33
  %add356.i = fadd float %add350.i, %mul355.i
  %34 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub195 = fsub float %add356.i, %34
  %mul196 = fmul float %9, %sub195
  %add197 = fadd float %acc.0.lcssa, %mul196
  %arrayidx198 = getelementptr inbounds float, ptr %out, i32 %i.0288
  store float %add197, ptr %arrayidx198, align 4, !tbaa !2
  %add.ptr199 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %inc201 = add nuw nsw i32 %i.0288, 1
  %exitcond292.not = icmp eq i32 %inc201, %d
  br i1 %exitcond292.not, label %for.cond.cleanup, label %for.body, !llvm.loop !100

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1283 = phi ptr [ %add.ptr190, %for.body4 ], [ %w.addr.0289, %for.body ]
  %g.0282 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0281 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %y.0280 = phi ptr [ %add.ptr191, %for.body4 ], [ %0, %for.body ]
  %acc.0279 = phi float [ %add189, %for.body4 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1283, i32 4
  %35 = load float, ptr %w.addr.1283, align 4, !tbaa !2
  %36 = load float, ptr %add.ptr, align 4, !tbaa !2
  %37 = load float, ptr %y.0280, align 4, !tbaa !2
  %mul = fmul float %36, %37
  %mul9 = fmul float %36, 3.906250e-03
  %38 = tail call float @llvm.floor.f32(float %mul9)
  %arrayidx11 = getelementptr inbounds i8, ptr %y.0280, i32 4
  %39 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %mul12 = fmul float %38, %39
  %add = fadd float %mul, %mul12
  %mul14 = fmul float %36, 0x3EF0000000000000
  %40 = tail call float @llvm.floor.f32(float %mul14)
  %arrayidx16 = getelementptr inbounds i8, ptr %y.0280, i32 8
  %41 = load float, ptr %arrayidx16, align 4, !tbaa !2
  %mul17 = fmul float %40, %41
  %add18 = fadd float %add, %mul17
  %mul20 = fmul float %36, 0x3E70000000000000
  %42 = tail call float @llvm.floor.f32(float %mul20)
  %arrayidx22 = getelementptr inbounds i8, ptr %y.0280, i32 12
  %43 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %42, %43
  %add24 = fadd float %add18, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1283, i32 8
  %44 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %add.ptr26 = getelementptr inbounds i8, ptr %y.0280, i32 16
  %45 = load float, ptr %add.ptr26, align 4, !tbaa !2
  %mul28 = fmul float %44, %45
  %add29 = fadd float %add24, %mul28
  %mul31 = fmul float %44, 3.906250e-03
  %46 = tail call float @llvm.floor.f32(float %mul31)
  %arrayidx33 = getelementptr inbounds i8, ptr %y.0280, i32 20
  %47 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %mul34 = fmul float %46, %47
  %add35 = fadd float %add29, %mul34
  %mul37 = fmul float %44, 0x3EF0000000000000
  %48 = tail call float @llvm.floor.f32(float %mul37)
  %arrayidx39 = getelementptr inbounds i8, ptr %y.0280, i32 24
  %49 = load float, ptr %arrayidx39, align 4, !tbaa !2
  %mul40 = fmul float %48, %49
  %add41 = fadd float %add35, %mul40
  %mul43 = fmul float %44, 0x3E70000000000000
  %50 = tail call float @llvm.floor.f32(float %mul43)
  %arrayidx45 = getelementptr inbounds i8, ptr %y.0280, i32 28
  %51 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %50, %51
  %add47 = fadd float %add41, %mul46
  %arrayidx48 = getelementptr inbounds i8, ptr %w.addr.1283, i32 12
  %52 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %add.ptr49 = getelementptr inbounds i8, ptr %y.0280, i32 32
  %53 = load float, ptr %add.ptr49, align 4, !tbaa !2
  %mul51 = fmul float %52, %53
  %add52 = fadd float %add47, %mul51
  %mul54 = fmul float %52, 3.906250e-03
  %54 = tail call float @llvm.floor.f32(float %mul54)
  %arrayidx56 = getelementptr inbounds i8, ptr %y.0280, i32 36
  %55 = load float, ptr %arrayidx56, align 4, !tbaa !2
  %mul57 = fmul float %54, %55
  %add58 = fadd float %add52, %mul57
  %mul60 = fmul float %52, 0x3EF0000000000000
  %56 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0280, i32 40
  %57 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %56, %57
  %add64 = fadd float %add58, %mul63
  %mul66 = fmul float %52, 0x3E70000000000000
  %58 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0280, i32 44
  %59 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %58, %59
  %add70 = fadd float %add64, %mul69
  %arrayidx71 = getelementptr inbounds i8, ptr %w.addr.1283, i32 16
  %60 = load float, ptr %arrayidx71, align 4, !tbaa !2
  %add.ptr72 = getelementptr inbounds i8, ptr %y.0280, i32 48
  %61 = load float, ptr %add.ptr72, align 4, !tbaa !2
  %mul74 = fmul float %60, %61
  %add75 = fadd float %add70, %mul74
  %mul77 = fmul float %60, 3.906250e-03
  %62 = tail call float @llvm.floor.f32(float %mul77)
  %arrayidx79 = getelementptr inbounds i8, ptr %y.0280, i32 52
  %63 = load float, ptr %arrayidx79, align 4, !tbaa !2
  %mul80 = fmul float %62, %63
  %add81 = fadd float %add75, %mul80
  %mul83 = fmul float %60, 0x3EF0000000000000
  %64 = tail call float @llvm.floor.f32(float %mul83)
  %arrayidx85 = getelementptr inbounds i8, ptr %y.0280, i32 56
  %65 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %mul86 = fmul float %64, %65
  %add87 = fadd float %add81, %mul86
  %mul89 = fmul float %60, 0x3E70000000000000
  %66 = tail call float @llvm.floor.f32(float %mul89)
  %arrayidx91 = getelementptr inbounds i8, ptr %y.0280, i32 60
  %67 = load float, ptr %arrayidx91, align 4, !tbaa !2
  %mul92 = fmul float %66, %67
  %add93 = fadd float %add87, %mul92
  %arrayidx94 = getelementptr inbounds i8, ptr %w.addr.1283, i32 20
  %68 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %add.ptr95 = getelementptr inbounds i8, ptr %y.0280, i32 64
  %69 = load float, ptr %add.ptr95, align 4, !tbaa !2
  %mul97 = fmul float %68, %69
  %add98 = fadd float %add93, %mul97
  %mul100 = fmul float %68, 3.906250e-03
  %70 = tail call float @llvm.floor.f32(float %mul100)
  %arrayidx102 = getelementptr inbounds i8, ptr %y.0280, i32 68
  %71 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %70, %71
  %add104 = fadd float %add98, %mul103
  %mul106 = fmul float %68, 0x3EF0000000000000
  %72 = tail call float @llvm.floor.f32(float %mul106)
  %arrayidx108 = getelementptr inbounds i8, ptr %y.0280, i32 72
  %73 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %mul109 = fmul float %72, %73
  %add110 = fadd float %add104, %mul109
  %mul112 = fmul float %68, 0x3E70000000000000
  %74 = tail call float @llvm.floor.f32(float %mul112)
  %arrayidx114 = getelementptr inbounds i8, ptr %y.0280, i32 76
  %75 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %74, %75
  %add116 = fadd float %add110, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1283, i32 24
  %76 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %add.ptr118 = getelementptr inbounds i8, ptr %y.0280, i32 80
  %77 = load float, ptr %add.ptr118, align 4, !tbaa !2
  %mul120 = fmul float %76, %77
  %add121 = fadd float %add116, %mul120
  %mul123 = fmul float %76, 3.906250e-03
  %78 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0280, i32 84
  %79 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %78, %79
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %76, 0x3EF0000000000000
  %80 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0280, i32 88
  %81 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %80, %81
  %add133 = fadd float %add127, %mul132
  %mul135 = fmul float %76, 0x3E70000000000000
  %82 = tail call float @llvm.floor.f32(float %mul135)
  %arrayidx137 = getelementptr inbounds i8, ptr %y.0280, i32 92
  %83 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %mul138 = fmul float %82, %83
  %add139 = fadd float %add133, %mul138
  %arrayidx140 = getelementptr inbounds i8, ptr %w.addr.1283, i32 28
  %84 = load float, ptr %arrayidx140, align 4, !tbaa !2
  %add.ptr141 = getelementptr inbounds i8, ptr %y.0280, i32 96
  %85 = load float, ptr %add.ptr141, align 4, !tbaa !2
  %mul143 = fmul float %84, %85
  %add144 = fadd float %add139, %mul143
  %mul146 = fmul float %84, 3.906250e-03
  %86 = tail call float @llvm.floor.f32(float %mul146)
  %arrayidx148 = getelementptr inbounds i8, ptr %y.0280, i32 100
  %87 = load float, ptr %arrayidx148, align 4, !tbaa !2
  %mul149 = fmul float %86, %87
  %add150 = fadd float %add144, %mul149
  %mul152 = fmul float %84, 0x3EF0000000000000
  %88 = tail call float @llvm.floor.f32(float %mul152)
  %arrayidx154 = getelementptr inbounds i8, ptr %y.0280, i32 104
  %89 = load float, ptr %arrayidx154, align 4, !tbaa !2
  %mul155 = fmul float %88, %89
  %add156 = fadd float %add150, %mul155
  %mul158 = fmul float %84, 0x3E70000000000000
  %90 = tail call float @llvm.floor.f32(float %mul158)
  %arrayidx160 = getelementptr inbounds i8, ptr %y.0280, i32 108
  %91 = load float, ptr %arrayidx160, align 4, !tbaa !2
  %mul161 = fmul float %90, %91
  %add162 = fadd float %add156, %mul161
  %arrayidx163 = getelementptr inbounds i8, ptr %w.addr.1283, i32 32
  %92 = load float, ptr %arrayidx163, align 4, !tbaa !2
  %add.ptr164 = getelementptr inbounds i8, ptr %y.0280, i32 112
  %93 = load float, ptr %add.ptr164, align 4, !tbaa !2
  %mul166 = fmul float %92, %93
  %add167 = fadd float %add162, %mul166
  %mul169 = fmul float %92, 3.906250e-03
  %94 = tail call float @llvm.floor.f32(float %mul169)
  %arrayidx171 = getelementptr inbounds i8, ptr %y.0280, i32 116
  %95 = load float, ptr %arrayidx171, align 4, !tbaa !2
  %mul172 = fmul float %94, %95
  %add173 = fadd float %add167, %mul172
  %mul175 = fmul float %92, 0x3EF0000000000000
  %96 = tail call float @llvm.floor.f32(float %mul175)
  %arrayidx177 = getelementptr inbounds i8, ptr %y.0280, i32 120
  %97 = load float, ptr %arrayidx177, align 4, !tbaa !2
  %mul178 = fmul float %96, %97
  %add179 = fadd float %add173, %mul178
  %mul181 = fmul float %92, 0x3E70000000000000
  %98 = tail call float @llvm.floor.f32(float %mul181)
  %arrayidx183 = getelementptr inbounds i8, ptr %y.0280, i32 124
  %99 = load float, ptr %arrayidx183, align 4, !tbaa !2
  %mul184 = fmul float %98, %99
  %add185 = fadd float %add179, %mul184
  %100 = load float, ptr %qsx.0281, align 4, !tbaa !2
  %sub187 = fsub float %add185, %100
  %mul188 = fmul float %35, %sub187
  %add189 = fadd float %acc.0279, %mul188
  %add.ptr190 = getelementptr inbounds i8, ptr %w.addr.1283, i32 36
  %add.ptr191 = getelementptr inbounds i8, ptr %y.0280, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %qsx.0281, i32 4
  %inc = add nuw nsw i32 %g.0282, 1
  %exitcond.not = icmp eq i32 %g.0282, %8
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !101
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g8_l4(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp287 = icmp sgt i32 %d, 0
  br i1 %cmp287, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2278 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 36
  %3 = add i32 %2, -36
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep290 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep291 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup3
  %w.addr.0289 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr199, %for.cond.cleanup3 ]
  %i.0288 = phi i32 [ 0, %for.body.lr.ph ], [ %inc201, %for.cond.cleanup3 ]
  br i1 %cmp2278, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0289, i32 %3
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add189, %for.cond.cleanup3.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep290, %for.cond.cleanup3.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep291, %for.cond.cleanup3.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0289, %for.body ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %9 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %add.ptr193 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %10 = load float, ptr %add.ptr193, align 4, !tbaa !2
  %11 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul188.i = fmul float %10, %11
  %add189.i = fadd float %mul188.i, 0.000000e+00
  %mul191.i = fmul float %10, 3.906250e-03
  %12 = tail call float @llvm.floor.f32(float %mul191.i)
  %arrayidx193.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %13 = load float, ptr %arrayidx193.i, align 4, !tbaa !2
  %mul194.i = fmul float %12, %13
  %add195.i = fadd float %add189.i, %mul194.i
  %mul197.i = fmul float %10, 0x3EF0000000000000
  %14 = tail call float @llvm.floor.f32(float %mul197.i)
  %arrayidx199.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %15 = load float, ptr %arrayidx199.i, align 4, !tbaa !2
  %mul200.i = fmul float %14, %15
  %add201.i = fadd float %add195.i, %mul200.i
  %mul203.i = fmul float %10, 0x3E70000000000000
  %16 = tail call float @llvm.floor.f32(float %mul203.i)
  %arrayidx205.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %17 = load float, ptr %arrayidx205.i, align 4, !tbaa !2
  %mul206.i = fmul float %16, %17
  %add207.i = fadd float %add201.i, %mul206.i
  %arrayidx208.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %18 = load float, ptr %arrayidx208.i, align 4, !tbaa !2
  %add.ptr209.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 16
  %19 = load float, ptr %add.ptr209.i, align 4, !tbaa !2
  %mul211.i = fmul float %18, %19
  %add212.i = fadd float %add207.i, %mul211.i
  %mul214.i = fmul float %18, 3.906250e-03
  %20 = tail call float @llvm.floor.f32(float %mul214.i)
  %arrayidx216.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 20
  %21 = load float, ptr %arrayidx216.i, align 4, !tbaa !2
  %mul217.i = fmul float %20, %21
  %add218.i = fadd float %add212.i, %mul217.i
  %mul220.i = fmul float %18, 0x3EF0000000000000
  %22 = tail call float @llvm.floor.f32(float %mul220.i)
  %arrayidx222.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 24
  %23 = load float, ptr %arrayidx222.i, align 4, !tbaa !2
  %mul223.i = fmul float %22, %23
  %add224.i = fadd float %add218.i, %mul223.i
  %mul226.i = fmul float %18, 0x3E70000000000000
  %24 = tail call float @llvm.floor.f32(float %mul226.i)
  %arrayidx228.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 28
  %25 = load float, ptr %arrayidx228.i, align 4, !tbaa !2
  %mul229.i = fmul float %24, %25
  %add230.i = fadd float %add224.i, %mul229.i
  %arrayidx231.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %26 = load float, ptr %arrayidx231.i, align 4, !tbaa !2
  %add.ptr232.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 32
  %27 = load float, ptr %add.ptr232.i, align 4, !tbaa !2
  %mul234.i = fmul float %26, %27
  %add235.i = fadd float %add230.i, %mul234.i
  %mul237.i = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul237.i)
  %arrayidx239.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 36
  %29 = load float, ptr %arrayidx239.i, align 4, !tbaa !2
  %mul240.i = fmul float %28, %29
  %add241.i = fadd float %add235.i, %mul240.i
  %mul243.i = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul243.i)
  %arrayidx245.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 40
  %31 = load float, ptr %arrayidx245.i, align 4, !tbaa !2
  %mul246.i = fmul float %30, %31
  %add247.i = fadd float %add241.i, %mul246.i
  %mul249.i = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul249.i)
  %arrayidx251.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 44
  %33 = load float, ptr %arrayidx251.i, align 4, !tbaa !2
  %mul252.i = fmul float %32, %33
  %add253.i = fadd float %add247.i, %mul252.i
  %arrayidx254.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %34 = load float, ptr %arrayidx254.i, align 4, !tbaa !2
  %add.ptr255.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 48
  %35 = load float, ptr %add.ptr255.i, align 4, !tbaa !2
  %mul257.i = fmul float %34, %35
  %add258.i = fadd float %add253.i, %mul257.i
  %mul260.i = fmul float %34, 3.906250e-03
  %36 = tail call float @llvm.floor.f32(float %mul260.i)
  %arrayidx262.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 52
  %37 = load float, ptr %arrayidx262.i, align 4, !tbaa !2
  %mul263.i = fmul float %36, %37
  %add264.i = fadd float %add258.i, %mul263.i
  %mul266.i = fmul float %34, 0x3EF0000000000000
  %38 = tail call float @llvm.floor.f32(float %mul266.i)
  %arrayidx268.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 56
  %39 = load float, ptr %arrayidx268.i, align 4, !tbaa !2
  %mul269.i = fmul float %38, %39
  %add270.i = fadd float %add264.i, %mul269.i
  %mul272.i = fmul float %34, 0x3E70000000000000
  %40 = tail call float @llvm.floor.f32(float %mul272.i)
  %arrayidx274.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 60
  %41 = load float, ptr %arrayidx274.i, align 4, !tbaa !2
  %mul275.i = fmul float %40, %41
  %add276.i = fadd float %add270.i, %mul275.i
  %42 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub195 = fsub float %add276.i, %42
  %mul196 = fmul float %9, %sub195
  %add197 = fadd float %acc.0.lcssa, %mul196
  %arrayidx198 = getelementptr inbounds float, ptr %out, i32 %i.0288
  store float %add197, ptr %arrayidx198, align 4, !tbaa !2
  %add.ptr199 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %inc201 = add nuw nsw i32 %i.0288, 1
  %exitcond292.not = icmp eq i32 %inc201, %d
  br i1 %exitcond292.not, label %for.cond.cleanup, label %for.body, !llvm.loop !102

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1283 = phi ptr [ %add.ptr190, %for.body4 ], [ %w.addr.0289, %for.body ]
  %g.0282 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0281 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %y.0280 = phi ptr [ %add.ptr191, %for.body4 ], [ %0, %for.body ]
  %acc.0279 = phi float [ %add189, %for.body4 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1283, i32 4
  %43 = load float, ptr %w.addr.1283, align 4, !tbaa !2
  %44 = load float, ptr %add.ptr, align 4, !tbaa !2
  %45 = load float, ptr %y.0280, align 4, !tbaa !2
  %mul = fmul float %44, %45
  %mul9 = fmul float %44, 3.906250e-03
  %46 = tail call float @llvm.floor.f32(float %mul9)
  %arrayidx11 = getelementptr inbounds i8, ptr %y.0280, i32 4
  %47 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %mul12 = fmul float %46, %47
  %add = fadd float %mul, %mul12
  %mul14 = fmul float %44, 0x3EF0000000000000
  %48 = tail call float @llvm.floor.f32(float %mul14)
  %arrayidx16 = getelementptr inbounds i8, ptr %y.0280, i32 8
  %49 = load float, ptr %arrayidx16, align 4, !tbaa !2
  %mul17 = fmul float %48, %49
  %add18 = fadd float %add, %mul17
  %mul20 = fmul float %44, 0x3E70000000000000
  %50 = tail call float @llvm.floor.f32(float %mul20)
  %arrayidx22 = getelementptr inbounds i8, ptr %y.0280, i32 12
  %51 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %50, %51
  %add24 = fadd float %add18, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1283, i32 8
  %52 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %add.ptr26 = getelementptr inbounds i8, ptr %y.0280, i32 16
  %53 = load float, ptr %add.ptr26, align 4, !tbaa !2
  %mul28 = fmul float %52, %53
  %add29 = fadd float %add24, %mul28
  %mul31 = fmul float %52, 3.906250e-03
  %54 = tail call float @llvm.floor.f32(float %mul31)
  %arrayidx33 = getelementptr inbounds i8, ptr %y.0280, i32 20
  %55 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %mul34 = fmul float %54, %55
  %add35 = fadd float %add29, %mul34
  %mul37 = fmul float %52, 0x3EF0000000000000
  %56 = tail call float @llvm.floor.f32(float %mul37)
  %arrayidx39 = getelementptr inbounds i8, ptr %y.0280, i32 24
  %57 = load float, ptr %arrayidx39, align 4, !tbaa !2
  %mul40 = fmul float %56, %57
  %add41 = fadd float %add35, %mul40
  %mul43 = fmul float %52, 0x3E70000000000000
  %58 = tail call float @llvm.floor.f32(float %mul43)
  %arrayidx45 = getelementptr inbounds i8, ptr %y.0280, i32 28
  %59 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %58, %59
  %add47 = fadd float %add41, %mul46
  %arrayidx48 = getelementptr inbounds i8, ptr %w.addr.1283, i32 12
  %60 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %add.ptr49 = getelementptr inbounds i8, ptr %y.0280, i32 32
  %61 = load float, ptr %add.ptr49, align 4, !tbaa !2
  %mul51 = fmul float %60, %61
  %add52 = fadd float %add47, %mul51
  %mul54 = fmul float %60, 3.906250e-03
  %62 = tail call float @llvm.floor.f32(float %mul54)
  %arrayidx56 = getelementptr inbounds i8, ptr %y.0280, i32 36
  %63 = load float, ptr %arrayidx56, align 4, !tbaa !2
  %mul57 = fmul float %62, %63
  %add58 = fadd float %add52, %mul57
  %mul60 = fmul float %60, 0x3EF0000000000000
  %64 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0280, i32 40
  %65 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %64, %65
  %add64 = fadd float %add58, %mul63
  %mul66 = fmul float %60, 0x3E70000000000000
  %66 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0280, i32 44
  %67 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %66, %67
  %add70 = fadd float %add64, %mul69
  %arrayidx71 = getelementptr inbounds i8, ptr %w.addr.1283, i32 16
  %68 = load float, ptr %arrayidx71, align 4, !tbaa !2
  %add.ptr72 = getelementptr inbounds i8, ptr %y.0280, i32 48
  %69 = load float, ptr %add.ptr72, align 4, !tbaa !2
  %mul74 = fmul float %68, %69
  %add75 = fadd float %add70, %mul74
  %mul77 = fmul float %68, 3.906250e-03
  %70 = tail call float @llvm.floor.f32(float %mul77)
  %arrayidx79 = getelementptr inbounds i8, ptr %y.0280, i32 52
  %71 = load float, ptr %arrayidx79, align 4, !tbaa !2
  %mul80 = fmul float %70, %71
  %add81 = fadd float %add75, %mul80
  %mul83 = fmul float %68, 0x3EF0000000000000
  %72 = tail call float @llvm.floor.f32(float %mul83)
  %arrayidx85 = getelementptr inbounds i8, ptr %y.0280, i32 56
  %73 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %mul86 = fmul float %72, %73
  %add87 = fadd float %add81, %mul86
  %mul89 = fmul float %68, 0x3E70000000000000
  %74 = tail call float @llvm.floor.f32(float %mul89)
  %arrayidx91 = getelementptr inbounds i8, ptr %y.0280, i32 60
  %75 = load float, ptr %arrayidx91, align 4, !tbaa !2
  %mul92 = fmul float %74, %75
  %add93 = fadd float %add87, %mul92
  %arrayidx94 = getelementptr inbounds i8, ptr %w.addr.1283, i32 20
  %76 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %add.ptr95 = getelementptr inbounds i8, ptr %y.0280, i32 64
  %77 = load float, ptr %add.ptr95, align 4, !tbaa !2
  %mul97 = fmul float %76, %77
  %add98 = fadd float %add93, %mul97
  %mul100 = fmul float %76, 3.906250e-03
  %78 = tail call float @llvm.floor.f32(float %mul100)
  %arrayidx102 = getelementptr inbounds i8, ptr %y.0280, i32 68
  %79 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %78, %79
  %add104 = fadd float %add98, %mul103
  %mul106 = fmul float %76, 0x3EF0000000000000
  %80 = tail call float @llvm.floor.f32(float %mul106)
  %arrayidx108 = getelementptr inbounds i8, ptr %y.0280, i32 72
  %81 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %mul109 = fmul float %80, %81
  %add110 = fadd float %add104, %mul109
  %mul112 = fmul float %76, 0x3E70000000000000
  %82 = tail call float @llvm.floor.f32(float %mul112)
  %arrayidx114 = getelementptr inbounds i8, ptr %y.0280, i32 76
  %83 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %82, %83
  %add116 = fadd float %add110, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1283, i32 24
  %84 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %add.ptr118 = getelementptr inbounds i8, ptr %y.0280, i32 80
  %85 = load float, ptr %add.ptr118, align 4, !tbaa !2
  %mul120 = fmul float %84, %85
  %add121 = fadd float %add116, %mul120
  %mul123 = fmul float %84, 3.906250e-03
  %86 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0280, i32 84
  %87 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %86, %87
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %84, 0x3EF0000000000000
  %88 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0280, i32 88
  %89 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %88, %89
  %add133 = fadd float %add127, %mul132
  %mul135 = fmul float %84, 0x3E70000000000000
  %90 = tail call float @llvm.floor.f32(float %mul135)
  %arrayidx137 = getelementptr inbounds i8, ptr %y.0280, i32 92
  %91 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %mul138 = fmul float %90, %91
  %add139 = fadd float %add133, %mul138
  %arrayidx140 = getelementptr inbounds i8, ptr %w.addr.1283, i32 28
  %92 = load float, ptr %arrayidx140, align 4, !tbaa !2
  %add.ptr141 = getelementptr inbounds i8, ptr %y.0280, i32 96
  %93 = load float, ptr %add.ptr141, align 4, !tbaa !2
  %mul143 = fmul float %92, %93
  %add144 = fadd float %add139, %mul143
  %mul146 = fmul float %92, 3.906250e-03
  %94 = tail call float @llvm.floor.f32(float %mul146)
  %arrayidx148 = getelementptr inbounds i8, ptr %y.0280, i32 100
  %95 = load float, ptr %arrayidx148, align 4, !tbaa !2
  %mul149 = fmul float %94, %95
  %add150 = fadd float %add144, %mul149
  %mul152 = fmul float %92, 0x3EF0000000000000
  %96 = tail call float @llvm.floor.f32(float %mul152)
  %arrayidx154 = getelementptr inbounds i8, ptr %y.0280, i32 104
  %97 = load float, ptr %arrayidx154, align 4, !tbaa !2
  %mul155 = fmul float %96, %97
  %add156 = fadd float %add150, %mul155
  %mul158 = fmul float %92, 0x3E70000000000000
  %98 = tail call float @llvm.floor.f32(float %mul158)
  %arrayidx160 = getelementptr inbounds i8, ptr %y.0280, i32 108
  %99 = load float, ptr %arrayidx160, align 4, !tbaa !2
  %mul161 = fmul float %98, %99
  %add162 = fadd float %add156, %mul161
  %arrayidx163 = getelementptr inbounds i8, ptr %w.addr.1283, i32 32
  %100 = load float, ptr %arrayidx163, align 4, !tbaa !2
  %add.ptr164 = getelementptr inbounds i8, ptr %y.0280, i32 112
  %101 = load float, ptr %add.ptr164, align 4, !tbaa !2
  %mul166 = fmul float %100, %101
  %add167 = fadd float %add162, %mul166
  %mul169 = fmul float %100, 3.906250e-03
  %102 = tail call float @llvm.floor.f32(float %mul169)
  %arrayidx171 = getelementptr inbounds i8, ptr %y.0280, i32 116
  %103 = load float, ptr %arrayidx171, align 4, !tbaa !2
  %mul172 = fmul float %102, %103
  %add173 = fadd float %add167, %mul172
  %mul175 = fmul float %100, 0x3EF0000000000000
  %104 = tail call float @llvm.floor.f32(float %mul175)
  %arrayidx177 = getelementptr inbounds i8, ptr %y.0280, i32 120
  %105 = load float, ptr %arrayidx177, align 4, !tbaa !2
  %mul178 = fmul float %104, %105
  %add179 = fadd float %add173, %mul178
  %mul181 = fmul float %100, 0x3E70000000000000
  %106 = tail call float @llvm.floor.f32(float %mul181)
  %arrayidx183 = getelementptr inbounds i8, ptr %y.0280, i32 124
  %107 = load float, ptr %arrayidx183, align 4, !tbaa !2
  %mul184 = fmul float %106, %107
  %add185 = fadd float %add179, %mul184
  %108 = load float, ptr %qsx.0281, align 4, !tbaa !2
  %sub187 = fsub float %add185, %108
  %mul188 = fmul float %43, %sub187
  %add189 = fadd float %acc.0279, %mul188
  %add.ptr190 = getelementptr inbounds i8, ptr %w.addr.1283, i32 36
  %add.ptr191 = getelementptr inbounds i8, ptr %y.0280, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %qsx.0281, i32 4
  %inc = add nuw nsw i32 %g.0282, 1
  %exitcond.not = icmp eq i32 %g.0282, %8
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !103
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g8_l5(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp287 = icmp sgt i32 %d, 0
  br i1 %cmp287, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2278 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 36
  %3 = add i32 %2, -36
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep290 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep291 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %q8_group.exit, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %q8_group.exit
  %w.addr.0289 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr199, %q8_group.exit ]
  %i.0288 = phi i32 [ 0, %for.body.lr.ph ], [ %inc201, %q8_group.exit ]
  br i1 %cmp2278, label %for.body4, label %q8_group.exit

q8_group.exit.loopexit:                           ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0289, i32 %3
  br label %q8_group.exit

q8_group.exit:                                    ; preds = %q8_group.exit.loopexit, %for.body
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add189, %q8_group.exit.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep290, %q8_group.exit.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep291, %q8_group.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0289, %for.body ], [ %scevgep, %q8_group.exit.loopexit ]
  %9 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %add.ptr193 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %10 = load float, ptr %add.ptr193, align 4, !tbaa !2
  %11 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul188.i = fmul float %10, %11
  %add189.i = fadd float %mul188.i, 0.000000e+00
  %mul191.i = fmul float %10, 3.906250e-03
  %12 = tail call float @llvm.floor.f32(float %mul191.i)
  %arrayidx193.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %13 = load float, ptr %arrayidx193.i, align 4, !tbaa !2
  %mul194.i = fmul float %12, %13
  %add195.i = fadd float %add189.i, %mul194.i
  %mul197.i = fmul float %10, 0x3EF0000000000000
  %14 = tail call float @llvm.floor.f32(float %mul197.i)
  %arrayidx199.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %15 = load float, ptr %arrayidx199.i, align 4, !tbaa !2
  %mul200.i = fmul float %14, %15
  %add201.i = fadd float %add195.i, %mul200.i
  %mul203.i = fmul float %10, 0x3E70000000000000
  %16 = tail call float @llvm.floor.f32(float %mul203.i)
  %arrayidx205.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %17 = load float, ptr %arrayidx205.i, align 4, !tbaa !2
  %mul206.i = fmul float %16, %17
  %add207.i = fadd float %add201.i, %mul206.i
  %arrayidx208.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %18 = load float, ptr %arrayidx208.i, align 4, !tbaa !2
  %add.ptr209.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 16
  %19 = load float, ptr %add.ptr209.i, align 4, !tbaa !2
  %mul211.i = fmul float %18, %19
  %add212.i = fadd float %add207.i, %mul211.i
  %mul214.i = fmul float %18, 3.906250e-03
  %20 = tail call float @llvm.floor.f32(float %mul214.i)
  %arrayidx216.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 20
  %21 = load float, ptr %arrayidx216.i, align 4, !tbaa !2
  %mul217.i = fmul float %20, %21
  %add218.i = fadd float %add212.i, %mul217.i
  %mul220.i = fmul float %18, 0x3EF0000000000000
  %22 = tail call float @llvm.floor.f32(float %mul220.i)
  %arrayidx222.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 24
  %23 = load float, ptr %arrayidx222.i, align 4, !tbaa !2
  %mul223.i = fmul float %22, %23
  %add224.i = fadd float %add218.i, %mul223.i
  %mul226.i = fmul float %18, 0x3E70000000000000
  %24 = tail call float @llvm.floor.f32(float %mul226.i)
  %arrayidx228.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 28
  %25 = load float, ptr %arrayidx228.i, align 4, !tbaa !2
  %mul229.i = fmul float %24, %25
  %add230.i = fadd float %add224.i, %mul229.i
  %arrayidx231.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %26 = load float, ptr %arrayidx231.i, align 4, !tbaa !2
  %add.ptr232.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 32
  %27 = load float, ptr %add.ptr232.i, align 4, !tbaa !2
  %mul234.i = fmul float %26, %27
  %add235.i = fadd float %add230.i, %mul234.i
  %mul237.i = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul237.i)
  %arrayidx239.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 36
  %29 = load float, ptr %arrayidx239.i, align 4, !tbaa !2
  %mul240.i = fmul float %28, %29
  %add241.i = fadd float %add235.i, %mul240.i
  %mul243.i = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul243.i)
  %arrayidx245.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 40
  %31 = load float, ptr %arrayidx245.i, align 4, !tbaa !2
  %mul246.i = fmul float %30, %31
  %add247.i = fadd float %add241.i, %mul246.i
  %mul249.i = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul249.i)
  %arrayidx251.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 44
  %33 = load float, ptr %arrayidx251.i, align 4, !tbaa !2
  %mul252.i = fmul float %32, %33
  %add253.i = fadd float %add247.i, %mul252.i
  %arrayidx254.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %34 = load float, ptr %arrayidx254.i, align 4, !tbaa !2
  %add.ptr255.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 48
  %35 = load float, ptr %add.ptr255.i, align 4, !tbaa !2
  %mul257.i = fmul float %34, %35
  %add258.i = fadd float %add253.i, %mul257.i
  %mul260.i = fmul float %34, 3.906250e-03
  %36 = tail call float @llvm.floor.f32(float %mul260.i)
  %arrayidx262.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 52
  %37 = load float, ptr %arrayidx262.i, align 4, !tbaa !2
  %mul263.i = fmul float %36, %37
  %add264.i = fadd float %add258.i, %mul263.i
  %mul266.i = fmul float %34, 0x3EF0000000000000
  %38 = tail call float @llvm.floor.f32(float %mul266.i)
  %arrayidx268.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 56
  %39 = load float, ptr %arrayidx268.i, align 4, !tbaa !2
  %mul269.i = fmul float %38, %39
  %add270.i = fadd float %add264.i, %mul269.i
  %mul272.i = fmul float %34, 0x3E70000000000000
  %40 = tail call float @llvm.floor.f32(float %mul272.i)
  %arrayidx274.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 60
  %41 = load float, ptr %arrayidx274.i, align 4, !tbaa !2
  %mul275.i = fmul float %40, %41
  %add276.i = fadd float %add270.i, %mul275.i
  %add.ptr277.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %add.ptr278.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 64
  %42 = load float, ptr %add.ptr277.i, align 4, !tbaa !2
  %43 = load float, ptr %add.ptr278.i, align 4, !tbaa !2
  %mul337.i = fmul float %42, %43
  %add338.i = fadd float %add276.i, %mul337.i
  %mul340.i = fmul float %42, 3.906250e-03
  %44 = tail call float @llvm.floor.f32(float %mul340.i)
  %arrayidx342.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 68
  %45 = load float, ptr %arrayidx342.i, align 4, !tbaa !2
  %mul343.i = fmul float %44, %45
  %add344.i = fadd float %add338.i, %mul343.i
  %mul346.i = fmul float %42, 0x3EF0000000000000
  %46 = tail call float @llvm.floor.f32(float %mul346.i)
  %arrayidx348.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 72
  %47 = load float, ptr %arrayidx348.i, align 4, !tbaa !2
  %mul349.i = fmul float %46, %47
  %add350.i = fadd float %add344.i, %mul349.i
  %mul352.i = fmul float %42, 0x3E70000000000000
  %48 = tail call float @llvm.floor.f32(float %mul352.i)
  %arrayidx354.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 76
  %49 = load float, ptr %arrayidx354.i, align 4, !tbaa !2
  %mul355.i = fmul float %48, %49
  %add356.i = fadd float %add350.i, %mul355.i
  %50 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub195 = fsub float %add356.i, %50
  %mul196 = fmul float %9, %sub195
  %add197 = fadd float %acc.0.lcssa, %mul196
  %arrayidx198 = getelementptr inbounds float, ptr %out, i32 %i.0288
  store float %add197, ptr %arrayidx198, align 4, !tbaa !2
  %add.ptr199 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %inc201 = add nuw nsw i32 %i.0288, 1
  %exitcond292.not = icmp eq i32 %inc201, %d
  br i1 %exitcond292.not, label %for.cond.cleanup, label %for.body, !llvm.loop !104

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1283 = phi ptr [ %add.ptr190, %for.body4 ], [ %w.addr.0289, %for.body ]
  %g.0282 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0281 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %y.0280 = phi ptr [ %add.ptr191, %for.body4 ], [ %0, %for.body ]
  %acc.0279 = phi float [ %add189, %for.body4 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1283, i32 4
  %51 = load float, ptr %w.addr.1283, align 4, !tbaa !2
  %52 = load float, ptr %add.ptr, align 4, !tbaa !2
  %53 = load float, ptr %y.0280, align 4, !tbaa !2
  %mul = fmul float %52, %53
  %mul9 = fmul float %52, 3.906250e-03
  %54 = tail call float @llvm.floor.f32(float %mul9)
  %arrayidx11 = getelementptr inbounds i8, ptr %y.0280, i32 4
  %55 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %mul12 = fmul float %54, %55
  %add = fadd float %mul, %mul12
  %mul14 = fmul float %52, 0x3EF0000000000000
  %56 = tail call float @llvm.floor.f32(float %mul14)
  %arrayidx16 = getelementptr inbounds i8, ptr %y.0280, i32 8
  %57 = load float, ptr %arrayidx16, align 4, !tbaa !2
  %mul17 = fmul float %56, %57
  %add18 = fadd float %add, %mul17
  %mul20 = fmul float %52, 0x3E70000000000000
  %58 = tail call float @llvm.floor.f32(float %mul20)
  %arrayidx22 = getelementptr inbounds i8, ptr %y.0280, i32 12
  %59 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %58, %59
  %add24 = fadd float %add18, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1283, i32 8
  %60 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %add.ptr26 = getelementptr inbounds i8, ptr %y.0280, i32 16
  %61 = load float, ptr %add.ptr26, align 4, !tbaa !2
  %mul28 = fmul float %60, %61
  %add29 = fadd float %add24, %mul28
  %mul31 = fmul float %60, 3.906250e-03
  %62 = tail call float @llvm.floor.f32(float %mul31)
  %arrayidx33 = getelementptr inbounds i8, ptr %y.0280, i32 20
  %63 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %mul34 = fmul float %62, %63
  %add35 = fadd float %add29, %mul34
  %mul37 = fmul float %60, 0x3EF0000000000000
  %64 = tail call float @llvm.floor.f32(float %mul37)
  %arrayidx39 = getelementptr inbounds i8, ptr %y.0280, i32 24
  %65 = load float, ptr %arrayidx39, align 4, !tbaa !2
  %mul40 = fmul float %64, %65
  %add41 = fadd float %add35, %mul40
  %mul43 = fmul float %60, 0x3E70000000000000
  %66 = tail call float @llvm.floor.f32(float %mul43)
  %arrayidx45 = getelementptr inbounds i8, ptr %y.0280, i32 28
  %67 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %66, %67
  %add47 = fadd float %add41, %mul46
  %arrayidx48 = getelementptr inbounds i8, ptr %w.addr.1283, i32 12
  %68 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %add.ptr49 = getelementptr inbounds i8, ptr %y.0280, i32 32
  %69 = load float, ptr %add.ptr49, align 4, !tbaa !2
  %mul51 = fmul float %68, %69
  %add52 = fadd float %add47, %mul51
  %mul54 = fmul float %68, 3.906250e-03
  %70 = tail call float @llvm.floor.f32(float %mul54)
  %arrayidx56 = getelementptr inbounds i8, ptr %y.0280, i32 36
  %71 = load float, ptr %arrayidx56, align 4, !tbaa !2
  %mul57 = fmul float %70, %71
  %add58 = fadd float %add52, %mul57
  %mul60 = fmul float %68, 0x3EF0000000000000
  %72 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0280, i32 40
  %73 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %72, %73
  %add64 = fadd float %add58, %mul63
  %mul66 = fmul float %68, 0x3E70000000000000
  %74 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0280, i32 44
  %75 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %74, %75
  %add70 = fadd float %add64, %mul69
  %arrayidx71 = getelementptr inbounds i8, ptr %w.addr.1283, i32 16
  %76 = load float, ptr %arrayidx71, align 4, !tbaa !2
  %add.ptr72 = getelementptr inbounds i8, ptr %y.0280, i32 48
  %77 = load float, ptr %add.ptr72, align 4, !tbaa !2
  %mul74 = fmul float %76, %77
  %add75 = fadd float %add70, %mul74
  %mul77 = fmul float %76, 3.906250e-03
  %78 = tail call float @llvm.floor.f32(float %mul77)
  %arrayidx79 = getelementptr inbounds i8, ptr %y.0280, i32 52
  %79 = load float, ptr %arrayidx79, align 4, !tbaa !2
  %mul80 = fmul float %78, %79
  %add81 = fadd float %add75, %mul80
  %mul83 = fmul float %76, 0x3EF0000000000000
  %80 = tail call float @llvm.floor.f32(float %mul83)
  %arrayidx85 = getelementptr inbounds i8, ptr %y.0280, i32 56
  %81 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %mul86 = fmul float %80, %81
  %add87 = fadd float %add81, %mul86
  %mul89 = fmul float %76, 0x3E70000000000000
  %82 = tail call float @llvm.floor.f32(float %mul89)
  %arrayidx91 = getelementptr inbounds i8, ptr %y.0280, i32 60
  %83 = load float, ptr %arrayidx91, align 4, !tbaa !2
  %mul92 = fmul float %82, %83
  %add93 = fadd float %add87, %mul92
  %arrayidx94 = getelementptr inbounds i8, ptr %w.addr.1283, i32 20
  %84 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %add.ptr95 = getelementptr inbounds i8, ptr %y.0280, i32 64
  %85 = load float, ptr %add.ptr95, align 4, !tbaa !2
  %mul97 = fmul float %84, %85
  %add98 = fadd float %add93, %mul97
  %mul100 = fmul float %84, 3.906250e-03
  %86 = tail call float @llvm.floor.f32(float %mul100)
  %arrayidx102 = getelementptr inbounds i8, ptr %y.0280, i32 68
  %87 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %86, %87
  %add104 = fadd float %add98, %mul103
  %mul106 = fmul float %84, 0x3EF0000000000000
  %88 = tail call float @llvm.floor.f32(float %mul106)
  %arrayidx108 = getelementptr inbounds i8, ptr %y.0280, i32 72
  %89 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %mul109 = fmul float %88, %89
  %add110 = fadd float %add104, %mul109
  %mul112 = fmul float %84, 0x3E70000000000000
  %90 = tail call float @llvm.floor.f32(float %mul112)
  %arrayidx114 = getelementptr inbounds i8, ptr %y.0280, i32 76
  %91 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %90, %91
  %add116 = fadd float %add110, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1283, i32 24
  %92 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %add.ptr118 = getelementptr inbounds i8, ptr %y.0280, i32 80
  %93 = load float, ptr %add.ptr118, align 4, !tbaa !2
  %mul120 = fmul float %92, %93
  %add121 = fadd float %add116, %mul120
  %mul123 = fmul float %92, 3.906250e-03
  %94 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0280, i32 84
  %95 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %94, %95
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %92, 0x3EF0000000000000
  %96 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0280, i32 88
  %97 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %96, %97
  %add133 = fadd float %add127, %mul132
  %mul135 = fmul float %92, 0x3E70000000000000
  %98 = tail call float @llvm.floor.f32(float %mul135)
  %arrayidx137 = getelementptr inbounds i8, ptr %y.0280, i32 92
  %99 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %mul138 = fmul float %98, %99
  %add139 = fadd float %add133, %mul138
  %arrayidx140 = getelementptr inbounds i8, ptr %w.addr.1283, i32 28
  %100 = load float, ptr %arrayidx140, align 4, !tbaa !2
  %add.ptr141 = getelementptr inbounds i8, ptr %y.0280, i32 96
  %101 = load float, ptr %add.ptr141, align 4, !tbaa !2
  %mul143 = fmul float %100, %101
  %add144 = fadd float %add139, %mul143
  %mul146 = fmul float %100, 3.906250e-03
  %102 = tail call float @llvm.floor.f32(float %mul146)
  %arrayidx148 = getelementptr inbounds i8, ptr %y.0280, i32 100
  %103 = load float, ptr %arrayidx148, align 4, !tbaa !2
  %mul149 = fmul float %102, %103
  %add150 = fadd float %add144, %mul149
  %mul152 = fmul float %100, 0x3EF0000000000000
  %104 = tail call float @llvm.floor.f32(float %mul152)
  %arrayidx154 = getelementptr inbounds i8, ptr %y.0280, i32 104
  %105 = load float, ptr %arrayidx154, align 4, !tbaa !2
  %mul155 = fmul float %104, %105
  %add156 = fadd float %add150, %mul155
  %mul158 = fmul float %100, 0x3E70000000000000
  %106 = tail call float @llvm.floor.f32(float %mul158)
  %arrayidx160 = getelementptr inbounds i8, ptr %y.0280, i32 108
  %107 = load float, ptr %arrayidx160, align 4, !tbaa !2
  %mul161 = fmul float %106, %107
  %add162 = fadd float %add156, %mul161
  %arrayidx163 = getelementptr inbounds i8, ptr %w.addr.1283, i32 32
  %108 = load float, ptr %arrayidx163, align 4, !tbaa !2
  %add.ptr164 = getelementptr inbounds i8, ptr %y.0280, i32 112
  %109 = load float, ptr %add.ptr164, align 4, !tbaa !2
  %mul166 = fmul float %108, %109
  %add167 = fadd float %add162, %mul166
  %mul169 = fmul float %108, 3.906250e-03
  %110 = tail call float @llvm.floor.f32(float %mul169)
  %arrayidx171 = getelementptr inbounds i8, ptr %y.0280, i32 116
  %111 = load float, ptr %arrayidx171, align 4, !tbaa !2
  %mul172 = fmul float %110, %111
  %add173 = fadd float %add167, %mul172
  %mul175 = fmul float %108, 0x3EF0000000000000
  %112 = tail call float @llvm.floor.f32(float %mul175)
  %arrayidx177 = getelementptr inbounds i8, ptr %y.0280, i32 120
  %113 = load float, ptr %arrayidx177, align 4, !tbaa !2
  %mul178 = fmul float %112, %113
  %add179 = fadd float %add173, %mul178
  %mul181 = fmul float %108, 0x3E70000000000000
  %114 = tail call float @llvm.floor.f32(float %mul181)
  %arrayidx183 = getelementptr inbounds i8, ptr %y.0280, i32 124
  %115 = load float, ptr %arrayidx183, align 4, !tbaa !2
  %mul184 = fmul float %114, %115
  %add185 = fadd float %add179, %mul184
  %116 = load float, ptr %qsx.0281, align 4, !tbaa !2
  %sub187 = fsub float %add185, %116
  %mul188 = fmul float %51, %sub187
  %add189 = fadd float %acc.0279, %mul188
  %add.ptr190 = getelementptr inbounds i8, ptr %w.addr.1283, i32 36
  %add.ptr191 = getelementptr inbounds i8, ptr %y.0280, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %qsx.0281, i32 4
  %inc = add nuw nsw i32 %g.0282, 1
  %exitcond.not = icmp eq i32 %g.0282, %8
  br i1 %exitcond.not, label %q8_group.exit.loopexit, label %for.body4, !llvm.loop !105
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g8_l6(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp287 = icmp sgt i32 %d, 0
  br i1 %cmp287, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2278 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 36
  %3 = add i32 %2, -36
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep290 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep291 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %q8_group.exit, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %q8_group.exit
  %w.addr.0289 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr199, %q8_group.exit ]
  %i.0288 = phi i32 [ 0, %for.body.lr.ph ], [ %inc201, %q8_group.exit ]
  br i1 %cmp2278, label %for.body4, label %q8_group.exit

q8_group.exit.loopexit:                           ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0289, i32 %3
  br label %q8_group.exit

q8_group.exit:                                    ; preds = %q8_group.exit.loopexit, %for.body
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add189, %q8_group.exit.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep290, %q8_group.exit.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep291, %q8_group.exit.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0289, %for.body ], [ %scevgep, %q8_group.exit.loopexit ]
  %9 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %add.ptr193 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %10 = load float, ptr %add.ptr193, align 4, !tbaa !2
  %11 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul188.i = fmul float %10, %11
  %add189.i = fadd float %mul188.i, 0.000000e+00
  %mul191.i = fmul float %10, 3.906250e-03
  %12 = tail call float @llvm.floor.f32(float %mul191.i)
  %arrayidx193.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %13 = load float, ptr %arrayidx193.i, align 4, !tbaa !2
  %mul194.i = fmul float %12, %13
  %add195.i = fadd float %add189.i, %mul194.i
  %mul197.i = fmul float %10, 0x3EF0000000000000
  %14 = tail call float @llvm.floor.f32(float %mul197.i)
  %arrayidx199.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %15 = load float, ptr %arrayidx199.i, align 4, !tbaa !2
  %mul200.i = fmul float %14, %15
  %add201.i = fadd float %add195.i, %mul200.i
  %mul203.i = fmul float %10, 0x3E70000000000000
  %16 = tail call float @llvm.floor.f32(float %mul203.i)
  %arrayidx205.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %17 = load float, ptr %arrayidx205.i, align 4, !tbaa !2
  %mul206.i = fmul float %16, %17
  %add207.i = fadd float %add201.i, %mul206.i
  %arrayidx208.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %18 = load float, ptr %arrayidx208.i, align 4, !tbaa !2
  %add.ptr209.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 16
  %19 = load float, ptr %add.ptr209.i, align 4, !tbaa !2
  %mul211.i = fmul float %18, %19
  %add212.i = fadd float %add207.i, %mul211.i
  %mul214.i = fmul float %18, 3.906250e-03
  %20 = tail call float @llvm.floor.f32(float %mul214.i)
  %arrayidx216.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 20
  %21 = load float, ptr %arrayidx216.i, align 4, !tbaa !2
  %mul217.i = fmul float %20, %21
  %add218.i = fadd float %add212.i, %mul217.i
  %mul220.i = fmul float %18, 0x3EF0000000000000
  %22 = tail call float @llvm.floor.f32(float %mul220.i)
  %arrayidx222.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 24
  %23 = load float, ptr %arrayidx222.i, align 4, !tbaa !2
  %mul223.i = fmul float %22, %23
  %add224.i = fadd float %add218.i, %mul223.i
  %mul226.i = fmul float %18, 0x3E70000000000000
  %24 = tail call float @llvm.floor.f32(float %mul226.i)
  %arrayidx228.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 28
  %25 = load float, ptr %arrayidx228.i, align 4, !tbaa !2
  %mul229.i = fmul float %24, %25
  %add230.i = fadd float %add224.i, %mul229.i
  %arrayidx231.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %26 = load float, ptr %arrayidx231.i, align 4, !tbaa !2
  %add.ptr232.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 32
  %27 = load float, ptr %add.ptr232.i, align 4, !tbaa !2
  %mul234.i = fmul float %26, %27
  %add235.i = fadd float %add230.i, %mul234.i
  %mul237.i = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul237.i)
  %arrayidx239.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 36
  %29 = load float, ptr %arrayidx239.i, align 4, !tbaa !2
  %mul240.i = fmul float %28, %29
  %add241.i = fadd float %add235.i, %mul240.i
  %mul243.i = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul243.i)
  %arrayidx245.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 40
  %31 = load float, ptr %arrayidx245.i, align 4, !tbaa !2
  %mul246.i = fmul float %30, %31
  %add247.i = fadd float %add241.i, %mul246.i
  %mul249.i = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul249.i)
  %arrayidx251.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 44
  %33 = load float, ptr %arrayidx251.i, align 4, !tbaa !2
  %mul252.i = fmul float %32, %33
  %add253.i = fadd float %add247.i, %mul252.i
  %arrayidx254.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %34 = load float, ptr %arrayidx254.i, align 4, !tbaa !2
  %add.ptr255.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 48
  %35 = load float, ptr %add.ptr255.i, align 4, !tbaa !2
  %mul257.i = fmul float %34, %35
  %add258.i = fadd float %add253.i, %mul257.i
  %mul260.i = fmul float %34, 3.906250e-03
  %36 = tail call float @llvm.floor.f32(float %mul260.i)
  %arrayidx262.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 52
  %37 = load float, ptr %arrayidx262.i, align 4, !tbaa !2
  %mul263.i = fmul float %36, %37
  %add264.i = fadd float %add258.i, %mul263.i
  %mul266.i = fmul float %34, 0x3EF0000000000000
  %38 = tail call float @llvm.floor.f32(float %mul266.i)
  %arrayidx268.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 56
  %39 = load float, ptr %arrayidx268.i, align 4, !tbaa !2
  %mul269.i = fmul float %38, %39
  %add270.i = fadd float %add264.i, %mul269.i
  %mul272.i = fmul float %34, 0x3E70000000000000
  %40 = tail call float @llvm.floor.f32(float %mul272.i)
  %arrayidx274.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 60
  %41 = load float, ptr %arrayidx274.i, align 4, !tbaa !2
  %mul275.i = fmul float %40, %41
  %add276.i = fadd float %add270.i, %mul275.i
  %add.ptr277.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %add.ptr278.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 64
  %42 = load float, ptr %add.ptr277.i, align 4, !tbaa !2
  %43 = load float, ptr %add.ptr278.i, align 4, !tbaa !2
  %mul285.i = fmul float %42, %43
  %add286.i = fadd float %add276.i, %mul285.i
  %mul288.i = fmul float %42, 3.906250e-03
  %44 = tail call float @llvm.floor.f32(float %mul288.i)
  %arrayidx290.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 68
  %45 = load float, ptr %arrayidx290.i, align 4, !tbaa !2
  %mul291.i = fmul float %44, %45
  %add292.i = fadd float %add286.i, %mul291.i
  %mul294.i = fmul float %42, 0x3EF0000000000000
  %46 = tail call float @llvm.floor.f32(float %mul294.i)
  %arrayidx296.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 72
  %47 = load float, ptr %arrayidx296.i, align 4, !tbaa !2
  %mul297.i = fmul float %46, %47
  %add298.i = fadd float %add292.i, %mul297.i
  %mul300.i = fmul float %42, 0x3E70000000000000
  %48 = tail call float @llvm.floor.f32(float %mul300.i)
  %arrayidx302.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 76
  %49 = load float, ptr %arrayidx302.i, align 4, !tbaa !2
  %mul303.i = fmul float %48, %49
  %add304.i = fadd float %add298.i, %mul303.i
  %arrayidx305.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %50 = load float, ptr %arrayidx305.i, align 4, !tbaa !2
  %add.ptr306.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 80
  %51 = load float, ptr %add.ptr306.i, align 4, !tbaa !2
  %mul308.i = fmul float %50, %51
  %add309.i = fadd float %add304.i, %mul308.i
  %mul311.i = fmul float %50, 3.906250e-03
  %52 = tail call float @llvm.floor.f32(float %mul311.i)
  %arrayidx313.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 84
  %53 = load float, ptr %arrayidx313.i, align 4, !tbaa !2
  %mul314.i = fmul float %52, %53
  %add315.i = fadd float %add309.i, %mul314.i
  %mul317.i = fmul float %50, 0x3EF0000000000000
  %54 = tail call float @llvm.floor.f32(float %mul317.i)
  %arrayidx319.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 88
  %55 = load float, ptr %arrayidx319.i, align 4, !tbaa !2
  %mul320.i = fmul float %54, %55
  %add321.i = fadd float %add315.i, %mul320.i
  %mul323.i = fmul float %50, 0x3E70000000000000
  %56 = tail call float @llvm.floor.f32(float %mul323.i)
  %arrayidx325.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 92
  %57 = load float, ptr %arrayidx325.i, align 4, !tbaa !2
  %mul326.i = fmul float %56, %57
  %add327.i = fadd float %add321.i, %mul326.i
  %58 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub195 = fsub float %add327.i, %58
  %mul196 = fmul float %9, %sub195
  %add197 = fadd float %acc.0.lcssa, %mul196
  %arrayidx198 = getelementptr inbounds float, ptr %out, i32 %i.0288
  store float %add197, ptr %arrayidx198, align 4, !tbaa !2
  %add.ptr199 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 28
  %inc201 = add nuw nsw i32 %i.0288, 1
  %exitcond292.not = icmp eq i32 %inc201, %d
  br i1 %exitcond292.not, label %for.cond.cleanup, label %for.body, !llvm.loop !106

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1283 = phi ptr [ %add.ptr190, %for.body4 ], [ %w.addr.0289, %for.body ]
  %g.0282 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0281 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %y.0280 = phi ptr [ %add.ptr191, %for.body4 ], [ %0, %for.body ]
  %acc.0279 = phi float [ %add189, %for.body4 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1283, i32 4
  %59 = load float, ptr %w.addr.1283, align 4, !tbaa !2
  %60 = load float, ptr %add.ptr, align 4, !tbaa !2
  %61 = load float, ptr %y.0280, align 4, !tbaa !2
  %mul = fmul float %60, %61
  %mul9 = fmul float %60, 3.906250e-03
  %62 = tail call float @llvm.floor.f32(float %mul9)
  %arrayidx11 = getelementptr inbounds i8, ptr %y.0280, i32 4
  %63 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %mul12 = fmul float %62, %63
  %add = fadd float %mul, %mul12
  %mul14 = fmul float %60, 0x3EF0000000000000
  %64 = tail call float @llvm.floor.f32(float %mul14)
  %arrayidx16 = getelementptr inbounds i8, ptr %y.0280, i32 8
  %65 = load float, ptr %arrayidx16, align 4, !tbaa !2
  %mul17 = fmul float %64, %65
  %add18 = fadd float %add, %mul17
  %mul20 = fmul float %60, 0x3E70000000000000
  %66 = tail call float @llvm.floor.f32(float %mul20)
  %arrayidx22 = getelementptr inbounds i8, ptr %y.0280, i32 12
  %67 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %66, %67
  %add24 = fadd float %add18, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1283, i32 8
  %68 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %add.ptr26 = getelementptr inbounds i8, ptr %y.0280, i32 16
  %69 = load float, ptr %add.ptr26, align 4, !tbaa !2
  %mul28 = fmul float %68, %69
  %add29 = fadd float %add24, %mul28
  %mul31 = fmul float %68, 3.906250e-03
  %70 = tail call float @llvm.floor.f32(float %mul31)
  %arrayidx33 = getelementptr inbounds i8, ptr %y.0280, i32 20
  %71 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %mul34 = fmul float %70, %71
  %add35 = fadd float %add29, %mul34
  %mul37 = fmul float %68, 0x3EF0000000000000
  %72 = tail call float @llvm.floor.f32(float %mul37)
  %arrayidx39 = getelementptr inbounds i8, ptr %y.0280, i32 24
  %73 = load float, ptr %arrayidx39, align 4, !tbaa !2
  %mul40 = fmul float %72, %73
  %add41 = fadd float %add35, %mul40
  %mul43 = fmul float %68, 0x3E70000000000000
  %74 = tail call float @llvm.floor.f32(float %mul43)
  %arrayidx45 = getelementptr inbounds i8, ptr %y.0280, i32 28
  %75 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %74, %75
  %add47 = fadd float %add41, %mul46
  %arrayidx48 = getelementptr inbounds i8, ptr %w.addr.1283, i32 12
  %76 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %add.ptr49 = getelementptr inbounds i8, ptr %y.0280, i32 32
  %77 = load float, ptr %add.ptr49, align 4, !tbaa !2
  %mul51 = fmul float %76, %77
  %add52 = fadd float %add47, %mul51
  %mul54 = fmul float %76, 3.906250e-03
  %78 = tail call float @llvm.floor.f32(float %mul54)
  %arrayidx56 = getelementptr inbounds i8, ptr %y.0280, i32 36
  %79 = load float, ptr %arrayidx56, align 4, !tbaa !2
  %mul57 = fmul float %78, %79
  %add58 = fadd float %add52, %mul57
  %mul60 = fmul float %76, 0x3EF0000000000000
  %80 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0280, i32 40
  %81 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %80, %81
  %add64 = fadd float %add58, %mul63
  %mul66 = fmul float %76, 0x3E70000000000000
  %82 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0280, i32 44
  %83 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %82, %83
  %add70 = fadd float %add64, %mul69
  %arrayidx71 = getelementptr inbounds i8, ptr %w.addr.1283, i32 16
  %84 = load float, ptr %arrayidx71, align 4, !tbaa !2
  %add.ptr72 = getelementptr inbounds i8, ptr %y.0280, i32 48
  %85 = load float, ptr %add.ptr72, align 4, !tbaa !2
  %mul74 = fmul float %84, %85
  %add75 = fadd float %add70, %mul74
  %mul77 = fmul float %84, 3.906250e-03
  %86 = tail call float @llvm.floor.f32(float %mul77)
  %arrayidx79 = getelementptr inbounds i8, ptr %y.0280, i32 52
  %87 = load float, ptr %arrayidx79, align 4, !tbaa !2
  %mul80 = fmul float %86, %87
  %add81 = fadd float %add75, %mul80
  %mul83 = fmul float %84, 0x3EF0000000000000
  %88 = tail call float @llvm.floor.f32(float %mul83)
  %arrayidx85 = getelementptr inbounds i8, ptr %y.0280, i32 56
  %89 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %mul86 = fmul float %88, %89
  %add87 = fadd float %add81, %mul86
  %mul89 = fmul float %84, 0x3E70000000000000
  %90 = tail call float @llvm.floor.f32(float %mul89)
  %arrayidx91 = getelementptr inbounds i8, ptr %y.0280, i32 60
  %91 = load float, ptr %arrayidx91, align 4, !tbaa !2
  %mul92 = fmul float %90, %91
  %add93 = fadd float %add87, %mul92
  %arrayidx94 = getelementptr inbounds i8, ptr %w.addr.1283, i32 20
  %92 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %add.ptr95 = getelementptr inbounds i8, ptr %y.0280, i32 64
  %93 = load float, ptr %add.ptr95, align 4, !tbaa !2
  %mul97 = fmul float %92, %93
  %add98 = fadd float %add93, %mul97
  %mul100 = fmul float %92, 3.906250e-03
  %94 = tail call float @llvm.floor.f32(float %mul100)
  %arrayidx102 = getelementptr inbounds i8, ptr %y.0280, i32 68
  %95 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %94, %95
  %add104 = fadd float %add98, %mul103
  %mul106 = fmul float %92, 0x3EF0000000000000
  %96 = tail call float @llvm.floor.f32(float %mul106)
  %arrayidx108 = getelementptr inbounds i8, ptr %y.0280, i32 72
  %97 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %mul109 = fmul float %96, %97
  %add110 = fadd float %add104, %mul109
  %mul112 = fmul float %92, 0x3E70000000000000
  %98 = tail call float @llvm.floor.f32(float %mul112)
  %arrayidx114 = getelementptr inbounds i8, ptr %y.0280, i32 76
  %99 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %98, %99
  %add116 = fadd float %add110, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1283, i32 24
  %100 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %add.ptr118 = getelementptr inbounds i8, ptr %y.0280, i32 80
  %101 = load float, ptr %add.ptr118, align 4, !tbaa !2
  %mul120 = fmul float %100, %101
  %add121 = fadd float %add116, %mul120
  %mul123 = fmul float %100, 3.906250e-03
  %102 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0280, i32 84
  %103 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %102, %103
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %100, 0x3EF0000000000000
  %104 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0280, i32 88
  %105 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %104, %105
  %add133 = fadd float %add127, %mul132
  %mul135 = fmul float %100, 0x3E70000000000000
  %106 = tail call float @llvm.floor.f32(float %mul135)
  %arrayidx137 = getelementptr inbounds i8, ptr %y.0280, i32 92
  %107 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %mul138 = fmul float %106, %107
  %add139 = fadd float %add133, %mul138
  %arrayidx140 = getelementptr inbounds i8, ptr %w.addr.1283, i32 28
  %108 = load float, ptr %arrayidx140, align 4, !tbaa !2
  %add.ptr141 = getelementptr inbounds i8, ptr %y.0280, i32 96
  %109 = load float, ptr %add.ptr141, align 4, !tbaa !2
  %mul143 = fmul float %108, %109
  %add144 = fadd float %add139, %mul143
  %mul146 = fmul float %108, 3.906250e-03
  %110 = tail call float @llvm.floor.f32(float %mul146)
  %arrayidx148 = getelementptr inbounds i8, ptr %y.0280, i32 100
  %111 = load float, ptr %arrayidx148, align 4, !tbaa !2
  %mul149 = fmul float %110, %111
  %add150 = fadd float %add144, %mul149
  %mul152 = fmul float %108, 0x3EF0000000000000
  %112 = tail call float @llvm.floor.f32(float %mul152)
  %arrayidx154 = getelementptr inbounds i8, ptr %y.0280, i32 104
  %113 = load float, ptr %arrayidx154, align 4, !tbaa !2
  %mul155 = fmul float %112, %113
  %add156 = fadd float %add150, %mul155
  %mul158 = fmul float %108, 0x3E70000000000000
  %114 = tail call float @llvm.floor.f32(float %mul158)
  %arrayidx160 = getelementptr inbounds i8, ptr %y.0280, i32 108
  %115 = load float, ptr %arrayidx160, align 4, !tbaa !2
  %mul161 = fmul float %114, %115
  %add162 = fadd float %add156, %mul161
  %arrayidx163 = getelementptr inbounds i8, ptr %w.addr.1283, i32 32
  %116 = load float, ptr %arrayidx163, align 4, !tbaa !2
  %add.ptr164 = getelementptr inbounds i8, ptr %y.0280, i32 112
  %117 = load float, ptr %add.ptr164, align 4, !tbaa !2
  %mul166 = fmul float %116, %117
  %add167 = fadd float %add162, %mul166
  %mul169 = fmul float %116, 3.906250e-03
  %118 = tail call float @llvm.floor.f32(float %mul169)
  %arrayidx171 = getelementptr inbounds i8, ptr %y.0280, i32 116
  %119 = load float, ptr %arrayidx171, align 4, !tbaa !2
  %mul172 = fmul float %118, %119
  %add173 = fadd float %add167, %mul172
  %mul175 = fmul float %116, 0x3EF0000000000000
  %120 = tail call float @llvm.floor.f32(float %mul175)
  %arrayidx177 = getelementptr inbounds i8, ptr %y.0280, i32 120
  %121 = load float, ptr %arrayidx177, align 4, !tbaa !2
  %mul178 = fmul float %120, %121
  %add179 = fadd float %add173, %mul178
  %mul181 = fmul float %116, 0x3E70000000000000
  %122 = tail call float @llvm.floor.f32(float %mul181)
  %arrayidx183 = getelementptr inbounds i8, ptr %y.0280, i32 124
  %123 = load float, ptr %arrayidx183, align 4, !tbaa !2
  %mul184 = fmul float %122, %123
  %add185 = fadd float %add179, %mul184
  %124 = load float, ptr %qsx.0281, align 4, !tbaa !2
  %sub187 = fsub float %add185, %124
  %mul188 = fmul float %59, %sub187
  %add189 = fadd float %acc.0279, %mul188
  %add.ptr190 = getelementptr inbounds i8, ptr %w.addr.1283, i32 36
  %add.ptr191 = getelementptr inbounds i8, ptr %y.0280, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %qsx.0281, i32 4
  %inc = add nuw nsw i32 %g.0282, 1
  %exitcond.not = icmp eq i32 %g.0282, %8
  br i1 %exitcond.not, label %q8_group.exit.loopexit, label %for.body4, !llvm.loop !107
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g8_l7(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp287 = icmp sgt i32 %d, 0
  br i1 %cmp287, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2278 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 36
  %3 = add i32 %2, -36
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep290 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep291 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup3
  %w.addr.0289 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr199, %for.cond.cleanup3 ]
  %i.0288 = phi i32 [ 0, %for.body.lr.ph ], [ %inc201, %for.cond.cleanup3 ]
  br i1 %cmp2278, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0289, i32 %3
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add189, %for.cond.cleanup3.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep290, %for.cond.cleanup3.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep291, %for.cond.cleanup3.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0289, %for.body ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %9 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %add.ptr193 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %10 = load float, ptr %add.ptr193, align 4, !tbaa !2
  %11 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul188.i = fmul float %10, %11
  %add189.i = fadd float %mul188.i, 0.000000e+00
  %mul191.i = fmul float %10, 3.906250e-03
  %12 = tail call float @llvm.floor.f32(float %mul191.i)
  %arrayidx193.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %13 = load float, ptr %arrayidx193.i, align 4, !tbaa !2
  %mul194.i = fmul float %12, %13
  %add195.i = fadd float %add189.i, %mul194.i
  %mul197.i = fmul float %10, 0x3EF0000000000000
  %14 = tail call float @llvm.floor.f32(float %mul197.i)
  %arrayidx199.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %15 = load float, ptr %arrayidx199.i, align 4, !tbaa !2
  %mul200.i = fmul float %14, %15
  %add201.i = fadd float %add195.i, %mul200.i
  %mul203.i = fmul float %10, 0x3E70000000000000
  %16 = tail call float @llvm.floor.f32(float %mul203.i)
  %arrayidx205.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %17 = load float, ptr %arrayidx205.i, align 4, !tbaa !2
  %mul206.i = fmul float %16, %17
  %add207.i = fadd float %add201.i, %mul206.i
  %arrayidx208.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %18 = load float, ptr %arrayidx208.i, align 4, !tbaa !2
  %add.ptr209.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 16
  %19 = load float, ptr %add.ptr209.i, align 4, !tbaa !2
  %mul211.i = fmul float %18, %19
  %add212.i = fadd float %add207.i, %mul211.i
  %mul214.i = fmul float %18, 3.906250e-03
  %20 = tail call float @llvm.floor.f32(float %mul214.i)
  %arrayidx216.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 20
  %21 = load float, ptr %arrayidx216.i, align 4, !tbaa !2
  %mul217.i = fmul float %20, %21
  %add218.i = fadd float %add212.i, %mul217.i
  %mul220.i = fmul float %18, 0x3EF0000000000000
  %22 = tail call float @llvm.floor.f32(float %mul220.i)
  %arrayidx222.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 24
  %23 = load float, ptr %arrayidx222.i, align 4, !tbaa !2
  %mul223.i = fmul float %22, %23
  %add224.i = fadd float %add218.i, %mul223.i
  %mul226.i = fmul float %18, 0x3E70000000000000
  %24 = tail call float @llvm.floor.f32(float %mul226.i)
  %arrayidx228.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 28
  %25 = load float, ptr %arrayidx228.i, align 4, !tbaa !2
  %mul229.i = fmul float %24, %25
  %add230.i = fadd float %add224.i, %mul229.i
  %arrayidx231.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %26 = load float, ptr %arrayidx231.i, align 4, !tbaa !2
  %add.ptr232.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 32
  %27 = load float, ptr %add.ptr232.i, align 4, !tbaa !2
  %mul234.i = fmul float %26, %27
  %add235.i = fadd float %add230.i, %mul234.i
  %mul237.i = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul237.i)
  %arrayidx239.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 36
  %29 = load float, ptr %arrayidx239.i, align 4, !tbaa !2
  %mul240.i = fmul float %28, %29
  %add241.i = fadd float %add235.i, %mul240.i
  %mul243.i = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul243.i)
  %arrayidx245.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 40
  %31 = load float, ptr %arrayidx245.i, align 4, !tbaa !2
  %mul246.i = fmul float %30, %31
  %add247.i = fadd float %add241.i, %mul246.i
  %mul249.i = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul249.i)
  %arrayidx251.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 44
  %33 = load float, ptr %arrayidx251.i, align 4, !tbaa !2
  %mul252.i = fmul float %32, %33
  %add253.i = fadd float %add247.i, %mul252.i
  %arrayidx254.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %34 = load float, ptr %arrayidx254.i, align 4, !tbaa !2
  %add.ptr255.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 48
  %35 = load float, ptr %add.ptr255.i, align 4, !tbaa !2
  %mul257.i = fmul float %34, %35
  %add258.i = fadd float %add253.i, %mul257.i
  %mul260.i = fmul float %34, 3.906250e-03
  %36 = tail call float @llvm.floor.f32(float %mul260.i)
  %arrayidx262.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 52
  %37 = load float, ptr %arrayidx262.i, align 4, !tbaa !2
  %mul263.i = fmul float %36, %37
  %add264.i = fadd float %add258.i, %mul263.i
  %mul266.i = fmul float %34, 0x3EF0000000000000
  %38 = tail call float @llvm.floor.f32(float %mul266.i)
  %arrayidx268.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 56
  %39 = load float, ptr %arrayidx268.i, align 4, !tbaa !2
  %mul269.i = fmul float %38, %39
  %add270.i = fadd float %add264.i, %mul269.i
  %mul272.i = fmul float %34, 0x3E70000000000000
  %40 = tail call float @llvm.floor.f32(float %mul272.i)
  %arrayidx274.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 60
  %41 = load float, ptr %arrayidx274.i, align 4, !tbaa !2
  %mul275.i = fmul float %40, %41
  %add276.i = fadd float %add270.i, %mul275.i
  %add.ptr277.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %add.ptr278.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 64
  %42 = load float, ptr %add.ptr277.i, align 4, !tbaa !2
  %43 = load float, ptr %add.ptr278.i, align 4, !tbaa !2
  %mul285.i = fmul float %42, %43
  %add286.i = fadd float %add276.i, %mul285.i
  %mul288.i = fmul float %42, 3.906250e-03
  %44 = tail call float @llvm.floor.f32(float %mul288.i)
  %arrayidx290.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 68
  %45 = load float, ptr %arrayidx290.i, align 4, !tbaa !2
  %mul291.i = fmul float %44, %45
  %add292.i = fadd float %add286.i, %mul291.i
  %mul294.i = fmul float %42, 0x3EF0000000000000
  %46 = tail call float @llvm.floor.f32(float %mul294.i)
  %arrayidx296.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 72
  %47 = load float, ptr %arrayidx296.i, align 4, !tbaa !2
  %mul297.i = fmul float %46, %47
  %add298.i = fadd float %add292.i, %mul297.i
  %mul300.i = fmul float %42, 0x3E70000000000000
  %48 = tail call float @llvm.floor.f32(float %mul300.i)
  %arrayidx302.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 76
  %49 = load float, ptr %arrayidx302.i, align 4, !tbaa !2
  %mul303.i = fmul float %48, %49
  %add304.i = fadd float %add298.i, %mul303.i
  %arrayidx305.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %50 = load float, ptr %arrayidx305.i, align 4, !tbaa !2
  %add.ptr306.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 80
  %51 = load float, ptr %add.ptr306.i, align 4, !tbaa !2
  %mul308.i = fmul float %50, %51
  %add309.i = fadd float %add304.i, %mul308.i
  %mul311.i = fmul float %50, 3.906250e-03
  %52 = tail call float @llvm.floor.f32(float %mul311.i)
  %arrayidx313.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 84
  %53 = load float, ptr %arrayidx313.i, align 4, !tbaa !2
  %mul314.i = fmul float %52, %53
  %add315.i = fadd float %add309.i, %mul314.i
  %mul317.i = fmul float %50, 0x3EF0000000000000
  %54 = tail call float @llvm.floor.f32(float %mul317.i)
  %arrayidx319.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 88
  %55 = load float, ptr %arrayidx319.i, align 4, !tbaa !2
  %mul320.i = fmul float %54, %55
  %add321.i = fadd float %add315.i, %mul320.i
  %mul323.i = fmul float %50, 0x3E70000000000000
  %56 = tail call float @llvm.floor.f32(float %mul323.i)
  %arrayidx325.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 92
  %57 = load float, ptr %arrayidx325.i, align 4, !tbaa !2
  %mul326.i = fmul float %56, %57
  %add327.i = fadd float %add321.i, %mul326.i
  %add.ptr328.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 28
  %add.ptr329.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 96
  %58 = load float, ptr %add.ptr328.i, align 4, !tbaa !2
  %59 = load float, ptr %add.ptr329.i, align 4, !tbaa !2
  %mul337.i = fmul float %58, %59
  %add338.i = fadd float %add327.i, %mul337.i
  %mul340.i = fmul float %58, 3.906250e-03
  %60 = tail call float @llvm.floor.f32(float %mul340.i)
  %arrayidx342.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 100
  %61 = load float, ptr %arrayidx342.i, align 4, !tbaa !2
  %mul343.i = fmul float %60, %61
  %add344.i = fadd float %add338.i, %mul343.i
  %mul346.i = fmul float %58, 0x3EF0000000000000
  %62 = tail call float @llvm.floor.f32(float %mul346.i)
  %arrayidx348.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 104
  %63 = load float, ptr %arrayidx348.i, align 4, !tbaa !2
  %mul349.i = fmul float %62, %63
  %add350.i = fadd float %add344.i, %mul349.i
  %mul352.i = fmul float %58, 0x3E70000000000000
  %64 = tail call float @llvm.floor.f32(float %mul352.i)
  %arrayidx354.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 108
  %65 = load float, ptr %arrayidx354.i, align 4, !tbaa !2
  %mul355.i = fmul float %64, %65
  %add356.i = fadd float %add350.i, %mul355.i
  %66 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub195 = fsub float %add356.i, %66
  %mul196 = fmul float %9, %sub195
  %add197 = fadd float %acc.0.lcssa, %mul196
  %arrayidx198 = getelementptr inbounds float, ptr %out, i32 %i.0288
  store float %add197, ptr %arrayidx198, align 4, !tbaa !2
  %add.ptr199 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 32
  %inc201 = add nuw nsw i32 %i.0288, 1
  %exitcond292.not = icmp eq i32 %inc201, %d
  br i1 %exitcond292.not, label %for.cond.cleanup, label %for.body, !llvm.loop !108

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1283 = phi ptr [ %add.ptr190, %for.body4 ], [ %w.addr.0289, %for.body ]
  %g.0282 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0281 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %y.0280 = phi ptr [ %add.ptr191, %for.body4 ], [ %0, %for.body ]
  %acc.0279 = phi float [ %add189, %for.body4 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1283, i32 4
  %67 = load float, ptr %w.addr.1283, align 4, !tbaa !2
  %68 = load float, ptr %add.ptr, align 4, !tbaa !2
  %69 = load float, ptr %y.0280, align 4, !tbaa !2
  %mul = fmul float %68, %69
  %mul9 = fmul float %68, 3.906250e-03
  %70 = tail call float @llvm.floor.f32(float %mul9)
  %arrayidx11 = getelementptr inbounds i8, ptr %y.0280, i32 4
  %71 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %mul12 = fmul float %70, %71
  %add = fadd float %mul, %mul12
  %mul14 = fmul float %68, 0x3EF0000000000000
  %72 = tail call float @llvm.floor.f32(float %mul14)
  %arrayidx16 = getelementptr inbounds i8, ptr %y.0280, i32 8
  %73 = load float, ptr %arrayidx16, align 4, !tbaa !2
  %mul17 = fmul float %72, %73
  %add18 = fadd float %add, %mul17
  %mul20 = fmul float %68, 0x3E70000000000000
  %74 = tail call float @llvm.floor.f32(float %mul20)
  %arrayidx22 = getelementptr inbounds i8, ptr %y.0280, i32 12
  %75 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %74, %75
  %add24 = fadd float %add18, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1283, i32 8
  %76 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %add.ptr26 = getelementptr inbounds i8, ptr %y.0280, i32 16
  %77 = load float, ptr %add.ptr26, align 4, !tbaa !2
  %mul28 = fmul float %76, %77
  %add29 = fadd float %add24, %mul28
  %mul31 = fmul float %76, 3.906250e-03
  %78 = tail call float @llvm.floor.f32(float %mul31)
  %arrayidx33 = getelementptr inbounds i8, ptr %y.0280, i32 20
  %79 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %mul34 = fmul float %78, %79
  %add35 = fadd float %add29, %mul34
  %mul37 = fmul float %76, 0x3EF0000000000000
  %80 = tail call float @llvm.floor.f32(float %mul37)
  %arrayidx39 = getelementptr inbounds i8, ptr %y.0280, i32 24
  %81 = load float, ptr %arrayidx39, align 4, !tbaa !2
  %mul40 = fmul float %80, %81
  %add41 = fadd float %add35, %mul40
  %mul43 = fmul float %76, 0x3E70000000000000
  %82 = tail call float @llvm.floor.f32(float %mul43)
  %arrayidx45 = getelementptr inbounds i8, ptr %y.0280, i32 28
  %83 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %82, %83
  %add47 = fadd float %add41, %mul46
  %arrayidx48 = getelementptr inbounds i8, ptr %w.addr.1283, i32 12
  %84 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %add.ptr49 = getelementptr inbounds i8, ptr %y.0280, i32 32
  %85 = load float, ptr %add.ptr49, align 4, !tbaa !2
  %mul51 = fmul float %84, %85
  %add52 = fadd float %add47, %mul51
  %mul54 = fmul float %84, 3.906250e-03
  %86 = tail call float @llvm.floor.f32(float %mul54)
  %arrayidx56 = getelementptr inbounds i8, ptr %y.0280, i32 36
  %87 = load float, ptr %arrayidx56, align 4, !tbaa !2
  %mul57 = fmul float %86, %87
  %add58 = fadd float %add52, %mul57
  %mul60 = fmul float %84, 0x3EF0000000000000
  %88 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0280, i32 40
  %89 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %88, %89
  %add64 = fadd float %add58, %mul63
  %mul66 = fmul float %84, 0x3E70000000000000
  %90 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0280, i32 44
  %91 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %90, %91
  %add70 = fadd float %add64, %mul69
  %arrayidx71 = getelementptr inbounds i8, ptr %w.addr.1283, i32 16
  %92 = load float, ptr %arrayidx71, align 4, !tbaa !2
  %add.ptr72 = getelementptr inbounds i8, ptr %y.0280, i32 48
  %93 = load float, ptr %add.ptr72, align 4, !tbaa !2
  %mul74 = fmul float %92, %93
  %add75 = fadd float %add70, %mul74
  %mul77 = fmul float %92, 3.906250e-03
  %94 = tail call float @llvm.floor.f32(float %mul77)
  %arrayidx79 = getelementptr inbounds i8, ptr %y.0280, i32 52
  %95 = load float, ptr %arrayidx79, align 4, !tbaa !2
  %mul80 = fmul float %94, %95
  %add81 = fadd float %add75, %mul80
  %mul83 = fmul float %92, 0x3EF0000000000000
  %96 = tail call float @llvm.floor.f32(float %mul83)
  %arrayidx85 = getelementptr inbounds i8, ptr %y.0280, i32 56
  %97 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %mul86 = fmul float %96, %97
  %add87 = fadd float %add81, %mul86
  %mul89 = fmul float %92, 0x3E70000000000000
  %98 = tail call float @llvm.floor.f32(float %mul89)
  %arrayidx91 = getelementptr inbounds i8, ptr %y.0280, i32 60
  %99 = load float, ptr %arrayidx91, align 4, !tbaa !2
  %mul92 = fmul float %98, %99
  %add93 = fadd float %add87, %mul92
  %arrayidx94 = getelementptr inbounds i8, ptr %w.addr.1283, i32 20
  %100 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %add.ptr95 = getelementptr inbounds i8, ptr %y.0280, i32 64
  %101 = load float, ptr %add.ptr95, align 4, !tbaa !2
  %mul97 = fmul float %100, %101
  %add98 = fadd float %add93, %mul97
  %mul100 = fmul float %100, 3.906250e-03
  %102 = tail call float @llvm.floor.f32(float %mul100)
  %arrayidx102 = getelementptr inbounds i8, ptr %y.0280, i32 68
  %103 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %102, %103
  %add104 = fadd float %add98, %mul103
  %mul106 = fmul float %100, 0x3EF0000000000000
  %104 = tail call float @llvm.floor.f32(float %mul106)
  %arrayidx108 = getelementptr inbounds i8, ptr %y.0280, i32 72
  %105 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %mul109 = fmul float %104, %105
  %add110 = fadd float %add104, %mul109
  %mul112 = fmul float %100, 0x3E70000000000000
  %106 = tail call float @llvm.floor.f32(float %mul112)
  %arrayidx114 = getelementptr inbounds i8, ptr %y.0280, i32 76
  %107 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %106, %107
  %add116 = fadd float %add110, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1283, i32 24
  %108 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %add.ptr118 = getelementptr inbounds i8, ptr %y.0280, i32 80
  %109 = load float, ptr %add.ptr118, align 4, !tbaa !2
  %mul120 = fmul float %108, %109
  %add121 = fadd float %add116, %mul120
  %mul123 = fmul float %108, 3.906250e-03
  %110 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0280, i32 84
  %111 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %110, %111
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %108, 0x3EF0000000000000
  %112 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0280, i32 88
  %113 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %112, %113
  %add133 = fadd float %add127, %mul132
  %mul135 = fmul float %108, 0x3E70000000000000
  %114 = tail call float @llvm.floor.f32(float %mul135)
  %arrayidx137 = getelementptr inbounds i8, ptr %y.0280, i32 92
  %115 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %mul138 = fmul float %114, %115
  %add139 = fadd float %add133, %mul138
  %arrayidx140 = getelementptr inbounds i8, ptr %w.addr.1283, i32 28
  %116 = load float, ptr %arrayidx140, align 4, !tbaa !2
  %add.ptr141 = getelementptr inbounds i8, ptr %y.0280, i32 96
  %117 = load float, ptr %add.ptr141, align 4, !tbaa !2
  %mul143 = fmul float %116, %117
  %add144 = fadd float %add139, %mul143
  %mul146 = fmul float %116, 3.906250e-03
  %118 = tail call float @llvm.floor.f32(float %mul146)
  %arrayidx148 = getelementptr inbounds i8, ptr %y.0280, i32 100
  %119 = load float, ptr %arrayidx148, align 4, !tbaa !2
  %mul149 = fmul float %118, %119
  %add150 = fadd float %add144, %mul149
  %mul152 = fmul float %116, 0x3EF0000000000000
  %120 = tail call float @llvm.floor.f32(float %mul152)
  %arrayidx154 = getelementptr inbounds i8, ptr %y.0280, i32 104
  %121 = load float, ptr %arrayidx154, align 4, !tbaa !2
  %mul155 = fmul float %120, %121
  %add156 = fadd float %add150, %mul155
  %mul158 = fmul float %116, 0x3E70000000000000
  %122 = tail call float @llvm.floor.f32(float %mul158)
  %arrayidx160 = getelementptr inbounds i8, ptr %y.0280, i32 108
  %123 = load float, ptr %arrayidx160, align 4, !tbaa !2
  %mul161 = fmul float %122, %123
  %add162 = fadd float %add156, %mul161
  %arrayidx163 = getelementptr inbounds i8, ptr %w.addr.1283, i32 32
  %124 = load float, ptr %arrayidx163, align 4, !tbaa !2
  %add.ptr164 = getelementptr inbounds i8, ptr %y.0280, i32 112
  %125 = load float, ptr %add.ptr164, align 4, !tbaa !2
  %mul166 = fmul float %124, %125
  %add167 = fadd float %add162, %mul166
  %mul169 = fmul float %124, 3.906250e-03
  %126 = tail call float @llvm.floor.f32(float %mul169)
  %arrayidx171 = getelementptr inbounds i8, ptr %y.0280, i32 116
  %127 = load float, ptr %arrayidx171, align 4, !tbaa !2
  %mul172 = fmul float %126, %127
  %add173 = fadd float %add167, %mul172
  %mul175 = fmul float %124, 0x3EF0000000000000
  %128 = tail call float @llvm.floor.f32(float %mul175)
  %arrayidx177 = getelementptr inbounds i8, ptr %y.0280, i32 120
  %129 = load float, ptr %arrayidx177, align 4, !tbaa !2
  %mul178 = fmul float %128, %129
  %add179 = fadd float %add173, %mul178
  %mul181 = fmul float %124, 0x3E70000000000000
  %130 = tail call float @llvm.floor.f32(float %mul181)
  %arrayidx183 = getelementptr inbounds i8, ptr %y.0280, i32 124
  %131 = load float, ptr %arrayidx183, align 4, !tbaa !2
  %mul184 = fmul float %130, %131
  %add185 = fadd float %add179, %mul184
  %132 = load float, ptr %qsx.0281, align 4, !tbaa !2
  %sub187 = fsub float %add185, %132
  %mul188 = fmul float %67, %sub187
  %add189 = fadd float %acc.0279, %mul188
  %add.ptr190 = getelementptr inbounds i8, ptr %w.addr.1283, i32 36
  %add.ptr191 = getelementptr inbounds i8, ptr %y.0280, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %qsx.0281, i32 4
  %inc = add nuw nsw i32 %g.0282, 1
  %exitcond.not = icmp eq i32 %g.0282, %8
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !109
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_q8_g8_l8(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %w, i32 noundef %ngroups, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp290 = icmp sgt i32 %d, 0
  br i1 %cmp290, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %0 = load ptr, ptr @b_qy, align 4, !tbaa !6
  %1 = load ptr, ptr @b_qsx, align 4, !tbaa !6
  %cmp2278 = icmp sgt i32 %ngroups, 1
  %2 = mul i32 %ngroups, 36
  %3 = add i32 %2, -36
  %4 = shl i32 %ngroups, 7
  %5 = getelementptr i8, ptr %0, i32 %4
  %scevgep293 = getelementptr i8, ptr %5, i32 -128
  %6 = shl i32 %ngroups, 2
  %7 = getelementptr i8, ptr %1, i32 %6
  %scevgep294 = getelementptr i8, ptr %7, i32 -4
  %8 = add nsw i32 %ngroups, -2
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup3, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup3
  %w.addr.0292 = phi ptr [ %w, %for.body.lr.ph ], [ %add.ptr199, %for.cond.cleanup3 ]
  %i.0291 = phi i32 [ 0, %for.body.lr.ph ], [ %inc201, %for.cond.cleanup3 ]
  br i1 %cmp2278, label %for.body4, label %for.cond.cleanup3

for.cond.cleanup3.loopexit:                       ; preds = %for.body4
  %scevgep = getelementptr i8, ptr %w.addr.0292, i32 %3
  br label %for.cond.cleanup3

for.cond.cleanup3:                                ; preds = %for.cond.cleanup3.loopexit, %for.body
  %acc.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add189, %for.cond.cleanup3.loopexit ]
  %y.0.lcssa = phi ptr [ %0, %for.body ], [ %scevgep293, %for.cond.cleanup3.loopexit ]
  %qsx.0.lcssa = phi ptr [ %1, %for.body ], [ %scevgep294, %for.cond.cleanup3.loopexit ]
  %w.addr.1.lcssa = phi ptr [ %w.addr.0292, %for.body ], [ %scevgep, %for.cond.cleanup3.loopexit ]
  %9 = load float, ptr %w.addr.1.lcssa, align 4, !tbaa !2
  %add.ptr193 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 4
  %10 = load float, ptr %add.ptr193, align 4, !tbaa !2
  %11 = load float, ptr %y.0.lcssa, align 4, !tbaa !2
  %mul2.i = fmul float %10, %11
  %add.i = fadd float %mul2.i, 0.000000e+00
  %mul4.i = fmul float %10, 3.906250e-03
  %12 = tail call float @llvm.floor.f32(float %mul4.i)
  %arrayidx6.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 4
  %13 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %mul7.i = fmul float %12, %13
  %add8.i = fadd float %add.i, %mul7.i
  %mul10.i = fmul float %10, 0x3EF0000000000000
  %14 = tail call float @llvm.floor.f32(float %mul10.i)
  %arrayidx12.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 8
  %15 = load float, ptr %arrayidx12.i, align 4, !tbaa !2
  %mul13.i = fmul float %14, %15
  %add14.i = fadd float %add8.i, %mul13.i
  %mul16.i = fmul float %10, 0x3E70000000000000
  %16 = tail call float @llvm.floor.f32(float %mul16.i)
  %arrayidx18.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 12
  %17 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %mul19.i = fmul float %16, %17
  %add20.i = fadd float %add14.i, %mul19.i
  %arrayidx21.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 8
  %18 = load float, ptr %arrayidx21.i, align 4, !tbaa !2
  %add.ptr22.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 16
  %19 = load float, ptr %add.ptr22.i, align 4, !tbaa !2
  %mul24.i = fmul float %18, %19
  %add25.i = fadd float %add20.i, %mul24.i
  %mul27.i = fmul float %18, 3.906250e-03
  %20 = tail call float @llvm.floor.f32(float %mul27.i)
  %arrayidx29.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 20
  %21 = load float, ptr %arrayidx29.i, align 4, !tbaa !2
  %mul30.i = fmul float %20, %21
  %add31.i = fadd float %add25.i, %mul30.i
  %mul33.i = fmul float %18, 0x3EF0000000000000
  %22 = tail call float @llvm.floor.f32(float %mul33.i)
  %arrayidx35.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 24
  %23 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %22, %23
  %add37.i = fadd float %add31.i, %mul36.i
  %mul39.i = fmul float %18, 0x3E70000000000000
  %24 = tail call float @llvm.floor.f32(float %mul39.i)
  %arrayidx41.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 28
  %25 = load float, ptr %arrayidx41.i, align 4, !tbaa !2
  %mul42.i = fmul float %24, %25
  %add43.i = fadd float %add37.i, %mul42.i
  %arrayidx44.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 12
  %26 = load float, ptr %arrayidx44.i, align 4, !tbaa !2
  %add.ptr45.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 32
  %27 = load float, ptr %add.ptr45.i, align 4, !tbaa !2
  %mul47.i = fmul float %26, %27
  %add48.i = fadd float %add43.i, %mul47.i
  %mul50.i = fmul float %26, 3.906250e-03
  %28 = tail call float @llvm.floor.f32(float %mul50.i)
  %arrayidx52.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 36
  %29 = load float, ptr %arrayidx52.i, align 4, !tbaa !2
  %mul53.i = fmul float %28, %29
  %add54.i = fadd float %add48.i, %mul53.i
  %mul56.i = fmul float %26, 0x3EF0000000000000
  %30 = tail call float @llvm.floor.f32(float %mul56.i)
  %arrayidx58.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 40
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %mul59.i = fmul float %30, %31
  %add60.i = fadd float %add54.i, %mul59.i
  %mul62.i = fmul float %26, 0x3E70000000000000
  %32 = tail call float @llvm.floor.f32(float %mul62.i)
  %arrayidx64.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 44
  %33 = load float, ptr %arrayidx64.i, align 4, !tbaa !2
  %mul65.i = fmul float %32, %33
  %add66.i = fadd float %add60.i, %mul65.i
  %arrayidx67.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 16
  %34 = load float, ptr %arrayidx67.i, align 4, !tbaa !2
  %add.ptr68.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 48
  %35 = load float, ptr %add.ptr68.i, align 4, !tbaa !2
  %mul70.i = fmul float %34, %35
  %add71.i = fadd float %add66.i, %mul70.i
  %mul73.i = fmul float %34, 3.906250e-03
  %36 = tail call float @llvm.floor.f32(float %mul73.i)
  %arrayidx75.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 52
  %37 = load float, ptr %arrayidx75.i, align 4, !tbaa !2
  %mul76.i = fmul float %36, %37
  %add77.i = fadd float %add71.i, %mul76.i
  %mul79.i = fmul float %34, 0x3EF0000000000000
  %38 = tail call float @llvm.floor.f32(float %mul79.i)
  %arrayidx81.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 56
  %39 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %38, %39
  %add83.i = fadd float %add77.i, %mul82.i
  %mul85.i = fmul float %34, 0x3E70000000000000
  %40 = tail call float @llvm.floor.f32(float %mul85.i)
  %arrayidx87.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 60
  %41 = load float, ptr %arrayidx87.i, align 4, !tbaa !2
  %mul88.i = fmul float %40, %41
  %add89.i = fadd float %add83.i, %mul88.i
  %arrayidx90.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 20
  %42 = load float, ptr %arrayidx90.i, align 4, !tbaa !2
  %add.ptr91.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 64
  %43 = load float, ptr %add.ptr91.i, align 4, !tbaa !2
  %mul93.i = fmul float %42, %43
  %add94.i = fadd float %add89.i, %mul93.i
  %mul96.i = fmul float %42, 3.906250e-03
  %44 = tail call float @llvm.floor.f32(float %mul96.i)
  %arrayidx98.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 68
  %45 = load float, ptr %arrayidx98.i, align 4, !tbaa !2
  %mul99.i = fmul float %44, %45
  %add100.i = fadd float %add94.i, %mul99.i
  %mul102.i = fmul float %42, 0x3EF0000000000000
  %46 = tail call float @llvm.floor.f32(float %mul102.i)
  %arrayidx104.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 72
  %47 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %mul105.i = fmul float %46, %47
  %add106.i = fadd float %add100.i, %mul105.i
  %mul108.i = fmul float %42, 0x3E70000000000000
  %48 = tail call float @llvm.floor.f32(float %mul108.i)
  %arrayidx110.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 76
  %49 = load float, ptr %arrayidx110.i, align 4, !tbaa !2
  %mul111.i = fmul float %48, %49
  %add112.i = fadd float %add106.i, %mul111.i
  %arrayidx113.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 24
  %50 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %add.ptr114.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 80
  %51 = load float, ptr %add.ptr114.i, align 4, !tbaa !2
  %mul116.i = fmul float %50, %51
  %add117.i = fadd float %add112.i, %mul116.i
  %mul119.i = fmul float %50, 3.906250e-03
  %52 = tail call float @llvm.floor.f32(float %mul119.i)
  %arrayidx121.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 84
  %53 = load float, ptr %arrayidx121.i, align 4, !tbaa !2
  %mul122.i = fmul float %52, %53
  %add123.i = fadd float %add117.i, %mul122.i
  %mul125.i = fmul float %50, 0x3EF0000000000000
  %54 = tail call float @llvm.floor.f32(float %mul125.i)
  %arrayidx127.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 88
  %55 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %54, %55
  %add129.i = fadd float %add123.i, %mul128.i
  %mul131.i = fmul float %50, 0x3E70000000000000
  %56 = tail call float @llvm.floor.f32(float %mul131.i)
  %arrayidx133.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 92
  %57 = load float, ptr %arrayidx133.i, align 4, !tbaa !2
  %mul134.i = fmul float %56, %57
  %add135.i = fadd float %add129.i, %mul134.i
  %arrayidx136.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 28
  %58 = load float, ptr %arrayidx136.i, align 4, !tbaa !2
  %add.ptr137.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 96
  %59 = load float, ptr %add.ptr137.i, align 4, !tbaa !2
  %mul139.i = fmul float %58, %59
  %add140.i = fadd float %add135.i, %mul139.i
  %mul142.i = fmul float %58, 3.906250e-03
  %60 = tail call float @llvm.floor.f32(float %mul142.i)
  %arrayidx144.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 100
  %61 = load float, ptr %arrayidx144.i, align 4, !tbaa !2
  %mul145.i = fmul float %60, %61
  %add146.i = fadd float %add140.i, %mul145.i
  %mul148.i = fmul float %58, 0x3EF0000000000000
  %62 = tail call float @llvm.floor.f32(float %mul148.i)
  %arrayidx150.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 104
  %63 = load float, ptr %arrayidx150.i, align 4, !tbaa !2
  %mul151.i = fmul float %62, %63
  %add152.i = fadd float %add146.i, %mul151.i
  %mul154.i = fmul float %58, 0x3E70000000000000
  %64 = tail call float @llvm.floor.f32(float %mul154.i)
  %arrayidx156.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 108
  %65 = load float, ptr %arrayidx156.i, align 4, !tbaa !2
  %mul157.i = fmul float %64, %65
  %add158.i = fadd float %add152.i, %mul157.i
  %arrayidx159.i = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 32
  %66 = load float, ptr %arrayidx159.i, align 4, !tbaa !2
  %add.ptr160.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 112
  %67 = load float, ptr %add.ptr160.i, align 4, !tbaa !2
  %mul162.i = fmul float %66, %67
  %add163.i = fadd float %add158.i, %mul162.i
  %mul165.i = fmul float %66, 3.906250e-03
  %68 = tail call float @llvm.floor.f32(float %mul165.i)
  %arrayidx167.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 116
  %69 = load float, ptr %arrayidx167.i, align 4, !tbaa !2
  %mul168.i = fmul float %68, %69
  %add169.i = fadd float %add163.i, %mul168.i
  %mul171.i = fmul float %66, 0x3EF0000000000000
  %70 = tail call float @llvm.floor.f32(float %mul171.i)
  %arrayidx173.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 120
  %71 = load float, ptr %arrayidx173.i, align 4, !tbaa !2
  %mul174.i = fmul float %70, %71
  %add175.i = fadd float %add169.i, %mul174.i
  %mul177.i = fmul float %66, 0x3E70000000000000
  %72 = tail call float @llvm.floor.f32(float %mul177.i)
  %arrayidx179.i = getelementptr inbounds i8, ptr %y.0.lcssa, i32 124
  %73 = load float, ptr %arrayidx179.i, align 4, !tbaa !2
  %mul180.i = fmul float %72, %73
  %add181.i = fadd float %add175.i, %mul180.i
  %74 = load float, ptr %qsx.0.lcssa, align 4, !tbaa !2
  %sub195 = fsub float %add181.i, %74
  %mul196 = fmul float %9, %sub195
  %add197 = fadd float %acc.0.lcssa, %mul196
  %arrayidx198 = getelementptr inbounds float, ptr %out, i32 %i.0291
  store float %add197, ptr %arrayidx198, align 4, !tbaa !2
  %add.ptr199 = getelementptr inbounds i8, ptr %w.addr.1.lcssa, i32 36
  %inc201 = add nuw nsw i32 %i.0291, 1
  %exitcond295.not = icmp eq i32 %inc201, %d
  br i1 %exitcond295.not, label %for.cond.cleanup, label %for.body, !llvm.loop !110

for.body4:                                        ; preds = %for.body, %for.body4
  %w.addr.1283 = phi ptr [ %add.ptr190, %for.body4 ], [ %w.addr.0292, %for.body ]
  %g.0282 = phi i32 [ %inc, %for.body4 ], [ 0, %for.body ]
  %qsx.0281 = phi ptr [ %incdec.ptr, %for.body4 ], [ %1, %for.body ]
  %y.0280 = phi ptr [ %add.ptr191, %for.body4 ], [ %0, %for.body ]
  %acc.0279 = phi float [ %add189, %for.body4 ], [ 0.000000e+00, %for.body ]
  %add.ptr = getelementptr inbounds i8, ptr %w.addr.1283, i32 4
  %75 = load float, ptr %w.addr.1283, align 4, !tbaa !2
  %76 = load float, ptr %add.ptr, align 4, !tbaa !2
  %77 = load float, ptr %y.0280, align 4, !tbaa !2
  %mul = fmul float %76, %77
  %mul9 = fmul float %76, 3.906250e-03
  %78 = tail call float @llvm.floor.f32(float %mul9)
  %arrayidx11 = getelementptr inbounds i8, ptr %y.0280, i32 4
  %79 = load float, ptr %arrayidx11, align 4, !tbaa !2
  %mul12 = fmul float %78, %79
  %add = fadd float %mul, %mul12
  %mul14 = fmul float %76, 0x3EF0000000000000
  %80 = tail call float @llvm.floor.f32(float %mul14)
  %arrayidx16 = getelementptr inbounds i8, ptr %y.0280, i32 8
  %81 = load float, ptr %arrayidx16, align 4, !tbaa !2
  %mul17 = fmul float %80, %81
  %add18 = fadd float %add, %mul17
  %mul20 = fmul float %76, 0x3E70000000000000
  %82 = tail call float @llvm.floor.f32(float %mul20)
  %arrayidx22 = getelementptr inbounds i8, ptr %y.0280, i32 12
  %83 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %82, %83
  %add24 = fadd float %add18, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %w.addr.1283, i32 8
  %84 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %add.ptr26 = getelementptr inbounds i8, ptr %y.0280, i32 16
  %85 = load float, ptr %add.ptr26, align 4, !tbaa !2
  %mul28 = fmul float %84, %85
  %add29 = fadd float %add24, %mul28
  %mul31 = fmul float %84, 3.906250e-03
  %86 = tail call float @llvm.floor.f32(float %mul31)
  %arrayidx33 = getelementptr inbounds i8, ptr %y.0280, i32 20
  %87 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %mul34 = fmul float %86, %87
  %add35 = fadd float %add29, %mul34
  %mul37 = fmul float %84, 0x3EF0000000000000
  %88 = tail call float @llvm.floor.f32(float %mul37)
  %arrayidx39 = getelementptr inbounds i8, ptr %y.0280, i32 24
  %89 = load float, ptr %arrayidx39, align 4, !tbaa !2
  %mul40 = fmul float %88, %89
  %add41 = fadd float %add35, %mul40
  %mul43 = fmul float %84, 0x3E70000000000000
  %90 = tail call float @llvm.floor.f32(float %mul43)
  %arrayidx45 = getelementptr inbounds i8, ptr %y.0280, i32 28
  %91 = load float, ptr %arrayidx45, align 4, !tbaa !2
  %mul46 = fmul float %90, %91
  %add47 = fadd float %add41, %mul46
  %arrayidx48 = getelementptr inbounds i8, ptr %w.addr.1283, i32 12
  %92 = load float, ptr %arrayidx48, align 4, !tbaa !2
  %add.ptr49 = getelementptr inbounds i8, ptr %y.0280, i32 32
  %93 = load float, ptr %add.ptr49, align 4, !tbaa !2
  %mul51 = fmul float %92, %93
  %add52 = fadd float %add47, %mul51
  %mul54 = fmul float %92, 3.906250e-03
  %94 = tail call float @llvm.floor.f32(float %mul54)
  %arrayidx56 = getelementptr inbounds i8, ptr %y.0280, i32 36
  %95 = load float, ptr %arrayidx56, align 4, !tbaa !2
  %mul57 = fmul float %94, %95
  %add58 = fadd float %add52, %mul57
  %mul60 = fmul float %92, 0x3EF0000000000000
  %96 = tail call float @llvm.floor.f32(float %mul60)
  %arrayidx62 = getelementptr inbounds i8, ptr %y.0280, i32 40
  %97 = load float, ptr %arrayidx62, align 4, !tbaa !2
  %mul63 = fmul float %96, %97
  %add64 = fadd float %add58, %mul63
  %mul66 = fmul float %92, 0x3E70000000000000
  %98 = tail call float @llvm.floor.f32(float %mul66)
  %arrayidx68 = getelementptr inbounds i8, ptr %y.0280, i32 44
  %99 = load float, ptr %arrayidx68, align 4, !tbaa !2
  %mul69 = fmul float %98, %99
  %add70 = fadd float %add64, %mul69
  %arrayidx71 = getelementptr inbounds i8, ptr %w.addr.1283, i32 16
  %100 = load float, ptr %arrayidx71, align 4, !tbaa !2
  %add.ptr72 = getelementptr inbounds i8, ptr %y.0280, i32 48
  %101 = load float, ptr %add.ptr72, align 4, !tbaa !2
  %mul74 = fmul float %100, %101
  %add75 = fadd float %add70, %mul74
  %mul77 = fmul float %100, 3.906250e-03
  %102 = tail call float @llvm.floor.f32(float %mul77)
  %arrayidx79 = getelementptr inbounds i8, ptr %y.0280, i32 52
  %103 = load float, ptr %arrayidx79, align 4, !tbaa !2
  %mul80 = fmul float %102, %103
  %add81 = fadd float %add75, %mul80
  %mul83 = fmul float %100, 0x3EF0000000000000
  %104 = tail call float @llvm.floor.f32(float %mul83)
  %arrayidx85 = getelementptr inbounds i8, ptr %y.0280, i32 56
  %105 = load float, ptr %arrayidx85, align 4, !tbaa !2
  %mul86 = fmul float %104, %105
  %add87 = fadd float %add81, %mul86
  %mul89 = fmul float %100, 0x3E70000000000000
  %106 = tail call float @llvm.floor.f32(float %mul89)
  %arrayidx91 = getelementptr inbounds i8, ptr %y.0280, i32 60
  %107 = load float, ptr %arrayidx91, align 4, !tbaa !2
  %mul92 = fmul float %106, %107
  %add93 = fadd float %add87, %mul92
  %arrayidx94 = getelementptr inbounds i8, ptr %w.addr.1283, i32 20
  %108 = load float, ptr %arrayidx94, align 4, !tbaa !2
  %add.ptr95 = getelementptr inbounds i8, ptr %y.0280, i32 64
  %109 = load float, ptr %add.ptr95, align 4, !tbaa !2
  %mul97 = fmul float %108, %109
  %add98 = fadd float %add93, %mul97
  %mul100 = fmul float %108, 3.906250e-03
  %110 = tail call float @llvm.floor.f32(float %mul100)
  %arrayidx102 = getelementptr inbounds i8, ptr %y.0280, i32 68
  %111 = load float, ptr %arrayidx102, align 4, !tbaa !2
  %mul103 = fmul float %110, %111
  %add104 = fadd float %add98, %mul103
  %mul106 = fmul float %108, 0x3EF0000000000000
  %112 = tail call float @llvm.floor.f32(float %mul106)
  %arrayidx108 = getelementptr inbounds i8, ptr %y.0280, i32 72
  %113 = load float, ptr %arrayidx108, align 4, !tbaa !2
  %mul109 = fmul float %112, %113
  %add110 = fadd float %add104, %mul109
  %mul112 = fmul float %108, 0x3E70000000000000
  %114 = tail call float @llvm.floor.f32(float %mul112)
  %arrayidx114 = getelementptr inbounds i8, ptr %y.0280, i32 76
  %115 = load float, ptr %arrayidx114, align 4, !tbaa !2
  %mul115 = fmul float %114, %115
  %add116 = fadd float %add110, %mul115
  %arrayidx117 = getelementptr inbounds i8, ptr %w.addr.1283, i32 24
  %116 = load float, ptr %arrayidx117, align 4, !tbaa !2
  %add.ptr118 = getelementptr inbounds i8, ptr %y.0280, i32 80
  %117 = load float, ptr %add.ptr118, align 4, !tbaa !2
  %mul120 = fmul float %116, %117
  %add121 = fadd float %add116, %mul120
  %mul123 = fmul float %116, 3.906250e-03
  %118 = tail call float @llvm.floor.f32(float %mul123)
  %arrayidx125 = getelementptr inbounds i8, ptr %y.0280, i32 84
  %119 = load float, ptr %arrayidx125, align 4, !tbaa !2
  %mul126 = fmul float %118, %119
  %add127 = fadd float %add121, %mul126
  %mul129 = fmul float %116, 0x3EF0000000000000
  %120 = tail call float @llvm.floor.f32(float %mul129)
  %arrayidx131 = getelementptr inbounds i8, ptr %y.0280, i32 88
  %121 = load float, ptr %arrayidx131, align 4, !tbaa !2
  %mul132 = fmul float %120, %121
  %add133 = fadd float %add127, %mul132
  %mul135 = fmul float %116, 0x3E70000000000000
  %122 = tail call float @llvm.floor.f32(float %mul135)
  %arrayidx137 = getelementptr inbounds i8, ptr %y.0280, i32 92
  %123 = load float, ptr %arrayidx137, align 4, !tbaa !2
  %mul138 = fmul float %122, %123
  %add139 = fadd float %add133, %mul138
  %arrayidx140 = getelementptr inbounds i8, ptr %w.addr.1283, i32 28
  %124 = load float, ptr %arrayidx140, align 4, !tbaa !2
  %add.ptr141 = getelementptr inbounds i8, ptr %y.0280, i32 96
  %125 = load float, ptr %add.ptr141, align 4, !tbaa !2
  %mul143 = fmul float %124, %125
  %add144 = fadd float %add139, %mul143
  %mul146 = fmul float %124, 3.906250e-03
  %126 = tail call float @llvm.floor.f32(float %mul146)
  %arrayidx148 = getelementptr inbounds i8, ptr %y.0280, i32 100
  %127 = load float, ptr %arrayidx148, align 4, !tbaa !2
  %mul149 = fmul float %126, %127
  %add150 = fadd float %add144, %mul149
  %mul152 = fmul float %124, 0x3EF0000000000000
  %128 = tail call float @llvm.floor.f32(float %mul152)
  %arrayidx154 = getelementptr inbounds i8, ptr %y.0280, i32 104
  %129 = load float, ptr %arrayidx154, align 4, !tbaa !2
  %mul155 = fmul float %128, %129
  %add156 = fadd float %add150, %mul155
  %mul158 = fmul float %124, 0x3E70000000000000
  %130 = tail call float @llvm.floor.f32(float %mul158)
  %arrayidx160 = getelementptr inbounds i8, ptr %y.0280, i32 108
  %131 = load float, ptr %arrayidx160, align 4, !tbaa !2
  %mul161 = fmul float %130, %131
  %add162 = fadd float %add156, %mul161
  %arrayidx163 = getelementptr inbounds i8, ptr %w.addr.1283, i32 32
  %132 = load float, ptr %arrayidx163, align 4, !tbaa !2
  %add.ptr164 = getelementptr inbounds i8, ptr %y.0280, i32 112
  %133 = load float, ptr %add.ptr164, align 4, !tbaa !2
  %mul166 = fmul float %132, %133
  %add167 = fadd float %add162, %mul166
  %mul169 = fmul float %132, 3.906250e-03
  %134 = tail call float @llvm.floor.f32(float %mul169)
  %arrayidx171 = getelementptr inbounds i8, ptr %y.0280, i32 116
  %135 = load float, ptr %arrayidx171, align 4, !tbaa !2
  %mul172 = fmul float %134, %135
  %add173 = fadd float %add167, %mul172
  %mul175 = fmul float %132, 0x3EF0000000000000
  %136 = tail call float @llvm.floor.f32(float %mul175)
  %arrayidx177 = getelementptr inbounds i8, ptr %y.0280, i32 120
  %137 = load float, ptr %arrayidx177, align 4, !tbaa !2
  %mul178 = fmul float %136, %137
  %add179 = fadd float %add173, %mul178
  %mul181 = fmul float %132, 0x3E70000000000000
  %138 = tail call float @llvm.floor.f32(float %mul181)
  %arrayidx183 = getelementptr inbounds i8, ptr %y.0280, i32 124
  %139 = load float, ptr %arrayidx183, align 4, !tbaa !2
  %mul184 = fmul float %138, %139
  %add185 = fadd float %add179, %mul184
  %140 = load float, ptr %qsx.0281, align 4, !tbaa !2
  %sub187 = fsub float %add185, %140
  %mul188 = fmul float %75, %sub187
  %add189 = fadd float %acc.0279, %mul188
  %add.ptr190 = getelementptr inbounds i8, ptr %w.addr.1283, i32 36
  %add.ptr191 = getelementptr inbounds i8, ptr %y.0280, i32 128
  %incdec.ptr = getelementptr inbounds i8, ptr %qsx.0281, i32 4
  %inc = add nuw nsw i32 %g.0282, 1
  %exitcond.not = icmp eq i32 %g.0282, %8
  br i1 %exitcond.not, label %for.cond.cleanup3.loopexit, label %for.body4, !llvm.loop !111
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t0(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %cmp10 = icmp sgt i32 %d, 0
  br i1 %cmp10, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %add = add nsw i32 %n, 15
  %div = sdiv i32 %add, 16
  %cmp.i5 = icmp sgt i32 %n, 0
  %smax = tail call i32 @llvm.smax.i32(i32 %div, i32 1)
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.012 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.011 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.011, %for.cond.i.preheader ]
  %0 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %1 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %0, %1
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %2 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %3 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %2, %3
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %4 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %5 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %4, %5
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %6 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %7 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %6, %7
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %8 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %9 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %8, %9
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %10 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %11 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %10, %11
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %12 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %13 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %12, %13
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %14 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %15 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %14, %15
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %16 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %17 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %16, %17
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %18 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %19 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %18, %19
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %20 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %21 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %20, %21
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %22 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %23 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %22, %23
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %24 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %25 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %24, %25
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %26 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %27 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %26, %27
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %28 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %29 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %28, %29
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %30 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %31 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %30, %31
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %smax
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.012
  store float %s.addr.0.i.lcssa, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.011, i32 %n
  %inc = add nuw nsw i32 %i.012, 1
  %exitcond13.not = icmp eq i32 %inc, %d
  br i1 %exitcond13.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !112
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t1(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul138.i = fmul float %33, %34
  %add139.i = fadd float %s.addr.0.i.lcssa, %mul138.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add139.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !113
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t2(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul124.i = fmul float %33, %34
  %add125.i = fadd float %s.addr.0.i.lcssa, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %35, %36
  %add129.i = fadd float %add125.i, %mul128.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add129.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !114
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t3(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul124.i = fmul float %33, %34
  %add125.i = fadd float %s.addr.0.i.lcssa, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %35, %36
  %add129.i = fadd float %add125.i, %mul128.i
  %add.ptr130.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %add.ptr131.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %add.ptr130.i, align 4, !tbaa !2
  %38 = load float, ptr %add.ptr131.i, align 4, !tbaa !2
  %mul138.i = fmul float %37, %38
  %add139.i = fadd float %add129.i, %mul138.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add139.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !115
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t4(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul102.i = fmul float %33, %34
  %add103.i = fadd float %s.addr.0.i.lcssa, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %35, %36
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %37, %38
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %39, %40
  %add115.i = fadd float %add111.i, %mul114.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add115.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !116
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t5(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul102.i = fmul float %33, %34
  %add103.i = fadd float %s.addr.0.i.lcssa, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %35, %36
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %37, %38
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %39, %40
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %add.ptr117.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %add.ptr116.i, align 4, !tbaa !2
  %42 = load float, ptr %add.ptr117.i, align 4, !tbaa !2
  %mul138.i = fmul float %41, %42
  %add139.i = fadd float %add115.i, %mul138.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add139.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !117
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t6(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul102.i = fmul float %33, %34
  %add103.i = fadd float %s.addr.0.i.lcssa, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %35, %36
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %37, %38
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %39, %40
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %add.ptr117.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %add.ptr116.i, align 4, !tbaa !2
  %42 = load float, ptr %add.ptr117.i, align 4, !tbaa !2
  %mul124.i = fmul float %41, %42
  %add125.i = fadd float %add115.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %43 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %44 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %43, %44
  %add129.i = fadd float %add125.i, %mul128.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add129.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !118
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t7(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul102.i = fmul float %33, %34
  %add103.i = fadd float %s.addr.0.i.lcssa, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %35, %36
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %37, %38
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %39, %40
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %add.ptr117.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %add.ptr116.i, align 4, !tbaa !2
  %42 = load float, ptr %add.ptr117.i, align 4, !tbaa !2
  %mul124.i = fmul float %41, %42
  %add125.i = fadd float %add115.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %43 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %44 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %43, %44
  %add129.i = fadd float %add125.i, %mul128.i
  %add.ptr130.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %add.ptr131.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %45 = load float, ptr %add.ptr130.i, align 4, !tbaa !2
  %46 = load float, ptr %add.ptr131.i, align 4, !tbaa !2
  %mul138.i = fmul float %45, %46
  %add139.i = fadd float %add129.i, %mul138.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add139.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !119
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t8(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %33, %34
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %35, %36
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %37, %38
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %39, %40
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %42 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %41, %42
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %43 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %44 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %43, %44
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %45 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %46 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %45, %46
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %47 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %48 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %47, %48
  %add95.i = fadd float %add91.i, %mul94.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add95.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !120
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t9(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %33, %34
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %35, %36
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %37, %38
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %39, %40
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %42 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %41, %42
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %43 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %44 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %43, %44
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %45 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %46 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %45, %46
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %47 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %48 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %47, %48
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 32
  %add.ptr97.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 32
  %49 = load float, ptr %add.ptr96.i, align 4, !tbaa !2
  %50 = load float, ptr %add.ptr97.i, align 4, !tbaa !2
  %mul138.i = fmul float %49, %50
  %add139.i = fadd float %add95.i, %mul138.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add139.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !121
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t10(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %33, %34
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %35, %36
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %37, %38
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %39, %40
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %42 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %41, %42
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %43 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %44 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %43, %44
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %45 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %46 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %45, %46
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %47 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %48 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %47, %48
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 32
  %add.ptr97.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 32
  %49 = load float, ptr %add.ptr96.i, align 4, !tbaa !2
  %50 = load float, ptr %add.ptr97.i, align 4, !tbaa !2
  %mul124.i = fmul float %49, %50
  %add125.i = fadd float %add95.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 36
  %51 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 36
  %52 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %51, %52
  %add129.i = fadd float %add125.i, %mul128.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add129.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !122
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t11(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %33, %34
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %35, %36
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %37, %38
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %39, %40
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %42 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %41, %42
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %43 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %44 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %43, %44
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %45 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %46 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %45, %46
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %47 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %48 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %47, %48
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 32
  %add.ptr97.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 32
  %49 = load float, ptr %add.ptr96.i, align 4, !tbaa !2
  %50 = load float, ptr %add.ptr97.i, align 4, !tbaa !2
  %mul124.i = fmul float %49, %50
  %add125.i = fadd float %add95.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 36
  %51 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 36
  %52 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %51, %52
  %add129.i = fadd float %add125.i, %mul128.i
  %add.ptr130.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 40
  %add.ptr131.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 40
  %53 = load float, ptr %add.ptr130.i, align 4, !tbaa !2
  %54 = load float, ptr %add.ptr131.i, align 4, !tbaa !2
  %mul138.i = fmul float %53, %54
  %add139.i = fadd float %add129.i, %mul138.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add139.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !123
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t12(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %33, %34
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %35, %36
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %37, %38
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %39, %40
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %42 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %41, %42
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %43 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %44 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %43, %44
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %45 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %46 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %45, %46
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %47 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %48 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %47, %48
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 32
  %add.ptr97.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 32
  %49 = load float, ptr %add.ptr96.i, align 4, !tbaa !2
  %50 = load float, ptr %add.ptr97.i, align 4, !tbaa !2
  %mul102.i = fmul float %49, %50
  %add103.i = fadd float %add95.i, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 36
  %51 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 36
  %52 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %51, %52
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 40
  %53 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 40
  %54 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %53, %54
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 44
  %55 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 44
  %56 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %55, %56
  %add115.i = fadd float %add111.i, %mul114.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add115.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !124
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t13(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %33, %34
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %35, %36
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %37, %38
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %39, %40
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %42 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %41, %42
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %43 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %44 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %43, %44
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %45 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %46 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %45, %46
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %47 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %48 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %47, %48
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 32
  %add.ptr97.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 32
  %49 = load float, ptr %add.ptr96.i, align 4, !tbaa !2
  %50 = load float, ptr %add.ptr97.i, align 4, !tbaa !2
  %mul102.i = fmul float %49, %50
  %add103.i = fadd float %add95.i, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 36
  %51 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 36
  %52 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %51, %52
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 40
  %53 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 40
  %54 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %53, %54
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 44
  %55 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 44
  %56 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %55, %56
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 48
  %add.ptr117.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 48
  %57 = load float, ptr %add.ptr116.i, align 4, !tbaa !2
  %58 = load float, ptr %add.ptr117.i, align 4, !tbaa !2
  %mul138.i = fmul float %57, %58
  %add139.i = fadd float %add115.i, %mul138.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add139.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !125
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @matvec_float_t14(ptr nocapture noundef writeonly %out, ptr nocapture noundef readonly %x, ptr nocapture noundef readonly %w, i32 noundef %n, i32 noundef %d) unnamed_addr #6 {
entry:
  %div = sdiv i32 %n, 16
  %cmp12 = icmp sgt i32 %d, 0
  br i1 %cmp12, label %for.cond.i.preheader.lr.ph, label %for.cond.cleanup

for.cond.i.preheader.lr.ph:                       ; preds = %entry
  %cmp.i5 = icmp sgt i32 %n, 15
  %0 = shl i32 %div, 6
  %scevgep = getelementptr i8, ptr %x, i32 %0
  br label %for.cond.i.preheader

for.cond.i.preheader:                             ; preds = %for.cond.i.preheader.lr.ph, %dot_steps.exit
  %i.014 = phi i32 [ 0, %for.cond.i.preheader.lr.ph ], [ %inc, %dot_steps.exit ]
  %w.addr.013 = phi ptr [ %w, %for.cond.i.preheader.lr.ph ], [ %add.ptr, %dot_steps.exit ]
  br i1 %cmp.i5, label %for.body.i, label %dot_steps.exit

for.cond.cleanup:                                 ; preds = %dot_steps.exit, %entry
  ret void

for.body.i:                                       ; preds = %for.cond.i.preheader, %for.body.i
  %t.0.i9 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.cond.i.preheader ]
  %s.addr.0.i8 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.cond.i.preheader ]
  %b.addr.0.i7 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %x, %for.cond.i.preheader ]
  %a.addr.0.i6 = phi ptr [ %add.ptr.i, %for.body.i ], [ %w.addr.013, %for.cond.i.preheader ]
  %1 = load float, ptr %a.addr.0.i6, align 4, !tbaa !2
  %2 = load float, ptr %b.addr.0.i7, align 4, !tbaa !2
  %mul.i = fmul float %1, %2
  %add.i = fadd float %s.addr.0.i8, %mul.i
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 4
  %3 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 4
  %4 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %3, %4
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 8
  %5 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 8
  %6 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %5, %6
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 12
  %7 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 12
  %8 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %7, %8
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 16
  %9 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 16
  %10 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %9, %10
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 20
  %11 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 20
  %12 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %11, %12
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 24
  %13 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 24
  %14 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %13, %14
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 28
  %15 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 28
  %16 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %15, %16
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 32
  %17 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 32
  %18 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %17, %18
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 36
  %19 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 36
  %20 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %19, %20
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 40
  %21 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 40
  %22 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %21, %22
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 44
  %23 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 44
  %24 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %23, %24
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 48
  %25 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 48
  %26 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %25, %26
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 52
  %27 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 52
  %28 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %27, %28
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 56
  %29 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 56
  %30 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %29, %30
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 60
  %31 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 60
  %32 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %31, %32
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i6, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i7, i32 64
  %inc.i = add nuw nsw i32 %t.0.i9, 1
  %exitcond.not = icmp eq i32 %inc.i, %div
  br i1 %exitcond.not, label %dot_steps.exit, label %for.body.i, !llvm.loop !62

dot_steps.exit:                                   ; preds = %for.body.i, %for.cond.i.preheader
  %a.addr.0.i.lcssa = phi ptr [ %w.addr.013, %for.cond.i.preheader ], [ %add.ptr.i, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %x, %for.cond.i.preheader ], [ %scevgep, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.cond.i.preheader ], [ %add61.i, %for.body.i ]
  %33 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %34 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %33, %34
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %35 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %36 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %35, %36
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %37 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %38 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %37, %38
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %39 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %40 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %39, %40
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %41 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %42 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %41, %42
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %43 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %44 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %43, %44
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %45 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %46 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %45, %46
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %47 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %48 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %47, %48
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 32
  %add.ptr97.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 32
  %49 = load float, ptr %add.ptr96.i, align 4, !tbaa !2
  %50 = load float, ptr %add.ptr97.i, align 4, !tbaa !2
  %mul102.i = fmul float %49, %50
  %add103.i = fadd float %add95.i, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 36
  %51 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 36
  %52 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %51, %52
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 40
  %53 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 40
  %54 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %53, %54
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 44
  %55 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 44
  %56 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %55, %56
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 48
  %add.ptr117.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 48
  %57 = load float, ptr %add.ptr116.i, align 4, !tbaa !2
  %58 = load float, ptr %add.ptr117.i, align 4, !tbaa !2
  %mul124.i = fmul float %57, %58
  %add125.i = fadd float %add115.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 52
  %59 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 52
  %60 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %59, %60
  %add129.i = fadd float %add125.i, %mul128.i
  %arrayidx = getelementptr inbounds float, ptr %out, i32 %i.014
  store float %add129.i, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %w.addr.013, i32 %n
  %inc = add nuw nsw i32 %i.014, 1
  %exitcond15.not = icmp eq i32 %inc, %d
  br i1 %exitcond15.not, label %for.cond.cleanup, label %for.cond.i.preheader, !llvm.loop !126
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @att_scores(ptr nocapture noundef writeonly %att, ptr noundef readonly %q, ptr noundef readonly %k, i32 noundef %pos, float noundef %scale) unnamed_addr #6 {
entry:
  %0 = load i32, ptr @head_size, align 4, !tbaa !8
  %cmp = icmp eq i32 %0, 8
  br i1 %cmp, label %for.cond.preheader, label %if.else

for.cond.preheader:                               ; preds = %entry
  %cmp1.not355 = icmp slt i32 %pos, 0
  br i1 %cmp1.not355, label %if.end31, label %dot_steps.exit333.lr.ph

dot_steps.exit333.lr.ph:                          ; preds = %for.cond.preheader
  %arrayidx68.i187 = getelementptr inbounds i8, ptr %q, i32 4
  %arrayidx72.i191 = getelementptr inbounds i8, ptr %q, i32 8
  %arrayidx76.i195 = getelementptr inbounds i8, ptr %q, i32 12
  %arrayidx80.i199 = getelementptr inbounds i8, ptr %q, i32 16
  %arrayidx84.i203 = getelementptr inbounds i8, ptr %q, i32 20
  %arrayidx88.i207 = getelementptr inbounds i8, ptr %q, i32 24
  %arrayidx92.i211 = getelementptr inbounds i8, ptr %q, i32 28
  %1 = load i32, ptr @kv_dim, align 4, !tbaa !8
  br label %dot_steps.exit333

dot_steps.exit333:                                ; preds = %dot_steps.exit333.lr.ph, %dot_steps.exit333
  %k.addr.0357 = phi ptr [ %k, %dot_steps.exit333.lr.ph ], [ %add.ptr, %dot_steps.exit333 ]
  %t.0356 = phi i32 [ 0, %dot_steps.exit333.lr.ph ], [ %inc, %dot_steps.exit333 ]
  %2 = load float, ptr %q, align 4, !tbaa !2
  %3 = load float, ptr %k.addr.0357, align 4, !tbaa !2
  %mul66.i185 = fmul float %2, %3
  %add67.i186 = fadd float %mul66.i185, 0.000000e+00
  %4 = load float, ptr %arrayidx68.i187, align 4, !tbaa !2
  %arrayidx69.i188 = getelementptr inbounds i8, ptr %k.addr.0357, i32 4
  %5 = load float, ptr %arrayidx69.i188, align 4, !tbaa !2
  %mul70.i189 = fmul float %4, %5
  %add71.i190 = fadd float %add67.i186, %mul70.i189
  %6 = load float, ptr %arrayidx72.i191, align 4, !tbaa !2
  %arrayidx73.i192 = getelementptr inbounds i8, ptr %k.addr.0357, i32 8
  %7 = load float, ptr %arrayidx73.i192, align 4, !tbaa !2
  %mul74.i193 = fmul float %6, %7
  %add75.i194 = fadd float %add71.i190, %mul74.i193
  %8 = load float, ptr %arrayidx76.i195, align 4, !tbaa !2
  %arrayidx77.i196 = getelementptr inbounds i8, ptr %k.addr.0357, i32 12
  %9 = load float, ptr %arrayidx77.i196, align 4, !tbaa !2
  %mul78.i197 = fmul float %8, %9
  %add79.i198 = fadd float %add75.i194, %mul78.i197
  %10 = load float, ptr %arrayidx80.i199, align 4, !tbaa !2
  %arrayidx81.i200 = getelementptr inbounds i8, ptr %k.addr.0357, i32 16
  %11 = load float, ptr %arrayidx81.i200, align 4, !tbaa !2
  %mul82.i201 = fmul float %10, %11
  %add83.i202 = fadd float %add79.i198, %mul82.i201
  %12 = load float, ptr %arrayidx84.i203, align 4, !tbaa !2
  %arrayidx85.i204 = getelementptr inbounds i8, ptr %k.addr.0357, i32 20
  %13 = load float, ptr %arrayidx85.i204, align 4, !tbaa !2
  %mul86.i205 = fmul float %12, %13
  %add87.i206 = fadd float %add83.i202, %mul86.i205
  %14 = load float, ptr %arrayidx88.i207, align 4, !tbaa !2
  %arrayidx89.i208 = getelementptr inbounds i8, ptr %k.addr.0357, i32 24
  %15 = load float, ptr %arrayidx89.i208, align 4, !tbaa !2
  %mul90.i209 = fmul float %14, %15
  %add91.i210 = fadd float %add87.i206, %mul90.i209
  %16 = load float, ptr %arrayidx92.i211, align 4, !tbaa !2
  %arrayidx93.i212 = getelementptr inbounds i8, ptr %k.addr.0357, i32 28
  %17 = load float, ptr %arrayidx93.i212, align 4, !tbaa !2
  %mul94.i213 = fmul float %16, %17
  %add95.i214 = fadd float %add91.i210, %mul94.i213
  %div = fdiv float %add95.i214, %scale
  %arrayidx = getelementptr inbounds float, ptr %att, i32 %t.0356
  store float %div, ptr %arrayidx, align 4, !tbaa !2
  %add.ptr = getelementptr inbounds float, ptr %k.addr.0357, i32 %1
  %inc = add nuw i32 %t.0356, 1
  %exitcond363.not = icmp eq i32 %t.0356, %pos
  br i1 %exitcond363.not, label %if.end31, label %dot_steps.exit333, !llvm.loop !127

if.else:                                          ; preds = %entry
  %div2 = sdiv i32 %0, 16
  %mul = shl nsw i32 %div2, 4
  %cmp3 = icmp eq i32 %0, %mul
  %cmp8.not352 = icmp slt i32 %pos, 0
  br i1 %cmp3, label %for.cond7.preheader, label %for.cond20.preheader

for.cond20.preheader:                             ; preds = %if.else
  br i1 %cmp8.not352, label %if.end31, label %for.body23.lr.ph

for.body23.lr.ph:                                 ; preds = %for.cond20.preheader
  %sub.i = sub nsw i32 %0, %mul
  %cmp.i336 = icmp sgt i32 %0, 15
  %cmp63.i = icmp sgt i32 %sub.i, 7
  %sub.i51 = add nsw i32 %sub.i, -8
  %18 = load i32, ptr @kv_dim, align 4, !tbaa !8
  %19 = shl i32 %div2, 6
  %scevgep = getelementptr i8, ptr %q, i32 %19
  br label %for.body23

for.cond7.preheader:                              ; preds = %if.else
  br i1 %cmp8.not352, label %if.end31, label %for.cond.i53.preheader.lr.ph

for.cond.i53.preheader.lr.ph:                     ; preds = %for.cond7.preheader
  %cmp.i58346 = icmp sgt i32 %0, 15
  %20 = load i32, ptr @kv_dim, align 4, !tbaa !8
  br label %for.cond.i53.preheader

for.cond.i53.preheader:                           ; preds = %for.cond.i53.preheader.lr.ph, %dot_steps.exit176
  %t6.0354 = phi i32 [ 0, %for.cond.i53.preheader.lr.ph ], [ %inc16, %dot_steps.exit176 ]
  %k.addr.1353 = phi ptr [ %k, %for.cond.i53.preheader.lr.ph ], [ %add.ptr14, %dot_steps.exit176 ]
  br i1 %cmp.i58346, label %for.body.i110, label %dot_steps.exit176

for.body.i110:                                    ; preds = %for.cond.i53.preheader, %for.body.i110
  %t.0.i57350 = phi i32 [ %inc.i175, %for.body.i110 ], [ 0, %for.cond.i53.preheader ]
  %s.addr.0.i56349 = phi float [ %add61.i172, %for.body.i110 ], [ 0.000000e+00, %for.cond.i53.preheader ]
  %b.addr.0.i55348 = phi ptr [ %add.ptr62.i174, %for.body.i110 ], [ %k.addr.1353, %for.cond.i53.preheader ]
  %a.addr.0.i54347 = phi ptr [ %add.ptr.i173, %for.body.i110 ], [ %q, %for.cond.i53.preheader ]
  %21 = load float, ptr %a.addr.0.i54347, align 4, !tbaa !2
  %22 = load float, ptr %b.addr.0.i55348, align 4, !tbaa !2
  %mul.i111 = fmul float %21, %22
  %add.i112 = fadd float %s.addr.0.i56349, %mul.i111
  %arrayidx2.i113 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 4
  %23 = load float, ptr %arrayidx2.i113, align 4, !tbaa !2
  %arrayidx3.i114 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 4
  %24 = load float, ptr %arrayidx3.i114, align 4, !tbaa !2
  %mul4.i115 = fmul float %23, %24
  %add5.i116 = fadd float %add.i112, %mul4.i115
  %arrayidx6.i117 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 8
  %25 = load float, ptr %arrayidx6.i117, align 4, !tbaa !2
  %arrayidx7.i118 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 8
  %26 = load float, ptr %arrayidx7.i118, align 4, !tbaa !2
  %mul8.i119 = fmul float %25, %26
  %add9.i120 = fadd float %add5.i116, %mul8.i119
  %arrayidx10.i121 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 12
  %27 = load float, ptr %arrayidx10.i121, align 4, !tbaa !2
  %arrayidx11.i122 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 12
  %28 = load float, ptr %arrayidx11.i122, align 4, !tbaa !2
  %mul12.i123 = fmul float %27, %28
  %add13.i124 = fadd float %add9.i120, %mul12.i123
  %arrayidx14.i125 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 16
  %29 = load float, ptr %arrayidx14.i125, align 4, !tbaa !2
  %arrayidx15.i126 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 16
  %30 = load float, ptr %arrayidx15.i126, align 4, !tbaa !2
  %mul16.i127 = fmul float %29, %30
  %add17.i128 = fadd float %add13.i124, %mul16.i127
  %arrayidx18.i129 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 20
  %31 = load float, ptr %arrayidx18.i129, align 4, !tbaa !2
  %arrayidx19.i130 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 20
  %32 = load float, ptr %arrayidx19.i130, align 4, !tbaa !2
  %mul20.i131 = fmul float %31, %32
  %add21.i132 = fadd float %add17.i128, %mul20.i131
  %arrayidx22.i133 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 24
  %33 = load float, ptr %arrayidx22.i133, align 4, !tbaa !2
  %arrayidx23.i134 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 24
  %34 = load float, ptr %arrayidx23.i134, align 4, !tbaa !2
  %mul24.i135 = fmul float %33, %34
  %add25.i136 = fadd float %add21.i132, %mul24.i135
  %arrayidx26.i137 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 28
  %35 = load float, ptr %arrayidx26.i137, align 4, !tbaa !2
  %arrayidx27.i138 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 28
  %36 = load float, ptr %arrayidx27.i138, align 4, !tbaa !2
  %mul28.i139 = fmul float %35, %36
  %add29.i140 = fadd float %add25.i136, %mul28.i139
  %arrayidx30.i141 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 32
  %37 = load float, ptr %arrayidx30.i141, align 4, !tbaa !2
  %arrayidx31.i142 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 32
  %38 = load float, ptr %arrayidx31.i142, align 4, !tbaa !2
  %mul32.i143 = fmul float %37, %38
  %add33.i144 = fadd float %add29.i140, %mul32.i143
  %arrayidx34.i145 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 36
  %39 = load float, ptr %arrayidx34.i145, align 4, !tbaa !2
  %arrayidx35.i146 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 36
  %40 = load float, ptr %arrayidx35.i146, align 4, !tbaa !2
  %mul36.i147 = fmul float %39, %40
  %add37.i148 = fadd float %add33.i144, %mul36.i147
  %arrayidx38.i149 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 40
  %41 = load float, ptr %arrayidx38.i149, align 4, !tbaa !2
  %arrayidx39.i150 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 40
  %42 = load float, ptr %arrayidx39.i150, align 4, !tbaa !2
  %mul40.i151 = fmul float %41, %42
  %add41.i152 = fadd float %add37.i148, %mul40.i151
  %arrayidx42.i153 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 44
  %43 = load float, ptr %arrayidx42.i153, align 4, !tbaa !2
  %arrayidx43.i154 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 44
  %44 = load float, ptr %arrayidx43.i154, align 4, !tbaa !2
  %mul44.i155 = fmul float %43, %44
  %add45.i156 = fadd float %add41.i152, %mul44.i155
  %arrayidx46.i157 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 48
  %45 = load float, ptr %arrayidx46.i157, align 4, !tbaa !2
  %arrayidx47.i158 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 48
  %46 = load float, ptr %arrayidx47.i158, align 4, !tbaa !2
  %mul48.i159 = fmul float %45, %46
  %add49.i160 = fadd float %add45.i156, %mul48.i159
  %arrayidx50.i161 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 52
  %47 = load float, ptr %arrayidx50.i161, align 4, !tbaa !2
  %arrayidx51.i162 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 52
  %48 = load float, ptr %arrayidx51.i162, align 4, !tbaa !2
  %mul52.i163 = fmul float %47, %48
  %add53.i164 = fadd float %add49.i160, %mul52.i163
  %arrayidx54.i165 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 56
  %49 = load float, ptr %arrayidx54.i165, align 4, !tbaa !2
  %arrayidx55.i166 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 56
  %50 = load float, ptr %arrayidx55.i166, align 4, !tbaa !2
  %mul56.i167 = fmul float %49, %50
  %add57.i168 = fadd float %add53.i164, %mul56.i167
  %arrayidx58.i169 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 60
  %51 = load float, ptr %arrayidx58.i169, align 4, !tbaa !2
  %arrayidx59.i170 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 60
  %52 = load float, ptr %arrayidx59.i170, align 4, !tbaa !2
  %mul60.i171 = fmul float %51, %52
  %add61.i172 = fadd float %add57.i168, %mul60.i171
  %add.ptr.i173 = getelementptr inbounds i8, ptr %a.addr.0.i54347, i32 64
  %add.ptr62.i174 = getelementptr inbounds i8, ptr %b.addr.0.i55348, i32 64
  %inc.i175 = add nuw nsw i32 %t.0.i57350, 1
  %exitcond361.not = icmp eq i32 %inc.i175, %div2
  br i1 %exitcond361.not, label %dot_steps.exit176, label %for.body.i110, !llvm.loop !62

dot_steps.exit176:                                ; preds = %for.body.i110, %for.cond.i53.preheader
  %s.addr.0.i56.lcssa = phi float [ 0.000000e+00, %for.cond.i53.preheader ], [ %add61.i172, %for.body.i110 ]
  %div12 = fdiv float %s.addr.0.i56.lcssa, %scale
  %arrayidx13 = getelementptr inbounds float, ptr %att, i32 %t6.0354
  store float %div12, ptr %arrayidx13, align 4, !tbaa !2
  %add.ptr14 = getelementptr inbounds float, ptr %k.addr.1353, i32 %20
  %inc16 = add nuw i32 %t6.0354, 1
  %exitcond362.not = icmp eq i32 %t6.0354, %pos
  br i1 %exitcond362.not, label %if.end31, label %for.cond.i53.preheader, !llvm.loop !128

for.body23:                                       ; preds = %for.body23.lr.ph, %dot_steps.exit
  %t19.0345 = phi i32 [ 0, %for.body23.lr.ph ], [ %inc29, %dot_steps.exit ]
  %k.addr.2344 = phi ptr [ %k, %for.body23.lr.ph ], [ %add.ptr27, %dot_steps.exit ]
  br i1 %cmp.i336, label %for.body.i, label %for.cond.cleanup.i

for.cond.cleanup.i:                               ; preds = %for.body.i, %for.body23
  %a.addr.0.i.lcssa = phi ptr [ %q, %for.body23 ], [ %scevgep, %for.body.i ]
  %b.addr.0.i.lcssa = phi ptr [ %k.addr.2344, %for.body23 ], [ %add.ptr62.i, %for.body.i ]
  %s.addr.0.i.lcssa = phi float [ 0.000000e+00, %for.body23 ], [ %add61.i, %for.body.i ]
  br i1 %cmp63.i, label %if.then.i, label %if.end.i

for.body.i:                                       ; preds = %for.body23, %for.body.i
  %t.0.i340 = phi i32 [ %inc.i, %for.body.i ], [ 0, %for.body23 ]
  %s.addr.0.i339 = phi float [ %add61.i, %for.body.i ], [ 0.000000e+00, %for.body23 ]
  %b.addr.0.i338 = phi ptr [ %add.ptr62.i, %for.body.i ], [ %k.addr.2344, %for.body23 ]
  %a.addr.0.i337 = phi ptr [ %add.ptr.i, %for.body.i ], [ %q, %for.body23 ]
  %53 = load float, ptr %a.addr.0.i337, align 4, !tbaa !2
  %54 = load float, ptr %b.addr.0.i338, align 4, !tbaa !2
  %mul.i52 = fmul float %53, %54
  %add.i = fadd float %s.addr.0.i339, %mul.i52
  %arrayidx2.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 4
  %55 = load float, ptr %arrayidx2.i, align 4, !tbaa !2
  %arrayidx3.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 4
  %56 = load float, ptr %arrayidx3.i, align 4, !tbaa !2
  %mul4.i = fmul float %55, %56
  %add5.i = fadd float %add.i, %mul4.i
  %arrayidx6.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 8
  %57 = load float, ptr %arrayidx6.i, align 4, !tbaa !2
  %arrayidx7.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 8
  %58 = load float, ptr %arrayidx7.i, align 4, !tbaa !2
  %mul8.i = fmul float %57, %58
  %add9.i = fadd float %add5.i, %mul8.i
  %arrayidx10.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 12
  %59 = load float, ptr %arrayidx10.i, align 4, !tbaa !2
  %arrayidx11.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 12
  %60 = load float, ptr %arrayidx11.i, align 4, !tbaa !2
  %mul12.i = fmul float %59, %60
  %add13.i = fadd float %add9.i, %mul12.i
  %arrayidx14.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 16
  %61 = load float, ptr %arrayidx14.i, align 4, !tbaa !2
  %arrayidx15.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 16
  %62 = load float, ptr %arrayidx15.i, align 4, !tbaa !2
  %mul16.i = fmul float %61, %62
  %add17.i = fadd float %add13.i, %mul16.i
  %arrayidx18.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 20
  %63 = load float, ptr %arrayidx18.i, align 4, !tbaa !2
  %arrayidx19.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 20
  %64 = load float, ptr %arrayidx19.i, align 4, !tbaa !2
  %mul20.i = fmul float %63, %64
  %add21.i = fadd float %add17.i, %mul20.i
  %arrayidx22.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 24
  %65 = load float, ptr %arrayidx22.i, align 4, !tbaa !2
  %arrayidx23.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 24
  %66 = load float, ptr %arrayidx23.i, align 4, !tbaa !2
  %mul24.i = fmul float %65, %66
  %add25.i = fadd float %add21.i, %mul24.i
  %arrayidx26.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 28
  %67 = load float, ptr %arrayidx26.i, align 4, !tbaa !2
  %arrayidx27.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 28
  %68 = load float, ptr %arrayidx27.i, align 4, !tbaa !2
  %mul28.i = fmul float %67, %68
  %add29.i = fadd float %add25.i, %mul28.i
  %arrayidx30.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 32
  %69 = load float, ptr %arrayidx30.i, align 4, !tbaa !2
  %arrayidx31.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 32
  %70 = load float, ptr %arrayidx31.i, align 4, !tbaa !2
  %mul32.i = fmul float %69, %70
  %add33.i = fadd float %add29.i, %mul32.i
  %arrayidx34.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 36
  %71 = load float, ptr %arrayidx34.i, align 4, !tbaa !2
  %arrayidx35.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 36
  %72 = load float, ptr %arrayidx35.i, align 4, !tbaa !2
  %mul36.i = fmul float %71, %72
  %add37.i = fadd float %add33.i, %mul36.i
  %arrayidx38.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 40
  %73 = load float, ptr %arrayidx38.i, align 4, !tbaa !2
  %arrayidx39.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 40
  %74 = load float, ptr %arrayidx39.i, align 4, !tbaa !2
  %mul40.i = fmul float %73, %74
  %add41.i = fadd float %add37.i, %mul40.i
  %arrayidx42.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 44
  %75 = load float, ptr %arrayidx42.i, align 4, !tbaa !2
  %arrayidx43.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 44
  %76 = load float, ptr %arrayidx43.i, align 4, !tbaa !2
  %mul44.i = fmul float %75, %76
  %add45.i = fadd float %add41.i, %mul44.i
  %arrayidx46.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 48
  %77 = load float, ptr %arrayidx46.i, align 4, !tbaa !2
  %arrayidx47.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 48
  %78 = load float, ptr %arrayidx47.i, align 4, !tbaa !2
  %mul48.i = fmul float %77, %78
  %add49.i = fadd float %add45.i, %mul48.i
  %arrayidx50.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 52
  %79 = load float, ptr %arrayidx50.i, align 4, !tbaa !2
  %arrayidx51.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 52
  %80 = load float, ptr %arrayidx51.i, align 4, !tbaa !2
  %mul52.i = fmul float %79, %80
  %add53.i = fadd float %add49.i, %mul52.i
  %arrayidx54.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 56
  %81 = load float, ptr %arrayidx54.i, align 4, !tbaa !2
  %arrayidx55.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 56
  %82 = load float, ptr %arrayidx55.i, align 4, !tbaa !2
  %mul56.i = fmul float %81, %82
  %add57.i = fadd float %add53.i, %mul56.i
  %arrayidx58.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 60
  %83 = load float, ptr %arrayidx58.i, align 4, !tbaa !2
  %arrayidx59.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 60
  %84 = load float, ptr %arrayidx59.i, align 4, !tbaa !2
  %mul60.i = fmul float %83, %84
  %add61.i = fadd float %add57.i, %mul60.i
  %add.ptr.i = getelementptr inbounds i8, ptr %a.addr.0.i337, i32 64
  %add.ptr62.i = getelementptr inbounds i8, ptr %b.addr.0.i338, i32 64
  %inc.i = add nuw nsw i32 %t.0.i340, 1
  %exitcond.not = icmp eq i32 %inc.i, %div2
  br i1 %exitcond.not, label %for.cond.cleanup.i, label %for.body.i, !llvm.loop !62

if.then.i:                                        ; preds = %for.cond.cleanup.i
  %85 = load float, ptr %a.addr.0.i.lcssa, align 4, !tbaa !2
  %86 = load float, ptr %b.addr.0.i.lcssa, align 4, !tbaa !2
  %mul66.i = fmul float %85, %86
  %add67.i = fadd float %s.addr.0.i.lcssa, %mul66.i
  %arrayidx68.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 4
  %87 = load float, ptr %arrayidx68.i, align 4, !tbaa !2
  %arrayidx69.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 4
  %88 = load float, ptr %arrayidx69.i, align 4, !tbaa !2
  %mul70.i = fmul float %87, %88
  %add71.i = fadd float %add67.i, %mul70.i
  %arrayidx72.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 8
  %89 = load float, ptr %arrayidx72.i, align 4, !tbaa !2
  %arrayidx73.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 8
  %90 = load float, ptr %arrayidx73.i, align 4, !tbaa !2
  %mul74.i = fmul float %89, %90
  %add75.i = fadd float %add71.i, %mul74.i
  %arrayidx76.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 12
  %91 = load float, ptr %arrayidx76.i, align 4, !tbaa !2
  %arrayidx77.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 12
  %92 = load float, ptr %arrayidx77.i, align 4, !tbaa !2
  %mul78.i = fmul float %91, %92
  %add79.i = fadd float %add75.i, %mul78.i
  %arrayidx80.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 16
  %93 = load float, ptr %arrayidx80.i, align 4, !tbaa !2
  %arrayidx81.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 16
  %94 = load float, ptr %arrayidx81.i, align 4, !tbaa !2
  %mul82.i = fmul float %93, %94
  %add83.i = fadd float %add79.i, %mul82.i
  %arrayidx84.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 20
  %95 = load float, ptr %arrayidx84.i, align 4, !tbaa !2
  %arrayidx85.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 20
  %96 = load float, ptr %arrayidx85.i, align 4, !tbaa !2
  %mul86.i = fmul float %95, %96
  %add87.i = fadd float %add83.i, %mul86.i
  %arrayidx88.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 24
  %97 = load float, ptr %arrayidx88.i, align 4, !tbaa !2
  %arrayidx89.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 24
  %98 = load float, ptr %arrayidx89.i, align 4, !tbaa !2
  %mul90.i = fmul float %97, %98
  %add91.i = fadd float %add87.i, %mul90.i
  %arrayidx92.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 28
  %99 = load float, ptr %arrayidx92.i, align 4, !tbaa !2
  %arrayidx93.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 28
  %100 = load float, ptr %arrayidx93.i, align 4, !tbaa !2
  %mul94.i = fmul float %99, %100
  %add95.i = fadd float %add91.i, %mul94.i
  %add.ptr96.i = getelementptr inbounds i8, ptr %a.addr.0.i.lcssa, i32 32
  %add.ptr97.i = getelementptr inbounds i8, ptr %b.addr.0.i.lcssa, i32 32
  br label %if.end.i

if.end.i:                                         ; preds = %if.then.i, %for.cond.cleanup.i
  %a.addr.1.i = phi ptr [ %add.ptr96.i, %if.then.i ], [ %a.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %b.addr.1.i = phi ptr [ %add.ptr97.i, %if.then.i ], [ %b.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %s.addr.1.i = phi float [ %add95.i, %if.then.i ], [ %s.addr.0.i.lcssa, %for.cond.cleanup.i ]
  %left.addr.0.i = phi i32 [ %sub.i51, %if.then.i ], [ %sub.i, %for.cond.cleanup.i ]
  %cmp98.i = icmp sgt i32 %left.addr.0.i, 3
  br i1 %cmp98.i, label %if.then99.i, label %if.end119.i

if.then99.i:                                      ; preds = %if.end.i
  %101 = load float, ptr %a.addr.1.i, align 4, !tbaa !2
  %102 = load float, ptr %b.addr.1.i, align 4, !tbaa !2
  %mul102.i = fmul float %101, %102
  %add103.i = fadd float %s.addr.1.i, %mul102.i
  %arrayidx104.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 4
  %103 = load float, ptr %arrayidx104.i, align 4, !tbaa !2
  %arrayidx105.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 4
  %104 = load float, ptr %arrayidx105.i, align 4, !tbaa !2
  %mul106.i = fmul float %103, %104
  %add107.i = fadd float %add103.i, %mul106.i
  %arrayidx108.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 8
  %105 = load float, ptr %arrayidx108.i, align 4, !tbaa !2
  %arrayidx109.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 8
  %106 = load float, ptr %arrayidx109.i, align 4, !tbaa !2
  %mul110.i = fmul float %105, %106
  %add111.i = fadd float %add107.i, %mul110.i
  %arrayidx112.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 12
  %107 = load float, ptr %arrayidx112.i, align 4, !tbaa !2
  %arrayidx113.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 12
  %108 = load float, ptr %arrayidx113.i, align 4, !tbaa !2
  %mul114.i = fmul float %107, %108
  %add115.i = fadd float %add111.i, %mul114.i
  %add.ptr116.i = getelementptr inbounds i8, ptr %a.addr.1.i, i32 16
  %add.ptr117.i = getelementptr inbounds i8, ptr %b.addr.1.i, i32 16
  %sub118.i = add nsw i32 %left.addr.0.i, -4
  br label %if.end119.i

if.end119.i:                                      ; preds = %if.then99.i, %if.end.i
  %a.addr.2.i = phi ptr [ %add.ptr116.i, %if.then99.i ], [ %a.addr.1.i, %if.end.i ]
  %b.addr.2.i = phi ptr [ %add.ptr117.i, %if.then99.i ], [ %b.addr.1.i, %if.end.i ]
  %s.addr.2.i = phi float [ %add115.i, %if.then99.i ], [ %s.addr.1.i, %if.end.i ]
  %left.addr.1.i = phi i32 [ %sub118.i, %if.then99.i ], [ %left.addr.0.i, %if.end.i ]
  %cmp120.i = icmp sgt i32 %left.addr.1.i, 1
  br i1 %cmp120.i, label %if.then121.i, label %if.end133.i

if.then121.i:                                     ; preds = %if.end119.i
  %109 = load float, ptr %a.addr.2.i, align 4, !tbaa !2
  %110 = load float, ptr %b.addr.2.i, align 4, !tbaa !2
  %mul124.i = fmul float %109, %110
  %add125.i = fadd float %s.addr.2.i, %mul124.i
  %arrayidx126.i = getelementptr inbounds i8, ptr %a.addr.2.i, i32 4
  %111 = load float, ptr %arrayidx126.i, align 4, !tbaa !2
  %arrayidx127.i = getelementptr inbounds i8, ptr %b.addr.2.i, i32 4
  %112 = load float, ptr %arrayidx127.i, align 4, !tbaa !2
  %mul128.i = fmul float %111, %112
  %add129.i = fadd float %add125.i, %mul128.i
  %add.ptr130.i = getelementptr inbounds i8, ptr %a.addr.2.i, i32 8
  %add.ptr131.i = getelementptr inbounds i8, ptr %b.addr.2.i, i32 8
  %sub132.i = add nsw i32 %left.addr.1.i, -2
  br label %if.end133.i

if.end133.i:                                      ; preds = %if.then121.i, %if.end119.i
  %a.addr.3.i = phi ptr [ %add.ptr130.i, %if.then121.i ], [ %a.addr.2.i, %if.end119.i ]
  %b.addr.3.i = phi ptr [ %add.ptr131.i, %if.then121.i ], [ %b.addr.2.i, %if.end119.i ]
  %s.addr.3.i = phi float [ %add129.i, %if.then121.i ], [ %s.addr.2.i, %if.end119.i ]
  %left.addr.2.i = phi i32 [ %sub132.i, %if.then121.i ], [ %left.addr.1.i, %if.end119.i ]
  %cmp134.i = icmp sgt i32 %left.addr.2.i, 0
  br i1 %cmp134.i, label %if.then135.i, label %dot_steps.exit

if.then135.i:                                     ; preds = %if.end133.i
  %113 = load float, ptr %a.addr.3.i, align 4, !tbaa !2
  %114 = load float, ptr %b.addr.3.i, align 4, !tbaa !2
  %mul138.i = fmul float %113, %114
  %add139.i = fadd float %s.addr.3.i, %mul138.i
  br label %dot_steps.exit

dot_steps.exit:                                   ; preds = %if.end133.i, %if.then135.i
  %s.addr.4.i = phi float [ %add139.i, %if.then135.i ], [ %s.addr.3.i, %if.end133.i ]
  %div25 = fdiv float %s.addr.4.i, %scale
  %arrayidx26 = getelementptr inbounds float, ptr %att, i32 %t19.0345
  store float %div25, ptr %arrayidx26, align 4, !tbaa !2
  %add.ptr27 = getelementptr inbounds float, ptr %k.addr.2344, i32 %18
  %inc29 = add nuw i32 %t19.0345, 1
  %exitcond360.not = icmp eq i32 %t19.0345, %pos
  br i1 %exitcond360.not, label %if.end31, label %for.body23, !llvm.loop !129

if.end31:                                         ; preds = %dot_steps.exit, %dot_steps.exit176, %dot_steps.exit333, %for.cond20.preheader, %for.cond7.preheader, %for.cond.preheader
  ret void
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(argmem: readwrite)
define internal fastcc void @softmax(ptr nocapture noundef %x, i32 noundef %n) unnamed_addr #8 {
entry:
  %0 = load float, ptr %x, align 4, !tbaa !2
  %cmp46 = icmp sgt i32 %n, 1
  br i1 %cmp46, label %for.body, label %for.cond5.preheader

for.cond5.preheader:                              ; preds = %for.body, %entry
  %max.0.lcssa = phi float [ %0, %entry ], [ %max.1, %for.body ]
  %cmp649 = icmp sgt i32 %n, 0
  br i1 %cmp649, label %for.body8, label %for.cond.cleanup18

for.body:                                         ; preds = %entry, %for.body
  %i.048 = phi i32 [ %inc, %for.body ], [ 1, %entry ]
  %max.047 = phi float [ %max.1, %for.body ], [ %0, %entry ]
  %arrayidx1 = getelementptr inbounds float, ptr %x, i32 %i.048
  %1 = load float, ptr %arrayidx1, align 4, !tbaa !2
  %cmp2 = fcmp ogt float %1, %max.047
  %max.1 = select i1 %cmp2, float %1, float %max.047
  %inc = add nuw nsw i32 %i.048, 1
  %exitcond.not = icmp eq i32 %inc, %n
  br i1 %exitcond.not, label %for.cond5.preheader, label %for.body, !llvm.loop !130

for.cond16.preheader:                             ; preds = %for.body8
  br i1 %cmp649, label %for.body19, label %for.cond.cleanup18

for.body8:                                        ; preds = %for.cond5.preheader, %for.body8
  %i4.051 = phi i32 [ %inc13, %for.body8 ], [ 0, %for.cond5.preheader ]
  %sum.050 = phi float [ %add, %for.body8 ], [ 0.000000e+00, %for.cond5.preheader ]
  %arrayidx9 = getelementptr inbounds float, ptr %x, i32 %i4.051
  %2 = load float, ptr %arrayidx9, align 4, !tbaa !2
  %sub = fsub float %2, %max.0.lcssa
  %3 = tail call float @llvm.exp.f32(float %sub)
  store float %3, ptr %arrayidx9, align 4, !tbaa !2
  %add = fadd float %sum.050, %3
  %inc13 = add nuw nsw i32 %i4.051, 1
  %exitcond55.not = icmp eq i32 %inc13, %n
  br i1 %exitcond55.not, label %for.cond16.preheader, label %for.body8, !llvm.loop !131

for.cond.cleanup18:                               ; preds = %for.body19, %for.cond5.preheader, %for.cond16.preheader
  ret void

for.body19:                                       ; preds = %for.cond16.preheader, %for.body19
  %i15.054 = phi i32 [ %inc23, %for.body19 ], [ 0, %for.cond16.preheader ]
  %arrayidx20 = getelementptr inbounds float, ptr %x, i32 %i15.054
  %4 = load float, ptr %arrayidx20, align 4, !tbaa !2
  %div = fdiv float %4, %add
  store float %div, ptr %arrayidx20, align 4, !tbaa !2
  %inc23 = add nuw nsw i32 %i15.054, 1
  %exitcond56.not = icmp eq i32 %inc23, %n
  br i1 %exitcond56.not, label %for.cond.cleanup18, label %for.body19, !llvm.loop !132
}

; Function Attrs: nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none)
define internal fastcc void @att_mix(ptr nocapture noundef writeonly %xb, ptr nocapture noundef readonly %att, ptr nocapture noundef readonly %vh, i32 noundef %pos) unnamed_addr #6 {
entry:
  %0 = load i32, ptr @kv_dim, align 4, !tbaa !8
  %1 = load i32, ptr @head_size, align 4, !tbaa !8
  %cmp74 = icmp sgt i32 %1, 0
  br i1 %cmp74, label %for.body.lr.ph, label %for.cond.cleanup

for.body.lr.ph:                                   ; preds = %entry
  %add = add nsw i32 %pos, 8
  %div = sdiv i32 %add, 8
  %cmp769 = icmp sgt i32 %pos, -1
  %arrayidx18.idx = shl nsw i32 %0, 3
  %arrayidx22.idx = mul i32 %0, 12
  %arrayidx26.idx = shl nsw i32 %0, 4
  %arrayidx30.idx = mul i32 %0, 20
  %arrayidx34.idx = mul i32 %0, 24
  %arrayidx38.idx = mul i32 %0, 28
  %add.ptr43.idx = shl nsw i32 %0, 5
  %smax = tail call i32 @llvm.smax.i32(i32 %div, i32 1)
  br label %for.body

for.cond.cleanup:                                 ; preds = %for.cond.cleanup8, %entry
  ret void

for.body:                                         ; preds = %for.body.lr.ph, %for.cond.cleanup8
  %i.075 = phi i32 [ 0, %for.body.lr.ph ], [ %inc46, %for.cond.cleanup8 ]
  br i1 %cmp769, label %for.body9.preheader, label %for.cond.cleanup8

for.body9.preheader:                              ; preds = %for.body
  %add.ptr = getelementptr inbounds float, ptr %vh, i32 %i.075
  br label %for.body9

for.cond.cleanup8:                                ; preds = %for.body9, %for.body
  %s.0.lcssa = phi float [ 0.000000e+00, %for.body ], [ %add40, %for.body9 ]
  %arrayidx44 = getelementptr inbounds float, ptr %xb, i32 %i.075
  store float %s.0.lcssa, ptr %arrayidx44, align 4, !tbaa !2
  %inc46 = add nuw nsw i32 %i.075, 1
  %exitcond76.not = icmp eq i32 %inc46, %1
  br i1 %exitcond76.not, label %for.cond.cleanup, label %for.body, !llvm.loop !133

for.body9:                                        ; preds = %for.body9.preheader, %for.body9
  %t.073 = phi i32 [ %inc, %for.body9 ], [ 0, %for.body9.preheader ]
  %s.072 = phi float [ %add40, %for.body9 ], [ 0.000000e+00, %for.body9.preheader ]
  %a.071 = phi ptr [ %add.ptr41, %for.body9 ], [ %att, %for.body9.preheader ]
  %v.070 = phi ptr [ %add.ptr43, %for.body9 ], [ %add.ptr, %for.body9.preheader ]
  %2 = load float, ptr %a.071, align 4, !tbaa !2
  %3 = load float, ptr %v.070, align 4, !tbaa !2
  %mul11 = fmul float %2, %3
  %add12 = fadd float %s.072, %mul11
  %arrayidx13 = getelementptr inbounds i8, ptr %a.071, i32 4
  %4 = load float, ptr %arrayidx13, align 4, !tbaa !2
  %arrayidx14 = getelementptr inbounds float, ptr %v.070, i32 %0
  %5 = load float, ptr %arrayidx14, align 4, !tbaa !2
  %mul15 = fmul float %4, %5
  %add16 = fadd float %add12, %mul15
  %arrayidx17 = getelementptr inbounds i8, ptr %a.071, i32 8
  %6 = load float, ptr %arrayidx17, align 4, !tbaa !2
  %arrayidx18 = getelementptr inbounds i8, ptr %v.070, i32 %arrayidx18.idx
  %7 = load float, ptr %arrayidx18, align 4, !tbaa !2
  %mul19 = fmul float %6, %7
  %add20 = fadd float %add16, %mul19
  %arrayidx21 = getelementptr inbounds i8, ptr %a.071, i32 12
  %8 = load float, ptr %arrayidx21, align 4, !tbaa !2
  %arrayidx22 = getelementptr inbounds i8, ptr %v.070, i32 %arrayidx22.idx
  %9 = load float, ptr %arrayidx22, align 4, !tbaa !2
  %mul23 = fmul float %8, %9
  %add24 = fadd float %add20, %mul23
  %arrayidx25 = getelementptr inbounds i8, ptr %a.071, i32 16
  %10 = load float, ptr %arrayidx25, align 4, !tbaa !2
  %arrayidx26 = getelementptr inbounds i8, ptr %v.070, i32 %arrayidx26.idx
  %11 = load float, ptr %arrayidx26, align 4, !tbaa !2
  %mul27 = fmul float %10, %11
  %add28 = fadd float %add24, %mul27
  %arrayidx29 = getelementptr inbounds i8, ptr %a.071, i32 20
  %12 = load float, ptr %arrayidx29, align 4, !tbaa !2
  %arrayidx30 = getelementptr inbounds i8, ptr %v.070, i32 %arrayidx30.idx
  %13 = load float, ptr %arrayidx30, align 4, !tbaa !2
  %mul31 = fmul float %12, %13
  %add32 = fadd float %add28, %mul31
  %arrayidx33 = getelementptr inbounds i8, ptr %a.071, i32 24
  %14 = load float, ptr %arrayidx33, align 4, !tbaa !2
  %arrayidx34 = getelementptr inbounds i8, ptr %v.070, i32 %arrayidx34.idx
  %15 = load float, ptr %arrayidx34, align 4, !tbaa !2
  %mul35 = fmul float %14, %15
  %add36 = fadd float %add32, %mul35
  %arrayidx37 = getelementptr inbounds i8, ptr %a.071, i32 28
  %16 = load float, ptr %arrayidx37, align 4, !tbaa !2
  %arrayidx38 = getelementptr inbounds i8, ptr %v.070, i32 %arrayidx38.idx
  %17 = load float, ptr %arrayidx38, align 4, !tbaa !2
  %mul39 = fmul float %16, %17
  %add40 = fadd float %add36, %mul39
  %add.ptr41 = getelementptr inbounds i8, ptr %a.071, i32 32
  %add.ptr43 = getelementptr inbounds i8, ptr %v.070, i32 %add.ptr43.idx
  %inc = add nuw nsw i32 %t.073, 1
  %exitcond.not = icmp eq i32 %inc, %smax
  br i1 %exitcond.not, label %for.cond.cleanup8, label %for.body9, !llvm.loop !134
}

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smax.i32(i32, i32) #9

; Function Attrs: nocallback nofree nosync nounwind speculatable willreturn memory(none)
declare i32 @llvm.smin.i32(i32, i32) #9

attributes #0 = { nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #1 = { "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #2 = { noinline nounwind "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #3 = { mustprogress nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #4 = { nofree norecurse nosync nounwind memory(read, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #5 = { nofree noinline norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #6 = { nofree noinline norecurse nosync nounwind memory(read, argmem: readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #7 = { nofree norecurse nosync nounwind memory(readwrite, inaccessiblemem: none) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #8 = { nofree noinline norecurse nosync nounwind memory(argmem: readwrite) "no-builtins" "no-trapping-math"="true" "stack-protector-buffer-size"="8" "target-cpu"="generic" "target-features"="+multivalue,+mutable-globals,+reference-types,+sign-ext" }
attributes #9 = { nocallback nofree nosync nounwind speculatable willreturn memory(none) }
attributes #10 = { nobuiltin nounwind "no-builtins" }
attributes #11 = { nobuiltin "no-builtins" }

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
!71 = distinct !{!71, !20, !21}
!72 = distinct !{!72, !20, !21}
!73 = distinct !{!73, !20, !21}
!74 = distinct !{!74, !20, !21}
!75 = distinct !{!75, !20, !21}
!76 = distinct !{!76, !20, !21}
!77 = distinct !{!77, !20, !21}
!78 = distinct !{!78, !20, !21}
!79 = distinct !{!79, !20, !21}
!80 = distinct !{!80, !20, !21}
!81 = distinct !{!81, !20, !21}
!82 = distinct !{!82, !20, !21}
!83 = distinct !{!83, !20, !21}
!84 = distinct !{!84, !20, !21}
!85 = distinct !{!85, !20, !21}
!86 = distinct !{!86, !20, !21}
!87 = distinct !{!87, !20, !21}
!88 = distinct !{!88, !20, !21}
!89 = distinct !{!89, !20, !21}
!90 = distinct !{!90, !20, !21}
!91 = distinct !{!91, !20, !21}
!92 = distinct !{!92, !20, !21}
!93 = distinct !{!93, !20, !21}
!94 = distinct !{!94, !20, !21}
!95 = distinct !{!95, !20, !21}
!96 = distinct !{!96, !20, !21}
!97 = distinct !{!97, !20, !21}
!98 = distinct !{!98, !20, !21}
!99 = distinct !{!99, !20, !21}
!100 = distinct !{!100, !20, !21}
!101 = distinct !{!101, !20, !21}
!102 = distinct !{!102, !20, !21}
!103 = distinct !{!103, !20, !21}
!104 = distinct !{!104, !20, !21}
!105 = distinct !{!105, !20, !21}
!106 = distinct !{!106, !20, !21}
!107 = distinct !{!107, !20, !21}
!108 = distinct !{!108, !20, !21}
!109 = distinct !{!109, !20, !21}
!110 = distinct !{!110, !20, !21}
!111 = distinct !{!111, !20, !21}
!112 = distinct !{!112, !20, !21}
!113 = distinct !{!113, !20, !21}
!114 = distinct !{!114, !20, !21}
!115 = distinct !{!115, !20, !21}
!116 = distinct !{!116, !20, !21}
!117 = distinct !{!117, !20, !21}
!118 = distinct !{!118, !20, !21}
!119 = distinct !{!119, !20, !21}
!120 = distinct !{!120, !20, !21}
!121 = distinct !{!121, !20, !21}
!122 = distinct !{!122, !20, !21}
!123 = distinct !{!123, !20, !21}
!124 = distinct !{!124, !20, !21}
!125 = distinct !{!125, !20, !21}
!126 = distinct !{!126, !20, !21}
!127 = distinct !{!127, !20, !21}
!128 = distinct !{!128, !20, !21}
!129 = distinct !{!129, !20, !21}
!130 = distinct !{!130, !20, !21}
!131 = distinct !{!131, !20, !21}
!132 = distinct !{!132, !20, !21}
!133 = distinct !{!133, !20, !21}
!134 = distinct !{!134, !20, !21}
