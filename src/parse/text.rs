//! Sentence-level text repairs: glued sentences get their space back, and one-line bodies are split at
//! sentence ends into paragraphs of a few sentences. Both stay away from numbers (`1.000`), abbreviations
//! (`TP.HCM`, `TP. Hồ Chí Minh`), URLs, e-mail addresses and domain names (`VnExpress.net`).

use crate::decode::vietnamese::letter;

/// `text.to_lowercase()`, the same string, faster on Vietnamese. Hand-written because the standard
/// library looks every non-ASCII character up in its case table (a binary search), and a Vietnamese line
/// is about one third non-ASCII; the boilerplate detectors lower-case every line of every seed, several
/// times. The letters Vietnamese writes (Latin-1's lower half, the precomposed block U+1EA0–U+1EFF where
/// upper and lower case alternate, `ă đ ĩ ũ ơ ư`, combining marks) are mapped directly; any other character
/// goes through the standard library, and a text with `Σ` (whose lower case depends on its neighbours)
/// goes through `str::to_lowercase` whole. A test compares it with the standard library on every `char`.
pub fn lowercase(text: &str) -> String {
    if text.is_ascii() {
        return text.to_ascii_lowercase();
    }
    // Most characters of a line are lower case already: runs of them are copied whole and only the others
    // are mapped (pushing every character one by one was most of the cost).
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    for (i, c) in text.char_indices() {
        if !keeps_case(c) {
            // (`Σ` is found here, among the characters that may change, rather than by a search of the
            // whole text first.)
            if c == 'Σ' {
                return text.to_lowercase();
            }
            out.push_str(&text[copied..i]);
            push_lowercase(&mut out, c);
            copied = i + c.len_utf8();
        }
    }
    out.push_str(&text[copied..]);
    out
}

/// `c` is surely its own lower case: ASCII but `A`–`Z`, the lower-case letters Vietnamese writes (see
/// [`push_lowercase`]), combining marks. `false` means "maybe not". A cheap test, run on every character.
#[inline]
pub(crate) fn keeps_case(c: char) -> bool {
    match c as u32 {
        0..=0x7F => !c.is_ascii_uppercase(),
        0xDF..=0xFF | 0x300..=0x36F | 0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => true,
        // Latin Extended Additional from `Ạ` on: pairs, lower case odd.
        0x1EA0..=0x1EFF => c as u32 & 1 == 1,
        _ => false,
    }
}

/// Appends the lower case of `c` (never `Σ`, see [`lowercase`]).
#[inline]
fn push_lowercase(out: &mut String, c: char) {
    match c as u32 {
        0..=0x7F => out.push(c.to_ascii_lowercase()),
        // `ß`, `à`–`ÿ` (`÷` included: it has no case), combining marks, and the lower-case letters of
        // Latin Extended-A/B that Vietnamese uses: already lower case.
        0xDF..=0xFF | 0x300..=0x36F | 0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => out.push(c),
        // `À`–`Þ` but `×`: one step of 0x20.
        0xC0..=0xD6 | 0xD8..=0xDE => out.push(char::from_u32(c as u32 + 0x20).unwrap_or(c)),
        // Latin Extended Additional from `Ạ` on: pairs, upper case even.
        0x1EA0..=0x1EFF => out.push(char::from_u32(c as u32 | 1).unwrap_or(c)),
        _ => out.extend(c.to_lowercase()),
    }
}

/// Appends `text` lower-cased character by character (`char::to_lowercase` of each, as
/// `text.chars().flat_map(char::to_lowercase)` has it: no final-sigma rule), without the standard library's
/// table for the letters Vietnamese writes.
pub(crate) fn push_lowercase_chars(out: &mut String, text: &str) {
    for c in text.chars() {
        push_lowercase(out, c);
    }
}

/// A dash or a quotation mark as a typewriter prints it (`–`, `—` as `-`; `“`, `”` as `"`; `’` as `'`), any
/// other character as it is.
fn typewriter(c: char) -> char {
    match c {
        '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
        '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{ab}' | '\u{bb}' => '"',
        '\u{2018}' | '\u{2019}' | '\u{201a}' => '\'',
        c => c,
    }
}

