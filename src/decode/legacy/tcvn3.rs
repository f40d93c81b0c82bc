//! TCVN3, the "ABC" font encoding of Vietnamese standard TCVN 5712:1993, table VN3 (the `.Vn…` fonts such as
//! `.VnTime`). VN3 keeps ASCII, puts the seven modified letters at 0xA1–0xAE (`Ă Â Ê Ô Ơ Ư Đ ă â ê ô ơ ư đ`)
//! and the lowercase toned vowels at 0xB5–0xFE (the same positions as in VN1, whose extra capitals VN3 drops).
//! Capitals with a tone mark do not exist in VN3: documents get them by switching to an all-caps font
//! (`.VnTimeH`) that draws the lowercase codes as capitals, so decoded text has them in lowercase.
//! Bytes 0x80–0x9F are the windows-1252 punctuation Word stores for quotes and dashes typed in these fonts.
//! Hand-written because no Rust crate we trust decodes it; undefined bytes make `decode` return `None`.

use super::cp1252_high;
use crate::decode::vietnamese::letter;

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

/// VN3 cannot write a capital with a tone mark, so decoded text has `(ảnh: TTXVN)`, `ủy ban` at the start of
/// a sentence and `NGUYễN` in an all-capital word. Restored only on evidence from the text itself:
///
/// * a word whose other cased letters are all capitals (at least two) gets its toned letters capitalised;
/// * a toned lowercase letter opening a line or a sentence (after `.`, `!`, `?`, `…` and optional opening
///   brackets or quotes) becomes a capital when the text capitalises the sentence openings VN3 *can* write
///   (ASCII letters and `Ă Â Ê Ô Ơ Ư Đ`): at least three of them and three in four capitalised. So does one
///   that opens a sentence glued to the one before (`nước.ủy ban`, `thế”.ảnh`: `.`, `!` or `?` right after a
///   word of two letters or more or a closing quote or bracket, a word of two letters or more after it, no
///   `/` or `@` around, which would make it an address), as the parser ungluing sentences reads `nước.Ủy`.
///
/// A word written wholly in an all-capital font (`hµ néi` drawn as `HÀ NỘI`) has no capital to go by and
/// stays lowercase. Returns the text and how many letters were capitalised.
pub fn restore_capitals(text: &str) -> (String, usize) {
    let chars: Vec<char> = text.chars().collect();
    let toned_lower = |c: char| c.is_lowercase() && matches!(letter(c), Some((_, Some(_))));
    // Sentence openings: index of the first letter of each.
    let mut openings = Vec::new();
    // Toned lowercase letters opening a sentence glued to the one before (not evidence, only restored).
    let mut glued = Vec::new();
    // 2: a sentence may open here; 1: after `.` `!` `?` `…`, which opens one only if whitespace follows
    // (`tinnong.example.vn` does not) or the sentence is glued to it (`glued_sentence`).
    let mut state = 2;
    for (i, &c) in chars.iter().enumerate() {
        if c.is_alphabetic() {
            if state == 2 {
                openings.push(i);
            } else if state == 1 && toned_lower(c) && glued_sentence(&chars, i) {
                glued.push(i);
            }
            state = 0;
        } else if matches!(c, '\n' | '\r') {
            state = 2;
        } else if matches!(c, '.' | '!' | '?' | '…') {
            state = 1;
        } else if c.is_whitespace() {
            state = if state >= 1 { 2 } else { 0 };
        } else if !(state == 2 && matches!(c, '(' | '[' | '"' | '\'' | '“' | '‘' | '«' | '-' | '–' | '—')) {
            state = 0;
        }
    }
    let writable: Vec<bool> =
        openings.iter().filter(|&&i| !toned_lower(chars[i])).map(|&i| chars[i].is_uppercase()).collect();
    let capitalised = writable.iter().filter(|&&u| u).count();
    let sentences = writable.len() >= 3 && capitalised * 4 >= writable.len() * 3;
    let mut out = chars.clone();
    if sentences {
        for &i in openings.iter().chain(&glued) {
            if toned_lower(chars[i]) {
                out[i] = upper(chars[i]);
            }
        }
    }
    let mut start = 0;
    while start < chars.len() {
        let end = chars[start..].iter().position(|c| !c.is_alphabetic()).map_or(chars.len(), |n| start + n);
        let word = &chars[start..end];
        let caps = word.iter().filter(|c| c.is_uppercase()).count();
        let other_lower = word.iter().filter(|&&c| c.is_lowercase() && !toned_lower(c)).count();
        if caps >= 2 && other_lower == 0 {
            for i in start..end {
                if toned_lower(chars[i]) {
                    out[i] = upper(chars[i]);
                }
            }
        }
        start = end + 1;
    }
    let restored = out.iter().zip(&chars).filter(|(o, c)| o != c).count();
    (out.into_iter().collect(), restored)
}

