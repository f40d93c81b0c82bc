//! A web form as a text browser prints it, outside the article's running text: a comment form's fields
//! (`Tên * [ ]`, `Email * [ ]`, `[ ] Lưu tên của tôi, email, …`), an application form's required labels
//! (`Điểm xét tuyển Môn 1: *`), and the short lines standing between two fields (the form's notes, `Email
//! của bạn sẽ không được hiển thị công khai…`). Read by the shape of the controls (a checkbox before its
//! label, an empty input box after it, a required mark), no words of any form.
//!
//! It runs last: taking the fields line by line as a line rule disturbed the detectors that read a comment
//! form's whole stretch (its heading, `Để lại một bình luận`, and what follows it), which then left the
//! heading and the notes standing. Inside the running text a field stays (a how-to showing a form), and so
//! does a form with running text after it: a fill-in block the article shows (an exam sheet, a template, a
//! self-test, a sample ballot) goes on with its paragraphs.

use super::{Detector, RemovedKind, Scan};

/// Lines between two fields taken with them, at most.
const GAP: usize = 2;

/// The form detector.
pub(super) struct FormFields;

/// What a form's field line holds.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub(crate) enum Field {
    /// A checkbox before its label (`[ ] Lưu tên …`, `[x] Đồng ý`).
    Checkbox,
    /// A label before an empty input box (`Email * [ ]`, `Họ tên [____]`; 60 characters of label at most on
    /// either side, a letter in it: an exercise's blank, `38 + 5 = [ ]`, has none).
    Input,
    /// A required field's label alone (`Điểm xét tuyển Môn 1: *`, `Tên *`; 60 characters at most, no other
    /// `*`).
    Required,
}

/// The labels a form asks its sender with, in lower case.
const SENDER_LABELS: [&str; 19] = [
    "bình luận",
    "comment",
    "e-mail",
    "email",
    "name",
    "nội dung",
    "số điện thoại",
    "tên",
    "tên của bạn",
    "trang web",
    "website",
    "điện thoại",
    "họ tên",
    "họ và tên",
    "your name",
    "your email",
    "tiêu đề",
    "thư điện tử",
    "trang mạng",
];

/// Whether `label` (before an input box) is one of `SENDER_LABELS`, its required mark and colon aside.
fn sender_label(label: &str) -> bool {
    let l = crate::parse::text::lowercase(label.trim().trim_end_matches(['*', ':', ' ']));
    SENDER_LABELS.contains(&l.as_str())
}

/// The field `text` is, if any.
pub(crate) fn field(text: &str) -> Option<Field> {
    let t = text.trim();
    let checkbox =
        ["[ ] ", "[x] ", "[X] ", "[*] "].iter().any(|b| t.strip_prefix(b).is_some_and(|r| !r.trim().is_empty()));
    if checkbox {
        return Some(Field::Checkbox);
    }
    // An empty box: brackets with spaces or underscores only between them.
    let boxed = t.match_indices('[').any(|(open, _)| {
        let rest = &t[open + 1..];
        rest.find(']').is_some_and(|close| {
            let inner = &rest[..close];
            inner.chars().all(|c| c == ' ' || c == '_')
                && t[..open].chars().count() <= 60
                && rest[close + 1..].chars().count() <= 60
                && t.chars().any(char::is_alphabetic)
        })
    });
    if boxed {
        return Some(Field::Input);
    }
    let required = t.strip_suffix(" *").or_else(|| t.strip_suffix(":*")).or_else(|| t.strip_suffix(": *"));
    required
        .is_some_and(|label| {
            let label = label.trim();
            !label.is_empty()
                && label.chars().count() <= 60
                && !label.contains('*')
                && label.chars().any(char::is_alphabetic)
        })
        .then_some(Field::Required)
}

