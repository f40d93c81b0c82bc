//! Diagnostics: problems *in a seed* (as opposed to errors running the tool). Each rule is a unit struct in
//! the `RULES` registry with a stable code; renderers in `report` only format what is collected here.
//! Rules are grouped by what they look at (`encoding`: bytes and characters; `structure`: the parsed
//! document; `schema`: the JSON Schema) rather than one file each, because most are a few lines long.

mod encoding;
mod schema;
mod structure;

pub use schema::{validate_document, SchemaValidator};

use crate::decode::clean::Cleaned;
use crate::decode::Decoded;
use crate::parse::Parsed;
use crate::source::LineIndex;
use serde::Serialize;

/// How serious a diagnostic is; an error makes the seed invalid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth reporting; the seed stays valid.
    Warning,
    /// The seed is invalid.
    Error,
}

impl Severity {
    /// The lowercase name, as in JSON output (`warning`, `error`).
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
        }
    }
}

/// One finding, positioned in the decoded seed (1-based line, column in characters).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Diagnostic {
    /// The rule's stable code (`SC` + three digits).
    pub code: &'static str,
    /// The rule's kebab-case name.
    pub name: &'static str,
    /// Warning or error, as the rule decides (some depend on `--strict`).
    pub severity: Severity,
    /// 1-based line in the decoded seed.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong, for the reader.
    pub message: String,
    /// Whether `seeds-convert fix` fixes it.
    pub fixable: bool,
    /// The source line the diagnostic points at, for the human renderer's snippet.
    #[serde(skip)]
    pub snippet: Option<String>,
}

/// What a rule may look at.
pub struct Context<'a> {
    /// The seed's name as given on the command line (`-` for stdin).
    pub path: &'a str,
    /// The seed's raw bytes, before decoding.
    pub bytes: &'a [u8],
    /// The seed decoded to text.
    pub decoded: &'a Decoded,
    /// The decoded text after cleaning: normalised lines and the repairs made.
    pub cleaned: &'a Cleaned,
    /// The parsed document and what the parser noticed on the way.
    pub parsed: &'a Parsed,
    /// `--strict`: rules that depend on it report errors instead of warnings.
    pub strict: bool,
    /// A user's schema (`check --schema`), checked on top of the built-in one.
    pub user_schema: Option<&'a SchemaValidator>,
    /// Built on first use: most seeds get no diagnostic, so most never need it.
    index: std::sync::OnceLock<LineIndex>,
    /// The decoded text's control characters (count, first with its offset), scanned once for the two rules
    /// that weigh them (`encoding::control_chars`).
    controls: std::sync::OnceLock<(usize, Option<(usize, char)>)>,
}

impl<'a> Context<'a> {
    /// A context for one seed; the line index and control-character scan are built on first use.
    pub fn new(
        path: &'a str,
        bytes: &'a [u8],
        decoded: &'a Decoded,
        cleaned: &'a Cleaned,
        parsed: &'a Parsed,
        strict: bool,
        user_schema: Option<&'a SchemaValidator>,
    ) -> Self {
        Context {
            path,
            bytes,
            decoded,
            cleaned,
            parsed,
            strict,
            user_schema,
            index: std::sync::OnceLock::new(),
            controls: std::sync::OnceLock::new(),
        }
    }

    fn index(&self) -> &LineIndex {
        self.index.get_or_init(|| LineIndex::new(&self.decoded.text))
    }

    /// A diagnostic at byte `offset` of the decoded text.
    pub fn at_offset(&self, rule: &dyn Rule, offset: usize, message: String) -> Diagnostic {
        let lc = self.index().line_column(&self.decoded.text, offset);
        self.make(rule, lc.line, lc.column, message)
    }

