//! Mojibake repair: UTF-8 that some program read as windows-1252 (or Latin-1) and saved again as UTF-8, once
//! or twice (`Tá»•ng BÃ­ thÆ°` → `Tổng Bí thư`). Undoing a layer maps every character back to the byte
//! windows-1252 or Latin-1 gives it (so the five bytes windows-1252 leaves undefined, which survive as
//! U+0081 U+008D U+008F U+0090 U+009D, come back too) and reads the bytes as UTF-8 again.
//!
//! Line by line, and only on evidence: the bytes must be valid UTF-8 (clean text almost never is: its
//! Vietnamese letters outside Latin-1 cannot even be mapped back, and Latin-1 letters do not pair up into
//! valid multi-byte sequences by chance), forming at least two multi-byte characters, or one letter beyond
//! Latin-1, or else a line that scores at least as well as Vietnamese (`vietnamese::score`). This runs at decode time, before `clean` maps C1
//! controls to windows-1252 punctuation, which stays right for genuine cases (U+0092 as an apostrophe).

use super::clean::c1_to_cp1252;
use super::vietnamese::score;

/// At most this many layers are undone on one line.
const MAX_LAYERS: usize = 3;

/// What a repair did.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Mojibake {
    /// Lines repaired.
    pub lines: usize,
    /// The most layers undone on one line.
    pub layers: usize,
    /// Non-ASCII characters recovered (the `mojibake` repair count).
    pub chars: usize,
    /// Byte offset, in the repaired text, of the first repaired line.
    pub first: usize,
}

/// Repairs every mojibake line of `text`; `None` when there is nothing to repair.
pub fn repair(text: &str) -> Option<(String, Mojibake)> {
    let mut out: Option<(String, Mojibake)> = None;
    let mut done = 0; // bytes of `text` already copied into `out`
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let Some((fixed, layers)) = repair_line(line) else { continue };
        let (buf, m) = out.get_or_insert_with(|| {
            let first = start;
            (String::with_capacity(text.len()), Mojibake { first, ..Mojibake::default() })
        });
        buf.push_str(&text[done..start]);
        buf.push_str(&fixed);
        done = offset;
        m.lines += 1;
        m.layers = m.layers.max(layers);
        m.chars += fixed.chars().filter(|c| !c.is_ascii()).count();
    }
    let (mut buf, m) = out?;
    buf.push_str(&text[done..]);
    Some((buf, m))
}

/// Undoes as many layers as the evidence supports.
fn repair_line(line: &str) -> Option<(String, usize)> {
    let mut current: Option<String> = None;
    let mut layers = 0;
    while layers < MAX_LAYERS {
        let src = current.as_deref().unwrap_or(line);
        let Some(next) = undo_layer(src) else { break };
        // Two or more multi-byte sequences that all come out valid are evidence enough (clean text does not
        // do that by chance); so is one that yields a letter Latin-1 could not have shown directly; anything
        // less must also read at least as well as Vietnamese.
        let sequences = next.chars().filter(|c| !c.is_ascii()).take(2).count();
        if sequences < 2
            && !next.chars().any(|c| u32::from(c) > 0xFF && c.is_alphabetic())
            && score(&next).key() < score(src).key()
        {
            break;
        }
        current = Some(next);
        layers += 1;
    }
    current.map(|s| (s, layers))
}

/// One layer back: characters → windows-1252/Latin-1 bytes → UTF-8. `None` if that is impossible.
fn undo_layer(line: &str) -> Option<String> {
    if line.is_ascii() {
        return None;
    }
    let mut bytes = Vec::with_capacity(line.len());
    for c in line.chars() {
        bytes.push(to_byte(c)?);
    }
    match String::from_utf8(bytes) {
        Ok(s) => Some(s),
        Err(e) => String::from_utf8(restore_nbsp(e.into_bytes())).ok(),
    }
}

fn to_byte(c: char) -> Option<u8> {
    if let Ok(b) = u8::try_from(c) {
        return Some(b);
    }
    if !matches!(c, '\u{152}'..='\u{2122}') {
        return None; // outside the span of windows-1252's 0x80–0x9F characters (Œ … ™)
    }
    (0x80..=0x9Fu8).find(|&b| c1_to_cp1252(char::from(b)) == Some(c))
}

/// Mojibake often lost its no-break spaces (`à` = C3 A0 shows as `Ã` + NBSP) to plain spaces on the way: a
/// space where a UTF-8 continuation byte must be is put back as 0xA0.
fn restore_nbsp(mut bytes: Vec<u8>) -> Vec<u8> {
    let mut need = 0;
    for b in &mut bytes {
        match *b {
            0x20 if need > 0 => {
                *b = 0xA0;
                need -= 1;
            }
            0x80..=0xBF if need > 0 => need -= 1,
            0xC2..=0xDF => need = 1,
            0xE0..=0xEF => need = 2,
            0xF0..=0xF4 => need = 3,
            _ => need = 0,
        }
    }
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What a program reading UTF-8 as windows-1252 (WHATWG: undefined bytes become C1 controls) shows.
    fn garble(s: &str) -> String {
        encoding_rs::WINDOWS_1252.decode_without_bom_handling(s.as_bytes()).0.into_owned()
    }

    const TEXT: &str = "Tổng Bí thư Nguyễn Phú Trọng chủ trì hội nghị\nđổi mới, phát triển";

    #[test]
    fn one_and_two_layers_are_undone() {
        let one = garble(TEXT);
        assert!(one.contains('\u{8D}'), "Trọng has the byte 0x8D windows-1252 leaves undefined");
        let (fixed, m) = repair(&one).unwrap();
        assert_eq!((fixed.as_str(), m.layers, m.lines), (TEXT, 1, 2));
        let (fixed, m) = repair(&garble(&one)).unwrap();
        assert_eq!((fixed.as_str(), m.layers), (TEXT, 2));
    }

    #[test]
    fn only_broken_lines_change_and_lost_nbsp_is_restored() {
        let mixed = format!("Hà Nội\n{}\nvà", garble("Bộ Công Thương"));
        assert_eq!(repair(&mixed).unwrap().0, "Hà Nội\nBộ Công Thương\nvà");
        assert_eq!(repair("HÃ  Ná»™i").unwrap().0, "Hà Nội");
        assert_eq!(repair("T.Thá»§yTheo NDTV").unwrap().0, "T.ThủyTheo NDTV");
    }

    #[test]
    fn clean_text_is_never_touched() {
        for clean in [TEXT, "Café « Paris » © 2015", "chạy \u{92}té khói\u{92}", "Ô.", "Â"] {
            assert_eq!(repair(clean), None, "{clean}");
        }
    }
}
