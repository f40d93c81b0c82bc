//! Line rules: boilerplate to strip and lines to keep with a type (captions, attributions). The built-in set
//! is the data file `rules.json` beside this module, embedded with `include_str!` and read by the same
//! serde reader as a user's `--rules FILE` (same format, `schemas/rules.schema.json`), which is tried first.

use super::features::{self, Class};
use super::first_chars::first_chars;
use super::{Detector, RemovedKind, Scan};
use crate::model::BlockKind;
use regex::Regex;
use serde::Deserialize;
use std::sync::{LazyLock, OnceLock};

/// What a rule does with a matching line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Action {
    /// Strip the line.
    Line,
    /// Strip the line and every line after it.
    ToEnd,
    /// Strip the line and the following non-blank lines.
    UntilBlank,
    /// Keep the line as a caption.
    Caption,
    /// Keep the line as an attribution.
    Attribution,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleSpec {
    name: String,
    kind: String,
    action: Action,
    pattern: String,
    /// Lines longer than this (in characters) never match.
    #[serde(default)]
    max_chars: Option<usize>,
    /// The line must contain one of these literals for the pattern to be tried.
    #[serde(default)]
    needles: Vec<String>,
    #[serde(default)]
    why: String,
}

#[derive(Debug, Deserialize)]
struct RuleFile {
    #[serde(rename = "$comment", default)]
    _comment: Option<String>,
    rules: Vec<RuleSpec>,
}

/// One line rule of `rules.json` or a `--rules` file.
#[derive(Debug, Clone)]
pub struct LineRule {
    /// Recorded as `removed[].rule`.
    pub name: String,
    /// Recorded as `removed[].kind`.
    pub kind: String,
    /// What happens to a matching line.
    pub action: Action,
    /// Why the rule exists (documentation only).
    pub why: String,
    max_chars: Option<usize>,
    /// The needles as searchers built once (`str::contains` set one up for every line and rule).
    needles: Vec<memchr::memmem::Finder<'static>>,
    /// Sorted ranges the first character of any match falls in, when the pattern tells (`first_chars.rs`);
    /// worked out on first use from the pattern's syntax tree.
    first_chars: OnceLock<Option<Vec<(char, char)>>>,
    pattern: String,
    /// Compiled on first use: a run over one seed compiles only the rules its lines could match (building a
    /// Unicode regex costs far more than running it).
    regex: OnceLock<Option<Regex>>,
}

impl LineRule {
    /// Whether the rule matches the whole `line`.
    pub fn matches(&self, line: &str) -> bool {
        self.matches_counted(line, &mut None)
    }

    /// `matches`, with the line's character count cached in `chars` across rules (see `Rules::find`).
    /// Cheapest tests first: the line's first character (a look-up in a few ranges) before the needles (a
    /// search of the whole line for each).
    fn matches_counted(&self, line: &str, chars: &mut Option<usize>) -> bool {
        self.fits(line, chars)
            && self.may_start(line)
            && (self.needles.is_empty() || self.needles.iter().any(|n| n.find(line.as_bytes()).is_some()))
            && self.regex().is_some_and(|r| r.is_match(line))
    }

    /// Within `max_chars`; `chars` caches the line's character count across rules (counted only when the
    /// byte length leaves it open).
    fn fits(&self, line: &str, chars: &mut Option<usize>) -> bool {
        self.max_chars.is_none_or(|max| {
            line.len() <= max || (line.len() <= max * 4 && *chars.get_or_insert_with(|| line.chars().count()) <= max)
        })
    }

    /// The line starts with a character a match can start with (true when the pattern does not tell).
    fn may_start(&self, line: &str) -> bool {
        let Some(ranges) = self.first_chars() else { return true };
        line.chars().next().is_some_and(|c| {
            // The ranges are sorted and disjoint: the first one not wholly below `c` is the only candidate.
            let i = ranges.partition_point(|&(_, hi)| hi < c);
            ranges.get(i).is_some_and(|&(lo, _)| lo <= c)
        })
    }

