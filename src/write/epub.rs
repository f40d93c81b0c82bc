//! `--to epub`: one EPUB 3 book, one chapter per article (plus a title page for several), a navigation
//! document listing every title (and an NCX for EPUB 2 readers), and a stylesheet made for Vietnamese.
//!
//! The package is written here, on the `zip` crate, not with epub-builder (the suggested crate): for
//! one seed, epub-builder's template engine and its per-entry deflate set-up cost ~6 of the ~9.6 million
//! instructions of a run (callgrind), making a 30x margin over pandoc impossible, and it still needed its
//! finished archive rewritten for `dc:source`/`dc:publisher`/`dc:date`, distinct ids for language and creator,
//! and `lang` on the navigation document. Owning the few package files fixes all of that in one place.
//!
//! Same input, same bytes: the identifier is a UUID v5 of the content, `dcterms:modified` comes from
//! `SOURCE_DATE_EPOCH` or the book's newest date (`write::modified`), and every zip entry carries the DOS
//! epoch as its time stamp.

use super::xml::escape;
use super::{book_title, WriteOptions, Writer};
use crate::model::Document;
use std::fmt::Write as _;
use std::io::{self, Cursor, Write};
use std::path::Path;
use zip::write::SimpleFileOptions;
use zip::CompressionMethod;

pub(super) struct Epub;

impl Writer for Epub {
    fn name(&self) -> &'static str {
        "epub"
    }
    fn about(&self) -> &'static str {
        "an EPUB 3 book: one chapter per article"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["epub"]
    }
    fn is_binary(&self) -> bool {
        true
    }
    fn write(&self, docs: &[Document], options: &WriteOptions, out: &mut dyn Write) -> io::Result<()> {
        let book = build(docs, options).map_err(|e| io::Error::other(format!("EPUB: {e}")))?;
        out.write_all(&book)
    }
}

/// The stylesheet of every chapter, and of `--to html` pages.
pub(super) const STYLESHEET: &str = include_str!("epub.css");

/// Entries smaller than this are stored: deflate saves a few hundred bytes on each, and setting up a compressor
/// (~400 KB of tables, zeroed) per entry was most of a one-seed book's writing. The corpus as one book: 5.9 MB
/// this way, 5.6 MB deflating everything, same time.
const DEFLATE_FROM: usize = 2048;

/// Books with less text than this are stored whole: for one article, deflate saves ~5 KB and took 0.45 ms of a
/// 2.5 ms run (its tables cost ~100 page faults; `perf stat`, 100 runs each way).
const SMALL_BOOK: usize = 64 * 1024;

/// A file of the book, relative to `OEBPS/`.
struct Item {
    id: String,
    href: String,
    media_type: &'static str,
    properties: Option<&'static str>,
}

