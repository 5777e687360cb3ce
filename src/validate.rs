//! Loading a dataset: parsing, reading, and every consistency rule, each failure
//! naming the record and field at fault.

use std::fmt;

use crate::dataset::{BlockSpec, Dataset, Status};
use crate::numerals::read_written;

/// Why a dataset was refused: which record, which field, what is wrong.
#[derive(Debug, Clone, PartialEq)]
pub struct DataError {
    /// e.g. `figures[3] (nc-stations)`, or `JSON` for a parse failure.
    pub record: String,
    pub field: String,
    pub message: String,
}

impl fmt::Display for DataError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "dataset: {}, field `{}`: {}", self.record, self.field, self.message)
    }
}

impl std::error::Error for DataError {}

fn fail<T>(record: impl Into<String>, field: &str, message: impl Into<String>) -> Result<T, DataError> {
    Err(DataError { record: record.into(), field: field.to_string(), message: message.into() })
}

impl Dataset {
    /// Parses and validates a dataset.
    pub fn from_json(json: &str) -> Result<Dataset, DataError> {
        let data = Dataset::read(&crate::reader::parse(json, "JSON")?)?;
        data.validate()?;
        Ok(data)
    }

    /// The dataset compiled into the crate.
    pub fn embedded() -> Result<Dataset, DataError> {
        Dataset::from_json(crate::dataset::EMBEDDED_JSON)
    }

    fn validate(&self) -> Result<(), DataError> {
        unique("zones", self.zones.iter().map(|z| z.id.as_str()))?;
        unique("articles", self.articles.iter().map(|a| a.id.as_str()))?;
        unique("themes", self.themes.iter().map(|t| t.id.as_str()))?;
        unique("measures", self.measures.iter().map(|m| m.id.as_str()))?;
        unique("figures", self.figures.iter().map(|f| f.id.as_str()))?;
        unique("slides", self.slides.iter().map(|s| s.id.as_str()))?;

        for (i, a) in self.articles.iter().enumerate() {
            let rec = format!("articles[{i}] ({})", a.id);
            if self.zone(&a.zone).is_none() {
                return fail(rec, "zone", format!("unknown zone \"{}\"", a.zone));
            }
            if a.byline.is_empty() {
                return fail(rec, "byline", "an article needs its byline");
            }
        }
        for z in &self.zones {
            if !self.articles.iter().any(|a| a.zone == z.id) {
                return fail(format!("zones ({})", z.id), "id", "no article comes from this zone");
            }
        }
        self.validate_figures()?;
        self.validate_coverage()?;
        self.validate_slides()
    }

    fn validate_figures(&self) -> Result<(), DataError> {
        for (i, f) in self.figures.iter().enumerate() {
            let rec = format!("figures[{i}] ({})", f.id);
            let article = match self.article(&f.article) {
                Some(a) => a,
                None => return fail(rec, "article", format!("unknown article \"{}\"", f.article)),
            };
            if self.zone(&f.zone).is_none() {
                return fail(rec, "zone", format!("unknown zone \"{}\"", f.zone));
            }
            if article.zone != f.zone {
                return fail(rec, "zone", format!("\"{}\" but article \"{}\" is from \"{}\"", f.zone, article.id, article.zone));
            }
            if self.theme(&f.theme).is_none() {
                return fail(rec, "theme", format!("unknown theme \"{}\"", f.theme));
            }
            let measure = match self.measure(&f.measure) {
                Some(m) => m,
                None => return fail(rec, "measure", format!("unknown measure \"{}\"", f.measure)),
            };
            // Figures are counts: whole and positive (and printable without float formatting).
            if !(f.value.is_finite() && f.value >= 1.0 && f.value.fract() == 0.0 && f.value < 1e15) {
                return fail(rec, "value", "is not a whole number of at least 1");
            }
            let reading = read_written(&f.written).or_else(|e| fail(rec.clone(), "written", e))?;
            if reading.value != f.value {
                return fail(rec, "value", format!("{} but \"{}\" reads {}", f.value as u64, f.written, reading.value as u64));
            }
            if reading.qualifier != f.qualifier {
                return fail(rec, "qualifier", format!("{} but \"{}\" reads {}", f.qualifier.name(), f.written, reading.qualifier.name()));
            }
            if reading.unit != measure.unit {
                return fail(rec, "measure", format!("unit \"{}\" but \"{}\" is written in \"{}\"", measure.unit, f.written, reading.unit));
            }
            if f.quote_en.trim().is_empty() {
                return fail(rec, "quote_en", "needs an English gloss of the quote");
            }
            if !contains(&f.quote, &f.written) {
                return fail(rec, "quote", format!("does not contain \"{}\"", f.written));
            }
        }
        Ok(())
    }

