//! Writers: one output format each, behind one trait, listed in `WRITERS`. A writer gets the whole set of
//! documents and a sink; it never sees a path, raw seed text, or decides validity.

mod epub;
pub mod group;
mod html;
mod json;
mod md;
pub mod pdf;
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
    /// Author for book metadata (`--author`).
    pub author: Option<String>,
    /// Modification time stamped into books, seconds since the epoch (`SOURCE_DATE_EPOCH`); `None`: derived
    /// from the content, see [`modified`].
    pub modified: Option<i64>,
    /// A font to embed in books (`--embed-font`).
    pub embed_font: Option<FontFile>,
    /// The font for PDF text (`--font`); default: DejaVu Serif, shipped in the binary.
    pub font: Option<FontFile>,
    /// Page size of PDF output (`--paper`).
    pub paper: Paper,
    /// The book's language, a BCP 47 tag (`--lang`); default `vi`.
    pub language: Option<String>,
    /// The book's publisher (`--publisher`); default: the outlet of a one-article book.
    pub publisher: Option<String>,
    /// The book's publication date, ISO 8601 (`--date`); default: the date of a one-article book.
    pub date: Option<String>,
    /// The book's identifier (`--identifier`, e.g. `urn:isbn:…`); default: a UUID of the content.
    pub identifier: Option<String>,
    /// How a book's contents are grouped (`--group-by`).
    pub group_by: group::GroupBy,
    /// The EPUB's cover image (`--cover`); default: one drawn from the title (`epub`'s `cover_svg`).
    pub cover: Option<CoverImage>,
}

impl WriteOptions {
    /// The book's language: `--lang`, else `vi`.
    pub fn language(&self) -> &str {
        self.language.as_deref().unwrap_or("vi")
    }
}

/// A paper size for paged output.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Paper {
    /// ISO A4, 210 × 297 mm.
    #[value(help = None::<&str>)] // the doc comments are for rustdoc: `--paper`'s help stays a bare list
    #[default]
    A4,
    /// US Letter, 8.5 × 11 in.
    #[value(help = None::<&str>)]
    Letter,
}

impl Paper {
    /// Width and height in PostScript points.
    pub fn size_pt(self) -> (f32, f32) {
        match self {
            Paper::A4 => (595.276, 841.89),
            Paper::Letter => (612.0, 792.0),
        }
    }
}

/// A font file given on the command line.
#[derive(Debug, Clone)]
pub struct FontFile {
    /// Where it was read from; also names the font file an EPUB embeds and gives its type.
    pub path: std::path::PathBuf,
    /// The font file's contents.
    pub bytes: Vec<u8>,
}

/// One output format. A book-like writer (EPUB, PDF, TEI) implements `write` over all documents; a
/// streaming writer (JSON Lines, txt) says `streams` and implements `write_part`, one document at a time,
/// so a run holds one document, not the corpus. Each method has a default in terms of the other, so a
/// writer must implement one of the two.
pub trait Writer: Sync {
    /// The `--to` value.
    fn name(&self) -> &'static str;
    /// One line for `--to`'s help.
    fn about(&self) -> &'static str;
    /// File name extensions (lowercase, without the dot) that mean this format in `-o NAME` when `--to` is
    /// absent; the first is the one `--each` gives its files.
    fn extensions(&self) -> &'static [&'static str];
    /// Binary formats never go to a terminal.
    fn is_binary(&self) -> bool {
        false
    }
    /// True when the output is one part per document, concatenated (`write_part`).
    fn streams(&self) -> bool {
        false
    }
    /// Writes all of `docs`: by default, each through `write_part`.
    fn write(&self, docs: &[Document], options: &WriteOptions, out: &mut dyn Write) -> io::Result<()> {
        let _ = options;
        docs.iter().enumerate().try_for_each(|(i, doc)| self.write_part(i, docs.len(), doc, out))
    }
    /// Writes document `index` (0-based) of `total`: by default, as a book of one.
    fn write_part(&self, index: usize, total: usize, doc: &Document, out: &mut dyn Write) -> io::Result<()> {
        let _ = (index, total);
        self.write(std::slice::from_ref(doc), &WriteOptions::default(), out)
    }
}

