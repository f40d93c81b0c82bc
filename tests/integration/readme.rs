//! The README's examples are today's truth: its commands run (those whose inputs ship with the repository),
//! the set-up command does not warn, the JSON example is what the tool prints, the CI recipes use no
//! variable they do not define.

use crate::run;
use std::path::Path;

const README: &str = include_str!("../../README.md");

/// The code blocks of the README as (info string, body).
fn code_blocks() -> Vec<(&'static str, &'static str)> {
    let mut out = Vec::new();
    let mut rest = README;
    while let Some(start) = rest.find("```") {
        let after = &rest[start + 3..];
        let info_end = after.find('\n').unwrap();
        let body = &after[info_end + 1..];
        let end = body.find("```").expect("closed code block");
        out.push((after[..info_end].trim(), &body[..end]));
        rest = &body[end + 3..];
    }
    out
}

/// `seeds-convert …` and `cargo run --release -- …` lines of the sh blocks, as argument lists (comments cut).
fn commands() -> Vec<Vec<&'static str>> {
    let mut out = Vec::new();
    for (info, body) in code_blocks().into_iter().filter(|(info, _)| *info == "sh") {
        let _ = info;
        for line in body.lines() {
            let line = line.split("  #").next().unwrap().trim();
            let args = if let Some(rest) = line.strip_prefix("cargo run --release -- ") {
                rest
            } else if let Some(rest) = line.strip_prefix("seeds-convert ") {
                rest
            } else {
                continue;
            };
            out.push(args.split_whitespace().collect());
        }
    }
    out
}

#[test]
fn readme_commands_with_shipped_inputs_run_and_the_first_does_not_warn() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let commands = commands();
    assert!(commands.len() >= 3, "{commands:?}");
    assert!(commands[0].contains(&"samples/articles/002_80b3f6d469e22f59.txt"), "the set-up command first");
    let dir = tempfile::tempdir().unwrap();
    let mut ran = 0;
    for (i, args) in commands.iter().enumerate() {
        // Inputs are the arguments that are neither options nor option values; outputs go to a temp dir.
        let mut real: Vec<String> = Vec::new();
        let mut practical = true;
        let mut iter = args.iter();
        while let Some(arg) = iter.next() {
            match *arg {
                "-o" => {
                    let name = Path::new(iter.next().unwrap()).file_name().unwrap().to_str().unwrap();
                    real.push("-o".into());
                    real.push(dir.path().join(format!("{i}-{name}")).to_str().unwrap().into());
                }
                "--profile" | "--shard" | "--to" | "-j" => {
                    let value = iter.next().unwrap();
                    practical &= *arg != "--profile" || root.join(value).exists();
                    real.extend([arg.to_string(), value.to_string()]);
                }
                a if a.starts_with('-') => real.push(a.into()),
                a => {
                    practical &= root.join(a).exists();
                    real.push(a.into());
                }
            }
        }
        if !practical {
            continue; // e.g. `corpus/`: the reader's own corpus
        }
        let argv: Vec<&str> = real.iter().map(String::as_str).collect();
        let out = run(&argv);
        assert_eq!(out.code, 0, "README command `{}`: {}", args.join(" "), out.stderr);
        if ran == 0 {
            assert_eq!(out.stderr, "", "the first README command must not warn");
        }
        ran += 1;
    }
    assert!(ran >= 1);
}

/// `expected` (from the README, strings possibly cut with `…`) matches `actual`: `…` stands for any text,
/// and an array shows a prefix of the real one.
fn matches(expected: &serde_json::Value, actual: &serde_json::Value, at: &str) {
    use serde_json::Value;
    match (expected, actual) {
        (Value::String(e), Value::String(a)) if e.contains('…') => {
            let mut rest = a.as_str();
            for (i, part) in e.split('…').enumerate() {
                let found = rest.find(part).unwrap_or_else(|| panic!("{at}: `{e}` does not match `{a}`"));
                assert!(i > 0 || found == 0, "{at}: `{e}` does not start `{a}`");
                rest = &rest[found + part.len()..];
            }
            assert!(e.ends_with('…') || rest.is_empty(), "{at}: `{e}` does not end `{a}`");
        }
        (Value::Array(e), Value::Array(a)) => {
            assert!(e.len() <= a.len() && (!e.is_empty() || a.is_empty()), "{at}: {e:?} vs {a:?}");
            for (i, (e, a)) in e.iter().zip(a).enumerate() {
                matches(e, a, &format!("{at}[{i}]"));
            }
        }
        (Value::Object(e), Value::Object(a)) => {
            assert_eq!(e.keys().collect::<Vec<_>>(), a.keys().collect::<Vec<_>>(), "{at}: the same fields");
            for (k, v) in e {
                matches(v, &a[k], &format!("{at}.{k}"));
            }
        }
        (e, a) => assert_eq!(e, a, "{at}"),
    }
}

#[test]
fn readme_json_example_is_todays_output() {
    let (_, body) = code_blocks()
        .into_iter()
        .find(|(info, body)| *info == "json" && body.contains("\"source\": \"samples/articles/002_"))
        .expect("the README shows seed 002 as JSON");
    let example: serde_json::Value = serde_json::from_str(body).expect("the example is JSON");
    let out = run(&["--to", "json", "samples/articles/002_80b3f6d469e22f59.txt"]);
    assert_eq!(out.code, 0);
    let actual: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    matches(&example, &actual, "$");
    let blocks = actual["blocks"].as_array().unwrap().len();
    let words = ["", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"];
    assert!(README.contains(&format!("first two of its {} blocks", words[blocks])), "README counts {blocks} blocks");
}

#[test]
fn readme_ci_recipes_use_no_undefined_variable() {
    for (info, body) in code_blocks().into_iter().filter(|(info, _)| *info == "yaml") {
        for (i, _) in body.match_indices('$') {
            // `$NAME`, `${NAME}`: a shell variable nobody sets; `${{ github.… }}` is the Actions context; a
            // `$` ending a regular expression is none of these.
            let next = body[i + 1..].chars().next().unwrap_or(' ');
            let variable = next == '_' || next.is_ascii_alphabetic() || next == '{';
            assert!(!variable || body[i..].starts_with("${{ github."), "a shell variable in a {info} recipe: {body}");
        }
    }
}
