//! Layout: turns one slide of the story into a scene of marks in CSS pixels for a
//! given width and language. Sizes follow the width, so one slide fits a phone
//! column and a desktop page alike.

use crate::data::{BlockSpec, Dataset, Figure, Qualifier, SlideSpec, Status};
use super::look::Look;
use super::scale::LinearScale;
use super::mark::{Align, Color, Hit, Mark, Rect, Scene};
use super::text::{fit_size, text_width, wrap};
use crate::story::{self, Target};
use crate::story::lang::{join, Lang};

/// Type sizes and spacing, in CSS pixels, for one width.
#[derive(Debug, Clone, Copy)]
struct Sizes {
    pad: f64,
    title: f64,
    deck: f64,
    body: f64,
    small: f64,
    big: f64,
    bar: f64,
}

impl Sizes {
    fn for_width(width: f64) -> Sizes {
        if width < 520.0 {
            Sizes { pad: 12.0, title: 19.0, deck: 14.0, body: 14.0, small: 12.0, big: 26.0, bar: 20.0 }
        } else if width < 1200.0 {
            Sizes { pad: 20.0, title: 24.0, deck: 15.0, body: 14.0, small: 12.5, big: 32.0, bar: 22.0 }
        } else {
            Sizes { pad: 24.0, title: 28.0, deck: 17.0, body: 16.0, small: 14.0, big: 38.0, bar: 26.0 }
        }
    }
}

/// The smallest height and width of anything a reader taps (WCAG 2.5.5).
pub const MIN_TARGET: f64 = 44.0;

/// The widest the content gets, in CSS pixels; wider canvases centre it.
pub const MAX_CONTENT: f64 = 1080.0;

/// The narrowest width a slide is laid out for.
pub const MIN_WIDTH: f64 = 280.0;

/// Lays out slide `index` of the dataset's story at `width` CSS pixels.
/// Returns `None` when there is no such slide.
pub fn layout_slide(data: &Dataset, index: usize, width: f64, lang: Lang, look: &Look) -> Option<Scene> {
    let slide = data.slides.get(index)?;
    let width = width.max(MIN_WIDTH).floor();
    let sizes = Sizes::for_width(width);
    // On wide screens the content keeps a readable measure, centred.
    let content = (width - 2.0 * sizes.pad).min(MAX_CONTENT);
    let left = ((width - content) / 2.0).floor();
    let mut b = Builder { data, look, lang, s: sizes, left, right: left + content, y: sizes.pad, marks: Vec::new(), hits: Vec::new(), hedged: false };
    b.header(slide, index);
    for block in slide.blocks.iter() {
        b.block(slide, block);
    }
    b.footer(slide);
    Some(Scene { width, height: b.y.ceil(), background: look.background, marks: b.marks, hits: b.hits })
}

/// The height of the tallest slide at this width and language. Drawing every
/// slide at this height keeps the controls under the graphic in one place while a
/// reader clicks through, and lets the canvas keep its backing store.
pub fn story_height(data: &Dataset, width: f64, lang: Lang, look: &Look) -> f64 {
    (0..data.slides.len()).filter_map(|i| layout_slide(data, i, width, lang, look)).map(|s| s.height).fold(0.0, f64::max)
}

/// One tile of big-number blocks.
struct Tile {
    number: String,
    unit: String,
    label: String,
    note: Option<String>,
    color: Color,
    target: Target,
}

struct Builder<'a> {
    data: &'a Dataset,
    look: &'a Look,
    lang: Lang,
    s: Sizes,
    left: f64,
    right: f64,
    /// Top of the next free line.
    y: f64,
    marks: Vec<Mark>,
    hits: Vec<Hit>,
    /// Whether a hedged bar was drawn (the footer then explains the hatching).
    hedged: bool,
}

