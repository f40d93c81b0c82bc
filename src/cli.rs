//! The command line (clap derive) and its conversion, in one place, into the library's plain options:
//! clap never reaches the library.

use crate::app::{CheckRun, ConvertRun, FixRun, ProfileRun, RunOptions, Shard};
use clap::{Args, Parser, Subcommand};
use seeds_convert::check::SchemaValidator;
use seeds_convert::decode::tone::ToneStyle;
use seeds_convert::error::Error;
use seeds_convert::input::{self, InputOptions};
use seeds_convert::parse::{Layout, ParseOptions, Profile, Rules};
use seeds_convert::pipeline::ReadOptions;
use seeds_convert::report::Format;
use seeds_convert::write::{self, FontFile, WriteOptions};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "seeds-convert",
    version,
    about = "Turn raw scraped Vietnamese news text (seed files) into clean, validated documents.",
    long_about = None,
    args_conflicts_with_subcommands = true,
    after_help = MAIN_AFTER_HELP
)]
pub(crate) struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub convert: ConvertArgs,
}

const MAIN_AFTER_HELP: &str = "\
INPUT is a seed file, a directory (every *.txt below it, sorted), or - for standard input.
Exit status: 0 ok; 1 an input is not a well-formed seed (nothing is written); 2 usage or I/O error.

Examples:
  seeds-convert samples/articles -o samples.epub       an EPUB book of the samples (format from the name)
  seeds-convert --to html seed.txt -o seed.html        one standalone web page
  seeds-convert --to md --each corpus/ -o md/          one Markdown file per seed, mirroring corpus/
  seeds-convert --to json corpus/ -o corpus.jsonl      JSON Lines, one document per seed
  seeds-convert check --format github corpus/          the CI gate, with annotations
  seeds-convert fix --diff corpus/                     what `fix` would change
  seeds-convert explain SC105                          what a diagnostic means and how to fix it";

/// `check --help`'s closing text: examples and every diagnostic code.
fn check_after_help() -> String {
    format!(
        "Examples:\n  \
         seeds-convert check corpus/                          a report, and exit 1 if a seed has an error\n  \
         seeds-convert check --format json corpus/ > r.json   for scripts (schemas/diagnostics.schema.json)\n  \
         seeds-convert check --strict --format github corpus/ in GitHub Actions\n\n\
         Diagnostic codes (fix: `seeds-convert fix` fixes it; warning*: an error with --strict;\n\
         `seeds-convert explain CODE` says more):\n{}",
        seeds_convert::report::rule_list()
    )
}

#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check seeds and report diagnostics (for CI): exit 1 if any seed has an error.
    #[command(after_help = check_after_help())]
    Check(CheckArgs),
    /// Rewrite seeds in place into their canonical clean form (atomically); --diff only shows it.
    Fix(FixArgs),
    /// Learn the lines that recur across documents (site furniture) and write them as JSON, for --profile.
    Profile(ProfileArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Explain a diagnostic code (SC105, or its name): what it finds, its severity, how to fix it; without
    /// a code, list them all.
    Explain {
        /// A code (SC105) or rule name (suspect-boilerplate).
        #[arg(value_name = "CODE")]
        code: Option<String>,
    },
    /// Print the man page (roff).
    Man,
}

#[derive(Debug, Args)]
pub(crate) struct FixArgs {
    /// Print a unified diff of what would change and change nothing (exit 1 if anything would change).
    #[arg(long)]
    pub diff: bool,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub run: RunArgs,
    /// Seed files or directories.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct ProfileArgs {
    /// Output file (JSON). Default, or `-`: standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    #[command(flatten)]
    pub run: RunArgs,
    /// Seed files or directories: all of the corpus the profile is for.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
}

/// The most worker threads `-j` accepts.
const MAX_JOBS: u64 = 256;

#[derive(Debug, Args)]
pub(crate) struct RunArgs {
    /// Worker threads, at most 256 (default, or 0: one per core). Output never depends on it.
    // Bounded: rayon would try to start every thread asked for (`-j 5000` spent seconds doing it).
    #[arg(long, short = 'j', value_name = "N", default_value_t = 0, hide_default_value = true,
          value_parser = clap::value_parser!(u64).range(0..=MAX_JOBS))]
    pub jobs: u64,
    /// Follow symlinks when walking directories (links named as INPUT are always followed).
    #[arg(long, short = 'L')]
    pub follow: bool,
    /// Largest seed read, in bytes or with a K/M/G suffix (powers of 1024); a larger one is an I/O error.
    #[arg(long, value_name = "SIZE", default_value = "64M", value_parser = input::parse_size)]
    pub max_size: u64,
    /// Process only shard K of N (a stable partition by path), e.g. --shard 2/8 on the second of 8 machines.
    #[arg(long, value_name = "K/N", value_parser = Shard::parse)]
    pub shard: Option<Shard>,
    /// No progress bar and no warning summary.
    #[arg(long, short = 'q')]
    pub quiet: bool,
}

