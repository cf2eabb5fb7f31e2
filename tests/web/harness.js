'use strict';
// Shared set-up of the page tests: dist/ served on 127.0.0.1, Debian Chromium driven by
// playwright-core, axe-core injected for accessibility checks, screenshots in tests/out/web/.

const fs = require('fs');
const path = require('path');
const {chromium} = require('playwright-core');
const {serve} = require('./server');

const ROOT = path.resolve(__dirname, '..', '..');
const DIST = path.join(ROOT, 'dist');
const OUT = path.join(ROOT, 'tests', 'out', 'web');
const DOCS = path.join(ROOT, 'docs');
const MODELS = process.env.LLM2SB3_MODELS || path.join(ROOT, '..', 'shared', 'models');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--enable-unsafe-swiftshader'];
const TIMEOUT = 60_000;
const AXE = path.join(__dirname, 'node_modules', 'axe-core', 'axe.min.js');
const DESKTOP = {width: 1280, height: 800};
const PHONE = {width: 390, height: 844};

const env = {server: null, browser: null, base: null};

function model(name) {
  const file = path.join(MODELS, name);
  if (!fs.existsSync(file)) throw new Error(`test model ${name} not found: looked in ${MODELS} (set LLM2SB3_MODELS)`);
  return fs.readFileSync(file);
}

async function start() {
  for (const f of ['index.html', 'sw.js', 'preview.js', 'vendor/scaffolding-min.js', 'demo/stories260K.bin']) {
    if (!fs.existsSync(path.join(DIST, f))) throw new Error(`dist/${f} is missing: run scripts/build-web.sh first`);
  }
  env.server = await serve(DIST);
  env.base = `http://127.0.0.1:${env.server.address().port}`;
  env.browser = await chromium.launch({executablePath: CHROMIUM, headless: true, args: ARGS});
}

async function stop() {
  if (env.browser) await env.browser.close();
  if (env.server) env.server.close();
}

// A fresh context and page; console and page errors are collected in `errors`.
async function open(query = '', options = {}) {
  const context = await env.browser.newContext({viewport: DESKTOP, acceptDownloads: true, ...options});
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.goto(`${env.base}/${query}`);
  await page.waitForSelector('#build', {timeout: TIMEOUT});
  return {context, page, errors};
}

async function shot(page, name, fullPage = true) {
  fs.mkdirSync(OUT, {recursive: true});
  await page.screenshot({path: path.join(OUT, `${name}.png`), fullPage});
}

async function loadDemo(page) {
  await page.click('#demo');
  await page.waitForSelector('#model-card', {timeout: TIMEOUT});
  await page.waitForSelector('#tokenizer-check.ok', {timeout: TIMEOUT});
}

// axe-core's violations on the page (the preview's player, third-party, excluded).
async function axe(page) {
  if (!(await page.evaluate(() => typeof window.axe !== 'undefined'))) {
    await page.addScriptTag({content: fs.readFileSync(AXE, 'utf8')});
  }
  const result = await page.evaluate(async () => window.axe.run({exclude: [['#preview-player']]}));
  return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
}

// Waits for the build to end; returns 'done' or the error text.
async function buildOutcome(page) {
  await page.waitForSelector('#download, #build-error', {timeout: 5 * TIMEOUT});
  return (await page.$('#download')) ? 'done' : page.textContent('#build-error');
}

// Runs the built project in the page's preview, answers the question with Enter and waits
// until the story has `chars` characters; returns {story, seconds}.
async function previewStory(page, chars = 40) {
  const t0 = Date.now();
  await page.click('#preview-run');
  const input = await page.waitForSelector('#preview-player .sc-question-input', {timeout: TIMEOUT});
  await input.press('Enter');
  await page.waitForFunction((n) => {
    const s = window.llm2sb3Player && window.llm2sb3Player.snapshot();
    return s && s.story.length >= n;
  }, chars, {timeout: 5 * TIMEOUT, polling: 250});
  const snap = await page.evaluate(() => window.llm2sb3Player.snapshot());
  return {...snap, seconds: (Date.now() - t0) / 1000};
}

// A zip of stored (uncompressed) entries.
function storedZip(files) {
  const zlib = require('zlib');
  const parts = [];
  const central = [];
  let offset = 0;
  for (const [name, data] of files) {
    const n = Buffer.from(name);
    const crc = zlib.crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(n.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt32LE(crc, 16);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(data.length, 24);
    entry.writeUInt16LE(n.length, 28);
    entry.writeUInt32LE(offset, 42);
    parts.push(local, n, data);
    central.push(entry, n);
    offset += 30 + n.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, dir, end]);
}

// A llama2.c checkpoint of zero weights with these dimensions (shared classifier): v1
// (fp32), or v2 (int8 with one fp32 scale per `group` values) when `group` is given.
function zeroCheckpoint({dim, hidden, layers, heads, kvHeads, vocab, seq, group}) {
  const kv = dim * kvHeads / heads;
  const norms = 2 * layers * dim + dim;
  const matrices = vocab * dim + layers * (2 * dim * dim + 2 * dim * kv + 3 * dim * hidden);
  const data = group ? norms * 4 + matrices + matrices / group * 4 : (norms + matrices) * 4;
  const buf = Buffer.alloc(256 + data);
  buf.writeUInt32LE(0x616b3432, 0);
  buf.writeInt32LE(group ? 2 : 1, 4);
  [dim, hidden, layers, heads, kvHeads, vocab, seq].forEach((v, i) => buf.writeInt32LE(v, 8 + 4 * i));
  buf[36] = 1;
  if (group) buf.writeInt32LE(group, 37);
  return buf;
}

// A llama2.c tokenizer of `vocab` tokens ("<unk>", "<s>", "</s>", then "t3", "t4", ...).
function simpleTokenizer(vocab) {
  const parts = [Buffer.alloc(4)];
  parts[0].writeInt32LE(16, 0);
  for (let i = 0; i < vocab; i++) {
    const text = Buffer.from(i === 0 ? '<unk>' : i === 1 ? '\n<s>\n' : i === 2 ? '\n</s>\n' : ` t${i}`);
    const head = Buffer.alloc(8);
    head.writeFloatLE(-i, 0);
    head.writeInt32LE(text.length, 4);
    parts.push(head, text);
  }
  return Buffer.concat(parts);
}

module.exports = {
  env, start, stop, open, shot, loadDemo, axe, buildOutcome, previewStory, model, storedZip,
  zeroCheckpoint, simpleTokenizer, TIMEOUT, DESKTOP, PHONE, OUT, DOCS,
};
