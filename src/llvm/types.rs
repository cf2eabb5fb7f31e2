//! Helpers for the parser and the lowering: lookups by name, named-type resolution, aggregate
//! member types, and `Display` for types in LLVM's spelling.

use std::fmt;

use super::ir::{Declaration, Function, Global, Module, Type};

impl Module {
    /// The defined function named `name` (without `@`).
    pub fn function(&self, name: &str) -> Option<&Function> {
        self.functions.iter().find(|f| f.name == name)
    }

    /// The declaration named `name` (without `@`).
    pub fn declaration(&self, name: &str) -> Option<&Declaration> {
        self.declarations.iter().find(|d| d.name == name)
    }

    /// The global variable named `name` (without `@`).
    pub fn global(&self, name: &str) -> Option<&Global> {
        self.globals.iter().find(|g| g.name == name)
    }

    /// Follows [`Type::Named`] to its definition; an unknown or opaque name stays as it is.
    pub fn resolve_type<'t>(&'t self, ty: &'t Type) -> &'t Type {
        let mut t = ty;
        // Named types cannot be cyclic without a pointer in between, and pointers are opaque,
        // so a chain of names is short; the bound only guards against `%a = type %a`.
        for _ in 0..64 {
            match t {
                Type::Named(n) => match self.types.get(n) {
                    Some(def) if def != t => t = def,
                    _ => return t,
                },
                _ => return t,
            }
        }
        t
    }

    /// The type reached by following constant `indices` into aggregate `ty` (as
    /// `extractvalue`/`insertvalue` do), or `None` if an index is out of range.
    pub fn member_type(&self, ty: &Type, indices: &[u32]) -> Option<Type> {
        let mut t = ty.clone();
        for &i in indices {
            t = match self.resolve_type(&t) {
                Type::Struct { fields, .. } => fields.get(i as usize)?.clone(),
                Type::Array(n, e) if (i as u64) < *n => (**e).clone(),
                _ => return None,
            };
        }
        Some(t)
    }
}

impl Global {
    /// Whether this is one of LLVM's own tables (`@llvm.global.annotations`, `@llvm.used`,
    /// `@llvm.compiler.used`...), which describe the module and are not program data.
    pub fn is_llvm_metadata(&self) -> bool {
        self.name.starts_with("llvm.")
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Type::Void => write!(f, "void"),
            Type::Int(n) => write!(f, "i{n}"),
            Type::Half => write!(f, "half"),
            Type::Float => write!(f, "float"),
            Type::Double => write!(f, "double"),
            Type::Ptr => write!(f, "ptr"),
            Type::Array(n, t) => write!(f, "[{n} x {t}]"),
            Type::Vector(n, t) => write!(f, "<{n} x {t}>"),
            Type::Struct { fields, packed } => {
                write!(f, "{}{{", if *packed { "<" } else { "" })?;
                for (i, t) in fields.iter().enumerate() {
                    write!(f, "{}{t}", if i == 0 { " " } else { ", " })?;
                }
                write!(
                    f,
                    "{}}}{}",
                    if fields.is_empty() { "" } else { " " },
                    if *packed { ">" } else { "" }
                )
            }
            Type::Named(n) => write!(f, "%{n}"),
            Type::Label => write!(f, "label"),
            Type::Metadata => write!(f, "metadata"),
            Type::Function {
                ret,
                params,
                varargs,
            } => {
                write!(f, "{ret} (")?;
                for (i, t) in params.iter().enumerate() {
                    write!(f, "{}{t}", if i == 0 { "" } else { ", " })?;
                }
                if *varargs {
                    write!(f, "{}...", if params.is_empty() { "" } else { ", " })?;
                }
                write!(f, ")")
            }
        }
    }
}
