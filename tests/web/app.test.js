'use strict';
// Browser tests of the web app: a release build in dist/ (scripts/test-web.sh builds it),
// served by server.js on 127.0.0.1, driven in Debian Chromium by playwright-core.
// Screenshots of each state go to tests/out/web/ (look at them).
//
// The end-to-end test builds the demo model in the page, downloads the .sb3, runs it in
// TurboWarp's VM and compares the story with ../shared/models/ref_greedy_200.txt.

const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const {chromium} = require('playwright-core');
const {serve} = require('./server');
// storedZip: a zip of stored entries (a hand-made .sb3); shot and loadDemo as in page.test.js
const {storedZip, shot, loadDemo} = require('./harness');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'tests', 'out', 'web');
const MODELS = process.env.LLM2SB3_MODELS || path.join(ROOT, '..', 'shared', 'models');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader'];
const TIMEOUT = 60_000;

let server, browser, base;

function model(name) {
  const file = path.join(MODELS, name);
  if (!fs.existsSync(file)) throw new Error(`test model ${name} not found: looked in ${MODELS} (set LLM2SB3_MODELS)`);
  return fs.readFileSync(file);
}

// A fresh context; every console error and page error is collected in `errors`.
async function open(query = '', options = {}) {
  const context = await browser.newContext({viewport: {width: 1100, height: 900}, acceptDownloads: true, ...options});
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${base}/${query}`);
  await page.waitForSelector('#build', {timeout: TIMEOUT});
  return {context, page, errors};
}

const field = (page, name) => page.textContent(`#model-card dd[data-field=${name}]`);
const shareLink = (page) => page.inputValue('#share-link');

before(async () => {
  for (const f of ['index.html', 'sw.js', 'worker_loader.js', 'demo/stories260K.bin', 'demo/tok512.bin']) {
    if (!fs.existsSync(path.join(DIST, f))) throw new Error(`dist/${f} is missing: run scripts/build-web.sh first (it copies the demo model from ${MODELS})`);
  }
  if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} not found: run scripts/setup.sh`);
  server = await serve(DIST);
  base = `http://127.0.0.1:${server.address().port}`;
  // playwright gives every launch a fresh temporary profile (user-data dir)
  browser = await chromium.launch({executablePath: CHROMIUM, headless: true, args: ARGS});
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.close();
});

test('budget: gzipped wasm + JS of page and worker is at most 1.5 MiB', () => {
  // the preview's player (preview.js, vendor/) loads only when the preview runs
  const files = fs.readdirSync(DIST).filter((f) => /\.(wasm|js)$/.test(f) && !['sw.js', 'preview.js'].includes(f));
  let total = 0;
  for (const f of files) total += zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), {level: 9}).length;
  console.log(`# budget: ${files.length} files (${files.join(', ')}), wasm + JS gzipped = ${total} bytes = ${(total / 1048576).toFixed(3)} MiB (limit 1.5 MiB)`);
  assert.ok(files.some((f) => f.endsWith('.wasm')), 'no wasm in dist/');
  assert.ok(total <= 1.5 * 1048576, `wasm + JS gzipped is ${total} bytes, over 1.5 MiB`);
  const html = fs.readFileSync(path.join(DIST, 'index.html'), 'utf8');
  assert.doesNotMatch(html, /<script[^>]+src="[^"]*(vendor|preview)/, 'the preview must not load with the page');
  let lazy = 0;
  for (const f of ['preview.js', 'vendor/scaffolding-min.js']) lazy += zlib.gzipSync(fs.readFileSync(path.join(DIST, f)), {level: 9}).length;
  console.log(`# preview, loaded on first use: ${lazy} bytes gzipped = ${(lazy / 1048576).toFixed(3)} MiB`);
});

