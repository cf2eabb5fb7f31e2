#!/usr/bin/env node
'use strict';
// Prints the JavaScript TurboWarp's compiler generates for a project's scripts (to see why a
// block shape is fast or slow): node tw_js.js FILE.sb3 [NAME_FILTER] [--warp-timer]
// (--warp-timer: as TurboWarp's editor compiles them, with the warp timer on)
// Each script's source is printed after a line `// ---- <first line>`; with a filter, only
// sources containing it.
const fs = require('fs');
const path = require('path');
const {chromium} = require('playwright-core');

const SCAFFOLDING = path.join(__dirname, 'node_modules', '@turbowarp', 'packager', 'dist', 'scaffolding',
    'scaffolding-min.js');

async function main() {
    const args = process.argv.slice(2);
    const warpTimer = args.includes('--warp-timer');
    const [file, filter] = args.filter(a => a !== '--warp-timer');
    if (!file) throw new Error('usage: tw_js.js FILE.sb3 [FILTER]');
    const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
        headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu']});
    try {
        const page = await browser.newPage();
        await page.setContent('<!doctype html><html><body></body></html>');
        await page.addScriptTag({content: fs.readFileSync(SCAFFOLDING, 'utf8')});
        const sources = await page.evaluate(async ([b64, warpTimer]) => {
            const bin = atob(b64);
            const bytes = new Uint8Array(bin.length);
            for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
            const s = new Scaffolding.Scaffolding();
            s.setup();
            s.appendTo(document.body);
            const out = [];
            s.vm.exports.these_broke_before_and_will_break_again().JSGenerator.testingApparatus = {
                report: (gen, src) => out.push(String(src))
            };
            s.vm.setCompilerOptions({enabled: true, warpTimer});
            await s.loadProject(bytes.buffer);
            // compile every script now
            for (const t of s.vm.runtime.targets) {
                for (const id of Object.keys(t.blocks._blocks)) {
                    const b = t.blocks._blocks[id];
                    if (b.topLevel && b.opcode.startsWith('event_')) {
                        try {
                            s.vm.runtime._pushThread(id, t);
                        } catch (e) { /* ignore */ }
                    }
                }
            }
            s.vm.runtime._step();
            s.vm.stopAll();
            return out;
        }, [fs.readFileSync(file).toString('base64'), warpTimer]);
        for (const src of sources) {
            if (filter && !src.includes(filter)) continue;
            process.stdout.write(`// ---- ${src.split('\n')[0]}\n${src}\n`);
        }
    } finally {
        await browser.close();
    }
}
main().catch(e => {
    process.stderr.write(`${e.stack || e}\n`);
    process.exit(1);
});
