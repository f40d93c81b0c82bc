//! Cuts a long line into the units a scraper fused into it, so that the detectors see them as lines: many
//! scrapers store a page's paragraphs, related links, tag lists and even inline ad scripts on one line
//! (`… cuối bài. · Tiêu đề khác · Tiêu đề nữa`, `… Khánh Hiền Tag : tai nạn , xe khách`,
//! `… điểm. if (!ismobile){try {…}} Ngay khi …`). The cuts: sentence starts (`text::sentence_starts`),
//! inline bullets followed by a capital, a tag-list label, and script code between balanced braces.

use crate::parse::text::{sentence_starts, word_from};
use std::sync::LazyLock;

/// Lines at least this long (in bytes) are cut; shorter ones are a paragraph or less.
pub const MIN_BYTES: usize = 600;

/// Labels of a tag list (`Tag :`, `Từ khóa:`), in the capitalised form that opens one mid-line.
const TAG_LABELS: &[&str] = &["Tag :", "Tag:", "Tags :", "Tags:", "Từ khóa :", "Từ khóa:", "Từ khoá:", "Keywords:"];

/// The units of a long line (at least `MIN_BYTES`), glued sentences given their space first so that they
/// are cut apart (`nguyên nhân.Cơ quan`): (the units, spaces put back, page nodes found glued with no space
/// between them — `node_starts` — which get one when both are kept). `None` for a shorter line. The one cut
/// that both parsing (`parse::body`) and profile learning (`pipeline::profile_keys`) use, so a unit's key is
/// the same in both.
pub fn cut(line: &str) -> Option<(Vec<String>, usize, usize)> {
    if line.len() < MIN_BYTES {
        return None;
    }
    let (text, unglued) = crate::parse::text::unglue_sentences(line);
    let spans = segments(&text);
    let glued_nodes = spans.windows(2).filter(|w| w[0].1 == w[1].0).count();
    Some((spans.into_iter().map(|(s, e)| text[s..e].to_string()).collect(), unglued, glued_nodes))
}

/// Searchers for the separators `segments` looks for, built once: this runs over every long line, and
/// `str::match_indices` sets up its searcher on every call and scans slower than `memchr::memmem` (same
/// matches: left to right, not overlapping).
type Finders = LazyLock<Vec<(&'static str, memchr::memmem::Finder<'static>)>>;

/// Bullets between items (`bullet_starts`).
static BULLETS: Finders = LazyLock::new(|| finders(&[" · ", " • ", " * "]));
/// Arrows before a link's text (`arrow_starts`).
static ARROWS: Finders = LazyLock::new(|| finders(&[" >> ", " >>> ", " » ", " ► ", " ▶ "]));
/// A crawler's join of a page's texts (`segments`).
static JOIN: LazyLock<memchr::memmem::Finder<'static>> = LazyLock::new(|| memchr::memmem::Finder::new(" , "));

