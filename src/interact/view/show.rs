//! The edits for each part of an answer: the drawing's title and region
//! buttons, the controls and their labels, the tooltip and where it goes, the
//! look, and the kiosk's button, zoom and shift.

use super::template::*;
use super::Patch;
use crate::data::Dataset;
use crate::interact::{place_tip, Draw};
use crate::scene::look::Look;
use crate::scene::text::Keep;
use crate::scene::{Rect, Scene};
use crate::story::lang::Lang;
use crate::story::{self, Explanation};

/// A drawing's DOM side: the box that clips the canvas, the canvas's text
/// alternative, the title over the drawn one, and the region buttons.
/// `tip_id` names the tooltip that describes the buttons.
pub fn drawn(p: &mut Patch, data: &Dataset, d: &Draw, tip_id: &str) {
    let scene = &d.scene;
    p.px(PAINT, "width", scene.width);
    p.px(PAINT, "height", scene.height);
    // The drawing's left edge, which the controls, the hint and the foot share.
    p.px(ROOT, "--zi-edge", scene.title.x);
    p.attr(CANVAS, "aria-label", &d.label);
    p.text(TITLE, &d.title);
    p.rect(TITLE, scene.title);
    marks(p, data, scene, d.lang, d.roving, tip_id);
}

/// One region button per hit region of `scene`, each over its region and
/// named by its target's key (`data-target`) and its figure; `roving` is the
/// one in the tab order. Each is described by the tooltip (`tip_id`), which
/// shows the quote and source while it has focus. Buttons are kept from one
/// drawing to the next (a resize only moves them); the page removes those
/// beyond the scene's before (removing a focused one fires focus events).
pub fn marks(p: &mut Patch, data: &Dataset, scene: &Scene, lang: Lang, roving: usize, tip_id: &str) {
    for (i, hit) in scene.hits.iter().enumerate() {
        p.child(MARKS, i, "button", "zi-mark");
        let b = MARKS.child(i);
        p.attr(b, "type", "button");
        p.attr(b, "data-i", &i.to_string());
        p.attr(b, "aria-describedby", tip_id);
        p.attr(b, "data-target", &hit.target.key());
        p.attr(b, "tabindex", if i == roving { "0" } else { "-1" });
        match story::explain(data, &hit.target, lang) {
            Some(ex) => p.attr(b, "aria-label", &story::region_name(data, &ex, lang)),
            None => p.unset(b, "aria-label"),
        }
        p.rect(b, hit.rect);
    }
}

/// Region button `roving` in the tab order, and no other of the `count`.
pub fn roving(p: &mut Patch, count: usize, roving: usize) {
    for i in 0..count {
        p.attr(MARKS.child(i), "tabindex", if i == roving { "0" } else { "-1" });
    }
}

/// The controls for a slide: which step is current, whether Next starts again
/// and Back is disabled; and, when `relabel`, every label in `lang` (the
/// attributes the CSS reads, such as `lang`, are written only then: writing
/// them restyles the graphic). The step buttons are made at the first labels.
pub fn controls(p: &mut Patch, data: &Dataset, slide: usize, lang: Lang, relabel: bool) {
    let n = data.slides.len();
    if relabel {
        labels(p, data, lang);
    }
    p.flag(NEXT, "data-last", slide + 1 >= n);
    for k in 0..n {
        let step = STEPS.child(k);
        if k == slide {
            p.attr(step, "aria-current", "step");
        } else {
            p.unset(step, "aria-current");
        }
    }
    p.flag(PREV, "disabled", slide == 0);
    p.text(TABLE_SUMMARY, story::copy::word(data, crate::data::Msg::Data, lang));
}

fn labels(p: &mut Patch, data: &Dataset, lang: Lang) {
    let c = story::controls(data, lang);
    p.text(PREV, "‹");
    p.attr(PREV, "aria-label", &c.back);
    p.text(NEXT_GO, &c.next);
    p.text(NEXT_AGAIN, &c.again);
    p.attr(STEPS, "aria-label", &c.steps);
    for (k, name) in c.step_names.iter().enumerate() {
        p.child(STEPS, k, "button", "zi-step");
        let step = STEPS.child(k);
        p.text(step, &(k + 1).to_string());
        p.attr(step, "type", "button");
        p.attr(step, "data-step", &k.to_string());
        p.attr(step, "title", name);
        p.attr(step, "aria-label", name);
    }
    p.text(HINT, story::copy::word(data, crate::data::Msg::TapHint, lang));
    p.attr(SAVE, "aria-label", &c.save);
    for (k, label) in c.save_buttons.iter().enumerate() {
        p.text(SAVE.child(k), label);
    }
    // The switch is labelled in the language it switches to.
    p.text(LANG, &c.switch);
    p.attr(LANG, "lang", c.switch_tag);
    p.attr(ROOT, "lang", c.tag);
    p.attr(ROOT, "aria-label", &c.graphic);
}

