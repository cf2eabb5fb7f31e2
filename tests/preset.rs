//! Preset <-> URL query: parsing, errors that name the key and range, and round trips.

use llm2sb3::model::Config;
use llm2sb3::preset::{OutputFormat, Preset, PresetError, Quant, Target};

#[test]
fn defaults_suit_stories260k() {
    let p = Preset::default();
    assert_eq!(p.quant, Quant::Q8);
    assert_eq!(p.group, 4);
    assert_eq!(p.seq, None);
    assert_eq!(
        (p.steps, p.temperature, p.topk, p.topp, p.seed),
        (256, 0.8, 0, 0.9, 0)
    );
    assert_eq!((p.target, p.format), (Target::Scratch, OutputFormat::Sb3));
    assert_eq!(p.to_query(), "");
    assert_eq!(Preset::from_query("").unwrap(), p);
    assert_eq!(Preset::from_query("?").unwrap(), p);
    p.validate_for(&stories260k()).unwrap();
    assert_eq!(p.effective_seq(&stories260k()), 512);
}

#[test]
fn parses_every_key() {
    let p = Preset::from_query(
        "?quant=float&group=32&seq=128&steps=100&temperature=0&topk=40&topp=0.95&seed=42\
         &prompt=Hi%20there&target=turbowarp&format=sprite3",
    )
    .unwrap();
    let expected = Preset {
        quant: Quant::Float,
        group: 32,
        seq: Some(128),
        steps: 100,
        temperature: 0.0,
        topk: 40,
        topp: 0.95,
        seed: 42,
        prompt: "Hi there".into(),
        target: Target::TurboWarp,
        format: OutputFormat::Sprite3,
    };
    assert_eq!(p, expected);
    assert!(p.is_greedy());
    assert_eq!(
        p.to_query(),
        "quant=float&group=32&seq=128&steps=100&temperature=0&topk=40&topp=0.95&seed=42\
         &prompt=Hi+there&target=turbowarp&format=sprite3"
    );
}

#[test]
fn prompts_with_raw_spaces_plus_or_percent_20() {
    let raw = Preset::from_query("prompt=Once upon a time, there was a cat&steps=64").unwrap();
    assert_eq!(raw.prompt, "Once upon a time, there was a cat");
    assert_eq!(raw.steps, 64);
    let plus = Preset::from_query("prompt=Once+upon+a+time%2C+there+was+a+cat&steps=64").unwrap();
    let pct = Preset::from_query("steps=64&prompt=Once%20upon%20a%20time,%20there%20was%20a%20cat")
        .unwrap();
    assert_eq!(raw, plus);
    assert_eq!(raw, pct);
    assert_eq!(
        raw.to_query(),
        "steps=64&prompt=Once+upon+a+time%2C+there+was+a+cat"
    );
}

fn err(query: &str) -> (PresetError, String) {
    let e = Preset::from_query(query).unwrap_err();
    let msg = e.to_string();
    (e, msg)
}

#[test]
fn unknown_and_duplicate_keys() {
    let (e, msg) = err("steps=5&colour=red");
    assert_eq!(
        e,
        PresetError::UnknownKey {
            key: "colour".into()
        }
    );
    assert_eq!(e.key(), Some("colour"));
    assert!(
        msg.contains("\"colour\"") && msg.contains("quant, group, seq"),
        "{msg}"
    );
    let (e, msg) = err("steps=5&steps=6");
    assert_eq!(e, PresetError::DuplicateKey { key: "steps" });
    assert!(
        msg.contains("Steps (steps)") && msg.contains("more than once"),
        "{msg}"
    );
    let (e, _) = err("Steps=5");
    assert!(
        matches!(e, PresetError::UnknownKey { .. }),
        "keys are case-sensitive: {e:?}"
    );
}

