//! The Scratch 3 project model: a stage and sprites with their variables, lists, broadcasts,
//! scripts, costumes and monitors. Ids are deterministic (prefix + counter), never random.

use super::assets;
use super::blocks::Script;

/// A scalar value as Scratch stores it: a number or a string.
#[derive(Debug, Clone, PartialEq)]
pub enum Value {
    /// A number (written as a JSON number; NaN and infinities as the strings JavaScript prints).
    Number(f64),
    /// A string.
    Text(String),
}

impl From<f64> for Value {
    fn from(x: f64) -> Self {
        Value::Number(x)
    }
}

impl From<i32> for Value {
    fn from(x: i32) -> Self {
        Value::Number(x as f64)
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Self {
        Value::Text(s.to_string())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Self {
        Value::Text(s)
    }
}

/// A scalar variable.
#[derive(Debug, Clone, PartialEq)]
pub struct Variable {
    /// Project-wide unique id.
    pub id: String,
    /// Name shown in the editor (unique per target).
    pub name: String,
    /// Initial value.
    pub value: Value,
}

/// A list.
#[derive(Debug, Clone, PartialEq)]
pub struct List {
    /// Project-wide unique id.
    pub id: String,
    /// Name shown in the editor (unique per target).
    pub name: String,
    /// Initial items.
    pub items: Vec<Value>,
}

/// A broadcast message (always owned by the stage).
#[derive(Debug, Clone, PartialEq)]
pub struct Broadcast {
    /// Project-wide unique id.
    pub id: String,
    /// Message name.
    pub name: String,
}

/// The file format of a costume's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CostumeFormat {
    /// SVG vector image.
    Svg,
    /// PNG bitmap.
    Png,
}

impl CostumeFormat {
    /// The `dataFormat` string and file extension.
    pub fn extension(self) -> &'static str {
        match self {
            CostumeFormat::Svg => "svg",
            CostumeFormat::Png => "png",
        }
    }
}

/// A costume (or backdrop): its name, image bytes and rotation centre.
#[derive(Debug, Clone, PartialEq)]
pub struct Costume {
    /// Name (unique per target; `switch costume to` matches it exactly).
    pub name: String,
    /// Image bytes; the asset is named by their md5.
    pub data: Vec<u8>,
    /// Image format.
    pub format: CostumeFormat,
    /// Rotation centre x, in image units.
    pub rotation_center_x: f64,
    /// Rotation centre y, in image units.
    pub rotation_center_y: f64,
    /// Pixels per stage unit for bitmaps (1 for SVG, usually 2 for PNG).
    pub bitmap_resolution: u32,
}

/// How a sprite turns with its direction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RotationStyle {
    /// Rotates freely.
    AllAround,
    /// Only faces left or right.
    LeftRight,
    /// Never rotates.
    DontRotate,
}

impl RotationStyle {
    /// The `rotationStyle` string.
    pub fn as_str(self) -> &'static str {
        match self {
            RotationStyle::AllAround => "all around",
            RotationStyle::LeftRight => "left-right",
            RotationStyle::DontRotate => "don't rotate",
        }
    }
}

/// A stage or sprite.
#[derive(Debug, Clone, PartialEq)]
pub struct Target {
    /// Name (`Stage` for the stage).
    pub name: String,
    /// Whether this is the stage.
    pub is_stage: bool,
    /// Scalar variables (the stage's are global).
    pub variables: Vec<Variable>,
    /// Lists (the stage's are global).
    pub lists: Vec<List>,
    /// Broadcast messages (only the stage's are written; see `Project::add_broadcast`).
    pub broadcasts: Vec<Broadcast>,
    /// Scripts on the workspace.
    pub scripts: Vec<Script>,
    /// Costumes (backdrops for the stage); at least one.
    pub costumes: Vec<Costume>,
    /// Index of the current costume.
    pub current_costume: usize,
    /// Sprite x position on the stage.
    pub x: f64,
    /// Sprite y position on the stage.
    pub y: f64,
    /// Sprite size in percent.
    pub size: f64,
    /// Sprite direction in degrees (90 = right).
    pub direction: f64,
    /// Whether the sprite is shown.
    pub visible: bool,
    /// Layer order (0 for the stage, 1.. for sprites, back to front).
    pub layer_order: u32,
    /// Whether the sprite can be dragged in the player.
    pub draggable: bool,
    /// Rotation style.
    pub rotation_style: RotationStyle,
    /// Volume in percent.
    pub volume: f64,
    /// Stage tempo in beats per minute (music extension).
    pub tempo: f64,
    /// Stage video transparency (video sensing extension).
    pub video_transparency: f64,
    /// Stage video state: `on`, `off` or `on-flipped`.
    pub video_state: String,
}

