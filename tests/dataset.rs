//! The dataset against its source: every quote is in the articles, every figure is
//! in its quote, nothing is missing, and a broken dataset is refused with a
//! message that names the record and field.

use std::collections::HashSet;

use zones_infographic::data::check::{check, normalised_source, DataError};
use zones_infographic::data::read::{from_json, locate};
use zones_infographic::data::{Qualifier, Status, SOURCE, SOURCE_JSON};
use zones_infographic::Dataset;

fn data() -> &'static Dataset {
    zones_infographic::dataset()
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

fn occurrences(haystack: &str, needle: &str) -> usize {
    haystack.match_indices(needle).count()
}

#[test]
fn every_layout_break_is_a_whole_line_of_the_source() {
    let data = data();
    for b in data.layout_breaks.iter() {
        assert!(SOURCE.lines().any(|l| l.trim() == b), "layout break {b:?} is not a line of the source");
    }
}

#[test]
fn normalising_joins_the_split_word_and_the_interrupted_paragraphs() {
    let text = normalised_source(data(), SOURCE);
    assert!(text.contains("社区居民幸福感显著增强"), "幸 / 福感 is joined");
    assert!(text.contains("共商共议化纠纷。南昌高新区创新构建"), "the caption no longer splits the paragraph");
    assert!(text.contains("加强“两新”党组织(快递行业)建设"), "the Suizhou title no longer splits the paragraph");
    assert!(!text.contains("外卖小哥在“红色读书角”看书"), "the photo caption is gone");
}

#[test]
fn every_figure_quote_appears_verbatim_once_in_the_source() {
    let data = data();
    let text = normalised_source(data, SOURCE);
    for f in data.figures.iter() {
        let q = squeeze(&f.quote);
        assert_eq!(occurrences(&text, &q), 1, "quote of {} is not in the source exactly once: {}", f.id, f.quote);
    }
}

#[test]
fn every_text_only_quote_appears_verbatim_once_in_the_source() {
    let data = data();
    let text = normalised_source(data, SOURCE);
    for c in data.coverage.iter().filter(|c| c.status == Status::TextOnly) {
        let q = squeeze(c.quote.as_deref().unwrap());
        assert_eq!(occurrences(&text, &q), 1, "quote for {}/{} is not in the source once", c.zone, c.theme);
    }
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
    let text = normalised_source(data, SOURCE);
    let not_figures = ["2024年", "8月8日", "5+2就业之家", "“1+1”结对", "南昌三中"];
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
fn ids_are_unique_and_every_zone_and_article_is_present() {
    let data = data();
    let ids: HashSet<&str> = data.figures.iter().map(|f| &*f.id).collect();
    assert_eq!(ids.len(), data.figures.len());
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
    assert_eq!((count("nanchang"), count("alashan"), count("suizhou")), (21, 2, 1));
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
fn a_duplicate_id_is_refused() {
    let e = broken(|v| v["figures"][2]["id"] = "nc-stations".into());
    assert!(e.contains("figures[2] (nc-stations)") && e.contains("used twice"), "{e}");
}

#[test]
fn a_figure_not_in_its_quote_is_refused() {
    let e = broken(|v| v["figures"][0]["quote"] = "南昌高新区建立工作机制。".into());
    assert!(e.contains("`quote`") && e.contains("8个"), "{e}");
}

#[test]
fn bars_with_different_units_on_one_axis_are_refused() {
    let e = broken(|v| v["slides"][1]["blocks"][0]["figures"] = serde_json::json!(["nc-workers-served", "nc-stations"]));
    assert!(e.contains("slides[1] (gig-workers)") && e.contains("share one axis"), "{e}");
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
    let read = from_json(SOURCE_JSON, SOURCE).expect("data/zones.json is valid");
    let baked = data();
    assert_eq!(format!("{read:?}"), format!("{baked:?}"));
    check(baked, SOURCE).expect("the baked dataset passes every rule");
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
