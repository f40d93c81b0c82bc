//! `--to pdf`: every sample and a PDF of the whole corpus pass ../shared/tools/validate-pdf.sh (qpdf, every
//! font embedded, `pdftotext` gives back every paragraph); metadata, outline, `/Lang`, paper sizes, the
//! user's font, reproducible bytes; the layout tested as text (positions per line), since PDF bytes are
//! not a good snapshot; hostile inputs (a 5 MB paragraph, a 500-character title, 2,000 paragraphs).

use crate::validators::assert_valid;
use crate::{convert, run, seeds_in};
use seeds_convert::model::{Block, BlockKind, Document};
use seeds_convert::write::pdf::fonts::Fonts;
use seeds_convert::write::pdf::typeset::{lay_out, Geometry, Page, Role, MAX_STRETCH};
use seeds_convert::write::{Paper, WriteOptions};
use std::path::{Path, PathBuf};

fn pdf_of(inputs: &[&str], extra: &[&str]) -> (tempfile::TempDir, PathBuf) {
    convert("pdf", "pdf", inputs, extra)
}

/// The expected text for validate-pdf.sh: each document's title and blocks, one per line.
fn expected_text(inputs: &[&str], dir: &Path) -> PathBuf {
    let mut args = vec!["--to", "json", "--quiet"];
    args.extend(inputs);
    let json = run(&args);
    assert_eq!(json.code, 0, "{}", json.stderr);
    let mut text = String::new();
    let docs: Vec<Document> = match serde_json::from_str(&json.stdout) {
        Ok(one) => vec![one], // one document, pretty-printed
        Err(_) => {
            json.stdout.lines().filter(|l| !l.trim().is_empty()).map(|l| serde_json::from_str(l).unwrap()).collect()
        }
    };
    for doc in docs {
        text.extend(doc.title.iter().map(|t| format!("{t}\n")));
        text.extend(doc.blocks.iter().map(|b| format!("{}\n", b.text)));
    }
    let path = dir.join("expected.txt");
    std::fs::write(&path, text).unwrap();
    path
}

fn tool(name: &str, args: &[&str]) -> Option<String> {
    crate::external(name, args)
}

#[test]
fn every_sample_passes_validation_and_keeps_its_text() {
    for seed in seeds_in("samples/articles") {
        let (dir, pdf) = pdf_of(&[&seed], &[]);
        let expected = expected_text(&[&seed], dir.path());
        assert_valid("pdf", &[pdf.to_str().unwrap(), expected.to_str().unwrap()], &seed);
    }
}

#[test]
fn the_whole_corpus_as_one_pdf() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        crate::skip("../shared/corpus is absent");
        return;
    }
    let (dir, pdf) = pdf_of(&["../shared/corpus"], &[]);
    let expected = expected_text(&["../shared/corpus"], dir.path());
    assert_valid("pdf", &[pdf.to_str().unwrap(), expected.to_str().unwrap()], "the corpus");
    let size = std::fs::metadata(&pdf).unwrap().len();
    let text = std::fs::metadata(&expected).unwrap().len();
    assert!(size < 2 * text, "the PDF ({size} bytes) should be about the size of its text ({text} bytes)");
}

