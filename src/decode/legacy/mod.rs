//! Legacy encodings, for bytes that are not UTF-8: windows-1258 (through encoding_rs), the Vietnamese
//! encodings outside WHATWG that encoding_rs leaves out by design (VISCII, TCVN 5712 in its three forms VN3 =
//! TCVN3, VN2 and VN1, VNI: table modules `viscii`, `tcvn3`, `tcvn5712`, `vni`), and, for text that is not
//! Vietnamese, the other WHATWG legacy encodings as chardetng guesses them.
//!
//! All three TCVN 5712 forms are reported as `TCVN3` (the name the JSON schema has for the family; the form is
//! in `Guess::variant`, which SC008 names). `layered` finds the same encodings under one more layer: legacy
//! bytes read as windows-1252 and saved as UTF-8.
//!
//! Choice by evidence, as in chardetng: a candidate that cannot decode the bytes is out; so is one whose
//! text is not Vietnamese (impossible syllables, stray symbols; `vietnamese::score`). Among the rest the best
//! score wins; ties go to the earlier candidate in `CANDIDATES`.

pub mod tcvn3;
pub mod tcvn5712;
pub mod viscii;
pub mod vni;

use super::vietnamese::{self, letter};
use encoding_rs::{Encoding, WINDOWS_1258};
use unicode_normalization::UnicodeNormalization;

/// A decoding of the whole file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guess {
    /// NFC text.
    pub text: String,
    /// The encoding's name, as the JSON `encoding` field says it.
    pub encoding: &'static str,
    /// The form, where the name covers several (`TCVN 5712:1993 VN1` …).
    pub variant: Option<&'static str>,
    /// Capitals with a tone mark given back to VN3 text (`tcvn3::restore_capitals`).
    pub restored: usize,
}

type Decoder = fn(&[u8]) -> Option<String>;

/// The Vietnamese candidates, most common first: (JSON name, form, decoder). VN2 and VN1 come after VN3,
/// which they extend, so a file all three read alike stays `TCVN3` (VN3).
pub const CANDIDATES: [(&str, Option<&str>, Decoder); 6] = [
    ("windows-1258", None, decode_windows_1258),
    ("VNI", None, vni::decode),
    ("TCVN3", Some(VN3), tcvn3::decode),
    ("TCVN3", Some("TCVN 5712:1993 VN2"), tcvn5712::decode_vn2),
    ("TCVN3", Some(tcvn5712::VN1), tcvn5712::decode_vn1),
    ("VISCII", None, viscii::decode),
];

/// Bytes 0x96 0x97 (Word's en and em dash under windows-1252) with no letter byte on either side.
fn lone_c1_bytes(bytes: &[u8]) -> usize {
    let letter = |b: Option<&u8>| b.is_some_and(|&b| b.is_ascii_alphabetic() || b >= 0xA1);
    (0..bytes.len())
        .filter(|&i| {
            matches!(bytes[i], 0x96 | 0x97)
                && !letter(i.checked_sub(1).and_then(|j| bytes.get(j)))
                && !letter(bytes.get(i + 1))
        })
        .count()
}

/// VN3's form name: the one form without toned capitals, whose text gets `tcvn3::restore_capitals`.
pub const VN3: &str = "TCVN 5712:1993 VN3 (ABC)";

/// The encodings chardetng may name for non-Vietnamese text (the schema's `encoding` enum lists them).
pub const WHATWG_GUESSES: [&str; 23] = [
    "windows-1250",
    "windows-1251",
    "windows-1252",
    "windows-1253",
    "windows-1254",
    "windows-1255",
    "windows-1256",
    "windows-1257",
    "windows-874",
    "ISO-8859-2",
    "ISO-8859-4",
    "ISO-8859-5",
    "ISO-8859-6",
    "ISO-8859-7",
    "ISO-8859-8",
    "ISO-8859-13",
    "KOI8-U",
    "IBM866",
    "Shift_JIS",
    "EUC-JP",
    "EUC-KR",
    "GBK",
    "Big5",
];

/// Decodes `bytes` (known not to be UTF-8) in the legacy encoding the evidence points to, if any.
pub fn guess(bytes: &[u8]) -> Option<Guess> {
    guess_vietnamese(bytes).map(|(_, g)| g).or_else(|| guess_whatwg(bytes))
}

/// The best Vietnamese candidate and its score; VN3 text has its capitals restored where evidence allows.
fn guess_vietnamese(bytes: &[u8]) -> Option<(vietnamese::Score, Guess)> {
    let mut best: Option<(vietnamese::Score, i64, Guess)> = None;
    for (encoding, variant, decode) in CANDIDATES {
        let Some(text) = decode(bytes) else { continue };
        let score = vietnamese::score(&text);
        // VN1 reads Word's dashes and quotes (0x91–0x97) as capitals (`–` as `Ọ`): a dash byte standing
        // between non-letters counts against VN1. (A file with VN1's C0 capitals or bytes windows-1252 leaves
        // undefined is VN1 alone: VN2 and VN3 cannot decode it.)
        let key =
            if variant == Some(tcvn5712::VN1) { score.key() - 2 * lone_c1_bytes(bytes) as i64 } else { score.key() };
        if score.is_vietnamese() && best.as_ref().is_none_or(|(_, s, _)| key > *s) {
            best = Some((score, key, Guess { text, encoding, variant, restored: 0 }));
        }
    }
    let (score, _, mut g) = best?;
    if g.variant == Some(VN3) {
        (g.text, g.restored) = tcvn3::restore_capitals(&g.text);
    }
    Some((score, g))
}

