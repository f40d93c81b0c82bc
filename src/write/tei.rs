//! `--to tei`: TEI P5 XML. One document → one `<TEI>`; several → one `<teiCorpus>` with a corpus header.
//! Written with quick-xml. The TEI is a full record of the source: the header carries provenance and the
//! normalisation done, the body the article, and `<back>` everything that was removed, with its kind and
//! seed line. Output conforms to the project's customization `schemas/tei-seeds.rng` (a strict subset of
//! tei_all); characters XML 1.0 forbids are never written.

use super::xml::{display_date, escape, xml_chars};
use super::{WriteOptions, Writer};
use crate::model::{Block, BlockKind, Document};
use quick_xml::events::{BytesDecl, BytesText, Event};
use std::io::{self, Write};

pub(super) struct Tei;

type W<'a> = quick_xml::Writer<&'a mut dyn Write>;

impl Writer for Tei {
    fn name(&self) -> &'static str {
        "tei"
    }
    fn about(&self) -> &'static str {
        "TEI P5 XML: <TEI> for one input, <teiCorpus> for several"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["xml", "tei"]
    }
    fn write(&self, docs: &[Document], options: &WriteOptions, out: &mut dyn Write) -> io::Result<()> {
        let mut w = quick_xml::Writer::new_with_indent(out, b' ', 1);
        w.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)))?;
        if let [doc] = docs {
            tei(&mut w, doc, true, 1)?;
        } else {
            w.create_element("teiCorpus")
                .with_attribute(("xmlns", TEI_NS))
                .with_attribute(("xml:lang", "vi"))
                .write_inner_content(|w| {
                    corpus_header(w, docs, options)?;
                    docs.iter().enumerate().try_for_each(|(i, doc)| tei(w, doc, false, i + 1))
                })?;
        }
        w.get_mut().write_all(b"\n")
    }
}

const TEI_NS: &str = "http://www.tei-c.org/ns/1.0";
const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Element content, escaped by `xml::escape` (the same five entities quick-xml's `BytesText::new` writes,
/// but decided by one vectorised pass over the bytes: quick-xml's byte-by-byte escape was 7% of a one-seed
/// run) and without the characters XML 1.0 forbids.
fn escaped(content: &str) -> BytesText<'_> {
    BytesText::from_escaped(escape(content))
}

fn text(w: &mut W, name: &str, content: &str) -> io::Result<()> {
    w.create_element(name).write_text_content(escaped(content))?;
    Ok(())
}

fn text_with(w: &mut W, name: &str, attrs: &[(&str, &str)], content: &str) -> io::Result<()> {
    let attrs: Vec<(&str, String)> = attrs.iter().map(|(k, v)| (*k, xml_chars(v).into_owned())).collect();
    w.create_element(name)
        .with_attributes(attrs.iter().map(|(k, v)| (*k, v.as_str())))
        .write_text_content(escaped(content))?;
    Ok(())
}

fn para(w: &mut W, content: &str) -> io::Result<()> {
    text(w, "p", content)
}

/// One article as `<TEI>`.
fn tei(w: &mut W, doc: &Document, root: bool, n: usize) -> io::Result<()> {
    let id = format!("doc-{n:04}");
    let mut el = w.create_element("TEI");
    if root {
        el = el.with_attribute(("xmlns", TEI_NS));
    }
    el.with_attribute(("xml:id", id.as_str())).with_attribute(("xml:lang", "vi")).write_inner_content(|w| {
        header(w, doc)?;
        w.create_element("text").write_inner_content(|w| {
            w.create_element("body").write_inner_content(|w| article(w, doc))?;
            if !doc.removed.is_empty() {
                w.create_element("back").write_inner_content(|w| removed(w, doc))?;
            }
            Ok(())
        })?;
        Ok(())
    })?;
    Ok(())
}

fn header(w: &mut W, doc: &Document) -> io::Result<()> {
    w.create_element("teiHeader").write_inner_content(|w| {
        w.create_element("fileDesc").write_inner_content(|w| {
            title_stmt(w, &doc.display_title())?;
            publication_stmt(w)?;
            w.create_element("sourceDesc").write_inner_content(|w| source_bibl(w, doc))?;
            Ok(())
        })?;
        encoding_desc(w, Some(doc))?;
        profile_desc(w, doc)
    })?;
    Ok(())
}