/// A searcher for each of `needles`, with the needle.
fn finders(needles: &[&'static str]) -> Vec<(&'static str, memchr::memmem::Finder<'static>)> {
    needles.iter().map(|&n| (n, memchr::memmem::Finder::new(n))).collect()
}

/// Byte ranges of the units of `text`, in order, covering all of its non-blank text.
pub fn segments(text: &str) -> Vec<(usize, usize)> {
    let mut cuts: Vec<usize> = sentence_starts(text);
    let code = code_spans(text);
    for &(start, end) in &code {
        cuts.push(start);
        cuts.push(end);
    }
    cuts.extend(bullet_starts(text));
    cuts.extend(node_starts(text));
    // A button's label glued after a related headline (`… tin đồn ĐỌC NGAY Snopes cũng …`): the unit ends
    // after it, so that the headline and its label are judged apart from the sentence that follows.
    // A label that opens a unit (`TIN LIÊN QUAN Tiêu đề …` after a sentence) is a cue line's, which the
    // `cues` detector reads with what follows.
    let after_words = |start: usize| text[..start].trim_end().chars().last().is_some_and(char::is_alphanumeric);
    cuts.extend(super::features::caps_cues(text).into_iter().filter(|&(s, _)| after_words(s)).map(|(_, end)| end));
    cuts.extend(arrow_starts(text));
    cuts.extend(credit_ends(text));
    for (open, close) in parenthesised_cues(text) {
        cuts.push(open);
        cuts.push(close);
    }
    for (open, close) in bracketed_headlines(text) {
        cuts.push(open);
        cuts.push(close);
    }
    // Every label ends in `:`: look at the few colons, not the whole line once per label.
    for colon in memchr::memchr_iter(b':', text.as_bytes()) {
        let head = &text[..=colon];
        if let Some(label) = TAG_LABELS.iter().find(|l| head.ends_with(*l)) {
            let at = colon + 1 - label.len();
            if at > 0 && text[..at].ends_with(' ') {
                cuts.push(at);
            }
        }
    }
    // A crawler that joined a page's `<p>` texts with ` , ` (and its line breaks as a literal `r n`): three
    // joins at least make them cuts. Prose puts no space before its commas.
    let joins: Vec<usize> = JOIN.find_iter(text.as_bytes()).collect();
    let joined = joins.len() >= 3;
    if joined {
        for &i in &joins {
            cuts.push(i);
            cuts.push(i + 3);
        }
    }
    // No cut inside a code span (its `;` and `.` are not sentence ends).
    cuts.retain(|&c| c > 0 && c < text.len() && !code.iter().any(|&(s, e)| s < c && c < e));
    cuts.push(0);
    cuts.push(text.len());
    cuts.sort_unstable();
    cuts.dedup();
    cuts.windows(2)
        .filter_map(|w| {
            let (s, e) = (w[0], w[1]);
            let piece = &text[s..e];
            let lead = piece.len() - piece.trim_start().len();
            // A join's comma at the very end of the line (`… sân nhà ,`) belongs to no unit.
            let end_trimmed = if joined && e == text.len() { piece.trim_end().trim_end_matches(',') } else { piece };
            let trail = piece.len() - end_trimmed.trim_end().len();
            // What is left of a join (`,`, an escaped line break `r n`) is a separator, not a unit.
            let separator = joined && matches!(piece.trim(), "," | "r n" | "rn");
            (s + lead < e - trail && !separator).then_some((s + lead, e - trail))
        })
        .collect()
}

/// Where one text node of a page starts right after another that a scraper joined without a separator
/// (BeautifulSoup's `get_text()`). Vietnamese writes no capital inside a word, so a capital glued to a word
/// is a node's start when it opens a Vietnamese syllable (`… vào IntelĐại gia …`, `… tỷ USDCổ phiếu …`: a
/// headline glued to its sapo) or follows one (`… trên sân nhàBD giành …`); also a closing parenthesis
/// glued to a capital (`Hà Thu(theo Reuters)SoftBank …`), a closing single quote, `?` or `!` glued to a capitalised
/// Vietnamese word (`… không thực tế'Chủ tịch Joan …`), a year (two digits or more, not `4Life`) glued to
/// a capitalised word (`… 2012-2013Bayern Munich …`), and a count glued between a sentence and a capitalised word (a teaser
/// card's comment count, `… một đơn vị.6Nvidia …`: the count is a unit of its own), and a `> ` link glued
/// after a sentence (`… bình an.> Đọc thêm`). Brand names (`SoftBank`,
/// `iPhone`, `TikTok`) and acronyms before a word (`BBCnêu`) are not cut: neither side is a syllable with a
/// Vietnamese letter.
pub(crate) fn node_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    // Only a capital, `>` or a digit can start a node: the bytes are searched for those (and for the lead
    // byte of any character past ASCII, which may be a capital, unless its bytes tell a lower-case letter
    // Vietnamese writes), and only they are decoded, with the character before them. (Decoding every
    // character of every long line cost more than the rest.)
    let bytes = text.as_bytes();
    let mut i = 0;
    while let Some(k) = bytes[i..].iter().position(|&b| MAY_START_NODE[usize::from(b)]) {
        i += k;
        // After a space nothing is a node's start (`node_start_at`), and most capitals and digits open a
        // word: settled by the byte before, nothing decoded. (Past the first byte only: a character past
        // ASCII goes on with bytes no search stops at, as below.)
        if i == 0 || bytes[i - 1] == b' ' || surely_lower_case(bytes, i) {
            // (Its other bytes continue it: no search stops at them.)
            i += 1;
            continue;
        }
        let c = text[i..].chars().next().expect("a character starts at an ASCII or a lead byte");
        if let Some(p) = text[..i].chars().next_back() {
            node_start_at(text, i - p.len_utf8(), p, i, c, &mut out);
        }
        i += c.len_utf8();
    }
    out
}

/// The bytes a character `node_start_at` looks at may start with: ASCII capitals, digits, `>`, and the
/// lead bytes of characters past ASCII.
static MAY_START_NODE: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = matches!(b as u8, b'A'..=b'Z' | b'0'..=b'9' | b'>' | 0xC0..=0xFF);
        b += 1;
    }
    table
};

/// Whether the character whose lead byte is at `i` is, by its bytes, one of the lower-case letters
/// Vietnamese writes (no capital then): `ß` and `à`–`ÿ` (0xC3 0x9F on), `ă đ ĩ ũ ơ ư`, and Latin Extended
/// Additional's odd letters from U+1E80 on (0xE1 0xBA/0xBB, an odd last byte). A test checks every `char`.
pub(super) fn surely_lower_case(bytes: &[u8], i: usize) -> bool {
    match (bytes[i], bytes.get(i + 1), bytes.get(i + 2)) {
        (0xC3, Some(&b), _) => b >= 0x9F,
        (0xC4, Some(0x83 | 0x91 | 0xA9), _) | (0xC5, Some(0xA9), _) | (0xC6, Some(0xA1 | 0xB0), _) => true,
        (0xE1, Some(0xBA | 0xBB), Some(&b)) => b & 1 == 1,
        _ => false,
    }
}

