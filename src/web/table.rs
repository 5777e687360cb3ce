//! The slide's data table, in the "get the data" disclosure: built from the
//! story layer's texts while the disclosure is open, by code the page loads
//! the first time it opens (`table` of `www/save.js`, through
//! `js/save-loader.js`, as the downloads are).

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::data::Dataset;
use crate::story::data_table;
use crate::story::lang::Lang;

#[wasm_bindgen(module = "/src/web/js/save-loader.js")]
extern "C" {
    /// Fills `wrap` with a table, once its code has loaded: its caption, a row
    /// of column headers, and the cells row by row (as many a row as there
    /// are headers).
    #[wasm_bindgen(js_name = fill_table)]
    fn build_table(wrap: &HtmlElement, caption: &str, headers: &js_sys::Array, cells: &js_sys::Array);
}

/// Fills `wrap` with the table of slide `index` when `open`, and empties it
/// otherwise.
pub fn fill_table(wrap: &HtmlElement, data: &Dataset, index: usize, lang: Lang, open: bool) {
    wrap.set_text_content(None);
    let Some(slide) = data.slides.get(index).filter(|_| open) else { return };
    let table = data_table(data, slide, lang);
    let headers: js_sys::Array = table.headers.iter().map(|h| JsValue::from_str(h)).collect();
    // Every row as wide as the headers.
    let cells = js_sys::Array::new();
    for row in &table.rows {
        for k in 0..table.headers.len() {
            cells.push(&JsValue::from_str(row.get(k).map_or("", String::as_str)));
        }
    }
    build_table(wrap, &table.caption, &headers, &cells);
}
