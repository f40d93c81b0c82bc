//! The faces a PDF is set in, and their metrics. By default DejaVu Serif (regular, bold, italic) from the
//! `dejavu` crate, compiled into the binary: complete Vietnamese coverage, stacked marks included (ặ ẫ ổ Ữ
//! ự), under the Bitstream Vera licence, which allows embedding and redistribution. `--font FILE` replaces
//! all three styles with the user's font. DejaVu Sans backs up any character the chosen face lacks.
//!
//! Metrics come from the font's own `cmap` and `hmtx` tables (read by skrifa, the parser krilla embeds
//! and subsets fonts with, so one font parser is built), read once into a table, so the
//! line breaker and the drawing code use the very same glyph and advance for every character.

use crate::write::FontFile;
use std::collections::HashMap;
use std::io;
use std::sync::{Arc, OnceLock};

/// The style of a face within the family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Weight {
    /// The upright face (body text, metadata, page numbers).
    Regular,
    /// The bold face (titles, the lead, headings).
    Bold,
    /// The italic face (captions, attributions).
    Italic,
}

/// The bytes of a font file, shared with the PDF library without copying.
#[derive(Clone)]
pub enum FontBytes {
    /// A font compiled into the binary (DejaVu).
    Builtin(&'static [u8]),
    /// The user's font file (`--font`).
    User(Arc<Vec<u8>>),
}

impl FontBytes {
    /// The font file's bytes.
    pub fn as_slice(&self) -> &[u8] {
        match self {
            FontBytes::Builtin(b) => b,
            FontBytes::User(b) => b.as_slice(),
        }
    }
}

/// Characters below this are looked up in a dense table (Latin, Vietnamese, general punctuation).
const DENSE: usize = 0x2100;

/// One font file with its character map and advances (in em).
pub struct Face {
    /// The font file itself, for embedding.
    pub bytes: FontBytes,
    /// (glyph id, advance in font units) per character; glyph 0 means "not in the font".
    dense: Vec<(u16, u16)>,
    sparse: HashMap<u32, (u16, u16)>,
    units_per_em: f32,
    notdef_advance: u16,
}

impl Face {
    fn parse(bytes: FontBytes) -> Option<Face> {
        use skrifa::raw::tables::cmap::{CmapSubtable, PlatformId};
        use skrifa::raw::TableProvider;
        let font = skrifa::FontRef::from_index(bytes.as_slice(), 0).ok()?;
        // What a usable face needs (as ttf-parser, which read the fonts before, required).
        let units_per_em = font.head().ok()?.units_per_em();
        let glyph_count = font.maxp().ok()?.num_glyphs();
        font.hhea().ok()?;
        if !(16..=16384).contains(&units_per_em) {
            return None;
        }
        let hmtx = font.hmtx().ok();
        // The advance in font units; none for a glyph the font does not have.
        let advance = |gid: u32| match &hmtx {
            Some(hmtx) if gid < u32::from(glyph_count) => hmtx.advance(skrifa::GlyphId::new(gid)).unwrap_or(0),
            _ => 0,
        };
        // One Unicode subtable is enough: the full-repertoire one (format 12) if there is one, else the first.
        let cmap = font.cmap().ok()?;
        let unicode: Vec<CmapSubtable> = cmap
            .encoding_records()
            .iter()
            .filter_map(|record| {
                let sub = record.subtable(cmap.offset_data()).ok()?;
                let format_12_like = matches!(sub, CmapSubtable::Format12(_) | CmapSubtable::Format13(_));
                let unicode = match record.platform_id() {
                    PlatformId::Unicode => true,
                    PlatformId::Windows => record.encoding_id() == 1 || (record.encoding_id() == 10 && format_12_like),
                    _ => false,
                };
                unicode.then_some(sub)
            })
            .collect();
        let full = unicode.iter().find(|s| matches!(s, CmapSubtable::Format12(_)));
        let sub = full.or(unicode.first())?;
        let mut dense = vec![(0u16, 0u16); DENSE];
        let mut sparse = HashMap::new();
        let mut add = |cp: u32, gid: skrifa::GlyphId| {
            // Glyph ids beyond 16 bits are not in a TrueType/OpenType font; such an entry is not a glyph.
            let Ok(id) = u16::try_from(gid.to_u32()) else { return };
            if id == 0 {
                return;
            }
            let entry = (id, advance(gid.to_u32()));
            if (cp as usize) < DENSE {
                dense[cp as usize] = entry;
            } else {
                sparse.insert(cp, entry);
            }
        };
        match sub {
            // A one-byte table (rare under a Unicode encoding) has no iterator of its own.
            CmapSubtable::Format0(table) => {
                (0..256).for_each(|cp| table.map_codepoint(cp).into_iter().for_each(|gid| add(cp, gid)))
            }
            other => other.iter().for_each(|(cp, gid)| add(cp, gid)),
        }
        let units_per_em = f32::from(units_per_em.max(16));
        let notdef_advance = advance(0);
        Some(Face { bytes, dense, sparse, units_per_em, notdef_advance })
    }

