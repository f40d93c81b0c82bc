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
