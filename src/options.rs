//! Options a host page passes when mounting the graphic, parsed once into one
//! type; and the deep-link hash (`#slide-3&lang=en`) read and written the same way.

use crate::reader::{parse, Record};
use crate::text::Lang;

/// Light, dark, or whatever the reader's system prefers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    #[default]
    Auto,
    Light,
    Dark,
}

/// What a host may choose. Unknown keys are refused so that typos are noticed.
#[derive(Debug, Clone, PartialEq)]
pub struct Options {
    /// `None` means the default language, unless the URL hash names one.
    pub lang: Option<Lang>,
    /// Zero-based slide to open on; `None` means the first, unless the hash names one.
    pub slide: Option<usize>,
    pub theme: ThemeChoice,
    /// Whether the URL hash selects the slide and follows slide changes.
    pub hash: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options { lang: None, slide: None, theme: ThemeChoice::Auto, hash: true }
    }
}

fn lang_code(code: &str) -> Result<Lang, String> {
    Lang::parse(code).ok_or_else(|| format!("`lang` \"{code}\" is not one of \"zh\", \"en\""))
}

impl Options {
    /// Parses options from JSON; an empty string means the defaults.
    pub fn from_json(json: &str) -> Result<Options, String> {
        if json.trim().is_empty() {
            return Ok(Options::default());
        }
        let read = || {
            let value = parse(json, "options")?;
            let r = Record::new("options".into(), &value, &["lang", "slide", "theme", "hash"])?;
            let theme = match r.opt_string("theme") {
                None => ThemeChoice::Auto,
                Some(_) => r.choice("theme", &[("auto", ThemeChoice::Auto), ("light", ThemeChoice::Light), ("dark", ThemeChoice::Dark)]),
            };
            let hash = r.opt_bool("hash").unwrap_or(true);
            r.finish((r.opt_string("lang"), r.opt_index("slide"), theme, hash))
        };
        let (lang, slide, theme, hash) = read().map_err(|e: crate::DataError| format!("options: field `{}`: {}", e.field, e.message))?;
        let lang = lang.map(|c| lang_code(&c)).transpose().map_err(|e| format!("options: {e}"))?;
        Ok(Options { lang, slide, theme, hash })
    }
}

/// What a URL hash asks for: `#slide-3` (counted from 1) and `lang=en`, joined by `&`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct DeepLink {
    pub slide: Option<usize>,
    pub lang: Option<Lang>,
}

impl DeepLink {
    /// Reads a hash; parts it does not understand are ignored (a host page may use
    /// its own hash).
    pub fn parse(hash: &str) -> DeepLink {
        let mut link = DeepLink::default();
        for part in hash.trim_start_matches('#').split('&') {
            if let Some(n) = part.strip_prefix("slide-").and_then(|n| n.parse::<usize>().ok()) {
                link.slide = n.checked_sub(1);
            } else if let Some(code) = part.strip_prefix("lang=") {
                link.lang = Lang::parse(code);
            }
        }
        link
    }

    /// The hash for a slide (zero-based) and language; Chinese is left implicit.
    pub fn format(slide: usize, lang: Lang) -> String {
        match lang {
            Lang::Zh => format!("#slide-{}", slide + 1),
            Lang::En => format!("#slide-{}&lang=en", slide + 1),
        }
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
    fn reads_language_slide_theme_and_hash() {
        let o = Options::from_json(r#"{"lang":"en","slide":2,"theme":"dark","hash":false}"#).unwrap();
        assert_eq!(o, Options { lang: Some(Lang::En), slide: Some(2), theme: ThemeChoice::Dark, hash: false });
    }

    #[test]
    fn bad_options_are_named() {
        assert!(Options::from_json(r#"{"lang":"fr"}"#).unwrap_err().contains("`lang` \"fr\""));
        assert!(Options::from_json(r#"{"slides":1}"#).unwrap_err().contains("`slides`: unknown field"));
        assert!(Options::from_json(r#"{"theme":"pink"}"#).unwrap_err().contains("\"pink\" is not one of auto, light, dark"));
        assert!(Options::from_json(r#"{"hash":"yes"}"#).unwrap_err().contains("`hash`"));
        assert!(Options::from_json(r#"{"slide":-1}"#).unwrap_err().contains("`slide`"));
        assert!(Options::from_json("{").unwrap_err().starts_with("options:"));
    }

    #[test]
    fn deep_links_round_trip() {
        assert_eq!(DeepLink::parse("#slide-3&lang=en"), DeepLink { slide: Some(2), lang: Some(Lang::En) });
        assert_eq!(DeepLink::parse(&DeepLink::format(4, Lang::Zh)), DeepLink { slide: Some(4), lang: None });
        assert_eq!(DeepLink::parse(&DeepLink::format(0, Lang::En)), DeepLink { slide: Some(0), lang: Some(Lang::En) });
        assert_eq!(DeepLink::parse("#comments"), DeepLink::default());
        assert_eq!(DeepLink::parse("#slide-0"), DeepLink::default());
    }
}
