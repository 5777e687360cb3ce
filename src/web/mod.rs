//! The browser layer, thin around the interaction core: it mounts the graphic
//! in a host element, turns DOM events into core events (`wire`), and applies
//! the core's answers to the page (`apply`). `destroy` frees it all.

mod apply;
mod canvas;
mod dom;
mod fault;
#[cfg(feature = "kiosk")]
mod kiosk;
mod options;
mod page;
mod save;
#[cfg(feature = "table")]
mod table;
mod wire;
#[cfg(feature = "later")]
mod words;

use std::cell::{Cell, OnceCell, RefCell};
use std::rc::{Rc, Weak};

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, MediaQueryList, ResizeObserver};

use self::dom::{text_element, window, Callback, Listener};
use self::page::{build_body, build_shell, Dom, Shell};
use crate::interact::host::{self, Arg};
use crate::interact::view::template::SAVE_LINK;
use crate::interact::view::{self, Patch};
use crate::interact::options::{excerpt, DeepLink, Options};
use crate::interact::{Core, Input};
use crate::render::backing::Backing;
use crate::scene::look::Look;
use crate::scene::Rect;
use crate::story::lang::Lang;

/// One mounted graphic: the core with all interaction state, and the page
/// objects that only the web layer touches.
struct Instance {
    /// The instance itself, for the listeners made at the first drawing.
    me: Weak<Instance>,
    core: RefCell<Core<'static>>,
    options: Options,
    /// The root and the block the resize observer watches, from the mount on.
    shell: Shell,
    /// The rest of the elements, from the first drawing on.
    dom: OnceCell<Dom>,
    /// The system's dark mode, watched from the first drawing when the theme is "auto".
    dark_query: RefCell<Option<MediaQueryList>>,
    listeners: RefCell<Vec<Listener>>,
    /// The resize observer, the pixel-ratio watch (from the first drawing on),
    /// and the callback of both.
    observer: RefCell<Option<(ResizeObserver, Option<wire::PixelRatioWatch>, Callback)>>,
    /// The core's timer: its callback, and the pending timeout with the page
    /// address (path, query and hash) it was set on.
    ticker: RefCell<Option<Callback>>,
    pending: RefCell<Option<(i32, String)>>,
    /// The canvas bitmap and the pixel ratio it was made for.
    backing: Cell<Option<(Backing, f64)>>,
    /// The shown tooltip's figure (the box it must not cover), its size
    /// (measured once when its content changes) and the part of the stage on
    /// screen when it was shown.
    tip: Cell<(Rect, (f64, f64), Rect)>,
    /// Whether the graphic has been drawn: from then on it listens to the
    /// reader, the system's dark mode and the pixel ratio.
    live: Cell<bool>,
    /// The URL hash when the graphic was mounted.
    mount_hash: String,
    /// Whether a failed drawing was reported on the console.
    reported: Cell<bool>,
    /// The language the controls are labelled in.
    labelled: Cell<Option<Lang>>,
    /// The scale the stage is shown at (above 1 on a kiosk's screen).
    #[cfg(feature = "kiosk")]
    scale: Cell<f64>,
    /// Whether the kiosk's loop plays, as its button says.
    #[cfg(feature = "kiosk")]
    playing: Cell<Option<bool>>,
    /// The callback that hears whether the words loaded after the module came.
    #[cfg(feature = "later")]
    words: RefCell<Option<Callback>>,
    /// Whether the module stopped on an error in this graphic's call: it then
    /// shows its fallback and handles nothing more (see `fault`).
    failed: Cell<bool>,
}

/// One mounted graphic; empty once destroyed, or replaced by a graphic
/// mounted later on the same element.
#[wasm_bindgen]
pub struct Infographic {
    inner: Rc<Slot>,
}

/// Where a graphic's instance lives while it is mounted.
type Slot = RefCell<Option<Rc<Instance>>>;

thread_local! {
    /// The graphics mounted by this module, by their container: a second mount
    /// on the same element replaces the first rather than stacking on it.
    static MOUNTED: RefCell<Vec<(HtmlElement, Weak<Slot>)>> = const { RefCell::new(Vec::new()) };
}

/// Takes the instance out of its slot and removes it from the page.
fn unmount(slot: &Slot) {
    let inner = slot.borrow_mut().take();
    if let Some(inner) = inner {
        inner.stop();
        inner.shell.root.remove();
    }
}

/// An `Error` whose message names what was wrong.
fn error(message: &str) -> JsValue {
    js_sys::Error::new(message).into()
}

