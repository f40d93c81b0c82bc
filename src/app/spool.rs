//! Output that becomes visible only when it is whole: a temporary file beside the target (renamed into
//! place) or an anonymous one (copied to standard output, or into a device or FIFO named by `-o`), so a
//! failure or a kill never leaves a partial file. Temporary files are registered, so that SIGINT, SIGTERM
//! or SIGHUP removes them before the process dies (`install_signal_cleanup`).

use seeds_convert::error::Error;
use seeds_convert::input::{self, Source};
use std::io::{Seek, Write};
use std::path::{Path, PathBuf};
use std::sync::{Mutex, MutexGuard};

/// Where output goes before it is known to be good.
pub(super) enum Spool {
    /// A temporary file beside `target` (symlinks already followed), renamed over it at the end.
    File { tmp: Registered, target: PathBuf, shown: PathBuf, existed: bool },
    /// An anonymous file, copied at the end to standard output (`None`) or into a character device or FIFO,
    /// which is written through like `cat > x`, never replaced (`-o /dev/null` stays a device).
    Copy { file: std::fs::File, into: Option<PathBuf> },
}

impl Spool {
    pub(super) fn new(output: Option<&Path>) -> Result<Spool, Error> {
        let Some(shown) = output else {
            return tempfile::tempfile()
                .map(|file| Spool::Copy { file, into: None })
                .map_err(|e| Error::Write { path: "-".into(), source: e });
        };
        let err = |e| Error::Write { path: shown.to_path_buf(), source: e };
        // A symlink is written through to what it points at (the link stays a link), as a shell's `>` does.
        let target = follow_links(shown).map_err(err)?;
        let existed = match std::fs::metadata(&target) {
            Ok(m) if m.is_file() => true,
            Ok(m) if is_pipe_or_char_device(&m) => {
                let file = tempfile::tempfile().map_err(err)?;
                return Ok(Spool::Copy { file, into: Some(target) });
            }
            Ok(m) => {
                return Err(Error::Usage(format!(
                    "-o {}: {}; refusing to replace it",
                    input::path_name(shown),
                    input::file_kind(&m.file_type())
                )))
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
            Err(e) => return Err(err(e)),
        };
        let tmp = Registered::new(parent_dir(&target)).map_err(err)?;
        Ok(Spool::File { tmp, target, shown: shown.to_path_buf(), existed })
    }

    pub(super) fn file(&mut self) -> &std::fs::File {
        match self {
            Spool::File { tmp, .. } => tmp.file(),
            Spool::Copy { file, .. } => file,
        }
    }

    /// Closes the temporary file's handle (after everything is written and flushed); it is renamed or removed
    /// later all the same.
    pub(super) fn close(&mut self) {
        if let Spool::File { tmp, .. } = self {
            tmp.close();
        }
    }

    /// The output as the user named it, for messages.
    pub(super) fn target(&self) -> PathBuf {
        match self {
            Spool::File { shown, .. } => shown.clone(),
            Spool::Copy { into: Some(p), .. } => p.clone(),
            Spool::Copy { into: None, .. } => PathBuf::from("-"),
        }
    }

    /// Makes the output visible: rename into place, or copy out.
    pub(super) fn commit(self, stdout: &mut dyn Write) -> Result<(), Error> {
        match self {
            Spool::File { tmp, target, shown, existed } => {
                tmp.persist(&target, existed).map_err(|e| Error::Write { path: shown, source: e })
            }
            Spool::Copy { mut file, into: None } => {
                file.rewind().map_err(|e| Error::Write { path: "-".into(), source: e })?;
                std::io::copy(&mut file, stdout).map_err(Error::Stdout)?;
                stdout.flush().map_err(Error::Stdout)
            }
            Spool::Copy { mut file, into: Some(path) } => {
                let err = |e| Error::Write { path: path.clone(), source: e };
                file.rewind().map_err(err)?;
                // No create, no truncate: the device or FIFO is there, and is written to, not replaced.
                let mut out = std::fs::OpenOptions::new().write(true).open(&path).map_err(err)?;
                std::io::copy(&mut file, &mut out).map_err(err)?;
                out.flush().map_err(err)
            }
        }
    }
}

#[cfg(unix)]
fn is_pipe_or_char_device(m: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::FileTypeExt;
    m.file_type().is_fifo() || m.file_type().is_char_device()
}

#[cfg(not(unix))]
fn is_pipe_or_char_device(_: &std::fs::Metadata) -> bool {
    false
}

/// The path a chain of symlinks ends at (which may not exist yet: a dangling link's target is created).
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut p = path.to_path_buf();
    for _ in 0..40 {
        match std::fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let link = std::fs::read_link(&p)?;
                p = if link.is_absolute() { link } else { parent_dir(&p).join(link) };
            }
            _ => return Ok(p),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

fn parent_dir(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Temporary files not yet renamed into place: what a signal handler removes.
static TEMPS: Mutex<Vec<PathBuf>> = Mutex::new(Vec::new());

fn temps() -> MutexGuard<'static, Vec<PathBuf>> {
    // A panic elsewhere while holding the lock leaves the list as valid as before.
    TEMPS.lock().unwrap_or_else(|e| e.into_inner())
}

/// A temporary `.seeds-convert-*` file known to the signal handler from its creation to its rename or
/// removal. Its handle can be closed before the rename (`close`), so a run holding many (`--each`) holds no
/// file descriptor for each.
pub(super) struct Registered {
    file: Option<std::fs::File>,
    path: Option<tempfile::TempPath>,
}

impl Registered {
    fn new(dir: &Path) -> std::io::Result<Registered> {
        // Created under the lock: a signal arriving meanwhile waits for the file to be on the list.
        let mut list = temps();
        let mut builder = tempfile::Builder::new();
        builder.prefix(".seeds-convert-");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // 0666 at creation, so the OS applies the umask (tempfile's own default is 0600): a new output
            // gets the permissions `cat > x` would give it.
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        let (file, path) = builder.tempfile_in(dir)?.into_parts();
        list.push(path.to_path_buf());
        Ok(Registered { file: Some(file), path: Some(path) })
    }

