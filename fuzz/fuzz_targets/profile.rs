//! Several documents (the input split at `0xFE` bytes, eight at most) → a profile of recurring lines learned
//! from them → every document read with it. No panic; the profile does not depend on the order the documents
//! are fed in (`--jobs` and shard boundaries must not change output); a builder kept small counts too low,
//! never too high; the profile file round-trips; a document that passes `check` validates against the
//! JSON Schema.
#![no_main]
use libfuzzer_sys::fuzz_target;
use seeds_convert::input::SeedInput;
use seeds_convert::parse::boilerplate::profile::{Profile, ProfileBuilder};
use seeds_convert::pipeline::{process, profile_keys, ReadOptions};
use std::sync::Arc;

fuzz_target!(|data: &[u8]| {
    let seeds: Vec<SeedInput> = data
        .split(|&b| b == 0xFE)
        .take(8)
        .enumerate()
        .map(|(n, bytes)| SeedInput { name: format!("fuzz-{n}.txt"), bytes: bytes.to_vec(), sidecar: None })
        .collect();
    let options = ReadOptions::default();
    let keys: Vec<Vec<u64>> = seeds.iter().map(|s| profile_keys(s, &options)).collect();
    let learn = |order: &mut dyn Iterator<Item = &Vec<u64>>, limit: usize| {
        let mut builder = ProfileBuilder::with_limit(limit);
        for k in order {
            builder.add_keys(k.iter().copied());
        }
        builder.finish()
    };
    let profile = learn(&mut keys.iter(), usize::MAX);
    assert_eq!(profile, learn(&mut keys.iter().rev(), usize::MAX), "order changed the profile");
    let small = learn(&mut keys.iter(), 16);
    for (key, &count) in &profile.lines {
        assert!(small.lines.get(key).is_none_or(|&c| c <= count), "a bounded count came out high");
    }
    assert_eq!(Profile::from_json(&profile.to_json()).as_ref(), Ok(&profile));
    let mut with = options.clone();
    with.parse.profile = Some(Arc::new(profile));
    for seed in &seeds {
        let done = process(seed, &with);
        if done.is_valid() {
            assert!(seeds_convert::check::validate_document(&done.document, None).is_empty());
        }
    }
});
