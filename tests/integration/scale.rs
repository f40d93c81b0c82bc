//! Issue 7: threads never change output, shards partition the inputs, unreadable files do not stop a
//! check, `fix` rewrites in place (or shows a diff), completions and a man page come from the CLI.

use crate::{run, seeds_in};

#[test]
fn output_does_not_depend_on_the_number_of_threads() {
    for args in [&["--to", "json", "-q"][..], &["--to", "tei", "-q"], &["check", "--format", "json"]] {
        let one = run(&[args, &["-j", "1", "samples"]].concat());
        let two = run(&[args, &["-j", "2", "samples"]].concat());
        let many = run(&[args, &["--jobs", "7", "samples"]].concat());
        assert_eq!(one.stdout, two.stdout, "{args:?}");
        assert_eq!(one.stdout, many.stdout, "{args:?}");
        assert_eq!((one.code, two.code), (many.code, many.code));
    }
}

#[test]
fn shards_partition_the_inputs() {
    let all = run(&["check", "--format", "json", "samples"]);
    let all: Vec<serde_json::Value> = serde_json::from_str(&all.stdout).unwrap();
    let mut seen: Vec<String> = Vec::new();
    for k in 1..=3 {
        let part = run(&["check", "--format", "json", "--shard", &format!("{k}/3"), "samples"]);
        let part: Vec<serde_json::Value> = serde_json::from_str(&part.stdout).unwrap();
        seen.extend(part.iter().map(|f| f["path"].as_str().unwrap().to_string()));
    }
    seen.sort();
    let mut expected: Vec<String> = all.iter().map(|f| f["path"].as_str().unwrap().to_string()).collect();
    expected.sort();
    assert_eq!(seen, expected, "every seed in exactly one shard");
    assert_eq!(run(&["check", "--shard", "4/3", "samples"]).code, 2);
}

#[cfg(target_os = "linux")]
#[test]
fn unreadable_files_are_reported_and_the_check_goes_on() {
    // A file that exists and cannot be read by anyone, root included: /proc/self/mem fails with EIO at
    // offset 0. (A mode-000 file does not do: CI runs as root, who reads it.)
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("a.txt");
    std::fs::copy("samples/articles/crawl7.txt", &good).unwrap();
    let unreadable = "/proc/self/mem";
    for order in [[unreadable, good.to_str().unwrap()], [good.to_str().unwrap(), unreadable]] {
        let out = run(&["check", "--format", "json", order[0], order[1]]);
        assert_eq!(out.code, 2, "{}", out.stderr);
        assert!(out.stderr.contains("/proc/self/mem"), "{}", out.stderr);
        let report: Vec<serde_json::Value> = serde_json::from_str(&out.stdout).unwrap();
        assert_eq!(report.len(), 1, "the readable file is still checked");
    }
}

#[cfg(unix)]
#[test]
fn symlink_loops_in_a_directory_are_reported_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy("samples/articles/crawl7.txt", dir.path().join("a.txt")).unwrap();
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).unwrap();
    // Links are followed only with --follow; without it the loop is passed over like any link.
    let out = run(&["check", "--follow", dir.path().to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("symlink loop"), "{}", out.stderr);
    assert!(out.stdout.contains("checked 1 file(s)"), "{}", out.stdout);
    let out = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("checked 1 file(s)"), "{}", out.stdout);
}

#[test]
fn fix_rewrites_in_place_atomically_and_diff_only_shows() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("seed.txt");
    let original = std::fs::read("samples/articles/000_ce77e5b7ff3e2bce.txt").unwrap();
    std::fs::write(&seed, &original).unwrap();
    let path = seed.to_str().unwrap();

    let diff = run(&["fix", "--diff", path]);
    assert_eq!(diff.code, 1, "--diff exits 1 when something would change: {}", diff.stderr);
    assert!(diff.stdout.contains("-0 nhận xét:") && diff.stdout.starts_with("---"), "{}", diff.stdout);
    assert_eq!(std::fs::read(&seed).unwrap(), original, "--diff changes nothing");

    let fixed = run(&["fix", path]);
    assert_eq!(fixed.code, 0, "{}", fixed.stderr);
    let text = std::fs::read_to_string(&seed).unwrap();
    assert_eq!(text, run(&["--to", "txt", "-q", "samples/articles/000_ce77e5b7ff3e2bce.txt"]).stdout);
    assert!(!text.contains("nhận xét:"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1, "no temporary file left");
    // Idempotent, and a clean seed is left alone.
    let again = run(&["fix", "--diff", path]);
    assert_eq!(again.code, 0);
    assert!(again.stdout.is_empty());
    assert!(again.stderr.contains("1 already clean"));
}

