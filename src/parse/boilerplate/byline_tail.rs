//! Other stories' sapos after the article's byline, with no headline over them: a related box whose
//! headlines the scraper dropped and kept the summaries (VietNamNet as a crawler kept it: the last
//! paragraph, `Thanh Hảo` or `An Yên (Theo Business Insider)`, then one to three one-sentence summaries of
//! other stories).
//!
//! In one document the shape proves nothing: a letter's signature, a reader's signature over a doctor's
//! answer, a place's name over an article's last part look the same (a reviewer's probes withdrew this
//! rule when it judged one document alone). What tells a site's template is evidence across documents: the
//! run's profile counts the documents that end this way (`SHAPE_KEY`, learned by `seed_has_shape` from
//! every seed's cleaned lines, like the recurring lines), and the sapos go only in a run where a fifth of
//! ten documents or more end so (`profile::Profile::shares_shape`). A single file, a small folder, or a
//! run where the shape is one document's accident keeps them. Being a count in the profile, the evidence
//! is the same for any `--jobs`, and for any shard given the run's `--profile`.

use super::features::{classify, ends_sentence, inner_sentence_ends, is_name_like, Class};
use super::{RemovedKind, Scan};
use crate::decode::clean::Line;
use crate::model::BlockKind;
use crate::parse::text::{lowercase, more_chars_than};

/// Most sapos taken after a byline.
const MOST_SAPOS: usize = 3;

/// The profile's key for "this document ends with sapos after a byline": `profile::line_key` of a text no
/// cleaned line can hold (its first character is a control character, which cleaning removes).
pub fn shape_key() -> u64 {
    super::profile::line_key("\u{1}shape: sapos after byline").unwrap_or_default()
}

/// A line that reads as another story's sapo: one or two finished sentences, 40 to 320 characters, opening
/// with a capital, a digit or a quote, no name.
fn sapo(text: &str) -> bool {
    let chars = text.chars().count();
    (40..=320).contains(&chars)
        && ends_sentence(text)
        && !text.trim_end().ends_with(';')
        && inner_sentence_ends(text) <= 1
        && text.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit() || matches!(c, '"' | '“'))
        && !is_name_like(text)
}

/// One or two reporters' names closing the article (`Thanh Hảo`, `Thúy Hạnh - Hồ Giáp`, `An Yên (Theo
/// Business Insider)`): two to six capitalised words, two reporters apart by `-`, `–`, `,` or `&`, a note
/// in brackets at the end; no digits, no colon, no title before the name (`Ông`, `Bà`: a speaker's turn).
fn signed(text: &str) -> bool {
    let name = text.split('(').next().unwrap_or(text).trim();
    let noted = text.len() == name.len() || text.trim_end().ends_with(')');
    let words: Vec<&str> = name.split_whitespace().filter(|w| !matches!(*w, "-" | "–" | "," | "&")).collect();
    let titled = words.first().is_some_and(|w| PERSON_TITLES.contains(&lowercase(w).as_str()));
    noted
        && !titled
        && !text.contains(|c: char| c.is_ascii_digit() || c == ':')
        && (2..=6).contains(&words.len())
        && words.iter().all(|w| w.trim_end_matches(',').chars().next().is_some_and(char::is_uppercase))
}

/// Words a speaker's or a person's name opens with when it heads a turn or a section, not a byline.
const PERSON_TITLES: &[&str] = &["ông", "bà", "anh", "chị", "em", "cô", "chú", "bác", "cụ", "thầy", "bé", "cháu"];

/// Running text that ends a sentence: the article's last paragraph.
fn closes(text: &str) -> bool {
    ends_sentence(text) && matches!(classify(text), Class::Good | Class::NearGood)
}

/// How many sapos close a document after its byline and last paragraph: 1 to `MOST_SAPOS`, or 0 when it
/// does not end so. `tail` holds its last non-blank texts in order (`MOST_SAPOS + 2` are enough), `solid`
/// counts them all: the article must have two lines at least before its last paragraph.
fn sapos_at_end(tail: &[&str], solid: usize) -> usize {
    let sapos = tail.iter().rev().take(MOST_SAPOS + 1).take_while(|t| sapo(t)).count();
    if sapos == 0 || sapos > MOST_SAPOS || solid < sapos + 4 || tail.len() < sapos + 2 {
        return 0;
    }
    let close = tail.len() - sapos - 1;
    if signed(tail[close]) && closes(tail[close - 1]) {
        sapos
    } else {
        0
    }
}

