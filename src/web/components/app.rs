//! The whole page: model files, preset form, build.

use std::rc::Rc;

use web_sys::File;
use yew::prelude::*;

use super::build_panel::{BuildBar, BuildPanel};
use super::drop_zone::{DropZone, ZoneStatus};
use super::guide::Guide;
use super::model_card::{grouped, human_bytes, ModelCard};
use super::preset_form::PresetForm;
use super::report::Report;
use super::starting_points::StartingPoints;
use crate::advice::{self, StartingPoint};
use crate::preset::{OutputFormat, Target};
use crate::web::browser;
use crate::web::hooks::use_build;
use crate::web::state::{Action, AppState, BuildState, FileSlot, Which};

/// Where "Try the demo model" fetches from, relative to the page.
pub const DEMO_FILES: [(Which, &str); 2] = [
    (Which::Checkpoint, "demo/stories260K.bin"),
    (Which::Tokenizer, "demo/tok512.bin"),
];

fn load(
    dispatch: UseReducerDispatcher<AppState>,
    which: Which,
    name: String,
    file: Option<web_sys::Blob>,
    read: impl std::future::Future<Output = Result<Vec<u8>, String>> + 'static,
) {
    dispatch.dispatch(Action::Loading(which, name.clone()));
    wasm_bindgen_futures::spawn_local(async move {
        match read.await {
            Ok(bytes) => dispatch.dispatch(Action::Loaded(which, name, Rc::new(bytes), file)),
            Err(message) => dispatch.dispatch(Action::LoadFailed(which, name, message)),
        }
    });
}

fn zone_status<T>(
    slot: &FileSlot<T>,
    loading: Option<&String>,
    describe: impl Fn(&T, usize) -> String,
) -> ZoneStatus {
    if let Some(name) = loading {
        return ZoneStatus::Loading(name.clone());
    }
    match slot {
        FileSlot::Empty => ZoneStatus::Empty,
        FileSlot::Loading { name } => ZoneStatus::Loading(name.clone()),
        FileSlot::Loaded { name, bytes, info } => {
            ZoneStatus::Ok(name.clone(), describe(info, bytes.len()))
        }
        FileSlot::Failed { name, message } => ZoneStatus::Error(name.clone(), message.clone()),
    }
}

/// The drop zones' lines for the checkpoint and the tokenizer (a tokenizer that does not fit
/// the checkpoint is shown as an error on its zone).
fn zone_statuses(state: &AppState) -> (ZoneStatus, ZoneStatus) {
    let loading = |which: Which| {
        state
            .loading
            .iter()
            .rev()
            .find(|(w, _)| *w == which)
            .map(|(_, n)| n)
    };
    let checkpoint = zone_status(&state.checkpoint, loading(Which::Checkpoint), |s, _| {
        format!(
            "llama2.c {}, dim {}, {} layers, {} parameters",
            s.format,
            s.config.dim,
            s.config.n_layers,
            grouped(s.parameters)
        )
    });
    let tokenizer = match (&state.tokenizer, &state.tokenizer_summary()) {
        (FileSlot::Loaded { name, .. }, Some(t)) if !t.matches => {
            ZoneStatus::Error(name.clone(), t.mismatch.clone().unwrap_or_default())
        }
        _ => zone_status(&state.tokenizer, loading(Which::Tokenizer), |t, n| {
            format!("{} tokens, {}", t.vocab.len(), human_bytes(n as u64))
        }),
    };
    (checkpoint, tokenizer)
}

/// The build bar's time per token where the preset runs: "≈ 2.7 tokens per second in Scratch".
fn speed_words(speed: &advice::Speed, target: Target) -> String {
    match target {
        Target::Scratch => format!(
            "{} in Scratch",
            advice::per_token_words(speed.scratch_seconds)
        ),
        Target::TurboWarp => format!(
            "{} in TurboWarp",
            advice::per_token_words(speed.turbowarp_seconds)
        ),
    }
}

/// The page's title bar.
#[function_component(Header)]
fn header() -> Html {
    html! {
        <header class="top">
            <div class="wrap">
                <div class="brand">
                    <img src="icons/icon.svg" alt="" width="40" height="40" />
                    <div>
                        <h1>{ "llm2sb3" }</h1>
                        <p class="tagline">{ "Turn a small language model into a Scratch project that writes stories." }</p>
                    </div>
                </div>
                <p class="privacy">{ "Runs entirely in your browser: your files are never uploaded." }</p>
            </div>
        </header>
    }
}

/// The page's footer.
#[function_component(Footer)]
fn footer() -> Html {
    html! {
        <footer class="wrap muted small">
            <p>{ "llm2sb3 · works offline once loaded · the project runs in Scratch and TurboWarp · the preview uses TurboWarp's player (@turbowarp/packager, MPL-2.0)" }</p>
        </footer>
    }
}

