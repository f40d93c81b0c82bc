//! XML text helpers shared by the XML-based writers (EPUB's XHTML, TEI): escaping that keeps markup-looking
//! text as text, and removal of the characters XML 1.0 forbids (never written, whatever the input held).

use std::borrow::Cow;

/// True for characters XML 1.0 allows (`Char` production).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\u{9}' | '\u{A}' | '\u{D}' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// True when every character of `s` is one XML 1.0 allows, decided on bytes (a loop the compiler vectorises,
/// where a `char` loop made the XML writers' text handling their largest cost): in a Rust string the only
/// forbidden ones are C0 controls other than tab and line ends (bytes below 0x20) and U+FFFE/U+FFFF
/// (EF BF BE/BF). With `markup`, `<`, `>`, `&`, `"` and `'` count as needing work too.
fn all_plain(s: &str, markup: bool) -> bool {
    let b = s.as_bytes();
    let ok = b.iter().fold(true, |ok, &c| {
        let control = (c < 0x20) & (c != b'\t') & (c != b'\n') & (c != b'\r');
        let special = markup & ((c == b'<') | (c == b'>') | (c == b'&') | (c == b'"') | (c == b'\''));
        ok & !control & !special
    });
    ok && !memchr::memchr_iter(0xEF, b)
        .any(|i| b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)))
}

/// Escapes `s` for element content or a double-quoted attribute, dropping characters XML 1.0 forbids.
pub fn escape(s: &str) -> Cow<'_, str> {
    if all_plain(s, true) {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 16);
    for c in s.chars().filter(|&c| is_xml_char(c)) {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// `s` without the characters XML 1.0 forbids (for writers that escape on their own, like quick-xml).
pub fn xml_chars(s: &str) -> Cow<'_, str> {
    if all_plain(s, false) {
        Cow::Borrowed(s)
    } else {
        Cow::Owned(s.chars().filter(|&c| is_xml_char(c)).collect())
    }
}

/// `2013-05-26T20:44:00+07:00` → `26/05/2013 20:44`, the way Vietnamese newspapers print dates.
pub fn display_date(iso: &str) -> String {
    let (date, time) = iso.split_once('T').unwrap_or((iso, ""));
    let parts: Vec<&str> = date.split('-').collect();
    let mut out = match parts.as_slice() {
        [y, m, d] => format!("{d}/{m}/{y}"),
        _ => date.to_string(),
    };
    if time.len() >= 5 {
        out.push(' ');
        out.push_str(&time[..5]);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        // The byte test agrees with the character definitions.
        #[test]
        fn byte_test_is_the_char_test(s in "(?:[a-z<>&\"' ]|\t|\n|\u{1}|\u{1f}|\u{fffe}|\u{ffff}|\u{fffd}|\u{feff}|ệ|\\PC){0,16}") {
            proptest::prop_assert_eq!(all_plain(&s, false), s.chars().all(is_xml_char));
            let plain = s.chars().all(|c| is_xml_char(c) && !matches!(c, '<' | '>' | '&' | '"' | '\''));
            proptest::prop_assert_eq!(all_plain(&s, true), plain);
        }

        // The TEI writer hands `escape`'s output to quick-xml as already escaped text: it must be what
        // quick-xml's own escaping makes of the same text (the TEI stays byte for byte what it was).
        #[test]
        fn escape_is_quick_xml_escape(s in "(?:[a-z<>&\"' ;#]|\t|\n|\u{1}|\u{fffe}|ệ|\\PC){0,24}") {
            let allowed = xml_chars(&s);
            proptest::prop_assert_eq!(escape(&s), quick_xml::escape::escape(allowed.as_ref()));
        }
    }

    #[test]
    fn markup_stays_text_and_forbidden_chars_go() {
        assert_eq!(
            escape("<script>a && b</script> ]]> <!-- x -->"),
            "&lt;script&gt;a &amp;&amp; b&lt;/script&gt; ]]&gt; &lt;!-- x --&gt;"
        );
        assert_eq!(escape("a\u{1}b\u{FFFE}c"), "abc");
        assert_eq!(escape("Tiếng Việt"), "Tiếng Việt");
    }

    #[test]
    fn dates() {
        assert_eq!(display_date("2013-05-26T20:44:00+07:00"), "26/05/2013 20:44");
        assert_eq!(display_date("2020-10-01"), "01/10/2020");
    }
}
