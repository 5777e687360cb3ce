//! The interaction core: every piece of the reader's state (slide, language,
//! look, width, the scene last laid out, tooltip, keyboard focus, touch, the
//! pending hash) and every rule that changes it. It does no I/O: events come in
//! with a timestamp, and each answer says what the page must do (draw, show a
//! tooltip, announce, write the hash, move focus, report a height), as
//! quinn-proto answers a socket layer.

#[cfg(feature = "kiosk")]
mod kiosk;
mod place;

use std::rc::Rc;

pub use place::place_tip;

use super::event::{Answer, Draw, HostEvent, Keep, FocusTarget, Input, Key, Phase, PointerKind, Tip};
use super::options::{DeepLink, Options};
use crate::data::Dataset;
use crate::scene::look::Look;
use crate::scene::{layout_slide, Rect, Scene};
use crate::story::lang::Lang;
use crate::story::{self, Target};

/// A kiosk whose graphic stopped on an error reloads its page after this long
/// (ms): nobody is there to do it.
pub const KIOSK_RELOAD_MS: f64 = 10_000.0;

/// After the words a tooltip asked for failed to load, a tooltip asks again
/// no sooner than this (ms): a page that cannot fetch them is not asked at
/// every tap, and a kiosk whose network came back gets them.
#[cfg(feature = "later")]
pub const QUOTE_RETRY_MS: f64 = 30_000.0;

/// A swipe needs this many CSS pixels of mostly horizontal travel.
pub const SWIPE_PX: f64 = 50.0;

/// A finger that moves no further than this between touching and lifting taps.
pub const TAP_SLOP_PX: f64 = 10.0;

/// The URL hash is written this long (ms) after the last slide or language
/// change: off the path of the switch itself, and once for a quick run of clicks.
pub const HASH_DELAY_MS: f64 = 250.0;

/// Where a keyboard reader's focus is, as far as the graphic knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum FocusAt {
    Outside,
    Mark,
    Prev,
    Next,
}

pub struct Core<'d> {
    data: &'d Dataset,
    slide: usize,
    lang: Lang,
    look: Look,
    /// The available width in CSS pixels (0 while hidden) and the pixel ratio.
    width: f64,
    dpr: f64,
    /// Kiosk mode (in the kiosk build only): its clock and its screen.
    #[cfg(feature = "kiosk")]
    kiosk: Option<kiosk::Kiosk>,
    /// The scene last laid out: what is drawn, and what pointers pick from.
    scene: Option<Rc<Scene>>,
    /// The target whose tooltip is shown, and the box its highlight frames
    /// (a figure may be picked in two places: in a title and as a bar).
    shown: Option<(Target, Rect)>,
    /// Which region button is in the tab order (a roving tab stop).
    roving: usize,
    focus_at: FocusAt,
    /// Where a touch began, for swipes.
    touch_start: Option<(f64, f64)>,
    /// Whether the URL hash follows the slide, and when it is next written.
    hash: bool,
    hash_due: Option<f64>,
    /// The height last reported to the page.
    height: f64,
    /// Counts drawings: an answer whose drawing is no longer the latest is stale.
    generation: u64,
    /// The time the page was last asked to call back at.
    armed: Option<f64>,
    /// Whether the host was told the graphic is ready (at its first drawing).
    ready: bool,
    /// Whether the words of every language are here: the news module loads
    /// its English after it, when a reader first asks for it.
    #[cfg(feature = "later")]
    words_here: bool,
    /// Whether the page was asked to load them and has not answered yet.
    #[cfg(feature = "later")]
    words_asked: bool,
    /// A language a reader switched to, waiting for its words, and what the
    /// page keeps in place when it is shown (the switch, under the finger).
    #[cfg(feature = "later")]
    waiting: Option<(Lang, Option<Keep>)>,
    /// Whether the tooltip shown (`shown`) waits for its sentence, still to
    /// load: then its anchor and whether it is pinned, to show it again,
    /// whole, when the words come.
    #[cfg(feature = "later")]
    unquoted: Option<((f64, f64), bool)>,
    /// When the words a tooltip asked for last failed to load: a tooltip
    /// asks again no sooner than `QUOTE_RETRY_MS` later.
    #[cfg(feature = "later")]
    quotes_failed_at: Option<f64>,
}

