//! The packer: header fields (and their agreement with the C program), size report, v2
//! repacking, errors.

mod infer_support;

use infer_support::stories;
use llm2sb3::model::Tensor;
use llm2sb3::pack::header::{self as h, Header, HEADER_FIELDS, HEADER_SIZE};
use llm2sb3::pack::quantize::{quantize_row, unpack4, RowShape};
use llm2sb3::pack::{pack, Layout, PackError, Quant};

#[test]
fn c_header_defines_equal_the_rust_fields() {
    let src = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("prebuilt_ir/llama2_scratch.c"),
    )
    .unwrap();
    let mut c_fields = Vec::new();
    for line in src.lines() {
        let f: Vec<&str> = line.split_whitespace().collect();
        if f.len() >= 3 && f[0] == "#define" && f[1].starts_with("H_") {
            c_fields.push((f[1][2..].to_string(), f[2].parse::<usize>().unwrap()));
        }
    }
    let size = c_fields
        .iter()
        .position(|(n, _)| n == "SIZE")
        .expect("H_SIZE in the C file");
    assert_eq!(c_fields.remove(size).1, HEADER_SIZE);
    let rust: Vec<(String, usize)> = HEADER_FIELDS
        .iter()
        .map(|&(n, i)| (n.to_string(), i))
        .collect();
    assert_eq!(c_fields, rust);
    for (i, &(_, v)) in HEADER_FIELDS.iter().enumerate() {
        assert_eq!(i, v, "fields are dense and in order");
    }
    assert!(src.contains("#define IMAGE_MAGIC 1280127571 "));
    assert!(src.contains("#define IMAGE_VERSION 1\n"));
    assert_eq!(h::IMAGE_MAGIC, 1280127571.0);
}

#[test]
fn header_fields_describe_the_model_and_layout() {
    let (ck, tok) = stories();
    let layout = Layout {
        quant: Quant::Q8,
        group: 32,
        seq: Some(512),
        ..Layout::default()
    };
    let img = pack(&ck, &tok, &layout).unwrap();
    let hd = Header::read(&img.items).unwrap();
    let get = |i| hd.int(i);
    assert_eq!((get(h::DIM), get(h::HIDDEN), get(h::LAYERS)), (64, 172, 5));
    assert_eq!(
        (get(h::HEADS), get(h::KV_HEADS), get(h::VOCAB), get(h::SEQ)),
        (8, 4, 512, 512)
    );
    assert_eq!(
        (
            get(h::HEAD_SIZE),
            get(h::KV_DIM),
            get(h::QUANT),
            get(h::GROUP)
        ),
        (8, 32, 1, 32)
    );
    // dim rows: 2 groups of 32 (8 items each) + 2 scales; hidden rows: 5 x 32 + 12
    assert_eq!(get(h::D_ROW_ITEMS), 18);
    assert_eq!(
        (get(h::F_ROW_ITEMS), get(h::F_NGROUPS), get(h::F_LAST_LEN)),
        (6 + 5 * 8 + 3, 6, 12)
    );
    assert_eq!(get(h::WCLS), get(h::EMB), "shared classifier");
    assert_eq!(get(h::KEY_CACHE) + 5 * 512 * 32, get(h::VALUE_CACHE));
    assert_eq!(get(h::IMAGE_ITEMS), img.items.len());
    assert_eq!(hd.num(h::RMS_EPS), 1e-5);
    assert_eq!(hd.num(h::PM_MOD), 2147483647.0);
    assert_eq!(get(h::SPACE), 32);
    // RoPE table: pos 3, pair 1 of head_size 8
    // (the packer uses libm, one implementation on every platform: equal to the platform's
    // cos/sin within an ulp)
    let freq = 1.0 / 10000f64.powf(2.0 / 8.0);
    let (rope_cos, rope_sin) = (
        img.items[get(h::ROPE_COS) + 3 * 4 + 1],
        img.items[get(h::ROPE_SIN) + 3 * 4 + 1],
    );
    assert!(
        (rope_cos - (3.0 * freq).cos()).abs() <= 2e-16,
        "cos {rope_cos}"
    );
    assert!(
        (rope_sin - (3.0 * freq).sin()).abs() <= 2e-16,
        "sin {rope_sin}"
    );
    // the first wq row decodes to the quantization of the checkpoint's first wq row
    let Tensor::F32(wq) = &ck.weights.wq else {
        panic!()
    };
    let shape = RowShape::q8(64, 32);
    let (scales, q) = quantize_row(&wq[..64], &shape);
    let base = get(h::WQ);
    for g in 0..2 {
        let start = base + g * 9;
        assert_eq!(img.items[start] as f32, scales[g]);
        for j in 0..8 {
            let b = unpack4(img.items[start + 1 + j]);
            for k in 0..4 {
                assert_eq!(b[k] - 128.0, q[g * 32 + 4 * j + k] as f64);
            }
        }
    }
}

