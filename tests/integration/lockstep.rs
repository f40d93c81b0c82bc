//! Things that must not drift apart: the schema and the Rust model, the rule registry and its fixtures and
//! the README's tables.

use seeds_convert::check::RULES;
use seeds_convert::model::{Block, BlockKind, Document, Removed, Repair};
use seeds_convert::parse::Layout;
use std::collections::BTreeSet;

fn schema() -> serde_json::Value {
    serde_json::from_str(include_str!("../../schemas/document.schema.json")).unwrap()
}

fn full_document() -> Document {
    Document {
        source: "a.txt".into(),
        title: Some("Tiêu đề".into()),
        url: Some("https://example.vn/a".into()),
        date: Some("2013-05-26T20:44:00+07:00".into()),
        publisher: Some("TTXVN".into()),
        category: Some("Kinh tế".into()),
        tags: vec!["Hà Nội".into()],
        language: "vi".into(),
        encoding: "UTF-8".into(),
        layout: "blog".into(),
        repairs: vec![Repair { kind: "nfc".into(), count: 1 }],
        blocks: BlockKind::ALL
            .iter()
            .map(|&kind| Block { kind, text: "Câu.".into(), line: 1, inferred: false })
            .collect(),
        removed: vec![Removed { kind: "duplicate-line".into(), text: "x".into(), line: 2, rule: "r".into() }],
    }
}

fn keys(v: &serde_json::Value) -> BTreeSet<String> {
    v.as_object().unwrap().keys().cloned().collect()
}

#[test]
fn schema_and_model_have_the_same_fields() {
    let schema = schema();
    let doc = serde_json::to_value(full_document()).unwrap();
    assert_eq!(keys(&doc), keys(&schema["properties"]), "document fields");
    let required: BTreeSet<String> =
        schema["required"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect();
    assert_eq!(keys(&doc), required, "every field is always present");
    for (field, item) in
        [("blocks", &doc["blocks"][0]), ("removed", &doc["removed"][0]), ("repairs", &doc["repairs"][0])]
    {
        assert_eq!(keys(item), keys(&schema["properties"][field]["items"]["properties"]), "{field} fields");
    }
    jsonschema::meta::validate(&schema).expect("the document schema is valid against its meta-schema");
    let validator = jsonschema::validator_for(&schema).unwrap();
    assert!(validator.is_valid(&doc));
    // And the document deserialises back into the model (deny_unknown_fields on both sides).
    let back: Document = serde_json::from_value(doc).unwrap();
    assert_eq!(back, full_document());
}

#[test]
fn schema_enums_match_the_model() {
    let schema = schema();
    let enum_of = |v: &serde_json::Value| -> BTreeSet<String> {
        v["enum"].as_array().unwrap().iter().map(|s| s.as_str().unwrap().to_string()).collect()
    };
    let kinds: BTreeSet<String> = BlockKind::ALL.iter().map(|k| k.as_str().to_string()).collect();
    assert_eq!(enum_of(&schema["properties"]["blocks"]["items"]["properties"]["kind"]), kinds);
    let layouts: BTreeSet<String> = Layout::ALL.iter().map(|l| l.name().to_string()).collect();
    assert_eq!(enum_of(&schema["properties"]["layout"]), layouts);
}

#[test]
fn every_rule_has_a_fixture_that_triggers_it() {
    let fixtures: Vec<String> =
        crate::seeds_in("samples/invalid").into_iter().chain(crate::seeds_in("samples/warnings")).collect();
    let mut codes = BTreeSet::new();
    for rule in RULES {
        assert!(codes.insert(rule.code()), "duplicate code {}", rule.code());
        let mine: Vec<&String> = fixtures.iter().filter(|f| f.contains(&format!("/{}-", rule.code()))).collect();
        assert!(!mine.is_empty(), "no fixture for {} {}", rule.code(), rule.name());
        for fixture in mine {
            let mut args = vec!["check", "--format", "json"];
            if rule.code() == "SC106" {
                args.extend(["--schema", "samples/schemas/require-url.schema.json"]);
            }
            args.push(fixture);
            let out = crate::run(&args);
            assert!(out.stdout.contains(&format!("\"code\": \"{}\"", rule.code())), "{fixture}: {}", out.stdout);
            let in_invalid = fixture.starts_with("samples/invalid/");
            assert_eq!(out.code, i32::from(in_invalid), "{fixture}: exit code");
        }
    }
}

#[test]
fn readme_lists_every_rule_and_layout() {
    let readme = include_str!("../../README.md");
    for rule in RULES {
        let row = format!("| {} | `{}` |", rule.code(), rule.name());
        assert!(readme.contains(&row), "README lacks the row `{row}`");
    }
    for layout in Layout::ALL {
        assert!(readme.contains(&format!("`{}`", layout.name())), "README lacks layout {}", layout.name());
    }
}
