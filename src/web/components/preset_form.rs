//! The preset form: every key with its allowed range (narrowed to the loaded model), the live
//! size estimate, and the share link.

use yew::prelude::*;

use super::model_card::{grouped, human_bytes};
use crate::advice::{per_token_words, Speed};
use crate::estimate::{Estimate, SCRATCH_PROJECT_JSON_LIMIT};
use crate::model::Config;
use crate::preset::{range_words, Field, Preset, Quant, Target, FIELDS};

/// Properties of [`PresetForm`].
#[derive(Properties, PartialEq)]
pub struct PresetFormProps {
    /// The field texts, in `KEYS` order.
    pub texts: Vec<String>,
    /// The field errors, in `KEYS` order.
    pub errors: Vec<Option<String>>,
    /// The preset's problems with the loaded model, as (key, message).
    pub model_errors: Vec<(String, String)>,
    /// The valid preset.
    pub preset: Preset,
    /// The loaded model's dimensions.
    pub config: Option<Config>,
    /// The size estimate, once a model is loaded.
    pub estimate: Option<Estimate>,
    /// Why this preset is refused before building (the reason, then the change that
    /// would make it load), if it is.
    pub refusal: Option<Vec<String>>,
    /// The time per token, once a model is loaded.
    pub speed: Option<Speed>,
    /// Size and speed advice (never what is already chosen).
    pub advice: Vec<String>,
    /// Why TurboWarp was preselected, if it was.
    pub target_note: Option<String>,
    /// What was adapted to the loaded model.
    pub fit_notes: Vec<String>,
    /// The share link.
    pub share_url: AttrValue,
    /// Called when a field changes.
    pub on_edit: Callback<(&'static str, String)>,
    /// Called when Copy share link is clicked.
    pub on_copy: Callback<()>,
    /// The result of the last copy.
    pub copy_status: Option<Result<(), String>>,
}

const CHOICES: [(&str, &[(&str, &str)]); 3] = [
    (
        "quant",
        &[
            ("q8", "8-bit (q8): about half the size"),
            ("float", "Exact (float): as trained"),
            (
                "w8a8",
                "8-bit, fast in Scratch (8-bit activations): twice the size of 8-bit",
            ),
        ],
    ),
    (
        "target",
        &[
            ("scratch", "Scratch (everywhere)"),
            ("turbowarp", "TurboWarp (faster)"),
        ],
    ),
    (
        "format",
        &[
            ("sb3", ".sb3: a whole project"),
            ("sprite3", ".sprite3: one sprite"),
        ],
    ),
];

/// The fields shown first.
const MAIN: [&str; 4] = ["prompt", "steps", "temperature", "target"];
/// The expert fields, folded under Advanced.
const ADVANCED: [(&str, &[&str]); 3] = [
    ("Memory layout", &["quant", "group", "seq"]),
    ("Sampling", &["topk", "topp", "seed"]),
    ("Output", &["format"]),
];

/// The allowed values of a key, narrowed to the model when it is known.
fn allowed(field: &Field, preset: &Preset, config: Option<&Config>) -> String {
    let Some(c) = config else {
        return field.allowed.to_string();
    };
    let n = |x: usize| x as u64;
    match field.key {
        "group" if preset.quant == Quant::W8a8 => range_words(
            1,
            n(c.dim.max(c.hidden_dim).min(crate::preset::W8A8_MAX_GROUP)),
        ),
        "group" => range_words(1, n(c.dim.max(c.hidden_dim))),
        "seq" => range_words(1, n(c.seq_len)),
        "steps" => range_words(1, n(preset.effective_seq(c).min(c.seq_len))),
        "topk" => range_words(0, n(c.vocab_size)),
        _ => field.allowed.to_string(),
    }
}

fn field_input(props: &PresetFormProps, index: usize) -> Html {
    let field = &FIELDS[index];
    let key = field.key;
    let id = format!("f-{key}");
    let text = props.texts.get(index).cloned().unwrap_or_default();
    let error = props.errors.get(index).cloned().flatten().or_else(|| {
        props
            .model_errors
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, m)| m.clone())
    });
    let described = if error.is_some() {
        format!("range-{key} err-{key}")
    } else {
        format!("range-{key} help-{key}")
    };
    let emit = {
        let on_edit = props.on_edit.clone();
        move |value: String| on_edit.emit((key, value))
    };
    let input = if let Some((_, options)) = CHOICES.iter().find(|(k, _)| *k == key) {
        let emit = emit.clone();
        let onchange = Callback::from(move |e: Event| {
            emit(
                e.target_unchecked_into::<web_sys::HtmlSelectElement>()
                    .value(),
            )
        });
        html! {
            <select id={id.clone()} name={key} {onchange} aria-describedby={described.clone()}>
                { for options.iter().map(|(v, label)| html! {
                    <option value={*v} selected={text == *v}>{ *label }</option>
                }) }
            </select>
        }
    } else if key == "prompt" {
        let oninput = Callback::from(move |e: InputEvent| {
            emit(
                e.target_unchecked_into::<web_sys::HtmlTextAreaElement>()
                    .value(),
            )
        });
        html! { <textarea id={id.clone()} name={key} rows="2" value={text} {oninput}
        placeholder="Once upon a time" aria-invalid={error.is_some().to_string()}
        aria-describedby={described.clone()} /> }
    } else {
        let oninput = Callback::from(move |e: InputEvent| {
            emit(
                e.target_unchecked_into::<web_sys::HtmlInputElement>()
                    .value(),
            )
        });
        let mode = if matches!(key, "temperature" | "topp") {
            "decimal"
        } else {
            "numeric"
        };
        let placeholder = if key == "seq" { "the model's own" } else { "" };
        let disabled = key == "group" && props.preset.quant == Quant::Float;
        html! { <input type="text" inputmode={mode} id={id.clone()} name={key} value={text} {oninput}
        {placeholder} {disabled} autocomplete="off" aria-invalid={error.is_some().to_string()}
        aria-describedby={described.clone()} /> }
    };
    html! {
        <div class={classes!("field", (key == "prompt").then_some("wide"), error.is_some().then_some("invalid"))}>
            <label for={id}>
                <span class="field-label">{ field.label }</span>
                <span class="allowed" id={format!("range-{key}")}>{ allowed(field, &props.preset, props.config.as_ref()) }</span>
            </label>
            { input }
            if let Some(e) = error {
                <p class="field-error" id={format!("err-{key}")} role="alert">{ e }</p>
            } else {
                <p class="help" id={format!("help-{key}")}>{ field.help }</p>
            }
        </div>
    }
}

