'use strict';
// The part of a run that happens next to the VM: set variables, answer questions, click the
// green flag, wait for the stage variable `status` to read `done`, collect the results.
// It runs in Node (vanilla scratch-vm) and inside the browser page (TurboWarp), so it must
// stay self-contained: no require, only its arguments and standard JavaScript.

async function runSession(vm, opts, encodeValue) {
    const targets = () => {
        const all = vm.runtime.targets.filter(t => t.isOriginal);
        return all.filter(t => t.isStage).concat(all.filter(t => !t.isStage));
    };
    // Stage first, then sprites (a .sprite3's variables are the sprite's own).
    const find = (name, type) => {
        for (const t of targets()) {
            for (const id in t.variables) {
                const v = t.variables[id];
                if (v.name === name && v.type === type) return v;
            }
        }
        return null;
    };
    // A .sprite3 carries no broadcast messages (they live on the stage); the Scratch editor
    // creates the ones its blocks name when it shows them. Do the same for every target.
    const stage = vm.runtime.getTargetForStage();
    for (const t of targets()) {
        for (const id in t.blocks._blocks) {
            const field = t.blocks._blocks[id].fields.BROADCAST_OPTION;
            if (field && field.id && !stage.lookupBroadcastMsg(field.id, field.value)) {
                stage.createVariable(field.id, field.value, 'broadcast_msg');
            }
        }
    }
    for (const [name, value] of opts.set) {
        const v = find(name, '');
        if (!v) throw new Error(`--set: the project has no variable named ${JSON.stringify(name)}`);
        v.value = value;
    }
    const status = find('status', '');
    if (!status) throw new Error('the project has no variable named "status" (the runner waits for it to read "done")');
    const answer = opts.answer === null || opts.answer === undefined ? '' : String(opts.answer);
    let questions = 0;
    vm.runtime.on('QUESTION', question => {
        if (question === null) return;
        questions++;
        setTimeout(() => vm.runtime.emit('ANSWER', answer), 0);
    });
    const compileErrors = [];
    vm.runtime.on('COMPILE_ERROR', (target, error) => {
        compileErrors.push(`${target && target.getName ? target.getName() : '?'}: ${error}`);
    });

    const now = () => (typeof performance !== 'undefined' ? performance.now() : Date.now());
    // Frames: the VM's steps (one per screen refresh) from the green flag to done.
    let frames = 0;
    const step = vm.runtime._step;
    vm.runtime._step = function (...args) {
        frames++;
        return step.apply(this, args);
    };
    let compiled;
    let idleTicks = 0;
    // The TurboWarp host reads the CPU clock here, so CPU time excludes loading the project.
    if (typeof globalThis.__llm2sb3Mark === 'function') await globalThis.__llm2sb3Mark();
    const t0 = now();
    // opts.tokenTimes (tw_warmup.js): the time of each token, from the green flag, seen as
    // the project adds it to `token ids` (a hook on that list's array; off by default)
    const tokenTimes = [];
    const timed = opts.tokenTimes ? find('token ids', 'list') : null;
    if (timed) {
        const hook = arr => {
            const push = arr.push;
            arr.push = function (...items) {
                tokenTimes.push(now() - t0);
                return push.apply(this, items);
            };
        };
        let value = timed.value;
        hook(value);
        Object.defineProperty(timed, 'value', {
            get() { return value; },
            set(v) { value = v; hook(v); },
            configurable: true
        });
    }
    vm.greenFlag();
    await new Promise((resolve, reject) => {
        globalThis.__llm2sb3Fail = reject;
        const tick = () => {
            if (String(status.value) === 'done') return resolve();
            const threads = vm.runtime.threads.filter(t => !t.updateMonitor);
            if (compiled === undefined && threads.length > 0 && threads.some(t => 'isCompiled' in t)) {
                compiled = threads.every(t => t.isCompiled);
            }
            if (threads.length === 0) idleTicks++; else idleTicks = 0;
            if (idleTicks > 20) {
                return reject(new Error(`every script stopped but status is ${JSON.stringify(String(status.value))}, not "done"`));
            }
            if (now() - t0 > opts.timeout * 1000) {
                return reject(new Error(`timeout: status still ${JSON.stringify(String(status.value))} after ${opts.timeout} s`));
            }
            setTimeout(tick, 2);
        };
        tick();
    });
    const seconds = (now() - t0) / 1000;
    vm.runtime._step = step;
    const readList = name => {
        const l = find(name, 'list');
        return l ? l.value.map(encodeValue) : null;
    };
    const result = {out: readList('out'), seconds, frames};
    if (timed) result.token_times = tokenTimes;
    // The model project (llm2sb3 build): the story, its token ids and the speed.
    const story = find('story', '');
    const tokenIds = find('token ids', 'list');
    if (story && tokenIds) {
        result.text = String(story.value);
        result.tokens = tokenIds.value.map(Number);
        result.tokens_per_second = seconds > 0 ? result.tokens.length / seconds : null;
        // what the storyteller says (the story streams into its speech bubble); the
        // machinery may run in another, hidden sprite
        const said = targets().filter(t => !t.isStage && t.getCustomState)
            .map(t => t.getCustomState('Scratch.looks'))
            .map(looks => (looks && typeof looks.text === 'string' ? looks.text : null));
        result.bubble = said.find(text => text) || (said.length ? said[0] : null);
        const rate = find('tokens per second', '');
        if (rate) result.project_tokens_per_second = Number(rate.value);
    }
    if (compiled !== undefined) result.compiled = compiled;
    if (compileErrors.length) result.compile_errors = compileErrors;
    if (questions) result.questions = questions;
    if (opts.lists.length) {
        result.lists = {};
        for (const name of opts.lists) result.lists[name] = readList(name);
    }
    if (opts.vars.length) {
        result.vars = {};
        for (const name of opts.vars) {
            const v = find(name, '');
            result.vars[name] = v ? encodeValue(v.value) : null;
        }
    }
    return result;
}

module.exports = {runSession};
