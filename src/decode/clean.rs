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
}

#[derive(Debug, Default)]
pub struct Cleaned {
    pub lines: Vec<Line>,
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
    T[(c as usize).checked_sub(0x80)?]
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
    counter.add("crlf", text.matches("\r\n").count());
    counter.add("cr", text.matches('\r').count() - text.matches("\r\n").count());
    let mut in_tag = false;
    let lines = lines_with_offsets(text)
        .into_iter()
        .enumerate()
        .map(|(i, (_, raw))| {
            let (untagged, tags) = super::tags::strip(raw, &mut in_tag);
            counter.add("html-tags", tags);
            clean_line(i + 1, &untagged, tone_style, &mut counter)
        })
        .collect();
    let repairs = counter.0.into_iter().map(|(kind, count)| Repair { kind: kind.to_string(), count }).collect();
    Cleaned { lines, repairs }
}

/// The common case, decided on bytes: a line with nothing to map, drop or collapse (no control or odd-space
/// bytes, no entity, no leading, trailing or double space). Returns whether NFC still needs checking (any
/// character that is not surely an NFC-stable starter), or `None` when the full per-character pass is needed.
fn ordinary_line(raw: &str) -> Option<bool> {
    let b = raw.as_bytes();
    if b.first() == Some(&b' ') || b.last() == Some(&b' ') {
        return None;
    }
    let mut check_nfc = false;
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            0x00..=0x1F | 0x7F | b'&' | 0xC2 => return None,
            b' ' if b.get(i + 1) == Some(&b' ') => return None,
            // U+0300–U+07FF from U+0300 on (combining marks, Greek, Cyrillic, …): let NFC decide.
            0xCC..=0xDF => check_nfc = true,
            // Vietnamese precomposed letters U+1E00–U+1EFF are safe; anything else in E1 may be an odd space.
            0xE1 if matches!(b.get(i + 1), Some(0xB8..=0xBB)) => {}
            // U+2010–U+203F punctuation is safe; U+2000–U+200F and U+2028–U+202F are spaces or invisible.
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0x90..=0xA7 | 0xB0..=0xBF)) => {}
            0xE1 | 0xE2 | 0xE3 | 0xEF => return None,
            0xE0 | 0xE4..=0xEE | 0xF0..=0xFF => check_nfc = true,
            _ => {}
        }
        i += 1;
    }
    Some(check_nfc)
}

fn clean_line(no: usize, raw: &str, tone_style: Option<ToneStyle>, counter: &mut Counter) -> Line {
    if let Some(check_nfc) = ordinary_line(raw) {
        return finish_line(no, raw.to_string(), false, false, check_nfc, tone_style, counter);
    }
    let text = decode_entities(raw, counter);
    // One pass: map odd spaces and C1 punctuation, drop invisible and control characters, collapse runs of
    // spaces, and note whether NFC needs checking at all.
    let mut out = String::with_capacity(text.len());
    let (mut indented, mut open_end, mut pending_space, mut check_nfc) = (false, false, false, false);
    for c in text.chars() {
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
    finish_line(no, out, indented, open_end, check_nfc, tone_style, counter)
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
        let nfc: String = text.nfc().collect();
        if nfc != text {
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
    Line { no, text, indented, open_end }
}

/// Decodes HTML character references (`&nbsp;`, `&amp;`, `&#193;`) left as text by scrapers. Only complete,
/// known references are decoded, so `NN&PTNT;` stays as it is.
fn decode_entities(raw: &str, counter: &mut Counter) -> String {
    if !raw.contains('&') {
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
