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
use super::vietnamese::{is_common_symbol, is_syllable, Syllables};

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
    /// The text under the windows-1252 layer was not UTF-8 but this legacy encoding (`TCVN3`, `VNI` …),
    /// with `variant` its form; the whole text was decoded so (`super::legacy::layered`).
    pub legacy: Option<(&'static str, Option<&'static str>)>,
}

/// Lines that look like mojibake (`á»`, `Ã©`, `Ä‘` …) but were left as they are: the evidence was not
/// unambiguous (a `?` that could stand for more than one byte, a word that is no Vietnamese syllable …).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Suspect {
    /// How many lines.
    pub lines: usize,
    /// Byte offset, in the decoded text, of the first such line.
    pub first: usize,
}

/// Buffers reused from line to line: the line as repaired so far, the bytes of the next layer and of the
/// layer before, the positions in them that were guessed (a space put back as U+00A0, a `?` resolved).
#[derive(Default)]
struct Scratch {
    fixed: String,
    bytes: Vec<u8>,
    last: Vec<u8>,
    guessed: Vec<usize>,
    /// `signature` of the last line `repair_line` could not undo as a whole.
    signature: bool,
    /// The words `evident` has asked about.
    syllables: Syllables,
}

/// Repairs every mojibake line of `text`; `None` when there is nothing to repair.
pub fn repair(text: &str) -> Option<(String, Mojibake)> {
    repair_and_flag(text).0
}

/// Repairs every mojibake line of `text`, and counts the lines that look like mojibake but were left alone.
///
/// Two looks: the first takes only lines with strong evidence of their own. Once a line of the text is
/// mojibake, the text is evidence too ("the language around it"), and a second look also takes the lines
/// that were left with weaker evidence: one Latin-1 letter (`Thanh NiÃªn`), an acronym (`ÄS&PL` → `ĐS&PL`).
/// The lines before the text's first repair get it then, the lines after it at once. Clean text never gets
/// the second look.
///
/// A text of [`PARALLEL_FROM`] bytes or more is repaired in chunks of whole lines on rayon's threads, with
/// the same outcome: a line's repair depends on the line and on whether the text shows mojibake anywhere,
/// so every chunk takes its first look, and the chunks without a repair of their own take the second look
/// once some other chunk has one (tested against the one-pass outcome).
pub fn repair_and_flag(text: &str) -> (Option<(String, Mojibake)>, Option<Suspect>) {
    if text.len() < super::PARALLEL_FROM {
        return repair_lines(text, false);
    }
    repair_chunked(text, super::CHUNK)
}

/// `repair_and_flag` on chunks of about `chunk` bytes of whole lines. (Hand-made rather than left to
/// rayon's `par_lines`: the second look needs to know whether any chunk found mojibake, and the parts are
/// joined back with their offsets.)
fn repair_chunked(text: &str, chunk: usize) -> (Option<(String, Mojibake)>, Option<Suspect>) {
    use rayon::prelude::*;
    let chunks = super::line_chunks(text, chunk);
    let mut parts: Vec<_> = chunks.par_iter().map(|c| repair_lines(c, false)).collect();
    if parts.iter().any(|(fixed, _)| fixed.is_some()) {
        // The text shows mojibake: the chunks without a repair of their own take the second look.
        parts
            .par_iter_mut()
            .zip(&chunks)
            .filter(|(part, _)| part.0.is_none())
            .for_each(|(part, c)| *part = repair_lines(c, true));
    }
    // The parts joined; offsets made the whole text's.
    let (mut m, mut suspect): (Option<Mojibake>, Option<Suspect>) = (None, None);
    let any = parts.iter().any(|(fixed, _)| fixed.is_some());
    let mut out = String::with_capacity(if any { text.len() } else { 0 });
    let mut at = 0;
    for (c, (fixed, flagged)) in chunks.iter().zip(parts) {
        if let Some(f) = flagged {
            suspect.get_or_insert(Suspect { lines: 0, first: at + f.first }).lines += f.lines;
        }
        let piece = match &fixed {
            Some((repaired, cm)) => {
                // The first repaired line is at the same offset in the text and its repair: nothing was
                // repaired before it.
                let whole = m.get_or_insert(Mojibake { first: at + cm.first, ..Mojibake::default() });
                whole.lines += cm.lines;
                whole.layers = whole.layers.max(cm.layers);
                whole.chars += cm.chars;
                repaired.as_str()
            }
            None => c,
        };
        if any {
            out.push_str(piece);
        }
        at += piece.len();
    }
    (m.map(|m| (out, m)), suspect)
}

/// Repairs the lines of `text` (the whole text, or one chunk of it); `evidenced`: another chunk of the text
/// showed mojibake, so every line here gets the second look at once.
fn repair_lines(text: &str, evidenced: bool) -> (Option<(String, Mojibake)>, Option<Suspect>) {
    let mut scratch = Scratch::default();
    // The repaired text up to `done` (where the last repaired line ends in `text`): each line is written once.
    let (mut out, mut done) = (String::new(), 0);
    let mut lines: Vec<Line> = Vec::new();
    let mut offset = 0;
    for line in lines_inclusive(text) {
        let start = offset;
        offset += line.len();
        if line.is_ascii() {
            continue;
        }
        let mut how = repair_line(line, None, &mut scratch, false);
        // Computed by `repair_line` when the line could not be undone as a whole (else not needed).
        let sig = how.is_none() && scratch.signature;
        if how.is_some() && done == 0 && !evidenced {
            // The text's first repair: the lines left before it get their second look now.
            out.reserve(text.len()); // once: repaired lines are shorter
            let fixed = std::mem::take(&mut scratch.fixed);
            for l in &mut lines {
                if let Some(how) = repair_line(&text[l.start..l.end], Some(l.sig), &mut scratch, true) {
                    l.fix = Some(Fix::new(&mut out, &text[done..l.start], &scratch.fixed, how));
                    done = l.end;
                }
            }
            scratch.fixed = fixed;
        } else if how.is_none() && (done > 0 || evidenced) {
            how = repair_line(line, Some(sig), &mut scratch, true);
        }
        let fix = how.map(|how| Fix::new(&mut out, &text[done..start], &scratch.fixed, how));
        done = if fix.is_some() { offset } else { done };
        lines.push(Line { start, end: offset, sig, fix });
    }
    assemble(text, &lines, out)
}

