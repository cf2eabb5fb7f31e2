//! `project.json` (for `.sb3`) and `sprite.json` (for `.sprite3`), written as text directly:
//! numbers exactly as JavaScript prints them, deterministic ids, no intermediate JSON tree
//! (the memory list can hold hundreds of thousands of items).
//!
//! In a `.sprite3` (one sprite, no stage), the stage variables and lists that the sprite's
//! blocks use travel with the sprite as its own local variables, with their values: Scratch
//! would otherwise recreate them empty on import. Broadcasts are left out of the sprite
//! (Scratch recreates referenced messages on the stage on import; a message kept in the
//! sprite would be local and never received). Monitors and stage scripts are not part of the
//! format.

use std::collections::HashSet;

use super::blocks::Block;
use super::check::{all_broadcasts, check_project, check_target};
use super::error::WriteError;
use super::flatten::BlockWriter;
use super::number::{js_number_string_signed_zero, push_js_number};
use super::project::{List, MonitorMode, Project, Target, Value, Variable};

/// Appends `s` as a JSON string literal.
pub fn push_str(out: &mut String, s: &str) {
    out.push('"');
    // Most strings (block ids, opcodes, names) need no escape: copy them whole.
    if !s.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) {
        out.push_str(s);
        out.push('"');
        return;
    }
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// Appends `"key":`.
pub fn push_key(out: &mut String, key: &str) {
    push_str(out, key);
    out.push(':');
}

/// Appends a number: a JSON number as JavaScript prints it (`-0` kept), or for NaN and the
/// infinities the strings `"NaN"`, `"Infinity"`, `"-Infinity"` (JSON has no such numbers).
pub fn push_num(out: &mut String, x: f64) {
    if x.is_finite() {
        push_js_number(out, x);
    } else {
        push_str(out, &js_number_string_signed_zero(x));
    }
}

/// Appends a scalar value.
pub fn push_value(out: &mut String, v: &Value) {
    match v {
        Value::Number(x) => push_num(out, *x),
        Value::Text(s) => push_str(out, s),
    }
}

/// `project.json` of `project`, after checking it.
pub fn project_json_string(project: &Project) -> Result<String, WriteError> {
    check_project(project)?;
    let mut out = String::with_capacity(estimate(project));
    let mut next_block = 0u64;
    let backdrop = project
        .stage
        .costumes
        .first()
        .map(|c| c.name.as_str())
        .unwrap_or("");
    out.push_str("{\"targets\":[");
    let broadcasts: Vec<(&str, &str)> = {
        let mut all: Vec<(&str, &str)> = Vec::new();
        for b in project.targets().flat_map(|t| t.broadcasts.iter()) {
            all.push((&b.id, &b.name));
        }
        all
    };
    push_target(
        &mut out,
        &project.stage,
        &[],
        &[],
        &broadcasts,
        &mut next_block,
        backdrop,
    )?;
    for sprite in &project.sprites {
        out.push(',');
        push_target(&mut out, sprite, &[], &[], &[], &mut next_block, backdrop)?;
    }
    out.push_str("],\"monitors\":[");
    for (i, m) in project.monitors.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_monitor(&mut out, project, m);
    }
    out.push_str("],\"extensions\":[");
    for (i, e) in project.extensions.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_str(&mut out, e);
    }
    out.push_str("],\"meta\":{\"semver\":\"3.0.0\",\"vm\":\"0.2.0\",\"agent\":");
    push_str(&mut out, &project.agent);
    out.push_str("}}");
    Ok(out)
}

