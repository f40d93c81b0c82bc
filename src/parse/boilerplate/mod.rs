//! The one home for boilerplate: a registry of detectors (`DETECTORS`) run in order over a body's lines.
//! Each detector is a small unit with its own tests; each removal is recorded with its kind, the detector
//! (or line rule) that made it, and the seed line.
//!
//! The detectors, in order:
//! 1. `rules` — the line rules of `rules.json` and a user's `--rules` (exact phrases; typed captions and
//!    attributions too);
//! 2. `cues` — a cue line (`Tin liên quan`, `Xem thêm:`, `>>`, any case) and the headline-like run after it;
//! 3. `comments` — a reader-comment section: commenter lines, masked e-mails, timestamps, reply/like widgets;
//!    and a block of comments with no furniture, typed as readers type, between the sapo and a formal body;
//! 4. `media-player` — a media player's controls, from its loading line to its settings dialog's end
//!    (`player.rs`: the library's fixed strings, in English and Vietnamese; after `comments`, whose reading
//!    of a page's end the player's lines take no part in);
//! 5. `repeats` — a line repeated in the same seed (a caption scraped twice, a teaser shown 2–3 times);
//! 6. `masthead` — a whole page's masthead above the headline that restates the title (`masthead.rs`);
//! 7. `profile` — lines that recur verbatim in many documents of a run (`profile.rs`);
//! 8. `edges` — headline runs and teaser blocks before the article starts and after it ends, found from
//!    where the running text is (`features::classify`), widget and menu lines, hashtags, link lists;
//! 9. `lists` — a table of contents (entries the text says again as its headings) and list blocks after the
//!    article (`lists.rs`);
//! 10. `sitetalk` — the page speaking to its reader or about itself (calls to action, login and subscribe
//!     widgets, contact and copyright lines), scored by word classes and contact channels, then placed;
//! 11. `tail-sweep` — `edges`' teaser block once more, over the footers, forms and lists 9–10 took; last,
//!     the small pieces left standing between furniture in the page's tail (`islands.rs`);
//! 12. `small-run` — short lines recurring in half a small run's documents, standing in a hole of the
//!     furniture the others took (`profile.rs`);
//! 13. `form-field` — a web form's fields as a text browser prints them, outside the running text
//!     (`forms.rs`).
//!
//! None of 2–11 but 4 depends on a site's exact wording: they read the shape of lines (length, sentence
//! ends, function-word density, name and headline shapes) and where the article's running text lies. 4 reads
//! a player library's fixed strings, which no site writes.

pub mod comments;
pub mod cues;
pub mod edges;
pub mod features;
mod first_chars;
mod forms;
mod islands;
pub mod lists;
pub mod masthead;
pub mod player;
pub mod profile;
pub mod repeats;
pub mod rules;
pub mod segment;
pub mod sitetalk;
mod wrapped;

pub use profile::Profile;
pub use rules::Rules;

use crate::model::{BlockKind, Removed};
use features::Class;

/// The kinds of removed text the built-in detectors record (a user's `--rules` may add their own). Kept in
/// lockstep with the schema's description and the README by a test.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RemovedKind {
    /// A comment widget and what follows it (`0 nhận xét:`, `Đăng nhận xét`).
    CommentFooter,
    /// A reader-comment section.
    ReaderComments,
    /// Related-article links and their cue line.
    RelatedLinks,
    /// Teasers of other articles (headlines with their sapos) around the article.
    Teasers,
    /// Newsroom contact lines and calls to action.
    ContactFooter,
    /// Print/mail/feedback links.
    PageTools,
    /// A short widget line among removed furniture (`Video đang HOT`).
    Widget,
    /// A menu or share bar.
    Navigation,
    /// Hashtag, `Tags:` and section lines.
    Hashtags,
    /// Bare links.
    LinkList,
    /// A line recurring across the run's documents (the profile).
    Recurring,
    /// A heading whose section is empty.
    EmptySection,
    /// A separator line.
    Separator,
    /// A line of punctuation only.
    Punctuation,
    /// A line said again (a caption scraped twice, the title).
    DuplicateLine,
    /// A site name after a title or description (`- VnExpress`).
    SiteSuffix,
    /// The press end mark `./.`.
    EndMark,
    /// Script code or encoded data (a base64 image, a wrapped tracking address) pasted into text.
    Script,
}

impl RemovedKind {
    /// Every kind, in the order the README lists them.
    pub const ALL: &'static [RemovedKind] = &[
        RemovedKind::CommentFooter,
        RemovedKind::ReaderComments,
        RemovedKind::RelatedLinks,
        RemovedKind::Teasers,
        RemovedKind::ContactFooter,
        RemovedKind::PageTools,
        RemovedKind::Widget,
        RemovedKind::Navigation,
        RemovedKind::Hashtags,
        RemovedKind::LinkList,
        RemovedKind::Recurring,
        RemovedKind::EmptySection,
        RemovedKind::Separator,
        RemovedKind::Punctuation,
        RemovedKind::DuplicateLine,
        RemovedKind::SiteSuffix,
        RemovedKind::EndMark,
        RemovedKind::Script,
    ];

    /// The name in `removed[].kind`.
    pub fn as_str(self) -> &'static str {
        match self {
            RemovedKind::CommentFooter => "comment-footer",
            RemovedKind::ReaderComments => "reader-comments",
            RemovedKind::RelatedLinks => "related-links",
            RemovedKind::Teasers => "teasers",
            RemovedKind::ContactFooter => "contact-footer",
            RemovedKind::PageTools => "page-tools",
            RemovedKind::Widget => "widget",
            RemovedKind::Navigation => "navigation",
            RemovedKind::Hashtags => "hashtags",
            RemovedKind::LinkList => "link-list",
            RemovedKind::Recurring => "recurring",
            RemovedKind::EmptySection => "empty-section",
            RemovedKind::Separator => "separator",
            RemovedKind::Punctuation => "punctuation",
            RemovedKind::DuplicateLine => "duplicate-line",
            RemovedKind::SiteSuffix => "site-suffix",
            RemovedKind::EndMark => "end-mark",
            RemovedKind::Script => "script",
        }
    }
}

