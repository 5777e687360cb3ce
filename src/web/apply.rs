//! The core's answers applied to the page: the timer and the hash, the
//! drawing on the canvas, then one patch of the elements (`interact::view`:
//! region buttons, controls, live region, tooltip), the table, the tooltip's
//! place, the scroll and focus, in that order.

use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement};

#[cfg(feature = "table")]
use super::table::fill_table;
use super::canvas::Canvas;
use super::dom::{document, emit, now, outer_size, page_address, reveal, top_of, view_of, window};
use super::page::Dom;
use super::Instance;
use crate::interact::view::template::*;
use crate::interact::view::{self, Patch};
use crate::interact::{Answer, Draw, FocusTarget, HostEvent, Keep, Tip};
use crate::render::backing::Backing;
use crate::render::draw;
use crate::scene::Rect;

impl Instance {
    /// Applies one answer; returns whether the event was the graphic's.
    pub(super) fn apply(&self, answer: Answer) -> bool {
        if let Some(at) = answer.wake_at {
            self.set_timer(at);
        }
        if let Some(hash) = &answer.write_hash {
            self.write_hash(hash);
        }
        #[cfg(feature = "later")]
        if answer.load_words {
            self.load_words();
        }
        // Until the first drawing there is nothing on the page to update: the
        // core keeps the state, and the first drawing shows it.
        let Some(dom) = self.dom.get() else { return answer.handled };
        // An element that must stay under the reader's finger: where it is now.
        let kept = answer.keep.map(|keep| (keep, self.kept_top(dom, keep)));
        let data = crate::dataset();
        let mut p = Patch::default();
        if answer.draw.is_some() || answer.tip == Some(Tip::Hide) {
            view::hide_tip(&mut p);
        }
        if let Some(draw) = &answer.draw {
            if !self.paint(dom, draw) {
                // A handler drew again meanwhile: that drawing is the current
                // one, and the host still hears of this change.
                self.tell_host(&answer);
                return answer.handled;
            }
            view::drawn(&mut p, data, draw, &dom.tip_id);
        }
        if let Some(roving) = answer.roving {
            view::roving(&mut p, self.core.borrow().scene().map_or(0, |s| s.hits.len()), roving);
        }
        if let Some((slide, lang)) = answer.controls {
            let relabel = self.labelled.replace(Some(lang)) != Some(lang);
            view::controls(&mut p, data, slide, lang, relabel);
            #[cfg(feature = "kiosk")]
            if let Some(playing) = self.playing.get().filter(|_| relabel) {
                view::play(&mut p, data, lang, playing);
            }
        }
        if let Some(text) = &answer.announce {
            p.text(LIVE, text);
        }
        #[cfg(feature = "later")]
        if let Some(text) = &answer.said {
            p.text(LIVE, text);
            p.text(HINT, text);
        }
        #[cfg(feature = "kiosk")]
        self.apply_kiosk(&mut p, &answer);
        if let Some(Tip::Show { rect, explanation, pinned, .. }) = &answer.tip {
            view::show_tip(&mut p, explanation, *rect, *pinned, &crate::scene::keep(data));
        }
        dom.apply(&p);
        #[cfg(feature = "kiosk")]
        self.applied_kiosk(dom, &answer);
        if answer.controls.is_some() {
            self.update_table();
        }
        match answer.tip {
            // One layout read per new target; pointer moves reuse the size.
            Some(Tip::Show { rect, anchor, .. }) => {
                let size = match outer_size(&dom.get(TOOLTIP))[..] {
                    [w, h] => (w, h),
                    _ => (0.0, 0.0),
                };
                self.tip.set((rect, size, self.tip.get().2));
                self.place_tip(dom, anchor.0, true);
            }
            Some(Tip::Move { anchor }) => self.place_tip(dom, anchor.0, false),
            Some(Tip::Hide) | None => {}
        }
        if answer.reveal {
            reveal(&self.shell.root);
        }
        if let Some((keep, before)) = kept {
            let moved = self.kept_top(dom, keep) - before;
            if moved != 0.0 {
                window().scroll_by_with_x_and_y(0.0, moved);
            }
        }
        self.tell_host(&answer);
        if let Some(target) = answer.focus {
            self.move_focus(dom, target);
        }
        answer.handled
    }

    /// Paints a drawing on the canvas; false when a nested drawing overtook it.
    fn paint(&self, dom: &Dom, d: &Draw) -> bool {
        let scene = &d.scene;
        let canvas: HtmlCanvasElement = dom.get(CANVAS);
        let current = self.backing.get().filter(|(_, r)| *r == d.dpr).map(|(b, _)| b);
        let backing = Backing::for_scene(current, scene.width, scene.height);
        let (bw, bh) = backing.device_pixels(d.dpr);
        if current != Some(backing) {
            canvas.set_width(bw);
            canvas.set_height(bh);
            let mut p = Patch::default();
            p.px(CANVAS, "width", backing.width);
            p.px(CANVAS, "height", backing.height);
            dom.apply(&p);
            self.backing.set(Some((backing, d.dpr)));
        }
        #[cfg(feature = "kiosk")]
        self.show_scale(dom, d.scale);
        let font = self.core.borrow().look().font_family.clone();
        match dom.context() {
            Ok(context) => {
                let mut backend = Canvas::new(context.unchecked_ref(), (bw, bh));
                // Reported once: a page that makes every drawing fail gets one message.
                if let Err(e) = draw(scene, &mut backend, d.dpr, &font) {
                    if !self.reported.replace(true) {
                        web_sys::console::error_1(&format!("zones-infographic: drawing slide {} failed: {e}", d.slide + 1).into());
                    }
                }
            }
            Err(e) => web_sys::console::error_2(&"zones-infographic: no canvas to draw on".into(), &e),
        }
        // Removing a focused button fires focus events, whose handlers may draw again.
        let mut trim = Patch::default();
        trim.trim(MARKS, scene.hits.len());
        dom.apply(&trim);
        self.core.borrow().generation() == d.generation
    }

