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
//!   figures do not keep them. A list the text introduces (`… như sau:`) stays.

use super::features::{ends_sentence, is_menu_entry};
use super::{Detector, RemovedKind, Scan};

/// The list-structure detector.
pub struct Lists;

/// A list item's text (`* x`, `- x`, `+ x`, `• x`), or `None`.
fn list_item(text: &str) -> Option<&str> {
    ["* ", "- ", "+ ", "• ", "· "].iter().find_map(|b| text.strip_prefix(b)).map(str::trim)
}

/// The words of a contents entry or heading in lower case, its numbering left out (`1.11. Cá lăng` → `cá
/// lăng`).
fn entry_words(text: &str) -> Vec<String> {
    let text = list_item(text).unwrap_or(text);
    let key = crate::parse::text::comparison_key(text);
    let words: Vec<&str> = key.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let numbering = words.iter().take_while(|w| w.chars().all(|c| c.is_ascii_digit())).count();
    words[numbering..].iter().map(|w| w.to_string()).collect()
}

/// A short line a contents list or a menu holds: at most twelve words and 100 characters.
fn is_entry(text: &str) -> bool {
    text.chars().count() <= 100 && text.split_whitespace().count() <= 12
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
        if let Some((_, end)) = scan.core() {
            tail_lists(scan, end);
        }
    }
}

/// See the module's documentation.
fn table_of_contents(scan: &mut Scan) {
    let live: Vec<usize> = scan.live().into_iter().filter(|&i| scan.items[i].group.is_none()).collect();
    let words: Vec<Vec<String>> = live.iter().map(|&i| entry_words(&scan.items[i].text)).collect();
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
            (n..after).map(|k| !words[k].is_empty() && (k + 1..live.len()).any(|m| words[m] == words[k])).collect();
        // The contents: from the first entry said again to the last, most of them said again.
        let (Some(first), Some(last)) = (said.iter().position(|&s| s), said.iter().rposition(|&s| s)) else {
            n = after;
            continue;
        };
        let matched = said[first..=last].iter().filter(|&&s| s).count();
        if matched >= 3 && matched * 3 >= (last - first + 1) * 2 {
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
        n = after;
    }
}

/// See the module's documentation.
fn tail_lists(scan: &mut Scan, end: usize) {
    let live: Vec<usize> = scan.live().into_iter().filter(|&i| i > end && scan.items[i].group.is_none()).collect();
    let mut n = 0;
    while n < live.len() {
        let item = |k: usize| {
            let text = &scan.items[live[k]].text;
            // A menu's entries are names: no colon (`Số ca tử vong: 35 ca`, `Địa chỉ: …` are the article's
            // data), no sentence.
            list_item(text).is_some_and(|t| is_entry(t) && !t.contains(':') && !ends_sentence(t))
        };
        let len = (n..live.len()).take_while(|&k| item(k)).count();
        if len >= 4 {
            let label = n.checked_sub(1).filter(|&k| {
                let text = scan.items[live[k]].text.trim_end();
                !item(k) && (is_label(text) || (text.chars().count() <= 60 && !ends_sentence(text)))
            });
            let introduced = n.checked_sub(1).is_some_and(|k| {
                let text = scan.items[live[k]].text.trim_end();
                text.ends_with(':') && !(is_label(text.trim_end_matches(':')) || text.chars().count() <= 40)
            });
            if !introduced {
                for &i in live[n..n + len].iter().chain(label.map(|k| &live[k])) {
                    scan.remove(i, RemovedKind::Navigation, "tail-list");
                }
            }
        }
        n += len.max(1);
    }
}

#[cfg(test)]
mod tests {
    use crate::parse::boilerplate::test_support::{run, PARA, PARA2, PARA3};

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
