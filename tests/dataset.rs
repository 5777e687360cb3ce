//! The dataset against its source: every quote is in the articles, every figure is
//! in its quote, nothing is missing, and a broken dataset is refused with a
//! message that names the record and field.

use zones_infographic::data::check::{check, normalised_source, DataError};
use zones_infographic::data::bake::bake;
use zones_infographic::data::read::{from_json, locate};
use zones_infographic::data::{BlockSpec, Qualifier, Status, SOURCE, SOURCE_JSON};
use zones_infographic::story::fill_template;
use zones_infographic::story::lang::Lang;
use zones_infographic::Dataset;

fn data() -> &'static Dataset {
    zones_infographic::dataset()
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The dataset as read from the file, with the fields only the build keeps
/// (groups, provinces, the source page's layout).
fn read() -> Dataset {
    from_json(SOURCE_JSON, SOURCE).expect("data/zones.json is valid")
}

// The build reads data/zones.json with the same reader and checks (build.rs), so
// the file itself cannot break a rule here without failing the build first:
// each rule is tested on a damaged copy, of the dataset or of the articles.

/// The error of the dataset read against `source` in place of the articles.
fn refused_against(source: &str) -> String {
    from_json(SOURCE_JSON, source).unwrap_err().to_string()
}

#[test]
fn a_layout_break_that_is_not_a_whole_line_of_the_source_is_refused() {
    // Part of the photo caption's line, not the line.
    let e = broken(|v| v["layout_breaks"][0] = "外卖小哥在“红色读书角”".into());
    assert!(e.contains("layout_breaks") && e.contains("is not a whole line of the source"), "{e}");
    // The caption's line gone from the source.
    let caption = read().layout_breaks.get().unwrap()[0].to_string();
    let e = refused_against(&SOURCE.replace(&caption, ""));
    assert!(e.contains(&format!("\"{caption}\" is not a whole line")), "{e}");
}

#[test]
fn normalising_joins_the_split_word_and_the_interrupted_paragraphs() {
    let text = normalised_source(&read(), SOURCE);
    assert!(text.contains("社区居民幸福感显著增强"), "幸 / 福感 is joined");
    assert!(text.contains("共商共议化纠纷。南昌高新区创新构建"), "the caption no longer splits the paragraph");
    assert!(text.contains("加强“两新”党组织(快递行业)建设"), "the Suizhou title no longer splits the paragraph");
    assert!(!text.contains("外卖小哥在“红色读书角”看书"), "the photo caption is gone");
}

#[test]
fn a_figure_quote_found_twice_in_the_articles_is_refused() {
    // The sentence of 8个驿站 printed a second time, at the end of the page.
    let quote = data().figures[0].quote.to_string();
    let e = refused_against(&format!("{SOURCE}\n{quote}\n"));
    assert!(e.contains("figures[0] (nc-stations)") && e.contains("`quote`") && e.contains("not in the articles exactly once"), "{e}");
}

#[test]
fn a_words_only_quote_found_twice_in_the_articles_is_refused() {
    let (i, c) = data().coverage.iter().enumerate().find(|(_, c)| c.status == Status::TextOnly).unwrap();
    let quote = c.quote.as_deref().unwrap().to_string();
    let e = refused_against(&format!("{SOURCE}\n{quote}\n"));
    assert!(e.contains(&format!("coverage[{i}] ({} / {})", c.zone, c.theme)) && e.contains("not in the articles exactly once"), "{e}");
}

#[test]
fn every_figure_is_written_in_its_own_quote_with_its_number() {
    for f in data().figures.iter() {
        assert!(f.quote.contains(&*f.written), "{}: {:?} not in its quote", f.id, f.written);
        if f.qualifier != Qualifier::Nearly {
            // 近百 is written in characters; every other figure shows its digits.
            assert!(f.quote.contains(&format!("{}", f.value as u64)), "{}: number {} not in its quote", f.id, f.value);
        }
    }
}

#[test]
fn every_number_in_the_articles_is_in_the_dataset() {
    // Every run of digits in the source, bar dates and names that are not figures.
    let data = data();
    let text = normalised_source(&read(), SOURCE);
    // 24小时轮班 is "round the clock", a way of working in shifts, not a tally:
    // it is said in the words of the flood figure's label, not counted as a figure.
    let not_figures = ["2024年", "8月8日", "5+2就业之家", "“1+1”结对", "南昌三中", "24小时轮班"];
    let mut stripped = text.clone();
    for n in not_figures {
        stripped = stripped.replace(n, "");
    }
    let mut found = Vec::new();
    let chars: Vec<char> = stripped.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let start = i;
            while i < chars.len() && chars[i].is_ascii_digit() {
                i += 1;
            }
            let number: String = chars[start..i].iter().collect();
            let context: String = chars[start.saturating_sub(1)..(i + 3).min(chars.len())].iter().collect();
            found.push((number, context));
        } else {
            i += 1;
        }
    }
    let written: Vec<String> = data.figures.iter().map(|f| f.written.to_string()).collect();
    for (number, context) in &found {
        assert!(
            written.iter().any(|w| w.contains(number.as_str()) && context.contains(w.as_str())),
            "the source reports {number} ({context}) but no figure is written that way"
        );
    }
    // and the one figure written in characters
    assert!(text.contains("近百场") && written.iter().any(|w| w == "近百场"));
    assert_eq!(found.len() + 1, data.figures.len(), "one figure per number in the articles");
}

