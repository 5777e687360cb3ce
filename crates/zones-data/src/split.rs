//! The news build's second language taken out of the dataset and copy files:
//! every value under a key `en` or `…_en` (as the pseudo-locale finds them)
//! becomes a key (`text::later::key`), and the texts go to one list, loaded
//! after the module when a reader first asks for English.

use std::collections::HashMap;

use serde_json::Value;

use crate::text::later;

/// The texts taken out, in key order; a text met twice keeps one key.
#[derive(Default)]
pub struct Later {
    pub texts: Vec<String>,
    index: HashMap<String, usize>,
}

impl Later {
    /// `json` (a dataset or a copy file) with its English texts replaced by keys.
    pub fn split_json(&mut self, json: &str) -> Result<String, serde_json::Error> {
        let mut value: Value = serde_json::from_str(json)?;
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
                for (key, v) in fields.iter_mut() {
                    self.walk(v, key == "en" || key.ends_with("_en"));
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
}
