//! The document model: what a seed means once decoded and parsed. Its serde form *is* the JSON contract
//! (`schemas/document.schema.json`); a test keeps the two in lockstep, so rename nothing lightly.

use serde::{Deserialize, Serialize};

/// One article, parsed from one seed (plus its sidecar, if it has one).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Document {
    /// Path of the seed as given on the command line (`-` for stdin).
    pub source: String,
    /// The article's headline; `null` when the seed truly has none (never invented).
    pub title: Option<String>,
    /// Source URL from the seed's header or sidecar.
    pub url: Option<String>,
    /// Publication date, ISO 8601 (`2013-05-26`, `2013-05-26T20:44:00+07:00`).
    pub date: Option<String>,
    /// Outlet that published the article (`TTXVN`, `tuoitre.vn`).
    pub publisher: Option<String>,
    /// Section or topic (`Kinh tế`).
    pub category: Option<String>,
    /// Keywords the article is tagged with, from the seed's header or sidecar.
    pub tags: Vec<String>,
    /// BCP 47 language tag of the text; always `vi` for now.
    pub language: String,
    /// The encoding the bytes were actually decoded from (`UTF-8`, `UTF-16LE`, …).
    pub encoding: String,
    /// The layout the parser recognised (see `parse::Layout`).
    pub layout: String,
    /// Normalisations applied to the text, with how often.
    pub repairs: Vec<Repair>,
    /// The article, in reading order.
    pub blocks: Vec<Block>,
    /// Everything stripped from the article, with why and where.
    pub removed: Vec<Removed>,
}

/// One piece of the article's text: a paragraph, heading, caption, …
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    /// What the block is.
    pub kind: BlockKind,
    /// The block's text, cleaned.
    pub text: String,
    /// 1-based line of the seed where the block starts.
    pub line: usize,
    /// True when the paragraph boundaries were inferred (a one-line body split at sentence ends).
    pub inferred: bool,
}

/// The part a block plays in the article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum BlockKind {
    /// The sapo: the summary paragraph that opens a Vietnamese news article.
    Lead,
    /// An ordinary paragraph of the body.
    Paragraph,
    /// A subheading inside the article.
    Heading,
    /// A photo caption (`… Ảnh: TTXVN`).
    Caption,
    /// Credit for the text (`(Theo TTXVN)`, a byline).
    Attribution,
}

impl BlockKind {
    /// Every kind, in declaration order.
    pub const ALL: &'static [BlockKind] =
        &[BlockKind::Lead, BlockKind::Paragraph, BlockKind::Heading, BlockKind::Caption, BlockKind::Attribution];

    /// The kebab-case name used in JSON (`lead`, `paragraph`, …).
    pub fn as_str(self) -> &'static str {
        match self {
            BlockKind::Lead => "lead",
            BlockKind::Paragraph => "paragraph",
            BlockKind::Heading => "heading",
            BlockKind::Caption => "caption",
            BlockKind::Attribution => "attribution",
        }
    }
}

/// A piece of the seed that is not part of the article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Removed {
    /// What it is: one of `parse::boilerplate::RemovedKind` (`reader-comments`, `related-links`, `teasers`,
    /// …), or a kind named in a user's `--rules` file.
    pub kind: String,
    /// The text taken out, trimmed.
    pub text: String,
    /// 1-based line of the seed.
    pub line: usize,
    /// Which rule removed it.
    pub rule: String,
}

/// A normalisation applied to the whole text (`nfc`, `crlf`, `control-chars`, …) and how many times.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Repair {
    /// Which normalisation (`nfc`, `crlf`, `mojibake`, …).
    pub kind: String,
    /// How many times it was applied.
    pub count: usize,
}

impl Document {
    /// A label for tables of contents when the seed has no title; the JSON keeps `title: null`.
    /// A title with nothing to show (only spaces, control characters or noncharacters, which no writer can
    /// put in a `dc:title` or a contents entry) gets the label too.
    pub fn display_title(&self) -> String {
        match &self.title {
            Some(t) if has_text(t) => t.clone(),
            _ => {
                let stem = std::path::Path::new(&self.source).file_stem().and_then(|s| s.to_str()).unwrap_or("");
                format!("(không có tiêu đề) {stem}").trim_end().to_string()
            }
        }
    }
}

/// True when `s` has something to show: a character that is not whitespace, a control character or a
/// noncharacter (U+FDD0–U+FDEF, U+xxFFFE/U+xxFFFF).
pub fn has_text(s: &str) -> bool {
    s.chars().any(|c| !c.is_whitespace() && !c.is_control() && !is_noncharacter(c))
}

fn is_noncharacter(c: char) -> bool {
    let c = u32::from(c);
    (0xFDD0..=0xFDEF).contains(&c) || c & 0xFFFE == 0xFFFE
}

#[cfg(test)]
mod tests {
    use super::has_text;

    #[test]
    fn text_to_show() {
        assert!(has_text("Tiêu đề"));
        assert!(has_text(" \u{1}a"));
        for empty in ["", "  \t", "\u{FFFE}\u{FFFF}", "\u{1}\u{7f}\u{85}", "\u{FDD0}\u{10FFFF} "] {
            assert!(!has_text(empty), "{empty:?}");
        }
    }
}
