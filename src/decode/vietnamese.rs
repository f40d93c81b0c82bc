//! What a Vietnamese syllable may look like, as evidence for decoding: a candidate decoding whose words are
//! impossible syllables (`ViÖt`, `Vieät`, `Tiáº¿ng`) is wrong; the one whose words are valid Vietnamese wins.
//!
//! A syllable is onset + rhyme + at most one tone mark, and a rhyme ending in a stop (`c ch p t`) takes only
//! the sắc or nặng tone. The onset/rhyme inventory is standard Vietnamese orthography (chữ Quốc ngữ), kept
//! slightly permissive (`g`/`gh`, `c`/`k` spelling rules are not enforced; a few loan rhymes are allowed),
//! because the validator only has to separate real text from mis-decoded text, not grade spelling.

use unicode_normalization::char::{compose, decompose_canonical};
use unicode_normalization::UnicodeNormalization;

/// The five tone marks as combining characters: huyền, sắc, ngã, hỏi, nặng.
pub const TONES: [char; 5] = ['\u{300}', '\u{301}', '\u{303}', '\u{309}', '\u{323}'];

const ONSETS: &[&str] = &[
    "ngh", "ng", "nh", "ch", "gh", "gi", "kh", "ph", "qu", "th", "tr", "b", "c", "d", "đ", "g", "h", "k", "l", "m",
    "n", "p", "r", "s", "t", "v", "x", "",
];

/// Every rhyme (medial + nucleus + final), sorted for binary search.
const RHYMES: &[&str] = &[
    "a", "ac", "ach", "ai", "ak", "am", "an", "ang", "anh", "ao", "ap", "at", "au", "ay", "e", "ec", "em", "en", "eng",
    "eo", "ep", "et", "i", "ia", "ich", "im", "in", "inh", "ip", "it", "iu", "iêc", "iêm", "iên", "iêng", "iêp", "iêt",
    "iêu", "o", "oa", "oac", "oach", "oai", "oam", "oan", "oang", "oanh", "oao", "oap", "oat", "oay", "oc", "oe",
    "oem", "oen", "oeo", "oet", "oi", "om", "on", "ong", "ooc", "oong", "op", "ot", "oăc", "oăm", "oăn", "oăng", "oăt",
    "u", "ua", "uc", "ui", "um", "un", "ung", "up", "ut", "uy", "uya", "uych", "uynh", "uyt", "uyu", "uyên", "uyêt",
    "uân", "uâng", "uât", "uây", "uê", "uêch", "uênh", "uôc", "uôi", "uôm", "uôn", "uông", "uôt", "uơ", "y", "ych",
    "ynh", "yt", "yêm", "yên", "yêt", "yêu", "âc", "âm", "ân", "âng", "âp", "ât", "âu", "ây", "ê", "êch", "êm", "ên",
    "ênh", "êp", "êt", "êu", "ô", "ôc", "ôi", "ôm", "ôn", "ông", "ôp", "ôt", "ăc", "ăk", "ăm", "ăn", "ăng", "ăp", "ăt",
    "ơ", "ơi", "ơm", "ơn", "ơp", "ơt", "ư", "ưa", "ưc", "ưi", "ưng", "ưt", "ưu", "ươc", "ươi", "ươm", "ươn", "ương",
    "ươp", "ươt", "ươu",
];

/// A letter split into its lowercase skeleton (vowel modifiers kept: `ơ`, `â`, `đ`) and its tone mark.
/// `None` for characters that are not letters of the Vietnamese alphabet (with any tone).
pub fn letter(c: char) -> Option<(char, Option<char>)> {
    if c.is_ascii_alphabetic() {
        return Some((c.to_ascii_lowercase(), None));
    }
    let lower = c.to_lowercase().next()?;
    if lower == 'đ' {
        return Some(('đ', None));
    }
    let (mut base, mut tone, mut ok) = (None::<char>, None, true);
    decompose_canonical(lower, |d| match (base, d) {
        (None, d) if d.is_ascii_lowercase() => base = Some(d),
        (Some(_), t) if TONES.contains(&t) && tone.is_none() => tone = Some(t),
        (Some(b), m @ ('\u{302}' | '\u{306}' | '\u{31B}')) => base = compose(b, m),
        _ => ok = false,
    });
    Some((base.filter(|_| ok)?, tone))
}

/// The characters of a word of a syllable's skeleton, and its tone; `None` when a letter is not Vietnamese
/// or two letters carry a tone.
fn skeleton(word: &str) -> Option<(String, Option<char>)> {
    let mut out = String::with_capacity(word.len());
    let mut tone = None;
    for c in word.chars() {
        let (base, t) = letter(c)?;
        if t.is_some() {
            if tone.is_some() {
                return None;
            }
            tone = t;
        }
        out.push(base);
    }
    Some((out, tone))
}