/// The book as zip bytes.
fn build(docs: &[Document], options: &WriteOptions) -> zip::result::ZipResult<Vec<u8>> {
    let title = book_title(docs, options);
    let uid = match &options.identifier {
        Some(id) => id.clone(),
        None => format!("urn:uuid:{}", content_uuid(docs, options)),
    };
    let groups = super::group::groups(docs, options.group_by);
    // Chapter files are numbered in reading order, which follows the groups.
    let order = super::group::reading_order(&groups);
    let size = docs.iter().flat_map(|d| &d.blocks).map(|b| b.text.len() + 32).sum::<usize>();
    let deflate_from = if size < SMALL_BOOK { usize::MAX } else { DEFLATE_FROM };
    let put = |zip: &mut Zip, name: &str, bytes: &[u8]| put_entry(zip, name, bytes, deflate_from);
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(size / 2 + 8192)));
    // The OCF container: `mimetype` first and stored, then the pointer to the package document.
    put(&mut zip, "mimetype", b"application/epub+zip")?;
    put(&mut zip, "META-INF/container.xml", CONTAINER.as_bytes())?;

    let mut items = vec![
        Item { id: "nav".into(), href: "nav.xhtml".into(), media_type: XHTML, properties: Some("nav") },
        Item { id: "ncx".into(), href: "toc.ncx".into(), media_type: "application/x-dtbncx+xml", properties: None },
        Item { id: "css".into(), href: "stylesheet.css".into(), media_type: "text/css", properties: None },
    ];
    let mut css = STYLESHEET.to_string();
    if let Some(font) = &options.embed_font {
        let file = format!("fonts/{}", font_file_name(&font.path));
        css = format!(
            "@font-face {{ font-family: \"SeedsEmbedded\"; src: url(\"{file}\"); }}\n{}",
            css.replace("font-family: ", "font-family: \"SeedsEmbedded\", ")
        );
        // Apple Books ignores embedded fonts unless told to use them.
        put(&mut zip, "META-INF/com.apple.ibooks.display-options.xml", IBOOKS_OPTIONS.as_bytes())?;
        put(&mut zip, &format!("OEBPS/{file}"), &font.bytes)?;
        items.push(Item { id: "font".into(), href: file, media_type: font_mime(&font.path), properties: None });
    }
    put(&mut zip, "OEBPS/stylesheet.css", css.as_bytes())?;
    let mut spine = Vec::with_capacity(docs.len() + 2);
    // The cover: the given image, or one drawn from the title; then a page showing it, first in the spine.
    let (cover_href, media_type) = match &options.cover {
        Some(image) => {
            let href = format!("cover.{}", image.extension);
            put(&mut zip, &format!("OEBPS/{href}"), &image.bytes)?;
            (href, image.media_type)
        }
        None => {
            put(&mut zip, "OEBPS/cover.svg", cover_svg(&title, docs, options).as_bytes())?;
            ("cover.svg".to_string(), "image/svg+xml")
        }
    };
    put(&mut zip, "OEBPS/cover.xhtml", cover_page(&title, &cover_href).as_bytes())?;
    items.push(Item { id: "cover-image".into(), href: cover_href, media_type, properties: Some("cover-image") });
    items.push(Item { id: "cover".into(), href: "cover.xhtml".into(), media_type: XHTML, properties: None });
    spine.push("cover".to_string());
    if docs.len() > 1 {
        put(&mut zip, "OEBPS/title.xhtml", title_page(&title, docs, &groups, options).as_bytes())?;
        items.push(Item { id: "title-page".into(), href: "title.xhtml".into(), media_type: XHTML, properties: None });
        spine.push("title-page".to_string());
    }
    for (n, &i) in order.iter().enumerate() {
        let href = href(n + 1);
        put(&mut zip, &format!("OEBPS/{href}"), chapter(&docs[i]).as_bytes())?;
        let id = href.trim_end_matches(".xhtml").to_string();
        spine.push(id.clone());
        items.push(Item { id, href, media_type: XHTML, properties: None });
    }
    let toc = Toc::new(docs, &groups);
    put(&mut zip, "OEBPS/nav.xhtml", nav(&toc, docs.len() > 1).as_bytes())?;
    put(&mut zip, "OEBPS/toc.ncx", ncx(&title, &uid, &toc).as_bytes())?;
    put(&mut zip, "OEBPS/content.opf", package(&title, &uid, docs, options, &items, &spine).as_bytes())?;
    zip.set_comment("");
    Ok(zip.finish()?.into_inner())
}

type Zip = zip::ZipWriter<Cursor<Vec<u8>>>;

/// Adds one entry: stored when smaller than `deflate_from` bytes (always for `mimetype`, which the OCF spec
/// requires uncompressed), deflated otherwise; the time stamp is the DOS epoch so the bytes never depend on
/// the clock.
fn put_entry(zip: &mut Zip, name: &str, bytes: &[u8], deflate_from: usize) -> zip::result::ZipResult<()> {
    let method = if bytes.len() < deflate_from || name == "mimetype" {
        CompressionMethod::Stored
    } else {
        CompressionMethod::Deflated
    };
    let options = SimpleFileOptions::default()
        .compression_method(method)
        .last_modified_time(zip::DateTime::default())
        .unix_permissions(0o644);
    zip.start_file(name, options)?;
    zip.write_all(bytes)?;
    Ok(())
}

const XHTML: &str = "application/xhtml+xml";

const CONTAINER: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">
  <rootfiles>
    <rootfile full-path=\"OEBPS/content.opf\" media-type=\"application/oebps-package+xml\"/>
  </rootfiles>
</container>
";

const IBOOKS_OPTIONS: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>
<display_options>
  <platform name=\"*\">
    <option name=\"specified-fonts\">true</option>
  </platform>
</display_options>
";

