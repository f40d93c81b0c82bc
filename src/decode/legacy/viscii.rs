//! VISCII, the 8-bit Vietnamese standard of RFC 1456 ("Conventions for Encoding the Vietnamese Language:
//! VISCII and VIQR", Viet-Std group, 1993). It keeps ASCII except six C0 positions (0x02 0x05 0x06 0x14 0x19
//! 0x1E) and fills 0x80–0xFF with all 134 precomposed Vietnamese letters, reusing Latin-1 positions where a
//! letter is there already. The table below follows RFC 1456's mapping (the same one glibc's `VISCII`
//! charmap ships). Hand-written because no Rust crate we trust decodes VISCII (encoding_rs deliberately only
//! does WHATWG encodings). Every byte is defined, so `decode` never fails: evidence decides if it is VISCII.

/// The six C0 bytes VISCII uses for capitals.
const C0: [(u8, char); 6] = [(0x02, 'Ẳ'), (0x05, 'Ẵ'), (0x06, 'Ẫ'), (0x14, 'Ỷ'), (0x19, 'Ỹ'), (0x1E, 'Ỵ')];

/// Bytes 0x80–0xFF.
const HIGH: [char; 128] = [
    // 0x80
    'Ạ', 'Ắ', 'Ằ', 'Ặ', 'Ấ', 'Ầ', 'Ẩ', 'Ậ', 'Ẽ', 'Ẹ', 'Ế', 'Ề', 'Ể', 'Ễ', 'Ệ', 'Ố', // 0x90
    'Ồ', 'Ổ', 'Ỗ', 'Ộ', 'Ợ', 'Ớ', 'Ờ', 'Ở', 'Ị', 'Ỏ', 'Ọ', 'Ỉ', 'Ủ', 'Ũ', 'Ụ', 'Ỳ', // 0xA0
    'Õ', 'ắ', 'ằ', 'ặ', 'ấ', 'ầ', 'ẩ', 'ậ', 'ẽ', 'ẹ', 'ế', 'ề', 'ể', 'ễ', 'ệ', 'ố', // 0xB0
    'ồ', 'ổ', 'ỗ', 'Ỡ', 'Ơ', 'ộ', 'ờ', 'ở', 'ị', 'Ự', 'Ứ', 'Ừ', 'Ử', 'ơ', 'ớ', 'Ư', // 0xC0
    'À', 'Á', 'Â', 'Ã', 'Ả', 'Ă', 'ẳ', 'ẵ', 'È', 'É', 'Ê', 'Ẻ', 'Ì', 'Í', 'Ĩ', 'ỳ', // 0xD0
    'Đ', 'ứ', 'Ò', 'Ó', 'Ô', 'ạ', 'ỷ', 'ừ', 'ử', 'Ù', 'Ú', 'ỹ', 'ỵ', 'Ý', 'ỡ', 'ư', // 0xE0
    'à', 'á', 'â', 'ã', 'ả', 'ă', 'ữ', 'ẫ', 'è', 'é', 'ê', 'ẻ', 'ì', 'í', 'ĩ', 'ỉ', // 0xF0
    'đ', 'ự', 'ò', 'ó', 'ô', 'õ', 'ỏ', 'ọ', 'ụ', 'ù', 'ú', 'ũ', 'ủ', 'ý', 'ợ', 'Ữ',
];

fn byte_to_char(b: u8) -> char {
    if b >= 0x80 {
        return HIGH[usize::from(b - 0x80)];
    }
    C0.iter().find(|(x, _)| *x == b).map_or(char::from(b), |(_, c)| *c)
}

/// Decodes VISCII bytes (always succeeds; the result is NFC).
pub fn decode(bytes: &[u8]) -> Option<String> {
    Some(bytes.iter().map(|&b| byte_to_char(b)).collect())
}

/// Encodes NFC text as VISCII; `None` if a character has no VISCII byte (or is one of the six C0 controls
/// VISCII gave away).
pub fn encode(text: &str) -> Option<Vec<u8>> {
    text.chars().map(char_to_byte).collect()
}

fn char_to_byte(c: char) -> Option<u8> {
    if let Some((b, _)) = C0.iter().find(|(_, x)| *x == c) {
        return Some(*b);
    }
    if c.is_ascii() {
        let b = c as u8;
        return (!C0.iter().any(|(x, _)| *x == b)).then_some(b);
    }
    HIGH.iter().position(|&x| x == c).and_then(|i| u8::try_from(i + 0x80).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lowercase_and_capital_families_round_trip() {
        let text = "Việt Nam ĐỘC LẬP tự do hạnh phúc ẲẴẪỶỸỴ ỳỷỹỵý Ữữ";
        let bytes = encode(text).unwrap();
        assert_eq!(decode(&bytes).unwrap(), text);
        assert_eq!(encode("ạ").unwrap(), vec![0xD5]);
        assert_eq!(decode(&[0x02, 0x80, 0xA0, 0xFF]).unwrap(), "ẲẠÕỮ");
    }

    #[test]
    fn every_byte_round_trips() {
        for b in 0..=255u8 {
            let s = decode(&[b]).unwrap();
            if !C0.iter().any(|(x, _)| *x == b) || b >= 0x20 {
                assert_eq!(encode(&s), Some(vec![b]), "byte {b:#x}");
            }
        }
        assert_eq!(encode("\u{2}"), None);
        assert_eq!(encode("“"), None);
    }
}
