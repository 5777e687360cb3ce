//! What the interaction core takes in (events from the page, each with a
//! timestamp given beside it) and what it answers (what the page must do).

use std::rc::Rc;

use super::options::DeepLink;
use crate::scene::look::Look;
use crate::scene::{Rect, Scene};
use crate::story::lang::Lang;
use crate::story::{Explanation, Target};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PointerKind {
    Mouse,
    Touch,
    Pen,
}

impl PointerKind {
    /// A `PointerEvent.pointerType` value; anything else is a finger.
    pub fn from_name(name: &str) -> PointerKind {
        match name {
            "mouse" => PointerKind::Mouse,
            "pen" => PointerKind::Pen,
            _ => PointerKind::Touch,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    Down,
    Move,
    Up,
    /// The pointer left the drawing.
    Leave,
}

/// The keys the graphic answers; everything else is `Other` and left to the page.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Left,
    Right,
    Up,
    Down,
    Home,
    End,
    Escape,
    Other,
}

impl Key {
    /// A `KeyboardEvent.key` value.
    pub fn from_name(name: &str) -> Key {
        match name {
            "ArrowLeft" => Key::Left,
            "ArrowRight" => Key::Right,
            "ArrowUp" => Key::Up,
            "ArrowDown" => Key::Down,
            "Home" => Key::Home,
            "End" => Key::End,
            "Escape" | "Esc" => Key::Escape,
            _ => Key::Other,
        }
    }
}

/// What can hold keyboard focus in the graphic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusTarget {
    /// Region button `i` (one per hit region of the scene, in order).
    Mark(usize),
    Prev,
    Next,
    /// Any other control of the graphic.
    Other,
}

/// One event, in CSS pixels of the drawing where it has a place.
#[derive(Debug, Clone, PartialEq)]
pub enum Input {
    /// The available width (0 while hidden), the height (in kiosk mode, the
    /// screen's above the controls; else unread) or the pixel ratio changed.
    Resize { width: f64, height: f64, dpr: f64 },
    /// The look, read from the host's page before the first drawing and again
    /// when it changes (the system's dark mode): everything is shown again.
    Look(Look),
    Next,
    Prev,
    /// The Next button: the next slide, and from the last the first (start again).
    Advance,
    /// Slide `index`, counted from 0; past the last means the last.
    Show(usize),
    SetLang(Lang),
    /// The language button: the other language.
    ToggleLang,
    /// The URL hash changed (the reader, or the host).
    HashChanged(DeepLink),
    Pointer { x: f64, y: f64, kind: PointerKind, phase: Phase },
    /// A press anywhere on the page outside the graphic.
    PressOutside,
    /// The tooltip's close button.
    CloseTip,
    /// A key pressed inside the graphic; `on_mark` when a region button has focus.
    Key { key: Key, on_mark: bool },
    Focus(FocusTarget),
    Blur(FocusTarget),
    /// Time passed: the core's timers (the hash write, the kiosk's loop and
    /// its start over) fire if due. `page_moved` when the page's address
    /// changed since the timer was set (a host's router, or the reader);
    /// `hash` is the page's hash now.
    Tick { page_moved: bool, hash: String },
    /// The kiosk's pause and play button.
    TogglePlay,
    /// Whether the system asks for reduced motion (the kiosk's loop then
    /// highlights nothing between slide changes).
    ReducedMotion(bool),
    /// A touch, click or key anywhere in the graphic (in kiosk mode, it stops
    /// the loop).
    Touch,
    /// The words the module loads after it (its English) came, or (false)
    /// could not load.
    #[cfg(feature = "later")]
    Words(bool),
}

impl Input {
    /// A resize as the page measures it: the width and height available, the
    /// zoom a host draws the graphic at (its box on screen over its CSS size;
    /// 1 where that cannot be told) and the device's pixel ratio. The bitmap
    /// follows the pixels on screen: the ratio times the zoom, at least 1.
    pub fn measured(width: f64, height: f64, zoom: f64, device_ratio: f64) -> Input {
        let zoom = if zoom.is_finite() && zoom > 0.0 { zoom } else { 1.0 };
        Input::Resize { width, height, dpr: (device_ratio * zoom).max(1.0) }
    }

    /// Whether a reader did this: in kiosk mode it stops the loop, and the
    /// idle time counts from it.
    pub fn is_touch(&self) -> bool {
        match self {
            Input::Pointer { phase, .. } => *phase != Phase::Leave,
            Input::Next | Input::Prev | Input::Advance | Input::Show(_) | Input::SetLang(_) | Input::ToggleLang => true,
            // Keys the graphic does not answer (Enter on a button clicks it,
            // and the click counts) are not.
            Input::Key { key, .. } => *key != Key::Other,
            Input::PressOutside | Input::CloseTip | Input::Touch => true,
            Input::Resize { .. } | Input::Look(_) | Input::HashChanged(_) | Input::Focus(_) | Input::Blur(_) => false,
            Input::Tick { .. } | Input::TogglePlay | Input::ReducedMotion(_) => false,
            #[cfg(feature = "later")]
            Input::Words(_) => false,
        }
    }
}