/// The package document: metadata, manifest and reading order.
fn package(
    title: &str,
    uid: &str,
    docs: &[Document],
    options: &WriteOptions,
    items: &[Item],
    spine: &[String],
) -> String {
    let modified = chrono::DateTime::from_timestamp(super::modified(docs, options), 0).unwrap_or_default();
    let mut o = String::with_capacity(1024 + items.len() * 120);
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        o,
        "<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"book-id\" xml:lang=\"{}\">",
        escape(options.language())
    );
    o.push_str("  <metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
    let _ = writeln!(o, "    <dc:identifier id=\"book-id\">{}</dc:identifier>", escape(uid));
    let _ = writeln!(o, "    <dc:title>{}</dc:title>", escape(title));
    let _ = writeln!(o, "    <dc:language>{}</dc:language>", escape(options.language()));
    if let Some(author) = &options.author {
        let _ = writeln!(o, "    <dc:creator id=\"creator\">{}</dc:creator>", escape(author));
    }
    let mut seen = std::collections::BTreeSet::new();
    for url in docs.iter().filter_map(|d| d.url.as_deref()) {
        if seen.insert(url) {
            let _ = writeln!(o, "    <dc:source>{}</dc:source>", escape(url));
        }
    }
    // The book's publisher and date: given, or a one-article book's own.
    let one = if let [doc] = docs { Some(doc) } else { None };
    if let Some(p) = options.publisher.as_ref().or(one.and_then(|d| d.publisher.as_ref())) {
        let _ = writeln!(o, "    <dc:publisher>{}</dc:publisher>", escape(p));
    }
    if let Some(d) = options.date.as_ref().or(one.and_then(|d| d.date.as_ref())) {
        let _ = writeln!(o, "    <dc:date>{}</dc:date>", escape(d));
    }
    if options.title.is_none() && docs.len() > 1 {
        o.push_str("    <dc:description>Tuyển tập bài báo chuyển đổi bằng seeds-convert</dc:description>\n");
    }
    let _ = writeln!(o, "    <meta property=\"dcterms:modified\">{}</meta>", modified.format("%Y-%m-%dT%H:%M:%SZ"));
    // EPUB 2 readers find the cover by this.
    o.push_str("    <meta name=\"cover\" content=\"cover-image\"/>\n");
    o.push_str("  </metadata>\n  <manifest>\n");
    for item in items {
        let properties = item.properties.map(|p| format!(" properties=\"{p}\"")).unwrap_or_default();
        let _ = writeln!(
            o,
            "    <item id=\"{}\" href=\"{}\" media-type=\"{}\"{properties}/>",
            item.id,
            escape(&item.href),
            item.media_type
        );
    }
    o.push_str("  </manifest>\n  <spine toc=\"ncx\">\n");
    for id in spine {
        let _ = writeln!(o, "    <itemref idref=\"{id}\"/>");
    }
    o.push_str("  </spine>\n</package>\n");
    o
}

/// The table of contents: each group's label (if the book is grouped) and its entries, (title, chapter
/// number from 1) in reading order.
struct Toc(Vec<TocGroup>);

/// One group of the table of contents: its label, if any, and its (title, chapter number) entries.
type TocGroup = (Option<String>, Vec<(String, usize)>);

impl Toc {
    fn new(docs: &[Document], groups: &[super::group::Group]) -> Toc {
        let mut n = 0;
        let mut entry = |i: usize| {
            n += 1;
            (docs[i].display_title(), n)
        };
        Toc(groups.iter().map(|g| (g.label.clone(), g.docs.iter().map(|&i| entry(i)).collect())).collect())
    }
    fn grouped(&self) -> bool {
        self.0.iter().any(|(label, _)| label.is_some())
    }
}

/// The file of chapter `n` (from 1).
fn href(n: usize) -> String {
    format!("article-{n:04}.xhtml")
}

