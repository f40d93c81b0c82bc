//! Hostile inputs and outputs: symlinks out of a corpus, FIFOs and devices where seeds are expected, huge
//! files, outputs that are devices, links or inputs, signals mid-run, absurd `-j`, and file names made to
//! attack a terminal. Every run here has a deadline, so a hang is a failure, not a stuck test binary.

use std::ffi::{OsStr, OsString};
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, PermissionsExt};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const SEED: &str = "Giá vàng tăng mạnh\n\nGiá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.\n";

struct Out {
    code: Option<i32>,
    stdout: Vec<u8>,
    stderr: String,
    took: Duration,
}

impl Out {
    fn stdout(&self) -> String {
        String::from_utf8_lossy(&self.stdout).into_owned()
    }
}

fn bin() -> PathBuf {
    assert_cmd::cargo::cargo_bin("seeds-convert")
}

/// Runs the binary with `args`, standard input from `stdin` (else nothing), killing it and failing the test
/// after `secs` seconds. Output goes through files, so a full pipe can never be what blocks it.
fn run_for<S: AsRef<OsStr>>(args: &[S], stdin: Option<std::fs::File>, secs: u64) -> Out {
    let dir = tempfile::tempdir().unwrap();
    let (out_path, err_path) = (dir.path().join("stdout"), dir.path().join("stderr"));
    let mut cmd = Command::new(bin());
    cmd.args(args)
        .stdin(stdin.map(Stdio::from).unwrap_or_else(Stdio::null))
        .stdout(std::fs::File::create(&out_path).unwrap())
        .stderr(std::fs::File::create(&err_path).unwrap());
    let start = Instant::now();
    let mut child = cmd.spawn().unwrap();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if start.elapsed() > Duration::from_secs(secs) {
            let _ = child.kill();
            let _ = child.wait();
            panic!(
                "seeds-convert {:?} still running after {secs}s",
                args.iter().map(|a| a.as_ref()).collect::<Vec<_>>()
            );
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    Out {
        code: status.code(),
        stdout: std::fs::read(&out_path).unwrap(),
        stderr: String::from_utf8_lossy(&std::fs::read(&err_path).unwrap()).into_owned(),
        took: start.elapsed(),
    }
}

fn os(p: &Path) -> OsString {
    p.as_os_str().to_owned()
}

fn mkfifo(path: &Path) {
    let status = Command::new("mkfifo").arg(path).status().expect("mkfifo runs");
    assert!(status.success());
}

/// The `source` of each JSON document on standard output (one pretty document, or JSON Lines).
fn sources(out: &Out) -> Vec<String> {
    let text = out.stdout();
    let docs: Vec<serde_json::Value> = match serde_json::from_str::<serde_json::Value>(&text) {
        Ok(doc) => vec![doc],
        Err(_) => text.lines().map(|l| serde_json::from_str(l).unwrap()).collect(),
    };
    docs.iter().map(|d| d["source"].as_str().unwrap().to_string()).collect()
}

// 1. Symlinks and special files.

#[test]
fn hostile_walks_skip_symlinks_fifos_and_devices() {
    let outside = tempfile::tempdir().unwrap();
    std::fs::write(outside.path().join("secret.txt"), SEED).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), SEED).unwrap();
    std::os::unix::fs::symlink(outside.path().join("secret.txt"), d.join("link.txt")).unwrap();
    std::os::unix::fs::symlink("/dev/zero", d.join("zero.txt")).unwrap();
    mkfifo(&d.join("x.txt"));

    // Not following: only the regular file is read; the links and the FIFO are passed over.
    let out = run_for(&[OsString::from("--to"), "json".into(), os(d)], None, 30);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(sources(&out), vec![d.join("a.txt").display().to_string()]);

    // --follow reads the link to a regular file, never the device or the FIFO.
    let out = run_for(&[OsString::from("--to"), "json".into(), "--follow".into(), os(d)], None, 30);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert_eq!(sources(&out), vec![d.join("a.txt").display().to_string(), d.join("link.txt").display().to_string()]);
}

