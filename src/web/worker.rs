//! The build worker: receives a [`Job`] and the two files, runs [`pipeline::build`] and
//! posts each stage, then the file and report (or the error) back to the page.

use js_sys::{Array, Uint8Array};
use wasm_bindgen::prelude::*;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::protocol::{Job, Reply};
use crate::pipeline;

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn now() -> f64 {
    scope().performance().map(|p| p.now()).unwrap_or(0.0)
}

/// Bytes of this worker's wasm memory (pages of 64 KiB).
fn memory_bytes() -> f64 {
    core::arch::wasm32::memory_size(0) as f64 * 65536.0
}

fn post(reply: &Reply, bytes: Option<&[u8]>) {
    let message = Array::new();
    match serde_wasm_bindgen::to_value(reply) {
        Ok(v) => {
            message.push(&v);
        }
        Err(e) => {
            let failed = Reply::Failed {
                message: format!("could not send the worker's reply: {e}"),
            };
            message.push(&serde_wasm_bindgen::to_value(&failed).unwrap_or(JsValue::NULL));
        }
    };
    // the file's one copy into JavaScript is transferred to the page, not cloned again
    let transfer = Array::new();
    if let Some(bytes) = bytes {
        let array = Uint8Array::from(bytes);
        transfer.push(&array.buffer());
        message.push(&array);
    }
    // posting a plain array of serializable values cannot fail; nothing to do if it does
    let _ = scope().post_message_with_transfer(&message, &transfer);
}

/// The bytes of a file the page sent: a `Blob` (a dropped file, read here in slices straight
/// into wasm memory) or a `Uint8Array` (transferred bytes).
async fn file_bytes(value: JsValue) -> Result<Vec<u8>, String> {
    match value.dyn_ref::<web_sys::Blob>() {
        Some(blob) => super::browser::read_blob(blob).await,
        None => Ok(Uint8Array::new(&value).to_vec()),
    }
}

fn run(event: MessageEvent) {
    wasm_bindgen_futures::spawn_local(run_job(event));
}

async fn run_job(event: MessageEvent) {
    let data = Array::from(&event.data());
    let job: Result<Job, _> = serde_wasm_bindgen::from_value(data.get(0));
    let job = match job {
        Ok(job) => job,
        Err(e) => {
            let message = format!("the page sent a build job the worker cannot read: {e}");
            return post(&Reply::Failed { message }, None);
        }
    };
    // one copy of each file into wasm memory here
    let checkpoint = match file_bytes(data.get(1)).await {
        Ok(bytes) => bytes,
        Err(e) => {
            let message = format!("the build worker could not read the checkpoint file: {e}");
            return post(&Reply::Failed { message }, None);
        }
    };
    let tokenizer = Uint8Array::new(&data.get(2)).to_vec();
    drop(data);
    let start = now();
    let result = pipeline::build(&checkpoint, &tokenizer, &job.preset, &mut |stage| {
        post(&Reply::Stage { stage }, None)
    });
    match result {
        Ok(mut out) => {
            if !job.model_name.is_empty() {
                out.report.file_name = pipeline::file_name(&job.model_name, &job.preset);
            }
            let reply = Reply::Done {
                report: out.report,
                millis: now() - start,
                memory_bytes: memory_bytes(),
            };
            post(&reply, Some(&out.bytes));
        }
        Err(e) => post(
            &Reply::Failed {
                message: e.to_string(),
            },
            None,
        ),
    }
}

/// Installs the message handler and tells the page the worker is ready.
pub fn start_worker() {
    std::panic::set_hook(Box::new(|info| {
        post(
            &Reply::Failed {
                message: format!("internal error in the build worker: {info}"),
            },
            None,
        )
    }));
    let handler = Closure::<dyn FnMut(MessageEvent)>::new(run);
    scope().set_onmessage(Some(handler.as_ref().unchecked_ref()));
    handler.forget();
    post(&Reply::Ready, None);
}
