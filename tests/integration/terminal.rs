//! On a terminal (a pseudo-terminal made by util-linux `script`): the progress bar never garbles `check`'s
//! report — every report line arrives whole, on a line of its own, with no bar remains and no U+FFFD the
//! report itself does not hold — and a conversion's bar shows every stage, typesetting included.

use std::path::Path;

/// Runs the binary with `args` under a pseudo-terminal; returns what the terminal received (None: `script`
/// cannot be run, a skip that fails under CI=true).
fn on_a_terminal(args: &[&str]) -> Option<String> {
    let bin = assert_cmd::cargo::cargo_bin("seeds-convert");
    let quote = |s: &str| format!("'{}'", s.replace('\'', r"'\''"));
    let command: Vec<String> = std::iter::once(bin.to_str().unwrap()).chain(args.iter().copied()).map(quote).collect();
    let out = std::process::Command::new("script")
        .args(["-qec", &command.join(" "), "/dev/null"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("TERM", "xterm")
        .output();
    match out {
        Ok(out) => Some(String::from_utf8(out.stdout).expect("the terminal gets UTF-8, never a cut character")),
        Err(e) => {
            crate::skip(&format!("script (util-linux) cannot be run: {e}"));
            None
        }
    }
}

/// What a terminal shows as separate lines: control sequences removed, split at CR and LF.
fn segments(captured: &str) -> Vec<String> {
    let mut plain = String::with_capacity(captured.len());
    let mut chars = captured.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            // A CSI sequence ends with a byte in @..~.
            for c in chars.by_ref() {
                if ('@'..='~').contains(&c) {
                    break;
                }
            }
        } else {
            plain.push(c);
        }
    }
    plain.split(['\r', '\n']).map(|s| s.trim_end().to_string()).filter(|s| !s.is_empty()).collect()
}

fn is_bar(segment: &str, stage: &str) -> bool {
    segment.starts_with(stage) && segment.contains(" seeds ") && !segment.contains("[SC")
}

#[test]
fn the_progress_bar_never_garbles_the_check_report() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(crate::corpus::CORPUS);
    let mut inputs = vec!["samples/invalid", "samples/warnings", "samples/articles"];
    if crate::corpus::corpus_present() {
        inputs.push(corpus.to_str().unwrap());
    }
    let args: Vec<&str> = std::iter::once("check").chain(inputs.iter().copied()).collect();
    let expected = crate::run(&args);
    assert_eq!(expected.code, 1, "{}", expected.stderr);
    let Some(captured) = on_a_terminal(&args) else { return };
    let report: Vec<String> = expected.stdout.lines().map(|l| l.trim_end().to_string()).collect();
    assert!(report.iter().any(|l| l.contains("help: fixable")) && report.len() > 30);
    let (mut bars, mut lines) = (0, Vec::new());
    for segment in segments(&captured) {
        if is_bar(&segment, "checking ") {
            bars += 1;
        } else {
            lines.push(segment);
        }
    }
    let shown: Vec<String> = report.iter().filter(|l| !l.is_empty()).cloned().collect();
    assert!(bars > 0, "the bar was drawn: {captured:?}");
    assert_eq!(lines, shown, "every report line whole, in order, and nothing else");
    assert_eq!(captured.matches('\u{FFFD}').count(), expected.stdout.matches('\u{FFFD}').count());
}

#[test]
fn a_conversion_shows_every_stage() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("book.pdf");
    let Some(captured) = on_a_terminal(&["--to", "pdf", "samples/articles", "-o", out.to_str().unwrap()]) else {
        return;
    };
    let segments = segments(&captured);
    for stage in ["learning recurring lines ", "reading and parsing "] {
        assert!(segments.iter().any(|s| is_bar(s, stage)), "no `{stage}` bar in {segments:?}");
    }
    assert!(segments.iter().any(|s| s.starts_with("typesetting PDF (10 document(s))")), "{segments:?}");
    // The warning summary is said between the stages, on a line of its own, and the last bar is cleared.
    assert!(segments.iter().any(|s| s.starts_with("seeds-convert: 1 warning(s) in 1 file(s);")), "{segments:?}");
    assert!(captured.ends_with("\r\u{1b}[2K"), "the spinner is erased at the end: {captured:?}");
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
}
