//! Reader comments under an article: from where the comment section starts to the end of the body.
//!
//! A section starts at a comment cue line (`Bình luận (12)`, `Ý kiến bạn đọc`), or at a commenter line when
//! the lines after it carry comment furniture: masked e-mails (`ngu***@gmail.com`), timestamps on short
//! header lines (`Minh Anh 10:32 12/3`), reply/like widgets (`Trả lời · Thích · 3`). Two such signals are
//! needed, so an article that is a digest of readers' opinions (names, then what they said) stays article;
//! bare name/comment pairs count only after the article's byline or credit, three pairs at least.
//! A comment that quotes the article is still a comment: nothing here looks at the comment's own text.

use super::features::{
    cue, has_masked_email, has_timestamp, is_comment_marker_line, is_headline_like, is_name_like, Class, Cue,
};
use super::{Detector, RemovedKind, Scan};
use crate::model::BlockKind;
use crate::parse::text::{lowercase, more_chars_than};

/// The reader-comment detector.
pub struct Comments;

/// How many lines after a candidate start are searched for comment furniture.
const WINDOW: usize = 8;

fn is_header_cue(text: &str) -> bool {
    matches!(cue(text), Some((Cue::Comments, "")))
}

/// A short header line of a comment: a masked address; a relative time on its own (`2 giờ trước`); or a
/// name or handle with a time or date (`Minh Anh 10:32 12/3/2020`). A bare clock time (`10:30`, a live
/// blog's entry) is not one.
fn is_commenter_header(text: &str) -> bool {
    if more_chars_than(text, 80) {
        return false;
    }
    if has_masked_email(text) {
        return true;
    }
    if !has_timestamp(text) || super::features::ends_sentence(text) {
        return false;
    }
    let lower = lowercase(text);
    let relative = lower.trim_start_matches(|c: char| c.is_ascii_digit() || c.is_whitespace());
    let units = super::features::TIME_UNITS;
    if relative.len() < lower.len() && units.iter().any(|u| relative == format!("{u} trước")) {
        return true;
    }
    // A forum post's signature (`cuLong, 14/12/12`, `mylove0308, 14/12/12 at 12:37`): a handle or name, a
    // comma, then a date and nothing else. (A date, not a clock time alone: `Kyiv, 10:32` heads a live
    // blog's entry.)
    if let Some((who, when)) = text.split_once(", ") {
        let dated = when.contains('/') && date_time_only(when);
        // (A handle has lower-case letters: `H5N1, 12/1/2004`, `COVID-19, 23/1/2020` open a timeline's entries.)
        if dated && is_commenter(who) && who.chars().filter(|c| c.is_lowercase()).count() >= 2 {
            return true;
        }
        // A place and a clock time alone head a live blog's entry (`Kyiv, 10:32`); a person's name so is a
        // commenter's (`Nguyễn Hùng, 10:32`).
        // (A clock has its colon: a year after a comma, `Hà Nội 12/3, 2025`, is none.)
        let clock_only = !when.contains('/')
            && when.contains(':')
            && when.split_whitespace().all(|w| w.chars().all(|c| c.is_ascii_digit() || c == ':'));
        if clock_only && !is_person_name(who) {
            return false;
        }
    }
    // A name or handle, a dash, a relative time and the widget's buttons (`Nam - 7 ngày trước Thích | 724`,
    // `hoangpinimax - 7 ngày trước Thích`): a comment's meta line as VnExpress printed it.
    if let Some((who, when)) = text.split_once(" - ") {
        let who = who.trim();
        // (A handle has a letter in lower case: a year, `1972 - 52 năm trước`, is none.)
        let handle = !who.contains(' ')
            && who.chars().count() >= 3
            && who.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.'))
            && who.chars().any(char::is_lowercase);
        // (With the widget's buttons after the time: a feature's `Hồ Gươm - 30 năm trước`, a countdown's
        // `Hà Nội - 10 ngày trước khai mạc`, a live blog's `Hạ Long - 15 phút trước` carry none.)
        let lower = lowercase(when);
        let buttons = ["thích", "trả lời", "like", "reply"].iter().any(|b| lower.contains(b));
        let named = is_commenter(who) && who.chars().any(char::is_alphabetic);
        if relative_time(when) && buttons && (named || handle) {
            return true;
        }
    }
    let name: String = text
        .split_whitespace()
        .filter(|w| {
            !w.contains(|c: char| c.is_ascii_digit())
                && !matches!(lowercase(w).as_str(), "lúc" | "ngày" | "am" | "pm" | "-" | "|" | "," | "·")
        })
        .collect::<Vec<_>>()
        .join(" ");
    // A label before its value (`Published: 2025-08-21T15:27`, `Ngày đăng: 12/3`) is a field, no name.
    // (Emphasis around the label, `**Published:**`, as Markdown writes it.)
    let labelled = text.split_whitespace().next().is_some_and(|w| w.trim_end_matches(['*', '_']).ends_with(':'));
    // A numbered label (`* Đợt 1: 18/5 - 31/5/2026`, `Bước 2: 10/3`): a schedule's item, no name.
    let bare: String = text.chars().filter(|&c| c != '*' && c != '_').collect();
    let numbered = bare.trim_start_matches(['-', '+', '•', ' ']).split_once(": ").is_some_and(|(head, _)| {
        head.split_whitespace().count() <= 3
            && head.split_whitespace().last().is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()))
    });
    !name.is_empty() && !labelled && !numbered && is_commenter(&name)
}

/// A relative time opens `text` (`7 ngày trước`, `2 giờ trước …`): digits, a unit, `trước`.
fn relative_time(text: &str) -> bool {
    let lower = lowercase(text);
    let mut words = lower.split_whitespace();
    let (Some(n), Some(unit), Some(ago)) = (words.next(), words.next(), words.next()) else { return false };
    n.chars().all(|c| c.is_ascii_digit()) && super::features::TIME_UNITS.contains(&unit) && ago == "trước"
}

/// A line that is comment furniture on its own (all of it is short).
fn is_signal(text: &str) -> bool {
    // (No count when the byte length settles it: more than 320 bytes, or 80 and fewer.)
    if more_chars_than(text, 80) {
        return false;
    }
    // (A page's markup may set a commenter's line as a heading: `#### Trần Long-06/02/2025`.)
    let bare = super::edges::markup_heading(text).map_or(text, |(_, inner)| inner);
    is_header_cue(text) || has_masked_email(text) || is_comment_marker_line(text) || is_commenter_header(bare)
}

/// A commenter's name or handle: name-shaped, or one token of letters, digits, `_` and `.`.
fn is_commenter(text: &str) -> bool {
    let t = text.trim();
    is_name_like(t)
        || (t.chars().count() <= 30
            && !t.contains(' ')
            && t.chars().all(|c| c.is_alphanumeric() || matches!(c, '_' | '.' | '-'))
            && t.chars().any(|c| c.is_ascii_digit() || c == '_'))
}

impl Detector for Comments {
    fn name(&self) -> &'static str {
        "comments"
    }

    fn detect(&self, scan: &mut Scan) {
        if let Some(start) = forum_replies(scan) {
            for i in start..scan.items.len() {
                scan.remove(i, RemovedKind::ReaderComments, "forum-replies");
            }
            return;
        }
        lone_post_box(scan);
        chat_blocks(scan);
        let live = scan.live();
        // Comments follow the article: a section opens after the first line of its running text (a page's
        // date, byline and `Bình luận 0` counter above the text are no section, however much page stands
        // above them).
        let text_start = scan.core().map_or(0, |(start, _)| start);
        // (After `live` is read: the section's reading still counts the form's heading and notice it takes
        // among the furniture that opens a section, as it did before the form was taken on its own.)
        lone_form(scan);
        let Some(start) = section_start(scan, &live, text_start) else { return };
        let start = form_notice_above(scan, start, text_start);
        for i in start..scan.items.len() {
            scan.remove(i, RemovedKind::ReaderComments, "comment-section");
        }
    }
}

/// The comment form's own lines right above a section's start, which then starts there: its notice on the
/// fields it requires (`Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *`:
/// a line of 160 characters at most ending with the required mark, its only one) and, above that, comment furniture of its
/// own (`Trả lời Hủy`, the form's reply heading: `is_signal`). Two lines at most, after the running text's
/// first line; blank lines between are passed over. Read by the form's mark, no words of any form.
fn form_notice_above(scan: &Scan, start: usize, text_start: usize) -> usize {
    let above = |from: usize| (text_start + 1..from).rev().find(|&j| !scan.items[j].is_blank());
    let Some(notice) = above(start).filter(|&j| scan.items[j].is_live() && form_notice(&scan.items[j].text)) else {
        return start;
    };
    match above(notice) {
        Some(j) if scan.items[j].is_live() && is_signal(&scan.items[j].text) => j,
        _ => notice,
    }
}

/// A comment form's notice on the fields it requires (`Email của bạn sẽ không được hiển thị công khai. Các
/// trường bắt buộc được đánh dấu *`): a line of six words to 160 characters ending with the required mark, its
/// only one (a footnote opens with its own, `(*) Số liệu … *`; a field's label, `Họ và tên *`, is `forms`').
fn form_notice(text: &str) -> bool {
    let t = text.trim_end();
    t.ends_with(" *")
        && t.matches('*').count() == 1
        && !more_chars_than(t, 160)
        && t.split_whitespace().nth(6).is_some()
}