impl RunArgs {
    fn options(&self) -> RunOptions {
        RunOptions {
            jobs: self.jobs as usize,
            shard: self.shard,
            progress: !self.quiet,
            input: InputOptions { follow: self.follow, max_size: self.max_size },
        }
    }
}

#[derive(Debug, Args)]
pub(crate) struct ConvertArgs {
    /// Output format.
    #[arg(long, short = 't', value_name = "FORMAT", value_parser = writer_values())]
    pub to: Option<String>,
    /// Output file (written atomically, only if every input is well-formed); its extension gives the format
    /// when --to is absent (.epub .html .md .pdf .xml/.tei .json/.jsonl .txt). Default, or `-`: standard output.
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// One output file per input, in the directory -o names, mirroring the inputs' tree below each INPUT
    /// directory (extension from the format).
    #[arg(long, requires = "output")]
    pub each: bool,
    /// Title of a book made of several seeds.
    #[arg(long, value_parser = parse_meta_text)]
    pub title: Option<String>,
    /// Author for book metadata.
    #[arg(long, value_parser = parse_meta_text)]
    pub author: Option<String>,
    /// The book's language, a BCP 47 tag (EPUB dc:language, PDF /Lang, HTML lang). Default: vi.
    #[arg(long, value_name = "TAG", value_parser = write::parse_language)]
    pub lang: Option<String>,
    /// The book's publisher (EPUB dc:publisher). Default: the outlet of a one-article book.
    #[arg(long, value_parser = parse_meta_text)]
    pub publisher: Option<String>,
    /// The book's publication date, ISO 8601: 2024, 2024-05 or 2024-05-26 (EPUB dc:date). Default: the date
    /// of a one-article book.
    #[arg(long, value_name = "DATE", value_parser = write::parse_date)]
    pub date: Option<String>,
    /// The book's identifier, e.g. urn:isbn:9786040000000 (EPUB dc:identifier). Default: a UUID derived
    /// from the content.
    #[arg(long, value_name = "ID", value_parser = parse_meta_text)]
    pub identifier: Option<String>,
    /// Group a book's contents (EPUB, HTML, PDF) under each article's outlet, category or month; auto: the
    /// field that splits a book of 50 articles or more into 2 to 40 groups, if any.
    #[arg(long, value_name = "FIELD", value_enum, default_value_t = write::group::GroupBy::Auto)]
    pub group_by: write::group::GroupBy,
    /// The EPUB's cover: a JPEG or PNG image (at most 10 MB). Default: a cover drawn from the title.
    #[arg(long, value_name = "IMAGE")]
    pub cover: Option<PathBuf>,
    /// Embed this font file (TTF/OTF/WOFF) in EPUB output and use it for the text.
    #[arg(long, value_name = "FILE")]
    pub embed_font: Option<PathBuf>,
    /// Typeset PDF output in this font (TTF/OTF) instead of the built-in DejaVu Serif.
    #[arg(long, value_name = "FILE")]
    pub font: Option<PathBuf>,
    /// Page size of PDF output.
    #[arg(long, value_name = "SIZE", value_enum, default_value_t = write::Paper::A4)]
    pub paper: write::Paper,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub run: RunArgs,
    /// Seed files, directories, or - for standard input.
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// Report format.
    #[arg(long, value_enum, default_value_t = Format::Human)]
    pub format: Format,
    /// Apply this JSON Schema to every document, on top of the built-in one (draft from its `$schema`; 2020-12 if none).
    #[arg(long, value_name = "FILE")]
    pub schema: Option<PathBuf>,
    #[command(flatten)]
    pub read: ReadArgs,
    #[command(flatten)]
    pub run: RunArgs,
    /// Seed files, directories, or - for standard input.
    #[arg(value_name = "INPUT", required = true)]
    pub inputs: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub(crate) struct ReadArgs {
    /// Force a layout instead of detecting it.
    #[arg(long, value_name = "NAME", value_enum)]
    pub layout: Option<Layout>,
    /// Extra line rules (JSON, see schemas/rules.schema.json), tried before the built-in ones.
    #[arg(long, value_name = "FILE")]
    pub rules: Option<PathBuf>,
    /// A missing or unusable title is an error, not a warning.
    #[arg(long)]
    pub strict: bool,
    /// Tone-mark placement in oa/oe/uy: old (hòa, khỏe, thúy) or new (hoà, khoẻ, thuý). Default: as in the input.
    #[arg(long, value_name = "STYLE", value_parser = ToneStyle::NAMES)]
    pub tone_style: Option<String>,
    /// Lines recurring across documents, from `seeds-convert profile` (default: learned from this run's inputs).
    #[arg(long, value_name = "FILE")]
    pub profile: Option<PathBuf>,
    /// Do not learn recurring lines from this run's inputs.
    #[arg(long, conflicts_with = "profile")]
    pub no_profile: bool,
    /// Map look-alike letters in Vietnamese words (`ʀấт тнấᴘ`) back to Latin ones (`fix` always does).
    #[arg(long)]
    pub fold_lookalikes: bool,
}

/// `--to` values with each writer's one-line description (shown by `--help`).
fn writer_values() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(
        write::WRITERS.iter().map(|w| clap::builder::PossibleValue::new(w.name()).help(w.about())),
    )
}

