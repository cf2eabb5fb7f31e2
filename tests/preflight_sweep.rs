//! Every preset the form allows for llama2.c's stories15M, 42M and 110M shapes is either
//! refused before building (`pipeline::preflight`, as the page and the CLI call it) with the
//! reason and a form change that passes, or no heavier to load than a project of these shapes
//! that was actually opened in TurboWarp (tests/bench/big.sh, README "Big models").
//! Dimensions only: no checkpoint is written.

mod common;

use common::shapes::{tokenizer_file, Shape, S110M, S15M, S42M};
use llm2sb3::model::{parameter_count, parse_tokenizer, Tokenizer};
use llm2sb3::pipeline::preflight::{preflight, Preflight, PAGE_BUILD_BUDGET, V8_MAX_STRING};
use llm2sb3::preset::{OutputFormat, Preset, Quant, Target, W8A8_MAX_GROUP};

/// Presets of these shapes that tests/bench/big.sh built and opened in TurboWarp (tokens =
/// reference), as share-link queries; the README's table has their measured heap.
const LOADED: [(&str, &str); 8] = [
    ("15M", "quant=q8&group=32&target=turbowarp"),
    ("15M", "quant=q8&group=4&target=turbowarp"),
    ("15M", "quant=float&target=turbowarp"),
    ("42M", "quant=q8&group=32&target=turbowarp"),
    ("42M", "quant=q8&group=4&target=turbowarp"),
    ("42M", "quant=q8&group=3&target=turbowarp"),
    ("110M", "quant=q8&group=32&target=turbowarp"),
    ("110M", "quant=q8&group=12&seq=256&target=turbowarp"),
];

/// The llama2.c v1 (fp32) file size: the largest a page holds for these dimensions.
fn file_bytes(shape: &Shape) -> u64 {
    parameter_count(&shape.config) * 4 + 256
}

fn check(shape: &Shape, p: &Preset, tok: Option<&Tokenizer>) -> Preflight {
    preflight(&shape.config, p, tok, file_bytes(shape), true)
}

/// The heaviest estimated load among the presets opened in TurboWarp.
fn heaviest_loaded(tok: Option<&Tokenizer>) -> u64 {
    LOADED
        .iter()
        .map(|(name, query)| {
            let shape = [S15M, S42M, S110M]
                .into_iter()
                .find(|s| s.name == *name)
                .unwrap();
            // (the heaviest may be refused now: the budget stays under what was seen to load)
            check(&shape, &Preset::from_query(query).unwrap(), tok).load_memory_bytes
        })
        .max()
        .unwrap()
}

/// Every value of the form's size-changing fields the model allows: Weights, each Group
/// size up to the longest row (W8A8: up to 520), Runs in, Context lengths (the model's own and shorter powers
/// of two down to 1), with the longest prompt the form takes. File: .sb3 here; a .sprite3
/// gets the same verdict ([`sprite3_and_sb3_get_the_same_verdict`]).
fn form_presets(shape: &Shape) -> Vec<Preset> {
    let c = &shape.config;
    let longest = c.dim.max(c.hidden_dim);
    let mut seqs = vec![None];
    seqs.extend(
        (0..)
            .map(|k| 1usize << k)
            .take_while(|s| *s < c.seq_len)
            .map(Some),
    );
    let mut out = Vec::new();
    for target in [Target::Scratch, Target::TurboWarp] {
        for &seq in &seqs {
            let base = Preset {
                target,
                seq,
                steps: seq.unwrap_or(c.seq_len).min(256),
                prompt: "a".repeat(4096),
                ..Preset::default()
            };
            out.push(Preset {
                quant: Quant::Float,
                ..base.clone()
            });
            out.extend((1..=longest).map(|group| Preset {
                quant: Quant::Q8,
                group,
                ..base.clone()
            }));
            out.extend((1..=longest.min(W8A8_MAX_GROUP)).map(|group| Preset {
                quant: Quant::W8a8,
                group,
                ..base.clone()
            }));
        }
    }
    out
}

/// A preset as a share link, with the prompt's length instead of its text.
fn words(p: &Preset) -> String {
    let q = Preset {
        prompt: String::new(),
        ..p.clone()
    }
    .to_query();
    format!("{q} (prompt of {} bytes)", p.prompt.len())
}

/// Checks one verdict.
fn verdict(shape: &Shape, p: &Preset, f: &Preflight, limit: u64, tok: Option<&Tokenizer>) {
    let what = format!("{} {}", shape.name, words(p));
    assert!(p.validate_for(&shape.config).is_ok(), "{what}");
    if f.refused() {
        let text = f.problems.join(" ");
        assert!(
            f.problems.len() >= 2,
            "{what}: a reason and a change: {text}"
        );
        assert!(
            !text.contains("quant=") && !text.contains("group="),
            "{what}: form words: {text}"
        );
        let fix = f
            .fix
            .as_ref()
            .unwrap_or_else(|| panic!("{what}: no change found: {text}"));
        let last = f.problems.last().unwrap();
        assert!(last.starts_with("Choose "), "{what}: {text}");
        assert!(fix.validate_for(&shape.config).is_ok(), "{what}: {fix:?}");
        let again = check(shape, fix, tok);
        assert!(
            !again.refused(),
            "{what}: the change is refused too: {again:?}"
        );
        assert!(
            again.load_memory_bytes <= limit,
            "{what}: the change is heavier than anything loaded"
        );
    } else {
        assert!(
            f.estimate.project_json_bytes <= V8_MAX_STRING,
            "{what}: {f:?}"
        );
        assert!(f.build_memory_bytes <= PAGE_BUILD_BUDGET, "{what}: {f:?}");
        assert!(
            f.load_memory_bytes <= limit,
            "{what}: accepted, but heavier to load ({} MiB) than anything opened in TurboWarp ({} MiB)",
            f.load_memory_bytes >> 20,
            limit >> 20
        );
    }
}