#[test]
fn every_zone_and_article_is_present_with_its_title_and_byline_as_printed() {
    let data = data();
    let zones: Vec<&str> = data.zones.iter().map(|z| &*z.name.zh).collect();
    assert_eq!(zones, ["南昌高新区", "阿拉善高新区", "随州高新区"]);
    for a in data.articles.iter() {
        assert!(squeeze(SOURCE).contains(&squeeze(&a.title)), "title {:?} is in the source", a.title);
        assert!(SOURCE.contains(&a.byline.join(" ")), "byline of {} is in the source", a.id);
    }
    for z in data.zones.iter() {
        assert!(data.articles.iter().any(|a| a.zone == z.id), "{} has an article", z.id);
    }
}

#[test]
fn the_reports_are_as_unequal_as_the_articles() {
    let data = data();
    let count = |z: &str| data.figures_of_zone(z).count();
    assert_eq!((count("nanchang"), count("alashan"), count("suizhou")), (20, 2, 1));
}

#[test]
fn hedged_numbers_stay_hedged() {
    let data = data();
    let q = |id: &str| data.figure(id).unwrap().qualifier;
    assert_eq!(q("nc-workers-served"), Qualifier::MoreThan);
    assert_eq!(q("nc-volunteer-events"), Qualifier::Nearly);
    assert_eq!(q("nc-traffic-jam"), Qualifier::Over);
    assert_eq!(data.figures.iter().filter(|f| f.qualifier != Qualifier::Exact).count(), 3);
}

#[test]
fn not_reported_is_recorded_for_every_zone_and_theme_without_words() {
    let data = data();
    assert_eq!(data.coverage.len(), data.zones.len() * data.themes.len());
    let not_reported = data.coverage.iter().filter(|c| c.status == Status::NotReported).count();
    assert!(not_reported > 0);
}

/// A copy of the embedded dataset with one change applied to its JSON.
fn broken(edit: impl FnOnce(&mut serde_json::Value)) -> String {
    let mut v: serde_json::Value = serde_json::from_str(SOURCE_JSON).unwrap();
    edit(&mut v);
    from_json(&v.to_string(), SOURCE).unwrap_err().to_string()
}

#[test]
fn a_value_that_disagrees_with_its_written_form_is_refused() {
    let e = broken(|v| v["figures"][1]["value"] = 2100.into());
    assert!(e.contains("figures[1] (nc-workers-served)") && e.contains("`value`"), "{e}");
}

#[test]
fn a_hedge_dropped_from_a_figure_is_refused() {
    let e = broken(|v| v["figures"][1]["qualifier"] = "exact".into());
    assert!(e.contains("`qualifier`") && e.contains("exact but \"2000余人次\" reads more-than"), "{e}");
}

#[test]
fn a_duplicate_id_is_refused_in_every_list() {
    let e = broken(|v| v["figures"][2]["id"] = "nc-stations".into());
    assert!(e.contains("figures[2] (nc-stations)") && e.contains("used twice"), "{e}");
    for list in ["zones", "articles", "themes", "measures", "slides"] {
        let e = broken(|v| v[list][1]["id"] = v[list][0]["id"].clone());
        assert!(e.contains(&format!("{list}[1]")) && e.contains("used twice"), "{list}: {e}");
    }
}

#[test]
fn a_figure_not_in_its_quote_is_refused() {
    let e = broken(|v| v["figures"][0]["quote"] = "南昌高新区建立工作机制。".into());
    assert!(e.contains("`quote`") && e.contains("8个"), "{e}");
}

#[test]
fn bars_with_different_units_on_one_axis_are_refused() {
    // 8813户 visited and 2213个 problems: one group, one period, two units.
    let e = with_bars(2, &["nc-night-households", "nc-night-problems"], |_| {});
    assert!(e.contains("slides[2] (night-visits)") && e.contains("share one axis") && e.contains("counts \"households\" and"), "{e}");
}

/// A copy of the dataset with a bar block of `figures` put first on slide `slide`.
fn with_bars(slide: usize, figures: &[&str], edit: impl FnOnce(&mut serde_json::Value)) -> String {
    broken(|v| {
        let bars = serde_json::json!({ "kind": "bars", "heading": { "zh": "轴", "en": "Axis" }, "figures": figures });
        v["slides"][slide]["blocks"].as_array_mut().unwrap().insert(0, bars);
        edit(v);
    })
}