/// The EPUB 3 navigation document: the table of contents (nested when the book is grouped, each group a
/// link to its first article) and the landmarks.
fn nav(toc: &Toc, title_page: bool) -> String {
    let entries = toc.0.iter().map(|(_, e)| e.len()).sum::<usize>();
    let mut o = String::with_capacity(512 + (entries + toc.0.len()) * 120);
    o.push_str(XHTML_HEAD);
    o.push_str("<head>\n<meta charset=\"utf-8\"/>\n");
    o.push_str(concat!("<meta name=\"generator\" content=\"seeds-convert ", env!("CARGO_PKG_VERSION"), "\"/>\n"));
    o.push_str("<title>Mục lục</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"stylesheet.css\"/>\n");
    o.push_str("</head>\n<body>\n<nav epub:type=\"toc\" id=\"toc\">\n<h1>Mục lục</h1>\n<ol>\n");
    for (label, group) in &toc.0 {
        if let (Some(label), Some((_, first))) = (label, group.first()) {
            let _ = writeln!(o, "<li class=\"group\"><a href=\"{}\">{}</a>\n<ol>", href(*first), escape(label));
        }
        for (title, n) in group {
            let _ = writeln!(o, "<li><a href=\"{}\">{}</a></li>", href(*n), escape(title));
        }
        if label.is_some() && !group.is_empty() {
            o.push_str("</ol>\n</li>\n");
        }
    }
    o.push_str("</ol>\n</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<ol>\n");
    o.push_str("<li><a epub:type=\"cover\" href=\"cover.xhtml\">Bìa</a></li>\n");
    if title_page {
        o.push_str("<li><a epub:type=\"titlepage\" href=\"title.xhtml\">Trang tên sách</a></li>\n");
    }
    if entries > 0 {
        let _ = writeln!(o, "<li><a epub:type=\"bodymatter\" href=\"{}\">Nội dung</a></li>", href(1));
    }
    o.push_str("</ol>\n</nav>\n</body>\n</html>\n");
    o
}

/// The EPUB 2 table of contents, for readers that predate the navigation document. A group's navPoint
/// shares its first article's `playOrder`, as the NCX rules ask of two points at one target.
fn ncx(title: &str, uid: &str, toc: &Toc) -> String {
    let entries = toc.0.iter().map(|(_, e)| e.len()).sum::<usize>();
    let mut o = String::with_capacity(512 + (entries + toc.0.len()) * 200);
    o.push_str("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    o.push_str("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"vi\">\n<head>\n");
    let _ = writeln!(o, "<meta name=\"dtb:uid\" content=\"{}\"/>", escape(uid));
    let depth = if toc.grouped() { 2 } else { 1 };
    let _ = writeln!(
        o,
        "<meta name=\"dtb:depth\" content=\"{depth}\"/>\n<meta name=\"dtb:totalPageCount\" content=\"0\"/>"
    );
    o.push_str("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n");
    let _ = writeln!(o, "<docTitle><text>{}</text></docTitle>\n<navMap>", escape(title));
    for (g, (label, group)) in toc.0.iter().enumerate() {
        if let (Some(label), Some((_, first))) = (label, group.first()) {
            let _ = writeln!(
                o,
                "<navPoint id=\"group-{}\" playOrder=\"{first}\"><navLabel><text>{}</text></navLabel><content src=\"{}\"/>",
                g + 1,
                escape(label),
                href(*first)
            );
        }
        for (title, n) in group {
            let _ = writeln!(
                o,
                "<navPoint id=\"nav-{n}\" playOrder=\"{n}\"><navLabel><text>{}</text></navLabel><content src=\"{}\"/></navPoint>",
                escape(title),
                href(*n)
            );
        }
        if label.is_some() && !group.is_empty() {
            o.push_str("</navPoint>\n");
        }
    }
    o.push_str("</navMap>\n</ncx>\n");
    o
}

/// A UUID v5 of everything that goes into the book, so the identifier is stable for the same input: the
/// name hashed is each document's JSON followed by a NUL, then `{title:?}|{author:?}` of the options.
///
/// The SHA-1 is RustCrypto's `sha1`, which uses the CPU's SHA instructions when it has them, fed as the
/// JSON is written; `Uuid::new_v5` hashes with the portable `sha1_smol` and needs the whole name in one
/// buffer (a fifth of a one-seed EPUB run, and the whole corpus's JSON in memory for an anthology). A unit
/// test checks the result against `Uuid::new_v5`.
fn content_uuid(docs: &[Document], options: &WriteOptions) -> uuid::Uuid {
    use sha1::Digest;
    struct Hashing(sha1::Sha1);
    impl Write for Hashing {
        fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
            self.0.update(buf);
            Ok(buf.len())
        }
        fn flush(&mut self) -> io::Result<()> {
            Ok(())
        }
    }
    let mut hashing = Hashing(sha1::Sha1::new());
    hashing.0.update(uuid::Uuid::NAMESPACE_URL.as_bytes());
    {
        // serde_json writes a token at a time; hand the hash 8 KB at a time.
        let mut name = io::BufWriter::with_capacity(8192, &mut hashing);
        for doc in docs {
            // Writing to a hash cannot fail, nor can serialising a Document (no maps with non-string keys).
            let _ = serde_json::to_writer(&mut name, doc);
            let _ = name.write_all(&[0]);
        }
        let _ = write!(name, "{:?}|{:?}", options.title, options.author);
        // Later options only when given, so identifiers made before they existed stay the same.
        if options.language.is_some() || options.publisher.is_some() || options.date.is_some() {
            let _ = write!(name, "|{:?}|{:?}|{:?}", options.language, options.publisher, options.date);
        }
        let _ = name.flush();
    }
    let hash = hashing.0.finalize();
    let mut bytes = [0u8; 16];
    bytes.copy_from_slice(&hash[..16]);
    uuid::Builder::from_sha1_bytes(bytes).into_uuid()
}

