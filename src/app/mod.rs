//! The things the tool does, given options already parsed from the command line: `check` seeds
//! (`check.rs`), convert them (`convert.rs`), `fix` them in place (`fix.rs`), learn a `profile`
//! (`profile.rs`). Seeds are read in parallel (rayon, `--jobs`) in chunks whose results are handed on in
//! input order, so output never depends on the number of threads and a run holds one chunk of documents,
//! not the corpus (books hold their documents, nothing more). Output goes through `spool.rs`: a temporary
//! file that becomes visible only if every input is well-formed.

mod check;
mod convert;
mod each;
mod fix;
mod profile;
mod spool;

pub(crate) use spool::install_signal_cleanup;

pub(crate) use check::{run_check, CheckRun};
pub(crate) use convert::{run_convert, ConvertRun};
pub(crate) use fix::{run_fix, FixRun};
pub(crate) use profile::{run_profile, ProfileRun};

use seeds_convert::error::Error;
use seeds_convert::input::{self, InputOptions, Source};
use seeds_convert::parse::boilerplate::profile::{Profile, ProfileBuilder};
use seeds_convert::pipeline::{process, Processed, ReadOptions};
use std::io::{IsTerminal, Write};
use std::path::PathBuf;

/// How to run over many seeds.
#[derive(Debug, Clone, Default)]
pub(crate) struct RunOptions {
    /// Worker threads; 0 = one per core.
    pub jobs: usize,
    /// Only this shard of the inputs.
    pub shard: Option<Shard>,
    /// Show a progress bar (only ever drawn on a terminal).
    pub progress: bool,
    /// Following links in walks, and the size limit.
    pub input: InputOptions,
}

/// `--shard K/N`: a stable partition of the inputs by path, so a batch system can fan a corpus out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shard {
    /// 1-based.
    pub index: usize,
    pub count: usize,
}

impl Shard {
    /// Parses `K/N` with 1 ≤ K ≤ N.
    pub(crate) fn parse(s: &str) -> Result<Shard, String> {
        let (k, n) = s.split_once('/').ok_or("expected K/N, e.g. 1/4")?;
        let (index, count): (usize, usize) =
            (k.trim().parse().map_err(|_| "K is not a number")?, n.trim().parse().map_err(|_| "N is not a number")?);
        if count == 0 || index == 0 || index > count {
            return Err(format!("need 1 ≤ K ≤ N, got {index}/{count}"));
        }
        Ok(Shard { index, count })
    }

    /// Whether the seed named `name` belongs to this shard (FNV-1a of the path: stable across runs,
    /// machines and versions).
    pub(crate) fn contains(&self, name: &str) -> bool {
        let hash =
            name.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3));
        (hash % self.count as u64) as usize == self.index - 1
    }
}

/// The seeds of a run (after sharding), the trouble met finding them, and the read options to use: with a
/// profile of recurring lines learned from *all* the inputs (before sharding, so a shard's output does not
/// depend on where the boundaries fall) unless one was given or learning is off.
pub(crate) fn gather(
    inputs: &[PathBuf],
    run: &RunOptions,
    read: &ReadOptions,
) -> Result<(input::Resolved, ReadOptions), Error> {
    let mut resolved = input::resolve(inputs, &run.input)?;
    let mut read = read.clone();
    if read.learn_profile && read.parse.profile.is_none() {
        read.parse.profile = learn_profile(&resolved.sources, &read, run)?.map(std::sync::Arc::new);
    }
    if let Some(shard) = run.shard {
        resolved.sources.retain(|s| shard.contains(&s.name()));
    }
    Ok((resolved, read))
}

/// Fewer documents than this teach nothing: a line must recur in three to count.
const PROFILE_MIN_DOCUMENTS: usize = 3;