/// A non-ASCII line of the text (byte range), whether it has the mojibake signature, and its repair.
struct Line {
    start: usize,
    end: usize,
    sig: bool,
    fix: Option<Fix>,
}

/// A repaired line: where it is in the repaired text, how many layers were undone, the non-ASCII characters
/// recovered, and whether it went token by token.
struct Fix {
    range: std::ops::Range<usize>,
    layers: usize,
    chars: usize,
    by_token: bool,
}

impl Fix {
    /// Appends the text before the line (`gap`) and the repaired line to `out`.
    fn new(out: &mut String, gap: &str, fixed: &str, (layers, chars, by_token): (usize, usize, bool)) -> Fix {
        out.push_str(gap);
        let at = out.len();
        out.push_str(fixed);
        Fix { range: at..out.len(), layers, chars, by_token }
    }
}

/// The repaired text (`out`, completed with the rest of `text`), what was repaired, and the lines that still
/// look like mojibake.
fn assemble(text: &str, lines: &[Line], mut out: String) -> (Option<(String, Mojibake)>, Option<Suspect>) {
    let mut m: Option<Mojibake> = None;
    let mut suspect: Option<Suspect> = None;
    // `text[..to]` is `out[..from]`.
    let (mut to, mut from) = (0, 0);
    for l in lines {
        let at = from + l.start - to;
        let Some(fix) = &l.fix else {
            if l.sig {
                suspect.get_or_insert(Suspect { lines: 0, first: at }).lines += 1;
            }
            continue;
        };
        // Only a line repaired token by token can still hold mojibake (a whole line was undone entirely).
        if fix.by_token && signature(&out[fix.range.clone()]) {
            suspect.get_or_insert(Suspect { lines: 0, first: at }).lines += 1;
        }
        (to, from) = (l.end, fix.range.end);
        let m = m.get_or_insert(Mojibake { first: l.start, ..Mojibake::default() });
        m.lines += 1;
        m.layers = m.layers.max(fix.layers);
        m.chars += fix.chars;
    }
    let Some(m) = m else { return (None, suspect) };
    out.push_str(&text[to..]);
    (Some((out, m)), suspect)
}

/// `text.split_inclusive('\n')` with memchr's vectorised search (`str`'s char search was 4% of repair time).
fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut start = 0;
    let ends = memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1).chain([text.len()]);
    ends.filter_map(move |end| {
        let line = text.get(start..end).filter(|l| !l.is_empty());
        start = end;
        line
    })
}

/// Makes mojibake: `bytes` as a program that reads them as windows-1252 (WHATWG's, so the five undefined
/// bytes become C1 controls) or, with `latin1`, as ISO-8859-1 shows them, saved again as UTF-8. What
/// `repair` undoes; the samples, tests and benches make their damaged copies with it.
pub fn garble(bytes: &[u8], latin1: bool) -> Vec<u8> {
    let text: String = if latin1 {
        bytes.iter().map(|&b| char::from(b)).collect()
    } else {
        encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned()
    };
    text.into_bytes()
}

/// The whole text one layer back (windows-1252/Latin-1 → bytes), for legacy bytes under the layer; `None`
/// when a character has no such byte or the text is ASCII.
pub(crate) fn undo_text(text: &str) -> Option<Vec<u8>> {
    // A chunk at a time, so that clean text, which fails at its first letter beyond Latin-1, does not first
    // have a buffer the size of the whole text zeroed (the memset was 3% of decoding a clean text).
    const CHUNK: usize = 1 << 16;
    let (mut out, mut buf, mut any) = (Vec::new(), Vec::new(), false);
    let mut start = 0;
    while start < text.len() {
        let mut end = (start + CHUNK).min(text.len());
        while !text.is_char_boundary(end) {
            end += 1;
        }
        let chunk = &text.as_bytes()[start..end];
        if chunk.is_ascii() {
            out.extend_from_slice(chunk);
        } else {
            let (n, _) = undo_layer(chunk, &mut buf)?;
            out.extend_from_slice(&buf[..n]);
            any = true;
        }
        start = end;
    }
    any.then_some(out)
}

