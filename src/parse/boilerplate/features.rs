//! What a line looks like, measured without knowing the site: length, sentence ends, the share of
//! Vietnamese function words, name-like and headline-like shapes, cue phrases from `vocabulary.json`, and
//! a jusText-style class. The detectors decide with these; none of them names a site.

use crate::parse::text::{is_alphanumeric, is_capital_or_toned, lowercase, more_chars_than};
use serde::Deserialize;
// Fx, not SipHash, for the word lists: they are only looked up (never iterated into output), a word of a
// line at a time, and hashing a short string the standard way cost more than the rest of the look-up.
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::LazyLock;

#[derive(Deserialize)]
struct VocabularyFile {
    #[serde(rename = "$comment")]
    _comment: String,
    related_cues: Vec<String>,
    comment_cues: Vec<String>,
    comment_markers: Vec<String>,
    function_words: Vec<String>,
    related_cue_words: CueWordsFile,
    media_player: PlayerMarkers,
}

/// The fixed strings a web media player writes into a page's text (`vocabulary.json`, `media_player`), in
/// lower case: its loading line opens its controls, the end of its settings dialog closes them (`player.rs`).
#[derive(Deserialize)]
pub struct PlayerMarkers {
    /// What the loading line opens with (`video player is loading`).
    pub opens: Vec<String>,
    /// The settings dialog's end (`end of dialog window.`).
    pub closes: Vec<String>,
}

#[derive(serde::Deserialize)]
struct CueWordsFile {
    items: Vec<String>,
    verbs: Vec<String>,
    relations: Vec<String>,
    fillers: Vec<String>,
}

/// The class of a word (or of a phrase of up to three words) in a related-article cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueWord {
    /// A site's item: `tin`, `bài viết`, `video`.
    Item,
    /// Reading: `xem`, `đọc`.
    Verb,
    /// How the item relates to the page: `thêm`, `liên quan`, `khác`, `mới đăng`.
    Relation,
    /// Words that say nothing on their own: `các`, `mời`, `bạn`.
    Filler,
}

/// The shared word lists (`vocabulary.json`), loaded once.
pub struct Vocabulary {
    /// Cue phrases of related-article blocks.
    pub related_cues: FxHashSet<String>,
    /// Cue phrases of comment sections.
    pub comment_cues: FxHashSet<String>,
    /// Words of reply/like widgets.
    pub comment_markers: FxHashSet<String>,
    /// As bytes: looked up once per word of every line, without a UTF-8 check.
    pub function_words: FunctionWords,
    /// The closed word classes a related-article cue is made of (`related_cue_words`).
    pub cue_words: FxHashMap<String, CueWord>,
    /// The first word of every phrase of `related_cues`, `comment_cues` and `cue_words`: what a cue
    /// opens with (`cue`).
    cue_first_words: FxHashSet<String>,
    /// A media player's fixed strings (`media_player`).
    pub media_player: PlayerMarkers,
}

/// The function words, each kept as one integer: its bytes and its length packed into a `u128` (`key`),
/// found through a table without collisions. This is looked up once per word of every line: a hash set of
/// the keys cost a hash, a probe of a group of slots and a loop over its matches (more than the scan of the
/// word's bytes); here a look-up is one multiplication, a byte of `slots` and one comparison.
pub struct FunctionWords {
    /// For each slot (`slot_of`), 1 + the index in `keys` of the one word there, 0 for none.
    slots: Vec<u8>,
    /// The words' keys, after `NO_KEY` at index 0 (what an empty slot points to).
    keys: Vec<u128>,
    /// The multiplier of `slot_of` that gives every word a slot of its own.
    multiplier: u64,
    words: Vec<String>,
}

/// `FunctionWords`' slots: 2^12, so that a multiplier giving the hundred-odd words distinct slots is
/// found in a few tries.
const SLOT_BITS: u32 = 12;

/// What an empty slot of `FunctionWords` points to: no word's key (its length byte would be 255).
const NO_KEY: u128 = u128::MAX;

impl FunctionWords {
    fn new(words: Vec<String>) -> FunctionWords {
        let mut keys: Vec<u128> =
            words.iter().map(|w| Self::key(w.as_bytes()).expect("function words are short (tested)")).collect();
        // (Once each: the list may name a word twice, and two equal keys share every slot.)
        keys.sort_unstable();
        keys.dedup();
        keys.insert(0, NO_KEY);
        assert!(keys.len() <= usize::from(u8::MAX), "a slot holds a word's index in a byte");
        // Odd multipliers in a fixed sequence (the golden ratio's, then steps of twice it): the first that
        // parts the words. (Each try parts them with a chance of about one in four.)
        let mut slots = vec![0u8; 1 << SLOT_BITS];
        let mut multiplier = 0x9E37_79B9_7F4A_7C15u64;
        loop {
            slots.fill(0);
            let parted = keys.iter().enumerate().skip(1).all(|(n, &k)| {
                let slot = &mut slots[Self::slot_of(k, multiplier)];
                let free = *slot == 0;
                *slot = n as u8;
                free
            });
            if parted {
                return FunctionWords { slots, keys, multiplier, words };
            }
            multiplier = multiplier.wrapping_add(0x9E37_79B9_7F4A_7C15 << 1);
        }
    }

    /// `word`'s bytes in the low bytes, its length in the top one: different words (of 15 bytes at most)
    /// have different keys. `None` for a longer word, which is no function word.
    fn key(word: &[u8]) -> Option<u128> {
        let mut bytes = [0u8; 16];
        bytes.get_mut(..word.len()).filter(|_| word.len() < 16)?.copy_from_slice(word);
        bytes[15] = word.len() as u8;
        Some(u128::from_le_bytes(bytes))
    }

    /// The slot of `key`: its two halves folded into one, multiplied, the top bits of the product.
    #[inline]
    fn slot_of(key: u128, multiplier: u64) -> usize {
        let folded = (key as u64) ^ ((key >> 64) as u64).rotate_left(32);
        (folded.wrapping_mul(multiplier) >> (64 - SLOT_BITS)) as usize
    }

    /// Whether `key` is a word's.
    #[inline]
    fn has_key(&self, key: u128) -> bool {
        self.keys[usize::from(self.slots[Self::slot_of(key, self.multiplier)])] == key
    }

    /// Whether `word` is one of them.
    pub fn contains(&self, word: &[u8]) -> bool {
        Self::key(word).is_some_and(|k| self.has_key(k))
    }

    /// `contains(&text[start..end])` for a word of 15 bytes at most: when 16 bytes of `text` follow
    /// `start`, the key is one 16-byte load with the bytes past the word masked off (`key` copies the word
    /// into a zeroed array through `memset` and `memcpy` calls, which cost more than the look-up).
    // (Always inlined: `function_words` calls it in two places, and a call costs as much as the look-up.)
    #[inline(always)]
    fn contains_in(&self, text: &[u8], start: usize, end: usize) -> bool {
        self.contains_cased_in(text, start, end, 0)
    }

    /// `contains_in` with `case_bit` set in the word's first byte: 0x20 lower-cases an ASCII capital.
    #[inline(always)]
    fn contains_cased_in(&self, text: &[u8], start: usize, end: usize, case_bit: u8) -> bool {
        let len = end - start;
        match text.get(start..start + 16) {
            Some(window) if len < 16 => {
                let window = u128::from_le_bytes(window.try_into().expect("16 bytes"));
                let key = (window & KEY_MASKS[len]) | ((len as u128) << 120) | u128::from(case_bit);
                self.has_key(key)
            }
            _ => Self::key(&text[start..end]).is_some_and(|k| self.has_key(k | u128::from(case_bit))),
        }
    }

    /// The words.
    pub fn iter(&self) -> impl Iterator<Item = &str> {
        self.words.iter().map(String::as_str)
    }
}

/// `FunctionWords::contains_in`'s masks: the low `len` bytes of a 16-byte load, for each `len` below 16 (a
/// table, not a 128-bit shift by a variable count, which takes a dozen instructions).
const KEY_MASKS: [u128; 16] = {
    let mut masks = [0; 16];
    let mut len = 0;
    while len < 16 {
        masks[len] = (1u128 << (8 * len)) - 1;
        len += 1;
    }
    masks
};

/// The vocabulary embedded in the binary.
pub static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| {
    let file: VocabularyFile = serde_json::from_str(include_str!("vocabulary.json"))
        .expect("src/parse/boilerplate/vocabulary.json is valid (tested)");
    let set = |v: Vec<String>| v.into_iter().collect::<FxHashSet<_>>();
    let related_cues = set(file.related_cues);
    let comment_cues = set(file.comment_cues);
    let cue_words: FxHashMap<String, CueWord> = [
        (file.related_cue_words.items, CueWord::Item),
        (file.related_cue_words.verbs, CueWord::Verb),
        (file.related_cue_words.relations, CueWord::Relation),
        (file.related_cue_words.fillers, CueWord::Filler),
    ]
    .into_iter()
    .flat_map(|(words, class)| words.into_iter().map(move |w| (w, class)))
    .collect();
    let cue_first_words = related_cues
        .iter()
        .chain(&comment_cues)
        .chain(cue_words.keys())
        .filter_map(|phrase| phrase.split_whitespace().next().map(str::to_string))
        .collect();
    Vocabulary {
        related_cues,
        comment_cues,
        comment_markers: set(file.comment_markers),
        function_words: FunctionWords::new(file.function_words),
        cue_words,
        cue_first_words,
        media_player: file.media_player,
    }
});

/// What a cue line announces.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// Related articles, teasers, "read more" (`Tin liên quan`, `Xem thêm:`).
    Related,
    /// The reader-comment section (`Bình luận (12)`, `Ý kiến bạn đọc`).
    Comments,
}

/// Characters that open a link or list item in scraped widgets (`>> Tiêu đề`, `» Tiêu đề`, `► Video`).
const ARROWS: &[char] = &['>', '»', '›', '►', '▶', '→', '⇒', '▸', '➤', '➜', '⟫'];