/// The tooltip filled with an explanation (its text scrolled back to the
/// top), and the highlight around its figure's box `frame`; `pinned` when a
/// tap opened it (it then shows its close button); what `keep` keeps whole
/// on a line stays whole. The page then measures
/// it and places it (`place`).
pub fn show_tip(p: &mut Patch, ex: &Explanation, frame: Rect, pinned: bool, keep: &Keep) {
    p.class(TOOLTIP, "zi-pinned", pinned);
    p.style(TOOLTIP, "max-height", "");
    p.prop(TIP_BODY, "scrollTop", "0");
    // Its lines break where the canvas's would: kept words stay whole.
    p.kept_text(TIP_KICKER, &ex.kicker, keep);
    p.kept_text(TIP_HEADLINE, &ex.headline, keep);
    p.text(TIP_DERIVED, &ex.marked);
    p.flag(TIP_DERIVED, "hidden", ex.marked.is_empty());
    p.kept_text(TIP_DETAIL, &ex.detail, keep);
    for (el, text) in [(TIP_QUOTE, ex.quote.as_deref()), (TIP_GLOSS, ex.gloss.as_deref())] {
        p.flag(el, "hidden", text.is_none());
        p.kept_text(el, text.unwrap_or_default(), keep);
    }
    p.kept_text(TIP_SOURCE, &ex.source, keep);
    p.class(TOOLTIP, "zi-derived", ex.derived);
    p.flag(TOOLTIP, "hidden", false);
    p.rect(HIGHLIGHT, Rect { x: frame.x - 3.0, y: frame.y - 3.0, w: frame.w + 6.0, h: frame.h + 6.0 });
    p.flag(HIGHLIGHT, "hidden", false);
}

/// The tooltip of `size` placed by its figure's box `frame` and the pointer's
/// `anchor_x`, inside `view` (the part of a stage `stage_w` wide on screen),
/// cut to the room there when it does not fit (its text then scrolls).
pub fn place(p: &mut Patch, frame: Rect, anchor_x: f64, size: (f64, f64), stage_w: f64, view: Rect) {
    let tip = place_tip(frame, anchor_x, size, stage_w, view);
    p.px(TOOLTIP, "left", tip.x);
    p.px(TOOLTIP, "top", tip.y);
    let cut = tip.h < size.1;
    if cut {
        p.px(TOOLTIP, "max-height", tip.h);
    }
    p.class(TOOLTIP, "zi-cut", cut);
}

pub fn hide_tip(p: &mut Patch) {
    p.flag(TOOLTIP, "hidden", true);
    p.flag(HIGHLIGHT, "hidden", true);
}

/// The theme's class on the root, and the look's colours as custom properties
/// for the DOM layers (controls, tooltip, table).
pub fn look(p: &mut Patch, look: &Look, dark: bool) {
    p.class(ROOT, "zi-dark", dark);
    p.class(ROOT, "zi-light", !dark);
    for (name, color) in [("--zi-ink", look.ink), ("--zi-muted", look.muted), ("--zi-paper", look.background), ("--zi-rule", look.rule)] {
        p.style(ROOT, name, &color.hex());
    }
}

/// The kiosk's pause and play button, for a loop that plays or not.
#[cfg(feature = "kiosk")]
pub fn play(p: &mut Patch, data: &Dataset, lang: Lang, playing: bool) {
    use crate::data::Msg;
    let label = story::copy::word(data, if playing { Msg::Pause } else { Msg::Play }, lang);
    p.text(PLAY, if playing { "❚❚" } else { "▶" });
    // While the loop plays, the kiosk shows the line inviting a touch.
    p.class(ROOT, "zi-playing", playing);
    p.attr(PLAY, "aria-label", label);
    p.attr(PLAY, "title", label);
}

/// The kiosk's QR code of `link` shown, with its line and accessible name.
#[cfg(feature = "kiosk")]
pub fn share(p: &mut Patch, data: &Dataset, lang: Lang, link: &str) {
    use crate::data::Msg;
    let say = story::copy::word(data, Msg::Phone, lang);
    p.flag(QR, "hidden", false);
    p.class(ROOT, "zi-sharing", true);
    p.text(QR_SAY, say);
    // The line beside the code says what it is for; the code's name is its link.
    p.attr(QR_CODE, "aria-label", link);
}

/// The stage shown larger on a kiosk's screen (CSS zoom, in thousandths).
#[cfg(feature = "kiosk")]
pub fn zoom(p: &mut Patch, scale: f64) {
    p.style(ROOT, "--zi-scale", &((scale * 1000.0).round() as i64).to_string());
}

/// The kiosk's picture moved by a few pixels against burn-in.
#[cfg(feature = "kiosk")]
pub fn shift(p: &mut Patch, (x, y): (f64, f64)) {
    p.style(ROOT, "translate", &format!("{}px {}px", x as i64, y as i64));
}
