//! Rules about bytes and characters: is this text at all, and what is odd in it.

use super::{Context, Diagnostic, Meta, Rule, Severity};
use unicode_normalization::is_nfc;

/// What it does: flags a file that is mostly undecodable or binary (an image, a PDF, a zip, text in an
/// encoding we do not know). Why: converting it would produce garbage. Example: a PNG renamed `.txt`.
pub(super) struct Binary;

/// Share of replacement characters above which a file is "mostly undecodable".
const MOSTLY_UNDECODABLE: f64 = 0.05;

impl Rule for Binary {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC001",
            name: "binary",
            summary: "the file is binary or mostly undecodable",
            severity: Severity::Error,
            strict_severity: Severity::Error,
            fixable: false,
            help: "Re-fetch or re-export the file as text; if it is text in an unusual encoding, convert it to UTF-8 (iconv) first. Binary files do not belong in a corpus of seeds.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let d = cx.decoded;
        // (No undecodable sequence, no share of them: the text's characters are not counted for it.)
        let lossy = d.invalid_sequences > 0
            && (d.lossy_ratio() > MOSTLY_UNDECODABLE || (d.invalid_sequences >= 16 && d.lossy_ratio() > 0.01));
        // Characters are counted only when there is something to weigh them against.
        if lossy {
            let message = format!(
                "not text in a known encoding: {} of {} characters are undecodable as {}",
                d.invalid_sequences,
                char_count(&d.text),
                d.encoding
            );
            out.push(cx.at_offset(self, d.first_invalid.unwrap_or(0), message));
        } else if let (controls @ 1.., _) = controls(cx) {
            let chars = char_count(&d.text).max(1);
            // A file of white space (form feeds and vertical tabs are white space) is empty, not binary:
            // SC002 says so.
            let blank = d.text.chars().all(char::is_whitespace);
            if controls * 20 > chars && !blank {
                out.push(cx.at_offset(self, 0, format!("binary data: {controls} control characters in {chars}")));
            }
        }
    }
}

/// What it does: flags an empty or whitespace-only file. Why: there is no article to convert.
pub(super) struct Empty;

impl Rule for Empty {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC002",
            name: "empty",
            summary: "the file is empty or holds only whitespace",
            severity: Severity::Error,
            strict_severity: Severity::Error,
            fixable: false,
            help: "Delete the file, or put the article's text in it.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        if cx.cleaned.lines.iter().all(|l| l.text.is_empty()) {
            let what = if cx.bytes.is_empty() { "the file is empty" } else { "the file holds only whitespace" };
            out.push(cx.at_offset(self, 0, what.to_string()));
        }
    }
}

/// What it does: flags NUL characters. Why: no text format has them; they mean a truncated download, a
/// binary file, or UTF-16 read as something else. They are removed from the converted text.
pub(super) struct NulBytes;

impl Rule for NulBytes {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC003",
            name: "nul-bytes",
            summary: "the text contains NUL characters",
            severity: Severity::Error,
            strict_severity: Severity::Error,
            fixable: false,
            help: "The file was probably saved as UTF-16/UTF-32 without a BOM, or truncated with padding: re-export it as UTF-8, or remove the NUL characters.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let text = &cx.decoded.text;
        // (`memchr`'s vector search: this reads every seed whole.)
        if let Some(at) = memchr::memchr(0, text.as_bytes()) {
            let n = text.matches('\0').count();
            out.push(cx.at_offset(self, at, format!("{n} NUL character(s) in the text")));
        }
    }
}

/// What it does: flags a few invalid byte sequences in otherwise good text; they are decoded as U+FFFD.
/// Why: the article is still worth converting, but a character or two is lost.
pub(super) struct InvalidBytes;

impl Rule for InvalidBytes {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC004",
            name: "invalid-bytes",
            summary: "a few byte sequences are invalid in the detected encoding (decoded as U+FFFD)",
            severity: Severity::Warning,
            strict_severity: Severity::Warning,
            fixable: false,
            help: "Re-fetch the page if you can: the bytes reported are lost (`fix` writes them as U+FFFD, which SC005 then reports).",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let d = cx.decoded;
        if let Some(at) = d.first_invalid {
            let message = format!("{} invalid {} sequence(s) decoded as U+FFFD", d.invalid_sequences, d.encoding);
            out.push(cx.at_offset(self, at, message));
        }
        if d.truncated {
            let message = format!(
                "truncated {}: the file has an odd number of bytes ({}), its last character is lost",
                d.encoding,
                cx.bytes.len()
            );
            out.push(cx.at_offset(self, d.text.len(), message));
        }
    }
}