/// `(line, rest)`: a line that is a cue phrase on its own (rest empty), or a cue phrase then `:` / an arrow
/// and the text it introduces (`Xem thêm: Giá vàng hôm nay tăng mạnh`).
pub fn cue(text: &str) -> Option<(Cue, &str)> {
    // (The byte length settles most lines without counting: this runs over every line.)
    if more_chars_than(text, 300) {
        return None;
    }
    let body = text.trim_start_matches(|c: char| ARROWS.contains(&c) || c == '•' || c == '*' || c.is_whitespace());
    // The cue phrase ends at `:`, an arrow, `(`, a digit count, or the end of the line.
    let end = phrase_end(body);
    let head = body[..end].trim();
    let rest =
        body[end..].trim_start_matches(|c: char| c == ':' || c == '|' || ARROWS.contains(&c) || c.is_whitespace());
    // `(12)` or `12` after the phrase is a count, not text.
    let rest = if rest.starts_with('(') || rest.chars().all(|c| c.is_ascii_digit() || c == ')' || c.is_whitespace()) {
        let after = rest.trim_start_matches(|c: char| c == '(' || c == ')' || c.is_ascii_digit() || c.is_whitespace());
        if after.len() == rest.len() {
            rest
        } else {
            after
        }
    } else {
        rest
    };
    // A leading count (`12 bình luận`, `0 nhận xét`).
    let phrase = head.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    // (Only whether it has more than 40 or 80 characters is asked: counted up to 81, the byte length
    // settling most lines, whose phrase is the whole line.)
    let phrase_chars = crate::parse::text::chars_at_most(phrase, 81);
    // (Past forty characters only a phrase alone on its line can be a cue, below: settled before
    // lower-casing it.)
    if phrase.is_empty() || phrase_chars > 80 || (phrase_chars > 40 && !rest.is_empty()) {
        return None;
    }
    let vocabulary = &*VOCABULARY;
    // Every test below wants the phrase (lower-cased) to open with the first word of a cue list's entry or of
    // a class of `related_cue_words`, or with a site's name (`is_composed_cue`: a word with a dot). Most
    // lines' first words are none of these: they are settled on that word, without lower-casing the phrase
    // and reading it word by word. (A first word without `.` or `…` is the lower-cased phrase's first word
    // as it is, whatever its end loses to the trim below.)
    let first = phrase.split_whitespace().next().unwrap_or_default();
    if !first.contains(['.', '…']) && !vocabulary.cue_first_words.contains(lowercase(first).as_str()) {
        return None;
    }
    let lower = lowercase(phrase);
    let lower = lower.trim_end_matches(|c: char| c == '.' || c == '…' || c.is_whitespace());
    let kind = if phrase_chars <= 40 && vocabulary.related_cues.contains(lower) {
        Cue::Related
    } else if phrase_chars <= 40 && vocabulary.comment_cues.contains(lower) {
        Cue::Comments
    } else if rest.is_empty()
        && ((is_composed_cue(lower) && !introduces_own_list(lower)) || is_item_relation_head(lower))
    {
        Cue::Related
    } else if phrase_chars <= 40 && rest.split_whitespace().count() >= 4 && points_to_article(lower) {
        // A composed label naming an article before the headline it points to (`Bạn có thể tham khảo thêm
        // bài viết sau: Top 7 loại trà …`): the detector still asks that what follows reads as a link's
        // text, four words at least (a gallery's label glued to the byline, `Cùng xem một vài hình ảnh
        // khác:Phương GiangTheo Infonet`, keeps the byline).
        Cue::Related
    } else {
        return None;
    };
    // A comment cue stands alone (`Ý kiến: …` opens a quoted opinion in articles); a related cue may
    // introduce a headline after a separator, which the detector checks.
    if kind == Cue::Comments && !rest.is_empty() {
        return None;
    }
    Some((kind, rest))
}

/// Where a cue phrase ends in `body`: its first `:`, `(`, `|` or arrow (`ARROWS`), or its end. On the
/// bytes, with `memchr`: every arrow but `>` is led by byte 0xC2 or 0xE2 (a test checks), so only a
/// character led by one of them is decoded and compared (this runs over every line of up to 300
/// characters, most of them holding none of these).
fn phrase_end(body: &str) -> usize {
    let bytes = body.as_bytes();
    let limit = memchr::memchr3(b':', b'(', b'|', bytes).unwrap_or(bytes.len());
    memchr::memchr3_iter(b'>', 0xC2, 0xE2, &bytes[..limit])
        .find(|&i| bytes[i] == b'>' || body[i..].chars().next().is_some_and(|c| ARROWS.contains(&c)))
        .unwrap_or(limit)
}

/// A composed label that names an article (`bài viết`, `tin`: an item word) in three words or more, a
/// closing `sau` (`… bài viết sau:`) aside: it may point to the headline after its colon. A label without
/// an item (`Tham khảo thêm: Điều 6 Nghị định 100/2019/NĐ-CP …`, a law's cross-reference) or of two words
/// (`Tin thêm: Đám cháy đã được khống chế …`, a live report's update) does not.
fn points_to_article(lower: &str) -> bool {
    let label = lower.strip_suffix(" sau").unwrap_or(lower);
    label.split_whitespace().count() >= 3 && names_item(label) && is_composed_cue(label)
}

/// A composed label that consults (`tham khảo`) with no item named (`Bạn có thể tham khảo thêm:`, `Tham khảo
/// thêm` alone): it introduces the text's own list (remedies, documents, a legal basis, a trip's days) as
/// often as a related headline (baochinhphu.vn's boxes): only a label naming an article (`Tham khảo thêm bài
/// viết`) is a cue.
fn introduces_own_list(lower: &str) -> bool {
    lower.contains("tham khảo") && !names_item(lower)
}

/// Whether a word or phrase of `lower` is an item of `related_cue_words` (`bài viết`, `tin`, `video`).
fn names_item(lower: &str) -> bool {
    let words: Vec<&str> = lower.split_whitespace().collect();
    let classes = &VOCABULARY.cue_words;
    (0..words.len()).any(|n| {
        (1..=3.min(words.len() - n))
            .any(|len| classes.get(words[n..n + len].join(" ").as_str()) == Some(&CueWord::Item))
    })
}

/// A cue phrase recognised by its make-up (`Bài đọc thêm`, `Kính mời xem các bài liên quan mới đăng gần đây`,
/// `Xem thêm một vài bài đã đăng trên Google.tienlang`): every word belongs to a class of
/// `related_cue_words` (longest match, up to three words), one word at most is a site name with a dot, and
/// the phrase holds a relation to the page and an item or a reading verb. An article's subheading names its
/// subject, whose words are in none of the classes.
pub fn is_composed_cue(lower: &str) -> bool {
    // This runs on every short line a cue list does not hold: the words go on the stack (a thirteenth one
    // already says no), and the phrases looked up are built in one buffer.
    let mut words = [""; 12];
    let mut count = 0;
    for word in lower.split_whitespace() {
        let Some(slot) = words.get_mut(count) else { return false };
        *slot = word;
        count += 1;
    }
    let words = &words[..count];
    if words.len() < 2 {
        return false;
    }
    let classes = &VOCABULARY.cue_words;
    let (mut relation, mut item_or_verb, mut site) = (false, false, false);
    let mut phrase = String::new();
    let mut n = 0;
    while n < words.len() {
        let class = (1..=3.min(words.len() - n)).rev().find_map(|len| {
            // (`words[n..n + len].join(" ")`, without a new string each time.)
            phrase.clear();
            for (k, word) in words[n..n + len].iter().enumerate() {
                if k > 0 {
                    phrase.push(' ');
                }
                phrase.push_str(word);
            }
            classes.get(phrase.as_str()).map(|&c| (c, len))
        });
        match class {
            Some((c, len)) => {
                relation |= c == CueWord::Relation;
                item_or_verb |= matches!(c, CueWord::Item | CueWord::Verb);
                n += len;
            }
            None if !site && words[n].contains('.') && words[n].split('.').all(|p| !p.is_empty()) => {
                site = true;
                n += 1;
            }
            None => return false,
        }
    }
    relation && item_or_verb
}

/// A block's heading named by an item and its relation to this page, then what it shares with the page
/// (`Tin cùng tổ chức`, `Bài khác của tác giả`): an item word, `cùng` / `khác` / `liên quan`, and two words
/// more at most, whatever they are. (A line alone, as `cue` asks: inside running text these words are a
/// sentence's. A section's name, `Tin nóng Việt Nam`, relates to no page: recurrence finds its menu.)
fn is_item_relation_head(lower: &str) -> bool {
    // Five words at most pass (below): a sixth already says no, so the words go on the stack.
    let mut buf = [""; 6];
    let mut count = 0;
    for word in lower.split_whitespace() {
        buf[count] = word;
        count += 1;
        if count == buf.len() {
            return false;
        }
    }
    let words = &buf[..count];
    let relation = match words.get(1..3) {
        Some(["liên", "quan"]) => 2,
        Some(["cùng" | "khác", _]) => 1,
        _ => return false,
    };
    (2 + relation..=3 + relation).contains(&words.len())
        && VOCABULARY.cue_words.get(words[0]) == Some(&CueWord::Item)
        && words.iter().all(|w| w.chars().all(char::is_alphabetic))
}

/// `caps_cues`'s quick look: two words in a row, split at ASCII white space, each of two bytes or more with
/// an ASCII capital and no ASCII lower-case letter (`ĐỌC`, `NGAY` hold an ASCII capital; `ở`, `đó` hold
/// none and are no candidates). Only words with an ASCII capital can be one, so the bytes are searched for
/// capitals and only their words read; two such words are in a row when one white space byte parts them
/// (two in a row make an empty word between them, as `split(u8::is_ascii_whitespace)` has it). A proptest
/// checks it against that split.
fn caps_pair(text: &str) -> bool {
    let b = text.as_bytes();
    let mut at = 0;
    let mut last_caps_end: Option<usize> = None;
    while let Some(k) = b[at..].iter().position(u8::is_ascii_uppercase) {
        let capital = at + k;
        // The word around it: `at` is the text's start or the end of the last word read (white space).
        let start = b[at..capital].iter().rposition(u8::is_ascii_whitespace).map_or(at, |w| at + w + 1);
        let end = b[capital..].iter().position(u8::is_ascii_whitespace).map_or(b.len(), |w| capital + w);
        let word = &b[start..end];
        if word.len() >= 2 && !word.iter().any(u8::is_ascii_lowercase) {
            if last_caps_end.is_some_and(|e| e + 1 == start) {
                return true;
            }
            last_caps_end = Some(end);
        }
        at = end;
    }
    false
}