/// Undoes as many layers as the evidence supports, leaving the result in `scratch.fixed`; returns how many
/// layers, the non-ASCII characters of the result, and whether it went token by token. `None` when there was
/// nothing to undo. A line that
/// cannot be undone as a whole (clean text mixed with mojibake) is repaired token by token.
fn repair_line(
    line: &str,
    known_signature: Option<bool>,
    scratch: &mut Scratch,
    relaxed: bool,
) -> Option<(usize, usize, bool)> {
    let whole = undo_layers(line, scratch, Mode::Line { relaxed });
    if whole.is_some() {
        return whole.map(|(l, c)| (l, c, false));
    }
    scratch.signature = known_signature.unwrap_or_else(|| signature(line));
    if !scratch.signature {
        return None;
    }
    // Whitespace-separated tokens, each on its own (no lost no-break spaces inside a token).
    let mut fixed = String::with_capacity(line.len());
    let (mut layers, mut chars, mut any) = (0, 0, false);
    // Split at ASCII whitespace only: a no-break space is part of mojibake (`à` = `Ã` + U+00A0).
    for token in line.split_inclusive(|c: char| c.is_ascii_whitespace()) {
        let body = token.trim_end_matches(|c: char| c.is_ascii_whitespace());
        match undo_layers(body, scratch, Mode::Token) {
            Some((l, c)) => {
                fixed.push_str(&scratch.fixed);
                fixed.push_str(&token[body.len()..]);
                layers = layers.max(l);
                chars += c;
                any = true;
            }
            None => fixed.push_str(token),
        }
    }
    scratch.fixed = fixed;
    any.then_some((layers, chars, true))
}

/// How much evidence a repair needs: a whole line (in a text that has or has not shown mojibake already), or
/// one token of a line mixing mojibake and clean text.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Mode {
    Line { relaxed: bool },
    Token,
}

/// Undoes layer after layer while the bytes stay UTF-8, and keeps the deepest result that is evident (an
/// intermediate layer of double mojibake is itself mojibake, so it need not read well). The result is left in
/// `scratch.fixed`.
fn undo_layers(line: &str, scratch: &mut Scratch, mode: Mode) -> Option<(usize, usize)> {
    let token = mode == Mode::Token;
    let (mut done, mut last) = (None, 0);
    for layers in 1..=MAX_LAYERS {
        // The layer before is in `scratch.last` (valid UTF-8): the buffers swap rather than copy.
        let src = if layers == 1 { line.as_bytes() } else { &scratch.last[..last] };
        let Some((n, leads)) = undo_layer(src, &mut scratch.bytes) else { break };
        scratch.guessed.clear();
        // Validated once when the bytes are UTF-8 as they are (the usual case).
        let next = match utf8(&scratch.bytes[..n]) {
            Some(next) => next,
            None => {
                let bytes = &mut scratch.bytes[..n];
                if !token {
                    restore_nbsp(bytes, &mut scratch.guessed);
                }
                if utf8(bytes).is_none() && !resolve_question_marks(bytes, &mut scratch.guessed) {
                    break;
                }
                let Some(next) = utf8(&scratch.bytes[..n]) else { break };
                next
            }
        };
        if evident(next, &scratch.guessed, mode, &mut scratch.syllables) {
            scratch.fixed.clear();
            scratch.fixed.push_str(next);
            // The result's non-ASCII characters are its lead bytes, which `undo_layer` counted (putting back a
            // guessed byte only ever writes a continuation byte).
            done = Some((layers, leads));
        }
        std::mem::swap(&mut scratch.bytes, &mut scratch.last);
        last = n;
    }
    done
}

/// What a character a repair produced says about the repair.
#[derive(PartialEq, Eq)]
enum Kind {
    /// A Vietnamese letter beyond Latin-1 (`ộ`, `ư`, `đ`) or typographic punctuation (`’`, `–`, `…`):
    /// three-byte sequences or two-byte ones led by `Ä` `Æ`, which clean text does not spell by chance.
    Strong,
    /// Latin-1 (`é`, `à`, `©`): a two-byte sequence `Ã` or `Â` + one character.
    Weak,
    /// A letter of another script (Cyrillic, Greek …): evidence only for a line wholly in that script.
    Other(Script),
    /// A C1 control that is no windows-1252 punctuation, a symbol no text has: never a repair.
    Bad,
}

#[derive(PartialEq, Eq, Clone, Copy)]
enum Script {
    Latin,
    Greek,
    Cyrillic,
    Other,
}

fn script(c: char) -> Script {
    match u32::from(c) {
        0..=0x24F | 0x1E00..=0x1EFF => Script::Latin,
        0x370..=0x3FF => Script::Greek,
        0x400..=0x4FF => Script::Cyrillic,
        _ => Script::Other,
    }
}

fn kind(c: char) -> Kind {
    let cp = u32::from(c);
    if (0x80..0xA0).contains(&cp) {
        // A C1 control that the text had before the layer stands for windows-1252 punctuation (U+0092 `’`).
        if super::clean::c1_to_cp1252(c).is_some() {
            Kind::Weak
        } else {
            Kind::Bad
        }
    } else if cp <= 0xFF {
        Kind::Weak
    } else if matches!(
        c,
        'Ă' | 'ă' | 'Đ' | 'đ' | 'Ĩ' | 'ĩ' | 'Ũ' | 'ũ' | 'Ơ' | 'ơ' | 'Ư' | 'ư' | '\u{1EA0}'..='\u{1EF9}'
    ) || matches!(c, '\u{2010}'..='\u{2027}' | '\u{2030}'..='\u{203A}' | '€' | '™' | '\u{2212}')
    {
        Kind::Strong
    } else if matches!(c, '\u{300}'..='\u{36F}' | '\u{2000}'..='\u{200F}' | '\u{2028}'..='\u{202F}' | '\u{2060}'..='\u{206F}' | '\u{FEFF}')
    {
        // Combining marks (typed tones), spaces and invisible characters (`â€‹` is U+200B): no evidence.
        Kind::Weak
    } else if alphabetic(c) && script(c) != Script::Other {
        Kind::Other(script(c))
    } else {
        Kind::Bad
    }
}

