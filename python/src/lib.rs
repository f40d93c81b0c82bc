//! `seeds_convert._native`: the library (not the command line) for Python. This layer moves bytes and
//! JSON text across the boundary and nothing else: documents and diagnostics cross as the JSON the CLI
//! writes (serde_json, the same serializer), and the Python package (`python/seeds_convert/`) turns them
//! into dicts with `json.loads` — exact, and faster here than building the dicts field by field (see
//! `docs/python.md`). Batches run on a rayon pool with the GIL released, like the CLI's runs; every seed
//! is processed under `catch_unwind`, so a panic becomes a Python exception naming the seed, never an
//! abort across the FFI boundary.

use clap::ValueEnum;
use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyRuntimeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::PyBytes;
use rayon::prelude::*;
use seeds_convert::check::SchemaValidator;
use seeds_convert::decode::tone::ToneStyle;
use seeds_convert::input::{self, InputOptions, SeedInput, Source};
use seeds_convert::model::Document;
use seeds_convert::parse::boilerplate::profile::ProfileBuilder;
use seeds_convert::parse::{Layout, Rules};
use seeds_convert::pipeline::{self, ReadOptions};
use seeds_convert::write::{self, FontFile, Paper, WriteOptions};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::Arc;

/// Fewer documents than this teach nothing (a line must recur in three): the CLI's rule, `app::gather`.
const PROFILE_MIN_DOCUMENTS: usize = 3;

/// How to read seeds: the CLI's read options (`--layout`, `--rules`, `--strict`, `--tone-style`,
/// `--profile`, `--no-profile`, `--fold-lookalikes`, `check --schema`), given as values, not files.
#[pyclass(frozen, module = "seeds_convert._native")]
struct Options {
    read: ReadOptions,
}

#[pymethods]
impl Options {
    #[new]
    #[pyo3(signature = (*, layout=None, rules=None, strict=false, tone_style=None, profile=None,
                        learn_profile=true, fold_lookalikes=false, schema=None))]
    #[allow(clippy::too_many_arguments)] // one keyword per CLI option
    fn new(
        layout: Option<&str>,
        rules: Option<&str>,
        strict: bool,
        tone_style: Option<&str>,
        profile: Option<&Profile>,
        learn_profile: bool,
        fold_lookalikes: bool,
        schema: Option<&str>,
    ) -> PyResult<Self> {
        let mut read = ReadOptions { strict, learn_profile, ..ReadOptions::default() };
        if let Some(name) = layout {
            let layout = Layout::from_str(name, false).map_err(|_| {
                let names: Vec<String> = Layout::value_variants()
                    .iter()
                    .filter_map(|l| l.to_possible_value().map(|v| v.get_name().to_string()))
                    .collect();
                PyValueError::new_err(format!("layout `{name}` is unknown; one of: {}", names.join(", ")))
            })?;
            read.parse.layout = Some(layout);
        }
        if let Some(json) = rules {
            let user = Rules::from_json(json).map_err(|m| PyValueError::new_err(format!("rules: {m}")))?;
            read.parse.rules = Rules::builtin().with_user_rules(user);
        }
        if let Some(name) = tone_style {
            read.tone_style =
                Some(ToneStyle::from_name(name).ok_or_else(|| {
                    PyValueError::new_err(format!("tone_style `{name}` is unknown; one of: old, new"))
                })?);
        }
        read.parse.profile = profile.map(|p| p.inner.clone());
        read.parse.fold_lookalikes = fold_lookalikes;
        if let Some(json) = schema {
            let validator = SchemaValidator::new(json).map_err(|m| PyValueError::new_err(format!("schema: {m}")))?;
            read.user_schema = Some(Arc::new(validator));
        }
        Ok(Options { read })
    }
}

/// Recurring lines of a corpus (the CLI's `seeds-convert profile` JSON): learn it once, apply it anywhere.
#[pyclass(frozen, module = "seeds_convert._native")]
struct Profile {
    inner: Arc<seeds_convert::parse::Profile>,
    json: String,
}

