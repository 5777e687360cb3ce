//! The browser layer: mounts the graphic in a host element, draws scenes on a
//! canvas through plotters, and turns pointer, touch and key events into
//! slide changes and tooltips. All state lives in one instance; `destroy` frees it.

mod access;
mod canvas;
mod dom;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{CanvasRenderingContext2d, Event, HtmlButtonElement, HtmlCanvasElement, HtmlElement, KeyboardEvent, MediaQueryList, PointerEvent, ResizeObserver};

use self::dom::{document, element, set_px, text_element, window, Callback, Listener};
use crate::dataset::Dataset;
use crate::layout::{layout_slide, story_height};
use crate::look::Look;
use crate::options::{DeepLink, Options, ThemeChoice};
use crate::render::draw;
use self::canvas::Canvas;
use crate::backing::Backing;
use crate::scene::{Rect, Scene};
use crate::story::{self, Target};
use crate::text::Lang;

/// A swipe needs this many CSS pixels of mostly horizontal travel.
const SWIPE_PX: f64 = 50.0;

/// The URL hash is written this long after the last slide or language change:
/// off the path of the switch itself (Chromium also reloads the page's icon on
/// every `replaceState`), and once for a quick run of clicks.
const HASH_DELAY_MS: i32 = 250;

struct Dom {
    /// The host's element; its CSS custom properties style the graphic.
    container: HtmlElement,
    root: HtmlElement,
    live: HtmlElement,
    /// An empty full-width block whose size follows only the available width:
    /// the resize observer watches it, so drawing (which changes the graphic's
    /// height) never re-triggers the observer.
    sizer: HtmlElement,
    /// Clips the canvas to the scene: its bitmap may be larger (see `Backing`).
    paint: HtmlElement,
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    marks: HtmlElement,
    highlight: HtmlElement,
    tooltip: HtmlElement,
    tip_kicker: HtmlElement,
    tip_headline: HtmlElement,
    tip_detail: HtmlElement,
    tip_quote: HtmlElement,
    tip_gloss: HtmlElement,
    tip_source: HtmlElement,
    prev: HtmlButtonElement,
    next: HtmlButtonElement,
    indicator: HtmlElement,
    lang: HtmlButtonElement,
    table: HtmlElement,
    table_summary: HtmlElement,
    table_wrap: HtmlElement,
}

struct State {
    slide: usize,
    lang: Lang,
    scene: Option<Scene>,
    /// The width the scene was laid out for, in CSS pixels, and the pixel ratio.
    width: f64,
    dpr: f64,
    /// The look last built from the host's CSS, for the `dark` it was built for.
    look: Option<(bool, Look)>,
    /// The tallest slide's height for a width and language: every slide is drawn
    /// at this height.
    frame: Option<(f64, Lang, f64)>,
    /// The canvas bitmap and the pixel ratio it was made for.
    backing: Option<(Backing, f64)>,
    shown: Option<Target>,
    /// The shown tooltip's size, measured once when its content changes.
    tip_size: (f64, f64),
    /// Which region button is in the tab order.
    focus: usize,
    /// Where a touch began, for swipes.
    touch_start: Option<(f64, f64)>,
}

