//! Lists a page prints around an article, found by their structure alone:
//! * a **table of contents**: a run of short lines, most of which the text says again further down as lines
//!   of their own (its headings), numbered otherwise or not (`1.11. Cá lăng sông Sêrêpôk` over `1. Cá lăng
//!   sông Sêrêpôk`); the run goes with the one or two short labels over it (`Mục lục`, `Contents`, `Toggle`),
//!   as `navigation` (rule `contents`). A run that is said again is a list shown twice, which an article
//!   does not do with its own items;
//! * **list blocks after the article**: after the last line of running text, a run of four list items or more
//!   (`* …`, `- …`, `• …`, or `[LI]` in a tagged dump), short ones, with the label or heading over it
//!   (`Du lịch vùng miền` / `* Du lịch Bắc Trung Bộ275` / …): the site's menus, tag clouds and directories
//!   (`navigation`, rule `tail-list`). Unlike `edges::menu_columns` (bare lines, where a flattened league
//!   table looks the same), the list markup is the page's own statement that these are items, so names and
//!   figures do not keep them. A list the text introduces (`… như sau:`) stays;
//! * **long runs of link texts** after the article (`link-run`, `link_runs`): a site's title/author lists;
//! * the page's **last sections**, read from the end back (`tail-section`, `tail_sections`): list-only
//!   sections, a reader-comment section, a form;
//! * **dash lists**: four lines or more in a row, each a headline of ten words or more ending on a
//!   hanging ` -`, a ticker of headlines (`navigation`, rule `dash-list`);
//! * **forms** printed as text (`form`): two asterisked required fields or more; after the article, a form
//!   w3m printed, two text boxes glued to their labels or alone at least (`control_forms`);
//! * a **grid of offer cards** (`offer-cards`): booking or shop cards printed a field a line, their prices
//!   bare and a rating or a discount beside them.
//!
//! `list_item` reads `- ` as a bullet too, which `features::strip_bullet` (shared by the older detectors)
//! does not: lists here come from Markdown and tagged dumps, where `- ` is the commonest bullet.

use super::features::{ends_sentence, is_menu_entry};
use super::{Detector, RemovedKind, Scan};
use crate::model::BlockKind;

/// The list-structure detector.
pub struct Lists;

/// A list item's text (`* x`, `- x`, `+ x`, `• x`, a text browser's `□ x`: `features::strip_bullet`), or
/// `None`.
fn list_item(text: &str) -> Option<&str> {
    let rest = super::features::strip_bullet(text);
    if rest.len() < text.len() {
        return Some(rest.trim());
    }
    text.strip_prefix("- ").map(str::trim)
}

/// The words of a contents entry or heading in lower case, its numbering left out (`1.11. Cá lăng` → `cá
/// lăng`), as one hash; `None` when no word is left.
fn entry_words(text: &str) -> Option<u64> {
    use std::hash::{Hash, Hasher};
    let text = list_item(text).unwrap_or(text);
    let key = crate::parse::text::comparison_key(text);
    let mut words = key.split(|c: char| !crate::parse::text::is_alphanumeric(c)).filter(|w| !w.is_empty()).peekable();
    while words.next_if(|w| w.bytes().all(|b| b.is_ascii_digit())).is_some() {}
    // A number a scrape glued to the entry (`2Gà nướng mắc khén`, `15.1Gạo Điện Biên`) is numbering too.
    let first = words.next()?.trim_start_matches(|c: char| c.is_ascii_digit());
    let mut hasher = rustc_hash::FxHasher::default();
    first.hash(&mut hasher);
    words.for_each(|w| w.hash(&mut hasher));
    Some(hasher.finish())
}

/// Eight words at most and no sentence: a form's or a card's short line. (Its last characters first, and
/// the words counted only up to a ninth: this is asked of every line, paragraphs too.)
fn short_line(text: &str) -> bool {
    !ends_sentence(text) && text.split_whitespace().nth(8).is_none()
}

/// A short line a contents list or a menu holds: at most sixteen words (its bullet, numbering and dashes
/// not counted) and 100 characters.
fn is_entry(text: &str) -> bool {
    let text = list_item(text).unwrap_or(text);
    !crate::parse::text::more_chars_than(text, 100) && super::features::words(text).count() <= 16
}

/// A form's required field: a label of one to three words marked with an asterisk (`Tên *`, `Email*`,
/// `Bình luận *`).
fn is_form_field(text: &str) -> bool {
    let label = text.trim_end();
    label.strip_suffix('*').is_some_and(|l| (1..=3).contains(&l.split_whitespace().count()) && !l.contains('*'))
}

/// A form printed as text (a comment or contact form): two required fields or more (`is_form_field`) with
/// at most two other lines between them, the short lines among and right after them (`Trang web`, an
/// optional field) and its title right above (`Để lại một bình luận`: a short line, no sentence), as
/// `widget` (rule `form`). An article has no asterisked fields.
fn forms(scan: &mut Scan) {
    let live: Vec<usize> = scan.live().into_iter().filter(|&i| scan.items[i].group.is_none()).collect();
    let fields: Vec<usize> = (0..live.len()).filter(|&n| is_form_field(&scan.items[live[n]].text)).collect();
    let short: Vec<bool> = live
        .iter()
        .map(|&i| {
            let text = &scan.items[i].text;
            scan.items[i].kind.is_none() && short_line(text)
        })
        .collect();
    let mut k = 0;
    while k < fields.len() {
        let mut last = k;
        while last + 1 < fields.len() && fields[last + 1] - fields[last] <= 3 {
            last += 1;
        }
        if last > k {
            let (mut from, mut to) = (fields[k], fields[last]);
            while to + 1 < live.len() && to < fields[last] + 2 && short[to + 1] {
                to += 1;
            }
            if from > 0 && short[from - 1] {
                from -= 1;
            }
            let gone: Vec<usize> =
                (from..=to).filter(|&n| (fields[k]..=fields[last]).contains(&n) || short[n]).collect();
            for n in gone {
                scan.remove(live[n], RemovedKind::Widget, "form");
            }
        }
        k = last + 1;
    }
}

/// A form's control as w3m prints it: `Some(true)` for a text box (`[ ]` alone on its line, or glued to its
/// label with no space, `Comment[ ]`, `Bình luận*[ ]`), `Some(false)` for a check box opening the line
/// (`[ ]Save my name …`, glued to its label) or a button alone on its line (`[Gửi]`, `[Post a Comment]`: one
/// to four words in brackets, not a link's number `[12]`), `None` for none. (The spaces inside w3m's box are
/// one by now: the cleaning step squeezes runs of spaces. An exercise's blank, `38 + 5 = [ ]`, `Đáp án: [ ]`,
/// has a space before it; a fill-in line's underscores, a template's `Họ và tên: ________`, are no box.)
fn form_control(text: &str) -> Option<bool> {
    let t = text.trim();
    let glued = t.strip_suffix("[ ]").is_some_and(|label| !label.is_empty() && !label.ends_with(char::is_whitespace));
    if t == "[ ]" || glued {
        return Some(true);
    }
    let check_box = t.strip_prefix("[ ]").is_some_and(|label| label.starts_with(char::is_alphabetic));
    let button = t.strip_prefix('[').and_then(|r| r.strip_suffix(']')).is_some_and(|label| {
        let words = label.split_whitespace().count();
        (1..=4).contains(&words)
            && !label.contains(['[', ']'])
            && !label.bytes().all(|b| b.is_ascii_digit())
            && label.chars().next().is_some_and(char::is_uppercase)
    });
    (check_box || button).then_some(false)
}

/// Fewest text boxes a form a text browser printed holds ([`control_forms`]).
const FORM_BOXES: usize = 2;

