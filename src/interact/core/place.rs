//! Where a tooltip goes: beside its figure, inside the stage and the part of
//! it on screen (pure, so that it is tested natively).

use crate::scene::Rect;

/// Where a tooltip of `size` goes for the figure framed by `frame` and a
/// pointer at `anchor_x`, on a stage `stage_w` wide of which `view` is on screen
/// (the viewport in stage coordinates, under any sticky controls). It never
/// covers the figure and stays inside the stage and the view: below the
/// figure, centred on the pointer; else above it (inside the stage, whose top
/// edge meets the controls); else beside it, right or left; else on the side,
/// below or above, with more room, cut to that room (its text then scrolls);
/// where neither has room for its close button and a line (`MIN_ROOM`), over
/// the figure, from the view's top. Returns the tooltip's box.
pub fn place_tip(frame: Rect, anchor_x: f64, size: (f64, f64), stage_w: f64, view: Rect) -> Rect {
    let (w, h) = size;
    const GAP: f64 = 8.0;
    let (x_lo, x_hi) = (view.x.max(0.0) + 4.0, stage_w.min(view.right()) - 4.0);
    let (lo, hi) = (view.y.max(0.0) + 4.0, view.bottom() - 4.0);
    let left = (anchor_x - w / 2.0).min(x_hi - w).max(x_lo);
    let below = (frame.bottom() + GAP).max(lo);
    let above = frame.y - GAP;
    if below + h <= hi {
        return Rect { x: left, y: below, w, h };
    }
    if above - h >= lo {
        return Rect { x: left, y: (above - h).min(hi - h), w, h };
    }
    if h <= hi - lo {
        let top = frame.y.min(hi - h).max(lo);
        if frame.right() + GAP + w <= x_hi {
            return Rect { x: frame.right() + GAP, y: top, w, h };
        }
        if frame.x - GAP - w >= x_lo {
            return Rect { x: frame.x - GAP - w, y: top, w, h };
        }
    }
    /// The least room a tooltip cut to it keeps: its 44 px close button and a line.
    const MIN_ROOM: f64 = 64.0;
    if (hi - below).max(above - lo) < MIN_ROOM {
        return Rect { x: left, y: lo, w, h: h.min(hi - lo).max(0.0) };
    }
    if hi - below >= above - lo {
        Rect { x: left, y: below, w, h: (hi - below).max(0.0) }
    } else {
        Rect { x: left, y: lo, w, h: (above - lo).max(0.0) }
    }
}
