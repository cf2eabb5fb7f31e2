//! `llm2sb3 inspect` end to end: the real binary on the real test models and on bad files.

mod common;

use std::path::PathBuf;
use std::process::{Command, Output};

use llm2sb3::model::{random_checkpoint, write_checkpoint, Config, Format};

fn inspect(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_llm2sb3"))
        .arg("inspect")
        .args(args)
        .output()
        .unwrap()
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).unwrap()
}

/// A file in the system temp dir, unique to this test process.
fn temp_file(name: &str, bytes: &[u8]) -> PathBuf {
    let path = std::env::temp_dir().join(format!("llm2sb3-cli-{}-{name}", std::process::id()));
    std::fs::write(&path, bytes).unwrap();
    path
}

#[test]
fn inspect_stories260k_with_its_tokenizer() {
    let ck = common::model_path("stories260K.bin");
    let tok = common::model_path("tok512.bin");
    let out = inspect(&[ck.as_os_str(), "--tokenizer".as_ref(), tok.as_os_str()]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}{}", text(&out.stderr));
    for line in [
        "format        v0 ",
        "dim           64\n",
        "hidden_dim    172\n",
        "n_layers      5\n",
        "n_heads       8\n",
        "n_kv_heads    4\n",
        "head_size     8\n",
        "kv_dim        32\n",
        "vocab_size    512\n",
        "seq_len       512\n",
        "classifier    shared",
        "parameters    260,032\n",
        "(1,056,540 bytes)",
        "tokens      512\n",
        "max length  7\n",
        "check       matches the checkpoint",
    ] {
        assert!(stdout.contains(line), "missing {line:?} in:\n{stdout}");
    }
    assert!(
        !stdout.contains("group_size"),
        "v0 has no group size:\n{stdout}"
    );
    assert!(out.stderr.is_empty());
}

#[test]
fn inspect_json_is_one_object_with_every_field() {
    let ck = common::model_path("stories260K.bin");
    let tok = common::model_path("tok512.bin");
    let out = inspect(&[
        ck.as_os_str(),
        "--tokenizer".as_ref(),
        tok.as_os_str(),
        "--json".as_ref(),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let c = &v["checkpoint"];
    assert_eq!(c["format"], "v0");
    assert_eq!(c["config"]["dim"], 64);
    assert_eq!(c["config"]["n_kv_heads"], 4);
    assert_eq!(c["config"]["shared_classifier"], true);
    assert_eq!(c["kv_dim"], 32);
    assert_eq!(c["parameters"], 260_032);
    assert_eq!(c["file_bytes"], 1_056_540);
    assert!(c["group_size"].is_null());
    assert_eq!(v["tokenizer"]["vocab_size"], 512);
    assert_eq!(v["tokenizer"]["matches"], true);
    assert!(v["tokenizer"]["mismatch"].is_null());
}

#[test]
fn inspect_reports_a_tokenizer_mismatch_and_exits_1() {
    let ck = common::model_path("stories260K.bin");
    let tok = common::model_path("tokenizer.bin");
    let out = inspect(&[ck.as_os_str(), "--tokenizer".as_ref(), tok.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let (stdout, stderr) = (text(&out.stdout), text(&out.stderr));
    assert!(
        stdout.contains("tokens      32000") && stdout.contains("MISMATCH"),
        "{stdout}"
    );
    assert!(
        stderr.starts_with("error: tokenizer does not match the checkpoint: it has 32000 tokens")
            && stderr.contains("vocab_size is 512"),
        "{stderr}"
    );
    let json = inspect(&[
        ck.as_os_str(),
        "--tokenizer".as_ref(),
        tok.as_os_str(),
        "--json".as_ref(),
    ]);
    assert_eq!(json.status.code(), Some(1));
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["tokenizer"]["matches"], false);
    assert!(v["tokenizer"]["mismatch"]
        .as_str()
        .unwrap()
        .contains("32000 tokens"));
}

#[test]
fn inspect_a_truncated_file_exits_1_with_a_clear_message() {
    let real = common::model_file("stories260K.bin");
    let path = temp_file("truncated.bin", &real[..1000]);
    let out = inspect(&[path.as_os_str()]);
    std::fs::remove_file(&path).ok();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    let stderr = text(&out.stderr);
    assert!(
        stderr.starts_with("error: ") && stderr.contains("checkpoint is truncated"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("panicked") && !stderr.contains("{ "),
        "no panics or Debug dumps: {stderr}"
    );

    let out = inspect(&["/nonexistent/model.bin".as_ref()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).starts_with("error: cannot read /nonexistent/model.bin"));
}

#[test]
fn inspect_a_v2_file_shows_its_group_size() {
    let config = Config {
        dim: 16,
        hidden_dim: 40,
        n_layers: 3,
        n_heads: 4,
        n_kv_heads: 2,
        vocab_size: 100,
        seq_len: 24,
        shared_classifier: false,
    };
    let mut ck = random_checkpoint(config, 3);
    ck.group_size = Some(8);
    let path = temp_file("v2.bin", &write_checkpoint(&ck, Format::V2).unwrap());
    let out = inspect(&[path.as_os_str()]);
    std::fs::remove_file(&path).ok();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains("format        v2 ") && stdout.contains("group_size    8\n"),
        "{stdout}"
    );
    assert!(stdout.contains("classifier    separate"), "{stdout}");
}