/// One body line under inspection.
#[derive(Debug, Clone)]
pub struct Item {
    /// The cleaned text of the line or unit.
    pub text: String,
    /// 1-based seed line.
    pub line: usize,
    /// A type given by a line rule (caption, attribution) or a detector (heading).
    pub kind: Option<BlockKind>,
    /// Why the line goes, once a detector has decided: (kind, detector or rule name).
    pub removed: Option<(String, String)>,
    /// Units cut from one long line share a group (`segment.rs`); the kept ones are joined again.
    pub group: Option<usize>,
    /// `features::classify` of the text, worked out once (several detectors ask).
    pub(crate) class: std::cell::OnceCell<Class>,
    /// What `Scan::core` reads of the text, worked out once: it runs several times per document (cleared
    /// with the text, like `class`).
    pub(crate) shape: std::cell::OnceCell<Shape>,
    /// How many documents of the run hold the text (`Profile::documents_with`), worked out once: `Scan::core`
    /// asks it of every good line each time it runs (cleared with the text, like `class`).
    pub(crate) runs: std::cell::OnceCell<usize>,
}

/// What `Scan::core` reads of a line's text alone.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Shape {
    /// Characters in the text.
    chars: usize,
    /// Shaped like a page's furniture (short, mostly letters, no sentence but a question) and not the
    /// text's own structure by its markers (a bullet, a markup heading); a typed line is structure too, but
    /// its kind is asked apart.
    menu_like: bool,
}

impl Shape {
    fn of(text: &str) -> Shape {
        let chars = text.chars().count();
        // Tests cheapest first: most lines are long (the letters and digits of a paragraph are not counted).
        let menu_like = chars <= 80 && {
            let (digits, alnum) = text
                .chars()
                .filter(|&c| crate::parse::text::is_alphanumeric(c))
                .fold((0, 0), |(d, a), c| (d + usize::from(c.is_ascii_digit()), a + 1));
            // A line ending in a figure is a table's row (`…, ngành Khoa học máy tính 29,42`).
            let last_figure = text
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w.chars().next().is_some_and(|c| c.is_ascii_digit()));
            digits * 3 < alnum && !last_figure && (!features::ends_sentence(text) || text.ends_with('?'))
        };
        let marked = || features::is_bulleted(text) || edges::markup_heading(text).is_some();
        Shape { chars, menu_like: menu_like && !marked() }
    }
}

impl Item {
    /// A body line, not yet judged.
    pub fn new(text: String, line: usize) -> Item {
        Item {
            text,
            line,
            kind: None,
            removed: None,
            group: None,
            class: std::cell::OnceCell::new(),
            shape: std::cell::OnceCell::new(),
            runs: std::cell::OnceCell::new(),
        }
    }

    /// The line's class (`features::classify`), computed on first use.
    pub fn class(&self) -> Class {
        *self.class.get_or_init(|| features::classify(&self.text))
    }

    /// How many documents of the run hold the text (`Profile::documents_with`), computed on first use.
    pub(crate) fn documents_in(&self, profile: &Profile) -> usize {
        *self.runs.get_or_init(|| profile.documents_with(&self.text))
    }

    /// Running text of the page's own: a good line no other document of the run holds (the text span, the
    /// lead and the comment section ask it alike).
    pub(crate) fn own_prose(&self, profile: &Profile) -> bool {
        self.class() == Class::Good && self.documents_in(profile) < 2
    }

    /// The line's `Shape`, computed on first use.
    fn shape(&self) -> Shape {
        *self.shape.get_or_init(|| Shape::of(&self.text))
    }

    /// An empty line (a paragraph separator).
    pub fn is_blank(&self) -> bool {
        self.text.is_empty()
    }

    /// Still in the article: not blank, not removed.
    pub fn is_live(&self) -> bool {
        !self.is_blank() && self.removed.is_none()
    }
}

/// What the detectors may know about the document beyond its body.
#[derive(Debug, Default, Clone, Copy)]
pub struct Context<'a> {
    /// The line rules (built-in and `--rules`).
    pub rules: Option<&'a Rules>,
    /// Lines recurring across the run's documents.
    pub profile: Option<&'a Profile>,
    /// The document's title, if it has one.
    pub title: Option<&'a str>,
    /// The seed line the title was read from when the page's masthead stood above it (`layout`'s page
    /// furniture): the title is then the page's own headline, amid the page.
    pub title_in_page: Option<usize>,
    /// The seed line the title was read from, if it was read from a line.
    pub title_line: Option<usize>,
    /// The document's lead (sapo), if it has one.
    pub lead: Option<&'a str>,
    /// The page's address, if the seed gives it.
    pub url: Option<&'a str>,
    /// Seed lines that were links and nothing else in a Markdown seed (`markdown::Normalised::link_lines`),
    /// in order.
    pub link_lines: &'a [usize],
    /// Seed lines of a Markdown seed that are a page control's label or talk
    /// (`markdown::Normalised::control_lines`), in order.
    pub control_lines: &'a [usize],
    /// Seed lines of a Markdown seed that were an image alone (`markdown::Normalised::image_lines`), in
    /// order.
    pub image_lines: &'a [usize],
}

/// A body being judged: its lines and the document's context.
pub struct Scan<'a> {
    /// The body's lines (and units of long lines), blank ones included.
    pub items: Vec<Item>,
    /// What else the document has.
    pub cx: Context<'a>,
    /// Lines removed when `edges` finished (`edges::TailSweep` walks again only when later detectors took
    /// more).
    pub removed_after_edges: usize,
}

