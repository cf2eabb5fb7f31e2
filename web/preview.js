// The page's preview: runs a built .sb3 in TurboWarp's player (Scaffolding, from npm
// @turbowarp/packager, MPL-2.0; vendor/scaffolding-min.js is loaded before this file by
// index.html's llm2sb3Preview). Draws into #preview-player, writes the project's readouts
// (state, tokens, tokens per second) into #preview-status.
'use strict';
window.llm2sb3Player = (function () {
  var player = null;
  var timer = null;

  // A variable's value by name, from any sprite or the stage.
  function variable(vm, name) {
    var targets = vm.runtime.targets;
    for (var i = 0; i < targets.length; i++) {
      var vars = targets[i].variables;
      for (var id in vars) {
        if (vars[id].name === name && vars[id].type === '') return vars[id].value;
      }
    }
    return null;
  }

  function snapshot() {
    if (!player) return null;
    var vm = player.vm;
    return {
      state: String(variable(vm, 'state') ?? ''),
      tokens: Number(variable(vm, 'tokens') ?? 0),
      rate: Number(variable(vm, 'tokens per second') ?? 0),
      story: String(variable(vm, 'story') ?? ''),
      running: vm.runtime.threads.length > 0,
    };
  }

  function show() {
    var status = document.getElementById('preview-status');
    var s = snapshot();
    if (!status || !s) return;
    var parts = [];
    if (s.state) parts.push(s.state);
    parts.push(s.tokens + ' tokens');
    if (s.rate > 0) parts.push(s.rate.toFixed(s.rate < 10 ? 1 : 0) + ' tokens/s');
    status.textContent = parts.join(' · ');
  }

  function stop() {
    if (timer) clearInterval(timer);
    timer = null;
    if (!player) return;
    var p = player;
    player = null;
    try {
      p.stopAll();
      p.vm.quit();
      var gl = p.renderer && p.renderer._gl;
      var lose = gl && gl.getExtension('WEBGL_lose_context');
      if (lose) lose.loseContext();
    } catch (e) {
      console.warn('preview: stopping the player:', e && e.message);
    }
    var el = document.getElementById('preview-player');
    if (el) el.textContent = '';
    var status = document.getElementById('preview-status');
    if (status) status.textContent = 'Stopped.';
  }

  async function run(url) {
    stop();
    var el = document.getElementById('preview-player');
    if (!el) throw new Error('the preview area is gone (the result changed)');
    var bytes = await (await fetch(url)).arrayBuffer();
    var s = new Scaffolding.Scaffolding();
    s.width = 480;
    s.height = 360;
    s.resizeMode = 'preserve-ratio';
    s.setup();
    s.appendTo(el);
    s.setAccentColor('#1f5fbf');
    // as fast as TurboWarp goes: turbo mode, 60 frames per second (the page's speed
    // estimate assumes the same)
    s.vm.setTurboMode(true);
    s.vm.setFramerate(60);
    player = s;
    await s.loadProject(bytes);
    if (player !== s) return; // stopped while loading
    s.relayout();
    s.start(); // starts the VM and presses the green flag
    var asked = null;
    timer = setInterval(function () {
      show();
      // focus each new question once, so typing (or just Enter) answers it
      var q = el.querySelector('.sc-question-input');
      if (q && q !== asked && q.offsetParent !== null) {
        asked = q;
        q.focus();
      }
    }, 250);
    show();
  }

  return {run: run, stop: stop, snapshot: snapshot};
})();