fn figure_index(v: &serde_json::Value, id: &str) -> usize {
    v["figures"].as_array().unwrap().iter().position(|f| f["id"] == id).unwrap()
}

#[test]
fn bars_never_put_a_count_to_date_beside_a_years_count() {
    // 2000余人次 served at the stations (累计) and 156人次 of legal advice (2024年):
    // one measure, one group, but a cumulative count and a year's.
    let e = with_bars(1, &["nc-workers-served", "nc-legal-advice"], |_| {});
    assert!(e.contains("slides[1] (gig-workers)") && e.contains("share one axis") && e.contains("\"累计\"") && e.contains("\"2024年\""), "{e}");
}

#[test]
fn bars_of_party_cadres_in_different_campaigns_are_refused() {
    // 593 party cadres in the 2024 flood season, 572 in the village drive (no period stated).
    let e = with_bars(3, &["nc-flood-cadres", "nc-village-cadres"], |_| {});
    assert!(e.contains("slides[3] (party-members)") && e.contains("share one axis") && e.contains("nc-village-cadres\" states no period"), "{e}");
    // and the axis of slide 4 as it was: grassroots cadres of the night visits beside them.
    let e = with_bars(3, &["nc-flood-cadres", "nc-village-cadres", "nc-night-cadres"], |_| {});
    assert!(e.contains("share one axis"), "{e}");
}

#[test]
fn bars_of_one_measure_and_period_but_two_groups_are_refused() {
    // 人次 of new-employment workers served, 人次 of serving party members volunteering:
    // even over the same period, they are numbers of two groups.
    let e = with_bars(1, &["nc-workers-served", "nc-volunteer-services"], |v| {
        let i = figure_index(v, "nc-volunteer-services");
        v["figures"][i]["period"] = serde_json::json!({ "zh": "累计", "en": "to date" });
    });
    assert!(e.contains("share one axis") && e.contains("is a number of \"新就业群体\"") && e.contains("\"在职党员\""), "{e}");
}

#[test]
fn a_count_of_people_is_a_measure_of_its_own_group() {
    // 463名基层干部 counted as party cadres would read "463 party cadres", and could
    // share an axis with the 593 party cadres of the flood season.
    let e = broken(|v| {
        let i = figure_index(v, "nc-night-cadres");
        v["figures"][i]["measure"] = "party-cadres".into();
    });
    assert!(e.contains("(nc-night-cadres)") && e.contains("`measure`") && e.contains("\"基层干部\""), "{e}");
}

#[test]
fn a_group_the_quote_does_not_name_is_refused() {
    let e = broken(|v| {
        let i = figure_index(v, "nc-night-cadres");
        v["figures"][i]["group"] = "党员干部".into();
    });
    assert!(e.contains("(nc-night-cadres)") && e.contains("`group`") && e.contains("not named in the quote"), "{e}");
}

#[test]
fn a_slide_shows_no_figure_of_a_theme_it_is_not_about() {
    // The 463 cadres of the night visits on the party-members slide.
    let e = broken(|v| v["slides"][3]["blocks"][0]["figures"].as_array_mut().unwrap().push("nc-night-cadres".into()));
    assert!(e.contains("slides[3] (party-members)") && e.contains("\"nc-night-cadres\" is about theme \"night-visits\""), "{e}");
}

#[test]
fn a_slide_shows_every_figure_of_its_themes() {
    // Else its summary counts fewer figures than the overview counts for its themes.
    let e = broken(|v| {
        for block in v["slides"][1]["blocks"].as_array_mut().unwrap() {
            if let Some(figures) = block["figures"].as_array_mut() {
                figures.retain(|f| f != "nc-volunteer-events");
            }
        }
    });
    assert!(e.contains("slides[1] (gig-workers)") && e.contains("\"nc-volunteer-events\" of theme \"volunteering\" is not shown"), "{e}");
}

#[test]
fn a_label_that_adds_words_to_its_quote_is_refused() {
    // The article says the jams came at school-run times, not at the school gate (校门口).
    let e = broken(|v| {
        let i = figure_index(v, "nc-traffic-jam");
        v["figures"][i]["label"]["zh"] = "溪湖北社区校门口拥堵".into();
    });
    assert!(e.contains("(nc-traffic-jam)") && e.contains("`label.zh`") && e.contains("\"门\""), "{e}");
}

#[test]
fn a_label_that_repeats_its_period_is_refused() {
    // "驿站累计服务新就业群体（累计）"
    let e = broken(|v| {
        let i = figure_index(v, "nc-workers-served");
        v["figures"][i]["label"]["zh"] = "驿站累计服务新就业群体".into();
    });
    assert!(e.contains("(nc-workers-served)") && e.contains("`label.zh`") && e.contains("\"累计\""), "{e}");
    // "Daily school-run jam at Xihubei, before (before, per day)"
    let e = broken(|v| {
        let i = figure_index(v, "nc-traffic-jam");
        v["figures"][i]["label"]["en"] = "Daily school-run jam at Xihubei, before".into();
        v["figures"][i]["period"]["en"] = "before, per day".into();
    });
    assert!(e.contains("(nc-traffic-jam)") && e.contains("`label.en`") && e.contains("\"before\""), "{e}");
}

