//! Marks that are not rectangles: a diagonal line is drawn as a line and a dot as
//! a circle, on the SVG backend natively (the canvas backend makes the same calls
//! with canvas paths). A mismatch writes `<name>-changed.svg` beside the stored
//! snapshot and fails; snapshots are written only outside CI, and only when
//! missing or when UPDATE_SNAPSHOTS=1 is set by a person who has looked.

mod common;

use common::check_snapshot;
use plotters::prelude::SVGBackend;
use zones_infographic::render::{draw, to_svg};
use zones_infographic::scene::{Rect, Color, Mark, Scene};

const INK: Color = Color(0x1f, 0x2a, 0x44);
const BLUE: Color = Color(0x00, 0x72, 0xb2);
const ORANGE: Color = Color(0xe6, 0x9f, 0x00);

/// A small dot plot: a baseline, a rising trend line and three dots on it.
fn dot_plot() -> Scene {
    Scene {
        width: 200.0,
        height: 120.0,
        background: Color(0xff, 0xff, 0xff),
        marks: vec![
            Mark::Line { from: (20.0, 100.0), to: (180.0, 100.0), color: INK, width: 1.0 },
            Mark::Line { from: (20.0, 100.0), to: (180.0, 20.0), color: BLUE, width: 2.0 },
            Mark::Dot { centre: (60.0, 80.0), radius: 6.0, color: ORANGE },
            Mark::Dot { centre: (100.0, 60.0), radius: 6.0, color: ORANGE },
            Mark::Dot { centre: (140.25, 39.75), radius: 4.0, color: BLUE },
        ],
        hits: Vec::new(),
        title: Rect::default(),
    }
}

/// The start tags of one SVG element kind, such as `<circle`.
fn elements<'a>(svg: &'a str, tag: &str) -> Vec<&'a str> {
    svg.match_indices(tag)
        .filter(|(i, _)| svg[i + tag.len()..].starts_with([' ', '\n', '/', '>']))
        .map(|(i, _)| &svg[i..i + svg[i..].find('>').expect("every tag closes")])
        .collect()
}

/// The value of `name="…"` in a start tag.
fn attribute<'a>(tag: &'a str, name: &str) -> &'a str {
    let key = format!(" {name}=\"");
    let start = tag.find(&key).unwrap_or_else(|| panic!("{tag} has no {name}")) + key.len();
    &tag[start..start + tag[start..].find('"').unwrap()]
}

#[test]
fn a_dot_plot_matches_its_snapshot() {
    check_snapshot("marks-diagonal-line-and-dots", &to_svg(&dot_plot(), "sans-serif"));
}

#[test]
fn a_diagonal_line_is_a_line_between_its_end_points_with_its_width() {
    let svg = to_svg(&dot_plot(), "sans-serif");
    let lines = elements(&svg, "<line");
    assert_eq!(lines.len(), 1, "one diagonal line, not a run of rectangles: {svg}");
    let line = lines[0];
    let ends = ["x1", "y1", "x2", "y2"].map(|a| attribute(line, a));
    assert_eq!(ends, ["20", "100", "180", "20"]);
    assert_eq!(attribute(line, "stroke-width"), "2");
    assert_eq!(attribute(line, "stroke"), "#0072B2");
}

#[test]
fn a_horizontal_line_stays_a_filled_rectangle() {
    let svg = to_svg(&dot_plot(), "sans-serif");
    let baseline: Vec<_> = elements(&svg, "<rect").into_iter().filter(|r| attribute(r, "fill") == "#1F2A44").collect();
    assert_eq!(baseline.len(), 1, "{svg}");
    let geometry = ["x", "y", "width", "height"].map(|a| attribute(baseline[0], a));
    assert_eq!(geometry, ["20", "100", "160", "1"]);
}

#[test]
fn a_dot_is_a_filled_circle_at_its_centre_with_its_radius() {
    let svg = to_svg(&dot_plot(), "sans-serif");
    let circles: Vec<_> = elements(&svg, "<circle").into_iter().map(|c| ["cx", "cy", "r", "fill", "stroke"].map(|a| attribute(c, a))).collect();
    assert_eq!(
        circles,
        [["60", "80", "6", "#E69F00", "none"], ["100", "60", "6", "#E69F00", "none"], ["140", "40", "4", "#0072B2", "none"]]
    );
}

#[test]
fn lines_and_dots_are_scaled_by_the_pixel_ratio() {
    let scene = dot_plot();
    let mut svg = String::new();
    {
        let mut backend = SVGBackend::with_string(&mut svg, (400, 240));
        draw(&scene, &mut backend, 2.0, "sans-serif").unwrap();
    }
    let line = elements(&svg, "<line")[0];
    assert_eq!(["x1", "y1", "x2", "y2", "stroke-width"].map(|a| attribute(line, a)), ["40", "200", "360", "40", "4"]);
    let first_dot = elements(&svg, "<circle")[0];
    assert_eq!(["cx", "cy", "r"].map(|a| attribute(first_dot, a)), ["120", "160", "12"]);
}

#[test]
fn the_fallback_in_the_iframe_page_is_the_one_the_build_makes() {
    // The image's size and text alternative come from the dataset: a page that
    // quotes them must match what the native renderer makes of the dataset now.
    use zones_infographic::fallback::figure_html;
    use zones_infographic::story::lang::Lang;
    let data = zones_infographic::dataset();
    let lines = |text: &str| text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    let root = env!("CARGO_MANIFEST_DIR");
    // The iframe page and the demo article carry the same copy of it.
    for name in ["embed.html", "index.html"] {
        let page = lines(&std::fs::read_to_string(format!("{root}/www/{name}")).unwrap());
        assert!(page.contains(&lines(&figure_html(data, Lang::Zh, "fallback/"))), "www/{name}'s fallback is out of date:\n{}", figure_html(data, Lang::Zh, "fallback/"));
    }
}

