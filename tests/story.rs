//! The words of the story: titles filled from figures, summaries for screen
//! readers, data tables, and the explanation behind each mark.

use zones_infographic::data::read::from_json;
use zones_infographic::data::{BlockSpec, Figure, SOURCE, SOURCE_JSON};
use zones_infographic::story::{controls, data_table, explain, figure_text, fill_template, region_name, slide_figures, source_line, summary, theme_names_in_text, Target};
use zones_infographic::story::lang::Lang;
use zones_infographic::Dataset;

fn data() -> &'static Dataset {
    zones_infographic::dataset()
}

#[test]
fn titles_take_their_numbers_from_the_figures() {
    let d = data();
    assert_eq!(fill_template(&d, &d.slides[1].title.zh, Lang::Zh), "南昌高新区打造8个驿站，累计服务新就业群体2000余人次");
    assert_eq!(fill_template(&d, &d.slides[1].title.en, Lang::En), "Nanchang Hi-tech Zone's 8 stations served gig\u{a0}workers 2,000+ person-times");
    // A date in a title comes from its figure's period.
    assert_eq!(fill_template(&d, &d.slides[3].title.zh, Lang::Zh), "2024年防汛期间593名党员干部轮班吃住在堤，排查处置险情47处");
    assert!(fill_template(&d, &d.slides[3].title.en, Lang::En).starts_with("In the 2024 flood season, 593 party cadres"));
    assert_eq!(
        fill_template(&d, &d.slides[2].title.en, Lang::En),
        "463 grassroots cadres visited 8,813 households at night and helped solve 2,213 problems"
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
    assert_eq!(s, "在10个主题中，南昌高新区的报道7个有数字、2个只有文字、1个未报道；阿拉善高新区的报道1个有数字、3个只有文字、6个未报道；随州高新区的报道1个有数字、1个只有文字、8个未报道。");
    let en = summary(&d, &d.slides[0], Lang::En);
    assert_eq!(
        en,
        "Of 10 themes, Nanchang Hi-tech Zone's article gives figures on 7, words only on 2 and nothing on 1; Alxa Hi-tech Zone's article gives figures on 1, words only on 3 and nothing on 6; Suizhou Hi-tech Zone's article gives figures on 1, words only on 1 and nothing on 8."
    );
}

#[test]
fn a_slide_summary_names_hedges_and_silence() {
    let d = data();
    let s = summary(&d, &d.slides[1], Lang::Zh);
    assert_eq!(s, "本页列出南昌高新区报道的9个数字，其中2个是约数。");
    let en = summary(&d, &d.slides[2], Lang::En);
    assert_eq!(en, "This slide shows 5 figures from the Nanchang Hi-tech Zone article, 1 of them hedged; Alxa Hi-tech Zone and Suizhou Hi-tech Zone reported nothing on these themes.");
}

#[test]
fn the_data_table_lists_every_figure_with_unit_hedge_and_quote() {
    let d = data();
    let t = data_table(&d, &d.slides[1], Lang::Zh);
    assert_eq!(t.headers.len(), 8);
    assert_eq!(t.rows.len(), 9, "the 9 figures of the slide, each once, though 8个 and 2000余人次 are in the title too");
    let served = t.rows.iter().find(|r| r[2] == "2000余人次").unwrap();
    assert_eq!(served[0], "南昌高新区", "the zone, by its name");
    assert_eq!(served[3], "人次");
    assert_eq!(served[4], "余（多于）");
    assert!(served[6].contains("累计服务新就业群体2000余人次"));
    assert!(served[7].contains("郭文治 李彤彤"));
}

#[test]
fn derived_rows_of_the_table_say_so() {
    let d = data();
    let t = data_table(&d, &d.slides[2], Lang::En);
    let per_cadre = t.rows.iter().find(|r| r[2] == "≈19 households").unwrap();
    assert_eq!(per_cadre[4], "derived");
    assert_eq!(per_cadre[5], "since the campaign began", "the period its two figures share");
    // English groups thousands; Chinese writes the number as the article does.
    assert_eq!(per_cadre[6], "8,813 households ÷ 463 grassroots cadres, computed by this graphic, not reported.");
    let zh = data_table(&d, &d.slides[2], Lang::Zh);
    let per_cadre = zh.rows.iter().find(|r| r[2] == "约19户").unwrap();
    assert_eq!(per_cadre[4], "本图计算");
    assert_eq!(per_cadre[6], "8813户 ÷ 463名，由本图计算，不是报道原文。");
}

#[test]
fn in_english_the_quote_stays_chinese_with_a_gloss_beside_it() {
    let d = data();
    let ex = explain(&d, &Target::Figure("nc-flood-cadres".into()), Lang::En).unwrap();
    assert_eq!(ex.headline, "593 party cadres");
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
fn filled_titles_never_repeat_a_word_or_a_unit() {
    // A placeholder carries its unit ("8个", "8 stations"), so a template must
    // not write the unit again after it. English is checked word by word;
    // Chinese has no spaces, so by what follows each figure in the title.
    let d = data();
    let mut figures_in_titles = [0usize; 2];
    for s in d.slides.iter() {
        for (template, lang) in [(&s.title.zh, Lang::Zh), (&s.title.en, Lang::En)] {
            let title = fill_template(&d, template, lang);
            if lang == Lang::En {
                let words: Vec<&str> = title.split_whitespace().collect();
                for pair in words.windows(2) {
                    assert_ne!(pair[0], pair[1], "{}: {title}", s.id);
                }
            }
            // Each figure's placeholder, and the title as filled after it.
            let mut rest: &str = template;
            while let Some((_, tail)) = rest.split_once('{') {
                let (id, tail) = tail.split_once('}').unwrap();
                rest = tail;
                let Some(f) = d.figure(id) else { continue };
                let text = figure_text(&d, f, lang);
                let after = fill_template(&d, rest, lang);
                assert!(title.contains(&format!("{text}{after}")), "{}: {title}", s.id);
                let measure = d.measure(&f.measure).unwrap();
                if lang == Lang::Zh {
                    let unit: &str = &measure.unit;
                    assert!(!after.starts_with(unit), "{}: the unit {unit} repeated after {text} in {title}", s.id);
                    let last = text.chars().last();
                    assert_ne!(after.chars().next(), last, "{}: a character repeated after {text} in {title}", s.id);
                    figures_in_titles[0] += 1;
                } else {
                    let next_word = after.split_whitespace().next().unwrap_or("");
                    assert!(!measure.unit_en.split(' ').any(|w| w == next_word), "{}: unit repeated in {title}", s.id);
                    figures_in_titles[1] += 1;
                }
            }
        }
    }
    // The titles write 7 figures in each language: the rules above looked at each.
    assert_eq!(figures_in_titles, [7, 7], "figures found in the titles (zh, en)");
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
fn a_figure_a_title_writes_has_one_row_in_the_data_table() {
    let d = data();
    let table = data_table(d, &d.slides[1], Lang::Zh);
    let row = table.rows.iter().find(|r| r[2] == "8个").expect("a row for the 8 stations");
    assert!(row[6].contains("8个"), "with its source sentence: {row:?}");
    assert_eq!(table.rows[0][2], "8个", "in reading order: the title comes first");
    assert_eq!(table.rows.iter().filter(|r| r[2] == "8个").count(), 1, "once, though its tile shows it again");
}

/// The clause of a figure's quote that writes it: between the commas, semicolons
/// and stops around its written form.
fn clause<'a>(f: &'a Figure) -> &'a str {
    f.quote.split(['，', ',', '；', ';', '。']).find(|c| c.contains(&*f.written)).unwrap_or("")
}

/// The slide titles (both languages, filled) that write a figure.
fn titles_writing<'a>(d: &'a zones_infographic::Dataset, id: &'a str) -> impl Iterator<Item = (String, String)> + 'a {
    d.slides
        .iter()
        .filter(move |s| s.title.zh.contains(&format!("{{{id}}}")))
        .map(move |s| (fill_template(d, &s.title.zh, Lang::Zh), fill_template(d, &s.title.en, Lang::En)))
}

#[test]
fn helped_stays_helped_wherever_a_figure_is_written() {
    // 帮助解决…2213个问题: the cadres helped solve them. A title, a label or a
    // derived value that says "solved" claims more than the article.
    let d = data();
    let mut checked = 0;
    for f in d.figures.iter().filter(|f| clause(f).contains("帮助")) {
        let mut texts: Vec<(String, String)> = vec![(f.label.zh.to_string(), f.label.en.to_string())];
        texts.extend(titles_writing(d, &f.id));
        for s in d.slides.iter() {
            for b in s.blocks.iter() {
                if let BlockSpec::Ratios { ratios, .. } = b {
                    texts.extend(ratios.iter().filter(|r| r.of == f.id).map(|r| (r.label.zh.to_string(), r.label.en.to_string())));
                }
            }
        }
        for (zh, en) in &texts {
            assert!(zh.contains("帮助") && en.contains("help"), "{}: the quote says 帮助, but {zh:?} / {en:?} do not", f.id);
            checked += 1;
        }
    }
    assert!(checked >= 2, "the label and the title of 2213个: {checked}");
}

/// The English of the groups the articles count in people.
const PEOPLE: [(&str, &str); 2] = [("基层干部", "grassroots cadre"), ("党员干部", "party cadre")];

#[test]
fn a_count_of_people_says_which_people_in_both_languages() {
    // 463名基层干部 are grassroots cadres, 593名党员干部 party cadres: a title or a
    // tooltip that says "463 cadres" drops who they are.
    // Groups are kept by the build only: read them from the file.
    let read = from_json(SOURCE_JSON, SOURCE).unwrap();
    let group = |f: &Figure| read.figure(&f.id).and_then(|r| r.group.get()).map(|g| g.to_string()).expect("every figure has its group");
    let d = data();
    let mut checked = 0;
    for f in d.figures.iter().filter(|f| d.measure(&f.measure).is_some_and(|m| m.unit == "名")) {
        let group = group(f);
        let english = PEOPLE.iter().find(|(zh, _)| *zh == group).map(|(_, en)| *en).unwrap_or_else(|| panic!("{}: no English for {group}", f.id));
        assert!(figure_text(d, f, Lang::En).contains(english), "{}: {:?}", f.id, figure_text(d, f, Lang::En));
        let written_with_group = format!("{}{group}", f.written);
        assert!(f.quote.contains(&written_with_group), "{}: the quote writes {written_with_group}", f.id);
        for (zh, en) in titles_writing(d, &f.id) {
            assert!(zh.contains(&written_with_group), "{}: {zh:?} does not write {written_with_group}", f.id);
            assert!(en.contains(english), "{}: {en:?} does not say {english}", f.id);
            checked += 1;
        }
        for s in d.slides.iter() {
            for b in s.blocks.iter() {
                if let BlockSpec::Ratios { ratios, .. } = b {
                    for r in ratios.iter().filter(|r| r.per == f.id) {
                        assert!(r.label.zh.contains(&group) && r.label.en.contains(english), "{}: {:?}", f.id, r.label);
                        checked += 1;
                    }
                }
            }
        }
    }
    assert!(checked >= 3, "the titles with 463 and 593 and the per-cadre value: {checked}");
}

#[test]
fn each_slide_counts_the_figures_the_overview_counts_for_its_themes() {
    let d = data();
    for s in d.slides.iter().filter(|s| !s.themes.is_empty()) {
        let overview: usize = s
            .themes
            .iter()
            .flat_map(|t| d.zones.iter().map(move |z| (z, t)))
            .filter_map(|(z, t)| explain(d, &Target::Coverage { zone: z.id.clone(), theme: t.clone() }, Lang::Zh))
            .filter_map(|ex| match ex.headline.as_str() {
                // Points made in a speech: one figure for each the cell lists.
                "讲话要点" => Some(ex.detail.split('；').count()),
                h => h.strip_suffix("个数字").and_then(|n| n.parse::<usize>().ok()),
            })
            .sum();
        assert_eq!(slide_figures(d, s).len(), overview, "{}", s.id);
        assert!(summary(d, s, Lang::Zh).contains(&format!("{overview}个数字")), "{}: {}", s.id, summary(d, s, Lang::Zh));
    }
}

#[test]
fn english_summaries_never_write_one_with_a_plural() {
    // "Alxa: 1 themes with figures"
    let d = data();
    for s in d.slides.iter() {
        let en = summary(d, s, Lang::En);
        for plural in ["1 themes", "1 figures", "1 articles"] {
            assert!(!en.contains(plural), "{}: {en}", s.id);
        }
    }
}

#[test]
fn english_sources_give_the_bylines_in_pinyin_and_say_what_the_page_does_not() {
    let d = data();
    for s in d.slides.iter() {
        let en = source_line(d, s, Lang::En);
        assert!(!en.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c)), "{}: {en}", s.id);
        assert!(en.ends_with("The page names neither the newspaper nor the date."), "{en}");
        assert!(source_line(d, s, Lang::Zh).ends_with("原版面未注明报纸名称和日期。"));
    }
    // Names keep their parts together with no-break spaces.
    let all = source_line(d, &d.slides[0], Lang::En).replace('\u{a0}', " ");
    assert!(all.contains("by Guo Wenzhi and Li Tongtong") && all.contains("by Liu Lina and Liu Peina") && all.contains("by Guo Haizhou and Luo Yuanyuan"), "{all}");
}