#[test]
fn report_counts_the_exact_json_bytes() {
    let (ck, tok) = stories();
    for layout in [
        Layout {
            quant: Quant::Float,
            ..Layout::default()
        },
        Layout {
            quant: Quant::Q8,
            group: 4,
            ..Layout::default()
        },
    ] {
        let img = pack(&ck, &tok, &layout).unwrap();
        // the list as project.json holds it (JavaScript number forms: `5`, not `5.0`)
        let mut json = String::from("[");
        for (i, &x) in img.items.iter().enumerate() {
            if i > 0 {
                json.push(',');
            }
            llm2sb3::scratch::json::push_num(&mut json, x);
        }
        json.push(']');
        assert_eq!(img.report.json_bytes, json.len());
        assert_eq!(img.report.items, img.items.len());
        let parts: usize = img.report.parts.iter().map(|p| p.items).sum();
        assert_eq!(parts, img.items.len());
        eprintln!(
            "{:?} group {}:\n{}",
            layout.quant,
            layout.group,
            img.report.summary()
        );
    }
}

#[test]
fn float_layout_fits_scratch_size_limit() {
    let (ck, tok) = stories();
    let img = pack(
        &ck,
        &tok,
        &Layout {
            quant: Quant::Float,
            ..Layout::default()
        },
    )
    .unwrap();
    assert!(
        img.report.json_bytes < 5_000_000,
        "{} bytes",
        img.report.json_bytes
    );
}

/// A v2-style checkpoint: every matrix as Q8_0 with flat groups of `gs`.
fn as_v2(gs: usize) -> (llm2sb3::model::Checkpoint, llm2sb3::model::Tokenizer) {
    let (mut ck, tok) = stories();
    let w = &mut ck.weights;
    for t in [
        &mut w.token_embedding,
        &mut w.wq,
        &mut w.wk,
        &mut w.wv,
        &mut w.wo,
        &mut w.w1,
        &mut w.w2,
        &mut w.w3,
    ] {
        let Tensor::F32(v) = t else { panic!() };
        let shape = RowShape::q8(v.len(), gs);
        let (scales, q) = quantize_row(v, &shape);
        *t = Tensor::Q8 {
            q,
            scales,
            group_size: gs,
        };
    }
    ck.group_size = Some(gs);
    (ck, tok)
}

#[test]
fn v2_data_is_repacked_without_requantizing() {
    let (ck, tok) = as_v2(4);
    let img = pack(
        &ck,
        &tok,
        &Layout {
            quant: Quant::Q8,
            group: 4,
            ..Layout::default()
        },
    )
    .unwrap();
    assert!(img
        .report
        .notes
        .iter()
        .any(|n| n.contains("without requantizing")));
    assert!(!img.report.notes.iter().any(|n| n.contains("requantized")));
    let Tensor::Q8 { q, scales, .. } = &ck.weights.w2 else {
        panic!()
    };
    // w2 rows have 172 inputs: 43 groups of 4, one item each, 86 items per row
    let base = img.items[h::W2] as usize;
    for r in [0usize, 1, 319] {
        for g in 0..43 {
            let at = base + r * 86 + 2 * g;
            assert_eq!(img.items[at] as f32, scales[r * 43 + g]);
            let b = unpack4(img.items[at + 1]);
            for k in 0..4 {
                assert_eq!(b[k] - 128.0, q[r * 172 + 4 * g + k] as f64);
            }
        }
    }
}

