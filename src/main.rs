//! The `seeds-convert` binary: parse the command line, run, map the outcome to an exit code (0/1/2).
//! Nothing else lives here.

mod app;
mod cli;

use clap::Parser;
use cli::{Cli, Run};
use seeds_convert::{Error, ExitStatus};
use std::process::ExitCode;

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let _ = e.print();
            let status = if e.use_stderr() { ExitStatus::Error } else { ExitStatus::Success };
            return ExitCode::from(status.code());
        }
    };
    // Before anything is written: a ^C must never leave a temporary output file behind.
    app::install_signal_cleanup();
    let (mut stdout, mut stderr) = (std::io::stdout().lock(), std::io::stderr());
    let result = cli::into_run(cli).and_then(|run| match run {
        Run::Check(run) => app::run_check(&run, &mut stdout, &mut stderr),
        Run::Convert(run) => app::run_convert(&run, &mut stdout, &mut stderr),
        Run::Fix(run) => app::run_fix(&run, &mut stdout, &mut stderr),
        Run::Profile(run) => app::run_profile(&run, &mut stdout, &mut stderr),
        Run::Print(bytes) => {
            use std::io::Write;
            stdout.write_all(&bytes).and_then(|()| stdout.flush()).map(|()| ExitStatus::Success).map_err(Error::Stdout)
        }
    });
    let status = match result {
        Ok(status) => status,
        Err(e) if e.is_broken_pipe() => ExitStatus::Success,
        Err(e) => {
            report(&e);
            ExitStatus::Error
        }
    };
    ExitCode::from(status.code())
}

fn report(e: &Error) {
    // Escaped: a message can quote a file name, and a file name can hold terminal escape sequences.
    let safe = |s: String| seeds_convert::report::terminal_safe(&s).into_owned();
    let message = e.to_string();
    eprintln!("seeds-convert: {}", safe(message.clone()));
    let mut source = std::error::Error::source(e);
    while let Some(cause) = source {
        // Said once: most messages already end with their cause (`…: cannot write output: Not a directory`).
        let cause_text = cause.to_string();
        if !message.contains(&cause_text) {
            eprintln!("  caused by: {}", safe(cause_text));
        }
        source = cause.source();
    }
}