/// A comment form with no comment under it, after the running text: its notice on the fields it requires
/// (`form_notice`) with the form's heading right above it that is comment furniture (`Trả lời`, `Để lại
/// bình luận`: `is_signal`) go (`comment-footer`, rule `comment-form`). The fields under it are `forms`'.
fn lone_form(scan: &mut Scan) {
    // The running text's end: its last line of running text that is no notice (the notice reads as a
    // sentence of its own), or, on a page of a short lead thick with names, its first line.
    let live = scan.live();
    // (A whole line: a unit cut from a long one may end with a footnote's mark, `… dấu *`.)
    let notice_at =
        |j: usize| scan.items[j].is_live() && scan.items[j].group.is_none() && form_notice(&scan.items[j].text);
    let good = live.iter().copied().rev().find(|&i| !notice_at(i) && scan.items[i].class() == Class::Good);
    let Some(end) = good.or_else(|| live.first().copied()) else { return };
    let Some(notice) = (end + 1..scan.items.len()).find(|&j| notice_at(j)) else { return };
    // (With its heading only: a list's footnote, `- Giá trên đã bao gồm công lắp đặt tiêu chuẩn *`, or a
    // step's `… dấu *` ends with the mark too — a reviewer's probes.)
    // Nor an answer under its label (`Trả lời:`, or `Trả lời` under a question: a FAQ's, an interview's), and
    // only at the page's end: no running text under the notice (a reviewer's probes).
    let heading = (end + 1..notice).rev().find(|&j| !scan.items[j].is_blank());
    let Some(heading) = heading.filter(|&j| {
        let t = scan.items[j].text.trim();
        scan.items[j].is_live() && is_signal(t) && !t.ends_with(':')
    }) else {
        return;
    };
    let asked = (0..heading).rev().find(|&j| !scan.items[j].is_blank()).is_some_and(|j| {
        let t = scan.items[j].text.trim();
        t.ends_with('?') || lowercase(t).starts_with("hỏi")
    });
    let text_under = (notice + 1..scan.items.len())
        .any(|j| scan.items[j].is_live() && matches!(scan.items[j].class(), Class::Good | Class::NearGood));
    if asked || text_under {
        return;
    }
    scan.remove(heading, RemovedKind::CommentFooter, "comment-form");
    scan.remove(notice, RemovedKind::CommentFooter, "comment-form");
}

/// Fewest lines in a block of comments with no furniture ([`chat_blocks`]).
const CHAT_BLOCK_MIN: usize = 8;

/// Spellings of chat that no edited text uses (`ko`, `dc`, `j` for `không`, `được`, `gì`; laughter), in lower
/// case. (Not the particles `ơi`, `nhỉ`, `ạ`, `nhé`: a poem says them too — `Mẹ ơi con đã về đây`.)
const CHAT_WORDS: &[&str] = &[
    "ko", "k", "hok", "hem", "kg", "dc", "đc", "j", "vs", "z", "zậy", "thui", "ak", "ah", "uh", "hix", "hjx", "haha",
    "hihi", "hehe", "hic", "ok", "oki", "mn", "tui", "lun", "bít", "mún", "đt", "sp",
];

/// Marks of a reader's comment on one line, whatever it says: an emoticon, markup its field kept raw
/// (`<br />`, `&nbsp;`, a reply's `<span class="reply_name">`), a reply to a name (`@Tiến Nguyễn:`), a word of
/// chat ([`CHAT_WORDS`]), typing no editor lets through (no space after a comma between words, a space before
/// a stop, `!!`, `??`, `..` inside the line). (A first letter in lower case is no mark: menus and footers
/// write their labels so.)
pub(crate) fn chat_line(text: &str) -> bool {
    let t = text.trim();
    const MARKS: [&str; 14] =
        [":)", ":D", ":(", ":P", ":p", "=))", "^^", ":v", ":-)", ";)", "<br", "&nbsp;", "<span", "</"];
    if MARKS.iter().any(|m| t.contains(m)) || t.starts_with('@') {
        return true;
    }
    let chars: Vec<char> = t.chars().collect();
    let sloppy = chars.windows(3).any(|w| {
        (w[1] == ',' && w[0].is_alphabetic() && w[2].is_alphabetic())
            || (w[0] == ' ' && matches!(w[1], '.' | ',' | '?') && (w[2] == ' ' || w[2] == '.'))
            || (w[0] == '.' && w[1] == '.' && w[2].is_alphabetic())
            || (w[0] == '!' && w[1] == '!')
            || (w[0] == '?' && w[1] == '?')
    }) || t.ends_with(" ?")
        || t.ends_with(" .");
    sloppy
        || t.split_whitespace().any(|w| {
            let w = lowercase(w.trim_matches(|c: char| !c.is_alphanumeric()));
            CHAT_WORDS.contains(&w.as_str())
        })
}

/// Reader comments with no furniture at all, between two parts of the article: a block of eight lines or
/// more in a row (no blank line between them), two in five of them with a mark of a reader's typing
/// ([`chat_line`]), 200 characters a line at most on average, then — after a blank line — the article's body:
/// 300 characters of running text or more with hardly a mark of chat (one line in seven at most). A feed
/// record put its comments between its sapo and its body so (30 lines of `cấu hình, giá thế này sao mà cạnh
/// tranh nổi so vs Asus`). A blog written as it speaks is followed by its comments, not by formal text; a
/// page's footer by nothing. Not a block a line ending with a colon introduces (an article quoting its
/// readers' posts), nor one holding such a line; not a poem's stanza (three lines in four short and ending no
/// sentence).
fn chat_blocks(scan: &mut Scan) {
    let live = scan.live();
    let mut found: Vec<(usize, usize)> = Vec::new();
    let mut k = 0;
    while k < live.len() {
        let mut e = k + 1;
        while e < live.len() && live[e] == live[e - 1] + 1 {
            e += 1;
        }
        let block = &live[k..e];
        // (A long comment cut into units, `segment.rs`, is lines of the block too, but counts as one: a
        // paragraph quoting a song, cut into its sentences, is no block.)
        let untyped = |i: &usize| scan.items[*i].kind.is_none();
        let lines = 1 + block.windows(2).filter(|w| scan.items[w[0]].line != scan.items[w[1]].line).count();
        if lines >= CHAT_BLOCK_MIN && e < live.len() && block.iter().all(untyped) {
            let chat = block.iter().filter(|&&i| chat_line(&scan.items[i].text)).count();
            let inside: usize = block.iter().map(|&i| scan.items[i].text.chars().count()).sum();
            // (The colon may end the line before the block or a line of it: `Cư dân mạng bình luận:`.)
            let colon = |i: usize| scan.items[i].text.trim_end().ends_with(':');
            let introduced = (k > 0 && colon(live[k - 1])) || block.iter().any(|&i| colon(i));
            // The body after it: its running text, formal.
            let after: Vec<usize> =
                live[e..].iter().copied().filter(|&i| scan.items[i].class() == Class::Good).collect();
            let body: usize = after.iter().map(|&i| scan.items[i].text.chars().count()).sum();
            let chatty_after = after.iter().filter(|&&i| chat_line(&scan.items[i].text)).count();
            let apart = live[e] > live[e - 1] + 1;
            // (A poem's stanza: short lines, most ending no sentence.)
            let verse = block
                .iter()
                .filter(|&&i| {
                    let t = scan.items[i].text.as_str();
                    !super::features::ends_sentence(t) && t.chars().count() <= 60
                })
                .count()
                * 4
                >= block.len() * 3;
            if chat * 5 >= block.len() * 2
                && !verse
                && inside <= 200 * block.len()
                && !introduced
                && apart
                && body >= 300
                && chatty_after * 7 <= after.len()
            {
                found.push((k, e));
            }
        }
        k = e;
    }
    for (k, e) in found {
        for &i in &live[k..e] {
            scan.remove(i, RemovedKind::ReaderComments, "comment-style");
        }
    }
}

/// Text that is a date and a time and nothing else: words of digits, `/`, `:`, `-` and `.`, or `lúc`, `at`,
/// `AM`, `PM`; one word at least.
fn date_time_only(text: &str) -> bool {
    let mut words = text.split_whitespace().peekable();
    words.peek().is_some()
        && words.all(|w| {
            w.chars().all(|c| c.is_ascii_digit() || matches!(c, '/' | ':' | '-' | '.'))
                || matches!(lowercase(w).as_str(), "lúc" | "at" | "am" | "pm")
        })
}

/// A forum post's number (`#2`, what vBulletin and XenForo print beside each post): the line is the number
/// alone, or ends with it after the post's date (`3. 29-05-2012, 02:49 PM #2`).
fn post_number(text: &str) -> Option<u32> {
    let t = text.trim();
    let (head, last) = t.rsplit_once(' ').unwrap_or(("", t));
    let n: u32 = last.strip_prefix('#')?.parse().ok()?;
    (head.is_empty() || (head.chars().count() <= 40 && has_timestamp(head))).then_some(n)
}

/// A forum post's stamp: its date and time and nothing else but a list number before it and its post
/// number after it (`28-12-2016, 01:16`, `1. 29-05-2012, 02:48 PM #1`), or a handle's signature (`cuLong,
/// 14/12/12`: one word, a comma, the date).
fn post_stamp(text: &str) -> bool {
    let t = text.trim();
    let t = t.rsplit_once(' ').filter(|(_, n)| post_number(n).is_some()).map_or(t, |(head, _)| head.trim_end());
    // (A stamp's commas part its date from its time: `29-05-2012, 02:48 PM`.)
    let when_only = |w: &str| has_timestamp(w) && date_time_only(&w.replace(',', " "));
    when_only(t)
        || t.split_once(", ").is_some_and(|(who, when)| {
            let handle = !who.contains(' ') && who.chars().count() <= 30 && who.chars().any(char::is_alphabetic);
            (handle || (who.split_whitespace().count() <= 4 && is_commenter(who))) && when_only(when)
        })
}

