#!/usr/bin/env node
'use strict';
// Where TurboWarp's time goes in a model project: runs FILE.sb3 once in TurboWarp (bench.js's
// modes), records a CPU profile of the page's thread from the green flag to `done` (Chrome
// DevTools Profiler) and prints the functions with the most self time and the compiled
// scripts' total time (inclusive of what they call).
//
//   node tests/vm/tw_profile.js FILE.sb3 [--mode tw-player|tw-editor|tw-turbo] [--steps N]
//       [--top N] [--out FILE.cpuprofile]
// The .cpuprofile opens in Chrome DevTools (Performance panel) for the call tree.

const fs = require('fs');
const {TurboWarp} = require('./lib/turbowarp');
const {TW_MODES: SETTINGS} = require('./lib/tw_modes');

console.log = console.info = console.warn = console.debug = () => {};
const say = line => process.stdout.write(`${line}\n`);


function parse(argv) {
    const o = {file: null, mode: 'tw-player', steps: 256, top: 30, out: null};
    for (let i = 0; i < argv.length; i++) {
        const v = () => argv[++i];
        switch (argv[i]) {
        case '--mode': o.mode = v(); break;
        case '--steps': o.steps = Number(v()); break;
        case '--top': o.top = Number(v()); break;
        case '--out': o.out = v(); break;
        default: o.file = argv[i];
        }
    }
    if (!o.file || !SETTINGS[o.mode]) {
        throw new Error('usage: tw_profile.js FILE.sb3 [--mode tw-player|tw-editor|tw-turbo] [--steps N] [--top N] [--out F]');
    }
    return o;
}

// Self and total microseconds per function (name + position), from a CDP profile.
function summarize(profile) {
    const byId = new Map(profile.nodes.map(n => [n.id, n]));
    const self = new Map();
    const dt = profile.timeDeltas;
    for (let i = 0; i < profile.samples.length; i++) {
        const id = profile.samples[i];
        self.set(id, (self.get(id) || 0) + (dt[i + 1] !== undefined ? dt[i + 1] : 0));
    }
    const parent = new Map();
    for (const n of profile.nodes) for (const c of n.children || []) parent.set(c, n.id);
    const key = n => `${n.callFrame.functionName || '(anonymous)'} ${n.callFrame.url ? n.callFrame.url.split('/').pop() : ''}:${n.callFrame.lineNumber}:${n.callFrame.columnNumber}`;
    const selfBy = new Map();
    const totalBy = new Map();
    for (const [id, us] of self) {
        const n = byId.get(id);
        selfBy.set(key(n), (selfBy.get(key(n)) || 0) + us);
        // total: once per distinct function on the stack
        const seen = new Set();
        for (let m = n; m; m = byId.get(parent.get(m.id))) {
            const k = key(m);
            if (seen.has(k)) continue;
            seen.add(k);
            totalBy.set(k, (totalBy.get(k) || 0) + us);
        }
    }
    const all = [...self.values()].reduce((a, b) => a + b, 0);
    return {selfBy, totalBy, all};
}

async function main() {
    const o = parse(process.argv.slice(2));
    const tw = new TurboWarp();
    let profile = null;
    tw.onMark = async cdp => {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', {interval: 100});
        await cdp.send('Profiler.start');
    };
    try {
        const r = await tw.run(fs.readFileSync(o.file), {timeout: 1200, lists: [], vars: [],
            set: [['steps', o.steps]], answer: '', vmSettings: SETTINGS[o.mode]});
        profile = (await tw.cdp.send('Profiler.stop')).profile;
        say(`${r.tokens.length} tokens, ${r.seconds.toFixed(2)} s, ${(r.tokens.length / r.cpu_seconds).toFixed(1)} tok/CPU-s ` +
            `(profiler on), ${r.frames} frames`);
    } finally {
        await tw.close();
    }
    if (o.out) fs.writeFileSync(o.out, JSON.stringify(profile));
    const {selfBy, totalBy, all} = summarize(profile);
    const pct = us => `${(100 * us / all).toFixed(1).padStart(5)}%`;
    say(`\nsampled ${(all / 1e6).toFixed(2)} s; self time:`);
    for (const [k, us] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, o.top)) say(`${pct(us)} ${k}`);
    say('\ntotal time (self + callees):');
    for (const [k, us] of [...totalBy].sort((a, b) => b[1] - a[1]).slice(0, o.top)) say(`${pct(us)} ${k}`);
}

main().catch(e => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
});
