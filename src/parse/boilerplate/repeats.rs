//! Lines said twice in one seed. A line that repeats the one before it (a photo caption scraped twice) or the
//! title or lead goes as `duplicate-line`. A longer line that recurs further apart is a sidebar teaser shown
//! two or three times on the page: when one copy lies in the article's running text, only the other copies
//! go; when none does, all go (`teasers`).

use super::{Detector, RemovedKind, Scan};
use std::collections::HashMap;

/// The repeated-line detector.
pub struct Repeats;

/// Shorter lines repeat by chance (`Hà Nội`, `- Tổng Bí thư Nông Đức Mạnh.` in two lists).
const MIN_CHARS: usize = 60;

pub(crate) fn key(text: &str) -> String {
    crate::parse::text::comparison_key(text)
}

/// A hash of a line's ASCII digits and punctuation, in order: two lines with the same `key` have the same
/// marks (lower-casing maps letters to letters and spacing is white space only: no character becomes or
/// stops being one of these), so lines whose marks differ need no key to tell them apart. One quick pass
/// over the bytes.
fn marks(text: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    for &b in text.as_bytes() {
        if IS_MARK[usize::from(b)] {
            hasher.write_u8(b);
        }
    }
    hasher.finish()
}

/// Whether `line` is the title (its `key`, `title_key`) said again as a Markdown heading or with pictographs after
/// it (a blog's heading over its text, `Bài 4: Giới thiệu về DOM - Khi JavaScript gặp HTML 🤝`, under the page's
/// `<h1>` without them, held-out-132): the title, then only pictographs (`is_pictograph`) and spaces.
fn decorated_repeat(line: &str, title_key: &str) -> bool {
    // (A Markdown heading's marks stay on its line for the detectors: `## Bài 4: …`. A heading restating the title
    // with no pictograph is the title said again too: the `<h1>` over a contents box, the post's first `##` under it.)
    let heading = crate::parse::markdown::atx_heading(line);
    let line = heading.unwrap_or(line);
    let bare = line.trim_end_matches(|c: char| c.is_whitespace() || crate::parse::text::is_pictograph(c));
    (heading.is_some() || bare.len() < line.trim_end().len()) && key(bare) == title_key
}

/// Whether `line` is `title` said again as an image's alternative text, its number after it (`Tiêu đề - Ảnh
/// 1.`, `Tiêu đề - Hình 2`: news CMSs name a story's photos so, and a text extraction keeps the names): the
/// title, a dash, an image's word (`Ảnh`, `Hình`, `Photo`, `Image`, `Video`, `Clip`) and a number, a full
/// stop or none.
/// (Or with a space alone before `Ảnh` or `Hình`, as saostar.vn names them: `Tiêu đề Ảnh 1`.)
fn numbered_image_of(line: &str, title: &str) -> bool {
    let Some(rest) = line.strip_prefix(title) else { return false };
    let (rest, dashed) = match rest.strip_prefix(" - ").or_else(|| rest.strip_prefix(" – ")) {
        Some(rest) => (rest, true),
        None => (rest.strip_prefix(' ').unwrap_or(""), false),
    };
    let rest = rest.strip_suffix('.').unwrap_or(rest);
    let mut words = rest.split(' ');
    let (Some(word), Some(number), None) = (words.next(), words.next(), words.next()) else { return false };
    // (The image's word: a day's, a prize's or a half's number after a title is a heading of the text,
    // `… - Ngày 1`, `… - Giải 2.`, `… - Hiệp 1` — a reviewer's probes.)
    let word = if dashed {
        matches!(word, "Ảnh" | "Hình" | "Photo" | "Image" | "Video" | "Clip")
    } else {
        word == "Ảnh" || word == "Hình"
    };
    word && (1..=3).contains(&number.len()) && number.bytes().all(|b| b.is_ascii_digit())
}

/// The words of an image's file name a CMS made from the text's words, as a scraper keeps its alternative text
/// on a line of its own (`cay-kim-tien-01`, `con-giap-kho-nhat-nam-2023-01`, `dam-vinh-hung-phunutoday1`): one
/// token of lower-case ASCII letters, digits, `-` and `_`, two separators or more, three words of letters at
/// least once figures are cut off their ends; or an alternative text's (`alt_text_words`, then with `true`);
/// `None` for any other line.
fn image_name_words(text: &str) -> Option<(Vec<String>, bool)> {
    let t = text.trim();
    if let Some(words) = alt_text_words(t) {
        return Some((words, true));
    }
    // (The length first: this asks every live line, and most are long.)
    if t.len() > 120 || !t.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_') {
        return None;
    }
    if t.bytes().filter(|&b| b == b'-' || b == b'_').count() < 2 {
        return None;
    }
    let words: Vec<String> = t
        .split(['-', '_'])
        .map(|w| w.trim_end_matches(|c: char| c.is_ascii_digit()))
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase()))
        .map(str::to_string)
        .collect();
    (words.len() >= 3).then_some((words, false))
}