/// Does the letter at `chars[i]`, right after `.`, `!`, `?` or `…`, open a sentence glued to the one
/// before (`nước.ủy ban`)? See `restore_capitals`.
fn glued_sentence(chars: &[char], i: usize) -> bool {
    let (before, after) = chars.split_at(i);
    let Some((&stop, before)) = before.split_last() else { return false };
    let word_before = before.iter().rev().take_while(|c| c.is_alphabetic()).count();
    let ends_well = match before.last() {
        Some(&p) if p.is_lowercase() => word_before >= 2,
        Some(&p) => matches!(p, '"' | '”' | '’' | '\'' | ')' | ']' | '»'),
        None => false,
    };
    let word_after = after.iter().take_while(|c| c.is_alphabetic()).count();
    let token = before.iter().rev().chain(after).take_while(|c| !c.is_whitespace());
    let address = token.clone().any(|c| matches!(c, '/' | '@'));
    matches!(stop, '.' | '!' | '?') && ends_well && word_after >= 2 && !address
}

fn upper(c: char) -> char {
    let mut u = c.to_uppercase();
    match (u.next(), u.next()) {
        (Some(u), None) => u,
        _ => c,
    }
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

    #[test]
    fn capitals_come_back_on_evidence() {
        let text = "(ảnh: TTXVN)\nHà Nội đã họp. ủy ban NGUYễN VĂN A nói. Đây là tin.\nKết thúc";
        let want = "(Ảnh: TTXVN)\nHà Nội đã họp. Ủy ban NGUYỄN VĂN A nói. Đây là tin.\nKết thúc";
        assert_eq!(restore_capitals(text), (want.to_string(), 3));
        // A text that does not capitalise its sentences gives no evidence.
        let lower = "hà nội đã họp. ủy ban nói. đây là tin. và thế";
        assert_eq!(restore_capitals(lower), (lower.to_string(), 0));
        assert_eq!(restore_capitals("hµ"), ("hµ".to_string(), 0));
    }

    #[test]
    fn a_sentence_glued_to_the_one_before_gets_its_capital() {
        let text = "Hà Nội đã họp bàn việc của đất nước.ủy ban nói. Đây là tin. Kết thúc.ấy là vẫn thế”.ảnh: TTXVN";
        let want = "Hà Nội đã họp bàn việc của đất nước.Ủy ban nói. Đây là tin. Kết thúc.Ấy là vẫn thế”.Ảnh: TTXVN";
        assert_eq!(restore_capitals(text), (want.to_string(), 3));
        // Not after an initial or inside an address, not a lone letter (`thúc.ở`), not without evidence.
        for kept in [
            "Đây là tin. Kết thúc. Hết rồi. v.ủy ban",
            "Đây là tin. Kết thúc. Hết rồi. xem tin.vn/ảnh",
            "Đây là tin. Kết thúc. Hết rồi. ông.ý",
            "Đây là tin. Kết thúc. Hết rồi. thúc.ở đây",
        ] {
            assert_eq!(restore_capitals(kept).0, kept);
        }
        assert_eq!(restore_capitals("đất nước.ủy ban").1, 0);
    }
}
