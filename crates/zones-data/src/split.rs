//! The texts the news build loads after the module, taken out of the dataset
//! and copy files: its second language, every value under a key `en` or
//! `…_en` (as the pseudo-locale finds them), and the articles' sentences that
//! only a tooltip quotes (every `quote` but those of the figures a `said`
//! block draws on its slide). Each becomes a key (`text::later::key`), and the
//! texts go to one list, loaded when a reader first asks for English or opens
//! a tooltip that quotes one.

use std::collections::{HashMap, HashSet};

use serde_json::Value;

use crate::text::later;

/// The texts taken out, in key order; a text met twice keeps one key.
#[derive(Default)]
pub struct Later {
    pub texts: Vec<String>,
    index: HashMap<String, usize>,
    /// The figures whose sentence a slide draws (a `said` block's): their
    /// quotes stay in the module.
    drawn: HashSet<String>,
}

impl Later {
    /// `json` (a dataset or a copy file) with the texts loaded later replaced by keys.
    pub fn split_json(&mut self, json: &str) -> Result<String, serde_json::Error> {
        let mut value: Value = serde_json::from_str(json)?;
        self.drawn.clear();
        find_drawn(&value, &mut self.drawn);
        self.walk(&mut value, false);
        serde_json::to_string(&value)
    }

    /// The list as the JavaScript module the page loads: `export default [...]`.
    pub fn module(&self) -> String {
        format!("export default {}\n", serde_json::to_string(&self.texts).unwrap_or_default())
    }

    fn walk(&mut self, value: &mut Value, english: bool) {
        match value {
            Value::String(text) if english => *text = self.key(text),
            Value::Array(items) => items.iter_mut().for_each(|v| self.walk(v, english)),
            Value::Object(fields) => {
                let drawn = fields.get("id").and_then(Value::as_str).is_some_and(|id| self.drawn.contains(id));
                for (key, v) in fields.iter_mut() {
                    self.walk(v, key == "en" || key.ends_with("_en") || (key == "quote" && !drawn));
                }
            }
            _ => {}
        }
    }

    fn key(&mut self, text: &str) -> String {
        let next = self.texts.len();
        let i = *self.index.entry(text.to_string()).or_insert(next);
        if i == next {
            self.texts.push(text.to_string());
        }
        later::key(i)
    }
}

/// The ids a `said` block lists, anywhere in `value`.
fn find_drawn(value: &Value, ids: &mut HashSet<String>) {
    match value {
        Value::Array(items) => items.iter().for_each(|v| find_drawn(v, ids)),
        Value::Object(fields) => {
            if fields.get("kind").and_then(Value::as_str) == Some("said") {
                let listed = fields.get("figures").and_then(Value::as_array).into_iter().flatten();
                ids.extend(listed.filter_map(Value::as_str).map(String::from));
            }
            fields.values().for_each(|v| find_drawn(v, ids));
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Text;

    #[test]
    fn english_becomes_keys_and_a_list_in_their_order() {
        let mut later = Later::default();
        let json = later.split_json(r#"{"title": {"zh": "第一页", "en": "Slide one"}, "byline_en": ["Guo", "Slide one"], "id": "x"}"#).unwrap();
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["title"]["zh"], "第一页");
        assert_eq!(value["id"], "x");
        // In the order serde_json walks an object: its keys sorted.
        assert_eq!(later.texts, ["Guo", "Slide one"]);
        assert_eq!(value["byline_en"][0], later::key(0));
        assert_eq!(value["title"]["en"], later::key(1));
        assert_eq!(value["byline_en"][1], later::key(1), "a text met twice keeps its key");
        assert_eq!(later.module(), "export default [\"Guo\",\"Slide one\"]\n");
        // A key is one character, and never taken for a text of its own.
        let key: &'static str = Box::leak(later::key(1).into_boxed_str());
        assert_eq!(key.chars().count(), 1);
        assert_eq!(later::resolve("Guo"), "Guo");
        assert_eq!(later::resolve("𝔾"), "𝔾", "another four-byte character is a text");
        let _ = Text(key);
    }

    #[test]
    fn a_quote_goes_later_unless_a_said_block_draws_its_figure() {
        let mut later = Later::default();
        let json = r#"{"figures": [{"id": "a", "quote": "甲说", "quote_en": "A said"}, {"id": "b", "quote": "乙说"}],
            "coverage": [{"zone": "z", "quote": "丙说"}],
            "slides": [{"blocks": [{"kind": "said", "figures": ["b"]}]}]}"#;
        let value: Value = serde_json::from_str(&later.split_json(json).unwrap()).unwrap();
        // In the order serde_json walks an object: its keys sorted.
        assert_eq!(value["coverage"][0]["quote"], later::key(0));
        assert_eq!(value["figures"][0]["quote"], later::key(1), "a sentence only a tooltip quotes");
        assert_eq!(value["figures"][1]["quote"], "乙说", "the sentence a slide draws stays");
        assert_eq!(later.texts, ["丙说", "甲说", "A said"]);
    }
}
