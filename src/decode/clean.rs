//! Text → clean NFC lines. Each change is counted as a `Repair` so the document says what was done to it.
//! Line numbers are preserved: line *n* of the output is line *n* of the decoded seed.

use super::marks::drop_doubled;
use super::tone::{self, ToneStyle};
use crate::model::Repair;
use crate::source::lines_with_offsets;
use std::collections::BTreeMap;
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// One cleaned line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Line {
    /// 1-based line number in the seed.
    pub no: usize,
    /// NFC text, inner whitespace runs collapsed, no leading/trailing whitespace.
    pub text: String,
    /// The raw line started with whitespace (scrapers indent captions and inline-element fragments).
    pub indented: bool,
    /// The raw line ended with whitespace.
    pub open_end: bool,
    /// How many whitespace characters the raw line opened with (at most `u16::MAX`): where a text browser
    /// set the line, which says a centred headline (`layout::centred_title`).
    pub indent: u16,
}

/// A seed's text as NFC lines, with the repairs made.
#[derive(Debug, Default, Clone)]
pub struct Cleaned {
    /// The lines, numbered as in the seed.
    pub lines: Vec<Line>,
    /// What cleaning changed, with counts.
    pub repairs: Vec<Repair>,
}

/// The windows-1252 characters for bytes 0x80–0x9F, which scrapers often decode as Latin-1 C1 controls
/// (U+0092 for `’`). `None` where windows-1252 leaves the byte undefined.
pub(crate) fn c1_to_cp1252(c: char) -> Option<char> {
    const T: [Option<char>; 32] = [
        Some('€'),
        None,
        Some('‚'),
        Some('ƒ'),
        Some('„'),
        Some('…'),
        Some('†'),
        Some('‡'),
        Some('ˆ'),
        Some('‰'),
        Some('Š'),
        Some('‹'),
        Some('Œ'),
        None,
        Some('Ž'),
        None,
        None,
        Some('‘'),
        Some('’'),
        Some('“'),
        Some('”'),
        Some('•'),
        Some('–'),
        Some('—'),
        Some('˜'),
        Some('™'),
        Some('š'),
        Some('›'),
        Some('œ'),
        None,
        Some('ž'),
        Some('Ÿ'),
    ];
    T.get((c as usize).checked_sub(0x80)?).copied().flatten()
}

/// True when `s` is made only of characters below U+0300, precomposed Latin letters (U+1E00–U+1EFF, all of
/// Vietnamese) and general punctuation from U+2010: all NFC-stable starters that nothing composes with, so
/// such text is NFC without a table look-up per character (the common case, and a hot path).
pub fn surely_nfc(s: &str) -> bool {
    s.chars().all(is_nfc_safe)
}

fn is_nfc_safe(c: char) -> bool {
    (c as u32) < 0x300 || ('\u{1E00}'..='\u{1EFF}').contains(&c) || ('\u{2010}'..='\u{206F}').contains(&c)
}

fn is_odd_space(c: char) -> bool {
    matches!(c, '\u{A0}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' | '\u{1680}')
}

fn is_invisible(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200D}' | '\u{2060}' | '\u{FEFF}' | '\u{AD}' | '\u{200E}' | '\u{200F}')
}

