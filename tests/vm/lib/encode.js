'use strict';
// Encodes Scratch values for JSON output: numbers stay JSON numbers, strings stay strings;
// NaN, Infinity, -Infinity become the strings "NaN", "Infinity", "-Infinity" and negative
// zero the string "-0" (JSON cannot hold them).

function encodeValue(v) {
    if (typeof v === 'number') {
        if (Number.isNaN(v)) return 'NaN';
        if (v === Infinity) return 'Infinity';
        if (v === -Infinity) return '-Infinity';
        if (v === 0 && 1 / v < 0) return '-0';
        return v;
    }
    if (typeof v === 'string' || typeof v === 'boolean') return v;
    return String(v);
}

// Must stay self-contained: it is also sent into the browser page as source text.
module.exports = {encodeValue};
