//! Related-article blocks: a cue line (`Tin liên quan`, `Xem thêm:`, `CÙNG SỰ KIỆN`, any case) and the
//! headline-like run that follows it; an inline cue (`Xem thêm: Tiêu đề bài khác`); a line opened by an arrow
//! (`>> Tiêu đề`, `» Xem video`). The phrases are data (`vocabulary.json`); what follows a cue is judged by
//! its shape, not its words. In a run, a site's own label for such a box is found by the evidence across
//! documents instead of its phrase (`RecurringCue`).

use super::features::{arrow_item, cue, is_bare_link, is_headline_like, Class, Cue};
use super::{Detector, RemovedKind, Scan};

/// The related-links cue detector.
pub struct Cues;

/// A box of links under a label the site prints on every page, past the text's last running line: the label
/// (four words at most, letters in it, no sentence, no colon) on half the run's pages at least
/// (`Profile::on_half`), then one to six headline-shaped lines that no other page of the run prints (each page
/// links its own neighbours or picks, no full stop at their end), up to the next line of another shape; the page's
/// furniture right above the label or right under the links (a line a detector took, another such label, a line
/// the run prints on other pages); and no line of eight words or more under them that no detector took.
/// `Điều hướng bài viết` or `Post navigation` over a WordPress post's previous and next, MkDocs's `Previous` /
/// headline / `Next` / headline, a theme's own `Có thể bạn sẽ thích`: no phrase is known here — whatever a site
/// calls its box, it calls it so on every page and fills it differently. Both go as `related-links` (rule
/// `recurring-cue`). In a run of five documents or more; a name or a credit under a label (`Tác giả` / `Minh
/// Anh`) is no link.
pub struct RecurringCue;

/// Most headlines under one recurring label (`RecurringCue`).
const RECURRING_CUE_LINKS: usize = 6;

impl Detector for RecurringCue {
    fn name(&self) -> &'static str {
        "recurring-cue"
    }

    fn detect(&self, scan: &mut Scan) {
        let Some(profile) = scan.cx.profile.filter(|p| p.documents >= super::profile::SMALL_RUN.start) else {
            return;
        };
        let Some((_, last)) = scan.core() else { return };
        let solid: Vec<usize> = (last + 1..scan.items.len()).filter(|&i| !scan.items[i].is_blank()).collect();
        let open = |i: usize| {
            let item = &scan.items[i];
            item.is_live() && item.kind.is_none() && item.group.is_none()
        };
        let label = |i: usize| {
            let t = scan.items[i].text.trim();
            // (Not a field's label over the text's own list, `Đối tượng:` / `* Anh hùng lao động, …`.)
            open(i)
                && t.split_whitespace().count() <= 4
                && t.chars().any(char::is_alphabetic)
                && !super::features::ends_sentence(t)
                && !t.ends_with(':')
                && profile.on_half(t)
        };
        let link = |i: usize| {
            let t = scan.items[i].text.trim();
            open(i)
                && is_headline_like(t)
                && !super::features::ends_with_full_stop(t)
                && !super::features::is_name_like(t)
                && !super::edges::is_source_credit(t)
                && profile.documents_with(t) <= 1
        };
        // A box stands past the text: no line of eight words or more under it that no detector took and no label
        // is — a section of the text under a label the site's template gives each part of a series, `Kết nối phần
        // cứng` / its one sentence / its code, or a law's articles under a widget's `Đang theo dõi` between them,
        // are the text's. (The last such line found once: asked for each box, a page of ten thousand labels and
        // links would be read ten thousand times.)
        // (A box's own long headline under its label is none: `Next Post` / `Khám phá Sức mạnh của Cấu trúc Dữ liệu
        // trong Python: Từ Cơ bản đến Nâng cao`.)
        let boxed = |m: usize| m > 0 && label(solid[m - 1]) && link(solid[m]);
        let last_wordy = (0..solid.len()).rposition(|m| {
            let i = solid[m];
            open(i) && !label(i) && scan.items[i].text.split_whitespace().nth(7).is_some() && !boxed(m)
        });
        let furniture = |i: usize| {
            let item = &scan.items[i];
            item.removed.is_some() || label(i) || profile.documents_with(&item.text) >= profile.threshold()
        };
        // (A paragraph right above a label is the text's, even one the run prints on every page and a detector
        // took: a series' closing words over the text's own section — a reviewer's probes.)
        let prose = |i: usize| matches!(scan.items[i].class(), Class::Good | Class::NearGood);
        let mut found = Vec::new();
        let mut k = 0;
        while k < solid.len() {
            if !label(solid[k]) {
                k += 1;
                continue;
            }
            let links = solid[k + 1..].iter().take(RECURRING_CUE_LINKS).take_while(|&&i| link(i)).count();
            // (And the page's furniture right above it or right under it, a line a detector took or the run
            // prints on other pages too: a box stands amid the page's end, under a share bar or a `Back to top`,
            // over a footer or a comment form; a text's own closing section under its template's heading, `Kết
            // luận` / `Đáng mua trong tầm giá`, follows the text's last paragraph and ends the seed — a reviewer's
            // probes.)
            let above = (0..solid[k]).rev().find(|&i| !scan.items[i].is_blank());
            // (A box right under another one found is amid the furniture too: `Previous` / … / `Next` / ….)
            let amid = above.is_some_and(|i| (furniture(i) && !prose(i)) || found.last() == Some(&i))
                || solid.get(k + links + 1).is_some_and(|&i| furniture(i));
            if links > 0 && last_wordy.is_none_or(|w| w <= k + links) && amid {
                found.extend_from_slice(&solid[k..=k + links]);
            }
            k += links + 1;
        }
        for i in found {
            scan.remove(i, RemovedKind::RelatedLinks, "recurring-cue");
        }
    }
}