/// `node_starts`' verdict on character `c` at byte `i`, after `p` at byte `at`: pushes the node starts
/// there onto `out`.
fn node_start_at(text: &str, at: usize, p: char, i: usize, c: char, out: &mut Vec<usize>) {
    // After a space nothing below is a node's start (each case wants `p` to be a letter, a digit or a
    // mark).
    if p == ' ' {
        return;
    }
    if is_uppercase(c) {
        // A closing quote, `?` or `!` right after a word, glued to a capitalised Vietnamese word: a
        // quoted headline and its sapo (`Chủ tịch Barca: 'Messi trở lại là điều không thực tế'Chủ tịch
        // Joan Laporta …`).
        // (Single quotes only: headlines quote with them; prose's double quotes close a subheading
        // glued to its paragraph as often, `Thúc bách từ “người hàng xóm”Tình trạng …`.)
        // A quote closes only after a word of two letters or more that an opening quote came before
        // (`H’Mông`, `K’Nốp`, `O’Chau` are names, not quotes glued to a sapo).
        let quote = matches!(p, '\'' | '’');
        let opened = || {
            let before = &text[..at];
            before.chars().rev().take_while(|c| c.is_alphanumeric()).count() >= 2
                && before.rfind(['\'', '‘', '’']).is_some_and(|k| {
                    // (Or after a card's count glued before it: `… bầu trời".2'Nhà nước …'`.)
                    k == 0
                        || before[..k].ends_with([' ', ':', '('])
                        || before[..k].ends_with(|c: char| c.is_ascii_digit())
                })
        };
        let closes = matches!(p, '\'' | '’' | '?' | '!')
            && text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
            && (!quote || opened())
            && capitalised_word(&text[i..])
            && crate::decode::vietnamese::is_syllable(word_from(text, i));
        // (A headline may end with a figure's percent sign: `… tăng trên 8%Nếu không có …`.)
        let glued = p == ')'
            || closes
            || (p == '%' && viet_syllable(word_from(text, i)) && capitalised_word(&text[i..]))
            || (p.is_alphabetic() && viet_syllable(word_from(text, i)) && capitalised_word(&text[i..]))
            || (p.is_lowercase() && viet_syllable(word_ending(text, at + p.len_utf8())))
            || (p.is_ascii_digit()
                && text[..i].bytes().rev().take_while(u8::is_ascii_digit).count() >= 2
                && capitalised_word(&text[i..])
                && word_from(text, i).chars().count() >= 3);
        if glued {
            out.push(i);
        }
    } else if c == '>' && matches!(p, '.' | '!' | '?' | '"' | '”') && text[i..].starts_with("> ") {
        // `… bình an.> Đọc thêm`: a link glued after the last sentence.
        out.push(i);
    } else if c.is_ascii_digit() && matches!(p, '.' | '!' | '?') {
        let digits = text[i..].bytes().take_while(u8::is_ascii_digit).count();
        let after = i + digits;
        let before_stop = text[..at].chars().next_back();
        // (The last card's count ends the line: `… cùng Barca.152`. The next card's headline may open
        // with a quotation: `… tăng vọt.16'Cơn ác mộng' thuế …`.)
        // The stop may close a figure (`… tăng 65%.54'Cú choáng váng' …`) or, at the line's end, an
        // initialism (`… theo AP.42`).
        let next = text[after..].strip_prefix(['\'', '‘']).unwrap_or(&text[after..]);
        let last = text[after..].trim().is_empty();
        // (An initialism of two capitals or more: `U.23` at a line's end is a team's name.)
        let initialism =
            text[..at].chars().rev().take_while(|c| c.is_alphabetic()).filter(|c| c.is_uppercase()).count() >= 2;
        if digits <= 4
            && before_stop.is_some_and(|b| {
                b.is_lowercase() || matches!(b, '"' | '”' | '\'' | '’' | ')' | '%') || (last && initialism)
            })
            && (capitalised_word(next) || last)
        {
            out.push(i);
            out.push(after);
        }
    }
}

