//! What happens when the module stops on an error of its own (a panic, which
//! aborts): the graphic whose call it was shows its container's static fallback
//! with a line saying so (`www/failed.js`) and never runs again, while the
//! page's other graphics go on.

use std::marker::PhantomData;
use std::rc::Rc;
use std::sync::atomic::{AtomicPtr, Ordering::Relaxed};

use wasm_bindgen::prelude::*;
use web_sys::{Event, HtmlElement};

use super::Instance;
#[cfg(feature = "fault-probe")]
use super::Infographic;

#[wasm_bindgen(module = "/www/failed.js")]
extern "C" {
    /// The still image and the line saying the graphic stopped, in every
    /// language (a kiosk's page is reloaded after a while: nobody is there
    /// to do it).
    #[wasm_bindgen(js_name = showStopped)]
    fn show_stopped(el: &HtmlElement);
}

/// The graphic whose call is running, while one runs (set and reset by
/// `Running`, which borrows it for as long). The module has one thread: an
/// atomic is a plain load and store here.
static RUNNING: AtomicPtr<Instance> = AtomicPtr::new(std::ptr::null_mut());

/// From the module's start: a panic stops the graphic that was running. The
/// panic aborts the module's call, and every `Running` in it with it (none
/// is dropped), so the hook forgets the running graphic: a pointer kept would
/// outlive it.
#[wasm_bindgen(start)]
fn start() {
    std::panic::set_hook(Box::new(|_| {
        // SAFETY: a non-null pointer was set by a `Running` that borrows the
        // instance and is alive: the panic is inside its call. It is the last
        // use of the pointer (it is reset here).
        if let Some(inner) = unsafe { RUNNING.swap(std::ptr::null_mut(), Relaxed).as_ref() } {
            inner.failed.set(true);
            show_stopped(&inner.shell.container);
        }
    }));
}

/// Notes a graphic as running while it lives (then the one before it, for a
/// call made from inside another).
pub struct Running<'a> {
    before: *mut Instance,
    _inner: PhantomData<&'a Instance>,
}

impl<'a> Running<'a> {
    pub fn new(inner: &'a Instance) -> Running<'a> {
        Running { before: RUNNING.swap((inner as *const Instance).cast_mut(), Relaxed), _inner: PhantomData }
    }
}

impl Drop for Running<'_> {
    fn drop(&mut self) {
        RUNNING.store(self.before, Relaxed);
    }
}

/// A closure that calls `f` with the instance and the event. The closures own
/// the instance, so a mounted graphic keeps working when the host drops its
/// JavaScript object; `destroy` drops the closures and with them the instance.
/// A graphic that stopped on an error handles nothing more.
pub fn with(inner: &Rc<Instance>, f: impl Fn(&Instance, Event) + 'static) -> impl Fn(Event) + 'static {
    let inst = Rc::clone(inner);
    move |e: Event| {
        if !inst.failed.get() {
            let _running = Running::new(&inst);
            f(&inst, e);
        }
    }
}

/// Test builds only: whether the next input a graphic handles panics.
#[cfg(feature = "fault-probe")]
pub static PROBE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

/// Test builds only (`--features fault-probe`): a way to make the module panic.
#[cfg(feature = "fault-probe")]
#[wasm_bindgen]
impl Infographic {
    /// The next input any graphic handles panics.
    #[wasm_bindgen(js_name = failNextInput)]
    pub fn fail_next_input(&self) {
        PROBE.store(true, Relaxed);
    }
}