#[test]
fn the_fallback_in_the_readme_is_the_one_the_build_makes() {
    use zones_infographic::fallback::figure_html;
    use zones_infographic::story::lang::Lang;
    let data = zones_infographic::dataset();
    let lines = |text: &str| text.lines().map(str::trim).filter(|l| !l.is_empty()).collect::<Vec<_>>().join("\n");
    let root = env!("CARGO_MANIFEST_DIR");
    let readme = lines(&std::fs::read_to_string(format!("{root}/README.md")).unwrap());
    let url = "https://example.org/zones/fallback/";
    assert!(readme.contains(&lines(&figure_html(data, Lang::Zh, url))), "the README's snippet is out of date:\n{}", figure_html(data, Lang::Zh, url));
}

#[test]
fn the_fallback_data_is_csv_with_a_byte_order_mark_and_every_figure() {
    use zones_infographic::fallback::data_csv;
    use zones_infographic::story::lang::Lang;
    let data = zones_infographic::dataset();
    for lang in [Lang::Zh, Lang::En] {
        let csv = data_csv(data, lang);
        assert!(csv.starts_with('\u{feff}'), "Excel needs the BOM to read UTF-8");
        // A header, a row per figure and one per value the graphic derives, each once.
        let lines: Vec<&str> = csv.lines().collect();
        assert!(lines.len() > data.figures.len(), "{} lines", lines.len());
        assert_eq!(lines.iter().collect::<std::collections::HashSet<_>>().len(), lines.len(), "a row given twice");
        for f in data.figures.iter() {
            assert!(csv.contains(&*f.quote), "{} is missing", f.id);
        }
    }
}

#[test]
fn each_slides_csv_holds_every_figure_it_shows_with_its_sentence() {
    use zones_infographic::fallback::slide_csv;
    use zones_infographic::story::{lang::Lang, slide_figures};
    let data = zones_infographic::dataset();
    for lang in [Lang::Zh, Lang::En] {
        for (i, slide) in data.slides.iter().enumerate() {
            let csv = slide_csv(data, i, lang).expect("a slide");
            assert!(csv.starts_with('\u{feff}'), "Excel needs the BOM to read UTF-8");
            let figures = slide_figures(data, slide);
            if figures.is_empty() {
                // The overview: its coverage matrix, a row per theme under a header.
                assert_eq!(csv.lines().count(), data.themes.len() + 1, "slide {}", i + 1);
            }
            for f in figures {
                // A quote with a quotation mark is written with it doubled.
                assert!(csv.contains(&f.quote.replace('"', "\"\"")), "slide {} ({lang:?}): {} is missing", i + 1, f.id);
                assert!(csv.contains(&*lang.pick(&f.label).replace('"', "\"\"")), "slide {} ({lang:?}): {}'s label is missing", i + 1, f.id);
            }
        }
        assert_eq!(slide_csv(data, data.slides.len(), lang), None);
    }
}

#[test]
fn the_csv_has_a_plain_number_and_who_reported_each_figure() {
    // "463名" is a text; a spreadsheet needs 463. And the bureau's 9 and 7 are
    // the bureau's, not the whole zone's.
    use zones_infographic::data::read::from_json;
    use zones_infographic::data::{SOURCE, SOURCE_JSON};
    use zones_infographic::fallback::data_csv;
    use zones_infographic::story::lang::Lang;
    // Who reported the figures is read by the build (as the fallback's maker reads it).
    let data = &from_json(SOURCE_JSON, SOURCE).unwrap();
    let csv = data_csv(data, Lang::Zh);
    let rows: Vec<Vec<&str>> = csv.lines().map(|l| l.split(',').collect()).collect();
    assert_eq!(rows[0][..6], ["\u{feff}地区", "报告方", "内容", "数字（原文）", "数值", "单位"]);
    let row = |written: &str| rows.iter().find(|r| r.get(3) == Some(&written)).unwrap_or_else(|| panic!("no row for {written}"));
    assert_eq!((row("463名")[4], row("463名")[5]), ("463", "名"));
    assert_eq!((row("2000余人次")[4], row("2000余人次")[6]), ("2000", "余（多于）"), "the hedge stays beside the plain number");
    assert_eq!((row("9次")[0], row("9次")[1]), ("阿拉善高新区", "阿拉善高新区政数局"));
    // A derived row has its number and the period its figures share.
    assert_eq!((row("约19户")[4], row("约19户")[7]), ("19", "活动开展以来"));
    let en = data_csv(data, Lang::En);
    assert!(en.lines().any(|l| l.starts_with("Alxa Hi-tech Zone,Alxa Hi-tech Zone government services and data bureau,") && l.contains(",9 sessions,9,sessions,")), "{en}");
}

#[test]
fn a_slides_text_alternative_ends_its_title_with_a_full_stop() {
    use zones_infographic::fallback::slide_alt;
    use zones_infographic::story::{fill_template, lang::Lang};
    let data = zones_infographic::dataset();
    for (i, slide) in data.slides.iter().enumerate() {
        let zh = slide_alt(data, i, Lang::Zh).unwrap();
        assert!(zh.starts_with(&format!("{}。", fill_template(data, &slide.title.zh, Lang::Zh))), "{zh}");
        let en = slide_alt(data, i, Lang::En).unwrap();
        assert!(en.starts_with(&format!("{}. ", fill_template(data, &slide.title.en, Lang::En))), "{en}");
    }
}