test('the page loads without console errors and shows the three steps', async () => {
  const {context, page, errors} = await open();
  assert.equal(await page.textContent('h1'), 'llm2sb3');
  assert.equal(await page.$('#boot'), null, 'the loading message is gone');
  for (const h of ['How it works', 'Model', 'Settings', 'Build and run']) assert.match(await page.textContent('main'), new RegExp(h));
  assert.match(await page.textContent('#build-blocker'), /Choose a checkpoint/);
  assert.equal(await page.isDisabled('#build'), true);
  await shot(page, '01-start');
  await page.setViewportSize({width: 390, height: 844});
  await shot(page, '01-start-phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('if the app cannot start, the page says so instead of staying blank', async () => {
  const context = await browser.newContext({serviceWorkers: 'block'});
  const page = await context.newPage();
  await page.route(/\/app-[0-9a-f]+_bg\.wasm$/, (route) => route.fulfill({status: 404, body: 'gone'}));
  await page.goto(`${base}/`);
  await page.waitForSelector('#boot.error', {timeout: TIMEOUT});
  assert.match(await page.textContent('#boot'), /llm2sb3 could not start: .*WebAssembly/);
  await shot(page, '00-no-wasm');
  await context.close();
});

test('the demo model shows its model card and a matching tokenizer', async () => {
  const {context, page, errors} = await open();
  await loadDemo(page);
  assert.equal(await field(page, 'dim'), '64');
  assert.equal(await field(page, 'n_layers'), '5');
  assert.equal(await field(page, 'vocab_size'), '512');
  assert.equal(await field(page, 'hidden_dim'), '172');
  assert.match(await page.textContent('#tokenizer-check'), /Tokenizer matches: 512 tokens/);
  assert.match(await page.textContent('#checkpoint-status'), /stories260K\.bin/);
  assert.match(await page.textContent('#estimate'), /list items/);
  assert.equal(await page.isDisabled('#build'), false);
  await shot(page, '02-demo');
  await page.setViewportSize({width: 390, height: 844});
  await shot(page, '02-demo-phone');
  assert.deepEqual(errors, []);
  await context.close();
});

test('preset fields update the share link and the estimate; a bad value shows its range', async () => {
  const {context, page, errors} = await open();
  await loadDemo(page);
  const items = async () => Number(await page.getAttribute('#estimate', 'data-items'));
  const bytes = async () => Number(await page.getAttribute('#estimate', 'data-bytes'));
  const q8 = {items: await items(), bytes: await bytes()};
  assert.equal(new URL(await shareLink(page)).search, '');

  await page.click('#advanced summary'); // the memory layout is under Advanced
  await page.selectOption('#f-quant', 'float');
  await page.fill('#f-steps', '64');
  await page.fill('#f-prompt', 'Once upon a time');
  const link = new URL(await shareLink(page));
  assert.equal(link.searchParams.get('quant'), 'float');
  assert.equal(link.searchParams.get('steps'), '64');
  assert.equal(link.searchParams.get('prompt'), 'Once upon a time');
  assert.ok(await items() > q8.items, 'float should need more list items than q8');
  assert.ok(await bytes() > q8.bytes, 'float should need more JSON than q8');
  assert.equal(new URL(page.url()).searchParams.get('quant'), 'float', 'the address bar follows the form');
  // W8A8: two weights to an item, between 8-bit (four) and float (one)
  const float = await items();
  await page.selectOption('#f-quant', {label: '8-bit, fast in Scratch (8-bit activations): twice the size of 8-bit'});
  assert.equal(new URL(await shareLink(page)).searchParams.get('quant'), 'w8a8');
  assert.equal(await page.inputValue('#f-group'), '32', 'W8A8 starts from its fast group');
  assert.equal(new URL(await shareLink(page)).searchParams.get('group'), '32');
  const w8a8 = await items();
  assert.ok(q8.items < w8a8 && w8a8 < float, `w8a8 items ${w8a8} between q8 ${q8.items} and float ${float}`);
  await page.selectOption('#f-quant', 'float');

  await page.fill('#f-seq', '64');
  const shorter = await items();
  await page.fill('#f-seq', '');
  assert.ok(shorter < await items(), 'a shorter context should need fewer items');

  await page.fill('#f-temperature', '7');
  assert.match(await page.textContent('#err-temperature'), /Temperature 7 is out of range: allowed 0 to 2/);
  assert.equal(new URL(await shareLink(page)).searchParams.get('temperature'), null, 'the link keeps the last valid value');
  assert.match(await page.textContent('#build-blocker'), /Fix the Temperature field/);
  await page.fill('#f-steps', '600');
  assert.match(await page.textContent('#err-steps'), /Steps 600 do not fit the context length: allowed 1 to 512/);
  await shot(page, '03-preset-errors');
  await page.fill('#f-temperature', '0');
  await page.fill('#f-steps', '200');
  assert.equal(await page.isDisabled('#build'), false);
  assert.equal(await page.isDisabled('#f-group'), true, 'group size does not apply to float');

  await context.grantPermissions(['clipboard-read', 'clipboard-write'], {origin: base});
  await page.click('#copy-link');
  await page.waitForSelector('text=Copied.');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), await shareLink(page));
  assert.deepEqual(errors, []);
  await context.close();
});

