//! The wrapped rest of a line taken as furniture. A text browser breaks a paragraph at its width; where the
//! page has too few lines at one width for `reflow::unwrap` to find it (a small post among menus and cards, as
//! `w3m -dump` prints it), each piece stays a line of its own and the detectors judge the pieces apart. The
//! profile then takes a call to action every post prints (`Để nhận được các video mới nhất từ chúng tôi, vui lòng
//! like page của chúng tôi`) and leaves its last piece (`ở cuối trang. Xin cám ơn :-)`), which, worded or wrapped a
//! little differently on each page, recurs nowhere. Hand-written: it reads the detectors' verdicts.

use super::{Detector, Item, Scan};
use crate::parse::reflow::continues;

/// The wrapped-rest detector.
pub(super) struct WrappedRest;

/// Kinds of removal whose line's wrapped rest goes with it: furniture judged by what the whole line is or
/// where it stands (a recurring line, a box of links or teasers, the site's talk). Not a duplicate of a line
/// (a law's article quoting another word for word breaks where its own paragraph breaks) nor a typed kind.
const CARRIED: [&str; 4] = ["recurring", "related-links", "teasers", "contact-footer"];

/// The edge the text's wrapped lines reach, from the lines that go on in lower case on the next source line
/// (`reflow::continues`): 40 to 140 characters, three at least, the length their ninth tenth reaches (as
/// `reflow::edge_of_wrapped` reads it off a seed's lines).
fn edge(scan: &Scan) -> Option<usize> {
    let wrapped: Vec<usize> = scan
        .items
        .windows(2)
        .filter(|w| w[1].line == w[0].line + 1 && w[0].group.is_none() && continues(&w[0].text, &w[1].text))
        .map(|w| w[0].text.chars().count())
        .filter(|n| (40..=140).contains(n))
        .collect();
    crate::parse::reflow::reached_edge(wrapped)
}

