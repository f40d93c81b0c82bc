//! `seeds-convert --to FORMAT --each -o OUTDIR INPUT...`: one output file per input, mirroring the inputs'
//! tree (a seed's path relative to the INPUT directory it was found in; a seed named as INPUT by its file
//! name), the extension replaced by the format's. As with one output, nothing becomes visible unless every
//! input is well-formed: each file is spooled beside its target and all are renamed into place at the end;
//! on failure the temporary files and the directories this run created go again.
//!
//! Names come from the inputs and are untrusted: only plain components are used (no `..`, no root), and a
//! run never writes through a symlink or replaces anything but a regular file below OUTDIR, nor an input.

use super::convert::ConvertRun;
use super::spool::Spool;
use super::{gather, process_in_order, report_errors, Tally};
use seeds_convert::error::{Error, ExitStatus};
use seeds_convert::input::{path_name, Source};
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::{Component, Path, PathBuf};

/// `--each`: one file per input below the directory `-o` names.
pub(super) fn run_each(run: &ConvertRun, stderr: &mut dyn Write) -> Result<ExitStatus, Error> {
    let dir = run.output.as_deref().ok_or_else(|| Error::Usage("--each needs -o DIRECTORY".into()))?;
    match std::fs::metadata(dir) {
        Ok(m) if !m.is_dir() => {
            return Err(Error::Usage(format!(
                "-o {}: not a directory; --each writes one file per input into a directory",
                path_name(dir)
            )))
        }
        _ => {}
    }
    let (found, read) = gather(&run.inputs, &run.run, &run.read)?;
    let targets = plan(&run.inputs, &found.sources, run.writer.extensions()[0])?;
    refuse_inputs_as_targets(dir, &targets)?;
    report_errors(&found.errors, stderr);
    let mut made = CreatedDirs::default();
    let mut spools = Vec::with_capacity(found.sources.len());
    let mut tally = Tally::new(found.errors.len());
    process_in_order(&found.sources, &read, &run.run, "reading and converting", |source, result| {
        if let Some(p) = tally.take(source, result, stderr) {
            if tally.clean() {
                let target = dir.join(&targets[source]);
                spools.push(spool(run, &p.document, dir, &target, &mut made)?);
            }
        }
        Ok(())
    })?;
    if let Some(status) = tally.finish(run.quiet, stderr) {
        return Ok(status);
    }
    for spool in spools {
        spool.commit(&mut std::io::sink())?;
    }
    made.keep();
    Ok(ExitStatus::Success)
}

/// Writes one document to a temporary file beside `target` (creating the directories up to it) and closes it.
fn spool(
    run: &ConvertRun,
    doc: &seeds_convert::model::Document,
    dir: &Path,
    target: &Path,
    made: &mut CreatedDirs,
) -> Result<Spool, Error> {
    let parent = target.parent().unwrap_or(dir);
    made.create(dir, parent)?;
    match std::fs::symlink_metadata(target) {
        Ok(m) if !m.is_file() => {
            return Err(Error::Usage(format!(
                "{}: {}; --each replaces only regular files",
                path_name(target),
                seeds_convert::input::file_kind(&m.file_type())
            )))
        }
        _ => {}
    }
    let mut spool = Spool::new(Some(target))?;
    let err = |e| Error::Write { path: target.to_path_buf(), source: e };
    let mut out = std::io::BufWriter::new(spool.file());
    run.writer.write(std::slice::from_ref(doc), &run.write, &mut out).map_err(err)?;
    out.flush().map_err(err)?;
    drop(out);
    spool.close();
    Ok(spool)
}