struct Instance {
    data: Dataset,
    options: Options,
    dom: Dom,
    dark_query: Option<MediaQueryList>,
    state: RefCell<State>,
    listeners: RefCell<Vec<Listener>>,
    /// The resize observer and the pixel-ratio watch, and the callback of both.
    observer: RefCell<Option<(ResizeObserver, PixelRatioWatch, Callback)>>,
    /// Writes the hash (when the `hash` option is on), and its pending timer
    /// with the page (path and query) it was set for.
    hash_writer: RefCell<Option<Callback>>,
    hash_pending: RefCell<Option<(i32, String)>>,
    /// Counts drawings, so a drawing interrupted by a nested one stops.
    generation: Cell<u32>,
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
    /// `{"lang":"en","slide":1,"theme":"dark","hash":false}`. On bad input the
    /// container shows the error and the error is thrown.
    #[wasm_bindgen(constructor)]
    pub fn new(container: HtmlElement, options: Option<String>) -> Result<Infographic, JsValue> {
        let mounted = Options::from_json(options.as_deref().unwrap_or(""))
            .and_then(|o| Dataset::embedded().map(|d| (o, d)).map_err(|e| e.to_string()));
        let (options, data) = match mounted {
            Ok(v) => v,
            Err(message) => {
                let p = text_element("p", "zi-error", &message)?;
                p.set_attribute("role", "alert")?;
                container.append_child(&p)?;
                return Err(JsValue::from_str(&message));
            }
        };
        let link = if options.hash { DeepLink::parse(&window().location().hash().unwrap_or_default()) } else { DeepLink::default() };
        let last = data.slides.len() - 1;
        let slide = link.slide.or(options.slide).unwrap_or(0).min(last);
        let lang = link.lang.or(options.lang).unwrap_or_default();
        let dom = build_dom(container)?;
        let dark_query = match options.theme {
            ThemeChoice::Auto => window().match_media("(prefers-color-scheme: dark)").ok().flatten(),
            _ => None,
        };
        let inner = Rc::new(Instance {
            data,
            options,
            dom,
            dark_query,
            state: RefCell::new(State { slide, lang, scene: None, width: 0.0, dpr: 1.0, look: None, frame: None, backing: None, shown: None, tip_size: (0.0, 0.0), focus: 0, touch_start: None }),
            listeners: RefCell::new(Vec::new()),
            observer: RefCell::new(None),
            hash_writer: RefCell::new(None),
            hash_pending: RefCell::new(None),
            generation: Cell::new(0),
        });
        wire(&inner)?;
        let (width, dpr) = inner.measure();
        {
            let mut state = inner.state.borrow_mut();
            state.width = width;
            state.dpr = dpr;
        }
        inner.refresh(false);
        Ok(Infographic { inner })
    }

    pub fn next(&self) {
        self.inner.step(1);
    }

    pub fn prev(&self) {
        self.inner.step(-1);
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
        self.inner.set_lang(lang);
        Ok(())
    }

    /// Removes the graphic, its listeners and its observers from the page.
    pub fn destroy(&self) {
        self.inner.listeners.borrow_mut().clear();
        if let Some((observer, watch, _)) = self.inner.observer.borrow_mut().take() {
            observer.disconnect();
            watch.stop();
        }
        self.inner.cancel_hash();
        self.inner.hash_writer.borrow_mut().take();
        self.inner.dom.root.remove();
        self.inner.state.borrow_mut().scene = None;
    }
}

/// The page's whole address, hash included: what a host's router changes.
fn page_address() -> String {
    window().location().href().unwrap_or_default()
}

fn button(class: &str) -> Result<HtmlButtonElement, JsValue> {
    let b: HtmlButtonElement = element("button", class)?.unchecked_into();
    b.set_type("button");
    Ok(b)
}

