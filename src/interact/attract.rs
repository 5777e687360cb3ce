//! The kiosk's clock: the attract loop that tells the story when nobody
//! touches the screen, its pause, a touch that stops it, the reset after a
//! quiet spell, and the shift of the whole picture against burn-in. Time is
//! passed in (ms); the core turns each cue into what to show.

/// The picture moves this far (CSS px) at most, in steps through these offsets.
pub const SHIFTS: [(f64, f64); 5] = [(0.0, 0.0), (3.0, 2.0), (-2.0, 3.0), (2.0, -3.0), (-3.0, -2.0)];

/// The picture shifts at the first slide change this long (ms) after the last shift.
pub const SHIFT_EVERY_MS: f64 = 180_000.0;

/// At most this many figures are highlighted on a slide in one pass of the
/// loop: at the default 10 s a slide, each stays 4 s, time to read its sentence.
pub const HIGHLIGHTS: usize = 2;

/// The share of a slide's time it shows alone before its first highlight.
pub const ALONE: f64 = 0.2;

/// A pause by the button lasts this many idle times (a reader who paused to
/// read is given longer than one who just touched the screen); then the
/// kiosk starts over, so that it never stays still for good.
pub const PAUSE_IDLES: f64 = 3.0;

/// What the clock asks for when it is due.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// Nothing yet.
    Wait,
    /// Highlight the `n`-th figure of the slide in the loop's order.
    Highlight(usize),
    /// The next slide (after the last, the first).
    NextSlide,
    /// Nobody touched the screen for the idle time: start over.
    StartOver,
}

#[derive(Debug, Clone)]
pub struct Attract {
    /// Each slide's time in the loop, and the quiet time before starting over (ms).
    advance: f64,
    idle: f64,
    playing: bool,
    /// While playing, the next beat; while stopped, when to look whether the
    /// screen has been quiet long enough to start over.
    due: Option<f64>,
    /// While stopped: the last touch, and how long after it the kiosk starts
    /// over (the idle time, or three after a pause).
    touched_at: f64,
    quiet: f64,
    /// Highlights shown on this slide in this pass.
    beat: usize,
    /// How many highlights this slide has in a pass.
    beats: usize,
    /// Passes of the loop so far: each pass highlights the next figures.
    pass: usize,
    /// Under reduced motion nothing moves but the slide change.
    still: bool,
    shift: usize,
    shift_due: f64,
}

impl Attract {
    /// A clock with the options' seconds, stopped until `start`.
    pub fn new(advance_s: f64, idle_s: f64) -> Attract {
        Attract { advance: advance_s * 1000.0, idle: idle_s * 1000.0, playing: false, due: None, touched_at: 0.0, quiet: 0.0, beat: 0, beats: 0, pass: 0, still: false, shift: 0, shift_due: 0.0 }
    }

    pub fn playing(&self) -> bool {
        self.playing
    }

    /// Each slide's time in the loop (ms).
    pub fn advance_ms(&self) -> f64 {
        self.advance
    }

    pub fn due(&self) -> Option<f64> {
        self.due
    }

    /// Which pass of the loop this is (from 0).
    pub fn pass(&self) -> usize {
        self.pass
    }

    /// The highlights a slide with `figures` hit regions gets in a pass.
    fn beats_for(&self, figures: usize) -> usize {
        if self.still {
            0
        } else {
            figures.min(HIGHLIGHTS)
        }
    }

    /// The time from the beat just done to the next: the slide alone first
    /// (a fifth of its time), then its highlights sharing the rest.
    fn period(&self) -> f64 {
        match (self.beats, self.beat) {
            (0, _) => self.advance,
            (_, 0) => self.advance * ALONE,
            (n, _) => self.advance * (1.0 - ALONE) / n as f64,
        }
    }

    /// Plays from `now`, on a slide just shown with `figures` hit regions.
    pub fn start(&mut self, now: f64, figures: usize) {
        self.playing = true;
        self.on_slide(now, figures);
    }

    /// A slide was shown at `now` while playing: its highlights start.
    pub fn on_slide(&mut self, now: f64, figures: usize) {
        self.beat = 0;
        self.beats = self.beats_for(figures);
        if self.playing {
            self.due = Some(now + self.period());
        }
    }

    /// A reader touched the screen (or a key, a click): the loop stops, and
    /// starts over after the idle time. Returns whether it was playing. A
    /// finger that keeps moving only notes the time: the timer already set
    /// looks again when it fires, so a move does not set a new one.
    pub fn touched(&mut self, now: f64) -> bool {
        let was = self.playing;
        self.playing = false;
        self.touched_at = now;
        self.quiet = self.idle;
        let over = now + self.idle;
        self.due = Some(if was { over } else { self.due.map_or(over, |due| due.min(over)) });
        was
    }

    /// The pause and play button.
    pub fn toggle(&mut self, now: f64, figures: usize) {
        if self.playing {
            self.touched(now);
            self.quiet = self.idle * PAUSE_IDLES;
            self.due = Some(now + self.quiet);
        } else {
            self.start(now, figures);
        }
    }

    /// Reduced motion, as the system says.
    pub fn set_still(&mut self, still: bool) {
        self.still = still;
    }

    /// What is due at `now`.
    pub fn tick(&mut self, now: f64) -> Cue {
        let Some(due) = self.due.filter(|due| now >= *due) else { return Cue::Wait };
        if !self.playing {
            let over = self.touched_at + self.quiet;
            if now < over {
                // Touched since the timer was set: look again then.
                self.due = Some(over);
                return Cue::Wait;
            }
            self.due = None;
            return Cue::StartOver;
        }
        if self.beat < self.beats {
            let n = self.pass * self.beats + self.beat;
            self.beat += 1;
            // Beats keep their rhythm even when a tick comes late.
            let period = self.period();
            self.due = Some(due + period).filter(|next| *next > now).or(Some(now + period));
            return Cue::Highlight(n);
        }
        self.due = None;
        Cue::NextSlide
    }

    /// The loop came round to the first slide.
    pub fn next_pass(&mut self) {
        self.pass = self.pass.wrapping_add(1);
    }

    /// At a slide change at `now`: the next offset of the whole picture, when
    /// it is time to move it.
    pub fn shift(&mut self, now: f64) -> Option<(f64, f64)> {
        if now < self.shift_due {
            return None;
        }
        let first = self.shift_due == 0.0;
        self.shift_due = now + SHIFT_EVERY_MS;
        if first {
            return None;
        }
        self.shift = (self.shift + 1) % SHIFTS.len();
        Some(SHIFTS[self.shift])
    }
}
