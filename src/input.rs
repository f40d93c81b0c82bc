//! Command-line inputs → seeds: a file, a directory (every `*.txt` below it, sorted by path), or `-` for
//! standard input. A `N.info.txt` sidecar is metadata for `N.body.txt`, never a seed of its own.
//!
//! Only regular files are ever read: a FIFO would hang the run and `/dev/zero` would fill memory, so a named
//! non-regular file is an I/O error and a walk passes over them. Walks do not follow symlinks unless asked
//! (`--follow`, ripgrep's convention): a link in a corpus can point anywhere, including outside it.

use crate::error::Error;
use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where a seed comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    /// Standard input (`-`).
    Stdin,
    /// A file, named or found in a directory.
    File(PathBuf),
}

impl Source {
    /// The name used in diagnostics and in the document's `source` field.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => path_name(p),
        }
    }
}

/// A path as text: UTF-8 names as they are; in a name that is not UTF-8, each byte that is not part of a
/// UTF-8 character as `\xFF` and each backslash as `\\`, so two different names never print the same
/// (`Path::display` would turn both `a\xFF` and `a\xFE` into `a�`).
pub fn path_name(path: &Path) -> String {
    let os: &OsStr = path.as_os_str();
    if let Some(s) = os.to_str() {
        return s.to_string();
    }
    let bytes = os.as_encoded_bytes();
    let mut out = String::with_capacity(bytes.len() + 8);
    for chunk in bytes.utf8_chunks() {
        for c in chunk.valid().chars() {
            if c == '\\' {
                out.push_str("\\\\");
            } else {
                out.push(c);
            }
        }
        for b in chunk.invalid() {
            out.push_str(&format!("\\x{b:02X}"));
        }
    }
    out
}

/// How inputs are found and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct InputOptions {
    /// Follow symlinks met while walking a directory (links named on the command line are always followed).
    pub follow: bool,
    /// A seed (or sidecar) larger than this many bytes is an I/O error, and no more than this is read.
    pub max_size: u64,
}

/// 64 MiB: a news article is a few KB; a seed this large is a mistake (a dump, a device), not an article.
pub const DEFAULT_MAX_SIZE: u64 = 64 << 20;

impl Default for InputOptions {
    fn default() -> Self {
        InputOptions { follow: false, max_size: DEFAULT_MAX_SIZE }
    }
}

/// Parses a size: bytes, or a number with a K, M, G or T suffix (powers of 1024; `KB`, `MiB`… accepted).
pub fn parse_size(s: &str) -> Result<u64, String> {
    let t = s.trim();
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let (num, unit) = t.split_at(digits);
    let num: u64 = num.parse().map_err(|_| format!("`{s}` is not a size (e.g. 64M, 512K, 1G)"))?;
    let shift = match unit.trim().to_ascii_uppercase().as_str() {
        "" | "B" => 0,
        "K" | "KB" | "KIB" => 10,
        "M" | "MB" | "MIB" => 20,
        "G" | "GB" | "GIB" => 30,
        "T" | "TB" | "TIB" => 40,
        _ => return Err(format!("`{s}`: unknown unit (use K, M, G or T)")),
    };
    num.checked_mul(1u64 << shift).ok_or_else(|| format!("`{s}` is too large"))
}

/// A seed's bytes, and its sidecar's if it has one.
#[derive(Debug, Clone)]
pub struct SeedInput {
    /// The name used in diagnostics and `document.source`.
    pub name: String,
    /// The seed's bytes, as read.
    pub bytes: Vec<u8>,
    /// The bytes of its `.info.txt` sidecar, if it has one.
    pub sidecar: Option<Vec<u8>>,
}

/// The seeds named on a command line, and the paths below directories that could not be read (reported,
/// while the run goes on with the rest).
#[derive(Debug, Default)]
pub struct Resolved {
    /// The seeds, in order, each once.
    pub sources: Vec<Source>,
    /// What could not be read below directories.
    pub errors: Vec<Error>,
}

