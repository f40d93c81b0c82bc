//! `--format github`: GitHub Actions workflow commands, one annotation per diagnostic:
//! `::error file=PATH,line=L,col=C,title=CODE name::message`.

use super::FileReport;
use std::io::{self, Write};

pub(super) fn file(report: &FileReport, out: &mut dyn Write) -> io::Result<()> {
    for d in report.diagnostics {
        writeln!(
            out,
            "::{} file={},line={},col={},title={}::{}",
            d.severity.as_str(),
            escape_property(report.path),
            d.line,
            d.column,
            escape_property(&format!("{} {}", d.code, d.name)),
            escape_data(&d.message)
        )?;
    }
    Ok(())
}

/// Escaping as the Actions runner expects for the message part (`%`, CR, LF); other control and bidi
/// characters, which the runner does not decode, shown `\u{1b}` style so a log viewer never acts on them.
fn escape_data(s: &str) -> String {
    let s = s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A");
    super::terminal_safe(&s).into_owned()
}

/// Escaping for `key=value` properties, where `:` and `,` are delimiters.
fn escape_property(s: &str) -> String {
    escape_data(s).replace(':', "%3A").replace(',', "%2C")
}
