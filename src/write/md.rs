//! `--to md`: CommonMark, one article after another, each marked so a CommonMark parser gives the same text
//! and the same blocks back (a test parses it with pulldown-cmark):
//!
//! * the title (or the label of an untitled seed) as a level-1 heading, `# …`;
//! * a header, when the seed has outlet, date, category or URL: a line `outlet · date · category` and the
//!   URL as an autolink `<…>`, each a paragraph, closed by a thematic break `---` (the body never holds one:
//!   its text is escaped);
//! * the lead in bold, `**…**`; captions in italics, `*…*`; attributions in bold italics, `***…***`;
//!   subheadings as `## …`; paragraphs as they are.
//!
//! Text is escaped where CommonMark would read it as markup: `\`, `` ` ``, `*`, `_`, `[`, `]`, `<`
//! everywhere, `&` where it would start a character reference, `#` in headings, and a line opening that would start a block (`#`, `>`, `-`, `+`, `=`, `~`,
//! `1.`/`1)`, indentation); so a paragraph that is wholly bold can only be a lead, and so on.

use super::xml::display_date;
use super::Writer;
use crate::model::{BlockKind, Document};
use std::io::{self, Write};

pub(super) struct Markdown;

impl Writer for Markdown {
    fn name(&self) -> &'static str {
        "md"
    }
    fn about(&self) -> &'static str {
        "CommonMark: # title, **lead**, *caption*, ***attribution***"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["md", "markdown"]
    }
    fn streams(&self) -> bool {
        true
    }
    fn write_part(&self, index: usize, _: usize, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
        if index > 0 {
            out.write_all(b"\n")?;
        }
        out.write_all(markdown(doc).as_bytes())
    }
}

/// One article as CommonMark.
fn markdown(doc: &Document) -> String {
    let mut o = String::with_capacity(doc.blocks.iter().map(|b| b.text.len() + 8).sum::<usize>() + 256);
    o.push_str("# ");
    o.push_str(&escape_heading(&doc.display_title()));
    o.push_str("\n\n");
    let meta: Vec<String> = [doc.publisher.clone(), doc.date.as_deref().map(display_date), doc.category.clone()]
        .into_iter()
        .flatten()
        .collect();
    if !meta.is_empty() {
        o.push_str(&escape(&meta.join(" · ")));
        o.push_str("\n\n");
    }
    if let Some(url) = &doc.url {
        o.push_str(&autolink(url));
        o.push_str("\n\n");
    }
    if !meta.is_empty() || doc.url.is_some() {
        o.push_str("---\n\n");
    }
    for block in &doc.blocks {
        let (open, close) = match block.kind {
            BlockKind::Lead => ("**", "**"),
            BlockKind::Paragraph => ("", ""),
            BlockKind::Heading => ("## ", ""),
            BlockKind::Caption => ("*", "*"),
            BlockKind::Attribution => ("***", "***"),
        };
        let text = if block.kind == BlockKind::Heading { escape_heading(&block.text) } else { escape(&block.text) };
        o.push_str(open);
        o.push_str(&text);
        o.push_str(close);
        o.push_str("\n\n");
    }
    o.pop(); // one line end after the last block
    o
}

/// The source URL as a link (`link::href`): an autolink `<url>` when the URL is already its own link
/// form, else `[url](<href>)` with the seed's text shown; escaped text when it has no link form.
fn autolink(url: &str) -> String {
    match crate::link::href(url) {
        Some(href) if href == url => format!("<{url}>"),
        Some(href) => format!("[{}](<{href}>)", escape(url)),
        None => escape(url),
    }
}

/// Heading text: on one line (a heading cannot span two), `#` escaped too (a closing `#` run would be
/// dropped).
fn escape_heading(s: &str) -> String {
    let line: String = s.chars().map(|c| if c == '\n' || c == '\r' { ' ' } else { c }).collect();
    let mut out = String::with_capacity(line.len() + 8);
    escape_line(&line, true, &mut out);
    out
}

/// Escapes `s` so CommonMark reads it back as the same text in one paragraph.
fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for (i, line) in s.split('\n').enumerate() {
        if i > 0 {
            out.push('\n');
        }
        escape_line(line, false, &mut out);
    }
    out
}

/// Escapes one line; in a `heading`, every `#`.
fn escape_line(line: &str, heading: bool, out: &mut String) {
    // Leading spaces or tabs: CommonMark strips them (or reads four as code); a character reference keeps them.
    let body = line.trim_start_matches([' ', '\t']);
    for c in line[..line.len() - body.len()].chars() {
        out.push_str(if c == '\t' { "&#9;" } else { "&#32;" });
    }
    // A line opening that would start a block: `#`, `>`, list bullets, setext underlines, fences.
    let digits = body.bytes().take_while(u8::is_ascii_digit).count();
    let list_number = digits > 0 && digits < 10 && matches!(body.as_bytes().get(digits), Some(b'.' | b')'));
    if !heading && matches!(body.as_bytes().first(), Some(b'#' | b'>' | b'-' | b'+' | b'=' | b'~')) {
        out.push('\\');
    }
    let trailing = body.len() - body.trim_end_matches([' ', '\t']).len();
    let (body, tail) = body.split_at(body.len() - trailing);
    for (i, c) in body.char_indices() {
        let special = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<')
            || (c == '&' && reads_as_reference(&body[i + 1..]))
            || (heading && c == '#');
        if special || (!heading && list_number && i == digits) {
            out.push('\\');
        }
        out.push(c);
    }
    // Trailing spaces or tabs: stripped by CommonMark (two make a hard break); kept as character references.
    for c in tail.chars() {
        out.push_str(if c == '\t' { "&#9;" } else { "&#32;" });
    }
}

/// Whether `&` followed by `rest` could be read as a character reference (`&amp;`, `&#32;`, `&#x20;`).
fn reads_as_reference(rest: &str) -> bool {
    let name = rest.strip_prefix('#').unwrap_or(rest);
    let len = name.bytes().take_while(u8::is_ascii_alphanumeric).count();
    len > 0 && name.as_bytes().get(len) == Some(&b';')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_block_openings_too() {
        assert_eq!(
            escape("a *b* _c_ [d](e) <f> &amp; `g` \\"),
            "a \\*b\\* \\_c\\_ \\[d\\](e) \\<f> \\&amp; \\`g\\` \\\\"
        );
        assert_eq!(escape("NN&PTNT & x&#32; &#x1F;"), "NN&PTNT & x\\&#32; \\&#x1F;");
        assert_eq!(escape("# x"), "\\# x");
        assert_eq!(escape("- x\n+ y\n> z\n=="), "\\- x\n\\+ y\n\\> z\n\\==");
        assert_eq!(escape("2015. Năm"), "2015\\. Năm");
        assert_eq!(escape("1) x"), "1\\) x");
        assert_eq!(escape("TP.HCM 1.000"), "TP.HCM 1.000");
        assert_eq!(escape("    code  "), "&#32;&#32;&#32;&#32;code&#32;&#32;");
        assert_eq!(escape_heading("C# và F# #"), "C\\# và F\\# \\#");
        assert_eq!(escape_heading("# 1. x"), "\\# 1. x");
    }
}
