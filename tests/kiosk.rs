#![cfg(feature = "kiosk")]
//! Kiosk mode in the interaction core, with time passed in: the attract loop
//! and its highlights, pause, a touch that stops it, the start over after the
//! idle time, reduced motion, the shift against burn-in, and each slide fitted
//! to a whole screen with type that reads from a few metres away.

use zones_infographic::interact::attract::{SHIFTS, SHIFT_EVERY_MS};
use zones_infographic::interact::options::{DeepLink, Options};
use zones_infographic::interact::{Answer, Core, Input, Phase, PointerKind, Tip};
use zones_infographic::scene::look::Look;
use zones_infographic::scene::screen::fit_screen;
use zones_infographic::scene::Mark;
use zones_infographic::story::lang::Lang;

/// A 1920×1080 kiosk (its controls take 97 px) with `advance` and `idle` seconds, drawn at time 0.
fn kiosk(advance: f64, idle: f64) -> (Core<'static>, Answer) {
    let options = Options { kiosk: true, advance, idle, ..Options::default() };
    let mut core = Core::new(zones_infographic::dataset(), &options, &DeepLink::default(), Look::light());
    core.handle(0.0, Input::Look(Look::light()));
    let answer = core.handle(0.0, Input::Resize { width: 1920.0, height: 983.0, dpr: 1.0 });
    (core, answer)
}

/// Runs the core's timers from `from` to `to` (ms) as the page would: a `Tick`
/// at each time it asks for. Returns the answers that ask the page for
/// something, with their times (a tick that only sets the timer again is left out).
fn run(core: &mut Core, from: f64, to: f64) -> Vec<(f64, Answer)> {
    let mut answers = Vec::new();
    let mut now = from;
    while let Some(due) = core.poll_timeout().filter(|due| *due <= to) {
        now = due.max(now);
        let answer = core.handle(now, Input::Tick { page_moved: false, hash: String::new() });
        if !answer.is_empty() {
            answers.push((now, answer));
        }
    }
    answers
}

fn tap(core: &mut Core, now: f64) -> Answer {
    core.handle(now, Input::Pointer { x: 5.0, y: 5.0, kind: PointerKind::Touch, phase: Phase::Down });
    core.handle(now + 50.0, Input::Pointer { x: 5.0, y: 5.0, kind: PointerKind::Touch, phase: Phase::Up })
}

#[test]
fn the_loop_advances_every_advance_seconds_and_highlights_figures_between() {
    let (mut core, first) = kiosk(10.0, 60.0);
    let clock = first.clock.expect("the loop starts with the first drawing");
    assert!(clock.playing && clock.advance_ms == 10_000.0);
    assert!(first.wake_at.is_some(), "the page is asked to call back");
    let answers = run(&mut core, 0.0, 10_000.0);
    let changes: Vec<f64> = answers.iter().filter(|(_, a)| a.reveal).map(|(t, _)| *t).collect();
    assert_eq!(changes, [10_000.0], "one slide change at 10 s");
    assert_eq!(core.slide(), 1);
    // Slide 1 shows alone for 2 s, then two of its themes with a sentence, 4 s each.
    let shown: Vec<f64> = answers.iter().filter(|(_, a)| matches!(a.tip, Some(Tip::Show { .. }))).map(|(t, _)| *t).collect();
    assert_eq!(shown, [2_000.0, 6_000.0]);
    // Round the loop: after the last slide, the first; the next pass
    // highlights other figures of it.
    let answers = run(&mut core, 10_000.0, 50_000.0);
    assert_eq!(answers.iter().filter(|(_, a)| a.reveal).count(), 4);
    assert_eq!(core.slide(), 0);
    let target = |answers: &[(f64, Answer)]| {
        answers.iter().find_map(|(_, a)| match &a.tip {
            Some(Tip::Show { target, .. }) => Some(target.clone()),
            _ => None,
        })
    };
    let second_pass = run(&mut core, 50_000.0, 53_000.0);
    let first_pass = run(&mut kiosk(10.0, 60.0).0, 0.0, 3_000.0);
    assert!(target(&second_pass).is_some() && target(&second_pass) != target(&first_pass), "each pass highlights the next figures");
}

