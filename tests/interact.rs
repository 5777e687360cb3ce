//! The interaction core as a reader meets it, with time passed in: navigation,
//! tooltips, swipes, keyboard focus and its hand-off, the hash written a
//! quarter of a second after the last change, heights, and stale drawings.

use zones_infographic::interact::options::{DeepLink, Options};
use zones_infographic::interact::{place_tip, Answer, Core, FocusTarget, HostEvent, Input, Keep, Key, Phase, PointerKind, Tip};
use zones_infographic::scene::look::Look;
use zones_infographic::story::lang::Lang;
use zones_infographic::story::Target;

/// A graphic mounted at `width` px with the options and hash given, and drawn.
fn mounted_with(options: Options, hash: &str, width: f64) -> Core<'static> {
    let mut core = Core::new(zones_infographic::dataset(), &options, &DeepLink::parse(hash), Look::light());
    core.handle(0.0, Input::Look(Look::light()));
    core.handle(0.0, Input::Resize { width, height: 0.0, dpr: 1.0 });
    core
}

fn mounted() -> Core<'static> {
    mounted_with(Options::default(), "", 720.0)
}

fn pointer(x: f64, y: f64, kind: PointerKind, phase: Phase) -> Input {
    Input::Pointer { x, y, kind, phase }
}

/// The centre of the first region of the drawn scene whose target is `key`.
fn centre_of(core: &Core, key: &str) -> (f64, f64) {
    let hit = core.scene().unwrap().hits.iter().find(|h| h.target.key() == key).unwrap_or_else(|| panic!("no region {key}"));
    (hit.rect.x + hit.rect.w / 2.0, hit.rect.y + hit.rect.h / 2.0)
}

/// A finger's tap at a point: touching, then lifting; the answer to the lift.
fn tap(core: &mut Core, now: f64, x: f64, y: f64) -> Answer {
    core.handle(now, pointer(x, y, PointerKind::Touch, Phase::Down));
    core.handle(now + 0.5, pointer(x, y, PointerKind::Touch, Phase::Up))
}

fn shown_target(answer: &Answer) -> Option<&Target> {
    match &answer.tip {
        Some(Tip::Show { target, .. }) => Some(target),
        _ => None,
    }
}

#[test]
fn a_hidden_graphic_draws_nothing_until_it_has_a_width() {
    let mut core = Core::new(zones_infographic::dataset(), &Options::default(), &DeepLink::default(), Look::light());
    // The page gives the look before the first width (as the web layer does).
    let answer = core.handle(0.0, Input::Look(Look::light()));
    assert!(answer.draw.is_none() && core.scene().is_none());
    assert_eq!(answer.controls, Some((0, Lang::Zh)), "the controls are filled at once");
    let answer = core.handle(5.0, Input::Resize { width: 375.4, height: 0.0, dpr: 2.0 });
    let draw = answer.draw.expect("drawn once it has a width");
    assert_eq!((draw.scene.width, draw.dpr, draw.slide), (375.0, 2.0, 0));
    assert!(draw.label.starts_with("三篇报道的数字：南昌高新区20个"), "{}", draw.label);
    // The canvas's label is the fallback image's alt: the title, a full stop, the summary.
    assert_eq!(Some(draw.label.clone()), zones_infographic::fallback::slide_alt(zones_infographic::dataset(), 0, Lang::Zh));
    assert!(draw.label.contains("1个。"), "{}", draw.label);
    assert!(core.handle(6.0, Input::Resize { width: 375.0, height: 0.0, dpr: 2.0 }).is_empty(), "the same width again does nothing");
}

