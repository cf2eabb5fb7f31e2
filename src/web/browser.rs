//! Small wrappers over browser APIs that turn every failure into a message for the page.

use js_sys::{Array, Reflect, Uint8Array};
use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, BlobPropertyBag, File, Response, Url};

/// A JS error as readable text.
pub fn js_error(e: &JsValue) -> String {
    if let Some(s) = e.as_string() {
        return s;
    }
    Reflect::get(e, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .unwrap_or_else(|| format!("{e:?}"))
}

/// Reads a picked or dropped file.
pub async fn read_file(file: &File) -> Result<Vec<u8>, String> {
    read_blob(file)
        .await
        .map_err(|e| format!("the browser could not read the file: {e}"))
}

/// Bytes read from a file per step: the whole file never sits in a JS buffer.
const CHUNK: f64 = 16.0 * 1024.0 * 1024.0;

/// Reads a file (or any `Blob`) in slices of [`CHUNK`] bytes straight into wasm memory.
pub async fn read_blob(blob: &Blob) -> Result<Vec<u8>, String> {
    let size = blob.size();
    let mut out = Vec::with_capacity(size as usize);
    let mut at = 0.0;
    while at < size {
        let end = (at + CHUNK).min(size);
        let part = blob
            .slice_with_f64_and_f64(at, end)
            .map_err(|e| js_error(&e))?;
        let buffer = JsFuture::from(part.array_buffer())
            .await
            .map_err(|e| js_error(&e))?;
        let chunk = Uint8Array::new(&buffer);
        let start = out.len();
        out.resize(start + chunk.length() as usize, 0);
        chunk.copy_to(&mut out[start..]);
        at = end;
    }
    Ok(out)
}

/// Fetches a file from the site (e.g. the demo model).
pub async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("could not fetch {url}: {}", js_error(&e)))?;
    let response: Response = response.unchecked_into();
    if !response.ok() {
        return Err(format!(
            "could not fetch {url}: the server answered {} {} (is the demo model in the site's demo/ folder?)",
            response.status(),
            response.status_text()
        ));
    }
    let buffer = response.array_buffer().map_err(|e| js_error(&e))?;
    let buffer = JsFuture::from(buffer)
        .await
        .map_err(|e| format!("could not read {url}: {}", js_error(&e)))?;
    Ok(Uint8Array::new(&buffer).to_vec())
}

/// The page's URL query (with its `?`), or empty.
pub fn query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// The page's URL without query or fragment.
fn base_url() -> String {
    web_sys::window()
        .and_then(|w| {
            let l = w.location();
            Some(format!("{}{}", l.origin().ok()?, l.pathname().ok()?))
        })
        .unwrap_or_default()
}

/// The share link for a preset query.
pub fn share_url(query: &str) -> String {
    if query.is_empty() {
        base_url()
    } else {
        format!("{}?{query}", base_url())
    }
}

/// Puts a preset query into the address bar without reloading, so a reload keeps the form.
pub fn replace_query(query: &str) {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.replace_state_with_url(&JsValue::NULL, "", Some(&share_url(query)));
    }
}

/// Copies text to the clipboard; resolves to an error message if the browser refuses.
pub async fn copy_text(text: &str) -> Result<(), String> {
    let navigator = web_sys::window().ok_or("no window")?.navigator();
    let clipboard = Reflect::get(&navigator, &"clipboard".into()).map_err(|e| js_error(&e))?;
    if clipboard.is_undefined() {
        return Err("this browser does not allow copying here; select the link and copy it".into());
    }
    let write: js_sys::Function = Reflect::get(&clipboard, &"writeText".into())
        .map_err(|e| js_error(&e))?
        .dyn_into()
        .map_err(|_| "the clipboard cannot write text".to_string())?;
    let promise: js_sys::Promise = write
        .call1(&clipboard, &text.into())
        .map_err(|e| js_error(&e))?
        .dyn_into()
        .map_err(|_| "the clipboard did not answer".to_string())?;
    JsFuture::from(promise).await.map(|_| ()).map_err(|e| {
        format!(
            "the browser did not allow copying ({}); select the link and copy it",
            js_error(&e)
        )
    })
}

/// Makes a Blob URL holding `bytes`.
pub fn blob_url(bytes: &Uint8Array, mime: &str) -> Result<String, String> {
    let parts = Array::of1(bytes);
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob =
        Blob::new_with_u8_array_sequence_and_options(&parts, &options).map_err(|e| js_error(&e))?;
    Url::create_object_url_with_blob(&blob).map_err(|e| js_error(&e))
}

/// Frees a Blob URL.
pub fn revoke_url(url: &str) {
    let _ = Url::revoke_object_url(url);
}

/// Milliseconds since the page started.
pub fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map(|p| p.now())
        .unwrap_or(0.0)
}

/// Moves keyboard focus to the first element of `ids` that is on the page.
pub fn focus_first(ids: &[&str]) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = ids
        .iter()
        .find_map(|id| document.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        let _ = el.focus();
    }
}
