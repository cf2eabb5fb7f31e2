#!/usr/bin/env node
'use strict';
// Page build of the big shapes (figures, not pass/fail): serves dist/ (scripts/build-web.sh),
// drops each checkpoint and its tokenizer on the page in Debian Chromium (playwright-core,
// file paths: nothing passes through the protocol), opens the page with the preset as a share
// link, presses Build and prints one JSON line per shape x preset: the page's time to read
// and check the files, the build's wall time (click to download link) and the worker's own,
// the worker's wasm memory at the end (its peak: wasm memory never grows back), the peak RSS
// (VmHWM) and CPU time of the page's renderer process (page + worker), and the .sb3 and
// project.json sizes. A refused preset prints the page's reason instead of building.
//   node tests/bench/page_big.js DIR SHAPE[,SHAPE] QUERY [QUERY...]
// DIR holds SHAPE.bin and tok32000.bin (tests/bench/page_big.sh writes them).

const fs = require('fs');
const path = require('path');
const {chromium} = require(path.join(__dirname, '..', 'web', 'node_modules', 'playwright-core'));
const {serve} = require(path.join(__dirname, '..', 'web', 'server'));

const ROOT = path.resolve(__dirname, '..', '..');
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const TIMEOUT = 20 * 60_000;

// The processes below this one: pid -> {ppid, cmd}.
function descendants() {
  const all = new Map();
  for (const d of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${d}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const cmd = fs.readFileSync(`/proc/${d}/cmdline`, 'utf8').replace(/\0/g, ' ');
      all.set(Number(d), {ppid, cmd});
    } catch (_) { /* gone */ }
  }
  const mine = new Set([process.pid]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const [pid, p] of all) if (!mine.has(pid) && mine.has(p.ppid)) { mine.add(pid); grew = true; }
  }
  mine.delete(process.pid);
  return [...mine].map((pid) => ({pid, ...all.get(pid)}));
}

function status(pid, key) {
  try {
    const m = fs.readFileSync(`/proc/${pid}/status`, 'utf8').match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'));
    return m ? Number(m[1]) * 1024 : 0;
  } catch (_) { return 0; }
}

function cpuSeconds(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch (_) { return 0; }
}

const renderers = () => descendants().filter((p) => p.cmd.includes('--type=renderer'));
const mib = (b) => Math.round(b / 1048576);

async function one(browser, base, dir, shape, query) {
  const before = new Set(renderers().map((p) => p.pid));
  const context = await browser.newContext({serviceWorkers: 'block'});
  const page = await context.newPage();
  let worker = null;
  page.on('console', (m) => {
    const w = m.text().match(/^llm2sb3 build worker: (\d+) ms, wasm memory (\d+) bytes/);
    if (w) worker = {millis: Number(w[1]), memory: Number(w[2])};
  });
  await page.goto(`${base}/?${query}`);
  await page.waitForSelector('#build');
  const t0 = Date.now();
  await page.setInputFiles('#checkpoint-file', [path.join(dir, `${shape}.bin`), path.join(dir, 'tok32000.bin')]);
  await page.waitForSelector('#tokenizer-check.ok', {timeout: TIMEOUT});
  const out = {shape, preset: query, read_seconds: (Date.now() - t0) / 1000};
  if (await page.$('#refusal')) {
    out.refused = (await page.textContent('#refusal')).trim();
    out.build_enabled = !(await page.isDisabled('#build'));
  } else {
    const cpu0 = new Map(renderers().map((p) => [p.pid, cpuSeconds(p.pid)]));
    const t1 = Date.now();
    await page.click('#build');
    await page.waitForSelector('#download, #build-error', {timeout: TIMEOUT});
    out.build_wall_seconds = (Date.now() - t1) / 1000;
    // the page's renderer (page and worker): the new one that used most CPU in the build
    const cpu = renderers().filter((p) => !before.has(p.pid))
      .map((p) => ({pid: p.pid, s: cpuSeconds(p.pid) - (cpu0.get(p.pid) || 0)}))
      .sort((a, b) => b.s - a.s)[0];
    if (cpu) out.renderer_cpu_seconds = +cpu.s.toFixed(1);
    if (await page.$('#build-error')) {
      out.error = (await page.textContent('#build-error')).trim();
    } else {
      const fact = (f) => page.textContent(`[data-field="${f}"]`);
      out.sb3_bytes = await page.$eval('#download', (a) => fetch(a.href).then((r) => r.blob()).then((b) => b.size));
      out.project_json = (await fact('project_json_bytes')).trim();
      out.list_items = (await fact('list_items')).trim();
    }
    await page.waitForTimeout(200);
    if (worker) {
      out.worker_seconds = worker.millis / 1000;
      out.worker_wasm_memory_mib = mib(worker.memory);
    }
  }
  const renderer = renderers().filter((p) => !before.has(p.pid))
    .sort((a, b) => status(b.pid, 'VmHWM') - status(a.pid, 'VmHWM'))[0];
  if (renderer) {
    out.renderer_peak_rss_mib = mib(status(renderer.pid, 'VmHWM'));
    out.renderer_rss_now_mib = mib(status(renderer.pid, 'VmRSS'));
  }
  out.browser_processes_peak_rss_mib = descendants().map((p) => [p.cmd.match(/--type=(\S+)/)?.[1] || 'browser', mib(status(p.pid, 'VmHWM'))])
    .reduce((acc, [k, v]) => ({...acc, [k]: Math.max(acc[k] || 0, v)}), {});
  await context.close();
  return out;
}

async function main() {
  const [dir, shapes, ...queries] = process.argv.slice(2);
  if (!dir || !shapes || queries.length === 0) {
    console.error('usage: page_big.js DIR SHAPE[,SHAPE] QUERY [QUERY...]');
    process.exit(2);
  }
  const dist = path.join(ROOT, 'dist');
  if (!fs.existsSync(path.join(dist, 'worker_loader.js'))) throw new Error('dist/ is missing: run scripts/build-web.sh first');
  const server = await serve(dist);
  const base = `http://127.0.0.1:${server.address().port}`;
  const browser = await chromium.launch({executablePath: CHROMIUM, headless: true, args: ARGS});
  try {
    for (const shape of shapes.split(',')) {
      for (const q of queries) console.log(JSON.stringify(await one(browser, base, dir, shape, q)));
    }
  } finally {
    await browser.close();
    server.close();
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
