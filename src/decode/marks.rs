//! Doubled combining marks: a letter that already carries a mark followed by the same mark again
//! (`giá` + U+0301, `chuyệ` + U+0323), which keyboards and converters produce and NFC cannot compose away.
//! The repeated mark is dropped and counted (`doubled-marks`): it adds nothing a reader could see except a
//! rendering glitch. A *different* extra tone on a toned letter is left alone (which tone was meant is a
//! guess; `SC007` reports the text as not NFC). Deprecated U+0340/U+0341 are already U+0300/U+0301 after NFC.

use unicode_normalization::char::decompose_canonical;

fn is_combining(c: char) -> bool {
    ('\u{300}'..='\u{36F}').contains(&c)
}

/// Removes marks that repeat one their letter already has (input NFC); returns the text and how many.
pub fn drop_doubled(text: &str) -> (String, usize) {
    if !text.chars().any(is_combining) {
        return (text.to_owned(), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut dropped = 0;
    // The marks the current letter carries, precomposed and combining.
    let mut marks: Vec<char> = Vec::new();
    for c in text.chars() {
        if is_combining(c) {
            if marks.contains(&c) {
                dropped += 1;
                continue;
            }
            marks.push(c);
        } else {
            marks.clear();
            decompose_canonical(c, |d| {
                if is_combining(d) {
                    marks.push(d);
                }
            });
        }
        out.push(c);
    }
    (out, dropped)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_mark_twice_is_dropped() {
        assert_eq!(drop_doubled("giá\u{301} vàng"), ("giá vàng".to_string(), 1));
        assert_eq!(drop_doubled("chuyệ\u{323}n"), ("chuyện".to_string(), 1));
        assert_eq!(drop_doubled("a\u{301}\u{301}"), ("a\u{301}".to_string(), 1));
    }

    #[test]
    fn different_or_needed_marks_stay() {
        assert_eq!(drop_doubled("á\u{300}").1, 0);
        assert_eq!(drop_doubled("Hà Nội").1, 0);
        assert_eq!(drop_doubled("e\u{302}").1, 0);
    }
}
