//! Layout: turns one slide of the story into a scene of marks in CSS pixels for a
//! given width and language: the header, each block by its kind's module in
//! `blocks`, and the footer. Sizes follow the width, so one slide fits a phone
//! column and a desktop page alike.

use super::blocks;
use super::builder::{Builder, Sizes};
use super::look::Look;
use super::mark::{Hit, Mark, Rect, Scene};
use super::text::measured_width;
use crate::data::{BlockSpec, Dataset, Msg, SlideSpec};
use crate::story::lang::{join, Lang};
use crate::story::{self, Target, Title};

pub use super::builder::{MAX_CONTENT, MIN_TARGET, MIN_WIDTH};

/// Lays out slide `index` of the dataset's story at `width` CSS pixels.
/// Returns `None` when there is no such slide.
pub fn layout_slide(data: &Dataset, index: usize, width: f64, lang: Lang, look: &Look) -> Option<Scene> {
    let width = width.max(MIN_WIDTH).floor();
    lay_out(data, index, width, lang, look, Sizes::for_width(width), Arrange::Column, None)
}

/// How a slide's parts are arranged.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Arrange {
    /// One under another.
    Column,
    /// Side by side, for a landscape screen: the header and the footer in a
    /// column at the left (`split` of the width), the blocks in the column
    /// beside it; the notes of what has no figures on the left too when
    /// `notes_left`, and the footer under the blocks unless `footer_left`.
    Side { split: f64, notes_left: bool, footer_left: bool },
}

/// Lays out a slide with the given sizes and arrangement; with `fill`, a
/// slide shorter than that many pixels spreads its parts down each column
/// (the spaces between its header, blocks and footer grow alike), so that
/// its last part ends at the foot.
#[allow(clippy::too_many_arguments)]
pub(super) fn lay_out(data: &Dataset, index: usize, width: f64, lang: Lang, look: &Look, sizes: Sizes, arrange: Arrange, fill: Option<f64>) -> Option<Scene> {
    let slide = data.slides.get(index)?;
    // On wide screens the content keeps a readable measure, centred.
    let content = (width - 2.0 * sizes.pad).min(if arrange == Arrange::Column { MAX_CONTENT } else { f64::INFINITY });
    let left = ((width - content) / 2.0).floor();
    let mut b = Builder { data, look, lang, s: sizes, left, right: left + content, y: sizes.pad, marks: Vec::new(), hits: Vec::new(), hedged: false, keep: super::builder::keep(data) };
    let title;
    let mut parts = Parts::default();
    if let Arrange::Side { split, notes_left, footer_left } = arrange {
        let gap = 2.0 * sizes.pad;
        let split = left + ((content - gap) * split).floor();
        b.right = split;
        parts.start(&b, 0);
        title = b.header(slide, index);
        let header_bottom = b.y;
        (b.left, b.right) = (split + gap, left + content);
        b.y = sizes.pad;
        let beside = |block: &&BlockSpec| !(notes_left && matches!(block, BlockSpec::Notes));
        for block in slide.blocks.iter().filter(beside) {
            parts.start(&b, 1);
            blocks::lay_out(&mut b, slide, block);
        }
        // What has no figures goes under the header; the footer's notes (the
        // hatching is known once the blocks are drawn) and the sources under
        // the header or the blocks.
        let blocks_bottom = b.y;
        (b.left, b.right, b.y) = (left, split, header_bottom);
        for block in slide.blocks.iter().filter(|block| !beside(block)) {
            parts.start(&b, 0);
            blocks::lay_out(&mut b, slide, block);
        }
        if footer_left {
            parts.start(&b, 0);
            b.footer(slide);
            b.y = b.y.max(blocks_bottom + sizes.pad);
        } else {
            let left_bottom = b.y + sizes.pad;
            (b.left, b.right, b.y) = (split + gap, left + content, blocks_bottom);
            parts.start(&b, 1);
            b.footer(slide);
            b.y = b.y.max(left_bottom);
        }
    } else {
        parts.start(&b, 0);
        title = b.header(slide, index);
        for block in slide.blocks.iter() {
            parts.start(&b, 0);
            blocks::lay_out(&mut b, slide, block);
        }
        parts.start(&b, 0);
        b.footer(slide);
    }
    #[allow(unused_mut)]
    let mut height = b.y.ceil();
    #[cfg(feature = "kiosk")]
    if let Some(fill) = fill.filter(|f| *f > height) {
        parts.spread(&mut b, fill);
        height = fill.floor();
    }
    #[cfg(not(feature = "kiosk"))]
    let _ = (fill, parts);
    Some(Scene { width, height, background: look.background, marks: b.marks, hits: b.hits, title })
}

