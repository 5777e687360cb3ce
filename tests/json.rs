//! The JSON reader against serde_json on the embedded dataset, and against
//! damaged copies of it: the same tree when the text is valid, and an error
//! with a place (never a panic) when it is not.

use zones_infographic::dataset::EMBEDDED_JSON;
use zones_infographic::json::{parse, Json};
use zones_infographic::Dataset;

/// serde_json's tree in this reader's form.
fn from_serde(v: &serde_json::Value) -> Json {
    use serde_json::Value as V;
    match v {
        V::Null => Json::Null,
        V::Bool(b) => Json::Bool(*b),
        V::Number(n) => Json::Number(n.as_f64().unwrap()),
        V::String(s) => Json::String(s.clone()),
        V::Array(items) => Json::Array(items.iter().map(from_serde).collect()),
        V::Object(fields) => {
            let mut fields: Vec<(String, Json)> = fields.iter().map(|(k, v)| (k.clone(), from_serde(v))).collect();
            fields.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Object(fields)
        }
    }
}

/// The tree with every object's fields sorted, as serde_json keeps them.
fn sorted(v: &Json) -> Json {
    match v {
        Json::Array(items) => Json::Array(items.iter().map(sorted).collect()),
        Json::Object(fields) => {
            let mut fields: Vec<(String, Json)> = fields.iter().map(|(k, v)| (k.clone(), sorted(v))).collect();
            fields.sort_by(|a, b| a.0.cmp(&b.0));
            Json::Object(fields)
        }
        other => other.clone(),
    }
}

#[test]
fn the_dataset_reads_to_the_same_tree_as_serde_json() {
    let ours = parse(EMBEDDED_JSON).unwrap();
    let theirs: serde_json::Value = serde_json::from_str(EMBEDDED_JSON).unwrap();
    assert_eq!(sorted(&ours), from_serde(&theirs));
    // Also after a round trip through serde_json's writer, escapes and all.
    let compact = serde_json::to_string(&theirs).unwrap();
    let ascii = compact.chars().map(|c| if c.is_ascii() { c.to_string() } else { format!("\\u{:04x}", c as u32) }).collect::<String>();
    assert!(!ascii.contains(|c: char| !c.is_ascii()), "every CJK character is now a \\u escape");
    assert_eq!(sorted(&parse(&ascii).unwrap()), from_serde(&theirs));
}

#[test]
fn the_embedded_dataset_is_the_source_file_without_whitespace_between_tokens() {
    let source = include_str!("../data/zones.json");
    let read = parse(source).unwrap_or_else(|e| panic!("data/zones.json:{}:{}: {}", e.line, e.column, e.message));
    assert_eq!(parse(EMBEDDED_JSON).unwrap(), read);
    assert!(EMBEDDED_JSON.len() < source.len() * 9 / 10, "{} of {} bytes", EMBEDDED_JSON.len(), source.len());
    assert!(!EMBEDDED_JSON.contains('\n'));
}

#[test]
fn every_truncation_of_the_dataset_is_an_error_with_a_place() {
    let cuts: Vec<usize> = EMBEDDED_JSON.char_indices().map(|(i, _)| i).step_by(37).collect();
    assert!(cuts.len() > 500);
    for cut in cuts {
        let text = &EMBEDDED_JSON[..cut];
        let e = Dataset::from_json(text).unwrap_err().to_string();
        assert!(e.contains("JSON") && e.contains("line ") && e.contains("column "), "cut at {cut}: {e}");
        // serde_json agrees that the text is not JSON.
        assert!(serde_json::from_str::<serde_json::Value>(text).is_err(), "cut at {cut}");
    }
}

#[test]
fn damaged_copies_are_refused_like_serde_json_refuses_them() {
    let mut checked = 0;
    let positions: Vec<usize> = EMBEDDED_JSON.char_indices().map(|(i, _)| i).step_by(53).collect();
    for (n, &at) in positions.iter().enumerate() {
        let end = at + EMBEDDED_JSON[at..].chars().next().map_or(0, char::len_utf8);
        let with = ["\"", "{", "]", ",", ":", "\\", "\u{1}", "-", "0"][n % 9];
        let text = format!("{}{}{}", &EMBEDDED_JSON[..at], with, &EMBEDDED_JSON[end..]);
        let serde_ok = serde_json::from_str::<serde_json::Value>(&text).is_ok();
        match parse(&text) {
            Ok(_) => assert!(serde_ok, "only this reader took {with:?} at {at}"),
            Err(e) => {
                assert!(!serde_ok, "only serde_json took {with:?} at {at}: {e:?}");
                // The place is inside the text, counted in characters.
                let lines: Vec<&str> = text.split('\n').collect();
                assert!(e.line <= lines.len() && e.column <= lines[e.line - 1].chars().count() + 1, "{with:?} at {at}: {e:?}");
                checked += 1;
            }
        }
        // Whatever the damage, reading the dataset returns, with an error or not.
        let _ = Dataset::from_json(&text);
    }
    assert!(checked > 100, "only {checked} damaged copies were refused");
}

#[test]
fn a_field_given_twice_is_refused() {
    let text = EMBEDDED_JSON.replacen("\"id\":\"nc-stations\",", "\"id\":\"nc-stations\",\"id\":\"nc-x\",", 1);
    assert_ne!(text, EMBEDDED_JSON);
    let e = Dataset::from_json(&text).unwrap_err().to_string();
    assert!(e.contains("figures[0]") && e.contains("`id`") && e.contains("more than once"), "{e}");
}
