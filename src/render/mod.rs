//! Drawing a scene through plotters, generic over its `DrawingBackend`: the same
//! code paints an HTML canvas in the browser and writes an SVG string natively.

use plotters::prelude::SVGBackend;
use plotters_backend::text_anchor::{HPos, Pos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontFamily, FontStyle};

pub mod backing;

use crate::scene::text::text_width;
use crate::scene::{Align, Color, Mark, Scene};

/// A plotters `ShapeStyle`-like colour with a stroke width, for backend calls.
struct Stroke {
    color: Color,
    width: u32,
}

impl BackendStyle for Stroke {
    fn color(&self) -> BackendColor {
        BackendColor { alpha: 1.0, rgb: (self.color.0, self.color.1, self.color.2) }
    }
    fn stroke_width(&self) -> u32 {
        self.width
    }
}

/// The style of one text mark, as a backend reads it: family, size, weight,
/// colour and anchor (horizontally by the mark's alignment, vertically centred).
struct Label<'a> {
    family: &'a str,
    /// In CSS pixels; the backend gets `size × scale × factor`.
    size: f64,
    scale: f64,
    factor: f64,
    bold: bool,
    color: Color,
    align: Align,
}

/// Text is set by the backend (canvas or SVG), never rasterised here.
#[derive(Debug)]
pub struct NotRasterised;

impl std::fmt::Display for NotRasterised {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("text is set by the drawing backend")
    }
}

impl std::error::Error for NotRasterised {}

impl BackendTextStyle for Label<'_> {
    type FontError = NotRasterised;

    fn color(&self) -> BackendColor {
        BackendColor { alpha: 1.0, rgb: (self.color.0, self.color.1, self.color.2) }
    }

    fn size(&self) -> f64 {
        self.size * self.scale * self.factor
    }

    fn style(&self) -> FontStyle {
        if self.bold {
            FontStyle::Bold
        } else {
            FontStyle::Normal
        }
    }

    fn anchor(&self) -> Pos {
        let h = match self.align {
            Align::Start => HPos::Left,
            Align::Middle => HPos::Center,
            Align::End => HPos::Right,
        };
        Pos::new(h, VPos::Center)
    }

    fn family(&self) -> FontFamily<'_> {
        FontFamily::Name(self.family)
    }

    /// The box by the layout's own width estimate, in backend pixels.
    fn layout_box(&self, text: &str) -> Result<((i32, i32), (i32, i32)), NotRasterised> {
        let scale = self.scale;
        let (w, h) = (text_width(text, self.size, self.bold) * scale, self.size * 1.2 * scale);
        Ok(((0, 0), (w.round() as i32, h.round() as i32)))
    }

    fn draw<E, DrawFunc: FnMut(i32, i32, BackendColor) -> Result<(), E>>(&self, _: &str, _: BackendCoord, _: DrawFunc) -> Result<Result<(), E>, NotRasterised> {
        Err(NotRasterised)
    }
}

/// How a backend sizes text. plotters' SVG backend writes `font-size` as the
/// requested size divided by 1.24; the canvas backend uses it as CSS pixels.
pub trait TextSizing {
    const FONT_SIZE_FACTOR: f64;
}

impl TextSizing for SVGBackend<'_> {
    const FONT_SIZE_FACTOR: f64 = 1.24;
}

/// `#rrggbb`, or `rgba(r,g,b,0.aaa)` when the colour is not opaque.
pub fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    if color.alpha >= 1.0 {
        return Color(r, g, b).hex();
    }
    let thousandths = ((color.alpha.max(0.0) * 1000.0).round() as u32).min(999);
    // In one integer type, as the rest of the module formats them.
    let [r, g, b] = [r, g, b].map(u32::from);
    format!("rgba({r},{g},{b},0.{thousandths:03})")
}

/// A CSS font shorthand with the size in pixels to one decimal place.
pub fn css_font(style: &str, size: f64, family: &str) -> String {
    let tenths = (size.max(0.0) * 10.0).round() as u32;
    format!("{style} {}.{}px {family}", tenths / 10, tenths % 10)
}