fn build_dom(container: HtmlElement) -> Result<Dom, JsValue> {
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

// The pixel ratio changes alone with browser zoom on a fixed-width page or a
// window moved to another screen; no resize is observed then. The watch is a
// media query for the current ratio, armed again for the new one at each change.
#[wasm_bindgen(inline_js = "export function watch_pixel_ratio(f) {\n  let q;\n  const on = () => { arm(); f(); };\n  const arm = () => { q = matchMedia(`(resolution: ${devicePixelRatio}dppx)`); q.addEventListener('change', on, { once: true }); };\n  arm();\n  return { stop: () => q.removeEventListener('change', on) };\n}")]
extern "C" {
    type PixelRatioWatch;
    /// Calls `f` after each change of the pixel ratio, until stopped.
    fn watch_pixel_ratio(f: &js_sys::Function) -> PixelRatioWatch;
    #[wasm_bindgen(method)]
    fn stop(this: &PixelRatioWatch);
}

/// Connects events to the instance. The closures own the instance, so a
/// mounted graphic keeps working when the host drops its JavaScript object;
/// `destroy` drops the closures and with them the instance.
fn wire(inner: &Rc<Instance>) -> Result<(), JsValue> {
    let with = |f: fn(&Instance, Event)| {
        let inst = Rc::clone(inner);
        move |e: Event| f(&inst, e)
    };
    let dom = &inner.dom;
    let mut listeners = vec![
        Listener::new(&dom.prev, "click", with(|i, _| i.step(-1)))?,
        Listener::new(&dom.next, "click", with(|i, _| i.step(1)))?,
        Listener::new(&dom.lang, "click", with(|i, _| {
            let lang = if i.state.borrow().lang == Lang::Zh { Lang::En } else { Lang::Zh };
            i.set_lang(lang);
        }))?,
        Listener::new(&dom.canvas, "pointermove", with(|i, e| i.on_pointer(e, false)))?,
        Listener::new(&dom.canvas, "pointerdown", with(|i, e| i.on_pointer(e, true)))?,
        Listener::new(&dom.canvas, "pointerup", with(|i, e| i.on_pointer_up(e)))?,
        Listener::new(&dom.canvas, "pointerleave", with(|i, e| {
            if e.dyn_ref::<PointerEvent>().is_some_and(|p| p.pointer_type() == "mouse") {
                i.hide_tip();
            }
        }))?,
        Listener::new(&dom.root, "keydown", with(|i, e| i.on_key(e)))?,
        Listener::new(&dom.marks, "focusin", with(|i, e| i.on_mark_focus(e)))?,
        Listener::new(&dom.table, "toggle", with(|i, _| i.update_table()))?,
        Listener::new(&dom.marks, "focusout", with(|i, _| i.hide_tip()))?,
        // A tap anywhere outside the graphic closes its tooltip.
        Listener::new(&document(), "pointerdown", with(|i, e| {
            let inside = e.target().and_then(|t| t.dyn_into::<web_sys::Node>().ok()).is_some_and(|n| i.dom.root.contains(Some(&n)));
            if !inside {
                i.hide_tip();
            }
        }))?,
    ];
    if inner.options.hash {
        listeners.push(Listener::new(&window(), "hashchange", with(|i, _| i.follow_hash()))?);
    }
    if let Some(query) = &inner.dark_query {
        listeners.push(Listener::new(query, "change", with(|i, _| i.refresh(false)))?);
    }
    *inner.listeners.borrow_mut() = listeners;

    // A timer callback gets no argument and a resize observer's gets its
    // entries, both unread: the listeners' closure type serves them too.
    if inner.options.hash {
        *inner.hash_writer.borrow_mut() = Some(Callback::new(with(|i, _| i.write_hash())));
    }
    let on_resize = Callback::new(with(|i, _| i.redraw_if_resized()));
    let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref())?;
    observer.observe(&inner.dom.sizer);
    let watch = watch_pixel_ratio(on_resize.as_ref().unchecked_ref());
    *inner.observer.borrow_mut() = Some((observer, watch, on_resize));
    Ok(())
}

// Rust-only helpers.
impl Instance {
    fn show(&self, index: usize) {
        let index = index.min(self.data.slides.len() - 1);
        if self.state.borrow().slide == index {
            return;
        }
        {
            let mut state = self.state.borrow_mut();
            state.slide = index;
            state.focus = 0;
        }
        self.refresh(true);
    }

    fn step(&self, delta: i32) {
        let s = self.state.borrow().slide as i32 + delta;
        if s >= 0 {
            self.show(s as usize);
        }
    }

    fn set_lang(&self, lang: Lang) {
        if self.state.borrow().lang == lang {
            return;
        }
        self.state.borrow_mut().lang = lang;
        self.refresh(true);
    }

    fn follow_hash(&self) {
        let link = DeepLink::parse(&window().location().hash().unwrap_or_default());
        if let Some(lang) = link.lang {
            self.set_lang(lang);
        }
        if let Some(slide) = link.slide {
            self.show(slide);
        }
    }

    /// Everything that follows from the slide, language and theme: the drawing,
    /// the controls, the table, the hash and (when `announce`) the live region.
    fn refresh(&self, announce: bool) {
        self.hide_tip();
        self.redraw();
        self.update_controls();
        let (slide, lang) = {
            let s = self.state.borrow();
            (s.slide, s.lang)
        };
        self.update_table();
        if announce {
            let spec = &self.data.slides[slide];
            let title = story::fill_template(&self.data, lang.pick(&spec.title), lang);
            let n = self.data.slides.len();
            let text = match lang {
                Lang::Zh => format!("第{}页，共{n}页：{title}", slide + 1),
                Lang::En => format!("Slide {} of {n}: {title}", slide + 1),
            };
            self.dom.live.set_text_content(Some(&text));
            self.schedule_hash();
        }
    }

    /// Writes the hash `HASH_DELAY_MS` from now, replacing a pending write.
    fn schedule_hash(&self) {
        self.cancel_hash();
        if let Some(writer) = &*self.hash_writer.borrow() {
            let timer = window().set_timeout_with_callback_and_timeout_and_arguments_0(writer.as_ref().unchecked_ref(), HASH_DELAY_MS);
            if let Ok(timer) = timer {
                *self.hash_pending.borrow_mut() = Some((timer, page_address()));
            }
        }
    }