/// `c.is_uppercase()`, with ASCII and the lower-case letters Vietnamese writes answered without Unicode's
/// table (`node_starts` asks it of every character past ASCII, `sitetalk::names_site` of every letter of a
/// long word): Latin-1's letters from `ß` on and `ă đ ĩ ũ ơ ư` are lower case, and Latin Extended
/// Additional (`Ạ`…`ỿ`) pairs its letters, upper case even. A test checks every `char`.
pub(super) fn is_uppercase(c: char) -> bool {
    match c as u32 {
        0..=0x7F => c.is_ascii_uppercase(),
        0xDF..=0xFF | 0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => false,
        0x1EA0..=0x1EFF => c as u32 & 1 == 0,
        _ => c.is_uppercase(),
    }
}

/// Where the text goes on after a byline's source credit in parentheses (`Hồng Duy(theoMarca) Chủ tịch
/// Barca: …`): the capital after the closing parenthesis and a space. The credit closes the article; what
/// follows on the same line is the page's next node (a related card).
fn credit_ends(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for open in memchr::memchr_iter(b'(', text.as_bytes()) {
        let inner = &text[open + 1..];
        let Some(word) = inner.get(..4) else { continue };
        if !word.eq_ignore_ascii_case("theo") {
            continue;
        }
        let Some(close) = inner.find([')', '(']).filter(|&c| inner[c..].starts_with(')') && c <= 60) else { continue };
        let after = &inner[close + 1..];
        let next = after.trim_start();
        if next.len() < after.len() && next.chars().next().is_some_and(char::is_uppercase) {
            out.push(open + 1 + close + 1 + (after.len() - next.len()));
        }
    }
    out
}

/// The letters that end right before `end`.
fn word_ending(text: &str, end: usize) -> &str {
    let start = text[..end]
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
    &text[start..end]
}

/// A capital, then lower-case letters only, up to the end of the word, two letters at least.
fn capitalised_word(text: &str) -> bool {
    let word: Vec<char> = word_from(text, 0).chars().collect();
    word.len() >= 2 && word[0].is_uppercase() && word[1..].iter().all(|c| c.is_lowercase())
}

/// A Vietnamese syllable with a letter outside ASCII in it (`Đại`, `nhà`, `Cổ`): no brand or acronym.
fn viet_syllable(word: &str) -> bool {
    !word.is_ascii() && crate::decode::vietnamese::is_syllable(word)
}

/// Where an inline bullet (` · `, ` • `, ` * `) opens an item that starts with a capital, digit or quote.
fn bullet_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (bullet, finder) in BULLETS.iter() {
        for i in finder.find_iter(text.as_bytes()) {
            let next = text[i + bullet.len()..].chars().next();
            if next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“')) {
                out.push(i + 1);
            }
        }
    }
    out
}

/// Where an inline arrow opens a link or a call to action: ` >> ` anywhere before a capital, digit or quote
/// (no prose uses it: `… Lê Phạm tổng hợp >> Quan điểm của bạn thế nào?`), and ` » ` in a line without `«`
/// (`» Clip: … » Clip: …`); ` » `, ` ► `, ` ▶ ` otherwise only after a sentence.
fn arrow_starts(text: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for &(arrow, ref finder) in ARROWS.iter() {
        for i in finder.find_iter(text.as_bytes()) {
            let next = text[i + arrow.len()..].chars().next();
            let opens = next.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || "\"“'‘".contains(c));
            let after_sentence = super::features::ends_sentence(text[..i].trim_end());
            // Without a `«` in the line, `»` closes no quotation: an arrow.
            let always = arrow.starts_with(" >>") || (arrow == " » " && !text.contains('«'));
            if opens && (always || after_sentence) {
                out.push(i + 1);
            }
        }
    }
    out
}

/// `(Xem thêm: Tiêu đề bài khác )` inside running text: a related-article cue and its headline in
/// parentheses, between sentences.
pub fn parenthesised_cues(text: &str) -> Vec<(usize, usize)> {
    delimited(text, b'(', b')')
        .filter(|&(_, _, inner)| {
            inner.contains(':')
                && matches!(super::features::cue(inner), Some((super::features::Cue::Related, rest)) if !rest.is_empty())
        })
        .map(|(start, end, _)| (start, end))
        .collect()
}

/// Every `open … close` span of `text`, from each `open` to the first `close` after it: (start, end past
/// the close, the text between). ASCII delimiters, found with `memchr` (`str::match_indices` and `find`
/// searched every long line with the standard library's slower loop).
fn delimited(text: &str, open: u8, close: u8) -> impl Iterator<Item = (usize, usize, &str)> {
    debug_assert!(open.is_ascii() && close.is_ascii() && open != close);
    let bytes = text.as_bytes();
    memchr::memchr_iter(open, bytes).filter_map(move |start| {
        let len = memchr::memchr(close, &bytes[start..])?;
        Some((start, start + len + 1, &text[start + 1..start + len]))
    })
}

