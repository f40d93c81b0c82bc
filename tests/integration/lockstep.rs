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

fn validator(schema_path: &str) -> jsonschema::Validator {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(schema_path);
    let schema: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    jsonschema::meta::validate(&schema).unwrap_or_else(|e| panic!("{schema_path}: {e}"));
    jsonschema::validator_for(&schema).unwrap()
}

fn violations(validator: &jsonschema::Validator, value: &serde_json::Value) -> Vec<String> {
    validator.iter_errors(value).map(|e| format!("{}: {e}", e.instance_path())).collect()
}

#[test]
fn check_json_output_follows_its_schema() {
    let validator = validator("schemas/diagnostics.schema.json");
    let out = crate::run(&["check", "--format", "json", "samples"]);
    let report: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(report.as_array().unwrap().len() > 20);
    assert_eq!(violations(&validator, &report), Vec::<String>::new());
    // The schema is not vacuous: a report that breaks it is caught.
    let mut broken = report.clone();
    broken[0]["diagnostics"] = serde_json::json!([{"code": "X1", "severity": "fatal", "line": 0, "column": 1}]);
    assert!(violations(&validator, &broken).len() >= 3);
    // Every diagnostic names its rule and says whether `fix` fixes it, as the registry does.
    for file in report.as_array().unwrap() {
        for d in file["diagnostics"].as_array().unwrap() {
            let rule = seeds_convert::check::find_rule(d["code"].as_str().unwrap()).unwrap();
            assert_eq!(d["name"], rule.name());
            assert_eq!(d["fixable"], rule.meta().fixable, "{}", rule.code());
        }
    }
}

#[test]
fn built_in_rules_follow_the_rules_schema() {
    let validator = validator("schemas/rules.schema.json");
    let rules: serde_json::Value =
        serde_json::from_str(include_str!("../../src/parse/boilerplate/rules.json")).unwrap();
    assert_eq!(violations(&validator, &rules), Vec::<String>::new());
    let broken = serde_json::json!({"rules": [{"name": "", "kind": "Bad Kind", "action": "zap", "pattern": "x"}]});
    assert!(!validator.is_valid(&broken));
}

#[test]
fn removed_kinds_are_listed_in_the_readme_and_the_schema() {
    use seeds_convert::parse::boilerplate::RemovedKind;
    let readme = include_str!("../../README.md");
    let start = readme.find("* `removed[].kind`:").expect("README lists the removed kinds");
    let list = &readme[start..start + readme[start..].find("* `repairs[]`").unwrap()];
    let schema = schema();
    let described = schema["properties"]["removed"]["items"]["properties"]["kind"]["description"].as_str().unwrap();
    for kind in RemovedKind::ALL {
        assert!(list.contains(&format!("`{}`", kind.as_str())), "README lacks removed kind {}", kind.as_str());
        assert!(described.contains(kind.as_str()), "schema description lacks {}", kind.as_str());
    }
    // And every kind the built-in rules record is one of them.
    let rules: serde_json::Value =
        serde_json::from_str(include_str!("../../src/parse/boilerplate/rules.json")).unwrap();
    let names: BTreeSet<&str> = RemovedKind::ALL.iter().map(|k| k.as_str()).collect();
    for rule in rules["rules"].as_array().unwrap() {
        let (kind, action) = (rule["kind"].as_str().unwrap(), rule["action"].as_str().unwrap());
        if !["caption", "attribution"].contains(&action) {
            assert!(names.contains(kind), "rule {} records unknown kind {kind}", rule["name"]);
        }
    }
}

#[test]
fn rules_marked_fixable_are_the_ones_fix_fixes() {
    // Each warning fixture, fixed in a copy, is clean exactly when its rule says it is fixable. (SC004's bytes
    // become U+FFFD, which SC005 then reports; SC103's title becomes text and SC101 says there is none: the
    // problem stays, so neither is called fixable.)
    let dir = tempfile::tempdir().unwrap();
    for seed in crate::seeds_in("samples/warnings") {
        let code = seed.trim_start_matches("samples/warnings/")[..5].to_string();
        let rule = seeds_convert::check::find_rule(&code).unwrap();
        let copy = dir.path().join(seed.trim_start_matches("samples/warnings/"));
        std::fs::copy(&seed, &copy).unwrap();
        let fix = crate::run(&["fix", "-q", copy.to_str().unwrap()]);
        assert_eq!(fix.code, 0, "{seed}: {}", fix.stderr);
        let after = crate::run(&["check", "--format", "json", copy.to_str().unwrap()]);
        let report: serde_json::Value = serde_json::from_str(&after.stdout).unwrap();
        let clean = report[0]["diagnostics"].as_array().unwrap().is_empty();
        assert_eq!(
            clean,
            rule.meta().fixable,
            "{seed}: fixable is {} but after fix: {}",
            rule.meta().fixable,
            after.stdout
        );
        let human = crate::run(&["check", &seed]);
        assert_eq!(human.stdout.contains("help: fixable with seeds-convert fix"), rule.meta().fixable, "{seed}");
    }
}