#[test]
fn metadata_language_outline_and_reproducible_bytes() {
    let (_dir, pdf) = pdf_of(&["samples/articles"], &["--title", "Tin tức & bình luận"]);
    let bytes = std::fs::read(&pdf).unwrap();
    let lang = regex::bytes::Regex::new(r"/Lang\s*\(vi\)").unwrap();
    assert!(lang.is_match(&bytes), "the catalog carries /Lang (vi)");
    let (_dir2, again) = pdf_of(&["samples/articles"], &["--title", "Tin tức & bình luận"]);
    assert!(bytes == std::fs::read(&again).unwrap(), "same input, same bytes");
    if let Some(info) = tool("pdfinfo", &[pdf.to_str().unwrap()]) {
        assert!(info.contains("Title:           Tin tức & bình luận"), "{info}");
        assert!(info.contains(concat!("Producer:        seeds-convert ", env!("CARGO_PKG_VERSION"))), "{info}");
        assert!(info.contains("A4"), "{info}");
    }
    if let Some(json) = tool("qpdf", &["--json=2", "--json-key=outlines", pdf.to_str().unwrap()]) {
        let v: serde_json::Value = serde_json::from_str(&json).unwrap();
        let titles: Vec<&str> =
            v["outlines"].as_array().unwrap().iter().map(|o| o["title"].as_str().unwrap()).collect();
        assert_eq!(titles[0], "Mục lục", "the contents first");
        assert_eq!(titles.len(), 1 + seeds_in("samples/articles").len(), "one outline entry per article: {titles:?}");
        assert!(titles.contains(&"Văn phòng Trung ương Đảng làm tốt công tác tham mưu cho lãnh đạo"), "{titles:?}");
        // Each article starts on its own page, in order.
        let pages: Vec<i64> =
            v["outlines"].as_array().unwrap().iter().map(|o| o["destpageposfrom1"].as_i64().unwrap()).collect();
        assert!(pages.windows(2).all(|w| w[0] < w[1]), "{pages:?}");
    }
}

#[test]
fn a_book_has_a_title_page_and_contents_with_page_numbers_and_links() {
    let (_dir, pdf) = pdf_of(&["samples/articles"], &["--title", "Tuyển tập mẫu", "--author", "Ban biên tập"]);
    let path = pdf.to_str().unwrap();
    let page = |n: usize| tool("pdftotext", &["-f", &n.to_string(), "-l", &n.to_string(), path, "-"]);
    let Some(title_page) = page(1) else { return };
    assert!(title_page.contains("Tuyển tập mẫu") && title_page.contains("Ban biên tập"), "{title_page}");
    assert!(title_page.contains("10 bài báo"), "{title_page}");
    let contents = tool("pdftotext", &["-layout", "-f", "2", "-l", "2", path, "-"]).unwrap();
    assert!(contents.starts_with("Mục lục"), "{contents}");
    let json = run(&["--to", "json", "-q", "samples/articles"]);
    let docs: Vec<Document> = json.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    let mut previous = 2;
    for doc in &docs {
        // The entry's line ends with the number of the page the article starts on, and that page starts with
        // the article's title.
        let title = doc.display_title();
        let line = contents.lines().find(|l| l.starts_with(&title)).unwrap_or_else(|| panic!("{title}: {contents}"));
        let number: usize = line.split_whitespace().last().unwrap().parse().unwrap();
        assert!(number > previous, "{title}: page {number} after {previous}");
        previous = number;
        let first_words: String = title.split_whitespace().take(3).collect::<Vec<_>>().join(" ");
        assert!(page(number).unwrap().starts_with(&first_words), "{title} is not at the top of page {number}");
        // The source URL is a link, and is printed unhyphenated: its lines join back to it.
        if let Some(url) = &doc.url {
            let text = page(number).unwrap();
            let joined: String = text.lines().skip_while(|l| !url.starts_with(*l)).take(4).collect();
            assert!(joined.starts_with(url.as_str()), "{url} in {text}");
        }
    }
    let urls = tool("pdfinfo", &["-url", path]).unwrap();
    for url in docs.iter().filter_map(|d| d.url.as_deref()) {
        assert!(urls.contains(url), "{url} is not a link: {urls}");
    }
    // Each contents entry links to its article's page: with object streams undone, a /Link annotation with a
    // /Dest per article, besides one with a /URI per source URL.
    let plain = pdf.with_extension("qdf.pdf");
    tool("qpdf", &["--qdf", "--object-streams=disable", path, plain.to_str().unwrap()]).unwrap();
    let bytes = std::fs::read(&plain).unwrap();
    let count = |re: &str| regex::bytes::Regex::new(re).unwrap().find_iter(&bytes).count();
    assert_eq!(count(r"/Subtype /Link"), docs.len() + count(r"/URI \("), "a link per contents entry");
    assert!(count(r"/Dest") >= docs.len());
}

