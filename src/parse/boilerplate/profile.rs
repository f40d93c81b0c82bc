//! Evidence across documents: a line that recurs verbatim in many documents of a run is site furniture
//! (a teaser box, a footer, a widget) — unless, in the document at hand, it is the article's own title, lead
//! or running text (the sapo of one article is often a teaser in ten others).
//!
//! A `Profile` counts, for each distinct normalised line, the documents it occurs in. It is learned in
//! bounded memory (`ProfileBuilder`: at most `MAX_LINES` counters; when full, the lines seen in only one
//! document so far are dropped, so a count can only be too low and a decision only more cautious), fed in
//! input order, so it does not depend on `--jobs`. `seeds-convert profile DIR… -o profile.json` writes one;
//! `--profile FILE` applies it to any run or shard; a run without `--profile` learns one from all its
//! inputs (before `--shard` picks its part), so its output does not depend on shard boundaries either.

use super::features::Class;
use super::{Detector, RemovedKind, Scan};
use crate::parse::text::lowercase;
use serde::{Deserialize, Serialize};
use sha1::{Digest, Sha1};
use std::collections::{HashMap, HashSet};

/// Lines shorter than this (`Hà Nội`, `Ảnh minh họa`, a reporter's name) recur by chance: they count as
/// furniture only when most documents hold them (`SHORT_SHARE`).
pub const MIN_CHARS: usize = 24;
/// The share of a run's documents a short line must occur in to be furniture (`Gốc`, `liên quan`, `Bình
/// chọn` under every page of a crawl): a byline, a category or an outlet's name is in far fewer (on
/// ../shared/corpus the most frequent short line, a category, is in 16% of its folder's seeds).
pub const SHORT_SHARE: f32 = 0.3;
/// The fewest documents a run needs before short lines are judged by their share.
pub const SHORT_MIN_DOCUMENTS: usize = 10;
/// Runs too small for `SHORT_SHARE` but large enough that half of them is evidence (`recurs_in_small_run`,
/// used by `SmallRun` only where other detectors found furniture around a line): in the labelled sets' folders
/// of five to nine pages, the short lines kept that half the folder's pages (three at least) hold were
/// boilerplate 300 times and article never, but a folder of one site's templated pages repeats its own
/// headings and labels as much. With three or four pages, a series' own headings and a law's signature
/// block recur in all of them.
pub const SMALL_RUN: std::ops::Range<usize> = 5..SHORT_MIN_DOCUMENTS;
/// Most distinct lines a builder keeps counters for (~24 bytes each).
pub const MAX_LINES: usize = 4_000_000;

/// A line's key: the first 8 bytes of the SHA-1 of its lower-cased, space-collapsed text. Stable across
/// runs, machines and versions, so a profile file can be shared.
pub fn line_key(text: &str) -> Option<u64> {
    // A lone character (punctuation left by a scraper) is no line to count.
    if bare(text) {
        return None;
    }
    let mut hasher = Sha1::new();
    for (n, word) in text.split_whitespace().enumerate() {
        if n > 0 {
            hasher.update(b" ");
        }
        hasher.update(lowercase(word).as_bytes());
    }
    let digest = hasher.finalize();
    Some(u64::from_be_bytes(digest[..8].try_into().ok()?))
}

/// Fewest words of a line's opening or close that counts as glued furniture (`Lưu bài viết thành công Bạn
/// có thể xem lại bài viết đã lưu ở trang Tin bài đã lưu` before every 24h article body).
pub const MIN_AFFIX_WORDS: usize = 8;
/// Most words of an opening or close looked at.
pub const MAX_AFFIX_WORDS: usize = 24;
/// Lines at each end of a seed whose openings and closes are counted.
pub const AFFIX_LINES: usize = 5;

/// Keys of a line's openings and closes of `MIN_AFFIX_WORDS` to `MAX_AFFIX_WORDS` words (always fewer than
/// the line has), each with its end, for `recurring_affix`: a widget a scraper glued onto the text (no line
/// break between them) recurs as the opening or close of the line in every page of the site. Empty for a
/// line too short.
///
/// The key is FNV-1a (64 bits) over a marker and the lower-cased words joined by spaces, written out here:
/// a line's prefixes are hashed incrementally (SHA-1, as `line_key` uses, would finalise a copy for each
/// length, which cost more than the rest of learning a profile), and the value must stay the same across
/// runs, machines and versions for profile files to be shared, which std's and rustc-hash's hashers do not
/// promise.
pub fn affix_keys(text: &str) -> Vec<(u64, Affix, usize)> {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    fn feed(mut h: u64, bytes: &[u8]) -> u64 {
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(PRIME);
        }
        h
    }
    let words: Vec<(usize, &str)> =
        text.split_whitespace().map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w)).collect();
    let n = words.len();
    let mut out = Vec::new();
    if n <= MIN_AFFIX_WORDS {
        return out;
    }
    let most = MAX_AFFIX_WORDS.min(n - 1);
    for (affix, marker) in [(Affix::Opening, "\u{1}opening"), (Affix::Close, "\u{1}close")] {
        let mut h = feed(OFFSET, marker.as_bytes());
        for k in 1..=most {
            let (at, word) = if affix == Affix::Close { words[n - k] } else { words[k - 1] };
            h = feed(h, b" ");
            h = if word.chars().any(char::is_uppercase) {
                feed(h, lowercase(word).as_bytes())
            } else {
                feed(h, word.as_bytes())
            };
            if k >= MIN_AFFIX_WORDS {
                // Where the rest of the line starts (an opening) or where the close starts.
                let cut = if affix == Affix::Close { at } else { words[k].0 };
                out.push((h, affix, cut));
            }
        }
    }
    out
}

/// The site's name after a page title (`CHÍNH SÁCH TRẢ HÀNG VÀ HOÀN TIỀN | Shopee Trung tâm trợ giúp`): the part
/// after the line's last title separator (` - `, ` | `, ` – `, ` — `) when it is three to eight words of
/// letters (no figure: `Kỳ 1`, `Phần 2` number a series; two words are as often a place or a side, `U23 Việt
/// Nam - Thái Lan`) and the part before it fifteen characters at least. Returns
/// the key of that part (FNV-1a over a marker and its lower-cased words, as `affix_keys`) and the byte where
/// its separator starts. Learned from a seed's first lines; a name that closes the titles of three documents
/// or more of a run (`Profile::recurring_suffix`) is the site's whatever it says, where `site_suffix` must
/// tie it to the URL or a brand's shape.
pub fn suffix_key(text: &str) -> Option<(u64, usize)> {
    let (cut, sep) = super::TITLE_SEPARATORS.iter().filter_map(|sep| Some((text.rfind(sep)?, sep.len()))).max()?;
    let name = text[cut + sep..].trim();
    let words: Vec<&str> = name.split_whitespace().collect();
    let letters = words.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || ".&'’".contains(c)));
    if !(3..=8).contains(&words.len()) || !letters || text[..cut].trim_end().chars().count() < 15 {
        return None;
    }
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in
        "\u{1}suffix".bytes().chain(words.iter().flat_map(|w| std::iter::once(b' ').chain(lowercase(w).into_bytes())))
    {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0000_0100_0000_01b3);
    }
    Some((h, cut))
}

/// Which end of a line an affix is at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Affix {
    /// The line's first words.
    Opening,
    /// The line's last words.
    Close,
}

/// The key that counts a line (`line_key`) standing in a document's head, among its first thirty lines or
/// its first two fifths (`pipeline::profile_keys`): the line's key mixed with a constant, in the same
/// table. A site's name or menu stands in the head of the pages that print it; a post's headline stands in
/// its own page's head and in the others' lists of recent posts, after their text (`recurring_title`).
///
/// Every document counts `head_key(HEADS)`, which says that the profile counted heads at all.
pub fn head_key(key: u64) -> u64 {
    key.rotate_left(29) ^ 0x6a09_e667_f3bc_c909
}

/// The marker every document counts once as a head's (`head_key`).
pub const HEADS: u64 = 0;

/// Lines that count as a document's head however short it is (`head_keys`).
const HEAD_LINES: usize = 30;

/// The head keys of a document whose non-blank lines have the keys `solid` (`line_key`, worked out once by
/// the caller) and the texts `texts`: the lines above where its text begins (`text_start`), and the marker
/// `HEADS`.
pub fn head_keys<'a>(solid: &'a [Option<u64>], texts: &[&str]) -> impl Iterator<Item = u64> + 'a {
    let head = text_start(texts);
    // (A head line over a line shaped as a headline counts as the run's headline slot too: `slot_keys`.)
    let slots = slot_keys(solid, texts, head);
    std::iter::once(head_key(HEADS)).chain(solid.iter().take(head).flatten().copied().map(head_key)).chain(slots)
}

/// The slot keys (`slot_key`) of a document's head, its first `head` non-blank lines: those of the lines right
/// over a line shaped as a headline (`headline_shaped`), each with the pair's key (`pair_key`: the line and the
/// one under it).
pub fn slot_keys(solid: &[Option<u64>], texts: &[&str], head: usize) -> Vec<u64> {
    (0..head.min(texts.len().saturating_sub(1)))
        .filter(|&i| headline_shaped(texts[i + 1]))
        .filter_map(|i| solid[i].map(|anchor| (anchor, solid[i + 1])))
        .flat_map(|(anchor, under)| std::iter::once(slot_key(anchor)).chain(under.map(|u| pair_key(anchor, u))))
        .collect()
}

/// The key of a head line and the line under it, both `line_key`s (`slot_keys`): a menu's entry over the
/// next entry is the same pair on every page, a template's line over the page's headline a pair of one page.
pub fn pair_key(anchor: u64, under: u64) -> u64 {
    anchor.rotate_left(17) ^ under.rotate_left(53) ^ 0x3c6e_f372_fe94_f82b
}

/// A head line's key as counted where it stands right over a line shaped as a headline (`headline_shaped`):
/// the line a site's template prints over every page's headline (its menu's last entry, its share bar, a
/// contents box's label) is counted so in most of the heads that hold it (`Profile::headline_slot`).
pub fn slot_key(key: u64) -> u64 {
    key.rotate_left(41) ^ 0xbb67_ae85_84ca_a73b
}

/// A line shaped as a page's headline, for the run's headline slot: three words or more reading as a headline
/// (`features::is_headline_like`), no list's entry, no date.
pub fn headline_shaped(text: &str) -> bool {
    // (A Markdown heading's marks are off: the profile reads a seed's lines as they came, `## Tiêu đề`.)
    let text = text.trim_start().trim_start_matches('#');
    text.split_whitespace().count() >= 3
        && super::features::is_headline_like(text)
        && !super::features::is_bulleted(text)
        && crate::parse::layout::date_line(text.trim()).is_none()
}

/// Where a document's text begins among its non-blank lines `texts`, the end of its head (a page's
/// masthead and headline, not the lists of recent posts after its text): the first line of running text
/// (`features::classify`: `Good`) with another among the two after it, in the document's first three
/// quarters (a footer's paragraph about the site is no text); else its first thirty lines, or its first two
/// fifths when that is more.
/// (A short post's text leaves the thirty lines to the lists after it, the site's recent posts, each one's
/// headline, which stands in its own page's head; a portal's menus of seventy lines push the greeting and
/// the path above its headline past the two fifths. A line of running text alone, a site's greeting over
/// every page, does not end the head.)
pub fn text_start(texts: &[&str]) -> usize {
    // (Each line classified once, as the search reaches it: a line is asked about as a start and as the two
    // lines after the two before it.)
    let limit = texts.len() * 3 / 4;
    let mut good: Vec<bool> = Vec::with_capacity(limit.min(256) + 2);
    let starts = |good: &[bool], k: usize| {
        k < limit && good[k] && (good.get(k + 1).copied().unwrap_or(false) || good.get(k + 2).copied().unwrap_or(false))
    };
    for (n, t) in texts.iter().enumerate().take(limit + 2) {
        good.push(super::features::classify(t) == Class::Good);
        if n >= 2 && starts(&good, n - 2) {
            return n - 2;
        }
    }
    // (The last two lines read, with fewer than two lines after them.)
    let read = good.len();
    (read.saturating_sub(2)..read)
        .find(|&k| starts(&good, k))
        .unwrap_or_else(|| HEAD_LINES.max(texts.len() * 2 / 5).min(texts.len()))
}

/// Recurring lines of a set of documents.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Profile {
    /// Format version of the file.
    pub version: u32,
    /// Documents the profile was learned from.
    pub documents: usize,
    /// Keys (hex) of lines (`line_key`) and of the openings and closes of a seed's first and last lines
    /// (`affix_keys`) found in two or more documents, with their document counts; the same lines' keys
    /// as heads' (`head_key`), counted in the documents whose head holds them; and as the run's headline slot's
    /// (`slot_key`, `pair_key`), counted in those whose head has them over a line shaped as a headline.
    pub lines: HashMap<String, usize>,
    #[serde(skip)]
    counts: HashMap<u64, usize>,
}

impl Profile {
    /// How many documents a line must occur in to count as furniture: 3, or 0.2% of the documents if that
    /// is more (a crawl of 3,000 pages: 6).
    pub fn threshold(&self) -> usize {
        3usize.max(self.documents.div_ceil(500))
    }

