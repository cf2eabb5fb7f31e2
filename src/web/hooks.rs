//! The build worker's life cycle as a hook: start a worker per build, feed it the job once it
//! says it is ready, turn its replies into [`Action`]s, terminate it on cancel or when done.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{MessageEvent, Worker};
use yew::prelude::*;

use super::browser::{blob_url, js_error, now};
use super::protocol::{Job, Reply};
use super::state::{Action, AppState};
use crate::preset::OutputFormat;

/// The worker script Trunk writes for `data-bin="worker"` with `data-loader-shim`.
pub const WORKER_URL: &str = "./worker_loader.js";

/// A running worker and the handlers that must live as long as it does.
struct Running {
    worker: Worker,
    _on_message: Closure<dyn FnMut(MessageEvent)>,
    _on_error: Closure<dyn FnMut(web_sys::Event)>,
}

type Slot = Rc<RefCell<Option<Running>>>;

/// Terminates the worker, if any. The handlers are dropped after the current event, since
/// this may be called from inside one of them.
fn stop(slot: &Slot) {
    if let Some(running) = slot.borrow_mut().take() {
        running.worker.terminate();
        wasm_bindgen_futures::spawn_local(async move { drop(running) });
    }
}

fn start(
    state: &AppState,
    dispatch: UseReducerDispatcher<AppState>,
    slot: &Slot,
) -> Result<(), String> {
    stop(slot);
    let (Some((checkpoint, _)), Some((tokenizer, _))) =
        (state.checkpoint.loaded(), state.tokenizer.loaded())
    else {
        return Err("choose a checkpoint and a tokenizer first".into());
    };
    // nothing goes to a worker for a preset refused before building
    if let Some(problems) = state.refusal() {
        return Err(problems.join(" "));
    }
    let name = state.checkpoint.name().unwrap_or("model");
    let job = Job {
        preset: state.preset.clone(),
        model_name: name.strip_suffix(".bin").unwrap_or(name).to_string(),
    };
    let job = serde_wasm_bindgen::to_value(&job)
        .map_err(|e| format!("could not prepare the build job: {e}"))?;
    // a dropped file goes as itself (a handle: the worker reads it into its memory); fetched
    // bytes as a JS copy transferred to the worker (moved, not cloned a second time)
    let transfer = Array::new();
    let ck_js: JsValue = match &state.checkpoint_file {
        Some(file) => file.clone().into(),
        None => {
            let bytes = Uint8Array::from(&checkpoint[..]);
            transfer.push(&bytes.buffer());
            bytes.into()
        }
    };
    let tok_js = Uint8Array::from(&tokenizer[..]);
    transfer.push(&tok_js.buffer());
    let message = Array::of3(&job, &ck_js, &tok_js);
    let mime = match state.preset.format {
        OutputFormat::Sb3 => "application/x.scratch.sb3",
        OutputFormat::Sprite3 => "application/x.scratch.sprite3",
    };
    let worker = Worker::new(WORKER_URL)
        .map_err(|e| format!("the build worker could not start: {}", js_error(&e)))?;
    let started = now();

    let on_message = {
        let (slot, worker, dispatch) = (slot.clone(), worker.clone(), dispatch.clone());
        Closure::<dyn FnMut(MessageEvent)>::new(move |event: MessageEvent| {
            let data = Array::from(&event.data());
            match serde_wasm_bindgen::from_value::<Reply>(data.get(0)) {
                Ok(Reply::Ready) => {
                    if let Err(e) = worker.post_message_with_transfer(&message, &transfer) {
                        dispatch.dispatch(Action::BuildFailed(format!(
                            "could not send the files to the build worker: {}",
                            js_error(&e)
                        )));
                        stop(&slot);
                    }
                }
                Ok(Reply::Stage { stage }) => dispatch.dispatch(Action::BuildStage(stage)),
                Ok(Reply::Done {
                    report,
                    millis,
                    memory_bytes,
                }) => {
                    // for benchmarks (tests/bench/page_big.js): the worker's time and peak memory
                    web_sys::console::info_1(
                        &format!(
                            "llm2sb3 build worker: {millis:.0} ms, wasm memory {memory_bytes:.0} bytes"
                        )
                        .into(),
                    );
                    let bytes = Uint8Array::new(&data.get(1));
                    let size = bytes.length() as usize;
                    match blob_url(&bytes, mime) {
                        Ok(url) => dispatch.dispatch(Action::BuildDone {
                            url,
                            size,
                            report,
                            millis: now() - started,
                        }),
                        Err(e) => dispatch.dispatch(Action::BuildFailed(format!(
                            "could not make the download: {e}"
                        ))),
                    }
                    stop(&slot);
                }
                Ok(Reply::Failed { message }) => {
                    dispatch.dispatch(Action::BuildFailed(message));
                    stop(&slot);
                }
                Err(e) => {
                    dispatch.dispatch(Action::BuildFailed(format!(
                        "the build worker sent a reply the page cannot read: {e}"
                    )));
                    stop(&slot);
                }
            }
        })
    };
    let on_error = {
        let (slot, dispatch) = (slot.clone(), dispatch.clone());
        Closure::<dyn FnMut(web_sys::Event)>::new(move |event: web_sys::Event| {
            let detail = Reflect::get(&event, &"message".into())
                .ok()
                .and_then(|m| m.as_string())
                .unwrap_or_else(|| "its script could not be loaded".into());
            dispatch.dispatch(Action::BuildFailed(format!(
                "the build worker stopped: {detail}"
            )));
            stop(&slot);
        })
    };
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    *slot.borrow_mut() = Some(Running {
        worker,
        _on_message: on_message,
        _on_error: on_error,
    });
    dispatch.dispatch(Action::BuildStarted(state.signature()));
    Ok(())
}

/// Returns callbacks that start a build of the current state in a new worker and cancel it.
#[hook]
pub fn use_build(state: UseReducerHandle<AppState>) -> (Callback<()>, Callback<()>) {
    let slot: Slot = use_mut_ref(|| None);
    let on_cancel_state = state.clone();
    let on_build = {
        let slot = slot.clone();
        Callback::from(move |_| {
            let dispatch = state.dispatcher();
            if let Err(message) = start(&state, dispatch.clone(), &slot) {
                dispatch.dispatch(Action::BuildFailed(message));
            }
        })
    };
    let on_cancel = {
        let dispatch = on_cancel_state.dispatcher();
        Callback::from(move |_| {
            stop(&slot);
            dispatch.dispatch(Action::BuildCancelled);
        })
    };
    (on_build, on_cancel)
}
