//! Stray HTML tags left by scrapers (`<p class=title>`, `<P>`, `<TABLE …>`, `<img …>` spread over lines):
//! removed, keeping the text between them. Only tags of ordinary presentational and structural HTML
//! elements count; `<script>`, `<style>`, comments and anything else that looks like markup stay as text,
//! because articles quote them (an article about web security may print `<script>`). A tag that opens on
//! one line and closes on a later one is followed across lines (`in_tag`), so line numbers never move.

use std::borrow::Cow;

/// Elements whose tags are scraper leftovers, never article text (also the names `parse::tagged` reads).
pub(crate) const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "big",
    "blockquote",
    "body",
    "br",
    "center",
    "dd",
    "div",
    "dl",
    "dt",
    "em",
    "font",
    "form",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "html",
    "i",
    "img",
    "input",
    "li",
    "link",
    "meta",
    "nobr",
    "ol",
    "option",
    "p",
    "pre",
    "s",
    "select",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "tt",
    "u",
    "ul",
];

/// Removes the stray tags from one line; `in_tag` carries an unterminated tag over to the next line.
/// Returns the text (borrowed when the line has no `<` to look at, as nearly all have) and how many tags
/// were removed (a tag continued from the line before is not recounted).
pub fn strip<'a>(line: &'a str, in_tag: &mut bool) -> (Cow<'a, str>, usize) {
    // memchr's vectorised search (`str::contains` with a `char` was 4% of `clean`).
    if !*in_tag && memchr::memchr(b'<', line.as_bytes()).is_none() {
        return (Cow::Borrowed(line), 0);
    }
    let mut out = String::with_capacity(line.len());
    let mut count = 0;
    let mut rest = line;
    while !rest.is_empty() {
        if *in_tag {
            match rest.find('>') {
                Some(end) => {
                    *in_tag = false;
                    rest = &rest[end + 1..];
                    // A removed tag separates words, as the browser's line break or cell did.
                    out.push(' ');
                }
                None => rest = "",
            }
            continue;
        }
        match rest.find('<') {
            Some(start) => {
                out.push_str(&rest[..start]);
                let tail = &rest[start..];
                if is_stray_tag(tail) {
                    *in_tag = true;
                    count += 1;
                    rest = &tail[1..];
                } else {
                    out.push('<');
                    rest = &tail[1..];
                }
            }
            None => {
                out.push_str(rest);
                rest = "";
            }
        }
    }
    (Cow::Owned(out), count)
}

/// `<p`, `</TD`, `<img ` … followed by the end of the name.
fn is_stray_tag(tail: &str) -> bool {
    let body = tail[1..].strip_prefix('/').unwrap_or(&tail[1..]);
    let name_len = body.bytes().take_while(u8::is_ascii_alphanumeric).count();
    let after = body[name_len..].chars().next();
    name_len > 0
        && matches!(after, None | Some(' ' | '>' | '/' | '\t'))
        && ELEMENTS.iter().any(|e| e.eq_ignore_ascii_case(&body[..name_len]))
}

#[cfg(test)]
mod tests {
    use super::strip;

    fn one(line: &str) -> (String, usize) {
        let (text, n) = strip(line, &mut false);
        (text.into_owned(), n)
    }

    #[test]
    fn scraper_tags_go_text_stays() {
        let (text, n) = one("<p class=title>Al-Qaeda nhận trách nhiệm</p><p class=ngay>31-12-2005</p><P>");
        assert_eq!(text.split_whitespace().collect::<Vec<_>>(), ["Al-Qaeda", "nhận", "trách", "nhiệm", "31-12-2005"]);
        assert_eq!(n, 5);
    }

    #[test]
    fn quoted_markup_stays() {
        for line in ["chèn <script>alert(1)</script> vào", "a < b và c > d", "<!-- ghi chú -->", "x <bài> y", "<3 em"]
        {
            assert_eq!(one(line), (line.to_string(), 0), "{line}");
        }
    }

    #[test]
    fn tags_spread_over_lines() {
        let mut in_tag = false;
        let (a, n) = strip("chữ <img border=\"0\"", &mut in_tag);
        assert!(in_tag && n == 1 && a.trim() == "chữ");
        let (b, n) = strip("  src=\"/x.gif\"> tiếp theo", &mut in_tag);
        assert!(!in_tag && n == 0 && b.trim() == "tiếp theo");
    }
}