#[test]
fn letter_paper_and_the_users_font() {
    let dir = tempfile::tempdir().unwrap();
    let font = dir.path().join("sans-bold.ttf");
    std::fs::write(&font, dejavu::sans::bold()).unwrap();
    let seed = "samples/articles/002_80b3f6d469e22f59.txt";
    let (_d, pdf) = pdf_of(&[seed], &["--paper", "letter", "--font", font.to_str().unwrap()]);
    if let Some(info) = tool("pdfinfo", &[pdf.to_str().unwrap()]) {
        assert!(info.contains("612 x 792 pts (letter)"), "{info}");
    }
    if let Some(fonts) = tool("pdffonts", &[pdf.to_str().unwrap()]) {
        assert!(fonts.contains("DejaVuSans-Bold") && !fonts.contains("DejaVuSerif"), "{fonts}");
    }
    let expected = expected_text(&[seed], dir.path());
    assert_valid("pdf", &[pdf.to_str().unwrap(), expected.to_str().unwrap()], "letter paper, user font");
    let bad = dir.path().join("bad.ttf");
    std::fs::write(&bad, b"not a font at all").unwrap();
    let out =
        run(&["--to", "pdf", "--font", bad.to_str().unwrap(), seed, "-o", dir.path().join("x.pdf").to_str().unwrap()]);
    assert_eq!(out.code, 2, "{}", out.stderr);
}

fn doc(title: Option<&str>, blocks: &[(BlockKind, String)]) -> Document {
    Document {
        source: "test.txt".into(),
        title: title.map(str::to_string),
        url: Some("https://example.vn/tin-tuc/2013/05/26/mot-duong-dan-rat-dai-khong-co-khoang-trang-nao-het-ca-de-thu-ngat-dong-cho-dung-cach.html?utm_source=seeds&utm_medium=pdf".into()),
        date: Some("2013-05-26T20:44:00+07:00".into()),
        publisher: Some("TTXVN".into()),
        category: None,
        tags: vec![],
        language: "vi".into(),
        encoding: "UTF-8".into(),
        layout: "blog".into(),
        repairs: vec![],
        blocks: blocks
            .iter()
            .enumerate()
            .map(|(i, (kind, text))| Block { kind: *kind, text: text.clone(), line: i + 1, inferred: false })
            .collect(),
        removed: vec![],
    }
}

const SENTENCE: &str = "Những chữ có dấu chồng như ặ, ẫ, ổ, Ữ và ự phải hiện đủ, không chồng lên dòng trên. ";

/// A text projection of a layout: one line per typeset line.
fn projection(pages: &[Page]) -> String {
    let mut out = String::new();
    for (n, page) in pages.iter().enumerate() {
        for l in &page.lines {
            let j = if l.justified { "J" } else { " " };
            out.push_str(&format!(
                "p{} {:?} x={:.1} y={:.1} w={:.1} {j} {}\n",
                n + 1,
                l.role,
                l.x,
                l.y,
                l.width,
                l.text
            ));
        }
    }
    out
}

