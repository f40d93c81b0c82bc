//! Output that must always be valid (issue 15): every URL that `check` accepts, written by every writer in
//! `WRITERS`, passes that format's validator (EPUBCheck, jing with tei_all and xmllint with the project's
//! RNG, the Nu HTML Checker, qpdf/poppler) or reads back as the same URL (JSON, Markdown, canonical text);
//! metadata that cannot be written is refused at the command line.

use crate::run;
use crate::validators::{assert_epubs_valid, assert_html_valid_all, assert_tei_valid_all, assert_valid};
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

/// The text of one entry of a zip (an EPUB).
fn entry(zip: &Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(zip).unwrap()).unwrap();
    std::io::read_to_string(archive.by_name(name).unwrap()).unwrap()
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
            "epub" => assert_epubs_valid(&[(files[0], "URLs in a book"), (files[1], "a URL in a one-article book")]),
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

const SEED: &str = "Giá vàng tăng mạnh\n\nGiá vàng SJC sáng nay tăng 200.000 đồng mỗi lượng.\n";

/// Runs the CLI with `SOURCE_DATE_EPOCH` set (or unset).
fn run_epoch(epoch: Option<&str>, args: &[&str]) -> crate::Output {
    let mut cmd = assert_cmd::Command::cargo_bin("seeds-convert").unwrap();
    cmd.env_remove("SOURCE_DATE_EPOCH").args(args);
    if let Some(e) = epoch {
        cmd.env("SOURCE_DATE_EPOCH", e);
    }
    let out = cmd.output().unwrap();
    crate::Output {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

#[test]
fn hostile_book_metadata_with_nothing_to_show_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("a.txt");
    std::fs::write(&seed, SEED).unwrap();
    let book = dir.path().join("book.epub");
    let (seed, book) = (seed.to_str().unwrap(), book.to_str().unwrap());
    for option in ["--title", "--author", "--publisher", "--identifier"] {
        for value in ["", "   ", "\u{1}\u{7f}", "\u{FFFE}\u{FFFF}", "\u{FDD0} \u{85}"] {
            let out = run(&["--to", "epub", "-q", option, value, seed, "-o", book]);
            assert_eq!(out.code, 2, "{option} {value:?}: {}", out.stderr);
            assert!(out.stderr.contains(option) && out.stderr.contains("expected some text"), "{}", out.stderr);
            assert!(!Path::new(book).exists(), "{option} {value:?} wrote a book");
        }
    }
    // Text with a control character in it is still text: the control is dropped, the book is valid.
    ok(&["--to", "epub", "-q", "--title", "Sách\u{1} mẫu", "--author", "\u{FFFE}Ban biên tập", seed, "-o", book]);
    assert_epubs_valid(&[(Path::new(book), "a book whose metadata held a control character and a noncharacter")]);
}

#[test]
fn hostile_source_date_epoch_outside_what_a_book_can_say_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let seed = dir.path().join("a.txt");
    std::fs::write(&seed, SEED).unwrap();
    let book = dir.path().join("book.epub");
    let (seed, book) = (seed.to_str().unwrap(), book.to_str().unwrap());
    for bad in ["253402300800", "-1", "99999999999999999999", "abc", "", "1e9", "12.5", "\u{1b}]0;x\u{7}"] {
        let out = run_epoch(Some(bad), &["--to", "epub", "-q", seed, "-o", book]);
        assert_eq!(out.code, 2, "SOURCE_DATE_EPOCH={bad:?}: {}", out.stderr);
        assert!(out.stderr.contains("SOURCE_DATE_EPOCH="), "{}", out.stderr);
        assert!(!out.stderr.contains('\u{1b}'), "the value is shown escaped: {:?}", out.stderr);
        assert!(!Path::new(book).exists(), "SOURCE_DATE_EPOCH={bad:?} wrote a book");
    }
    // The last second of year 9999 is the latest a book can carry, and the first of 1970 the earliest.
    let mut books = Vec::new();
    for (epoch, stamp) in [("253402300799", "9999-12-31T23:59:59Z"), (" 0 ", "1970-01-01T00:00:00Z")] {
        let book = dir.path().join(format!("book-{}.epub", epoch.trim()));
        let out = run_epoch(Some(epoch), &["--to", "epub", "-q", seed, "-o", book.to_str().unwrap()]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        let opf = entry(&book, "OEBPS/content.opf");
        assert!(opf.contains(&format!("<meta property=\"dcterms:modified\">{stamp}</meta>")), "{opf}");
        books.push((book, format!("a book stamped {stamp}")));
        let pdf = dir.path().join("book.pdf");
        let out = run_epoch(Some(epoch), &["--to", "pdf", "-q", seed, "-o", pdf.to_str().unwrap()]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert_valid("pdf", &[pdf.to_str().unwrap()], &format!("a PDF stamped {stamp}"));
    }
    assert_epubs_valid(&books.iter().map(|(b, what)| (b.as_path(), what.as_str())).collect::<Vec<_>>());
}

#[test]
fn hostile_titles_of_only_noncharacters_get_the_no_title_label() {
    let dir = tempfile::tempdir().unwrap();
    let seeds = dir.path().join("seeds");
    std::fs::create_dir(&seeds).unwrap();
    std::fs::write(seeds.join("a.txt"), format!("\u{FFFE}\u{FFFF}\n\n{}", &SEED[SEED.find('\n').unwrap() + 2..]))
        .unwrap();
    std::fs::write(seeds.join("b.txt"), format!("\u{FFFE} \u{FDD0}\n\n{}", &SEED[SEED.find('\n').unwrap() + 2..]))
        .unwrap();
    let input = seeds.to_str().unwrap();
    let check = run(&["check", input]);
    assert_eq!(check.code, 0, "{}", check.stdout);
    assert_eq!(check.stdout.matches("SC101").count(), 2, "{}", check.stdout);
    let mut books = Vec::new();
    for (inputs, what) in [(vec![input], "a book"), (vec![&*seeds.join("a.txt").to_string_lossy()], "one article")] {
        let inputs: Vec<String> = inputs.iter().map(|s| s.to_string()).collect();
        let book = dir.path().join(format!("t{}.epub", books.len()));
        let mut args = vec!["--to", "epub", "-q", "-o", book.to_str().unwrap()];
        args.extend(inputs.iter().map(String::as_str));
        ok(&args);
        let nav = entry(&book, "OEBPS/nav.xhtml");
        assert!(nav.contains("(không có tiêu đề) a"), "{nav}");
        books.push((book, what));
    }
    assert_epubs_valid(&books.iter().map(|(b, what)| (b.as_path(), *what)).collect::<Vec<_>>());
}
