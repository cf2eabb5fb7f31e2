//! The short guide at the top: what the files, Scratch and TurboWarp are, with links, and
//! which tokenizer goes with which model.

use yew::prelude::*;

/// The guide.
#[function_component(Guide)]
pub fn guide() -> Html {
    html! {
    <section class="card guide" id="guide" aria-labelledby="h-guide">
        <h2 id="h-guide">{ "How it works" }</h2>
        <p>
            { "A " }<a href="https://github.com/karpathy/llama2.c" target="_blank" rel="noopener">{ "llama2.c" }</a>
            { " model is two files: a checkpoint (the trained weights, a .bin) and the tokenizer it was trained with (another .bin that turns text into numbered pieces). This page turns them into a " }
            <a href="https://scratch.mit.edu/" target="_blank" rel="noopener">{ "Scratch" }</a>
            { " project whose sprite tells a story, word piece by word piece. It also runs in " }
            <a href="https://turbowarp.org/" target="_blank" rel="noopener">{ "TurboWarp" }</a>
            { ", a Scratch player that compiles projects and runs them many times faster." }
        </p>
        <p>
            { "Models: the " }<a href="https://huggingface.co/karpathy/tinyllamas/tree/main" target="_blank" rel="noopener">{ "tinyllamas" }</a>
            { " (children's stories). stories260K goes with its own tok512.bin (in the same folder); stories15M, 42M and 110M go with llama2.c's tokenizer.bin (32,000 tokens, in the llama2.c repository). Only stories260K is small enough to be quick in Scratch; the others want TurboWarp." }
        </p>
        <ol class="how">
            <li>{ "Choose the two files, or try the demo model." }</li>
            <li>{ "Pick a starting point (the details are under Advanced)." }</li>
            <li>{ "Build, then run it here or download it for Scratch or TurboWarp." }</li>
        </ol>
    </section>
    }
}