/// `[Tiêu đề bài khác]` inside running text: a link to another article that a scraper kept as text. Only
/// brackets that hold a headline (five words or more, no sentence end) — not `[1]`, `[sic]`, `[ảnh]`.
pub fn bracketed_headlines(text: &str) -> Vec<(usize, usize)> {
    delimited(text, b'[', b']')
        .filter(|&(start, end, inner)| {
            // Between sentences, not inside one (`… Hồng Bàng [Bàng là Hồng Bàng, …] …` explains a word).
            let before = text[..start].trim_end();
            let after = text[end..].trim_start();
            let between = (before.is_empty() || super::features::ends_sentence(before))
                && (after.is_empty() || after.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“'));
            between
                && inner.split_whitespace().count() >= 5
                && !inner.contains('[')
                && super::features::is_headline_like(inner)
        })
        .map(|(start, end, _)| (start, end))
        .collect()
}

/// Script code pasted into text: a statement (`if (…) {`, `try {`, `function f() {`, `document.write(…)`)
/// through its balanced closing brace, when the span reads as code (ASCII, with `;`, `(` or `=`).
pub fn code_spans(text: &str) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    let mut i = 0;
    // (`memchr`'s vector search, not `str::find`'s byte loop: this runs over every long line.)
    while let Some(open) = memchr::memchr(b'{', &bytes[i..]).map(|o| i + o) {
        // The matching brace.
        let mut depth = 0usize;
        let mut close = None;
        for (j, &b) in bytes.iter().enumerate().skip(open) {
            match b {
                b'{' => depth += 1,
                b'}' => {
                    depth -= 1;
                    if depth == 0 {
                        close = Some(j + 1);
                        break;
                    }
                }
                _ => {}
            }
        }
        let Some(mut end) = close else { break };
        // Trailing `}` and `;` of enclosing statements.
        while end < bytes.len() && matches!(bytes[end], b'}' | b';') {
            end += 1;
        }
        // The statement's head: back over ASCII code characters to a sentence end or a non-ASCII letter.
        let mut start = open;
        while start > 0 {
            let b = bytes[start - 1];
            let code_char = b.is_ascii_alphanumeric() || b"_()!=<>&|.$[]'\"+-".contains(&b);
            let space_in_code = b == b' ' && start >= 2 && bytes[start - 2] != b'.';
            if !(code_char || space_in_code) {
                break;
            }
            start -= 1;
        }
        while start < open && bytes[start] == b' ' {
            start += 1;
        }
        let span = &text[start..end];
        let ascii = span.bytes().filter(u8::is_ascii).count() * 10 >= span.len() * 9;
        let marks = span.bytes().filter(|b| matches!(b, b';' | b'(' | b'=')).count();
        if ascii && marks >= 2 && span.len() >= 12 {
            spans.push((start, end));
        }
        i = end.max(open + 1);
    }
    spans
}

/// Whether a unit is script code (for the detectors): a braced statement over nine tenths of it, or
/// statements without braces one after another.
pub fn is_code(text: &str) -> bool {
    code_spans(text).first().is_some_and(|&(s, e)| e - s >= text.trim().len() * 9 / 10) || is_statements(text)
}

/// Script statements without braces, each ended by `;` (what a page's inline script leaves in a scrape
/// that kept `<script>` text: `var b = new tdBlock(); b.id = "td_1"; tdBlocksArray.push(b);`). Every
/// statement is an assignment to, or a call of, an ASCII name path (`a.b_c`), and outside its string
/// literals it is ASCII code with no two words in a row (`Gia = 5 trieu;` is no statement). Hand-written:
/// a JavaScript parser would answer a question this small at many times the build.
fn is_statements(text: &str) -> bool {
    let t = text.trim();
    if !t.ends_with(';') {
        return false;
    }
    let mut ends = Vec::new();
    let closed = walk_code(t, |i, c, code| {
        if code && c == ';' {
            ends.push(i);
        }
    });
    let mut start = 0;
    closed
        && !ends.is_empty()
        && ends.iter().all(|&end| {
            let statement = &t[start..end];
            start = end + 1;
            is_statement(statement)
        })
}

/// One statement of `is_statements`, its `;` off.
fn is_statement(statement: &str) -> bool {
    let s = statement.trim();
    let declared = ["var ", "let ", "const "].iter().find_map(|k| s.strip_prefix(k));
    let s = declared.unwrap_or(s).trim_start();
    let path = s.bytes().take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'_' | b'$' | b'.')).count();
    if path == 0 || s.as_bytes()[0].is_ascii_digit() {
        return false;
    }
    let rest = s[path..].trim_start();
    let value = if let Some(args) = rest.strip_prefix('(') {
        if !args.ends_with(')') {
            return false;
        }
        args
    } else if let Some(value) = rest.strip_prefix('=').filter(|v| !v.starts_with('=')) {
        value
    } else {
        return false;
    };
    let code = outside_strings(value);
    let words: Vec<&str> = code.split_whitespace().collect();
    let word = |w: &str| {
        w.bytes().next().is_some_and(|b| b.is_ascii_alphanumeric())
            && w.bytes().last().is_some_and(|b| b.is_ascii_alphanumeric())
    };
    code.is_ascii()
        && !value.trim().is_empty()
        && words.windows(2).all(|p| !(word(p[0]) && word(p[1])) || matches!(p[0], "new" | "typeof" | "function"))
}