/// What the command line asks for.
pub(crate) enum Run {
    Check(CheckRun),
    Convert(Box<ConvertRun>),
    Fix(FixRun),
    Profile(ProfileRun),
    /// Text generated from the command-line definition itself (completions, man page), for stdout.
    Print(Vec<u8>),
}

/// Turns parsed arguments into library options (reads `--rules` and `--schema` files).
pub(crate) fn into_run(cli: Cli) -> Result<Run, Error> {
    match cli.command {
        Some(Command::Check(args)) => {
            let mut read = read_options(&args.read)?;
            if let Some(path) = &args.schema {
                let text = std::fs::read_to_string(path).map_err(|e| Error::Read { path: path.clone(), source: e })?;
                let schema =
                    SchemaValidator::new(&text).map_err(|message| Error::Schema { path: path.clone(), message })?;
                read.user_schema = Some(std::sync::Arc::new(schema));
            }
            let format = args.format;
            Ok(Run::Check(CheckRun { inputs: args.inputs, read, format, run: args.run.options() }))
        }
        Some(Command::Fix(args)) => Ok(Run::Fix(FixRun {
            inputs: args.inputs,
            read: read_options(&args.read)?,
            diff: args.diff,
            run: args.run.options(),
        })),
        Some(Command::Profile(args)) => Ok(Run::Profile(ProfileRun {
            inputs: args.inputs,
            read: ReadOptions::default(),
            output: args.output.filter(|o| o.as_os_str() != "-"),
            run: args.run.options(),
        })),
        Some(Command::Completions { shell }) => {
            let mut out = Vec::new();
            clap_complete::generate(shell, &mut <Cli as clap::CommandFactory>::command(), "seeds-convert", &mut out);
            Ok(Run::Print(out))
        }
        Some(Command::Explain { code: None }) => Ok(Run::Print(
            format!(
                "Diagnostic codes (fix: `seeds-convert fix` fixes it; warning*: an error with --strict):\n{}",
                seeds_convert::report::rule_list()
            )
            .into_bytes(),
        )),
        Some(Command::Explain { code: Some(code) }) => {
            let rule = seeds_convert::check::find_rule(&code).ok_or_else(|| {
                Error::Usage(format!(
                    "unknown diagnostic code `{}`; `seeds-convert explain` lists them",
                    seeds_convert::report::terminal_safe(&code)
                ))
            })?;
            Ok(Run::Print(seeds_convert::report::explain(rule).into_bytes()))
        }
        Some(Command::Man) => man_page().map(Run::Print).map_err(|e| Error::Usage(format!("man page: {e}"))),
        None => {
            let mut args = cli.convert;
            // `-o -` is standard output, as for an input (not a file named `-`); `--each` needs a directory.
            if !args.each {
                args.output = args.output.filter(|o| o.as_os_str() != "-");
            }
            if args.inputs.is_empty() && args.to.is_none() && args.output.is_none() {
                return Err(Error::Usage(
                    "say what to do: `seeds-convert --to FORMAT INPUT...` or `seeds-convert check INPUT...` (see --help)".into(),
                ));
            }
            let (writer, mut notes) = choose_writer(args.to.as_deref(), args.output.as_deref(), args.each)?;
            if args.cover.is_some() && writer.name() != "epub" {
                notes.push(format!("warning: --cover is used by --to epub only; --to {} has no cover", writer.name()));
            }
            if args.inputs.is_empty() {
                return Err(Error::Usage("no INPUT given (a file, a directory, or - for standard input)".into()));
            }
            Ok(Run::Convert(Box::new(ConvertRun {
                inputs: args.inputs,
                read: read_options(&args.read)?,
                writer,
                output: args.output,
                write: WriteOptions {
                    title: args.title,
                    author: args.author,
                    modified: source_date_epoch()?,
                    embed_font: args.embed_font.map(read_font).transpose()?,
                    font: args.font.map(read_font).transpose()?,
                    paper: args.paper,
                    language: args.lang,
                    publisher: args.publisher,
                    date: args.date,
                    identifier: args.identifier,
                    group_by: args.group_by,
                    cover: args.cover.map(read_cover).transpose()?,
                },
                quiet: args.run.quiet,
                notes,
                each: args.each,
                run: args.run.options(),
            })))
        }
    }
}

