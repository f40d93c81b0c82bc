//! `--to pdf`: a PDF for reading and printing. Each article starts on a new page with its title, source URL,
//! date and outlet; the text is typeset by `typeset` (real glyph advances, justified paragraphs, no
//! overflow, widow and orphan care) and drawn by `emit` with krilla, which embeds only the glyphs used
//! (subset TrueType, with a ToUnicode map so the text stays text). DejaVu Serif by default (`fonts`),
//! `--font FILE` for the user's own; A4 or `--paper letter`.
//!
//! Why krilla and not printpdf: printpdf subsets only with its `text_layout` feature (a ~245 s build),
//! writes no `/Lang` and no nested outline; krilla 0.8 does all of it with default features off.
//!
//! The document carries an outline (one entry per article, its headings below it), Title, `/Lang (vi)` in
//! the catalog, Producer `seeds-convert VERSION`, and a creation date from `SOURCE_DATE_EPOCH` or the
//! book's newest date (`write::modified`): the same input gives the same bytes.

mod emit;
pub mod fonts;
mod front;
pub mod typeset;

use super::{book_title, WriteOptions, Writer};
use crate::model::Document;
use fonts::Fonts;
use krilla::action::LinkAction;
use krilla::annotation::{LinkAnnotation, Target};
use krilla::destination::{Destination, XyzDestination};
use krilla::geom::Point;
use krilla::metadata::{DateTime, Metadata};
use krilla::outline::{Outline, OutlineNode};
use krilla::page::PageSettings;
use krilla::SerializeSettings;
use std::io::{self, Write};
use typeset::{Geometry, Role};

/// The `--to pdf` writer.
pub struct Pdf;

impl Writer for Pdf {
    fn name(&self) -> &'static str {
        "pdf"
    }
    fn about(&self) -> &'static str {
        "a PDF for reading and printing: typeset, embedded font, outline, one article per section"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["pdf"]
    }
    fn is_binary(&self) -> bool {
        true
    }
    fn write(&self, docs: &[Document], options: &WriteOptions, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(&render(docs, options)?)
    }
}

const PRODUCER: &str = concat!("seeds-convert ", env!("CARGO_PKG_VERSION"));

