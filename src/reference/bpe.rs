//! BPE encode, mirroring `prompt_to_utf8`, `lookup`, `pair_update` and `encode` in the C
//! program (llama2.c run.c's encode with bos=1, eos=0, and a pair cache that gives the same
//! merges: the highest score, the leftmost pair on ties).

use super::forward::Machine;
use super::RefError;
use crate::pack::header as h;

/// `prompt_to_utf8`: the prompt's UTF-16 units (or -1) as UTF-8 bytes, cut at a character
/// that would overflow the buffer.
fn prompt_to_utf8(chars: &[i64], cap: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let mut c = chars[i];
        if (0xD800..0xDC00).contains(&c) && i + 1 < chars.len() {
            let d = chars[i + 1];
            if (0xDC00..0xE000).contains(&d) {
                c = 0x10000 + (c - 0xD800) * 1024 + (d - 0xDC00);
                i += 1;
            }
        }
        i += 1;
        if !(0..=0x10FFFF).contains(&c) || (0xD800..0xE000).contains(&c) {
            c = 0xFFFD;
        }
        if c == 0 {
            continue;
        }
        let ch = char::from_u32(c as u32).unwrap_or('\u{FFFD}');
        let mut buf = [0u8; 4];
        let enc = ch.encode_utf8(&mut buf).as_bytes();
        if out.len() + enc.len() > cap {
            break;
        }
        out.extend_from_slice(enc);
    }
    out
}

/// `cmp_token`: compares key with token t's bytes (strcmp order).
fn lookup(m: &Machine, key: &[u8]) -> Result<Option<usize>, RefError> {
    let sorted = m.at(h::TOK_SORTED);
    let (mut lo, mut hi) = (0usize, m.vocab);
    while lo < hi {
        let mid = (lo + hi) / 2;
        let t = m.mem[sorted + mid] as usize;
        if key > m.token_bytes(t)?.as_slice() {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    if lo < m.vocab {
        let t = m.mem[sorted + lo] as usize;
        if key == m.token_bytes(t)?.as_slice() {
            return Ok(Some(t));
        }
    }
    Ok(None)
}

fn pair(m: &Machine, a: usize, b: usize) -> Result<Option<(usize, f64)>, RefError> {
    let mut key = m.token_bytes(a)?;
    key.extend(m.token_bytes(b)?);
    let score = m.at(h::TOK_SCORE);
    Ok(lookup(m, &key)?.map(|id| (id, m.mem[score + id])))
}

/// `encode`: the prompt's tokens, BOS first. (The C program keeps them in the image's
/// prompt buffers; the reference keeps them in a Vec.)
pub(super) fn encode(m: &mut Machine, chars: &[i64]) -> Result<Vec<usize>, RefError> {
    let bytes = prompt_to_utf8(chars, m.prompt_cap);
    let mut tokens = vec![m.bos];
    if !bytes.is_empty() {
        if let Some(id) = lookup(m, b" ")? {
            tokens.push(id);
        }
    }
    let mut start = 0;
    for i in 0..bytes.len() {
        let c = bytes[i];
        if !(128..192).contains(&c) {
            start = i;
        }
        let len = i - start + 1;
        if i + 1 < bytes.len() && (128..192).contains(&bytes[i + 1]) && len < 4 {
            continue;
        }
        match lookup(m, &bytes[start..=i])? {
            Some(id) => tokens.push(id),
            None => {
                for &b in &bytes[start..=i] {
                    let t = b as usize + 3;
                    if t < m.vocab {
                        tokens.push(t);
                    }
                }
            }
        }
        start = i + 1;
    }
    let mut pairs = Vec::new();
    for i in 0..tokens.len().saturating_sub(1) {
        pairs.push(pair(m, tokens[i], tokens[i + 1])?);
    }
    loop {
        let mut best = -1e10;
        let mut at = None;
        for (i, p) in pairs.iter().enumerate() {
            if let Some((_, score)) = *p {
                if score > best {
                    best = score;
                    at = Some(i);
                }
            }
        }
        let Some(at) = at else { break };
        tokens[at] = pairs[at].map(|p| p.0).unwrap_or(0);
        tokens.remove(at + 1);
        if at + 1 < pairs.len() {
            pairs.remove(at + 1);
        }
        pairs.truncate(tokens.len() - 1);
        if at > 0 {
            pairs[at - 1] = pair(m, tokens[at - 1], tokens[at])?;
        }
        if at + 1 < tokens.len() {
            pairs[at] = pair(m, tokens[at], tokens[at + 1])?;
        }
    }
    Ok(tokens)
}
