//! Rules about the parsed document: title, body, URL header, leftover boilerplate.

use super::{Context, Diagnostic, Meta, Rule, Severity};
use crate::model::BlockKind;
use crate::parse::boilerplate::features;

/// What it does: flags a seed with no title. Why: a book needs a chapter title; the JSON keeps `null`
/// (never a title invented from the first sentence). A warning, an error under `--strict`.
pub(super) struct MissingTitle;

impl Rule for MissingTitle {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC101",
            name: "missing-title",
            summary: "the seed has no title (an error under --strict)",
            severity: Severity::Warning,
            strict_severity: Severity::Error,
            fixable: false,
            help: "Add the headline as the first line (after the URL line, if any); `--strict` makes this an error.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let p = cx.parsed;
        if p.document.title.is_none() && p.meta.title_is_paragraph.is_none() {
            out.push(cx.at_line(self, 1, format!("no title found (layout `{}`)", p.layout.name())));
        } else if p.document.title.as_deref().is_some_and(|t| !crate::model::has_text(t)) {
            // Only spaces, controls or noncharacters: books show the no-title label instead (`display_title`).
            let line = p.meta.title.as_ref().map_or(1, |f| f.line.max(1));
            out.push(cx.at_line(self, line, "the title has nothing to show (only noncharacters or spaces)".into()));
        }
    }
}

/// What it does: flags a seed with no article text left once metadata and boilerplate are taken out.
/// Why: there is nothing to read.
pub(super) struct MissingBody;

impl Rule for MissingBody {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC102",
            name: "missing-body",
            summary: "no article text is left after metadata and boilerplate",
            severity: Severity::Error,
            strict_severity: Severity::Error,
            fixable: false,
            help: "Put the article's text in the seed; if real text was taken for boilerplate, a `--rules` FILE (tried before the built-in rules) can keep it, and the wrong removal is worth reporting.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let doc = &cx.parsed.document;
        // A news brief (title, sapo, credit) is still an article: the lead counts as body text.
        let has_body =
            doc.blocks.iter().any(|b| matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading | BlockKind::Lead));
        if !has_body {
            let line = cx.cleaned.lines.iter().rev().find(|l| !l.text.is_empty()).map_or(1, |l| l.no);
            let why = if doc.removed.is_empty() { "" } else { " (everything after the title was boilerplate)" };
            out.push(cx.at_line(self, line, format!("the seed has no article body{why}")));
        }
    }
}

/// What it does: flags a first line that should be a title but reads as a paragraph (long, several
/// sentences): typically a title fused with the lead. Why: it cannot be split reliably, so the document
/// gets no title and the line stays the first paragraph. A warning, an error under `--strict`.
pub(super) struct TitleIsParagraph;

impl Rule for TitleIsParagraph {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC103",
            name: "title-is-paragraph",
            summary: "the title line reads as a paragraph (title fused with the lead?); kept as text (an error under --strict)",
            severity: Severity::Warning,
            strict_severity: Severity::Error,
            fixable: false,
            help: "Put the real headline on the first line, or a blank line between a headline and the lead fused with it.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let meta = &cx.parsed.meta;
        if let Some(line) = meta.title_is_paragraph {
            out.push(cx.at_line(
                self,
                line,
                "the title line reads as a paragraph, so the document has no title; the line is kept as text".into(),
            ));
        } else if let Some(title) = meta.title.as_ref().filter(|t| crate::parse::layout::looks_like_paragraph(&t.text))
        {
            let n = title.text.chars().count();
            out.push(cx.at_line(self, title.line, format!("the title reads as a paragraph ({n} characters)")));
        }
    }
}

/// What it does: flags a URL header (`http…` line, `# url =`, `LINK:`) that is not a valid absolute
/// http(s) URL. Why: provenance is the point of the header; a broken one is worse than none.
pub(super) struct InvalidUrl;

impl Rule for InvalidUrl {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC104",
            name: "invalid-url",
            summary: "the URL header is not a valid http(s) URL",
            severity: Severity::Error,
            strict_severity: Severity::Error,
            fixable: false,
            help: "Correct the URL on the first line (http:// or https://, a host, no spaces), or remove the line.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let Some(field) = &cx.parsed.meta.url else { return };
        if let Err(why) = crate::link::parse(&field.text) {
            let mut d = cx.at_line(self, field.line, format!("`{}` is not a valid http(s) URL: {why}", field.text));
            if field.line == 0 {
                d.message.push_str(" (in the sidecar .info.txt)");
            }
            out.push(d);
        }
    }
}

/// What it does: flags a short paragraph that looks like site furniture (comment, share, related-article or
/// contact widgets) that no rule recognised, so it stayed in the article. Why: it is probably boilerplate
/// the rules do not know yet; add a `--rules` entry, or ignore the warning if it is article text.
pub(super) struct SuspectBoilerplate;

impl Rule for SuspectBoilerplate {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC105",
            name: "suspect-boilerplate",
            summary: "a short paragraph looks like boilerplate that no rule could attribute",
            severity: Severity::Warning,
            strict_severity: Severity::Warning,
            fixable: false,
            help: "If the paragraph is site furniture, add a line rule for it (`--rules FILE`, see schemas/rules.schema.json); if it is article text, nothing needs doing.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for block in cx.parsed.document.blocks.iter().filter(|b| b.kind != BlockKind::Caption) {
            if !crate::parse::text::more_chars_than(&block.text, 120)
                && !block.inferred
                && features::is_suspect(&block.text)
            {
                let msg = format!("`{}` looks like boilerplate but no rule matched it (kept)", block.text);
                out.push(cx.at_line(self, block.line, msg));
            }
        }
    }
}

/// What it does: flags words that mix look-alike letters (Cyrillic, Greek, small capitals) with Latin
/// ones (`ʀấт тнấᴘ`). Why: spam written so escapes filters and search; `fix` and `--fold-lookalikes` map
/// them back to Latin letters.
pub(crate) struct LookalikeLetters;

impl Rule for LookalikeLetters {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC010",
            name: "lookalike-letters",
            summary: "words mix look-alike letters (Cyrillic, Greek, small capitals) with Latin ones; fixable",
            severity: Severity::Warning,
            strict_severity: Severity::Warning,
            fixable: true,
            help: "Run `seeds-convert fix FILE` (or convert with `--fold-lookalikes`) to map the look-alike letters back to Latin ones.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let found = &cx.parsed.lookalikes;
        if let Some((line, word)) = found.first() {
            let more = if found.len() > 1 { format!(" (and {} more)", found.len() - 1) } else { String::new() };
            let msg = format!(
                "`{word}` mixes look-alike letters with Latin ones{more}; `seeds-convert fix` or --fold-lookalikes maps them back"
            );
            out.push(cx.at_line(self, *line, msg));
        }
    }
}
