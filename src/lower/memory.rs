//! Memory: type sizes and alignments (the wasm32 datalayout), the layout of globals and
//! static frames in the one memory list, and their initial contents.
//!
//! Pointer representation: a pointer to byte address `b` is the number `b / 4`, and memory
//! item `k` holds the word at byte address `4k` (addresses 0..3, in the null page, have no
//! item). So null is 0 (as zero-filled memory reads), and a
//! word load is `item (p) of memory` and `p + i` steps over `i` words. Byte pointers are
//! fractional (Scratch floors list indices; TurboWarp truncates, the same for p >= 1).

use std::collections::{BTreeMap, HashMap};

use crate::llvm::{ConstExpr, Constant, Module, Type};

use super::LowerError;

/// Bytes of the null page at address 0 (nothing is laid out there).
pub(crate) const NULL_PAGE: u32 = 16;

/// Size and alignment in bytes of a type.
pub(crate) fn size_align(m: &Module, t: &Type) -> Result<(u64, u64), String> {
    Ok(match t {
        Type::Int(1) | Type::Int(8) => (1, 1),
        Type::Int(16) | Type::Half => (2, 2),
        Type::Int(32) | Type::Float | Type::Ptr => (4, 4),
        Type::Int(64) | Type::Double => (8, 8),
        Type::Int(b) => {
            let bytes = (*b as u64).div_ceil(8).next_power_of_two();
            (bytes, bytes.min(8))
        }
        Type::Array(n, e) => {
            let (s, a) = size_align(m, e)?;
            (n.checked_mul(s).ok_or("array too large")?, a)
        }
        Type::Struct { fields, packed } => {
            let mut off = 0u64;
            let mut align = 1u64;
            for f in fields {
                let (s, a) = size_align(m, f)?;
                let a = if *packed { 1 } else { a };
                off = off.div_ceil(a) * a + s;
                align = align.max(a);
            }
            (off.div_ceil(align) * align, align)
        }
        Type::Named(n) => match m.types.get(n) {
            Some(t) => size_align(m, t)?,
            None => return Err(format!("unknown type %{n}")),
        },
        other => return Err(format!("type {other:?} has no size in memory")),
    })
}

/// Byte offset of field `k` of a struct type.
pub(crate) fn field_offset(m: &Module, t: &Type, k: usize) -> Result<u64, String> {
    let t = resolve(m, t);
    let Type::Struct { fields, packed } = t else {
        return Err(format!("not a struct: {t:?}"));
    };
    let mut off = 0u64;
    for (i, f) in fields.iter().enumerate() {
        let (s, a) = size_align(m, f)?;
        let a = if *packed { 1 } else { a };
        off = off.div_ceil(a) * a;
        if i == k {
            return Ok(off);
        }
        off += s;
    }
    Err(format!("struct has no field {k}"))
}

/// Follows named types.
pub(crate) fn resolve<'a>(m: &'a Module, t: &'a Type) -> &'a Type {
    match t {
        Type::Named(n) => m.types.get(n).map(|x| resolve(m, x)).unwrap_or(t),
        _ => t,
    }
}

/// The initial contents of memory, by 1-based item index.
#[derive(Debug, Default, Clone)]
pub(crate) struct Image {
    /// Words holding whole values (i32, float, pointer, double, i64).
    pub(crate) words: BTreeMap<u64, f64>,
    /// Words assembled from bytes (strings, i8/i16 data), little-endian.
    pub(crate) bytes: BTreeMap<u64, [u8; 4]>,
}

impl Image {
    /// The item values, items `1..=len`, zeros elsewhere.
    pub(crate) fn to_items(&self, len: usize) -> Vec<f64> {
        let mut v = vec![0.0; len];
        for (&k, b) in &self.bytes {
            if (k as usize) <= len && k >= 1 {
                v[k as usize - 1] = i32::from_le_bytes(*b) as f64;
            }
        }
        for (&k, &x) in &self.words {
            if (k as usize) <= len && k >= 1 {
                v[k as usize - 1] = x;
            }
        }
        v
    }
}

