//! The size report: list items per part and the bytes the list takes in project.json.

/// Sizes of one image part.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PartSize {
    /// Part name (a header field name, e.g. `WQ`, `KEY_CACHE`).
    pub name: String,
    /// First item.
    pub start: usize,
    /// Items.
    pub items: usize,
    /// Bytes of its numbers in JSON, one comma each.
    pub json_bytes: usize,
}

/// Image size report.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct PackReport {
    /// Total list items.
    pub items: usize,
    /// Bytes of the whole list as a JSON array, numbers as the project writer prints them.
    pub json_bytes: usize,
    /// Header and every part, in image order.
    pub parts: Vec<PartSize>,
    /// What was done to the weights (requantized, copied losslessly, ...).
    pub notes: Vec<String>,
}

/// Bytes the project writer uses for one number (JavaScript's shortest form: `5`, not `5.0`).
pub fn json_number_len(v: f64, buf: &mut String) -> usize {
    buf.clear();
    crate::scratch::json::push_num(buf, v);
    buf.len()
}

impl PackReport {
    /// Measures `items`, split into the header and `parts` (name, start, len).
    pub fn new(items: &[f64], parts: &[(&str, usize, usize)], notes: Vec<String>) -> PackReport {
        let mut buf = String::with_capacity(32);
        let mut measure = |r: &[f64]| r.iter().map(|&v| json_number_len(v, &mut buf) + 1).sum();
        let header_len = super::header::HEADER_SIZE;
        let mut out = vec![PartSize {
            name: "HEADER".into(),
            start: 0,
            items: header_len,
            json_bytes: measure(&items[..header_len]),
        }];
        for &(name, start, len) in parts {
            out.push(PartSize {
                name: name.into(),
                start,
                items: len,
                json_bytes: measure(&items[start..start + len]),
            });
        }
        let sum: usize = out.iter().map(|p| p.json_bytes).sum();
        // "[" + numbers joined by "," + "]": one comma fewer than numbers, plus brackets
        let json_bytes = if items.is_empty() { 2 } else { sum - 1 + 2 };
        PackReport {
            items: items.len(),
            json_bytes,
            parts: out,
            notes,
        }
    }

    /// A human-readable summary.
    pub fn summary(&self) -> String {
        let mut s = format!(
            "image: {} list items, {} bytes of JSON\n",
            self.items, self.json_bytes
        );
        for p in &self.parts {
            s += &format!(
                "  {:<14} {:>9} items {:>10} bytes\n",
                p.name, p.items, p.json_bytes
            );
        }
        for n in &self.notes {
            s += &format!("  note: {n}\n");
        }
        s
    }
}
