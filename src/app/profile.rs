//! `seeds-convert profile`.

use super::spool::{refuse_output_among_inputs, write_atomically};
use super::{in_order, report_errors, RunOptions};
use seeds_convert::error::{Error, ExitStatus};
use seeds_convert::input;
use seeds_convert::parse::boilerplate::profile::ProfileBuilder;
use seeds_convert::pipeline::ReadOptions;
use std::io::Write;
use std::path::PathBuf;

pub(crate) struct ProfileRun {
    pub inputs: Vec<PathBuf>,
    pub read: ReadOptions,
    pub output: Option<PathBuf>,
    pub run: RunOptions,
}

/// `seeds-convert profile`: learns the recurring lines of the inputs and writes them as JSON, for
/// `--profile` on runs over parts of the same corpus (shards on other machines).
pub(crate) fn run_profile(
    run: &ProfileRun,
    stdout: &mut dyn Write,
    stderr: &mut dyn Write,
) -> Result<ExitStatus, Error> {
    let found = input::resolve(&run.inputs, &run.run.input)?;
    if let Some(out) = &run.output {
        refuse_output_among_inputs(out, &found.sources)?;
    }
    report_errors(&found.errors, stderr);
    let mut builder = ProfileBuilder::default();
    let mut status = if found.errors.is_empty() { ExitStatus::Success } else { ExitStatus::Error };
    in_order(
        &found.sources,
        &run.run,
        "learning recurring lines",
        |s| input::load(s, &run.run.input).map(|seed| seeds_convert::pipeline::profile_keys(&seed, &run.read)),
        |_, keys| {
            match keys {
                Ok(keys) => builder.add_keys(keys),
                Err(e) => {
                    super::say(&e, stderr);
                    status = ExitStatus::Error;
                }
            }
            Ok(())
        },
    )?;
    let profile = builder.finish();
    let json = profile.to_json() + "\n";
    match &run.output {
        Some(path) => write_atomically(path, json.as_bytes())?,
        None => stdout.write_all(json.as_bytes()).map_err(Error::Stdout)?,
    }
    let _ = writeln!(
        stderr,
        "seeds-convert: {} document(s), {} line(s) found in two or more; a line in {} or more is furniture",
        profile.documents,
        profile.lines.len(),
        profile.threshold()
    );
    Ok(status)
}