/// Where each part of a slide (header, block, footer) begins: its first
/// mark and region, and its column (0 at the left). Kept in the kiosk build,
/// which spreads a slide's parts down its screen; the news build keeps nothing.
#[derive(Default)]
struct Parts(#[cfg(feature = "kiosk")] Vec<(usize, usize, u8)>);

impl Parts {
    fn start(&mut self, _b: &Builder, _column: u8) {
        #[cfg(feature = "kiosk")]
        self.0.push((_b.marks.len(), _b.hits.len(), _column));
    }
}

#[cfg(feature = "kiosk")]
impl Parts {
    /// Spreads the parts of each column down to `fill`: the space between two
    /// parts grows by the column's room over its number of gaps. A mark or
    /// region belongs to the last part begun before it.
    fn spread(&self, b: &mut Builder, fill: f64) {
        let parts = &self.0;
        let part_of = |i: usize, hits: bool| parts.iter().rposition(|p| if hits { p.1 } else { p.0 } <= i);
        let (mut count, mut bottom) = ([0.0_f64; 2], [0.0_f64; 2]);
        for p in parts {
            count[usize::from(p.2)] += 1.0;
        }
        for (i, mark) in b.marks.iter().enumerate() {
            if let Some(p) = part_of(i, false) {
                let c = usize::from(parts[p].2);
                bottom[c] = bottom[c].max(mark.bottom());
            }
        }
        // How far part `p` moves: its rank in its column times the column's
        // step (the foot keeps the padding the layout gives it).
        let dy = |p: usize| {
            let c = parts[p].2;
            let rank = parts.iter().take(p).filter(|q| q.2 == c).count() as f64;
            let c = usize::from(c);
            rank * ((fill - b.s.pad - bottom[c]) / (count[c] - 1.0).max(1.0)).max(0.0)
        };
        let moves: Vec<f64> = (0..parts.len()).map(dy).collect();
        for (i, mark) in b.marks.iter_mut().enumerate() {
            mark.shift(part_of(i, false).map_or(0.0, |p| moves[p]));
        }
        for (i, hit) in b.hits.iter_mut().enumerate() {
            let d = part_of(i, true).map_or(0.0, |p| moves[p]);
            hit.rect.y += d;
            if let Some(o) = &mut hit.outline {
                o.y += d;
            }
        }
    }
}

impl Builder<'_> {
    /// The kicker, the title and the deck; returns the title's box.
    pub(super) fn header(&mut self, slide: &SlideSpec, index: usize) -> Rect {
        let kicker = if slide.themes.is_empty() {
            self.word(Msg::Overview).to_string()
        } else {
            // The zones whose figures the slide shows, by their names, and the
            // slide's themes, each apart from the next (a theme's name may
            // list things of its own).
            let mut zones: Vec<&str> = Vec::new();
            for f in story::slide_figures(self.data, slide) {
                if let Some(z) = self.data.zone(&f.zone).map(|z| self.lang.pick(&z.name)) {
                    if !zones.contains(&z) {
                        zones.push(z);
                    }
                }
            }
            let mut names: Vec<&str> = Vec::new();
            for t in slide.themes.iter().filter_map(|t| self.data.theme(t)) {
                names.push(self.lang.pick(&t.name));
            }
            let mut kicker = join(&zones, self.word(Msg::ListSep));
            kicker.push_str(" · ");
            kicker.push_str(&join(&names, self.word(Msg::Semicolon)));
            kicker
        };
        let kicker = format!("{} / {}  {kicker}", index + 1, self.data.slides.len());
        let (small, muted, ink) = (self.s.small, self.look.muted, self.look.ink);
        self.flow_text(&kicker, small, true, muted, 4.0);
        let title = story::fill_title(self.data, self.lang.pick(&slide.title), self.lang);
        let top = self.y;
        self.flow_text(&title.text, self.s.title, true, ink, 0.0);
        let title_box = Rect { x: self.left, y: top, w: self.width(), h: self.y - top };
        self.y += 6.0;
        self.title_figures(&title, top);
        self.flow_text(self.lang.pick(&slide.deck), self.s.deck, false, muted, 14.0);
        title_box
    }


    /// Hit regions over the figures a title writes ("8个驿站"), so they have a
    /// tooltip and a quote like any figure: on the line where the figure's text
    /// starts, at least `MIN_TARGET` square, centred on the text.
    fn title_figures(&mut self, title: &Title, top: f64) {
        let (size, width) = (self.s.title, self.width());
        let line_h = (size * 1.4).round();
        let mut from = 0;
        let mut lines = Vec::new();
        for line in self.wrap(&title.text, size, true, width) {
            // Wrapping only trims the spaces between lines: each line starts
            // after the previous one and the spaces that follow it.
            let start = from + title.text.get(from..).map_or(0, |rest| rest.len() - rest.trim_start().len());
            from = start + line.len();
            lines.push((start, line));
        }
        let mut regions: Vec<(usize, Hit)> = Vec::new();
        for (range, id) in &title.figures {
            let Some((i, (start, line))) = lines.iter().enumerate().rev().find(|(_, (start, _))| *start <= range.start) else { continue };
            let before = line.get(..range.start - start).unwrap_or_default();
            let figure = line.get(range.start - start..).unwrap_or_default();
            let figure = figure.get(..(range.end - range.start).min(figure.len())).unwrap_or(figure);
            // Measured as drawn: the highlight and the tap area lie on the text.
            let (x, w) = (self.left + measured_width(before, size, true), measured_width(figure, size, true));
            let (w_hit, h_hit) = (w.max(self.s.target), line_h.max(self.s.target));
            // Kept inside the content (`min` then `max`: `f64::clamp` can panic).
            let x_hit = (x + w / 2.0 - w_hit / 2.0).min(self.right - w_hit).max(self.left);
            let y_hit = top + i as f64 * line_h + line_h / 2.0 - h_hit / 2.0;
            let text = Rect { x, y: top + i as f64 * line_h, w, h: line_h };
            let rect = Rect { x: x_hit, y: y_hit, w: w_hit, h: h_hit };
            regions.push((i, Hit { rect, target: Target::Figure(id.clone()), outline: Some(text) }));
        }
        // Regions of figures side by side on one line that would overlap meet
        // halfway between their texts.
        for b in 1..regions.len() {
            for a in 0..b {
                let (text_a, text_b) = (regions[a].1.frame(), regions[b].1.frame());
                if regions[a].0 == regions[b].0 && regions[a].1.rect.right() > regions[b].1.rect.x && text_a.x < text_b.x {
                    let middle = (text_a.right() + text_b.x) / 2.0;
                    let rb = regions[b].1.rect;
                    regions[a].1.rect.w = middle - regions[a].1.rect.x;
                    regions[b].1.rect = Rect { x: middle, w: rb.right() - middle, ..rb };
                }
            }
        }
        // A region may grow above its line only where no region of a line above
        // shares its columns, and below it only where none of a line below does:
        // each keeps `MIN_TARGET` of height where the band allows, and at least
        // its line (a figure written inline, between other inline figures).
        let mut bands: Vec<(f64, f64)> = Vec::with_capacity(regions.len());
        for (line, hit) in &regions {
            let shares = |other: &(usize, Hit), above: bool| {
                (if above { other.0 < *line } else { other.0 > *line }) && other.1.rect.x < hit.rect.right() && hit.rect.x < other.1.rect.right()
            };
            let line_top = top + *line as f64 * line_h;
            let upper = if regions.iter().any(|o| shares(o, true)) { line_top } else { f64::NEG_INFINITY };
            let lower = if regions.iter().any(|o| shares(o, false)) { line_top + line_h } else { f64::INFINITY };
            bands.push((upper, lower));
        }
        for ((_, mut hit), (upper, lower)) in regions.into_iter().zip(bands) {
            let h = self.s.target.max(line_h).min(lower - upper);
            let centre = hit.rect.y + hit.rect.h / 2.0;
            hit.rect.h = h;
            hit.rect.y = (centre - h / 2.0).max(upper).min(lower - h);
            self.hits.push(hit);
        }
    }

    pub(super) fn footer(&mut self, slide: &SlideSpec) {
        let (small, muted) = (self.s.small, self.look.muted);
        self.marks.push(Mark::Line { from: (self.left, self.y), to: (self.right, self.y), color: self.look.rule, width: 1.0 });
        self.y += 8.0;
        if self.hedged {
            let note = self.word(Msg::HedgeNote);
            self.flow_text(note, small, false, muted, 2.0);
        }
        if story::uses_derived(slide) {
            let note = if story::counts_figures(slide) {
                self.word(Msg::CountsNote)
            } else {
                self.word(Msg::DerivedNote)
            };
            self.flow_text(note, small, false, muted, 2.0);
        }
        let source = story::source_line(self.data, slide, self.lang);
        self.flow_text(&source, small, false, muted, 0.0);
        self.y += self.s.pad;
    }
}