/// The dashes and quotation marks of `t` that a typewriter prints otherwise (`–`, `“`).
pub fn typeset_marks(t: &str) -> usize {
    t.chars().filter(|&c| typewriter(c) != c).count()
}

/// Whether `a` and `b` are one line set two ways: the same characters in the same case, but dashes and
/// quotation marks in either style (`2 - 4m2` and `2 – 4m2`, a page's `<title>` and its `<h1>`) and white
/// space in any amount, or none before `?`, `!`, `:` and `;` (`là gì ?`, `là gì?`). Hand-written: it is a
/// comparison, not a normalisation any crate offers.
pub fn same_but_typography(a: &str, b: &str) -> bool {
    // (Each side's characters with white space dropped; a space between two letters or digits stays one, so
    // that `Hà Nội` and `HàNội` differ.)
    fn marks(s: &str) -> impl Iterator<Item = char> + '_ {
        let mut chars = s.trim().chars().peekable();
        let mut last = ' ';
        std::iter::from_fn(move || loop {
            let c = chars.next()?;
            if c.is_whitespace() {
                let next = *chars.peek()?;
                if next.is_whitespace() || !last.is_alphanumeric() || !next.is_alphanumeric() {
                    continue;
                }
                last = ' ';
                return Some(' ');
            }
            last = c;
            return Some(typewriter(c));
        })
    }
    marks(a).eq(marks(b))
}

/// `text` with runs of white space made one space, trimmed, lower-cased: the form two lines are compared in
/// when case and spacing do not matter. One pass over `text`.
pub fn comparison_key(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    // As in `lowercase`, characters that keep their case are copied a run at a time: `run` is where the
    // run not yet copied starts.
    let mut run: Option<usize> = None;
    let mut space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if let Some(start) = run.take() {
                out.push_str(&text[start..i]);
            }
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            if keeps_case(c) {
                run.get_or_insert(i);
            } else {
                // (`Σ` found among the characters that may change, not by a search of the text first.)
                if c == 'Σ' {
                    return text.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
                }
                if let Some(start) = run.take() {
                    out.push_str(&text[start..i]);
                }
                push_lowercase(&mut out, c);
            }
        }
    }
    if let Some(start) = run {
        out.push_str(&text[start..]);
    }
    out
}

/// Words that end with a full stop without ending a sentence.
const ABBREVIATIONS: &[&str] = &[
    "TP", "Tp", "tp", "GS", "PGS", "TS", "ThS", "Th.S", "BS", "KS", "CN", "NSƯT", "NSND", "Mr", "Mrs", "Ms", "Dr",
    "St", "No", "Nxb", "NXB", "tr", "Th", "Ths", "Q", "P", "TX", "TT", "Ts", "Gs", "Bs", "v.v", "vv", "etc", "Tr",
];

/// Top-level domains that, glued after a full stop, are part of a name (`VnExpress.Net`), not a sentence.
const DOMAIN_WORDS: &[&str] = &["net", "com", "org", "vn", "info", "biz", "edu", "gov", "tv", "asia", "io"];

fn is_closing(c: char) -> bool {
    matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»')
}

fn is_opening(c: char) -> bool {
    matches!(c, '"' | '“' | '‘' | '\'' | '(' | '[' | '«')
}

/// The whitespace-delimited token of `text` that contains byte `at` (a character boundary that is no white
/// space).
pub(crate) fn token_at(text: &str, at: usize) -> &str {
    let start =
        text[..at].rfind(char::is_whitespace).map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    let end = text[at..].find(char::is_whitespace).map_or(text.len(), |i| at + i);
    &text[start..end]
}

