//! The graphic's elements: the stage with its canvas and the layers over it
//! (region buttons, highlight, tooltip), the controls, the data table and the
//! live region, built once per mounted graphic.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlButtonElement, HtmlCanvasElement, HtmlElement};

use super::dom::element;

pub struct Dom {
    /// The host's element; its CSS custom properties style the graphic.
    pub container: HtmlElement,
    pub root: HtmlElement,
    pub live: HtmlElement,
    /// An empty full-width block whose size follows only the available width:
    /// the resize observer watches it, so drawing (which changes the graphic's
    /// height) never re-triggers the observer.
    pub sizer: HtmlElement,
    /// Clips the canvas to the scene: its bitmap may be larger (see `Backing`).
    pub paint: HtmlElement,
    pub canvas: HtmlCanvasElement,
    pub context: CanvasRenderingContext2d,
    pub marks: HtmlElement,
    pub highlight: HtmlElement,
    pub tooltip: HtmlElement,
    pub tip_kicker: HtmlElement,
    pub tip_headline: HtmlElement,
    pub tip_detail: HtmlElement,
    pub tip_quote: HtmlElement,
    pub tip_gloss: HtmlElement,
    pub tip_source: HtmlElement,
    pub prev: HtmlButtonElement,
    pub next: HtmlButtonElement,
    pub indicator: HtmlElement,
    pub lang: HtmlButtonElement,
    pub table: HtmlElement,
    pub table_summary: HtmlElement,
    pub table_wrap: HtmlElement,
}

fn button(class: &str) -> Result<HtmlButtonElement, JsValue> {
    let b: HtmlButtonElement = element("button", class)?.unchecked_into();
    b.set_type("button");
    Ok(b)
}

pub fn build_dom(container: HtmlElement) -> Result<Dom, JsValue> {
    let root = element("div", "zi")?;
    root.set_attribute("role", "region")?;
    // Chinese and English run left to right, whatever the host page's direction.
    root.set_attribute("dir", "ltr")?;
    // Focusable by script and click (not a tab stop), so arrow keys reach it.
    root.set_tab_index(-1);
    let live = element("p", "zi-live")?;
    live.set_attribute("aria-live", "polite")?;
    let sizer = element("div", "zi-sizer")?;
    let stage = element("div", "zi-stage")?;
    let paint = element("div", "zi-paint")?;
    let canvas: HtmlCanvasElement = element("canvas", "zi-canvas")?.unchecked_into();
    canvas.set_attribute("role", "img")?;
    // Every scene paints its own background, so the canvas is opaque: the
    // compositor need not blend it.
    let opaque = web_sys::ContextAttributes2d::new();
    opaque.set_alpha(false);
    let context: CanvasRenderingContext2d = canvas
        .get_context_with_context_options("2d", &opaque)?
        .ok_or_else(|| JsValue::from_str("this browser gives no 2D canvas context"))?
        .unchecked_into();
    let marks = element("div", "zi-marks")?;
    let highlight = element("div", "zi-highlight")?;
    highlight.set_hidden(true);
    let tooltip = element("div", "zi-tooltip")?;
    tooltip.set_attribute("role", "tooltip")?;
    // Unique per instance, so several graphics can share a page.
    tooltip.set_id(&format!("zi-tip-{}", (js_sys::Math::random() * 1e12) as u64));
    tooltip.set_hidden(true);
    let tip_kicker = element("p", "zi-tip-kicker")?;
    let tip_headline = element("p", "zi-tip-headline")?;
    let tip_detail = element("p", "zi-tip-detail")?;
    let tip_quote = element("blockquote", "zi-tip-quote")?;
    tip_quote.set_attribute("lang", "zh-Hans")?;
    let tip_gloss = element("p", "zi-tip-gloss")?;
    tip_gloss.set_attribute("lang", "en")?;
    let tip_source = element("p", "zi-tip-source")?;
    for part in [&tip_kicker, &tip_headline, &tip_detail, &tip_quote, &tip_gloss, &tip_source] {
        tooltip.append_child(part)?;
    }
    paint.append_child(&canvas)?;
    for part in [&paint, &marks, &highlight, &tooltip] {
        stage.append_child(part)?;
    }
    let controls = element("div", "zi-controls")?;
    let prev = button("zi-prev")?;
    let indicator = element("span", "zi-indicator")?;
    let next = button("zi-next")?;
    let lang = button("zi-lang")?;
    let nav = element("div", "zi-nav")?;
    nav.append_child(&prev)?;
    nav.append_child(&indicator)?;
    nav.append_child(&next)?;
    controls.append_child(&nav)?;
    controls.append_child(&lang)?;
    let table = element("details", "zi-data")?;
    let table_summary = element("summary", "zi-data-summary")?;
    let table_wrap = element("div", "zi-table-wrap")?;
    table.append_child(&table_summary)?;
    table.append_child(&table_wrap)?;
    for part in [&sizer, &live, &stage, &controls, &table] {
        root.append_child(part)?;
    }
    container.append_child(&root)?;
    Ok(Dom {
        container,
        root,
        live,
        sizer,
        paint,
        canvas,
        context,
        marks,
        highlight,
        tooltip,
        tip_kicker,
        tip_headline,
        tip_detail,
        tip_quote,
        tip_gloss,
        tip_source,
        prev,
        next,
        indicator,
        lang,
        table,
        table_summary,
        table_wrap,
    })
}

