//! A dataset whose texts are hostile (markup, attribute breakers, right-to-left
//! marks, a 500-character word, emoji), read and checked like the real one:
//! every slide lays out with its text inside the canvas, and the SVG, the
//! fallback's HTML and the CSV carry those texts as text, never as markup.

use zones_infographic::data::read::from_json;
use zones_infographic::data::SOURCE;
use zones_infographic::fallback::{data_csv, figure_html, slide_alt};
use zones_infographic::render::to_svg;
use zones_infographic::scene::layout::layout_slide;
use zones_infographic::scene::look::Look;
use zones_infographic::scene::Mark;
use zones_infographic::story::explain;
use zones_infographic::story::lang::Lang;
use zones_infographic::Dataset;

#[allow(dead_code)]
#[path = "../examples/hostile_dataset.rs"]
mod hostile_dataset;
use hostile_dataset::{hostile_json, MARKUP};

fn hostile() -> Dataset {
    from_json(&hostile_json(), SOURCE).unwrap_or_else(|e| panic!("the hostile dataset is refused: {e}"))
}

#[test]
fn every_slide_keeps_hostile_text_inside_the_canvas() {
    let data = hostile();
    let look = Look::light();
    let mut seen = 0;
    for lang in [Lang::Zh, Lang::En] {
        for w in [280.0, 375.0, 760.0, 1280.0] {
            for i in 0..data.slides.len() {
                let scene = layout_slide(&data, i, w, lang, &look).expect("laid out");
                for b in scene.marks.iter().filter_map(Mark::text_box) {
                    assert!(b.x >= 0.0 && b.right() <= scene.width + 0.5, "slide {} at {w}px {lang:?}: text box {b:?} leaves the canvas", i + 1);
                }
                seen += scene.marks.iter().filter(|m| matches!(m, Mark::Text { text, .. } if text.contains('x') && text.chars().all(|c| c == 'x'))).count();
            }
        }
    }
    assert!(seen > 0, "the 500-character word was drawn, broken into lines");
}

#[test]
fn hostile_text_stays_text_in_the_svg_the_html_and_the_csv() {
    let data = hostile();
    let look = Look::light();
    for lang in [Lang::Zh, Lang::En] {
        for i in 0..data.slides.len() {
            let scene = layout_slide(&data, i, 760.0, lang, &look).unwrap();
            let svg = to_svg(&scene, &look.font_family);
            for raw in ["<img", "<script", "onerror=alert(1)>"] {
                assert!(!svg.contains(raw), "slide {} {lang:?}: the SVG carries {raw} as markup", i + 1);
            }
            // Every tooltip explains its figure (texts go to the page with textContent).
            assert!(scene.hits.iter().all(|hit| explain(&data, &hit.target, lang).is_some()));
            assert!(slide_alt(&data, i, lang).is_some());
            let html = figure_html(&data, lang, "fallback/");
            assert!(!html.contains("<img src=x") && !html.contains("<script"), "the fallback's HTML carries markup");
        }
        let csv = data_csv(&data, lang);
        if lang == Lang::En {
            assert!(csv.contains("\"\"\"'><script>alert(2)</script> 🙂"), "the CSV quotes the field and doubles its quote: {}", &csv[..400]);
        }
    }
    let svg = to_svg(&layout_slide(&data, 2, 760.0, Lang::En, &look).unwrap(), "sans-serif");
    assert!(svg.contains(&MARKUP.replace('<', "&lt;").replace('>', "&gt;")), "the heading is in the SVG as text");
}
