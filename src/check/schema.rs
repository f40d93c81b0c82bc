//! The JSON Schema gate: every document is validated against `schemas/document.schema.json` before it is
//! written or passed, and against a user's stricter schema (`check --schema FILE`) on top.

use super::{Context, Diagnostic, Meta, Rule, Severity};
use crate::decode::legacy::WHATWG_GUESSES;
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
    // Almost every document passes the built-in schema, which `surely_valid` reads off the typed fields;
    // the JSON value (copying every block's text, then freeing it: most of the gate's cost) is built only
    // for a document it cannot vouch for, or for a user's schema.
    let sure = surely_valid(doc);
    if user.is_none() && sure {
        return Vec::new();
    }
    let value = serde_json::to_value(doc).unwrap_or(serde_json::Value::Null);
    let mut all =
        if sure { Vec::new() } else { collect(BuiltinSchema::is_valid(&value), || BuiltinSchema::iter_errors(&value)) };
    if let Some(user) = user {
        all.extend(user.violations(&value).into_iter().map(|v| format!("{v} (--schema)")));
    }
    all
}

/// The built-in schema's `encoding` values (`schemas/document.schema.json`): the encodings decoded as
/// Vietnamese, then those chardetng may name for other text (`decode::legacy::WHATWG_GUESSES`). Its
/// `layout` values are `Layout`'s names.
const VIETNAMESE_ENCODINGS: [&str; 7] = ["UTF-8", "UTF-16LE", "UTF-16BE", "windows-1258", "VNI", "TCVN3", "VISCII"];
const ENCODINGS: [&str; VIETNAMESE_ENCODINGS.len() + WHATWG_GUESSES.len()] = {
    let mut all = [""; VIETNAMESE_ENCODINGS.len() + WHATWG_GUESSES.len()];
    let mut i = 0;
    while i < all.len() {
        all[i] = if i < VIETNAMESE_ENCODINGS.len() {
            VIETNAMESE_ENCODINGS[i]
        } else {
            WHATWG_GUESSES[i - VIETNAMESE_ENCODINGS.len()]
        };
        i += 1;
    }
    all
};

/// The built-in schema checked on the typed document, without building its JSON: true only when every
/// constraint of `schemas/document.schema.json` holds (false sends the document through the schema itself,
/// which words the errors). A test keeps this in step with the schema's text.
fn surely_valid(doc: &Document) -> bool {
    // `minLength: 1` counts characters: one byte or more.
    let some = |s: &str| !s.is_empty();
    let optional = |s: &Option<String>| s.as_deref().is_none_or(some);
    some(&doc.source)
        && optional(&doc.title)
        && optional(&doc.url)
        && doc.date.as_deref().is_none_or(is_iso_date)
        && optional(&doc.publisher)
        && optional(&doc.category)
        && doc.tags.iter().all(|t| some(t))
        && doc.language == "vi"
        && ENCODINGS.contains(&doc.encoding.as_str())
        && crate::parse::layout::Layout::from_name(&doc.layout).is_some()
        && doc.repairs.iter().all(|r| is_kind(&r.kind) && r.count >= 1)
        // (A block's kind is one of the enum's by its type; its line is never negative.)
        && doc.blocks.iter().all(|b| some(&b.text))
        && doc.removed.iter().all(|r| is_kind(&r.kind) && some(&r.text) && r.line >= 1 && some(&r.rule))
}

/// `^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2})?)?$`
fn is_iso_date(s: &str) -> bool {
    // Each shape byte by byte: `9` a digit, other bytes themselves (`±` either sign).
    let fits = |shape: &[u8]| {
        s.len() == shape.len()
            && s.bytes().zip(shape).all(|(b, &k)| match k {
                b'9' => b.is_ascii_digit(),
                b'~' => b == b'+' || b == b'-',
                _ => b == k,
            })
    };
    fits(b"9999-99-99") || fits(b"9999-99-99T99:99:99") || fits(b"9999-99-99T99:99:99~99:99")
}