#[test]
fn theme_names_inside_a_sentence_are_lower_case_and_joined_with_or() {
    let d = data();
    let themes = |ids: &[&str]| -> Vec<zones_infographic::data::Text> { ids.iter().map(|t| t.to_string().into()).collect() };
    assert_eq!(theme_names_in_text(d, &themes(&["night-visits", "deliberation"]), Lang::En), "night visits to residents or residents' deliberation");
    assert_eq!(theme_names_in_text(d, &themes(&["flood", "projects", "villages"]), Lang::En), "flood defence, construction projects, or village upgrades");
    assert_eq!(
        theme_names_in_text(d, &themes(&["study", "party-organisation", "government-services"]), Lang::En),
        "political study, party organisations in emerging sectors, or government services"
    );
    assert_eq!(theme_names_in_text(d, &themes(&["night-visits", "deliberation"]), Lang::Zh), "民情夜访、议事协商");
}

#[test]
fn hedges_are_more_than_and_over_never_at_least() {
    // 余 and 超 say "more than", which is not "at least" (至少).
    let d = data();
    for s in d.slides.iter().filter(|s| !s.themes.is_empty()) {
        for lang in [Lang::Zh, Lang::En] {
            for row in data_table(d, s, lang).rows {
                assert!(!row[4].contains("至少") && !row[4].contains("at least"), "{row:?}");
            }
        }
    }
    let t = data_table(d, &d.slides[2], Lang::Zh);
    assert_eq!(t.rows.iter().find(|r| r[2] == "超90分钟").unwrap()[4], "超（超过）");
}

