//! TCVN3, the "ABC" font encoding of Vietnamese standard TCVN 5712:1993, table VN3 (the `.Vn…` fonts such as
//! `.VnTime`). VN3 keeps ASCII, puts the seven modified letters at 0xA1–0xAE (`Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ`)
//! and the lowercase toned vowels at 0xB5–0xFE (the same positions as in VN1, whose extra capitals VN3 drops).
//! Capitals with a tone mark do not exist in VN3: documents get them by switching to an all-caps font
//! (`.VnTimeH`) that draws the lowercase codes as capitals, so decoded text has them in lowercase.
//! Bytes 0x80–0x9F are the windows-1252 punctuation Word stores for quotes and dashes typed in these fonts.
//! Hand-written because no Rust crate we trust decodes it; undefined bytes make `decode` return `None`.

use super::cp1252_high;

/// 0xA1–0xAE.
const MODIFIED: [char; 14] = ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ', 'ă', 'â', 'ê', 'ô', 'ơ', 'ư', 'đ'];

/// 0xB5–0xFE; `'\0'` marks the positions VN3 leaves empty (VN1's capitals).
const TONED: [char; 74] = [
    'à', 'ả', 'ã', 'á', 'ạ', '\0', 'ằ', 'ẳ', 'ẵ', 'ắ', // 0xB5–0xBE
    '\0', '\0', '\0', '\0', '\0', '\0', '\0', // 0xBF–0xC5
    'ặ', 'ầ', 'ẩ', 'ẫ', 'ấ', 'ậ', 'è', '\0', 'ẻ', 'ẽ', // 0xC6–0xCF
    'é', 'ẹ', 'ề', 'ể', 'ễ', 'ế', 'ệ', 'ì', 'ỉ', '\0', '\0', '\0', 'ĩ', 'í', 'ị', 'ò', // 0xD0–0xDF
    '\0', 'ỏ', 'õ', 'ó', 'ọ', 'ồ', 'ổ', 'ỗ', 'ố', 'ộ', 'ờ', 'ở', 'ỡ', 'ớ', 'ợ', 'ù', // 0xE0–0xEF
    '\0', 'ủ', 'ũ', 'ú', 'ụ', 'ừ', 'ử', 'ữ', 'ứ', 'ự', 'ỳ', 'ỷ', 'ỹ', 'ý', 'ỵ', // 0xF0–0xFE
];

fn byte_to_char(b: u8) -> Option<char> {
    match b {
        0x00..=0x7F => Some(char::from(b)),
        0x80..=0x9F => cp1252_high(b),
        0xA0 => Some('\u{A0}'),
        0xA1..=0xAE => Some(MODIFIED[usize::from(b - 0xA1)]),
        0xB5..=0xFE => Some(TONED[usize::from(b - 0xB5)]).filter(|&c| c != '\0'),
        _ => None,
    }
}

/// Decodes TCVN3 (VN3) bytes; `None` if a byte is undefined in VN3. The result is NFC.
pub fn decode(bytes: &[u8]) -> Option<String> {
    bytes.iter().map(|&b| byte_to_char(b)).collect()
}

/// Encodes NFC text as TCVN3; `None` if a character has no VN3 byte (capitals with a tone mark among them).
pub fn encode(text: &str) -> Option<Vec<u8>> {
    text.chars().map(char_to_byte).collect()
}

fn char_to_byte(c: char) -> Option<u8> {
    if c.is_ascii() {
        return Some(c as u8);
    }
    (0x80..=0xFFu8).find(|&b| byte_to_char(b) == Some(c))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_letters_and_lowercase_tones() {
        assert_eq!(decode(b"Vi\xD6t Nam").unwrap(), "Việt Nam");
        assert_eq!(decode(b"ng\xAD\xEAi \xAE\xB8nh").unwrap(), "người đánh");
        assert_eq!(decode(b"\xA7\xA1NG").unwrap(), "ĐĂNG");
        let all = "àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵăâêôơưđĂÂÊÔƠƯĐ";
        assert_eq!(decode(&encode(all).unwrap()).unwrap(), all);
    }

    #[test]
    fn capitals_with_tones_and_empty_positions_are_impossible() {
        assert_eq!(encode("Ở"), None);
        assert_eq!(encode("Á"), None);
        assert_eq!(decode(b"\xB0"), None);
        assert_eq!(decode(b"\xFF"), None);
        assert_eq!(decode(b"\x93Hay\x94").unwrap(), "“Hay”");
    }
}