/// Learns the recurring lines of `sources` (files only: standard input cannot be read twice), in input
/// order, so the profile does not depend on `--jobs`. Unreadable files are skipped here; the main pass
/// reports them.
pub(crate) fn learn_profile(
    sources: &[Source],
    read: &ReadOptions,
    run: &RunOptions,
) -> Result<Option<Profile>, Error> {
    let files: Vec<Source> = sources.iter().filter(|s| matches!(s, Source::File(_))).cloned().collect();
    if files.len() < PROFILE_MIN_DOCUMENTS {
        return Ok(None);
    }
    let mut builder = ProfileBuilder::default();
    in_order(
        &files,
        run,
        "learning recurring lines",
        |s| input::load(s, &run.input).map(|seed| seeds_convert::pipeline::profile_keys(&seed, read)),
        |_, keys| {
            if let Ok(keys) = keys {
                builder.add_keys(keys);
            }
            Ok(())
        },
    )?;
    Ok(Some(builder.finish()))
}

/// Reads and checks every source in parallel, handing results to `sink` in input order.
/// `stage` names what the progress bar shows being done (`checking`, `reading and parsing`).
/// What a conversion's inputs came to: each well-formed document goes on to the caller, each malformed one
/// is reported here; `finish` says whether anything may be written. (One or many outputs: `convert.rs`,
/// `each.rs`.)
pub(crate) struct Tally {
    invalid: usize,
    io_errors: usize,
    warnings: usize,
    warned_files: usize,
}

impl Tally {
    /// A tally that starts with the inputs that could not be read at all.
    pub(crate) fn new(unreadable: usize) -> Tally {
        Tally { invalid: 0, io_errors: unreadable, warnings: 0, warned_files: 0 }
    }

    /// Counts one input's result; a well-formed document is handed back, anything else is reported.
    pub(crate) fn take(
        &mut self,
        source: &Source,
        result: Result<Processed, Error>,
        stderr: &mut dyn Write,
    ) -> Option<Processed> {
        match result {
            Ok(p) if p.is_valid() => {
                self.warnings += p.diagnostics.len();
                self.warned_files += usize::from(!p.diagnostics.is_empty());
                Some(p)
            }
            Ok(p) => {
                self.invalid += 1;
                let name = source.name();
                let files = [seeds_convert::report::FileReport { path: &name, diagnostics: &p.diagnostics }];
                let _ = seeds_convert::report::render(seeds_convert::report::Format::Human, &files, stderr);
                None
            }
            Err(e) => {
                say(&e, stderr);
                self.io_errors += 1;
                None
            }
        }
    }

    /// Every input so far was read and well-formed.
    pub(crate) fn clean(&self) -> bool {
        self.invalid == 0 && self.io_errors == 0
    }

    /// After the last input: the exit status when nothing may be written (said on `stderr`), else `None`
    /// after the warnings' summary (unless `quiet`).
    pub(crate) fn finish(&self, quiet: bool, stderr: &mut dyn Write) -> Option<seeds_convert::error::ExitStatus> {
        use seeds_convert::error::ExitStatus;
        if !self.clean() {
            let (invalid, io_errors) = (self.invalid, self.io_errors);
            let _ = writeln!(
                stderr,
                "seeds-convert: {invalid} input(s) not well-formed, {io_errors} unreadable; nothing written"
            );
            return Some(if io_errors > 0 { ExitStatus::Error } else { ExitStatus::Failure });
        }
        if self.warnings > 0 && !quiet {
            let (warnings, warned_files) = (self.warnings, self.warned_files);
            let _ = writeln!(
                stderr,
                "seeds-convert: {warnings} warning(s) in {warned_files} file(s); `seeds-convert check` shows them"
            );
        }
        None
    }
}

pub(crate) fn process_in_order<F>(
    sources: &[Source],
    read: &ReadOptions,
    run: &RunOptions,
    stage: &str,
    sink: F,
) -> Result<(), Error>
where
    F: FnMut(&Source, Result<Processed, Error>) -> Result<(), Error>,
{
    in_order(sources, run, stage, |s| input::load(s, &run.input).map(|seed| process(&seed, read)), sink)
}