#[test]
fn a_figure_only_the_english_title_writes_has_its_row_too() {
    let mut d = data().clone();
    let mut slides = d.slides.to_vec();
    slides[1].title.zh = "南昌高新区的驿站".into();
    slides[1].title.en = "Nanchang Hi-tech Zone's {nc-stations} stations".into();
    d.slides = slides.into();
    let table = data_table(&d, &d.slides[1], Lang::En);
    assert!(table.rows.iter().any(|r| r[2].starts_with('8')), "no row for the 8 stations: {:?}", table.rows.iter().map(|r| &r[2]).collect::<Vec<_>>());
}

#[test]
fn english_bylines_keep_each_name_on_one_line() {
    let d = data();
    let a = d.articles.iter().find(|a| a.id.starts_with("nanchang")).or(d.articles.first()).unwrap();
    let credit = zones_infographic::story::article_credit(d, a, Lang::En);
    let first = a.byline_en[0].replace(' ', "\u{a0}");
    assert!(credit.contains(&first), "{credit}");
    assert!(!credit.contains(&*a.byline_en[0]), "a plain space inside a name: {credit}");
}

#[test]
fn a_region_button_is_named_by_what_its_tooltip_says_and_a_derived_value_says_so() {
    let d = data();
    let figure = explain(&d, &Target::Figure("nc-workers-served".into()), Lang::En).unwrap();
    assert_eq!(region_name(&d, &figure, Lang::En), format!("{}: {}, {}", figure.kicker, figure.headline, figure.detail));
    let zh = explain(&d, &Target::Figure("nc-workers-served".into()), Lang::Zh).unwrap();
    assert_eq!(region_name(&d, &zh, Lang::Zh), format!("{}：{}，{}", zh.kicker, zh.headline, zh.detail));
    let ratio = d.slides.iter().flat_map(|s| s.blocks.iter()).find_map(|b| match b {
        BlockSpec::Ratios { ratios, .. } => ratios.first().cloned(),
        _ => None,
    });
    let ratio = ratio.expect("a slide shows a ratio");
    let derived = explain(&d, &Target::Ratio { of: ratio.of.clone(), per: ratio.per.clone() }, Lang::En).unwrap();
    assert!(derived.derived);
    assert!(region_name(&d, &derived, Lang::En).contains("(derived)"), "{}", region_name(&d, &derived, Lang::En));
    assert!(region_name(&d, &explain(&d, &Target::Ratio { of: ratio.of, per: ratio.per }, Lang::Zh).unwrap(), Lang::Zh).contains("（本图计算）"));
}

#[test]
fn the_controls_are_labelled_in_the_language_shown_and_the_switch_in_the_other() {
    let d = data();
    let en = controls(&d, Lang::En);
    assert_eq!((en.back.as_str(), en.next.as_str(), en.again.as_str()), ("Back", "Next ›", "Start again ↺"));
    assert_eq!(en.step_names.len(), d.slides.len(), "one name a step");
    assert_eq!(en.step_names[1], format!("Slide 2: {}", fill_template(&d, &d.slides[1].title.en, Lang::En)));
    assert_eq!((en.switch.as_str(), en.switch_tag, en.tag), ("中文", "zh-Hans", "en"));
    assert_eq!(en.save_buttons, ["Image PNG", "Vector SVG", "Data CSV", "Copy link"].map(String::from));
    let zh = controls(&d, Lang::Zh);
    assert_eq!(zh.step_names[0], format!("第1页：{}", fill_template(&d, &d.slides[0].title.zh, Lang::Zh)));
    assert_eq!((zh.switch.as_str(), zh.switch_tag, zh.tag), ("English", "en", "zh-Hans"));
    assert_eq!(zh.graphic, "交互图表：三个高新区报道了什么");
}

