//! Output that becomes visible only when it is whole: a temporary file beside the target (renamed into
//! place) or an anonymous one (copied to standard output), so a failure or a kill never leaves a partial
//! file.

use seeds_convert::error::Error;
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};

/// Where output goes before it is known to be good: a temporary file beside the target, or an anonymous
/// one for standard output.
pub(super) enum Spool {
    File { tmp: tempfile::NamedTempFile, target: PathBuf },
    Stdout(std::fs::File),
}

impl Spool {
    pub(super) fn new(output: Option<&Path>) -> Result<Spool, Error> {
        match output {
            Some(target) => {
                let err = |e| Error::Write { path: target.to_path_buf(), source: e };
                let tmp =
                    tempfile::Builder::new().prefix(".seeds-convert-").tempfile_in(parent_dir(target)).map_err(err)?;
                Ok(Spool::File { tmp, target: target.to_path_buf() })
            }
            None => tempfile::tempfile().map(Spool::Stdout).map_err(|e| Error::Write { path: "-".into(), source: e }),
        }
    }

    pub(super) fn file(&mut self) -> &std::fs::File {
        match self {
            Spool::File { tmp, .. } => tmp.as_file(),
            Spool::Stdout(f) => f,
        }
    }

    pub(super) fn target(&self) -> PathBuf {
        match self {
            Spool::File { target, .. } => target.clone(),
            Spool::Stdout(_) => PathBuf::from("-"),
        }
    }

    /// Makes the output visible: rename into place, or copy to stdout.
    pub(super) fn commit(self, stdout: &mut dyn Write) -> Result<(), Error> {
        match self {
            Spool::File { tmp, target } => persist(tmp, &target),
            Spool::Stdout(mut f) => {
                f.rewind().map_err(|e| Error::Write { path: "-".into(), source: e })?;
                std::io::copy(&mut f, stdout).map_err(Error::Stdout)?;
                stdout.flush().map_err(Error::Stdout)
            }
        }
    }
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Renames a finished temporary file over `path`, giving it the target's permissions (or 0644): a
/// failure or a kill never leaves a partial output.
fn persist(tmp: tempfile::NamedTempFile, path: &Path) -> Result<(), Error> {
    let err = |e: std::io::Error| Error::Write { path: path.to_path_buf(), source: e };
    // No fsync: the rename is what makes a kill or a failure harmless (the file is whole or absent), and
    // an fsync per output would dominate the run time of a one-seed conversion.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).map(|m| m.permissions().mode()).unwrap_or(0o644);
        tmp.as_file().set_permissions(std::fs::Permissions::from_mode(mode)).map_err(err)?;
    }
    tmp.persist(path).map_err(|e| err(e.error))?;
    Ok(())
}

/// Writes `bytes` to a temporary file beside `path`, then renames it over `path`.
pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let err = |e: std::io::Error| Error::Write { path: path.to_path_buf(), source: e };
    let mut tmp = tempfile::Builder::new().prefix(".seeds-convert-").tempfile_in(parent_dir(path)).map_err(err)?;
    tmp.write_all(bytes).map_err(err)?;
    persist(tmp, path)
}
