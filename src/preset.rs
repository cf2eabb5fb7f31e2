//! One `Preset` carries every user choice; it round-trips through a URL query string.
//!
//! ```text
//! ?quant=q8&group=4&steps=64&temperature=0&prompt=Once+upon+a+time
//! ```
//!
//! Keys (in the order [`Preset::to_query`] writes them, which omits default values):
//!
//! | key | values | default | meaning |
//! | --- | --- | --- | --- |
//! | `quant` | `q8` \| `float` \| `w8a8` | `q8` | weights as Q8_0 (int8 + scale per group), plain numbers, or W8A8 (int8 weights, two rows per item, and int8 activations per group) |
//! | `group` | 1..=65536 (w8a8: 1..=520) | 4 (w8a8 fitted to a model: 32) | Q8_0 / W8A8 group size, along each row (ragged last group); always written for w8a8 |
//! | `seq` | 1..=16777216, or empty | model's seq_len | context length the project reserves KV cache for |
//! | `steps` | 1..=16777216 | 256 | positions to generate (prompt included), as `run.c -n` |
//! | `temperature` | 0..=2 | 0.8 | 0 = greedy (argmax) |
//! | `topk` | 0..=16777216 | 0 | keep the k most likely tokens; 0 = off |
//! | `topp` | 0..=1 | 0.9 | nucleus sampling; 0 or 1 = off |
//! | `seed` | 0..=2147483646 | 0 | Park–Miller PRNG state; 0 = a fresh seed each run |
//! | `prompt` | ≤ 4096 bytes of text | empty | empty = start from BOS only |
//! | `target` | `scratch` \| `turbowarp` | `scratch` | which VM the blocks are chosen for |
//! | `format` | `sb3` \| `sprite3` | `sb3` | whole project or one sprite |
//!
//! Why these defaults (for stories260K, the model the app ships with):
//! - `q8` with group 4: with Q8_0 weights, greedy stories260K matches the fp32 original for
//!   ~195 of 200 tokens at group 4 but only 61-114 at groups 8-64 (hidden_dim 172 is
//!   divisible only by 1, 2, 4, 43). Four int8 share one list item, so a group of 4 costs two
//!   items (values + scale) per four weights: half the items of `float`, well inside
//!   Scratch's 5 MB project.json.
//! - temperature 0.8, top-p 0.9: llama2.c uses 1.0 / 0.9; a tiny model rambles less at 0.8.
//! - 256 steps: llama2.c's default; fits stories260K's 512-token context.
//! - seed 0: every green-flag click tells a new story; set a seed to make it reproducible.
//!   Seeds 1..=2147483646 are exactly the states of the Park–Miller generator
//!   `s = s * 48271 mod (2^31 - 1)`, which is exact in doubles.
//! - target `scratch`: a project for vanilla Scratch also runs in TurboWarp, not vice versa.

use serde::{Deserialize, Serialize};

use crate::model::Config;

/// Largest Q8_0 group size accepted by the query parser.
pub const MAX_GROUP: usize = 1 << 16;
/// Largest `seq`, `steps` and `topk` accepted before the model is known (2^24, the
/// checkpoint reader's limit for any dimension).
pub const MAX_COUNT: usize = 1 << 24;
/// Largest temperature accepted.
pub const MAX_TEMPERATURE: f64 = 2.0;
/// Largest seed: the Park–Miller modulus minus 2 (states are 1..=2^31-2).
pub const MAX_SEED: u32 = 2_147_483_646;
/// Longest prompt, in UTF-8 bytes.
pub const MAX_PROMPT_BYTES: usize = 4096;

/// How weights are stored in the project's memory list.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Quant {
    /// Q8_0: int8 values (packed into list items) and one scale per group.
    #[default]
    Q8,
    /// Weights kept as plain numbers.
    Float,
    /// W8A8: int8 weights (two rows per list item) and int8 activations per group, as
    /// llama2.c's runq.c quantizes them; the fewest blocks per multiply-add in vanilla
    /// Scratch. Groups of at most [`W8A8_MAX_GROUP`] columns.
    W8a8,
}

/// Largest W8A8 group: a lane sum of `group` products of two int8 in -127..=127 must stay
/// below 2^23 in magnitude (520 * 127 * 127 = 8,387,080 < 8,388,608; `tests/w8a8.rs`).
pub const W8A8_MAX_GROUP: usize = 520;