/// `text` with its string literals (`"…"`, `'…'`) blanked out.
fn outside_strings(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    walk_code(text, |_, c, code| out.push(if code { c } else { ' ' }));
    out
}

/// Walks `text` telling, for each character and its byte offset, whether it is code (`true`) or part of a
/// string literal (`"…"`, `'…'`, quotes and `\`-escapes included); whether every literal was closed. The
/// one quote scanner of `is_statements` and `outside_strings`.
fn walk_code(text: &str, mut each: impl FnMut(usize, char, bool)) -> bool {
    let (mut quote, mut escaped) = (None, false);
    for (i, c) in text.char_indices() {
        if let Some(q) = quote {
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == q {
                quote = None;
            }
            each(i, c, false);
        } else if c == '"' || c == '\'' {
            quote = Some(c);
            each(i, c, false);
        } else {
            each(i, c, true);
        }
    }
    quote.is_none()
}

#[cfg(test)]
mod joined_tests {
    use super::*;

    #[test]
    fn paragraphs_joined_with_commas() {
        let text = "Câu thứ nhất của bài báo. , Câu thứ hai của bài báo dài hơn. , Tạ Xuân Quan , Vaccin nào có thể tiêm? , r n , Vaccin phòng ung thư cổ tử cung";
        let units: Vec<&str> = segments(text).into_iter().map(|(s, e)| &text[s..e]).collect();
        assert_eq!(
            units,
            vec![
                "Câu thứ nhất của bài báo.",
                "Câu thứ hai của bài báo dài hơn.",
                "Tạ Xuân Quan",
                "Vaccin nào có thể tiêm?",
                "Vaccin phòng ung thư cổ tử cung"
            ]
        );
        // Two commas after spaces are a typo, not a join.
        let prose = "Một câu , có dấu phẩy lạc. Câu khác , cũng vậy.";
        assert_eq!(segments(prose).len(), 2);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_quick_capital_test_is_unicodes() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            assert_eq!(super::is_uppercase(c), c.is_uppercase(), "{c:?}");
        }
    }

    use super::*;

    #[test]
    fn what_the_bytes_tell_lower_case_is_no_capital() {
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32).filter(|c| !c.is_ascii()) {
            let mut buf = [0u8; 4];
            let bytes = c.encode_utf8(&mut buf).as_bytes();
            if surely_lower_case(bytes, 0) {
                assert!(!c.is_uppercase(), "{c:?}");
            }
        }
        // The letters it is for.
        for c in "ßàáâãèéêìíòóôõùúýăđĩũơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ".chars()
        {
            let mut buf = [0u8; 4];
            assert!(surely_lower_case(c.encode_utf8(&mut buf).as_bytes(), 0), "{c:?}");
        }
    }

    /// `node_starts` as first written: every character decoded and looked at, after the one before it.
    fn node_starts_by_chars(text: &str) -> Vec<usize> {
        let mut out = Vec::new();
        let mut prev: Option<(usize, char)> = None;
        for (i, c) in text.char_indices() {
            if let Some((at, p)) = prev {
                node_start_at(text, at, p, i, c, &mut out);
            }
            prev = Some((i, c));
        }
        out
    }

    proptest::proptest! {
        /// Glued words, capitals, figures, quotes and stops of every kind: the characters the quick search
        /// skips start no node.
        #[test]
        fn node_starts_by_bytes_is_by_chars(
            text in "([a-zđạăâêôơưếịọủĐẠĂÂÊÔƠƯẾỊỌỦA-Z0-9]{0,4}[ .!?'’)%>”\"‘:(]{0,2}){0,16}"
        ) {
            proptest::prop_assert_eq!(node_starts(&text), node_starts_by_chars(&text), "{:?}", text);
        }
    }

    #[test]
    fn node_starts_by_bytes_on_examples() {
        for text in [
            "… vào IntelĐại gia …",
            "… tỷ USDCổ phiếu …",
            "… trên sân nhàBD giành …",
            "Hà Thu(theo Reuters)SoftBank …",
            "… 2012-2013Bayern Munich …",
            "… một đơn vị.6Nvidia …",
            "… bình an.> Đọc thêm",
            "… tăng 65%.54'Cú choáng váng' …",
            "… theo AP.42",
            "Chủ tịch Barca: 'Messi trở lại là điều không thực tế'Chủ tịch Joan Laporta khẳng định",
        ] {
            assert_eq!(node_starts(text), node_starts_by_chars(text), "{text}");
        }
    }

    fn units(text: &str) -> Vec<&str> {
        segments(text).into_iter().map(|(s, e)| &text[s..e]).collect()
    }

    #[test]
    fn a_quoted_headline_glued_to_its_sapo_is_cut_a_name_with_an_apostrophe_is_not() {
        assert!(node_starts("Chủ tịch Barca: 'Messi trở lại là điều không thực tế'Chủ tịch Joan Laporta khẳng định")
            .contains(&"Chủ tịch Barca: 'Messi trở lại là điều không thực tế'".len()));
        for name in [
            "Người H’Mông mình chỉ nghèo, chứ không đến nỗi thiếu ăn.",
            "Cùng trú tại thị trấn Ea K’Nốp, huyện Ea Kar, Đắk Lắk.",
            "Tại Trung tâm Sapa O’Chau, một doanh nghiệp xã hội ở Sapa.",
            "Bà con đồng bào 'H'Mông ở bản.",
        ] {
            assert!(node_starts(name).is_empty(), "{name}");
        }
    }

    #[test]
    fn fused_units_are_cut() {
        let text = "Ba cán bộ bị tạm đình chỉ. Cơ quan điều tra đang làm rõ. · Va chạm giữa hai tàu hàng · Dự kiến 13 giờ thông tàu";
        assert_eq!(
            units(text),
            vec![
                "Ba cán bộ bị tạm đình chỉ.",
                "Cơ quan điều tra đang làm rõ.",
                "· Va chạm giữa hai tàu hàng",
                "· Dự kiến 13 giờ thông tàu"
            ]
        );
        let tags = "Tài xế lái xe rước dâu tên Cương. Khánh Hiền Tag : tai nạn thảm khốc , xe đón dâu gặp nạn";
        assert_eq!(units(tags).last(), Some(&"Tag : tai nạn thảm khốc , xe đón dâu gặp nạn"));
    }

    #[test]
    fn glued_page_nodes_are_cut() {
        let text = "Schulman kết luận.Hà Thu(theo Reuters)SoftBank sẽ rót 2 tỷ USD vào IntelĐại gia viễn thông Nhật Bản sẽ mua cổ phiếu với giá 23 USD một đơn vị.6Nvidia là công ty đầu tiên trị giá 5.000 tỷ USD";
        let (unglued, _) = crate::parse::text::unglue_sentences(text);
        assert_eq!(
            units(&unglued),
            vec![
                "Schulman kết luận.",
                "Hà Thu(theo Reuters)",
                "SoftBank sẽ rót 2 tỷ USD vào Intel",
                "Đại gia viễn thông Nhật Bản sẽ mua cổ phiếu với giá 23 USD một đơn vị.",
                "6",
                "Nvidia là công ty đầu tiên trị giá 5.000 tỷ USD"
            ]
        );
        // VnExpress (2025): a card's count before the next card's quoted headline, after a figure, and at the
        // line's end after an initialism.
        let cards = "Vàng dự trữ tăng vọt.16'Cơn ác mộng' thuế vào Mỹ của ngành đồng hồ Thụy SĩGiá bán tại Mỹ có thể tăng 65%.54'Cú choáng váng' về thuế đối ứng của Thụy SĩThụy Sĩ nhận tin tức về thuế đối ứng, theo AP.42";
        let (unglued, _) = crate::parse::text::unglue_sentences(cards);
        assert_eq!(
            units(&unglued),
            vec![
                "Vàng dự trữ tăng vọt.",
                "16",
                "'Cơn ác mộng' thuế vào Mỹ của ngành đồng hồ Thụy Sĩ",
                "Giá bán tại Mỹ có thể tăng 65%.",
                "54",
                "'Cú choáng váng' về thuế đối ứng của Thụy Sĩ",
                "Thụy Sĩ nhận tin tức về thuế đối ứng, theo AP.",
                "42"
            ]
        );
        // A headline ending with a percent sign glued to its sapo; a quoted headline after a count.
        let cards = "Thủ tướng: GDP năm nay có thể đạt mục tiêu tăng trên 8%Nếu không có nhiều biến động, kinh tế sẽ tăng trưởng.2'Nhà nước làm những gì tư nhân không thể'Thủ tướng nêu quan điểm về kinh tế.";
        let (unglued, _) = crate::parse::text::unglue_sentences(cards);
        assert_eq!(
            units(&unglued),
            vec![
                "Thủ tướng: GDP năm nay có thể đạt mục tiêu tăng trên 8%",
                "Nếu không có nhiều biến động, kinh tế sẽ tăng trưởng.",
                "2",
                "'Nhà nước làm những gì tư nhân không thể'",
                "Thủ tướng nêu quan điểm về kinh tế."
            ]
        );
        // A team's name at a line's end is no count (`U.23`).
        let team =
            "Đội tuyển Việt Nam đã thắng đậm trong trận giao hữu tối qua.Đó là chiến thắng thứ ba liên tiếp của U.23";
        let (unglued, _) = crate::parse::text::unglue_sentences(team);
        assert!(units(&unglued).last().is_some_and(|u| u.ends_with("U.23")), "{:?}", units(&unglued));
        let caption = "Bình Dương gục ngã trên sân nhàBD giành chiến thắng trước Kawasaki (hai hiệp chính hòa 1-1)Trận đấu giao hữu là một trận hay. >> Vô địch Champions League 2012-2013Bayern Munich đang đạt đến đỉnh cao";
        assert_eq!(
            units(caption),
            vec![
                "Bình Dương gục ngã trên sân nhà",
                "BD giành chiến thắng trước Kawasaki (hai hiệp chính hòa 1-1)",
                "Trận đấu giao hữu là một trận hay.",
                ">> Vô địch Champions League 2012-2013",
                "Bayern Munich đang đạt đến đỉnh cao"
            ]
        );
        assert_eq!(
            units("Mong con nơi ấy được bình an.> Đọc thêm"),
            vec!["Mong con nơi ấy được bình an.", "> Đọc thêm"]
        );
        // Brand names, numbers and codes stay whole.
        for prose in [
            "Tập đoàn SoftBank của CEO SoftBankMasayoshi Son mua cổ phiếu iPhone và TikTok.",
            "Tại Anh,BBCnêu bật việc Ronaldo bị truất quyền thi đấu, còn Sky Sportsthì viết về trận đấu.",
            "Lãi suất tăng 0.6%. Giá vàng 2.5Tr một chỉ.",
            "Năm 2024.5 doanh nghiệp",
            "Sản phẩm của 4Life và F1Grand được bán ở đây.",
        ] {
            assert_eq!(units(prose).len(), prose.matches(". ").count() + 1, "{prose}");
        }
    }

    #[test]
    fn bracketed_links_are_units() {
        let text = "[Mỹ xác nhận Triều Tiên tiến hành thêm vụ phóng thử tên lửa] Nhà Trắng cũng nhấn mạnh rằng vụ phóng là lời kêu gọi [1].";
        let u = units(text);
        assert_eq!(u[0], "[Mỹ xác nhận Triều Tiên tiến hành thêm vụ phóng thử tên lửa]");
        assert_eq!(u[1], "Nhà Trắng cũng nhấn mạnh rằng vụ phóng là lời kêu gọi [1].");
        assert!(bracketed_headlines("Tên nước Văn Lang [Lang là vùng đất của các vua Hùng] có từ lâu.").is_empty());
    }

    #[test]
    fn script_code_is_one_unit() {
        let text = "Thị trường tăng điểm. if (!ismobile){try { if (Ads != undefined && Ads.aNodes.length>0) {document.write(Ads); Ads.Show();} } catch(e) {} } Ngay khi mở cửa, bảng điện tử tràn ngập sắc xanh.";
        let u = units(text);
        assert_eq!(u.len(), 3, "{u:?}");
        assert!(u[1].starts_with("if (!ismobile){") && u[1].ends_with('}'), "{:?}", u[1]);
        assert!(is_code(u[1]));
        assert!(!is_code(u[0]) && !is_code(u[2]));
        // Braces in prose are not code.
        assert!(code_spans("Ông nói {như vậy} là đúng.").is_empty());
    }

    #[test]
    fn statements_without_braces_are_code() {
        // A WordPress theme's inline script as a scrape of nguoi-viet.com kept it, its lines joined.
        let page = "var block_td_uid_1_5d8e24b6ad848 = new tdBlock(); block_td_uid_1_5d8e24b6ad848.id = \"td_uid_1_5d8e24b6ad848\"; block_td_uid_1_5d8e24b6ad848.atts = '{\"limit\":\"5\",\"td_column_number\":3}'; block_td_uid_1_5d8e24b6ad848.header_color = \"\"; tdBlocksArray.push(block_td_uid_1_5d8e24b6ad848);";
        assert!(is_code(page));
        assert!(is_code("window.dataLayer = window.dataLayer || [];"));
        assert!(is_code("ga('send', 'pageview');"));
        // Prose with `=` or `;` is not: words in a row, letters beyond ASCII, no `;` at the end.
        for prose in [
            "Gia = 5 trieu;",
            "Tổng = 5 tỷ đồng;",
            "Chi Pu phát hành MV Mirror mở màn cho album mới; nghệ sĩ 14 tuổi Shumo AG hợp tác.",
            "x = y + z",
            "Xem thêm: a = b;",
            "Giá vàng hôm nay (ngày 5/6);",
        ] {
            assert!(!is_code(prose), "{prose}");
        }
    }
}
