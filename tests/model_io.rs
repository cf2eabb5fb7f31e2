//! Checkpoint and tokenizer I/O: round trips through our writers, the real test models,
//! and one test per malformed-input error.

mod common;

use llm2sb3::model::write::quantize_q8;
use llm2sb3::model::{
    check_tokenizer, parameter_count, parse_checkpoint, parse_tokenizer, random_checkpoint,
    simple_tokenizer, tokenizer_warnings, write_checkpoint, write_tokenizer, Config, Format,
    ModelError, Tensor,
};

#[allow(clippy::too_many_arguments)]
fn config(
    dim: usize,
    hidden: usize,
    layers: usize,
    heads: usize,
    kv: usize,
    vocab: usize,
    seq: usize,
    shared: bool,
) -> Config {
    Config {
        dim,
        hidden_dim: hidden,
        n_layers: layers,
        n_heads: heads,
        n_kv_heads: kv,
        vocab_size: vocab,
        seq_len: seq,
        shared_classifier: shared,
    }
}

/// Small configs covering shared/unshared classifiers and n_kv_heads < n_heads.
fn configs() -> Vec<Config> {
    vec![
        config(16, 40, 3, 4, 2, 100, 24, true),
        config(16, 40, 3, 4, 2, 100, 24, false),
        config(8, 12, 1, 2, 2, 7, 5, true),
        config(24, 36, 2, 6, 3, 33, 10, false),
        config(32, 64, 2, 4, 1, 64, 16, true),
    ]
}

#[test]
fn v0_and_v1_round_trip_exactly() {
    for (i, c) in configs().into_iter().enumerate() {
        let original = random_checkpoint(c, i as u64);
        for format in [Format::V0, Format::V1] {
            let bytes = write_checkpoint(&original, format).unwrap();
            let parsed = parse_checkpoint(&bytes).unwrap();
            assert_eq!(parsed.format, format);
            assert_eq!(parsed.config, c, "{format:?}");
            assert_eq!(parsed.group_size, None);
            assert_eq!(parsed.weights, original.weights, "{format:?} {c:?}");
            assert_eq!(parsed.weights.wcls.is_some(), !c.shared_classifier);
        }
    }
}

#[test]
fn file_sizes_match_the_formats() {
    let c = config(16, 40, 3, 4, 2, 100, 24, false);
    let ck = random_checkpoint(c, 9);
    let params = parameter_count(&c);
    // independent count: embedding + classifier + per-layer (2 norms, wq, wk, wv, wo, w1..w3) + final norm
    let per_layer = 2 * 16 + 16 * 16 + 2 * (8 * 16) + 16 * 16 + 3 * 40 * 16;
    assert_eq!(params, (2 * 100 * 16 + 3 * per_layer + 16) as u64);
    let rope = 2 * 24 * (4 / 2);
    assert_eq!(
        write_checkpoint(&ck, Format::V0).unwrap().len() as u64,
        28 + 4 * (params + rope)
    );
    assert_eq!(
        write_checkpoint(&ck, Format::V1).unwrap().len() as u64,
        256 + 4 * params
    );
    let mut q8 = ck.clone();
    q8.group_size = Some(8);
    let norms = (2 * 3 + 1) * 16;
    let quantized = params - norms;
    let v2 = write_checkpoint(&q8, Format::V2).unwrap();
    assert_eq!(
        v2.len() as u64,
        256 + 4 * norms + quantized + 4 * quantized / 8
    );
    assert_eq!(&v2[0..4], b"24ka", "ak42 magic, little-endian");
    assert_eq!(
        i32::from_le_bytes(v2[37..41].try_into().unwrap()),
        8,
        "group size at offset 37"
    );
}

