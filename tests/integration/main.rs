//! The one integration-test binary: the CLI run as a user runs it, on the shipped samples and on
//! ../shared/corpus. `run` returns exit code, stdout and stderr so each test can assert or snapshot them.

// A test harness, not an API: its helpers are `pub` for the test modules only.
#![allow(missing_docs, unreachable_pub)]

mod cli;
mod corpus;
mod encodings;
mod epub;
mod fix_lossless;
mod fuzz_regressions;
mod group;
mod hostile;
mod hostile_output;
mod html;
mod lockstep;
mod markdown;
mod outputs;
mod pdf;
mod props;
mod readme;
mod scale;
mod snapshots;
mod tei;
mod terminal;
mod validators;

use assert_cmd::Command;
use std::io::Write as _;
use std::path::{Path, PathBuf};

/// True under `CI=true`, where everything a test needs must be present.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true")
}

/// Records a check that cannot run here: a failure under `CI=true`; elsewhere a `SKIPPED:` line written
/// straight to the process's standard error, which the test harness does not capture (it captures only
/// the print macros), so `cargo test` shows it even for a passing test.
pub fn skip(what: &str) {
    assert!(!in_ci(), "{what} (under CI=true nothing may be skipped)");
    let _ = writeln!(std::io::stderr(), "SKIPPED: {what}");
}

/// Runs an external tool and returns (success, stdout and stderr); a tool that cannot be started is a
/// skip (a failure under `CI=true`).
pub fn external_status(name: &str, args: &[&str]) -> Option<(bool, String)> {
    match std::process::Command::new(name).args(args).output() {
        Ok(out) => Some((
            out.status.success(),
            format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr)),
        )),
        Err(e) => {
            skip(&format!("{name} cannot be run: {e}"));
            None
        }
    }
}

/// Runs an external tool a test needs (`pdfinfo`, `qpdf`, …) and returns its standard output; a tool that
/// cannot be started is a skip (a failure under `CI=true`), never a silent pass.
pub fn external(name: &str, args: &[&str]) -> Option<String> {
    match std::process::Command::new(name).args(args).output() {
        Ok(out) => Some(String::from_utf8_lossy(&out.stdout).into_owned()),
        Err(e) => {
            skip(&format!("{name} cannot be run: {e}"));
            None
        }
    }
}

pub struct Output {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Output {
    /// One string for snapshots: exit code, then both streams.
    pub fn snapshot(&self) -> String {
        format!("exit: {}\n--- stdout\n{}--- stderr\n{}", self.code, self.stdout, self.stderr)
    }
}

pub fn run(args: &[&str]) -> Output {
    run_with_stdin(args, None)
}

pub fn run_with_stdin(args: &[&str], stdin: Option<&[u8]>) -> Output {
    let mut cmd = Command::cargo_bin("seeds-convert").expect("binary is built");
    cmd.args(args).current_dir(env!("CARGO_MANIFEST_DIR"));
    if let Some(input) = stdin {
        cmd.write_stdin(input.to_vec());
    }
    let out = cmd.output().expect("binary runs");
    Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Runs `seeds-convert --to FORMAT --quiet -o DIR/out.EXT EXTRA... INPUTS...` and asserts it succeeds; the
/// directory lives as long as the returned guard.
pub fn convert(format: &str, ext: &str, inputs: &[&str], extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join(format!("out.{ext}"));
    let mut args = vec!["--to", format, "--quiet", "-o", out.to_str().unwrap()];
    args.extend(extra);
    args.extend(inputs);
    let result = run(&args);
    assert_eq!(result.code, 0, "{inputs:?}: {}", result.stderr);
    (dir, out)
}

/// Sorted files under `dir` (relative to the crate root) with extension `.txt`, sidecars excluded.
pub fn seeds_in(dir: &str) -> Vec<String> {
    let mut out = Vec::new();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    collect(&root.join(dir), root, &mut out);
    out.sort();
    out
}

fn collect(dir: &Path, root: &Path, out: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).expect("fixture directory exists") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            collect(&path, root, out);
        } else if path.extension().is_some_and(|e| e == "txt") && !path.to_string_lossy().ends_with(".info.txt") {
            out.push(path.strip_prefix(root).expect("under root").display().to_string());
        }
    }
}

/// The text of one of the five predefined XML entities (the writers use no others).
pub fn xml_entity(name: &[u8]) -> &'static str {
    match name {
        b"lt" => "<",
        b"gt" => ">",
        b"amp" => "&",
        b"quot" => "\"",
        b"apos" => "'",
        other => panic!("unexpected entity &{};", String::from_utf8_lossy(other)),
    }
}
