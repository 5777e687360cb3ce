//! Reads `data/zones.json` and `data/copy.json` with the `zones-data` crate,
//! runs every rule on them (quotes against `data/sources/articles.txt`
//! included), and bakes them into `$OUT_DIR/dataset.rs` as static data. A
//! broken file stops the build with the file, the line and column, and the
//! path or record at fault. `ZONES_DATASET` names another dataset file of the
//! same schema (the tests build one with hostile texts); `ZONES_PSEUDO=1`
//! bakes the dataset and the copy in the pseudo-locale (`zones_data::pseudo`)
//! for the tests, once both passed every rule.

use std::{env, fs, path::PathBuf, process};

use zones_data::{bake, pseudo, read, split};

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
    // Every rule first, on the files as written.
    read::from_json(&json, &source).unwrap_or_else(|e| {
        let (line, column) = read::locate(&json, &e).unwrap_or((1, 1));
        fail(&format!("{dataset}:{line}:{column}: {e}"))
    });
    let (json, copy) = if env::var_os("ZONES_PSEUDO").is_some_and(|v| v == "1") {
        let pseudo = |text: &str| pseudo::pseudo_json(text).unwrap_or_else(|e| fail(&format!("the pseudo-locale: {e}")));
        (pseudo(&json), pseudo(&copy))
    } else {
        (json, copy)
    };
    let out = PathBuf::from(env::var("OUT_DIR").expect("cargo sets OUT_DIR"));
    // A module for the browser with the feature `later` (the news and the
    // kiosk builds) loads its English when a reader first asks for it, and
    // the sentences only a tooltip quotes when one first opens
    // (`zones_data::split`): the texts go to `zones-words.js`, which the build
    // puts in `www/extra` (scripts/lib.sh), one file for both builds.
    let feature = |name: &str| env::var_os(format!("CARGO_FEATURE_{name}")).is_some();
    let lazy = env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32") && feature("LATER");
    let mut later = split::Later::default();
    let (json, copy) = if lazy {
        let split = |text: &str, later: &mut split::Later| later.split_json(text).unwrap_or_else(|e| fail(&format!("taking the texts loaded later out: {e}")));
        (split(&json, &mut later), split(&copy, &mut later))
    } else {
        (json, copy)
    };
    let mut data = read::parse_with_copy(&json, &copy).unwrap_or_else(|e| fail(&format!("the dataset as baked: {e}")));
    // The module never shows the messages only the build writes out.
    if env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|a| a == "wasm32") {
        data.words = data.words.without(&zones_data::words::Msg::BUILD_ONLY);
    }
    data.later = u16::try_from(later.texts.len()).unwrap_or_else(|_| fail("too many texts to load later"));
    fs::write(out.join("zones-words.js"), later.module()).unwrap_or_else(|e| fail(&format!("writing the texts loaded later: {e}")));
    fs::write(out.join("dataset.rs"), bake::bake(&data)).unwrap_or_else(|e| fail(&format!("writing the baked dataset: {e}")));
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    process::exit(1);
}
