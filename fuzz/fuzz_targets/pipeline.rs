//! Any bytes (optionally split into a seed and a sidecar) → the whole read pipeline and every rule: no
//! panic; a document that passes `check` validates against the JSON Schema.
#![no_main]
use libfuzzer_sys::fuzz_target;
use seeds_convert::input::SeedInput;
use seeds_convert::pipeline::{process, ReadOptions};

fuzz_target!(|data: &[u8]| {
    let (bytes, sidecar) = match data.iter().position(|&b| b == 0xFF) {
        Some(i) if data.first() == Some(&b'S') => (data[1..i].to_vec(), Some(data[i + 1..].to_vec())),
        _ => (data.to_vec(), None),
    };
    let done = process(&SeedInput { name: "fuzz.txt".into(), bytes, sidecar }, &ReadOptions::default());
    if done.is_valid() {
        assert!(seeds_convert::check::validate_document(&done.document, None).is_empty());
    }
});