#[test]
fn an_english_byline_is_the_byline_in_pinyin() {
    let e = broken(|v| v["articles"][0]["byline_en"] = serde_json::json!(["郭文治", "Li Tongtong"]));
    assert!(e.contains("articles[0] (nanchang-governance)") && e.contains("`byline_en`") && e.contains("郭文治"), "{e}");
    let e = broken(|v| v["articles"][0]["byline_en"] = serde_json::json!(["Guo Wenzhi"]));
    assert!(e.contains("`byline_en`") && e.contains("1 names in pinyin for 2"), "{e}");
}

/// Words of the articles and what their English must (and must not) say:
/// (Chinese, English that must be there, English that must not).
const GLOSSARY: [(&str, Option<&str>, &[&str]); 8] = [
    // 提升改造, 重点改造: upgraded, not rebuilt.
    ("改造", Some("upgrad"), &["rebuil"]),
    // 「两新」: new economic and new social organisations, not "new sectors".
    ("两新", Some("new economic and social organisations"), &["new sector"]),
    // 截至目前: so far; the sentence says nothing of a year.
    ("截至目前", Some("so far"), &["this year"]),
    // 人次: participations, each person each time; "times" alone reads as a
    // count of services, so the desk asks for "person-times".
    ("人次", Some("person-time"), &[]),
    ("基层干部", Some("grassroots cadre"), &[]),
    ("党员干部", Some("party cadre"), &[]),
    // 帮助解决: helped solve, not solved.
    ("帮助", Some("help"), &[]),
    // 致力于: an aim, not a result.
    ("致力于", Some("aim"), &[]),
];

/// Every text of the dataset that has a Chinese and an English form, as pairs
/// (the two forms of a measure's name also with its English unit).
fn bilingual_texts(data: &Dataset) -> Vec<(String, String)> {
    let mut pairs: Vec<(String, String)> = Vec::new();
    let mut add = |zh: &str, en: &str| pairs.push((zh.to_string(), en.to_string()));
    for a in data.articles.iter() {
        add(&a.title, &a.title_en);
        if let Some(by) = a.reported_by.get() {
            add(&by.zh, &by.en);
        }
    }
    for t in data.themes.iter() {
        add(&t.name.zh, &t.name.en);
    }
    for m in data.measures.iter() {
        if let Some(name) = m.name.get() {
            add(&name.zh, &name.en);
            add(&name.zh, &m.unit_en);
        }
    }
    for f in data.figures.iter() {
        add(&f.quote, &f.quote_en);
        add(&f.label.zh, &f.label.en);
        if let Some(p) = &f.period {
            add(&p.zh, &p.en);
        }
    }
    for c in data.coverage.iter() {
        if let (Some(zh), Some(en)) = (&c.quote, &c.quote_en) {
            add(zh, en);
        }
        if let Some(note) = &c.note {
            add(&note.zh, &note.en);
        }
    }
    for s in data.slides.iter() {
        // Titles as a reader sees them, their figures filled in.
        add(&fill_template(data, &s.title.zh, Lang::Zh), &fill_template(data, &s.title.en, Lang::En));
        add(&s.deck.zh, &s.deck.en);
        for b in s.blocks.iter() {
            match b {
                BlockSpec::Bars { heading, .. } | BlockSpec::Stats { heading, .. } | BlockSpec::Flow { heading, .. } | BlockSpec::Said { heading, .. } => add(&heading.zh, &heading.en),
                BlockSpec::Ratios { heading, ratios } => {
                    add(&heading.zh, &heading.en);
                    for r in ratios.iter() {
                        add(&r.label.zh, &r.label.en);
                    }
                }
                BlockSpec::Coverage | BlockSpec::Notes => {}
            }
        }
    }
    pairs
}

#[test]
fn words_keep_their_meaning_in_english() {
    let pairs = bilingual_texts(&read());
    let mut applied = 0;
    for (zh, en) in &pairs {
        let en_lower = en.to_lowercase();
        for (term, must, must_not) in GLOSSARY {
            for wrong in must_not {
                assert!(!en_lower.contains(wrong), "{en:?} says {wrong:?} (of {zh:?})");
            }
            if zh.contains(term) {
                applied += 1;
                if let Some(must) = must {
                    assert!(en_lower.contains(must), "{zh:?} has {term}, so its English says {must:?}: {en:?}");
                }
            }
        }
    }
    assert!(applied > 20, "the glossary applies to only {applied} texts");
}