#[derive(Default)]
struct Counter(BTreeMap<&'static str, usize>);

impl Counter {
    fn add(&mut self, kind: &'static str, n: usize) {
        if n > 0 {
            *self.0.entry(kind).or_default() += n;
        }
    }
}

/// Cleans every line of `text`, tone marks placed as in the input.
pub fn clean(text: &str) -> Cleaned {
    clean_with(text, None)
}

/// Cleans every line of `text`; with a `tone_style`, `oa`/`oe`/`uy` tone marks are moved to that style.
pub fn clean_with(text: &str, tone_style: Option<ToneStyle>) -> Cleaned {
    let mut counter = Counter::default();
    // One vectorised search for `\r` (most text has none), rather than two substring searches for `\r\n`.
    let (mut cr, mut crlf) = (0, 0);
    for i in memchr::memchr_iter(b'\r', text.as_bytes()) {
        cr += 1;
        crlf += usize::from(text.as_bytes().get(i + 1) == Some(&b'\n'));
    }
    counter.add("crlf", crlf);
    counter.add("cr", cr - crlf);
    let lines = if text.len() < super::PARALLEL_FROM {
        clean_lines(text, false, tone_style, &mut counter)
    } else {
        clean_chunked(text, super::CHUNK, tone_style, &mut counter)
    };
    let repairs = counter.0.into_iter().map(|(kind, count)| Repair { kind: kind.to_string(), count }).collect();
    Cleaned { lines, repairs }
}

/// Cleans the lines of `text` (the whole text or a chunk of it), numbered from 1; `in_tag`: an HTML tag
/// opened before it is still open.
fn clean_lines(text: &str, mut in_tag: bool, tone_style: Option<ToneStyle>, counter: &mut Counter) -> Vec<Line> {
    lines_with_offsets(text)
        .into_iter()
        .enumerate()
        .map(|(i, (_, raw))| {
            let (untagged, tags) = super::tags::strip(raw, &mut in_tag);
            counter.add("html-tags", tags);
            clean_line(i + 1, &untagged, tone_style, counter)
        })
        .collect()
}

/// `clean_lines` on chunks of about `chunk` bytes of whole lines, in parallel: first one cheap pass for
/// whether an HTML tag is open where each chunk starts (only lines with a `<`, or inside a tag, are
/// looked at), then the chunks, then their lines numbered on and their counts added up.
fn clean_chunked(text: &str, chunk: usize, tone_style: Option<ToneStyle>, counter: &mut Counter) -> Vec<Line> {
    use rayon::prelude::*;
    let chunks = super::line_chunks(text, chunk);
    let mut open = Vec::with_capacity(chunks.len());
    let mut in_tag = false;
    for c in &chunks {
        open.push(in_tag);
        if in_tag || memchr::memchr(b'<', c.as_bytes()).is_some() {
            for (_, raw) in lines_with_offsets(c) {
                super::tags::strip(raw, &mut in_tag);
            }
        }
    }
    let parts: Vec<(Vec<Line>, Counter)> = chunks
        .par_iter()
        .zip(open)
        .map(|(c, in_tag)| {
            let mut counts = Counter::default();
            (clean_lines(c, in_tag, tone_style, &mut counts), counts)
        })
        .collect();
    let mut lines = Vec::with_capacity(parts.iter().map(|(l, _)| l.len()).sum());
    for (part, counts) in parts {
        let before = lines.len();
        lines.extend(part.into_iter().map(|l| Line { no: l.no + before, ..l }));
        for (kind, n) in counts.0 {
            counter.add(kind, n);
        }
    }
    lines
}

/// A line the byte fast path can take: its text between leading and trailing spaces, and the flags.
struct Ordinary<'a> {
    text: &'a str,
    indented: bool,
    indent: u16,
    open_end: bool,
    /// Some character is not surely an NFC-stable starter.
    check_nfc: bool,
}

/// The common case, decided on bytes: a line with nothing to map, drop or collapse (no control or odd-space
/// bytes, no entity, no double space) apart from plain spaces at either end, which are trimmed as the full
/// pass would (scrapers indent or leave a space at the end of ~1 line in 6, a third of the text). `None`
/// when the full per-character pass is needed.
fn ordinary_line(raw: &str) -> Option<Ordinary<'_>> {
    let text = raw.trim_matches(' ');
    let (plain, check_nfc) = scan(text.as_bytes());
    // A line of spaces only is indented and open-ended, as in the full pass.
    let indent = u16::try_from(raw.len() - raw.trim_start_matches(' ').len()).unwrap_or(u16::MAX);
    plain.then_some(Ordinary { text, indented: indent > 0, indent, open_end: raw.ends_with(' '), check_nfc })
}

