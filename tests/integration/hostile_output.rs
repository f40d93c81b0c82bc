//! Output that must always be valid (issue 15): every URL that `check` accepts, written by every writer in
//! `WRITERS`, passes that format's validator (EPUBCheck, jing with tei_all and xmllint with the project's
//! RNG, the Nu HTML Checker, qpdf/poppler) or reads back as the same URL (JSON, Markdown, canonical text);
//! metadata that cannot be written is refused at the command line.

use crate::run;
use crate::validators::{assert_html_valid_all, assert_tei_valid_all, assert_valid};
use std::path::Path;

/// URLs that `check` accepts and that once broke a writer (issue 15), and a few clean ones beside them.
const URLS: &[&str] = &[
    "http://example.com/a b c",
    "http://example.com/\"><script>alert(1)</script>",
    "http://example.com/{x}|y",
    "http://example.com/%zz%",
    "http://example.com/#a#b",
    "http://example.com\\path\\to",
    "http:example.com",
    "https://example.com/a`b^c",
    "http://example.com/?q=a b&c=d\"e",
    "http://example.com/a]]>b",
    "http://example.com/[x]",
    "http://example.com/đường/phố?q=Hà Nội#mục 2",
    "http://user:p@ss@example.com/",
    "https://bộ.vn/",
    "http://www.vietnamplus.vn/van-phong/301816.vnp",
];

/// One seed per URL (`# url =` header), numbered so that they sort in `URLS` order.
fn url_seeds(dir: &Path) {
    for (i, url) in URLS.iter().enumerate() {
        let seed = format!(
            "# url = {url}\n# date = 2024-05-26\nBài báo số {i}\n\nĐoạn văn thứ nhất của bài báo số {i}, nói về giá vàng.\n\nĐoạn văn thứ hai.\n"
        );
        std::fs::write(dir.join(format!("u{i:02}.txt")), seed).unwrap();
    }
}

/// Runs the CLI and asserts it succeeds, returning standard output.
fn ok(args: &[&str]) -> String {
    let out = run(args);
    assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
    out.stdout
}

#[test]
fn hostile_urls_that_check_accepts_are_written_validly_by_every_writer() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir(&seeds).unwrap();
    url_seeds(&seeds);
    let input = seeds.to_str().unwrap();
    // The premise: check accepts every one of them, and the document keeps the seed's URL as it is.
    ok(&["check", "-q", input]);
    let docs: Vec<serde_json::Value> =
        ok(&["--to", "json", "-q", input]).lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let urls: Vec<&str> = docs.iter().map(|d| d["url"].as_str().unwrap()).collect();
    assert_eq!(urls, URLS);
    for writer in seeds_convert::write::WRITERS {
        let ext = writer.extensions()[0];
        let book = dir.path().join(format!("book.{ext}"));
        let book = book.to_str().unwrap();
        ok(&["--to", writer.name(), "-q", "--title", "URL", input, "-o", book]);
        // Each article alone too: a one-article book takes another path (its dc:source, no contents).
        let one = dir.path().join(format!("one.{ext}"));
        ok(&["--to", writer.name(), "-q", &seeds.join("u00.txt").to_string_lossy(), "-o", one.to_str().unwrap()]);
        let files = [Path::new(book), one.as_path()];
        match writer.name() {
            "epub" => files.iter().for_each(|f| assert_valid("epub", &[f.to_str().unwrap()], "URLs in an EPUB")),
            "pdf" => files.iter().for_each(|f| assert_valid("pdf", &[f.to_str().unwrap()], "URLs in a PDF")),
            "html" => assert_html_valid_all(&files, "URLs in HTML", &[]),
            "tei" => {
                assert_tei_valid_all(&files, "URLs in TEI");
                files.iter().for_each(|f| crate::tei::assert_customization_valid(f));
            }
            "json" => assert_eq!(std::fs::read_to_string(book).unwrap(), ok(&["--to", "json", "-q", input])),
            "md" => {
                let md = std::fs::read_to_string(book).unwrap();
                let read: Vec<String> = crate::markdown::read_back(&md).into_iter().filter_map(|a| a.url).collect();
                assert_eq!(read, URLS, "Markdown reads back the seeds' URLs");
            }
            "txt" => {
                // The canonical text is a seed again: check accepts it and it gives the same URLs.
                let text = std::fs::read_to_string(book).unwrap();
                for (part, url) in text.split("\n\u{c}\n").zip(URLS) {
                    let again = crate::run_with_stdin(&["--to", "json", "-q", "-"], Some(part.as_bytes()));
                    assert_eq!(again.code, 0, "{}", again.stderr);
                    let doc: serde_json::Value = serde_json::from_str(&again.stdout).unwrap();
                    assert_eq!(doc["url"].as_str(), Some(*url));
                }
            }
            other => panic!("no validation for writer `{other}`: add it here"),
        }
    }
}
