//! The web app's page: mounts the Yew app (see `llm2sb3::web`). Built by Trunk for wasm32;
//! on native targets this binary does nothing.

fn main() {
    #[cfg(target_arch = "wasm32")]
    llm2sb3::web::start_app();
}