#[test]
fn unparsable_values_name_key_value_and_expectation() {
    let cases = [
        ("steps=many", "steps", "many", "a whole number"),
        ("group=2.5", "group", "2.5", "a whole number"),
        ("seed=-1", "seed", "-1", "a whole number"),
        ("seq=x", "seq", "x", "a whole number"),
        ("temperature=hot", "temperature", "hot", "a decimal number"),
        (
            "quant=q4",
            "quant",
            "q4",
            "q8 (8-bit), float (exact) or w8a8 (8-bit weights and activations)",
        ),
        ("target=snap", "target", "snap", "scratch or turbowarp"),
        ("format=zip", "format", "zip", "sb3 or sprite3"),
    ];
    for (query, key, value, expected) in cases {
        let (e, msg) = err(query);
        assert_eq!(
            e,
            PresetError::Unparsable {
                key,
                value: value.into(),
                expected
            },
            "{query}"
        );
        assert_eq!(e.key(), Some(key));
        assert!(
            msg.contains(llm2sb3::preset::label(key))
                && msg.contains(&format!("{value:?}"))
                && msg.contains(expected),
            "{msg}"
        );
    }
}

#[test]
fn out_of_range_values_name_the_allowed_range() {
    let cases = [
        ("group=0", "group", "1 to 65,536"),
        ("steps=0", "steps", "1 to 16,777,216"),
        ("seq=0", "seq", "1 to 16,777,216"),
        ("seed=2147483647", "seed", "0 to 2,147,483,646"),
        ("temperature=2.5", "temperature", "0 to 2"),
        ("temperature=-0.1", "temperature", "0 to 2"),
        ("temperature=NaN", "temperature", "0 to 2"),
        ("topp=1.01", "topp", "0 to 1"),
        ("topp=inf", "topp", "0 to 1"),
        ("topk=99999999", "topk", "0 to 16,777,216"),
    ];
    for (query, key, allowed) in cases {
        let (e, msg) = err(query);
        let PresetError::OutOfRange {
            key: k, allowed: a, ..
        } = &e
        else {
            panic!("{query}: {e:?}")
        };
        assert_eq!((*k, a.as_str()), (key, allowed), "{query}");
        let value = query.split('=').nth(1).unwrap();
        assert!(
            msg.contains(&format!("{} {value}", llm2sb3::preset::label(key)))
                && msg.contains(allowed),
            "{msg}"
        );
    }
    let long = format!("prompt={}", "a".repeat(5000));
    let (e, msg) = err(&long);
    assert!(
        matches!(e, PresetError::OutOfRange { key: "prompt", .. }),
        "{e:?}"
    );
    assert!(
        msg.contains("5000 bytes") && msg.contains("at most 4,096"),
        "{msg}"
    );
}

#[test]
fn edge_values_are_accepted() {
    let p =
        Preset::from_query("seed=2147483646&temperature=2&topp=1&topk=0&group=1&steps=1").unwrap();
    assert_eq!(
        (p.seed, p.temperature, p.topp, p.group, p.steps),
        (2_147_483_646, 2.0, 1.0, 1, 1)
    );
    assert_eq!(
        Preset::from_query("quant=FLOAT").unwrap().quant,
        Quant::Float
    );
    assert_eq!(
        Preset::from_query("temperature=-0").unwrap(),
        Preset::from_query("temperature=0").unwrap()
    );
}

fn stories260k() -> Config {
    llm2sb3::model::testing::STORIES_260K
}

#[test]
fn model_dependent_limits() {
    let c = stories260k();
    let check = |q: &str| Preset::from_query(q).unwrap().validate_for(&c);
    check("seq=512&steps=512&topk=512&group=172").unwrap();
    check("quant=float&group=1000").unwrap(); // group is ignored for float weights
    let e = check("seq=513").unwrap_err();
    assert_eq!(
        e,
        PresetError::SeqTooLong {
            seq: 513,
            model_seq_len: 512
        }
    );
    assert!(
        e.to_string().contains("Context length 513") && e.to_string().contains("1 to 512"),
        "{e}"
    );
    let e = check("seq=100").unwrap_err();
    assert_eq!(
        e,
        PresetError::StepsExceedSeq {
            steps: 256,
            seq: 100
        }
    );
    assert_eq!(e.key(), Some("steps"));
    assert!(
        e.to_string().contains("Steps 256") && e.to_string().contains("1 to 100"),
        "{e}"
    );
    let e = check("topk=513").unwrap_err();
    assert_eq!(
        e,
        PresetError::TopkExceedsVocab {
            topk: 513,
            vocab_size: 512
        }
    );
    let e = check("group=173").unwrap_err();
    assert_eq!(
        e,
        PresetError::GroupTooLarge {
            group: 173,
            longest_row: 172
        }
    );
    assert!(e.to_string().contains("1 to 172"), "{e}");
}