/// The output path of every source, relative to the output directory: its path below the first INPUT
/// directory holding it, or its file name, with the extension `ext`. Refuses standard input, names that are
/// not plain components, two inputs with the same output, and an output that is an input.
fn plan(inputs: &[PathBuf], sources: &[Source], ext: &str) -> Result<HashMap<Source, PathBuf>, Error> {
    let dirs: Vec<&PathBuf> = inputs.iter().filter(|p| p.as_os_str() != "-" && p.is_dir()).collect();
    let mut targets = HashMap::with_capacity(sources.len());
    let mut taken: HashMap<PathBuf, &Path> = HashMap::with_capacity(sources.len());
    for source in sources {
        let Source::File(path) = source else {
            return Err(Error::Usage("--each writes a file per input file; standard input (-) has no name".into()));
        };
        let rel = match dirs.iter().find_map(|d| path.strip_prefix(d).ok()) {
            Some(rel) => rel.to_path_buf(),
            None => PathBuf::from(path.file_name().unwrap_or_default()),
        };
        if rel.as_os_str().is_empty() || !rel.components().all(|c| matches!(c, Component::Normal(_))) {
            return Err(Error::Usage(format!("{}: no usable output name for --each", path_name(path))));
        }
        let rel = rel.with_extension(ext);
        if let Some(other) = taken.insert(rel.clone(), path) {
            return Err(Error::Usage(format!(
                "--each: {} and {} would both be written to {}",
                path_name(other),
                path_name(path),
                path_name(&rel)
            )));
        }
        targets.insert(source.clone(), rel);
    }
    Ok(targets)
}

/// Refuses targets that are inputs (by device and inode, so also through links).
fn refuse_inputs_as_targets(dir: &Path, targets: &HashMap<Source, PathBuf>) -> Result<(), Error> {
    let inputs: HashSet<(u64, u64)> = targets.keys().filter_map(file_id).collect();
    for (source, rel) in targets {
        let target = dir.join(rel);
        if std::fs::metadata(&target).ok().and_then(|m| id_of(&m)).is_some_and(|id| inputs.contains(&id)) {
            return Err(Error::Usage(format!(
                "--each: {} (for {}) is an input; refusing to overwrite it",
                path_name(&target),
                source.name()
            )));
        }
    }
    Ok(())
}

fn file_id(source: &Source) -> Option<(u64, u64)> {
    let Source::File(path) = source else { return None };
    id_of(&std::fs::metadata(path).ok()?)
}

#[cfg(unix)]
fn id_of(m: &std::fs::Metadata) -> Option<(u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    Some((m.dev(), m.ino()))
}

#[cfg(not(unix))]
fn id_of(_: &std::fs::Metadata) -> Option<(u64, u64)> {
    None
}

/// Directories a run created, removed again (if still empty) unless the run succeeds.
#[derive(Default)]
struct CreatedDirs {
    dirs: Vec<PathBuf>,
}

impl CreatedDirs {
    /// Creates `dir` (the output directory, which may be a symlink the user named) and the directories from
    /// it down to `parent`, none of which may be a symlink or anything but a directory.
    fn create(&mut self, dir: &Path, parent: &Path) -> Result<(), Error> {
        let rel = parent.strip_prefix(dir).unwrap_or(Path::new(""));
        let mut at = dir.to_path_buf();
        self.one(&at, true)?;
        for part in rel.components() {
            at.push(part);
            self.one(&at, false)?;
        }
        Ok(())
    }

    fn one(&mut self, path: &Path, may_be_link: bool) -> Result<(), Error> {
        let meta = if may_be_link { std::fs::metadata(path) } else { std::fs::symlink_metadata(path) };
        match meta {
            Ok(m) if m.is_dir() => Ok(()),
            Ok(m) => Err(Error::Usage(format!(
                "{}: {}; --each writes only into directories below -o",
                path_name(path),
                seeds_convert::input::file_kind(&m.file_type())
            ))),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                std::fs::create_dir(path).map_err(|e| Error::Write { path: path.to_path_buf(), source: e })?;
                self.dirs.push(path.to_path_buf());
                Ok(())
            }
            Err(e) => Err(Error::Write { path: path.to_path_buf(), source: e }),
        }
    }

    fn keep(mut self) {
        self.dirs.clear();
    }
}

impl Drop for CreatedDirs {
    fn drop(&mut self) {
        for dir in self.dirs.iter().rev() {
            let _ = std::fs::remove_dir(dir);
        }
    }
}