    /// The number of documents `text` occurs in (0 when it is too short to be counted).
    pub fn documents_with(&self, text: &str) -> usize {
        line_key(text).and_then(|k| self.counts.get(&k).copied()).unwrap_or(0)
    }

    /// The number of documents whose head `text` stands in (`head_key`: among its first thirty lines or its
    /// first two fifths; one document or none read alike, as the profile keeps what two share), or `None`
    /// when the profile counted no heads (one learned before they were: every document counts `HEADS`).
    pub fn heads_with(&self, text: &str) -> Option<usize> {
        self.counts
            .contains_key(&head_key(HEADS))
            .then(|| line_key(text).and_then(|k| self.counts.get(&head_key(k)).copied()).unwrap_or(0))
    }

    /// Whether `anchor`, a line of a document's head, stands over the run's headline slot: the heads of half the
    /// run's documents or more hold it (`threshold` at least), and in four in five of them the line under it
    /// reads as a headline (`slot_key`). Whatever the site's template, its pages print the same line right
    /// over their own headlines; over its menu's other entries it prints the same entries again, which the
    /// caller tells apart as lines the run's other pages print too.
    pub fn headline_slot(&self, anchor: &str) -> bool {
        let Some(key) = line_key(anchor) else { return false };
        let count = |k: u64| self.counts.get(&k).copied().unwrap_or(0);
        // (The heads that hold it; or, for a line the profile counted in no head, the documents: a Markdown
        // seed's head is read as the parser reads it for the slot only.)
        let holding = Some(count(head_key(key))).filter(|&h| h > 0).unwrap_or_else(|| count(key));
        holding >= self.threshold() && holding * 2 >= self.documents && count(slot_key(key)) * 5 >= holding * 4
    }

    /// The number of documents whose head has `under` right under `anchor` (`pair_key`; 0 when fewer than two
    /// do, or a line is too short to be counted).
    pub fn pairs_with(&self, anchor: &str, under: &str) -> usize {
        let (Some(a), Some(u)) = (line_key(anchor), line_key(under)) else { return 0 };
        self.counts.get(&pair_key(a, u)).copied().unwrap_or(0)
    }

    /// Whether `text` recurs often enough to be furniture: a line of `MIN_CHARS` or more in `threshold()`
    /// documents, a shorter one in `SHORT_SHARE` of them (five at least, in a run of `SHORT_MIN_DOCUMENTS`).
    pub fn recurs(&self, text: &str) -> bool {
        let n = self.documents_with(text);
        if text.chars().count() >= MIN_CHARS {
            n >= self.threshold()
        } else {
            self.widespread(text)
        }
    }

    /// Whether `text`, a short line, occurs in half the documents of a small run (`SMALL_RUN`: five to nine
    /// documents, three at least): a folder of one site's pages prints its menu entries, share bar and
    /// footer labels on most of them, and a templated site its own headings and labels. Weaker evidence than
    /// `widespread`: `SmallRun` takes such a line only in a hole of the furniture other detectors took.
    pub fn recurs_in_small_run(&self, text: &str) -> bool {
        if !SMALL_RUN.contains(&self.documents) || text.chars().count() >= MIN_CHARS {
            return false;
        }
        self.on_half(text)
    }

    /// Whether `text` occurs in half the run's documents, three at least, whatever its length and the run's
    /// size (`recurs_in_small_run`, a small run's template stretch).
    pub fn on_half(&self, text: &str) -> bool {
        let n = self.documents_with(text);
        n >= 3 && n * 2 >= self.documents
    }

    /// Whether `text` occurs in four fifths of a small run's documents (`SMALL_RUN`, five at least): a site's
    /// "about" sentence in the footer of every page of a folder of six (held-out-90, a school's anniversary
    /// site), which `widespread` leaves to runs of ten. One document's own sentence is in none of the others
    /// but as a teaser of it, and a teaser is not on four pages in five; a run of copies of one story is
    /// left alone by `Recurring` before this is asked.
    pub fn in_nearly_all(&self, text: &str) -> bool {
        let n = self.documents_with(text);
        SMALL_RUN.contains(&self.documents) && n >= 5 && n * 5 >= self.documents * 4
    }

    /// Whether `text` occurs in `SHORT_SHARE` of a run of `SHORT_MIN_DOCUMENTS` documents or more (five at
    /// least): the site's, whatever its shape.
    pub fn widespread(&self, text: &str) -> bool {
        let n = self.documents_with(text);
        self.documents >= SHORT_MIN_DOCUMENTS && n >= 5 && n as f32 >= SHORT_SHARE * self.documents as f32
    }

    /// The longest opening or close of `text` (`affix_keys`) that recurs in `SHORT_SHARE` of the documents
    /// and five at least (a scraper glues its widget onto every page of a crawl; a phrase that opens the
    /// articles of one story or a template of figures, `- Cách ly tại nhà, nơi lưu trú:`, is in far fewer),
    /// and that stops where the text starts afresh: the text after an opening starts with a capital, a digit
    /// or a quote; the text before a close ends a sentence. Returns the affix and the byte where the line is
    /// cut.
    ///
    /// A template's sentences are no widget: an opening that stops inside a sentence (`Lũy kế từ đầu đợt dịch
    /// thứ tư đến nay,`, `… Khoảng cách -`) is none, and an affix still recurring at the most words counted
    /// (the shared stretch runs on past them: a sentence every report of a series repeats) is none either.
    pub fn recurring_affix(&self, text: &str) -> Option<(Affix, usize)> {
        let share = (SHORT_SHARE * self.documents as f32).ceil() as usize;
        let need = self.threshold().max(5).max(share);
        let mut best: [Option<usize>; 2] = [None, None];
        // Whether the longest key of each kind recurs (the keys come shortest first).
        let mut longest = [false, false];
        for (key, affix, cut) in affix_keys(text) {
            let recurs = self.counts.get(&key).is_some_and(|&c| c >= need);
            longest[affix as usize] = recurs;
            if !recurs {
                continue;
            }
            let fresh = match affix {
                Affix::Opening => {
                    let open = text[..cut].trim_end().ends_with([',', ';', ':', '-', '–', '—', '(']);
                    !open
                        && text[cut..].chars().next().is_some_and(|c| {
                            crate::parse::text::is_capital_or_toned(c) || c.is_ascii_digit() || "\"“‘'(".contains(c)
                        })
                }
                Affix::Close => super::features::ends_sentence(&text[..cut]),
            };
            if fresh {
                best[affix as usize] = Some(cut);
            }
        }
        for (kind, runs_on) in longest.iter().enumerate() {
            if *runs_on {
                best[kind] = None;
            }
        }
        // The opening's longest match is its last; a close's too (its cut moves left as it grows).
        best[0].map(|c| (Affix::Opening, c)).or(best[1].map(|c| (Affix::Close, c)))
    }

    /// Where the site's name after a title starts (`suffix_key`), when three documents of the run or more
    /// (`threshold`), and half of them at least, close a title with it: a site's name is on its every page,
    /// a column's or a match's on some.
    pub fn recurring_suffix(&self, text: &str) -> Option<usize> {
        let (key, cut) = suffix_key(text)?;
        self.counts.get(&key).is_some_and(|&c| c >= self.threshold() && c * 2 >= self.documents).then_some(cut)
    }

    /// Reads a profile file (`seeds-convert profile` output).
    pub fn from_json(json: &str) -> Result<Profile, String> {
        let mut profile: Profile = serde_json::from_str(json).map_err(|e| e.to_string())?;
        if profile.version != 1 {
            return Err(format!("profile version {} is not supported (expected 1)", profile.version));
        }
        for (key, &count) in &profile.lines {
            let k = u64::from_str_radix(key, 16).map_err(|_| format!("`{key}` is not a hexadecimal line key"))?;
            profile.counts.insert(k, count);
        }
        Ok(profile)
    }

    /// The profile as JSON (keys sorted, so the same documents give the same bytes).
    pub fn to_json(&self) -> String {
        let lines: std::collections::BTreeMap<&String, &usize> = self.lines.iter().collect();
        serde_json::to_string(
            &serde_json::json!({"version": self.version, "documents": self.documents, "lines": lines}),
        )
        .unwrap_or_default()
    }
}

/// Learns a `Profile`, one document at a time, in bounded memory.
#[derive(Debug)]
pub struct ProfileBuilder {
    documents: usize,
    counts: HashMap<u64, usize>,
    max_lines: usize,
}

impl Default for ProfileBuilder {
    fn default() -> Self {
        ProfileBuilder::with_limit(MAX_LINES)
    }
}

impl ProfileBuilder {
    /// A builder that keeps at most `max_lines` counters.
    pub fn with_limit(max_lines: usize) -> Self {
        ProfileBuilder { documents: 0, counts: HashMap::new(), max_lines }
    }

    /// Counts the distinct lines of one document.
    pub fn add<'a>(&mut self, lines: impl IntoIterator<Item = &'a str>) {
        let texts: Vec<&str> = lines.into_iter().filter(|l| !l.trim().is_empty()).collect();
        let solid: Vec<Option<u64>> = texts.iter().map(|t| line_key(t)).collect();
        let keys: HashSet<u64> = solid.iter().flatten().copied().chain(head_keys(&solid, &texts)).collect();
        self.add_keys(keys);
    }

    /// Counts one document given the keys of its distinct lines (`line_key`).
    pub fn add_keys(&mut self, keys: impl IntoIterator<Item = u64>) {
        self.documents += 1;
        for key in keys {
            *self.counts.entry(key).or_insert(0) += 1;
        }
        if self.counts.len() > self.max_lines {
            // Lines seen in one document so far go: their counts restart, so a count can only err low.
            self.counts.retain(|_, c| *c > 1);
        }
    }

    /// The profile learned: lines found in two or more documents.
    pub fn finish(self) -> Profile {
        let counts: HashMap<u64, usize> = self.counts.into_iter().filter(|&(_, c)| c >= 2).collect();
        let lines = counts.iter().map(|(k, c)| (format!("{k:016x}"), *c)).collect();
        Profile { version: 1, documents: self.documents, lines, counts }
    }
}

/// The detector: removes recurring lines that are not the document's own title, lead or running text.
pub struct Recurring;

/// A document most of whose text recurs is itself a copy (syndicated, crawled twice): left alone.
const COPY_SHARE: f32 = 0.5;

