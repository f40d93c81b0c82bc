//! `seeds_convert._native`: the library (not the command line) for Python. This layer moves bytes and
//! JSON text across the boundary and nothing else: documents and diagnostics cross as the JSON the CLI
//! writes (serde_json, the same serializer), and the Python package (`python/seeds_convert/`) turns them
//! into dicts with `json.loads` — exact, and cheap (see `docs/python.md`). Batches run on a rayon pool
//! with the GIL released, like the CLI's runs; every seed is processed under `catch_unwind`, so a panic
//! becomes a Python exception naming the seed, never an abort across the FFI boundary.
//!
//! **No PyO3 macros.** `#[pyfunction]`/`#[pyclass]` need PyO3's proc macros, which turn on a feature of
//! `syn` that nothing else here uses; that changes the build of every derive macro and so of every crate
//! in the library's tree, and CI would compile the whole tree twice (once for `cargo test`, once for the
//! extension: +6 to +12 minutes on two cores). Built without them, the extension shares all but a handful
//! of crates with `cargo test --release`. So the module is made by hand: `PyInit__native` builds it,
//! each function is a closure (`PyCFunction::new_closure`) taking positional arguments, and the two
//! Rust values Python holds (read options, a profile) travel in named capsules. The Python package gives
//! all of it its real signatures, keywords and classes.

use clap::ValueEnum;
use pyo3::exceptions::{PyFileNotFoundError, PyOSError, PyRuntimeError, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyCFunction, PyCapsule, PyCapsuleMethods, PyDict, PyTuple};
use pyo3::BoundObject;
use rayon::prelude::*;
use seeds_convert::check::SchemaValidator;
use seeds_convert::decode::tone::ToneStyle;
use seeds_convert::input::{self, InputOptions, SeedInput, Source};
use seeds_convert::model::Document;
use seeds_convert::parse::boilerplate::profile::ProfileBuilder;
use seeds_convert::parse::{Layout, Profile, Rules};
use seeds_convert::pipeline::{self, ReadOptions};
use seeds_convert::write::{self, FontFile, Paper, WriteOptions};
use std::ffi::CStr;
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::path::PathBuf;
use std::sync::Arc;

/// Fewer documents than this teach nothing (a line must recur in three): the CLI's rule, `app::gather`.
const PROFILE_MIN_DOCUMENTS: usize = 3;

// ---------------------------------------------------------------------------------------------- capsules

/// A Rust value held by Python, in a capsule named for its type, so one is never read as the other.
trait Held: Sized + Send + 'static {
    const NAME: &'static CStr;
}

impl Held for ReadOptions {
    const NAME: &'static CStr = c"seeds_convert.Options";
}

impl Held for Arc<Profile> {
    const NAME: &'static CStr = c"seeds_convert.Profile";
}

fn hold<'py, T: Held>(py: Python<'py>, value: T) -> PyResult<Bound<'py, PyCapsule>> {
    PyCapsule::new_with_value(py, value, T::NAME)
}

/// The value in a capsule made by `hold::<T>`. The reference lives as long as the capsule, which the
/// caller's argument tuple keeps alive for the whole call.
fn held<'a, T: Held>(capsule: &'a Bound<'_, PyAny>) -> PyResult<&'a T> {
    let capsule = capsule.cast::<PyCapsule>().map_err(|_| PyTypeError::new_err("expected a seeds_convert capsule"))?;
    let pointer = capsule.pointer_checked(Some(T::NAME))?;
    // SAFETY: the name check above guarantees the capsule was made by `hold::<T>` (`new_with_value`
    // stores a `T` at the pointer), and the capsule outlives the borrow (see above); the value is never
    // mutated after it is made.
    #[allow(unsafe_code)]
    Ok(unsafe { &*pointer.as_ptr().cast::<T>() })
}

// ---------------------------------------------------------------------------------------------- arguments

/// Positional argument `i`, extracted as `T`.
fn arg<'py, T: FromPyObjectOwned<'py>>(args: &Bound<'py, PyTuple>, i: usize) -> PyResult<T> {
    args.get_item(i)?.extract::<T>().map_err(Into::into)
}

