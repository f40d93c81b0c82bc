//! `--to epub`: EPUBCheck 5 accepts every sample and a corpus anthology, the text of every chapter is the
//! document's blocks, the bytes are reproducible, markup in text stays text.

use crate::validators::{assert_epubs_valid, epubcheck};
use crate::{convert, run, seeds_in};
use quick_xml::events::Event;
use std::io::Read;

fn epub_of(inputs: &[&str], extra: &[&str]) -> (tempfile::TempDir, std::path::PathBuf) {
    convert("epub", "epub", inputs, extra)
}

fn entry(epub: &std::path::Path, name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(epub).unwrap()).unwrap();
    let mut text = String::new();
    archive.by_name(name).unwrap().read_to_string(&mut text).unwrap();
    text
}

/// (name, compressed?) of every entry, in archive order.
fn methods(epub: &std::path::Path) -> Vec<(String, bool)> {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(epub).unwrap()).unwrap();
    (0..archive.len())
        .map(|i| {
            let e = archive.by_index_raw(i).unwrap();
            (e.name().to_string(), e.compression() != zip::CompressionMethod::Stored)
        })
        .collect()
}

/// The text of each `<p>`/`<h2>` after the chapter's `<header>`, in order.
fn chapter_blocks(xhtml: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(xhtml);
    let (mut out, mut current, mut in_block, mut in_header) = (Vec::new(), String::new(), false, false);
    loop {
        match reader.read_event().unwrap() {
            Event::Start(e) if e.name().as_ref() == b"header" => in_header = true,
            Event::End(e) if e.name().as_ref() == b"header" => in_header = false,
            Event::Start(e) if !in_header && matches!(e.name().as_ref(), b"p" | b"h2") => {
                in_block = true;
                current.clear();
            }
            Event::End(e) if in_block && matches!(e.name().as_ref(), b"p" | b"h2") => {
                in_block = false;
                out.push(current.clone());
            }
            Event::Text(t) if in_block => current.push_str(&t.xml_content().unwrap()),
            Event::GeneralRef(r) if in_block => current.push_str(crate::xml_entity(&r)),
            Event::Eof => break,
            _ => {}
        }
    }
    out
}

#[test]
fn every_sample_passes_epubcheck_and_keeps_its_text() {
    let seeds = seeds_in("samples/articles");
    let mut books = Vec::new();
    for seed in &seeds {
        let (dir, epub) = epub_of(&[seed], &[]);
        let doc: serde_json::Value = serde_json::from_str(&run(&["--to", "json", "--quiet", seed]).stdout).unwrap();
        let expected: Vec<String> =
            doc["blocks"].as_array().unwrap().iter().map(|b| b["text"].as_str().unwrap().to_string()).collect();
        let got = chapter_blocks(&entry(&epub, "OEBPS/article-0001.xhtml"));
        assert_eq!(got, expected, "{seed}: chapter text differs from the document's blocks");
        // Removed boilerplate never appears (a duplicated line keeps its first copy, so it is not checked).
        let removed: Vec<&str> = doc["removed"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|r| r["kind"] != "duplicate-line")
            .map(|r| r["text"].as_str().unwrap())
            .collect();
        let chapter = entry(&epub, "OEBPS/article-0001.xhtml");
        for r in removed.iter().filter(|r| r.chars().count() > 12) {
            assert!(!chapter.contains(*r), "{seed}: removed boilerplate `{r}` appears in the chapter");
        }
        books.push((dir, epub));
    }
    // Then EPUBCheck on all of them at once.
    let files: Vec<(&std::path::Path, &str)> =
        books.iter().zip(&seeds).map(|((_, e), s)| (e.as_path(), &**s)).collect();
    assert_epubs_valid(&files);
}

