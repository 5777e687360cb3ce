//! SVG snapshots of every slide, drawn natively through plotters' SVG backend.
//! A mismatch writes `<name>-changed.svg` beside the stored snapshot and fails.
//! Snapshots are written only outside CI, and only when missing or when
//! UPDATE_SNAPSHOTS=1 is set by a person who has looked at the change.

use std::path::PathBuf;

use zones_infographic::scene::layout::layout_slide;
use zones_infographic::scene::look::Look;
use zones_infographic::render::to_svg;
use zones_infographic::story::lang::Lang;

fn check_snapshot(name: &str, svg: &str) {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/snapshots");
    let stored = dir.join(format!("{name}.svg"));
    let changed = dir.join(format!("{name}-changed.svg"));
    let in_ci = std::env::var_os("CI").is_some();
    let update = std::env::var("UPDATE_SNAPSHOTS").as_deref() == Ok("1") && !in_ci;
    match std::fs::read_to_string(&stored) {
        Ok(expected) if expected == svg => {
            let _ = std::fs::remove_file(&changed);
        }
        Ok(_) if update => std::fs::write(&stored, svg).unwrap(),
        Ok(_) => {
            std::fs::write(&changed, svg).unwrap();
            panic!("snapshot {name} changed: compare {} with {}", stored.display(), changed.display());
        }
        Err(_) if in_ci => panic!("snapshot {} is missing; snapshots are never created in CI", stored.display()),
        Err(_) => {
            std::fs::write(&stored, svg).unwrap();
            eprintln!("wrote new snapshot {}: look at it before committing", stored.display());
        }
    }
}

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