fn sweep(shape: Shape) -> (usize, usize, Option<(u64, String)>) {
    let limit = heaviest_loaded(None);
    let (mut refused, mut accepted, mut heaviest) = (0, 0, None::<(u64, String)>);
    for p in form_presets(&shape) {
        let f = check(&shape, &p, None);
        verdict(&shape, &p, &f, limit, None);
        if f.refused() {
            refused += 1;
        } else {
            accepted += 1;
            if heaviest
                .as_ref()
                .is_none_or(|(l, _)| f.load_memory_bytes > *l)
            {
                heaviest = Some((f.load_memory_bytes, words(&p)));
            }
        }
    }
    (refused, accepted, heaviest)
}

fn report(shape: Shape) {
    let (refused, accepted, heaviest) = sweep(shape);
    let (load, query) = heaviest.unwrap_or_default();
    println!(
        "{}: {refused} presets refused, {accepted} accepted; heaviest accepted: {query} ({} MiB to load)",
        shape.name,
        load >> 20
    );
    assert!(accepted > 0, "{}: something must build", shape.name);
}

#[test]
fn every_15m_preset_is_refused_with_a_fix_or_as_light_as_one_loaded() {
    report(S15M);
}

#[test]
fn every_42m_preset_is_refused_with_a_fix_or_as_light_as_one_loaded() {
    report(S42M);
}

#[test]
fn every_110m_preset_is_refused_with_a_fix_or_as_light_as_one_loaded() {
    report(S110M);
}

/// The page passes the tokenizer (exact token tables); the sweep above uses typical token
/// lengths. The verdicts agree on a spread of group sizes with the 32,000-token tokenizer.
#[test]
fn the_tokenizer_changes_no_verdict() {
    let tok = parse_tokenizer(&tokenizer_file(32000)).unwrap();
    let limit = heaviest_loaded(Some(&tok));
    for shape in [S15M, S42M, S110M] {
        let longest = shape.config.dim.max(shape.config.hidden_dim);
        for p in form_presets(&shape)
            .into_iter()
            .filter(|p| p.seq.is_none_or(|s| s >= 64))
            .filter(|p| {
                p.quant == Quant::Float || [1, 4, 8, 12, 16, 24, 32, 64, longest].contains(&p.group)
            })
        {
            let with = check(&shape, &p, Some(&tok));
            let without = check(&shape, &p, None);
            assert_eq!(
                with.refused(),
                without.refused(),
                "{} {}",
                shape.name,
                p.to_query()
            );
            verdict(&shape, &p, &with, limit, Some(&tok));
        }
    }
}

/// The file format does not change the project's size, memory or verdict.
#[test]
fn sprite3_and_sb3_get_the_same_verdict() {
    for shape in [S15M, S42M, S110M] {
        for p in form_presets(&shape).into_iter().step_by(97) {
            let sprite = Preset {
                format: OutputFormat::Sprite3,
                ..p.clone()
            };
            let (a, b) = (check(&shape, &p, None), check(&shape, &sprite, None));
            let key = |f: &Preflight| {
                (
                    f.estimate,
                    f.build_memory_bytes,
                    f.load_memory_bytes,
                    f.problems.clone(),
                )
            };
            assert_eq!(key(&a), key(&b), "{}", words(&p));
        }
    }
}

/// 42M with float weights needs ~3.4 GiB of heap to load (over the budget): refused, with
/// 8-bit weights as the change.
#[test]
fn float_42m_is_refused_for_its_load_memory() {
    let p = Preset::from_query("quant=float&target=turbowarp").unwrap();
    let f = check(&S42M, &p, None);
    assert!(f.refused(), "{f:?}");
    assert!(f.problems[0].contains("Loading would need about"), "{f:?}");
    assert!(f.load_memory_bytes > 3 << 30, "{f:?}");
    assert_eq!(f.fix.as_ref().map(|p| p.quant), Some(Quant::Q8), "{f:?}");
}

/// The page test's model (tests/web/page.test.js): tiny weights, a 16,777,216-token context
/// (the form's longest): its RoPE tables and attention cache need more items than a list index
/// reaches. Refused in every layout with its own context; Context length: 256 is the change.
#[test]
fn a_tiny_model_with_a_huge_context_is_refused_with_a_shorter_context_as_the_fix() {
    let c = llm2sb3::model::Config {
        dim: 16,
        hidden_dim: 32,
        n_layers: 1,
        n_heads: 2,
        n_kv_heads: 2,
        vocab_size: 512,
        seq_len: 1 << 24,
        shared_classifier: true,
    };
    for target in [Target::Scratch, Target::TurboWarp] {
        let p = Preset {
            target,
            ..Preset::default()
        };
        let f = preflight(&c, &p, None, parameter_count(&c) * 4 + 256, true);
        assert!(f.refused(), "{f:?}");
        assert!(f.problems[0].contains("Context length: 16777216"), "{f:?}");
        assert_eq!(f.fix.as_ref().and_then(|p| p.seq), Some(256), "{f:?}");
        assert!(
            f.problems[1].starts_with("Choose Context length: 256 instead"),
            "{f:?}"
        );
    }
}
