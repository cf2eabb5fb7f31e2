#!/usr/bin/env node
'use strict';
// End-to-end benchmark (figures, not pass/fail): builds stories260K projects with the CLI
// (`llm2sb3 build`, timed) and runs them in TurboWarp and vanilla scratch-vm, printing
// tokens/s. Also prints where a token's work goes (multiply-adds per part, from the model's
// dimensions) and measured contrasts: greedy vs sampled, short vs long context.
//
//   cargo build --release && node tests/vm/bench.js [--vm both|scratch|turbowarp]
//       [--tokens N (vanilla, default 32)] [--tw-tokens N (default 256)] [--models DIR]

const fs = require('fs');
const os = require('os');
const path = require('path');
const {execFileSync} = require('child_process');

console.log = console.info = console.warn = console.debug = () => {}; // VM chatter
const say = line => process.stdout.write(`${line}\n`);

function parse(argv) {
    const o = {vm: 'both', tokens: 32, twTokens: 256, models: null};
    for (let i = 0; i < argv.length; i++) {
        const v = () => argv[++i];
        switch (argv[i]) {
        case '--vm': o.vm = v(); break;
        case '--tokens': o.tokens = Number(v()); break;
        case '--tw-tokens': o.twTokens = Number(v()); break;
        case '--models': o.models = v(); break;
        default: throw new Error(`unknown option ${argv[i]}`);
        }
    }
    return o;
}

const repo = path.join(__dirname, '..', '..');
const bin = path.join(repo, 'target', 'release', 'llm2sb3');

function build(models, query, out) {
    const args = ['build', '--checkpoint', path.join(models, 'stories260K.bin'), '--tokenizer',
        path.join(models, 'tok512.bin'), '--preset', query, '-o', out, '--json'];
    let best = null;
    let report = null;
    for (let i = 0; i < 3; i++) {
        const t0 = process.hrtime.bigint();
        report = JSON.parse(execFileSync(bin, args, {stdio: ['ignore', 'pipe', 'ignore']}).toString());
        const ms = Number(process.hrtime.bigint() - t0) / 1e6;
        best = best === null ? ms : Math.min(best, ms);
    }
    return {ms: best, report};
}

// Multiply-adds per token of stories260K's parts (dim 64, hidden 172, 5 layers, 8 heads,
// 4 kv heads, vocab 512) at position `pos`.
function breakdown(pos) {
    const [dim, hid, layers, heads, kvHeads, vocab] = [64, 172, 5, 8, 4, 512];
    const hs = dim / heads;
    const kvDim = kvHeads * hs;
    const matvec = layers * (dim * dim * 2 + dim * kvDim * 2 + dim * hid * 3) + dim * vocab;
    const attention = layers * heads * hs * (pos + 1) * 2;
    const other = layers * (dim * 2 * 3 + hid * 2) + vocab * 2; // norms, rope, swiglu, softmax-ish
    return {matvec, attention, other};
}