impl Profile {
    fn new(inner: seeds_convert::parse::Profile) -> Profile {
        let json = inner.to_json();
        Profile { inner: Arc::new(inner), json }
    }
}

#[pymethods]
impl Profile {
    /// Reads the JSON of `seeds-convert profile` (or of `Profile.to_json`).
    #[staticmethod]
    fn from_json(json: &str) -> PyResult<Profile> {
        let inner = seeds_convert::parse::Profile::from_json(json)
            .map_err(|m| PyValueError::new_err(format!("profile: {m}")))?;
        Ok(Profile::new(inner))
    }

    /// The profile as JSON, byte for byte what `seeds-convert profile` writes (less its final newline).
    fn to_json(&self) -> &str {
        &self.json
    }

    /// Documents the profile was learned from.
    #[getter]
    fn documents(&self) -> usize {
        self.inner.documents
    }

    /// Documents a line must occur in to count as furniture.
    #[getter]
    fn threshold(&self) -> usize {
        self.inner.threshold()
    }

    /// Lines found in two or more documents.
    fn __len__(&self) -> usize {
        self.inner.lines.len()
    }

    fn __eq__(&self, other: &Profile) -> bool {
        self.json == other.json
    }

    fn __repr__(&self) -> String {
        format!("<Profile: {} documents, {} recurring lines>", self.inner.documents, self.inner.lines.len())
    }

    /// Pickles as its JSON, so a profile ships to Dask workers (or any other process).
    fn __reduce__<'py>(slf: &Bound<'py, Self>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let from_json = slf.get_type().getattr("from_json")?;
        Ok((from_json, (slf.get().json.clone(),)))
    }
}

/// One seed's outcome: the document and the diagnostics as JSON text, and whether it is well-formed.
type Outcome = (String, String, bool);

/// A seed to read: its name (`document.source`), its bytes, its sidecar's bytes.
type SeedTuple<'py> = (String, Bound<'py, PyBytes>, Option<Bound<'py, PyBytes>>);

fn seed_input((name, bytes, sidecar): SeedTuple<'_>) -> SeedInput {
    SeedInput { name, bytes: bytes.as_bytes().to_vec(), sidecar: sidecar.map(|s| s.as_bytes().to_vec()) }
}

/// Runs `work` on one seed; a panic becomes an error message naming it.
fn guarded<T>(name: &str, work: impl FnOnce() -> T) -> Result<T, String> {
    catch_unwind(AssertUnwindSafe(work)).map_err(|panic| {
        let what = panic
            .downcast_ref::<&str>()
            .map(|s| s.to_string())
            .or_else(|| panic.downcast_ref::<String>().cloned())
            .unwrap_or_else(|| "unknown panic".into());
        format!("{name}: internal error in seeds-convert ({what}); please report it with this seed")
    })
}

fn process_one(seed: &SeedInput, read: &ReadOptions) -> Result<Outcome, String> {
    guarded(&seed.name, || {
        let done = pipeline::process(seed, read);
        let valid = done.is_valid();
        let doc = serde_json::to_string(&done.document).map_err(|e| format!("{}: {e}", seed.name))?;
        let diagnostics = serde_json::to_string(&done.diagnostics).map_err(|e| format!("{}: {e}", seed.name))?;
        Ok((doc, diagnostics, valid))
    })?
}

/// A rayon pool of `jobs` threads (0: one per core), as the CLI's `--jobs`.
fn pool(jobs: usize) -> PyResult<rayon::ThreadPool> {
    if jobs > 256 {
        return Err(PyValueError::new_err(format!("jobs={jobs}: at most 256")));
    }
    rayon::ThreadPoolBuilder::new().num_threads(jobs).build().map_err(|e| PyRuntimeError::new_err(e.to_string()))
}

