#!/usr/bin/env node
'use strict';
// Headless runner: loads each .sb3 in vanilla scratch-vm (Node) or TurboWarp (Chromium),
// clicks the green flag, waits for the stage variable `status` to read `done`, and prints one
// JSON line per file. See `node run.js --help` and README.md in this folder.

const fs = require('fs');
const {parseArgs} = require('./lib/args');

// The VMs log to the console; stdout carries only our JSON lines. Headless scratch-vm warns
// once per costume that it has no renderer (a model project has ~1,000 letter costumes):
// that line is expected here and is dropped so real messages stay readable.
const writeLine = line => process.stdout.write(`${line}\n`);
console.log = console.info = console.warn = console.debug = (...a) => {
  const text = a.join(' ');
  if (!text.includes('No rendering module present')) process.stderr.write(`${text}\n`);
};

async function main() {
    let opts;
    try {
        opts = parseArgs(process.argv.slice(2));
    } catch (e) {
        process.stderr.write(`${e.message}\n`);
        process.exit(2);
    }
    let host = null;
    if (opts.vm === 'turbowarp') {
        const {TurboWarp} = require('./lib/turbowarp');
        host = new TurboWarp();
    }
    const {runVanilla} = require('./lib/vanilla');
    let failures = 0;
    for (const file of opts.files) {
        const line = {file, vm: opts.vm};
        try {
            const bytes = fs.readFileSync(file);
            const isSprite = file.endsWith('.sprite3');
            const result = host ? await host.run(bytes, opts, isSprite) : await runVanilla(bytes, opts, isSprite);
            Object.assign(line, result);
        } catch (e) {
            failures++;
            line.error = String(e && e.message ? e.message : e);
        }
        writeLine(JSON.stringify(line));
    }
    if (host) await host.close();
    process.exit(failures ? 1 : 0);
}

main().catch(e => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
});
