//! Text hard-wrapped at a fixed width, as HTML-to-text converters write it (html2text wraps at 78
//! characters, `lynx -dump` and `w3m -dump` at 79, mail at 72): a headline, a link or a sentence runs
//! over two or three lines, so the layouts and detectors, which read a line as a unit, see halves. The
//! width shows as a hard edge: most lines end within a few characters of it and almost none pass it.
//!
//! `unwrap` finds that width and joins each line to the next where the next line's first word would not
//! have fitted on it (which is why the converter broke there), unless a line ends in a hard break (two
//! spaces, Markdown's `<br>`) or the next one starts a block of its own (a list item, a heading, a quote, a
//! table row); a block quote's lines (`> …`) join as the quote's, the marks of the lines joined dropped. A joined line keeps the first line's number. Hand-written: the wrapping crates (textwrap)
//! wrap text; none undoes a wrap whose width it has to find.

use crate::decode::clean::{Cleaned, Line};

/// Narrowest and widest wrap widths looked for.
const WIDTHS: std::ops::RangeInclusive<usize> = 50..=120;
/// How far below the width a wrapped line ends (a word of up to this many characters did not fit).
const BAND: usize = 7;
/// Fewest lines in the band, and their smallest share of the text's lines of half the width or more, for
/// a width to count.
const MIN_BAND_LINES: usize = 10;
const MIN_BAND_SHARE: f32 = 0.25;
/// Most lines past the edge, as a share of the text's lines (unbreakable URLs and link markup).
const MAX_OVER_SHARE: f32 = 0.05;

/// The width the text was wrapped at, if it was.
pub fn wrap_width(lines: &[Line]) -> Option<usize> {
    let mut counts = [0usize; 256];
    let mut n = 0usize;
    // Only lines of running text tell the width: a page's menu printed a link a line (`* [Thời sự](https://…
    // "Thời sự")`) has lines of much the same length and no wrap at all.
    for line in lines.iter().filter(|l| !l.text.is_empty() && (!starts_block(&l.text) || in_quote(&l.text).is_some())) {
        // (Counted up to 255 only: a longer line's byte length settles it.)
        counts[crate::parse::text::chars_at_most(&line.text, 255)] += 1;
        n += 1;
    }
    if n < MIN_BAND_LINES {
        return None;
    }
    let band = |w: usize| counts[w - BAND + 1..=w].iter().sum::<usize>();
    // Lines just past the edge (a wrapped text has none; a URL or a link's markup may be far longer).
    let over = |w: usize| counts[w + 1..=(w + 4).min(255)].iter().sum::<usize>();
    let width = WIDTHS.max_by_key(|&w| (band(w), std::cmp::Reverse(w)))?;
    // The share is of the lines long enough to have been wrapped (half the width or more): a page's many
    // short lines (menus, labels, a converter's text nodes) say nothing of how its paragraphs were cut.
    let long: usize = counts[width / 2..].iter().sum();
    let fits = band(width) >= MIN_BAND_LINES
        && band(width) as f32 >= MIN_BAND_SHARE * long as f32
        && over(width) as f32 <= MAX_OVER_SHARE * n as f32
        && counts[width] > 0;
    (fits && continued(lines, width)).then_some(width)
}

/// The edge a text's wrapped lines reach, read off them alone where `wrap_width` finds no width (too few lines
/// at the edge, as on a page of menus with a few paragraphs): the lines of 40 to 140 characters whose next line
/// goes on in lower case (`continues`), three at least; the length their ninth tenth reaches (past a link's long
/// line or two). `None` with fewer. (`parse::wrapped_title_tail` asks it of a headline's line.)
pub fn edge_of_wrapped(lines: &[Line]) -> Option<usize> {
    edge_of(lines.iter())
}

/// `edge_of_wrapped` over some of a text's lines, each read with the next of them (`unwrap`'s indented
/// lines, read in place rather than copied out).
fn edge_of<'a>(mut lines: impl Iterator<Item = &'a Line>) -> Option<usize> {
    let mut wrapped: Vec<usize> = Vec::new();
    let mut prev = lines.next()?;
    for line in lines {
        if continues(&prev.text, &line.text) {
            let n = prev.text.chars().count();
            if (40..=140).contains(&n) {
                wrapped.push(n);
            }
        }
        prev = line;
    }
    reached_edge(wrapped)
}