/// The profile of `seeds`, in input order (so it does not depend on `jobs`); `None` for fewer than three.
fn learn_from<T: Sync>(
    seeds: &[T],
    read: &ReadOptions,
    pool: &rayon::ThreadPool,
    load: impl Fn(&T) -> Option<SeedInput> + Sync,
) -> Result<Option<seeds_convert::parse::Profile>, String> {
    if seeds.len() < PROFILE_MIN_DOCUMENTS {
        return Ok(None);
    }
    let mut builder = ProfileBuilder::default();
    // In chunks, as the CLI does: memory holds one chunk of key lists, not the corpus's.
    let chunk = (pool.current_num_threads() * 16).max(32);
    for part in seeds.chunks(chunk) {
        let keys: Vec<Result<Option<Vec<u64>>, String>> = pool.install(|| {
            part.par_iter()
                .map(|s| match load(s) {
                    Some(seed) => guarded(&seed.name, || Some(pipeline::profile_keys(&seed, read))),
                    // Unreadable files are skipped here; the main pass reports them (as the CLI).
                    None => Ok(None),
                })
                .collect()
        });
        for keys in keys {
            if let Some(keys) = keys? {
                builder.add_keys(keys);
            }
        }
    }
    Ok(Some(builder.finish()))
}

/// The read options of a batch: with a profile learned from the batch when none was given, as the CLI.
fn batch_options<T: Sync>(
    options: &Options,
    seeds: &[T],
    pool: &rayon::ThreadPool,
    load: impl Fn(&T) -> Option<SeedInput> + Sync,
) -> Result<ReadOptions, String> {
    let mut read = options.read.clone();
    if read.learn_profile && read.parse.profile.is_none() {
        read.parse.profile = learn_from(seeds, &read, pool, load)?.map(Arc::new);
    }
    Ok(read)
}

/// Reads and checks one seed.
#[pyfunction]
#[pyo3(signature = (options, name, data, sidecar=None))]
fn process(
    py: Python<'_>,
    options: &Options,
    name: String,
    data: Bound<'_, PyBytes>,
    sidecar: Option<Bound<'_, PyBytes>>,
) -> PyResult<Outcome> {
    let seed = seed_input((name, data, sidecar));
    py.detach(|| process_one(&seed, &options.read)).map_err(PyRuntimeError::new_err)
}

/// Reads and checks seeds in parallel (the GIL released), results in input order; learns a profile from
/// them first unless `options` has one or says not to.
#[pyfunction]
#[pyo3(signature = (options, seeds, jobs=0))]
fn process_many(py: Python<'_>, options: &Options, seeds: Vec<SeedTuple<'_>>, jobs: usize) -> PyResult<Vec<Outcome>> {
    let seeds: Vec<SeedInput> = seeds.into_iter().map(seed_input).collect();
    let pool = pool(jobs)?;
    py.detach(|| {
        let read = batch_options(options, &seeds, &pool, |s: &SeedInput| Some(s.clone()))?;
        pool.install(|| seeds.par_iter().map(|s| process_one(s, &read)).collect::<Result<Vec<Outcome>, String>>())
    })
    .map_err(PyRuntimeError::new_err)
}

/// A file's name and outcome, or why it could not be read (`(kind, message)`, kind `not-found` or `io`).
type FileOutcome = (String, Option<Outcome>, Option<(String, String)>);

fn io_error(e: &seeds_convert::Error) -> (String, String) {
    let not_found = match e {
        seeds_convert::Error::NotFound(_) => true,
        seeds_convert::Error::Read { source, .. } => source.kind() == std::io::ErrorKind::NotFound,
        _ => false,
    };
    let kind = if not_found { "not-found" } else { "io" };
    (kind.to_string(), e.to_string())
}

fn raise_io((kind, message): (String, String)) -> PyErr {
    if kind == "not-found" {
        PyFileNotFoundError::new_err(message)
    } else {
        PyOSError::new_err(message)
    }
}

