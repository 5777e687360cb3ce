//! Test helpers shared by the snapshot tests: compare an SVG with its stored
//! snapshot in `tests/snapshots/`. A mismatch writes `<name>-changed.svg` beside
//! it and fails; snapshots are written only outside CI, and only when missing or
//! when UPDATE_SNAPSHOTS=1 is set by a person who has looked at the change.

use std::path::PathBuf;

use zones_data::split::Later;
use zones_infographic::data::{self, Dataset};

#[allow(dead_code)]
pub fn check_snapshot(name: &str, svg: &str) {
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

/// The dataset as the news build bakes it (`zones_data::split`: its English
/// and the sentences only a tooltip quotes are keys), and the texts it loads
/// later.
#[allow(dead_code)]
pub fn split() -> (Dataset, Vec<String>) {
    let mut texts = Later::default();
    let json = texts.split_json(data::SOURCE_JSON).unwrap();
    let copy = texts.split_json(zones_data::read::COPY).unwrap();
    let mut data = zones_data::read::parse_with_copy(&json, &copy).unwrap();
    data.later = texts.texts.len() as u16;
    (data, texts.texts)
}
