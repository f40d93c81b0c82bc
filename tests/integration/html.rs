//! `--to html`: every sample as a page of its own, the samples as a book and the corpus as a book pass the
//! Nu HTML Checker (one JVM for all of them); the page makes no request of its own and keeps every block's
//! text.

use crate::validators::assert_html_valid_all;
use crate::{convert, run, seeds_in};

/// The text of every `<p>`/`<h2>`/`<h3>` after the headers, markup removed and entities decoded (our pages
/// use only the five XML ones).
fn block_texts(html: &str) -> Vec<String> {
    let body = &html[html.find("<body").unwrap()..];
    let mut out = Vec::new();
    for part in body.split("</header>\n").skip(1) {
        let part = &part[..part.find("</article>").unwrap()];
        for line in part.lines() {
            let inner = line[line.find('>').unwrap() + 1..line.rfind("</").unwrap()].to_string();
            let decoded = inner
                .replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&apos;", "'")
                .replace("&amp;", "&");
            out.push(decoded);
        }
    }
    out
}

#[test]
fn html_pages_pass_the_nu_checker_and_keep_every_block() {
    let seeds = seeds_in("samples/articles");
    let mut dirs = Vec::new();
    for seed in &seeds {
        let (dir, page) = convert("html", "html", &[seed], &[]);
        let html = std::fs::read_to_string(&page).unwrap();
        assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"vi\">"), "{seed}");
        let json: serde_json::Value = serde_json::from_str(&run(&["--to", "json", "-q", seed]).stdout).unwrap();
        let expected: Vec<String> =
            json["blocks"].as_array().unwrap().iter().map(|b| b["text"].as_str().unwrap().to_string()).collect();
        assert_eq!(block_texts(&html), expected, "{seed}");
        dirs.push((dir, page));
    }
    let (book_dir, book) =
        convert("html", "html", &["samples/articles"], &["--title", "Mẫu <&>", "--author", "Ban biên tập"]);
    let html = std::fs::read_to_string(&book).unwrap();
    assert_eq!(html.matches("<li><a href=\"#article-").count(), seeds.len(), "a contents entry per article");
    assert!(html.contains("<title>Mẫu &lt;&amp;&gt;</title>"));
    for page in dirs.iter().map(|(_, p)| p).chain([&book]) {
        let html = std::fs::read_to_string(page).unwrap();
        // No request of its own: no external stylesheet, script, image, font or import.
        for needle in ["<link", "<script", "<img", "src=", "url(", "@import"] {
            assert!(!html.contains(needle), "{}: {needle}", page.display());
        }
    }
    let mut files: Vec<&std::path::Path> = dirs.iter().map(|(_, p)| p.as_path()).collect();
    files.push(&book);
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(crate::corpus::CORPUS);
    let corpus_dir = tempfile::tempdir().unwrap();
    let corpus_book = corpus_dir.path().join("corpus.html");
    if crate::corpus::corpus_present() {
        let out = run(&["--to", "html", "-q", corpus.to_str().unwrap(), "-o", corpus_book.to_str().unwrap()]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        files.push(&corpus_book);
    }
    // A few corpus articles carry Private Use Area characters (a symbol font's bullets): kept, as every
    // character of the text is; the checker's advice against them is the one message accepted.
    assert_html_valid_all(&files, "the HTML pages", &["Private Use Area"]);
    drop(book_dir);
}
