//! Tone-mark placement, `--tone-style old|new`. Vietnamese has two conventions for the open rhymes `oa`,
//! `oe`, `uy` (two vowels, no final consonant): the old style puts the tone on the first vowel (`hòa`,
//! `khỏe`, `thúy`), the new (1980s orthography reform) on the second (`hoà`, `khoẻ`, `thuý`). Nothing else
//! moves: with a final consonant (`hoàng`), three vowels (`hoài`), or `qu`/`gi` onsets (`quý`, `giờ`) the
//! place is the same in both styles. Default: keep the input's style.

use super::vietnamese::{is_syllable, letter};
use unicode_normalization::char::compose;

/// Where tone marks go in `oa`, `oe`, `uy`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToneStyle {
    /// `hòa`, `khỏe`, `thúy`.
    Old,
    /// `hoà`, `khoẻ`, `thuý`.
    New,
}

impl ToneStyle {
    /// The `--tone-style` values.
    pub const NAMES: [&'static str; 2] = ["old", "new"];

    /// The style called `name`.
    pub fn from_name(name: &str) -> Option<ToneStyle> {
        match name {
            "old" => Some(ToneStyle::Old),
            "new" => Some(ToneStyle::New),
            _ => None,
        }
    }
}

/// Rewrites every syllable of `line` that the style concerns; returns the text and how many words moved.
pub fn apply(line: &str, style: ToneStyle) -> (String, usize) {
    let mut out = String::with_capacity(line.len());
    let mut moved = 0;
    let mut word = String::new();
    for c in line.chars().chain(std::iter::once(' ')) {
        if c.is_alphabetic() {
            word.push(c);
            continue;
        }
        if let Some(w) = (!word.is_ascii()).then(|| restyle(&word, style)).flatten() {
            out.push_str(&w);
            moved += 1;
        } else {
            out.push_str(&word);
        }
        word.clear();
        out.push(c);
    }
    out.pop();
    (out, moved)
}

/// The word in `style`, if it is an `oa`/`oe`/`uy` syllable whose tone is on the other vowel.
fn restyle(word: &str, style: ToneStyle) -> Option<String> {
    let chars: Vec<char> = word.chars().collect();
    let n = chars.len();
    if n < 2 || !is_syllable(word) {
        return None;
    }
    let (first, tone1) = letter(chars[n - 2])?;
    let (second, tone2) = letter(chars[n - 1])?;
    if !matches!((first, second), ('o', 'a') | ('o', 'e') | ('u', 'y')) {
        return None;
    }
    if n >= 3 {
        let (before, _) = letter(chars[n - 3])?;
        if matches!(before, 'q' | 'a' | 'e' | 'i' | 'o' | 'u' | 'y') || "ăâêôơư".contains(before) {
            return None;
        }
    }
    let (from, to, tone) = match (style, tone1, tone2) {
        (ToneStyle::New, Some(t), None) => (n - 2, n - 1, t),
        (ToneStyle::Old, None, Some(t)) => (n - 1, n - 2, t),
        _ => return None,
    };
    let mut out = chars.clone();
    out[from] = with_tone(chars[from], None)?;
    out[to] = with_tone(chars[to], Some(tone))?;
    Some(out.into_iter().collect())
}

/// `c` with its tone replaced by `tone`, case kept.
fn with_tone(c: char, tone: Option<char>) -> Option<char> {
    let (base, _) = letter(c)?;
    let base = if c.is_uppercase() { base.to_uppercase().next()? } else { base };
    match tone {
        Some(t) => compose(base, t),
        None => Some(base),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn oa_oe_uy_move_both_ways() {
        let old = "Hòa bình, sức khỏe, Thúy Kiều, thủy điện, Ủy ban, HÒA";
        let new = "Hoà bình, sức khoẻ, Thuý Kiều, thuỷ điện, Uỷ ban, HOÀ";
        assert_eq!(apply(old, ToneStyle::New), (new.to_string(), 6));
        assert_eq!(apply(new, ToneStyle::Old), (old.to_string(), 6));
    }

    #[test]
    fn other_rhymes_never_move() {
        let text = "quý giờ hoàng hoài khuya quả tuỳ hoạ hóa";
        assert_eq!(apply(text, ToneStyle::New).0, "quý giờ hoàng hoài khuya quả tuỳ hoạ hoá");
        assert_eq!(apply("quý giờ hoàng hoài", ToneStyle::Old).1, 0);
        assert_eq!(apply("tuỳ hoạ", ToneStyle::Old).0, "tùy họa");
    }
}
