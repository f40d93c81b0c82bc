//! One seed through the whole pipeline, in memory: decode → clean → parse → check. No I/O here.

use crate::check::{self, Context, Diagnostic, SchemaValidator};
use crate::decode::{self, clean, tone::ToneStyle};
use crate::input::SeedInput;
use crate::model::Document;
use crate::parse::{self, ParseOptions};

/// Options for reading and checking seeds.
#[derive(Default)]
pub struct ReadOptions {
    pub parse: ParseOptions,
    /// Missing or unusable titles are errors.
    pub strict: bool,
    /// A user's schema, applied on top of the built-in one.
    pub user_schema: Option<SchemaValidator>,
    /// Move `oa`/`oe`/`uy` tone marks to this style (`None`: keep the input's).
    pub tone_style: Option<ToneStyle>,
}

/// A seed, read and checked.
#[derive(Debug)]
pub struct Processed {
    pub document: Document,
    pub diagnostics: Vec<Diagnostic>,
}

impl Processed {
    pub fn is_valid(&self) -> bool {
        !check::has_errors(&self.diagnostics)
    }
}

/// Reads one seed into a document and checks it.
pub fn process(seed: &SeedInput, options: &ReadOptions) -> Processed {
    let decoded = decode::decode(&seed.bytes);
    let mut cleaned = clean::clean_with(&decoded.text, options.tone_style);
    cleaned.repairs.extend(decoded.repairs());
    cleaned.repairs.sort_by(|a, b| a.kind.cmp(&b.kind));
    let sidecar = seed.sidecar.as_ref().map(|bytes| clean::clean_with(&decode::decode(bytes).text, options.tone_style));
    let parsed = parse::parse(&seed.name, decoded.encoding, &cleaned, sidecar.as_ref(), &options.parse);
    let cx = Context::new(
        &seed.name,
        &seed.bytes,
        &decoded,
        &cleaned,
        &parsed,
        options.strict,
        options.user_schema.as_ref(),
    );
    let diagnostics = check::check(&cx);
    Processed { document: parsed.document, diagnostics }
}
