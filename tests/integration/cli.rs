//! Exit codes, standard input, directories, output files, and no output left behind on failure.

use crate::{run, run_with_stdin};

#[test]
fn no_arguments_is_a_usage_error() {
    let out = run(&[]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--to FORMAT"), "{}", out.stderr);
}

#[test]
fn unknown_format_and_missing_input_are_usage_errors() {
    assert_eq!(run(&["--to", "docx", "samples/articles"]).code, 2);
    assert_eq!(run(&["--to", "json"]).code, 2);
    let out = run(&["--to", "json", "samples/no-such-file.txt"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("samples/no-such-file.txt: no such file or directory"), "{}", out.stderr);
    assert_eq!(run(&["check", "samples/no-such-dir"]).code, 2);
}

#[test]
fn a_dash_for_the_output_is_standard_output() {
    let dash = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("-");
    let out = run(&["--to", "json", "samples/articles/crawl7.txt", "-o", "-"]);
    let written = dash.exists();
    let _ = std::fs::remove_file(&dash);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(!written, "-o - wrote a file named -");
    assert!(out.stdout.trim_start().starts_with('{'), "{}", out.stdout);
}

#[test]
fn help_and_version_succeed() {
    let out = run(&["--help"]);
    assert_eq!(out.code, 0);
    assert!(out.stdout.contains("check") && out.stdout.contains("json") && out.stdout.contains("txt"));
    assert_eq!(run(&["--version"]).code, 0);
    assert_eq!(run(&["check", "--help"]).code, 0);
}

#[test]
fn stdin_is_read_with_dash() {
    let seed = "Giá vàng tăng mạnh\n\nGiá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.\n";
    let out = run_with_stdin(&["--to", "json", "-"], Some(seed.as_bytes()));
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["title"], "Giá vàng tăng mạnh");
    assert_eq!(doc["source"], "-");
    let out = run_with_stdin(&["check", "-"], Some(b"  \n"));
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("-:1:1: error[SC002]"), "{}", out.stdout);
}

#[test]
fn several_inputs_give_json_lines_in_sorted_order() {
    let out = run(&["--to", "json", "samples/articles"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let sources: Vec<String> = out
        .stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["source"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(sources, crate::seeds_in("samples/articles"));
}

#[test]
fn output_file_is_written_only_when_every_input_is_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("out.jsonl");
    let target_s = target.to_str().unwrap();
    let out = run(&["--to", "json", "samples/articles", "samples/invalid/SC102-missing-body.txt", "-o", target_s]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("error[SC102]") && out.stderr.contains("nothing written"), "{}", out.stderr);
    assert!(!target.exists());
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0, "no temporary file left behind");

    let out = run(&["--to", "json", "samples/articles", "-o", target_s]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.is_empty());
    let written = std::fs::read_to_string(&target).unwrap();
    assert_eq!(written.lines().count(), crate::seeds_in("samples/articles").len());
}

#[test]
fn output_never_overwrites_an_input() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("a.txt");
    std::fs::write(&seed, "Tiêu đề\n\nMột đoạn văn.\n").unwrap();
    let seed_s = seed.to_str().unwrap();
    let out = run(&["--to", "txt", seed_s, "-o", seed_s]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("refusing to overwrite an input"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&seed).unwrap(), "Tiêu đề\n\nMột đoạn văn.\n");
}

#[test]
fn check_exit_codes_follow_errors_not_warnings() {
    assert_eq!(run(&["check", "samples/articles"]).code, 0);
    assert_eq!(run(&["check", "samples/warnings"]).code, 0);
    assert_eq!(run(&["check", "samples/invalid"]).code, 1);
    // --strict turns a missing title into an error.
    let out = run(&["check", "--strict", "samples/warnings/SC101-missing-title.txt"]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("error[SC101]"), "{}", out.stdout);
}

