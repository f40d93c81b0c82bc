//! insta snapshots of what users see: JSON and txt for every sample article, and every diagnostic format
//! on the invalid and warning fixtures.

use crate::{run, seeds_in};

fn name_of(seed: &str) -> String {
    seed.trim_start_matches("samples/").trim_end_matches(".txt").replace('/', "__")
}

#[test]
fn json_and_txt_of_every_sample() {
    for seed in seeds_in("samples/articles").into_iter().chain(seeds_in("samples/warnings")) {
        let json = run(&["--to", "json", "--quiet", &seed]);
        assert_eq!(json.code, 0, "{seed}: {}", json.stderr);
        insta::assert_snapshot!(format!("json__{}", name_of(&seed)), json.stdout);
        let txt = run(&["--to", "txt", "--quiet", &seed]);
        insta::assert_snapshot!(format!("txt__{}", name_of(&seed)), txt.stdout);
    }
}

#[test]
fn every_diagnostic_format() {
    for format in ["human", "json", "github"] {
        let out = run(&["check", "--format", format, "samples/invalid", "samples/warnings"]);
        insta::assert_snapshot!(format!("check__{format}"), out.snapshot());
        let schema = "samples/schemas/require-url.schema.json";
        let out = run(&["check", "--format", format, "--schema", schema, "samples/invalid/SC106-schema.txt"]);
        insta::assert_snapshot!(format!("check_schema__{format}"), out.snapshot());
    }
}

/// What a snapshot shows of one writer's bytes: text as it is; a ZIP container (EPUB) as its entry list and
/// the text of every text entry; a PDF as `pdftotext -layout` gives it back (poppler is required under CI).
fn text_view(bytes: &[u8]) -> String {
    if bytes.starts_with(b"PK\x03\x04") {
        let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a valid ZIP");
        let mut out = String::new();
        for i in 0..archive.len() {
            let mut entry = archive.by_index(i).unwrap();
            let mut data = Vec::new();
            std::io::Read::read_to_end(&mut entry, &mut data).unwrap();
            out.push_str(&format!("=== {} ({} bytes)\n", entry.name(), data.len()));
            match String::from_utf8(data) {
                Ok(text) => out.push_str(&text),
                Err(_) => out.push_str("(binary)\n"),
            }
            out.push('\n');
        }
        out
    } else if bytes.starts_with(b"%PDF-") {
        let dir = tempfile::tempdir().unwrap();
        let pdf = dir.path().join("out.pdf");
        std::fs::write(&pdf, bytes).unwrap();
        crate::external("pdftotext", &["-layout", pdf.to_str().unwrap(), "-"]).unwrap_or_default()
    } else {
        String::from_utf8(bytes.to_vec()).expect("a text format is UTF-8")
    }
}

#[test]
fn every_writer_on_two_samples() {
    // Looping over the registry: a new writer gets its snapshot without anyone writing a test for it.
    use seeds_convert::input::SeedInput;
    use seeds_convert::pipeline::{process, ReadOptions};
    use seeds_convert::write::{WriteOptions, WRITERS};
    let docs: Vec<_> = ["samples/articles/002_80b3f6d469e22f59.txt", "samples/articles/crawl7.txt"]
        .iter()
        .map(|path| {
            let bytes = std::fs::read(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap();
            process(&SeedInput { name: (*path).into(), bytes, sidecar: None }, &ReadOptions::default()).document
        })
        .collect();
    for writer in WRITERS {
        let mut bytes = Vec::new();
        writer.write(&docs, &WriteOptions::default(), &mut bytes).unwrap();
        assert!(!bytes.is_empty(), "{} wrote nothing", writer.name());
        insta::assert_snapshot!(format!("writer__{}", writer.name()), text_view(&bytes));
    }
}
