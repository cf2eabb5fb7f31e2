//! What was understood from the checkpoint and whether the tokenizer fits it.

use yew::prelude::*;

use crate::model::{CheckpointSummary, TokenizerSummary};

/// Properties of [`ModelCard`].
#[derive(Properties, PartialEq)]
pub struct ModelCardProps {
    /// The checkpoint, once understood.
    pub checkpoint: Option<CheckpointSummary>,
    /// The tokenizer checked against it.
    pub tokenizer: Option<TokenizerSummary>,
}

/// Thousands separators for counts.
pub fn grouped(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Bytes as B / KiB / MiB (scratch.mit.edu's limits are powers of two).
pub fn human_bytes(n: u64) -> String {
    const KIB: u64 = 1024;
    const MIB: u64 = 1024 * 1024;
    match n {
        0..10_000 => format!("{n} B"),
        10_000..MIB => format!("{:.1} KiB", n as f64 / KIB as f64),
        _ => format!("{:.2} MiB", n as f64 / MIB as f64),
    }
}

fn row(field: &'static str, label: &'static str, value: String) -> Html {
    html! { <div class="fact"><dt>{ label }</dt><dd data-field={field}>{ value }</dd></div> }
}

/// The model card: dimensions, parameters, and the tokenizer check.
#[function_component(ModelCard)]
pub fn model_card(props: &ModelCardProps) -> Html {
    let Some(ck) = &props.checkpoint else {
        return html! {};
    };
    let c = &ck.config;
    let tokenizer = match &props.tokenizer {
        None => {
            html! { <p class="check pending" id="tokenizer-check">{ "Tokenizer: not chosen yet." }</p> }
        }
        Some(t) if t.matches => html! {
            <p class="check ok" id="tokenizer-check">
                { format!("Tokenizer matches: {} tokens, longest {} bytes.", t.vocab_size, t.max_token_length) }
            </p>
        },
        Some(t) => html! {
            <p class="check error" id="tokenizer-check">
                { t.mismatch.clone().unwrap_or_default() }
            </p>
        },
    };
    let warnings = props
        .tokenizer
        .as_ref()
        .map(|t| t.warnings.clone())
        .unwrap_or_default();
    html! {
        <div class="model-card" id="model-card">
            <p class="format">{ format!("llama2.c {} — {}", ck.format, ck.format_description) }</p>
            <dl class="facts">
                { row("dim", "Dimension", c.dim.to_string()) }
                { row("hidden_dim", "Hidden", c.hidden_dim.to_string()) }
                { row("n_layers", "Layers", c.n_layers.to_string()) }
                { row("n_heads", "Heads (KV)", format!("{} ({})", c.n_heads, c.n_kv_heads)) }
                { row("vocab_size", "Vocabulary", c.vocab_size.to_string()) }
                { row("seq_len", "Context", c.seq_len.to_string()) }
                { row("parameters", "Parameters", grouped(ck.parameters)) }
                { row("classifier", "Classifier", if c.shared_classifier { "shared".into() } else { "separate".into() }) }
                { ck.group_size.map(|g| row("group_size", "Q8 group", g.to_string())).unwrap_or_default() }
                { row("file_bytes", "File", human_bytes(ck.file_bytes)) }
            </dl>
            { tokenizer }
            { for warnings.iter().map(|w| html! { <p class="check warn">{ w }</p> }) }
        </div>
    }
}