/// A mount refused with `message`: the container shows it, and the caller gets
/// it as an `Error` (the same one where the page cannot show it).
fn shown_error(container: &HtmlElement, message: &str) -> JsValue {
    if let Ok(p) = text_element("p", "zi-error", message) {
        let _ = p.set_attribute("role", "alert");
        let _ = container.append_child(&p);
    }
    error(message)
}

/// A mount the page made fail (`e`, what it threw): said as `shown_error`.
fn cannot_run(container: &HtmlElement, e: &JsValue) -> JsValue {
    let reason = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).or_else(|| e.as_string()).unwrap_or_default();
    shown_error(container, &format!("Infographic: this browser cannot run the graphic ({})", excerpt(&reason)))
}

/// A host's argument, for the core's checks (`interact::host`).
fn arg(value: &JsValue) -> Arg {
    if let Some(text) = value.as_string() {
        Arg::Text(text)
    } else if let Some(n) = value.as_f64() {
        Arg::Number(n)
    } else if value.is_null() {
        Arg::Null
    } else {
        Arg::Other(value.js_typeof().as_string().unwrap_or_default())
    }
}

// Public methods, exported to JavaScript.
#[wasm_bindgen]
impl Infographic {
    /// Mounts the graphic inside `container`. `options` is an object such as
    /// `{lang: 'en', slide: 1, theme: 'dark', hash: false}`, or its JSON; a
    /// kiosk's `{kiosk: true, advance: 10, idle: 60}` (seconds). On bad
    /// input the container shows the message and an `Error` naming it is thrown;
    /// a mount that fails leaves nothing of itself behind.
    #[wasm_bindgen(constructor)]
    pub fn new(container: JsValue, options: JsValue) -> Result<Infographic, JsValue> {
        let Some(container) = container.dyn_ref::<HtmlElement>().cloned() else {
            return Err(error(&host::not_a_container(&arg(&container))));
        };
        host::container_tag(&container.local_name()).map_err(|e| error(&e))?;
        // Read first: a host's getter may mount a graphic here too.
        let options = options::read_options(&options);
        // A graphic this module mounted here before is replaced (its object
        // then does nothing), and a message left by a failed mount or a
        // stopped graphic goes.
        let earlier: Vec<Rc<Slot>> = MOUNTED.with(|m| {
            let mut m = m.borrow_mut();
            m.retain(|(_, slot)| slot.strong_count() > 0);
            m.iter().filter(|(el, _)| *el == container).filter_map(|(_, slot)| slot.upgrade()).collect()
        });
        for slot in earlier {
            unmount(&slot);
        }
        let children = container.children();
        for k in (0..children.length()).rev() {
            if let Some(old) = children.item(k).filter(|c| matches!(c.class_name().as_str(), "zi-error" | "zi-failed")) {
                old.remove();
            }
        }
        let mount_hash = window().location().hash().unwrap_or_default();
        let link = DeepLink::parse(&mount_hash);
        let options = options.map_err(|message| shown_error(&container, &message))?;
        let shell = build_shell(container.clone()).map_err(|e| cannot_run(&container, &e))?;
        let root = shell.root.clone();
        let core = Core::new(crate::dataset(), &options, &link, Look::light());
        // Words another graphic loaded serve this one at once.
        #[cfg(feature = "later")]
        let core = if crate::data::text::later::loaded() { core.words_here() } else { core };
        // The look is read from the host's CSS at the first drawing (a style
        // recalculation a graphic mounted hidden need not pay for yet).
        let inner = Rc::new_cyclic(|me| Instance {
            me: me.clone(),
            core: RefCell::new(core),
            options,
            shell,
            dom: OnceCell::new(),
            dark_query: RefCell::new(None),
            listeners: RefCell::new(Vec::new()),
            observer: RefCell::new(None),
            ticker: RefCell::new(None),
            pending: RefCell::new(None),
            backing: Cell::new(None),
            tip: Cell::new((Rect::default(), (0.0, 0.0), Rect::default())),
            live: Cell::new(false),
            mount_hash,
            reported: Cell::new(false),
            labelled: Cell::new(None),
            #[cfg(feature = "kiosk")]
            scale: Cell::new(1.0),
            #[cfg(feature = "kiosk")]
            playing: Cell::new(None),
            #[cfg(feature = "later")]
            words: RefCell::new(None),
            failed: Cell::new(false),
        });
        // The core decides (`#kiosk` in the address makes a kiosk too); the
        // class lays the page out for it before the first measure. A page the
        // core says reloads after a stop carries the delay for `failed.js`.
        let set_up = || -> Result<(), JsValue> {
            if inner.core.borrow().kiosk() {
                root.class_list().add_1("zi-kiosk")?;
            }
            if let Some(ms) = inner.core.borrow().reload_after_stop() {
                root.set_attribute("data-zi-reload", &(ms as i64).to_string())?;
            }
            wire::observe(&inner)
        };
        if let Err(e) = set_up() {
            // Without a resize observer (or anything else it needs) the graphic
            // cannot follow its container: everything it added goes.
            inner.stop();
            root.remove();
            return Err(cannot_run(&inner.shell.container, &e));
        }
        // Drawn at once when displayed (the controls, the table and the look
        // come with the first drawing); a graphic mounted hidden is drawn when its
        // resize observer sees it shown, and forces no layout of the page now.
        if dom::is_displayed(&inner.shell.container) {
            let _running = fault::Running::new(&inner);
            inner.dispatch(inner.measure());
        }
        let slot = Rc::new(RefCell::new(Some(Rc::clone(&inner))));
        MOUNTED.with(|m| m.borrow_mut().push((inner.shell.container.clone(), Rc::downgrade(&slot))));
        Ok(Infographic { inner: slot })
    }

