//! Built-in images: the default stage backdrop and sprite costume (small hand-made SVGs),
//! and asset naming by md5.

use md5::{Digest, Md5};

use super::project::{Costume, CostumeFormat};

/// A plain white 480x360 backdrop.
const BACKDROP_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="480" height="360" viewBox="0 0 480 360"><rect width="480" height="360" fill="#ffffff"/></svg>"##;

/// A friendly writing robot, 96x96, centred on its body.
const ROBOT_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="96" height="96" viewBox="0 0 96 96"><line x1="48" y1="6" x2="48" y2="18" stroke="#4c5a73" stroke-width="3"/><circle cx="48" cy="6" r="4" fill="#ff8c1a"/><rect x="18" y="18" width="60" height="46" rx="12" fill="#4c97ff" stroke="#3373cc" stroke-width="3"/><circle cx="36" cy="38" r="7" fill="#ffffff"/><circle cx="60" cy="38" r="7" fill="#ffffff"/><circle cx="37" cy="39" r="3" fill="#1e2a3a"/><circle cx="61" cy="39" r="3" fill="#1e2a3a"/><path d="M36 52 Q48 60 60 52" fill="none" stroke="#ffffff" stroke-width="3" stroke-linecap="round"/><rect x="28" y="66" width="40" height="24" rx="6" fill="#4c97ff" stroke="#3373cc" stroke-width="3"/><rect x="70" y="60" width="8" height="26" rx="2" fill="#ffbf00" stroke="#cc9900" stroke-width="2" transform="rotate(30 74 73)"/></svg>"##;

/// An empty 2x2 image: the cheapest costume for the editor to load.
const BLANK_SVG: &str = r##"<svg xmlns="http://www.w3.org/2000/svg" width="2" height="2" viewBox="0 0 2 2"><rect width="2" height="2" fill="none"/></svg>"##;

/// An empty 2x2 costume named `name`, for a hidden sprite whose costumes only matter by
/// name (the editor builds a renderer skin per costume; a tiny image halves the cost).
pub fn blank_costume(name: impl Into<String>) -> Costume {
    Costume {
        name: name.into(),
        data: BLANK_SVG.as_bytes().to_vec(),
        format: CostumeFormat::Svg,
        rotation_center_x: 1.0,
        rotation_center_y: 1.0,
        bitmap_resolution: 1,
    }
}

/// The default stage backdrop (`backdrop1`, white).
pub fn default_backdrop() -> Costume {
    Costume {
        name: "backdrop1".into(),
        data: BACKDROP_SVG.as_bytes().to_vec(),
        format: CostumeFormat::Svg,
        rotation_center_x: 240.0,
        rotation_center_y: 180.0,
        bitmap_resolution: 1,
    }
}

/// The default sprite costume (`costume1`, a small robot).
pub fn default_costume() -> Costume {
    Costume {
        name: "costume1".into(),
        data: ROBOT_SVG.as_bytes().to_vec(),
        format: CostumeFormat::Svg,
        rotation_center_x: 48.0,
        rotation_center_y: 48.0,
        bitmap_resolution: 1,
    }
}

/// The lowercase hex md5 of `data`: Scratch's `assetId`.
pub fn asset_id(data: &[u8]) -> String {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut id = String::with_capacity(32);
    for b in Md5::digest(data) {
        id.push(HEX[usize::from(b >> 4)] as char);
        id.push(HEX[usize::from(b & 15)] as char);
    }
    id
}

/// Asset ids of `costumes`, in order, hashing a run of equal images once (a sprite's letter
/// costumes share one image).
pub fn asset_ids<'a>(costumes: impl IntoIterator<Item = &'a Costume>) -> Vec<String> {
    let mut prev: Option<(&[u8], String)> = None;
    let mut ids = Vec::new();
    for c in costumes {
        let id = match &prev {
            Some((data, id)) if *data == c.data.as_slice() => id.clone(),
            _ => asset_id(&c.data),
        };
        prev = Some((&c.data, id.clone()));
        ids.push(id);
    }
    ids
}

/// The asset's file name inside the zip: `md5ext`, e.g. `0123...cdef.svg`.
pub fn md5ext(costume: &Costume) -> String {
    format!("{}.{}", asset_id(&costume.data), costume.format.extension())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn md5_of_known_bytes() {
        assert_eq!(asset_id(b""), "d41d8cd98f00b204e9800998ecf8427e");
        assert_eq!(asset_id(b"abc"), "900150983cd24fb0d6963f7d28e17f72");
    }

    #[test]
    fn default_images_are_svg_documents() {
        for c in [default_backdrop(), default_costume(), blank_costume("b")] {
            let text = String::from_utf8(c.data.clone()).unwrap();
            assert!(
                text.starts_with("<svg ") && text.ends_with("</svg>"),
                "{}",
                c.name
            );
            assert!(md5ext(&c).ends_with(".svg"));
        }
    }
}