#[test]
fn hostile_named_special_files_are_io_errors_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("a.txt"), SEED).unwrap();
    mkfifo(&d.join("x.txt"));
    for special in [d.join("x.txt"), PathBuf::from("/dev/zero")] {
        let out = run_for(&[OsString::from("check"), os(&special), os(&d.join("a.txt"))], None, 30);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(out.stderr.contains(&format!("{}: ", special.display())), "{}", out.stderr);
        assert!(out.stderr.contains("not a regular file"), "{}", out.stderr);
        // The other input was still checked.
        assert!(out.stdout().contains("checked 1 file(s)"), "{}", out.stdout());
    }
}

// 2. --max-size.

#[test]
fn hostile_files_over_max_size_are_refused_without_being_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let big = d.join("big.txt");
    // Sparse: 10 GB that take no disk, and would take 10 GB of memory if read.
    std::fs::File::create(&big).unwrap().set_len(10 << 30).unwrap();
    std::fs::write(d.join("a.txt"), SEED).unwrap();
    let out = run_for(&[OsString::from("check"), os(&big), os(&d.join("a.txt"))], None, 30);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("{}: larger than --max-size", big.display())), "{}", out.stderr);
    assert!(out.stdout().contains("checked 1 file(s)"), "{}", out.stdout());

    // A smaller limit; the seed itself is then too large.
    let out = run_for(&[OsString::from("check"), "--max-size".into(), "10".into(), os(&d.join("a.txt"))], None, 30);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("larger than --max-size (10 bytes)"), "{}", out.stderr);
    let out = run_for(&["check", "--max-size", "lots", "x"], None, 30);
    assert_eq!(out.code, Some(2), "{}", out.stderr);

    // /dev/zero named, and as standard input: both end at once (a device is not read; stdin stops at the
    // limit + 1 byte).
    let out = run_for(&["--to", "json", "--max-size", "1G", "/dev/zero"], None, 30);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("/dev/zero"), "{}", out.stderr);
    let zero = std::fs::File::open("/dev/zero").unwrap();
    let out = run_for(&["--to", "json", "--max-size", "1M", "-"], Some(zero), 30);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("-: larger than --max-size (1048576 bytes)"), "{}", out.stderr);
    assert!(out.took < Duration::from_secs(20), "{:?}", out.took);
}

// 3. -o.

#[test]
fn hostile_output_to_devices_and_fifos_writes_through() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("a.txt");
    std::fs::write(&seed, SEED).unwrap();
    let out = run_for(&[OsString::from("--to"), "json".into(), os(&seed), "-o".into(), "/dev/null".into()], None, 30);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());

    let fifo = dir.path().join("out.fifo");
    mkfifo(&fifo);
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read(fifo).unwrap())
    };
    let out = run_for(&[OsString::from("--to"), "txt".into(), os(&seed), "-o".into(), os(&fifo)], None, 30);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let got = String::from_utf8(reader.join().unwrap()).unwrap();
    assert!(got.contains("Giá vàng tăng mạnh"), "{got}");
    assert!(std::fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo(), "the FIFO is still a FIFO");
}

#[test]
fn hostile_output_through_a_symlink_writes_its_target() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let seed = d.join("a.txt");
    std::fs::write(&seed, SEED).unwrap();
    std::fs::create_dir(d.join("real")).unwrap();
    for existing in [false, true] {
        let target = d.join("real/out.json");
        if existing {
            std::fs::write(&target, "old").unwrap();
        }
        let link = d.join(format!("link-{existing}.json"));
        std::os::unix::fs::symlink("real/out.json", &link).unwrap();
        let out = run_for(&[OsString::from("--to"), "json".into(), os(&seed), "-o".into(), os(&link)], None, 30);
        assert_eq!(out.code, Some(0), "{}", out.stderr);
        assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
        assert!(std::fs::read_to_string(&target).unwrap().contains("Giá vàng tăng mạnh"));
        std::fs::remove_file(&target).unwrap();
    }
}

