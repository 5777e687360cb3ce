//! Embeds the dataset compactly: `data/zones.json` with the whitespace between
//! JSON tokens removed (strings untouched), written to `$OUT_DIR/zones.json`.

use std::{env, fs, path::Path};

fn main() {
    let source = "data/zones.json";
    println!("cargo:rerun-if-changed={source}");
    let text = fs::read_to_string(source).expect("data/zones.json is readable");
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("zones.json");
    fs::write(out, compact(&text)).expect("OUT_DIR is writable");
}

/// JSON text without whitespace outside strings. Invalid JSON stays invalid
/// (the crate's reader reports it), just shorter.
fn compact(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !matches!(c, ' ' | '\n' | '\r' | '\t') {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}
