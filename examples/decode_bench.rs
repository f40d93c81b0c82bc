//! Decode + repair (+ clean) one file, as `seeds-convert` does before parsing, for `benches/decode.sh`.
//! `decode_bench FILE` decodes (BOM, UTF-16, UTF-8 with mojibake repair, legacy candidates) and cleans (NFC,
//! C1, entities, odd spaces, doubled marks); `decode_bench --decode-only FILE` stops after decoding.
//! Prints the encoding, the repairs and the number of lines (so the work cannot be skipped).

use seeds_convert::decode::{self, clean};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let decode_only = args.iter().any(|a| a == "--decode-only");
    let Some(path) = args.into_iter().find(|a| a != "--decode-only") else {
        eprintln!("usage: decode_bench [--decode-only] FILE");
        return ExitCode::from(2);
    };
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            eprintln!("{path}: {e}");
            return ExitCode::from(2);
        }
    };
    let decoded = decode::decode(&bytes);
    if decode_only {
        let repairs: Vec<String> = decoded.repairs().iter().map(|r| format!("{}={}", r.kind, r.count)).collect();
        println!("{} {} lines, repairs: {}", decoded.encoding, decoded.text.lines().count(), repairs.join(" "));
        return ExitCode::SUCCESS;
    }
    let cleaned = clean::clean(&decoded.text);
    let repairs: Vec<String> =
        decoded.repairs().iter().chain(&cleaned.repairs).map(|r| format!("{}={}", r.kind, r.count)).collect();
    println!("{} {} lines, repairs: {}", decoded.encoding, cleaned.lines.len(), repairs.join(" "));
    ExitCode::SUCCESS
}