    fn cancel_hash(&self) {
        if let Some((timer, _)) = self.hash_pending.borrow_mut().take() {
            window().clear_timeout_with_handle(timer);
        }
    }

    /// `#slide-N` (and `&lang=en`) for what is shown, in place of the current
    /// history entry and keeping its state; not if the address has changed
    /// since the change (a host's router, or the reader).
    fn write_hash(&self) {
        let Some((_, page)) = self.hash_pending.borrow_mut().take() else { return };
        if page != page_address() {
            return;
        }
        let link = {
            let s = self.state.borrow();
            DeepLink::format(s.slide, s.lang)
        };
        if let Ok(history) = window().history() {
            let _ = history.state().and_then(|state| history.replace_state_with_url(&state, "", Some(&link)));
        }
    }

    /// The data table is built when it is open (and its summary line always), so
    /// slide changes do not pay for a table nobody reads.
    fn update_table(&self) {
        let (slide, lang) = {
            let s = self.state.borrow();
            (s.slide, s.lang)
        };
        let open = self.dom.table.has_attribute("open");
        let _ = access::fill_table(&self.dom.table_summary, &self.dom.table_wrap, &self.data, slide, lang, open);
    }

    fn look(&self, dark: bool) -> Look {
        let base = if dark { Look::dark() } else { Look::light() };
        let style = window().get_computed_style(&self.dom.container).ok().flatten();
        base.with_overrides(|name| style.as_ref().and_then(|s| s.get_property_value(name).ok()))
    }

    fn is_dark(&self) -> bool {
        match self.options.theme {
            ThemeChoice::Dark => true,
            ThemeChoice::Light => false,
            ThemeChoice::Auto => self.dark_query.as_ref().is_some_and(MediaQueryList::matches),
        }
    }

    /// Measures the available width (a layout read, so only on mount and resize).
    fn measure(&self) -> (f64, f64) {
        (f64::from(self.dom.sizer.client_width()).floor(), window().device_pixel_ratio().max(1.0))
    }

    fn redraw_if_resized(&self) {
        let (width, dpr) = self.measure();
        let changed = {
            let state = self.state.borrow();
            width != state.width || dpr != state.dpr
        };
        if changed {
            {
                let mut state = self.state.borrow_mut();
                state.width = width;
                state.dpr = dpr;
            }
            self.hide_tip();
            self.redraw();
        }
    }

