//! End to end: hand-built projects written by `llm2sb3::scratch`, validated by npm
//! scratch-parser and run in vanilla scratch-vm and in TurboWarp, with their `out` lists
//! compared to what Rust computes for the same arithmetic.

use std::path::{Path, PathBuf};
use std::process::Command;

use llm2sb3::scratch::ops::{
    arith, compare, if_then, mathop, num, rep, repeat, stop_this_script, text, when_flag, Procedure,
};
use llm2sb3::scratch::{
    js_number_string_signed_zero, write_sb3, write_sprite3, Block, MonitorMode, Owner, Project,
    Script, Value,
};
use serde_json::Value as J;

/// One project and the `out` list it must produce.
struct Case {
    name: &'static str,
    project: Project,
    expected: Vec<Value>,
}

/// A project with stage `status` and `out`, one sprite, and `body` run on the green flag
/// (after `delete all of out`, before `set status to done`).
fn with_body(
    build: impl FnOnce(&mut Project, &llm2sb3::scratch::ListRef) -> Vec<Block>,
) -> Project {
    let mut p = Project::new();
    let sprite = p.add_sprite("Runner");
    let status = p.add_variable(Owner::Stage, "status", "");
    let out = p.add_list(Owner::Stage, "out", vec![]);
    let mut blocks = vec![when_flag(), status.set(text("")), out.delete_all()];
    blocks.extend(build(&mut p, &out));
    blocks.push(status.set(text("done")));
    p.sprites[sprite].scripts.push(Script {
        x: 0.0,
        y: 0.0,
        blocks: blocks.into(),
    });
    p
}

fn arithmetic() -> Case {
    let project = with_body(|_, out| {
        vec![
            out.add(rep(arith("operator_add", num(1.0), num(2.0)))),
            out.add(rep(arith("operator_subtract", num(7.0), num(10.5)))),
            out.add(rep(arith("operator_multiply", num(6.0), num(7.0)))),
            out.add(rep(arith("operator_divide", num(1.0), num(3.0)))),
            out.add(rep(arith("operator_add", num(0.1), num(0.2)))),
            out.add(rep(arith("operator_mod", num(-7.0), num(3.0)))),
            out.add(rep(mathop("sqrt", num(2.0)))),
            out.add(rep(arith("operator_divide", num(1.0), num(0.0)))),
            out.add(rep(arith("operator_multiply", num(0.0), num(-1.0)))),
            out.add(rep(Block::new("operator_join")
                .input("STRING1", text("a"))
                .input("STRING2", num(1.5)))),
            out.add(text("Hello, \"world\"\n")),
            out.add(rep(mathop("floor", num(-2.5)))),
        ]
    });
    let expected = vec![
        Value::Number(3.0),
        Value::Number(7.0 - 10.5),
        Value::Number(42.0),
        Value::Number(1.0 / 3.0),
        Value::Number(0.1 + 0.2),
        Value::Number((-7.0f64).rem_euclid(3.0)), // Scratch's mod takes the divisor's sign
        Value::Number(2f64.sqrt()),
        Value::Number(f64::INFINITY),
        Value::Number(-0.0),
        "a1.5".into(),
        "Hello, \"world\"\n".into(),
        Value::Number(-3.0),
    ];
    Case {
        name: "arithmetic",
        project,
        expected,
    }
}

fn list_loop() -> Case {
    let project = with_body(|p, out| {
        let i = p.add_variable(Owner::Stage, "i", 0);
        let sum = p.add_variable(Owner::Stage, "sum", 0);
        let squares = p.add_list(
            Owner::Stage,
            "squares",
            vec![Value::Number(-1.0), "x".into()],
        );
        vec![
            squares.delete_all(),
            i.set(num(0.0)),
            repeat(
                num(10.0),
                vec![
                    i.change(num(1.0)),
                    squares.add(rep(arith("operator_multiply", i.input(), i.input()))),
                ],
            ),
            sum.set(num(0.0)),
            i.set(num(0.0)),
            repeat(
                rep(squares.length()),
                vec![i.change(num(1.0)), sum.change(rep(squares.item(i.input())))],
            ),
            out.add(sum.input()),
            out.add(rep(squares.item(num(4.0)))),
            out.add(rep(squares.length())),
        ]
    });
    let squares: Vec<f64> = (1..=10).map(|i| (i * i) as f64).collect();
    let expected = vec![
        Value::Number(squares.iter().sum()),
        Value::Number(16.0),
        Value::Number(10.0),
    ];
    Case {
        name: "list_loop",
        project,
        expected,
    }
}