impl Scan<'_> {
    /// Marks line `i` removed (first decision wins; blank lines are never recorded).
    pub fn remove(&mut self, i: usize, kind: RemovedKind, by: &str) {
        self.remove_as(i, kind.as_str(), by);
    }

    /// `remove` with a kind given by name (a user's rule kind).
    pub fn remove_as(&mut self, i: usize, kind: &str, by: &str) {
        let item = &mut self.items[i];
        if item.is_live() {
            item.removed = Some((kind.to_string(), by.to_string()));
        }
    }

    /// Splits item `i` at byte `at` into two items (the second inserted after it), both re-classified.
    pub fn split(&mut self, i: usize, at: usize) {
        let mut tail = self.items[i].clone();
        tail.text = self.items[i].text[at..].trim().to_string();
        tail.class = std::cell::OnceCell::new();
        tail.shape = std::cell::OnceCell::new();
        tail.runs = std::cell::OnceCell::new();
        self.items[i].text = self.items[i].text[..at].trim().to_string();
        self.items[i].class = std::cell::OnceCell::new();
        self.items[i].shape = std::cell::OnceCell::new();
        self.items[i].runs = std::cell::OnceCell::new();
        self.items.insert(i + 1, tail);
    }

    /// Indices of live lines.
    pub fn live(&self) -> Vec<usize> {
        // Sized for every line at once: collecting from a filter grows the vector step by step, and this
        // runs several times per detector.
        let mut live = Vec::with_capacity(self.items.len());
        live.extend((0..self.items.len()).filter(|&i| self.items[i].is_live()));
        live
    }

    /// The live lines' classes after jusText's context step: a short or near-good line between two bad
    /// ones is bad, between two good ones good; `None` for lines that are not live.
    pub fn classes(&self) -> Vec<Option<Class>> {
        let live = self.live();
        let raw: Vec<Class> = live
            .iter()
            .map(|&i| {
                let item = &self.items[i];
                // Typed lines (captions, credits) belong to the article whatever their shape.
                if item.kind.is_some() {
                    Class::NearGood
                } else {
                    item.class()
                }
            })
            .collect();
        // The nearest good or bad line before and after each (one pass each way: a page of 26,000 short
        // lines with none of either asked each line's neighbours over the whole page, quadratic).
        let decided = |c: &Class| matches!(c, Class::Good | Class::Bad);
        let mut before_each = Vec::with_capacity(raw.len());
        let mut last = None;
        for c in &raw {
            before_each.push(last);
            if decided(c) {
                last = Some(*c);
            }
        }
        let mut after_each = vec![None; raw.len()];
        let mut next = None;
        for (n, c) in raw.iter().enumerate().rev() {
            after_each[n] = next;
            if decided(c) {
                next = Some(*c);
            }
        }
        let mut out = vec![None; self.items.len()];
        for (n, &i) in live.iter().enumerate() {
            let class = raw[n];
            let revised = if matches!(class, Class::Short | Class::NearGood) {
                match (before_each[n].as_ref(), after_each[n].as_ref()) {
                    (Some(Class::Bad), Some(Class::Bad)) | (None, Some(Class::Bad)) | (Some(Class::Bad), None) => {
                        if class == Class::NearGood {
                            Class::NearGood
                        } else {
                            Class::Bad
                        }
                    }
                    (Some(Class::Good), Some(Class::Good)) => Class::Good,
                    _ => class,
                }
            } else {
                class
            };
            out[i] = Some(revised);
        }
        out
    }

    /// The good lines (`classes`) above the document's first good line of its own (in no other document) or
    /// under its last that nearly every page of the run prints (`Profile::in_nearly_all`,
    /// `Profile::widespread`), above it only in a box of the site's lines (`in_site_box`: a series' note over
    /// the part's text is the text's), in order, when it has three such lines of its own; else none (`core`).
    /// (Not between them: a standing paragraph inside the text, a clinic's price notice, is the text's.)
    fn site_prose(&self, classes: &[Option<Class>]) -> Vec<usize> {
        let Some(profile) = self.cx.profile else { return Vec::new() };
        let good: Vec<usize> = (0..self.items.len())
            .filter(|&i| classes[i] == Some(Class::Good) && self.items[i].removed.is_none())
            .collect();
        let own: Vec<usize> = good.iter().copied().filter(|&i| self.items[i].documents_in(profile) < 2).collect();
        let (Some(&first), Some(&last)) = (own.first(), own.last()) else { return Vec::new() };
        if own.len() < 3 {
            return Vec::new();
        }
        good.into_iter()
            .filter(|&i| {
                let text = &self.items[i].text;
                ((i < first && self.in_site_box(i, profile)) || i > last)
                    && (profile.in_nearly_all(text) || profile.widespread(text))
            })
            .collect()
    }

    /// Whether the first non-blank line under item `i` that is not the run's running text is one of the run's
    /// (in `threshold` documents): a box's line (a date, a headline, a picture's name under a story's sapo).
    /// A series' note has its part's own text under it (a reviewer's probes). (A decree's preamble, `Căn cứ …`
    /// over `Căn cứ …` over `Theo đề nghị của …;`, every decree's, reads as a box all the same.)
    pub(crate) fn in_site_box(&self, i: usize, profile: &Profile) -> bool {
        let run = |item: &Item| item.documents_in(profile) >= profile.threshold();
        // (Past the run's running text under it: a story's sapo the box prints as two paragraphs.)
        let mut under = self.items[i + 1..].iter().filter(|item| !item.is_blank());
        under.find(|item| !(item.class() == Class::Good && run(item))).is_some_and(run)
    }

    /// The article's running text: from the first to the last good line still live (`None` when no line
    /// is good, and the detectors that need it stand back) — unless long stretches of furniture split the
    /// good lines into clusters (a whole page whose menus and teaser grids hold a long glued line or two).
    /// A stretch parts the text when it has [`FURNITURE_RUN`] lines or more, three in four of them
    /// furniture (lines a detector took, short lines of letters more than figures, no sentence but a
    /// question, that are no heading, caption or list item). Then the running text is the run of clusters
    /// with the most of it once each line of such a stretch is charged [`LINE_COST`] characters: the
    /// largest-sum run (Kadane's), so a cluster of prose goes in only when it outweighs the furniture that
    /// parts it from the rest.
    /// Other stretches (a list, captions, subheadings, a table flattened into lines) never part the text.
    pub fn core(&self) -> Option<(usize, usize)> {
        let mut classes = self.classes();
        // A text of figures and names (a list of admission scores, held-out-23) may have no good line left
        // once the teasers of other posts around it are taken: then its near-good lines are its running text.
        // (A page that never had a good line keeps none: the detectors stand back.)
        let taken_good = || self.items.iter().any(|item| item.removed.is_some() && item.class() == Class::Good);
        if !classes.contains(&Some(Class::Good)) && taken_good() {
            for class in classes.iter_mut().filter(|c| **c == Some(Class::NearGood)) {
                *class = Some(Class::Good);
            }
        }
        // In a run, running text that nearly every page prints (a box of the site's featured stories, each
        // with its sapo, over every article — held-out-125; a site's "about" paragraph) is the site's, not the
        // page's, when the page has running text of its own (three good lines no other document holds): it
        // places no span, and parts the page's text from what stands above as furniture does.
        let site = self.site_prose(&classes);
        for &i in &site {
            classes[i] = Some(Class::NearGood);
        }
        let first = classes.iter().position(|c| *c == Some(Class::Good))?;
        let last = classes.iter().rposition(|c| *c == Some(Class::Good))?;
        // Clusters of good lines: (first, last, characters); gaps: what each stretch between two clusters
        // costs.
        let mut clusters: Vec<(usize, usize, i64)> = Vec::new();
        let mut gaps: Vec<i64> = Vec::new();
        // Lines since the last good one, and how many of them look like a page's furniture: taken by a
        // detector already, or short, mostly letters, no sentence but a question (a menu entry, a teaser's
        // headline), and not the text's own structure (a heading, a caption, a list item: `* Mã ngành:
        // 7340101`). A table flattened into lines (figures), a list, a run of short sentences is the
        // document's own.
        let (mut since, mut furniture_lines) = (0usize, 0usize);
        for (i, (item, class)) in self.items.iter().zip(&classes).enumerate().take(last + 1).skip(first) {
            if item.is_blank() {
                continue;
            }
            if item.removed.is_some() || site.binary_search(&i).is_ok() {
                since += 1;
                furniture_lines += 1;
                continue;
            }
            if *class == Some(Class::Good) {
                let chars = item.shape().chars as i64;
                let furniture = since >= FURNITURE_RUN && furniture_lines * 4 >= since * 3;
                match clusters.last_mut() {
                    Some(c) if !furniture => {
                        c.1 = i;
                        c.2 += chars;
                    }
                    Some(_) => {
                        gaps.push(since as i64 * LINE_COST);
                        clusters.push((i, i, chars));
                    }
                    None => clusters.push((i, i, chars)),
                }
                (since, furniture_lines) = (0, 0);
            } else {
                since += 1;
                // (A typed line is the text's own structure: a heading, a caption, a list item.)
                furniture_lines += usize::from(item.shape().menu_like && item.kind.is_none());
            }
        }
        if clusters.len() == 1 {
            return Some((first, last));
        }
        // Kadane's over cluster, gap, cluster, …: the best run starts and ends with a cluster.
        let (mut best, mut best_span) = (i64::MIN, (0, 0));
        let (mut sum, mut from) = (0i64, 0usize);
        for (k, c) in clusters.iter().enumerate() {
            if k > 0 {
                sum -= gaps[k - 1];
            }
            if sum <= 0 {
                (sum, from) = (0, k);
            }
            sum += c.2;
            if sum > best {
                (best, best_span) = (sum, (from, k));
            }
        }
        Some((clusters[best_span.0].0, clusters[best_span.1].1))
    }
}

