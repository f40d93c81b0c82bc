//! Decode + repair (+ clean) one file, as `seeds-convert` does before parsing, for `benches/decode.sh`.
//! `decode_bench FILE` decodes (BOM, UTF-16, UTF-8 with mojibake repair, legacy candidates) and cleans (NFC,
//! C1, entities, odd spaces, doubled marks); `decode_bench --decode-only FILE` stops after decoding.
//! Prints the encoding, the repairs and the number of lines (so the work cannot be skipped).
//!
//! `decode_bench --hash FILE…` is the check that a change to decoding keeps its outcome: for every file, in
//! 15 forms (as it is, 1 and 2 layers of windows-1252 mojibake, Latin-1 mojibake, half the lines garbled, `?`
//! for the bytes windows-1252 leaves undefined, lost no-break spaces, windows-1258, VNI, VN3, VN1, VN2,
//! VISCII, VNI and VN3 under a windows-1252 layer, UTF-16BE), it prints a hash of the whole `Decoded`, its
//! repairs and the cleaned lines with their repairs. Compare the output before and after a change.

use seeds_convert::decode::legacy::{encode_windows_1258, tcvn3, tcvn5712, viscii, vni};
use seeds_convert::decode::mojibake::garble;
use seeds_convert::decode::{self, clean};
use std::hash::{Hash, Hasher};
use std::process::ExitCode;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().is_some_and(|a| a == "--hash") {
        return hash(&args[1..]);
    }
    let decode_only = args.iter().any(|a| a == "--decode-only");
    let Some(path) = args.into_iter().find(|a| a != "--decode-only") else {
        eprintln!("usage: decode_bench [--decode-only] FILE | decode_bench --hash FILE…");
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
        // `text.lines().count()`, with memchr (std's line search was 3% of decoding mojibake.txt).
        let text = decoded.text.as_bytes();
        let lines = memchr::memchr_iter(b'\n', text).count() + usize::from(text.last().is_some_and(|&b| b != b'\n'));
        println!("{} {lines} lines, repairs: {}", decoded.encoding, repairs.join(" "));
        return ExitCode::SUCCESS;
    }
    let cleaned = clean::clean(&decoded.text);
    let repairs: Vec<String> =
        decoded.repairs().iter().chain(&cleaned.repairs).map(|r| format!("{}={}", r.kind, r.count)).collect();
    println!("{} {} lines, repairs: {}", decoded.encoding, cleaned.lines.len(), repairs.join(" "));
    ExitCode::SUCCESS
}

/// The forms of one text that `--hash` decodes (`None` where the text cannot be written so).
fn forms(bytes: &[u8]) -> Vec<(&'static str, Option<Vec<u8>>)> {
    let text = decode::decode(bytes).text;
    let layer = |b: &[u8]| garble(b, false);
    let half: Vec<u8> = text
        .split_inclusive('\n')
        .enumerate()
        .flat_map(|(i, l)| if i % 2 == 1 { layer(l.as_bytes()) } else { l.as_bytes().to_vec() })
        .collect();
    let question = String::from_utf8(layer(text.as_bytes()))
        .unwrap()
        .replace(['\u{81}', '\u{8D}', '\u{8F}', '\u{90}', '\u{9D}'], "?")
        .into_bytes();
    let no_nbsp = String::from_utf8(layer(text.as_bytes())).unwrap().replace('\u{A0}', " ").into_bytes();
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    vec![
        ("raw", Some(bytes.to_vec())),
        ("moji1", Some(layer(text.as_bytes()))),
        ("moji2", Some(layer(&layer(text.as_bytes())))),
        ("latin1", Some(garble(text.as_bytes(), true))),
        ("half", Some(half)),
        ("question", Some(question)),
        ("no-nbsp", Some(no_nbsp)),
        ("cp1258", encode_windows_1258(&text)),
        ("vni", vni::encode(&text)),
        ("vn3", tcvn3::encode(&text)),
        ("vn1", tcvn5712::encode_vn1(&text)),
        ("vn2", tcvn5712::encode_vn2(&text)),
        ("viscii", viscii::encode(&text)),
        ("vni-moji", vni::encode(&text).map(|b| layer(&b))),
        ("vn3-moji", tcvn3::encode(&text).map(|b| layer(&b))),
        ("utf16be", Some(be)),
    ]
}

fn hash(paths: &[String]) -> ExitCode {
    for path in paths {
        let Ok(bytes) = std::fs::read(path) else {
            eprintln!("{path}: unreadable");
            return ExitCode::from(2);
        };
        for (form, b) in forms(&bytes) {
            let Some(b) = b else { continue };
            let d = decode::decode(&b);
            let c = clean::clean(&d.text);
            let mut h = std::hash::DefaultHasher::new();
            format!("{d:?}").hash(&mut h);
            format!("{:?}", d.repairs()).hash(&mut h);
            format!("{:?}", c.lines).hash(&mut h);
            format!("{:?}", c.repairs).hash(&mut h);
            println!("{path} {form} {:016x}", h.finish());
        }
    }
    ExitCode::SUCCESS
}
