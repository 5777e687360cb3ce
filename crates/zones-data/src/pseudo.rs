//! The pseudo-locale for tests: every English text of a dataset or copy file
//! wrapped in ⟦…⟧ with each ASCII letter accented ("⟦Ñéẋţ ›⟧"), its
//! `{places}` kept. A graphic built or laid out with it shows at a glance, and
//! to a test, any text that did not come from the copy or the dataset: such
//! text still has plain ASCII letters.

use serde_json::Value;

/// `json` (a dataset or a copy file) with every value under a key `en` or
/// `…_en` in the pseudo-locale (strings, and the strings of lists).
pub fn pseudo_json(json: &str) -> Result<String, serde_json::Error> {
    let mut value: Value = serde_json::from_str(json)?;
    walk(&mut value, false);
    serde_json::to_string_pretty(&value)
}

fn walk(value: &mut Value, english: bool) {
    match value {
        Value::String(text) if english => *text = pseudo(text),
        Value::Array(items) => items.iter_mut().for_each(|v| walk(v, english)),
        Value::Object(fields) => {
            for (key, v) in fields.iter_mut() {
                walk(v, key == "en" || key.ends_with("_en"));
            }
        }
        _ => {}
    }
}

/// One text in the pseudo-locale.
pub fn pseudo(text: &str) -> String {
    let mut out = String::from("⟦");
    let mut in_place = false;
    for c in text.chars() {
        match c {
            '{' => in_place = true,
            '}' => in_place = false,
            _ => {}
        }
        out.push(if in_place { c } else { accent(c) });
    }
    out.push('⟧');
    out
}

/// An ASCII letter with an accent; anything else as it is.
pub fn accent(c: char) -> char {
    const LOWER: [char; 26] = ['å', 'ƀ', 'ç', 'ð', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'ɱ', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ', 'š', 'ţ', 'û', 'ṽ', 'ŵ', 'ẋ', 'ý', 'ž'];
    const UPPER: [char; 26] = ['Å', 'Ɓ', 'Ç', 'Ð', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'Ṁ', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ', 'Š', 'Ţ', 'Û', 'Ṽ', 'Ŵ', 'Ẋ', 'Ý', 'Ž'];
    match c {
        'a'..='z' => LOWER[c as usize - 'a' as usize],
        'A'..='Z' => UPPER[c as usize - 'A' as usize],
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_and_accents_but_keeps_places() {
        assert_eq!(pseudo("Slide {n} of {count}"), "⟦Šļîðé {n} öƒ {count}⟧");
        let json = pseudo_json(r#"{"title": {"zh": "第{n}页", "en": "Slide {n}"}, "byline_en": ["Guo Wenzhi"], "id": "x"}"#).unwrap();
        let value: Value = serde_json::from_str(&json).unwrap();
        assert_eq!(value["title"]["zh"], "第{n}页");
        assert_eq!(value["title"]["en"], "⟦Šļîðé {n}⟧");
        assert_eq!(value["byline_en"][0], "⟦Ĝûö Ŵéñžĥî⟧");
        assert_eq!(value["id"], "x");
    }
}
