//! The kiosk build's part of the web layer: the pause button and the
//! progress bar, the loop's start over and burn-in shift, the stage shown at
//! the screen's scale, and a kiosk's own listeners. The news embed is built
//! without it.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Event;

use super::dom::{document, window, Listener};
use super::fault::with;
use super::page::Dom;
use super::Instance;
use crate::interact::view::template::{PLAY, PROGRESS, QR_CODE, TABLE};
use crate::interact::view::{self, Patch};
use crate::interact::{Answer, Input};

#[wasm_bindgen(module = "/src/web/js/kiosk.js")]
extern "C" {
    /// Fills the progress bar from empty in `ms` (0: stops and empties it).
    fn progress(el: &web_sys::Element, ms: f64);
    /// Draws the QR code of `link` on the canvas `el` (its encoder loads on demand).
    fn show_qr(el: &web_sys::Element, link: &str);
}

impl Instance {
    /// The kiosk's share of an answer: the loop's clock, its start over and
    /// the picture's shift against burn-in.
    pub(super) fn apply_kiosk(&self, p: &mut Patch, answer: &Answer) {
        if let Some(clock) = answer.clock {
            self.playing.set(Some(clock.playing));
            if let Some(dom) = self.dom.get() {
                progress(&dom.get(PROGRESS), if clock.playing { clock.advance_ms } else { 0.0 });
            }
            view::play(p, crate::dataset(), self.core.borrow().lang(), clock.playing);
        }
        if answer.start_over {
            // The data table closes (the loop's slide change refilled it).
            p.unset(TABLE, "open");
        }
        if let Some(shift) = answer.shift {
            view::shift(p, shift);
        }
        if let Some(link) = &answer.share {
            view::share(p, crate::dataset(), self.core.borrow().lang(), link);
        }
    }

    /// The kiosk's share of an answer once its patch is applied: the QR code
    /// of the slide's link, drawn at the size its shown element takes.
    pub(super) fn applied_kiosk(&self, dom: &Dom, answer: &Answer) {
        if let Some(link) = &answer.share {
            show_qr(&dom.get(QR_CODE), link);
        }
    }

    /// The stage shown larger on a kiosk's screen.
    pub(super) fn show_scale(&self, dom: &Dom, scale: f64) {
        if self.scale.replace(scale) != scale {
            let mut p = Patch::default();
            view::zoom(&mut p, scale);
            dom.apply(&p);
        }
    }
}

/// A kiosk's own: its pause button; any touch, click or key stops the loop;
/// no context menu, selection or dragging; and the system's reduced motion.
pub(super) fn listen(inner: &Rc<Instance>, listeners: &mut Vec<Listener>) -> Result<(), JsValue> {
    let root = &inner.shell.root;
    let Some(dom) = inner.dom.get() else { return Err("the graphic's elements are not built".into()) };
    let play: web_sys::Element = dom.get(PLAY);
    let refuse: fn(&Instance, Event) = |_, e| e.prevent_default();
    let handlers: [(&web_sys::EventTarget, &'static str, fn(&Instance, Event)); 6] = [
        (&play, "click", |i, _| {
            i.dispatch(Input::TogglePlay);
        }),
        (root, "pointerdown", |i, e| {
            // The pause button's own press must not stop the loop it starts.
            let on_play = e.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()).is_some_and(|el| el.class_list().contains("zi-play"));
            if !on_play {
                i.dispatch(Input::Touch);
            }
        }),
        (&document(), "contextmenu", refuse),
        (&document(), "selectstart", refuse),
        (&document(), "dragstart", refuse),
        (&document(), "dblclick", refuse),
    ];
    for (target, event, f) in handlers {
        listeners.push(Listener::new(target, event, with(inner, f))?);
    }
    if let Some(query) = window().match_media("(prefers-reduced-motion: reduce)")? {
        let q = query.clone();
        listeners.push(Listener::new(&query, "change", with(inner, move |i, _| {
            i.dispatch(Input::ReducedMotion(q.matches()));
        }))?);
    }
    Ok(())
}

