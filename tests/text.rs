//! Text as the layout measures and breaks it: widths of wide and narrow
//! characters, and lines that keep every character within their width.

use zones_infographic::data::dataset;
use zones_infographic::scene::text::{marked, text_width, wrap, Keep, KEPT};

/// The dataset's rules of punctuation and hedges, and nothing kept whole.
fn rules() -> Keep<'static> {
    Keep { rules: dataset().line_breaking.clone(), ..Keep::default() }
}


#[test]
fn wide_characters_take_a_full_em() {
    assert_eq!(text_width("南昌", 10.0, false), 20.0);
    assert!(text_width("8813", 10.0, false) < text_width("南昌高新", 10.0, false));
}

#[test]
fn wrapping_keeps_every_character_and_respects_the_width() {
    let text = "南昌打造8个驿站，累计服务新就业群体2000余人次";
    let lines = wrap(text, 16.0, false, 120.0, &rules());
    assert!(lines.len() > 1);
    assert_eq!(lines.concat(), text);
    for l in &lines {
        assert!(text_width(l, 16.0, false) <= 120.0, "{l} too wide");
        assert!(!l.starts_with('，'), "line starts with a comma: {l}");
    }
}

#[test]
fn the_rules_of_punctuation_and_hedges_are_the_datasets() {
    // At 112 px (seven characters of 16 px) the comma falls at a line's start,
    // unless a rule keeps it with the character before it.
    let text = "南昌高新区打造，驿站约19个";
    let without = wrap(text, 16.0, false, 112.0, &Keep::default());
    assert!(without.iter().any(|l| l.starts_with('，')), "{without:?}");
    let with = wrap(text, 16.0, false, 112.0, &rules());
    assert!(!with.iter().any(|l| l.starts_with('，')), "{with:?}");
    // The hedge before a number stays with it.
    for w in 40..200 {
        let lines = wrap(text, 16.0, false, f64::from(w), &rules());
        assert!(!lines.iter().any(|l| l.ends_with('约')), "{w}px: {lines:?}");
    }
}

#[test]
fn the_last_line_takes_a_word_only_from_a_line_that_keeps_two() {
    let text = "Party cadres working towards beautiful villages";
    let keep = Keep::default();
    for w in 60..400 {
        let lines = wrap(text, 12.0, false, f64::from(w), &keep);
        assert_eq!(lines.join(" "), text);
        if let [.., above, last] = &lines[..] {
            let first_of_last = last.split(' ').next().unwrap_or_default();
            let natural = text_width(&format!("{above} {first_of_last}"), 12.0, false) > f64::from(w);
            assert!(above.contains(' ') || natural, "{w}px: {lines:?}");
        }
    }
}

#[test]
fn a_word_wider_than_the_line_is_cut_between_characters() {
    let word = "x".repeat(500);
    for text in [format!("{word} 🙂"), format!("南昌{word}高新区")] {
        let lines = wrap(&text, 14.0, false, 200.0, &rules());
        assert!(lines.len() > 5, "{lines:?}");
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        for l in &lines {
            assert!(text_width(l, 14.0, false) <= 200.0, "{l} too wide");
        }
    }
    // A word a little wider than the line stays whole.
    assert_eq!(wrap("Not reported", 12.0, false, 46.0, &Keep::default()), ["Not", "reported"]);
}

#[test]
fn english_wraps_at_spaces() {
    let lines = wrap("Nanchang built 8 rest stops and served gig workers", 14.0, false, 150.0, &Keep::default());
    assert!(lines.len() > 1);
    assert_eq!(lines.join(" "), "Nanchang built 8 rest stops and served gig workers");
}

#[test]
fn the_pages_text_marks_what_the_canvas_keeps_whole() {
    let keep = zones_infographic::scene::keep(dataset());
    let mark = |t: &str| format!("{}{t}{}", KEPT.0, KEPT.1);
    // Kept words, and a number with its hedge and unit.
    assert_eq!(marked("累计服务新就业群体2000余人次", &keep), format!("累计服务{}{}", mark("新就业群体"), mark("2000余人次")));
    assert_eq!(marked("帮助解决问题", &keep), format!("{}{}问题", mark("帮助"), mark("解决")));
    // Two kept words side by side may break between them; English keeps the
    // number with its word.
    assert_eq!(marked("阿拉善高新区政数局", &keep), format!("{}{}", mark("阿拉善高新区"), mark("政数局")));
    assert_eq!(marked("visited 8,813 households", &keep), format!("visited {}", mark("8,813 households")));
    assert_eq!(marked("no figure here", &keep), "no figure here");
    // Nothing lost or added but the marks, in every text of the dataset.
    for f in dataset().figures.iter() {
        for text in [&*f.quote, &*f.label.zh] {
            assert_eq!(marked(text, &keep).replace([KEPT.0, KEPT.1], ""), text);
        }
    }
}

#[test]
fn the_english_title_of_slide_2_never_parts_gig_from_workers() {
    use zones_infographic::story::{fill_template, lang::Lang};
    let d = dataset();
    let title = fill_template(d, &d.slides[1].title.en, Lang::En);
    assert!(title.contains("gig\u{a0}workers"), "{title}");
    // The title's sizes and edges (`scene::builder::Sizes`): 19 px with 12 px
    // edges under 520 px, 24 px with 20 px to 1,200 px, 28 px with 24 px above,
    // for every graphic from 256 to 1,400 px wide.
    let mut breaks = 0;
    for width in (256..=1400).step_by(2) {
        let (size, pad) = if width < 520 { (19.0, 12.0) } else if width < 1200 { (24.0, 20.0) } else { (28.0, 24.0) };
        let lines = wrap(&title, size, true, f64::from(width) - 2.0 * pad, &rules());
        breaks += lines.len() - 1;
        assert!(lines.iter().all(|l| !l.ends_with("gig")), "a {width} px graphic: {lines:?}");
    }
    assert!(breaks > 100, "the title breaks at most widths ({breaks} breaks)");
}