/// Lines in a row without running text that may part the running text into clusters (`Scan::core`).
const FURNITURE_RUN: usize = 12;
/// What one such line costs a cluster that it parts from the rest, in characters of running text.
const LINE_COST: i64 = 40;

/// What sets a site's name apart from a page title (`site_suffix`, `repeated_head`).
pub(crate) const TITLE_SEPARATORS: [&str; 4] = [" - ", " | ", " – ", " — "];

/// Written as a name: letters, digits, spaces, dots and hyphens only, ending with a letter or digit
/// (`Báo Dân trí`, `Zing.vn`, `VTC-News`).
pub(crate) fn name_shaped(name: &str) -> bool {
    name.chars().all(|c| crate::parse::text::is_alphanumeric(c) || c == ' ' || c == '.' || c == '-')
        && name.chars().next_back().is_some_and(char::is_alphanumeric)
}

/// A site's name after a page title or description (`Giá vàng tăng mạnh - VnExpress`): (text without it,
/// the suffix). The name must hold a label of the URL's host (`VnExpress`, `Báo VnExpress Giải trí`,
/// `Tuổi Trẻ Online` for tuoitre.vn; up to four words, or ten when it ends with a host label of eight
/// letters or more: `Trang thông tin chính thức du lịch Phú Thọ`), be a domain (`Zing.vn`), or a brand written as one
/// (`VnExpress`, `VietnamNet`: a capital inside a word; up to three words), after ` - `, ` | `, ` – ` or ` — `.
pub fn site_suffix<'a>(text: &'a str, url: Option<&str>) -> Option<(&'a str, &'a str)> {
    let (cut, sep) = TITLE_SEPARATORS.iter().filter_map(|sep| Some((text.rfind(sep)?, sep.len()))).max()?;
    let name = text[cut + sep..].trim();
    let kept = text[..cut].trim_end();
    let clean_name = name_shaped(name) && name.chars().any(char::is_alphabetic);
    let words = name.split_whitespace().count();
    if !clean_name || words > 10 || kept.chars().count() < 15 {
        return None;
    }
    let squashed: String = crate::parse::layout::fold(name).chars().filter(char::is_ascii_alphanumeric).collect();
    let host_labels = host_labels(url);
    // The name is the host's (`VnExpress` for vnexpress.net), or holds it (`Báo VnExpress Giải trí`,
    // `Tuổi Trẻ Online` for tuoitre.vn): four words at most then, three otherwise.
    let is_host = host_labels
        .iter()
        .any(|h| h.len() >= 4 && (squashed == *h || squashed.starts_with(h.as_str()) || squashed.contains(h.as_str())));
    // A longer name that ends with the host's (`Trang thông tin chính thức du lịch Phú Thọ` for
    // dulichphutho.gov.vn: ten words at most, a host label of eight letters or more).
    let ends_with_host = host_labels.iter().any(|h| h.len() >= 8 && squashed.ends_with(h.as_str()));
    if (words > 3 && !is_host) || (words > 4 && !ends_with_host) {
        return None;
    }
    let labels: Vec<&str> = name.split('.').collect();
    let is_domain = labels.len() >= 2
        && !name.contains(' ')
        && labels.iter().all(|l| !l.is_empty())
        && labels
            .last()
            .is_some_and(|tld| (2..=6).contains(&tld.len()) && tld.chars().all(|c| c.is_ascii_alphabetic()));
    let brand = !name.contains(' ')
        && name.chars().next().is_some_and(char::is_uppercase)
        && name.chars().skip(1).any(char::is_uppercase)
        && name.chars().any(char::is_lowercase);
    (is_host || is_domain || brand).then_some((kept, &text[cut + 1..]))
}

/// The labels of a URL's host but its top-level ones, in lower case without hyphens
/// (`https://ngoisao.vnexpress.net/…` → `ngoisao`, `vnexpress`; `giao-nhan.com.vn` → `giaonhan`).
pub(crate) fn host_labels(url: Option<&str>) -> Vec<String> {
    url.and_then(|u| u.split("://").nth(1))
        .and_then(|rest| rest.split(['/', ':']).next())
        .map(|host| {
            let labels: Vec<&str> = host.trim_start_matches("www.").split('.').collect();
            let keep = labels.len().saturating_sub(if labels.len() >= 3 && labels[labels.len() - 2].len() <= 3 {
                2
            } else {
                1
            });
            labels[..keep.max(1)].iter().map(|l| l.replace('-', "").to_ascii_lowercase()).collect()
        })
        .unwrap_or_default()
}