impl<'d> Core<'d> {
    /// The state a graphic is mounted with: the hash (when followed) wins over
    /// the options, and nothing is drawn until a `Resize` gives a width.
    pub fn new(data: &'d Dataset, options: &Options, link: &DeepLink, look: Look) -> Core<'d> {
        let options = options.clone().with_link(link);
        // A kiosk never writes the hash: its address stays as it was set up.
        let hash = options.hash && !options.kiosk;
        let link = if options.hash { link.clone() } else { DeepLink::default() };
        let last = data.slides.len().saturating_sub(1);
        let lang = link.lang.or(options.lang).unwrap_or_default();
        Core {
            data,
            slide: link.slide.or(options.slide).unwrap_or(0).min(last),
            lang,
            look,
            width: 0.0,
            dpr: 1.0,
            #[cfg(feature = "kiosk")]
            kiosk: options.kiosk.then(|| kiosk::Kiosk::new(&options, lang)),
            scene: None,
            shown: None,
            roving: 0,
            focus_at: FocusAt::Outside,
            touch_start: None,
            hash,
            hash_due: None,
            height: 0.0,
            generation: 0,
            armed: None,
            ready: false,
            #[cfg(feature = "later")]
            words_here: data.later == 0,
            #[cfg(feature = "later")]
            words_asked: false,
            #[cfg(feature = "later")]
            waiting: None,
            #[cfg(feature = "later")]
            unquoted: None,
            #[cfg(feature = "later")]
            quotes_failed_at: None,
        }
    }

    /// How long after the graphic stops on an error its page reloads (ms):
    /// a kiosk's, which nobody attends; a page of the news, never.
    pub fn reload_after_stop(&self) -> Option<f64> {
        self.kiosk().then_some(KIOSK_RELOAD_MS)
    }

    /// The words came before this graphic was mounted (for another on the
    /// page): it waits for none.
    #[cfg(feature = "later")]
    pub fn words_here(mut self) -> Self {
        self.words_here = true;
        self
    }

    /// Whether the graphic waits for the words of its language (loaded after
    /// the module) before it can draw.
    pub fn waits_for_words(&self) -> bool {
        #[cfg(feature = "later")]
        return self.held(self.lang);
        #[cfg(not(feature = "later"))]
        false
    }

    /// Whether the graphic runs as a kiosk (never, in the news build).
    pub fn kiosk(&self) -> bool {
        #[cfg(feature = "kiosk")]
        return self.kiosk.is_some();
        #[cfg(not(feature = "kiosk"))]
        false
    }

    pub fn slide(&self) -> usize {
        self.slide
    }

    pub fn slide_count(&self) -> usize {
        self.data.slides.len()
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    pub fn look(&self) -> &Look {
        &self.look
    }

    /// The scene last laid out, if any.
    pub fn scene(&self) -> Option<&Scene> {
        self.scene.as_deref()
    }

    /// The region button in the tab order.
    pub fn roving(&self) -> usize {
        self.roving
    }

    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// When the core next wants a `Tick`, if ever.
    pub fn poll_timeout(&self) -> Option<f64> {
        #[cfg(feature = "kiosk")]
        let attract = self.kiosk.as_ref().and_then(|k| k.attract.due());
        #[cfg(not(feature = "kiosk"))]
        let attract = None;
        match (self.hash_due, attract) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    /// Takes one event that happened at `now` (ms) and says what to do.
    pub fn handle(&mut self, now: f64, input: Input) -> Answer {
        let mut answer = Answer::default();
        if matches!(input, Input::Tick { .. }) {
            // The page's timer fired: it must be set again for what is due next.
            self.armed = None;
        }
        #[cfg(feature = "kiosk")]
        if input.is_touch() {
            self.touched(&mut answer, now);
        }
        self.take(&mut answer, now, input);
        // A tooltip waiting for its sentence asks the page for the words,
        // unless they failed to load a moment ago.
        #[cfg(feature = "later")]
        if self.unquoted.is_some() && self.quotes_failed_at.is_none_or(|at| now - at >= QUOTE_RETRY_MS) {
            self.ask_for_words(&mut answer);
        }
        #[cfg(feature = "kiosk")]
        self.begin_loop(&mut answer, now);
        let due = self.poll_timeout();
        if due != self.armed {
            self.armed = due;
            answer.wake_at = due;
        }
        answer
    }

    fn take(&mut self, answer: &mut Answer, now: f64, input: Input) {
        let answer = &mut *answer;
        match input {
            Input::Resize { width, height, dpr } => {
                let width = width.max(0.0).floor();
                // Only a kiosk reads the height: the screen it fills.
                #[cfg(feature = "kiosk")]
                let screen_changed = self.screen(width, height);
                #[cfg(not(feature = "kiosk"))]
                let screen_changed = {
                    let _ = height;
                    false
                };
                if width != self.width || dpr != self.dpr || screen_changed {
                    self.width = width;
                    self.dpr = dpr;
                    self.hide(answer);
                    self.redraw(answer);
                }
            }
            Input::Look(look) => {
                self.look = look;
                self.refresh(answer, now, false);
            }
            Input::Next => self.step(answer, now, 1),
            Input::Prev => self.step(answer, now, -1),
            Input::Advance => {
                let next = if self.slide + 1 >= self.data.slides.len() { 0 } else { self.slide + 1 };
                self.show(answer, now, next);
            }
            Input::Show(index) => self.show(answer, now, index),
            Input::SetLang(lang) => self.set_lang(answer, now, lang),
            Input::ToggleLang => {
                answer.keep = Some(Keep::LangSwitch);
                self.set_lang(answer, now, self.lang.other());
            }
            Input::HashChanged(link) => {
                if self.hash {
                    if let Some(lang) = link.lang {
                        self.set_lang(answer, now, lang);
                    }
                    if let Some(slide) = link.slide {
                        self.show(answer, now, slide);
                    }
                }
            }
            Input::Pointer { x, y, kind, phase } => self.pointer(answer, now, x, y, kind, phase),
            Input::PressOutside | Input::CloseTip => self.hide(answer),
            Input::Key { key, on_mark } => self.key(answer, now, key, on_mark),
            Input::Focus(target) => self.focus(answer, target),
            Input::Blur(target) => {
                if matches!(target, FocusTarget::Mark(_)) {
                    self.hide(answer);
                }
                if self.focus_at == focus_at(target) {
                    self.focus_at = FocusAt::Outside;
                }
            }
            Input::Tick { page_moved, hash } => {
                // A page the host (or the reader) moved to meanwhile keeps its
                // address: the pending write is dropped. So does a hash that is
                // the host's (`#comments`): only an empty one, or a link of the
                // graphic's own, is written over.
                // A language still waiting for its words writes nothing yet: the
                // address keeps it until it is shown (and written then).
                #[cfg(feature = "later")]
                let due = self.waiting.is_none() && self.hash_due.is_some_and(|due| now >= due);
                #[cfg(not(feature = "later"))]
                let due = self.hash_due.is_some_and(|due| now >= due);
                if due {
                    self.hash_due = None;
                    if !page_moved && DeepLink::is_link(&hash) {
                        answer.write_hash = Some(DeepLink::format(self.slide, self.lang));
                    }
                }
                #[cfg(feature = "kiosk")]
                self.attract_tick(answer, now);
            }
            #[cfg(feature = "kiosk")]
            Input::TogglePlay => self.toggle_play(answer, now),
            #[cfg(feature = "kiosk")]
            Input::ReducedMotion(still) => {
                if let Some(kiosk) = &mut self.kiosk {
                    kiosk.attract.set_still(still);
                }
            }
            // The kiosk's own events mean nothing to a graphic in a page.
            #[cfg(not(feature = "kiosk"))]
            Input::TogglePlay | Input::ReducedMotion(_) => {}
            Input::Touch => {}
            #[cfg(feature = "later")]
            Input::Words(came) => self.words_came(answer, now, came),
        }
    }

    /// Whether `lang` must wait for its words: every language but the default
    /// one, until they came. (A build without the feature `later` holds
    /// every word.)
    #[cfg(feature = "later")]
    fn held(&self, lang: Lang) -> bool {
        !self.words_here && lang != Lang::default()
    }

    /// Asks the page for the words, once until it answers.
    #[cfg(feature = "later")]
    fn ask_for_words(&mut self, answer: &mut Answer) {
        if !self.words_asked {
            self.words_asked = true;
            answer.load_words = true;
        }
    }

    #[cfg(feature = "later")]
    /// The words came, or could not load: the language waiting for them is
    /// shown, or the reader is told, in the language shown, that it could not
    /// be; a graphic mounted in that language is drawn in the default one.
    fn words_came(&mut self, answer: &mut Answer, now: f64, came: bool) {
        self.words_asked = false;
        let waiting = self.waiting.take();
        let unquoted = self.unquoted.take();
        if came {
            let drawn = !self.held(self.lang);
            self.words_here = true;
            match (waiting, unquoted) {
                (Some((lang, keep)), _) => {
                    answer.keep = keep;
                    self.set_lang(answer, now, lang);
                }
                // A graphic mounted in a language that waited is drawn.
                (None, _) if !drawn => self.refresh(answer, now, false),
                // The tooltip still shown gets its sentence, in place; nothing
                // else drawn changes.
                (None, Some((anchor, pinned))) => {
                    if let Some((target, rect)) = self.shown.clone() {
                        if let Some(explanation) = story::explain(self.data, &target, self.lang) {
                            answer.tip = Some(Tip::Show { target, rect, anchor, explanation: Box::new(explanation), pinned });
                        }
                    }
                }
                (None, None) => {}
            }
            return;
        }
        if self.held(self.lang) {
            self.lang = Lang::default();
            self.refresh(answer, now, false);
        } else if waiting.is_none() {
            // A tooltip's sentence: the reader is told once, and the tooltip
            // stays as it is.
            if unquoted.is_some() {
                self.quotes_failed_at = Some(now);
                answer.said = Some(story::copy::word(self.data, crate::data::Msg::QuotesFailed, self.lang).to_string());
            }
            return;
        }
        answer.said = Some(story::copy::word(self.data, crate::data::Msg::WordsFailed, self.lang).to_string());
    }

    fn step(&mut self, answer: &mut Answer, now: f64, delta: i64) {
        let target = self.slide as i64 + delta;
        if target >= 0 {
            self.show(answer, now, target as usize);
        }
    }

    fn show(&mut self, answer: &mut Answer, now: f64, index: usize) {
        let index = index.min(self.data.slides.len().saturating_sub(1));
        if index == self.slide {
            return;
        }
        self.slide = index;
        self.roving = 0;
        answer.reveal = true;
        // Once the host heard the graphic is ready, it hears of every change.
        if self.ready {
            answer.host.push(HostEvent::Slide { slide: self.slide, lang: self.lang });
        }
        self.refresh(answer, now, true);
        #[cfg(feature = "kiosk")]
        if let Some(shift) = self.kiosk.as_mut().and_then(|k| k.attract.shift(now)) {
            answer.shift = Some(shift);
        }
    }

    fn set_lang(&mut self, answer: &mut Answer, now: f64, lang: Lang) {
        // A language whose words are still to load waits for them; a later
        // switch replaces it.
        #[cfg(feature = "later")]
        {
            self.waiting = None;
            if lang != self.lang && self.held(lang) {
                self.waiting = Some((lang, answer.keep.take()));
                self.ask_for_words(answer);
                return;
            }
        }
        if lang != self.lang {
            self.lang = lang;
            if self.ready {
                answer.host.push(HostEvent::Lang { slide: self.slide, lang });
            }
            self.refresh(answer, now, true);
        }
    }

    /// Everything that follows from the slide, language and look: the drawing,
    /// the controls, the table and, for a reader's change, the announcement and
    /// the hash a quarter of a second later.
    fn refresh(&mut self, answer: &mut Answer, now: f64, announce: bool) {
        self.hide(answer);
        self.redraw(answer);
        answer.controls = Some((self.slide, self.lang));
        #[cfg(feature = "kiosk")]
        {
            answer.share = self.share_link();
        }
        // Back, disabled on the first slide, hands keyboard focus to Next
        // (which starts again from the last slide, so is never disabled).
        if self.focus_at == FocusAt::Prev && self.slide == 0 && self.data.slides.len() > 1 {
            answer.focus = Some(FocusTarget::Next);
        }
        if announce {
            answer.announce = Some(story::announce(self.data, self.slide, self.lang));
            if self.hash {
                self.hash_due = Some(now + HASH_DELAY_MS);
                answer.wake_at = self.hash_due;
            }
        }
    }

    /// Lays out the current slide for the width, as tall as its content;
    /// nothing while hidden (width 0).
    /// The slide laid out for the width, and the scale it is shown at: 1 on
    /// a page; a kiosk fits it to its screen.
    fn lay_out(&mut self) -> Option<(Scene, f64)> {
        #[cfg(feature = "kiosk")]
        if let Some(fitted) = self.lay_out_fitted() {
            return fitted;
        }
        Some((layout_slide(self.data, self.slide, self.width, self.lang, &self.look)?, 1.0))
    }

    fn redraw(&mut self, answer: &mut Answer) {
        if self.width <= 0.0 {
            return;
        }
        // A graphic mounted in a language whose words are still to load is
        // drawn when they come.
        #[cfg(feature = "later")]
        if self.held(self.lang) {
            self.ask_for_words(answer);
            return;
        }
        let Some((scene, scale)) = self.lay_out() else { return };
        if scene.height != self.height {
            self.height = scene.height;
            answer.height = Some(scene.height);
        }
        self.roving = self.roving.min(scene.hits.len().saturating_sub(1));
        let scene = Rc::new(scene);
        self.scene = Some(Rc::clone(&scene));
        self.generation += 1;
        let spec = &self.data.slides[self.slide];
        let title = story::fill_template(self.data, self.lang.pick(&spec.title), self.lang);
        let label = story::alt_text(self.data, spec, self.lang);
        answer.draw = Some(Draw { scene, dpr: self.dpr * scale, scale, slide: self.slide, lang: self.lang, title, label, roving: self.roving, generation: self.generation });
        // The host hears of the first drawing once.
        if !self.ready {
            self.ready = true;
            answer.host.push(HostEvent::Ready { slide: self.slide, lang: self.lang });
        }
        // A keyboard reader inside the region buttons stays inside, with the
        // tooltip of the button that keeps focus.
        if self.focus_at == FocusAt::Mark {
            answer.focus = Some(FocusTarget::Mark(self.roving));
            self.mark_tip(answer, self.roving);
        }
    }

    fn pointer(&mut self, answer: &mut Answer, now: f64, x: f64, y: f64, kind: PointerKind, phase: Phase) {
        match phase {
            // A mouse picks as it presses; a finger or pen on lifting, so that a
            // finger that starts a scroll or a swipe on a figure opens nothing.
            Phase::Down if kind == PointerKind::Mouse => self.pick(answer, x, y, false),
            Phase::Down => self.touch_start = Some((x, y)),
            // Hover shows tooltips for mice; touch and pen show them on a tap.
            Phase::Move if kind == PointerKind::Mouse => self.pick(answer, x, y, false),
            Phase::Move => {}
            Phase::Up => {
                // A mostly horizontal drag is a swipe: to the left for the next slide.
                if let Some((x0, y0)) = self.touch_start.take() {
                    let (dx, dy) = (x - x0, y - y0);
                    if dx.abs() >= SWIPE_PX && dx.abs() > 1.5 * dy.abs() {
                        self.step(answer, now, if dx < 0.0 { 1 } else { -1 });
                    } else if dx.abs() <= TAP_SLOP_PX && dy.abs() <= TAP_SLOP_PX {
                        self.pick(answer, x0, y0, true);
                    }
                }
            }
            Phase::Leave if kind == PointerKind::Mouse => self.hide(answer),
            Phase::Leave => {}
        }
    }

    /// The tooltip of the region under a point, or none; `pinned` when a tap
    /// opened it (it then shows its close button).
    fn pick(&mut self, answer: &mut Answer, x: f64, y: f64, pinned: bool) {
        let hit = self.scene.as_ref().and_then(|s| s.hit(x, y).cloned());
        match hit {
            Some(hit) => {
                let frame = hit.frame();
                self.tip(answer, hit.target, frame, (x, y), pinned);
            }
            None => self.hide(answer),
        }
    }

    fn key(&mut self, answer: &mut Answer, now: f64, key: Key, on_mark: bool) {
        answer.handled = true;
        match key {
            Key::Left => self.step(answer, now, -1),
            Key::Right => self.step(answer, now, 1),
            Key::Escape => self.hide(answer),
            Key::Down if on_mark => self.move_focus(answer, 1),
            Key::Up if on_mark => self.move_focus(answer, -1),
            Key::Home if on_mark => self.move_focus(answer, i64::MIN),
            Key::End if on_mark => self.move_focus(answer, i64::MAX),
            _ => answer.handled = false,
        }
    }

    /// Moves keyboard focus among the region buttons.
    fn move_focus(&mut self, answer: &mut Answer, delta: i64) {
        let count = self.scene.as_ref().map_or(0, |s| s.hits.len());
        if count == 0 {
            return;
        }
        let next = (self.roving as i64).saturating_add(delta).clamp(0, count as i64 - 1) as usize;
        self.roving = next;
        answer.roving = Some(next);
        answer.focus = Some(FocusTarget::Mark(next));
    }

    fn focus(&mut self, answer: &mut Answer, target: FocusTarget) {
        self.focus_at = focus_at(target);
        if let FocusTarget::Mark(i) = target {
            // Focus may come from a screen reader or a script: the tab stop follows it.
            if i != self.roving && self.scene.as_ref().is_some_and(|s| i < s.hits.len()) {
                self.roving = i;
                answer.roving = Some(i);
            }
            self.mark_tip(answer, i);
        }
    }

    /// The tooltip of region button `i`, under its region.
    fn mark_tip(&mut self, answer: &mut Answer, i: usize) {
        if let Some(hit) = self.scene.as_ref().and_then(|s| s.hits.get(i).cloned()) {
            let frame = hit.frame();
            let anchor = (frame.x + frame.w.min(160.0) / 2.0, frame.bottom() - 8.0);
            self.tip(answer, hit.target, frame, anchor, false);
        }
    }

    fn tip(&mut self, answer: &mut Answer, target: Target, rect: Rect, anchor: (f64, f64), pinned: bool) {
        if self.shown.as_ref().is_some_and(|(t, r)| *t == target && *r == rect) {
            // One still waiting for its sentence is shown again where the pointer is.
            #[cfg(feature = "later")]
            if let Some(waiting) = self.unquoted.as_mut() {
                waiting.0 = anchor;
            }
            answer.tip = Some(Tip::Move { anchor });
            return;
        }
        let Some(explanation) = story::explain(self.data, &target, self.lang) else { return };
        if let Target::Figure(id) = &target {
            answer.host.push(HostEvent::Figure(id.clone()));
        }
        // A sentence still to load: the tooltip shows the rest now (and
        // `handle` asks for the words).
        #[cfg(feature = "later")]
        {
            let waits = explanation.quote.is_none() && !self.words_here && story::quotes(self.data, &target);
            self.unquoted = waits.then_some((anchor, pinned));
        }
        self.shown = Some((target.clone(), rect));
        answer.tip = Some(Tip::Show { target, rect, anchor, explanation: Box::new(explanation), pinned });
    }

    fn hide(&mut self, answer: &mut Answer) {
        #[cfg(feature = "later")]
        {
            self.unquoted = None;
        }
        if self.shown.take().is_some() {
            answer.tip = Some(Tip::Hide);
        }
    }
}

fn focus_at(target: FocusTarget) -> FocusAt {
    match target {
        FocusTarget::Mark(_) => FocusAt::Mark,
        FocusTarget::Prev => FocusAt::Prev,
        FocusTarget::Next => FocusAt::Next,
        FocusTarget::Other => FocusAt::Outside,
    }
}
