//! Writes `samples/encodings/*` (and the SC008/SC009 fixtures) from `samples/encodings/utf-8.txt`, so every
//! sample decodes to the same text. Run: `cargo run --release --example encoding_samples`.

use seeds_convert::decode::legacy::{encode_windows_1258, tcvn3, viscii, vni};
use std::fs;

fn garble(bytes: &[u8], latin1: bool) -> Vec<u8> {
    let text: String = if latin1 {
        bytes.iter().map(|&b| char::from(b)).collect()
    } else {
        encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
    };
    text.into_bytes()
}

fn main() -> std::io::Result<()> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let text = fs::read_to_string(format!("{dir}/encodings/utf-8.txt"))?;
    let utf8 = text.as_bytes();
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let outputs: [(&str, Option<Vec<u8>>); 8] = [
        ("encodings/windows-1258.txt", encode_windows_1258(&text)),
        ("encodings/vni.txt", vni::encode(&text)),
        ("encodings/tcvn3.txt", tcvn3::encode(&text)),
        ("encodings/viscii.txt", viscii::encode(&text)),
        ("encodings/mojibake-1.txt", Some(garble(utf8, false))),
        ("encodings/mojibake-2.txt", Some(garble(&garble(utf8, false), false))),
        ("encodings/mojibake-latin1.txt", Some(garble(utf8, true))),
        ("encodings/utf-16be.txt", Some(be)),
    ];
    for (name, bytes) in outputs {
        let bytes = bytes.ok_or_else(|| std::io::Error::other(format!("{name}: text not encodable")))?;
        fs::write(format!("{dir}/{name}"), bytes)?;
    }
    fs::copy(format!("{dir}/encodings/tcvn3.txt"), format!("{dir}/warnings/SC008-legacy-encoding.txt"))?;
    fs::copy(format!("{dir}/encodings/mojibake-1.txt"), format!("{dir}/warnings/SC009-mojibake.txt"))?;
    Ok(())
}