/// A page title whose head the page says again, alone, as a line of its text (its `<h1>` under its
/// `<title>`: `FOOD TOUR HẠ LONG | Wyndham Legend Halong` over `# FOOD TOUR HẠ LONG`): (the head, the
/// site's name with its separator), whatever the name is. The head is two words and 10 characters at
/// least, the name six capitalised words at most, or up to three such parts between separators (`ĐẠI HỌC
/// CÔNG NGHIỆP HÀ NỘI || HaUI`), or six words in any case that the page also says alone.
pub fn repeated_head<'a>(title: &'a str, body: &[&crate::decode::clean::Line]) -> Option<(&'a str, &'a str)> {
    let mut cuts: Vec<(usize, usize)> = Vec::new();
    for sep in TITLE_SEPARATORS {
        cuts.extend(title.match_indices(sep).map(|(i, _)| (i, sep.len())));
    }
    cuts.sort_unstable();
    cuts.into_iter().rev().find_map(|(cut, sep)| {
        let head = title[..cut].trim_end();
        let name = title[cut + sep..].trim();
        // A name is written as one: every word capitalised (`Viết Về Nước Mỹ`; a headline's second half,
        // `Giá vàng SJC tăng`, is not). It may be a name and its brand apart (`ĐẠI HỌC CÔNG NGHIỆP HÀ NỘI ||
        // HaUI`): up to three parts of one to six words, between separators of their own.
        let separator = |w: &str| w.chars().all(|c| matches!(c, '|' | '-' | '–' | '—' | '/'));
        let mut parts = vec![0usize];
        for w in name.split_whitespace() {
            if separator(w) {
                parts.push(0);
            } else if let Some(n) = parts.last_mut() {
                *n += 1;
            }
        }
        let named = name
            .split_whitespace()
            .filter(|w| !separator(w))
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit()));
        // (A name in parts opens with an institution's name in capitals and holds no figure: `Việt Nam 2-1
        // Thái Lan | Thể Thao` is a headline's second half and its section.)
        let first_part = name.split(['|', '–', '—', '/']).next().unwrap_or(name);
        let first_part = first_part.split(" - ").next().unwrap_or(first_part);
        let in_parts_fits = parts.len() == 1
            || (crate::parse::text::in_capitals(first_part) && !name.contains(|c: char| c.is_ascii_digit()));
        // (Or said in other dashes and quotation marks: the `<title>`'s `2 - 4m2` as the `<h1>`'s `2 – 4m2`;
        // a set dash is two bytes longer than a typewriter's.)
        let said = |what: &str| {
            body.iter().any(|l| {
                let t = crate::parse::markdown::atx_heading(&l.text).unwrap_or(&l.text);
                let t = t.trim().trim_matches('*').trim();
                t == what || (t.len().abs_diff(what.len()) <= 24 && crate::parse::text::same_but_typography(t, what))
            })
        };
        // Or the page prints the name alone too, its masthead's (`Tiêu đề | Cổng thông tin đào tạo` over
        // `Cổng thông tin đào tạo` … `Tiêu đề`): whatever its case, one part of six words at most.
        let fits = head.chars().count() >= 10
            && head.split_whitespace().count() >= 2
            && in_parts_fits
            && parts.len() <= 3
            && parts.iter().all(|n| (1..=6).contains(n))
            && (named || (parts.len() == 1 && said(name)));
        (fits && said(head)).then_some((head, &title[cut + 1..]))
    })
}

/// One boilerplate detector.
pub trait Detector: Sync {
    /// Recorded as `removed[].rule` (line rules record their own name instead).
    fn name(&self) -> &'static str;
    /// Marks what it finds in `scan`.
    fn detect(&self, scan: &mut Scan);
}

/// Every detector, in the order they run.
pub static DETECTORS: &[&dyn Detector] = &[
    &rules::LineRules,
    &cues::Cues,
    &comments::Comments,
    &player::MediaPlayer,
    &repeats::Repeats,
    &masthead::Masthead,
    &profile::Recurring,
    &edges::Edges,
    &lists::Lists,
    &sitetalk::SiteTalk,
    &edges::TailSweep,
    &wrapped::WrappedRest,
    &cues::RecurringCue,
    &profile::SmallRun,
    &forms::FormFields,
];

/// A Markdown code block is the text's example, printed as its writer typed it: where the detectors kept some of
/// its lines and took others (a tutorial's `public static void main(String[] args) {` on every page of a Java course,
/// read as the run's line; `System.out.println(…);` read as a script's), or took a block that stands between kept
/// lines of the text (a template's `{{#each people}}` lines read as a menu's column), the taken lines come back. A
/// block taken whole with nothing kept on one side of it stays taken (a widget's code in a page's footer), and so
/// does a pandoc raw block (` ```{=html}`: an ad slot's markup); the fences themselves are markup. Fences pair as
/// CommonMark pairs them (`code_fence`): a line of prose opening with backticks, a fence with a language name, a
/// shorter run or the other character closes nothing, and an unclosed fence fences nothing (a reviewer's probes:
/// a naive toggle read the text between two blocks as a block). Hand-written: the fences are the seed's own markup,
/// read where the detectors' verdicts are known.
fn keep_fenced_code(items: &mut [Item]) {
    let kept = |it: &Item| !it.is_blank() && it.removed.is_none();
    // (Whether a kept line stands after each place: read once, back to front.)
    let mut kept_after = vec![false; items.len() + 1];
    for i in (0..items.len()).rev() {
        kept_after[i] = kept_after[i + 1] || kept(&items[i]);
    }
    let mut kept_before = false;
    // The open block: where its fence stands, the fence's character and length, and whether it is raw.
    let mut open: Option<(usize, u8, usize, bool)> = None;
    for i in 0..items.len() {
        let Some((start, mark, len, raw)) = open else {
            if let Some((mark, len, info)) = code_fence(&items[i].text) {
                open = Some((i, mark, len, info.starts_with("{=")));
            } else {
                kept_before |= kept(&items[i]);
            }
            continue;
        };
        let closes = code_fence(&items[i].text).is_some_and(|(m, n, info)| m == mark && n >= len && info.is_empty());
        if !closes {
            continue;
        }
        open = None;
        let inside = start + 1..i;
        let some_kept = items[inside.clone()].iter().any(kept);
        // (An opening fence of its character inside, `` ```go ``, says an earlier block lost its closing fence: what
        // lies between is no block.)
        let broken = items[inside.clone()]
            .iter()
            .any(|it| code_fence(&it.text).is_some_and(|(m, _, info)| m == mark && !info.is_empty()));
        if !raw && !broken && (some_kept || (kept_before && kept_after[i + 1])) {
            for item in &mut items[inside] {
                item.removed = None;
            }
        }
        kept_before |= items[start..=i].iter().any(kept);
    }
}