#[test]
fn user_schema_applies_on_top() {
    let out =
        run(&["check", "--schema", "samples/schemas/require-url.schema.json", "samples/invalid/SC106-schema.txt"]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.contains("error[SC106]"), "{}", out.stdout);
    let out = run(&[
        "check",
        "--schema",
        "samples/schemas/require-url.schema.json",
        "samples/articles/002_80b3f6d469e22f59.txt",
    ]);
    assert_eq!(out.code, 0, "{}", out.stdout);
    let out = run(&["check", "--schema", "Cargo.toml", "samples/articles"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("--schema Cargo.toml: not JSON"), "{}", out.stderr);
}

#[test]
fn user_rules_strip_more() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("rules.json");
    std::fs::write(
        &rules,
        r#"{"rules": [{"name": "share", "kind": "share-widget", "action": "line", "pattern": "^Chia sẻ bài viết"}]}"#,
    )
    .unwrap();
    let out =
        run(&["--to", "json", "--rules", rules.to_str().unwrap(), "samples/warnings/SC105-suspect-boilerplate.txt"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["removed"][0]["kind"], "share-widget");
    assert_eq!(doc["removed"][0]["line"], 5);
    std::fs::write(&rules, r#"{"rules": [{"name": "x", "kind": "x", "action": "line", "pattern": "("}]}"#).unwrap();
    let out = run(&["check", "--rules", rules.to_str().unwrap(), "samples/articles"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("bad pattern"), "{}", out.stderr);
}

#[test]
fn forced_layout_is_used() {
    let out = run(&["--to", "json", "--layout", "single-line", "samples/articles/title-sapo-body.txt"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["layout"], "single-line");
    assert_eq!(run(&["check", "--layout", "nonsense", "samples/articles"]).code, 2);
}

#[test]
fn warnings_are_summarised_on_stderr_unless_quiet() {
    let out = run(&["--to", "txt", "samples/warnings"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("warning(s)"), "{}", out.stderr);
    let out = run(&["--to", "txt", "--quiet", "samples/warnings"]);
    assert!(out.stderr.is_empty(), "{}", out.stderr);
}

#[test]
fn sidecar_is_metadata_not_a_document() {
    let out = run(&["--to", "json", "samples/articles/sidecar"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["title"], "Giá cà phê Tây Nguyên tăng mạnh");
    assert_eq!(doc["layout"], "sidecar");
    // Naming the sidecar itself converts its body.
    let out = run(&["--to", "json", "samples/articles/sidecar/100001.info.txt"]);
    let doc: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(doc["source"], "samples/articles/sidecar/100001.body.txt");
}

#[test]
fn txt_output_checks_clean_and_reads_back_the_same() {
    for seed in crate::seeds_in("samples/articles") {
        let txt = run(&["--to", "txt", &seed]);
        assert_eq!(txt.code, 0, "{seed}: {}", txt.stderr);
        let check = crate::run_with_stdin(&["check", "--format", "json", "-"], Some(txt.stdout.as_bytes()));
        let report: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
        // Clean: no diagnostic the seed itself did not already have (a seed without a title stays without one).
        let codes = |r: &serde_json::Value| -> std::collections::BTreeSet<String> {
            r[0]["diagnostics"].as_array().unwrap().iter().map(|d| d["code"].as_str().unwrap().to_string()).collect()
        };
        let before: serde_json::Value =
            serde_json::from_str(&run(&["check", "--format", "json", &seed]).stdout).unwrap();
        assert!(codes(&report).is_subset(&codes(&before)), "{seed}: check on its txt is not clean: {}", check.stdout);
        assert!(codes(&report).iter().all(|c| ["SC101", "SC103", "SC105"].contains(&c.as_str())), "{seed}");
        let original: serde_json::Value = serde_json::from_str(&run(&["--to", "json", &seed]).stdout).unwrap();
        let again = crate::run_with_stdin(&["--to", "json", "-"], Some(txt.stdout.as_bytes()));
        let again: serde_json::Value = serde_json::from_str(&again.stdout).unwrap();
        let texts = |d: &serde_json::Value| -> Vec<String> {
            d["blocks"].as_array().unwrap().iter().map(|b| b["text"].as_str().unwrap().to_string()).collect()
        };
        assert_eq!(texts(&again), texts(&original), "{seed}: blocks differ after a txt round trip");
        assert_eq!(again["title"], original["title"], "{seed}");
        assert_eq!(again["url"], original["url"], "{seed}");
    }
}

#[test]
fn lookalike_letters_are_reported_and_folded_on_request() {
    let seed = "samples/warnings/SC010-lookalike-letters.txt";
    let kept = run(&["--to", "txt", "-q", seed]);
    assert!(kept.stdout.contains("ʀấт тнấᴘ"), "left as they are by default: {}", kept.stdout);
    let folded = run(&["--to", "json", "-q", "--fold-lookalikes", seed]);
    let doc: serde_json::Value = serde_json::from_str(&folded.stdout).unwrap();
    assert_eq!(doc["title"], "Giá rất thấp");
    assert!(doc["repairs"].as_array().unwrap().iter().any(|r| r["kind"] == "lookalike-letters" && r["count"] == 4));
    // `fix` folds them: its diff shows the Latin letters.
    let dir = tempfile::tempdir().unwrap();
    let copy = dir.path().join("a.txt");
    std::fs::copy(seed, &copy).unwrap();
    let diff = run(&["fix", "--diff", copy.to_str().unwrap()]);
    assert_eq!(diff.code, 1, "{}", diff.stderr);
    assert!(diff.stdout.contains("+Giá rất thấp"), "{}", diff.stdout);
}

#[test]
fn explain_says_what_a_code_means_and_how_to_fix_it() {
    let out = run(&["explain", "SC105"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.starts_with("SC105 suspect-boilerplate\n"), "{}", out.stdout);
    assert!(out.stdout.contains("severity: warning") && out.stdout.contains("How to fix:"), "{}", out.stdout);
    assert!(run(&["explain", "non-nfc"]).stdout.contains("fixable:  yes"));
    let all = run(&["explain"]);
    assert_eq!(all.code, 0);
    for rule in seeds_convert::check::RULES {
        assert!(all.stdout.contains(&format!("{} {}", rule.code(), rule.name())), "{}", rule.code());
    }
    let out = run(&["explain", "SC999\u{1b}"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("unknown diagnostic code `SC999\\u{1b}`"), "{}", out.stderr);
}

#[test]
fn help_has_examples_and_the_code_list() {
    let main = run(&["--help"]);
    assert!(
        main.stdout.contains("Examples:") && main.stdout.contains("seeds-convert explain SC105"),
        "{}",
        main.stdout
    );
    let check = run(&["check", "--help"]);
    assert!(check.stdout.contains("Examples:"), "{}", check.stdout);
    for rule in seeds_convert::check::RULES {
        assert!(check.stdout.contains(&format!("{} {}", rule.code(), rule.name())), "{}", rule.code());
    }
}

#[test]
fn the_man_page_names_no_page_it_does_not_install() {
    let out = run(&["man"]);
    assert_eq!(out.code, 0);
    assert!(!out.stdout.contains("seeds\\-convert\\-check(1)") && !out.stdout.contains("(1)\n"), "{}", out.stdout);
    for sub in ["check", "fix", "profile", "explain"] {
        assert!(out.stdout.contains(&format!("\\fBseeds\\-convert {sub}\\fR")), "{sub}");
    }
    assert!(out.stdout.contains(".SH \"DIAGNOSTIC CODES\"") && out.stdout.contains("SC105 suspect\\-boilerplate"));
}