impl Detector for Recurring {
    fn name(&self) -> &'static str {
        "profile"
    }

    fn detect(&self, scan: &mut Scan) {
        let Some(profile) = scan.cx.profile else { return };
        glued_affixes(scan, profile);
        let live = scan.live();
        let recurring: Vec<usize> = live.iter().copied().filter(|&i| profile.recurs(&scan.items[i].text)).collect();
        if recurring.is_empty() {
            return;
        }
        // The document's lead: its first line of running text, even a short or unfinished sapo
        // (near-good), which other documents of the crawl repeat as a teaser — not one that half the run's
        // pages print in their heads, above their text (a portal's greeting, `Chào mừng bạn đến với cổng
        // thông tin điện tử của Trường …`, over its path and every post's headline): a teaser stands after
        // the other pages' text.
        // (Only on a page whose title is not known yet: under a title, the first running text is its lead,
        // however many notices of a run open with the same sentence. Only over lines that are no running
        // text: a lead goes on with the text, a greeting with the page's path or headline. Nor over a date
        // line: a headline over its date, `Posted on 26/08/2017 by admin`, which other pages list in a box
        // above their text.)
        // (The live line after it found by halving: `live` is in order.)
        let over = |at: usize, what: &dyn Fn(&super::Item) -> bool| {
            let next = live.partition_point(|&k| scan.items[k].line <= scan.items[at].line);
            live.get(next).is_some_and(|&k| what(&scan.items[k]))
        };
        let running = |item: &super::Item| matches!(item.class(), Class::Good | Class::NearGood);
        let dated = |item: &super::Item| crate::parse::layout::date_line(&item.text).is_some();
        // (Nor a line of full running text, or one ending with a colon: a notice's opening sentence over its
        // list, `Thực hiện Nghị định số 95/2021/NĐ-CP … như sau:` — a reviewer's probe. A greeting is short.)
        let site_head = |i: usize| {
            scan.cx.title.is_none()
                && scan.items[i].class() == Class::NearGood
                && !scan.items[i].text.trim_end().ends_with(':')
                && profile
                    .heads_with(&scan.items[i].text)
                    .is_some_and(|h| h >= profile.threshold() && h * 2 >= profile.documents)
                && !over(i, &running)
                && !over(i, &dated)
        };
        // (Nor an entry of a list the run's pages print alike: recurring, with the same line right above it and
        // the same right under it in the heads of other pages — held-out-119's `Bài 19 - Mô hình ARIMA trong time
        // series` between `Bài 20 …` and `Bài 18 …` in every page's list of its fifty latest posts. A sapo that
        // other pages show as a teaser stands between its headline and a share bar on its own page only — a
        // reviewer's probes.)
        let among_recurring = |i: usize| {
            let at = live.partition_point(|&k| k < i);
            let text = &scan.items[i].text;
            let listed = |k: Option<&usize>, above: bool| {
                k.is_some_and(|&k| {
                    let other = &scan.items[k].text;
                    let pairs = if above { profile.pairs_with(other, text) } else { profile.pairs_with(text, other) };
                    pairs >= profile.threshold()
                })
            };
            profile.recurs(text)
                && listed(at.checked_sub(1).and_then(|m| live.get(m)), true)
                && listed(live.get(at + 1), false)
        };
        // (Nor a line nearly all the run's heads print, when running text of the page's own follows it: a box
        // of the site's featured stories, date, headline and sapo, over every page's article — held-out-125's
        // shape; read as the lead, it made each page a copy of the others.)
        let own_prose_after =
            |i: usize| live.iter().filter(|&&k| k > i && scan.items[k].own_prose(profile)).nth(2).is_some();
        // (A line over a date is a headline over its post's date: the page's own, which every page lists among
        // its latest posts above its text — held-out-58's `Hà Nội: Đất nền …` / `Posted on 26/08/2017 by admin`.
        // And a box's line has the site's short lines under it: a series' note over the part's text is its
        // lead — a reviewer's probes.)
        let featured = |i: usize| {
            let heads = profile.heads_with(&scan.items[i].text).unwrap_or(0);
            heads >= 3
                && heads * 5 >= profile.documents * 4
                && !over(i, &dated)
                && scan.in_site_box(i, profile)
                && own_prose_after(i)
        };
        let lead = live.iter().copied().find(|&i| {
            matches!(scan.items[i].class(), Class::Good | Class::NearGood)
                && !site_head(i)
                && !among_recurring(i)
                && !featured(i)
        });
        // A copy repeats the article's opening as well as most of its text; a page whose furniture
        // outweighs a short article (a site's whole footer glued under every one-line body) does not.
        let chars = |i: &usize| scan.items[*i].text.chars().count();
        let total: usize = live.iter().map(chars).sum();
        // (Its title too: a page whose own headline is found in no other document is no copy, whatever
        // its first line of running text is — in a whole page's dump, often a recurring box.)
        let lead_recurs = lead.is_none_or(|l| recurring.contains(&l));
        let title_recurs = scan.cx.title.is_none_or(|t| profile.recurs(t));
        if lead_recurs && title_recurs && recurring.iter().map(chars).sum::<usize>() as f32 > COPY_SHARE * total as f32
        {
            return;
        }
        let core = scan.core();
        // The document's last lines, when every one of them recurs: a standing disclaimer or a teaser's sapo
        // reads as running text, but the text an article ends with is its own only once (another
        // article's sapo shown here is a teaser; in its own document it is the lead).
        // (A box's heading on nearly every page of a small run, `Gần Đây` under every post, is the site's too:
        // it ends the walk no more than a recurring line does, though it is no furniture by itself — if it closes
        // nothing (`Thân ái,`, `Hết.`: a sign-off under every letter of a run).
        // Not one on half of them: a story a shop posts three times in five pages repeats its short headings
        // as much. Past such a line, only lines on nearly every page go on: a series' background paragraph or a
        // prayer three sermons of nine end with stays the text's — a reviewer's probes.)
        let boxed = |t: &str| {
            let t = t.trim_end();
            profile.in_nearly_all(t) && !t.ends_with(',') && !super::features::ends_sentence(t)
        };
        let mut past_box = false;
        let closing: Vec<usize> = live
            .iter()
            .rev()
            .copied()
            .filter(|&i| scan.items[i].kind.is_none())
            .take_while(|&i| {
                let text = &scan.items[i].text;
                if Some(i) == lead {
                    return false;
                }
                if recurring.binary_search(&i).is_ok() && (!past_box || profile.in_nearly_all(text)) {
                    return true;
                }
                past_box = boxed(text);
                past_box
            })
            .filter(|i| recurring.binary_search(i).is_ok())
            .collect();
        // (`in_nearly_all` only where the document's running text is mostly its own: one story sent to five
        // outlets under their own headlines shares its paragraphs, every one — a reviewer's probe.)
        let prose_chars = |recurring_only: bool| -> usize {
            live.iter()
                .filter(|&&k| matches!(scan.items[k].class(), Class::Good | Class::NearGood))
                .filter(|&&k| !recurring_only || recurring.binary_search(&k).is_ok())
                .map(chars)
                .sum()
        };
        let mostly_own = prose_chars(true) * 2 <= prose_chars(false);
        for &i in &recurring {
            let item = &scan.items[i];
            // A unit cut from a long line that reads as running text may be a sentence quoted in many
            // articles: only units that are no running text (a call to action, a disclaimer, a promo line
            // is short or terse) go.
            let unit_text = item.group.is_some() && item.class() == Class::Good;
            // Running text that most of the crawl carries (`SHORT_SHARE` of ten documents or more: a comment
            // policy, a site's "about" paragraph under every page) is the site's, however it reads: a sapo
            // shown as a teaser recurs in a few documents, not in a third of them.
            // In a small run, running text on nearly all its pages (`in_nearly_all`: a site's "about" sentence
            // over its footer, an author's box) is the site's too — but only among the site's lines: the lines
            // right above and right below it recur in the run as well (any length: `Ngân vang ký ức` / the
            // sentence / `Liên Kết`), or it stands at the document's edge. A daily bulletin's safety advice or a
            // series' background paragraph has the document's own lines around it, a paragraph, a caption, a
            // byline (two reviewers' probes).
            let site_line = |next: Option<&usize>| {
                next.is_none_or(|&k| profile.documents_with(&scan.items[k].text) >= profile.threshold())
            };
            let at = live.partition_point(|&k| k < i);
            let among_site = site_line(at.checked_sub(1).and_then(|m| live.get(m))) && site_line(live.get(at + 1));
            let widespread =
                profile.widespread(&item.text) || (mostly_own && among_site && profile.in_nearly_all(&item.text));
            let own_text = !widespread
                && (unit_text || (core.is_some_and(|(a, b)| (a..=b).contains(&i)) && item.class() == Class::Good));
            // A short line that names someone or something (`Minh Anh`, `TTXVN`) or credits a source (`Theo
            // VnExpress`) is the article's, however many documents share it.
            let named = (item.text.chars().count() < MIN_CHARS && names_or_credits(&item.text))
                || parenthesised_source(&item.text);
            if item.kind.is_some() || (own_text && !closing.contains(&i)) || named || Some(i) == lead {
                continue;
            }
            scan.remove(i, RemovedKind::Recurring, "profile");
        }
    }
}

/// The detector for small runs (`SMALL_RUN`): short lines that half the run's documents hold
/// (`Profile::recurs_in_small_run`) go where they fill a hole in the furniture other detectors took — a run
/// of them whose neighbours above and below are taken already — outside the article's span, unless one names
/// someone or something (a byline, a place), ends in a colon or a sentence, or stands in parentheses. Above
/// the text such a line must stand in other pages' heads too. It runs after every other detector: it only
/// finishes what they found (in a folder of one site's templated pages, recipes or spec sheets, the text's own
/// headings and labels recur as much as its menus).
pub struct SmallRun;

/// The page's end past its running text, in a small run: from the last line up, every line either taken by a
/// detector already or printed on half the run's pages (`on_half`, any length: a footer's `Liên kết nhanh`,
/// `Hotline:`, `Facebook`) — the site's footer, which the detectors took only in part. It goes when a detector
/// took some of it and all of it stands below the running text's last line (`Scan::core`). The walk stops at a
/// name or a credit (`Minh Anh`, `Theo VnExpress`: a byline a series prints under every part), a note in
/// parentheses (`(Còn tiếp)`) and a line of running text (a paragraph every part of a series closes with), which
/// stay, as they do in `SmallRun`'s holes.
/// The running text's span it was asked (`None`: none), which what it takes, past that span and no prose, leaves
/// as it was.
fn closing_tail(scan: &mut Scan, profile: &Profile) -> Option<(usize, usize)> {
    let core = scan.core();
    let Some((_, last)) = core else { return core };
    let mut live = Vec::new();
    let mut taken = 0;
    for i in (last + 1..scan.items.len()).rev() {
        let item = &scan.items[i];
        if item.is_blank() {
            continue;
        }
        if item.removed.is_some() {
            taken += 1;
            continue;
        }
        let text = item.text.trim();
        let note = text.starts_with('(') && text.ends_with(')');
        let named = names_or_credits(text) && !super::features::is_bulleted(text);
        let prose = matches!(item.class(), Class::Good | Class::NearGood);
        if item.kind.is_some() || note || named || prose || !profile.on_half(text) {
            return core;
        }
        live.push(i);
    }
    if taken > 0 {
        for i in live {
            scan.remove(i, RemovedKind::Recurring, "small-run");
        }
    }
    core
}

/// Fewest lines in a row that make a stretch of a small run's lines the site's template on a page with no
/// running text (`SmallRun`).
const STRETCH: usize = 6;

/// Fewest lines of evidence that make a stretch at a page's very top or bottom the site's template, when
/// nearly every page of the run prints each of its recurring lines there (`template_stretches`).
const EDGE_STRETCH: usize = 3;

impl Detector for SmallRun {
    fn name(&self) -> &'static str {
        "small-run"
    }

    fn detect(&self, scan: &mut Scan) {
        let Some(profile) = scan.cx.profile else { return };
        if !SMALL_RUN.contains(&profile.documents) {
            return;
        }
        let core = closing_tail(scan, profile);
        let live = scan.live();
        let found: Vec<usize> = live
            .iter()
            .copied()
            .filter(|&i| {
                let item = &scan.items[i];
                // (A label that introduces what follows, `Nơi nhận:`, `Hỏi:`, a sentence, `Amen.`, `Đó là Lời
                // Chúa.`, or a note in parentheses, `(Đã ký)`, `(Còn tiếp)`, is the text's own as often.)
                let text = item.text.trim();
                let note = text.starts_with('(') && text.ends_with(')');
                item.kind.is_none()
                    && !text.ends_with(':')
                    && !super::features::ends_sentence(text)
                    && !note
                    && profile.recurs_in_small_run(text)
                    // (A menu's bulleted entry in capitals, `* TRANG CHỦ`, `* VỀ CHÚNG TÔI`, names no one.)
                    && (!names_or_credits(text) || super::features::is_bulleted(text))
            })
            .collect();
        if found.is_empty() {
            return;
        }
        // Above the text, only what other pages print above theirs too: a post's headline stands atop its
        // own page and in the others' lists of recent posts, after their text (`head_key`).
        // (Lines past the head's reach, `head_keys`, are not counted as heads: there the evidence stands.)
        let solid: Vec<usize> = (0..scan.items.len()).filter(|&k| !scan.items[k].is_blank()).collect();
        let reach = HEAD_LINES.max(solid.len() * 2 / 5);
        let in_head = |i: usize| solid.partition_point(|&k| k < i) < reach;
        let heads_too = |i: usize| !in_head(i) || profile.heads_with(&scan.items[i].text).is_none_or(|h| h >= 3);
        let Some((first, last)) = core else {
            // No running text to place them by (a page of tables, lists or figures, whose lines no detector
            // reads as prose): a stretch of `STRETCH` such lines in a row or more, blank lines aside — a
            // menu's or a footer's column, printed on half the run's pages — is the site's template; the text's
            // own labels recurring across a templated run stand between lines of its own.
            let found: Vec<usize> = found.into_iter().filter(|&i| heads_too(i)).collect();
            // (A stretch of list entries ends where they do: the template's own first label right under a
            // menu's column, printed on every page too, is no entry of it. Three quarters of the page at most
            // go.)
            let bulleted = |i: &usize| super::features::is_bulleted(&scan.items[*i].text);
            let mut stretches = Vec::new();
            let mut n = 0;
            // (A list's number alone, `3.`, the line a text browser prints for a nested list's entry, stands in
            // a menu's column as its entries do: the run cannot count it, too bare, and it parts no stretch —
            // mdBook's sidebar through w3m, held-out-122.)
            let numbers: Vec<bool> = solid.iter().map(|&k| list_number(scan.items[k].text.trim())).collect();
            while n < solid.len() {
                // (`found` is in order: asked by halving, so a long page's scan stays linear in its lines' log.)
                let len =
                    (n..solid.len()).take_while(|&m| numbers[m] || found.binary_search(&solid[m]).is_ok()).count();
                let mut stretch = &solid[n..n + len];
                while stretch.first().is_some_and(|i| !bulleted(i)) {
                    stretch = &stretch[1..];
                }
                while stretch.last().is_some_and(|i| !bulleted(i)) {
                    stretch = &stretch[..stretch.len() - 1];
                }
                // (A menu's entries, four in five at least: a price board's rows, a spec sheet's or a lottery's
                // labels, a song's lines recur across a templated run unmarked — a reviewer's probes.)
                // (Or, unmarked, a stretch in a hole of the furniture other detectors took, or at the page's
                // edge: a calendar's rows between a sidebar's widgets.)
                let taken_or_edge = |k: Option<&usize>| k.is_none_or(|&k| scan.items[k].removed.is_some());
                let hole =
                    taken_or_edge(n.checked_sub(1).and_then(|m| solid.get(m))) && taken_or_edge(solid.get(n + len));
                let menu = stretch.iter().filter(|i| bulleted(i)).count() * 5 >= stretch.len() * 4;
                if menu && stretch.len() >= STRETCH {
                    stretches.extend_from_slice(stretch);
                } else if hole && len >= STRETCH {
                    stretches.extend_from_slice(&solid[n..n + len]);
                }
                n += len.max(1);
            }
            // (Never the whole page: what it holds besides is its text, however it reads.)
            let live = scan.live().len();
            if stretches.len() * 4 > live * 3 {
                return;
            }
            for i in stretches {
                scan.remove(i, RemovedKind::Recurring, "small-run");
            }
            return;
        };
        let outside: Vec<usize> = found.iter().copied().filter(|&i| (i < first && heads_too(i)) || i > last).collect();
        // Widgets left standing among the furniture other detectors took: a run of such lines (one line or
        // more in a row, blank lines aside) whose neighbours right above and below it are taken already (the
        // document's start or end counts). A run with a line of the document's own next to it (a table's
        // label over its value, a recipe's heading over its ingredients, a hymn's refrain, a credit under
        // the text) is the text's template, however many of the site's pages print it (a reviewer's probes:
        // recipes, spec tables, lottery results, prayers, letters).
        let taken_at = |n: Option<&usize>| n.is_none_or(|&k| scan.items[k].removed.is_some());
        let mut taken: Vec<usize> = Vec::new();
        let mut n = 0;
        while n < solid.len() {
            let len = solid[n..].iter().take_while(|k| outside.contains(k)).count();
            if len > 0 && taken_at(n.checked_sub(1).and_then(|m| solid.get(m))) && taken_at(solid.get(n + len)) {
                taken.extend(&solid[n..n + len]);
            }
            n += len.max(1);
        }
        for i in taken {
            scan.remove(i, RemovedKind::Recurring, "small-run");
        }
        template_stretches(scan, profile, &solid, (first, last), &in_head);
    }
}