/// A button's label glued after a related headline inside running text (`… là trò bịp như tin đồn ĐỌC NGAY
/// Snopes cũng …`): two to four words in capitals (each of two letters or more) whose make-up is a cue's
/// (`is_composed_cue`). Yields the byte range of each such label in `text`.
pub fn caps_cues(text: &str) -> Vec<(usize, usize)> {
    // This runs over every long line. A cheap look at the bytes first: two words in a row without an
    // ASCII lower-case letter and with an ASCII capital (most lines have none); then the words in capitals
    // are gathered into runs, and only a run of two to four asks the word classes.
    if !caps_pair(text) {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut run: Vec<(usize, usize)> = Vec::new();
    let mut close_run = |run: &mut Vec<(usize, usize)>| {
        if (2..=4).contains(&run.len()) {
            let (start, end) = (run[0].0, run[run.len() - 1].1);
            if is_composed_cue(&lowercase(&text[start..end])) {
                out.push((start, end));
            }
        }
        run.clear();
    };
    // The words in capitals, found from their first characters: only a capital can open one, and capitals
    // are few, so the bytes are searched for an ASCII capital or a lead byte (any character past ASCII) and
    // only those are decoded; one that opens a word (white space, as `char::is_whitespace` has it, or the
    // line's start before it) has its word read, two characters or more all capitals going on the run.
    // Two such words are in a row when only white space parts them: any other text between them is a word
    // that is not in capitals, which closes the run. (Walking every word of the line with
    // `split_whitespace`, as this did before — `caps_cues_by_words` in the tests — decoded every character
    // of every long line; `caps_cues_by_chars` asked each whether it is a capital.)
    let bytes = text.as_bytes();
    let mut at = 0;
    while let Some(k) = bytes[at..].iter().position(|&b| b.is_ascii_uppercase() || b >= 0xC0) {
        let start = at + k;
        // Most are settled by their bytes, nothing decoded: a lower-case letter Vietnamese writes (most
        // characters past ASCII), or a capital after an ASCII byte that is no white space (inside a word:
        // `TikTok`, `iPhone`; `\x0B` is white space to `char::is_whitespace`, not to `u8`'s test).
        let inside_word = start > 0 && {
            let before = bytes[start - 1];
            before.is_ascii() && !before.is_ascii_whitespace() && before != 0x0B
        };
        if inside_word || super::segment::surely_lower_case(bytes, start) {
            at = start + 1;
            continue;
        }
        let c = text[start..].chars().next().expect("an ASCII byte or a lead byte starts a character");
        at = start + c.len_utf8();
        if !super::segment::is_uppercase(c) || !text[..start].chars().next_back().is_none_or(char::is_whitespace) {
            continue;
        }
        let end = text[at..].find(char::is_whitespace).map_or(text.len(), |e| at + e);
        let word = &text[start..end];
        at = end;
        if word.chars().all(char::is_uppercase) && word.chars().nth(1).is_some() {
            if run.last().is_some_and(|&(_, last_end)| !text[last_end..start].chars().all(char::is_whitespace)) {
                close_run(&mut run);
            }
            run.push((start, end));
        }
    }
    close_run(&mut run);
    out
}

/// A line opened by an arrow (`>> Tiêu đề`, `» Xem video`): the text after it.
pub fn arrow_item(text: &str) -> Option<&str> {
    let rest = text.trim_start_matches(|c: char| ARROWS.contains(&c));
    (rest.len() < text.len() && text.chars().next().is_some_and(|c| ARROWS.contains(&c)))
        .then(|| rest.trim_start())
        .filter(|r| !r.is_empty())
}

/// An opening clause of a sentence: one to three words before a comma that are all function words or
/// hold a date or number (`Trong đó, …`, `Sáng 30/4, …`, `Năm 2020, …`). A headline's early comma follows
/// content words (`Hòa thất vọng, Man United vẫn hơn Barca`).
pub fn opens_with_clause(text: &str) -> bool {
    let Some((head, _)) = text.split_once(',') else { return false };
    let words: Vec<&str> = head.split_whitespace().collect();
    if words.is_empty() || words.len() > 3 {
        return false;
    }
    let (total, function) = function_words(head);
    head.contains(|c: char| c.is_ascii_digit()) || (total > 0 && function == total)
}

/// The glyphs a list item opens with, followed by a space: the middle dot and bullet of every converter, and
/// the marks text browsers print a nested list's deeper levels with (`w3m -dump`: `•`, `□`, `☆`, `○`, `■`;
/// lynx uses ASCII: `*`, `+`, `o`, `#`, `@`, of which `*` and `+` are read) and the other geometric
/// bullets pages set by hand (`◦`, `▪`, `●`, `◆`, `★`, `‣`). Arrows (`►`, `»`) are left out: they open
/// related-article links, which the cue readers know (`ARROWS`).
pub const BULLET_GLYPHS: [char; 17] =
    ['·', '•', '◦', '▪', '▫', '■', '□', '○', '●', '☆', '★', '◆', '◇', '‣', '⁃', '∙', '❖'];

/// A law's numbered article or clause (`Điều 1. Đối tượng, phạm vi điều chỉnh`, `Khoản 2`): its word, a
/// number (Arabic or Roman), then a stop, a colon or the end. A related box lists other articles, not a
/// law's articles one after another.
pub fn is_numbered_section(text: &str) -> bool {
    // (Only a law's: a novel's other chapters, `Chương 13: …`, and a series' other parts, `Phần 2:`, `Part 3:`,
    // are listed as teasers after a text — a reviewer's probes.)
    const WORDS: [&str; 2] = ["khoản", "điều"];
    let mut words = text.split_whitespace();
    let (Some(word), Some(number)) = (words.next(), words.next()) else { return false };
    if !WORDS.contains(&crate::parse::text::lowercase(word).as_str()) {
        return false;
    }
    let digits = number.trim_end_matches(['.', ':']);
    let numeral = !digits.is_empty()
        && (digits.bytes().all(|b| b.is_ascii_digit()) || digits.bytes().all(|b| b"IVXLC".contains(&b)));
    numeral && (number.len() > digits.len() || words.next().is_none() || text.contains(':'))
}

/// Whether `text` opens with a list bullet (`strip_bullet` takes something off it).
pub fn is_bulleted(text: &str) -> bool {
    strip_bullet(text).len() < text.len()
}

/// The text after a list bullet (`· `, `• `, `* `, `+ `, a text browser's `□ `, `☆ `: `BULLET_GLYPHS`), or
/// the text itself. (A dash opens dialogue in Vietnamese text — an interview's questions and answers — and
/// is no bullet here.)
pub fn strip_bullet(text: &str) -> &str {
    let mut chars = text.chars();
    let bulleted = match chars.next() {
        Some(c) if c == '*' || c == '+' || BULLET_GLYPHS.contains(&c) => chars.next() == Some(' '),
        _ => false,
    };
    if bulleted {
        text[text.find(' ').expect("the space after the bullet")..].trim_start()
    } else {
        text
    }
}

/// The verbs of an accessibility skip link (`is_skip_links`), in lower case.
const SKIP_VERBS: [&str; 13] = [
    "skip to",
    "jump to",
    "go to",
    "bỏ qua để đến",
    "bỏ qua đến",
    "bỏ qua",
    "chuyển đến",
    "chuyển tới",
    "chuyển sang",
    "đi đến",
    "đi tới",
    "nhảy đến",
    "nhảy tới",
];
/// What a skip link leads to, in lower case, longest first where one opens another.
const SKIP_TARGETS: [&str; 15] = [
    "content",
    "navigation",
    "menu",
    "search",
    "footer",
    "sidebar",
    "header",
    "nội dung chính",
    "nội dung",
    "điều hướng",
    "menu chính",
    "thanh điều hướng",
    "tìm kiếm",
    "chân trang",
    "đầu trang",
];
/// Words a skip link may set before its target (`Skip to the main content`, `Skip to primary sidebar`,
/// `Chuyển đến phần nội dung`).
const SKIP_MODIFIERS: [&str; 6] = ["the ", "main ", "primary ", "secondary ", "phần ", "mục "];

/// A line made only of a page's skip links (`Skip to content Skip to navigation`, `Bỏ qua nội dung`, `Skip
/// to main content | Skip to footer`): the first links of nearly every page since accessibility guidelines
/// asked for them, which a text dump prints as the page's first line. A closed class of a verb and a
/// target, whatever the site — not a site's phrase. Hand-written: a few prefixes.
pub fn is_skip_links(text: &str) -> bool {
    if text.len() > 200 {
        return false;
    }
    let lower = text.to_lowercase();
    // (As a dump may print them: in brackets, a text browser's link number before each, an arrow after.)
    let marks = |c: char| {
        c.is_whitespace()
            || c.is_ascii_digit()
            || matches!(c, '|' | '·' | '•' | '-' | ',' | '[' | ']' | '↓' | '»' | '→')
    };
    let mut rest = lower.trim_matches(marks);
    let mut links = 0;
    while !rest.is_empty() {
        let Some(verb) = SKIP_VERBS.iter().find(|v| rest.starts_with(**v)) else { return false };
        let mut after = rest[verb.len()..].trim_start();
        while let Some(m) = SKIP_MODIFIERS.iter().find(|m| after.starts_with(**m)) {
            after = after[m.len()..].trim_start();
        }
        let Some(target) = SKIP_TARGETS
            .iter()
            .find(|t| after.starts_with(**t) && after[t.len()..].chars().next().is_none_or(|c| !c.is_alphanumeric()))
        else {
            return false;
        };
        links += 1;
        rest = after[target.len()..].trim_start_matches(marks);
    }
    links > 0
}

/// Whether a line stops on a word that needs what follows it (`và`, `của`, `với`, `các`, `để`, …) with no
/// stop after it: a sentence a hard wrap cut (`… cùng với` / `2 phần mềm …`), never a headline's end.
pub fn ends_open(text: &str) -> bool {
    // (Not `tại` or `từ`, which end `hiện tại`, `tồn tại`, `120 từ`: a reviewer's probes.)
    const OPEN: [&str; 11] = ["các", "của", "hoặc", "là", "mà", "nhưng", "những", "thì", "và", "với", "để"];
    let t = text.trim_end();
    let last = t.rsplit(char::is_whitespace).next().unwrap_or("");
    last.chars().all(char::is_alphabetic) && OPEN.contains(&crate::parse::text::lowercase(last).as_str())
}

/// The words of a line: runs of letters and digits.
pub fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(is_alphanumeric(c) || c == '_')).filter(|w| !w.is_empty())
}

/// The longest function word in bytes (`những`, `nhưng` in UTF-8); a test keeps the list within it.
const FUNCTION_WORD_MAX_BYTES: usize = 9;

/// `BYTE_CLASS`'s mark of the bytes `function_words` splits a line at: ASCII white space and punctuation.
const SEPARATES: u8 = 1;
/// `BYTE_CLASS`'s mark of the lead bytes of the curly quotes and guillemets (0xC2, 0xE2).
const LEADS_QUOTE: u8 = 2;
/// What `function_words` needs to know of each byte, as `SEPARATES` and `LEADS_QUOTE` marks.
const BYTE_CLASS: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        let byte = b as u8;
        if byte.is_ascii_whitespace() || byte.is_ascii_punctuation() {
            table[b] = SEPARATES;
        } else if byte == 0xC2 || byte == 0xE2 {
            table[b] = LEADS_QUOTE;
        }
        b += 1;
    }
    table
};

/// Counts of a line's words and of those that are Vietnamese function words.
pub fn function_words(text: &str) -> (usize, usize) {
    let vocabulary = &*VOCABULARY;
    let mut total = 0;
    let mut function = 0;
    let mut lower = String::new();
    // Split the bytes at ASCII spaces and punctuation (ASCII bytes never occur inside a multi-byte UTF-8
    // sequence, so every piece is whole characters), then trim the curly quotes and guillemets around a
    // word, which are the only other non-letters that touch words (bytes 0xC2 and 0xE2 lead them).
    // One pass over the bytes finds a piece and whether it holds such a lead byte, a table telling the
    // separators (this runs over every line of every seed).
    let bytes = text.as_bytes();
    let mut at = 0;
    loop {
        // (A plain walk over the bytes, each looked up once in `BYTE_CLASS`: the piece iterator it replaced,
        // `function_words_by_pieces` in the tests, cost more per word than the look-up.)
        while at < bytes.len() && BYTE_CLASS[usize::from(bytes[at])] & SEPARATES != 0 {
            at += 1;
        }
        if at == bytes.len() {
            break;
        }
        let start = at;
        let mut seen = 0;
        while at < bytes.len() {
            let class = BYTE_CLASS[usize::from(bytes[at])];
            if class & SEPARATES != 0 {
                break;
            }
            seen |= class;
            at += 1;
        }
        let (end, quoted) = (at, seen & LEADS_QUOTE != 0);
        if !quoted {
            total += 1;
            // Function words are short: a longer word needs no look-up.
            if end - start > FUNCTION_WORD_MAX_BYTES {
                continue;
            }
        }
        // The common case, a word starting with an ASCII lower-case letter, is looked up as it is.
        if !quoted && bytes[start].is_ascii_lowercase() {
            function += usize::from(vocabulary.function_words.contains_in(bytes, start, end));
            continue;
        }
        // (The piece is whole characters, parted from the rest at ASCII bytes: no UTF-8 check needed.)
        let word = &text[start..end];
        let word = if quoted { word.trim_matches(|c: char| !c.is_alphanumeric()) } else { word };
        if quoted {
            if word.is_empty() {
                continue;
            }
            total += 1;
        }
        if word.len() > FUNCTION_WORD_MAX_BYTES {
            continue;
        }
        // (Where the word, trimmed or not, lies in the text: looked up there with one load.)
        let at = word.as_ptr() as usize - bytes.as_ptr() as usize;
        let found = if word.starts_with(|c: char| c.is_uppercase()) {
            if word.as_bytes()[0].is_ascii_uppercase() && word[1..].chars().all(crate::parse::text::keeps_case) {
                // Most capitalised words (`Những`, `Trong`, `Hà`): an ASCII capital, then characters that
                // are their own lower case. Lower-cased, such a word differs by its first byte's case bit
                // alone: looked up in place with that bit set, not copied.
                vocabulary.function_words.contains_cased_in(bytes, at, at + word.len(), 0x20)
            } else {
                // (Character by character as `char::to_lowercase` has it, through the table-free mapping
                // of the letters Vietnamese writes: the standard library's iterator cost more than the
                // look-up.)
                lower.clear();
                crate::parse::text::push_lowercase_chars(&mut lower, word);
                vocabulary.function_words.contains(lower.as_bytes())
            }
        } else {
            vocabulary.function_words.contains_in(bytes, at, at + word.len())
        };
        function += usize::from(found);
    }
    (total, function)
}

