//! Unit tests of the JSON shapes Scratch expects.

use serde_json::{json, Value as J};

use super::ops::{arith, num, rep, stop_this_script, text, when_flag, Procedure};
use super::*;

fn parse(s: &str) -> J {
    serde_json::from_str(s).expect("writer output is valid JSON")
}

fn blocks_of(project: &J, target: usize) -> &serde_json::Map<String, J> {
    project["targets"][target]["blocks"].as_object().unwrap()
}

fn find<'a>(blocks: &'a serde_json::Map<String, J>, opcode: &str) -> Vec<(&'a String, &'a J)> {
    blocks
        .iter()
        .filter(|(_, b)| b["opcode"] == opcode)
        .collect()
}

#[test]
fn variables_and_lists_keep_numbers_as_json_numbers() {
    let mut p = Project::new();
    let v = p.add_variable(Owner::Stage, "x", 1.5);
    p.add_variable(Owner::Stage, "status", "");
    let items = vec![
        Value::Number(3.0),
        Value::Number(-0.0),
        Value::Number(f64::NAN),
        Value::Number(f64::INFINITY),
        "hi".into(),
        Value::Number(1e21),
    ];
    let l = p.add_list(Owner::Stage, "out", items);
    let s = project_json_string(&p).unwrap();
    assert!(s.contains(r#"[3,-0,"NaN","Infinity","hi",1e+21]"#), "{s}");
    let j = parse(&s);
    let stage = &j["targets"][0];
    assert_eq!(stage["isStage"], true);
    assert_eq!(stage["name"], "Stage");
    assert_eq!(stage["variables"][&v.id], json!(["x", 1.5]));
    assert_eq!(stage["lists"][&l.id][1][0], json!(3));
    assert_eq!(j["meta"]["semver"], "3.0.0");
    assert_eq!(
        j["targets"][0]["costumes"][0]["md5ext"]
            .as_str()
            .unwrap()
            .len(),
        36
    );
}

#[test]
fn scripts_flatten_with_links_and_input_arrays() {
    let mut p = Project::new();
    let s = p.add_sprite("Robot");
    let x = p.add_variable(Owner::Sprite(s), "x", 0);
    let out = p.add_list(Owner::Stage, "out", vec![]);
    let script = Script {
        x: 10.0,
        y: 20.0,
        blocks: vec![
            when_flag(),
            x.set(rep(arith("operator_add", num(1.0), x.input()))),
            out.add(text("hi")),
            ops::repeat(num(3.0), vec![x.change(num(-0.0))]),
        ]
        .into(),
    };
    p.sprites[s].scripts.push(script);
    let j = parse(&project_json_string(&p).unwrap());
    let blocks = blocks_of(&j, 1);
    let (hat_id, hat) = find(blocks, "event_whenflagclicked")[0];
    assert_eq!(hat["topLevel"], true);
    assert_eq!((hat["x"].clone(), hat["y"].clone()), (json!(10), json!(20)));
    assert_eq!(hat["parent"], J::Null);
    let (set_id, set) = find(blocks, "data_setvariableto")[0];
    assert_eq!(hat["next"], json!(set_id));
    assert_eq!(set["parent"], json!(hat_id));
    assert_eq!(set["topLevel"], false);
    assert_eq!(set["fields"]["VARIABLE"], json!(["x", x.id]));
    let add_id = set["inputs"]["VALUE"][1].as_str().unwrap();
    assert_eq!(set["inputs"]["VALUE"][0], 3);
    let add = &blocks[add_id];
    assert_eq!(add["parent"], json!(set_id));
    assert_eq!(add["inputs"]["NUM1"], json!([1, [4, "1"]]));
    assert_eq!(add["inputs"]["NUM2"], json!([3, [12, "x", x.id], [4, ""]]));
    let (_, push) = find(blocks, "data_addtolist")[0];
    assert_eq!(push["inputs"]["ITEM"], json!([1, [10, "hi"]]));
    assert_eq!(push["fields"]["LIST"], json!(["out", out.id]));
    let (rep_id, repeat) = find(blocks, "control_repeat")[0];
    assert_eq!(repeat["next"], J::Null);
    let body_id = repeat["inputs"]["SUBSTACK"][1].as_str().unwrap();
    assert_eq!(repeat["inputs"]["SUBSTACK"][0], 2);
    assert_eq!(blocks[body_id]["parent"], json!(rep_id));
    assert_eq!(blocks[body_id]["inputs"]["VALUE"], json!([1, [4, "-0"]]));
    assert_eq!(
        blocks.len(),
        6,
        "variable reporter is compact, not its own block"
    );
}

#[test]
fn custom_blocks_have_prototype_shadows_and_mutations() {
    let mut p = Project::new();
    let s = p.add_sprite("Robot");
    let out = p.add_list(Owner::Stage, "out", vec![]);
    let f = Procedure::new(&mut p, "add to out", &["a", "b"], true);
    let body = vec![
        out.add(rep(arith("operator_add", rep(f.arg(0)), rep(f.arg(1))))),
        stop_this_script(),
    ];
    p.sprites[s].scripts.push(f.define(0.0, 0.0, body));
    p.sprites[s].scripts.push(Script {
        x: 0.0,
        y: 300.0,
        blocks: vec![when_flag(), f.call(vec![num(2.0), text("3")])].into(),
    });
    let j = parse(&project_json_string(&p).unwrap());
    let blocks = blocks_of(&j, 1);
    let (def_id, def) = find(blocks, "procedures_definition")[0];
    let proto_id = def["inputs"]["custom_block"][1].as_str().unwrap();
    assert_eq!(def["inputs"]["custom_block"][0], 1);
    let proto = &blocks[proto_id];
    assert_eq!(proto["shadow"], true);
    assert_eq!(proto["parent"], json!(def_id));
    let m = &proto["mutation"];
    assert_eq!(m["tagName"], "mutation");
    assert_eq!(m["children"], json!([]));
    assert_eq!(m["proccode"], "add to out %s %s");
    assert_eq!(m["warp"], "true");
    let ids: Vec<String> = serde_json::from_str(m["argumentids"].as_str().unwrap()).unwrap();
    assert_eq!(ids, f.mutation.argument_ids);
    assert_eq!(m["argumentnames"], r#"["a","b"]"#);
    assert_eq!(m["argumentdefaults"], r#"["",""]"#);
    let arg_shadow = &blocks[proto["inputs"][&ids[0]][1].as_str().unwrap()];
    assert_eq!(
        (
            arg_shadow["opcode"].as_str(),
            arg_shadow["shadow"].as_bool()
        ),
        (Some("argument_reporter_string_number"), Some(true))
    );
    let in_body: Vec<_> = find(blocks, "argument_reporter_string_number")
        .into_iter()
        .filter(|(_, b)| b["shadow"] == false)
        .collect();
    assert_eq!(in_body.len(), 2);
    assert_eq!(
        in_body[0].1["fields"]["VALUE"][0]
            .as_str()
            .map(|v| v == "a" || v == "b"),
        Some(true)
    );
    let (_, call) = find(blocks, "procedures_call")[0];
    assert_eq!(call["mutation"]["proccode"], "add to out %s %s");
    assert_eq!(call["mutation"]["warp"], "true");
    assert!(call["mutation"].get("argumentnames").is_none());
    assert_eq!(call["inputs"][&ids[0]], json!([1, [4, "2"]]));
    assert_eq!(call["inputs"][&ids[1]], json!([1, [10, "3"]]));
    let (_, stop) = find(blocks, "control_stop")[0];
    assert_eq!(
        stop["mutation"],
        json!({"tagName": "mutation", "children": [], "hasnext": "false"})
    );
    assert_eq!(stop["fields"]["STOP_OPTION"], json!(["this script", null]));
}

#[test]
fn monitors_and_costume_menus() {
    let mut p = Project::new();
    let s = p.add_sprite("Robot");
    let t = p.add_variable(Owner::Stage, "temperature", 0.8);
    let out = p.add_list(Owner::Stage, "out", vec![]);
    p.add_monitor(
        &t.id,
        MonitorMode::Slider {
            min: 0.0,
            max: 2.0,
            discrete: false,
        },
        5.0,
        5.0,
    );
    p.add_monitor(
        &out.id,
        MonitorMode::List {
            width: 200.0,
            height: 150.0,
        },
        5.0,
        60.0,
    );
    let switch =
        Block::new("looks_switchcostumeto").input("COSTUME", rep(ops::mathop("floor", num(1.0))));
    p.sprites[s].scripts.push(Script {
        x: 0.0,
        y: 0.0,
        blocks: vec![when_flag(), switch].into(),
    });
    let j = parse(&project_json_string(&p).unwrap());
    assert_eq!(
        j["monitors"][0],
        json!({"id": t.id, "mode": "slider", "opcode": "data_variable", "params": {"VARIABLE": "temperature"},
               "spriteName": null, "value": 0.8, "width": 0, "height": 0, "x": 5, "y": 5, "visible": true,
               "sliderMin": 0, "sliderMax": 2, "isDiscrete": false})
    );
    assert_eq!(j["monitors"][1]["mode"], "list");
    assert_eq!(j["monitors"][1]["value"], json!([]));
    let blocks = blocks_of(&j, 1);
    let (_, sw) = find(blocks, "looks_switchcostumeto")[0];
    let menu = &blocks[sw["inputs"]["COSTUME"][2].as_str().unwrap()];
    assert_eq!(menu["opcode"], "looks_costume");
    assert_eq!(menu["shadow"], true);
    assert_eq!(menu["fields"]["COSTUME"], json!(["costume1", null]));
}

#[test]
fn bad_projects_give_typed_errors() {
    let mut p = Project::new();
    let s = p.add_sprite("Robot");
    let ghost = VarRef {
        name: "ghost".into(),
        id: "nope".into(),
    };
    p.sprites[s].scripts.push(Script {
        x: 0.0,
        y: 0.0,
        blocks: vec![when_flag(), ghost.set(num(1.0))].into(),
    });
    assert!(matches!(
        project_json_string(&p),
        Err(WriteError::UnknownReference {
            kind: "variable",
            ..
        })
    ));

    let mut p = Project::new();
    let s = p.add_sprite("Robot");
    let f = Procedure::new(&mut p, "f", &["a"], true);
    p.sprites[s].scripts.push(Script {
        x: 0.0,
        y: 0.0,
        blocks: vec![when_flag(), f.call(vec![num(1.0)])].into(),
    });
    let err = project_json_string(&p).unwrap_err();
    assert!(matches!(err, WriteError::UndefinedProcedure { .. }));
    assert!(err.to_string().contains("\"f %s\""), "{err}");

    let mut p = Project::new();
    let s = p.add_sprite("Robot");
    p.add_variable(Owner::Stage, "n", 0);
    p.add_variable(Owner::Sprite(s), "n", 0);
    assert!(matches!(
        project_json_string(&p),
        Err(WriteError::DuplicateName {
            kind: "variable",
            ..
        })
    ));

    let mut p = Project::new();
    p.add_monitor("missing", MonitorMode::Large, 0.0, 0.0);
    assert!(matches!(
        project_json_string(&p),
        Err(WriteError::BadMonitor { .. })
    ));

    let mut p = Project::new();
    p.stage.costumes.clear();
    assert!(matches!(
        project_json_string(&p),
        Err(WriteError::BadCostumes { .. })
    ));
    assert!(matches!(
        write_sprite3(&Project::new(), 0),
        Err(WriteError::NoSuchSprite { .. })
    ));
}

#[test]
fn sprite3_carries_the_stage_variables_it_uses() {
    let mut p = Project::new();
    let s = p.add_sprite("Robot");
    let used = p.add_list(Owner::Stage, "mem", vec![Value::Number(7.0)]);
    p.add_variable(Owner::Stage, "unused", 0);
    let status = p.add_variable(Owner::Stage, "status", "");
    let go = p.add_broadcast("go");
    p.sprites[s].scripts.push(Script {
        x: 0.0,
        y: 0.0,
        blocks: vec![
            when_flag(),
            status.set(rep(used.item(num(1.0)))),
            Block::new("event_broadcast").input(
                "BROADCAST_INPUT",
                Input::Broadcast {
                    name: go.name.clone(),
                    id: go.id.clone(),
                },
            ),
        ]
        .into(),
    });
    let j = parse(&sprite_json_string(&p, s).unwrap());
    assert_eq!(j["isStage"], false);
    assert_eq!(j["name"], "Robot");
    assert_eq!(j["lists"][&used.id], json!(["mem", [7]]));
    assert_eq!(
        j["variables"].as_object().unwrap().len(),
        1,
        "only the used stage variable travels"
    );
    assert_eq!(j["variables"][&status.id], json!(["status", ""]));
    assert_eq!(j["broadcasts"], json!({}));
    assert_eq!(j["layerOrder"], 1);
    let (_, b) = find(j["blocks"].as_object().unwrap(), "event_broadcast")[0];
    assert_eq!(
        b["inputs"]["BROADCAST_INPUT"],
        json!([1, [11, "go", go.id]])
    );
}

#[test]
fn zip_holds_json_and_each_asset_once() {
    let mut p = Project::new();
    let a = p.add_sprite("A");
    let b = p.add_sprite("B");
    let extra = Costume {
        name: "costume2".into(),
        ..assets::default_costume()
    };
    p.sprites[a].costumes.push(extra);
    let (bytes, report) = write_sb3_with_report(&p).unwrap();
    assert_eq!(report.zip_bytes, bytes.len());
    assert_eq!(
        report.asset_count, 2,
        "backdrop + one robot shared by three costumes"
    );
    assert!(report.fits_scratch());
    let mut archive = ::zip::ZipArchive::new(std::io::Cursor::new(bytes.clone())).unwrap();
    let mut names: Vec<String> = archive.file_names().map(String::from).collect();
    names.sort();
    assert_eq!(names.len(), 3);
    assert!(names.contains(&"project.json".to_string()));
    let robot = assets::md5ext(&assets::default_costume());
    assert!(names.contains(&robot));
    let mut json = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("project.json").unwrap(), &mut json)
        .unwrap();
    assert_eq!(json, project_json_string(&p).unwrap());
    assert_eq!(write_sb3(&p).unwrap(), bytes, "writing is deterministic");
    let sprite = write_sprite3(&p, b).unwrap();
    let mut archive = ::zip::ZipArchive::new(std::io::Cursor::new(sprite)).unwrap();
    assert!(archive.by_name("sprite.json").is_ok());
    assert_eq!(archive.len(), 2);
}

/// A shared script's text is reused from the writer's cache only where it would be written
/// the same: another first id, position, sprite or costume writes it anew. Each project below
/// is written twice: with the script shared (cache) and as a private copy (no cache).
#[test]
fn shared_scripts_write_the_same_text_as_private_copies() {
    let mut p = Project::new();
    let s = p.add_sprite("Robot");
    let x = p.add_variable(Owner::Sprite(s), "x", 0);
    let shared = Script::new(
        10.0,
        20.0,
        vec![
            when_flag(),
            x.set(rep(arith("operator_add", num(1.0), x.input()))),
            Block::new("looks_switchcostumeto").input(
                "COSTUME",
                Input::Reporter(Box::new(Block::new("looks_getcostumenumbername"))),
            ),
        ],
    );
    let keep = shared.clone();
    let private = |p: &Project| {
        let mut q = p.clone();
        for t in q.sprites.iter_mut() {
            for sc in t.scripts.iter_mut() {
                *sc = Script::new(sc.x, sc.y, sc.blocks.as_ref().clone());
            }
        }
        project_json_string(&q).unwrap()
    };
    let mut written = Vec::new();
    for variant in 0..4 {
        let mut q = p.clone();
        q.sprites[s].scripts.clear();
        if variant >= 1 {
            // ids of the shared script start later
            q.sprites[s]
                .scripts
                .push(Script::new(0.0, 0.0, vec![when_flag()]));
        }
        let mut sc = shared.clone();
        if variant >= 2 {
            sc.y = 99.0;
        }
        q.sprites[s].scripts.push(sc);
        if variant == 3 {
            q.sprites[s].name = "Other".into();
        }
        let once = project_json_string(&q).unwrap();
        let again = project_json_string(&q).unwrap();
        assert_eq!(once, again, "variant {variant}: second write differs");
        assert_eq!(once, private(&q), "variant {variant}: cached text differs");
        parse(&once);
        written.push(once);
    }
    assert!(
        std::sync::Arc::strong_count(&keep.blocks) > 2,
        "the cache holds the blocks"
    );
    for pair in written.windows(2) {
        assert_ne!(pair[0], pair[1], "each variant changes the text");
    }
}