fn custom_block() -> Case {
    let mut expected = Vec::new();
    let project = with_body(|p, out| {
        let f = Procedure::new(p, "mul add", &["a", "b"], true);
        let body = vec![out.add(rep(arith(
            "operator_add",
            rep(arith("operator_multiply", rep(f.arg(0)), rep(f.arg(1)))),
            rep(f.arg(0)),
        )))];
        p.sprites[0].scripts.push(f.define(400.0, 0.0, body));
        let mut calls = Vec::new();
        for (a, b) in [(2.0, 3.0), (-1.5, 4.0), (1e10, 1e10), (0.5, 0.25)] {
            calls.push(f.call(vec![num(a), num(b)]));
            expected.push(Value::Number(a * b + a));
        }
        calls
    });
    Case {
        name: "custom_block",
        project,
        expected,
    }
}

fn stop_in_custom_block() -> Case {
    let data = [3.0, 1.0, 4.0, 1.0, 5.0, 9.0, 2.0, 6.0];
    let mut expected = Vec::new();
    let project = with_body(|p, out| {
        let list = p.add_list(
            Owner::Stage,
            "data",
            data.iter().map(|x| Value::Number(*x)).collect(),
        );
        let i = p.add_variable(Owner::Stage, "k", 0);
        let find = Procedure::new(p, "first index above", &["limit"], true);
        let body = vec![
            i.set(num(0.0)),
            repeat(
                rep(list.length()),
                vec![
                    i.change(num(1.0)),
                    if_then(
                        compare("operator_gt", rep(list.item(i.input())), rep(find.arg(0))),
                        vec![out.add(i.input()), stop_this_script()],
                    ),
                ],
            ),
            out.add(num(-1.0)),
        ];
        p.sprites[0].scripts.push(find.define(400.0, 300.0, body));
        let mut calls = Vec::new();
        for limit in [4.5, 0.0, 8.0, 100.0] {
            calls.push(find.call(vec![num(limit)]));
            let hit = data
                .iter()
                .position(|x| *x > limit)
                .map(|k| (k + 1) as f64)
                .unwrap_or(-1.0);
            expected.push(Value::Number(hit));
        }
        calls
    });
    Case {
        name: "stop_in_custom_block",
        project,
        expected,
    }
}

