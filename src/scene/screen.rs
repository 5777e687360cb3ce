//! A slide fitted to a whole screen (kiosk mode): the scale at which its type
//! reads from a few metres away, and the arrangement that fills the screen
//! without scrolling.

use super::builder::Sizes;
use super::layout::{lay_out, Arrange, MIN_WIDTH};
use super::look::Look;
use super::mark::Scene;
use crate::data::Dataset;
use crate::story::lang::Lang;

/// How a slide fills a screen: drawn `scale` times larger than its layout,
/// arranged so.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Fit {
    pub scale: f64,
    pub arrange: Arrange,
}

/// The scale a screen area of `width` × `height` CSS pixels aims for: a 540 px
/// column across its shorter side (2 on a 1080 px wide portrait screen, 1.97
/// above a landscape one's controls), never below 1.
pub fn aim(width: f64, height: f64) -> f64 {
    (width / 540.0).min(height / 500.0).max(1.0)
}

/// Lays out slide `index` for a screen area `width` CSS pixels wide, as `fit`
/// says; with `height`, its parts spread down to the foot of a screen area so high.
pub fn lay_out_fitted(data: &Dataset, index: usize, width: f64, height: Option<f64>, lang: Lang, look: &Look, fit: Fit) -> Option<Scene> {
    let fill = height.map(|h| (h / fit.scale).floor());
    lay_out(data, index, (width / fit.scale).floor().max(MIN_WIDTH), lang, look, Sizes::screen(), fit.arrange, fill)
}

/// How every slide of a language fits a screen area of `width` × `height`
/// CSS pixels at one scale, so that its type keeps one size from slide to
/// slide: the smallest of the slides' own (`fit_screen`), each slide keeping
/// its own arrangement (at a smaller scale it is only lower). Shown by
/// `lay_out_fitted` with the height, a shorter slide spreads its parts down
/// the screen.
pub fn fit_language(data: &Dataset, width: f64, height: f64, lang: Lang, look: &Look) -> Option<Vec<Fit>> {
    let mut fits = Vec::new();
    for index in 0..data.slides.len() {
        fits.push(fit_screen(data, index, width, height, lang, look)?.1);
    }
    let scale = fits.iter().map(|f| f.scale).fold(f64::INFINITY, f64::min);
    Some(fits.into_iter().map(|f| Fit { scale, ..f }).collect())
}

/// The largest scale, from the aimed one down to four fifths of it, at which
/// slide `index` fills a screen area of `width` × `height` CSS pixels without
/// running past its foot (at four fifths, the foot may be cut), with the
/// arrangement that makes it lowest there: a screen at least 1.4 times wider
/// than high puts the header beside the blocks. Returns the scene too.
pub fn fit_screen(data: &Dataset, index: usize, width: f64, height: f64, lang: Lang, look: &Look) -> Option<(Scene, Fit)> {
    let aimed = aim(width, height);
    let at = |scale: f64| best_at(data, index, width, height, scale, lang, look);
    let first = at(aimed)?;
    if first.0.height * aimed <= height {
        return Some(first);
    }
    // A binary search: heights fall as the scale does, though not strictly.
    let (mut lo, mut hi) = (0.8 * aimed, aimed);
    let mut found = at(lo)?;
    if found.0.height * lo > height {
        return Some(found);
    }
    for _ in 0..6 {
        let mid = (lo + hi) / 2.0;
        let tried = at(mid)?;
        if tried.0.height * mid <= height {
            (lo, found) = (mid, tried);
        } else {
            hi = mid;
        }
    }
    Some(found)
}

/// The lowest arrangement at one scale.
fn best_at(data: &Dataset, index: usize, width: f64, height: f64, scale: f64, lang: Lang, look: &Look) -> Option<(Scene, Fit)> {
    let layout_w = (width / scale).floor().max(MIN_WIDTH);
    let mut arranges = vec![Arrange::Column];
    if layout_w >= 1.4 * (height / scale) && layout_w >= 760.0 {
        // Side by side: the header's column a third of the width or more, the
        // notes and the footer under the header or under the blocks.
        arranges.clear();
        for split in [0.30, 0.35, 0.40, 0.45] {
            for (notes_left, footer_left) in [(false, false), (false, true), (true, false), (true, true)] {
                arranges.push(Arrange::Side { split, notes_left, footer_left });
            }
        }
    }
    let mut best: Option<(Scene, Fit)> = None;
    for arrange in arranges {
        let fit = Fit { scale, arrange };
        let scene = lay_out_fitted(data, index, width, None, lang, look, fit)?;
        if best.as_ref().is_none_or(|(b, _)| scene.height < b.height) {
            best = Some((scene, fit));
        }
    }
    best
}
