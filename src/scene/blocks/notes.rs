//! Notes: what the other zones said on a slide's themes, in words only or not
//! at all, each line a hit region with the sentence or the absence explained;
//! and counts of points made in a speech, each in its sentence.

use crate::data::{SlideSpec, Status, Text};
use crate::scene::builder::Builder;
use crate::scene::mark::{Hit, Rect};
use crate::data::Msg;
use crate::story::copy::fill;
use crate::story::{self, Target};

impl Builder<'_> {
    /// What the other zones said on this slide's themes: words only, or nothing.
    pub(super) fn notes(&mut self, slide: &SlideSpec) {
        let mut rows: Vec<(String, Status, String, Target)> = Vec::new();
        for zone in self.data.zones.iter() {
            let zone_name = self.lang.pick(&zone.name).to_string();
            let mut missing: Vec<crate::data::Text> = Vec::new();
            let mut first_missing = None;
            for theme in slide.themes.iter().filter_map(|t| self.data.theme(t)) {
                let Some(c) = self.data.coverage_of(&zone.id, &theme.id) else { continue };
                let target = Target::Coverage { zone: zone.id.clone(), theme: theme.id.clone() };
                match c.status {
                    Status::Figures => {}
                    // A sentence that says less than the theme's name would
                    // claim is said as it is, by its own note.
                    Status::TextOnly => {
                        let text = match &c.note {
                            Some(note) => fill(self.data, Msg::NoteOwn, self.lang, &[("zone", &zone_name), ("note", self.lang.pick(note))]),
                            None => {
                                let name = story::theme_names_in_text(self.data, std::slice::from_ref(&theme.id), self.lang);
                                fill(self.data, Msg::NoteWordsOnly, self.lang, &[("zone", &zone_name), ("theme", &name)])
                            }
                        };
                        rows.push((zone.id.to_string(), Status::TextOnly, text, target));
                    }
                    Status::NotReported => {
                        missing.push(theme.id.clone());
                        first_missing.get_or_insert(target);
                    }
                }
            }
            if let Some(target) = first_missing {
                let names = story::theme_names_in_text(self.data, &missing, self.lang);
                let text = fill(self.data, Msg::NoteNotReported, self.lang, &[("zone", &zone_name), ("themes", &names)]);
                rows.push((zone.id.to_string(), Status::NotReported, text, target));
            }
        }
        if rows.is_empty() {
            return;
        }
        self.block_heading(self.word(Msg::Notes).to_string());
        let s = self.s;
        let sw = 12.0;
        let text_w = self.width() - sw - 8.0;
        for (zone, status, text, target) in rows {
            let top = self.y;
            let line_h = (s.body * 1.4).round();
            let text_h = self.wrap(&text, s.body, false, text_w).len() as f64 * line_h;
            let h = text_h.max(self.s.target);
            let text_top = top + (h - text_h) / 2.0;
            let sw_rect = Rect { x: self.left, y: text_top + (line_h - sw) / 2.0, w: sw, h: sw };
            self.swatch(sw_rect, status, self.zone_color(&zone));
            let color = self.look.ink;
            self.paragraph(self.left + sw + 8.0, text_top, text_w, &text, s.body, false, color);
            self.hits.push(Hit::new(Rect { x: self.left, y: top, w: self.width(), h }, target));
            self.y = top + h + 2.0;
        }
        self.y += 8.0;
    }

    /// Counts of points made in a speech, each shown in its sentence (the
    /// quote, or its English gloss) as a paragraph that picks the figure: not
    /// as a big number, which would read as a count of work done.
    pub(super) fn said(&mut self, ids: &[Text]) {
        let (body, ink) = (self.s.body, self.look.ink);
        for f in ids.iter().filter_map(|id| self.data.figure(id)) {
            let top = self.y;
            let sentence = self.lang.pick_of(&f.quote, &f.quote_en);
            let h = (self.paragraph(self.left, top, self.width(), sentence, body, false, ink) - top).max(self.s.target);
            self.hits.push(Hit::new(Rect { x: self.left, y: top, w: self.width(), h }, Target::Figure(f.id)));
            self.y = top + h + 10.0;
        }
    }

}