/// What it does: flags U+FFFD already present in the seed. Why: a character was lost before the seed was
/// saved; a reader sees `�`.
pub(super) struct ReplacementChar;

impl Rule for ReplacementChar {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC005",
            name: "replacement-char",
            summary: "the text contains U+FFFD replacement characters (characters lost upstream)",
            severity: Severity::Warning,
            strict_severity: Severity::Warning,
            fixable: false,
            help: "The characters were lost before the seed was made (U+FFFD is in the text itself): re-fetch the page, or restore the letters by hand.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let d = cx.decoded;
        let inserted = d.invalid_sequences;
        // (`memchr::memmem` on the character's three bytes: `str::matches` stops at every 0xBD, the last
        // byte of many Vietnamese letters too, to compare the two before it.)
        let total = memchr::memmem::find_iter(d.text.as_bytes(), "\u{FFFD}".as_bytes()).count();
        if total > inserted {
            // The first U+FFFD that decoding did not insert.
            let first_inserted = d.first_invalid.unwrap_or(usize::MAX);
            let at = d.text.match_indices('\u{FFFD}').map(|(i, _)| i).find(|&i| i != first_inserted).unwrap_or(0);
            out.push(cx.at_offset(
                self,
                at,
                format!("{} U+FFFD replacement character(s) in the seed", total - inserted),
            ));
        }
    }
}

/// What it does: flags C0 and C1 control characters other than tab and line ends. Why: XML cannot hold
/// them and readers cannot see them; C1 characters that are windows-1252 punctuation (U+0092 for `’`) are
/// mapped to it, the rest are removed.
pub(super) struct ControlChars;

impl Rule for ControlChars {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC006",
            name: "control-chars",
            summary: "the text contains control characters (removed, or mapped to windows-1252 punctuation)",
            severity: Severity::Warning,
            strict_severity: Severity::Warning,
            fixable: true,
            help: "Run `seeds-convert fix FILE`: control characters are removed, and C1 controls that stand for windows-1252 punctuation become that punctuation.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        if let (n, Some((at, c))) = controls(cx) {
            out.push(cx.at_offset(self, at, format!("{n} control character(s), first U+{:04X}", c as u32)));
        }
    }
}

/// What it does: flags text that is not in Unicode NFC (decomposed or mis-ordered combining marks). Why:
/// search, fonts and validators expect NFC; the output is normalised.
pub(super) struct NonNfc;

impl Rule for NonNfc {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC007",
            name: "non-nfc",
            summary: "the text is not in Unicode NFC (normalised in the output)",
            severity: Severity::Warning,
            strict_severity: Severity::Warning,
            fixable: true,
            help: "Run `seeds-convert fix FILE` to rewrite the text in NFC (every converted output is NFC already).",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        let text = &cx.decoded.text;
        // Cleaning normalised each line and counted it: no `nfc` repair, nothing was out of NFC.
        if !cx.cleaned.repairs.iter().any(|r| r.kind == "nfc") || is_nfc(text) {
            return;
        }
        // Point at the first pair of neighbouring characters that is not NFC by itself (the base letter).
        let mut prev = 0;
        let mut first = 0;
        for (i, c) in text.char_indices() {
            // (Two ASCII characters are always NFC: most pairs need no look-up.)
            let ascii_pair = c.is_ascii() && text.as_bytes()[prev].is_ascii();
            if !ascii_pair && !is_nfc(&text[prev..i + c.len_utf8()]) {
                first = prev;
                break;
            }
            prev = i;
        }
        out.push(cx.at_offset(self, first, "text is not NFC (decomposed or mis-ordered combining marks)".to_string()));
    }
}

/// Characters in `text` (UTF-8 lead bytes), without decoding.
fn char_count(text: &str) -> usize {
    text.as_bytes().iter().map(|&b| usize::from((b & 0xC0) != 0x80)).sum()
}

/// `control_chars` of the decoded text, scanned once per seed for both rules that use it.
fn controls(cx: &Context) -> (usize, Option<(usize, char)>) {
    *cx.controls.get_or_init(|| control_chars(&cx.decoded.text))
}

