//! Regression tests for what the coverage-guided fuzz targets (fuzz/, README "Fuzzing")
//! found. Each test replays the shape of one finding.
//!
//! This test binary counts its heap: a global allocator records the largest amount live, so
//! "memory is bounded before allocation" is asserted, not assumed.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use llm2sb3::model::{write_checkpoint, write_tokenizer, Checkpoint, Config, Format};
use llm2sb3::model::{Tensor, Tokenizer, Weights};
use llm2sb3::pipeline::{build, BuildError, MAX_BUILD_ITEMS};
use llm2sb3::preset::Preset;

/// Tests run on parallel threads: each holds this while it measures the shared counters.
static SERIAL: Mutex<()> = Mutex::new(());
static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

struct Counting;

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let live = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
        PEAK.fetch_max(live, Ordering::Relaxed);
        System.alloc(layout)
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
        System.dealloc(ptr, layout)
    }
}

#[global_allocator]
static GLOBAL: Counting = Counting;

/// A model with every dimension tiny and all weights 0.5 (v1 file, shared classifier).
fn tiny_checkpoint(seq_len: usize) -> Vec<u8> {
    let c = Config {
        dim: 4,
        hidden_dim: 4,
        n_layers: 1,
        n_heads: 1,
        n_kv_heads: 1,
        vocab_size: 4,
        seq_len,
        shared_classifier: true,
    };
    let t = |n: usize| Tensor::F32(vec![0.5; n]);
    let ck = Checkpoint {
        format: Format::V1,
        config: c,
        group_size: None,
        weights: Weights {
            token_embedding: t(16),
            rms_att: vec![1.0; 4],
            wq: t(16),
            wk: t(16),
            wv: t(16),
            wo: t(16),
            rms_ffn: vec![1.0; 4],
            w1: t(16),
            w2: t(16),
            w3: t(16),
            rms_final: vec![1.0; 4],
            wcls: None,
        },
    };
    write_checkpoint(&ck, Format::V1).expect("writes")
}

fn tiny_tokenizer() -> Vec<u8> {
    write_tokenizer(&Tokenizer {
        max_token_length: 5,
        vocab: vec![
            b"<unk>".to_vec(),
            b"a".to_vec(),
            b"b".to_vec(),
            b" ".to_vec(),
        ],
        scores: vec![0.0, -1.0, -2.0, -3.0],
    })
}

/// Finding (pipeline target): a 1 KB v1 checkpoint whose header claims a context of
/// 16,711,680 tokens (the largest seq_len the reader accepts is 2^24) made the packer
/// reserve 2.9 GB for the KV cache, RoPE tables and attention buffers: an abort in a wasm32
/// worker instead of an error. Now a clear error, before anything that size is allocated.
#[test]
fn a_tiny_checkpoint_claiming_a_huge_context_allocates_nothing() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let ck = tiny_checkpoint(0x00ff_0000);
    assert!(ck.len() < 2048, "{} bytes", ck.len());
    let tok = tiny_tokenizer();
    let preset = Preset::from_query("quant=float&steps=8").unwrap();
    let before = LIVE.load(Ordering::Relaxed);
    PEAK.store(before, Ordering::Relaxed);
    let err = build(&ck, &tok, &preset, &mut |_| {}).unwrap_err();
    let peak = PEAK.load(Ordering::Relaxed) - before;
    match &err {
        BuildError::TooMuchMemory { items, seq, max } => {
            assert_eq!(*seq, 0x00ff_0000);
            assert_eq!(*max, MAX_BUILD_ITEMS);
            assert!(*items > MAX_BUILD_ITEMS, "{items}");
        }
        other => panic!("expected TooMuchMemory, got {other:?}"),
    }
    let msg = err.to_string();
    assert!(msg.contains("seq") && msg.contains("shorter"), "{msg}");
    assert!(peak < 64 << 20, "the failed build peaked at {peak} bytes");

    // The same model with a context the preset shortens builds.
    let preset = Preset::from_query("quant=float&steps=8&seq=16").unwrap();
    let out = build(&ck, &tok, &preset, &mut |_| {}).expect("builds with seq=16");
    assert!(out.report.list_items > 0);
}

/// Below the bound nothing changes: a context that fits builds as before.
#[test]
fn a_context_within_the_bound_still_builds() {
    let _serial = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let ck = tiny_checkpoint(64);
    let preset = Preset::from_query("quant=float&steps=8").unwrap();
    let out = build(&ck, &tiny_tokenizer(), &preset, &mut |_| {}).expect("builds");
    assert!(out.report.list_items < MAX_BUILD_ITEMS);
}
