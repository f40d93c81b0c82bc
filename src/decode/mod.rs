//! Bytes → text, with an explicit outcome (encoding_rs style): the text, the encoding actually used, whether
//! a BOM was seen, and how lossy it was. Nothing here normalises; `clean` does that afterwards, line by line.
//!
//! Order of evidence: a BOM wins; then UTF-16 without BOM when the zero bytes say so; then strict UTF-8
//! (with mojibake repaired, `mojibake`); then UTF-8 with U+FFFD when the bytes are mostly good UTF-8 with a
//! few invalid sequences; then the legacy candidates (`legacy`: windows-1258, VNI, TCVN3, VISCII, chosen by
//! how Vietnamese the text is (`vietnamese`), else chardetng's WHATWG guess); last, lossy UTF-8 again.

pub mod clean;
pub mod legacy;
pub mod marks;
pub mod mojibake;
pub mod tags;
pub mod tone;
pub mod vietnamese;

use crate::model::Repair;
pub use mojibake::{Mojibake, Suspect};
use std::borrow::Cow;

/// The outcome of decoding one seed.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The decoded text, line ends as in the input. Diagnostics' positions refer to this text.
    pub text: String,
    /// Name of the encoding used, as reported in the JSON `encoding` field.
    pub encoding: &'static str,
    /// The file started with a byte-order mark.
    pub bom: bool,
    /// Malformed byte sequences replaced by U+FFFD while decoding.
    pub invalid_sequences: usize,
    /// Byte offset, in `text`, of the first U+FFFD inserted for a malformed sequence.
    pub first_invalid: Option<usize>,
    /// Set when lines were UTF-8 read as windows-1252 and saved again, and were repaired.
    pub mojibake: Option<Mojibake>,
    /// Lines that look like mojibake but were left alone (the evidence was ambiguous).
    pub suspect: Option<Suspect>,
    /// The form of the encoding, where `encoding` names a family (`TCVN 5712:1993 VN1` for `TCVN3`).
    pub variant: Option<&'static str>,
    /// UTF-16 with an odd number of bytes: the last (partial) character was dropped.
    pub truncated: bool,
    /// Capitals with a tone mark given back to text from TCVN3 (VN3), which cannot write them.
    pub restored_capitals: usize,
}

impl Decoded {
    /// Share of the text that is replacement characters inserted by decoding (0.0–1.0).
    pub fn lossy_ratio(&self) -> f64 {
        let chars = self.text.chars().count().max(1);
        self.invalid_sequences as f64 / chars as f64
    }

    /// Repairs made while decoding, for the document's `repairs`: `mojibake` counts the non-ASCII characters
    /// recovered, `restored-capitals` the toned capitals given back to TCVN3 (VN3) text.
    pub fn repairs(&self) -> Vec<Repair> {
        let mojibake = self.mojibake.iter().map(|m| Repair { kind: "mojibake".to_string(), count: m.chars });
        let capitals = (self.restored_capitals > 0)
            .then(|| Repair { kind: "restored-capitals".to_string(), count: self.restored_capitals });
        mojibake.chain(capitals).collect()
    }

    /// The bytes were in a legacy (8-bit) encoding, not UTF-8 or UTF-16.
    pub fn is_legacy(&self) -> bool {
        !matches!(self.encoding, "UTF-8" | "UTF-16LE" | "UTF-16BE")
    }

    pub(crate) fn new(text: String, encoding: &'static str, bom: bool) -> Decoded {
        Decoded {
            text,
            encoding,
            bom,
            invalid_sequences: 0,
            first_invalid: None,
            mojibake: None,
            suspect: None,
            variant: None,
            truncated: false,
            restored_capitals: 0,
        }
    }
}

/// Decodes `bytes` to text; never fails (the worst outcome is very lossy, which `check` reports).
pub fn decode(bytes: &[u8]) -> Decoded {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        return Decoded { bom: true, ..decode_utf8(rest) };
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return decode_utf16(rest, false, true);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return decode_utf16(rest, true, true);
    }
    if let Some(big_endian) = sniff_utf16(bytes) {
        return decode_utf16(bytes, big_endian, false);
    }
    // An odd length is UTF-16 cut short (a truncated download) when everything but the last byte is: the
    // last character is lost and the file says so (SC004), rather than being taken for binary data.
    if bytes.len() % 2 == 1 && utf8(bytes).is_none() {
        if let Some(big_endian) = sniff_utf16(&bytes[..bytes.len() - 1]) {
            return Decoded { truncated: true, ..decode_utf16(&bytes[..bytes.len() - 1], big_endian, false) };
        }
    }
    decode_utf8(bytes)
}