/// Which Scratch VM the project is built for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Target {
    /// Only blocks from the vanilla Scratch editor palette (runs in TurboWarp too).
    #[default]
    Scratch,
    /// TurboWarp: may use blocks and tricks its compiler makes faster.
    TurboWarp,
}

/// What file the build produces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OutputFormat {
    /// A whole project (`.sb3`).
    #[default]
    Sb3,
    /// One sprite to import into another project (`.sprite3`).
    Sprite3,
}

/// Every user choice for one build (see the module docs for keys, ranges and defaults).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Preset {
    /// Weight storage.
    pub quant: Quant,
    /// Q8_0 group size (ignored for `float`).
    pub group: usize,
    /// Context length; `None` = the model's own seq_len.
    pub seq: Option<usize>,
    /// Positions to generate, prompt included.
    pub steps: usize,
    /// Sampling temperature; 0 = greedy.
    pub temperature: f64,
    /// Top-k cutoff; 0 = off.
    pub topk: usize,
    /// Top-p (nucleus) cutoff; 0 or 1 = off.
    pub topp: f64,
    /// Park–Miller seed 1..=2^31-2; 0 = a fresh seed each run.
    pub seed: u32,
    /// Prompt text; empty = start from BOS only.
    pub prompt: String,
    /// Scratch or TurboWarp.
    pub target: Target,
    /// `.sb3` or `.sprite3`.
    pub format: OutputFormat,
}

impl Default for Preset {
    fn default() -> Self {
        Preset {
            quant: Quant::Q8,
            group: 4,
            seq: None,
            steps: 256,
            temperature: 0.8,
            topk: 0,
            topp: 0.9,
            seed: 0,
            prompt: String::new(),
            target: Target::Scratch,
            format: OutputFormat::Sb3,
        }
    }
}

/// The query keys, in the order `to_query` writes them.
pub const KEYS: [&str; 11] = [
    "quant",
    "group",
    "seq",
    "steps",
    "temperature",
    "topk",
    "topp",
    "seed",
    "prompt",
    "target",
    "format",
];

/// How a form presents one query key: label, allowed values (as the errors word them) and help.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Field {
    /// The query key.
    pub key: &'static str,
    /// A short label.
    pub label: &'static str,
    /// The allowed values, before the model is known.
    pub allowed: &'static str,
    /// One sentence of help.
    pub help: &'static str,
}

/// Every key, in [`KEYS`] order, for forms. Labels, ranges and help are in plain words: the
/// page shows them, and every [`PresetError`] names a field by its label.
pub const FIELDS: [Field; 11] = [
    Field {
        key: "quant",
        label: "Weights",
        allowed: "q8 (8-bit), float (exact) or w8a8 (8-bit weights and activations)",
        help: "8-bit (q8): each weight as a small whole number, one scale per group: about half the size. Exact (float): every weight as a plain number, as trained. 8-bit, fast in Scratch (w8a8): two rows' weights share one number and the inputs are rounded to 8 bits too: about twice as fast in Scratch, a little less faithful, groups of at most 520.",
    },
    Field {
        key: "group",
        label: "Group size",
        allowed: "1 to 65,536",
        help: "8-bit weights (and, with 8-bit activations, inputs) sharing one scale, along each row: smaller stays closer to the original model, larger makes a smaller project.",
    },
    Field {
        key: "seq",
        label: "Context length",
        allowed: "1 to 16,777,216",
        help: "Tokens of memory the project reserves (its attention cache); empty = the model's own context length.",
    },
    Field {
        key: "steps",
        label: "Steps",
        allowed: "1 to 16,777,216",
        help: "Tokens to generate, prompt included; at most the context length.",
    },
    Field {
        key: "temperature",
        label: "Temperature",
        allowed: "0 to 2",
        help: "0 always picks the most likely token; higher is more varied.",
    },
    Field {
        key: "topk",
        label: "Top-k",
        allowed: "0 to 16,777,216",
        help: "Sample only among the k most likely tokens; 0 = off.",
    },
    Field {
        key: "topp",
        label: "Top-p",
        allowed: "0 to 1",
        help: "Sample only among the most likely tokens totalling this probability; 0 or 1 = off.",
    },
    Field {
        key: "seed",
        label: "Seed",
        allowed: "0 to 2,147,483,646",
        help: "The same seed tells the same story; 0 = a new story every run.",
    },
    Field {
        key: "prompt",
        label: "Prompt",
        allowed: "at most 4,096 bytes",
        help: "How the story starts; empty = the model starts on its own.",
    },
    Field {
        key: "target",
        label: "Runs in",
        allowed: "Scratch or TurboWarp",
        help: "Scratch: runs on scratch.mit.edu and everywhere else; TurboWarp: faster blocks, TurboWarp only.",
    },
    Field {
        key: "format",
        label: "File",
        allowed: ".sb3 or .sprite3",
        help: ".sb3: a whole project; .sprite3: one sprite to add to your own project.",
    },
];

