//! The core's answers applied to the page: the timer and the hash, then the
//! drawing on the canvas and its region buttons, the controls, the table, the
//! live region, the tooltip and focus, in that order.

use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::access;
use super::canvas::Canvas;
use super::dom::{document, emit, outer_size, page_address, reveal, set_px, top_of, view_of, window};
use super::page::Dom;
use super::Instance;
use crate::interact::{place_tip, Answer, Draw, FocusTarget, HostEvent, Keep, Tip};
use crate::scene::Rect;
use crate::render::backing::Backing;
use crate::render::draw;
use crate::story::lang::Lang;
use crate::story::Explanation;

impl Instance {
    /// Applies one answer; returns whether the event was the graphic's.
    pub(super) fn apply(&self, answer: Answer) -> bool {
        if let Some(at) = answer.wake_at {
            self.set_timer(at);
        }
        if let Some(hash) = &answer.write_hash {
            self.write_hash(hash);
        }
        // Until the first drawing there is nothing on the page to update: the
        // core keeps the state, and the first drawing shows it.
        let Some(dom) = self.dom.get() else { return answer.handled };
        // An element that must stay under the reader's finger: where it is now.
        let kept = answer.keep.map(|keep| (keep, self.kept_top(dom, keep)));
        if answer.draw.is_some() || answer.tip == Some(Tip::Hide) {
            self.hide_tip(dom);
        }
        if let Some(draw) = &answer.draw {
            if !self.paint(dom, draw) {
                // A handler drew again meanwhile: that drawing is the current
                // one, and the host still hears of this change.
                self.tell_host(&answer);
                return answer.handled;
            }
        }
        if let Some(roving) = answer.roving {
            access::set_roving(&dom.marks(), roving);
        }
        if let Some((slide, lang)) = answer.controls {
            self.update_controls(dom, slide, lang);
            self.update_table();
        }
        if let Some(text) = &answer.announce {
            dom.live().set_text_content(Some(text));
        }
        #[cfg(feature = "kiosk")]
        self.apply_kiosk(dom, &answer);
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
        match answer.tip {
            Some(Tip::Show { rect, anchor, explanation, pinned, .. }) => {
                let _ = dom.tooltip().class_list().toggle_with_force("zi-pinned", pinned);
                self.fill_tip(dom, &explanation, rect);
                set_px(&dom.highlight(), "left", rect.x - 3.0);
                set_px(&dom.highlight(), "top", rect.y - 3.0);
                set_px(&dom.highlight(), "width", rect.w + 6.0);
                set_px(&dom.highlight(), "height", rect.h + 6.0);
                dom.highlight().set_hidden(false);
                self.place_tip(dom, anchor.0, true);
            }
            Some(Tip::Move { anchor }) => self.place_tip(dom, anchor.0, false),
            Some(Tip::Hide) | None => {}
        }
        if let Some(target) = answer.focus {
            self.move_focus(dom, target);
        }
        answer.handled
    }

    /// Paints a drawing and places its region buttons; false when a nested
    /// drawing overtook it.
    fn paint(&self, dom: &Dom, d: &Draw) -> bool {
        let scene = &d.scene;
        let canvas = &dom.canvas();
        let current = self.backing.get().filter(|(_, r)| *r == d.dpr).map(|(b, _)| b);
        let backing = Backing::for_scene(current, scene.width, scene.height);
        let (bw, bh) = backing.device_pixels(d.dpr);
        if current != Some(backing) {
            canvas.set_width(bw);
            canvas.set_height(bh);
            set_px(canvas.unchecked_ref(), "width", backing.width);
            set_px(canvas.unchecked_ref(), "height", backing.height);
            self.backing.set(Some((backing, d.dpr)));
        }
        set_px(&dom.paint(), "width", scene.width);
        set_px(&dom.paint(), "height", scene.height);
        #[cfg(feature = "kiosk")]
        self.show_scale(d.scale);
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
        let _ = canvas.set_attribute("aria-label", &d.label);
        let (title, r) = (dom.title(), scene.title);
        title.set_text_content(Some(&d.title));
        set_px(&title, "left", r.x);
        set_px(&title, "top", r.y);
        set_px(&title, "width", r.w);
        set_px(&title, "height", r.h);
        // Removing a focused button fires focus events, whose handlers may draw again.
        access::trim_marks(&dom.marks(), scene.hits.len());
        if self.core.borrow().generation() != d.generation {
            return false;
        }
        let _ = access::sync_marks(&dom.marks(), scene, crate::dataset(), d.lang, d.roving, &dom.tooltip().id());
        true
    }

