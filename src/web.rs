//! The browser layer: mounts the graphic in a host element, draws scenes on a
//! canvas through plotters-canvas, and turns pointer and key events into slide
//! changes and tooltips. All state lives in one instance; `destroy` frees it.

use std::cell::RefCell;
use std::rc::{Rc, Weak};

use plotters_canvas::CanvasBackend;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{Document, Event, EventTarget, HtmlButtonElement, HtmlCanvasElement, HtmlElement, KeyboardEvent, PointerEvent, ResizeObserver};

use crate::dataset::Dataset;
use crate::layout::layout_slide;
use crate::look::Look;
use crate::options::Options;
use crate::render::{draw, TextSizing};
use crate::scene::{Rect, Scene};
use crate::story::{self, Target};
use crate::text::Lang;

impl TextSizing for CanvasBackend {
    const FONT_SIZE_FACTOR: f64 = 1.0;
}

fn window() -> web_sys::Window {
    web_sys::window().expect("the graphic runs in a browser window")
}

fn document() -> Document {
    window().document().expect("a browser window has a document")
}

fn element(tag: &str, class: &str) -> Result<HtmlElement, JsValue> {
    let el: HtmlElement = document().create_element(tag)?.dyn_into()?;
    el.set_class_name(class);
    Ok(el)
}

fn set_px(el: &HtmlElement, property: &str, value: f64) {
    // CSSOM writes are allowed under a strict style-src Content-Security-Policy.
    let _ = el.style().set_property(property, &format!("{value}px"));
}

/// An event listener that removes itself when dropped.
struct Listener {
    target: EventTarget,
    event: &'static str,
    closure: Closure<dyn FnMut(Event)>,
}

impl Listener {
    fn new(target: &EventTarget, event: &'static str, f: impl FnMut(Event) + 'static) -> Result<Listener, JsValue> {
        let closure = Closure::<dyn FnMut(Event)>::new(f);
        target.add_event_listener_with_callback(event, closure.as_ref().unchecked_ref())?;
        Ok(Listener { target: target.clone(), event, closure })
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.event, self.closure.as_ref().unchecked_ref());
    }
}

struct Dom {
    root: HtmlElement,
    canvas: HtmlCanvasElement,
    highlight: HtmlElement,
    tooltip: HtmlElement,
    tip_kicker: HtmlElement,
    tip_headline: HtmlElement,
    tip_detail: HtmlElement,
    tip_quote: HtmlElement,
    tip_source: HtmlElement,
    prev: HtmlButtonElement,
    next: HtmlButtonElement,
    indicator: HtmlElement,
}

struct State {
    slide: usize,
    lang: Lang,
    scene: Option<Scene>,
    /// The width the scene was laid out for, in CSS pixels.
    width: f64,
    dpr: f64,
    shown: Option<Target>,
}

struct Instance {
    data: Dataset,
    look: Look,
    dom: Dom,
    state: RefCell<State>,
    listeners: RefCell<Vec<Listener>>,
    observer: RefCell<Option<(ResizeObserver, Closure<dyn FnMut(js_sys::Array)>)>>,
}

/// One mounted graphic.
#[wasm_bindgen]
pub struct Infographic {
    inner: Rc<Instance>,
}

// Public methods, exported to JavaScript.
#[wasm_bindgen]
impl Infographic {
    /// Mounts the graphic inside `container`. `options` is JSON such as
    /// `{"lang":"en","slide":1}`. On bad input the container shows the error and
    /// the error is returned.
    #[wasm_bindgen(constructor)]
    pub fn new(container: HtmlElement, options: Option<String>) -> Result<Infographic, JsValue> {
        let mounted = Options::from_json(options.as_deref().unwrap_or(""))
            .and_then(|o| Dataset::embedded().map(|d| (o, d)).map_err(|e| e.to_string()));
        let (options, data) = match mounted {
            Ok(v) => v,
            Err(message) => {
                let p = element("p", "zi-error")?;
                p.set_attribute("role", "alert")?;
                p.set_text_content(Some(&message));
                container.append_child(&p)?;
                return Err(JsValue::from_str(&message));
            }
        };
        let slide = options.slide.min(data.slides.len() - 1);
        let dom = build_dom(&container)?;
        let mut look = Look::default();
        if let Some(family) = window()
            .get_computed_style(&dom.root)
            .ok()
            .flatten()
            .and_then(|s| s.get_property_value("--zi-font").ok())
            .filter(|f| !f.trim().is_empty())
        {
            // The host's own font stack, set as a CSS custom property.
            look.font_family = family.trim().to_string();
        }
        let inner = Rc::new(Instance {
            data,
            look,
            dom,
            state: RefCell::new(State { slide, lang: options.lang, scene: None, width: 0.0, dpr: 1.0, shown: None }),
            listeners: RefCell::new(Vec::new()),
            observer: RefCell::new(None),
        });
        wire(&inner)?;
        inner.redraw();
        inner.update_controls();
        Ok(Infographic { inner })
    }

