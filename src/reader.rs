//! Reading typed records out of parsed JSON: every read names the record and
//! field it failed on, and unknown or repeated fields are refused.

use crate::json::{self, Json};

use crate::dataset::Bilingual;
use crate::validate::DataError;

/// One JSON object being read, with its name for error messages.
pub struct Record<'a> {
    pub name: String,
    object: &'a [(String, Json)],
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
        Ok(Record { name, object })
    }

    fn get(&self, field: &str) -> Option<&'a Json> {
        self.object.iter().find(|(k, _)| k == field).map(|(_, v)| v).filter(|v| !v.is_null())
    }

    fn wrong(&self, field: &str, expected: &str) -> DataError {
        match self.get(field) {
            None => error(self.name.clone(), field, "is missing"),
            Some(_) => error(self.name.clone(), field, format!("is not {expected}")),
        }
    }

    pub fn string(&self, field: &str) -> Result<String, DataError> {
        self.opt_string(field)?.ok_or_else(|| self.wrong(field, "a string"))
    }

    pub fn opt_string(&self, field: &str) -> Result<Option<String>, DataError> {
        match self.get(field) {
            None => Ok(None),
            Some(v) => v.as_str().map(|s| Some(s.to_string())).ok_or_else(|| self.wrong(field, "a string")),
        }
    }

    pub fn number(&self, field: &str) -> Result<f64, DataError> {
        self.get(field).and_then(Json::as_f64).ok_or_else(|| self.wrong(field, "a number"))
    }

    pub fn opt_bool(&self, field: &str) -> Result<Option<bool>, DataError> {
        match self.get(field) {
            None => Ok(None),
            Some(v) => v.as_bool().map(Some).ok_or_else(|| self.wrong(field, "true or false")),
        }
    }

    pub fn opt_index(&self, field: &str) -> Result<Option<usize>, DataError> {
        match self.get(field) {
            None => Ok(None),
            Some(v) => v.as_whole().map(|n| Some(n as usize)).ok_or_else(|| self.wrong(field, "a whole number of at least 0")),
        }
    }

    pub fn strings(&self, field: &str) -> Result<Vec<String>, DataError> {
        let items = self.get(field).and_then(Json::as_array).ok_or_else(|| self.wrong(field, "a list of strings"))?;
        items.iter().map(|v| v.as_str().map(str::to_string).ok_or_else(|| self.wrong(field, "a list of strings"))).collect()
    }

    pub fn bilingual(&self, field: &str) -> Result<Bilingual, DataError> {
        self.opt_bilingual(field)?.ok_or_else(|| self.wrong(field, "an object with \"zh\" and \"en\""))
    }

    pub fn opt_bilingual(&self, field: &str) -> Result<Option<Bilingual>, DataError> {
        let Some(v) = self.get(field) else { return Ok(None) };
        let inner = Record::new(format!("{} {field}", self.name), v, &["zh", "en"])?;
        Ok(Some(Bilingual { zh: inner.string("zh")?, en: inner.string("en")? }))
    }

    /// The objects of a list field, each named `<record> field[i]`, read by `read`.
    pub fn list<T>(&self, field: &str, known: &[&str], read: impl FnMut(&Record) -> Result<T, DataError>) -> Result<Vec<T>, DataError> {
        list(self.get(field), &format!("{} {field}", self.name), known, read)
    }

    /// A string field that must be one of `choices`.
    pub fn choice<T: Copy>(&self, field: &str, choices: &[(&str, T)]) -> Result<T, DataError> {
        let s = self.string(field)?;
        choices.iter().find(|(name, _)| *name == s).map(|(_, v)| *v).ok_or_else(|| {
            let names: Vec<&str> = choices.iter().map(|(n, _)| *n).collect();
            error(self.name.clone(), field, format!("\"{s}\" is not one of {}", names.join(", ")))
        })
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