#[test]
fn pause_stops_the_loop_and_play_starts_it_again() {
    let (mut core, _) = kiosk(2.0, 60.0);
    run(&mut core, 0.0, 1_000.0);
    let paused = core.handle(1_000.0, Input::TogglePlay);
    assert_eq!(paused.clock.map(|c| c.playing), Some(false));
    assert!(!core.playing());
    assert!(run(&mut core, 1_000.0, 30_000.0).iter().all(|(_, a)| !a.reveal), "paused, nothing changes");
    assert_eq!(core.slide(), 0);
    let played = core.handle(30_000.0, Input::TogglePlay);
    assert_eq!(played.clock.map(|c| c.playing), Some(true));
    assert!(core.playing());
    let changes: Vec<f64> = run(&mut core, 30_000.0, 32_000.0).iter().filter(|(_, a)| a.reveal).map(|(t, _)| *t).collect();
    assert_eq!(changes, [32_000.0], "a whole slide's time after play");
}

#[test]
fn a_pause_holds_three_idle_times_then_the_kiosk_starts_over() {
    let (mut core, _) = kiosk(2.0, 10.0);
    run(&mut core, 0.0, 2_500.0);
    assert_eq!(core.slide(), 1);
    core.handle(2_500.0, Input::TogglePlay);
    assert!(run(&mut core, 2_500.0, 32_499.0).is_empty(), "paused for 30 s, the reader reading");
    let over = run(&mut core, 32_499.0, 32_500.0);
    assert!(over.first().is_some_and(|(t, a)| *t == 32_500.0 && a.start_over), "then it starts over");
    assert_eq!((core.slide(), core.playing()), (0, true));
}

#[test]
fn a_touch_stops_the_loop_and_idle_starts_over_on_slide_1_in_the_home_language() {
    let (mut core, _) = kiosk(2.0, 60.0);
    run(&mut core, 0.0, 4_500.0);
    assert_eq!(core.slide(), 2);
    let touched = tap(&mut core, 4_500.0);
    assert!(!core.playing());
    assert_eq!(touched.clock.map(|c| c.playing), None, "the down already stopped it");
    core.handle(5_000.0, Input::ToggleLang);
    core.handle(6_000.0, Input::Show(3));
    assert_eq!((core.slide(), core.lang()), (3, Lang::En));
    // Quiet from 6 s: nothing until 66 s, then slide 1 in Chinese, playing.
    assert!(run(&mut core, 6_000.0, 65_999.0).is_empty());
    let answers = run(&mut core, 65_999.0, 66_000.0);
    let (at, over) = answers.first().expect("the start over");
    assert_eq!(*at, 66_000.0);
    assert!(over.start_over && over.reveal, "the table closes and the host hears of the slide");
    assert_eq!(over.clock.map(|c| c.playing), Some(true));
    assert_eq!((core.slide(), core.lang(), core.playing()), (0, Lang::Zh, true));
    // And the loop runs again.
    assert!(run(&mut core, 66_000.0, 68_000.0).iter().any(|(_, a)| a.reveal));
    assert_eq!(core.slide(), 1);
}

#[test]
fn a_finger_moving_on_a_stopped_kiosk_sets_no_new_timer() {
    let (mut core, _) = kiosk(2.0, 60.0);
    let first = core.handle(1_000.0, Input::Pointer { x: 5.0, y: 5.0, kind: PointerKind::Touch, phase: Phase::Down });
    assert_eq!(first.wake_at, Some(61_000.0));
    for k in 1..200 {
        let moved = core.handle(1_000.0 + k as f64 * 16.0, Input::Pointer { x: 5.0 + k as f64, y: 5.0, kind: PointerKind::Mouse, phase: Phase::Move });
        assert_eq!(moved.wake_at, None, "move {k} set the timer again");
    }
    // The timer fires at 61 s, finds a touch at 4.2 s, and waits until 64.2 s.
    assert_eq!(core.handle(61_000.0, Input::Tick { page_moved: false, hash: String::new() }).wake_at, Some(1_000.0 + 199.0 * 16.0 + 60_000.0));
    assert_eq!(core.slide(), 0);
    assert!(core.handle(64_184.0, Input::Tick { page_moved: false, hash: String::new() }).start_over);
}

#[test]
fn any_input_a_reader_makes_stops_the_loop_but_focus_and_resizes_do_not() {
    for input in [Input::Advance, Input::Prev, Input::Show(2), Input::ToggleLang, Input::Touch, Input::CloseTip] {
        let (mut core, _) = kiosk(2.0, 60.0);
        let answer = core.handle(100.0, input.clone());
        assert!(!core.playing(), "{input:?}");
        assert_eq!(answer.clock.map(|c| c.playing), Some(false), "{input:?}");
    }
    let (mut core, _) = kiosk(2.0, 60.0);
    core.handle(100.0, Input::Resize { width: 1921.0, height: 983.0, dpr: 1.0 });
    core.handle(100.0, Input::Focus(zones_infographic::interact::FocusTarget::Mark(0)));
    assert!(core.playing());
}