fn estimate_view(props: &PresetFormProps) -> Html {
    let Some(e) = props.estimate else {
        return html! { <p class="estimate muted" id="estimate">{ "Load a model to see the project's size and speed." }</p> };
    };
    let share = (e.project_json_bytes as f64 / SCRATCH_PROJECT_JSON_LIMIT as f64).min(1.0);
    // the estimate saturates when the memory would not fit 32-bit list indices
    let unbounded = e.list_items == u64::MAX;
    let size = if unbounded {
        "project.json: more list items than a list can hold".to_string()
    } else {
        format!(
            "project.json ≈ {} of scratch.mit.edu's {} limit",
            human_bytes(e.project_json_bytes),
            human_bytes(SCRATCH_PROJECT_JSON_LIMIT)
        )
    };
    let items = if unbounded {
        String::new()
    } else {
        format!("; {} list items", grouped(e.list_items))
    };
    let speed = props.speed.map(|s| match props.preset.target {
        Target::Scratch => format!(
            "Speed (estimate): {} in Scratch, {} in TurboWarp with turbo mode.",
            per_token_words(s.scratch_seconds),
            per_token_words(s.turbowarp_seconds)
        ),
        Target::TurboWarp => format!(
            "Speed (estimate): {} in TurboWarp with turbo mode.",
            per_token_words(s.turbowarp_seconds)
        ),
    });
    html! {
        <div class={classes!("estimate", (!e.fits_scratch_website).then_some("over"))} id="estimate"
            data-items={e.list_items.to_string()} data-bytes={e.project_json_bytes.to_string()}>
            <p>
                <strong>{ if e.fits_scratch_website { "Fits scratch.mit.edu. " } else { "Too large for scratch.mit.edu. " } }</strong>
                { format!("{size}{items}.") }
            </p>
            <div class="meter" role="meter" aria-label="project.json size against scratch.mit.edu's limit"
                aria-valuemin="0" aria-valuemax="100" aria-valuenow={format!("{:.0}", share * 100.0)}
                aria-valuetext={size.clone()}>
                <span style={format!("width:{:.1}%", share * 100.0)}></span>
            </div>
            if let Some(problems) = &props.refusal {
                <div class="alert error" id="refusal" role="alert">
                    <strong>{ "This will not be built: " }</strong>
                    { for problems.iter().map(|p| html! { <p>{ p }</p> }) }
                </div>
            }
            if let Some(s) = speed { <p id="speed">{ s }</p> }
            if let Some(n) = &props.target_note { <p class="note" id="target-note">{ n }</p> }
            if !props.advice.is_empty() {
                <ul class="advice" id="advice">{ for props.advice.iter().map(|a| html! { <li>{ a }</li> }) }</ul>
            }
            if !props.fit_notes.is_empty() {
                <p class="muted small" id="fit-notes">{ format!("Adapted to this model: {}", props.fit_notes.join(" ")) }</p>
            }
        </div>
    }
}