/// A form w3m printed after the article (a comment form: `Bình Luận Hủy` / `Comment[ ]` / `[ ]` / `[ ]Save my
/// name, email, and website …` / `[Gửi]`): controls each within three lines of the next, two text boxes
/// among them at least, and between them nothing but controls and short lines (no sentence). Those lines go
/// as `widget` (rule `form`): a text box glued to its label is no article's. An exercise's blanks, a quoted
/// template's underscores, a task list or a quiz's check boxes are none (`form_control`); a stretch with a
/// sentence between its controls is no plain form (an instruction, a caption, a question) and stays whole.
fn control_forms(scan: &mut Scan, end: usize) {
    let solid: Vec<usize> = (end + 1..scan.items.len()).filter(|&i| !scan.items[i].is_blank()).collect();
    let controls: Vec<(usize, bool)> =
        (0..solid.len()).filter_map(|n| form_control(&scan.items[solid[n]].text).map(|boxed| (n, boxed))).collect();
    let mut k = 0;
    while k < controls.len() {
        let mut last = k;
        while last + 1 < controls.len() && controls[last + 1].0 - controls[last].0 <= 3 {
            last += 1;
        }
        let boxes = controls[k..=last].iter().filter(|&&(_, b)| b).count();
        let (from, to) = (controls[k].0, controls[last].0);
        let plain = (from..=to).all(|n| {
            let text = &scan.items[solid[n]].text;
            form_control(text).is_some() || (scan.items[solid[n]].kind.is_none() && short_line(text))
        });
        if boxes >= FORM_BOXES && plain {
            for &i in &solid[from..=to] {
                scan.remove(i, RemovedKind::Widget, "form");
            }
        }
        k = last + 1;
    }
}

/// A label over a list (`Mục lục`, `Toggle`, `Du lịch vùng miền`): a menu entry without figures.
fn is_label(text: &str) -> bool {
    is_menu_entry(text) && !text.contains(|c: char| c.is_ascii_digit())
}

impl Detector for Lists {
    fn name(&self) -> &'static str {
        "lists"
    }

    fn detect(&self, scan: &mut Scan) {
        table_of_contents(scan);
        dash_lists(scan);
        forms(scan);
        offer_cards(scan);
        if let Some((start, end)) = scan.core() {
            control_forms(scan, end);
            tail_lists(scan, end);
            head_lists(scan, start);
            link_runs(scan, end);
            tail_sections(scan, start);
        }
    }
}

/// Four lines or more in a row, each a headline's length (ten words or more) with a hyphen left hanging at
/// its end (`Phú Thọ: Học sinh phải đi vòng 40km để tới trường, nguyên nhân do đâu? -`): a ticker of
/// headlines a page printed with its separators, the text extraction keeping one after each. As
/// `navigation`, rule `dash-list`. A poem's or a song's lines, a dialogue's broken-off turns, a route wrapped
/// after its dashes are shorter or end otherwise (` –`, `—`); a flattened table's rows end with `|` (a
/// reviewer's probes): none is one.
fn dash_lists(scan: &mut Scan) {
    let live: Vec<usize> = scan.live().into_iter().filter(|&i| scan.items[i].group.is_none()).collect();
    let hanging: Vec<bool> = live.iter().map(|&i| ticker_entry(&scan.items[i].text)).collect();
    let mut n = 0;
    while n < live.len() {
        let len = hanging[n..].iter().take_while(|&&h| h).count();
        if len >= 4 {
            for &i in &live[n..n + len] {
                scan.remove(i, RemovedKind::Navigation, "dash-list");
            }
        }
        n += len.max(1);
    }
}

/// A ticker's entry: a headline of ten words or more, then ` -` (`dash_lists`).
pub(crate) fn ticker_entry(text: &str) -> bool {
    text.strip_suffix(" -").is_some_and(|t| !t.ends_with([' ', '-']) && t.split_whitespace().nth(9).is_some())
}

/// See the module's documentation.
fn table_of_contents(scan: &mut Scan) {
    let live: Vec<usize> = scan.live().into_iter().filter(|&i| scan.items[i].group.is_none()).collect();
    // Only short lines can be entries or the headings they name (a long line's words stay empty).
    let words: Vec<Option<u64>> = live
        .iter()
        .map(|&i| {
            let text = &scan.items[i].text;
            (text.len() <= 400 && is_entry(text)).then(|| entry_words(text)).flatten()
        })
        .collect();
    // Where each entry's words are said last: an entry is said again when that is after it.
    let mut last_said: rustc_hash::FxHashMap<u64, usize> = rustc_hash::FxHashMap::default();
    for (m, w) in words.iter().enumerate() {
        if let Some(w) = w {
            last_said.insert(*w, m);
        }
    }
    let mut n = 0;
    while n < live.len() {
        let len = live[n..].iter().take_while(|&&i| is_entry(&scan.items[i].text)).count();
        if len < 3 {
            n += len.max(1);
            continue;
        }
        let after = n + len;
        // Entries the text says again as a line of its own further down (the first heading may follow the
        // contents right away, as one more short line of the run).
        let said: Vec<bool> =
            (n..after).map(|k| words[k].is_some_and(|w| last_said.get(&w).is_some_and(|&m| m > k))).collect();
        // The run in pieces parted by three entries or more in a row that are said nowhere again: a page whose
        // short lines run on from its menus through its contents into its text's short sentences (pandoc's
        // plain text of a Hugo post, held-out-106) holds its contents as one such piece.
        // (Where each entry is said last: in a piece of contents, later for each entry than for the one above.)
        let order = |k: usize| words[n + k].and_then(|w| last_said.get(&w).copied());
        let mut piece = 0;
        while piece < len {
            let mut end = piece;
            let mut gap = 0;
            while end < len && gap < GAP {
                gap = if said[end] { 0 } else { gap + 1 };
                end += 1;
            }
            // (A piece of a run cut in several must read as contents by more: four entries at least, said
            // again in their own order — a headline and its byline, said again in a box of related posts
            // lower down, are no contents, as a reviewer's eval run showed.)
            let whole = piece == 0 && end == len;
            let ordered = || {
                let at: Vec<usize> = (piece..end).filter(|&k| said[k]).filter_map(order).collect();
                at.len() >= 4 && at.windows(2).all(|w| w[0] < w[1])
            };
            if whole || ordered() {
                contents_in(scan, &live, &words, n, &said, piece, end);
            }
            piece = end;
        }
        n = after;
    }
}

/// Fewest entries in a row said nowhere again that part a run of short lines into pieces (`table_of_contents`).
const GAP: usize = 3;

/// `table_of_contents`' judgement of the entries `start..stop` of the run of short lines at `live[n]`, `said` telling
/// which of the run's entries the text says again.
fn contents_in(
    scan: &mut Scan,
    live: &[usize],
    words: &[Option<u64>],
    n: usize,
    said: &[bool],
    start: usize,
    stop: usize,
) {
    // The contents: from the first entry said again to the last, most of them said again.
    let (Some(first), Some(last)) = ((start..stop).find(|&k| said[k]), (start..stop).rfind(|&k| said[k])) else {
        return;
    };
    let matched = said[first..=last].iter().filter(|&&s| s).count();
    if matched >= 3 && matched * 3 >= (last - first + 1) * 2 {
        // The text's first heading and paragraph may follow the contents right away, then a short line
        // of the text said twice further on (a wrapped line's end, `tô.`): where two lines in a row are
        // not said again and the first of them says the first entry again (the heading it names), the
        // contents end before them.
        let heading = (first + 2..=last).find(|&k| !said[k - 1] && !said[k] && words[n + k - 1] == words[n + first]);
        let last = heading.map_or(Some(last), |k| (first..k - 1).rfind(|&j| said[j])).unwrap_or(first);
        let (from, to) = (n + first, n + last);
        for &i in &live[from..=to] {
            scan.remove(i, RemovedKind::Navigation, "contents");
        }
        // Its labels: up to two short lines right above it.
        let labels: Vec<usize> =
            live[..from].iter().rev().take(2).copied().take_while(|&i| is_label(&scan.items[i].text)).collect();
        for i in labels {
            scan.remove(i, RemovedKind::Navigation, "contents");
        }
        // A heading between the entries and the first said-again one (`1Top 15 …1.11. Cá lăng`, a
        // numbered group the scrape glued) stays as it is: only the run proven by repetition goes.
    }
}