    /// The graphic mounted in `container`, if any (a second handle on it:
    /// either one's `destroy()` removes it).
    pub fn get(container: JsValue) -> Option<Infographic> {
        let container = container.dyn_ref::<HtmlElement>()?.clone();
        MOUNTED.with(|m| {
            m.borrow().iter().filter(|(el, _)| *el == container).find_map(|(_, slot)| slot.upgrade()).filter(|slot| slot.borrow().is_some()).map(|inner| Infographic { inner })
        })
    }

    pub fn next(&self) {
        self.dispatch(Input::Next);
    }

    pub fn prev(&self) {
        self.dispatch(Input::Prev);
    }

    /// Shows slide `index` (zero-based); indexes before the first or past the
    /// last mean the first or the last.
    pub fn show(&self, index: JsValue) -> Result<(), JsValue> {
        let index = host::slide_index(&arg(&index)).map_err(|e| error(&e))?;
        self.dispatch(Input::Show(index));
        Ok(())
    }

    /// The slide shown, counted from 0.
    pub fn slide(&self) -> usize {
        self.live().map_or(0, |i| i.core.borrow().slide())
    }

    #[wasm_bindgen(js_name = slideCount)]
    pub fn slide_count(&self) -> usize {
        crate::dataset().slides.len()
    }

    /// The language shown: "zh" or "en".
    pub fn lang(&self) -> String {
        self.live().map_or(crate::story::lang::Lang::default(), |i| i.core.borrow().lang()).code().to_string()
    }

    /// "zh" or "en".
    #[wasm_bindgen(js_name = setLanguage)]
    pub fn set_language(&self, code: JsValue) -> Result<(), JsValue> {
        let lang = host::language(&arg(&code)).map_err(|e| error(&e))?;
        self.dispatch(Input::SetLang(lang));
        Ok(())
    }

    /// The slide shown as a file: `'png'` (twice its CSS size), `'svg'` or
    /// `'csv'` (its data, UTF-8 with a byte-order mark). A promise of a `Blob`;
    /// it rejects with an `Error` naming what was wrong.
    #[wasm_bindgen(js_name = toBlob)]
    pub fn to_blob(&self, kind: JsValue) -> js_sys::Promise {
        let kind = match host::file_kind(&arg(&kind)) {
            Ok(kind) => kind,
            Err(e) => return js_sys::Promise::reject(&error(&e)),
        };
        let Some(inner) = self.live() else { return js_sys::Promise::reject(&error("toBlob: the graphic was destroyed or stopped on an error")) };
        let _running = fault::Running::new(&inner);
        inner.to_blob(kind)
    }

    /// Removes the graphic, its listeners, observers and timer from the page,
    /// and frees its state at once. Calling it again does nothing.
    pub fn destroy(&self) {
        unmount(&self.inner);
    }
}

impl Infographic {
    /// The instance, unless it was destroyed or stopped on an error.
    fn live(&self) -> Option<Rc<Instance>> {
        self.inner.borrow().clone().filter(|i| !i.failed.get())
    }

    fn dispatch(&self, input: Input) {
        if let Some(inner) = self.live() {
            let _running = fault::Running::new(&inner);
            inner.dispatch(input);
        }
    }
}

// Rust-only helpers.
impl Instance {
    /// Stops listening, observing and waiting: the closures that own the
    /// instance are dropped, so the last owner frees it.
    fn stop(&self) {
        self.listeners.borrow_mut().clear();
        if let Some((observer, watch, _)) = self.observer.borrow_mut().take() {
            observer.disconnect();
            if let Some(watch) = watch {
                watch.stop();
            }
        }
        self.cancel_timer();
        self.ticker.borrow_mut().take();
        #[cfg(feature = "later")]
        self.words.borrow_mut().take();
        self.dark_query.borrow_mut().take();
    }

