//! `pipeline::build` without a VM: errors for bad input, progress stages, the report
//! (sizes, scratch.mit.edu limits, warnings), the project's contents, and the `build` CLI.

mod common;

use std::io::Read;
use std::process::Command;

use common::{model_file, model_path};
use llm2sb3::model::testing::{random_checkpoint, simple_tokenizer};
use llm2sb3::model::{write_checkpoint, write_tokenizer, Config, Format};
use llm2sb3::pipeline::{build, BuildError, BuildOutput, Stage};
use llm2sb3::preset::{Preset, PresetError};

fn stories() -> (Vec<u8>, Vec<u8>) {
    (model_file("stories260K.bin"), model_file("tok512.bin"))
}

fn try_build(ck: &[u8], tok: &[u8], query: &str) -> (Result<BuildOutput, BuildError>, Vec<Stage>) {
    let preset = Preset::from_query(query).expect("preset parses");
    let mut stages = Vec::new();
    let out = build(ck, tok, &preset, &mut |s| stages.push(s));
    (out, stages)
}

/// project.json (or sprite.json) of a built file.
fn json_of(bytes: &[u8], name: &str) -> serde_json::Value {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip");
    let mut text = String::new();
    zip.by_name(name)
        .expect("json entry")
        .read_to_string(&mut text)
        .expect("utf-8");
    serde_json::from_str(&text).expect("valid JSON")
}

#[test]
fn truncated_checkpoint_is_a_model_error() {
    let (ck, tok) = stories();
    let (out, stages) = try_build(&ck[..ck.len() / 2], &tok, "");
    let err = out.expect_err("half a checkpoint must not build");
    assert!(matches!(err, BuildError::Model(_)), "{err:?}");
    assert_eq!(
        stages,
        vec![Stage::Parse],
        "nothing after the failing stage runs"
    );
    let (out, _) = try_build(&ck[..10], &tok, "");
    assert!(matches!(out, Err(BuildError::Model(_))));
}

#[test]
fn mismatched_tokenizer_is_a_model_error_naming_both_sizes() {
    let (ck, _) = stories();
    let big = model_file("tokenizer.bin");
    let err = try_build(&ck, &big, "")
        .0
        .expect_err("a 32000-token tokenizer does not drive stories260K");
    let msg = err.to_string();
    assert!(matches!(err, BuildError::Model(_)), "{err:?}");
    assert!(msg.contains("32000") && msg.contains("512"), "{msg}");
}

#[test]
fn presets_out_of_range_for_the_model_are_preset_errors() {
    let (ck, tok) = stories();
    let cases = [
        ("steps=600", "steps"),          // seq_len is 512
        ("seq=1000", "seq"),             // longer than the model's context
        ("quant=q8&group=200", "group"), // longest row is 172
        ("topk=513", "topk"),            // vocab is 512
    ];
    for (query, key) in cases {
        let err = try_build(&ck, &tok, query).0.expect_err(query);
        match &err {
            BuildError::Preset(p) => assert_eq!(p.key(), Some(key), "{query}: {err}"),
            other => panic!("{query}: expected a preset error, got {other:?}"),
        }
    }
    // a preset built in code (not from a query) is range-checked too
    let preset = Preset {
        temperature: 7.0,
        ..Preset::default()
    };
    let err = build(&ck, &tok, &preset, &mut |_| {}).expect_err("temperature 7");
    assert!(
        matches!(
            err,
            BuildError::Preset(PresetError::OutOfRange {
                key: "temperature",
                ..
            })
        ),
        "{err:?}"
    );
}