/// A related headline with its button's label after it (`NASA không hề thừa nhận việc đặt chân lên Mặt
/// trăng là trò bịp như tin đồn ĐỌC NGAY`): the line ends with a label in capitals whose make-up is a cue's,
/// and what comes before it reads as a headline.
fn caps_label_after_headline(text: &str) -> bool {
    let text = text.trim_end();
    // Most lines end otherwise: no need to look for capitals.
    if !text.chars().next_back().is_some_and(char::is_uppercase) {
        return false;
    }
    super::features::caps_cues(text)
        .last()
        .is_some_and(|&(start, end)| end == text.len() && start > 0 && is_headline_like(text[..start].trim_end()))
}

/// A link text: a headline or a bare link (`Tin Hot: Sáng nay, …` opening a sentence is article text).
fn is_link_text(text: &str) -> bool {
    is_headline_like(text) || is_bare_link(text)
}

/// A linked title some sites end with a full stop (`Xem thêm: Chấn thương cơ xương khớp ở trẻ em.`): one
/// headline-shaped sentence once the stop is off.
fn is_stopped_link_text(text: &str) -> bool {
    text.strip_suffix('.').is_some_and(|t| !t.ends_with('.') && is_headline_like(t))
}

/// A cue's label that names an article or a news item (`Xem thêm bài:`, `Đọc thêm bài viết:`, `Xem tin:`):
/// five words at most before the colon, one of them `bài` or `tin`.
fn names_article(text: &str) -> bool {
    text.split_once(':').is_some_and(|(label, _)| {
        let words: Vec<String> = label.split_whitespace().map(crate::parse::text::lowercase).collect();
        words.len() <= 5 && words.iter().any(|w| w == "bài" || w == "tin")
    })
}

