//! Look-alike letters inside Vietnamese words: Cyrillic, Greek, IPA and small-capital letters that look
//! like Latin ones (`ʀấт тнấᴘ` for `rất thấp`), used to dodge keyword filters. A word counts only when it
//! mixes them with Latin letters or Vietnamese tone marks — a word written wholly in Cyrillic or Greek is
//! that language, and stays. Found words are reported (SC010); `--fold-lookalikes` maps them back.

/// The Latin letter a look-alike stands for. Hand-written: Unicode's confusables table (UTS #39) maps to
/// skeletons for comparison, not to the letter a Vietnamese reader sees, and no crate here ships it.
fn latin_for(c: char) -> Option<char> {
    Some(match c {
        // Cyrillic
        'а' => 'a',
        'е' => 'e',
        'о' => 'o',
        'р' => 'p',
        'с' => 'c',
        'у' => 'y',
        'х' => 'x',
        'і' => 'i',
        'ј' => 'j',
        'ѕ' => 's',
        'к' => 'k',
        'м' => 'm',
        'н' => 'h',
        'т' => 't',
        'в' => 'b',
        'г' => 'r',
        'А' => 'A',
        'В' => 'B',
        'Е' => 'E',
        'К' => 'K',
        'М' => 'M',
        'Н' => 'H',
        'О' => 'O',
        'Р' => 'P',
        'С' => 'C',
        'Т' => 'T',
        'Х' => 'X',
        'У' => 'Y',
        'І' => 'I',
        'Ј' => 'J',
        'Ѕ' => 'S',
        // Greek
        'α' => 'a',
        'ο' => 'o',
        'ν' => 'v',
        'τ' => 't',
        'ι' => 'i',
        'κ' => 'k',
        'ρ' => 'p',
        'υ' => 'u',
        'Α' => 'A',
        'Β' => 'B',
        'Ε' => 'E',
        'Η' => 'H',
        'Ι' => 'I',
        'Κ' => 'K',
        'Μ' => 'M',
        'Ν' => 'N',
        'Ο' => 'O',
        'Ρ' => 'P',
        'Τ' => 'T',
        'Χ' => 'X',
        'Υ' => 'Y',
        'Ζ' => 'Z',
        // Small capitals and IPA letters (Latin Extended / Phonetic Extensions)
        'ᴀ' => 'a',
        'ʙ' => 'b',
        'ᴄ' => 'c',
        'ᴅ' => 'd',
        'ᴇ' => 'e',
        'ɢ' => 'g',
        'ʜ' => 'h',
        'ɪ' => 'i',
        'ᴊ' => 'j',
        'ᴋ' => 'k',
        'ʟ' => 'l',
        'ᴍ' => 'm',
        'ɴ' => 'n',
        'ᴏ' => 'o',
        'ᴘ' => 'p',
        'ʀ' => 'r',
        'ꜱ' => 's',
        'ᴛ' => 't',
        'ᴜ' => 'u',
        'ᴠ' => 'v',
        'ᴡ' => 'w',
        'ʏ' => 'y',
        'ᴢ' => 'z',
        'ɑ' => 'a',
        'ɡ' => 'g',
        _ => return None,
    })
}

/// A Latin letter or a Vietnamese letter with its marks (the base is Latin).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic() || ('\u{C0}'..='\u{24F}').contains(&c) || ('\u{1E00}'..='\u{1EFF}').contains(&c)
}

