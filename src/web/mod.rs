//! The web app (wasm32 only): a Yew page and the Web Worker that runs the build.
//!
//! `state` holds everything the page shows; `components` render it; `hooks` drives the
//! worker; `protocol` is what crosses the worker boundary; `browser` wraps browser APIs.

pub mod browser;
pub mod components;
pub mod hooks;
pub mod protocol;
pub mod state;
pub mod worker;

/// Mounts the page into `<body>`. A panic shows a message instead of a blank page.
pub fn start_app() {
    std::panic::set_hook(Box::new(|info| {
        let text = format!("llm2sb3 stopped with an internal error: {info}. Reload the page; your preset is in the address bar.");
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            if let (Some(body), Ok(p)) = (document.body(), document.create_element("p")) {
                p.set_class_name("alert error fatal");
                p.set_text_content(Some(&text));
                let _ = body.prepend_with_node_1(&p);
            }
        }
        web_sys::console::error_1(&text.into());
    }));
    if let Some(boot) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("boot"))
    {
        boot.remove();
    }
    yew::Renderer::<components::app::App>::new().render();
}
