//! `--format json`: `[{"path", "valid", "diagnostics": [{"code","severity","line","column","message"}]}]`,
//! described by `schemas/diagnostics.schema.json`.

use super::FileReport;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Entry<'a> {
    path: &'a str,
    valid: bool,
    diagnostics: &'a [crate::check::Diagnostic],
}

pub fn render(reports: &[FileReport], out: &mut dyn Write) -> io::Result<()> {
    let entries: Vec<Entry> =
        reports.iter().map(|r| Entry { path: r.path, valid: r.valid(), diagnostics: r.diagnostics }).collect();
    serde_json::to_writer_pretty(&mut *out, &entries)?;
    writeln!(out)
}