/// The seeds below `inputs` as the CLI finds them (files; directories walked in sorted order; sidecars
/// paired with their bodies): their names, and the trouble met below directories.
#[pyfunction]
#[pyo3(signature = (inputs, follow=false))]
fn find_seeds(inputs: Vec<PathBuf>, follow: bool) -> PyResult<(Vec<String>, Vec<String>)> {
    let options = InputOptions { follow, ..InputOptions::default() };
    let found = input::resolve(&inputs, &options).map_err(|e| raise_io(io_error(&e)))?;
    let names = found.sources.iter().filter(|s| matches!(s, Source::File(_))).map(Source::name).collect();
    Ok((names, found.errors.iter().map(|e| e.to_string()).collect()))
}

/// Reads and checks seed files (named files, not directories: `find_seeds` expands those), in parallel,
/// the GIL released; learns a profile from all of them first unless `options` has one or says not to.
/// The CLI's `--to json INPUT...` is `find_seeds` then this.
#[pyfunction]
#[pyo3(signature = (options, paths, jobs=0, max_size=input::DEFAULT_MAX_SIZE))]
fn process_files(
    py: Python<'_>,
    options: &Options,
    paths: Vec<PathBuf>,
    jobs: usize,
    max_size: u64,
) -> PyResult<Vec<FileOutcome>> {
    let sources: Vec<Source> = paths.into_iter().map(Source::File).collect();
    let input = InputOptions { follow: true, max_size };
    let pool = pool(jobs)?;
    py.detach(|| {
        let read = batch_options(options, &sources, &pool, |s| input::load(s, &input).ok())?;
        pool.install(|| {
            sources
                .par_iter()
                .map(|s| match input::load(s, &input) {
                    Ok(seed) => process_one(&seed, &read).map(|o| (seed.name, Some(o), None)),
                    Err(e) => Ok((s.name(), None, Some(io_error(&e)))),
                })
                .collect::<Result<Vec<FileOutcome>, String>>()
        })
    })
    .map_err(PyRuntimeError::new_err)
}

/// Learns the profile of recurring lines from seeds (`(name, bytes, sidecar)`), in input order.
#[pyfunction]
#[pyo3(signature = (options, seeds, jobs=0))]
fn learn(py: Python<'_>, options: &Options, seeds: Vec<SeedTuple<'_>>, jobs: usize) -> PyResult<Profile> {
    let seeds: Vec<SeedInput> = seeds.into_iter().map(seed_input).collect();
    let pool = pool(jobs)?;
    py.detach(|| learn_all(&seeds, &options.read, &pool, |s| Ok(s.clone())))
}

/// Learns the profile of recurring lines from seed files, in input order; unreadable files are an error.
#[pyfunction]
#[pyo3(signature = (options, paths, jobs=0, max_size=input::DEFAULT_MAX_SIZE))]
fn learn_files(
    py: Python<'_>,
    options: &Options,
    paths: Vec<PathBuf>,
    jobs: usize,
    max_size: u64,
) -> PyResult<Profile> {
    let sources: Vec<Source> = paths.into_iter().map(Source::File).collect();
    let input = InputOptions { follow: true, max_size };
    let pool = pool(jobs)?;
    py.detach(|| learn_all(&sources, &options.read, &pool, |s| input::load(s, &input)))
}

/// `seeds-convert profile`: every seed counts (even fewer than three); a seed that cannot be loaded is an
/// error.
fn learn_all<T: Sync>(
    seeds: &[T],
    read: &ReadOptions,
    pool: &rayon::ThreadPool,
    load: impl Fn(&T) -> Result<SeedInput, seeds_convert::Error> + Sync,
) -> PyResult<Profile> {
    let mut builder = ProfileBuilder::default();
    let chunk = (pool.current_num_threads() * 16).max(32);
    for part in seeds.chunks(chunk) {
        let keys: Vec<Result<Vec<u64>, PyErr>> = pool.install(|| {
            part.par_iter()
                .map(|s| {
                    let seed = load(s).map_err(|e| raise_io(io_error(&e)))?;
                    guarded(&seed.name, || pipeline::profile_keys(&seed, read)).map_err(PyRuntimeError::new_err)
                })
                .collect()
        });
        for keys in keys {
            builder.add_keys(keys?);
        }
    }
    Ok(Profile::new(builder.finish()))
}

