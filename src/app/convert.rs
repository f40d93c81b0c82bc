//! `seeds-convert --to FORMAT`.

use super::spool::{refuse_output_among_inputs, Spool};
use super::{gather, process_in_order, report_errors, RunOptions, Tally};
use seeds_convert::error::{Error, ExitStatus};
use seeds_convert::pipeline::ReadOptions;
use seeds_convert::write::{WriteOptions, Writer};
use std::io::{BufWriter, IsTerminal, Write};
use std::path::PathBuf;

pub(crate) struct ConvertRun {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    pub writer: &'static dyn Writer,
    pub output: Option<PathBuf>,
    pub write: WriteOptions,
    pub quiet: bool,
    /// Warnings about the command line itself (`--to pdf -o x.epub`), said first.
    pub notes: Vec<String>,
    /// `--each`: one output per input, in the directory `output` names.
    pub each: bool,
    pub run: RunOptions,
}

/// `seeds-convert --to FORMAT`: one output for all inputs, visible only if every input is well-formed.
pub(crate) fn run_convert(
    run: &ConvertRun,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<ExitStatus, Error> {
    for note in &run.notes {
        let _ = writeln!(stderr, "seeds-convert: {}", seeds_convert::report::terminal_safe(note));
    }
    if run.each {
        return super::each::run_each(run, stderr);
    }
    let (found, read) = gather(&run.inputs, &run.run, &run.read)?;
    if let Some(out) = &run.output {
        refuse_output_among_inputs(out, &found.sources)?;
    } else if run.writer.is_binary() && std::io::stdout().is_terminal() {
        return Err(Error::Usage(format!(
            "--to {} is a binary format: pass -o FILE (or redirect standard output)",
            run.writer.name()
        )));
    }
    report_errors(&found.errors, stderr);
    let mut tally = Tally::new(found.errors.len());
    let mut spool = Spool::new(run.output.as_deref())?;
    let target = spool.target();
    let write_err = |e| Error::Write { path: target.clone(), source: e };
    let mut out = BufWriter::new(spool.file());
    let total = found.sources.len();
    let (mut book, mut written) = (Vec::new(), 0);
    process_in_order(&found.sources, &read, &run.run, "reading and parsing", |source, result| {
        if let Some(p) = tally.take(source, result, stderr) {
            if !run.writer.streams() {
                book.push(p.document);
            } else if tally.clean() {
                run.writer.write_part(written, total, &p.document, &mut out).map_err(write_err)?;
            }
            written += 1;
        }
        Ok(())
    })?;
    if let Some(status) = tally.finish(run.quiet, stderr) {
        return Ok(status);
    }
    if !run.writer.streams() {
        let verb = if run.writer.name() == "pdf" { "typesetting" } else { "writing" };
        let stage = format!("{verb} {} ({} document(s))", run.writer.name().to_uppercase(), book.len());
        let spinner = super::stage_spinner(run.run.progress && book.len() > 1, stage);
        let written = run.writer.write(&book, &run.write, &mut out);
        spinner.finish_and_clear();
        written.map_err(write_err)?;
    }
    out.flush().map_err(write_err)?;
    drop(out);
    spool.commit(stdout)?;
    Ok(ExitStatus::Success)
}
