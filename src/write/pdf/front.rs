//! The front matter of a PDF of several articles, as the EPUB has it: a title page (the book's title, its
//! author, how many articles) and a contents list with the page each article starts on, every entry a
//! link to that page. The contents are laid out before the numbers are known (the number column has a
//! fixed width), so the articles' pages can be counted after it.

use super::fonts::Fonts;
use super::typeset::{break_lines, Geometry, Line, Page, Role};

/// The width kept for page numbers at the right of the contents, in points.
const NUMBER_COLUMN: f32 = 36.0;

/// The title page: the title centred a third of the way down, the author and the article count below.
pub(super) fn title_page(title: &str, author: Option<&str>, count: usize, g: &Geometry, fonts: &Fonts) -> Page {
    let mut page = Page::default();
    let mut y = g.height * 0.3;
    for (role, text) in [(Role::BookTitle, Some(title)), (Role::Body, author)] {
        let Some(text) = text else { continue };
        let style = role.style();
        for (line, natural) in break_lines(text, style, g.text_width(), fonts) {
            page.lines.push(centred(role, line, natural, baseline(role, y), g));
            y += style.leading;
        }
        y += style.after + 12.0;
    }
    let count = format!("{count} bài báo");
    let natural = fonts.width(Role::Meta.style().weight, &count) * Role::Meta.style().size;
    page.lines.push(centred(Role::Meta, count, natural, baseline(Role::Meta, y), g));
    page
}

/// The baseline of a line of `role` whose box starts at `top` (as `typeset` places lines).
fn baseline(role: Role, top: f32) -> f32 {
    let style = role.style();
    top + style.leading - (style.leading - style.size) / 2.0 - 0.2 * style.size
}

fn centred(role: Role, text: String, natural: f32, y: f32, g: &Geometry) -> Line {
    Line { role, block: None, text, x: (g.width - natural) / 2.0, y, width: natural, natural, justified: false }
}

/// One contents entry as placed: the page (of the contents) it is on, and the top and bottom of its lines.
pub(super) struct Entry {
    /// Index into the contents pages.
    pub page: usize,
    /// Top of the entry's first line, from the top edge.
    pub top: f32,
    /// Bottom of the entry's last line.
    pub bottom: f32,
    /// Baseline of the entry's last line (where its page number goes).
    pub baseline: f32,
}

/// A line of the contents: a group's heading, or an article's title.
pub(super) enum Item {
    /// A group's label (`Tháng 5 năm 2013`), set like a heading.
    Group(String),
    /// An article's title, which gets an entry (and a page number).
    Article(String),
}

/// The contents pages without page numbers, and where each article's entry went (in the order of the
/// articles among `items`). A group heading never ends a page.
pub(super) fn contents(items: &[Item], g: &Geometry, fonts: &Fonts) -> (Vec<Page>, Vec<Entry>) {
    let heading = Role::Title.style();
    let style = Role::Contents.style();
    let group = Role::Heading.style();
    let mut pages = vec![Page::default()];
    let mut y = g.top;
    let label = "Mục lục";
    let natural = fonts.width(heading.weight, label) * heading.size;
    pages[0].lines.push(plain(Role::Title, label.into(), natural, baseline(Role::Title, y), g));
    y += heading.leading + heading.after + 6.0;
    let mut entries = Vec::with_capacity(items.len());
    for item in items {
        match item {
            Item::Group(label) => {
                let lines = break_lines(label, group, g.text_width(), fonts);
                let top_of_page = y == g.top;
                let room = lines.len() as f32 * group.leading + group.before + style.leading;
                if !top_of_page {
                    y += group.before;
                }
                if y + room > g.text_bottom() {
                    pages.push(Page::default());
                    y = g.top;
                }
                let page = pages.len() - 1;
                for (text, natural) in lines {
                    pages[page].lines.push(plain(Role::Heading, text, natural, baseline(Role::Heading, y), g));
                    y += group.leading;
                }
                y += group.after;
            }
            Item::Article(title) => {
                let lines = break_lines(title, style, g.text_width() - NUMBER_COLUMN, fonts);
                if y + lines.len() as f32 * style.leading > g.text_bottom() {
                    pages.push(Page::default());
                    y = g.top;
                }
                let (page, top) = (pages.len() - 1, y);
                let mut last = y;
                for (text, natural) in lines {
                    last = baseline(Role::Contents, y);
                    pages[page].lines.push(plain(Role::Contents, text, natural, last, g));
                    y += style.leading;
                }
                entries.push(Entry { page, top, bottom: y, baseline: last });
                y += style.after;
            }
        }
    }
    (pages, entries)
}

/// A line set flush left at the margin, at baseline `y`.
fn plain(role: Role, text: String, natural: f32, y: f32, g: &Geometry) -> Line {
    Line { role, block: None, text, x: g.left, y, width: natural, natural, justified: false }
}

/// The page number of an entry, right-aligned at its last line.
pub(super) fn number_line(number: usize, entry: &Entry, g: &Geometry, fonts: &Fonts) -> Line {
    let style = Role::Contents.style();
    let text = number.to_string();
    let natural = fonts.width(style.weight, &text) * style.size;
    Line {
        role: Role::Contents,
        block: None,
        text,
        x: g.width - g.right - natural,
        y: entry.baseline,
        width: natural,
        natural,
        justified: false,
    }
}