/// The writer `--to` names, or else the one `-o`'s extension means (pandoc's way); with warnings for the
/// user when both are given and disagree. An `-o` naming a directory is an error unless `--each` asks for one
/// file per input (then the format must come from `--to`).
fn choose_writer(
    to: Option<&str>,
    output: Option<&std::path::Path>,
    each: bool,
) -> Result<(&'static dyn write::Writer, Vec<String>), Error> {
    let shown = |p: &std::path::Path| seeds_convert::input::path_name(p);
    if let Some(out) = output.filter(|_| !each) {
        if out.is_dir() || out.as_os_str().as_encoded_bytes().ends_with(b"/") {
            return Err(Error::Usage(format!(
                "-o {}: names a directory; name a file (-o {}/out.{}), or pass --each for one file per input",
                shown(out),
                shown(out).trim_end_matches('/'),
                to.and_then(write::find).map_or("epub", |w| w.extensions()[0]),
            )));
        }
    }
    let guessed = output.filter(|_| !each).and_then(write::for_output);
    match (to, guessed) {
        (Some(to), guessed) => {
            let writer = write::find(to).ok_or_else(|| Error::Usage(format!("unknown format `{to}`")))?;
            let mut notes = Vec::new();
            if let (Some(guessed), Some(out)) = (guessed, output) {
                if guessed.name() != writer.name() {
                    notes.push(format!(
                        "warning: -o {} has the extension of {}, but --to {} writes {}",
                        shown(out),
                        guessed.name(),
                        writer.name(),
                        writer.name()
                    ));
                }
            }
            Ok((writer, notes))
        }
        (None, Some(guessed)) => Ok((guessed, Vec::new())),
        (None, None) => {
            let known: Vec<String> =
                write::WRITERS.iter().flat_map(|w| w.extensions()).map(|e| format!(".{e}")).collect();
            Err(Error::Usage(match output {
                Some(out) if !each => format!(
                    "cannot tell the format from -o {}: pass --to FORMAT, or name the output with one of {}",
                    shown(out),
                    known.join(" ")
                ),
                _ => "say which format to write: --to FORMAT (see --help)".into(),
            }))
        }
    }
}

