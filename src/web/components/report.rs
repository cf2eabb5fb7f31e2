//! The finished build: Download link, next steps, figures, warnings and the preview; or,
//! once the files or the form changed, a note that it is out of date.

use yew::prelude::*;

use super::model_card::{grouped, human_bytes};
use super::preview::Preview;
use crate::pipeline::BuildReport;
use crate::preset::{OutputFormat, Target};

/// Properties of [`Report`].
#[derive(Properties, PartialEq)]
pub struct ReportProps {
    /// Blob URL of the file.
    pub url: AttrValue,
    /// File size.
    pub size: usize,
    /// The report.
    pub report: BuildReport,
    /// Milliseconds from click to file.
    pub millis: f64,
    /// File name to use if the report has none (model name + extension).
    pub fallback_name: AttrValue,
    /// The files or the form changed since this build.
    pub stale: bool,
    /// The target the file was built for.
    pub target: Target,
    /// The kind of file.
    pub format: OutputFormat,
}

/// What to do with the file, in plain steps.
fn next_steps(name: &str, props: &ReportProps) -> Html {
    let load = match props.format {
        OutputFormat::Sb3 => format!("choose File › Load from your computer and pick {name}"),
        OutputFormat::Sprite3 => format!(
            "point at the Choose a Sprite button (bottom right), choose Upload Sprite and pick {name}"
        ),
    };
    let scratch = if props.target == Target::TurboWarp {
        html! { <li>{ "Scratch: this file uses TurboWarp's faster blocks, so open it in TurboWarp." }</li> }
    } else if !props.report.fits_scratch_website {
        html! { <li>{ "Scratch: too large to upload to scratch.mit.edu; the Scratch app (offline editor) can open it, but TurboWarp is much faster." }</li> }
    } else {
        html! { <li>
            <a href="https://scratch.mit.edu/projects/editor/" target="_blank" rel="noopener">{ "Scratch" }</a>
            { format!(": open the editor, {load}, then click the green flag.") }
        </li> }
    };
    html! {
        <div class="next" id="next-steps">
            <h4>{ "Next steps" }</h4>
            <ol>
                { scratch }
                <li>
                    <a href="https://turbowarp.org/editor" target="_blank" rel="noopener">{ "TurboWarp" }</a>
                    { format!(": open turbowarp.org (or TurboWarp Desktop), {load}, then click the green flag (Settings › Turbo Mode runs it at full speed).") }
                </li>
                <li>{ "The sprite asks how the story starts: type a few words, or just press Enter. The sliders on the stage change steps, temperature, top-k, top-p and seed for the next story." }</li>
            </ol>
        </div>
    }
}

/// The result of a build.
#[function_component(Report)]
pub fn report(props: &ReportProps) -> Html {
    let r = &props.report;
    let name = if r.file_name.is_empty() {
        props.fallback_name.to_string()
    } else {
        r.file_name.clone()
    };
    if props.stale {
        return html! {
            <div class="report stale" id="report">
                <p class="alert warn" id="stale" role="status">
                    <strong>{ "Out of date. " }</strong>
                    { format!("The files or settings changed since {name} was built, so it is no longer offered. Build again for a file that matches the form.") }
                </p>
            </div>
        };
    }
    html! {
        <div class="report" id="report">
            <h3 id="result-heading" tabindex="-1">{ format!("{name} is ready") }</h3>
            <a class="button primary" id="download" href={props.url.clone()} download={name.clone()}>
                { format!("Download {name}") }
            </a>
            { next_steps(&name, props) }
            <dl class="facts">
                <div class="fact"><dt>{ "File" }</dt><dd data-field="size">{ human_bytes(props.size as u64) }</dd></div>
                <div class="fact"><dt>{ "List items" }</dt><dd data-field="list_items">{ grouped(r.list_items) }</dd></div>
                <div class="fact"><dt>{ "project.json" }</dt><dd data-field="project_json_bytes">{ human_bytes(r.project_json_bytes) }</dd></div>
                <div class="fact"><dt>{ "scratch.mit.edu" }</dt><dd data-field="fits">{ if r.fits_scratch_website { "fits" } else { "too large" } }</dd></div>
                <div class="fact"><dt>{ "Built in" }</dt><dd data-field="millis" id="build-millis">{ format!("{:.0} ms", props.millis) }</dd></div>
            </dl>
            if !r.warnings.is_empty() {
                <ul class="warnings" id="warnings">
                    { for r.warnings.iter().map(|w| html! { <li>{ w }</li> }) }
                </ul>
            }
            if props.format == OutputFormat::Sb3 {
                <Preview url={props.url.clone()} />
            }
        </div>
    }
}
