//! The preset form: every key with its allowed range (narrowed to the loaded model), the live
//! size estimate, and the share link.

use yew::prelude::*;

use super::model_card::{grouped, human_bytes};
use crate::estimate::{Estimate, SCRATCH_PROJECT_JSON_LIMIT};
use crate::model::Config;
use crate::preset::{Field, Preset, Quant, FIELDS};

/// Properties of [`PresetForm`].
#[derive(Properties, PartialEq)]
pub struct PresetFormProps {
    /// The field texts, in `KEYS` order.
    pub texts: Vec<String>,
    /// The field errors, in `KEYS` order.
    pub errors: Vec<Option<String>>,
    /// The preset's problem with the loaded model, as (key, message).
    pub model_error: Option<(String, String)>,
    /// The valid preset.
    pub preset: Preset,
    /// The loaded model's dimensions.
    pub config: Option<Config>,
    /// The size estimate, once a model is loaded.
    pub estimate: Option<Estimate>,
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
    ("quant", &[("q8", "Q8_0"), ("float", "float")]),
    (
        "target",
        &[("scratch", "Scratch"), ("turbowarp", "TurboWarp")],
    ),
    (
        "format",
        &[("sb3", ".sb3 project"), ("sprite3", ".sprite3 sprite")],
    ),
];

const GROUPS: [(&str, &[&str]); 3] = [
    ("Layout", &["quant", "group", "seq"]),
    (
        "Sampling defaults",
        &["steps", "temperature", "topk", "topp", "seed", "prompt"],
    ),
    ("Output", &["target", "format"]),
];

/// The allowed values of a key, narrowed to the model when it is known.
fn allowed(field: &Field, preset: &Preset, config: Option<&Config>) -> String {
    let Some(c) = config else {
        return field.allowed.to_string();
    };
    match field.key {
        "group" => format!("1..={}", c.dim.max(c.hidden_dim)),
        "seq" => format!("1..={}", c.seq_len),
        "steps" => format!("1..={}", preset.effective_seq(c).min(c.seq_len)),
        "topk" => format!("0..={}", c.vocab_size),
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
            .model_error
            .as_ref()
            .filter(|(k, _)| k == key)
            .map(|(_, m)| m.clone())
    });
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
            <select id={id.clone()} name={key} {onchange}>
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
        placeholder="Once upon a time" aria-invalid={error.is_some().to_string()} /> }
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
        let placeholder = if key == "seq" { "model's own" } else { "" };
        let disabled = key == "group" && props.preset.quant == Quant::Float;
        html! { <input type="text" inputmode={mode} id={id.clone()} name={key} value={text} {oninput}
        {placeholder} {disabled} autocomplete="off" aria-invalid={error.is_some().to_string()} /> }
    };
    html! {
        <div class={classes!("field", (key == "prompt").then_some("wide"), error.is_some().then_some("invalid"))}>
            <label for={id}>
                <span class="field-label">{ field.label }</span>
                <span class="allowed">{ allowed(field, &props.preset, props.config.as_ref()) }</span>
            </label>
            { input }
            if let Some(e) = error {
                <p class="field-error" id={format!("err-{key}")} role="alert">{ e }</p>
            } else {
                <p class="help">{ field.help }</p>
            }
        </div>
    }
}

fn estimate_view(estimate: Option<Estimate>) -> Html {
    let Some(e) = estimate else {
        return html! { <p class="estimate muted" id="estimate">{ "Load a model to see the project's size." }</p> };
    };
    let share = (e.project_json_bytes as f64 / SCRATCH_PROJECT_JSON_LIMIT as f64).min(1.0);
    html! {
        <div class={classes!("estimate", (!e.fits_scratch_website).then_some("over"))} id="estimate"
            data-items={e.list_items.to_string()} data-bytes={e.project_json_bytes.to_string()}>
            <p>
                <strong>{ format!("≈ {} list items", grouped(e.list_items)) }</strong>
                { format!(" · project.json ≈ {} of scratch.mit.edu's {} limit", human_bytes(e.project_json_bytes), human_bytes(SCRATCH_PROJECT_JSON_LIMIT)) }
            </p>
            <div class="meter" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow={format!("{:.0}", share * 100.0)}>
                <span style={format!("width:{:.1}%", share * 100.0)}></span>
            </div>
            <p class="muted small">{
                if e.fits_scratch_website { "Fits scratch.mit.edu (estimate; the build report has the exact figure)." }
                else { "Too large for scratch.mit.edu: it still runs in TurboWarp or offline Scratch. Use q8, a larger group or a shorter context to shrink it." }
            }</p>
        </div>
    }
}

/// The preset form.
#[function_component(PresetForm)]
pub fn preset_form(props: &PresetFormProps) -> Html {
    let on_copy = props.on_copy.reform(|_: MouseEvent| ());
    html! {
        <div class="preset">
            { for GROUPS.iter().map(|(title, keys)| html! {
                <fieldset>
                    <legend>{ *title }</legend>
                    <div class="fields">
                        { for keys.iter().filter_map(|k| FIELDS.iter().position(|f| f.key == *k)).map(|i| field_input(props, i)) }
                    </div>
                </fieldset>
            }) }
            { estimate_view(props.estimate) }
            <div class="share">
                <label for="share-link">{ "Share link (holds this preset)" }</label>
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