#[test]
fn next_and_previous_stop_at_the_ends_and_announce_each_change() {
    let mut core = mounted();
    let count = core.slide_count();
    assert!(core.handle(1.0, Input::Prev).is_empty(), "nothing before the first slide");
    for i in 1..count {
        let answer = core.handle(i as f64, Input::Next);
        assert_eq!(answer.draw.as_ref().map(|d| d.slide), Some(i));
        assert_eq!(answer.controls, Some((i, Lang::Zh)));
        assert!(answer.announce.as_deref().unwrap().starts_with(&format!("第{}页，共{count}页：", i + 1)));
    }
    assert!(core.handle(10.0, Input::Next).is_empty(), "nothing after the last slide");
    assert_eq!(core.handle(11.0, Input::Show(0)).draw.map(|d| d.slide), Some(0));
    assert_eq!(core.handle(12.0, Input::Show(usize::MAX)).draw.map(|d| d.slide), Some(count - 1), "past the end is the last");
}

#[test]
fn arrow_keys_change_slide_anywhere_and_other_keys_are_left_to_the_page() {
    let mut core = mounted();
    let answer = core.handle(1.0, Input::Key { key: Key::Right, on_mark: false });
    assert!(answer.handled && core.slide() == 1);
    assert!(core.handle(2.0, Input::Key { key: Key::Left, on_mark: true }).handled);
    assert_eq!(core.slide(), 0);
    let answer = core.handle(3.0, Input::Key { key: Key::Other, on_mark: false });
    assert!(!answer.handled && answer.is_empty());
    assert!(!core.handle(4.0, Input::Key { key: Key::Down, on_mark: false }).handled, "↓ scrolls the page outside the figures");
}

#[test]
fn the_language_switch_redraws_and_announces_in_the_new_language() {
    let mut core = mounted();
    let answer = core.handle(1.0, Input::ToggleLang);
    assert_eq!(core.lang(), Lang::En);
    assert_eq!(answer.draw.unwrap().lang, Lang::En);
    assert!(answer.announce.unwrap().starts_with("Slide 1 of"));
    assert!(core.handle(2.0, Input::SetLang(Lang::En)).is_empty());
}

#[test]
fn hovering_a_bar_shows_its_figure_and_moving_away_hides_it() {
    let mut core = mounted();
    core.handle(1.0, Input::Show(1));
    let (x, y) = centre_of(&core, "figure:nc-workers-served");
    let answer = core.handle(2.0, pointer(x, y, PointerKind::Mouse, Phase::Move));
    let Some(Tip::Show { target, explanation, anchor, pinned, .. }) = answer.tip else { panic!("no tooltip: {:?}", answer.tip) };
    assert_eq!(target, Target::Figure("nc-workers-served".into()));
    assert_eq!(explanation.headline, "2000余人次");
    assert!(explanation.quote.unwrap().contains("2000余人次"));
    assert_eq!(anchor, (x, y));
    assert!(!pinned, "a hovered tooltip has no close button");
    // Moving within the region only moves the tooltip.
    assert_eq!(core.handle(3.0, pointer(x + 2.0, y, PointerKind::Mouse, Phase::Move)).tip, Some(Tip::Move { anchor: (x + 2.0, y) }));
    assert_eq!(core.handle(4.0, pointer(1.0, 1.0, PointerKind::Mouse, Phase::Move)).tip, Some(Tip::Hide));
    assert!(core.handle(5.0, pointer(1.0, 1.0, PointerKind::Mouse, Phase::Move)).tip.is_none(), "hidden once");
    core.handle(6.0, pointer(x, y, PointerKind::Mouse, Phase::Move));
    assert_eq!(core.handle(7.0, pointer(x, y, PointerKind::Mouse, Phase::Leave)).tip, Some(Tip::Hide), "leaving the drawing hides it");
}

