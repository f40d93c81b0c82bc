//! Writers: one output format each, behind one trait, listed in `WRITERS`. A writer gets the whole set of
//! documents and a sink; it never sees a path, raw seed text, or decides validity.

mod epub;
mod json;
mod tei;
mod txt;
pub mod xml;

use crate::model::Document;
use std::io::{self, Write};

/// Options a book-like writer may use.
#[derive(Debug, Clone, Default)]
pub struct WriteOptions {
    /// Title of a book of several articles.
    pub title: Option<String>,
    pub author: Option<String>,
    /// Modification time stamped into books, seconds since the epoch (`SOURCE_DATE_EPOCH`; default 1980-01-01).
    pub modified: i64,
    /// A font to embed in books (`--embed-font`).
    pub embed_font: Option<FontFile>,
}

/// A font file given on the command line.
#[derive(Debug, Clone)]
pub struct FontFile {
    pub path: std::path::PathBuf,
    pub bytes: Vec<u8>,
}

pub trait Writer: Sync {
    /// The `--to` value.
    fn name(&self) -> &'static str;
    /// File extension for per-input outputs.
    fn extension(&self) -> &'static str;
    /// One line for `--help`.
    fn about(&self) -> &'static str;
    /// Binary formats never go to a terminal.
    fn is_binary(&self) -> bool {
        false
    }
    fn write(&self, docs: &[Document], options: &WriteOptions, out: &mut dyn Write) -> io::Result<()>;
}

/// Every output format.
pub static WRITERS: &[&dyn Writer] = &[&epub::Epub, &json::Json, &tei::Tei, &txt::Txt];

pub fn find(name: &str) -> Option<&'static dyn Writer> {
    WRITERS.iter().copied().find(|w| w.name() == name)
}

pub use epub::chapter as epub_chapter;
pub use txt::canonical_text;