#[test]
fn fix_leaves_invalid_seeds_and_stdin_alone() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("bad.txt");
    std::fs::copy("samples/invalid/SC102-missing-body.txt", &seed).unwrap();
    let before = std::fs::read(&seed).unwrap();
    let out = run(&["fix", seed.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(out.stderr.contains("SC102"), "{}", out.stderr);
    assert_eq!(std::fs::read(&seed).unwrap(), before);
    assert_eq!(run(&["fix", "-"]).code, 2);
}

#[test]
fn completions_and_man_page_come_from_the_cli_definition() {
    let bash = run(&["completions", "bash"]);
    assert_eq!(bash.code, 0);
    assert!(bash.stdout.contains("--tone-style") && bash.stdout.contains("check"), "bash completion lacks options");
    for shell in ["zsh", "fish", "powershell", "elvish"] {
        assert!(!run(&["completions", shell]).stdout.is_empty(), "{shell}");
    }
    let man = run(&["man"]);
    assert_eq!(man.code, 0);
    assert!(man.stdout.starts_with(".ie") || man.stdout.contains(".TH"), "not roff");
    assert!(man.stdout.contains("seeds\\-convert"));
}

#[test]
fn hostile_inputs_give_valid_books_with_the_text_verbatim() {
    let dir = tempfile::tempdir().unwrap();
    let title = format!("Tiêu đề dài {}", "rất dài ".repeat(62)).trim().to_string();
    assert!(title.chars().count() >= 500);
    let mut seed = format!("{title}\n\n");
    seed.push_str(
        "Mã độc <script>alert('x')</script> và ]]> cùng <!-- chú thích --> & \u{1}\u{7} ký tự điều khiển.\n\n",
    );
    for i in 0..2_000 {
        seed.push_str(&format!("Đoạn văn thứ {i} của bài báo thử nghiệm, có dấu ặ ẫ ổ Ữ ự.\n\n"));
    }
    let long_line = "Câu rất dài không có điểm dừng ".repeat(5_000_000 / 40);
    seed.push_str(&long_line);
    seed.push('\n');
    let path = dir.path().join("hostile.txt");
    std::fs::write(&path, &seed).unwrap();
    let json = run(&["--to", "json", "-q", path.to_str().unwrap()]);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let doc: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let blocks = doc["blocks"].as_array().unwrap();
    assert!(blocks.len() >= 2_001);
    let texts: Vec<&str> = blocks.iter().map(|b| b["text"].as_str().unwrap()).collect();
    // A 500-character "title" reads as a paragraph: kept verbatim as text (SC103), never cut.
    assert!(texts.contains(&title.as_str()) || doc["title"] == title.as_str());
    assert!(texts
        .iter()
        .any(|t| t.starts_with("Mã độc <script>alert('x')</script> và ]]> cùng <!-- chú thích --> & ký tự")));
    assert!(texts.iter().any(|t| t.contains("Đoạn văn thứ 1999 của bài báo thử nghiệm, có dấu ặ ẫ ổ Ữ ự.")));
    for (to, check) in [("epub", "epub"), ("tei", "tei")] {
        let out = dir.path().join(format!("hostile.{to}"));
        let r = run(&["--to", to, "-q", path.to_str().unwrap(), "-o", out.to_str().unwrap()]);
        assert_eq!(r.code, 0, "{to}: {}", r.stderr);
        crate::validators::assert_valid(check, &[out.to_str().unwrap()], &format!("hostile {to}"));
    }
    let seeds = seeds_in("samples/articles");
    assert!(!seeds.is_empty());
}
