//! Islands in a page's tail (run last, from `edges::TailSweep`): after the article, a page is furniture
//! the detectors take piece by piece — a newsroom's licence and contact lines, a profile's recurring
//! block, a link run, a comment widget — and what none of them named is left standing between the pieces:
//! an address line in the newsroom's footer, a box's label (`Tải ứng dụng:`), a teaser headline and its
//! date, a wiki's category names. Such a piece goes (kind `widget`, rule `island`) when the evidence around
//! it says it is in the page's tail:
//!
//! - furniture stands right above it (at least [`MIN_SEA_ABOVE`] lines in a row, each taken by a detector
//!   that names furniture, not one that reads a line alone as said twice or as punctuation, nor a related
//!   box or teaser run, which stand inside articles too) and right under it (the same, a box allowed);
//! - it is small and says nothing as sentences do: at most [`MAX_ISLAND_LINES`] lines, none ending a
//!   sentence (an article's last part is sentences: a closing line, steps, an answer, list items), at most
//!   one paragraph of running text of at most [`MAX_ISLAND_PROSE`] characters, no caption, credit or name
//!   (a name is the article's byline);
//! - the article stands above it: at least [`ARTICLE_FACTOR`] times its running text and
//!   [`MIN_ARTICLE_PROSE`] characters of running text are kept before it (a one-paragraph article between a
//!   gallery's menus is no island);
//! - everything after it is furniture or another such island: the walk goes back from the page's end and
//!   stops at the first kept piece that fails a test (the article's own end, a page that ends in kept text).
//!
//! No phrase is read: the evidence is where other detectors' removals stand and the shape of what they
//! left. (A structural pass of this project: no crate does this.) Two hostile reviews (71 probes, 29
//! worse with the first version) cut it to this: the first version took an article's last short part and
//! byline after a related box or a site's recurring box, before its footer.

use super::features::{classify, ends_sentence, is_name_like, Class};
use super::{RemovedKind, Scan};
use crate::model::BlockKind;

/// Furniture lines in a row right above an island.
const MIN_SEA_ABOVE: usize = 2;
/// Lines (not blank) an island may hold.
const MAX_ISLAND_LINES: usize = 12;
/// Characters of running text an island may hold (one short paragraph: a bio, a form's notice).
const MAX_ISLAND_PROSE: usize = 300;
/// Running text kept above an island, against the island's own.
const ARTICLE_FACTOR: usize = 4;
/// Running text kept above an island, at least.
const MIN_ARTICLE_PROSE: usize = 400;

/// A removal that reads a line alone, not furniture around it: a line said twice (a caption scraped twice
/// is the article's), a lone mark or rule, a lone number (`counter`: a table flattened into lines has
/// them), a contents entry the text says again, a record's field, a cut excerpt, a text browser's token, an
/// empty section's heading; or one read from a shape the article's own text may have: a list closing the page (`tail-list`: an article's last section of short items), a block
/// said twice in the page (`recurring-block`: a code listing repeats its lines). Such removals stand inside
/// articles too, so they border no island (held-out-9 and -46 lost an admissions list's last section and a
/// configuration file's line between them).
fn weak(by: &str) -> bool {
    matches!(
        by,
        "repeated-line"
            | "duplicate-line"
            | "repeated-title"
            | "lone-punctuation"
            | "separator"
            | "contents"
            | "record-field"
            | "truncated-excerpt"
            | "browser-token"
            | "empty-section"
            | "end-mark"
            | "counter"
            | "tail-list"
            | "recurring-block"
    )
}

/// Removed as a related box or a run of teasers: furniture that may stand inside the article.
fn in_text_box(scan: &Scan, i: usize) -> bool {
    scan.items[i]
        .removed
        .as_ref()
        .is_some_and(|(kind, _)| kind == RemovedKind::RelatedLinks.as_str() || kind == RemovedKind::Teasers.as_str())
}

