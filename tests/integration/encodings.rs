//! Issue 3, encoding repair: real text (the samples and ../shared/corpus) transcoded into every legacy
//! encoding and every mojibake shape must decode back to exactly the same cleaned text; clean corpus files
//! must be left exactly as they were decoded before (no false repairs); the shipped samples agree.

use seeds_convert::decode::clean::clean;
use seeds_convert::decode::legacy::{encode_windows_1258, tcvn3, viscii, vni};
use seeds_convert::decode::{self, vietnamese};
use std::path::{Path, PathBuf};

const CORPUS: &str = "../shared/corpus";

/// Every text file under `dir` (absolute), sorted; empty when `dir` is absent.
fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "txt") {
            out.push(path);
        }
    }
}

fn corpus_files() -> Vec<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(CORPUS);
    if !root.is_dir() {
        crate::skip(&format!("corpus part: {CORPUS} not present"));
    }
    let mut files = Vec::new();
    files_under(&root, &mut files);
    files.sort();
    files
}

/// The texts to transcode: the article samples and the corpus, decoded as today.
fn real_texts() -> Vec<(String, String)> {
    let mut files = Vec::new();
    files_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/articles"), &mut files);
    files.sort();
    files.extend(corpus_files());
    files
        .into_iter()
        .filter_map(|p| {
            let text = decode::decode(&std::fs::read(&p).ok()?).text;
            Some((p.display().to_string(), text)).filter(|(_, t)| !t.is_ascii())
        })
        .collect()
}

fn garble(bytes: &[u8], latin1: bool) -> Vec<u8> {
    let text: String = if latin1 {
        bytes.iter().map(|&b| char::from(b)).collect()
    } else {
        encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
    };
    text.into_bytes()
}

/// Typographic punctuation VISCII has no byte for, as a VISCII writer would have typed it.
fn fold_punctuation(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '“' | '”' | '„' => '"',
            '‘' | '’' => '\'',
            '–' | '—' => '-',
            '…' => '.',
            '\u{A0}' => ' ',
            c => c,
        })
        .collect()
}

/// TCVN3 stores capitals with a tone mark as lowercase codes (drawn as capitals by an all-caps font).
fn lowercase_toned_capitals(text: &str) -> String {
    text.chars()
        .map(|c| match vietnamese::letter(c) {
            Some((_, Some(_))) if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
            _ => c,
        })
        .collect()
}

type Encoder = fn(&str) -> Option<Vec<u8>>;
/// Makes a text representable in an encoding (e.g. TCVN3 has no capitals with tone marks).
type Representable = fn(&str) -> String;

/// (name in the report, expected `encoding`, how the text is made representable, encoder).
const ENCODINGS: [(&str, &str, Representable, Encoder); 8] = [
    ("windows-1258", "windows-1258", |t| t.to_string(), encode_windows_1258),
    ("VNI", "VNI", |t| t.to_string(), vni::encode),
    ("TCVN3", "TCVN3", lowercase_toned_capitals, tcvn3::encode),
    ("VISCII", "VISCII", fold_punctuation, viscii::encode),
    ("mojibake-1", "UTF-8", |t| t.to_string(), |t| Some(garble(t.as_bytes(), false))),
    ("mojibake-2", "UTF-8", |t| t.to_string(), |t| Some(garble(&garble(t.as_bytes(), false), false))),
    ("mojibake-latin1", "UTF-8", |t| t.to_string(), |t| Some(garble(t.as_bytes(), true))),
    ("UTF-16BE", "UTF-16BE", |t| t.to_string(), |t| Some(t.encode_utf16().flat_map(u16::to_be_bytes).collect())),
];

fn cleaned(text: &str) -> Vec<String> {
    clean(text).lines.into_iter().map(|l| l.text).collect()
}