#[test]
fn touch_shows_a_tooltip_on_tap_and_a_tap_elsewhere_or_escape_hides_it() {
    let mut core = mounted();
    let (x, y) = centre_of(&core, "coverage:nanchang/new-employment");
    assert!(core.handle(1.0, pointer(x, y, PointerKind::Touch, Phase::Move)).tip.is_none(), "a finger moving does not hover");
    assert!(core.handle(2.0, pointer(x, y, PointerKind::Touch, Phase::Down)).is_empty(), "touching opens nothing yet");
    let answer = core.handle(3.0, pointer(x + 3.0, y - 2.0, PointerKind::Touch, Phase::Up));
    assert_eq!(shown_target(&answer).map(Target::key).as_deref(), Some("coverage:nanchang/new-employment"), "lifting the finger taps");
    assert!(matches!(answer.tip, Some(Tip::Show { pinned: true, .. })), "a tapped tooltip shows its close button");
    assert!(answer.draw.is_none(), "a tap is not a swipe");
    assert_eq!(core.handle(4.0, Input::PressOutside).tip, Some(Tip::Hide));
    tap(&mut core, 4.5, x, y);
    assert_eq!(core.handle(4.6, Input::CloseTip).tip, Some(Tip::Hide), "its close button hides it");
    // A finger that drags (a scroll the browser takes over) opens nothing.
    core.handle(4.7, pointer(x, y, PointerKind::Touch, Phase::Down));
    assert!(core.handle(4.8, pointer(x, y + 30.0, PointerKind::Touch, Phase::Up)).tip.is_none(), "a drag is not a tap");
    tap(&mut core, 5.0, x, y);
    let answer = core.handle(6.0, Input::Key { key: Key::Escape, on_mark: false });
    assert!(answer.handled);
    assert_eq!(answer.tip, Some(Tip::Hide));
}

#[test]
fn a_horizontal_swipe_changes_slide_and_a_vertical_or_short_one_does_not() {
    let mut core = mounted();
    let swipe = |core: &mut Core, from: (f64, f64), to: (f64, f64)| {
        core.handle(1.0, pointer(from.0, from.1, PointerKind::Touch, Phase::Down));
        core.handle(2.0, pointer(to.0, to.1, PointerKind::Touch, Phase::Up))
    };
    assert_eq!(swipe(&mut core, (300.0, 400.0), (200.0, 410.0)).draw.map(|d| d.slide), Some(1), "leftwards: next");
    assert_eq!(swipe(&mut core, (200.0, 400.0), (300.0, 390.0)).draw.map(|d| d.slide), Some(0), "rightwards: back");
    assert!(swipe(&mut core, (300.0, 400.0), (260.0, 400.0)).draw.is_none(), "40 px is too short");
    assert!(swipe(&mut core, (300.0, 400.0), (230.0, 480.0)).draw.is_none(), "mostly vertical is a scroll");
    // A mouse drag is not a swipe.
    core.handle(3.0, pointer(300.0, 400.0, PointerKind::Mouse, Phase::Down));
    assert!(core.handle(4.0, pointer(100.0, 400.0, PointerKind::Mouse, Phase::Up)).draw.is_none());
}

#[test]
fn the_hash_is_written_a_quarter_second_after_the_last_change_only() {
    let mut core = mounted();
    let answer = core.handle(1000.0, Input::Next);
    assert_eq!(answer.wake_at, Some(1250.0));
    assert!(core.handle(1100.0, Input::Next).wake_at == Some(1350.0), "a second click postpones the write");
    assert!(core.handle(1300.0, Input::Tick { page_moved: false, hash: String::new() }).write_hash.is_none(), "not before its time");
    assert_eq!(core.poll_timeout(), Some(1350.0));
    assert_eq!(core.handle(1350.0, Input::Tick { page_moved: false, hash: String::new() }).write_hash.as_deref(), Some("#slide-3"));
    assert_eq!(core.poll_timeout(), None);
    assert!(core.handle(2000.0, Input::Tick { page_moved: false, hash: String::new() }).write_hash.is_none(), "written once");
    core.handle(3000.0, Input::ToggleLang);
    assert_eq!(core.handle(3250.0, Input::Tick { page_moved: false, hash: String::new() }).write_hash.as_deref(), Some("#slide-3&lang=en"));
}