/// Runs `work` on every source in parallel, handing the results to `sink` in input order. At most a window
/// of sources is under way or waiting for the sink at once, so memory holds that many results, not the
/// corpus. The progress bar (labelled `stage`) is suspended while `sink` runs, so what it writes to the
/// terminal (a report, a message) never shares a line with the bar or its remains.
///
/// The threads take the next source as they finish one and never wait for one another: chunks with a
/// barrier after each left a thread idle while another finished the chunk's last seed, and all idle while
/// the sink ran. (`Ordered` has the rules.)
pub(crate) fn in_order<T, W, F>(
    sources: &[Source],
    run: &RunOptions,
    stage: &str,
    work: W,
    mut sink: F,
) -> Result<(), Error>
where
    T: Send,
    W: Fn(&Source) -> Result<T, Error> + Sync,
    F: FnMut(&Source, Result<T, Error>) -> Result<(), Error>,
{
    let bar = progress_bar(sources.len(), run.progress, stage);
    if sources.len() == 1 || run.jobs == 1 {
        // Nothing to share out: no thread pool to start.
        for source in sources {
            let result = work(source);
            bar.inc(1);
            bar.suspend(|| sink(source, result))?;
        }
        bar.finish_and_clear();
        return Ok(());
    }
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(run.jobs)
        .build()
        .map_err(|e| Error::Usage(format!("--jobs {}: {e}", run.jobs)))?;
    let threads = pool.current_num_threads();
    let ordered = Ordered::new(sources.len(), (threads * 16).max(32));
    let worker = |_: &rayon::Scope<'_>| ordered.work(|i| work(&sources[i]));
    pool.in_place_scope(|scope| -> Result<(), Error> {
        for _ in 0..threads {
            scope.spawn(worker);
        }
        let mut batch = Vec::new();
        while let Some(first) = ordered.take(&mut batch) {
            for _ in 0..threads.saturating_sub(ordered.workers()) {
                scope.spawn(worker);
            }
            for (n, result) in batch.drain(..).enumerate() {
                let result = result.unwrap_or_else(|panic| {
                    ordered.stop();
                    std::panic::resume_unwind(panic)
                });
                bar.inc(1);
                if let Err(e) = bar.suspend(|| sink(&sources[first + n], result)) {
                    ordered.stop();
                    return Err(e);
                }
            }
        }
        Ok(())
    })?;
    bar.finish_and_clear();
    Ok(())
}

/// What `in_order`'s threads share: which source is next, and the results not yet handed to the sink.
///
/// A worker never blocks: one waiting for the sink to make room could be run by a thread inside another
/// seed's own parallel work (`decode::PARALLEL_FROM`), under the very seed the sink waits for. A worker
/// whose next source would leave the window ends instead, and the sink's thread starts workers again as
/// it makes room. The sink's thread is woken once a batch of results is ready in order (or the last ones
/// are), not once a seed: each wake-up is a pair of system calls.
struct Ordered<T> {
    state: std::sync::Mutex<OrderedState<T>>,
    ready: std::sync::Condvar,
    len: usize,
    window: usize,
}

type Outcome<T> = std::thread::Result<Result<T, Error>>;

struct OrderedState<T> {
    /// The next source to start.
    next: usize,
    /// The oldest source not yet handed to the sink; `results[k]` is source `head + k`'s.
    head: usize,
    results: std::collections::VecDeque<Option<Outcome<T>>>,
    /// Workers running.
    workers: usize,
    stop: bool,
}

/// Results handed to the sink at a time (fewer at the end).
const ORDERED_BATCH: usize = 8;

impl<T> Ordered<T> {
    fn new(len: usize, window: usize) -> Self {
        let state = OrderedState { next: 0, head: 0, results: Default::default(), workers: 0, stop: false };
        Ordered { state: std::sync::Mutex::new(state), ready: std::sync::Condvar::new(), len, window }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, OrderedState<T>> {
        self.state.lock().unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// Whether the next batch is ready: `ORDERED_BATCH` results in order from `head`, or all that are left.
    fn batch_ready(&self, state: &OrderedState<T>) -> bool {
        let want = ORDERED_BATCH.min(self.len - state.head);
        state.results.iter().take(want).filter(|r| r.is_some()).count() == want
    }

    /// A worker: runs `work` on the next source until none is left, the window is full or the run stops.
    /// A panic is kept as the source's result, raised again by the sink's thread.
    fn work(&self, work: impl Fn(usize) -> Result<T, Error>) {
        let mut state = self.lock();
        state.workers += 1;
        loop {
            let i = state.next;
            if state.stop || i >= self.len || i >= state.head + self.window {
                state.workers -= 1;
                // The sink's thread may be waiting for nothing more than the last results.
                self.ready.notify_one();
                return;
            }
            state.next += 1;
            drop(state);
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| work(i)));
            state = self.lock();
            let at = i - state.head;
            if state.results.len() <= at {
                state.results.resize_with(at + 1, || None);
            }
            state.results[at] = Some(outcome);
            if self.batch_ready(&state) {
                self.ready.notify_one();
            }
        }
    }

