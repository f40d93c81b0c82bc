//! `fix` is lossless and idempotent (issue 15): `parse(fix(x)) == parse(x)` for every field of the article
//! (title, URL, date, outlet, category, tags, language, each block's kind and text) and `fix(fix(x)) ==
//! fix(x)`, over a copy of the whole of ../shared/corpus and by proptest over seed-like text. The fields not
//! compared say where a document came from, not what it says (`source`, `encoding`, `layout`, `repairs`,
//! `removed`, a block's `line` and `inferred`). Both sides are parsed by the same binary, so the test stays
//! meaningful whatever the boilerplate detectors become. And `fix --diff` can gate a corpus with sidecar
//! pairs in it.

use crate::run;
use proptest::prelude::*;
use seeds_convert::input::SeedInput;
use seeds_convert::model::Document;
use seeds_convert::pipeline::{process, ReadOptions};
use seeds_convert::write::canonical_text;
use std::collections::BTreeMap;
use std::path::Path;

/// What a document says, without where it came from.
fn content(doc: &serde_json::Value) -> serde_json::Value {
    let mut out = serde_json::Map::new();
    for key in ["title", "url", "date", "publisher", "category", "tags", "language"] {
        out.insert(key.into(), doc[key].clone());
    }
    let blocks = doc["blocks"].as_array().unwrap().iter().map(|b| serde_json::json!([b["kind"], b["text"]])).collect();
    out.insert("blocks".into(), serde_json::Value::Array(blocks));
    serde_json::Value::Object(out)
}

/// `--to json` of every seed below `dir`, keyed by path relative to `dir`. `fix` folds look-alike letters
/// (SC010 says it does), so the original is read with `--fold-lookalikes` too.
fn documents(dir: &Path) -> BTreeMap<String, serde_json::Value> {
    let out = run(&["--to", "json", "-q", "--fold-lookalikes", dir.to_str().unwrap()]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let prefix = format!("{}/", dir.display());
    out.stdout
        .lines()
        .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap())
        .map(|d| (d["source"].as_str().unwrap().strip_prefix(&prefix).unwrap().to_string(), content(&d)))
        .collect()
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn snapshot(dir: &Path) -> BTreeMap<std::path::PathBuf, Vec<u8>> {
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(snapshot(&path));
        } else {
            out.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    out
}

#[test]
fn fix_is_lossless_and_idempotent_over_the_corpus() {
    if !crate::corpus::corpus_present() {
        return crate::skip(&format!("{} not present", crate::corpus::CORPUS));
    }
    let tmp = tempfile::tempdir().unwrap();
    let (original, fixed) = (tmp.path().join("original"), tmp.path().join("fixed"));
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join(crate::corpus::CORPUS);
    copy_tree(&corpus, &original);
    copy_tree(&corpus, &fixed);
    let first = run(&["fix", "-q", fixed.to_str().unwrap()]);
    assert_eq!(first.code, 0, "{}", first.stderr);
    let once = snapshot(&fixed);
    let second = run(&["fix", fixed.to_str().unwrap()]);
    assert_eq!(second.code, 0, "{}", second.stderr);
    assert!(second.stderr.contains("fixed 0 file(s)"), "{}", second.stderr);
    assert!(once == snapshot(&fixed), "a second fix changed files");
    let diff = run(&["fix", "--diff", fixed.to_str().unwrap()]);
    assert_eq!((diff.code, diff.stdout.as_str()), (0, ""), "fix --diff after fix: {}", diff.stderr);
    let (before, after) = (documents(&original), documents(&fixed));
    assert!(before.len() >= 2_600, "only {} documents", before.len());
    let lost: Vec<String> = before
        .iter()
        .filter(|(path, doc)| after.get(*path) != Some(doc))
        .map(|(path, doc)| format!("{path}:\n  before {doc}\n  after  {}", after.get(path).unwrap_or(&"-".into())))
        .collect();
    assert!(
        lost.is_empty(),
        "{} of {} seeds read differently after fix:\n{}",
        lost.len(),
        before.len(),
        lost.join("\n")
    );
}

/// A document as the JSON contract has it, for comparing two of them.
fn json(doc: &Document) -> serde_json::Value {
    content(&serde_json::to_value(doc).unwrap())
}

/// Lines a seed is made of: headlines, metadata lines, article sentences, and the things that once went
/// missing in a canonical text (entities, tags, contact lines, `>>` links, credits, captions, headers).
fn line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just(String::new()),
        "[A-ZĐ][a-zàáạảãăắặẵâấậẫđêềệễôốộổơờợữưừựỹ ]{3,60}[.?!]?",
        "[A-ZĐ][a-zàáạảãăắặẵâấậẫđêềệễôốộổơờợữưừựỹ ,]{60,300}\\.",
        prop::sample::select(vec![
            "http://www.vietnamplus.vn/bai-viet/301816.vnp",
            "-----------------",
            "# url = https://a.vn/x",
            "# date = 2013-05-26",
            "# tags = a, b",
            "Điện thoại: 01225250898Ngọc Điệp",
            "&amp;lt;p&amp;gt; và &amp;amp; nữa",
            "&lt;b&gt;Giá&lt;/b&gt; vàng &quot;SJC&quot;",
            "AT&T và NN&PTNT; cùng <p class=x> lúc",
            ">> Xem thêm: Giá vàng hôm nay",
            "(Theo TTXVN)",
            "Ông Nguyễn Văn A phát biểu. (Ảnh: TTXVN)",
            "Tin liên quan",
            "Thích 86 · Trả lời · 2h trước",
            "Chủ nhật, 8/11/2020, 21:50 (GMT+7)",
            "Thời sự > Giao thông",
            "# format = seeds-convert canonical 1",
            "**Đậm** và [liên kết](http://a.vn)",
            "Trung_Quốc tuyên_bố .",
        ])
        .prop_map(String::from),
        any::<String>().prop_map(|s| s.replace(['\n', '\r'], " ")),
    ]
}

