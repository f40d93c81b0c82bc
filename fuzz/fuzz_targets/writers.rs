//! Any seed that reads as well-formed → every writer: no panic, no error.
#![no_main]
use libfuzzer_sys::fuzz_target;
use seeds_convert::input::SeedInput;
use seeds_convert::pipeline::{process, ReadOptions};
use seeds_convert::write::{WriteOptions, WRITERS};

fuzz_target!(|data: &[u8]| {
    let done =
        process(&SeedInput { name: "fuzz.txt".into(), bytes: data.to_vec(), sidecar: None }, &ReadOptions::default());
    if !done.is_valid() {
        return;
    }
    for writer in WRITERS {
        let mut out = Vec::new();
        writer.write(std::slice::from_ref(&done.document), &WriteOptions::default(), &mut out).expect("writer fails");
        assert!(!out.is_empty());
    }
});
