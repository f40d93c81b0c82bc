//! Inputs kept from the cargo-fuzz runs (`fuzz/`, targets decode, pipeline and writers): the smallest inputs
//! of each minimised corpus and every crash found, replayed through the whole pipeline and every writer.
//! Files live in tests/fixtures/fuzz/<target>/.

use seeds_convert::input::SeedInput;
use seeds_convert::pipeline::{process, ReadOptions};
use seeds_convert::write::{WriteOptions, WRITERS};

#[test]
fn fuzz_inputs_never_panic_and_valid_ones_write_everywhere() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/fuzz");
    let mut count = 0;
    for target in std::fs::read_dir(&root).expect("tests/fixtures/fuzz exists") {
        for file in std::fs::read_dir(target.unwrap().path()).unwrap() {
            let path = file.unwrap().path();
            let bytes = std::fs::read(&path).unwrap();
            let done =
                process(&SeedInput { name: path.display().to_string(), bytes, sidecar: None }, &ReadOptions::default());
            count += 1;
            if !done.is_valid() {
                continue;
            }
            assert!(seeds_convert::check::validate_document(&done.document, None).is_empty(), "{}", path.display());
            for writer in WRITERS {
                let mut out = Vec::new();
                let result = writer.write(std::slice::from_ref(&done.document), &WriteOptions::default(), &mut out);
                assert!(result.is_ok(), "{} → {}: {result:?}", path.display(), writer.name());
            }
        }
    }
    assert!(count >= 100, "only {count} fuzz inputs kept");
}
