//! Reading typed records out of parsed JSON: every read names the record and
//! field it failed on, and unknown or repeated fields are refused.
//!
//! A `Record`'s reads never fail on the spot: a read that goes wrong keeps the
//! record's first error and returns a placeholder, and `finish` hands back
//! either the value built or that error. Records are built in one expression,
//! field by field, without an exit after every field.

use std::cell::RefCell;

use crate::dataset::Bilingual;
use crate::json::{self, Json};
use crate::validate::DataError;

/// One JSON object being read, with its name for error messages.
pub struct Record<'a> {
    pub name: String,
    object: &'a [(String, Json)],
    error: RefCell<Option<DataError>>,
}

pub fn error(record: impl Into<String>, field: &str, message: impl Into<String>) -> DataError {
    DataError { record: record.into(), field: field.to_string(), message: message.into() }
}

impl<'a> Record<'a> {
    /// The object at `value`, refused if it has a field not in `known`, or
    /// one field twice.
    pub fn new(name: String, value: &'a Json, known: &[&str]) -> Result<Record<'a>, DataError> {
        let object = value.as_object().ok_or_else(|| error(name.clone(), "-", "is not a JSON object"))?;
        if let Some((unknown, _)) = object.iter().find(|(k, _)| !known.contains(&k.as_str())) {
            return Err(error(name, unknown, "unknown field"));
        }
        if let Some(twice) = known.iter().find(|field| object.iter().filter(|(k, _)| k == *field).count() > 1) {
            return Err(error(name, twice, "is given more than once"));
        }
        Ok(Record { name, object, error: RefCell::new(None) })
    }

    /// `value` if every read so far succeeded, else the first error.
    pub fn finish<T>(&self, value: T) -> Result<T, DataError> {
        match self.error.take() {
            None => Ok(value),
            Some(e) => Err(e),
        }
    }

    /// Keeps `e` unless an earlier read already failed.
    fn keep(&self, e: DataError) {
        self.error.borrow_mut().get_or_insert(e);
    }

    fn get(&self, field: &str) -> Option<&'a Json> {
        self.object.iter().find(|(k, _)| k == field).map(|(_, v)| v).filter(|v| !v.is_null())
    }