/// A pictograph or a mark that joins or styles one (the blocks of arrows, technical and miscellaneous symbols,
/// geometric shapes, dingbats, the emoji planes' pictographs; the variation selector, the zero-width joiner and the
/// keycap). Letters, digits and punctuation are none: a title's own `?`, `…` or closing quote is its text, and a
/// date's `/` or `-` is the date's. Read where a title is said again with pictographs after it
/// (`boilerplate::repeats`) and where a post's meta line parts its cells (`layout::pictured_date`).
pub(crate) fn is_pictograph(c: char) -> bool {
    matches!(
        u32::from(c),
        0x2190..=0x21FF | 0x2300..=0x23FF | 0x25A0..=0x25FF | 0x2600..=0x27BF | 0x2B00..=0x2BFF | 0x1F000..=0x1FAFF
    ) || matches!(c, '\u{FE0F}' | '\u{200D}' | '\u{20E3}')
}

/// `c.is_alphabetic()`, with ASCII and the Latin blocks Vietnamese is written in answered without Unicode's
/// table: Latin-1's letters (all from `À` on but `×` and `÷`), Latin Extended-A and -B and Latin Extended
/// Additional are letters through and through. Asked of every character of many lines; a test checks every
/// `char`.
pub(crate) fn is_alphabetic(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_alphabetic(),
        0xD7 | 0xF7 => false,
        0xC0..=0x24F | 0x1E00..=0x1EFF => true,
        _ => c.is_alphabetic(),
    }
}

/// `c.is_alphanumeric()` (alphabetic or numeric), through [`is_alphabetic`].
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_alphabetic(c) || c.is_numeric()
    }
}

/// How many bytes of `bytes` `counts` holds for, counted until `enough` is reached (then the count stops, at
/// the chunk that gets there). In chunks of 255 bytes into a byte-wide sum, which the compiler turns into
/// vector instructions: a `filter(..).count()` over a line goes a byte at a time, and such counts run over
/// every line of every seed.
#[inline]
pub(crate) fn count_bytes(bytes: &[u8], enough: usize, counts: impl Fn(u8) -> bool) -> usize {
    let mut count = 0;
    for chunk in bytes.chunks(255) {
        count += usize::from(chunk.iter().fold(0u8, |sum, &b| sum + u8::from(counts(b))));
        if count >= enough {
            break;
        }
    }
    count
}

/// `text.chars().count() > max`, with no count when the byte length settles it (a character is one to four
/// bytes): long lines are asked this against short bounds.
pub(crate) fn more_chars_than(text: &str, max: usize) -> bool {
    text.len() > max && (text.len() > max * 4 || text.chars().count() > max)
}

/// `text.chars().count().min(cap)`, with no count when the byte length settles it (`cap * 4` bytes hold
/// `cap` characters at least).
pub(crate) fn chars_at_most(text: &str, cap: usize) -> usize {
    if text.len() >= cap * 4 {
        cap
    } else {
        text.chars().count().min(cap)
    }
}

fn looks_like_address(token: &str) -> bool {
    // `www.` in any case, on the bytes: no character but `W` lower-cases to a `w` and none to a `.`, and
    // an ASCII byte is never part of a longer character, so this is `token.to_lowercase().contains("www.")`
    // without a new string per token (a test checks every `char`).
    let b = token.as_bytes();
    b.contains(&b'@') || b.windows(3).any(|w| w == b"://") || b.windows(4).any(|w| w.eq_ignore_ascii_case(b"www."))
}

/// The word (letters only) that starts at byte `at`.
pub(crate) fn word_from(text: &str, at: usize) -> &str {
    let end = text[at..].find(|c: char| !is_alphabetic(c)).map_or(text.len(), |i| at + i);
    &text[at..end]
}

/// The word (letters and inner dots) that ends right before byte `at`.
fn word_before(text: &str, at: usize) -> &str {
    let start = text[..at]
        .rfind(|c: char| !(is_alphanumeric(c) || c == '.'))
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    &text[start..at]
}