#[test]
fn hostile_output_that_is_an_input_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let body = d.join("1.body.txt");
    let info = d.join("1.info.txt");
    std::fs::write(&body, "Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.\n").unwrap();
    std::fs::write(&info, "title: Giá vàng tăng mạnh\n").unwrap();
    std::fs::hard_link(&body, d.join("hard.txt")).unwrap();
    for out_file in [info.clone(), d.join("hard.txt")] {
        let out = run_for(&[OsString::from("--to"), "txt".into(), os(&body), "-o".into(), os(&out_file)], None, 30);
        assert_eq!(out.code, Some(2), "{}", out.stderr);
        assert!(out.stderr.contains("refusing to overwrite an input"), "{}", out.stderr);
    }
    assert_eq!(std::fs::read_to_string(&info).unwrap(), "title: Giá vàng tăng mạnh\n");

    // Standard input redirected from the output file.
    let f = d.join("f.txt");
    std::fs::write(&f, SEED).unwrap();
    let stdin = std::fs::File::open(&f).unwrap();
    let out = run_for(&[OsString::from("--to"), "json".into(), "-".into(), "-o".into(), os(&f)], Some(stdin), 30);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(out.stderr.contains("standard input"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(&f).unwrap(), SEED);
}

// 4. Signals, umask, fix through links.

#[test]
fn hostile_sigterm_leaves_no_temporary_file() {
    let dir = tempfile::tempdir().unwrap();
    let corpus = dir.path().join("corpus");
    std::fs::create_dir(&corpus).unwrap();
    let paragraph = "Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng, theo các doanh nghiệp kinh doanh vàng. ";
    let body = format!("Giá vàng tăng mạnh\n\n{}\n", paragraph.repeat(60));
    for i in 0..3000 {
        std::fs::write(corpus.join(format!("{i:05}.txt")), &body).unwrap();
    }
    let out_dir = dir.path().join("out");
    std::fs::create_dir(&out_dir).unwrap();
    let mut child = Command::new(bin())
        .args([OsString::from("--to"), "json".into(), "-q".into(), "--no-profile".into(), "-j".into(), "1".into()])
        .arg("-o")
        .arg(out_dir.join("out.jsonl"))
        .arg(&corpus)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let temp_files = || {
        std::fs::read_dir(&out_dir)
            .unwrap()
            .filter(|e| e.as_ref().unwrap().file_name().to_string_lossy().starts_with(".seeds-convert-"))
            .count()
    };
    let start = Instant::now();
    while temp_files() == 0 {
        assert!(child.try_wait().unwrap().is_none(), "the run ended before its temporary file was seen");
        assert!(start.elapsed() < Duration::from_secs(30), "no temporary file appeared");
        std::thread::sleep(Duration::from_millis(2));
    }
    let kill = Command::new("kill").args(["-TERM", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let status = child.wait().unwrap();
    use std::os::unix::process::ExitStatusExt;
    assert_eq!(status.signal(), Some(15), "died of SIGTERM: {status:?}");
    assert_eq!(temp_files(), 0, "temporary file left behind");
    assert!(!out_dir.join("out.jsonl").exists());
}

#[test]
fn hostile_new_outputs_respect_the_umask() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("a.txt");
    std::fs::write(&seed, SEED).unwrap();
    let new = dir.path().join("new.json");
    let existing = dir.path().join("existing.json");
    std::fs::write(&existing, "").unwrap();
    std::fs::set_permissions(&existing, std::fs::Permissions::from_mode(0o600)).unwrap();
    for (out, umask) in [(&new, "027"), (&existing, "000")] {
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!("umask {umask}; exec \"$0\" --to json \"$1\" -o \"$2\""))
            .arg(bin())
            .arg(&seed)
            .arg(out)
            .status()
            .unwrap();
        assert!(status.success());
    }
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&new), 0o640, "0666 less the umask 027");
    assert_eq!(mode(&existing), 0o600, "an existing output keeps its permissions");
}

#[test]
fn hostile_fix_writes_through_a_symlinked_seed() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("real")).unwrap();
    let real = d.join("real/seed.txt");
    // Trailing spaces and CRLF: `fix` has something to change.
    std::fs::write(&real, "Giá vàng tăng mạnh   \r\n\r\nGiá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.   \r\n")
        .unwrap();
    let link = d.join("link.txt");
    std::os::unix::fs::symlink("real/seed.txt", &link).unwrap();
    let out = run_for(&[OsString::from("fix"), os(&link)], None, 30);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    assert!(out.stderr.contains("fixed 1 file(s)"), "{}", out.stderr);
    assert!(std::fs::symlink_metadata(&link).unwrap().file_type().is_symlink(), "the link stays a link");
    let fixed = std::fs::read_to_string(&real).unwrap();
    assert!(!fixed.contains('\r') && fixed.contains("Giá vàng tăng mạnh\n"), "{fixed:?}");
}

