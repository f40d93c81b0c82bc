//! VNI-Windows, the encoding of the VNI fonts (`VNI-Times` …) published by VNI Software: a vowel is stored as
//! its ASCII base letter followed by one diacritic byte (`e` + `ä` = `ệ`, `a` + `ø` = `à`); `ơ ư đ` and the
//! toned `i` (and `ỵ`) are single bytes. The byte layout below is the VNI-Windows table as given in the
//! vietunicode.sourceforge.net charset charts and the converters built on them (Unikey, VietPad), with
//! lowercase diacritic bytes for lowercase letters and their uppercase twins for capitals. Bytes 0x80–0x9F
//! are windows-1252 punctuation. Hand-written because no Rust crate we trust decodes VNI; a diacritic byte
//! that follows no vowel it can modify, or an undefined byte, makes `decode` return `None`.

use super::cp1252_high;
use crate::decode::vietnamese::letter;
use unicode_normalization::UnicodeNormalization;

/// Single-byte letters: (lowercase byte, uppercase byte, lowercase letter).
const LETTERS: [(u8, u8, char); 9] = [
    (0xF4, 0xD4, 'ơ'),
    (0xF6, 0xD6, 'ư'),
    (0xF1, 0xD1, 'đ'),
    (0xED, 0xCD, 'í'),
    (0xEC, 0xCC, 'ì'),
    (0xE6, 0xC6, 'ỉ'),
    (0xF3, 0xD3, 'ĩ'),
    (0xF2, 0xD2, 'ị'),
    (0xEE, 0xCE, 'ỵ'),
];

/// Diacritic bytes: (lowercase byte, uppercase byte, vowel modifier, tone).
const MARKS: [(u8, u8, Option<char>, Option<char>); 17] = [
    (0xF9, 0xD9, None, Some('\u{301}')),
    (0xF8, 0xD8, None, Some('\u{300}')),
    (0xFB, 0xDB, None, Some('\u{309}')),
    (0xF5, 0xD5, None, Some('\u{303}')),
    (0xEF, 0xCF, None, Some('\u{323}')),
    (0xE2, 0xC2, Some('\u{302}'), None),
    (0xE1, 0xC1, Some('\u{302}'), Some('\u{301}')),
    (0xE0, 0xC0, Some('\u{302}'), Some('\u{300}')),
    (0xE5, 0xC5, Some('\u{302}'), Some('\u{309}')),
    (0xE3, 0xC3, Some('\u{302}'), Some('\u{303}')),
    (0xE4, 0xC4, Some('\u{302}'), Some('\u{323}')),
    (0xEA, 0xCA, Some('\u{306}'), None),
    (0xE9, 0xC9, Some('\u{306}'), Some('\u{301}')),
    (0xE8, 0xC8, Some('\u{306}'), Some('\u{300}')),
    (0xFA, 0xDA, Some('\u{306}'), Some('\u{309}')),
    (0xFC, 0xDC, Some('\u{306}'), Some('\u{303}')),
    (0xEB, 0xCB, Some('\u{306}'), Some('\u{323}')),
];

/// Decodes VNI-Windows bytes to NFC text.
pub fn decode(bytes: &[u8]) -> Option<String> {
    let mut out = String::with_capacity(bytes.len() + 8);
    // The previous letter, if a diacritic byte may still follow it: its lowercase skeleton.
    let mut open: Option<char> = None;
    for &b in bytes {
        if let Some(&(_, _, modifier, tone)) = MARKS.iter().find(|m| m.0 == b || m.1 == b) {
            let base = open.take()?;
            match modifier {
                Some('\u{302}') if matches!(base, 'a' | 'e' | 'o') => out.push('\u{302}'),
                Some('\u{306}') if base == 'a' => out.push('\u{306}'),
                Some(_) => return None,
                None if matches!(base, 'a' | 'e' | 'i' | 'o' | 'u' | 'y' | 'ơ' | 'ư') => {}
                None => return None,
            }
            out.extend(tone);
            continue;
        }
        let c = if let Some(&(lo, _, c)) = LETTERS.iter().find(|l| l.0 == b || l.1 == b) {
            if b == lo {
                c
            } else {
                c.to_uppercase().next()?
            }
        } else {
            match b {
                0x00..=0x7F => char::from(b),
                0x80..=0x9F => cp1252_high(b)?,
                0xA0 => '\u{A0}',
                _ => return None,
            }
        };
        open = matches!(c, 'ơ' | 'Ơ' | 'ư' | 'Ư').then(|| c.to_lowercase().next()).flatten();
        if c.is_ascii_alphabetic() {
            open = Some(c.to_ascii_lowercase());
        }
        out.push(c);
    }
    Some(out.nfc().collect())
}

