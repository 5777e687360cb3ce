//! The words of the story: titles filled from figures, summaries for screen
//! readers, data tables, and the explanation behind each mark.

use zones_infographic::story::{data_table, explain, fill_template, summary, Target};
use zones_infographic::story::lang::Lang;
use zones_infographic::Dataset;

fn data() -> &'static Dataset {
    zones_infographic::dataset()
}

#[test]
fn titles_take_their_numbers_from_the_figures() {
    let d = data();
    assert_eq!(fill_template(&d, &d.slides[1].title.zh, Lang::Zh), "南昌打造8个驿站，累计服务新就业群体2000余人次");
    assert_eq!(
        fill_template(&d, &d.slides[2].title.en, Lang::En),
        "463 cadres visited 8,813 households at night and solved 2,213 problems"
    );
}

#[test]
fn no_title_or_deck_writes_a_digit_of_its_own() {
    // Numbers in titles come from placeholders only.
    for s in data().slides.iter() {
        for text in [&s.title.zh, &s.title.en, &s.deck.zh, &s.deck.en] {
            let outside: String = text.split('{').map(|part| part.split_once('}').map_or(part, |(_, rest)| rest)).collect();
            assert!(!outside.chars().any(|c| c.is_ascii_digit()), "{} writes a number by hand: {text}", s.id);
        }
    }
}

#[test]
fn the_overview_summary_counts_themes_per_zone() {
    let d = data();
    let s = summary(&d, &d.slides[0], Lang::Zh);
    assert_eq!(s, "在8个主题中，南昌5个主题有数字、2个只有文字、1个未报道；阿拉善1个主题有数字、3个只有文字、4个未报道；随州1个主题有数字、1个只有文字、6个未报道。");
}

#[test]
fn a_slide_summary_names_hedges_and_silence() {
    let d = data();
    let s = summary(&d, &d.slides[1], Lang::Zh);
    assert_eq!(s, "本页列出南昌报道的6个数字，其中2个是约数；阿拉善未报道这些主题。");
    let en = summary(&d, &d.slides[1], Lang::En);
    assert_eq!(en, "This slide shows 6 figures reported by Nanchang, 2 of them hedged; Alxa reported nothing on these themes.");
}

#[test]
fn the_data_table_lists_every_figure_with_unit_hedge_and_quote() {
    let d = data();
    let t = data_table(&d, &d.slides[1], Lang::Zh);
    assert_eq!(t.headers.len(), 8);
    assert_eq!(t.rows.len(), 6, "the 5 figures of the blocks and 8个 of the title");
    let served = t.rows.iter().find(|r| r[2] == "2000余人次").unwrap();
    assert_eq!(served[3], "人次");
    assert_eq!(served[4], "余（多于）");
    assert!(served[6].contains("累计服务新就业群体2000余人次"));
    assert!(served[7].contains("郭文治 李彤彤"));
}

#[test]
fn derived_rows_of_the_table_say_so() {
    let d = data();
    let t = data_table(&d, &d.slides[2], Lang::En);
    let per_cadre = t.rows.iter().find(|r| r[2] == "≈19.0 households").unwrap();
    assert_eq!(per_cadre[4], "derived");
    assert!(per_cadre[6].contains("8813") || per_cadre[6].contains("8,813"));
}

#[test]
fn in_english_the_quote_stays_chinese_with_a_gloss_beside_it() {
    let d = data();
    let ex = explain(&d, &Target::Figure("nc-flood-cadres".into()), Lang::En).unwrap();
    assert_eq!(ex.headline, "593 cadres");
    assert!(ex.quote.unwrap().contains("593名党员干部冲锋在前"));
    assert!(ex.gloss.unwrap().contains("593 party cadres"));
    let zh = explain(&d, &Target::Figure("nc-flood-cadres".into()), Lang::Zh).unwrap();
    assert_eq!(zh.gloss, None);
}

#[test]
fn not_reported_is_explained_as_not_zero() {
    let d = data();
    let ex = explain(&d, &Target::Coverage { zone: "alashan".into(), theme: "night-visits".into() }, Lang::Zh).unwrap();
    assert_eq!(ex.headline, "未报道");
    assert!(ex.detail.contains("不等于零"));
    assert_eq!(ex.quote, None);
}

#[test]
fn filled_titles_never_repeat_a_word() {
    // A placeholder carries its unit ("8 stations"), so a template must not repeat it.
    let d = data();
    for s in d.slides.iter() {
        for (template, lang) in [(&s.title.zh, Lang::Zh), (&s.title.en, Lang::En)] {
            let title = fill_template(&d, template, lang);
            let words: Vec<&str> = title.split_whitespace().collect();
            for pair in words.windows(2) {
                assert_ne!(pair[0], pair[1], "{}: {title}", s.id);
            }
            for f in d.figures.iter() {
                let unit = d.measure(&f.measure).unwrap();
                let text = zones_infographic::story::figure_text(&d, f, lang);
                if title.contains(&text) {
                    let after = &title[title.find(&text).unwrap() + text.len()..];
                    let next_word = after.split_whitespace().next().unwrap_or("");
                    let own = if lang == Lang::Zh { &unit.unit } else { &unit.name.en };
                    assert!(lang == Lang::Zh || !own.split(' ').any(|w| w == next_word), "{}: unit repeated in {title}", s.id);
                }
            }
        }
    }
}

#[test]
fn every_target_has_a_distinct_key_that_names_its_records() {
    let d = data();
    let fig = Target::Figure("nc-stations".into());
    assert_eq!(fig.key(), "figure:nc-stations");
    assert_eq!(Target::Coverage { zone: "alashan".into(), theme: "study".into() }.key(), "coverage:alashan/study");
    assert_eq!(Target::Ratio { of: "a".into(), per: "b".into() }.key(), "ratio:a/b");
    let keys: std::collections::HashSet<String> = d.figures.iter().map(|f| Target::Figure(f.id.clone()).key()).collect();
    assert_eq!(keys.len(), d.figures.len());
}

#[test]
fn a_figure_written_only_in_a_title_has_its_row_in_the_data_table() {
    let d = data();
    let table = data_table(d, &d.slides[1], Lang::Zh);
    let row = table.rows.iter().find(|r| r[2] == "8个").expect("a row for the 8 stations");
    assert!(row[6].contains("8个"), "with its source sentence: {row:?}");
    assert_eq!(table.rows[0][2], "8个", "in reading order: the title comes first");
}
