//! How a book's contents are grouped: a large book (from [`AUTO_FROM`] articles) lists its articles under
//! their outlet, category or month instead of in one flat list of hundreds of titles, and its reading
//! order follows the groups (so a contents list is always in reading order, as EPUB's nav must be).
//!
//! The field is chosen automatically (`--group-by auto`): of outlet, category and date, those that split
//! the book into 2 to [`MAX_GROUPS`] groups (articles without the field count as one more group, listed
//! last) and that at least half of the articles carry; of those, the one most articles carry (outlet
//! first, then category, then date on a tie). Dates group by month, or by year when there would be more
//! than [`MAX_GROUPS`] months. None qualifying, the contents stay flat. `--group-by outlet|category|date`
//! forces a field for any book of several articles, `--group-by none` keeps the input order and one list.
//!
//! Groups of outlets and categories come in Vietnamese alphabetical order (a ă â b c d đ e ê …, tones
//! ignored), their articles in input order; date groups come oldest first, their articles by date.

use super::timestamp;
use crate::model::Document;
use std::collections::BTreeMap;
use unicode_normalization::UnicodeNormalization;

/// How to group a book's contents (`--group-by`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum GroupBy {
    /// The field that splits a large book best, or none (see the module doc).
    #[value(help = None::<&str>)] // the doc comments are for rustdoc: `--group-by`'s help stays a bare list
    #[default]
    Auto,
    /// The outlet that published each article.
    #[value(help = None::<&str>)]
    Outlet,
    /// The article's section or topic.
    #[value(help = None::<&str>)]
    Category,
    /// The article's publication month (or year).
    #[value(help = None::<&str>)]
    Date,
    /// One flat list, in input order.
    #[value(help = None::<&str>)]
    None,
}

/// Books of at least this many articles are grouped by `--group-by auto`: below it a flat contents list
/// fits on a page or two.
pub const AUTO_FROM: usize = 50;

/// The most groups `--group-by auto` makes: more would be a second long list to scroll.
pub const MAX_GROUPS: usize = 40;

/// A run of the book's articles listed under one label.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Group {
    /// The group's heading in the contents; `None` for the one group of a book that is not grouped.
    pub label: Option<String>,
    /// Indices into the book's documents, in reading order.
    pub docs: Vec<usize>,
}

