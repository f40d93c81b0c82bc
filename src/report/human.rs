//! `--format human`: `path:line:col: severity[CODE] message`, a source snippet with a caret, and a summary.

use super::{needs_escape, terminal_safe, FileReport, Totals};
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

/// Long lines (a whole one-line body) are cut to a window around the column.
fn shorten(line: &str, column: usize) -> Snippet {
    const WIDTH: usize = 100;
    let chars: Vec<char> = line.chars().map(|c| if needs_escape(c) { '�' } else { c }).collect();
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