#[test]
fn under_reduced_motion_only_the_slide_changes() {
    let (mut core, _) = kiosk(2.0, 60.0);
    core.handle(0.0, Input::ReducedMotion(true));
    core.handle(0.0, Input::TogglePlay);
    core.handle(0.0, Input::TogglePlay);
    let answers = run(&mut core, 0.0, 10_000.0);
    assert!(answers.iter().all(|(_, a)| !matches!(a.tip, Some(Tip::Show { .. }))), "no highlights");
    assert_eq!(answers.iter().filter(|(_, a)| a.reveal).count(), 5);
}

#[test]
fn the_picture_shifts_a_few_pixels_every_few_minutes_at_a_slide_change() {
    let (mut core, _) = kiosk(10.0, 60.0);
    let answers = run(&mut core, 0.0, 3.5 * SHIFT_EVERY_MS);
    let shifts: Vec<(f64, (f64, f64))> = answers.iter().filter_map(|(t, a)| a.shift.map(|s| (*t, s))).collect();
    assert_eq!(shifts.len(), 3, "{shifts:?}");
    for (k, (t, s)) in shifts.iter().enumerate() {
        assert!(a_slide_change_at(&answers, *t));
        assert_eq!(*s, SHIFTS[k + 1]);
        assert!(s.0.abs() <= 4.0 && s.1.abs() <= 4.0);
    }
    assert!(shifts[1].0 - shifts[0].0 >= SHIFT_EVERY_MS);
}

fn a_slide_change_at(answers: &[(f64, Answer)], t: f64) -> bool {
    answers.iter().any(|(at, a)| *at == t && a.reveal)
}

#[test]
fn a_kiosk_never_writes_the_hash_and_a_page_has_no_loop() {
    let (mut core, _) = kiosk(1.0, 60.0);
    assert!(run(&mut core, 0.0, 20_000.0).iter().all(|(_, a)| a.write_hash.is_none()));
    let mut page = Core::new(zones_infographic::dataset(), &Options::default(), &DeepLink::default(), Look::light());
    let answer = page.handle(0.0, Input::Resize { width: 1920.0, height: 983.0, dpr: 1.0 });
    assert!(answer.clock.is_none() && page.poll_timeout().is_none() && !page.kiosk());
    assert_eq!(answer.draw.unwrap().scale, 1.0, "a page is drawn at its own size");
    // `#kiosk` in the address makes a kiosk.
    let core = Core::new(zones_infographic::dataset(), &Options::default(), &DeepLink::parse("#kiosk&advance=3"), Look::light());
    assert!(core.kiosk());
}

#[test]
fn the_drawing_is_fitted_and_scaled_to_the_screen() {
    let (mut core, first) = kiosk(10.0, 60.0);
    let draw = first.draw.expect("drawn");
    assert!(draw.scale > 1.8, "{}", draw.scale);
    assert_eq!(draw.dpr, draw.scale, "the bitmap has the screen's pixels");
    assert!(draw.scene.width * draw.scale > 1900.0 && draw.scene.height * draw.scale <= 983.0);
    // A tap lands on the scene's own pixels: the page divides by the scale.
    let hit = draw.scene.hits[0].clone();
    core.handle(1.0, Input::Pointer { x: hit.rect.x + 2.0, y: hit.rect.y + 2.0, kind: PointerKind::Touch, phase: Phase::Down });
    let answer = core.handle(2.0, Input::Pointer { x: hit.rect.x + 2.0, y: hit.rect.y + 2.0, kind: PointerKind::Touch, phase: Phase::Up });
    assert!(matches!(answer.tip, Some(Tip::Show { .. })));
}