#[test]
fn the_source_page_names_no_newspaper_and_no_date() {
    // The story says so under every slide ("原版面未注明报纸名称和日期"); this is
    // what makes it true. 本报讯 ("this paper's report") shows it is a newspaper.
    assert!(SOURCE.contains("本报讯"));
    for paper in ["日报", "晚报", "时报", "报社", "报》"] {
        assert!(!SOURCE.contains(paper), "the page names a newspaper: {paper}");
    }
    // No date with its year: 2024年 stands alone, and 8月8日 has no year.
    let chars: Vec<char> = normalised_source(&read(), SOURCE).chars().collect();
    for (i, w) in chars.windows(2).enumerate() {
        if w[0] == '年' && w[1].is_ascii_digit() {
            let rest: String = chars[i + 1..(i + 6).min(chars.len())].iter().collect();
            assert!(!rest.contains('月'), "a dated line: …年{rest}");
        }
    }
}

#[test]
fn a_missing_coverage_entry_is_refused() {
    let e = broken(|v| {
        v["coverage"].as_array_mut().unwrap().remove(1);
    });
    assert!(e.contains("alashan / new-employment") && e.contains("exactly one"), "{e}");
}

#[test]
fn zero_for_not_reported_is_refused() {
    let e = broken(|v| v["coverage"][1]["status"] = "figures".into());
    assert!(e.contains("coverage[1]") && e.contains("no figure"), "{e}");
}

#[test]
fn an_unknown_placeholder_in_a_title_is_refused() {
    let e = broken(|v| v["slides"][2]["title"]["zh"] = "{nc-nothing}".into());
    assert!(e.contains("{nc-nothing}"), "{e}");
}

#[test]
fn malformed_json_names_line_and_column() {
    let e = from_json("{\"zones\": [", SOURCE).unwrap_err().to_string();
    assert!(e.contains("JSON") && e.contains("line 1"), "{e}");
}

#[test]
fn every_english_gloss_carries_its_figure() {
    use zones_infographic::story::lang::group_digits;
    for f in data().figures.iter() {
        let n = group_digits(f.value, 0);
        assert!(f.quote_en.contains(&n), "{}: gloss does not mention {n}: {}", f.id, f.quote_en);
    }
}

#[test]
fn the_baked_dataset_is_the_one_in_the_json_file() {
    // What the module holds is the file baked: the same Rust source, with the
    // fields only the build reads (groups, provinces, layout) left out.
    let read = read();
    check(&read, SOURCE).expect("the file passes every rule");
    assert_eq!(bake(&read), bake(data()));
    assert!(read.figures.iter().all(|f| f.group.get().is_some()), "read: every figure has its group");
    assert!(data().figures.iter().all(|f| f.group.get().is_none()), "baked: no group");
    assert!(read.layout_breaks.get().is_some_and(|b| !b.is_empty()) && data().layout_breaks.get().is_none());
}

#[test]
fn a_quote_that_is_not_in_the_articles_is_refused() {
    let e = broken(|v| v["figures"][0]["quote"] = "南昌高新区打造8个新就业群体驿站。".into());
    assert!(e.contains("figures[0] (nc-stations)") && e.contains("`quote`") && e.contains("not in the articles"), "{e}");
    let e = broken(|v| v["coverage"][1]["quote"] = "阿拉善高新区有驿站。".into());
    assert!(e.contains("coverage[1]") && e.contains("`quote`"), "{e}");
}

#[test]
fn a_value_of_the_wrong_shape_is_named_by_its_path_line_and_column() {
    let text = SOURCE_JSON.replacen("\"value\": 8,", "\"value\": \"8\",", 1);
    assert_ne!(text, SOURCE_JSON, "the first figure's value is 8");
    match from_json(&text, SOURCE).unwrap_err() {
        DataError::Json { path, line, column, message } => {
            assert_eq!(path, "figures[0].value");
            let line_text = text.lines().nth(line - 1).unwrap();
            assert!(line_text.contains("\"value\": \"8\""), "line {line} is {line_text:?}");
            assert!(column > 1 && message.contains("expected f64"), "{column} {message}");
        }
        other => panic!("{other}"),
    }
}

#[test]
fn unknown_and_repeated_fields_and_unknown_kinds_are_refused() {
    let e = broken(|v| v["figures"][2]["colour"] = "red".into());
    assert!(e.contains("figures[2]") && e.contains("unknown field `colour`"), "{e}");
    let e = broken(|v| v["slides"][1]["blocks"][0]["kind"] = "pie".into());
    assert!(e.contains("slides[1].blocks[0]") && e.contains("pie"), "{e}");
    let text = SOURCE_JSON.replacen("\"id\": \"nc-stations\",", "\"id\": \"nc-stations\", \"id\": \"nc-x\",", 1);
    assert_ne!(text, SOURCE_JSON);
    let e = from_json(&text, SOURCE).unwrap_err().to_string();
    assert!(e.contains("figures[0]") && e.contains("duplicate field `id`"), "{e}");
}

