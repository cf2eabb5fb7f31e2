// Runs corpus programs compiled from their committed .ll to real WebAssembly (by
// wasm_check.sh) and compares their output with expected/NAME.json. This checks the
// oracle itself: the wasm32 IR computes what the native x86-64 build printed.
//
//   node tests/c/wasm_check.js NAME.O0=path/NAME.O0.wasm NAME.O2=path/NAME.O2.wasm ...
'use strict';
const fs = require('fs');
const path = require('path');

// The expected file's items as JS values (numbers, or one-character strings).
function decode(item) {
  const specials = { NaN: NaN, Infinity: Infinity, '-Infinity': -Infinity, '-0': -0 };
  return typeof item === 'string' && item in specials ? specials[item] : item;
}

function same(a, b) {
  if (typeof a !== typeof b) return false;
  if (typeof a === 'number') return Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));
  return a === b;
}

function show(v) {
  return typeof v === 'number' ? (Object.is(v, -0) ? '-0' : String(v)) : JSON.stringify(v);
}

function run(file) {
  const out = [];
  let mem = null;
  const bytes = () => new Uint8Array(mem.buffer);
  const env = {
    sb3_out_int: (v) => { out.push(v | 0); },
    sb3_out_double: (v) => { out.push(v); },
    sb3_out_char: (c) => {
      if (c < 0 || c > 255) throw new Error(`sb3_out_char(${c}) outside 0..255`);
      out.push(String.fromCharCode(c));
    },
    memcpy: (d, s, n) => { bytes().copyWithin(d, s, s + n); return d; },
    memmove: (d, s, n) => { bytes().copyWithin(d, s, s + n); return d; },
    memset: (d, c, n) => { bytes().fill(c & 255, d, d + n); return d; },
    exp: Math.exp,
  };
  const inst = new WebAssembly.Instance(new WebAssembly.Module(fs.readFileSync(file)), { env });
  mem = inst.exports.memory;
  inst.exports.main();
  return out;
}

let failed = 0;
let passed = 0;
for (const arg of process.argv.slice(2)) {
  const eq = arg.indexOf('=');
  const tag = arg.slice(0, eq);
  const name = tag.replace(/\.O[0-9s]$/, '');
  const expected = JSON.parse(
    fs.readFileSync(path.join(__dirname, 'expected', `${name}.json`), 'utf8')).map(decode);
  let got;
  try {
    got = run(arg.slice(eq + 1));
  } catch (e) {
    console.log(`${tag}: trapped: ${e.message}`);
    failed++;
    continue;
  }
  const n = Math.min(expected.length, got.length);
  let i = 0;
  while (i < n && same(expected[i], got[i])) i++;
  if (i < n || expected.length !== got.length) {
    console.log(`${tag}: item ${i}: expected ${i < expected.length ? show(expected[i]) : 'nothing'},` +
      ` got ${i < got.length ? show(got[i]) : 'nothing'} (${expected.length} expected, ${got.length} got)`);
    failed++;
  } else {
    passed++;
  }
}
console.log(`wasm_check: ${passed} match, ${failed} differ`);
process.exit(failed ? 1 : 0);