/// A code fence (CommonMark): up to three spaces, then three backticks or tildes or more, then an info string (a
/// backtick fence's holds no backtick). Its character, its length and its info string, trimmed.
fn code_fence(text: &str) -> Option<(u8, usize, &str)> {
    let t = text.trim_start_matches(' ');
    if text.len() - t.len() > 3 {
        return None;
    }
    let mark = *t.as_bytes().first().filter(|&&b| b == b'`' || b == b'~')?;
    let len = t.bytes().take_while(|&b| b == mark).count();
    let info = t[len..].trim();
    (len >= 3 && !(mark == b'`' && info.contains('`'))).then_some((mark, len, info))
}

/// Runs every detector over `items` and splits them into the lines that stay (blank lines included, as
/// paragraph separators) and the removals.
pub fn strip(items: Vec<Item>, cx: Context) -> (Vec<Item>, Vec<Removed>) {
    let mut scan = Scan { items, cx, removed_after_edges: 0 };
    for detector in DETECTORS {
        detector.detect(&mut scan);
    }
    keep_fenced_code(&mut scan.items);
    let mut kept = Vec::with_capacity(scan.items.len());
    let mut removed = Vec::new();
    for item in scan.items {
        match item.removed {
            Some((kind, rule)) => removed.push(Removed { kind, text: item.text, line: item.line, rule }),
            None => kept.push(item),
        }
    }
    (kept, removed)
}

#[cfg(test)]
mod tests {
    use super::site_suffix;
    use super::test_support::{PARA, PARA2, PARA3};
    use super::{Context, Item, Scan};

    fn core_lines(lines: &[&str]) -> Option<(usize, usize)> {
        let items = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
        let scan = Scan { items, cx: Context::default(), removed_after_edges: 0 };
        scan.core().map(|(a, b)| (scan.items[a].line, scan.items[b].line))
    }

    #[test]
    fn a_fenced_code_block_in_the_text_keeps_every_line() {
        // A Hugo tutorial through markitdown (held-out-132): a Java example between fences, between the text's
        // paragraphs. Its `println` lines read as a script's, its braces as punctuation alone: all stay.
        let code = [
            "public class Variables {",
            "public static void main(String[] args) {",
            "System.out.println(\"Tên sinh viên: \" + studentName);",
            "System.out.println(\"Tuổi: \" + studentAge);",
            "}",
            "}",
        ];
        let text = format!(
            "{PARA}\n\nTạo một file mới và gõ đoạn mã sau:\n\n```\n{}\n```\n\n{PARA2}\n\n{PARA3}",
            code.join("\n")
        );
        let (kept, removed) = super::test_support::run_rules(&text);
        for line in code {
            assert!(kept.iter().any(|k| k == line), "{line}: {removed:?}");
        }
        // A block the detectors took whole between kept lines of the text comes back too (a Handlebars tutorial
        // through markitdown, held-out-107: its template's lines read as a menu's column); one taken whole with
        // nothing kept after it stays taken (a widget's code in a page's footer).
        let taken = |lines: &[&str], gone: &[usize]| {
            let mut items: Vec<Item> = lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect();
            for &k in gone {
                items[k].removed = Some(("navigation".into(), "menu-column".into()));
            }
            super::keep_fenced_code(&mut items);
            items.iter().filter(|i| i.removed.is_some()).map(|i| i.text.clone()).collect::<Vec<_>>()
        };
        let page = [PARA, "```", "{{#with person}}", "{{firstname}} {{lastname}}", "{{/with}}", "```", PARA2];
        assert_eq!(taken(&page, &[1, 2, 3, 4, 5]), ["```", "```"]);
        let footer = [PARA, PARA2, "```", "<div id=\"chat\"></div>", "```", "© 2024 Công ty ABC"];
        assert_eq!(taken(&footer, &[2, 3, 4, 5]).len(), 4);
        // A raw block (pandoc's ad slot), and the text between a block that lost its closing fence and the next
        // block, stay as the detectors left them (a reviewer's probes).
        let raw = [PARA, "```{=html}", "<ins class=\"adsbygoogle\"></ins>", "```", PARA2];
        assert_eq!(taken(&raw, &[1, 2, 3]).len(), 3);
        let lost = [PARA, "```", "x := 1", PARA2, "Xem thêm: Học Go trong 30 ngày", "```go", "y := 2", "```", PARA3];
        assert!(taken(&lost, &[1, 4, 5, 7]).contains(&"Xem thêm: Học Go trong 30 ngày".to_string()));
        // A closing fence is the opening one's character, as long or longer, alone: `~~~` closes no backtick block.
        let tilde = [PARA, "````", "a := 1", "~~~", "```", "b := 2", "````", PARA2];
        assert_eq!(taken(&tilde, &[1, 3, 4, 5, 6]), ["````", "````"]);
        // The fences are markup; an unclosed fence fences nothing.
        assert!(!kept.iter().any(|k| k == "```"), "{kept:?}");
        let (kept, _) = super::test_support::run_rules(&format!("{PARA}\n```\n{}\n\n{PARA2}", code[2]));
        assert!(!kept.iter().any(|k| k == code[2]), "{kept:?}");
    }

    #[test]
    fn a_text_of_figures_whose_good_lines_went_as_teasers_keeps_its_span() {
        use super::features::{classify, Class};
        // A government portal's admission scores (held-out-23): the text's lines are near-good (figures and
        // names), the only good lines the teasers of other posts, which the profile took.
        let text = [
            "Riêng ngành Khoa học máy tính có điểm trúng tuyển là 36,4 điểm với hệ số nhân đôi cho môn Toán (tương đương trên 9 điểm 1 môn).",
            "Các chương trình còn lại về cơ bản có ngưỡng điểm trúng tuyển tập trung vào khoảng từ 25 đến 27 điểm.",
        ];
        let teaser = "Từ tháng 7 năm nay, nhiều quy định mới về tiền lương, lương hưu, trợ cấp và phụ cấp chính thức có hiệu lực trên cả nước.";
        assert!(text.iter().all(|t| classify(t) == Class::NearGood));
        assert_eq!(classify(teaser), Class::Good);
        let lines = ["Gọi tổng đài", text[0], text[1], "Đọc nhiều", teaser, "Chia sẻ"];
        let items = || lines.iter().enumerate().map(|(n, l)| Item::new(l.to_string(), n + 1)).collect::<Vec<_>>();
        let mut scan = Scan { items: items(), cx: Context::default(), removed_after_edges: 0 };
        assert_eq!(scan.core().map(|(a, b)| (scan.items[a].line, scan.items[b].line)), Some((5, 5)));
        scan.items[4].removed = Some(("recurring".into(), "profile".into()));
        assert_eq!(scan.core().map(|(a, b)| (scan.items[a].line, scan.items[b].line)), Some((2, 3)));
        // A page that never had a good line has no span.
        let mut none = items();
        none.remove(4);
        let scan = Scan { items: none, cx: Context::default(), removed_after_edges: 0 };
        assert_eq!(scan.core(), None);
    }

