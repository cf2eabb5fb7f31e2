//! The Build bar (always in view: Build, Cancel, why Build waits, size and speed at a
//! glance), and in the page a progress bar per stage and the build's error.

use yew::prelude::*;

use super::model_card::human_bytes;
use crate::estimate::Estimate;
use crate::pipeline::Stage;
use crate::web::state::BuildState;

/// Properties of [`BuildBar`].
#[derive(Properties, PartialEq)]
pub struct BuildBarProps {
    /// Where the build is.
    pub build: BuildState,
    /// Why Build cannot start, if it cannot.
    pub blocker: Option<String>,
    /// The button's file kind, e.g. `.sb3`.
    pub kind: AttrValue,
    /// The size estimate, once a model is loaded.
    pub estimate: Option<Estimate>,
    /// A short time-per-token text for the chosen target.
    pub speed: Option<String>,
    /// Start a build.
    pub on_build: Callback<()>,
    /// Cancel the running build.
    pub on_cancel: Callback<()>,
}

/// The sticky bar at the bottom of the page with the Build button.
#[function_component(BuildBar)]
pub fn build_bar(props: &BuildBarProps) -> Html {
    let running = matches!(props.build, BuildState::Running { .. });
    let on_build = props.on_build.reform(|_: MouseEvent| ());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let summary = match (&props.blocker, props.estimate) {
        (Some(b), _) if !running => {
            html! { <span class="bar-text" id="build-blocker">{ b }</span> }
        }
        (_, Some(e)) => html! {
            <span class="bar-text" id="bar-summary">
                { format!("project.json ≈ {}{}", human_bytes(e.project_json_bytes),
                    if e.fits_scratch_website { " · fits scratch.mit.edu" } else { " · too large for scratch.mit.edu" }) }
                { props.speed.clone().map(|s| format!(" · {s}")).unwrap_or_default() }
            </span>
        },
        _ => html! {},
    };
    html! {
        <div class="buildbar" id="buildbar" role="region" aria-label="Build">
            <div class="wrap buildbar-row">
                <button type="button" class="primary" id="build" onclick={on_build}
                    disabled={running || props.blocker.is_some()}
                    aria-describedby={if props.blocker.is_some() && !running { "build-blocker" } else { "bar-summary" }}>
                    { if running { "Building…".to_string() } else { format!("Build {}", props.kind) } }
                </button>
                if running {
                    <button type="button" class="secondary" id="cancel" onclick={on_cancel}>{ "Cancel" }</button>
                }
                { summary }
            </div>
        </div>
    }
}

/// Properties of [`BuildPanel`].
#[derive(Properties, PartialEq)]
pub struct BuildPanelProps {
    /// Where the build is.
    pub build: BuildState,
}

/// How one stage's bar looks.
fn stage_class(stage: Stage, build: &BuildState) -> &'static str {
    let index = |s: Stage| Stage::ALL.iter().position(|x| *x == s).unwrap_or(0);
    let me = index(stage);
    match build {
        BuildState::Done { .. } => "done",
        BuildState::Running { stage: Some(s), .. } if me < index(*s) => "done",
        BuildState::Running { stage: Some(s), .. } if me == index(*s) => "active",
        BuildState::Failed { stage: Some(s), .. } if me < index(*s) => "done",
        BuildState::Failed { stage: Some(s), .. } if me == index(*s) => "failed",
        _ => "pending",
    }
}

/// The build's progress and error, in the page.
#[function_component(BuildPanel)]
pub fn build_panel(props: &BuildPanelProps) -> Html {
    let millis = match &props.build {
        BuildState::Done { report, .. } => report.stage_millis.clone(),
        _ => vec![],
    };
    let show_stages = !matches!(props.build, BuildState::Idle);
    html! {
        <div class="build">
            if !show_stages {
                <p class="muted" id="build-hint">{ "Press Build (at the bottom of the window) when the files and settings are ready. It takes a few seconds for the demo model." }</p>
            }
            if show_stages {
                <ol class="stages" id="stages" aria-label="Build progress">
                    { for Stage::ALL.iter().enumerate().map(|(i, s)| {
                        let class = stage_class(*s, &props.build);
                        html! {
                            <li class={classes!("stage", class)} data-stage={format!("{s:?}").to_lowercase()}>
                                <span class="stage-label">{ s.label() }</span>
                                <span class="bar"><span></span></span>
                                <span class="stage-time">{
                                    millis.get(i).map(|m| format!("{m:.0} ms")).unwrap_or_default()
                                }</span>
                            </li>
                        }
                    }) }
                </ol>
            }
            { match &props.build {
                BuildState::Failed { message, .. } => html! {
                    <div class="alert error" id="build-error" role="alert" tabindex="-1">
                        <strong>{ "The build stopped. " }</strong>{ message }
                        <p class="small">{ "Your files and settings are kept; change them and build again." }</p>
                    </div>
                },
                BuildState::Cancelled => html! { <p class="alert info" id="build-cancelled" role="status">{ "Build cancelled. Your files and settings are kept." }</p> },
                _ => html! {},
            } }
        </div>
    }
}
