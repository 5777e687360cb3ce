//! Browser globals and DOM helpers for the web layer: creating elements,
//! and event listeners that remove themselves.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Event, EventTarget, HtmlElement};

#[wasm_bindgen]
extern "C" {
    /// The page's `window`, read once (the graphic runs in a browser window).
    #[wasm_bindgen(thread_local_v2, js_name = window)]
    static WINDOW: web_sys::Window;
}

// Reads of the page's layout (`js/layout.js`): a host may have patched any
// of them to throw, and an exception must never unwind through the module.
#[wasm_bindgen(module = "/src/web/js/layout.js")]
extern "C" {
    /// Whether an element is displayed (no `display: none` on it or above it):
    /// a style check, not a layout. True where the browser cannot tell.
    pub fn is_displayed(element: &web_sys::Element) -> bool;
    /// Text is measured from now on in a font family (the graphic's about to be laid out).
    fn measure_in(family: &str);
    /// Text's width as the canvas sets it; NaN if measuring throws.
    fn measure_text(text: &str, size: f64, bold: bool) -> f64;
    /// An element's `clientWidth`, the zoom it is drawn at (its box on screen
    /// over its CSS size: a host's CSS `zoom` or a scale transform) and its
    /// `clientHeight`; 0, 1 and 0 if reading them throws.
    pub fn width_and_zoom(element: &web_sys::Element) -> Vec<f64>;
    /// Where an event happened in `element`'s own CSS pixels, whatever the zoom
    /// or scale it is drawn at; empty if reading it throws.
    pub fn local_point(element: &web_sys::Element, event: &web_sys::Event) -> Vec<f64>;
    /// An element's `offsetWidth` and `offsetHeight` (0 if reading them throws).
    pub fn outer_size(element: &web_sys::Element) -> Vec<f64>;
    /// Scrolls `el`'s top into view when it is above the screen or under a
    /// host's sticky header (its scroll margin), at the next frame: smoothly,
    /// unless the reader prefers reduced motion. The switch itself forces no layout.
    pub fn reveal(el: &web_sys::Element);
    /// The viewport in `stage`'s coordinates (its own CSS pixels, whatever the
    /// zoom), below `bar` when the bar is stuck to the top, or above it when
    /// it sits `low`, at the foot (a kiosk): x, y, width and height (all 0 if
    /// the page cannot tell).
    pub fn view_of(stage: &web_sys::Element, bar: &web_sys::Element, low: bool) -> Vec<f64>;
    /// The top of an element's box on screen (0 if the page cannot tell).
    pub fn top_of(el: &web_sys::Element) -> f64;
    /// Has `observer` watch `el`'s size; where the page's `observe` throws, a
    /// warning on the console, and `f` is called on each of the window's
    /// resizes until the observer is disconnected.
    pub fn observe(observer: &web_sys::ResizeObserver, el: &web_sys::Element, f: &js_sys::Function);
}

// Events for the host page (`js/host.js`), on the container: bubbling and
// composed, named `zones-infographic:<kind>`; a host listener that throws
// never unwinds through the module.
#[wasm_bindgen(module = "/src/web/js/host.js")]
extern "C" {
    /// Dispatches `zones-infographic:<kind>` on `el`: for "ready" and "slide"
    /// the detail is `{slide, slides, lang}`, for "figure" it is `{id}`.
    pub fn emit(el: &web_sys::Element, kind: &str, slide: usize, slides: usize, lang: &str, id: &str);
}

/// The page's whole address, hash included: what a host's router changes.
pub fn page_address() -> String {
    window().location().href().unwrap_or_default()
}

thread_local! {
    /// The last time `now` read.
    static LAST_NOW: std::cell::Cell<f64> = const { std::cell::Cell::new(0.0) };
}

/// The time, in ms since the epoch (`Date.now()`); the last time read where
/// the page cannot tell (a `Date.now` that throws answers NaN: see
/// scripts/guard-imports.mjs), so that no deadline the core sets is NaN.
pub fn now() -> f64 {
    let t = js_sys::Date::now();
    LAST_NOW.with(|last| {
        if t.is_finite() {
            last.set(t);
        }
        last.get()
    })
}

pub fn window() -> web_sys::Window {
    WINDOW.with(web_sys::Window::clone)
}

pub fn document() -> Document {
    window().document().expect("a browser window has a document")
}

/// A new element with a class; `tag` must be an HTML element name (so the
/// element is an `HtmlElement` without a run-time check).
pub fn element(tag: &str, class: &str) -> Result<HtmlElement, JsValue> {
    let el: HtmlElement = document().create_element(tag)?.unchecked_into();
    el.set_class_name(class);
    Ok(el)
}

/// A new element with a class and text (set as text, never parsed as markup).
pub fn text_element(tag: &str, class: &str, text: &str) -> Result<HtmlElement, JsValue> {
    let el = element(tag, class)?;
    el.set_text_content(Some(text));
    Ok(el)
}

/// A Rust callback that JavaScript calls with an event (timers and observers
/// call it too, with arguments it does not read). `Fn`, so a host handler may
/// dispatch an event that runs it again while it runs.
pub type Callback = Closure<dyn Fn(Event)>;

/// An event listener that removes itself when dropped.
pub struct Listener {
    target: EventTarget,
    event: &'static str,
    closure: Callback,
}

impl Listener {
    pub fn new(target: &EventTarget, event: &'static str, f: impl Fn(Event) + 'static) -> Result<Listener, JsValue> {
        let closure = Callback::new(f);
        target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())?;
        Ok(Listener { target: target.clone(), event, closure })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

/// What the core lays out from now on is measured by the canvas, in `family`
/// (the font family of the graphic about to be laid out).
pub fn measure_by_canvas(family: &str) {
    measure_in(family);
    crate::scene::text::measure_with(Some(measure_text));
}
