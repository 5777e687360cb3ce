//! The words the news module loads after it (its English, and the articles'
//! sentences only a tooltip quotes): asked for by the
//! core (`Answer::load_words`), loaded once for every graphic on the page by
//! `js/words-loader.js`, kept by `text::later`, and answered to the core as
//! `Input::Words`.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use super::dom::Callback;
use super::fault::with;
use super::Instance;
use crate::data::text::later;
use crate::interact::Input;

#[wasm_bindgen(module = "/src/web/js/words-loader.js")]
extern "C" {
    /// Calls `done` with the list of texts, or with null where they could not load.
    fn load_words(done: &js_sys::Function);
}

impl Instance {
    /// Loads the words, and tells the core whether they came.
    pub(super) fn load_words(&self) {
        let Some(me) = self.me.upgrade() else { return };
        let mut done = self.words.borrow_mut();
        let done = done.get_or_insert_with(|| {
            Callback::new(with(&me, |i, list| {
                let came = later::loaded() || keep(list.unchecked_into());
                i.dispatch(Input::Words(came));
            }))
        });
        load_words(done.as_ref().unchecked_ref());
    }
}

/// Keeps the texts loaded, if they are the list this module was built with
/// (as many texts, each a string); whether they were.
fn keep(list: JsValue) -> bool {
    let Some(list) = list.dyn_ref::<js_sys::Array>() else { return false };
    let count = u32::from(crate::dataset().later);
    if list.length() != count {
        return false;
    }
    let mut texts = Vec::new();
    for i in 0..count {
        let Some(text) = list.get(i).as_string() else { return false };
        texts.push(text);
    }
    later::fill(texts);
    true
}