/// The whole PDF, in memory. Articles are laid out and drawn one at a time.
pub fn render(docs: &[Document], options: &WriteOptions) -> io::Result<Vec<u8>> {
    let fonts = Fonts::new(options.font.as_ref())?;
    let faces = emit::Faces::new(&fonts)?;
    let geometry = Geometry::for_paper(options.paper);
    let settings =
        PageSettings::from_wh(geometry.width, geometry.height).ok_or_else(|| io::Error::other("PDF: bad page size"))?;
    let mut document = krilla::Document::new_with(SerializeSettings { enable_tagging: false, ..Default::default() });
    let mut outline = Outline::new();
    // Several articles: a title page and contents first, so the articles are laid out before any page is
    // drawn (the contents need their first pages).
    // Articles in reading order, which follows the groups of a grouped book.
    let groups = super::group::groups(docs, options.group_by);
    let order = super::group::reading_order(&groups);
    let laid: Vec<Vec<typeset::Page>> = if docs.len() > 1 {
        order.iter().map(|&i| typeset::lay_out(&docs[i], &geometry, &fonts)).collect()
    } else {
        Vec::new()
    };
    let mut number = 0;
    if docs.len() > 1 {
        let title = book_title(docs, options);
        let mut items = Vec::with_capacity(docs.len() + groups.len());
        for group in &groups {
            items.extend(group.label.clone().map(front::Item::Group));
            items.extend(group.docs.iter().map(|&i| front::Item::Article(docs[i].display_title())));
        }
        let (mut contents, entries) = front::contents(&items, &geometry, &fonts);
        let front_pages = 1 + contents.len();
        let mut first = front_pages;
        let mut starts = Vec::with_capacity(docs.len());
        for pages in &laid {
            starts.push(first);
            first += pages.len();
        }
        for (entry, &start) in entries.iter().zip(&starts) {
            contents[entry.page].lines.push(front::number_line(start + 1, entry, &geometry, &fonts));
        }
        let title_page = front::title_page(&title, options.author.as_deref(), docs.len(), &geometry, &fonts);
        let mut pdf_page = document.start_page_with(settings.clone());
        let mut surface = pdf_page.surface();
        for line in &title_page.lines {
            emit::draw_line(&mut surface, line, &fonts, &faces);
        }
        surface.finish();
        pdf_page.finish();
        for (i, page) in contents.iter().enumerate() {
            let mut pdf_page = document.start_page_with(settings.clone());
            let mut surface = pdf_page.surface();
            emit::draw_page(&mut surface, page, i + 2, &geometry, &fonts, &faces);
            surface.finish();
            for (entry, &start) in entries.iter().zip(&starts).filter(|(e, _)| e.page == i) {
                let rect = krilla::geom::Rect::from_ltrb(
                    geometry.left,
                    entry.top,
                    geometry.width - geometry.right,
                    entry.bottom,
                );
                if let Some(rect) = rect {
                    let target = Destination::Xyz(XyzDestination::new(start, Point::from_xy(0.0, 0.0)));
                    pdf_page.add_annotation(LinkAnnotation::new(rect, Target::Destination(target)).into());
                }
            }
            pdf_page.finish();
        }
        outline.push_child(OutlineNode::new("Mục lục".into(), XyzDestination::new(1, Point::from_xy(0.0, 0.0))));
        number = front_pages;
    }
    let mut laid = laid.into_iter();
    let mut articles = Vec::with_capacity(docs.len()); // (outline entry, first page)
    for doc in order.iter().map(|&i| &docs[i]) {
        let pages = laid.next().unwrap_or_else(|| typeset::lay_out(doc, &geometry, &fonts));
        let first_page = number;
        let mut entry = OutlineNode::new(doc.display_title(), XyzDestination::new(number, Point::from_xy(0.0, 0.0)));
        let mut last_heading = None;
        for (i, page) in pages.iter().enumerate() {
            let mut pdf_page = document.start_page_with(settings.clone());
            let mut surface = pdf_page.surface();
            emit::draw_page(&mut surface, page, number + 1, &geometry, &fonts, &faces);
            surface.finish();
            if let (0, Some(url), Some(href)) = (i, &doc.url, doc.url.as_deref().and_then(crate::link::href)) {
                link_url(&mut pdf_page, page, url, href);
            }
            pdf_page.finish();
            for line in page.lines.iter().filter(|l| l.role == Role::Heading) {
                if line.block.is_some() && line.block != last_heading {
                    last_heading = line.block;
                    let text = line.block.and_then(|b| doc.blocks.get(b)).map_or("", |b| b.text.as_str());
                    let top = (line.y - 2.0 * Role::Heading.style().size).max(0.0);
                    entry.push_child(OutlineNode::new(
                        text.to_string(),
                        XyzDestination::new(number, Point::from_xy(0.0, top)),
                    ));
                }
            }
            number += 1;
        }
        articles.push((entry, first_page));
    }
    // A grouped book's outline: each group (opening at its first article) holding its articles.
    let mut articles = articles.into_iter();
    for group in &groups {
        let mut members = articles.by_ref().take(group.docs.len()).peekable();
        match (&group.label, members.peek()) {
            (Some(label), Some(&(_, start))) => {
                let mut node = OutlineNode::new(label.clone(), XyzDestination::new(start, Point::from_xy(0.0, 0.0)));
                members.for_each(|(a, _)| node.push_child(a));
                outline.push_child(node);
            }
            _ => members.for_each(|(a, _)| outline.push_child(a)),
        }
    }
    document.set_outline(outline);
    document.set_metadata(metadata(docs, options));
    document.finish().map_err(|e| io::Error::other(format!("PDF: {e:?}")))
}

/// Makes the lines of the article head that spell its source URL (cut over one or more lines, grey, under the
/// title) a link to `href`, its link form (`link::href`).
fn link_url(pdf_page: &mut krilla::page::Page, page: &typeset::Page, url: &str, href: String) {
    let style = Role::Meta.style();
    for line in page.lines.iter().filter(|l| l.role == Role::Meta && l.block.is_none()) {
        let piece = line.text.trim_end_matches('-');
        if piece.is_empty() || !url.contains(piece) {
            continue;
        }
        let top = line.y - style.size;
        if let Some(rect) = krilla::geom::Rect::from_xywh(line.x, top, line.width.max(1.0), style.leading) {
            let action = Target::Action(LinkAction::new(href.clone()).into());
            pdf_page.add_annotation(LinkAnnotation::new(rect, action).into());
        }
    }
}

fn metadata(docs: &[Document], options: &WriteOptions) -> Metadata {
    let mut meta = Metadata::new()
        .title(book_title(docs, options))
        .language(options.language().to_string())
        .producer(PRODUCER.to_string())
        .creator(PRODUCER.to_string());
    if let Some(author) = &options.author {
        meta = meta.authors(vec![author.clone()]);
    }
    if let Some(t) = chrono::DateTime::from_timestamp(super::modified(docs, options), 0) {
        use chrono::{Datelike, Timelike};
        if let Ok(year) = u16::try_from(t.year()) {
            // Month, day, hour, minute and second always fit a u8.
            let b = |v: u32| u8::try_from(v).unwrap_or(0);
            meta = meta.creation_date(
                DateTime::new(year)
                    .month(b(t.month()))
                    .day(b(t.day()))
                    .hour(b(t.hour()))
                    .minute(b(t.minute()))
                    .second(b(t.second()))
                    .utc_offset_hour(0)
                    .utc_offset_minute(0),
            );
        }
    }
    meta
}
