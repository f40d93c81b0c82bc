//! seeds-convert turns raw scraped Vietnamese news text ("seed files") into clean, validated documents.
//!
//! ```text
//! bytes --decode--> text --clean--> NFC lines --parse--> Document (+ removed boilerplate) --check--> diagnostics
//!                                                            \--write--> epub | pdf | tei | json | txt
//! ```
//!
//! `decode` (bytes to text, with an explicit outcome) → `decode::clean` (NFC lines, counted repairs) →
//! `parse` (layout, `parse::boilerplate` detectors, blocks) → `check` (diagnostics, JSON Schema) → `write`
//! (one `Writer` per format). `pipeline::process` runs one seed through all of it in memory; the
//! `seeds-convert` binary adds the command line, parallel runs and atomic output on top.
//!
//! The whole pipeline on one seed:
//!
//! ```
//! use seeds_convert::{input::SeedInput, pipeline::{process, ReadOptions}, model::BlockKind};
//!
//! let seed = "http://www.vietnamplus.vn/bai-viet/301816.vnp\n-----------------\n\
//!             Hội nghị tổng kết\n-----------------\n\
//!             Sáng 13/1, tại Hà Nội, hội nghị đã khai mạc.Các đại biểu thảo luận. (TTXVN)\n";
//! let seed = SeedInput { name: "a.txt".into(), bytes: seed.as_bytes().to_vec(), sidecar: None };
//! let done = process(&seed, &ReadOptions::default());
//! assert!(done.is_valid());
//! let doc = done.document;
//! assert_eq!(doc.title.as_deref(), Some("Hội nghị tổng kết"));
//! assert_eq!(doc.layout, "url-separator");
//! assert_eq!(doc.blocks[0].text, "Sáng 13/1, tại Hà Nội, hội nghị đã khai mạc. Các đại biểu thảo luận.");
//! assert_eq!(doc.blocks[1].kind, BlockKind::Attribution);
//! ```

pub mod check;

pub mod decode;
pub mod error;
pub mod input;
pub mod link;
pub mod model;
pub mod parse;
pub mod pipeline;
pub mod report;
pub mod source;
pub mod write;

pub use error::{Error, ExitStatus};
pub use model::{Block, BlockKind, Document, Removed, Repair};