/// A forum thread's posts: the lines of their numbers `#1`, `#2`, `#3`… (three at least, in order from one;
/// two when each number's line holds its stamp), each with a post's stamp (`post_stamp`) beside it, on its
/// line or within two lines (the post's header, or a footer's signature). A list numbered `#1`, `#2` (a
/// countdown, a ranking) has no stamps beside its numbers: its dates stand in sentences or under labels.
/// `text(i)` is line `i` of `n`; a line of the layout's (`layout::frame`) or a body's item.
pub fn thread_posts<'a>(n: usize, text: impl Fn(usize) -> &'a str) -> Option<Vec<usize>> {
    // (Cheap first: most seeds have no line that is a post number.)
    let first = (0..n).find(|&i| post_number(text(i)) == Some(1))?;
    let mut marks = vec![first];
    for i in first + 1..n {
        if post_number(text(i)) == Some(marks.len() as u32 + 1) {
            marks.push(i);
        }
    }
    // (Two posts are enough when each number stands beside its date on its line.)
    let dated_lines = marks.iter().all(|&m| post_stamp(text(m)));
    if marks.len() < 3 && !(marks.len() == 2 && dated_lines) {
        return None;
    }
    let solid = |i: usize| !text(i).is_empty();
    // A post's stamp beside its number: its date and time alone, or a handle's signature (`cuLong, 14/12/12`)
    // — a date inside a sentence or under a label (`Khởi chiếu: 10/2/2024`, a ranking's items) is none.
    let dated = |m: usize| {
        let near: Vec<usize> = (m.saturating_sub(6)..n.min(m + 7)).filter(|&i| solid(i)).collect();
        let at = near.iter().position(|&i| i == m).unwrap_or(0);
        near[at.saturating_sub(2)..near.len().min(at + 3)].iter().any(|&i| post_stamp(text(i)))
    };
    marks.iter().all(|&m| dated(m)).then_some(marks)
}

/// A forum thread's replies (`thread_posts`): the first post is the article and the rest reply to it. Where
/// the first post's text stands decides where the replies start: under its number (the number heads each
/// post, vozForums, vBulletin) the replies start at `#2`, and the post's head is read (`thread_head`); above
/// it (the number closes each post, XenForo's `handle, date` / `#1`) they start right after `#1`.
fn forum_replies(scan: &mut Scan) -> Option<usize> {
    let marks = thread_posts(scan.items.len(), |i| scan.items[i].text.as_str())?;
    let first = marks[0];
    let solid = |i: usize| !scan.items[i].is_blank();
    if numbers_head_posts(&marks, |i| scan.items[i].class() == Class::Good, |i| scan.items[i].text.as_str()) {
        thread_head(scan, &marks);
        Some(marks[1])
    } else {
        (first + 1..scan.items.len()).find(|&i| solid(i))
    }
}

/// Whether a thread's numbers (`marks`, from `thread_posts`) head its posts: the first post's running text
/// (`good(i)`) stands under `#1` more than above it. (Otherwise they close the posts, or they number the
/// comments under an article.)
pub fn numbers_head_posts<'a>(marks: &[usize], good: impl Fn(usize) -> bool, text: impl Fn(usize) -> &'a str) -> bool {
    let chars =
        |range: std::ops::Range<usize>| -> usize { range.filter(|&i| good(i)).map(|i| text(i).chars().count()).sum() };
    chars(marks[0] + 1..marks[1]) >= chars(0..marks[0])
}

/// The fields a forum's poster box prints under a post's number, in lower case (vBulletin, XenForo, phpBB,
/// YAF and SMF, in Vietnamese and English: `Ngày gia nhập` / `09 2007`, `Bài viết: 724`, `Rank: Advanced
/// Member`, `Thanked 34 Times in 31 Posts`). A closed class, as the software's strings are.
const POSTER_FIELDS: [&str; 26] = [
    "bài gửi",
    "bài viết",
    "cảm ơn",
    "được cảm ơn",
    "được thích",
    "đang ở",
    "đến từ",
    "giới tính",
    "groups",
    "join date",
    "joined",
    "like",
    "likes",
    "location",
    "ngày gia nhập",
    "ngày tham gia",
    "nơi ở",
    "points",
    "posts",
    "rank",
    "reputation",
    "tham gia",
    "thanked",
    "thanks",
    "thành viên từ",
    "điểm thành tích",
];

/// Whether `text` is a poster box's field: one of `POSTER_FIELDS` alone (its value on the next line), before
/// a colon, or before a figure (`Thanked 34 Times in 31 Posts`, `Posts 9,291`). Everyday words after one are
/// a sentence's (`Cảm ơn mẹ cha`, `Tham gia BHXH`, `Giới tính của mùa thu` — a reviewer's probes).
fn poster_field(text: &str) -> bool {
    let lower = crate::parse::text::lowercase(text.trim());
    POSTER_FIELDS.iter().any(|f| {
        lower.strip_prefix(f).is_some_and(|rest| {
            rest.is_empty()
                || rest.starts_with(':')
                || rest.strip_prefix(' ').is_some_and(|v| v.starts_with(|c: char| c.is_ascii_digit()))
        })
    })
}

/// Whether `text` is the post mark `mark` (`#1`) alone, or as a text browser numbers the list of posts
/// (`1. #1`). (Its end first: this is asked of every line.)
fn listed_post_mark(text: &str, mark: &str) -> bool {
    let t = text.trim();
    t.ends_with(mark)
        && (t == mark
            || t.split_once(". ")
                .is_some_and(|(n, rest)| n.len() <= 3 && n.bytes().all(|b| b.is_ascii_digit()) && rest == mark))
}

/// A page showing one forum post (a thread's first page cut short, a one-post thread): its number alone on
/// a line (`#1`, `1. #1` as a text browser numbers the list of posts), then the poster's box, its fields one
/// or two a line (`Tham gia` / `20-02-2009` / `Bài viết` / `567` / `Thanked 34 Times in 31 Posts`), then the
/// post. With no second post `thread_posts` reads no thread; the number and the box go as
/// `forum-post-box` (`navigation`) when two of the box's lines at least are a poster's fields
/// (`POSTER_FIELDS`). The box ends with its last field (and that field's value under it), before the post's
/// first line of running text or of eight words (its title, `Ý tưởng mới ! Bảng Danh Sách …`, stays),
/// sixteen lines at most. Not where a `#2` follows (a ranking's items, a list's), nor where running text
/// stands above the number (a poem's `#1` in a collection): a reviewer's probes.
fn lone_post_box(scan: &mut Scan) {
    let live = scan.live();
    let Some(at) = live.iter().position(|&i| listed_post_mark(&scan.items[i].text, "#1")) else { return };
    // A lone post: no `#2` after it (a ranking's or a list's items are numbered on), and its number above
    // the page's running text (a poem's `#1` inside a collection is the text's).
    if live[at + 1..].iter().any(|&i| listed_post_mark(&scan.items[i].text, "#2"))
        || live[..at].iter().any(|&i| scan.items[i].class() == Class::Good)
    {
        return;
    }
    let mut boxed = Vec::new();
    for &i in live[at + 1..].iter().take(POSTER_BOX) {
        let item = &scan.items[i];
        if item.class() == Class::Good || item.text.split_whitespace().count() >= POSTER_LINE_WORDS {
            break;
        }
        boxed.push(i);
    }
    if boxed.iter().filter(|&&i| poster_field(&scan.items[i].text)).count() < 2 {
        return;
    }
    // The box ends with its last field, and the value under it when the field is a bare label (`Bài viết` /
    // `724`): a post's short first lines (`Chào các bạn`) are the post's.
    let Some(last) = boxed.iter().rposition(|&i| poster_field(&scan.items[i].text)) else { return };
    let bare = {
        let t = scan.items[boxed[last]].text.trim();
        !t.contains(':') && t.split_whitespace().count() <= 3
    };
    boxed.truncate((last + 1 + usize::from(bare)).min(boxed.len()));
    for i in std::iter::once(live[at]).chain(boxed) {
        scan.remove(i, RemovedKind::Navigation, "forum-post-box");
    }
}

/// The subject a reply restates (`Re: Tiêu đề`, `## Re: Tiêu đề`): the words after `Re:`, when at most three
/// words (a heading's marks, an icon's name) stand before it.
fn reply_subject(text: &str) -> Option<&str> {
    let at = text.find("Re: ")?;
    (text[..at].split_whitespace().count() <= 3).then(|| text[at + 4..].trim())
}

/// The most lines of a poster's box under a post's number (handle, rank, join date, post count, thanks,
/// profile links, a signature's line or two).
const POSTER_BOX: usize = 16;

/// The fewest words of a line that is no longer the poster's box (`Team "thèm tít" Location: Hentai
/// Factory.`, `Thanked 7 Times in 5 Posts` are in it) but the post's text.
const POSTER_LINE_WORDS: usize = 8;