/// UTF-16 without a BOM is "evident" when most code units of an even-length text have a zero byte on the
/// same side (Vietnamese text is mostly ASCII letters, spaces and U+1Exx, so the high bytes are 0x00 or 0x1E).
fn sniff_utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let units = bytes.len() / 2;
    // Neither side can have a zero in most units when the whole text has no more zero bytes than half the
    // units: the usual case (text without NULs), settled by memchr's vectorised search, which skips text
    // without zeros at several bytes an instruction (and stops counting at the first zero too many).
    let zeros = memchr::memchr_iter(0, bytes).take(units / 2 + 1).count();
    if zeros * 2 <= units {
        return None;
    }
    let (mut even_zero, mut odd_zero) = (0usize, 0usize);
    for pair in bytes.chunks_exact(2) {
        even_zero += usize::from(pair[0] == 0);
        odd_zero += usize::from(pair[1] == 0);
    }
    if odd_zero * 2 > units && even_zero * 10 < units {
        Some(false)
    } else if even_zero * 2 > units && odd_zero * 10 < units {
        Some(true)
    } else {
        None
    }
}

/// `std::str::from_utf8`, but with encoding_rs's validator, which uses SIMD (simdutf8, chosen at run time)
/// where the CPU has it. On Vietnamese text, where a multi-byte character comes every few bytes, std's
/// character-by-character validator runs at ~0.3 GB/s and encoding_rs's at several GB/s, and validation is
/// most of decoding's work (the whole input once, and every line mojibake repair tries).
pub(crate) fn utf8(bytes: &[u8]) -> Option<&str> {
    match encoding_rs::UTF_8.decode_without_bom_handling_and_without_replacement(bytes)? {
        Cow::Borrowed(text) => Some(text),
        // Valid UTF-8 is always borrowed; should that change, std gives the same answer.
        Cow::Owned(_) => std::str::from_utf8(bytes).ok(),
    }
}

/// Texts this long or longer are repaired (`mojibake`) and cleaned (`clean`) in chunks of whole lines on
/// rayon's threads, with the outcome of one pass (each tested so): a whole book or corpus dump in one file
/// is not left to one core.
const PARALLEL_FROM: usize = 1 << 20;
/// A chunk's size: a few hundred kilobytes of lines, so the threads share the work and each chunk's
/// buffers stay warm.
const CHUNK: usize = 1 << 18;

/// `text` cut into pieces of about `size` bytes that end after a `\n` (the last one at the text's end).
fn line_chunks(text: &str, size: usize) -> Vec<&str> {
    let mut chunks = Vec::with_capacity(text.len() / size.max(1) + 1);
    let mut start = 0;
    while start < text.len() {
        let end = memchr::memchr(b'\n', text.as_bytes().get(start + size..).unwrap_or_default())
            .map_or(text.len(), |i| start + size + i + 1);
        chunks.push(&text[start..end]);
        start = end;
    }
    chunks
}

fn decode_utf8(bytes: &[u8]) -> Decoded {
    if let Some(text) = utf8(bytes) {
        let (repaired, suspect) = mojibake::repair_and_flag(text);
        // Legacy bytes under the layer only when no line is UTF-8 mojibake (whose text maps back too).
        if repaired.is_none() {
            if let Some(d) = layered_legacy(text) {
                return d;
            }
        }
        let (text, mojibake) = match repaired {
            Some((fixed, m)) => (fixed, Some(m)),
            None => (text.to_owned(), None),
        };
        return Decoded { mojibake, suspect, ..Decoded::new(text, "UTF-8", false) };
    }
    if !mostly_utf8(bytes) {
        if let Some(g) = legacy::guess(bytes) {
            return Decoded {
                variant: g.variant,
                restored_capitals: g.restored,
                ..Decoded::new(g.text, g.encoding, false)
            };
        }
    }
    decode_utf8_lossy(bytes)
}

/// VNI, TCVN3 … bytes read as windows-1252 and saved as UTF-8 (`ViÖt Nam`): the whole text maps back to
/// bytes (no character beyond windows-1252), those bytes are not UTF-8 (else it is UTF-8 mojibake, which
/// `mojibake` repairs line by line), and a Vietnamese legacy encoding reads them far better than the text
/// reads itself (`legacy::layered`). Clean Vietnamese fails at its first letter beyond Latin-1.
fn layered_legacy(text: &str) -> Option<Decoded> {
    let bytes = mojibake::undo_text(text)?;
    if utf8(&bytes).is_some() {
        return None;
    }
    let g = legacy::layered(text, &bytes)?;
    let (mut lines, mut first, mut chars) = (0, None, 0);
    let mut offset = 0;
    for (before, after) in text.split_inclusive('\n').zip(g.text.split_inclusive('\n')) {
        if before != after {
            lines += 1;
            first.get_or_insert(offset);
            chars += after.chars().filter(|c| !c.is_ascii()).count();
        }
        offset += after.len();
    }
    let mojibake = Mojibake {
        lines,
        layers: 1,
        chars: chars.max(1),
        first: first.unwrap_or(0),
        legacy: Some((g.encoding, g.variant)),
    };
    Some(Decoded { mojibake: Some(mojibake), restored_capitals: g.restored, ..Decoded::new(g.text, "UTF-8", false) })
}

