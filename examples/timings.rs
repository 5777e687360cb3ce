//! Native timings of the pipeline's stages: parsing the embedded dataset's JSON,
//! reading and validating it, laying out each slide, and drawing it to SVG. Medians over many runs;
//! run with `cargo run --release --example timings`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use zones_infographic::layout::layout_slide;
use zones_infographic::look::Look;
use zones_infographic::render::to_svg;
use zones_infographic::text::Lang;
use zones_infographic::Dataset;

fn median_of(runs: usize, mut f: impl FnMut()) -> Duration {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    times[runs / 2]
}

fn main() {
    let text = median_of(200, || {
        black_box(zones_infographic::json::parse(zones_infographic::dataset::EMBEDDED_JSON).expect("the embedded dataset is JSON"));
    });
    println!("parse the embedded JSON text:            {:>8.1} µs", text.as_secs_f64() * 1e6);
    let parse = median_of(200, || {
        black_box(Dataset::embedded().expect("the embedded dataset is valid"));
    });
    println!("parse and validate the embedded dataset: {:>8.1} µs", parse.as_secs_f64() * 1e6);
    let data = Dataset::embedded().unwrap();
    let look = Look::light();
    for width in [375.0, 1280.0] {
        for (i, slide) in data.slides.iter().enumerate() {
            let layout = median_of(500, || {
                black_box(layout_slide(&data, i, width, Lang::Zh, &look));
            });
            let scene = layout_slide(&data, i, width, Lang::Zh, &look).unwrap();
            let svg = median_of(200, || {
                black_box(to_svg(&scene, &look.font_family));
            });
            println!(
                "slide {} ({:<13}) at {width:>4} px: layout {:>6.1} µs, SVG {:>6.1} µs, {} marks",
                i + 1,
                slide.id,
                layout.as_secs_f64() * 1e6,
                svg.as_secs_f64() * 1e6,
                scene.marks.len()
            );
        }
    }
}
