//! The canonical clean seed (`--to txt`, what `fix` writes), read back exactly: a seed whose first line is
//! [`MARKER`] is not guessed at. Its `# key = value` header lines give the metadata and say which blocks are
//! not paragraphs; the line after them is the title (a blank line there: no title); the blocks follow,
//! separated by blank lines, and each is taken as it is — no layout detection, no boilerplate detector, no
//! sentence splitting. So `parse(fix(x)) == parse(x)` and `fix(fix(x)) == fix(x)` hold by construction,
//! whatever the detectors become. `write::canonical_text` writes this form.
//!
//! ```text
//! # format = seeds-convert canonical 1
//! # url = https://a.vn/x
//! # date = 2024-05-26
//! # lead = 1
//! # headings = 3
//! Tiêu đề
//!
//! Sapo của bài.
//!
//! Đoạn một.
//!
//! Tiêu đề phụ
//! ```

use super::layout::{Field, Meta};
use crate::decode::clean::Line;
use crate::model::{Block, BlockKind};

/// The first line of a canonical seed.
pub const MARKER: &str = "# format = seeds-convert canonical 1";

/// The header key that lists the (1-based) blocks of each kind other than paragraph.
pub fn kind_key(kind: BlockKind) -> Option<&'static str> {
    match kind {
        BlockKind::Paragraph => None,
        BlockKind::Lead => Some("lead"),
        BlockKind::Heading => Some("headings"),
        BlockKind::Caption => Some("captions"),
        BlockKind::Attribution => Some("attributions"),
    }
}

/// True when `lines` (cleaned) are a canonical seed: the first non-blank line is [`MARKER`].
pub fn is_canonical(lines: &[Line]) -> bool {
    lines.iter().find(|l| !l.text.is_empty()).is_some_and(|l| l.text == MARKER)
}

/// Reads a canonical seed: its metadata and its blocks.
pub fn read(lines: &[Line]) -> (Meta, Vec<Block>) {
    let mut meta = Meta::default();
    let mut kinds: Vec<(usize, BlockKind)> = Vec::new();
    let start = lines.iter().position(|l| !l.text.is_empty()).map_or(lines.len(), |i| i + 1);
    let mut i = start;
    while let Some((key, value)) = lines.get(i).and_then(|l| header(&l.text)) {
        let field = || Some(Field { text: value.to_string(), line: lines[i].no });
        match key {
            "url" => meta.url = field(),
            "title" => meta.title = field(),
            "date" => meta.date = Some(value.to_string()),
            "publisher" => meta.publisher = Some(value.to_string()),
            "category" => meta.category = Some(value.to_string()),
            "tags" => meta.tags = value.split(", ").map(String::from).collect(),
            key => {
                if let Some(kind) = BlockKind::ALL.iter().copied().find(|&k| kind_key(k) == Some(key)) {
                    kinds.extend(value.split(", ").filter_map(|n| n.parse().ok()).map(|n| (n, kind)));
                }
            }
        }
        i += 1;
    }
    if meta.title.is_none() {
        if let Some(line) = lines.get(i).filter(|l| !l.text.is_empty()) {
            meta.title = Some(Field { text: line.text.clone(), line: line.no });
            i += 1;
        }
    }
    let mut blocks: Vec<Block> = Vec::new();
    let mut open = false;
    for line in lines.get(i..).unwrap_or_default() {
        if line.text.is_empty() {
            open = false;
            continue;
        }
        match blocks.last_mut() {
            Some(block) if open => {
                block.text.push('\n');
                block.text.push_str(&line.text);
            }
            _ => blocks.push(Block {
                kind: BlockKind::Paragraph,
                text: line.text.clone(),
                line: line.no,
                inferred: false,
            }),
        }
        open = true;
    }
    for (n, kind) in kinds {
        if let Some(block) = n.checked_sub(1).and_then(|n| blocks.get_mut(n)) {
            block.kind = kind;
        }
    }
    (meta, blocks)
}

/// A header line of a canonical seed: `# key = value`, split at the first ` = `.
fn header(line: &str) -> Option<(&str, &str)> {
    let rest = line.strip_prefix("# ")?;
    let (key, value) = rest.split_once(" = ")?;
    const KEYS: &[&str] =
        &["url", "title", "date", "publisher", "category", "tags", "lead", "headings", "captions", "attributions"];
    KEYS.contains(&key).then_some((key, value))
}