/// The form label of a query key (the key itself if it is not one of [`KEYS`]).
pub fn label(key: &str) -> &str {
    FIELDS
        .iter()
        .find(|f| f.key == key)
        .map(|f| f.label)
        .unwrap_or(key)
}

/// An inclusive range in plain words, with thousands separators: `1 to 65,536`.
pub fn range_words(min: u64, max: u64) -> String {
    use crate::model::error::Thousands;
    format!("{} to {}", Thousands(min), Thousands(max))
}

/// Why a preset query or a preset/model combination was rejected.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PresetError {
    /// A key that is not one of [`KEYS`].
    #[error("unknown preset key {key:?}: expected one of quant, group, seq, steps, temperature, topk, topp, seed, prompt, target, format")]
    UnknownKey {
        /// The key as given.
        key: String,
    },
    /// A key given more than once.
    #[error(
        "{} ({key}) is given more than once: give each setting at most once",
        label(key)
    )]
    DuplicateKey {
        /// The key.
        key: &'static str,
    },
    /// A value that does not parse as the key's type.
    #[error("{} {value:?} is not valid: expected {expected}", label(key))]
    Unparsable {
        /// The key.
        key: &'static str,
        /// The value as given.
        value: String,
        /// What was expected, including the allowed range.
        expected: &'static str,
    },
    /// A value of the right type outside the allowed range.
    #[error("{} {value} is out of range: allowed {allowed}", label(key))]
    OutOfRange {
        /// The key.
        key: &'static str,
        /// The value (prompts are shown by length).
        value: String,
        /// The allowed range.
        allowed: String,
    },
    /// `seq` longer than the model's context.
    #[error("Context length {seq} is longer than the model's own: allowed {}", range_words(1, *.model_seq_len as u64))]
    SeqTooLong {
        /// Requested seq.
        seq: usize,
        /// The model's seq_len.
        model_seq_len: usize,
    },
    /// More steps than context positions.
    #[error("Steps {steps} do not fit the context length: allowed {}", range_words(1, *.seq as u64))]
    StepsExceedSeq {
        /// Requested steps.
        steps: usize,
        /// Effective context length.
        seq: usize,
    },
    /// top-k larger than the vocabulary.
    #[error("Top-k {topk} is larger than the model's vocabulary: allowed {} (0 = off)", range_words(0, *.vocab_size as u64))]
    TopkExceedsVocab {
        /// Requested k.
        topk: usize,
        /// The model's vocab_size.
        vocab_size: usize,
    },
    /// A Q8_0 group longer than the longest weight row.
    #[error("Group size {group} is longer than any weight row: allowed {} (the longest row)", range_words(1, *.longest_row as u64))]
    GroupTooLarge {
        /// Requested group size.
        group: usize,
        /// max(dim, hidden_dim).
        longest_row: usize,
    },
    /// A W8A8 group longer than its packed lane sums allow.
    #[error("Group size {group} is too large for 8-bit activations: allowed {} (longer groups could overflow the two rows packed in one number)", range_words(1, crate::preset::W8A8_MAX_GROUP as u64))]
    W8a8GroupTooLarge {
        /// Requested group size.
        group: usize,
    },
    /// W8A8 on a model with an odd hidden_dim.
    #[error("8-bit activations need an even hidden size; this model's is {hidden_dim}: choose 8-bit or float weights")]
    W8a8OddHidden {
        /// The model's hidden_dim.
        hidden_dim: usize,
    },
}

impl PresetError {
    /// The query key the error is about (for a form to highlight), if it is about one key.
    pub fn key(&self) -> Option<&str> {
        match self {
            PresetError::UnknownKey { key } => Some(key),
            PresetError::DuplicateKey { key }
            | PresetError::Unparsable { key, .. }
            | PresetError::OutOfRange { key, .. } => Some(key),
            PresetError::SeqTooLong { .. } => Some("seq"),
            PresetError::StepsExceedSeq { .. } => Some("steps"),
            PresetError::TopkExceedsVocab { .. } => Some("topk"),
            PresetError::GroupTooLarge { .. } | PresetError::W8a8GroupTooLarge { .. } => {
                Some("group")
            }
            PresetError::W8a8OddHidden { .. } => Some("quant"),
        }
    }
}