fn monitors() -> Case {
    let mut project = with_body(|p, out| {
        let speed = p.add_variable(Owner::Stage, "speed", 7);
        let shown = p.add_variable(Owner::Sprite(0), "shown", "hi");
        let l = p.add_list(
            Owner::Sprite(0),
            "local list",
            vec![Value::Number(1.0), Value::Number(2.0)],
        );
        p.add_monitor(
            &speed.id,
            MonitorMode::Slider {
                min: 0.0,
                max: 10.0,
                discrete: true,
            },
            5.0,
            5.0,
        );
        p.add_monitor(&shown.id, MonitorMode::Large, 5.0, 40.0);
        p.add_monitor(
            &l.id,
            MonitorMode::List {
                width: 120.0,
                height: 100.0,
            },
            300.0,
            5.0,
        );
        vec![
            out.add(speed.input()),
            out.add(shown.input()),
            out.add(rep(l.length())),
        ]
    });
    project.add_monitor(
        project.stage.lists[0].id.clone(),
        MonitorMode::List {
            width: 0.0,
            height: 0.0,
        },
        5.0,
        200.0,
    );
    Case {
        name: "monitors",
        project,
        expected: vec![Value::Number(7.0), "hi".into(), Value::Number(2.0)],
    }
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn node(args: &[&str]) -> (bool, String, String) {
    let vm_dir = repo().join("tests/vm");
    assert!(
        vm_dir.join("node_modules/scratch-vm").is_dir(),
        "{} has no node_modules: run scripts/setup.sh (npm ci in tests/vm)",
        vm_dir.display()
    );
    let out = Command::new("node")
        .args(args)
        .current_dir(&vm_dir)
        .output()
        .expect("node runs (install node 20)");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn expected_json(v: &Value) -> J {
    match v {
        Value::Number(x) if x.is_nan() => J::from("NaN"),
        Value::Number(x) if x.is_infinite() => {
            J::from(if *x > 0.0 { "Infinity" } else { "-Infinity" })
        }
        Value::Number(x) if *x == 0.0 && x.is_sign_negative() => J::from("-0"),
        Value::Number(x) => serde_json::json!(*x),
        Value::Text(s) => J::from(s.as_str()),
    }
}

/// Equal as Scratch shows them. `add (-1) to out` stores the literal's text "-1" in vanilla
/// Scratch but the number -1 in TurboWarp; both show "-1".
fn same(a: &J, b: &J) -> bool {
    let shown = |v: &J| match v.as_f64() {
        Some(x) => js_number_string_signed_zero(x),
        None => v
            .as_str()
            .map(String::from)
            .unwrap_or_else(|| v.to_string()),
    };
    shown(a) == shown(b)
}

fn write_cases(dir: &Path) -> Vec<(PathBuf, Case)> {
    std::fs::create_dir_all(dir).unwrap();
    let cases = vec![
        arithmetic(),
        list_loop(),
        custom_block(),
        stop_in_custom_block(),
        monitors(),
    ];
    cases
        .into_iter()
        .map(|case| {
            let path = dir.join(format!("{}.sb3", case.name));
            std::fs::write(&path, write_sb3(&case.project).unwrap()).unwrap();
            (path, case)
        })
        .collect()
}

#[test]
fn written_projects_validate_and_run_in_both_vms() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scratch_writer");
    let cases = write_cases(&dir);
    let sprite3 = dir.join("runner.sprite3");
    std::fs::write(&sprite3, write_sprite3(&cases[3].1.project, 0).unwrap()).unwrap();

    let files: Vec<String> = cases.iter().map(|(p, _)| p.display().to_string()).collect();
    let mut args: Vec<&str> = vec!["validate.js"];
    args.extend(files.iter().map(String::as_str));
    let sprite3 = sprite3.display().to_string();
    args.push(&sprite3);
    let (ok, stdout, stderr) = node(&args);
    assert!(ok, "scratch-parser rejected a file:\n{stdout}{stderr}");
    assert_eq!(
        stdout.lines().filter(|l| l.starts_with("ok ")).count(),
        files.len() + 1,
        "{stdout}"
    );

    // The sprite3 runs too: the runner adds it to an empty project; the stage variables it
    // uses (status, out, data) travel inside it.
    let mut run_files = files.clone();
    run_files.push(sprite3.clone());
    let mut expectations: Vec<(&str, &[Value])> = cases
        .iter()
        .map(|(_, c)| (c.name, c.expected.as_slice()))
        .collect();
    expectations.push(("sprite3 of stop_in_custom_block", &cases[3].1.expected));
    for vm in ["scratch", "turbowarp"] {
        let mut args: Vec<&str> = vec!["run.js", "--vm", vm, "--timeout", "60"];
        args.extend(run_files.iter().map(String::as_str));
        let (ok, stdout, stderr) = node(&args);
        let lines: Vec<J> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
            .collect();
        assert!(ok, "run.js --vm {vm} failed:\n{stdout}\n{stderr}");
        assert_eq!(
            lines.len(),
            expectations.len(),
            "one line per file:\n{stdout}"
        );
        for ((name, expected), line) in expectations.iter().zip(&lines) {
            let out = line["out"]
                .as_array()
                .unwrap_or_else(|| panic!("{vm} {name}: no out list: {line}"));
            let want: Vec<J> = expected.iter().map(expected_json).collect();
            assert!(
                out.len() == want.len() && out.iter().zip(&want).all(|(a, b)| same(a, b)),
                "{vm} {name}: out {out:?}, expected {want:?}"
            );
            assert!(line["seconds"].as_f64().is_some_and(|s| s >= 0.0), "{line}");
            if vm == "turbowarp" {
                assert_eq!(
                    line["compiled"],
                    J::Bool(true),
                    "TurboWarp compiled {name}: {line}"
                );
            }
        }
    }
}

#[test]
fn runner_reports_hangs_and_missing_status_then_goes_on() {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scratch_writer_failures");
    std::fs::create_dir_all(&dir).unwrap();
    // A warp custom block that never returns: blocks TurboWarp's page entirely.
    let mut hang = with_body(|p, _| {
        let spin = Procedure::new(p, "spin", &[], true);
        p.sprites[0].scripts.push(spin.define(
            400.0,
            0.0,
            vec![Block::new("control_forever").input(
                "SUBSTACK",
                llm2sb3::scratch::Input::Substack(vec![Block::new("control_wait_until").input(
                    "CONDITION",
                    llm2sb3::scratch::ops::cond(compare("operator_equals", num(1.0), num(2.0))),
                )]),
            )],
        ));
        vec![spin.call(vec![])]
    });
    hang.agent = "hang".into();
    let mut no_status = Project::new();
    no_status.add_sprite("Runner");
    let ok = arithmetic();
    let files = [
        ("hang", write_sb3(&hang).unwrap()),
        ("no_status", write_sb3(&no_status).unwrap()),
        ("ok", write_sb3(&ok.project).unwrap()),
    ];
    let paths: Vec<String> = files
        .iter()
        .map(|(name, bytes)| {
            let path = dir.join(format!("{name}.sb3"));
            std::fs::write(&path, bytes).unwrap();
            path.display().to_string()
        })
        .collect();
    for vm in ["scratch", "turbowarp"] {
        let mut args: Vec<&str> = vec!["run.js", "--vm", vm, "--timeout", "2"];
        args.extend(paths.iter().map(String::as_str));
        let (ok_exit, stdout, stderr) = node(&args);
        assert!(
            !ok_exit,
            "{vm}: a failed file must make run.js exit non-zero\n{stdout}{stderr}"
        );
        let lines: Vec<J> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), 3, "{vm}: {stdout}\n{stderr}");
        assert!(
            lines[0]["error"]
                .as_str()
                .is_some_and(|e| e.contains("timeout")),
            "{vm}: {}",
            lines[0]
        );
        assert!(
            lines[1]["error"]
                .as_str()
                .is_some_and(|e| e.contains("status")),
            "{vm}: {}",
            lines[1]
        );
        assert!(
            lines[2].get("error").is_none(),
            "{vm}: the file after a hang still runs: {}",
            lines[2]
        );
        assert_eq!(
            lines[2]["out"].as_array().map(Vec::len),
            Some(ok.expected.len()),
            "{vm}: {}",
            lines[2]
        );
    }
}

