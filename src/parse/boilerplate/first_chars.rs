//! The characters a line rule's match can start with, worked out from the pattern's syntax tree, so a line
//! that starts with none of them is passed over without compiling the rule's regex (compiling one costs
//! ~130,000 instructions; a one-seed run is ~1 million in all).
//!
//! `Rules::from_json` runs it over every rule at load, on the syntax tree it parses to check them anyway.

use regex_syntax::hir::{Class, ClassUnicode, ClassUnicodeRange, Hir, HirKind, Look};

/// For a pattern whose every match begins at the start of the line (`^…` in every alternative), the sorted,
/// disjoint ranges that the first character of any match falls in. `None` when that cannot be told: the
/// pattern is not anchored so, a match can be empty or start with a zero-or-more repetition, or a class is
/// over bytes rather than characters.
pub(super) fn first_chars(hir: &Hir) -> Option<Vec<(char, char)>> {
    if !hir.properties().look_set_prefix().contains(Look::Start) {
        return None;
    }
    let class = first(hir)?;
    Some(class.ranges().iter().map(|r| (r.start(), r.end())).collect())
}

/// The characters a non-empty match of `hir` starts with; `None` if it may match the empty string first.
fn first(hir: &Hir) -> Option<ClassUnicode> {
    match hir.kind() {
        HirKind::Literal(lit) => {
            let c = std::str::from_utf8(&lit.0).ok()?.chars().next()?;
            Some(ClassUnicode::new([ClassUnicodeRange::new(c, c)]))
        }
        HirKind::Class(Class::Unicode(class)) => Some(class.clone()),
        HirKind::Repetition(rep) if rep.min >= 1 => first(&rep.sub),
        HirKind::Capture(cap) => first(&cap.sub),
        // Look-arounds are zero-width: the first character comes from the first item that consumes one.
        HirKind::Concat(items) => first(items.iter().find(|h| !matches!(h.kind(), HirKind::Look(_)))?),
        HirKind::Alternation(alternatives) => {
            let mut union = ClassUnicode::empty();
            for alternative in alternatives {
                union.union(&first(alternative)?);
            }
            Some(union)
        }
        _ => None,
    }
}
