//! `seeds-convert fix`.

use super::spool::write_atomically;
use super::{gather, in_order, report_errors, RunOptions};
use seeds_convert::error::{Error, ExitStatus};
use seeds_convert::input::{self, Source};
use seeds_convert::pipeline::{process, ReadOptions};
use seeds_convert::report::{self, FileReport, Format};
use std::io::Write;
use std::path::PathBuf;

pub(crate) struct FixRun {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    /// Show what would change instead of changing it.
    pub diff: bool,
    pub run: RunOptions,
}

/// `seeds-convert fix`: rewrites seeds into their canonical clean form in place (atomically), or with
/// `--diff` shows what would change. Seeds that are not well-formed are reported and left alone.
pub(crate) fn run_fix(run: &FixRun, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<ExitStatus, Error> {
    if run.inputs.iter().any(|i| i.as_os_str() == "-") {
        return Err(Error::Usage("fix rewrites files in place; it cannot read standard input".into()));
    }
    // The canonical form has no look-alike letters: `fix` folds them (SC010 says it can).
    let mut read = run.read.clone();
    read.parse.fold_lookalikes = true;
    let (found, read) = gather(&run.inputs, &run.run, &read)?;
    report_errors(&found.errors, stderr);
    let mut status = if found.errors.is_empty() { ExitStatus::Success } else { ExitStatus::Error };
    let (mut changed, mut unchanged, mut skipped) = (0, 0, 0);
    // The seed's bytes travel with its document: the file is compared with what was parsed, not read again.
    let work = |s: &Source| input::load(s, &run.run.input).map(|seed| (process(&seed, &read), seed.bytes));
    in_order(&found.sources, &run.run, "fixing", work, |source, result| {
        let Source::File(path) = source else { return Ok(()) };
        let (p, original) = match result {
            Ok(loaded) => loaded,
            Err(e) => {
                super::say(&e, stderr);
                status = ExitStatus::Error;
                return Ok(());
            }
        };
        let name = source.name();
        if !p.is_valid() {
            let _ = report::render(Format::Human, &[FileReport { path: &name, diagnostics: &p.diagnostics }], stderr);
            status = status.max(ExitStatus::Failure);
            return Ok(());
        }
        if p.document.layout == "sidecar" {
            let name = report::terminal_safe(&name);
            // Skipping is no error: `fix --diff` must be able to gate a corpus that holds pairs.
            let _ = writeln!(stderr, "seeds-convert: {name}: has a .info.txt sidecar; fix leaves sidecar pairs alone");
            skipped += 1;
            return Ok(());
        }
        let fixed = seeds_convert::write::canonical_text(&p.document);
        if original == fixed.as_bytes() {
            unchanged += 1;
            return Ok(());
        }
        changed += 1;
        if run.diff {
            let before = seeds_convert::decode::decode(&original).text.replace("\r\n", "\n").replace('\r', "\n");
            let diff = similar::TextDiff::from_lines(&before, &fixed);
            let text = diff.unified_diff().context_radius(2).header(&name, &name).to_string();
            stdout.write_all(text.as_bytes()).map_err(Error::Stdout)?;
        } else {
            write_atomically(path, fixed.as_bytes())?;
        }
        Ok(())
    })?;
    let verb = if run.diff { "would fix" } else { "fixed" };
    let pairs = if skipped > 0 { format!(", {skipped} sidecar pair(s) left alone") } else { String::new() };
    let _ = writeln!(stderr, "seeds-convert: {verb} {changed} file(s), {unchanged} already clean{pairs}");
    if run.diff && changed > 0 {
        status = status.max(ExitStatus::Failure);
    }
    Ok(status)
}
