//! What a Vietnamese syllable may look like, as evidence for decoding: a candidate decoding whose words are
//! impossible syllables (`ViÖt`, `Vieät`, `Tiáº¿ng`) is wrong; the one whose words are valid Vietnamese wins.
//!
//! A syllable is onset + rhyme + at most one tone mark, and a rhyme ending in a stop (`c ch p t`) takes only
//! the sắc or nặng tone. The onset/rhyme inventory is standard Vietnamese orthography (chữ Quốc ngữ), kept
//! slightly permissive (`g`/`gh`, `c`/`k` spelling rules are not enforced; a few loan rhymes are allowed),
//! because the validator only has to separate real text from mis-decoded text, not grade spelling.

use std::sync::LazyLock;
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

/// `letter`'s answer: skeleton and tone, or not a Vietnamese letter.
type Letter = Option<(char, Option<char>)>;

/// A letter split into its lowercase skeleton (vowel modifiers kept: `ơ`, `â`, `đ`) and its tone mark.
/// `None` for characters that are not letters of the Vietnamese alphabet (with any tone).
pub fn letter(c: char) -> Option<(char, Option<char>)> {
    if c.is_ascii_alphabetic() {
        return Some((c.to_ascii_lowercase(), None));
    }
    // The blocks every Latin letter with Vietnamese marks lives in, worked out once by `letter_uncached`
    // (case mapping and canonical decomposition are table look-ups of their own, most of syllable checking).
    static LATIN: LazyLock<Vec<Letter>> =
        LazyLock::new(|| LATIN_BLOCKS.into_iter().flatten().map(letter_uncached).collect());
    let cp = u32::from(c);
    let index = match cp {
        0x80..0x250 => cp - 0x80,
        0x1E00..0x1F00 => cp - 0x1E00 + 0x1D0,
        _ => return letter_uncached(c),
    };
    LATIN[index as usize]
}

/// Latin-1 Supplement, Latin Extended-A and -B, Latin Extended Additional: `letter`'s table.
const LATIN_BLOCKS: [std::ops::RangeInclusive<char>; 2] = ['\u{80}'..='\u{24F}', '\u{1E00}'..='\u{1EFF}'];

fn letter_uncached(c: char) -> Option<(char, Option<char>)> {
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

/// The longest syllable, in letters: a three-letter onset (`ngh`) and a four-letter rhyme (`oanh`, `ương`).
const MAX_SYLLABLE: usize = 7;

/// A skeleton letter as a number 1–33 (`a`–`z`, then `đ ă â ê ô ơ ư`), so that an onset or a rhyme is one
/// integer (six bits a letter); 0 for a letter no onset or rhyme has (`ĉ`, `ŝ`: `letter` accepts them).
const fn code(c: char) -> u32 {
    match c {
        'a'..='z' => c as u32 - 'a' as u32 + 1,
        'đ' => 27,
        'ă' => 28,
        'â' => 29,
        'ê' => 30,
        'ô' => 31,
        'ơ' => 32,
        'ư' => 33,
        _ => 0,
    }
}

/// The letters `codes` as one integer; distinct sequences give distinct keys (no letter is 0).
fn key(codes: &[u32]) -> u32 {
    codes.iter().fold(0, |k, &c| k << 6 | c)
}

/// `key` of a spelling in `ONSETS` or `RHYMES`, at compile time (their letters are ASCII or two bytes).
const fn key_of(s: &str) -> u32 {
    let (b, mut i, mut k) = (s.as_bytes(), 0, 0);
    while i < b.len() {
        let c = if b[i] < 0x80 {
            i += 1;
            b[i - 1] as u32
        } else {
            i += 2;
            ((b[i - 2] as u32 & 0x1F) << 6) | (b[i - 1] as u32 & 0x3F)
        };
        k = k << 6 | code(char::from_u32(c).expect("a letter"));
    }
    k
}

/// The keys of `spellings`, sorted for binary search.
const fn sorted_keys<const N: usize>(spellings: &[&str]) -> [u32; N] {
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        // Insertion sort: a const fn cannot call `sort`.
        let (k, mut j) = (key_of(spellings[i]), i);
        while j > 0 && keys[j - 1] > k {
            keys[j] = keys[j - 1];
            j -= 1;
        }
        keys[j] = k;
        i += 1;
    }
    keys
}

