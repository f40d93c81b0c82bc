//! Renderers for `check` results, one per `--format`. They only format diagnostics; they decide nothing.

mod github;
mod human;
mod json;

use crate::check::Diagnostic;
use std::io::{self, Write};

/// The diagnostics of one file.
pub struct FileReport<'a> {
    pub path: &'a str,
    pub diagnostics: &'a [Diagnostic],
}

impl FileReport<'_> {
    pub fn valid(&self) -> bool {
        !crate::check::has_errors(self.diagnostics)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Human,
    Json,
    Github,
}

impl Format {
    pub const ALL: &'static [(&'static str, Format)] =
        &[("human", Format::Human), ("json", Format::Json), ("github", Format::Github)];
}

/// Writes `reports` in `format`.
pub fn render(format: Format, reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    match format {
        Format::Human => human::render(reports, out),
        Format::Json => json::render(reports, out),
        Format::Github => github::render(reports, out),
    }
}
