//! What a reader or host can take away from the graphic: the slide shown as a
//! PNG at twice its CSS size (drawn again by the same code), as SVG and its data
//! as CSV (files the build made with the native renderer, in `fallback/` beside
//! the module's folder), and a link to it.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlCanvasElement, HtmlElement};

use super::canvas::{Canvas, Context2d};
use super::dom::document;
use super::Instance;
use crate::data::Msg;
use crate::interact::options::DeepLink;
use crate::interact::view::template::SAVE_NOTE;
use crate::render::draw;
use crate::story::copy::word;

/// The PNG's pixels per CSS pixel: sharp in print and on social cards.
const PNG_SCALE: f64 = 2.0;

// The downloads' code is loaded on first use (`www/save.js`, built into
// `extra/zones-save.js` beside the embed's folder) by `js/save-loader.js`. Every
// failure rejects the promise or is said in the note under the download
// buttons, never an exception through the module.
#[wasm_bindgen(module = "/src/web/js/save-loader.js")]
extern "C" {
    /// A promise of slide `slide`'s (counted from 1) file of `kind`: the
    /// canvas's PNG, or the build's SVG or CSV.
    fn blob(kind: &str, slide: usize, lang: &str, canvas: Option<HtmlCanvasElement>) -> js_sys::Promise;
    /// Saves the file of `kind` ("link": copies the page's address with
    /// `hash`); `note` says what happened when there is nothing else to see,
    /// in the words of `said` (link copied, copy refused, download failed,
    /// the downloads' code not loaded).
    fn save(kind: &str, slide: usize, lang: &str, canvas: Option<HtmlCanvasElement>, hash: &str, note: &HtmlElement, said: &js_sys::Array);
}

impl Instance {
    /// A promise of the slide shown as a file of `kind` (one of `FILES`).
    pub(super) fn to_blob(&self, kind: &str) -> js_sys::Promise {
        let (slide, lang, canvas) = self.slide_and_copy(kind);
        blob(kind, slide + 1, lang.code(), canvas)
    }

    /// The reader's choice in the download row: a file of `FILES` saved, or
    /// ("link") the link to the slide copied, its language named (a graphic
    /// whose options say "en" would open a link without it in English).
    pub(super) fn save(&self, kind: &str) {
        let Some(dom) = self.dom.get() else { return };
        let (slide, lang, canvas) = self.slide_and_copy(kind);
        let hash = DeepLink::format_with_lang(slide, lang);
        let data = crate::dataset();
        let said: js_sys::Array = [Msg::LinkCopied, Msg::LinkRefused, Msg::DownloadFailed, Msg::SaveBroken].iter().map(|m| JsValue::from_str(word(data, *m, lang))).collect();
        save(kind, slide + 1, lang.code(), canvas, &hash, &dom.get(SAVE_NOTE), &said);
    }

    /// The slide and language shown, and for a PNG the slide drawn again on a
    /// new canvas at twice the pixels; `None` if there is no drawing yet.
    fn slide_and_copy(&self, kind: &str) -> (usize, crate::story::lang::Lang, Option<HtmlCanvasElement>) {
        let core = self.core.borrow();
        let canvas = (kind == "png").then(|| core.scene()).flatten().and_then(|scene| {
            let canvas: HtmlCanvasElement = document().create_element("canvas").ok()?.unchecked_into();
            let size = ((scene.width * PNG_SCALE).ceil() as u32, (scene.height * PNG_SCALE).ceil() as u32);
            canvas.set_width(size.0);
            canvas.set_height(size.1);
            let context = canvas.get_context("2d").ok()??;
            draw(scene, &mut Canvas::new(context.unchecked_ref::<Context2d>(), size), PNG_SCALE, &core.look().font_family).ok()?;
            Some(canvas)
        });
        (core.slide(), core.lang(), canvas)
    }
}