/// The words of an image's alternative text a CMS made from the headline with its marks folded away and the
/// photo's number after it (`Kinh nghiem xin hoc bong Fulbright hinh anh 1`, as zingnews.vn and vov.vn name
/// a story's photos), in lower case: a line of ASCII closing with `hinh anh` and a number, three words of
/// letters at least before them; `None` for any other line. (`image_names` asks the text for the fold.)
fn alt_text_words(t: &str) -> Option<Vec<String>> {
    // (This asks every live line: the closing figure first.)
    if !t.as_bytes().last().is_some_and(u8::is_ascii_digit) || t.len() > 250 || !t.is_ascii() {
        return None;
    }
    let (head, number) = t.rsplit_once(' ')?;
    if !(1..=3).contains(&number.len()) || !number.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let head = head.strip_suffix(" hinh anh").or_else(|| head.strip_suffix(" Hinh anh"))?;
    let words: Vec<String> = head
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphabetic()))
        .map(str::to_ascii_lowercase)
        .collect();
    (words.len() >= 3).then_some(words)
}

/// Lines that are an image's file name the site made from the document's own words (`image_name_words`): half
/// the name's words at least, two or more, stand in a row in the title or the text once its marks are folded
/// away, one of them with a mark the name lost (`cay-kim-tien` for `cây kim tiền`). The fold is the evidence:
/// a package's or a command's name a tutorial sets alone (`react-router-dom`, `eslint-plugin-react-hooks`)
/// is written so in the text as well, and lost no mark. Removed as `widget`, rule `image-name`.
fn image_names(scan: &mut Scan) {
    // (Not one the text introduces, `… như sau:` over it: a slug an SEO guide teaches, a package, a CSS class,
    // a file name a rule requires — a reviewer's probes.)
    let live = scan.live();
    let introduced = |n: usize| {
        live[..n]
            .iter()
            .rev()
            .map(|&j| scan.items[j].text.trim())
            .find(|t| !t.is_empty())
            .is_some_and(|t| t.ends_with(':'))
    };
    // (Each with its words, read once.)
    let candidates: Vec<(usize, Vec<String>, bool)> = live
        .iter()
        .enumerate()
        .filter_map(|(n, &i)| {
            let (name, alt) = image_name_words(&scan.items[i].text)?;
            (!introduced(n)).then_some((i, name, alt))
        })
        .collect();
    // (A page of photos holds a few dozen at most: a seed of thousands of such lines is a list of names, and
    // matching each against the text would cost their number times the text's.)
    if candidates.is_empty() || candidates.len() > 64 {
        return;
    }
    // The document's words, folded, each with whether folding changed it.
    let mut words: Vec<(String, bool)> = Vec::new();
    let texts = scan.cx.title.into_iter().chain(
        scan.items
            .iter()
            .enumerate()
            .filter(|(i, _)| !candidates.iter().any(|(c, _, _)| c == i))
            .map(|(_, item)| item.text.as_str()),
    );
    for text in texts {
        for word in text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()) {
            let lower = word.to_lowercase();
            let folded = crate::parse::layout::fold(&lower);
            let marked = folded != lower;
            words.push((folded, marked));
        }
    }
    // Where each pair of folded words stands, so that a name's run (two words at least) is looked for only
    // where its first two words do.
    let mut at: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (b, pair) in words.windows(2).enumerate() {
        at.entry((pair[0].0.as_str(), pair[1].0.as_str())).or_default().push(b);
    }
    for (i, name, alt) in candidates {
        // The longest run of the name's words said in a row in the text with a mark among them.
        let mut best = 0;
        // (And the longest such run from the name's first word.)
        let mut opening = 0;
        for a in 0..name.len() - 1 {
            for &b in at.get(&(name[a].as_str(), name[a + 1].as_str())).map_or(&[][..], Vec::as_slice) {
                let run = name[a..].iter().zip(&words[b..]).take_while(|(n, (w, _))| *n == w).count();
                if words[b..b + run].iter().any(|(_, marked)| *marked) {
                    best = best.max(run);
                    if a == 0 {
                        opening = opening.max(run);
                    }
                }
            }
        }
        // (An alternative text is the headline from its first word, nearly whole: a syllabus's or a forum's
        // unmarked lines ending in `hinh anh 1` share a pair of words with the text here and there — a
        // reviewer's probes.)
        if alt && (opening < 3 || opening * 5 < name.len() * 4) {
            continue;
        }
        if best >= 2 && best * 2 >= name.len() {
            scan.remove(i, RemovedKind::Widget, "image-name");
        }
    }
}

/// The bytes `marks` hashes, ASCII digits and punctuation, as a table: one look-up a byte, where the two
/// tests took several range comparisons (this runs over every live line).
static IS_MARK: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_digit() || (b as u8).is_ascii_punctuation();
        b += 1;
    }
    table
};

