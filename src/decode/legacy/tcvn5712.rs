//! The two fuller forms of TCVN 5712:1993 (VSCII), next to VN3 (`tcvn3`):
//!
//! * **VN1** (TCVN 5712-1, VSCII-1): all 134 precomposed Vietnamese letters. The capitals VN3 lacks sit in
//!   twelve C0 control positions (0x01 0x02 0x04–0x06 0x11–0x17) and in 0x80–0x9F; 0xB0–0xB4 are the five
//!   tone marks as combining characters. This is what glibc's `TCVN5712-1` converter produces (`iconv -t
//!   TCVN5712-1`), so it is the form a file written on Linux has.
//! * **VN2** (TCVN 5712-2, VSCII-2): VN1 without the C0 and 0x80–0x9F assignments (a 96-character set
//!   0xA0–0xFF, conformant with ISO 2022), i.e. VN3 plus the capitals with tones that fit in 0xA0–0xFF and
//!   the combining tones at 0xB0–0xB4; the other toned capitals are written base letter + combining tone.
//!   As in VN3, bytes 0x80–0x9F are the windows-1252 punctuation Word stores for quotes and dashes.
//!
//! The table is glibc's `localedata/charmaps/TCVN5712-1` (aliases `TCVN`, `TCVN-5712`, `TCVN5712-1:1993`),
//! checked byte for byte against it when this module was written; the VN2/VN3 subsets follow the standard's
//! description as summarised in the "VSCII" article of the English Wikipedia (three forms, VN3 ⊂ VN2 ⊂ VN1
//! on 0xA0–0xFF). `tcvn3::TONED` agrees with this table on every position VN3 defines (a test checks it).
//! Hand-written because no Rust crate we trust decodes TCVN 5712 (encoding_rs only does WHATWG encodings).

use super::cp1252_high;
use crate::decode::vietnamese::TONES;
use unicode_normalization::UnicodeNormalization;

/// The form names SC008 reports.
pub const VN1: &str = "TCVN 5712:1993 VN1";

/// VN1's capitals in C0 positions.
pub const C0: [(u8, char); 12] = [
    (0x01, 'Ú'),
    (0x02, 'Ụ'),
    (0x04, 'Ừ'),
    (0x05, 'Ử'),
    (0x06, 'Ữ'),
    (0x11, 'Ứ'),
    (0x12, 'Ự'),
    (0x13, 'Ỳ'),
    (0x14, 'Ỷ'),
    (0x15, 'Ỹ'),
    (0x16, 'Ý'),
    (0x17, 'Ỵ'),
];

/// Bytes 0x80–0xFF of VN1 (0xA0–0xFF are VN2's too).
pub const HIGH: [char; 128] = [
    'À', 'Ả', 'Ã', 'Á', 'Ạ', 'Ặ', 'Ậ', 'È', 'Ẻ', 'Ẽ', 'É', 'Ẹ', 'Ệ', 'Ì', 'Ỉ', 'Ĩ', // 0x80
    'Í', 'Ị', 'Ò', 'Ỏ', 'Õ', 'Ó', 'Ọ', 'Ộ', 'Ờ', 'Ở', 'Ỡ', 'Ớ', 'Ợ', 'Ù', 'Ủ', 'Ũ', // 0x90
    '\u{A0}', 'Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ', 'Ằ', // 0xA0
    '\u{300}', '\u{309}', '\u{303}', '\u{301}', '\u{323}', 'à', 'ả', 'ã', 'á', 'ạ', 'Ẳ', 'ằ', 'ẳ', 'ẵ', 'ắ',
    'Ẵ', // 0xB0
    'Ắ', 'Ầ', 'Ẩ', 'Ẫ', 'Ấ', 'Ề', 'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', 'Ể', 'ẻ', 'ẽ', // 0xC0
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', 'Ễ', 'Ế', 'Ồ', 'ĩ', 'í', 'ị', 'ò', // 0xD0
    'Ổ', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // 0xE0
    'Ỗ', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', 'Ố', // 0xF0
];

fn vn1_char(b: u8) -> char {
    match b {
        0x80..=0xFF => HIGH[usize::from(b - 0x80)],
        _ => C0.iter().find(|(x, _)| *x == b).map_or(char::from(b), |(_, c)| *c),
    }
}

fn vn2_char(b: u8) -> Option<char> {
    match b {
        0xA0..=0xFF => Some(HIGH[usize::from(b - 0x80)]),
        0x80..=0x9F => cp1252_high(b),
        // VN1's capitals are not VN2: a file with them is VN1 (or binary), not VN2 with control characters.
        _ if C0.iter().any(|(x, _)| *x == b) => None,
        _ => Some(char::from(b)),
    }
}

