//! Numbers as JavaScript (and so Scratch) prints them: `Number.prototype.toString()` for
//! doubles, which is also valid JSON for every finite value.

/// Formats `x` exactly as JavaScript's `String(x)` does: shortest round-trip digits, no
/// trailing `.0`, exponent form outside `1e-7 <= |x| < 1e21`, and `NaN`, `Infinity`,
/// `-Infinity`. Negative zero prints as `0`, as in JavaScript; use [`js_number_string_signed_zero`]
/// to keep its sign.
pub fn js_number_string(x: f64) -> String {
    if x == 0.0 {
        return "0".to_string();
    }
    js_number_string_signed_zero(x)
}

/// Like [`js_number_string`], but negative zero prints as `-0` (Scratch literals and the
/// runner's output keep the sign this way).
pub fn js_number_string_signed_zero(x: f64) -> String {
    let mut out = String::new();
    push_js_number(&mut out, x);
    out
}

/// Appends `x` as [`js_number_string_signed_zero`] formats it, without allocating
/// (the memory list can hold hundreds of thousands of numbers).
pub fn push_js_number(out: &mut String, x: f64) {
    use std::fmt::Write;
    if x.is_nan() {
        out.push_str("NaN");
        return;
    }
    if x.is_infinite() {
        out.push_str(if x > 0.0 { "Infinity" } else { "-Infinity" });
        return;
    }
    if x == 0.0 {
        out.push_str(if x.is_sign_negative() { "-0" } else { "0" });
        return;
    }
    // Fast path: integers below 2^53 print as plain digits.
    if x.fract() == 0.0 && x.abs() < 9_007_199_254_740_992.0 {
        let _ = write!(out, "{}", x as i64);
        return;
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde-n".
    let mut buf = StackBuf {
        bytes: [0; 40],
        len: 0,
    };
    let _ = write!(buf, "{:e}", x.abs());
    let sci = buf.as_str();
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci, "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let mut digit_buf = [0u8; 24];
    let mut k = 0usize;
    for b in mantissa.bytes().filter(|b| *b != b'.') {
        if k < digit_buf.len() {
            digit_buf[k] = b;
            k += 1;
        }
    }
    // Only ASCII digits went in.
    let digits = std::str::from_utf8(&digit_buf[..k]).unwrap_or("0");
    let k = k as i32;
    let n = exp + 1; // position of the decimal point relative to the digits
    if x < 0.0 {
        out.push('-');
    }
    if k <= n && n <= 21 {
        out.push_str(digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if n > 0 { '+' } else { '-' });
        let _ = write!(out, "{}", (n - 1).abs());
    }
}

/// A fixed buffer for formatting one number without allocating.
struct StackBuf {
    bytes: [u8; 40],
    len: usize,
}

impl StackBuf {
    fn as_str(&self) -> &str {
        std::str::from_utf8(&self.bytes[..self.len]).unwrap_or("0e0")
    }
}

impl std::fmt::Write for StackBuf {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > self.bytes.len() {
            return Err(std::fmt::Error);
        }
        self.bytes[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_javascript_number_to_string() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1"),
            (-1.5, "-1.5"),
            (100.0, "100"),
            (0.1, "0.1"),
            (0.1 + 0.2, "0.30000000000000004"),
            (1e21, "1e+21"),
            (1e20, "100000000000000000000"),
            (123456789012345680000.0, "123456789012345680000"),
            (1e-6, "0.000001"),
            (1e-7, "1e-7"),
            (1.5e-7, "1.5e-7"),
            (-2.5e300, "-2.5e+300"),
            (5e-324, "5e-324"),
            (f64::MAX, "1.7976931348623157e+308"),
            (2147483647.0, "2147483647"),
            (-0.0, "0"),
            (f64::NAN, "NaN"),
            (f64::INFINITY, "Infinity"),
            (f64::NEG_INFINITY, "-Infinity"),
            (0.000123, "0.000123"),
            (123.456, "123.456"),
            (-42.0, "-42"),
            (9007199254740992.0, "9007199254740992"),
            (-9007199254740994.0, "-9007199254740994"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (-5e-324, "-5e-324"),
            (2.5e-7, "2.5e-7"),
            (1.2345678901234567e-5, "0.000012345678901234568"),
        ];
        for (x, want) in cases {
            assert_eq!(js_number_string(*x), *want, "formatting {x:e}");
        }
        assert_eq!(js_number_string_signed_zero(-0.0), "-0");
        assert_eq!(js_number_string_signed_zero(0.0), "0");
    }
}
