#!/usr/bin/env node
'use strict';
// How long a model project takes to reach full speed in TurboWarp (figures, not pass/fail):
// runs each FILE.sb3 in one TurboWarp mode (bench.js's), interleaved, and prints medians of
// the wall-clock rate, the time from the green flag to the 40th token and the rate from there
// to the last token. In a 256-token stories260K run the first 40 tokens took half the run:
// V8 compiles each hot custom block (Maglev, then TurboFan) on one background thread while
// the first tokens run slowly; the steady rate after them was 1.5x the run's average.
//
//   node tests/vm/tw_warmup.js FILE.sb3 [FILE.sb3 ...] [--mode tw-editor|tw-player|tw-turbo]
//       [--repeat N] [--steps N]
// With LLM2SB3_JS_FLAGS="--log-code --log-deopt --logfile=/tmp/v8.log --no-logfile-per-isolate"
// V8 writes when each function reached each tier, and why it was dropped.

const fs = require('fs');
const {TurboWarp} = require('./lib/turbowarp');
const {TW_MODES} = require('./lib/tw_modes');
const {median} = require('./lib/median');

console.log = console.info = console.warn = console.debug = () => {};
const say = line => process.stdout.write(`${line}\n`);
const WARM = 40;

function parse(argv) {
    const o = {files: [], mode: 'tw-editor', repeat: 3, steps: 256};
    for (let i = 0; i < argv.length; i++) {
        const v = () => argv[++i];
        switch (argv[i]) {
        case '--mode': o.mode = v(); break;
        case '--repeat': o.repeat = Number(v()); break;
        case '--steps': o.steps = Number(v()); break;
        default: o.files.push(argv[i]);
        }
    }
    if (!o.files.length || !TW_MODES[o.mode] || !(o.repeat >= 1) || !(o.steps > WARM)) {
        throw new Error('usage: tw_warmup.js FILE.sb3 ... [--mode tw-editor|tw-player|tw-turbo] [--repeat N] [--steps N > 40]');
    }
    return o;
}


async function main() {
    const o = parse(process.argv.slice(2));
    const tw = new TurboWarp();
    const runs = new Map(o.files.map(f => [f, []]));
    try {
        for (let rep = 0; rep < o.repeat; rep++) {
            for (const file of o.files) {
                const r = await tw.run(fs.readFileSync(file), {timeout: 1200, lists: [], vars: [],
                    set: [['steps', o.steps]], answer: '', vmSettings: TW_MODES[o.mode], tokenTimes: true});
                const t = r.token_times || [];
                if (t.length <= WARM) throw new Error(`${file}: ${t.length} tokens, not more than ${WARM}`);
                const n = t.length;
                runs.get(file).push({n, wall: n / r.seconds, warm: t[WARM - 1], steady: (n - WARM) / ((t[n - 1] - t[WARM - 1]) / 1000)});
            }
        }
    } finally {
        await tw.close();
    }
    say(`${o.mode}, medians of ${o.repeat} interleaved runs`);
    say(`| build | tokens | tok/s wall | ms to token ${WARM} | tok/s from token ${WARM} |`);
    say('| --- | --- | --- | --- | --- |');
    for (const [file, rs] of runs) {
        const m = key => median(rs.map(r => r[key]));
        say(`| ${file} | ${rs[0].n} | ${m('wall').toFixed(0)} | ${m('warm').toFixed(0)} | ${m('steady').toFixed(0)} |`);
    }
}

main().catch(e => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
});
