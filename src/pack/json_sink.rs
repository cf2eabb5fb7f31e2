//! Writes packed items straight into project.json as comma-separated numbers (the way the
//! project writer prints them), so the image never exists as a whole in memory: the build's
//! peak is the checkpoint plus the compressed output, not the JSON.

use std::io::Write;

use super::builder::ItemSink;
use super::plan::Slot;
use super::report::PartSize;
use crate::scratch::json::push_num;

/// An [`ItemSink`] that prints the first `stored` items as JSON numbers into a writer and
/// counts (but does not write) the rest; it measures every part.
pub struct JsonSink<'a> {
    out: &'a mut dyn Write,
    buf: String,
    stored: usize,
    seen: usize,
    bytes: usize,
    parts: Vec<PartSize>,
    error: Option<std::io::Error>,
}

impl<'a> JsonSink<'a> {
    /// A sink writing into `out`; items from index `stored` on are not written.
    pub fn new(out: &'a mut dyn Write, stored: usize) -> JsonSink<'a> {
        JsonSink {
            out,
            buf: String::with_capacity(1 << 17),
            stored,
            seen: 0,
            bytes: 0,
            parts: Vec::new(),
            error: None,
        }
    }

    fn flush_buf(&mut self) {
        if self.error.is_none() {
            if let Err(e) = self.out.write_all(self.buf.as_bytes()) {
                self.error = Some(e);
            }
        }
        self.bytes += self.buf.len();
        if let Some(p) = self.parts.last_mut() {
            p.json_bytes += self.buf.len();
        }
        self.buf.clear();
    }

    /// Flushes and returns the bytes written and the per-part sizes (items and bytes; parts
    /// past `stored` have 0 bytes), or the first write error.
    pub fn finish(mut self) -> std::io::Result<(usize, Vec<PartSize>)> {
        self.flush_buf();
        match self.error.take() {
            Some(e) => Err(e),
            None => Ok((self.bytes, self.parts)),
        }
    }
}

impl ItemSink for JsonSink<'_> {
    fn push_items(&mut self, items: &[f64]) {
        let writable = self.stored.saturating_sub(self.seen).min(items.len());
        for &x in &items[..writable] {
            if self.seen > 0 {
                self.buf.push(',');
            }
            push_num(&mut self.buf, x);
            self.seen += 1;
        }
        self.seen += items.len() - writable;
        if self.buf.len() >= 1 << 16 {
            self.flush_buf();
        }
    }

    fn start_part(&mut self, slot: &Slot) {
        self.flush_buf();
        self.parts.push(PartSize {
            name: slot.part.name().into(),
            start: slot.start,
            items: slot.items,
            json_bytes: 0,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::pack::plan::{Encoding, Part};

    #[test]
    fn writes_the_stored_items_as_the_project_prints_them() {
        let mut out = Vec::new();
        let mut sink = JsonSink::new(&mut out, 4);
        let slot = Slot {
            part: Part::Header,
            start: 0,
            items: 6,
            rows: 1,
            row_len: 6,
            encoding: Encoding::Header,
        };
        sink.start_part(&slot);
        sink.push_items(&[5.0, 0.25]);
        sink.push_items(&[-1.0, 1e21, 0.0, 0.0]);
        let (bytes, parts) = sink.finish().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "5,0.25,-1,1e+21");
        assert_eq!(bytes, 15);
        assert_eq!(parts[0].json_bytes, 15);
    }
}
