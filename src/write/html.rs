//! `--to html`: one standalone HTML5 page — one article, or a book of several with a contents list — styled
//! by the EPUB's stylesheet, embedded in `<style>` with a few rules for a screen, so the page makes no
//! request of its own (the source URLs are links, followed only when clicked). The markup of an article is
//! the one the EPUB's chapters use (`article`), so the two formats cannot drift apart.

use super::xml::{display_date, escape};
use super::{book_title, WriteOptions, Writer};
use crate::model::{BlockKind, Document};
use std::borrow::Cow;
use std::fmt::Write as _;
use std::io::{self, Write};

pub(super) struct Html;

impl Writer for Html {
    fn name(&self) -> &'static str {
        "html"
    }
    fn about(&self) -> &'static str {
        "one standalone HTML5 page (a contents list for several articles)"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["html", "htm"]
    }
    fn write(&self, docs: &[Document], options: &WriteOptions, out: &mut dyn Write) -> io::Result<()> {
        out.write_all(page(docs, options).as_bytes())
    }
}

/// Rules for a page on a screen, after the EPUB's stylesheet: a readable measure, centred.
const SCREEN_CSS: &str = r#"body { max-width: 40em; margin: 0 auto; padding: 1em 1.5em 3em; }
article + article { border-top: 1px solid #ccc; margin-top: 2.5em; }
.book > h1 { text-align: center; font-size: 1.8em; }
.book article h2.title { font-size: 1.5em; }
.book article h3 { font-family: "Noto Sans", "Source Sans 3", "DejaVu Sans", "Arial", sans-serif; font-size: 1.15em; }
"#;

/// Rules for a grouped book: group headings set apart, article titles one level down sized as before.
const GROUP_CSS: &str = r#".book .group > h2 { font-size: 1.6em; margin-top: 2.5em; padding-bottom: 0.2em; border-bottom: 2px solid #888; }
.book .group article h3.title { font-size: 1.5em; }
.book .group article h4 { font-family: "Noto Sans", "Source Sans 3", "DejaVu Sans", "Arial", sans-serif; font-size: 1.15em; }
"#;

/// The whole page.
fn page(docs: &[Document], options: &WriteOptions) -> String {
    let title = book_title(docs, options);
    let size = docs.iter().flat_map(|d| &d.blocks).map(|b| b.text.len() + 32).sum::<usize>();
    let mut o = String::with_capacity(size + 4096);
    let _ =
        writeln!(o, "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">", text(options.language()));
    o.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    let _ = writeln!(o, "<title>{}</title>", text(&title));
    o.push_str(concat!("<meta name=\"generator\" content=\"seeds-convert ", env!("CARGO_PKG_VERSION"), "\">\n"));
    if let Some(author) = &options.author {
        let _ = writeln!(o, "<meta name=\"author\" content=\"{}\">", text(author));
    }
    let groups = super::group::groups(docs, options.group_by);
    let group_css = if groups.iter().any(|g| g.label.is_some()) { GROUP_CSS } else { "" };
    let _ = write!(o, "<style>\n{}{SCREEN_CSS}{group_css}</style>\n</head>\n", super::epub::STYLESHEET);
    if let [doc] = docs {
        o.push_str("<body>\n<main>\n");
        article(doc, 1, "article", " class=\"article\"", &mut o);
    } else {
        o.push_str("<body>\n<main class=\"book\">\n");
        let _ = writeln!(o, "<h1>{}</h1>", text(&title));
        if let Some(author) = &options.author {
            let _ = writeln!(o, "<p class=\"author\">{}</p>", text(author));
        }
        let _ = writeln!(
            o,
            "<nav id=\"contents\" aria-labelledby=\"contents-title\">\n<h2 id=\"contents-title\">Mục lục</h2>"
        );
        let _ = writeln!(o, "<p class=\"count\">{} bài báo</p>\n<ol class=\"contents\">", docs.len());
        let mut n = 0;
        for (g, group) in groups.iter().enumerate() {
            if let Some(label) = &group.label {
                let _ = writeln!(o, "<li class=\"group\"><a href=\"#group-{}\">{}</a>\n<ol>", g + 1, text(label));
            }
            for &i in &group.docs {
                let _ = writeln!(o, "<li><a href=\"#{}\">{}</a></li>", anchor(n), text(&docs[i].display_title()));
                n += 1;
            }
            if group.label.is_some() {
                o.push_str("</ol>\n</li>\n");
            }
        }
        o.push_str("</ol>\n</nav>\n");
        // Articles are numbered in reading order, which follows the groups; a grouped book's articles sit in a
        // section per group, one heading level down.
        let mut n = 0;
        for (g, group) in groups.iter().enumerate() {
            let level = match &group.label {
                Some(label) => {
                    let _ = writeln!(o, "<section class=\"group\" id=\"group-{}\">\n<h2>{}</h2>", g + 1, text(label));
                    3
                }
                None => 2,
            };
            for &i in &group.docs {
                article(&docs[i], level, "article", &format!(" class=\"article\" id=\"{}\"", anchor(n)), &mut o);
                n += 1;
            }
            if group.label.is_some() {
                o.push_str("</section>\n");
            }
        }
    }
    o.push_str("</main>\n</body>\n</html>\n");
    o
}

/// The id of article `i` (0-based) in a book, as the EPUB names its chapter files.
fn anchor(i: usize) -> String {
    format!("article-{:04}", i + 1)
}

/// Appends one article as `<{element}{attrs}>`: a header (title as `<h{level}>`, outlet · date · category,
/// source link), then its blocks, subheadings one level below the title. Valid in HTML5 and in the EPUB's
/// XHTML (whose chapters are `<section epub:type="chapter">`).
pub(super) fn article(doc: &Document, level: u8, element: &str, attrs: &str, o: &mut String) {
    let sub = level + 1;
    let _ = writeln!(o, "<{element}{attrs}>\n<header>");
    let class = match (doc.title.is_some(), level) {
        (true, 1) => "",
        (true, _) => " class=\"title\"",
        (false, 1) => " class=\"untitled\"",
        (false, _) => " class=\"title untitled\"",
    };
    let _ = writeln!(o, "<h{level}{class}>{}</h{level}>", text(&doc.display_title()));
    let mut meta = Vec::new();
    if let Some(p) = &doc.publisher {
        meta.push(format!("<span class=\"outlet\">{}</span>", text(p)));
    }
    if let Some(d) = &doc.date {
        meta.push(format!("<time datetime=\"{}\">{}</time>", text(d), text(&display_date(d))));
    }
    if let Some(c) = &doc.category {
        meta.push(format!("<span class=\"category\">{}</span>", text(c)));
    }
    if !meta.is_empty() {
        let _ = writeln!(o, "<p class=\"meta\">{}</p>", meta.join(" · "));
    }
    match doc.url.as_deref().map(|u| (u, crate::link::href(u))) {
        Some((url, Some(href))) => {
            let _ = writeln!(o, "<p class=\"source\"><a href=\"{}\">{}</a></p>", text(&href), text(url));
        }
        Some((url, None)) => {
            let _ = writeln!(o, "<p class=\"source\">{}</p>", text(url));
        }
        None => {}
    }
    o.push_str("</header>\n");
    for block in &doc.blocks {
        let t = text(&block.text);
        let _ = match block.kind {
            BlockKind::Lead => writeln!(o, "<p class=\"lead\">{t}</p>"),
            BlockKind::Paragraph => writeln!(o, "<p>{t}</p>"),
            BlockKind::Heading => writeln!(o, "<h{sub}>{t}</h{sub}>"),
            BlockKind::Caption => writeln!(o, "<p class=\"caption\">{t}</p>"),
            BlockKind::Attribution => writeln!(o, "<p class=\"attribution\">{t}</p>"),
        };
    }
    let _ = writeln!(o, "</{element}>");
}

/// Escaped text for HTML and XHTML alike: markup stays text, and the characters neither may carry go —
/// those XML 1.0 forbids, C1 controls and Unicode noncharacters (the Nu checker's "forbidden code point").
/// Cleaning has already removed or mapped controls, so in practice only the escaping does anything.
pub(super) fn text(s: &str) -> Cow<'_, str> {
    if s.chars().any(forbidden_in_html) {
        let kept: String = s.chars().filter(|&c| !forbidden_in_html(c)).collect();
        Cow::Owned(escape(&kept).into_owned())
    } else {
        escape(s)
    }
}

fn forbidden_in_html(c: char) -> bool {
    let cp = u32::from(c);
    matches!(cp, 0x7F..=0x9F | 0xFDD0..=0xFDEF) || cp & 0xFFFE == 0xFFFE
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forbidden_code_points_go_and_markup_stays_text() {
        assert_eq!(text("a\u{85}b\u{FDD0}c\u{1FFFF}d<e>"), "abcd&lt;e&gt;");
        assert_eq!(text("Tiếng Việt"), "Tiếng Việt");
        assert!(!forbidden_in_html('\u{FFFD}') && !forbidden_in_html('ệ'));
    }
}
