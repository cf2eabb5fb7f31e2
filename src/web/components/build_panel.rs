//! The Build button, a progress bar per stage, Cancel, and the build's error.

use yew::prelude::*;

use crate::pipeline::Stage;
use crate::web::state::BuildState;

/// Properties of [`BuildPanel`].
#[derive(Properties, PartialEq)]
pub struct BuildPanelProps {
    /// Where the build is.
    pub build: BuildState,
    /// Why Build cannot start, if it cannot.
    pub blocker: Option<String>,
    /// The button's file kind, e.g. `.sb3`.
    pub kind: AttrValue,
    /// Start a build.
    pub on_build: Callback<()>,
    /// Cancel the running build.
    pub on_cancel: Callback<()>,
}

/// How one stage's bar looks.
fn stage_class(stage: Stage, build: &BuildState) -> &'static str {
    let index = |s: Stage| Stage::ALL.iter().position(|x| *x == s).unwrap_or(0);
    let me = index(stage);
    match build {
        BuildState::Done { .. } => "done",
        BuildState::Running { stage: Some(s) } if me < index(*s) => "done",
        BuildState::Running { stage: Some(s) } if me == index(*s) => "active",
        BuildState::Failed { stage: Some(s), .. } if me < index(*s) => "done",
        BuildState::Failed { stage: Some(s), .. } if me == index(*s) => "failed",
        _ => "pending",
    }
}

/// The build panel.
#[function_component(BuildPanel)]
pub fn build_panel(props: &BuildPanelProps) -> Html {
    let running = matches!(props.build, BuildState::Running { .. });
    let on_build = props.on_build.reform(|_: MouseEvent| ());
    let on_cancel = props.on_cancel.reform(|_: MouseEvent| ());
    let millis = match &props.build {
        BuildState::Done { report, .. } => report.stage_millis.clone(),
        _ => vec![],
    };
    let show_stages = !matches!(props.build, BuildState::Idle);
    html! {
        <div class="build">
            <div class="build-row">
                <button type="button" class="primary" id="build" onclick={on_build}
                    disabled={running || props.blocker.is_some()}>
                    { if running { "Building…".to_string() } else { format!("Build {}", props.kind) } }
                </button>
                if running {
                    <button type="button" class="secondary" id="cancel" onclick={on_cancel}>{ "Cancel" }</button>
                }
                if let Some(b) = &props.blocker {
                    if !running { <span class="muted" id="build-blocker">{ b }</span> }
                }
            </div>
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
                    <div class="alert error" id="build-error" role="alert">
                        <strong>{ "The build stopped. " }</strong>{ message }
                        <p class="small">{ "Your files and preset are kept; change the preset or the files and build again." }</p>
                    </div>
                },
                BuildState::Cancelled => html! { <p class="alert info" id="build-cancelled" role="status">{ "Build cancelled. Your files and preset are kept." }</p> },
                _ => html! {},
            } }
        </div>
    }
}