/// Puts the space back after sentence punctuation glued to the next sentence (`nguyên nhân.Cơ quan`).
/// Returns the repaired text and the number of spaces inserted.
pub fn unglue_sentences(text: &str) -> (String, usize) {
    // Candidates: `.`, `!`, `?` directly followed by a non-space, non-digit character (most text has none).
    let bytes = text.as_bytes();
    let candidates = memchr::memchr3_iter(b'.', b'!', b'?', bytes).filter(|&i| {
        bytes.get(i + 1).is_some_and(|n| !n.is_ascii_whitespace() && !n.is_ascii_digit() && !n.is_ascii_punctuation())
    });
    let mut inserts = Vec::new();
    for i in candidates {
        let prev = text[..i].chars().next_back();
        let next = text[i + 1..].chars().next();
        if prev.is_some_and(|p| p.is_lowercase() || is_closing(p) || p.is_ascii_digit())
            && next.is_some_and(char::is_uppercase)
            && (!prev.is_some_and(|p| p.is_ascii_digit()) || capitalised_word_follows(text, i + 1))
            && glue_is_sentence_break(text, i)
        {
            inserts.push(i + 1);
        }
    }
    if inserts.is_empty() {
        return (text.to_string(), 0);
    }
    let mut out = String::with_capacity(text.len() + inserts.len());
    let mut last = 0;
    for &at in &inserts {
        out.push_str(&text[last..at]);
        out.push(' ');
        last = at;
    }
    out.push_str(&text[last..]);
    (out, inserts.len())
}

/// After a digit, only a real word (`2006.Được`) starts a sentence, not a code (`3.A`, `1.X2`).
fn capitalised_word_follows(text: &str, at: usize) -> bool {
    let word = word_from(text, at);
    word.chars().count() >= 2 && word.chars().skip(1).all(char::is_lowercase)
}

fn glue_is_sentence_break(text: &str, dot: usize) -> bool {
    let after = dot + 1;
    if looks_like_address(token_at(text, dot)) {
        return false;
    }
    let next_word = word_from(text, after);
    if next_word.is_ascii() && DOMAIN_WORDS.contains(&next_word.to_lowercase().as_str()) {
        return false;
    }
    // `Th.S`, `Ph.D`: a single capital letter after the dot.
    if next_word.chars().count() == 1 {
        return false;
    }
    !ABBREVIATIONS.contains(&word_before(text, dot))
}

/// Byte offsets where a new sentence starts in `text` (after `.`, `!`, `?`, `…` and any closing quotes,
/// then whitespace, then a capital letter, a digit or an opening quote).
pub fn sentence_starts(text: &str) -> Vec<usize> {
    let mut starts = Vec::new();
    let mut from = 0;
    while let Some(i) = next_terminal(text, from) {
        let c = text[i..].chars().next().unwrap_or('.');
        // Skip further terminal punctuation and closing quotes, then require spaces.
        let rest = &text[i + c.len_utf8()..];
        let after_close = rest.trim_start_matches(|ch: char| is_closing(ch) || matches!(ch, '.' | '!' | '?' | '…'));
        let after_space = after_close.trim_start_matches(' ');
        let next = text.len() - after_space.len();
        if after_space.len() < after_close.len()
            && !after_space.is_empty()
            && starts_sentence(after_space)
            && ends_sentence(text, i, c)
        {
            starts.push(next);
        }
        from = (text.len() - after_close.len()).max(i + c.len_utf8());
    }
    starts
}

/// The first `.`, `!`, `?` or `…` at or after byte `from` (memchr instead of a `char` search: this runs over
/// every one-line body).
fn next_terminal(text: &str, from: usize) -> Option<usize> {
    let bytes = &text.as_bytes()[from..];
    let ascii = memchr::memchr3(b'.', b'!', b'?', bytes);
    // `…` is E2 80 A6; look for it only before the first ASCII terminal.
    let before = &bytes[..ascii.unwrap_or(bytes.len())];
    let ellipsis = memchr::memchr_iter(0xE2, before).find(|&i| before[i + 1..].starts_with(&[0x80, 0xA6]));
    ellipsis.or(ascii).map(|i| from + i)
}

fn starts_sentence(rest: &str) -> bool {
    let mut chars = rest.chars();
    match (chars.next(), chars.next()) {
        (Some(c), _) if c.is_uppercase() => true,
        (Some(o), Some(c)) if is_opening(o) && (c.is_uppercase() || c.is_ascii_digit()) => true,
        _ => false,
    }
}

