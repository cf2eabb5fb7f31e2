//! Sampling, mirroring `seed_rng`, `next_coin` and `sample` in the C program (the comment
//! block above them there is the specification).

use super::forward::Machine;
use crate::pack::header as h;

/// `seed_rng`: state = floor(|seed|) mod (M - 1); 0 means a fresh seed from the clock
/// (floor(clock * 1000) mod (M - 1), 1 if that is 0 too).
pub(super) fn seed_rng(seed: f64, clock: f64, pm_mod: f64) -> f64 {
    let m1 = pm_mod - 1.0;
    let mut s = seed.abs().floor();
    s -= m1 * (s / m1).floor();
    if s == 0.0 {
        s = (clock * 1000.0).floor();
        s -= m1 * (s / m1).floor();
        if s == 0.0 {
            s = 1.0;
        }
    }
    s
}

/// `next_coin`: one Park–Miller step, then (s - 1) / (M - 1).
fn next_coin(m: &mut Machine) -> f64 {
    let t = m.rng * m.pm_mult;
    m.rng = t - m.pm_mod * (t / m.pm_mod).floor();
    (m.rng - 1.0) / (m.pm_mod - 1.0)
}

/// `argmax`: the first maximum.
fn argmax(p: &[f64]) -> usize {
    let mut best = 0;
    let mut max = p[0];
    for (i, &v) in p.iter().enumerate().skip(1) {
        if v > max {
            max = v;
            best = i;
        }
    }
    best
}

/// `sample`: the next token from the logits in the LOGITS buffer.
pub(super) fn sample(m: &mut Machine, temperature: f64, topk: i64, topp: f64) -> usize {
    let vocab = m.vocab;
    let base = m.at(h::LOGITS);
    if temperature <= 0.0 {
        return argmax(&m.mem[base..base + vocab]);
    }
    for i in 0..vocab {
        m.mem[base + i] /= temperature;
    }
    m.softmax(base, vocab);
    let coin = next_coin(m);
    let p = &m.mem[base..base + vocab];
    let use_k = topk > 0 && topk < vocab as i64;
    let use_p = topp > 0.0 && topp < 1.0;
    if !use_k && !use_p {
        let mut cdf = 0.0;
        for (i, &v) in p.iter().enumerate() {
            cdf += v;
            if coin < cdf {
                return i;
            }
        }
        return vocab - 1;
    }
    let mut cand: Vec<usize> = Vec::new();
    if use_p {
        let cutoff = (1.0 - topp) / (vocab - 1) as f64;
        cand = (0..vocab).filter(|&i| p[i] >= cutoff).collect();
    }
    if cand.is_empty() {
        cand = (0..vocab).collect();
    }
    // the C heap pops in exactly this order: probability descending, then lower id
    cand.sort_by(|&a, &b| {
        p[b].partial_cmp(&p[a])
            .unwrap_or(std::cmp::Ordering::Equal)
            .then(a.cmp(&b))
    });
    let limit = if use_k && (topk as usize) < cand.len() {
        topk as usize
    } else {
        cand.len()
    };
    let mut cum = 0.0;
    let mut walked = 0;
    for (i, &id) in cand.iter().take(limit).enumerate() {
        cum += p[id];
        walked = i + 1;
        if use_p && cum > topp {
            break;
        }
    }
    let r = coin * cum;
    let mut cdf = 0.0;
    for &id in &cand[..walked] {
        cdf += p[id];
        if r < cdf {
            return id;
        }
    }
    cand[walked - 1]
}
