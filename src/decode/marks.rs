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
///
/// Goes from mark to mark (memchr finds the lead bytes of U+0300–U+036F, `CC` and `CD`) rather than character
/// by character: only the letter before a run of marks is decomposed, and the text between runs is copied
/// as it is. (The lines that come here are long decomposed ones: character by character this was a tenth of
/// `clean` on the benches' text.)
pub fn drop_doubled(text: &str) -> (String, usize) {
    let mut out = String::new();
    let (mut done, mut dropped) = (0, 0);
    // The marks the current letter carries, precomposed and combining; `run_end` is where the last mark
    // seen ends (a mark starting there continues its run).
    let mut marks: Vec<char> = Vec::new();
    let mut run_end = usize::MAX;
    for i in memchr::memchr2_iter(0xCC, 0xCD, text.as_bytes()) {
        // `CC` and `CD` are lead bytes, so a character starts at `i`.
        let Some(c) = text[i..].chars().next().filter(|&c| is_combining(c)) else { continue };
        if i != run_end {
            // A new run: the character before it (if any) is its letter, and no mark.
            marks.clear();
            if let Some(letter) = text[..i].chars().next_back() {
                decompose_canonical(letter, |d| {
                    if is_combining(d) {
                        marks.push(d);
                    }
                });
            }
        }
        run_end = i + c.len_utf8();
        if marks.contains(&c) {
            if out.is_empty() {
                out.reserve(text.len());
            }
            out.push_str(&text[done..i]);
            done = run_end;
            dropped += 1;
        } else {
            marks.push(c);
        }
    }
    if dropped == 0 {
        return (text.to_owned(), 0);
    }
    out.push_str(&text[done..]);
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

    /// The character-by-character definition `drop_doubled` keeps to.
    fn reference(text: &str) -> (String, usize) {
        let (mut out, mut dropped, mut marks) = (String::new(), 0, Vec::new());
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

    #[test]
    fn agrees_with_the_character_by_character_reference() {
        for s in [
            "",
            "\u{301}",
            "\u{301}\u{301}a",
            "giá\u{301}\u{301} vàng",
            "chuyệ\u{323}\u{302}\u{323}n",
            "a\u{301}b\u{301}\u{301}",
            "Ά\u{301} ͱ\u{370}\u{301} ή\u{301}",
            "e\u{302}\u{301}\u{302}\u{301}x\u{36F}\u{36F}",
            "Hà Nội, ả\u{309}, ạ\u{323}\u{323}\u{323}",
        ] {
            assert_eq!(drop_doubled(s), reference(s), "{s:?}");
        }
    }

    #[test]
    fn different_or_needed_marks_stay() {
        assert_eq!(drop_doubled("á\u{300}").1, 0);
        assert_eq!(drop_doubled("Hà Nội").1, 0);
        assert_eq!(drop_doubled("e\u{302}").1, 0);
    }
}
