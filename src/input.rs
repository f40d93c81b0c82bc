//! Command-line inputs → seeds: a file, a directory (every `*.txt` below it, sorted by path), or `-` for
//! standard input. A `N.info.txt` sidecar is metadata for `N.body.txt`, never a seed of its own.

use crate::error::Error;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where a seed comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name used in diagnostics and in the document's `source` field.
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(p) => p.display().to_string(),
        }
    }
}

/// A seed's bytes, and its sidecar's if it has one.
#[derive(Debug, Clone)]
pub struct SeedInput {
    pub name: String,
    pub bytes: Vec<u8>,
    pub sidecar: Option<Vec<u8>>,
}

/// The seeds named on a command line, and the paths below directories that could not be read (reported,
/// while the run goes on with the rest).
#[derive(Debug, Default)]
pub struct Resolved {
    pub sources: Vec<Source>,
    pub errors: Vec<Error>,
}

/// Expands the command-line inputs into seeds, in order, each once. A named input that does not exist is
/// an error for the whole run; trouble below a directory (unreadable entries, symlink loops) is collected.
pub fn resolve(args: &[String]) -> Result<Resolved, Error> {
    let mut out = Resolved::default();
    // Hashed, not ordered: comparing paths component by component was 2% of a corpus `check`.
    let mut seen = std::collections::HashSet::new();
    for arg in args {
        if arg == "-" {
            if seen.insert(Source::Stdin) {
                out.sources.push(Source::Stdin);
            }
            continue;
        }
        let path = PathBuf::from(arg);
        let meta = std::fs::metadata(&path).map_err(|e| match e.kind() {
            std::io::ErrorKind::NotFound => Error::NotFound(path.clone()),
            _ => Error::Read { path: path.clone(), source: e },
        })?;
        let files = if meta.is_dir() {
            let mut files = Vec::new();
            let mut visited = BTreeSet::new();
            // Sorted already: `walk` visits each directory's entries in name order, depth first, which is the
            // component-wise path order.
            walk(&path, &mut files, &mut visited, &mut out.errors);
            if files.is_empty() && out.errors.is_empty() {
                return Err(Error::NoSeeds(path));
            }
            files
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

fn walk(dir: &Path, files: &mut Vec<PathBuf>, visited: &mut BTreeSet<PathBuf>, errors: &mut Vec<Error>) {
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
            Ok(entry) if !entry.file_name().to_string_lossy().starts_with('.') => {
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
            _ => std::fs::metadata(&path).map(|m| m.file_type()),
        };
        match kind {
            Ok(m) if m.is_dir() => {
                // A link to an ancestor is a loop; a link to a directory seen elsewhere is just skipped.
                let target = std::fs::canonicalize(&path).unwrap_or_else(|_| path.clone());
                if real.starts_with(&target) {
                    errors.push(Error::SymlinkLoop(path));
                } else if !visited.contains(&target) {
                    walk(&path, files, visited, errors);
                }
            }
            Ok(_) => {
                if path.extension().is_some_and(|e| e == "txt") && body_for_sidecar(&path).is_none() {
                    files.push(path);
                }
            }
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
fn sidecar_for_body(path: &Path) -> Option<PathBuf> {
    let name = path.file_name()?.to_str()?;
    let stem = name.strip_suffix(".body.txt")?;
    let info = path.with_file_name(format!("{stem}.info.txt"));
    info.is_file().then_some(info)
}

/// Reads a seed (and its sidecar).
pub fn load(source: &Source) -> Result<SeedInput, Error> {
    match source {
        Source::Stdin => {
            let mut bytes = Vec::new();
            std::io::stdin()
                .lock()
                .read_to_end(&mut bytes)
                .map_err(|e| Error::Read { path: PathBuf::from("-"), source: e })?;
            Ok(SeedInput { name: source.name(), bytes, sidecar: None })
        }
        Source::File(path) => {
            let read = |p: &Path| std::fs::read(p).map_err(|e| Error::Read { path: p.to_path_buf(), source: e });
            let bytes = read(path)?;
            let sidecar = sidecar_for_body(path).map(|p| read(&p)).transpose()?;
            Ok(SeedInput { name: source.name(), bytes, sidecar })
        }
    }
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
        let got: Vec<String> = resolve(&[d.display().to_string()])
            .unwrap()
            .sources
            .iter()
            .map(|s| s.name().trim_start_matches(&d.display().to_string()).to_string())
            .collect();
        assert_eq!(got, vec!["/1.body.txt", "/a.txt", "/b/2.txt", "/lonely.info.txt"]);
        let info = d.join("1.info.txt").display().to_string();
        assert_eq!(resolve(&[info]).unwrap().sources, vec![Source::File(d.join("1.body.txt"))]);
        let seed = load(&Source::File(d.join("1.body.txt"))).unwrap();
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
        let r = resolve(&[d.display().to_string()]).unwrap();
        assert_eq!(r.sources, vec![Source::File(d.join("sub/a.txt"))]);
        let errors: Vec<String> = r.errors.iter().map(|e| e.to_string()).collect();
        assert_eq!(errors.len(), 2, "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("symlink loop")), "{errors:?}");
        assert!(errors.iter().any(|e| e.contains("dangling.txt")), "{errors:?}");
    }

    #[test]
    fn missing_inputs_are_errors() {
        assert!(matches!(resolve(&["/no/such/seed.txt".into()]), Err(Error::NotFound(_))));
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(resolve(&[dir.path().display().to_string()]), Err(Error::NoSeeds(_))));
    }
}
