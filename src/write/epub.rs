//! `--to epub`: one EPUB 3 book, one chapter per article (plus a title page for several), a navigation
//! document listing every title, and a stylesheet made for Vietnamese. Built with epub-builder; the chapter
//! XHTML is written here (escaping and `lang` included).
//!
//! Workarounds for epub-builder 0.8, applied by `patch_archive` to the finished archive (its `Zip` trait
//! is private, so files cannot be intercepted on the way in): the package document gets `dc:source`,
//! `dc:publisher`, `dc:date` (there is no call for them) and distinct ids for `dc:language` (the template
//! gives languages and creators the same `epub-creator-N` ids), and the navigation document gets
//! `xml:lang`/`lang` (the template has none). Entries keep their order, compression and timestamps.
//! Same input, same bytes: the identifier is a UUID v5 of the content, `dcterms:modified` comes from
//! `SOURCE_DATE_EPOCH` (or a fixed date), and the zip library stamps fixed timestamps.

use super::xml::{display_date, escape};
use super::{WriteOptions, Writer};
use crate::model::{BlockKind, Document};
use epub_builder::{EpubBuilder, EpubContent, EpubVersion, ReferenceType, ZipLibrary};
use std::io::{self, Cursor, Read, Write};
use std::path::Path;

pub struct Epub;

impl Writer for Epub {
    fn name(&self) -> &'static str {
        "epub"
    }
    fn extension(&self) -> &'static str {
        "epub"
    }
    fn about(&self) -> &'static str {
        "an EPUB 3 book: one chapter per article"
    }
    fn is_binary(&self) -> bool {
        true
    }
    fn write(&self, docs: &[Document], options: &WriteOptions, out: &mut dyn Write) -> io::Result<()> {
        let mut raw = Vec::new();
        build(docs, options, &mut raw).map_err(|e| io::Error::other(format!("EPUB: {e}")))?;
        let patched = patch_archive(&raw, &package_metadata(docs, options)).map_err(io::Error::other)?;
        out.write_all(&patched)
    }
}

const STYLESHEET: &str = include_str!("epub.css");

fn build(docs: &[Document], options: &WriteOptions, out: &mut Vec<u8>) -> epub_builder::Result<()> {
    let title = book_title(docs, options);
    let mut book = EpubBuilder::new(ZipLibrary::new()?)?;
    book.epub_version(EpubVersion::V30);
    book.set_title(title.clone());
    book.add_language("vi");
    book.set_toc_name("Mục lục");
    book.set_generator(concat!("seeds-convert ", env!("CARGO_PKG_VERSION")));
    if let Some(author) = &options.author {
        book.add_author(author.clone());
    }
    book.set_uuid(content_uuid(docs, options));
    let modified = chrono::DateTime::from_timestamp(options.modified, 0).unwrap_or_default();
    book.set_modified_date(modified);
    let mut css = STYLESHEET.to_string();
    if let Some(font) = &options.embed_font {
        let file = format!("fonts/{}", font_file_name(&font.path));
        css = format!(
            "@font-face {{ font-family: \"SeedsEmbedded\"; src: url(\"{file}\"); }}\n{}",
            css.replace("font-family: ", "font-family: \"SeedsEmbedded\", ")
        );
        book.add_resource(&file, font.bytes.as_slice(), font_mime(&font.path))?;
    }
    book.stylesheet(css.as_bytes())?;
    if docs.len() > 1 {
        let page = title_page(&title, docs, options);
        book.add_content(
            EpubContent::new("title.xhtml", page.as_bytes()).title(title.clone()).reftype(ReferenceType::TitlePage),
        )?;
    }
    for (i, doc) in docs.iter().enumerate() {
        let xhtml = chapter(doc);
        let mut content =
            EpubContent::new(format!("article-{:04}.xhtml", i + 1), xhtml.as_bytes()).title(doc.display_title());
        if i == 0 {
            content = content.reftype(ReferenceType::Text);
        }
        book.add_content(content)?;
    }
    book.generate(out)
}

/// The book's title: `--title`, else the one article's title, else a label for a collection.
fn book_title(docs: &[Document], options: &WriteOptions) -> String {
    match (&options.title, docs) {
        (Some(t), _) => t.clone(),
        (None, [doc]) => doc.display_title(),
        (None, docs) => format!("Tuyển tập {} bài báo", docs.len()),
    }
}

/// A UUID v5 of everything that goes into the book, so the identifier is stable for the same input.
fn content_uuid(docs: &[Document], options: &WriteOptions) -> uuid::Uuid {
    let mut key = Vec::new();
    for doc in docs {
        key.extend(serde_json::to_vec(doc).unwrap_or_default());
        key.push(0);
    }
    key.extend(format!("{:?}|{:?}", options.title, options.author).as_bytes());
    uuid::Uuid::new_v5(&uuid::Uuid::NAMESPACE_URL, &key)
}