/// Judges every byte of `b` with the two after it: whether nothing needs mapping, dropping or collapsing,
/// and whether some character is not surely an NFC-stable starter. Runs over nearly every byte of every seed:
/// with AVX2 (x86-64 CPUs since 2013; detected at run time, as a standard build targets SSE2 only) the same
/// loop is compiled again for 32-byte vectors, which halves its instructions (`scan_bytes` says why it is
/// branch-free).
fn scan(b: &[u8]) -> (bool, bool) {
    #[cfg(target_arch = "x86_64")]
    if std::arch::is_x86_feature_detected!("avx2") {
        // SAFETY: `scan_avx2` is safe code whose only requirement (as a `target_feature` function) is that the
        // CPU has AVX2, which was just checked.
        return unsafe { scan_avx2(b) };
    }
    scan_bytes(b)
}

/// `scan_bytes` compiled for AVX2.
#[cfg(target_arch = "x86_64")]
#[target_feature(enable = "avx2")]
fn scan_avx2(b: &[u8]) -> (bool, bool) {
    scan_bytes(b)
}

/// `scan` in portable code. The loop is branch-free so that the compiler vectorises it: a byte-by-byte
/// `match` with early exits was most of `clean`'s time.
#[inline(always)]
fn scan_bytes(b: &[u8]) -> (bool, bool) {
    let (mut odd, mut nfc) = (false, false);
    let m = b.len().saturating_sub(2);
    if m > 0 {
        let (x, y, z) = (&b[..m], &b[1..m + 1], &b[2..m + 2]);
        for i in 0..m {
            let (o, n) = judge(x[i], y[i], z[i]);
            odd |= o;
            nfc |= n;
        }
    }
    // The last bytes, with zeros after them as for a byte that ends the text.
    let mut tail = [0u8; 4];
    tail[..b.len() - m].copy_from_slice(&b[m..]);
    for i in 0..b.len() - m {
        let (o, n) = judge(tail[i], tail[i + 1], tail[i + 2]);
        odd |= o;
        nfc |= n;
    }
    (!odd, nfc)
}

/// One byte `x` followed by `y` and `z`: (something to map, drop or collapse starts here; a character that
/// NFC has to look at starts here). Bitwise operators only, no branches (see `scan`).
#[inline(always)]
fn judge(x: u8, y: u8, z: u8) -> (bool, bool) {
    // Controls, entities and U+0080–U+00BF (C1 controls, NBSP, soft hyphen) need the full pass, and so do
    // U+3000–U+3FFF and U+F000–U+FFFF (ideographic space, BOM, …) and double spaces.
    let odd = (x < 0x20) | (x == 0x7F) | (x == b'&') | (x == 0xC2) | (x == 0xE3) | (x == 0xEF) | (x == b' ') & (y == b' ')
        // Vietnamese precomposed letters U+1E00–U+1EFF are safe; anything else in E1 may be an odd space.
        | (x == 0xE1) & (y.wrapping_sub(0xB8) > 3)
        // U+2010–U+2027 and U+2030–U+203F punctuation is safe; U+2000–U+200F and U+2028–U+202F are spaces
        // or invisible.
        | (x == 0xE2) & ((y != 0x80) | (z.wrapping_sub(0x90) >= 0x18) & (z.wrapping_sub(0xB0) >= 0x10));
    // U+0300–U+07FF (combining marks, Greek, Cyrillic, …) and the rest of the 3- and 4-byte range: let NFC
    // decide.
    let nfc = (x.wrapping_sub(0xCC) < 0x14) | (x == 0xE0) | (x.wrapping_sub(0xE4) < 0x0B) | (x >= 0xF0);
    (odd, nfc)
}

fn clean_line(no: usize, raw: &str, tone_style: Option<ToneStyle>, counter: &mut Counter) -> Line {
    match ordinary_line(raw) {
        Some(o) => {
            let mut line =
                finish_line(no, o.text.to_string(), o.indented, o.open_end, o.check_nfc, tone_style, counter);
            line.indent = o.indent;
            line
        }
        None => clean_line_fully(no, raw, tone_style, counter),
    }
}