/// `sprite.json` for a `.sprite3` of the sprite at `index`, with the stage variables and
/// lists it uses turned into its own (see the module doc).
pub fn sprite_json_string(project: &Project, index: usize) -> Result<String, WriteError> {
    let sprite = project.sprites.get(index).ok_or(WriteError::NoSuchSprite {
        index,
        count: project.sprites.len(),
    })?;
    check_target(&all_broadcasts(project), &project.stage, sprite)?;
    let mut used = HashSet::new();
    for script in &sprite.scripts {
        for b in script.blocks.iter() {
            b.visit(&mut |b: &Block| {
                for (_, f) in &b.fields {
                    if let Some(id) = &f.id {
                        used.insert(id.clone());
                    }
                }
            });
        }
    }
    let extra_vars: Vec<&Variable> = project
        .stage
        .variables
        .iter()
        .filter(|v| used.contains(&v.id))
        .collect();
    let extra_lists: Vec<&List> = project
        .stage
        .lists
        .iter()
        .filter(|l| used.contains(&l.id))
        .collect();
    let mut out = String::with_capacity(estimate(project));
    let mut next_block = 0u64;
    let backdrop = project
        .stage
        .costumes
        .first()
        .map(|c| c.name.as_str())
        .unwrap_or("");
    push_target(
        &mut out,
        sprite,
        &extra_vars,
        &extra_lists,
        &[],
        &mut next_block,
        backdrop,
    )?;
    Ok(out)
}

/// A rough size guess so that big lists do not make the string reallocate many times.
fn estimate(project: &Project) -> usize {
    let items: usize = project
        .targets()
        .flat_map(|t| t.lists.iter())
        .map(|l| l.items.len())
        .sum();
    let scripts: usize = project
        .targets()
        .flat_map(|t| t.scripts.iter())
        .map(|s| s.blocks.len())
        .sum();
    4096 + items * 12 + scripts * 400
}

fn push_target(
    out: &mut String,
    t: &Target,
    extra_vars: &[&Variable],
    extra_lists: &[&List],
    broadcasts: &[(&str, &str)],
    next_block: &mut u64,
    backdrop: &str,
) -> Result<(), WriteError> {
    out.push_str("{\"isStage\":");
    out.push_str(if t.is_stage { "true" } else { "false" });
    out.push_str(",\"name\":");
    push_str(out, &t.name);
    out.push_str(",\"variables\":{");
    for (i, v) in t
        .variables
        .iter()
        .chain(extra_vars.iter().copied())
        .enumerate()
    {
        if i > 0 {
            out.push(',');
        }
        push_key(out, &v.id);
        out.push('[');
        push_str(out, &v.name);
        out.push(',');
        push_value(out, &v.value);
        out.push(']');
    }
    out.push_str("},\"lists\":{");
    for (i, l) in t
        .lists
        .iter()
        .chain(extra_lists.iter().copied())
        .enumerate()
    {
        if i > 0 {
            out.push(',');
        }
        push_key(out, &l.id);
        out.push('[');
        push_str(out, &l.name);
        out.push_str(",[");
        for (j, item) in l.items.iter().enumerate() {
            if j > 0 {
                out.push(',');
            }
            push_value(out, item);
        }
        out.push_str("]]");
    }
    out.push_str("},\"broadcasts\":{");
    for (i, (id, name)) in broadcasts.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        push_key(out, id);
        push_str(out, name);
    }
    out.push_str("},\"blocks\":{");
    {
        let costume = t.costumes.first().map(|c| c.name.as_str()).unwrap_or("");
        let mut writer = BlockWriter::new(out, next_block, &t.name, costume, backdrop);
        for script in &t.scripts {
            writer.script(script)?;
        }
    }
    out.push_str("},\"comments\":{},\"currentCostume\":");
    out.push_str(&t.current_costume.to_string());
    out.push_str(",\"costumes\":[");
    let ids = super::assets::asset_ids(&t.costumes);
    for (i, (c, id)) in t.costumes.iter().zip(ids).enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str("{\"name\":");
        push_str(out, &c.name);
        out.push_str(",\"bitmapResolution\":");
        out.push_str(&c.bitmap_resolution.to_string());
        out.push_str(",\"dataFormat\":");
        push_str(out, c.format.extension());
        out.push_str(",\"assetId\":");
        push_str(out, &id);
        out.push_str(",\"md5ext\":");
        push_str(out, &format!("{id}.{}", c.format.extension()));
        out.push_str(",\"rotationCenterX\":");
        push_num(out, finite(c.rotation_center_x));
        out.push_str(",\"rotationCenterY\":");
        push_num(out, finite(c.rotation_center_y));
        out.push('}');
    }
    out.push_str("],\"sounds\":[],\"volume\":");
    push_num(out, finite(t.volume));
    out.push_str(",\"layerOrder\":");
    out.push_str(&if t.is_stage { 0 } else { t.layer_order.max(1) }.to_string());
    if t.is_stage {
        out.push_str(",\"tempo\":");
        push_num(out, finite(t.tempo));
        out.push_str(",\"videoTransparency\":");
        push_num(out, finite(t.video_transparency));
        out.push_str(",\"videoState\":");
        let state = match t.video_state.as_str() {
            "on" | "off" | "on-flipped" => t.video_state.as_str(),
            _ => "off",
        };
        push_str(out, state);
        out.push_str(",\"textToSpeechLanguage\":null");
    } else {
        out.push_str(",\"visible\":");
        out.push_str(if t.visible { "true" } else { "false" });
        for (key, value) in [
            ("x", t.x),
            ("y", t.y),
            ("size", t.size),
            ("direction", t.direction),
        ] {
            out.push_str(",\"");
            out.push_str(key);
            out.push_str("\":");
            push_num(out, finite(value));
        }
        out.push_str(",\"draggable\":");
        out.push_str(if t.draggable { "true" } else { "false" });
        out.push_str(",\"rotationStyle\":");
        push_str(out, t.rotation_style.as_str());
    }
    out.push('}');
    Ok(())
}

