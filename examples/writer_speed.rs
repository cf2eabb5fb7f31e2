//! Times writing a project with a large memory list (a rough check for the < 1 s build goal):
//! `cargo run --release --example writer_speed [ITEMS]`.
use llm2sb3::scratch::{
    handbuilt::bench_values, project_json_string, write_sb3_with_report, Owner, Project, Value,
};
use std::time::Instant;

fn main() {
    let n: usize = std::env::args()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(300_000);
    let mut p = Project::new();
    p.add_sprite("S");
    let items: Vec<Value> = bench_values(n, 7)
        .into_iter()
        .map(|v| Value::Number(v * 0.123456789))
        .collect();
    p.add_list(Owner::Stage, "memory", items);
    let t = Instant::now();
    let json = project_json_string(&p).unwrap();
    let json_time = t.elapsed();
    let t = Instant::now();
    let (bytes, report) = write_sb3_with_report(&p).unwrap();
    println!(
        "{n} items: project.json {json_time:?} ({} bytes); sb3 {:?} ({} bytes zipped)",
        json.len(),
        t.elapsed(),
        bytes.len()
    );
    assert_eq!(report.json_bytes, json.len());
}
