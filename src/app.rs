//! The two things the tool does, given options already parsed from the command line: `check` seeds, or
//! convert them. Reading runs in parallel (rayon); results keep input order, so output never depends on the
//! number of threads. Output is rendered in memory and written only if every input is well-formed,
//! atomically (temporary file + rename) when it goes to a file.

use crate::error::{Error, ExitStatus};
use crate::input::{self, Source};
use crate::pipeline::{process, Processed, ReadOptions};
use crate::report::{self, FileReport, Format};
use crate::write::{WriteOptions, Writer};
use rayon::prelude::*;
use std::io::{IsTerminal, Write};
use std::path::{Path, PathBuf};

pub struct CheckRun {
    pub inputs: Vec<String>,
    pub read: ReadOptions,
    pub format: Format,
}

pub struct ConvertRun {
    pub inputs: Vec<String>,
    pub read: ReadOptions,
    pub writer: &'static dyn Writer,
    pub output: Option<PathBuf>,
    pub write: WriteOptions,
    pub quiet: bool,
}

fn read_all(sources: &[Source], options: &ReadOptions) -> Vec<(String, Result<Processed, Error>)> {
    sources.par_iter().map(|s| (s.name(), input::load(s).map(|seed| process(&seed, options)))).collect()
}

/// `seeds-convert check`: diagnostics for every input on stdout, in the chosen format.
pub fn run_check(run: &CheckRun, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<ExitStatus, Error> {
    let sources = input::resolve(&run.inputs)?;
    let results = read_all(&sources, &run.read);
    let mut status = ExitStatus::Success;
    let mut processed = Vec::with_capacity(results.len());
    for (name, result) in results {
        match result {
            Ok(p) => {
                if !p.is_valid() {
                    status = status.max(ExitStatus::Failure);
                }
                processed.push((name, p));
            }
            Err(e) => {
                // One unreadable file does not stop the run; it decides the exit code.
                let _ = writeln!(stderr, "seeds-convert: {e}");
                status = ExitStatus::Error;
            }
        }
    }
    let reports: Vec<FileReport> =
        processed.iter().map(|(name, p)| FileReport { path: name, diagnostics: &p.diagnostics }).collect();
    report::render(run.format, &reports, stdout).map_err(Error::Stdout)?;
    stdout.flush().map_err(Error::Stdout)?;
    Ok(status)
}

/// `seeds-convert --to FORMAT`: one output for all inputs, written only if every input is well-formed.
pub fn run_convert(run: &ConvertRun, stdout: &mut dyn Write, stderr: &mut dyn Write) -> Result<ExitStatus, Error> {
    let sources = input::resolve(&run.inputs)?;
    if let Some(out) = &run.output {
        refuse_to_overwrite_inputs(out, &sources)?;
    } else if run.writer.is_binary() && std::io::stdout().is_terminal() {
        return Err(Error::Usage(format!(
            "--to {} is a binary format: pass -o FILE (or redirect standard output)",
            run.writer.name()
        )));
    }
    let results = read_all(&sources, &run.read);
    let mut docs = Vec::with_capacity(results.len());
    let mut invalid = Vec::new();
    let mut first_error = None;
    let (mut warnings, mut warned_files) = (0, 0);
    for (name, result) in results {
        match result {
            Ok(p) if p.is_valid() => {
                let n = p.diagnostics.len();
                warnings += n;
                warned_files += usize::from(n > 0);
                docs.push(p.document);
            }
            Ok(p) => invalid.push((name, p.diagnostics)),
            Err(e) => {
                let _ = writeln!(stderr, "seeds-convert: {e}");
                first_error.get_or_insert(e);
            }
        }
    }
    if let Some(e) = first_error {
        let _ = writeln!(stderr, "seeds-convert: nothing written");
        return Err(e);
    }
    if !invalid.is_empty() {
        let reports: Vec<FileReport> = invalid.iter().map(|(n, d)| FileReport { path: n, diagnostics: d }).collect();
        let _ = report::render(Format::Human, &reports, stderr);
        let _ = writeln!(stderr, "seeds-convert: {} input(s) not well-formed; nothing written", invalid.len());
        return Ok(ExitStatus::Failure);
    }
    if warnings > 0 && !run.quiet {
        let _ = writeln!(
            stderr,
            "seeds-convert: {warnings} warning(s) in {warned_files} file(s); `seeds-convert check` shows them"
        );
    }
    let mut buffer = Vec::new();
    run.writer
        .write(&docs, &run.write, &mut buffer)
        .map_err(|e| Error::Write { path: run.output.clone().unwrap_or_else(|| PathBuf::from("-")), source: e })?;
    match &run.output {
        Some(path) => write_atomically(path, &buffer)?,
        None => {
            stdout.write_all(&buffer).map_err(Error::Stdout)?;
            stdout.flush().map_err(Error::Stdout)?;
        }
    }
    Ok(ExitStatus::Success)
}

fn refuse_to_overwrite_inputs(out: &Path, sources: &[Source]) -> Result<(), Error> {
    let Ok(out_real) = std::fs::canonicalize(out) else { return Ok(()) };
    for source in sources {
        if let Source::File(p) = source {
            if std::fs::canonicalize(p).is_ok_and(|p| p == out_real) {
                return Err(Error::Usage(format!("-o {}: refusing to overwrite an input", out.display())));
            }
        }
    }
    Ok(())
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`: a failure or a kill never
/// leaves a partial output.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let err = |e: std::io::Error| Error::Write { path: path.to_path_buf(), source: e };
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new().prefix(".seeds-convert-").tempfile_in(dir).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    tmp.as_file().sync_all().map_err(err)?;
    // A temporary file is private (0600); the output is an ordinary file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map(|m| m.permissions().mode()).unwrap_or(0o644);
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode)).map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}