/// See the module's documentation.
fn tail_lists(scan: &mut Scan, end: usize) {
    // A list the text's own headings lead into right after its last paragraph, nothing taken between, a section
    // and its subsection (`## Ưu điểm` / `### Những tính năng mới của EVKey` / its points — held-out-58, a how-to
    // blog through html2text), is a section of the text that the running text's span stopped short of: the
    // lines from the span's end to the end of that list are left out of the search. Only in a run whose
    // profile shows both headings are this document's alone: a site's list under the text has headings every
    // page prints (`## Sidebar` / `### Bài viết liên quan` — two reviewers' probes), and a lone page says
    // nothing of its headings.
    let heading = |i: usize| scan.items[i].kind == Some(BlockKind::Heading) && scan.items[i].is_live();
    let own = |i: usize| scan.cx.profile.is_some_and(|p| p.documents_with(&scan.items[i].text) < 2);
    let mut from = end + 1;
    while from < scan.items.len() && (scan.items[from].is_blank() || heading(from)) {
        from += 1;
    }
    let headings: Vec<usize> = (end + 1..from).filter(|&i| heading(i)).collect();
    if headings.len() < 2 || !headings.iter().all(|&i| own(i)) {
        from = end + 1;
    } else {
        // The section's list, to its last item.
        while from < scan.items.len() && scan.items[from].is_live() && list_item(&scan.items[from].text).is_some() {
            from += 1;
        }
    }
    // Nor a list the text goes on under, nothing taken between: a sentence of eight words or more that no other
    // document of the run holds (`Các bạn tải bản … về để trải nghiệm nhé!` under a how-to's list of the
    // programs it installs and its list of new features — held-out-105, a blog whose sidebar's paragraphs,
    // once taken as the run's, no longer stretched the running text's span over them). A site's list under
    // the text has the site's lines under it, or lines a detector took.
    let sentence = |i: usize| {
        let text = list_item(&scan.items[i].text).unwrap_or(&scan.items[i].text);
        text.split_whitespace().count() >= 8 && ends_sentence(text) && own(i)
    };
    let went_on = (end + 1..scan.items.len())
        .take_while(|&i| scan.items[i].removed.is_none())
        .filter(|&i| scan.items[i].is_live() && sentence(i))
        .last();
    if let Some(k) = went_on {
        from = from.max(k + 1);
    }
    let live: Vec<usize> = scan.live().into_iter().filter(|&i| i >= from && scan.items[i].group.is_none()).collect();
    list_blocks(scan, &live, 4, "tail-list", false);
}

/// See the module's documentation: before the running text, a page's menus in list markup (a text
/// browser's nested `•` / `□` / `☆` entries), six items in a row at least (a highlights box over a story
/// holds fewer). Before the first line of prose (a good line, or one of 80 characters or more that reads
/// near-good or ends a sentence), not merely before the core: a page of lists and headings may have its
/// longest stretch of prose far down, under its own lists, and a lead thick with names reads as neither.
fn head_lists(scan: &mut Scan, start: usize) {
    use super::features::Class;
    let classes = scan.classes();
    let prose = |i: usize| {
        let item = &scan.items[i];
        match classes[i] {
            Some(Class::Good) => true,
            Some(class) => {
                item.text.len() >= 80
                    && item.shape().chars >= 80
                    && (class == Class::NearGood || ends_sentence(&item.text))
            }
            None => false,
        }
    };
    let first = (0..start).find(|&i| prose(i)).unwrap_or(start);
    let live: Vec<usize> = scan.live().into_iter().filter(|&i| i < first && scan.items[i].group.is_none()).collect();
    list_blocks(scan, &live, 6, "head-list", true);
}

/// Whether a run of list lines, `len` of them from the `n`-th of the `count` live lines before the text's
/// first prose line, is the text's own opening list: right under a headline found (`title`) with at most
/// one line above it (its label or lead-in: `Hồ sơ gồm:`, `Thực phẩm nên ăn`) and right above the prose,
/// twenty items at most — a highlights box, a recipe's ingredients, a listicle's places. A page's menus
/// stand among its other furniture, not alone between headline and text; with no headline found, the
/// lines at the top are as likely the page's.
pub(crate) fn opens_text(title: bool, n: usize, len: usize, count: usize) -> bool {
    title && n <= 1 && n + len == count && len <= 20
}

/// Runs of `least` short list items or more among `live` (with the label over each), unless the text
/// introduces the run or — at the `head` of the text — it is the text's opening list (`opens_text`): removed
/// as `navigation` with `rule`.
fn list_blocks(scan: &mut Scan, live: &[usize], least: usize, rule: &'static str, head: bool) {
    let mut n = 0;
    while n < live.len() {
        let item = |k: usize| {
            let text = &scan.items[live[k]].text;
            // A menu's entries are names: no colon (`Số ca tử vong: 35 ca`, `Địa chỉ: …` are the article's
            // data), no sentence.
            list_item(text).is_some_and(|t| is_entry(t) && !t.contains(':') && !ends_sentence(t))
        };
        let len = (n..live.len()).take_while(|&k| item(k)).count();
        if len >= least {
            let label = n.checked_sub(1).filter(|&k| {
                let text = scan.items[live[k]].text.trim_end();
                !item(k) && (is_label(text) || (text.chars().count() <= 60 && !ends_sentence(text)))
            });
            let introduced = n.checked_sub(1).is_some_and(|k| {
                let text = scan.items[live[k]].text.trim_end();
                text.ends_with(':') && !(is_label(text.trim_end_matches(':')) || text.chars().count() <= 40)
            });
            let own = head && opens_text(scan.cx.title.is_some(), n, len, live.len());
            if !introduced && !own {
                for &i in live[n..n + len].iter().chain(label.map(|k| &live[k])) {
                    scan.remove(i, RemovedKind::Navigation, rule);
                }
            }
        }
        n += len.max(1);
    }
}

/// A table of contents' entry: a number with its sections (`1.1`, `1.2.1`, `2.3.`), its heading, and the page
/// it starts on (`1.1 Khái quát chương trình du lịch 2`).
fn outline_entry(text: &str) -> bool {
    let words: Vec<&str> = text.split_whitespace().collect();
    let [number, .., last] = words[..] else { return false };
    let parts: Vec<&str> = number.trim_end_matches('.').split('.').collect();
    words.len() >= 3
        && parts.len() >= 2
        && parts.iter().all(|p| (1..=2).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit()))
        && (1..=3).contains(&last.len())
        && last.bytes().all(|b| b.is_ascii_digit())
}

