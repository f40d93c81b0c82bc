//! A web form as a text browser prints it, outside the article's running text: a comment form's fields
//! (`Tên * [ ]`, `Email * [ ]`, `[ ] Lưu tên của tôi, email, …`), an application form's required labels
//! (`Điểm xét tuyển Môn 1: *`), and the short lines standing between two fields (the form's notes, `Email
//! của bạn sẽ không được hiển thị công khai…`). Read by the shape of the controls (a checkbox before its
//! label, an empty input box after it, a required mark), no words of any form.
//!
//! It runs last: taking the fields line by line as a line rule disturbed the detectors that read a comment
//! form's whole stretch (its heading, `Để lại một bình luận`, and what follows it), which then left the
//! heading and the notes standing. Inside the running text a field stays (a how-to showing a form).

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
        let core = scan.core();
        let outside = |i: usize| core.is_none_or(|(start, end)| i < start || i > end);
        let live: Vec<usize> = scan.live().into_iter().filter(|&i| !scan.items[i].is_blank()).collect();
        let fields: Vec<usize> = (0..live.len())
            .filter(|&n| {
                outside(live[n]) && scan.items[live[n]].kind.is_none() && field(&scan.items[live[n]].text).is_some()
            })
            .collect();
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
            let typed = fields[k..=end].iter().any(|&n| field(&scan.items[live[n]].text) == Some(Field::Input));
            if end == k || !typed {
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
                    if !item.is_live() || above.len() == GAP || !short(i) || super::features::is_bulleted(&item.text) {
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
        // Inside the text a field stays: a how-to showing the form it explains.
        let howto = format!("{PARA}\nĐiền địa chỉ vào ô như sau:\nEmail * [ ]\n{PARA2}\n{PARA3}");
        let (kept, _) = run(&howto, None);
        assert!(kept.iter().any(|l| l == "Email * [ ]"), "{kept:?}");
    }
}