    /// Glyph id and advance (em) of `c`, if the face has it.
    fn glyph(&self, c: char) -> Option<(u16, f32)> {
        let cp = c as u32;
        let (gid, adv) = if (cp as usize) < DENSE { self.dense[cp as usize] } else { *self.sparse.get(&cp)? };
        (gid != 0).then(|| (gid, f32::from(adv) / self.units_per_em))
    }
}

/// Where a character is drawn from: face index (see `Fonts`), glyph id, advance in em.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Glyph {
    /// Index of the face (in `Fonts`) the glyph is drawn from.
    pub face: usize,
    /// Glyph id within that face.
    pub id: u16,
    /// Advance width, in em.
    pub advance: f32,
}

/// The faces of one PDF: each style's face, and the fallback for characters they lack (read only when
/// such a character turns up). Face indices: `0..styled` the styled faces, `styled` the fallback.
pub struct Fonts {
    faces: Vec<Face>,
    /// Face index for Regular, Bold, Italic.
    styles: [usize; 3],
    fallback: OnceLock<Option<Face>>,
}

const FALLBACK: fn() -> &'static [u8] = dejavu::sans::regular;

impl Fonts {
    /// DejaVu Serif, or the user's font for every style; DejaVu Sans as the fallback in both cases.
    pub fn new(user: Option<&FontFile>) -> io::Result<Fonts> {
        let parse = |bytes: FontBytes, what: &str| {
            Face::parse(bytes).ok_or_else(|| io::Error::other(format!("PDF: cannot read the font {what}")))
        };
        let faces = match user {
            Some(font) => {
                let what = font.path.display().to_string();
                vec![parse(FontBytes::User(Arc::new(font.bytes.clone())), &what)?]
            }
            None => vec![
                parse(FontBytes::Builtin(dejavu::serif::regular()), "DejaVu Serif")?,
                parse(FontBytes::Builtin(dejavu::serif::bold()), "DejaVu Serif Bold")?,
                parse(FontBytes::Builtin(dejavu::serif::italic()), "DejaVu Serif Italic")?,
            ],
        };
        let styles = if user.is_some() { [0, 0, 0] } else { [0, 1, 2] };
        Ok(Fonts { faces, styles, fallback: OnceLock::new() })
    }

    /// How many faces there are, the fallback included.
    pub fn count(&self) -> usize {
        self.faces.len() + 1
    }

    /// The font file of face `index`.
    pub fn bytes(&self, index: usize) -> Option<FontBytes> {
        match self.faces.get(index) {
            Some(face) => Some(face.bytes.clone()),
            None => (index == self.faces.len()).then(|| FontBytes::Builtin(FALLBACK())),
        }
    }

    fn fallback(&self) -> Option<&Face> {
        self.fallback.get_or_init(|| Face::parse(FontBytes::Builtin(FALLBACK()))).as_ref()
    }

    /// The glyph for `c` in `weight`: from the style's face, else the fallback face, else the fallback's
    /// U+FFFD `�` standing in for it (still mapped to `c`, so the text survives extraction; `.notdef`
    /// would get no ToUnicode entry).
    pub fn glyph(&self, weight: Weight, c: char) -> Glyph {
        let face = self.styles[weight as usize];
        if let Some((id, advance)) = self.faces[face].glyph(c) {
            return Glyph { face, id, advance };
        }
        if let Some(fallback) = self.fallback() {
            if let Some((id, advance)) = fallback.glyph(c).or_else(|| fallback.glyph('\u{FFFD}')) {
                return Glyph { face: self.faces.len(), id, advance };
            }
        }
        let f = &self.faces[face];
        Glyph { face, id: 0, advance: f32::from(f.notdef_advance) / f.units_per_em }
    }

    /// Width of `s` in em.
    pub fn width(&self, weight: Weight, s: &str) -> f32 {
        s.chars().map(|c| self.glyph(weight, c).advance).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dejavu_serif_has_every_vietnamese_letter() {
        let fonts = Fonts::new(None).unwrap();
        for w in [Weight::Regular, Weight::Bold, Weight::Italic] {
            for c in "ặẫổỮựđĐươƯƠàáảãạăắằẳẵâấầẩậèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồộỗơớờởỡợùúủũụưứừửữỳýỷỹỵ".chars()
            {
                let g = fonts.glyph(w, c);
                assert!(g.id != 0 && g.face == w as usize, "{c} missing in {w:?}");
            }
        }
        assert!(fonts.width(Weight::Regular, "Việt") > fonts.width(Weight::Regular, "Vit"));
    }
}