/// Share of function words among a line's words (0 for a line without words).
pub fn function_density(text: &str) -> f32 {
    let (total, function) = function_words(text);
    if total == 0 {
        0.0
    } else {
        function as f32 / total as f32
    }
}

/// The line's last character that is not a closing quote or bracket.
fn last_significant(text: &str) -> Option<char> {
    text.trim_end().chars().rev().find(|c| !matches!(c, '"' | '”' | '’' | '\'' | ')' | ']' | '»' | '*'))
}

/// How many runs of ASCII digits `text` holds (`Bình Định, ngày 11 tháng 01 năm 2021`: three): a headline holds
/// two at most, a place and date or a table's row more.
pub fn figure_groups(text: &str) -> usize {
    text.split(|c: char| !c.is_ascii_digit()).filter(|w| !w.is_empty()).count()
}

/// Ends with `.`, `!`, `?`, `…` (a closing quote or bracket may follow).
pub fn ends_sentence(text: &str) -> bool {
    matches!(last_significant(text), Some('.' | '!' | '?' | '…' | ';'))
}

/// Ends with a full stop, not an ellipsis (`...`): headlines rarely do.
pub fn ends_with_full_stop(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['"', '”', '’', ')']);
    t.ends_with('.') && !t.ends_with("..")
}

/// Sentence ends inside the line: `.`, `!`, `?` followed by a space and an upper-case letter or a quote.
pub fn inner_sentence_ends(text: &str) -> usize {
    stops_inside(text, &['.', '!', '?'])
}

/// `inner_sentence_ends` as a title's reader asks it: the questions of a headline that asks them
/// (`asking_headline`) are one headline's. Only the readings that pick a page's title ask so: to the detectors a
/// line of two questions stays two sentences (an FAQ's or a quiz's question, a teaser's, the text's last words —
/// a reviewer's probes).
pub fn title_sentence_ends(text: &str) -> usize {
    let n = inner_sentence_ends(text);
    if n > 0 && asking_headline(text) {
        0
    } else {
        n
    }
}

/// `is_headline_like` as a title's reader asks it (`title_sentence_ends`): a headline that asks its questions
/// reads as one.
pub fn is_title_like(text: &str) -> bool {
    is_headline_like(text) || (asking_headline(text) && is_headline_like(&text.replace("? ", ", ")))
}

/// The marks of `marks` inside `text` that end a sentence (`inner_sentence_ends`).
fn stops_inside(text: &str, marks: &[char]) -> usize {
    let chars: Vec<char> = text.chars().collect();
    let mut n = 0;
    for i in 1..chars.len().saturating_sub(2) {
        if marks.contains(&chars[i])
            && chars[i + 1] == ' '
            && (chars[i + 2].is_uppercase() || matches!(chars[i + 2], '"' | '“'))
            && chars[i - 1].is_lowercase()
        {
            n += 1;
        }
    }
    n
}

/// A headline that asks its questions, as how-to and SEO posts head theirs (`Clean Code là gì? Lợi ích của Clean
/// Code là gì?`, `Memcached là gì? Cách lưu trữ trong Memcached`): two to four parts parted by question marks,
/// three words or more each, thirty words at most in all, no other sentence end inside and no full stop at its
/// end. A section's short questions (`Tại sao? Lợi ích?`) and a paragraph's questions with their answers are
/// none.
pub fn asking_headline(text: &str) -> bool {
    let t = text.trim();
    if !t.contains('?')
        || ends_with_full_stop(t)
        || t.split_whitespace().nth(30).is_some()
        || stops_inside(t, &['.', '!']) > 0
    {
        return false;
    }
    let mut parts = 0;
    for part in t.split('?').map(str::trim).filter(|p| !p.is_empty()) {
        if part.split_whitespace().nth(2).is_none() {
            return false;
        }
        parts += 1;
    }
    (2..=4).contains(&parts)
}

/// A name or a byline: one to six capitalised words (`Nguyễn Văn An`, `Minh Anh - Hà Phương`,
/// `PV (tổng hợp)`), no digits, no sentence inside. A word opening with a toned letter counts as capitalised
/// in either case (`Lê Thị ánh` from TCVN3: `is_capital_or_toned`).
pub fn is_name_like(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || more_chars_than(t, 50) || t.contains(|c: char| c.is_ascii_digit()) || t.ends_with(':') {
        return false;
    }
    // A parenthesised note (`(tổng hợp)`, `(theo VnExpress)`) may follow the name.
    let name = t.split('(').next().unwrap_or(t);
    let mut n = 0;
    for word in name.split(|c: char| c.is_whitespace() || matches!(c, '-' | '–' | '/' | ',' | '&')) {
        let word = word.trim_matches(|c: char| !c.is_alphanumeric());
        if word.is_empty() {
            continue;
        }
        n += 1;
        if !word.chars().next().is_some_and(is_capital_or_toned) {
            return false;
        }
    }
    (1..=6).contains(&n)
}

/// A headline, a teaser title or a link text: 8 to 250 characters, starts with a capital (or a toned letter
/// in either case, `is_capital_or_toned`), a digit or a quote, is one sentence at most, does not end with a full stop (`?`, `!` and `...` are fine), and is
/// no opening clause (`Trong đó, Văn Quyến bị khởi tố …` is a sentence).
pub fn is_headline_like(text: &str) -> bool {
    let t = strip_bullet(text.trim());
    let chars = t.chars().count();
    if !(8..=250).contains(&chars) {
        return false;
    }
    let first = t.chars().next().unwrap_or(' ');
    if !(is_capital_or_toned(first) || first.is_ascii_digit() || matches!(first, '"' | '“' | '\'' | '‘' | '[' | '('))
    {
        return false;
    }
    // A numbered list item (`8. Bộ chuyển đổi`) or a line of figures (`Tỉ lệ: 0.98 - 0:2`) is text.
    let numbered = t
        .split_once(['.', ')'])
        .is_some_and(|(n, _)| !n.is_empty() && n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()));
    let digits = t.chars().filter(char::is_ascii_digit).count();
    if numbered || digits * 5 > chars {
        return false;
    }
    let words = t.split_whitespace().count();
    (2..=40).contains(&words)
        && !said_over(t)
        && !ends_with_full_stop(t)
        && inner_sentence_ends(t) == 0
        && !t.ends_with([':', ','])
        && !opens_with_clause(t)
}

/// A template's placeholder said three times or more and nothing else: a phrase of two words or more in plain
/// ASCII ending with a stop or an ellipsis (`No title... No title... No title...`: a slider's filler,
/// held-out-88), no headline. (A song's or slogan's headline says its words over in Vietnamese, with or
/// without the stop: `Tết ơi Tết ơi Tết ơi`, `Nhớ lắm… Nhớ lắm… Nhớ lắm…` — reviewers' probes.)
fn said_over(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    (2..=words.len() / 3).any(|p| {
        words.len().is_multiple_of(p)
            && words[p - 1].ends_with(['.', '…'])
            && words[..p].iter().all(|w| w.is_ascii())
            && words.chunks(p).all(|c| c == &words[..p])
    })
}

/// Where a scraper glued two block elements' texts without a space (BeautifulSoup's `get_text()` over a
/// teaser card `<h3>headline</h3><p>sapo</p>`): a lower-case letter directly followed by a capital inside one
/// word, in Vietnamese (`chính lễThời tiết`, `Việt ĐứcQua thanh tra`), and the text before it reads as a
/// headline (six words or more). Brand names written in camel case (`VinFast`, `TikTok`, `iPhone`) are ASCII
/// or start with one letter, and are no glue. Returns the byte offset of the capital.
pub fn headline_glued_to_text(text: &str) -> Option<usize> {
    let mut word_start = 0;
    let mut prev: Option<char> = None;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            word_start = i + c.len_utf8();
        } else if let Some(p) = prev.filter(|p| p.is_lowercase() && c.is_uppercase()) {
            let left = &text[word_start..i];
            let right_end = text[i..].find(char::is_whitespace).map_or(text.len(), |e| i + e);
            let right = &text[i..right_end];
            let vietnamese = !left.is_ascii() || !right.is_ascii();
            let camel = left.chars().count() < 2 || (left.is_ascii() && right.is_ascii());
            let head = &text[..i];
            if vietnamese
                && !camel
                && p.is_alphabetic()
                && head.split_whitespace().count() >= 6
                && is_headline_like(head)
                && text[i..].chars().count() >= 40
            {
                return Some(i);
            }
        }
        prev = Some(c);
    }
    None
}

/// The class of a paragraph, as jusText assigns it from length and function-word density (its thresholds
/// for "short", "good" and "bad", with density measured on Vietnamese syllables).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Class {
    /// Long running text: article.
    Good,
    /// Some running text, not conclusive.
    NearGood,
    /// Too short to judge on its own: takes its neighbours' class.
    Short,
    /// No running text: furniture.
    Bad,
}

/// Classifies one line.
pub fn classify(text: &str) -> Class {
    // (Only the two bounds are asked, 40 and 120 characters: the byte length settles them for most lines,
    // which are then not counted.)
    if !more_chars_than(text, 39) {
        return Class::Short;
    }
    let density = function_density(text);
    if density < 0.08 {
        return Class::Bad;
    }
    if more_chars_than(text, 119) && density >= 0.18 && (ends_sentence(text) || inner_sentence_ends(text) > 0) {
        return Class::Good;
    }
    if density >= 0.12 {
        Class::NearGood
    } else {
        Class::Bad
    }
}

/// The units of a relative time (`7 ngày trước`, `2 giờ trước`), as comment widgets print it.
pub const TIME_UNITS: [&str; 7] = ["giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm"];

