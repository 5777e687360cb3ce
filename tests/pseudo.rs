//! The pseudo-locale: the dataset and the copy with every English text wrapped
//! in ⟦…⟧ and accented (`data::pseudo`). Laid out, explained, driven through
//! the core and made into its fallback files in English, the graphic then
//! shows no plain ASCII letter anywhere: every word a reader or a screen
//! reader meets comes from the copy or the dataset, none from code.

use zones_infographic::data::pseudo::pseudo_json;
use zones_infographic::data::read::{parse_with_copy, COPY};
use zones_infographic::data::{Dataset, Msg, SOURCE_JSON};
use zones_infographic::fallback::{failure_words, figure_html, slide_alt, slide_csv, slide_svg};
use zones_infographic::interact::options::{DeepLink, Options};
use zones_infographic::interact::{Core, FocusTarget, Input, Tip};
use zones_infographic::scene::layout::layout_slide;
use zones_infographic::scene::look::Look;
use zones_infographic::scene::Mark;
use zones_infographic::story::copy::word;
use zones_infographic::story::lang::Lang;
use zones_infographic::story::{announce, controls, data_table, explain, region_name, source_line, summary, Explanation};

fn pseudo_data() -> Dataset {
    parse_with_copy(&pseudo_json(SOURCE_JSON).unwrap(), &pseudo_json(COPY).unwrap()).unwrap()
}

/// Counts the texts seen, and fails on one with a plain ASCII letter, or
/// (where `latin` says Chinese cannot belong) with Chinese.
#[derive(Default)]
struct Seen {
    texts: usize,
    marked: usize,
}

impl Seen {
    fn check(&mut self, context: &str, text: &str) {
        assert!(!text.chars().any(|c| c.is_ascii_alphabetic()), "{context}: text from outside the copy and the dataset: {text:?}");
        self.texts += 1;
        self.marked += usize::from(text.contains('⟦') || text.contains('⟧'));
    }