/// The edge a text's wrapped lines reach, from the lengths of its lines that go on in the next (three at least):
/// the length their ninth tenth reaches (past a link's long line or two). Shared by `edge_of` and the
/// wrapped-rest detector, which reads a page's pieces after the detectors.
pub(crate) fn reached_edge(mut wrapped: Vec<usize>) -> Option<usize> {
    if wrapped.len() < 3 {
        return None;
    }
    wrapped.sort_unstable();
    Some(wrapped[(wrapped.len() * 9 / 10).min(wrapped.len() - 1)])
}

/// Least share of the lines at the edge, where a line follows, whose follower goes on in lower case (a text
/// of names and titles, `Bí thư Tỉnh ủy Điện Biên`, has fewer, but never none).
const MIN_CONTINUED_SHARE: f32 = 0.15;

/// Whether `next` reads as `line` broken between two words: `line` ends in a word (or a comma) and `next`
/// goes on in lower case (a script's statements end in `;`, and each opens in lower case too).
pub fn continues(line: &str, next: &str) -> bool {
    let mid_sentence = line.trim_end().ends_with(|c: char| c.is_alphanumeric() || c == ',');
    mid_sentence && next.chars().next().is_some_and(char::is_lowercase)
}

/// Whether the lines at the edge read as broken mid-sentence: a wrapped line's next line goes on with the
/// next word, in lower case more often than not in Vietnamese, while a page's lines that merely share a
/// length (a list of headlines, one under another with no blank line) each open with a capital.
fn continued(lines: &[Line], width: usize) -> bool {
    let (mut followed, mut lower) = (0usize, 0usize);
    for pair in lines.windows(2) {
        let len = pair[0].text.chars().count();
        // (A quote's lines are read without their marks.)
        let [qa, qb] = [0, 1].map(|k| in_quote(&pair[k].text));
        let (a, b) = (qa.unwrap_or(&pair[0].text), qb.unwrap_or(&pair[1].text));
        if len + BAND <= width || len > width || (starts_block(&pair[0].text) && qa.is_none()) {
            continue;
        }
        if b.is_empty() || starts_block(b) || qa.is_some() != qb.is_some() {
            continue;
        }
        followed += 1;
        lower += usize::from(continues(a, b));
    }
    // (With no line at the edge followed by text at all — a list of links a blank line apart — nothing shows
    // a wrap, and a width found would join the text's long lines, one paragraph each, to their neighbours.)
    followed > 0 && lower as f32 >= MIN_CONTINUED_SHARE * followed as f32
}

/// A line that starts a block of its own: a list item, a heading, a quote, a table row, a link line.
fn starts_block(text: &str) -> bool {
    let t = text.trim_start();
    list_item(t) || ["#", ">", "|", "[", "!["].iter().any(|m| t.starts_with(m))
}

/// Whether `t` (trimmed at its start) opens a list's item: a bullet (`* `, `- `, `+ `) or one to three digits
/// and `. `, read at the line's start, not by searching the whole line for its first `. ` (this runs over every
/// line; the first `. ` after one to three digits is the one right after them).
fn list_item(t: &str) -> bool {
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    ["* ", "- ", "+ "].iter().any(|m| t.starts_with(m)) || ((1..=3).contains(&digits) && t[digits..].starts_with(". "))
}

