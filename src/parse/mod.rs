//! Clean lines → `Document`. The layout decides what is metadata, lead and body (`layout`); the body is
//! then turned into blocks with boilerplate stripped and recorded (`body`, `rules`, `text`).

pub mod body;
mod first_chars;
pub mod layout;
pub mod rules;
pub mod text;

pub use layout::{Layout, Meta};
pub use rules::Rules;

use crate::decode::clean::Cleaned;
use crate::model::{Block, BlockKind, Document, Repair};

/// How to parse.
#[derive(Debug, Clone)]
pub struct ParseOptions {
    /// Force a layout instead of detecting one.
    pub layout: Option<Layout>,
    pub rules: Rules,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions { layout: None, rules: Rules::builtin() }
    }
}

/// A parsed seed: the document, plus where its metadata came from (for diagnostics).
#[derive(Debug)]
pub struct Parsed {
    pub document: Document,
    pub layout: Layout,
    pub meta: Meta,
}

/// Parses the cleaned lines of one seed (and of its sidecar, if it has one).
pub fn parse(
    source: &str,
    encoding: &str,
    cleaned: &Cleaned,
    sidecar: Option<&Cleaned>,
    options: &ParseOptions,
) -> Parsed {
    let layout = options.layout.unwrap_or_else(|| layout::detect(&cleaned.lines, sidecar.is_some()));
    let frame = layout::frame(layout, &cleaned.lines, sidecar.map(|s| s.lines.as_slice()));
    let body = body::parse_body(&frame.body, layout.body_style(), &options.rules);

    let mut blocks = Vec::with_capacity(body.blocks.len() + 1);
    if let Some(lead) = &frame.lead {
        let (text, _) = text::unglue_sentences(&lead.text);
        blocks.push(Block { kind: BlockKind::Lead, text, line: lead.line, inferred: false });
    }
    blocks.extend(body.blocks);

    let mut repairs = cleaned.repairs.clone();
    for (kind, count) in [("glued-sentences", body.unglued), ("joined-lines", body.joined)] {
        if count > 0 {
            repairs.push(Repair { kind: kind.to_string(), count });
        }
    }
    let meta = frame.meta;
    let document = Document {
        source: source.to_string(),
        title: meta.title.as_ref().map(|f| f.text.clone()),
        url: meta.url.as_ref().map(|f| f.text.clone()),
        date: meta.date.clone().or(body.byline_date),
        publisher: meta.publisher.clone(),
        category: meta.category.clone(),
        tags: meta.tags.clone(),
        language: "vi".to_string(),
        encoding: encoding.to_string(),
        layout: layout.name().to_string(),
        repairs,
        blocks,
        removed: body.removed,
    };
    Parsed { document, layout, meta }
}