    pub fn next(&self) {
        let s = self.inner.state.borrow().slide;
        self.inner.show(s + 1);
    }

    pub fn prev(&self) {
        let s = self.inner.state.borrow().slide;
        if s > 0 {
            self.inner.show(s - 1);
        }
    }

    /// Shows slide `index` (zero-based); out-of-range indexes are clamped.
    pub fn show(&self, index: usize) {
        self.inner.show(index);
    }

    pub fn slide(&self) -> usize {
        self.inner.state.borrow().slide
    }

    #[wasm_bindgen(js_name = slideCount)]
    pub fn slide_count(&self) -> usize {
        self.inner.data.slides.len()
    }

    /// "zh" or "en".
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&self, code: &str) -> Result<(), JsValue> {
        let lang = Lang::parse(code).ok_or_else(|| JsValue::from_str(&format!("setLanguage: \"{code}\" is not one of \"zh\", \"en\"")))?;
        self.inner.state.borrow_mut().lang = lang;
        self.inner.hide_tip();
        self.inner.redraw();
        self.inner.update_controls();
        Ok(())
    }

    /// The pickable regions of the slide on screen, as JSON
    /// `[{"target":"figure:nc-stations","x":..,"y":..,"w":..,"h":..}]` in CSS pixels.
    pub fn regions(&self) -> String {
        let state = self.inner.state.borrow();
        let Some(scene) = &state.scene else { return "[]".into() };
        let items: Vec<String> = scene
            .hits
            .iter()
            .map(|h| format!(r#"{{"target":"{}","x":{},"y":{},"w":{},"h":{}}}"#, target_key(&h.target), h.rect.x, h.rect.y, h.rect.w, h.rect.h))
            .collect();
        format!("[{}]", items.join(","))
    }

    /// Removes the graphic, its listeners and its observer from the page.
    pub fn destroy(&self) {
        self.inner.listeners.borrow_mut().clear();
        if let Some((observer, _)) = self.inner.observer.borrow_mut().take() {
            observer.disconnect();
        }
        self.inner.dom.root.remove();
        self.inner.state.borrow_mut().scene = None;
    }
}

fn target_key(target: &Target) -> String {
    match target {
        Target::Figure(id) => format!("figure:{id}"),
        Target::Coverage { zone, theme } => format!("coverage:{zone}/{theme}"),
        Target::Ratio { of, per } => format!("ratio:{of}/{per}"),
    }
}

fn build_dom(container: &HtmlElement) -> Result<Dom, JsValue> {
    let root = element("div", "zi")?;
    // Focusable, so the arrow keys work once a reader has tabbed into the graphic.
    root.set_tab_index(0);
    root.set_attribute("role", "region")?;
    root.set_attribute("aria-roledescription", "interactive chart")?;
    let stage = element("div", "zi-stage")?;
    let canvas: HtmlCanvasElement = document().create_element("canvas")?.dyn_into()?;
    canvas.set_class_name("zi-canvas");
    canvas.set_attribute("role", "img")?;
    let highlight = element("div", "zi-highlight")?;
    highlight.set_hidden(true);
    let tooltip = element("div", "zi-tooltip")?;
    tooltip.set_attribute("role", "tooltip")?;
    tooltip.set_hidden(true);
    let tip_kicker = element("p", "zi-tip-kicker")?;
    let tip_headline = element("p", "zi-tip-headline")?;
    let tip_detail = element("p", "zi-tip-detail")?;
    let tip_quote = element("blockquote", "zi-tip-quote")?;
    tip_quote.set_attribute("lang", "zh-Hans")?;
    let tip_source = element("p", "zi-tip-source")?;
    for part in [&tip_kicker, &tip_headline, &tip_detail, &tip_quote, &tip_source] {
        tooltip.append_child(part)?;
    }
    stage.append_child(&canvas)?;
    stage.append_child(&highlight)?;
    stage.append_child(&tooltip)?;
    let controls = element("div", "zi-controls")?;
    let prev: HtmlButtonElement = element("button", "zi-prev")?.dyn_into()?;
    prev.set_type("button");
    let indicator = element("span", "zi-indicator")?;
    indicator.set_attribute("aria-live", "polite")?;
    let next: HtmlButtonElement = element("button", "zi-next")?.dyn_into()?;
    next.set_type("button");
    controls.append_child(&prev)?;
    controls.append_child(&indicator)?;
    controls.append_child(&next)?;
    root.append_child(&stage)?;
    root.append_child(&controls)?;
    container.append_child(&root)?;
    Ok(Dom { root, canvas, highlight, tooltip, tip_kicker, tip_headline, tip_detail, tip_quote, tip_source, prev, next, indicator })
}

/// Connects events to the instance. Closures hold a weak reference, so dropping
/// the instance is never blocked by its own listeners.
fn wire(inner: &Rc<Instance>) -> Result<(), JsValue> {
    let weak = Rc::downgrade(inner);
    let with = move |f: fn(&Instance, Event)| {
        let weak: Weak<Instance> = weak.clone();
        move |e: Event| {
            if let Some(inst) = weak.upgrade() {
                f(&inst, e)
            }
        }
    };
    let dom = &inner.dom;
    let mut listeners = vec![
        Listener::new(&dom.prev, "click", with(|i, _| i.step(-1)))?,
        Listener::new(&dom.next, "click", with(|i, _| i.step(1)))?,
        Listener::new(&dom.canvas, "pointermove", with(|i, e| i.on_pointer(e, false)))?,
        Listener::new(&dom.canvas, "pointerdown", with(|i, e| i.on_pointer(e, true)))?,
        Listener::new(&dom.canvas, "pointerleave", with(|i, e| {
            if e.dyn_ref::<PointerEvent>().is_some_and(|p| p.pointer_type() == "mouse") {
                i.hide_tip();
            }
        }))?,
        Listener::new(&dom.root, "keydown", with(|i, e| i.on_key(e)))?,
    ];
    // A tap anywhere outside the graphic closes its tooltip.
    listeners.push(Listener::new(&document(), "pointerdown", with(|i, e| {
        let inside = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|n| i.dom.root.contains(Some(&n)));
        if !inside {
            i.hide_tip();
        }
    }))?);
    *inner.listeners.borrow_mut() = listeners;

    let weak = Rc::downgrade(inner);
    let on_resize = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
        if let Some(inst) = weak.upgrade() {
            inst.redraw_if_resized();
        }
    });
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    observer.observe(&inner.dom.root);
    *inner.observer.borrow_mut() = Some((observer, on_resize));
    Ok(())
}

