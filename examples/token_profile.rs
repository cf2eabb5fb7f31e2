//! Where a token's work goes in the Scratch project: runs the lowered inference program in the
//! block interpreter (`lower::sim`, which counts every block executed, statements and
//! reporters) on a packed model and prints blocks per generated token for each custom block
//! (the innermost running one gets the count). Block executions are what vanilla Scratch
//! pays for, one interpreter step each.
//!
//! `cargo run --release --example token_profile -- CHECKPOINT TOKENIZER [PRESET_QUERY]`
//! (default preset `quant=q8&group=4&temperature=0&steps=16`).

use llm2sb3::lower::sim::Sim;
use llm2sb3::model::{parse_checkpoint, parse_tokenizer};
use llm2sb3::pack::{pack, tokens::display_texts, Layout};
use llm2sb3::pipeline::program_for;
use llm2sb3::preset::Preset;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.len() < 2 {
        return Err("usage: token_profile CHECKPOINT TOKENIZER [PRESET_QUERY]".into());
    }
    let query = args
        .get(2)
        .map(String::as_str)
        .unwrap_or("quant=q8&group=4&temperature=0&steps=16");
    let preset = Preset::from_query(query)?;
    let ck = parse_checkpoint(&std::fs::read(&args[0])?)?;
    let tok = parse_tokenizer(&std::fs::read(&args[1])?)?;
    preset.validate_for(&ck.config)?;
    let image = pack(&ck, &tok, &Layout::from(&preset))?;
    let mut p = program_for(&preset, [ck.config.dim, ck.config.hidden_dim])?.clone();
    p.append_image(&image.items);
    p.set_run_inputs(preset.slider_values(), display_texts(&tok));
    let mut sim = Sim::new(&p, u64::MAX);
    sim.answer = preset.prompt.clone();
    let t0 = std::time::Instant::now();
    sim.run(&p).map_err(|e| format!("interpreter: {e:?}"))?;
    let tokens = sim.list_text("token ids").len().max(1) as f64;
    println!(
        "{query}: {} tokens, {} blocks ({:.0} per token), interpreted in {:.1} s",
        tokens,
        sim.steps,
        sim.steps as f64 / tokens,
        t0.elapsed().as_secs_f64()
    );
    let mut rows: Vec<(&String, &u64)> = sim.profile.iter().collect();
    rows.sort_by(|a, b| b.1.cmp(a.1));
    for (name, n) in rows {
        let share = 100.0 * *n as f64 / sim.steps as f64;
        if share >= 0.05 {
            println!(
                "  {:<32} {:>10.0} blocks/token  {:>5.1}%",
                name,
                *n as f64 / tokens,
                share
            );
        }
    }
    Ok(())
}