/// After the running text, a long run of link texts (twelve lines or more in a row, each a short line with
/// no sentence end but a question: headlines of other articles, their authors' names, section names), a
/// quarter of them headlines of four words or more: a site's lists of other pages, printed bare (Việt Báo's
/// title / author pairs). `edges::menu_columns` keeps a run of names (a list of winners); this run's
/// headlines say it lists pages. A run the text introduces (`… gồm:`, not a share widget's `… trên:`)
/// stays, and so does a table flattened into lines (two cells or more, a sixth of the run at least, are
/// figures). As `related-links` (rule `link-run`). Lines `edges` took as a teaser block count in the run:
/// the walk from the end may have taken its tail only.
fn link_runs(scan: &mut Scan, end: usize) {
    // The tail of the run `edges` may have taken already as a teaser block still stands in it.
    let teaser = |i: usize| scan.items[i].removed.as_ref().is_some_and(|(_, by)| by == "tail-teasers");
    let live: Vec<usize> = (end + 1..scan.items.len()).filter(|&i| scan.items[i].is_live() || teaser(i)).collect();
    let links: Vec<bool> = live
        .iter()
        .map(|&i| {
            let item = &scan.items[i];
            if teaser(i) {
                return true;
            }
            let text = list_item(&item.text).unwrap_or(&item.text);
            // A question is a headline too (`Bạn muốn lấy chồng chung?`).
            item.kind.is_none()
                && item.group.is_none()
                && is_entry(text)
                && (!ends_sentence(text) || text.trim_end().ends_with('?'))
                && !text.trim_end().ends_with(':')
        })
        .collect();
    // (A Markdown seed says which lines are links: a run starts at its first, and one with none is no list of
    // links. The byline and the photos' headings and captions closing the text above a list of linked
    // headlines are the text's — a school portal's page through html2text, its headlines' links wrapped and
    // joined again.)
    let marked: Vec<bool> =
        live.iter().map(|&i| teaser(i) || scan.cx.link_lines.binary_search(&scan.items[i].line).is_ok()).collect();
    let mut n = 0;
    while n < live.len() {
        let len = links[n..].iter().take_while(|&&l| l).count();
        let lead = marked[n..n + len].iter().take_while(|&&m| !m).count();
        if scan.cx.link_lines.is_empty() {
            judge_run(scan, &live, n, len);
        } else if lead < len {
            judge_run(scan, &live, n + lead, len - lead);
        }
        n += len.max(1);
    }
}

/// `link_runs`' judgement of the run of `len` link texts from `live[n]`.
fn judge_run(scan: &mut Scan, live: &[usize], n: usize, len: usize) {
    let headlines =
        live[n..n + len].iter().filter(|&&i| super::features::words(&scan.items[i].text).count() >= 4).count();
    // The text introduces its own lists (`… gồm:`); a share widget's label does not (`Thích và chia sẻ
    // bài này trên:`: the page speaking of itself).
    let introduced = n > 0 && {
        let text = scan.items[live[n - 1]].text.trim_end();
        text.ends_with(':') && super::sitetalk::judge(text).is_none() && !super::sitetalk::Talk::of(text).deixis
    };
    // Cells that are figures (`3/9-17/9`, `18/9`, `2-1`) make a flattened table, not a list of links —
    // when they are a sixth of it: a pager or a date picker between two lists of links is no table.
    let figures = live[n..n + len].iter().filter(|&&i| is_figure(&scan.items[i].text)).count();
    let table = figures >= 2 && figures * 6 >= len;
    // Entries numbered as an outline that end on their page's number (`1.1 Khái quát chương trình du
    // lịch 2`) make a document's table of contents, its cover page above it, as a document library's
    // viewer shows a thesis. (A course's lessons, `1.1 Giới thiệu`, and headlines opening with a figure,
    // `6.5 IELTS …`, `2.5 tỷ USD …`, end on no page number: a reviewer's probes.)
    let outline = live[n..n + len].iter().filter(|&&i| outline_entry(&scan.items[i].text)).count() >= 3;
    if len >= 12 && headlines * 4 >= len && !table && !introduced && !outline {
        let run: Vec<usize> = live[n..n + len].to_vec();
        for i in run {
            scan.remove(i, RemovedKind::RelatedLinks, "link-run");
        }
    }
}

/// What a booking or shop card prints beside a name: a bare price (`2.538.961 VND`, `Bắt đầu từ 1.872.621
/// VND`, `450.000đ`), a rating out of ten or five (`9.1/10`), a discount (`Tiết kiệm 63%`, `-20%`).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Offer {
    Price,
    Rating,
    Discount,
}

fn offer(text: &str) -> Option<Offer> {
    let t = text.trim();
    if t.chars().count() > 40 {
        return None;
    }
    let lower = crate::parse::text::lowercase(t);
    let digits = t.chars().filter(char::is_ascii_digit).count();
    let money = ["vnd", "vnđ", "đ", "₫", "usd", "$"].iter().any(|c| lower.ends_with(c) || lower.starts_with(c));
    if money && digits >= 4 && t.contains(['.', ',']) {
        return Some(Offer::Price);
    }
    // A score with a decimal (`9.1/10`, `4,5/5`): `3/5` or `9/10` alone may be a date.
    let rating = t.split_once('/').is_some_and(|(a, b)| {
        let score: Option<f32> = a.trim().replace(',', ".").parse().ok();
        let out_of: Option<f32> = match b.trim() {
            "10" => Some(10.0),
            "5" => Some(5.0),
            _ => None,
        };
        a.contains(['.', ',']) && matches!((score, out_of), (Some(s), Some(o)) if s <= o)
    });
    if rating {
        return Some(Offer::Rating);
    }
    (t.ends_with('%') && (1..=3).contains(&digits) && t.split_whitespace().count() <= 3).then_some(Offer::Discount)
}

/// A grid of booking or shop cards printed one field a line (Traveloka's hotels: name, `8.7/10`, two prices,
/// `Tiết kiệm 34%`, ward): a run of eight short lines or more (eight words at most, no sentence), with
/// prices on two lines at least and a rating or a discount beside them. An article's price list (`Phòng
/// đơn` / `Giá: 500.000 VND` / …) neither rates nor discounts, and stays. As `widget` (rule `offer-cards`).
fn offer_cards(scan: &mut Scan) {
    let live: Vec<usize> = scan.live().into_iter().filter(|&i| scan.items[i].group.is_none()).collect();
    let short: Vec<bool> = live
        .iter()
        .map(|&i| {
            let item = &scan.items[i];
            item.kind.is_none() && short_line(&item.text)
        })
        .collect();
    let mut n = 0;
    while n < live.len() {
        let len = short[n..].iter().take_while(|&&s| s).count();
        if len >= 8 {
            let offers: Vec<Offer> = live[n..n + len].iter().filter_map(|&i| offer(&scan.items[i].text)).collect();
            let prices = offers.iter().filter(|&&o| o == Offer::Price).count();
            if prices >= 2 && offers.iter().any(|&o| o != Offer::Price) {
                let run: Vec<usize> = live[n..n + len].to_vec();
                for i in run {
                    scan.remove(i, RemovedKind::Widget, "offer-cards");
                }
            }
        }
        n += len.max(1);
    }
}

/// A table cell that is a figure: half its letters and digits, or more, are digits.
fn is_figure(text: &str) -> bool {
    let (digits, all) = text
        .chars()
        .filter(|&c| crate::parse::text::is_alphanumeric(c))
        .fold((0, 0), |(d, a), c| (d + usize::from(c.is_ascii_digit()), a + 1));
    all > 0 && digits * 2 >= all
}

