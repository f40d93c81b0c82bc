//! `seeds-convert explain [CODE]`: what a rule finds, how serious it is, and how to fix it (ruff's `rule`);
//! without a code, the list of every rule. The same list closes `check --help` and the man page.

use crate::check::{Rule, Severity, RULES};
use std::fmt::Write as _;

/// The explanation of one rule: code and name, severity, summary, whether `fix` fixes it, how to fix it.
pub fn explain(rule: &dyn Rule) -> String {
    let meta = rule.meta();
    let mut o = format!("{} {}\n\n", meta.code, meta.name);
    let _ = writeln!(o, "severity: {}", severity_text(rule));
    let _ = writeln!(o, "finds:    {}", meta.summary);
    let fixable = if meta.fixable { "yes: seeds-convert fix FILE (or --diff to see it first)" } else { "no" };
    let _ = writeln!(o, "fixable:  {fixable}");
    let _ = writeln!(o, "\nHow to fix:\n{}", wrap(meta.help, 100, "  "));
    o
}

/// One line per rule: code, name, severity, `fix` when `seeds-convert fix` fixes it, summary.
pub fn rule_list() -> String {
    let mut o = String::new();
    for rule in RULES {
        let meta = rule.meta();
        let fix = if meta.fixable { "fix" } else { "" };
        let _ =
            writeln!(o, "  {} {:<20} {:<8} {fix:<3}  {}", meta.code, meta.name, short_severity(*rule), meta.summary);
    }
    o
}

fn short_severity(rule: &dyn Rule) -> &'static str {
    match (rule.severity(false), rule.severity(true)) {
        (Severity::Error, _) => "error",
        (Severity::Warning, Severity::Error) => "warning*",
        (Severity::Warning, Severity::Warning) => "warning",
    }
}

fn severity_text(rule: &dyn Rule) -> String {
    match (rule.severity(false), rule.severity(true)) {
        (a, b) if a == b => a.as_str().to_string(),
        (a, b) => format!("{} ({} with --strict)", a.as_str(), b.as_str()),
    }
}

/// `text` in lines of at most `width` characters (words are never cut), each after `indent`.
fn wrap(text: &str, width: usize, indent: &str) -> String {
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
            let _ = writeln!(out, "{indent}{line}");
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        let _ = writeln!(out, "{indent}{line}");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_listed_and_explained() {
        let list = rule_list();
        for rule in RULES {
            assert!(list.contains(rule.code()) && list.contains(rule.name()));
            let text = explain(*rule);
            assert!(text.starts_with(&format!("{} {}\n", rule.code(), rule.name())));
            assert!(text.contains(rule.meta().help.split_whitespace().next().unwrap()));
        }
        assert!(explain(crate::check::find_rule("sc101").unwrap()).contains("warning (error with --strict)"));
        assert_eq!(wrap("a bb ccc", 4, ""), "a bb\nccc\n");
    }
}
