//! The texts the news build loads after the module: the dataset as that
//! build bakes it (every English text, and every sentence only a tooltip
//! quotes, a key: `zones_data::split`) draws, explains and announces every
//! slide in Chinese exactly as the whole dataset does, reading no English,
//! save that a tooltip's sentence is missing until the texts come; before
//! they come English reads empty; once they came both languages are the
//! whole dataset's again.
//! One test, in order: the texts are kept for the rest of the process.

mod common;

use common::split;
use zones_data::schema::BlockSpec;
use zones_data::text::later;
use zones_infographic::data::{self, Dataset};
use zones_infographic::scene::layout_slide;
use zones_infographic::scene::look::Look;
use zones_infographic::story::lang::Lang;
use zones_infographic::story::{alt_text, announce, explain, Explanation, Target};

/// Everything the module shows of slide `i` in `lang`, at two widths: the
/// scenes, each region's explanation (`quotes`: with its sentence), the
/// title, alt text and announcement (the data tables are made at build time
/// from the whole dataset).
fn everything(data: &Dataset, i: usize, lang: Lang, quotes: &dyn Fn(&Target) -> bool) -> String {
    let mut out = String::new();
    for width in [375.0, 1280.0] {
        let scene = layout_slide(data, i, width, lang, &Look::light()).unwrap();
        for hit in &scene.hits {
            let explanation = explain(data, &hit.target, lang).map(|e| Explanation { quote: e.quote.filter(|_| quotes(&hit.target)), ..e });
            out += &format!("{explanation:?}\n");
        }
        out += &format!("{scene:?}\n");
    }
    let slide = &data.slides[i];
    out += &format!("{}\n{}\n", alt_text(data, slide, lang), announce(data, i, lang));
    out
}

#[test]
fn chinese_reads_no_english_and_english_comes_whole_once_loaded() {
    let whole = data::dataset();
    let (keyed, texts) = split();
    assert!(!later::loaded(), "nothing loaded the texts before this test");
    assert!(texts.len() > 200, "the English is taken out: {} texts", texts.len());
    assert!(texts.iter().any(|t| t.contains("Nanchang")));
    assert!(texts.iter().any(|t| t.contains("累计服务新就业群体2000余人次")), "a tooltip's sentence is taken out");
    // Only the sentences a slide draws (a `said` block's) stay.
    let drawn: Vec<Target> = whole.slides.iter().flat_map(|s| s.blocks.iter()).flat_map(|b| match b {
        BlockSpec::Said { figures, .. } => figures.iter().map(|id| Target::Figure(*id)).collect(),
        _ => vec![],
    }).collect();
    assert!(!drawn.is_empty());
    for i in 0..whole.slides.len() {
        assert_eq!(everything(&keyed, i, Lang::Zh, &|_| true), everything(whole, i, Lang::Zh, &|t| drawn.contains(t)), "slide {} in Chinese", i + 1);
    }
    // Before the texts came, English is empty (the core never draws it then).
    assert_eq!(Lang::En.pick(&keyed.slides[0].title), "");
    assert_ne!(Lang::En.pick(&whole.slides[0].title), "");
    later::fill(texts);
    assert!(later::loaded());
    for i in 0..whole.slides.len() {
        for lang in [Lang::Zh, Lang::En] {
            assert_eq!(everything(&keyed, i, lang, &|_| true), everything(whole, i, lang, &|_| true), "slide {} in {lang:?}", i + 1);
        }
    }
}

mod core_waits_for_the_words {
    //! The core's rule: a language whose words are still to load waits for
    //! them (the page is asked once), and is shown when they come; if they
    //! cannot load, the reader is told in the language shown.

    use super::split;
    use zones_infographic::data::Dataset;
    use zones_infographic::interact::options::{DeepLink, Options};
    use zones_infographic::interact::{Core, HostEvent, Input, Keep};
    use zones_infographic::scene::look::Look;
    use zones_infographic::story::lang::Lang;

