//! The JSON Schema gate: every document is validated against `schemas/document.schema.json` before it is
//! written or passed, and against a user's stricter schema (`check --schema FILE`) on top.

use super::{Context, Diagnostic, Meta, Rule, Severity};
use crate::model::Document;

/// The project's document schema, turned into validation code when the crate is built (jsonschema's
/// `validator` macro, which also checks the schema against its meta-schema then).
///
/// Why the macro, although it makes cargo build jsonschema a second time (for the proc macro): compiling
/// the draft 2020-12 schema at run time, meta-validation included, is ~7 million instructions — more than
/// three times everything else a one-seed conversion does (measured with callgrind; BENCHMARKS.md).
#[jsonschema::validator(path = "schemas/document.schema.json")]
struct BuiltinSchema;

/// A JSON Schema compiled at run time (a user's `--schema`).
pub struct SchemaValidator(jsonschema::Validator);

impl SchemaValidator {
    /// Compiles a schema given as JSON text; the error says why it is not JSON or not a valid schema.
    pub fn new(schema_json: &str) -> Result<Self, String> {
        let schema: serde_json::Value = serde_json::from_str(schema_json).map_err(|e| format!("not JSON: {e}"))?;
        jsonschema::validator_for(&schema).map(SchemaValidator).map_err(|e| format!("not a valid JSON Schema: {e}"))
    }

    /// Every violation, as `path: message`.
    pub fn violations(&self, value: &serde_json::Value) -> Vec<String> {
        collect(self.0.is_valid(value), || self.0.iter_errors(value))
    }
}

/// Errors as `path: message` — collected only for an invalid document: the yes/no pass is cheaper than
/// collecting errors, and almost every document passes.
fn collect<'i>(valid: bool, errors: impl FnOnce() -> jsonschema::ErrorIterator<'i>) -> Vec<String> {
    if valid {
        return Vec::new();
    }
    errors().map(|e| format!("{}: {e}", display_pointer(&e.instance_path().to_string()))).collect()
}

fn display_pointer(p: &str) -> String {
    if p.is_empty() {
        "(document)".to_string()
    } else {
        p.to_string()
    }
}

/// Validates `doc` against the built-in schema and, if given, a user's schema.
pub fn validate_document(doc: &Document, user: Option<&SchemaValidator>) -> Vec<String> {
    let value = serde_json::to_value(doc).unwrap_or(serde_json::Value::Null);
    let mut all = collect(BuiltinSchema::is_valid(&value), || BuiltinSchema::iter_errors(&value));
    if let Some(user) = user {
        all.extend(user.violations(&value).into_iter().map(|v| format!("{v} (--schema)")));
    }
    all
}

/// What it does: validates the document against `schemas/document.schema.json` and any `--schema`.
/// Why: the JSON is a contract; a document that breaks it is never written.
pub(super) struct SchemaViolation;

impl Rule for SchemaViolation {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC106",
            name: "schema",
            summary: "the document does not validate against the JSON Schema (built-in, or --schema)",
            severity: Severity::Error,
            strict_severity: Severity::Error,
            fixable: false,
            help: "Make the document satisfy the schema (the message names the failing keyword), or relax the `--schema` you passed.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        for v in validate_document(&cx.parsed.document, cx.user_schema) {
            out.push(cx.at_line(self, 1, format!("schema: {v}")));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::SeedInput;
    use crate::pipeline::{process, ReadOptions};

    #[test]
    fn the_built_in_schema_passes_real_documents_and_catches_broken_ones() {
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/articles/002_80b3f6d469e22f59.txt"));
        let seed = SeedInput { name: "002.txt".into(), bytes: bytes.unwrap(), sidecar: None };
        let mut doc = process(&seed, &ReadOptions::default()).document;
        assert_eq!(validate_document(&doc, None), Vec::<String>::new());
        doc.title = Some(String::new());
        doc.date = Some("26/05/2013".into());
        let violations = validate_document(&doc, None);
        assert!(violations.iter().any(|v| v.starts_with("/title:")), "{violations:?}");
        assert!(violations.iter().any(|v| v.starts_with("/date:")), "{violations:?}");
    }
}
