//! Bars: horizontal bars of one measure on one shared axis, hedged numbers
//! running on (or falling short) in hatching, each row a hit region.

use crate::data::{Figure, Qualifier, Text};
use crate::scene::builder::Builder;
use crate::scene::mark::{Align, Color, Hit, Mark, Rect};
use crate::scene::scale::LinearScale;
use crate::scene::text::text_width;
use crate::data::Msg;
use crate::story::copy::fill;
use crate::story::{self, Target};

impl Builder<'_> {
    /// A bar's label with its period: "…（2024年）" / "… (2024)".
    pub(super) fn figure_label(&self, f: &Figure) -> String {
        let label = self.lang.pick(&f.label);
        match &f.period {
            Some(p) => fill(self.data, Msg::WithPeriod, self.lang, &[("label", label), ("period", self.lang.pick(p))]),
            None => label.to_string(),
        }
    }

    /// Horizontal bars on one shared axis (the dataset guarantees one measure).
    pub(super) fn bars(&mut self, ids: &[Text]) {
        // Each figure with its value as written.
        let mut figures: Vec<(&Figure, String)> = Vec::new();
        let (mut value_w, mut max, mut hedged): (f64, f64, bool) = (0.0, 0.0, false);
        for f in ids.iter().filter_map(|id| self.data.figure(id)) {
            let text = story::figure_text(self.data, f, self.lang);
            value_w = value_w.max(text_width(&text, self.s.body, true));
            max = max.max(f.value);
            hedged |= f.qualifier != Qualifier::Exact;
            figures.push((f, text));
        }
        // Room at the end of the longest bar for its hedge hatching and its value.
        let ext = if hedged { 0.06 } else { 0.0 };
        let bar_right = self.right - value_w - 8.0;
        let scale = LinearScale::new((0.0, max * (1.0 + ext)), (self.left, bar_right.max(self.left + 40.0)));
        for (f, value_text) in figures {
            let row_top = self.y;
            let label = self.figure_label(f);
            let (body, ink) = (self.s.body, self.look.ink);
            self.y = self.paragraph(self.left, self.y, self.width(), &label, body, false, ink) + 2.0;
            let color = self.zone_color(&f.zone);
            let bar = Rect { x: self.left, y: self.y, w: scale.to_px(f.value) - self.left, h: self.s.bar };
            self.hedged_bar(bar, f.qualifier, &scale, color);
            let end = match f.qualifier {
                Qualifier::MoreThan | Qualifier::Over => scale.to_px(f.value * (1.0 + ext)),
                _ => bar.right(),
            };
            let text_y = bar.y + (bar.h - body * 1.2) / 2.0;
            self.text(end + 6.0, text_y, value_text, body, true, ink, Align::Start);
            self.y = bar.bottom() + 12.0;
            self.hits.push(Hit::new(Rect { x: self.left, y: row_top, w: self.width(), h: self.y - row_top }, Target::Figure(f.id.clone())));
        }
        self.y += 4.0;
    }

    /// A bar whose hedge shows: "more than" and "over" run on in hatching past the
    /// value; "nearly" ends in hatching just short of it.
    pub(super) fn hedged_bar(&mut self, bar: Rect, qualifier: Qualifier, scale: &LinearScale, color: Color) {
        let span = scale.range.1 - scale.range.0;
        let hatch = match qualifier {
            Qualifier::Exact => None,
            Qualifier::MoreThan | Qualifier::Over => Some((bar.right(), bar.right() + span * 0.05)),
            Qualifier::Nearly => Some((bar.right() - span * 0.05, bar.right())),
        };
        let solid_w = match (qualifier, hatch) {
            (Qualifier::Nearly, Some((from, _))) => from - bar.x,
            _ => bar.w,
        };
        self.marks.push(Mark::Fill { rect: Rect { w: solid_w.max(1.0), ..bar }, color });
        if let Some((from, to)) = hatch {
            self.hedged = true;
            let mut x = from + 1.0;
            while x + 2.0 <= to {
                self.marks.push(Mark::Fill { rect: Rect { x, y: bar.y, w: 2.0, h: bar.h }, color });
                x += 4.0;
            }
        }
    }

}
