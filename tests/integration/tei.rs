//! `--to tei`: every sample and a teiCorpus of the whole corpus validate against the project's
//! customization (schemas/tei-seeds.rng, xmllint) and the official tei_all (jing); nothing of the source
//! is lost; markup-looking text stays text.

use crate::validators::assert_valid;
use crate::{convert, run, seeds_in};
use quick_xml::events::Event;
use std::process::Command;

fn tei_of(inputs: &[&str]) -> (tempfile::TempDir, std::path::PathBuf) {
    convert("tei", "xml", inputs, &[])
}

/// xmllint --relaxng against our customization; a missing xmllint fails under CI=true.
pub fn assert_customization_valid(xml: &std::path::Path) {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new("xmllint")
        .args(["--noout", "--nonet", "--relaxng", "schemas/tei-seeds.rng"])
        .arg(xml)
        .current_dir(root)
        .output();
    match out {
        Ok(o) => assert!(
            o.status.success(),
            "tei-seeds.rng rejects {}:\n{}",
            xml.display(),
            String::from_utf8_lossy(&o.stderr)
        ),
        Err(e) => {
            crate::skip(&format!("customization check: xmllint cannot be run: {e}"));
        }
    }
}

/// Texts of `<p>`, `<head>`, `<byline>` under `<body>` and of `<note>` under `<back>`.
fn texts(xml: &str) -> (Vec<String>, Vec<String>) {
    let mut reader = quick_xml::Reader::from_str(xml);
    let (mut body, mut back) = (Vec::new(), Vec::new());
    let (mut in_body, mut in_back, mut current, mut open) = (false, false, String::new(), false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) => match e.name().as_ref() {
                b"body" => in_body = true,
                b"back" => in_back = true,
                b"p" | b"head" | b"byline" | b"note" if in_body || in_back => {
                    open = true;
                    current.clear();
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                b"body" => in_body = false,
                b"back" => in_back = false,
                b"p" | b"head" | b"byline" | b"note" if open => {
                    open = false;
                    if in_body {
                        body.push(current.clone())
                    } else {
                        back.push(current.clone())
                    }
                }
                _ => {}
            },
            Event::Text(t) if open => current.push_str(&t.xml_content().unwrap()),
            Event::GeneralRef(r) if open => current.push_str(crate::xml_entity(&r)),
            Event::Eof => break,
            _ => {}
        }
    }
    (body, back)
}

#[test]
fn every_sample_validates_and_keeps_everything() {
    let mut outputs = Vec::new();
    for seed in seeds_in("samples/articles").into_iter().chain(seeds_in("samples/warnings")) {
        let (dir, xml) = tei_of(&[&seed]);
        assert_customization_valid(&xml);
        let doc: serde_json::Value = serde_json::from_str(&run(&["--to", "json", "--quiet", &seed]).stdout).unwrap();
        let mut expected: Vec<String> = doc["title"].as_str().map(String::from).into_iter().collect();
        expected.extend(doc["blocks"].as_array().unwrap().iter().map(|b| b["text"].as_str().unwrap().to_string()));
        let removed: Vec<String> =
            doc["removed"].as_array().unwrap().iter().map(|r| r["text"].as_str().unwrap().to_string()).collect();
        let (body, back) = texts(&std::fs::read_to_string(&xml).unwrap());
        let mut body_sorted = body.clone();
        let mut expected_sorted = expected.clone();
        body_sorted.sort();
        expected_sorted.sort();
        assert_eq!(body_sorted, expected_sorted, "{seed}: body text differs");
        let mut back_sorted = back.clone();
        let mut removed_sorted = removed.clone();
        back_sorted.sort();
        removed_sorted.sort();
        assert_eq!(back_sorted, removed_sorted, "{seed}: removed text is not all in <back>");
        outputs.push((dir, xml));
    }
    // tei_all for all of them with one JVM.
    let files: Vec<&std::path::Path> = outputs.iter().map(|(_, xml)| xml.as_path()).collect();
    crate::validators::assert_tei_valid_all(&files, "the samples' TEI")
}

#[test]
fn header_carries_provenance() {
    let (_dir, xml) = tei_of(&["samples/articles/crawl7.txt"]);
    let xml = std::fs::read_to_string(xml).unwrap();
    for needle in [
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"doc-0001\" xml:lang=\"vi\">",
        "<application ident=\"seeds-convert\" version=\"",
        "<publisher>TTXVN</publisher>",
        "<date when=\"2013-11-26T09:15:00+07:00\">26/11/2013 09:15</date>",
        "<language ident=\"vi\">",
        "<term type=\"category\">Giáo dục</term>",
        "<term type=\"tag\">Nhà giáo</term>",
        "<p rend=\"lead\">",
        "<p rend=\"inferred\">",
        "<byline>(TTXVN)</byline>",
        "Repairs: crlf ×6, glued-sentences ×2.",
    ] {
        assert!(xml.contains(needle), "missing `{needle}` in\n{xml}");
    }
    let (_dir, xml) = tei_of(&["samples/articles/002_80b3f6d469e22f59.txt"]);
    let xml = std::fs::read_to_string(xml).unwrap();
    assert!(xml.contains("<ptr target=\"http://www.vietnamplus.vn/"));
    let (_dir, xml) = tei_of(&["samples/articles/000_ce77e5b7ff3e2bce.txt"]);
    let xml = std::fs::read_to_string(xml).unwrap();
    assert!(xml.contains("<div type=\"comments\">") && xml.contains("subtype=\"comment-footer\" n=\""), "{xml}");
}

#[test]
fn markup_in_text_stays_text() {
    let (_dir, xml) = tei_of(&["samples/articles/markup-in-text.txt"]);
    let text = std::fs::read_to_string(&xml).unwrap();
    assert!(text.contains("&lt;script&gt;alert(&quot;xin chào&quot;)&lt;/script&gt;"), "{text}");
    assert!(text.contains("]]&gt;") && text.contains("&lt;!-- ghi chú --&gt;"));
    assert!(!text.contains("<script>"));
}

#[test]
fn customization_fails_closed() {
    let (dir, xml) = tei_of(&["samples/articles/crawl7.txt"]);
    let text = std::fs::read_to_string(&xml).unwrap().replacen("<p>", "<p><hi>x</hi>", 1);
    let bad = dir.path().join("bad.xml");
    std::fs::write(&bad, text).unwrap();
    let out = Command::new("xmllint")
        .args(["--noout", "--relaxng", "schemas/tei-seeds.rng"])
        .arg(&bad)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output();
    if let Ok(o) = out {
        assert!(!o.status.success(), "the customization accepted an element it does not document");
    }
}

#[test]
fn corpus_as_one_tei_corpus_validates() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        assert!(std::env::var("CI").map_or(true, |v| v != "true"), "corpus missing under CI");
        return;
    }
    let (_dir, xml) = tei_of(&["../shared/corpus"]);
    assert_customization_valid(&xml);
    assert_valid("tei", &[xml.to_str().unwrap()], "the corpus teiCorpus");
    let text = std::fs::read_to_string(&xml).unwrap();
    assert!(text.starts_with("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<teiCorpus"));
    assert!(text.matches("<TEI xml:id=").count() > 2_600);
}