#[test]
fn a_page_the_host_moved_to_meanwhile_keeps_its_address() {
    let mut core = mounted();
    core.handle(1000.0, Input::Next);
    // The host's router (or the reader) changed the address before the write.
    let answer = core.handle(1250.0, Input::Tick { page_moved: true, hash: String::new() });
    assert!(answer.write_hash.is_none(), "no hash written over the page moved to");
    assert_eq!(core.poll_timeout(), None, "the write is dropped, not postponed");
    // A later change on the new page is followed again.
    core.handle(2000.0, Input::Next);
    assert_eq!(core.handle(2250.0, Input::Tick { page_moved: false, hash: String::new() }).write_hash.as_deref(), Some("#slide-3"));
}

#[test]
fn a_hash_of_the_host_is_never_written_over() {
    let tick = |core: &mut Core, now: f64, hash: &str| core.handle(now, Input::Tick { page_moved: false, hash: hash.to_string() }).write_hash;
    let mut core = mounted();
    // The article's own anchor (a comment thread, a section) stays.
    for (k, hash) in ["#comments", "#section-2", "#slide-2&comments", "#lang=fr", "#slide-x"].into_iter().enumerate() {
        let now = 1000.0 * (k + 1) as f64;
        core.handle(now, Input::Next);
        assert_eq!(tick(&mut core, now + 250.0, hash), None, "{hash} is the host's");
    }
    // An empty hash, or a link of the graphic's own, follows the slide.
    for (k, hash) in ["", "#", "#slide-2", "#slide-4&lang=en", "#lang=zh"].into_iter().enumerate() {
        let now = 10_000.0 + 1000.0 * k as f64;
        core.handle(now, Input::ToggleLang);
        assert!(tick(&mut core, now + 250.0, hash).is_some_and(|h| h.starts_with("#slide-")), "{hash:?} is the graphic's");
    }
}

#[test]
fn the_host_hears_ready_once_then_every_slide_and_language_change_and_each_figure_opened() {
    let mut core = Core::new(zones_infographic::dataset(), &Options::default(), &DeepLink::default(), Look::light());
    core.handle(0.0, Input::Look(Look::light()));
    // Before the first drawing nothing is told, whatever changes.
    assert!(core.handle(1.0, Input::Show(2)).host.is_empty());
    let first = core.handle(2.0, Input::Resize { width: 720.0, height: 0.0, dpr: 1.0 });
    assert_eq!(first.host, vec![HostEvent::Ready { slide: 2, lang: Lang::Zh }]);
    assert!(core.handle(3.0, Input::Resize { width: 600.0, height: 0.0, dpr: 1.0 }).host.is_empty(), "a redraw is no news");
    assert_eq!(core.handle(4.0, Input::Next).host, vec![HostEvent::Slide { slide: 3, lang: Lang::Zh }]);
    assert_eq!(core.handle(5.0, Input::Show(0)).host, vec![HostEvent::Slide { slide: 0, lang: Lang::Zh }], "a change by the host too");
    assert!(core.handle(6.0, Input::Show(0)).host.is_empty(), "no change, no event");
    assert_eq!(core.handle(7.0, Input::ToggleLang).host, vec![HostEvent::Lang { slide: 0, lang: Lang::En }], "a language switch is not a slide change");
    assert_eq!(core.handle(7.5, Input::SetLang(Lang::Zh)).host, vec![HostEvent::Lang { slide: 0, lang: Lang::Zh }], "a change by the host too");
    assert!(core.handle(7.7, Input::SetLang(Lang::Zh)).host.is_empty(), "no change, no event");
    core.handle(8.0, Input::Show(1));
    let (x, y) = centre_of(&core, "figure:nc-workers-served");
    let opened = core.handle(9.0, pointer(x, y, PointerKind::Mouse, Phase::Move));
    assert_eq!(opened.host, vec![HostEvent::Figure("nc-workers-served".into())]);
    assert!(core.handle(10.0, pointer(x + 1.0, y, PointerKind::Mouse, Phase::Move)).host.is_empty(), "moving over it again is no news");
}

