//! The web app's build worker: runs `llm2sb3::pipeline::build` off the page's thread (see
//! `llm2sb3::web::worker`). Built by Trunk for wasm32; on native targets this binary does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    llm2sb3::web::worker::start_worker();
}
