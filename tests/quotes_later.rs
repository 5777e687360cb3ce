//! The core's rule for the sentences the news module loads after it (those
//! only a tooltip quotes): a tooltip shows at once without its sentence, the
//! page is asked for the texts once, and the tooltip still shown gets its
//! sentence in place when they come; one closed meanwhile stays closed; texts
//! that cannot load leave the tooltip as it is and are asked for again.
//! One test, in order: the texts are kept for the rest of the process.

mod common;

use common::split;
use zones_data::text::later;
use zones_infographic::data::Dataset;
use zones_infographic::interact::options::{DeepLink, Options};
use zones_infographic::interact::{Answer, Core, FocusTarget, HostEvent, Input, Phase, PointerKind, Tip};
use zones_infographic::scene::look::Look;
use zones_infographic::story::{Explanation, Target};

fn mounted(data: &'static Dataset, hash: &str) -> (Core<'static>, Answer) {
    let mut core = Core::new(data, &Options::default(), &DeepLink::parse(hash), Look::light());
    core.handle(0.0, Input::Look(Look::light()));
    let first = core.handle(1.0, Input::Resize { width: 720.0, height: 0.0, dpr: 1.0 });
    (core, first)
}

/// The region buttons of the first drawing whose tooltip quotes a figure's
/// sentence, with the sentence (from the whole dataset).
fn figure_marks(first: &Answer) -> Vec<(usize, &'static str)> {
    let whole = zones_infographic::data::dataset();
    let scene = &first.draw.as_ref().expect("drawn").scene;
    (scene.hits.iter().enumerate())
        .filter_map(|(i, hit)| match &hit.target {
            Target::Figure(id) => Some((i, whole.figure(id)?.quote.get())),
            _ => None,
        })
        .collect()
}

/// The tooltip an answer shows: its target, what it says, whether pinned.
fn shown(answer: &Answer) -> Option<(&Target, &Explanation, bool)> {
    match &answer.tip {
        Some(Tip::Show { target, explanation, pinned, .. }) => Some((target, explanation, *pinned)),
        _ => None,
    }
}