#[test]
fn the_language_switch_stays_under_the_finger_that_pressed_it() {
    let mut core = mounted();
    assert_eq!(core.handle(1.0, Input::ToggleLang).keep, Some(Keep::LangSwitch));
    // The host's setLanguage moves nothing of the reader's.
    assert_eq!(core.handle(2.0, Input::SetLang(Lang::Zh)).keep, None);
    assert_eq!(core.handle(3.0, Input::Next).keep, None);
}

#[test]
fn a_page_of_the_news_never_reloads_itself_after_a_stop() {
    assert_eq!(mounted().reload_after_stop(), None);
}

#[test]
fn the_hash_opens_a_slide_and_language_and_is_followed_unless_turned_off() {
    let core = mounted_with(Options { slide: Some(1), ..Options::default() }, "#slide-4&lang=en", 720.0);
    assert_eq!((core.slide(), core.lang()), (3, Lang::En), "the hash wins over the options");
    let mut core = mounted_with(Options { slide: Some(1), hash: false, ..Options::default() }, "#slide-4&lang=en", 720.0);
    assert_eq!((core.slide(), core.lang()), (1, Lang::Zh));
    assert!(core.handle(1.0, Input::HashChanged(DeepLink::parse("#slide-3"))).is_empty());
    assert!(core.handle(2.0, Input::Next).wake_at.is_none(), "no hash is written");
    let mut core = mounted();
    let answer = core.handle(1.0, Input::HashChanged(DeepLink::parse("#slide-3&lang=en")));
    assert_eq!((core.slide(), core.lang()), (2, Lang::En));
    assert!(answer.draw.is_some());
    assert!(core.handle(2.0, Input::HashChanged(DeepLink::parse("#comments"))).is_empty(), "a host's own hash is left alone");
}

#[test]
fn arrow_keys_walk_the_region_buttons_and_the_tab_stop_follows() {
    let mut core = mounted();
    let regions = core.scene().unwrap().hits.len();
    let answer = core.handle(1.0, Input::Focus(FocusTarget::Mark(0)));
    assert_eq!(shown_target(&answer), Some(&core.scene().unwrap().hits[0].target), "focus shows the tooltip");
    let answer = core.handle(2.0, Input::Key { key: Key::Down, on_mark: true });
    assert_eq!((answer.roving, answer.focus), (Some(1), Some(FocusTarget::Mark(1))));
    let answer = core.handle(3.0, Input::Key { key: Key::End, on_mark: true });
    assert_eq!(answer.focus, Some(FocusTarget::Mark(regions - 1)));
    let answer = core.handle(4.0, Input::Key { key: Key::Down, on_mark: true });
    assert_eq!(answer.focus, Some(FocusTarget::Mark(regions - 1)), "the last stays the last");
    assert_eq!(core.handle(5.0, Input::Key { key: Key::Home, on_mark: true }).focus, Some(FocusTarget::Mark(0)));
    // Focus from a screen reader or a script moves the tab stop too.
    let answer = core.handle(6.0, Input::Focus(FocusTarget::Mark(3)));
    assert_eq!((answer.roving, core.roving()), (Some(3), 3));
    assert_eq!(shown_target(&answer), Some(&core.scene().unwrap().hits[3].target));
    assert_eq!(core.handle(7.0, Input::Blur(FocusTarget::Mark(3))).tip, Some(Tip::Hide));
}

#[test]
fn a_focused_region_button_keeps_focus_and_its_tooltip_across_a_slide_change() {
    let mut core = mounted();
    core.handle(1.0, Input::Focus(FocusTarget::Mark(5)));
    let answer = core.handle(2.0, Input::Key { key: Key::Right, on_mark: true });
    assert_eq!(answer.focus, Some(FocusTarget::Mark(0)), "the first button of the new slide");
    assert_eq!(shown_target(&answer), Some(&core.scene().unwrap().hits[0].target));
    // Outside the buttons, a slide change moves no focus.
    core.handle(3.0, Input::Blur(FocusTarget::Mark(0)));
    assert!(core.handle(4.0, Input::Next).focus.is_none());
}