/// Is `next` (one layer undone, `guessed` the byte positions that were not in the input but inferred) a
/// repair? Only on positive evidence, so that clean text in any script cannot produce it:
///
/// * nothing it yields may be a C1 control or an odd symbol;
/// * a character that needed a guessed byte is never evidence (it may still be rejected);
/// * Vietnamese: at least one strong character (three-byte letter or punctuation), and the words with a
///   non-ASCII letter (camel-case split: `ThủyTheo`) Vietnamese syllables or acronyms, at most one loanword
///   in five, with at least one syllable (with three strong characters, as many loanwords as syllables);
/// * other Latin text (whole lines only): two Latin-1 letters or more, every such word all Latin letters;
/// * Greek or Cyrillic (whole lines only): three letters or more, all of that one script and no Latin-1;
/// * a token of a mixed line: strong evidence, or a Latin-1 letter next to an ASCII letter (`cÃ¡c`), and
///   every word a Vietnamese syllable;
/// * a line of a text already shown to be mojibake (`relaxed`): one known character of either kind, the
///   words syllables or acronyms (`ĐS&PL`), one loanword in five.
fn evident(next: &str, guessed: &[usize], mode: Mode, syllables: &mut Syllables) -> bool {
    let (mut strong, mut weak, mut other) = (0, 0, 0);
    let mut other_script = None;
    let mut latin_letters = false;
    let mut foreign = false;
    // Non-ASCII characters the repair yields (combining marks and symbols included), guessed ones aside,
    // weighed by the characters their mojibake spelled.
    let mut produced = 0;
    let bytes = next.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        // ASCII says nothing: skipped a run at a time (`undo_layer` says why).
        if let Some(word) = bytes.get(at..at + 8) {
            let ascii = ascii_prefix(word);
            at += ascii;
            if ascii == 8 {
                continue;
            }
        } else if bytes[at] < 0x80 {
            at += 1;
            continue;
        }
        let b = bytes[at];
        let (b1, b2) = (bytes.get(at + 1).copied().unwrap_or(0), bytes.get(at + 2).copied().unwrap_or(0));
        // The fast paths below once more, for the usual case of no guessed byte (every character known): each
        // counts at once, rather than through an `Option` and a second branch on what it held (which cost
        // 25 M instructions of 107 M on the benches' mojibake.txt, callgrind).
        if guessed.is_empty() {
            match b {
                0xC3 if !matches!(b1, 0x97 | 0xB7) => {
                    (weak, produced, latin_letters) = (weak + 1, produced + 1, true);
                    at += 2;
                    continue;
                }
                0xC4 if matches!(b1, 0x82 | 0x83 | 0x90 | 0x91) => {
                    (strong, produced) = (strong + 1, produced + 1);
                    at += 2;
                    continue;
                }
                0xC6 if matches!(b1, 0xA0 | 0xA1 | 0xAF | 0xB0) => {
                    (strong, produced) = (strong + 1, produced + 1);
                    at += 2;
                    continue;
                }
                0xE1 if (b1 == 0xBA && b2 >= 0xA0) || (b1 == 0xBB && b2 <= 0xB9) => {
                    (strong, produced) = (strong + 1, produced + 2);
                    at += 3;
                    continue;
                }
                _ => {}
            }
        }
        // Fast paths, on the encoded bytes, for what mojibake repair yields most: Latin-1 letters (`C3 xx`,
        // `×` and `÷` aside), Vietnamese letters (U+1EA0–U+1EF9: `E1 BA A0`–`E1 BB B9`; `ă đ ơ ư Ă Đ Ơ Ư`).
        let fast = match b {
            0xC3 if !matches!(b1, 0x97 | 0xB7) => Some((2, false)),
            0xC4 if matches!(b1, 0x82 | 0x83 | 0x90 | 0x91) => Some((2, true)),
            0xC6 if matches!(b1, 0xA0 | 0xA1 | 0xAF | 0xB0) => Some((2, true)),
            0xE1 if (b1 == 0xBA && b2 >= 0xA0) || (b1 == 0xBB && b2 <= 0xB9) => Some((3, true)),
            _ => None,
        };
        if let Some((len, is_strong)) = fast {
            let known = known(guessed, at, len);
            produced += usize::from(known) * if len >= 3 { 2 } else { 1 };
            if is_strong {
                strong += usize::from(known);
            } else {
                weak += usize::from(known);
                latin_letters = true;
            }
            at += len;
            continue;
        }
        let (c, len) = char_at(bytes, at);
        let known = known(guessed, at, len);
        at += len;
        // A character of three bytes or more counts twice: its mojibake spells three characters (`á»Ÿ`).
        produced += usize::from(known) * if len >= 3 { 2 } else { 1 };
        foreign |= is_foreign(c);
        match kind(c) {
            Kind::Bad => return false,
            Kind::Strong => strong += usize::from(known),
            Kind::Weak => {
                let letter = alphabetic(c);
                weak += usize::from(known && letter);
                latin_letters |= letter;
            }
            Kind::Other(s) => {
                if other_script.is_some_and(|o| o != s) {
                    return false;
                }
                other_script = Some(s);
                other += usize::from(known);
            }
        }
    }
    if other_script.is_some() {
        return mode != Mode::Token && strong == 0 && !latin_letters && other >= 3;
    }
    // With three strong characters the evidence is overwhelming and a sample of the words (the first
    // six) is enough to check that the line reads as Vietnamese; this keeps long lines cheap.
    let limit = if strong >= 3 && mode != Mode::Token { 6 } else { usize::MAX };
    let (mut valid, mut invalid, mut seen) = (0, 0, 0);
    // A syllable of two letters or more: one character alone is no word to read (`Ä¨` is no `Ĩ`).
    let mut long_syllable = false;
    for_each_word(next, &mut |w| {
        seen += 1;
        if syllables.is_syllable(w) {
            valid += 1;
            long_syllable |= w.chars().nth(1).is_some();
        } else if !w.chars().all(char::is_uppercase) {
            invalid += 1;
        }
        seen < limit
    });
    let vietnamese = invalid * 4 <= valid && !foreign;
    // One two-byte character alone is too little (`Ä¨`, Latin-1 text, would read as `Ĩ`): a second one (a
    // tone mark typed after it counts: `Æ¡Ì‰` is `ở`), one of three bytes (`á»Ÿ`), or a word of two letters.
    let worded = produced >= 2 || long_syllable;
    match mode {
        Mode::Token => {
            invalid == 0
                && valid >= 1
                && worded
                && (strong >= 1 || (weak >= 1 && next.chars().any(|c| c.is_ascii_alphabetic())))
                && !foreign
        }
        Mode::Line { relaxed: true } if strong + weak >= 1 && vietnamese => true,
        // Three strong characters or more on one line are overwhelming: names and loanwords (`Bernabéu`)
        // may then be as many as the syllables.
        Mode::Line { .. } if strong >= 3 => valid >= 1 && invalid <= valid && !foreign,
        Mode::Line { .. } if strong >= 1 => valid >= 1 && vietnamese && worded,
        Mode::Line { .. } => {
            let mut latin = true;
            for_each_word(next, &mut |w| {
                latin &= w.chars().count() >= 2 && w.chars().all(|c| script(c) == Script::Latin);
                latin
            });
            weak >= 2 && latin
        }
    }
}

