#!/usr/bin/env node
'use strict';
// Matvec ceiling benchmark runner (figures, not pass/fail), driven by benches/matvec.rs:
//
//   node bench_matvec.js MANIFEST.json [--rounds N]
//
// The manifest lists runs {vm, case, kind: hand|compiled, variant, file, checksum} and
// `rounds` (compiled variant `before`: an older inference program, shown in its own column). Each VM (one vanilla scratch-vm process, one TurboWarp browser) runs every one of
// its files once per round, in turn, so hand-written and compiled runs interleave. Each
// project's `out` is [checksum, seconds, multiply_adds] (seconds measured inside it); a
// wrong checksum is an error. Rates: wall clock (the project's seconds) and CPU (the VM
// thread's CPU seconds over the whole run, load included). Prints one JSON line per run,
// then per VM x case the medians, the best hand-written variant and compiled / best.

const fs = require('fs');
const {runVanilla} = require('./lib/vanilla');
const {TurboWarp} = require('./lib/turbowarp');
const {TW_MODES} = require('./lib/tw_modes');
const {median} = require('./lib/median');

console.log = console.info = console.warn = console.debug = (...a) => process.stderr.write(`${a.join(' ')}\n`);
const print = s => process.stdout.write(`${s}\n`);


async function main() {
    const argv = process.argv.slice(2);
    if (!argv[0]) throw new Error('usage: bench_matvec.js MANIFEST.json [--rounds N] [--tw-mode MODE]');
    const manifest = JSON.parse(fs.readFileSync(argv[0], 'utf8'));
    let rounds = manifest.rounds || 3;
    const r = argv.indexOf('--rounds');
    if (r >= 0) rounds = Math.max(1, Number(argv[r + 1]) | 0);
    const runOpts = {timeout: 600, set: [], lists: [], vars: [], answer: null};
    // --tw-mode tw-editor|tw-turbo|tw-player: TurboWarp at bench.js's mode of that name (the
    // editor's warp timer compiles custom blocks with loops as generators); default: turbo
    // on, warp timer off
    const m = argv.indexOf('--tw-mode');
    if (m >= 0) {
        runOpts.vmSettings = TW_MODES[argv[m + 1]];
        if (!runOpts.vmSettings) throw new Error(`--tw-mode: one of ${Object.keys(TW_MODES).join(', ')}`);
    }
    const rates = new Map(); // key vm|case|kind|variant -> {wall: [], cpu: []}
    let failed = false;
    const vms = [...new Set(manifest.runs.map(x => x.vm))];
    for (const vm of vms) {
        const runs = manifest.runs.filter(x => x.vm === vm);
        const tw = vm === 'turbowarp' ? new TurboWarp() : null;
        for (let round = 0; round < rounds; round++) {
            for (const run of runs) {
                const line = {vm, case: run.case, kind: run.kind, variant: run.variant, round};
                try {
                    const bytes = fs.readFileSync(run.file);
                    const res = tw ? await tw.run(bytes, runOpts) : await runVanilla(bytes, runOpts);
                    const out = res.out || [];
                    line.checksum = out[0];
                    line.seconds = out[1];
                    line.multiply_adds = out[2];
                    line.mmacs_per_second = out[2] / out[1] / 1e6;
                    if (res.cpu_seconds) line.mmacs_per_cpu_second = out[2] / res.cpu_seconds / 1e6;
                    if (out[0] !== run.checksum) {
                        throw new Error(`checksum ${out[0]}, expected ${run.checksum}`);
                    }
                    if (!(line.mmacs_per_second > 0)) throw new Error(`no rate: out = ${JSON.stringify(out)}`);
                    const key = [vm, run.case, run.kind, run.variant].join('|');
                    if (!rates.has(key)) rates.set(key, {wall: [], cpu: []});
                    rates.get(key).wall.push(line.mmacs_per_second);
                    rates.get(key).cpu.push(line.mmacs_per_cpu_second || NaN);
                } catch (e) {
                    failed = true;
                    line.error = String(e.message || e);
                }
                print(JSON.stringify(line));
            }
        }
        if (tw) await tw.close();
    }
    print('');
    print(`multiply-adds per second (M/s), medians of ${rounds} interleaved rounds; wall clock (CPU time)`);
    const hasBefore = manifest.runs.some(x => x.variant === 'before');
    print(`| VM | case | best hand-written | hand M/s | ${hasBefore ? 'compiled before M/s | ' : ''}` +
        'compiled M/s | compiled / hand |');
    print(`| --- | --- | --- | --- | ${hasBefore ? '--- | ' : ''}--- | --- |`);
    const f = x => (Number.isFinite(x) ? x.toFixed(x < 10 ? 2 : 1) : '-');
    const pct = x => (Number.isFinite(x) ? `${(100 * x).toFixed(0)}%` : '-');
    for (const vm of vms) {
        const cases = [...new Set(manifest.runs.filter(x => x.vm === vm).map(x => x.case))];
        for (const c of cases) {
            // the best hand-written variant per clock (wall and CPU may disagree on a busy machine)
            let best = null;
            let bestCpu = null;
            let comp = null;
            let before = null;
            for (const [key, v] of rates) {
                const [kvm, kc, kind, variant] = key.split('|');
                if (kvm !== vm || kc !== c) continue;
                const m = {variant, wall: median(v.wall), cpu: median(v.cpu)};
                if (kind === 'compiled' && variant === 'before') before = m;
                else if (kind === 'compiled') comp = m;
                else {
                    if (!best || m.wall > best.wall) best = m;
                    if (!bestCpu || m.cpu > bestCpu.cpu) bestCpu = m;
                }
            }
            if (!best || !comp) continue;
            const names = best.variant === bestCpu.variant ? best.variant : `${best.variant} (${bestCpu.variant})`;
            const was = before ? `${f(before.wall)} (${f(before.cpu)}) | ` : '';
            print(`| ${vm} | ${c} | ${names} | ${f(best.wall)} (${f(bestCpu.cpu)}) | ${was}` +
                `${f(comp.wall)} (${f(comp.cpu)}) | ${pct(comp.wall / best.wall)} (${pct(comp.cpu / bestCpu.cpu)}) |`);
        }
    }
    process.exit(failed ? 1 : 0);
}

main().catch(e => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
});
