//! Checks a project before writing: everything Scratch would reject or silently misread
//! (dangling variable ids, clashing names, calls to undefined custom blocks, bad monitors).

use std::collections::{HashMap, HashSet};

use super::blocks::{Block, Input, Mutation};
use super::error::WriteError;
use super::project::{MonitorMode, Project, Target};

/// What one target can see: its own variables/lists plus the stage's, by id.
struct Scope<'a> {
    variables: HashMap<&'a str, &'a str>,
    lists: HashMap<&'a str, &'a str>,
    broadcasts: HashMap<&'a str, &'a str>,
}

impl<'a> Scope<'a> {
    fn new(broadcasts: &HashMap<&'a str, &'a str>, stage: &'a Target, target: &'a Target) -> Self {
        let mut scope = Scope {
            variables: HashMap::new(),
            lists: HashMap::new(),
            broadcasts: broadcasts.clone(),
        };
        for t in [stage, target] {
            scope
                .variables
                .extend(t.variables.iter().map(|v| (v.id.as_str(), v.name.as_str())));
            scope
                .lists
                .extend(t.lists.iter().map(|l| (l.id.as_str(), l.name.as_str())));
        }
        scope
    }
}

/// Checks the whole project; the first problem found is returned.
pub fn check_project(project: &Project) -> Result<(), WriteError> {
    if project.stage.name != "Stage" || !project.stage.is_stage {
        return Err(WriteError::BadTargetName {
            name: project.stage.name.clone(),
        });
    }
    let broadcasts = all_broadcasts(project);
    let mut ids = HashSet::new();
    let mut sprite_names = HashSet::new();
    for target in project.targets() {
        if !target.is_stage {
            if target.name.is_empty() || target.name == "_stage_" || target.is_stage {
                return Err(WriteError::BadTargetName {
                    name: target.name.clone(),
                });
            }
            if !sprite_names.insert(target.name.as_str()) {
                return Err(dup(target, "sprite", &target.name));
            }
        }
        let all_ids = target
            .variables
            .iter()
            .map(|v| &v.id)
            .chain(target.lists.iter().map(|l| &l.id));
        for id in all_ids.chain(target.broadcasts.iter().map(|b| &b.id)) {
            if !ids.insert(id.as_str()) {
                return Err(WriteError::DuplicateId { id: id.clone() });
            }
        }
        check_target(&broadcasts, &project.stage, target)?;
    }
    for monitor in &project.monitors {
        let (is_list, expected) = match monitor.mode {
            MonitorMode::List { .. } => (true, "list"),
            _ => (false, "variable"),
        };
        let found = project.targets().any(|t| {
            if is_list {
                t.lists.iter().any(|l| l.id == monitor.subject_id)
            } else {
                t.variables.iter().any(|v| v.id == monitor.subject_id)
            }
        });
        if !found {
            return Err(WriteError::BadMonitor {
                id: monitor.subject_id.clone(),
                expected,
            });
        }
    }
    Ok(())
}

fn dup(target: &Target, kind: &'static str, name: &str) -> WriteError {
    WriteError::DuplicateName {
        target: target.name.clone(),
        kind,
        name: name.to_string(),
    }
}

/// Every broadcast message of the project (all are global), id to name.
pub fn all_broadcasts(project: &Project) -> HashMap<&str, &str> {
    project
        .targets()
        .flat_map(|t| t.broadcasts.iter())
        .map(|b| (b.id.as_str(), b.name.as_str()))
        .collect()
}

/// Checks one target's names, costumes and block references (`stage` gives the globals,
/// `broadcasts` the messages in scope).
pub fn check_target(
    broadcasts: &HashMap<&str, &str>,
    stage: &Target,
    target: &Target,
) -> Result<(), WriteError> {
    let mut names = HashSet::new();
    for v in &target.variables {
        if !names.insert(v.name.as_str()) || (!target.is_stage && stage.variable(&v.name).is_some())
        {
            return Err(dup(target, "variable", &v.name));
        }
    }
    names.clear();
    for l in &target.lists {
        if !names.insert(l.name.as_str()) || (!target.is_stage && stage.list(&l.name).is_some()) {
            return Err(dup(target, "list", &l.name));
        }
    }
    names.clear();
    for c in &target.costumes {
        if !names.insert(c.name.as_str()) {
            return Err(dup(target, "costume", &c.name));
        }
    }
    if target.costumes.is_empty() || target.current_costume >= target.costumes.len() {
        return Err(WriteError::BadCostumes {
            target: target.name.clone(),
            count: target.costumes.len(),
            current: target.current_costume,
        });
    }
    let scope = Scope::new(broadcasts, stage, target);
    let mut prototypes: Vec<&Mutation> = Vec::new();
    let mut calls: Vec<&Mutation> = Vec::new();
    let mut result = Ok(());
    for script in &target.scripts {
        for top in script.blocks.iter() {
            top.visit(&mut |b: &Block| {
                if result.is_ok() {
                    result = check_block(target, &scope, b, &mut prototypes, &mut calls);
                }
            });
        }
    }
    result?;
    for call in calls {
        let defined = prototypes
            .iter()
            .any(|p| p.proccode == call.proccode && p.argument_ids == call.argument_ids);
        if !defined {
            return Err(WriteError::UndefinedProcedure {
                target: target.name.clone(),
                proccode: call.proccode.clone(),
                argument_ids: call.argument_ids.clone(),
            });
        }
    }
    Ok(())
}

fn check_block<'a>(
    target: &Target,
    scope: &Scope,
    b: &'a Block,
    prototypes: &mut Vec<&'a Mutation>,
    calls: &mut Vec<&'a Mutation>,
) -> Result<(), WriteError> {
    let missing_mutation = || WriteError::MissingMutation {
        target: target.name.clone(),
        opcode: b.opcode.to_string(),
    };
    match &*b.opcode {
        "procedures_prototype" => {
            prototypes.push(b.mutation.as_ref().ok_or_else(missing_mutation)?)
        }
        "procedures_call" => calls.push(b.mutation.as_ref().ok_or_else(missing_mutation)?),
        _ => {}
    }
    for (name, field) in &b.fields {
        let (kind, table) = match &**name {
            "VARIABLE" => ("variable", &scope.variables),
            "LIST" => ("list", &scope.lists),
            "BROADCAST_OPTION" => ("broadcast", &scope.broadcasts),
            _ => continue,
        };
        check_ref(target, b, kind, table, &field.value, field.id.as_deref())?;
    }
    for (_, input) in &b.inputs {
        if let Input::Broadcast { name, id } = input {
            check_ref(target, b, "broadcast", &scope.broadcasts, name, Some(id))?;
        }
    }
    Ok(())
}

fn check_ref(
    target: &Target,
    b: &Block,
    kind: &'static str,
    table: &HashMap<&str, &str>,
    name: &str,
    id: Option<&str>,
) -> Result<(), WriteError> {
    let id = id.unwrap_or("");
    match table.get(id) {
        None => Err(WriteError::UnknownReference {
            target: target.name.clone(),
            opcode: b.opcode.to_string(),
            kind,
            name: name.to_string(),
            id: id.to_string(),
        }),
        Some(actual) if *actual != name => Err(WriteError::NameMismatch {
            target: target.name.clone(),
            opcode: b.opcode.to_string(),
            kind,
            id: id.to_string(),
            name: name.to_string(),
            actual: actual.to_string(),
        }),
        Some(_) => Ok(()),
    }
}