/// Did the character at `bytes[i..i + len]` come without a guessed byte?
fn known(guessed: &[usize], i: usize, len: usize) -> bool {
    guessed.is_empty() || !guessed.iter().any(|&g| (i..i + len).contains(&g))
}

/// The character that starts at `bytes[i]`, a lead byte of valid UTF-8 (`evident`'s text is a `str`), and its
/// length: decoded by hand, as `str::chars` on a sub-slice costs a boundary check and more per character.
fn char_at(bytes: &[u8], i: usize) -> (char, usize) {
    let at = |k: usize| u32::from(bytes.get(i + k).map_or(0, |b| b & 0x3F));
    let b = u32::from(bytes[i]);
    let (cp, len) = match b {
        0xC0..=0xDF => ((b & 0x1F) << 6 | at(1), 2),
        0xE0..=0xEF => ((b & 0x0F) << 12 | at(1) << 6 | at(2), 3),
        _ => ((b & 0x07) << 18 | at(1) << 12 | at(2) << 6 | at(3), 4),
    };
    (char::from_u32(cp).unwrap_or('\0'), len)
}

/// A symbol no Vietnamese text has (as `vietnamese::score` counts them), C1 controls that are windows-1252
/// punctuation (U+0092 for `’`, which `clean` maps) excepted.
fn is_foreign(c: char) -> bool {
    !c.is_ascii()
        && !alphabetic(c)
        && !('\u{300}'..='\u{36F}').contains(&c)
        && !is_common_symbol(c)
        && super::clean::c1_to_cp1252(c).is_none()
}

/// `char::is_alphabetic`, with the scripts mojibake repair meets answered by range (the general look-up was
/// a third of repair time).
fn alphabetic(c: char) -> bool {
    match c {
        _ if c.is_ascii() => c.is_ascii_alphabetic(),
        '×' | '÷' => false,
        'ª' | 'µ' | 'º' | 'À'..='\u{24F}' | '\u{1E00}'..='\u{1EFF}' => true,
        '\u{80}'..='\u{BF}' | '\u{300}'..='\u{36F}' | '\u{2000}'..='\u{206F}' => false,
        _ => c.is_alphabetic(),
    }
}

/// Calls `f` on each word (run of letters) with a non-ASCII letter, also split where a lowercase letter is
/// followed by a capital (`ThủyTheo`), until it returns `false`. Works on the bytes: ASCII letters are
/// settled without decoding, and all-ASCII words are skipped (no caller reads them).
fn for_each_word(text: &str, f: &mut dyn FnMut(&str) -> bool) {
    let bytes = text.as_bytes();
    let mut start = None;
    let mut wide = false; // the current word has a non-ASCII letter
    let mut prev_lower = false;
    let mut at = 0;
    while at < bytes.len() {
        let i = at;
        let b = bytes[i];
        let (letter, upper, lower) = if b < 0x80 {
            at += 1;
            (b.is_ascii_alphabetic(), b.is_ascii_uppercase(), b.is_ascii_lowercase())
        } else {
            let (c, len) = char_at(bytes, i);
            at += len;
            let letter = alphabetic(c);
            let (upper, lower) = if letter { case(c) } else { (false, false) };
            (letter, upper, lower)
        };
        if !letter {
            if let Some(s) = start.take() {
                if wide && !f(&text[s..i]) {
                    return;
                }
            }
            prev_lower = false;
            continue;
        }
        match start {
            None => {
                start = Some(i);
                wide = false;
            }
            Some(s) if upper && prev_lower => {
                if wide && !f(&text[s..i]) {
                    return;
                }
                start = Some(i);
                wide = false;
            }
            Some(_) => {}
        }
        wide |= b >= 0x80;
        prev_lower = lower;
    }
    if let Some(s) = start {
        if wide {
            f(&text[s..]);
        }
    }
}

