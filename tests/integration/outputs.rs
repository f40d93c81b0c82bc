//! Where output goes: the format from `-o`'s extension (pandoc's way), `-o DIR/` refused once, and `--each`
//! writing one file per input into a mirrored tree, never outside it, never over an input, all or nothing.

use crate::run;
use std::path::Path;

#[test]
fn format_comes_from_the_output_name() {
    let dir = tempfile::tempdir().unwrap();
    let seed = "samples/articles/crawl7.txt";
    let magic: &[(&str, &[u8])] = &[
        ("book.epub", b"PK\x03\x04"),
        ("page.HTML", b"<!DOCTYPE html>"),
        ("a.md", b"# "),
        ("a.pdf", b"%PDF-"),
        ("a.xml", b"<?xml"),
        ("a.tei", b"<?xml"),
        ("a.json", b"{\n"),
        ("a.jsonl", b"{\n"),
        ("a.txt", b"# format = seeds-convert canonical 1\n# date = "),
    ];
    for (name, start) in magic {
        let out = dir.path().join(name);
        let result = run(&["-q", seed, "-o", out.to_str().unwrap()]);
        assert_eq!(result.code, 0, "{name}: {}", result.stderr);
        assert!(std::fs::read(&out).unwrap().starts_with(start), "{name}");
    }
    // An explicit --to wins, with a warning when the name says otherwise.
    let out = dir.path().join("x.epub");
    let result = run(&["--to", "pdf", "-q", seed, "-o", out.to_str().unwrap()]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(result.stderr.contains("has the extension of epub, but --to pdf writes pdf"), "{}", result.stderr);
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-"));
    // Neither --to nor a known extension: a usage error that says what would work.
    let result = run(&[seed, "-o", dir.path().join("x.docx").to_str().unwrap()]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("cannot tell the format from -o") && result.stderr.contains(".epub"));
    let result = run(&[seed]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("--to FORMAT"), "{}", result.stderr);
}

#[test]
fn an_output_directory_is_refused_once() {
    let dir = tempfile::tempdir().unwrap();
    for out in [format!("{}/", dir.path().display()), dir.path().display().to_string(), "no-such-dir/".into()] {
        let result = run(&["--to", "json", "samples/articles", "-o", &out]);
        assert_eq!(result.code, 2, "{out}");
        assert_eq!(result.stderr.lines().count(), 1, "said once: {}", result.stderr);
        assert!(result.stderr.contains("names a directory"), "{}", result.stderr);
    }
    assert!(!Path::new(env!("CARGO_MANIFEST_DIR")).join("no-such-dir").exists());
}

fn tree(dir: &Path) -> Vec<String> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.strip_prefix(dir).unwrap().display().to_string();
        if path.is_dir() {
            out.extend(tree(&path).into_iter().map(|n| format!("{name}/{n}")));
        } else {
            out.push(name);
        }
    }
    out.sort();
    out
}

