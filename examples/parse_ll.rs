//! Parses a `.ll` file with llm2sb3's parser and prints its size and parse time
//! (`--dump` also prints the module): `cargo run --release --example parse_ll -- FILE.ll`.

fn main() {
    let Some(path) = std::env::args().nth(1) else {
        eprintln!("usage: parse_ll FILE.ll [--dump]");
        std::process::exit(2);
    };
    let text = match std::fs::read_to_string(&path) {
        Ok(t) => t,
        Err(e) => {
            eprintln!("{path}: {e}");
            std::process::exit(1);
        }
    };
    // Best of five, so the figure is the parser's and not the page cache's.
    let mut best = std::time::Duration::MAX;
    let mut result = None;
    for _ in 0..5 {
        let t = std::time::Instant::now();
        let m = llm2sb3::llvm::parse_module(&text);
        best = best.min(t.elapsed());
        result = Some(m);
    }
    match result.expect("ran five times") {
        Ok(m) => {
            if std::env::args().any(|a| a == "--dump") {
                println!("{m:#?}");
            }
            let instrs: usize = m
                .functions
                .iter()
                .flat_map(|f| &f.blocks)
                .map(|b| b.instrs.len() + 1)
                .sum();
            println!(
                "{path}: {} bytes, {} lines, {} functions, {instrs} instructions, {} globals: parsed in {:.2} ms",
                text.len(),
                text.lines().count(),
                m.functions.len(),
                m.globals.len(),
                best.as_secs_f64() * 1e3
            );
        }
        Err(e) => {
            eprintln!("{path}:{e}");
            std::process::exit(1);
        }
    }
}