/// Whether `line` says `subject` (both as `comparison_key`s), alone or with what a page sets around a
/// thread's subject: a label of three words at most before it and a colon (`Chủ đề: …`), or a separator and a
/// site's name of four words at most after it (`… - vozForums`). (`Thành viên mới nhất: hoalan88` does not say
/// `Thành viên mới`.)
fn says_subject(line: &str, subject: &str) -> bool {
    const SEPARATORS: [char; 6] = ['-', '|', '–', '—', '»', ':'];
    if line == subject {
        return true;
    }
    let labelled = line.strip_suffix(subject).is_some_and(|label| {
        let label = label.trim_end();
        label.ends_with(':') && label.split_whitespace().count() <= 3
    });
    let named = line.strip_prefix(subject).is_some_and(|name| {
        let name = name.trim_start();
        name.starts_with(SEPARATORS) && name.split_whitespace().count() <= 5
    });
    labelled || named
}

/// The head of a thread whose numbers head its posts: the thread's subject said again at the top of the
/// first post, above its text (the post's title, as vBulletin and vozForums print it), is the headline;
/// everything above it is the page's — its masthead above `#1` (menus, breadcrumb, `Chủ đề: …`, thread
/// tools) and the poster's box under it (handle, `Tham Gia:`, `Bài Viết:`, profile links). A line is the
/// subject when a reply restates it (`Re: …`) or a line above the post says it (`says_subject`: the
/// breadcrumb's last entry, `Chủ đề: …`, the page title). It is looked for in the poster's box only (sixteen
/// lines at most): the post's text starts at its first line of running text or of eight words, and a line of
/// the text that repeats the subject (a song's refrain under its title) is the text's. No subject found, nothing is done: the box's
/// lines are no vocabulary known here.
fn thread_head(scan: &mut Scan, marks: &[usize]) {
    use crate::parse::text::comparison_key;
    let (first, second) = (marks[0], marks[1]);
    let key = |t: &str| comparison_key(t.trim_start_matches(['#', '*', '>', '•', '›', ' '])).trim().to_string();
    let replies: Vec<String> =
        scan.items[second..].iter().filter_map(|item| reply_subject(&item.text)).map(key).collect();
    let above: Vec<String> =
        scan.items[..first].iter().filter(|item| !item.is_blank()).map(|item| key(&item.text)).collect();
    let mut subject = None;
    for i in (first + 1..second).filter(|&i| !scan.items[i].is_blank()).take(POSTER_BOX) {
        let item = &scan.items[i];
        let k = key(&item.text);
        if k.split_whitespace().count() >= 3 && (replies.contains(&k) || above.iter().any(|a| says_subject(a, &k))) {
            subject = Some(i);
            break;
        }
        if item.class() == Class::Good || item.text.split_whitespace().count() >= POSTER_LINE_WORDS {
            break;
        }
    }
    let Some(s) = subject else { return };
    for i in 0..s {
        let rule = if i < first { "masthead" } else { "forum-post-box" };
        scan.remove(i, RemovedKind::Navigation, rule);
    }
    scan.items[s].removed = Some((RemovedKind::DuplicateLine.as_str().into(), "page-headline".into()));
}

/// The item where the comment section starts, if there is one: after item `text_start`.
fn section_start(scan: &Scan, live: &[usize], text_start: usize) -> Option<usize> {
    let text = |n: usize| scan.items[live[n]].text.as_str();
    // Each line's signals, worked out once (the window looks at each line up to eight times).
    // A reply word under a question (`8. Khi thanh toán ra trường cần làm thủ tục gì ?` / `Trả lời` / `: Bạn
    // cần…`) is a FAQ's answer label, no comment widget.
    let answers = |n: usize| {
        let i = live[n];
        is_comment_marker_line(text(n))
            && (0..i)
                .rev()
                .find(|&j| !scan.items[j].is_blank())
                .is_some_and(|j| scan.items[j].text.trim_end().ends_with('?'))
    };
    // A commenter's line (a name or a source with a date: `12/3/2023 - Reuters`, `Minh Anh 10:32 12/3`) that half
    // the run's pages print is no reader's: a comment is one page's own, and a box of dated teasers the site
    // prints on every page reads the same (held-out-125, a portal whose news box over each article, date then
    // agency, opened a section that swallowed the article under it). A comment widget's labels and buttons
    // (`Bình luận`, `Trả lời`) recur on every page and stay signals, and so does a relative time alone (`15 phút
    // trước`), the same under any page's comments.
    // (Only over all of the page's own running text, three good lines no other page prints at least: the box
    // stands over the article. A blog's recent posts under the text, each dated, with nothing of the page's own
    // after them, still open a section; so does a regular's comment that several pages carry under their text —
    // a reviewer's probe.)
    let own_good = |i: usize| scan.cx.profile.is_some_and(|p| scan.items[i].own_prose(p));
    let over_own_text = |n: usize| {
        live[n + 1..].iter().filter(|&&i| own_good(i)).nth(2).is_some() && !live[..n].iter().any(|&i| own_good(i))
    };
    let recurring_header = |n: usize| {
        let t = text(n);
        scan.cx.profile.is_some_and(|p| p.on_half(t))
            && !is_header_cue(t)
            && !is_comment_marker_line(t)
            && !relative_time(t)
            && over_own_text(n)
    };
    // The section's heading that counts the comments on the page's own title (`20 thoughts on “<title>”`, `6
    // Replies to “<title>”`, `Một bình luận về “<title>”`, as WordPress themes print it in any language): a
    // comment cue whatever its words.
    // (The title as found so far may still end with the site's name, `… – BIBICA.NET`: its part before that
    // counts too.)
    let title_keys: Vec<String> = scan.cx.title.map_or(Vec::new(), |title| {
        // (Cut at the last separator, as `site_suffix` cuts: no test of the name after it is needed here.)
        let cut = super::TITLE_SEPARATORS.iter().filter_map(|sep| title.rfind(sep)).max();
        let stem = cut.map(|at| &title[..at]);
        [Some(title), stem]
            .into_iter()
            .flatten()
            .map(crate::parse::text::comparison_key)
            .filter(|k| !k.is_empty())
            .collect()
    });
    // (Worked out once per line, and asked only of a line closing with a quotation mark.)
    let counted_lines: Vec<bool> = (0..live.len())
        .map(|n| {
            !title_keys.is_empty()
                && text(n).trim_end().ends_with(['”', '"', '»', '’'])
                && title_keys.iter().any(|key| counts_on_title(text(n), key))
        })
        .collect();
    let counted = |n: usize| counted_lines[n];
    let signal: Vec<bool> =
        (0..live.len()).map(|n| (is_signal(text(n)) && !answers(n) && !recurring_header(n)) || counted(n)).collect();
    let header: Vec<bool> = (0..live.len()).map(|n| signal[n] && (is_header_cue(text(n)) || counted(n))).collect();
    let mut article_seen = false;
    for n in 0..live.len() {
        let t = text(n);
        if article_seen && live[n] > text_start {
            let window = signal[n..live.len().min(n + WINDOW)].iter().filter(|&&s| s).count();
            // (A heading counting comments on the title is none of a menu's entries, whatever short lines stand
            // around it: a sidebar's links over it, the first commenter's name under it.)
            if header[n]
                && (counted(n) || !in_menu(&text, n, live.len()))
                && !(window < 2 && closes_bulleted_list(scan, live, n))
                && (window >= 2
                    || n + 1 == live.len()
                    || (rest_is_comments(scan, live, n + 1) && !ends_field_record(scan, live, n)))
            {
                return Some(live[n]);
            }
            // A name opens the section only when its comment header follows (`Minh Anh` / `2 giờ trước`);
            // otherwise it is the article's byline and the section starts at the furniture after it.
            let name_opens = window >= 2 && n + 1 < live.len() && signal[n + 1] && !header[n + 1] && is_commenter(t);
            if (signal[n] || name_opens) && window >= 2 {
                return Some(live[n]);
            }
            if is_person_name(t) && after_byline(scan, live, n) && name_text_pairs(scan, live, n) >= 3 {
                return Some(live[n]);
            }
        }
        // A headline line (the page's `<h1>` above its date and its `0 Bình luận` counter) is not yet the
        // article; a unit of a long line is running text whatever its shape.
        let item = &scan.items[live[n]];
        article_seen |= match item.class() {
            Class::Good => true,
            Class::NearGood => {
                item.group.is_some() || !(is_headline_like(t) || super::edges::markup_heading(t).is_some())
            }
            _ => false,
        };
    }
    None
}

/// A line that counts something on the page's title (`key`, its `comparison_key`): a count (figures, or `One`
/// / `Một`, as WordPress writes a single comment), one to four words, then the title in quotation marks and
/// nothing after them; a Markdown heading's marks aside. (`20 thoughts on “…”`, `6 Replies to “…”`, `3 bình
/// luận về “…”`.)
fn counts_on_title(text: &str, key: &str) -> bool {
    let t = super::edges::markup_heading(text).map_or(text, |(_, inner)| inner).trim();
    if more_chars_than(t, 300) {
        return false;
    }
    let Some(open) = t.find(['“', '"', '«', '‘']) else { return false };
    let (head, quoted) = t.split_at(open);
    let mut words = head.split_whitespace();
    let count = words
        .next()
        .is_some_and(|w| w.chars().all(|c| c.is_ascii_digit()) || matches!(lowercase(w).as_str(), "one" | "một"));
    let between: Vec<String> = words.map(lowercase).collect();
    // (What is counted is comments, by one of the words WordPress's translations give them: `2 bản chuyển thể
    // của “Chí Phèo”`, `Một số nhận định về “Tây Tiến”` count the work's versions and critics in a study page
    // titled by the work — a reviewer's probes.)
    fn bare(w: &str) -> &str {
        w.trim_matches(|c: char| !c.is_alphabetic())
    }
    let comments = between.iter().any(|w| COMMENT_NOUNS.contains(&bare(w)))
        || between.windows(2).any(|w| COMMENT_NOUN_PAIRS.contains(&(bare(&w[0]), bare(&w[1]))));
    let Some(inner) = quoted.get(quoted.chars().next().map_or(0, char::len_utf8)..) else { return false };
    let inner = inner.trim_end();
    let Some(inner) = inner.strip_suffix(['”', '"', '»', '’']) else { return false };
    count && comments && (1..=4).contains(&between.len()) && crate::parse::text::comparison_key(inner) == key
}