/// A text with no wrap width to find (too few lines of running text outside its lists: a job advert that is all
/// bullets, through `pandoc -t plain`), whose list items the converter still wrapped under a hanging indent
/// (`-   Hưởng các quyền lợi … (đóng BHYT, BHXH,` / `    BHTN).`): a line right under an item, indented
/// further than the item's line, starting no block of its own, whose first word would not have fitted on the
/// item's last line (the text's widest line is the edge, a converter's width three lines reach) goes on the
/// item when that line stopped mid-sentence. A line at the item's own indent or less (the page's next
/// paragraph, a browser's margin) does not, nor one that would have fitted (a forum post's block inside a list
/// item, `3. 29-05-2012, 02:49 PM #2` / `YaoiB` / `Member`, as lynx prints it). `None` when nothing joined.
fn hanging_items(cleaned: &Cleaned) -> Option<(Cleaned, usize)> {
    // (A line as the converter printed it, near enough: its indent and its text, the spaces inside which the
    // cleaner collapsed — the two after an item's mark, `-   `, allowed for below.)
    let printed = |l: &Line| usize::from(l.indent) + l.text.chars().count();
    // (An edge past any converter's width, a line of hundreds of characters, says the text was not wrapped at
    // all: an interview's answers as items, `- Tôi không …`, over the next question.)
    let edge = cleaned.lines.iter().filter(|l| !super::layout::is_urlish(&l.text)).map(printed).max()?;
    // (And a width some lines reach: three at least within `BAND` of it. A list whose one long item is the
    // widest line says nothing of a width — a reviewer's probes.)
    let at_edge = cleaned.lines.iter().filter(|l| printed(l) + BAND > edge).count();
    if !WIDTHS.contains(&edge) || at_edge < 3 {
        return None;
    }
    let mut out: Vec<Line> = Vec::with_capacity(cleaned.lines.len());
    let mut joins = 0;
    // The indent of the item being built and the printed length of its last line, while the last line was it
    // or went on it.
    let mut item: Option<(u16, usize)> = None;
    // Whether the last line stopped mid-sentence: a line after an item's sentence, its question or the colon
    // introducing what follows (a caption, a verse, a command, an answer) is no wrapped rest of it.
    let mut open = false;
    for line in &cleaned.lines {
        match item {
            Some((indent, last))
                if open
                    && !line.text.is_empty()
                    && line.indent > indent
                    && !starts_block(&line.text)
                    && last + 2 + 1 + line.text.split(' ').next().map_or(0, |w| w.chars().count()) > edge =>
            {
                let prev = out.last_mut().expect("an item to join onto");
                prev.text.push(' ');
                prev.text.push_str(&line.text);
                prev.open_end = line.open_end;
                joins += 1;
                item = Some((indent, printed(line)));
                open = !super::boilerplate::features::ends_sentence(&line.text) && !line.text.ends_with(':');
                continue;
            }
            _ => {}
        }
        let t = line.text.as_str();
        item = list_item(t).then_some((line.indent, printed(line)));
        open = !super::boilerplate::features::ends_sentence(t) && !t.ends_with(':');
        out.push(line.clone());
    }
    (joins > 0).then(|| (Cleaned { lines: out, repairs: cleaned.repairs.clone() }, joins))
}

/// The text of a block quote's line after its mark (`> `), when that text is no block of its own: a quoted
/// paragraph is wrapped at the same width, marks included.
fn in_quote(text: &str) -> Option<&str> {
    let rest = text.trim_start().strip_prefix('>')?.trim_start();
    (!rest.is_empty() && !starts_block(rest)).then_some(rest)
}

/// Whether `text` ends inside a URL broken at a hyphen: it ends with `-`, and the text since the last link
/// target (`](`, `(http`) or autolink (`<http`) opened, unclosed, has no space. Only its last 4 KiB are read
/// (no URL runs longer): a line joined again and again is asked each time, and a search of the whole would
/// make a hostile run of such lines quadratic.
pub(crate) fn in_url(text: &str) -> bool {
    if !text.ends_with('-') {
        return false;
    }
    let from = (text.len().saturating_sub(4096)..text.len()).find(|&i| text.is_char_boundary(i)).unwrap_or(0);
    let text = &text[from..];
    let opened = ["](", "(http", "<http"].iter().filter_map(|m| text.rfind(m).map(|at| at + m.len())).max();
    opened.is_some_and(|at| !text[at..].contains([' ', ')', '>']))
}

/// Where a Markdown link a line ends inside stands open (`unclosed_link`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Open {
    /// In its text: a `[` with no `]` after it.
    Text,
    /// In its target: a `](` with no `)` after it.
    Target,
}

/// Whether `text` ends inside a Markdown link, and where.
fn unclosed_link(text: &str) -> Option<Open> {
    let after = |at: Option<usize>, close: char| at.is_some_and(|at| !text[at..].contains(close));
    if after(text.rfind("]("), ')') {
        Some(Open::Target)
    } else if after(text.rfind('['), ']') {
        Some(Open::Text)
    } else {
        None
    }
}

