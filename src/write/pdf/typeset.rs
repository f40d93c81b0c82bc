//! Typesetting as pure geometry: one article in, pages of positioned lines out, nothing drawn. The PDF
//! emitter draws exactly these lines, and tests read them as text (position, width, content per line).
//!
//! Lines break at spaces, measured with the font's real advances. A word wider than the measure (a long
//! URL) is cut, preferably after `/ . ? & = _` or before a `-`, and a hyphen is added at the cut, which
//! `pdftotext` removes when it joins the pieces. A real `-` never ends a line (a token ending in `-` is
//! kept with the next word, and no cut follows a `-`), since text extraction would drop it as a
//! hyphenation mark. Paragraphs are justified with a ragged last line (first-fit breaking); a line whose
//! spaces would grow by more than `MAX_STRETCH` is left ragged; a last line of a single word takes a word
//! from the line above. A cut word is kept whole across a page break only when that costs a few lines.
//!
//! Pages avoid widows and orphans (a paragraph split across pages keeps at least two lines on each side)
//! and never end with a heading or an article head, nor with the first piece of a cut word. Every article
//! starts on a new page. Coordinates are PDF points, y measured down from the top edge (krilla's
//! convention), `y` of a line being its baseline.

use super::fonts::{Fonts, Weight};
use crate::model::{BlockKind, Document};
use crate::write::xml::display_date;
use crate::write::Paper;

/// Page size and margins, in points.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Geometry {
    /// Page width.
    pub width: f32,
    /// Page height.
    pub height: f32,
    /// Left margin.
    pub left: f32,
    /// Right margin.
    pub right: f32,
    /// Top margin.
    pub top: f32,
    /// Bottom margin.
    pub bottom: f32,
}

impl Geometry {
    /// The page size of `paper`, with the writer's fixed margins.
    pub fn for_paper(paper: Paper) -> Geometry {
        let (width, height) = paper.size_pt();
        Geometry { width, height, left: 68.0, right: 68.0, top: 64.0, bottom: 72.0 }
    }
    /// The measure: width of a full line.
    pub fn text_width(&self) -> f32 {
        self.width - self.left - self.right
    }
    /// Where text ends: the bottom margin's top edge.
    pub(super) fn text_bottom(&self) -> f32 {
        self.height - self.bottom
    }
}

/// What a line is part of; decides its style.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// The article's title.
    Title,
    /// Source URL, and date · outlet, under the title.
    Meta,
    /// The lead (sapo) paragraph.
    Lead,
    /// An ordinary paragraph.
    Body,
    /// A subheading inside the article.
    Heading,
    /// A photo caption.
    Caption,
    /// A credit for the text (`(Theo TTXVN)`).
    Attribution,
    /// The page number, centred at the foot of the page.
    PageNumber,
    /// A book's title on its title page.
    BookTitle,
    /// An entry of a book's contents (an article's title, or its page number).
    Contents,
}

/// Where a line sits within the measure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    /// Flush left, ragged right.
    Left,
    /// Spaces stretched to fill the measure; last and too-loose lines set flush left.
    Justify,
    /// Flush right.
    Right,
    /// Centred.
    Center,
}

/// How a role is set: face, size and leading (points), alignment, space before and after.
#[derive(Debug, Clone, Copy)]
pub struct Style {
    /// Which face of the family.
    pub weight: Weight,
    /// Font size.
    pub size: f32,
    /// Line height, baseline to baseline.
    pub leading: f32,
    /// Alignment within the measure.
    pub align: Align,
    /// Space above the paragraph.
    pub before: f32,
    /// Space below the paragraph.
    pub after: f32,
    /// Grey rather than black (page furniture, the article's metadata).
    pub grey: bool,
}

impl Role {
    /// How lines of this role are set.
    pub fn style(self) -> Style {
        let s = |weight, size, leading, align, before, after| Style {
            weight,
            size,
            leading,
            align,
            before,
            after,
            grey: matches!(self, Role::Meta | Role::PageNumber),
        };
        use {Align::*, Weight::*};
        match self {
            Role::Title => s(Bold, 17.0, 22.0, Left, 0.0, 6.0),
            Role::Meta => s(Regular, 8.5, 11.5, Left, 0.0, 2.0),
            Role::Lead => s(Bold, 11.0, 15.5, Justify, 12.0, 8.0),
            Role::Body => s(Regular, 11.0, 15.5, Justify, 0.0, 6.0),
            Role::Heading => s(Bold, 12.5, 17.0, Left, 8.0, 4.0),
            Role::Caption => s(Italic, 9.5, 13.0, Left, 2.0, 8.0),
            Role::Attribution => s(Italic, 11.0, 15.5, Right, 2.0, 6.0),
            Role::PageNumber => s(Regular, 9.0, 12.0, Center, 0.0, 0.0),
            Role::BookTitle => s(Bold, 24.0, 30.0, Center, 0.0, 12.0),
            Role::Contents => s(Regular, 11.0, 15.0, Left, 0.0, 3.0),
        }
    }
}