test('opening a share link fills the form', async () => {
  const query = '?quant=float&group=8&steps=100&temperature=0&topk=40&prompt=Once+upon+a+time&target=turbowarp&format=sprite3';
  const {context, page, errors} = await open(query);
  assert.equal(await page.inputValue('#f-quant'), 'float');
  assert.equal(await page.inputValue('#f-group'), '8');
  assert.equal(await page.inputValue('#f-steps'), '100');
  assert.equal(await page.inputValue('#f-temperature'), '0');
  assert.equal(await page.inputValue('#f-topk'), '40');
  assert.equal(await page.inputValue('#f-prompt'), 'Once upon a time');
  assert.equal(await page.inputValue('#f-target'), 'turbowarp');
  assert.equal(await page.inputValue('#f-format'), 'sprite3');
  assert.equal(await page.textContent('#build'), 'Build .sprite3');
  assert.equal(new URL(await shareLink(page)).search, query);
  assert.equal(await page.$('#link-notes'), null);
  assert.deepEqual(errors, []);
  await context.close();
});

test('an invalid share-link value shows a message and keeps the default', async () => {
  const {context, page, errors} = await open('?steps=lots&temperature=0.5&colour=red');
  const notes = await page.textContent('#link-notes');
  assert.match(notes, /Steps "lots" is not valid: expected a whole number/);
  assert.match(notes, /unknown preset key "colour": expected one of quant, .*; it was ignored/);
  assert.equal(await page.inputValue('#f-steps'), '256', 'steps keeps its default');
  assert.equal(await page.inputValue('#f-temperature'), '0.5', 'the valid value is kept');
  await shot(page, '04-bad-link');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a truncated checkpoint and a mismatched tokenizer show their messages', async () => {
  const {context, page, errors} = await open();
  const checkpoint = model('stories260K.bin');
  await page.setInputFiles('#checkpoint-file', {name: 'truncated.bin', mimeType: 'application/octet-stream', buffer: checkpoint.subarray(0, 5000)});
  await page.waitForSelector('.drop.error #checkpoint-status');
  assert.match(await page.textContent('#checkpoint-status'), /truncated\.bin.*checkpoint is truncated/);
  assert.equal(await page.$('#model-card'), null);
  await shot(page, '05-truncated');

  await page.setInputFiles('#checkpoint-file', {name: 'stories260K.bin', mimeType: 'application/octet-stream', buffer: checkpoint});
  await page.setInputFiles('#tokenizer-file', {name: 'tokenizer.bin', mimeType: 'application/octet-stream', buffer: model('tokenizer.bin')});
  await page.waitForSelector('#tokenizer-check.error');
  const mismatch = /tokenizer does not match the checkpoint: it has 32000 tokens but the checkpoint's vocab_size is 512/;
  assert.match(await page.textContent('#tokenizer-check'), mismatch);
  assert.match(await page.textContent('#tokenizer-status'), mismatch);
  assert.equal(await page.isDisabled('#build'), true);
  assert.match(await page.textContent('#build-blocker'), /tokenizer does not fit/);
  await shot(page, '06-mismatch');
  assert.deepEqual(errors, []);
  await context.close();
});

// Waits for the build to end; returns 'done' or the error text.
async function buildOutcome(page) {
  await page.waitForSelector('#download, #build-error', {timeout: 5 * TIMEOUT});
  return (await page.$('#download')) ? 'done' : page.textContent('#build-error');
}

// A build of the demo model must end with the download offered (the full test checks the file).
function assertBuildEnded(outcome) {
  assert.equal(outcome, 'done', `the build did not finish: ${outcome}`);
}

test('Build runs in the worker with progress per stage and ends cleanly', async () => {
  const {context, page, errors} = await open();
  await loadDemo(page);
  const t0 = Date.now();
  await page.click('#build');
  await page.waitForSelector('#stages');
  const outcome = await buildOutcome(page);
  console.log(`# build in the page: ${Date.now() - t0} ms from click to result (${outcome === 'done' ? await page.textContent('#build-millis') : 'stopped early'})`);
  assertBuildEnded(outcome);
  assert.equal(await page.$$eval('#stages li', (l) => l.length), 5);
  assert.ok(await page.$('#stages li[data-stage=parse]'));
  assert.equal(await page.isDisabled('#build'), false, 'Build can be clicked again');
  assert.equal(await page.inputValue('#f-steps'), '256', 'the form is kept');
  await shot(page, '07-build');
  assert.deepEqual(errors, []);
  await context.close();
});