fn parse_count(
    key: &'static str,
    value: &str,
    min: usize,
    max: usize,
) -> Result<usize, PresetError> {
    let n: u64 = value.trim().parse().map_err(|_| PresetError::Unparsable {
        key,
        value: value.to_string(),
        expected: "a whole number",
    })?;
    if n < min as u64 || n > max as u64 {
        return Err(PresetError::OutOfRange {
            key,
            value: n.to_string(),
            allowed: range_words(min as u64, max as u64),
        });
    }
    Ok(n as usize)
}

fn parse_real(key: &'static str, value: &str, max: f64) -> Result<f64, PresetError> {
    let x: f64 = value.trim().parse().map_err(|_| PresetError::Unparsable {
        key,
        value: value.to_string(),
        expected: "a decimal number",
    })?;
    if !(0.0..=max).contains(&x) {
        return Err(PresetError::OutOfRange {
            key,
            value: value.trim().to_string(),
            allowed: format!("0 to {max}"),
        });
    }
    Ok(x + 0.0) // -0 becomes 0, so "-0" and "0" give equal presets
}

fn parse_choice<T: Copy>(
    key: &'static str,
    value: &str,
    choices: &[(&str, T)],
    expected: &'static str,
) -> Result<T, PresetError> {
    let v = value.trim();
    choices
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(v))
        .map(|&(_, t)| t)
        .ok_or_else(|| PresetError::Unparsable {
            key,
            value: value.to_string(),
            expected,
        })
}

impl Preset {
    /// Parses a URL query (`?` optional; `+`, `%20` or raw spaces). Missing keys keep
    /// defaults; the first bad key or value is an error.
    pub fn from_query(query: &str) -> Result<Preset, PresetError> {
        let (preset, errors) = Preset::from_query_lenient(query);
        match errors.into_iter().next() {
            Some(e) => Err(e),
            None => Ok(preset),
        }
    }