/// Tiny deterministic generator for the property test.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        self.0 >> 33
    }
    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

#[test]
fn to_query_then_from_query_round_trips() {
    let pieces = [
        "&", "=", "+", "%", "%20", " ", "?", "#", "é", "猫", "🐱", "a", "Once", "\n", "\"", ",",
        ";", "/",
    ];
    let mut rng = Lcg(12345);
    for i in 0..2000 {
        let prompt: String = (0..rng.below(8))
            .map(|_| pieces[rng.below(pieces.len() as u64) as usize])
            .collect();
        let p = Preset {
            quant: if rng.below(2) == 0 {
                Quant::Q8
            } else {
                Quant::Float
            },
            group: 1 + rng.below(64) as usize,
            seq: if rng.below(2) == 0 {
                None
            } else {
                Some(1 + rng.below(1024) as usize)
            },
            steps: 1 + rng.below(600) as usize,
            temperature: [
                0.0,
                0.8,
                1.0,
                2.0,
                rng.below(1 << 30) as f64 / (1u64 << 29) as f64,
            ][i % 5],
            topk: rng.below(100) as usize,
            topp: [
                0.0,
                0.9,
                1.0,
                rng.below(1 << 30) as f64 / (1u64 << 30) as f64,
            ][i % 4],
            seed: rng.below(2_147_483_647) as u32,
            prompt,
            target: if rng.below(2) == 0 {
                Target::Scratch
            } else {
                Target::TurboWarp
            },
            format: if rng.below(2) == 0 {
                OutputFormat::Sb3
            } else {
                OutputFormat::Sprite3
            },
        };
        let q = p.to_query();
        assert_eq!(Preset::from_query(&q).unwrap(), p, "query {q:?}");
        assert_eq!(Preset::from_query(&format!("?{q}")).unwrap(), p);
        p.check().unwrap();
        // serde (the worker boundary) round-trips too
        let json = serde_json::to_string(&p).unwrap();
        assert_eq!(serde_json::from_str::<Preset>(&json).unwrap(), p);
    }
}

#[test]
fn query_keys_come_in_a_stable_order() {
    let p = Preset {
        format: OutputFormat::Sprite3,
        prompt: "x".into(),
        seed: 7,
        quant: Quant::Float,
        ..Preset::default()
    };
    assert_eq!(p.to_query(), "quant=float&seed=7&prompt=x&format=sprite3");
}