#[test]
fn layout_as_text_fills_the_measure_and_never_overflows() {
    let fonts = Fonts::new(None).unwrap();
    let g = Geometry::for_paper(Paper::A4);
    let measure = g.text_width();
    let mut blocks = vec![(BlockKind::Lead, SENTENCE.repeat(3))];
    for i in 0..40 {
        blocks.push((BlockKind::Paragraph, format!("Đoạn {i}. {}", SENTENCE.repeat(1 + i % 7))));
        if i % 9 == 4 {
            blocks.push((BlockKind::Heading, format!("Tiêu đề mục {i}")));
        }
    }
    blocks.push((BlockKind::Paragraph, format!("Xem thêm: http://www.example.com/{} hết.", "abcdefghij/".repeat(30))));
    blocks.push((BlockKind::Caption, "Ảnh minh họa: Thường trực Ban Bí thư dự hội nghị. (Ảnh: TTXVN)".into()));
    blocks.push((BlockKind::Attribution, "Theo TTXVN".into()));
    let d = doc(Some("Văn phòng Trung ương Đảng làm tốt công tác tham mưu"), &blocks);
    let pages = lay_out(&d, &g, &fonts);
    let text = projection(&pages);
    assert!(pages.len() >= 3, "{text}");
    for (n, page) in pages.iter().enumerate() {
        assert!(!page.lines.is_empty(), "page {} is empty", n + 1);
        for l in &page.lines {
            assert!(l.x >= g.left - 0.01 && l.x + l.width <= g.left + measure + 0.01, "overflow: {l:?}");
            assert!(l.y > g.top && l.y < g.height - g.bottom, "outside the text area: {l:?}");
            if l.justified {
                assert!((l.width - measure).abs() < 0.01 && l.natural <= measure, "{l:?}");
            }
        }
        // Never a heading or the article head at the foot of a page.
        let last = page.lines.last().unwrap();
        assert!(n + 1 == pages.len() || !matches!(last.role, Role::Heading | Role::Title | Role::Meta), "{text}");
        // Page breaks are sane: every page but the last is mostly full.
        let full = g.top + 0.75 * (g.height - g.top - g.bottom);
        assert!(n + 1 == pages.len() || last.y > full, "page {} ends early:\n{text}", n + 1);
        // Baselines go down the page.
        assert!(page.lines.windows(2).all(|w| w[0].y < w[1].y), "page {}", n + 1);
    }
    let lines: Vec<_> = pages.iter().flat_map(|p| &p.lines).collect();
    // Justified paragraphs: every line but the last of a block fills the measure; the last is ragged.
    for w in lines.windows(2) {
        let same_block = w[0].block.is_some() && w[0].block == w[1].block;
        if same_block && matches!(w[0].role, Role::Body | Role::Lead) && !w[0].justified {
            // Only a line without spaces, or one that would be too loose, stays ragged.
            let spaces = w[0].text.matches(' ').count() as f32;
            let size = w[0].role.style().size;
            assert!(spaces == 0.0 || (measure - w[0].natural) / spaces > MAX_STRETCH * size, "{:?}", w[0]);
        }
        if !same_block && w[0].role == Role::Body {
            assert!(!w[0].justified && w[0].width < measure, "last line justified: {:?}", w[0]);
        }
    }
    // Widows and orphans: a block split across pages keeps at least two lines on each side.
    for (n, page) in pages.iter().enumerate().skip(1) {
        let (first, prev_last) = (&page.lines[0], pages[n - 1].lines.last().unwrap());
        if first.block.is_some() && first.block == prev_last.block {
            let count = |p: &Page| p.lines.iter().filter(|l| l.block == first.block).count();
            assert!(count(&pages[n - 1]) >= 2 && count(page) >= 2, "widow or orphan at page {}:\n{text}", n + 1);
        }
    }
    // The long URL is cut with added hyphens, and the pieces join back to the URL.
    let url_lines: Vec<&str> =
        lines.iter().filter(|l| l.text.contains("abcdefghij")).map(|l| l.text.as_str()).collect();
    assert!(url_lines.len() >= 3, "{url_lines:?}");
    let joined: String = url_lines.iter().map(|t| t.strip_suffix('-').unwrap_or(t)).collect::<Vec<_>>().join("");
    assert!(joined.contains(&format!("http://www.example.com/{}", "abcdefghij/".repeat(30))), "{joined}");
    // The source URL under the title is cut too, and right-aligned attribution ends at the margin.
    assert!(lines.iter().filter(|l| l.role == Role::Meta).count() >= 3, "{text}");
    let attribution = lines.iter().find(|l| l.role == Role::Attribution).unwrap();
    assert!((attribution.x + attribution.width - (g.left + measure)).abs() < 0.01);
    // Every article starts a new page with its title at the top.
    assert_eq!(pages[0].lines[0].role, Role::Title);
}