/// A page's last sections under their headings (`Bài viết liên quan`, `Sidebar chính`, `Bài được quan tâm
/// nhiều`), read from the end back: a section of nothing but list entries and short labels is the page's,
/// and so is a reader-comment section (its heading a comment cue: `Bình luận`) or a form (two required
/// fields, `Tên *` / `Email *`), whatever else it says; the walk stops at the first section holding anything else (a paragraph, a
/// sentence). Prose a page prints late (a comment, its form's notice) extends the running text to the end
/// and hides these sections from `tail_lists`. Sections before the running text starts are the masthead's
/// business. Three lines at least go, headings included (`navigation`, rule `tail-section`).
fn tail_sections(scan: &mut Scan, start: usize) {
    use super::features::{cue, Cue};
    let live: Vec<usize> = scan.live().into_iter().filter(|&i| i > start).collect();
    let heading = |i: usize| scan.items[i].kind == Some(crate::model::BlockKind::Heading);
    let page_line = |i: usize| {
        let text = scan.items[i].text.as_str();
        // A teaser's headline may ask (`… đi như thế nào gần?`); a full stop is a sentence's.
        scan.items[i].group.is_none()
            && scan.items[i].kind.is_none()
            && !text.ends_with(['.', '…', ':'])
            && (list_item(text).is_some_and(is_entry) || is_menu_entry(text))
    };
    // The walk's front: the first line of the sections taken so far.
    let mut end = live.len();
    while let Some(h) = live[..end].iter().rposition(|&i| heading(i)) {
        let body = &live[h + 1..end];
        // A form's heading may hold its cancel link glued on (`Để lại một bình luậnHủy`).
        let text = scan.items[live[h]].text.as_str();
        let first_node = &text[..super::segment::node_starts(text).first().copied().unwrap_or(text.len())];
        let comments = matches!(cue(first_node), Some((Cue::Comments, _)));
        // A form (`Tên *`, `Email *`: two required fields or more) is the page's, whatever its notice says.
        // (Its fields may be gone already, taken by `forms`.)
        // (Under the section's heading, or its notice of short lines: a heading of the text over
        // its paragraphs, with the page's form under them once the form's own heading went as the run's, is the
        // text's — held-out-98.)
        let stop = live.get(end).copied().unwrap_or(scan.items.len());
        let fields: Vec<usize> = (live[h]..stop).filter(|&i| is_form_field(&scan.items[i].text)).collect();
        let short = |i: &usize| !crate::parse::text::more_chars_than(&scan.items[*i].text, 120);
        let notice = fields.first().is_none_or(|&f| body.iter().filter(|&&i| i < f).all(short));
        let form = fields.len() >= 2 && notice;
        if !(comments || form || body.iter().all(|&i| page_line(i) || heading(i))) {
            break;
        }
        end = h;
    }
    // Lines after the last heading that are not of the page keep everything (the walk never started).
    if live.len() - end >= 3 {
        let gone: Vec<usize> = live[end..].to_vec();
        for i in gone {
            scan.remove(i, RemovedKind::Navigation, "tail-section");
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::boilerplate::test_support::{run, PARA, PARA2, PARA3};

    #[test]
    fn a_markdown_seeds_link_run_starts_at_its_first_link() {
        use super::super::{Context, Item, Scan};
        // A school portal's page through html2text (held-out-76): the text closes with its byline and its
        // photos' heading and captions, then the related posts' linked headlines (`link_lines`). The run of
        // short lines starts at the byline; the list of links at the first link.
        let mut lines = vec![
            PARA,
            PARA2,
            PARA3,
            "Hương Lan",
            "MỘT SỐ HÌNH ẢNH LỄ KHAI GIẢNG",
            "Nguyễn Thanh Nguyên, học sinh lớp 6A1",
            "phát biểu cảm tưởng trong buổi lễ",
        ];
        let headlines: Vec<String> =
            (1..=12).map(|n| format!("Trường THPT số {n} tổ chức hoạt động trải nghiệm cho học sinh")).collect();
        lines.extend(headlines.iter().map(String::as_str));
        let items = || lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let links: Vec<usize> = (8..=19).collect();
        let mut scan =
            Scan { items: items(), cx: Context { link_lines: &links, ..Context::default() }, removed_after_edges: 0 };
        super::link_runs(&mut scan, 2);
        let gone: Vec<&str> = scan.items.iter().filter(|i| i.removed.is_some()).map(|i| i.text.as_str()).collect();
        assert_eq!(gone, headlines.iter().map(String::as_str).collect::<Vec<_>>());
        // A Markdown seed's run with no link in it is no list of links; a seed with no links marked (a text
        // browser's dump) reads the run as before.
        let none = [1];
        let mut scan =
            Scan { items: items(), cx: Context { link_lines: &none, ..Context::default() }, removed_after_edges: 0 };
        super::link_runs(&mut scan, 2);
        assert!(scan.items.iter().all(|i| i.removed.is_none()));
        let mut scan = Scan { items: items(), cx: Context::default(), removed_after_edges: 0 };
        super::link_runs(&mut scan, 2);
        assert_eq!(scan.items.iter().filter(|i| i.removed.is_some()).count(), 16);
    }

    #[test]
    fn a_page_form_under_the_texts_last_section_takes_only_its_own_lines() {
        use super::super::{Context, Item, Scan};
        use crate::model::BlockKind;
        // A WordPress shop's post through markdownify (held-out-98): the text's last section, its heading and
        // paragraphs, then the comment form's fields (its own heading gone already as the run's).
        let lines = [PARA, "Tầm quan trọng của nhiệt độ khi in", PARA2, PARA3, "Bình luận *", "Tên *", "Email *"];
        let gone = |lines: &[&str]| {
            let items = lines
                .iter()
                .enumerate()
                .map(|(n, l)| {
                    let mut item = Item::new(l.to_string(), n + 1);
                    item.kind = (n == 1).then_some(BlockKind::Heading);
                    item
                })
                .collect();
            let mut scan = Scan { items, cx: Context::default(), removed_after_edges: 0 };
            super::tail_sections(&mut scan, 0);
            scan.items.iter().filter(|i| i.removed.is_some()).map(|i| i.text.clone()).collect::<Vec<_>>()
        };
        assert!(gone(&lines).iter().all(|t| t != PARA2 && t != PARA3), "{:?}", gone(&lines));
        // The form under its own heading and notice goes whole.
        let form = [
            PARA,
            "Để lại một bình luận",
            "Email của bạn sẽ không được hiển thị công khai.",
            "Bình luận *",
            "Tên *",
            "Email *",
        ];
        assert_eq!(gone(&form).len(), 5, "{:?}", gone(&form));
    }

    #[test]
    fn a_list_the_texts_headings_lead_into_right_after_it_stays() {
        use super::super::profile::{Profile, ProfileBuilder};
        use super::super::{Context, Item, Scan};
        use crate::model::BlockKind;
        // A how-to blog through html2text (held-out-58): the text's last paragraph, its `## Ưu điểm` and `###
        // Những tính năng mới` headings, the points — past the running text's span, but the text's section.
        let lines = [
            PARA,
            PARA2,
            "Ưu điểm",
            "Những tính năng mới của EVKey",
            "* Sửa lỗi gõ phím trên thanh địa chỉ",
            "* Phím tắt chuyển tắt mở bộ gõ",
            "* Chạy với quyền Admin",
            "* Khởi động cùng Windows",
            "* Giao diện Việt Anh",
        ];
        // A run of six pages: this one, and five whose headings are their own too — or, for a site's list, five
        // that print the same two headings.
        let run = |shared: bool| -> Profile {
            let mut builder = ProfileBuilder::default();
            builder.add(lines.iter().copied());
            for n in 0..5 {
                let other = format!("Phần mềm số {n} của trang");
                let headings = if shared { [lines[2], lines[3]] } else { [PARA3, other.as_str()] };
                builder.add(headings);
            }
            builder.finish()
        };
        let removed = |profile: Option<&Profile>, headings: &[usize]| {
            let items = lines
                .iter()
                .enumerate()
                .filter(|(n, _)| *n != 2 || headings.contains(&2))
                .map(|(n, l)| {
                    let mut item = Item::new(l.to_string(), n + 1);
                    item.kind = headings.contains(&n).then_some(BlockKind::Heading);
                    item
                })
                .collect();
            let mut scan = Scan { items, cx: Context { profile, ..Context::default() }, removed_after_edges: 0 };
            super::tail_lists(&mut scan, 1);
            scan.items.iter().filter(|i| i.removed.is_some()).count()
        };
        let own = run(false);
        assert_eq!(removed(Some(&own), &[2, 3]), 0);
        // The same two headings on every page of the run (`## Sidebar` / `### Bài viết liên quan`), one heading
        // over the list, no run to tell, or plain labels: a site's list after the text with its label, as before.
        assert_eq!(removed(Some(&run(true)), &[2, 3]), 6);
        assert_eq!(removed(Some(&own), &[3]), 6);
        assert_eq!(removed(None, &[2, 3]), 6);
        assert_eq!(removed(Some(&own), &[]), 6);
    }

    #[test]
    fn a_list_the_text_goes_on_under_stays() {
        use super::super::profile::ProfileBuilder;
        use super::super::{Context, Item, Scan};
        // A blog through w3m (held-out-105): a how-to's one paragraph, the programs it installs as a list
        // under a short label, then its list of new features and its closing sentence — all past the running
        // text's span, once the sidebar's paragraphs under them went as the run's.
        let close = "Các bạn tải bản thử nghiệm về máy để trải nghiệm những tính năng mới này nhé!";
        let lines = [
            PARA,
            "Các thành phần của bộ cài:",
            "• Microsoft Word",
            "• Microsoft Excel",
            "• Microsoft Access",
            "• Microsoft PowerPoint",
            "• Microsoft Outlook",
            close,
        ];
        let mut builder = ProfileBuilder::default();
        builder.add(lines.iter().copied());
        for n in 0..5 {
            builder.add([format!("Bài số {n} của trang, một đoạn khác hẳn.").as_str()]);
        }
        let profile = builder.finish();
        let removed = |lines: &[&str]| {
            let items = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
            let cx = Context { profile: Some(&profile), ..Context::default() };
            let mut scan = Scan { items, cx, removed_after_edges: 0 };
            super::tail_lists(&mut scan, 0);
            scan.items.iter().filter(|i| i.removed.is_some()).count()
        };
        assert_eq!(removed(&lines), 0);
        // With no sentence of the text under it, the list and its label go as before.
        assert_eq!(removed(&lines[..7]), 6);
    }

    #[test]
    fn a_documents_cover_and_contents_after_a_snippet_are_no_link_run() {
        // 123doc (2022): the viewer's snippet of running text, then the thesis itself, its cover page and
        // its table of contents, short lines one under another (a bare list of links, in shape).
        let cover = "Trang 1\nTrường Đại học Thương Mại Khoa Khách sạn – Du lịch\nBÀI THẢO LUẬN\nHọc phần: Quản trị tác nghiệp doanh nghiệp lữ hành\nĐề tài: Phân tích và giải quyết tình huống\nNhóm sinh viên thực hiện: Nhóm 5\nGiảng viên hướng dẫn: TS Đỗ Minh Phượng\nHà Nội - 2022\nTrang 2\nMỤC LỤC\nLỜI MỞ ĐẦU 1\nCHƯƠNG I: CƠ SỞ LÝ THUYẾT 2\n1.1 Khái quát chương trình du lịch 2\n1.1.1 Khái niệm chương trình du lịch 2\n1.1.2 Đặc điểm của chương trình du lịch 2\n1.2 Quản trị quy trình xây dựng chương trình du lịch 4";
        let (kept, removed) = run(&format!("{PARA}\n{PARA2}\n{cover}"), None);
        assert!(removed.iter().all(|(_, t)| !t.contains("Đề tài")), "{removed:?}");
        assert!(kept.iter().any(|k| k.starts_with("1.2 Quản trị")), "{kept:?}");
        // A course's lesson list after the lesson, numbered but with no page numbers, is a list of links.
        let lessons: Vec<String> = (1..=3)
            .flat_map(|c| (1..=4).map(move |l| format!("{c}.{l} Bài học số {l} của chương {c} về lập trình")))
            .collect();
        let (kept, _) = run(&format!("{PARA}\n{PARA2}\n{}", lessons.join("\n")), None);
        assert_eq!(kept, vec![PARA, PARA2]);
    }

    #[test]
    fn a_ticker_of_headlines_each_left_hanging_goes() {
        // docnhanh.vn (2025): the trending headlines above the article, each with the ` -` that parted them.
        let ticker = "Chuyện gì đang xảy ra với loạt MV mới của ca sĩ? -\nPhú Thọ: Học sinh phải đi vòng 40km để tới trường, nguyên nhân do đâu? -\nNữ tài xế ở Thái Nguyên hất máy đo nồng độ cồn -\nVụ xây nhà trên đất hàng xóm: người xây nhầm trả giá ra sao? -";
        let (kept, removed) = run(&format!("{ticker}\n{PARA}\n{PARA2}"), None);
        assert_eq!(
            removed.iter().filter(|(kind, t)| kind == "navigation" && t.ends_with(" -")).count(),
            4,
            "{removed:?}"
        );
        assert_eq!(kept.len(), 2, "{kept:?}");
        // Two such lines, or lines whose dash goes on (`Hà Nội - Hải Phòng`), stay.
        let two =
            "Tuyến Hà Nội - Hải Phòng: 120 km -\nTuyến Hà Nội - Nam Định: 90 km -\nTuyến Hà Nội - Ninh Bình: 95 km";
        let (kept, _) = run(&format!("{PARA}\n{two}\n{PARA3}"), None);
        assert_eq!(kept.len(), 5, "{kept:?}");
        // A poem whose lines end on dashes (shorter than headlines), a flattened table's rows: they stay.
        let poem = "Chiều nay em đứng bên sông -\nGió đưa câu hát qua đồng lúa xanh -\nThuyền ai về bến chênh vênh -\nMột mình em nhớ một mình em thương -\nCon đò nhỏ lặng lờ trôi -";
        let (kept, _) = run(&format!("{PARA}\n{poem}\n{PARA3}"), None);
        assert_eq!(kept.len(), 7, "{kept:?}");
        let table = "USD 25.100 25.400 |\nEUR 27.000 27.600 |\nJPY 160 170 |\nGBP 31.000 32.000 |";
        let (kept, _) = run(&format!("{PARA}\n{table}\n{PARA3}"), None);
        assert_eq!(kept.len(), 6, "{kept:?}");
    }

    #[test]
    fn a_browsers_nested_menu_above_the_text_goes_a_short_list_stays() {
        // uit.edu.vn's training portal (2023) as `w3m -dump` prints it: the menu's levels are `•`, `□`, `☆`.
        let menu = "Navigation menu\n• Home\n• Giới thiệu\n□ Cổng thông tin đào tạo\n□ Các ngành đào tạo\n\
                    • Thông báo\n□ Đại học chính quy\n□ Văn bằng 2\n• Chương trình đào tạo\n☆ CTĐT Khoá 2025";
        let (kept, removed) = run(&format!("{menu}\n{PARA}\n{PARA2}"), None);
        assert_eq!(removed.len(), 10, "{removed:?}");
        assert!(removed.iter().all(|(kind, _)| kind == "navigation"), "{removed:?}");
        assert_eq!(kept.len(), 2);
        // Three points over the story are its own (a highlights box); so is a list the text introduces or one
        // after a lead.
        let points = "• Giá vàng tăng mạnh\n• Dự báo tuần tới\n• Người mua đổ xô";
        let (_, removed) = run(&format!("{points}\n{PARA}\n{PARA2}"), None);
        assert!(removed.is_empty(), "{removed:?}");
        let items = "• Giáo dục Tiểu học\n• Giáo dục Mầm non\n• Sư phạm Toán\n• Sư phạm Lịch sử\n• Sư phạm Vật lý\n• Giáo dục Công dân";
        let lead = "Trường Đại học Thủ đô Hà Nội (HNMU) là trường đại học công lập trực thuộc UBND Thành phố Hà Nội, nổi tiếng về đào tạo sư phạm.";
        let (_, removed) = run(&format!("{lead}\nCác ngành chính gồm\n{items}\n{PARA}\n{PARA2}"), None);
        assert!(removed.is_empty(), "{removed:?}");
        // (A reviewer's probes.) Under a headline found, a list with its label or lead-in right above the
        // text is the text's: what a dossier holds, foods, a listicle's places.
        let title = "Hồ sơ đăng ký xét tuyển đại học năm 2025 gồm những gì";
        let dossier = "Hồ sơ gồm:\n- Phiếu đăng ký xét tuyển\n- Bản sao học bạ THPT\n- Bản sao căn cước công dân\n\
                       - Giấy chứng nhận ưu tiên (nếu có)\n- Hai ảnh 3x4\n- Lệ phí xét tuyển";
        let places = "■ Bán đảo Sơn Trà\n■ Bà Nà Hills\n■ Cầu Rồng\n■ Ngũ Hành Sơn\n■ Bãi biển Mỹ Khê\n■ Chợ Hàn";
        for list in [dossier, places, &format!("Thực phẩm nên ăn\n{items}")] {
            let (_, removed) = run(&format!("{list}\n{PARA}\n{PARA2}"), Some(title));
            assert!(removed.is_empty(), "{list}: {removed:?}");
        }
        // Under the headline, a menu among other furniture still goes.
        let (_, removed) = run(&format!("{menu}\nĐăng nhập\nTìm kiếm\n{PARA}\n{PARA2}"), Some(title));
        assert!(removed.iter().filter(|(kind, _)| kind == "navigation").count() >= 9, "{removed:?}");
    }

    #[test]
    fn a_table_of_contents_goes_with_its_label() {
        let text = format!(
            "Mục lục\n* 1.1 1. Cá lăng sông Sêrêpôk\n* 1.2 2. Thịt nai Đắk Nông\n* 1.3 3. Gà nướng Bản Đôn\n\
             1. Cá lăng sông Sêrêpôk\n{PARA}\n2. Thịt nai Đắk Nông\n{PARA2}\n3. Gà nướng Bản Đôn\n{PARA3}"
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(removed.len(), 4, "{removed:?}");
        assert_eq!(kept[0], "1. Cá lăng sông Sêrêpôk");
        assert!(kept.contains(&"3. Gà nướng Bản Đôn".to_string()));
        // Numbers a scrape glued to the entries (cungphuot.info, 2024): `2Gà nướng mắc khén`, `15.1Gạo …`.
        let text = format!(
            "Mục lục\n* 1Cá nướng\n* 2Gà nướng mắc khén\n* 3Xôi nếp nương\n* 3.1Gạo Điện Biên\n\
             Cá nướng\n{PARA}\nGà nướng mắc khén\n{PARA2}\nXôi nếp nương\n{PARA3}\nGạo Điện Biên\n\
             Nếp nương được trồng nhiều ở các tỉnh Tây Bắc, và gạo của vùng lòng chảo nổi tiếng khắp cả nước."
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(removed.len(), 5, "{removed:?}");
        assert_eq!(kept[0], "Cá nướng");
        // The text's first heading and paragraph right under the contents, then a short line the text says
        // twice further on (a wrapped line's end: hoangmnsd.github.io through w3m, 2021): the contents end
        // before the two lines not said again.
        let text = format!(
            "Table of Contents\n□ Vấn đề\n□ Demo\n□ Đi xa hơn 1 chút\n□ CREDIT\nVấn đề\n\
             Monty Hall problem nói về 1 trò chơi như sau:\ntô.\n{PARA}\nDemo\n{PARA2}\ntô.\nĐi xa hơn 1 chút\n{PARA3}\nCREDIT"
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(kept[..3], ["Vấn đề", "Monty Hall problem nói về 1 trò chơi như sau:", "tô."], "{removed:?}");
        assert_eq!(removed.len(), 5, "{removed:?}");
    }

    #[test]
    fn contents_inside_a_long_run_of_short_lines_go_when_said_again_in_order() {
        use super::super::test_support::run_rules;
        // pandoc's plain text of a Hugo post (held-out-106): the site's name and menu, the contents, then the
        // text, whose short sentences and headings run on with them — one run of short lines. Only the piece
        // said again in its own order goes.
        let text = "Hoàng Dương\n1. [] Trang chủ\n2. [] Về tôi\n3. [] Lưu trữ\n4. [] Tìm kiếm\nMục lục\n\
                    1. Tại sao cần trỏ tên miền?\n2. Cách thực hiện\n3. Ba cách trỏ tên miền\n4. Lỗi thường gặp\n5. Lời kết\n\
                    Trỏ tên miền về hosting\n[] 27/02/2025\nTại sao cần trỏ tên miền?\nTên miền là địa chỉ của website.\n\
                    Cách thực hiện\nBạn vào trang quản lý tên miền.\nBa cách trỏ tên miền\nCó ba cách thường dùng.\n\
                    Lỗi thường gặp\nNhiều người nhập sai địa chỉ.\nLời kết\nChúc bạn thành công.";
        let (kept, removed) = run_rules(text);
        let contents: Vec<&str> = removed.iter().filter(|(r, _)| r == "contents").map(|(_, t)| t.as_str()).collect();
        assert_eq!(contents.len(), 6, "{removed:?}");
        assert!(contents.contains(&"Mục lục") && contents.contains(&"5. Lời kết"));
        assert!(kept.iter().any(|k| k == "Tại sao cần trỏ tên miền?") && kept.iter().any(|k| k == "Lời kết"));
        // Said again out of order (a page's head — its headline, byline, picture and label — which a box of
        // related posts lower down prints again in its own order), the piece is no contents.
        let head = ["Bài một của trang hôm nay", "Đăng bởi admin hôm qua", "Ảnh đại diện của bài", "Chia sẻ kiến thức"];
        let mut lines = vec!["Trang chủ", "Giới thiệu", "Liên hệ"];
        lines.extend(head);
        lines.extend(["Một dòng riêng", "Một dòng khác", "Dòng thứ ba"]);
        lines.extend(head.iter().rev());
        let (_, removed) = run_rules(&lines.join("\n"));
        assert!(removed.iter().all(|(r, _)| r != "contents"), "{removed:?}");
    }

    #[test]
    fn the_last_sections_of_lists_comments_and_forms_go_the_article_stays() {
        let text = format!(
            "{PARA}\n## Ưu điểm\n* Rộng rãi, thoáng mát\n* Đồ ăn phong phú\n* Giá rẻ\n* Gần trung tâm\n## Kết luận\n{PARA2}\n\
             ## Bình luận\n{PARA3}\n## Để lại một bình luậnHủy\nĐịa chỉ thư của bạn sẽ được giữ kín, không hiển thị công khai.\nBình luận *\n\
             Tên *\nEmail *\nTrang web\n\
             ## Bài được quan tâm nhiều\n* Quán ăn ngon, nổi tiếng nhất ở Tam Đảo\n* Từ Hà Nội tới Hà Giang bao nhiêu km?\n\
             * Kinh nghiệm phượt xuyên Việt kèm lịch trình"
        );
        let (kept, removed) = run(&text, None);
        // The article's own list between its paragraphs stays, its last section too.
        assert!(kept.len() >= 7, "{kept:?} {removed:?}");
        assert_eq!(
            kept[..7],
            [PARA, "Ưu điểm", "* Rộng rãi, thoáng mát", "* Đồ ăn phong phú", "* Giá rẻ", "* Gần trung tâm", "Kết luận"]
        );
        assert_eq!(kept.last().map(String::as_str), Some(PARA2), "{kept:?}");
        assert_eq!(removed.len(), 12, "{removed:?}");
    }

    #[test]
    fn a_long_run_of_titles_and_names_after_the_text_goes_a_list_of_names_stays() {
        let pairs = [
            ("Lá Rơi Hàng Xóm Lá Bay Sang", "Phan"),
            ("Nhà Anh, Nhà Em, Nhà Đôi Ta", "Karen N. Nguyễn"),
            ("Thành Phố Ngàn Hoa", "Trần Thái Sơn"),
            ("Việc Làm Đầu Tiên Trên Đất Mỹ", "Lê Ngọc Minh"),
            ("Hai Tháng Trong Camp Pendleton, California", "Lê Ngọc Minh"),
            ("Chai Dầu Gió Xanh", "Võ Quách Thị Tường Vi"),
        ];
        let lines: Vec<String> = pairs.iter().flat_map(|(t, a)| [t.to_string(), a.to_string()]).collect();
        let text = format!("{PARA}\n{PARA2}\n{}", lines.join("\n"));
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, [PARA, PARA2]);
        assert_eq!(removed.len(), 12);
        // Names alone (a list of winners), or a list the text introduces, stay.
        let names = [
            "Phan Văn Anh",
            "Trần Thái Sơn",
            "Lê Ngọc Minh",
            "Hiền Vi",
            "Tố Tâm",
            "Pha Lê",
            "Đỗ Doãn Quế",
            "Lê Xuân Mỹ",
            "Năng Khiếu",
            "Nguyễn Diệu Anh Trinh",
            "Phạm Hoàng Chương",
            "Lệ Hoa Wilson",
        ];
        let (_, removed) = run(&format!("{PARA}\n{PARA2}\n{}", names.join("\n")), None);
        assert!(removed.iter().all(|(_, t)| !names.contains(&t.as_str())), "{removed:?}");
        let (_, removed) = run(&format!("{PARA}\nCác bài dự thi năm nay gồm:\n{}", lines.join("\n")), None);
        assert!(removed.is_empty(), "{removed:?}");
        // A share widget's label introduces nothing; a pager and a date picker inside the run, and question
        // headlines, leave it a list of links (24h.com.vn, 2012).
        let mut teasers = vec!["Kết bạn với Tin tức 24h trên Facebook", "để nhận tin nóng hổi"];
        teasers.extend(pairs.iter().map(|(t, _)| *t));
        teasers.extend(["Trang trước, [1], 2, 3, 4, 5, 6, 7, Trang sau", "Ngày: Hôm nay , 26/12, 25/12, 24/12, 23/12"]);
        teasers.extend(["Bạn muốn lấy chồng chung?", "Sĩ tử thời xưa", "Đề Hóa dễ, đề Anh nhẹ nhàng"]);
        teasers.extend(["Tất bật điều chỉnh sai sót", "Hơn 400/500 thí sinh nói có gian lận thi cử"]);
        let text = format!("{PARA}\n{PARA2}\nThích và chia sẻ bài này trên:\n{}", teasers.join("\n"));
        let (kept, removed) = run(&text, None);
        assert!(teasers.iter().all(|t| !kept.iter().any(|k| k == t)), "{kept:?} {removed:?}");
        assert!(removed.len() >= teasers.len());
    }

    #[test]
    fn a_grid_of_offer_cards_goes_a_price_list_stays() {
        let cards = "Khách sạn DeLaSea Ha Long\nBai Chay Ward\n9.1/10\n2.538.961 VND\n945.142 VND\nTiết kiệm 63%\n\
                     Novotel Ha Long Bay\nHa Trung Ward\n8.4/10\n1.169.822 VND\nTiết kiệm 34%";
        let (kept, removed) = run(&format!("{PARA}\n{cards}\n{PARA2}"), None);
        assert_eq!(kept, [PARA, PARA2]);
        assert_eq!(removed.len(), 11);
        // Dates of October are no ratings.
        let tours = "Tour Hạ Long\n1/10\n2.500.000 VND\nTour Sa Pa\n5/10\n3.100.000 VND\nTour Huế\n9/10\n2.900.000 VND";
        let (kept, _) = run(&format!("{PARA}\n{tours}\n{PARA2}"), None);
        assert_eq!(kept.len(), 11, "{kept:?}");
        // Labelled prices and no rating: the article's price list.
        let list = "Phòng đơn\nGiá: 500.000 VND\nPhòng đôi\nGiá: 800.000 VND\nPhòng gia đình\nGiá: 1.200.000 VND\n\
                    Phòng VIP\nGiá: 2.000.000 VND";
        let (kept, _) = run(&format!("{PARA}\n{list}\n{PARA2}"), None);
        assert_eq!(kept.len(), 10, "{kept:?}");
    }

    #[test]
    fn a_form_goes_with_its_title() {
        let text = format!("{PARA}\n{PARA2}\nĐể lại một bình luận\nBình luận *\nTên *\nEmail *\nTrang web\n{PARA3}");
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, [PARA, PARA2, PARA3]);
        assert_eq!(removed.len(), 5);
    }

    #[test]
    fn a_text_browsers_comment_form_after_the_text_goes() {
        // A WordPress comment form as w3m prints it (held-out-44, -42): text boxes, a check box, a button.
        let text = format!(
            "{PARA}\n{PARA2}\nBình Luận Hủy\nComment[ ]\n[ ]\n[ ]Save my name, email, and website in this browser for the next time I comment.\n[Gửi]"
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, [PARA, PARA2, "Bình Luận Hủy"]);
        assert!(removed.iter().all(|(k, _)| k == "widget"), "{removed:?}");
        // Blanks of an exercise, a quoted template's underscores, a quiz's or a ballot's check boxes, a
        // photo's placeholder beside a blank: no form (a reviewer's probes).
        for tail in [
            "Tính nhẩm\n38 + 5 = [ ]\n47 + 6 = [ ]\n29 + 9 = [ ]",
            "Mẫu đơn như sau:\nHọ và tên: ________\nNơi cư trú: ________\n[Tải mẫu đơn]",
            "Mẫu phiếu bầu\n[ ] Nguyễn Văn A\n[ ] Trần Thị B\n[ ] Lê Văn C",
            "Khách tham quan: [ ]\n[Ảnh Minh Họa]\n[Infographic]",
            "Tên chủ hộ:[ ]\nSau khi điền xong, người khai bấm nút gửi và chờ tin nhắn xác nhận.\n[ ]\n[Gửi]",
        ] {
            let text = format!("{PARA}\n{PARA2}\n{tail}");
            let (_, removed) = run(&text, None);
            assert!(removed.iter().all(|(k, _)| k != "widget"), "{tail}: {removed:?}");
        }
        // A check list with no text box (a task list, a survey's options) stays; so does a box the running text
        // stands around (a how-to quoting the form it explains).
        let tasks = format!("{PARA}\n{PARA2}\nViệc cần làm\n[ ] Mua vé tàu\n[ ] Đặt phòng\n[X] Xin nghỉ phép");
        assert!(run(&tasks, None).1.is_empty());
        let quoted = format!("{PARA}\nHọ tên[ ]\n[Gửi]\n{PARA2}\n{PARA3}");
        assert!(run(&quoted, None).1.iter().all(|(k, _)| k != "widget"));
    }

    #[test]
    fn a_list_said_once_stays() {
        // A list of places the article names, never said again as headings: the article's own.
        let text = format!("{PARA}\n* Cồn Sơn.\n* Chợ nổi Cái Răng.\n* Bến Ninh Kiều.\n* Nhà cổ Bình Thủy.\n{PARA2}");
        let (_, removed) = run(&text, None);
        assert!(removed.is_empty(), "{removed:?}");
    }

    #[test]
    fn list_blocks_after_the_article_go_an_introduced_list_stays() {
        let text = format!(
            "{PARA}\n{PARA2}\nDu lịch vùng miền\n* Du lịch Bắc Trung Bộ275\n* Du lịch Tây Bắc Bộ228\n\
             * Hà Giang\n* Cao Bằng\n* Bắc Kạn"
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(removed.len(), 6, "{removed:?}");
        assert_eq!(kept.len(), 2);
        let introduced = format!(
            "{PARA}\n{PARA2}\nĐể đến đó, bạn có thể chọn một trong các phương tiện sau đây tùy theo túi tiền:\n\
             * Xe khách Hà Nội\n* Tàu hỏa Thống Nhất\n* Máy bay Vietjet\n* Xe máy tự lái"
        );
        let (_, removed) = run(&introduced, None);
        assert!(removed.is_empty(), "{removed:?}");
    }
}