/// A line too bare for the profile to count (`line_key` is none): one letter or digit at most. (Asked without
/// the key's hash; `line_key` asks it first.)
fn bare(text: &str) -> bool {
    text.chars().filter(|c| c.is_alphanumeric()).nth(1).is_none()
}

/// A list's number alone on its line (`3.`, `12)`).
fn list_number(text: &str) -> bool {
    text.len() > 1
        && text.len() <= 4
        && text.ends_with(['.', ')'])
        && text[..text.len() - 1].bytes().all(|b| b.is_ascii_digit())
}

/// What a line outside the text is to a stretch of the run's template (`template_stretches`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stretch {
    /// Taken by a detector already: furniture, and evidence of it.
    Taken,
    /// Printed on half the run's pages and still standing.
    Recurring,
    /// Neither evidence nor against it, but carried along: no letter or digit (`[] []`, a rule of
    /// underscores); a recurring label ending with a colon or a recurring sentence (`Email:`, `Lost your
    /// password?`); a recurring name in the head (a forum's list of active members) or, in the tail, one
    /// written without a Vietnamese letter (a theme's `Post Comment`, `YouTube`).
    Carried,
    /// The document's own, or what may be: the stretch ends here.
    Breaks,
}

/// A stretch of the run's template outside the text, in a small run (`SMALL_RUN`): `STRETCH` lines or more
/// in a row, blank lines aside, each either taken by a detector already or printed on half the run's pages
/// (`Profile::on_half`, any length), one of them still standing at least — `EDGE_STRETCH` at the page's top
/// or bottom when four pages in five print each of its recurring lines there. Its standing lines go,
/// with the bare ones (no letter or digit) among them. The hole rule above needs both neighbours of a
/// recurring line taken; a site's sidebar, comment form and footer print many such lines in a row, the
/// detectors taking some (a menu, a long recurring sentence) and leaving the short labels, numbers and
/// names between them (held-out-112's forum head, -115's blog footers: 4,724 of the labelled sets' 10,800
/// leaked lines stood in small runs on half their pages or more).
///
/// A note in parentheses, running text, a line no other page prints, a credit, and in the tail a Vietnamese
/// name, end the stretch; so do the three lines over the text when they end a sentence, end with a colon or
/// read as a name (a byline, a lead), and every line under the text down to the first one another detector
/// took (the page's own closing: a sign-off, a source's note, a law's signature block). A recipe's heading
/// over its own ingredients stays with them. In the head, a line must stand in other pages' heads too (`in_head`'s
/// callers: a post's headline is in the others' lists of recent posts, after their text).
fn template_stretches(
    scan: &mut Scan,
    profile: &Profile,
    solid: &[usize],
    (first, last): (usize, usize),
    in_head: &dyn Fn(usize) -> bool,
) {
    // Where the text starts and ends among the solid lines. The three lines over the text are where a page
    // puts its own byline or lead; under it, the lines down to the first one another detector took are the
    // page's own closing — a sign-off of one word (`Mây`, `Hạ`), a source's note (`Sưu tầm`), a signature
    // block (`TM. ỦY BAN NHÂN DÂN` / `KT. CHỦ TỊCH` / `Đã ký` / the signer) — however many pages of the run
    // print it (a reviewer's probes).
    let (start, end) = (solid.partition_point(|&i| i < first), solid.partition_point(|&i| i <= last));
    let over_text = |k: usize| k < start && start - k <= 3;
    let furniture_from = (end..solid.len()).find(|&k| scan.items[solid[k]].removed.is_some()).unwrap_or(solid.len());
    let what = |k: usize| -> Stretch {
        let i = solid[k];
        let item = &scan.items[i];
        if (first..=last).contains(&i) || (end..furniture_from).contains(&k) {
            return Stretch::Breaks;
        }
        if item.removed.is_some() {
            return Stretch::Taken;
        }
        let text = item.text.trim();
        // (A line with no letter or digit is carried along; so is one too bare for the profile to count: a
        // list's number alone, `3.`, a contents list's entry the browser put on no line; a widget's `X`, a search
        // box's `1. [ ____ ]`. But not a figure alone nor a value of one letter that alternates with labels,
        // `Câu 1` / `A` / `Câu 2` / `C`: a table's, a form's or a poem's own — a reviewer's probes.)
        if !text.chars().any(char::is_alphanumeric) {
            return Stretch::Carried;
        }
        if item.kind.is_none() && bare(text) {
            let value = |k: Option<usize>| {
                k.and_then(|k| solid.get(k)).is_some_and(|&i| {
                    let t = scan.items[i].text.trim();
                    !list_number(t) && t.chars().any(char::is_alphanumeric) && bare(t)
                })
            };
            // (A figure alone, `1`, `5`, is a value too: a stanza's number, a table's rank or score.)
            let figure = text.bytes().all(|b| b.is_ascii_digit());
            if list_number(text) || !(figure || value(k.checked_sub(2)) || value(Some(k + 2))) {
                return Stretch::Carried;
            }
        }
        let note = text.starts_with('(') && text.ends_with(')');
        if item.kind.is_some()
            || note
            || matches!(item.class(), Class::Good | Class::NearGood)
            || !profile.on_half(text)
        {
            return Stretch::Breaks;
        }
        if i < first && in_head(i) && profile.heads_with(text).is_some_and(|h| h < 3) {
            return Stretch::Breaks;
        }
        let credit = credits(text);
        // (Two words with letters at least: a form's `Comment *` is no name.)
        let worded = text.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).count();
        let name = super::features::is_name_like(text) && (worded >= 2 || text.chars().skip(1).any(char::is_uppercase));
        let labelled = text.ends_with(':') || super::features::ends_sentence(text);
        // (A Vietnamese name in the tail is a signer's or a credit's wherever it stands — a detector may have
        // taken a line inside a signature block, a list of recipients; in the head, or written without a
        // Vietnamese letter, a forum's list of members or a theme's `Post Comment`, `YouTube`.)
        // (Not a menu's bulleted entry, `* TRANG CHỦ`, `* VỀ CHÚNG TÔI`, in a footer's menu.)
        let signer = name
            && i > last
            && crate::parse::layout::has_vietnamese_letter(text)
            && !super::features::is_bulleted(text);
        if credit || ((name || labelled) && over_text(k)) || signer {
            return Stretch::Breaks;
        }
        if name || labelled {
            return Stretch::Carried;
        }
        Stretch::Recurring
    };
    let kinds: Vec<Stretch> = (0..solid.len()).map(what).collect();
    let mut gone = Vec::new();
    let mut n = 0;
    while n < solid.len() {
        let len = kinds[n..].iter().take_while(|&&k| k != Stretch::Breaks).count();
        if len == 0 {
            n += 1;
            continue;
        }
        let run = &kinds[n..n + len];
        // (Taken lines count when they hold a letter or a digit: a rule of dashes is no evidence.)
        let evidence = (n..n + len)
            .filter(|&k| match kinds[k] {
                Stretch::Recurring => true,
                Stretch::Taken => scan.items[solid[k]].text.chars().any(char::is_alphanumeric),
                _ => false,
            })
            .count();
        // (At the page's very top or bottom, a shorter stretch will do when nearly every page of the run prints
        // each of its recurring lines — at the top, in its head: the site's masthead and menu over every post,
        // its login box under every one. A series' own opening lines vary with its part or its date.
        // At the top only over the page's headline (none found yet, or read from a line below): under a seed's
        // title line stand its own salutation, its column's labels, a decree's header, a recipe's heading. At
        // the bottom only from a line with a word that a detector took, and with no name carried along: a
        // page's own closing, a sign-off under `***`, a signature under `./.`, stands between its text and the
        // first such line — a reviewer's probes.)
        let nearly_all = |d: usize| d >= 4 && d * 5 >= profile.documents * 4;
        let mut recurring =
            (n..n + len).filter(|&k| kinds[k] == Stretch::Recurring).map(|k| scan.items[solid[k]].text.as_str());
        let edge = if n == 0 {
            let last = scan.items[solid[n + len - 1]].line;
            let over_title = scan.cx.title.is_none() || scan.cx.title_line.is_some_and(|t| last < t);
            over_title && recurring.all(|t| profile.heads_with(t).is_some_and(nearly_all))
        } else if n + len == solid.len() {
            let worded = |k: &usize| scan.items[solid[*k]].text.chars().any(char::is_alphanumeric);
            // (A person's name: one with a Vietnamese letter, `Mây`, or two words or more, each capitalised,
            // `Linh Nga`; a brand, `YouTube`, and a widget's label, `Follow by Email`, are no one's.)
            let named = (n..n + len).any(|k| {
                let text = scan.items[solid[k]].text.trim();
                kinds[k] == Stretch::Carried
                    && worded(&k)
                    && super::features::is_name_like(text)
                    && (crate::parse::layout::has_vietnamese_letter(text)
                        || (text.split_whitespace().count() >= 2
                            && text.split_whitespace().all(|w| w.chars().next().is_some_and(char::is_uppercase))))
            });
            !named
                && (n..n + len).find(worded).is_some_and(|k| kinds[k] == Stretch::Taken)
                && recurring.all(|t| nearly_all(profile.documents_with(t)))
        } else {
            false
        };
        let needed = if edge { EDGE_STRETCH } else { STRETCH };
        if evidence >= needed && run.contains(&Stretch::Recurring) {
            gone.extend((n..n + len).filter(|&k| matches!(kinds[k], Stretch::Recurring | Stretch::Carried)));
        }
        n += len;
    }
    for k in gone {
        scan.remove(solid[k], RemovedKind::Recurring, "small-run");
    }
}

/// A widget glued onto the first or last lines of the text without a line break: the recurring opening or
/// close is cut off the line and recorded (`profile-affix`).
fn glued_affixes(scan: &mut Scan, profile: &Profile) {
    let live = scan.live();
    let n = live.len();
    let ends: Vec<usize> =
        live.iter().enumerate().filter(|&(k, _)| k < AFFIX_LINES || k + AFFIX_LINES >= n).map(|(_, &i)| i).collect();
    // Back to front, so that splitting a line does not move the ones still to do.
    for &i in ends.iter().rev() {
        if scan.items[i].kind.is_some() {
            continue;
        }
        let Some((affix, cut)) = profile.recurring_affix(&scan.items[i].text) else { continue };
        scan.split(i, cut);
        let gone = if affix == Affix::Opening { i } else { i + 1 };
        scan.remove(gone, RemovedKind::Recurring, "profile-affix");
    }
}

/// A line that names a source in parentheses, as the press credits a section (`(Công ty Cổ phần Chứng khoán
/// Ngân hàng Đầu tư và Phát triển Việt Nam - BSC)`): at most 150 characters, no sentence inside, two words
/// in five capitalised at least (a Vietnamese name capitalises each word's first syllable only). Many
/// documents of a run may share it; it is still each one's credit.
fn parenthesised_source(text: &str) -> bool {
    let Some(inner) = text.trim().strip_prefix('(').and_then(|t| t.strip_suffix(')')) else { return false };
    let words: Vec<&str> = inner.split_whitespace().filter(|w| w.chars().any(char::is_alphabetic)).collect();
    let capitals =
        words.iter().filter(|w| w.chars().next().is_some_and(crate::parse::text::is_capital_or_toned)).count();
    text.chars().count() <= 150
        && !words.is_empty()
        && capitals * 5 >= words.len() * 2
        && super::features::inner_sentence_ends(inner) == 0
        && !super::features::ends_sentence(inner)
}