fn finite(x: f64) -> f64 {
    if x.is_finite() {
        x
    } else {
        0.0
    }
}

fn push_monitor(out: &mut String, project: &Project, m: &super::project::Monitor) {
    let is_list = matches!(m.mode, MonitorMode::List { .. });
    // The subject exists: check_project verified it.
    let mut sprite_name: Option<&str> = None;
    let mut name = "";
    let mut value: Option<&Value> = None;
    for t in project.targets() {
        if is_list {
            if let Some(l) = t.lists.iter().find(|l| l.id == m.subject_id) {
                name = &l.name;
                sprite_name = (!t.is_stage).then_some(t.name.as_str());
            }
        } else if let Some(v) = t.variables.iter().find(|v| v.id == m.subject_id) {
            name = &v.name;
            value = Some(&v.value);
            sprite_name = (!t.is_stage).then_some(t.name.as_str());
        }
    }
    let (mode, width, height) = match m.mode {
        MonitorMode::Normal | MonitorMode::Slider { .. } => (
            if is_slider(&m.mode) {
                "slider"
            } else {
                "default"
            },
            0.0,
            0.0,
        ),
        MonitorMode::Large => ("large", 0.0, 0.0),
        MonitorMode::List { width, height } => ("list", finite(width), finite(height)),
    };
    out.push_str("{\"id\":");
    push_str(out, &m.subject_id);
    out.push_str(",\"mode\":");
    push_str(out, mode);
    out.push_str(if is_list {
        ",\"opcode\":\"data_listcontents\",\"params\":{\"LIST\":"
    } else {
        ",\"opcode\":\"data_variable\",\"params\":{\"VARIABLE\":"
    });
    push_str(out, name);
    out.push_str("},\"spriteName\":");
    match sprite_name {
        Some(s) => push_str(out, s),
        None => out.push_str("null"),
    }
    out.push_str(",\"value\":");
    match value {
        Some(v) => push_value(out, v),
        None if is_list => out.push_str("[]"),
        None => out.push('0'),
    }
    out.push_str(",\"width\":");
    push_num(out, width);
    out.push_str(",\"height\":");
    push_num(out, height);
    out.push_str(",\"x\":");
    push_num(out, finite(m.x));
    out.push_str(",\"y\":");
    push_num(out, finite(m.y));
    out.push_str(",\"visible\":");
    out.push_str(if m.visible { "true" } else { "false" });
    if !is_list {
        let (min, max, discrete) = match m.mode {
            MonitorMode::Slider { min, max, discrete } => (finite(min), finite(max), discrete),
            _ => (0.0, 100.0, true),
        };
        out.push_str(",\"sliderMin\":");
        push_num(out, min);
        out.push_str(",\"sliderMax\":");
        push_num(out, max);
        out.push_str(",\"isDiscrete\":");
        out.push_str(if discrete { "true" } else { "false" });
    }
    out.push('}');
}

fn is_slider(mode: &MonitorMode) -> bool {
    matches!(mode, MonitorMode::Slider { .. })
}
