#!/usr/bin/env node
'use strict';
// End-to-end benchmark (figures, not pass/fail): runs model projects (llm2sb3 build) in
// TurboWarp and vanilla scratch-vm as people run them -- each VM's default settings, and with
// turbo mode on -- and prints tokens per second (wall clock, green flag to done) and tokens
// per CPU-second, as medians over interleaved runs. Give two .sb3 files (e.g. the previous
// and the new build of one preset) to compare them side by side; without files it builds
// stories260K presets with the CLI (timed) and runs those.
//
//   cargo build --release && node tests/vm/bench.js [A.sb3 B.sb3 ...] [--vm both|scratch|turbowarp]
//       [--modes LIST] [--repeat N] [--tokens N (vanilla, default 32)] [--tw-tokens N (default 256)]
//       [--prompt TEXT] [--models DIR] [--timeout S]
//
// Modes (--modes, comma-separated; default all five):
//   tw-editor   TurboWarp as its editor runs a project: turbo off, 30 fps, interpolation off,
//               compiler on, warp timer ON (the editor's default)
//   tw-player   the same with the warp timer off (the player's and the packager's default)
//   tw-turbo    the editor with turbo mode on
//   sc-player   vanilla scratch-vm as the Scratch player runs it: 30 fps (compatibility
//               mode), turbo off; a speech bubble change requests a redraw, as the renderer does
//   sc-turbo    the same with turbo mode on

const fs = require('fs');
const os = require('os');
const path = require('path');
const {execFileSync} = require('child_process');
const {TW_MODES} = require('./lib/tw_modes');
const {median} = require('./lib/median');

console.log = console.info = console.warn = console.debug = () => {}; // VM chatter
const say = line => process.stdout.write(`${line}\n`);

const MODES = {
    'tw-editor': {vm: 'turbowarp', settings: TW_MODES['tw-editor']},
    'tw-player': {vm: 'turbowarp', settings: TW_MODES['tw-player']},
    'tw-turbo': {vm: 'turbowarp', settings: TW_MODES['tw-turbo']},
    'sc-player': {vm: 'scratch', settings: {defaults: true, turbo: false}},
    'sc-turbo': {vm: 'scratch', settings: {defaults: true, turbo: true}},
};