/// A line that credits a source (`Theo VnExpress`, `Nguồn: …`, `(Theo TTXVN)`).
fn credits(text: &str) -> bool {
    let lower = crate::parse::text::lowercase(text);
    lower.starts_with("theo") || lower.starts_with("nguồn") || lower.starts_with("(theo")
}

/// A short line that names someone or something or credits a source (`Minh Anh`, `TTXVN`, `Theo
/// VnExpress`). One capitalised word (`Gốc`, `Video`) is a widget's label as often as a name: a name is two
/// words or more, or an acronym or brand (`TTXVN`, `VnExpress`).
fn names_or_credits(text: &str) -> bool {
    let credit = credits(text);
    let word = text.trim();
    let brand = word.chars().skip(1).any(char::is_uppercase);
    credit || (super::features::is_name_like(word) && (word.split_whitespace().count() >= 2 || brand))
}

#[cfg(test)]
mod tests {
    use super::super::{strip, Context, Item, Rules};
    use super::*;

    const PARA: &str = "Theo báo cáo của Bộ Tài chính, trong năm qua ngân sách nhà nước đã thu được nhiều hơn so với dự toán, nhờ các khoản thu từ đất và từ dầu thô.";
    const TEASER: &str = "Giá vàng hôm nay tăng mạnh sau khi Fed giữ nguyên lãi suất";
    const OTHER: &str =
        "Một đoạn khác của bài báo, trong đó các đại biểu đã thảo luận về những vấn đề của ngân sách địa phương.";

    fn profile_of(docs: &[Vec<&str>]) -> Profile {
        let mut builder = ProfileBuilder::default();
        for doc in docs {
            builder.add(doc.iter().copied());
        }
        builder.finish()
    }

    #[test]
    fn recurring_teasers_go_but_a_documents_own_lead_stays() {
        let mut docs: Vec<Vec<&str>> = (0..5).map(|_| vec![PARA, TEASER]).collect();
        docs.push(vec![TEASER]);
        let profile = profile_of(&docs);
        assert_eq!(profile.documents_with(TEASER), 6);
        assert!(profile.recurs(TEASER));
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let other = OTHER;
        let items = vec![Item::new(other.into(), 1), Item::new(other.into(), 2), Item::new(TEASER.into(), 3)];
        let (kept, removed) = strip(items, cx);
        assert_eq!(removed.iter().map(|r| r.kind.as_str()).collect::<Vec<_>>(), vec!["duplicate-line", "recurring"]);
        assert_eq!(kept.len(), 1);
        // In the document whose sapo it is, the same line opens the article and stays.
        let sapo = "Giá vàng hôm nay tăng mạnh sau khi Cục Dự trữ liên bang Mỹ giữ nguyên lãi suất, và các nhà đầu tư trong nước đã mua vào.";
        let profile = profile_of(&(0..6).map(|_| vec![sapo]).collect::<Vec<_>>());
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let items = vec![Item::new(sapo.into(), 1), Item::new(other.into(), 2), Item::new(PARA.into(), 3)];
        let (kept, _) = strip(items, cx);
        assert_eq!(kept.len(), 3);
        // So does a sapo dense with names and few function words (VietnamNet, 2025): near-good, not good.
        let cut = "Chiều 5/4, Thủ tướng Phạm Minh Chính chủ trì cuộc họp Thường trực Chính phủ với các bộ, ngành, đánh giá tình hình trước việc Mỹ công bố quyết định áp mức thuế đối ứng lên các mặt hàng xuất khẩu của Việt Nam sang nước này.";
        assert_eq!(crate::parse::boilerplate::features::classify(cut), Class::NearGood);
        let profile = profile_of(&(0..6).map(|_| vec![cut]).collect::<Vec<_>>());
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let items = vec![Item::new(cut.into(), 1), Item::new(other.into(), 2), Item::new(PARA.into(), 3)];
        let (kept, removed) = strip(items, cx);
        assert_eq!(kept.len(), 3, "{removed:?}");
    }

    /// The kept lines and the removals of the third of six pages (`page(n)`'s lines), stripped with the
    /// profile of all six.
    fn third_of_six(page: impl Fn(usize) -> Vec<String>) -> (Vec<String>, Vec<crate::model::Removed>) {
        let pages: Vec<Vec<String>> = (0..6).map(page).collect();
        let docs: Vec<Vec<&str>> = pages.iter().map(|p| p.iter().map(String::as_str).collect()).collect();
        let profile = profile_of(&docs);
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let items = pages[2].iter().enumerate().map(|(n, t)| Item::new(t.clone(), n + 1)).collect();
        let (kept, removed) = strip(items, cx);
        (kept.into_iter().map(|i| i.text).collect(), removed)
    }

    #[test]
    fn a_box_of_dated_teasers_over_every_pages_article_is_the_sites_not_its_comments_nor_its_text() {
        // A portal's news box over every article (held-out-125): each story's picture, its date and agency, its
        // headline, its sapo. A date with a name reads as a commenter's line, and the box as the running text.
        let teasers = [
            ("03/12/2023 - Reuters", "Tập Cận Bình tái đắc cử nhiệm kỳ thứ ba", "Ngày 10-3, ông đã chính thức giành được nhiệm kỳ thứ ba với tư cách là chủ tịch nước, trong phiên họp của quốc hội nước này."),
            ("02/22/2023 - BDN", "Động đất ở Thổ Nhĩ Kỳ và Syria", "Đã hơn mười ngày sau trận động đất mạnh, chính quyền và người dân của hai nước đang dần chuyển sang nỗ lực tái thiết."),
            ("02/08/2023 - BDN", "Mỹ bắn hạ khinh khí cầu xâm nhập không phận", "Ngày 28/1, khinh khí cầu bất ngờ xuất hiện trên bầu trời nước Mỹ, và không quân đã dùng tên lửa để bắn hạ nó."),
            ("12/31/2022 - BDN", "Tổng thống gởi lời chúc mừng năm mới", "Ngày 31-12, tổng thống đã gởi lời chúc mừng nhân dịp bước sang năm mới, đồng thời cũng chúc Tết đến toàn thể nhân dân."),
            ("12/08/2022 - BDN", "Kêu gọi viện trợ quân sự cho năm tới", "Vừa mới đây, chính phủ đã yêu cầu các nước bạn viện trợ thêm cho những vùng lãnh thổ bị cách xa khỏi đất liền của mình."),
        ];
        let own = |n: usize| -> Vec<String> {
            [PARA, OTHER, "Các quan chức cho biết những mảnh vỡ đã rơi theo chiều thẳng đứng xuống biển, ngoài khơi bờ đông của đất nước."]
                .iter()
                .map(|p| format!("{p} Đây là bài số {n}."))
                .collect()
        };
        let page = |n: usize| -> Vec<String> {
            let mut lines = vec!["Trang chủ".to_string(), "Giới thiệu".to_string(), "Tin tức - Sự kiện".to_string()];
            for (k, (date, headline, sapo)) in teasers.iter().enumerate() {
                lines.extend([format!("[ảnh-{k}]"), date.to_string(), headline.to_string(), sapo.to_string()]);
            }
            lines.extend([format!("Tiêu đề của bài số {n}"), format!("BDN - {} thg 2 năm 2023", n + 1)]);
            lines.extend(own(n));
            lines.extend(["Chia sẻ tin tức:".to_string(), "Liên hệ: 0123 456 789".to_string()]);
            lines
        };
        let (kept, removed) = third_of_six(page);
        let kept: Vec<&str> = kept.iter().map(String::as_str).collect();
        for line in own(2) {
            assert!(kept.contains(&line.as_str()), "{removed:?}");
        }
        assert!(removed.iter().all(|r| r.kind != "reader-comments"), "{removed:?}");
        for (_, _, sapo) in teasers {
            assert!(!kept.contains(&sapo), "{kept:?}");
        }
    }

    #[test]
    fn dated_lines_with_a_name_that_every_page_prints_open_no_comment_section_over_the_pages_own_text() {
        // A site's notice, then its box of dated stories (`02/22/2023 - BDN`: a date and a name, as a
        // commenter's line reads), then the page's text. A reader's comment is one page's own: lines every page
        // prints over all of the page's text are none, and the text under them stays.
        let own = |n: usize| -> Vec<String> {
            [PARA, OTHER, "Các quan chức cho biết những mảnh vỡ đã rơi theo chiều thẳng đứng xuống biển, ngoài khơi bờ đông của đất nước.", "Tổng thống hứa là sẽ nhanh chóng trở lại với hồ sơ này để thông báo về những thông tin đã thu thập được."]
                .iter()
                .map(|p| format!("{p} Đây là bài số {n}."))
                .collect()
        };
        // (Over them a notice four pages in six print, no page's own: the text starts there for the detector.)
        let notice =
            "Website này sắp không còn được sử dụng, vui lòng đi đến trang mới của chúng tôi để đọc các bài viết.";
        let page = |n: usize| -> Vec<String> {
            let mut lines =
                vec![if n < 4 { notice.to_string() } else { format!("Chào mừng bạn đọc số {n}") }];
            for (date, headline) in [
                ("02/22/2023 - BDN", "Động đất ở Thổ Nhĩ Kỳ"),
                ("02/08/2023 - Reuters", "Khinh khí cầu bị bắn hạ"),
                ("12/31/2022 - BDN", "Lời chúc năm mới"),
            ] {
                lines.extend([
                    format!("[{date}]"),
                    date.to_string(),
                    headline.to_string(),
                    format!("- {headline}: {OTHER}"),
                ]);
            }
            lines.extend(own(n));
            lines
        };
        let (kept, removed) = third_of_six(page);
        let kept: Vec<&str> = kept.iter().map(String::as_str).collect();
        assert!(removed.iter().all(|r| r.kind != "reader-comments"), "{removed:?}");
        for line in own(2) {
            assert!(kept.contains(&line.as_str()), "{removed:?}");
        }
    }

    #[test]
    fn a_greeting_over_every_pages_path_is_no_lead() {
        // A school portal (held-out-82): its greeting, which reads as a sentence's start, above every page's
        // path and headline. Half the run's pages print it in their heads: no lead, but furniture.
        let greeting = "Chào mừng bạn đến với cổng thông tin điện tử của Trường Trung Học Cơ Sở Nguyễn Huệ";
        assert_eq!(crate::parse::boilerplate::features::classify(greeting), Class::NearGood);
        let headlines: Vec<String> = (0..6).map(|n| format!("Liên đội tổ chức hoạt động số {n} của năm học")).collect();
        let texts: Vec<String> = (0..6).map(|n| format!("{PARA} Đây là bài số {n}.")).collect();
        let docs: Vec<Vec<&str>> =
            (0..6).map(|n| vec![greeting, "1. Trang chủ", headlines[n].as_str(), texts[n].as_str(), OTHER]).collect();
        let profile = profile_of(&docs);
        assert_eq!(profile.heads_with(greeting), Some(6));
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let items = vec![
            Item::new(greeting.into(), 1),
            Item::new("1. Trang chủ".into(), 2),
            Item::new("Liên đội thăm tặng quà mẹ Việt Nam anh hùng".into(), 3),
            Item::new(format!("{PARA} Đây là bài thứ bảy."), 4),
        ];
        let (kept, removed) = strip(items, cx);
        assert!(removed.iter().any(|r| r.text == greeting && r.kind == "recurring"), "{removed:?}");
        assert!(kept.iter().any(|k| k.text.starts_with("Theo báo cáo")), "{kept:?}");
        // A notice's opening over its list, on every page of a run of notices, is the notice's (a reviewer's
        // probe): it ends with a colon.
        let opening = "Liên Bộ Công Thương và Tài chính thông báo giá xăng dầu kỳ này như sau:";
        assert_eq!(crate::parse::boilerplate::features::classify(opening), Class::NearGood);
        let prices: Vec<String> = (0..6).map(|n| format!("Xăng E5 RON92: 20.{n}40 đồng/lít")).collect();
        let docs: Vec<Vec<&str>> =
            (0..6).map(|n| vec![opening, prices[n].as_str(), texts[n].as_str(), OTHER]).collect();
        let notices = profile_of(&docs);
        let cx = Context { rules: Some(&rules), profile: Some(&notices), title: None, ..Context::default() };
        let items = vec![
            Item::new(opening.into(), 1),
            Item::new("Xăng E5 RON92: 21.000 đồng/lít".into(), 2),
            Item::new(format!("{PARA} Đây là kỳ thứ bảy."), 3),
        ];
        let (kept, _) = strip(items, cx);
        assert!(kept.iter().any(|k| k.text == opening), "{kept:?}");
        // Under a known title the same line is the page's lead (a run of notices opening alike).
        let cx =
            Context { rules: Some(&rules), profile: Some(&profile), title: Some("Thông báo"), ..Context::default() };
        let items = vec![Item::new(greeting.into(), 1), Item::new("1. Trang chủ".into(), 2)];
        let (kept, _) = strip(items, cx);
        assert!(kept.iter().any(|k| k.text == greeting), "{kept:?}");
    }