impl Target {
    /// An empty stage with the default white backdrop.
    pub fn stage() -> Target {
        Target {
            name: "Stage".into(),
            is_stage: true,
            costumes: vec![assets::default_backdrop()],
            ..Target::bare()
        }
    }

    /// An empty sprite with the default costume, at the stage centre.
    pub fn sprite(name: impl Into<String>) -> Target {
        Target {
            name: name.into(),
            layer_order: 1,
            costumes: vec![assets::default_costume()],
            ..Target::bare()
        }
    }

    fn bare() -> Target {
        Target {
            name: String::new(),
            is_stage: false,
            variables: Vec::new(),
            lists: Vec::new(),
            broadcasts: Vec::new(),
            scripts: Vec::new(),
            costumes: Vec::new(),
            current_costume: 0,
            x: 0.0,
            y: 0.0,
            size: 100.0,
            direction: 90.0,
            visible: true,
            layer_order: 0,
            draggable: false,
            rotation_style: RotationStyle::AllAround,
            volume: 100.0,
            tempo: 60.0,
            video_transparency: 50.0,
            video_state: "on".into(),
        }
    }

    /// The variable named `name`, if this target owns one.
    pub fn variable(&self, name: &str) -> Option<&Variable> {
        self.variables.iter().find(|v| v.name == name)
    }

    /// The list named `name`, if this target owns one.
    pub fn list(&self, name: &str) -> Option<&List> {
        self.lists.iter().find(|l| l.name == name)
    }
}

/// How a monitor shows its variable or list.
#[derive(Debug, Clone, PartialEq)]
pub enum MonitorMode {
    /// Normal readout (name and value) of a variable.
    Normal,
    /// Large readout (value only) of a variable.
    Large,
    /// Slider under the readout of a variable.
    Slider {
        /// Slider minimum.
        min: f64,
        /// Slider maximum.
        max: f64,
        /// Whether the slider moves in whole steps (`false`: steps of 0.01).
        discrete: bool,
    },
    /// A list monitor (the subject is a list).
    List {
        /// Width in pixels (0: Scratch's default).
        width: f64,
        /// Height in pixels (0: Scratch's default).
        height: f64,
    },
}

/// A monitor on the stage showing a variable (or a list, in `MonitorMode::List`).
#[derive(Debug, Clone, PartialEq)]
pub struct Monitor {
    /// Id of the variable (or list) shown; its owner (stage or sprite) is looked up.
    pub subject_id: String,
    /// Display mode.
    pub mode: MonitorMode,
    /// Left edge on the stage, in pixels from the stage's left.
    pub x: f64,
    /// Top edge, in pixels from the stage's top.
    pub y: f64,
    /// Whether it is shown.
    pub visible: bool,
}

/// Which target owns a new variable or list.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Owner {
    /// The stage (a global, "for all sprites").
    Stage,
    /// The sprite at this index of `Project::sprites` ("for this sprite only").
    Sprite(usize),
}

/// A reference to a variable for building blocks: its name and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VarRef {
    /// Variable name.
    pub name: String,
    /// Variable id.
    pub id: String,
}

/// A reference to a list for building blocks: its name and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListRef {
    /// List name.
    pub name: String,
    /// List id.
    pub id: String,
}

/// A reference to a broadcast message: its name and id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct BroadcastRef {
    /// Message name.
    pub name: String,
    /// Message id.
    pub id: String,
}

