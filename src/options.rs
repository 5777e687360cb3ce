//! Options a host page passes when mounting the graphic, parsed once into one type.

use crate::reader::{parse, Record};
use crate::text::Lang;

/// What a host may choose. Unknown keys are refused so that typos are noticed.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Options {
    pub lang: Lang,
    /// Zero-based slide to open on.
    pub slide: usize,
}

impl Options {
    /// Parses options from JSON; an empty string means the defaults.
    pub fn from_json(json: &str) -> Result<Options, String> {
        if json.trim().is_empty() {
            return Ok(Options::default());
        }
        let read = || {
            let value = parse(json, "options")?;
            let r = Record::new("options".into(), &value, &["lang", "slide"])?;
            Ok((r.opt_string("lang")?, r.opt_index("slide")?))
        };
        let (lang, slide) = read().map_err(|e: crate::DataError| format!("options: field `{}`: {}", e.field, e.message))?;
        let lang = match lang.as_deref() {
            None => Lang::default(),
            Some(code) => Lang::parse(code).ok_or_else(|| format!("options: `lang` \"{code}\" is not one of \"zh\", \"en\""))?,
        };
        Ok(Options { lang, slide: slide.unwrap_or(0) })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn empty_options_are_the_defaults() {
        assert_eq!(Options::from_json("").unwrap(), Options::default());
        assert_eq!(Options::from_json("{}").unwrap(), Options::default());
    }

    #[test]
    fn reads_language_and_slide() {
        assert_eq!(Options::from_json(r#"{"lang":"en","slide":2}"#).unwrap(), Options { lang: Lang::En, slide: 2 });
    }

    #[test]
    fn bad_options_are_named() {
        assert!(Options::from_json(r#"{"lang":"fr"}"#).unwrap_err().contains("`lang` \"fr\""));
        assert!(Options::from_json(r#"{"slides":1}"#).unwrap_err().contains("`slides`: unknown field"));
        assert!(Options::from_json("{").unwrap_err().starts_with("options:"));
    }
}