fn title_stmt(w: &mut W, title: &str) -> io::Result<()> {
    w.create_element("titleStmt").write_inner_content(|w| {
        text(w, "title", title)?;
        w.create_element("respStmt").write_inner_content(|w| {
            text(w, "resp", "chuyển đổi và chuẩn hoá văn bản (conversion and normalisation)")?;
            text(w, "name", &format!("seeds-convert {VERSION}"))
        })?;
        Ok(())
    })?;
    Ok(())
}

fn publication_stmt(w: &mut W) -> io::Result<()> {
    w.create_element("publicationStmt").write_inner_content(|w| {
        para(w, "Bản chuyển đổi tự động từ tệp hạt giống (seed file); không xuất bản. Automatic conversion of a scraped seed file; unpublished.")
    })?;
    Ok(())
}

fn source_bibl(w: &mut W, doc: &Document) -> io::Result<()> {
    w.create_element("bibl").write_inner_content(|w| {
        if let Some(t) = &doc.title {
            text_with(w, "title", &[("level", "a")], t)?;
        }
        if let Some(p) = &doc.publisher {
            text(w, "publisher", p)?;
        }
        if let Some(d) = &doc.date {
            text_with(w, "date", &[("when", d)], &display_date(d))?;
        }
        if let Some(href) = doc.url.as_deref().and_then(crate::link::href) {
            w.create_element("ptr").with_attribute(("target", href.as_str())).write_empty()?;
        }
        text_with(w, "idno", &[("type", "seed")], &doc.source)?;
        Ok(())
    })?;
    Ok(())
}

