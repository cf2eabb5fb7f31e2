//! `llm2sb3`: the native command line on the same library as the web app.

fn main() {
    eprintln!("llm2sb3 {}: subcommands arrive with the pipeline stages", env!("CARGO_PKG_VERSION"));
    std::process::exit(2);
}