    /// The host's events of an answer, on the container.
    fn tell_host(&self, answer: &Answer) {
        let slides = crate::dataset().slides.len();
        for event in &answer.host {
            match event {
                HostEvent::Ready { slide, lang } => emit(&self.shell.container, "ready", *slide, slides, lang.code(), ""),
                HostEvent::Slide { slide, lang } => emit(&self.shell.container, "slide", *slide, slides, lang.code(), ""),
                HostEvent::Lang { slide, lang } => emit(&self.shell.container, "lang", *slide, slides, lang.code(), ""),
                HostEvent::Figure(id) => emit(&self.shell.container, "figure", 0, 0, "", id),
            }
        }
    }

    /// Where a kept element's top is on screen (a layout read).
    fn kept_top(&self, dom: &Dom, keep: Keep) -> f64 {
        match keep {
            Keep::LangSwitch => top_of(&dom.get(LANG)),
        }
    }

    /// The data table is built while it is open, so slide changes do not
    /// pay for a table nobody reads. The kiosk build shows no data disclosure
    /// (kiosk.css), and builds no table.
    pub(super) fn update_table(&self) {
        #[cfg(feature = "table")]
        self.fill_table();
    }

    #[cfg(feature = "table")]
    fn fill_table(&self) {
        let Some(dom) = self.dom.get() else { return };
        let (slide, lang) = {
            let core = self.core.borrow();
            (core.slide(), core.lang())
        };
        let failed = crate::story::copy::word(crate::dataset(), crate::data::Msg::TableFailed, lang);
        fill_table(&dom.get(TABLE_WRAP), slide, lang.code(), failed);
    }

    /// Places the tooltip by its figure, inside the part of the stage on
    /// screen (`view::place`). The part on screen is read when the tooltip is
    /// shown and kept while the pointer moves over the same figure: a move
    /// reads no layout.
    fn place_tip(&self, dom: &Dom, anchor_x: f64, shown: bool) {
        let (frame, size, mut view) = self.tip.get();
        let stage_w = self.core.borrow().scene().map_or(0.0, |s| s.width);
        if shown {
            let kiosk = self.core.borrow().kiosk();
            view = match view_of(&dom.get(STAGE), &dom.get(CONTROLS), kiosk)[..] {
                [x, y, w, h] if w > 0.0 => Rect { x, y, w, h },
                _ => Rect { x: 0.0, y: 0.0, w: stage_w, h: f64::INFINITY },
            };
            self.tip.set((frame, size, view));
        }
        let mut p = Patch::default();
        view::place(&mut p, frame, anchor_x, size, stage_w, view);
        dom.apply(&p);
    }

    fn move_focus(&self, dom: &Dom, target: FocusTarget) {
        let element: Option<HtmlElement> = match target {
            FocusTarget::Mark(i) => dom.get::<HtmlElement>(MARKS).children().item(i as u32).map(JsCast::unchecked_into),
            FocusTarget::Prev => Some(dom.get(PREV)),
            FocusTarget::Next => Some(dom.get(NEXT)),
            FocusTarget::Other => None,
        };
        if let Some(el) = element {
            let focused = document().active_element().is_some_and(|a| &a == el.unchecked_ref::<web_sys::Element>());
            if !focused {
                let _ = el.focus();
            }
        }
    }

    /// Calls the core back at `at` (ms), in place of a pending call; the page's
    /// address is noted, so a hash is not written over a page the host has
    /// moved to meanwhile.
    fn set_timer(&self, at: f64) {
        self.cancel_timer();
        if let Some(ticker) = &*self.ticker.borrow() {
            let delay = (at - now()).max(0.0).ceil() as i32;
            if let Ok(timer) = window().set_timeout_with_callback_and_timeout_and_arguments_0(ticker.as_ref().unchecked_ref(), delay) {
                *self.pending.borrow_mut() = Some((timer, page_address()));
            }
        }
    }

    pub(super) fn cancel_timer(&self) {
        if let Some((timer, _)) = self.pending.borrow_mut().take() {
            window().clear_timeout_with_handle(timer);
        }
    }

    /// The hash in place of the current history entry, keeping its state.
    fn write_hash(&self, hash: &str) {
        if let Ok(history) = window().history() {
            let _ = history.state().and_then(|state| history.replace_state_with_url(&state, "", Some(hash)));
        }
    }
}