#[test]
fn a_rule_error_is_located_at_its_field_in_the_file() {
    let mut v: serde_json::Value = serde_json::from_str(SOURCE_JSON).unwrap();
    v["figures"][1]["value"] = 2100.into();
    let text = serde_json::to_string_pretty(&v).unwrap();
    let e = from_json(&text, SOURCE).unwrap_err();
    let (line, column) = locate(&text, &e).expect("the record is found");
    let line_text = text.lines().nth(line - 1).unwrap();
    assert!(line_text.contains("\"value\": 2100"), "line {line}: {line_text:?}");
    assert_eq!(line_text.chars().nth(column - 1), Some('"'));
    let e = broken(|v| v["coverage"][1]["status"] = "figures".into());
    assert!(e.contains("coverage[1]"));
}

#[test]
fn every_truncation_of_the_dataset_is_an_error_with_a_place() {
    let cuts: Vec<usize> = SOURCE_JSON.char_indices().map(|(i, _)| i).step_by(61).collect();
    assert!(cuts.len() > 300, "{}", cuts.len());
    for cut in cuts {
        let text = &SOURCE_JSON[..cut];
        match from_json(text, SOURCE).unwrap_err() {
            DataError::Json { line, column, .. } => {
                assert!(line >= 1 && line <= text.lines().count().max(1) + 1 && column >= 1, "cut at {cut}: line {line}, column {column}")
            }
            other => panic!("cut at {cut}: {other}"),
        }
    }
}

#[test]
fn damaged_copies_are_refused_with_a_message_and_never_panic() {
    let mut refused = 0;
    let positions: Vec<usize> = SOURCE_JSON.char_indices().map(|(i, _)| i).step_by(53).collect();
    for (n, &at) in positions.iter().enumerate() {
        let end = at + SOURCE_JSON[at..].chars().next().map_or(0, char::len_utf8);
        let with = ["\"", "{", "]", ",", ":", "\\", "\u{1}", "-", "0", "x"][n % 10];
        let text = format!("{}{}{}", &SOURCE_JSON[..at], with, &SOURCE_JSON[end..]);
        if let Err(e) = from_json(&text, SOURCE) {
            assert!(e.to_string().starts_with("dataset: "), "{with:?} at {at}: {e}");
            refused += 1;
        }
    }
    assert!(refused > 300, "only {refused} of {} damaged copies were refused", positions.len());
}

/// The text of `line` (counted from 1) of `text`.
fn line_of(text: &str, line: usize) -> &str {
    text.lines().nth(line - 1).unwrap_or("")
}

#[test]
fn a_rule_error_is_located_in_its_own_record_not_the_first_with_its_id() {
    // figures[4] takes the id of figures[1]: the place is figures[4]'s id.
    let mut v: serde_json::Value = serde_json::from_str(SOURCE_JSON).unwrap();
    let first = v["figures"][1]["id"].as_str().unwrap().to_string();
    v["figures"][4]["id"] = first.clone().into();
    v["figures"][4]["written"] = "__marker__".into();
    let text = serde_json::to_string_pretty(&v).unwrap();
    let e = from_json(&text, SOURCE).unwrap_err();
    assert!(e.to_string().contains("figures[4]") && e.to_string().contains("used twice"), "{e}");
    let (line, _) = locate(&text, &e).unwrap();
    let ids: Vec<usize> = text.lines().enumerate().filter(|(_, l)| l.contains(&format!("\"id\": \"{first}\""))).map(|(n, _)| n + 1).collect();
    assert_eq!(ids.len(), 2);
    assert_eq!(line, ids[1], "the second record with the id, not the first");
}

#[test]
fn a_missing_field_is_located_at_its_record_not_at_the_next_record_that_has_it() {
    let mut v: serde_json::Value = serde_json::from_str(SOURCE_JSON).unwrap();
    let i = v["coverage"].as_array().unwrap().iter().position(|c| c["status"] == "text-only" && c.get("note").is_none()).unwrap();
    v["coverage"][i].as_object_mut().unwrap().remove("quote");
    let text = serde_json::to_string_pretty(&v).unwrap();
    let e = from_json(&text, SOURCE).unwrap_err();
    assert!(e.to_string().contains(&format!("coverage[{i}]")) && e.to_string().contains("`quote`"), "{e}");
    let (line, _) = locate(&text, &e).unwrap();
    let zone = v["coverage"][i]["zone"].as_str().unwrap();
    let theme = v["coverage"][i]["theme"].as_str().unwrap();
    // The record's own lines (keys in alphabetical order: its "theme", then its "zone").
    let own = text.lines().enumerate().position(|(n, l)| l.contains(&format!("\"theme\": \"{theme}\"")) && line_of(&text, n + 2).contains(&format!("\"zone\": \"{zone}\""))).unwrap() + 1;
    assert!(line + 6 >= own && line <= own + 1, "line {line}: {:?}, the record's theme is on {own}", line_of(&text, line));
}

