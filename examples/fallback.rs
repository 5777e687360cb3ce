//! Writes the graphic's fallback into a folder (`www/fallback` in the build):
//! `slide-<n>-<lang>.svg` and `slide-<n>-<lang>.csv` (its data) for every slide
//! in each language, `zones-<lang>.csv`,
//! `figure-<lang>.html` (the markup a host puts in the container) and
//! `slides.json` with each image's size and text alternative, and
//! `reserve.css`, the space a container holds before the graphic mounts, and
//! `print.css`, the graphic printed (every slide as its image), and
//! `words.json`, the lines the embed shows where the graphic cannot load, and
//! `tables.js`, every slide's data table in each language, which the embed
//! loads when a reader opens its data disclosure.
//! Run with `cargo run --example fallback -- <folder>`; it reads the dataset
//! the module is baked from (`ZONES_DATASET`, `ZONES_PSEUDO`, as `build.rs`).

use std::fmt::Write as _;
use std::path::PathBuf;

use zones_infographic::fallback::{data_csv, failure_words, figure_html, print_css, reserve_css, slide_alt, slide_csv, slide_svg, WIDTH};
use zones_infographic::data::pseudo::pseudo_json;
use zones_infographic::data::read::{from_json, parse_with_copy, COPY};
use zones_infographic::data::{Dataset, SOURCE, SOURCE_JSON};
use zones_infographic::story::data_table;
use zones_infographic::story::lang::Lang;

/// The dataset the module was built from, as read from its file (with the
/// fields only the build reads, such as who reported each article's figures,
/// which the CSV gives): the file `ZONES_DATASET` names or `data/zones.json`,
/// checked, and in the pseudo-locale when `ZONES_PSEUDO=1`, as `build.rs`
/// does.
fn dataset() -> Result<Dataset, Box<dyn std::error::Error>> {
    let json = match std::env::var("ZONES_DATASET") {
        Ok(path) => std::fs::read_to_string(path)?,
        Err(_) => SOURCE_JSON.to_string(),
    };
    let data = from_json(&json, SOURCE)?;
    if std::env::var_os("ZONES_PSEUDO").is_some_and(|v| v == "1") {
        return Ok(parse_with_copy(&pseudo_json(&json)?, &pseudo_json(COPY)?)?);
    }
    Ok(data)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = PathBuf::from(std::env::args().nth(1).ok_or("usage: fallback <folder>")?);
    std::fs::create_dir_all(&dir)?;
    let data = &dataset()?;
    let mut index = String::from("[");
    for lang in [Lang::Zh, Lang::En] {
        let code = lang.code();
        for i in 0..data.slides.len() {
            let (svg, height) = slide_svg(data, i, lang).ok_or("no such slide")?;
            let name = format!("slide-{}-{code}.svg", i + 1);
            std::fs::write(dir.join(&name), svg)?;
            std::fs::write(dir.join(format!("slide-{}-{code}.csv", i + 1)), slide_csv(data, i, lang).ok_or("no such slide")?)?;
            let alt = slide_alt(data, i, lang).unwrap_or_default().replace('\\', "\\\\").replace('"', "\\\"");
            let comma = if index.len() > 1 { "," } else { "" };
            write!(index, "{comma}\n  {{\"file\": \"{name}\", \"lang\": \"{code}\", \"width\": {WIDTH}, \"height\": {height}, \"alt\": \"{alt}\"}}")?;
        }
        std::fs::write(dir.join(format!("zones-{code}.csv")), data_csv(data, lang))?;
        std::fs::write(dir.join(format!("figure-{code}.html")), figure_html(data, lang, "fallback/"))?;
    }
    index.push_str("\n]\n");
    std::fs::write(dir.join("slides.json"), index)?;
    std::fs::write(dir.join("reserve.css"), reserve_css(data))?;
    std::fs::write(dir.join("print.css"), print_css(data))?;
    std::fs::write(dir.join("words.json"), failure_words(data))?;
    std::fs::write(dir.join("tables.js"), tables_js(data))?;
    println!("wrote the fallback of {} slides in 2 languages to {}", data.slides.len(), dir.display());
    Ok(())
}

/// Every slide's data table in each language, as a JS module for the embed's
/// data disclosure (`www/save.js`): `{"zh": [table, …], "en": […]}`, a table
/// being its caption, its column headers and its rows, each row as wide as
/// the headers.
fn tables_js(data: &Dataset) -> String {
    let mut tables = serde_json::Map::new();
    for lang in [Lang::Zh, Lang::En] {
        let slides: Vec<serde_json::Value> = data
            .slides
            .iter()
            .map(|slide| {
                let mut table = data_table(data, slide, lang);
                let width = table.headers.len();
                table.rows.iter_mut().for_each(|row| row.resize(width, String::new()));
                serde_json::json!({ "caption": table.caption, "headers": table.headers, "rows": table.rows })
            })
            .collect();
        tables.insert(lang.code().to_string(), slides.into());
    }
    format!("export default {};\n", serde_json::Value::Object(tables))
}