// A stand-in for the build worker that speaks the page's protocol (src/web/protocol.rs): it
// reports each stage 300 ms apart, then a report and a file whose name echoes what it got.
const FAKE_WORKER = `
postMessage([{kind: 'ready'}]);
onmessage = (e) => {
  const [job, checkpoint, tokenizer] = e.data;
  const stages = ['parse', 'pack', 'lower', 'write', 'zip'];
  const next = (i) => {
    if (i < stages.length) { postMessage([{kind: 'stage', stage: stages[i]}]); setTimeout(() => next(i + 1), 300); return; }
    const name = 'fake-' + checkpoint.length + '-' + tokenizer.length + '-steps' + job.preset.steps + '.sb3';
    const report = {file_name: name, list_items: 312345, project_json_bytes: 2345678, compressed_bytes: 1234567,
      fits_scratch_website: true, warnings: ['a warning with its reason and a suggestion'], stage_millis: [1, 2, 3, 4, 5]};
    postMessage([{kind: 'done', report, millis: 15}, new Uint8Array([1, 2, 3, 4, 5, 6, 7])]);
  };
  next(0);
};`;

test('a finished build shows per-stage progress, the report and a Download link with the file', async () => {
  const context = await browser.newContext({serviceWorkers: 'block', acceptDownloads: true});
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.route('**/worker_loader.js', (route) => route.fulfill({contentType: 'text/javascript', body: FAKE_WORKER}));
  await page.goto(`${base}/?steps=200`);
  await loadDemo(page);
  await page.click('#build');
  await page.waitForSelector('#stages li[data-stage=lower].active');
  assert.equal(await page.getAttribute('#stages li[data-stage=parse]', 'class'), 'stage done');
  assert.equal(await page.getAttribute('#stages li[data-stage=zip]', 'class'), 'stage pending');
  await page.click('#advanced summary'); // Seed is folded under Advanced
  await page.fill('#f-seed', '42'); // the page answers while the worker works
  assert.equal(new URL(await shareLink(page)).searchParams.get('seed'), '42');
  await shot(page, '09-progress');
  await page.fill('#f-seed', '0'); // back to what is being built, so the result is up to date

  await page.waitForSelector('#download', {timeout: TIMEOUT});
  const name = `fake-${model('stories260K.bin').length}-${model('tok512.bin').length}-steps200.sb3`;
  assert.equal(await page.textContent('#download'), `Download ${name}`);
  assert.equal(await page.$$eval('#stages li.done', (l) => l.length), 5);
  assert.equal(await page.textContent('#stages li[data-stage=zip] .stage-time'), '5 ms');
  assert.equal(await page.textContent('#report dd[data-field=list_items]'), '312,345');
  assert.equal(await page.textContent('#report dd[data-field=size]'), '7 B');
  assert.equal(await page.textContent('#report dd[data-field=fits]'), 'fits');
  assert.match(await page.textContent('#warnings'), /a warning with its reason/);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  assert.equal(download.suggestedFilename(), name);
  const file = path.join(OUT, name);
  fs.mkdirSync(OUT, {recursive: true});
  await download.saveAs(file);
  assert.deepEqual([...fs.readFileSync(file)], [1, 2, 3, 4, 5, 6, 7]);
  await shot(page, '10-done');
  assert.deepEqual(errors, []);
  await context.close();
});

test('Cancel stops a running build and keeps the files and preset', async () => {
  // no service worker here, so the route can hold the worker's script back
  const context = await browser.newContext({serviceWorkers: 'block'});
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/worker_loader.js', async (route) => { await held; await route.continue().catch(() => {}); });
  await page.goto(`${base}/?steps=32`);
  await loadDemo(page);
  await page.click('#build');
  await page.waitForSelector('#cancel');
  assert.equal(await page.textContent('#build'), 'Building…');
  await page.click('#cancel');
  await page.waitForSelector('#build-cancelled');
  release();
  assert.equal(await page.$('#cancel'), null);
  assert.equal(await page.isDisabled('#build'), false);
  assert.equal(await page.inputValue('#f-steps'), '32');
  assert.equal(await field(page, 'dim'), '64');
  assert.deepEqual(errors, []);
  await context.close();
});

