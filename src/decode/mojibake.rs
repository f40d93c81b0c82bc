//! Mojibake repair: UTF-8 that some program read as windows-1252 (or Latin-1) and saved again as UTF-8, once
//! or twice (`Tá»•ng BÃ­ thÆ°` → `Tổng Bí thư`). Undoing a layer maps every character back to the byte
//! windows-1252 or Latin-1 gives it (so the five bytes windows-1252 leaves undefined, which survive as
//! U+0081 U+008D U+008F U+0090 U+009D, come back too) and reads the bytes as UTF-8 again.
//!
//! Line by line, and only on evidence: the bytes must be valid UTF-8 (clean text almost never is: its
//! Vietnamese letters outside Latin-1 cannot even be mapped back, and Latin-1 letters do not pair up into
//! valid multi-byte sequences by chance), forming at least two multi-byte characters, or one letter beyond
//! Latin-1, or else a line that scores at least as well as Vietnamese (`vietnamese::score`). This runs at
//! decode time, before `clean` maps C1 controls to windows-1252 punctuation, which stays right for genuine
//! cases (U+0092 as an apostrophe).
//!
//! This is on the hot path of every UTF-8 seed, so a layer is undone on the UTF-8 bytes directly (no `char`
//! decoding, no per-line allocation: two buffers are reused for the whole text), and candidates are validated
//! as UTF-8 with encoding_rs's SIMD validator (`super::utf8`).

use super::utf8;
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

/// Buffers reused from line to line: the line as repaired so far, and the bytes of the next layer.
#[derive(Default)]
struct Scratch {
    fixed: String,
    bytes: Vec<u8>,
}

/// Repairs every mojibake line of `text`; `None` when there is nothing to repair.
pub fn repair(text: &str) -> Option<(String, Mojibake)> {
    let mut out: Option<(String, Mojibake)> = None;
    let mut scratch = Scratch::default();
    let mut done = 0; // bytes of `text` already copied into `out`
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let Some((layers, chars)) = repair_line(line, &mut scratch) else { continue };
        let (buf, m) = out.get_or_insert_with(|| {
            let first = start;
            (String::with_capacity(text.len()), Mojibake { first, ..Mojibake::default() })
        });
        buf.push_str(&text[done..start]);
        buf.push_str(&scratch.fixed);
        done = offset;
        m.lines += 1;
        m.layers = m.layers.max(layers);
        m.chars += chars;
    }
    let (mut buf, m) = out?;
    buf.push_str(&text[done..]);
    Some((buf, m))
}

/// Undoes as many layers as the evidence supports, leaving the result in `scratch.fixed`; returns how many
/// layers, and the non-ASCII characters of the result. `None` when there was nothing to undo.
fn repair_line(line: &str, scratch: &mut Scratch) -> Option<(usize, usize)> {
    let mut done = None;
    for layers in 1..=MAX_LAYERS {
        let src = if layers == 1 { line } else { scratch.fixed.as_str() };
        let Some((n, sequences)) = undo_layer(src.as_bytes(), &mut scratch.bytes) else { break };
        let next = match utf8(&scratch.bytes[..n]) {
            Some(next) => next,
            None => {
                restore_nbsp(&mut scratch.bytes[..n]);
                let Some(next) = utf8(&scratch.bytes[..n]) else { break };
                next
            }
        };
        if !evident(src, next, sequences) {
            break;
        }
        scratch.fixed.clear();
        scratch.fixed.push_str(next);
        done = Some((layers, sequences));
    }
    done
}

/// Is `next` (one layer undone from `src`, with `sequences` multi-byte characters) a repair? Two or more
/// multi-byte sequences that all came out valid are evidence enough (clean text does not do that by chance);
/// so is one that yields a letter Latin-1 could not have shown directly; anything less must also read at
/// least as well as Vietnamese.
fn evident(src: &str, next: &str, sequences: usize) -> bool {
    sequences >= 2
        || next.chars().any(|c| u32::from(c) > 0xFF && c.is_alphabetic())
        || score(next).key() >= score(src).key()
}

/// One layer back, into `out[..n]`: every character of `src` (UTF-8) → the windows-1252/Latin-1 byte that
/// shows as it. Works on the encoded bytes: U+0000–U+00FF (ASCII, `C2 xx`, `C3 xx`) are their own byte, and
/// the 27 windows-1252 characters beyond (`Œ` … `™`, 2- or 3-byte sequences led by C5, C6, CB or E2) are
/// looked up. `None` when a character has no such byte (clean Vietnamese fails at its first letter beyond
/// Latin-1) or when `src` is all ASCII (nothing to undo). Else `n` and the count of bytes from 0xC0 up in
/// `out[..n]`, i.e. of the multi-byte characters it holds if it is UTF-8: only `C3 xx` gives such a byte.
///
/// This loop is the hot path of mojibake repair: it writes by index into a buffer that only ever grows
/// (`push` and clearing per line cost more than the mapping). A 256-entry lead table with one look-up per
/// character measured slower than this `match`.
fn undo_layer(src: &[u8], out: &mut Vec<u8>) -> Option<(usize, usize)> {
    if out.len() < src.len() {
        out.resize(src.len(), 0); // every character gives one byte
    }
    let (mut n, mut leads) = (0, 0);
    let mut bytes = src.iter();
    while let Some(&b) = bytes.next() {
        out[n] = match b {
            0x00..=0x7F => b,
            0xC2 => *bytes.next()?,
            0xC3 => {
                leads += 1;
                bytes.next()? + 0x40
            }
            0xC5 | 0xC6 | 0xCB => {
                let c = u32::from(b & 0x1F) << 6 | u32::from(bytes.next()? & 0x3F);
                cp1252_special(c)?
            }
            0xE2 => {
                let (b1, b2) = (bytes.next()?, bytes.next()?);
                cp1252_special(0x2000 | u32::from(b1 & 0x3F) << 6 | u32::from(b2 & 0x3F))?
            }
            _ => return None,
        };
        n += 1;
    }
    // As many bytes as characters: every character was one byte already, i.e. ASCII.
    (n < src.len()).then_some((n, leads))
}