    /// Hands one event to the core, with the time, and applies its answer.
    /// The core is released before the page is touched: a host's handler may
    /// call back into the graphic. Returns whether the event was the graphic's.
    fn dispatch(&self, input: Input) -> bool {
        #[cfg(feature = "fault-probe")]
        if fault::PROBE.swap(false, std::sync::atomic::Ordering::Relaxed) {
            panic!("the fault probe");
        }
        // Alive at the first width, unless its first drawing waits for its
        // words (loaded after the module): then when they came.
        let waits = self.core.borrow().waits_for_words();
        let wakes = match input {
            Input::Resize { width, .. } => width > 0.0 && !waits,
            #[cfg(feature = "later")]
            Input::Words(_) => waits,
            _ => false,
        };
        if wakes && !self.live.replace(true) {
            self.come_alive();
        }
        // What the core lays out is measured by the canvas, in this graphic's font.
        dom::measure_by_canvas(&self.core.borrow().look().font_family);
        let answer = self.core.borrow_mut().handle(dom::now(), input);
        // Until then the container keeps the space it reserved (`fallback::reserve_css`).
        #[cfg(feature = "later")]
        if answer.load_words && !self.live.get() {
            let _ = self.shell.root.class_list().add_1("zi-wait");
        }
        self.apply(answer)
    }

    /// The available width and the pixels per CSS pixel (a layout read: on
    /// mount and resize).
    fn measure(&self) -> Input {
        // The bitmap follows the pixels on screen: the device's ratio times any
        // zoom the host puts on the graphic.
        // In kiosk mode the sizer fills the screen above the controls.
        match dom::width_and_zoom(&self.shell.sizer)[..] {
            [width, zoom, height] => Input::measured(width, height, zoom, window().device_pixel_ratio()),
            _ => Input::Resize { width: 0.0, height: 0.0, dpr: 1.0 },
        }
    }

    /// Before the first drawing: listen to the reader, the dark mode and the
    /// pixel ratio, read the look from the host's CSS, and follow a hash that
    /// changed while the graphic was hidden. A graphic mounted hidden pays for
    /// none of it until it is shown.
    fn come_alive(&self) {
        #[cfg(feature = "later")]
        let _ = self.shell.root.class_list().remove_1("zi-wait");
        match build_body(&self.shell) {
            Ok(dom) => {
                // A link to a slide opens it only where the graphic follows the hash.
                let mut p = Patch::default();
                p.flag(SAVE_LINK, "hidden", !self.options.hash);
                dom.apply(&p);
                drop(self.dom.set(dom));
            }
            Err(e) => web_sys::console::error_2(&"zones-infographic: could not build the graphic".into(), &e),
        }
        if let Some(me) = self.me.upgrade() {
            if let Err(e) = wire::listen(&me) {
                web_sys::console::error_2(&"zones-infographic: could not listen to the page".into(), &e);
            }
        }
        let look = self.read_look();
        self.dispatch(Input::Look(look));
        #[cfg(feature = "kiosk")]
        if self.core.borrow().kiosk() {
            let still = window().match_media("(prefers-reduced-motion: reduce)").ok().flatten().is_some_and(|q| q.matches());
            self.dispatch(Input::ReducedMotion(still));
        }
        // Only a hash that changed since the mount: one the graphic started
        // from must not undo what the host asked for meanwhile (`show`).
        let hash = window().location().hash().unwrap_or_default();
        if self.options.hash && hash != self.mount_hash {
            self.dispatch(Input::HashChanged(DeepLink::parse(&hash)));
        }
    }

    /// The look for the theme with the host's CSS custom properties applied,
    /// and written back on the root for the DOM layers (a style recalculation:
    /// read on mount and when the theme changes).
    fn read_look(&self) -> Look {
        let dark = self.options.theme.dark(self.dark_query.borrow().as_ref().is_some_and(MediaQueryList::matches));
        let base = if dark { Look::dark() } else { Look::light() };
        let style = window().get_computed_style(&self.shell.container).ok().flatten();
        let look = base.with_overrides(|name| style.as_ref().and_then(|s| s.get_property_value(name).ok()));
        if let Some(dom) = self.dom.get() {
            let mut p = Patch::default();
            view::look(&mut p, &look, dark);
            dom.apply(&p);
        }
        look
    }
}