fn ends_sentence(text: &str, at: usize, c: char) -> bool {
    if c != '.' {
        return true;
    }
    let word = word_before(text, at);
    let single_initial = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    !(single_initial || ABBREVIATIONS.contains(&word) || looks_like_address(token_at(text, at)))
}

/// Splits a long one-line body into paragraphs of a few sentences each.
pub fn split_paragraphs(text: &str) -> Vec<String> {
    let mut bounds = sentence_starts(text);
    bounds.push(text.len());
    let mut paragraphs = Vec::new();
    // `len`: characters since `start`, counted sentence by sentence.
    let (mut start, mut sentences, mut len, mut counted) = (0, 0, 0, 0);
    for &end in &bounds {
        sentences += 1;
        len += text[counted..end].chars().count();
        counted = end;
        if end == text.len() || (sentences >= 3 && len >= 250) || len >= 600 {
            let p = text[start..end].trim();
            if !p.is_empty() {
                paragraphs.push(p.to_string());
            }
            start = end;
            sentences = 0;
            len = 0;
        }
    }
    paragraphs
}

/// Could `c` be a capital? A capital, or a lowercase letter with a tone mark: TCVN3 (VN3) has no capitals
/// with tone marks, so text decoded from it has `ảnh`, `ở`, `ủy` where the author wrote `Ảnh`, `Ở`, `Ủy`
/// (`tcvn3::restore_capitals` gives them back only on evidence). Detectors that look for a capital (captions,
/// credits, bylines, titles) ask this, so that they do not depend on the case of a toned capital.
pub fn is_capital_or_toned(c: char) -> bool {
    c.is_uppercase() || (c.is_lowercase() && !c.is_ascii() && matches!(letter(c), Some((_, Some(_)))))
}