/// Encodes NFC text as VNI-Windows; `None` if a character has no VNI form.
pub fn encode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c.is_ascii() {
            out.push(c as u8);
        } else if let Some(b) = (0x80..=0x9Fu8).find(|&b| cp1252_high(b) == Some(c)) {
            out.push(b);
        } else if c == '\u{A0}' {
            out.push(0xA0);
        } else {
            encode_letter(c, &mut out)?;
        }
    }
    Some(out)
}

fn encode_letter(c: char, out: &mut Vec<u8>) -> Option<()> {
    let upper = c.is_uppercase();
    let pick = |lo: u8, up: u8| if upper { up } else { lo };
    let (skel, tone) = letter(c)?;
    let whole: char = std::iter::once(skel).chain(tone).nfc().next()?;
    if let Some(&(lo, up, _)) = LETTERS.iter().find(|l| l.2 == whole) {
        out.push(pick(lo, up));
        return Some(());
    }
    let (base, modifier) = match skel {
        'â' => ('a', Some('\u{302}')),
        'ê' => ('e', Some('\u{302}')),
        'ô' => ('o', Some('\u{302}')),
        'ă' => ('a', Some('\u{306}')),
        'ơ' | 'ư' => {
            let &(lo, up, _) = LETTERS.iter().find(|l| l.2 == skel)?;
            out.push(pick(lo, up));
            return push_mark(None, tone, upper, out);
        }
        'a' | 'e' | 'i' | 'o' | 'u' | 'y' => (skel, None),
        _ => return None,
    };
    out.push(if upper { base.to_ascii_uppercase() } else { base } as u8);
    push_mark(modifier, tone, upper, out)
}

fn push_mark(modifier: Option<char>, tone: Option<char>, upper: bool, out: &mut Vec<u8>) -> Option<()> {
    if modifier.is_none() && tone.is_none() {
        return Some(());
    }
    let &(lo, up, _, _) = MARKS.iter().find(|m| m.2 == modifier && m.3 == tone)?;
    out.push(if upper { up } else { lo });
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_letter_plus_diacritic_bytes() {
        assert_eq!(decode(b"Vie\xE4t Nam").unwrap(), "Việt Nam");
        assert_eq!(decode(b"\xD1a\xF8 Na\xFCng").unwrap(), "Đà Nẵng");
        assert_eq!(decode(b"ng\xF6\xF4\xF8i").unwrap(), "người");
        assert_eq!(decode(b"VIE\xC4T NAM").unwrap(), "VIỆT NAM");
        assert_eq!(decode(b"Ch\xED Minh k\xF3").unwrap(), "Chí Minh kĩ");
    }

    #[test]
    fn every_family_round_trips() {
        let text = "ăắằẳẵặ âấầẩẫậ êếềểễệ ôốồổỗộ ơớờởỡợ ưứừửữự áàảãạ éèẻẽẹ íìỉĩị óòỏõọ úùủũụ ýỳỷỹỵ đ \
                    ĂẮẰẲẴẶ ÂẤẦẨẪẬ ÊẾỀỂỄỆ ÔỐỒỔỖỘ ƠỚỜỞỠỢ ƯỨỪỬỮỰ ÍÌỈĨỊ ÝỲỶỸỴ Đ “x”";
        assert_eq!(decode(&encode(text).unwrap()).unwrap(), text);
    }

    #[test]
    fn a_diacritic_byte_after_a_consonant_is_impossible() {
        assert_eq!(decode(b"t\xE4"), None);
        assert_eq!(decode(b"e\xEA"), None);
        assert_eq!(decode(b"a\xF9\xF9"), None);
        assert_eq!(decode(b"\xB5"), None);
        assert_eq!(encode("ç"), None);
    }
}
