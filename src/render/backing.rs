//! How big the canvas bitmap is: it is kept across redraws while the scene fits,
//! since resizing a canvas reallocates its bitmap and the browser's copy of it,
//! which costs a resize more than drawing the slide does.

/// The bitmap's size in whole CSS pixels: at pixel ratio `r` the canvas holds
/// `round(w × r)` by `round(h × r)` device pixels and shows them at `w` by `h`
/// CSS pixels, as a canvas sized exactly for its scene would (one bitmap pixel
/// per device pixel when `w × r` is whole).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Backing {
    pub width: f64,
    pub height: f64,
}

/// A bitmap may hold up to this many times the scene's area before it is
/// replaced by a smaller one (a window made much narrower, a phone rotated).
const MAX_SPARE_AREA: f64 = 2.0;

/// A bitmap that has to grow gets this much more than asked, in each direction
/// that grows, so dragging a window wider reallocates every few frames, not each.
const GROWTH: f64 = 1.125;

impl Backing {
    /// The bitmap to draw a `width` × `height` scene on, given the one the canvas
    /// has (`None` at first, or after the pixel ratio changed). Returns `current`
    /// itself when the scene fits in it.
    pub fn for_scene(current: Option<Backing>, width: f64, height: f64) -> Backing {
        let exact = Backing { width: width.ceil(), height: height.ceil() };
        let Some(cur) = current else { return exact };
        let fits = exact.width <= cur.width && exact.height <= cur.height;
        if fits && cur.area() <= MAX_SPARE_AREA * exact.area() {
            return cur;
        }
        if fits {
            return exact;
        }
        let grow = |need: f64, have: f64| if need > have { need.max((have * GROWTH).ceil()) } else { need.max(have) };
        let grown = Backing { width: grow(exact.width, cur.width), height: grow(exact.height, cur.height) };
        if grown.area() <= MAX_SPARE_AREA * exact.area() {
            grown
        } else {
            exact
        }
    }

    /// The canvas's `width` and `height` attributes: device pixels.
    pub fn device_pixels(&self, ratio: f64) -> (u32, u32) {
        ((self.width * ratio).round() as u32, (self.height * ratio).round() as u32)
    }

    fn area(&self) -> f64 {
        self.width * self.height
    }
}
