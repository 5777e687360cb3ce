//! Coverage: the overview matrix, themes down and zones across, each cell
//! saying in words what the zone's article reported, with its key; each cell
//! is a hit region.

use crate::data::{Msg, Status};
use crate::scene::builder::Builder;
use crate::scene::mark::{Align, Color, Hit, Mark, Rect};
use crate::scene::text::{fit_size, text_width};
use crate::story::{self, Target};

impl Builder<'_> {
    /// The overview: themes down, zones across, each cell saying what was reported.
    pub(super) fn coverage(&mut self) {
        let s = self.s;
        let data = self.data;
        let gap = 4.0;
        let n = data.zones.len().max(1) as f64;
        let left = self.left;
        // The themes in a column at the left; where that leaves the zones'
        // columns too narrow for their names or cells at the smallest type
        // size, each theme heads its row across the whole width instead.
        let mut widest_theme: f64 = 0.0;
        for t in data.themes.iter() {
            widest_theme = widest_theme.max(text_width(self.lang.pick(&t.name), s.small, false));
        }
        let side_w = widest_theme.min(self.width() * 0.4) + 8.0;
        let line_h = (s.body * 1.25).round();
        let head_lines = |b: &Self, i: usize, col_w: f64| b.wrap(b.lang.pick(&data.zones[i].name), s.body, true, col_w - 4.0);
        let mut theme_w = side_w;
        let (col_w, head_size, head_h, cell_size) = loop {
            let col_w = (self.width() - theme_w - gap * (n - 1.0)) / n;
            // Column heads: the zones' names, on as many lines as the narrowest
            // column needs (南昌 / 高新区), over a rule in the zone's colour, all at
            // the size at which the longest word fits.
            let (mut head_size, mut head_h) = (s.body, line_h);
            for i in 0..data.zones.len() {
                let lines = head_lines(self, i, col_w);
                head_h = head_h.max(lines.len() as f64 * line_h);
                for line in &lines {
                    head_size = head_size.min(fit_size(line, s.body, true, col_w - 4.0));
                }
            }
            let cell_size = self.cell_size(col_w);
            if theme_w == 0.0 || (head_size >= s.small && cell_size >= s.small) {
                break (col_w, head_size, head_h, cell_size);
            }
            theme_w = 0.0;
        };
        let stacked = theme_w == 0.0;
        let col_x = |i: usize| left + theme_w + i as f64 * (col_w + gap);
        for i in 0..data.zones.len() {
            let x = col_x(i) + col_w / 2.0;
            let lines = head_lines(self, i, col_w);
            // Set on the rule: a shorter name's lines sit low.
            let mut y = self.y + head_h - lines.len() as f64 * line_h + (s.body - head_size) * 0.6;
            for line in lines {
                self.text(x, y, line, head_size, true, self.look.ink, Align::Middle);
                y += line_h;
            }
            let color = self.look.zone_color(i);
            let rule_y = self.y + head_h + s.body * 0.25;
            self.marks.push(Mark::Line { from: (col_x(i), rule_y), to: (col_x(i) + col_w, rule_y), color, width: 3.0 });
        }
        self.y += head_h + s.body * 0.25 + 8.0;
        let line_h = (s.small * 1.3).round();
        let label_h = (s.small * 1.4).round();
        for t in data.themes.iter() {
            // The theme beside its row, centred on its cells, or over it.
            let name = self.lang.pick(&t.name);
            let label_w = if stacked { self.width() } else { theme_w - 8.0 };
            let label = self.wrap(name, s.small, false, label_w).len() as f64 * label_h;
            let top = self.y + if stacked { label + 2.0 } else { 0.0 };
            let mut cells: Vec<(Status, Vec<String>, Color, bool, usize)> = Vec::new();
            for (i, z) in data.zones.iter().enumerate() {
                let Some(c) = data.coverage_of(&z.id, &t.id) else { continue };
                let (text, color, bold, look) = self.cell_text(c.status, &z.id, &t.id);
                cells.push((look, self.cell_lines(&text, bold, col_w), color, bold, i));
            }
            let text_h = cells.iter().map(|c| c.1.len()).max().unwrap_or(1) as f64 * line_h;
            let h = (text_h + 10.0).max(self.s.target).max(if stacked { 0.0 } else { label + 4.0 });
            let label_y = if stacked { self.y } else { top + (h - label) / 2.0 };
            self.paragraph(left, label_y, label_w, name, s.small, false, self.look.ink);
            let size = cell_size;
            for (status, lines, text_color, bold, i) in cells {
                let z = &data.zones[i];
                let rect = Rect { x: col_x(i), y: top, w: col_w, h };
                self.swatch(rect, status, self.look.zone_color(i));
                let first = top + (h - lines.len() as f64 * line_h) / 2.0 + (line_h - size * 1.2) / 2.0;
                for (k, line) in lines.into_iter().enumerate() {
                    self.text(rect.x + col_w / 2.0, first + k as f64 * line_h, line, size, bold, text_color, Align::Middle);
                }
                self.hits.push(Hit::new(rect, Target::Coverage { zone: z.id.clone(), theme: t.id.clone() }));
            }
            self.y = top + h + gap;
        }
        self.y += 8.0;
        self.coverage_key();
    }

    /// A cell's words in lines for a column `col_w` wide: on two lines where
    /// the column is narrow (a count keeps its word: in a column too narrow
    /// for "6 figures" the themes stand over their rows instead).
    fn cell_lines(&self, text: &str, bold: bool, col_w: f64) -> Vec<String> {
        self.wrap(text, self.s.small, bold, col_w - 8.0)
    }

    /// The size of every cell's text in columns `col_w` wide: the largest, up
    /// to the small type size, at which every cell fits.
    fn cell_size(&self, col_w: f64) -> f64 {
        let data = self.data;
        let mut size = self.s.small;
        for z in data.zones.iter() {
            for t in data.themes.iter() {
                let Some(c) = data.coverage_of(&z.id, &t.id) else { continue };
                let (text, _, bold, _) = self.cell_text(c.status, &z.id, &t.id);
                let mut widest: f64 = 0.0;
                for line in self.cell_lines(&text, bold, col_w) {
                    widest = widest.max(text_width(&line, 1.0, bold));
                }
                size = size.min(((col_w - 8.0) / widest).floor());
            }
        }
        size
    }

    /// A cell's words for a status: the count of figures, text only, or not
    /// reported; with its colour, weight and the status it looks like. Figures
    /// that count only points made in a speech are said to be that, and look
    /// like words, not like counts of work.
    fn cell_text(&self, status: Status, zone: &str, theme: &str) -> (String, Color, bool, Status) {
        let (mut count, mut said) = (0, 0);
        for f in self.data.figures.iter().filter(|f| f.zone == zone && f.theme == theme) {
            count += 1;
            said += usize::from(self.data.is_speech(f));
        }
        match status {
            Status::Figures if said == count => (self.word(Msg::CellSaid).into(), self.look.ink, false, Status::TextOnly),
            Status::Figures => (story::count_figures(self.data, count, self.lang), self.look.background, true, status),
            Status::TextOnly => (self.word(Msg::CellTextOnly).into(), self.look.ink, false, status),
            Status::NotReported => (self.word(Msg::CellNotReported).into(), self.look.muted, false, status),
        }
    }

    pub(super) fn coverage_key(&mut self) {
        let s = self.s;
        let color = self.look.zone_color(0);
        let entries = [
            (Status::Figures, self.word(Msg::KeyFigures)),
            (Status::TextOnly, self.word(Msg::KeyTextOnly)),
            (Status::NotReported, self.word(Msg::KeyNotReported)),
        ];
        let mut x = self.left;
        let line_h = s.small * 1.6;
        for (status, label) in entries {
            // Figures and text only come in each zone's colour: one small square each.
            let squares = if status == Status::NotReported { 1 } else { self.data.zones.len() };
            let key_w = squares as f64 * 14.0 - 2.0;
            let w = key_w + 6.0 + text_width(label, s.small, false) + 16.0;
            if x + w > self.right && x > self.left {
                x = self.left;
                self.y += line_h;
            }
            for k in 0..squares {
                let color = if squares == 1 { color } else { self.look.zone_color(k) };
                self.swatch(Rect { x: x + k as f64 * 14.0, y: self.y + (line_h - 12.0) / 2.0, w: 12.0, h: 12.0 }, status, color);
            }
            self.text(x + key_w + 6.0, self.y + (line_h - s.small * 1.2) / 2.0, label.to_string(), s.small, false, self.look.ink, Align::Start);
            x += w;
        }
        self.y += line_h + 10.0;
    }

}