/// A drawing to paint: the scene, and what the page says about it.
#[derive(Debug, Clone)]
pub struct Draw {
    pub scene: Rc<Scene>,
    /// Bitmap pixels per pixel of the scene: the screen's ratio times `scale`.
    pub dpr: f64,
    /// How many CSS pixels a pixel of the scene takes: 1 on a page, more on a
    /// kiosk's screen.
    pub scale: f64,
    pub slide: usize,
    pub lang: Lang,
    /// The slide's title, as written over the drawing.
    pub title: String,
    /// The canvas's text alternative: the title and a one-sentence summary.
    pub label: String,
    /// The region button in the tab order.
    pub roving: usize,
    /// Which drawing this is: one a later drawing overtook is stale.
    pub generation: u64,
}

/// What the host page hears, as `zones-infographic:<kind>` events on the container.
#[derive(Debug, Clone, PartialEq)]
pub enum HostEvent {
    /// The first drawing: once.
    Ready { slide: usize, lang: Lang },
    /// Every slide change after it, whatever caused it.
    Slide { slide: usize, lang: Lang },
    /// Every language change after it, whatever caused it.
    Lang { slide: usize, lang: Lang },
    /// A figure's tooltip opened.
    Figure(crate::data::Text),
}

/// An element of the graphic that must stay where it is on screen while the
/// answer is applied (the page scrolls by however far it moved).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// The language switch, under the reader's finger: the other language
    /// draws the chart above it at another height.
    LangSwitch,
}

/// What happens to the tooltip.
#[derive(Debug, Clone, PartialEq)]
pub enum Tip {
    /// Show the tooltip of `target`, its region highlighted, near `anchor`;
    /// `pinned` when a tap opened it: it stays, with a close button.
    Show { target: Target, rect: Rect, anchor: (f64, f64), explanation: Box<Explanation>, pinned: bool },
    /// The same tooltip, beside a pointer that moved.
    Move { anchor: (f64, f64) },
    Hide,
}

/// The kiosk's loop, for its progress bar and its pause and play button.
#[cfg(feature = "kiosk")]
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Clock {
    pub playing: bool,
    /// Each slide's time in the loop: the progress bar fills in it.
    pub advance_ms: f64,
}

/// What the page must do after an event, in this order: tooltip hidden, then
/// the drawing and its region buttons, the controls, the table, the
/// announcement, the tooltip shown, and focus moved last.
#[derive(Debug, Clone, Default)]
pub struct Answer {
    pub draw: Option<Draw>,
    pub tip: Option<Tip>,
    /// The slide and language the controls and the data table must show.
    pub controls: Option<(usize, Lang)>,
    /// A text for the live region.
    pub announce: Option<String>,
    /// A hash to write now, in place of the current history entry.
    pub write_hash: Option<String>,
    /// The time (ms) at which the core wants a `Tick`.
    pub wake_at: Option<f64>,
    /// The graphic's new height in CSS pixels.
    pub height: Option<f64>,
    /// The slide changed: the page brings the graphic's top back into view
    /// (if it is above the screen).
    pub reveal: bool,
    /// What the host page is told, in this order.
    pub host: Vec<HostEvent>,
    /// An element that stays in place on screen while the answer is applied.
    pub keep: Option<Keep>,
    /// The region button that takes the tab stop.
    pub roving: Option<usize>,
    /// The kiosk's loop started, stopped, or showed a new slide.
    #[cfg(feature = "kiosk")]
    pub clock: Option<Clock>,
    /// The kiosk starts over: the page closes the data table.
    #[cfg(feature = "kiosk")]
    pub start_over: bool,
    /// The kiosk's picture moves to this offset (CSS px) against burn-in.
    #[cfg(feature = "kiosk")]
    pub shift: Option<(f64, f64)>,
    /// The link a kiosk's QR code shows: the `share` address with the slide
    /// and language shown.
    #[cfg(feature = "kiosk")]
    pub share: Option<String>,
    /// The page loads the words the module loads after it (its English),
    /// and answers `Words`.
    #[cfg(feature = "later")]
    pub load_words: bool,
    /// A line every reader sees (in the tap hint's place, until the
    /// language next changes) and hears: the words could not load.
    #[cfg(feature = "later")]
    pub said: Option<String>,
    /// Where keyboard focus must go.
    pub focus: Option<FocusTarget>,
    /// The key was the graphic's: the page's default action is prevented.
    pub handled: bool,
}

impl Answer {
    /// Whether the answer did nothing.
    pub fn is_empty(&self) -> bool {
        #[cfg(feature = "kiosk")]
        if self.clock.is_some() || self.shift.is_some() || self.start_over {
            return false;
        }
        self.draw.is_none()
            && self.tip.is_none()
            && self.controls.is_none()
            && self.announce.is_none()
            && self.write_hash.is_none()
            && self.height.is_none()
            && self.roving.is_none()
            && self.focus.is_none()
            && self.host.is_empty()
            && self.keep.is_none()
            && !self.handled
            && !self.load_words()
    }

    /// Whether the page must load the words the module loads after it.
    pub fn load_words(&self) -> bool {
        #[cfg(feature = "later")]
        return self.load_words;
        #[cfg(not(feature = "later"))]
        false
    }
}