/// The per-character pass, for lines with something to map, drop or collapse.
fn clean_line_fully(no: usize, raw: &str, tone_style: Option<ToneStyle>, counter: &mut Counter) -> Line {
    let text = decode_entities(raw, counter);
    // One pass: map odd spaces and C1 punctuation, drop invisible and control characters, collapse runs of
    // spaces, and note whether NFC needs checking at all.
    let mut out = String::with_capacity(text.len());
    let (mut indented, mut open_end, mut pending_space, mut check_nfc) = (false, false, false, false);
    let mut indent: u16 = 0;
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // A run of characters kept as they are (`judge` finds nothing to map, drop or collapse in it; single
        // spaces inside it stay single spaces) is copied at once: most of such a line is ordinary text with one
        // double space, tab or entity somewhere. The run starts and ends with no space, so the space logic
        // below sees only its first character's effect (a pending space written before it).
        if bytes[at] != b' ' {
            let mut end = at;
            let mut nfc = false;
            // 64, then 32 bytes at a time through the vectorised `judge` while none needs attention, then byte
            // by byte through the next 66 bytes at most, and so on: a block can fail only on its last two bytes,
            // which are judged with a lookahead of zeros (a Vietnamese letter `E1 xx` there), and the bytes after
            // such a false alarm go back to the blocks. (When the byte loop ran on to the line's end, these
            // lines, 1,700 bytes on average in the benches' text, went mostly byte by byte.) 64-byte blocks
            // first: a call per 32 bytes cost a third of these lines' time.
            'run: loop {
                for size in [64, 32] {
                    while let Some(block) = bytes.get(end..end + size + 2) {
                        let (plain, n) = scan(block);
                        if !plain {
                            break;
                        }
                        nfc |= n;
                        end += size;
                    }
                }
                let stop = bytes.len().min(end + 66);
                while end < stop {
                    // Printable ASCII but `&` and continuation bytes are plain whatever follows them.
                    let x = bytes[end];
                    if (x > b' ' && x < 0x7F && x != b'&') || (0x80..0xC0).contains(&x) {
                        end += 1;
                        continue;
                    }
                    let at_ = |k: usize| bytes.get(end + k).copied().unwrap_or(0);
                    let (odd, n) = judge(bytes[end], at_(1), at_(2));
                    if odd {
                        break 'run;
                    }
                    nfc |= n;
                    end += 1;
                }
                if end == bytes.len() {
                    break;
                }
            }
            while end > at && bytes[end - 1] == b' ' {
                end -= 1;
            }
            if end > at {
                if pending_space {
                    out.push(' ');
                    pending_space = false;
                }
                open_end = false;
                // For bytes `judge` passes, its NFC flag is `!is_nfc_safe` of the character they start.
                check_nfc |= nfc;
                out.push_str(&text[at..end]);
                at = end;
                continue;
            }
        }
        let Some(c) = text[at..].chars().next() else { break };
        at += c.len_utf8();
        let mapped = match c {
            '\t' | ' ' => ' ',
            c if is_odd_space(c) => {
                counter.add("odd-spaces", 1);
                ' '
            }
            c if is_invisible(c) => {
                counter.add("invisible-chars", 1);
                continue;
            }
            '\u{80}'..='\u{9F}' => match c1_to_cp1252(c) {
                Some(p) => {
                    counter.add("c1-as-cp1252", 1);
                    p
                }
                None => {
                    counter.add("control-chars", 1);
                    continue;
                }
            },
            c if c.is_control() => {
                counter.add("control-chars", 1);
                continue;
            }
            c => c,
        };
        if mapped == ' ' {
            indented |= out.is_empty() && !pending_space && !open_end;
            if out.is_empty() {
                indent = indent.saturating_add(1);
            }
            pending_space = !out.is_empty();
            open_end = true;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        open_end = false;
        check_nfc |= !is_nfc_safe(mapped);
        out.push(mapped);
    }
    let mut line = finish_line(no, out, indented, open_end, check_nfc, tone_style, counter);
    line.indent = indent;
    line
}

