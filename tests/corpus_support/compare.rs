//! Comparison of a VM's `out` list with the native expected output, item by item.
//!
//! Both sides use the runner's JSON form: numbers are JSON numbers, characters are
//! one-character strings, and the doubles JSON cannot spell are the strings "NaN",
//! "Infinity", "-Infinity" and "-0". Numbers compare by f64 bit pattern (any NaN equals
//! any NaN); strings compare exactly (case matters).
//!
//! One allowance, for what Scratch shows: the VMs do not agree on whether a literal is a
//! number or a string (vanilla keeps the text "7" of a block input as a string, TurboWarp's
//! compiler turns it into the number 7), and a list shows both the same. So a number also
//! matches a string that spells it ("7" for 7, parsed back to the same bits), and a digit
//! character matches the number it spells. Nothing else crosses types: " " is not 0, and
//! "0" is not -0.

use serde_json::Value;

/// One output item, decoded from the JSON form.
#[derive(Debug, Clone, PartialEq)]
pub enum Item {
    /// A number (from `sb3_out_int` or `sb3_out_double`), including the special doubles.
    Num(f64),
    /// A string item (from `sb3_out_char`, or a number the VM left as text).
    Text(String),
}

impl Item {
    /// Decodes one JSON array element; anything but a number or a string is an error.
    pub fn from_json(v: &Value) -> Result<Item, String> {
        match v {
            Value::Number(n) => n
                .as_f64()
                .map(Item::Num)
                .ok_or_else(|| format!("number {n} does not fit an f64")),
            Value::String(s) => Ok(match s.as_str() {
                "NaN" => Item::Num(f64::NAN),
                "Infinity" => Item::Num(f64::INFINITY),
                "-Infinity" => Item::Num(f64::NEG_INFINITY),
                "-0" => Item::Num(-0.0),
                _ => Item::Text(s.clone()),
            }),
            other => Err(format!("expected a number or a string, found {other}")),
        }
    }

    /// Whether two items are the same output: numbers by bit pattern (NaNs all equal),
    /// strings exactly.
    pub fn same(&self, other: &Item) -> bool {
        match (self, other) {
            (Item::Num(a), Item::Num(b)) => same_num(*a, *b),
            (Item::Text(a), Item::Text(b)) => a == b,
            (Item::Num(n), Item::Text(t)) | (Item::Text(t), Item::Num(n)) => {
                let digit = t.len() == 1 && t.as_bytes()[0].is_ascii_digit();
                (digit || plain_number_text(t)) && t.parse::<f64>().is_ok_and(|v| same_num(v, *n))
            }
        }
    }

    /// The item as a reader wants to see it in a failure message.
    pub fn show(&self) -> String {
        match self {
            Item::Num(x) if x.is_nan() => "NaN".into(),
            Item::Num(x) if *x == 0.0 && x.is_sign_negative() => "-0".into(),
            Item::Num(x) if x.abs() < 1e16 => format!("{x}"),
            Item::Num(x) => format!("{x:e}"),
            Item::Text(s) => format!("{s:?} (text)"),
        }
    }
}

fn same_num(a: f64, b: f64) -> bool {
    (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
}

/// Whether `t` is a number written the way JavaScript prints one: an optional minus,
/// digits without a leading zero, an optional fraction and exponent; no spaces, no "+",
/// no "Infinity"/"NaN" (those are the runner's spellings of non-finite numbers).
fn plain_number_text(t: &str) -> bool {
    let body = t.strip_prefix('-').unwrap_or(t);
    let (mantissa, exponent) = match body.split_once('e') {
        Some((m, e)) => (m, Some(e)),
        None => (body, None),
    };
    let (int, frac) = match mantissa.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (mantissa, None),
    };
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    digits(int)
        && (int == "0" || !int.starts_with('0'))
        && frac.is_none_or(|f| digits(f) && !f.ends_with('0'))
        && exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)))
}