/// A whole Scratch 3 project.
#[derive(Debug, Clone, PartialEq)]
pub struct Project {
    /// The stage (first target).
    pub stage: Target,
    /// Sprites, in target order.
    pub sprites: Vec<Target>,
    /// Monitors on the stage.
    pub monitors: Vec<Monitor>,
    /// Extension ids used by blocks (e.g. `pen`); core categories need none.
    pub extensions: Vec<String>,
    /// The `meta.agent` string.
    pub agent: String,
    next_id: u64,
}

impl Default for Project {
    fn default() -> Self {
        Project::new()
    }
}

impl Project {
    /// A project with an empty stage (default backdrop) and no sprites.
    pub fn new() -> Project {
        Project {
            stage: Target::stage(),
            sprites: Vec::new(),
            monitors: Vec::new(),
            extensions: Vec::new(),
            agent: concat!("llm2sb3 ", env!("CARGO_PKG_VERSION")).to_string(),
            next_id: 0,
        }
    }

    /// A fresh deterministic id: `prefix` followed by a project-wide counter in base 36.
    /// Ids stay alphanumeric, so `prefix` should be too.
    pub fn fresh_id(&mut self, prefix: &str) -> String {
        let n = self.next_id;
        self.next_id += 1;
        format!("{prefix}{}", super::flatten::base36(n))
    }

    /// Adds a sprite with the default costume, on top of the others; returns its index.
    pub fn add_sprite(&mut self, name: impl Into<String>) -> usize {
        let mut sprite = Target::sprite(name);
        sprite.layer_order = self.sprites.len() as u32 + 1;
        self.sprites.push(sprite);
        self.sprites.len() - 1
    }

    /// The target `owner` names. Panics never: an out-of-range sprite index gives `None`.
    pub fn target(&self, owner: Owner) -> Option<&Target> {
        match owner {
            Owner::Stage => Some(&self.stage),
            Owner::Sprite(i) => self.sprites.get(i),
        }
    }

    /// Mutable access to the target `owner` names, if it exists.
    pub fn target_mut(&mut self, owner: Owner) -> Option<&mut Target> {
        match owner {
            Owner::Stage => Some(&mut self.stage),
            Owner::Sprite(i) => self.sprites.get_mut(i),
        }
    }

    /// All targets, stage first.
    pub fn targets(&self) -> impl Iterator<Item = &Target> {
        std::iter::once(&self.stage).chain(self.sprites.iter())
    }

    /// Adds a variable to `owner` (the stage if the sprite index is out of range) and
    /// returns a reference for blocks. Name clashes are reported when the project is written.
    pub fn add_variable(
        &mut self,
        owner: Owner,
        name: impl Into<String>,
        value: impl Into<Value>,
    ) -> VarRef {
        let id = self.fresh_id("v");
        let name = name.into();
        self.owner_or_stage(owner).variables.push(Variable {
            id: id.clone(),
            name: name.clone(),
            value: value.into(),
        });
        VarRef { name, id }
    }

    /// Adds a list to `owner` (the stage if the sprite index is out of range).
    pub fn add_list(
        &mut self,
        owner: Owner,
        name: impl Into<String>,
        items: Vec<Value>,
    ) -> ListRef {
        let id = self.fresh_id("l");
        let name = name.into();
        self.owner_or_stage(owner).lists.push(List {
            id: id.clone(),
            name: name.clone(),
            items,
        });
        ListRef { name, id }
    }

    /// Adds a broadcast message; Scratch keeps every message on the stage.
    pub fn add_broadcast(&mut self, name: impl Into<String>) -> BroadcastRef {
        let id = self.fresh_id("m");
        let name = name.into();
        self.stage.broadcasts.push(Broadcast {
            id: id.clone(),
            name: name.clone(),
        });
        BroadcastRef { name, id }
    }

    /// Adds a visible monitor for the variable or list with id `subject_id`.
    pub fn add_monitor(
        &mut self,
        subject_id: impl Into<String>,
        mode: MonitorMode,
        x: f64,
        y: f64,
    ) {
        self.monitors.push(Monitor {
            subject_id: subject_id.into(),
            mode,
            x,
            y,
            visible: true,
        });
    }

    fn owner_or_stage(&mut self, owner: Owner) -> &mut Target {
        match owner {
            Owner::Sprite(i) if i < self.sprites.len() => &mut self.sprites[i],
            _ => &mut self.stage,
        }
    }
}