const ONSET_KEYS: [u32; ONSETS.len()] = sorted_keys(ONSETS);
const RHYME_KEYS: [u32; RHYMES.len()] = sorted_keys(RHYMES);
const I: u32 = code('i');
/// Keys below 64 (no onset or one letter) as bits: most words are settled by these two.
const SHORT_ONSETS: u64 = short_keys(&ONSET_KEYS);
/// The letters a rhyme may start with, as bits of their codes.
const RHYME_STARTS: u64 = {
    let mut mask = 0;
    let mut i = 0;
    while i < RHYME_KEYS.len() {
        let mut k = RHYME_KEYS[i];
        while k >= 64 {
            k >>= 6;
        }
        mask |= 1 << k;
        i += 1;
    }
    mask
};

const fn short_keys(keys: &[u32]) -> u64 {
    let (mut mask, mut i) = (0, 0);
    while i < keys.len() {
        if keys[i] < 64 {
            mask |= 1 << keys[i];
        }
        i += 1;
    }
    mask
}

/// The letters of `word` as `code`s (into `out`, returning how many) and its tone; `None` when a letter is
/// not Vietnamese, two letters carry a tone or the word is longer than any syllable.
fn skeleton(word: &str, out: &mut [u32; MAX_SYLLABLE]) -> Option<(usize, Option<char>)> {
    let mut tone = None;
    let mut n = 0;
    for c in word.chars() {
        let (base, t) = letter(c)?;
        if t.is_some() {
            if tone.is_some() {
                return None;
            }
            tone = t;
        }
        *out.get_mut(n)? = code(base);
        n += 1;
    }
    Some((n, tone))
}

/// Is `word` (letters only, any case, NFC) one possible Vietnamese syllable?
pub fn is_syllable(word: &str) -> bool {
    let mut codes = [0; MAX_SYLLABLE];
    let Some((n, tone)) = skeleton(word, &mut codes) else { return false };
    let codes = &codes[..n];
    if codes.contains(&0) {
        return false;
    }
    // Each way of splitting off an onset (none, or one to three letters that spell one); keys are integers,
    // so no string is built or compared per word.
    (0..n.min(3) + 1).any(|len| {
        let onset = key(&codes[..len]);
        let is_onset =
            if onset < 64 { SHORT_ONSETS >> onset & 1 == 1 } else { ONSET_KEYS.binary_search(&onset).is_ok() };
        if !is_onset {
            return false;
        }
        let mut rhyme = &codes[len..];
        if rhyme.is_empty() && onset == key_of("gi") {
            rhyme = &[I]; // gì, gỉ: the i of the onset is the nucleus
        }
        let starts_well = rhyme.first().is_some_and(|&c| RHYME_STARTS >> c & 1 == 1);
        starts_well && RHYME_KEYS.binary_search(&key(rhyme)).is_ok() && stop_tone_ok(rhyme, tone)
    })
}

/// `is_syllable` with a memory of the words already asked (a news text repeats a few thousand syllables), for
/// mojibake repair, which asks of every line. Direct-mapped by a hash of the word's bytes, no allocation per
/// word; the table is allocated at the first question (clean text mostly asks none). Answers are
/// `is_syllable`'s own, so the memory changes no decision.
#[derive(Default)]
pub(crate) struct Syllables {
    slots: Vec<Slot>,
}

/// A word of up to `SLOT_BYTES` bytes and whether it is a syllable; `len` 0 is an empty slot.
#[derive(Clone, Copy)]
struct Slot {
    bytes: [u8; SLOT_BYTES],
    len: u8,
    syllable: bool,
}

/// Longer than any syllable: seven letters of at most three bytes each.
const SLOT_BYTES: usize = 22;
const SLOTS: usize = 2048;

impl Syllables {
    pub(crate) fn is_syllable(&mut self, word: &str) -> bool {
        let bytes = word.as_bytes();
        if bytes.is_empty() || bytes.len() > SLOT_BYTES {
            return is_syllable(word);
        }
        if self.slots.is_empty() {
            self.slots = vec![Slot { bytes: [0; SLOT_BYTES], len: 0, syllable: false }; SLOTS];
        }
        let hash = bytes.iter().fold(0x811C_9DC5u32, |h, &b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193));
        let slot = &mut self.slots[hash as usize % SLOTS];
        if usize::from(slot.len) == bytes.len() && &slot.bytes[..bytes.len()] == bytes {
            return slot.syllable;
        }
        let syllable = is_syllable(word);
        slot.bytes[..bytes.len()].copy_from_slice(bytes);
        slot.len = bytes.len() as u8;
        slot.syllable = syllable;
        syllable
    }
}