    fn validate_coverage(&self) -> Result<(), DataError> {
        for (i, c) in self.coverage.iter().enumerate() {
            let rec = format!("coverage[{i}] ({} / {})", c.zone, c.theme);
            if self.zone(&c.zone).is_none() {
                return fail(rec, "zone", format!("unknown zone \"{}\"", c.zone));
            }
            if self.theme(&c.theme).is_none() {
                return fail(rec, "theme", format!("unknown theme \"{}\"", c.theme));
            }
            let has_figures = self.figures.iter().any(|f| f.zone == c.zone && f.theme == c.theme);
            match c.status {
                Status::Figures if !has_figures => {
                    return fail(rec, "status", "says figures, but no figure has this zone and theme")
                }
                Status::TextOnly | Status::NotReported if has_figures => {
                    return fail(rec, "status", "figures exist for this zone and theme")
                }
                Status::TextOnly => {
                    if c.quote.as_deref().unwrap_or("").is_empty() {
                        return fail(rec, "quote", "text-only coverage needs the sentence that mentions the theme");
                    }
                    if c.quote_en.as_deref().unwrap_or("").is_empty() {
                        return fail(rec, "quote_en", "text-only coverage needs an English gloss of its sentence");
                    }
                    match c.article.as_deref().and_then(|a| self.article(a)) {
                        Some(a) if a.zone == c.zone => {}
                        _ => return fail(rec, "article", "text-only coverage needs an article of the same zone"),
                    }
                }
                Status::NotReported if c.quote.is_some() || c.quote_en.is_some() => {
                    return fail(rec, "quote", "a theme that was not reported has no quote")
                }
                _ => {}
            }
        }
        for z in &self.zones {
            for t in &self.themes {
                let n = self.coverage.iter().filter(|c| c.zone == z.id && c.theme == t.id).count();
                if n != 1 {
                    return fail(format!("coverage ({} / {})", z.id, t.id), "status", format!("needs exactly one entry, found {n}"));
                }
            }
        }
        Ok(())
    }

    fn validate_slides(&self) -> Result<(), DataError> {
        if self.slides.is_empty() {
            return fail("slides", "slides", "the story needs at least one slide");
        }
        for (i, s) in self.slides.iter().enumerate() {
            let rec = format!("slides[{i}] ({})", s.id);
            for t in &s.themes {
                if self.theme(t).is_none() {
                    return fail(rec, "themes", format!("unknown theme \"{t}\""));
                }
            }
            for (field, text) in [("title.zh", &s.title.zh), ("title.en", &s.title.en)] {
                for key in placeholders(text).or_else(|e| fail(rec.clone(), field, e))? {
                    let known = match key.strip_prefix("count:") {
                        Some(zone) => self.zone(zone).is_some(),
                        None => self.figure(key).is_some(),
                    };
                    if !known {
                        return fail(rec, field, format!("placeholder {{{key}}} names nothing in the dataset"));
                    }
                }
            }
            for (b, block) in s.blocks.iter().enumerate() {
                let field = format!("blocks[{b}]");
                match block {
                    BlockSpec::Bars { figures, .. } | BlockSpec::Stats { figures, .. } | BlockSpec::Flow { figures, .. } => {
                        if figures.is_empty() {
                            return fail(rec, &field, "lists no figures");
                        }
                        for id in figures {
                            if self.figure(id).is_none() {
                                return fail(rec, &field, format!("unknown figure \"{id}\""));
                            }
                        }
                    }
                    BlockSpec::Ratios { ratios, .. } => {
                        for r in ratios {
                            for id in [&r.of, &r.per] {
                                if self.figure(id).is_none() {
                                    return fail(rec, &field, format!("unknown figure \"{id}\""));
                                }
                            }
                        }
                    }
                    BlockSpec::Coverage | BlockSpec::Notes => {}
                }
                if let BlockSpec::Bars { figures, .. } = block {
                    let first = &self.figure(&figures[0]).map(|f| f.measure.clone()).unwrap_or_default();
                    if let Some(other) = figures.iter().filter_map(|id| self.figure(id)).find(|f| &f.measure != first) {
                        return fail(
                            rec,
                            &field,
                            format!("bars share one axis, but \"{}\" counts \"{}\" and \"{}\" counts \"{}\"", figures[0], first, other.id, other.measure),
                        );
                    }
                }
            }
        }
        Ok(())
    }
}

fn unique<'a>(table: &str, ids: impl Iterator<Item = &'a str>) -> Result<(), DataError> {
    let mut seen: Vec<&str> = Vec::new();
    for (i, id) in ids.enumerate() {
        if id.is_empty() {
            return fail(format!("{table}[{i}]"), "id", "is empty");
        }
        if seen.contains(&id) {
            return fail(format!("{table}[{i}] ({id})"), "id", "is used twice");
        }
        seen.push(id);
    }
    Ok(())
}

/// Whether `needle` occurs in `text`, byte for byte (a plain scan: the
/// standard library's substring search is large in the wasm module).
fn contains(text: &str, needle: &str) -> bool {
    needle.is_empty() || text.as_bytes().windows(needle.len()).any(|w| w == needle.as_bytes())
}

/// The keys of the `{…}` placeholders in a template.
pub fn placeholders(template: &str) -> Result<Vec<&str>, String> {
    let mut keys = Vec::new();
    let mut rest = template;
    while let Some((_, after)) = rest.split_once('{') {
        let (key, next) = after.split_once('}').ok_or_else(|| format!("unclosed placeholder in \"{template}\""))?;
        keys.push(key);
        rest = next;
    }
    if rest.contains('}') {
        return Err(format!("stray '}}' in \"{template}\""));
    }
    Ok(keys)
}
