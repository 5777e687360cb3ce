//! Options a host page passes when mounting the graphic, each checked into one
//! type with an error that names the option; and the deep-link hash
//! (`#slide-3&lang=en`) read and written the same way.

use crate::story::lang::Lang;

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

/// One option's value as the host gave it (the web layer reads it from a plain
/// JavaScript object, or from JSON through the browser's own `JSON.parse`).
#[derive(Debug, Clone, PartialEq)]
pub enum OptionValue {
    Null,
    Bool(bool),
    Number(f64),
    Text(String),
    /// An object, a list or anything else that no option takes.
    Other,
}

impl OptionValue {
    fn describe(&self) -> &'static str {
        match self {
            OptionValue::Null => "null",
            OptionValue::Bool(_) => "true or false",
            OptionValue::Number(_) => "a number",
            OptionValue::Text(_) => "a string",
            OptionValue::Other => "an object or list",
        }
    }
}

/// Why options were refused: the option and what is wrong with it.
#[derive(Debug, Clone, PartialEq)]
pub struct OptionError {
    pub option: String,
    pub message: String,
}

impl std::fmt::Display for OptionError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "options: `{}` {}", excerpt(&self.option), self.message)
    }
}

/// A host's input quoted in a message: at most 80 characters of it, so that a
/// huge string gives a short message.
pub fn excerpt(input: &str) -> String {
    match input.char_indices().nth(80) {
        Some((end, _)) => format!("{}…", input.get(..end).unwrap_or_default()),
        None => input.to_string(),
    }
}

fn refuse<T>(option: &str, message: impl Into<String>) -> Result<T, OptionError> {
    Err(OptionError { option: option.to_string(), message: message.into() })
}

impl Options {
    /// Options from `(name, value)` pairs; an absent or null option keeps its default.
    pub fn from_pairs(pairs: impl IntoIterator<Item = (String, OptionValue)>) -> Result<Options, OptionError> {
        let mut options = Options::default();
        for (name, value) in pairs {
            let wrong = |want: &str| refuse(&name, format!("must be {want}, not {}", value.describe()));
            match (name.as_str(), &value) {
                (_, OptionValue::Null) if ["lang", "slide", "theme", "hash"].contains(&name.as_str()) => {}
                ("lang", OptionValue::Text(code)) => match Lang::parse(code) {
                    Some(lang) => options.lang = Some(lang),
                    None => return refuse(&name, format!("\"{}\" is not one of \"zh\", \"en\"", excerpt(code))),
                },
                ("lang", _) => return wrong("\"zh\" or \"en\""),
                ("slide", OptionValue::Number(n)) if *n >= 0.0 && n.fract() == 0.0 => {
                    // Counted from 0; a huge number means the last slide.
                    options.slide = Some(if *n >= usize::MAX as f64 { usize::MAX } else { *n as usize });
                }
                ("slide", _) => return wrong("a whole number of at least 0"),
                ("theme", OptionValue::Text(t)) => {
                    options.theme = match t.as_str() {
                        "auto" => ThemeChoice::Auto,
                        "light" => ThemeChoice::Light,
                        "dark" => ThemeChoice::Dark,
                        _ => return refuse(&name, format!("\"{}\" is not one of auto, light, dark", excerpt(t))),
                    }
                }
                ("theme", _) => return wrong("\"auto\", \"light\" or \"dark\""),
                ("hash", OptionValue::Bool(b)) => options.hash = *b,
                ("hash", _) => return wrong("true or false"),
                _ => return refuse(&name, "is not an option (lang, slide, theme, hash)"),
            }
        }
        Ok(options)
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
    fn a_huge_input_is_quoted_in_part() {
        let name = "k".repeat(100_000);
        let message = options(&[(name.as_str(), OptionValue::Number(1.0))]).unwrap_err();
        assert!(message.chars().count() < 160, "{} characters", message.chars().count());
        assert!(message.contains(&format!("{}…", "k".repeat(80))), "{message}");
        let message = options(&[("lang", OptionValue::Text("x".repeat(5000)))]).unwrap_err();
        assert!(message.chars().count() < 160, "{message}");
    }

    fn options(pairs: &[(&str, OptionValue)]) -> Result<Options, String> {
        Options::from_pairs(pairs.iter().map(|(k, v)| (k.to_string(), v.clone()))).map_err(|e| e.to_string())
    }

    #[test]
    fn no_options_are_the_defaults() {
        assert_eq!(options(&[]).unwrap(), Options::default());
        assert_eq!(options(&[("lang", OptionValue::Null), ("slide", OptionValue::Null)]).unwrap(), Options::default());
    }

    #[test]
    fn reads_language_slide_theme_and_hash() {
        use OptionValue::*;
        let o = options(&[("lang", Text("en".into())), ("slide", Number(2.0)), ("theme", Text("dark".into())), ("hash", Bool(false))]).unwrap();
        assert_eq!(o, Options { lang: Some(Lang::En), slide: Some(2), theme: ThemeChoice::Dark, hash: false });
        assert_eq!(options(&[("slide", Number(1e300))]).unwrap().slide, Some(usize::MAX));
    }

    #[test]
    fn bad_options_are_named() {
        use OptionValue::*;
        assert_eq!(options(&[("lang", Text("fr".into()))]).unwrap_err(), "options: `lang` \"fr\" is not one of \"zh\", \"en\"");
        assert_eq!(options(&[("slides", Number(1.0))]).unwrap_err(), "options: `slides` is not an option (lang, slide, theme, hash)");
        assert!(options(&[("theme", Text("pink".into()))]).unwrap_err().contains("\"pink\" is not one of auto, light, dark"));
        assert_eq!(options(&[("hash", Text("yes".into()))]).unwrap_err(), "options: `hash` must be true or false, not a string");
        assert!(options(&[("slide", Number(-1.0))]).unwrap_err().contains("`slide` must be a whole number"));
        assert!(options(&[("slide", Number(1.5))]).unwrap_err().contains("`slide`"));
        assert!(options(&[("lang", Other)]).unwrap_err().contains("not an object or list"));
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