const XHTML_HEAD: &str = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n\
<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"vi\" lang=\"vi\">\n";

fn page(title: &str, body: &str) -> String {
    format!(
        "{XHTML_HEAD}<head>\n<meta charset=\"utf-8\"/>\n<title>{}</title>\n\
         <link rel=\"stylesheet\" type=\"text/css\" href=\"stylesheet.css\"/>\n</head>\n<body>\n{body}</body>\n</html>\n",
        escape(title)
    )
}

/// The XHTML of one article.
pub fn chapter(doc: &Document) -> String {
    let mut b = String::with_capacity(doc.blocks.iter().map(|b| b.text.len() + 32).sum::<usize>() + 512);
    super::html::article(doc, 1, "section", " epub:type=\"chapter\" class=\"article\"", &mut b);
    page(&doc.display_title(), &b)
}

/// The title page: title, author, article count, and the contents — every article, or for a grouped
/// book each group with its count (the navigation document lists the articles).
fn title_page(title: &str, docs: &[Document], groups: &[super::group::Group], options: &WriteOptions) -> String {
    let mut b = format!("<section epub:type=\"titlepage\" class=\"titlepage\">\n<h1>{}</h1>\n", escape(title));
    if let Some(author) = &options.author {
        b.push_str(&format!("<p class=\"author\">{}</p>\n", escape(author)));
    }
    b.push_str(&format!("<p class=\"count\">{} bài báo</p>\n<ol class=\"contents\">\n", docs.len()));
    let mut n = 1;
    for group in groups {
        match &group.label {
            Some(label) => b.push_str(&format!(
                "<li><a href=\"{}\">{}</a> <span class=\"count\">({} bài)</span></li>\n",
                href(n),
                escape(label),
                group.docs.len()
            )),
            None => {
                for (k, &i) in group.docs.iter().enumerate() {
                    b.push_str(&format!(
                        "<li><a href=\"{}\">{}</a></li>\n",
                        href(n + k),
                        escape(&docs[i].display_title())
                    ));
                }
            }
        }
        n += group.docs.len();
    }
    b.push_str("</ol>\n</section>\n");
    page(title, &b)
}

/// The cover page: the cover image, as large as the screen allows.
fn cover_page(title: &str, href: &str) -> String {
    let body = format!(
        "<section epub:type=\"cover\" class=\"cover\" style=\"text-align: center; margin: 0; padding: 0;\">\n\
         <img src=\"{href}\" alt=\"{}\" style=\"max-width: 100%; max-height: 100vh;\"/>\n</section>\n",
        escape(title)
    );
    page(title, &body)
}

/// Cover width and height, in SVG user units (a 3:4 page).
const COVER: (u32, u32) = (600, 800);