async function main() {
    const o = parse(process.argv.slice(2));
    const models = o.models || process.env.LLM2SB3_MODELS || path.join(repo, '..', 'shared', 'models');
    if (!fs.existsSync(bin)) throw new Error(`missing ${bin}: run cargo build --release first`);
    if (!fs.existsSync(path.join(models, 'stories260K.bin'))) throw new Error(`no stories260K.bin in ${models}`);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm2sb3-bench-'));
    say(`llm2sb3 end-to-end benchmark (stories260K + tok512), ${new Date().toISOString()}`);
    say(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map(x => x.toFixed(1)).join(' ')}`);

    say('\n## Build (llm2sb3 build, best of 3, whole process)');
    const presets = {
        'q8g4-greedy': 'quant=q8&group=4&temperature=0',
        'q8g32-greedy': 'quant=q8&group=32&temperature=0',
        'float-greedy': 'quant=float&temperature=0',
        'q8g4-sampled': 'quant=q8&group=4&temperature=0.8&topp=0.9&seed=42',
        'q8g4-greedy-tw': 'quant=q8&group=4&temperature=0&target=turbowarp',
    };
    const files = {};
    for (const [name, q] of Object.entries(presets)) {
        const file = path.join(dir, `${name}.sb3`);
        const {ms, report} = build(models, q, file);
        files[name] = file;
        const stages = report.stage_millis.map(x => x.toFixed(0)).join('/');
        say(`${name.padEnd(15)} ${ms.toFixed(0).padStart(5)} ms (stages parse/pack/lower/write/zip ${stages} ms), ` +
            `${report.list_items} items, project.json ${(report.project_json_bytes / 1e6).toFixed(2)} MB, ` +
            `file ${(report.compressed_bytes / 1e6).toFixed(2)} MB, fits scratch.mit.edu: ${report.fits_scratch_website}`);
    }

    const opts = steps => ({timeout: 1200, lists: [], vars: [], set: [['steps', steps]], answer: ''});
    const show = (label, r) => {
        if (r.error) return say(`${label.padEnd(40)} ERROR ${r.error}`);
        const tps = r.tokens.length / r.seconds;
        const cpu = r.cpu_seconds ? `, ${(r.tokens.length / r.cpu_seconds).toFixed(2)} tok/CPU-s` : '';
        say(`${label.padEnd(40)} ${String(r.tokens.length).padStart(4)} tokens in ${r.seconds.toFixed(2)} s = ` +
            `${tps.toFixed(2)} tok/s (project readout ${r.project_tokens_per_second}${cpu})`);
    };
    const runAll = async (vm, jobs) => {
        let host = null;
        if (vm === 'turbowarp') host = new (require('./lib/turbowarp').TurboWarp)();
        const {runVanilla} = require('./lib/vanilla');
        for (const [label, file, steps] of jobs) {
            const bytes = fs.readFileSync(file);
            let r;
            try {
                r = host ? await host.run(bytes, opts(steps)) : await runVanilla(bytes, opts(steps));
            } catch (e) {
                r = {error: String(e.message || e)};
            }
            show(`${vm} ${label}`, r);
        }
        if (host) await host.close();
    };
    if (o.vm === 'both' || o.vm === 'turbowarp') {
        say(`\n## TurboWarp (Chromium; turbo mode, compiler on, warp timer off)`);
        await runAll('turbowarp', [
            [`q8g4 greedy, 32 tokens`, files['q8g4-greedy'], 32],
            [`q8g4 greedy, ${o.twTokens} tokens`, files['q8g4-greedy'], o.twTokens],
            [`q8g4 greedy target=turbowarp, ${o.twTokens}`, files['q8g4-greedy-tw'], o.twTokens],
            [`q8g32 greedy, ${o.twTokens} tokens`, files['q8g32-greedy'], o.twTokens],
            [`float greedy, ${o.twTokens} tokens`, files['float-greedy'], o.twTokens],
            [`q8g4 sampled, ${o.twTokens} tokens`, files['q8g4-sampled'], o.twTokens],
            [`q8g4 greedy, full context 512`, files['q8g4-greedy'], 512],
        ]);
    }
    if (o.vm === 'both' || o.vm === 'scratch') {
        say(`\n## Vanilla scratch-vm (Node; turbo mode)`);
        await runAll('scratch', [
            [`q8g4 greedy, ${o.tokens} tokens`, files['q8g4-greedy'], o.tokens],
            [`q8g32 greedy, ${o.tokens} tokens`, files['q8g32-greedy'], o.tokens],
            [`float greedy, ${o.tokens} tokens`, files['float-greedy'], o.tokens],
            [`q8g4 sampled, ${o.tokens} tokens`, files['q8g4-sampled'], o.tokens],
        ]);
    }
    say('\n## Work per token (multiply-adds, from the dimensions)');
    for (const pos of [0, 31, 255, 511]) {
        const b = breakdown(pos);
        const all = b.matvec + b.attention + b.other;
        const pct = x => `${(100 * x / all).toFixed(0)}%`;
        say(`pos ${String(pos).padStart(3)}: matvec ${b.matvec} (${pct(b.matvec)}), attention ${b.attention} ` +
            `(${pct(b.attention)}), norms/rope/ffn/softmax ~${b.other} (${pct(b.other)})`);
    }
    fs.rmSync(dir, {recursive: true, force: true});
}

main().catch(e => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
});