#[test]
fn v2_round_trips_and_keeps_quantized_data_exactly() {
    for (i, c) in configs().into_iter().enumerate() {
        let original = random_checkpoint(c, 100 + i as u64);
        for group in [1usize, 2, 4] {
            let mut ck = original.clone();
            ck.group_size = Some(group);
            let bytes = write_checkpoint(&ck, Format::V2).unwrap();
            let parsed = parse_checkpoint(&bytes).unwrap();
            assert_eq!(parsed.format, Format::V2);
            assert_eq!(parsed.config, c);
            assert_eq!(parsed.group_size, Some(group));
            assert_eq!(parsed.weights.rms_att, original.weights.rms_att);
            assert_eq!(parsed.weights.rms_final, original.weights.rms_final);
            // every dequantized weight is within half a quantization step of the original
            let pairs = [
                (
                    &parsed.weights.token_embedding,
                    &original.weights.token_embedding,
                ),
                (&parsed.weights.wk, &original.weights.wk),
                (&parsed.weights.w2, &original.weights.w2),
            ];
            for (q, f) in pairs {
                let Tensor::Q8 {
                    scales, group_size, ..
                } = q
                else {
                    panic!("v2 tensor is not Q8")
                };
                assert_eq!(*group_size, group);
                let (deq, orig) = (q.to_f32(), f.to_f32());
                assert_eq!(deq.len(), orig.len());
                for (j, (a, b)) in deq.iter().zip(&orig).enumerate() {
                    assert!(
                        (a - b).abs() <= scales[j / group] * 0.5001 + 1e-9,
                        "{a} vs {b}"
                    );
                }
            }
            // rewriting a parsed v2 copies its int8 data and scales byte for byte
            assert_eq!(write_checkpoint(&parsed, Format::V2).unwrap(), bytes);
            // v2 -> v1 keeps the dequantized values exactly
            let v1 = parse_checkpoint(&write_checkpoint(&parsed, Format::V1).unwrap()).unwrap();
            assert_eq!(v1.weights.wq.to_f32(), parsed.weights.wq.to_f32());
        }
    }
}

#[test]
fn quantize_q8_matches_the_q8_0_definition() {
    let (q, s) = quantize_q8(&[0.5, -1.27, 0.0, 0.01, 2.54, 0.0, 0.0], 4);
    assert_eq!(s.len(), 2, "ragged last group of 3");
    assert!((s[0] - 1.27 / 127.0).abs() < 1e-9);
    assert_eq!(q[1], -127);
    assert_eq!(q[0], 50);
    assert_eq!(&q[4..], &[127, 0, 0]);
    let (q0, s0) = quantize_q8(&[0.0, 0.0], 2);
    assert_eq!((q0, s0), (vec![0, 0], vec![0.0]));
}

#[test]
fn stories260k_parses_as_v0_with_its_known_shape() {
    let bytes = common::model_file("stories260K.bin");
    let ck = parse_checkpoint(&bytes).unwrap();
    assert_eq!(ck.format, Format::V0);
    assert_eq!(ck.config, config(64, 172, 5, 8, 4, 512, 512, true));
    assert_eq!(ck.config.head_size(), 8);
    assert_eq!(ck.config.kv_dim(), 32);
    // parameter count from the file size alone: all fp32 after a 28-byte header, minus the
    // two RoPE tables of seq_len * head_size / 2 = 512 * 4 values each
    let from_size = (bytes.len() as u64 - 28) / 4 - 2 * 512 * 4;
    assert_eq!(from_size, 260_032);
    assert_eq!(parameter_count(&ck.config), from_size);
    // first embedding value and the final norm come from the right offsets
    let f32_at = |i: usize| f32::from_le_bytes(bytes[28 + 4 * i..32 + 4 * i].try_into().unwrap());
    assert_eq!(ck.weights.token_embedding.to_f32()[0], f32_at(0));
    let final_norm_at = 260_032 - 64;
    assert_eq!(ck.weights.rms_final[0], f32_at(final_norm_at));
    assert_eq!(ck.weights.rms_final[63], f32_at(final_norm_at + 63));
    // the v0 -> v1 -> parse path keeps every weight
    let v1 = parse_checkpoint(&write_checkpoint(&ck, Format::V1).unwrap()).unwrap();
    assert_eq!(v1.weights, ck.weights);
    // and our v0 writer reproduces the file except for the RoPE tables we regenerate
    let v0 = write_checkpoint(&ck, Format::V0).unwrap();
    assert_eq!(v0.len(), bytes.len());
    assert_eq!(v0[..28 + 4 * 260_032], bytes[..28 + 4 * 260_032]);
    let rope = |b: &[u8]| -> Vec<f32> {
        b[28 + 4 * 260_032..]
            .chunks_exact(4)
            .map(|c| f32::from_le_bytes(c.try_into().unwrap()))
            .collect()
    };
    for (i, (ours, theirs)) in rope(&v0).iter().zip(rope(&bytes)).enumerate() {
        assert!(
            (ours - theirs).abs() < 1e-3,
            "RoPE table value {i}: {ours} vs {theirs}"
        );
    }
}

