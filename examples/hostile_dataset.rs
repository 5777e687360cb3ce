//! Writes a dataset of the real one's schema whose texts are hostile: markup,
//! attribute breakers, right-to-left marks, a 500-character word and emoji in
//! zone names, a heading, decks, a label and a translation (the quotes stay the
//! articles' own, as the checks want). `tests/hostile.rs` lays it out natively;
//! the browser tests run a module built from it (`ZONES_DATASET`, see
//! `scripts/lib.sh`). Run with `cargo run --example hostile_dataset -- <file>`.

use serde_json::Value;
use zones_infographic::data::SOURCE_JSON;

pub const MARKUP: &str = "<img src=x onerror=alert(1)>";
pub const BREAKER: &str = "\"'><script>alert(2)</script>";
pub const RTL: &str = "\u{202E}evil\u{202C} \u{200F}עברית";
pub const EMOJI: &str = "🙂🎉👩‍👩‍👧";

/// `data/zones.json` with hostile texts in zone names, a heading, decks, a
/// label and a translation, as JSON.
pub fn hostile_json() -> String {
    let mut v: Value = serde_json::from_str(SOURCE_JSON).unwrap();
    let long = "x".repeat(500);
    // The graphic writes zones by their full names; the place names are
    // hostile too, so that no title or deck writes one outside its zone's name.
    for (i, name) in [format!("Nan{MARKUP}"), format!("Alxa {BREAKER} Zone"), format!("Sui{RTL}")].into_iter().enumerate() {
        v["zones"][i]["name"]["en"] = Value::from(name.clone());
        v["zones"][i]["short"]["en"] = Value::from(name);
    }
    v["slides"][1]["deck"]["en"] = Value::from(format!("{long} {EMOJI}"));
    v["slides"][1]["deck"]["zh"] = Value::from(format!("{long}{EMOJI}"));
    v["slides"][2]["blocks"][0]["heading"]["en"] = Value::from(format!("{MARKUP} {BREAKER}"));
    v["figures"][0]["label"]["en"] = Value::from(format!("{BREAKER} {EMOJI}"));
    v["figures"][2]["quote_en"] = Value::from(format!("{long} {MARKUP}"));
    serde_json::to_string(&v).unwrap()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let file = std::env::args().nth(1).ok_or("usage: hostile_dataset <file>")?;
    std::fs::write(&file, hostile_json())?;
    println!("wrote the hostile dataset to {file}");
    Ok(())
}