/// A cover drawn from the title: the title large and centred in the book's serif on a pale page between two
/// rules, then the author, the outlet (`--publisher`, or a one-article book's) and the date (`--date`, or a
/// one-article book's). SVG has no line breaking: the title is broken at spaces by an estimate of its
/// width (0.62 em a bold letter), into at most seven lines.
fn cover_svg(title: &str, docs: &[Document], options: &WriteOptions) -> String {
    let one = if let [doc] = docs { Some(doc) } else { None };
    let publisher = options.publisher.as_deref().or(one.and_then(|d| d.publisher.as_deref()));
    let date = options.date.as_deref().or(one.and_then(|d| d.date.as_deref())).map(super::xml::display_date);
    let size = if title.chars().count() > 80 { 34 } else { 44 };
    let per_line = (f64::from(COVER.0 - 120) / (f64::from(size) * 0.62)) as usize;
    let mut lines = wrap(title, per_line);
    if lines.len() > 7 {
        lines.truncate(7);
        lines[6].push('…');
    }
    let (w, h) = COVER;
    let font = "font-family=\"'DejaVu Serif', 'Noto Serif', 'Times New Roman', serif\"";
    let mut o = format!(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n\
         <svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"{w}\" height=\"{h}\" viewBox=\"0 0 {w} {h}\">\n\
         <title>{}</title>\n<rect width=\"{w}\" height=\"{h}\" fill=\"#f4efe4\"/>\n\
         <rect x=\"60\" y=\"150\" width=\"{}\" height=\"4\" fill=\"#7a2e1d\"/>\n",
        escape(title),
        w - 120
    );
    let line_height = size * 13 / 10;
    let mut y = 230 + size;
    for line in &lines {
        // A word longer than a line is squeezed into the width rather than cut off.
        let fit = if line.chars().count() > per_line {
            format!(" textLength=\"{}\" lengthAdjust=\"spacingAndGlyphs\"", w - 120)
        } else {
            String::new()
        };
        let _ = writeln!(
            o,
            "<text x=\"{}\" y=\"{y}\" text-anchor=\"middle\" {font} font-size=\"{size}\" font-weight=\"bold\" fill=\"#1d1d1d\"{fit}>{}</text>",
            w / 2,
            escape(line)
        );
        y += line_height;
    }
    y += 20;
    let _ = writeln!(o, "<rect x=\"{}\" y=\"{y}\" width=\"120\" height=\"2\" fill=\"#7a2e1d\"/>", w / 2 - 60);
    y += 60;
    for (text, size) in [(options.author.as_deref(), 26), (publisher, 22), (date.as_deref(), 22)] {
        let Some(text) = text else { continue };
        for line in wrap(text, (f64::from(w - 120) / (f64::from(size) * 0.55)) as usize).iter().take(2) {
            let _ = writeln!(
                o,
                "<text x=\"{}\" y=\"{y}\" text-anchor=\"middle\" {font} font-size=\"{size}\" fill=\"#333333\">{}</text>",
                w / 2,
                escape(line)
            );
            y += size * 3 / 2;
        }
    }
    o.push_str("</svg>\n");
    o
}

/// `text` broken at spaces into lines of at most `per_line` characters (a longer word gets a line of its own).
fn wrap(text: &str, per_line: usize) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in text.split_whitespace() {
        match lines.last_mut() {
            Some(line) if line.chars().count() + 1 + word.chars().count() <= per_line => {
                line.push(' ');
                line.push_str(word);
            }
            _ => lines.push(word.to_string()),
        }
    }
    lines
}

fn font_file_name(path: &Path) -> String {
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("ttf").to_lowercase();
    format!("embedded.{ext}")
}

fn font_mime(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).map(str::to_lowercase).as_deref() {
        Some("otf") => "font/otf",
        Some("woff") => "font/woff",
        Some("woff2") => "font/woff2",
        _ => "font/ttf",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::SeedInput;
    use crate::pipeline::{process, ReadOptions};

    #[test]
    fn content_uuid_is_the_uuid_v5_of_the_documents_and_options() {
        let docs: Vec<Document> = ["000_ce77e5b7ff3e2bce.txt", "002_80b3f6d469e22f59.txt"]
            .iter()
            .map(|name| {
                let path = format!("{}/samples/articles/{name}", env!("CARGO_MANIFEST_DIR"));
                let seed = SeedInput { name: name.to_string(), bytes: std::fs::read(path).unwrap(), sidecar: None };
                process(&seed, &ReadOptions::default()).document
            })
            .collect();
        let titled =
            WriteOptions {
                title: Some("Tuyển tập".into()), author: Some("Ban biên tập".into()), ..Default::default()
            };
        for options in [WriteOptions::default(), titled] {
            for docs in [&docs[..1], &docs[..]] {
                let mut name = Vec::new();
                for doc in docs {
                    name.extend(serde_json::to_vec(doc).unwrap());
                    name.push(0);
                }
                name.extend(format!("{:?}|{:?}", options.title, options.author).as_bytes());
                let expected = uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, &name);
                assert_eq!(content_uuid(docs, &options), expected);
            }
        }
    }
}
