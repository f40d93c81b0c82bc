//! Errors of *running* the tool (I/O, bad options, unusable rule or schema files): exit code 2. Problems in
//! a seed are diagnostics (`check`), never an `Error`.

use crate::input::path_name as name;
use std::path::PathBuf;

/// Why a run could not do what was asked (exit code 2).
#[derive(Debug, thiserror::Error)]
pub enum Error {
    // Paths through `path_name`, not `Display`: two different non-UTF-8 names must not print the same.
    /// A file could not be read.
    #[allow(missing_docs)] // the fields are what the message names
    #[error("{}: {source}", name(path))]
    Read { path: PathBuf, source: std::io::Error },
    /// The output could not be written.
    #[allow(missing_docs)] // the fields are what the message names
    #[error("{}: cannot write output: {source}", name(path))]
    Write { path: PathBuf, source: std::io::Error },
    /// A named input does not exist.
    #[error("{}: no such file or directory", name(.0))]
    NotFound(PathBuf),
    /// A symlinked directory leads back above itself.
    #[error("{}: symlink loop (a link back to a directory above it); skipped", name(.0))]
    SymlinkLoop(PathBuf),
    /// A named directory holds no seed.
    #[error("{}: no *.txt seed files in this directory", name(.0))]
    NoSeeds(PathBuf),
    /// A named input is a FIFO, device or socket.
    #[allow(missing_docs)] // the fields are what the message names
    #[error("{}: {kind}, not a regular file; not read", name(path))]
    NotRegular { path: PathBuf, kind: &'static str },
    /// A seed is larger than `--max-size`.
    #[allow(missing_docs)] // the fields are what the message names
    #[error("{}: larger than --max-size ({limit} bytes); not read", name(path))]
    TooLarge { path: PathBuf, limit: u64 },
    /// A `--rules` file is unusable.
    #[allow(missing_docs)] // the fields are what the message names
    #[error("--rules {}: {message}", name(path))]
    Rules { path: PathBuf, message: String },
    /// A `--schema` file is unusable.
    #[allow(missing_docs)] // the fields are what the message names
    #[error("--schema {}: {message}", name(path))]
    Schema { path: PathBuf, message: String },
    /// The command line asks for something impossible.
    #[error("{0}")]
    Usage(String),
    /// Standard output could not be written.
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
    /// The process exit code.
    pub fn code(self) -> u8 {
        match self {
            ExitStatus::Success => 0,
            ExitStatus::Failure => 1,
            ExitStatus::Error => 2,
        }
    }
}