#[test]
fn real_text_round_trips_through_every_encoding() {
    let texts = real_texts();
    let mut report = Vec::new();
    let mut failures = Vec::new();
    for (name, expect_encoding, prepare, encode) in ENCODINGS {
        let (mut exact, mut skipped) = (0, 0);
        for (path, text) in &texts {
            let source = prepare(text);
            let Some(bytes) = encode(&source) else {
                skipped += 1;
                continue;
            };
            let d = decode::decode(&bytes);
            if d.encoding == expect_encoding && cleaned(&d.text) == cleaned(&source) {
                exact += 1;
            } else {
                failures.push(format!("{name}: {path} decoded as {}", d.encoding));
            }
        }
        report.push(format!("{name}: {exact}/{} exact, {skipped} not representable", texts.len() - skipped));
    }
    eprintln!("round trips:\n{}", report.join("\n"));
    assert!(failures.is_empty(), "{} failures:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn clean_files_are_left_exactly_as_decoded() {
    let mut files = corpus_files();
    let mut samples = Vec::new();
    files_under(&Path::new(env!("CARGO_MANIFEST_DIR")).join("samples/articles"), &mut samples);
    files.extend(samples);
    let mut false_repairs = Vec::new();
    for path in &files {
        let bytes = std::fs::read(path).expect("readable");
        let d = decode::decode(&bytes);
        let plain = std::str::from_utf8(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes));
        let unchanged = match plain {
            Ok(text) => d.encoding == "UTF-8" && d.text == text,
            Err(_) => matches!(d.encoding, "UTF-8" | "UTF-16LE" | "UTF-16BE"),
        };
        if !unchanged || d.mojibake.is_some() {
            false_repairs.push(format!("{}: {} {:?}", path.display(), d.encoding, d.mojibake));
        }
    }
    eprintln!("false repairs: {} of {} files", false_repairs.len(), files.len());
    assert!(false_repairs.is_empty(), "{}", false_repairs.join("\n"));
}

#[test]
fn every_encoding_sample_converts_to_the_same_text() {
    let expected = crate::run(&["--to", "txt", "samples/encodings/utf-8.txt"]);
    assert_eq!(expected.code, 0, "{}", expected.stderr);
    let samples = crate::seeds_in("samples/encodings");
    assert!(samples.len() >= 9, "{samples:?}");
    for sample in samples {
        let out = crate::run(&["--to", "txt", "--quiet", &sample]);
        assert_eq!((out.code, out.stdout.as_str()), (0, expected.stdout.as_str()), "{sample}: {}", out.stderr);
        let json = crate::run(&["--to", "json", "--quiet", &sample]);
        let doc: serde_json::Value = serde_json::from_str(&json.stdout).expect("JSON");
        let stem = sample.trim_start_matches("samples/encodings/").trim_end_matches(".txt");
        let expect = match stem {
            "windows-1258" => "windows-1258",
            "vni" | "tcvn3" | "viscii" => &stem.to_uppercase(),
            "utf-16be" => "UTF-16BE",
            _ => "UTF-8",
        };
        assert_eq!(doc["encoding"], expect, "{sample}");
        let mojibake = doc["repairs"].as_array().unwrap().iter().any(|r| r["kind"] == "mojibake");
        assert_eq!(mojibake, stem.starts_with("mojibake"), "{sample}");
    }
}

#[test]
fn tone_style_moves_tone_marks_only_where_the_rules_say() {
    let seed = "Hòa bình và sức khỏe\n\nThúy nói quý giờ hoàng hoài thủy điện.\n".as_bytes();
    let out = crate::run_with_stdin(&["--to", "txt", "--quiet", "--tone-style", "new", "-"], Some(seed));
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Hoà bình và sức khoẻ\n\nThuý nói quý giờ hoàng hoài thuỷ điện."), "{}", out.stdout);
    let back =
        crate::run_with_stdin(&["--to", "txt", "--quiet", "--tone-style", "old", "-"], Some(out.stdout.as_bytes()));
    assert!(back.stdout.contains("Hòa bình và sức khỏe\n\nThúy nói quý giờ hoàng hoài thủy điện."), "{}", back.stdout);
    let kept = crate::run_with_stdin(&["--to", "txt", "--quiet", "-"], Some(seed));
    assert!(kept.stdout.contains("Hòa bình và sức khỏe"), "{}", kept.stdout);
}
