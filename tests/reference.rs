//! The Rust reference against llama2.c run.c's own output (float layout, greedy).

mod infer_support;

use infer_support::{read, stories};
use llm2sb3::pack::{pack, Layout, Quant};
use llm2sb3::reference::{generate, Settings};

fn greedy(steps: f64) -> Settings {
    Settings {
        steps,
        temperature: 0.0,
        topk: 0.0,
        topp: 0.9,
        seed: 1.0,
        clock: 0.0,
    }
}

fn float_layout() -> Layout {
    Layout {
        quant: Quant::Float,
        ..Layout::default()
    }
}

#[test]
fn float_greedy_200_prints_run_c_story() {
    let (ck, tok) = stories();
    let image = pack(&ck, &tok, &float_layout()).unwrap();
    let g = generate(&image, &greedy(200.0), "").unwrap();
    let mut printed = g.bytes.clone();
    printed.push(b'\n');
    let expected = read("ref_greedy_200.txt");
    assert_eq!(
        String::from_utf8_lossy(&printed),
        String::from_utf8_lossy(&expected)
    );
}

#[test]
fn float_greedy_prompt_prints_run_c_story() {
    let (ck, tok) = stories();
    let image = pack(&ck, &tok, &float_layout()).unwrap();
    let g = generate(&image, &greedy(64.0), "Once upon a time, there was a cat").unwrap();
    let mut printed = g.bytes.clone();
    printed.push(b'\n');
    let expected = read("ref_greedy_prompt_cat.txt");
    assert_eq!(
        String::from_utf8_lossy(&printed),
        String::from_utf8_lossy(&expected)
    );
}

/// run.c's encode written plainly on the Tokenizer (no pair cache, linear lookups), to check
/// the image-based encoder of the reference (and so of the C program, which the native tests
/// tie to the reference).
fn run_c_encode(tok: &llm2sb3::model::Tokenizer, text: &str) -> Vec<usize> {
    let find = |s: &[u8]| (0..tok.vocab.len()).find(|&i| tok.vocab[i] == s);
    let mut tokens = vec![1usize];
    if !text.is_empty() {
        tokens.push(find(b" ").unwrap());
    }
    for ch in text.chars() {
        let mut buf = [0u8; 4];
        let b = ch.encode_utf8(&mut buf).as_bytes();
        match find(b) {
            Some(id) => tokens.push(id),
            None => tokens.extend(b.iter().map(|&x| x as usize + 3)),
        }
    }
    loop {
        let mut best: Option<(f32, usize, usize)> = None;
        for i in 0..tokens.len() - 1 {
            let mut s = tok.vocab[tokens[i]].clone();
            s.extend(&tok.vocab[tokens[i + 1]]);
            if let Some(id) = find(&s) {
                if best.is_none_or(|(sc, _, _)| tok.scores[id] > sc) {
                    best = Some((tok.scores[id], id, i));
                }
            }
        }
        let Some((_, id, i)) = best else { break };
        tokens[i] = id;
        tokens.remove(i + 1);
    }
    tokens
}

#[test]
fn prompt_encoding_matches_run_c_including_byte_fallback() {
    let (ck, tok) = stories();
    let image = pack(&ck, &tok, &Layout::default()).unwrap();
    let one_step = Settings {
        steps: 1.0,
        ..greedy(1.0)
    };
    for prompt in [
        "Once upon a time, there was a cat",
        "Tom said: \"Héllo, WORLD 😀!\" and ran.",
        "  double  spaces\nand a newline\tand tab",
        "x",
    ] {
        let g = generate(&image, &one_step, prompt).unwrap();
        assert_eq!(
            g.prompt_tokens,
            run_c_encode(&tok, prompt),
            "prompt {prompt:?}"
        );
    }
    // 中 and 😀 are not in tok512: their UTF-8 bytes fall back to byte tokens (byte + 3)
    let g = generate(&image, &one_step, "中😀").unwrap();
    assert_eq!(g.prompt_tokens.len(), 2 + 7, "{:?}", g.prompt_tokens);
    for b in "中😀".bytes() {
        assert!(
            g.prompt_tokens.contains(&(b as usize + 3)),
            "byte {b:#x} in {:?}",
            g.prompt_tokens
        );
    }
}

#[test]
fn q8_group4_greedy_follows_the_fp32_story_for_long() {
    let (ck, tok) = stories();
    let float = pack(&ck, &tok, &float_layout()).unwrap();
    let q8 = pack(
        &ck,
        &tok,
        &Layout {
            quant: Quant::Q8,
            group: 4,
            ..Layout::default()
        },
    )
    .unwrap();
    let a = generate(&float, &greedy(200.0), "").unwrap();
    let b = generate(&q8, &greedy(200.0), "").unwrap();
    let same = a
        .emitted
        .iter()
        .zip(&b.emitted)
        .take_while(|(x, y)| x == y)
        .count();
    eprintln!(
        "q8 group 4 greedy: first {same} of {} tokens equal the float layout",
        a.emitted.len()
    );
    assert!(same >= 190, "only {same} tokens agree");
}