    /// Lays out the current slide for the last measured width and paints it. A
    /// graphic that is not displayed (width 0) is drawn later, when the observer
    /// sees it grow.
    fn redraw(&self) {
        let (width, dpr) = {
            let state = self.state.borrow();
            (state.width, state.dpr)
        };
        let dark = self.is_dark();
        let cached = self.state.borrow().look.as_ref().filter(|(d, _)| *d == dark).map(|(_, l)| l.clone());
        let look = match cached {
            Some(look) => look,
            None => {
                // Reading the host's CSS costs a style recalculation: done once per theme.
                let look = self.look(dark);
                self.dom.root.set_class_name(if dark { "zi zi-dark" } else { "zi zi-light" });
                for (name, color) in [("--zi-ink", look.ink), ("--zi-muted", look.muted), ("--zi-paper", look.background), ("--zi-rule", look.rule)] {
                    let _ = self.dom.root.style().set_property(name, &color.hex());
                }
                self.state.borrow_mut().look = Some((dark, look.clone()));
                look
            }
        };
        if width <= 0.0 {
            return;
        }
        let generation = self.generation.get().wrapping_add(1);
        self.generation.set(generation);
        // The state is read and released before any call into the page: a host's
        // handler may call back into the graphic.
        let (slide, lang, focus, frame) = {
            let state = self.state.borrow();
            (state.slide, state.lang, state.focus, state.frame)
        };
        let Some(mut scene) = layout_slide(&self.data, slide, width, lang, &look) else { return };
        let frame = match frame {
            Some((w, l, h)) if w == width && l == lang => h,
            _ => {
                let h = story_height(&self.data, width, lang, &look);
                self.state.borrow_mut().frame = Some((width, lang, h));
                h
            }
        };
        scene.height = scene.height.max(frame);
        let canvas = &self.dom.canvas;
        let current = self.state.borrow().backing.filter(|(_, r)| *r == dpr).map(|(b, _)| b);
        let backing = Backing::for_scene(current, scene.width, scene.height);
        let (bw, bh) = backing.device_pixels(dpr);
        if current != Some(backing) {
            canvas.set_width(bw);
            canvas.set_height(bh);
            set_px(canvas.unchecked_ref(), "width", backing.width);
            set_px(canvas.unchecked_ref(), "height", backing.height);
            self.state.borrow_mut().backing = Some((backing, dpr));
        }
        set_px(&self.dom.paint, "width", scene.width);
        set_px(&self.dom.paint, "height", scene.height);
        let mut backend = Canvas::new(&self.dom.context, (bw, bh));
        if let Err(e) = draw(&scene, &mut backend, dpr, &look.font_family) {
            web_sys::console::error_1(&JsValue::from_str(&format!("drawing slide {}: {e}", slide + 1)));
        }
        let spec = &self.data.slides[slide];
        let title = story::fill_template(&self.data, lang.pick(&spec.title), lang);
        let summary = story::summary(&self.data, spec, lang);
        let _ = canvas.set_attribute("aria-label", &format!("{title} {summary}"));
        // Region buttons: a keyboard reader inside them stays inside. Removing a
        // focused button fires focus events; if a handler drew again meanwhile,
        // that drawing is the current one.
        let focus_in_marks = document().active_element().is_some_and(|a| self.dom.marks.contains(Some(&a)));
        let focus = focus.min(scene.hits.len().saturating_sub(1));
        access::trim_marks(&self.dom.marks, scene.hits.len());
        if self.generation.get() != generation {
            return;
        }
        let _ = access::sync_marks(&self.dom.marks, &scene, &self.data, lang, focus, &self.dom.tooltip.id());
        {
            let mut state = self.state.borrow_mut();
            state.focus = focus;
            state.scene = Some(scene);
        }
        if focus_in_marks {
            if let Some(button) = self.dom.marks.children().item(focus as u32) {
                let button: HtmlElement = button.unchecked_into();
                if document().active_element().is_some_and(|a| &a == button.unchecked_ref::<web_sys::Element>()) {
                    // Already focused: no focus event will come to show its tooltip.
                    self.show_mark_tip(focus);
                } else {
                    let _ = button.focus();
                }
            }
        }
    }

    fn update_controls(&self) {
        // Copied out: moving focus at the end runs the host's and our focus handlers.
        let (slide, lang) = {
            let s = self.state.borrow();
            (s.slide, s.lang)
        };
        let n = self.data.slides.len();
        let zh = lang == Lang::Zh;
        let d = &self.dom;
        d.prev.set_text_content(Some(if zh { "‹ 上一页" } else { "‹ Back" }));
        d.next.set_text_content(Some(if zh { "下一页 ›" } else { "Next ›" }));
        d.indicator.set_text_content(Some(&format!("{} / {n}", slide + 1)));
        let _ = d.indicator.set_attribute("aria-label", &if zh { format!("第{}页，共{n}页", slide + 1) } else { format!("slide {} of {n}", slide + 1) });
        // The switch is labelled in the language it switches to.
        d.lang.set_text_content(Some(if zh { "English" } else { "中文" }));
        let _ = d.lang.set_attribute("lang", if zh { "en" } else { "zh-Hans" });
        let _ = d.root.set_attribute("lang", if zh { "zh-Hans" } else { "en" });
        let _ = d.root.set_attribute("aria-label", if zh { "交互图表：三个高新区报道了什么" } else { "Interactive chart: what three hi-tech zones reported" });
        // Last, as it may run focus handlers: a button that becomes disabled under
        // the keyboard hands focus to the other.
        let active = document().active_element();
        let had_focus = |b: &HtmlButtonElement| active.as_ref().is_some_and(|a| a == b.unchecked_ref::<web_sys::Element>());
        let (prev_focused, next_focused) = (had_focus(&d.prev), had_focus(&d.next));
        d.prev.set_disabled(slide == 0);
        d.next.set_disabled(slide + 1 >= n);
        if next_focused && d.next.disabled() {
            let _ = d.prev.focus();
        } else if prev_focused && d.prev.disabled() {
            let _ = d.next.focus();
        }
    }

