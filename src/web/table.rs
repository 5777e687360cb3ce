//! The slide's data table, in the "get the data" disclosure: the page fills it
//! while the disclosure is open, by code it loads the first time it opens
//! (`table` of `www/save.js`, through `js/save-loader.js`, as the downloads
//! are), with the tables the story layer made at build time
//! (`fallback/tables.js`, written by `examples/fallback.rs`): the module holds
//! no table of its own, and asks on every slide, language or toggle change.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

#[wasm_bindgen(module = "/src/web/js/save-loader.js")]
extern "C" {
    /// Empties `wrap` and, while its disclosure is open, fills it with slide
    /// `slide`'s table in language `lang` ("zh", "en") once its code and the
    /// tables have loaded, or with the line `failed` if they could not.
    pub fn fill_table(wrap: &HtmlElement, slide: usize, lang: &str, failed: &str);
}