/// Draws `scene` onto `backend`, multiplying every coordinate by `scale`
/// (the device pixel ratio: the scene stays in CSS pixels).
pub fn draw<B: DrawingBackend + TextSizing>(scene: &Scene, backend: &mut B, scale: f64, font_family: &str) -> Result<(), DrawingErrorKind<B::ErrorType>> {
    let px = |v: f64| (v * scale).round() as i32;
    backend.ensure_prepared()?;
    let bg = Stroke { color: scene.background, width: 1 };
    // The whole backend, when it is larger than the scene: a kept canvas bitmap
    // must show no old or unpainted pixel where the clip edge falls inside a
    // device pixel (pixel ratios such as 1.25), nor in a copy of the canvas.
    let (bw, bh) = backend.get_size();
    backend.draw_rect((0, 0), (px(scene.width).max(bw as i32), px(scene.height).max(bh as i32)), &bg, true)?;
    for mark in &scene.marks {
        match mark {
            Mark::Fill { rect, color } => {
                backend.draw_rect((px(rect.x), px(rect.y)), (px(rect.right()), px(rect.bottom())), &Stroke { color: *color, width: 1 }, true)?;
            }
            Mark::Frame { rect, color, width } => {
                let w = (width * scale).round().max(1.0);
                let inset = w / 2.0;
                let (x0, y0) = ((rect.x * scale + inset).round() as i32, (rect.y * scale + inset).round() as i32);
                let (x1, y1) = ((rect.right() * scale - inset).round() as i32, (rect.bottom() * scale - inset).round() as i32);
                backend.draw_rect((x0, y0), (x1, y1), &Stroke { color: *color, width: w as u32 }, false)?;
            }
            Mark::Line { from, to, color, width } if from.0 != to.0 && from.1 != to.1 => {
                // A diagonal line: the backend's own stroke (a canvas path, an SVG line).
                let w = (width * scale).round().max(1.0) as u32;
                backend.draw_line((px(from.0), px(from.1)), (px(to.0), px(to.1)), &Stroke { color: *color, width: w })?;
            }
            Mark::Line { from, to, color, width } => {
                // Horizontal and vertical lines are thin filled rectangles: crisp on every backend.
                let w = (width * scale).max(1.0);
                let (x0, x1) = (from.0.min(to.0) * scale, from.0.max(to.0) * scale);
                let (y0, y1) = (from.1.min(to.1) * scale, from.1.max(to.1) * scale);
                let (x0, y0, x1, y1) = if y0 == y1 { (x0, y0 - w / 2.0, x1, y0 + w / 2.0) } else { (x0 - w / 2.0, y0, x0 + w / 2.0, y1) };
                backend.draw_rect((x0.round() as i32, y0.round() as i32), (x1.round() as i32, y1.round() as i32), &Stroke { color: *color, width: 1 }, true)?;
            }
            Mark::Dot { centre, radius, color } => {
                let r = (radius * scale).round().max(1.0) as u32;
                backend.draw_circle((px(centre.0), px(centre.1)), r, &Stroke { color: *color, width: 1 }, true)?;
            }
            Mark::Text { x, y, text, size, bold, color, align } => {
                let label = Label { family: font_family, size: *size, scale, factor: B::FONT_SIZE_FACTOR, bold: *bold, color: *color, align: *align };
                // The line box is 1.2 em tall; text is centred in it.
                backend.draw_text(text, &label, (px(*x), px(y + size * 0.6)))?;
            }
        }
    }
    backend.present()
}

/// The scene as an SVG document, at 1 pixel per CSS pixel.
pub fn to_svg(scene: &Scene, font_family: &str) -> String {
    let mut out = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut out, (scene.width as u32, scene.height as u32));
        draw(scene, &mut backend, 1.0, font_family).expect("drawing into a String cannot fail");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn canvas_colours_are_hex_when_opaque_and_rgba_otherwise() {
        assert_eq!(css_color(BackendColor { alpha: 1.0, rgb: (0, 114, 178) }), "#0072b2");
        assert_eq!(css_color(BackendColor { alpha: 0.5, rgb: (255, 0, 9) }), "rgba(255,0,9,0.500)");
        assert_eq!(css_color(BackendColor { alpha: 0.9999, rgb: (1, 2, 3) }), "rgba(1,2,3,0.999)");
        assert_eq!(css_color(BackendColor { alpha: -1.0, rgb: (1, 2, 3) }), "rgba(1,2,3,0.000)");
    }

    #[test]
    fn canvas_fonts_give_the_size_to_a_tenth_of_a_pixel() {
        assert_eq!(css_font("bold", 27.0, "serif"), "bold 27.0px serif");
        assert_eq!(css_font("normal", 13.26, "Noto Sans CJK SC, sans-serif"), "normal 13.3px Noto Sans CJK SC, sans-serif");
        assert_eq!(css_font("normal", 0.04, "serif"), "normal 0.0px serif");
    }
}