    /// Parses a URL query like [`Preset::from_query`], but keeps going: every valid key is
    /// applied, every bad one is skipped (its field keeps the default, or the first value
    /// given for a duplicate) and reported. For share links, where a bad value must not
    /// lose the rest of the preset.
    pub fn from_query_lenient(query: &str) -> (Preset, Vec<PresetError>) {
        let query = query.strip_prefix('?').unwrap_or(query);
        let mut preset = Preset::default();
        let mut errors = Vec::new();
        let mut seen = [false; KEYS.len()];
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            let Some(index) = KEYS.iter().position(|k| *k == key) else {
                errors.push(PresetError::UnknownKey {
                    key: key.into_owned(),
                });
                continue;
            };
            let key: &'static str = KEYS[index];
            if std::mem::replace(&mut seen[index], true) {
                errors.push(PresetError::DuplicateKey { key });
                continue;
            }
            if let Err(e) = preset.set(key, &value) {
                errors.push(e);
            }
        }
        (preset, errors)
    }

    /// The query text of one key's current value (`""` for `seq` when it follows the model),
    /// or `None` for an unknown key. For filling a form; [`Preset::set`] reads it back.
    pub fn value(&self, key: &str) -> Option<String> {
        Some(match key {
            "quant" => quant_name(self.quant).to_string(),
            "group" => self.group.to_string(),
            "seq" => self.seq.map(|s| s.to_string()).unwrap_or_default(),
            "steps" => self.steps.to_string(),
            "temperature" => self.temperature.to_string(),
            "topk" => self.topk.to_string(),
            "topp" => self.topp.to_string(),
            "seed" => self.seed.to_string(),
            "prompt" => self.prompt.clone(),
            "target" => target_name(self.target).to_string(),
            "format" => format_name(self.format).to_string(),
            _ => return None,
        })
    }

    /// Sets one key from its query text, with the same checks as [`Preset::from_query`]
    /// (an empty `seq` means the model's own seq_len). On error the preset is unchanged.
    pub fn set(&mut self, key: &str, value: &str) -> Result<(), PresetError> {
        match key {
            "quant" => {
                self.quant = parse_choice(
                    "quant",
                    value,
                    &[
                        ("q8", Quant::Q8),
                        ("float", Quant::Float),
                        ("w8a8", Quant::W8a8),
                    ],
                    "q8 (8-bit), float (exact) or w8a8 (8-bit weights and activations)",
                )?
            }
            "group" => self.group = parse_count("group", value, 1, MAX_GROUP)?,
            "seq" if value.trim().is_empty() => self.seq = None,
            "seq" => self.seq = Some(parse_count("seq", value, 1, MAX_COUNT)?),
            "steps" => self.steps = parse_count("steps", value, 1, MAX_COUNT)?,
            "temperature" => self.temperature = parse_real("temperature", value, MAX_TEMPERATURE)?,
            "topk" => self.topk = parse_count("topk", value, 0, MAX_COUNT)?,
            "topp" => self.topp = parse_real("topp", value, 1.0)?,
            "seed" => self.seed = parse_count("seed", value, 0, MAX_SEED as usize)? as u32,
            "prompt" => {
                if value.len() > MAX_PROMPT_BYTES {
                    return Err(PresetError::OutOfRange {
                        key: "prompt",
                        value: format!("<{} bytes of text>", value.len()),
                        allowed: format!(
                            "at most {} bytes",
                            crate::model::error::Thousands(MAX_PROMPT_BYTES as u64)
                        ),
                    });
                }
                self.prompt = value.to_string();
            }
            "target" => {
                self.target = parse_choice(
                    "target",
                    value,
                    &[
                        ("scratch", Target::Scratch),
                        ("turbowarp", Target::TurboWarp),
                    ],
                    "scratch or turbowarp",
                )?
            }
            "format" => {
                self.format = parse_choice(
                    "format",
                    value,
                    &[
                        ("sb3", OutputFormat::Sb3),
                        ("sprite3", OutputFormat::Sprite3),
                    ],
                    "sb3 or sprite3",
                )?
            }
            other => {
                return Err(PresetError::UnknownKey {
                    key: other.to_string(),
                })
            }
        }
        Ok(())
    }

    /// Writes the non-default keys as a query (no leading `?`), in the order of [`KEYS`].
    pub fn to_query(&self) -> String {
        let default = Preset::default();
        let mut out = form_urlencoded::Serializer::new(String::new());
        for key in KEYS {
            let value = self.value(key).unwrap_or_default();
            // W8A8's group is always named: its default differs (see `default_group`)
            let named = key == "group" && self.quant == Quant::W8a8;
            if named || default.value(key).as_deref() != Some(value.as_str()) {
                out.append_pair(key, &value);
            }
        }
        out.finish()
    }

    /// The group size a layout starts from when the user has not chosen one: 32 for W8A8 (its
    /// one-expression kernel; smaller groups gain no speed), else the default 4.
    pub fn default_group(quant: Quant) -> usize {
        match quant {
            Quant::W8a8 => 32,
            _ => Preset::default().group,
        }
    }

    /// The sliders' starting values, in the order of `lower::model_abi::SETTINGS` (steps,
    /// temperature, top-k, top-p, seed).
    pub fn slider_values(&self) -> [f64; 5] {
        [
            self.steps as f64,
            self.temperature,
            self.topk as f64,
            self.topp,
            self.seed as f64,
        ]
    }

    /// The W8A8 group a model starts from: [`Preset::default_group`], at most its longest row.
    pub fn w8a8_group_for(c: &Config) -> usize {
        Preset::default_group(Quant::W8a8).min(c.dim.max(c.hidden_dim))
    }

    /// Checks the model-independent ranges of a preset that did not come from a query
    /// (e.g. deserialized from JSON): the same checks [`Preset::from_query`] makes.
    pub fn check(&self) -> Result<(), PresetError> {
        // every non-default field goes through the query parser's checks
        Preset::from_query(&self.to_query()).map(|_| ())
    }

    /// The context length the project uses: `seq`, or the model's seq_len.
    pub fn effective_seq(&self, config: &Config) -> usize {
        self.seq.unwrap_or(config.seq_len)
    }

    /// Whether sampling is greedy (argmax).
    pub fn is_greedy(&self) -> bool {
        self.temperature == 0.0
    }

    /// Checks the limits that depend on the model: seq ≤ seq_len, steps ≤ seq,
    /// topk ≤ vocab_size, and (for `q8`) group ≤ the longest weight row, max(dim, hidden_dim).
    pub fn validate_for(&self, config: &Config) -> Result<(), PresetError> {
        match self.model_errors(config).into_iter().next() {
            Some(e) => Err(e),
            None => Ok(()),
        }
    }

    /// Every limit of [`Preset::validate_for`] this preset breaks, one error per key (a
    /// form flags each field).
    pub fn model_errors(&self, config: &Config) -> Vec<PresetError> {
        let mut out = Vec::new();
        let seq = self.effective_seq(config);
        if seq > config.seq_len {
            out.push(PresetError::SeqTooLong {
                seq,
                model_seq_len: config.seq_len,
            });
        }
        if self.steps > seq {
            out.push(PresetError::StepsExceedSeq {
                steps: self.steps,
                seq,
            });
        }
        if self.topk > config.vocab_size {
            out.push(PresetError::TopkExceedsVocab {
                topk: self.topk,
                vocab_size: config.vocab_size,
            });
        }
        let longest_row = config.dim.max(config.hidden_dim);
        if self.quant != Quant::Float && self.group > longest_row {
            out.push(PresetError::GroupTooLarge {
                group: self.group,
                longest_row,
            });
        } else if self.quant == Quant::W8a8 && self.group > W8A8_MAX_GROUP {
            out.push(PresetError::W8a8GroupTooLarge { group: self.group });
        }
        if self.quant == Quant::W8a8 && config.hidden_dim % 2 != 0 {
            out.push(PresetError::W8a8OddHidden {
                hidden_dim: config.hidden_dim,
            });
        }
        out
    }
}