#[test]
fn each_writes_one_file_per_input_mirroring_the_tree() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let result = run(&[
        "--to",
        "md",
        "--each",
        "-q",
        "samples/articles",
        "samples/warnings/SC007-non-nfc.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let mut expected: Vec<String> = crate::seeds_in("samples/articles")
        .iter()
        .map(|s| s.trim_start_matches("samples/articles/").trim_end_matches(".txt").to_string() + ".md")
        .collect();
    expected.push("SC007-non-nfc.md".into());
    expected.sort();
    assert_eq!(tree(&out), expected);
    // Each file is that seed's document alone.
    let one = run(&["--to", "md", "-q", "samples/articles/sidecar/100001.body.txt"]).stdout;
    assert_eq!(std::fs::read_to_string(out.join("sidecar/100001.body.md")).unwrap(), one);
    // A second run replaces the files; an EPUB run puts .epub files beside them.
    let result = run(&["--to", "epub", "--each", "-q", "samples/articles", "-o", out.to_str().unwrap()]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    assert!(out.join("sidecar/100001.body.epub").is_file() && out.join("crawl7.epub").is_file());
}

#[test]
fn each_writes_nothing_unless_every_input_is_well_formed() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let result = run(&[
        "--to",
        "txt",
        "--each",
        "samples/articles",
        "samples/invalid/SC102-missing-body.txt",
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 1);
    assert!(result.stderr.contains("nothing written"), "{}", result.stderr);
    assert!(!out.exists(), "the directories it made are gone too: {:?}", tree(dir.path()));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
}

#[test]
fn each_stays_inside_its_directory_and_off_the_inputs() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in");
    std::fs::create_dir_all(input.join("sub")).unwrap();
    let seed = "Tiêu đề\n\nMột đoạn văn.\n";
    std::fs::write(input.join("sub/a.txt"), seed).unwrap();
    let input_s = input.to_str().unwrap();
    // Converting in place to txt would overwrite the input itself.
    let result = run(&["--to", "txt", "--each", input_s, "-o", input_s]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("is an input; refusing to overwrite it"), "{}", result.stderr);
    assert_eq!(std::fs::read_to_string(input.join("sub/a.txt")).unwrap(), seed);
    // A symlink below the output directory is not written through.
    let out = dir.path().join("out");
    let elsewhere = dir.path().join("elsewhere");
    std::fs::create_dir_all(&out).unwrap();
    std::fs::create_dir_all(&elsewhere).unwrap();
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(&elsewhere, out.join("sub")).unwrap();
        let result = run(&["--to", "md", "--each", input_s, "-o", out.to_str().unwrap()]);
        assert_eq!(result.code, 2, "{}", result.stderr);
        assert!(result.stderr.contains("a symlink"), "{}", result.stderr);
        assert_eq!(std::fs::read_dir(&elsewhere).unwrap().count(), 0);
        std::fs::remove_file(out.join("sub")).unwrap();
    }
    // Standard input has no name to give a file; -o naming a file is not a directory.
    assert_eq!(run(&["--to", "md", "--each", "-", "-o", out.to_str().unwrap()]).code, 2);
    let file = dir.path().join("f.md");
    std::fs::write(&file, "").unwrap();
    let result = run(&["--to", "md", "--each", input_s, "-o", file.to_str().unwrap()]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("not a directory"), "{}", result.stderr);
    // --each without -o is a usage error (clap).
    assert_eq!(run(&["--to", "md", "--each", input_s]).code, 2);
    // Names with control characters are printed escaped.
    let odd = input.join("x\u{1b}[31m.txt");
    std::fs::write(&odd, seed).unwrap();
    std::fs::write(dir.path().join("x\u{1b}[31m.txt"), seed).unwrap();
    let result = run(&[
        "--to",
        "md",
        "--each",
        odd.to_str().unwrap(),
        dir.path().join("x\u{1b}[31m.txt").to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(result.code, 2);
    assert!(result.stderr.contains("x\\u{1b}[31m") && !result.stderr.contains('\u{1b}'), "{}", result.stderr);
}

#[test]
fn each_over_the_corpus_gives_one_file_per_seed() {
    if !crate::corpus::corpus_present() {
        return crate::skip(&format!("{} not present", crate::corpus::CORPUS));
    }
    let dir = tempfile::tempdir().unwrap();
    let result = run(&["--to", "json", "--each", "-q", crate::corpus::CORPUS, "-o", dir.path().to_str().unwrap()]);
    assert_eq!(result.code, 0, "{}", result.stderr);
    let files = tree(dir.path());
    assert!(files.len() >= 2_600, "{}", files.len());
    assert!(files.iter().all(|f| f.ends_with(".json") && !f.contains("..")));
    let doc: serde_json::Value = serde_json::from_slice(&std::fs::read(dir.path().join(&files[0])).unwrap()).unwrap();
    assert!(doc["source"].as_str().unwrap().ends_with(&files[0].replace(".json", ".txt")), "{}", doc["source"]);
}