/// The text with its wrapped lines joined again; `None` when it was not wrapped at a fixed width.
pub fn unwrap(cleaned: &Cleaned) -> Option<(Cleaned, usize)> {
    let Some(width) = wrap_width(&cleaned.lines) else { return hanging_items(cleaned) };
    // A text browser indents a page's text and not its other blocks (`lynx -dump`: the article three spaces
    // in, a box of related headlines at the margin): the indented lines, their indent gone, end short of the
    // width the others give. Their own edge is read off them (`edge_of_wrapped`: three lines going on in the
    // next), when it stands a few characters short of the width (the indent's), and they are joined at it.
    let indented = || cleaned.lines.iter().filter(|l| l.indented);
    let inner = (indented().count() * 4 < cleaned.lines.len() * 3)
        .then(|| edge_of(indented()))
        .flatten()
        .filter(|&edge| edge < width && edge + BAND >= width)
        .unwrap_or(width);
    let mut piece_width = width;
    let mut out: Vec<Line> = Vec::with_capacity(cleaned.lines.len());
    let mut joins = 0;
    let mut open = false;
    // The length of the last line joined onto the line being built (what the converter's line held).
    let mut last_piece = 0;
    // Whether the line being built is a block quote's (its continuation lines carry the mark too).
    let mut quote = false;
    for (k, line) in cleaned.lines.iter().enumerate() {
        // A quote's line goes on the quote's line above it, without its mark (the rest of a quote's line is
        // never a block of its own: `in_quote`).
        let rest = in_quote(&line.text);
        let body = match rest {
            Some(rest) if quote => rest,
            _ => line.text.as_str(),
        };
        let joined = open
            && !body.is_empty()
            && quote == rest.is_some()
            && !starts_block(body)
            && !out.is_empty()
            // (A quote's first line may have lost a space after its mark to the cleaner, `>  Câu …`.)
            && last_piece + usize::from(quote) + 1 + body.split_whitespace().next().map_or(0, |w| w.chars().count()) > piece_width;
        if joined {
            let prev = out.last_mut().expect("a line to join onto");
            // (A link's URL broken at one of its hyphens, as html2text breaks long words — `(https://b.vn/wp-`
            // / `content/uploads/…)` — is joined without a space, or the link no longer reads as one.)
            if !in_url(&prev.text) {
                prev.text.push(' ');
            }
            prev.text.push_str(body);
            prev.open_end = line.open_end;
            joins += 1;
            last_piece = line.text.chars().count();
            piece_width = if line.indented { inner } else { width };
            // Only the last piece's length says whether the next line continues it.
            open = !line.open_end;
            continue;
        }
        // A line can be continued when it has no hard break and is no heading or table row: whether it is
        // depends on the next line's first word (a short line is continued only by a word too long for any
        // line, a link with its URL).
        // A bare URL (a dump's first line) is a line of its own however long it runs.
        quote = rest.is_some();
        // (A heading is `#` marks and a space; a line opening with `#` glued to a letter is wrapped as any
        // other: `lynx -dump -nolist`'s line of the page's `<link>` elements, `#Dòng thông tin … alternate`.
        // With the list, `#[1]Dòng thông tin …`, it stays a line of its own, as it always was.)
        let heading = line.text.starts_with('#') && !line.text[1..].starts_with(char::is_alphabetic);
        // (A heading whose link the converter broke is continued too: html2text wraps a linked headline,
        // `## [CHUYẾN ĐI … VƯỜN QUỐC` / `GIA KONKAKINH](chuyen-di….html`.)
        // (Only where the lines under it, before a blank one, close the link: a heading's own bracket, `##
        // [Video] … [cập nhật 10h sáng`, over a paragraph is no link — a reviewer's probe.)
        let link_goes_on = || {
            let close = match unclosed_link(&line.text) {
                Some(Open::Text) => "](",
                Some(Open::Target) => ")",
                None => return false,
            };
            cleaned.lines[k + 1..].iter().take(3).take_while(|l| !l.text.is_empty()).any(|l| l.text.contains(close))
        };
        let heading = heading && !link_goes_on();
        // (Nor is a blank line: a word too long for any line after it, a rule of dashes as wide as the text
        // under a headline, `pandoc -t plain`'s `<hr>` in held-out-103, starts a line of its own.)
        open = !line.open_end
            && !line.text.is_empty()
            && !heading
            && !line.text.contains('|')
            && !super::layout::is_urlish(&line.text);
        last_piece = line.text.chars().count();
        piece_width = if line.indented { inner } else { width };
        out.push(line.clone());
    }
    (joins > 0).then(|| (Cleaned { lines: out, repairs: cleaned.repairs.clone() }, joins))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Cleaned {
        crate::decode::clean::clean(text)
    }

    fn texts(c: &Cleaned) -> Vec<&str> {
        c.lines.iter().map(|l| l.text.as_str()).collect()
    }

    use crate::parse::boilerplate::test_support::{wrap, PARA, PARA2, PARA3};

    #[test]
    fn a_list_wrapped_under_a_hanging_indent_is_joined_with_no_width_to_find() {
        // A job advert through `pandoc -t plain` (held-out-136's shape): all bullets, too few lines of running
        // text for a width; the items wrapped at 72 under a four-space indent.
        let page = "QUYỀN LỢI\n\n\
            -   Mức lương (gross): 15.000.000 – 17.000.000 VNĐ, thưởng theo KPI.\n\
            -   Xét tăng lương 2 lần/ năm, thưởng lương tháng thứ 13, các dịp lễ,\n    Tết, …\n\
            -   Hưởng các quyền lợi theo quy định của Nhà nước (đóng BHYT, BHXH,\n    BHTN).\n\
            -   Được tham gia các hoạt động Company Trip mỗi năm.\n\nTHỜI GIAN\n";
        let (joined, n) = unwrap(&lines(page)).expect("the items' tails join");
        assert_eq!(n, 2);
        let t = texts(&joined);
        assert!(t.contains(&"- Hưởng các quyền lợi theo quy định của Nhà nước (đóng BHYT, BHXH, BHTN)."), "{t:?}");
        assert!(t.contains(&"- Xét tăng lương 2 lần/ năm, thưởng lương tháng thứ 13, các dịp lễ, Tết, …"), "{t:?}");
        // A forum's post inside a list item, as lynx prints it: its lines under the item's are blocks of their
        // own, short enough to have fitted on the item's line, and stay lines.
        let forum = "   3. 29-05-2012, 02:49 PM #2\n            YaoiB\n        Member\n        Tham Gia: May 2011\n\n\
            Một đoạn văn bản dài của bài viết trên diễn đàn, kéo dài gần hết chiều rộng của trang in ra.\n";
        assert!(unwrap(&lines(forum)).is_none());
        // Nor does a line after an item's question or colon (an answer, a command), nor anything where one item
        // alone is the widest line (no width three lines reach).
        let asked = page.replace("(đóng BHYT, BHXH,\n    BHTN).", "(đóng BHYT, BHXH)?\n    Trả lời.");
        assert_eq!(unwrap(&lines(&asked)).map(|(_, n)| n), Some(1));
        let alone =
            "-   Hưởng các quyền lợi theo quy định của Nhà nước (đóng BHYT, BHXH,\n    BHTN).\n-   Nghỉ phép.\n";
        assert!(unwrap(&lines(alone)).is_none());
        // Nor does an entry of a list inside the item, however long the item's line.
        let nested = "-   Hưởng các quyền lợi theo quy định của Nhà nước (đóng BHYT, BHXH,\n    -   BHTN.\n";
        assert!(unwrap(&lines(nested)).is_none());
        // Nor does anything in a text whose lines run past any converter's width: it was never wrapped.
        let long = format!("- {PARA} {PARA2}\n  . Câu hỏi tiếp theo của phóng viên?\n");
        assert!(unwrap(&lines(&long)).is_none());
        // Nor does a line at the item's own indent join it: the next paragraph.
        let next = "-   Hưởng các quyền lợi theo quy định của Nhà nước (đóng BHYT, BHXH,\nBHTN là ba loại bảo hiểm.\n";
        assert!(unwrap(&lines(next)).is_none());
    }

    const ARTICLE: &str = "Trái phiếu trường thọ – Công cụ tài chính quản lý rủi ro kéo dài tuổi thọ\n\nTrong báo cáo mang tên Viễn cảnh dân số thế giới được công bố mới đây, Liên hợp quốc cho biết tuổi thọ bình quân của con người ngày càng tăng và đã đạt mức tăng trưởng 2,5 năm mỗi thập kỷ. Dự kiến đến năm 2100, tuổi thọ trung bình của con người trên toàn cầu sẽ tăng lên 82 tuổi. Rõ ràng đây là một tín hiệu đáng mừng cho thấy con người sẽ sống lâu hơn, song điều này cũng có nghĩa là họ phải xem xét lại các khoản tiết kiệm của mình.\n\nĐối với các quỹ hưu trí, công ty bảo hiểm nhân thọ cam kết thanh toán các khoản lương hưu cố định cho người lao động, việc kéo dài tuổi thọ hơn kỳ vọng cũng sẽ ảnh hưởng tiêu cực đến kế hoạch chi tiêu của họ trong nhiều năm tới.";

    #[test]
    fn a_line_glued_to_its_hash_is_wrapped_as_any_a_heading_is_not() {
        // `lynx -dump -nolist` (a WordPress page, held-out-72): the page's `<link>` elements on lines of the
        // dump's width, then the text.
        let head = "#Dòng thông tin Web thể thao » Dòng phản hồi Web thể thao » Web thể thao » Danh sách chính thức \
                    các môn Esports tại SEA Games 32 Dòng phản hồi alternate alternate alternate";
        for (first, joins) in [
            (head, true),
            (
                "# Danh sách chính thức các môn Esports tại SEA Games 32 và lịch thi \
                    đấu của đoàn thể thao Việt Nam tại Campuchia năm sau",
                false,
            ),
        ] {
            let text = format!("{}\n\n{}", wrap(first, 72), wrap(ARTICLE, 72));
            let (joined, _) = unwrap(&lines(&text)).expect("wrapped");
            assert_eq!(joined.lines[0].text == first, joins, "{first}");
        }
    }

    #[test]
    fn a_linked_heading_the_converter_wrapped_is_joined_again() {
        // html2text (a school portal's HTTrack copy, held-out-76): a linked headline wrapped inside its text or
        // its target.
        let heading = "## [CHUYẾN ĐI HỌC TẬP - TRẢI NGHIỆM CỦA HỌC SINH TRƯỜNG SAO VIỆT TẠI VƯỜN QUỐC GIA \
                       KONKAKINH](chuyen-di-hoc-tap-trai-nghiem-cua-hoc-sinh-truong-sao-viet-t.html)";
        let text = format!("{}\n\n{}\n\n## Tin khác\n\n{}", wrap(ARTICLE, 78), wrap(heading, 78), wrap(ARTICLE, 78));
        let (joined, _) = unwrap(&lines(&text)).expect("wrapped");
        assert!(texts(&joined).contains(&heading), "{:#?}", texts(&joined));
        // A heading with its link closed stays a line of its own.
        assert!(texts(&joined).contains(&"## Tin khác"));
        assert_eq!(unclosed_link("## [Tin khác](tin-khac.html)"), None);
        assert_eq!(unclosed_link("## [Tin"), Some(Open::Text));
        assert_eq!(unclosed_link("[a](b-"), Some(Open::Target));
        // A heading's own bracket over a paragraph is no link: the paragraph stays a block of its own.
        let bracketed = "## [Bản đồ] Các điểm sạt lở trên quốc lộ 4D và tỉnh lộ 152 [cập nhật 10h sáng nay]";
        let text = format!("{}\n\n{}\n{}", wrap(ARTICLE, 78), wrap(bracketed, 78).trim_end(), wrap(ARTICLE, 78));
        let (joined, _) = unwrap(&lines(&text)).expect("wrapped");
        assert!(
            texts(&joined).iter().any(|t| t.starts_with("## [Bản đồ]") && !t.contains("Trái phiếu")),
            "{:#?}",
            texts(&joined)
        );
    }

    #[test]
    fn a_quoted_text_wrapped_with_its_marks_is_joined_again() {
        // html2text (2025) on a forum post held in `<blockquote>`: every line opens with `> `, the first of a
        // paragraph with two spaces (one of them the cleaner takes).
        let quoted: String = wrap(ARTICLE, 76)
            .lines()
            .map(|l| if l.is_empty() { ">  \n".to_string() } else { format!("> {l}\n") })
            .collect();
        let text = format!("{quoted}\n{}", wrap(ARTICLE, 78));
        let (joined, n) = unwrap(&lines(&text)).expect("wrapped");
        assert!(n > 0);
        let paragraphs: Vec<&str> = texts(&joined).into_iter().filter(|t| t.len() > 1).collect();
        assert_eq!(paragraphs.len(), 6, "{paragraphs:#?}");
        assert!(
            paragraphs[1].starts_with("> Trong báo cáo") && paragraphs[1].ends_with("các khoản tiết kiệm của mình.")
        );
        assert!(!paragraphs[1][1..].contains('>'));
    }

    #[test]
    fn arrowed_links_a_blank_line_apart_show_no_wrap() {
        // One paragraph a line, then a box of links of much the same length, each a blank line apart.
        let links: String =
            (0..11).map(|i| format!("> Tin liên quan số {i}: thành phố đặt mục tiêu tăng trưởng cao\n\n")).collect();
        let text = format!(
            "{}\n{}\nTrần Minh\n\nTin liên quan\n\n{links}",
            ARTICLE.replace("\n\n", "\n"),
            ARTICLE.replace("\n\n", "\n")
        );
        assert!(unwrap(&lines(&text)).is_none());
    }

    #[test]
    fn a_text_wrapped_at_a_fixed_width_is_joined_again() {
        let text = format!("{ARTICLE}\n\n{ARTICLE}");
        let seed = lines(&wrap(&text, 78));
        assert_eq!(wrap_width(&seed.lines), Some(78));
        let (joined, n) = unwrap(&seed).expect("wrapped");
        assert!(n >= 6, "{n}");
        let paragraphs: Vec<&str> = texts(&joined).into_iter().filter(|t| !t.is_empty()).collect();
        let originals: Vec<&str> = text.split("\n\n").collect();
        assert_eq!(paragraphs, originals);
        // Line numbers are the first piece's.
        assert_eq!(joined.lines[2].no, 3);
        // The same at 72 (mail) and 100.
        for width in [72, 100] {
            let seed = lines(&wrap(&text, width));
            // The edge found is the longest line's length, which may fall a character or two short.
            let found = wrap_width(&seed.lines).expect("a width");
            assert!((width - 2..=width).contains(&found), "{found} for {width}");
        }
    }

    #[test]
    fn list_items_headings_and_hard_breaks_are_not_joined() {
        let mut text = wrap(&format!("{ARTICLE}\n\n{ARTICLE}"), 78);
        text.push_str("Ngày xuất bản: 15/12/2013 và những thông tin khác về ấn phẩm số 182 này  \n* Mục một của danh sách\n# Tiêu đề mục\n");
        let seed = lines(&text);
        let (joined, _) = unwrap(&seed).expect("wrapped");
        let t = texts(&joined);
        assert!(t.contains(&"* Mục một của danh sách") && t.contains(&"# Tiêu đề mục"), "{t:?}");
        assert!(t.iter().any(|l| l.starts_with("Ngày xuất bản") && l.ends_with("số 182 này")), "{t:?}");
    }

    #[test]
    fn a_wrapped_article_among_many_short_lines_is_joined() {
        // thethao247.vn (2019) through a converter that wraps at 78: menus and teaser headlines, one a
        // line, outnumber the article's wrapped lines.
        let menu =
            "Livescore\n\nLịch thi đấu\n\nKết quả\n\nBảng xếp hạng\n\nTrực tiếp\n\nVideo bàn thắng\n\n".repeat(6);
        let text = format!("{menu}{}", wrap(&format!("{ARTICLE}\n\n{ARTICLE}"), 78));
        let (joined, n) = unwrap(&lines(&text)).expect("wrapped");
        assert!(n >= 6, "{n}");
        assert!(texts(&joined)
            .iter()
            .any(|t| t.starts_with("Trong báo cáo") && t.ends_with("khoản tiết kiệm của mình.")));
    }

    #[test]
    fn a_url_broken_at_a_hyphen_is_joined_without_a_space() {
        // html2text breaks a long URL at its hyphens (protechtrick, 2018): `…/wp-` / `content/uploads/…`.
        let mut text = wrap(&format!("{ARTICLE}\n\n{ARTICLE}"), 78);
        text.push_str("[![EVKey - Main Picture](https://blog.protechtricknetwork.ga/wp-\ncontent/uploads/2018/10/dzfA2oc-\nmin.png)](https://blog.protechtricknetwork.ga/wp-\ncontent/uploads/2018/10/dzfA2oc-min.png)\n");
        let (joined, _) = unwrap(&lines(&text)).expect("wrapped");
        let last = texts(&joined).into_iter().rfind(|t| !t.is_empty()).unwrap_or_default().to_string();
        assert_eq!(last, "[![EVKey - Main Picture](https://blog.protechtricknetwork.ga/wp-content/uploads/2018/10/dzfA2oc-min.png)](https://blog.protechtricknetwork.ga/wp-content/uploads/2018/10/dzfA2oc-min.png)");
        // A hyphen at the end of a link's text or title is a word's: the space stays.
        assert!(!in_url("[Hợp đồng tương lai chỉ số -"));
        assert!(!in_url("[Tải](https://b.vn/tai/ \"Tải phần mềm hỗ trợ -"));
        assert!(in_url("Xem tại <https://b.vn/tai-phan-mem-"));
        // (A long line: its end is read.)
        let long = format!("{} Xem tại <https://b.vn/tai-phan-mem-", "Câu văn dài. ".repeat(2000));
        assert!(in_url(&long) && !in_url(&format!("{long} x-")));
    }

    #[test]
    fn a_link_wrapped_before_its_url_is_joined() {
        // html2text puts a link's unbreakable `](url)` on a line of its own after a short piece of its text.
        let mut text = wrap(&format!("{ARTICLE}\n\n{ARTICLE}"), 78);
        text.push_str("[Hợp đồng tương lai chỉ số chứng khoán - Lựa chọn hàng hóa đầu tiên cho TTCK\nphái sinh tại Việt\nNam](https://www.ssc.gov.vn:443/ubck/faces/vi/vilinks/viaptc/vichitietaptc?id=484)\n");
        let (joined, _) = unwrap(&lines(&text)).expect("wrapped");
        let last = texts(&joined).into_iter().rfind(|t| !t.is_empty()).unwrap_or_default().to_string();
        assert!(last.starts_with("[Hợp đồng") && last.contains("tại Việt Nam](https://"), "{last}");
    }

    #[test]
    fn a_bare_url_is_never_continued() {
        let mut text = String::from("https://www.nguoi-viet.com/xe-hoi/xe-hoi-con-chay-duoc-bao-xa-khi-den-bao-het-xang/\nxe-hoi-con-chay.txt\n");
        text.push_str(&wrap(
            &"Xe hơi còn chạy được bao xa khi đèn báo hết xăng là câu hỏi nhiều người đặt ra. ".repeat(12),
            72,
        ));
        let out = unwrap(&lines(&text)).expect("wrapped");
        assert_eq!(texts(&out.0)[1], "xe-hoi-con-chay.txt");
    }

    #[test]
    fn texts_not_wrapped_are_left_alone() {
        // One paragraph per line, of any length: no edge.
        assert!(unwrap(&lines(&ARTICLE.replace("\n\n", "\n"))).is_none());
        // Short lines of a poem or a list: no band near a width.
        let poem = "Trăm năm trong cõi người ta,\nChữ tài chữ mệnh khéo là ghét nhau.\n".repeat(8);
        assert!(unwrap(&lines(&poem)).is_none());
        // A page's headlines one under another, many of a length (nguoi-viet.com's boxes, 2019), and a
        // script's statements: lines that share an edge, none broken mid-sentence.
        let headlines = [
            "Trải nghiệm chạy xe hơi tốc độ cao kiểu Đức với Porsche tại miền Nam",
            "Không muốn khách ‘đụng hàng’, Ferrari tăng số kiểu xe, nhiều nhất",
            "Màn ‘drift’ của chiếc Lamborghini ‘độ’ bị xe tải Dakar bay qua đầu",
            "Lý do khiến chi phí mua một chiếc xe hơi mới tăng cao ‘chưa từng thấy’",
            "block_td_uid_1_5d8e252db195e.block_type = \"td_block_mega_menu\";",
            "block_td_uid_1_5d8e252db195e.ajax_pagination_infinite_stop = \"\";",
        ];
        let page = format!("{}\n", headlines.join("\n")).repeat(4);
        assert_eq!(unwrap(&lines(&page)).map(|(_, n)| n), None);
    }

    #[test]
    fn a_text_browsers_indented_text_is_joined_at_its_own_edge() {
        // `lynx -dump` (a school's news page, held-out-93): the article three spaces in, wrapped at 75 once
        // the indent is gone, under a box of related headlines at the margin wrapped at 79. Read at the
        // margin's width, no line of the article was full enough to join.
        let indent = |text: String| {
            text.lines()
                .map(|l| if l.is_empty() { String::new() } else { format!("   {l}") })
                .collect::<Vec<_>>()
                .join("\n")
        };
        let body = ARTICLE.split_once("\n\n").expect("a headline").1;
        let boxed = [PARA, PARA2, PARA3, PARA, PARA2, PARA3].join("\n\n");
        let text = format!("{}\n\nBài tin liên quan\n\n{}", indent(wrap(body, 75)), wrap(&boxed, 79));
        let cleaned = lines(&text);
        assert_eq!(wrap_width(&cleaned.lines), Some(79));
        let (joined, _) = unwrap(&cleaned).expect("wrapped");
        for para in body.split("\n\n") {
            assert!(joined.lines.iter().any(|l| l.text == para), "{para}");
        }
        for para in [PARA, PARA2, PARA3] {
            assert!(joined.lines.iter().any(|l| l.text == para), "{para}");
        }
    }

    #[test]
    fn a_rule_as_wide_as_the_text_after_a_blank_line_stays_its_own() {
        // `pandoc -t plain` (a college's news page, held-out-103): the headline, a blank line, the `<hr>` as
        // 72 dashes — a "word" too long for any line, which had been joined onto the blank line and then the
        // headline.
        let rule = "-".repeat(72);
        let text = format!("Hội nghị cán bộ viên chức năm 2019\n\n{rule}\n\n{}", wrap(ARTICLE, 72));
        let cleaned = lines(&text);
        assert_eq!(wrap_width(&cleaned.lines), Some(72));
        let (joined, _) = unwrap(&cleaned).expect("wrapped");
        let texts: Vec<&str> = joined.lines.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(texts[..4], ["Hội nghị cán bộ viên chức năm 2019", "", rule.as_str(), ""]);
    }
}
