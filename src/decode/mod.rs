//! Bytes → text, with an explicit outcome (encoding_rs style): the text, the encoding actually used, whether
//! a BOM was seen, and how lossy it was. Nothing here normalises; `clean` does that afterwards, line by line.
//!
//! Order of evidence: a BOM wins; then UTF-16 without BOM when the zero bytes say so; then strict UTF-8;
//! then (issue 3's slot) legacy candidates; last, UTF-8 with U+FFFD for the few invalid sequences.

pub mod clean;

/// The outcome of decoding one seed.
#[derive(Debug, Clone)]
pub struct Decoded {
    /// The decoded text, line ends as in the input. Diagnostics' positions refer to this text.
    pub text: String,
    /// Name of the encoding used, as reported in the JSON `encoding` field.
    pub encoding: &'static str,
    pub bom: bool,
    /// Malformed byte sequences replaced by U+FFFD while decoding.
    pub invalid_sequences: usize,
    /// Byte offset, in `text`, of the first U+FFFD inserted for a malformed sequence.
    pub first_invalid: Option<usize>,
}

impl Decoded {
    /// Share of the text that is replacement characters inserted by decoding (0.0–1.0).
    pub fn lossy_ratio(&self) -> f64 {
        let chars = self.text.chars().count().max(1);
        self.invalid_sequences as f64 / chars as f64
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
    decode_utf8(bytes)
}

/// UTF-16 without a BOM is "evident" when most code units of an even-length text have a zero byte on the
/// same side (Vietnamese text is mostly ASCII letters, spaces and U+1Exx, so the high bytes are 0x00 or 0x1E).
fn sniff_utf16(bytes: &[u8]) -> Option<bool> {
    if bytes.len() < 4 || bytes.len() % 2 != 0 {
        return None;
    }
    let units = bytes.len() / 2;
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

fn decode_utf8(bytes: &[u8]) -> Decoded {
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Decoded {
            text: text.to_owned(),
            encoding: "UTF-8",
            bom: false,
            invalid_sequences: 0,
            first_invalid: None,
        };
    }
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
    Decoded { text, encoding: "UTF-8", bom: false, invalid_sequences: invalid, first_invalid: first }
}

fn decode_utf16(bytes: &[u8], big_endian: bool, bom: bool) -> Decoded {
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
    let encoding = if big_endian { "UTF-16BE" } else { "UTF-16LE" };
    Decoded { text, encoding, bom, invalid_sequences: invalid, first_invalid: first }
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