    #[test]
    fn a_long_line_amid_a_pages_furniture_is_no_part_of_the_running_text() {
        let menu: Vec<String> = (0..14).map(|i| format!("Chuyên mục số {i}")).collect();
        let teaser = "Giá thịt heo, gà tăng mạnh dịp lễ tết, người dân đổ xô đi mua sắm và các siêu thị đã tăng giờ mở cửa để phục vụ.";
        let mut lines: Vec<&str> = vec![teaser];
        lines.extend(menu.iter().map(String::as_str));
        lines.extend([PARA, PARA2, "Ảnh: Minh họa", PARA3]);
        lines.extend(menu.iter().map(String::as_str));
        lines.push(teaser);
        // The article's three paragraphs, with the caption between them.
        assert_eq!(core_lines(&lines), Some((16, 19)));
        // Fourteen list items or headings between paragraphs are the document's own: one text.
        let items: Vec<String> = (0..14).map(|i| format!("* Ngành số {i}: chỉ tiêu 120")).collect();
        let mut doc: Vec<&str> = vec![PARA];
        doc.extend(items.iter().map(String::as_str));
        doc.push(PARA2);
        assert_eq!(core_lines(&doc), Some((1, 16)));
        // Nor does a table flattened into lines (figures), with a closing paragraph after it.
        let rows: Vec<String> =
            (0..13).map(|i| format!("Trường Đại học số {i}, ngành Khoa học máy tính 29,{i}")).collect();
        let mut doc: Vec<&str> = vec![PARA, PARA2, "Điểm chuẩn một số ngành như sau"];
        doc.extend(rows.iter().map(String::as_str));
        doc.push(PARA3);
        assert_eq!(core_lines(&doc), Some((1, 17)));
    }

    #[test]
    fn site_names_after_titles() {
        assert_eq!(
            site_suffix("Giá vàng hôm nay tăng mạnh - VnExpress", None),
            Some(("Giá vàng hôm nay tăng mạnh", "- VnExpress"))
        );
        let url = Some("https://dantri.com.vn/xa-hoi/a.htm");
        assert_eq!(site_suffix("Giá vàng hôm nay tăng mạnh - Dân trí", url).map(|p| p.1), Some("- Dân trí"));
        assert_eq!(site_suffix("Giá vàng hôm nay tăng mạnh | Zing.vn", None).map(|p| p.1), Some("| Zing.vn"));
        assert_eq!(site_suffix("Trận đấu giữa Việt Nam - Thái Lan", None), None);
        assert_eq!(site_suffix("Giá vàng hôm nay tăng mạnh - Hà Nội", url), None);
        assert_eq!(site_suffix("Đàm phán về vùng biển ngoài cửa Vịnh Bắc Bộ - 30/5.", None), None);
        assert_eq!(site_suffix("Khởi tố giảng viên trường đại học (Ảnh: A - TPHCM).", None), None);
        // A name that holds the host's label, up to four words: saved pages' `<title>`s.
        let vne = Some("https://vnexpress.net/hoai-dj-linh-an-tu-hinh-5071068.html");
        assert_eq!(site_suffix("Hoài DJ lĩnh án tử hình - Báo VnExpress", vne).map(|p| p.1), Some("- Báo VnExpress"));
        let sub = Some("https://ngoisao.vnexpress.net/a-4.html");
        assert_eq!(
            site_suffix("Sự nghiệp Long Nhật trước khi bị bắt - Báo VnExpress Giải trí", sub).map(|p| p.1),
            Some("- Báo VnExpress Giải trí")
        );
        assert_eq!(
            site_suffix("Những nghệ sĩ Việt 'ngã ngựa' vì ma túy - Ngôi sao", sub).map(|p| p.1),
            Some("- Ngôi sao")
        );
        let tto = Some("https://tuoitre.vn/bat-ca-si.htm");
        assert_eq!(
            site_suffix("Bắt ca sĩ Long Nhật vì liên quan ma túy - Tuổi Trẻ Online", tto).map(|p| p.1),
            Some("- Tuổi Trẻ Online")
        );
        let phutho = Some("https://dulichphutho.gov.vn/kham-pha/");
        assert_eq!(
            site_suffix(
                "Khám Phá Top 25 Địa Điểm Du Lịch Phú Thọ - Trang thông tin chính thức du lịch Phú Thọ",
                phutho
            )
            .map(|p| p.0),
            Some("Khám Phá Top 25 Địa Điểm Du Lịch Phú Thọ")
        );
        assert_eq!(site_suffix("Khám phá Phú Thọ mùa lễ hội - Những điều du khách cần biết khi đi", phutho), None);
        // Four words that are not the host's stay.
        assert_eq!(site_suffix("Bắt ca sĩ Long Nhật vì liên quan ma túy - Công an TP Hồ", tto), None);
        let ptit = Some("https://tuyensinh.ptit.edu.vn/2026/a/");
        let (kept, suffix) =
            site_suffix("Thông tin tuyển sinh đại học chính quy năm 2026 – PTIT – Tuyển sinh", ptit).unwrap();
        assert_eq!(suffix, "– Tuyển sinh");
        assert_eq!(site_suffix(kept, ptit).map(|p| p.0), Some("Thông tin tuyển sinh đại học chính quy năm 2026"));
    }

