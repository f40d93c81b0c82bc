//! `--to txt`: the canonical clean seed: URL line (if any), title line (if any), then blank-line separated
//! blocks. `check` on it is clean, and reading it back gives the same blocks. Several documents are
//! separated by a line holding a single form feed (U+000C).

use super::Writer;
use crate::model::Document;
use std::io::{self, Write};

pub(super) struct Txt;

impl Writer for Txt {
    fn name(&self) -> &'static str {
        "txt"
    }
    fn about(&self) -> &'static str {
        "the canonical clean seed: URL, title, blank-line paragraphs"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["txt", "text"]
    }
    fn streams(&self) -> bool {
        true
    }
    fn write_part(&self, index: usize, _: usize, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
        if index > 0 {
            out.write_all(b"\x0C\n")?;
        }
        out.write_all(canonical_text(doc).as_bytes())
    }
}

/// The canonical clean seed for one document. Metadata beyond URL and title (date, outlet, category,
/// tags) is kept as `# key = value` header lines, the `header-lines` layout, so nothing is lost; a blank
/// line right after the headers means the document has no title.
pub fn canonical_text(doc: &Document) -> String {
    let mut s = String::new();
    let has_meta = doc.date.is_some() || doc.publisher.is_some() || doc.category.is_some() || !doc.tags.is_empty();
    if has_meta {
        let tags = doc.tags.join(", ");
        let fields = [
            ("url", doc.url.as_deref()),
            ("date", doc.date.as_deref()),
            ("publisher", doc.publisher.as_deref()),
            ("category", doc.category.as_deref()),
            ("tags", Some(tags.as_str()).filter(|t| !t.is_empty())),
        ];
        for (key, value) in fields {
            if let Some(v) = value {
                s.push_str(&format!("# {key} = {v}\n"));
            }
        }
    } else if let Some(url) = &doc.url {
        s.push_str(url);
        s.push('\n');
    }
    match &doc.title {
        Some(title) => {
            s.push_str(title);
            s.push('\n');
        }
        None if has_meta => s.push('\n'),
        None => {}
    }
    for block in &doc.blocks {
        if !s.is_empty() && !s.ends_with("\n\n") {
            s.push('\n');
        }
        s.push_str(&block.text);
        s.push('\n');
    }
    s
}
