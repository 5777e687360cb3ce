//! The scene: a slide laid out as marks in CSS pixels, plus the hit regions that
//! tie picked pixels to figures. What is drawn and what is picked come from here.

use crate::story::Target;
use super::text::text_width;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Color(pub u8, pub u8, pub u8);

impl Color {
    /// `#rrggbb`, written digit by digit (the module links no hex formatting).
    pub fn hex(&self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        let mut out = String::with_capacity(7);
        out.push('#');
        for v in [self.0, self.1, self.2] {
            out.push(DIGITS[usize::from(v >> 4)] as char);
            out.push(DIGITS[usize::from(v & 15)] as char);
        }
        out
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Rect {
    pub x: f64,
    pub y: f64,
    pub w: f64,
    pub h: f64,
}

impl Rect {
    pub fn contains(&self, px: f64, py: f64) -> bool {
        px >= self.x && px <= self.x + self.w && py >= self.y && py <= self.y + self.h
    }
    pub fn right(&self) -> f64 {
        self.x + self.w
    }
    pub fn bottom(&self) -> f64 {
        self.y + self.h
    }
    pub fn overlaps(&self, other: &Rect) -> bool {
        self.x < other.right() && other.x < self.right() && self.y < other.bottom() && other.y < self.bottom()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Start,
    Middle,
    End,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mark {
    Fill { rect: Rect, color: Color },
    Frame { rect: Rect, color: Color, width: f64 },
    /// A straight line; horizontal and vertical ones are drawn as crisp
    /// filled rectangles, any other through the backend's line.
    Line { from: (f64, f64), to: (f64, f64), color: Color, width: f64 },
    /// A filled circle, such as a point of a dot plot.
    Dot { centre: (f64, f64), radius: f64, color: Color },
    /// A single line of text; `y` is the top of the line box.
    Text { x: f64, y: f64, text: String, size: f64, bold: bool, color: Color, align: Align },
}

impl Mark {
    /// Moves the mark `dy` pixels down.
    pub fn shift(&mut self, dy: f64) {
        match self {
            Mark::Fill { rect, .. } | Mark::Frame { rect, .. } => rect.y += dy,
            Mark::Line { from, to, .. } => {
                from.1 += dy;
                to.1 += dy;
            }
            Mark::Dot { centre, .. } => centre.1 += dy,
            Mark::Text { y, .. } => *y += dy,
        }
    }

    /// The lowest pixel the mark reaches.
    pub fn bottom(&self) -> f64 {
        match self {
            Mark::Fill { rect, .. } | Mark::Frame { rect, .. } => rect.bottom(),
            Mark::Line { from, to, .. } => from.1.max(to.1),
            Mark::Dot { centre, radius, .. } => centre.1 + radius,
            Mark::Text { y, size, .. } => y + size * 1.2,
        }
    }

    /// The box a text mark occupies (by the layout's width estimate).
    pub fn text_box(&self) -> Option<Rect> {
        match self {
            Mark::Text { x, y, text, size, bold, align, .. } => {
                let w = text_width(text, *size, *bold);
                let left = match align {
                    Align::Start => *x,
                    Align::Middle => x - w / 2.0,
                    Align::End => x - w,
                };
                Some(Rect { x: left, y: *y, w, h: *size * 1.2 })
            }
            _ => None,
        }
    }
}

/// A region a reader can point at, and what it stands for.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub rect: Rect,
    pub target: Target,
    /// What the highlight frames when it differs from the region: the text of a
    /// figure written in a title, whose region is grown to a thumb's size.
    pub outline: Option<Rect>,
}

impl Hit {
    pub fn new(rect: Rect, target: Target) -> Hit {
        Hit { rect, target, outline: None }
    }

    /// The box to highlight when the region is picked.
    pub fn frame(&self) -> Rect {
        self.outline.unwrap_or(self.rect)
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Scene {
    pub width: f64,
    pub height: f64,
    pub background: Color,
    pub marks: Vec<Mark>,
    pub hits: Vec<Hit>,
    /// The box of the slide's title lines: the page keeps it in view, and lays
    /// the slide's heading over it for screen readers.
    pub title: Rect,
}

impl Scene {
    /// Which region is under a point in CSS pixels, if any.
    pub fn hit(&self, x: f64, y: f64) -> Option<&Hit> {
        self.hits.iter().find(|h| h.rect.contains(x, y))
    }
}
