//! Lexical support for a title: a page's headline is told in its own text's words, a site's chrome is not.
//!
//! A scraped page's head holds lines that read as headlines and are none (a blog's name or tagline, a forum's
//! `Rank: Advanced Member`, a widget's `Bài viết mới nhất`): the layouts take the first of them for the title
//! when nothing in the page's shape tells them apart, or find no title at all. What tells the headline apart
//! holds on any site: it shares its word pairs with the running text under it (`Tháng 7 đi Hoàng Su Phì …`
//! over a text that says `Hoàng Su Phì` again and again). Word pairs (consecutive syllables), not single
//! syllables: Vietnamese syllables are short and common (`và`, `của`, `người`), a pair of them is a word or a
//! name. A title sharing none is not enough to set it aside (a figurative or quoted headline shares none
//! either): it must also read as chrome.
//!
//! Hand-written: no crate scores a line against a text this way, and the whole of it is a set of pairs.

use std::collections::HashSet;

use crate::model::{Block, BlockKind};

/// A block of running text: eighty characters and a dozen words or more.
fn prose(text: &str) -> bool {
    text.chars().count() >= 80 && text.split_whitespace().count() >= 12
}

/// A text's syllables in lower case: runs of letters and digits, figures alone left out (a date or a count is
/// no word the text repeats). A bracketed token is no syllable of the line (`nhớ [C] mẹ`: a chord over a
/// song's words, a link's number).
fn syllables(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut depth = 0usize;
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut Vec<String>| {
        if !word.is_empty() && !word.chars().all(|c| c.is_ascii_digit()) {
            out.push(word.to_lowercase());
        }
        word.clear();
    };
    for c in text.chars() {
        match c {
            '[' => {
                flush(&mut word, &mut out);
                depth += 1;
            }
            ']' if depth > 0 => depth -= 1,
            _ if depth > 0 => {}
            c if c.is_alphanumeric() => word.push(c),
            _ => flush(&mut word, &mut out),
        }
    }
    flush(&mut word, &mut out);
    out
}

fn pairs(words: &[String]) -> impl Iterator<Item = (&str, &str)> {
    words.windows(2).map(|w| (w[0].as_str(), w[1].as_str()))
}

/// The running text's syllables and word pairs, from the first four thousand characters of its prose blocks.
struct Text {
    words: HashSet<String>,
    pairs: HashSet<(String, String)>,
}

impl Text {
    fn of<'a>(blocks: impl Iterator<Item = &'a Block>) -> Text {
        let mut text = Text { words: HashSet::new(), pairs: HashSet::new() };
        let mut read = 0;
        for b in blocks.filter(|b| prose(&b.text)) {
            if read >= 4000 {
                break;
            }
            read += b.text.chars().count();
            let words = syllables(&b.text);
            text.pairs.extend(pairs(&words).map(|(a, b)| (a.to_string(), b.to_string())));
            text.words.extend(words);
        }
        text
    }

    /// The share of a line's word pairs the text holds; none for a line of fewer than two pairs.
    fn pair_share(&self, line: &str) -> Option<f64> {
        let words = syllables(line);
        let own: HashSet<(&str, &str)> = pairs(&words).collect();
        if own.len() < 2 {
            return None;
        }
        let held = own.iter().filter(|&&(a, b)| self.pairs.contains(&(a.to_string(), b.to_string()))).count();
        Some(held as f64 / own.len() as f64)
    }

    /// The share of a line's syllables the text holds (0 for a line of none).
    fn word_share(&self, line: &str) -> f64 {
        let own: HashSet<String> = syllables(line).into_iter().collect();
        if own.is_empty() {
            return 0.0;
        }
        own.iter().filter(|w| self.words.contains(*w)).count() as f64 / own.len() as f64
    }
}

/// A line shaped as a headline: four syllables to forty-five, 250 characters at most, opening with a capital,
/// not a list's entry (`• …`, `* …`, `» …`), not numbered (`2.7- …`, `3.HỘI ĐỒNG`: a section of the text), not
/// a label (`…:`), and with fewer than three figures (`Bình Định, ngày 11 tháng 01 năm 2021`, `Th12 29, 2017`).
fn headline(text: &str) -> bool {
    let t = text.trim();
    let n = syllables(t).len();
    let figures = super::boilerplate::features::figure_groups(t);
    let numbered = {
        let rest = t.trim_start_matches(|c: char| !c.is_alphanumeric());
        let digits = rest.len() - rest.trim_start_matches(|c: char| c.is_ascii_digit()).len();
        digits > 0 && rest[digits..].starts_with(['.', ')', '-', ':'])
    };
    (4..=45).contains(&n)
        && t.chars().count() <= 250
        && !t.starts_with(['•', '*', '-', '+', '·', '»', '>'])
        && !t.ends_with([':', ','])
        && figures < 3
        && !numbered
        && t.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_uppercase)
}

