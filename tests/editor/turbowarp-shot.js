#!/usr/bin/env node
'use strict';
// A screenshot of a built project on TurboWarp's stage (the VM, renderer, monitors and
// question box of npm @turbowarp/packager's scaffolding, from tests/vm/node_modules), after
// the green flag, an answer and the story: node turbowarp-shot.js FILE.sb3 OUT.png [ANSWER]

const fs = require('fs');
const path = require('path');
const {chromium} = require('playwright-core');

const SCAFFOLDING = path.join(__dirname, '..', 'vm', 'node_modules', '@turbowarp', 'packager', 'dist',
  'scaffolding', 'scaffolding-min.js');

async function main() {
  const [file, out, answer = 'the cat'] = process.argv.slice(2);
  if (!file || !out) throw new Error('usage: node turbowarp-shot.js FILE.sb3 OUT.png [ANSWER]');
  const browser = await chromium.launch({executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--enable-unsafe-swiftshader']});
  try {
    const page = await browser.newPage({viewport: {width: 480, height: 360}});
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.setContent('<!doctype html><meta charset="utf-8"><style>html,body{margin:0;width:480px;height:360px;overflow:hidden}</style><body></body>');
    await page.addScriptTag({path: SCAFFOLDING});
    const b64 = fs.readFileSync(file).toString('base64');
    await page.evaluate(async (data) => {
      const bin = atob(data);
      const bytes = new Uint8Array(bin.length);
      for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
      const s = new Scaffolding.Scaffolding();
      s.width = 480;
      s.height = 360;
      s.setup();
      s.appendTo(document.body);
      s.relayout();
      window.vm = s.vm;
      s.vm.setFramerate(60);
      s.vm.setCompilerOptions({enabled: true, warpTimer: false});
      await s.loadProject(bytes.buffer);
      s.vm.start();
      s.greenFlag();
    }, b64);
    const input = page.locator('input:not([type=range])').first();
    await input.waitFor({timeout: 60000});
    await input.fill(answer);
    await input.press('Enter');
    await page.waitForFunction(() => {
      const s = Object.values(window.vm.runtime.getTargetForStage().variables).find((v) => v.name === 'status');
      return s && String(s.value) === 'done';
    }, null, {timeout: 120000, polling: 500}).catch(async (e) => {
      await page.screenshot({path: out});
      const vars = await page.evaluate(() => Object.values(window.vm.runtime.getTargetForStage().variables)
        .map((v) => `${v.name}=${String(v.value).slice(0, 40)}`).join(', '));
      throw new Error(`${e.message}; stage variables: ${vars}`);
    });
    await page.waitForTimeout(500);
    await page.screenshot({path: out});
    const story = await page.evaluate(() => String(Object.values(window.vm.runtime.getTargetForStage().variables)
      .find((v) => v.name === 'story').value));
    console.log(JSON.stringify({out, story, page_errors: errors.length}));
  } finally {
    await browser.close();
  }
}

main().catch((e) => { console.error(e.stack || e); process.exit(1); });
