//! Comparison of a VM's `out` list with the native expected output, item by item.
//!
//! Both sides use the runner's JSON form: numbers are JSON numbers, characters are
//! one-character strings, and the doubles JSON cannot spell are the strings "NaN",
//! "Infinity", "-Infinity" and "-0". Numbers must be numbers with the same f64 bit
//! pattern (any NaN equals any NaN); strings must be equal exactly (case matters).

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
            (Item::Num(a), Item::Num(b)) => {
                (a.is_nan() && b.is_nan()) || a.to_bits() == b.to_bits()
            }
            (Item::Text(a), Item::Text(b)) => a == b,
            _ => false,
        }
    }

    /// The item as a reader wants to see it in a failure message.
    pub fn show(&self) -> String {
        match self {
            Item::Num(x) if x.is_nan() => "NaN".into(),
            Item::Num(x) if *x == 0.0 && x.is_sign_negative() => "-0".into(),
            Item::Num(x) => format!("{x:?}"),
            Item::Text(s) => format!("{s:?} (text)"),
        }
    }
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
            "item 3: expected -0, got 0.0 (7 items expected, 7 got)"
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
        // The character "5" is not the number 5.
        let g = items(json!([
            1,
            0.30000000000000004,
            "NaN",
            "-0",
            "Infinity",
            "a",
            5
        ]));
        assert!(first_difference(&e, &g).unwrap().starts_with("item 6:"));
    }

    #[test]
    fn last_bit_and_length_differences_are_found() {
        let e = items(json!([0.1, 2]));
        let g = items(json!([0.10000000000000002, 2]));
        assert!(first_difference(&e, &g).unwrap().starts_with("item 0:"));
        let g = items(json!([0.1]));
        assert_eq!(
            first_difference(&e, &g).unwrap(),
            "item 1: missing item 2.0 (2 items expected, 1 got)"
        );
        let g = items(json!([0.1, 2, "x"]));
        assert!(first_difference(&e, &g)
            .unwrap()
            .contains("extra item \"x\""));
        assert!(items_from_json(&json!([true])).is_err());
    }
}