function parse(argv) {
    const o = {vm: 'both', tokens: 32, twTokens: 256, models: null, files: [], repeat: 3,
        modes: Object.keys(MODES), prompt: '', timeout: 1200};
    for (let i = 0; i < argv.length; i++) {
        const v = () => {
            if (i + 1 >= argv.length) throw new Error(`${argv[i]} needs a value`);
            return argv[++i];
        };
        switch (argv[i]) {
        case '--vm': o.vm = v(); break;
        case '--tokens': o.tokens = Number(v()); break;
        case '--tw-tokens': o.twTokens = Number(v()); break;
        case '--models': o.models = v(); break;
        case '--repeat': o.repeat = Number(v()); break;
        case '--modes': o.modes = v().split(','); break;
        case '--prompt': o.prompt = v(); break;
        case '--timeout': o.timeout = Number(v()); break;
        default:
            if (argv[i].startsWith('--')) throw new Error(`unknown option ${argv[i]}`);
            o.files.push(argv[i]);
        }
    }
    for (const m of o.modes) {
        if (!MODES[m]) throw new Error(`unknown mode ${m}; modes: ${Object.keys(MODES).join(', ')}`);
    }
    if (!['both', 'scratch', 'turbowarp'].includes(o.vm)) throw new Error('--vm must be both, scratch or turbowarp');
    if (o.vm !== 'both') o.modes = o.modes.filter(m => MODES[m].vm === o.vm);
    if (!(o.repeat >= 1)) throw new Error('--repeat wants a positive number');
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

// Builds the stories260K presets (when no files are given); returns [label, file] pairs.
function buildPresets(o, dir) {
    const models = o.models || process.env.LLM2SB3_MODELS || path.join(repo, '..', 'shared', 'models');
    if (!fs.existsSync(bin)) throw new Error(`missing ${bin}: run cargo build --release first`);
    if (!fs.existsSync(path.join(models, 'stories260K.bin'))) throw new Error(`no stories260K.bin in ${models}`);
    say('\n## Build (llm2sb3 build, best of 3, whole process)');
    const presets = {
        'q8g4-greedy': 'quant=q8&group=4&temperature=0',
        'float-greedy': 'quant=float&temperature=0',
        'q8g4-sampled': 'quant=q8&group=4&temperature=0.8&topp=0.9&seed=42',
    };
    const files = [];
    for (const [name, q] of Object.entries(presets)) {
        const file = path.join(dir, `${name}.sb3`);
        const {ms, report} = build(models, q, file);
        files.push([name, file]);
        const stages = report.stage_millis.map(x => x.toFixed(0)).join('/');
        say(`${name.padEnd(15)} ${ms.toFixed(0).padStart(5)} ms (stages parse/pack/lower/write/zip ${stages} ms), ` +
            `${report.list_items} items, project.json ${(report.project_json_bytes / 1e6).toFixed(2)} MB, ` +
            `file ${(report.compressed_bytes / 1e6).toFixed(2)} MB, fits scratch.mit.edu: ${report.fits_scratch_website}`);
    }
    return files;
}


// Runs every file in every mode `repeat` times, interleaved (mode, then file, innermost), so
// load changes on a shared machine hit every file alike; returns results per mode and file.
async function runAll(o, files) {
    const results = {};
    let tw = null;
    const {runVanilla} = require('./lib/vanilla');
    for (let rep = 0; rep < o.repeat; rep++) {
        for (const mode of o.modes) {
            const {vm, settings} = MODES[mode];
            const steps = vm === 'turbowarp' ? o.twTokens : o.tokens;
            const opts = {timeout: o.timeout, lists: [], vars: [], set: [['steps', steps]], answer: o.prompt,
                vmSettings: settings};
            for (const [label, file] of files) {
                const bytes = fs.readFileSync(file);
                let r;
                try {
                    if (vm === 'turbowarp') {
                        tw = tw || new (require('./lib/turbowarp').TurboWarp)();
                        r = await tw.run(bytes, opts);
                    } else {
                        r = await runVanilla(bytes, opts);
                    }
                } catch (e) {
                    r = {error: String(e.message || e)};
                }
                const key = `${mode}\t${label}`;
                (results[key] = results[key] || []).push(r);
                const line = r.error ? `ERROR ${r.error}` :
                    `${r.tokens.length} tokens, ${r.seconds.toFixed(2)} s, ${(r.tokens.length / r.seconds).toFixed(1)} tok/s, ` +
                    `${r.cpu_seconds ? (r.tokens.length / r.cpu_seconds).toFixed(1) : '?'} tok/CPU-s, ` +
                    `${r.frames} frames`;
                say(`  run ${rep + 1}/${o.repeat} ${mode.padEnd(9)} ${label.padEnd(20)} ${line}`);
            }
        }
    }
    if (tw) await tw.close();
    return results;
}

function table(o, files, results) {
    say(`\n## Medians of ${o.repeat} interleaved runs (tokens include the prompt's; wall clock from the green flag)`);
    say('| mode | build | tokens | tok/s (wall) | tok/CPU-s | tokens/frame | project readout |');
    say('| --- | --- | --- | --- | --- | --- | --- |');
    for (const mode of o.modes) {
        const base = {};
        for (const [label] of files) {
            const rs = (results[`${mode}\t${label}`] || []).filter(r => !r.error);
            if (!rs.length) {
                say(`| ${mode} | ${label} | error | | | | |`);
                continue;
            }
            const wall = median(rs.map(r => r.tokens.length / r.seconds));
            const cpu = rs.every(r => r.cpu_seconds) ? median(rs.map(r => r.tokens.length / r.cpu_seconds)) : null;
            const readout = median(rs.map(r => r.project_tokens_per_second || 0));
            const perFrame = median(rs.map(r => r.tokens.length / Math.max(1, r.frames)));
            const ratio = (x, b) => (b ? ` (${(x / b).toFixed(2)}x)` : '');
            if (!('wall' in base)) Object.assign(base, {wall, cpu});
            const first = files[0][0] === label;
            say(`| ${mode} | ${label} | ${rs[0].tokens.length} | ${wall.toFixed(2)}${first ? '' : ratio(wall, base.wall)} | ` +
                `${cpu === null ? '?' : cpu.toFixed(2) + (first ? '' : ratio(cpu, base.cpu))} | ${perFrame.toFixed(2)} | ` +
                `${readout.toFixed(2)} |`);
        }
    }
    if (files.length > 1) say(`(ratios: against ${files[0][0]})`);
}

async function main() {
    const o = parse(process.argv.slice(2));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'llm2sb3-bench-'));
    say(`llm2sb3 end-to-end benchmark, ${new Date().toISOString()}`);
    say(`machine: ${os.cpus().length} cores, load average ${os.loadavg().map(x => x.toFixed(1)).join(' ')}`);
    say(`modes: ${o.modes.join(', ')}; TurboWarp ${o.twTokens} steps, vanilla ${o.tokens} steps; prompt ${JSON.stringify(o.prompt)}`);
    try {
        let files = o.files.map(f => [path.basename(f).replace(/\.sb3$/, ''), f]);
        if (!files.length) files = buildPresets(o, dir);
        for (const [, f] of files) if (!fs.existsSync(f)) throw new Error(`no such file ${f}`);
        const seen = new Set();
        for (const pair of files) {
            while (seen.has(pair[0])) pair[0] += "'";
            seen.add(pair[0]);
        }
        say('\n## Runs');
        const results = await runAll(o, files);
        table(o, files, results);
        say(`load average after: ${os.loadavg().map(x => x.toFixed(1)).join(' ')}`);
    } finally {
        fs.rmSync(dir, {recursive: true, force: true});
    }
}

main().catch(e => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
});
