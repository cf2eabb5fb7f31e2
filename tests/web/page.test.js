'use strict';
// The page as a newcomer meets it (issue 9): the guide, the starting points, Build always in
// reach, the preview, an out-of-date result, estimates and advice before the build, plain
// words for wrong files, accessibility (axe-core in every state, focus, live region,
// described inputs, a keyboard path) and the newcomer's flow from first visit to a story
// running in the preview, at desktop and phone width (screenshots in docs/).

const {test, before, after} = require('node:test');
const assert = require('node:assert/strict');
const fs = require('fs');
const path = require('path');
const h = require('./harness');

before(h.start);
after(h.stop);

// A stand-in build worker (src/web/protocol.rs): stages 100 ms apart, then a tiny "file".
const FAKE_WORKER = `
postMessage([{kind: 'ready'}]);
onmessage = (e) => {
  const [job] = e.data;
  const stages = ['parse', 'pack', 'lower', 'write', 'zip'];
  const next = (i) => {
    if (i < stages.length) { postMessage([{kind: 'stage', stage: stages[i]}]); setTimeout(() => next(i + 1), 100); return; }
    const report = {file_name: 'fake-steps' + job.preset.steps + '.sb3', list_items: 1, project_json_bytes: 2,
      compressed_bytes: 3, fits_scratch_website: true, warnings: [], stage_millis: [1, 2, 3, 4, 5]};
    postMessage([{kind: 'done', report, millis: 5}, new Uint8Array([1, 2, 3])]);
  };
  next(0);
};`;

async function withFakeWorker(query = '') {
  const context = await h.env.browser.newContext({viewport: h.DESKTOP, serviceWorkers: 'block', acceptDownloads: true});
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  await page.route('**/worker_loader.js', (route) => route.fulfill({contentType: 'text/javascript', body: FAKE_WORKER}));
  await page.goto(`${h.env.base}/${query}`);
  await page.waitForSelector('#build');
  return {context, page, errors};
}

// Whether the element is fully inside the viewport.
async function inView(page, selector) {
  return page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth;
  });
}