    fn first_chars(&self) -> Option<&Vec<(char, char)>> {
        self.first_chars
            .get_or_init(|| regex_syntax::Parser::new().parse(&self.pattern).ok().and_then(|hir| first_chars(&hir)))
            .as_ref()
    }

    fn regex(&self) -> Option<&Regex> {
        // Patterns were syntax-checked when the rules were loaded, so this never yields None in practice.
        self.regex.get_or_init(|| Regex::new(&self.pattern).ok()).as_ref()
    }
}

/// The built-in rules, read from the embedded `rules.json` through the same reader as a user's
/// `--rules` file, once per process.
static BUILTIN: LazyLock<Rules> = LazyLock::new(|| {
    // The file is part of the source tree and its patterns are checked by a test (`builtin_rules_load`), so
    // they are not parsed here: a one-seed run parses only the few its lines could match.
    Rules::read(include_str!("rules.json"), false).expect("src/parse/boilerplate/rules.json is a valid rules file")
});

/// An ordered rule set; the first match wins.
#[derive(Debug, Clone)]
pub struct Rules {
    rules: Vec<LineRule>,
}

impl Rules {
    /// The built-in rules: `rules.json`, embedded in the binary and parsed on first use.
    pub fn builtin() -> Rules {
        BUILTIN.clone()
    }

    /// Parses a rules file (JSON, see `schemas/rules.schema.json`).
    pub fn from_json(json: &str) -> Result<Rules, String> {
        Rules::read(json, true)
    }

    /// Reads a rules file; `check` parses every pattern now (a user's file: a bad pattern is reported at
    /// load, not at the first line it is tried on).
    fn read(json: &str, check: bool) -> Result<Rules, String> {
        let file: RuleFile = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let mut rules = Vec::with_capacity(file.rules.len());
        for spec in file.rules {
            if spec.name.trim().is_empty() {
                return Err("a rule has an empty `name`".into());
            }
            if !valid_kind(&spec.kind) {
                return Err(format!(
                    "rule `{}`: kind `{}` must be lowercase words joined by `-`",
                    spec.name, spec.kind
                ));
            }
            // Check the pattern now (cheaply: syntax only), compile it on first use.
            let first = if check {
                let hir = regex_syntax::Parser::new()
                    .parse(&spec.pattern)
                    .map_err(|e| format!("rule `{}`: bad pattern: {e}", spec.name))?;
                OnceLock::from(first_chars(&hir))
            } else {
                OnceLock::new()
            };
            rules.push(LineRule {
                name: spec.name,
                kind: spec.kind,
                action: spec.action,
                why: spec.why,
                max_chars: spec.max_chars,
                needles: spec.needles.iter().map(|n| memchr::memmem::Finder::new(n.as_bytes()).into_owned()).collect(),
                first_chars: first,
                pattern: spec.pattern,
                regex: OnceLock::new(),
            });
        }
        Ok(Rules::new(rules))
    }

    fn new(rules: Vec<LineRule>) -> Rules {
        Rules { rules }
    }

    /// `user` rules first, then `self`.
    pub fn with_user_rules(self, user: Rules) -> Rules {
        let mut rules = user.rules;
        rules.extend(self.rules);
        Rules::new(rules)
    }

    /// The first rule matching `line`.
    pub fn find(&self, line: &str) -> Option<&LineRule> {
        self.find_where(line, |_| true)
    }

    /// The first rule that `wanted` admits and that matches `line` (rules not admitted are not tried, so
    /// their regexes are never built for it).
    pub fn find_where(&self, line: &str, wanted: impl Fn(&LineRule) -> bool) -> Option<&LineRule> {
        let mut chars = None;
        self.rules.iter().find(|rule| wanted(rule) && rule.matches_counted(line, &mut chars))
    }