#[test]
fn tok512_parses_and_matches_stories260k() {
    let tok = parse_tokenizer(&common::model_file("tok512.bin")).unwrap();
    assert_eq!(tok.vocab.len(), 512);
    assert_eq!(tok.scores.len(), 512);
    assert_eq!(tok.max_token_length, 7);
    assert_eq!(tok.vocab[1], b"\n<s>\n");
    assert_eq!(tok.vocab[3 + 0x41], b"<0x41>");
    let ck = parse_checkpoint(&common::model_file("stories260K.bin")).unwrap();
    check_tokenizer(&tok, &ck.config).unwrap();
    assert!(tokenizer_warnings(&tok).is_empty());
    assert_eq!(
        write_tokenizer(&tok),
        common::model_file("tok512.bin"),
        "writer reproduces the file"
    );
}

#[test]
fn llama2_tokenizer_is_rejected_for_stories260k() {
    let tok = parse_tokenizer(&common::model_file("tokenizer.bin")).unwrap();
    assert_eq!(tok.vocab.len(), 32_000);
    assert!(tokenizer_warnings(&tok).is_empty());
    let ck = parse_checkpoint(&common::model_file("stories260K.bin")).unwrap();
    let err = check_tokenizer(&tok, &ck.config).unwrap_err();
    assert_eq!(
        err,
        ModelError::VocabMismatch {
            tokenizer: 32_000,
            checkpoint: 512
        }
    );
    let msg = err.to_string();
    assert!(
        msg.contains("32000 tokens") && msg.contains("vocab_size is 512"),
        "{msg}"
    );
}

#[test]
fn simple_tokenizer_has_the_requested_size_and_round_trips() {
    for n in [3, 50, 100, 259, 300, 2000] {
        let tok = simple_tokenizer(n);
        assert_eq!(tok.vocab.len(), n);
        assert_eq!(parse_tokenizer(&write_tokenizer(&tok)).unwrap(), tok);
    }
    assert_eq!(
        tokenizer_warnings(&simple_tokenizer(300)),
        Vec::<String>::new()
    );
    let small = tokenizer_warnings(&simple_tokenizer(100));
    assert!(
        small.len() == 1 && small[0].contains("too few for the byte tokens"),
        "{small:?}"
    );
}

#[test]
fn misplaced_byte_tokens_are_a_warning_naming_the_id() {
    let mut tok = simple_tokenizer(300);
    tok.vocab[3 + 10] = b"xx".to_vec();
    let w = tokenizer_warnings(&tok);
    assert!(
        w.len() == 1 && w[0].contains("id 13") && w[0].contains("<0x0A>"),
        "{w:?}"
    );
}

#[test]
fn stories260k_converts_to_v2_and_back() {
    let ck = parse_checkpoint(&common::model_file("stories260K.bin")).unwrap();
    let v2_bytes = write_checkpoint(&ck, Format::V2).unwrap();
    let v2 = parse_checkpoint(&v2_bytes).unwrap();
    assert_eq!(
        v2.group_size,
        Some(64),
        "export.py's default group size divides every tensor"
    );
    assert_eq!(v2.config, ck.config);
    // size: header, fp32 norms, int8 weights plus one fp32 scale per 64
    let norms = (2 * 5 + 1) * 64;
    let quantized = 260_032 - norms;
    assert_eq!(
        v2_bytes.len(),
        256 + 4 * norms + quantized + 4 * quantized / 64
    );
    let (orig, deq) = (ck.weights.w2.to_f32(), v2.weights.w2.to_f32());
    let worst = orig
        .iter()
        .zip(&deq)
        .map(|(a, b)| (a - b).abs())
        .fold(0f32, f32::max);
    let largest = orig.iter().fold(0f32, |m, v| m.max(v.abs()));
    assert!(
        worst <= largest / 127.0 * 0.5001,
        "error {worst} exceeds half a step of {largest}/127"
    );
}