/// Whether a seed's cleaned lines end with the shape, for learning a profile. The byline and the sapos
/// stand at most one blank line apart: a layout that sets the article's own sapo last, three blank lines
/// under the body (`Layout::ParagraphsSapoLast`), is no related box.
pub fn seed_has_shape(lines: &[Line]) -> bool {
    // The last non-blank lines, last first, each with the blank lines under it.
    let mut tail: Vec<(&str, usize)> = Vec::with_capacity(MOST_SAPOS + 2);
    let mut solid = 0;
    let mut blanks = 0;
    for line in lines.iter().rev() {
        if line.text.is_empty() {
            blanks += 1;
            continue;
        }
        solid += 1;
        if tail.len() < MOST_SAPOS + 2 {
            tail.push((&line.text, blanks));
        }
        blanks = 0;
    }
    let texts: Vec<&str> = tail.iter().rev().map(|&(t, _)| t).collect();
    let sapos = sapos_at_end(&texts, solid);
    // (The blank lines under the last sapo, at the seed's end, do not count.)
    sapos > 0 && tail[..sapos + 1].iter().skip(1).all(|&(_, b)| b <= 1)
}

/// The detector's part: in a run whose profile shares the shape, the sapos after the byline go
/// (`teasers`, rule `sapos-after-byline`). Not in an article with subheadings (`Hà Nội`, `Đà Nẵng` over each
/// city's part may end it with a part under a name), nor when the sapos reach half the article.
pub(super) fn sapos_after_byline(scan: &mut Scan) {
    if !scan.cx.profile.is_some_and(|p| p.shares_shape(shape_key())) {
        return;
    }
    let live: Vec<usize> = scan.live();
    let texts: Vec<&str> = live.iter().rev().take(MOST_SAPOS + 2).rev().map(|&i| scan.items[i].text.as_str()).collect();
    let sapos = sapos_at_end(&texts, live.len());
    if sapos == 0 {
        return;
    }
    let close = live.len() - sapos - 1;
    let plain = |i: usize| scan.items[i].kind.is_none() && scan.items[i].group.is_none();
    let byline_typed = matches!(scan.items[live[close]].kind, None | Some(BlockKind::Attribution));
    if !byline_typed
        || scan.items[live[close]].group.is_some()
        || scan.items[live[close - 1]].kind.is_some()
        || !live[close + 1..].iter().all(|&i| plain(i))
    {
        return;
    }
    // A subheading: a short line that ends no sentence, between the article's first line and the close.
    let subheaded = live[1..close].iter().any(|&i| {
        let t = scan.items[i].text.as_str();
        scan.items[i].kind.is_none() && !more_chars_than(t, 80) && !ends_sentence(t) && !t.ends_with([':', ','])
    });
    let chars = |lines: &[usize]| -> usize { lines.iter().map(|&i| scan.items[i].text.chars().count()).sum() };
    if !subheaded && chars(&live[close + 1..]) * 2 < chars(&live[..close]) {
        for &i in &live[close + 1..] {
            scan.remove(i, RemovedKind::Teasers, "sapos-after-byline");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::profile::{Profile, ProfileBuilder};
    use super::super::test_support::{PARA, PARA2, PARA3};
    use super::super::{strip, Context, Item, Rules};
    use super::*;

    /// VietNamNet (2020) as a crawler kept it: the related box's summaries without their headlines.
    const SAPOS: [&str; 2] = [
        "Các cơ quan chức năng thành phố Houston thuộc bang Texas, Mỹ đã có mặt tại Tổng lãnh sự quán Trung Quốc.",
        "Sẽ có rất ít tiến bộ trong thỏa thuận thương mại giai đoạn 1 trước thềm cuộc bầu cử tổng thống Mỹ 2020, cựu Đại sứ Max Baucus nhận định ngày 21/7.",
    ];
    const LAST: &str = "Ngay trong tối cùng ngày, công an huyện đã đến nhà tài xế để đưa xe và tài xế về trụ sở làm việc, phục vụ công tác điều tra.";

    /// A run of `documents` seeds, `shaped` of which end with the shape (learned as a run learns it).
    fn run_profile(documents: usize, shaped: usize) -> Profile {
        let mut builder = ProfileBuilder::default();
        for n in 0..documents {
            let mut keys =
                vec![super::super::profile::line_key(&format!("Dòng riêng của bài số {n} trong đợt")).unwrap()];
            if n < shaped {
                keys.push(shape_key());
            }
            builder.add_keys(keys);
        }
        builder.finish()
    }

    fn run(text: &str, profile: Option<&Profile>) -> (Vec<String>, Vec<(String, String)>) {
        let items = text.lines().enumerate().map(|(n, l)| Item::new(l.trim().to_string(), n + 1)).collect();
        let rules = Rules::builtin();
        let (kept, removed) = strip(items, Context { rules: Some(&rules), profile, ..Context::default() });
        (
            kept.into_iter().filter(|i| !i.is_blank()).map(|i| i.text).collect(),
            removed.into_iter().map(|r| (r.rule, r.text)).collect(),
        )
    }

    #[test]
    fn learning_reads_the_shape_from_a_seeds_lines() {
        let seed = |text: &str| crate::decode::clean::clean(text).lines;
        let vnn = format!("{PARA}\n{PARA2}\n{PARA3}\n{LAST}\nThanh Hảo\n{}\n{}\n", SAPOS[0], SAPOS[1]);
        assert!(seed_has_shape(&seed(&vnn)));
        // One blank line between them still; the article's own sapo set last under three blank lines
        // (baomoi's layout) is no related box; nor four sapos, nor a byline closing the seed.
        assert!(seed_has_shape(&seed(&format!(
            "{PARA}\n\n{PARA2}\n\n{PARA3}\n\n{LAST}\n\nThanh Hảo\n\n{}\n\n",
            SAPOS[0]
        ))));
        assert!(!seed_has_shape(&seed(&format!("{PARA}\n{PARA2}\n{PARA3}\n{LAST}\nThanh Hảo\n\n\n\n{}", SAPOS[0]))));
        let four = [SAPOS[0], SAPOS[1], SAPOS[0], SAPOS[1]].join("\n");
        assert!(!seed_has_shape(&seed(&format!("{PARA}\n{PARA2}\n{PARA3}\n{LAST}\nThanh Hảo\n{four}"))));
        assert!(!seed_has_shape(&seed(&format!("{PARA}\n{PARA2}\n{PARA3}\n{LAST}\nThanh Hảo"))));
        assert!(!seed_has_shape(&seed(&format!("{PARA}\n{PARA2}\nÔng Nguyễn Văn An\n{}", SAPOS[0]))));
    }

    #[test]
    fn other_stories_sapos_after_the_byline_go_where_the_run_shares_the_shape() {
        let shared = run_profile(20, 10);
        for byline in ["Thanh Hảo", "Thúy Hạnh - Hồ Giáp", "An Yên (Theo Business Insider)"] {
            let text = format!("{PARA}\n{PARA2}\n{PARA3}\n{LAST}\n{byline}\n{}", SAPOS.join("\n"));
            let (kept, removed) = run(&text, Some(&shared));
            assert_eq!(kept, vec![PARA, PARA2, PARA3, LAST, byline], "{removed:?}");
            assert!(removed.len() == 2 && removed.iter().all(|(rule, _)| rule == "sapos-after-byline"), "{removed:?}");
            // Alone, or in a run where the shape is rare (a fifth of the documents is needed), or in a
            // run too small to tell (ten documents at least), they stay: one document proves nothing (a
            // letter's signature, a reader's over a doctor's answer, a place's name over a last part).
            for profile in [None, Some(&run_profile(20, 3)), Some(&run_profile(8, 8))] {
                let (kept, removed) = run(&text, profile);
                assert!(removed.iter().all(|(rule, _)| rule != "sapos-after-byline"), "{removed:?}");
                assert_eq!(kept.len(), 7);
            }
        }
    }

    #[test]
    fn a_speakers_turn_a_citys_part_or_more_text_after_the_name_stays_whatever_the_run() {
        let shared = run_profile(20, 10);
        let city = "Tại Đà Nẵng, trong ngày có thêm 3 ca mắc mới, đều là người trong khu cách ly tập trung.";
        let cases = [
            format!("{PARA}\n{PARA2}\n{PARA3}\nÔng Nguyễn Văn An\n{}", SAPOS[0]),
            format!("{PARA}\nQuảng Nam\n{PARA2}\n{PARA3}\nĐà Nẵng\n{city}"),
            format!("{PARA}\nXôi nếp nương\n{PARA2}\n{PARA3}\nGạo Điện Biên\n{city}"),
            format!("{PARA}\n{PARA2}\nThanh Hảo\n{PARA3}\n{LAST}\n{city}\n{}", SAPOS[0]),
            format!("{PARA}\n{PARA2}\nCác đại biểu gồm có\nThanh Hảo\n{city}"),
        ];
        for text in &cases {
            let (kept, removed) = run(text, Some(&shared));
            assert!(removed.is_empty(), "{removed:?}");
            assert_eq!(kept.len(), text.lines().count(), "{kept:?}");
        }
    }
}
