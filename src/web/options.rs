//! Reading a host's mount options: a plain object (`{lang: 'en', slide: 2}`), or
//! JSON text parsed by the browser's own `JSON.parse` (where, as in any
//! JavaScript, a key given twice keeps its last value). Anything else is refused
//! with an `Error` that names the problem; an object whose getters or proxy
//! traps throw is refused the same way.

use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

use crate::interact::options::{excerpt, OptionValue, Options};

// Reading an object runs the host's code (getters, proxy traps): an exception
// is caught in `js/options.js` and never unwinds through the module.
#[wasm_bindgen(module = "/src/web/js/options.js")]
extern "C" {
    /// The `[key, value]` pairs of a plain object; `null` for anything else, or
    /// the message of what reading it threw.
    fn option_entries(value: &JsValue) -> JsValue;
}

/// The options in `value`: `undefined`, `null` and `""` are the defaults.
pub fn read_options(value: &JsValue) -> Result<Options, String> {
    if value.is_undefined() || value.is_null() {
        return Ok(Options::default());
    }
    let object = match value.as_string() {
        Some(text) if text.trim().is_empty() => return Ok(Options::default()),
        Some(text) => js_sys::JSON::parse(&text).map_err(|e| {
            let reason = e.dyn_ref::<js_sys::Error>().map(|e| String::from(e.message())).unwrap_or_default();
            format!("options: not JSON ({reason})")
        })?,
        None => value.clone(),
    };
    let entries = option_entries(&object);
    if let Some(message) = entries.as_string() {
        return Err(format!("options: could not be read ({})", excerpt(&message)));
    }
    let Some(entries) = entries.dyn_ref::<js_sys::Array>() else {
        return Err("options: must be an object such as {\"lang\": \"en\"}, or its JSON".into());
    };
    let pairs = entries.iter().map(|entry| {
        let pair: js_sys::Array = entry.unchecked_into();
        (pair.get(0).as_string().unwrap_or_default(), option_value(&pair.get(1)))
    });
    Options::from_pairs(pairs).map_err(|e| e.to_string())
}

fn option_value(v: &JsValue) -> OptionValue {
    if v.is_null() || v.is_undefined() {
        OptionValue::Null
    } else if let Some(b) = v.as_bool() {
        OptionValue::Bool(b)
    } else if let Some(n) = v.as_f64() {
        OptionValue::Number(n)
    } else if let Some(s) = v.as_string() {
        OptionValue::Text(s)
    } else {
        OptionValue::Other
    }
}
