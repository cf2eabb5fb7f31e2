'use strict';
// The median of a list of numbers (NaN for none): the benchmarks' summary of interleaved runs.
const median = xs => {
    const s = xs.slice().sort((a, b) => a - b);
    const m = s.length >> 1;
    return s.length ? (s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2) : NaN;
};

module.exports = {median};
