//! Why a project could not be written.

use thiserror::Error;

/// A project that Scratch would reject or misread, found before writing it.
#[derive(Debug, Clone, PartialEq, Error)]
pub enum WriteError {
    /// Two variables, lists or broadcasts share an id.
    #[error("duplicate id {id:?}: every variable, list and broadcast needs its own id")]
    DuplicateId {
        /// The id used twice.
        id: String,
    },
    /// Two variables (or two lists) of one target share a name, or a sprite's local
    /// shadows a global of the same kind.
    #[error("{kind} name {name:?} is used twice in {target:?} (or also by a stage global); names must be unique in scope")]
    DuplicateName {
        /// Target name.
        target: String,
        /// `variable`, `list`, `costume` or `sprite`.
        kind: &'static str,
        /// The clashing name.
        name: String,
    },
    /// A target name Scratch does not accept.
    #[error("bad target name {name:?}: the stage must be named \"Stage\" and sprites need a non-empty name other than \"_stage_\"")]
    BadTargetName {
        /// The name.
        name: String,
    },
    /// A target without costumes, or whose current costume does not exist.
    #[error("{target:?} has {count} costume(s) but current costume {current}: at least one costume is required and the current index must be below the count")]
    BadCostumes {
        /// Target name.
        target: String,
        /// Number of costumes.
        count: usize,
        /// Current costume index.
        current: usize,
    },
    /// A block references a variable, list or broadcast that is not in scope.
    #[error("a {opcode} block in {target:?} references {kind} {name:?} (id {id:?}), which is not defined in that sprite or on the stage")]
    UnknownReference {
        /// Target name.
        target: String,
        /// Opcode of the referencing block.
        opcode: String,
        /// `variable`, `list` or `broadcast`.
        kind: &'static str,
        /// Name in the field.
        name: String,
        /// Id in the field (empty if missing).
        id: String,
    },
    /// A block references a variable or list by id but under another name.
    #[error("a {opcode} block in {target:?} names {kind} id {id:?} {name:?}, but that {kind} is called {actual:?}")]
    NameMismatch {
        /// Target name.
        target: String,
        /// Opcode of the referencing block.
        opcode: String,
        /// `variable`, `list` or `broadcast`.
        kind: &'static str,
        /// Referenced id.
        id: String,
        /// Name in the field.
        name: String,
        /// Name of the definition.
        actual: String,
    },
    /// A custom block call without a matching definition in the same target.
    #[error("{target:?} calls custom block {proccode:?} with argument ids {argument_ids:?}, but no definition there has that proccode and those argument ids")]
    UndefinedProcedure {
        /// Target name.
        target: String,
        /// The call's proccode.
        proccode: String,
        /// The call's argument ids.
        argument_ids: Vec<String>,
    },
    /// A block without the mutation its opcode needs.
    #[error("a {opcode} block in {target:?} has no mutation; procedures_prototype and procedures_call need one")]
    MissingMutation {
        /// Target name.
        target: String,
        /// Opcode.
        opcode: String,
    },
    /// A monitor whose subject does not exist or has the wrong kind.
    #[error("monitor for id {id:?}: no {expected} with that id exists (list monitors show lists, the other modes show variables)")]
    BadMonitor {
        /// The monitor's subject id.
        id: String,
        /// `variable` or `list`.
        expected: &'static str,
    },
    /// Blocks nested deeper than the writer supports.
    #[error("blocks in {target:?} are nested more than {limit} levels deep")]
    TooDeep {
        /// Target name.
        target: String,
        /// The nesting limit.
        limit: usize,
    },
    /// A sprite index out of range.
    #[error("no sprite at index {index}: the project has {count} sprite(s)")]
    NoSuchSprite {
        /// Requested index.
        index: usize,
        /// Number of sprites.
        count: usize,
    },
    /// The zip library failed.
    #[error("zip: {0}")]
    Zip(String),
}