    #[test]
    fn running_text_most_of_the_crawl_carries_goes_a_quotation_in_a_few_stays() {
        // Người Việt (2019): the comment policy under every article, then the site's related lists; the
        // policy reads as running text and sits inside the text's span.
        let policy = "Xin quý vị dùng chữ Việt có đánh dấu đầy đủ, những thư viết không dấu có thể bị từ chối vì dễ gây hiểu lầm cho người đọc.";
        let quoted = "Bộ trưởng cho biết năm nay sẽ tiếp tục cắt giảm chi thường xuyên, và dành nhiều hơn cho đầu tư công ở các địa phương khó khăn.";
        assert_eq!(crate::parse::boilerplate::features::classify(policy), Class::Good);
        let mut docs: Vec<Vec<&str>> = (0..12).map(|_| vec![policy]).collect();
        for doc in docs.iter_mut().take(3) {
            doc.push(quoted);
        }
        let profile = profile_of(&docs);
        assert!(profile.widespread(policy) && !profile.widespread(quoted) && profile.recurs(quoted));
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let other = OTHER;
        let items = vec![
            Item::new(PARA.into(), 1),
            Item::new(quoted.into(), 2),
            Item::new(other.into(), 3),
            Item::new(policy.into(), 4),
            Item::new(crate::parse::boilerplate::test_support::PARA3.into(), 5),
        ];
        let (kept, removed) = strip(items, cx);
        assert_eq!(removed.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(), vec![policy]);
        assert!(kept.iter().any(|k| k.text == quoted));
    }

    #[test]
    fn running_text_on_nearly_every_page_of_a_small_run_goes() {
        // A school's anniversary site (held-out-90): the site's "about" sentence in the footer of each of its
        // six pages, between the site's own short lines, inside the text's span (short lines part it from the
        // last paragraph).
        let about = "Website giới thiệu hành trình 80 năm của Trường THPT Hùng Vương, ghi lại dấu mốc nổi bật, câu chuyện truyền thống và tư liệu quý giá từ các thế hệ thầy trò.";
        assert_eq!(crate::parse::boilerplate::features::classify(about), Class::Good);
        let quoted = "Bộ trưởng cho biết năm nay sẽ tiếp tục cắt giảm chi thường xuyên, và dành nhiều hơn cho đầu tư công ở các địa phương khó khăn.";
        let mut docs: Vec<Vec<&str>> = (0..6).map(|_| vec!["80 năm", about, "Liên Kết"]).collect();
        for doc in docs.iter_mut().take(4) {
            doc.push(quoted);
        }
        let profile = profile_of(&docs);
        assert!(profile.in_nearly_all(about) && !profile.in_nearly_all(quoted) && !profile.widespread(about));
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let items = vec![
            Item::new(PARA.into(), 1),
            Item::new(quoted.into(), 2),
            Item::new(OTHER.into(), 3),
            Item::new("80 năm".into(), 4),
            Item::new(about.into(), 5),
            Item::new("Liên Kết".into(), 6),
            Item::new(crate::parse::boilerplate::test_support::PARA3.into(), 7),
        ];
        let (kept, removed) = strip(items, cx);
        assert!(removed.iter().any(|r| r.text == about && r.kind == "recurring"), "{removed:?}");
        assert!(kept.iter().any(|k| k.text == quoted), "{kept:?}");
        // With a line of the document's own next to it, the same sentence is the text's: a paragraph, a byline,
        // a caption (a daily bulletin's safety advice before its forecaster's name — reviewers' probes).
        for own in [OTHER, "Minh Anh", "Ảnh: Mưa dông chiều 14/7 tại Hà Nội"] {
            let items = vec![
                Item::new(PARA.into(), 1),
                Item::new("80 năm".into(), 2),
                Item::new(about.into(), 3),
                Item::new(own.into(), 4),
                Item::new(crate::parse::boilerplate::test_support::PARA3.into(), 5),
            ];
            let (kept, removed) = strip(items, cx);
            assert!(kept.iter().any(|k| k.text == about), "{own}: {removed:?}");
        }
        // Nor in a document most of whose running text the others share (one story under five outlets'
        // headlines — a reviewer's probe): its closing paragraph is its own.
        use crate::parse::boilerplate::test_support as ts;
        let story = [ts::PARA, ts::PARA2, ts::PARA3];
        let copies = profile_of(&(0..6).map(|_| story.to_vec()).collect::<Vec<_>>());
        let own_title = Some("Nhóm nhạc trẻ Tây Bắc ra mắt ca khúc mới");
        let cx = Context { rules: Some(&rules), profile: Some(&copies), title: own_title, ..Context::default() };
        let items =
            story.iter().chain(&["Minh Châu"]).enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let (kept, removed) = strip(items, cx);
        assert_eq!(kept.len(), 4, "{removed:?}");
        // In a run of ten or more, `widespread` decides; in a run of four, nothing is judged so.
        let four = profile_of(&docs[..4]);
        assert!(!four.in_nearly_all(about));
    }

