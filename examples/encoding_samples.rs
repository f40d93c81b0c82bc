//! Writes `samples/encodings/*` (and the SC008/SC009 fixtures) from `samples/encodings/utf-8.txt`, so every
//! sample decodes to the same text, and `samples/encodings/capitals/*` from `capitals/utf-8.txt` (a text with
//! capitals that carry tone marks, for the TCVN 5712 forms). Run:
//! `cargo run --release --example encoding_samples`.

use seeds_convert::decode::legacy::{encode_windows_1258, tcvn3, tcvn5712, viscii, vni};
use seeds_convert::decode::mojibake::garble;
use seeds_convert::decode::vietnamese;
use std::fs;

/// What TCVN3 (VN3) can hold: capitals with a tone mark typed as their lowercase codes.
fn vn3_text(text: &str) -> String {
    text.chars()
        .map(|c| match vietnamese::letter(c) {
            Some((_, Some(_))) if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
            _ => c,
        })
        .collect()
}

fn write(dir: &str, outputs: Vec<(&str, Option<Vec<u8>>)>) -> std::io::Result<()> {
    for (name, bytes) in outputs {
        let bytes = bytes.ok_or_else(|| std::io::Error::other(format!("{name}: text not encodable")))?;
        fs::write(format!("{dir}/{name}"), bytes)?;
    }
    Ok(())
}

fn main() -> std::io::Result<()> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/samples");
    let text = fs::read_to_string(format!("{dir}/encodings/utf-8.txt"))?;
    let utf8 = text.as_bytes();
    let mut be = vec![0xFE, 0xFF];
    be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let tcvn3 = tcvn3::encode(&text);
    let vni = vni::encode(&text);
    write(
        dir,
        vec![
            ("encodings/windows-1258.txt", encode_windows_1258(&text)),
            ("encodings/vni.txt", vni.clone()),
            ("encodings/tcvn3.txt", tcvn3.clone()),
            ("encodings/viscii.txt", viscii::encode(&text)),
            ("encodings/mojibake-1.txt", Some(garble(utf8, false))),
            ("encodings/mojibake-2.txt", Some(garble(&garble(utf8, false), false))),
            ("encodings/mojibake-latin1.txt", Some(garble(utf8, true))),
            ("encodings/mojibake-tcvn3.txt", tcvn3.map(|b| garble(&b, false))),
            ("encodings/mojibake-vni.txt", vni.map(|b| garble(&b, false))),
            ("encodings/utf-16be.txt", Some(be)),
        ],
    )?;
    let capitals = fs::read_to_string(format!("{dir}/encodings/capitals/utf-8.txt"))?;
    write(
        dir,
        vec![
            ("encodings/capitals/vn1.txt", tcvn5712::encode_vn1(&capitals)),
            ("encodings/capitals/vn2.txt", tcvn5712::encode_vn2(&capitals)),
            ("encodings/capitals/tcvn3.txt", tcvn3::encode(&vn3_text(&capitals))),
            ("encodings/capitals/mojibake-tcvn3.txt", tcvn3::encode(&vn3_text(&capitals)).map(|b| garble(&b, false))),
        ],
    )?;
    fs::copy(format!("{dir}/encodings/tcvn3.txt"), format!("{dir}/warnings/SC008-legacy-encoding.txt"))?;
    fs::copy(format!("{dir}/encodings/mojibake-1.txt"), format!("{dir}/warnings/SC009-mojibake.txt"))?;
    Ok(())
}
