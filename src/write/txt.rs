//! `--to txt`: the canonical clean seed: URL line (if any), title line (if any), then blank-line separated
//! blocks. `check` on it is clean, and reading it back gives the same blocks. Several documents are
//! separated by a line holding a single form feed (U+000C).

use super::Writer;
use crate::model::{BlockKind, Document};
use crate::parse::canonical::{kind_key, MARKER};
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

/// The canonical clean seed for one document (`parse::canonical` reads it back exactly): the marker line,
/// `# key = value` header lines for the metadata and for the blocks that are not paragraphs, the title line
/// (blank when there is none), then the blocks separated by blank lines. Text that cleaning would change
/// on the way back in (an HTML entity or tag spelled out in the article) is escaped so that it comes back
/// as it is.
pub fn canonical_text(doc: &Document) -> String {
    let mut s = String::from(MARKER);
    s.push('\n');
    let tags = doc.tags.join(", ");
    // A title that reads as a header line goes in a header of its own.
    let title_header = doc.title.as_deref().filter(|t| t.starts_with('#'));
    let fields = [
        ("url", doc.url.as_deref()),
        ("title", title_header),
        ("date", doc.date.as_deref()),
        ("publisher", doc.publisher.as_deref()),
        ("category", doc.category.as_deref()),
        ("tags", Some(tags.as_str()).filter(|t| !t.is_empty())),
    ];
    for (key, value) in fields {
        if let Some(v) = value {
            s.push_str(&format!("# {key} = {}\n", escape(v)));
        }
    }
    for &kind in BlockKind::ALL {
        let Some(key) = kind_key(kind) else { continue };
        let numbers: Vec<String> =
            doc.blocks.iter().enumerate().filter(|(_, b)| b.kind == kind).map(|(i, _)| (i + 1).to_string()).collect();
        if !numbers.is_empty() {
            s.push_str(&format!("# {key} = {}\n", numbers.join(", ")));
        }
    }
    // The title line, or a blank line for none; then the blocks, a blank line between two.
    let title_line = doc.title.as_deref().filter(|_| title_header.is_none());
    s.push_str(&title_line.map_or("".into(), escape));
    s.push('\n');
    for (i, block) in doc.blocks.iter().enumerate() {
        if i > 0 || title_line.is_some() {
            s.push('\n');
        }
        s.push_str(&escape(&block.text));
        s.push('\n');
    }
    s
}

/// `text` such that cleaning gives it back: a line that cleaning would change (an entity such as `&amp;`
/// or a tag such as `<p>` spelled out in the article, which cleaning decodes or strips) gets its `&` and
/// `<` written as `&amp;` and `&lt;`, which cleaning turns back into them.
fn escape(text: &str) -> std::borrow::Cow<'_, str> {
    // Whether cleaning `written` gives `text` back.
    let stable = |written: &str| {
        let cleaned = crate::decode::clean::clean(written);
        cleaned.lines.iter().map(|l| l.text.as_str()).eq(text.split('\n'))
    };
    if !text.contains(['&', '<']) || stable(text) {
        return text.into();
    }
    let escaped = text.replace('&', "&amp;").replace('<', "&lt;");
    if stable(&escaped) {
        escaped.into()
    } else {
        text.into()
    }
}

#[cfg(test)]
mod tests {
    use super::escape;

    #[test]
    fn text_that_cleaning_would_change_is_escaped() {
        assert_eq!(escape("AT&T và NN&PTNT;"), "AT&T và NN&PTNT;");
        assert_eq!(escape("&lt;p&gt; và &amp; nữa"), "&amp;lt;p&amp;gt; và &amp;amp; nữa");
        assert_eq!(escape("<b>Giá</b> vàng"), "&lt;b>Giá&lt;/b> vàng");
    }
}
