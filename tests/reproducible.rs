//! Reproducible builds: the `build` CLI run twice, in two processes (so two different
//! `HashMap` seeds), on the same checkpoint, tokenizer and preset gives byte-identical
//! `.sb3` and `.sprite3` files, for Q8_0 and float.

mod common;

use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::Command;

use common::model_path;

/// Builds stories260K with `preset` into `out` in a fresh process; returns the bytes.
fn build_in_new_process(preset: &str, out: &Path) -> Vec<u8> {
    let o = Command::new(env!("CARGO_BIN_EXE_llm2sb3"))
        .arg("build")
        .arg("--checkpoint")
        .arg(model_path("stories260K.bin"))
        .arg("--tokenizer")
        .arg(model_path("tok512.bin"))
        .arg("--preset")
        .arg(preset)
        .arg("-o")
        .arg(out)
        .output()
        .expect("llm2sb3 runs");
    assert!(
        o.status.success(),
        "build {preset} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    std::fs::read(out).expect("the built file")
}

/// The name of the first zip entry whose bytes differ, to say what is not reproducible.
fn first_difference(a: &[u8], b: &[u8]) -> String {
    let open = |bytes: &[u8]| zip::ZipArchive::new(std::io::Cursor::new(bytes.to_vec()));
    let (Ok(mut za), Ok(mut zb)) = (open(a), open(b)) else {
        return "not both zips".into();
    };
    let names: Vec<String> = za.file_names().map(String::from).collect();
    let other: Vec<String> = zb.file_names().map(String::from).collect();
    if names != other {
        return format!("entries differ: {names:?} vs {other:?}");
    }
    for n in names {
        let read = |z: &mut zip::ZipArchive<std::io::Cursor<Vec<u8>>>| {
            let mut v = Vec::new();
            z.by_name(&n)
                .expect("entry")
                .read_to_end(&mut v)
                .expect("read");
            v
        };
        if read(&mut za) != read(&mut zb) {
            return format!("entry {n} differs");
        }
    }
    "same entries, different zip metadata (timestamps, order or flags)".into()
}

fn temp(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("llm2sb3-repro-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir.join(name)
}

#[test]
fn two_processes_build_identical_files() {
    let mut checked = 0;
    for quant in ["q8", "float"] {
        for ext in ["sb3", "sprite3"] {
            let preset = format!("quant={quant}&format={ext}");
            let a = build_in_new_process(&preset, &temp(&format!("{quant}-a.{ext}")));
            let b = build_in_new_process(&preset, &temp(&format!("{quant}-b.{ext}")));
            assert!(
                a.len() > 100_000,
                "{preset}: a real project ({} bytes)",
                a.len()
            );
            assert!(
                a == b,
                "{preset}: two builds differ ({} vs {} bytes): {}",
                a.len(),
                b.len(),
                first_difference(&a, &b)
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 4);
}

/// Builds in one process reuse the written text of the program's scripts (`scratch::flatten`
/// keeps it per process): a second and third build, after builds of other presets in between,
/// must still give the bytes a fresh process gives.
#[test]
fn repeated_builds_in_one_process_equal_a_fresh_process() {
    let checkpoint = std::fs::read(model_path("stories260K.bin")).expect("checkpoint");
    let tokenizer = std::fs::read(model_path("tok512.bin")).expect("tokenizer");
    let presets = [
        "quant=q8&format=sb3",
        "quant=float&format=sprite3",
        "quant=q8&group=32&target=turbowarp&format=sb3",
    ];
    let build = |query: &str| {
        let preset = llm2sb3::preset::Preset::from_query(query).expect("preset");
        llm2sb3::pipeline::build(&checkpoint, &tokenizer, &preset, &mut |_| {})
            .expect("build")
            .bytes
    };
    let mut checked = 0;
    for round in 0..3 {
        for (i, query) in presets.iter().enumerate() {
            let here = build(query);
            let ext = if query.contains("sprite3") {
                "sprite3"
            } else {
                "sb3"
            };
            let fresh = build_in_new_process(query, &temp(&format!("fresh-{round}-{i}.{ext}")));
            assert!(
                here == fresh,
                "{query}, build {round} in this process differs from a fresh process: {}",
                first_difference(&here, &fresh)
            );
            checked += 1;
        }
    }
    assert_eq!(checked, 9);
}
