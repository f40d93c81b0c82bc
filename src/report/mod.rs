//! Renderers for `check` results, one per `--format`. They only format diagnostics; they decide nothing.
//! Reports stream: a `Reporter` writes each file's diagnostics as soon as it has them and a summary at the
//! end, so a run over a huge corpus holds one file's diagnostics at a time.

mod explain;
mod github;
mod human;
mod json;

pub use explain::{explain, rule_list};

use crate::check::{Diagnostic, Severity};
use std::borrow::Cow;
use std::io::{self, Write};

/// Text safe to print on a terminal: control characters (ESC, so no escape sequences or OSC hyperlinks;
/// CR and LF, so no forged lines), C1 controls, and the bidi embeddings, overrides and isolates (which
/// reorder what follows them, "Trojan Source") are shown escaped, `\u{1b}` style. File names and seed text
/// reach the terminal through here.
pub fn terminal_safe(s: &str) -> Cow<'_, str> {
    if !s.chars().any(needs_escape) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars() {
        if needs_escape(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Control characters and the bidi formatting characters.
pub fn needs_escape(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200e}' | '\u{200f}' | '\u{061c}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// The diagnostics of one file.
pub struct FileReport<'a> {
    /// The seed's name as given.
    pub path: &'a str,
    /// Its diagnostics, sorted by position.
    pub diagnostics: &'a [Diagnostic],
}

impl FileReport<'_> {
    /// No error among the diagnostics.
    pub fn valid(&self) -> bool {
        !crate::check::has_errors(self.diagnostics)
    }
}

/// A report format (`check --format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// ruff-style lines with the source line quoted.
    Human,
    /// `schemas/diagnostics.schema.json`.
    Json,
    /// GitHub Actions annotations.
    Github,
}

/// Totals over the files reported so far.
#[derive(Debug, Default, Clone, Copy)]
pub struct Totals {
    /// Files reported.
    pub files: usize,
    /// Error diagnostics.
    pub errors: usize,
    /// Warning diagnostics.
    pub warnings: usize,
    /// Files with at least one error.
    pub bad_files: usize,
}

/// Writes reports in one format, file by file.
pub struct Reporter {
    format: Format,
    totals: Totals,
}

impl Reporter {
    /// A reporter writing `format`.
    pub fn new(format: Format) -> Self {
        Reporter { format, totals: Totals::default() }
    }

    /// Writes one file's report.
    pub fn file(&mut self, report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
        let first = self.totals.files == 0;
        self.totals.files += 1;
        self.totals.bad_files += usize::from(!report.valid());
        for d in report.diagnostics {
            match d.severity {
                Severity::Error => self.totals.errors += 1,
                Severity::Warning => self.totals.warnings += 1,
            }
        }
        match self.format {
            Format::Human => human::file(report, out),
            Format::Json => json::file(report, first, out),
            Format::Github => github::file(report, out),
        }
    }

    /// Writes the closing part (summary line, JSON's `]`) and returns the totals.
    pub fn finish(self, out: &mut dyn Write) -> io::Result<Totals> {
        match self.format {
            Format::Human => human::finish(&self.totals, out)?,
            Format::Json => json::finish(self.totals.files == 0, out)?,
            Format::Github => {}
        }
        Ok(self.totals)
    }
}

/// Writes `reports` in `format` in one go.
pub fn render(format: Format, reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    let mut reporter = Reporter::new(format);
    for report in reports {
        reporter.file(report, out)?;
    }
    reporter.finish(out).map(|_| ())
}