#[test]
fn a_wrong_value_inside_a_block_is_named_by_its_whole_path_and_place() {
    let mut v: serde_json::Value = serde_json::from_str(SOURCE_JSON).unwrap();
    let (s, b) = v["slides"].as_array().unwrap().iter().enumerate().find_map(|(s, slide)| {
        slide["blocks"].as_array().unwrap().iter().position(|b| b["kind"] == "ratios").map(|b| (s, b))
    }).expect("a ratios block");
    v["slides"][s]["blocks"][b]["ratios"][0]["of"] = 7.into();
    let text = serde_json::to_string_pretty(&v).unwrap();
    match from_json(&text, SOURCE).unwrap_err() {
        DataError::Json { path, line, message, .. } => {
            assert_eq!(path, format!("slides[{s}].blocks[{b}].ratios[0].of"), "{message}");
            assert!(line_of(&text, line).contains("\"of\": 7"), "line {line}: {:?}", line_of(&text, line));
        }
        other => panic!("{other}"),
    }
    // A block of one kind with another kind's field is refused by name.
    let e = broken(|v| v["slides"][0]["blocks"][0]["figures"] = serde_json::json!(["nc-stations"]));
    assert!(e.contains("slides[0].blocks[0]") && e.contains("coverage") && e.contains("figures"), "{e}");
    let e = broken(|v| {
        let block = v["slides"][s]["blocks"][b].as_object_mut().unwrap();
        block.remove("heading");
    });
    assert!(e.contains(&format!("slides[{s}].blocks[{b}]")) && e.contains("heading"), "{e}");
}

#[test]
fn coverage_that_names_an_article_names_one_of_its_zone_whatever_its_status() {
    for status in ["not-reported", "figures", "text-only"] {
        let mut v: serde_json::Value = serde_json::from_str(SOURCE_JSON).unwrap();
        let i = v["coverage"].as_array().unwrap().iter().position(|c| c["status"] == status).unwrap();
        v["coverage"][i]["article"] = "no-such-article".into();
        let e = from_json(&v.to_string(), SOURCE).unwrap_err().to_string();
        assert!(e.contains(&format!("coverage[{i}]")) && e.contains("`article`"), "{status}: {e}");
    }
}

#[test]
fn every_kind_of_block_has_its_rules_checked() {
    // A ratio of a figure per itself, and a ratios block with none.
    let e = broken(|v| v["slides"][2]["blocks"][1]["ratios"][0]["per"] = "nc-night-households".into());
    assert!(e.contains("slides[2]") && e.contains("blocks[1]") && e.contains("per itself"), "{e}");
    let e = broken(|v| v["slides"][2]["blocks"][1]["ratios"] = serde_json::json!([]));
    assert!(e.contains("blocks[1]") && e.contains("lists no ratios"), "{e}");
    // An unknown figure in a ratio, as in a list of figures.
    let e = broken(|v| v["slides"][2]["blocks"][1]["ratios"][0]["of"] = "nc-nothing".into());
    assert!(e.contains("blocks[1]") && e.contains("unknown figure \"nc-nothing\""), "{e}");
    // Stats and flows list at least one figure.
    let e = with_bars(1, &[], |_| {});
    assert!(e.contains("blocks[0]") && e.contains("lists no figures"), "{e}");
}

// The news desk's rules (issue #19): each refuses the wording the desk sent back.

/// The index of the slide with `id`.
fn slide_index(v: &serde_json::Value, id: &str) -> usize {
    v["slides"].as_array().unwrap().iter().position(|s| s["id"] == id).unwrap()
}

#[test]
fn a_title_deck_or_heading_names_the_zone_not_its_city() {
    // 阿拉善政数局 reads as the league's bureau; 南昌 alone is the whole city.
    let e = broken(|v| {
        let s = slide_index(v, "thin-reports");
        v["slides"][s]["title"]["zh"] = "阿拉善政数局的报道只有{count:alashan}个数字".into();
    });
    assert!(e.contains("slides[4] (thin-reports)") && e.contains("`title.zh`") && e.contains("\"阿拉善政数局") && e.contains("阿拉善高新区"), "{e}");
    let e = broken(|v| {
        let s = slide_index(v, "gig-workers");
        v["slides"][s]["deck"]["en"] = "Nanchang built rest stations.".into();
    });
    assert!(e.contains("slides[1] (gig-workers)") && e.contains("`deck.en`") && e.contains("Nanchang Hi-tech Zone"), "{e}");
    let e = broken(|v| {
        let s = slide_index(v, "thin-reports");
        v["slides"][s]["blocks"][1]["heading"]["zh"] = "随州：8月8日座谈会".into();
    });
    assert!(e.contains("`blocks[1].heading.zh`") && e.contains("随州高新区"), "{e}");
}

#[test]
fn the_zone_name_rule_is_located_at_its_field_in_the_file() {
    let mut v: serde_json::Value = serde_json::from_str(SOURCE_JSON).unwrap();
    let s = slide_index(&v, "overview");
    v["slides"][s]["deck"]["zh"] = "南昌的报道写全区。".into();
    let text = serde_json::to_string_pretty(&v).unwrap();
    let e = from_json(&text, SOURCE).unwrap_err();
    assert!(e.to_string().contains("slides[0] (overview), field `deck.zh`"), "{e}");
    let (line, column) = locate(&text, &e).expect("the record is found");
    assert!(line_of(&text, line).contains("\"deck\""), "line {line}: {:?}", line_of(&text, line));
    assert!(column > 1);
}