    /// The field read by `as_t`: `None` if absent or null; a wrong type is
    /// kept as the error.
    fn read<T>(&self, field: &str, expected: &str, as_t: impl FnOnce(&'a Json) -> Option<T>) -> Option<T> {
        let value = self.get(field)?;
        let read = as_t(value);
        if read.is_none() {
            self.keep(error(self.name.clone(), field, format!("is not {expected}")));
        }
        read
    }

    /// A field that must be present: when it is absent, keeps "is missing".
    fn required<T: Default>(&self, field: &str, read: Option<T>) -> T {
        read.unwrap_or_else(|| {
            if self.get(field).is_none() {
                self.keep(error(self.name.clone(), field, "is missing"));
            }
            T::default()
        })
    }

    pub fn string(&self, field: &str) -> String {
        self.required(field, self.opt_string(field))
    }

    pub fn opt_string(&self, field: &str) -> Option<String> {
        self.read(field, "a string", |v| v.as_str().map(str::to_string))
    }

    pub fn number(&self, field: &str) -> f64 {
        self.required(field, self.read(field, "a number", Json::as_f64))
    }

    pub fn opt_bool(&self, field: &str) -> Option<bool> {
        self.read(field, "true or false", Json::as_bool)
    }

    pub fn opt_index(&self, field: &str) -> Option<usize> {
        self.read(field, "a whole number of at least 0", |v| v.as_whole().map(|n| usize::try_from(n).unwrap_or(usize::MAX)))
    }

    pub fn strings(&self, field: &str) -> Vec<String> {
        let read = self.read(field, "a list of strings", |v| v.as_array()?.iter().map(|s| s.as_str().map(str::to_string)).collect());
        self.required(field, read)
    }

    pub fn bilingual(&self, field: &str) -> Bilingual {
        self.required(field, self.opt_bilingual(field))
    }

    pub fn opt_bilingual(&self, field: &str) -> Option<Bilingual> {
        let v = self.get(field)?;
        let read = Record::new(format!("{} {field}", self.name), v, &["zh", "en"])
            .and_then(|inner| inner.finish(Bilingual { zh: inner.string("zh"), en: inner.string("en") }));
        read.map_err(|e| self.keep(e)).ok()
    }

    /// The objects of a list field, each named `<record> field[i]`, read by `read`.
    pub fn list<T>(&self, field: &str, known: &[&str], read: impl FnMut(&Record) -> Result<T, DataError>) -> Vec<T> {
        list(self.get(field), &format!("{} {field}", self.name), known, read).unwrap_or_else(|e| {
            self.keep(e);
            Vec::new()
        })
    }

    /// A string field that must be one of `choices` (the first is returned
    /// when it is not).
    pub fn choice<T: Copy>(&self, field: &str, choices: &[(&str, T)]) -> T {
        let s = self.string(field);
        match choices.iter().find(|(name, _)| *name == s) {
            Some((_, v)) => *v,
            None => {
                if self.get(field).is_some_and(|v| v.as_str().is_some()) {
                    let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
                    self.keep(error(self.name.clone(), field, format!("\"{s}\" is not one of {}", crate::text::join(&names, ", "))));
                }
                choices[0].1
            }
        }
    }
}

/// The objects of a top-level list, each named `table[i] (id)` and read by `read`.
pub fn list<T>(value: Option<&Json>, table: &str, known: &[&str], mut read: impl FnMut(&Record) -> Result<T, DataError>) -> Result<Vec<T>, DataError> {
    let items = value.and_then(Json::as_array).ok_or_else(|| error(table, "-", "is missing or not a list"))?;
    let mut out = Vec::with_capacity(items.len());
    for (i, v) in items.iter().enumerate() {
        let name = match v.get("id").and_then(Json::as_str) {
            Some(id) => format!("{table}[{i}] ({id})"),
            None => format!("{table}[{i}]"),
        };
        out.push(read(&Record::new(name, v, known)?)?);
    }
    Ok(out)
}

/// Parses JSON text; a syntax error names its line and column.
pub fn parse(text: &str, what: &str) -> Result<Json, DataError> {
    json::parse(text).map_err(|e| error(what, &format!("line {}, column {}", e.line, e.column), e.message))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(json: &Json) -> Record<'_> {
        Record::new("things[0] (a)".into(), json, &["id", "n", "kind", "name"]).unwrap()
    }

    #[test]
    fn the_first_failed_read_is_the_error() {
        let json = json::parse(r#"{"id": 7, "kind": "round"}"#).unwrap();
        let r = record(&json);
        let (id, n, kind) = (r.string("id"), r.number("n"), r.choice("kind", &[("square", 1), ("flat", 2)]));
        let e = r.finish((id, n, kind)).unwrap_err();
        assert_eq!((e.record.as_str(), e.field.as_str(), e.message.as_str()), ("things[0] (a)", "id", "is not a string"));
    }

    #[test]
    fn missing_wrong_and_unlisted_fields_each_say_so() {
        let json = json::parse(r#"{"kind": "round", "name": {"zh": "甲"}}"#).unwrap();
        let message = |read: &dyn Fn(&Record)| {
            let r = record(&json);
            read(&r);
            r.finish(()).unwrap_err().to_string()
        };
        assert!(message(&|r| { let _ = r.number("n"); }).ends_with("field `n`: is missing"));
        assert!(message(&|r| { let _ = r.choice("kind", &[("square", 1)]); }).ends_with("field `kind`: \"round\" is not one of square"));
        assert!(message(&|r| { let _ = r.bilingual("name"); }).ends_with("things[0] (a) name, field `en`: is missing"));
        let unknown = json::parse(r#"{"id": "a", "colour": 1}"#).unwrap();
        assert!(Record::new("things[0]".into(), &unknown, &["id"]).err().unwrap().to_string().ends_with("field `colour`: unknown field"));
    }

    #[test]
    fn absent_optional_fields_are_not_errors() {
        let json = json::parse(r#"{"id": "a", "n": null}"#).unwrap();
        let r = record(&json);
        assert_eq!(r.finish((r.opt_string("name"), r.opt_index("n"), r.opt_bool("kind"))).unwrap(), (None, None, None));
    }
}