/// The blocks above the running text (the first eight, before the first prose block or sentence) shaped as
/// headlines.
fn shaped(blocks: &[Block]) -> impl Iterator<Item = (usize, &Block)> {
    let candidate = |i: usize, b: &Block| {
        matches!(b.kind, BlockKind::Paragraph | BlockKind::Heading)
            && headline(&b.text)
            && !cut_short(&b.text, &blocks[i + 1..])
    };
    // Whether a candidate stood above: a heading under one is the text's first section's.
    let mut seen = false;
    blocks
        .iter()
        .enumerate()
        .take(8)
        // (Nor under a sentence: a text's own first lines, `Hãy cùng tìm hiểu 7 lý do …`, over its
        // subheading. An ellipsis that cuts short a line the next blocks say whole ends none: a path's last
        // entry, `HomeBlogSự kiệnHội Chợ Đêm - Đêm vui nh...`, over its headline; nor does the first heading
        // the page marked up, however long or wherever it stops, `## KHUYẾN MÃI HOT: … Núi Sam!` —
        // held-out-100 —, with no headline above it: under one it is the first section's, `## Nấu nước dùng
        // phở bò mất bao lâu?` — a reviewer's probes.)
        .take_while(move |&(i, b)| {
            let first_heading =
                !seen && b.kind == BlockKind::Heading && !super::boilerplate::features::ends_with_full_stop(&b.text);
            let goes_on = first_heading
                || (!prose(&b.text)
                    && (!super::boilerplate::features::ends_sentence(&b.text) || cut_short(&b.text, &blocks[i + 1..])));
            seen |= goes_on && candidate(i, b);
            goes_on
        })
        .filter(move |&(i, b)| candidate(i, b))
}

/// Whether `text` ends with an ellipsis that cuts short a line one of the three blocks after it says whole:
/// its last four words before the ellipsis, the cut one too (`Đêm - Đêm vui nh` of `… như hội …`), stand
/// in one of them.
fn cut_short(text: &str, after: &[Block]) -> bool {
    let t = text.trim_end();
    let Some(stem) = t.strip_suffix("...").or_else(|| t.strip_suffix('…')) else { return false };
    let words: Vec<&str> = stem.split_whitespace().collect();
    let Some(from) = words.len().checked_sub(4) else { return false };
    let run = words[from..].join(" ");
    after.iter().take(3).any(|b| b.text.contains(&run))
}

/// `shaped`, with the share of their word pairs the text's prose holds.
fn candidates<'a>(blocks: &'a [Block], text: &'a Text) -> impl Iterator<Item = (usize, &'a Block, f64)> + 'a {
    // (Every prose block stands after every candidate: the text under each is the whole text's prose.)
    shaped(blocks).filter_map(|(i, b)| text.pair_share(&b.text).map(|share| (i, b, share)))
}

/// The headline among the blocks above the running text that the text under it best supports: the share of
/// its word pairs the prose after it holds, the nearest to the text on a tie. Its index and share.
fn best_headline(blocks: &[Block], text: &Text) -> Option<(usize, f64)> {
    let mut best: Option<(usize, f64)> = None;
    for (i, _, share) in candidates(blocks, text) {
        if best.is_none_or(|(_, s)| share >= s) {
            best = Some((i, share));
        }
    }
    best
}

/// The share of `line`'s word pairs that the running text of `blocks` tells (`None` for a line of fewer than
/// two pairs): how far a line over the text is its headline.
pub(crate) fn told(line: &str, blocks: &[Block]) -> Option<f64> {
    Text::of(blocks.iter()).pair_share(line)
}

