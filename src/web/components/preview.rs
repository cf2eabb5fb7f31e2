//! Runs the built project in the page, in TurboWarp's player (Scaffolding from npm
//! @turbowarp/packager, MPL-2.0), loaded only when the user asks: `index.html` defines
//! `llm2sb3Preview(action, arg)`, which loads `vendor/scaffolding-min.js` and `preview.js`
//! once and calls the player (`run` a Blob URL, `stop`). The player draws into
//! `#preview-player` and writes its readouts into `#preview-status`, both left empty here.

use js_sys::{Function, Promise, Reflect};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

use crate::web::browser::js_error;

/// Properties of [`Preview`].
#[derive(Properties, PartialEq)]
pub struct PreviewProps {
    /// Blob URL of the built .sb3.
    pub url: AttrValue,
}

/// Calls `llm2sb3Preview(action, arg)` and waits for it.
async fn call(action: &str, arg: &str) -> Result<(), String> {
    let window = web_sys::window().ok_or("no window")?;
    let f: Function = Reflect::get(&window, &"llm2sb3Preview".into())
        .map_err(|e| js_error(&e))?
        .dyn_into()
        .map_err(|_| "the page's preview loader is missing".to_string())?;
    let promise: Promise = f
        .call2(&JsValue::NULL, &action.into(), &arg.into())
        .map_err(|e| js_error(&e))?
        .dyn_into()
        .map_err(|_| "the preview did not answer".to_string())?;
    JsFuture::from(promise)
        .await
        .map(|_| ())
        .map_err(|e| js_error(&e))
}

/// The preview: Run, Stop, the stage and its readouts.
#[function_component(Preview)]
pub fn preview(props: &PreviewProps) -> Html {
    let running = use_state(|| false);
    let error = use_state(|| None::<String>);
    // a new file or leaving the page's result stops the old run
    use_effect_with(props.url.clone(), |_| {
        move || wasm_bindgen_futures::spawn_local(async { drop(call("stop", "").await) })
    });
    let on_run = {
        let (running, error, url) = (running.clone(), error.clone(), props.url.clone());
        Callback::from(move |_: MouseEvent| {
            let (running, error, url) = (running.clone(), error.clone(), url.clone());
            running.set(true);
            error.set(None);
            wasm_bindgen_futures::spawn_local(async move {
                if let Err(e) = call("run", &url).await {
                    error.set(Some(format!("The preview could not start: {e}")));
                    running.set(false);
                }
            });
        })
    };
    let on_stop = {
        let running = running.clone();
        Callback::from(move |_: MouseEvent| {
            running.set(false);
            wasm_bindgen_futures::spawn_local(async { drop(call("stop", "").await) });
        })
    };
    html! {
        <section class="preview" id="preview" aria-labelledby="h-preview">
            <h4 id="h-preview">{ "Preview: run it here" }</h4>
            <div class="preview-controls">
                <button type="button" class="primary" id="preview-run" onclick={on_run}>
                    { if *running { "▶ Run again" } else { "▶ Run the story here" } }
                </button>
                <button type="button" class="secondary" id="preview-stop" onclick={on_stop} disabled={!*running}>{ "■ Stop" }</button>
                <p class="preview-status" id="preview-status"></p>
            </div>
            if let Some(e) = &*error { <p class="alert error" role="alert">{ e }</p> }
            <div class="preview-player" id="preview-player"></div>
            <p class="muted small">
                { "The preview runs in TurboWarp's player (Scaffolding from " }
                <a href="https://github.com/TurboWarp/packager" target="_blank" rel="noopener">{ "@turbowarp/packager" }</a>
                { " 3.13.0, licence MPL-2.0: " }
                <a href="vendor/LICENSE.txt" target="_blank">{ "licence" }</a>{ ", " }
                <a href="vendor/scaffolding-min.js.LICENSE.txt" target="_blank">{ "bundled notices" }</a>
                { "), loaded only when you press Run, with turbo mode on. Answer the question on the stage (or press Enter) to start the story." }
            </p>
        </section>
    }
}
