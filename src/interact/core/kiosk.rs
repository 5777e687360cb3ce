//! The core in kiosk mode (the kiosk build only): the slide fitted to the
//! screen, and the attract loop's cues (highlight, next slide, start over)
//! turned into what to show.

use super::Core;
use crate::interact::attract::{Attract, Cue};
use crate::interact::event::{Answer, Clock};
use crate::interact::options::{DeepLink, Options};
use crate::scene::screen::{fit_language, lay_out_fitted, Fit};
use crate::scene::{Rect, Scene};
use crate::story;
use crate::story::lang::Lang;

/// What a kiosk adds to the core: its clock, the language it starts over in,
/// the height of the screen above the controls, and how each slide and
/// language fits that screen (found once per size).
pub(super) struct Kiosk {
    pub(super) attract: Attract,
    home_lang: Lang,
    height: f64,
    fits: Vec<((usize, Lang), Fit)>,
    share: Option<String>,
    /// Whether the loop has begun (with the first drawing).
    begun: bool,
}

impl Kiosk {
    pub(super) fn new(options: &Options, lang: Lang) -> Kiosk {
        Kiosk { attract: Attract::new(options.advance, options.idle), home_lang: lang, height: 0.0, fits: Vec::new(), share: options.share.clone(), begun: false }
    }
}

impl Core<'_> {
    /// The kiosk's loop: whether it plays.
    pub fn playing(&self) -> bool {
        self.kiosk.as_ref().is_some_and(|k| k.attract.playing())
    }

    /// The link a visitor's phone opens for the slide and language shown:
    /// the `share` address with the graphic's own hash.
    pub(super) fn share_link(&self) -> Option<String> {
        let base = self.kiosk.as_ref()?.share.as_ref()?;
        Some(format!("{base}{}", DeepLink::format_with_lang(self.slide, self.lang)))
    }

    /// A new size of the screen area: whether its height changed (the
    /// slides are fitted again for a new size).
    pub(super) fn screen(&mut self, width: f64, height: f64) -> bool {
        let same_width = width == self.width;
        let Some(kiosk) = &mut self.kiosk else { return false };
        let height = height.max(0.0).floor();
        let changed = height != kiosk.height;
        if changed || !same_width {
            kiosk.fits.clear();
        }
        kiosk.height = height;
        changed
    }

    /// The slide fitted to the kiosk's screen and the scale it is shown at;
    /// `None` on a page (or before the screen has a height).
    pub(super) fn lay_out_fitted(&mut self) -> Option<Option<(Scene, f64)>> {
        let kiosk = self.kiosk.as_mut().filter(|k| k.height > 0.0)?;
        // Every slide of the language is fitted at once, at one scale.
        if !kiosk.fits.iter().any(|((_, lang), _)| *lang == self.lang) {
            let Some(fits) = fit_language(self.data, self.width, kiosk.height, self.lang, &self.look) else { return Some(None) };
            kiosk.fits.extend(fits.into_iter().enumerate().map(|(slide, fit)| ((slide, self.lang), fit)));
        }
        let key = (self.slide, self.lang);
        let fit = kiosk.fits.iter().find(|(k, _)| *k == key)?.1;
        Some(lay_out_fitted(self.data, self.slide, self.width, Some(kiosk.height), self.lang, &self.look, fit).map(|s| (s, fit.scale)))
    }

    /// A reader touched the screen: the loop stops.
    pub(super) fn touched(&mut self, answer: &mut Answer, now: f64) {
        if let Some(kiosk) = &mut self.kiosk {
            if kiosk.attract.touched(now) {
                answer.clock = Some(Clock { playing: false, advance_ms: kiosk.attract.advance_ms() });
            }
        }
    }

    /// The pause and play button.
    pub(super) fn toggle_play(&mut self, answer: &mut Answer, now: f64) {
        let figures = self.figures();
        let Some(kiosk) = &mut self.kiosk else { return };
        kiosk.attract.toggle(now, figures);
        let playing = kiosk.attract.playing();
        answer.clock = Some(Clock { playing, advance_ms: kiosk.attract.advance_ms() });
        if !playing {
            self.hide(answer);
        }
    }

    /// The hit regions of the scene drawn that the kiosk's loop highlights
    /// (see `story::tells`), by index; not those in the title, whose tooltip
    /// would cover the title and the deck (their figures stand in the chart too).
    pub(super) fn told(&self) -> Vec<usize> {
        let Some(scene) = &self.scene else { return Vec::new() };
        let in_title = |r: Rect| r.y < scene.title.bottom() && r.bottom() > scene.title.y && r.x < scene.title.right() && r.right() > scene.title.x;
        (0..scene.hits.len()).filter(|&i| story::tells(self.data, &scene.hits[i].target) && !in_title(scene.hits[i].rect)).collect()
    }

    pub(super) fn figures(&self) -> usize {
        self.told().len()
    }

    /// The loop begins with the answer that carries the first drawing, so the
    /// page shows it playing (a kiosk that starts in a language whose words
    /// load after the module draws, and begins, when they came).
    pub(super) fn begin_loop(&mut self, answer: &mut Answer, now: f64) {
        if answer.draw.is_some() && self.kiosk.as_ref().is_some_and(|k| !k.begun) {
            if let Some(kiosk) = &mut self.kiosk {
                kiosk.begun = true;
            }
            self.start_loop(answer, now);
        }
    }

    pub(super) fn start_loop(&mut self, answer: &mut Answer, now: f64) {
        let figures = self.figures();
        if let Some(kiosk) = &mut self.kiosk {
            kiosk.attract.start(now, figures);
            answer.clock = Some(Clock { playing: true, advance_ms: kiosk.attract.advance_ms() });
        }
    }

    /// What the kiosk's clock asks for at `now`.
    pub(super) fn attract_tick(&mut self, answer: &mut Answer, now: f64) {
        let Some(cue) = self.kiosk.as_mut().map(|k| k.attract.tick(now)) else { return };
        match cue {
            Cue::Wait => {}
            Cue::Highlight(n) => {
                let told = self.told();
                if !told.is_empty() {
                    self.mark_tip(answer, told[n % told.len()]);
                }
            }
            Cue::NextSlide => {
                let next = if self.slide + 1 >= self.data.slides.len() { 0 } else { self.slide + 1 };
                if next == 0 {
                    if let Some(kiosk) = &mut self.kiosk {
                        kiosk.attract.next_pass();
                    }
                }
                self.show(answer, now, next);
                let figures = self.figures();
                if let Some(kiosk) = &mut self.kiosk {
                    kiosk.attract.on_slide(now, figures);
                    answer.clock = Some(Clock { playing: true, advance_ms: kiosk.attract.advance_ms() });
                }
            }
            Cue::StartOver => {
                self.hide(answer);
                answer.start_over = true;
                let home = self.kiosk.as_ref().map_or(self.lang, |k| k.home_lang);
                self.set_lang(answer, now, home);
                self.show(answer, now, 0);
                self.start_loop(answer, now);
            }
        }
    }
}