/// `(c.is_uppercase(), c.is_lowercase())`, answered by range for the Vietnamese letters (the general
/// look-ups were a tenth of the word walk).
fn case(c: char) -> (bool, bool) {
    match u32::from(c) {
        0xC0..=0xD6 | 0xD8..=0xDE => (true, false),
        0xDF..=0xF6 | 0xF8..=0xFF => (false, true),
        0x102 | 0x110 | 0x128 | 0x168 | 0x1A0 | 0x1AF => (true, false),
        0x103 | 0x111 | 0x129 | 0x169 | 0x1A1 | 0x1B0 => (false, true),
        cp @ 0x1EA0..=0x1EF9 => (cp % 2 == 0, cp % 2 == 1),
        _ => (c.is_uppercase(), c.is_lowercase()),
    }
}

/// Does `line` hold a sequence only mojibake spells: `Ã Â Ä Å Æ` followed by a character that stands for a
/// continuation byte (`©`, `‘`, a C1 control; not a space or no-break space), or `á â` (three-byte leads)
/// followed by two of them (`á»™`, `â€™`)? A `?` counts as one after `á»`, `áº` and `Ä` (undefined bytes
/// replaced).
fn signature(line: &str) -> bool {
    let bytes = line.as_bytes();
    // A branch-free pre-filter the compiler vectorises (Vietnamese has a C3 every few bytes, too often for
    // memchr or a branchy loop): a lead image (`C3 82..86`, `C3 A1 A2`) followed by the first byte of a
    // continuation image (`C2 xx`, or `C5 C6 CB E2` for windows-1252's specials) or `?`.
    let maybe = bytes.windows(3).fold(false, |acc, w| {
        acc | ((w[0] == 0xC3)
            & matches!(w[1], 0x82..=0x86 | 0xA1 | 0xA2)
            & matches!(w[2], 0xC2 | 0xC5 | 0xC6 | 0xCB | 0xE2 | b'?'))
    });
    if !maybe {
        return false;
    }
    for i in 0..bytes.len().saturating_sub(2) {
        if bytes[i] != 0xC3 {
            continue;
        }
        let need = match bytes[i + 1] {
            0x82..=0x86 => 1,
            0xA1 | 0xA2 => 2,
            _ => continue,
        };
        let second = bytes[i + 1];
        let mut rest = line[i + 2..].chars();
        let found =
            (0..need).all(|k| rest.next().is_some_and(|c| continuation(c) || (c == '?' && (k == 1 || second == 0x84))));
        if found {
            return true;
        }
    }
    false
}

/// A character windows-1252/Latin-1 shows for a byte 0x80–0xBF, other than the (no-break) space.
fn continuation(c: char) -> bool {
    let cp = u32::from(c);
    ((0x80..=0xBF).contains(&cp) && cp != 0xA0) || (cp > 0xFF && cp1252_special(cp).is_some())
}

/// One layer back, into `out[..n]`: every character of `src` (valid UTF-8) → the windows-1252/Latin-1 byte that
/// shows as it. Works on the encoded bytes: U+0000–U+00FF (ASCII, `C2 xx`, `C3 xx`) are their own byte, and
/// the 27 windows-1252 characters beyond (`Œ` … `™`, 2- or 3-byte sequences led by C5, C6, CB or E2) are
/// looked up. `None` when a character has no such byte (clean Vietnamese fails at its first letter beyond
/// Latin-1) or when `src` is all ASCII (nothing to undo). Else `n` and the count of bytes from 0xC0 up in
/// `out[..n]`, i.e. of the multi-byte characters it holds if it is UTF-8: only `C3 xx` gives such a byte.
///
/// This loop is the hot path of mojibake repair. It writes by index into a buffer that only ever grows
/// (`push` and clearing per line cost more than the mapping), eight bytes at a time over ASCII and one byte
/// without a branch for the usual characters (`C2 xx`, `C3 xx`). A 256-entry lead table with one look-up per
/// character and a `match` per character (a jump table, mispredicted every few bytes) both measured slower.
/// So did a 16-byte window copy with a loop over each cluster of mojibake characters: fewer instructions, but
/// the cluster's end is a mispredicted branch. The last (fewer than eight) bytes go a byte or a character at
/// a time.
fn undo_layer(src: &[u8], out: &mut Vec<u8>) -> Option<(usize, usize)> {
    if out.len() < src.len() {
        out.resize(src.len(), 0); // every character gives one byte
    }
    let out = &mut out[..src.len()];
    let (mut i, mut n, mut leads) = (0, 0, 0);
    while i < src.len() {
        // The ASCII run ahead (up to eight bytes) in one step: eight bytes are copied as they are (`n <= i`,
        // so `n + 8 <= out.len()`), the run's length is where the first byte with bit 7 is, and what follows
        // the run is overwritten next. One step per run rather than a branch per byte: runs are short in
        // Vietnamese (4.5 bytes on average), so a branch per byte is mispredicted at every run's end.
        let Some(word) = src.get(i..i + 8) else { break };
        out[n..n + 8].copy_from_slice(word);
        let ascii = ascii_prefix(word);
        (i, n) = (i + ascii, n + ascii);
        if ascii == 8 {
            continue;
        }
        let b = src[i];
        out[n] = if b & 0xFE == 0xC2 {
            // `C2 xx` is U+0080–U+00BF, byte `xx`; `C3 xx` is U+00C0–U+00FF, byte `xx | 0x40` (`src` is UTF-8,
            // so `xx` is there). No branch between the two.
            leads += usize::from(b & 1);
            i += 2;
            src[i - 1] | (b & 1) << 6
        } else {
            let (byte, len) = special_byte(src, i)?;
            i += len;
            byte
        };
        n += 1;
    }
    // The last bytes (fewer than eight), a byte or a character at a time. The character step is the loop's
    // above written again, not shared: a shared `#[inline(always)]` step measured 1.8–3% more instructions
    // for the whole of `--decode-only mojibake.txt` (callgrind), this being the hot path.
    while i < src.len() {
        let b = src[i];
        out[n] = if b < 0x80 {
            i += 1;
            b
        } else if b & 0xFE == 0xC2 {
            leads += usize::from(b & 1);
            i += 2;
            src[i - 1] | (b & 1) << 6
        } else {
            let (byte, len) = special_byte(src, i)?;
            i += len;
            byte
        };
        n += 1;
    }
    // As many bytes as characters: every character was one byte already, i.e. ASCII.
    (n < src.len()).then_some((n, leads))
}