/// The block to take for the title in place of `title` (or of none): a headline above the running text that
/// shares half its word pairs with the prose under it or more. With a title, only when the title reads as the
/// page's chrome (a box's label, interface words in ASCII, a line `recurs` says the run's other pages print, an
/// address), shares none of its pairs and fewer than seven syllables in ten with the whole text's prose; a
/// title too short to have two pairs gives way only when it is in ASCII and shares fewer than half its
/// syllables (`Home`: a Vietnamese section's `Giáo dục` or an obituary's `PHÂN ƯU` stays), and to a headline
/// sharing six pairs in ten. Under a chrome title, a heading the page marked up needs a quarter of its pairs.
pub(crate) fn unsupported_title(title: Option<&str>, blocks: &[Block], recurs: impl Fn(&str) -> bool) -> Option<usize> {
    // A title must read as the page's chrome besides: a figurative headline (`Những bàn tay vàng`), a quoted
    // one, a chapter's, a digest's or one in English shares no pair with its text either, and a subheading
    // under it is told in the lead's words (a reviewer's probes). The chrome: a box's label (`Bài viết mới
    // nhất`), interface words in ASCII (`Home`), a line the run's other pages print (a blog's name or
    // tagline), an address. (Asked first: most titles are none, and the text is then never read.)
    let chrome = |t: &str| {
        super::boilerplate::features::cue(t).is_some()
            || super::layout::ascii_chrome(t)
            || recurs(t)
            || t.contains("http://")
            || t.contains("https://")
            || t.contains("www.")
    };
    if title.is_some_and(|t| !chrome(t)) {
        return None;
    }
    // (No headline above the running text, as in most documents: the text is never read.)
    shaped(blocks).next()?;
    let text = Text::of(blocks.iter());
    // Under a title that reads as chrome, a heading the page marked up (`## Lukaku khởi đầu …`, as html2text
    // writes an `<h2>`) needs a quarter of its pairs told: the markup says it heads something.
    // (The first candidate only: a plain headline over it makes it the text's first section heading — a
    // reviewer's probes, `## Mỗi tháng một lần, …` under `Lễ hội đèn lồng phố cổ Hội An đêm rằm`.)
    let marked =
        || candidates(blocks, &text).next().filter(|&(_, b, share)| b.kind == BlockKind::Heading && share >= 0.25);
    if let (Some(title), Some((at, _, _))) = (title, marked()) {
        if text.pair_share(title).is_none_or(|pairs| pairs == 0.0) && text.word_share(title) < 0.7 {
            return Some(at);
        }
    }
    let (at, share) = best_headline(blocks, &text)?;
    let switch = match title {
        None => share >= 0.5,
        Some(title) => {
            let words = text.word_share(title);
            match text.pair_share(title) {
                Some(pairs) => pairs == 0.0 && words < 0.7 && share >= 0.5,
                None => title.is_ascii() && words < 0.5 && share >= 0.6,
            }
        }
    };
    switch.then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unsupported_title_(title: Option<&str>, blocks: &[Block]) -> Option<usize> {
        unsupported_title(title, blocks, |t| t == "Mây và Bão")
    }

    fn blocks(texts: &[&str]) -> Vec<Block> {
        texts
            .iter()
            .enumerate()
            .map(|(i, t)| Block { kind: BlockKind::Paragraph, text: t.to_string(), line: i + 1, inferred: false })
            .collect()
    }

    const TEXT: &str = "Hoàng Su Phì là một huyện biên giới vùng cao của tỉnh Hà Giang. Vào tháng 7, mùa nước đổ, \
                        những thửa ruộng của Hoàng Su Phì ánh lên một màu bạc lấp lánh dưới nắng. Đến Hoàng Su Phì \
                        tháng 7 là lúc ngắm ruộng đổ nước đẹp nhất.";

    #[test]
    fn syllables_leave_figures_and_bracketed_tokens_out() {
        assert_eq!(syllables("Mà mẹ [Am] ơi xuân 2024"), ["mà", "mẹ", "ơi", "xuân"]);
        assert_eq!(syllables("TẾT."), ["tết"]);
    }

    #[test]
    fn a_widgets_label_in_the_titles_place_gives_way_to_the_headline_the_text_tells() {
        let b = blocks(&["Tháng 7 đi Hoàng Su Phì ngắm ruộng đổ nước", TEXT]);
        assert_eq!(unsupported_title_(Some("Bài viết mới nhất"), &b), Some(0));
        assert_eq!(unsupported_title_(Some("Rank: Advanced Member"), &b), Some(0));
        // A heading the page marked up needs a quarter of its pairs told, under such a title.
        let mut marked = blocks(&["Menu Close", "Hoàng Su Phì mùa vàng lúa chín", TEXT]);
        assert_eq!(unsupported_title_(Some("Bài viết mới nhất"), &marked), None);
        marked[1].kind = BlockKind::Heading;
        assert_eq!(unsupported_title_(Some("Bài viết mới nhất"), &marked), Some(1));
        assert_eq!(unsupported_title_(Some("Những bàn tay vàng"), &marked), None);
        // (A blog's name the run's other pages print; an address.)
        assert_eq!(unsupported_title_(Some("Mây và Bão"), &b), Some(0));
        assert_eq!(unsupported_title_(Some("Công ty Tin học Nhà trường http://www.vnschool.net"), &b), Some(0));
        assert_eq!(unsupported_title_(None, &b), Some(0));
        // (A short title in ASCII: a page's `Home`.)
        assert_eq!(unsupported_title_(Some("Home"), &b), Some(0));
    }

    #[test]
    fn a_path_cutting_the_headline_short_and_a_long_marked_heading_leave_it_found() {
        // A cable-car company's blog through html2text (held-out-100): its path's last entry cuts the headline
        // short with an ellipsis, and the heading the page marked up may be long, or end with `!`.
        let headline =
            "Tháng 7 đi Hoàng Su Phì ngắm ruộng đổ nước, mùa đẹp nhất của vùng cao Hà Giang huyện biên giới!";
        let mut b = blocks(&["0 ₫ 0 Cart", "HomeBlogDu lịchTháng 7 đi Hoàng Su Phì ng...", headline, TEXT]);
        assert_eq!(unsupported_title_(Some("Mây và Bão"), &b), None);
        b[2].kind = BlockKind::Heading;
        assert_eq!(unsupported_title_(Some("Mây và Bão"), &b), Some(2));
        // A first line whose ellipsis cuts nothing the next blocks say stops the look as before.
        let mut own = blocks(&["Hãy cùng tìm hiểu 7 lý do để lên vùng cao...", "Ruộng đổ nước", headline, TEXT]);
        own[2].kind = BlockKind::Heading;
        assert!(!cut_short(&own[0].text, &own[1..]));
        assert!(cut_short(&b[1].text, &b[2..]));
        // Under a plain headline, a marked-up heading is the text's first section's, however it ends (a
        // reviewer's probes): the headline is taken, never the heading.
        let mut under = blocks(&[
            "0 ₫ 0 Cart",
            "Tháng 7 đi Hoàng Su Phì ngắm ruộng đổ nước",
            "Ruộng bậc thang mùa nước đổ đẹp đến mức nào?",
            TEXT,
        ]);
        under[2].kind = BlockKind::Heading;
        assert_eq!(unsupported_title_(Some("Mây và Bão"), &under), Some(1));
    }

    #[test]
    fn a_title_the_text_tells_stays() {
        let b = blocks(&["Tháng 7 đi Hoàng Su Phì ngắm ruộng đổ nước", TEXT]);
        // Its pairs in the text.
        assert_eq!(unsupported_title_(Some("Mùa nước đổ ở Hoàng Su Phì"), &b), None);
        // Its syllables in the text, in another order (`Closure và Scope` over `Scope và closure …`).
        assert_eq!(unsupported_title_(Some("Nắng dưới bạc màu ruộng"), &b), None);
        // A short title in Vietnamese (a section's name, an obituary's `PHÂN ƯU`).
        assert_eq!(unsupported_title_(Some("Du lịch"), &b), None);
        // A headline told in none of the text's words but no chrome: figurative, quoted, a chapter's, a
        // digest's, in English (a reviewer's probes) — whatever subheading the lead repeats.
        for title in [
            "Những bàn tay vàng",
            "\"Mỗi vai diễn là một kiếp sống\"",
            "Chương 7: Đêm trắng",
            "Điểm báo ngày 12/3/2025",
            "The last ferry on the Mekong",
            "Bài đăng phổ biến",
        ] {
            assert_eq!(unsupported_title_(Some(title), &b), None, "{title}");
        }
    }

    #[test]
    fn only_a_headline_above_the_running_text_replaces_it() {
        // A list's entry, a numbered section, a place and date, a line in lower case: no headline.
        for line in [
            "• Tháng 7 đi Hoàng Su Phì ngắm ruộng đổ nước",
            "2.7- Hoàng Su Phì ngắm ruộng đổ nước",
            "Hoàng Su Phì, ngày 11 tháng 01 năm 2021",
            "tháng 7 đi Hoàng Su Phì ngắm ruộng đổ nước",
        ] {
            assert_eq!(unsupported_title_(None, &blocks(&[line, TEXT])), None, "{line}");
        }
        // Under the running text: a subheading of it.
        let b = blocks(&[TEXT, "Tháng 7 đi Hoàng Su Phì ngắm ruộng đổ nước", TEXT]);
        assert_eq!(unsupported_title_(None, &b), None);
        // Under a sentence of the text's (an intro over its first section's heading).
        let b = blocks(&["Hãy cùng tìm hiểu vì sao nên đi.", "Tháng 7 đi Hoàng Su Phì ngắm ruộng đổ nước", TEXT]);
        assert_eq!(unsupported_title_(None, &b), None);
        // A headline the text does not tell.
        let b = blocks(&["Kinh nghiệm chọn mua máy lọc nước", TEXT]);
        assert_eq!(unsupported_title_(None, &b), None);
        assert_eq!(unsupported_title_(Some("Bài viết mới nhất"), &b), None);
    }
}