impl Detector for Repeats {
    fn name(&self) -> &'static str {
        "repeats"
    }

    fn detect(&self, scan: &mut Scan) {
        // The title or lead said again as a body line.
        let known: Vec<String> = [scan.cx.title, scan.cx.lead].into_iter().flatten().map(key).collect();
        let known_marks: Vec<u64> = [scan.cx.title, scan.cx.lead].into_iter().flatten().map(marks).collect();
        // (The title's key once, for `decorated_repeat`: asked of every heading line.)
        let title_key = scan.cx.title.map(key);
        // Each line's key, worked out once (lines can be whole bodies), and only for a line whose `marks`
        // another's match: the key costs a pass that lower-cases every character.
        let mut keys: Vec<Option<String>> = vec![None; scan.items.len()];
        let mut line_marks: Vec<Option<u64>> = vec![None; scan.items.len()];
        let mut previous: Option<usize> = None;
        // Units cut from one long line are sentences of running text: a sentence said twice there is the
        // writer's, not the page's.
        for i in 0..scan.items.len() {
            if !scan.items[i].is_live() || scan.items[i].group.is_some() {
                continue;
            }
            let m = *line_marks[i].insert(marks(&scan.items[i].text));
            if known_marks.contains(&m) && known.contains(keys[i].insert(key(&scan.items[i].text))) {
                scan.remove(i, RemovedKind::DuplicateLine, "title-repeat");
                continue;
            }
            if scan.cx.title.is_some_and(|t| numbered_image_of(&scan.items[i].text, t))
                || title_key.as_deref().is_some_and(|k| decorated_repeat(&scan.items[i].text, k))
            {
                scan.remove(i, RemovedKind::DuplicateLine, "title-repeat");
                continue;
            }
            if previous.is_some_and(|p| scan.items[p].text == scan.items[i].text) {
                scan.remove(i, RemovedKind::DuplicateLine, "duplicate-line");
                continue;
            }
            previous = Some(i);
        }

        image_names(scan);
        truncated_excerpts(scan);
        recurring_blocks(scan);
        dateline_teasers(scan);

        // Lines of a group have equal keys, so equal marks: a line whose marks no other line has is in no
        // group, and its key is never worked out.
        let candidates: Vec<(usize, u64)> = scan
            .live()
            .into_iter()
            .filter(|&i| {
                scan.items[i].group.is_none() && crate::parse::text::more_chars_than(&scan.items[i].text, MIN_CHARS - 1)
            })
            .map(|i| (i, line_marks[i].unwrap_or_else(|| marks(&scan.items[i].text))))
            .collect();
        let mut marks_seen: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
        for &(_, m) in &candidates {
            *marks_seen.entry(m).or_default() += 1;
        }
        let mut groups: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, m) in candidates {
            if marks_seen[&m] >= 2 {
                let k = keys[i].take().unwrap_or_else(|| key(&scan.items[i].text));
                groups.entry(k).or_default().push(i);
            }
        }
        let repeated: Vec<Vec<usize>> = groups.into_values().filter(|g| g.len() >= 2).collect();
        if repeated.is_empty() {
            return;
        }
        // Where the running text is, judged without the repeated lines.
        let mut without = Scan { items: scan.items.clone(), cx: scan.cx, removed_after_edges: 0 };
        for &i in repeated.iter().flatten() {
            without.items[i].removed = Some((String::new(), String::new()));
        }
        let core = without.core();
        for group in repeated {
            let first = group[0];
            // Only a teaser-shaped line (a headline, or one sentence after the running text) loses every copy.
            let teaser = super::features::is_headline_like(&scan.items[first].text);
            // The copy to keep: the first inside the running text (a heading listed again in a table of
            // contents above it stays where it belongs), or the first of all for a line that is no teaser.
            let inside = |i: usize| core.is_some_and(|(a, b)| (a..=b).contains(&i)) || scan.items[i].kind.is_some();
            // A headline printed twice right above the text around its date line (a page's `<h1>` and its
            // title box) is the page's own when no title was found: the first copy stays.
            // (Its date line between them, and nothing else: a box that shows a teaser twice holds more.)
            let echoed = scan.cx.title.is_none()
                && match group[..] {
                    // (Above the running text, or on a page with none: a post of short lines, `– Tạo sân
                    // chơi …`.)
                    [a, b] if core.is_none_or(|(start, _)| b < start) => {
                        let between: Vec<usize> = (a + 1..b).filter(|&i| !scan.items[i].is_blank()).collect();
                        match between[..] {
                            [d] => crate::parse::layout::date_line(&scan.items[d].text).is_some(),
                            // (Or a post's header box between them, five short lines at most with its date
                            // in them: `Posted on 2 Tháng Năm, 2021 by admin` / `Thích 0` / the unit's
                            // name.)
                            _ => {
                                (2..=5).contains(&between.len())
                                    && between.iter().all(|&i| scan.items[i].text.chars().count() < 80)
                                    && between.iter().any(|&i| dated(&scan.items[i].text))
                            }
                        }
                    }
                    _ => false,
                };
            let keep = group.iter().copied().find(|&i| inside(i)).or((!teaser || echoed).then_some(first));
            if let Some(keep) = keep {
                // (The echo of a headline so printed is named apart: the page's headline, `parse` takes it
                // for the title when none was found.)
                let rule = if echoed && keep == first { "echoed-headline" } else { "repeated-line" };
                for &i in group.iter().filter(|&&i| i != keep) {
                    scan.remove(i, RemovedKind::DuplicateLine, rule);
                }
            } else {
                for &i in &group {
                    scan.remove(i, RemovedKind::Teasers, "repeated-teaser");
                }
            }
        }
    }
}