    fn file(&self) -> &std::fs::File {
        self.file.as_ref().expect("open until closed")
    }

    /// Closes the handle; the file stays, to be renamed or removed.
    fn close(&mut self) {
        self.file = None;
    }

    /// Renames the file over `target`, giving it the target's permissions if it `existed`. No fsync: the
    /// rename is what makes a kill or a failure harmless (the file is whole or absent), and an fsync per
    /// output would dominate the run time of a one-seed conversion.
    fn persist(mut self, target: &Path, existed: bool) -> std::io::Result<()> {
        self.file = None;
        let tmp = self.path.take().expect("present until persisted");
        #[cfg(unix)]
        if existed {
            use std::os::unix::fs::PermissionsExt;
            if let Ok(mode) = std::fs::metadata(target).map(|m| m.permissions().mode()) {
                std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(mode))?;
            }
        }
        #[cfg(not(unix))]
        let _ = existed;
        let mut list = temps();
        let path = tmp.to_path_buf();
        list.retain(|p| *p != path);
        // On failure the returned temporary path is dropped, which removes the file.
        tmp.persist(target).map_err(|e| e.error)
    }
}

impl Drop for Registered {
    fn drop(&mut self) {
        self.file = None;
        if let Some(tmp) = self.path.take() {
            let mut list = temps();
            let path = tmp.to_path_buf();
            list.retain(|p| *p != path);
            drop(tmp);
        }
    }
}

/// Removes the registered temporary files on SIGINT, SIGTERM or SIGHUP, then dies of the signal as if it
/// had not been handled (so the exit status still says which). Without this a ^C during a long conversion
/// leaves a `.seeds-convert-*` file behind: tempfile's cleanup runs in destructors, which a signal skips.
pub(crate) fn install_signal_cleanup() {
    #[cfg(unix)]
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) else { return };
        let spawned = std::thread::Builder::new().name("signals".into()).spawn(move || {
            if let Some(signal) = signals.forever().next() {
                // Held to the end: no new temporary file is made or renamed while the process dies.
                let list = temps();
                for path in list.iter() {
                    let _ = std::fs::remove_file(path);
                }
                let _ = signal_hook::low_level::emulate_default_handler(signal);
                std::process::exit(128 + signal);
            }
        });
        drop(spawned);
    }
}

/// Writes `bytes` to `path` as a `Spool` does: atomically for a regular file, through a symlink to its
/// target, straight into a device or FIFO.
pub(super) fn write_atomically(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    let mut spool = Spool::new(Some(path))?;
    spool.file().write_all(bytes).map_err(|e| Error::Write { path: path.to_path_buf(), source: e })?;
    spool.commit(&mut std::io::sink())
}

/// Refuses an output that is one of the inputs (the same file by device and inode, however named: a
/// hard link, a symlink, a seed's `.info.txt` sidecar, or standard input redirected from it), since the
/// inputs are read after the output file is created. Devices and FIFOs are written through, not
/// replaced, so only a regular file can be clobbered.
pub(super) fn refuse_output_among_inputs(out: &Path, sources: &[Source]) -> Result<(), Error> {
    let Ok(out_meta) = std::fs::metadata(out) else { return Ok(()) };
    if !out_meta.is_file() {
        return Ok(());
    }
    let refuse = |what: String| {
        Err(Error::Usage(format!("-o {}: is {what}; refusing to overwrite an input", input::path_name(out))))
    };
    for source in sources {
        match source {
            Source::File(p) => {
                if std::fs::metadata(p).is_ok_and(|m| same_file(&m, &out_meta)) {
                    return refuse(format!("the input {}", input::path_name(p)));
                }
                if let Some(info) = input::sidecar_for_body(p) {
                    if std::fs::metadata(&info).is_ok_and(|m| same_file(&m, &out_meta)) {
                        return refuse(format!("the sidecar of the input {}", input::path_name(p)));
                    }
                }
            }
            Source::Stdin => {
                if stdin_metadata().is_some_and(|m| same_file(&m, &out_meta)) {
                    return refuse("standard input (-)".into());
                }
            }
        }
    }
    Ok(())
}

#[cfg(unix)]
fn same_file(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    a.dev() == b.dev() && a.ino() == b.ino()
}

#[cfg(not(unix))]
fn same_file(_: &std::fs::Metadata, _: &std::fs::Metadata) -> bool {
    false
}

#[cfg(unix)]
fn stdin_metadata() -> Option<std::fs::Metadata> {
    use std::os::fd::AsFd;
    let fd = std::io::stdin().as_fd().try_clone_to_owned().ok()?;
    std::fs::File::from(fd).metadata().ok()
}

#[cfg(not(unix))]
fn stdin_metadata() -> Option<std::fs::Metadata> {
    None
}
