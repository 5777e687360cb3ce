//! The slide being laid out: type sizes for a width, the cursor, the marks and
//! hit regions so far, and the primitives every part of a slide uses (text,
//! wrapped paragraphs, block headings, status swatches).

use super::look::Look;
use super::mark::{Align, Color, Hit, Mark, Rect};
use super::text::{wrap, Keep};
use crate::data::{Dataset, Msg, Status};
use crate::story;
use crate::story::lang::Lang;

/// Type sizes and spacing, in CSS pixels, for one width.
#[derive(Debug, Clone, Copy)]
pub(super) struct Sizes {
    pub(super) pad: f64,
    pub(super) title: f64,
    pub(super) deck: f64,
    pub(super) body: f64,
    pub(super) small: f64,
    pub(super) big: f64,
    pub(super) bar: f64,
    /// The smallest height and width of anything a reader taps.
    pub(super) target: f64,
}

impl Sizes {
    pub(super) fn for_width(width: f64) -> Sizes {
        if width < 520.0 {
            Sizes { pad: 12.0, title: 19.0, deck: 14.0, body: 14.0, small: 12.0, big: 26.0, bar: 20.0, target: MIN_TARGET }
        } else if width < 1200.0 {
            Sizes { pad: 20.0, title: 24.0, deck: 15.0, body: 14.0, small: 12.5, big: 32.0, bar: 22.0, target: MIN_TARGET }
        } else {
            Sizes { pad: 24.0, title: 28.0, deck: 17.0, body: 16.0, small: 14.0, big: 38.0, bar: 26.0, target: MIN_TARGET }
        }
    }

    /// For a whole screen, drawn at a scale (see `screen`): the smallest type
    /// is half the title's, and a tap target of 36 px is 64 on screen at the
    /// smallest scale a kiosk uses.
    pub(super) fn screen() -> Sizes {
        Sizes { pad: 12.0, title: 27.0, deck: 15.0, body: 14.0, small: 13.5, big: 34.0, bar: 22.0, target: 36.0 }
    }
}

/// The smallest height and width of anything a reader taps (WCAG 2.5.5).
pub const MIN_TARGET: f64 = 44.0;

/// The widest the content gets, in CSS pixels; wider canvases centre it.
pub const MAX_CONTENT: f64 = 1080.0;

/// The narrowest width a slide is laid out for.
pub const MIN_WIDTH: f64 = 280.0;

/// A slide being laid out: the cursor, the marks and hit regions so far.
pub(super) struct Builder<'a> {
    pub(super) data: &'a Dataset,
    pub(super) look: &'a Look,
    pub(super) lang: Lang,
    pub(super) s: Sizes,
    pub(super) left: f64,
    pub(super) right: f64,
    /// Top of the next free line.
    pub(super) y: f64,
    pub(super) marks: Vec<Mark>,
    pub(super) hits: Vec<Hit>,
    /// Whether a hedged bar was drawn (the footer then explains the hatching).
    pub(super) hedged: bool,
    /// What lines must not break inside.
    pub(super) keep: Keep<'a>,
}

/// What the dataset keeps whole on a line: its unbreakable words, the zones'
/// names (their places inside them), the bylines' names in both scripts, its
/// measure words after a number, and its rules of punctuation and hedges.
pub fn keep(data: &Dataset) -> Keep<'_> {
    let mut words: Vec<&str> = Vec::new();
    for w in data.unbreakable.iter() {
        words.push(w);
    }
    for z in data.zones.iter() {
        words.push(&z.name.zh);
    }
    for a in data.articles.iter() {
        for n in a.byline.iter().chain(a.byline_en.iter()) {
            words.push(n);
        }
    }
    let mut units: Vec<&str> = Vec::new();
    for m in data.measures.iter() {
        units.push(&m.unit);
        units.push(&m.unit_en);
    }
    Keep { words, units, rules: data.line_breaking.clone() }
}

impl<'a> Builder<'a> {
    pub(super) fn width(&self) -> f64 {
        self.right - self.left
    }

    pub(super) fn zone_color(&self, zone: &str) -> Color {
        let i = self.data.zones.iter().position(|z| z.id == zone).unwrap_or(0);
        self.look.zone_color(i)
    }

    /// One of the graphic's own messages, in the slide's language.
    pub(super) fn word(&self, msg: Msg) -> &'a str {
        story::copy::word(self.data, msg, self.lang)
    }

    pub(super) fn text(&mut self, x: f64, y: f64, text: impl Into<String>, size: f64, bold: bool, color: Color, align: Align) {
        self.marks.push(Mark::Text { x, y, text: text.into(), size, bold, color, align });
    }

    /// Wrapped text from `x` within `max_w`, starting at `y`; returns the bottom.
    pub(super) fn paragraph(&mut self, x: f64, y: f64, max_w: f64, text: &str, size: f64, bold: bool, color: Color) -> f64 {
        let line_h = (size * 1.4).round();
        let mut top = y;
        for line in self.wrap(text, size, bold, max_w) {
            self.text(x, top + (line_h - size * 1.2) / 2.0, line, size, bold, color, Align::Start);
            top += line_h;
        }
        top
    }

    /// `text` in lines of at most `max_w` px, broken where the dataset allows.
    pub(super) fn wrap(&self, text: &str, size: f64, bold: bool, max_w: f64) -> Vec<String> {
        wrap(text, size, bold, max_w, &self.keep)
    }

    /// A full-width paragraph at the cursor; moves the cursor below it.
    pub(super) fn flow_text(&mut self, text: &str, size: f64, bold: bool, color: Color, space_after: f64) {
        self.y = self.paragraph(self.left, self.y, self.width(), text, size, bold, color) + space_after;
    }

    pub(super) fn block_heading(&mut self, text: String) {
        let (body, ink, rule) = (self.s.body, self.look.ink, self.look.rule);
        self.marks.push(Mark::Line { from: (self.left, self.y), to: (self.right, self.y), color: rule, width: 1.0 });
        self.y += 8.0;
        self.flow_text(&text, body, true, ink, 6.0);
    }

    /// The key of a coverage status: filled for figures, outlined for text only,
    /// grey with a rule across for not reported.
    pub(super) fn swatch(&mut self, rect: Rect, status: Status, color: Color) {
        match status {
            Status::Figures => self.marks.push(Mark::Fill { rect, color }),
            Status::TextOnly => {
                self.marks.push(Mark::Fill { rect, color: self.look.background });
                self.marks.push(Mark::Frame { rect, color, width: 2.0 });
            }
            // Drawn lightly: absence takes less ink than what was reported.
            Status::NotReported => self.marks.push(Mark::Frame { rect, color: self.look.rule, width: 1.0 }),
        }
    }

}
