'use strict';
// Runs projects in npm scratch-vm (vanilla Scratch 3), in this Node process.
// Settings: turbo mode on, 60 fps stepping (compatibility mode off), no renderer, no audio.
// A warp ("run without screen refresh") custom block still yields every 500 ms, as in Scratch.
// `opts.vmSettings` (the end-to-end benchmark): {defaults: true, turbo} runs at 30 fps
// (compatibility mode) with turbo as asked, and a `say` requests a redraw as the renderer would.

const {runSession} = require('./session');
const {encodeValue} = require('./encode');
const {emptyProjectZip} = require('./empty');

let VM;
let Storage;
let currentFail = null;

process.on('uncaughtException', err => {
    if (currentFail) currentFail(err);
    else throw err;
});

// A .sprite3 (isSprite) is added to an empty project first.
async function runVanilla(bytes, opts, isSprite = false) {
    if (!VM) {
        VM = require('scratch-vm');
        Storage = require('scratch-storage').ScratchStorage;
    }
    const vm = new VM();
    vm.attachStorage(new Storage()); // costumes load from the zip, as in Scratch
    const vmSettings = opts.vmSettings || {};
    if (vmSettings.defaults) {
        // As the Scratch player runs a project: 30 fps (compatibility mode), turbo off. With
        // no renderer, a speech bubble would never ask for a redraw; the renderer does on
        // every change, which ends the frame's work (the sequencer stops at a redraw).
        vm.setTurboMode(!!vmSettings.turbo);
        vm.setCompatibilityMode(true);
        vm.runtime.on('SAY', () => vm.runtime.requestRedraw());
    } else {
        vm.setTurboMode(true);
        vm.setCompatibilityMode(false);
    }
    try {
        const t0 = process.hrtime.bigint();
        if (isSprite) {
            await vm.loadProject(await emptyProjectZip());
            await vm.addSprite(bytes);
        } else {
            await vm.loadProject(bytes);
        }
        const loadSeconds = Number(process.hrtime.bigint() - t0) / 1e9;
        const rss = process.memoryUsage().rss;
        vm.start();
        const failed = new Promise((_, reject) => {
            currentFail = reject;
        });
        const cpu0 = process.cpuUsage();
        const result = await Promise.race([runSession(vm, opts, encodeValue), failed]);
        const cpu = process.cpuUsage(cpu0);
        result.cpu_seconds = (cpu.user + cpu.system) / 1e6; // this process, green flag to done
        result.load_seconds = loadSeconds;
        result.rss_mb_after_load = Math.round(rss / 1048576);
        return result;
    } finally {
        currentFail = null;
        vm.stopAll();
        vm.quit();
    }
}

module.exports = {runVanilla};