// Rust-only helpers.
impl Instance {
    fn show(&self, index: usize) {
        let index = index.min(self.data.slides.len() - 1);
        if self.state.borrow().slide == index {
            return;
        }
        self.state.borrow_mut().slide = index;
        self.hide_tip();
        self.redraw();
        self.update_controls();
    }

    fn step(&self, delta: i32) {
        let s = self.state.borrow().slide as i32 + delta;
        if s >= 0 {
            self.show(s as usize);
        }
    }

    fn redraw_if_resized(&self) {
        let width = f64::from(self.dom.root.client_width());
        let dpr = window().device_pixel_ratio();
        let state = self.state.borrow();
        let changed = (width.floor() != state.width) || dpr != state.dpr;
        drop(state);
        if changed {
            self.hide_tip();
            self.redraw();
        }
    }

    /// Lays out the current slide for the root's width and paints it. A root that
    /// is not displayed (width 0) is drawn later, when the observer sees it grow.
    fn redraw(&self) {
        let width = f64::from(self.dom.root.client_width()).floor();
        let dpr = window().device_pixel_ratio().max(1.0);
        let mut state = self.state.borrow_mut();
        state.width = width;
        state.dpr = dpr;
        if width <= 0.0 {
            return;
        }
        let Some(scene) = layout_slide(&self.data, state.slide, width, state.lang, &self.look) else { return };
        let canvas = &self.dom.canvas;
        canvas.set_width((scene.width * dpr).round() as u32);
        canvas.set_height((scene.height * dpr).round() as u32);
        set_px(canvas.unchecked_ref(), "width", scene.width);
        set_px(canvas.unchecked_ref(), "height", scene.height);
        if let Some(mut backend) = CanvasBackend::with_canvas_object(canvas.clone()) {
            if let Err(e) = draw(&scene, &mut backend, dpr, &self.look.font_family) {
                web_sys::console::error_1(&JsValue::from_str(&format!("drawing slide {}: {e}", state.slide)));
            }
        }
        let slide = &self.data.slides[state.slide];
        let label = format!(
            "{}。{}",
            story::fill_template(&self.data, state.lang.pick(&slide.title), state.lang),
            state.lang.pick(&slide.deck)
        );
        let _ = canvas.set_attribute("aria-label", &label);
        state.width = scene.width;
        state.scene = Some(scene);
    }

