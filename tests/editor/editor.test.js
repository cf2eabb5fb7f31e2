'use strict';
// The built project in the official Scratch 3 editor (npm @scratch/scratch-gui-standalone,
// served from 127.0.0.1, Debian Chromium): load the .sb3 as a user does (File › Load from
// your computer), check the palette and the workspace, click the green flag, answer the
// question, and compare the story with the Rust reference. Reports the editor's load time,
// the longest freeze, and the number of uncaught page errors (must be 0).
//
// LLM2SB3_EDITOR_SB3=path.sb3 tests a given file instead of building one (its story is then
// not compared); LLM2SB3_EDITOR_ENGINE=1 also opens the machinery sprite and times it.
// Screenshots: tests/out/editor/.

const test = require('node:test');
const assert = require('node:assert');
const fs = require('fs');
const path = require('path');
const {execFileSync} = require('child_process');
const {chromium} = require('playwright-core');
const {serve} = require('./server');

const ROOT = path.resolve(__dirname, '..', '..');
const OUT = path.join(ROOT, 'tests', 'out', 'editor');
const MODELS = path.join(ROOT, '..', 'shared', 'models');
const CLI = path.join(ROOT, 'target', 'release', 'llm2sb3');
const ANSWER = 'the cat';
const PRESET = `temperature=0&steps=20&prompt=${encodeURIComponent(ANSWER)}`;
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader'];

/** Builds the demo project and runs the reference on the same preset. */
function buildWithReference() {
  const model = ['--checkpoint', path.join(MODELS, 'stories260K.bin'),
    '--tokenizer', path.join(MODELS, 'tok512.bin'), '--preset', PRESET];
  const file = path.join(OUT, 'story.sb3');
  execFileSync(CLI, ['build', ...model, '-o', file], {stdio: 'pipe'});
  const ref = JSON.parse(execFileSync(CLI, ['reference', ...model, '--json']).toString());
  return {file, reference: ref.text};
}

/** Records long main-thread tasks (the editor's freezes) from the first script on. */
function watchLongTasks() {
  window.__longTasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({start: e.startTime, ms: e.duration});
  }).observe({type: 'longtask', buffered: true});
}

/** What the editor shows of the selected sprite: workspace scripts and their boxes, palette. */
function editorView() {
  const ws = document.querySelector('.blocklyWorkspace:not(.blocklyFlyout *) > .blocklyBlockCanvas')
    || document.querySelector('.injectionDiv .blocklyBlockCanvas');
  const tops = ws ? [...ws.children].filter((g) => g.matches('g.blocklyDraggable')) : [];
  const boxes = tops.map((g) => {
    const r = g.getBBox();
    const m = /translate\(([-\d.e]+)[ ,]+([-\d.e]+)\)/.exec(g.getAttribute('transform') || '');
    const x = m ? Number(m[1]) : 0;
    const y = m ? Number(m[2]) : 0;
    return {x: x + r.x, y: y + r.y, w: r.width, h: r.height};
  });
  const flyout = [...document.querySelectorAll('.blocklyFlyout g.blocklyDraggable[data-id]')];
  const vm = window.vm;
  const target = vm.editingTarget;
  const stage = vm.runtime.getTargetForStage();
  const names = (t) => Object.values(t.variables).filter((v) => v.type === '').map((v) => v.name);
  return {
    editing: target ? target.getName() : null,
    sprites: vm.runtime.targets.filter((t) => t.isOriginal && !t.isStage).map((t) => t.getName()),
    scripts: target ? target.blocks.getScripts().length : 0,
    boxes,
    paletteBlocks: flyout.length,
    paletteVariables: flyout.filter((g) => g.classList.contains('data_variable')).length,
    variables: names(stage).concat(target && !target.isStage ? names(target) : []),
    loading: !!document.querySelector('[class*="loader_background"]'),
  };
}

/** Pairs of boxes that overlap (a script drawn on top of another). */
function overlaps(boxes) {
  const out = [];
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i], b = boxes[j];
      if (a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h) out.push([i, j]);
    }
  }
  return out;
}