/// Decodes a JSON array of output items.
pub fn items_from_json(v: &Value) -> Result<Vec<Item>, String> {
    let arr = v
        .as_array()
        .ok_or_else(|| format!("expected a JSON array of items, found {v}"))?;
    arr.iter()
        .enumerate()
        .map(|(i, x)| Item::from_json(x).map_err(|e| format!("item {i}: {e}")))
        .collect()
}

/// Compares `got` with `expected`; `None` if identical, else a one-line description of
/// the first difference (index, both values, both lengths).
pub fn first_difference(expected: &[Item], got: &[Item]) -> Option<String> {
    let n = expected.len().min(got.len());
    if let Some(i) = (0..n).find(|&i| !expected[i].same(&got[i])) {
        return Some(format!(
            "item {i}: expected {}, got {} ({} items expected, {} got)",
            expected[i].show(),
            got[i].show(),
            expected.len(),
            got.len()
        ));
    }
    if expected.len() != got.len() {
        let (which, extra) = if got.len() < expected.len() {
            ("missing", &expected[n])
        } else {
            ("extra", &got[n])
        };
        return Some(format!(
            "item {n}: {which} item {} ({} items expected, {} got)",
            extra.show(),
            expected.len(),
            got.len()
        ));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn items(v: Value) -> Vec<Item> {
        items_from_json(&v).unwrap()
    }

    #[test]
    fn special_doubles_and_chars_decode_and_compare() {
        let e = items(json!([
            1,
            0.30000000000000004,
            "NaN",
            "-0",
            "Infinity",
            "a",
            "5"
        ]));
        assert_eq!(first_difference(&e, &e.clone()), None);
        // A differently spelled NaN is still NaN; -0 is not 0; "A" is not "a".
        let g = items(json!([
            1.0,
            0.30000000000000004,
            "NaN",
            0,
            "Infinity",
            "a",
            "5"
        ]));
        assert_eq!(
            first_difference(&e, &g).unwrap(),
            "item 3: expected -0, got 0 (7 items expected, 7 got)"
        );
        let g = items(json!([
            1,
            0.30000000000000004,
            "NaN",
            "-0",
            "Infinity",
            "A",
            "5"
        ]));
        assert!(first_difference(&e, &g).unwrap().starts_with("item 5:"));
        // The character "5" shows as the number 5 does, but not as 6.
        let mut g = e.clone();
        g[6] = Item::Num(5.0);
        assert_eq!(first_difference(&e, &g), None);
        g[6] = Item::Num(6.0);
        assert!(first_difference(&e, &g).unwrap().starts_with("item 6:"));
    }

    #[test]
    fn numbers_written_as_text_match_only_when_they_spell_the_same_number() {
        let e = items(json!([7, "7", -12.5, 1e21, 0, "-0", 3]));
        let g = items(json!(["7", 7, "-12.5", "1e+21", "0", "-0", "3"]));
        assert_eq!(first_difference(&e, &g), None);
        for (exp, got) in [
            (json!([0]), json!([" "])),
            (json!([0]), json!([""])),
            (json!(["-0"]), json!(["0"])),
            (json!([7]), json!(["07"])),
            (json!([7]), json!(["7.0"])),
            (json!([7]), json!(["+7"])),
            (json!([7]), json!([" 7"])),
            (json!(["a"]), json!([97])),
            (json!([12]), json!(["12.000000000000001"])),
        ] {
            let (e, g) = (items(exp), items(got));
            assert!(
                first_difference(&e, &g).is_some(),
                "{e:?} should differ from {g:?}"
            );
        }
    }

    #[test]
    fn last_bit_and_length_differences_are_found() {
        let e = items(json!([0.1, 2]));
        let g = items(json!([0.10000000000000002, 2]));
        assert!(first_difference(&e, &g).unwrap().starts_with("item 0:"));
        let g = items(json!([0.1]));
        assert_eq!(
            first_difference(&e, &g).unwrap(),
            "item 1: missing item 2 (2 items expected, 1 got)"
        );
        let g = items(json!([0.1, 2, "x"]));
        assert!(first_difference(&e, &g)
            .unwrap()
            .contains("extra item \"x\""));
        assert!(items_from_json(&json!([true])).is_err());
    }
}