#[test]
fn handbuilt_matvecs_compute_their_checksum_in_both_vms() {
    use llm2sb3::scratch::handbuilt::{bench_data, hand_project, Layout, Shape};
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scratch_writer_matvec");
    std::fs::create_dir_all(&dir).unwrap();
    // a ragged row (44 = 2 x 16 + 12; groups of 32: one full, one of 12) in every shape
    let mut files = vec![];
    let mut benches = vec![];
    for layout in [Layout::Float, Layout::Q8(4), Layout::Q8(32)] {
        let data = bench_data(layout, 16, 44);
        for shape in [Shape::Rows { unroll: 3 }, Shape::Tiles { tile: 8 }] {
            let bench = hand_project(&data, shape, 2);
            let path = dir.join(format!("{}-{}.sb3", layout.label(), shape.label()));
            std::fs::write(&path, write_sb3(&bench.project).unwrap()).unwrap();
            files.push(path.display().to_string());
            benches.push(bench);
        }
    }
    for vm in ["scratch", "turbowarp"] {
        let mut args = vec!["run.js", "--vm", vm, "--timeout", "60"];
        args.extend(files.iter().map(String::as_str));
        let (ok, stdout, stderr) = node(&args);
        assert!(ok, "{vm}: {stdout}{stderr}");
        let lines: Vec<J> = stdout
            .lines()
            .map(|l| serde_json::from_str(l).unwrap())
            .collect();
        assert_eq!(lines.len(), benches.len(), "{vm}: {stdout}");
        for ((line, bench), file) in lines.iter().zip(&benches).zip(&files) {
            let out = line["out"].as_array().unwrap();
            assert_eq!(
                out[0].as_f64(),
                Some(bench.checksum),
                "{vm} {file}: checksum, bit-exact: {line}"
            );
            assert!(
                out[1].as_f64().is_some_and(|s| (0.0..60.0).contains(&s)),
                "{vm}: seconds: {line}"
            );
            assert_eq!(out[2].as_f64(), Some(bench.multiply_adds), "{vm}: {line}");
        }
    }
}

#[test]
fn runner_answers_ask_and_sets_variables() {
    let project = with_body(|p, out| {
        let steps = p.add_variable(Owner::Stage, "steps", 5);
        vec![
            Block::new("sensing_askandwait").input("QUESTION", text("Your name?")),
            out.add(rep(Block::new("sensing_answer"))),
            out.add(steps.input()),
        ]
    });
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("scratch_writer_ask");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("ask.sb3");
    std::fs::write(&path, write_sb3(&project).unwrap()).unwrap();
    let path = path.display().to_string();
    for vm in ["scratch", "turbowarp"] {
        let (ok, stdout, stderr) = node(&[
            "run.js",
            "--vm",
            vm,
            "--timeout",
            "30",
            "--prompt",
            "Ada Lovelace",
            "--set",
            "steps=12",
            &path,
        ]);
        assert!(ok, "{vm}: {stdout}{stderr}");
        let line: J = serde_json::from_str(stdout.trim()).unwrap();
        assert_eq!(
            line["out"],
            serde_json::json!(["Ada Lovelace", 12]),
            "{vm}: {line}"
        );
        assert_eq!(line["questions"], 1, "{vm}: {line}");
    }
}