/// Every slide in both languages on a landscape and a portrait screen of
/// 1920×1080 and 1080×1920 (less the controls' 97 px): it fills the width,
/// does not run past the foot, and its type is at least 24 CSS px, its title at least 48.
#[test]
fn every_slide_fills_a_kiosk_screen_with_type_readable_from_metres_away() {
    let data = zones_infographic::dataset();
    let mut report = Vec::new();
    for (w, h) in [(1920.0, 983.0), (1080.0, 1823.0), (3840.0, 1966.0)] {
        for lang in [Lang::Zh, Lang::En] {
            for i in 0..data.slides.len() {
                let (scene, fit) = fit_screen(data, i, w, h, lang, &Look::light()).unwrap();
                let s = fit.scale;
                let sizes: Vec<f64> = scene.marks.iter().filter_map(|m| if let Mark::Text { size, .. } = m { Some(size * s) } else { None }).collect();
                let smallest = sizes.iter().cloned().fold(f64::INFINITY, f64::min);
                let title = sizes.iter().cloned().fold(0.0, f64::max);
                let place = format!("{w}×{h} {lang:?} slide {}: scale {s:.2}, {:.0}×{:.0}", i + 1, scene.width * s, scene.height * s);
                assert!(scene.width * s >= w - s && scene.width * s <= w, "fills the width: {place}");
                assert!(scene.height * s <= h, "runs past the foot: {place}");
                assert!(smallest >= 24.0 * w.min(h + 97.0) / 1080.0, "type {smallest:.1} px: {place}");
                assert!(title >= 48.0 * w.min(h + 97.0) / 1080.0, "title {title:.1} px: {place}");
                // Tap targets of at least 64 CSS px each way on a 1080 px screen.
                let least = 64.0 * w.min(h + 97.0) / 1080.0 - 0.5;
                for hit in &scene.hits {
                    assert!(hit.rect.w.min(hit.rect.h) * s >= least, "{} is {:.0}×{:.0} px: {place}", hit.target.key(), hit.rect.w * s, hit.rect.h * s);
                }
                report.push(place);
            }
        }
    }
    println!("{}", report.join("\n"));
}

#[test]
fn a_soak_of_slide_changes_and_taps_leaves_the_core_as_it_was() {
    let (mut core, _) = kiosk(0.01, 0.05);
    let mut now = 0.0;
    let mut changes = 0;
    let mut seed = 7_u64;
    while changes < 1_000 {
        for (t, a) in run(&mut core, now, now + 40.0) {
            now = t;
            changes += usize::from(a.reveal);
        }
        now += 40.0;
        seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
        if seed >> 60 == 0 {
            tap(&mut core, now);
        }
        assert!(core.poll_timeout().is_some(), "the clock never stops for good");
    }
    run(&mut core, now, now + 1_000.0);
    assert!(core.playing(), "back to the loop after the last tap");
}

#[test]
fn the_loop_highlights_reported_figures_and_themes_never_a_gap_or_a_derived_value() {
    let (mut core, _) = kiosk(10.0, 60.0);
    let data = zones_infographic::dataset();
    let answers = run(&mut core, 0.0, 200_000.0);
    let shown: Vec<_> = answers.iter().filter_map(|(_, a)| match &a.tip {
        Some(Tip::Show { target, .. }) => Some(target.clone()),
        _ => None,
    }).collect();
    assert!(shown.len() >= 20, "{} highlights in four passes", shown.len());
    for target in &shown {
        assert!(zones_infographic::story::tells(data, target), "{} highlighted", target.key());
        let explanation = zones_infographic::story::explain(data, target, Lang::Zh).unwrap();
        assert!(explanation.quote.is_some(), "{} is highlighted without a sentence of the article", target.key());
    }
    // Never a figure of the title: its tooltip would cover the title and the
    // deck. Each highlight is checked against the slide shown at its time.
    let (mut core, _) = kiosk(10.0, 60.0);
    while let Some(due) = core.poll_timeout().filter(|due| *due <= 100_000.0) {
        let answer = core.handle(due, Input::Tick { page_moved: false, hash: String::new() });
        if let (Some(Tip::Show { rect, .. }), Some(scene)) = (&answer.tip, core.scene()) {
            let t = scene.title;
            let apart = rect.y >= t.bottom() || rect.bottom() <= t.y || rect.x >= t.right() || rect.right() <= t.x;
            assert!(apart, "a highlight in the title at {rect:?}");
        }
    }
    let distinct: std::collections::HashSet<String> = shown.iter().map(|t| t.key()).collect();
    assert!(distinct.len() >= 20, "the passes show different figures: {}", distinct.len());
}

#[test]
fn a_kiosk_whose_graphic_stopped_reloads_its_page_after_ten_seconds() {
    let (core, _) = kiosk(10.0, 60.0);
    assert_eq!(core.reload_after_stop(), Some(10_000.0));
}

