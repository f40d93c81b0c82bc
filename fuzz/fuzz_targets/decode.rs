//! Any bytes → decode → clean: no panic, and no control character survives cleaning.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let decoded = seeds_convert::decode::decode(data);
    let cleaned = seeds_convert::decode::clean::clean(&decoded.text);
    for line in &cleaned.lines {
        assert!(!line.text.chars().any(|c| c.is_control()), "control character left in {:?}", line.text);
    }
});
