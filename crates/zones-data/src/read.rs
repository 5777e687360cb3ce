//! Reading a dataset from JSON text with serde: a value of the wrong shape is
//! named by its path (`figures[3].quote`), line and column, then every rule of
//! `check` runs. Used by `build.rs` and by the tests; never in the wasm module.

use std::collections::BTreeMap;

use serde_json::value::RawValue;

use super::check::{check, DataError};
use super::schema::{Bilingual, Dataset, Words};
use super::words::Msg;

/// The graphic's own words, `data/copy.json`.
pub const COPY: &str = include_str!("../../../data/copy.json");

/// Reads `json` and checks it, quotes against `source` (the articles' text);
/// the graphic's words come from `data/copy.json`.
pub fn from_json(json: &str, source: &str) -> Result<Dataset, DataError> {
    let data = parse(json)?;
    check(&data, source)?;
    Ok(data)
}

/// Reads `json` into a dataset without checking its rules, with the words of
/// `data/copy.json`.
pub fn parse(json: &str) -> Result<Dataset, DataError> {
    parse_with_copy(json, COPY)
}

/// Reads `json` into a dataset without checking its rules, with the words of
/// `copy` (the text of a copy file).
pub fn parse_with_copy(json: &str, copy: &str) -> Result<Dataset, DataError> {
    let mut data = parse_dataset(json)?;
    data.words = words(copy).map_err(|message| DataError::Json { path: "copy".into(), line: 1, column: 1, message })?;
    Ok(data)
}

/// Reads a copy file: every message of `Msg` once, with a text in each
/// language, its `{places}` well formed (a language may leave one out, as
/// Chinese leaves out the English gloss of a quote). The error names the file's
/// line and column and the message.
pub fn words(json: &str) -> Result<Words, String> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let table: BTreeMap<String, Bilingual> = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        format!("{}:{}: at {path}: {}", inner.line(), inner.column().max(1), without_position(&inner.to_string()))
    })?;
    let at = |key: &str| {
        let offset = json.find(&format!("\"{key}\"")).unwrap_or(0);
        let line_start = json[..offset].rfind('\n').map_or(0, |i| i + 1);
        format!("{}:{}", json[..offset].matches('\n').count() + 1, json[line_start..offset].chars().count() + 1)
    };
    if let Some(key) = table.keys().find(|k| !Msg::ALL.iter().any(|m| m.key() == k.as_str())) {
        return Err(format!("{}: `{key}` is not a message of the graphic", at(key)));
    }
    let mut texts = Vec::with_capacity(Msg::ALL.len());
    for msg in Msg::ALL {
        let key = msg.key();
        let Some(text) = table.get(key) else { return Err(format!("1:1: the message `{key}` is missing")) };
        for (lang, t) in [("zh", &text.zh), ("en", &text.en)] {
            // As written (a key to a text loaded later is not empty).
            if t.0.is_empty() {
                return Err(format!("{}: `{key}` has no {lang} text", at(key)));
            }
        }
        for t in [&text.zh, &text.en] {
            if let Some(bad) = places(t).into_iter().find(|p| p.is_empty() || !p.chars().all(|c| c.is_ascii_lowercase())) {
                return Err(format!("{}: `{key}` has a place `{{{bad}}}` that is not a lower-case name", at(key)));
            }
            if t.matches('{').count() != t.matches('}').count() {
                return Err(format!("{}: `{key}` has a brace that closes no place", at(key)));
            }
        }
        texts.push(text.clone());
    }
    Ok(Words { texts: texts.into() })
}

/// The `{places}` of a message, sorted.
fn places(text: &str) -> Vec<&str> {
    let mut found: Vec<&str> = text.split('{').skip(1).filter_map(|part| part.split_once('}').map(|(name, _)| name)).collect();
    found.sort_unstable();
    found
}

/// Reads `json` into a dataset, without its words or its rules.
fn parse_dataset(json: &str) -> Result<Dataset, DataError> {
    let mut deserializer = serde_json::Deserializer::from_str(json);
    let data: Dataset = serde_path_to_error::deserialize(&mut deserializer).map_err(|e| {
        let path = e.path().to_string();
        let inner = e.into_inner();
        DataError::Json { path, line: inner.line(), column: inner.column().max(1), message: without_position(&inner.to_string()) }
    })?;
    deserializer.end().map_err(|e| DataError::Json { path: ".".into(), line: e.line(), column: e.column().max(1), message: without_position(&e.to_string()) })?;
    Ok(data)
}

/// serde_json's message without its " at line L column C" tail (kept as fields).
fn without_position(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(at) => message[..at].to_string(),
        None => message.to_string(),
    }
}

/// Where in `json` an error points, as line and column: a JSON error's own
/// place; for a rule, its field in its own record (found by its index in the
/// table, `figures[3]`), or the record itself when the field is not written
/// there, or the table. The records' places come from serde_json (each read as
/// raw JSON, which borrows its text from `json`).
pub fn locate(json: &str, error: &DataError) -> Option<(usize, usize)> {
    let (record, field) = match error {
        DataError::Json { line, column, .. } => return Some((*line, *column)),
        DataError::Rule { record, field, .. } => (record, field),
    };
    let table_name = record.split(['[', ' ']).next()?;
    let tables: BTreeMap<&str, &RawValue> = serde_json::from_str(json).ok()?;
    let table = tables.get(table_name)?;
    let offset_of = |raw: &str| raw.as_ptr() as usize - json.as_ptr() as usize;
    let index: Option<usize> = record.split_once('[').and_then(|(_, rest)| rest.split_once(']')).and_then(|(n, _)| n.parse().ok());
    let records: Vec<&RawValue> = serde_json::from_str(table.get()).ok()?;
    let at = match index.and_then(|n| records.get(n)) {
        Some(raw) => {
            let key = field.split(['.', '[']).next().unwrap_or(field);
            let text = raw.get();
            offset_of(text) + text.find(&format!("\"{key}\"")).unwrap_or(0)
        }
        None => offset_of(table.get()),
    };
    let before = json.get(..at)?;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    Some((before.matches('\n').count() + 1, before.get(line_start..)?.chars().count() + 1))
}