    /// A diagnostic at the start of 1-based `line` (0 or a missing line points at the top of the file).
    pub fn at_line(&self, rule: &dyn Rule, line: usize, message: String) -> Diagnostic {
        let line = if line == 0 || line > self.index().line_count() { 1 } else { line };
        let offset = self.index().line_start(line).unwrap_or(0);
        let text = &self.decoded.text[offset..];
        let first = text.find(|c: char| !c.is_whitespace() || c == '\n' || c == '\r').unwrap_or(0);
        let first_col = text[..first].chars().count();
        self.make(rule, line, first_col + 1, message)
    }

    fn make(&self, rule: &dyn Rule, line: usize, column: usize, message: String) -> Diagnostic {
        let severity = rule.severity(self.strict);
        let snippet = self.index().line_start(line).map(|start| {
            let rest = &self.decoded.text[start..];
            rest[..rest.find(['\n', '\r']).unwrap_or(rest.len())].to_string()
        });
        let fixable = rule.meta().fixable;
        Diagnostic { code: rule.code(), name: rule.name(), severity, line, column, message, fixable, snippet }
    }
}

/// What describes a rule: one value per rule, next to its check.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meta {
    /// Stable code, `SC` + three digits; never reused.
    pub code: &'static str,
    /// Short kebab-case name.
    pub name: &'static str,
    /// One line for the README and `--help`.
    pub summary: &'static str,
    /// How serious a finding is.
    pub severity: Severity,
    /// How serious under `--strict` (the same for most rules).
    pub strict_severity: Severity,
    /// Whether `seeds-convert fix` removes the finding (a test checks each rule's fixture both ways).
    pub fixable: bool,
    /// How to fix it, for `seeds-convert explain`.
    pub help: &'static str,
}

/// A check on a seed.
pub trait Rule: Sync {
    /// The rule's code, name, summary and severities.
    fn meta(&self) -> &'static Meta;
    /// Adds the rule's findings on one seed to `out`.
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>);

    /// `meta().code`.
    fn code(&self) -> &'static str {
        self.meta().code
    }
    /// `meta().name`.
    fn name(&self) -> &'static str {
        self.meta().name
    }
    /// `meta().summary`.
    fn summary(&self) -> &'static str {
        self.meta().summary
    }
    /// The severity, with or without `--strict`.
    fn severity(&self, strict: bool) -> Severity {
        if strict {
            self.meta().strict_severity
        } else {
            self.meta().severity
        }
    }
}

/// The rule with code `code` (any case: `sc105` finds SC105), or with name `code` (`suspect-boilerplate`).
pub fn find_rule(code: &str) -> Option<&'static dyn Rule> {
    RULES.iter().copied().find(|r| r.code().eq_ignore_ascii_case(code) || r.name() == code)
}

/// Every rule, in code order. The README's table and the fixtures in `samples/invalid/` follow this list.
pub static RULES: &[&dyn Rule] = &[
    &encoding::Binary,
    &encoding::Empty,
    &encoding::NulBytes,
    &encoding::InvalidBytes,
    &encoding::ReplacementChar,
    &encoding::ControlChars,
    &encoding::NonNfc,
    &encoding::LegacyEncoding,
    &encoding::MojibakeRepaired,
    &structure::LookalikeLetters,
    &structure::MissingTitle,
    &structure::MissingBody,
    &structure::TitleIsParagraph,
    &structure::InvalidUrl,
    &structure::SuspectBoilerplate,
    &schema::SchemaViolation,
];

/// Runs every rule; diagnostics come back sorted by position, then code.
pub fn check(cx: &Context) -> Vec<Diagnostic> {
    let mut out = Vec::new();
    // A file that is empty or binary has nothing else worth saying about it.
    for rule in RULES {
        rule.check(cx, &mut out);
        if out.iter().any(|d| d.code == encoding::Binary.code() || d.code == encoding::Empty.code()) {
            break;
        }
    }
    out.sort_by(|a, b| (a.line, a.column, a.code).cmp(&(b.line, b.column, b.code)));
    out
}

/// True if any diagnostic is an error (the seed is then invalid).
pub fn has_errors(diagnostics: &[Diagnostic]) -> bool {
    diagnostics.iter().any(|d| d.severity == Severity::Error)
}