    fn update_controls(&self) {
        let state = self.state.borrow();
        let n = self.data.slides.len();
        let (prev, next) = match state.lang {
            Lang::Zh => ("‹ 上一页", "下一页 ›"),
            Lang::En => ("‹ Back", "Next ›"),
        };
        self.dom.prev.set_text_content(Some(prev));
        self.dom.next.set_text_content(Some(next));
        self.dom.prev.set_disabled(state.slide == 0);
        self.dom.next.set_disabled(state.slide + 1 >= n);
        self.dom.indicator.set_text_content(Some(&format!("{} / {n}", state.slide + 1)));
        let _ = self.dom.root.set_attribute("lang", if state.lang == Lang::Zh { "zh-Hans" } else { "en" });
    }

    fn on_pointer(&self, e: Event, pressed: bool) {
        let Some(p) = e.dyn_ref::<PointerEvent>() else { return };
        // Hover shows tooltips for mice; touch and pen show them on a tap.
        if !pressed && p.pointer_type() != "mouse" {
            return;
        }
        let (x, y) = (f64::from(p.offset_x()), f64::from(p.offset_y()));
        let hit = self.state.borrow().scene.as_ref().and_then(|s| s.hit(x, y).cloned());
        match hit {
            Some(hit) => self.show_tip(&hit.target, hit.rect, (x, y)),
            None => self.hide_tip(),
        }
    }

    fn on_key(&self, e: Event) {
        let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
        match k.key().as_str() {
            "ArrowLeft" => self.step(-1),
            "ArrowRight" => self.step(1),
            "Escape" => self.hide_tip(),
            _ => return,
        }
        e.prevent_default();
    }

    fn show_tip(&self, target: &Target, rect: Rect, (x, y): (f64, f64)) {
        let lang = self.state.borrow().lang;
        if self.state.borrow().shown.as_ref() != Some(target) {
            let Some(ex) = story::explain(&self.data, target, lang) else { return };
            let d = &self.dom;
            d.tip_kicker.set_text_content(Some(&ex.kicker));
            d.tip_headline.set_text_content(Some(&ex.headline));
            d.tip_detail.set_text_content(Some(&ex.detail));
            d.tip_quote.set_text_content(ex.quote.as_ref().map(|q| format!("“{q}”")).as_deref());
            d.tip_quote.set_hidden(ex.quote.is_none());
            d.tip_source.set_text_content(Some(&ex.source));
            let _ = d.tooltip.class_list().toggle_with_force("zi-derived", ex.derived);
            d.tooltip.set_hidden(false);
            set_px(&d.highlight, "left", rect.x - 3.0);
            set_px(&d.highlight, "top", rect.y - 3.0);
            set_px(&d.highlight, "width", rect.w + 6.0);
            set_px(&d.highlight, "height", rect.h + 6.0);
            d.highlight.set_hidden(false);
            self.state.borrow_mut().shown = Some(target.clone());
        }
        self.place_tip(x, y);
    }

    /// Puts the tooltip beside the pointer, kept inside the graphic.
    fn place_tip(&self, x: f64, y: f64) {
        let tip = &self.dom.tooltip;
        let (w, h) = (f64::from(tip.offset_width()), f64::from(tip.offset_height()));
        let state = self.state.borrow();
        let (sw, sh) = state.scene.as_ref().map_or((0.0, 0.0), |s| (s.width, s.height));
        let left = (x + 14.0).min(sw - w - 4.0).max(4.0);
        let top = if y + 18.0 + h <= sh { y + 18.0 } else { (y - h - 12.0).max(4.0) };
        set_px(tip, "left", left);
        set_px(tip, "top", top);
    }

    fn hide_tip(&self) {
        if self.state.borrow().shown.is_none() {
            return;
        }
        self.dom.tooltip.set_hidden(true);
        self.dom.highlight.set_hidden(true);
        self.state.borrow_mut().shown = None;
    }
}