/// Where each global lives (byte address) and what memory holds at start.
#[derive(Debug, Default, Clone)]
pub(crate) struct Layout {
    /// Byte address of each global.
    pub(crate) globals: HashMap<String, u64>,
    /// Initial contents.
    pub(crate) image: Image,
    /// First free byte address after the globals.
    pub(crate) end: u64,
}

/// The pointer value (`addr / 4`) of a byte address.
pub(crate) fn ptr_of(addr: u64) -> f64 {
    addr as f64 / 4.0
}

/// Lays out every global and writes initializers into the image.
pub(crate) fn layout_globals(m: &Module) -> Result<Layout, LowerError> {
    let mut lay = Layout {
        end: NULL_PAGE as u64,
        ..Default::default()
    };
    for g in m.globals.iter().filter(|g| !g.name.starts_with("llvm.")) {
        let (size, align) = size_align(m, &g.ty).map_err(|e| LowerError::global(g, &e))?;
        let align = align.max(g.align.unwrap_or(1) as u64).max(1);
        let addr = lay.end.div_ceil(align) * align;
        lay.globals.insert(g.name.clone(), addr);
        lay.end = addr + size.max(1);
    }
    lay.end = lay.end.div_ceil(8) * 8;
    for g in m.globals.iter().filter(|g| !g.name.starts_with("llvm.")) {
        if let Some(init) = &g.init {
            let addr = lay.globals[&g.name];
            let mut img = std::mem::take(&mut lay.image);
            write_const(m, &lay, &mut img, addr, &g.ty, init)
                .map_err(|e| LowerError::global(g, &e))?;
            lay.image = img;
        }
    }
    Ok(lay)
}

/// The numeric value of a constant scalar (pointers as `addr / 4`).
pub(crate) fn const_value(m: &Module, lay: &Layout, c: &Constant) -> Result<f64, String> {
    Ok(match c {
        Constant::Int { bits, value } => signed(*bits, *value),
        Constant::Float { value, .. } => *value,
        Constant::Null | Constant::Undef(_) | Constant::Poison(_) | Constant::Zero(_) => {
            if matches!(c, Constant::Null) {
                ptr_of(0)
            } else {
                0.0
            }
        }
        Constant::GlobalRef(n) => match lay.globals.get(n) {
            Some(a) => ptr_of(*a),
            None => return Err(format!("address of @{n} (functions have no address here)")),
        },
        Constant::Expr(e) => match &**e {
            ConstExpr::Gep {
                source,
                base,
                indices,
            } => {
                let b = const_value(m, lay, base)?;
                let mut off = 0i64;
                let mut t = source.clone();
                for (k, (_, idx)) in indices.iter().enumerate() {
                    let i = const_value(m, lay, idx)? as i64;
                    if k == 0 {
                        off += i * size_align(m, &t)?.0 as i64;
                    } else {
                        match resolve(m, &t).clone() {
                            Type::Array(_, e) => {
                                off += i * size_align(m, &e)?.0 as i64;
                                t = *e;
                            }
                            st @ Type::Struct { .. } => {
                                off += field_offset(m, &st, i as usize)? as i64;
                                let Type::Struct { fields, .. } = st else {
                                    unreachable!()
                                };
                                t = fields[i as usize].clone();
                            }
                            other => return Err(format!("cannot index into {other:?}")),
                        }
                    }
                }
                b + off as f64 / 4.0
            }
            ConstExpr::Cast { value, op, to, .. } => {
                use crate::llvm::CastOp::*;
                let v = const_value(m, lay, value)?;
                match op {
                    PtrToInt => v * 4.0,
                    IntToPtr => v / 4.0,
                    BitCast | AddrSpaceCast => v,
                    Trunc | ZExt | SExt => match to {
                        Type::Int(b) => signed(*b, (v as i128 as u128) & mask(*b)),
                        _ => v,
                    },
                    _ => v,
                }
            }
            ConstExpr::Binary { .. } => {
                return Err("constant binary expressions are not supported".into())
            }
        },
        other => return Err(format!("not a scalar constant: {other:?}")),
    })
}