    fn on_pointer(&self, e: Event, pressed: bool) {
        let Some(p) = e.dyn_ref::<PointerEvent>() else { return };
        let (x, y) = (f64::from(p.offset_x()), f64::from(p.offset_y()));
        if pressed && p.pointer_type() != "mouse" {
            self.state.borrow_mut().touch_start = Some((x, y));
        }
        // Hover shows tooltips for mice; touch and pen show them on a tap.
        if !pressed && p.pointer_type() != "mouse" {
            return;
        }
        let hit = self.state.borrow().scene.as_ref().and_then(|s| s.hit(x, y).cloned());
        match hit {
            Some(hit) => self.show_tip(&hit.target, hit.rect, (x, y)),
            None => self.hide_tip(),
        }
    }

    /// A mostly horizontal touch drag is a swipe: left for the next slide.
    fn on_pointer_up(&self, e: Event) {
        let Some(p) = e.dyn_ref::<PointerEvent>() else { return };
        let Some((x0, y0)) = self.state.borrow_mut().touch_start.take() else { return };
        let (dx, dy) = (f64::from(p.offset_x()) - x0, f64::from(p.offset_y()) - y0);
        if dx.abs() >= SWIPE_PX && dx.abs() > 1.5 * dy.abs() {
            self.step(if dx < 0.0 { 1 } else { -1 });
        }
    }

    fn on_key(&self, e: Event) {
        let Some(k) = e.dyn_ref::<KeyboardEvent>() else { return };
        let on_mark = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()).is_some_and(|el| el.class_name() == "zi-mark");
        match k.key().as_str() {
            "ArrowLeft" => self.step(-1),
            "ArrowRight" => self.step(1),
            "Escape" => self.hide_tip(),
            "ArrowDown" if on_mark => self.move_focus(1),
            "ArrowUp" if on_mark => self.move_focus(-1),
            "Home" if on_mark => self.move_focus(i32::MIN),
            "End" if on_mark => self.move_focus(i32::MAX),
            _ => return,
        }
        e.prevent_default();
    }

    /// Moves keyboard focus among the region buttons (a roving tab stop).
    fn move_focus(&self, delta: i32) {
        let count = self.dom.marks.child_element_count() as i32;
        if count == 0 {
            return;
        }
        let current = self.state.borrow().focus as i32;
        let next = current.saturating_add(delta).clamp(0, count - 1);
        let buttons = self.dom.marks.children();
        if let (Some(old), Some(new)) = (buttons.item(current as u32), buttons.item(next as u32)) {
            let (old, new): (HtmlElement, HtmlElement) = (old.unchecked_into(), new.unchecked_into());
            old.set_tab_index(-1);
            new.set_tab_index(0);
            self.state.borrow_mut().focus = next as usize;
            let _ = new.focus();
        }
    }

    fn on_mark_focus(&self, e: Event) {
        let Some(el) = e.target().and_then(|t| t.dyn_into::<HtmlElement>().ok()) else { return };
        let Some(i) = el.get_attribute("data-i").and_then(|v| v.parse::<usize>().ok()) else { return };
        // Focus may come from a screen reader or a script: the tab stop follows it.
        let old = std::mem::replace(&mut self.state.borrow_mut().focus, i);
        if old != i {
            if let Some(button) = self.dom.marks.children().item(old as u32) {
                button.unchecked_into::<HtmlElement>().set_tab_index(-1);
            }
            el.set_tab_index(0);
        }
        self.show_mark_tip(i);
    }

    /// The tooltip for region button `i`, under its region.
    fn show_mark_tip(&self, i: usize) {
        let hit = self.state.borrow().scene.as_ref().and_then(|s| s.hits.get(i).cloned());
        if let Some(hit) = hit {
            let anchor = (hit.rect.x + hit.rect.w.min(160.0) / 2.0, hit.rect.bottom() - 8.0);
            self.show_tip(&hit.target, hit.rect, anchor);
        }
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
            d.tip_gloss.set_text_content(ex.gloss.as_deref());
            d.tip_gloss.set_hidden(ex.gloss.is_none());
            d.tip_source.set_text_content(Some(&ex.source));
            let _ = d.tooltip.class_list().toggle_with_force("zi-derived", ex.derived);
            d.tooltip.set_hidden(false);
            // One layout read per new target; pointer moves reuse the size.
            let size = (f64::from(d.tooltip.offset_width()), f64::from(d.tooltip.offset_height()));
            self.state.borrow_mut().tip_size = size;
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
        let ((w, h), (sw, sh)) = {
            let state = self.state.borrow();
            (state.tip_size, state.scene.as_ref().map_or((0.0, 0.0), |s| (s.width, s.height)))
        };
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
