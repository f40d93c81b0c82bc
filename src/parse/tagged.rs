//! Seeds whose lines carry the HTML element each came from: `[P] Đoạn văn`, `[LI] Trang chủ`, `[H1] Tiêu đề`
//! (crawlers that walk a page's block elements and print each element's name before its text). Read as plain
//! text, the tag hides what the layouts and detectors look for (a menu entry reads `[LI] Giỏ hàng`, the
//! headline `[H1] …`); it is also no part of the text a reader wants.
//!
//! `normalise` turns such a seed into the lines the Markdown-aware parts of the parser know: a heading keeps
//! its level as `#`s (`[H2] x` → `## x`, read as a heading by `edges::markup_heading`), a list item becomes a
//! `* ` bullet (menus and related lists are runs of bullets), a blockquote `> `, any other element its bare
//! text. It applies when the tags are the seed's structure, not a stray bracket: five tagged lines at least,
//! and half the non-blank lines. The field label a dump prints right above its tagged block (`Content with
//! tag:`, under `Title:` / `URL:`) goes with the tags (rule `tagged-label`). Line numbers are kept.
//!
//! Hand-written: a dozen lines of prefix matching that no crate does for this (an HTML parser has no input
//! here: the markup is already gone but for the names).

use super::boilerplate::RemovedKind;
use crate::decode::clean::{Cleaned, Line};
use crate::model::Removed;

/// Element names a crawler prints before an element's text: those whose stray tags decoding removes
/// (`decode::tags::ELEMENTS`), and the sectioning and text-level ones it leaves to articles that quote them.
const MORE_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "button",
    "caption",
    "code",
    "figcaption",
    "footer",
    "header",
    "label",
    "nav",
    "section",
    "summary",
    "time",
    "title",
];

/// The element name and the text of a line that opens with `[NAME] ` (any case), or `None`.
fn tagged(text: &str) -> Option<(String, &str)> {
    let rest = text.strip_prefix('[')?;
    let close = rest.find(']')?;
    let name = rest[..close].to_ascii_lowercase();
    if !(crate::decode::tags::ELEMENTS.contains(&name.as_str()) || MORE_ELEMENTS.contains(&name.as_str())) {
        return None;
    }
    let after = &rest[close + 1..];
    // `[P]` alone (an empty element) or `[P] text`; `[a]b` is no tag.
    (after.is_empty() || after.starts_with(' ')).then(|| (name, after.trim()))
}

/// A field label alone on its line (`Content with tag:`, `Nội dung:`): at most five words, ending with `:`.
fn is_label(text: &str) -> bool {
    text.ends_with(':') && text.split_whitespace().count() <= 5 && !text.contains("://")
}

/// The plain lines of a seed whose lines are tagged with their elements, the removed field label, and the
/// number of tags taken off; `None` when the seed is not written that way.
pub fn normalise(cleaned: &Cleaned) -> Option<(Cleaned, Vec<Removed>, usize)> {
    let nonblank = cleaned.lines.iter().filter(|l| !l.text.is_empty()).count();
    let tags = cleaned.lines.iter().filter(|l| tagged(&l.text).is_some()).count();
    if tags < 5 || tags * 2 < nonblank {
        return None;
    }
    let first = cleaned.lines.iter().position(|l| tagged(&l.text).is_some())?;
    let label = cleaned.lines[..first].iter().rposition(|l| !l.text.is_empty()).filter(|&i| {
        let text = &cleaned.lines[i].text;
        // The dump's own header (`Title: …`, `URL: …`) stands above the label.
        is_label(text) && i > 0
    });
    let mut removed = Vec::new();
    let mut lines = Vec::with_capacity(cleaned.lines.len());
    for (n, line) in cleaned.lines.iter().enumerate() {
        if Some(n) == label {
            removed.push(Removed {
                kind: RemovedKind::Navigation.as_str().into(),
                text: line.text.clone(),
                line: line.no,
                rule: "tagged-label".into(),
            });
            continue;
        }
        let text = match tagged(&line.text) {
            Some((_, "")) => String::new(),
            Some((name, inner)) => match name.as_str() {
                "h1" | "h2" | "h3" | "h4" | "h5" | "h6" => {
                    let level = usize::from(name.as_bytes()[1] - b'0');
                    format!("{} {inner}", "#".repeat(level))
                }
                "li" => format!("* {inner}"),
                "blockquote" => format!("> {inner}"),
                _ => inner.to_string(),
            },
            None => line.text.clone(),
        };
        lines.push(Line { text, ..line.clone() });
    }
    Some((Cleaned { lines, repairs: cleaned.repairs.clone() }, removed, tags))
}

#[cfg(test)]
mod tests {
    use super::normalise;
    use crate::decode::clean::{Cleaned, Line};

    fn cleaned(text: &str) -> Cleaned {
        let lines = text
            .lines()
            .enumerate()
            .map(|(i, t)| Line { no: i + 1, text: t.to_string(), indented: false, open_end: false, indent: 0 })
            .collect();
        Cleaned { lines, repairs: Vec::new() }
    }

    #[test]
    fn tagged_lines_become_markdown_lines() {
        let seed = "Title: Du Lịch Thái Bình\nURL: https://a.vn/du-lich/\n\nContent with tag:\n[LI] Trang chủ\n\
                    [LI] Liên hệ\n[H1] Du Lịch Thái Bình – 10 Địa Điểm\n[P] Thái Bình là một tỉnh ven biển.\n\
                    [H3] 1. Biển Cồn Đen\n[P] Biển Cồn Đen nổi tiếng [P] với cảnh sắc.\n[P]";
        let (out, removed, tags) = normalise(&cleaned(seed)).unwrap();
        let texts: Vec<&str> = out.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Title: Du Lịch Thái Bình",
                "URL: https://a.vn/du-lich/",
                "",
                "* Trang chủ",
                "* Liên hệ",
                "# Du Lịch Thái Bình – 10 Địa Điểm",
                "Thái Bình là một tỉnh ven biển.",
                "### 1. Biển Cồn Đen",
                // Only a line's opening tag is the crawler's.
                "Biển Cồn Đen nổi tiếng [P] với cảnh sắc.",
                "",
            ]
        );
        assert_eq!(out.lines[3].no, 5);
        assert_eq!(tags, 7);
        assert_eq!(removed.len(), 1);
        assert_eq!((removed[0].text.as_str(), removed[0].rule.as_str()), ("Content with tag:", "tagged-label"));
    }

    #[test]
    fn a_stray_bracket_is_no_tag_layout() {
        assert!(normalise(&cleaned("[A] Phương án A.\n[B] Phương án B.\nCâu hỏi một.\nCâu hai.\nCâu ba.")).is_none());
        let few = "[P] Một.\n[P] Hai.\nBa.\nBốn.\nNăm.\nSáu.\nBảy.\nTám.\nChín.\nMười.\nMười một.";
        assert!(normalise(&cleaned(few)).is_none());
        // `[a]b`, `[xyz] …`: no element names.
        assert!(normalise(&cleaned("[xyz] a\n[xyz] b\n[xyz] c\n[xyz] d\n[xyz] e\n[p]x")).is_none());
    }
}