/// How many of the eight bytes of `word` are ASCII before the first that is not.
#[inline(always)]
fn ascii_prefix(word: &[u8]) -> usize {
    // (Always eight bytes: a shorter slice reads as all ASCII, which no caller gives.)
    let w = u64::from_le_bytes(word.try_into().unwrap_or_default());
    (w & 0x8080_8080_8080_8080).trailing_zeros() as usize / 8
}

/// The windows-1252 byte of the character beyond Latin-1 at `src[i]` (UTF-8) and its length; `None` when it
/// has none. Looked up by code point in `SPECIAL`: in Vietnamese mojibake one character in eight is one of
/// these (`‘ “ • — ™ › Ÿ ƒ …`).
#[inline(always)]
fn special_byte(src: &[u8], i: usize) -> Option<(u8, usize)> {
    let at = |k: usize| src.get(i + k).copied().unwrap_or(0);
    special(src[i], at(1), at(2))
}

/// `special_byte` of the character led by `b`, followed by the bytes `c1` and `c2` (0 past the end).
#[inline(always)]
fn special(b: u8, c1: u8, c2: u8) -> Option<(u8, usize)> {
    let (c1, c2) = (usize::from(c1 & 0x3F), usize::from(c2 & 0x3F));
    let (cp, len) = match b {
        0xC5 | 0xC6 | 0xCB => (usize::from(b & 0x1F) << 6 | c1, 2),
        0xE2 => (0x2000 | c1 << 6 | c2, 3),
        _ => return None,
    };
    let byte = SPECIAL.get(cp.wrapping_sub(SPECIAL_FROM)).copied().filter(|&b| b != 0)?;
    Some((byte, len))
}

/// `cp1252_special` for U+0140–U+213F (every such character lies there), 0 for none.
const SPECIAL_FROM: usize = 0x140;
static SPECIAL: [u8; 0x2140 - SPECIAL_FROM] = {
    let mut table = [0; 0x2140 - SPECIAL_FROM];
    let mut i = 0;
    while i < table.len() {
        if let Some(b) = cp1252_special((i + SPECIAL_FROM) as u32) {
            table[i] = b;
        }
        i += 1;
    }
    table
};