test('after one visit the page loads and builds with the network off (service worker)', async () => {
  const {context, page, errors} = await open('?steps=100');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, {once: true}));
    }
  });
  const cached = await page.evaluate(async () => (await (await caches.open('llm2sb3-v1')).keys()).map((r) => new URL(r.url).pathname));
  for (const f of ['/', '/worker_bg.wasm', '/worker_loader.js', '/demo/stories260K.bin', '/demo/tok512.bin',
    '/preview.js', '/vendor/scaffolding-min.js']) {
    assert.ok(cached.includes(f), `${f} is not cached: ${cached.join(' ')}`);
  }
  assert.ok(cached.some((f) => /^\/app-[0-9a-f]+_bg\.wasm$/.test(f)), `the app's wasm is not cached: ${cached.join(' ')}`);
  await context.setOffline(true);
  await page.reload();
  await page.waitForSelector('#build', {timeout: TIMEOUT});
  assert.equal(await page.inputValue('#f-steps'), '100');
  await loadDemo(page);
  await page.click('#build');
  assertBuildEnded(await buildOutcome(page));
  // the preview's player comes from the cache too
  await page.click('#preview-run');
  await page.waitForSelector('#preview-player .sc-question-input', {timeout: TIMEOUT});
  await shot(page, '08-offline');
  await page.click('#preview-stop');
  assert.deepEqual(errors, []);
  await context.close();

  // control: without the service worker, the same offline load fails
  const bare = await browser.newContext({serviceWorkers: 'block'});
  await bare.setOffline(true);
  await assert.rejects((await bare.newPage()).goto(`${base}/`), /ERR_INTERNET_DISCONNECTED/);
  await bare.close();
});

// Runs a project in TurboWarp's VM (npm @turbowarp/packager's scaffolding) in a new page of
// `context`: green flag, questions answered with '', then polls every variable and list (joined
// without separators) until one contains `expect` or `seconds` pass. Returns that text, or the
// longest text the project holds.
async function textFromTurboWarp(context, bytes, expect, seconds) {
  const page = await context.newPage();
  await page.goto(`${base}/__test__/blank.html`);
  await page.addScriptTag({url: `${base}/__test__/scaffolding.js`});
  const text = await page.evaluate(async ({b64, expect, seconds}) => {
    const bin = atob(b64);
    const bytes = new Uint8Array(bin.length);
    for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    const s = new Scaffolding.Scaffolding();
    s.setup();
    s.appendTo(document.body);
    s.vm.setTurboMode(true);
    s.vm.setCompilerOptions({enabled: true, warpTimer: false});
    s.vm.runtime.on('QUESTION', (q) => { if (q !== null) setTimeout(() => s.vm.runtime.emit('ANSWER', ''), 0); });
    await s.loadProject(bytes.buffer);
    s.vm.start();
    s.vm.greenFlag();
    const texts = () => s.vm.runtime.targets.flatMap((t) => Object.values(t.variables))
      .map((v) => (Array.isArray(v.value) ? v.value.join('') : String(v.value)));
    const t0 = performance.now();
    while (performance.now() - t0 < seconds * 1000) {
      const hit = texts().find((t) => t.includes(expect));
      if (hit) return hit;
      await new Promise((r) => setTimeout(r, 250));
    }
    s.vm.stopAll();
    return texts().sort((a, b) => b.length - a.length)[0] || '';
  }, {b64: bytes.toString('base64'), expect, seconds});
  await page.close();
  return text;
}


// A one-script project: when the green flag is clicked, set `story` to `text`.
function storyProject(text) {
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2"/>');
  const md5 = require('crypto').createHash('md5').update(svg).digest('hex');
  const stage = {
    isStage: true, name: 'Stage', variables: {v1: ['story', '']}, lists: {}, broadcasts: {}, comments: {},
    blocks: {
      b1: {opcode: 'event_whenflagclicked', next: 'b2', parent: null, inputs: {}, fields: {}, shadow: false, topLevel: true, x: 0, y: 0},
      b2: {opcode: 'data_setvariableto', next: null, parent: 'b1', inputs: {VALUE: [1, [10, text]]}, fields: {VARIABLE: ['story', 'v1']}, shadow: false, topLevel: false},
    },
    currentCostume: 0, costumes: [{name: 'backdrop1', dataFormat: 'svg', assetId: md5, md5ext: `${md5}.svg`, rotationCenterX: 1, rotationCenterY: 1}],
    sounds: [], volume: 100, layerOrder: 0, tempo: 60, videoTransparency: 50, videoState: 'on', textToSpeechLanguage: null,
  };
  const project = {targets: [stage], monitors: [], extensions: [], meta: {semver: '3.0.0', vm: '0.2.0', agent: ''}};
  return storedZip([['project.json', Buffer.from(JSON.stringify(project))], [`${md5}.svg`, svg]]);
}