test('guide: links, which tokenizer goes with which model, Build in reach at every width', async () => {
  const {context, page, errors} = await h.open();
  const guide = await page.textContent('#guide');
  assert.match(guide, /stories260K goes with its own tok512\.bin/);
  assert.match(guide, /stories15M, 42M and 110M go with llama2\.c's tokenizer\.bin/);
  const links = await page.$$eval('#guide a', (as) => as.map((a) => a.href));
  for (const url of ['https://github.com/karpathy/llama2.c', 'https://huggingface.co/karpathy/tinyllamas/tree/main',
    'https://scratch.mit.edu/', 'https://turbowarp.org/']) {
    assert.ok(links.includes(url), `the guide does not link ${url}: ${links}`);
  }
  // the expert fields are folded under Advanced; the story's fields are not
  assert.equal(await page.isVisible('#f-quant'), false);
  assert.equal(await page.isVisible('#f-steps'), true);
  for (const viewport of [h.DESKTOP, h.PHONE]) {
    await page.setViewportSize(viewport);
    await h.loadDemo(page);
    for (const y of [0, 1500, 100000]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      assert.ok(await inView(page, '#build'), `Build is out of view at ${viewport.width} px, scrolled to ${y}`);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test('starting points set the layout and target; the one the form matches is pressed', async () => {
  const {context, page, errors} = await h.open();
  assert.equal(await page.isDisabled('#start-scratch'), true, 'waits for a model');
  await h.loadDemo(page);
  await page.click('#start-turbowarp');
  assert.equal(await page.inputValue('#f-target'), 'turbowarp');
  // the demo is small: float weights, faster than 8-bit in TurboWarp
  assert.equal(await page.inputValue('#f-quant'), 'float');
  assert.equal(await page.getAttribute('#start-turbowarp', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('#start-scratch', 'aria-pressed'), 'false');
  await page.click('#start-exact');
  assert.equal(await page.inputValue('#f-quant'), 'float');
  assert.equal(await page.inputValue('#f-target'), 'scratch');
  await page.click('#start-scratch');
  assert.equal(await page.inputValue('#f-quant'), 'q8');
  assert.equal(await page.inputValue('#f-group'), '4');
  assert.equal(await page.inputValue('#f-target'), 'scratch');
  assert.equal(await page.getAttribute('#start-scratch', 'aria-pressed'), 'true');
  assert.match(await page.textContent('#estimate'), /^Fits scratch\.mit\.edu/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('estimate and time per token before the build, for the chosen target', async () => {
  const {context, page, errors} = await h.open();
  await h.loadDemo(page);
  assert.match(await page.textContent('#speed'), /^Speed \(estimate\): ≈ [\d.]+ tokens per second in Scratch, ≈ \d+ tokens per second in TurboWarp with turbo mode/);
  assert.match(await page.textContent('#bar-summary'), /project\.json ≈ .* · fits scratch\.mit\.edu · ≈ .* in Scratch/);
  await page.click('#start-turbowarp');
  assert.match(await page.textContent('#speed'), /^Speed \(estimate\): ≈ \d+ tokens per second in TurboWarp with turbo mode/);
  assert.equal(await page.$('#advice'), null, 'nothing to advise for the demo');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a model no layout fits: TurboWarp is preselected, said why, and advice never repeats a choice', async () => {
  const {context, page, errors} = await h.open();
  // 2.6 M parameters in a v2 (8-bit) file of 2.7 MB: even its own group size 64 is too large
  const dims = {dim: 192, hidden: 512, layers: 4, heads: 6, kvHeads: 6, vocab: 4096, seq: 128, group: 64};
  await page.setInputFiles('#checkpoint-file', [
    {name: 'wide.bin', mimeType: 'application/octet-stream', buffer: h.zeroCheckpoint(dims)},
    {name: 'tok4096.bin', mimeType: 'application/octet-stream', buffer: h.simpleTokenizer(4096)},
  ]);
  await page.waitForSelector('#tokenizer-check.ok', {timeout: h.TIMEOUT});
  assert.equal(await page.inputValue('#f-target'), 'turbowarp');
  assert.match(await page.textContent('#target-note'), /TurboWarp was chosen for you\. No layout of this model fits scratch\.mit\.edu's 5\.0 MiB limit/);
  // steps default to the model's 128-token context instead of failing
  assert.equal(await page.inputValue('#f-steps'), '128');
  assert.match(await page.textContent('#fit-notes'), /Steps 128/);
  assert.equal(await page.isDisabled('#build'), false);
  assert.match(await page.textContent('#start-scratch'), /Not possible with this model/);
  await page.click('#start-scratch');
  assert.match(await page.textContent('#notice'), /No layout of this model fits/);
  const advice = await page.textContent('#estimate');
  assert.doesNotMatch(advice, /Runs in: TurboWarp \(no size limit\)/, 'TurboWarp is already chosen');
  await page.click('#start-exact');
  assert.equal(await page.inputValue('#f-quant'), 'float');
  assert.doesNotMatch(await page.textContent('#estimate'), /Weights: 8-bit/, 'not while nothing can fit anyway');
  await h.shot(page, '20-nothing-fits');
  assert.deepEqual(errors, []);
  await context.close();
});

test('a value typed before loading a model that does not fit it is flagged, not lost', async () => {
  const {context, page, errors} = await h.open();
  await page.fill('#f-steps', '400');
  const dims = {dim: 64, hidden: 172, layers: 1, heads: 8, kvHeads: 4, vocab: 512, seq: 128};
  await page.setInputFiles('#checkpoint-file', {name: 'short.bin', mimeType: 'application/octet-stream', buffer: h.zeroCheckpoint(dims)});
  await page.waitForSelector('#model-card');
  assert.equal(await page.inputValue('#f-steps'), '400', 'the typed value is kept');
  assert.match(await page.textContent('#err-steps'), /Steps 400 do not fit the context length: allowed 1 to 128/);
  assert.equal(await page.textContent('#range-steps'), '1 to 128');
  assert.deepEqual(errors, []);
  await context.close();
});

test('the result is marked out of date the moment a field or file changes', async () => {
  const {context, page, errors} = await withFakeWorker();
  await h.loadDemo(page);
  await page.click('#build');
  await page.waitForSelector('#download');
  await page.fill('#f-steps', '100');
  await page.waitForSelector('#stale');
  assert.equal(await page.$('#download'), null, 'no download of a file that does not match the form');
  assert.equal(await page.$('#preview-run'), null, 'no preview of it either');
  assert.match(await page.textContent('#stale'), /Out of date/);
  await page.fill('#f-steps', '256');
  await page.waitForSelector('#download');
  await page.setInputFiles('#tokenizer-file', {name: 'tok512.bin', mimeType: 'application/octet-stream', buffer: h.model('tok512.bin')});
  await page.waitForSelector('#stale');
  assert.equal(await page.$('#download'), null, 'a new file, even the same bytes, makes it out of date');
  assert.deepEqual(errors, []);
  await context.close();
});

test('wrong files say what they are; files on the wrong zone or two at once go where they belong', async () => {
  const {context, page, errors} = await h.open();
  const status = (which) => page.textContent(`#${which}-status`);
  const drop = async (which, name, buffer) => {
    await page.setInputFiles(`#${which}-file`, {name, mimeType: 'application/octet-stream', buffer});
    await page.waitForFunction((n) => {
      const texts = ['#checkpoint-status', '#tokenizer-status'].map((s) => document.querySelector(s).textContent);
      return !texts.some((x) => x.includes('Reading')) && texts.some((x) => x.includes(n));
    }, name);
  };
  const sb3 = h.storedZip([['project.json', Buffer.from('{"targets":[]}')]]);
  await drop('checkpoint', 'story.sb3', sb3);
  assert.match(await status('checkpoint'), /this is a Scratch project \(\.sb3\).*not a llama2\.c checkpoint/);
  const pt = h.storedZip([['archive/data.pkl', Buffer.from([0x80, 2])]]);
  await drop('checkpoint', 'model.pt', pt);
  assert.match(await status('checkpoint'), /PyTorch checkpoint \(\.pt or \.pth\).*export\.py/);
  await drop('checkpoint', 'old.pth', Buffer.concat([Buffer.from([0x80, 2, 0x8a, 0x0a]), Buffer.alloc(100)]));
  assert.match(await status('checkpoint'), /Python pickle/);
  const header = Buffer.from('{"a":{"dtype":"F32","shape":[1],"data_offsets":[0,4]}}');
  const len = Buffer.alloc(8);
  len.writeBigUInt64LE(BigInt(header.length));
  await drop('checkpoint', 'model.safetensors', Buffer.concat([len, header, Buffer.alloc(4)]));
  assert.match(await status('checkpoint'), /safetensors file \(Hugging Face weights\)/);
  await drop('tokenizer', 'model.gguf', Buffer.concat([Buffer.from('GGUF'), Buffer.alloc(60)]));
  assert.match(await status('tokenizer'), /GGUF\/GGML file \(llama\.cpp\).*not a llama2\.c tokenizer/);
  assert.doesNotMatch(await page.textContent('main'), /ak42|magic|hidden_dim is 0|has length \d{6,}/);
  await h.shot(page, '21-wrong-files');

  // swapped: each file goes where it belongs, and the page says so
  await drop('checkpoint', 'tok512.bin', h.model('tok512.bin'));
  assert.match(await status('tokenizer'), /tok512\.bin/);
  assert.match(await page.textContent('#file-note'), /tok512\.bin is a tokenizer, so it went under Tokenizer/);
  await drop('tokenizer', 'stories260K.bin', h.model('stories260K.bin'));
  assert.match(await status('checkpoint'), /stories260K\.bin/);
  await page.waitForSelector('#tokenizer-check.ok');

  // both at once on one zone
  const fresh = await h.open();
  await fresh.page.setInputFiles('#tokenizer-file', [
    {name: 'stories260K.bin', mimeType: 'application/octet-stream', buffer: h.model('stories260K.bin')},
    {name: 'tok512.bin', mimeType: 'application/octet-stream', buffer: h.model('tok512.bin')},
  ]);
  await fresh.page.waitForSelector('#tokenizer-check.ok');
  assert.equal(await fresh.page.isDisabled('#build'), false);
  assert.deepEqual(fresh.errors, []);
  await fresh.context.close();
  assert.deepEqual(errors, []);
  await context.close();
});

test('plain words: ranges as "1 to 512", labels as on the form', async () => {
  const {context, page, errors} = await h.open();
  await h.loadDemo(page);
  assert.equal(await page.textContent('#range-steps'), '1 to 512');
  assert.equal(await page.textContent('#range-topk'), '0 to 512');
  await page.fill('#f-temperature', '7');
  assert.equal(await page.textContent('#err-temperature'), 'Temperature 7 is out of range: allowed 0 to 2');
  await page.click('#advanced summary');
  await page.fill('#f-group', '500');
  assert.equal(await page.textContent('#err-group'), 'Group size 500 is longer than any weight row: allowed 1 to 172 (the longest row)');
  const text = await page.textContent('main');
  assert.doesNotMatch(text, /\.\.=|target=|quant=|Q8_0|\bseq\b/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('accessibility: axe-core finds nothing in any state; inputs are described by their range and help', async () => {
  const {context, page, errors} = await withFakeWorker('?steps=lots');
  const states = [];
  const check = async (name) => states.push([name, await h.axe(page)]);
  await check('start, with link notes');
  await h.loadDemo(page);
  await check('demo loaded');
  await page.click('#advanced summary');
  await page.fill('#f-temperature', '9');
  await check('field error, advanced open');
  await page.fill('#f-temperature', '0.8');
  await page.click('#build');
  await page.waitForSelector('#download');
  await check('built');
  await page.fill('#f-seed', '3');
  await check('out of date');
  await page.setViewportSize(h.PHONE);
  await check('phone');
  for (const [name, violations] of states) assert.deepEqual(violations, [], `axe in state "${name}"`);
  for (const id of ['f-steps', 'f-temperature', 'f-prompt', 'f-target', 'f-quant', 'f-group', 'checkpoint-file']) {
    const described = await page.getAttribute(`#${id}`, 'aria-describedby');
    assert.ok(described, `#${id} has no aria-describedby`);
    for (const ref of described.split(' ')) assert.ok(await page.$(`#${ref}`), `#${id} refers to missing #${ref}`);
  }
  assert.match(await page.getAttribute('#f-steps', 'aria-describedby'), /range-steps help-steps/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('after Build: focus on the result, and a live announcement when it finishes or fails', async () => {
  const {context, page, errors} = await withFakeWorker();
  await h.loadDemo(page);
  await page.click('#build');
  await page.waitForSelector('#download');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'result-heading');
  assert.match(await page.textContent('#announce'), /Build finished: fake-steps256\.sb3/);
  assert.equal(await page.getAttribute('#announce', 'aria-live'), 'polite');
  await context.close();

  // a failing worker: the error is announced and focused
  const failing = await h.env.browser.newContext({serviceWorkers: 'block'});
  const p2 = await failing.newPage();
  await p2.route('**/worker_loader.js', (route) => route.fulfill({contentType: 'text/javascript',
    body: `postMessage([{kind: 'ready'}]); onmessage = () => postMessage([{kind: 'failed', message: 'out of paper'}]);`}));
  await p2.goto(`${h.env.base}/`);
  await h.loadDemo(p2);
  await p2.click('#build');
  await p2.waitForSelector('#build-error');
  assert.equal(await p2.evaluate(() => document.activeElement.id), 'build-error');
  assert.match(await p2.textContent('#announce'), /The build stopped: out of paper/);
  await failing.close();
  assert.deepEqual(errors, []);
});

test('a preset that would not load is refused before anything goes to the worker, with the change that loads', async () => {
  const context = await h.env.browser.newContext({viewport: h.DESKTOP, serviceWorkers: 'block', acceptDownloads: true});
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  let workers = 0;
  await page.route('**/worker_loader.js', (route) => { workers += 1; return route.continue(); });
  await page.goto(`${h.env.base}/`);
  await page.waitForSelector('#build');
  await page.fill('#f-prompt', 'Once upon a time');
  // tiny weights, the form's longest context (16,777,216 tokens): its RoPE tables and
  // attention cache alone pass what a list can index (tests/preflight_sweep.rs checks it natively)
  const dims = {dim: 16, hidden: 32, layers: 1, heads: 2, kvHeads: 2, vocab: 512, seq: 1 << 24};
  await page.setInputFiles('#checkpoint-file', [
    {name: 'long.bin', mimeType: 'application/octet-stream', buffer: h.zeroCheckpoint(dims)},
    {name: 'tok512.bin', mimeType: 'application/octet-stream', buffer: h.simpleTokenizer(512)},
  ]);
  await page.waitForSelector('#tokenizer-check.ok', {timeout: h.TIMEOUT});
  const refusal = await page.textContent('#refusal');
  assert.match(refusal, /This will not be built: .*Context length: 16777216/);
  assert.match(await page.textContent('#estimate'), /more list items than a list can hold\./);
  assert.match(refusal, /Choose Context length: 256 instead: project\.json about \d+ MiB\./);
  assert.equal(await page.isDisabled('#build'), true);
  assert.match(await page.textContent('#build-blocker'), /Change the settings first: this project could not be opened or built/);
  assert.equal(await page.$eval('#advanced', (d) => d.open), true, 'Advanced opens to show the fields to change');
  await page.$eval('#build', (b) => b.click());
  await h.shot(page, '25-refused');
  assert.deepEqual(await h.axe(page), []);
  assert.equal(workers, 0, 'nothing was sent to a worker');
  // the change named: the refusal goes, the prompt typed before is kept, the build runs
  await page.fill('#f-seq', '256');
  await page.waitForSelector('#refusal', {state: 'detached'});
  assert.equal(await page.inputValue('#f-prompt'), 'Once upon a time');
  assert.equal(await page.isDisabled('#build'), false);
  await page.click('#build');
  assert.equal(await h.buildOutcome(page), 'done');
  assert.equal(workers, 1);
  assert.deepEqual(errors, []);
  await context.close();
});

test('keyboard only: demo, starting point, Build, preview, a story', async () => {
  const {context, page, errors} = await h.open();
  const tabTo = async (id, max = 80) => {
    for (let i = 0; i < max; i++) {
      await page.keyboard.press('Tab');
      if (await page.evaluate((x) => document.activeElement && document.activeElement.id === x, id)) return;
    }
    throw new Error(`Tab never reached #${id}`);
  };
  await tabTo('demo');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#tokenizer-check.ok', {timeout: h.TIMEOUT});
  await tabTo('start-scratch');
  await page.keyboard.press('Enter');
  assert.equal(await page.getAttribute('#start-scratch', 'aria-pressed'), 'true');
  await page.focus('#f-steps');
  await page.keyboard.press('Control+A');
  await page.keyboard.type('24');
  await tabTo('build');
  await page.keyboard.press('Enter');
  assert.equal(await h.buildOutcome(page), 'done');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'result-heading');
  await tabTo('download', 5);
  await tabTo('preview-run', 20);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.activeElement && document.activeElement.classList.contains('sc-question-input'), null, {timeout: h.TIMEOUT});
  await page.keyboard.press('Enter'); // the question: the preset's prompt
  await page.waitForFunction(() => window.llm2sb3Player.snapshot().story.length > 20, null, {timeout: 5 * h.TIMEOUT});
  await tabTo('preview-stop', 120);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.llm2sb3Player.snapshot() === null);
  assert.match(await page.textContent('#preview-status'), /Stopped/);
  assert.deepEqual(errors, []);
  await context.close();
});

for (const [name, viewport] of [['desktop', h.DESKTOP], ['phone', h.PHONE]]) {
  test(`newcomer at ${name} width: first visit to a story in the preview`, async () => {
    const t0 = Date.now();
    const {context, page, errors} = await h.open('', {viewport});
    await h.loadDemo(page);
    await page.click('#start-scratch');
    await page.click('#build');
    assert.equal(await h.buildOutcome(page), 'done');
    const tBuilt = Date.now();
    const story = await h.previewStory(page, 60);
    const total = (Date.now() - t0) / 1000;
    console.log(`# newcomer (${name}): ${total.toFixed(1)} s from first visit to ${story.story.length} characters of story ` +
      `(build done after ${((tBuilt - t0) / 1000).toFixed(1)} s; preview ${story.seconds.toFixed(1)} s; ${story.tokens} tokens, ${story.rate} tokens/s)`);
    assert.match(story.story, /^[\x20-\x7e\n]+$/, 'the story is text');
    assert.ok(story.tokens > 0);
    assert.match(await page.textContent('#preview-status'), /tokens/);
    await page.evaluate(() => document.querySelector('#preview').scrollIntoView({block: 'center'}));
    await page.waitForTimeout(500);
    // The README's screenshots: written to tests/out/web/, and into docs/ only when asked
    // (LLM2SB3_UPDATE_DOCS=1), so a test run leaves the checkout as it was.
    const dirs = [h.OUT].concat(process.env.LLM2SB3_UPDATE_DOCS === '1' ? [h.DOCS] : []);
    const shoot = async (file) => {
      for (const dir of dirs) {
        fs.mkdirSync(dir, {recursive: true});
        await page.screenshot({path: path.join(dir, file)});
      }
    };
    await shoot(name === 'desktop' ? 'screenshot-preview.png' : 'screenshot-preview-phone.png');
    await page.evaluate(() => window.scrollTo(0, 0));
    await shoot(name === 'desktop' ? 'screenshot.png' : 'screenshot-phone.png');
    await h.shot(page, `22-newcomer-${name}`);
    await page.click('#preview-stop');
    assert.deepEqual(errors, []);
    await context.close();
  });
}