/// What [`Preset::fit_to_model`] needs to know about a checkpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ModelFacts {
    /// The model's dimensions.
    pub config: Config,
    /// The Q8_0 group size of a v2 file (its weights are copied exactly at that size).
    pub file_group: Option<usize>,
}

impl Preset {
    /// The query keys a query string names (valid or not), so a caller knows which
    /// settings the user chose and which are defaults.
    pub fn query_keys(query: &str) -> Vec<String> {
        let query = query.strip_prefix('?').unwrap_or(query);
        form_urlencoded::parse(query.as_bytes())
            .map(|(k, _)| k.into_owned())
            .collect()
    }

    /// Makes every setting the user did not choose (`chosen(key)` is false) fit the model,
    /// starting again from the defaults: a v2 file's own group size (its weights are then
    /// copied, not quantized again) and steps at most the context length. Settings the
    /// user chose are kept as they are, even if they do not fit ([`Preset::validate_for`]
    /// says so). The one function the CLI build and the page both use; returns what
    /// changed, in plain words.
    pub fn fit_to_model(
        &mut self,
        model: &ModelFacts,
        chosen: impl Fn(&str) -> bool,
    ) -> Vec<String> {
        let default = Preset::default();
        let c = &model.config;
        let mut notes = Vec::new();
        if !chosen("group") && self.quant == Quant::W8a8 {
            // the group its fast kernel runs (a v2 file's own group is not worth its speed)
            self.group = Preset::w8a8_group_for(c);
        } else if !chosen("group") {
            self.group = default.group;
            if let Some(g) = model.file_group.filter(|g| *g <= c.dim.max(c.hidden_dim)) {
                if g != default.group {
                    notes.push(format!(
                        "Group size {g}: the file's own, so its 8-bit weights are copied exactly."
                    ));
                }
                self.group = g;
            }
        }
        if !chosen("seq") {
            self.seq = None;
        }
        if !chosen("steps") {
            let room = self.effective_seq(c).min(c.seq_len).max(1);
            self.steps = default.steps.min(room);
            if self.steps < default.steps {
                notes.push(format!(
                    "Steps {}: the context length of this model.",
                    self.steps
                ));
            }
        }
        if !chosen("topk") && self.topk > c.vocab_size {
            self.topk = default.topk;
        }
        notes
    }
}

/// Query name of a quantization.
pub fn quant_name(q: Quant) -> &'static str {
    match q {
        Quant::Q8 => "q8",
        Quant::Float => "float",
        Quant::W8a8 => "w8a8",
    }
}

/// Query name of a target.
pub fn target_name(t: Target) -> &'static str {
    match t {
        Target::Scratch => "scratch",
        Target::TurboWarp => "turbowarp",
    }
}

/// Query name of an output format.
pub fn format_name(f: OutputFormat) -> &'static str {
    match f {
        OutputFormat::Sb3 => "sb3",
        OutputFormat::Sprite3 => "sprite3",
    }
}
