//! Native timings of the pipeline's stages: reading and checking the dataset (done
//! at build time), laying out each slide, and drawing it to SVG. Medians over many runs;
//! run with `cargo run --release --example timings`.

use std::hint::black_box;
use std::time::{Duration, Instant};

use zones_infographic::scene::layout::layout_slide;
use zones_infographic::scene::look::Look;
use zones_infographic::render::to_svg;
use zones_infographic::story::lang::Lang;
use zones_infographic::data::{read, SOURCE, SOURCE_JSON};

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
    let json = median_of(50, || {
        black_box(read::from_json(SOURCE_JSON, SOURCE).expect("the dataset is valid"));
    });
    println!("read and check data/zones.json (build time only): {:>8.1} µs", json.as_secs_f64() * 1e6);
    let data = zones_infographic::dataset();
    let look = Look::light();
    for width in [375.0, 1280.0] {
        for (i, slide) in data.slides.iter().enumerate() {
            let layout = median_of(500, || {
                black_box(layout_slide(data, i, width, Lang::Zh, &look));
            });
            let scene = layout_slide(data, i, width, Lang::Zh, &look).unwrap();
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
