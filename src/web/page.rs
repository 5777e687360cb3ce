//! The graphic's elements: the stage with its canvas and the layers over it
//! (region buttons, highlight, tooltip), the controls, the data table and the
//! live region. They are built once per page as a template (`TEMPLATE`, one
//! line an element) and named by their class. A mounted graphic copies the
//! root and the block its resize observer watches at once, and the rest at
//! its first drawing: a graphic mounted hidden costs two elements.

use std::cell::{OnceCell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
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

/// The graphic's elements in document order: depth (the root is 0, its
/// children 1), tag, class and the attributes they start with. An element is
/// added by its line here; the web layer names it by its class (`elements!`).
const TEMPLATE: &[(u8, &str, &str, &[(&str, &str)])] = &[
    // Chinese and English run left to right, whatever the host page's
    // direction; focusable by script and click (not a tab stop), so arrow keys reach it.
    (0, "div", "zi", &[("role", "region"), ("dir", "ltr"), ("tabindex", "-1")]),
    // The block the resize observer watches (see `Shell`).
    (1, "div", "zi-sizer", &[]),
    (1, "p", "zi-live", &[("aria-live", "polite")]),
    (1, "div", "zi-controls", &[]),
    (2, "button", "zi-prev", &[("type", "button")]),
    (2, "div", "zi-steps", &[("role", "group")]),
    (2, "button", "zi-next", &[("type", "button")]),
    (3, "span", "zi-go", &[]),
    (3, "span", "zi-again", &[]),
    // The kiosk's (kiosk.css shows them in the kiosk build).
    (2, "button", "zi-play", &[("type", "button")]),
    (2, "div", "zi-progress", &[("aria-hidden", "true")]),
    (1, "div", "zi-stage", &[]),
    (2, "h2", "zi-title", &[]),
    (2, "div", "zi-paint", &[]),
    (3, "canvas", "zi-canvas", &[("role", "img")]),
    (2, "div", "zi-marks", &[]),
    (2, "div", "zi-highlight", &[("hidden", "")]),
    (2, "div", "zi-tooltip", &[("role", "tooltip"), ("hidden", "")]),
    // For a finger: keyboard and screen-reader users close it with Escape or by moving on.
    (3, "button", "zi-tip-close", &[("type", "button"), ("aria-hidden", "true"), ("tabindex", "-1")]),
    (3, "div", "zi-tip-body", &[]),
    (4, "p", "zi-tip-kicker", &[]),
    (4, "p", "zi-tip-headline", &[]),
    (4, "p", "zi-tip-detail", &[]),
    (4, "blockquote", "zi-tip-quote", &[("lang", "zh-Hans")]),
    (4, "p", "zi-tip-gloss", &[("lang", "en")]),
    (4, "p", "zi-tip-source", &[]),
    (1, "div", "zi-foot", &[]),
    (2, "details", "zi-data", &[]),
    (3, "summary", "zi-data-summary", &[]),
    (3, "div", "zi-save", &[("role", "group")]),
    (4, "button", "zi-png", &[("type", "button"), ("data-save", "png")]),
    (4, "button", "zi-svg", &[("type", "button"), ("data-save", "svg")]),
    (4, "button", "zi-csv", &[("type", "button"), ("data-save", "csv")]),
    (4, "button", "zi-link", &[("type", "button"), ("data-save", "link")]),
    (4, "p", "zi-save-note", &[("aria-live", "polite")]),
    (3, "div", "zi-table-wrap", &[]),
    (2, "button", "zi-lang", &[("type", "button")]),
];

/// Where the element of `class` stands in `TEMPLATE`, found when the crate
/// is compiled (a class that is not there stops the build).
const fn position(class: &str) -> usize {
    let mut i = 0;
    while i < TEMPLATE.len() {
        let (a, b) = (TEMPLATE[i].2.as_bytes(), class.as_bytes());
        if a.len() == b.len() {
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            if k == a.len() {
                return i;
            }
        }
        i += 1;
    }
    panic!("no element of that class in the template")
}

/// The rest of the graphic's elements, from its first drawing on, in the
/// order of `TEMPLATE` (the root left out).
pub struct Dom {
    els: Vec<HtmlElement>,
    /// The canvas's 2D context, asked for at the first drawing.
    context: OnceCell<CanvasRenderingContext2d>,
}

/// A method of `Dom` per element the web layer uses, named, and found by
/// its class when the crate is compiled.
macro_rules! elements {
    ($($(#[$doc:meta])* $name:ident: $ty:ty = $class:literal;)*) => {
        impl Dom {
            $($(#[$doc])* pub fn $name(&self) -> &$ty {
                self.els[const { position($class) - 1 }].unchecked_ref()
            })*
        }
    };
}

elements! {
    live: HtmlElement = "zi-live";
    /// Back, the steps and Next, above the drawing (sticky while it scrolls).
    controls: HtmlElement = "zi-controls";
    prev: HtmlButtonElement = "zi-prev";
    /// One button per slide, made at the first drawing.
    steps: HtmlElement = "zi-steps";
    /// Next, or "start again" on the last slide: both labels are laid out in
    /// one place and one is hidden, so the button keeps its width.
    next: HtmlButtonElement = "zi-next";
    next_go: HtmlElement = "zi-go";
    next_again: HtmlElement = "zi-again";
    stage: HtmlElement = "zi-stage";
    /// The slide's title as a heading, laid over the drawn one.
    title: HtmlElement = "zi-title";
    /// Clips the canvas to the scene: its bitmap may be larger (see `Backing`).
    paint: HtmlElement = "zi-paint";
    canvas: HtmlCanvasElement = "zi-canvas";
    marks: HtmlElement = "zi-marks";
    highlight: HtmlElement = "zi-highlight";
    tooltip: HtmlElement = "zi-tooltip";
    tip_close: HtmlButtonElement = "zi-tip-close";
    /// The tooltip's text, which scrolls when the tooltip is cut to the room on screen.
    tip_body: HtmlElement = "zi-tip-body";
    tip_kicker: HtmlElement = "zi-tip-kicker";
    tip_headline: HtmlElement = "zi-tip-headline";
    tip_detail: HtmlElement = "zi-tip-detail";
    tip_quote: HtmlElement = "zi-tip-quote";
    tip_gloss: HtmlElement = "zi-tip-gloss";
    tip_source: HtmlElement = "zi-tip-source";
    table: HtmlElement = "zi-data";
    table_summary: HtmlElement = "zi-data-summary";
    /// The downloads of the slide shown: a button per kind of file (its
    /// `data-save` names it) and one that copies the link to the slide, and
    /// the line that says what happened.
    save: HtmlElement = "zi-save";
    save_link: HtmlElement = "zi-link";
    save_note: HtmlElement = "zi-save-note";
    table_wrap: HtmlElement = "zi-table-wrap";
    lang: HtmlButtonElement = "zi-lang";
}

/// The first element of `class` inside `root` (the kiosk's own elements).
#[cfg(feature = "kiosk")]
pub fn by_class(root: &HtmlElement, class: &str) -> Result<web_sys::Element, JsValue> {
    root.get_elements_by_class_name(class).item(0).ok_or_else(|| JsValue::from_str("the graphic's elements were changed before it was drawn"))
}

thread_local! {
    /// The elements of one graphic, not in any document: copied for each
    /// mount. Kept once built; a build that failed is tried again at the next mount.
    static BUILT: RefCell<Option<HtmlElement>> = const { RefCell::new(None) };
}

/// The template built (once per page).
fn template() -> Result<HtmlElement, JsValue> {
    if let Some(kept) = BUILT.with(|t| t.borrow().clone()) {
        return Ok(kept);
    }
    // The last element at each depth: the parent of the next one deeper.
    let mut open: Vec<HtmlElement> = Vec::new();
    for (depth, tag, class, attributes) in TEMPLATE {
        let el = element(tag, class)?;
        for (name, value) in attributes.iter() {
            el.set_attribute(name, value)?;
        }
        open.truncate(*depth as usize);
        if let Some(parent) = open.last() {
            parent.append_child(&el)?;
        }
        open.push(el);
    }
    let root = open.swap_remove(0);
    BUILT.with(|t| *t.borrow_mut() = Some(root.clone()));
    Ok(root)
}

/// The template's root, copied without its children, with the block the
/// resize observer watches, into `container`.
pub fn build_shell(container: HtmlElement) -> Result<Shell, JsValue> {
    let template = template()?;
    let root: HtmlElement = template.clone_node()?.unchecked_into();
    let sizer: HtmlElement = template.first_element_child().ok_or("the template has its sizer")?.clone_node()?.unchecked_into();
    root.append_child(&sizer)?;
    container.append_child(&root)?;
    Ok(Shell { container, root, sizer })
}

/// The rest of the template, copied into the shell's root.
pub fn build_body(shell: &Shell) -> Result<Dom, JsValue> {
    let parts = template()?.children();
    for k in 1..parts.length() {
        if let Some(part) = parts.item(k) {
            shell.root.append_child(&part.clone_node_with_deep(true)?)?;
        }
    }
    // The descendants in document order: `TEMPLATE` without the root.
    let all = shell.root.get_elements_by_tag_name("*");
    let els: Vec<HtmlElement> = (0..all.length()).filter_map(|k| all.item(k)).map(JsCast::unchecked_into).collect();
    if els.len() + 1 != TEMPLATE.len() {
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
