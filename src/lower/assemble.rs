//! A lowered [`Program`] → a Scratch [`Project`] (stage + one sprite) → `.sb3` bytes.

use super::program::Program;
use crate::scratch::{Owner, Project};

/// The project holding `p`: stage variables/lists (`status`, `out`) on the stage, the rest
/// and every script on a sprite named `sprite`.
pub fn program_to_project(p: &Program, sprite: &str) -> Project {
    let mut proj = Project::new();
    let s = proj.add_sprite(sprite);
    for v in &p.variables {
        let owner = if v.stage {
            Owner::Stage
        } else {
            Owner::Sprite(s)
        };
        if let Some(t) = proj.target_mut(owner) {
            t.variables.push(crate::scratch::Variable {
                id: v.id.clone(),
                name: v.name.clone(),
                value: v.value.clone(),
            });
        }
    }
    for l in &p.lists {
        let owner = if l.stage {
            Owner::Stage
        } else {
            Owner::Sprite(s)
        };
        if let Some(t) = proj.target_mut(owner) {
            t.lists.push(crate::scratch::List {
                id: l.id.clone(),
                name: l.name.clone(),
                items: l.items.clone(),
            });
        }
    }
    proj.sprites[s].scripts = p.scripts.clone();
    if p.case_costumes {
        // same look as the first costume, names that `switch costume to` matches exactly
        if let Some(first) = proj.sprites[s].costumes.first().cloned() {
            for name in super::char_table::char_table().costume_names() {
                let mut c = first.clone();
                c.name = name;
                proj.sprites[s].costumes.push(c);
            }
        }
    }
    proj
}