#[test]
fn v2_data_with_other_groups_is_requantized_and_reported() {
    let (ck, tok) = as_v2(4);
    let img = pack(
        &ck,
        &tok,
        &Layout {
            quant: Quant::Q8,
            group: 32,
            ..Layout::default()
        },
    )
    .unwrap();
    assert!(img.report.notes.iter().any(|n| n.contains("requantized")));
    let float = pack(
        &ck,
        &tok,
        &Layout {
            quant: Quant::Float,
            ..Layout::default()
        },
    )
    .unwrap();
    let Tensor::Q8 { q, scales, .. } = &ck.weights.wq else {
        panic!()
    };
    let at = float.items[h::WQ] as usize + 5;
    assert_eq!(float.items[at] as f32, q[5] as f32 * scales[1]);
}

#[test]
fn bad_layouts_are_typed_errors() {
    let (ck, tok) = stories();
    let q8 = |group| Layout {
        quant: Quant::Q8,
        group,
        ..Layout::default()
    };
    assert_eq!(
        pack(&ck, &tok, &q8(0)),
        Err(PackError::BadGroup { group: 0, max: 172 })
    );
    assert_eq!(
        pack(&ck, &tok, &q8(173)),
        Err(PackError::BadGroup {
            group: 173,
            max: 172
        })
    );
    assert!(
        pack(&ck, &tok, &q8(100)).is_ok(),
        "a group longer than dim covers the row"
    );
    let seq = Layout {
        seq: Some(513),
        ..Layout::default()
    };
    assert_eq!(
        pack(&ck, &tok, &seq),
        Err(PackError::BadSeq { seq: 513, max: 512 })
    );
    let seq0 = Layout {
        seq: Some(0),
        ..Layout::default()
    };
    assert!(matches!(
        pack(&ck, &tok, &seq0),
        Err(PackError::BadSeq { .. })
    ));
    let mut short = tok.clone();
    short.vocab.pop();
    short.scores.pop();
    assert!(matches!(
        pack(&ck, &short, &Layout::default()),
        Err(PackError::VocabMismatch { .. })
    ));
    let mut big = ck.clone();
    big.config.n_layers = 1_000_000; // sizes are checked before any tensor is touched
    let err = pack(
        &big,
        &tok,
        &Layout {
            quant: Quant::Float,
            ..Layout::default()
        },
    );
    assert!(matches!(err, Err(PackError::TooLarge { .. })), "{err:?}");
    let mut bad = ck.clone();
    let Tensor::F32(v) = &mut bad.weights.wk else {
        panic!()
    };
    v.pop();
    assert!(matches!(
        pack(&bad, &tok, &Layout::default()),
        Err(PackError::BadTensor { name: "WK", .. })
    ));
    let mut odd = ck.clone();
    odd.config.n_heads = 64; // head size 1: RoPE needs pairs
    odd.config.n_kv_heads = 4;
    assert!(matches!(
        pack(&odd, &tok, &Layout::default()),
        Err(PackError::BadDims(_))
    ));
}

#[test]
fn header_read_rejects_foreign_images() {
    let (ck, tok) = stories();
    let mut img = pack(&ck, &tok, &Layout::default()).unwrap();
    img.items[h::VERSION] = 99.0;
    assert!(matches!(
        Header::read(&img.items),
        Err(PackError::BadImage(_))
    ));
    assert!(matches!(
        Header::read(&[1.0, 2.0]),
        Err(PackError::BadImage(_))
    ));
}