    /// The host's events of an answer, on the container.
    fn tell_host(&self, answer: &Answer) {
        let slides = crate::dataset().slides.len();
        for event in &answer.host {
            match event {
                HostEvent::Ready { slide, lang } => emit(&self.shell.container, "ready", *slide, slides, lang.code(), ""),
                HostEvent::Slide { slide, lang } => emit(&self.shell.container, "slide", *slide, slides, lang.code(), ""),
                HostEvent::Figure(id) => emit(&self.shell.container, "figure", 0, 0, "", id),
            }
        }
    }

    /// Where a kept element's top is on screen (a layout read).
    fn kept_top(&self, dom: &Dom, keep: Keep) -> f64 {
        match keep {
            Keep::LangSwitch => top_of(dom.lang()),
        }
    }

    /// The controls for a slide: which step is current, whether Next starts
    /// again and Back is disabled; and, when the language changed, every label.
    fn update_controls(&self, dom: &Dom, slide: usize, lang: Lang) {
        let data = crate::dataset();
        let n = data.slides.len();
        let d = dom;
        if self.labelled.replace(Some(lang)) != Some(lang) {
            self.label_controls(d, lang);
        }
        let _ = d.next().toggle_attribute_with_force("data-last", slide + 1 >= n);
        let steps = d.steps().children();
        for k in 0..steps.length() {
            if let Some(step) = steps.item(k) {
                let current = k as usize == slide;
                if step.has_attribute("aria-current") != current {
                    let _ = if current { step.set_attribute("aria-current", "step") } else { step.remove_attribute("aria-current") };
                }
            }
        }
        d.prev().set_disabled(slide == 0);
    }

    /// Every label of the controls in `lang` (attributes the CSS reads, such as
    /// `lang`, are written only here: writing them restyles the graphic).
    fn label_controls(&self, d: &Dom, lang: Lang) {
        let data = crate::dataset();
        let c = crate::story::controls(data, lang);
        d.prev().set_text_content(Some("‹"));
        let _ = d.prev().set_attribute("aria-label", &c.back);
        d.next_go().set_text_content(Some(&c.next));
        d.next_again().set_text_content(Some(&c.again));
        let _ = d.steps().set_attribute("aria-label", &c.steps);
        let steps = d.steps().children();
        for (k, name) in c.step_names.iter().enumerate() {
            let step: HtmlElement = match steps.item(k as u32) {
                Some(kept) => kept.unchecked_into(),
                None => {
                    let Ok(step) = super::dom::text_element("button", "zi-step", &(k + 1).to_string()) else { return };
                    let _ = step.set_attribute("type", "button");
                    let _ = step.set_attribute("data-step", &k.to_string());
                    let _ = d.steps().append_child(&step);
                    step
                }
            };
            let _ = step.set_attribute("aria-label", name);
            let _ = step.set_attribute("title", name);
        }
        #[cfg(feature = "kiosk")]
        self.label_play(lang);
        let _ = d.save().set_attribute("aria-label", &c.save);
        let buttons = d.save().children();
        for (k, label) in c.save_buttons.iter().enumerate() {
            if let Some(b) = buttons.item(k as u32) {
                b.set_text_content(Some(label));
            }
        }
        // The switch is labelled in the language it switches to.
        d.lang().set_text_content(Some(&c.switch));
        let _ = d.lang().set_attribute("lang", c.switch_tag);
        let _ = self.shell.root.set_attribute("lang", c.tag);
        let _ = self.shell.root.set_attribute("aria-label", &c.graphic);
    }