#[test]
fn anthology_has_title_page_nav_and_metadata() {
    let (_dir, epub) = epub_of(&["samples/articles"], &["--title", "Tin tức & bình luận", "--author", "Ban biên tập"]);
    assert_epubs_valid(&[(&epub, "samples anthology")]);
    let opf = entry(&epub, "OEBPS/content.opf");
    assert!(opf.contains("<dc:title>Tin tức &amp; bình luận</dc:title>"), "{opf}");
    assert!(opf.contains("<dc:creator id=\"creator\">Ban biên tập</dc:creator>"), "{opf}");
    assert!(opf.contains("<dc:language>vi</dc:language>"), "{opf}");
    assert!(opf.contains("<dc:source>http://www.vietnamplus.vn/"), "{opf}");
    let nav = entry(&epub, "OEBPS/nav.xhtml");
    assert!(nav.contains("xml:lang=\"vi\""));
    // The EPUB 2 table of contents names the book and carries its identifier, as the NCX spec asks.
    let ncx = entry(&epub, "OEBPS/toc.ncx");
    let uid = opf.split("<dc:identifier id=\"book-id\">").nth(1).and_then(|s| s.split('<').next()).unwrap();
    assert!(ncx.contains(&format!("<meta name=\"dtb:uid\" content=\"{uid}\"/>")), "{ncx}");
    assert!(ncx.contains("<docTitle><text>Tin tức &amp; bình luận</text></docTitle>"), "{ncx}");
    assert_eq!(ncx.matches("<navPoint").count(), seeds_in("samples/articles").len());
    let seeds = seeds_in("samples/articles");
    for seed in &seeds {
        let doc: serde_json::Value = serde_json::from_str(&run(&["--to", "json", "--quiet", seed]).stdout).unwrap();
        if let Some(title) = doc["title"].as_str() {
            let escaped = title.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;");
            assert!(nav.contains(&escaped), "nav lacks {title}");
        }
    }
    let title_page = entry(&epub, "OEBPS/title.xhtml");
    assert_eq!(title_page.matches("<li>").count(), seeds.len());
}

#[test]
fn book_metadata_from_the_command_line() {
    let extra = [
        "--lang",
        "vi-VN",
        "--publisher",
        "NXB Trẻ & Co",
        "--date",
        "2024-05-26",
        "--identifier",
        "urn:isbn:9786041234567",
    ];
    let (_dir, epub) = epub_of(&["samples/articles"], &extra);
    assert_epubs_valid(&[(&epub, "a book with --lang, --publisher, --date, --identifier")]);
    let opf = entry(&epub, "OEBPS/content.opf");
    for expected in [
        "<dc:language>vi-VN</dc:language>",
        "<dc:publisher>NXB Trẻ &amp; Co</dc:publisher>",
        "<dc:date>2024-05-26</dc:date>",
        "<dc:identifier id=\"book-id\">urn:isbn:9786041234567</dc:identifier>",
    ] {
        assert!(opf.contains(expected), "{expected} in {opf}");
    }
    assert!(entry(&epub, "OEBPS/toc.ncx").contains("content=\"urn:isbn:9786041234567\""));
    // Without them, a one-article book takes its outlet and date from the article; a book of several has none.
    let (_dir, one) = epub_of(&["samples/articles/crawl7.txt"], &[]);
    let opf = entry(&one, "OEBPS/content.opf");
    assert!(
        opf.contains("<dc:publisher>TTXVN</dc:publisher>")
            && opf.contains("<dc:date>2013-11-26T09:15:00+07:00</dc:date>")
    );
    let (_dir, several) = epub_of(&["samples/articles"], &[]);
    let opf = entry(&several, "OEBPS/content.opf");
    assert!(!opf.contains("<dc:publisher>") && !opf.contains("<dc:date>"), "{opf}");
    // The same options reach the HTML page and the PDF.
    let html = run(&["--to", "html", "-q", "--lang", "en", "samples/articles/crawl7.txt"]);
    assert!(html.stdout.contains("<html lang=\"en\">"));
    for bad in [["--date", "2024-13-01"], ["--date", "26/05/2024"], ["--lang", "english"], ["--lang", "v"]] {
        let out = run(&[&["--to", "epub", "samples/articles/crawl7.txt", "-o", "/dev/null"][..], &bad].concat());
        assert_eq!(out.code, 2, "{bad:?}");
    }
}

