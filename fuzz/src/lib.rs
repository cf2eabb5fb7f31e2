//! The bodies of the fuzz targets (each `fuzz_targets/*.rs` is one line calling one of these)
//! and a global allocator that makes unbounded memory a crash.
//!
//! Every target checks more than "no panic": what a parser accepts must write back to the
//! same bytes (or the same value), so a reader that silently misreads is a finding too.

pub mod alloc_limit;
pub mod pipeline_input;

use llm2sb3::model::{self, Format};
use llm2sb3::preset::Preset;

/// Checkpoint reader: any bytes give a checkpoint or an error; an accepted v1/v2 file writes
/// back byte for byte (but for the header padding the reader ignores), and a v0 file reads back to the same checkpoint once rewritten.
pub fn checkpoint(data: &[u8]) {
    let Ok(ck) = model::parse_checkpoint(data) else {
        return;
    };
    let summary = model::summarize_checkpoint(&ck, data.len() as u64);
    assert_eq!(summary.config, ck.config);
    let written = model::write_checkpoint(&ck, ck.format).expect("an accepted checkpoint writes");
    match ck.format {
        Format::V1 | Format::V2 => {
            // The reader ignores the header's padding (as llama2.c does) and reads the
            // shared-classifier flag as zero / non-zero; everything else must be equal.
            let group_end = if ck.format == Format::V2 { 41 } else { 37 };
            assert_eq!(written.len(), data.len(), "checkpoint length changes");
            assert_eq!(written[36] != 0, data[36] != 0, "shared flag changes");
            for (i, (a, b)) in written.iter().zip(data).enumerate() {
                let padding = i == 36 || (group_end..256).contains(&i);
                assert!(
                    padding || a == b,
                    "v1/v2 checkpoint does not round-trip at byte {i}"
                );
            }
        }
        Format::V0 => {
            let again = model::parse_checkpoint(&written).expect("a written v0 reads back");
            let rewritten = model::write_checkpoint(&again, Format::V0).expect("writes");
            assert!(rewritten == written, "v0 checkpoint does not round-trip");
        }
    }
}

/// Tokenizer reader: an accepted `tokenizer.bin` writes back byte for byte; the warnings,
/// and the vocabulary check never panic.
pub fn tokenizer(data: &[u8]) {
    let Ok(tok) = model::parse_tokenizer(data) else {
        return;
    };
    assert!(
        model::write_tokenizer(&tok) == data,
        "tokenizer does not round-trip"
    );
    let _ = model::tokenizer_warnings(&tok);
    let _ = model::check_tokenizer(&tok, &pipeline_input::SMALL_CONFIG);
}

/// LLVM IR parser: any UTF-8 text gives a module or a `line:col: message` error.
pub fn llvm_ir(data: &[u8]) {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Err(e) = llm2sb3::llvm::parse_module(text) {
        let _ = e.to_string();
    }
}

/// Preset query parser: strict and lenient parsing agree; an accepted preset writes a query
/// that reads back to the same preset and passes `check`; the per-model checks never panic.
pub fn preset(data: &[u8]) {
    let query = String::from_utf8_lossy(data);
    let strict = Preset::from_query(&query);
    let (lenient, errors) = Preset::from_query_lenient(&query);
    match &strict {
        Ok(p) => {
            assert!(errors.is_empty());
            assert_eq!(p, &lenient);
        }
        Err(_) => assert!(!errors.is_empty()),
    }
    let again = Preset::from_query(&lenient.to_query()).expect("a written query reads back");
    assert_eq!(again, lenient, "preset does not round-trip");
    lenient.check().expect("a parsed preset passes check");
    for key in llm2sb3::preset::KEYS {
        let value = lenient.value(key).expect("every key has a value");
        let mut copy = lenient.clone();
        copy.set(key, &value).expect("a key's own value sets");
        assert_eq!(copy, lenient);
    }
    let _ = lenient.validate_for(&pipeline_input::SMALL_CONFIG);
}

/// The whole build on a small model made from the input (see [`pipeline_input`]).
pub fn pipeline(data: &[u8]) {
    let Some(input) = pipeline_input::decode(data) else {
        if std::env::var_os("LLM2SB3_FUZZ_DEBUG").is_some() {
            eprintln!("the writer refuses this model");
        }
        return;
    };
    let mut stages = Vec::new();
    let result = llm2sb3::pipeline::build(
        &input.checkpoint,
        &input.tokenizer,
        &input.preset,
        &mut |s| stages.push(s),
    );
    if std::env::var_os("LLM2SB3_FUZZ_DEBUG").is_some() {
        match &result {
            Ok(out) => eprintln!(
                "built {} ({} bytes, ms per stage {:?})",
                out.report.file_name,
                out.bytes.len(),
                out.report.stage_millis
            ),
            Err(e) => eprintln!("build error: {e}"),
        }
    }
    if let Ok(out) = result {
        assert_eq!(stages, llm2sb3::pipeline::Stage::ALL);
        assert_eq!(out.report.compressed_bytes, out.bytes.len() as u64);
    }
}