/// `encodingDesc`: the application, and (for one document) what normalisation was done.
fn encoding_desc(w: &mut W, doc: Option<&Document>) -> io::Result<()> {
    w.create_element("encodingDesc").write_inner_content(|w| {
        w.create_element("appInfo").write_inner_content(|w| {
            w.create_element("application")
                .with_attribute(("ident", "seeds-convert"))
                .with_attribute(("version", VERSION))
                .write_inner_content(|w| text(w, "label", "seeds-convert"))?;
            Ok(())
        })?;
        if let Some(doc) = doc {
            w.create_element("editorialDecl").write_inner_content(|w| {
                w.create_element("normalization").write_inner_content(|w| {
                    for line in normalisation_notes(doc) {
                        para(w, &line)?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

fn normalisation_notes(doc: &Document) -> Vec<String> {
    let mut notes =
        vec![format!("Decoded from {} (layout `{}`); Unicode NFC; whitespace collapsed.", doc.encoding, doc.layout)];
    if !doc.repairs.is_empty() {
        let list: Vec<String> = doc.repairs.iter().map(|r| format!("{} ×{}", r.kind, r.count)).collect();
        notes.push(format!("Repairs: {}.", list.join(", ")));
    }
    let inferred = doc.blocks.iter().filter(|b| b.inferred).count();
    if inferred > 0 {
        notes.push(format!(
            "{inferred} paragraphs inferred by splitting a one-line body at sentence ends (rend=\"inferred\")."
        ));
    }
    if !doc.removed.is_empty() {
        notes.push(format!("{} boilerplate lines removed from the text; kept in <back>.", doc.removed.len()));
    }
    notes
}

fn profile_desc(w: &mut W, doc: &Document) -> io::Result<()> {
    w.create_element("profileDesc").write_inner_content(|w| {
        w.create_element("langUsage")
            .write_inner_content(|w| text_with(w, "language", &[("ident", "vi")], "Tiếng Việt"))?;
        if doc.category.is_some() || !doc.tags.is_empty() {
            w.create_element("textClass").write_inner_content(|w| {
                w.create_element("keywords").write_inner_content(|w| {
                    if let Some(c) = &doc.category {
                        text_with(w, "term", &[("type", "category")], c)?;
                    }
                    for t in &doc.tags {
                        text_with(w, "term", &[("type", "tag")], t)?;
                    }
                    Ok(())
                })?;
                Ok(())
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

/// The article: `<div type="article">` with its head, then blocks; each subheading opens a
/// `<div type="section">`; credits at the end become `<byline>`s.
fn article(w: &mut W, doc: &Document) -> io::Result<()> {
    let trailing = doc.blocks.iter().rev().take_while(|b| b.kind == BlockKind::Attribution).count();
    let (main, credits) = doc.blocks.split_at(doc.blocks.len() - trailing);
    w.create_element("div").with_attribute(("type", "article")).write_inner_content(|w| {
        if let Some(t) = &doc.title {
            text(w, "head", t)?;
        }
        let first_heading = main.iter().position(|b| b.kind == BlockKind::Heading).unwrap_or(main.len());
        let (before, sections) = main.split_at(first_heading);
        before.iter().try_for_each(|b| block(w, b))?;
        if before.is_empty() && sections.is_empty() {
            // A document of credits only still needs a body paragraph to be TEI.
            para(w, "")?;
        }
        for section in split_sections(sections) {
            w.create_element("div").with_attribute(("type", "section")).write_inner_content(|w| {
                text(w, "head", &section[0].text)?;
                section[1..].iter().try_for_each(|b| block(w, b))?;
                if section.len() == 1 {
                    para(w, "")?;
                }
                Ok(())
            })?;
        }
        credits.iter().try_for_each(|b| text(w, "byline", &b.text))
    })?;
    Ok(())
}

/// Cuts `blocks` (which starts with a heading) into runs that each start at a heading.
fn split_sections(blocks: &[Block]) -> Vec<&[Block]> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=blocks.len() {
        if i == blocks.len() || blocks[i].kind == BlockKind::Heading {
            out.push(&blocks[start..i]);
            start = i;
        }
    }
    out
}

fn block(w: &mut W, b: &Block) -> io::Result<()> {
    let rend = match (b.kind, b.inferred) {
        (BlockKind::Paragraph, false) => None,
        (BlockKind::Paragraph, true) => Some("inferred"),
        (BlockKind::Lead, false) => Some("lead"),
        (BlockKind::Lead, true) => Some("lead inferred"),
        (BlockKind::Attribution, _) => Some("attribution"),
        (BlockKind::Caption, _) | (BlockKind::Heading, _) => None,
    };
    match b.kind {
        BlockKind::Caption => {
            w.create_element("figure").write_inner_content(|w| text(w, "head", &b.text))?;
            Ok(())
        }
        // Only reached for a heading outside a section (never, by construction), kept as a labelled p.
        BlockKind::Heading => text_with(w, "p", &[("rend", "heading")], &b.text),
        _ => match rend {
            Some(r) => text_with(w, "p", &[("rend", r)], &b.text),
            None => para(w, &b.text),
        },
    }
}

/// `<back>`: reader comments as `<div type="comments">`, every other removal as a `<note type="removed">`
/// with its kind (`subtype`) and seed line (`n`).
fn removed(w: &mut W, doc: &Document) -> io::Result<()> {
    let is_comment = |k: &str| matches!(k, "comment-footer" | "reader-comments");
    let (comments, other): (Vec<_>, Vec<_>) = doc.removed.iter().partition(|r| is_comment(&r.kind));
    for (kind, items) in [("comments", comments), ("removed", other)] {
        if items.is_empty() {
            continue;
        }
        w.create_element("div").with_attribute(("type", kind)).write_inner_content(|w| {
            for r in &items {
                let line = r.line.to_string();
                text_with(w, "note", &[("type", "removed"), ("subtype", &r.kind), ("n", &line)], &r.text)?;
            }
            Ok(())
        })?;
    }
    Ok(())
}

fn corpus_header(w: &mut W, docs: &[Document], options: &WriteOptions) -> io::Result<()> {
    let title = options.title.clone().unwrap_or_else(|| format!("Tuyển tập {} bài báo", docs.len()));
    w.create_element("teiHeader").write_inner_content(|w| {
        w.create_element("fileDesc").write_inner_content(|w| {
            title_stmt(w, &title)?;
            publication_stmt(w)?;
            w.create_element("sourceDesc").write_inner_content(|w| {
                para(
                    w,
                    &format!(
                        "{} seed files converted by seeds-convert {VERSION}; each TEI below describes its own source.",
                        docs.len()
                    ),
                )
            })?;
            Ok(())
        })?;
        encoding_desc(w, None)
    })?;
    Ok(())
}