impl Builder<'_> {
    fn width(&self) -> f64 {
        self.right - self.left
    }

    fn zone_color(&self, zone: &str) -> Color {
        let i = self.data.zones.iter().position(|z| z.id == zone).unwrap_or(0);
        self.look.zone_color(i)
    }

    fn zh_en<'t>(&self, zh: &'t str, en: &'t str) -> &'t str {
        match self.lang {
            Lang::Zh => zh,
            Lang::En => en,
        }
    }

    fn text(&mut self, x: f64, y: f64, text: impl Into<String>, size: f64, bold: bool, color: Color, align: Align) {
        self.marks.push(Mark::Text { x, y, text: text.into(), size, bold, color, align });
    }

    /// Wrapped text from `x` within `max_w`, starting at `y`; returns the bottom.
    fn paragraph(&mut self, x: f64, y: f64, max_w: f64, text: &str, size: f64, bold: bool, color: Color) -> f64 {
        let line_h = (size * 1.4).round();
        let mut top = y;
        for line in wrap(text, size, bold, max_w) {
            self.text(x, top + (line_h - size * 1.2) / 2.0, line, size, bold, color, Align::Start);
            top += line_h;
        }
        top
    }

    /// A full-width paragraph at the cursor; moves the cursor below it.
    fn flow_text(&mut self, text: &str, size: f64, bold: bool, color: Color, space_after: f64) {
        self.y = self.paragraph(self.left, self.y, self.width(), text, size, bold, color) + space_after;
    }

    fn header(&mut self, slide: &SlideSpec, index: usize) {
        let kicker = if slide.themes.is_empty() {
            self.zh_en("三地报道概览", "What the three reports cover").to_string()
        } else {
            // The zones whose figures the slide shows, in words, beside their colour.
            let mut zones: Vec<&str> = Vec::new();
            for f in story::slide_figures(self.data, slide) {
                if let Some(z) = self.data.zone(&f.zone).map(|z| self.lang.pick(&z.short)) {
                    if !zones.contains(&z) {
                        zones.push(z);
                    }
                }
            }
            let names: Vec<&str> = slide.themes.iter().filter_map(|t| self.data.theme(t)).map(|t| self.lang.pick(&t.name)).collect();
            format!("{} · {}", join(&zones, self.zh_en("、", ", ")), join(&names, self.zh_en("、", ", ")))
        };
        let kicker = format!("{} / {}  {kicker}", index + 1, self.data.slides.len());
        let (small, muted, ink) = (self.s.small, self.look.muted, self.look.ink);
        self.flow_text(&kicker, small, true, muted, 4.0);
        let title = story::fill_template(self.data, self.lang.pick(&slide.title), self.lang);
        self.flow_text(&title, self.s.title, true, ink, 6.0);
        self.flow_text(self.lang.pick(&slide.deck), self.s.deck, false, muted, 14.0);
    }

    fn block(&mut self, slide: &SlideSpec, block: &BlockSpec) {
        match block {
            BlockSpec::Coverage => self.coverage(),
            BlockSpec::Bars { heading, figures } => {
                self.block_heading(self.lang.pick(heading).to_string());
                self.bars(figures);
            }
            BlockSpec::Stats { heading, figures } | BlockSpec::Flow { heading, figures } => {
                self.block_heading(self.lang.pick(heading).to_string());
                let tiles = figures.iter().filter_map(|id| self.data.figure(id)).map(|f| self.figure_tile(f)).collect();
                self.tiles(tiles, matches!(block, BlockSpec::Flow { .. }));
            }
            BlockSpec::Ratios { heading, ratios } => {
                self.block_heading(self.lang.pick(heading).to_string());
                let derived = self.zh_en("本图计算", "derived").to_string();
                let tiles = ratios
                    .iter()
                    .map(|r| Tile {
                        number: story::ratio_text(self.data, r, self.lang),
                        unit: String::new(),
                        label: self.lang.pick(&r.label).to_string(),
                        note: Some(derived.clone()),
                        color: self.look.muted,
                        target: Target::Ratio { of: r.of.clone(), per: r.per.clone() },
                    })
                    .collect();
                self.tiles(tiles, false);
            }
            BlockSpec::Notes => self.notes(slide),
        }
    }

    fn block_heading(&mut self, text: String) {
        let (body, ink, rule) = (self.s.body, self.look.ink, self.look.rule);
        self.marks.push(Mark::Line { from: (self.left, self.y), to: (self.right, self.y), color: rule, width: 1.0 });
        self.y += 8.0;
        self.flow_text(&text, body, true, ink, 6.0);
    }

    /// A bar's label with its period: "…（2024年）" / "… (2024)".
    fn figure_label(&self, f: &Figure) -> String {
        let label = self.lang.pick(&f.label);
        match (&f.period, self.lang) {
            (Some(p), Lang::Zh) => format!("{label}（{}）", p.zh),
            (Some(p), Lang::En) => format!("{label} ({})", p.en),
            (None, _) => label.to_string(),
        }
    }

    /// Horizontal bars on one shared axis (the dataset guarantees one measure).
    fn bars(&mut self, ids: &[crate::data::Text]) {
        let figures: Vec<&Figure> = ids.iter().filter_map(|id| self.data.figure(id)).collect();
        let value_texts: Vec<String> = figures.iter().map(|f| story::figure_text(self.data, f, self.lang)).collect();
        let value_w = value_texts.iter().map(|t| text_width(t, self.s.body, true)).fold(0.0, f64::max);
        let max = figures.iter().map(|f| f.value).fold(0.0, f64::max);
        // Room at the end of the longest bar for its hedge hatching and its value.
        let ext = if figures.iter().any(|f| f.qualifier != Qualifier::Exact) { 0.06 } else { 0.0 };
        let bar_right = self.right - value_w - 8.0;
        let scale = LinearScale::new((0.0, max * (1.0 + ext)), (self.left, bar_right.max(self.left + 40.0)));
        for (f, value_text) in figures.iter().zip(value_texts) {
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
            self.hits.push(Hit { rect: Rect { x: self.left, y: row_top, w: self.width(), h: self.y - row_top }, target: Target::Figure(f.id.clone()) });
        }
        self.y += 4.0;
    }

    /// A bar whose hedge shows: "more than" and "over" run on in hatching past the
    /// value; "nearly" ends in hatching just short of it.
    fn hedged_bar(&mut self, bar: Rect, qualifier: Qualifier, scale: &LinearScale, color: Color) {
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

    fn figure_tile(&self, f: &Figure) -> Tile {
        Tile {
            number: story::figure_number(self.data, f, self.lang),
            unit: story::unit_text(self.data, f, self.lang),
            label: self.lang.pick(&f.label).to_string(),
            note: f.period.as_ref().map(|p| self.lang.pick(p).to_string()),
            color: self.zone_color(&f.zone),
            target: Target::Figure(f.id.clone()),
        }
    }

    /// Big numbers in a grid; `arrows` joins them as steps when they fit in one row.
    fn tiles(&mut self, tiles: Vec<Tile>, arrows: bool) {
        if tiles.is_empty() {
            return;
        }
        let s = self.s;
        let gap = if arrows { 26.0 } else { 14.0 };
        let unit_gap = if self.lang == Lang::En { s.body * 0.3 } else { 2.0 };
        let widest = tiles.iter().map(|t| text_width(&t.number, s.big, true)).fold(0.0, f64::max);
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
                self.text(x, num_y, t.number.clone(), s.big, true, t.color, Align::Start);
                let num_w = text_width(&t.number, s.big, true);
                let mut y = num_y + s.big * 1.2;
                if !t.unit.is_empty() {
                    if num_w + unit_gap + text_width(&t.unit, s.body, false) <= tile_w {
                        let unit_y = num_y + s.big * 1.2 - s.body * 1.2 - s.big * 0.08;
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
                self.hits.push(Hit { rect: Rect { x, y: top, w: tile_w, h: 0.0 }, target: t.target.clone() });
            }
            // Every tile of a row is as tall as the tallest.
            let n = self.hits.len();
            for hit in &mut self.hits[n - row.len()..] {
                hit.rect.h = bottom - top + 4.0;
            }
            self.y = bottom + 14.0;
        }
    }

    /// What the other zones said on this slide's themes: words only, or nothing.
    fn notes(&mut self, slide: &SlideSpec) {
        let mut rows: Vec<(String, Status, String, Target)> = Vec::new();
        for zone in self.data.zones.iter() {
            let zone_name = self.lang.pick(&zone.short).to_string();
            let mut missing: Vec<&str> = Vec::new();
            let mut first_missing = None;
            for theme in slide.themes.iter().filter_map(|t| self.data.theme(t)) {
                let Some(c) = self.data.coverage_of(&zone.id, &theme.id) else { continue };
                let target = Target::Coverage { zone: zone.id.clone(), theme: theme.id.clone() };
                match c.status {
                    Status::Figures => {}
                    Status::TextOnly => {
                        let name = self.lang.pick(&theme.name);
                        let text = match self.lang {
                            Lang::Zh => format!("{zone_name}：{name}只有文字描述，没有数字"),
                            Lang::En => format!("{zone_name}: {name}, described in words only, no figures"),
                        };
                        rows.push((zone.id.to_string(), Status::TextOnly, text, target));
                    }
                    Status::NotReported => {
                        missing.push(self.lang.pick(&theme.name));
                        first_missing.get_or_insert(target);
                    }
                }
            }
            if let Some(target) = first_missing {
                let text = match self.lang {
                    Lang::Zh => format!("{zone_name}：未报道{}", join(&missing, "、")),
                    Lang::En => format!("{zone_name}: nothing reported on {}", join(&missing, ", ")),
                };
                rows.push((zone.id.to_string(), Status::NotReported, text, target));
            }
        }
        if rows.is_empty() {
            return;
        }
        self.block_heading(self.zh_en("没有数字的地方", "Where there are no figures").to_string());
        let s = self.s;
        let sw = 12.0;
        let text_w = self.width() - sw - 8.0;
        for (zone, status, text, target) in rows {
            let top = self.y;
            let line_h = (s.body * 1.4).round();
            let text_h = wrap(&text, s.body, false, text_w).len() as f64 * line_h;
            let h = text_h.max(MIN_TARGET);
            let text_top = top + (h - text_h) / 2.0;
            let sw_rect = Rect { x: self.left, y: text_top + (line_h - sw) / 2.0, w: sw, h: sw };
            self.swatch(sw_rect, status, self.zone_color(&zone));
            let color = self.look.ink;
            self.paragraph(self.left + sw + 8.0, text_top, text_w, &text, s.body, false, color);
            self.hits.push(Hit { rect: Rect { x: self.left, y: top, w: self.width(), h }, target });
            self.y = top + h + 2.0;
        }
        self.y += 8.0;
    }

    /// The key of a coverage status: filled for figures, outlined for text only,
    /// grey with a rule across for not reported.
    fn swatch(&mut self, rect: Rect, status: Status, color: Color) {
        match status {
            Status::Figures => self.marks.push(Mark::Fill { rect, color }),
            Status::TextOnly => {
                self.marks.push(Mark::Fill { rect, color: self.look.background });
                self.marks.push(Mark::Frame { rect, color, width: 2.0 });
            }
            Status::NotReported => {
                self.marks.push(Mark::Fill { rect, color: self.look.absent });
                self.marks.push(Mark::Frame { rect, color: self.look.muted, width: 1.0 });
            }
        }
    }

    /// The overview: themes down, zones across, each cell saying what was reported.
    fn coverage(&mut self) {
        let s = self.s;
        let data = self.data;
        let gap = 4.0;
        let theme_w = data
            .themes
            .iter()
            .map(|t| text_width(self.lang.pick(&t.name), s.small, false))
            .fold(0.0, f64::max)
            .min(self.width() * 0.4)
            + 8.0;
        let n = data.zones.len().max(1) as f64;
        let col_w = (self.width() - theme_w - gap * (n - 1.0)) / n;
        let left = self.left;
        let col_x = |i: usize| left + theme_w + i as f64 * (col_w + gap);
        // Column heads: zone names over a rule in the zone's colour, all at the
        // size at which the longest fits.
        let head_size = data
            .zones
            .iter()
            .map(|z| fit_size(self.lang.pick(&z.short), s.body, true, col_w - 4.0))
            .fold(s.body, f64::min);
        for (i, z) in data.zones.iter().enumerate() {
            let x = col_x(i) + col_w / 2.0;
            let name = self.lang.pick(&z.short).to_string();
            self.text(x, self.y + (s.body - head_size) * 0.6, name, head_size, true, self.look.ink, Align::Middle);
            let color = self.look.zone_color(i);
            self.marks.push(Mark::Line { from: (col_x(i), self.y + s.body * 1.5), to: (col_x(i) + col_w, self.y + s.body * 1.5), color, width: 3.0 });
        }
        self.y += s.body * 1.5 + 8.0;
        let line_h = (s.small * 1.3).round();
        for t in data.themes.iter() {
            let top = self.y;
            // Each cell says its status in words, on two lines where the column is narrow.
            let cells: Vec<(Status, Vec<String>, Color, bool, usize)> = data
                .zones
                .iter()
                .enumerate()
                .filter_map(|(i, z)| {
                    let c = data.coverage_of(&z.id, &t.id)?;
                    let count = data.figures.iter().filter(|f| f.zone == z.id && f.theme == t.id).count();
                    let (text, color, bold) = match (c.status, self.lang) {
                        (Status::Figures, Lang::Zh) => (format!("{count}个数字"), self.look.background, true),
                        (Status::Figures, Lang::En) => (format!("{count} figure{}", if count == 1 { "" } else { "s" }), self.look.background, true),
                        (Status::TextOnly, Lang::Zh) => ("仅文字".into(), self.look.ink, false),
                        (Status::TextOnly, Lang::En) => ("text only".into(), self.look.ink, false),
                        (Status::NotReported, Lang::Zh) => ("未报道".into(), self.look.muted, false),
                        (Status::NotReported, Lang::En) => ("not reported".into(), self.look.muted, false),
                    };
                    Some((c.status, wrap(&text, s.small, bold, col_w - 8.0), color, bold, i))
                })
                .collect();
            let text_h = cells.iter().map(|c| c.1.len()).max().unwrap_or(1) as f64 * line_h;
            let label_bottom = self.paragraph(self.left, top + 2.0, theme_w - 8.0, self.lang.pick(&t.name), s.small, false, self.look.ink);
            let h = (label_bottom - top + 2.0).max(text_h + 10.0).max(MIN_TARGET);
            for (status, lines, text_color, bold, i) in cells {
                let z = &data.zones[i];
                let rect = Rect { x: col_x(i), y: top, w: col_w, h };
                self.swatch(rect, status, self.look.zone_color(i));
                let first = top + (h - lines.len() as f64 * line_h) / 2.0 + (line_h - s.small * 1.2) / 2.0;
                for (k, line) in lines.into_iter().enumerate() {
                    self.text(rect.x + col_w / 2.0, first + k as f64 * line_h, line, s.small, bold, text_color, Align::Middle);
                }
                self.hits.push(Hit { rect, target: Target::Coverage { zone: z.id.clone(), theme: t.id.clone() } });
            }
            self.y = top + h + gap;
        }
        self.y += 8.0;
        self.coverage_key();
    }

    fn coverage_key(&mut self) {
        let s = self.s;
        let color = self.look.zone_color(0);
        let entries = [
            (Status::Figures, self.zh_en("有数字", "figures")),
            (Status::TextOnly, self.zh_en("只有文字", "words only")),
            (Status::NotReported, self.zh_en("未报道（不等于零）", "not reported (not zero)")),
        ];
        let mut x = self.left;
        let line_h = s.small * 1.6;
        for (status, label) in entries {
            let w = 12.0 + 6.0 + text_width(label, s.small, false) + 16.0;
            if x + w > self.right && x > self.left {
                x = self.left;
                self.y += line_h;
            }
            self.swatch(Rect { x, y: self.y + (line_h - 12.0) / 2.0, w: 12.0, h: 12.0 }, status, color);
            self.text(x + 18.0, self.y + (line_h - s.small * 1.2) / 2.0, label.to_string(), s.small, false, self.look.ink, Align::Start);
            x += w;
        }
        self.y += line_h + 10.0;
    }

    fn footer(&mut self, slide: &SlideSpec) {
        let (small, muted) = (self.s.small, self.look.muted);
        self.marks.push(Mark::Line { from: (self.left, self.y), to: (self.right, self.y), color: self.look.rule, width: 1.0 });
        self.y += 8.0;
        if self.hedged {
            let note = self.zh_en(
                "斜纹表示约数：“余”“超”为至少此数，“近”为接近此数。",
                "Hatching marks hedged numbers: \"more than\" and \"over\" run on; \"nearly\" falls short.",
            );
            self.flow_text(note, small, false, muted, 2.0);
        }
        if story::uses_derived(slide) {
            let note = if story::counts_figures(slide) {
                self.zh_en("数字个数由本图统计，并非报道原文。", "Counts of figures are made by this graphic, not reported.")
            } else {
                self.zh_en("标有“本图计算”的数值由本图根据报道推算，并非报道原文。", "Values marked \"derived\" are computed by this graphic, not reported.")
            };
            self.flow_text(note, small, false, muted, 2.0);
        }
        let source = story::source_line(self.data, slide, self.lang);
        self.flow_text(&source, small, false, muted, 0.0);
        self.y += self.s.pad;
    }
}