/// One typeset line.
#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    /// What the line is part of.
    pub role: Role,
    /// Index of the block in `Document::blocks`; `None` for the article head (title, metadata).
    pub block: Option<usize>,
    /// The characters drawn, spaces included (an added hyphen at a cut, too).
    pub text: String,
    /// Left edge.
    pub x: f32,
    /// Baseline, measured down from the top edge.
    pub y: f32,
    /// Width as drawn: the measure for a justified line, else `natural`.
    pub width: f32,
    /// Width with the font's own space advance.
    pub natural: f32,
    /// True when the line's spaces are stretched to fill the measure.
    pub justified: bool,
}

impl Line {
    /// Extra width given to each space of a justified line.
    pub fn space_stretch(&self) -> f32 {
        let spaces = self.text.chars().filter(|&c| c == ' ').count();
        if self.justified && spaces > 0 {
            (self.width - self.natural).max(0.0) / spaces as f32
        } else {
            0.0
        }
    }
}

/// The lines of one page, top to bottom.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Page {
    /// The lines, top to bottom.
    pub lines: Vec<Line>,
}

/// A paragraph to place: its role, its block, its broken lines (text, natural width).
struct Para {
    role: Role,
    block: Option<usize>,
    lines: Vec<(String, f32)>,
    /// Never the last thing on a page (title, metadata, headings).
    keep_with_next: bool,
}

/// Lays out one article, starting on a fresh page.
pub fn lay_out(doc: &Document, geometry: &Geometry, fonts: &Fonts) -> Vec<Page> {
    let measure = geometry.text_width();
    let mut paras = Vec::with_capacity(doc.blocks.len() + 3);
    let head = |role, text: &str| Para {
        role,
        block: None,
        lines: break_lines(text, role.style(), measure, fonts),
        keep_with_next: true,
    };
    paras.push(head(Role::Title, &doc.display_title()));
    if let Some(url) = &doc.url {
        // The source URL is a link (`link_url`), cut where it must be but never hyphenated: an added hyphen
        // would change it when copied. A cut is never made after a `-` of its own, so a line's last `-`
        // before the end was added.
        let mut para = head(Role::Meta, url);
        let style = Role::Meta.style();
        let last = para.lines.len().saturating_sub(1);
        for (text, natural) in &mut para.lines[..last] {
            if text.ends_with('-') {
                text.pop();
                *natural = fonts.width(style.weight, text) * style.size;
            }
        }
        paras.push(para);
    }
    let when_where: Vec<String> =
        [doc.date.as_deref().map(display_date), doc.publisher.clone()].into_iter().flatten().collect();
    if !when_where.is_empty() {
        paras.push(head(Role::Meta, &when_where.join(" · ")));
    }
    for (i, block) in doc.blocks.iter().enumerate() {
        let role = match block.kind {
            BlockKind::Lead => Role::Lead,
            BlockKind::Paragraph => Role::Body,
            BlockKind::Heading => Role::Heading,
            BlockKind::Caption => Role::Caption,
            BlockKind::Attribution => Role::Attribution,
        };
        let lines = break_lines(&block.text, role.style(), measure, fonts);
        paras.push(Para { role, block: Some(i), lines, keep_with_next: role == Role::Heading });
    }
    place(paras, geometry)
}

/// The most a space may grow in a justified line, in em (DejaVu Serif's space is 0.32 em: at most about
/// twice its width); a looser line — typically one before a long unbreakable token such as
/// `(18/10/1930-18/10/2015)./.` — is set ragged instead, as the EPUB's unjustified text is.
pub const MAX_STRETCH: f32 = 0.3;

/// Space between an article's head (title, URL, date) and its text, in points.
const HEAD_GAP: f32 = 14.0;

