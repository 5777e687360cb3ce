//! SVG snapshots of every slide, drawn natively through plotters' SVG backend.
//! A mismatch writes `<name>-changed.svg` beside the stored snapshot and fails.
//! Snapshots are written only outside CI, and only when missing or when
//! UPDATE_SNAPSHOTS=1 is set by a person who has looked at the change.

mod common;

use common::check_snapshot;
use zones_infographic::scene::layout::layout_slide;
use zones_infographic::scene::look::Look;
use zones_infographic::render::to_svg;
use zones_infographic::story::lang::Lang;

fn snapshot_all(width: f64, lang: Lang, suffix: &str) {
    snapshot_all_in(width, lang, &Look::light(), suffix);
}

fn snapshot_all_in(width: f64, lang: Lang, look: &Look, suffix: &str) {
    let data = zones_infographic::dataset();
    for (i, slide) in data.slides.iter().enumerate() {
        let scene = layout_slide(&data, i, width, lang, look).unwrap();
        let svg = to_svg(&scene, &look.font_family);
        check_snapshot(&format!("{}-{suffix}", slide.id), &svg);
    }
}

#[test]
fn every_slide_in_chinese_at_desktop_width_matches_its_snapshot() {
    snapshot_all(720.0, Lang::Zh, "zh-720");
}

#[test]
fn every_slide_in_chinese_at_phone_width_matches_its_snapshot() {
    snapshot_all(360.0, Lang::Zh, "zh-360");
}

#[test]
fn every_slide_in_english_matches_its_snapshot() {
    snapshot_all(720.0, Lang::En, "en-720");
}

#[test]
fn every_slide_in_the_dark_look_matches_its_snapshot() {
    snapshot_all_in(720.0, Lang::Zh, &Look::dark(), "zh-720-dark");
}
