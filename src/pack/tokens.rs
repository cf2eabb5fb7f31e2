//! Tokenizer data for the image (bytes, scores, sorted index) and run.c's decode rules.

use crate::model::Tokenizer;

/// A token's bytes as run.c sees them: a C string, so up to its first NUL.
pub fn c_bytes(tok: &Tokenizer, id: usize) -> &[u8] {
    let b = &tok.vocab[id];
    match b.iter().position(|&c| c == 0) {
        Some(n) => &b[..n],
        None => b,
    }
}

/// Token ids sorted by their C-string bytes (byte-wise, as strcmp), ties by lower id. The
/// program's lookup finds the lowest id among equal strings.
pub fn sorted_ids(tok: &Tokenizer) -> Vec<usize> {
    let mut ids: Vec<usize> = (0..tok.vocab.len()).collect();
    ids.sort_by(|&a, &b| c_bytes(tok, a).cmp(c_bytes(tok, b)).then(a.cmp(&b)));
    ids
}

fn hex(c: u8) -> Option<u8> {
    (c as char).to_digit(16).map(|d| d as u8)
}

/// The byte of a `<0xHH>` token (run.c's `sscanf(piece, "<0x%02hhX>")`: one or two hex
/// digits after `<0x`), or None.
pub fn byte_token(piece: &[u8]) -> Option<u8> {
    let rest = piece.strip_prefix(b"<0x")?;
    let d0 = hex(*rest.first()?)?;
    match rest.get(1).and_then(|&c| hex(c)) {
        Some(d1) => Some(d0 * 16 + d1),
        None => Some(d0),
    }
}

/// Whether run.c's safe_printf prints a one-byte piece: isprint or isspace in the C locale.
pub fn printable_byte(b: u8) -> bool {
    (0x20..=0x7e).contains(&b) || (0x09..=0x0d).contains(&b)
}

/// The bytes run.c prints for `token` after `prev` (decode + safe_printf): the leading space
/// is dropped after BOS (id 1), `<0xHH>` becomes that byte, a single byte that is neither
/// printable nor whitespace prints nothing.
pub fn decode_piece(tok: &Tokenizer, prev: usize, token: usize) -> Vec<u8> {
    let mut piece = c_bytes(tok, token);
    if prev == 1 && piece.first() == Some(&b' ') {
        piece = &piece[1..];
    }
    let owned;
    if let Some(b) = byte_token(piece) {
        owned = [b];
        piece = &owned;
    }
    if piece.len() == 1 && !printable_byte(piece[0]) {
        return Vec::new();
    }
    piece.to_vec()
}

/// The display text of a token alone (the Scratch side's per-token string): run.c's decode
/// after a non-BOS token, as UTF-8 (invalid sequences become U+FFFD). The program emits it
/// without its first character when the token follows BOS and starts with a space.
pub fn display_text(tok: &Tokenizer, token: usize) -> String {
    String::from_utf8_lossy(&decode_piece(tok, 0, token)).into_owned()
}

/// The display text of every token, indexed by id (the list the Scratch side emits from).
pub fn display_texts(tok: &Tokenizer) -> Vec<String> {
    (0..tok.vocab.len()).map(|i| display_text(tok, i)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tok(words: &[&[u8]]) -> Tokenizer {
        Tokenizer {
            max_token_length: 8,
            vocab: words.iter().map(|w| w.to_vec()).collect(),
            scores: vec![0.0; words.len()],
        }
    }

    #[test]
    fn decode_follows_run_c() {
        let t = tok(&[
            b"<unk>", b"<s>", b" a", b"<0x41>", b"<0x0A>", b"<0x01>", b"<0xC3>", b"x\0y",
        ]);
        assert_eq!(decode_piece(&t, 1, 2), b"a");
        assert_eq!(decode_piece(&t, 2, 2), b" a");
        assert_eq!(decode_piece(&t, 2, 3), b"A");
        assert_eq!(decode_piece(&t, 2, 4), b"\n");
        assert_eq!(decode_piece(&t, 2, 5), b"");
        assert_eq!(decode_piece(&t, 2, 6), b"");
        assert_eq!(decode_piece(&t, 2, 7), b"x");
        assert_eq!(display_text(&t, 3), "A");
    }

    #[test]
    fn sorted_index_is_strcmp_order_then_id() {
        let t = tok(&[b"b", b"a", b"ab", b"\xc3\xa9", b"a", b"B"]);
        assert_eq!(sorted_ids(&t), vec![5, 1, 4, 2, 0, 3]);
    }
}