    /// The rules in the order they are tried.
    pub fn iter(&self) -> impl Iterator<Item = &LineRule> {
        self.rules.iter()
    }
}

fn valid_kind(kind: &str) -> bool {
    !kind.is_empty()
        && kind.split('-').all(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit()))
}

/// Kinds of boxes that scrapers glue into running text, whose rules also apply to a unit of a long line.
const GLUED_KINDS: &[&str] = &["related-links", "comment-footer", "reader-comments"];

/// The line rules as a detector: the first rule matching a whole line decides (user rules first). Removals
/// are recorded under the rule's own name and kind.
pub struct LineRules;

impl Detector for LineRules {
    fn name(&self) -> &'static str {
        "rules"
    }

    fn detect(&self, scan: &mut Scan) {
        let Some(rules) = scan.cx.rules else { return };
        let mut i = 0;
        while i < scan.items.len() {
            let item = &scan.items[i];
            // A unit cut from a long line is one part of it: only rules that open a box a scraper glues
            // into text (a related-links or comment section) apply, to that unit alone.
            let glued_box = |r: &LineRule| {
                GLUED_KINDS.contains(&r.kind.as_str()) && matches!(r.action, Action::ToEnd | Action::UntilBlank)
            };
            // A text browser's token alone on its line (`(BUTTON)`): the layouts read the page's menus by
            // where it stands; the text has no use for it, and it would close the article for the detectors
            // after this one (it reads as an agency's credit, `(TTXVN)`). Not one a sentence runs through,
            // the text above stopping mid-sentence and the text under it going on in lower case (`Ký hiệu` /
            // `[IMG]` / `là thứ bạn sẽ gặp nhiều nhất`: prose about the browser, a reviewer's probe).
            let solid_near = |range: &mut dyn Iterator<Item = usize>| {
                range.map(|k| scan.items[k].text.trim()).find(|t| !t.is_empty()).unwrap_or_default()
            };
            let in_sentence = || {
                let above = solid_near(&mut (0..i).rev());
                let under = solid_near(&mut (i + 1..scan.items.len()));
                crate::parse::reflow::continues(above, under)
            };
            if item.is_live() && item.group.is_none() && crate::parse::dump::is_token(&item.text) && !in_sentence() {
                scan.remove(i, RemovedKind::Widget, "browser-token");
                i += 1;
                continue;
            }
            let rule = match (item.is_live(), item.group) {
                (false, _) => None,
                (true, None) => rules.find(&item.text),
                (true, Some(_)) => rules.find_where(&item.text, glued_box),
            };
            let Some(rule) = rule else {
                i += 1;
                continue;
            };
            match rule.action {
                Action::Caption | Action::Attribution => {
                    // A unit cut from a long line is not typed: the line is joined again as running text.
                    if scan.items[i].group.is_none() {
                        let kind =
                            if rule.action == Action::Caption { BlockKind::Caption } else { BlockKind::Attribution };
                        scan.items[i].kind = Some(kind);
                    }
                    i += 1;
                }
                _ if scan.items[i].group.is_some() => {
                    scan.remove_as(i, &rule.kind, &rule.name);
                    i += 1;
                }
                Action::Line => {
                    scan.remove_as(i, &rule.kind, &rule.name);
                    i += 1;
                }
                Action::ToEnd => {
                    // A related-article box is headlines (a sapo under one at most): where two paragraphs of
                    // running text follow each other, the article goes on under the box (a `TIN LIÊN QUAN`
                    // box set inside the text, as government portals print it), and the box ends there.
                    // A comment widget's header takes the rest of the page only below the article's start: above
                    // its running text the same word is a menu's entry (vietnamnet.vn's `Hồi âm` section), and
                    // the line goes alone.
                    let end = if rule.kind == RemovedKind::RelatedLinks.as_str() {
                        resumed_text(scan, i + 1).unwrap_or(scan.items.len())
                    } else if scan.core().is_some_and(|(start, _)| i < start)
                        && !(0..i).any(|j| {
                            let item = &scan.items[j];
                            item.is_live() && matches!(item.class(), Class::Good | Class::NearGood)
                        })
                    {
                        // (Above it no running text at all: a post's long comments may outweigh the post.)
                        i + 1
                    } else {
                        scan.items.len()
                    };
                    for j in i..end {
                        scan.remove_as(j, &rule.kind, &rule.name);
                    }
                    i = end;
                }
                Action::UntilBlank => {
                    scan.remove_as(i, &rule.kind, &rule.name);
                    i += 1;
                    // The list ends at a blank line, or where another stripping rule takes over.
                    while i < scan.items.len() && !scan.items[i].is_blank() && !strips(rules, &scan.items[i].text) {
                        scan.remove_as(i, &rule.kind, &rule.name);
                        i += 1;
                    }
                }
            }
        }
    }
}

