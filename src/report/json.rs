//! `--format json`: `[{"path", "valid", "diagnostics": [{"code","severity","line","column","message"}]}]`,
//! described by `schemas/diagnostics.schema.json`. Streamed one entry at a time, byte for byte the same
//! as serde_json's pretty printing of the whole array.

use super::FileReport;
use serde::Serialize;
use std::io::{self, Write};

#[derive(Serialize)]
struct Entry<'a> {
    path: &'a str,
    valid: bool,
    diagnostics: &'a [crate::check::Diagnostic],
}

pub(super) fn file(report: &FileReport, first: bool, out: &mut dyn Write) -> io::Result<()> {
    let entry = Entry { path: report.path, valid: report.valid(), diagnostics: report.diagnostics };
    let pretty = serde_json::to_string_pretty(&entry)?;
    out.write_all(if first { b"[\n" } else { b",\n" })?;
    for (i, line) in pretty.lines().enumerate() {
        if i > 0 {
            out.write_all(b"\n")?;
        }
        write!(out, "  {line}")?;
    }
    Ok(())
}

pub(super) fn finish(empty: bool, out: &mut dyn Write) -> io::Result<()> {
    out.write_all(if empty { b"[]\n" } else { b"\n]\n" })
}
