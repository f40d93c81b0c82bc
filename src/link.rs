//! The one URL rule. `check` accepts a source URL (SC104) when [`parse`] does, and every writer that links
//! to it uses [`href`]: the same URL in a form that RFC 3986 and the validators accept (EPUBCheck's and
//! the Nu HTML Checker's URL checks, `xsd:anyURI` in TEI). The text shown to a reader stays the seed's own.
//!
//! Why both steps: the WHATWG parser behind `url::Url` accepts what browsers accept (`http:example.com`,
//! backslashes, spaces) and its serialisation already mends most of it (`http://example.com/`, `/`,
//! `%20`), but it leaves characters that RFC 3986 forbids (`|`, `^`, `[`, `]`, a second `#`) and a `%`
//! that starts no escape (`%zz`) as they are; [`href`] percent-encodes those too.

/// Parses a source URL as `check` accepts it: an absolute http(s) URL with a host that has a dot (or is
/// `localhost`). The error says why not, in a few lowercase words.
pub fn parse(text: &str) -> Result<url::Url, String> {
    let url = url::Url::parse(text).map_err(|e| e.to_string())?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(format!("scheme `{}` is not http or https", url.scheme()));
    }
    if url.host_str().is_none_or(|h| !h.contains('.') && h != "localhost") {
        return Err("no host name".into());
    }
    // WHATWG lets a few characters into a host name that RFC 3986 does not (`exa}ple.com`, found by the
    // `writers` fuzz target); no link could point at it.
    let host = url.host_str().unwrap_or_default();
    if let Some(c) = host.chars().find(|&c| !(c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=%[]:".contains(c))) {
        return Err(format!("`{c}` cannot be part of a host name"));
    }
    Ok(url)
}

/// The link target for a source URL: its WHATWG serialisation with every character RFC 3986 does not allow
/// after the authority percent-encoded (a `%` that starts no `%HH` escape becomes `%25`, a `#` after the
/// first `%23`). `None` when [`parse`] rejects the URL: a writer then shows it as text, without a link.
pub fn href(text: &str) -> Option<String> {
    let url = parse(text).ok()?;
    let s = url.as_str();
    let start = url[..url::Position::BeforePath].len();
    let mut out = String::with_capacity(s.len() + 8);
    out.push_str(&s[..start]);
    let rest = &s[start..];
    let mut fragment = false;
    for (i, c) in rest.char_indices() {
        let escape = rest.as_bytes().get(i + 1..i + 3).is_some_and(|h| h.iter().all(u8::is_ascii_hexdigit));
        match c {
            '%' if escape => out.push('%'),
            '#' if !fragment => {
                fragment = true;
                out.push('#');
            }
            c if c.is_ascii_alphanumeric() || "-._~!$&'()*+,;=:@/?".contains(c) => out.push(c),
            c => {
                for b in c.encode_utf8(&mut [0; 4]).bytes() {
                    out.push_str(&format!("%{b:02X}"));
                }
            }
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::{href, parse};

    #[test]
    fn parse_accepts_http_urls_with_a_host() {
        assert!(parse("http://www.vietnamplus.vn/van-phong/301816.vnp").is_ok());
        assert!(parse("https://dantri.com.vn/a.htm").is_ok());
        assert!(parse("htp://vietnamplus.vn").is_err());
        assert!(parse("ftp://vietnamplus.vn/x").is_err());
        assert!(parse("www.vietnamplus.vn/x").is_err());
        assert!(parse("http://").is_err());
        assert!(parse("http://vietnam plus.vn").is_err());
        assert!(parse("http://exa}ple.com/").is_err());
        assert!(parse("http://exa|ple.com/").is_err());
    }

    #[test]
    fn href_leaves_clean_urls_alone() {
        for u in ["http://www.vietnamplus.vn/van-phong/301816.vnp", "https://a.vn/x?y=1&z=%20#top", "http://u:p@a.vn/"]
        {
            assert_eq!(href(u).as_deref(), Some(u));
        }
    }

    #[test]
    fn href_encodes_what_rfc_3986_forbids() {
        let cases = [
            ("http://example.com/a b c", "http://example.com/a%20b%20c"),
            ("http://example.com/\"><script>", "http://example.com/%22%3E%3Cscript%3E"),
            ("http://example.com/{x}|y", "http://example.com/%7Bx%7D%7Cy"),
            ("http://example.com/%zz%", "http://example.com/%25zz%25"),
            ("http://example.com/#a#b", "http://example.com/#a%23b"),
            ("http://example.com\\path\\to", "http://example.com/path/to"),
            ("http:example.com", "http://example.com/"),
            ("https://example.com/a`b^c", "https://example.com/a%60b%5Ec"),
            ("http://example.com/a]]>b", "http://example.com/a%5D%5D%3Eb"),
            ("http://example.com/đường", "http://example.com/%C4%91%C6%B0%E1%BB%9Dng"),
            ("http://bộ.vn/", "http://xn--b-8xm.vn/"),
        ];
        for (raw, want) in cases {
            assert_eq!(href(raw).as_deref(), Some(want), "{raw}");
        }
        assert_eq!(href("ftp://example.com/"), None);
    }
}