#[test]
fn back_disabled_under_the_keyboard_hands_focus_to_next_which_starts_again_from_the_last_slide() {
    let mut core = mounted();
    let last = core.slide_count() - 1;
    core.handle(1.0, Input::Focus(FocusTarget::Prev));
    core.handle(2.0, Input::Show(1));
    assert_eq!(core.handle(3.0, Input::Prev).focus, Some(FocusTarget::Next));
    core.handle(4.0, Input::Show(last));
    core.handle(5.0, Input::Focus(FocusTarget::Next));
    let answer = core.handle(6.0, Input::Advance);
    assert_eq!(core.slide(), 0, "Next on the last slide starts again");
    assert!(answer.reveal && answer.focus.is_none(), "focus stays on Next");
    core.handle(7.0, Input::Advance);
    assert_eq!(core.slide(), 1, "and then goes on");
    assert!(core.handle(8.0, Input::Key { key: Key::Right, on_mark: false }).draw.is_some());
    core.handle(9.0, Input::Show(last));
    assert!(core.handle(10.0, Input::Next).is_empty(), "the arrow key and next() stop at the last slide");
}

#[test]
fn every_slide_is_as_tall_as_its_content_and_a_new_height_is_reported() {
    let mut core = mounted();
    let mut heights = vec![core.scene().unwrap().height];
    for i in 1..core.slide_count() {
        let answer = core.handle(i as f64, Input::Show(i));
        let height = answer.draw.unwrap().scene.height;
        assert_eq!(answer.height == Some(height), height != heights[i - 1], "slide {i}: a height is reported when it changes");
        assert!(answer.reveal, "slide {i}: a slide change brings the graphic's top into view");
        heights.push(height);
    }
    let last = heights[heights.len() - 1];
    heights.sort_by(f64::total_cmp);
    assert!(heights[0] + 50.0 < heights[heights.len() - 1], "slides differ in height: {heights:?}");
    let answer = core.handle(10.0, Input::Resize { width: 375.0, height: 0.0, dpr: 1.0 });
    assert!(answer.height.unwrap() > last, "a narrower graphic is taller");
    assert!(answer.tip.is_none() && !answer.reveal, "a resize moves no page");
    assert!(!core.handle(11.0, Input::SetLang(Lang::En)).reveal, "nor does a change of language");
}

#[test]
fn a_resize_hides_the_tooltip_of_a_pointer() {
    let mut core = mounted();
    let (x, y) = centre_of(&core, "coverage:nanchang/new-employment");
    core.handle(1.0, pointer(x, y, PointerKind::Mouse, Phase::Move));
    let answer = core.handle(2.0, Input::Resize { width: 600.0, height: 0.0, dpr: 1.0 });
    assert_eq!(answer.tip, Some(Tip::Hide));
    assert!(answer.draw.is_some());
}

#[test]
fn a_drawing_overtaken_by_a_later_one_is_stale() {
    // A host's handler may call back into the graphic while the page applies
    // an answer: the answer's drawing then stops where the newer one began.
    let mut core = mounted();
    let first = core.handle(1.0, Input::Next).draw.unwrap();
    assert_eq!(first.generation, core.generation(), "current until another drawing");
    let second = core.handle(2.0, Input::Next).draw.unwrap();
    assert_ne!(first.generation, core.generation(), "the first is stale");
    assert_eq!(second.generation, core.generation());
}