/// A cover image given on the command line: JPEG or PNG, as its first bytes say.
#[derive(Debug, Clone)]
pub struct CoverImage {
    /// `jpg` or `png`: the extension of the file the EPUB stores it in.
    pub extension: &'static str,
    /// Its media type, `image/jpeg` or `image/png`.
    pub media_type: &'static str,
    /// The file's contents.
    pub bytes: Vec<u8>,
}

impl CoverImage {
    /// The largest cover accepted, in bytes: a cover is a page-sized picture, a few hundred KB.
    pub const MAX_SIZE: usize = 10 << 20;

    /// A cover from a file's bytes: a JPEG or PNG (by its magic bytes) of at most `MAX_SIZE` bytes, else a
    /// message saying why not.
    pub fn new(bytes: Vec<u8>) -> Result<CoverImage, String> {
        let (extension, media_type) = if bytes.starts_with(b"\xFF\xD8\xFF") {
            ("jpg", "image/jpeg")
        } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
            ("png", "image/png")
        } else {
            return Err("not a JPEG or PNG image".into());
        };
        if bytes.len() > Self::MAX_SIZE {
            return Err(format!("{} bytes, more than a cover's {} MB", bytes.len(), Self::MAX_SIZE >> 20));
        }
        Ok(CoverImage { extension, media_type, bytes })
    }
}

/// The book's title: `--title`, else the one article's title, else a label for a collection.
pub(crate) fn book_title(docs: &[Document], options: &WriteOptions) -> String {
    match (&options.title, docs) {
        (Some(t), _) => t.clone(),
        (None, [doc]) => doc.display_title(),
        (None, docs) => format!("Tuyển tập {} bài báo", docs.len()),
    }
}

/// 1980-01-01T00:00:00Z, the zip epoch: the modification time of a book nothing dates.
pub const UNDATED: i64 = 315_532_800;

/// When the book was last modified, in seconds since the epoch: `SOURCE_DATE_EPOCH` when set, else the
/// newest date of the book (`--date`, its articles' publication dates), else [`UNDATED`]. Derived from the
/// content, never from the clock, so the same input gives the same bytes, and a reader's library sorts
/// the book by the news it holds.
pub fn modified(docs: &[Document], options: &WriteOptions) -> i64 {
    options.modified.unwrap_or_else(|| {
        let dates = docs.iter().filter_map(|d| d.date.as_deref()).chain(options.date.as_deref());
        dates.filter_map(timestamp).max().unwrap_or(UNDATED)
    })
}

/// An ISO 8601 date (`2024`, `2024-05`, `2024-05-26`, with or without a time and offset; a time without an
/// offset is taken as Vietnam's, UTC+7) as seconds since the epoch, at its first instant.
fn timestamp(date: &str) -> Option<i64> {
    use chrono::{DateTime, NaiveDate, NaiveDateTime};
    if let Ok(t) = DateTime::parse_from_rfc3339(date) {
        return Some(t.timestamp());
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(date, "%Y-%m-%dT%H:%M:%S") {
        return Some(t.and_utc().timestamp() - 7 * 3600);
    }
    let padded = match date.len() {
        4 => format!("{date}-01-01"),
        7 => format!("{date}-01"),
        _ => date.to_string(),
    };
    let day = NaiveDate::parse_from_str(&padded, "%Y-%m-%d").ok()?;
    Some(day.and_hms_opt(0, 0, 0)?.and_utc().timestamp())
}

/// `--lang`: a BCP 47 language tag, as far as its shape goes: a 2–3 letter language, then subtags of 1–8 letters or
/// digits (`vi`, `en-US`, `zh-Hant-TW`).
pub fn parse_language(s: &str) -> Result<String, String> {
    let mut parts = s.split('-');
    let first = parts.next().unwrap_or("");
    let ok = (2..=3).contains(&first.len())
        && first.bytes().all(|b| b.is_ascii_alphabetic())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()));
    if ok {
        Ok(s.to_string())
    } else {
        Err("expected a BCP 47 language tag such as vi, en or en-US".into())
    }
}

/// `--date`: an ISO 8601 date, `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (a real day), as EPUB's dc:date takes it.
pub fn parse_date(s: &str) -> Result<String, String> {
    let err = || "expected an ISO 8601 date: 2024, 2024-05 or 2024-05-26".to_string();
    let parts: Vec<&str> = s.split('-').collect();
    let digits = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
    match parts.as_slice() {
        [y] if digits(y, 4) => Ok(s.to_string()),
        [y, m] if digits(y, 4) && digits(m, 2) && ("01"..="12").contains(m) => Ok(s.to_string()),
        [y, m, d] if digits(y, 4) && digits(m, 2) && digits(d, 2) => {
            chrono::NaiveDate::parse_from_str(s, "%Y-%m-%d").map(|_| s.to_string()).map_err(|_| err())
        }
        _ => Err(err()),
    }
}