/// The man page: clap_mangen's sections, except that the subcommands are described here, with their options,
/// instead of pointing to `seeds-convert-check(1)` and other pages nobody installs; then the diagnostic codes.
fn man_page() -> std::io::Result<Vec<u8>> {
    let cmd = <Cli as clap::CommandFactory>::command();
    let man = clap_mangen::Man::new(cmd.clone());
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    man.render_options_section(&mut out)?;
    out.extend_from_slice(b".SH COMMANDS\n");
    for sub in cmd.get_subcommands().filter(|s| !s.is_hide_set() && s.get_name() != "help") {
        let name = format!("seeds-convert {}", sub.get_name());
        let about = sub.get_about().map(|a| a.to_string()).unwrap_or_default();
        out.extend_from_slice(format!(".TP\n\\fB{}\\fR\n{}", roff(&name).trim_end(), roff(&about)).as_bytes());
        let mut options = Vec::new();
        clap_mangen::Man::new(sub.clone()).render_options_section(&mut options)?;
        let options =
            String::from_utf8_lossy(&options).replace(".SH OPTIONS", &format!(".SS \"{}\"", roff(&name).trim_end()));
        if sub.get_arguments().any(|a| !a.is_hide_set() && a.get_id() != "help") {
            out.extend_from_slice(options.as_bytes());
        }
    }
    man.render_extra_section(&mut out)?;
    out.extend_from_slice(b".SH \"DIAGNOSTIC CODES\"\n.nf\n");
    out.extend_from_slice(roff(&seeds_convert::report::rule_list()).as_bytes());
    out.extend_from_slice(b".fi\n");
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// Text for roff: backslashes and hyphens escaped, no line starting with a control character.
fn roff(text: &str) -> String {
    let escaped = text.replace('\\', "\\e").replace('-', "\\-");
    escaped
        .lines()
        .map(|l| if l.starts_with(['.', '\'']) { format!("\\&{l}") } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

/// `SOURCE_DATE_EPOCH` (reproducible builds), checked by `parse_epoch`; unset, the writers date a book by its
/// content (`write::modified`): books never carry the current time.
fn source_date_epoch() -> Result<Option<i64>, Error> {
    match std::env::var_os("SOURCE_DATE_EPOCH") {
        Some(v) => parse_epoch(&v.to_string_lossy()).map(Some).map_err(Error::Usage),
        None => Ok(None),
    }
}

/// A `SOURCE_DATE_EPOCH` value: whole seconds from 1970-01-01T00:00:00Z up to 9999-12-31T23:59:59Z, the
/// range an EPUB's `dcterms:modified` (four-digit year) and a PDF date can say. Anything else is refused,
/// never clamped: a reproducible build asked for that very time.
fn parse_epoch(v: &str) -> Result<i64, String> {
    const LAST: i64 = 253_402_300_799; // 9999-12-31T23:59:59Z
    let shown = seeds_convert::report::terminal_safe(v);
    match v.trim().parse::<i64>() {
        Ok(secs) if (0..=LAST).contains(&secs) => Ok(secs),
        Ok(_) => Err(format!("SOURCE_DATE_EPOCH={shown} is outside 0..={LAST} (1970-01-01 to 9999-12-31)")),
        Err(_) => Err(format!("SOURCE_DATE_EPOCH={shown} is not a whole number of seconds")),
    }
}

/// Book metadata given on the command line (`--title`, `--author`, `--publisher`, `--identifier`): it must
/// hold something to show, not only spaces, control characters or noncharacters (which no writer can put
/// in an EPUB's `dc:` elements or a contents entry).
fn parse_meta_text(s: &str) -> Result<String, String> {
    if seeds_convert::model::has_text(s) {
        Ok(s.to_string())
    } else {
        Err("expected some text: the value is empty or holds only spaces, control characters or noncharacters".into())
    }
}

fn read_cover(path: PathBuf) -> Result<write::CoverImage, Error> {
    // Read no further than the limit (plus one byte, to tell that it is over).
    use std::io::Read;
    let file = std::fs::File::open(&path).map_err(|e| Error::Read { path: path.clone(), source: e })?;
    let mut bytes = Vec::new();
    let limit = write::CoverImage::MAX_SIZE as u64 + 1;
    file.take(limit).read_to_end(&mut bytes).map_err(|e| Error::Read { path: path.clone(), source: e })?;
    write::CoverImage::new(bytes).map_err(|why| {
        let why =
            if why.ends_with("MB") { format!("larger than {} MB", write::CoverImage::MAX_SIZE >> 20) } else { why };
        Error::Usage(format!("--cover {}: {why}", seeds_convert::input::path_name(&path)))
    })
}

fn read_font(path: PathBuf) -> Result<FontFile, Error> {
    let bytes = std::fs::read(&path).map_err(|e| Error::Read { path: path.clone(), source: e })?;
    let magic = bytes.get(..4).unwrap_or_default();
    let known = [&b"\x00\x01\x00\x00"[..], b"OTTO", b"true", b"wOFF", b"wOF2"];
    if !known.contains(&magic) {
        return Err(Error::Usage(format!("{}: not a TrueType/OpenType/WOFF font", path.display())));
    }
    Ok(FontFile { path, bytes })
}

fn read_options(args: &ReadArgs) -> Result<ReadOptions, Error> {
    let mut rules = Rules::builtin();
    if let Some(path) = &args.rules {
        let text = std::fs::read_to_string(path).map_err(|e| Error::Read { path: path.clone(), source: e })?;
        let user = Rules::from_json(&text).map_err(|message| Error::Rules { path: path.clone(), message })?;
        rules = rules.with_user_rules(user);
    }
    let layout = args.layout;
    let tone_style = args.tone_style.as_deref().and_then(ToneStyle::from_name);
    let profile = match &args.profile {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|e| Error::Read { path: path.clone(), source: e })?;
            let profile = Profile::from_json(&text)
                .map_err(|message| Error::Usage(format!("--profile {}: {message}", path.display())))?;
            Some(std::sync::Arc::new(profile))
        }
        None => None,
    };
    Ok(ReadOptions {
        parse: ParseOptions { layout, rules, profile, fold_lookalikes: args.fold_lookalikes },
        strict: args.strict,
        user_schema: None,
        learn_profile: !args.no_profile,
        tone_style,
    })
}
