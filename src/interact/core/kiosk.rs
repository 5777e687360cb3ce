//! The core in kiosk mode: the slide fitted to the screen, and the attract
//! loop's cues (highlight, next slide, start over) turned into what to show.

use super::Core;
use crate::interact::attract::Cue;
use crate::interact::event::{Answer, Clock};
use crate::scene::screen::{fit_screen, lay_out_fitted};
use crate::scene::{layout_slide, Rect, Scene};
use crate::story;

impl Core<'_> {
    /// The slide laid out for the width, and the scale it is shown at: 1 on
    /// a page; in kiosk mode, fitted to the screen (each slide and language is
    /// fitted once per screen size).
    pub(super) fn lay_out(&mut self) -> Option<(Scene, f64)> {
        if !self.kiosk() || self.height_for <= 0.0 {
            return Some((layout_slide(self.data, self.slide, self.width, self.lang, &self.look)?, 1.0));
        }
        let key = (self.slide, self.lang);
        if let Some((_, fit)) = self.fits.iter().find(|(k, _)| *k == key) {
            return Some((lay_out_fitted(self.data, self.slide, self.width, self.lang, &self.look, *fit)?, fit.scale));
        }
        let (scene, fit) = fit_screen(self.data, self.slide, self.width, self.height_for, self.lang, &self.look)?;
        self.fits.push((key, fit));
        Some((scene, fit.scale))
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

    pub(super) fn start_loop(&mut self, answer: &mut Answer, now: f64) {
        let figures = self.figures();
        if let Some(attract) = &mut self.attract {
            attract.start(now, figures);
            answer.clock = Some(Clock { playing: true, advance_ms: attract.advance_ms() });
        }
    }

    /// What the kiosk's clock asks for at `now`.
    pub(super) fn attract_tick(&mut self, answer: &mut Answer, now: f64) {
        let Some(cue) = self.attract.as_mut().map(|a| a.tick(now)) else { return };
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
                    if let Some(attract) = &mut self.attract {
                        attract.next_pass();
                    }
                }
                self.show(answer, now, next);
                let figures = self.figures();
                if let Some(attract) = &mut self.attract {
                    attract.on_slide(now, figures);
                    answer.clock = Some(Clock { playing: true, advance_ms: attract.advance_ms() });
                }
            }
            Cue::StartOver => {
                self.hide(answer);
                answer.start_over = true;
                let home = self.home_lang;
                self.set_lang(answer, now, home);
                self.show(answer, now, 0);
                self.start_loop(answer, now);
            }
        }
    }
}