#[test]
fn a_tooltip_gets_its_sentence_when_the_texts_came() {
    let (keyed, texts) = split();
    let keyed: &'static Dataset = Box::leak(Box::new(keyed));
    assert!(!later::loaded(), "nothing loaded the texts before this test");

    // The forum's points (slide 5) are drawn in their sentence: it stays in
    // the module, and its tooltip asks for nothing.
    let (mut core, first) = mounted(keyed, "#slide-5");
    let scene = &first.draw.as_ref().unwrap().scene;
    let i = scene.hits.iter().position(|h| h.target == Target::Figure("sz-focus-areas".into())).expect("the forum's points");
    let opened = core.handle(10.0, Input::Focus(FocusTarget::Mark(i)));
    assert!(shown(&opened).unwrap().1.quote.is_some());
    assert!(!opened.load_words);

    // Texts that cannot load leave the tooltip as it is and are said once;
    // a tooltip asks again no sooner than half a minute later.
    let (mut core, first) = mounted(keyed, "#slide-2");
    let marks = figure_marks(&first);
    assert!(marks.len() >= 2);
    assert!(core.handle(10.0, Input::Focus(FocusTarget::Mark(marks[0].0))).load_words);
    let failed = core.handle(60.0, Input::Words(false));
    assert!(failed.tip.is_none() && failed.draw.is_none(), "the tooltip stays, without its sentence");
    assert_eq!(failed.said.as_deref(), Some("原句未能加载，请稍后再试。"));
    for (i, now) in [(1, 70.0), (0, 20_000.0), (1, 30_059.0)] {
        let next = core.handle(now, Input::Focus(FocusTarget::Mark(marks[i].0)));
        assert!(shown(&next).is_some() && !next.load_words, "at {now} ms: not asked again yet");
    }
    let later = core.handle(30_060.0, Input::Focus(FocusTarget::Mark(marks[0].0)));
    assert!(later.load_words, "half a minute on, a tooltip asks again");
    let failed = core.handle(30_100.0, Input::Words(false));
    assert!(failed.said.is_some());
    // The reader's own switch to English asks at once, whatever failed before.
    assert!(core.handle(30_200.0, Input::ToggleLang).load_words);

    // A tooltip closed before the texts came stays closed.
    let (mut core, _) = mounted(keyed, "#slide-2");
    core.handle(10.0, Input::Focus(FocusTarget::Mark(marks[0].0)));
    assert!(matches!(core.handle(20.0, Input::CloseTip).tip, Some(Tip::Hide)));
    let came = core.handle(60.0, Input::Words(true));
    assert!(came.tip.is_none() && came.draw.is_none(), "{:?}", came.tip);

    // A tooltip a mouse hovers over is completed where the pointer is then.
    let (mut core, first) = mounted(keyed, "#slide-2");
    let scene = &first.draw.as_ref().unwrap().scene;
    let hit = scene.hits.iter().find(|h| matches!(h.target, Target::Figure(_)) && h.rect.w > 20.0).expect("a figure's region");
    let (y, x0, x1) = (hit.rect.y + hit.rect.h / 2.0, hit.rect.x + 4.0, hit.rect.x + hit.rect.w - 4.0);
    let hover = |core: &mut Core, now, x| core.handle(now, Input::Pointer { x, y, kind: PointerKind::Mouse, phase: Phase::Move });
    assert!(shown(&hover(&mut core, 10.0, x0)).is_some());
    assert!(matches!(hover(&mut core, 20.0, x1).tip, Some(Tip::Move { .. })));
    let came = core.handle(60.0, Input::Words(false));
    assert!(came.said.is_some());
    // (Failed, so a tooltip opened half a minute on asks again, and they come.)
    core.handle(30_050.0, Input::Pointer { x: x0, y, kind: PointerKind::Mouse, phase: Phase::Leave });
    assert!(hover(&mut core, 30_100.0, x0 + 1.0).load_words);
    let moved = hover(&mut core, 30_110.0, x1 - 1.0);
    assert!(matches!(moved.tip, Some(Tip::Move { anchor }) if anchor.0 == x1 - 1.0));
    // (The texts are filled below: here only where it is shown again matters.)
    let came = core.handle(30_200.0, Input::Words(true));
    match &came.tip {
        Some(Tip::Show { anchor, .. }) => assert_eq!(anchor.0, x1 - 1.0, "shown again where the pointer last was"),
        other => panic!("{other:?}"),
    }

    // A tooltip shows at once, without its sentence, and is completed in place.
    let (mut core, _) = mounted(keyed, "#slide-2");
    let (i, sentence) = marks[0];
    let opened = core.handle(10.0, Input::Focus(FocusTarget::Mark(i)));
    let (target, explanation, _) = shown(&opened).expect("the tooltip shows at once");
    assert!(explanation.quote.is_none(), "{explanation:?}");
    assert!(opened.load_words, "the page is asked for the sentence");
    assert!(!explanation.headline.is_empty() && !explanation.source.is_empty(), "{explanation:?}");
    let Target::Figure(id) = target else { panic!("{target:?}") };
    assert_eq!(opened.host, [HostEvent::Figure(*id)]);
    // Another figure's tooltip meanwhile asks no second time, and is the one completed.
    let (j, other) = marks[1];
    let moved = core.handle(20.0, Input::Focus(FocusTarget::Mark(j)));
    assert!(shown(&moved).is_some() && !moved.load_words, "asked once");
    later::fill(texts);
    let came = core.handle(60.0, Input::Words(true));
    let (_, explanation, pinned) = shown(&came).expect("the tooltip shown again, whole");
    assert!(explanation.quote.as_deref().is_some_and(|q| q.contains(other)), "{:?} lacks {other}", explanation.quote);
    assert!(!pinned);
    assert!(came.host.is_empty() && came.draw.is_none() && came.announce.is_none(), "nothing else happens");
    // From now on every tooltip quotes at once.
    let again = core.handle(70.0, Input::Focus(FocusTarget::Mark(i)));
    assert!(shown(&again).unwrap().1.quote.as_deref().is_some_and(|q| q.contains(sentence)));
    assert!(!again.load_words);
}