/// Letters, none of them lower case (`CƠ QUAN CỦA CÔNG AN TP.HỒ CHÍ MINH`, `GỬI YÊU CẦU`): a label, a heading
/// or a button in capitals.
pub fn in_capitals(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

/// `(ảnh: TTXVN)` → `(Ảnh: TTXVN)`: the photo markers (`ảnh:`, `ảnh minh họa`) where a caption puts them —
/// at the start of the line, after `(`, or after a dash — with their capital. For text from TCVN3, which
/// cannot write `Ả`. Returns the text and how many markers changed.
pub fn capitalise_photo_markers(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    let mut n = 0;
    let mut rest = text;
    while let Some(at) = rest.find("ảnh") {
        let before = rest[..at].trim_end_matches(' ');
        let after = &rest[at + "ảnh".len()..];
        let at_marker_place =
            out.is_empty() && before.is_empty() || before.ends_with('(') || before.ends_with(['-', '–', '—']);
        let is_marker = after.starts_with(':') || after.starts_with(" :") || after.starts_with(" minh h");
        out.push_str(&rest[..at]);
        if at_marker_place && is_marker {
            out.push_str("Ảnh");
            n += 1;
        } else {
            out.push_str("ảnh");
        }
        rest = after;
    }
    out.push_str(rest);
    (out, n)
}

/// Whether text was word-segmented by an NLP tool (`Trung_Quốc`, `biểu_tình`): words joined by `_`
/// between letters make up 5% of its words or more (they make up a third of segmented Vietnamese, and
/// next to none of ordinary text, where `snake_case` names are rare).
pub fn is_word_segmented<'a>(lines: impl Iterator<Item = &'a str> + Clone) -> bool {
    // Most text has no `_` at all: say so without counting words.
    if lines.clone().all(|line| memchr::memchr(b'_', line.as_bytes()).is_none()) {
        return false;
    }
    let is_joined = |word: &str| {
        let b = word.as_bytes();
        b.windows(3).any(|w| w[1] == b'_' && w[0] != b'_' && w[2] != b'_')
            && word.split('_').all(|part| part.chars().all(is_alphanumeric) && !part.is_empty())
    };
    // Joined words first, from the lines with a `_` only; every word is counted only when there are three
    // (a `_` in a URL or two made this split every line of the text).
    let joined: usize = lines
        .clone()
        .filter(|line| memchr::memchr(b'_', line.as_bytes()).is_some())
        .map(|line| line.split_whitespace().filter(|w| is_joined(w)).count())
        .sum();
    joined >= 3 && joined * 20 >= lines.map(|line| line.split_whitespace().count()).sum::<usize>()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_quick_letter_tests_are_unicodes() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(is_alphabetic(c), c.is_alphabetic(), "{c:?}");
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn one_line_set_in_typewriter_or_typeset_marks() {
        let typeset = "Trang trí ban công rộng 2 – 4m2: “đẹp” và tiện ích";
        assert!(same_but_typography(typeset, "Trang trí ban công rộng 2 - 4m2: \"đẹp\" và tiện ích"));
        assert!(same_but_typography(typeset, "  Trang trí ban công rộng 2-4m2 : \"đẹp\"   và tiện ích "));
        assert!(same_but_typography("Đồ ngủ cosplay là gì ?", "Đồ ngủ cosplay là gì?"));
        assert_eq!(typeset_marks(typeset), 3);
        // Letters, their case and the spaces between words still count.
        assert!(!same_but_typography(typeset, "Trang trí ban công rộng 2 – 4m2: “đẹp” và tiện ích!"));
        assert!(!same_but_typography("Hà Nội", "HàNội"));
        assert!(!same_but_typography("Hà Nội", "hà nội"));
        assert!(!same_but_typography("Hà Nội", "Hà Nôi"));
    }

    #[test]
    fn more_chars_than_is_the_count() {
        for text in ["", "a", "ạ", "𝔸𝔸", "abc", "ạạạ", "Tin liên quan", "Nguyễn Văn Hùng 𝔸 ạ", "ỹỹỹỹỹỹỹỹỹỹ"]
        {
            for max in 0..30 {
                assert_eq!(more_chars_than(text, max), text.chars().count() > max, "{text} {max}");
            }
        }
    }

    #[test]
    fn only_w_lower_cases_to_w_and_only_a_dot_to_a_dot() {
        // What `looks_like_address`'s byte search relies on.
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let lower: String = c.to_lowercase().collect();
            assert_eq!(lower.contains('w'), matches!(c, 'w' | 'W'), "{c:?}");
            assert_eq!(lower.contains('.'), c == '.', "{c:?}");
        }
        for token in ["WWW.vnexpress.net", "http://a.b", "ngu***@gmail.com", "Www.", "ww.w", "wWw.x", "vnexpress.net"] {
            assert_eq!(
                looks_like_address(token),
                token.contains("://") || token.contains('@') || token.to_lowercase().contains("www."),
                "{token}"
            );
        }
    }

    #[test]
    fn lowercase_is_the_standard_librarys_on_every_char() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(lowercase(&s), s.to_lowercase(), "U+{:04X}", c as u32);
            assert!(!keeps_case(c) || s.to_lowercase() == s, "U+{:04X}", c as u32);
            if !c.is_whitespace() {
                let s = format!("Ab{c}Ă");
                assert_eq!(comparison_key(&s), s.to_lowercase(), "U+{:04X}", c as u32);
            }
        }
        for s in [
            "ΑΣ ΟΔΟΣ",
            "Trường ĐẠI HỌC Ắ Ỹ",
            "İstanbul ÀÉ × Þ",
            "ABC",
            "",
            "Ǆ ǅ ǆ Σ",
            "ΣΑ σ",
            "ấy ĐÃ nói  Ông\tBa ÂU",
            " Ẩn ",
        ] {
            assert_eq!(lowercase(s), s.to_lowercase(), "{s}");
            let joined = s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase();
            assert_eq!(comparison_key(&format!("  {s} \t\u{3000}x ")), format!("{joined} x").trim_start(), "{s}");
        }
    }

    #[test]
    fn toned_letters_may_be_capitals_in_either_case() {
        for c in ['Ả', 'ả', 'Ở', 'ở', 'ủ', 'Ấ', 'ấ', 'é', 'A', 'Đ', 'Ö'] {
            assert!(is_capital_or_toned(c), "{c}");
        }
        // Lowercase letters without a tone mark have a capital that TCVN3 can write.
        for c in ['a', 'đ', 'ă', 'ơ', 'ư', 'ö', '1', '(', ' '] {
            assert!(!is_capital_or_toned(c), "{c}");
        }
    }

    #[test]
    fn photo_markers_get_their_capital() {
        assert_eq!(
            capitalise_photo_markers("Bộ trưởng phát biểu (ảnh: TTXVN)"),
            ("Bộ trưởng phát biểu (Ảnh: TTXVN)".into(), 1)
        );
        assert_eq!(capitalise_photo_markers("ảnh minh họa").0, "Ảnh minh họa");
        assert_eq!(capitalise_photo_markers("Người biểu tình - ảnh: AFP").0, "Người biểu tình - Ảnh: AFP");
        assert_eq!(capitalise_photo_markers("hình ảnh: đẹp").1, 0, "not after a marker place");
        assert_eq!(capitalise_photo_markers("ảnh hưởng lớn").1, 0, "another word");
    }

    #[test]
    fn word_segmented_text_is_recognised() {
        let segmented = "Phe đối_lập Campuchia lại biểu_tình tại thủ_đô Phnom_Penh hôm_nay .";
        assert!(is_word_segmented([segmented].into_iter()));
        let plain = "Phe đối lập Campuchia lại biểu tình tại thủ đô Phnom Penh, xem file_name trong tài liệu.";
        assert!(!is_word_segmented([plain].into_iter()));
    }

    proptest::proptest! {
        #[test]
        fn next_terminal_is_a_char_search(s in "(?:[a-z .!?]|…|“|–|ê|\\PC){0,20}", from in 0usize..24) {
            let from = (0..=from.min(s.len())).rev().find(|&i| s.is_char_boundary(i)).unwrap_or(0);
            proptest::prop_assert_eq!(next_terminal(&s, from), s[from..].find(['.', '!', '?', '…']).map(|i| from + i));
        }
    }

    #[test]
    fn glued_sentences_get_their_space_back() {
        let (t, n) = unglue_sentences("đã làm rõ nguyên nhân.Cơ quan điều tra cho biết.Ông Minh nói");
        assert_eq!(t, "đã làm rõ nguyên nhân. Cơ quan điều tra cho biết. Ông Minh nói");
        assert_eq!(n, 2);
        let (t, _) = unglue_sentences("anh nói “không”.Sau đó");
        assert_eq!(t, "anh nói “không”. Sau đó");
        let (t, _) = unglue_sentences("vào ngày 8-1-2006.Được biết");
        assert_eq!(t, "vào ngày 8-1-2006. Được biết");
    }

    #[test]
    fn numbers_abbreviations_and_addresses_are_left_alone() {
        for s in [
            "giá 1.000 đồng và 2.5 tấn",
            "tại TP.HCM hôm qua",
            "theo VnExpress.Net cho hay",
            "xem tại http://vnexpress.net/Tin.Moi hoặc thư gửi ban.Bien@gmail.com",
            "ông là Th.S kinh tế",
            "điều 3.A của luật, mẫu 1.X2",
        ] {
            assert_eq!(unglue_sentences(s), (s.to_string(), 0), "{s}");
        }
    }

    #[test]
    fn sentences_split_at_ends_not_at_abbreviations() {
        let text = "Sáng 13/1, tại TP. Hồ Chí Minh, hội nghị khai mạc. Ông Nguyễn Văn A. Bình phát biểu! \"Chúng tôi sẽ làm\", ông nói. Giá tăng 1.000 đồng.";
        let starts: Vec<String> =
            sentence_starts(text).into_iter().map(|s| text[s..].chars().take(3).collect()).collect();
        assert_eq!(starts, vec!["Ông", "\"Ch", "Giá"]);
    }

    #[test]
    fn long_bodies_become_paragraphs_of_a_few_sentences() {
        let sentence = "Văn phòng Trung ương Đảng đã tổ chức hội nghị tổng kết công tác năm 2014 tại Hà Nội. ";
        let body = sentence.repeat(10);
        let paragraphs = split_paragraphs(body.trim());
        assert!(paragraphs.len() >= 3, "{paragraphs:?}");
        assert_eq!(paragraphs.join(" "), body.trim());
    }
}
