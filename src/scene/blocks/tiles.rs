//! Tiles: big numbers in a grid, for stats (each with its own unit), flow (steps
//! of one campaign, joined by arrows when they fit in a row) and ratios (values
//! the graphic derives, marked so). Each tile is a hit region.

use crate::data::{Figure, Msg, Ratio, Text};
use crate::scene::builder::Builder;
use crate::scene::mark::{Align, Color, Hit, Mark, Rect};
use crate::scene::text::text_width;
use crate::story::{self, Target};

/// One tile of big-number blocks.
struct Tile {
    number: String,
    unit: String,
    label: String,
    note: Option<String>,
    color: Color,
    target: Target,
    /// Derived by the graphic: set smaller and quieter than a reported figure.
    derived: bool,
}

impl Builder<'_> {
    /// A tile per figure; `arrows` for the steps of a flow.
    pub(super) fn figure_tiles(&mut self, ids: &[Text], arrows: bool) {
        let mut tiles = Vec::with_capacity(ids.len());
        for f in ids.iter().filter_map(|id| self.data.figure(id)) {
            tiles.push(self.figure_tile(f));
        }
        self.tiles(tiles, arrows);
    }

    /// A tile per ratio, each marked as derived by the graphic.
    pub(super) fn ratio_tiles(&mut self, ratios: &[Ratio]) {
        let derived = self.word(Msg::Derived).to_string();
        let mut tiles = Vec::with_capacity(ratios.len());
        for r in ratios {
            tiles.push(Tile {
                number: story::ratio_text(self.data, r, self.lang),
                unit: String::new(),
                label: self.lang.pick(&r.label).to_string(),
                note: Some(derived.clone()),
                color: self.look.muted,
                target: Target::Ratio { of: r.of.clone(), per: r.per.clone() },
                derived: true,
            });
        }
        self.tiles(tiles, false);
    }

    fn figure_tile(&self, f: &Figure) -> Tile {
        Tile {
            number: story::figure_number(self.data, f, self.lang),
            unit: story::unit_text(self.data, f, self.lang),
            label: self.lang.pick(&f.label).to_string(),
            note: f.period.as_ref().map(|p| self.lang.pick(p).to_string()),
            color: self.zone_color(&f.zone),
            target: Target::Figure(f.id.clone()),
            derived: false,
        }
    }

    /// Big numbers in a grid; `arrows` joins them as steps when they fit in one row.
    fn tiles(&mut self, tiles: Vec<Tile>, arrows: bool) {
        if tiles.is_empty() {
            return;
        }
        let s = self.s;
        let gap = if arrows { 26.0 } else { 14.0 };
        let unit_gap = if story::copy::spaced_units(self.data, self.lang) { s.body * 0.3 } else { 2.0 };
        let mut widest: f64 = 0.0;
        for t in &tiles {
            widest = widest.max(text_width(&t.number, s.big, true));
        }
        let min_w = (widest + 4.0).max(118.0);
        let cols = (((self.width() + gap) / (min_w + gap)).floor() as usize).clamp(1, tiles.len());
        let mut tile_w = (self.width() - gap * (cols as f64 - 1.0)) / cols as f64;
        if !arrows {
            tile_w = tile_w.min(min_w.max(260.0));
        }
        let joined = arrows && cols == tiles.len();
        for row in tiles.chunks(cols) {
            let top = self.y;
            let mut bottom = top;
            for (i, t) in row.iter().enumerate() {
                let x = self.left + i as f64 * (tile_w + gap);
                self.marks.push(Mark::Line { from: (x, top + 1.5), to: (x + tile_w, top + 1.5), color: t.color, width: 3.0 });
                let num_y = top + 8.0;
                let big = if t.derived { s.title } else { s.big };
                self.text(x, num_y, t.number.clone(), big, !t.derived, t.color, Align::Start);
                let num_w = text_width(&t.number, big, !t.derived);
                let mut y = num_y + big * 1.2;
                if !t.unit.is_empty() {
                    if num_w + unit_gap + text_width(&t.unit, s.body, false) <= tile_w {
                        let unit_y = num_y + big * 1.2 - s.body * 1.2 - big * 0.08;
                        self.text(x + num_w + unit_gap, unit_y, t.unit.clone(), s.body, false, self.look.ink, Align::Start);
                    } else {
                        self.text(x, y, t.unit.clone(), s.body, false, self.look.ink, Align::Start);
                        y += s.body * 1.3;
                    }
                }
                y = self.paragraph(x, y + 2.0, tile_w, &t.label, s.small, false, self.look.ink);
                if let Some(note) = &t.note {
                    y = self.paragraph(x, y, tile_w, note, s.small, false, self.look.muted);
                }
                if joined && i + 1 < row.len() {
                    self.text(x + tile_w + gap / 2.0, num_y + (s.big - s.body) * 0.6, "→", s.body, true, self.look.muted, Align::Middle);
                }
                bottom = bottom.max(y);
                self.hits.push(Hit::new(Rect { x, y: top, w: tile_w, h: 0.0 }, t.target.clone()));
            }
            // Every tile of a row is as tall as the tallest.
            let n = self.hits.len();
            for hit in &mut self.hits[n - row.len()..] {
                hit.rect.h = bottom - top + 4.0;
            }
            self.y = bottom + 14.0;
        }
    }

}
