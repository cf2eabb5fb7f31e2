//! The Rust reference against llama2.c run.c's own output (float layout, greedy).

mod infer_support;

use infer_support::{read, stories};
use llm2sb3::pack::{pack, Layout, Quant};
use llm2sb3::reference::{generate, Settings};

fn greedy(steps: f64) -> Settings {
    Settings { steps, temperature: 0.0, topk: 0.0, topp: 0.9, seed: 1.0, clock: 0.0 }
}

fn float_layout() -> Layout {
    Layout { quant: Quant::Float, ..Layout::default() }
}

#[test]
fn float_greedy_200_prints_run_c_story() {
    let (ck, tok) = stories();
    let image = pack(&ck, &tok, &float_layout()).unwrap();
    let g = generate(&image, &greedy(200.0), "").unwrap();
    let mut printed = g.bytes.clone();
    printed.push(b'\n');
    let expected = read("ref_greedy_200.txt");
    assert_eq!(String::from_utf8_lossy(&printed), String::from_utf8_lossy(&expected));
}

#[test]
fn float_greedy_prompt_prints_run_c_story() {
    let (ck, tok) = stories();
    let image = pack(&ck, &tok, &float_layout()).unwrap();
    let g = generate(&image, &greedy(64.0), "Once upon a time, there was a cat").unwrap();
    let mut printed = g.bytes.clone();
    printed.push(b'\n');
    let expected = read("ref_greedy_prompt_cat.txt");
    assert_eq!(String::from_utf8_lossy(&printed), String::from_utf8_lossy(&expected));
}