test('a built project in the official Scratch 3 editor', {timeout: 15 * 60 * 1000}, async (t) => {
  fs.mkdirSync(OUT, {recursive: true});
  const given = process.env.LLM2SB3_EDITOR_SB3;
  const {file, reference} = given ? {file: path.resolve(given), reference: null} : buildWithReference();
  const server = await serve();
  const base = `http://127.0.0.1:${server.address().port}/`;
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium', args: ARGS});
  t.after(async () => { await browser.close(); server.close(); });
  const page = await browser.newPage({viewport: {width: 1440, height: 900}});
  const pageErrors = [];
  const blocked = [];
  page.on('pageerror', (e) => pageErrors.push(String(e && e.stack ? e.stack : e).split('\n').slice(0, 3).join(' | ')));
  page.on('dialog', (d) => d.accept()); // "Replace the current project?"
  // Offline: the editor may only talk to our server.
  await page.route('**/*', (r) => (r.request().url().startsWith(base) ? r.continue() : (blocked.push(r.request().url()), r.abort())));
  await page.addInitScript(watchLongTasks);
  // Main-thread busy time (Chrome's TaskDuration): steadier than wall clock on a busy machine.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  const busy = async () => (await cdp.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration').value;

  await page.goto(base);
  await page.waitForFunction(() => window.vm && document.querySelector('.blocklyFlyout g.blocklyDraggable'), null, {timeout: 120000});

  // File › Load from your computer, as a user does.
  await page.getByText('File', {exact: true}).click();
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByText('Load from your computer', {exact: true}).click(),
  ]);
  const wallStart = Date.now();
  const busyStart = await busy();
  const tasksBefore = await page.evaluate(() => window.__longTasks.length);
  await chooser.setFiles(file);
  // Loaded: the project's sprites are there, the selected sprite's scripts are drawn, the
  // loader is gone and the page paints again (waitForFunction polls on animation frames).
  await page.waitForFunction(() => {
    const v = window.vm;
    const t = v && v.editingTarget;
    if (!t || t.isStage || document.querySelector('[class*="loader_background"]')) return false;
    if (!v.runtime.targets.some((x) => x.getName && x.getName() === document.title.replace(/ .*$/, ''))) {/* title varies */}
    const canvas = document.querySelector('.injectionDiv .blocklyBlockCanvas');
    const drawn = canvas ? [...canvas.children].filter((g) => g.matches('g.blocklyDraggable')).length : 0;
    return t.blocks.getScripts().length > 0 && drawn >= t.blocks.getScripts().length && window.vm.runtime.targets.length > 1;
  }, null, {timeout: 300000, polling: 'raf'});
  const loadMs = Date.now() - wallStart;
  const loadBusy = (await busy()) - busyStart;
  const loadTasks = await page.evaluate((n) => window.__longTasks.slice(n), tasksBefore);
  const view = await page.evaluate(editorView);
  await page.screenshot({path: path.join(OUT, 'editor-loaded.png')});
  const freeze = Math.max(0, ...loadTasks.map((x) => x.ms));
  t.diagnostic(`editor load time: ${(loadMs / 1000).toFixed(1)} s, main thread busy ${loadBusy.toFixed(1)} s (longest freeze ${(freeze / 1000).toFixed(1)} s)`);
  t.diagnostic(`selected sprite: ${view.editing} (${view.scripts} scripts); sprites: ${view.sprites.join(', ')}`);
  t.diagnostic(`palette: ${view.paletteBlocks} blocks, ${view.paletteVariables} variable reporters: ${view.variables.join(', ')}`);

  // The palette shows blocks (an id clash with the toolbox empties it) and scripts do not overlap.
  assert.ok(view.paletteBlocks > 100, `the palette shows ${view.paletteBlocks} blocks`);
  assert.ok(view.paletteVariables >= 1, 'the Variables category shows the variables');
  assert.deepStrictEqual(overlaps(view.boxes), [], `scripts drawn on top of each other: ${JSON.stringify(view.boxes)}`);

  // Green flag, answer the question, wait for the story.
  const runTasks = await page.evaluate(() => window.__longTasks.length);
  const runStart = Date.now();
  await page.locator('[class*="green-flag_green-flag"]').first().click({timeout: 600000});
  const input = page.locator('[class*="question_question-input"] input');
  await input.waitFor({timeout: 60000});
  await page.screenshot({path: path.join(OUT, 'editor-question.png')});
  await input.fill(ANSWER);
  await input.press('Enter');
  await page.waitForFunction(() => {
    const s = Object.values(window.vm.runtime.getTargetForStage().variables).find((v) => v.name === 'status');
    return s && String(s.value) === 'done';
  }, null, {timeout: 600000, polling: 500});
  const runMs = Date.now() - runStart;
  await page.waitForTimeout(300); // the display script shows the last token
  const result = await page.evaluate(() => {
    const vm = window.vm;
    const find = (name) => {
      for (const t of vm.runtime.targets) {
        for (const v of Object.values(t.variables)) if (v.name === name && v.type === '') return v.value;
      }
      return null;
    };
    const said = vm.runtime.targets.filter((t) => !t.isStage && t.getCustomState)
      .map((t) => (t.getCustomState('Scratch.looks') || {}).text).find((x) => typeof x === 'string' && x);
    return {story: String(find('story')), bubble: said || null, state: find('state'), tokens: Number(find('tokens')),
      rate: Number(find('tokens per second'))};
  });
  const runLong = await page.evaluate((n) => window.__longTasks.slice(n), runTasks);
  await page.screenshot({path: path.join(OUT, 'editor-story.png')});
  const runFreeze = Math.max(0, ...runLong.map((x) => x.ms));
  t.diagnostic(`story (${result.tokens} tokens, ${(runMs / 1000).toFixed(1)} s, project readout ${result.rate.toFixed(2)} tok/s): ${JSON.stringify(result.story)}`);
  t.diagnostic(`while the story ran: ${runLong.length} long tasks, longest ${runFreeze.toFixed(0)} ms`);
  assert.strictEqual(result.state, 'Done');
  assert.ok(result.story.length > ANSWER.length, 'a story was told');
  assert.strictEqual(result.bubble, result.story.length > 330 ? result.bubble : result.story, 'the sprite says the story');
  if (reference !== null) assert.strictEqual(result.story, reference, 'the story equals the Rust reference');

  if (process.env.LLM2SB3_EDITOR_ENGINE) {
    const engine = view.sprites.find((n) => n !== view.editing);
    if (engine) {
      const start = Date.now();
      await page.locator('[class*="sprite-selector-item_sprite-name"]', {hasText: engine}).first().click({timeout: 600000});
      await page.waitForFunction((name) => window.vm.editingTarget.getName() === name
        && document.querySelector('.injectionDiv .blocklyBlockCanvas').children.length
          >= window.vm.editingTarget.blocks.getScripts().length, engine, {timeout: 600000, polling: 'raf'});
      const engineView = await page.evaluate(editorView);
      t.diagnostic(`sprite ${engine}: drawn in ${((Date.now() - start) / 1000).toFixed(1)} s, ${engineView.scripts} scripts, ${engineView.variables.length} variables`);
      await page.screenshot({path: path.join(OUT, 'editor-engine.png')});
      assert.deepStrictEqual(overlaps(engineView.boxes), [], `scripts of ${engine} drawn on top of each other`);
    }
  }
  t.diagnostic(`uncaught page errors: ${pageErrors.length}${pageErrors.length ? `: ${pageErrors.slice(0, 3).join(' || ')}` : ''}`);
  t.diagnostic(`requests blocked (not 127.0.0.1): ${blocked.length}`);
  assert.deepStrictEqual(pageErrors, [], 'no uncaught page errors');
});