#[test]
fn reference_rejects_inconsistent_images_without_panicking() {
    use llm2sb3::reference::{generate, RefError, Settings};
    let (ck, tok) = stories();
    let img = pack(&ck, &tok, &Layout::default()).unwrap();
    let s = Settings {
        steps: 4.0,
        temperature: 0.0,
        topk: 0.0,
        topp: 0.0,
        seed: 1.0,
        clock: 0.0,
    };
    for (field, value) in [
        (h::D_NGROUPS, 0.0),
        (h::F_LAST_LEN, 50.0),
        (h::WQ, 1e9),
        (h::D_ROW_ITEMS, 3.0),
    ] {
        let mut bad = img.clone();
        bad.items[field] = value;
        let r = generate(&bad, &s, "hi");
        assert!(
            matches!(r, Err(RefError::OutOfRange(_))),
            "field {field}: {r:?}"
        );
    }
    let mut bad = img.clone();
    bad.items.pop();
    assert!(matches!(generate(&bad, &s, ""), Err(RefError::Image(_))));
}

#[test]
fn ragged_w2_rows_decode_to_their_quantization() {
    let (ck, tok) = stories();
    let Tensor::F32(w2) = &ck.weights.w2 else {
        panic!()
    };
    for group in [8usize, 32, 64, 43, 3] {
        let img = pack(
            &ck,
            &tok,
            &Layout {
                quant: Quant::Q8,
                group,
                ..Layout::default()
            },
        )
        .unwrap();
        let shape = RowShape::q8(172, group);
        let row_items = img.items[h::F_ROW_ITEMS] as usize;
        assert_eq!(row_items, shape.row_items());
        for r in [0usize, 63, 319] {
            let (scales, q) = quantize_row(&w2[r * 172..(r + 1) * 172], &shape);
            let mut at = img.items[h::W2] as usize + r * row_items;
            let mut decoded = Vec::new();
            for (g, &scale) in scales.iter().enumerate().take(shape.ngroups) {
                let (_, len) = shape.group_range(g);
                assert_eq!(
                    img.items[at] as f32, scale,
                    "group {group} row {r} scale {g}"
                );
                let items = len.div_ceil(4);
                let mut vals = Vec::new();
                for j in 0..items {
                    vals.extend(unpack4(img.items[at + 1 + j]));
                }
                // padding bytes are 0 (not q = 0, which is byte 128)
                assert!(
                    vals[len..].iter().all(|&b| b == 0.0),
                    "group {group}: padding {vals:?}"
                );
                decoded.extend(vals[..len].iter().map(|b| (b - 128.0) as i8));
                at += 1 + items;
            }
            assert_eq!(decoded, q, "group {group} row {r}");
            let dequant_err = (0..172)
                .map(|j| {
                    (q[j] as f32 * scales[j / group] - w2[r * 172 + j]).abs()
                        / scales[j / group].max(1e-30)
                })
                .fold(0f32, f32::max);
            assert!(
                dequant_err <= 0.5001,
                "group {group}: error {dequant_err} steps"
            );
        }
    }
}

#[test]
fn real_v2_file_with_groups_straddling_hidden_rows() {
    use llm2sb3::model::{parse_checkpoint, write_checkpoint, Format};
    let (ck, tok) = stories();
    let v2 = parse_checkpoint(&write_checkpoint(&ck, Format::V2).unwrap()).unwrap();
    let gs = v2.group_size.unwrap();
    assert_eq!(gs, 64, "export.py's default for stories260K");
    let img = pack(
        &v2,
        &tok,
        &Layout {
            quant: Quant::Q8,
            group: gs,
            ..Layout::default()
        },
    )
    .unwrap();
    let copied: Vec<&String> = img
        .report
        .notes
        .iter()
        .filter(|n| n.contains("copied"))
        .collect();
    let requant: Vec<&String> = img
        .report
        .notes
        .iter()
        .filter(|n| n.contains("requantized"))
        .collect();
    // rows of 64 line up with groups of 64; w2's rows of 172 do not (flat groups straddle rows)
    assert_eq!(copied.len(), 7, "{:?}", img.report.notes);
    assert_eq!(requant.len(), 1, "{:?}", img.report.notes);
    assert!(requant[0].starts_with("W2:"));
}
