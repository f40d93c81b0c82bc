//! Drawing laid-out pages with krilla: each line becomes runs of positioned glyphs (one run per face), each
//! glyph mapped back to its characters so the text can be extracted, copied and searched. Justification
//! widens the space glyphs. The page number, centred in the bottom margin, is the only page furniture.

use super::fonts::FontBytes;
use super::fonts::Fonts;
use super::typeset::{Geometry, Line, Page, Role};
use krilla::color::rgb;
use krilla::geom::Point;
use krilla::paint::Fill;
use krilla::surface::Surface;
use krilla::text::{Font, GlyphId, KrillaGlyph};
use std::cell::OnceCell;
use std::io;

/// The PDF fonts for the faces of `Fonts`, by the same index; the fallback face is loaded on first use.
pub(super) struct Faces {
    fonts: Vec<OnceCell<Option<Font>>>,
}

impl Faces {
    /// Loads the styled faces now, so an unusable `--font` is an error rather than missing text.
    pub(super) fn new(fonts: &Fonts) -> io::Result<Faces> {
        let faces = Faces { fonts: (0..fonts.count()).map(|_| OnceCell::new()).collect() };
        for i in 0..fonts.count() - 1 {
            if faces.get(i, fonts).is_none() {
                return Err(io::Error::other("PDF: the font cannot be used (TrueType or OpenType needed)"));
            }
        }
        Ok(faces)
    }

    fn get(&self, index: usize, fonts: &Fonts) -> Option<&Font> {
        let cell = self.fonts.get(index)?;
        cell.get_or_init(|| {
            let data = match fonts.bytes(index)? {
                FontBytes::Builtin(b) => krilla::Data::from(b),
                FontBytes::User(b) => krilla::Data::from(b),
            };
            Font::new(data, 0)
        })
        .as_ref()
    }
}

/// Draws `page` with its number.
pub(super) fn draw_page(surface: &mut Surface, page: &Page, number: usize, g: &Geometry, fonts: &Fonts, faces: &Faces) {
    for line in &page.lines {
        draw_line(surface, line, fonts, faces);
    }
    let text = number.to_string();
    let style = Role::PageNumber.style();
    let natural = fonts.width(style.weight, &text) * style.size;
    let folio = Line {
        role: Role::PageNumber,
        block: None,
        x: (g.width - natural) / 2.0,
        y: g.height - g.bottom / 2.0,
        width: natural,
        natural,
        justified: false,
        text,
    };
    draw_line(surface, &folio, fonts, faces);
}

/// Draws one line as glyph runs, a run per face.
pub(super) fn draw_line(surface: &mut Surface, line: &Line, fonts: &Fonts, faces: &Faces) {
    let style = line.role.style();
    let size = style.size;
    surface.set_fill(Some(if style.grey {
        Fill { paint: rgb::Color::new(80, 80, 80).into(), ..Fill::default() }
    } else {
        Fill::default()
    }));
    let stretch = line.space_stretch() / size;
    let mut x = line.x;
    let mut run: Vec<KrillaGlyph> = Vec::new();
    let mut run_face = None;
    let mut run_width = 0.0;
    for (i, c) in line.text.char_indices() {
        let glyph = fonts.glyph(style.weight, c);
        if run_face.is_some_and(|f| f != glyph.face) {
            flush(surface, &mut run, run_face, x, line, (faces, fonts), size);
            x += run_width * size;
            run_width = 0.0;
        }
        run_face = Some(glyph.face);
        let advance = glyph.advance + if c == ' ' { stretch } else { 0.0 };
        run.push(KrillaGlyph::new(
            GlyphId::new(u32::from(glyph.id)),
            advance,
            0.0,
            0.0,
            0.0,
            i..i + c.len_utf8(),
            None,
        ));
        run_width += advance;
    }
    flush(surface, &mut run, run_face, x, line, (faces, fonts), size);
}

fn flush(
    surface: &mut Surface,
    run: &mut Vec<KrillaGlyph>,
    face: Option<usize>,
    x: f32,
    line: &Line,
    (faces, fonts): (&Faces, &Fonts),
    size: f32,
) {
    if let Some(font) = face.and_then(|f| faces.get(f, fonts)) {
        if !run.is_empty() {
            surface.draw_glyphs(Point::from_xy(x, line.y), run, font.clone(), &line.text, size, false);
        }
    }
    run.clear();
}
