//! The graphic for readers who do not see the canvas: one focusable button per
//! pickable region (roving focus, read by screen readers in browse mode too), the
//! slide's data table, and the live region that announces slide changes.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlElement;

use super::dom::{element, set_px};
use crate::data::{Dataset, Msg};

#[wasm_bindgen(module = "/src/web/js/table.js")]
extern "C" {
    /// Fills `wrap` with a table: its caption, a row of column headers, and
    /// the cells row by row (as many a row as there are headers).
    #[wasm_bindgen(js_name = fill_table)]
    fn build_table(wrap: &HtmlElement, caption: &str, headers: &js_sys::Array, cells: &js_sys::Array);
}
use crate::scene::Scene;
use crate::story::copy::word;
use crate::story::{data_table, explain, region_name};
use crate::story::lang::Lang;

/// Makes the region buttons one per hit region of `scene`, each over its region
/// and named by its target's key (`data-target`); `focus` is the index that
/// takes part in the tab order. Each button is described by the tooltip
/// (`tip_id`), which shows the quote and source while it has focus. Buttons are
/// kept from one drawing to the next (a resize only moves them).
pub fn sync_marks(layer: &HtmlElement, scene: &Scene, data: &Dataset, lang: Lang, focus: usize, tip_id: &str) -> Result<(), JsValue> {
    let buttons = layer.children();
    for (i, hit) in scene.hits.iter().enumerate() {
        let button: HtmlElement = match buttons.item(i as u32) {
            Some(kept) => kept.unchecked_into(),
            None => {
                let button = element("button", "zi-mark")?;
                button.set_attribute("type", "button")?;
                button.set_attribute("data-i", &i.to_string())?;
                button.set_attribute("aria-describedby", tip_id)?;
                layer.append_child(&button)?;
                button
            }
        };
        button.set_attribute("data-target", &hit.target.key())?;
        button.set_tab_index(if i == focus { 0 } else { -1 });
        match explain(data, &hit.target, lang) {
            Some(ex) => {
                button.set_attribute("aria-label", &region_name(data, &ex, lang))?;
            }
            None => button.remove_attribute("aria-label")?,
        }
        set_px(&button, "left", hit.rect.x);
        set_px(&button, "top", hit.rect.y);
        set_px(&button, "width", hit.rect.w);
        set_px(&button, "height", hit.rect.h);
    }
    Ok(())
}

/// Puts region button `roving` in the tab order, and no other.
pub fn set_roving(layer: &HtmlElement, roving: usize) {
    let buttons = layer.children();
    for i in 0..buttons.length() {
        if let Some(b) = buttons.item(i) {
            b.unchecked_into::<HtmlElement>().set_tab_index(if i as usize == roving { 0 } else { -1 });
        }
    }
}

/// Removes the region buttons beyond the first `count` (removing a focused one
/// fires focus events).
pub fn trim_marks(layer: &HtmlElement, count: usize) {
    let buttons = layer.children();
    while let Some(extra) = buttons.item(count as u32) {
        extra.remove();
    }
}

/// Fills the "get the data" disclosure for slide `index`: its summary line, and
/// the table itself (into `wrap`) when `open`. The summary element stays, so a
/// keyboard reader who opened it keeps focus.
pub fn fill_table(summary: &HtmlElement, wrap: &HtmlElement, data: &Dataset, index: usize, lang: Lang, open: bool) -> Result<(), JsValue> {
    let Some(slide) = data.slides.get(index) else { return Ok(()) };
    summary.set_text_content(Some(word(data, Msg::Data, lang)));
    wrap.set_text_content(None);
    if !open {
        return Ok(());
    }
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
    Ok(())
}