impl Detector for WrappedRest {
    fn name(&self) -> &'static str {
        "wrapped-rest"
    }

    /// A live line right under a taken one (the next source line) goes with it, as the same kind, when the two
    /// are a paragraph of their own (blank lines around them), the line shorter, the taken line stopped
    /// mid-sentence, the line goes on in lower case and its first word would not have fitted on the taken one
    /// (within the edge): the browser broke one line there.
    fn detect(&self, scan: &mut Scan) {
        // (Read only where a line was taken and the next one stands: most pages have none.)
        // (A paragraph of two lines: the taken one opens it, the rest closes it and is the shorter. A longer
        // paragraph whose first line every page prints, a recipe's step worded alike up to the wrap, goes on with
        // the page's own words — a reviewer's probes.)
        let candidate = |scan: &Scan, i: usize| {
            let opens = |i: usize| i == 0 || scan.items[i - 1].is_blank();
            let closes = |i: usize| scan.items.get(i + 1).is_none_or(Item::is_blank);
            let (above, under) = (&scan.items[i], &scan.items[i + 1]);
            above.removed.as_ref().is_some_and(|(kind, _)| CARRIED.contains(&kind.as_str()))
                && opens(i)
                && closes(i + 1)
                && under.text.chars().count() < above.text.chars().count()
                && under.is_live()
                && under.line == above.line + 1
                && above.group.is_none()
                && under.group.is_none()
                && under.kind.is_none()
                && continues(&above.text, &under.text)
        };
        // (Found once: a line taken here is followed by a blank one, so it opens no candidate of its own.)
        let found: Vec<usize> = (0..scan.items.len().saturating_sub(1)).filter(|&i| candidate(scan, i)).collect();
        if found.is_empty() {
            return;
        }
        let Some(edge) = edge(scan) else { return };
        for i in found {
            let n = scan.items[i].text.chars().count();
            let first = scan.items[i + 1].text.split(' ').next().map_or(0, |w| w.chars().count());
            if n <= edge + 1 && n + 1 + first > edge {
                let kind = scan.items[i].removed.as_ref().map(|(kind, _)| kind.clone()).unwrap_or_default();
                scan.remove_as(i + 1, &kind, "wrapped-rest");
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{Context, Detector, Item, Scan};
    use super::WrappedRest;

    /// A small post's paragraph as `w3m -dump` wraps it at 78, broken over four lines (the text's edge), and the
    /// blank line after it.
    const PARAGRAPH: [&str; 5] = [
        "Các em học sinh đã tham gia buổi ngoại khóa về an toàn giao thông vào sáng",
        "thứ bảy, sau buổi học nhiều em cho biết đã hiểu rõ hơn về cách đi xe đạp an",
        "toàn trên đường tới trường, nhà trường cũng phát cho mỗi lớp một bộ tài liệu",
        "để giáo viên chủ nhiệm dùng trong giờ sinh hoạt.",
        "",
    ];

    /// `PARAGRAPH`, then a call to action broken over two lines, its first taken as `kind` by `rule`.
    fn page(taken: &str, kind: &str, rule: &str) -> Vec<(String, Option<String>)> {
        let lines = [&PARAGRAPH[..], &[taken, "của chúng tôi ở cuối trang. Xin cám ơn!"]].concat();
        let mut items: Vec<Item> = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        items[5].removed = Some((kind.into(), rule.into()));
        let mut scan = Scan { items, cx: Context::default(), removed_after_edges: 0 };
        WrappedRest.detect(&mut scan);
        scan.items.into_iter().map(|i| (i.text, i.removed.map(|(k, r)| format!("{k}/{r}")))).collect()
    }

    #[test]
    fn the_wrapped_rest_of_a_line_taken_as_furniture_goes_with_it() {
        let cta = "Để nhận được bài viết mới nhất từ chúng tôi, vui lòng theo dõi trang của chúng";
        let got = page(cta, "recurring", "profile");
        assert_eq!(got[6].1.as_deref(), Some("recurring/wrapped-rest"), "{got:?}");
        // The paragraph's own pieces stay.
        assert!(got[..4].iter().all(|(_, r)| r.is_none()), "{got:?}");
        // Not under a line that stopped at a sentence's end, nor under a short line (it did not reach the edge:
        // the line under it is a line of its own), nor under a duplicate.
        for above in ["Để nhận được bài viết mới nhất từ chúng tôi, vui lòng theo dõi trang này nhé.", "Theo dõi trang"]
        {
            assert_eq!(page(above, "recurring", "profile")[6].1, None, "{above}");
        }
        assert_eq!(page(cta, "duplicate-line", "repeated-line")[6].1, None);
    }

    #[test]
    fn a_longer_paragraph_whose_first_line_recurs_keeps_the_rest() {
        // A recipe's step every post of a site words alike up to the wrap, then its own (a reviewer's probe).
        let step = [
            "Sau khi sơ chế xong nguyên liệu, bạn bắc chảo lên bếp, cho khoảng hai thìa dầu",
            "ăn vào, cho thịt vào đảo săn rồi đổ nước dừa tươi ngập mặt thịt, thả trứng",
            "vịt luộc đã bóc vỏ vào và kho lửa nhỏ khoảng một tiếng.",
        ];
        let lines = [&PARAGRAPH[..], &step].concat();
        let rest = |taken: usize, lines: &[&str]| {
            let mut items: Vec<Item> = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
            items[taken].removed = Some(("recurring".into(), "profile".into()));
            let mut scan = Scan { items, cx: Context::default(), removed_after_edges: 0 };
            WrappedRest.detect(&mut scan);
            scan.items[taken + 1..].iter().any(|i| i.removed.is_some())
        };
        assert!(!rest(5, &lines));
        // Nor the last two lines of a paragraph, the taken one not opening it; nor a rest as long as the taken
        // line (a paragraph going on at the edge).
        assert!(!rest(6, &lines[..7].iter().chain(&["nướng."]).copied().collect::<Vec<_>>()));
        let long = "ăn vào, cho thịt vào đảo săn rồi đổ nước dừa tươi ngập mặt thịt rồi thả trứng.";
        assert!(!rest(5, &[&lines[..6], &[long]].concat()));
        assert!(rest(5, &[&lines[..6], &["ăn vào rồi đảo đều."]].concat()));
    }
}
