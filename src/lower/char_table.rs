//! The character table behind `sb3_prompt_char`: how Scratch blocks tell a prompt letter's
//! exact Unicode code although Scratch compares text case-insensitively.
//!
//! `item # of (letter) in [chars]` finds the first item whose lowercase equals the letter's
//! lowercase (scratch-vm and TurboWarp both compare `toLowerCase()` strings), so it returns
//! the smallest code of the letter's *case class* (all characters with the same full
//! lowercase mapping, e.g. {K, k, U+212A KELVIN SIGN} or {Ǆ, ǅ, ǆ}). `switch costume to
//! (letter)` matches costume names exactly, so every class member other than that smallest
//! one gets a costume named after it; `item (costume # - 1) of [case codes]` is its code.
//! The classes come from Rust's Unicode data (`char::to_lowercase`), over the whole Basic
//! Multilingual Plane, for every class that has a member in the `chars` range.

use std::collections::BTreeMap;
use std::sync::OnceLock;

/// Last code point of the `chars` list (item `c + 1` is the character with code `c`): Latin,
/// Greek, Cyrillic, Armenian, Hebrew, Arabic, Indic scripts, Georgian, general punctuation
/// (’ “ …), currency (€), arrows, math, box drawing, kana. CJK ideographs start beyond it.
pub(crate) const CHARS_END: u32 = 0x33FF;

/// Lowest code of a character that needs a costume lookup: every case class's smallest
/// member is at least `A` (65); digits (whose names `switch costume to` reads as costume
/// numbers) are below it.
pub(crate) const FIRST_CASED: u32 = 65;

/// The lowering's character table.
#[derive(Debug)]
pub(crate) struct CharTable {
    /// Items of the `chars` list: item `c + 1` is the character with code `c`, `0..=CHARS_END`.
    pub(crate) chars: Vec<String>,
    /// Characters told apart by a costume named after them, in costume order (costume `k + 2`
    /// is `cased[k]`; costume 1 is the sprite's look). Item `k + 1` of `case codes` is its code.
    pub(crate) cased: Vec<char>,
}

/// The character table (computed once).
pub(crate) fn char_table() -> &'static CharTable {
    static TABLE: OnceLock<CharTable> = OnceLock::new();
    TABLE.get_or_init(build)
}

fn lower_key(c: char) -> String {
    c.to_lowercase().collect()
}

fn build() -> CharTable {
    let chars = (0..=CHARS_END)
        .map(|c| char::from_u32(c).map(String::from).unwrap_or_default())
        .collect();
    // case classes over the BMP (beyond it a letter arrives as two lone surrogates)
    let mut classes: BTreeMap<String, Vec<char>> = BTreeMap::new();
    for c in (0..=0xFFFFu32).filter_map(char::from_u32) {
        classes.entry(lower_key(c)).or_default().push(c);
    }
    let mut cased: Vec<char> = classes
        .into_values()
        .filter(|members| members.len() > 1 && (members[0] as u32) <= CHARS_END)
        .flat_map(|members| members.into_iter().skip(1))
        .collect();
    cased.sort_unstable();
    CharTable { chars, cased }
}

impl CharTable {
    /// Names of the letter-case costumes, in costume order after costume 1.
    pub(crate) fn costume_names(&self) -> impl Iterator<Item = String> + '_ {
        self.cased.iter().map(|c| c.to_string())
    }

    /// What the blocks of `sb3_prompt_char` compute for the one-letter text `letter`, with
    /// Rust's lowercase standing in for the VM's: its code, or -1 when it is not in the table.
    #[cfg(test)]
    pub(crate) fn lookup(&self, letter: &str) -> i64 {
        let key = letter.to_lowercase();
        let Some(k) = self
            .chars
            .iter()
            .position(|item| !item.is_empty() && item.to_lowercase() == key)
        else {
            return -1;
        };
        let mut code = k as i64;
        if code >= FIRST_CASED as i64 {
            if let Some(j) = self.cased.iter().position(|c| c.to_string() == letter) {
                code = self.cased[j] as i64;
            }
        }
        code
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_table_character_maps_to_its_own_code() {
        let t = char_table();
        for c in (0..=CHARS_END)
            .filter_map(char::from_u32)
            .chain(t.cased.iter().copied())
        {
            assert_eq!(
                t.lookup(&c.to_string()),
                c as i64,
                "U+{:04X} {c:?}",
                c as u32
            );
        }
    }

    #[test]
    fn case_partners_beyond_latin1_are_told_apart() {
        let t = char_table();
        for c in "ΩωΨψЖжĞğǄǅǆKkKÅåÅΣσςİıẞßԱաႠⴀ".chars() {
            assert_eq!(t.lookup(&c.to_string()), c as i64, "{c:?}");
        }
        // partners outside `chars` whose lowercase is inside it still read exactly
        for c in ['\u{A7AB}', '\u{A78D}', '\u{AB70}'] {
            assert_eq!(t.lookup(&c.to_string()), c as i64, "{c:?}");
        }
    }

    #[test]
    fn characters_outside_the_table_read_as_unknown() {
        let t = char_table();
        for c in ["中", "\u{FF21}", "\u{3400}"] {
            assert_eq!(t.lookup(c), -1, "{c:?}");
        }
    }

    #[test]
    fn costume_names_are_distinct_letters_that_are_not_numbers() {
        let t = char_table();
        let names: std::collections::HashSet<String> = t.costume_names().collect();
        assert_eq!(names.len(), t.cased.len());
        assert!(t
            .cased
            .iter()
            .all(|c| !c.is_ascii_digit() && !c.is_whitespace() && (*c as u32) >= FIRST_CASED));
        assert!(!names.contains("costume1"));
    }
}