fn stop_tone_ok(rhyme: &[u32], tone: Option<char>) -> bool {
    let (c, h, p, t) = (code('c'), code('h'), code('p'), code('t'));
    let stop = matches!(rhyme, [.., last] if [c, p, t].contains(last)) || rhyme.ends_with(&[c, h]);
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
    let mut tones = 0;
    word.chars().all(|c| {
        let l = letter(c);
        tones += usize::from(matches!(l, Some((_, Some(_)))));
        c.is_uppercase() && l.is_some() && tones <= 1
    })
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
        assert!(RHYME_KEYS.windows(2).all(|w| w[0] < w[1]) && ONSET_KEYS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn the_letter_table_agrees_with_the_unicode_look_ups() {
        for c in LATIN_BLOCKS.into_iter().flatten().chain(['Ω', 'K', 'İ', 'ǅ', '\u{1F00}']) {
            assert_eq!(letter(c), letter_uncached(c), "{c:?}");
        }
    }

    /// `is_syllable` as it was written first (strings, every onset tried), to check the integer keys against.
    fn is_syllable_by_strings(word: &str) -> bool {
        let mut skel = String::new();
        let mut tone = None;
        for c in word.chars() {
            let Some((base, t)) = letter_uncached(c) else { return false };
            if t.is_some() {
                if tone.is_some() {
                    return false;
                }
                tone = t;
            }
            skel.push(base);
        }
        ONSETS.iter().any(|onset| {
            let Some(mut rhyme) = skel.strip_prefix(onset) else { return false };
            if rhyme.is_empty() && *onset == "gi" {
                rhyme = "i";
            }
            let stop = rhyme.ends_with(['c', 'p', 't']) || rhyme.ends_with("ch");
            RHYMES.binary_search(&rhyme).is_ok() && (!stop || matches!(tone, Some('\u{301}' | '\u{323}')))
        })
    }

    #[test]
    fn remembered_answers_are_is_syllable_s() {
        let mut memory = Syllables::default();
        let words = ["Nguyễn", "nguyễn", "Trọng", "ngươi", "Tiáº", "x", "nghiêng", "đđđ", "Bernabéu", "ủy", "gì"];
        for _ in 0..3 {
            for w in words.iter().chain(&["a"]) {
                assert_eq!(memory.is_syllable(w), is_syllable(w), "{w}");
            }
        }
        assert!(!memory.is_syllable(&"a".repeat(40)));
    }

    #[test]
    fn integer_keys_decide_as_strings_do() {
        let tones = ["", "\u{300}", "\u{301}", "\u{303}", "\u{309}", "\u{323}"];
        let mut words = Vec::new();
        // Every onset with every rhyme (and a few spellings that are neither), every tone on the first and the
        // last vowel, in lower, title and upper case; also over-long and doubled-tone forms.
        let extra = ["", "i", "gi", "ngh", "đ", "ĉ", "w", "f", "ooo", "iêngg", "uyênh"];
        for onset in ONSETS.iter().chain(&extra) {
            for rhyme in RHYMES.iter().chain(&extra) {
                for tone in tones {
                    for at in [1, onset.len() + 1, onset.len() + rhyme.len()] {
                        let plain = format!("{onset}{rhyme}");
                        // (`at` is 0 for an empty onset and rhyme: no such word.)
                        let Some(split) = at.checked_sub(1).and_then(|k| plain.char_indices().map(|(i, _)| i).nth(k))
                        else {
                            continue;
                        };
                        let (head, tail) = plain.split_at(split);
                        let mut tail = tail.chars();
                        let word: String = format!(
                            "{head}{}{tone}{}",
                            tail.next().map(String::from).unwrap_or_default(),
                            tail.as_str()
                        )
                        .nfc()
                        .collect();
                        words.push(word.to_uppercase());
                        words.push(
                            word.chars().take(1).flat_map(char::to_uppercase).chain(word.chars().skip(1)).collect(),
                        );
                        words.push(format!("{word}\u{301}").nfc().collect());
                        words.push(word);
                    }
                }
            }
        }
        assert!(words.len() > 40_000, "{}", words.len());
        let mut syllables = 0;
        for w in &words {
            assert_eq!(is_syllable(w), is_syllable_by_strings(w), "{w}");
            syllables += usize::from(is_syllable(w));
        }
        assert!(syllables > 5_000, "{syllables}");
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