/// Expands the command-line inputs into seeds, in order, each once. A named input that does not exist is
/// an error for the whole run; a named input that is not a regular file or directory, and trouble below a
/// directory (unreadable entries, symlink loops), are collected and the run goes on.
pub fn resolve<P: AsRef<Path>>(args: &[P], options: &InputOptions) -> Result<Resolved, Error> {
    let mut out = Resolved::default();
    // Hashed, not ordered: comparing paths component by component was 2% of a corpus `check`.
    let mut seen = std::collections::HashSet::new();
    for arg in args {
        let path = arg.as_ref();
        if path.as_os_str() == "-" {
            if seen.insert(Source::Stdin) {
                out.sources.push(Source::Stdin);
            }
            continue;
        }
        let path = path.to_path_buf();
        let meta = std::fs::metadata(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound(path.clone()),
            _ => Error::Read { path: path.clone(), source: e },
        })?;
        let files = if meta.is_dir() {
            let mut files = Vec::new();
            let mut visited = BTreeSet::new();
            let errors_before = out.errors.len();
            // Sorted already: `walk` visits each directory's entries in name order, depth first, which is the
            // component-wise path order.
            walk(&path, options, &mut files, &mut visited, &mut out.errors);
            if files.is_empty() && out.errors.len() == errors_before {
                return Err(Error::NoSeeds(path));
            }
            files
        } else if !meta.is_file() {
            out.errors.push(Error::NotRegular { path, kind: file_kind(&meta.file_type()) });
            continue;
        } else {
            vec![body_for_sidecar(&path).unwrap_or(path)]
        };
        for file in files {
            let source = Source::File(file);
            if seen.insert(source.clone()) {
                out.sources.push(source);
            }
        }
    }
    Ok(out)
}

/// What a non-regular file is, for messages.
pub fn file_kind(kind: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a FIFO";
        } else if kind.is_char_device() {
            return "a character device";
        } else if kind.is_block_device() {
            return "a block device";
        } else if kind.is_socket() {
            return "a socket";
        }
    }
    if kind.is_dir() {
        "a directory"
    } else if kind.is_symlink() {
        "a symlink"
    } else {
        "not a regular file"
    }
}

fn walk(
    dir: &Path,
    options: &InputOptions,
    files: &mut Vec<PathBuf>,
    visited: &mut BTreeSet<PathBuf>,
    errors: &mut Vec<Error>,
) {
    let read_err = |e: std::io::Error| Error::Read { path: dir.to_path_buf(), source: e };
    // Symlinked directories can loop: visit each real directory once, and say so when a link loops back.
    let real = match std::fs::canonicalize(dir) {
        Ok(real) => real,
        Err(e) => return errors.push(read_err(e)),
    };
    if visited.contains(&real) {
        return errors.push(Error::SymlinkLoop(dir.to_path_buf()));
    }
    visited.insert(real.clone());
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => return errors.push(read_err(e)),
    };
    // Each entry with its type as the directory listing gives it (no `stat` per file; links are followed below).
    let mut children: Vec<(std::ffi::OsString, PathBuf, Option<std::fs::FileType>)> = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) if !entry.file_name().as_encoded_bytes().starts_with(b".") => {
                children.push((entry.file_name(), entry.path(), entry.file_type().ok()))
            }
            Ok(_) => {}
            Err(e) => errors.push(read_err(e)),
        }
    }
    children.sort_by(|a, b| a.0.cmp(&b.0));
    for (_, path, kind) in children {
        let kind = match kind {
            Some(kind) if !kind.is_symlink() => Ok(kind),
            // Not following: a link is passed over, like any other entry that is not a seed.
            Some(_) if !options.follow => continue,
            _ => std::fs::metadata(&path).map(|m| m.file_type()),
        };
        match kind {
            Ok(m) if m.is_dir() => {
                // A link to an ancestor is a loop; a link to a directory seen elsewhere is just skipped.
                let target = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                if real.starts_with(&target) {
                    errors.push(Error::SymlinkLoop(path));
                } else if !visited.contains(&target) {
                    walk(&path, options, files, visited, errors);
                }
            }
            // FIFOs, devices and sockets are passed over even when named `*.txt`: reading one could hang
            // the run or never end.
            Ok(m) if m.is_file() => {
                if path.extension().is_some_and(|e| e == "txt") && body_for_sidecar(&path).is_none() {
                    files.push(path);
                }
            }
            Ok(_) => {}
            // A dangling symlink, or an entry that vanished.
            Err(e) if path.extension().is_some_and(|e| e == "txt") => errors.push(Error::Read { path, source: e }),
            Err(_) => {}
        }
    }
}

/// For `N.info.txt` whose `N.body.txt` exists: that body.
fn body_for_sidecar(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".info.txt")?;
    let body = path.with_file_name(format!("{stem}.body.txt"));
    body.is_file().then_some(body)
}

/// For `N.body.txt` whose `N.info.txt` exists: that sidecar.
pub fn sidecar_for_body(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".body.txt")?;
    let info = path.with_file_name(format!("{stem}.info.txt"));
    info.is_file().then_some(info)
}

/// Reads a seed (and its sidecar), no more than `options.max_size` bytes of each.
pub fn load(source: &Source, options: &InputOptions) -> Result<SeedInput, Error> {
    match source {
        Source::Stdin => {
            let path = PathBuf::from("-");
            let bytes = read_limited(std::io::stdin().lock(), &path, options.max_size, 0)?;
            Ok(SeedInput { name: source.name(), bytes, sidecar: None })
        }
        Source::File(path) => {
            let bytes = read_file(path, options.max_size)?;
            let sidecar = sidecar_for_body(path).map(|p| read_file(&p, options.max_size)).transpose()?;
            Ok(SeedInput { name: source.name(), bytes, sidecar })
        }
    }
}

