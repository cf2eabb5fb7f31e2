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
    if x.is_nan() {
        return "NaN".to_string();
    }
    if x.is_infinite() {
        return if x > 0.0 { "Infinity" } else { "-Infinity" }.to_string();
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0" } else { "0" }.to_string();
    }
    // Rust's `{:e}` gives the shortest round-trip digits: "d.ddde-n".
    let sci = format!("{:e}", x.abs());
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let k = digits.len() as i32;
    let n = exp + 1; // position of the decimal point relative to the digits
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    if k <= n && n <= 21 {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', (n - k) as usize));
    } else if 0 < n && n <= 21 {
        out.push_str(&digits[..n as usize]);
        out.push('.');
        out.push_str(&digits[n as usize..]);
    } else if -6 < n && n <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-n) as usize));
        out.push_str(&digits);
    } else {
        out.push_str(&digits[..1]);
        if k > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if n > 0 { '+' } else { '-' });
        out.push_str(&(n - 1).abs().to_string());
    }
    out
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
        ];
        for (x, want) in cases {
            assert_eq!(js_number_string(*x), *want, "formatting {x:e}");
        }
        assert_eq!(js_number_string_signed_zero(-0.0), "-0");
        assert_eq!(js_number_string_signed_zero(0.0), "0");
    }
}