impl Detector for Cues {
    fn name(&self) -> &'static str {
        "cues"
    }

    fn detect(&self, scan: &mut Scan) {
        let mut i = 0;
        while i < scan.items.len() {
            if !scan.items[i].is_live() {
                i += 1;
                continue;
            }
            // What to remove is settled on the line's text as it stands, then done (no copy of the text
            // to hold while the scan changes): the reason, and whether a run of headlines follows.
            let item = &scan.items[i];
            let (text, grouped) = (item.text.as_str(), item.group.is_some());
            // A unit cut out of running text in parentheses (`(Xem thêm: Tiêu đề )`, `segment.rs`).
            let inner =
                if grouped { text.strip_prefix('(').and_then(|t| t.strip_suffix(')')).unwrap_or(text) } else { text };
            let removal = match cue(inner) {
                Some((Cue::Related, "")) => Some(("cue", true)),
                // In parentheses the cue and its colon say enough: the headline may be a quotation.
                // A line of its own may end its title with a full stop.
                // So may a unit of running text whose label names an article (`Xem thêm bài: Tiểu sử … mới
                // nhất.`; a bare `Xem thêm: Điều 5 Luật Đất đai.` is a law's cross-reference).
                Some((Cue::Related, rest))
                    if is_link_text(rest)
                        || inner.len() < text.len()
                        || ((!grouped || names_article(inner)) && is_stopped_link_text(rest)) =>
                {
                    Some(("cue", false))
                }
                _ if caps_label_after_headline(text) => Some(("cue-button", false)),
                _ => {
                    // An arrow opens a link or a call to action, whatever follows (`>> Đáp án`,
                    // `>> Quan điểm của bạn thế nào? Gửi bài tại đây.`) — but in a unit cut from running
                    // text, a link that runs on into a full sentence (`>> 'Tiêu đề' Sở dĩ tôi nghĩ vậy vì
                    // … năm nay.`) holds the article's next sentence too: it stays (a leak, not a loss).
                    let runs_on = |rest: &str| {
                        grouped && super::features::ends_with_full_stop(rest) && rest.split_whitespace().count() > 16
                    };
                    // Nor does an arrow before two sentences or more closed with a full stop, neither of them
                    // the page speaking (`⇒ AD sẽ quyết định bố cục cơ bản. Designer follow và triển khai …`:
                    // a conclusion drawn in the text; a headline is one sentence at most).
                    let reasons = |rest: &str| {
                        super::features::ends_with_full_stop(rest)
                            && super::features::inner_sentence_ends(rest) >= 1
                            && super::sitetalk::judge(rest).is_none()
                    };
                    arrow_item(text)
                        .is_some_and(|rest| rest.chars().count() <= 250 && !runs_on(rest) && !reasons(rest))
                        .then_some(("arrow-link", false))
                }
            };
            if let Some((by, run)) = removal {
                scan.remove(i, RemovedKind::RelatedLinks, by);
                if run {
                    i = take_run(scan, i + 1);
                    continue;
                }
            }
            i += 1;
        }
    }
}

/// Removes the headline-like lines after a cue (blank lines between them allowed) and returns where the run
/// ended. When running text follows a run of two or more, the run's last line may be the article's own
/// subheading, and is left alone.
fn take_run(scan: &mut Scan, start: usize) -> usize {
    let mut taken = Vec::new();
    let mut j = start;
    // A numbered list under the cue (`1. TIÊU ĐỀ…`, `2. …`): its numbers run on, whatever the items' shape.
    let mut next_number = None;
    while j < scan.items.len() {
        let item = &scan.items[j];
        if item.is_blank() || item.removed.is_some() {
            j += 1;
            continue;
        }
        let text = item.text.as_str();
        let number = list_number(text);
        // (A numbered sentence is a clause of a text — `3. Trường hợp được bổ nhiệm … ít nhất 02 năm.` — no link.)
        let numbered = number.is_some_and(|n| next_number.is_none_or(|next| n == next))
            && text.chars().count() <= 300
            && !super::features::ends_with_full_stop(text);
        let link = numbered || is_headline_like(text) || is_bare_link(text) || arrow_item(text).is_some();
        // A headline's date or time under it (`Cập nhật ngày 10/07/2026 - 16:51:46`): its stamp, in the run.
        let stamp = !link
            && item.kind.is_none()
            && taken.last().is_some_and(|&last| (last + 1..j).all(|k| scan.items[k].is_blank()))
            && crate::parse::layout::date_line(text).is_some();
        if stamp {
            taken.push(j);
            j += 1;
            continue;
        }
        // A source credit (`Theo Sức khỏe & Gia đình`) closes the article above the cue; no link.
        if !link || item.kind.is_some() || super::edges::is_source_credit(text) {
            break;
        }
        next_number = number.filter(|_| numbered).map(|n| n + 1);
        taken.push(j);
        j += 1;
    }
    let article_follows = j < scan.items.len() && scan.items[j].is_live() && scan.items[j].class() == Class::Good;
    if article_follows && taken.len() >= 2 {
        taken.pop();
    }
    for &k in &taken {
        scan.remove(k, RemovedKind::RelatedLinks, "cue");
    }
    taken.last().map_or(start, |&k| k + 1)
}