#[test]
fn tooltips_go_beside_their_figure_inside_the_view_and_never_over_it() {
    use zones_infographic::scene::Rect;
    let at = |tip: Rect| (tip.x, tip.y, tip.h);
    let view = Rect { x: 0.0, y: 0.0, w: 375.0, h: 667.0 };
    let figure = Rect { x: 40.0, y: 100.0, w: 80.0, h: 40.0 };
    let size = (200.0, 150.0);
    assert_eq!(at(place_tip(figure, 80.0, size, 375.0, view)), (4.0, 148.0, 150.0), "below, centred on the pointer, pulled in from the left edge");
    assert_eq!(place_tip(figure, 360.0, size, 375.0, view).x, 171.0, "pulled in from the right edge");
    let low = Rect { y: 560.0, ..figure };
    assert_eq!(at(place_tip(low, 200.0, size, 375.0, view)), (100.0, 402.0, 150.0), "above a figure near the bottom of the view");
    // The view is the screen, not the drawing: a figure near the screen's top
    // in a long drawing scrolled down gets its tooltip below it.
    let scrolled = Rect { x: 0.0, y: 900.0, w: 375.0, h: 667.0 };
    let near_top = Rect { y: 920.0, ..figure };
    assert_eq!(place_tip(near_top, 200.0, size, 375.0, scrolled).y, 968.0);
    // Under sticky controls the view starts lower: below, although above would fit the drawing.
    let sticky = Rect { y: 860.0, h: 600.0, ..scrolled };
    assert_eq!(place_tip(Rect { y: 1030.0, ..figure }, 200.0, size, 375.0, sticky).y, 1078.0);
    // Too tall for above or below: beside the figure, right or left, level with it where the view allows.
    let tall = (200.0, 640.0);
    assert_eq!(at(place_tip(low, 200.0, tall, 375.0, view)), (128.0, 23.0, 640.0), "right of a figure at the left");
    let at_right = Rect { x: 260.0, ..figure };
    assert_eq!(at(place_tip(at_right, 200.0, (200.0, 300.0), 375.0, Rect { h: 400.0, ..view })), (52.0, 96.0, 300.0), "left of a figure at the right");
    // No room beside a wide figure either: the side with more room, cut to it.
    let wide = Rect { x: 20.0, w: 335.0, ..figure };
    assert_eq!(at(place_tip(Rect { y: 560.0, ..wide }, 200.0, tall, 375.0, view)), (100.0, 4.0, 548.0), "above, from the view's top to the figure");
    assert_eq!(at(place_tip(wide, 200.0, tall, 375.0, view)), (100.0, 148.0, 515.0), "below, to the view's bottom");
    // Never above the stage's top, where the controls are, though the screen shows more above it.
    let page = Rect { y: -300.0, ..view };
    let near_stage_top = Rect { y: 120.0, h: 200.0, ..figure };
    assert_eq!(at(place_tip(near_stage_top, 200.0, size, 375.0, page)), (128.0, 120.0, 150.0), "beside it, level with it");
    let wide_near_top = Rect { x: 20.0, w: 335.0, ..near_stage_top };
    assert_eq!(at(place_tip(wide_near_top, 200.0, size, 375.0, page)), (100.0, 4.0, 108.0), "above, cut at the stage's top rather than over the controls");
    assert_eq!(place_tip(Rect { y: 300.0, ..figure }, 200.0, size, 375.0, page).y, 142.0, "above, inside the stage");
    for (f, s) in [(figure, size), (low, size), (low, tall), (near_top, size), (figure, tall), (wide, tall), (at_right, tall)] {
        for v in [view, scrolled, sticky] {
            let tip = place_tip(f, 200.0, s, 375.0, v);
            assert!(!tip.overlaps(&f), "{tip:?} covers {f:?}");
            assert!(tip.y >= v.y.max(0.0) && tip.bottom() <= v.bottom() || !f.overlaps(&v), "{tip:?} leaves the view {v:?} for {f:?}");
        }
    }
}

#[test]
fn a_figure_in_a_title_is_highlighted_by_its_text_not_its_grown_region() {
    let mut core = mounted_with(Options::default(), "", 375.0);
    core.handle(1.0, Input::Show(1));
    let hit = core.scene().unwrap().hits.iter().find(|h| h.target.key() == "figure:nc-stations").cloned().expect("8个 is pickable in the title");
    let outline = hit.outline.expect("a title figure has the outline of its text");
    assert!(outline.w < hit.rect.w || outline.h < hit.rect.h, "the region is grown to a thumb's size");
    let (x, y) = (hit.rect.x + hit.rect.w / 2.0, hit.rect.y + hit.rect.h / 2.0);
    let answer = tap(&mut core, 2.0, x, y);
    let Some(Tip::Show { rect, explanation, .. }) = answer.tip else { panic!("no tooltip") };
    assert_eq!(rect, outline);
    assert_eq!(explanation.headline, "8个");
}