#[test]
fn layout_of_a_short_article_as_text() {
    let fonts = Fonts::new(None).unwrap();
    let d = doc(
        None,
        &[
            (BlockKind::Lead, "Sáng 13/1, tại Hà Nội, Văn phòng Trung ương Đảng đã tổ chức Hội nghị tổng kết công tác năm 2014, triển khai nhiệm vụ công tác năm 2015.".into()),
            (BlockKind::Paragraph, format!("{}năm 2013", SENTENCE.repeat(2))),
            (BlockKind::Attribution, "(Theo TTXVN)".into()),
        ],
    );
    let text = projection(&lay_out(&d, &Geometry::for_paper(Paper::Letter), &fonts));
    insta::assert_snapshot!("pdf_layout_short_article", text);
}

#[test]
fn a_loose_line_before_an_unbreakable_token_is_set_ragged() {
    let fonts = Fonts::new(None).unwrap();
    let g = Geometry::for_paper(Paper::A4);
    let line = "Nhà giáo ưu tú Nguyễn Văn An nguyên hiệu trưởng trường cấp ba huyện";
    let text = format!("{line} (18/10/1930-18/10/2015)./. Gia đình xin chân thành cảm ơn các cơ quan, đoàn thể và bà con xa gần đã đến chia buồn.");
    let pages = lay_out(&doc(Some("Tưởng nhớ"), &[(BlockKind::Paragraph, text)]), &g, &fonts);
    let body: Vec<_> = pages[0].lines.iter().filter(|l| l.role == Role::Body).collect();
    assert!(body[0].text == line && body[1].text.starts_with("(18/10/1930"), "{body:?}");
    // Justified, the first line's spaces would grow by 0.37 em (more than twice their width): ragged, at its
    // natural width; the second is justified.
    assert!(!body[0].justified && body[0].width == body[0].natural, "{:?}", body[0]);
    assert!(body[1].justified && body[1].space_stretch() < MAX_STRETCH * 11.0, "{:?}", body[1]);
}

/// Issue 15: a paragraph holding a 5 KB token without spaces fills page 1 and goes on on page 2 (it used
/// to move whole to page 2, leaving page 1 nearly empty and a line alone on page 3).
#[test]
fn a_five_kilobyte_token_is_cut_at_the_page_foot() {
    let token: String = (0..5000u32).map(|i| char::from(b'a' + (i * 7 % 26) as u8)).collect();
    let blocks = [
        (BlockKind::Paragraph, "Đoạn đầu bình thường với vài chữ có dấu như ặ, ẫ, ổ.".to_string()),
        (BlockKind::Paragraph, format!("Trước chuỗi dài {token} sau chuỗi dài.")),
        (BlockKind::Paragraph, "Đoạn cuối.".to_string()),
    ];
    let d = doc(Some("Một bài có chuỗi rất dài"), &blocks);
    let g = Geometry::for_paper(Paper::A4);
    let pages = lay_out(&d, &g, &Fonts::new(None).unwrap());
    assert_eq!(pages.len(), 2);
    let last = pages[0].lines.last().unwrap();
    assert!(last.y > g.height - g.bottom - 2.0 * last.role.style().leading, "page 1 ends early: {last:?}");
    assert!(pages[1].lines.iter().any(|l| l.text.contains("sau chuỗi dài.")));
    // The PDF says the same: two pages, the token's first pieces on page 1 with the text before it.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("long.pdf");
    let mut bytes = Vec::new();
    seeds_convert::write::find("pdf").unwrap().write(&[d], &WriteOptions::default(), &mut bytes).unwrap();
    std::fs::write(&path, bytes).unwrap();
    let path = path.to_str().unwrap();
    let Some(info) = tool("pdfinfo", &[path]) else { return };
    assert!(info.contains("Pages:           2"), "{info}");
    let first = tool("pdftotext", &["-f", "1", "-l", "1", path, "-"]).unwrap();
    assert!(first.contains(&format!("Trước chuỗi dài {}", &token[..200])), "{first}");
    assert_valid("pdf", &[path], "a 5 KB token");
}

