#!/usr/bin/env node
'use strict';
// Matvec benchmark: multiply-adds per second of the hand-built ceiling project
// (src/scratch/handbuilt.rs) and, if given, of a compiled-C project, in vanilla scratch-vm
// and TurboWarp, with the compiled/hand ratio. Figures, not a pass/fail timing.
//
//   node bench_matvec.js HAND.sb3 [COMPILED.sb3] [--vm scratch|turbowarp|both] [--timeout S]
//       [--repeat N]
//
// Two rates per run: wall-clock (the project's own seconds) and CPU (multiply-adds per CPU
// second of the VM's thread over the whole run, load included), which is steadier on a busy
// machine. --repeat N runs each file N times, alternating hand and compiled, and keeps the
// best of each.
// Each project's `out` must be [checksum, seconds, multiply_adds] (seconds measured inside
// the project); when it has fewer items, the runner's seconds are used and
// --macs N gives the multiply-adds. Prints one JSON line per run, then a summary.

const fs = require('fs');
const {runVanilla} = require('./lib/vanilla');
const {TurboWarp} = require('./lib/turbowarp');

console.log = console.info = console.warn = console.debug = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const print = s => process.stdout.write(`${s}\n`);

function parse(argv) {
    const o = {files: [], vms: ['scratch', 'turbowarp'], timeout: 300, macs: null, repeat: 1};
    for (let i = 0; i < argv.length; i++) {
        const a = argv[i];
        if (a === '--vm') {
            const v = argv[++i];
            o.vms = v === 'both' ? ['scratch', 'turbowarp'] : [v];
        } else if (a === '--timeout') o.timeout = Number(argv[++i]);
        else if (a === '--macs') o.macs = Number(argv[++i]);
        else if (a === '--repeat') o.repeat = Math.max(1, Number(argv[++i]) | 0);
        else if (a.startsWith('--')) throw new Error(`unknown option ${a}`);
        else o.files.push(a);
    }
    if (o.files.length < 1 || o.files.length > 2) throw new Error('usage: bench_matvec.js HAND.sb3 [COMPILED.sb3] [--vm both]');
    return o;
}

async function main() {
    const o = parse(process.argv.slice(2));
    const runOpts = {timeout: o.timeout, set: [], lists: [], vars: [], answer: null};
    const labels = ['hand', 'compiled'];
    const rates = {};
    let failed = false;
    for (const vm of o.vms) {
        const tw = vm === 'turbowarp' ? new TurboWarp() : null;
        for (let round = 0; round < o.repeat; round++) for (const [n, file] of o.files.entries()) {
            const line = {bench: 'matvec', vm, kind: labels[n], file};
            try {
                const bytes = fs.readFileSync(file);
                const r = tw ? await tw.run(bytes, runOpts) : await runVanilla(bytes, runOpts);
                const out = r.out || [];
                line.checksum = out[0];
                line.seconds = typeof out[1] === 'number' ? out[1] : r.seconds;
                line.runner_seconds = r.seconds;
                line.multiply_adds = typeof out[2] === 'number' ? out[2] : o.macs;
                line.mmacs_per_second = line.multiply_adds / line.seconds / 1e6;
                if (r.cpu_seconds) {
                    line.cpu_seconds = r.cpu_seconds;
                    line.mmacs_per_cpu_second = line.multiply_adds / r.cpu_seconds / 1e6;
                }
                if (r.compiled !== undefined) line.compiled = r.compiled;
                const key = `${vm}/${labels[n]}`;
                const best = rates[key] || {wall: 0, cpu: 0};
                rates[key] = {
                    wall: Math.max(best.wall, line.mmacs_per_second),
                    cpu: Math.max(best.cpu, line.mmacs_per_cpu_second || 0)
                };
                if (!(line.mmacs_per_second > 0)) throw new Error(`no rate: out = ${JSON.stringify(out)}`);
            } catch (e) {
                failed = true;
                line.error = String(e.message || e);
            }
            print(JSON.stringify(line));
        }
        if (tw) await tw.close();
    }
    print('');
    print('multiply-adds per second (M/s), best run     hand    compiled   compiled/hand');
    for (const vm of o.vms) {
        for (const clock of ['wall', 'cpu']) {
            const h = rates[`${vm}/hand`] && rates[`${vm}/hand`][clock];
            const c = rates[`${vm}/compiled`] && rates[`${vm}/compiled`][clock];
            const fmt = x => (x ? x.toFixed(3) : '-');
            const ratio = h && c ? `${(100 * c / h).toFixed(1)}%` : '-';
            const label = `${vm} (${clock === 'wall' ? 'wall clock' : 'CPU time'})`;
            print(`${label.padEnd(40)} ${fmt(h).padStart(9)} ${fmt(c).padStart(11)} ${ratio.padStart(15)}`);
        }
    }
    process.exit(failed ? 1 : 0);
}

main().catch(e => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
});