/// The first of two live lines of running text in a row (blank lines between them aside) from `from` on. A
/// long line cut into units counts as one line, of running text when most of its units are.
fn resumed_text(scan: &Scan, from: usize) -> Option<usize> {
    // One pass over whole lines (start, running text?), stopping at the first pair: the rule may fire
    // again after it.
    let mut previous: Option<(usize, bool)> = None;
    let mut j = from;
    while j < scan.items.len() {
        let item = &scan.items[j];
        if item.is_blank() {
            j += 1;
            continue;
        }
        let start = j;
        let (mut units, mut good) = (0usize, 0usize);
        loop {
            let unit = &scan.items[j];
            units += 1;
            // (Or a long sentence of few function words, as legal and financial prose is: no headline of
            // a box ends with a full stop.)
            let prose = match unit.class() {
                Class::Good => true,
                Class::NearGood => unit.text.chars().count() >= 120 && features::ends_with_full_stop(&unit.text),
                _ => false,
            };
            good += usize::from(unit.is_live() && prose);
            j += 1;
            if item.group.is_none() || scan.items.get(j).is_none_or(|next| next.group != item.group) {
                break;
            }
        }
        let text = good * 2 > units;
        if text && previous.is_some_and(|(_, t)| t) {
            return previous.map(|(p, _)| p);
        }
        previous = Some((start, text));
    }
    None
}