/// A font given as `(file name, bytes)`.
type FontTuple<'py> = (PathBuf, Bound<'py, PyBytes>);

/// Writes documents (their JSON) in a format (`epub`, `json`, `pdf`, `tei`, `txt`), as the CLI's `--to`.
/// `lines`: for `json`, `None` is the CLI's rule (pretty for one document, JSON Lines for several),
/// `True` JSON Lines always.
#[pyfunction]
#[pyo3(signature = (format, docs, *, title=None, author=None, modified=315_532_800, embed_font=None, font=None,
                    paper="a4", lines=None))]
#[allow(clippy::too_many_arguments)] // one keyword per CLI option
fn write_docs<'py>(
    py: Python<'py>,
    format: &str,
    docs: Vec<String>,
    title: Option<String>,
    author: Option<String>,
    modified: i64,
    embed_font: Option<FontTuple<'py>>,
    font: Option<FontTuple<'py>>,
    paper: &str,
    lines: Option<bool>,
) -> PyResult<Bound<'py, PyBytes>> {
    let writer = write::find(format).ok_or_else(|| {
        let names: Vec<&str> = write::WRITERS.iter().map(|w| w.name()).collect();
        PyValueError::new_err(format!("format `{format}` is unknown; one of: {}", names.join(", ")))
    })?;
    let paper = Paper::from_str(paper, true)
        .map_err(|_| PyValueError::new_err(format!("paper `{paper}` is unknown; one of: a4, letter")))?;
    let font_file =
        |f: Option<FontTuple<'_>>| f.map(|(path, bytes)| FontFile { path, bytes: bytes.as_bytes().to_vec() });
    let options =
        WriteOptions { title, author, modified, embed_font: font_file(embed_font), font: font_file(font), paper };
    let out = py.detach(|| -> PyResult<Vec<u8>> {
        let docs = docs
            .iter()
            .enumerate()
            .map(|(i, json)| {
                serde_json::from_str::<Document>(json)
                    .map_err(|e| PyValueError::new_err(format!("document {i} is not a seeds-convert document: {e}")))
            })
            .collect::<PyResult<Vec<Document>>>()?;
        let mut out = Vec::new();
        let written = guarded(format, || match lines {
            // A streaming writer takes the total to choose its framing: JSON Lines for more than one.
            Some(true) if writer.streams() => {
                let total = docs.len().max(2);
                docs.iter().enumerate().try_for_each(|(i, doc)| writer.write_part(i, total, doc, &mut out))
            }
            _ => writer.write(&docs, &options, &mut out),
        })
        .map_err(PyRuntimeError::new_err)?;
        written.map_err(|e| PyOSError::new_err(format!("--to {format}: {e}")))?;
        Ok(out)
    })?;
    Ok(PyBytes::new(py, &out))
}

/// The output formats, as `--to` names them.
#[pyfunction]
fn formats() -> Vec<&'static str> {
    write::WRITERS.iter().map(|w| w.name()).collect()
}

/// The native half of the `seeds_convert` package.
#[pymodule]
fn _native(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Options>()?;
    m.add_class::<Profile>()?;
    m.add_function(wrap_pyfunction!(process, m)?)?;
    m.add_function(wrap_pyfunction!(process_many, m)?)?;
    m.add_function(wrap_pyfunction!(find_seeds, m)?)?;
    m.add_function(wrap_pyfunction!(process_files, m)?)?;
    m.add_function(wrap_pyfunction!(learn, m)?)?;
    m.add_function(wrap_pyfunction!(learn_files, m)?)?;
    m.add_function(wrap_pyfunction!(write_docs, m)?)?;
    m.add_function(wrap_pyfunction!(formats, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