/// Stacks paragraphs into pages (see the module doc for the rules).
fn place(paras: Vec<Para>, g: &Geometry) -> Vec<Page> {
    let mut pages = vec![Page::default()];
    let mut y = g.top;
    let count = paras.len();
    let mut prev_role = None;
    for (pi, para) in paras.into_iter().enumerate() {
        let style = para.role.style();
        let first = pages.last().is_none_or(|p| p.lines.is_empty());
        let head = |r: Role| matches!(r, Role::Title | Role::Meta);
        if !first {
            // The article's text keeps a clear gap from its head.
            let after_head = pi > 0 && !head(para.role) && prev_role.is_some_and(head);
            y += if after_head { style.before.max(HEAD_GAP) } else { style.before };
        }
        prev_role = Some(para.role);
        // Room needed beyond this paragraph: two lines of body text after a title or heading.
        let keep = if para.keep_with_next && pi + 1 < count { 2.0 * Role::Body.style().leading } else { 0.0 };
        let total = para.lines.len();
        if !first && y + total as f32 * style.leading + keep > g.text_bottom() && para.keep_with_next {
            pages.push(Page::default());
            y = g.top;
        }
        let mut done = 0;
        while done < total {
            let top_of_page = pages.last().is_none_or(|p| p.lines.is_empty());
            let fit = ((g.text_bottom() - y) / style.leading).floor().max(0.0) as usize;
            let take = lines_to_take(total - done, fit, done == 0, top_of_page);
            let take = not_after_cut(&para.lines[done..], take, done == 0, top_of_page);
            for (i, (text, natural)) in para.lines[done..done + take].iter().enumerate() {
                let last = done + i + 1 == total;
                let line = position(para.role, para.block, text, *natural, y, last, g);
                if let Some(page) = pages.last_mut() {
                    page.lines.push(line);
                }
                y += style.leading;
            }
            done += take;
            if done < total {
                pages.push(Page::default());
                y = g.top;
            }
        }
        y += style.after;
    }
    pages
}

/// How many of the `left` lines go on this page, which has room for `fit`: all if they fit; else no
/// single first line at a page foot (orphan) and no single last line at a page head (widow). At the top
/// of a page at least one line goes, so placing always progresses.
fn lines_to_take(left: usize, fit: usize, starting: bool, top_of_page: bool) -> usize {
    if left <= fit {
        return left;
    }
    let mut take = fit;
    if left - take < 2 {
        take = left.saturating_sub(2);
    }
    if take < 2 && starting {
        take = 0;
    }
    if top_of_page && take == 0 {
        take = fit.min(left).max(1);
    }
    take
}

/// The most lines a page gives up to keep a cut word whole: a URL cut over two or three lines moves to the
/// next page, a token longer than that (a 5 KB run without spaces) is cut at the page foot like any line.
const MAX_CUT_BACKOFF: usize = 3;

/// Keeps a cut word whole across a page break where possible: a page does not end with a line ending in
/// an added hyphen (text extraction rejoins the pieces only within a page) — unless that would leave more
/// than `MAX_CUT_BACKOFF` lines of the page empty.
fn not_after_cut(lines: &[(String, f32)], take: usize, starting: bool, top_of_page: bool) -> usize {
    let mut t = take;
    while t > 0 && t < lines.len() && lines[t - 1].0.ends_with('-') {
        t -= 1;
    }
    // A cut word running further back than a few lines: cutting it at the page foot is better than a
    // page left (nearly) empty.
    if take - t > MAX_CUT_BACKOFF {
        return take;
    }
    match t {
        _ if t == take => take,
        0 if top_of_page => take,
        1 if starting && !top_of_page => 0,
        t => t,
    }
}

fn position(role: Role, block: Option<usize>, text: &str, natural: f32, y: f32, last: bool, g: &Geometry) -> Line {
    let style = role.style();
    let measure = g.text_width();
    let spaces = text.chars().filter(|&c| c == ' ').count();
    let stretch = if spaces > 0 { (measure - natural) / spaces as f32 } else { f32::INFINITY };
    let justified = style.align == Align::Justify && !last && natural < measure && stretch <= MAX_STRETCH * style.size;
    let width = if justified { measure } else { natural };
    let x = match style.align {
        Align::Left | Align::Justify => g.left,
        Align::Right => g.left + (measure - natural).max(0.0),
        Align::Center => g.left + (measure - natural).max(0.0) / 2.0,
    };
    let baseline = y + style.leading - (style.leading - style.size) / 2.0 - 0.2 * style.size;
    Line { role, block, text: text.to_string(), x, y: baseline, width, natural, justified }
}

/// Characters after which a too-long word is preferably cut (it is also cut before a `-`, never after).
const CUT_AFTER: &[char] = &['/', '.', '?', '&', '=', '_', ',', ';', ':', '#'];