fn strips(rules: &Rules, line: &str) -> bool {
    rules.find(line).is_some_and(|r| matches!(r.action, Action::Line | Action::ToEnd | Action::UntilBlank))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rule_for(line: &str) -> Option<String> {
        Rules::builtin().find(line).map(|r| r.name.to_string())
    }

    #[test]
    fn comment_widgets_and_footers() {
        assert_eq!(rule_for("0 nhận xét:").as_deref(), Some("comment-count"));
        assert_eq!(rule_for("12 nhận xét:").as_deref(), Some("comment-count"));
        assert_eq!(rule_for("Đăng nhận xét").as_deref(), Some("post-comment"));
        assert_eq!(rule_for("Bài đăng Mới hơn Bài đăng Cũ hơn Trang chủ").as_deref(), Some("blog-pager"));
        assert_eq!(rule_for("Đăng ký: Đăng Nhận xét (Atom)").as_deref(), Some("comment-feed"));
        assert_eq!(rule_for("Hotline: 0914926900").as_deref(), Some("contact-line"));
        assert_eq!(rule_for("Email: banbientap@i-com.vn").as_deref(), Some("contact-line"));
        assert_eq!(rule_for("-----------------").as_deref(), Some("separator"));
        assert_eq!(rule_for(".").as_deref(), Some("lone-punctuation"));
    }

    #[test]
    fn related_links() {
        // `Tin liên quan` and `Xem thêm:` are cue lines now (`cues.rs`), in any case and wording.
        assert_eq!(rule_for("Tin liên quan"), None);
        assert_eq!(
            rule_for("CÁC TIN KHÁC Bệnh lở mồm long móng tái xuất hiện ở Trung Quốc (01/01)").as_deref(),
            Some("related-caps")
        );
        assert_eq!(rule_for("In ra giấy").as_deref(), Some("page-tools"));
        assert_eq!(rule_for("Vụ án SaigonPorteaseco mua bán hàng cấm(30/11/2004)").as_deref(), Some("dated-link"));
    }

    #[test]
    fn a_forums_pager_and_count_of_results() {
        // held-out-48 (vBulletin forums in Vietnamese, 2009-2017).
        for (line, rule) in [
            ("Trang 1 trên tổng số 2 12 Cuối cùngCuối cùng", "forum-pager"),
            ("Trang 1 / 2 12 LastLast", "forum-pager"),
            ("Trang 6/7 đầuđầu ... 2 3 4 5 6 7 cuốicuối", "forum-pager"),
            ("Từ 1 tới 10 trên tổng số 19 kết quả", "result-range"),
            ("Hiển thị kết quả từ 1 đến 10 / 14", "result-range"),
            ("Kết quả 1 đến 3 của 3", "result-range"),
            ("Hiển thị kết quả tìm kiếm từ 51 đến 60 trên tổng số: 63", "result-range"),
        ] {
            assert_eq!(rule_for(line).as_deref(), Some(rule), "{line}");
        }
        // Sentences and a book's page say no count.
        for line in [
            "Trang 1 của cuốn sách mở đầu bằng một bài thơ.",
            "Trang trại có từ 1 đến 3 con trâu.",
            "Từ 1 đến 10 tuổi, trẻ cần ngủ đủ giấc.",
            // (A reviewer's probes: a manuscript's page, a student named Trang, a schedule's dates.)
            "Trang 12/300 của bản thảo bị gạch xóa gần hết.",
            "Trang 9/10 – điểm cao nhất nhóm",
            "Từ 20 đến 22 / 12",
            "Từ 15 đến 17 của 100",
        ] {
            assert_eq!(rule_for(line), None, "{line}");
        }
    }

    #[test]
    fn machine_made_image_file_names() {
        // held-out-47 (a commune's portal, 2024): each photo's upload name over its caption.
        for name in [
            "z5035764530815_7e861ceee1d6a300f94eacbe80fa5bda.jpg",
            "W_truong-ban-tuyen-giao-tu-nguyen-trong-nghia-va-cac-dai-bieu-du-phien-thao-luan.jpg",
        ] {
            assert_eq!(rule_for(name).as_deref(), Some("image-file-name"), "{name}");
        }
        // Names a person gave, which a tutorial, a changelog or a shop's advice is about (reviewers' probes).
        for line in [
            "logo.png",
            "favicon-32x32.png",
            "ao-thun-nam-cotton-trang.jpg",
            "IMG_20240315_083012.jpg",
            "anh-cuoi-ha-noi-2023.webp",
            "Ảnh chụp màn hình anh-chup-man-hinh-2024.png",
        ] {
            assert_eq!(rule_for(line), None, "{line}");
        }
    }

    #[test]
    fn a_comment_header_above_the_text_is_a_menu_entry() {
        use crate::parse::boilerplate::test_support::{parse_fused, PARA, PARA2, PARA3};
        // vietnamnet.vn (2026) printed a text node a line: its menu holds the section `Hồi âm`.
        let page = format!("Thời sự\nKinh doanh\nBạn đọc\nHồi âm\nChia sẻ\nThơ\n\n{PARA}\n\n{PARA2}\n\n{PARA3}");
        let body = parse_fused(&page);
        let removed: Vec<&str> = body.removed.iter().map(|r| r.text.as_str()).collect();
        assert!(removed.contains(&"Hồi âm"), "{removed:?}");
        assert!(body.blocks.iter().any(|b| b.text == PARA3), "{:?}", body.blocks);
        // Under a post of short paragraphs (not yet running text by length) it opens the comments, however
        // long they run (a reviewer's probe).
        let post = "Năm nay cả nhà mình về quê ăn Tết sớm, từ hôm 25 tháng Chạp đã có mặt ở làng.\n\n\
                    Mẹ gói bánh chưng, bố dọn bàn thờ, còn mình với thằng em đi chợ phiên mua lá dong.";
        let body =
            parse_fused(&format!("{post}\n\n3 nhận xét:\n\nNguyễn Thu Hà nói...\n\n{PARA3} {PARA2}\n\nĐăng nhận xét"));
        assert!(body.removed.iter().any(|r| r.text.starts_with("Tại buổi làm việc")), "{:?}", body.blocks);
        // Under the text it opens the readers' replies, which go to the end.
        let page = format!("{PARA}\n\n{PARA2}\n\nHồi âm\n\n{PARA3}");
        let body = parse_fused(&page);
        assert!(body.removed.iter().any(|r| r.text == PARA3), "{:?}", body.removed);
    }

    #[test]
    fn a_related_box_ends_where_long_sentences_of_legal_prose_resume() {
        use crate::parse::boilerplate::test_support::parse_fused;
        // baodautu.vn (2026): a `TIN LIÊN QUAN` box inside the text, then the text again — long sentences of
        // few function words, each cut into units.
        let first = "Ủy ban Chứng khoán Nhà nước vừa có quyết định xử phạt vi phạm hành chính đối với hành vi thao túng thị trường chứng khoán đối với cổ phiếu AAT của CTCP Tập đoàn Tiên Sơn Thanh Hóa. Mức phạt là 1,5 tỷ đồng.";
        let second = "Trong khoảng thời gian từ ngày 24/3/2021 đến ngày 30/12/2022, ông Tống Anh Linh đã sử dụng 30 tài khoản chứng khoán để liên tục mua, bán cổ phiếu AAT. Hành vi vi phạm khoản 3 Điều 12 Luật Chứng khoán.";
        let page = format!(
            "Ông Tống Anh Linh đã sử dụng 30 tài khoản chứng khoán để thao túng giá cổ phiếu AAT trong gần hai năm liền.\n\
             TIN LIÊN QUAN\nMột cá nhân bị xử phạt vì dùng 19 tài khoản thao túng giá cổ phiếu PAS\n\
             Một cá nhân dùng 10 tài khoản thao túng giá cổ phiếu CRC của Create Capital\n{first}\n{second}"
        );
        let body = parse_fused(&page);
        let removed: Vec<&str> = body.removed.iter().map(|r| r.text.as_str()).collect();
        assert!(removed.iter().any(|t| t.starts_with("Một cá nhân dùng 10")), "{removed:?}");
        assert!(body.blocks.iter().any(|b| b.text.starts_with("Ủy ban Chứng khoán")), "{:?}", body.blocks);
        assert!(body.blocks.iter().any(|b| b.text.starts_with("Trong khoảng thời gian")), "{:?}", body.blocks);
    }

    #[test]
    fn article_sentences_that_mention_the_words_stay() {
        for line in [
            "Ông Minh nhận xét: kết quả năm nay rất đáng khích lệ.",
            "Nhiều đại biểu đã đăng nhận xét của mình lên trang web của Quốc hội.",
            "Xem tiếp phần hai của phóng sự vào tuần sau.",
            "Theo đó, cơ quan điều tra đã đề nghị truy tố 8 đối tượng.",
        ] {
            assert_eq!(rule_for(line), None, "{line}");
        }
    }

    #[test]
    fn captions_and_attributions_are_typed() {
        let caption =
            "Tổng Bí thư Nguyễn Phú Trọng làm việc với cán bộ chủ chốt của Văn phòng Trung ương Đảng Ảnh: TTXVN";
        assert_eq!(rule_for(caption).as_deref(), Some("photo-caption"));
        assert_eq!(
            rule_for("Thường trực Ban Bí thư Lê Hồng Anh. (Ảnh: Phạm Kiên/TTXVN)").as_deref(),
            Some("photo-caption")
        );
        // Thanh Niên's credit in capitals, a line of its own under the caption.
        assert_eq!(rule_for("ẢNH: CÔNG AN THÀNH PHỐ HẢI PHÒNG").as_deref(), Some("photo-caption"));
        assert_eq!(rule_for("Lễ khai mạc tại Nhà hát Lớn - ẢNH: NGỌC THẮNG").as_deref(), Some("photo-caption"));
        assert_eq!(rule_for("ẢNH: xem bên dưới bài viết này nhé các bạn"), None);
        assert_eq!(rule_for("TRIỂN LÃM ẢNH: HÀ NỘI XƯA VÀ NAY"), None);
        assert_eq!(
            rule_for("Các bệnh nhân được chăm sóc tại bệnh viện. ẢNH: TƯ LIỆU").as_deref(),
            Some("photo-caption")
        );
        assert_eq!(rule_for("(Theo TTXVN)").as_deref(), Some("theo-source"));
        assert_eq!(rule_for("Theo website Nguyễn Sinh Hùng").as_deref(), Some("theo-source"));
        assert_eq!(rule_for("(TTXVN)").as_deref(), Some("agency-tag"));
        assert_eq!(rule_for("(Vietnam+)").as_deref(), Some("agency-tag"));
        assert_eq!(rule_for("TTXVN/Tin tức").as_deref(), Some("agency-slash"));
    }

    #[test]
    fn a_browser_token_alone_goes_unless_a_sentence_runs_through_it() {
        use super::super::test_support::{run_rules, PARA, PARA2};
        // The page's last button under its footer: no agency's credit, and gone.
        let (kept, removed) = run_rules(&format!("{PARA}\n\n{PARA2}\n\n(BUTTON)"));
        assert_eq!(kept, [PARA, PARA2]);
        assert_eq!(removed, [("browser-token".to_string(), "(BUTTON)".to_string())]);
        // Prose about the browser with the token set as its own paragraph: the sentence runs through it.
        let prose = "Tôi thử mở trang chủ một tờ báo lớn, và ký hiệu\n\n[IMG]\n\nlà thứ bạn sẽ gặp nhiều nhất.";
        let (kept, removed) = run_rules(prose);
        assert!(kept.contains(&"[IMG]".to_string()), "{kept:?}");
        assert!(removed.is_empty(), "{removed:?}");
    }

    #[test]
    fn find_agrees_with_trying_each_rule_in_turn() {
        // `find` counts a line's characters once for all rules; the answer must not change.
        let rules = Rules::builtin();
        let mut lines = vec!["0 nhận xét:", "Tin liên quan", "-=-=-=", "••••", ".", "(TTXVN)", "Xem thêm »"];
        let samples: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/articles"))
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .collect();
        lines.extend(samples.iter().flat_map(|s| s.lines()));
        assert!(lines.len() > 100);
        for line in lines {
            let expected = rules.iter().find(|r| r.matches(line)).map(|r| &r.name);
            assert_eq!(rules.find(line).map(|r| &r.name), expected, "{line:?}");
        }
    }

    #[test]
    fn builtin_rules_load() {
        // The same file through the checking reader: every pattern parses.
        assert!(Rules::from_json(include_str!("rules.json")).is_ok());
        let builtin = Rules::builtin();
        assert!(builtin.rules.len() >= 15);
        // `separator` and `lone-punctuation` have no needles: only their first characters keep their regexes
        // unbuilt for the lines of an ordinary article.
        let separator = builtin.iter().find(|r| r.name == "separator").unwrap();
        assert!(separator.first_chars().is_some() && !separator.may_start("Hà Nội") && separator.may_start("•••"));
        let punctuation = builtin.iter().find(|r| r.name == "lone-punctuation").unwrap();
        assert!(!punctuation.may_start("Ừ") && punctuation.may_start("…") && punctuation.may_start("+"));
    }

    #[test]
    fn first_characters_of_patterns() {
        let of = |pattern: &str| first_chars(&regex_syntax::Parser::new().parse(pattern).unwrap());
        assert_eq!(of("^abc"), Some(vec![('a', 'a')]));
        assert_eq!(of("^(?:Đăng|[0-9]+ nhận)"), Some(vec![('0', '9'), ('Đ', 'Đ')]));
        assert_eq!(of("^(x|y)+$"), Some(vec![('x', 'y')]));
        assert_eq!(of("abc"), None, "not anchored");
        assert_eq!(of("^a|b"), None, "one alternative not anchored");
        assert_eq!(of("(?m)^a"), None, "anchored at any line start");
        assert_eq!(of("^a*b"), None, "may start with b");
        assert_eq!(of("^(a?)+b"), None, "a repeated group that may be empty");
        assert_eq!(of("^$"), None);
        assert_eq!(of("^\\b(?:ab)"), Some(vec![('a', 'a')]), "zero-width items are skipped");
    }

    #[test]
    fn first_characters_never_turn_away_a_match() {
        // Every line of the samples and of the corpus excerpts below, and variants of them that start with
        // the characters the patterns care about, are judged alike with and without the first-character test.
        let mut lines: Vec<String> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/samples/articles"))
            .unwrap()
            .filter_map(|e| std::fs::read_to_string(e.unwrap().path()).ok())
            .flat_map(|s| s.lines().map(str::to_string).collect::<Vec<_>>())
            .collect();
        let starts = ["", "-", "=", "•", "·", "(", "0", "12 ", "Đ", "Ảnh: ", "Theo ", "«", "…", " "];
        let bodies = ["---", "-=-=-=", "nhận xét:", "(Ảnh: TTXVN)", "TTXVN)", "Tin liên quan", ".", "?!", "ab"];
        lines.extend(starts.iter().flat_map(|s| bodies.iter().map(move |b| format!("{s}{b}"))));
        let rules = Rules::builtin();
        for rule in rules.iter() {
            let regex = Regex::new(&rule.pattern).unwrap();
            for line in &lines {
                if regex.is_match(line) {
                    assert!(rule.may_start(line), "rule {} turned away {line:?}", rule.name);
                }
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn first_characters_agree_with_the_regex(line in "[-=_*~#+•·().,:!?0-9a-zĐđẢả ]{0,12}") {
            for rule in Rules::builtin().iter() {
                if rule.regex().unwrap().is_match(&line) {
                    proptest::prop_assert!(rule.may_start(&line), "rule {} turned away {:?}", rule.name, line);
                }
            }
        }
    }

    #[test]
    fn every_builtin_pattern_compiles() {
        for rule in Rules::builtin().iter() {
            assert!(Regex::new(&rule.pattern).is_ok(), "{}", rule.name);
        }
    }

    #[test]
    fn user_rules_come_first_and_are_checked() {
        let user =
            Rules::from_json(r#"{"rules":[{"name":"promo","kind":"promo","action":"line","pattern":"^Đặt mua báo"}]}"#)
                .unwrap();
        let rules = Rules::builtin().with_user_rules(user);
        assert_eq!(rules.find("Đặt mua báo ngay hôm nay").map(|r| r.kind.as_ref()), Some("promo"));
        assert!(
            Rules::from_json(r#"{"rules":[{"name":"x","kind":"Bad Kind","action":"line","pattern":"a"}]}"#).is_err()
        );
        assert!(Rules::from_json(r#"{"rules":[{"name":"x","kind":"x","action":"line","pattern":"("}]}"#).is_err());
        assert!(Rules::from_json(r#"{"rules":[{"name":"","kind":"x","action":"line","pattern":"x"}]}"#).is_err());
    }
}