#[test]
fn same_input_same_bytes_and_source_date_epoch_is_honoured() {
    let (_a, first) = epub_of(&["samples/articles"], &[]);
    let (_b, second) = epub_of(&["samples/articles"], &[]);
    assert_eq!(std::fs::read(&first).unwrap(), std::fs::read(&second).unwrap());
    // Without SOURCE_DATE_EPOCH the book is dated by its newest article (header-lines.txt, 2021-05-01), not
    // by the clock; a book nothing dates gets 1980-01-01.
    let opf = entry(&first, "OEBPS/content.opf");
    assert!(opf.contains("<meta property=\"dcterms:modified\">2021-05-01T00:00:00Z</meta>"), "{opf}");
    let (_c, undated) = epub_of(&["samples/articles/single-line.txt", "samples/articles/title-sapo-body.txt"], &[]);
    let opf = entry(&undated, "OEBPS/content.opf");
    assert!(opf.contains("<meta property=\"dcterms:modified\">1980-01-01T00:00:00Z</meta>"), "{opf}");
    let (_d, dated) = epub_of(&["samples/articles/single-line.txt"], &["--date", "2024-05"]);
    assert!(entry(&dated, "OEBPS/content.opf").contains(">2024-05-01T00:00:00Z</meta>"));
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("b.epub");
    let status = assert_cmd::Command::cargo_bin("seeds-convert")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .args(["--to", "epub", "-q", "samples/articles", "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(status.status.success());
    assert!(entry(&out, "OEBPS/content.opf").contains("2023-11-14T22:13:20Z"));
    // A value a book cannot carry (past 9999, negative, not a number) is a usage error, before any output.
    for bad in ["253402300800", "-1", "soon"] {
        let status = assert_cmd::Command::cargo_bin("seeds-convert")
            .unwrap()
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("SOURCE_DATE_EPOCH", bad)
            .args(["--to", "epub", "-q", "samples/articles", "-o", out.to_str().unwrap()])
            .output()
            .unwrap();
        assert_eq!(status.status.code(), Some(2), "{bad}");
        assert!(String::from_utf8_lossy(&status.stderr).contains("SOURCE_DATE_EPOCH"), "{bad}");
    }
}

#[test]
fn binary_output_refuses_a_terminal_but_goes_to_a_pipe() {
    // Under the test harness stdout is a pipe: the EPUB comes out there, starting with the zip magic.
    let out = assert_cmd::Command::cargo_bin("seeds-convert")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["--to", "epub", "-q", "samples/articles/crawl7.txt"])
        .output()
        .unwrap();
    assert!(out.status.success());
    assert_eq!(&out.stdout[..4], b"PK\x03\x04");
}

#[test]
fn embedded_font_is_packaged_and_used() {
    let font =
        ["/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf"].into_iter().find(|p| std::path::Path::new(p).is_file());
    let Some(font) = font else {
        crate::skip("no DejaVu font on this machine");
        return;
    };
    let (_dir, epub) = epub_of(&["samples/articles/crawl7.txt"], &["--embed-font", font]);
    assert_epubs_valid(&[(&epub, "EPUB with embedded font")]);
    let css = entry(&epub, "OEBPS/stylesheet.css");
    assert!(css.contains("@font-face") && css.contains("fonts/embedded.ttf"), "{css}");
    let out =
        run(&["--to", "epub", "--embed-font", "Cargo.toml", "samples/articles/crawl7.txt", "-o", "/tmp/never.epub"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("not a TrueType/OpenType/WOFF font"));
}

#[test]
fn corpus_anthology_passes_epubcheck() {
    let corpus = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        assert!(std::env::var("CI").map_or(true, |v| v != "true"), "corpus missing under CI");
        return;
    }
    let (_dir, epub) = epub_of(&["../shared/corpus"], &["--title", "Kho văn bản tin tức"]);
    assert_epubs_valid(&[(&epub, "the corpus anthology")]);
    let opf = entry(&epub, "OEBPS/content.opf");
    assert!(opf.matches("<itemref").count() > 2_600);
    // A big book is deflated (but `mimetype` and entries under 2 KB); a one-article book is stored whole.
    let entries = methods(&epub);
    assert_eq!(entries[0], ("mimetype".to_string(), false));
    assert!(entries.iter().filter(|(_, deflated)| *deflated).count() > 1_000, "corpus book not compressed");
    let (_one_dir, one) = epub_of(&["samples/articles/002_80b3f6d469e22f59.txt"], &[]);
    assert!(methods(&one).iter().all(|(_, deflated)| !deflated));
}

/// A valid 2×3 PNG (three rows: cream, rust, cream).
const PNG: &[u8] = &[
    0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00,
    0x02, 0x00, 0x00, 0x00, 0x03, 0x08, 0x02, 0x00, 0x00, 0x00, 0x36, 0x88, 0x49, 0xd6, 0x00, 0x00, 0x00, 0x16, 0x49,
    0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xf2, 0xfe, 0x09, 0x10, 0x31, 0x54, 0xe9, 0xc9, 0x02, 0x11, 0x03, 0x84,
    0x07, 0x00, 0x85, 0xde, 0x0c, 0xa7, 0x30, 0x8f, 0x5a, 0x08, 0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae,
    0x42, 0x60, 0x82,
];

#[test]
fn a_cover_is_drawn_from_the_title_or_given_as_an_image() {
    // By default: an SVG drawn from the title, the book's cover-image, shown by the first page of the spine.
    let (_d, drawn) = epub_of(&["samples/articles/crawl7.txt"], &["--author", "Ban biên tập"]);
    let opf = entry(&drawn, "OEBPS/content.opf");
    assert!(opf
        .contains(r#"<item id="cover-image" href="cover.svg" media-type="image/svg+xml" properties="cover-image"/>"#));
    assert!(opf.contains("<meta name=\"cover\" content=\"cover-image\"/>"), "{opf}");
    assert!(opf.contains("<spine toc=\"ncx\">\n    <itemref idref=\"cover\"/>"), "{opf}");
    let svg = entry(&drawn, "OEBPS/cover.svg");
    for text in [">Hà Nội kỷ niệm<", ">Ban biên tập<", ">TTXVN<", ">26/11/2013 09:15<"] {
        assert!(svg.contains(text), "{text} not on the cover: {svg}");
    }
    assert!(entry(&drawn, "OEBPS/nav.xhtml").contains("<a epub:type=\"cover\" href=\"cover.xhtml\">"));
    // Given: a PNG, stored as it is.
    let dir = tempfile::tempdir().unwrap();
    let png = dir.path().join("bìa.png");
    std::fs::write(&png, PNG).unwrap();
    let (_g, given) = epub_of(&["samples/articles"], &["--cover", png.to_str().unwrap()]);
    assert_epubs_valid(&[(&given, "a book with a PNG cover")]);
    let opf = entry(&given, "OEBPS/content.opf");
    assert!(
        opf.contains(r#"<item id="cover-image" href="cover.png" media-type="image/png" properties="cover-image"/>"#)
    );
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&given).unwrap()).unwrap();
    let mut stored = Vec::new();
    archive.by_name("OEBPS/cover.png").unwrap().read_to_end(&mut stored).unwrap();
    assert_eq!(stored, PNG);
    assert!(entry(&given, "OEBPS/cover.xhtml").contains("<img src=\"cover.png\""));
}

#[test]
fn a_bad_cover_is_a_usage_error_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("book.epub");
    let gif = dir.path().join("cover.gif");
    std::fs::write(&gif, b"GIF89a\x01\x00\x01\x00").unwrap();
    let big = dir.path().join("big.jpg");
    let mut bytes = b"\xFF\xD8\xFF\xE0".to_vec();
    bytes.resize((10 << 20) + 1, 0);
    std::fs::write(&big, bytes).unwrap();
    for (cover, message) in [
        (gif.to_str().unwrap(), "cover.gif: not a JPEG or PNG image"),
        (big.to_str().unwrap(), "big.jpg: larger than 10 MB"),
        ("no-such-cover.png", "no-such-cover.png"),
    ] {
        let result = run(&["--to", "epub", "--cover", cover, "samples/articles", "-o", out.to_str().unwrap()]);
        assert_eq!(result.code, 2, "{cover}: {}", result.stderr);
        assert!(result.stderr.contains(message), "{cover}: {}", result.stderr);
        assert!(!out.exists());
    }
    // Formats without a cover say so.
    let png = dir.path().join("cover.png");
    std::fs::write(&png, PNG).unwrap();
    let result = run(&["--to", "html", "--cover", png.to_str().unwrap(), "samples/articles/crawl7.txt"]);
    assert_eq!(result.code, 0);
    assert!(result.stderr.contains("warning: --cover is used by --to epub only"), "{}", result.stderr);
}

/// A copy of `epub` with `edit` applied to the text of entry `name` (the other entries copied as they are).
fn edited(epub: &std::path::Path, out: &std::path::Path, name: &str, edit: impl Fn(&str) -> String) {
    let mut archive = zip::ZipArchive::new(std::fs::File::open(epub).unwrap()).unwrap();
    let mut writer = zip::ZipWriter::new(std::fs::File::create(out).unwrap());
    for i in 0..archive.len() {
        let entry = archive.by_index_raw(i).unwrap();
        if entry.name() != name {
            writer.raw_copy_file(entry).unwrap();
            continue;
        }
        drop(entry);
        let mut text = String::new();
        archive.by_index(i).unwrap().read_to_string(&mut text).unwrap();
        let edited = edit(&text);
        assert_ne!(edited, text, "{name}: the edit changed nothing");
        writer.start_file(name, zip::write::SimpleFileOptions::default()).unwrap();
        std::io::Write::write_all(&mut writer, edited.as_bytes()).unwrap();
    }
    writer.finish().unwrap();
}

/// The EPUBCheck JVM shared by the suite (validators.rs) is not a check that passes whatever it is given:
/// an EPUB with an error and one with only a warning fail, each with EPUBCheck's message and the counts
/// ../shared/tools/validate-epub.sh (one EPUBCheck run per file) gives them, and a valid book checked after
/// them still passes.
#[test]
fn the_batch_epubcheck_fails_a_broken_epub_as_validate_epub_does() {
    let (dir, good) = epub_of(&["samples/articles/crawl7.txt"], &[]);
    let error = dir.path().join("unknown-element.epub");
    edited(&good, &error, "OEBPS/article-0001.xhtml", |x| x.replacen("<p>", "<p><blink>nháy</blink>", 1));
    let warning = dir.path().join("odd-date.epub");
    edited(&good, &warning, "OEBPS/content.opf", |opf| {
        opf.replace("<dc:date>2013-11-26T09:15:00+07:00", "<dc:date>26/11/2013")
    });
    let Some(reports) = epubcheck(&[&error, &good, &warning, &good]) else { return };
    let [error_report, good_report, warning_report, good_again] = &reports[..] else { unreachable!() };
    assert!(!error_report.passed() && error_report.errors > 0, "{error_report:?}");
    assert!(
        error_report.messages.contains("ERROR(RSC-005)") && error_report.messages.contains("blink"),
        "{error_report:?}"
    );
    assert!(error_report.messages.contains("unknown-element.epub/OEBPS/article-0001.xhtml"), "{error_report:?}");
    assert!(
        !warning_report.passed() && warning_report.errors == 0 && warning_report.warnings > 0,
        "{warning_report:?}"
    );
    assert!(warning_report.messages.contains("WARNING(OPF-053)"), "{warning_report:?}");
    assert!(good_report.passed() && good_again.passed(), "{good_report:?} {good_again:?}");
    // The same counts as the one-file-per-JVM script.
    for (file, report) in [(&error, error_report), (&warning, warning_report)] {
        let summary = format!("epubcheck: {} errors, {} warnings", report.errors, report.warnings);
        match crate::validators::validate("epub", &[file.to_str().unwrap()]) {
            crate::validators::Verdict::Invalid(text) => {
                assert_eq!(text.lines().last(), Some(&*summary), "{}:\n{text}", file.display())
            }
            crate::validators::Verdict::Valid => panic!("validate-epub.sh accepts {}", file.display()),
            crate::validators::Verdict::Missing(why) => crate::skip(&format!("validate-epub.sh: {why}")),
        }
    }
    // And the assertion the tests use names the file and quotes EPUBCheck.
    let failure = std::panic::catch_unwind(|| assert_epubs_valid(&[(&good, "good"), (&error, "a broken book")]));
    let message = failure.expect_err("a broken EPUB passed").downcast::<String>().unwrap();
    assert!(message.contains("EPUBCheck rejects 1 of 2 EPUBs") && message.contains("a broken book ("), "{message}");
    assert!(message.contains("unknown-element.epub") && message.contains("RSC-005"), "{message}");
}