/// UTF-8 with a few bad sequences: valid multi-byte characters clearly outnumber invalid sequences (legacy
/// 8-bit text almost never forms valid multi-byte UTF-8 by chance).
fn mostly_utf8(bytes: &[u8]) -> bool {
    let (mut good, mut bad) = (0usize, 0usize);
    for chunk in bytes.utf8_chunks() {
        good += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        bad += usize::from(!chunk.invalid().is_empty());
    }
    good > 2 * bad
}

fn decode_utf8_lossy(bytes: &[u8]) -> Decoded {
    let mut text = String::with_capacity(bytes.len() + 16);
    let (mut invalid, mut first) = (0, None);
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            first.get_or_insert(text.len());
            invalid += 1;
            text.push('\u{FFFD}');
        }
    }
    Decoded { invalid_sequences: invalid, first_invalid: first, ..Decoded::new(text, "UTF-8", false) }
}

fn decode_utf16(bytes: &[u8], big_endian: bool, bom: bool) -> Decoded {
    let encoding = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
    // Well-formed input (the usual case) through encoding_rs's vectorised decoder; errors are counted and
    // located by the loop below.
    let fast = if big_endian { encoding_rs::UTF_16BE } else { encoding_rs::UTF_16LE };
    if let Some(text) = fast.decode_without_bom_handling_and_without_replacement(bytes) {
        return Decoded::new(text.into_owned(), encoding, bom);
    }
    let units = bytes.chunks(2).map(|p| match (p, big_endian) {
        ([a, b], false) => u16::from_le_bytes([*a, *b]),
        ([a, b], true) => u16::from_be_bytes([*a, *b]),
        _ => 0xD800, // a trailing odd byte: a lone surrogate, so it decodes as one error
    });
    let mut text = String::with_capacity(bytes.len());
    let (mut invalid, mut first) = (0, None);
    for unit in char::decode_utf16(units) {
        match unit {
            Ok(c) => text.push(c),
            Err(_) => {
                first.get_or_insert(text.len());
                invalid += 1;
                text.push('\u{FFFD}');
            }
        }
    }
    Decoded { invalid_sequences: invalid, first_invalid: first, ..Decoded::new(text, encoding, bom) }
}

#[cfg(test)]
mod tests {
    use super::*;

    const VI: &str = "Tổng Bí thư Nguyễn Phú Trọng\r\nđã làm việc";

    fn utf16(s: &str, be: bool) -> Vec<u8> {
        s.encode_utf16().flat_map(|u| if be { u.to_be_bytes() } else { u.to_le_bytes() }).collect()
    }

    #[test]
    fn boms_are_honoured_and_reported() {
        let mut le = vec![0xFF, 0xFE];
        le.extend(utf16(VI, false));
        let d = decode(&le);
        assert_eq!((d.text.as_str(), d.encoding, d.bom), (VI, "UTF-16LE", true));
        let mut be = vec![0xFE, 0xFF];
        be.extend(utf16(VI, true));
        let d = decode(&be);
        assert_eq!((d.text.as_str(), d.encoding, d.bom), (VI, "UTF-16BE", true));
        let mut u8 = b"\xEF\xBB\xBF".to_vec();
        u8.extend(VI.as_bytes());
        let d = decode(&u8);
        assert_eq!((d.text.as_str(), d.encoding, d.bom), (VI, "UTF-8", true));
    }

    #[test]
    fn utf16_without_bom_is_sniffed() {
        let d = decode(&utf16(VI, false));
        assert_eq!((d.text.as_str(), d.encoding, d.bom), (VI, "UTF-16LE", false));
        let d = decode(&utf16(VI, true));
        assert_eq!((d.text.as_str(), d.encoding), (VI, "UTF-16BE"));
    }

    #[test]
    fn a_few_invalid_bytes_become_replacement_characters() {
        let mut bytes = "Hà Nội ".as_bytes().to_vec();
        bytes.push(0xFF);
        bytes.extend("hôm nay".as_bytes());
        let d = decode(&bytes);
        assert_eq!(d.text, "Hà Nội \u{FFFD}hôm nay");
        assert_eq!(d.invalid_sequences, 1);
        assert_eq!(d.first_invalid, Some("Hà Nội ".len()));
    }
}