/// The windows-1252 byte (0x80–0x9F) of a character beyond Latin-1, by code point. Hand-written because
/// encoding_rs only encodes whole strings (and would refuse the C1 controls kept for undefined bytes); the
/// tests check it against encoding_rs's windows-1252 and against `clean::c1_to_cp1252`.
const fn cp1252_special(c: u32) -> Option<u8> {
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
/// space where a UTF-8 continuation byte must be is put back as 0xA0, and its position noted as guessed.
fn restore_nbsp(bytes: &mut [u8], guessed: &mut Vec<usize>) {
    let mut need = 0;
    for (i, b) in bytes.iter_mut().enumerate() {
        match *b {
            0x20 if need > 0 => {
                *b = 0xA0;
                guessed.push(i);
                need -= 1;
            }
            b => need = continuations_after(b, need),
        }
    }
}

/// How many UTF-8 continuation bytes are still expected after byte `b`, when `need` were before it.
fn continuations_after(b: u8, need: usize) -> usize {
    match b {
        0x80..=0xBF if need > 0 => need - 1,
        0xC2..=0xDF => 1,
        0xE0..=0xEF => 2,
        0xF0..=0xF4 => 3,
        _ => 0,
    }
}

/// The five bytes windows-1252 leaves undefined, which some programs replaced by `?`.
const UNDEFINED: [u8; 5] = [0x81, 0x8D, 0x8F, 0x90, 0x9D];

/// Puts back the byte a `?` stood for where a continuation byte must be, when exactly one of the five
/// undefined bytes makes the word around it a Vietnamese syllable (`Ä?` → `Đ`; `Trá»?ng` could be `Trọng`,
/// `Trỏng` or `Trờng`, so it stays). `false` when a `?` is ambiguous or the bytes are still not UTF-8.
fn resolve_question_marks(bytes: &mut [u8], guessed: &mut Vec<usize>) -> bool {
    let mut need = 0;
    let mut any = false;
    for i in 0..bytes.len() {
        match bytes[i] {
            b'?' if need > 0 => {
                // A capital after a lowercase letter (`hỐp`) is no candidate.
                let mut fits = UNDEFINED.iter().filter(|&&u| {
                    bytes[i] = u;
                    word_at(bytes, i).is_some_and(|w| {
                        is_syllable(w)
                            && !w.chars().zip(w.chars().skip(1)).any(|(a, b)| a.is_lowercase() && b.is_uppercase())
                    })
                });
                let (Some(&u), None) = (fits.next(), fits.next()) else {
                    bytes[i] = b'?';
                    return false;
                };
                bytes[i] = u;
                guessed.push(i);
                any = true;
                need -= 1;
            }
            b => need = continuations_after(b, need),
        }
    }
    any && utf8(bytes).is_some()
}

/// The word (ASCII letters and non-ASCII bytes) around byte `i`, if it is UTF-8 so far.
fn word_at(bytes: &[u8], i: usize) -> Option<&str> {
    let in_word = |b: &u8| b.is_ascii_alphabetic() || !b.is_ascii();
    let start = bytes[..i].iter().rposition(|b| !in_word(b)).map_or(0, |p| p + 1);
    let end = bytes[i..].iter().position(|b| !in_word(b)).map_or(bytes.len(), |p| i + p);
    std::str::from_utf8(&bytes[start..end]).ok()
}

#[cfg(test)]
mod tests {
    use super::super::clean::c1_to_cp1252;
    use super::*;

    /// UTF-8 read as windows-1252 and saved again.
    fn garbled(s: &str) -> String {
        String::from_utf8(garble(s.as_bytes(), false)).unwrap()
    }

    const TEXT: &str = "Tổng Bí thư Nguyễn Phú Trọng chủ trì hội nghị\nđổi mới, phát triển";

    #[test]
    fn one_and_two_layers_are_undone() {
        let one = garbled(TEXT);
        assert!(one.contains('\u{8D}'), "Trọng has the byte 0x8D windows-1252 leaves undefined");
        let (fixed, m) = repair(&one).unwrap();
        assert_eq!((fixed.as_str(), m.layers, m.lines), (TEXT, 1, 2));
        let (fixed, m) = repair(&garbled(&one)).unwrap();
        assert_eq!((fixed.as_str(), m.layers), (TEXT, 2));
    }

    #[test]
    fn only_broken_lines_change_and_lost_nbsp_is_restored() {
        let mixed = format!("Hà Nội\n{}\nvà", garbled("Bộ Công Thương"));
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
            let (n, leads) = undo_layer(garbled(s).as_bytes(), &mut out).unwrap();
            assert_eq!((leads, &out[..n]), (s.chars().filter(|c| !c.is_ascii()).count(), s.as_bytes()));
        }
    }

    #[test]
    fn the_special_table_holds_every_special() {
        let found = (0..0x11_0000u32).filter(|&c| cp1252_special(c).is_some()).count();
        let in_table = SPECIAL.iter().filter(|&&b| b != 0).count();
        assert_eq!((found, in_table), (27, 27));
    }

    #[test]
    fn case_agrees_with_std() {
        for c in (0..=0x1FFFu32).filter_map(char::from_u32).filter(|&c| alphabetic(c)) {
            assert_eq!(case(c), (c.is_uppercase(), c.is_lowercase()), "{c:?}");
        }
    }

    #[test]
    fn words_are_the_non_ascii_letter_runs() {
        let mut words = Vec::new();
        for_each_word("Hà Nội, ThủyTheo NDTV ĐS&PL x2é café ÄÖ", &mut |w| {
            words.push(w.to_string());
            true
        });
        assert_eq!(words, ["Hà", "Nội", "Thủy", "ĐS", "é", "café", "ÄÖ"]);
    }

    #[test]
    fn lines_are_split_as_split_inclusive_does() {
        for text in ["", "\n", "a", "a\n", "a\nb", "\n\nä\r\nb\n", "Hà Nội\n\nvà"] {
            assert_eq!(lines_inclusive(text).collect::<Vec<_>>(), text.split_inclusive('\n').collect::<Vec<_>>());
        }
    }

    #[test]
    fn chunks_repair_as_one_pass_does() {
        // Clean lines, garbled lines, lines only the second look takes (one Latin-1 letter, an acronym),
        // lines that stay suspect, in every order, cut into chunks of every size.
        let lines = [
            "Hà Nội mưa lớn suốt đêm qua.".to_string(),
            garbled("Tổng Bí thư chủ trì hội nghị Trung ương."),
            "Thanh NiÃªn".to_string(),
            "ÄS&PL".to_string(),
            "Café « Paris » © 2015".to_string(),
            garbled(&garbled("Đổi mới, phát triển bền vững")),
            "Giá vàng tá»? nay tăng".to_string(),
            "plain ascii line".to_string(),
        ];
        for rotation in 0..lines.len() {
            for only_clean in [false, true] {
                let mut order: Vec<&str> = lines.iter().map(String::as_str).collect();
                order.rotate_left(rotation);
                if only_clean {
                    order.retain(|l| repair_lines(l, false).0.is_none());
                }
                let text = order.join("\n").repeat(3);
                let whole = repair_lines(&text, false);
                for chunk in [1, 7, 40, 64, 200] {
                    assert_eq!(repair_chunked(&text, chunk), whole, "rotation {rotation}, chunk {chunk}");
                }
            }
        }
    }

    #[test]
    fn clean_text_is_never_touched() {
        for clean in [TEXT, "Café « Paris » © 2015", "chạy \u{92}té khói\u{92}", "Ô.", "Â", "Ä¨ ", "Hà Nội Ä¨ phố"]
        {
            assert_eq!(repair(clean), None, "{clean}");
        }
    }
}