#[test]
fn float_stories260k_fits_scratch_and_reports_every_stage() {
    let (ck, tok) = stories();
    let (out, stages) = try_build(&ck, &tok, "quant=float&temperature=0&steps=40");
    let out = out.expect("builds");
    assert_eq!(stages, Stage::ALL.to_vec());
    let r = &out.report;
    assert!(r.fits_scratch_website, "{r:?}");
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    assert_eq!(r.compressed_bytes, out.bytes.len() as u64);
    assert_eq!(r.stage_millis.len(), Stage::ALL.len());
    assert!(r.file_name.ends_with("-float.sb3"), "{}", r.file_name);
    let project = json_of(&out.bytes, "project.json");
    let text = serde_json::to_string(&project).unwrap();
    assert!(
        r.project_json_bytes > 1_000_000 && r.project_json_bytes < 5 * 1024 * 1024,
        "{r:?}"
    );
    assert!(
        text.len() as u64 <= r.project_json_bytes + 64,
        "reported {} bytes, JSON has {}",
        r.project_json_bytes,
        text.len()
    );
    // the editor opens on the first sprite: the light storyteller, with only its own few
    // variables; the lowered program runs in the hidden machinery sprite
    let targets = project["targets"].as_array().unwrap();
    let names: Vec<&str> = targets
        .iter()
        .map(|t| t["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["Stage", "Storyteller", "Machinery"]);
    let storyteller = &targets[1];
    assert_eq!(storyteller["visible"], true);
    // the bubble's helpers: shown length, next bubble at, bubble text, bubble letter
    assert!(storyteller["variables"].as_object().unwrap().len() <= 4);
    assert!(storyteller["lists"].as_object().unwrap().is_empty());
    assert!(storyteller["blocks"].as_object().unwrap().len() < 100);
    let sprite = &targets[2];
    assert_eq!(sprite["visible"], false);
    // the memory list holds list_items numbers; token texts hold the vocabulary
    let lists = sprite["lists"].as_object().unwrap();
    let memory = lists
        .values()
        .find(|l| l[0] == "memory")
        .expect("memory list");
    assert_eq!(memory[1].as_array().unwrap().len() as u64, r.list_items);
    let texts = lists
        .values()
        .find(|l| l[0] == "token texts")
        .expect("token texts");
    assert_eq!(texts[1].as_array().unwrap().len(), 512);
    assert_eq!(texts[1][403], " Once", "token 403 is ' Once' in tok512");
}

#[test]
fn sliders_prompt_and_monitors_start_from_the_preset() {
    let (ck, tok) = stories();
    let q = "quant=q8&group=4&temperature=0.7&topk=40&topp=0.85&seed=77&steps=100&prompt=A%20dog";
    let out = try_build(&ck, &tok, q).0.expect("builds");
    let project = json_of(&out.bytes, "project.json");
    let stage_vars = project["targets"][0]["variables"].as_object().unwrap();
    let var = |name: &str| {
        stage_vars
            .iter()
            .find(|(_, v)| v[0] == name)
            .map(|(id, v)| (id.clone(), v[1].clone()))
    };
    let want = [
        ("steps", 100.0),
        ("temperature", 0.7),
        ("top-k", 40.0),
        ("top-p", 0.85),
        ("seed", 77.0),
    ];
    let monitors = project["monitors"].as_array().unwrap();
    for (name, value) in want {
        let (id, v) = var(name).unwrap_or_else(|| panic!("no stage variable {name}"));
        assert_eq!(v.as_f64(), Some(value), "{name}");
        let m = monitors
            .iter()
            .find(|m| m["id"] == id.as_str())
            .unwrap_or_else(|| panic!("no monitor for {name}"));
        assert_eq!(m["mode"], "slider", "{name}");
    }
    assert_eq!(var("prompt").unwrap().1, "A dog");
    assert_eq!(var("status").unwrap().1, "ready");
    for name in ["state", "tokens", "tokens per second"] {
        let id = var(name).unwrap_or_else(|| panic!("no {name}")).0;
        assert!(
            monitors
                .iter()
                .any(|m| m["id"] == id.as_str() && m["visible"] == true),
            "{name} readout"
        );
    }
    // started by the green flag, space and a click, all through one broadcast
    let blocks = project["targets"][1]["blocks"].as_object().unwrap();
    let hats: Vec<&str> = blocks
        .values()
        .filter(|b| b["topLevel"] == true)
        .filter_map(|b| b["opcode"].as_str())
        .collect();
    for hat in [
        "event_whenflagclicked",
        "event_whenkeypressed",
        "event_whenthisspriteclicked",
        "event_whenbroadcastreceived",
    ] {
        assert!(hats.contains(&hat), "{hat} missing: {hats:?}");
    }
    assert!(
        out.report.file_name.ends_with("-q8g4.sb3"),
        "{}",
        out.report.file_name
    );
}

#[test]
fn a_big_vocabulary_in_float_does_not_fit_and_says_what_to_change() {
    let config = Config {
        dim: 64,
        hidden_dim: 172,
        n_layers: 1,
        n_heads: 8,
        n_kv_heads: 4,
        vocab_size: 32000,
        seq_len: 256,
        shared_classifier: true,
    };
    let ck = write_checkpoint(&random_checkpoint(config, 3), Format::V1).unwrap();
    let tok = model_file("tokenizer.bin");
    let out = try_build(&ck, &tok, "quant=float&temperature=0")
        .0
        .expect("builds (it only does not fit the website)");
    let r = &out.report;
    assert!(!r.fits_scratch_website, "{r:?}");
    assert!(r.project_json_bytes > 5 * 1024 * 1024);
    let w = r.warnings.join("\n");
    assert!(
        w.contains("5.0 MB")
            && w.contains("Weights: 8-bit")
            && w.contains("Runs in: TurboWarp")
            && w.contains("Context length (256 now")
            && !w.contains('='),
        "{w}"
    );
    assert!(
        w.contains("per token"),
        "a 2M-parameter model is slow in vanilla Scratch: {w}"
    );
    // in TurboWarp there is no speed warning, only the size one
    let out = try_build(
        &ck,
        &tok,
        "quant=q8&group=64&temperature=0&target=turbowarp",
    )
    .0
    .expect("builds");
    assert!(
        !out.report.warnings.iter().any(|w| w.contains("per token")),
        "{:?}",
        out.report.warnings
    );
}

#[test]
fn sprite3_output_holds_one_sprite_with_the_program() {
    let (ck, tok) = stories();
    let out = try_build(&ck, &tok, "format=sprite3&steps=20")
        .0
        .expect("builds");
    assert!(out.report.file_name.ends_with(".sprite3"));
    let sprite = json_of(&out.bytes, "sprite.json");
    assert_eq!(sprite["isStage"], false);
    assert!(sprite["lists"]
        .as_object()
        .unwrap()
        .values()
        .any(|l| l[0] == "memory"));
}

#[test]
fn tiny_v2_model_builds_with_its_own_group() {
    let config = Config {
        dim: 48,
        hidden_dim: 90,
        n_layers: 3,
        n_heads: 6,
        n_kv_heads: 2,
        vocab_size: 100,
        seq_len: 24,
        shared_classifier: false,
    };
    let ck = write_checkpoint(&random_checkpoint(config, 1), Format::V2).unwrap();
    let tok = write_tokenizer(&simple_tokenizer(100));
    let out = try_build(&ck, &tok, "quant=q8&group=6&steps=24")
        .0
        .expect("builds");
    assert!(out.report.fits_scratch_website);
    let err = try_build(&ck, &tok, "steps=25")
        .0
        .expect_err("seq_len is 24");
    assert!(
        matches!(
            err,
            BuildError::Preset(PresetError::StepsExceedSeq { steps: 25, seq: 24 })
        ),
        "{err:?}"
    );
}

#[test]
fn cli_build_writes_the_file_and_prints_the_report() {
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-build");
    std::fs::create_dir_all(&dir).unwrap();
    let out_file = dir.join("story.sb3");
    let _ = std::fs::remove_file(&out_file);
    let run = |extra: &[&str]| {
        Command::new(env!("CARGO_BIN_EXE_llm2sb3"))
            .arg("build")
            .arg("--checkpoint")
            .arg(model_path("stories260K.bin"))
            .arg("--tokenizer")
            .arg(model_path("tok512.bin"))
            .args(extra)
            .output()
            .expect("llm2sb3 runs")
    };
    let o = run(&[
        "--preset",
        "quant=float&temperature=0&steps=40",
        "-o",
        out_file.to_str().unwrap(),
    ]);
    let stdout = String::from_utf8_lossy(&o.stdout);
    assert!(
        o.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&o.stderr)
    );
    for needle in [
        "memory list items",
        "project.json bytes",
        "compressed bytes",
        "fits scratch.mit.edu",
        "time:",
    ] {
        assert!(stdout.contains(needle), "{needle} missing from:\n{stdout}");
    }
    let bytes = std::fs::read(&out_file).expect("the file was written");
    assert!(
        stdout.contains(&format!("({} bytes)", bytes.len())),
        "{stdout}"
    );
    let o = run(&[
        "--preset",
        "steps=20",
        "-o",
        dir.join("story.zip").to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    assert!(String::from_utf8_lossy(&o.stderr).contains(".sb3 or .sprite3"));
    let o = run(&["--preset", "steps=2000", "-o", out_file.to_str().unwrap()]);
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr).contains("Steps 2000"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

#[test]
fn cli_defaults_fit_the_model_and_named_settings_are_kept() {
    // a genuine-looking v2 model with a 128-token context and group size 8: the default
    // preset (steps 256, group 4) would not fit; the CLI starts from defaults that do
    let dir = std::path::PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("cli-fit");
    std::fs::create_dir_all(&dir).unwrap();
    let config = Config {
        dim: 16,
        hidden_dim: 40,
        n_layers: 1,
        n_heads: 4,
        n_kv_heads: 2,
        vocab_size: 64,
        seq_len: 128,
        shared_classifier: true,
    };
    let mut ck = random_checkpoint(config, 3);
    ck.group_size = Some(8);
    let ck_path = dir.join("short.bin");
    let tok_path = dir.join("tok64.bin");
    std::fs::write(&ck_path, write_checkpoint(&ck, Format::V2).unwrap()).unwrap();
    std::fs::write(&tok_path, write_tokenizer(&simple_tokenizer(64))).unwrap();
    let run = |preset: &str| {
        Command::new(env!("CARGO_BIN_EXE_llm2sb3"))
            .args(["build", "--json", "--preset", preset, "-o"])
            .arg(dir.join("short.sb3"))
            .arg("--checkpoint")
            .arg(&ck_path)
            .arg("--tokenizer")
            .arg(&tok_path)
            .output()
            .expect("llm2sb3 runs")
    };
    let o = run("temperature=0");
    let stderr = String::from_utf8_lossy(&o.stderr);
    assert!(o.status.success(), "{stderr}");
    assert!(stderr.contains("Steps 128"), "{stderr}");
    assert!(stderr.contains("Group size 8: the file's own"), "{stderr}");
    // a setting the user named is kept, and flagged if it does not fit
    let o = run("steps=200");
    assert!(!o.status.success());
    assert!(
        String::from_utf8_lossy(&o.stderr)
            .contains("Steps 200 do not fit the context length: allowed 1 to 128"),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
}

/// The custom blocks a program defines, by name (the proccode's first word).
fn defined_names(p: &llm2sb3::lower::Program) -> Vec<String> {
    let mut names = Vec::new();
    for s in &p.scripts {
        if let Some(b) = s.blocks.first() {
            if b.opcode != "procedures_definition" {
                continue;
            }
            if let Some(llm2sb3::scratch::blocks::Input::Shadow(proto)) =
                b.get_input("custom_block")
            {
                let code = &proto
                    .mutation
                    .as_ref()
                    .expect("prototype mutation")
                    .proccode;
                names.push(code.split(' ').next().unwrap().to_string());
            }
        }
    }
    names
}

#[test]
fn each_layout_keeps_only_the_matvec_kernels_it_runs() {
    use llm2sb3::pipeline::{inference_program, matvec_kernels, program_for};
    let full = inference_program(llm2sb3::preset::Target::Scratch).expect("lowers");
    let all = defined_names(full);
    let is_kernel = |n: &str| n.starts_with("matvec_");
    let blocks = |p: &llm2sb3::lower::Program| -> usize {
        p.scripts
            .iter()
            .flat_map(|s| s.blocks.iter())
            .map(|b| b.count())
            .sum()
    };
    // stories260K's rows (64, 172: its tail of 12 reads past the row), stories15M's
    // (288, 768) and rows with other tails
    for (query, rows, kernels) in [
        ("quant=float", [64, 172], vec!["matvec_float_t0"]),
        ("quant=float", [288, 768], vec!["matvec_float_t0"]),
        ("quant=float", [7, 23], vec!["matvec_float_t7"]),
        (
            "quant=float",
            [28, 23],
            vec!["matvec_float_t12", "matvec_float_t7"],
        ),
        // 43 groups: a tail of 3 reads past the row
        ("quant=q8&group=4", [64, 172], vec!["matvec_q8_g1_t0"]),
        (
            "quant=q8&group=4",
            [64, 28],
            vec!["matvec_q8_g1_t0", "matvec_q8_g1_t3"],
        ),
        // 193 groups: a tail of 1 (3 groups short) reads past too
        ("quant=q8&group=4", [288, 770], vec!["matvec_q8_g1_t0"]),
        ("quant=q8&group=8", [64, 172], vec!["matvec_q8_g2"]),
        (
            "quant=q8&group=32",
            [64, 172],
            vec!["matvec_q8_g8_l8", "matvec_q8_g8_l3"],
        ),
        ("quant=q8&group=32", [288, 768], vec!["matvec_q8_g8_l8"]),
        ("quant=q8&group=32", [290, 769], vec!["matvec_q8_g8_l1"]),
        ("quant=q8&group=16", [64, 172], vec!["matvec_q8"]),
        ("quant=q8&group=64", [64, 172], vec!["matvec_q8"]),
        // a last group of 12 (of 172) is read on as a full one
        (
            "quant=w8a8&group=32",
            [64, 172],
            vec!["matvec_w8a8_g32_l32"],
        ),
        (
            "quant=w8a8&group=32",
            [64, 76],
            vec!["matvec_w8a8_g32_l32", "matvec_w8a8_g32_l12"],
        ),
        // 180 reads its last 20 on (12 <= 180 / 8); 52's last 20 take the general kernel
        (
            "quant=w8a8&group=32",
            [64, 180],
            vec!["matvec_w8a8_g32_l32"],
        ),
        (
            "quant=w8a8&group=32",
            [64, 52],
            vec!["matvec_w8a8_g32_l32", "matvec_w8a8_g32"],
        ),
        ("quant=w8a8&group=16", [64, 172], vec!["matvec_w8a8"]),
    ] {
        let preset = Preset::from_query(query).unwrap();
        assert_eq!(matvec_kernels(&preset, rows), kernels, "{query} {rows:?}");
        for k in &kernels {
            assert!(all.iter().any(|n| n == k), "the program defines {k}");
        }
        let p = program_for(&preset, rows).expect("prunes");
        let names = defined_names(p);
        let kept: Vec<&String> = names.iter().filter(|n| is_kernel(n)).collect();
        assert_eq!(kept.len(), kernels.len(), "{query} {rows:?}: {kept:?}");
        for k in &kernels {
            assert!(names.iter().any(|n| n == k), "{query} {rows:?}: keeps {k}");
        }
        // the dropped kernels' own variables go with them; the kept ones' stay
        let owner = |v: &str| v.split(':').next().unwrap_or("").to_string();
        let var_owners: Vec<String> = p.variables.iter().map(|v| owner(&v.name)).collect();
        for o in var_owners.iter().filter(|o| is_kernel(o)) {
            assert!(
                kernels.contains(&o.as_str()),
                "{query} {rows:?}: variables of {o}"
            );
        }
        for k in &kernels {
            assert!(
                var_owners.iter().any(|o| o == k),
                "{query} {rows:?}: {k} has variables"
            );
        }
        // W8A8's input quantization and embedding row only where they run
        let w8a8 = query.contains("w8a8");
        for f in ["w8a8_prepare", "embed_w8a8"] {
            assert_eq!(names.iter().any(|n| n == f), w8a8, "{query}: {f}");
        }
        // everything else is still there
        let others = |v: &[String]| v.iter().filter(|n| !is_kernel(n)).count();
        assert_eq!(
            others(&names),
            others(&all) - if w8a8 { 0 } else { 2 },
            "{query}"
        );
        assert!(blocks(p) < blocks(full), "{query}");
    }
    let err = full
        .keeping_calls("matvec", &["no_such_kernel"])
        .unwrap_err();
    assert!(err.contains("does not call"), "{err}");
    let err = full
        .without_calls("no_such_block", &["matvec_q8"])
        .unwrap_err();
    assert!(err.contains("no_such_block"), "{err}");
    let err = full.without_calls("forward", &["matvec_q8"]).unwrap_err();
    assert!(err.contains("calls none of"), "{err}");
}
