//! A plotters `DrawingBackend` on an HTML canvas 2D context. It writes colours
//! as `#rrggbb` and font sizes in tenths of a pixel with integer arithmetic, and
//! sets a fill, stroke, line width or font only when it changes: no float
//! formatting reaches the wasm module, and a redraw makes few calls into the
//! browser. Lines, paths, polygons and circles are canvas paths, not pixels.

use std::fmt;

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind};
use wasm_bindgen::prelude::*;

use crate::render::{css_color, css_font, TextSizing};

// The 2D context with every call caught: a host page that patches a method to
// throw makes one drawing fail, and its exception never unwinds through the
// module (which would leave its stack and state broken for every graphic).
#[wasm_bindgen]
extern "C" {
    #[wasm_bindgen(js_name = CanvasRenderingContext2D)]
    pub type Context2d;
    #[wasm_bindgen(method, catch, js_name = fillRect)]
    fn fill_rect(this: &Context2d, x: f64, y: f64, w: f64, h: f64) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = strokeRect)]
    fn stroke_rect(this: &Context2d, x: f64, y: f64, w: f64, h: f64) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = fillText)]
    fn fill_text(this: &Context2d, text: &str, x: f64, y: f64) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = beginPath)]
    fn begin_path(this: &Context2d) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = closePath)]
    fn close_path(this: &Context2d) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = moveTo)]
    fn move_to(this: &Context2d, x: f64, y: f64) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, js_name = lineTo)]
    fn line_to(this: &Context2d, x: f64, y: f64) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn arc(this: &Context2d, x: f64, y: f64, r: f64, from: f64, to: f64) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn fill(this: &Context2d) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch)]
    fn stroke(this: &Context2d) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, setter = fillStyle)]
    fn set_fill_style(this: &Context2d, css: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, setter = strokeStyle)]
    fn set_stroke_style(this: &Context2d, css: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, setter = lineWidth)]
    fn set_line_width(this: &Context2d, width: f64) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, setter = font)]
    fn set_font(this: &Context2d, font: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, setter = textAlign)]
    fn set_text_align(this: &Context2d, align: &str) -> Result<(), JsValue>;
    #[wasm_bindgen(method, catch, setter = textBaseline)]
    fn set_text_baseline(this: &Context2d, baseline: &str) -> Result<(), JsValue>;
}

/// What the canvas refused, for the console.
#[derive(Debug)]
pub struct CanvasError(&'static str);

impl fmt::Display for CanvasError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0)
    }
}

impl std::error::Error for CanvasError {}

/// One redraw of a canvas whose backing store is `size` device pixels.
pub struct Canvas<'a> {
    context: &'a Context2d,
    size: (u32, u32),
    fill: String,
    stroke: String,
    line_width: Option<u32>,
    font: String,
}

/// Nothing to draw: plotters' backends skip a fully transparent colour.
fn invisible(color: BackendColor) -> bool {
    color.alpha == 0.0
}

/// A call the canvas threw on.
fn thrown(_: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError("the canvas threw while drawing"))
}

type Drawn = Result<(), DrawingErrorKind<CanvasError>>;

impl<'a> Canvas<'a> {
    pub fn new(context: &'a Context2d, size: (u32, u32)) -> Self {
        Canvas { context, size, fill: String::new(), stroke: String::new(), line_width: None, font: String::new() }
    }

    fn set_fill(&mut self, color: BackendColor) -> Drawn {
        let css = css_color(color);
        if css != self.fill {
            self.context.set_fill_style(&css).map_err(thrown)?;
            self.fill = css;
        }
        Ok(())
    }

    fn set_stroke(&mut self, color: BackendColor, width: u32) -> Drawn {
        let css = css_color(color);
        if css != self.stroke {
            self.context.set_stroke_style(&css).map_err(thrown)?;
            self.stroke = css;
        }
        if self.line_width != Some(width) {
            self.context.set_line_width(f64::from(width)).map_err(thrown)?;
            self.line_width = Some(width);
        }
        Ok(())
    }

