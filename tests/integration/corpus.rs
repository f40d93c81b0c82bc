//! Every file of ../shared/corpus through `check` and `--to json`: no panic, no error on any article, every
//! document valid against the schema. Skipped only when the corpus is absent and we are not in CI.

use crate::run;
use std::collections::BTreeMap;
use std::path::Path;

pub const CORPUS: &str = "../shared/corpus";

pub fn corpus_present() -> bool {
    let present = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS).is_dir();
    if !present && std::env::var("CI").is_ok_and(|v| v == "true") {
        panic!("{CORPUS} is missing, and CI=true: the corpus test must run in CI");
    }
    present
}

#[test]
fn every_corpus_file_checks_without_errors() {
    if !corpus_present() {
        crate::skip(&format!("{CORPUS} not present"));
        return;
    }
    let out = run(&["check", "--format", "json", CORPUS]);
    assert!(out.code == 0 || out.code == 1, "check crashed or failed to run: {}", out.stderr);
    let report: Vec<serde_json::Value> = serde_json::from_str(&out.stdout).expect("check --format json is JSON");
    assert!(report.len() >= 2_600, "only {} files checked", report.len());
    let invalid: Vec<String> =
        report.iter().filter(|f| f["valid"] == false).map(|f| format!("{}: {}", f["path"], f["diagnostics"])).collect();
    assert!(invalid.is_empty(), "{} corpus articles fail check:\n{}", invalid.len(), invalid.join("\n"));
    assert_eq!(out.code, 0);
    let schema: serde_json::Value =
        serde_json::from_str(include_str!("../../schemas/diagnostics.schema.json")).unwrap();
    let validator = jsonschema::draft202012::new(&schema).unwrap();
    assert!(validator.is_valid(&serde_json::Value::Array(report)));
}

#[test]
fn every_corpus_document_is_valid_json_against_the_schema() {
    if !corpus_present() {
        return;
    }
    let out = run(&["--to", "json", "--quiet", CORPUS]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let schema: serde_json::Value = serde_json::from_str(include_str!("../../schemas/document.schema.json")).unwrap();
    let validator = jsonschema::validator_for(&schema).unwrap();
    let mut layouts: BTreeMap<(String, String), usize> = BTreeMap::new();
    let mut count = 0;
    for line in out.stdout.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).expect("each line is one JSON document");
        let errors: Vec<String> = validator.iter_errors(&doc).map(|e| e.to_string()).collect();
        assert!(errors.is_empty(), "{}: {errors:?}", doc["source"]);
        let folder = doc["source"].as_str().unwrap().split('/').nth(3).unwrap_or("").to_string();
        *layouts.entry((folder, doc["layout"].as_str().unwrap().to_string())).or_default() += 1;
        count += 1;
    }
    assert!(count >= 2_600);
    // Each corpus folder is recognised as the layout it was published in.
    let expect = [
        ("crawler_baomoi", "crawl7"),
        ("magizbox_baomoi_paragraphs", "paragraphs-sapo-last"),
        ("underthesea_unc", "header-lines"),
        ("vims_mds", "sidecar"),
        ("vntc", "paragraph-lines"),
        ("magizbox_baomoi", "title-sapo-body"),
    ];
    for (folder, layout) in expect {
        let total: usize = layouts.iter().filter(|((f, _), _)| f == folder).map(|(_, n)| n).sum();
        let hits = layouts.get(&(folder.to_string(), layout.to_string())).copied().unwrap_or(0);
        assert!(hits * 100 >= total * 90, "{folder}: only {hits} of {total} detected as {layout}: {layouts:?}");
    }
}