/// The words a comment section's heading counts comments by (WordPress's `comments_title` in English and its
/// Vietnamese translations: `thoughts on`, `Replies to`, `Responses to`, `bình luận về`, `phản hồi`, `suy nghĩ
/// về`, `ý kiến`, `nhận xét`).
const COMMENT_NOUNS: [&str; 8] =
    ["thought", "thoughts", "reply", "replies", "response", "responses", "comment", "comments"];
/// The same in two words.
const COMMENT_NOUN_PAIRS: [(&str, &str); 5] =
    [("bình", "luận"), ("phản", "hồi"), ("suy", "nghĩ"), ("ý", "kiến"), ("nhận", "xét")];

/// How many menu entries stand on each side of a cue inside a menu.
const MENU_SIDE: usize = 3;

/// A menu entry (`features::is_menu_entry`) without figures (a count beside a label is a widget's).
fn is_menu_entry(text: &str) -> bool {
    super::features::is_menu_entry(text) && !text.contains(|c: char| c.is_ascii_digit())
}

/// Line `n` stands inside a column of menu entries (`MENU_SIDE` on each side): a section named `Bình Luận`
/// (Opinion) in a site's menu, not a comment section's label (which opens its widget: what precedes it is
/// the article and its byline).
fn in_menu<'a>(text: &dyn Fn(usize) -> &'a str, n: usize, len: usize) -> bool {
    n >= MENU_SIDE
        && n + MENU_SIDE < len
        && (n - MENU_SIDE..n).chain(n + 1..=n + MENU_SIDE).all(|m| is_menu_entry(text(m)))
}

/// The cue at `live[n]` is a bulleted list's last entry: it and the `MENU_SIDE` lines right above it (no
/// blank line between) open with the same bullet (`* Tiêu điểm` / `* Thị trường` / `* <the headline>` /
/// `* Ý kiến`: a page's menu of sections above its text, `Ý kiến` the opinion section's, a reviewer's probe),
/// and a line of running text follows it. A comment section's label stands alone under the text.
fn closes_bulleted_list(scan: &Scan, live: &[usize], n: usize) -> bool {
    let bullet = |i: usize| {
        let t = scan.items[i].text.trim_start();
        super::features::is_bulleted(t).then(|| t.chars().next()).flatten()
    };
    let i = live[n];
    let Some(mark) = bullet(i) else { return false };
    // (The lines above as the page printed them, taken or not: a menu's entry naming the page is taken
    // as its headline said again. The list ends there, and running text follows: a share bar's first entry,
    // `* Bình luận` over `* Facebook`, under a post's bulleted tags, opens its comments — held-out-30.)
    // (Nor a reader's comment in full sentences under it, `Nguyễn Hoàng Nam - 2 giờ trước: …`: the line is
    // no commenter's, carries no time, and no other sign of a comment stands near it, `window` — a reviewer's
    // probes.)
    let next = live.get(n + 1).map(|&k| &scan.items[k]);
    i >= MENU_SIDE
        && (i - MENU_SIDE..i).all(|k| bullet(k) == Some(mark))
        && next.is_some_and(|item| {
            item.class() == Class::Good
                && !super::features::is_bulleted(&item.text)
                && !super::features::has_timestamp(&item.text)
        })
}

/// After a comment cue: the lines that follow are what comments look like (not headlines, not a
/// heading-and-paragraphs continuation of the article). A reader's name over the comment (`Phạm Hùng` / `Con tôi
/// năm nay lớp 1, …`) is no headline: the comment's furniture under it (`Gửi ý kiến`) may have gone already with
/// the page's foot.
fn rest_is_comments(scan: &Scan, live: &[usize], from: usize) -> bool {
    let rest = &live[from..];
    let headline = |i: usize| {
        let t = &scan.items[i].text;
        is_headline_like(t) && !is_person_name(t)
    };
    !rest.is_empty() && rest.iter().filter(|&&i| headline(i)).count() * 2 < rest.len()
}

/// The cue at `live[n]` ends a record a program printed field by field: it is a label with a colon
/// (`Comment:`) right under two `key: value` lines, one a line, each key one ASCII token
/// (`Collation: latin1_swedish_ci` / `Create_options:` / `Comment:`, a database's status in a post about
/// MySQL) — a field, no section's label. (Only where no comment's furniture follows it.)
fn ends_field_record(scan: &Scan, live: &[usize], n: usize) -> bool {
    // (A program's field: its key one ASCII token, `Create_options`, `Checksum`; a blog's footer fields,
    // `Chuyên mục: …` / `Thẻ: …`, over its `Bình luận:` are a page's, and comments follow them — a
    // reviewer's probes.)
    let field = |i: usize| {
        scan.items[i].text.trim().split_once(':').is_some_and(|(key, _)| {
            !key.is_empty() && key.is_ascii() && !key.contains(char::is_whitespace) && !key.contains(['.', '!', '?'])
        })
    };
    let adjacent = |a: usize, b: usize| scan.items[b].line == scan.items[a].line + 1;
    n >= 2
        && scan.items[live[n]].text.trim_end().ends_with(':')
        && field(live[n - 1])
        && field(live[n - 2])
        && adjacent(live[n - 1], live[n])
        && adjacent(live[n - 2], live[n - 1])
}

/// The line before `n` is a credit (typed by a rule) or a person's name right after running text: the
/// article has ended.
fn after_byline(scan: &Scan, live: &[usize], n: usize) -> bool {
    n > 0 && {
        let prev = &scan.items[live[n - 1]];
        prev.kind == Some(BlockKind::Attribution)
            || (is_person_name(&prev.text)
                && n > 1
                && matches!(scan.items[live[n - 2]].class(), Class::Good | Class::NearGood))
    }
}

/// Two to five capitalised words of letters only (`Nguyễn Văn Hùng`).
fn is_person_name(text: &str) -> bool {
    if text.len() > 160 {
        return false;
    }
    // The words read as they come (no `Vec`: this runs on many lines): a bad word or a sixth one says no.
    let mut words = 0;
    for w in text.split_whitespace() {
        words += 1;
        // (Its capital first, then its letters through `text::is_alphabetic`, without Unicode's table for
        // the letters Vietnamese writes: most words fail at the first test.)
        if words > 5
            || !(w.chars().next().is_some_and(char::is_uppercase) && w.chars().all(crate::parse::text::is_alphabetic))
        {
            return false;
        }
    }
    words >= 2
}

