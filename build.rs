//! Reads `data/zones.json` and `data/copy.json` with the `zones-data` crate,
//! runs every rule on them (quotes against `data/sources/articles.txt`
//! included), and bakes them into `$OUT_DIR/dataset.rs` as static data. A
//! broken file stops the build with the file, the line and column, and the
//! path or record at fault. `ZONES_DATASET` names another dataset file of the
//! same schema (the tests build one with hostile texts); `ZONES_PSEUDO=1`
//! bakes the dataset and the copy in the pseudo-locale (`zones_data::pseudo`)
//! for the tests, once both passed every rule.

use std::{env, fs, path::Path, process};

use zones_data::{bake, pseudo, read};

const DATASET: &str = "data/zones.json";
const SOURCE: &str = "data/sources/articles.txt";
const COPY: &str = "data/copy.json";

fn main() {
    println!("cargo:rerun-if-env-changed=ZONES_DATASET");
    println!("cargo:rerun-if-env-changed=ZONES_PSEUDO");
    let dataset = env::var("ZONES_DATASET").unwrap_or_else(|_| DATASET.to_string());
    let dataset = dataset.as_str();
    for path in [dataset, DATASET, SOURCE, COPY] {
        println!("cargo:rerun-if-changed={path}");
    }
    let read_file = |path: &str| fs::read_to_string(path).unwrap_or_else(|e| fail(&format!("{path}: {e}")));
    let (json, source, copy) = (read_file(dataset), read_file(SOURCE), read_file(COPY));
    // The words first, so that an error in them names their file.
    if let Err(e) = read::words(&copy) {
        fail(&format!("{COPY}:{e}"));
    }
    let data = read::from_json(&json, &source).unwrap_or_else(|e| {
        let (line, column) = read::locate(&json, &e).unwrap_or((1, 1));
        fail(&format!("{dataset}:{line}:{column}: {e}"))
    });
    let data = if env::var_os("ZONES_PSEUDO").is_some_and(|v| v == "1") {
        let pseudo = |text: &str| pseudo::pseudo_json(text).unwrap_or_else(|e| fail(&format!("the pseudo-locale: {e}")));
        read::parse_with_copy(&pseudo(&json), &pseudo(&copy)).unwrap_or_else(|e| fail(&format!("the pseudo-locale: {e}")))
    } else {
        data
    };
    let out = Path::new(&env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("dataset.rs");
    fs::write(out, bake::bake(&data)).unwrap_or_else(|e| fail(&format!("writing the baked dataset: {e}")));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