/// The windows-1252 byte (0x80–0x9F) of a character beyond Latin-1, by code point. Hand-written because
/// encoding_rs only encodes whole strings (and would refuse the C1 controls kept for undefined bytes); the
/// tests check it against encoding_rs's windows-1252 and against `clean::c1_to_cp1252`.
fn cp1252_special(c: u32) -> Option<u8> {
    Some(match c {
        0x20AC => 0x80, // €
        0x201A => 0x82, // ‚
        0x0192 => 0x83, // ƒ
        0x201E => 0x84, // „
        0x2026 => 0x85, // …
        0x2020 => 0x86, // †
        0x2021 => 0x87, // ‡
        0x02C6 => 0x88, // ˆ
        0x2030 => 0x89, // ‰
        0x0160 => 0x8A, // Š
        0x2039 => 0x8B, // ‹
        0x0152 => 0x8C, // Œ
        0x017D => 0x8E, // Ž
        0x2018 => 0x91, // ‘
        0x2019 => 0x92, // ’
        0x201C => 0x93, // “
        0x201D => 0x94, // ”
        0x2022 => 0x95, // •
        0x2013 => 0x96, // –
        0x2014 => 0x97, // —
        0x02DC => 0x98, // ˜
        0x2122 => 0x99, // ™
        0x0161 => 0x9A, // š
        0x203A => 0x9B, // ›
        0x0153 => 0x9C, // œ
        0x017E => 0x9E, // ž
        0x0178 => 0x9F, // Ÿ
        _ => return None,
    })
}

/// Mojibake often lost its no-break spaces (`à` = C3 A0 shows as `Ã` + NBSP) to plain spaces on the way: a
/// space where a UTF-8 continuation byte must be is put back as 0xA0.
fn restore_nbsp(bytes: &mut [u8]) {
    let mut need = 0;
    for b in bytes {
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
}

#[cfg(test)]
mod tests {
    use super::super::clean::c1_to_cp1252;
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

    /// The byte one layer back gives a single character, or `None`.
    fn byte_of(c: char) -> Option<u8> {
        let mut out = Vec::new();
        undo_layer(c.encode_utf8(&mut [0; 4]).as_bytes(), &mut out).map(|(n, _)| {
            assert_eq!(n, 1);
            out[0]
        })
    }

    #[test]
    fn inverse_table_agrees_with_encoding_rs() {
        for c in '\u{80}'..=char::MAX {
            let mut utf8 = [0; 4];
            let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut utf8));
            match byte_of(c) {
                // Everything windows-1252 encodes comes back as the same byte…
                Some(b) if !unmappable => assert_eq!(&*bytes, [b], "{c:?}"),
                // …and beyond that only Latin-1: U+0080–U+009F whose byte windows-1252 spends on `€`, `’` etc.
                Some(b) => assert!(u32::from(c) < 0x100 && u32::from(b) == u32::from(c), "{c:?}"),
                None => assert!(unmappable && u32::from(c) > 0xFF, "{c:?}"),
            }
        }
        for b in 0x80..=0xFFu8 {
            let shown = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&[b]).0.chars().next().unwrap();
            assert_eq!(byte_of(shown), Some(b), "{b:#x}");
        }
        for b in 0x80..0xA0u8 {
            if let Some(p) = c1_to_cp1252(char::from(b)) {
                assert_eq!(byte_of(p), Some(b), "{b:#x}");
            }
        }
        assert_eq!(byte_of('a'), None, "all ASCII is nothing to undo");
    }

    #[test]
    fn undo_counts_the_multi_byte_characters_it_yields() {
        for s in ["Tổng Bí thư € 𝕏 ‘’ ©", "Ãx", "é"] {
            let mut out = Vec::new();
            let (n, leads) = undo_layer(garble(s).as_bytes(), &mut out).unwrap();
            assert_eq!((leads, &out[..n]), (s.chars().filter(|c| !c.is_ascii()).count(), s.as_bytes()));
        }
    }

    #[test]
    fn clean_text_is_never_touched() {
        for clean in [TEXT, "Café « Paris » © 2015", "chạy \u{92}té khói\u{92}", "Ô.", "Â"] {
            assert_eq!(repair(clean), None, "{clean}");
        }
    }
}