    /// The data table is built while it is open (and its summary line always),
    /// so slide changes do not pay for a table nobody reads.
    pub(super) fn update_table(&self) {
        let Some(dom) = self.dom.get() else { return };
        let (slide, lang) = {
            let core = self.core.borrow();
            (core.slide(), core.lang())
        };
        let open = dom.table().has_attribute("open");
        let _ = access::fill_table(&dom.table_summary(), &dom.table_wrap(), crate::dataset(), slide, lang, open);
    }

    fn fill_tip(&self, dom: &Dom, ex: &Explanation, frame: Rect) {
        let d = dom;
        let _ = d.tooltip().style().remove_property("max-height");
        d.tip_body().set_scroll_top(0);
        d.tip_kicker().set_text_content(Some(&ex.kicker));
        d.tip_headline().set_text_content(Some(&ex.headline));
        d.tip_detail().set_text_content(Some(&ex.detail));
        d.tip_quote().set_text_content(ex.quote.as_ref().map(|q| format!("“{q}”")).as_deref());
        d.tip_quote().set_hidden(ex.quote.is_none());
        d.tip_gloss().set_text_content(ex.gloss.as_deref());
        d.tip_gloss().set_hidden(ex.gloss.is_none());
        d.tip_source().set_text_content(Some(&ex.source));
        let _ = d.tooltip().class_list().toggle_with_force("zi-derived", ex.derived);
        d.tooltip().set_hidden(false);
        // One layout read per new target; pointer moves reuse the size.
        let size = outer_size(&d.tooltip());
        let (_, _, view) = self.tip.get();
        self.tip.set((frame, (size.first().copied().unwrap_or(0.0), size.get(1).copied().unwrap_or(0.0)), view));
    }

    /// Places the tooltip by its figure, inside the part of the stage on
    /// screen, cut to the room there when it does not fit (its text then
    /// scrolls). The part on screen is read when the tooltip is shown and kept
    /// while the pointer moves over the same figure: a move reads no layout.
    fn place_tip(&self, dom: &Dom, anchor_x: f64, shown: bool) {
        let (frame, size, mut view) = self.tip.get();
        let stage_w = self.core.borrow().scene().map_or(0.0, |s| s.width);
        if shown {
            let kiosk = self.core.borrow().kiosk();
            view = match view_of(&dom.stage(), &dom.controls(), kiosk)[..] {
                [x, y, w, h] if w > 0.0 => Rect { x, y, w, h },
                _ => Rect { x: 0.0, y: 0.0, w: stage_w, h: f64::INFINITY },
            };
            self.tip.set((frame, size, view));
        }
        let tip = place_tip(frame, anchor_x, size, stage_w, view);
        let t = &dom.tooltip();
        set_px(t, "left", tip.x);
        set_px(t, "top", tip.y);
        let cut = tip.h < size.1;
        if cut {
            set_px(t, "max-height", tip.h);
        }
        let _ = t.class_list().toggle_with_force("zi-cut", cut);
    }

    fn hide_tip(&self, dom: &Dom) {
        dom.tooltip().set_hidden(true);
        dom.highlight().set_hidden(true);
    }

    fn move_focus(&self, dom: &Dom, target: FocusTarget) {
        let element: Option<HtmlElement> = match target {
            FocusTarget::Mark(i) => dom.marks().children().item(i as u32).map(JsCast::unchecked_into),
            FocusTarget::Prev => Some(dom.prev().clone().into()),
            FocusTarget::Next => Some(dom.next().clone().into()),
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
            let delay = (at - js_sys::Date::now()).max(0.0).ceil() as i32;
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