/// Every output format.
pub static WRITERS: &[&dyn Writer] =
    &[&epub::Epub, &html::Html, &json::Json, &md::Markdown, &pdf::Pdf, &tei::Tei, &txt::Txt];

/// The writer whose extensions include the extension of `path` (any case), as pandoc guesses `-o book.epub`.
pub fn for_output(path: &std::path::Path) -> Option<&'static dyn Writer> {
    let ext = path.extension()?.to_str()?.to_ascii_lowercase();
    WRITERS.iter().copied().find(|w| w.extensions().contains(&ext.as_str()))
}

/// The writer whose `--to` name is `name`.
pub fn find(name: &str) -> Option<&'static dyn Writer> {
    WRITERS.iter().copied().find(|w| w.name() == name)
}

pub use epub::chapter as epub_chapter;
pub use txt::canonical_text;

/// A document of one paragraph with the given metadata, for unit tests of the writers.
#[cfg(test)]
pub(crate) fn test_doc(title: &str, date: Option<&str>, publisher: Option<&str>, category: Option<&str>) -> Document {
    use crate::model::{Block, BlockKind};
    Document {
        source: format!("{title}.txt"),
        title: Some(title.to_string()),
        url: None,
        date: date.map(String::from),
        publisher: publisher.map(String::from),
        category: category.map(String::from),
        tags: vec![],
        language: "vi".into(),
        encoding: "UTF-8".into(),
        layout: "blog".into(),
        repairs: vec![],
        blocks: vec![Block {
            kind: BlockKind::Paragraph,
            text: format!("Nội dung {title}."),
            line: 2,
            inferred: false,
        }],
        removed: vec![],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cover_is_a_jpeg_or_png_by_its_magic_bytes_and_not_too_big() {
        assert_eq!(CoverImage::new(b"\xFF\xD8\xFF\xE0rest".to_vec()).unwrap().media_type, "image/jpeg");
        assert_eq!(CoverImage::new(b"\x89PNG\r\n\x1a\nrest".to_vec()).unwrap().extension, "png");
        assert!(CoverImage::new(b"GIF89a".to_vec()).unwrap_err().contains("not a JPEG or PNG"));
        assert!(CoverImage::new(Vec::new()).is_err());
        let mut big = b"\xFF\xD8\xFF".to_vec();
        big.resize(CoverImage::MAX_SIZE + 1, 0);
        assert!(CoverImage::new(big).unwrap_err().contains("more than a cover's 10 MB"));
    }

    #[test]
    fn dates_become_their_first_instant_in_utc() {
        assert_eq!(timestamp("2013-11-26T09:15:00+07:00"), Some(1_385_432_100));
        assert_eq!(timestamp("2013-11-26T09:15:00"), Some(1_385_432_100)); // Vietnam's time without an offset
        assert_eq!(timestamp("2021-05-01"), Some(1_619_827_200));
        assert_eq!(timestamp("2021-05"), Some(1_619_827_200));
        assert_eq!(timestamp("2021"), Some(1_609_459_200));
        assert_eq!(timestamp("hôm qua"), None);
    }

    #[test]
    fn a_book_is_modified_when_its_newest_date_says_unless_source_date_epoch_is_set() {
        let doc = |date: Option<&str>| test_doc("Tin", date, None, None);
        let docs = [doc(Some("2013-05-26")), doc(None), doc(Some("2021-04-02T10:00:00+07:00")), doc(Some("x"))];
        let options = WriteOptions::default();
        assert_eq!(modified(&docs, &options), 1_617_332_400);
        assert_eq!(modified(&docs[..2], &options), 1_369_526_400);
        assert_eq!(modified(&docs[1..2], &options), UNDATED);
        let dated = WriteOptions { date: Some("2024".into()), ..WriteOptions::default() };
        assert_eq!(modified(&docs, &dated), 1_704_067_200);
        let pinned = WriteOptions { modified: Some(1_700_000_000), ..dated };
        assert_eq!(modified(&docs, &pinned), 1_700_000_000);
    }
}