/// Reads a regular file of at most `limit` bytes. The type is checked on the open file (no race with a
/// rename between a `stat` and the read), and the open does not block: opening a FIFO for reading waits
/// for a writer.
fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, Error> {
    let err = |e| Error::Read { path: path.to_path_buf(), source: e };
    let mut open = std::fs::OpenOptions::new();
    open.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        open.custom_flags(libc::O_NONBLOCK);
    }
    let file = open.open(path).map_err(err)?;
    let meta = file.metadata().map_err(err)?;
    if !meta.is_file() {
        return Err(Error::NotRegular { path: path.to_path_buf(), kind: file_kind(&meta.file_type()) });
    }
    // The size on disk says it at once (a sparse file reads nothing); the read below still stops at the
    // limit for a file that grows meanwhile.
    if meta.len() > limit {
        return Err(Error::TooLarge { path: path.to_path_buf(), limit });
    }
    // Sized for the whole file and one byte more: the read then fills the buffer and meets the end of the
    // file with no regrowth (an empty `Vec` read through `take` grows from 32 bytes, some eight reads
    // and reallocations a seed).
    read_limited(file, path, limit, meta.len() as usize + 1)
}

/// Reads at most `limit + 1` bytes: one more than allowed says the input is too large without reading on.
/// `capacity` is what the buffer starts with (the size expected, if known).
fn read_limited(reader: impl Read, path: &Path, limit: u64, capacity: usize) -> Result<Vec<u8>, Error> {
    let mut bytes = Vec::with_capacity(capacity);
    reader
        .take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(|e| Error::Read { path: path.to_path_buf(), source: e })?;
    if bytes.len() as u64 > limit {
        return Err(Error::TooLarge { path: path.to_path_buf(), limit });
    }
    Ok(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn directories_are_sorted_and_sidecars_are_not_seeds() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("b")).unwrap();
        for f in ["b/2.txt", "a.txt", "1.body.txt", "1.info.txt", "lonely.info.txt", "x.md"] {
            std::fs::write(d.join(f), "x").unwrap();
        }
        let got: Vec<String> = resolve(&[d.display().to_string()], &InputOptions::default())
            .unwrap()
            .sources
            .iter()
            .map(|s| s.name().trim_start_matches(&d.display().to_string()).to_string())
            .collect();
        assert_eq!(got, vec!["/1.body.txt", "/a.txt", "/b/2.txt", "/lonely.info.txt"]);
        let info = d.join("1.info.txt").display().to_string();
        assert_eq!(
            resolve(&[info], &InputOptions::default()).unwrap().sources,
            vec![Source::File(d.join("1.body.txt"))]
        );
        let seed = load(&Source::File(d.join("1.body.txt")), &InputOptions::default()).unwrap();
        assert_eq!(seed.sidecar.as_deref(), Some(&b"x"[..]));
    }

    #[cfg(unix)]
    #[test]
    fn symlink_loops_are_reported_and_the_walk_goes_on() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::create_dir(d.join("sub")).unwrap();
        std::fs::write(d.join("sub/a.txt"), "x").unwrap();
        std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
        std::os::unix::fs::symlink(d.join("missing.txt"), d.join("dangling.txt")).unwrap();
        let follow = InputOptions { follow: true, ..InputOptions::default() };
        let r = resolve(&[d.display().to_string()], &follow).unwrap();
        assert_eq!(r.sources, vec![Source::File(d.join("sub/a.txt"))]);
        let errors: Vec<String> = r.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("symlink loop")), "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("dangling.txt")), "{errors:?}");
    }

    #[test]
    fn missing_inputs_are_errors() {
        assert!(matches!(resolve(&["/no/such/seed.txt"], &InputOptions::default()), Err(Error::NotFound(_))));
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(resolve(&[dir.path()], &InputOptions::default()), Err(Error::NoSeeds(_))));
    }

    #[test]
    fn sizes_parse() {
        assert_eq!(parse_size("64M"), Ok(64 << 20));
        assert_eq!(parse_size("512k"), Ok(512 << 10));
        assert_eq!(parse_size("100"), Ok(100));
        assert!(parse_size("x").is_err() && parse_size("1Q").is_err() && parse_size("99999999999T").is_err());
    }

    #[cfg(unix)]
    #[test]
    fn non_utf8_names_stay_distinct() {
        use std::os::unix::ffi::OsStrExt;
        let a = path_name(Path::new(OsStr::from_bytes(b"a\xff.txt")));
        let b = path_name(Path::new(OsStr::from_bytes(b"a\xfe.txt")));
        assert_ne!(a, b);
        assert_eq!(a, "a\\xFF.txt");
    }
}