    /// Text that is never Chinese in English (only quotes and the switch to
    /// Chinese are).
    fn check_latin(&mut self, context: &str, text: &str) {
        assert!(!text.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{context}: Chinese in English: {text:?}");
        self.check(context, text);
    }

    fn explanation(&mut self, context: &str, ex: &Explanation) {
        for (part, text) in [("kicker", &ex.kicker), ("headline", &ex.headline), ("detail", &ex.detail), ("source", &ex.source)] {
            self.check_latin(&format!("{context} {part}"), text);
        }
        if let Some(gloss) = &ex.gloss {
            self.check_latin(&format!("{context} gloss"), gloss);
        }
    }
}

#[test]
fn every_slide_tooltip_control_and_table_in_english_comes_from_the_copy_or_the_dataset() {
    let data = pseudo_data();
    let mut seen = Seen::default();
    for (i, slide) in data.slides.iter().enumerate() {
        for width in [320.0, 760.0, 1280.0] {
            let scene = layout_slide(&data, i, width, Lang::En, &Look::light()).unwrap();
            for mark in &scene.marks {
                if let Mark::Text { text, .. } = mark {
                    seen.check(&format!("slide {} at {width} px", i + 1), text);
                }
            }
            for hit in &scene.hits {
                let ex = explain(&data, &hit.target, Lang::En).unwrap();
                seen.explanation(&format!("slide {} {}", i + 1, hit.target.key()), &ex);
                seen.check_latin("a region's name", &region_name(&data, &ex, Lang::En));
            }
        }
        seen.check_latin("summary", &summary(&data, slide, Lang::En));
        seen.check_latin("source line", &source_line(&data, slide, Lang::En));
        seen.check_latin("announcement", &announce(&data, i, Lang::En));
        let table = data_table(&data, slide, Lang::En);
        seen.check_latin("table caption", &table.caption);
        for cell in table.headers.iter().chain(table.rows.iter().flatten()) {
            seen.check("table cell", cell);
        }
    }
    let c = controls(&data, Lang::En);
    for label in [&c.graphic, &c.back, &c.next, &c.again, &c.steps, &c.save].into_iter().chain(&c.step_names).chain(&c.save_buttons) {
        seen.check_latin("control", label);
    }
    seen.check("the language switch", &c.switch);
    for msg in [Msg::Pause, Msg::Play, Msg::LinkCopied, Msg::LinkRefused, Msg::DownloadFailed, Msg::SaveBroken, Msg::Data] {
        seen.check_latin(msg.key(), word(&data, msg, Lang::En));
    }
    assert!(seen.texts > 500 && seen.marked * 2 > seen.texts, "{} texts, {} with the marks", seen.texts, seen.marked);
}

/// The check itself: the real copy's English is plain ASCII, and fails it.
#[test]
#[should_panic(expected = "text from outside the copy and the dataset")]
fn plain_english_fails_the_check() {
    let c = controls(zones_infographic::dataset(), Lang::En);
    Seen::default().check_latin("control", &c.next);
}

#[test]
fn what_the_core_answers_in_english_comes_from_the_copy_or_the_dataset() {
    let data = pseudo_data();
    let options = Options { lang: Some(Lang::En), ..Options::default() };
    let mut core = Core::new(&data, &options, &DeepLink::default(), Look::light());
    core.handle(0.0, Input::Look(Look::light()));
    core.handle(0.0, Input::Resize { width: 375.0, height: 0.0, dpr: 2.0 });
    let mut seen = Seen::default();
    for i in 0..data.slides.len() {
        let answer = core.handle(i as f64 * 1000.0, Input::Show(i));
        if let Some(text) = &answer.announce {
            seen.check_latin("announcement", text);
        }
        let draw = core.handle(i as f64 * 1000.0 + 1.0, Input::Resize { width: 376.0 + i as f64, height: 0.0, dpr: 2.0 }).draw.expect("a drawing");
        seen.check_latin("title", &draw.title);
        seen.check_latin("canvas label", &draw.label);
        for k in 0..draw.scene.hits.len() {
            if let Some(Tip::Show { explanation, .. }) = core.handle(0.0, Input::Focus(FocusTarget::Mark(k))).tip {
                seen.explanation(&format!("slide {} region {k}", i + 1), &explanation);
            }
        }
    }
    assert!(seen.texts > 50, "{} texts", seen.texts);
}

#[test]
fn the_fallback_files_in_english_come_from_the_copy_or_the_dataset() {
    let data = pseudo_data();
    let mut seen = Seen::default();
    for i in 0..data.slides.len() {
        seen.check_latin("text alternative", &slide_alt(&data, i, Lang::En).unwrap());
        for line in slide_csv(&data, i, Lang::En).unwrap().lines() {
            seen.check("CSV line", line);
        }
        let (svg, _) = slide_svg(&data, i, Lang::En).unwrap();
        for text in svg.split("<text").skip(1).filter_map(|t| t.split_once('>')).filter_map(|(_, rest)| rest.split_once("</text>")).map(|(text, _)| text) {
            let text = text.replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
            seen.check("SVG text", &text);
        }
    }
    let html = figure_html(&data, Lang::En, "fallback/");
    let link = html.split("download>").nth(2).and_then(|t| t.split_once('<')).map(|(t, _)| t).unwrap();
    seen.check_latin("the fallback's data link", link);
    let words = failure_words(&data);
    let english: String = words.split('"').filter(|part| part.contains('⟦')).collect();
    seen.check("the failure line", &english);
    assert!(seen.texts > 40, "{} texts", seen.texts);
}

/// The stylesheets write no word: a text in a CSS `content` would escape the
/// copy (and every language but the one it was written in). Only symbols and
/// punctuation ("×", "：") and attributes the view fills are there.
#[test]
fn no_stylesheet_writes_a_word() {
    for file in ["www/infographic.css", "www/data.css", "www/kiosk.css", "www/embed.css", "www/page.css"] {
        let css = std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{file}: {e}"));
        for (at, _) in css.match_indices("content:") {
            let value = css[at..].split([';', '}']).next().unwrap_or_default();
            let quoted: String = value.split('"').skip(1).step_by(2).collect();
            assert!(!quoted.chars().any(char::is_alphabetic), "{file}: {value}");
        }
    }
}