impl Detector for FormFields {
    fn name(&self) -> &'static str {
        "form-field"
    }

    fn detect(&self, scan: &mut Scan) {
        boxed_labels(scan);
        let live: Vec<usize> = scan.live().into_iter().filter(|&i| !scan.items[i].is_blank()).collect();
        // The fields first, each read once (as positions in `live`, with what they are): most documents
        // have none, and the running text's span is not worked out for them.
        let candidates: Vec<(usize, Field)> = (0..live.len())
            .filter(|&n| scan.items[live[n]].kind.is_none())
            .filter_map(|n| field(&scan.items[live[n]].text).map(|f| (n, f)))
            .collect();
        if candidates.len() < 2 {
            return;
        }
        let core = scan.core();
        let outside = |i: usize| core.is_none_or(|(start, end)| i < start || i > end);
        let (fields, kinds): (Vec<usize>, Vec<Field>) =
            candidates.into_iter().filter(|&(n, _)| outside(live[n])).unzip();
        let short = |i: usize| scan.items[i].text.chars().count() <= 120 && outside(i);
        let mut taken: Vec<usize> = Vec::new();
        // The fields in groups, each next one within `GAP` lines of the last.
        let mut k = 0;
        while k < fields.len() {
            let mut end = k;
            while end + 1 < fields.len() && fields[end + 1] - fields[end] - 1 <= GAP {
                end += 1;
            }
            let (first, last) = (fields[k], fields[end]);
            // A form asks for something typed: two fields at least, one an input box (a ballot's, a task
            // list's or a survey's check boxes alone, an exercise's blanks, a lone box are no form — a
            // reviewer's probes).
            // And it asks who is writing: an input box under a sender's label (`Email * [ ]`, `Họ tên [ ]`,
            // `Bình luận [ ]`), the closed class every contact or comment form asks with. An exam's, a
            // template's or a self-test's blanks the article shows ask other things (`Câu 1. … [____]`,
            // `Tôi tên là: [____]`, `Số điểm của bạn: [___]` — a reviewer's probes).
            let typed = (k..=end).any(|m| {
                let t = &scan.items[live[fields[m]]].text;
                kinds[m] == Field::Input && t.split_once('[').is_some_and(|(label, _)| sender_label(label))
            });
            // And it closes the text: no running text after it (an exam sheet, a template, a self-test or a
            // sample ballot the article shows goes on with the article's paragraphs — a reviewer's probes).
            let text_after = (live[last] + 1..scan.items.len())
                .any(|i| scan.items[i].is_live() && scan.items[i].class() == super::features::Class::Good);
            if end == k || !typed || text_after {
                k = end + 1;
                continue;
            }
            // The lines between fields, when short: the form's notes.
            taken.extend((first..=last).filter(|&n| fields[k..=end].contains(&n) || short(live[n])).map(|n| live[n]));
            // A form of three fields or more: its heading and note right above it (`Trả lời Hủy`, `Email của
            // bạn sẽ không được hiển thị công khai…`), and the rest of its last label that the browser wrapped
            // (`luận kế tiếp của tôi.`, in lower case).
            if end - k >= 2 {
                // (Up to a line already taken, which the form's heading may be: what stands above that is
                // the page's, or the article's last list.)
                let mut above = Vec::new();
                for i in (0..live[first]).rev() {
                    let item = &scan.items[i];
                    if item.is_blank() {
                        continue;
                    }
                    // (Nor a sentence or a line that introduces: the article's lead or its `… như sau:`.)
                    let t = item.text.trim_end();
                    let sentence = super::features::ends_sentence(t) || t.ends_with(':');
                    if !item.is_live() || above.len() == GAP || !short(i) || sentence || super::features::is_bulleted(t)
                    {
                        break;
                    }
                    above.push(i);
                }
                taken.extend(above);
                let wrapped = live
                    .get(last + 1)
                    .copied()
                    .filter(|&i| short(i) && scan.items[i].text.chars().next().is_some_and(char::is_lowercase));
                taken.extend(wrapped);
            }
            k = end + 1;
        }
        for i in taken {
            scan.remove(i, RemovedKind::PageTools, "form-field");
        }
    }
}

/// An input box as a text browser draws one on a line of its own under its label: underscores alone, eight
/// or more (`______________________________`), or a text area's rows joined into one line (`_____ _____`).
fn input_box(text: &str) -> bool {
    let t = text.trim();
    t.len() >= 8 && t.split(' ').all(|run| run.len() >= 3 && run.bytes().all(|b| b == b'_'))
}

