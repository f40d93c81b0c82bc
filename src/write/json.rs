//! `--to json`: the document model as JSON (the contract in `schemas/document.schema.json`). One document
//! is pretty-printed; several are JSON Lines, one document per line.

use super::Writer;
use crate::model::Document;
use std::io::{self, Write};

pub(super) struct Json;

impl Writer for Json {
    fn name(&self) -> &'static str {
        "json"
    }
    fn about(&self) -> &'static str {
        "the document model as JSON; JSON Lines for several inputs"
    }
    fn extensions(&self) -> &'static [&'static str] {
        &["json", "jsonl"]
    }
    fn streams(&self) -> bool {
        true
    }
    fn write_part(&self, _: usize, total: usize, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
        if total == 1 {
            serde_json::to_writer_pretty(&mut *out, doc)?;
        } else {
            serde_json::to_writer(&mut *out, doc)?;
        }
        writeln!(out)
    }
}
