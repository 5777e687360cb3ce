//! The slide's data table, in the "get the data" disclosure: filled while the
//! disclosure is open, by code the page loads the first time it opens (`table`
//! of `www/save.js`, through `js/save-loader.js`, as the downloads are), with
//! the tables the story layer made at build time (`fallback/tables.js`,
//! written by `examples/fallback.rs`): the module holds no table of its own.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use crate::story::lang::Lang;

#[wasm_bindgen(module = "/src/web/js/save-loader.js")]
extern "C" {
    /// Fills `wrap` with slide `slide`'s table in language `lang` ("zh",
    /// "en") once its code and the tables have loaded.
    #[wasm_bindgen(js_name = fill_table)]
    fn build_table(wrap: &HtmlElement, slide: usize, lang: &str);
}

/// Fills `wrap` with the table of slide `index` when `open`, and empties it
/// otherwise.
pub fn fill_table(wrap: &HtmlElement, index: usize, lang: Lang, open: bool) {
    wrap.set_text_content(None);
    if open {
        build_table(wrap, index, lang.code());
    }
}
