//! How the model project meets the user in the editor: a light storyteller sprite (selected
//! when the project opens, since the editor draws only the selected sprite's scripts) beside
//! a hidden sprite holding the lowered program's machinery, monitors placed around the
//! storyteller and its speech bubble, and every workspace laid out without overlap.
//!
//! The stage is 480 x 360. Monitors are drawn above the stage's canvas, so they must keep
//! clear of the speech bubble: the sliders stand in a column on the right, the readouts in a
//! row along the bottom (the question box covers them only while it asks), and the
//! storyteller stands left of centre, above the question box, its bubble (at most 170 px
//! wide, right of the sprite's top, pushed down from the stage's top when tall) running up
//! between the sprite and the sliders.

use crate::scratch::{assets, layout};
use crate::scratch::{MonitorMode, Project, Target, VarRef};

/// Name of the hidden sprite holding the lowered inference program.
pub const MACHINERY_NAME: &str = "Machinery";
/// Where the storyteller stands (stage coordinates, centre origin).
const STORYTELLER_AT: (f64, f64) = (-150.0, -20.0);
/// Left edge of the slider column (stage pixels from the left).
const SLIDERS_X: f64 = 340.0;
/// Vertical step between two sliders.
const SLIDER_STEP: f64 = 45.0;
/// Top of the readout row and the left edge of each readout (room for "Thinking…",
/// a token count, a rate).
const READOUTS_Y: f64 = 328.0;
const READOUTS_X: [f64; 3] = [5.0, 125.0, 240.0];

/// The sprites of the model project, by index in `Project::sprites`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sprites {
    /// The visible sprite telling the story (start hats, speech bubble).
    pub storyteller: usize,
    /// The sprite running the lowered program (the same as `storyteller` in a `.sprite3`).
    pub machinery: usize,
}

/// Makes the lowered program's sprite (index 0, named `name`) the storyteller, or, with
/// `split`, renames it [`MACHINERY_NAME`], hides it and puts a fresh storyteller sprite named
/// `name` first (the first sprite is the one the editor selects on load).
pub fn arrange_sprites(proj: &mut Project, name: &str, split: bool) -> Sprites {
    let place = |t: &mut Target| {
        t.x = STORYTELLER_AT.0;
        t.y = STORYTELLER_AT.1;
    };
    if !split {
        place(&mut proj.sprites[0]);
        return Sprites {
            storyteller: 0,
            machinery: 0,
        };
    }
    let machinery = &mut proj.sprites[0];
    machinery.name = MACHINERY_NAME.into();
    machinery.visible = false;
    // Hidden, its letter costumes matter only by name (`switch costume to`): blank ones load
    // faster. The first keeps the robot for its thumbnail in the sprite list.
    for c in machinery.costumes.iter_mut().skip(1) {
        *c = assets::blank_costume(std::mem::take(&mut c.name));
    }
    let mut storyteller = Target::sprite(name);
    place(&mut storyteller);
    proj.sprites.insert(0, storyteller);
    for (i, s) in proj.sprites.iter_mut().enumerate() {
        // the storyteller drawn on top
        s.layer_order = if i == 0 { 2 } else { 1 };
    }
    Sprites {
        storyteller: 0,
        machinery: 1,
    }
}

/// A slider's range: minimum, maximum, whole steps.
pub type SliderRange = (f64, f64, bool);

/// Places the readouts (state, tokens, tokens per second) in a row along the bottom and
/// the sliders in a column on the right.
pub fn place_monitors(proj: &mut Project, readouts: &[&VarRef], sliders: &[(VarRef, SliderRange)]) {
    for (v, x) in readouts.iter().zip(READOUTS_X) {
        proj.add_monitor(v.id.clone(), MonitorMode::Normal, x, READOUTS_Y);
    }
    for (k, (v, (min, max, discrete))) in sliders.iter().enumerate() {
        let mode = MonitorMode::Slider {
            min: *min,
            max: *max,
            discrete: *discrete,
        };
        proj.add_monitor(v.id.clone(), mode, SLIDERS_X, 5.0 + SLIDER_STEP * k as f64);
    }
}

/// Lays every sprite's scripts in a column, as the editor's "Clean up blocks" would.
pub fn clean_up_all(proj: &mut Project) {
    for s in &mut proj.sprites {
        layout::clean_up(s, 0.0, 0.0);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A box on the stage in pixels from the top left: left, top, right, bottom.
    type Rect = (f64, f64, f64, f64);

    fn overlap(a: Rect, b: Rect) -> bool {
        a.0 < b.2 && b.0 < a.2 && a.1 < b.3 && b.1 < a.3
    }

    #[test]
    fn monitors_keep_clear_of_the_storyteller_its_bubble_and_each_other() {
        let mut proj = Project::new();
        let v: Vec<VarRef> = (0..8)
            .map(|k| proj.add_variable(crate::scratch::Owner::Stage, format!("v{k}"), 0.0))
            .collect();
        let sliders: Vec<_> = v[3..]
            .iter()
            .map(|r| (r.clone(), (0.0, 1.0, false)))
            .collect();
        place_monitors(&mut proj, &[&v[0], &v[1], &v[2]], &sliders);
        // the editor's monitors at their widest: "state Thinking…", "tokens 1024",
        // "tokens per second 123.45", a slider; the robot (96 px) and a full bubble (170 px
        // wide, up to the stage's top)
        let widths = [115.0, 110.0, 175.0];
        let boxes: Vec<Rect> = proj
            .monitors
            .iter()
            .enumerate()
            .map(|(k, m)| {
                let (w, h) = match m.mode {
                    MonitorMode::Slider { .. } => (135.0, 42.0),
                    _ => (widths[k], 24.0),
                };
                (m.x, m.y, m.x + w, m.y + h)
            })
            .collect();
        let (cx, cy) = (240.0 + STORYTELLER_AT.0, 180.0 - STORYTELLER_AT.1);
        let sprite = (cx - 48.0, cy - 48.0, cx + 48.0, cy + 48.0);
        let bubble = (cx, 0.0, cx + 180.0, cy - 48.0);
        let question_top = 250.0;
        assert!(
            sprite.3 < question_top,
            "the question box would hide the sprite"
        );
        for (i, b) in boxes.iter().enumerate() {
            assert!(
                b.0 >= 0.0 && b.1 >= 0.0 && b.2 <= 480.0 && b.3 <= 360.0,
                "{b:?}"
            );
            assert!(!overlap(*b, sprite), "monitor {i} covers the sprite");
            assert!(!overlap(*b, bubble), "monitor {i} covers the bubble");
            for (j, c) in boxes.iter().enumerate().skip(i + 1) {
                assert!(!overlap(*b, *c), "monitors {i} and {j} overlap");
            }
        }
    }
}
