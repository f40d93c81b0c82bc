//! `--to txt`: the canonical clean seed: URL line (if any), title line (if any), then blank-line separated
//! blocks. `check` on it is clean, and reading it back gives the same blocks. Several documents are
//! separated by a line holding a single form feed (U+000C).

use super::{WriteOptions, Writer};
use crate::model::Document;
use std::io::{self, Write};

pub struct Txt;

impl Writer for Txt {
    fn name(&self) -> &'static str {
        "txt"
    }
    fn extension(&self) -> &'static str {
        "txt"
    }
    fn about(&self) -> &'static str {
        "the canonical clean seed: URL, title, blank-line paragraphs"
    }
    fn write(&self, docs: &[Document], _: &WriteOptions, out: &mut dyn Write) -> io::Result<()> {
        for (i, doc) in docs.iter().enumerate() {
            if i > 0 {
                out.write_all(b"\x0C\n")?;
            }
            out.write_all(canonical_text(doc).as_bytes())?;
        }
        Ok(())
    }
}

/// The canonical clean seed for one document.
pub fn canonical_text(doc: &Document) -> String {
    let mut s = String::new();
    if let Some(url) = &doc.url {
        s.push_str(url);
        s.push('\n');
    }
    if let Some(title) = &doc.title {
        s.push_str(title);
        s.push('\n');
    }
    for block in &doc.blocks {
        if !s.is_empty() {
            s.push('\n');
        }
        s.push_str(&block.text);
        s.push('\n');
    }
    s
}