/// The fields of `keys`, in that order.
fn fields(props: &PresetFormProps, keys: &[&str]) -> Html {
    html! {
        <div class="fields">
            { for keys.iter().filter_map(|k| FIELDS.iter().position(|f| f.key == *k)).map(|i| field_input(props, i)) }
        </div>
    }
}

/// Whether any of `keys` has an error (so Advanced opens to show it).
fn has_error(props: &PresetFormProps, keys: &[&str]) -> bool {
    FIELDS.iter().enumerate().any(|(i, f)| {
        keys.contains(&f.key)
            && (props.errors.get(i).is_some_and(|e| e.is_some())
                || props.model_errors.iter().any(|(k, _)| k == f.key))
    })
}

/// The preset form.
#[function_component(PresetForm)]
pub fn preset_form(props: &PresetFormProps) -> Html {
    let on_copy = props.on_copy.reform(|_: MouseEvent| ());
    // open Advanced on an error in its fields, or a refusal (its fixes are mostly there)
    let advanced_error =
        ADVANCED.iter().any(|(_, keys)| has_error(props, keys)) || props.refusal.is_some();
    html! {
        <div class="preset">
            <fieldset>
                <legend>{ "The story" }</legend>
                { fields(props, &MAIN) }
            </fieldset>
            <details class="advanced" id="advanced" open={advanced_error}>
                <summary>{ "Advanced: memory layout, sampling, file" }</summary>
                { for ADVANCED.iter().map(|(title, keys)| html! {
                    <fieldset>
                        <legend>{ *title }</legend>
                        { fields(props, keys) }
                    </fieldset>
                }) }
            </details>
            { estimate_view(props) }
            <div class="share">
                <label for="share-link">{ "Share link (holds these settings)" }</label>
                <div class="share-row">
                    <input id="share-link" type="text" readonly=true value={props.share_url.clone()} />
                    <button type="button" class="secondary" id="copy-link" onclick={on_copy}>{ "Copy share link" }</button>
                </div>
                { match &props.copy_status {
                    Some(Ok(())) => html! { <p class="check ok small" role="status">{ "Copied." }</p> },
                    Some(Err(e)) => html! { <p class="check warn small" role="status">{ e }</p> },
                    None => html! {},
                } }
            </div>
        </div>
    }
}