    #[test]
    fn a_title_whose_head_the_page_repeats_loses_its_tail() {
        use crate::decode::clean::Line;
        let line = |t: &str| Line { text: t.into(), no: 9, indented: false, open_end: false, indent: 0 };
        let body = [line("[Trang chủ](/)"), line("# FOOD TOUR HẠ LONG - ĂN GÌ KHI DU LỊCH HẠ LONG"), line("Câu một.")];
        let body: Vec<&Line> = body.iter().collect();
        let title = "FOOD TOUR HẠ LONG - ĂN GÌ KHI DU LỊCH HẠ LONG | Wyndham Legend Halong";
        assert_eq!(
            super::repeated_head(title, &body),
            Some(("FOOD TOUR HẠ LONG - ĂN GÌ KHI DU LỊCH HẠ LONG", "| Wyndham Legend Halong"))
        );
        let body2 = [line("Trang nhất"), line("Tình Thầy Trò"), line("Câu một.")];
        let body2: Vec<&Line> = body2.iter().collect();
        assert_eq!(
            super::repeated_head("Tình Thầy Trò - Viết Về Nước Mỹ", &body2),
            Some(("Tình Thầy Trò", "- Viết Về Nước Mỹ"))
        );
        // A headline's second half is no name, even when its first half is said alone as a subheading.
        let body3 = [line("Giá vàng hôm nay 12/5"), line("Câu một.")];
        let body3: Vec<&Line> = body3.iter().collect();
        assert_eq!(super::repeated_head("Giá vàng hôm nay 12/5 - Giá vàng SJC tăng mạnh", &body3), None);
        // Not said again: the title stays whole.
        assert_eq!(super::repeated_head("Việt Nam thắng Thái Lan - Hà Nội mừng vui", &body), None);
        // haui.edu.vn (2022) as a scraper dumped it: the school's name and its brand apart.
        let body4 = [line("Lịch sử"), line("CÁC MỐC LỊCH SỬ"), line("Câu một.")];
        let body4: Vec<&Line> = body4.iter().collect();
        assert_eq!(
            super::repeated_head("CÁC MỐC LỊCH SỬ - ĐẠI HỌC CÔNG NGHIỆP HÀ NỘI || HaUI", &body4),
            Some(("CÁC MỐC LỊCH SỬ", "- ĐẠI HỌC CÔNG NGHIỆP HÀ NỘI || HaUI"))
        );
        // A headline's second half and its section are no name in parts.
        let body6 = [line("Bán kết AFF Cup 2024"), line("Câu một.")];
        let body6: Vec<&Line> = body6.iter().collect();
        assert_eq!(super::repeated_head("Bán kết AFF Cup 2024 - Việt Nam 2-1 Thái Lan | Thể Thao", &body6), None);
        let body7 = [line("Kết quả xổ số miền Bắc"), line("Câu một.")];
        let body7: Vec<&Line> = body7.iter().collect();
        assert_eq!(super::repeated_head("Kết quả xổ số miền Bắc - Thứ Hai 12/5 | XSMB", &body7), None);
        // student.uit.edu.vn (2025) as a crawler kept it: a name in lower case that the masthead prints alone.
        let head = "Cử nhân ngành Khoa học Máy tính (Áp dụng từ khóa 19 - 2024)";
        let body8 = [line("Cổng thông tin đào tạo"), line("Navigation menu"), line(head), line("Câu một.")];
        let body8: Vec<&Line> = body8.iter().collect();
        let title = format!("{head} | Cổng thông tin đào tạo");
        assert_eq!(super::repeated_head(&title, &body8), Some((head, "| Cổng thông tin đào tạo")));
        assert_eq!(super::repeated_head(&title, &body8[1..]), None);
        // Four parts are a headline's, not a name's.
        let body5 = [line("Tin mới nhất hôm nay"), line("Câu một.")];
        let body5: Vec<&Line> = body5.iter().collect();
        assert_eq!(super::repeated_head("Tin mới nhất hôm nay - A B | C D | E F | G H", &body5), None);
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    /// Three different paragraphs of running text (real Vietnamese news prose).
    pub(crate) const PARA: &str = "Theo báo cáo của Bộ Tài chính, trong năm qua ngân sách nhà nước đã thu được nhiều hơn so với dự toán, nhờ các khoản thu từ đất và từ dầu thô.";
    pub(crate) const PARA2: &str = "Bộ trưởng cho biết năm nay sẽ tiếp tục cắt giảm chi thường xuyên, và dành nhiều hơn cho đầu tư công ở các địa phương khó khăn.";
    pub(crate) const PARA3: &str = "Tại buổi làm việc, các đại biểu đã thảo luận về những vướng mắc trong việc giải ngân vốn đầu tư công và đề xuất nhiều giải pháp cụ thể.";

    /// A text wrapped at `width` the way html2text (and a text browser) does it: words added while they
    /// fit, each paragraph (parted by a blank line) followed by a blank line.
    pub(crate) fn wrap(text: &str, width: usize) -> String {
        let mut out = String::new();
        for para in text.split("\n\n") {
            let mut line = String::new();
            for word in para.split_whitespace() {
                if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > width {
                    out.push_str(&line);
                    out.push('\n');
                    line.clear();
                }
                if !line.is_empty() {
                    line.push(' ');
                }
                line.push_str(word);
            }
            out.push_str(&line);
            out.push_str("\n\n");
        }
        out
    }

    /// Parses `text` as a blank-separated body with the built-in rules: long lines are cut into units
    /// (`segment.rs`) as in a real run.
    pub(crate) fn parse_fused(text: &str) -> crate::parse::body::Body {
        let cleaned = crate::decode::clean::clean(text);
        let lines: Vec<_> = cleaned.lines.iter().collect();
        let rules = Rules::builtin();
        crate::parse::body::parse_body(
            &lines,
            crate::parse::layout::BodyStyle::BlankSeparated,
            Context { rules: Some(&rules), ..Default::default() },
        )
    }

    /// Runs the detectors over `text` (one item per line) and returns (kept lines, removed (kind, text)).
    pub(crate) fn run(text: &str, title: Option<&str>) -> (Vec<String>, Vec<(String, String)>) {
        let (kept, removed) = run_whole(text, title);
        (kept, removed.into_iter().map(|r| (r.kind, r.text)).collect())
    }

    /// As `run`, with the removed lines as (detector or rule, text).
    pub(crate) fn run_rules(text: &str) -> (Vec<String>, Vec<(String, String)>) {
        let (kept, removed) = run_whole(text, None);
        (kept, removed.into_iter().map(|r| (r.rule, r.text)).collect())
    }

    fn run_whole(text: &str, title: Option<&str>) -> (Vec<String>, Vec<Removed>) {
        let items = text.lines().enumerate().map(|(n, l)| Item::new(l.trim().to_string(), n + 1)).collect();
        let rules = Rules::builtin();
        let (kept, removed) = strip(items, Context { rules: Some(&rules), title, ..Context::default() });
        (kept.into_iter().filter(|i| !i.is_blank()).map(|i| i.text).collect(), removed)
    }
}