/// A line with a date in it: a clock or a date in figures (`features::has_timestamp`), or a month spelled
/// out before a year (`Posted on 2 Tháng Năm, 2021 by admin`).
fn dated(text: &str) -> bool {
    let year = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_ascii_digit());
        w.len() == 4 && (w.starts_with("19") || w.starts_with("20"))
    };
    super::features::has_timestamp(text)
        || (crate::parse::text::lowercase(text).contains(" tháng ") && text.split_whitespace().any(year))
}

/// The dashes a dateline ends with, each with its searcher built once (`str::find` sets up a two-way
/// searcher on every call, for every line asked).
static DATELINE_DASHES: std::sync::LazyLock<[(&str, memchr::memmem::Finder<'static>); 3]> =
    std::sync::LazyLock::new(|| [" - ", " – ", " — "].map(|sep| (sep, memchr::memmem::Finder::new(sep))));

/// The dateline a lead opens with (`VTV.vn - `, `(Dân trí) - `, `TPO – `): one to three words, 25
/// characters at most, no sentence end in them, before a dash between spaces. The prefix with its dash.
pub(crate) fn dateline(text: &str) -> Option<&str> {
    let cut =
        DATELINE_DASHES.iter().filter_map(|(sep, finder)| finder.find(text.as_bytes()).map(|i| i + sep.len())).min()?;
    let head = text[..cut].trim_end_matches([' ', '-', '–', '—']);
    let words = head.split_whitespace().count();
    let opens = head.starts_with(|c: char| c.is_uppercase() || c == '(');
    (opens && (1..=3).contains(&words) && head.chars().count() <= 25 && !head.contains([',', '!', '?', ':']))
        .then(|| &text[..cut])
}

/// An outlet prints its dateline once, at the start of its article's lead: later lines of the same seed
/// that open with the same dateline (`VTV.vn - Khi nhận được tin nhắn …`) are the leads of other articles,
/// shown as teasers, when they close the document (no running text of another shape after the first of
/// them: an interview's `PV - ` turns alternate with answers). Judged by the document's lead, or its first
/// line when it has none.
fn dateline_teasers(scan: &mut Scan) {
    let live = scan.live();
    let Some(&first) = live.first() else { return };
    let in_lead = scan.cx.lead.and_then(dateline);
    let Some(prefix) = in_lead.or_else(|| dateline(&scan.items[first].text)).map(str::to_string) else { return };
    let from = usize::from(in_lead.is_none());
    let marked = |i: usize| {
        let item = &scan.items[i];
        item.group.is_none() && item.kind.is_none() && item.text.starts_with(&prefix)
    };
    let Some(start) = live[from..].iter().position(|&i| marked(i)).map(|n| n + from) else { return };
    let closes = live[start..].iter().all(|&i| marked(i) || scan.items[i].class() != super::features::Class::Good);
    if closes {
        let teasers: Vec<usize> = live[start..].iter().copied().filter(|&i| marked(i)).collect();
        for i in teasers {
            scan.remove(i, RemovedKind::Teasers, "dateline-teaser");
        }
    }
}

/// Other articles' leads left in the page once every other detector is done (`tail-sweep` calls this
/// last): where running text of another shape follows them (a teaser grid's unmarked sapo, a footer),
/// `dateline_teasers` stands back, but a line that opens with the article's own dateline (`(NLĐO) - `,
/// its dash of any kind) still goes when it is a card's: right under a link (its headline's, `### [Mối
/// quan hệ …](https://…)`, a text browser's `[20]Hà Nội thu phí …`, or a line a detector took as a link),
/// no running text right below it, and two such lines at least. A link a card's lead stands under goes
/// with it. A live blog's entries under their times, a digest's items under their headings, an
/// interview's turns, a series' parts under their captions: none stands under a link (a reviewer's
/// probes). The dateline is the lead's, or when the document has none its first line's or a heading's
/// of ten words or more (a Markdown page sets its lead as one, `## (NLĐO) - …`): a line of dialogue
/// (`PV - `, `Hỏi - `) or a route (`Hà Nội - Đà Nẵng`) further down sets none.
pub(super) fn dateline_cards(scan: &mut Scan) {
    use crate::model::BlockKind;
    let live = scan.live();
    let in_lead = scan.cx.lead.and_then(dateline);
    // (The dateline less its dash, borrowed: the lines are compared without a copy each.)
    fn head(p: &str) -> &str {
        p.trim_end_matches([' ', '-', '–', '—'])
    }
    let (prefix, from) = match in_lead {
        Some(p) => (head(p).to_string(), 0),
        None => {
            let Some(n) = live.iter().position(|&i| {
                let item = &scan.items[i];
                let opens = i == live[0] || item.kind == Some(BlockKind::Heading);
                opens && item.text.split_whitespace().nth(9).is_some() && dateline(&item.text).is_some()
            }) else {
                return;
            };
            (dateline(&scan.items[live[n]].text).map(head).unwrap_or_default().to_string(), n + 1)
        }
    };
    let marked = |i: usize| {
        let item = &scan.items[i];
        item.group.is_none() && item.kind.is_none() && dateline(&item.text).is_some_and(|p| head(p) == prefix)
    };
    // A link's line: Markdown's `[text](url)` (a heading's marks before it; the reader keeps its text and
    // notes the line, `link_lines`), a text browser's numbered link `[20]…`, or a line a detector took as
    // a link or a teaser.
    let link = |i: usize| {
        let item = &scan.items[i];
        let t = item.text.trim_start_matches(['#', ' ']);
        let numbered = super::features::link_number_len(t).is_some();
        let taken = item
            .removed
            .as_ref()
            .is_some_and(|(kind, _)| matches!(kind.as_str(), "link-list" | "related-links" | "teasers"));
        let markdown = scan.cx.link_lines.binary_search(&item.line).is_ok();
        (t.starts_with('[') && t.contains("](")) || numbered || taken || markdown
    };
    let above = |i: usize| (0..i).rev().find(|&j| !scan.items[j].is_blank());
    let prose =
        |n: Option<&usize>| n.is_some_and(|&i| scan.items[i].class() == super::features::Class::Good && !marked(i));
    let cards: Vec<usize> = (from..live.len())
        .filter(|&n| marked(live[n]) && above(live[n]).is_some_and(link) && !prose(live.get(n + 1)))
        .map(|n| live[n])
        .collect();
    if cards.len() < 2 {
        return;
    }
    // Each with its headline's link right above it, if still in the text.
    let headlines: Vec<usize> =
        cards.iter().filter_map(|&i| above(i)).filter(|&j| scan.items[j].is_live() && !marked(j)).collect();
    for i in cards.into_iter().chain(headlines) {
        scan.remove(i, RemovedKind::Teasers, "dateline-teaser");
    }
}

/// A short line: four words at most, no sentence (`Khám phá thêm`, `Trí tuệ nhân tạo`, `Thời sự`).
/// A date or time is the page's metadata, which a scraper may show twice: never one.
pub(crate) fn is_short_line(text: &str) -> bool {
    let words = text.split_whitespace().count();
    (1..=4).contains(&words)
        && text.chars().count() <= 40
        && !super::features::ends_sentence(text)
        && !super::features::has_timestamp(text)
}

/// Blocks of short lines that the page prints again and again (a widget's keyword chips between the
/// paragraphs, a site's menu shown at the top three times): a run of three or more short lines in a row, at
/// least two thirds of which occur again in another such run of the same document. An article does not
/// repeat its own short lines in blocks; a table flattened into lines repeats a few cells, not most of them.
fn recurring_blocks(scan: &mut Scan) {
    let live = scan.live();
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut n = 0;
    while n < live.len() {
        let short = |m: usize| {
            let item = &scan.items[live[m]];
            item.kind.is_none() && item.group.is_none() && is_short_line(&item.text)
        };
        // A container line taken out (`body::containers`) still ends a run: it stood between two menus.
        let container_before = |m: usize| {
            m > 0
                && (live[m - 1] + 1..live[m])
                    .any(|i| scan.items[i].removed.as_ref().is_some_and(|(_, by)| by == "container"))
        };
        let len = (n..live.len()).take_while(|&m| short(m) && (m == n || !container_before(m))).count();
        if len >= 3 {
            runs.push((n, n + len));
        }
        n += len.max(1);
    }
    if runs.len() < 2 {
        return;
    }
    // Each short line's key, and the runs each key occurs in.
    let keys: HashMap<usize, String> =
        runs.iter().flat_map(|&(a, b)| a..b).map(|m| (m, key(&scan.items[live[m]].text))).collect();
    let mut seen: HashMap<&str, Vec<usize>> = HashMap::new();
    for (r, &(a, b)) in runs.iter().enumerate() {
        for m in a..b {
            let runs_of = seen.entry(keys[&m].as_str()).or_default();
            if runs_of.last() != Some(&r) {
                runs_of.push(r);
            }
        }
    }
    for (r, &(a, b)) in runs.iter().enumerate() {
        let again = (a..b).filter(|m| seen[keys[m].as_str()].iter().any(|&o| o != r)).count();
        if again * 3 >= (b - a) * 2 {
            for &line in &live[a..b] {
                scan.remove(line, RemovedKind::Widget, "recurring-block");
            }
        }
    }
}

/// A line cut short with an ellipsis (`Trong kế toán bán hàng, kế toán viên thường gặp…`, perhaps glued
/// to a `more` link) whose words before the cut stand in another live line: an excerpt of the page's own
/// text, shown again as a teaser.
fn truncated_excerpts(scan: &mut Scan) {
    for i in scan.live() {
        let text = scan.items[i].text.trim_end();
        let Some(cut) = text.strip_suffix('…').or_else(|| text.strip_suffix("...")) else { continue };
        // The last three fifths before the cut (40 to 160 characters, from a word start): long enough that
        // a phrase the article says twice does not match by chance, clear of whatever was glued to the
        // excerpt's start.
        let tail: Vec<char> = cut.trim_end().chars().collect();
        let take = (tail.len() * 3 / 5).clamp(40, 160);
        if tail.len() < take + 5 {
            continue;
        }
        let probe: String = tail[tail.len() - take..].iter().collect();
        let probe = probe.split_once(' ').map_or(probe.as_str(), |(_, p)| p).to_string();
        if probe.chars().count() < 30 {
            continue;
        }
        let len = text.len();
        // (One searcher for the probe, asked of every line: `str::contains` set up its own for each.)
        let probe = memchr::memmem::Finder::new(probe.as_bytes());
        let elsewhere = scan.live().into_iter().any(|j| {
            let other = &scan.items[j];
            other.line != scan.items[i].line && other.text.len() >= len && probe.find(other.text.as_bytes()).is_some()
        });
        if elsewhere {
            scan.remove(i, RemovedKind::DuplicateLine, "truncated-excerpt");
        }
    }
}

#[cfg(test)]
mod dateline_tests {
    use super::super::test_support::{run, PARA, PARA2};
    use super::dateline;

    #[test]
    fn datelines() {
        assert_eq!(dateline("VTV.vn - Mới đây, công ty"), Some("VTV.vn - "));
        assert_eq!(dateline("(Dân trí) - Sáng 12/3, …"), Some("(Dân trí) - "));
        assert_eq!(dateline("TPO – Chiều nay"), Some("TPO – "));
        assert_eq!(dateline("Theo ông Nguyễn Văn A - chuyên gia"), None);
        assert_eq!(dateline("Hà Nội, ngày 5 - 6"), None);
    }

    #[test]
    fn leads_of_other_articles_after_the_text_go() {
        let text = format!(
            "VTV.vn - {PARA}\n{PARA2}\nVTV.vn - Khi nhận được tin nhắn yêu cầu cung cấp thông tin cá nhân, người dùng cần hết sức cảnh giác.\nVTV.vn - Theo Cục An toàn thông tin, mạng xã hội gần đây xuất hiện nhiều quảng cáo."
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(kept.len(), 2, "{kept:?}");
        assert_eq!(removed.len(), 2);
    }
}

#[cfg(test)]
mod dateline_card_tests {
    use super::super::test_support::{run_rules as run, PARA, PARA2, PARA3};

    #[test]
    fn other_articles_leads_standing_alone_as_cards_go_with_their_headlines() {
        // nld.com.vn as a Markdown crawler kept it (2026): the lead set as a heading, then the text, then a
        // grid of cards (headline link, the card's lead), one card's lead from another outlet, unmarked.
        let cards = [
            ("Mối quan hệ của Chi Dân và An Tây trước khi bị bắt", "(NLĐO) - Việc ca sĩ và người mẫu bị bắt để điều tra gây xôn xao dư luận và cư dân mạng quan tâm."),
            ("Bộ Công Thương có chỉ đạo mới về xăng E10", "(NLĐO) – Bộ Công Thương yêu cầu các thương nhân chủ động nguồn hàng, duy trì hoạt động cung ứng."),
            ("Đồng chủ tịch West Ham rời CLB giữa tâm bão tranh cãi", "Đồng chủ tịch David Sullivan từ chức, khép lại một trong những chương gây tranh cãi bậc nhất của đội bóng."),
            ("TPHCM: Anh trai sát hại em ruột vì tranh chấp lối đi", "(NLĐO) - Sau khi dùng dao tước đoạt mạng sống của em trai, bị cáo tìm mọi cách tự kết liễu nhưng bất thành."),
        ];
        let mut text = format!("## (NLĐO) - Ca sĩ cùng anh trai đến một phòng trọ của người bạn rồi tổ chức sử dụng ma túy.\n{PARA}\n{PARA2}\n{PARA3}\nĐọc thêm\n");
        for (headline, lead) in cards {
            text.push_str(&format!("### [{headline}](https://nld.com.vn/x.htm)\n{lead}\n"));
        }
        let (kept, removed) = run(&text);
        let gone: Vec<&str> =
            removed.iter().filter(|(rule, _)| rule == "dateline-teaser").map(|(_, t)| t.as_str()).collect();
        assert_eq!(gone.len(), 6, "{removed:?}");
        assert!(kept.iter().any(|k| k.starts_with("Đồng chủ tịch David Sullivan")), "{kept:?}");
        assert!(kept.iter().any(|k| k.contains("Ca sĩ cùng anh trai")), "{kept:?}");
        // An interview's turns open with the dateline too, each with its answer under it: all stay.
        let interview = format!(
            "PV - Thưa ông, vì sao năm nay giá lúa lại giảm mạnh như vậy ở nhiều tỉnh miền Tây?\n{PARA}\n\
             PV - Vậy người nông dân cần làm gì để giữ được thu nhập trong vụ tới, thưa ông?\n{PARA2}\n\
             PV - Xin cảm ơn ông về cuộc trò chuyện thẳng thắn và bổ ích này với bạn đọc.\n{PARA3}"
        );
        let (_, removed) = run(&interview);
        assert!(removed.iter().all(|(rule, _)| rule != "dateline-teaser"), "{removed:?}");
        // One card alone proves nothing.
        let one = format!("VTV.vn - {PARA}\n{PARA2}\nTin liên quan\nTạm giữ đối tượng trộm xe\nVTV.vn - Ngày 6/6, Công an huyện đã tạm giữ hình sự một đối tượng trộm xe mô tô.\n{PARA3}");
        let (_, removed) = run(&one);
        assert!(removed.iter().all(|(rule, _)| rule != "dateline-teaser"), "{removed:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{run, PARA, PARA2, PARA3};

    #[test]
    fn the_title_named_as_a_numbered_image_is_said_again() {
        // thanhnien.vn and phunuvagiadinh.vn (2025-2026): each photo's alternative text is the headline and
        // its number.
        let title = "Vì sao ngủ đủ 8 tiếng mỗi ngày vẫn mệt mỏi?";
        assert!(super::numbered_image_of("Vì sao ngủ đủ 8 tiếng mỗi ngày vẫn mệt mỏi? - Ảnh 1.", title));
        assert!(super::numbered_image_of("Vì sao ngủ đủ 8 tiếng mỗi ngày vẫn mệt mỏi? - Hình 12", title));
        // The title going on in words, a figure of the text, another title: none.
        assert!(!super::numbered_image_of("Vì sao ngủ đủ 8 tiếng mỗi ngày vẫn mệt mỏi? - Phần 2 và 3", title));
        assert!(!super::numbered_image_of("Vì sao ngủ đủ 8 tiếng mỗi ngày vẫn mệt mỏi? - chuyên gia giải đáp", title));
        assert!(!super::numbered_image_of("Vì sao ngủ đủ 8 tiếng mỗi ngày vẫn mệt mỏi? - Ảnh 1.2", title));
        assert!(!super::numbered_image_of("Ngủ đủ giấc - Ảnh 1.", title));
        assert!(!super::numbered_image_of("Vì sao ngủ đủ 8 tiếng mỗi ngày vẫn mệt mỏi? - Ngày 1", title));
        let text = format!("{title} - Ảnh 1.\n{PARA}\n{PARA2}");
        let (kept, removed) = run(&text, Some(title));
        assert_eq!(kept.len(), 2, "{kept:?}");
        assert_eq!(removed.len(), 1, "{removed:?}");
    }

    #[test]
    fn lines_with_equal_keys_have_equal_marks() {
        let pairs = [
            ("Giá  VÀNG hôm nay, 12/5: tăng!", "giá vàng HÔM NAY, 12/5: tăng!"),
            ("\u{212A}ELVIN İSTANBUL (ΣΟΦΙΑ) – 3.5%", "kelvin i\u{307}stanbul (σοφια) – 3.5%"),
            ("\tA\u{a0}B\u{2003}C.", "a b c."),
        ];
        for (a, b) in pairs {
            assert_eq!(super::key(a), super::key(b), "{a} / {b}");
            assert_eq!(super::marks(a), super::marks(b), "{a} / {b}");
        }
        assert_ne!(super::marks("Giá vàng, 12/5"), super::marks("Giá vàng 12/5"));
    }

    #[test]
    fn blocks_of_short_lines_printed_again_go() {
        let chips = ["Khoa học\nTrí tuệ nhân tạo\nai\nKhoa học", "ai\nKhoa học\nTrí tuệ nhân tạo\nkhoa học"];
        let text = format!("{PARA}\n{}\n{PARA2}\n{}\n{PARA3}", chips[0], chips[1]);
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, vec![PARA, PARA2, PARA3], "{removed:?}");
        // Short lines that do not come back (a list, a table's cells) stay.
        let list = "Hà Nội\nĐà Nẵng\nTP HCM";
        let other = "Cần Thơ\nHải Phòng\nTP HCM";
        let (kept, _) = run(&format!("{PARA}\n{list}\n{PARA2}\n{other}\n{PARA3}"), None);
        assert_eq!(kept.len(), 9);
    }

    #[test]
    fn an_excerpt_of_the_article_cut_short_goes() {
        let excerpt = "moreTheo báo cáo của Bộ Tài chính, trong năm qua ngân sách nhà nước đã thu được nhiều hơn…";
        let text = format!("{PARA}\n{PARA2}\n{PARA3}\n{excerpt}");
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, vec![PARA, PARA2, PARA3], "{removed:?}");
        // Cut short but said nowhere else: it stays.
        let other = "Một đoạn khác hẳn, không có trong bài viết này, chỉ được cắt ngắn ở cuối dòng mà thôi…";
        let (kept, _) = run(&format!("{PARA}\n{PARA2}\n{other}"), None);
        assert_eq!(kept.len(), 3);
    }

    #[test]
    fn teasers_shown_twice_after_the_article_go() {
        let teaser = "Giá vàng hôm nay tăng mạnh sau khi Fed giữ nguyên lãi suất cơ bản";
        let text = format!("{PARA}\n{PARA2}\n{PARA3}\n{teaser}\nHà Nội công bố lộ trình cấm xe máy\n{teaser}");
        let (kept, removed) = run(&text, None);
        assert_eq!(&kept[..3], &[PARA, PARA2, PARA3], "{removed:?}");
        // The headline between the two copies is one more card of the same list.
        assert_eq!(kept.len(), 3, "{removed:?}");
        assert_eq!(removed.iter().filter(|(k, _)| k == "teasers").count(), 3);
    }

    #[test]
    fn a_pull_quote_repeating_the_article_keeps_the_article_copy() {
        let text = format!("{PARA}\n{PARA2}\n{PARA}");
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, vec![PARA, PARA2]);
        assert_eq!(removed, vec![("duplicate-line".to_string(), PARA.to_string())]);
    }

    #[test]
    fn an_image_named_after_the_texts_words_goes() {
        use crate::parse::boilerplate::test_support::run;
        // phunutoday.vn (held-out-71, -73): each photo's file name, made from the article's words, on a line of
        // its own between the paragraphs.
        let text = "Đặt cây kim tiền ở góc Đông Nam phòng khách giúp gia chủ thu hút tài lộc, theo phong thủy.\n\n\
                    cay-kim-tien-01\n\nCây cần được tưới nước mỗi tuần một lần, tránh để úng rễ, ca sĩ Đàm Vĩnh Hưng chia sẻ.\n\n\
                    dam-vinh-hung-phunutoday1\n\nreact-router-dom\n\nkim-tien-trong-nha-dep\n\nphong-thuy-abc-xyz-uvw";
        let (kept, removed) = run(text, Some("Cây kim tiền hút tài lộc"));
        let gone: Vec<&str> = removed.iter().filter(|(k, _)| k == "widget").map(|(_, t)| t.as_str()).collect();
        assert_eq!(gone, ["cay-kim-tien-01", "dam-vinh-hung-phunutoday1"], "{kept:?}");
        // A name the text introduces stays, whatever its words (an SEO guide's example slug).
        let guide = "Đường dẫn nên viết không dấu, nối các từ bằng gạch ngang, ví dụ như sau:\n\ncay-kim-tien-01";
        let (taught, _) = run(guide, Some("Cách viết đường dẫn cho bài về cây kim tiền"));
        assert!(taught.iter().any(|k| k == "cay-kim-tien-01"), "{taught:?}");
        // A package's name (no mark lost), a name with too few of the text's words in a row, or with half of
        // them only where the rest are not the text's, stay.
        for line in ["react-router-dom", "kim-tien-trong-nha-dep", "phong-thuy-abc-xyz-uvw"] {
            assert!(kept.iter().any(|k| k == line), "{line}");
        }
        // Sixty-five such lines are a list of names, not a page's photos: none is asked (each would be matched
        // against the whole text).
        let list: String = (0..65).map(|n| format!("cay-kim-tien-{n}\n\n")).collect();
        let (kept, _) = run(&format!("{text}\n\n{list}"), Some("Cây kim tiền hút tài lộc"));
        assert!(kept.iter().any(|k| k == "cay-kim-tien-01"), "{kept:?}");
    }

    #[test]
    fn an_alternative_text_made_from_the_folded_headline_goes() {
        use crate::parse::boilerplate::test_support::run;
        // ketnoigiaoduc.vn (held-out-75) and zingnews.vn: the photo's alternative text is the headline without
        // its marks and `hinh anh` with the photo's number.
        let text = "Tôi chuẩn bị hồ sơ xin học bổng Fulbright trước một năm, nhà báo Vĩnh Khang chia sẻ kinh nghiệm.\n\n\
                    Kinh nghiem xin hoc bong Fulbright hinh anh 1\n\n\
                    Nhà báo Vĩnh Khang cùng các bạn trong chương trình thạc sĩ báo chí, giới thiệu hồ sơ và xử lý giấy tờ.\n\n\
                    Gioi thieu xu ly hinh anh 1\n\nBuoc mot cach xin hoc bong hinh anh 2";
        let (kept, removed) = run(text, Some("Kinh nghiệm xin học bổng Fulbright"));
        let gone: Vec<&str> = removed.iter().filter(|(k, _)| k == "widget").map(|(_, t)| t.as_str()).collect();
        assert_eq!(gone, ["Kinh nghiem xin hoc bong Fulbright hinh anh 1"], "{kept:?}");
        // (A syllabus's or a forum's unmarked line sharing a pair of words here and there, or not from its first
        // word, stays — a reviewer's probes.)
        for line in ["Gioi thieu xu ly hinh anh 1", "Buoc mot cach xin hoc bong hinh anh 2"] {
            assert!(kept.iter().any(|k| k == line), "{line}");
        }
        // saostar.vn: the title, a space and `Ảnh 1`.
        let (kept, _) = run(
            &format!("{PARA}\nMai Phương Thuý khen một Hoa hậu Ảnh 1\n{PARA2}"),
            Some("Mai Phương Thuý khen một Hoa hậu"),
        );
        assert_eq!(kept, vec![PARA, PARA2]);
    }

    #[test]
    fn the_title_said_again_goes() {
        let (kept, removed) = run(&format!("Ngân sách vượt dự toán\n{PARA}"), Some("Ngân sách vượt dự toán"));
        assert_eq!(kept, vec![PARA]);
        assert_eq!(removed[0].0, "duplicate-line");
    }
}