/// Extra `<metadata>` children: sources, publisher, date.
fn package_metadata(docs: &[Document], options: &WriteOptions) -> String {
    let mut extra = String::new();
    let mut seen = std::collections::BTreeSet::new();
    for url in docs.iter().filter_map(|d| d.url.as_deref()) {
        if seen.insert(url) {
            extra.push_str(&format!("    <dc:source>{}</dc:source>\n", escape(url)));
        }
    }
    if let [doc] = docs {
        if let Some(p) = &doc.publisher {
            extra.push_str(&format!("    <dc:publisher>{}</dc:publisher>\n", escape(p)));
        }
        if let Some(d) = &doc.date {
            extra.push_str(&format!("    <dc:date>{}</dc:date>\n", escape(d)));
        }
    }
    if options.title.is_none() && docs.len() > 1 {
        extra.push_str("    <dc:description>Tuyển tập bài báo chuyển đổi bằng seeds-convert</dc:description>\n");
    }
    extra
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
    let title = doc.display_title();
    let mut b = String::with_capacity(doc.blocks.iter().map(|b| b.text.len() + 32).sum::<usize>() + 512);
    b.push_str("<section epub:type=\"chapter\" class=\"article\">\n<header>\n");
    let class = if doc.title.is_some() { "" } else { " class=\"untitled\"" };
    b.push_str(&format!("<h1{class}>{}</h1>\n", escape(&title)));
    let mut meta = Vec::new();
    if let Some(p) = &doc.publisher {
        meta.push(format!("<span class=\"outlet\">{}</span>", escape(p)));
    }
    if let Some(d) = &doc.date {
        meta.push(format!("<time datetime=\"{}\">{}</time>", escape(d), escape(&display_date(d))));
    }
    if let Some(c) = &doc.category {
        meta.push(format!("<span class=\"category\">{}</span>", escape(c)));
    }
    if !meta.is_empty() {
        b.push_str(&format!("<p class=\"meta\">{}</p>\n", meta.join(" · ")));
    }
    if let Some(url) = &doc.url {
        b.push_str(&format!("<p class=\"source\"><a href=\"{0}\">{0}</a></p>\n", escape(url)));
    }
    b.push_str("</header>\n");
    for block in &doc.blocks {
        let text = escape(&block.text);
        let line = match block.kind {
            BlockKind::Lead => format!("<p class=\"lead\">{text}</p>\n"),
            BlockKind::Paragraph => format!("<p>{text}</p>\n"),
            BlockKind::Heading => format!("<h2>{text}</h2>\n"),
            BlockKind::Caption => format!("<p class=\"caption\">{text}</p>\n"),
            BlockKind::Attribution => format!("<p class=\"attribution\">{text}</p>\n"),
        };
        b.push_str(&line);
    }
    b.push_str("</section>\n");
    page(&title, &b)
}

fn title_page(title: &str, docs: &[Document], options: &WriteOptions) -> String {
    let mut b = format!("<section epub:type=\"titlepage\" class=\"titlepage\">\n<h1>{}</h1>\n", escape(title));
    if let Some(author) = &options.author {
        b.push_str(&format!("<p class=\"author\">{}</p>\n", escape(author)));
    }
    b.push_str(&format!("<p class=\"count\">{} bài báo</p>\n<ol class=\"contents\">\n", docs.len()));
    for (i, doc) in docs.iter().enumerate() {
        b.push_str(&format!("<li><a href=\"article-{:04}.xhtml\">{}</a></li>\n", i + 1, escape(&doc.display_title())));
    }
    b.push_str("</ol>\n</section>\n");
    page(title, &b)
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

/// Rewrites the two templates epub-builder does not let us set, copying every other entry as it is.
fn patch_archive(raw: &[u8], opf_extra: &str) -> zip::result::ZipResult<Vec<u8>> {
    let mut archive = zip::ZipArchive::new(Cursor::new(raw))?;
    let mut writer = zip::ZipWriter::new(Cursor::new(Vec::with_capacity(raw.len() + 1024)));
    for i in 0..archive.len() {
        let name = archive.name_for_index(i).unwrap_or_default().to_string();
        let patch: fn(&str, &str) -> String = match name.as_str() {
            "OEBPS/content.opf" => patch_opf,
            "OEBPS/nav.xhtml" => |nav, _| patch_nav(nav),
            _ => {
                // Everything else is copied as it is, still compressed.
                writer.raw_copy_file(archive.by_index_raw(i)?)?;
                continue;
            }
        };
        let mut entry = archive.by_index(i)?;
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(entry.compression())
            .last_modified_time(entry.last_modified().unwrap_or_default());
        let mut text = String::with_capacity(entry.size() as usize);
        entry.read_to_string(&mut text)?;
        drop(entry);
        writer.start_file(name, options)?;
        writer.write_all(patch(&text, opf_extra).as_bytes())?;
    }
    writer.set_comment("");
    Ok(writer.finish()?.into_inner())
}

fn patch_opf(opf: &str, extra: &str) -> String {
    let mut out = String::with_capacity(opf.len() + extra.len());
    for line in opf.lines() {
        // `<dc:language id="epub-creator-0">` collides with the first creator's id.
        if line.trim_start().starts_with("<dc:language id=\"epub-creator-") {
            out.push_str(&line.replace("id=\"epub-creator-", "id=\"epub-language-"));
        } else if line.trim_start().starts_with("</metadata>") {
            out.push_str(extra);
            out.push_str(line);
        } else if line.trim().is_empty() {
            continue;
        } else {
            out.push_str(line);
        }
        out.push('\n');
    }
    out
}

fn patch_nav(nav: &str) -> String {
    nav.replacen(
        "xmlns:epub=\"http://www.idpf.org/2007/ops\">",
        "xmlns:epub=\"http://www.idpf.org/2007/ops\" xml:lang=\"vi\" lang=\"vi\">",
        1,
    )
}