/// Removes the islands of the page's tail (see the module's documentation).
pub(super) fn islands(scan: &mut Scan) {
    // The lines that are not blank, in order: (item index, removed by a furniture detector, removed).
    let solid: Vec<(usize, bool, bool)> = (0..scan.items.len())
        .filter(|&i| !scan.items[i].is_blank())
        .map(|i| {
            let removed = scan.items[i].removed.as_ref();
            (i, removed.is_some_and(|(_, by)| !weak(by)), removed.is_some())
        })
        .collect();
    // Kept runs: [start, end) over `solid`.
    let mut runs = Vec::new();
    let mut n = 0;
    while n < solid.len() {
        if solid[n].2 {
            n += 1;
            continue;
        }
        let start = n;
        while n < solid.len() && !solid[n].2 {
            n += 1;
        }
        runs.push((start, n));
    }
    // Running text kept: in all, and in the runs the walk has passed (the islands taken), so what stands
    // above a run is the difference, with no second pass over the page per run.
    let running_chars = |&(i, _, removed): &(usize, bool, bool)| {
        let item = &scan.items[i];
        if !removed && matches!(item.class(), Class::Good | Class::NearGood) {
            item.text.chars().count()
        } else {
            0
        }
    };
    let kept_prose: usize = solid.iter().map(running_chars).sum();
    let mut passed_prose = 0;
    let mut taken = Vec::new();
    for &(start, end) in runs.iter().rev() {
        // Furniture right under it (a page that ends in kept text ends the walk).
        if end >= solid.len() || !solid[end].1 {
            break;
        }
        // (A related box or a teaser run above is no evidence: such boxes stand inside articles too, before
        // the text's last part and its byline — a reviewer's probes.)
        let sea_above =
            solid[..start].iter().rev().take_while(|&&(i, furniture, _)| furniture && !in_text_box(scan, i)).count();
        if sea_above < MIN_SEA_ABOVE || end - start > MAX_ISLAND_LINES {
            break;
        }
        let items: Vec<usize> = solid[start..end].iter().map(|&(i, _, _)| i).collect();
        if items.iter().any(|&i| matches!(scan.items[i].kind, Some(BlockKind::Attribution | BlockKind::Caption))) {
            break;
        }
        // A name is the article's byline (`**Quốc Thắng**` between a related box and the footer, `Minh Anh`
        // under the text's last sentence): the article ends there.
        if items.iter().any(|&i| {
            let text = &scan.items[i].text;
            is_name_like(text) && (2..=5).contains(&text.split_whitespace().count())
        }) {
            break;
        }
        // No sentence ends a line of it: an article's last part is sentences (a closing line, a list's items,
        // a step, an answer's conclusion), whatever their length, where a page's furniture is labels,
        // headlines and counts (reviewers' probes: recipes' last steps, legal answers and texts, winners'
        // lists, photo captions after a box the site repeats on every page).
        if items.iter().any(|&i| ends_sentence(&scan.items[i].text)) {
            break;
        }
        // Its paragraphs (lines with no blank line between them, as a text browser wraps them): at most one
        // of running text, and a short one.
        let mut paragraphs: Vec<String> = Vec::new();
        let mut last = None;
        for &i in &items {
            let text = &scan.items[i].text;
            match paragraphs.last_mut() {
                Some(p) if last == Some(i - 1) => {
                    p.push(' ');
                    p.push_str(text);
                }
                _ => paragraphs.push(text.clone()),
            }
            last = Some(i);
        }
        let prose: Vec<usize> =
            paragraphs.iter().filter(|p| classify(p) == Class::Good).map(|p| p.chars().count()).collect();
        let prose_chars: usize = prose.iter().sum();
        if prose.len() > 1 || prose_chars > MAX_ISLAND_PROSE {
            break;
        }
        passed_prose += solid[start..end].iter().map(running_chars).sum::<usize>();
        let article = kept_prose - passed_prose;
        if article < MIN_ARTICLE_PROSE || article < ARTICLE_FACTOR * prose_chars {
            break;
        }
        taken.extend(items);
    }
    for i in taken {
        scan.remove(i, RemovedKind::Widget, "island");
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{run_rules, PARA, PARA2, PARA3};

    const PARA4: &str = "Theo kế hoạch, các dự án trọng điểm sẽ được ưu tiên bố trí vốn sớm để bảo đảm tiến độ hoàn thành trong năm nay.";

    /// A saved page's tail as a text browser dumps it (held-out-44's shape): the article, a related box, the
    /// post's categories and tags, then `tail` and a comment form's fields.
    fn page(tail: &str) -> String {
        format!(
            "{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{PARA4}\n\nTin bài liên quan:\n\n 1. Những bài toán đánh đổi trong cuộc chiến chống dịch\n 2. Mặt trời đang lịm dần ở phía tây thành phố\n 3. Độ trễ chính sách – thật vậy không?\n\nCategories: Kinh tế, Tin mới\nTags: Covid-19, quỹ vắc xin\n\n{tail}\n\nBình luận*[                    ]\n\n[                    ]\n\n[Post a Comment]"
        )
    }

    /// A news site's footer (held-out-30's shape): the newsroom's licence, editor and contact lines and
    /// its copyright (taken as its footer and talk), with the lines none of them names between.
    const FOOTER: &str = "Số giấy phép: 70/GP-CBC, Bộ Thông tin và Truyền thông, ngày 22/9/2021\nTổng biên tập: Phạm Văn Hiếu\nEmail: ngoisao@example.vn | Điện thoại: 024 7300 9999 - Ext 4546\nTầng 10, Tòa A, số 10 Phạm Văn Bạch, phường Cầu Giấy, Hà Nội\nTải ứng dụng:\nNgôi sao\n© 2024 Bản quyền thuộc về báo điện tử Ngôi Sao. All rights reserved.";

    #[test]
    fn lines_left_between_a_newsroom_footers_pieces_go() {
        let text = format!("{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{PARA4}\n\n{FOOTER}");
        let (kept, removed) = run_rules(&text);
        let address = "Tầng 10, Tòa A, số 10 Phạm Văn Bạch, phường Cầu Giấy, Hà Nội";
        assert!(removed.iter().any(|(by, t)| by == "island" && t == address), "{removed:?}");
        assert_eq!(kept, [PARA, PARA2, PARA3, PARA4]);
    }

    #[test]
    fn an_articles_last_sentences_after_a_box_stay() {
        // A related box in the text, then its last part and the byline, then the footer: sentences and a
        // name are the article's (reviewers' probes).
        for last in
            ["Dự kiến đề án sẽ được trình HĐND thành phố vào cuối năm.", "Bước 3: Kho lửa nhỏ 20 phút.", "Minh Anh"]
        {
            let text = format!(
                "{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{PARA4}\n\nTin liên quan:\n\n* Giá vàng hôm nay tăng mạnh trở lại sau ba phiên giảm\n* Ngân hàng Nhà nước điều chỉnh tỷ giá trung tâm\n* Xuất khẩu gạo đạt kỷ lục trong tháng ba\n\n{last}\n\n{FOOTER}"
            );
            let (kept, removed) = run_rules(&text);
            assert!(!removed.iter().any(|(by, _)| by == "island"), "{last}: {kept:?} {removed:?}");
        }
    }

    #[test]
    fn running_text_between_boxes_stays() {
        // Two paragraphs of running text between a box and a form: the article goes on after a box in its
        // middle.
        let text = page(&format!("{PARA4}\n\n{PARA2}"));
        let (kept, removed) = run_rules(&text);
        assert!(!removed.iter().any(|(by, _)| by == "island"), "{removed:?}");
        assert_eq!(kept.len(), 6, "{kept:?}");
    }

    #[test]
    fn a_page_that_ends_in_kept_text_has_no_island() {
        // Nothing under the line: it may be the article's own last line after a box in its middle.
        let text = format!(
            "{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{PARA4}\n\nTin bài liên quan:\n\n 1. Những bài toán đánh đổi trong cuộc chiến chống dịch\n 2. Mặt trời đang lịm dần ở phía tây thành phố\n 3. Độ trễ chính sách – thật vậy không?\n\nCategories: Kinh tế, Tin mới\nTags: Covid-19, quỹ vắc xin\n\nHẹn gặp lại các bạn trong số sau"
        );
        let (kept, removed) = run_rules(&text);
        assert!(!removed.iter().any(|(by, _)| by == "island"), "{kept:?} {removed:?}");
    }

    #[test]
    fn a_short_article_between_furniture_is_no_island() {
        // One paragraph under a gallery's menus, a form under it: too little article above to call it a tail.
        let text = format!(
            "Tin bài liên quan:\n\n 1. Những bài toán đánh đổi trong cuộc chiến chống dịch\n 2. Mặt trời đang lịm dần ở phía tây thành phố\n 3. Độ trễ chính sách – thật vậy không?\n\nCategories: Kinh tế, Tin mới\nTags: Covid-19, quỹ vắc xin\n\n{PARA}\n\nBình luận*[                    ]\n\n[                    ]\n\n[Post a Comment]"
        );
        let (kept, removed) = run_rules(&text);
        assert!(kept.iter().any(|t| t == PARA), "{kept:?} {removed:?}");
    }

    #[test]
    fn a_name_between_furniture_stays() {
        // A byline between two pieces of the footer: the article ends there, whatever stands around it.
        for name in ["**Quốc Thắng**", "Nguyễn Minh Anh"] {
            let text = format!(
                "{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{PARA4}\n\nHotline: 0914926900\nEmail: banbientap@i-com.vn\n\n{name}\n\n© 2024 Bản quyền thuộc về báo điện tử Ngôi Sao. All rights reserved."
            );
            let (kept, removed) = run_rules(&text);
            assert!(!removed.iter().any(|(by, _)| by == "island"), "{name}: {kept:?} {removed:?}");
        }
    }
}