/// A time or date in a comment's header (`10:32`, `12/3/2020`, `2 giờ trước`, `hôm qua lúc 9:15`).
pub fn has_timestamp(text: &str) -> bool {
    // This runs over the lines of every comment-shaped stretch; most have no timestamp, and are settled
    // without lower-casing them. Digits, `:` and `/` are their own lower case and no other character's,
    // so the clock (`9:15`, which `10:32` holds) and the date are looked for in the text as it is, at its
    // few colons and slashes; ` ago` is ASCII, whose lower case is its own, in any case.
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    let clock_or_date = memchr::memchr2_iter(b':', b'/', b)
        .any(|i| i > 0 && digit(i - 1) && digit(i + 1) && (b[i] == b'/' || digit(i + 2)));
    if clock_or_date || b.windows(4).any(|w| w[0] == b' ' && w[1..].eq_ignore_ascii_case(b"ago")) {
        return true;
    }
    // ` trước` holds `ướ`, the lower case of `ư`/`Ư` (bytes C6 B0 / C6 AF) then `ớ`/`Ớ` (E1 BB 9B / E1 BB 9A)
    // only; `hôm` opens with the lower case of `h` or `H` only. A line with neither cannot hold the words
    // below.
    let uo = |i: usize| {
        matches!(b.get(i + 1), Some(0xB0 | 0xAF)) && matches!(b.get(i + 2..i + 5), Some([0xE1, 0xBB, 0x9A | 0x9B]))
    };
    if !memchr::memchr_iter(0xC6, b).any(uo) && !matches!(b.first(), Some(b'h' | b'H')) {
        return false;
    }
    let lower = lowercase(text);
    let ago = lower.contains(" trước") && TIME_UNITS.iter().any(|u| lower.contains(u));
    // (A date with its month spelled out, `05 Mar, 2025`, is not counted: a tour's or a timeline's entries,
    // `Seoul - 05 Jul, 2025`, read as commenters then — a reviewer's probes.)
    ago || lower.starts_with("hôm qua") || lower.starts_with("hôm nay")
}

/// An e-mail address with its local part masked (`ngu***@gmail.com`, `abc...@yahoo.com`), as comment
/// widgets show a commenter's address.
pub fn has_masked_email(text: &str) -> bool {
    // (`memchr`'s search, not `match_indices`' std search: this runs over every short line of a page.)
    memchr::memchr_iter(b'@', text.as_bytes()).any(|at| {
        let before = &text[..at];
        let local = before.rsplit(|c: char| c.is_whitespace() || c == '(' || c == '-').next().unwrap_or("");
        let domain_ok =
            text[at + 1..].split(|c: char| c.is_whitespace() || c == ')').next().is_some_and(|d| d.contains('.'));
        domain_ok && (local.contains("**") || local.contains("...") || local.contains('…') || local.ends_with('*'))
    })
}

/// A reply/like widget line under a comment (`Trả lời`, `Thích · 12`, `Like | Reply`): only widget words,
/// counts and separators.
pub fn is_comment_marker_line(text: &str) -> bool {
    let t = text.trim();
    if t.is_empty() || more_chars_than(t, 60) {
        return false;
    }
    let lower = lowercase(t);
    let vocabulary = &*VOCABULARY;
    let mut found = false;
    for part in lower.split(['|', '·', '•', '-', '(', ')', ',', ':']) {
        let raw = part.trim();
        let part = raw.trim_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
        if part.is_empty() {
            continue;
        }
        if vocabulary.comment_markers.contains(part) {
            found = true;
        } else if !is_time_ago(raw) && !has_timestamp(raw) {
            return false;
        }
    }
    found
}

/// A relative time of a widget (`2h trước`, `32' trước`, `5 phút trước`, `3 ngày`): a number, a unit
/// letter or word, perhaps `trước`.
fn is_time_ago(part: &str) -> bool {
    let p = part.trim().trim_end_matches("trước").trim_end();
    let unit = p.trim_start_matches(|c: char| c.is_ascii_digit()).trim();
    p.starts_with(|c: char| c.is_ascii_digit())
        && ["h", "m", "s", "d", "'", "giây", "phút", "giờ", "ngày", "tuần", "tháng", "năm"].contains(&unit)
}

/// A unit that ends in a "read more" link (`… để trồng cây… Xem thêm….`): an excerpt of another page.
pub fn ends_with_more_link(text: &str) -> bool {
    let t = text.trim_end().trim_end_matches(['.', '…', ' ', '»', '>', ':', '→']);
    // Every marker ends with `m`, `p` or `e`, and only `M`, `P`, `E` lower-case to those (a test checks
    // every `char`): any other last byte settles it without lower-casing anything (most units).
    if !t.ends_with(['m', 'M', 'p', 'P', 'e', 'E']) {
        return false;
    }
    // Only the end matters: lower-case the last few characters, not the whole unit.
    let tail_start = t.char_indices().rev().nth(12).map_or(0, |(i, _)| i);
    let tail = lowercase(&t[tail_start..]);
    ["xem thêm", "đọc thêm", "đọc tiếp", "xem tiếp", "read more"]
        .iter()
        .any(|m| tail.ends_with(m) && t.len() > m.len() + 20)
}

/// A line of hashtags (`#Hà_Nội #giao_thông`).
pub fn is_hashtag_line(text: &str) -> bool {
    let mut n = 0;
    for token in text.split_whitespace() {
        if token.len() < 2 || !token.starts_with('#') {
            return false;
        }
        n += 1;
    }
    n > 0
}

/// A menu entry or a box's label on a page printed one per line: one to four words (`Chính trị - Xã hội`
/// is four: a dash between two sections counts as none), at most 30 characters, no sentence end.
pub fn is_menu_entry(text: &str) -> bool {
    // (The length first: most lines are too long, and then their words need no counting.)
    !more_chars_than(text, 30)
        && (1..=4).contains(&text.split_whitespace().filter(|w| w.chars().any(is_alphanumeric)).count())
        && !ends_sentence(text)
}

/// A navigation or share bar: three or more short items between `|`, `·`, `•` or `/` separators
/// (`Trang chủ | Thời sự | Thế giới`).
pub fn is_menu_line(text: &str) -> bool {
    // Every separator holds a byte `|`, 0xC2 (`·`, `»`) or 0xE2 (`•`, `›`), which no letter Vietnamese writes
    // does: a line with none of them (most lines) is settled with one search, before any is split.
    if crate::parse::text::more_chars_than(text, 200) || memchr::memchr3(b'|', 0xC2, 0xE2, text.as_bytes()).is_none() {
        return false;
    }
    for sep in ['|', '·', '•', '›', '»'] {
        let parts: Vec<&str> = text.split(sep).map(str::trim).filter(|p| !p.is_empty()).collect();
        if parts.len() >= 3 && parts.iter().all(|p| p.chars().count() <= 30 && !ends_sentence(p)) {
            return true;
        }
    }
    false
}

/// A list entry that is a text browser's link (`* [73]Hội nghị Sinh viên …`, `• [12]Tin tức`): after its
/// bullet, the line opens with lynx's or w3m's numbered reference to a link (`[73]`) glued to the link's
/// text. A link inside a sentence wraps onto lines of a paragraph, never behind a bullet.
pub fn is_browser_link_entry(text: &str) -> bool {
    let rest = strip_bullet(text);
    rest.len() < text.len()
        && link_number_len(rest).is_some_and(|n| rest[n..].starts_with(|c: char| !c.is_whitespace()))
}

/// The length of the numbered reference to a link that lynx or w3m prints where a link starts (`[73]`), when
/// `text` opens with one.
pub fn link_number_len(text: &str) -> Option<usize> {
    let after = text.strip_prefix('[')?;
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0 && after.as_bytes().get(digits) == Some(&b']')).then_some(digits + 2)
}

/// A bare link: a URL or a `www.` address and nothing else.
pub fn is_bare_link(text: &str) -> bool {
    let t = text.trim().trim_start_matches(|c: char| ARROWS.contains(&c) || c == '-' || c == '*' || c == '•').trim();
    crate::parse::layout::is_urlish(t)
}

/// The punctuation of base64 and of URL queries an encoded token may hold besides ASCII letters and digits.
const ENCODED_PUNCTUATION: &[u8] = b"+/=_-&%!?.:~;,*'()@#$";

/// Fewest characters of encoded data (`is_encoded_token`) a line needs to be taken for it.
const ENCODED_MIN_CHARS: usize = 30;

/// Encoded data, not text: a line whose words are, nine tenths of their characters or more and thirty
/// at least, tokens that no language writes (`is_encoded_token`). A saved page's base64 image, or a
/// tracking address that a text browser wrapped over twenty lines (`…cb=1755677949563&uv=3579&tms=…`),
/// leaves such lines; a Vietnamese sentence, a product code or a path with words (`/tin-tuc/bong-da`)
/// does not.
pub fn is_encoded(text: &str) -> bool {
    // The bytes past ASCII first (this runs on every line): encoded tokens are ASCII, so a line with more than
    // a tenth of its bytes past ASCII (any Vietnamese sentence) is none (counted until that tenth is passed).
    let wide = crate::parse::text::count_bytes(text.as_bytes(), text.len() / 10 + 1, |b| b >= 0x80);
    if wide * 10 > text.len() {
        return false;
    }
    let (mut all, mut encoded) = (0, 0);
    for word in text.split_whitespace() {
        all += word.len();
        if is_encoded_token(word) {
            encoded += word.len();
        }
    }
    encoded >= ENCODED_MIN_CHARS && encoded * 10 >= all * 9
}

/// One token of `is_encoded`: sixteen characters or more of the alphabets of base64 and of URL queries,
/// with no scheme or `www.` (a link is a link: the link rules judge it), and either a base64 mix or a
/// query's `&` and `=` (`…&cmcv=&pix=undefined`). The mix: three capitals, three small letters and three
/// digits at least, and the case switching between neighbouring letters once in five letters or more
/// (`SN6PKU2zQUAAAAABgYA9`: random letters switch about every other one). A model name, a slug ending in an
/// id (`…-lien-quan-den-ma-tuy-B47E39A7E.html`) or capitalised words glued to figures (a scraped table,
/// `Madrid121631HTTTT2Barca…`) switch far less.
fn is_encoded_token(word: &str) -> bool {
    if word.len() < 16
        || !word.bytes().all(|b| b.is_ascii_alphanumeric() || ENCODED_PUNCTUATION.contains(&b))
        || word.get(..4).is_some_and(|s| s.eq_ignore_ascii_case("www."))
        || word.contains("://")
    {
        return false;
    }
    let count = |f: fn(&u8) -> bool| word.bytes().filter(f).count();
    let letters = count(u8::is_ascii_alphabetic);
    let switches = word
        .as_bytes()
        .windows(2)
        .filter(|p| {
            p[0].is_ascii_alphabetic()
                && p[1].is_ascii_alphabetic()
                && p[0].is_ascii_uppercase() != p[1].is_ascii_uppercase()
        })
        .count();
    let mix = count(u8::is_ascii_uppercase) >= 3
        && count(u8::is_ascii_lowercase) >= 3
        && count(u8::is_ascii_digit) >= 3
        && switches * 5 >= letters;
    // (A query after a domain and a path, `shop.vn/deal?id=12&ref=fb`, is a link's.)
    let linked = || word.split_once('?').is_some_and(|(path, _)| path.contains('/') && path.contains('.'));
    mix || (word.contains('&') && word.contains('=') && !linked())
}

