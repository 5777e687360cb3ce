//! DOM events turned into core events: clicks, pointers, keys, focus, the
//! hash, the system's dark mode, the container's size and the pixel ratio.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Event, EventTarget, HtmlElement, KeyboardEvent, PointerEvent, ResizeObserver};

use super::dom::{document, page_address, window, Callback, Listener};
use super::fault::with;
use super::Instance;
use crate::interact::options::{whole, DeepLink, ThemeChoice};
use crate::interact::view::template::{CANVAS, LANG, NEXT, PREV, SAVE, STEPS, TABLE, TIP_CLOSE};
use crate::interact::{FocusTarget, Input, Key, Phase, PointerKind};

// The pixel ratio's watch (`js/pixel-ratio.js`): the ratio changes alone with
// browser zoom on a fixed-width page or a window moved to another screen.
#[wasm_bindgen(module = "/src/web/js/pixel-ratio.js")]
extern "C" {
    pub type PixelRatioWatch;
    /// Calls `f` after each change of the pixel ratio, until stopped.
    fn watch_pixel_ratio(f: &js_sys::Function) -> PixelRatioWatch;
    #[wasm_bindgen(method)]
    pub fn stop(this: &PixelRatioWatch);
}

/// At mount: the resize observer, which draws the graphic once it has a
/// width, and the core's timer.
pub fn observe(inner: &Rc<Instance>) -> Result<(), JsValue> {
    // A timer callback gets no argument and a resize observer's gets its
    // entries, both unread: the listeners' closure type serves them too.
    *inner.ticker.borrow_mut() = Some(Callback::new(with(inner, |i, _| {
        let armed_on = i.pending.borrow_mut().take().map(|(_, page)| page);
        let hash = window().location().hash().unwrap_or_default();
        i.dispatch(Input::Tick { page_moved: armed_on.is_some_and(|page| page != page_address()), hash });
    })));
    let on_resize = Callback::new(with(inner, |i, _| {
        i.dispatch(i.measure());
    }));
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    super::dom::observe(&observer, &inner.shell.sizer, on_resize.as_ref().unchecked_ref());
    *inner.observer.borrow_mut() = Some((observer, None, on_resize));
    Ok(())
}

/// At the first drawing: the reader's pointer, keys, focus and clicks, the
/// hash, the system's dark mode and the pixel ratio.
pub fn listen(inner: &Rc<Instance>) -> Result<(), JsValue> {
    let Some(dom) = inner.dom.get() else { return Err("the graphic's elements are not built".into()) };
    let root = &inner.shell.root;
    let handlers: [(&EventTarget, &'static str, fn(&Instance, Event)); 16] = [
        (&dom.get::<EventTarget>(PREV), "click", |i, _| {
            i.dispatch(Input::Prev);
        }),
        (&dom.get::<EventTarget>(NEXT), "click", |i, _| {
            i.dispatch(Input::Advance);
        }),
        (&dom.get::<EventTarget>(STEPS), "click", |i, e| {
            let step = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.get_attribute("data-step"));
            if let Some(k) = step.as_deref().and_then(whole) {
                i.dispatch(Input::Show(k));
            }
        }),
        (&dom.get::<EventTarget>(TIP_CLOSE), "click", |i, _| {
            i.dispatch(Input::CloseTip);
        }),
        (&dom.get::<EventTarget>(LANG), "click", |i, _| {
            i.dispatch(Input::ToggleLang);
        }),
        (&dom.get::<EventTarget>(CANVAS), "pointermove", |i, e| pointer(i, e, Phase::Move)),
        (&dom.get::<EventTarget>(CANVAS), "pointerdown", |i, e| pointer(i, e, Phase::Down)),
        (&dom.get::<EventTarget>(CANVAS), "pointerup", |i, e| pointer(i, e, Phase::Up)),
        (&dom.get::<EventTarget>(CANVAS), "pointerleave", |i, e| pointer(i, e, Phase::Leave)),
        (root, "keydown", |i, e| {
            let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
            let on_mark = matches!(focus_target(i, &e), FocusTarget::Mark(_));
            if i.dispatch(Input::Key { key: Key::from_name(&k.key()), on_mark }) {
                e.prevent_default();
            }
        }),
        (root, "focusin", |i, e| {
            i.dispatch(Input::Focus(focus_target(i, &e)));
        }),
        (root, "focusout", |i, e| {
            i.dispatch(Input::Blur(focus_target(i, &e)));
        }),
        (&dom.get::<EventTarget>(TABLE), "toggle", |i, _| i.update_table()),
        (&dom.get::<EventTarget>(SAVE), "click", |i, e| {
            let kind = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).and_then(|el| el.get_attribute("data-save"));
            if let Some(kind) = kind {
                i.save(&kind);
            }
        }),
        // A press anywhere outside the graphic closes its tooltip.
        // The event's path, not its target: inside a shadow root the target is
        // the shadow host.
        (&document(), "pointerdown", |i, e| {
            let inside = e.composed_path().includes(i.shell.root.as_ref(), 0);
            if !inside {
                i.dispatch(Input::PressOutside);
            }
        }),
        (&window(), "hashchange", |i, _| {
            if i.options.hash {
                i.dispatch(Input::HashChanged(DeepLink::parse(&window().location().hash().unwrap_or_default())));
            }
        }),
    ];
    let mut listeners = Vec::with_capacity(handlers.len() + 8);
    for (target, event, f) in handlers {
        listeners.push(Listener::new(target, event, with(inner, f))?);
    }
    #[cfg(feature = "kiosk")]
    if inner.core.borrow().kiosk() {
        super::kiosk::listen(inner, &mut listeners)?;
    }
    if inner.options.theme == ThemeChoice::Auto {
        if let Some(query) = window().match_media("(prefers-color-scheme: dark)")? {
            listeners.push(Listener::new(&query, "change", with(inner, |i, _| {
                let look = i.read_look();
                i.dispatch(Input::Look(look));
            }))?);
            *inner.dark_query.borrow_mut() = Some(query);
        }
    }
    *inner.listeners.borrow_mut() = listeners;
    if let Some((_, watch @ None, on_resize)) = &mut *inner.observer.borrow_mut() {
        *watch = Some(watch_pixel_ratio(on_resize.as_ref().unchecked_ref()));
    }
    Ok(())
}

fn pointer(i: &Instance, e: Event, phase: Phase) {
    let Some(p) = e.dyn_ref::<PointerEvent>() else { return };
    let kind = PointerKind::from_name(&p.pointer_type());
    let Some(dom) = i.dom.get() else { return };
    // In the canvas's own CSS pixels: `offsetX` is off under a host's CSS zoom.
    if let [x, y] = super::dom::local_point(&dom.get::<web_sys::Element>(CANVAS), &e)[..] {
        i.dispatch(Input::Pointer { x, y, kind, phase });
    }
}

/// What an event's target is among the graphic's focusable elements.
fn focus_target(i: &Instance, e: &Event) -> FocusTarget {
    let Some(el) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return FocusTarget::Other };
    if let Some(index) = el.get_attribute("data-i").as_deref().and_then(whole) {
        return FocusTarget::Mark(index);
    }
    let Some(dom) = i.dom.get() else { return FocusTarget::Other };
    let is = |at| el == dom.get::<HtmlElement>(at);
    if is(PREV) {
        FocusTarget::Prev
    } else if is(NEXT) {
        FocusTarget::Next
    } else {
        FocusTarget::Other
    }
}
