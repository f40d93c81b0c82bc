//! `--format human`: `path:line:col: severity[CODE] message`, a source snippet with a caret, and a summary.

use super::{terminal_safe, FileReport, Totals};
use std::io::{self, Write};

pub(super) fn file(report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
    for d in report.diagnostics {
        // Names and messages (which quote the seed) go to a terminal: escaped, see `terminal_safe`.
        let (path, message) = (terminal_safe(report.path), terminal_safe(&d.message));
        writeln!(out, "{path}:{}:{}: {}[{}] {message}", d.line, d.column, d.severity.as_str(), d.code)?;
        if let Some(snippet) = &d.snippet {
            let snippet = shorten(snippet, d.column);
            let gutter = d.line.to_string().len();
            writeln!(out, "{:gutter$} |", "")?;
            writeln!(out, "{} | {}", d.line, snippet.text)?;
            writeln!(out, "{:gutter$} | {:>width$}", "", "^", width = snippet.caret)?;
        }
        if d.fixable {
            writeln!(out, "  help: fixable with seeds-convert fix")?;
        }
    }
    Ok(())
}

pub(super) fn finish(t: &Totals, out: &mut dyn Write) -> io::Result<()> {
    writeln!(
        out,
        "checked {} file(s): {} error(s), {} warning(s); {} file(s) not well-formed",
        t.files, t.errors, t.warnings, t.bad_files
    )
}

struct Snippet {
    text: String,
    /// 1-based position of the caret in `text`, in characters.
    caret: usize,
}

/// How a control character is shown, so that it is visible and never mistaken for U+FFFD (SC005's sign):
/// C0 controls and DEL as their control pictures (`␀`, `␉`, `␡`), C1 controls as an escape (`\u{92}`).
fn visible(c: char) -> Vec<char> {
    match u32::from(c) {
        cp @ 0..=0x1F => vec![char::from_u32(0x2400 + cp).unwrap_or(c)],
        0x7F => vec!['\u{2421}'],
        cp @ 0x80..=0x9F => format!("\\u{{{cp:x}}}").chars().collect(),
        cp if super::needs_escape(c) => format!("\\u{{{cp:x}}}").chars().collect(),
        _ => vec![c],
    }
}

/// Long lines (a whole one-line body) are cut to a window around the column.
fn shorten(line: &str, column: usize) -> Snippet {
    const WIDTH: usize = 100;
    // The caret column counts characters of `line`; an escape widens its character, so the column moves.
    let mut chars: Vec<char> = Vec::with_capacity(line.len());
    let mut shown_column = None;
    for (i, c) in line.chars().enumerate() {
        if i + 1 == column {
            shown_column = Some(chars.len() + 1);
        }
        // Controls shown as control pictures or `\u{92}` (never `�`, which is SC005's sign); bidi
        // overrides too, so a snippet cannot reorder the terminal line.
        if super::needs_escape(c) {
            chars.extend(visible(c));
        } else {
            chars.push(c);
        }
    }
    let column = shown_column.unwrap_or(column + chars.len().saturating_sub(line.chars().count()));
    let column = column.clamp(1, chars.len().max(1));
    if chars.len() <= WIDTH {
        return Snippet { text: chars.iter().collect(), caret: column };
    }
    let start = column.saturating_sub(WIDTH / 2).min(chars.len() - WIDTH);
    let mut text = String::new();
    if start > 0 {
        text.push('…');
    }
    text.extend(&chars[start..start + WIDTH]);
    if start + WIDTH < chars.len() {
        text.push('…');
    }
    Snippet { text, caret: column - start + usize::from(start > 0) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_shown_visibly_not_as_replacement_characters() {
        let s = shorten("a\u{92}b\u{1}c\u{7f}", 3);
        assert_eq!(s.text, "a\\u{92}b␁c␡");
        assert_eq!(s.caret, 8, "the caret stays under `b`");
        assert!(!s.text.contains('\u{FFFD}'));
        assert_eq!(shorten("x\u{FFFD}y", 2).text, "x\u{FFFD}y", "a real U+FFFD stays itself");
    }
}
