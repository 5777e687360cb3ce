//! Embeds the dataset compactly: `data/zones.json`, checked to be JSON (an
//! error names the file's own line and column), with the whitespace between
//! tokens removed, written to `$OUT_DIR/zones.json`.

use std::{env, fs, path::Path, process};

#[allow(dead_code)]
#[path = "src/json.rs"]
mod json;

fn main() {
    let source = "data/zones.json";
    println!("cargo:rerun-if-changed={source}");
    println!("cargo:rerun-if-changed=src/json.rs");
    let text = fs::read_to_string(source).unwrap_or_else(|e| fail(&format!("{source}: {e}")));
    if let Err(e) = json::parse(&text) {
        fail(&format!("{source}:{}:{}: {}", e.line, e.column, e.message));
    }
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("zones.json");
    fs::write(out, compact(&text)).unwrap_or_else(|e| fail(&format!("writing the compact dataset: {e}")));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}

/// Valid JSON text without whitespace outside strings.
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