/// A form a text browser drew a field a line (w3m, lynx: `Tên*` over `______`, `Trang Mạng` over `______`):
/// outside the running text, the short line right above an input box (60 characters at most, a letter in it,
/// no sentence, no list entry) is the field's label when another box stands within eight lines (two boxes: a
/// form), one of the labels asks for the sender with its required mark (`Tên*`: `SENDER_LABELS`), and no
/// running text follows the form (a fill-in block the article shows goes on with its text). Removed as
/// `page-tools`, rule `form-field`, with the boxes still standing (a comment's text area, its rows joined).
/// It runs after the detectors that read a comment form's stretch by its boxes (`comments`), as the rest of
/// this one.
fn boxed_labels(scan: &mut Scan) {
    // (Most documents have no box: the byte test first.)
    let boxes: Vec<usize> = (0..scan.items.len())
        .filter(|&i| scan.items[i].text.trim_start().starts_with('_') && input_box(&scan.items[i].text))
        .collect();
    if boxes.len() < 2 {
        return;
    }
    let core = scan.core();
    let outside = |i: usize| core.is_none_or(|(start, end)| i < start || i > end);
    let label_of = |b: usize| {
        let label = b.checked_sub(1)?;
        let item = &scan.items[label];
        let t = item.text.trim();
        let shaped = t.chars().count() <= 60
            && t.chars().any(char::is_alphabetic)
            && !super::features::ends_sentence(t)
            && !super::features::is_bulleted(t);
        (item.is_live() && !item.is_blank() && outside(label) && shaped).then_some(label)
    };
    // (The last line of running text, found once: each group asks whether any follows it.)
    let last_text = (0..scan.items.len())
        .rev()
        .find(|&i| scan.items[i].is_live() && scan.items[i].class() == super::features::Class::Good);
    let mut taken = Vec::new();
    // The boxes in groups, each next one within eight lines of the last: a form of two boxes or more.
    let mut k = 0;
    while k < boxes.len() {
        let mut end = k;
        while end + 1 < boxes.len() && boxes[end + 1] - boxes[end] <= 8 {
            end += 1;
        }
        let group = &boxes[k..=end];
        k = end + 1;
        // It asks who is writing, as a web form does and a template, a worksheet or a tax return the article
        // shows does not: a sender's label with its required mark (`Tên*`, `Email *`). And no running text
        // follows it (a reviewer's probes: a leave request's `Họ và tên:`, a return's `[04] Tên người nộp
        // thuế`, a test's `Câu 1:` over their blanks).
        let asks_sender = group.iter().filter_map(|&b| label_of(b)).any(|l| {
            let t = scan.items[l].text.trim();
            t.ends_with('*') && sender_label(t)
        });
        let last = group[group.len() - 1];
        let text_after = last_text.is_some_and(|t| t > last);
        if group.len() < 2 || !asks_sender || text_after || !group.iter().all(|&b| outside(b)) {
            continue;
        }
        for &b in group {
            if scan.items[b].is_live() {
                taken.push(b);
            }
            taken.extend(label_of(b));
        }
    }
    for i in taken {
        scan.remove(i, RemovedKind::PageTools, "form-field");
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::{run, PARA, PARA2, PARA3};
    use super::*;

    #[test]
    fn fields_by_their_controls() {
        for line in [
            "Email * [ ]",
            "Tên * [______]",
            "[ ] Lưu tên của tôi, email, và trang web",
            "Điểm xét tuyển Môn 1: *",
            "Tên *",
        ] {
            assert!(field(line).is_some(), "{line}");
        }
        for line in [
            "Giá chỉ từ 45.000 đồng* (chưa gồm VAT) cho mỗi bao phân bón hữu cơ loại tốt",
            "[Screenshot_10]",
            "Bấm vào nút [Gửi] để hoàn tất.",
            "* Ghi chú: giá có thể thay đổi",
            "[ ]",
            "38 + 5 = [ ]",
        ] {
            assert!(field(line).is_none(), "{line}");
        }
    }

    #[test]
    fn a_comment_form_after_the_text_goes_with_its_notes() {
        // A WordPress comment form as w3m prints it (2023), under the article.
        let form = "Trả lời Hủy\nEmail của bạn sẽ không được hiển thị công khai. Các trường bắt buộc được đánh\ndấu *\nBình luận [ ]\nTên * [ ]\nEmail * [ ]\nTrang web [ ]\n[ ] Lưu tên của tôi, email, và trang web trong trình duyệt này cho lần bình\nluận kế tiếp của tôi.";
        let (kept, _) = run(&format!("{PARA}\n{PARA2}\n{PARA3}\n{form}"), None);
        assert_eq!(kept, vec![PARA, PARA2, PARA3], "{kept:?}");
        // A fill-in block the article shows stays, at its end too: a template asks no sender, a test's blanks
        // and a self-test's boxes neither, and text after a block keeps it (a reviewer's probes).
        for block in [
            "Kính gửi: Công an phường [____]\nTôi tên là: [______]\nSinh ngày: [__/__/____]\nNơi thường trú: [______]",
            "Câu 1. Bầu trời mùa thu có màu gì? [______]\nCâu 2. Đánh dấu vào ô đúng:\n[ ] Bài văn tả mùa xuân\n[ ] Bài văn tả mùa thu",
            "[ ] Cảm thấy buồn bã, chán nản\n[ ] Khó ngủ hoặc ngủ quá nhiều\nSố điểm của bạn: [___]",
        ] {
            let (_, removed) = run(&format!("{PARA}\n{PARA2}\n{block}"), None);
            assert!(removed.iter().all(|(kind, _)| kind != "page-tools"), "{block}: {removed:?}");
            let (kept, _) = run(&format!("{PARA}\n{block}\n{PARA2}\n{PARA3}\nHọ tên * [____]\nEmail * [____]"), None);
            assert!(kept.len() > 3 && !kept.iter().any(|l| l.starts_with("Họ tên")), "{block}: {kept:?}");
        }
        // A form a text browser drew a field a line, each label over its box (a WordPress sport blog's, lynx,
        // 2022): the labels go, whatever their words; not over a form the article shows and goes on after.
        let drawn = "Tên*\n______________________________\n\nThư điện tử*\n______________________________\n\nTrang Mạng\n______________________________";
        let area =
            "Phản hồi\n_____________________________________________ _____________________________________________";
        let (kept, _) = run(&format!("{PARA}\n{PARA2}\n{PARA3}\n{area}\n\n{drawn}"), None);
        assert_eq!(kept, vec![PARA, PARA2, PARA3], "{kept:?}");
        // A template, a worksheet or a tax return the article shows ends it with blanks asking no sender with a
        // required mark: they stay (a reviewer's probes).
        for block in [
            "Họ và tên:\n______________________________\nNgày sinh:\n______________________________\nNgười làm đơn\n______________________________",
            "Câu 1: Thủ đô của Việt Nam là gì?\n______________________________\nCâu 2: Sông nào dài nhất Việt Nam?\n______________________________",
        ] {
            let (_, removed) = run(&format!("{PARA}\n{PARA2}\n{PARA3}\n{block}"), None);
            assert!(removed.iter().all(|(kind, _)| kind != "page-tools"), "{block}: {removed:?}");
        }
        // (Other detectors read such lines as widgets between separators; this one leaves them.)
        let (_, removed) = run(&format!("{PARA}\n{drawn}\n{PARA2}\n{PARA3}"), None);
        assert!(removed.iter().all(|(kind, _)| kind != "page-tools"), "{removed:?}");
        // Inside the text a field stays: a how-to showing the form it explains.
        let howto = format!("{PARA}\nĐiền địa chỉ vào ô như sau:\nEmail * [ ]\n{PARA2}\n{PARA3}");
        let (kept, _) = run(&howto, None);
        assert!(kept.iter().any(|l| l == "Email * [ ]"), "{kept:?}");
    }
}