/// Looks like furniture that no detector took out (for SC105): a cue phrase, a line opened by a widget
/// word (`Chia sẻ bài viết lên Facebook`), a reply/like, menu or hashtag line, a masked e-mail, a contact
/// label, a dated link (`Tiêu đề (12/03/2020)`). Uses the same vocabulary as the detectors.
pub fn is_suspect(text: &str) -> bool {
    let lower = lowercase(text);
    let mut words = lower.split_whitespace();
    let one = words.next().unwrap_or("").trim_end_matches(':');
    let two = format!("{one} {}", words.next().unwrap_or("")).trim_end_matches(':').to_string();
    let vocabulary = &*VOCABULARY;
    let marker_start = vocabulary.comment_markers.contains(one) || vocabulary.comment_markers.contains(two.trim());
    let contact = ["email:", "e-mail:", "hotline:", "điện thoại:"].iter().any(|p| lower.starts_with(p));
    let t = text.trim_end();
    let dated = t.ends_with(')')
        && t.rfind('(').is_some_and(|open| {
            let inner = &t[open + 1..t.len() - 1];
            inner.split('/').count() == 3
                && inner.split('/').all(|p| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()))
        });
    cue(text).is_some()
        || marker_start
        || contact
        || dated
        || is_comment_marker_line(text)
        || is_menu_line(text)
        || is_hashtag_line(text)
        || has_masked_email(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    #[test]
    fn a_headline_asking_its_questions_reads_as_one() {
        for t in [
            "Clean Code là gì? Lợi ích của Clean Code là gì?",
            "Memcached là gì? Cách lưu trữ trong Memcached",
            "DMCA là gì? DMCA bảo vệ bạn những gì? Cách đăng ký DMCA",
        ] {
            assert!(asking_headline(t), "{t}");
            assert_eq!(title_sentence_ends(t), 0, "{t}");
            assert!(is_title_like(t), "{t}");
            // To the detectors it stays two sentences or more.
            assert!(inner_sentence_ends(t) >= 1 && !is_headline_like(t), "{t}");
        }
        // Short questions, a question then a statement's stop, a paragraph's question and answer, one question,
        // five of them: sentences.
        for t in [
            "Tại sao? Lợi ích?",
            "Vì sao giá vàng tăng? Giá vàng tăng vì lãi suất giảm.",
            "Bạn có biết vì sao không? Tôi thì không. Hãy đọc tiếp nhé",
            "Vì sao giá vàng tăng mạnh?",
            "Một hai ba? Bốn năm sáu? Bảy tám chín? Mười một hai? Ba bốn năm?",
        ] {
            assert!(!asking_headline(t), "{t}");
        }
        assert_eq!(title_sentence_ends("Tại sao? Lợi ích?"), 1);
        assert_eq!(title_sentence_ends("Vì sao giá vàng tăng? Giá vàng tăng vì lãi suất giảm."), 1);
    }

    #[test]
    fn numbered_sections() {
        for text in ["Điều 1. Đối tượng, phạm vi điều chỉnh", "ĐIỀU 12: QUY ĐỊNH CHUNG", "Khoản 2"]
        {
            assert!(is_numbered_section(text), "{text}");
        }
        for text in [
            "Bài 2: Ai đã để xảy ra sai phạm",
            "Điều tra vụ xe lao xuống vực",
            "Chương 13: Người lạ trên bến đò",
            "Phần 2: Những phận người bên lề",
            "Phần lớn người dân đồng tình",
        ] {
            assert!(!is_numbered_section(text), "{text}");
        }
    }

    #[test]
    fn a_text_browsers_link_behind_a_bullet_is_a_link_entry() {
        for entry in ["* [73]Hội nghị Sinh viên Khoa Khoa học Máy tính", "• [12]Tin tức", "□ [5]Trang chủ"]
        {
            assert!(is_browser_link_entry(entry), "{entry}");
        }
        for text in [
            "[5]Trường Đại học Công nghệ Thông tin",
            "* Theo [12]quy định của Bộ, thí sinh phải nộp hồ sơ.",
            "* [1] Nguyễn Văn A, Giáo trình Kinh tế học",
            "* [ ] Việc cần làm",
            "- [73]Hội nghị",
        ] {
            assert!(!is_browser_link_entry(text), "{text}");
        }
    }

    #[test]
    fn encoded_data_is_no_text() {
        // A tracking address lynx wrapped at 80 columns (24h.com.vn, a saved page's IFRAME).
        for junk in [
            "SN6PKU2zQUAAAAABgYA9AcAJDVbrYa7yWgt201Ga9HK5HErTKvdWuZYGFaT4XAxW0yMAEBS",
            "9 v9fr foPUczAaF71jYFrTDl9-4rYYdB4 BYLQoYongIp1IRrO7RSxRmi7SiV7rtBvdIr",
            "4wi4P___x8!&cmcv=&pix=undefined&cb=1755677949563&uv=3579&tms=1755677949",
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
        ] {
            assert!(is_encoded(junk), "{junk}");
        }
        for text in [
            "Giá vàng SJC hôm nay tăng 200.000 đồng/lượng, lên 121,5 triệu đồng.",
            // A link is the link rules' to judge, however long its query.
            "https://am-match.taboola.com/sync?dast=V9kFYCABYDAKo5I3o8pTbNBACqO",
            // Model names, a hash tag, a path of words, a short code.
            "Samsung Galaxy S24 Ultra SM-S928BZKQXXV 12GB/256GB",
            "#VietNamVoDich #SEAGames33",
            "/tin-tuc/the-thao/bong-da-viet-nam-2024",
            "Mã giảm giá: SALE2024ABC",
            "Source: bat-tam-giam-ca-si-nguoi-mau-lien-quan-den-ma-tuy-lien-quan-den-ma-tuy-B47E39A7E.html",
            "Phong độ1Real Madrid121631HTTTT2Barca121728TTBTB3Villarreal121426TTTHB4Atletico121325TTTTH5Real",
            // Encoded data inside a sentence: the sentence is text (a tutorial's key).
            "Khóa API mẫu là AKIAIOSFODNN7EXAMPLE1234 và bạn cần thay nó bằng khóa riêng của mình trước khi chạy.",
        ] {
            assert!(!is_encoded(text), "{text}");
        }
    }

    #[test]
    fn skip_links_are_a_verb_and_a_target_whatever_the_site() {
        for line in [
            "Skip to content Skip to navigation",
            "Skip to main content",
            "Chuyển đến nội dung chính",
            "Bỏ qua nội dung",
            "Skip to content | Skip to footer",
            "Jump to navigation Jump to search",
            // (A reviewer's probes: a WordPress theme's set, an article, brackets, lynx's numbers, an arrow.)
            "Skip to primary navigation Skip to main content Skip to primary sidebar Skip to footer",
            "Skip to the content",
            "[Skip to content]",
            "[1]Skip to content [2]Skip to navigation",
            "Skip to content ↓",
            "Bỏ qua để đến nội dung",
            "Chuyển đến phần nội dung",
        ] {
            assert!(is_skip_links(line), "{line}");
        }
        // A headline or a sentence that opens with the same words is none.
        for line in [
            "Skip to content",
            "Bỏ qua nội dung chính của hợp đồng, doanh nghiệp bị phạt",
            "Chuyển đến nội dung mới của luật đất đai",
            "Go to school",
            "Bỏ qua",
            "Bỏ qua phần nội dung gây tranh cãi trong dự thảo luật",
            "Go to the main content of the report 2024",
        ] {
            assert_eq!(is_skip_links(line), line == "Skip to content", "{line}");
        }
    }

    #[test]
    fn a_text_browsers_nested_bullets_are_bullets() {
        // `w3m -dump`'s marks by depth, and the other geometric bullets.
        for (line, rest) in [
            ("• Giới thiệu", "Giới thiệu"),
            ("□ Cổng thông tin đào tạo", "Cổng thông tin đào tạo"),
            ("☆ CTĐT Khoá 2025", "CTĐT Khoá 2025"),
            ("○ Đào tạo từ xa", "Đào tạo từ xa"),
            ("■ Văn bằng 2", "Văn bằng 2"),
            ("+ Tổ chức", "Tổ chức"),
        ] {
            assert_eq!(strip_bullet(line), rest);
        }
        // A mark without its space, a dash of dialogue, a figure: no bullet.
        for line in ["□Cổng", "- Anh đi đâu?", "+84 912 345 678", "■"] {
            assert_eq!(strip_bullet(line), line);
        }
    }

    #[test]
    fn a_phrase_said_over_and_over_is_no_headline() {
        // A slider's placeholder on a province's portal (held-out-88) had become the page's title.
        assert!(!is_headline_like("No title... No title... No title..."));
        assert!(!is_headline_like("Read more... Read more... Read more..."));
        assert!(is_headline_like("Nhớ lắm… Nhớ lắm… Nhớ lắm…"));
        assert!(is_headline_like("Tết ơi Tết ơi Tết ơi"));
        // A headline that repeats a word, or a phrase only twice, is one.
        assert!(is_headline_like("Học, học nữa, học mãi"));
        assert!(is_headline_like("Hà Nội Hà Nội mùa thu vàng"));
        assert!(is_headline_like("Xin chào Việt Nam, xin chào Việt Nam"));
    }

    #[test]
    fn a_headline_glued_to_its_sapo_is_found_a_brand_is_not() {
        let card = "Cựu Bộ trưởng Y tế vi phạm nghiêm trọng trong dự án BV Bạch Mai, Việt ĐứcQua thanh tra cho thấy, năm 2014, Bộ trưởng đã ký.";
        assert_eq!(headline_glued_to_text(card).map(|i| &card[i..i + 3]), Some("Qua"));
        for text in [
            "Người dùng iPhone và TikTok tại Việt Nam tăng mạnh trong năm nay theo báo cáo mới nhất của hãng.",
            "Hãng xe VinFast công bố mẫu xe điện mới tại triển lãm ô tô quốc tế, giá bán thấp hơn dự kiến.",
            "Bão số 3 đổ bộ vào các tỉnh ven biển. Thời tiết mát mẻ trở lại sau nhiều ngày nắng nóng gay gắt.",
            "Ngắn lễThời tiết mát mẻ vào ngày cuối tuần, hàng vạn du khách thập phương đã hành hương.",
        ] {
            assert_eq!(headline_glued_to_text(text), None, "{text}");
        }
    }

    #[test]
    fn phrase_end_is_the_first_separator_or_arrow() {
        // Every arrow but `>` is led by one of the bytes `phrase_end` decodes at.
        for &a in super::ARROWS {
            let mut buf = [0u8; 4];
            let lead = a.encode_utf8(&mut buf).as_bytes()[0];
            assert!(a == '>' || matches!(lead, 0xC2 | 0xE2), "{a}");
        }
        for body in ["Xem thêm: a", "Tin » b", "Bình luận (3)", "a | b", "“Tin” ➜ c", "x > y", "Không có", ""]
        {
            let by_chars = body
                .find(|c: char| c == ':' || c == '(' || c == '|' || super::ARROWS.contains(&c))
                .unwrap_or(body.len());
            assert_eq!(super::phrase_end(body), by_chars, "{body}");
        }
    }

    #[test]
    fn cues_recognised_by_their_make_up() {
        for cue_line in [
            "Bài đọc thêm",
            "Khám phá thêm",
            "Kính mời xem các bài liên quan mới đăng gần đây:",
            "Xem thêm một vài bài đã đăng trên Google.tienlang:",
            "Các bài viết mới đăng của tác giả",
            "TIN BÀI LIÊN QUAN BÀI",
        ] {
            assert_eq!(cue(cue_line), Some((Cue::Related, "")), "{cue_line}");
        }
        // Subheadings name their subject; sentences and lines with text after the phrase are no cue.
        for text in [
            "Những bài học kinh nghiệm khác",
            "Tin vui cho người lao động",
            "Xem thêm tại trang web của Bộ Y tế.",
            "Mới đây",
            "Đọc thêm về lịch sử của ngôi làng cổ này và những người đã sống ở đây",
            "Bài đọc thêm: Giá vàng hôm nay tăng mạnh",
            "Xem thêm trên vnexpress.net và dantri.com.vn",
        ] {
            assert!(!is_composed_cue(&lowercase(text.trim_end_matches(['.', ':']))), "{text}");
        }
        // A composed label naming an article before a headline of four words or more points to it (`cue`
        // splits them).
        assert_eq!(cue("Bài đọc thêm: Giá vàng hôm nay tăng mạnh"), Some((Cue::Related, "Giá vàng hôm nay tăng mạnh")));
    }

    #[test]
    fn a_composed_label_before_a_headline_is_a_related_cue() {
        // youmed.vn as a crawler kept it: a pointer to another article, its label made of the cue classes
        // only (`tham khảo` reads as `xem` where the label names an article).
        let (kind, rest) =
            cue("Bạn có thể tham khảo thêm bài viết sau: Top 7 loại trà dành cho người tiểu đường").unwrap();
        assert_eq!((kind, rest), (Cue::Related, "Top 7 loại trà dành cho người tiểu đường"));
        assert_eq!(cue("Tham khảo thêm bài viết").map(|(k, _)| k), Some(Cue::Related));
        assert_eq!(cue("Tham khảo thêm"), None);
        // A label glued to the byline (three words after it), a sentence with the subject's words, a
        // label of content words: no cue.
        assert_eq!(cue("Cùng xem một vài hình ảnh khác:Phương GiangTheo Infonet"), None);
        assert_eq!(cue("Các nhà khoa học đã tham khảo thêm: tài liệu của Viện Hàn lâm Khoa học"), None);
        assert_eq!(cue("Xem thêm bài viết trị bệnh sởi hiệu quả: Rau mùi từ gia vị đến vị thuốc"), None);
        // A reviewer's probes: a label introducing the text's own list, a pointer to what follows, a law's
        // cross-reference, a live report's update.
        for text in [
            "Bạn có thể tham khảo thêm:",
            "Hãy cùng tham khảo ngay sau đây:",
            "Mời bạn tham khảo thêm dưới đây",
            "Xem thêm dưới đây",
            "Tham khảo thêm: Điều 6 Nghị định 100/2019/NĐ-CP về xử phạt vi phạm hành chính",
            "Tin thêm: Đám cháy đã được khống chế hoàn toàn sau ba giờ",
        ] {
            assert_eq!(cue(text), None, "{text}");
        }
    }

    #[test]
    fn vocabulary_loads() {
        assert!(VOCABULARY.function_words.contains("của".as_bytes()));
        assert!(VOCABULARY.function_words.iter().all(|w| w.len() <= FUNCTION_WORD_MAX_BYTES && w == lowercase(w)));
        // The packed keys answer as a set of the words would, for the words, their prefixes and extensions.
        let set: HashSet<&[u8]> = VOCABULARY.function_words.iter().map(str::as_bytes).collect();
        for w in VOCABULARY.function_words.iter() {
            let w = w.as_bytes();
            for probe in
                [w.to_vec(), [w, b"a"].concat(), [w, b"\0"].concat(), [w, w].concat(), w[..w.len() - 1].to_vec()]
            {
                assert_eq!(VOCABULARY.function_words.contains(&probe), set.contains(probe.as_slice()), "{probe:?}");
                // `contains_in` (a masked load when 16 bytes follow the word, `contains` near the end).
                for pad in [0, 3, 16] {
                    let text = [b"x ".as_slice(), &probe, &vec![b'z'; pad]].concat();
                    let found = VOCABULARY.function_words.contains_in(&text, 2, 2 + probe.len());
                    assert_eq!(found, set.contains(probe.as_slice()), "{probe:?} {pad}");
                }
            }
        }
        assert!(!VOCABULARY.function_words.contains(b""));
        assert!(!VOCABULARY.function_words.contains("củacủacủacủacủa".as_bytes()));
        assert!(VOCABULARY.related_cues.contains("tin liên quan"));
    }

    /// `function_words` as it was before the walk over `BYTE_CLASS`: the pieces from an iterator, a table of
    /// separators and a test of each byte for a quote's lead byte, the words past the lower-case fast path
    /// looked up with `contains`.
    fn function_words_by_pieces(text: &str) -> (usize, usize) {
        const SEPARATOR: [bool; 256] = {
            let mut table = [false; 256];
            let mut b = 0;
            while b < 256 {
                table[b] = (b as u8).is_ascii_whitespace() || (b as u8).is_ascii_punctuation();
                b += 1;
            }
            table
        };
        let vocabulary = &*VOCABULARY;
        let (mut total, mut function) = (0, 0);
        let mut rest = text.as_bytes();
        let mut offset = 0;
        let pieces = std::iter::from_fn(move || {
            let start = rest.iter().position(|&b| !SEPARATOR[usize::from(b)])?;
            let (mut end, mut quoted) = (start, false);
            while end < rest.len() && !SEPARATOR[usize::from(rest[end])] {
                quoted |= matches!(rest[end], 0xC2 | 0xE2);
                end += 1;
            }
            let span = (offset + start, offset + end);
            rest = &rest[end..];
            offset += end;
            Some((span, quoted))
        });
        for ((start, end), quoted) in pieces {
            let word = &text[start..end];
            let word = if quoted { word.trim_matches(|c: char| !c.is_alphanumeric()) } else { word };
            if word.is_empty() {
                continue;
            }
            total += 1;
            if word.len() > FUNCTION_WORD_MAX_BYTES {
                continue;
            }
            let mut lower = String::new();
            let word = if word.starts_with(|c: char| c.is_uppercase()) {
                crate::parse::text::push_lowercase_chars(&mut lower, word);
                lower.as_str()
            } else {
                word
            };
            function += usize::from(vocabulary.function_words.contains(word.as_bytes()));
        }
        (total, function)
    }

    proptest::proptest! {
        /// Lines of function words, other words, capitals, punctuation, quotes and guillemets (their lead
        /// bytes 0xC2, 0xE2), near the end of the line and not: the same counts as the pieces gave.
        #[test]
        fn function_words_as_by_pieces(text in "((và|của|những|Những|CỦA|Và|được|Được|ở|Ở|thì|nhưng|anh|[a-zA-ZđăâêôơưạảấầẩậắằẳặẹẻếềểệịỉọỏốồổộớờởợụủứừửựĐ]{1,12}|“|”|«|»|‘|’|–|[ ,.:;!?()\"'-])){0,30}") {
            proptest::prop_assert_eq!(function_words(&text), function_words_by_pieces(&text));
        }
    }

    proptest::proptest! {
        /// Any short word, of the letters function words are made of and others: the table of slots answers
        /// as a set of the words would.
        #[test]
        fn function_words_answer_as_a_set(word in "(và|của|những|[a-zđăâêôơưạảấầẩậắằẳặẹẻếềểệịỉọỏốồổộớờởợụủứừửự ]{0,5}){1,2}") {
            let set: HashSet<&[u8]> = VOCABULARY.function_words.iter().map(str::as_bytes).collect();
            proptest::prop_assert_eq!(VOCABULARY.function_words.contains(word.as_bytes()), set.contains(word.as_bytes()));
            let text = format!("x {word} zzzzzzzzzzzzzzzz");
            let found = VOCABULARY.function_words.contains_in(text.as_bytes(), 2, 2 + word.len());
            proptest::prop_assert_eq!(found, set.contains(word.as_bytes()));
        }
    }

    #[test]
    fn cues_in_any_case_with_counts_and_inline_text() {
        assert_eq!(cue("Tin liên quan"), Some((Cue::Related, "")));
        assert_eq!(cue("TIN LIÊN QUAN:"), Some((Cue::Related, "")));
        assert_eq!(cue(">> Xem thêm: Giá vàng hôm nay tăng mạnh"), Some((Cue::Related, "Giá vàng hôm nay tăng mạnh")));
        assert_eq!(cue("CÙNG SỰ KIỆN"), Some((Cue::Related, "")));
        assert_eq!(cue("Có thể bạn quan tâm"), Some((Cue::Related, "")));
        assert_eq!(cue("Bình luận (12)"), Some((Cue::Comments, "")));
        assert_eq!(cue("12 bình luận"), Some((Cue::Comments, "")));
        assert_eq!(cue("Ý kiến bạn đọc"), Some((Cue::Comments, "")));
        assert_eq!(cue("Xem thêm các quy định mới về thuế thu nhập"), None);
        assert_eq!(cue("Ông Minh nhận xét: kết quả năm nay rất đáng khích lệ."), None);
    }

    #[test]
    fn shapes() {
        assert!(is_headline_like("Giá vàng hôm nay tăng mạnh sau tin Fed giữ nguyên lãi suất"));
        assert!(is_headline_like("Vì sao giá xăng tăng liên tục?"));
        assert!(!is_headline_like("Giá vàng hôm nay tăng mạnh sau tin Fed giữ nguyên lãi suất."));
        assert!(!is_headline_like("giá vàng tăng"));
        assert!(is_name_like("Nguyễn Văn An"));
        assert!(is_name_like("Minh Anh - Hà Phương"));
        assert!(is_name_like("PV (tổng hợp)"));
        assert!(!is_name_like("Doanh nghiệp gặp khó"));
        // TCVN3 cannot write toned capitals (`Ánh`, `Ủy`, `Ở`): the case of a toned letter is no evidence.
        assert!(is_name_like("Lê Thị ánh"));
        assert!(is_headline_like("ủy ban nhân dân tỉnh họp bàn kế hoạch mới"));
        assert!(!is_headline_like("ủy ban nhân dân tỉnh họp bàn kế hoạch mới."));
        assert!(!is_name_like("Lê Thị anh"));
        assert!(has_masked_email("Nguyễn Văn A - ngu***@gmail.com"));
        assert!(!has_masked_email("Liên hệ: toasoan@tuoitre.com.vn"));
        assert!(has_timestamp("Minh Anh 10:32 12/03/2020"));
        assert!(has_timestamp("2 giờ trước"));
        assert!(!has_timestamp("Chiều nay trời nắng"));
        // The same answers as the test on the lower-cased line that it replaced.
        fn on_lowercase(text: &str) -> bool {
            let lower = lowercase(text);
            let b = lower.as_bytes();
            let clock = b
                .windows(4)
                .any(|w| w[0].is_ascii_digit() && w[1] == b':' && w[2].is_ascii_digit() && w[3].is_ascii_digit());
            let date = b.windows(3).any(|w| w[0].is_ascii_digit() && w[1] == b'/' && w[2].is_ascii_digit());
            let ago = lower.contains(" trước") && TIME_UNITS.iter().any(|u| lower.contains(u));
            clock
                || date
                || ago
                || lower.contains(" ago")
                || lower.starts_with("hôm qua")
                || lower.starts_with("hôm nay")
        }
        let probes = [
            "HÔM QUA lúc 9:1",
            "Hôm nay",
            "hôm nayy",
            "3 NGÀY TRƯỚC",
            "3 ngày Trước",
            "5 phút trước",
            "trước đây",
            "2 hours AGO",
            "2 hours Ago",
            "Chicago",
            " ago",
            "ago",
            "9:15",
            ":15",
            "9:",
            "1:5",
            "10:3x",
            "1/2",
            "/2",
            "1/",
            "x/y",
            "12/",
            "ĐƯỢC 2 NĂM",
            "Σ 3:45",
            "Kelvin \u{212A}",
            "",
            "h",
            "H",
            "2 ngày TRƯỚC",
            "2 năm trƯỚc",
            "2 năm trư\u{301}ơc",
            "người",
            "5 giờ trư",
        ];
        for text in probes {
            assert_eq!(has_timestamp(text), on_lowercase(text), "{text:?}");
        }
        for dir in ["samples/articles", "samples/warnings", "samples/encodings"] {
            let Ok(entries) = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/").to_string() + dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let Ok(text) = std::fs::read_to_string(entry.path()) else { continue };
                for line in text.lines() {
                    assert_eq!(has_timestamp(line), on_lowercase(line), "{line:?}");
                }
            }
        }
        assert!(is_comment_marker_line("Trả lời · Thích · 12"));
        assert!(is_comment_marker_line("Like | Reply"));
        assert!(!is_comment_marker_line("Trả lời phỏng vấn báo chí"));
        assert!(is_hashtag_line("#Hà_Nội #giao_thông"));
        assert!(is_menu_line("Trang chủ | Thời sự | Thế giới"));
        assert!(!is_menu_line("Lãi suất | tăng"));
    }

    #[test]
    fn like_reply_widgets_with_times() {
        assert!(is_comment_marker_line("Thích 86 · Trả lời · 2h trước"));
        assert!(is_comment_marker_line("Thích 0 · Trả lời · 32' trước"));
        assert!(is_comment_marker_line("Trả lời · 5 phút trước"));
        assert!(!is_comment_marker_line("2h trước"));
        assert!(!is_comment_marker_line("Thích · Hà Nội"));
    }

    #[test]
    fn more_links() {
        assert!(ends_with_more_link(
            "Khoảng một tháng sau khi đất đã có độ phì nhiêu là thời điểm trồng cây… Xem thêm…."
        ));
        assert!(!ends_with_more_link("Xem thêm"));
    }

    #[test]
    fn opening_clauses() {
        assert!(opens_with_clause("Trong đó, Văn Quyến bị khởi tố"));
        assert!(opens_with_clause("Sáng 30/4, Chủ tịch nước đến Đà Nẵng"));
        assert!(!opens_with_clause("Hòa thất vọng, Man United vẫn hơn Barca"));
        assert!(!opens_with_clause("Giá vàng tăng mạnh"));
    }

    #[test]
    fn classes() {
        let article = "Theo báo cáo của Bộ Tài chính, trong năm qua ngân sách nhà nước đã thu được nhiều hơn so với dự toán, nhờ các khoản thu từ đất và từ dầu thô.";
        assert_eq!(classify(article), Class::Good);
        assert_eq!(classify("Facebook Twitter Google Zalo Email Print Copy Link Share"), Class::Bad);
        assert_eq!(classify("Trả lời"), Class::Short);
    }

    /// `is_composed_cue` and `is_item_relation_head` as they were written first (words collected into a
    /// `Vec`, each phrase joined anew): the stack-and-buffer versions must answer as they do.
    fn is_composed_cue_by_join(lower: &str) -> bool {
        let words: Vec<&str> = lower.split_whitespace().collect();
        if words.len() < 2 || words.len() > 12 {
            return false;
        }
        let classes = &VOCABULARY.cue_words;
        let (mut relation, mut item_or_verb, mut site) = (false, false, false);
        let mut n = 0;
        while n < words.len() {
            let class = (1..=3.min(words.len() - n)).rev().find_map(|len| {
                let phrase = words[n..n + len].join(" ");
                classes.get(phrase.as_str()).map(|&c| (c, len))
            });
            match class {
                Some((c, len)) => {
                    relation |= c == CueWord::Relation;
                    item_or_verb |= matches!(c, CueWord::Item | CueWord::Verb);
                    n += len;
                }
                None if !site && words[n].contains('.') && words[n].split('.').all(|p| !p.is_empty()) => {
                    site = true;
                    n += 1;
                }
                None => return false,
            }
        }
        relation && item_or_verb
    }

    fn is_item_relation_head_by_vec(lower: &str) -> bool {
        let words: Vec<&str> = lower.split_whitespace().collect();
        let relation = match words.get(1..3) {
            Some(["liên", "quan"]) => 2,
            Some(["cùng" | "khác", _]) => 1,
            _ => return false,
        };
        (2 + relation..=3 + relation).contains(&words.len())
            && VOCABULARY.cue_words.get(words[0]) == Some(&CueWord::Item)
            && words.iter().all(|w| w.chars().all(char::is_alphabetic))
    }

    #[test]
    fn only_m_p_e_lower_case_to_the_last_letters_of_more_links() {
        // What `ends_with_more_link`'s quick look at the last character relies on: a character whose lower
        // case ends with `m`, `p` or `e` is one of these six.
        for c in (0..=u32::from(char::MAX)).filter_map(char::from_u32) {
            let last = lowercase(&c.to_string()).chars().next_back();
            assert_eq!(matches!(last, Some('m' | 'p' | 'e')), matches!(c, 'm' | 'M' | 'p' | 'P' | 'e' | 'E'), "{c:?}");
        }
    }

    /// `caps_cues`'s quick look at the bytes as first written.
    fn caps_pair_by_split(text: &str) -> bool {
        let mut prev = false;
        text.as_bytes().split(u8::is_ascii_whitespace).any(|w| {
            let caps = w.len() >= 2 && w.iter().any(u8::is_ascii_uppercase) && !w.iter().any(u8::is_ascii_lowercase);
            let pair = caps && prev;
            prev = caps;
            pair
        })
    }

    /// `caps_cues` as it was before it searched the bytes for capitals: every word of the line read.
    fn caps_cues_by_words(text: &str) -> Vec<(usize, usize)> {
        if !caps_pair(text) {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut close_run = |run: &mut Vec<(usize, usize)>| {
            if (2..=4).contains(&run.len()) {
                let (start, end) = (run[0].0, run[run.len() - 1].1);
                if is_composed_cue(&lowercase(&text[start..end])) {
                    out.push((start, end));
                }
            }
            run.clear();
        };
        for word in text.split_whitespace() {
            let start = word.as_ptr() as usize - text.as_ptr() as usize;
            if word.chars().all(char::is_uppercase) && word.chars().nth(1).is_some() {
                run.push((start, start + word.len()));
            } else {
                close_run(&mut run);
            }
        }
        close_run(&mut run);
        out
    }

    /// `caps_cues` as first written: every character asked whether it is a capital.
    fn caps_cues_by_chars(text: &str) -> Vec<(usize, usize)> {
        if !caps_pair(text) {
            return Vec::new();
        }
        let mut out = Vec::new();
        let mut run: Vec<(usize, usize)> = Vec::new();
        let mut word: Option<(usize, bool, usize)> = None;
        let mut close_run = |run: &mut Vec<(usize, usize)>| {
            if (2..=4).contains(&run.len()) {
                let (start, end) = (run[0].0, run[run.len() - 1].1);
                if is_composed_cue(&lowercase(&text[start..end])) {
                    out.push((start, end));
                }
            }
            run.clear();
        };
        for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
            if c.is_whitespace() {
                if let Some((start, caps, letters)) = word.take() {
                    if caps && letters >= 2 {
                        run.push((start, i));
                    } else {
                        close_run(&mut run);
                    }
                }
            } else {
                let w = word.get_or_insert((i, true, 0));
                w.1 &= c.is_uppercase();
                w.2 += 1;
            }
        }
        close_run(&mut run);
        out
    }

    #[test]
    fn caps_cues_finds_labels() {
        let text = "… là trò bịp như tin đồn ĐỌC NGAY Snopes cũng XEM THÊM TIN KHÁC";
        assert_eq!(caps_cues(text), caps_cues_by_chars(text));
        assert_eq!(caps_cues(text).len(), 2, "{:?}", caps_cues(text));
    }

    proptest::proptest! {
        /// Words of cues in capitals and others, with white space of every kind between: the labels found
        /// word by word are the ones found character by character.
        #[test]
        fn caps_cues_by_words_is_by_chars(
            words in proptest::collection::vec(
                "(ĐỌC|NGAY|XEM|THÊM|TIN|KHÁC|LIÊN|QUAN|BÀI|VIẾT|Xem|thêm|A|Đ|TP|HCM|[A-ZĐỌa-zđọ0-9.]{1,4})",
                0..14,
            ),
            spaces in proptest::collection::vec("( |  |\t|\u{a0}|\u{3000}|\u{2009} )", 14),
        ) {
            let mut text = String::new();
            for (word, space) in words.iter().zip(&spaces) {
                text.push_str(word);
                text.push_str(space);
            }
            proptest::prop_assert_eq!(caps_cues(&text), caps_cues_by_chars(&text), "{:?}", text);
            proptest::prop_assert_eq!(caps_cues(text.trim_end()), caps_cues_by_chars(text.trim_end()), "{:?}", text);
            proptest::prop_assert_eq!(caps_cues(&text), caps_cues_by_words(&text), "{:?}", text);
        }

        /// Words in capitals or not, of one to three letters, with any white space between: the quick look
        /// lets a line through exactly when the first version did.
        #[test]
        fn caps_cues_quick_look_is_the_split_one(text in "([A-ZĐỌa-zđọ0-9]{0,3}[ \t\n]{0,2}){0,12}") {
            proptest::prop_assert_eq!(caps_pair(&text), caps_pair_by_split(&text), "{:?}", text);
        }

        /// Phrases of cue words (and others, a site's name, odd spacing), up to fifteen words: the
        /// allocation-free readings agree with the first ones.
        #[test]
        fn composed_cues_read_as_before(
            words in proptest::collection::vec(
                "(tin|bài|bài viết|video|xem|đọc|thêm|liên|quan|liên quan|khác|cùng|mới|đăng|các|mời|bạn|kính|tổ chức|tác giả|google.tienlang|a.b|x.|giá|vàng|[a-zđạ]{1,6})",
                0..15,
            ),
            spaces in proptest::collection::vec(" |  |\t", 15),
        ) {
            let mut lower = String::new();
            for (word, space) in words.iter().zip(&spaces) {
                lower.push_str(word);
                lower.push_str(space);
            }
            proptest::prop_assert_eq!(is_composed_cue(&lower), is_composed_cue_by_join(&lower), "{:?}", lower);
            proptest::prop_assert_eq!(
                is_item_relation_head(&lower),
                is_item_relation_head_by_vec(&lower),
                "{:?}",
                lower
            );
        }
    }
}