/// On the three kiosk screens (less the controls' 97 px), in both languages,
/// every slide is drawn at one scale a language (its type keeps one size from
/// slide to slide) and leaves at most a tenth of the screen above the
/// controls blank: a shorter slide spreads its parts down the screen.
#[test]
fn every_slide_of_a_language_keeps_one_type_size_and_fills_nine_tenths_of_the_screen() {
    use zones_infographic::scene::screen::{fit_language, lay_out_fitted};
    let data = zones_infographic::dataset();
    for (w, h) in [(1920.0, 983.0), (1080.0, 1823.0), (3840.0, 1966.0)] {
        for lang in [Lang::Zh, Lang::En] {
            let fits = fit_language(data, w, h, lang, &Look::light()).unwrap();
            assert!(fits.iter().all(|f| f.scale == fits[0].scale), "{w}×{h} {lang:?}: scales {:?}", fits.iter().map(|f| f.scale).collect::<Vec<_>>());
            for (i, fit) in fits.iter().enumerate() {
                let scene = lay_out_fitted(data, i, w, Some(h), lang, &Look::light(), *fit).unwrap();
                let ink = scene.marks.iter().map(Mark::bottom).fold(0.0, f64::max) * fit.scale;
                let place = format!("{w}×{h} {lang:?} slide {}: scale {:.2}", i + 1, fit.scale);
                assert!(ink <= h + 0.5, "runs past the foot ({ink:.0} px): {place}");
                assert!(h - ink <= 0.1 * h, "{:.0} px blank under the slide, {:.0}%: {place}", h - ink, 100.0 * (h - ink) / h);
                assert!(scene.height * fit.scale <= h + 0.5, "the drawing is taller than the screen: {place}");
            }
        }
    }
}

/// A 1920×1080 kiosk whose visitors may take the slide home: `share` set.
fn sharing() -> (Core<'static>, Answer) {
    let options = Options { kiosk: true, share: Some("https://example.org/zones/".into()), ..Options::default() };
    let mut core = Core::new(zones_infographic::dataset(), &options, &DeepLink::default(), Look::light());
    let look = core.handle(0.0, Input::Look(Look::light()));
    let mut answer = core.handle(0.0, Input::Resize { width: 1920.0, height: 983.0, dpr: 1.0 });
    // The page applies both answers: the link may come with either.
    answer.share = answer.share.or(look.share);
    (core, answer)
}

#[test]
fn with_a_share_address_every_slide_and_language_change_names_its_link() {
    let (mut core, first) = sharing();
    assert_eq!(first.share.as_deref(), Some("https://example.org/zones/#slide-1&lang=zh"));
    let next = core.handle(100.0, Input::Next);
    assert_eq!(next.share.as_deref(), Some("https://example.org/zones/#slide-2&lang=zh"));
    let english = core.handle(200.0, Input::SetLang(Lang::En));
    // Its words may load after the switch: the link follows once it is shown.
    let shown = if english.share.is_some() { english } else { core.handle(300.0, Input::Words(true)) };
    assert_eq!(shown.share.as_deref(), Some("https://example.org/zones/#slide-2&lang=en"));
    // The loop's slide change names the next slide's link too.
    let (mut core, _) = sharing();
    let looped = run(&mut core, 0.0, 10_500.0);
    assert!(looped.iter().any(|(_, a)| a.share.as_deref() == Some("https://example.org/zones/#slide-2&lang=zh")), "the loop's next slide");
    // Without the option, never.
    let (mut core, first) = kiosk(10.0, 60.0);
    assert_eq!(first.share, None);
    assert_eq!(core.handle(100.0, Input::Next).share, None);
}

#[test]
fn the_loop_begins_with_the_first_drawing_also_in_a_language_whose_words_load_later() {
    // The dataset as the kiosk build bakes it: every English text a key, the
    // texts loaded after the module (tests/later.rs).
    let mut texts = zones_data::split::Later::default();
    let json = texts.split_json(zones_infographic::data::SOURCE_JSON).unwrap();
    let copy = texts.split_json(zones_data::read::COPY).unwrap();
    let mut data = zones_data::read::parse_with_copy(&json, &copy).unwrap();
    data.later = texts.texts.len() as u16;
    let data: &'static _ = Box::leak(Box::new(data));
    for lang in [Lang::Zh, Lang::En] {
        let options = Options { kiosk: true, lang: Some(lang), ..Options::default() };
        let mut core = Core::new(data, &options, &DeepLink::default(), Look::light());
        let mut answers = vec![core.handle(0.0, Input::Look(Look::light())), core.handle(0.0, Input::Resize { width: 1920.0, height: 983.0, dpr: 1.0 })];
        if answers.iter().all(|a| a.draw.is_none()) {
            // English loads after the module: the page answers that it came.
            assert!(answers.iter().any(|a| a.load_words), "{lang:?}: the words are asked for");
            answers.push(core.handle(400.0, Input::Words(true)));
        }
        let first = answers.iter().find(|a| a.draw.is_some()).expect("a first drawing");
        // The page shows the loop playing from the answer it first draws.
        assert_eq!(first.clock.map(|c| c.playing), Some(true), "{lang:?}: the first drawing carries the loop's clock");
        assert!(core.playing());
        assert_eq!(answers.iter().filter(|a| a.clock.is_some()).count(), 1, "{lang:?}: the loop starts once");
    }
}
