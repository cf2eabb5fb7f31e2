'use strict';
// bench.js's TurboWarp modes, as `opts.vmSettings` of lib/turbowarp.js: the editor's defaults
// (warp timer on), the player's (warp timer off) and the editor with turbo mode on. A module
// of its own so that vanilla-only runs need not load the browser driver.
const TW_MODES = {
    'tw-editor': {defaults: true, warpTimer: true},
    'tw-player': {defaults: true, warpTimer: false},
    'tw-turbo': {defaults: true, warpTimer: true, turbo: true},
};

module.exports = {TW_MODES};