/// Legacy Vietnamese bytes that were read as windows-1252 and saved as UTF-8 (`ViÖt Nam` for TCVN3 `Việt
/// Nam`, `Vieät Nam` for VNI): the usual way old documents reach the web. `text` is valid UTF-8 that does not
/// read as Vietnamese; `bytes` is it mapped back through windows-1252 (`mojibake::undo_text`), which is not
/// UTF-8. Only a decoding that reads as Vietnamese and clearly better than `text` itself is taken.
pub fn layered(text: &str, bytes: &[u8]) -> Option<Guess> {
    let (score, g) = guess_vietnamese(bytes)?;
    let before = vietnamese::score(text);
    // Legacy Vietnamese is mostly ASCII letters (every base letter is ASCII in VNI, most are in TCVN3); a
    // line of Latin-1 symbols (`¨ ¨ ¨`) is not a layered file however well its bytes decode.
    let ascii = text.chars().filter(char::is_ascii_alphabetic).count();
    let other = text.chars().filter(|c| !c.is_ascii()).count();
    (!before.is_vietnamese() && ascii >= 2 * other && score.valid >= 5 && score.key() >= before.key() + 5).then_some(g)
}

/// chardetng's guess, kept only when it decodes every byte into text without control characters.
fn guess_whatwg(bytes: &[u8]) -> Option<Guess> {
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let encoding = detector.guess(None, chardetng::Utf8Detection::Deny);
    let name = WHATWG_GUESSES.iter().find(|n| **n == encoding.name())?;
    let text = encoding.decode_without_bom_handling_and_without_replacement(bytes)?;
    let controls = text.chars().filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\u{C}')).count();
    (controls == 0).then(|| Guess { text: text.nfc().collect(), encoding: name, variant: None, restored: 0 })
}

/// windows-1258 through encoding_rs; its output is base letter + combining tone, so it is composed to NFC.
/// Bytes the WHATWG index leaves as C1 controls count as undecodable.
pub fn decode_windows_1258(bytes: &[u8]) -> Option<String> {
    let text = WINDOWS_1258.decode_without_bom_handling_and_without_replacement(bytes)?;
    if text.chars().any(|c| ('\u{80}'..='\u{9F}').contains(&c)) {
        return None;
    }
    Some(text.nfc().collect())
}

/// Encodes NFC text as windows-1258 the way Vietnamese Windows did: letters with a vowel modifier are
/// precomposed (`ê`, `ơ`), tones are combining marks. `None` if a character is not encodable.
pub fn encode_windows_1258(text: &str) -> Option<Vec<u8>> {
    let mut split = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match letter(c) {
            Some((base, Some(tone))) if !c.is_ascii() => {
                split.extend(if c.is_uppercase() { base.to_uppercase().next() } else { Some(base) });
                split.push(tone);
            }
            _ => split.push(c),
        }
    }
    encode_whatwg(WINDOWS_1258, &split)
}

fn encode_whatwg(encoding: &'static Encoding, text: &str) -> Option<Vec<u8>> {
    let (bytes, _, unmappable) = encoding.encode(text);
    (!unmappable).then(|| bytes.into_owned())
}

/// The windows-1252 character for a byte 0x80–0x9F (`None` for the five it leaves undefined); the font
/// encodings store typographic punctuation there.
pub fn cp1252_high(b: u8) -> Option<char> {
    super::clean::c1_to_cp1252(char::from(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "Thủ tướng Chính phủ yêu cầu các bộ, ngành khẩn trương hoàn thiện đề án trước tháng Mười";

    #[test]
    fn each_vietnamese_encoding_is_recognised() {
        let encoded = [
            ("windows-1258", encode_windows_1258(TEXT)),
            ("VNI", vni::encode(TEXT)),
            ("TCVN3", tcvn3::encode(TEXT)),
            ("TCVN3", tcvn5712::encode_vn2(TEXT)),
            ("TCVN3", tcvn5712::encode_vn1(TEXT)),
            ("VISCII", viscii::encode(TEXT)),
        ];
        for (name, bytes) in encoded {
            let g = guess(&bytes.unwrap()).unwrap();
            assert_eq!((g.encoding, g.text.as_str()), (name, TEXT));
        }
    }

    #[test]
    fn windows_1258_output_is_composed() {
        let bytes = encode_windows_1258("Việt Nam ĐẮK LẮK").unwrap();
        assert_eq!(bytes[..5], *b"Vi\xEA\xF2t");
        assert_eq!(decode_windows_1258(&bytes).unwrap(), "Việt Nam ĐẮK LẮK");
    }

    #[test]
    fn the_schema_lists_every_encoding_name() {
        let schema: serde_json::Value =
            serde_json::from_str(include_str!("../../../schemas/document.schema.json")).unwrap();
        let names = schema["properties"]["encoding"]["enum"].as_array().unwrap();
        for name in CANDIDATES.iter().map(|c| c.0).chain(WHATWG_GUESSES) {
            assert!(names.iter().any(|n| n == name), "{name} missing from the schema's encoding enum");
        }
    }

    #[test]
    fn other_languages_go_to_chardetng() {
        let (bytes, _, _) = encoding_rs::WINDOWS_1251.encode("Правительство утвердило программу развития.");
        assert_eq!(guess(&bytes).unwrap().encoding, "windows-1251");
        let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\xa5\x4d\xca\x18";
        assert_eq!(guess(png), None);
    }
}