/// NFC (when it may be needed), doubled marks and tone style: the steps after mapping.
fn finish_line(
    no: usize,
    mut text: String,
    indented: bool,
    open_end: bool,
    check_nfc: bool,
    tone_style: Option<ToneStyle>,
    counter: &mut Counter,
) -> Line {
    if check_nfc && is_nfc_quick(text.chars()) != IsNormalized::Yes {
        if let Some(nfc) = nfc_around_unsafe(&text) {
            counter.add("nfc", 1);
            text = nfc;
        }
        let (undoubled, dropped) = drop_doubled(&text);
        counter.add("doubled-marks", dropped);
        text = undoubled;
    }
    if let Some(style) = tone_style {
        let (restyled, moved) = tone::apply(&text, style);
        counter.add("tone-style", moved);
        text = restyled;
    }
    Line { no, text, indented, open_end, indent: 0 }
}

/// `text` in NFC, or `None` when it is already: only the stretches from the last NFC-stable starter
/// (`is_nfc_safe`) before a character that is not one, up to the next such starter, go through
/// normalisation; the rest is copied. Exact, because normalisation never reaches across a character that has
/// combining class 0 and composes with nothing before it (a "boundary" of UAX #15), which every `is_nfc_safe`
/// character is. A decomposed line (`Vie` U+0302 U+0323 `t`) has a mark every few letters, but most of its
/// text is still copied, and normalising it whole through `unicode_normalization`'s iterators was a quarter
/// of `clean`'s time on the benches' text.
fn nfc_around_unsafe(text: &str) -> Option<String> {
    let mut out = String::new();
    // `text[..done]` is in `out`; `safe` is where the last NFC-stable starter begins.
    let (mut done, mut safe, mut changed) = (0, 0, false);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if is_nfc_safe(c) {
            safe = i;
            continue;
        }
        // The segment: from the starter just before `c` (the character before it is one: a segment takes
        // every character up to the next starter) or the text's start, to the next starter.
        let start = if i == 0 { 0 } else { safe };
        let mut end = text.len();
        while let Some(&(j, d)) = chars.peek() {
            if is_nfc_safe(d) {
                end = j;
                break;
            }
            chars.next();
        }
        let segment = &text[start..end];
        out.push_str(&text[done..start]);
        let before = out.len();
        out.extend(segment.nfc());
        changed |= out[before..] != *segment;
        done = end;
    }
    if !changed {
        return None;
    }
    out.push_str(&text[done..]);
    Some(out)
}

/// Decodes HTML character references (`&nbsp;`, `&amp;`, `&#193;`) left as text by scrapers. Only complete,
/// known references are decoded, so `NN&PTNT;` stays as it is.
fn decode_entities(raw: &str, counter: &mut Counter) -> String {
    if memchr::memchr(b'&', raw.as_bytes()).is_none() {
        return raw.to_owned();
    }
    let decoded = html_escape::decode_html_entities(raw);
    if decoded != raw {
        counter.add("html-entities", count_refs(raw).saturating_sub(count_refs(&decoded)));
    }
    decoded.into_owned()
}

