'use strict';
// Runs projects in TurboWarp's VM (with its compiler), taken from npm @turbowarp/packager's
// scaffolding, inside Debian Chromium driven by playwright-core. One browser serves a whole
// batch; a page loads the scaffolding once and runs up to PAGE_RUNS projects, each in a
// fresh Scaffolding (new VM and renderer; the old one is stopped, removed and its WebGL
// context released). Settings (the fastest we found; see README.md):
// compiler on, warp timer off, turbo mode on, 60 fps, interpolation off, fencing and misc
// limits off. If a project hangs the page, the browser is killed and relaunched.
// `opts.vmSettings` (the end-to-end benchmark) overrides them: {defaults: true} keeps
// TurboWarp's defaults (turbo off, 30 fps) with `warpTimer` as asked; `turbo` sets turbo mode.

const fs = require('fs');
const path = require('path');
const {chromium} = require('playwright-core');
const {runSession} = require('./session');
const {encodeValue} = require('./encode');
const {emptyProjectZip} = require('./empty');

const SCAFFOLDING = path.join(__dirname, '..', 'node_modules', '@turbowarp', 'packager', 'dist', 'scaffolding',
    'scaffolding-min.js');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
    '--enable-unsafe-swiftshader'];
const SETTINGS = {framerate: 60};
const PAGE_RUNS = 20;

// Runs inside the page.
async function pageMain({b64, emptyB64, opts, sessionSrc, encodeSrc, settings}) {
    const decode = text => {
        const bin = atob(text);
        const out = new Uint8Array(bin.length);
        for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
        return out;
    };
    const bytes = decode(b64);
    const indirectEval = eval;
    const session = indirectEval(`(${sessionSrc})`);
    const encode = indirectEval(`(${encodeSrc})`);
    const scaffolding = new Scaffolding.Scaffolding();
    scaffolding.width = 480;
    scaffolding.height = 360;
    scaffolding._onquestion = () => {}; // the session answers questions itself
    scaffolding.setup();
    scaffolding.appendTo(document.body);
    const vm = scaffolding.vm;
    const vmSettings = opts.vmSettings || {};
    if (vmSettings.defaults) {
        // TurboWarp's own defaults (turbo off, 30 fps, interpolation off, runtime options as
        // shipped); the editor turns the warp timer on, the player leaves it off.
        vm.setCompilerOptions({enabled: true, warpTimer: !!vmSettings.warpTimer});
    } else {
        vm.setTurboMode(true);
        vm.setFramerate(settings.framerate);
        vm.setInterpolation(false);
        vm.setCompilerOptions({enabled: true, warpTimer: false});
        vm.setRuntimeOptions({fencing: false, miscLimits: false, maxClones: Infinity});
    }
    if (vmSettings.turbo !== undefined) vm.setTurboMode(!!vmSettings.turbo);
    if (!window.__llm2sb3Listening) {
        window.__llm2sb3Listening = true;
        window.addEventListener('error', e => {
            if (globalThis.__llm2sb3Fail) globalThis.__llm2sb3Fail(e.error || new Error(e.message));
        });
    }
    try {
        if (emptyB64) {
            await scaffolding.loadProject(decode(emptyB64).buffer);
            await vm.addSprite(bytes.buffer);
        } else {
            await scaffolding.loadProject(bytes.buffer);
        }
        vm.start();
        return await session(vm, opts, encode);
    } finally {
        globalThis.__llm2sb3Fail = null;
        vm.stopAll();
        vm.quit();
        const gl = scaffolding.renderer && scaffolding.renderer._gl;
        const lose = gl && gl.getExtension('WEBGL_lose_context');
        if (lose) lose.loseContext();
        document.body.textContent = '';
    }
}

class TurboWarp {
    constructor() {
        this.browser = null;
        this.page = null;
        this.cdp = null;
        this.pageRuns = 0;
        this.pageErrors = [];
        this.scaffoldingSource = null;
    }

    async launch() {
        if (this.browser) return;
        if (!fs.existsSync(SCAFFOLDING)) {
            throw new Error(`missing ${SCAFFOLDING}: run scripts/setup.sh (npm ci in tests/vm)`);
        }
        if (!fs.existsSync(CHROMIUM)) throw new Error(`missing ${CHROMIUM}: run scripts/setup.sh (apt chromium)`);
        this.scaffoldingSource = this.scaffoldingSource || fs.readFileSync(SCAFFOLDING, 'utf8');
        this.browser = await chromium.launch({executablePath: CHROMIUM, headless: true, args: ARGS});
    }

    async freshPage() {
        await this.launch();
        if (this.page && this.pageRuns < PAGE_RUNS) return this.page;
        if (this.page) await this.page.close().catch(() => {});
        this.page = await this.browser.newPage();
        this.pageRuns = 0;
        this.page.on('pageerror', e => this.pageErrors.push(String(e)));
        // called by the session just before the green flag: CPU time from there on
        await this.page.exposeFunction('__llm2sb3Mark', async () => {
            this.markTime = await this.threadTime(this.page);
        });
        await this.page.setContent('<!doctype html><html><head><meta charset="utf-8"></head><body></body></html>');
        await this.page.addScriptTag({content: this.scaffoldingSource});
        return this.page;
    }

    // A .sprite3 (isSprite) is added to an empty project first.
    async run(bytes, opts, isSprite = false) {
        const page = await this.freshPage();
        this.pageRuns++;
        this.pageErrors = [];
        let timer;
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`timeout: no result after ${opts.timeout} s`)),
                (opts.timeout + 10 + bytes.length / 1e6) * 1000);
        });
        try {
            this.markTime = null;
            const threadTime = await this.threadTime(page);
            const work = page.evaluate(pageMain, {
                b64: Buffer.from(bytes).toString('base64'),
                emptyB64: isSprite ? (await emptyProjectZip()).toString('base64') : null,
                opts,
                sessionSrc: runSession.toString(),
                encodeSrc: encodeValue.toString(),
                settings: SETTINGS
            });
            const result = await Promise.race([work, timeout]);
            const after = await this.threadTime(page);
            if (threadTime !== null && after !== null) {
                const start = this.markTime === null ? threadTime : this.markTime;
                result.cpu_seconds = after - start; // green flag to done
                result.load_cpu_seconds = start - threadTime;
            }
            if (this.pageErrors.length) result.page_errors = this.pageErrors;
            return result;
        } catch (e) {
            // A hung or crashed page: start over with a new browser for the next file;
            // after another error, with a new page.
            if (/timeout|Target closed|crash/i.test(String(e))) await this.close();
            else this.pageRuns = PAGE_RUNS;
            throw e;
        } finally {
            clearTimeout(timer);
        }
    }

    // CPU seconds of the page's main thread so far (Chrome's ThreadTime metric), or null.
    async threadTime(page) {
        try {
            if (!this.cdp || this.cdpPage !== page) {
                this.cdp = await page.context().newCDPSession(page);
                this.cdpPage = page;
                await this.cdp.send('Performance.enable');
            }
            const {metrics} = await this.cdp.send('Performance.getMetrics');
            const m = metrics.find(x => x.name === 'ThreadTime');
            return m ? m.value : null;
        } catch (e) {
            return null;
        }
    }

    async close() {
        const browser = this.browser;
        this.browser = null;
        this.page = null;
        this.cdp = null;
        if (browser) {
            const proc = browser.process && browser.process();
            await Promise.race([browser.close().catch(() => {}), new Promise(r => setTimeout(r, 5000))]);
            if (proc && proc.exitCode === null) proc.kill('SIGKILL');
        }
    }
}

module.exports = {TurboWarp, SETTINGS};
