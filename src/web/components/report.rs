//! The finished build: Download link, figures and warnings.

use yew::prelude::*;

use super::model_card::{grouped, human_bytes};
use crate::pipeline::BuildReport;

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
    html! {
        <div class="report" id="report">
            <a class="button primary" id="download" href={props.url.clone()} download={name.clone()}>
                { format!("Download {name}") }
            </a>
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
        </div>
    }
}
