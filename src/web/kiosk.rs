//! The kiosk build's part of the web layer: the pause button and the
//! progress bar, the loop's start over and burn-in shift, the stage shown at
//! the screen's scale, and a kiosk's own listeners. The news embed is built
//! without it.

use std::rc::Rc;

use wasm_bindgen::prelude::*;
use web_sys::Event;

use super::dom::{document, window, Listener};
use super::fault::with;
use super::page::{by_class, Dom};
use super::Instance;
use crate::interact::{Answer, Clock, Input};
use crate::data::Msg;
use crate::story::copy::word;
use crate::story::lang::Lang;

#[wasm_bindgen(module = "/src/web/js/kiosk.js")]
extern "C" {
    /// Fills the progress bar from empty in `ms` (0: stops and empties it).
    fn progress(el: &web_sys::Element, ms: f64);
}

impl Instance {
    /// The kiosk's share of an answer: the loop's clock, its start over and
    /// the picture's shift against burn-in.
    pub(super) fn apply_kiosk(&self, dom: &Dom, answer: &Answer) {
        if let Some(clock) = answer.clock {
            self.update_clock(clock);
        }
        if answer.start_over {
            // The data table closes (the loop's slide change refilled it).
            let _ = dom.table().remove_attribute("open");
        }
        if let Some((x, y)) = answer.shift {
            let _ = self.shell.root.style().set_property("translate", &format!("{}px {}px", x as i64, y as i64));
        }
    }

    /// The stage shown larger on a kiosk's screen (CSS zoom, in thousandths:
    /// formatting a float would link kilobytes of code).
    pub(super) fn show_scale(&self, scale: f64) {
        if self.scale.replace(scale) != scale {
            let _ = self.shell.root.style().set_property("--zi-scale", &((scale * 1000.0).round() as i64).to_string());
        }
    }

    /// The pause and play button, and the progress bar filling in the
    /// slide's time while the loop plays.
    fn update_clock(&self, clock: Clock) {
        self.playing.set(Some(clock.playing));
        if let Ok(bar) = by_class(&self.shell.root, "zi-progress") {
            progress(&bar, if clock.playing { clock.advance_ms } else { 0.0 });
        }
        let lang = self.core.borrow().lang();
        self.label_play(lang);
    }

    pub(super) fn label_play(&self, lang: Lang) {
        let Some(playing) = self.playing.get() else { return };
        let Ok(play) = by_class(&self.shell.root, "zi-play") else { return };
        let label = word(crate::dataset(), if playing { Msg::Pause } else { Msg::Play }, lang);
        play.set_text_content(Some(if playing { "❚❚" } else { "▶" }));
        let _ = play.set_attribute("aria-label", label);
        let _ = play.set_attribute("title", label);
    }
}

/// A kiosk's own: its pause button; any touch, click or key stops the loop;
/// no context menu, selection or dragging; and the system's reduced motion.
pub(super) fn listen(inner: &Rc<Instance>, listeners: &mut Vec<Listener>) -> Result<(), JsValue> {
    let root = &inner.shell.root;
    let play = by_class(root, "zi-play")?;
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