#[test]
fn hostile_inputs_still_give_valid_pdfs() {
    let dir = tempfile::tempdir().unwrap();
    let huge_word = format!("Đường dẫn: {}", "x".repeat(200_000));
    let cases = [
        (
            "huge-paragraph",
            doc(Some("Một đoạn 5 MB"), &[(BlockKind::Paragraph, SENTENCE.repeat(5_000_000 / SENTENCE.len()))]),
        ),
        ("long-title", doc(Some(&"Tiêu đề rất dài ặ ẫ ổ Ữ ự ".repeat(20)), &[(BlockKind::Paragraph, SENTENCE.into())])),
        ("many-paragraphs", doc(None, &vec![(BlockKind::Paragraph, SENTENCE.to_string()); 2000])),
        ("huge-word", doc(Some("Từ dài"), &[(BlockKind::Paragraph, huge_word)])),
        ("empty", doc(Some(""), &[])),
        (
            "odd-characters",
            doc(Some("\u{f020}\u{1F600} 中文 \u{200B}"), &[(BlockKind::Caption, "\u{F020}Vậy \u{FFFD} ✓".into())]),
        ),
    ];
    let writer = seeds_convert::write::find("pdf").unwrap();
    for (name, d) in cases {
        let path = dir.path().join(format!("{name}.pdf"));
        let mut bytes = Vec::new();
        writer.write(std::slice::from_ref(&d), &WriteOptions::default(), &mut bytes).unwrap();
        std::fs::write(&path, &bytes).unwrap();
        let expected = dir.path().join(format!("{name}.txt"));
        // A word longer than a page cannot come back whole from pdftotext (it rejoins pieces within a
        // page only): there, only the text before it is expected.
        let mut text: String = d.blocks.iter().map(|b| format!("{}\n", b.text)).collect();
        if name == "huge-word" {
            text = "Đường dẫn:".into();
        }
        if name == "long-title" {
            text.push_str(d.title.as_deref().unwrap());
        }
        std::fs::write(&expected, text).unwrap();
        assert_valid("pdf", &[path.to_str().unwrap(), expected.to_str().unwrap()], name);
    }
}

/// Text from a fixed pseudo-random generator over awkward characters: marks, controls, dashes, URLs,
/// scripts and symbols DejaVu Serif lacks, long runs without spaces.
fn awkward_text(seed: &mut u64, len: usize) -> String {
    const POOL: &[&str] = &[
        " ",
        " ",
        " ",
        "a",
        "ự",
        "Ữ",
        "-",
        "- ",
        " -",
        "/",
        ".",
        "\u{0301}",
        "\u{0323}",
        "\u{200B}",
        "\u{00AD}",
        "\t",
        "\u{1}",
        "\u{FFFD}",
        "\u{F020}",
        "中",
        "😀",
        "שלום",
        "http://x.vn/",
        "2013",
        "aaaaaaaaaaaaaaaa",
        "—",
    ];
    let mut s = String::new();
    for _ in 0..len {
        *seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        s.push_str(POOL[(*seed >> 33) as usize % POOL.len()]);
    }
    s
}

#[test]
fn awkward_text_never_overflows_and_always_writes() {
    let fonts = Fonts::new(None).unwrap();
    let writer = seeds_convert::write::find("pdf").unwrap();
    let mut seed = 6;
    for case in 0..60 {
        let g = Geometry::for_paper(if case % 2 == 0 { Paper::A4 } else { Paper::Letter });
        let blocks: Vec<(BlockKind, String)> = (0..(case % 7))
            .map(|i| (BlockKind::ALL[i % BlockKind::ALL.len()], awkward_text(&mut seed, 1 + case * 13 % 400)))
            .collect();
        let title = awkward_text(&mut seed, case % 50);
        let d = doc(Some(&title), &blocks);
        for page in lay_out(&d, &g, &fonts) {
            for l in &page.lines {
                assert!(l.x >= g.left - 0.01 && l.x + l.width <= g.left + g.text_width() + 0.01, "overflow: {l:?}");
            }
        }
        let mut bytes = Vec::new();
        writer.write(std::slice::from_ref(&d), &WriteOptions::default(), &mut bytes).unwrap();
        assert!(bytes.starts_with(b"%PDF-") && bytes.len() > 1000, "case {case}");
    }
}
