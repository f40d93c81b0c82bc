//! Command-line inputs → seeds: a file, a directory (every `*.txt` below it, sorted by path), or `-` for
//! standard input. A `N.info.txt` sidecar is metadata for `N.body.txt`, never a seed of its own.

use crate::error::Error;
use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Where a seed comes from.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
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

/// Expands the command-line inputs into seeds, in order, each once.
pub fn resolve(args: &[String]) -> Result<Vec<Source>, Error> {
    let mut out = Vec::new();
    let mut seen = BTreeSet::new();
    for arg in args {
        if arg == "-" {
            if seen.insert(Source::Stdin) {
                out.push(Source::Stdin);
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
            walk(&path, &mut files, &mut visited)?;
            files.sort();
            if files.is_empty() {
                return Err(Error::NoSeeds(path));
            }
            files
        } else {
            vec![body_for_sidecar(&path).unwrap_or(path)]
        };
        for file in files {
            let source = Source::File(file);
            if seen.insert(source.clone()) {
                out.push(source);
            }
        }
    }
    Ok(out)
}

fn walk(dir: &Path, files: &mut Vec<PathBuf>, visited: &mut BTreeSet<PathBuf>) -> Result<(), Error> {
    // Symlinked directories can loop: visit each real directory once.
    let real = std::fs::canonicalize(dir).map_err(|e| Error::Read { path: dir.to_path_buf(), source: e })?;
    if !visited.insert(real) {
        return Ok(());
    }
    let entries = std::fs::read_dir(dir).map_err(|e| Error::Read { path: dir.to_path_buf(), source: e })?;
    for entry in entries {
        let entry = entry.map_err(|e| Error::Read { path: dir.to_path_buf(), source: e })?;
        let path = entry.path();
        let hidden = entry.file_name().to_string_lossy().starts_with('.');
        if hidden {
            continue;
        }
        if path.is_dir() {
            walk(&path, files, visited)?;
        } else if path.extension().is_some_and(|e| e == "txt") && body_for_sidecar(&path).is_none() {
            files.push(path);
        }
    }
    Ok(())
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
            .iter()
            .map(|s| s.name().trim_start_matches(&d.display().to_string()).to_string())
            .collect();
        assert_eq!(got, vec!["/1.body.txt", "/a.txt", "/b/2.txt", "/lonely.info.txt"]);
        let info = d.join("1.info.txt").display().to_string();
        assert_eq!(resolve(&[info]).unwrap(), vec![Source::File(d.join("1.body.txt"))]);
        let seed = load(&Source::File(d.join("1.body.txt"))).unwrap();
        assert_eq!(seed.sidecar.as_deref(), Some(&b"x"[..]));
    }

    #[test]
    fn missing_inputs_are_errors() {
        assert!(matches!(resolve(&["/no/such/seed.txt".into()]), Err(Error::NotFound(_))));
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(resolve(&[dir.path().display().to_string()]), Err(Error::NoSeeds(_))));
    }
}
