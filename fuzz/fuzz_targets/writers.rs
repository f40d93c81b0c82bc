//! Any seed that reads as well-formed → every writer: no panic, no error; its source URL has a link form
//! that is plain RFC 3986 (`link::href`); and its canonical text (`fix`) reads back as the same article and
//! is its own canonical text.
#![no_main]
use libfuzzer_sys::fuzz_target;
use seeds_convert::input::SeedInput;
use seeds_convert::model::Document;
use seeds_convert::pipeline::{process, ReadOptions};
use seeds_convert::write::{canonical_text, WriteOptions, WRITERS};

/// What a document says (its provenance left out), as `tests/integration/fix_lossless.rs` compares it.
fn content(d: &Document) -> impl PartialEq + std::fmt::Debug + '_ {
    let blocks: Vec<_> = d.blocks.iter().map(|b| (b.kind, b.text.as_str())).collect();
    (&d.title, &d.url, &d.date, &d.publisher, &d.category, &d.tags, &d.language, blocks)
}

fn read(bytes: Vec<u8>) -> Option<Document> {
    let done = process(&SeedInput { name: "fuzz.txt".into(), bytes, sidecar: None }, &ReadOptions::default());
    done.is_valid().then_some(done.document)
}

fuzz_target!(|data: &[u8]| {
    let Some(doc) = read(data.to_vec()) else { return };
    for writer in WRITERS {
        let mut out = Vec::new();
        writer.write(std::slice::from_ref(&doc), &WriteOptions::default(), &mut out).expect("writer fails");
        assert!(!out.is_empty());
    }
    if let Some(url) = &doc.url {
        let href = seeds_convert::link::href(url).expect("an accepted URL has a link form");
        let allowed = |c: char| c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/?#%[]".contains(c);
        assert!(href.chars().all(allowed) && href.matches('#').count() <= 1, "{url:?} -> {href:?}");
    }
    let fixed = canonical_text(&doc);
    let again = read(fixed.clone().into_bytes()).expect("a canonical text is well-formed");
    assert_eq!(content(&again), content(&doc), "{fixed}");
    assert_eq!(canonical_text(&again), fixed);
});
