//! The one-click starting points: each sets the layout and target for a goal; the one the
//! form matches is shown pressed.

use yew::prelude::*;

use crate::advice::{apply, StartingPoint};
use crate::preset::{ModelFacts, Preset};

/// Properties of [`StartingPoints`].
#[derive(Properties, PartialEq)]
pub struct StartingPointsProps {
    /// The loaded model (the buttons wait for one).
    pub facts: Option<ModelFacts>,
    /// The form's preset.
    pub preset: Preset,
    /// Called with the chosen point.
    pub on_start: Callback<StartingPoint>,
    /// Why the last choice could not be had, or where a dropped file went.
    pub notice: Option<String>,
}

const POINTS: [(StartingPoint, &str, &str, &str); 3] = [
    (
        StartingPoint::FitsScratch,
        "start-scratch",
        "Fits scratch.mit.edu",
        "8-bit weights in the most precise layout under the 5 MB upload limit.",
    ),
    (
        StartingPoint::FastTurbowarp,
        "start-turbowarp",
        "Fast in TurboWarp",
        "TurboWarp's faster blocks (float weights for small models): TurboWarp only, no size limit.",
    ),
    (
        StartingPoint::Exact,
        "start-exact",
        "Exact (float)",
        "Every weight as trained: the same story as llama2.c, twice the size.",
    ),
];

/// The three starting points.
#[function_component(StartingPoints)]
pub fn starting_points(props: &StartingPointsProps) -> Html {
    html! {
        <div class="starts">
            <p class="starts-title" id="starts-title">{ "Start from:" }</p>
            <div class="starts-row" role="group" aria-labelledby="starts-title">
                { for POINTS.iter().map(|(point, id, label, help)| {
                    let result = props.facts.as_ref().map(|f| apply(*point, f, &props.preset));
                    let pressed = matches!(&result, Some(Ok(p)) if *p == props.preset);
                    let impossible = matches!(result, Some(Err(_)));
                    let on_start = props.on_start.clone();
                    let point = *point;
                    html! {
                        <button type="button" id={*id} class={classes!("start", pressed.then_some("pressed"))}
                            aria-pressed={pressed.to_string()} aria-describedby={format!("{id}-help")}
                            disabled={props.facts.is_none()}
                            onclick={Callback::from(move |_: MouseEvent| on_start.emit(point))}>
                            <strong>{ *label }</strong>
                            <span class="start-help" id={format!("{id}-help")}>{
                                if impossible { "Not possible with this model: see why below." } else { *help }
                            }</span>
                        </button>
                    }
                }) }
            </div>
            if let Some(n) = &props.notice { <p class="note" id="notice" role="status">{ n }</p> }
        </div>
    }
}