    /// Waits for the next batch of results in order and moves it into `batch`; the index of its first
    /// source, or `None` once every result was taken.
    fn take(&self, batch: &mut Vec<Outcome<T>>) -> Option<usize> {
        let mut state = self.lock();
        if state.head >= self.len {
            return None;
        }
        while !self.batch_ready(&state) {
            state = self.ready.wait(state).unwrap_or_else(std::sync::PoisonError::into_inner);
        }
        let first = state.head;
        while let Some(Some(_)) = state.results.front() {
            batch.push(state.results.pop_front().flatten().expect("just matched"));
            state.head += 1;
        }
        Some(first)
    }

    fn workers(&self) -> usize {
        self.lock().workers
    }

    /// No more sources are started (the sink failed); the workers end after the one they are on.
    fn stop(&self) {
        self.lock().stop = true;
    }
}

fn progress_bar(total: usize, wanted: bool, stage: &str) -> indicatif::ProgressBar {
    if !wanted || total < 2 || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(total as u64);
    let style = indicatif::ProgressStyle::with_template("{msg} {bar:40} {pos}/{len} seeds  {elapsed} (eta {eta})");
    if let Ok(style) = style {
        bar.set_style(style);
    }
    bar.set_message(stage.to_string());
    bar
}

/// A spinner for a stage with no count to show (writing a book, typesetting a PDF), ticking on its own
/// until finished; hidden unless wanted and standard error is a terminal.
pub(crate) fn stage_spinner(wanted: bool, stage: String) -> indicatif::ProgressBar {
    if !wanted || !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let spinner = indicatif::ProgressBar::new_spinner();
    if let Ok(style) = indicatif::ProgressStyle::with_template("{msg} {spinner}  {elapsed}") {
        spinner.set_style(style);
    }
    spinner.set_message(stage);
    spinner.enable_steady_tick(std::time::Duration::from_millis(120));
    spinner
}

pub(crate) fn report_errors(errors: &[Error], stderr: &mut dyn Write) {
    for e in errors {
        say(e, stderr);
    }
}

/// One error on standard error, escaped for the terminal (a file name can hold escape sequences).
pub(crate) fn say(e: &Error, stderr: &mut dyn Write) {
    let _ = writeln!(stderr, "seeds-convert: {}", seeds_convert::report::terminal_safe(&e.to_string()));
}

#[cfg(test)]
mod tests {
    use super::Shard;

    #[test]
    fn shards_partition_stably() {
        assert_eq!(Shard::parse("2/4"), Ok(Shard { index: 2, count: 4 }));
        assert!(Shard::parse("0/4").is_err() && Shard::parse("5/4").is_err() && Shard::parse("x").is_err());
        let names: Vec<String> = (0..1000).map(|i| format!("corpus/{i}.txt")).collect();
        let shards: Vec<Shard> = (1..=4).map(|k| Shard { index: k, count: 4 }).collect();
        for name in &names {
            assert_eq!(shards.iter().filter(|s| s.contains(name)).count(), 1, "{name}");
        }
        let sizes: Vec<usize> = shards.iter().map(|s| names.iter().filter(|n| s.contains(n)).count()).collect();
        assert!(sizes.iter().all(|&n| n > 200), "{sizes:?}");
        // Stable across versions and machines: FNV-1a of `corpus/0.txt` is pinned (shard 1 of 4).
        assert!(Shard { index: 1, count: 4 }.contains("corpus/0.txt"));
    }
}