/// Positional argument `i`, `bytes`, copied.
fn bytes_arg(args: &Bound<'_, PyTuple>, i: usize) -> PyResult<Vec<u8>> {
    bytes_of(&args.get_item(i)?)
}

fn bytes_of(value: &Bound<'_, PyAny>) -> PyResult<Vec<u8>> {
    Ok(value.cast::<PyBytes>().map_err(|_| PyTypeError::new_err("expected bytes"))?.as_bytes().to_vec())
}

/// Positional argument `i`: a list of `(name, bytes, bytes | None)`.
fn seeds_arg(args: &Bound<'_, PyTuple>, i: usize) -> PyResult<Vec<SeedInput>> {
    let list: Vec<Bound<'_, PyAny>> = arg(args, i)?;
    list.iter()
        .map(|item| {
            let (name, bytes, sidecar): (String, Bound<'_, PyAny>, Bound<'_, PyAny>) = item.extract()?;
            let sidecar = if sidecar.is_none() { None } else { Some(bytes_of(&sidecar)?) };
            Ok(SeedInput { name, bytes: bytes_of(&bytes)?, sidecar })
        })
        .collect()
}

/// Positional argument `i`: `(file name, bytes)` or `None`.
fn font_arg(args: &Bound<'_, PyTuple>, i: usize) -> PyResult<Option<FontFile>> {
    let value = args.get_item(i)?;
    if value.is_none() {
        return Ok(None);
    }
    let (path, bytes): (PathBuf, Bound<'_, PyAny>) = value.extract()?;
    Ok(Some(FontFile { path, bytes: bytes_of(&bytes)? }))
}

// ---------------------------------------------------------------------------------------------- work

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

/// One seed's outcome: the document and the diagnostics as JSON text, and whether it is well-formed.
type Outcome = (String, String, bool);

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

/// Learns the profile of `seeds` in input order (so it does not depend on `jobs`), in chunks as the CLI
/// (memory holds one chunk of key lists). `load` gives a seed, `None` to skip it, or an error to stop.
fn learn_in_order<T: Sync>(
    seeds: &[T],
    read: &ReadOptions,
    pool: &rayon::ThreadPool,
    load: impl Fn(&T) -> Result<Option<SeedInput>, PyErr> + Sync,
) -> PyResult<Profile> {
    let mut builder = ProfileBuilder::default();
    let chunk = (pool.current_num_threads() * 16).max(32);
    for part in seeds.chunks(chunk) {
        let keys: Vec<PyResult<Option<Vec<u64>>>> = pool.install(|| {
            part.par_iter()
                .map(|s| match load(s)? {
                    Some(seed) => guarded(&seed.name, || Some(pipeline::profile_keys(&seed, read)))
                        .map_err(PyRuntimeError::new_err),
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
    Ok(builder.finish())
}

/// The read options of a batch: with a profile learned from the batch when none was given and there are
/// three seeds or more, as the CLI (unreadable files are skipped here; the main pass reports them).
fn batch_options<T: Sync>(
    read: &ReadOptions,
    seeds: &[T],
    pool: &rayon::ThreadPool,
    load: impl Fn(&T) -> Option<SeedInput> + Sync,
) -> PyResult<ReadOptions> {
    let mut read = read.clone();
    if read.learn_profile && read.parse.profile.is_none() && seeds.len() >= PROFILE_MIN_DOCUMENTS {
        read.parse.profile = Some(Arc::new(learn_in_order(seeds, &read, pool, |s| Ok(load(s)))?));
    }
    Ok(read)
}

/// `(kind, message)` of an error reading a file: kind `not-found` or `io`.
fn io_error(e: &seeds_convert::Error) -> (String, String) {
    let not_found = match e {
        seeds_convert::Error::NotFound(_) => true,
        seeds_convert::Error::Read { source, .. } => source.kind() == std::io::ErrorKind::NotFound,
        _ => false,
    };
    (if not_found { "not-found" } else { "io" }.to_string(), e.to_string())
}

fn raise_io((kind, message): (String, String)) -> PyErr {
    if kind == "not-found" {
        PyFileNotFoundError::new_err(message)
    } else {
        PyOSError::new_err(message)
    }
}

/// A profile for Python: `(capsule, JSON, documents, threshold, recurring lines)`.
type ProfileTuple<'py> = (Bound<'py, PyCapsule>, String, usize, usize, usize);

fn profile_tuple(py: Python<'_>, profile: Profile) -> PyResult<ProfileTuple<'_>> {
    let (json, documents, threshold, lines) =
        (profile.to_json(), profile.documents, profile.threshold(), profile.lines.len());
    Ok((hold(py, Arc::new(profile))?, json, documents, threshold, lines))
}

// ---------------------------------------------------------------------------------------------- functions

/// `options(layout, rules, strict, tone_style, profile, learn_profile, fold_lookalikes, schema)`: the
/// CLI's read options as a capsule (rules and schema as JSON text, profile as a profile capsule or None).
fn options<'py>(py: Python<'py>, args: &Bound<'py, PyTuple>) -> PyResult<Bound<'py, PyCapsule>> {
    let mut read = ReadOptions { strict: arg(args, 2)?, learn_profile: arg(args, 5)?, ..ReadOptions::default() };
    if let Some(name) = arg::<Option<String>>(args, 0)? {
        let layout = Layout::from_str(&name, false).map_err(|_| {
            let names: Vec<String> = Layout::value_variants()
                .iter()
                .filter_map(|l| l.to_possible_value().map(|v| v.get_name().to_string()))
                .collect();
            PyValueError::new_err(format!("layout `{name}` is unknown; one of: {}", names.join(", ")))
        })?;
        read.parse.layout = Some(layout);
    }
    if let Some(json) = arg::<Option<String>>(args, 1)? {
        let user = Rules::from_json(&json).map_err(|m| PyValueError::new_err(format!("rules: {m}")))?;
        read.parse.rules = Rules::builtin().with_user_rules(user);
    }
    if let Some(name) = arg::<Option<String>>(args, 3)? {
        let style = ToneStyle::from_name(&name);
        read.tone_style = Some(
            style.ok_or_else(|| PyValueError::new_err(format!("tone_style `{name}` is unknown; one of: old, new")))?,
        );
    }
    let profile = args.get_item(4)?;
    if !profile.is_none() {
        read.parse.profile = Some(held::<Arc<Profile>>(&profile)?.clone());
    }
    read.parse.fold_lookalikes = arg(args, 6)?;
    if let Some(json) = arg::<Option<String>>(args, 7)? {
        let validator = SchemaValidator::new(&json).map_err(|m| PyValueError::new_err(format!("schema: {m}")))?;
        read.user_schema = Some(Arc::new(validator));
    }
    hold(py, read)
}

/// `profile_from_json(text)`: reads the JSON of `seeds-convert profile`; a profile tuple.
fn profile_from_json<'py>(py: Python<'py>, args: &Bound<'py, PyTuple>) -> PyResult<ProfileTuple<'py>> {
    let json: String = arg(args, 0)?;
    let profile = Profile::from_json(&json).map_err(|m| PyValueError::new_err(format!("profile: {m}")))?;
    profile_tuple(py, profile)
}

/// `process(options, name, data, sidecar)`: reads and checks one seed; an outcome.
fn process(py: Python<'_>, args: &Bound<'_, PyTuple>) -> PyResult<Outcome> {
    let capsule = args.get_item(0)?;
    let read = held::<ReadOptions>(&capsule)?;
    let sidecar = args.get_item(3)?;
    let sidecar = if sidecar.is_none() { None } else { Some(bytes_of(&sidecar)?) };
    let seed = SeedInput { name: arg(args, 1)?, bytes: bytes_arg(args, 2)?, sidecar };
    py.detach(|| process_one(&seed, read)).map_err(PyRuntimeError::new_err)
}

/// `process_many(options, [(name, data, sidecar)], jobs)`: reads and checks seeds in parallel (the GIL
/// released), outcomes in input order; learns a profile from them first unless the options have one or
/// say not to.
fn process_many(py: Python<'_>, args: &Bound<'_, PyTuple>) -> PyResult<Vec<Outcome>> {
    let capsule = args.get_item(0)?;
    let read = held::<ReadOptions>(&capsule)?;
    let seeds = seeds_arg(args, 1)?;
    let pool = pool(arg(args, 2)?)?;
    py.detach(|| {
        let read = batch_options(read, &seeds, &pool, |s: &SeedInput| Some(s.clone()))?;
        pool.install(|| seeds.par_iter().map(|s| process_one(s, &read)).collect::<Result<Vec<Outcome>, String>>())
            .map_err(PyRuntimeError::new_err)
    })
}

/// `find_seeds([input], follow)`: the seeds below the inputs as the CLI finds them (files; directories
/// walked in sorted order; sidecars paired with their bodies): `(names, troubles below directories)`.
fn find_seeds(_py: Python<'_>, args: &Bound<'_, PyTuple>) -> PyResult<(Vec<String>, Vec<String>)> {
    let inputs: Vec<PathBuf> = arg(args, 0)?;
    let options = InputOptions { follow: arg(args, 1)?, ..InputOptions::default() };
    let found = input::resolve(&inputs, &options).map_err(|e| raise_io(io_error(&e)))?;
    let names = found.sources.iter().filter(|s| matches!(s, Source::File(_))).map(Source::name).collect();
    Ok((names, found.errors.iter().map(|e| e.to_string()).collect()))
}

/// A file's name and outcome, or why it could not be read (`(kind, message)`).
type FileOutcome = (String, Option<Outcome>, Option<(String, String)>);

/// `process_files(options, [path], jobs, max_size)`: reads and checks seed files (named files: a
/// `N.body.txt` gets its sidecar) in parallel, the GIL released; learns a profile from all of them first
/// unless the options have one or say not to. The CLI's `--to json INPUT...` is `find_seeds` then this.
fn process_files(py: Python<'_>, args: &Bound<'_, PyTuple>) -> PyResult<Vec<FileOutcome>> {
    let capsule = args.get_item(0)?;
    let read = held::<ReadOptions>(&capsule)?;
    let sources: Vec<Source> = arg::<Vec<PathBuf>>(args, 1)?.into_iter().map(Source::File).collect();
    let pool = pool(arg(args, 2)?)?;
    let input = InputOptions { follow: true, max_size: arg(args, 3)? };
    py.detach(|| {
        let read = batch_options(read, &sources, &pool, |s| input::load(s, &input).ok())?;
        pool.install(|| {
            sources
                .par_iter()
                .map(|s| match input::load(s, &input) {
                    Ok(seed) => process_one(&seed, &read).map(|o| (seed.name, Some(o), None)),
                    Err(e) => Ok((s.name(), None, Some(io_error(&e)))),
                })
                .collect::<Result<Vec<FileOutcome>, String>>()
        })
        .map_err(PyRuntimeError::new_err)
    })
}

/// `learn(options, [(name, data, sidecar)], jobs)`: `seeds-convert profile` over contents; a profile tuple.
fn learn<'py>(py: Python<'py>, args: &Bound<'py, PyTuple>) -> PyResult<ProfileTuple<'py>> {
    let capsule = args.get_item(0)?;
    let read = held::<ReadOptions>(&capsule)?;
    let seeds = seeds_arg(args, 1)?;
    let pool = pool(arg(args, 2)?)?;
    let profile = py.detach(|| learn_in_order(&seeds, read, &pool, |s: &SeedInput| Ok(Some(s.clone()))))?;
    profile_tuple(py, profile)
}

/// `learn_files(options, [path], jobs, max_size)`: `seeds-convert profile FILE...`; an unreadable file is
/// an error. A profile tuple.
fn learn_files<'py>(py: Python<'py>, args: &Bound<'py, PyTuple>) -> PyResult<ProfileTuple<'py>> {
    let capsule = args.get_item(0)?;
    let read = held::<ReadOptions>(&capsule)?;
    let sources: Vec<Source> = arg::<Vec<PathBuf>>(args, 1)?.into_iter().map(Source::File).collect();
    let pool = pool(arg(args, 2)?)?;
    let input = InputOptions { follow: true, max_size: arg(args, 3)? };
    let profile = py.detach(|| {
        learn_in_order(&sources, read, &pool, |s| input::load(s, &input).map(Some).map_err(|e| raise_io(io_error(&e))))
    })?;
    profile_tuple(py, profile)
}

/// `write_docs(format, [document JSON], title, author, modified, embed_font, font, paper, lines, lang,
/// publisher, date, identifier)`: the bytes of `--to FORMAT`. `lines`: for `json`, `None` is the CLI's rule (pretty for one document, JSON
/// Lines for several), `True` JSON Lines always.
fn write_docs<'py>(py: Python<'py>, args: &Bound<'py, PyTuple>) -> PyResult<Bound<'py, PyBytes>> {
    let format: String = arg(args, 0)?;
    let writer = write::find(&format).ok_or_else(|| {
        let names: Vec<&str> = write::WRITERS.iter().map(|w| w.name()).collect();
        PyValueError::new_err(format!("format `{format}` is unknown; one of: {}", names.join(", ")))
    })?;
    let docs: Vec<String> = arg(args, 1)?;
    let paper: String = arg(args, 7)?;
    let paper = Paper::from_str(&paper, true)
        .map_err(|_| PyValueError::new_err(format!("paper `{paper}` is unknown; one of: a4, letter")))?;
    let options = WriteOptions {
        title: arg(args, 2)?,
        author: arg(args, 3)?,
        modified: arg(args, 4)?,
        embed_font: font_arg(args, 5)?,
        font: font_arg(args, 6)?,
        paper,
        // `--lang` and `--date` are checked as the CLI checks them.
        language: arg::<Option<String>>(args, 9)?
            .map(|l| write::parse_language(&l).map_err(|e| PyValueError::new_err(format!("lang `{l}`: {e}"))))
            .transpose()?,
        publisher: arg(args, 10)?,
        date: arg::<Option<String>>(args, 11)?
            .map(|d| write::parse_date(&d).map_err(|e| PyValueError::new_err(format!("date `{d}`: {e}"))))
            .transpose()?,
        identifier: arg(args, 12)?,
        group_by: Default::default(),
        cover: None,
    };
    let lines: Option<bool> = arg(args, 8)?;
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
        let written = guarded(&format, || match lines {
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

/// `formats()`: the output formats, as `--to` names them.
fn formats(_py: Python<'_>, _args: &Bound<'_, PyTuple>) -> PyResult<Vec<&'static str>> {
    Ok(write::WRITERS.iter().map(|w| w.name()).collect())
}

// ---------------------------------------------------------------------------------------------- module

/// A native function: its name, its docstring (the line Python shows), and the number of positional
/// arguments it takes.
type Native = (&'static CStr, &'static CStr, usize);

/// Adds `f` to the module as a function of exactly `arity` positional arguments.
fn add<F>(m: &Bound<'_, PyModule>, (name, doc, arity): Native, f: F) -> PyResult<()>
where
    F: Fn(&Bound<'_, PyTuple>) -> PyResult<Py<PyAny>> + Send + Sync + 'static,
{
    let label = name.to_string_lossy().into_owned();
    let function = PyCFunction::new_closure(
        m.py(),
        Some(name),
        Some(doc),
        move |args: &Bound<'_, PyTuple>, kwargs: Option<&Bound<'_, PyDict>>| -> PyResult<Py<PyAny>> {
            if kwargs.is_some_and(|k| !k.is_empty()) || args.len() != arity {
                return Err(PyTypeError::new_err(format!("{label}() takes {arity} positional arguments")));
            }
            f(args)
        },
    )?;
    m.add(name.to_str().map_err(|e| PyValueError::new_err(e.to_string()))?, function)
}

fn to_py<'py, T: IntoPyObject<'py>>(py: Python<'py>, value: T) -> PyResult<Py<PyAny>> {
    match value.into_pyobject(py) {
        Ok(object) => Ok(object.into_bound().into_any().unbind()),
        Err(e) => Err(e.into()),
    }
}

/// A native function as `add` takes it: its result turned into a Python object.
macro_rules! native {
    ($f:ident) => {
        |args: &Bound<'_, PyTuple>| -> PyResult<Py<PyAny>> {
            let py = args.py();
            to_py(py, $f(py, args)?)
        }
    };
}

/// The module's definition: CPython wants one for an extension module (single-phase initialisation, no
/// per-interpreter state: `m_size` -1). Only CPython reads and writes it, during the import.
#[allow(unsafe_code)]
static mut MODULE_DEF: pyo3::ffi::PyModuleDef = pyo3::ffi::PyModuleDef {
    m_base: pyo3::ffi::PyModuleDef_HEAD_INIT,
    m_name: c"seeds_convert._native".as_ptr(),
    m_doc: c"The native half of the seeds_convert package (use the package's functions).".as_ptr(),
    m_size: -1,
    m_methods: std::ptr::null_mut(),
    m_slots: std::ptr::null_mut(),
    m_traverse: None,
    m_clear: None,
    m_free: None,
};

fn module(py: Python<'_>) -> PyResult<Bound<'_, PyModule>> {
    // SAFETY: `MODULE_DEF` is a valid definition that lives for the whole process; CPython takes it by
    // pointer (and nothing in Rust reads or writes it); the result is a new reference or NULL with the
    // exception set, which `from_owned_ptr_or_err` turns into a `PyErr`.
    #[allow(unsafe_code)]
    let m =
        unsafe { Bound::from_owned_ptr_or_err(py, pyo3::ffi::PyModule_Create(std::ptr::addr_of_mut!(MODULE_DEF)))? };
    let m = m.cast_into::<PyModule>()?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    add(
        &m,
        (c"options", c"options(layout, rules, strict, tone_style, profile, learn_profile, fold_lookalikes, schema)", 8),
        native!(options),
    )?;
    add(&m, (c"profile_from_json", c"profile_from_json(text)", 1), native!(profile_from_json))?;
    add(&m, (c"process", c"process(options, name, data, sidecar)", 4), native!(process))?;
    add(&m, (c"process_many", c"process_many(options, seeds, jobs)", 3), native!(process_many))?;
    add(&m, (c"find_seeds", c"find_seeds(inputs, follow)", 2), native!(find_seeds))?;
    add(&m, (c"process_files", c"process_files(options, paths, jobs, max_size)", 4), native!(process_files))?;
    add(&m, (c"learn", c"learn(options, seeds, jobs)", 3), native!(learn))?;
    add(&m, (c"learn_files", c"learn_files(options, paths, jobs, max_size)", 4), native!(learn_files))?;
    add(
        &m,
        (
            c"write_docs",
            c"write_docs(format, docs, title, author, modified, embed_font, font, paper, lines, lang, publisher, date, identifier)",
            13,
        ),
        native!(write_docs),
    )?;
    add(&m, (c"formats", c"formats()", 0), native!(formats))?;
    Ok(m)
}

/// The module's entry point, called by `import seeds_convert._native` (single-phase initialisation: it
/// returns the module, or NULL with the exception set). A panic while building the module is caught here
/// and raised as an `ImportError`'s cause, never unwound into the interpreter.
#[allow(unsafe_code, non_snake_case)]
#[no_mangle]
pub unsafe extern "C" fn PyInit__native() -> *mut pyo3::ffi::PyObject {
    let made = catch_unwind(|| {
        Python::attach(|py| match module(py) {
            Ok(m) => m.into_ptr(),
            Err(e) => {
                e.restore(py);
                std::ptr::null_mut()
            }
        })
    });
    made.unwrap_or_else(|_| {
        Python::attach(|py| {
            PyRuntimeError::new_err("seeds_convert._native: panic while building the module").restore(py)
        });
        std::ptr::null_mut()
    })
}