/// `^[a-z0-9]+(-[a-z0-9]+)*$`
fn is_kind(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && !s.contains("--")
        && s.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
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

    /// `surely_valid` reads the schema's constraints off the typed fields: if this fails, the schema
    /// changed — make `surely_valid` (and `ENCODINGS`) check what it now asks, then update this.
    #[test]
    fn surely_valid_knows_every_constraint_of_the_schema() {
        fn strip(v: &mut serde_json::Value) {
            if let serde_json::Value::Object(map) = v {
                for key in ["description", "title", "$id", "$schema"] {
                    map.remove(key);
                }
                map.values_mut().for_each(strip);
            }
        }
        let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/document.schema.json"));
        let mut schema: serde_json::Value = serde_json::from_str(&text.unwrap()).unwrap();
        // (`title` is also a property's name: put it back after stripping the keyword.)
        let title_property = schema["properties"]["title"].clone();
        strip(&mut schema);
        let mut title_property = title_property;
        strip(&mut title_property);
        schema["properties"]["title"] = title_property;
        let s = serde_json::json!({"type": "string", "minLength": 1});
        let opt = serde_json::json!({"type": ["string", "null"], "minLength": 1});
        let kind = serde_json::json!({"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"});
        let expected = serde_json::json!({
            "type": "object",
            "additionalProperties": false,
            "required": ["source", "title", "url", "date", "publisher", "category", "tags", "language", "encoding",
                         "layout", "repairs", "blocks", "removed"],
            "properties": {
                "source": s, "title": opt, "url": opt,
                "date": {"type": ["string", "null"],
                         "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2})?)?$"},
                "publisher": opt, "category": opt,
                "tags": {"type": "array", "items": s},
                "language": {"type": "string", "const": "vi"},
                "encoding": {"type": "string", "enum": ENCODINGS},
                "layout": {"type": "string", "enum": crate::parse::layout::Layout::ALL.iter().map(|l| l.name()).collect::<Vec<_>>()},
                "repairs": {"type": "array", "items": {
                    "type": "object", "additionalProperties": false, "required": ["kind", "count"],
                    "properties": {"kind": kind, "count": {"type": "integer", "minimum": 1}}}},
                "blocks": {"type": "array", "items": {
                    "type": "object", "additionalProperties": false, "required": ["kind", "text", "line", "inferred"],
                    "properties": {
                        "kind": {"type": "string", "enum": crate::model::BlockKind::ALL.iter().map(|k| k.as_str()).collect::<Vec<_>>()},
                        "text": s, "line": {"type": "integer", "minimum": 0}, "inferred": {"type": "boolean"}}}},
                "removed": {"type": "array", "items": {
                    "type": "object", "additionalProperties": false, "required": ["kind", "text", "line", "rule"],
                    "properties": {"kind": kind, "text": s, "line": {"type": "integer", "minimum": 1}, "rule": s}}}
            }
        });
        assert_eq!(schema, expected);
    }

    /// Whatever `surely_valid` passes, the schema passes (the other way round only the errors' wording
    /// depends on, which the schema itself gives).
    #[test]
    fn surely_valid_documents_pass_the_schema() {
        use crate::model::{Removed, Repair};
        let bytes = std::fs::read(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/articles/002_80b3f6d469e22f59.txt"));
        let seed = SeedInput { name: "002.txt".into(), bytes: bytes.unwrap(), sidecar: None };
        let base = process(&seed, &ReadOptions::default()).document;
        assert!(surely_valid(&base));
        let mut docs = vec![base.clone()];
        let strings = ["", "x", "a-b", "-a", "a-", "a--b", "A", "ab9", "é", " ", "vi", "VI", "UTF-8", "blog", "\n"];
        for s in strings {
            let mut d = base.clone();
            d.source = s.into();
            d.title = Some(s.into());
            docs.push(d.clone());
            d.language = s.into();
            d.encoding = s.into();
            d.layout = s.into();
            d.tags = vec![s.into()];
            d.repairs = vec![Repair { kind: s.into(), count: 1 }, Repair { kind: "nfc".into(), count: 0 }];
            d.removed = vec![Removed { kind: s.into(), text: s.into(), line: 0, rule: s.into() }];
            docs.push(d);
        }
        for date in [
            "2013-05-26",
            "2013-05-26T20:44:00",
            "2013-05-26T20:44:00+07:00",
            "2013-05-26T20:44:00-07:00",
            "2013-05-26T20:44",
            "2013-05-26 ",
            "2013-05-26\n",
            "2013-5-26",
            "2013-05-26T20:44:00Z",
            "",
            "١٢٣٤-05-26",
        ] {
            let mut d = base.clone();
            d.date = Some(date.into());
            docs.push(d);
        }
        for d in &docs {
            let value = serde_json::to_value(d).unwrap();
            let valid = BuiltinSchema::is_valid(&value);
            assert!(!surely_valid(d) || valid, "{d:?}");
            assert_eq!(validate_document(d, None).is_empty(), valid);
        }
    }

    proptest::proptest! {
        /// The hand-written pattern tests are the schema's regular expressions.
        #[test]
        fn patterns_match_the_schemas(s in "[0-9a-zT:+-]{0,27}") {
            let date = regex::Regex::new(
                r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2})?)?$").unwrap();
            let kind = regex::Regex::new(r"^[a-z0-9]+(-[a-z0-9]+)*$").unwrap();
            proptest::prop_assert_eq!(is_iso_date(&s), date.is_match(&s));
            proptest::prop_assert_eq!(is_kind(&s), kind.is_match(&s));
        }

        #[test]
        fn dates_match_the_schemas(s in "[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2})?)?.?") {
            let date = regex::Regex::new(
                r"^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}:[0-9]{2}([+-][0-9]{2}:[0-9]{2})?)?$").unwrap();
            proptest::prop_assert_eq!(is_iso_date(&s), date.is_match(&s));
        }
    }
}