    /// Starts a path through `points`; false when there are none.
    fn trace<I: IntoIterator<Item = BackendCoord>>(&self, points: I) -> Result<bool, DrawingErrorKind<CanvasError>> {
        let mut points = points.into_iter();
        let Some(start) = points.next() else { return Ok(false) };
        self.context.begin_path().map_err(thrown)?;
        self.context.move_to(f64::from(start.0), f64::from(start.1)).map_err(thrown)?;
        for point in points {
            self.context.line_to(f64::from(point.0), f64::from(point.1)).map_err(thrown)?;
        }
        Ok(true)
    }
}

impl TextSizing for Canvas<'_> {
    const FONT_SIZE_FACTOR: f64 = 1.0;
}

impl DrawingBackend for Canvas<'_> {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        self.size
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<CanvasError>> {
        if invisible(color) {
            return Ok(());
        }
        self.set_fill(color)?;
        self.context.fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0).map_err(thrown)
    }

    fn draw_line<S: BackendStyle>(&mut self, from: BackendCoord, to: BackendCoord, style: &S) -> Result<(), DrawingErrorKind<CanvasError>> {
        if invisible(style.color()) {
            return Ok(());
        }
        self.set_stroke(style.color(), style.stroke_width())?;
        self.trace([from, to])?;
        self.context.stroke().map_err(thrown)
    }

    fn draw_rect<S: BackendStyle>(&mut self, upper_left: BackendCoord, bottom_right: BackendCoord, style: &S, fill: bool) -> Result<(), DrawingErrorKind<CanvasError>> {
        if invisible(style.color()) {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (f64::from(bottom_right.0 - upper_left.0), f64::from(bottom_right.1 - upper_left.1));
        if fill {
            self.set_fill(style.color())?;
            self.context.fill_rect(x, y, w, h).map_err(thrown)
        } else {
            self.set_stroke(style.color(), style.stroke_width())?;
            self.context.stroke_rect(x, y, w, h).map_err(thrown)
        }
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, path: I, style: &S) -> Result<(), DrawingErrorKind<CanvasError>> {
        if invisible(style.color()) {
            return Ok(());
        }
        self.set_stroke(style.color(), style.stroke_width())?;
        if self.trace(path)? {
            self.context.stroke().map_err(thrown)?;
        }
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(&mut self, vertices: I, style: &S) -> Result<(), DrawingErrorKind<CanvasError>> {
        if invisible(style.color()) {
            return Ok(());
        }
        self.set_fill(style.color())?;
        if self.trace(vertices)? {
            self.context.close_path().map_err(thrown)?;
            self.context.fill().map_err(thrown)?;
        }
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(&mut self, center: BackendCoord, radius: u32, style: &S, fill: bool) -> Result<(), DrawingErrorKind<CanvasError>> {
        if invisible(style.color()) {
            return Ok(());
        }
        if fill {
            self.set_fill(style.color())?;
        } else {
            self.set_stroke(style.color(), style.stroke_width())?;
        }
        self.context.begin_path().map_err(thrown)?;
        self.context.arc(f64::from(center.0), f64::from(center.1), f64::from(radius), 0.0, std::f64::consts::TAU).map_err(thrown)?;
        if fill {
            self.context.fill().map_err(thrown)
        } else {
            self.context.stroke().map_err(thrown)
        }
    }

    fn draw_text<S: BackendTextStyle>(&mut self, text: &str, style: &S, pos: BackendCoord) -> Result<(), DrawingErrorKind<CanvasError>> {
        if invisible(style.color()) {
            return Ok(());
        }
        let font = css_font(style.style().as_str(), style.size(), style.family().as_str());
        if font != self.font {
            self.context.set_font(&font).map_err(thrown)?;
            self.font = font;
        }
        self.set_fill(style.color())?;
        let anchor = style.anchor();
        self.context
            .set_text_align(match anchor.h_pos {
                HPos::Left => "left",
                HPos::Center => "center",
                HPos::Right => "right",
            })
            .map_err(thrown)?;
        self.context
            .set_text_baseline(match anchor.v_pos {
                VPos::Top => "top",
                VPos::Center => "middle",
                VPos::Bottom => "bottom",
            })
            .map_err(thrown)?;
        self.context.fill_text(text, f64::from(pos.0), f64::from(pos.1)).map_err(thrown)
    }
}