// 5. -j.

#[test]
fn hostile_absurd_job_counts_are_refused_at_once() {
    for jobs in ["5000", "18446744073709551615", "257"] {
        let out = run_for(&["check", "-j", jobs, "samples/articles"], None, 10);
        assert_eq!(out.code, Some(2), "-j {jobs}: {}", out.stderr);
        assert!(out.stderr.contains("-j") || out.stderr.contains("--jobs"), "{}", out.stderr);
    }
    let out = run_for(&["check", "-q", "-j", "0", "samples/articles"], None, 60);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
    let out = run_for(&["check", "-q", "-j", "256", "samples/articles"], None, 60);
    assert_eq!(out.code, Some(0), "{}", out.stderr);
}

// 6. Terminal safety.

/// A name that would recolour the terminal, open an OSC 8 hyperlink, forge a line, and reverse the text
/// after it.
const EVIL: &str = "ev\u{1b}[31mil\u{1b}]8;;http:x\u{7}\r\nerror\u{202e}txt.exe.txt";

#[test]
fn hostile_names_are_escaped_for_terminals_and_lossless_in_json() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // Empty: an error, so every format reports the file.
    std::fs::write(d.join(EVIL), "").unwrap();
    let evil = d.join(EVIL);

    let out = run_for(&[OsString::from("check"), "--format".into(), "human".into(), os(&evil)], None, 30);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let text = out.stdout();
    assert!(!text.contains(['\u{1b}', '\u{7}', '\r', '\u{202e}']), "{text:?}");
    assert!(
        text.contains("ev\\u{1b}[31mil\\u{1b}]8;;http:x\\u{7}\\u{d}\\u{a}error\\u{202e}txt.exe.txt:1:1: error[SC002]"),
        "{text}"
    );
    assert_eq!(text.lines().filter(|l| l.contains("error[")).count(), 1, "no forged line: {text}");

    let out = run_for(&[OsString::from("check"), "--format".into(), "github".into(), os(&evil)], None, 30);
    let text = out.stdout();
    assert!(!text.contains(['\u{1b}', '\u{7}', '\r', '\u{202e}']), "{text:?}");
    assert!(text.contains("%0D%0Aerror"), "{text}");
    assert_eq!(text.lines().count(), 1, "{text}");

    let out = run_for(&[OsString::from("check"), "--format".into(), "json".into(), os(&evil)], None, 30);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(report[0]["path"], evil.to_str().unwrap(), "JSON keeps the name as it is");

    // On standard error too: a FIFO with the same name is an I/O error that names it.
    let fifo_dir = tempfile::tempdir().unwrap();
    let fifo = fifo_dir.path().join(EVIL);
    mkfifo(&fifo);
    let out = run_for(&[OsString::from("check"), os(&fifo)], None, 30);
    assert_eq!(out.code, Some(2), "{}", out.stderr);
    assert!(!out.stderr.contains(['\u{1b}', '\u{7}', '\r', '\u{202e}']), "{:?}", out.stderr);
    assert!(out.stderr.contains("\\u{1b}[31mil"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().count(), 1, "{:?}", out.stderr);
}

#[test]
fn hostile_non_utf8_names_are_accepted_and_kept_apart() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let a = d.join(OsStr::from_bytes(b"a\xff.txt"));
    let b = d.join(OsStr::from_bytes(b"a\xfe.txt"));
    std::fs::write(&a, "").unwrap();
    std::fs::write(&b, "").unwrap();
    let out = run_for(&[OsString::from("check"), os(&a), os(&b)], None, 30);
    assert_eq!(out.code, Some(1), "{}", out.stderr);
    let text = out.stdout();
    assert!(text.contains("a\\xFF.txt:1:1: error[SC002]"), "{text}");
    assert!(text.contains("a\\xFE.txt:1:1: error[SC002]"), "{text}");
    // Walked rather than named: the same.
    let out = run_for(&[OsString::from("check"), "--format".into(), "json".into(), os(d)], None, 30);
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let paths: Vec<&str> = report.as_array().unwrap().iter().map(|r| r["path"].as_str().unwrap()).collect();
    assert_eq!(paths.len(), 2);
    assert_ne!(paths[0], paths[1]);
}