    #[test]
    fn a_widget_glued_onto_every_page_is_cut_off_the_line() {
        // 24h (2026) as a crawler stored it: a save-article widget glued to each article's one-line body.
        let widget = "Lưu bài viết thành công Bạn có thể xem lại bài viết đã lưu ở trangTin bài đã lưu";
        let bodies = [
            "Ánh sáng dành cho Mainoo dưới thời Carrick. Ruben Amorim từng cho rằng Mainoo không thể chơi cùng Casemiro.",
            "Sở Văn hóa Thanh Hóa khẳng định thông tin báo chí phản ánh về di tích hòn Vọng Phu là đúng sự thật.",
            "Hai đối tượng dùng súng uy hiếp bảo vệ, nhân viên để cướp ngân hàng tại Gia Lai đã bị bắt giữ.",
            "Gan nhiễm mỡ là căn bệnh thầm lặng, phổ biến và có thể gây nhiều hệ lụy nếu không được kiểm soát.",
            "Lý Nhã Kỳ diện váy hồng nữ tính, kết hợp phụ kiện hàng hiệu trên thảm đỏ liên hoan phim.",
        ];
        let mut builder = ProfileBuilder::default();
        for body in bodies {
            let line = format!("{widget} {body}");
            builder.add_keys(affix_keys(&line).into_iter().map(|(k, _, _)| k));
        }
        let profile = builder.finish();
        let line = format!("{widget} {}", bodies[0]);
        assert_eq!(profile.recurring_affix(&line), Some((Affix::Opening, widget.len() + 1)));
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let (kept, removed) = strip(vec![Item::new(line, 1), Item::new(PARA.into(), 2)], cx);
        assert_eq!(kept.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), vec![bodies[0], PARA]);
        assert_eq!(removed.len(), 1);
        assert_eq!((removed[0].text.as_str(), removed[0].rule.as_str()), (widget, "profile-affix"));
        // The same opening in a few documents of many (one story's articles, a template of figures) stays.
        let mut builder = ProfileBuilder::default();
        for n in 0..40 {
            let line = bodies.get(n).map_or_else(|| format!("{PARA} {n}"), |body| format!("{widget} {body}"));
            builder.add_keys(affix_keys(&line).into_iter().map(|(k, _, _)| k));
        }
        assert_eq!(builder.finish().recurring_affix(&format!("{widget} {}", bodies[0])), None);
        // (A reviewer's probe.) A series of reports opening their lines with the template's words: a clause
        // that stops at a comma, and a sentence shared past the most words counted, are no widget.
        let cities = ["Hà Nội", "TP.HCM", "Đà Nẵng", "Hải Phòng", "Cần Thơ", "Huế"];
        let clause = "Lũy kế từ đầu đợt dịch thứ tư đến nay,";
        let advice = "Bộ Y tế khuyến cáo người dân tiếp tục thực hiện nghiêm thông điệp 5K: Khẩu trang - Khử khuẩn - Khoảng cách - Không tập trung - Khai báo y tế, đồng thời tiêm vắc xin đầy đủ khi đến lượt.";
        let mut builder = ProfileBuilder::default();
        let lines: Vec<(String, String)> = cities
            .iter()
            .enumerate()
            .map(|(n, city)| {
                (format!("{clause} {city} đã ghi nhận tổng cộng {} ca mắc.", 1700 + n), format!("{advice} {city}."))
            })
            .collect();
        for (a, b) in &lines {
            builder.add_keys(affix_keys(a).into_iter().chain(affix_keys(b)).map(|(k, _, _)| k));
        }
        let profile = builder.finish();
        assert_eq!(profile.recurring_affix(&lines[0].0), None);
        assert_eq!(profile.recurring_affix(&lines[0].1), None);
    }

    #[test]
    fn a_recurring_closing_disclaimer_goes_a_recurring_credit_stays() {
        // VnEconomy (2025): broker round-ups end with the same disclaimer, credit each view to its broker.
        let disclaimer = "Nhận định thị trường của các công ty chứng khoán được trích dẫn chỉ có giá trị như một nguồn thông tin tham khảo, và không đại diện cho quan điểm của tòa soạn.";
        let credit = "(Công ty Cổ phần Chứng khoán Ngân hàng Đầu tư và Phát triển Việt Nam - BSC)";
        assert_eq!(crate::parse::boilerplate::features::classify(disclaimer), Class::Good);
        // (In four of the run's six documents: in nearly all of them, `in_nearly_all` would take it among the site's lines.)
        let docs: Vec<Vec<&str>> =
            (0..6).map(|n| if n < 4 { vec![disclaimer, credit] } else { vec![credit] }).collect();
        let profile = profile_of(&docs);
        assert!(profile.recurs(disclaimer) && !profile.in_nearly_all(disclaimer));
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let other = OTHER;
        let items = vec![
            Item::new(PARA.into(), 1),
            Item::new(credit.into(), 2),
            Item::new(other.into(), 3),
            Item::new(disclaimer.into(), 4),
        ];
        let (kept, removed) = strip(items, cx);
        assert_eq!(removed.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(), vec![disclaimer]);
        assert_eq!(kept.len(), 3);
        // Inside the text (not its close) the same running text stays: it may be a quotation.
        let items = vec![Item::new(PARA.into(), 1), Item::new(disclaimer.into(), 2), Item::new(other.into(), 3)];
        let (kept, _) = strip(items, cx);
        assert_eq!(kept.len(), 3);
    }

    #[test]
    fn a_box_heading_on_every_page_does_not_end_the_walk_over_the_closing_lines() {
        // A blog through w3m (held-out-105): every page ends with a box of popular posts, each a headline with
        // its sapo, under a heading no longer than a menu's entry, `Gần Đây` (a short line, no furniture by
        // itself in a run of seven). The teasers read as running text: only the walk from the end takes them.
        let teaser = "Phần mềm tạo máy ảo trên máy tính xách tay cho phép cài đặt nhiều hệ điều hành khác nhau, rất tiện lợi cho công việc của người dùng.";
        let heading = "Gần Đây";
        let docs: Vec<Vec<&str>> = (0..7).map(|_| vec![teaser, heading]).collect();
        let profile = profile_of(&docs);
        assert!(profile.recurs(teaser) && !profile.recurs(heading) && profile.in_nearly_all(heading));
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let lines = [PARA, OTHER, teaser, heading];
        let items = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let (kept, removed) = strip(items, cx);
        assert!(removed.iter().any(|r| r.text == teaser && r.kind == "recurring"), "{removed:?}");
        assert!(kept.iter().any(|i| i.text == PARA) && kept.iter().any(|i| i.text == OTHER));
        // A short line on half the pages only (a story a shop posts three times in six pages repeats its
        // headings as much) still ends the walk: the running text above it stays.
        let docs: Vec<Vec<&str>> = (0..6).map(|n| if n < 3 { vec![teaser, heading] } else { vec![teaser] }).collect();
        let profile = profile_of(&docs);
        assert!(profile.recurs_in_small_run(heading) && !profile.in_nearly_all(heading));
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let items = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let (kept, removed) = strip(items, cx);
        assert!(kept.iter().any(|i| i.text == teaser), "{removed:?}");
        // A sign-off on every page (`Thân ái,` / a teacher's name, `Hết.`, a reporter's name) and a paragraph three
        // of seven letters end with: past the short line only lines on nearly every page go on, and the
        // sign-off's own comma stops the walk — the paragraph is the letters' (a reviewer's probes).
        let notice = "Theo kế hoạch của nhà trường, chuyến tham quan bảo tàng của lớp sẽ diễn ra vào sáng thứ Sáu, và các con cần mang theo nước uống cùng với áo mưa.";
        assert_eq!(crate::parse::boilerplate::features::classify(notice), Class::Good);
        for closing in [["Thân ái,", "Cô Nguyễn Thu Hà"], ["Hết.", "Minh Châu"]] {
            let docs: Vec<Vec<&str>> =
                (0..7).map(|n| if n < 3 { vec![notice, closing[0], closing[1]] } else { closing.to_vec() }).collect();
            let profile = profile_of(&docs);
            assert!(profile.recurs(notice) && profile.in_nearly_all(closing[1]));
            let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
            let lines = [PARA, OTHER, notice, closing[0], closing[1]];
            let items = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
            let (kept, removed) = strip(items, cx);
            assert!(kept.iter().any(|i| i.text == notice), "{removed:?}");
        }
    }

    #[test]
    fn furniture_that_outweighs_a_short_article_goes_a_copy_stays() {
        // Tuổi Trẻ (2025) as a crawler stored it: the site's whole footer glued under every one-line body,
        // cut into units — more text than a short article has.
        let footer = [
            "Mua thêm sao để tham gia hoạt động tương tác trên Tuổi Trẻ như đổi quà lưu niệm, tặng sao cho tác giả, mua sắm trực tuyến.",
            "Tuổi Trẻ Sao được thiết kế thông thoáng với tất cả các trang, chuyên mục và video đều không có quảng cáo hiển thị.",
            "Bằng cách đóng góp sao, thành viên có thể tham gia các hoạt động và tương tác trên nền tảng như tặng sao cho tác giả.",
            "Chúng tôi hy vọng phiên bản này sẽ góp phần chăm sóc, phục vụ và mang lại những trải nghiệm mới mẻ cho độc giả.",
        ];
        let lead = "Dự kiến điểm cầu chung kết tại Khánh Hòa sẽ có khoảng bốn nghìn học sinh tham dự, cổ vũ cho thí sinh của tỉnh.";
        let docs: Vec<Vec<&str>> = (0..6).map(|_| footer.to_vec()).collect();
        let profile = profile_of(&docs);
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let mut lines = vec![lead, PARA];
        lines.extend(footer);
        let items = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let (kept, removed) = strip(items, cx);
        assert_eq!(kept.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), vec![lead, PARA]);
        assert_eq!(removed.len(), 4);
        // A copy of an article crawled twice repeats its opening too: nothing of it goes.
        let mut docs: Vec<Vec<&str>> = (0..6).map(|_| footer.to_vec()).collect();
        docs.extend((0..3).map(|_| vec![lead]));
        let profile = profile_of(&docs);
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let items = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let (kept, _) = strip(items, cx);
        assert_eq!(kept.len(), 6);
    }

    #[test]
    fn a_small_run_fills_holes_in_the_furniture_with_short_lines_half_its_pages_hold() {
        // Six pages of one site: a login box atop every page; a share label and a footer label between the
        // comment widget and the copyright line under four of them; a byline, a heading of the text's own and
        // a closing formula in all six.
        let rest = crate::parse::boilerplate::test_support::PARA3;
        let page = |n: usize| {
            let mut doc = vec![
                "Đăng nhập",
                "Ghi nhớ mật khẩu",
                "Đăng ký",
                PARA,
                "Cách làm",
                OTHER,
                rest,
                "Kính chào",
                "Minh Anh",
            ];
            if n < 4 {
                doc.extend(["0 nhận xét", "Chia sẻ", "Về đầu trang", "© 2025 Báo Xyz"]);
            }
            doc
        };
        let docs: Vec<Vec<&str>> = (0..6).map(page).collect();
        let profile = profile_of(&docs);
        assert!(profile.recurs_in_small_run("Chia sẻ") && !profile.recurs("Chia sẻ"));
        // What the other detectors took on the first page: the login box's first and last lines, the widget
        // and the copyright line.
        let run = |profile: &Profile, taken: &[usize]| small_run_takes(profile, &docs[0], taken);
        assert_eq!(run(&profile, &[0, 2, 9, 12]), vec!["Ghi nhớ mật khẩu", "Chia sẻ", "Về đầu trang"]);
        // Where the lines around are the text's own (nothing taken), the same lines stay: a folder of one
        // site's templated pages recurs in its headings and labels as much as in its menus. (The login box
        // atop every page goes whole: `EDGE_STRETCH`.)
        let login = vec!["Đăng nhập", "Ghi nhớ mật khẩu", "Đăng ký"];
        assert_eq!(run(&profile, &[]), login);
        assert_eq!(run(&profile, &[12]), login, "a line the detectors left stands next to the share label");
        // Four pages are too few to tell a site's label from a series' own line; ten are judged by share.
        let four = profile_of(&docs[..4]);
        assert!(!four.recurs_in_small_run("Chia sẻ"));
        let ten = profile_of(&(0..10).map(page).collect::<Vec<_>>());
        assert!(!ten.recurs_in_small_run("Chia sẻ"));
    }

    #[test]
    fn an_entry_of_a_recurring_list_that_reads_as_a_sentence_is_no_lead() {
        // Atop every page of a blog, its latest posts and its name (held-out-119): an entry long enough to read
        // as near running text stands between two other lines the run prints as much; it is no page's lead.
        let list = [
            "Bài 20 - Recommendation Neural Network",
            "Bài 19 - Mô hình ARIMA trong time series và dự báo",
            "Bài 18 - Các layers quan trọng trong deep learning",
            "Khoa học dữ liệu - Khanh's blog",
        ];
        let own = [PARA, OTHER, crate::parse::boilerplate::test_support::PARA3];
        let docs: Vec<Vec<&str>> = own.iter().map(|o| list.iter().copied().chain([*o]).collect()).collect();
        let profile = profile_of(&docs);
        assert!(list.iter().all(|l| profile.recurs(l)));
        assert_eq!(super::super::features::classify(list[1]), Class::NearGood);
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let items = docs[0].iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let (kept, removed) = strip(items, cx);
        assert_eq!(kept.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(), vec![own[0]], "{removed:?}");
    }

    #[test]
    fn a_small_runs_template_stretch_goes_whole_past_the_text_a_sign_off_and_a_signature_stay() {
        // Six pages of a blog (held-out-115's WordPress footers): under the text, the author's sign-off, the
        // share bar another detector took, then the theme's comment form, its labels and rules of underscores,
        // a box of links and the copyright line (taken too), on every page. No recurring run has a taken line
        // on both sides and none of the form's labels, so the hole rule leaves them.
        let rest = crate::parse::boilerplate::test_support::PARA3;
        let tail = [
            "Mây",
            "Chia sẻ",
            "Điều hướng bài viết",
            "Bình luận *",
            "______________________________",
            "Tên *",
            "Email:",
            "Gửi bình luận",
            "Liên kết",
            "Trang chủ",
            "© 2025 Blog Xyz",
        ];
        let run = |docs: &[Vec<&str>], taken: &[usize]| small_run_takes(&profile_of(docs), &docs[0], taken);
        let docs: Vec<Vec<&str>> = (0..6).map(|_| [PARA, OTHER, rest].into_iter().chain(tail).collect()).collect();
        // The stretch goes, its bare rule and its colon's label with it; the sign-off over the share bar stays.
        assert_eq!(run(&docs, &[4, 13]), tail[2..10].to_vec());
        // Nothing taken under the text: all of it may be the page's own closing, and stays.
        assert!(run(&docs, &[]).is_empty());
        // A law's signature block on every page of a province's run, over the portal's footer: it stands
        // between the text and the first line a detector took, and stays; the footer under it goes.
        let signature = [
            "Nơi nhận:",
            "- Như trên;",
            "- Lưu: VT, PC.",
            "TM. ỦY BAN NHÂN DÂN",
            "KT. CHỦ TỊCH",
            "PHÓ CHỦ TỊCH",
            "Đã ký",
            "Hoàng Nam",
            "Cổng thông tin điện tử tỉnh",
            "Giới thiệu",
            "Liên hệ",
            "Sơ đồ trang",
            "Hỏi đáp",
            "Thư viện",
            "Bản đồ",
        ];
        let docs: Vec<Vec<&str>> = (0..6).map(|_| [PARA, OTHER, rest].into_iter().chain(signature).collect()).collect();
        assert_eq!(run(&docs, &[11]), signature[9..].to_vec());
    }

    #[test]
    fn a_contents_lists_bare_numbers_carry_its_stretch_along() {
        // A book's pages through w3m (held-out-122's mdBook): the sidebar's contents over every chapter, some
        // entries printed as their number alone (`3.`: too bare for the profile to count). Each piece between
        // them is too short a stretch; the numbers carry the stretch along and the whole list goes.
        let contents =
            ["1. Giới thiệu", "2. Cài đặt", "3.", "4.", "5.", "1. [ ____ ]", "6. Biến", "7. Hàm", "8.", "9. Trait"];
        let docs: Vec<Vec<String>> = (0..7)
            .map(|n| {
                contents
                    .iter()
                    .map(|s| s.to_string())
                    .chain([format!("Chương {n}: những điều cần biết"), PARA.into(), OTHER.into()])
                    .collect()
            })
            .collect();
        let first = refs(&docs)[0].clone();
        assert_eq!(small_run_takes(&profile_of(&refs(&docs)), &first, &[]), contents.map(String::from).to_vec());
        // A figure alone (a stanza's number in a poem every page quotes) and a letter alternating with labels
        // (an exam's answer key, each page's own answers) are the text's: they break the stretch, and its
        // pieces are too short.
        let poem = [
            "Sóng",
            "1",
            "Dữ dội và dịu êm",
            "Ồn ào và lặng lẽ",
            "Sông không hiểu nổi mình",
            "Sóng tìm ra tận bể",
            "2",
            "Ôi con sóng ngày xưa",
            "Và ngày sau vẫn thế",
            "Nỗi khát vọng tình yêu",
            "Bồi hồi trong ngực trẻ",
        ];
        let answers = |n: usize| -> Vec<String> {
            (1..=6).flat_map(|q| [format!("Câu hỏi số {q}"), ["A", "B", "C", "D"][(q + n) % 4].to_string()]).collect()
        };
        let quoted = |_: usize| -> Vec<String> { poem.map(String::from).to_vec() };
        let pages: [&dyn Fn(usize) -> Vec<String>; 2] = [&quoted, &answers];
        for page in pages {
            let docs: Vec<Vec<String>> = (0..7)
                .map(|n| {
                    page(n)
                        .into_iter()
                        .chain([format!("Bài số {n}: những điều cần biết"), PARA.into(), OTHER.into()])
                        .collect()
                })
                .collect();
            let first = refs(&docs)[0].clone();
            assert!(small_run_takes(&profile_of(&refs(&docs)), &first, &[]).is_empty());
        }
    }

    #[test]
    fn a_short_masthead_or_footer_on_nearly_every_page_goes_one_on_some_pages_stays() {
        // Seven posts of a blog through lynx (held-out-101): the site's name and four menu entries over every
        // post's headline, a bare icon entry and a search box's `[ ]` under them — five lines with letters, one
        // short of `STRETCH`, each in all seven heads.
        let head = ["LEARN2CODE", "* Bài viết", "* Chủ đề", "* Tags", "* Tự nói về mình", "* 🌞", "[ ]"];
        let headlines: Vec<String> =
            (0..7).map(|n| format!("Chuyện nghề lập trình phần {n} dành cho sinh viên")).collect();
        let page = |n: usize, head: &[&'static str]| -> Vec<String> {
            head.iter().map(|s| s.to_string()).chain([headlines[n].clone(), PARA.into(), OTHER.into()]).collect()
        };
        let docs: Vec<Vec<String>> = (0..7).map(|n| page(n, &head)).collect();
        let profile = profile_of(&refs(&docs));
        let first = refs(&docs)[0].clone();
        assert_eq!(small_run_takes(&profile, &first, &[]), head.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        // Printed on only four of the seven pages (a series' opening lines over its first parts), the same
        // lines are no masthead of the site: they stay.
        let docs: Vec<Vec<String>> = (0..7).map(|n| page(n, if n < 4 { &head } else { &[] })).collect();
        let first = refs(&docs)[0].clone();
        assert!(small_run_takes(&profile_of(&refs(&docs)), &first, &[]).is_empty());
        // Nor lower down the page: under a line of the page's own, four such lines are too few.
        let docs: Vec<Vec<String>> = (0..7)
            .map(|n| std::iter::once(format!("Bản tin số {n} của câu lạc bộ")).chain(page(n, &head)).collect())
            .collect();
        let first = refs(&docs)[0].clone();
        assert!(small_run_takes(&profile_of(&refs(&docs)), &first, &[]).is_empty());
        // At the page's very bottom, under the share bar another detector took, a shop's login box on every
        // page goes likewise; on four pages of the seven it stays.
        let foot = ["Đăng nhập ngay", "Mật khẩu _", "[ ] Ghi nhớ đăng nhập", "Quên mật khẩu?"];
        let page = |n: usize, foot: &[&'static str]| -> Vec<String> {
            [headlines[n].clone(), PARA.into(), OTHER.into(), "Chia sẻ".into()]
                .into_iter()
                .chain(foot.iter().map(|s| s.to_string()))
                .collect()
        };
        let docs: Vec<Vec<String>> = (0..7).map(|n| page(n, &foot)).collect();
        let first = refs(&docs)[0].clone();
        assert_eq!(small_run_takes(&profile_of(&refs(&docs)), &first, &[3]), foot.map(String::from).to_vec());
        let docs: Vec<Vec<String>> = (0..7).map(|n| page(n, if n < 4 { &foot } else { &[] })).collect();
        let first = refs(&docs)[0].clone();
        assert!(small_run_takes(&profile_of(&refs(&docs)), &first, &[3]).is_empty());
        // Under a rule of asterisks another detector took, a blogger's sign-off on every post is the post's own
        // closing; under the share bar, a closing with the author's name carried along stays too.
        let page = |n: usize, rule: &str, signoff: &[&str]| -> Vec<String> {
            [headlines[n].clone(), PARA.into(), OTHER.into(), rule.into()]
                .into_iter()
                .chain(signoff.iter().map(|s| s.to_string()))
                .collect()
        };
        let unsigned = ["Thân gửi các bạn:", "Hẹn gặp lại các bạn", "Góc nhỏ của mình", "Chúc một ngày an lành"];
        let signed = ["Hẹn gặp lại các bạn", "Yêu thương,", "Linh Nga", "Góc nhỏ của mình"];
        for (rule, signoff) in [("***", unsigned), ("Chia sẻ", signed)] {
            let docs: Vec<Vec<String>> = (0..7).map(|n| page(n, rule, &signoff)).collect();
            let first = refs(&docs)[0].clone();
            assert!(small_run_takes(&profile_of(&refs(&docs)), &first, &[3]).is_empty(), "{rule}");
        }
        // At the top, under the seed's title line (read from a line above the body's), the same short lines on
        // every page are its own: a letter's heading and salutation, a column's labels.
        let docs: Vec<Vec<String>> = (0..7)
            .map(|n| {
                [&head[..], &[headlines[n].as_str()]]
                    .concat()
                    .iter()
                    .map(|s| s.to_string())
                    .chain([PARA.into(), OTHER.into()])
                    .collect()
            })
            .collect();
        let profile = profile_of(&refs(&docs));
        let first = refs(&docs)[0].clone();
        assert!(small_run_takes_under(&profile, &first, &[], Some(("Thư gửi phụ huynh", 1))).is_empty());
        // Over the title read from the page's headline, they go.
        assert_eq!(small_run_takes_under(&profile, &first, &[], Some((&headlines[0], 8))).len(), head.len());
    }

    #[test]
    fn a_footer_menus_bulleted_entries_in_capitals_name_no_one() {
        // Six pages of a restaurant's site through lynx (held-out-113): under the text, the footer's address
        // another detector took, then the site's menu again, its entries in capitals, then the call button
        // (taken too). A line in capitals reads as a name (`MINH ANH`), but not a menu's bulleted entry.
        let rest = crate::parse::boilerplate::test_support::PARA3;
        let menu = ["* TRANG CHỦ", "* VỀ CHÚNG TÔI", "* Dịch vụ", "* Tiệc công ty", "* THỰC ĐƠN", "* LIÊN HỆ"];
        let tail: Vec<&str> = ["Số 03 Hạ Long, Phường 2"].into_iter().chain(menu).chain(["Gọi ngay"]).collect();
        let docs: Vec<Vec<&str>> =
            (0..6).map(|_| [PARA, OTHER, rest].into_iter().chain(tail.clone()).collect()).collect();
        let profile = profile_of(&docs);
        assert_eq!(small_run_takes(&profile, &docs[0], &[3, 10]), menu.to_vec());
        // Unbulleted, the same lines in capitals may be a signature block's (`TM. ỦY BAN NHÂN DÂN`): they stay.
        let plain: Vec<&str> = menu.iter().map(|m| &m[2..]).collect();
        let tail: Vec<&str> = ["Số 03 Hạ Long, Phường 2"].into_iter().chain(plain).chain(["Gọi ngay"]).collect();
        let docs: Vec<Vec<&str>> =
            (0..6).map(|_| [PARA, OTHER, rest].into_iter().chain(tail.clone()).collect()).collect();
        let taken = small_run_takes(&profile_of(&docs), &docs[0], &[3, 10]);
        assert!(!taken.iter().any(|t| t == "TRANG CHỦ" || t == "THỰC ĐƠN"), "{taken:?}");
    }

    /// The lines `SmallRun` takes from `lines` under `profile`, once the lines at `taken` went to another
    /// detector.
    fn small_run_takes(profile: &Profile, lines: &[&str], taken: &[usize]) -> Vec<String> {
        small_run_takes_under(profile, lines, taken, None)
    }

    /// `small_run_takes` for a document whose title was read from a seed line (`Context::title_line`).
    fn small_run_takes_under(
        profile: &Profile,
        lines: &[&str],
        taken: &[usize],
        title: Option<(&str, usize)>,
    ) -> Vec<String> {
        use super::super::{Detector, Scan};
        let cx = Context {
            profile: Some(profile),
            title: title.map(|(t, _)| t),
            title_line: title.map(|(_, l)| l),
            ..Context::default()
        };
        let items = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let mut scan = Scan { items, cx, removed_after_edges: 0 };
        for &i in taken {
            scan.remove(i, RemovedKind::Widget, "test");
        }
        SmallRun.detect(&mut scan);
        scan.items
            .into_iter()
            .filter(|i| i.removed.as_ref().is_some_and(|(_, by)| by == "small-run"))
            .map(|i| i.text)
            .collect()
    }

    fn refs(docs: &[Vec<String>]) -> Vec<Vec<&str>> {
        docs.iter().map(|d| d.iter().map(String::as_str).collect()).collect()
    }

    #[test]
    fn a_small_runs_menu_goes_from_a_page_with_no_running_text_its_labels_stay() {
        use super::super::{Detector, Scan};
        // Six pages of a hospital's site through lynx (held-out-96): the menu's column on every page; on this
        // one, no running text at all — a fasting table's rows, its labels on every page of the template.
        let menu =
            ["* Trang chủ", "* Giới thiệu", "+ Tổng quan", "o Lịch sử hình thành", "+ Sơ đồ tổ chức", "* Liên hệ"];
        let own = |n: usize| {
            vec![
                "Loại thức ăn".to_string(),
                format!("Nước trong {n} giờ"),
                "Thời gian nhịn".to_string(),
                format!("Sữa mẹ {n} giờ"),
            ]
        };
        let page = |n: usize| menu.iter().map(|m| m.to_string()).chain(own(n)).collect::<Vec<String>>();
        let docs: Vec<Vec<String>> = (0..6).map(page).collect();

        let profile = profile_of(&refs(&docs));
        let cx = Context { profile: Some(&profile), ..Context::default() };
        let items = docs[0].iter().enumerate().map(|(n, l)| Item::new(l.clone(), n + 1)).collect();
        let mut scan = Scan { items, cx, removed_after_edges: 0 };
        assert!(scan.core().is_none());
        SmallRun.detect(&mut scan);
        let gone: Vec<&str> = scan.items.iter().filter(|i| i.removed.is_some()).map(|i| i.text.as_str()).collect();
        assert_eq!(gone, menu.to_vec());
        // A price board's or a spec sheet's rows, printed on half the run's pages with no list marks, stay
        // where nothing around them was taken.
        let board = ["Xăng RON 95-III", "Xăng E5 RON 92-II", "Dầu diesel 0,05S", "Dầu hỏa", "Dầu mazut", "Giá bán lẻ"];
        let docs: Vec<Vec<String>> = (0..6)
            .map(|n| board.iter().map(|b| b.to_string()).chain([format!("Áp dụng từ {n} giờ chiều")]).collect())
            .collect();
        let profile = profile_of(&refs(&docs));
        let cx = Context { profile: Some(&profile), ..Context::default() };
        let mut items: Vec<Item> = docs[0].iter().enumerate().map(|(n, l)| Item::new(l.clone(), n + 1)).collect();
        items.insert(0, Item::new("Bảng giá xăng dầu hôm nay của công ty".to_string(), 0));
        let mut scan = Scan { items, cx, removed_after_edges: 0 };
        SmallRun.detect(&mut scan);
        assert!(scan.items.iter().all(|i| i.removed.is_none()));
        // A nested list's number alone (`3.`, w3m over mdBook's sidebar, held-out-122) parts no stretch of
        // unmarked entries at the page's foot, under a line another detector took.
        let numbered = ["1. Trang chủ", "2. Giới thiệu", "3.", "1. Tổng quan", "2. Lịch sử", "3. Sơ đồ", "4. Liên hệ"];
        let docs: Vec<Vec<String>> =
            (0..6).map(|n| own(n).into_iter().chain(numbered.iter().map(|m| m.to_string())).collect()).collect();
        let profile = profile_of(&refs(&docs));
        let cx = Context { profile: Some(&profile), ..Context::default() };
        let mut items: Vec<Item> = docs[0].iter().enumerate().map(|(n, l)| Item::new(l.clone(), n + 1)).collect();
        items[3].removed = Some(("navigation".into(), "masthead".into()));
        let mut scan = Scan { items, cx, removed_after_edges: 0 };
        SmallRun.detect(&mut scan);
        scan.items[3].removed = None;
        let gone: Vec<&str> = scan.items.iter().filter(|i| i.removed.is_some()).map(|i| i.text.as_str()).collect();
        assert_eq!(gone, numbered.to_vec());
        // Five such lines in a row are too few to tell a menu from a template's own labels.
        let docs: Vec<Vec<String>> = (0..6).map(|n| page(n)[1..].to_vec()).collect();
        let profile = profile_of(&refs(&docs));
        let cx = Context { profile: Some(&profile), ..Context::default() };
        let items = docs[0].iter().enumerate().map(|(n, l)| Item::new(l.clone(), n + 1)).collect();
        let mut scan = Scan { items, cx, removed_after_edges: 0 };
        SmallRun.detect(&mut scan);
        assert!(scan.items.iter().all(|i| i.removed.is_none()));
    }

    #[test]
    fn short_lines_go_only_when_most_documents_hold_them_and_they_name_nothing() {
        // Twelve documents: `Gốc` under every one, a reporter's name under half, `liên quan` under two.
        let docs: Vec<Vec<&str>> = (0..12)
            .map(|n| {
                let mut doc = vec![PARA, "Gốc", "Theo TTXVN"];
                if n % 2 == 0 {
                    doc.push("Minh Anh");
                }
                if n < 2 {
                    doc.push("liên quan");
                }
                doc
            })
            .collect();
        let profile = profile_of(&docs);
        assert!(profile.recurs("Gốc") && profile.recurs("Minh Anh") && !profile.recurs("liên quan"));
        let rules = Rules::builtin();
        let cx = Context { rules: Some(&rules), profile: Some(&profile), title: None, ..Context::default() };
        let other = OTHER;
        let lines = [other, "Gốc", "Minh Anh", "Theo TTXVN", "liên quan"];
        let items = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let (kept, removed) = strip(items, cx);
        assert_eq!(removed.iter().map(|r| r.text.as_str()).collect::<Vec<_>>(), vec!["Gốc"], "{kept:?}");
        // Fewer than ten documents: short lines are not judged at all.
        let few = profile_of(&docs[..8]);
        assert!(!few.recurs("Gốc"));
    }

    #[test]
    fn bare_lines_are_those_with_no_key() {
        for t in ["", "3.", "X", "1. [ ____ ]", "• ·", "ạ"] {
            assert!(bare(t) && line_key(t).is_none(), "{t:?}");
        }
        for t in ["12", "ab", "Mục 1", "ạb"] {
            assert!(!bare(t) && line_key(t).is_some(), "{t:?}");
        }
    }

    #[test]
    fn the_file_round_trips_and_keys_are_stable() {
        let profile = profile_of(&[vec![TEASER, PARA], vec![TEASER], vec!["ngắn"]]);
        let back = Profile::from_json(&profile.to_json()).unwrap();
        assert_eq!(back.documents, 3);
        assert_eq!(back.documents_with(TEASER), 2);
        assert_eq!(back.documents_with(PARA), 0, "lines of one document are not kept");
        assert_eq!(
            line_key("Giá vàng  hôm nay TĂNG mạnh sau khi Fed"),
            line_key("giá vàng hôm nay tăng mạnh sau khi fed")
        );
        assert_eq!(
            line_key("Giá vàng hôm nay tăng mạnh sau khi Fed"),
            Some(line_key("Giá vàng hôm nay tăng mạnh sau khi Fed").unwrap())
        );
        assert!(Profile::from_json(r#"{"version": 2, "documents": 1, "lines": {}}"#).is_err());
    }

    #[test]
    fn memory_is_bounded_and_counts_only_err_low() {
        let mut builder = ProfileBuilder::with_limit(4);
        builder.add([TEASER]);
        builder.add([TEASER]);
        let lines: Vec<String> = (0..10).map(|i| format!("Một dòng khác hẳn mang số thứ tự {i} trong tệp")).collect();
        for line in &lines {
            builder.add([line.as_str(), TEASER]);
            assert!(builder.counts.len() <= 5, "{}", builder.counts.len());
        }
        let profile = builder.finish();
        assert_eq!(profile.documents, 12);
        assert_eq!(profile.documents_with(TEASER), 12, "a recurring line keeps its count");
        assert!(lines.iter().all(|l| profile.documents_with(l) <= 1));
    }
}
