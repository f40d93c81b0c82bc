//! `seeds-convert check`.

use super::{gather, process_in_order, report_errors, RunOptions};
use seeds_convert::error::{Error, ExitStatus};
use seeds_convert::pipeline::ReadOptions;
use seeds_convert::report::{FileReport, Format, Reporter};
use std::io::Write;
use std::path::PathBuf;

pub(crate) struct CheckRun {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    pub format: Format,
    pub run: RunOptions,
}

/// `seeds-convert check`: diagnostics for every input on stdout, streamed in the chosen format.
pub(crate) fn run_check(run: &CheckRun, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<ExitStatus, Error> {
    // No profile is learned for `check` (a `--profile` given is applied): whether a seed is well-formed
    // never hangs on lines recurring in other seeds, and learning one reads the whole corpus twice.
    let mut read = run.read.clone();
    read.learn_profile = false;
    let (found, read) = gather(&run.inputs, &run.run, &read)?;
    report_errors(&found.errors, stderr);
    let mut status = if found.errors.is_empty() { ExitStatus::Success } else { ExitStatus::Error };
    let mut reporter = Reporter::new(run.format);
    // Buffered: standard output is line-buffered, one write(2) a line of the report. Flushed before
    // anything goes to standard error (the two may share a file), and after each seed on a terminal, where
    // a reader watches the report come.
    let live = std::io::IsTerminal::is_terminal(&std::io::stdout());
    let mut stdout = std::io::BufWriter::with_capacity(64 << 10, stdout);
    process_in_order(&found.sources, &read, &run.run, "checking", |source, result| {
        match result {
            Ok(p) => {
                if !p.is_valid() {
                    status = status.max(ExitStatus::Failure);
                }
                let name = source.name();
                reporter
                    .file(&FileReport { path: &name, diagnostics: &p.diagnostics }, &mut stdout)
                    .map_err(Error::Stdout)?;
                if live {
                    stdout.flush().map_err(Error::Stdout)?;
                }
            }
            Err(e) => {
                // One unreadable file does not stop the run; it decides the exit code.
                stdout.flush().map_err(Error::Stdout)?;
                super::say(&e, stderr);
                status = ExitStatus::Error;
            }
        }
        Ok(())
    })?;
    reporter.finish(&mut stdout).map_err(Error::Stdout)?;
    stdout.flush().map_err(Error::Stdout)?;
    Ok(status)
}
