//! Errors of *running* the tool (I/O, bad options, unusable rule or schema files): exit code 2. Problems in
//! a seed are diagnostics (`check`), never an `Error`.

use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Read { path: PathBuf, source: std::io::Error },
    #[error("{path}: cannot write output: {source}")]
    Write { path: PathBuf, source: std::io::Error },
    #[error("{0}: no such file or directory")]
    NotFound(PathBuf),
    #[error("{0}: symlink loop (a link back to a directory above it); skipped")]
    SymlinkLoop(PathBuf),
    #[error("{0}: no *.txt seed files in this directory")]
    NoSeeds(PathBuf),
    #[error("--rules {path}: {message}")]
    Rules { path: PathBuf, message: String },
    #[error("--schema {path}: {message}")]
    Schema { path: PathBuf, message: String },
    #[error("{0}")]
    Usage(String),
    #[error("writing to standard output: {0}")]
    Stdout(std::io::Error),
}

impl Error {
    /// True for a closed pipe on standard output (`seeds-convert … | head`), which is not a failure.
    pub fn is_broken_pipe(&self) -> bool {
        matches!(self, Error::Stdout(e) if e.kind() == std::io::ErrorKind::BrokenPipe)
    }
}

/// How a run ended: 0, 1 or 2.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum ExitStatus {
    /// Everything worked and every seed is well-formed.
    Success,
    /// Some seed is not well-formed (diagnostics say why).
    Failure,
    /// Usage or I/O error.
    Error,
}

impl ExitStatus {
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Error => 2,
        }
    }
}