/// The book's groups, in reading order: one unlabelled group of every article in input order when the
/// book is not grouped.
pub fn groups(docs: &[Document], by: GroupBy) -> Vec<Group> {
    let flat = || vec![Group { label: None, docs: (0..docs.len()).collect() }];
    let field = match by {
        _ if docs.len() < 2 => return flat(),
        GroupBy::None => return flat(),
        GroupBy::Auto if docs.len() < AUTO_FROM => return flat(),
        GroupBy::Auto => match choose(docs) {
            Some(field) => field,
            None => return flat(),
        },
        GroupBy::Outlet => Field::Outlet,
        GroupBy::Category => Field::Category,
        GroupBy::Date => Field::Date(date_unit(docs)),
    };
    split(docs, field)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Field {
    Outlet,
    Category,
    Date(DateUnit),
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DateUnit {
    Month,
    Year,
}

/// What `--group-by auto` picks (see the module doc).
fn choose(docs: &[Document]) -> Option<Field> {
    let candidates = [Field::Outlet, Field::Category, Field::Date(date_unit(docs))];
    let mut best: Option<(usize, Field)> = None;
    for field in candidates {
        let keys: Vec<Option<(String, String)>> = docs.iter().map(|d| key(d, field)).collect();
        let carried = keys.iter().filter(|k| k.is_some()).count();
        let distinct = keys.iter().flatten().map(|(k, _)| k).collect::<std::collections::BTreeSet<_>>().len();
        let count = distinct + usize::from(carried < docs.len());
        let fits = (2..=MAX_GROUPS).contains(&count) && 2 * carried >= docs.len();
        if fits && best.is_none_or(|(n, _)| carried > n) {
            best = Some((carried, field));
        }
    }
    best.map(|(_, field)| field)
}

/// Months, unless the dated articles span more than `MAX_GROUPS` of them.
fn date_unit(docs: &[Document]) -> DateUnit {
    let months: std::collections::BTreeSet<_> =
        docs.iter().filter_map(|d| key(d, Field::Date(DateUnit::Month))).collect();
    if months.len() > MAX_GROUPS {
        DateUnit::Year
    } else {
        DateUnit::Month
    }
}

/// An article's group as (sort key, label), or `None` when it lacks the field.
fn key(doc: &Document, field: Field) -> Option<(String, String)> {
    let named = |s: &Option<String>| {
        let s = s.as_deref()?.trim();
        (!s.is_empty()).then(|| (collation_key(s), s.to_string()))
    };
    match field {
        Field::Outlet => named(&doc.publisher),
        Field::Category => named(&doc.category),
        Field::Date(unit) => {
            let date = doc.date.as_deref().filter(|d| timestamp(d).is_some())?;
            let (year, month) = (date.get(..4)?, date.get(5..7));
            match (unit, month) {
                (DateUnit::Month, Some(m)) => {
                    let label = format!("Tháng {} năm {year}", m.trim_start_matches('0'));
                    Some((format!("{year}-{m}"), label))
                }
                _ => Some((year.to_string(), format!("Năm {year}"))),
            }
        }
    }
}

/// The label of the group of articles without the field.
fn missing_label(field: Field) -> &'static str {
    match field {
        Field::Outlet => "Không rõ nguồn",
        Field::Category => "Không rõ chuyên mục",
        Field::Date(_) => "Không rõ ngày",
    }
}

fn split(docs: &[Document], field: Field) -> Vec<Group> {
    let mut known: BTreeMap<String, Group> = BTreeMap::new();
    let mut missing = Vec::new();
    for (i, doc) in docs.iter().enumerate() {
        match key(doc, field) {
            Some((k, label)) => {
                known.entry(k).or_insert_with(|| Group { label: Some(label), docs: Vec::new() }).docs.push(i)
            }
            None => missing.push(i),
        }
    }
    let mut groups: Vec<Group> = known.into_values().collect();
    if let Field::Date(_) = field {
        for group in &mut groups {
            group.docs.sort_by_key(|&i| docs[i].date.as_deref().and_then(timestamp));
            // stable: ties keep input order
        }
    }
    if !missing.is_empty() {
        groups.push(Group { label: Some(missing_label(field).to_string()), docs: missing });
    }
    groups
}

/// A key that sorts Vietnamese words alphabetically: letters by base (a ă â b c d đ e ê g … o ô ơ … u ư),
/// case and tone marks ignored, then the text itself (so distinct names never tie).
fn collation_key(s: &str) -> String {
    let mut key = String::with_capacity(s.len() * 2);
    // Each letter is its base and a variant: plain, then with breve, circumflex or horn (`đ` is `d`'s).
    let variant = |key: &mut String, v: char| {
        key.pop();
        key.push(v);
    };
    for c in s.nfd().flat_map(char::to_lowercase) {
        match c {
            '\u{0306}' => variant(&mut key, '\u{2}'),
            '\u{0302}' => variant(&mut key, '\u{3}'),
            '\u{031B}' => variant(&mut key, '\u{4}'),
            'đ' => key.push_str("d\u{2}"),
            c if is_tone(c) => {}
            c => {
                key.push(c);
                key.push('\u{1}');
            }
        }
    }
    key.push('\0');
    key.push_str(s);
    key
}

fn is_tone(c: char) -> bool {
    matches!(c, '\u{0300}' | '\u{0301}' | '\u{0303}' | '\u{0309}' | '\u{0323}')
}

/// The documents' indices in the book's reading order.
pub fn reading_order(groups: &[Group]) -> Vec<usize> {
    groups.iter().flat_map(|g| g.docs.iter().copied()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::write::test_doc;

    fn labels(groups: &[Group]) -> Vec<(&str, usize)> {
        groups.iter().map(|g| (g.label.as_deref().unwrap_or("-"), g.docs.len())).collect()
    }

    /// `n` articles, article `i` with the outlet, category and date the closures give.
    fn book(
        n: usize,
        outlet: impl Fn(usize) -> Option<String>,
        category: impl Fn(usize) -> Option<String>,
        date: impl Fn(usize) -> Option<String>,
    ) -> Vec<Document> {
        (0..n)
            .map(|i| test_doc(&format!("Bài {i}"), date(i).as_deref(), outlet(i).as_deref(), category(i).as_deref()))
            .collect()
    }

    #[test]
    fn small_books_and_none_stay_flat_in_input_order() {
        let docs = book(10, |i| Some(format!("Báo {}", i % 3)), |_| None, |_| None);
        assert_eq!(groups(&docs, GroupBy::Auto), vec![Group { label: None, docs: (0..10).collect() }]);
        let docs = book(60, |i| Some(format!("Báo {}", i % 3)), |_| None, |_| None);
        assert_eq!(groups(&docs, GroupBy::None).len(), 1);
        assert_eq!(groups(&docs[..1], GroupBy::Outlet)[0].label, None);
    }

    #[test]
    fn auto_picks_the_field_most_articles_carry_within_the_group_limit() {
        // Outlets: 60 distinct (too many); categories: 3, on two thirds; dates: 2 months, on all.
        let docs = book(
            60,
            |i| Some(format!("Báo {i}")),
            |i| (i % 3 != 0).then(|| ["Thể thao", "Kinh tế"][i % 2].to_string()),
            |i| Some(format!("2013-0{}-0{}", 5 + i % 2, 1 + i % 9)),
        );
        let g = groups(&docs, GroupBy::Auto);
        assert_eq!(labels(&g), [("Tháng 5 năm 2013", 30), ("Tháng 6 năm 2013", 30)]);
        // Within a month, by date; the same date keeps input order.
        let dates: Vec<&str> = g[0].docs.iter().map(|&i| docs[i].date.as_deref().unwrap()).collect();
        assert!(dates.windows(2).all(|w| w[0] <= w[1]), "{dates:?}");
        assert_eq!(reading_order(&g).len(), 60);
        // Forced: categories, alphabetical (Kinh tế < Thể thao), the rest last.
        let g = groups(&docs, GroupBy::Category);
        assert_eq!(labels(&g), [("Kinh tế", 20), ("Thể thao", 20), ("Không rõ chuyên mục", 20)]);
        assert_eq!(g[2].docs[..3], [0, 3, 6]);
    }

    #[test]
    fn auto_wants_half_the_articles_to_carry_the_field() {
        let docs = book(60, |i| (i < 29).then(|| format!("Báo {}", i % 4)), |_| None, |_| None);
        assert_eq!(groups(&docs, GroupBy::Auto).len(), 1);
        let docs = book(60, |i| (i < 30).then(|| format!("Báo {}", i % 4)), |_| None, |_| None);
        assert_eq!(labels(&groups(&docs, GroupBy::Auto)).last(), Some(&("Không rõ nguồn", 30)));
    }

    #[test]
    fn dates_spanning_many_months_group_by_year() {
        let docs = book(60, |_| None, |_| None, |i| Some(format!("{}-{:02}-15", 2000 + i / 12, 1 + i % 12)));
        let g = groups(&docs, GroupBy::Auto);
        assert_eq!(labels(&g)[0], ("Năm 2000", 12));
        assert_eq!(g.len(), 5);
    }

    #[test]
    fn vietnamese_alphabetical_order() {
        let mut names = vec!["Đời sống", "Du lịch", "Ẩm thực", "Âm nhạc", "Anh", "ăn", "Ơn", "Ông", "Ở", "Pháp luật"];
        names.sort_by_key(|s| collation_key(s));
        assert_eq!(names, ["Anh", "ăn", "Âm nhạc", "Ẩm thực", "Du lịch", "Đời sống", "Ông", "Ở", "Ơn", "Pháp luật"]);
    }
}