fn mask(bits: u32) -> u128 {
    if bits >= 128 {
        u128::MAX
    } else {
        (1u128 << bits) - 1
    }
}

/// The signed value of the low `bits` bits of `value` (i1 is 0 or 1).
pub(crate) fn signed(bits: u32, value: u128) -> f64 {
    if bits == 1 {
        return (value & 1) as f64;
    }
    let v = value & mask(bits);
    if bits < 128 && v >> (bits - 1) & 1 == 1 {
        -(((1u128 << bits) - v) as f64)
    } else {
        v as f64
    }
}

fn put_bytes(img: &mut Image, addr: u64, bytes: &[u8]) {
    for (i, b) in bytes.iter().enumerate() {
        let a = addr + i as u64;
        let item = a / 4;
        img.bytes.entry(item).or_insert([0; 4])[(a % 4) as usize] = *b;
    }
}

fn write_const(
    m: &Module,
    lay: &Layout,
    img: &mut Image,
    addr: u64,
    ty: &Type,
    c: &Constant,
) -> Result<(), String> {
    let ty = resolve(m, ty);
    match (ty, c) {
        (_, Constant::Zero(_)) | (_, Constant::Undef(_)) | (_, Constant::Poison(_)) => Ok(()),
        (Type::Array(_, e), Constant::Array { elems, .. }) => {
            let (s, _) = size_align(m, e)?;
            for (i, x) in elems.iter().enumerate() {
                write_const(m, lay, img, addr + i as u64 * s, e, x)?;
            }
            Ok(())
        }
        (_, Constant::Bytes(b)) => {
            put_bytes(img, addr, b);
            Ok(())
        }
        (Type::Struct { fields, .. }, Constant::Struct { fields: vals, .. }) => {
            for (k, (ft, v)) in fields.iter().zip(vals).enumerate() {
                write_const(m, lay, img, addr + field_offset(m, ty, k)?, ft, v)?;
            }
            Ok(())
        }
        (Type::Int(8), Constant::Int { value, .. })
        | (Type::Int(1), Constant::Int { value, .. }) => {
            put_bytes(img, addr, &[*value as u8]);
            Ok(())
        }
        (Type::Int(16), Constant::Int { value, .. }) => {
            put_bytes(img, addr, &(*value as u16).to_le_bytes());
            Ok(())
        }
        (Type::Int(64), Constant::Int { value, .. }) => {
            // two little-endian words
            let v = *value as u64;
            img.words.insert(addr / 4, (v as u32 as i32) as f64);
            img.words
                .insert(addr / 4 + 1, ((v >> 32) as u32 as i32) as f64);
            Ok(())
        }
        (Type::Int(32) | Type::Int(64) | Type::Float | Type::Double | Type::Ptr, _) => {
            if addr % 4 != 0 {
                return Err(format!("misaligned {ty:?} at byte {addr}"));
            }
            let v = const_value(m, lay, c)?;
            img.words.insert(addr / 4, v);
            Ok(())
        }
        (t, c) => Err(format!(
            "cannot place initializer {c:?} of type {t:?} in memory"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn struct_layout_follows_wasm32() {
        let m = Module::default();
        let t = Type::Struct {
            fields: vec![Type::Int(8), Type::Double, Type::Int(16)],
            packed: false,
        };
        assert_eq!(size_align(&m, &t).unwrap(), (24, 8));
        assert_eq!(field_offset(&m, &t, 1).unwrap(), 8);
        assert_eq!(field_offset(&m, &t, 2).unwrap(), 16);
    }

    #[test]
    fn signed_values() {
        assert_eq!(signed(8, 255), -1.0);
        assert_eq!(signed(32, 0x8000_0000), -2147483648.0);
        assert_eq!(signed(1, 1), 1.0);
    }

    #[test]
    fn strings_pack_little_endian() {
        let mut img = Image::default();
        put_bytes(&mut img, 16, b"AB");
        assert_eq!(img.to_items(6)[3], (0x4241) as f64);
    }
}