/// Breaks `text` into lines no wider than `measure`: (line text, natural width in points).
pub fn break_lines(text: &str, style: Style, measure: f32, fonts: &Fonts) -> Vec<(String, f32)> {
    let size = style.size;
    let width_of = |s: &str| fonts.width(style.weight, s) * size;
    let space = width_of(" ");
    let hyphen = width_of("-");
    let mut lines = Vec::new();
    let (mut cur, mut cur_w) = (String::new(), 0.0f32);
    for word in units(text) {
        let gap = if cur.is_empty() { 0.0 } else { space };
        let w = width_of(&word);
        if cur_w + gap + w <= measure {
            if !cur.is_empty() {
                cur.push(' ');
            }
            cur.push_str(&word);
            cur_w += gap + w;
            continue;
        }
        if w <= measure {
            lines.push((std::mem::take(&mut cur), cur_w));
            cur.push_str(&word);
            cur_w = w;
            continue;
        }
        // Wider than any line: fill what is left of this line, then whole lines, with pieces of it.
        let mut avail = measure - cur_w - gap;
        if cur.is_empty() {
            avail = measure;
        } else if avail < measure * 0.3 {
            lines.push((std::mem::take(&mut cur), cur_w));
            cur_w = 0.0;
            avail = measure;
        } else {
            cur.push(' ');
            cur_w += gap;
        }
        let mut rest = word.as_str();
        loop {
            match cut(rest, avail, hyphen, |c| fonts.glyph(style.weight, c).advance * size) {
                Cut::All(w) => {
                    cur.push_str(rest);
                    cur_w += w;
                    break;
                }
                Cut::At { bytes, width } => {
                    cur.push_str(&rest[..bytes]);
                    cur.push('-');
                    cur_w += width + hyphen;
                    lines.push((std::mem::take(&mut cur), cur_w));
                    cur_w = 0.0;
                    rest = &rest[bytes..];
                    avail = measure;
                }
            }
        }
    }
    if !cur.is_empty() {
        lines.push((cur, cur_w));
    }
    avoid_runt(&mut lines, measure, width_of);
    lines
}

/// A last line of one word (`2013`, which text extraction would even take for a page number) gets the
/// previous line's last word as company, if the previous line has words to spare and was not cut.
fn avoid_runt(lines: &mut [(String, f32)], measure: f32, width_of: impl Fn(&str) -> f32) {
    let [.., (prev, prev_w), (last, last_w)] = lines else { return };
    if last.contains(' ') || prev.ends_with('-') {
        return;
    }
    let Some(space) = prev.rfind(' ') else { return };
    let moved = format!("{} {last}", &prev[space + 1..]);
    let moved_w = width_of(&moved);
    let kept = prev[..space].trim_end();
    if moved_w <= measure && !kept.is_empty() && !kept.ends_with('-') {
        prev.truncate(space);
        *prev_w = width_of(prev);
        *last = moved;
        *last_w = moved_w;
    }
}

/// The words of a paragraph, whitespace-separated; a word ending in `-` is glued to the next one.
fn units(text: &str) -> impl Iterator<Item = String> + '_ {
    let mut words = text.split_whitespace().peekable();
    std::iter::from_fn(move || {
        let mut unit = words.next()?.to_string();
        while unit.ends_with('-') {
            match words.next() {
                Some(next) => {
                    unit.push(' ');
                    unit.push_str(next);
                }
                None => break,
            }
        }
        Some(unit)
    })
}

enum Cut {
    /// The whole rest fits, this wide.
    All(f32),
    /// Cut after `bytes` bytes, `width` wide (without the hyphen added at the cut).
    At { bytes: usize, width: f32 },
}

/// Where to cut `s` so the first piece plus a hyphen fits in `avail`; looks no further than the cut.
/// Never right after a `-`: text extraction drops a line-final `-` as a hyphenation mark, so only added
/// hyphens may end a line.
fn cut(s: &str, avail: f32, hyphen: f32, advance: impl Fn(char) -> f32) -> Cut {
    let mut width = 0.0;
    let mut fits: Vec<(usize, f32, char)> = Vec::new(); // (end byte, width up to it, char before it)
    for (i, c) in s.char_indices() {
        let w = advance(c);
        if width + w + hyphen > avail && !fits.is_empty() {
            let allowed = |k: usize| fits[k].2 != '-' && !is_mark(s[fits[k].0..].chars().next());
            let preferred = |k: usize| CUT_AFTER.contains(&fits[k].2) || s[fits[k].0..].starts_with('-');
            let half = fits.len() / 2;
            let pick = (half..fits.len())
                .rev()
                .find(|&k| allowed(k) && preferred(k))
                .or_else(|| (0..fits.len()).rev().find(|&k| allowed(k)))
                .unwrap_or(fits.len() - 1);
            let (bytes, width, _) = fits[pick];
            return Cut::At { bytes, width };
        }
        width += w;
        fits.push((i + c.len_utf8(), width, c));
    }
    Cut::All(width)
}

fn is_mark(c: Option<char>) -> bool {
    matches!(c, Some('\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}'))
}
