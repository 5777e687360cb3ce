//! What the elements show, as the core's patches say: the drawing's title and
//! region buttons, the controls and their labels, the tooltip and its place,
//! and the patch's text itself (what the page's applier reads).

use zones_infographic::interact::options::{DeepLink, Options};
use zones_infographic::interact::view::template::*;
use zones_infographic::interact::view::{self, Edit, El, Kind, Patch, EDIT_END, FIELD_END};
use zones_infographic::interact::{Core, Draw, Input, Tip};
use zones_infographic::scene::look::Look;
use zones_infographic::scene::text::KEPT;
use zones_infographic::scene::Rect;
use zones_infographic::story::lang::Lang;

/// The first drawing of a graphic `width` px wide.
fn drawn(lang: Lang, width: f64) -> (Core<'static>, Draw) {
    let options = Options { lang: Some(lang), ..Options::default() };
    let mut core = Core::new(zones_infographic::dataset(), &options, &DeepLink::default(), Look::light());
    let answer = core.handle(0.0, Input::Resize { width, height: 0.0, dpr: 1.0 });
    let draw = answer.draw.expect("a graphic with a width is drawn");
    (core, draw)
}

/// The value of the last edit of `kind` named `name` on `el`.
fn last<'p>(edits: &'p [Edit], el: El, kind: Kind, name: &str) -> Option<&'p str> {
    edits.iter().rev().find(|e| e.el == el && e.kind == kind && e.name == name).map(|e| e.value.as_str())
}

#[test]
fn a_patch_reads_back_as_written_and_no_value_breaks_its_fields() {
    let mut p = Patch::default();
    p.text(TITLE, &format!("a{EDIT_END}b{FIELD_END}c"));
    p.rect(HIGHLIGHT, Rect { x: -3.4, y: 10.6, w: 100.0, h: 0.0 });
    p.child(MARKS, 12, "button", "zi-mark");
    p.trim(MARKS, 7);
    p.class(ROOT, "zi-dark", false);
    let edits = p.edits();
    assert_eq!(edits.len(), 8);
    assert_eq!(edits[0], Edit { el: TITLE, kind: Kind::Text, name: String::new(), value: "a b c".into() });
    let px: Vec<(&str, &str)> = edits[1..5].iter().map(|e| (e.name.as_str(), e.value.as_str())).collect();
    assert_eq!(px, [("left", "-3px"), ("top", "11px"), ("width", "100px"), ("height", "0px")]);
    assert_eq!(edits[5], Edit { el: MARKS.child(12), kind: Kind::Child, name: "button".into(), value: "zi-mark".into() });
    assert_eq!(edits[6], Edit { el: MARKS, kind: Kind::Trim, name: String::new(), value: "7".into() });
    assert_eq!(edits[7].value, "");
    // Every edit is four fields, ended by its separator.
    assert_eq!(p.as_str().matches(EDIT_END).count(), 8);
    assert_eq!(p.as_str().matches(FIELD_END).count(), 8 * 3);
}

#[test]
fn a_drawing_titles_the_canvas_and_makes_a_named_button_per_region() {
    for lang in [Lang::Zh, Lang::En] {
        let (_, draw) = drawn(lang, 720.0);
        let mut p = Patch::default();
        view::drawn(&mut p, zones_infographic::dataset(), &draw, "zi-tip-7");
        let edits = p.edits();
        assert_eq!(last(&edits, TITLE, Kind::Text, ""), Some(draw.title.as_str()));
        assert_eq!(last(&edits, CANVAS, Kind::Attr, "aria-label"), Some(draw.label.as_str()));
        assert_eq!(last(&edits, PAINT, Kind::Style, "width"), Some("720px"));
        let hits = &draw.scene.hits;
        assert!(hits.len() > 3, "slide 1 has regions to pick");
        for (i, hit) in hits.iter().enumerate() {
            let b = MARKS.child(i);
            assert!(edits.iter().any(|e| e.el == b && e.kind == Kind::Child && e.value == "zi-mark"));
            assert_eq!(last(&edits, b, Kind::Attr, "data-target"), Some(hit.target.key().as_str()));
            assert_eq!(last(&edits, b, Kind::Attr, "aria-describedby"), Some("zi-tip-7"));
            assert_eq!(last(&edits, b, Kind::Attr, "tabindex"), Some(if i == draw.roving { "0" } else { "-1" }));
            let name = last(&edits, b, Kind::Attr, "aria-label").expect("every region is named");
            assert!(!name.trim().is_empty());
            assert_eq!(last(&edits, b, Kind::Style, "left"), Some(format!("{}px", hit.rect.x.round() as i64).as_str()));
        }
    }
}