/// Decodes VN1 bytes (every byte is defined); the combining tones are composed, so the result is NFC.
pub fn decode_vn1(bytes: &[u8]) -> Option<String> {
    // Without a byte VN1 gives a letter where VN2/VN3 have controls or punctuation, VN1 is not the evidence.
    if !bytes.iter().any(|&b| (0x80..=0x9F).contains(&b) || C0.iter().any(|(x, _)| *x == b)) {
        return None;
    }
    Some(bytes.iter().map(|&b| vn1_char(b)).nfc().collect())
}

/// Decodes VN2 bytes; `None` for an undefined byte (0x81 0x8D 0x8F 0x90 0x9D) or one of VN1's C0 capitals.
pub fn decode_vn2(bytes: &[u8]) -> Option<String> {
    let text: String = bytes.iter().map(|&b| vn2_char(b)).collect::<Option<_>>()?;
    Some(text.nfc().collect())
}

/// Encodes NFC text as VN1; `None` if a character has no VN1 byte (or is one of the C0 controls VN1 reuses).
pub fn encode_vn1(text: &str) -> Option<Vec<u8>> {
    text.chars()
        .map(|c| {
            if c.is_ascii() {
                Some(c as u8).filter(|&b| vn1_char(b) == c)
            } else {
                (0x80..=0xFFu8).chain(C0.map(|x| x.0)).find(|&b| vn1_char(b) == c)
            }
        })
        .collect()
}

/// Encodes NFC text as VN2: precomposed where VN2 has the letter, else base letter + combining tone byte.
pub fn encode_vn2(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len());
    for c in text.chars() {
        if let Some(b) = (0..=0xFFu8).find(|&b| vn2_char(b) == Some(c)) {
            out.push(b);
            continue;
        }
        // Not precomposed in VN2: the letter without its tone, then the tone's combining byte.
        let tone = std::iter::once(c).nfd().find(|m| TONES.contains(m))?;
        let base: String = std::iter::once(c).nfd().filter(|&m| m != tone).nfc().collect();
        let mut base_chars = base.chars();
        let (Some(base), None) = (base_chars.next(), base_chars.next()) else { return None };
        out.push((0..=0xFFu8).find(|&b| vn2_char(b) == Some(base))?);
        out.push((0xB0..=0xB4u8).find(|&b| HIGH[usize::from(b - 0x80)] == tone)?);
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::super::tcvn3;
    use super::*;

    const ALL: &str = "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵăâêôơưđ\
                       ÀẢÃÁẠẰẲẴẮẶẦẨẪẤẬÈẺẼÉẸỀỂỄẾỆÌỈĨÍỊÒỎÕÓỌỒỔỖỐỘỜỞỠỚỢÙỦŨÚỤỪỬỮỨỰỲỶỸÝỴĂÂÊÔƠƯĐ";

    #[test]
    fn every_letter_round_trips_in_vn1_and_vn2() {
        assert_eq!(ALL.chars().count(), 134);
        let vn1 = encode_vn1(ALL).unwrap();
        assert_eq!(vn1.len(), 134, "VN1 has every letter precomposed");
        assert_eq!(decode_vn1(&vn1).unwrap(), ALL);
        let vn2 = encode_vn2(ALL).unwrap();
        assert!(vn2.len() > 134, "VN2 writes some capitals with a combining tone");
        assert!(vn2.iter().all(|&b| b >= 0x41), "no C0 bytes in VN2");
        assert_eq!(decode_vn2(&vn2).unwrap(), ALL);
    }

    #[test]
    fn vn1_capitals_sit_in_c0_like_glibc() {
        assert_eq!(encode_vn1("Úc").unwrap(), b"\x01c");
        assert_eq!(encode_vn1("ỤY").unwrap(), b"\x02Y");
        assert_eq!(decode_vn1(b"\x16 \x80").unwrap(), "Ý À");
        assert_eq!(decode_vn1(b"Vi\xD6t"), None, "no VN1-only byte: not evidence for VN1");
        assert_eq!(decode_vn2(b"\x01c"), None);
        // Combining tone bytes compose with the letter before them.
        assert_eq!(decode_vn2(b"U\xB4").unwrap(), "Ụ");
    }

    #[test]
    fn vn3_agrees_with_vn1_where_it_is_defined() {
        for b in 0xA0..=0xFFu8 {
            if let Some(c) = tcvn3::decode(&[b]) {
                assert_eq!(c, HIGH[usize::from(b - 0x80)].to_string(), "{b:#x}");
            }
        }
    }
}
