//! The graphic's elements: the stage with its canvas and the layers over it
//! (region buttons, highlight, tooltip), the controls, the data table and the
//! live region. They are built once per page from the template
//! (`interact::view::template`, one line an element). A mounted graphic
//! copies the root and the block its resize observer watches at once, and
//! the rest at its first drawing: a graphic mounted hidden costs two
//! elements. Patches from the core are applied to them here (`js/patch.js`).

use std::cell::{OnceCell, RefCell};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement, HtmlElement};

use super::dom::element;
use crate::interact::view::template::{CANVAS, TEMPLATE, TOOLTIP};
use crate::interact::view::{El, Patch};

/// What a graphic has from its mount on.
pub struct Shell {
    /// The host's element; its CSS custom properties style the graphic.
    pub container: HtmlElement,
    pub root: HtmlElement,
    /// The block the resize observer watches (see `TEMPLATE`).
    pub sizer: HtmlElement,
}

/// The rest of the graphic's elements, from its first drawing on.
pub struct Dom {
    /// Every element in the order of `TEMPLATE`, the root first: what a
    /// patch's edits address.
    els: js_sys::Array,
    /// The id of the tooltip, unique per graphic (several may share a page).
    pub tip_id: String,
    /// The canvas's 2D context, asked for at the first drawing.
    context: OnceCell<CanvasRenderingContext2d>,
}

#[wasm_bindgen(module = "/src/web/js/patch.js")]
extern "C" {
    /// Applies a patch's edits (`view::encode`) to the elements.
    #[wasm_bindgen(js_name = patch)]
    fn apply_edits(els: &js_sys::Array, edits: &str);
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
    for (depth, tag, class, attributes) in TEMPLATE.iter() {
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
    if all.length() as usize + 1 != TEMPLATE.len() {
        return Err(JsValue::from_str("the graphic's elements were changed before it was drawn"));
    }
    let els = js_sys::Array::of1(&shell.root);
    for k in 0..all.length() {
        els.push(&all.item(k).into());
    }
    let dom = Dom { els, tip_id: format!("zi-tip-{}", (js_sys::Math::random() * 1e12) as i64), context: OnceCell::new() };
    let mut p = Patch::default();
    p.attr(TOOLTIP, "id", &dom.tip_id);
    dom.apply(&p);
    Ok(dom)
}

impl Dom {
    /// An element of the template, as the type its tag makes it.
    pub fn get<T: JsCast>(&self, el: El) -> T {
        self.els.get(el.at as u32).unchecked_into()
    }

    /// Applies a patch to the elements.
    pub fn apply(&self, patch: &Patch) {
        if !patch.is_empty() {
            apply_edits(&self.els, patch.as_str());
        }
    }

    /// The canvas's 2D context, asked for once. Every scene paints its own
    /// background, so the canvas is opaque: the compositor need not blend it.
    pub fn context(&self) -> Result<&CanvasRenderingContext2d, JsValue> {
        if let Some(context) = self.context.get() {
            return Ok(context);
        }
        let opaque = web_sys::ContextAttributes2d::new();
        opaque.set_alpha(false);
        let context: CanvasRenderingContext2d = self
            .get::<HtmlCanvasElement>(CANVAS)
            .get_context_with_context_options("2d", &opaque)?
            .ok_or_else(|| JsValue::from_str("this browser gives no 2D canvas context"))?
            .unchecked_into();
        Ok(self.context.get_or_init(|| context))
    }
}