#[test]
fn the_controls_are_labelled_once_per_language_and_follow_the_slide() {
    let data = zones_infographic::dataset();
    let n = data.slides.len();
    let mut p = Patch::default();
    view::controls(&mut p, data, 0, Lang::En, true);
    let edits = p.edits();
    // The first labels make one step button per slide, each named.
    for k in 0..n {
        let step = STEPS.child(k);
        assert!(edits.iter().any(|e| e.el == step && e.kind == Kind::Child));
        assert_eq!(last(&edits, step, Kind::Text, ""), Some((k + 1).to_string().as_str()));
        assert!(last(&edits, step, Kind::Attr, "aria-label").is_some_and(|l| l.contains(char::is_alphabetic)));
    }
    assert_eq!(last(&edits, ROOT, Kind::Attr, "lang"), Some("en"));
    assert_eq!(last(&edits, STEPS.child(0), Kind::Attr, "aria-current"), Some("step"));
    assert_eq!(last(&edits, PREV, Kind::Attr, "disabled"), Some(""));
    assert_eq!(last(&edits, NEXT, Kind::Unset, "data-last"), Some(""));

    // The last slide, in the same language: no label is written again; Next
    // starts again and Back is enabled.
    let mut p = Patch::default();
    view::controls(&mut p, data, n - 1, Lang::En, false);
    let edits = p.edits();
    assert!(edits.iter().all(|e| e.kind != Kind::Child && e.el != ROOT && e.el != NEXT_GO));
    assert_eq!(last(&edits, STEPS.child(n - 1), Kind::Attr, "aria-current"), Some("step"));
    assert_eq!(last(&edits, STEPS.child(0), Kind::Unset, "aria-current"), Some(""));
    assert_eq!(last(&edits, NEXT, Kind::Attr, "data-last"), Some(""));
    assert_eq!(last(&edits, PREV, Kind::Unset, "disabled"), Some(""));
}

#[test]
fn a_tooltip_shows_its_quote_hides_what_it_lacks_and_is_cut_to_the_room() {
    let (mut core, draw) = drawn(Lang::En, 720.0);
    // Focus on the first region button opens its tooltip.
    let answer = core.handle(1.0, Input::Focus(zones_infographic::interact::FocusTarget::Mark(0)));
    let Some(Tip::Show { rect, explanation, .. }) = answer.tip else { panic!("focus shows a tooltip") };
    let mut p = Patch::default();
    let keep = zones_infographic::scene::keep(zones_infographic::data::dataset());
    view::show_tip(&mut p, &explanation, rect, false, &keep);
    let edits = p.edits();
    // Each text as written, its kept ranges marked.
    let plain = |el| last(&edits, el, Kind::Text, "k").map(|t| t.replace([KEPT.0, KEPT.1], ""));
    assert_eq!(plain(TIP_HEADLINE).as_deref(), Some(explanation.headline.as_str()));
    match &explanation.quote {
        Some(q) => {
            assert_eq!(plain(TIP_QUOTE), Some(format!("“{}”", &**q)));
            assert!(last(&edits, TIP_QUOTE, Kind::Text, "k").is_some_and(|t| t.contains(KEPT.0)), "the quote keeps its numbers whole");
            assert_eq!(last(&edits, TIP_QUOTE, Kind::Unset, "hidden"), Some(""));
        }
        None => assert_eq!(last(&edits, TIP_QUOTE, Kind::Attr, "hidden"), Some("")),
    }
    assert_eq!(last(&edits, TOOLTIP, Kind::Unset, "hidden"), Some(""));
    // The overview's cells count figures: derived, and marked so in words of the copy.
    assert!(explanation.derived);
    assert_eq!(last(&edits, TIP_DERIVED, Kind::Text, ""), Some("derived"));
    assert_eq!(last(&edits, TIP_DERIVED, Kind::Unset, "hidden"), Some(""));
    assert_eq!(last(&edits, TIP_BODY, Kind::Prop, "scrollTop"), Some("0"));
    assert_eq!(last(&edits, HIGHLIGHT, Kind::Style, "width"), Some(format!("{}px", (rect.w + 6.0).round() as i64).as_str()));

    // Placed in a view too short for it: cut to the room, and marked so.
    let mut p = Patch::default();
    view::place(&mut p, rect, rect.x, (240.0, 400.0), draw.scene.width, Rect { x: 0.0, y: 0.0, w: 720.0, h: 200.0 });
    let edits = p.edits();
    assert!(last(&edits, TOOLTIP, Kind::Style, "max-height").is_some());
    assert_eq!(last(&edits, TOOLTIP, Kind::Class, "zi-cut"), Some("1"));
    // With room, it is not.
    let mut p = Patch::default();
    view::place(&mut p, rect, rect.x, (240.0, 100.0), draw.scene.width, Rect { x: 0.0, y: 0.0, w: 720.0, h: 2000.0 });
    let edits = p.edits();
    assert_eq!(last(&edits, TOOLTIP, Kind::Style, "max-height"), None);
    assert_eq!(last(&edits, TOOLTIP, Kind::Class, "zi-cut"), Some(""));
}

#[test]
fn every_named_element_is_in_the_template_under_its_class() {
    for (el, class) in [(ROOT, "zi"), (LIVE, "zi-live"), (TITLE, "zi-title"), (MARKS, "zi-marks"), (TOOLTIP, "zi-tooltip"), (LANG, "zi-lang")] {
        assert_eq!(TEMPLATE[el.at].2, class);
        assert_eq!(el.child, None);
    }
}
