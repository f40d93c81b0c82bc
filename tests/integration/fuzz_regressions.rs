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
            // The canonical text (`fix`) reads back as the same article and is its own canonical text.
            let fixed = seeds_convert::write::canonical_text(&done.document);
            let again = process(
                &SeedInput { name: "fixed.txt".into(), bytes: fixed.clone().into_bytes(), sidecar: None },
                &ReadOptions::default(),
            );
            let content = |d: &seeds_convert::model::Document| {
                let blocks: Vec<_> = d.blocks.iter().map(|b| (b.kind, b.text.clone())).collect();
                (
                    d.title.clone(),
                    d.url.clone(),
                    d.date.clone(),
                    d.publisher.clone(),
                    d.category.clone(),
                    d.tags.clone(),
                    blocks,
                )
            };
            assert_eq!(content(&again.document), content(&done.document), "{}:\n{fixed}", path.display());
            assert_eq!(seeds_convert::write::canonical_text(&again.document), fixed, "{}", path.display());
        }
    }
    assert!(count >= 100, "only {count} fuzz inputs kept");
}