/// Combining marks (tone and vowel marks written after a base letter, NFD).
fn is_mark(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// First bytes of the look-alikes' UTF-8: IPA letters (`ɢ`, `ʀ`: 0xC9, 0xCA), Greek (0xCE, 0xCF), Cyrillic
/// (0xD0, 0xD1), small capitals (`ᴀ`: 0xE1 then 0xB4 or 0xB5) and `ꜱ` (0xEA). A test checks every
/// look-alike against it, and `is_lead_but_e1` (what `may_hold_lookalike` runs) against it.
#[cfg(test)]
const LOOKALIKE_LEADS: [bool; 256] = {
    let mut table = [false; 256];
    let leads = [0xC9, 0xCA, 0xCE, 0xCF, 0xD0, 0xD1, 0xE1, 0xEA];
    let mut k = 0;
    while k < leads.len() {
        table[leads[k]] = true;
        k += 1;
    }
    table
};

/// `false` when `text` surely holds no look-alike (`LOOKALIKE_LEADS`): a look at the bytes, with no
/// character decoded. (0xE1 also opens Vietnamese letters, `ạ` … `ỹ`: its next byte tells them apart.)
/// Every seed's every line is asked this, so the bytes are read in chunks, each folded with no branch
/// inside (comparisons the compiler makes vector instructions of, rather than a table looked up and a
/// branch taken a byte at a time): a lead but 0xE1 anywhere, or 0xE1 before 0xB4 or 0xB5.
fn may_hold_lookalike(text: &str) -> bool {
    const CHUNK: usize = 64;
    let b = text.as_bytes();
    let mut start = 0;
    while start < b.len() {
        let end = (start + CHUNK).min(b.len());
        let lead = b[start..end].iter().fold(false, |found, &x| found | is_lead_but_e1(x));
        // The pairs (b[i], b[i + 1]) for i in start..end that have a next byte.
        let pairs_end = end.min(b.len() - 1);
        let small_capital = b[start..pairs_end]
            .iter()
            .zip(&b[start + 1..pairs_end + 1])
            .fold(false, |found, (&x, &y)| found | ((x == 0xE1) & ((y & 0xFE) == 0xB4)));
        if lead | small_capital {
            return true;
        }
        start = end;
    }
    false
}

/// `LOOKALIKE_LEADS` but 0xE1, as comparisons (a test checks).
#[inline]
fn is_lead_but_e1(x: u8) -> bool {
    (x == 0xC9) | (x == 0xCA) | ((x & 0xFE) == 0xCE) | ((x & 0xFE) == 0xD0) | (x == 0xEA)
}

/// Words of `text` that mix look-alikes with Latin letters, as (byte offset, word).
pub fn find(text: &str) -> Vec<(usize, &str)> {
    // Most text has nothing outside Latin and Vietnamese letters: no word can mix. (The bytes say so for
    // most lines; the characters are asked only when they do not.)
    if !may_hold_lookalike(text) || text.chars().all(|c| latin_for(c).is_none()) {
        return Vec::new();
    }
    let mut spans = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        let part = c.is_alphanumeric() || is_mark(c);
        match (part, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                spans.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        spans.push((s, text.len()));
    }
    spans
        .into_iter()
        .map(|(s, e)| (s, &text[s..e]))
        .filter(|(_, word)| {
            word.chars().any(|c| latin_for(c).is_some()) && word.chars().any(|c| is_latin(c) || is_mark(c))
        })
        .collect()
}

/// `text` with the look-alikes in mixed words mapped to their Latin letters; the count of words changed.
pub fn fold(text: &str) -> (String, usize) {
    let found = find(text);
    if found.is_empty() {
        return (text.to_string(), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut at = 0;
    for &(s, word) in &found {
        out.push_str(&text[at..s]);
        out.extend(word.chars().map(|c| latin_for(c).unwrap_or(c)));
        at = s + word.len();
    }
    out.push_str(&text[at..]);
    // Mapping a base letter back can let NFC compose it with the marks after it (`о` + U+0301 → `ó`).
    use unicode_normalization::UnicodeNormalization;
    (out.nfc().collect(), found.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lead_comparisons_are_the_table() {
        for x in 0..=255u8 {
            assert_eq!(is_lead_but_e1(x), LOOKALIKE_LEADS[usize::from(x)] && x != 0xE1, "{x:#x}");
        }
        // Chunk edges: a small capital's two bytes on either side of one, a lead as the last byte.
        for pad in 60..70 {
            let text = format!("{}ᴀ", "a".repeat(pad));
            assert!(may_hold_lookalike(&text), "{pad}");
            let text = format!("{}ạ{}", "a".repeat(pad), "b".repeat(pad));
            assert!(!may_hold_lookalike(&text), "{pad}");
            let text = format!("{}а", "a".repeat(pad));
            assert!(may_hold_lookalike(&text), "{pad}");
        }
        assert!(!may_hold_lookalike(""));
        assert!(!may_hold_lookalike("\u{e1}"));
    }

    #[test]
    fn the_byte_look_finds_every_lookalike() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32).filter(|&c| latin_for(c).is_some()) {
            assert!(may_hold_lookalike(&c.to_string()), "{c:?}");
            assert!(may_hold_lookalike(&format!("nhà {c}ấy")), "{c:?}");
        }
        assert!(!may_hold_lookalike("Giá rất thấp, mua ngay hôm nay ạ ỹ Ử"));
    }

    #[test]
    fn mixed_words_are_found_and_folded() {
        let text = "Giá ʀấт тнấᴘ, mua ngay hôm nay";
        let words: Vec<&str> = find(text).into_iter().map(|(_, w)| w).collect();
        assert_eq!(words, vec!["ʀấт", "тнấᴘ"]);
        assert_eq!(fold(text), ("Giá rất thấp, mua ngay hôm nay".to_string(), 2));
    }

    #[test]
    fn real_greek_and_cyrillic_words_stay() {
        // Turkish `ı` is a letter of its own (`Yılmaz`), not a look-alike.
        for text in ["Путин nói với báo chí", "hằng số π và từ λόγος", "Ελλάδα là Hy Lạp", "HLV Yılmaz"]
        {
            assert!(find(text).is_empty(), "{text}");
            assert_eq!(fold(text).0, text);
        }
    }

    #[test]
    fn marks_after_a_lookalike_compose_when_folded() {
        // `о` (Cyrillic) + U+0301, after NFC stays two characters; folded it becomes `ó`.
        let text = "nh\u{43e}\u{301}m";
        assert_eq!(fold(text).0, "nhóm");
    }
}