    fn keyed() -> &'static Dataset {
        Box::leak(Box::new(split().0))
    }

    fn mounted(hash: &str) -> (Core<'static>, zones_infographic::interact::Answer) {
        let mut core = Core::new(keyed(), &Options::default(), &DeepLink::parse(hash), Look::light());
        core.handle(0.0, Input::Look(Look::light()));
        let first = core.handle(1.0, Input::Resize { width: 720.0, height: 0.0, dpr: 1.0 });
        (core, first)
    }

    const FAILED_ZH: &str = "英文版未能加载，请稍后再试。";

    #[test]
    fn a_graphic_mounted_after_the_words_came_draws_english_at_once() {
        let mut core = Core::new(keyed(), &Options::default(), &DeepLink::parse("#lang=en"), Look::light()).words_here();
        core.handle(0.0, Input::Look(Look::light()));
        let first = core.handle(1.0, Input::Resize { width: 720.0, height: 0.0, dpr: 1.0 });
        assert!(!first.load_words && !core.waits_for_words());
        assert_eq!(first.draw.map(|d| d.lang), Some(Lang::En));
    }

    #[test]
    fn a_graphic_mounted_in_english_is_drawn_when_its_words_came() {
        let (mut core, first) = mounted("#slide-2&lang=en");
        assert!(first.draw.is_none() && first.host.is_empty(), "nothing drawn, and no ready, before the words");
        assert!(first.load_words, "the page is asked for the words");
        assert!(!core.handle(2.0, Input::Resize { width: 700.0, height: 0.0, dpr: 1.0 }).load_words, "asked once");
        let answer = core.handle(50.0, Input::Words(true));
        assert_eq!(answer.controls, Some((1, Lang::En)), "the controls come with it");
        let draw = answer.draw.expect("drawn once the words came");
        assert_eq!((draw.slide, draw.lang, draw.scene.width), (1, Lang::En, 700.0));
        assert_eq!(answer.host, [HostEvent::Ready { slide: 1, lang: Lang::En }]);
    }

    #[test]
    fn a_graphic_mounted_in_english_whose_words_cannot_load_is_drawn_in_chinese() {
        let (mut core, _) = mounted("#lang=en");
        let answer = core.handle(50.0, Input::Words(false));
        assert_eq!(answer.draw.expect("drawn all the same").lang, Lang::Zh);
        assert_eq!(core.lang(), Lang::Zh);
        assert_eq!(answer.said.as_deref(), Some(FAILED_ZH));
        assert_eq!(answer.host, [HostEvent::Ready { slide: 0, lang: Lang::Zh }]);
    }

    #[test]
    fn a_switch_to_english_waits_for_the_words_then_happens() {
        let (mut core, first) = mounted("");
        assert!(first.draw.is_some() && !first.load_words, "Chinese needs nothing loaded");
        let asked = core.handle(10.0, Input::ToggleLang);
        assert!(asked.load_words && asked.draw.is_none() && asked.host.is_empty(), "the switch waits");
        assert_eq!(asked.keep, None, "nothing moves yet");
        assert_eq!(core.lang(), Lang::Zh);
        assert!(!core.handle(11.0, Input::ToggleLang).load_words, "a second tap asks no second time");
        let answer = core.handle(300.0, Input::Words(true));
        assert_eq!(answer.keep, Some(Keep::LangSwitch), "the switch stays under the finger");
        assert_eq!(answer.draw.expect("the switch happens").lang, Lang::En);
        assert_eq!(answer.host, [HostEvent::Lang { slide: 0, lang: Lang::En }]);
        assert!(answer.announce.is_some() && answer.wake_at.is_some(), "announced, and the hash written after");
        // From now on the switch is at once, either way.
        assert_eq!(core.handle(400.0, Input::ToggleLang).draw.map(|d| d.lang), Some(Lang::Zh));
        assert_eq!(core.handle(500.0, Input::ToggleLang).draw.map(|d| d.lang), Some(Lang::En));
    }

    #[test]
    fn a_language_waiting_for_its_words_keeps_the_address_until_it_is_shown() {
        // The host's link names a slide and English: the slide is shown at
        // once, the language once its words came.
        let (mut core, _) = mounted("");
        let answer = core.handle(10.0, Input::HashChanged(DeepLink::parse("#slide-4&lang=en")));
        assert!(answer.load_words);
        let tick = |core: &mut Core, now| core.handle(now, Input::Tick { page_moved: false, hash: "#slide-4&lang=en".into() }).write_hash;
        assert_eq!(tick(&mut core, 1000.0), None, "no Chinese link over the English one while it loads");
        core.handle(1100.0, Input::Words(true));
        assert_eq!(tick(&mut core, 2000.0).as_deref(), Some("#slide-4&lang=en"));
    }

    #[test]
    fn a_switch_taken_back_while_loading_stays_taken_back() {
        let (mut core, _) = mounted("");
        core.handle(10.0, Input::ToggleLang);
        assert!(core.handle(20.0, Input::SetLang(Lang::Zh)).draw.is_none(), "already Chinese");
        let answer = core.handle(300.0, Input::Words(true));
        assert_eq!(core.lang(), Lang::Zh);
        assert!(answer.host.is_empty() && answer.announce.is_none() && answer.said.is_none(), "no switch after all");
    }

    #[test]
    fn words_that_cannot_load_are_said_in_chinese_and_asked_for_again() {
        let (mut core, _) = mounted("");
        core.handle(10.0, Input::ToggleLang);
        let answer = core.handle(300.0, Input::Words(false));
        assert_eq!(core.lang(), Lang::Zh);
        assert!(answer.draw.is_none() && answer.host.is_empty());
        assert_eq!(answer.said.as_deref(), Some(FAILED_ZH), "said to every reader");
        assert!(core.handle(400.0, Input::ToggleLang).load_words, "a second try asks again");
        // A hash link to English waits the same way.
        let mut core = mounted("").0;
        assert!(core.handle(10.0, Input::HashChanged(DeepLink::parse("#lang=en"))).load_words);
    }
}