#[test]
fn the_same_figure_picked_in_another_place_moves_the_highlight_there() {
    // 2000余人次 is written in slide 2's title and drawn as a bar.
    let mut core = mounted();
    core.handle(1.0, Input::Show(1));
    let regions: Vec<_> = core.scene().unwrap().hits.iter().filter(|h| h.target.key() == "figure:nc-workers-served").cloned().collect();
    assert_eq!(regions.len(), 2, "in the title and as a bar");
    let centre = |r: &zones_infographic::scene::Hit| (r.rect.x + r.rect.w / 2.0, r.rect.y + r.rect.h / 2.0);
    let (x, y) = centre(&regions[0]);
    tap(&mut core, 2.0, x, y);
    let (x, y) = centre(&regions[1]);
    let answer = tap(&mut core, 3.0, x, y);
    match answer.tip {
        Some(Tip::Show { rect, .. }) => assert_eq!(rect, regions[1].frame()),
        other => panic!("the highlight stays on the title: {other:?}"),
    }
}

#[test]
fn only_a_change_of_slide_or_language_sets_the_hash_timer() {
    let mut core = mounted();
    assert_eq!(core.handle(1000.0, Input::Next).wake_at, Some(1250.0));
    // A new look redraws but changes nothing the hash says: the timer stays as set.
    assert_eq!(core.handle(1100.0, Input::Look(Look::dark())).wake_at, None);
    assert_eq!(core.handle(1250.0, Input::Tick { page_moved: false, hash: String::new() }).write_hash.as_deref(), Some("#slide-2"));
}

#[test]
fn a_measured_resize_draws_at_the_pixels_on_screen() {
    // A host's CSS zoom of 1.5 on a screen of ratio 2: three bitmap pixels a CSS pixel.
    assert_eq!(Input::measured(600.0, 0.0, 1.5, 2.0), Input::Resize { width: 600.0, height: 0.0, dpr: 3.0 });
    // A zoom that cannot be told counts as 1, and a ratio below 1 as 1.
    assert_eq!(Input::measured(600.0, 0.0, f64::NAN, 2.0), Input::Resize { width: 600.0, height: 0.0, dpr: 2.0 });
    assert_eq!(Input::measured(600.0, 0.0, 0.0, 0.5), Input::Resize { width: 600.0, height: 0.0, dpr: 1.0 });
}

#[test]
fn a_pointer_is_a_mouse_a_pen_or_else_a_finger() {
    assert_eq!(PointerKind::from_name("mouse"), PointerKind::Mouse);
    assert_eq!(PointerKind::from_name("pen"), PointerKind::Pen);
    assert_eq!(PointerKind::from_name("touch"), PointerKind::Touch);
    assert_eq!(PointerKind::from_name(""), PointerKind::Touch);
}

#[test]
fn a_tooltip_with_no_room_above_or_below_its_figure_covers_it_rather_than_lose_its_close_button() {
    use zones_infographic::scene::Rect;
    // A phone's view under two rows of sticky controls: 36 px above the figure, 43 below.
    let view = Rect { x: 0.0, y: 449.0, w: 320.0, h: 119.0 };
    let figure = Rect { x: 154.0, y: 489.0, w: 44.0, h: 44.0 };
    let tip = place_tip(figure, 176.0, (280.0, 300.0), 320.0, view);
    assert_eq!((tip.y, tip.h), (453.0, 111.0), "from the view's top to its foot, over the figure");
    assert!(tip.h >= 64.0, "room for the close button and a line");
}
