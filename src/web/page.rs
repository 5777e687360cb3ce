//! The graphic's elements: the stage with its canvas and the layers over it
//! (region buttons, highlight, tooltip), the controls, the data table and the
//! live region. They are built once per page as a template. A mounted graphic
//! copies the root and the block its resize observer watches at once, and the
//! rest at its first drawing: a graphic mounted hidden costs two elements.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use std::cell::OnceCell;

use web_sys::{CanvasRenderingContext2d, HtmlButtonElement, HtmlCanvasElement, HtmlElement};

use super::dom::element;

/// What a graphic has from its mount on.
pub struct Shell {
    /// The host's element; its CSS custom properties style the graphic.
    pub container: HtmlElement,
    pub root: HtmlElement,
    /// An empty full-width block whose size follows only the available width:
    /// the resize observer watches it, so drawing (which changes the graphic's
    /// height) never re-triggers the observer.
    pub sizer: HtmlElement,
}

/// The rest of the graphic's elements, from its first drawing on, in the
/// order of `ELEMENTS` (the root left out); each is named by a method below.
pub struct Dom {
    els: Vec<HtmlElement>,
    /// The canvas's 2D context, asked for at the first drawing.
    context: OnceCell<CanvasRenderingContext2d>,
}

/// A method per element, by its index in `ELEMENTS`.
macro_rules! elements {
    ($($(#[$doc:meta])* $name:ident: $ty:ty = $index:expr;)*) => {
        impl Dom {
            $($(#[$doc])* pub fn $name(&self) -> &$ty {
                self.els[$index - 1].unchecked_ref()
            })*
        }
    };
}

elements! {
    live: HtmlElement = 2;
    /// Back, the steps and Next, above the drawing (sticky while it scrolls).
    controls: HtmlElement = 3;
    prev: HtmlButtonElement = 4;
    /// One button per slide, made at the first drawing.
    steps: HtmlElement = 5;
    /// Next, or "start again" on the last slide: both labels are laid out in
    /// one place and one is hidden, so the button keeps its width.
    next: HtmlButtonElement = 6;
    next_go: HtmlElement = 7;
    next_again: HtmlElement = 8;
    /// The kiosk's pause and play button, and its progress bar (shown in kiosk mode only).
    #[cfg(feature = "kiosk")]
    play: HtmlButtonElement = 9;
    #[cfg(feature = "kiosk")]
    progress: HtmlElement = 10;
    stage: HtmlElement = 11;
    /// The slide's title as a heading, laid over the drawn one.
    title: HtmlElement = 12;
    /// Clips the canvas to the scene: its bitmap may be larger (see `Backing`).
    paint: HtmlElement = 13;
    canvas: HtmlCanvasElement = 14;
    marks: HtmlElement = 15;
    highlight: HtmlElement = 16;
    tooltip: HtmlElement = 17;
    tip_close: HtmlButtonElement = 18;
    /// The tooltip's text, which scrolls when the tooltip is cut to the room on screen.
    tip_body: HtmlElement = 19;
    tip_kicker: HtmlElement = 20;
    tip_headline: HtmlElement = 21;
    tip_detail: HtmlElement = 22;
    tip_quote: HtmlElement = 23;
    tip_gloss: HtmlElement = 24;
    tip_source: HtmlElement = 25;
    table: HtmlElement = 27;
    table_summary: HtmlElement = 28;
    /// The downloads of the slide shown: a button per kind of file (its
    /// `data-save` names it) and one that copies the link to the slide, and
    /// the line that says what happened.
    save: HtmlElement = 29;
    save_link: HtmlElement = 33;
    save_note: HtmlElement = 34;
    table_wrap: HtmlElement = 35;
    lang: HtmlButtonElement = 36;
}

/// The graphic's elements in document order: tag, class, and the index of the
/// parent in this list (the root, first, goes into the host's container).
const ELEMENTS: [(&str, &str, usize); 37] = [
    ("div", "zi", 0),
    // The block the resize observer watches (see `Shell`).
    ("div", "zi-sizer", 0),
    ("p", "zi-live", 0),
    ("div", "zi-controls", 0),
    ("button", "zi-prev", 3),
    ("div", "zi-steps", 3),
    ("button", "zi-next", 3),
    ("span", "zi-go", 6),
    ("span", "zi-again", 6),
    ("button", "zi-play", 3),
    ("div", "zi-progress", 3),
    ("div", "zi-stage", 0),
    ("h2", "zi-title", 11),
    ("div", "zi-paint", 11),
    ("canvas", "zi-canvas", 13),
    ("div", "zi-marks", 11),
    ("div", "zi-highlight", 11),
    ("div", "zi-tooltip", 11),
    ("button", "zi-tip-close", 17),
    ("div", "zi-tip-body", 17),
    ("p", "zi-tip-kicker", 19),
    ("p", "zi-tip-headline", 19),
    ("p", "zi-tip-detail", 19),
    ("blockquote", "zi-tip-quote", 19),
    ("p", "zi-tip-gloss", 19),
    ("p", "zi-tip-source", 19),
    ("div", "zi-foot", 0),
    ("details", "zi-data", 26),
    ("summary", "zi-data-summary", 27),
    ("div", "zi-save", 27),
    ("button", "zi-png", 29),
    ("button", "zi-svg", 29),
    ("button", "zi-csv", 29),
    ("button", "zi-link", 29),
    ("p", "zi-save-note", 29),
    ("div", "zi-table-wrap", 27),
    ("button", "zi-lang", 26),
];

/// Attributes the elements start with, by index in `ELEMENTS`.
const ATTRIBUTES: [(usize, &str, &str); 29] = [
    (0, "role", "region"),
    // Chinese and English run left to right, whatever the host page's direction.
    (0, "dir", "ltr"),
    // Focusable by script and click (not a tab stop), so arrow keys reach it.
    (0, "tabindex", "-1"),
    (2, "aria-live", "polite"),
    (4, "type", "button"),
    (5, "role", "group"),
    (6, "type", "button"),
    (9, "type", "button"),
    (10, "aria-hidden", "true"),
    (14, "role", "img"),
    (16, "hidden", ""),
    (17, "role", "tooltip"),
    (17, "hidden", ""),
    // For a finger: keyboard and screen-reader users close it with Escape or by moving on.
    (18, "type", "button"),
    (18, "aria-hidden", "true"),
    (18, "tabindex", "-1"),
    (23, "lang", "zh-Hans"),
    (24, "lang", "en"),
    (29, "role", "group"),
    (30, "type", "button"),
    (30, "data-save", "png"),
    (31, "type", "button"),
    (31, "data-save", "svg"),
    (32, "type", "button"),
    (32, "data-save", "csv"),
    (33, "type", "button"),
    (33, "data-save", "link"),
    (34, "aria-live", "polite"),
    (36, "type", "button"),
];

thread_local! {
    /// The elements of one graphic, not in any document: copied for each mount.
    static TEMPLATE: Result<HtmlElement, JsValue> = build_template();
}

fn build_template() -> Result<HtmlElement, JsValue> {
    let mut els: Vec<HtmlElement> = Vec::with_capacity(ELEMENTS.len());
    for (i, (tag, class, parent)) in ELEMENTS.iter().enumerate() {
        let el = element(tag, class)?;
        if i > 0 {
            els[*parent].append_child(&el)?;
        }
        els.push(el);
    }
    for (i, name, value) in ATTRIBUTES {
        els[i].set_attribute(name, value)?;
    }
    Ok(els.swap_remove(0))
}

/// The template's root, copied without its children, with the block the
/// resize observer watches, into `container`.
pub fn build_shell(container: HtmlElement) -> Result<Shell, JsValue> {
    let template = TEMPLATE.with(|t| t.clone())?;
    let root: HtmlElement = template.clone_node()?.unchecked_into();
    let sizer: HtmlElement = template.first_element_child().expect("the template has its sizer").clone_node()?.unchecked_into();
    root.append_child(&sizer)?;
    container.append_child(&root)?;
    Ok(Shell { container, root, sizer })
}

/// The rest of the template, copied into the shell's root.
pub fn build_body(shell: &Shell) -> Result<Dom, JsValue> {
    let template = TEMPLATE.with(|t| t.clone())?;
    let parts = template.children();
    for k in 1..parts.length() {
        if let Some(part) = parts.item(k) {
            shell.root.append_child(&part.clone_node_with_deep(true)?)?;
        }
    }
    // The descendants in document order: `ELEMENTS` without the root.
    let all = shell.root.get_elements_by_tag_name("*");
    let els: Vec<HtmlElement> = (0..all.length()).filter_map(|k| all.item(k)).map(JsCast::unchecked_into).collect();
    if els.len() + 1 != ELEMENTS.len() {
        return Err(JsValue::from_str("the graphic's elements were changed before it was drawn"));
    }
    let dom = Dom { els, context: OnceCell::new() };
    // Unique per instance, so several graphics can share a page.
    dom.tooltip().set_id(&format!("zi-tip-{}", (js_sys::Math::random() * 1e12) as i64));
    Ok(dom)
}

impl Dom {
    /// The canvas's 2D context, asked for once. Every scene paints its own
    /// background, so the canvas is opaque: the compositor need not blend it.
    pub fn context(&self) -> Result<&CanvasRenderingContext2d, JsValue> {
        if let Some(context) = self.context.get() {
            return Ok(context);
        }
        let opaque = web_sys::ContextAttributes2d::new();
        opaque.set_alpha(false);
        let context: CanvasRenderingContext2d = self
            .canvas()
            .get_context_with_context_options("2d", &opaque)?
            .ok_or_else(|| JsValue::from_str("this browser gives no 2D canvas context"))?
            .unchecked_into();
        Ok(self.context.get_or_init(|| context))
    }
}