/// Counts `&name;` / `&#123;` shapes.
fn count_refs(s: &str) -> usize {
    s.split('&')
        .skip(1)
        .filter(|rest| {
            let body = rest.split(';').next().unwrap_or("");
            rest.contains(';')
                && !body.is_empty()
                && body.len() <= 10
                && body.chars().all(|c| c.is_ascii_alphanumeric() || c == '#')
        })
        .count()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<String> {
        clean(s).lines.into_iter().map(|l| l.text).collect()
    }

    fn repair(s: &str, kind: &str) -> usize {
        clean(s).repairs.iter().find(|r| r.kind == kind).map_or(0, |r| r.count)
    }

    #[test]
    fn nfc_around_unsafe_is_nfc() {
        for s in [
            "Vie\u{302}\u{323}t Nam ho\u{300}a bi\u{300}nh",
            "\u{301}a",
            "a\u{323}\u{302}\u{301}",
            "e\u{301}\u{301}",
            "Hà Nội",
            "\u{1100}\u{1161}\u{11A8} x \u{AC00}\u{11A8}",
            "ê\u{323} ơ\u{309} ư\u{303}",
            "Ω \u{212B} \u{F900} \u{0958} \u{2126}",
            "x\u{300}",
            "\u{300}",
            "a\u{0345}\u{300}\u{316}",
            "1\u{20DD} ả ạ\u{31B}",
        ] {
            let expected: String = s.nfc().collect();
            let got = nfc_around_unsafe(s);
            assert_eq!(got.as_deref().unwrap_or(s), expected, "{s:?}");
            assert_eq!(got.is_some(), expected != s, "{s:?}");
        }
    }

    #[test]
    fn c1_mapping_is_total() {
        assert_eq!(c1_to_cp1252('\u{92}'), Some('’'));
        assert_eq!(c1_to_cp1252('\u{81}'), None, "undefined in windows-1252");
        assert_eq!(c1_to_cp1252('a'), None);
        assert_eq!(c1_to_cp1252('\u{A0}'), None);
        assert_eq!(c1_to_cp1252('ệ'), None);
    }

    #[test]
    fn nfd_and_misordered_marks_become_nfc() {
        // e + dot below + circumflex (non-canonical order as in underthesea_unc) and plain NFD.
        assert_eq!(texts("vi\u{1EB9}\u{302}t Nam A\u{309}nh"), vec!["việt Nam Ảnh"]);
        assert_eq!(repair("A\u{309}nh", "nfc"), 1);
    }

    #[test]
    fn doubled_marks_and_tone_style() {
        assert_eq!(texts("giá\u{301} chuyệ\u{323}n"), vec!["giá chuyện"]);
        assert_eq!(repair("giá\u{301} chuyệ\u{323}n", "doubled-marks"), 2);
        assert_eq!(texts("gia\u{341}"), vec!["giá"]);
        let c = clean_with("Hòa bình khỏe", Some(ToneStyle::New));
        assert_eq!(c.lines[0].text, "Hoà bình khoẻ");
        assert_eq!(c.repairs, vec![Repair { kind: "tone-style".into(), count: 2 }]);
        assert_eq!(texts("Hòa hoà"), vec!["Hòa hoà"]);
    }

    #[test]
    fn c1_quotes_control_chars_and_invisible_chars() {
        assert_eq!(texts("chạy \u{92}té khói\u{92}"), vec!["chạy ’té khói’"]);
        assert_eq!(texts("\u{8}\"Anh chị\u{200B} ơi\u{A0}nhé"), vec!["\"Anh chị ơi nhé"]);
        assert_eq!(repair("\u{8}a", "control-chars"), 1);
    }

    #[test]
    fn entities_are_decoded_but_lookalikes_kept() {
        assert_eq!(
            texts("Bộ NN&PTNT; &quot;Xin chào&quot;&nbsp;bạn &amp; tôi &#193;"),
            vec!["Bộ NN&PTNT; \"Xin chào\" bạn & tôi Á"]
        );
    }

    /// The byte-by-byte decision `scan` replaces: `None` for the full pass, else whether NFC needs checking.
    fn scan_reference(b: &[u8]) -> Option<bool> {
        let mut check_nfc = false;
        for i in 0..b.len() {
            match b[i] {
                0x00..=0x1F | 0x7F | b'&' | 0xC2 => return None,
                b' ' if b.get(i + 1) == Some(&b' ') => return None,
                0xCC..=0xDF => check_nfc = true,
                0xE1 if matches!(b.get(i + 1), Some(0xB8..=0xBB)) => {}
                0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x90..=0xA7 | 0xB0..=0xBF)) => {}
                0xE1 | 0xE2 | 0xE3 | 0xEF => return None,
                0xE0 | 0xE4..=0xEE | 0xF0..=0xFF => check_nfc = true,
                _ => {}
            }
        }
        Some(check_nfc)
    }

    #[test]
    fn scan_agrees_with_the_byte_by_byte_reference() {
        let as_option = |(plain, nfc): (bool, bool)| plain.then_some(nfc);
        for x in 0..=255u8 {
            for y in 0..=255u8 {
                for z in [0x00, b' ', b'a', 0x80, 0x8F, 0x90, 0xA7, 0xA8, 0xAF, 0xB0, 0xBF, 0xC0, 0xE1, 0xE2] {
                    for bytes in [&[x, y, z][..], &[b'a', b'b', b'c', x, y, z, b'd'], &[x, y], &[y, x]] {
                        assert_eq!(as_option(scan(bytes)), scan_reference(bytes), "{bytes:x?}");
                    }
                }
            }
        }
        assert_eq!(as_option(scan(b"")), Some(false));
        assert_eq!(as_option(scan(&[0xE1])), None);
    }

    #[test]
    fn fast_path_agrees_with_the_full_pass() {
        let lines = [
            "",
            " ",
            "   ",
            "Tổng Bí thư",
            " Tổng Bí thư",
            "Tổng Bí thư ",
            "  Ảnh: TTXVN   ",
            " A\u{309}nh ",
            "“Hà Nội” – 2015…",
            " x y ",
            "a  b",
            " a\u{A0}b ",
            "\tcăn hộ",
            " &amp; ",
        ];
        for line in lines {
            let (mut fast, mut full) = (Counter::default(), Counter::default());
            let fast_line = clean_line(7, line, None, &mut fast);
            assert_eq!(fast_line, clean_line_fully(7, line, None, &mut full), "{line:?}");
            assert_eq!(fast.0, full.0, "{line:?}");
        }
        assert!(ordinary_line("  Ảnh: TTXVN   ").is_some() && ordinary_line(" ").is_some());
        assert!(ordinary_line("a  b").is_none() && ordinary_line(" a\u{A0}b ").is_none());
    }

    #[test]
    fn chunks_clean_as_one_pass_does() {
        // Tags spread over lines (across chunk ends too), CRLF, NFD, entities, odd spaces, blank lines.
        let text = "Dòng <p class=\"x\n  y\">một</p>\r\nHa\u{300} Nô\u{323}i &amp; phố\u{a0}cổ\n\n<img\nsrc=a>cuối\n  thụt  vào  \n"
            .repeat(5);
        let whole = {
            let mut counter = Counter::default();
            (clean_lines(&text, false, None, &mut counter), counter.0)
        };
        for chunk in [1, 5, 17, 64] {
            let mut counter = Counter::default();
            let lines = clean_chunked(&text, chunk, None, &mut counter);
            assert_eq!((lines, counter.0), whole, "chunk {chunk}");
        }
    }

    #[test]
    fn a_lines_indent_is_counted_in_either_pass() {
        // The fast pass (plain spaces and text), and the full one (a tab, a no-break space, an entity, a
        // double space inside): each leading whitespace character counts one column.
        let c = clean("                                   Fix Sleep\n\t  Ngày\u{a0}mới  đến\n   &nbsp;Tin\nx");
        let indents: Vec<u16> = c.lines.iter().map(|l| l.indent).collect();
        assert_eq!(indents, [35, 3, 4, 0]);
        assert_eq!(c.lines[1].text, "Ngày mới đến");
        assert!(c.lines[..3].iter().all(|l| l.indented));
    }

    #[test]
    fn line_numbers_and_whitespace_flags_survive() {
        let c = clean(" Honda MSX 125\r\ntại Sài Gòn  \r\n\r\nx");
        assert_eq!(c.lines.len(), 4);
        assert!(c.lines[0].indented && !c.lines[0].open_end);
        assert!(c.lines[1].open_end);
        assert_eq!(c.lines[3].no, 4);
        assert_eq!(repair(" a\r\nb", "crlf"), 1);
    }
}