/// The number of a numbered list item (`12. Tiêu đề`, `3) Tiêu đề`).
fn list_number(text: &str) -> Option<u32> {
    let (n, rest) = text.split_once(['.', ')'])?;
    (!n.is_empty() && n.len() <= 3 && rest.starts_with(' ') && rest.trim().chars().count() >= 8)
        .then(|| n.parse().ok())
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{run, PARA, PARA2, PARA3};

    #[test]
    fn a_label_every_page_prints_over_headlines_of_its_own_goes_with_them() {
        use super::super::profile::ProfileBuilder;
        use super::super::{Context, Detector, Item, Scan};
        // Six WordPress posts (held-out-115's shape): the text, then the theme's post navigation, its label on
        // every page, the neighbours' headlines each page's own.
        // (`n` is the page's number; `own` whether the headlines are the page's own.)
        let page = |n: usize, label: &str, tail: &[&str], own: bool| {
            let mut lines = vec![format!("{PARA} Lần thứ {n}."), format!("{PARA2} Kỳ {n}."), label.to_string()];
            let m = if own { n } else { 0 };
            lines.push(format!("Bài trước số {m} về chuyện học tiếng Anh"));
            lines.push(format!("Bài sau số {m} về chuyện đi làm xa nhà"));
            lines.extend(tail.iter().map(|t| t.to_string()));
            lines
        };
        let taken_as = |label: &str, tail: &[&str], own: bool| {
            let docs: Vec<Vec<String>> = (0..6).map(|n| page(n, label, tail, own)).collect();
            let mut builder = ProfileBuilder::default();
            for doc in &docs {
                builder.add(doc.iter().map(String::as_str));
            }
            let profile = builder.finish();
            let cx = Context { profile: Some(&profile), ..Context::default() };
            let items = docs[0].iter().enumerate().map(|(n, l)| Item::new(l.clone(), n + 1)).collect();
            let mut scan = Scan { items, cx, removed_after_edges: 0 };
            super::RecurringCue.detect(&mut scan);
            scan.items.iter().filter(|i| i.removed.is_some()).map(|i| i.text.clone()).collect::<Vec<String>>()
        };
        let taken = |label: &str, tail: &[&str]| taken_as(label, tail, true);
        // (The site's footer under the box, on every page.)
        let footer = "Bản quyền thuộc về Blog Học Tập";
        let gone = taken("Điều hướng bài viết", &[footer]);
        assert_eq!(gone.len(), 3, "{gone:?}");
        assert_eq!(gone[0], "Điều hướng bài viết");
        // Right under the text's last paragraph and ending the seed, nothing of the page around it, the same
        // shape is the text's own closing section (`Kết luận` / `Đáng mua trong tầm giá`): it stays.
        assert!(taken("Điều hướng bài viết", &[]).is_empty());
        // A field's label over the text's own list, with its colon, stays.
        assert!(taken("Đối tượng:", &[footer]).is_empty());
        // So does a label with a line of the text under its lines (a series' section heading the template gives
        // each part, its sentence, then more of the text).
        let more = "Phần tiếp theo của bài sẽ nói về cách nối dây và nạp chương trình cho bo mạch.";
        assert!(taken("Kết nối phần cứng", &[more]).is_empty());
        // Headlines every page prints under the label are the run's (a featured box), no page's own links.
        assert!(taken_as("Điều hướng bài viết", &[footer], false).is_empty());
    }

    #[test]
    fn a_link_inside_running_text_whose_label_names_an_article() {
        // A blog's body on one line (viwikisum, 2021): the related link is one of its sentences.
        let link = "Xem thêm bài: Tiểu sử Dũng Trọc mới nhất.";
        let body = super::super::test_support::parse_fused(&format!("{PARA} {PARA3} {link} {PARA2} {PARA}"));
        assert!(body.removed.iter().any(|r| r.kind == "related-links" && r.text == link), "{:?}", body.removed);
        // A law's cross-reference in its running text stays.
        let text = format!("{PARA} {PARA3} Xem thêm: Điều 5 Luật Đất đai năm 2013. {PARA2} {PARA}");
        let body = super::super::test_support::parse_fused(&text);
        assert!(body.removed.iter().all(|r| r.kind != "related-links"), "{:?}", body.removed);
    }

    #[test]
    fn a_related_block_takes_its_headlines_dates_and_a_heading_of_item_and_relation_cues_it() {
        // vsdc.com.vn (2026) as `w3m -dump` prints it: after the notice, its organisation's other notices and
        // other news, each with its time under it.
        let text = format!(
            "{PARA}\nTin cùng tổ chức\n• ACB12602: Đăng ký, lưu ký trái phiếu\nCập nhật ngày 02/07/2026 - 11:14:20\n\
             Tin khác\n• GPH12601: THÔNG BÁO Ngày hạch toán của trái phiếu doanh nghiệp\nCập nhật ngày 10/07/2026 - \
             16:51:46\n• TPB12602: THÔNG BÁO Ngày hạch toán của trái phiếu doanh nghiệp\nCập nhật ngày 10/07/2026 - 16:23:46"
        );
        let (kept, removed) = run(&text, None);
        // (The first entry opens with a code and a comma, as a date clause opens a sentence: it stays, and
        // so does its date.)
        assert_eq!(kept, [PARA, "• ACB12602: Đăng ký, lưu ký trái phiếu", "Cập nhật ngày 02/07/2026 - 11:14:20"]);
        assert_eq!(removed.len(), 6, "{removed:?}");
        assert_eq!(removed[0].1, "Tin cùng tổ chức");
        // A date under a paragraph of the article stays: no cue, no run.
        let text = format!("{PARA}\nCập nhật ngày 02/07/2026 - 11:14:20\n{PARA2}");
        let (kept, _) = run(&text, None);
        assert_eq!(kept.len(), 3, "{kept:?}");
        // An article's subheading that opens with `Tin` is no cue.
        let text = format!("{PARA}\nTin vui cho người lao động\n{PARA2}");
        let (kept, _) = run(&text, None);
        assert_eq!(kept.len(), 3, "{kept:?}");
    }

    #[test]
    fn a_linked_title_ending_with_a_full_stop_goes_a_sentence_stays() {
        // youmed.vn writes its related links as sentences.
        let text = format!("{PARA}\nXem thêm: Chấn thương cơ xương khớp ở trẻ em.\n{PARA2}");
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, [PARA, PARA2]);
        assert_eq!(removed.len(), 1);
        // Two sentences after the cue are the article's.
        let text = format!("{PARA}\nXem thêm: Trẻ em cần được khám sớm. Bác sĩ khuyên cha mẹ theo dõi kỹ.\n{PARA2}");
        let (kept, _) = run(&text, None);
        assert_eq!(kept.len(), 3, "{kept:?}");
    }

    #[test]
    fn a_related_headline_with_its_button_label_is_cut_out_of_running_text() {
        // Tuổi Trẻ (2025) as a crawler stored it: the article on one line, a related headline and its
        // `ĐỌC NGAY` button glued between two of its sentences.
        let text = "Snopes không tìm thấy dự luật mang tên này trên trang Congress.gov, nơi lưu trữ hồ sơ tất cả dự luật được trình lên Hạ viện và Thượng viện Mỹ. NASA không hề thừa nhận việc đặt chân lên Mặt trăng là trò bịp như tin đồn ĐỌC NGAY Snopes cũng tìm kiếm đạo luật này trên Google song không thấy bất kỳ bản tin chính thống nào liên quan, và các nghị sĩ cũng không lên tiếng về việc này trong nhiều tuần qua như tin đồn đã nói.";
        let text = format!("{text} {text}");
        let body = super::super::test_support::parse_fused(&text);
        let removed: Vec<(&str, &str)> = body.removed.iter().map(|r| (r.rule.as_str(), r.text.as_str())).collect();
        let headline = "NASA không hề thừa nhận việc đặt chân lên Mặt trăng là trò bịp như tin đồn ĐỌC NGAY";
        assert!(removed.contains(&("cue-button", headline)), "{removed:?}");
        let kept: String = body.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join(" ");
        assert!(kept.contains("Snopes cũng tìm kiếm đạo luật này") && !kept.contains("ĐỌC NGAY"), "{kept}");
        // Capitals that are no cue (`UBND TP.HCM`, `VIỆT NAM VÔ ĐỊCH`) are no button.
        assert!(super::super::features::caps_cues("Đội tuyển VIỆT NAM VÔ ĐỊCH Giải đấu năm nay").is_empty());
        assert!(!super::caps_label_after_headline("Người hâm mộ chờ đợi ngày hội lớn XEM NGAY hôm nay"));
    }

    #[test]
    fn cue_and_the_headlines_under_it() {
        let text = format!("{PARA}\n\nCÓ THỂ BẠN QUAN TÂM\n\nGiá vàng hôm nay tăng mạnh sau tin Fed\n\nHà Nội công bố lộ trình cấm xe máy");
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, vec![PARA]);
        assert_eq!(removed.len(), 3);
        assert!(removed.iter().all(|(k, _)| k == "related-links"));
        // The excerpt's source credit after a `Đọc thêm` link is the article's, and stays.
        let text = format!("{PARA}\n> Đọc thêm\nTheo Sức khỏe & Gia đình");
        let (kept, _) = run(&text, None);
        assert_eq!(kept, vec![PARA, "Theo Sức khỏe & Gia đình"]);
    }

    #[test]
    fn a_numbered_list_under_a_cue_goes_whatever_its_items_look_like() {
        let text = format!(
            "{PARA}\n{PARA2}\nKính mời xem các bài liên quan mới đăng gần đây:\n\
             1. FULBRIGHT - USAID - CIA VÀ CÁCH MẠNG MÀU SẮC. BÀI 2- TRAO ĐỔI VỚI SINH VIÊN\n\
             2. ĐỐ CÁC BẠN BIẾT: TẠI SAO KHÔNG BAO GIỜ CÓ ĐẢO CHÍNH Ở WASHINGTON?\n\
             3. Báo Mỹ: HOA KỲ SẼ GẶP KHÓ KHĂN. TƯƠNG LAI ẢM ĐẠM NẾU MUỐN CAN THIỆP VÀO VENEZUELA\n\
             5. Một mục không theo thứ tự thì không thuộc danh sách, và câu này là câu của bài viết."
        );
        let (kept, removed) = run(&text, None);
        assert_eq!(removed.len(), 4, "{removed:?}");
        assert_eq!(kept.len(), 3, "{kept:?}");
    }

    #[test]
    fn inline_cue_and_arrows() {
        let text =
            format!("{PARA}\nXem thêm: Giá vàng hôm nay tăng mạnh\n>> Hà Nội công bố lộ trình cấm xe máy\n{PARA2}");
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, vec![PARA, PARA2]);
        assert_eq!(removed.len(), 2);
    }

    #[test]
    fn an_arrow_before_two_full_sentences_is_the_texts_conclusion() {
        // A design school's blog (2023): a conclusion drawn with `⇒` between two sections.
        let conclusion =
            "⇒ Người chỉ đạo nghệ thuật quyết định bố cục chung. Nhà thiết kế làm theo và hoàn thiện bản chi tiết.";
        let (kept, _) = run(&format!("{PARA}\n{conclusion}\n{PARA2}"), None);
        assert!(kept.contains(&conclusion.to_string()), "{kept:?}");
        // A call to action after an arrow goes, whatever its sentences.
        let call = ">> Quan điểm của bạn thế nào? Gửi bài tại đây.";
        let (kept, _) = run(&format!("{PARA}\n{call}\n{PARA2}"), None);
        assert!(!kept.contains(&call.to_string()), "{kept:?}");
    }

    #[test]
    fn article_after_a_run_keeps_its_subheading() {
        let text = format!("{PARA}\nTin liên quan\nGiá vàng hôm nay tăng mạnh\nNgân sách vượt dự toán\n{PARA2}");
        let (kept, removed) = run(&text, None);
        assert_eq!(kept, vec![PARA, "Ngân sách vượt dự toán", PARA2], "{removed:?}");
    }

    #[test]
    fn cues_and_arrows_inside_running_text() {
        let text = format!(
            "{PARA} (Xem thêm: 'Khán giả hãy vị tha sau mỗi trận thua' ) {PARA2} Cầu thủ chủ yếu rê dắt chờ cơ hội hoặc bất ngờ đột phá trước 16m50 để kiếm lỗi hoặc phạt góc, khiến đối thủ gặp khó. >> Chia sẻ bài viết của bạn cho trang Ý kiến tại đây ."
        );
        let body = super::super::test_support::parse_fused(&text);
        let removed: Vec<&str> = body.removed.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            removed,
            vec![
                "(Xem thêm: 'Khán giả hãy vị tha sau mỗi trận thua' )",
                ">> Chia sẻ bài viết của bạn cho trang Ý kiến tại đây ."
            ]
        );
        let kept: String = body.blocks.iter().map(|b| b.text.as_str()).collect();
        assert!(kept.contains("khiến đối thủ gặp khó.") && kept.contains(PARA2), "{kept}");
    }

    #[test]
    fn sentences_mentioning_cue_words_stay() {
        let text = format!("{PARA}\nXem thêm các quy định mới tại website của Bộ Tài chính.\n{PARA2}");
        let (kept, removed) = run(&text, None);
        assert_eq!(kept.len(), 3, "{removed:?}");
    }
}