#[test]
fn check_rejects_out_of_range_deserialized_presets() {
    let p: Preset = serde_json::from_str(r#"{"seed": 4000000000, "quant": "float"}"#).unwrap();
    assert!(matches!(
        p.check(),
        Err(PresetError::OutOfRange { key: "seed", .. })
    ));
    let e = serde_json::from_str::<Preset>(r#"{"colour": 1}"#).unwrap_err();
    assert!(e.to_string().contains("colour"), "{e}");
}

#[test]
fn lenient_parsing_keeps_good_keys_and_reports_bad_ones() {
    let (p, errors) =
        Preset::from_query_lenient("steps=64&temperature=9&colour=red&steps=65&seed=5");
    assert_eq!(
        (p.steps, p.temperature, p.seed),
        (64, 0.8, 5),
        "bad values keep the default"
    );
    assert_eq!(errors.len(), 3, "{errors:?}");
    assert_eq!(errors[0].key(), Some("temperature"));
    assert_eq!(
        errors[1],
        PresetError::UnknownKey {
            key: "colour".into()
        }
    );
    assert_eq!(errors[2], PresetError::DuplicateKey { key: "steps" });
    assert_eq!(
        Preset::from_query("steps=64&temperature=9").unwrap_err(),
        errors[0]
    );
}

#[test]
fn form_values_read_back_through_set() {
    let p = Preset::from_query("quant=float&seq=100&topp=0.5&prompt=a+b&target=turbowarp").unwrap();
    let mut q = Preset::default();
    for key in llm2sb3::preset::KEYS {
        q.set(key, &p.value(key).unwrap()).unwrap();
    }
    assert_eq!(q, p);
    assert_eq!(
        Preset::default().value("seq").unwrap(),
        "",
        "empty seq follows the model"
    );
    q.set("seq", "").unwrap();
    assert_eq!(q.seq, None);
    assert_eq!(p.value("colour"), None);
    assert!(q.set("steps", "0").is_err());
    assert_eq!(q.steps, 256, "a failed set leaves the field unchanged");
}

#[test]
fn form_fields_state_the_ranges_the_parser_enforces() {
    use llm2sb3::preset::{FIELDS, KEYS};
    assert_eq!(FIELDS.map(|f| f.key), KEYS);
    for f in FIELDS {
        let probe = match f.key {
            "temperature" => "3",
            "topp" => "2",
            "prompt" => &"x".repeat(5000),
            "quant" | "target" | "format" => "nonsense",
            _ => "99999999999",
        };
        let e = Preset::from_query(&format!("{}={}", f.key, probe)).unwrap_err();
        match e {
            PresetError::OutOfRange { allowed, .. } => assert!(
                allowed.contains(f.allowed) || f.allowed.contains(&allowed),
                "{}: {allowed} vs {}",
                f.key,
                f.allowed
            ),
            // the same choices; the form capitalises product names (Scratch, TurboWarp)
            // and writes file types with their dot (.sb3)
            PresetError::Unparsable { expected, .. } => {
                let words = |t: &str| t.to_lowercase().replace('.', "");
                assert_eq!(words(expected), words(f.allowed), "{}", f.key)
            }
            other => panic!("{}: {other:?}", f.key),
        }
    }
}

#[test]
fn w8a8_round_trips_and_older_links_keep_their_meaning() {
    let p = Preset::from_query("quant=w8a8&group=32&temperature=0").unwrap();
    assert_eq!((p.quant, p.group), (Quant::W8a8, 32));
    assert_eq!(p.to_query(), "quant=w8a8&group=32&temperature=0");
    assert_eq!(Preset::from_query(&p.to_query()).unwrap(), p);
    assert_eq!(p.value("quant").as_deref(), Some("w8a8"));
    let json = serde_json::to_string(&p).unwrap();
    assert!(json.contains("\"quant\":\"w8a8\""), "{json}");
    assert_eq!(serde_json::from_str::<Preset>(&json).unwrap(), p);
    // W8A8 names its group in a link: its starting group is 32, not the default 4
    let g4 = Preset::from_query("quant=w8a8").unwrap();
    assert_eq!(g4.group, 4);
    assert_eq!(g4.to_query(), "quant=w8a8&group=4");
    assert_eq!(Preset::from_query(&g4.to_query()).unwrap(), g4);
    assert_eq!(Preset::default_group(Quant::W8a8), 32);
    assert_eq!(Preset::default_group(Quant::Q8), 4);
    // fitted to a model: an unchosen group starts at 32 (at most the longest row), a chosen
    // one is kept
    let facts = llm2sb3::preset::ModelFacts {
        config: stories260k(),
        file_group: Some(64),
    };
    let mut fitted = g4.clone();
    fitted.fit_to_model(&facts, |k| k == "quant");
    assert_eq!(fitted.group, 32);
    let mut kept = g4.clone();
    kept.fit_to_model(&facts, |k| k == "quant" || k == "group");
    assert_eq!(kept.group, 4);
    let mut q8 = Preset::default();
    q8.fit_to_model(&facts, |_| false);
    assert_eq!(q8.group, 64, "q8 still takes a v2 file's own group");
    // links made before W8A8 existed read as they did
    for (query, quant) in [
        ("quant=q8&group=4", Quant::Q8),
        ("quant=float", Quant::Float),
        ("group=8", Quant::Q8),
    ] {
        assert_eq!(Preset::from_query(query).unwrap().quant, quant, "{query}");
    }
}