/// How many (name, comment) pairs follow from `n`. A comment opens as a sentence does: a line opening with
/// `,` or `.` goes on a sentence a link broke off (`Mông Cổ` / `. Đây là thời khắc…`, text nodes a crawler
/// put one a line), and the name before it is a link's text.
fn name_text_pairs(scan: &Scan, live: &[usize], n: usize) -> usize {
    let mut pairs = 0;
    let mut m = n;
    let continues = |t: &str| t.trim_start().starts_with([',', '.', ';', ':', ')', ']']);
    while m + 1 < live.len()
        && is_person_name(&scan.items[live[m]].text)
        && !is_commenter(&scan.items[live[m + 1]].text)
        && !continues(&scan.items[live[m + 1]].text)
    {
        pairs += 1;
        m += 2;
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{run, run_rules, PARA, PARA2, PARA3};
    use super::is_commenter_header;

    #[test]
    fn a_readers_comment_under_its_label_goes_when_the_form_went_with_the_pages_foot() {
        // A news page through w3m whose layout read the page's foot from the comment form's button on (`Gửi ý
        // kiến`): what is left is the label, the reader's name and the comment, last in the text.
        let comment =
            "Con tôi năm nay lớp 1, cô giáo gợi ý học thêm buổi tối. Vậy có bắt buộc không? Tôi thấy con quá mệt";
        let text = format!("{PARA}\n\n{PARA2}\n\nThu Trang\n\nÝ kiến bạn đọc\n\nPhạm Hùng\n{comment}");
        let (kept, removed) = run(&text, None);
        assert!(kept.iter().all(|k| k != comment && k != "Phạm Hùng"), "{kept:?}");
        assert!(removed.iter().any(|(kind, t)| kind == "reader-comments" && t == "Ý kiến bạn đọc"), "{removed:?}");
        // Headlines under the label are a box's, no comments: they stay for the detectors of teasers.
        let text = format!(
            "{PARA}\n\n{PARA2}\n\nÝ kiến bạn đọc\n\nGiá vàng hôm nay tăng mạnh sau phiên họp của Fed\n\nHà Nội công bố \
             lộ trình cấm xe máy ở nội đô"
        );
        let (_, removed) = run(&text, None);
        assert!(removed.iter().all(|(kind, _)| kind != "reader-comments"), "{removed:?}");
    }

    #[test]
    fn a_heading_that_counts_comments_on_the_title_opens_the_section() {
        // A WordPress blog through markdownify (held-out-134's shape, 2019): `### 20 thoughts on “<title>”`,
        // then each comment's number, author, date and text, and `Reply` under it. The first comment has no
        // widget above its text: only the heading says where the section starts.
        let title = "Cảm nhận về Shadowsocks kết hợp với BBR";
        let first = "Em có ông anh làm công nhân bên khựa mà bên đó chặn mấy dịch vụ của Google nên liên lạc bất tiện.";
        let second = "Anh có tìm hiểu về V2Ray không? Em thấy nó nhiều ưu điểm hơn, anh có thể làm thử và review.";
        let page = |heading: &str| {
            format!(
                "{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{heading}\n\n1.\n\nLe Ho\n\n23/07/2019 at 21:05\n\n{first}\n\nReply\n\n\
                 2.\n\nNguyen Lam\n\n14/07/2019 at 18:59\n\n{second}\n\nReply"
            )
        };
        // (The title as found so far, the site's name still after it.)
        let (kept, removed) =
            run(&page(&format!("### 20 thoughts on “{title}”")), Some(&format!("{title} – BIBICA.NET")));
        assert!(kept.iter().all(|k| k != first && k != "Le Ho"), "{kept:?}");
        assert!(removed.iter().any(|(kind, t)| kind == "reader-comments" && t.contains("thoughts on")), "{removed:?}");
        // Short lines around it, a sidebar's over it and the first commenter's name under it, read as a menu.
        let sidebar = format!("JOIN US\n\nCategories Review\n\nResizable BAR\n\n### 5 thoughts on “{title}”");
        let (kept, _) = run(&page(&sidebar), Some(title));
        assert!(kept.iter().all(|k| k != first), "{kept:?}");
        for heading in [format!("6 Replies to \"{title}\""), format!("Một bình luận về “{title}”")] {
            let (kept, _) = run(&page(&heading), Some(title));
            assert!(kept.iter().all(|k| k != first), "{heading}: {kept:?}");
        }
        // Quoting another title, or the title with words after it, or counting anything but comments on it (a
        // study page titled by the work: its versions, its critics), it is no heading of the page's comments.
        for heading in [
            format!("3 bình luận về “{title} 2”"),
            format!("3 bình luận về “{title}” ngay hôm nay"),
            format!("### 2 bản chuyển thể của “{title}”"),
            format!("## Một số nhận định về “{title}”"),
        ] {
            let (kept, _) = run(&page(&heading), Some(title));
            assert!(kept.iter().any(|k| k == first), "{heading}: {kept:?}");
        }
    }

    #[test]
    fn a_comment_form_with_no_comment_goes_with_its_heading() {
        // thvl.vn (2020) as a page store kept its news: the lead, then the WordPress form's heading and notice.
        let notice = "Email của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh dấu *";
        let text = format!("{PARA}\n\nTrả lời\n\n{notice}");
        let (kept, removed) = run_rules(&text);
        assert_eq!(kept, [PARA]);
        assert_eq!(removed.iter().filter(|(rule, _)| rule == "comment-form").count(), 2, "{removed:?}");
        // A list's footnote and a step's mark end with it too, under no form's heading: they stay (a
        // reviewer's probes).
        let text =
            format!("{PARA}\n\n- Daikin Inverter 1 HP: 9.490.000 đ\n- Giá trên đã bao gồm công lắp đặt tiêu chuẩn *");
        let (kept, removed) = run_rules(&text);
        assert!(kept.iter().any(|k| k.ends_with("tiêu chuẩn *")), "{kept:?} {removed:?}");
        // A field's label is no notice; an answer under a question or under its label, or one with the text
        // going on under it, is the text's (a FAQ, an interview: a reviewer's probes).
        let answer = "Lao động nam được nghỉ từ năm đến mười bốn ngày làm việc tùy trường hợp sinh con *";
        for text in [
            format!("{PARA}\n\nTrả lời\n\nHọ và tên *"),
            format!("{PARA}\n\nHỏi: Lao động nam được nghỉ bao nhiêu ngày khi vợ sinh con?\n\nTrả lời\n\n{answer}"),
            format!("{PARA}\n\nTrả lời:\n\n{answer}"),
            format!("{PARA}\n\nTrả lời\n\n{answer}\n\n{PARA2}"),
        ] {
            let (_, removed) = run_rules(&text);
            assert!(removed.iter().all(|(rule, _)| rule != "comment-form"), "{text}: {removed:?}");
        }
    }

    #[test]
    fn a_lone_posts_number_and_poster_box_go() {
        // ddth.com (vBulletin through a text browser, 2009): the first post of a thread's first page.
        let text = format!(
            "1. #1\nTham gia\n20-02-2009\nLocation\nNinh Bình\nBài viết\n567\nThanked 34 Times in 31 Posts\nÝ tưởng mới ! Bảng Danh Sách Tên Họ Theo Thứ Tự ABC\n{PARA}\n{PARA2}"
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(removed.len(), 8, "{removed:?}");
        assert!(removed.iter().all(|(k, _)| k == "navigation"), "{removed:?}");
        assert_eq!(kept[0], "Ý tưởng mới ! Bảng Danh Sách Tên Họ Theo Thứ Tự ABC");
        // The box ends with its last field: the post's short first line stays.
        let text = format!("#1\nNgày tham gia\nSep 2015\nBài viết\n12\nChào các bạn\n{PARA}");
        let (kept, _) = run(&text, None);
        assert_eq!(kept[0], "Chào các bạn", "{kept:?}");
        // A ranking numbered on (`#2` after it) keeps its items' stats (a reviewer's probes).
        let ranked = format!(
            "#1\nVienna (Áo)\nRank 2023: 1\nPoints: 98,4\n{PARA}\n#2\nCopenhagen (Đan Mạch)\nPoints: 98,0\n{PARA2}"
        );
        let (_, removed) = run(&ranked, None);
        assert!(removed.iter().all(|(_, t)| !t.starts_with("Vienna") && !t.starts_with("Points")), "{removed:?}");
        // A ranking's first place over its text has no poster's fields under it.
        let ranking = format!("#1\nHà Nội\nThủ đô dẫn đầu bảng xếp hạng\n{PARA}");
        let (kept, removed) = run(&ranking, None);
        assert_eq!(kept[0], "Hà Nội", "{kept:?}");
        assert!(removed.iter().all(|(_, t)| t != "Hà Nội"), "{removed:?}");
    }

    #[test]
    fn a_comment_section_with_its_furniture() {
        let text = format!(
            "{PARA}\nMinh Anh\nÝ kiến bạn đọc\nNguyễn Văn Hùng - hung***@gmail.com\nBài viết rất hay, nhưng tôi nghĩ rằng ngân sách nhà nước đã thu được nhiều hơn so với dự toán là nhờ đất.\nTrả lời · Thích · 12\nTrần Bình 10:32 12/03/2020\nĐồng ý với bạn."
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, vec![PARA, "Minh Anh"]);
        assert!(removed.iter().all(|(k, _)| k == "reader-comments"), "{removed:?}");
        assert_eq!(removed.len(), 6);
    }

    #[test]
    fn comments_with_no_furniture_between_the_sapo_and_the_body() {
        // A Scrapy record of VnExpress Số hóa (2015): the sapo, a blank line, the readers' comments one per
        // line, a blank line, then the body in paragraphs.
        let comments = [
            "cấu hình, giá thế này sao mà cạnh tranh nổi so vs Asus",
            "Asus là android mà bạn. Mà tầm giá 2tr thì có con zen 4 2tr5 chip itel 2 nhân ram 1gb thôi.",
            "A, E, J, S và Note, xong đến thẳng Z. Thế chả mấy hết bảng chữ cái nhỉ?",
            "Còn V nữa chứ",
            "Samsung Z1 dễ lẫn lộn với Sony Z1..",
            "Sony Z1 là hàng thuộc phân khúc cao cấp.",
            "HĐH Tizen do chính SS làm ra. Bây giờ chỉ là điểm sáng thôi.<br />Còn đợi xem thế nào.",
            "Cấu hình thấp quá,tuy nhiên giá tốt,Mẫu này chắc chỉ có chị em phụ nữ mới chọn",
            "Đây là một HĐH khác nên ko thể dùng thước đo phần cứng của các HĐH kia để áp dụng cho nó",
        ];
        let last = "Samsung Z1 sẽ vấp phải sự cạnh tranh lớn từ các mẫu smartphone giá rẻ chạy hệ điều hành Android đã quen thuộc với người dùng.";
        let text = format!("{PARA}\n\n{}\n\n{PARA2}\n\n{PARA3}\n\n{last}", comments.join("\n"));
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, vec![PARA, PARA2, PARA3, last], "{removed:?}");
        assert!(removed.iter().all(|(kind, _)| kind == "reader-comments"), "{removed:?}");
        // The same lines with nothing formal after them (a blog written as it speaks, then its comments), or
        // introduced by a colon (an article quoting its readers), or fewer than eight: the text's.
        for text in [
            format!("{PARA}\n\n{}\n\nhehe, cảm ơn mọi người nhé :D", comments.join("\n")),
            format!(
                "{PARA}\n\nNhiều người để lại lời nhắn trên trang cá nhân của anh:\n{}\n\n{PARA2}\n\n{PARA3}\n\n{last}",
                comments.join("\n")
            ),
            format!("{PARA}\n\n{}\n\n{PARA2}\n\n{PARA3}\n\n{last}", comments[..7].join("\n")),
            format!("{PARA}\n\nMẹ ơi con đã về đây\nBên hiên nhà cũ hàng cây vẫn chờ\nMẹ ơi tóc mẹ bạc phơ\nCon đi biền biệt bây giờ mới sang\nQuê mình lúa đã chín vàng, ok\nMẹ ơi con nhớ con thương vô cùng\nChiều nay khói bếp mịt mùng\nMẹ ơi con đứng ngập ngừng trước sân\n\n{PARA2}\n\n{PARA3}\n\n{last}"),
            // A rap's verse the article prints, typed as its author types: a stanza still.
            format!("{PARA}\n\nEm ko phải gái một con\nMà sao mắt anh lại mòn\nAnh thì ko sợ khổ đâu\nChỉ sợ em ko hiểu nhau\nĐường về quê dc bao xa\nHỏi anh j cũng ko nói ra\nThôi thì mình cứ bước đi\nNgày mai rồi sẽ tính gì\n\n{PARA2}\n\n{PARA3}\n\n{last}"),
        ] {
            let (_, removed) = run(&text, None);
            assert!(removed.iter().all(|(kind, _)| kind != "reader-comments"), "{removed:?}");
        }
    }

    #[test]
    fn commenters_set_as_headings() {
        // A provincial tourism portal as a crawler tagged it: each comment, then its author's name and the
        // date set as an `<h4>` (dated here with figures; the portal spells its months, `05 Mar, 2025`, which
        // is not counted: a tour's `Seoul - 05 Jul, 2025` reads the same).
        let text = format!(
            "{PARA}\n{PARA2}\n{PARA3}\nCảm ơn ban tổ chức giải leo núi tỉnh Lai Châu ạ! Tạo năng lượng sân chơi rèn luyện sức khỏe cho cộng đồng.\n\
             #### Hoàng Tiến Đức-05/03/2025\nBài viết hay chất lượng bạn đọc hãy cần đến nơi đây để trải nghiệm\n\
             #### Đồng ken-07/02/2025\nBài viết có nội dung hay hấp dẫn ,ảnh đẹp .\n#### Trần Long-06/02/2025"
        );
        let (kept, removed) = run(&text, None);
        assert!(removed.iter().filter(|(k, _)| k == "reader-comments").count() >= 5, "{removed:?}");
        assert!(kept.starts_with(&[PARA.to_string(), PARA2.to_string(), PARA3.to_string()]), "{kept:?}");
        // A tour's schedule with spelled dates stays.
        let tour = format!("{PARA}\n{PARA2}\nSeoul - 05 Jul, 2025\nTokyo - 12 Jul, 2025\nHà Nội - 19 Jul, 2025\nBangkok - 26 Jul, 2025\n{PARA3}");
        let (kept, removed) = run(&tour, None);
        assert_eq!(kept.len(), 7, "{removed:?}");
    }

    #[test]
    fn a_forum_threads_replies_signed_handle_comma_date_go_a_live_blogs_places_stay() {
        // A tinhte.vn thread (2012) as a feed reader saved it: each reply is a handle's line, the reply and
        // its signature `handle, date`.
        let text = format!(
            "{PARA}\nmylove0308 Thành viên\nhi hay đó nhỉ. Nhưng mình rất ít khi có cảm xúc thật trên face nữa rồi.\n\
             mylove0308, 14/12/12\nTrungNguyen1102 Thành viên\nỦa có cái này nữa ta.\nTrungNguyen1102, 14/12/12"
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(kept.len(), 3, "{kept:?}");
        assert!(removed.iter().all(|(k, _)| k == "reader-comments"), "{removed:?}");
        // Commenters' names with a clock time are still commenters.
        let clocked = format!("{PARA}\nNguyễn Hùng, 10:32\nPhí vào nội đô sẽ giúp giảm ùn tắc nếu đi kèm xe buýt tốt.\nTrần Lan, 11:05\nTôi không đồng ý với đề xuất này.");
        let (kept, _) = run(&clocked, None);
        assert_eq!(kept, vec![PARA]);
        // A live blog's entries under a place and a clock time are the article.
        let live = format!("{PARA}\nKyiv, 10:32\nNga tiếp tục không kích vào các thành phố phía đông.\nKyiv, 10:45\nNhiều khu dân cư bị mất điện.");
        let (kept, _) = run(&live, None);
        assert_eq!(kept.len(), 5, "{kept:?}");
    }

    #[test]
    fn a_forum_threads_first_post_stays_its_replies_go_a_countdown_stays() {
        // vozForums (2016): each post's number heads it, its date under the number.
        let voz = format!(
            "#1\n28-12-2016, 01:16\nl0000gold Join Date: 07-2006\n{PARA}\n{PARA2}\n#2\n28-12-2016, 03:23\n\
             Khoivip97 Join Date: 02-2013\n1 like cho bác. Bác có khả năng viết văn đấy, đọc review của bác em thấy thích.\n\
             #3\n28-12-2016, 04:02\nuyvu Join Date: 08-2006\nSắp tới có Nier. Mới thử demo. Rất khá"
        );
        let (kept, removed) = run(&voz, None);
        assert!(kept.iter().any(|k| k == PARA) && kept.iter().any(|k| k == PARA2), "{kept:?}");
        assert!(!kept.iter().any(|k| k.contains("Nier") || k.contains("1 like")), "{kept:?}");
        assert!(removed.iter().any(|(k, _)| k == "reader-comments"), "{removed:?}");
        // tinhte.vn (2012, XenForo): each post's number closes it, under its signature.
        let tinhte = format!(
            "{PARA}\n{PARA2}\ncuLong, 14/12/12\n#1\nmylove0308 Thành viên\nhi hay đó nhỉ, mình rất ít khi có cảm xúc thật trên face nữa rồi.\n\
             mylove0308, 14/12/12\n#2\nBgfamily Thành viên\nhay nhỉ\nBgfamily, 14/12/12\n#3"
        );
        let (kept, _) = run(&tinhte, None);
        assert_eq!(&kept[..2], &[PARA, PARA2]);
        assert!(!kept.iter().any(|k| k.contains("hi hay") || k.contains("hay nhỉ")), "{kept:?}");
        // A ranking numbered the same way, a date under each number's label (release dates), is the article.
        let ranked = format!("{PARA}\n#1\nMai\nKhởi chiếu: 10/2/2024\n{PARA2}\n#2\nLật mặt 7\nKhởi chiếu: 26/4/2024\n{PARA3}\n#3\nCám\nKhởi chiếu: 20/9/2024\nPhiên bản kinh dị của truyện cổ tích Tấm Cám thu hút sự chú ý của khán giả trẻ.");
        let (kept, _) = run(&ranked, None);
        assert!(kept.iter().any(|k| k.starts_with("Phiên bản kinh dị")) && kept.iter().any(|k| k == PARA2), "{kept:?}");
        // A timeline's entries under a name and a date are no signatures either.
        let timeline = format!("{PARA}\nH5N1, 12/1/2004\nCúm gia cầm lần đầu được ghi nhận trên người tại Hà Nội.\nH1N1, 31/5/2009\nMột du học sinh trở về từ Mỹ mắc cúm.\nCOVID-19, 23/1/2020\nHai cha con người Trung Quốc dương tính.");
        let (kept, _) = run(&timeline, None);
        assert_eq!(kept.len(), 7, "{kept:?}");
        // So is a countdown with no dates.
        let last = "Cuối cùng là điểm đến được nhiều du khách chọn nhất trong năm qua, với những bãi biển dài và hải sản tươi ngon.";
        let countdown = format!("{PARA}\n#1\n{PARA2}\n#2\n{PARA3}\n#3\n{last}");
        let (kept, _) = run(&countdown, None);
        assert_eq!(kept.iter().filter(|k| k.len() > 40).count(), 4, "{kept:?}");
    }

    #[test]
    fn a_faqs_answer_labels_are_no_comment_widget() {
        // A university library's FAQ page (library.hust.edu.vn, crawled 2025): `Trả lời` under each question.
        let faq = "1. Làm thế nào để mượn tài liệu đọc tại chỗ ?\nTrả lời\n: Đối với tài liệu tại các phòng đọc tự chọn, bạn có thể lấy tài liệu từ trên giá xuống để tham khảo.\n\
                   2. Mượn tài liệu về nhà ở đâu ?\nTrả lời\n: Trung tâm có hai bộ phận cho mượn tài liệu về nhà, ở phòng 102 và phòng 111.\n\
                   3. Làm thế nào để tìm tài liệu?\nTrả lời\n: Bạn có thể tìm tài liệu theo hai cách, qua mục lục hoặc qua trang tìm kiếm.";
        let (_, removed) = run(&format!("{PARA}\n{faq}"), None);
        assert!(removed.iter().all(|(k, _)| k != "reader-comments"), "{removed:?}");
        // Under a commenter's words the same label is a widget.
        let text = format!("{PARA}\nMinh Anh\nBài viết rất hay, cảm ơn tác giả.\nTrả lời\nTrần Bình\nĐồng ý với bạn.\nTrả lời · Thích · 3");
        let (kept, _) = run(&text, None);
        assert_eq!(kept, vec![PARA, "Minh Anh", "Bài viết rất hay, cảm ơn tác giả."]);
    }

    #[test]
    fn a_date_and_counter_above_the_text_open_no_section() {
        // danviet.vn as crawl4ai printed it under a whole page of menus: the date line, the byline with its
        // date, `Bình luận 0`, then the article.
        let menu: String = (1..=12).map(|n| format!("Chuyên mục số {n}\n")).collect();
        let text = format!(
            "{PARA}\n{menu}Thứ tư, ngày 23/07/2025 18:55 GMT+7\nYến Thanh Thứ tư, ngày 23/07/2025 18:55 GMT+7\nChia sẻ\nBình luận 0\n{PARA}\n{PARA} Thêm một câu.\n{PARA} Và một câu nữa."
        );
        let (kept, removed) = run(&text, None);
        assert!(removed.iter().all(|(k, _)| k != "reader-comments"), "{removed:?}");
        assert_eq!(kept.last().map(String::as_str), Some(format!("{PARA} Và một câu nữa.").as_str()));
    }

    #[test]
    fn place_names_in_a_text_broken_at_its_links_are_no_commenters() {
        // vi.wikipedia as crawl4ai kept its text nodes, one a line (2026): a country, the sentence going on.
        let other =
            "Tết của người dân bán đảo Triều Tiên kéo dài hàng tuần với nhiều phong tục truyền thống như cúng tổ tiên.";
        let text = format!(
            "{PARA}\n{other}\nBắc Triều Tiên\nHàn Quốc\nTết Âm Lịch hay còn gọi là Tết Tháng Trắng, là một trong những dịp lễ lớn nhất\n\
             Mông Cổ\n. Đây là thời khắc báo hiệu mùa đông giá lạnh đã kết thúc, là dịp để gia đình sum vầy\n\
             Nhật Bản\n, mặc dù quốc gia này đã ngừng đón Tết theo âm lịch để chuyển sang đón Tết theo dương lịch\n{PARA}"
        );
        let (_, removed) = run(&text, None);
        assert!(removed.iter().all(|(k, _)| k != "reader-comments"), "{removed:?}");
    }

    #[test]
    fn a_digest_of_readers_opinions_stays() {
        let text = format!(
            "{PARA}\nAnh Nguyễn Văn Hùng\nTôi nghĩ rằng ngân sách nhà nước đã thu được nhiều hơn so với dự toán là nhờ đất, và điều đó không bền vững.\nChị Trần Thị Bình\nCác khoản thu từ dầu thô sẽ giảm trong những năm tới, nên cần có chính sách mới cho ngân sách."
        );
        let (kept, removed) = run(&text, None);
        assert!(removed.is_empty(), "{removed:?}");
        assert_eq!(kept.len(), 5);
    }

    #[test]
    fn a_menu_entry_named_like_a_comment_label_opens_nothing() {
        // A whole page as a crawler dumped it (Người Việt, 2019): the site's menu, where `Bình Luận` is the
        // opinion section, printed above the article.
        let menu = "Thời Sự\nThế Giới\nXe Hơi\nBình Luận\nCảm Tạ\nChúc Mừng – Tin Vui\nDu Lịch";
        let other =
            "Một đoạn khác của bài báo, trong đó các đại biểu đã thảo luận về những vấn đề của ngân sách địa phương.";
        let text = format!("{PARA}\n{menu}\n{PARA}\n{other}\n{other} Thêm một câu.\n{PARA} Và một câu nữa.");
        let (_, removed) = run(&text, None);
        assert!(removed.iter().all(|(k, _)| k != "reader-comments"), "{removed:?}");
        // The label that opens a comment widget still does.
        let widget = format!("{PARA}\nMinh Anh\nBình luận\nMới nhất\nCũ nhất\nHay nhất\nNguyễn Văn Hùng - hung***@gmail.com\nBài viết rất hay.\nTrả lời · Thích · 12");
        let (kept, _) = run(&widget, None);
        assert_eq!(kept, vec![PARA, "Minh Anh"]);
        // The last entry of a bulleted menu of sections, `* Ý kiến` (Opinion), over the article's text, under a
        // site's notice in running text (a reviewer's probe, 2026); a share bar's `* Bình luận` over
        // `* Facebook` under a post's bulleted tags still opens its comments.
        let other =
            "Một đoạn khác của bài báo, trong đó các đại biểu đã thảo luận về những vấn đề của ngân sách địa phương.";
        let page = format!("Trang chủ\nThời sự\n{PARA}\n* Tiêu điểm\n* Thị trường\n* Giá vàng tăng mạnh\n* Ý kiến\n\n{PARA} Và một câu nữa.\n\n{other} Thêm một câu.");
        let (_, removed) = run(&page, None);
        assert!(removed.iter().all(|(k, _)| k != "reader-comments"), "{removed:?}");
        let tags = format!("{PARA}\n{other}\n* giá vàng\n* thị trường\n* kinh tế\n* Bình luận\n* Facebook\n* Zalo\nNguyễn Văn Hùng - hung***@gmail.com\nBài viết rất hay.\nTrả lời · Thích · 12");
        let (kept, _) = run(&tags, None);
        assert!(!kept.iter().any(|t| t.contains("Bài viết rất hay")), "{kept:?}");
        // Nor under a share bar's last entry, a reader's comment in full sentences with its time (a reviewer's
        // probes).
        let shared = format!("{PARA}\n{other}\n* Chia sẻ Facebook\n* Chia sẻ Zalo\n* Sao chép liên kết\n* Bình luận\nNguyễn Hoàng Nam - 2 giờ trước: Bài viết rất hay, cảm ơn tác giả đã chia sẻ những thông tin hữu ích cho bạn đọc chúng tôi.\nTrần Thu Hà - 3 giờ trước: Tôi cũng nghĩ như vậy, mong báo tiếp tục theo dõi và đưa tin thêm về vấn đề này.");
        let (kept, _) = run(&shared, None);
        assert!(!kept.iter().any(|t| t.contains("Bài viết rất hay")), "{kept:?}");
    }

    #[test]
    fn a_crawlers_dated_fields_are_not_commenters() {
        // A crawler's record header under the title (2026): labelled fields with time stamps.
        let other =
            "Một đoạn khác của bài báo, trong đó các đại biểu đã thảo luận về những vấn đề của ngân sách địa phương.";
        let text = format!("Tiêu đề bài báo về ngân sách\nPublished: 2025-08-21T15:27:41+07:00\nCrawled: 2026-06-08T12:46:13.102898\nCrawler: requests_bs4\n{PARA}\n{other}\n{PARA} Thêm một câu.");
        let (_, removed) = run(&text, None);
        assert!(removed.iter().all(|(k, _)| k != "reader-comments"), "{removed:?}");
        // A commenter's name with a time stays one.
        assert!(is_commenter_header("Minh Anh 10:32 12/3/2020") && !is_commenter_header("Ngày đăng: 10:32 12/3/2020"));
        assert!(!is_commenter_header("**Published:** 2025-08-21T15:27:41+07:00"));
        // VnExpress (2012): name or handle, a dash, a relative time, the like button and its count; no time
        // ago, or a sentence, is none.
        for meta in [
            "Nam - 7 ngày trước Thích | 724",
            "hoangpinimax - 7 ngày trước Thích | 344",
            "vanlethi08 - 2 giờ trước Trả lời",
        ] {
            assert!(is_commenter_header(meta), "{meta}");
        }
        // A then-and-now feature's headings, a countdown, a live blog's entries, a year (a reviewer's probes).
        for heading in [
            "Hồ Gươm - 30 năm trước",
            "Hà Nội - 10 ngày trước khai mạc",
            "Hạ Long - 15 phút trước",
            "1972 - 52 năm trước Thích",
        ] {
            assert!(!is_commenter_header(heading), "{heading}");
        }
        assert!(
            !is_commenter_header("Hà Nội - 7 ngày qua") && !is_commenter_header("Tin nóng - 7 ngày trước khi bầu cử.")
        );
        // A schedule's numbered items (an admissions notice, 2026) are no commenters either.
        let schedule = format!(
            "{PARA}\n{other}\n* Đợt 1: 18/5 - 31/5/2026 (Cùng thời điểm mở cổng đăng ký XTTN)\n* Đợt 2: 05/6 - 15/6/2026\n* Đợt 3: 01/7 - 10/7/2026\n{PARA} Kết quả sẽ được công bố sau."
        );
        let (_, removed) = run(&schedule, None);
        assert!(removed.iter().all(|(k, _)| k != "reader-comments"), "{removed:?}");
        assert!(
            !is_commenter_header("* Đợt 2: 05/6 - 15/6/2026") && !is_commenter_header("* **Đợt 1:** 18/5 - 31/5/2026")
        );
    }

    #[test]
    fn a_comment_field_in_a_printed_record_opens_no_section() {
        // A post about MySQL prints a table's status field by field; its `Comment:` field is no cue, and the
        // post goes on under it.
        let text = format!(
            "{PARA}\nCollation: latin1_swedish_ci\nChecksum: NULL\nCreate_options:\nComment:\n1 row in set (0.01 sec)\n{PARA2}\n{PARA3}"
        );
        let (kept, removed) = run(&text, None);
        assert!(removed.iter().all(|(k, _)| k != "reader-comments"), "{removed:?}");
        assert!(kept.iter().any(|k| k == PARA3));
        // A bare cue under the text still opens one.
        let text = format!("{PARA}\nBình luận\nBài viết hay quá, cảm ơn tác giả nhiều nhé.\nMình cũng thấy vậy.");
        let (_, removed) = run(&text, None);
        assert!(removed.iter().any(|(k, _)| k == "reader-comments"), "{removed:?}");
    }

    #[test]
    fn live_blog_times_alone_are_not_comments() {
        let text = format!(
            "{PARA}\n10:30\nTrận đấu bắt đầu với thế trận giằng co giữa hai đội bóng.\n10:45\nBàn thắng đầu tiên."
        );
        let (_, removed) = run(&text, None);
        assert!(removed.is_empty(), "{removed:?}");
    }
}
