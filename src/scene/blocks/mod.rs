//! One module per kind of block, each laying out its marks and hit regions;
//! `lay_out` is the one place a slide's blocks are told apart. A new kind is a
//! variant of `BlockSpec` and a module here, and the compiler names every other
//! match that must learn it (all are exhaustive).

mod bars;
mod coverage;
mod notes;
mod tiles;

use super::builder::Builder;
use crate::data::{BlockSpec, SlideSpec};

/// Lays out one block of `slide` at the builder's cursor.
pub(super) fn lay_out(b: &mut Builder, slide: &SlideSpec, block: &BlockSpec) {
    if let Some(heading) = block.heading() {
        b.block_heading(b.lang.pick(heading).to_string());
    }
    match block {
        BlockSpec::Coverage => b.coverage(),
        BlockSpec::Bars { figures, .. } => b.bars(figures),
        BlockSpec::Stats { figures, .. } => b.figure_tiles(figures, false),
        BlockSpec::Flow { figures, .. } => b.figure_tiles(figures, true),
        BlockSpec::Ratios { ratios, .. } => b.ratio_tiles(ratios),
        BlockSpec::Said { figures, .. } => b.said(figures),
        BlockSpec::Notes => b.notes(slide),
    }
}