/// Is `word` (letters only, any case, NFC) one possible Vietnamese syllable?
pub fn is_syllable(word: &str) -> bool {
    let Some((skel, tone)) = skeleton(word) else { return false };
    ONSETS.iter().any(|onset| {
        let Some(mut rhyme) = skel.strip_prefix(onset) else { return false };
        if rhyme.is_empty() && *onset == "gi" {
            rhyme = "i"; // gì, gỉ: the i of the onset is the nucleus
        }
        RHYMES.binary_search(&rhyme).is_ok() && stop_tone_ok(rhyme, tone)
    })
}

fn stop_tone_ok(rhyme: &str, tone: Option<char>) -> bool {
    let stop = rhyme.ends_with(['c', 'p', 't']) || rhyme.ends_with("ch");
    !stop || matches!(tone, Some('\u{301}' | '\u{323}'))
}

/// Evidence about a decoded text.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Score {
    /// Words with a non-ASCII letter that are valid syllables.
    pub valid: usize,
    /// Words with a non-ASCII letter that are not (all-capital acronyms of Vietnamese letters excepted).
    pub invalid: usize,
    /// Non-ASCII characters outside words that no Vietnamese text has (controls, `¿`, `¤`, `Ö` alone…).
    pub foreign: usize,
}

impl Score {
    /// One number to rank candidates by: impossible material weighs three times a good word.
    pub fn key(&self) -> i64 {
        self.valid as i64 - 3 * (self.invalid + self.foreign) as i64
    }

    /// The text reads as Vietnamese: a few good words and little that is impossible.
    pub fn is_vietnamese(&self) -> bool {
        self.valid >= 3 && (self.invalid + self.foreign) * 5 <= self.valid
    }
}

/// Scores `text` (NFC).
pub fn score(text: &str) -> Score {
    let mut s = Score::default();
    for word in text.split(|c: char| !c.is_alphabetic() && !is_combining(c)) {
        if word.is_ascii() {
            continue;
        }
        let valid = if word.chars().any(is_combining) {
            is_syllable(&word.nfc().collect::<String>())
        } else {
            is_syllable(word)
        };
        if valid {
            s.valid += 1;
        } else if !is_acronym(word) {
            s.invalid += 1;
        }
    }
    s.foreign = text
        .chars()
        .filter(|&c| !c.is_ascii() && !c.is_alphabetic() && !is_combining(c) && !is_common_symbol(c))
        .count();
    s
}

/// `VPĐD`, `ĐTCK`: capitals of the Vietnamese alphabet that are not a syllable are an acronym, not evidence.
fn is_acronym(word: &str) -> bool {
    word.chars().all(|c| c.is_uppercase()) && skeleton(word).is_some()
}

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// Punctuation and symbols that real Vietnamese web text uses.
pub(crate) fn is_common_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{A0}'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '–'
            | '—'
            | '…'
            | '•'
            | '·'
            | '°'
            | '€'
            | '«'
            | '»'
            | '×'
            | '©'
            | '®'
            | '™'
            | '±'
            | '²'
            | '³'
            | '½'
            | '¼'
            | '¾'
            | '§'
            | '£'
            | '¥'
            | '′'
            | '″'
            | '→'
            | '‰'
            | '\u{FEFF}'
    ) || ('\u{2000}'..='\u{206F}').contains(&c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn letters_split_into_skeleton_and_tone() {
        assert_eq!(letter('Ệ'), Some(('ê', Some('\u{323}'))));
        assert_eq!(letter('ữ'), Some(('ư', Some('\u{303}'))));
        assert_eq!(letter('Đ'), Some(('đ', None)));
        assert_eq!(letter('ă'), Some(('ă', None)));
        assert_eq!(letter('ö'), None);
        assert_eq!(letter('ç'), None);
    }

    #[test]
    fn rhymes_are_sorted_for_binary_search() {
        assert!(RHYMES.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn real_syllables_pass() {
        let text = "Nguyễn Tổng Bí thư người quốc khuya khuỷu giữa gì quý thuở rượu hoài thuý huỳnh xoong Đắk \
                    ếch oách ngoằn quyết yến uống Ở";
        for w in text.split(' ') {
            assert!(is_syllable(w), "{w}");
        }
    }

    #[test]
    fn impossible_syllables_fail() {
        for w in ["ViÖt", "Vieät", "Tá»", "ngµy", "tác̀", "tết̀", "mãc", "hoàng̀", "øng"] {
            assert!(!is_syllable(w), "{w}");
        }
    }

    #[test]
    fn scores_rank_real_text_above_mojibake() {
        let good = score("Tổng Bí thư Nguyễn Phú Trọng đã làm việc");
        let bad = score("Tá»•ng BÃ\u{AD} thÆ° Nguyá»…n PhÃº Trá»\u{8d}ng");
        assert!(good.is_vietnamese() && !bad.is_vietnamese());
        assert!(good.key() > bad.key());
    }
}