fn read(text: &str) -> Option<Document> {
    let mut options = ReadOptions::default();
    options.parse.fold_lookalikes = true; // as `fix` reads
    let done = process(&SeedInput { name: "p.txt".into(), bytes: text.as_bytes().to_vec(), sidecar: None }, &options);
    done.is_valid().then_some(done.document)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, .. ProptestConfig::default() })]

    #[test]
    fn fix_is_lossless_and_idempotent_on_any_seed(lines in proptest::collection::vec(line(), 1..14)) {
        let seed = lines.join("\n") + "\n";
        // `fix` leaves a seed with errors alone.
        let Some(doc) = read(&seed) else { return Ok(()) };
        let fixed = canonical_text(&doc);
        let again = read(&fixed).expect("the canonical text of a well-formed seed is well-formed");
        prop_assert_eq!(json(&again), json(&doc), "{}\n--- fixed:\n{}", seed, fixed);
        prop_assert_eq!(canonical_text(&again), fixed);
    }
}

#[test]
fn fix_diff_skips_sidecar_pairs_without_failing() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(d.join("1.body.txt"), "Giá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.\n").unwrap();
    std::fs::write(d.join("1.info.txt"), "LINK: https://a.vn/x\nTITLE: Giá vàng tăng\n").unwrap();
    std::fs::write(d.join("a.txt"), "Giá vàng tăng mạnh\n\nGiá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.\n")
        .unwrap();
    let input = d.to_str().unwrap();
    // a.txt is not canonical yet: --diff says so with exit 1, as rustfmt --check does.
    let out = run(&["fix", "--diff", input]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("+# format = seeds-convert canonical 1"), "{}", out.stdout);
    let out = run(&["fix", input]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    // Now only the pair is not canonical, and skipping it is no failure.
    let out = run(&["fix", "--diff", input]);
    assert_eq!((out.code, out.stdout.as_str()), (0, ""), "{}", out.stderr);
    assert!(out.stderr.contains("1 sidecar pair(s) left alone"), "{}", out.stderr);
    assert_eq!(std::fs::read_to_string(d.join("1.info.txt")).unwrap(), "LINK: https://a.vn/x\nTITLE: Giá vàng tăng\n");
}