#[test]
fn person_times_are_said_as_person_times_in_english() {
    // "4,860 times" reads as 4,860 services: 人次 counts participations.
    let e = broken(|v| {
        let i = v["measures"].as_array().unwrap().iter().position(|m| m["unit"] == "人次").unwrap();
        v["measures"][i]["unit_en"] = "times".into();
    });
    assert!(e.contains("measures[1] (person-times)") && e.contains("`unit_en`") && e.contains("person-times"), "{e}");
    let e = broken(|v| {
        let i = figure_index(v, "nc-volunteer-services");
        v["figures"][i]["quote_en"] = "Since 2024, serving party members from 21 public bodies carried out 4,860 volunteer services.".into();
    });
    assert!(e.contains("(nc-volunteer-services)") && e.contains("`quote_en`") && e.contains("4860人次"), "{e}");
}

#[test]
fn a_count_of_points_in_a_speech_is_not_drawn_as_a_count_of_work() {
    // 会议强调…从3个方面着力: three points of a speech, not three things done.
    let s = 4;
    let e = broken(|v| {
        v["slides"][s]["blocks"][1]["kind"] = "stats".into();
    });
    assert!(e.contains("slides[4] (thin-reports)") && e.contains("`blocks[1]`") && e.contains("\"sz-focus-areas\" counts points made in a speech"), "{e}");
    // Nor written into a title as a number.
    let e = broken(|v| v["slides"][s]["title"]["zh"] = "随州高新区座谈会：{sz-focus-areas}".into());
    assert!(e.contains("`title.zh`") && e.contains("{sz-focus-areas} counts points made in a speech"), "{e}");
    // A `said` block shows only such counts.
    let e = broken(|v| v["slides"][s]["blocks"][1]["figures"] = serde_json::json!(["sz-focus-areas", "al-group-study"]));
    assert!(e.contains("`blocks[1]`") && e.contains("\"al-group-study\" counts work"), "{e}");
    // And a figure whose sentence reports what a meeting stressed is such a count.
    let e = broken(|v| {
        let i = v["measures"].as_array().unwrap().iter().position(|m| m["id"] == "aspects").unwrap();
        v["measures"][i].as_object_mut().unwrap().remove("speech");
    });
    assert!(e.contains("(sz-focus-areas)") && e.contains("`measure`") && e.contains("会议强调"), "{e}");
}

#[test]
fn an_instruction_is_not_filed_as_words_on_work_done() {
    // 二是要…广泛开展“红色驿站”等特色活动: a call made at the forum, not a
    // service delivered; without a note the theme's name claims one.
    let e = broken(|v| {
        let i = v["coverage"].as_array().unwrap().iter().position(|c| c["zone"] == "suizhou" && c["theme"] == "new-employment").unwrap();
        v["coverage"][i].as_object_mut().unwrap().remove("note");
    });
    assert!(e.contains("coverage[2] (suizhou / new-employment)") && e.contains("`note`") && e.contains("instruction"), "{e}");
    // A note belongs to words-only coverage.
    let e = broken(|v| v["coverage"][0]["note"] = serde_json::json!({ "zh": "说明", "en": "note" }));
    assert!(e.contains("coverage[0]") && e.contains("`note`"), "{e}");
}

#[test]
fn a_theme_name_holds_no_list_separator() {
    // "项目、乡村与防汛、党员志愿服务" reads as four themes where there are two.
    let e = broken(|v| v["themes"][4]["name"]["zh"] = "项目、乡村与防汛".into());
    assert!(e.contains("themes[4]") && e.contains("`name`") && e.contains("list separator"), "{e}");
}

#[test]
fn an_english_title_has_no_double_quotes_inside_the_credits() {
    let e = broken(|v| v["articles"][1]["title_en"] = "Putting \"red\" momentum into a better business environment".into());
    assert!(e.contains("articles[1] (alashan-business)") && e.contains("`title_en`"), "{e}");
}

#[test]
fn who_reported_the_figures_is_named_as_the_article_names_them() {
    let e = broken(|v| v["articles"][1]["reported_by"]["zh"] = "阿拉善政数局".into());
    assert!(e.contains("articles[1] (alashan-business)") && e.contains("`reported_by`") && e.contains("not written in the articles"), "{e}");
    let e = broken(|v| v["articles"][1]["reported_by"]["en"] = " ".into());
    assert!(e.contains("`reported_by`"), "{e}");
}

#[test]
fn a_date_in_a_title_is_a_figures_period() {
    let e = broken(|v| v["slides"][3]["title"]["zh"] = "{period:nc-stations}".into());
    assert!(e.contains("slides[3]") && e.contains("{period:nc-stations}"), "{e}");
}