test('the TurboWarp harness of the end-to-end test reads a project\'s story', async () => {
  const reference = fs.readFileSync(path.join(MODELS, 'ref_greedy_200.txt'), 'utf8').trim();
  const context = await browser.newContext();
  const story = await textFromTurboWarp(context, storyProject(reference), reference.slice(0, 80), 30);
  assert.equal(story, reference);
  const other = await textFromTurboWarp(context, storyProject('Once upon a time, there was a dog.'), reference.slice(0, 80), 2);
  assert.equal(other, 'Once upon a time, there was a dog.');
  await context.close();
});

// End to end: build the demo in the page, download it, run it in TurboWarp's VM in the same browser.
test('the demo model builds into an .sb3 whose story starts like run.c\'s', async () => {
  const reference = fs.readFileSync(path.join(MODELS, 'ref_greedy_200.txt'), 'utf8').trim();
  const {context, page, errors} = await open('?quant=float&steps=200&temperature=0');
  await loadDemo(page);
  await page.click('#build');
  assert.equal(await buildOutcome(page), 'done');
  console.log(`# build in the page: ${await page.textContent('#build-millis')}`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
  const name = download.suggestedFilename();
  assert.match(name, /\.sb3$/);
  fs.mkdirSync(OUT, {recursive: true});
  const file = path.join(OUT, name);
  await download.saveAs(file);
  await shot(page, '09-built');
  assert.deepEqual(errors, []);

  const story = await textFromTurboWarp(context, fs.readFileSync(file), reference.slice(0, 80), 300);
  assert.ok(story.includes(reference.slice(0, 80)), `the project's text does not start like run.c's story:\n${story.slice(0, 300)}`);
  await context.close();
});

// Reproducible builds (issue 10): the demo built twice in one page, and once more in a fresh
// page (a new worker and wasm instance), downloads byte-identical files; when the native CLI
// has been built (target/release/llm2sb3, as scripts/test.sh does first), its file for the
// same preset is identical too.
test('building the demo twice gives byte-identical downloads', async () => {
  const download = async (page) => {
    const [d] = await Promise.all([page.waitForEvent('download'), page.click('#download')]);
    const file = path.join(OUT, `repro-${Date.now()}-${d.suggestedFilename()}`);
    fs.mkdirSync(OUT, {recursive: true});
    await d.saveAs(file);
    return fs.readFileSync(file);
  };
  const buildOnce = async (page) => {
    const before = await page.$eval('#download', (a) => a.href).catch(() => null);
    await page.click('#build');
    await page.waitForFunction((old) => {
      const a = document.querySelector('#download');
      return (a && a.href !== old) || document.querySelector('#build-error');
    }, before, {timeout: 5 * TIMEOUT});
    assert.equal(await page.$('#build-error'), null, 'the build ended with an error');
    return download(page);
  };
  const first = await open('?steps=64');
  await loadDemo(first.page);
  const a = await buildOnce(first.page);
  const b = await buildOnce(first.page);
  const query = new URL(await shareLink(first.page)).search.slice(1);
  assert.deepEqual(first.errors, []);
  await first.context.close();
  const second = await open('?steps=64');
  await loadDemo(second.page);
  const c = await buildOnce(second.page);
  assert.deepEqual(second.errors, []);
  await second.context.close();

  assert.ok(a.length > 100_000, `a real project (${a.length} bytes)`);
  assert.ok(a.equals(b), `two builds in one page differ (${a.length} vs ${b.length} bytes)`);
  assert.ok(a.equals(c), `builds in two pages differ (${a.length} vs ${c.length} bytes)`);
  const cli = path.join(ROOT, 'target', 'release', 'llm2sb3');
  if (fs.existsSync(cli)) {
    const out = path.join(OUT, 'repro-native.sb3');
    require('child_process').execFileSync(cli, ['build', '--checkpoint', path.join(MODELS, 'stories260K.bin'),
      '--tokenizer', path.join(MODELS, 'tok512.bin'), '--preset', query, '-o', out], {stdio: 'ignore'});
    const native = fs.readFileSync(out);
    assert.ok(a.equals(native), `the page's build and the native CLI's differ (${a.length} vs ${native.length} bytes; preset ${query})`);
  } else {
    console.log(`# ${cli} not built: native vs wasm comparison not run`);
  }
});