/// C0 (but tab, line ends and NUL, which have rules of their own), DEL and C1 control characters: how many,
/// and the first with its byte offset. Scans bytes: a C1 character is `C2 80`–`C2 9F` in UTF-8.
fn control_chars(text: &str) -> (usize, Option<(usize, char)>) {
    let bytes = text.as_bytes();
    // Branch-free pre-scan (vectorised): almost every seed has none.
    let suspect = bytes.iter().fold(false, |acc, &b| {
        acc | ((b < 0x20) & (b != b'\t') & (b != b'\n') & (b != b'\r') & (b != 0)) | (b == 0x7F) | (b == 0xC2)
    });
    if !suspect {
        return (0, None);
    }
    let (mut n, mut first) = (0, None);
    for (i, &b) in bytes.iter().enumerate() {
        let c = match b {
            0x01..=0x08 | 0x0B | 0x0C | 0x0E..=0x1F | 0x7F => b as char,
            0xC2 => match bytes.get(i + 1) {
                Some(&n @ 0x80..=0x9F) => char::from_u32(u32::from(n)).unwrap_or('\u{80}'),
                _ => continue,
            },
            _ => continue,
        };
        n += 1;
        first.get_or_insert((i, c));
    }
    (n, first)
}

/// What it does: flags a seed that was not Unicode but a legacy 8-bit encoding (windows-1258, VNI, TCVN3,
/// VISCII, or another WHATWG encoding for non-Vietnamese text), chosen by how Vietnamese the decoded text
/// reads. Why: the guess is evidence-based, not certain, and TCVN3 has no capitals with tone marks (they come
/// out lowercase); a human may want to look. Example: `ViÖt Nam` in a `.VnTime` document, decoded as TCVN3.
pub(super) struct LegacyEncoding;

impl Rule for LegacyEncoding {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC008",
            name: "legacy-encoding",
            summary: "the file is in a legacy encoding (windows-1258, VNI, TCVN3, VISCII, …), decoded as such",
            severity: Severity::Warning,
            strict_severity: Severity::Warning,
            fixable: true,
            help: "Run `seeds-convert fix FILE` to rewrite the seed as UTF-8 (check the decoded text first: `seeds-convert --to txt FILE`).",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        if cx.decoded.is_legacy() {
            let form = cx.decoded.variant.map(|v| format!(", {v}")).unwrap_or_default();
            out.push(cx.at_offset(self, 0, format!("decoded as {}{form} (a legacy encoding)", cx.decoded.encoding)));
        }
    }
}

/// What it does: flags lines that were UTF-8 read as windows-1252 or Latin-1 and saved again (mojibake such
/// as `Tá»•ng BÃ­ thÆ°`), one or more layers deep; they are repaired at decode time. Why: the repair is
/// evidence-based; the seed's producer has a bug worth fixing upstream.
pub(super) struct MojibakeRepaired;

impl Rule for MojibakeRepaired {
    fn meta(&self) -> &'static Meta {
        &Meta {
            code: "SC009",
            name: "mojibake",
            summary: "UTF-8 misread as windows-1252/Latin-1 and saved again (mojibake), repaired",
            severity: Severity::Warning,
            strict_severity: Severity::Warning,
            fixable: true,
            help: "Run `seeds-convert fix FILE` to keep the repaired text; lines the message says could not be repaired need a look by hand.",
        }
    }
    fn check(&self, cx: &Context, out: &mut Vec<Diagnostic>) {
        if let Some(m) = cx.decoded.mojibake {
            let message = match m.legacy {
                Some((name, variant)) => {
                    let form = variant.map(|v| format!(" ({v})")).unwrap_or_default();
                    format!(
                        "{} line(s) were {name}{form} bytes read as windows-1252 and saved as UTF-8, repaired",
                        m.lines
                    )
                }
                None => {
                    let layers = if m.layers == 1 { "1 layer".to_string() } else { format!("{} layers", m.layers) };
                    format!("{} line(s) of mojibake repaired ({layers} of UTF-8 read as windows-1252/Latin-1)", m.lines)
                }
            };
            out.push(cx.at_offset(self, m.first, message));
        }
        if let Some(s) = cx.decoded.suspect {
            let message =
                format!("{} line(s) look like mojibake but were left as they are (the evidence is ambiguous)", s.lines);
            out.push(cx.at_offset(self, s.first, message));
        }
    }
}