/// The page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| AppState::from_query(&browser::query()));
    let copy_status = use_state(|| None::<Result<(), String>>);
    let (on_build, on_cancel) = use_build(state.clone());
    let query = state.preset.to_query();

    // Keep the address bar on the current preset once the user edits it, so a reload keeps
    // the form (a share link with a bad value stays as opened until then).
    let first = use_mut_ref(|| true);
    use_effect_with(query.clone(), move |q| {
        if !std::mem::replace(&mut *first.borrow_mut(), false) {
            browser::replace_query(q);
        }
    });

    let on_file = |which: Which| {
        let dispatch = state.dispatcher();
        Callback::from(move |file: File| {
            let name = file.name();
            let blob = web_sys::Blob::from(file.clone());
            load(dispatch.clone(), which, name, Some(blob), async move {
                browser::read_file(&file).await
            });
        })
    };
    let on_demo = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| {
            for (which, url) in DEMO_FILES {
                let name = url.rsplit('/').next().unwrap_or(url).to_string();
                load(dispatch.clone(), which, name, None, async move {
                    browser::fetch_bytes(url).await
                });
            }
        })
    };
    let on_edit = {
        let dispatch = state.dispatcher();
        let copy_status = copy_status.clone();
        Callback::from(move |(key, text): (&'static str, String)| {
            copy_status.set(None);
            dispatch.dispatch(Action::Edit(key, text));
        })
    };
    let share_url = browser::share_url(&query);
    let on_copy = {
        let (copy_status, url) = (copy_status.clone(), share_url.clone());
        Callback::from(move |_| {
            let (copy_status, url) = (copy_status.clone(), url.clone());
            wasm_bindgen_futures::spawn_local(async move {
                copy_status.set(Some(browser::copy_text(&url).await))
            });
        })
    };
    let on_dismiss = {
        let dispatch = state.dispatcher();
        Callback::from(move |_: MouseEvent| dispatch.dispatch(Action::DismissNotes))
    };

    let on_start = {
        let dispatch = state.dispatcher();
        Callback::from(move |p: StartingPoint| dispatch.dispatch(Action::Start(p)))
    };
    // after each build outcome, focus its heading (done) or its error (failed)
    use_effect_with(state.outcomes, move |n| {
        if *n > 0 {
            browser::focus_first(&["result-heading", "build-error"]);
        }
    });

    let (checkpoint_status, tokenizer_status) = zone_statuses(&state);
    let tokenizer_summary = state.tokenizer_summary();
    let facts = state.facts();
    let speed = state.config().map(|c| advice::speed(&c, &state.preset));
    let advice = facts
        .as_ref()
        .map(|f| advice::advice(f, &state.preset))
        .unwrap_or_default();
    let stale = state.result_stale();
    let bar_speed = speed.map(|s| speed_words(&s, state.preset.target));
    let kind = match state.preset.format {
        OutputFormat::Sb3 => ".sb3",
        OutputFormat::Sprite3 => ".sprite3",
    };
    let stem = state.checkpoint.name().unwrap_or("model");
    let fallback_name = format!("{}{kind}", stem.strip_suffix(".bin").unwrap_or(stem));

    html! {
        <>
        <Header />
        <main class="wrap">
            <Guide />
            if !state.link_notes.is_empty() {
                <div class="alert warn" id="link-notes" role="alert">
                    <strong>{ "Some values in the link could not be used." }</strong>
                    <ul>{ for state.link_notes.iter().map(|n| html! { <li>{ n }</li> }) }</ul>
                    <button type="button" class="link" onclick={on_dismiss}>{ "Dismiss" }</button>
                </div>
            }
            <section class="card" aria-labelledby="h-model">
                <h2 id="h-model"><span class="step">{ "1" }</span>{ "Model" }</h2>
                <div class="drops">
                    <DropZone id="checkpoint" label="Checkpoint" hint="the model's .bin file (llama2.c v0, v1 or v2), e.g. stories260K.bin"
                        status={checkpoint_status} on_file={on_file(Which::Checkpoint)} />
                    <DropZone id="tokenizer" label="Tokenizer" hint="the tokenizer .bin it was trained with, e.g. tok512.bin"
                        status={tokenizer_status} on_file={on_file(Which::Tokenizer)} />
                </div>
                if let Some(n) = &state.file_note { <p class="note" id="file-note" role="status">{ n }</p> }
                <div class="demo-row">
                    <button type="button" class="secondary" id="demo" onclick={on_demo}>{ "Try the demo model" }</button>
                    <span class="muted small">{ "stories260K (1 MiB, 260K parameters) and its 512-token tokenizer" }</span>
                </div>
                <ModelCard checkpoint={state.checkpoint.loaded().map(|(_, s)| s.clone())} tokenizer={tokenizer_summary} />
            </section>
            <section class="card" aria-labelledby="h-preset">
                <h2 id="h-preset"><span class="step">{ "2" }</span>{ "Settings" }</h2>
                <StartingPoints facts={facts} preset={state.preset.clone()} {on_start} notice={state.notice.clone()} />
                <PresetForm texts={state.texts.clone()} errors={state.errors.clone()}
                    model_errors={state.model_preset_errors()} preset={state.preset.clone()}
                    config={state.config()} estimate={state.estimate()}
                    refusal={state.refusal().map(|r| r.to_vec())} speed={speed} advice={advice}
                    target_note={state.target_note.clone()} fit_notes={state.fit_notes.clone()}
                    share_url={share_url} {on_edit} {on_copy} copy_status={(*copy_status).clone()} />
            </section>
            <section class="card" aria-labelledby="h-build" id="result-card">
                <h2 id="h-build"><span class="step">{ "3" }</span>{ "Build and run" }</h2>
                <BuildPanel build={state.build.clone()} />
                if let BuildState::Done { url, size, report, millis, .. } = &state.build {
                    <Report url={url.clone()} size={*size} report={report.clone()} millis={*millis}
                        fallback_name={fallback_name} stale={stale} target={state.preset.target}
                        format={state.preset.format} />
                }
            </section>
            <div class="visually-hidden" id="announce" role="status" aria-live="polite">{ &state.announcement }</div>
            <BuildBar build={state.build.clone()} blocker={state.build_blocker()} kind={kind}
                estimate={state.estimate()} speed={bar_speed} {on_build} {on_cancel} />
        </main>
        <Footer />
        </>
    }
}
